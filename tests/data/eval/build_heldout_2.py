#!/usr/bin/env python3
"""Build the SECOND held-out labelled test corpus (heldout-2.jsonl).

Twenty invented DRAFT excerpts from UK child safeguarding case reviews (five
each from England, Northern Ireland, Scotland and Wales). Fifteen contain
identifiers that a published report must not contain; five contain none and
are full of look-alike bait. Every person, family, practitioner, address,
setting, number and event is fictional. Agencies, boards, trusts, police
forces, councils and legislation are real, as published reports keep them.

Each identifier is wrapped in an inline marker:

    [[PERSON:Adwoa Amankwah]]   [[POSTCODE:LS9 7HT]]

Running this script strips the markers, computes character offsets (Python
str indices = Unicode code points, end exclusive), validates everything and
writes heldout-2.jsonl beside this file in the dev.jsonl record format:

    {"id", "nation", "section", "text", "entities": [{start,end,type,text}]}

Standard library only.

    python build_heldout_2.py            # validate and (re)write heldout-2.jsonl
    python build_heldout_2.py --check    # validate and confirm the file is current
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
DEFAULT_OUT = os.path.join(HERE, "heldout-2.jsonl")

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
PER_NATION = 5
CLEAN_EXPECTED = 5
MIN_WORDS, MAX_WORDS = 200, 400

# Sex recorded for each CHI number planted below (9th digit: odd M, even F).
CHI_SEX = {
    "1406167126": "F",
    "0309193435": "M",
    "2701157943": "F",
    "2207111229": "F",
    "0908132018": "M",
}

EXCERPTS: list[dict] = []


def add(id_: str, section: str, raw: str) -> None:
    """Register one excerpt. Paragraphs and line breaks are kept as written."""
    EXCERPTS.append({"id": id_, "section": section, "raw": raw})


# ===========================================================================
# ENGLAND
# ===========================================================================

add("eng-01", "chronology", """
Appendix B: Merged agency chronology (extract). Abbreviations as recorded by agencies; M = mother, B = the subject child.

Mon [[DATE:4/9/23]] 08:52. Contact to MASH from DSL at [[SETTING:Larchfield Primary School]], [[PERSON:Mrs Okafor-Reid]]. [[PERSON:Blessing]] (Y3, DOB [[DATE_OF_BIRTH:17/06/2016]]) arrived w/o coat, approx 2cm bruise L cheek. Asked what happened, B said "[[PERSON:Kojo]] did it cos I spilt the milk". DSL rang M ([[PERSON:Adwoa Amankwah]]) on [[PHONE:07700 900614]] x2, no ans. School to await call back.

Same day, 11:20. MASH SW RAG rated amber. Checks: [[PERSON:Kojo Appiah]] (M's partner) not known to CSC; PNC shows caution for assault 2019. Contact logged as [[CASE_REFERENCE:MASH-2023-118406]].

Next day, 16:05. Health: no HV contact since 2-yr review. GP notes M's PHQ-9 of 18 in July, sertraline started. NHS no. [[NHS_NUMBER:484 533 3147]] confirmed on Spine for [[PERSON:B.A.]]

Two days later, 14:30. Strategy discussion: CSC, police, school, 0-19 service. DC from the Safeguarding Unit attended. Agreed s.47 single agency (CSC); no medical as bruise fading.

Fri [[DATE:8/9/23]] 10:00. HV by SW to [[ADDRESS:Flat 3, 27 Pellow Street, Leeds]] [[POSTCODE:LS9 7HT]]. M present, partner "at work". Baby [[PERSON:Miracle]] (4 months) asleep in car seat on sofa; safe sleep advice given. M said "He is strict but he is a good man, he pays the rent." B seen alone in bedroom, said she prefers "[[PERSON:Auntie Esi]]'s house" at weekends.

Following Mon, 09:15. School attendance officer rang M's mobile: M said B "has a temperature". Not seen.

Wed [[DATE:13/9/23]] 17:40. SW note: "[[PERSON:kojo]] refused to give his DOB, says CSC are racist, left the room." Baby not weighed since 8 wks. Case closed to CSC at the end of September with advice to universal services. No further contact until October.
""")

add("eng-02", "analysis", """
Analysis: how the family was seen, and who was not

The review found that professional understanding of [[PERSON:Deniz]]'s daily life was built almost entirely through his mother. [[PERSON:Zeynep Yıldız]] attended every appointment at [[SETTING:Millbrook Medical Practice]] and every review meeting at [[SETTING:Foxglove Lane Nursery]]. She was articulate and warm and, in her own words, "tired of explaining the same things to a new person every time". [[PERSON:Emre Yıldız]] is mentioned in 23 of the 31 health visiting entries but was seen on only two occasions, the last on [[DATE:19 January 2023]], when Health Visitor 2 recorded: "Dad polite, left for work after five minutes."

This pattern is familiar. The Child Safeguarding Practice Review Panel's national review of men in the lives of babies describes how fathers and partners remain at the edge of assessments, and the same happened here. Nobody asked [[PERSON:Mr Yıldız]] directly about his hours, his debts or his drinking, although his wife twice told the nursery key worker that "He gets loud when the money is short".

When the child was admitted to [[SETTING:Kingfisher Ward]] on [[DATE:14.03.2023]] with a spiral fracture of the left humerus, the referral to Children's Social Care quoted his NHS number ([[NHS_NUMBER:6104072380]]) and his mother's mobile, [[PHONE:07700 900275]], but no information about his father at all. The Turkish interpreter, [[PERSON:Mr Aydın]], later told the review that Mother had asked him, in the corridor, whether "the social" would send her son to Turkey. That question was not passed on.

A neighbour, [[PERSON:Hope Adebayo]], had contacted the NSPCC in the hope of getting advice, and was signposted to the local authority. [[PERSON:Hope]] said she "didn't want to make trouble for a family who were already struggling". Her concern did not reach the MASH until after the admission.

Learning Point 2: Practitioners should record who lives in and visits the household, should seek out fathers and male carers as a matter of routine, and should not let a capable, engaging parent stand in for the whole family.
""")

add("eng-03", "key_practice_episode", """
Key Practice Episode 3: what agencies held before the second referral

The table below sets out what each agency knew in the fortnight before Child O was taken to A&E. It is reproduced as agencies supplied it.

| Date | Agency | Information held | Shared with |
| --- | --- | --- | --- |
| [[DATE:12-Feb-2024]] | Metropolitan Police | Officers attend [[ADDRESS:41 Ravensworth Gardens, Croydon]] [[POSTCODE:CR0 6LP]] after a neighbour hears screaming. [[PERSON:Delroy Campbell]] leaves in a grey Astra, [[VEHICLE_REGISTRATION:LK19 XWN]], before officers arrive. CRIS [[CASE_REFERENCE:5521873/24]] | CSC via MERLIN |
| [[DATE:13-Feb-2024]] | CSC front door | Social worker rings mother, [[PERSON:Marcia Whyte]], on [[PHONE:020 7946 0381]]. She says it was "a normal argument" and Child O was asleep | Not shared |
| [[DATE:15-Feb-2024]] | School | [[PERSON:Brook]] (14, half-brother) tells his form tutor, [[PERSON:Mr Szymański]], that "[[PERSON:Del]] threw the TV". Logged on CPOMS, no referral | Not shared |
| [[DATE:20-Feb-2024]] | Health visiting | HV sees [[PERSON:Ocean]] (2 yrs) at clinic; weight dropped from 50th to 25th centile. Mother "[[PERSON:Mags]]" distracted, on phone | GP |
| [[DATE:26-Feb-2024]] | Housing | [[PERSON:Miss Pearl Whyte]], maternal grandmother, emails [[EMAIL:pearl.whyte52@example.com]] asking for the family to be moved "away from that man" | Not shared |

Three features stand out. First, the police record named the partner and his car but the CSC record did not, so when the half-brother later spoke of the television being thrown, nobody linked the two. Second, the grandmother's email was treated as a housing matter. Third, the health visitor knew nothing of the police call.

The grandmother told the review: "I wrote it all down and sent it. I thought somebody would read it." Her frustration is understandable and the review shares it. Croydon Safeguarding Children Partnership has accepted that information held in single agency systems was never brought together in the fortnight before Child O was admitted with a head injury.
""")

add("eng-04", "action_plan", """
Local Child Safeguarding Practice Review: Child C
Partnership action plan (draft for the Safeguarding Children Partnership executive, version 3)

Recommendation 1: Hearing the child
- A1. Children's Social Care to audit 20 assessments completed since April 2024 for evidence that the child was seen alone and their words recorded. Owner: Head of Service, Children in Need. Target: December 2024.
- A2. Schools' safeguarding network to brief Designated Safeguarding Leads on the learning from Finding 1, using the 7 minute briefing. Owner: Education Safeguarding Team. Target: January 2025.

Recommendation 2: Fathers and male carers
- A3. Health visiting (0-19 service, Leeds Community Healthcare NHS Trust) to add a prompt about men in the household to the new birth visit template. Owner: Named Nurse. Target: March 2025.
- A4. West Yorkshire Police to confirm that domestic abuse notifications under Operation Encompass reach schools by 9am on the next school day. Owner: Detective Superintendent, Safeguarding. Target: November 2024.

Recommendation 3: Neglect and poverty
- A5. Partnership to relaunch the Graded Care Profile 2 and to train 60 practitioners by summer 2025. Owner: Learning and Development Lead.
- A6. The GP practice named in Finding 4 and two others in the locality to review how missed appointments for Baby L and Sibling 2 would now be followed up. Owner: Designated Doctor.

Recommendation 4: Helping families find help
- R3. All partner agencies to print Childline 0800 1111 and the NSPCC helpline 0808 800 5000 on leaflets given to children and parents at the end of a Section 47 enquiry, with information in Romanian, Arabic and Tigrinya.

Progress notes
Mother, Stepfather and Paternal aunt were each offered a meeting with the lead reviewer in September 2024; Mother and Paternal aunt accepted. Mother asked that the report say Child C was "a joy and a bright light, not just a case". Young Person E, Child C's older cousin, contributed through an advocate from Barnardo's. Ofsted and the Child Safeguarding Practice Review Panel will receive the final report within 15 working days of publication, in line with Working Together to Safeguard Children 2023. The School Nurse and Health Visitor 2 have both seen this draft. Will the Partnership publish in full? That decision rests with the independent scrutineer, who will rule on it by Easter.
""")

add("eng-05", "executive_summary", """
Executive summary

1.1 This review concerns [[PERSON:Jasleen]], known to everyone at home as "[[PERSON:Jas]]", who was 13 when she was found unconscious in a park in Sandwell on the evening of Saturday [[DATE:16 March 2024]]. She was born on [[DATE_OF_BIRTH:2nd of October 2010]] and lived with her mother, [[PERSON:Harpreet Kaur Sandhu]], her stepfather, [[PERSON:Gurvinder Singh Bains]], and her younger brother [[PERSON:Arjan]] at [[ADDRESS:9 Tenby Close, Smethwick]] [[POSTCODE:B66 3RF]].

1.2 In the eighteen months before that night she moved from [[SETTING:Galton Park Academy]] to a pupil referral unit, [[SETTING:The Bridgeway Centre]], after two fixed-term exclusions. Her school file travelled under UPN [[UPN:X917964844730]], but the safeguarding records did not follow for eleven weeks.

1.3 Her mother told the reviewer:

"[[PERSON:Jas]] was our joy. She was funny, she sang all the time. When she started going missing I rang everyone. I rang the police, I rang the school, I rang [[PERSON:Will]] from the youth project. Everyone said she was a teenager and teenagers do this."

1.4 She also asked the review to record that her father, whom the children call Nanaji, had raised concerns about an older man who collected his granddaughter in a car. The man was later identified by West Midlands Police as [[PERSON:Lee Darby]]. A return home interview completed by [[PERSON:Will Haddon]] on [[DATE:2024-01-23]] recorded the phrase "[[PERSON:LD]] gives me vapes and lifts", but this was not shared with the police or with the school.

1.5 Her stepfather said: "We were treated as the problem. Nobody asked what we had already tried." The family asked that contact about the review be made by email to [[EMAIL:h.sandhu.family@example.co.uk]], and that her brother should not be approached.

1.6 The review makes six findings. The most significant is that exploitation was recognised by individual practitioners but never named in a multi-agency forum, so no one held the whole picture. Sandwell Children's Safeguarding Partnership has accepted all the recommendations.
""")

# ===========================================================================
# NORTHERN IRELAND
# ===========================================================================

add("nir-01", "chronology", """
Case Management Review: Overview Report
Section 4. Chronology of significant events (extract)

[[DATE:03/05/2022]]: Southern Health and Social Care Trust Gateway receives a UNOCINI referral from [[SETTING:Kilmoriarty Primary School]]. The principal reports that [[PERSON:Johnny Joe McDonagh]] (9) has missed 31 sessions since Easter and arrived on two occasions with a burn to his forearm. Family address recorded as [[ADDRESS:Bay 4, Glenside Halting Site, Craigavon]] [[POSTCODE:BT66 8QN]].

Tues [[DATE:10.5.22]]: Social worker [[PERSON:Clodagh Mulholland]] visits with the Traveller support worker, [[PERSON:Martin Joyce]]. Mother, [[PERSON:Bridgie McDonagh]], explains that the family travelled to Galway for a funeral. Father, [[PERSON:Patsy McDonagh]], not present. [[PERSON:Johnny Joe]] says the burn came from "the stove in [[PERSON:Granda Mikey]]'s trailer". [[PERSON:Rose]] (6) seen briefly. Contact number for Mother recorded as [[PHONE:028 9649 6213]].

Late May 2022: GP sees Sibling 2 for a chest infection. H&C number [[HC_NUMBER:345 806 9984]]. No safeguarding concern noted. Her brother's H&C number, [[HC_NUMBER:3733976266]], is recorded on the same consultation in error.

[[DATE:19/07/2022]]: PSNI attend the site following a report of a fight. Father arrested and later released. Vehicle [[VEHICLE_REGISTRATION:KIZ 2748]] seized. Occurrence [[CASE_REFERENCE:OC-22-0561290]]. PSNI Public Protection Branch sends a notification to the Trust; it is filed but not opened for nine days.

Late July 2022: Social worker attempts a visit; the family has left. The support worker tells her they "went to Cork for the summer".

September 2022: [[PERSON:JJ]] does not return to school. The Education Authority Education Welfare Service is informed two weeks later. No strategy discussion is held.

Commentary: The panel noted that each agency saw one part of the picture. Nobody asked Mother what help the family wanted, or spoke to the boy on his own after the visit in May 2022. The panel also noted that the family's mobility was treated as a reason to close rather than a reason to share information across Trust boundaries.
""")

add("nir-02", "analysis", """
Analysis: language, immigration status and a child's hidden caring role

[[PERSON:Angelica]], who asked everyone to call her [[PERSON:Joy]], was 15 during the period under review. She was born on [[DATE_OF_BIRTH:08-Jan-2008]] in Cebu and came to Belfast in 2019 to join her mother, [[PERSON:Maricel Dela Cruz]], a healthcare assistant on a Health and Care Worker visa. Her stepfather, [[PERSON:Rodel Manalo]], worked nights at a meat plant outside the city.

The panel found that she was, in practice, the main carer for her half-brother [[PERSON:Paolo]], who has cerebral palsy. Teachers at [[SETTING:Carnreagh Integrated College]] knew she was often late and often tired. Her form teacher, [[PERSON:Mr Keith Lowry]], wrote in her planner that she needed "to sort her priorities out". The review does not think this was malicious, but it shows how little was known about her life at home.

The Belfast Health and Social Care Trust held [[PERSON:Paolo]]'s H&C number ([[HC_NUMBER:3200070560]]) and a full disability assessment, but the young carers service was never offered to his sister. When Mother was asked why, she told the panel: "I did not know that was a thing. At home the eldest girl helps. That is normal for us."

On Thursday [[DATE:2 November 2023]] [[PERSON:Joy]] sent a message from her school email, [[EMAIL:adelacruz08@carnreagh.example.org]], to the school counsellor, [[PERSON:Ms Fionnuala Breen]]. It read: "[[PERSON:Tito Ramon]] comes when Mama is on shift and he does things I don't like." The counsellor made a referral to the Gateway Team the same day, and a Joint Protocol interview followed. However, the uncle, [[PERSON:Ramon Villanueva]], was not spoken to for a further eleven days.

The panel considers that practitioners were sensitive to culture but hesitant to ask questions that might feel intrusive. Cultural humility does not mean not asking. It means asking well, with a trusted interpreter where needed, and explaining why the answer matters for the child.
""")

add("nir-03", "executive_summary", """
Case Management Review: Executive Summary (draft for the Safeguarding Board for Northern Ireland)

Introduction
1. This Case Management Review was commissioned by the Case Management Review Panel of the Safeguarding Board for Northern Ireland in spring 2023, following the death of Baby K, aged 11 weeks, in the Northern Health and Social Care Trust area. The criteria in Regulation 17 of the Safeguarding Board (Northern Ireland) Regulations 2014 were met. The review covers the period from the booking appointment in October 2021 to the death in February 2023.

The family
2. Baby K lived with Mother, aged 19, and Mother's partner, who is not Baby K's father. Maternal grandmother, whom the family call Granny, provided daily help until a falling-out in the autumn. Sibling 1, aged 3, lived with Paternal grandmother during the week.

3. Mother contributed to the review through an advocate from Women's Aid. She said:

"Everybody kept telling me I was doing grand. I wasn't doing grand. I hadn't slept in weeks. I wanted someone to just come in and take him for an hour so I could sleep."

4. Maternal grandmother said: "I'd have had him every night if they'd asked me. I thought the health visitor would see how tired she was." She added that the family had "no grace period" after the birth, because Mother's partner lost his job in the same month.

Key findings
5. Finding 1: Safe sleep advice was given at each contact but was generic and did not take account of the family's overcrowded flat.
6. Finding 2: The Family Nurse Partnership, the GP and the PSNI each held part of the picture of Mother's partner's drinking; none shared it.
7. Finding 3: The Children (Northern Ireland) Order 1995 threshold for an Article 66 investigation was not met, but family support under the Family Support Hub model was never offered.

Recommendations
8. Recommendation 1 asks the Northern Trust and the Public Health Agency to develop safe sleep plans tailored to housing circumstances. Recommendation 2 asks the Board to test how Family Support Hubs are used for infants under one. An action plan with owners and timescales will follow within three months.
""")

add("nir-04", "action_plan", """
Case Management Review: Action Plan (draft)
Case: Child S. Lead agency: South Eastern Health and Social Care Trust.

| Ref | Recommendation | Action and evidence | Lead | Target |
| --- | --- | --- | --- | --- |
| R1 | Assessment of sponsor households under Homes for Ukraine | Re-check all sponsor households. Evidence: sponsor visit to [[ADDRESS:22 Tullygirvan Road, Ballygowan]] [[POSTCODE:BT23 6NZ]] on [[DATE:2023-06-05]] recorded no concerns; [[PERSON:Trevor Kernaghan]]'s access NI check was outstanding | [[PERSON:Siobhan Gribben]], Principal Social Worker | March 2024 |
| R2 | Interpreting | Trust to stop using family members to interpret. Evidence: on [[DATE:2023-07-18]] [[PERSON:Solomiia]] (11) interpreted for her mother, [[PERSON:Oksana Kravchenko]], at a GP appointment | Head of Interpreting Services | January 2024 |
| R3 | Recording of identity | Use of Home Office reference [[CASE_REFERENCE:GWF081447203]] and SOSCARE ID [[CASE_REFERENCE:4480917]] to be reconciled on NIECR. Mother was also recorded as "[[PERSON:Oxana Kravchenko]]" and as "[[PERSON:O. Kravchenko]]" | Trust Safeguarding Lead | February 2024 |
| R4 | Contact with the child's father | [[PERSON:Bohdan Kravchenko]] (in Kharkiv) to be sent the final report summary through the British Red Cross. His mobile, [[PHONE:07700 900483]], was held by the school but not by the Trust | Principal Social Worker | April 2024 |
| R5 | Escalation | Staff at [[SETTING:Ballygowan Primary School]] raised concerns about [[PERSON:Lorna Kernaghan]]'s shouting on [[DATE:2023-09-12]]; no escalation followed. Board's escalation policy to be re-issued | Education Authority Child Protection Support Service | December 2023 |

Notes for the panel
- R3: the two spellings of Mother's name produced two records. [[PERSON:Solomiia]] also appears as "[[PERSON:Solomiya]]". A single record was created in October 2023.
- R4: Father told the Red Cross caseworker that he "only wanted to know she is safe now". The panel agreed to share the summary in Ukrainian.
- R5: the sponsor car ([[VEHICLE_REGISTRATION:DIZ 5067]]) was used for school runs. The panel noted that no one asked the child how she felt about the journeys.
""")

add("nir-05", "family_involvement", """
Family involvement

The chair and the independent reviewer met [[PERSON:Rania al-Khatib]] twice, at her home at [[ADDRESS:14 Cregagh Vale Park, Belfast]] [[POSTCODE:BT6 0LJ]], with an Arabic interpreter, [[PERSON:Mr Nabil Shami]]. She asked that her husband, [[PERSON:Yousef Haddad]], be invited too. He attended the second meeting, on [[DATE:26th June 2023]], and spoke for most of it.

The mother wanted the review to understand the family's journey. They left Homs in 2013 and spent six years in Lebanon before arriving in Northern Ireland under the Vulnerable Persons Resettlement Scheme. Their daughter [[PERSON:Lina]] was born in Lebanon on [[DATE_OF_BIRTH:23.11.2015]] and their son [[PERSON:Omar]] in Belfast. Neither child had ever seen a doctor before the age of three.

She said of the night their daughter was taken into care: "They came at night. The police were kind but I did not understand anything. They said a number on the phone and I wrote it on my hand." The number she wrote was the Regional Emergency Social Work Service; the social worker who called her the next morning was [[PERSON:Muireann Ní Bhriain]], whose direct line, [[PHONE:028 9649 6774]], was later given to the family on a card.

[[PERSON:Mr Haddad]] was angry about the way his benefits claim, under National Insurance number [[NINO:SH 49 27 13 C]], had been stopped for six weeks during the investigation, leaving the family without income. He said: "[[PERSON:Yusuf]] is a father who works, I am not a bad man." The review notes that the Department for Communities record used the spelling "[[PERSON:Yusuf Haddad]]", and the Trust used "[[PERSON:Yousef]]"; this delayed matching.

Both parents asked the review to say that [[PERSON:Lina]]'s teacher at [[SETTING:Rosetta Park Primary School]], [[PERSON:Miss Orla Canavan]], was "the only one who smiled at us". The teacher had noticed that the girl was hoarding food in her bag. She told the review she had "not thought of it as a safeguarding thing, more a settling-in thing".

The family's reflections have shaped Findings 2 and 5. Their wish, in the mother's words, is that "the next family is asked what happened to them before, not only what happened this week".
""")

# ===========================================================================
# SCOTLAND
# ===========================================================================

add("sct-01", "chronology", """
Learning Review: chronology of key events (extract prepared for the review team)

[[DATE:11/09/2023]] 07:45. Police Scotland respond to a 999 call from [[PERSON:Seònaid NicAmhlaigh]], who reports that her partner, [[PERSON:Calum MacIomhair]], has taken her daughter's tablet and smashed the kitchen window. [[PERSON:Ealasaid]] (7) is present. Incident reference [[CASE_REFERENCE:PS/2023/0911/0447]]. A Child Concern Form is raised.

Same day, 13:10. Named Person at [[SETTING:Ardbrae Primary]], head teacher [[PERSON:Mrs Eilidh Rankine]], receives the Child Concern Form. She notes that [[PERSON:Elsie]] (the name used at school) "has been quiet since the holidays".

[[DATE:13/09/2023]]. Inter-agency Referral Discussion (IRD) held by Teams. Health represented by a child protection adviser. CHI number [[CHI_NUMBER:1406167126]], DOB [[DATE_OF_BIRTH:14.06.2016]]. IRD reference [[CASE_REFERENCE:NH-IRD-23-0356]]. Decision: single agency social work assessment; no Joint Investigative Interview.

[[DATE:20/09/2023]]. Social worker visits. Partner present and cooperative. Mother says she "overreacted". The child shows the social worker her new bedroom and says that "[[PERSON:Cal]] is fine when he isn't on the drink".

Early October. Nursery staff at [[SETTING:Sgoil-àraich Cnoc na Mòine]] report that the child's younger brother, [[PERSON:Tormod]], has a bruise to his ear. Mother explains he fell from the couch. Granny confirms this. No Child Concern Form is raised.

Mid-October. [[PERSON:Seònaid]]'s sister, [[PERSON:Peigi]], phones social work from Edinburgh ([[PHONE:0131 496 0527]]) to say that her sister is "frightened of him and won't say". The call is recorded as a duty contact and passed to the allocated social worker, who is on leave.

[[DATE:30/10/2023]]. Mother presents at Raigmore Hospital with facial injuries. She gives her name as "[[PERSON:Janet MacAulay]]", the anglicised form she uses with some services, and records are not linked for two days.

Review team comment: Three separate pieces of information about risk from the partner were held by three agencies within seven weeks. The GIRFEC wellbeing indicators were not used to draw them together, and the Child's Plan was never convened.
""")

add("sct-02", "analysis", """
Analysis: the weight given to a mother's reassurance

The review team spent some time on the period from spring to autumn 2023, when [[PERSON:Levente]] (then three) attended [[SETTING:Balgeddie Early Learning Centre]] in Glenrothes. His mother, [[PERSON:Zsófia Kovács]], had moved to Fife from Debrecen in 2017. His father, [[PERSON:Bence Farkas]], returned to Hungary before his son was born and had no contact. [[PERSON:Levente]]'s CHI number, [[CHI_NUMBER:0309193435]], is recorded correctly in NHS Fife systems, but the police Vulnerable Persons Database held him under a date of birth a month out, and under the spelling "[[PERSON:Zsofia Kovacs]]" for his mother. His older half-sister, [[PERSON:Anna]], CHI [[CHI_NUMBER:2701157943]], who was born in Hungary, was not recorded by police at all.

From June 2023 [[PERSON:Zsófia]] had a new partner, [[PERSON:Will Tennant]]. Staff described him as "friendly, always chatting at pick-up". On Tuesday [[DATE:17 October 2023]] the nursery manager saw [[PERSON:Mr Tennant]] drive off with [[PERSON:Levente]] unrestrained in the front seat of a silver Corsa ([[VEHICLE_REGISTRATION:SK21 FZD]]). She noted the registration and emailed the health visitor at [[EMAIL:g.petrie@balgeddie-elc.example.sch.uk]] the same afternoon. Mother later said she had "spoken to him about it" and that it would not happen again.

The review team heard that practitioners found Mother "impressive": she held a responsible job, spoke three languages and kept a tidy home. Her reassurance was accepted at face value on at least four occasions. Her mother, whom the boy calls Nagymama, told the review: "She was trying so hard to look perfect. Nobody would look behind that."

By the time he was referred to the Reporter in January 2024 (Reporter reference [[CASE_REFERENCE:FI-0247/24]]), the concerns had accumulated over seven months, but each had been closed individually. The National Guidance for Child Protection in Scotland 2021 is clear that cumulative concerns should be considered together; here, no chronology was started until a Child Protection Planning Meeting was called.

Learning: professional curiosity is needed most where a parent presents as competent, and reassurance from a parent is not evidence of change.
""")

add("sct-03", "findings", """
Findings

Finding 1: The family's asylum history was known but not understood.
[[PERSON:Zarghona Sultani]] and her children arrived in Glasgow in 2021 after leaving Kabul. Her husband, [[PERSON:Ahmad Shah Noori]], joined them eighteen months later. The Home Office case reference, [[CASE_REFERENCE:HO-N1183352]], was held by the Health and Social Care Partnership asylum health team, but the school and the social work team did not know that her husband had been detained and injured on the route through Iran. She told the review: "When he came, he was not the same man."

Finding 2: [[PERSON:Mariam]]'s caring role was invisible.
[[PERSON:Mariam]] (CHI [[CHI_NUMBER:2207111229]]) was twelve and, as the oldest girl, interpreted at most appointments, including her father's mental health assessment on [[DATE:23 Jan 2024]]. Her guidance teacher at [[SETTING:Tollcross Park Secondary]], [[PERSON:Mr Iain Grant]], recorded that she "seems older than her years". Nobody asked her about her own wellbeing or considered a young carer statement.

Finding 3: Information about [[PERSON:Farid]] was held in the wrong place.
[[PERSON:Farid]] (CHI [[CHI_NUMBER:0908132018]]) told a youth worker, [[PERSON:Bashir Rahimi]], at a community football club in the East End that his father "hits when he has nightmares". The youth worker passed this to the club's welfare officer, who texted the family's allocated social worker on [[PHONE:07700 900229]]. The social worker had left the team the week before, and the mobile was not monitored.

Finding 4: Housing pressure increased risk.
The six of them shared a two-bedroom flat at [[ADDRESS:3/2, 71 Lochbrae Street, Glasgow]] [[POSTCODE:G31 4NX]]. The housing provider recorded six requests for a move. The father slept in the living room, where the older boy and the youngest child, [[PERSON:Samira]], also slept.

Finding 5: The Child's Plan did not reflect the family's voice.
The plan agreed on [[DATE:5 March 2024]] contains no words from the parents or the children. The oldest girl described it to the review as "a paper about us, not for us".

Learning Point 1: Practitioners should ask what happened to a family before they arrived, and should not rely on children to interpret in any meeting where the parents' health or safety is discussed.
""")

add("sct-04", "learning_event", """
Learning Review: summary of the practitioner learning event

Purpose
The learning event took place in May 2024 and was attended by 24 practitioners from Aberdeenshire Council, NHS Grampian, Police Scotland, the Scottish Children's Reporter Administration and two third sector organisations. Its purpose was to understand practice in relation to Child D, aged 4, and Sibling 2, aged 9 months, in the period from October 2022 to March 2024.

What practitioners told us
Health Visitor 2 described the family as "hard to reach but not hard to like". She recalled that Mother often cancelled the 13-15 month review and that Child D's speech was delayed. The School Nurse had never met the family, because Child D was not yet at school. The GP said that Mother attended with Sibling 2 several times with minor illnesses, and that each consultation was "ten minutes, and you deal with what's in front of you".

Police officers described two calls to the home about noise, both closed with no crime. One officer said: "You don't always think to ask about the kids if the door is shut and it's quiet." The Named Person at the nursery said that Child D often arrived hungry and that staff had started keeping porridge for her. Granny, who lives nearby, was seen by several practitioners as a protective factor; no one assessed whether she could meet the children's needs if things broke down.

Themes
Learning Point 1: Neglect was seen in fragments. The National Risk Framework and the wellbeing indicators under the Children and Young People (Scotland) Act 2014 were not used to bring the fragments together.
Learning Point 2: Practitioners felt unsure whether to share low-level concerns under the Children (Scotland) Act 1995 or UK GDPR. Several said they would "rather wait until something happened".
Learning Point 3: Fathers were absent from records. Stepfather was named in the nursery file but never spoken to.

Next steps
The Aberdeenshire Child Protection Committee will receive the draft report in the autumn. A 7 minute briefing will be produced, and Health Visitor 2, the Named Person and Social Worker 1 have agreed to help design it. Practitioners asked that the briefing remind staff that Childline (0800 1111) is open to young children too, and that the Parentline Scotland helpline is available for parents.
""")

add("sct-05", "recommendations", """
Recommendations

The review team makes the following recommendations to the Chief Officers Group for the Scottish Borders. Each recommendation is linked to the finding it addresses. A Learning Review report is not an inspection; these recommendations are intended to help the partnership test and strengthen practice rather than to assign blame.

Recommendation 1 (Findings 1 and 2): Scottish Borders Council, NHS Borders and Police Scotland should agree a shared approach to cumulative concern, so that when a third Child Concern Form is received about the same child within twelve months, an Inter-agency Referral Discussion is considered as a matter of course. The review team heard that Young Person E was the subject of five separate forms in under a year; concern rose with each one, yet each was closed individually.

Recommendation 2 (Finding 3): The Child Protection Committee should seek assurance that practitioners understand the role of kinship carers. In this case Paternal aunt, who had cared for Young Person E from the age of eleven, was described in several records as "the family friend" and was not invited to the Child's Plan meeting.

Recommendation 3 (Finding 4): Education services should review how information about exclusion and part-time timetables is shared with social work. Young Person E spent most of one school term on a reduced timetable, and this was known only to the school.

Recommendation 4 (Finding 5): The partnership should build on the work of Bairns' Hoose development in Scotland to ensure that young people aged 16 and 17 are offered trauma-informed support during investigations, in line with the Scottish Government's Bairns' Hoose Standards.

Recommendation 5 (Finding 6): NHS Borders should consider how the Mental Health Assessment Unit and the community CAMHS team share information when a young person aged 16 or over is discharged. Young Person E was discharged on a Friday evening with a leaflet and the number for Breathing Space; the review team recognises this was in line with local policy at the time, but the young person's own view was that "nobody checked I got home".

Implementation
The Child Protection Committee should provide an update on progress to the Chief Officers Group within six months. Young Person E and Paternal aunt have asked to see the update. Sibling 1 and Sibling 3 did not wish to take part, and their wishes have been respected throughout.
""")

# ===========================================================================
# WALES
# ===========================================================================

add("wal-01", "chronology", """
Child Practice Review: timeline of significant events (extract)

Monday [[DATE:4th Sept 2023]]. [[PERSON:Cadi]] (4) starts in reception at [[SETTING:Ysgol Gynradd Cwm Sulien]]. Her class teacher, [[PERSON:Mrs Heledd Gwyther]], notes that she is "very clingy to Nain at the gate" and does not speak at all during the first week. Welsh is the language of the home and the school.

Eleven days later. Health visitor completes a transfer visit. [[PERSON:Cadi]]'s mother, [[PERSON:Gwenllian Pryce]], discloses that she left the children's father, [[PERSON:Gethin ap Iorwerth]], in August after he "put his hands round my neck". Health visitor completes a DASH risk assessment (score 16) and refers to MARAC. Child's NHS number: [[NHS_NUMBER:926 255 1185]].

Thursday [[DATE:21st Sept 2023]]. MARAC in Ceredigion. Father is known to Dyfed-Powys Police for two previous incidents with an ex-partner. Action: IDVA to contact [[PERSON:Gwen]]. Police reference [[CASE_REFERENCE:DP-2309210117]].

Tuesday [[DATE:26th Sept 2023]]. [[PERSON:Iolo]] (2) is dropped at [[SETTING:Cylch Meithrin Pant-y-fedwen]] by his father. Staff are unaware of MARAC and let the two of them leave together at the end of the session. Mother rings the cylch from her sister's house in Cardiff, [[PHONE:029 2018 0736]], in distress. Police locate the child safe at his paternal grandparents' farm that evening.

Next day. Strategy discussion under Part 7 of the Social Services and Well-being (Wales) Act 2014. Social worker [[PERSON:Siôn Bowen]] allocated. Taid (maternal grandfather) offers to move in.

Monday [[DATE:9th Oct 2023]]. [[PERSON:Cadi]] tells her teacher that "Dadi came to the window last night". School passes this to the social worker by email the same day; he replies from [[EMAIL:sion.bowen@ceredigion.example.gov.uk]] that he will "pick it up on Thursday".

Reviewer's note: the cylch was not part of the MARAC information-sharing arrangements, and the family's first language was Welsh while the IDVA service could only offer English. Nain said: "[[PERSON:Gwen]] had to explain the worst thing that ever happened to her in her second language."
""")

add("wal-02", "key_practice_episode", """
Key Practice Episode 2: the school move and the missing week

In January 2024 [[PERSON:Žygimantas]], then ten, moved from [[SETTING:Maes-y-Dderwen Primary School]] in Wrexham to a school in Cheshire when his mother, [[PERSON:Rūta Jankauskienė]], took a job at a distribution centre. He was born on [[DATE_OF_BIRTH:19/04/2013]]. His UPN, [[UPN:G971002011831]], travelled with him, and the common transfer file was sent on [[DATE:12/01/2024]]. The safeguarding file, which recorded two previous referrals and a period on the Child Protection Register for neglect, was posted separately and arrived three weeks later.

The family stayed in Cheshire for only nine days. On [[DATE:24/01/2024]] Mother returned to Wrexham with [[PERSON:Žygis]], as he is known, and his sister [[PERSON:Grace]], and moved in with her former partner, [[PERSON:Mantas Jankauskas]], the children's father. He had been assessed in 2022 as posing a risk because of his drinking and violence. His car, [[VEHICLE_REGISTRATION:CA68 RVU]], was seen outside the family's old house by a neighbour, who called the police two days later.

Neither school held the child on roll for the following week. The education welfare officer in Cheshire closed the case as "moved back to Wales". Wrexham's children missing education officer was not told. The boy's sister was not yet of school age and did not attend any setting.

The review team learned that [[PERSON:Ruta Jankauskiene]] (recorded without diacritics in the housing system) had applied for Universal Credit with NINO [[NINO:JK 31 58 04 A]], giving the father's address. This information was on a DWP record that no safeguarding agency could see.

On [[DATE:02/02/2024]] [[PERSON:Žygimantas]] was brought to the Emergency Department at Wrexham Maelor Hospital by his father with a scald to his leg. The ED nurse, [[PERSON:Bethan Penry-Rees]], asked the child how it happened; he said in Lithuanian that his father "poured it". An interpreter, [[PERSON:Ms Vaitkutė]], was on the phone and translated this accurately, and a referral was made that night.

Learning: Children who move between nations of the UK are at particular risk of losing their safeguarding history at the border. The Wales Safeguarding Procedures and their English equivalents need a shared understanding of who checks that a child has arrived.
""")

add("wal-03", "analysis", """
Analysis: foster care, identity and a child's voice

[[PERSON:Kajan]] was placed with foster carers [[PERSON:Grace]] and [[PERSON:Emlyn Powell]] in Swansea on [[DATE:March 11, 2022]], when he was six. His parents, [[PERSON:Tharshini Sivakumar]] and [[PERSON:Niroshan Sivakumar]], came to the UK from Jaffna as students and later claimed asylum. [[PERSON:Kajan]] was born in Morriston Hospital on [[DATE_OF_BIRTH:30 August 2015]]. The local authority file reference is [[CASE_REFERENCE:WCCIS-0093318]].

The review panel found that [[PERSON:Grace Powell]] provided warm, consistent care and that he thrived in many ways. His school, [[SETTING:Ysgol Gynradd Glan-y-Môr]], reported that his reading improved by two years in eighteen months. However, the placement did not meet his cultural and religious needs. He stopped speaking Tamil within a year. When his mother brought sweets for Thai Pongal to a contact session, her son said he "didn't know what it was for".

The panel heard from the supervising social worker that she had raised the need for Tamil-speaking contact and a link with the local temple at two reviews. Her email of [[DATE:7 June 2023]] to the independent reviewing officer, [[PERSON:Alun Prothero]], at [[EMAIL:alun.prothero@swansea.example.gov.uk]], was never answered. The IRO told the panel he had "no memory of it" and was covering two caseloads at the time.

Mother told the panel: "I am grateful to [[PERSON:Grace]]. She loves him. But he is losing us. When he looks at me now he looks at a stranger." Father added that he had asked for contact to be held at the family's home in [[ADDRESS:38 Heol Tawe, Swansea]] [[POSTCODE:SA1 8PQ]], but that this was refused because of the original concerns, without a fresh assessment.

The child, now eight, contributed through his advocate. He said he wanted "to keep living with [[PERSON:Grace]] but go to my Amma's on Saturdays". He also asked that his name not be shortened to "[[PERSON:Kaj]]", which it often was at school.

The panel concludes that the Social Services and Well-being (Wales) Act 2014 requirement to consider a child's religious persuasion, racial origin and cultural and linguistic background was understood but not acted on.
""")

add("wal-04", "executive_summary", """
Child Practice Review: Executive Summary (draft)

Background
This Concise Child Practice Review was commissioned by the Cwm Taf Morgannwg Safeguarding Board following the serious injury of Baby L, aged seven weeks, in the winter of 2023. The criteria in the Wales Safeguarding Procedures were met because Baby L had been considered at a strategy discussion in the six months before the injury. The review covers the period from the first antenatal booking in spring 2023 to the admission of Baby L to the University Hospital of Wales in Cardiff.

The family
Baby L lived with Mother, aged 20, and Father, aged 23, in a privately rented flat in Rhondda Cynon Taf. Maternal grandmother, whom Mother calls Mam, lived in the next street. Paternal grandparents, Nain and Taid to the children, live in Gwynedd and visited twice during the period.

Mother said: "Everyone kept saying I had Mam for support. Mam was working two jobs. I didn't have anybody in the day, and by the end I'd given up hope of anyone noticing." Father said: "I wanted to go to the parenting course but it was on a weekday and I'd have lost my job."

Learning
Learning Point 1: The health visitor and the midwife completed Flying Start assessments separately and their records did not speak to each other.
Learning Point 2: Father was not invited to antenatal appointments and was not offered the ICAN programme or information about coping with crying.
Learning Point 3: A neighbour raised a concern with South Wales Police about shouting, but the call was recorded as a noise complaint and no Public Protection Notice was raised.

Recommendations
R1. Cwm Taf Morgannwg University Health Board to ensure that fathers are routinely recorded and invited to antenatal and new birth contacts.
R2. The Regional Safeguarding Board to promote the Live Fear Free helpline (0808 80 10 800) and the Dad Pad resource in all maternity settings.
R3. South Wales Police and the local authority to audit how calls about shouting in homes with infants are triaged.

Both parents have read this summary. Mother asked that the report say Baby L "is a fighter and is getting better every day".
""")

add("wal-05", "action_plan", """
Multi-agency action plan (draft, for the Regional Safeguarding Children Board)
Child Practice Review: extended review

Background to the actions (as presented to the panel; to be removed before publication)
- Subject child: [[PERSON:Tegan Prosser]], DOB [[DATE_OF_BIRTH:2019-02-11]], NHS [[NHS_NUMBER:534-873-3318]], UPN [[UPN:B418553457868]].
- Home address at the time of the incident: [[ADDRESS:12 Heol y Nant, Tonypandy]] [[POSTCODE:CF40 2TW]].
- Mother: [[PERSON:Demi Prosser]], mobile [[PHONE:07700 900958]]. Maternal grandmother's partner: [[PERSON:Robert "Bob" Hopkin]], who provided day care three days a week.
- Incident: [[PERSON:Tegan]] found at the canal towpath, unsupervised, on Sat [[DATE:14/10/2023]] by a dog walker.

Action 1: Informal kinship care
- 1.1 Local authority to produce guidance on assessing informal day care by relatives and partners of relatives. Owner: [[PERSON:Catrin Vaughan]], Service Manager. Due: April 2024.
- 1.2 Health visiting to record who provides day care at every contact. Owner: Named Nurse for Safeguarding. Due: March 2024.

Action 2: Information about adults
- 2.1 Police to review why [[PERSON:Bob]]'s 2015 conviction was not shared when Mother named him as a carer. Owner: [[PERSON:DI Sarah Llewellyn]], Public Protection. Due: February 2024.
- 2.2 Flying Start to check previous addresses of adults in the household, as [[PERSON:R.H.]] had lived in three local authority areas.

Action 3: Early years settings
- 3.1 [[SETTING:Little Acorns Day Nursery, Penygraig]] to update its attendance policy; the child had missed 14 sessions without follow-up. Owner: nursery manager [[PERSON:Brook Harries]]. Due: January 2024.
- 3.2 Regional Board to share learning through a 7 minute briefing.

Action 4: Listening to the child
- 4.1 Social worker to complete direct work with the child using Mind of My Own. She has said she misses "[[PERSON:Bobby]]" and the dog. Due: December 2023.

Progress (panel meeting, [[DATE:21/11/2023]])
- The Service Manager reported that 1.1 is drafted. Police reported that the conviction was held on PND but no check was requested. Mother has asked for contact via [[EMAIL:demi.prosser93@example.com]].
""")


# ===========================================================================
# Marker stripper
# ===========================================================================

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


# ===========================================================================
# Identifier validators
# ===========================================================================

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


# Ofcom ranges reserved for drama, as listed in the brief.
DRAMA_PREFIXES = (
    "07700900", "02079460", "01134960", "01614960", "02896496",
    "02920180", "01314960", "01632960",
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
# Inward code never uses C, I, K, M, O or V in its last two letters.
POSTCODE_INWARD_BAD = set("CIKMOV")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
VEHICLE_GB_RE = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}")
VEHICLE_NI_RE = re.compile(r"[A-Z]{3} ?\d{1,4}")

DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y",
    "%d.%m.%y", "%Y-%m-%d", "%d-%b-%Y", "%d-%m-%Y", "%d %b %y",
)


def parse_date(value: str) -> datetime.date | None:
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value.strip())
    t = re.sub(r"^(\d{1,2}) of ", r"\1 ", t)
    t = re.sub(r"\bSept\b", "Sep", t)
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    return None


WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2,
    "weds": 2, "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3,
    "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5,
    "sun": 6, "sunday": 6,
}


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
        sex = CHI_SEX.get(d)
        if sex is None:
            return "CHI number has no recorded sex in CHI_SEX"
        if (int(d[8]) % 2 == 1) != (sex == "M"):
            return "CHI 9th digit parity does not match recorded sex"
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
        if set(value[-2:]) & POSTCODE_INWARD_BAD:
            return "postcode inward code uses a forbidden letter"
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


# ===========================================================================
# Whole-text consistency checks
# ===========================================================================

MONTHS = ("January|February|March|April|May|June|July|August|September|"
          "October|November|December")
MON = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"

MUST_BE_ANNOTATED = {
    "full date": re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{MONTHS}|{MON})\s+\d{{2,4}}\b"
        rf"|\b(?:{MONTHS}|{MON})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}\b"
        r"|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"
        r"|\b\d{4}-\d{2}-\d{2}\b"
        rf"|\b\d{{1,2}}-(?:{MON})-\d{{2,4}}\b"),
    "email": EMAIL_RE,
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"),
    "ten-digit number": re.compile(
        r"(?<![\w])(?:\d{3}[ \-]?\d{3}[ \-]?\d{4}|\d{6}[ \-]?\d{4})(?![\w])"),
    "NINO-like": re.compile(
        r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D]\b"),
    "UPN-like": re.compile(r"\b[A-Z]\d{12}\b"),
    "GB registration": re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b"),
    "NI registration": re.compile(r"\b[A-Z]{0,2}[IZ][A-Z]{0,2} \d{1,4}\b(?=\W|$)"),
    "@ sign": re.compile(r"@"),
}
PHONE_CANDIDATE_RE = re.compile(
    r"(?<![\w+])(?:\+44[ \-]?|0)\d[\d \-]{7,12}\d(?![\w])")

PSEUDONYM_RE = re.compile(
    r"^(?:Child|Baby|Young Person|Sibling|Social Worker|Health Visitor|"
    r"Mother|Father|Stepfather|Maternal|Paternal|the GP|School Nurse|"
    r"Granny|Nain|Taid|Mam|Nanaji|Nagymama)\b")
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "DS", "DI", "DC", "PC", "Auntie",
          "Tito", "Granda"}


def inside_entity(start: int, end: int, entities: list[dict]) -> bool:
    return any(e["start"] <= start and end <= e["end"] for e in entities)


def validate(records: list[dict], raws: dict[str, str]) -> list[str]:
    errors: list[str] = []
    seen_ids: set[str] = set()
    per_nation = Counter()
    for rec in records:
        rid, text, ents = rec["id"], rec["text"], rec["entities"]
        where = f"{rid}:"
        if rid in seen_ids:
            errors.append(f"{where} duplicate id")
        seen_ids.add(rid)
        prefix = rid.split("-")[0]
        if not re.fullmatch(r"(eng|nir|sct|wal)-\d{2}", rid):
            errors.append(f"{where} bad id")
        if rec["nation"] != NATIONS.get(prefix):
            errors.append(f"{where} nation does not match id")
        per_nation[rec["nation"]] += 1
        if rec["section"] not in SECTIONS:
            errors.append(f"{where} unknown section {rec['section']!r}")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{where} {words} words (must be {MIN_WORDS}-{MAX_WORDS})")
        if "[[" in text or "]]" in text:
            errors.append(f"{where} unconsumed marker")
        if text != unicodedata.normalize("NFC", text):
            errors.append(f"{where} text not NFC")
        n_markers = len(MARKER_RE.findall(unicodedata.normalize("NFC", raws[rid])))
        if n_markers != len(ents):
            errors.append(f"{where} marker count {n_markers} != entities {len(ents)}")

        last_end = -1
        for e in ents:
            s, t, ty, tx = e["start"], e["end"], e["type"], e["text"]
            if ty not in ENTITY_TYPES:
                errors.append(f"{where} unknown type {ty}")
            if text[s:t] != tx:
                errors.append(f"{where} offset mismatch for {tx!r}")
            if not tx or tx != tx.strip() or tx[0] in "'\",;:(" or tx[-1] in "'\",;:)":
                errors.append(f"{where} badly trimmed entity {tx!r}")
            if s < last_end:
                errors.append(f"{where} overlapping or unsorted entities at {s}")
            last_end = t
            if PSEUDONYM_RE.match(tx):
                errors.append(f"{where} pseudonym annotated: {tx!r}")
            if re.search(r"['’]s$", tx):
                errors.append(f"{where} possessive inside span {tx!r}")
            if ty in ("PERSON", "SETTING") and s > 0 and text[s - 1].isalnum():
                errors.append(f"{where} span starts mid-word {tx!r}")
            if t < len(text) and text[t].isalnum():
                errors.append(f"{where} span ends mid-word {tx!r}")
            msg = entity_format_error(ty, tx)
            if msg:
                errors.append(f"{where} {ty} {tx!r}: {msg}")
            if ty in ("DATE", "DATE_OF_BIRTH"):
                # A weekday written just before the date is outside the span
                # and must agree with the date.
                m = re.search(r"([A-Za-z]+)\.?,?\s+$", text[max(0, s - 12):s])
                if m and m.group(1).lower() in WEEKDAYS:
                    d = parse_date(tx)
                    if d and d.weekday() != WEEKDAYS[m.group(1).lower()]:
                        errors.append(f"{where} weekday {m.group(1)} does not match {tx}")
                if re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)", tx):
                    errors.append(f"{where} weekday inside date span {tx!r}")
            if ty == "POSTCODE":
                prev = [x for x in ents if x["end"] <= s]
                if not prev or prev[-1]["type"] != "ADDRESS" or text[prev[-1]["end"]:s] not in (" ", ", "):
                    errors.append(f"{where} postcode {tx!r} not adjacent to an address")

        for label, rx in MUST_BE_ANNOTATED.items():
            for m in rx.finditer(text):
                if not inside_entity(m.start(), m.end(), ents):
                    errors.append(f"{where} unannotated {label}: {m.group(0)!r}")
        for m in PHONE_CANDIDATE_RE.finditer(text):
            if phone_ok(m.group(0)) and not inside_entity(m.start(), m.end(), ents):
                errors.append(f"{where} unannotated phone: {m.group(0)!r}")

        needles: set[str] = set()
        for e in ents:
            if e["type"] in ("DATE", "DATE_OF_BIRTH"):
                continue  # the same date may legitimately recur (e.g. two entries)
            needles.add(e["text"])
            if e["type"] == "PERSON":
                for tok in re.split(r"[\s\-]+", e["text"]):
                    tok = tok.strip(".,'\"")
                    if len(tok) >= 3 and tok[0].isupper() and tok not in TITLES:
                        needles.add(tok)
        for e in ents:
            if e["type"] in ("DATE", "DATE_OF_BIRTH"):
                needles.add(e["text"])
        for needle in needles:
            for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
                if not inside_entity(m.start(), m.end(), ents):
                    errors.append(f"{where} unannotated repeat of {needle!r} at {m.start()}")

    for nation in NATIONS.values():
        if per_nation[nation] != PER_NATION:
            errors.append(f"{nation}: {per_nation[nation]} excerpts (expected {PER_NATION})")
    clean = sum(1 for r in records if not r["entities"])
    if clean != CLEAN_EXPECTED:
        errors.append(f"{clean} excerpts without entities (expected {CLEAN_EXPECTED})")
    return errors


def assert_invariants(records: list[dict]) -> None:
    """Hard assertions run on every build, after the itemised checks above."""
    for rec in records:
        text = rec["text"]
        prev_end = -1
        for e in rec["entities"]:
            assert text[e["start"]:e["end"]] == e["text"], (rec["id"], e)
            assert e["start"] >= prev_end, (rec["id"], e)
            prev_end = e["end"]
            assert e["type"] in ENTITY_TYPES, (rec["id"], e)
            if e["type"] in ("NHS_NUMBER", "CHI_NUMBER", "HC_NUMBER"):
                assert mod11_ok(compact(e["text"])), (rec["id"], e["text"])
            if e["type"] == "HC_NUMBER":
                assert 320 <= int(compact(e["text"])[:3]) <= 399, (rec["id"], e["text"])
            if e["type"] == "CHI_NUMBER":
                assert chi_date_ok(compact(e["text"])), (rec["id"], e["text"])
            if e["type"] == "UPN":
                assert upn_ok(e["text"]), (rec["id"], e["text"])


# ===========================================================================
# Build
# ===========================================================================

def build_records() -> list[dict]:
    records = []
    for ex in EXCERPTS:
        text, ents = strip_markers(ex["raw"])
        records.append({
            "id": ex["id"],
            "nation": NATIONS[ex["id"].split("-")[0]],
            "section": ex["section"],
            "text": text,
            "entities": ents,
        })
    return records


def serialise(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict]) -> str:
    nations = list(NATIONS.values())
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        for e in r["entities"]:
            counts[e["type"]][r["nation"]] += 1
    head = f"{'type':<22}" + "".join(f"{n[:8]:>9}" for n in nations) + f"{'total':>8}"
    lines = [head]
    for ty in ENTITY_TYPES:
        row = counts[ty]
        lines.append(f"{ty:<22}" + "".join(f"{row[n]:>9}" for n in nations)
                     + f"{sum(row.values()):>8}")
    tot = Counter()
    for ty in ENTITY_TYPES:
        tot.update(counts[ty])
    lines.append(f"{'ALL ENTITIES':<22}" + "".join(f"{tot[n]:>9}" for n in nations)
                 + f"{sum(tot.values()):>8}")
    ex_all = Counter(r["nation"] for r in records)
    ex_clean = Counter(r["nation"] for r in records if not r["entities"])
    words = Counter()
    for r in records:
        words[r["nation"]] += len(r["text"].split())
    lines.append(f"{'excerpts':<22}" + "".join(f"{ex_all[n]:>9}" for n in nations)
                 + f"{sum(ex_all.values()):>8}")
    lines.append(f"{'  with no entities':<22}" + "".join(f"{ex_clean[n]:>9}" for n in nations)
                 + f"{sum(ex_clean.values()):>8}")
    lines.append(f"{'words':<22}" + "".join(f"{words[n]:>9}" for n in nations)
                 + f"{sum(words.values()):>8}")
    lines.append("")
    lines.append("per excerpt: id section words entities")
    for r in records:
        lines.append(f"  {r['id']}  {r['section']:<22}{len(r['text'].split()):>5}"
                     f"{len(r['entities']):>5}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output path")
    ap.add_argument("--check", action="store_true",
                    help="validate and verify the output file is up to date; write nothing")
    args = ap.parse_args(argv)

    records = build_records()
    raws = {ex["id"]: ex["raw"] for ex in EXCERPTS}
    errors = validate(records, raws)
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
            print(f"{args.out} is missing or out of date; run build_heldout_2.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date; all checks passed")
    else:
        tmp = args.out + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(payload)
        os.replace(tmp, args.out)
        print(f"wrote {len(records)} excerpts to {args.out}; all checks passed")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
