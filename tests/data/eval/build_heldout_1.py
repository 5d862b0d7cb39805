#!/usr/bin/env python3
"""Build the HELD-OUT labelled test corpus for the anonymisation checker.

24 invented DRAFT excerpts from UK child safeguarding case reviews, 6 per
nation (England, Northern Ireland, Scotland, Wales). 18 contain identifiers,
each wrapped in an inline marker `[[TYPE:exact text]]`; 6 contain none (they
are correctly pseudonymised text full of identifier-like bait).

Everything here is fictional: people, families, practitioners, addresses,
settings, numbers and events. Agency names, councils, health boards, police
forces and legislation are real, because published reports keep them.
Phone numbers come from Ofcom's drama ranges; NHS/CHI/H&C numbers carry valid
mod-11 check digits; UPNs carry valid modulus-23 check letters.

Writes heldout-1.jsonl beside this file in the same record format as the
development corpus: {"id", "nation", "section", "text", "entities"}.

Standard library only.

    python build_heldout_1.py            # validate, write heldout-1.jsonl, print table
    python build_heldout_1.py --check    # validate and confirm heldout-1.jsonl is current
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "heldout-1.jsonl")

ENTITY_TYPES = (
    "PERSON", "DATE_OF_BIRTH", "DATE", "ADDRESS", "POSTCODE", "SETTING",
    "NHS_NUMBER", "CHI_NUMBER", "HC_NUMBER", "NINO", "UPN", "PHONE", "EMAIL",
    "CASE_REFERENCE", "VEHICLE_REGISTRATION",
)
NATIONS = {"eng": "england", "nir": "northern_ireland", "sct": "scotland",
           "wal": "wales"}
SECTIONS = (
    "chronology", "key_practice_episode", "analysis", "findings",
    "recommendations", "action_plan", "executive_summary",
    "terms_of_reference", "family_involvement", "learning_event",
    "background",
)
PER_NATION = 6
EXPECTED_CLEAN = 6
MIN_WORDS, MAX_WORDS = 150, 400

EXCERPTS: list[dict] = []


def add(id_: str, section: str, raw: str) -> None:
    EXCERPTS.append({"id": id_, "section": section, "raw": raw})


# ---------------------------------------------------------------------------
# ENGLAND
# ---------------------------------------------------------------------------

add("eng-01", "chronology", """
Draft chronology of significant events (extract, version 3)

Monday [[DATE:9 January 2023]]: Health Visitor 2 made a routine home visit to Baby L, then seven weeks old, at [[ADDRESS:Flat 4, 118 Eccles Old Road, Salford]] [[POSTCODE:M6 8QL]]. Mother, [[PERSON:Marta Zielińska]], said he had been 'sicky' since the weekend. The visit record gives his NHS number as [[NHS_NUMBER:977 338 5701]]. Mother's partner, [[PERSON:Łukasz Brzeziński]], was said to be asleep upstairs and was not seen.

[[DATE:17/01/2023]]: The eight-week check took place at [[SETTING:Weaste Lane Medical Practice]]. [[PERSON:Dr Saima Siddiqui]] recorded a 1cm bruise behind the left ear and accepted the explanation that Sibling 1, whom the family call '[[PERSON:Kuba]]', had poked the baby with a toy. The bruise was not considered against the partnership's protocol for bruising in non-mobile babies and no referral was made.

[[DATE:2nd February 2023]]: At 06:15 Mother called 999 from [[PHONE:0161 496 0372]] because Baby L was 'not waking properly'. He was taken to Royal Manchester Children's Hospital, where a skeletal survey found three healing rib fractures. Greater Manchester Police opened log [[CASE_REFERENCE:GMP-230202-1147]]. Mother's partner told [[PERSON:DC Orla Brennan]] that he had 'only ever bathed him'.

[[DATE:3.2.23]]: A Strategy Discussion chaired by Salford City Council agreed that Section 47 enquiries would begin. Sibling 1, aged three, went to stay with a maternal aunt, [[PERSON:Ewelina Zielińska]], under a safety plan. The duty social worker's case note reads: 'spoke to [[PERSON:marta]] by phone via interpreter, she is very frightened of losing both boys'.

[[DATE:14 February 2023]]: Initial Child Protection Conference, chaired by [[PERSON:Neil Lomax]]. Both children became subject to Child Protection Plans under the category of physical abuse. Mother attended with a Polish interpreter; Mother's partner sent apologies by text message twenty minutes before the start.
""")

add("eng-02", "key_practice_episode", """
Key Practice Episode 3: the arrest at the coach station (spring 2024)

On Thursday [[DATE:18 April 2024]] British Transport Police stopped Young Person D, then 15, at Plymouth coach station with 24 wraps of crack cocaine and £310 in cash. He gave his name as '[[PERSON:Liban]]' and a date of birth of [[DATE_OF_BIRTH:06/11/2008]]; his full name, [[PERSON:Libaan Jama]], was confirmed when his mother, [[PERSON:Ubah Nur]], arrived at the custody suite. A second boy, known on the line as '[[PERSON:Sunny]]', ran off before he could be detained. The handset seized from Young Person D held a contact saved as 'Boss' with the number [[PHONE:07700 900583]] and messages arranging collection by a grey Audi A3, [[VEHICLE_REGISTRATION:WU68 BFN]].

Devon and Cornwall Police recorded the arrest under crime number [[CASE_REFERENCE:CR/0457781/24]]. The custody record noted 'possible county lines victim', but the National Referral Mechanism referral was not submitted until [[DATE:29/04/2024]], eleven days later. The Youth Justice Service worker, [[PERSON:Guy Pengelly]], told the review he had assumed that the custody sergeant would make it. He was candid that the team had no agreed rule about who owns the referral.

The Designated Safeguarding Lead at [[SETTING:Stonehouse Creek Academy]], [[PERSON:Mrs Sky Treloar]], emailed the Plymouth City Council front door from [[EMAIL:s.treloar@stonehousecreek.sch.uk]] the next morning to say that [[PERSON:Liban]] had missed 19 of the previous 30 sessions and that his older brother had been permanently excluded the year before. The email was logged as a contact but not linked to the police notification, so the two accounts were never read together.

This episode matters because every indicator of criminal exploitation was present and recorded within 24 hours: a child far from home, drugs and cash, an adult controller with a vehicle, and school absence. What was missing was a single owner. The review returns to this in Finding 2.
""")

add("eng-03", "analysis", """
Analysis: was the child's voice heard?

Child F's class teacher, [[PERSON:Miss Faith Adebanjo]], knew her better than any other professional. Between September 2022 and March 2023 she logged eleven concerns on the school's safeguarding system, which refers to Stepfather throughout as '[[PERSON:SR]]': hunger at breakfast club, a burn on the forearm that [[PERSON:Rumana]] said came from 'the iron', and drawings of a house with a locked door. Each was recorded in good faith and passed on, but the pattern was never set out in a single referral to Kirklees Children's Services.

The Early Help Assessment was completed by [[PERSON:Will Ashworth]] of the Family Support Team in November 2022. [[PERSON:Will]] visited the home four times and saw Child F alone once, on [[DATE:21st November 2022]], in the kitchen while Stepfather, [[PERSON:Shahid Rafiq]], sat in the next room. The assessment describes her as 'quiet but happy'. It is not surprising that she said little. [[PERSON:Mr Rafiq]] controlled the household's money: the Universal Credit claim was held in his name alone under National Insurance number [[NINO:PX 61 44 27 C]], and Mother, [[PERSON:Shirin Sultana]], told the review that she had to ask him for the bus fare to take the youngest to [[SETTING:Tiny Steps Day Nursery]].

Information that would have changed the picture sat in the education record. [[PERSON:Rumana]]'s file at [[SETTING:Calder Holme Primary School]] (UPN [[UPN:Z931390511981]]) showed three school moves in two years, each following contact from a previous local authority. The transfer documents did not arrive until [[DATE:06.02.2023]], by which point the Early Help plan had been closed as 'goals met'.

The review concludes that practitioners were caring and willing but were working with fragments. Learning Point 2 addresses how a school chronology could have been brought together, and the hope expressed by Mother that 'someone would ask me without him there'.
""")

add("eng-04", "recommendations", """
Recommendations

The review makes five recommendations to the Medway Safeguarding Children Partnership. Each is linked to a finding and will be monitored through the partnership's Learning and Improvement Subgroup.

Recommendation 1 (Finding 1): The partnership should seek assurance, within six months of publication, that the protocol for bruising in non-mobile babies is understood and used by the GP, health visiting and emergency department staff who saw Baby K. Kent and Medway Integrated Care Board should report audit results by March 2025.

Recommendation 2 (Finding 2): Medway Council Children's Services and Kent Police should agree how a Strategy Discussion is convened out of hours when a baby under six months has an unexplained injury, so that the decision does not rest with one practitioner. Social Worker 1 told the review she 'felt completely on her own' at 11pm.

Recommendation 3 (Finding 3): Agencies should routinely ask about every adult in the household. Mother's partner and Father were both described in records only as 'Dad', and neither was seen by Health Visitor 3 in the eleven weeks of Baby K's life.

Recommendation 4 (Finding 4): The partnership should test whether practitioners understand the Children Act 1989 threshold for section 47 enquiries and the guidance in Working Together to Safeguard Children 2023. A rose-tinted reading of a parent's explanation is not the same as professional curiosity.

Recommendation 5: The partnership should publish a 7 minute briefing and circulate it to all schools and early years providers. It should include the numbers that families and children can use: the NSPCC helpline on 0808 800 5000 and Childline on 0800 1111.

The partnership will, in good faith, share progress with Mother and with the maternal grandmother, who asked to be kept informed. Action A3 sits with the Designated Nurse; action A5 with the Business Manager.
""")

add("eng-05", "family_involvement", """
Family involvement

The lead reviewer met Mother, [[PERSON:Florentina Căldăraru]], twice at the family's home, [[ADDRESS:16 Ravenhurst Close, Luton]] [[POSTCODE:LU4 0NP]], with an interpreter who spoke Romanian and Romani. She asked that the report 'tell the truth about how we were spoken to'. The review is grateful for her openness.

Mother described arriving in England in 2019 with three children and applying for settled status; letters from the Home Office, reference [[CASE_REFERENCE:R1194732]], were kept in a carrier bag because she could not read them. Her eldest, [[PERSON:Loredana]] (born [[DATE_OF_BIRTH:12 August 2009]]), had been 'the one who translated everything' from the age of ten, including at her own medical appointments. The family called her [[PERSON:Lori]].

Mother's account of the night her daughter first went missing, in March 2022, differs from agency records. She said that she telephoned Bedfordshire Police at 9pm on the [[DATE:3rd of March]] and again the next morning, and that nobody rang her back on [[PHONE:07700 900146]]. The police system shows one call, logged under [[CASE_REFERENCE:BDP/22/0318554]]. Mother's friend [[PERSON:Rodica]] told the review that she had warned the school. Mother believes her uncle-in-law, [[PERSON:Costel Vișan]], had been taking her daughter 'to work' in a car wash; he has since left the country.

Mother spoke warmly of the foster carer, [[PERSON:Precious Nwachukwu]]. 'She is the first one who asked me what [[PERSON:Loredana]] likes to eat,' she said. The foster carer told the review that she had learned a few words of Romanian so that the girl would feel less alone.

[[PERSON:Loredana]], now 15, chose not to meet the reviewer but wrote a letter with her advocate, [[PERSON:Autumn Reilly]]. In it she says that professionals 'always talked to the adult who shouted the loudest'. Her words are reproduced with her permission in the Learning Summary.
""")

add("eng-06", "executive_summary", """
Executive summary

1. This local child safeguarding practice review concerns Child B, a boy who was 13 when he was seriously injured in a fall from a multi-storey car park in August 2023. The Sunderland Safeguarding Children Partnership commissioned the review after a Rapid Review found that agencies had been aware of his distress for at least 18 months.

2. Child B lived with Mother, Stepfather and Sibling 2, aged five. His own father lived in Gateshead and had not seen him for several years; Child B called Stepfather 'Dad' and described him as 'the one who sorts the bills'. Together for Children, Northumbria Police, Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust and South Tyneside and Sunderland NHS Foundation Trust all contributed chronologies.

3. Between February 2022 and July 2023 Child B was seen on four occasions by the Children and Young People's Mental Health Service, twice by the GP, and once by the School Nurse. Each contact was handled appropriately on its own terms. No agency held the whole picture, and no Team Around the Family meeting was convened.

4. The review identifies four findings. Finding 1 concerns the handover between CAMHS and the school when a referral is not accepted. Finding 2 concerns the low visibility of Stepfather, whose own history of alcohol misuse was known to the probation service. Finding 3 concerns the reliance on self-report from a teenager who wanted to appear 'fine'. Finding 4 concerns the lack of a shared escalation route for schools under the partnership's Resolving Professional Disagreements procedure.

5. Six recommendations follow (Recommendation 1 to Recommendation 6). They are set out in Section 7 together with the partnership's response. The partnership hopes that the learning will be shared widely and acknowledges the grace and patience shown by Mother throughout.

6. Anyone worried about a child in Sunderland can contact the Integrated Front Door. Children can speak to Childline on 0800 1111 at any time.
""")

# ---------------------------------------------------------------------------
# NORTHERN IRELAND
# ---------------------------------------------------------------------------

add("nir-01", "chronology", """
Case Management Review: chronology of key events (extract)

[[DATE:22/09/2022]]: A neighbour rang PSNI at 23:40 to report shouting and a child crying at [[ADDRESS:41 Glenvarlock Gardens, Belfast]] [[POSTCODE:BT14 6QX]]. Officers found Mother, [[PERSON:Róisín McAleese]], with a cut lip and Child C, aged four, hiding under a bed. Mother's partner, [[PERSON:Warren Coulter]], known locally as '[[PERSON:Wazza]]', had left in a blue Ford Focus, [[VEHICLE_REGISTRATION:GCZ 7142]]. The incident was recorded as a domestic abuse occurrence, reference [[CASE_REFERENCE:SER-22-104472]], and a child protection referral went to the Belfast Health and Social Care Trust Gateway Team.

[[DATE:23 September 2022]]: Mother's sister, [[PERSON:Bronagh]], rang the Gateway Team to say she was worried. Gateway social worker [[PERSON:Cathal Ó Dochartaigh]] phoned Mother on [[PHONE:028 9649 6215]]. She said that her partner had moved out and that she had 'no worries'. He recorded that the case would close with advice; no home visit was made and Child C was not seen.

[[DATE:4th October 2022]]: Child C attended [[SETTING:Carnmoney Brae Health Centre]] with a bruised cheek. The practice record, filed under Health and Care number [[HC_NUMBER:367 506 2589]], notes 'fell in garden'. [[PERSON:Dr Nkem Eze]] recorded the mother's explanation and the child's words, '[[PERSON:Wazza]] was cross'. No referral was made.

Late October 2022: Health Visitor 3 made a developmental review visit. A van was parked outside that the health visitor later learned belonged to Mother's partner. Mother said he was 'only collecting his things'.

[[DATE:2022-11-19]]: Child C was admitted to the Royal Belfast Hospital for Sick Children with a fractured forearm and bruising to both ears. A Joint Protocol interview was arranged. In hospital, Child C told a play specialist that her name was '[[PERSON:Caoimhe]], not Child' and asked for her Mammy. Mother's partner was arrested on [[DATE:21/11/22]] and later charged.
""")

add("nir-02", "key_practice_episode", """
Key practice episode: the weekend [[PERSON:Shauna]] did not come back

Young Person G had lived at [[SETTING:Ardnagle House]], a Western Health and Social Care Trust children's home, for seven months. Her placement plan records her name as [[PERSON:Shauna Devenney]], date of birth [[DATE_OF_BIRTH:2008-05-30]], Health and Care number [[HC_NUMBER:3649391856]].

On Friday [[DATE:16 June 2023]] Young Person G left the home at 17:00 saying she was going to her friend [[PERSON:Hope McCloskey]]'s house. A text on her phone from '[[PERSON:G.L.]]' read 'outside in 5'. Staff recorded that she got into a silver Vauxhall Astra, [[VEHICLE_REGISTRATION:AIJ 3306]], driven by a man she called '[[PERSON:Gerry]]'. The residential worker on shift, [[PERSON:Pádraig Mac Giolla Bhríde]], rang her mobile, [[PHONE:+44 7700 900731]], every hour until midnight and reported her missing to PSNI at 22:00, in line with the protocol.

By Saturday morning the registration had been linked to [[PERSON:Gerard Lafferty]], 34, who was known to police in Derry City and Strabane. The home manager, [[PERSON:Geraldine Kielty]], emailed the out-of-hours social worker from her personal account, [[EMAIL:bkielty.ardnagle@outlook.com]], because the Trust system was down. That email was not opened until Monday.

Young Person G returned on Sunday [[DATE:18 June 2023]] with a new phone and a bottle of vodka. She told the residential worker that [[PERSON:Gerry]] was 'sound' and 'like a big brother'. The return interview was done by the home manager, who recorded the indicators of child sexual exploitation clearly. A strategy meeting under the Regional Core Child Protection Policy and Procedures was not held until the end of June 2023.

The review heard that the same man had been named in two previous missing episodes involving other young people from the same home. The information was held by PSNI and by the Trust, but neither knew the other held it. In the hope of protecting other young people, the panel asked both agencies to cross-check their records; that work is reflected in Recommendation 3.
""")

add("nir-03", "analysis", """
Analysis: language, culture and the voice of the child

Child E's family came to Northern Ireland from Fujian province in 2016. Mother, [[PERSON:Lin Meifang]], speaks Mandarin and some Fuzhounese; Father, [[PERSON:Zhang Haoran]], worked long hours in a takeaway in Lisburn. At school Child E used the English name [[PERSON:Grace]], and most professionals knew her by it.

The review found that [[PERSON:Grace]]'s voice was mediated through others at almost every point. At [[SETTING:Lagan Meadows Integrated Primary School]] a classroom assistant, [[PERSON:Đỗ Thu Hà]], sometimes helped with Mandarin, and her teacher, [[PERSON:Mrs Lorna Gilmour]], noticed that she had stopped eating lunch and wore the same clothes all week. She raised this at a pastoral meeting on [[DATE:8 March 2023]], but the meeting agreed to 'monitor', because [[PERSON:Grace]] was achieving well. The South Eastern Health and Social Care Trust received a referral two months later.

When the social worker, [[PERSON:Aidan Carville]], visited on [[DATE:24 May 2023]] he used a telephone interpreter. [[PERSON:Mrs Lin]] told the review that the interpreter spoke 'a different Chinese' and that she agreed with everything because she was ashamed. Child E was asked to help when the line dropped. The social worker accepts, with hindsight, that a nine-year-old should not interpret at her own assessment.

Health records, held under her Health and Care number [[HC_NUMBER:3688294254]], show that she had two dental extractions under general anaesthetic in 2022, and that a follow-up letter was returned 'not known at this address'. Benefits records listed [[PERSON:Mr Zhang]] against National Insurance number [[NINO:WL803512A]] at a different address from the family home, which was not explored.

The learning is not that practitioners lacked care. It is that the systems for booking face-to-face interpreters in the right language, and for checking who is actually living in a household, did not work for this family. Key Learning 2 and Recommendation 4 address this.
""")

add("nir-04", "action_plan", """
Action plan (draft for SBNI Case Management Review Panel, v0.4)

R1 | Northern Health and Social Care Trust to review the threshold guidance for Gateway decisions where a child has not been seen.
A1.1 | Audit of 40 closed Gateway referrals | Lead: [[PERSON:Fionnuala Breslin]], Head of Service | Target: September 2024 | Status: in progress
A1.2 | Practice note issued to all Gateway teams | Lead: [[PERSON:Ms Breslin]] | Target: June 2024 | Status: complete [[DATE:07/03/2024]]

R2 | PSNI and the Trust to agree a joint approach to repeat domestic abuse callouts where children are present.
A2.1 | Joint workshop | Lead: [[PERSON:DI Colm Fegan]], PSNI Public Protection Branch (contact [[PHONE:028 9649 6880]]) | Target: October 2024 | Status: planned for [[DATE:15 October 2024]]
A2.2 | Data sharing check | Lead: [[PERSON:C.McK.]] | Status: on hold pending legal advice on Article 66 of the Children (Northern Ireland) Order 1995

R3 | Education Authority to ensure schools record and escalate repeated minor injuries.
A3.1 | Refresh of the safeguarding training module | Lead: [[PERSON:Mr Tomás Ó Briain]] | Target: December 2024
A3.2 | Case example to be used in training: with parental consent, the experience of [[PERSON:Saoirse]] and her brother [[PERSON:Bill]] at [[SETTING:Glenwherry Road Primary School]] | Status: consent requested from [[PERSON:Mrs Annette Duddy]]; reply to [[EMAIL:annette.duddy67@btinternet.com]] outstanding

R4 | GP Federations to ensure that practices record who accompanies a child.
A4.1 | Template change | Lead: Designated Doctor | Target: March 2025 | Status: not started

Panel note: Updates to be returned to the SBNI secretariat. Comments from [[PERSON:Fionnuala]] on [[DATE:12.04.2024]] suggest that A1.1 will slip; the panel chair asked for a revised date.
""")

add("nir-05", "terms_of_reference", """
Terms of reference

1. Commissioning. The Safeguarding Board for Northern Ireland (SBNI) Case Management Review Panel agreed in November 2023 that the circumstances of Child D met the criteria for a Case Management Review under Regulation 17 of the Safeguarding Board for Northern Ireland (Membership, Procedures, Functions and Committee) Regulations (Northern Ireland) 2012.

2. Background. Child D was 14 months old when she was admitted to hospital with a serious head injury in October 2023. She lived with Mother and Mother's partner in the Southern Health and Social Care Trust area. Sibling 2, aged six, lived mainly with the maternal grandmother, whom both children call Granny.

3. Period under review. The review will examine agency involvement from April 2021, when Mother first booked with maternity services, to October 2023. Relevant information from before that date, including Mother's own experience of care, may be considered.

4. Agencies. Southern Health and Social Care Trust (children's services, maternity, health visiting, emergency department); PSNI; Education Authority; the Probation Board for Northern Ireland; the GP practice; Women's Aid Armagh Down.

5. Questions. The review will consider:
- how agencies assessed risk from Mother's partner, who had previous convictions for violence;
- whether the Unborn Baby pathway under Co-operating to Safeguard Children and Young People in Northern Ireland was followed;
- how the views of Sibling 2, who told a teacher that 'Mammy's friend shouts a lot', were recorded and acted on;
- the use of Article 66 and Article 50 of the Children (Northern Ireland) Order 1995.

6. Family. The chair will invite Mother, Father and the maternal grandmother to contribute. Their views will be included in the overview report. Support will be offered through the Lifeline crisis service on 0808 808 8000.

7. Timescale. The panel will submit the overview report and executive summary to the SBNI Board within 12 months.
""")

add("nir-06", "learning_event", """
Learning event summary (NOT FOR CIRCULATION: names to be removed before the report goes to the panel)

The practitioner learning event was held on Wednesday [[DATE:6 March 2024]] at the Western Trust offices. Eleven practitioners attended, including the allocated social worker [[PERSON:Clodagh Quigley]], [[PERSON:Sgt Kieran Rooney]] of the PSNI Public Protection Branch, and the principal of [[SETTING:Drumahoe Glen Nursery School]], [[PERSON:Mr Adebayo Ogunleye]].

Participants were asked to describe Child F's daily life. The social worker said that [[PERSON:Tiernan]], or '[[PERSON:Tiernie]]' as his grandfather called him, 'lit up' whenever he talked about the farm. The principal said that staff had noticed the boy arriving with wet clothes and without a coat on the coldest mornings (a diary entry reads '[[PERSON:tiernan]] wet again, no coat') of the winter of 2022–23, and that they had paid the heating bill for the nursery minibus so that he could be collected earlier.

The grandfather, [[PERSON:Bill Hamill]], had been the child's main carer since Mother went into treatment. Several practitioners described [[PERSON:Mr Hamill]] as devoted but overwhelmed. He had rung the Gateway duty line on [[DATE:10th January 2023]] asking for help with respite, and the call was logged under [[CASE_REFERENCE:WT-GW-23-00917]], but there is no record of a call back. The sergeant told the group that PSNI had attended the farm twice in the same month after reports of a quad bike being driven by a child on a public road.

Practitioners identified three themes:
- kinship carers who are 'coping' are rarely offered an assessment in their own right;
- information held by the nursery was not shared with the GP at [[SETTING:Claudy Hill Surgery]];
- practitioners felt they needed permission to challenge decisions made by Gateway.

[[PERSON:Ms Quigley]] closed by reading a note [[PERSON:Tiernan]] had dictated to her: 'I want to stay with Granda and the dogs.'
""")

# ---------------------------------------------------------------------------
# SCOTLAND
# ---------------------------------------------------------------------------

add("sct-01", "chronology", """
Learning review: chronology (extract prepared by the review team)

[[DATE:11/08/2022]]: Police Scotland attended [[ADDRESS:3/2, 71 Garthamlock Crescent, Glasgow]] [[POSTCODE:G33 4PB]] after a report of a man shouting at a child on the landing. Officers spoke to Child J and to Mother, [[PERSON:Shonagh MacPhail]]. The officers' notebook refers to the partner only as '[[PERSON:S.D.]]'. A concern report was submitted under reference [[CASE_REFERENCE:GD/1429/22]]; it records the boy as [[PERSON:Lachlan MacPhail]], date of birth [[DATE_OF_BIRTH:17.03.2014]], CHI [[CHI_NUMBER:170314 6271]].

[[DATE:12 August 2022]]: Glasgow City Health and Social Care Partnership screened the concern report. The duty senior noted that Mother's partner, [[PERSON:Stevie Dalgleish]], had a previous conviction for assault to injury. The screening decision was 'no further action; share with Named Person'.

[[DATE:15th August 2022]]: The head teacher of [[SETTING:Cranhill Burn Primary]], acting as Named Person, received the information but was on annual leave; it was not read until the new term.

[[DATE:2 September 2022]]: Child J told his class teacher that '[[PERSON:Stevie]] locks me in the cupboard when I'm bad'. The school phoned the social work duty line on [[PHONE:0141 496 0258]]. An Inter-agency Referral Discussion took place the same afternoon with NHS Greater Glasgow and Clyde and Police Scotland.

[[DATE:5 September 2022]]: Joint investigative interview. Child J repeated his account. Mother's partner was arrested and released on undertakings not to contact the household. Mother said she would 'not have him back'.

[[DATE:30/09/2022]]: A referral was made to the Children's Reporter, reference [[CASE_REFERENCE:SCRA/22/031187]]. A Child Protection Planning Meeting placed Child J's name on the child protection register under the category of physical abuse.

October 2022: A neighbour reported [[PERSON:Dalgleish]]'s car, [[VEHICLE_REGISTRATION:SF16 ZKW]], parked outside the close overnight. This was passed to the allocated worker but not to the police.
""")

add("sct-02", "learning_event", """
Practitioner learning session: notes for the Highland Child Protection Committee (draft)

The session was held online on Thursday [[DATE:7 December 2023]] and brought together fourteen practitioners from The Highland Council, NHS Highland, Police Scotland and the third sector. The facilitator explained that the purpose was to understand the work as it was experienced at the time, not to judge it with hindsight.

Practitioners were first asked what they knew about Young Person K before the events of summer 2023. The guidance teacher at [[SETTING:Inverbrora Academy]], [[PERSON:Donald Matheson]], said that [[PERSON:Eilidh]] was 'bright, funny and very private'. She had moved up from [[SETTING:Ardvarrich Primary]], where the Named Person had recorded concerns about her father's drinking. Her school record gives her name as [[PERSON:Eilidh NicLeòid]]; her NHS Highland record, CHI [[CHI_NUMBER:090610 4807]], uses the anglicised form [[PERSON:Eilidh MacLeod]] and a date of birth of [[DATE_OF_BIRTH:9th June 2010]]. Because the two systems spelt her surname differently, a search for earlier health contacts returned nothing.

The school nurse, [[PERSON:Màiri Bain]], described an appointment in which she disclosed self-harm and asked that her father, [[PERSON:Tormod MacAonghais]], not be told. She wrote to the GP and set up a follow-up, but the young person did not attend because the only bus from the village left before the clinic opened.

Police officers described a welfare check on [[DATE:26/08/2023]], after a relative reported that [[PERSON:Mr MacAonghais]] had driven to the harbour with his daughter while drunk. His pickup, [[VEHICLE_REGISTRATION:SV19 KRD]], was found parked at the pier. [[PERSON:PC Ewan Sutherland]] spoke to her in the car and recorded that she was 'calm and well'. Later she sent a message to her friend [[PERSON:Autumn]] from [[EMAIL:eilidh.nic.12@gmail.com]] saying that she had 'wanted the sea to take us both'.

Practitioners reflected that, in a rural area, everyone knew the family, and that familiarity had made it harder to name the risk. Several said they would have valued a Lead Professional who could hold the whole picture.
""")

add("sct-03", "findings", """
Findings

Finding 1: The Inter-agency Referral Discussion was held promptly but did not include health.
When Young Person J disclosed to a youth worker in January 2023, Police Scotland and City of Edinburgh Council social work held an IRD within four hours. NHS Lothian was not invited, although Young Person J was open to CAMHS. The National Guidance for Child Protection in Scotland 2021 (updated 2023) is clear that health should be part of the discussion wherever there is relevant health information.

Finding 2: The Child's Plan was written for the adults, not for the young person.
The plan agreed at the Child Protection Planning Meeting in February 2023 had nineteen actions, almost all of them for Mother or Stepfather. None addressed Young Person J's wish, recorded by the Children's Rights Officer, to spend more time with Gran. The review heard that the plan was revised twice without any change in the outcomes sought.

Finding 3: Practitioners relied on the young person's own assurance of safety.
Young Person J was 15 and articulate. Several practitioners told the review that they took her word that she was 'fine' because they did not wish to damage a fragile relationship. This was done with good intentions, but it left her carrying the risk alone for much of spring 2023.

Finding 4: The referral to the Children's Reporter was delayed.
The Scottish Children's Reporter Administration received a referral in May 2023, three months after the threshold for compulsory measures had arguably been met. The Children's Hearing that followed made a Compulsory Supervision Order under the Children's Hearings (Scotland) Act 2011. The review does not suggest that an earlier hearing would have prevented what happened, but it would have given Young Person J a clearer route to have her say.

Finding 5: Young Person J knew where to turn for help.
She had used Childline on 0800 1111 and the Breathing Space line, and she told the review that 'the people on the phone listened'. Sibling 1 said the same about the school's pupil support team. Learning Point 3 draws on both accounts.
""")

add("sct-04", "key_practice_episode", """
Key practice episode 2: the age assessment

Young Person L arrived in Edinburgh in the back of a lorry in April 2024 and was referred to City of Edinburgh Council by Police Scotland. He said that his name was [[PERSON:Dawit Tesfamariam]], that he came from Eritrea, and that he was 16. The Home Office had recorded a nominal date of birth of [[DATE_OF_BIRTH:01/01/2006]] in Kent, which would have made him an adult; his Home Office reference is [[CASE_REFERENCE:HO/UASC/2024/48812]].

He was placed at [[SETTING:Greendykes Neuk]], a small residential house, where his key worker, [[PERSON:Isla Hutcheon]], described him as polite, frightened and 'always hungry'. On [[DATE:14.5.24]] the night log reads '[[PERSON:dawit]] upset, wants to talk'. That evening [[PERSON:Dawit]] told [[PERSON:Ms Hutcheon]] that a man who had travelled with him, whom he called '[[PERSON:Filmon]]', had found him and wanted him to 'work off' the cost of the journey. He showed her messages from [[PHONE:07700 900628]] and a photograph of a black Mercedes, [[VEHICLE_REGISTRATION:SN70 HLV]], that had been waiting outside the college.

The key worker phoned the out-of-hours social work service on [[PHONE:0131 496 0583]] that evening. An IRD was held the next day and agreed a safety plan, a referral under the National Referral Mechanism, and an application to the Scottish Guardianship Service. He was allocated a guardian, [[PERSON:Senait Gebremariam]], within a week.

The age assessment itself was carried out over three sessions by two social workers, [[PERSON:Douglas Abercrombie]] and [[PERSON:Rose Ndlovu]], using a Tigrinya interpreter. It concluded that he was likely to be 16, as he had said. One of them told the review that the pressure of the Home Office process had been felt 'in every conversation', and that the young person had asked more than once whether he would be 'sent to the hotel'.

The review considers this a strong example of practice. Practitioners treated him as a child first, kept him safe from an exploiter, and held his account at the centre of the decision.
""")

add("sct-05", "family_involvement", """
Family involvement

The reviewers met Mother, [[PERSON:Ana Luísa Ferreira]], at her home, [[ADDRESS:14 Balgowan Terrace, Dundee]] [[POSTCODE:DD3 9LW]], in January 2024. Her own mother, [[PERSON:Maria do Céu Ferreira]], whom the children call Avó, was present and translated some of the conversation from Portuguese. A professional interpreter was also offered.

Mother explained that she moved to Dundee in 2012 to work in food processing. Her son, [[PERSON:Tiago]] (born [[DATE_OF_BIRTH:28 November 2008]], CHI [[CHI_NUMBER:2811081577]]), was three at the time. She described him as a gentle boy who 'changed completely' after her relationship with [[PERSON:Callum Pitcaithly]] began. He did not respond to invitations to take part in the review.

She told the reviewers that she had tried to get help. On [[DATE:19 April 2022]] she emailed Dundee City Council from [[EMAIL:analuisa.ferreira@sapo.pt]] to say that her son had not been home for two nights. She gave her mobile number, [[PHONE:07700 900294]], and says she heard nothing for a week. The council's records show that the email went to a generic inbox and was forwarded to the wrong team.

[[PERSON:Ana Luísa]] was frank about her own difficulties. She had lost her job when her hours were cut and had struggled with debt; a letter from the Department for Work and Pensions, addressed to her under National Insurance number [[NINO:HE 59 20 71 D]], was among the papers she showed the reviewers. She said she had felt 'judged as a bad mother because I am foreign and poor'.

She spoke warmly of one worker, a youth worker she knew only as '[[PERSON:Big Sandro]]', who kept in touch with [[PERSON:Tiaguinho]] throughout 2022. She said: 'He was the only one who came to the door when it was raining.' The review notes her wish that services would 'ask the mother what she already knows'.
""")

add("sct-06", "executive_summary", """
Executive summary (draft for Fife Child Protection Committee)

This learning review concerns Child M, a girl who was 18 months old when she was admitted to the Victoria Hospital in Kirkcaldy in February 2024 with severe malnutrition. Her name, recorded in the ward handover sheet, is [[PERSON:Lana Karimi]]; CHI [[CHI_NUMBER:2308224681]]; she was born on [[DATE_OF_BIRTH:23/08/2022]]. She was treated on [[SETTING:Puffin Ward]], the paediatric high dependency unit, for eleven days.

[[PERSON:Lana]] lived with her parents, [[PERSON:Rebwar Karimi]] and [[PERSON:Shilan Ahmadi]], who are Kurdish and came to the UK from Iran. The family were granted refugee status in 2021. Father worked nights; Mother had postnatal depression that was recognised by her GP at [[SETTING:Bankhead Medical Practice]] but not shared with the health visiting service.

The health visitor, [[PERSON:Rose Lindsay]], saw [[PERSON:Lana]] at nine months and recorded that her weight had crossed two centiles. A review was booked but cancelled when the health visitor went on long-term sick leave. The family was not reallocated for four months. During that time Child M was seen once at [[SETTING:Kinglassie Road Nursery]], where staff noted that she was 'very small and sleepy'. The nursery rang the health visiting team on [[DATE:9th October 2023]] but the message was taken by a clerical worker and not passed on.

On [[DATE:31 January 2024]] Father brought Child M to the emergency department. An IRD was held the next day under reference [[CASE_REFERENCE:FIF-IRD-24-0211]].

The review finds that no practitioner acted in bad faith. The key learning concerns the resilience of the health visiting service when a caseload is left uncovered, the sharing of maternal mental health information, and the use of interpreters: [[PERSON:Ms Ahmadi]] speaks Sorani, and on three occasions, when her sister [[PERSON:Hêvî Ahmadi]] was unavailable, a Farsi interpreter was booked instead. Five recommendations are made to the Fife Child Protection Committee.
""")

# ---------------------------------------------------------------------------
# WALES
# ---------------------------------------------------------------------------

add("wal-01", "chronology", """
Single Unified Safeguarding Review: chronology of significant events (extract)

[[DATE:05/05/2023]]: South Wales Police attended [[ADDRESS:9 Heol Tŷ Gwyn, Porth]] [[POSTCODE:CF39 9SN]] following a 999 call from Mother, [[PERSON:Sioned Prosser]], who said her partner, [[PERSON:Kyle Jarrett]], had smashed the kitchen window. Child T, aged six, was asleep. A PPN was completed and shared with Rhondda Cynon Taf Children's Services.

[[DATE:9th May 2023]]: The Multi-Agency Safeguarding Hub decided the threshold for a Section 47 enquiry was not met. The social worker, [[PERSON:Gethin Bowen]], spoke to Mother on [[PHONE:029 2018 0467]]. She said [[PERSON:KJ]] had 'calmed down' and was 'sorting himself out'.

[[DATE:22 June 2023]]: [[PERSON:Ifan]] (Child T) told his teacher at [[SETTING:Ysgol Gynradd Cwm Eirin]] that '[[PERSON:KJ]] hurt Mam's neck'. The Designated Safeguarding Person, [[PERSON:Mrs Delyth Rees-Vaughan]], referred the disclosure to Children's Services the same day. She also noted that he had asked to stay with Nain every weekend.

[[DATE:23/06/2023]]: A Strategy Discussion was held with South Wales Police and Cwm Taf Morgannwg University Health Board. It agreed a Section 47 enquiry and a joint visit. Mother's partner's car, [[VEHICLE_REGISTRATION:CY17 RTA]], was recorded by police as parked outside the house at the time of the visit, although Mother said he no longer lived there.

[[DATE:14 July 2023]]: Child T was brought to the Royal Glamorgan Hospital with a fractured collarbone. His NHS number is recorded as [[NHS_NUMBER:846-309-3698]]. The account given was that he fell from a trampoline at Nain and Taid's house. A child protection medical was completed by [[PERSON:Dr Hywel Tudur]].

[[DATE:20.07.2023]]: Initial Child Protection Conference. Child T's name was placed on the Child Protection Register under the categories of physical abuse and neglect. Mother attended with Nain, [[PERSON:Glenys Prosser]]; [[PERSON:Kyle]] did not attend.
""")

add("wal-02", "terms_of_reference", """
Terms of reference

Commissioning
The Mid and West Wales Safeguarding Board (CYSUR) agreed in December 2023 to commission a Single Unified Safeguarding Review in respect of Child W, in line with the Wales Safeguarding Procedures and the Single Unified Safeguarding Review (Wales) Statutory Guidance. The review will be conducted under the Social Services and Well-being (Wales) Act 2014.

Circumstances
Child W was nine years old when she was found by a neighbour in the early hours, barefoot and distressed, having left the family home in Carmarthenshire in November 2023. She lived with Mam and Mam's partner. Her maternal grandparents, whom she calls Nain and Taid, lived nearby and had cared for her for long periods in 2021 and 2022.

Period under review
January 2021 to December 2023.

Agencies asked to contribute
Carmarthenshire County Council Children's Services and Education; Hywel Dda University Health Board (health visiting, school nursing, emergency department, adult mental health); Dyfed-Powys Police; the Flying Start programme; the GP practice; Welsh Women's Aid.

Key lines of enquiry
1. What did agencies know about Child W's daily life, and how was her wish to live with Nain recorded and acted upon?
2. How well did agencies understand the impact of Mam's mental health and her partner's alcohol use?
3. Was the Welsh language Active Offer made to the family, who speak Welsh at home, and did language affect how Child W's views were heard?
4. Were concerns escalated in line with the Wales Safeguarding Procedures, and were professional disagreements resolved?

Family involvement
Mam, Dad and Nain and Taid will be invited to take part. Child W will be offered the opportunity to contribute in the language of her choice, supported by an advocate from Tros Gynnal Plant.

Timescale and publication
The Board will receive the report within six months of the learning event and will publish it in Welsh and English. The Board hopes the review will be completed by autumn 2024.
""")

add("wal-03", "key_practice_episode", """
Key practice episode 1: the school attendance meeting

Child U had been on the roll of [[SETTING:Ysgol Gynradd Pant y Wennol]] in Swansea since nursery. His pupil record names him as [[PERSON:Rayhan Uddin]], UPN [[UPN:U534348187358]]. By the spring term of 2024 his attendance had fallen to 58 per cent, and the Education Welfare Officer, [[PERSON:Carys Llewellyn]], convened an attendance meeting for Tuesday [[DATE:21st May 2024]].

Mother, [[PERSON:Rukhsana Khatun]], attended with her sister-in-law, [[PERSON:Shapla]], who interpreted from Sylheti. The minutes record that Child U 'has tummy aches most mornings' and that [[PERSON:Mrs Khatun]] was 'not coping' following the birth of her fourth child. Father, [[PERSON:Jamal Uddin]], was working in a restaurant in Cardiff during the week and came home at weekends. The meeting agreed a fixed penalty warning and a referral to the school nurse. Nobody asked Child U why he did not want to come to school.

The school nurse, [[PERSON:Bethan Harries]], saw him on [[DATE:4 June 2024]]. Her note reads '[[PERSON:rayhan]] v quiet again, mum exhausted'. She noted that he was anxious, underweight for his age and had untreated dental decay. She wrote to the family's GP at [[SETTING:Townhill Crescent Surgery]] and copied the letter to the Education Welfare Officer by email at [[EMAIL:c.llewellyn.ewo@gmail.com]], which the review was told was used because the council laptop had been returned for repair. The letter did not reach the practice until [[DATE:01/07/2024]].

It later emerged that [[PERSON:Rayhan]] had been caring for his baby brother most mornings while his mother slept after nights awake, and that he was afraid something would happen to her if he left. A young carers assessment had never been offered. When asked by the reviewer what would have helped, [[PERSON:Rayhan]] said: 'If Miss had asked me on my own.'

This episode illustrates how attendance processes can focus on enforcement rather than on the reasons behind absence. The review also notes the absence of a Bengali- or Sylheti-speaking interpreter at any meeting, and the reliance on a family member. Swansea Council and Swansea Bay University Health Board have accepted this learning.
""")

add("wal-04", "analysis", """
Analysis: understanding the family's story

The family moved from Lagos to Newport in 2020 when Father, [[PERSON:Ikenna Nwosu]], took up a post as a care assistant. Mother, [[PERSON:Uchenna Nwosu]], joined him a year later with their two children. Child V, then four, is referred to in family emails as [[PERSON:Adaeze]], and in nursery records as [[PERSON:Ada]].

The review found that practitioners from Newport City Council and Aneurin Bevan University Health Board held a consistently positive view of the parents. This was justified in many respects. The parents attended every appointment and responded quickly to messages; [[PERSON:Mrs Nwosu]] used the address [[EMAIL:uche.nwosu@hotmail.co.uk]] to send the health visitor photographs of [[PERSON:Ada]]'s eczema. What practitioners did not see was the strain on Father, who was working 60-hour weeks to meet the conditions of his visa, and the physical chastisement that both parents later said they had regarded as normal.

The first indication was a mark on [[PERSON:Adaeze]]'s thigh seen at [[SETTING:Meithrinfa Cwtsh y Dderwen]] on [[DATE:28 February 2023]]. The nursery manager, [[PERSON:Gwenllian Hopkins]], photographed it, initialled the body map '[[PERSON:G.H.]]', and rang Children's Services, where the contact was logged under WCCIS ID [[CASE_REFERENCE:7730419]]. The duty social worker, [[PERSON:Rhydian ap Iorwerth]], spoke to both parents. He recorded a candid conversation about discipline and agreed a plan of advice and support from Flying Start. The child's NHS number, [[NHS_NUMBER:100 483 4578]], was not included in the notification to health, and the health visitor was not told.

Three months later Child V arrived at nursery with a linear bruise to her upper arm. The nursery again referred, and this time a Strategy Discussion was held with Gwent Police.

The learning is about how a positive relationship with parents can become a reason not to ask hard questions. It is also about culture. Mother told the review that 'nobody explained that the law here is different'. Practitioners need confidence to discuss physical punishment openly and early, as the Children (Abolition of Defence of Reasonable Punishment) (Wales) Act 2020 requires.
""")

add("wal-05", "family_involvement", """
Family involvement

The reviewer met the family at Nain and Taid's farmhouse, [[ADDRESS:Bryn Awel, Lôn Ty'n Coed, Penrhyndeudraeth]] [[POSTCODE:LL48 6RP]], in March 2024. The conversation was held in Welsh, the family's first language, at their request.

Mam, [[PERSON:Elen Llwyd]], described her son [[PERSON:Tomos]] (Child X), born [[DATE_OF_BIRTH:03-04-2015]], as 'a boy who lives outdoors'. She spoke of the years after his father, [[PERSON:Gruffudd Llwyd]], left, and of her own depression, which she felt services saw 'as a box to tick, not as me'. She gave permission for the review to read the letters she had kept, including one from the Department for Work and Pensions addressed to her under National Insurance number [[NINO:CE 27 81 06 A]] stopping her Carer's Allowance.

Taid told the reviewer that [[PERSON:Tomos]] had 'never been the same' after the move to [[SETTING:Ysgol Gynradd Cae Hebog]] in September 2022. The school record (UPN [[UPN:Q829166866515]]) shows a sharp fall in attendance that term. [[PERSON:Tomi]], as his grandparents call him, told them that a group of older boys had filmed him crying and shared it online.

Dad agreed to speak by phone on [[PHONE:07700 900812]]. He said that he had tried to stay involved but was told by the school that he could not collect his son without Mam's permission. He felt 'written out'. He described an argument in the school car park on [[DATE:10 November 2022]], after which staff recorded the registration of his van, [[VEHICLE_REGISTRATION:CN22 WGY]], and passed it to North Wales Police.

The family were clear about what they wanted the review to say. Nain, [[PERSON:Margaret Llwyd]], whom everyone calls '[[PERSON:Megs]]', put it this way: 'Everyone was kind, but nobody was in charge.' The family asked that their words appear in the report in Welsh as well as English, and the Board has agreed.
""")

add("wal-06", "action_plan", """
Action plan (West Glamorgan Safeguarding Board; SUSR in respect of Child P)

R1 | Strengthen recognition of neglect in children under five.
A1.1 | Swansea Bay University Health Board to roll out the Graded Care Profile 2 tool to all health visitors | Lead: Head of Safeguarding, SBUHB | Target: March 2025 | RAG: amber
A1.2 | Neath Port Talbot Council to audit 20 cases closed at the Information, Advice and Assistance stage | Lead: Principal Officer, Quality Assurance | Target: Q3 2024–25 | RAG: green

R2 | Improve information sharing between adult and children's services.
A2.1 | Joint protocol between the Community Mental Health Team and Children's Services, referencing Part 7 of the Social Services and Well-being (Wales) Act 2014 | Lead: Head of Adult Services | Target: December 2024 | RAG: amber
A2.2 | South Wales Police to review how PPNs for adults with dependent children are shared | Lead: Detective Inspector, Public Protection | Target: September 2024 | RAG: green

R3 | Hear the voice of the child.
A3.1 | Practitioners to record Child P's own words at each statutory visit, not only Mam's account | Lead: Team Managers | Target: ongoing | RAG: amber
A3.2 | Promote Meic, the helpline for children and young people in Wales (080880 23456), and Childline (0800 1111) in all primary schools | Lead: Education Safeguarding Officer | Target: summer term 2024 | RAG: green

R4 | Support for kinship carers.
A4.1 | Health Visitor 3 and Social Worker 1 to present learning at the Board's practitioner forum, including the role played by Nain | Lead: Board Business Unit | Target: November 2024 | RAG: green
A4.2 | Review the financial support offered to grandparents caring for children outside formal arrangements, so that no family must wait for a decision while bills go unpaid | Lead: Head of Children's Services | Target: April 2025 | RAG: red

Note: Progress against R1 to R4 will be reported to the Board every quarter. Learning Point 2 and Learning Point 5 of the report are addressed by A1.1 and A3.1. Sibling 1's views, gathered with an advocate, will inform the evaluation of R3. The Board will review the whole plan in the autumn with the hope of closing it within the year.
""")


# ---------------------------------------------------------------------------
# Marker stripping
# ---------------------------------------------------------------------------

MARKER_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def strip_markers(raw: str) -> tuple[str, list[dict]]:
    """Remove [[TYPE:text]] markers; return clean text and entity spans."""
    raw = unicodedata.normalize("NFC", raw.strip())
    out: list[str] = []
    entities: list[dict] = []
    length = 0
    pos = 0
    for m in MARKER_RE.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        length += len(before)
        etype, etext = m.group(1), m.group(2)
        entities.append({"start": length, "end": length + len(etext),
                         "type": etype, "text": etext})
        out.append(etext)
        length += len(etext)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), entities


# ---------------------------------------------------------------------------
# Identifier validators
# ---------------------------------------------------------------------------

def compact(value: str) -> str:
    return re.sub(r"[\s\-]", "", value)


def mod11_check_digit(nine: str) -> int | None:
    """Weights 10..2 over the first nine digits; 11 -> 0; 10 -> invalid."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def mod11_ok(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = mod11_check_digit(digits[:9])
    return check is not None and check == int(digits[9])


def chi_date_ok(digits: str) -> bool:
    dd, mm, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    for century in (1900, 2000):
        try:
            datetime.date(century + yy, mm, dd)
            return True
        except ValueError:
            pass
    return False


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # 23 letters: no I, O or S


def upn_check_letter(twelve: str) -> str:
    """DfE algorithm: weights 2..13 over digits at positions 2-13, mod 23."""
    total = sum(int(c) * w for c, w in zip(twelve, range(2, 14)))
    return UPN_LETTERS[total % 23]


def upn_ok(value: str) -> bool:
    s = compact(value)
    if not re.fullmatch(r"[A-Z]\d{12}", s):
        return False
    return upn_check_letter(s[1:]) == s[0]


NINO_RE = re.compile(
    r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino_ok(value: str) -> bool:
    return bool(NINO_RE.fullmatch(compact(value)))


# Ofcom drama ranges used in this corpus.
DRAMA_PREFIXES = (
    "07700900", "02079460", "01134960", "01614960", "02896496", "02920180",
    "01314960", "01414960",
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


POSTCODE_RE = re.compile(
    r"(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|"
    r"[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
    r" [0-9][ABD-HJLNP-UW-Z]{2}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
VEHICLE_GB_RE = re.compile(r"[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} [A-HJ-PR-Z]{3}")
VEHICLE_NI_RE = re.compile(r"[A-Z]{3} \d{1,4}")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday")
DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y",
    "%d.%m.%y", "%Y-%m-%d", "%d-%b-%Y", "%d-%m-%Y",
)
DAY_MONTH_FORMATS = ("%d %B", "%d %b")  # e.g. "3rd of March" (year in context)


def parse_date(value: str) -> datetime.date | None:
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value.strip())
    t = re.sub(r"\s+of\s+", " ", t)
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    for fmt in DAY_MONTH_FORMATS:
        try:
            d = datetime.datetime.strptime(t + " 2000", fmt + " %Y").date()
            return d
        except ValueError:
            continue
    return None


def entity_format_error(etype: str, value: str) -> str | None:
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
            return "invalid postcode shape"
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
# Whole-text consistency checks
# ---------------------------------------------------------------------------

MONTHS = ("January|February|March|April|May|June|July|August|September|"
          "October|November|December")
MON = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"

MUST_BE_ANNOTATED = {
    "full date": re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{MONTHS}|{MON})\s+\d{{4}}\b"
        rf"|\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}\b"
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
    "vehicle registration": re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b"),
    "NI vehicle registration": re.compile(r"\b[A-Z]{3} \d{1,4}\b"),
}
PHONE_CANDIDATE_RE = re.compile(
    r"(?<![\w+])(?:\+44[ \-]?|0)\d[\d \-]{7,12}\d(?![\w])")
PSEUDONYM_RE = re.compile(
    r"^(?:Child|Baby|Young Person|Sibling|Social Worker|Health Visitor|"
    r"Mother|Father|Stepfather|Maternal|Paternal|the GP|School Nurse|"
    r"Mam|Nain|Taid|Dad|Granny|Gran|Avó)\b")
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "DS", "DI", "DC", "PC", "Sgt",
          "Auntie", "Big"}


def inside_entity(start: int, end: int, entities: list[dict]) -> bool:
    return any(e["start"] <= start and end <= e["end"] for e in entities)


def validate(records: list[dict]) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    per_nation = Counter()
    for rec in records:
        rid, text, ents = rec["id"], rec["text"], rec["entities"]
        where = f"{rid}:"
        if rid in seen:
            errors.append(f"{where} duplicate id")
        seen.add(rid)
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
            if tx.endswith("'s"):
                errors.append(f"{where} possessive inside span: {tx!r}")
            msg = entity_format_error(ty, tx)
            if msg:
                errors.append(f"{where} {ty} {tx!r}: {msg}")
            if ty == "DATE" and re.search(rf"\b(?:{'|'.join(WEEKDAYS)})\b", tx):
                errors.append(f"{where} weekday inside DATE span: {tx!r}")
            if ty in ("DATE", "DATE_OF_BIRTH"):
                # a weekday written just before the date must be the right one
                m = re.search(rf"({'|'.join(WEEKDAYS)})\s+$", text[max(0, s - 12):s])
                d = parse_date(tx)
                if m and d and re.search(r"\d{4}|\d{2}$", tx) and \
                        d.strftime("%A") != m.group(1):
                    errors.append(f"{where} {tx!r} is not a {m.group(1)}")

        for label, rx in MUST_BE_ANNOTATED.items():
            for m in rx.finditer(text):
                if not inside_entity(m.start(), m.end(), ents):
                    errors.append(f"{where} unannotated {label}: {m.group(0)!r}")
        for m in PHONE_CANDIDATE_RE.finditer(text):
            if phone_ok(m.group(0)) and not inside_entity(m.start(), m.end(), ents):
                errors.append(f"{where} unannotated phone: {m.group(0)!r}")

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
                if not inside_entity(m.start(), m.end(), ents):
                    errors.append(f"{where} unannotated repeat of {needle!r} at {m.start()}")

    for nation in NATIONS.values():
        if per_nation[nation] != PER_NATION:
            errors.append(f"{nation}: {per_nation[nation]} excerpts (expected {PER_NATION})")
    clean = sum(1 for r in records if not r["entities"])
    if clean != EXPECTED_CLEAN:
        errors.append(f"{clean} excerpts without entities (expected {EXPECTED_CLEAN})")
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


def independence_warnings(records: list[dict], dev_path: str) -> list[str]:
    """Entity strings shared with the development corpus (should be none)."""
    if not os.path.exists(dev_path):
        return []
    dev_strings: set[str] = set()
    dev_tokens: set[str] = set()
    with open(dev_path, encoding="utf-8") as fh:
        for line in fh:
            for e in json.loads(line)["entities"]:
                dev_strings.add(e["text"])
                if e["type"] in ("PERSON", "SETTING", "ADDRESS"):
                    for tok in re.findall(r"\w{4,}", e["text"]):
                        dev_tokens.add(tok)
    out = []
    for rec in records:
        for e in rec["entities"]:
            if e["text"] in dev_strings:
                out.append(f"{rec['id']}: {e['type']} {e['text']!r} also in dev corpus")
    return out


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

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
    counts = {n: Counter() for n in nations}
    for r in records:
        for e in r["entities"]:
            counts[r["nation"]][e["type"]] += 1
    head = ["type", "England", "N. Ireland", "Scotland", "Wales", "total"]
    rows = []
    for ty in ENTITY_TYPES:
        vals = [counts[n][ty] for n in nations]
        rows.append([ty] + [str(v) for v in vals] + [str(sum(vals))])
    tot = [sum(counts[n].values()) for n in nations]
    rows.append(["all entities"] + [str(v) for v in tot] + [str(sum(tot))])
    ex = [sum(1 for r in records if r["nation"] == n) for n in nations]
    clean = [sum(1 for r in records if r["nation"] == n and not r["entities"])
             for n in nations]
    rows.append(["excerpts (no entities)"] +
                [f"{a} ({b})" for a, b in zip(ex, clean)] +
                [f"{sum(ex)} ({sum(clean)})"])
    words = [sum(len(r["text"].split()) for r in records if r["nation"] == n)
             for n in nations]
    rows.append(["words"] + [str(w) for w in words] + [str(sum(words))])
    widths = [max(len(x[i]) for x in [head] + rows) for i in range(len(head))]
    fmt = lambda row: "| " + " | ".join(
        c.ljust(widths[i]) if i == 0 else c.rjust(widths[i])
        for i, c in enumerate(row)) + " |"
    lines = [fmt(head), "| " + " | ".join(
        "-" * widths[0] if i == 0 else "-" * (widths[i] - 1) + ":"
        for i in range(len(head))) + " |"]
    lines += [fmt(r) for r in rows]
    per = ["", "per excerpt: id section words entities"]
    for r in records:
        per.append(f"  {r['id']}  {r['section']:<22} {len(r['text'].split()):>4}  "
                   f"{len(r['entities']):>3}")
    return "\n".join(lines + per)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="validate and confirm the output file is up to date")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--dev", default=os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "dev.jsonl"),
                    help="development corpus to check independence against")
    args = ap.parse_args(argv)

    records = build_records()
    errors = validate(records)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    assert_invariants(records)
    for w in independence_warnings(records, args.dev):
        print("WARNING", w, file=sys.stderr)
    data = serialise(records)
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as fh:
                current = fh.read()
        except FileNotFoundError:
            current = None
        if current != data:
            print(f"{args.out} is out of date; run without --check", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        print(f"wrote {args.out}")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
