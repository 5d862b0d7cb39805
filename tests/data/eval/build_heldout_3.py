#!/usr/bin/env python3
"""Build the THIRD held-out labelled test corpus (heldout-3.jsonl).

Sixteen invented DRAFT excerpts from UK child safeguarding case reviews, four
per nation (England, Northern Ireland, Scotland, Wales), 200-380 words each.
Twelve contain identifiers, wrapped inline as

    [[TYPE:exact text]]

and four contain none (pseudonymised text full of look-alike bait). Every
person, family, practitioner, address, setting, number and event is invented;
agencies, boards, trusts, councils, police forces and legislation are real.

The script strips the markers, computes code-point offsets (end exclusive),
validates everything (offsets, ordering, check digits, shapes, unannotated
look-alikes, unannotated repeats of annotated names) and only then writes
heldout-3.jsonl beside itself in the dev.jsonl record format:

    {"id", "nation", "section", "text", "entities": [{"start","end","type","text"}]}

Standard library only.

    python build_heldout_3.py            # validate, write, print composition
    python build_heldout_3.py --check    # validate, confirm output up to date
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
DEFAULT_OUT = os.path.join(HERE, "heldout-3.jsonl")

ENTITY_TYPES = (
    "PERSON", "DATE_OF_BIRTH", "DATE", "ADDRESS", "POSTCODE", "SETTING",
    "NHS_NUMBER", "CHI_NUMBER", "HC_NUMBER", "NINO", "UPN", "PHONE", "EMAIL",
    "CASE_REFERENCE", "VEHICLE_REGISTRATION",
)
NATIONS = {"eng": "england", "nir": "northern_ireland",
           "sct": "scotland", "wal": "wales"}
SECTIONS = (
    "chronology", "key_practice_episode", "analysis", "findings",
    "recommendations", "action_plan", "executive_summary",
    "terms_of_reference", "family_involvement", "learning_event",
    "background",
)
PER_NATION = 4
CLEAN_EXPECTED = 4
MIN_WORDS, MAX_WORDS = 200, 380

# Sex of the person each CHI number belongs to (9th digit: odd male, even female).
CHI_SEX = {
    "0307188469": "F",   # Star Dunbar
    "2711091546": "F",   # Jodie Dunbar
    "0904122875": "M",   # Rêzan Barzani
    "0503204129": "F",   # Hêvî Barzani
}

EXCERPTS: list[dict] = []


def add(id_: str, section: str, raw: str) -> None:
    EXCERPTS.append({"id": id_, "section": section, "raw": raw})

# ---------------------------------------------------------------------------
# ENGLAND
# ---------------------------------------------------------------------------

add("eng-01", "chronology", """
Chronology extract (LCSPR): case notes as recorded, abbreviations retained

Subject: [[PERSON:Selam Tesfamariam]], DOB [[DATE_OF_BIRTH:11/06/2019]], NHS no. [[NHS_NUMBER:485 112 7308]]. Half-sibling [[PERSON:Sky]] (aged 9). M = [[PERSON:Mehret Weldemichael]]. M's partner = [[PERSON:Dawit Haile]], known on the estate as "[[PERSON:Dave]]". Home: [[ADDRESS:Flat 6, 22 Wilbraham Crescent, Fallowfield]] [[POSTCODE:M14 7QW]]. CSC ref [[CASE_REFERENCE:MCR-CSC-0094417]].

[[DATE:03/10/2022]] 09:40. HV ([[PERSON:Rukhsana Begum-Hale]]) home visit. M tearful; says F "gone back to Asmara". No interpreter booked; [[PERSON:Sky]] translated for M in Tigrinya. HV noted bruise L cheek on [[PERSON:Selam]]; M said fall from sofa. Not shared with SW.

[[DATE:05/10/2022]] 14:15. [[SETTING:Thornbank Community Nursery]] key worker records [[PERSON:Selam]] "flinching when [[PERSON:Dave]] collects". DSL ([[PERSON:Mrs Yvonne Platt]]) phones CSC front door; no outcome logged.

[[DATE:12 October 2022]]. Strategy discussion not held. SW1 ([[PERSON:Callum Rigby]]) texts M on [[PHONE:07700 900318]] to arrange visit. No reply; case closed to single agency after 6 weeks.

[[DATE:2nd December 2022]] 22:50. GMP called by neighbour ([[PERSON:Ms Agnieszka Duda]], [[PHONE:0161 496 0742]]) re shouting. Officers note [[PERSON:Haile]] smelling of alcohol, vehicle [[VEHICLE_REGISTRATION:KM21 XDP]] parked across pavement. DASH completed: standard risk. Operation Encompass notification not sent because [[PERSON:Sky]]'s school was closed for the holidays.

[[DATE:2022-12-19]]. [[PERSON:Selam]] brought to A&E by [[PERSON:Summer Weldemichael]] (maternal aunt, aged 19) with spiral fracture R humerus. Paeds registrar [[PERSON:Dr Femi Oyelaran-Cole]] raises concern; ward sister emails CSC via [[EMAIL:r.begumhale@mft-hv.example.nhs.uk]] thread in error.

[[DATE:20/12/22]]. ICPC requested. M tells SW2 "[[PERSON:selam]] is clumsy, she falls all the time". [[PERSON:Summer]] says she "will not lie for anyone" and gives account of [[PERSON:Dawit]] shaking the child in November 2022. 

Reviewer comment: across eleven weeks five agencies held part of the picture; none held it all.
""")

add("eng-02", "action_plan", """
Rapid review: single-agency actions and named leads (draft for partnership sign-off)

| Action | Owner | Contact | Due | Status |
| --- | --- | --- | --- | --- |
| A1 Re-run education welfare check for [[PERSON:Autumn Kowalewski]] (UPN [[UPN:P820417305112]]) | [[PERSON:Gareth Oduya]], Education Safeguarding | [[EMAIL:gareth.oduya@bradford-edsg.example.gov.uk]] | [[DATE:31 March 2023]] | Open |
| A2 Confirm elective home education notification for [[PERSON:Autumn]]'s brother [[PERSON:Kacper Kowalewski]] (UPN [[UPN:K938201460073]]) | [[PERSON:Ms Lorraine Beckwith]] | [[PHONE:0113 496 0285]] | [[DATE:14/04/2023]] | Overdue |
| A3 Review of attendance pathway at [[SETTING:Girlington Brook Primary School]] | Headteacher | via DSL | Summer term | Open |
| A4 GP record audit at [[SETTING:Lidget Green Medical Practice]] | [[PERSON:Dr Imran Rashid]] | [[EMAIL:i.rashid@lidgetgreen-mp.example.nhs.uk]] | [[DATE:April 28, 2023]] | Complete |
| A5 Housing referral for [[ADDRESS:41 Carlisle Terrace, Manningham, Bradford]] [[POSTCODE:BD8 9RN]] | [[PERSON:Jo Hebblethwaite]], Incommunities | [[PHONE:07700900654]] | [[DATE:05-05-2023]] | Open |

Notes from the review panel

1. The panel heard that [[PERSON:Mrs Kowalewska]] (mother, [[PERSON:Ewa Kowalewska]]) withdrew both children from [[SETTING:Girlington Brook Primary School]] by letter dated [[DATE:9th January 2023]], after a meeting about [[PERSON:Kacper]]'s absences. The letter was not copied to the local authority for eleven days.

2. [[PERSON:Autumn]] told her class teacher, [[PERSON:Mr Tunde Bakare]], that "Tata says we're going to Gdańsk". Tata is the Polish word for dad; the child used it of [[PERSON:Marek Nowicki]], mother's partner, who is not her father. Polish-speaking staff were not asked to help.

3. The family's CSC record, [[CASE_REFERENCE:BFD-EH-23-001182]], shows a single contact in autumn 2022, closed with "no further action" and without a home visit.

4. West Yorkshire Police hold an occurrence, [[CASE_REFERENCE:WYP-13220230117]], relating to [[PERSON:Nowicki]] at the same address.

The panel agreed to reconvene after A1 and A2 are complete.
""")

add("eng-03", "executive_summary", """
Executive summary

This local child safeguarding practice review concerns Child D, a boy aged four at the time of his admission to hospital in February 2023 with a head injury that clinicians considered non-accidental. Child D lived with Mother, Stepfather and Sibling 2 in Sandwell. Father had regular contact at weekends until the summer of 2022. The review was commissioned by the Sandwell Children's Safeguarding Partnership under Working Together to Safeguard Children 2023 and covers the period from April 2021 to March 2023.

The reviewer met Mother, Father and Maternal grandmother, whom the children call Granny. Mother said: "I kept telling them I couldn't cope and everyone said I was doing brilliant. I wanted someone to come in and actually see it." Father said he had raised concerns "in good faith" with the GP and felt he was "treated as the problem because we'd split up". Granny told the reviewer that Child D "was the joy of that house until he went quiet".

Agencies involved included Sandwell and West Birmingham NHS Trust, Black Country Healthcare NHS Foundation Trust, West Midlands Police, Sandwell Children's Trust and the Family Support Worker from a local early help hub. Health Visitor 1 completed the 2 to 2½ year review on time; Health Visitor 2 took over the caseload after a gap of ten weeks.

Finding 1: Information about Stepfather's history was held by West Midlands Police but was not shared at the early help stage because the threshold for a Section 47 enquiry had not been met.

Finding 2: Practitioners relied on Mother's self-report and did not speak to Sibling 2, who was nine, on their own.

Learning Point 3: The Family Support Worker's rose-tinted summary ("Mum is doing grand, lots of hope here") was repeated in three later records without fresh evidence.

The partnership has accepted recommendations R1 to R5. Children and families who need to talk to someone can contact Childline on 0800 1111 or the NSPCC helpline. The reviewer thanks the family for their time and their willingness to help others learn.
""")

add("eng-04", "analysis", """
Analysis: professional curiosity and the "respectable family" narrative

The family presented to professionals as organised and articulate. [[PERSON:Mr Adewale Ogunleye]] was a deacon at a Pentecostal church in Peckham and [[PERSON:Mrs Funmilayo Ogunleye]] worked as a pharmacy technician. Their daughter [[PERSON:Oluwatoyin]], known at home and at school as "[[PERSON:Toyin]]", was born on [[DATE_OF_BIRTH:17 August 2011]] and attended [[SETTING:Rye Lane Academy]]. Her younger brother, [[PERSON:Ifeoluwa]] ("[[PERSON:Ife]]"), was at [[SETTING:St Saviour's Infant School]].

When [[PERSON:Toyin]] disclosed to the school counsellor, [[PERSON:Ms Bronagh Kinsella]], on [[DATE:7 February 2023]] that she had been "sent to the village" as punishment, the disclosure was understood as a reference to an extended family visit rather than to a threat of removal to Nigeria. The DSL, [[PERSON:Yaw Asante-Boateng]], made a referral the same afternoon by phone to [[PHONE:020 7946 0517]] and followed it up in writing; the referral named the father's car, [[VEHICLE_REGISTRATION:LD70 BRV]], which a neighbour had seen loaded with suitcases.

The referral was screened by the MASH and the father was spoken to by telephone. He described [[PERSON:Oluwatoyin]] as "dramatic" and said the family were "people of faith who do not hit children". His National Insurance number, [[NINO:JW 21 64 87 C]], was used to check benefits records for travel bookings; this was the only step taken to test his account. Nobody spoke to [[PERSON:Toyin]] alone again until [[DATE:Feb 24, 2023]], when she did not return to school after half-term.

The reviewer considers that the family's standing, and practitioners' wish not to appear culturally insensitive, shaped how risk was weighed. [[PERSON:Funmilayo]] told the reviewer: "They saw a nice house and a man in a suit." A practitioner in the MASH, [[PERSON:Delroy Whitfield-Mensah]], said that had the father been "less polished" a strategy discussion would "almost certainly" have followed.

[[PERSON:Ogunleye]] family records are held by Southwark Children's Social Care under [[CASE_REFERENCE:SWK/CP/2023/00716]].

The learning here is not about one culture. It is about the confidence to ask the next question, and to keep asking it, when a child's words do not fit the adults' account.
""")

# ---------------------------------------------------------------------------
# NORTHERN IRELAND
# ---------------------------------------------------------------------------

add("nir-01", "terms_of_reference", """
Case Management Review: Terms of Reference

1. Background

1.1 The Safeguarding Board for Northern Ireland (SBNI) Case Management Review Panel agreed in September 2023 to undertake a Case Management Review (CMR) in respect of Young Person G, a fifteen-year-old girl who was the subject of a child sexual exploitation concern, under the Safeguarding Board (Northern Ireland) Regulations 2014 and the Children (Northern Ireland) Order 1995.

1.2 Young Person G lived with Mother, Stepmother's sister and Sibling 2 in the Northern Health and Social Care Trust area. She spent some weekends with Father in the Belfast Health and Social Care Trust area. Maternal uncle provided informal respite.

2. Scope

2.1 The review will cover the period from January 2022 to August 2023, and any earlier information that agencies consider relevant.

2.2 The following agencies will provide chronologies and Individual Management Reviews: Northern Health and Social Care Trust; Belfast Health and Social Care Trust; PSNI; Education Authority; the GP practice; Barnardo's NI; Voice of Young People in Care (VOYPIC); and the Youth Justice Agency.

3. Key lines of enquiry

3.1 How did agencies understand and respond to going-missing episodes, including the return home interviews?

3.2 Was the Joint Protocol and the Child Protection Case Conference process used effectively, and were Article 66 enquiries timely?

3.3 How were Young Person G's own views sought, recorded and acted upon, including whether she felt she had a voice and some hope of being believed?

4. Family involvement

4.1 Mother, Father and Young Person G will be invited to contribute. The independent chair will write to the family in plain English and offer to meet at a venue of their choice. Support will be offered through the Family Support Worker and an independent advocate.

5. Timescale and publication

5.1 The panel will aim to present the overview report to the SBNI within six months. An executive summary will be published on the SBNI website, subject to the views of the family and any criminal proceedings. Headings in the report will follow the SBNI template (Finding 1, Finding 2 and so on) with an action plan numbered AP1 onwards.

5.2 Anyone worried about a child can contact the relevant Gateway Service or, for children, Childline on 0800 1111.
""")

add("nir-02", "chronology", """
Merged agency chronology (extract) — Belfast HSC Trust / PSNI / Education Authority

Child: [[PERSON:Caoimhe Ní Bhriain]] (H&C [[HC_NUMBER:347 120 9859]]), date of birth [[DATE_OF_BIRTH:23.09.2014]]. Sibling: [[PERSON:Cathal Breen]] (H&C [[HC_NUMBER:3684520179]]). Mother: [[PERSON:Siobhán Breen]]. Mother's partner: [[PERSON:Gerard McAteer]], "[[PERSON:Gerry]]". Address: [[ADDRESS:17 Ardoyne Mews, Belfast]] [[POSTCODE:BT14 6LP]].

| Date | Agency | Entry |
| --- | --- | --- |
| [[DATE:14/01/2023]] | PSNI | Call from [[PERSON:Siobhan]] on [[PHONE:028 9649 6213]]: [[PERSON:Gerry]] "smashing the place up". Officers ([[PERSON:Constable Aine Duffy]]) attend. [[PERSON:Caoimhe]] found hiding in hot press. Occurrence [[CASE_REFERENCE:CW/2023/0114/0291]]. |
| [[DATE:16/01/2023]] | EA | [[SETTING:Ballysillan Brae Primary School]]: teacher notes [[PERSON:Caoimhe]] "very tired, would not say why". Designated Teacher [[PERSON:Mrs Deirdre Mulgrew]] logs concern; no referral. |
| [[DATE:02/02/2023]] | Trust | Gateway referral by PSNI (PPANI not applicable). Social worker [[PERSON:Niamh O'Hagan]] visits; [[PERSON:McAteer]] present throughout. Mother says he has moved out. |
| [[DATE:19/02/2023]] | PSNI | [[PERSON:McAteer]]'s car [[VEHICLE_REGISTRATION:KIZ 4471]] stopped outside the address at 01:20; he says he is "just dropping off". |
| [[DATE:03/03/2023]] | GP | [[SETTING:Cliftonville Brae Surgery]]: [[PERSON:Cathal]] seen with burn to forearm. [[PERSON:Dr Conal Maguire]] accepts account (kettle). Safeguarding flag not checked. |
| [[DATE:21/03/2023]] | Trust | Strategy discussion under the Joint Protocol. [[PERSON:Siobhán]] asks that "[[PERSON:Caoimhe]] isn't made to talk about it again". |
| [[DATE:22/03/2023]] | Trust | ABE interview of [[PERSON:Caoimhe Ní Bhriain]]; she names [[PERSON:Gerry]] and a friend of his, "[[PERSON:Big Deccy]]". |

Panel comment: the child's surname differs from her mother's and brother's. Two agencies held her under "[[PERSON:Breen]]" and one under "[[PERSON:Ní Bhriain]]"; the Trust's system search on [[DATE:02/02/2023]] did not link the PSNI occurrence. Mother's name was also recorded both with and without the fada. The panel recommends that the Trust's records teams record all known variants of a name, in Irish and English, as aliases.
""")

add("nir-03", "family_involvement", """
Family involvement in the review

The independent chair and the SBNI review co-ordinator met the family twice, with a Romanian interpreter and a Roma community link worker, [[PERSON:Costel Căldăraru]], whom the family asked to be present. The chair also spoke by telephone to the children's aunt, [[PERSON:Rose Ciurar]], who now cares for the younger children under a kinship arrangement, on [[PHONE:028 9649 6880]].

The children's mother, [[PERSON:Mirela Ciurar]], told the chair that the family had moved to Belfast in 2019 and had lived at three addresses in the Lisburn Road area, most recently [[ADDRESS:Flat 2, 58 Tates Row, Belfast]] [[POSTCODE:BT9 7HG]]. She said: "Every time we moved, it was a new social worker and I had to tell everything again. [[PERSON:Mihaela]] stopped speaking to them after the second one."

[[PERSON:Mihaela Ciurar]] (born [[DATE_OF_BIRTH:8 November 2009]]) is the eldest child and the subject of this review. She told the chair, in English, that she had been "the mum of the house" since she was eleven and that nobody at school asked why she was late. Her form tutor at [[SETTING:Malone Vale College]], [[PERSON:Mr Declan Furey]], had recorded her as "a delight, very mature", and the chair notes that this maturity may have hidden how much she carried.

[[PERSON:Mirela]] described her partner, [[PERSON:Ionuț Lingurar]] ("[[PERSON:Nelu]]"), as "good with the small ones, bad with drink". She said she had told a health visitor, [[PERSON:Faith McCandless]], about his drinking on [[DATE:30th June 2022]], but that she had asked her not to write it down. [[PERSON:Ms McCandless]] told the review she recorded the conversation as "partner drinks socially", believing that was what [[PERSON:Mirela]] wanted.

The younger children, [[PERSON:Loredana]] (7) and [[PERSON:Ștefan]] (5), drew pictures for the chair. [[PERSON:Loredana]] drew her aunt's house with a garden full of roses and wrote "[[PERSON:Mătușa Rose]]" over the door.

[[PERSON:Rose]] told the chair: "I would have taken them two years ago if someone had asked me. I kept my faith in the system, but it didn't keep faith with us."

The family asked that their experience of moving between workers is heard. The chair has shared the family's words with the panel without change.
""")

add("nir-04", "action_plan", """
Action plan arising from the CMR (working draft, not for circulation)

Recommendation 1 — Information sharing across Trust boundaries

- AP1.1: Southern HSC Trust to complete a records reconciliation for [[PERSON:Tiernan Quinn]] (H&C [[HC_NUMBER:391-046-6281]]) and his half-brother [[PERSON:Jamie-Lee Quinn]] (H&C [[HC_NUMBER:3258701431]]). Lead: [[PERSON:Ursula Devlin]], Principal Social Worker, [[EMAIL:ursula.devlin@southerntrust-sw.example.hscni.net]]. Target: [[DATE:30 September 2024]].
- AP1.2: PSNI Public Protection Branch to confirm that occurrence [[CASE_REFERENCE:PSNI-ND-2024-118734]] has been cross-referenced to the Trust file [[CASE_REFERENCE:SHSCT/FIS/7719046]]. Lead: [[PERSON:DS Colm Treanor]], tel. [[PHONE:028 9649 6045]].

Recommendation 2 — Father's involvement

- AP2.1: The Trust to write to the father, [[PERSON:Pádraig Quinn]] (NI number [[NINO:PR 583019 A]]), offering a meeting to hear his account. He has said through his solicitor that "nobody ever asked me". Lead: [[PERSON:Ursula Devlin]].
- AP2.2: The Trust's legal team to review why [[PERSON:Mr Quinn]] was not sent the Initial Child Protection Case Conference invitation dated [[DATE:2023-11-06]].

Recommendation 3 — School and health liaison

- AP3.1: EA Child Protection Support Service to meet [[SETTING:Drumintee Brae Primary School]] and [[SETTING:Derrymore Lane Nursery Unit]] to review how attendance concerns about [[PERSON:Tiernan]] were escalated. Lead: [[PERSON:Aoibheann Hughes]], [[EMAIL:g.hughes@ea-cpss.example.org.uk]].
- AP3.2: School nursing team to confirm that [[PERSON:Jamie-Lee]]'s enuresis referral (seen by [[PERSON:Nurse Bernadette Donnan]] on [[DATE:12-Dec-2023]]) is now on the child health system.

Recommendation 4 — Transport and supervised contact

- AP4.1: Contact centre to stop accepting transport by [[PERSON:Kieran Hanna]] ("[[PERSON:Kiki]]"), maternal grandmother's partner, after his car [[VEHICLE_REGISTRATION:DJZ 2093]] was seen outside the family home during a period of supervised contact only. Lead: contact services manager.

Monitoring

- AP5.1: The SBNI CMR sub-group will review progress at six and twelve months. Actions AP1.1 to AP4.1 are to be rated red, amber or green. The action plan uses initials where the family has agreed: [[PERSON:TQ]] and [[PERSON:J-LQ]].
""")

# ---------------------------------------------------------------------------
# SCOTLAND
# ---------------------------------------------------------------------------

add("sct-01", "learning_event", """
Learning review: practitioner learning event, notes of table discussions

Facilitator: [[PERSON:Morag Strachan]] (lead reviewer). Venue: Dundee, with some colleagues joining online. Chatham House rule applied; names below are as recorded by the note-taker and must be removed before the report is shared.

Table 1 (health)

[[PERSON:Eilidh MacLennan]], health visitor, said she had "a gut feeling" about [[PERSON:Star]] from the first visit but could not name it. [[PERSON:Star Dunbar]], born [[DATE_OF_BIRTH:3 July 2018]] (CHI [[CHI_NUMBER:030718 8469]]), was described by several people as "a wee shadow" of her big sister, [[PERSON:Jodie Dunbar]] (CHI [[CHI_NUMBER:2711091546]]). [[PERSON:Eilidh]] recalled that the mother, [[PERSON:Dawn Dunbar]], "answered every question before I'd finished asking it".

The GP partner, [[PERSON:Dr Ruaridh Sinclair]] of [[SETTING:Hilltown Medical Group]], said the practice did not know [[PERSON:Jodie]] had stopped attending [[SETTING:Linlathen Heights Academy]] until the school nurse phoned on [[DATE:10 May 2023]].

Table 2 (education and social work)

The depute head of [[SETTING:Craigie Brae Primary]], [[PERSON:Mr Alasdair Cowie]], described [[PERSON:Star]]'s attendance as "fine on paper". [[PERSON:Alasdair]] noted that late marks were not counted. A social worker, [[PERSON:Shona Petrie]], said the Child's Plan had been written "around what [[PERSON:Dawn]] said she could manage, not around what the girls needed".

Participants discussed the visit on [[DATE:23/05/2023]] to [[ADDRESS:2/1, 14 Mains Loan, Dundee]] [[POSTCODE:DD3 8PL]], when nobody answered the door and a neighbour, "[[PERSON:Big Tam]]", said the family "were away to Arbroath". No one checked with [[PERSON:Dawn]]'s sister in Arbroath.

Table 3 (police and third sector)

[[PERSON:PC Gregor Lindsay]] confirmed that the Interagency Referral Discussion did not include education. A Barnardo's worker, [[PERSON:Catriona Meikle]] ([[PHONE:0131 496 0233]]), said [[PERSON:Jodie]] had told her at dawn on a sleepover outreach that "nobody's up in our house till dinner time".

Themes to carry forward

- Disguised compliance and the confident parent.
- Attendance data that hides lateness.
- The voice of the quieter sibling.

Post-event note: [[PERSON:M.S.]] to circulate draft themes to participants. Queries to [[EMAIL:morag.strachan.reviews@example.scot]].
""")

add("sct-02", "analysis", """
Analysis: the Child's Plan, GIRFEC and the role of the named person

This learning review was commissioned by the Highland Child Protection Committee following the death of Baby M, aged eleven weeks, in March 2023. Baby M lived with Mother and Father in a rural part of Highland. Mother had moved from Na h-Eileanan Siar in her second trimester. The review followed the National Guidance for Child Protection in Scotland 2021 (updated 2023) and the Learning Review guidance.

Agencies involved were NHS Highland, NHS Western Isles, Police Scotland, The Highland Council, the Scottish Children's Reporter Administration and Aberlour Children's Charity. The Family Nurse Partnership was not offered because Mother was over the age criterion.

Finding 1: the transfer of care between health boards was treated as an administrative task. The midwife in the Western Isles sent a summary; the receiving Health Visitor 1 saw it three weeks later. Neither spoke directly to the other. Mother told the review that she "felt like a parcel".

Finding 2: Father's previous involvement with services as a teenager, including a Compulsory Supervision Order under the Children's Hearings (Scotland) Act 2011, was known to Police Scotland but was not considered relevant to a newborn. The review found that this history would have informed a pre-birth assessment, had one been held.

Finding 3: Rurality mattered. The nearest health visiting base was 38 miles away. Home visits were rescheduled four times in winter, twice for weather. Practitioners described the family as "hard to reach"; the review found it more accurate to say that services were hard for the family to reach.

Learning Point 2: Families moving between island and mainland communities lose the informal support of Granny, Grandad and neighbours that practitioners may have assumed was there. Maternal grandmother told the review: "Back home everybody would have been in and out. Over there she was on her own with the baby and the rain."

Actions A1 to A4 were agreed by the Chief Officers Group in October 2023. A further briefing, the 7 minute briefing on transfer of care, is available to staff through the Highland Child Protection Committee. Parents can contact Parentline Scotland, and children can contact Childline on 0800 1111.
""")

add("sct-03", "chronology", """
Significant events chronology — extract (Inverness), as supplied by agencies

Key: M = mother; F = father; SW = social worker; HV = health visitor; IRD = Interagency Referral Discussion; CPO = Child Protection Order.

Children: [[PERSON:Rêzan Barzani]], DOB [[DATE_OF_BIRTH:09/04/2012]], CHI [[CHI_NUMBER:0904122875]]; [[PERSON:Hêvî Barzani]], DOB [[DATE_OF_BIRTH:05.03.20]], CHI [[CHI_NUMBER:050320 4129]]. M: [[PERSON:Shilan Ahmadi]]. F: [[PERSON:Karwan Barzani]]. Family friend and informal interpreter: [[PERSON:Li Mei Zhou]] ("[[PERSON:May]]"). Address: [[ADDRESS:9 Culduthel Gardens, Inverness]] [[POSTCODE:IV2 4TR]].

[[DATE:04.01.2023]] — Police Scotland. Call from M via [[PERSON:May]] ([[PHONE:07700 900471]]). F shouted at M in Sorani; [[PERSON:rezan]] called 999 from upstairs. F left in car [[VEHICLE_REGISTRATION:SN68 OTV]] before officers arrived.

[[DATE:05.01.2023]] — Education. [[SETTING:Drummond Park Primary]] DHT [[PERSON:Ms Fiona Urquhart]] told by [[PERSON:Rêzan]] that "Baba broke the door". Concern form sent to SW team.

[[DATE:06.01.2023]] — Social Work. IRD held by phone. HV not invited. Agreed single-agency SW visit. SW [[PERSON:Lachlan Macrae]] visits with a Kurdish interpreter; M says "everything is fine now". [[PERSON:Hêvî]] not seen (asleep).

[[DATE:17.01.2023]] — Health. HV [[PERSON:Wen Jie Lau]] at [[SETTING:Crown Child Health Clinic]] notes [[PERSON:Hêvî]] below 0.4th centile; M says F controls the money. Not shared with SW until [[DATE:3rd February 2023]].

[[DATE:08.02.2023]] — SCRA. Referral to the Reporter, [[CASE_REFERENCE:SCRA/IV/23/000912]].

[[DATE:27.02.2023]] — Police Scotland. F arrested; [[PERSON:Karwan]] later released on undertaking. Crime ref [[CASE_REFERENCE:PS-20230227-4419]].

[[DATE:28.02.2023]] — CPO granted. Both children placed with [[PERSON:Mrs Nasrin Qadir]], M's cousin, a kinship carer in Nairn.

Reviewer's note: the friend who interpreted for M, [[PERSON:Zhou]], was also the person who first reported concern. The chronology shows that agencies repeatedly relied on her to translate, which placed her in an impossible position and meant M could not speak freely. [[PERSON:Shilan]] told the review: "[[PERSON:May]] is my friend. I could not tell her everything."
""")

add("sct-04", "findings", """
Findings

Finding 1: Services did not hear the young person's own account of what home was like.

[[PERSON:Ifrah Dirie]] was fifteen when she was referred to the Glasgow City HSCP by [[SETTING:Govanhill Riverside High School]] on [[DATE:22 November 2022]]. In her first meeting with the pastoral care teacher, [[PERSON:Mrs Anjali Ferguson]], she said she was "being sent to marry in the summer". [[PERSON:Ifrah]]'s words were recorded accurately but the referral form summarised them as "family conflict about cultural expectations". The review found that the summary, not the words, shaped the response.

Finding 2: The father was treated as the family's spokesperson.

Meetings with the family were arranged through [[PERSON:Mr Abdiwali Dirie]], who gave his mobile number ([[PHONE:0141 496 0658]]) as the only contact. [[PERSON:Ifrah]]'s mother, [[PERSON:Fadumo Ismail]], did not attend any meeting. When the review spoke to [[PERSON:Fadumo]], through a Somali interpreter, she said: "Nobody asked me. I would have said to them, help my daughter."

Finding 3: Specialist knowledge was available but not sought.

The review heard from [[PERSON:Sunita Gurung]], a specialist worker in a forced marriage service, that she had been "two floors away" and could have advised on the same day. Her service was not contacted until [[DATE:12/01/2023]], after [[PERSON:Ifrah]] told a friend, [[PERSON:Bishnu Tamang]], who told her own mother, [[PERSON:Mrs Pema Tamang]]. [[PERSON:Mrs Tamang]] phoned the police.

Finding 4: The Forced Marriage Protection Order process worked well once started.

An order was granted within 24 hours. [[PERSON:Ifrah]] was placed at [[SETTING:Thornwood House Children's Unit]] and later with foster carers. Her passport, and the ticket booked for [[DATE:2023-07-15]], were retained. Police Scotland's record is [[CASE_REFERENCE:GLA/FMU/23/0041]]; the Social Work file number is [[CASE_REFERENCE:SWS-GC-6620317]].

[[PERSON:Ifrah]], now eighteen, asked the review to include this: "I want other girls to know that someone will believe them. Tell them to keep the number for Childline, 0800 1111, in their phone."

The review shares her hope.
""")

# ---------------------------------------------------------------------------
# WALES
# ---------------------------------------------------------------------------

add("wal-01", "background", """
Background to the review

This Single Unified Safeguarding Review (SUSR) concerns two brothers, [[PERSON:Tomás Carvalho]] and [[PERSON:Duarte Carvalho]], who lived in Splott, Cardiff, with their mother, [[PERSON:Ana Paula Carvalho]], and her partner, [[PERSON:Cai Prosser]]. The boys' father, [[PERSON:João Carvalho]], returned to Madeira in 2020 and kept in touch by video call.

[[PERSON:Tomás]] was born on [[DATE_OF_BIRTH:14th February 2016]] (NHS number [[NHS_NUMBER:611 904 5287]]) and attended [[SETTING:Ysgol Gynradd Nant Tremorfa]], a Welsh-medium primary school, where he was described by his teacher, [[PERSON:Mrs Carys Bowen-Jenkins]], as "a bright boy who stopped bringing his reading book". [[PERSON:Duarte]], born [[DATE_OF_BIRTH:2019-10-02]] (NHS number [[NHS_NUMBER:9420173658]]), attended [[SETTING:Meithrinfa Tŷ Enfys]] part-time through Flying Start.

The family lived at [[ADDRESS:33 Moorland Row, Splott, Cardiff]] [[POSTCODE:CF24 2EQ]], a privately rented terrace with damp in both bedrooms. [[PERSON:Ana Paula]] worked evening shifts at a food processing plant and [[PERSON:Cai]] looked after the boys. A neighbour, [[PERSON:Mrs Eirlys Thomas]], told police she often heard [[PERSON:Prosser]] "bellowing" and once saw [[PERSON:Tomás]] sitting on the doorstep in his pyjamas at 11 at night.

On [[DATE:18 March 2023]] [[PERSON:Duarte]] was taken to the Children's Hospital for Wales by ambulance with burns to both feet. [[PERSON:Cai Prosser]] said the bath had been "too hot by accident". [[PERSON:Dr Sioned Prys]], consultant paediatrician, considered the pattern consistent with forced immersion. South Wales Police were informed and [[PERSON:Prosser]] was arrested that evening; his van, [[VEHICLE_REGISTRATION:CY19 WJF]], was seized.

Cardiff Children's Services had received two earlier referrals: one from the health visitor, [[PERSON:Nia Vaughan]], on [[DATE:21/09/2022]], and one from [[SETTING:Ysgol Gynradd Nant Tremorfa]] on [[DATE:11.01.2023]]. Both were closed after a phone call with [[PERSON:Ana Paula]] on [[PHONE:029 2018 0376]]. The children's services record is [[CASE_REFERENCE:CDF-CS-2022-45108]].

The Cardiff and Vale Regional Safeguarding Board commissioned this review under the Social Services and Well-being (Wales) Act 2014 and the Wales Safeguarding Procedures. [[PERSON:Ana Paula]] has contributed, through a Portuguese interpreter, and asked that the boys be called "the brothers" in the published report.
""")

add("wal-02", "key_practice_episode", """
Key Practice Episode 3: the school's referral and the strategy discussion

On Monday [[DATE:6 March 2023]] at 08:55 [[PERSON:Sumaiya Rahman]], aged 13, arrived at [[SETTING:Ysgol Cwm Hafod]] with a cut lip. She told her form tutor, [[PERSON:Mr Huw Llewellyn]], that her uncle, [[PERSON:Shahjahan Uddin]], had "slapped me for talking to a boy". The tutor wrote down her words and took her to the Designated Safeguarding Person, [[PERSON:Ms Lowri Griffiths-Ali]].

[[PERSON:Ms Griffiths-Ali]] telephoned the Swansea Single Point of Contact at 09:20 and followed up with a written referral quoting [[PERSON:Sumaiya]]'s UPN ([[UPN:R201755380946]]) and that of her sister [[PERSON:Nusrat Rahman]] ([[UPN:C871046032718]]), who attended the same school. The referral gave the family address as [[ADDRESS:12 Heol Hafod, Hafod, Swansea]] [[POSTCODE:SA1 2HZ]] and the mother's mobile as [[PHONE:07700 900163]].

The mother, [[PERSON:Rokeya Begum]], arrived at school at 11:00 with [[PERSON:Mr Uddin]]. She spoke Sylheti and limited English. School staff asked [[PERSON:Nusrat]], aged 15, to interpret; the reviewer considers this should not have happened. [[PERSON:Sumaiya]] later told the reviewer: "[[PERSON:Nusrat]] changed what I said so Amma wouldn't cry."

A strategy discussion was held at 15:30 with the social worker, [[PERSON:Gethin Rowlands]], a detective constable from South Wales Police, [[PERSON:DC Farhana Chowdhury]], and the school nurse. The discussion recorded [[PERSON:Uddin]]'s National Insurance number ([[NINO:SH 74 02 61 D]]) so that the police could check whether he was known. He was not. The health board was not represented, and the GP at [[SETTING:Tawe Riverside Surgery]] was not asked whether [[PERSON:Sumaiya]] had previously presented with injuries. She had, twice, in 2022.

The decision was that a Section 47 enquiry was not needed because [[PERSON:Mr Uddin]] agreed to "stay with his brother in Port Talbot" for a week. No written agreement was made and no one checked. [[PERSON:Sumaiya]] was recorded as "safe at home" that evening.

Reviewer's analysis: this episode shows how quickly a clear disclosure was reframed as a family matter. It also shows that the children's own voices were heard first by school staff and then diluted at each step.
""")

add("wal-03", "recommendations", """
Recommendations and proposed actions

The North Wales Safeguarding Board is asked to accept the following recommendations arising from this Single Unified Safeguarding Review concerning Child T, a girl aged seven, and her half-brother, Child U, aged three. The children lived with Mother and Stepfather in Gwynedd and spent most weekends with Nain and Taid on a farm in Anglesey. Child T called her mother "Mam" and her grandmother "Nain"; practitioners recorded both words in case notes as if they were names, which the review found caused confusion when the children were first spoken to in English.

Recommendation 1 (R1): Betsi Cadwaladr University Health Board should ensure that health visitors record the language a child uses at home and that an interview in Welsh is offered as of right under the Welsh Language (Wales) Measure 2011.

Recommendation 2 (R2): Cyngor Gwynedd and Isle of Anglesey County Council should agree a protocol for children who spend significant time in both authorities, so that the lead authority is clear from the first referral. Action A3 will test this through a multi-agency audit.

Recommendation 3 (R3): Schools should be reminded that the Designated Safeguarding Person must make a referral themselves, not rely on a parent's promise to "sort it out". The Family Support Worker and Health Visitor 1 each had information that, put together, would have met the threshold for a strategy discussion under the Wales Safeguarding Procedures.

Recommendation 4 (R4): The Board should publish a 7 minute briefing in Welsh and English on the learning, including the voice of the child. Child T told the reviewer that she had wanted to tell someone "since the rose bush came out", meaning spring, and that she "didn't have the words in English". Taid said the family "will always be grateful to the teacher who noticed".

Learning Point 2: a willing, loving extended family can be a protective factor and can also hide harm; the two are not opposites. Granny on the paternal side was not contacted at all.

Progress against R1 to R4 will be reported to the Board quarterly, with the first report due in June 2024. Children who need help can call Meic on 080880 23456 or Childline on 0800 1111.
""")

add("wal-04", "learning_event", """
Practitioner learning event: notes for the review team (not for publication)

The event was held in Caernarfon and chaired by the reviewer, [[PERSON:Gwenllian Hughes-Parry]]. Practitioners were invited to speak about the family of [[PERSON:Hope Jones]] (DOB [[DATE_OF_BIRTH:April 3, 2014]]; NHS [[NHS_NUMBER:703 558 2193]]) and her brothers [[PERSON:River]] and [[PERSON:Will]]. The children lived with their mother, [[PERSON:Angel Jones]], and her partner, [[PERSON:Dylan Roberts]] ("[[PERSON:Dyl]]"), at [[ADDRESS:5 Stryd y Llan, Penygroes]] [[POSTCODE:LL54 6NB]], before moving to her father's farm near Beddgelert.

Themes raised

- The school nurse, [[PERSON:Grace Owen]], said [[PERSON:Hope]] "always had a reason" for missing PE. She had written to the GP at [[SETTING:Meddygfa Pen y Garth]] on [[DATE:16 June 2022]] but heard nothing back. [[PERSON:Grace]] felt she "should have chased it".
- The Teaching Assistant at [[SETTING:Ysgol Llwyn Rhedyn]], [[PERSON:Mererid ap Iorwerth]], said [[PERSON:River]] drew pictures of a man with a belt, which she shared with the head, [[PERSON:Mr Iwan Parri]], on [[DATE:04/10/2022]]. [[PERSON:Mr Parri]] told the event he had "no doubt it was passed on" but there is no record of it.
- A family support worker said [[PERSON:Angel]] "would phone in tears from the lay-by" and gave the number she used, [[PHONE:01632 960482]], which was not on the Gwynedd record.
- Police described [[PERSON:Roberts]]'s vehicle, [[VEHICLE_REGISTRATION:CU22 HVN]], being stopped twice on the A487 with [[PERSON:Will]], aged four, unrestrained in the front seat.
- [[PERSON:Dyl]]'s National Insurance number ([[NINO:EB 39 82 15 B]]) appeared on a benefits letter left in the file of another family, which was reported as a data breach.

What went well

Practitioners spoke with warmth about [[PERSON:Hope]]. Several said she was "the joy of the classroom" and that they had "every hope" for her now that she is with her grandparents. [[PERSON:Hope]] herself told the reviewer she wants "to be a vet and have a horse of my own".

Actions

- [[PERSON:G.H.-P.]] to send notes to attendees for accuracy, replies to [[EMAIL:gwenllian.hp@example-review.cymru]].
- Case file [[CASE_REFERENCE:GWY-PLANT-22-3318]] to be requested from Gwynedd Children and Families Service.
""")


# ---------------------------------------------------------------------------
# Marker stripping
# ---------------------------------------------------------------------------

MARKER_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def strip_markers(raw: str) -> tuple[str, list[dict]]:
    raw = unicodedata.normalize("NFC", raw.strip())
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    length = 0
    for m in MARKER_RE.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        ety, etx = m.group(1), m.group(2)
        ents.append({"start": length, "end": length + len(etx),
                     "type": ety, "text": etx})
        out.append(etx)
        length += len(etx)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), ents


# ---------------------------------------------------------------------------
# Identifier validators
# ---------------------------------------------------------------------------

def compact(value: str) -> str:
    return re.sub(r"[\s\-]", "", value)


def mod11_ok(digits: str) -> bool:
    """NHS / CHI / H&C: weights 10..2 over 9 digits; 11-(sum%11); 11->0; 10 invalid."""
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def chi_date(digits: str) -> datetime.date | None:
    dd, mm, yy = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    for century in (2000, 1900):
        try:
            return datetime.date(century + yy, mm, dd)
        except ValueError:
            continue
    return None


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_ok(value: str) -> bool:
    s = compact(value)
    if not re.fullmatch(r"[A-HJ-NP-RT-Z]\d{12}", s):
        return False
    total = sum(int(c) * w for c, w in zip(s[1:], range(2, 14)))
    return UPN_LETTERS[total % 23] == s[0]


NINO_RE = re.compile(
    r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")

DRAMA_PREFIXES = (
    "07700900", "02079460", "01134960", "01144960", "01154960", "01164960",
    "01174960", "01184960", "01214960", "01314960", "01414960", "01514960",
    "01614960", "01914980", "02896496", "02920180", "01632960",
)


def phone_digits(value: str) -> str:
    v = value.strip().replace("(0)", "")
    d = re.sub(r"\D", "", v)
    if v.startswith("+44"):
        d = "0" + d[2:]
    return d


def phone_ok(value: str) -> bool:
    d = phone_digits(value)
    return len(d) == 11 and d.startswith(DRAMA_PREFIXES)


POSTCODE_RE = re.compile(r"(GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
VEHICLE_GB_RE = re.compile(r"[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}")
VEHICLE_NI_RE = re.compile(r"[A-Z]{3} ?\d{1,4}")

DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d/%m/%Y", "%d/%m/%y",
    "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d-%b-%Y", "%d-%m-%Y",
)


def parse_date(value: str) -> datetime.date | None:
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value.strip())
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    return None


def entity_format_error(ety: str, value: str) -> str | None:
    d = compact(value)
    if ety == "NHS_NUMBER":
        if not mod11_ok(d):
            return "NHS number fails mod-11"
        if 320 <= int(d[:3]) <= 399:
            return "NHS number in the H&C range"
    elif ety == "CHI_NUMBER":
        if not mod11_ok(d):
            return "CHI fails mod-11"
        if chi_date(d) is None:
            return "CHI does not start with a valid DDMMYY"
        sex = CHI_SEX.get(d)
        if sex is None:
            return "CHI not listed in CHI_SEX"
        if (int(d[8]) % 2 == 1) != (sex == "M"):
            return "CHI 9th digit parity does not match sex"
    elif ety == "HC_NUMBER":
        if not mod11_ok(d):
            return "H&C fails mod-11"
        if not 320 <= int(d[:3]) <= 399:
            return "H&C outside 320-399"
    elif ety == "NINO":
        if not NINO_RE.fullmatch(d):
            return "invalid NINO"
    elif ety == "UPN":
        if not upn_ok(value):
            return "invalid UPN"
    elif ety == "PHONE":
        if not phone_ok(value):
            return "phone outside Ofcom drama ranges"
    elif ety == "POSTCODE":
        if not POSTCODE_RE.fullmatch(value):
            return "invalid postcode shape"
    elif ety == "EMAIL":
        if not EMAIL_RE.fullmatch(value):
            return "invalid email"
    elif ety == "VEHICLE_REGISTRATION":
        ni = VEHICLE_NI_RE.fullmatch(value) and re.search(r"[IZ]", value[:3])
        if not (VEHICLE_GB_RE.fullmatch(value) or ni):
            return "invalid vehicle registration"
    elif ety in ("DATE", "DATE_OF_BIRTH"):
        if parse_date(value) is None:
            return "unparseable date"
    return None


# ---------------------------------------------------------------------------
# Whole-text checks
# ---------------------------------------------------------------------------

MONTHS = ("January|February|March|April|May|June|July|August|September|"
          "October|November|December")
MON = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
MUST_BE_ANNOTATED = {
    "full date": re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}|{MON})\s+\d{{4}}\b"
        rf"|\b(?:{MONTHS}|{MON})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}\b"
        r"|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"
        r"|\b\d{4}-\d{2}-\d{2}\b"
        rf"|\b\d{{1,2}}-(?:{MON})-\d{{2,4}}\b"),
    "email": EMAIL_RE,
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"),
    "ten-digit number": re.compile(
        r"(?<![\w])(?:\d{3}[ \-]?\d{3}[ \-]?\d{4}|\d{6}[ \-]?\d{4})(?![\w])"),
    "NINO-like": re.compile(
        r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D]\b"),
    "UPN-like": re.compile(r"\b[A-Z]\d{12}\b"),
    "GB registration": re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b"),
    "NI registration": re.compile(r"\b[A-Z]{0,2}[IZ][A-Z]{0,2} \d{1,4}\b"),
}
PHONE_CANDIDATE_RE = re.compile(
    r"(?<![\w+])(?:\+44[ \-]?|0)\d[\d \-]{7,12}\d(?![\w])")
PSEUDONYM_RE = re.compile(
    r"^(?:Child|Baby|Young Person|Sibling|Social Worker|Health Visitor|"
    r"Mother|Father|Stepfather|Stepmother|Maternal|Paternal|the GP|"
    r"School Nurse|Family Support Worker|Granny|Grandad|Nain|Taid|Mam)\b")
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "DS", "DC", "DI", "PC",
          "Constable", "Nurse", "Auntie", "Pastor"}
# Words that must stay present in the no-entity excerpts, as bait (>= 4 each).
BAIT_RE = re.compile(
    r"\b(?:Child [A-Z]|Baby [A-Z]|Young Person [A-Z]|Mother|Father|Stepmother|"
    r"Stepfather|Maternal|Sibling \d|Health Visitor \d|Family Support Worker|"
    r"the GP|Granny|Grandad|Nain|Taid|Mam|Finding \d|Learning Point \d|"
    r"[AR]\d|Childline|hope|grace|will|joy|faith|rose|brook)\b")


def inside(start: int, end: int, ents: list[dict]) -> bool:
    return any(e["start"] <= start and end <= e["end"] for e in ents)


def validate(records: list[dict]) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    per_nation = Counter()
    for rec in records:
        rid, text, ents = rec["id"], rec["text"], rec["entities"]
        w = f"{rid}:"
        if rid in seen:
            errors.append(f"{w} duplicate id")
        seen.add(rid)
        if not re.fullmatch(r"(eng|nir|sct|wal)-\d{2}", rid):
            errors.append(f"{w} bad id")
        if rec["nation"] != NATIONS.get(rid[:3]):
            errors.append(f"{w} nation mismatch")
        per_nation[rec["nation"]] += 1
        if rec["section"] not in SECTIONS:
            errors.append(f"{w} unknown section {rec['section']!r}")
        n = len(text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            errors.append(f"{w} {n} words (must be {MIN_WORDS}-{MAX_WORDS})")
        if "[[" in text or "]]" in text:
            errors.append(f"{w} unconsumed marker")

        last = -1
        for e in ents:
            s, t, ty, tx = e["start"], e["end"], e["type"], e["text"]
            if ty not in ENTITY_TYPES:
                errors.append(f"{w} unknown type {ty}")
            if text[s:t] != tx:
                errors.append(f"{w} offset mismatch {tx!r}")
            if not tx or tx != tx.strip() or tx[0] in "'\"(,;:" or tx[-1] in "'\"),;:":
                errors.append(f"{w} badly trimmed {tx!r}")
            if tx.endswith("'s"):
                errors.append(f"{w} possessive inside span {tx!r}")
            if s < last:
                errors.append(f"{w} overlap/unsorted at {s}")
            last = t
            if PSEUDONYM_RE.match(tx):
                errors.append(f"{w} pseudonym/role annotated {tx!r}")
            msg = entity_format_error(ty, tx)
            if msg:
                errors.append(f"{w} {ty} {tx!r}: {msg}")
            if ty == "DATE" and re.match(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", tx):
                errors.append(f"{w} weekday inside date {tx!r}")
        for a, b in zip(ents, ents[1:]):
            if a["type"] == "ADDRESS" and b["type"] != "POSTCODE":
                errors.append(f"{w} address {a['text']!r} not followed by postcode")

        for label, rx in MUST_BE_ANNOTATED.items():
            for m in rx.finditer(text):
                if not inside(m.start(), m.end(), ents):
                    errors.append(f"{w} unannotated {label}: {m.group(0)!r}")
        for m in PHONE_CANDIDATE_RE.finditer(text):
            if phone_ok(m.group(0)) and not inside(m.start(), m.end(), ents):
                errors.append(f"{w} unannotated phone {m.group(0)!r}")

        needles: set[str] = set()
        for e in ents:
            needles.add(e["text"])
            if e["type"] == "PERSON":
                for tok in e["text"].split():
                    tok = tok.strip(".,'\"()")
                    if len(tok) >= 3 and tok[0].isupper() and tok not in TITLES:
                        needles.add(tok)
        for needle in needles:
            for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
                if not inside(m.start(), m.end(), ents):
                    errors.append(f"{w} unannotated repeat of {needle!r} at {m.start()}")

        if not ents and len(BAIT_RE.findall(text)) < 4:
            errors.append(f"{w} no-entity excerpt has too little bait")

    for nation in NATIONS.values():
        if per_nation[nation] != PER_NATION:
            errors.append(f"{nation}: {per_nation[nation]} excerpts (expected {PER_NATION})")
        clean_n = sum(1 for r in records if r["nation"] == nation and not r["entities"])
        if clean_n != 1:
            errors.append(f"{nation}: {clean_n} no-entity excerpts (expected 1)")
    clean = sum(1 for r in records if not r["entities"])
    if clean != CLEAN_EXPECTED:
        errors.append(f"{clean} no-entity excerpts (expected {CLEAN_EXPECTED})")
    return errors


def assert_invariants(records: list[dict]) -> None:
    for rec in records:
        text = rec["text"]
        prev = -1
        for e in rec["entities"]:
            assert text[e["start"]:e["end"]] == e["text"], (rec["id"], e)
            assert e["start"] >= prev, (rec["id"], e)
            prev = e["end"]
            if e["type"] in ("NHS_NUMBER", "CHI_NUMBER", "HC_NUMBER"):
                assert mod11_ok(compact(e["text"])), (rec["id"], e["text"])
            if e["type"] == "UPN":
                assert upn_ok(e["text"]), (rec["id"], e["text"])


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def build_records() -> list[dict]:
    records = []
    for ex in EXCERPTS:
        text, ents = strip_markers(ex["raw"])
        records.append({"id": ex["id"], "nation": NATIONS[ex["id"][:3]],
                        "section": ex["section"], "text": text,
                        "entities": ents})
    return records


def serialise(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict]) -> str:
    nations = list(NATIONS.values())
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        for e in r["entities"]:
            counts[e["type"]][r["nation"]] += 1
    head = f"{'type':<22}" + "".join(f"{n[:8]:>10}" for n in nations) + f"{'total':>8}"
    lines = [head]
    tot = Counter()
    for ty in ENTITY_TYPES:
        row = counts[ty]
        tot.update(row)
        lines.append(f"{ty:<22}" + "".join(f"{row[n]:>10}" for n in nations)
                     + f"{sum(row.values()):>8}")
    lines.append(f"{'ALL ENTITIES':<22}" + "".join(f"{tot[n]:>10}" for n in nations)
                 + f"{sum(tot.values()):>8}")
    ex_all = Counter(r["nation"] for r in records)
    ex_clean = Counter(r["nation"] for r in records if not r["entities"])
    words = Counter()
    for r in records:
        words[r["nation"]] += len(r["text"].split())
    for label, c in (("excerpts", ex_all), ("  with no entities", ex_clean),
                     ("words", words)):
        lines.append(f"{label:<22}" + "".join(f"{c[n]:>10}" for n in nations)
                     + f"{sum(c.values()):>8}")
    lines.append("")
    lines.append("per excerpt: id, section, words, entities")
    for r in records:
        lines.append(f"  {r['id']}  {r['section']:<22}{len(r['text'].split()):>5}"
                     f"{len(r['entities']):>5}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build heldout-3.jsonl")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    records = build_records()
    errors = validate(records)
    if errors:
        for err in errors:
            print("ERROR", err, file=sys.stderr)
        print(f"{len(errors)} validation error(s); nothing written", file=sys.stderr)
        print(summary(records), file=sys.stderr)
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
            print(f"{args.out} missing or out of date", file=sys.stderr)
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
