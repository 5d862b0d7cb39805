#!/usr/bin/env python3
"""Build held-out evaluation set 4 (heldout-4.jsonl) for the anonymisation checker.

Every excerpt below is an invented DRAFT extract from a UK child safeguarding
case review (England, Northern Ireland, Scotland, Wales); 12 of the Welsh
excerpts are written in Welsh. Each identifier that a published version must
not contain is wrapped in an inline marker, exactly as in the development
corpus:

    [[PERSON:Daniel Wood]]   [[POSTCODE:LL65 1AB]]   [[PERSON:Fethan]]

Welsh names are annotated in the mutated form in which they appear
("gan [[PERSON:Ddafydd]]", "i [[PERSON:Fethan]]", "a [[PERSON:Cheri]]").

Some excerpts deliberately contain strings that look like identifiers but are
not (e.g. the date on which an Act came into force). Each such string is
listed in the excerpt's ``allow`` tuple; the validator then accepts an
unannotated match only where it lies inside one of those phrases.

Running this script strips the markers, computes character offsets into the
resulting text (Python str indices, i.e. Unicode code points, end exclusive),
validates the result and writes heldout-4.jsonl beside this file.

Standard library only.

    python3 build_ho4.py            # validate and (re)write heldout-4.jsonl
    python3 build_ho4.py --check    # validate and confirm the file is up to date
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "heldout-4.jsonl")

ENTITY_TYPES = (
    "PERSON", "DATE_OF_BIRTH", "DATE", "ADDRESS", "POSTCODE", "SETTING",
    "NHS_NUMBER", "CHI_NUMBER", "HC_NUMBER", "NINO", "UPN", "PHONE", "EMAIL",
    "CASE_REFERENCE", "VEHICLE_REGISTRATION",
)
NATIONS = {
    "eng": "england",
    "nir": "northern_ireland",
    "sct": "scotland",
    "wal": "wales",
}
SECTIONS = (
    "chronology", "key_practice_episode", "analysis", "findings",
    "recommendations", "action_plan", "executive_summary",
    "terms_of_reference", "family_involvement", "learning_event",
    "background",
)

EXCERPTS: list[dict] = []


def add(id_: str, section: str, raw: str, lang: str = "en",
        allow: tuple[str, ...] = ()) -> None:
    """Register one excerpt. Paragraphs and line breaks are kept as written.

    lang: "en" or "cy" (Welsh-language excerpt; not written to the output).
    allow: exact phrases that may contain identifier-like strings which are
    deliberately NOT identifiers (bait); see the module docstring.
    """
    EXCERPTS.append({"id": id_, "section": section, "raw": raw,
                     "lang": lang, "allow": tuple(allow)})


# ---------------------------------------------------------------------------
# ENGLAND
# ---------------------------------------------------------------------------

add("eng-01", "chronology", """
Rapid review: merged agency chronology (rows 14 to 19)

[[DATE:03/02/2023]] | GP | [[PERSON:Amber Baker]] brought [[PERSON:Summer]] (DOB [[DATE_OF_BIRTH:17.06.2021]], NHS no. [[NHS_NUMBER:760 427 4870]]) to [[SETTING:Marsh Road Medical Practice]] with a cough. The GP noted a 'faint yellowish mark' behind the left ear. Mother said the family dog had knocked [[PERSON:Summer]] into the fireguard. Not coded as a safeguarding concern.

[[DATE:9 Feb 23]] | Health visiting | Missed 18-month review. Standard letter sent to [[ADDRESS:27 Hill Top Crescent, Cudworth]] [[POSTCODE:S72 8RP]]. No follow-up call; the team was carrying eleven vacancies over the winter.

[[DATE:2023-02-21]] | South Yorkshire Police | Neighbour reported shouting at 23:10. [[PERSON:Rose Baker]] (maternal grandmother) said that [[PERSON:Amber]]'s partner, [[PERSON:Dean Hill]], had 'kicked off about nothing'. [[PERSON:Mr Hill]] had left before officers arrived. DASH completed: standard risk.

[[DATE:1st March 2023]] | Children's social care | Contact from [[PERSON:Mrs Baker]] asking for 'a bit of help with the baby'. Screened as information and advice; signposted to the Family Hub.

[[DATE:Mar 14, 2023]] | Emergency Department, Barnsley Hospital | [[PERSON:Summer]] presented with a swollen right thigh after 'getting her leg stuck in the cot bars'. X-ray: spiral fracture of the femur. Section 47 strategy discussion convened the same evening.
""")

add("eng-02", "chronology", """
Extract from force command and control log, transcribed verbatim for the review (capitals as in the original)

STORM REF: [[CASE_REFERENCE:WYP-20230314-0417]]
DATE: [[DATE:14/03/2023]]

02:14 CALLER (NEIGHBOUR, DECLINED DETAILS) REPORTS MALE AND FEMALE SHOUTING AND A CHILD SCREAMING AT [[ADDRESS:FLAT 6, BIRD COURT, 11 FISHER STREET, BRADFORD]] [[POSTCODE:BD4 7QW]]. CALLER STATES MALE KEEPS SHOUTING "THE OLD BILL AREN'T COMING FOR YOU".
02:31 UNITS ON SCENE. SUSPECT: [[PERSON:DANIEL WOOD]] DOB [[DATE_OF_BIRTH:22/09/1996]]. VICTIM: [[PERSON:JADE WOOD]] (WIFE), CUT TO LOWER LIP. CHILD PRESENT: [[PERSON:STORM WOOD]], AGED 4, FOUND HIDING IN BATHROOM.
02:38 [[PERSON:WOOD]] ARRESTED FOR S.39 ASSAULT AND CRIMINAL DAMAGE. VRM [[VEHICLE_REGISTRATION:YD17 RHX]] ON DRIVEWAY, KEYS SEIZED.
02:55 VICTIM REFUSES DASH. STATES "HE'S NOT A BAD DAD". MOBILE [[PHONE:07700 900284]].
03:20 PPN SUBMITTED. OPERATION ENCOMPASS NOTIFICATION TO BE SENT TO NURSERY BEFORE 09:00. MARAC REFERRAL CONSIDERED, NOT MADE (FIRST REPORTED INCIDENT).
08:47 OPERATION ENCOMPASS CALL MADE TO [[SETTING:LITTLE ACORNS DAY NURSERY]]. DSL INFORMED THAT [[PERSON:STORM]] WITNESSED INCIDENT.

Reviewer's note: three earlier calls were logged under the victim's maiden name.
""", allow=("STORM REF",))

add("eng-03", "analysis", """
Analysis: use of the disclosure schemes

The Domestic Violence Disclosure Scheme, widely known as Clare's Law after Clare Wood, who was killed by a former partner in 2009, gives a parent the right to ask the police about a partner's history of abuse. A sister scheme, the Child Sex Offender Disclosure Scheme, is often called Sarah's Law after Sarah Payne.

Mother told the review that she had 'heard of Clare's Law off the telly' but thought it was only for people who were 'already battered'. Professionals who met her between June 2022 and January 2023 (the health visitor, the family support worker at the Family Hub and two response officers) did not mention either scheme. When the review asked why, practitioners described a belief that a right-to-ask application had to come from the victim and could not be prompted. Statutory guidance issued under the Domestic Abuse Act 2021 is clear that practitioners may help a parent apply, and that the police may disclose on their own initiative under the right to know.

The review also heard that Mother's partner referred to the police as 'the Old Bill' and told the children that 'the Bill take kids away'. Child B repeated this to a teaching assistant in the week before Diwali. It was recorded as a throwaway remark rather than as a sign of the fear being cultivated in the home.

Working Together to Safeguard Children 2023, published on 15 December 2023, expects partners to make these schemes part of ordinary practice, not a specialist add-on.
""", allow=("15 December 2023",))

add("eng-04", "key_practice_episode", """
Key Practice Episode 3: strategy meeting (minutes as circulated)

Strategy meeting under section 47, Children Act 1989
Held: Thursday [[DATE:6 July 2023]], 14:00, Microsoft Teams
Present: [[PERSON:KM]] (SW, chair), [[PERSON:JT-R]] (HV), [[PERSON:AO'N]] (DSL, [[SETTING:Wood End Primary School]]), [[PERSON:DC Priya Marsh]] (CAIT)
Apologies: [[PERSON:GB]] (School Nurse), [[PERSON:Dr F. Okafor]] (GP)

1. [[PERSON:KM]] summarised the referral. [[PERSON:Faith Oduya]], aged 8, told her class teacher that 'Uncle' hit her with a belt because she would not pray. [[PERSON:Faith]] showed linear marks on the back of both thighs.
2. [[PERSON:AO'N]] said that [[PERSON:Faith]]'s attendance had dropped to 81% in the Summer term and that she had been tired and withdrawn since Easter.
3. [[PERSON:JT-R]] had no current involvement; the family were last seen by health visiting when [[PERSON:Faith]]'s brother [[PERSON:Hope Oduya]] was born.
4. [[PERSON:DC Marsh]] confirmed no police history at the address. The church the family attend, [[SETTING:Living Word Deliverance Ministries]], was not known to the force.

Decision: single-agency police and social care joint visit today. [[PERSON:KM]] and [[PERSON:DC Marsh]] to see [[PERSON:Faith]] at school before 15:15.
Action: [[PERSON:JT-R]] to check whether a new birth visit for [[PERSON:Hope]] was ever completed.
Action: [[PERSON:AO'N]] to send attendance data to [[PERSON:KM]] by 16:00.
""", allow=())

add("eng-05", "key_practice_episode", """
Key Practice Episode 2: messages recovered from Young Person D's phone

The following messages were recovered by the Digital Forensics Unit and are reproduced as written, with spelling unchanged. Young Person D was 14. The sender used two Snapchat accounts, [[PERSON:@big.wood_07]] and [[PERSON:kaydn.fisher__]], both later linked to [[PERSON:Kayden Fisher]], then 19.

[[DATE:12/11/22]] 23:41 [[PERSON:@big.wood_07]]: u home yet
23:43 YP D: nah at [[PERSON:jade]]'s
23:43 [[PERSON:@big.wood_07]]: tell [[PERSON:jade]] i said sorry bout last nite. not my fault her brother chattin
23:50 [[PERSON:@big.wood_07]]: need u to take sumthin to [[PERSON:rio]] tmrw. the feds wont look twice at a girl in school uniform
23:52 YP D: wat is it
23:52 [[PERSON:@big.wood_07]]: dont ask stupid qs. u owe me for the charlie remember
[[DATE:13/11/22]] 07:15 [[PERSON:kaydn.fisher__]]: this my new acc delete the other one
07:16 [[PERSON:kaydn.fisher__]]: ring me on [[PHONE:07700900713]] wen ur outside
07:40 YP D: my nan says i cant go out b4 school
07:41 [[PERSON:kaydn.fisher__]]: ur nan aint gonna know

In September Young Person D had told her school that 'an older lad' gave her lifts. This was never linked to her missing episodes.
""")

add("eng-06", "background", """
Background: Child C's health needs

Child C was born at 34 weeks by emergency caesarean section. The Apgar score was 4 at one minute and 8 at five minutes. Soon after birth Child C was diagnosed with Treacher Collins syndrome, affecting the development of the cheekbones, jaw and ears, and later with a conductive hearing loss. Child C was under the craniofacial team at Birmingham Children's Hospital.

From the age of three, the number of hospital attendances rose sharply. Between March 2021 and October 2022 Child C was seen in emergency departments on 23 occasions, usually with reported choking or 'blue episodes' that no clinician ever witnessed. On one admission, a Glasgow Coma Scale score of 15 was recorded within minutes of Mother reporting that Child C had been 'unresponsive for ten minutes'.

In November 2022 the consultant paediatrician raised the possibility of fabricated or induced illness. Some older records in the bundle still use the term Munchausen's syndrome by proxy, which was abandoned in national guidance many years ago. The review has used the current term throughout.

Father lives in Leicester and has Down's syndrome himself; he had regular contact until summer 2021. The maternal grandmother, who grew up in Poland and whom the children call Babcia, provided much of the day-to-day care when Mother was at hospital appointments.
""")

add("eng-07", "family_involvement", """
Family involvement: conversation with the maternal grandmother (transcript extract, interpreted from Urdu)

Reviewer: Can you tell me what an ordinary day looked like for the children?

Grandmother: [[PERSON:Hamza]] went to school, then straight to madrassah at [[SETTING:Masjid-e-Tayyabah]] from five until seven. [[PERSON:Zainab]] stayed with me. She calls me Nani, and her Khala lived upstairs, so there was always someone. The problem was never the children. The problem was their father's brother.

Reviewer: Is that the man the police spoke to?

Grandmother: Yes, [[PERSON:Tariq]]. He drove the children to the Saturday classes at [[SETTING:Iqra Supplementary School]] in his taxi, [[VEHICLE_REGISTRATION:BK19 ZPV]]. [[PERSON:Hamza]] cried every Saturday. I thought he was just lazy about his Qur'an.

Reviewer: Did anyone at the mosque or the school ask about that?

Grandmother: The Imam asked once. I told him [[PERSON:Hamza]] misses his Dada, who died before Eid. That was true as well. Nobody asked me in English or in Urdu if [[PERSON:Tariq]] was a safe man.

Reviewer: What would you want professionals to learn?

Grandmother: To speak to me without the family there. The social worker rang [[PHONE:0121 496 0783]], which is my son-in-law's phone, and asked him to translate. How could I say anything?

Reviewer's note: real names to be replaced with pseudonyms before publication.
""")

add("eng-08", "analysis", """
Analysis: trusted adults outside the family

For Young Person E, the most consistent adults were not professionals. From the age of eleven he trained four evenings a week at [[SETTING:Lansdowne Amateur Boxing Club]], where the head coach, [[PERSON:Tony Marsh]], drove him home most nights and kept spare kit for him. [[PERSON:Mr Marsh]] told the review that he knew 'something wasn't right at home' but assumed that social services 'must already be involved, with a lad like that'.

The family also attended [[SETTING:Redeemed Glory Ministries]], a Pentecostal church. [[PERSON:Pastor Emmanuel Hill]] had twice allowed Young Person E to sleep at the church after arguments at home. Neither occasion was reported to any agency. [[PERSON:Pastor Hill]] said the church had a safeguarding policy 'from the national body', but no named safeguarding lead, and he had not heard of the local safeguarding partnership.

Young Person E performed with the church's steel band at the Notting Hill Carnival in August 2022, and the band leader, [[PERSON:Grace Adjei]], noticed bruising on his forearms while he was changing. [[PERSON:Ms Adjei]] asked him about it and accepted his explanation that he had been sparring.

Each held a fragment of the picture. The partnership's faith and community engagement work had reached mosques and gurdwaras in the borough but had not reached smaller independent churches or sports clubs. The social worker's case note of [[DATE:2 Sept 2022]] records only 'attends a boxing club – protective factor'.
""", allow=("Notting Hill Carnival",))

add("eng-09", "action_plan", """
Local Child Safeguarding Practice Review: Child F
Multi-agency action plan
Version 3 (draft for partnership executive)
Date: March 2024
Author: Independent Reviewer (BA Hons, MSc, CQSW)
Chair: Independent Scrutineer, Safeguarding Children Partnership

Recommendation 1: Partners should ensure that every referral about a child under one includes a check of the father's or partner's history.
Action 1.1: Amend the MASH screening template. Lead: Head of Service, Front Door. By: June 2024. RAG: Amber.
Action 1.2: Audit 30 referrals about babies. Lead: Designated Nurse. By: September 2024. RAG: Red (not started).

Recommendation 2: Schools should use Operation Encompass notifications to inform their support plans, not only to record that a notification was received.
Action 2.1: Briefing for Designated Safeguarding Leads before the Autumn term. Lead: Education Safeguarding Adviser. By: end of Summer term 2024. RAG: Green.
Action 2.2: Add notifications to the termly DSL supervision template. Lead: Virtual School Head. By: December 2024. RAG: Amber.

Recommendation 3: The partnership should test whether practitioners understand the right to ask and the right to know under Clare's Law.
Action 3.1: Seven-minute briefing and a survey of response officers. Lead: Detective Chief Inspector, Public Protection. By: Bonfire Night period, November 2024, when demand is lower. RAG: Amber.
""")

add("eng-10", "chronology", """
Background chronology: the [[PERSON:Bird]] household

The household at [[ADDRESS:4 Marsh Lane, Minster-on-Sea, Isle of Sheppey]] [[POSTCODE:ME12 3QD]] comprised [[PERSON:Kayleigh Bird]] (Mother), [[PERSON:Lee Bird]] (Father), their daughter [[PERSON:Autumn Bird]] (UPN [[UPN:B330214718022]]) and, from spring 2022, [[PERSON:Lee]]'s nephew [[PERSON:Callum Bird]], aged 16.

[[DATE:18.10.2021]]: School recorded that [[PERSON:Autumn]], then in Year 3, said '[[PERSON:Callum]] sleeps in my room now'. Logged as a housing concern. The school contacted the family by email at [[EMAIL:kayleighbird84@outlook.com]]; no reply.

[[DATE:5/1/22]]: [[PERSON:Mr Bird]] made a claim for Universal Credit citing his nephew as a dependant, giving National Insurance number [[NINO:WK 41 63 08 C]]. This information was not shared with any safeguarding agency and is included only because the review obtained it later.

[[DATE:January 27th 2022]]: Kent Police attended after [[PERSON:Callum]] was reported missing overnight. He returned at 06:00 saying he had been 'on the island with mates'.

[[DATE:14-Mar-2022]]: [[PERSON:Autumn]] told a teaching assistant that she 'didn't like bath time' when her cousin was in charge. The teaching assistant recorded this on the school's system. The Designated Safeguarding Lead was on leave; the deputy rang [[PERSON:Mrs Bird]] on [[PHONE:01632 960418]], who said that [[PERSON:Autumn]] was 'being dramatic about sharing'.

The review found no record that anyone spoke to [[PERSON:Autumn]] alone in the following six months.
""")

add("eng-11", "key_practice_episode", """
Key Practice Episode 4: the summer holiday period

In the six weeks before the incident, Child G's days were spent almost entirely outside the home. He played for the under-12s at [[SETTING:Rushmere Rovers Youth FC]], where his father was an assistant coach, and on Sundays the family attended langar at [[SETTING:Gurdwara Dashmesh Sahib, Fenton Road]], where Child G helped his grandmother, whom he called Bibi ji, in the kitchen.

On [[DATE:29 July 2023]] the club's welfare officer, [[PERSON:Sunny Dhillon]], saw Child G limping and asked what had happened. He said he had 'fallen off Dad's van'. [[PERSON:Mr Dhillon]] texted the club chair ('[[PERSON:Gaz]], can you have a word with [[PERSON:Raj]], his lad's limping again') rather than making a referral. [[PERSON:Raj]] was Child G's father. The chair, [[PERSON:Gary Rose]], told the review that he 'didn't want to make it a whole thing' with a fellow coach.

At Vaisakhi in April, the gurdwara's granthi had also noticed that Child G flinched when adults raised their voices, and had mentioned it to his grandmother, [[PERSON:Harjinder Kaur]]. She did not understand this as a concern that could be shared outside the family.

On [[DATE:08/08/2023]] Child G was admitted to Royal Stoke University Hospital with a fractured ulna and older healing rib fractures. The skeletal survey was completed on [[DATE:9th August 2023]].

The club and the gurdwara needed a simple route for a worry to reach the local authority.
""")

add("eng-12", "findings", """
Finding 2: Seeing the child, not the parent's account

Lord Laming's report into the death of Victoria Climbié, the serious case reviews following the deaths of Peter Connelly and Daniel Pelka, and the national review into the murders of Arthur Labinjo-Hughes and Star Hobson, led by Annie Hudson as chair of the Child Safeguarding Practice Review Panel, all describe professionals who accepted a carer's explanation because it was offered confidently and fitted what they expected to hear.

In this case, Young Person H was 15. Practitioners repeatedly described her as 'Gillick competent' and as able to make her own decisions about contraception under the Fraser guidelines. Both tests are about a young person's capacity to consent to treatment or advice. Neither is a test of whether a young person is safe, and neither displaces a professional's duty to act when a 15-year-old is in a relationship with a man of 24.

Professor Eileen Munro's review of child protection (2011) warned against this kind of confident reassurance closing down curiosity. The Independent Review of Children's Social Care chaired by Josh MacAlister (2022) made a similar point about the loss of relationship-based practice.

Practitioners could name these reports. What was missing was time in supervision to apply them to one girl's circumstances.
""")

add("eng-13", "action_plan", """
Single-agency action plan: community health services (DRAFT, tracked changes accepted)

Action 1. Revise the health visiting audit tool so that the child's voice is captured at every contact. Owner: [[PERSON:Sunny Patel]], Named Nurse ([[EMAIL:sunny.patel14@nhs.net]]). Due: end of Q2. Status: in progress.

Action 2. Share the learning from Child J with [[SETTING:Hollins Hill Children's Centre]] and with [[SETTING:Rainbow Tots Nursery]], which [[PERSON:Hope]] attended from [[DATE:4 September 2022]]. Owner: Safeguarding Lead, 0–19 service. Status: complete. Comment from [[PERSON:SP]]: 'nursery manager ([[PERSON:Patience Kerr]]) asked for a copy of the chronology, declined'.

Action 3. Ensure that GP practices flag a child's non-attendance at two consecutive appointments to the health visitor. Owner: Designated Doctor. Due: Q3. Comment: '[[SETTING:Abbeydale Road Surgery]] says the flag already exists but could not find it when asked – [[PERSON:SP]]'.

Action 4. Confirm the records for [[PERSON:Hope]] (NHS [[NHS_NUMBER:658-124-8304]]) and her half-brother have been linked on the child health system following the change of surname from [[PERSON:Kerr]] to [[PERSON:Storey]]. Owner: Child Health Records Manager. Status: not started.

Action 5. Provide a session on professional curiosity for the 0–19 team, using the Apgar-style 'five things to check' prompt developed by the neonatal unit. Owner: Named Nurse. Due: Q4. Status: not started. Note: room booked at the Family Hub; contact [[PHONE:0113 496 0552]] to confirm.
""")

add("eng-14", "learning_event", """
Practitioner learning event: what practitioners said

Twenty-two practitioners attended the learning event in October 2023, including health visitors, teachers, a youth worker, two police officers, a housing officer and three social workers.

Several practitioners said that Young Person K 'never talked to us, she talked to her nan'. In fact Young Person K had two grandmothers who mattered to her: her paternal grandmother, whom she called Nan, and her maternal grandmother, who had come from Poland and was always Babcia. The chronology treated them as one person, and the Polish grandfather, Dziadek, did not appear at all.

A youth worker described Young Person K's fear of 'the Old Bill'. She had been told by older boys that if she spoke to the police 'the Bill would put her in care'. Police colleagues said that this kind of message is common in county lines exploitation and is often paired with debt: a young person is given cannabis, or 'charlie', and then told that they owe for it.

Young Person K performed at the school's Diwali assembly, and she went on the residential trip in the week of Storm Eunice, when the coach could not get back across the moors and she helped settle the younger pupils.

The group wanted one named adult for each exploited child.
""")

add("eng-15", "family_involvement", """
Family involvement: Father's contribution

Father ([[PERSON:Mr Scarlett]]) chose to write to the review rather than meet. His email, sent from [[EMAIL:m.scarlett.builder@btinternet.com]] on [[DATE:19 April 2024]], is summarised here with his agreement.

He wrote that he had asked for his daughter [[PERSON:Poppy]] to live with him 'from the day [[PERSON:Chantelle]] moved [[PERSON:Wayne Baker]] in'. He had phoned the duty team twice, in the spring of 2022, and each time was told that 'private arrangements are a matter for the family court'. He did not feel he was treated as a parent with parental responsibility, although he was named on [[PERSON:Poppy]]'s birth certificate.

He said that [[PERSON:Poppy]] started to wet the bed again after Easter 2022, and that she told him '[[PERSON:Baker]] shouts at Mummy in the car'. He reported that he told [[SETTING:Fairfield Infant School]] about this at a parents' evening. The school has no record of the conversation.

[[PERSON:Mr Scarlett]] asked the review to record that he was never contacted by children's social care after [[PERSON:Poppy]] was admitted to hospital, and that he learnt of the Section 47 enquiry from [[PERSON:Chantelle]]'s sister, [[PERSON:Rain Hughes]]. He asked to be sent the final report by post at [[ADDRESS:Unit 3, Baker's Yard, Long Eaton]] [[POSTCODE:NG10 1RB]] and would like to be called on [[PHONE:+44 7700 900562]] before it is published.
""")

# ---------------------------------------------------------------------------
# NORTHERN IRELAND
# ---------------------------------------------------------------------------

add("nir-01", "chronology", """
CMR overview report, Appendix B: integrated chronology (extract)

[[DATE:11/04/2019]]: [[PERSON:Grace McCartan]] born at Craigavon Area Hospital, 36 weeks. H&C [[HC_NUMBER:380 932 6674]]. Mother, [[PERSON:Shauna McCartan]], aged 19, previously known to the Southern Trust as a looked after child.

[[DATE:2 June 2019]]: Health visitor primary visit. Home conditions 'adequate'. [[PERSON:Shauna]] said that the baby's father, [[PERSON:Jason Wood]], 'calls in when he's off the boats'.

[[DATE:23.11.2020]]: PSNI attended the family home following a report from a neighbour. [[PERSON:Mr Wood]] had left in a car, registration [[VEHICLE_REGISTRATION:GAZ 4813]]. Officers noted that [[PERSON:Grace]] was in a cot with no mattress. PPU referral made to the Gateway Team.

[[DATE:25/11/2020]]: Gateway social worker rang Mother on [[PHONE:028 9649 6127]]; no answer. A letter offering a home visit was sent. Case closed at screening two weeks later, 'no response, no further concerns reported'.

[[DATE:3rd February 2021]]: [[PERSON:Grace]] started at [[SETTING:Little Lambs Sure Start Playgroup]]. The playgroup leader noted that [[PERSON:Grace]] was 'very quiet' and flinched when the door buzzer went.

[[DATE:18 Aug 2021]]: [[PERSON:Grace]], aged two, was brought to the Royal Belfast Hospital for Sick Children by [[PERSON:Shauna]]'s mother, [[PERSON:Patience Doherty]], with a burn to the sole of the left foot. [[PERSON:Mrs Doherty]] said that [[PERSON:Grace]] had been left with '[[PERSON:Jase]] and his mate' overnight.
""")

add("nir-02", "executive_summary", """
Executive Summary (for publication)

1. This case management review was commissioned by the Safeguarding Board for Northern Ireland following the death of Child L, aged seven months, in January 2023. The review was conducted under regulation 17 of the Safeguarding Board for Northern Ireland Regulations (Northern Ireland) 2012 and the SBNI's Learning from Practice guidance.

2. Child L lived with Mother, Mother's partner and two older half-siblings in the Belfast Health and Social Care Trust area. Mother is from a Traveller family and the children were close to their paternal grandmother, whom they called Mamó, and to their grandfather, Granda, who lived nearby.

3. The family had been known to services since the Children (Northern Ireland) Order 1995 framework was applied to the eldest child in 2018. For readers unfamiliar with the legislation: the Order, which came into force on 4 November 1996, places a general duty on the Trust to safeguard and promote the welfare of children in need.

4. The review identifies four areas of learning: the impact of the Eleventh Night and the Twelfth on families' contact with services in July, when two planned visits were cancelled; the use of UNOCINI assessments; the understanding of coercive control; and the response to a 'peeler at the door' culture in which the family would not answer to uniformed officers.

5. The review has drawn on the findings of the Historical Institutional Abuse Inquiry chaired by Sir Anthony Hart, and on Professor Kathleen Marshall's inquiry into child sexual exploitation, in considering how professionals listen to children.
""", allow=("4 November 1996",))

add("nir-03", "key_practice_episode", """
Key Practice Episode 1: initial child protection case conference, [[DATE:14th March 2022]]

Minutes (extract), Western Health and Social Care Trust
Present: [[PERSON:CMcK]] (Chair, Principal Social Worker), [[PERSON:RD]] (Social Worker, Family Intervention Team), [[PERSON:Ó'D]] (Health Visitor), [[PERSON:S McC]] (PSNI, Public Protection Branch), [[PERSON:Mrs Amber Devine]] (Principal, [[SETTING:St Columb's Nursery School]]), Mother, Mother's advocate
Apologies: [[PERSON:Dr L. Hill]] (GP), [[PERSON:ET]] (Education Welfare Officer)

[[PERSON:RD]] presented the UNOCINI assessment. [[PERSON:Caoimhe]] (4) and [[PERSON:Oisín]] (2) had been found alone in the house on two occasions. Mother accepted this and said she had 'only nipped to the Spar'.

[[PERSON:Ó'D]] reported that [[PERSON:Oisin]]'s development was delayed, particularly his speech, and that he had missed his audiology follow-up at the neonatal clinic as a baby because the family moved three times in his first year.

[[PERSON:Mrs Devine]] described [[PERSON:Caoimhe]] as 'a wee dote, always hungry on a Monday'.

[[PERSON:S McC]] confirmed two domestic incidents recorded against Mother's partner, [[PERSON:Declan Rainey]], neither progressed because Mother declined to make a statement.

Decision: names of both children to be placed on the Child Protection Register under the category of neglect. [[PERSON:RD]] to be key worker. First core group within ten working days. [[PERSON:CMcK]] noted the absence of the GP report and asked [[PERSON:Dr Hill]] to provide one.
""")

add("nir-04", "chronology", """
PSNI command and control record, reproduced for the review (original capitals retained)

SERIAL: [[CASE_REFERENCE:CC2023021700096]]
RECEIVED: [[DATE:17/02/2023]] 21:52
LOCATION: [[ADDRESS:22 RATHLIN WALK, BALLYCASTLE]] [[POSTCODE:BT54 6DQ]]

21:52 CALL FROM NIAS. FEMALE AGED 15, [[PERSON:AMBER CAMPBELL]], CONSCIOUS BUT INTOXICATED. MOTHER ([[PERSON:LORRAINE CAMPBELL]]) STATES DAUGHTER RETURNED IN A CAR SHE DID NOT RECOGNISE, SILVER AUDI [[VEHICLE_REGISTRATION:RXI 772]].
22:10 CREW ON SCENE. IP STATES SHE WAS AT A HOUSE PARTY WITH "[[PERSON:CONOR]]" AND "[[PERSON:BIG MARSH]]". NO FURTHER DETAILS GIVEN.
22:25 INTELLIGENCE CHECKS: VEHICLE REGISTERED TO [[PERSON:CONOR MARSH]], DOB [[DATE_OF_BIRTH:04-06-2001]], KNOWN TO PPB (CSE MARKERS). ONE PREVIOUS CHILD ABDUCTION WARNING NOTICE ISSUED.
22:40 IP CONVEYED TO CAUSEWAY HOSPITAL WITH MOTHER. MOBILE NUMBER FOR MOTHER: [[PHONE:07700 900391]].
23:15 CONTACT MADE WITH REGIONAL EMERGENCY SOCIAL WORK SERVICE. SOCIAL WORKER ON CALL ADVISES REFERRAL TO GATEWAY NEXT WORKING DAY.
[[DATE:18/02/2023]] 09:30 PPB REFERRAL SUBMITTED. MARKED "SEEN BY [[PERSON:SGT HILLIS]]".

Reviewer's comment: the Child Abduction Warning Notice against [[PERSON:Mr Marsh]] related to a different girl, also aged 15, in 2021. No one linked the two girls until the strategy discussion eleven days later.
""")

add("nir-05", "background", """
Background: the family

Young Person M is the youngest of four children. Their mother grew up in County Fermanagh; their father's family are from the Gaeltacht in Donegal and speak Irish at home. The children call their grandparents Mamó and Daideó and, in the Belfast side of the family, Nanny and Granda. A great-aunt on the Belfast side looked after them in the school holidays.

Young Person M was diagnosed with Perthes disease at the age of six and used a wheelchair for long distances for two years. An older sibling has Crohn's disease, and the mother had a Hirschsprung's diagnosis in infancy, so the family was well used to hospitals and consultants and described themselves as 'good at being patients'.

Family life revolved around traditional music, the GAA and the local St Patrick's Day parade, where Young Person M played the tin whistle every year from the age of eight. Father is a well-known fiddler and Mother ran a stall at the Ould Lammas Fair in Ballycastle for many summers.

The family had no contact with children's social care until autumn 2022, when Young Person M, then 14, told a school counsellor that an adult she had met online was pressuring her for images.
""")

add("nir-06", "key_practice_episode", """
Key Practice Episode 3: Facebook Messenger exchange between Mother and her partner (supplied by the PSNI)

The extract below was exhibited in criminal proceedings. It is reproduced as written.

[[DATE:30/07/22]] 19:03 [[PERSON:shaney_boy.92]]: wheres the wain
19:04 Mother: in bed. she wont settle. crying for her daddy
19:04 [[PERSON:shaney_boy.92]]: her daddy aint coming back. tell her that
19:10 [[PERSON:shaney_boy.92]]: and tell [[PERSON:gracie]] if she touches my phone again shes getting a clip
19:11 Mother: shes 6 [[PERSON:shane]]
19:15 [[PERSON:shaney_boy.92]]: dont care. im down the bonfire with wee [[PERSON:mackers]] back later
19:40 Mother: my ma says shes coming round the morra to take the girls to mass
19:41 [[PERSON:shaney_boy.92]]: tell ur ma to stay away or i'll ring the peelers on her for that car tax
22:58 Mother: where are u
23:30 [[PERSON:shaney_boy.92]]: ring [[PERSON:mackers]] [[PHONE:07700 900826]] im steamin

Analysis: messages like these were described by the Trust social worker as 'the usual stuff between couples'. The review disagrees. They show [[PERSON:Shane Hill]] controlling Mother's contact with her own mother, threatening violence towards [[PERSON:Grace]], aged six, and using the threat of the police ('the peelers') as a tool of control.
""")

add("nir-07", "analysis", """
Analysis: the adults around Young Person N in the community

Young Person N spent most evenings away from home. The review heard from three community settings that knew him well.

He trained at [[SETTING:Glenmourne Boxing Club]] from the age of ten. The club secretary, [[PERSON:Bernie Fisher]], had completed Sport NI safeguarding training and told the review she had 'a bad feeling' about the older men who collected Young Person N after training in a black pick-up. [[PERSON:Mrs Fisher]] raised this with the coach but not with the club's welfare officer or any statutory agency.

Young Person N's grandparents took him to services at [[SETTING:Bethany Free Gospel Assembly]] most Sundays. Several church members described him as 'a lovely lad, mannerly'. The assembly's elder, [[PERSON:Mr Sam Bird]], visited the family home twice in the spring of 2022 and noticed there was no food in the house. He left groceries and prayed with the family. He did not consider this to be neglect 'because the grandparents were so good'.

In the summer, Young Person N joined the [[SETTING:Drumgannon Young Farmers' Club]] with a friend and went on a club trip to the Balmoral Show. The club leader, [[PERSON:Hope Kennedy]], noticed cuts on his forearms on the bus and told his grandmother.

Each of these adults saw part of the harm. None knew how to share a worry outside their own organisation, and none had been approached by the Trust or by the PSNI during the period under review.
""")

add("nir-08", "action_plan", """
SBNI Case Management Review: Child P
Regional Action Plan
Version 2.1, for approval by the SBNI Board
Date: November 2023
Author: CMR Chair (MSc, CQSW, Dip. Child Protection Studies)
Chair of CMR Panel: Independent Chair (BSc, PhD, RGN)

Recommendation 1: Health and Social Care Trusts should ensure that fathers and male carers are included in every pre-birth assessment.
Lead agency: all five HSC Trusts. Lead officer: Assistant Director, Family and Child Care. Target date: March 2024. Status: Amber.

Recommendation 2: The Department of Health should review the UNOCINI guidance to include a prompt about domestic abuse perpetrated by a partner who does not live in the household.
Lead agency: Department of Health. Target date: September 2024. Status: Red.

Recommendation 3: The PSNI and the Trusts should agree how the Domestic Violence and Abuse Disclosure Scheme can be used by social workers on behalf of a parent.
Lead agency: PSNI Public Protection Branch. Target date: St Patrick's Day review point, March 2024. Status: Green.

Recommendation 4: Education Authority to remind schools of the process for sharing a child's attendance concerns with the Education Welfare Service within ten school days.
Lead agency: Education Authority. Target date: start of the Autumn term 2024. Status: Amber.

Progress will be reported to the SBNI Case Management Review Panel at each meeting.
""")

add("nir-09", "family_involvement", """
Family involvement: the paternal aunt

The review met Child Q's paternal aunt, [[PERSON:Faith Hegarty]], at her home at [[ADDRESS:Apartment 14, Harbour Court, Warrenpoint]] [[POSTCODE:BT34 3NU]] in October 2023. [[PERSON:Faith]] had cared for Child Q for five months in 2021 under an informal kinship arrangement.

[[PERSON:Ms Hegarty]] said that she had asked the Trust three times to be assessed as a kinship foster carer. She kept the emails she sent from [[EMAIL:faithhegarty@yahoo.co.uk]] and shared them with the review. The Trust has no record of the first two; the third received an automated reply because the social worker, [[PERSON:Ciara Summers]], had left. [[PERSON:Ms Summers]] was not replaced for seven weeks.

[[PERSON:Faith]] described Child Q as a child who loved the sea, who would 'spend all day at the harbour counting boats', and who asked every night whether her mummy was 'still sick'. Child Q went home to her mother on [[DATE:16 August 2021]], the day after a family wedding, without any planning meeting. [[PERSON:Faith]] learned of the return from a neighbour.

She said nobody ever came to see Child Q in her house. She gave the review Child Q's health and care number, [[HC_NUMBER:382 884 8990]], from the red book she still keeps, and asked the review to make sure the book is returned to the child when she is older.
""")

add("nir-10", "key_practice_episode", """
Key Practice Episode 2: the 999 call (transcript, Northern Ireland Ambulance Service)

Call received [[DATE:2022-12-09]] 06:41. Caller: Mother's partner.

Call handler: Ambulance service, is the patient breathing?
Caller: I don't know, I don't think so. He's grey. [[PERSON:Rosie]]! [[PERSON:Rosie]], get up, the baby's not right!
Call handler: What's the address?
Caller: [[ADDRESS:7 Wood Grange, Dungannon]]. It's [[PERSON:Sunny]]. The baby. He's four month.
Call handler: I need you to put him on his back on the floor. Is anyone else with you?
Caller: His ma's here now. [[PERSON:Rosie]], do what she says.
Mother: Is he going to be all right? He was fine at two o'clock. [[PERSON:Kyle]] said he was fine.

The call handler gave CPR instructions for eleven minutes until the crew arrived. The crew recorded a Glasgow Coma Scale score of 3 on arrival at Craigavon Area Hospital and Baby S was transferred to the Royal Belfast Hospital for Sick Children, where he died two days later.

The review notes that [[PERSON:Kyle Marsh]] had told the health visitor a month earlier that he 'couldn't cope with the crying'. This was recorded in the health visiting record as 'Dad struggling with sleep – advice given'. Nobody told the health visitor about [[PERSON:Mr Marsh]]'s 2017 conviction for assaulting a child.
""")

add("nir-11", "learning_event", """
Practitioner learning event: summary of themes

The learning event was held in a community hall in Newry in September 2023 and was attended by nineteen practitioners from the Southern Trust, the PSNI, the Education Authority, two GP practices, a Women's Aid group and a youth project.

Theme 1: the 'good family' effect. Practitioners described Mother as articulate and well connected: she sat on the parent council, helped run the cross-community summer scheme and was photographed with the Lord Mayor at the St Patrick's Day reception. Several said this made them less likely to question her account. One health visitor put it plainly: 'If she'd lived on a different estate, we would have been round the next day.'

Theme 2: language. Child T's father speaks Polish and limited English. Child T called her grandmother Babcia and her father Tata, and several professionals wrongly assumed from the chronology that Tata and Babcia were relatives still living in Poland. The grandmother in fact lived two streets away.

Theme 3: hope. Practitioners wanted the review to record the good practice of the school nurse who kept seeing Child T weekly through the summer term, and of the youth worker who helped her apply to the Belfast Metropolitan College. They described Child T as determined and funny, a girl who kept faith with every adult who showed her kindness.
""")

add("nir-12", "chronology", """
Chronology (extract): the move to Rathlin

[[DATE:12 January 2022]]: Mother, [[PERSON:Sorcha Gillespie]], and her two children moved to [[ADDRESS:2 Church Bay Cottages, Rathlin Island]] [[POSTCODE:BT54 6RT]] to live with her new partner, [[PERSON:Hugh McQuillan]]. The move was not notified to the Northern Trust social worker, [[PERSON:Emer Faith]], who learned of it from the school on the mainland.

[[DATE:20/01/2022]]: [[PERSON:Ms Faith]] telephoned [[PERSON:Mr McQuillan]] on [[PHONE:028 9649 6418]]. He said the children were being home educated 'for now' because of the ferry timetable.

[[DATE:7th Feb 2022]]: The island's visiting GP saw the younger child, [[PERSON:Ethan Gillespie]] (H&C [[HC_NUMBER:338 445 0213]]), with a scald to the forearm. The GP recorded that [[PERSON:Ethan]] was 'unusually silent' and made a referral to the Gateway Team by email.

[[DATE:08/02/2022]]: Gateway Team screened the referral. Because the family was 'open to the Family Intervention Team', the referral was forwarded to [[PERSON:Ms Faith]], who was on annual leave until [[DATE:21/02/2022]].

[[DATE:Feb 15, 2022]]: PSNI officers travelled to the island after [[PERSON:Sorcha]] rang 999 to say [[PERSON:Hugh]] had 'lost the head'. [[PERSON:Mr McQuillan]] was arrested. National Insurance number recorded on custody record: [[NINO:JR 58 21 04 B]].

[[DATE:16/02/2022]]: The children were placed with their maternal grandparents in Ballymoney under a safety plan.
""")

add("nir-13", "findings", """
Finding 4: The Trust's response to the school's concerns

This finding concerns the period between October 2022 and February 2023, when [[SETTING:Ballykeel Integrated Primary School]] made four referrals about Child U.

The school's designated teacher, [[PERSON:Mrs Patience Okonkwo-Hill]], kept careful records. She noted each time Child U arrived without a coat, each time he asked for extra toast at breakfast club, and each time he mentioned '[[PERSON:Uncle Mo]]', a man who did not appear in any Trust assessment. [[PERSON:Mrs Okonkwo-Hill]] telephoned the Gateway Team on [[DATE:3 November 2022]] and again on [[DATE:10 November 2022]], and followed both calls with a UNOCINI referral form.

The Trust's records show that both referrals were screened as 'low-level neglect, already known to Family Support Hub'. The Family Support Hub had in fact closed the case in September because the family had not engaged. No one told the school.

A Gateway senior practitioner told the review that school referrals were 'often about uniform and lunch money'. But it is the Trust's role, under Article 66 of the Children (Northern Ireland) Order 1995, to make enquiries where there is reasonable cause to suspect significant harm; the school had given the Trust that cause, including the man's name and the fact that [[PERSON:Mo]] was 'staying over'.

An audit of thirty school referrals in the same team found twenty-two closed at screening.
""")

add("nir-14", "terms_of_reference", """
Terms of Reference: Case Management Review, Child V

Date: May 2023
Version 1.4 (agreed by CMR Panel)
Chair: Independent Chair, appointed by the SBNI
Review team: Independent Reviewer (BA, MA, PGCE); Lay Member; Designated Nurse (RGN, RSCN, BSc Hons)

1. Purpose. To establish what lessons can be learned about the way in which SBNI member agencies worked together to safeguard Child V, aged 13, who was seriously harmed in February 2023.

2. Legal basis. The review is held under the Safeguarding Board Act (Northern Ireland) 2011 and regulation 17 of the Safeguarding Board for Northern Ireland Regulations (Northern Ireland) 2012.

3. Period under review. From Child V's move to the area in September 2021 until the date of the incident, with relevant earlier history summarised.

4. Key lines of enquiry.
(a) How did agencies understand and respond to coercive control in the household, having regard to the offence of domestic abuse created by the Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021, which came into force on 25 February 2022?
(b) Were Child V's views sought, including through the Voice of Young People in Care and any advocacy service?
(c) How did professionals apply Gillick competence when Child V sought contraception at 13?

5. Family involvement. Mother, Father and the maternal grandmother, whom Child V calls Granny, will be invited to contribute. Child V will be offered a meeting with the Chair and an advocate.
""", allow=("25 February 2022",))

add("nir-15", "key_practice_episode", """
Key Practice Episode 5: core group meeting and the online evidence

Core group minutes (extract)
Date: Wednesday [[DATE:3 May 2023]]
Present: [[PERSON:LMcG]] (Social Worker, chair), [[PERSON:DH]] (Designated Teacher, [[SETTING:Lagan View College]]), [[PERSON:AB-K]] (Youth Worker), Mother
Apologies: [[PERSON:PC Grace Agnew]] (PSNI)

1. [[PERSON:AB-K]] shared screenshots that Young Person W had shown her. Since Easter, W had been messaged on Instagram by two accounts, [[PERSON:@summer.rain_x]] and [[PERSON:tommy_h_2005]], both offering 'modelling work' and asking for photos. [[PERSON:AB-K]] believed both accounts were run by the same adult.
2. [[PERSON:DH]] reported that W's friend [[PERSON:Autumn]] had been added to the same group chat. [[PERSON:DH]] had not shared this with [[PERSON:Autumn]]'s school because she 'wasn't sure it was allowed under GDPR'.
3. Mother said she had reported [[PERSON:tommy_h_2005]] to Instagram herself and that the account had since been renamed [[PERSON:th.2005.official]].
4. [[PERSON:LMcG]] noted that no one had informed the PSNI of the screenshots.

Actions:
[[PERSON:LMcG]] to forward screenshots to the PSNI Child Internet Protection Team today and inform [[PERSON:PC Agnew]].
[[PERSON:DH]] to seek advice from the Education Authority's Child Protection Support Service about sharing information with the other school.
[[PERSON:AB-K]] to continue weekly sessions with W, including online safety work using the Safer Internet Day materials.

Reviewer's comment: the PSNI received the screenshots nine days later.
""")

# ---------------------------------------------------------------------------
# SCOTLAND
# ---------------------------------------------------------------------------

add("sct-01", "chronology", """
Learning review chronology (extract)

[[DATE:06/09/2022]]: [[PERSON:Kirsty Fisher]] moved with [[PERSON:Skye]] (CHI [[CHI_NUMBER:1403175780]]) and [[PERSON:Lewis]] (CHI [[CHI_NUMBER:0209154071]]) to [[ADDRESS:14 Bayhead, Stornoway, Isle of Lewis]] [[POSTCODE:HS1 2DU]]. No records transferred from Highland.

[[DATE:19 Sept 2022]]: [[PERSON:Skye]] started Primary 1 at [[SETTING:Sgoil Ghàidhlig Bhaile Ùr]]. Class teacher noted she 'ate like she hadn't eaten all weekend'.

[[DATE:3.10.22]]: Health visitor unable to gain access. Card left. [[PERSON:Ms Fisher]] later texted from [[PHONE:07700 900146]] to say [[PERSON:Lewis]] had 'a bug'.

[[DATE:2022-10-28]]: [[PERSON:Lewis]] (7) told a janitor that 'Mum's pal [[PERSON:Rab]]' had locked him in the shed. Named person informed the same day; IRD not convened until four days later.
""")

add("sct-02", "background", """
Context of the review

This learning review was commissioned by the Child Protection Committee and follows the National Guidance for Child Protection Committees Undertaking Learning Reviews (2021). It concerns Child B, aged two, who was admitted to hospital with a head injury in December 2021, during the weeks of disruption that followed Storm Arwen.

On admission Child B's Glasgow Coma Scale score was 9. The family had lost power for six days, and Mother and her partner had moved with Child B into a caravan belonging to the paternal grandfather.

The Children (Equal Protection from Assault) (Scotland) Act 2019, which came into force on 7 November 2020, removed the defence of 'justifiable assault'. Several practitioners told the review they were unsure how the Act applied to a partner who was not a parent.

The review has also drawn on The Promise, the conclusion of the Independent Care Review chaired by Fiona Duncan.
""", allow=("7 November 2020",))

add("sct-03", "chronology", """
Police Scotland incident log (extract; capitals as original)

INCIDENT: [[CASE_REFERENCE:PS-20221203-2291]]
LOCUS: [[ADDRESS:FLAT 2/1, 48 WOODSIDE PLACE, GREENOCK]] [[POSTCODE:PA15 4QN]]

23:07 CALLER STATES FEMALE CHILD CRYING IN CLOSE, NO COAT. CHILD IDENTIFIED AS [[PERSON:HOPE DOCHERTY]] (9).
23:20 OFFICERS IN ATTENDANCE. [[PERSON:HOPE]] STATES MUM'S BOYFRIEND "SHOUTED AT HER TAE GET OOT".
23:34 NOMINAL TRACED: [[PERSON:JAMIE BAKER]], DOB [[DATE_OF_BIRTH:11NOV1993]]. SEEN DRIVING OFF IN [[VEHICLE_REGISTRATION:SV21 KZP]].
23:50 MOTHER ([[PERSON:LEANNE DOCHERTY]]) RETURNS FROM NIGHT SHIFT. ADVISED. CHILD WELFARE CONCERN RAISED.
00:15 IRD REQUESTED. CONCERN REPORT CC TO REPORTER, REF [[CASE_REFERENCE:SCRA/22/011847]].

Note: the log reads as though the polis were dealing with a lost child; [[PERSON:BAKER]]'s history of violence was not checked until the following morning.
""")

add("sct-04", "key_practice_episode", """
Key Practice Episode 2: Inter-agency Referral Discussion

IRD record (extract)
Date: Tues [[DATE:17/1/23]]
Participants: [[PERSON:FMcL]] (Social Work, chair), [[PERSON:KR]] (DS, Police Scotland), [[PERSON:Dr A. Nwosu]] (Paediatrics), [[PERSON:M-CG]] (Education)

[[PERSON:M-CG]] reported that [[PERSON:Summer-Rose]] (P4) arrived with a burn on her hand, said 'Grandad did it wi' the iron', then said she had done it herself.

[[PERSON:Dr Nwosu]] advised that the pattern was consistent with contact with a hot iron and that an inflicted injury could not be excluded.

[[PERSON:KR]]: grandfather, [[PERSON:Robert Hill]], no convictions; two previous concern reports.

Outcome: joint investigative interview under the Scottish Child Interview Model. [[PERSON:FMcL]] to visit [[PERSON:Summer-Rose]]'s mother today.
""")

add("sct-05", "family_involvement", """
The family's perspective

Young Person C's family live in a Gaelic-speaking township in Na h-Eileanan Siar. Young Person C calls her grandmother Seanmhair and her grandfather Seanair, and spoke Gaelic at home until she went to secondary school on the mainland at the age of twelve.

Her mother told the review that professionals 'talked about Gillick as if it was a law in Scotland'. In fact, in Scotland a young person's capacity to consent to medical treatment rests on section 2(4) of the Age of Legal Capacity (Scotland) Act 1991. The Fraser guidelines were nonetheless quoted in the sexual health service's records.

The family were proud that Young Person C had won a medal for Gaelic solo singing at the Royal National Mòd, and wanted the review to know that she is 'much more than what happened to her'.
""")

add("sct-06", "key_practice_episode", """
Key Practice Episode 4: messages between Young Person D and an adult male

Extract from a download of Young Person D's phone. Spelling as in the original.

[[DATE:21/05/2023]] 22:14 [[PERSON:@radge_99]]: wer u at
22:15 YP D: hame. ma maw's in
22:15 [[PERSON:@radge_99]]: tell [[PERSON:shannon]] tae come an all. ma pal [[PERSON:deek]] has a motor
22:20 YP D: she's no allowed since the polis brung her back
22:21 [[PERSON:@radge_99]]: naebody needs tae know. u still owe me 40
22:30 [[PERSON:@radge_99]]: new number [[PHONE:07700900588]] delete this app
[[DATE:22/05/2023]] 01:02 [[PERSON:ryan.mcc_x]]: its me. dinnae tell yer gran

Police later linked both accounts to [[PERSON:Ryan McCafferty]], aged 23. [[PERSON:Shannon]], aged 13, was a school friend of Young Person D.
""")

add("sct-07", "analysis", """
Analysis: community and faith settings

Child E's family were active members of [[SETTING:Glenburn Evangelical Fellowship]]. The fellowship's youth leader, [[PERSON:Grace Bird]], noticed that Child E was losing weight and wore long sleeves in July. [[PERSON:Mrs Bird]] spoke to Child E's father, who said Child E was 'fasting for his faith'.

Child E also attended [[SETTING:Kinnoull Junior Young Farmers]] and was registered with [[SETTING:Bellfield Street Surgery]], where the practice nurse recorded a weight loss of four kilograms over six months but did not raise it with the GP.

The review found that neither the fellowship nor the young farmers' club had a named child protection co-ordinator, and the GP practice did not know that Child E's older sibling had been on the child protection register in 2019.
""")

add("sct-08", "action_plan", """
Learning Review: Child F
Improvement Action Plan
Version 2 (for Chief Officers Group)
Date: February 2024
Author: Lead Reviewer (MA Hons, MSc, Dip SW)

Learning point 1: Practitioners were not confident about sharing information with the named person.
Action: Multi-agency briefing on information sharing under the 2021 National Guidance for Child Protection in Scotland.
Lead: CPC Lead Officer. Timescale: by the October holiday 2024. Status: Amber.

Learning point 2: Repeat head injuries in a non-mobile baby were not escalated.
Action: Adopt the 'bruising and injuries in non-mobile babies' protocol across the health board.
Lead: Lead Paediatrician for Child Protection. Timescale: by Burns Night, January 2025. Status: Red.

Learning point 3: Fathers were rarely seen.
Action: Audit of 20 child's plans. Lead: Service Manager, Children and Families. Status: Green.
""")

add("sct-09", "family_involvement", """
Conversation with Child G's grandmother (notes, not verbatim)

The review met [[PERSON:Mrs Ina Tulloch]] at her home, [[ADDRESS:Flat 3, 22 Commercial Road, Lerwick, Shetland]] [[POSTCODE:ZE1 0LX]], in November 2023.

[[PERSON:Mrs Tulloch]] cared for [[PERSON:Callie]] most weekends. She said that [[PERSON:Callie]]'s mother was 'a good lass when she's well' and that the trouble started after [[PERSON:Callie]]'s father, [[PERSON:Magnus]], went offshore. She had written to the social work office from [[EMAIL:ina.tulloch47@btinternet.com]] in the week of Up Helly Aa, 'because that's when everybody's out and the bairn was left'.

She asked to be rung on [[PHONE:01632 960279]] rather than emailed about the final report. She wanted the review to know that [[PERSON:Callie]] loves the ponies and the ferry.
""")

add("sct-10", "chronology", """
Health chronology (extract): Baby H

[[DATE:28.11.2020]]: [[PERSON:Autumn Reid]] born at Ninewells Hospital, Dundee, CHI [[CHI_NUMBER:2811209549]]. Birth weight 2.1 kg. Mother, [[PERSON:Jodie Reid]], known to substance misuse services.

[[DATE:14 December 2020]]: Health visitor first visit at [[ADDRESS:9 Marshall Court, Lochee, Dundee]] [[POSTCODE:DD2 3BQ]]. Father, [[PERSON:Stevie Wood]], present and 'dismissive'.

[[DATE:December 30, 2020]]: GP ([[SETTING:Lochee Health Centre]]) saw [[PERSON:Autumn]] with a torn frenulum. [[PERSON:Ms Reid]] said the baby had 'bumped her mouth on the bottle'. No referral.

[[DATE:2021-01-09]]: [[PERSON:Autumn]] admitted with bilateral subdural haematomas; skeletal survey showed three rib fractures of differing ages. [[PERSON:Mr Wood]] arrested. Both children placed on the child protection register.
""")

add("sct-11", "learning_event", """
Practitioner learning event: reflections

Practitioners met in a community centre in Inverclyde. Several said that the family 'were scared of the polis' and that the children had been taught to say 'the Bill are coming' as a warning when a car stopped outside.

One teacher described how Child J spent St Andrew's Day rehearsals hiding under a table. A nursery practitioner said that Child J always asked for her Granny, never for Mum.

Practitioners reflected on the winter of Storm Babet, when home visits were cancelled for a fortnight and nobody checked on the family. They also discussed how the term 'the big man' was used by the children for their mother's partner, and agreed this should have prompted curiosity about who he was.
""")

add("sct-12", "key_practice_episode", """
Key Practice Episode 3: the kinship assessment

In spring 2022 Young Person K's uncle, [[PERSON:Darren Rain]], asked to be assessed as a kinship carer. He gave his National Insurance number ([[NINO:SH 30 72 51 A]]) and vehicle details ([[VEHICLE_REGISTRATION:SF70 WTD]]) for the PVG and insurance checks.

The assessing social worker, [[PERSON:Morag Fisher]], visited [[PERSON:Mr Rain]] four times. Her notes record that Young Person K used a TikTok account, [[PERSON:kk.rain_04]], which [[PERSON:Mr Rain]] monitored.

The PVG check returned a warning about an adult harassment conviction that [[PERSON:Ms Fisher]] did not see because the form was sent to a generic inbox. The placement was approved on [[DATE:23rd June 2022]].
""")

add("sct-13", "findings", """
Finding 3: community settings were not part of the plan

The child's plan listed only statutory agencies. Yet Child L spent six hours a week at [[SETTING:Madrasa Tul Huda, Albert Street]], and his sister [[PERSON:Faith]] attended the Saturday club at [[SETTING:St Ninian's Episcopal Church]] hall.

The madrasa teacher, [[PERSON:Maulana Yusuf Patel]], told the review he had seen marks on Child L's neck in Ramadan and asked the boy's uncle about them. [[PERSON:Mr Patel]] was told that Child L 'fell at football'.

[[PERSON:Faith]]'s Saturday club leader, [[PERSON:Sunny Sharma]], had a parent's mobile, [[PHONE:0141 496 0318]], but no contact with the named person at school. This finding recommends that lead professionals ask families which community settings their children attend.
""")

add("sct-14", "terms_of_reference", """
Terms of reference: Learning Review, Young Person N

Date: June 2023
Chair: Independent Chair, Child Protection Committee (BA, MSc, CQSW)

1. The review will consider the period from Young Person N's move to the area in August 2020 until his death in April 2023.

2. It will ask how practitioners understood his autism diagnosis (his records also use the older term Asperger's syndrome) and a history of Kawasaki disease in infancy.

3. It will consider whether the Disclosure Scheme for Domestic Abuse Scotland, sometimes called Scotland's version of Clare's Law, was considered for Mother.

4. It will take account of learning from earlier Scottish reviews, including the significant case review into the death of Brandon Muir in Dundee.

5. The family, including the maternal grandmother, whom Young Person N called Gran, will be invited to take part.
""")

add("sct-15", "key_practice_episode", """
Key Practice Episode 5: the joint investigative interview (extract of transcript)

Child's details recorded at start: DOB [[DATE_OF_BIRTH:09/06/2008]], CHI [[CHI_NUMBER:0906089573]].

Interviewer: Who lives in your house?
Young Person P: Me, my mum, and [[PERSON:Tam]]. And my wee brother [[PERSON:Rory]].
Interviewer: Who is [[PERSON:Tam]]?
Young Person P: My mum's boyfriend. [[PERSON:Tam Marsh]]. He's got a dug called Storm.
Interviewer: Who else do you see a lot?
Young Person P: [[PERSON:Auntie Rose]]. And Mamaidh, my mum's mum, on a Sunday.
Interviewer: Tell me about the night you went to [[PERSON:Rose]]'s.
Young Person P: [[PERSON:Tam]] said if I told anybody he'd batter [[PERSON:Rory]]. So I went to hers.

The interviewers followed the Scottish Child Interview Model and the interview was recorded on [[DATE:15 Feb 2022]].
""")

# ---------------------------------------------------------------------------
# WALES (cy = written in Welsh)
# ---------------------------------------------------------------------------

add("wal-01", "chronology", """
Cronoleg amlasiantaethol (detholiad)

[[DATE:21 Ionawr 2023]]: Aeth [[PERSON:Bethan Owen]] â [[PERSON:Chai]] (dyddiad geni [[DATE_OF_BIRTH:3ydd Mehefin 2022]], rhif GIG [[NHS_NUMBER:480 574 3980]]) i [[SETTING:Feddygfa Heol y Felin]] gyda chlais ar ei foch. Dywedodd [[PERSON:Beth]] fod [[PERSON:Cai]] wedi taro'i ben ar ochr y cot. Ni chofnodwyd pryder diogelu.

[[DATE:14eg o Fawrth 2023]]: Ymweliad gan yr ymwelydd iechyd. Roedd [[PERSON:Bethan]] yn ddagreuol a dywedodd fod ei phartner, [[PERSON:Dafydd Rees]], yn 'colli ei dymer'. Rhoddwyd taflen am gymorth cam-drin domestig i [[PERSON:Fethan]]. Ni wnaed atgyfeiriad.

[[DATE:2il Ebrill 2023]]: Derbyniwyd [[PERSON:Cai]] i Ysbyty Gwynedd gyda thoriad i'r benglog. Cafodd yr anaf ei esbonio gan [[PERSON:Ddafydd]] fel damwain yn y bath. Cynhaliwyd trafodaeth strategaeth yr un noson.
""", lang="cy")

add("wal-02", "background", """
Cefndir

Mae'r adolygiad hwn yn ymwneud â Phlentyn A, a oedd yn wyth oed pan gafodd ei anafu ym mis Mawrth 2023. Roedd Plentyn A yn byw gyda'i fam a'i lystad yng Ngwynedd, ac yn treulio'r penwythnosau gyda Nain a Taid ar y fferm.

Dywedodd Plentyn A wrth yr adolygydd: 'Dw i'n colli fy Nhad bob dydd.' Roedd wedi cystadlu yn Eisteddfod yr Urdd ac yn edrych ymlaen at Ddydd Gŵyl Dewi yn yr ysgol.

Cynhaliwyd yr adolygiad o dan Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, a ddaeth i rym ar 6 Ebrill 2016. Cyfarfu'r panel ddydd Mawrth cyntaf pob mis. Diolchwn i Fwrdd Iechyd Prifysgol Betsi Cadwaladr, i Heddlu Gogledd Cymru ac i Gyngor Gwynedd am eu cydweithrediad, ac i'r teulu am rannu eu profiadau.
""", lang="cy", allow=("6 Ebrill 2016",))

add("wal-03", "key_practice_episode", """
Pennod Ymarfer Allweddol 1: trafodaeth strategaeth

Cofnodion (detholiad)
Dyddiad: [[DATE:4 Mai 2023]]
Yn bresennol: [[PERSON:EH]] (Gwasanaethau Plant, cadeirydd), [[PERSON:LlW]] (Ymwelydd Iechyd), [[PERSON:GAP]] (Arweinydd Diogelu Dynodedig, [[SETTING:Ysgol Gynradd Pant y Dderwen]]), [[PERSON:SB]] (Heddlu Gogledd Cymru)
Ymddiheuriadau: [[PERSON:Dr R. ap Siôn]] (Meddyg Teulu)

1. Rhoddodd [[PERSON:EH]] grynodeb o'r atgyfeiriad. Dywedodd [[PERSON:Haf Morgan]] (7) wrth ei hathrawes fod [[PERSON:Iest]] wedi ei tharo â gwregys.
2. Dywedodd [[PERSON:GAP]] fod presenoldeb [[PERSON:Haf]] wedi gostwng ers yr haf.
3. Cadarnhaodd [[PERSON:SB]] fod partner y fam, [[PERSON:Iestyn Pugh]], yn hysbys i'r heddlu.

Penderfyniad: ymholiadau adran 47 ar y cyd. [[PERSON:EH]] a [[PERSON:SB]] i ymweld â [[PERSON:Haf]] a [[PERSON:Cheri]], ei mam, heddiw.
Gweithredu: [[PERSON:LlW]] i gysylltu ag [[PERSON:Iestyn Pugh]] ynglŷn â'r babi newydd.
""", lang="cy")

add("wal-04", "key_practice_episode", """
Pennod Ymarfer Allweddol 3: negeseuon o ffôn Person Ifanc E

Mae'r negeseuon isod wedi'u copïo fel y'u hysgrifennwyd.

[[DATE:8fed Gorffennaf 2023]] 22:10 [[PERSON:@dai_bach.99]]: lle wyt ti
22:11 PI E: adra. mam yn flin
22:12 [[PERSON:@dai_bach.99]]: deud wrth [[PERSON:wen]] bo fi'n sori am nos sadwrn
22:15 [[PERSON:@dai_bach.99]]: tyd lawr i maes parcio. ma gin i bres i chdi
22:20 PI E: dwi'm isio. ma nain yn deud bo chdi'n ddrwg
22:21 [[PERSON:@dai_bach.99]]: paid gwrando ar dy nain. ffonia fi [[PHONE:07700 900731]]

Cysylltodd yr heddlu'r cyfrif â [[PERSON:Dafydd Pritchard]] ('[[PERSON:Dai]]'), 24 oed. Y '[[PERSON:wen]]' yn y neges yw [[PERSON:Gwen]], ffrind gorau Person Ifanc E, sydd hefyd yn 14 oed. Nid oedd yr ysgol yn gwybod am y cyfrif.
""", lang="cy")

add("wal-05", "analysis", """
Dadansoddiad: iechyd Plentyn B

Ganwyd Plentyn B yn 32 wythnos, gyda sgôr Apgar o 3 ar ôl un munud. Wedyn, treuliodd chwe wythnos yn yr uned newyddenedigol. Roedd sgôr Graddfa Coma Glasgow Plentyn B yn 14 pan gyrhaeddodd yr adran achosion brys ym mis Hydref 2022.

Nid oedd y term 'syndrom Munchausen drwy ddirprwy' yn briodol, ond fe'i defnyddiwyd mewn dau lythyr. Y term cyfredol yw salwch ffug neu salwch a achoswyd.

Ond y cwestiwn a ofynnodd y Fam dro ar ôl tro oedd: 'Beth sy'n bod arno fe?' Nid oedd neb wedi esbonio'r pryderon iddi yn Gymraeg, er mai Cymraeg yw iaith gyntaf y teulu. Mae'r Cynnig Rhagweithiol yn disgwyl i wasanaethau gynnig hynny heb i'r teulu orfod gofyn.
""", lang="cy")

add("wal-06", "chronology", """
Cronoleg: lleoliadau addysg a gofal plant

Ganwyd [[PERSON:Gruffudd Jones]] ar [[DATE_OF_BIRTH:11eg Hydref 2018]] (UPN [[UPN:Y661230418007]]) ac roedd yn byw yn [[ADDRESS:Tŷ Capel, 7 Stryd y Bont, Amlwch, Ynys Môn]] [[POSTCODE:LL68 9EN]].

O fis Medi 2020, roedd [[PERSON:Gruff]] yn mynychu sesiynau yng [[SETTING:Nghylch Meithrin Nant y Wiwer]]. Nododd yr arweinydd fod [[PERSON:Gruff]] yn aml yn llwglyd.

[[DATE:1af Medi 2021]]: Dechreuodd [[PERSON:Gruff]] ym [[SETTING:Meithrinfa Sêr Bychain]] am dri diwrnod yr wythnos, wedi'i ariannu gan Dechrau'n Deg.

[[DATE:5ed o Fedi 2022]]: Dechreuodd yn y dosbarth derbyn yn [[SETTING:Ysgol Gynradd Cwm Eithin]]. Ni chafodd y cofnodion eu trosglwyddo o'r feithrinfa i'r ysgol.

[[DATE:17eg Tachwedd 2022]]: Cysylltodd yr ysgol â [[PERSON:Gwenllian Jones]], mam [[PERSON:Gruff]], am glais ar ei wddf.
""", lang="cy")

add("wal-07", "family_involvement", """
Cyfranogiad y teulu: sgwrs â'r fam-gu (trawsgrifiad)

Adolygydd: Beth oedd yn eich poeni chi fwyaf?
Mam-gu: [[PERSON:Beth]], wrth gwrs. Roedd [[PERSON:Beth]] yn dod ata i bob dydd Sadwrn, ac roedd hi'n dawel, dawel. Wedyn dechreuodd hi wlychu'r gwely eto.
Adolygydd: Wnaethoch chi sôn wrth rywun?
Mam-gu: Do. Ffoniais i'r gweithiwr cymdeithasol, [[PERSON:Rhian Llwyd]], ar [[DATE:9fed Mai 2023]]. Dywedais i wrth [[PERSON:Rian]] fod [[PERSON:Bethan]] yn ofni partner ei mam, [[PERSON:Carwyn]]. Roedd [[PERSON:Rhian]] yn garedig, ond dim ond unwaith y daeth hi.
Adolygydd: Beth hoffech chi i ymarferwyr ei ddysgu?
Mam-gu: Gwrando ar y plentyn. Roeddwn i'n poeni am [[PERSON:Fethan]] bob nos. A pheidio anghofio am Mam-gu.
""", lang="cy", allow=("Beth oedd yn eich poeni", "Beth hoffech chi"))

add("wal-08", "action_plan", """
Cynllun Gweithredu Amlasiantaethol
Fersiwn 3 (drafft i'r Bwrdd Diogelu Rhanbarthol)
Dyddiad: Mawrth 2024
Awdur: Adolygydd Annibynnol (BA, MSc, CQSW)
Cadeirydd: Cadeirydd Annibynnol y Panel

Argymhelliad 1: Sicrhau bod pob atgyfeiriad am fabi dan flwydd oed yn cynnwys gwiriad o hanes y tad.
Arweinydd: Pennaeth Gwasanaethau Plant. Erbyn: Mehefin 2024. Statws RAG: Ambr.

Argymhelliad 2: Cynnig gwasanaeth yn Gymraeg i bob teulu heb iddynt orfod gofyn (y Cynnig Rhagweithiol).
Arweinydd: Swyddog Iaith Gymraeg, y Bwrdd Iechyd. Erbyn: Dydd Gŵyl Dewi 2025. Statws RAG: Coch.

Argymhelliad 3: Hyfforddiant ar Gyfraith Clare i swyddogion ymateb Heddlu Gogledd Cymru.
Arweinydd: Prif Arolygydd, Diogelu'r Cyhoedd. Erbyn: diwedd tymor yr haf 2024. Statws RAG: Gwyrdd.
""", lang="cy")

add("wal-09", "analysis", """
Dadansoddiad: oedolion dibynadwy yn y gymuned

Roedd y teulu'n aelodau yng [[SETTING:Nghapel Soar-y-Bryn]]. Sylwodd y gweinidog, y [[PERSON:Parchedig Aled Huws]], fod Plentyn C yn cyrraedd yr Ysgol Sul heb gôt ac eisiau bwyd. Ni wyddai at bwy y dylai droi.

Ymunodd Plentyn C â [[SETTING:Chlwb Ffermwyr Ifanc Glyn Eithin]] ym mis Medi 2022. Roedd yr arweinydd, [[PERSON:Llinos Jenkins]], yn poeni am gleisiau ar ei freichiau. Cafodd neges gan [[PERSON:Linos]] ei hanfon at y gweithiwr cymdeithasol, ond ni chafodd ateb.

Hyfforddai Plentyn C hefyd yng [[SETTING:Nghlwb Paffio Bro Eithin]]. Dywedodd yr hyfforddwr wrth yr adolygiad: 'Doedd neb wedi gofyn i ni erioed.' Nid oedd y capel na'r clybiau wedi cael eu henwi yn y cynllun amddiffyn plant.
""", lang="cy")

add("wal-10", "chronology", """
Log Heddlu Dyfed-Powys (wedi'i gyfieithu ar gyfer yr adolygiad; priflythrennau fel y gwreiddiol)

CYFEIRNOD: [[CASE_REFERENCE:DP-20230121-0388]]
DYDDIAD: [[DATE:21 IONAWR 2023]]
LLEOLIAD: [[ADDRESS:FFLAT 4, 19 HEOL Y FRENHINES, ABERYSTWYTH]] [[POSTCODE:SY23 2HR]]

01:12 GALWAD GAN GYMYDOG. DYN YN GWEIDDI, PLENTYN YN CRIO.
01:25 SWYDDOGION YN BRESENNOL. Y DRWGDYBIEDIG: [[PERSON:RHODRI MARSH]]. Y DIODDEFWR: [[PERSON:CERI MARSH]]. PLENTYN YN BRESENNOL: [[PERSON:EIRA]], 3 OED.
01:40 ARESTIO [[PERSON:MARSH]]. CERBYD [[VEHICLE_REGISTRATION:CU19 FHX]] WEDI'I BARCIO Y TU ALLAN.
02:05 RHIF FFÔN Y DIODDEFWR: [[PHONE:07700 900455]]. GWRTHOD HOLIADUR DASH.
08:30 HYSBYSIAD YMGYRCH ENCOMPASS I [[SETTING:GYLCH MEITHRIN Y GOEDWIG]].

Sylw'r adolygydd: hon oedd yr ail alwad o'r cyfeiriad o fewn mis, ac nid oedd y ddwy wedi'u cysylltu.
""", lang="cy")

add("wal-11", "learning_event", """
Digwyddiad dysgu ymarferwyr

Daeth pedwar ar bymtheg o ymarferwyr i'r digwyddiad dysgu ym mis Mai 2024. Dywedodd sawl un fod Plentyn E yn siarad am 'Nain' a 'Taid' drwy'r amser, ond nad oedd neb wedi gofyn pwy oedden nhw na ble roedden nhw'n byw.

Disgrifiodd gweithiwr ieuenctid sut roedd Plentyn E yn ofni'r glas, ar ôl i bartner ei fam ddweud wrtho y byddai'r heddlu'n 'mynd â fe i ffwrdd'.

Ar Ddydd Santes Dwynwen anfonodd Plentyn E gerdyn at ei athrawes yn dweud 'Dw i'n saff yma'. Ond ni chafodd y cerdyn ei drafod gyda'r Arweinydd Diogelu Dynodedig tan ar ôl Calan Gaeaf.

Wedyn, trafododd y grŵp y gaeaf pan oedd eira trwm a chafodd ymweliadau eu canslo am dair wythnos. Cytunodd pawb y dylai rhywun fod wedi ffonio'r teulu.
""", lang="cy")

add("wal-12", "key_practice_episode", """
Pennod Ymarfer Allweddol 2: yr ymweliad cartref

Ar [[DATE:3ydd Mehefin 2022]], ymwelodd y gweithiwr cymdeithasol, [[PERSON:Eleri Hughes]], â'r cartref. Roedd [[PERSON:Tomos]] (4) a'i frawd bach [[PERSON:Pedr]] (2) yno gyda'u mam. Nododd [[PERSON:Eleri]] fod [[PERSON:Pedr]] yn fudr a bod y tŷ'n oer. Dywedodd y fam fod y boeler wedi torri ers y gaeaf ac nad oedd neb wedi dod i'w drwsio.

Roedd [[PERSON:Tomos]] wedi'i gofrestru ym [[SETTING:Meddygfa Bryn Eithin]], ond nid oedd wedi cael ei frechiadau. Anfonodd [[PERSON:Ms Hughes]] e-bost at y feddygfa o [[EMAIL:eleri.hughes@cyngor-enghraifft.cymru]] ond ni chafwyd ateb.

Trefnwyd ymweliad arall â [[PERSON:Thomos]] a [[PERSON:Phedr]] ar gyfer y mis canlynol, ond ni ddigwyddodd. Rhif GIG [[PERSON:Pedr]] oedd [[NHS_NUMBER:6519857572]].
""", lang="cy")

add("wal-13", "background", """
Background to the review

This was one of the first reviews in the region carried out as a single unified safeguarding review. The Welsh Government's statutory guidance applies to reviews referred on or after 1 October 2024; reviews begun earlier continue as child practice reviews.

The panel was mindful of the child practice review that followed the death of Logan Mwangi in Bridgend, and of Lost in Care, the report of the North Wales tribunal of inquiry chaired by Sir Ronald Waterhouse.

Child D's stepfather believed that 'a smack never hurt anyone'. No practitioner explained that the Children (Abolition of Defence of Reasonable Punishment) (Wales) Act 2020, in force since 21 March 2022, applied to him.

Child D loved Nain and Taid's farm, sang at the Urdd Eisteddfod and had been chosen to read at the school's St David's Day assembly.
""", allow=("1 October 2024", "21 March 2022"))

add("wal-14", "chronology", """
Chronology (extract)

[[DATE:12.04.21]]: [[PERSON:Heulwen Parry]] born at Ysbyty Gwynedd, NHS number [[NHS_NUMBER:4415433901]]. Father, [[PERSON:Iestyn Parry]] (known as [[PERSON:Iest]]), present.

[[DATE:20/09/2021]]: Health visitor new birth visit at [[ADDRESS:12 Ffordd Caergybi, Llangefni, Anglesey]] [[POSTCODE:LL77 7PQ]]. Mother, [[PERSON:Sunny Marsh]], aged 18, was tearful.

[[DATE:2nd Nov 2021]]: [[PERSON:Iest]] phoned [[SETTING:Meddygfa'r Bont]] from [[PHONE:029 2018 0337]] asking for more diazepam.

[[DATE:30-11-2021]]: North Wales Police attended after [[PERSON:Sunny]] said [[PERSON:Mr Parry]] pushed her down the stairs while she held [[PERSON:Heulwen]]. Her father, [[PERSON:Dai Marsh]], collected mother and baby. His National Insurance number ([[NINO:PX 61 93 27 D]]) and email ([[EMAIL:dai.marsh56@btinternet.com]]) were entered on the MARAC form.

[[DATE:Dec 3 2021]]: Isle of Anglesey County Council children's services closed the contact (WCCIS [[CASE_REFERENCE:WCC-0047719]]) because [[PERSON:Sunny]] had moved in with her father.
""")

add("wal-15", "recommendations", """
Recommendations

Recommendation 1: The Regional Safeguarding Board should ensure that the Wales Safeguarding Procedures are followed when a child discloses harm in Welsh, and that the Active Offer under the 'More than just words' framework is made to every family.

Recommendation 2: Health boards should remind practitioners that Gillick competence and the Fraser guidelines concern consent to treatment, not a young person's safety.

Recommendation 3: Police forces in the region should review how officers explain Clare's Law to parents, including fathers.

Recommendation 4: Schools and health visitors should record the names a child uses for relatives (for example Mamgu, Nain, Dadcu or Bampi) so that trusted adults are recognised across agencies and are not mistaken for professionals or strangers.
""")

# ---------------------------------------------------------------------------
# Marker stripping
# ---------------------------------------------------------------------------

MARKER_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def strip_markers(raw: str) -> tuple[str, list[dict]]:
    """Remove [[TYPE:text]] markers; return clean text and entity spans."""
    raw = unicodedata.normalize("NFC", raw.strip())
    parts: list[str] = []
    entities: list[dict] = []
    length = 0
    pos = 0
    for m in MARKER_RE.finditer(raw):
        before = raw[pos:m.start()]
        parts.append(before)
        length += len(before)
        etype, etext = m.group(1), m.group(2)
        entities.append({"start": length, "end": length + len(etext),
                         "type": etype, "text": etext})
        parts.append(etext)
        length += len(etext)
        pos = m.end()
    parts.append(raw[pos:])
    return "".join(parts), entities


# ---------------------------------------------------------------------------
# Identifier validators
# ---------------------------------------------------------------------------

def mod11_ok(digits: str) -> bool:
    """NHS / CHI / H&C check digit: weights 10..2, 11 - (sum mod 11)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def compact(value: str) -> str:
    return re.sub(r"[\s\-]", "", value)


def chi_date_ok(digits: str) -> bool:
    dd, mm, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    for century in (1900, 2000):
        try:
            datetime.date(century + yy, mm, dd)
            return True
        except ValueError:
            continue
    return False


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # 23 letters: no I, O or S


def upn_ok(value: str) -> bool:
    s = compact(value)
    if not re.fullmatch(r"[A-HJ-NP-RT-Z]\d{12}", s):
        return False
    total = sum(int(c) * w for c, w in zip(s[1:], range(2, 14)))
    return UPN_LETTERS[total % 23] == s[0]


NINO_RE = re.compile(
    r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino_ok(value: str) -> bool:
    return bool(NINO_RE.fullmatch(compact(value)))


# Ofcom ranges reserved for drama (never allocated to subscribers).
DRAMA_PREFIXES = (
    "07700900", "02079460", "01134960", "01144960", "01154960", "01164960",
    "01174960", "01184960", "01214960", "01314960", "01414960", "01514960",
    "01614960", "01914980", "02896496", "02920180", "01632960", "08081570",
    "09098790", "03069990",
)


def phone_digits(value: str) -> str:
    v = value.strip().replace("(0)", "")
    d = re.sub(r"\D", "", v)
    if v.startswith("+44"):
        d = "0" + d[2:]
    elif d.startswith("0044"):
        d = "0" + d[4:]
    return d


def phone_ok(value: str) -> bool:
    d = phone_digits(value)
    return len(d) == 11 and d.startswith(DRAMA_PREFIXES)


POSTCODE_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
VEHICLE_GB_RE = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}")
VEHICLE_NI_RE = re.compile(r"[A-Z]{3} ?\d{1,4}")

# Welsh month names, with their soft-mutated forms (after "o": "o Fawrth").
WELSH_MONTHS = {
    "ionawr": "January", "chwefror": "February", "mawrth": "March",
    "fawrth": "March", "ebrill": "April", "mai": "May", "fai": "May",
    "mehefin": "June", "fehefin": "June", "gorffennaf": "July",
    "orffennaf": "July", "awst": "August", "medi": "September",
    "fedi": "September", "hydref": "October", "tachwedd": "November",
    "dachwedd": "November", "rhagfyr": "December", "ragfyr": "December",
}
# Welsh ordinal suffixes by day number (1af, 2il, 3ydd, 11eg, 21ain ...).
WELSH_ORDINAL = {1: "af", 2: "il", 3: "ydd", 4: "ydd", 5: "ed", 6: "ed",
                 7: "fed", 8: "fed", 9: "fed", 10: "fed", 11: "eg",
                 12: "fed", 13: "eg", 14: "eg", 15: "fed", 16: "eg",
                 17: "eg", 18: "fed", 19: "eg", 20: "fed"}
for _n in range(21, 32):
    WELSH_ORDINAL[_n] = "ain"

DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%B %d %Y", "%d/%m/%Y", "%d/%m/%y",
    "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d-%b-%Y", "%d-%m-%Y", "%d-%m-%y",
    "%d%b%Y", "%d%b%y", "%d %b %y", "%Y/%m/%d", "%d %B, %Y",
    "%b %d, %Y", "%b %d %Y",
)
ORD_RE = re.compile(r"(\d)(st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)\b", re.I)


def parse_date(value: str) -> datetime.date | None:
    t = value.strip()
    m = re.match(r"(\d{1,2})(af|il|ydd|fed|ed|eg|ain)\b", t)
    if m and WELSH_ORDINAL[int(m.group(1))] != m.group(2):
        return None  # wrong Welsh ordinal suffix
    t = ORD_RE.sub(r"\1", t)
    t = re.sub(r"(?<=\d) (?:of|o) ", " ", t)
    t = re.sub(r"\bSept\b", "Sep", t)
    t = " ".join(WELSH_MONTHS.get(w.lower(), w) for w in t.split(" "))
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    return None


def entity_format_error(etype: str, value: str) -> str | None:
    """Return a message if the entity text is not a valid instance of its type."""
    if etype == "NHS_NUMBER":
        d = compact(value)
        if not mod11_ok(d):
            return "NHS number fails mod-11"
        if 320 <= int(d[:3]) <= 399:
            return "NHS number in the H&C range"
    elif etype == "CHI_NUMBER":
        d = compact(value)
        if not mod11_ok(d):
            return "CHI number fails mod-11"
        if not chi_date_ok(d):
            return "CHI number does not start with a valid DDMMYY"
    elif etype == "HC_NUMBER":
        d = compact(value)
        if not mod11_ok(d):
            return "H&C number fails mod-11"
        if not 320 <= int(d[:3]) <= 399:
            return "H&C number outside 320-399"
    elif etype == "NINO":
        if not nino_ok(value):
            return "invalid National Insurance number"
    elif etype == "UPN":
        if not upn_ok(value):
            return "invalid UPN check letter or format"
    elif etype == "PHONE":
        if not phone_ok(value):
            return "phone number outside the Ofcom drama ranges"
    elif etype == "POSTCODE":
        if not POSTCODE_RE.fullmatch(value):
            return "invalid postcode format"
    elif etype == "EMAIL":
        if not EMAIL_RE.fullmatch(value):
            return "invalid email"
    elif etype == "VEHICLE_REGISTRATION":
        ni = VEHICLE_NI_RE.fullmatch(value) and re.search(r"[IZ]", value[:3])
        if not (VEHICLE_GB_RE.fullmatch(value) or ni):
            return "invalid vehicle registration"
    elif etype in ("DATE", "DATE_OF_BIRTH"):
        if parse_date(value) is None:
            return "unparseable date"
    return None


# ---------------------------------------------------------------------------
# Consistency checks on whole texts
# ---------------------------------------------------------------------------

MONTHS = ("January|February|March|April|May|June|July|August|September|"
          "October|November|December")
MON = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
CY_MONTHS = "|".join(sorted(WELSH_MONTHS, key=len, reverse=True))
ORD = r"(?:st|nd|rd|th)"
CY_ORD = r"(?:af|il|ydd|fed|ed|eg|ain)"

# Every match of these patterns must lie inside an annotated entity (or an
# allowed bait phrase); an excerpt with no entities must contain none of them.
MUST_BE_ANNOTATED = {
    "full date": re.compile(
        rf"\b\d{{1,2}}{ORD}?\s+(?:of\s+)?(?:{MONTHS}|{MON})\s+\d{{2,4}}\b"
        rf"|\b(?:{MONTHS}|{MON})\s+\d{{1,2}}{ORD}?,?\s*\d{{4}}\b"
        r"|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"
        r"|\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b"
        rf"|\b\d{{1,2}}-?(?:{MON}|{MONTHS})-?\d{{2,4}}\b"
        rf"|\b\d{{1,2}}{CY_ORD}?\s+(?:o\s+)?(?:{CY_MONTHS})\s+\d{{4}}\b",
        re.I),
    "email": EMAIL_RE,
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"),
    "ten-digit number": re.compile(
        r"(?<![\w])(?:\d{3}[ \-]?\d{3}[ \-]?\d{4}|\d{6}[ \-]?\d{4})(?![\w])"),
    "NINO-like": re.compile(
        r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D]\b"),
    "UPN-like": re.compile(r"\b[A-Z]\d{12}\b"),
    "vehicle registration": re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b"),
}
PHONE_CANDIDATE_RE = re.compile(
    r"(?<![\w+])(?:\+44[ \-]?|0)\d[\d \-]{7,12}\d(?![\w])")

PSEUDONYM_RE = re.compile(
    r"^(?:Child|Baby|Young Person|Sibling|Social Worker|Health Visitor|"
    r"Mother|Father|Stepfather|Maternal|Paternal|the GP|School Nurse|"
    r"Plentyn|Brawd|Chwaer|Mam|Tad|Nain|Taid|Gweithiwr Cymdeithasol|"
    r"Ymwelydd Iechyd|Male|Female)\b")
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "DS", "DI", "DC", "PC",
          "Sgt", "Auntie", "Aunty", "Anti", "Uncle", "Pastor", "Constable",
          "Imam", "Rev", "Revd", "Fr", "Sister", "Nurse", "Cllr", "Parch",
          "Granny", "Nana", "Yncl", "Bro", "Insp", "Hafiz", "Bhai"}


def inside_entity(start: int, end: int, entities: list[dict]) -> bool:
    return any(e["start"] <= start and end <= e["end"] for e in entities)


def allowed_spans(text: str, allow: tuple[str, ...]) -> list[dict]:
    spans = []
    for phrase in allow:
        for m in re.finditer(re.escape(phrase), text):
            spans.append({"start": m.start(), "end": m.end()})
    return spans


def validate(records: list[dict], meta: dict[str, dict]) -> list[str]:
    errors: list[str] = []
    seen_ids: set[str] = set()
    for rec in records:
        rid, text, ents = rec["id"], rec["text"], rec["entities"]
        allow = meta[rid]["allow"]
        where = f"{rid}:"
        if rid in seen_ids:
            errors.append(f"{where} duplicate id")
        seen_ids.add(rid)
        prefix = rid.split("-")[0]
        if not re.fullmatch(r"(eng|nir|sct|wal)-\d{2}", rid):
            errors.append(f"{where} bad id")
        if rec["nation"] != NATIONS.get(prefix):
            errors.append(f"{where} nation does not match id")
        if meta[rid]["lang"] == "cy" and prefix != "wal":
            errors.append(f"{where} Welsh-language excerpt outside Wales")
        if rec["section"] not in SECTIONS:
            errors.append(f"{where} unknown section {rec['section']!r}")
        words = len(text.split())
        if not 100 <= words <= 500:
            errors.append(f"{where} {words} words (must be 100-500)")
        if "[[" in text or "]]" in text:
            errors.append(f"{where} unconsumed marker")

        last_end = -1
        for e in ents:
            s, t, ty, tx = e["start"], e["end"], e["type"], e["text"]
            if ty not in ENTITY_TYPES:
                errors.append(f"{where} unknown type {ty}")
            if text[s:t] != tx:
                errors.append(f"{where} offset mismatch for {tx!r}")
            if not tx or tx != tx.strip() or tx[0] in "'\",;:‘’“”" or tx[-1] in "'\",;:‘’“”":
                errors.append(f"{where} badly trimmed entity {tx!r}")
            if s < last_end:
                errors.append(f"{where} overlapping entities at {s}")
            last_end = t
            if PSEUDONYM_RE.match(tx):
                errors.append(f"{where} pseudonym annotated: {tx!r}")
            msg = entity_format_error(ty, tx)
            if msg:
                errors.append(f"{where} {ty} {tx!r}: {msg}")

        # Allowed bait phrases must exist and must not overlap an entity.
        spans = allowed_spans(text, allow)
        for phrase in allow:
            if phrase not in text:
                errors.append(f"{where} allow phrase not in text: {phrase!r}")
        for sp in spans:
            for e in ents:
                if sp["start"] < e["end"] and e["start"] < sp["end"]:
                    errors.append(f"{where} allow phrase overlaps entity {e['text']!r}")
        ok_spans = ents + spans

        # Patterns that must never appear outside an annotation.
        for label, rx in MUST_BE_ANNOTATED.items():
            for m in rx.finditer(text):
                if not inside_entity(m.start(), m.end(), ok_spans):
                    errors.append(f"{where} unannotated {label}: {m.group(0)!r}")
        for m in PHONE_CANDIDATE_RE.finditer(text):
            if phone_ok(m.group(0)) and not inside_entity(m.start(), m.end(), ents):
                errors.append(f"{where} unannotated phone: {m.group(0)!r}")

        # Every occurrence of an annotated string, and of each capitalised
        # name token, must itself be annotated (or sit inside an allowed phrase).
        needles: set[str] = set()
        for e in ents:
            needles.add(e["text"])
            if e["type"] == "PERSON":
                for tok in re.split(r"\s+", e["text"]):
                    tok = tok.strip(".,'")
                    if len(tok) >= 3 and tok[0].isupper() and tok not in TITLES:
                        needles.add(tok)
        for needle in needles:
            for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
                if not inside_entity(m.start(), m.end(), ok_spans):
                    errors.append(f"{where} unannotated repeat of {needle!r} at {m.start()}")

    n = len(records)
    clean = sum(1 for r in records if not r["entities"])
    welsh = sum(1 for r in records if meta[r["id"]]["lang"] == "cy")
    words = sum(len(r["text"].split()) for r in records)
    if not 55 <= n <= 65:
        errors.append(f"{n} excerpts (expected about 60)")
    if clean * 3 < n:
        errors.append(f"{clean} clean excerpts (need at least a third of {n})")
    if welsh * 5 < n:
        errors.append(f"{welsh} Welsh-language excerpts (need at least a fifth of {n})")
    if not 9000 <= words <= 10000:
        errors.append(f"{words} words in all (expected 9,000-10,000)")
    for nation in NATIONS.values():
        if not any(r["nation"] == nation and r["entities"] for r in records):
            errors.append(f"{nation}: no identifier-bearing excerpts")
        if not any(r["nation"] == nation and not r["entities"] for r in records):
            errors.append(f"{nation}: no clean excerpts")
    return errors


def assert_invariants(records: list[dict]) -> None:
    """Hard assertions run on every build, after the itemised checks above."""
    for rec in records:
        text = rec["text"]
        for e in rec["entities"]:
            assert text[e["start"]:e["end"]] == e["text"], (rec["id"], e)
            assert e["type"] in ENTITY_TYPES, (rec["id"], e)
            if e["type"] in ("NHS_NUMBER", "CHI_NUMBER", "HC_NUMBER"):
                assert mod11_ok(compact(e["text"])), (rec["id"], e["text"])
            if e["type"] == "HC_NUMBER":
                assert 320 <= int(compact(e["text"])[:3]) <= 399, (rec["id"], e["text"])
            if e["type"] == "CHI_NUMBER":
                assert chi_date_ok(compact(e["text"])), (rec["id"], e["text"])
            if e["type"] == "UPN":
                assert upn_ok(e["text"]), (rec["id"], e["text"])
            if e["type"] == "NINO":
                assert nino_ok(e["text"]), (rec["id"], e["text"])
        ends = [(e["start"], e["end"]) for e in rec["entities"]]
        assert ends == sorted(ends), rec["id"]


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def build_records() -> tuple[list[dict], dict[str, dict]]:
    records = []
    meta = {}
    for ex in EXCERPTS:
        text, ents = strip_markers(ex["raw"])
        records.append({
            "id": ex["id"],
            "nation": NATIONS[ex["id"].split("-")[0]],
            "section": ex["section"],
            "text": text,
            "entities": ents,
        })
        meta[ex["id"]] = {"lang": ex["lang"], "allow": ex["allow"]}
    return records, meta


def serialise(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict], meta: dict[str, dict]) -> str:
    nations = list(NATIONS.values())
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        for e in r["entities"]:
            counts[e["type"]][r["nation"]] += 1
    label = {"england": "England", "northern_ireland": "N. Ireland",
             "scotland": "Scotland", "wales": "Wales"}
    head = (f"| {'type':<22} |" + "".join(f" {label[n]:>10} |" for n in nations)
            + f" {'total':>6} |")
    sep = "| " + "-" * 22 + " |" + " ---------: |" * len(nations) + " -----: |"
    lines = [head, sep]

    def row(label: str, c: Counter) -> str:
        return (f"| {label:<22} |" + "".join(f" {c[n]:>10} |" for n in nations)
                + f" {sum(c[n] for n in nations):>6} |")

    tot = Counter()
    for ty in ENTITY_TYPES:
        lines.append(row(ty, counts[ty]))
        tot.update(counts[ty])
    lines.append(row("all entities", tot))
    lines.append(row("excerpts", Counter(r["nation"] for r in records)))
    lines.append(row("  clean (no entities)", Counter(r["nation"] for r in records if not r["entities"])))
    lines.append(row("  Welsh-language", Counter(r["nation"] for r in records if meta[r["id"]]["lang"] == "cy")))
    lines.append(row("  Welsh-lang. clean", Counter(r["nation"] for r in records
                                                      if meta[r["id"]]["lang"] == "cy" and not r["entities"])))
    words = Counter()
    cwords = Counter()
    for r in records:
        words[r["nation"]] += len(r["text"].split())
        if not r["entities"]:
            cwords[r["nation"]] += len(r["text"].split())
    lines.append(row("words", words))
    lines.append(row("  words in clean", cwords))
    welsh_ids = [r["id"] for r in records if meta[r["id"]]["lang"] == "cy"]
    clean_ids = [r["id"] for r in records if not r["entities"]]
    lines.append("")
    lines.append("clean excerpts: " + ", ".join(clean_ids))
    lines.append("Welsh-language excerpts: " + ", ".join(welsh_ids))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output path (default: heldout-4.jsonl here)")
    ap.add_argument("--check", action="store_true",
                    help="validate and verify the output file is up to date; write nothing")
    args = ap.parse_args(argv)

    records, meta = build_records()
    errors = validate(records, meta)
    if errors:
        for err in errors:
            print("ERROR", err, file=sys.stderr)
        print(f"{len(errors)} validation error(s); nothing written", file=sys.stderr)
        return 1
    assert_invariants(records)

    payload = serialise(records)
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as fh:
                current = fh.read()
        except FileNotFoundError:
            current = None
        if current != payload:
            print(f"{args.out} is missing or out of date; run build_ho4.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date; all checks passed")
    else:
        tmp = args.out + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(payload)
        os.replace(tmp, args.out)
        print(f"wrote {len(records)} excerpts to {args.out}; all checks passed")
    print(summary(records, meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
