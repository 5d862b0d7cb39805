#!/usr/bin/env python3
"""Build the independent, fictional, labelled evaluation set for the learning-themes tagger.

Everything below is invented. Pseudonyms and roles only (Child A, Mother, Health Visitor 1 ...).
Run:  python3 build_themes.py
Writes labelled.jsonl and README.md next to this file, after validating the data.
Standard library only.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

THEMES = [
    "domestic-abuse", "parental-mental-health", "parental-substance-misuse", "neglect",
    "non-mobile-baby-injury", "safe-sleep", "child-criminal-exploitation",
    "sexual-abuse-exploitation", "online-harm", "self-harm-suicide", "fathers-male-carers",
    "voice-of-child", "information-sharing", "professional-curiosity", "escalation-challenge",
    "disguised-compliance", "disability-send", "culture-ethnicity-language", "poverty-housing",
]
NATIONS = ["england", "northern_ireland", "scotland", "wales"]
MIN_WORDS, MAX_WORDS = 80, 250
MIN_PER_THEME = 12

E, NI, S, W = "england", "northern_ireland", "scotland", "wales"

EXCERPTS = []


def X(id_, nation, themes, text, traps=()):
    """One excerpt. `themes` = gold labels; `traps` = theme ids whose words appear but
    which the excerpt does NOT evidence (documentation only; never emitted as labels)."""
    EXCERPTS.append({"id": id_, "nation": nation, "themes": list(themes),
                     "text": " ".join(text.split()), "traps": list(traps)})

# ---------------------------------------------------------------------------------------------
# Excerpts t-001 .. t-030
# ---------------------------------------------------------------------------------------------
X("t-001", E, ["domestic-abuse", "information-sharing", "fathers-male-carers"], """
5.4 Between March and August 2022 police attended the family home on four occasions following
reports from neighbours of shouting and objects being thrown. On each occasion Mother's partner had
left before officers arrived and Mother declined to make a statement. The incidents were graded as
standard risk using the DASH checklist, and notifications were sent to the MASH, but none reached the
health visiting service, which continued to see Mother and Baby E at clinic without knowing that the
relationship had become violent. Health Visitor 1 told the review that had she known, she would have
asked to see Mother alone and would have made a point of meeting Mother's partner, who was never seen
by any health professional and about whom no agency held more than a name and a date of birth.
""")

X("t-002", W, ["safe-sleep", "poverty-housing", "fathers-male-carers"], """
6.2 Baby M died aged nine weeks after being found unresponsive on the sofa where Father had fallen
asleep with him in the early hours, having come home exhausted from a night shift. The review found
that safe sleep advice had been given at the birth visit in a standard format, but was not revisited
when the midwife recorded that the family's cot was being used for storage because the flat was too
small for two adults and four children. The advice had only ever been given to Mother: Father was at
work during every visit and no practitioner had spoken to him about where the baby slept. Practitioners
at the learning event reflected that advice framed around 'the cot' did not reflect the reality of a
one-bedroom flat, and that no one had asked how the household slept on a bad night.
""")

X("t-003", S, ["neglect", "voice-of-child", "professional-curiosity"], """
4.7 Child J's attendance at nursery fell to below 60 per cent over the winter of 2021. When he did
attend he was often hungry on arrival, wore the same clothes for several days and had untreated head
lice that staff reported to the health visitor on three occasions. Each report was logged as a single
event. Nobody drew the strands together into a picture of what an ordinary day was like for a
three-year-old in that house: when he ate, who got him up, where he slept, whether anyone noticed when
he was cold. The review team considered that the cumulative effect of small, repeated omissions of care
was lost because each was judged on its own, and that Mother's explanation — that Child J was 'a fussy
eater going through a phase' — was accepted without being tested against what nursery staff were seeing.
""")

X("t-004", NI, ["child-criminal-exploitation", "escalation-challenge"], """
3.12 By the autumn of 2022 Young Person K, then fifteen, had been reported missing eleven times, on two
occasions being found in another county with large sums of cash and a second mobile phone. PSNI return
interviews recorded that he would not say where he had been. The school's designated teacher raised
with the Gateway team her view that he was being used to move drugs and asked for a strategy meeting;
the request was declined on the basis that the threshold for child protection was not met because the
harm originated outside the family. The designated teacher did not accept this and put her concerns in
writing to the principal social worker, which the review regards as an example of appropriate
professional challenge, although it took a further seven weeks for a meeting to be convened.
""")

X("t-005", E, ["parental-mental-health"], """
5.1 Mother's mental health deteriorated markedly in the months following the birth of her second
child. She described to the GP low mood, intrusive thoughts and a sense that the children would be
'better off without her', and was referred to the perinatal mental health team, who saw her twice
before she disengaged. The review explored with every agency whether domestic abuse might have been a
hidden factor in Mother's presentation. There was no indication of domestic abuse in any agency's
records: police held no call-outs to the address, Mother was seen alone by the midwife at each routine
enquiry and consistently said she felt safe, and the account Father gave to the review was corroborated
by other family members. The review is satisfied that this line of enquiry was appropriately closed.
""", traps=["domestic-abuse"])

X("t-006", S, ["non-mobile-baby-injury", "professional-curiosity"], """
Learning point 2. When Baby L, then eleven weeks old, was brought to the GP with a small bruise on her
left cheek, Father explained that her older brother had 'poked her with a toy'. The GP accepted the
account, documented the bruise as 'accidental' and did not refer to the NHS board's guidance on bruising
in immobile infants, which requires any bruise in a baby who is not independently mobile to be discussed
with the paediatric team and social work. Ten days later Baby L was admitted with a fractured skull and
multiple rib fractures of different ages. The review recognises that bruises in small babies are
uncommon and that a plausible story from a calm, articulate parent is hard to challenge in a ten-minute
appointment; this is precisely why the guidance removes the need for clinical judgement about the
explanation.
""")

X("t-007", W, ["domestic-abuse", "voice-of-child", "culture-ethnicity-language"], """
4.9 Child P, aged eight, told a teaching assistant that 'Dad gets angry at Mam and she cries in the
bathroom'. The school made a referral to the local authority's Information, Advice and Assistance
service, and a social worker visited the family at home. Mother, whose first language is Polish, was
interviewed with her husband present, acting as interpreter. Unsurprisingly, she said there were no
problems. The review considers that using a family member, and in particular the alleged perpetrator,
to interpret during an enquiry about abuse in the home prevented Mother from speaking freely and placed
her at further risk. Child P was not spoken to again after her initial comment; her words, which were
the only first-hand account any agency had, were recorded in the referral but did not shape the
assessment.
""")

X("t-008", E, ["information-sharing", "neglect"], """
6.3 The GP practice completed a safeguarding referral concerning the children's missed immunisations
and Mother's repeated failure to bring Child R to appointments for his eczema, which had become badly
infected. The referral went missing somewhere between the practice's generic inbox and the front door,
and neither organisation had a process to confirm receipt. The practice assumed that children's social
care was dealing with it; children's social care did not know it existed. When the review traced the
email, it had been sent to an address decommissioned eight months earlier. This is a systems finding
rather than an individual one: nobody was tracking whether the information had arrived, and for a
further five months Child R's skin condition went untreated.
""", traps=["child-criminal-exploitation"])

X("t-009", NI, ["poverty-housing"], """
2.6 Context. The Trust, PSNI and the Education Authority operate under a regional information sharing
agreement, revised in 2020, and the CMR panel was provided with a copy. Individual agency reports were
submitted on time. The family had moved five times in three years, latterly into a hostel placement
arranged by the Housing Executive after they were served notice on a private tenancy they could no
longer afford once Mother's hours were cut. Each move meant a new GP registration, a new school for
Child S and a long bus journey to see her grandmother, who had been the family's main support. Mother
described to the review the feeling that the family's whole life had been 'packed in bin bags' for
three years.
""", traps=["information-sharing"])

X("t-010", S, ["disability-send", "voice-of-child"], """
3.4 Child T has cerebral palsy and a learning disability and communicates using a small number of
Makaton signs and a picture board. At the initial case review it was suggested that parental substance
misuse might account for the periods when his mother did not answer the door to the community nursing
team. Substance misuse was not a feature of this case: Mother does not drink, there was no evidence of
drug use in any record, and toxicology on the night Child T was admitted was negative. The explanation
for the missed visits was more ordinary and, in some ways, more troubling: Mother was caring alone,
round the clock, for a child with complex needs, and was asleep. None of the professionals who visited
had used Child T's picture board to ask him how his days were.
""", traps=["parental-substance-misuse"])

X("t-011", E, ["online-harm", "sexual-abuse-exploitation", "voice-of-child"], """
7.2 Young Person U was thirteen when she began talking online to someone she believed was a
sixteen-year-old boy from a neighbouring town. Over several weeks the conversation moved from a gaming
platform to an encrypted messaging app and became sexual; she was persuaded to send images and then
threatened that they would be shared with her school unless she sent more. When she eventually told her
form tutor, she said she had tried to tell a school nurse months earlier by asking 'what happens if
someone has pictures of you', and was given a leaflet. The review found that the question was a partial
disclosure that needed a conversation, not a resource.
""")

X("t-012", W, ["parental-substance-misuse", "disguised-compliance", "neglect"], """
5.6 Father was prescribed methadone through the community drug and alcohol team and, from the summer
of 2023, attended his supervised consumption appointments without fail. His urine screens, however,
continued to show heroin and cocaine, and the pharmacy twice reported that he appeared intoxicated when
collecting. At core group meetings both parents pointed to his attendance as evidence of progress, and
the minutes recorded 'good engagement'. The review observes that engagement with appointments had
become the measure of change, while the questions that mattered for Child V — whether there was food in
the cupboards, whether anyone was awake to take her to school — went unanswered. Her school attendance
over the same period was 71 per cent.
""")

X("t-013", NI, ["parental-mental-health", "fathers-male-carers", "information-sharing"], """
4.3 Father had a diagnosis of paranoid schizophrenia and had been under the care of the community
mental health team for adults for many years. When he moved back into the family home in early 2021,
this was known to his care coordinator but was not communicated to the Family Intervention Service, who
were working with Mother and believed that she was parenting alone. Father's mental health team did not
ask whether he had contact with children; the children's team did not ask who else lived in the house.
Consequently, the risk that his relapse indicators — sleeplessness, stopping medication, preoccupation
with neighbours — posed to the children was never considered by anyone.
""")

X("t-014", S, ["self-harm-suicide", "information-sharing", "voice-of-child", "professional-curiosity"], """
Key learning 4. In the eighteen months before her death, Young Person W attended the emergency
department three times following overdoses of paracetamol and once with cuts to her forearms requiring
steri-strips. Each attendance generated a discharge letter to the GP and a referral to CAMHS, but the
school, where she was seen daily, was told about only the last. Guidance teachers told the review they
had noticed long sleeves in summer and a withdrawal from friends, but understood her to be 'under CAMHS'
and so did not ask. In her own writing, found later, Young Person W described feeling 'passed around'
and never once asked what she wanted to happen.
""")

X("t-015", E, ["information-sharing"], """
4.11 The health visitor neglected to record the outcome of the new birth visit on the electronic
system for eleven days, which meant that the GP, who saw Baby X for her six-week check in the interim,
had no record of it. The delay was a workload issue in a team carrying three vacancies. The review
considered whether the children in this household had experienced neglect and concluded that they had
not: every assessment described a warm, clean and well-stocked home, the children were appropriately
dressed and fed, and their health and developmental checks were up to date. The question for this
review is a narrower one, addressed in the next section, about the circumstances of an incident at
fourteen weeks.
""", traps=["neglect"])

X("t-016", W, ["parental-substance-misuse"], """
6.1 Child Y was made subject to an interim care order in May 2023 and placed with maternal
grandparents under a kinship arrangement. The family court subsequently escalated the timetable for
the final hearing after the guardian raised concerns about drift, and a parenting assessment of Mother
was completed within six weeks. Mother had been using cannabis daily and crack cocaine at weekends, and
she was open with the assessor that her use rose sharply when she was under stress. The review has seen
no evidence of professional disagreement about the plan: the social worker, the guardian and the
Independent Reviewing Officer were of one mind throughout, and nobody needed to escalate anything.
""", traps=["escalation-challenge"])

X("t-017", S, ["parental-mental-health"], """
4.2 Mother had a history of self-harm in adolescence and had taken an overdose at the age of nineteen,
several years before Baby Z was born. She disclosed this at booking, and the midwife referred her to the
perinatal mental health service, where she was assessed as having moderate anxiety and started on
medication. Throughout the pregnancy and the early postnatal period she reported intrusive worries about
the baby stopping breathing and checked him repeatedly through the night. By the time the health visitor
took over, Mother was sleeping for two or three hours a night and had stopped taking her tablets because
she feared they would make her too drowsy to hear him.
""", traps=["self-harm-suicide"])

X("t-018", NI, ["disability-send"], """
3.8 Young Person AA received a diagnosis of autism at the age of eleven, after a wait of almost three
years. His mental health deteriorated sharply during the transition to post-primary school: he stopped
eating in the school canteen, could not tolerate the noise of the corridors, and by the second term was
attending for less than two days a week. CAMHS assessed him as having severe anxiety and offered a group
programme he was unable to attend. His parents, who were both well and working, repeatedly asked the
school for a reduced timetable and a quiet space, and the review notes that a statement of special
educational needs was not finalised until after the incident that led to this CMR.
""", traps=["parental-mental-health"])

X("t-019", NI, ["parental-substance-misuse", "neglect"], """
5.2 Child AB was described by nursery staff as a curious, busy toddler who loved the water tray and was
'into everything'. At twenty-two months he was walking confidently and beginning to climb. On the
afternoon of the incident he was in the care of his father, who had been drinking since midday; the
review has seen the police account of an open back gate, a garden pond and a gap of about forty minutes
during which no adult knew where he was. Father had a long history of alcohol dependence, known to the
GP and to the Trust's addiction service, and had previously been cautioned for being drunk in charge of
a child.
""", traps=["professional-curiosity"])

X("t-020", E, ["non-mobile-baby-injury", "escalation-challenge", "professional-curiosity"], """
4.5 The family is White British and English is the first language of both parents; no issues of
culture, faith or language were identified as relevant by any agency or by the family. Baby AC was
seven weeks old when a community midwife noticed two small bruises on his upper arm. She followed the
bruising protocol, and the paediatric assessment that afternoon included a skeletal survey that showed
a healing fracture of the left clavicle. The paediatric registrar initially considered birth trauma a
likely explanation; the named nurse disagreed, noting that the baby had been delivered by caesarean
section, and asked for the consultant to review. The review commends this challenge, which changed the
outcome of the strategy discussion.
""", traps=["culture-ethnicity-language"])

X("t-021", W, ["disability-send", "voice-of-child"], """
2.3 Method. Because of the geography of the region, the practitioner learning event was held online,
and the reviewers met the family at a venue of their choosing. Agency chronologies were submitted
through the Board's online portal. Practitioners at the event described Child AD, who is deaf and uses
British Sign Language, as a sociable girl who 'lit up' when someone signed with her. They also
acknowledged that in the fourteen months under review no practitioner with BSL had ever spoken with her
directly: home visits were conducted with her hearing mother, and her school's communication support
worker was never asked to help social workers understand what life at home was like for her.
""", traps=["online-harm"])

X("t-022", S, [], """
5.3 Child AE was two years and four months old and fully mobile when nursery staff noticed a bruise on
his forehead and another on his shin. The pattern and locations were typical of accidental bumps in an
active toddler, Mother's account of a fall from the sofa was consistent and given without prompting, and
the nursery correctly recorded the marks and the explanation on its body map. The guidance for immobile
babies did not apply. The review mentions this episode only because it was later cited at the
inter-agency referral discussion as evidence that 'bruising had been noted before', a description that
was accurate but lent a weight to the later referral about his sister that it did not deserve.
""", traps=["non-mobile-baby-injury"])

X("t-023", E, ["poverty-housing"], """
1.4 National context. The Child Safeguarding Practice Review Panel's 2021 report on men in the lives of
babies found that fathers and male carers were too often unknown, unseen or unassessed, and the local
partnership adopted its recommendations in 2022. This review took place against a different backdrop: a
sharp rise in local referrals linked to the cost of living. Mother was working two part-time jobs and
still falling into arrears; she described rationing the electricity meter to evenings and relying on the
food bank every other week, and told the review that she had stopped asking for help because she was
afraid it would be recorded as neglect.
""", traps=["fathers-male-carers", "neglect"])

X("t-024", NI, ["fathers-male-carers", "information-sharing"], """
1.6 The CMR panel wishes to thank Child AF's family for their contribution. Consistent with SBNI
guidance, the panel offered Child AF, now fourteen, the opportunity to share his views with the review;
he chose not to take part, and the panel respected that decision. His mother met the chair twice. She
described the period after her partner moved in as the time 'everything went quiet'. She said that no
professional had ever asked her who her partner was, or met him, during the family support assessment.
The panel has established that PSNI held records of his convictions for serious assault, but these were
never requested by, or passed to, the social worker completing that assessment.
""", traps=["voice-of-child"])

X("t-025", S, ["parental-substance-misuse", "voice-of-child"], """
6.4 Some practitioners at the learning event questioned whether Mother's turnaround in the spring of
2022 had been disguised compliance. The review has looked carefully at this and does not think it was.
Mother's alcohol use had been heavy and long-standing, but from March she attended the recovery service
weekly, her breathalyser results were consistently negative, the school reported that the children were
arriving on time, fed and with homework done, and the children themselves, seen on their own, told
their social worker that 'Mum is different now'. The change was real and was sustained for seven months.
What followed was a relapse, not a deception, and the learning lies in how the plan anticipated relapse
rather than in whether Mother was believed.
""", traps=["disguised-compliance"])

X("t-026", W, ["voice-of-child"], """
5.8 Following Child AG's comment to a teacher that her uncle 'touches my private', a strategy discussion
was held the same day and a joint interview arranged. In the interview, Child AG, then five, explained
with some indignation that her uncle kept touching her 'private diary' — a locked notebook she had been
given for her birthday — and was clear and consistent about this. The paediatric assessment raised no
concerns, and a further conversation with her, led by a social worker she knew well and conducted at her
pace, in a room she chose, confirmed her account. The review considers the response proportionate and
child-centred, and sexual abuse was properly ruled out.
""", traps=["sexual-abuse-exploitation"])

X("t-027", S, ["neglect"], """
3.9 Mother has a mild learning disability and had been supported by adult services since leaving
school. The parenting assessment concluded that she loved the children and wanted to do well for them
but struggled to retain information about feeding routines and medication without visual prompts.
Despite this, written plans continued to be sent to her in standard letters. By the time of the
incident, Child AH, aged four, had lost weight over two consecutive checks and had untreated dental
decay requiring the extraction of six teeth under general anaesthetic. The review considers that the
children's basic needs were not met over a long period, and that a parenting support offer adapted to
how Mother learns was never tried.
""", traps=["disability-send"])

X("t-028", NI, ["domestic-abuse", "information-sharing"], """
4.1 Following the third police attendance in six weeks, at which Mother was found with a swollen eye
and Child AI, aged two, was in the room, the PSNI Public Protection Branch referred the case to the
Gateway team, which escalated it to a strategy discussion within twenty-four hours. The discussion was
well attended, police and health records were shared in full, the decision to proceed to a joint
protocol investigation was unanimous and no agency disagreed with the outcome. Mother was referred to
the Women's Aid outreach service and a MARAC referral was made. The review notes this as a timely and
well-coordinated response in which each agency knew what the others knew.
""", traps=["escalation-challenge"])

X("t-029", E, ["disability-send", "neglect"], """
3.1 Nationally, domestic abuse, parental mental ill health and parental substance misuse — sometimes
called the 'toxic trio' — are present in a majority of serious case reviews, and local partnership
training has for several years been organised around them. It is worth stating plainly that none of
these was present in Child AJ's family. The risk to Child AJ arose from a source professionals had less
practice in recognising: the way in which his complex medical needs, including a gastrostomy and
epilepsy that was difficult to control, came to dominate every contact, so that professionals saw a
child with a condition rather than a child who was steadily losing weight and whose clinic appointments
were repeatedly missed.
""", traps=["domestic-abuse", "parental-mental-health", "parental-substance-misuse"])

X("t-030", NI, ["culture-ethnicity-language", "poverty-housing", "information-sharing"], """
5.5 The family arrived in Northern Ireland in 2021 having sought asylum, and were accommodated in
contingency hotel accommodation for nine months before dispersal to a flat in a part of the city where
they knew no one. Father spoke some English; Mother spoke Tigrinya only. Appointments were booked by
telephone in English and letters were sent in English, so that Mother frequently did not know that a
health visitor was coming. On two occasions a telephone interpreter could not be sourced and the visit
went ahead with Child AK, aged nine, translating. When the family moved from the hotel, no handover was
made from the hotel-based health team to the community health visiting service, and for four months the
baby was not seen.
""")

# ---------------------------------------------------------------------------------------------
# Excerpts t-031 .. t-060
# ---------------------------------------------------------------------------------------------
X("t-031", S, ["escalation-challenge", "neglect"], """
Finding 5. The health visitor remained worried throughout 2022 about the condition of the home, about
Child AL's repeatedly missed health appointments and about his speech, which at thirty months
consisted of a handful of words. She raised this at two child's planning meetings, each of which
concluded that the family's needs could be met through the Named Person's support. She did not agree,
but told the review that she 'didn't know what the next step was' and felt that, as the only health
professional in the room, she would not be listened to. The local escalation policy existed but was not
known to her or, it emerged, to most of her team. The review heard that disagreeing with a social work
decision was widely seen as 'being difficult'.
""")

X("t-032", W, ["child-criminal-exploitation", "voice-of-child", "disability-send"], """
6.7 Young Person AM was permanently excluded in Year 9 and placed in a pupil referral unit where he
received nine hours of tuition a week. Within a month he was being collected from the unit's gate by
older boys in a car. Over the following term he was arrested in possession of a knife, found with wraps
of crack cocaine in a flat in another town, and treated in hospital for a stab wound to his thigh that
he said was an accident. Professionals repeatedly described him as 'making choices'. The review
challenges that language: a fourteen-year-old with an unmet speech and language need and no meaningful
school day was not choosing, he was being groomed, and his account of feeling 'safer with them than
anywhere' needed to be heard as a statement about the adults who had failed to protect him.
""")

X("t-033", E, ["sexual-abuse-exploitation", "voice-of-child", "professional-curiosity"], """
5.9 Over the course of two years, Child AN made several indirect attempts to tell adults what was
happening. She asked a school nurse whether 'grown-ups are allowed to come in your bedroom', wrote a
story about a girl who ran away from her stepfather, and became distressed and refused to go home on the
last day of term. Each was noticed and recorded. None was followed up by asking Child AN directly, in a
safe place, whether anything was happening to her. The review understands the fear of 'leading' a child,
but the consequence was that her stepfather's sexual abuse of her continued until she disclosed to a
friend's mother at the age of twelve.
""")

X("t-034", NI, ["disguised-compliance", "neglect", "professional-curiosity"], """
4.6 Before each announced visit the house was cleaned, the fridge stocked and the children dressed in
new clothes; after an unannounced visit in October the social worker recorded 'a very different
picture', with dog faeces on the stairs, no food apart from a loaf of bread and Child AO, aged three, in
a soaked nappy. Mother apologised, explained that she had been unwell with a chest infection, and the
next three visits, all announced, were positive. The plan was stepped down. The review considers that
the October visit should have been treated as the truer picture, and that the family's ability to
present well when given notice was itself a piece of information that should have shaped how and when
the children were seen.
""")

X("t-035", S, ["domestic-abuse", "fathers-male-carers", "professional-curiosity"], """
4.4 It is now clear that Mother was subject to coercive and controlling behaviour by Father throughout
the period under review. He managed all the money, held her bank card, decided when she could see her
sister and routinely accompanied her to appointments, answering questions on her behalf. Professionals
saw an attentive, involved father, and several remarked positively on how 'hands on' he was. The review
does not criticise practitioners for noticing Father's presence — the absence of fathers from
assessments is a long-standing concern — but notes that none asked why Mother was never seen on her own,
nor considered that his constant presence might be the problem rather than the solution.
""")

X("t-036", W, ["information-sharing", "non-mobile-baby-injury", "fathers-male-carers"], """
Learning point 3. Police held intelligence that Baby AP's father had assaulted a previous partner's
child, a two-year-old, in England in 2019, for which he received a caution. That information sat on a
national database but was not checked when Baby AP was referred to children's services in Wales aged
six weeks with a torn frenulum. The referral focused on Mother, a care leaver, and her support network;
Father was described as 'supportive' and was not subject to any checks beyond the local authority's own
records. A torn frenulum in a baby who is not yet mobile is a recognised sentinel injury, and the review
concludes that, had checks been made on both parents, the strategy discussion would have had a very
different starting point.
""")

X("t-037", E, ["safe-sleep", "parental-substance-misuse", "poverty-housing"], """
6.5 On the night Baby AQ died, she was sleeping between her parents on a double mattress on the floor of
the living room. Both had used cannabis and Mother had taken diazepam that had not been prescribed to
her. The family had been given safe sleep advice on at least five occasions, and on each the record
states 'advice given, understood'. The review found that these conversations did not ask the family
what they actually did at night, did not acknowledge the reality of a rented flat where the only bedroom
was too damp and mouldy to use and the landlord had ignored repeated complaints, and did not address the
heightened risk that sharing a bed after drug use posed.
""")

X("t-038", NI, ["self-harm-suicide", "online-harm", "professional-curiosity"], """
5.3 In the months before his death, Young Person AR, aged sixteen, searched repeatedly for methods of
suicide and spent long periods on forums where self-harm was discussed approvingly. His phone later
showed that he had been sent graphic content by accounts he did not follow, recommended to him by the
platform's algorithm. His parents were aware that he was 'always on his phone' and had asked his GP for
help with his low mood; the GP referred him to CAMHS, where he was placed on a waiting list. The review
recognises that no professional could have seen what he was viewing, but notes that no one, at any
point, asked him what he was looking at or who he was talking to online.
""")

X("t-039", S, ["culture-ethnicity-language", "domestic-abuse", "professional-curiosity"], """
5.6 Mother told the review that she had not sought help earlier because in her community separation
would bring shame on her family, and because her immigration status depended on her marriage. She
believed — wrongly, but on the basis of what Father had told her — that if she left she would be
deported and lose the children. No professional asked about her immigration status or explained the
destitution domestic violence concession. The review notes that practitioners were anxious not to
appear culturally insensitive, and as a result avoided the very questions that would have helped Mother
to see a way out of a relationship in which she was repeatedly assaulted, often in front of the
children.
""")

X("t-040", E, ["escalation-challenge", "voice-of-child"], """
7.4 The school's designated safeguarding lead twice asked children's social care to reconsider its
decision to close the case following Child AS's disclosure that her father hit her with a belt. On the
first occasion she was told that the assessment had found 'no evidence'; on the second she received no
reply. She then used the partnership's resolution protocol, and a meeting between managers led to the
case being reopened. The review regards this as tenacious and effective challenge, and notes that the
protocol worked as intended — though it took five weeks, during which Child AS remained at home. Her
own request, made through the school, to speak to a social worker at school rather than at home, was
not acted on, and she was not seen at all in that period.
""")

X("t-041", W, ["parental-mental-health", "voice-of-child"], """
4.10 From the age of nine Child AT was in effect his mother's carer. During her periods of severe
depression she did not get out of bed for days, and he made meals for himself and his younger sister,
got her ready for school and managed Mother's medication. School staff described him as mature and
reliable, and his attendance was good. When a young carer's assessment was eventually completed, Child
AT said that he worried all day at school about whether his mother would still be alive when he got
home. No practitioner had previously spoken with him on his own, and his role in the household was
invisible precisely because he performed it so well.
""")

X("t-042", S, ["fathers-male-carers"], """
6.2 Father was not living with the family but visited most days and cared for Baby AU alone while
Mother worked evening shifts at a supermarket. Because he was not on the tenancy and not registered at
the address, he did not appear in any agency's list of household members. The health visitor had met
him once, briefly, at the door. The review was struck by how closely Father's role mirrored the pattern
described in national reviews: he was a significant carer for a small baby, but he was not invited to
appointments, was not offered the same advice as Mother about coping with crying, and was not asked
about his own history, which included a conviction for violence.
""")

X("t-043", NI, ["online-harm", "sexual-abuse-exploitation", "information-sharing"], """
4.8 In March 2023 PSNI received a report from a national online safety organisation that an adult male
in Scotland had been communicating with Young Person AV, aged twelve, through a livestreaming app, and
had sent her money in exchange for sexual images. Officers visited the family, seized devices and spoke
to Young Person AV with her mother present. The information was not shared with her school or with the
Trust for a further six weeks, during which time she continued to use a school-issued tablet on which
the same app was installed, and her form teacher, unaware of any of this, recorded that she seemed
'tired and withdrawn'.
""")

X("t-044", E, ["child-criminal-exploitation", "culture-ethnicity-language"], """
5.12 Young Person AW is a Black British boy. Reading the records, the review was struck by how
differently he was described from his white peers in the same incidents: he was 'intimidating',
'streetwise' and 'well able to look after himself', while they were 'vulnerable' and 'easily led'. When
he was found in a trap house eighty miles from home, he was arrested for possession with intent to
supply; the two white boys with him were referred through the National Referral Mechanism. The review
considers that adultification bias shaped how agencies saw him — as a perpetrator rather than a victim
of exploitation — and that this was never named or challenged at the time.
""")

X("t-045", S, ["self-harm-suicide", "information-sharing", "disability-send"], """
4.5 Young Person AX, who had a diagnosis of ADHD and was awaiting assessment for autism, first disclosed
thoughts of ending his life to his guidance teacher at fourteen. The school referred him to CAMHS, which
declined the referral as not meeting criteria and signposted a third-sector counselling service. The
school was not told of the decision. For five months guidance staff believed he was 'waiting for CAMHS',
and CAMHS believed school was providing support. In that time he made two attempts on his life. The
review notes that his presentation — flat affect, literal answers, little eye contact — led the CAMHS
triage clinician to underestimate his distress, and that nobody with knowledge of autism was involved
in assessing his risk.
""")

X("t-046", W, ["poverty-housing", "disability-send", "information-sharing"], """
5.4 In the year before the incident the family moved four times: from a privately rented house after a
possession notice, to a bed and breakfast, to temporary accommodation in a neighbouring county, and
finally to a two-bedroom flat shared by two adults and five children. Each move severed the children
from their school, their GP and, for the youngest, the health visitor who knew him best. At the point of
the incident Child AY, aged six, had attended three schools in a single academic year, and his
additional learning needs, identified and planned for at the first school, had not followed him to
either of the others. Mother told the review that by the final move she 'had stopped unpacking'.
""")

X("t-047", E, ["parental-mental-health", "non-mobile-baby-injury", "information-sharing"], """
6.1 Mother had been diagnosed with emotionally unstable personality disorder in her late teens, and in
the postnatal period she told the perinatal team that she sometimes felt 'so angry I could throw him'.
The perinatal psychiatrist judged this to be an intrusive thought rather than intent and recorded a
plan to review in four weeks. At five weeks, Baby AZ was taken to hospital with a swollen thigh and was
found to have a spiral fracture of the femur. The perinatal team's assessment, which contained the most
important information about Mother's state of mind, was not available to the paediatric team or to the
social worker who led the section 47 enquiry.
""")

X("t-048", NI, ["escalation-challenge", "voice-of-child", "disability-send"], """
5.7 Child BA has a severe learning disability and no verbal communication. When her school noticed a
series of bruises on her inner arms, the school nurse referred to the Gateway team, which concluded that
the bruises were likely to be caused by her own self-injurious behaviour. The school nurse disagreed:
Child BA's behaviour plan described biting, not gripping. She raised her concerns with the senior social
worker and, when that did not change the decision, with the Trust's Designated Officer. The review
commends her persistence and notes, with concern, that the initial conclusion was reached without anyone
observing Child BA or consulting the staff who knew how she communicated distress.
""")

X("t-049", S, ["safe-sleep", "parental-mental-health"], """
Learning point 1. Baby BB was eight weeks old when he died while sleeping on his mother's chest in an
armchair in the early hours of the morning. Mother had been diagnosed with postnatal depression three
weeks earlier and had started antidepressants that made her drowsy. She told the review that she had
moved to the chair so as not to wake her partner, who was working early shifts, and that she had 'only
meant to sit down for a minute'. The safe sleep advice she had received did not mention the particular
danger of falling asleep with a baby on a sofa or chair, nor how her new medication might affect her.
""")

X("t-050", W, ["disguised-compliance", "domestic-abuse", "professional-curiosity"], """
6.3 After the child protection conference, Mother told her social worker that she had ended the
relationship with her partner and produced a copy of a non-molestation order application. Over the
following months neighbours reported his car outside the house overnight, Child BC told a teaching
assistant that Mum's boyfriend had 'stayed for a sleepover', and a health visitor saw men's work boots in
the hallway. Mother explained each: the car belonged to a neighbour's visitor, her son had confused him
with an uncle, the boots were her brother's. Each explanation was accepted. The review considers that
Mother's apparent cooperation — attending every meeting, signing every written agreement — allowed
professionals to believe the plan was working while the relationship, and the violence within it,
continued.
""")

X("t-051", E, ["poverty-housing", "culture-ethnicity-language"], """
4.8 Mother had no recourse to public funds because of her immigration status, and for much of the period
under review the family of four lived in a single room in a shared house, sharing a kitchen and bathroom
with five adults they did not know. She worked cash-in-hand cleaning jobs and at times could not afford
to feed the children. Children's social care supported the family under section 17 for a period but
withdrew support when an assessment concluded that Mother could return to her country of origin. The
review heard that Mother was frightened to ask any agency for help in case it was reported to the Home
Office.
""")

X("t-052", NI, ["fathers-male-carers"], """
6.6 The review wishes to highlight good practice by the family support worker, who from her first
contact made a point of arranging visits in the evening so that Father, who worked long shifts on a
building site, could be present. She assessed his parenting alongside Mother's, learned of his own
experience of growing up in care, and involved him in the plan. Father told the review that she was 'the
first one who ever spoke to me like I mattered'. When concerns later emerged, it was Father who
contacted her, and his account proved central to protecting the children.
""")

X("t-053", S, ["child-criminal-exploitation", "information-sharing"], """
5.2 Between January and June 2023 Young Person BD, aged fifteen, was reported missing from his
residential house on fourteen occasions. Staff noticed new trainers and designer clothes, two mobile
phones, and a change in his friendship group to young men in their twenties. On three occasions he
returned with injuries he would not explain. Police Scotland's concern reports were sent to social
work, but the information held by the residential unit, the school and the police was never brought
together in one place; each agency saw fragments. It was only when he was found in a flat in Aberdeen
with a quantity of heroin that a multi-agency meeting considered whether he was being criminally
exploited.
""")

X("t-054", E, ["sexual-abuse-exploitation", "escalation-challenge"], """
8.1 Young Person BE, aged fourteen, was repeatedly found in the company of adult men in takeaway shops
and hotels in the town centre. She was described in police logs as 'promiscuous' and as having 'chosen'
to be with her 'boyfriend', a man of twenty-six. The review considers this language unacceptable and a
sign that the exploitation was not recognised for what it was. She told her youth worker that she
'loved him' and that he bought her things; the youth worker recognised the grooming, made a referral to
the exploitation hub and, when the hub scored the risk as 'medium', asked the chair to reconsider. The
re-scoring took place the same week.
""")

X("t-055", W, ["online-harm", "self-harm-suicide", "information-sharing"], """
5.5 Child BF, aged twelve, was subjected to sustained bullying through a class group chat after a
doctored photograph mocking her appearance was circulated. Her parents reported it to the school, which
investigated, spoke to the pupils concerned and asked their parents to have it deleted. The image
continued to circulate on another platform. Over the following term Child BF began to cut her arms and
told a school counsellor that she 'didn't want to be here any more'. The counsellor's concern was shared
promptly with her parents and GP, with her agreement, and a referral to the CAMHS crisis team was made
the same day.
""")

X("t-056", NI, ["parental-substance-misuse", "neglect", "voice-of-child", "professional-curiosity"], """
4.2 Both parents were dependent on alcohol, and by 2022 their drinking had become a daily pattern
beginning in the late morning. Child BG, aged seven, told her class teacher that she 'makes her own tea'
and that she was frightened when her parents 'go funny and shout'. The school's records show that she
arrived without a packed lunch on most days, and that teachers had begun quietly providing breakfast.
These observations were shared with the social worker, who was completing a family support assessment,
but the assessment recorded Child BG as 'well cared for' on the basis of a single home visit at which
both parents were sober.
""")

X("t-057", S, ["culture-ethnicity-language", "domestic-abuse"], """
5.9 Throughout Mother's pregnancy and the early months of Baby BH's life, appointments with a Romanian
interpreter were arranged only intermittently. At the six-week check, the GP used a telephone
translation app to ask Mother about her mood; at the health visitor's eight-week visit, a neighbour
interpreted. Mother later told the review that she had tried to say that her husband hit her and that
she was frightened of him, but did not know the words and 'everyone was in a hurry'. The review found
that the availability of interpreters was treated as an administrative matter rather than as something
on which the safety of a mother and baby might depend.
""")

X("t-058", W, ["information-sharing", "parental-substance-misuse"], """
4.6 The GP practice knew that Mother had relapsed into heroin use in the third trimester: she told her
GP, and asked to be restarted on buprenorphine. The practice did not share this with the midwifery
service because, the practice manager told the review, staff understood that consent was needed and
Mother had asked them not to tell anyone. The review has found that this reflected a widespread
misunderstanding of when information can be shared without consent to protect an unborn child. The
midwifery team therefore planned for a low-risk birth and a routine discharge, and the baby went home
without any assessment for neonatal withdrawal.
""")

X("t-059", E, ["voice-of-child", "disability-send"], """
5.3 Child BI is a fifteen-year-old autistic young man who uses an eye-gaze communication device. The
review wishes to record the practice of his social worker, who spent four sessions learning how he
communicated before asking him about home, worked with his speech and language therapist to add
symbols for 'scared', 'hurt' and 'stop', and saw him at school, where he was calm. It was in the fourth
session that Child BI indicated that a carer at his respite placement 'hurt' him at bath time. Without
that patient work, the review believes the allegation would never have been made.
""")

X("t-060", NI, ["safe-sleep", "poverty-housing", "professional-curiosity"], """
3.5 The family had been living in a one-bedroom flat in a housing association block since Baby BJ's
birth, with two older children sleeping in the living room. There was no room for the cot that had been
donated by a charity, and it remained flat-packed in the hallway. Baby BJ slept in her parents' bed or
in a car seat on the floor. The health visitor recorded the cot as 'available' at the primary birth
visit, and the safe sleep checklist was completed with a tick in each box, without anyone asking to see
where the baby actually slept. Baby BJ was found unresponsive in the parents' bed at eleven weeks.
""")

# ---------------------------------------------------------------------------------------------
# Excerpts t-061 .. t-095
# ---------------------------------------------------------------------------------------------
X("t-061", W, ["non-mobile-baby-injury", "fathers-male-carers", "professional-curiosity"], """
5.1 The new birth visit was completed by Health Visitor 2 when Baby BK was eleven days old. Standard
safe sleep advice was given and the Moses basket was seen in the parents' bedroom; nothing in the review
suggests that sleeping arrangements were ever a concern. At seven weeks, Baby BK was seen by the GP with
a bruise to the ear, which Mother said had been caused by the car seat strap. The GP did not apply the
regional bruising protocol for infants who are not yet mobile. Father, who had sole care of Baby BK on
the afternoon the bruise appeared, was not spoken to by the GP or, subsequently, by the health visitor,
who recorded the explanation exactly as Mother had given it.
""", traps=["safe-sleep"])

X("t-062", NI, ["online-harm", "sexual-abuse-exploitation"], """
4.4 The family lived in a large detached house in a rural part of the Trust area; both parents were
professionals and there were no financial or housing pressures of any kind. Young Person BL, aged
thirteen, had a laptop and phone in her bedroom with no parental controls. Over six months an adult man
she met on a social media platform persuaded her to perform sexual acts on a live video stream, which he
recorded and later used to blackmail her into producing more. She told no one until the police, acting
on intelligence from abroad, contacted her parents. She has since described feeling that she had been in
'a relationship' and that she only understood later that she had been groomed.
""", traps=["poverty-housing"])

X("t-063", E, ["self-harm-suicide", "sexual-abuse-exploitation", "professional-curiosity"], """
6.2 Young Person BM's self-harm began when she was eleven, shortly after her mother's new partner moved
into the family home. Over the following three years she was seen by her GP, the school nurse, CAMHS and
the emergency department on more than twenty occasions for cutting, ligatures and overdoses. Every
assessment focused on her emotional regulation; none asked what had happened to her. When, aged
fourteen, she disclosed that Mother's partner had been sexually abusing her since she was eleven, the
timeline of her self-harm made grim sense. The review concludes that self-harm was treated as the
problem rather than as a communication about one.
""")

X("t-064", S, ["self-harm-suicide", "poverty-housing"], """
Key learning 1. Young Person BN died by suicide at the age of seventeen, four months after leaving a
residential placement for a supported flat in a town where he knew no one. In the weeks before his death
his throughcare worker recorded that he had no money for the electricity meter, was surviving on food
parcels and was not answering his phone. He had told his former key worker that he felt 'like nobody
would notice if I disappeared'. The review found that the transition plan addressed his tenancy and
benefits but not how he would cope with being alone, and that his long history of self-harm was not
mentioned in his pathway plan.
""")

X("t-065", W, ["child-criminal-exploitation", "escalation-challenge"], """
7.3 The youth justice worker became convinced during the summer of 2023 that Young Person BO was being
exploited by a county line operating between Merseyside and North Wales. He had been arrested twice in
unfamiliar towns, his phone was constantly ringing, and he had a debt he was frightened of. She asked for
the case to be heard at the multi-agency child exploitation panel; the referral was returned because he
was 'already open to the youth justice service'. She challenged the decision with the panel chair by
email, copying in her manager, and the case was heard the following month. The review supports the view,
expressed by several practitioners, that open involvement with one service should never be a reason not
to consider exploitation.
""")

X("t-066", NI, ["child-criminal-exploitation"], """
5.10 By the age of fourteen Young Person BP was known to be associating with a group linked to a local
paramilitary organisation, which used young people to deliver drugs and to carry messages. In June 2022
he was the subject of a threat and subsequently of a so-called punishment attack in which he was shot in
both legs. Agencies had documented his involvement for over a year, but the risk was framed throughout
as community conflict rather than as the criminal exploitation of a child. The review considers that the
coercive control exercised by paramilitary groups over young people in some communities must be
recognised explicitly in the region's child exploitation procedures.
""", traps=["domestic-abuse"])

X("t-067", S, ["child-criminal-exploitation", "disability-send", "information-sharing"], """
4.9 Young Person BQ has a diagnosis of foetal alcohol spectrum disorder, and his school noted that he was
highly suggestible, struggled to understand consequences and would do almost anything to be liked.
These were precisely the characteristics that made him attractive to the older young men who began to
use him to hold drugs and cash. When he was stopped by police with a holdall of cannabis, he told
officers it was 'his' and that he had 'chosen' to carry it. The review found that his additional support
needs were well understood by education but were not shared with, or considered by, the police or the
Children's Reporter.
""", traps=["parental-substance-misuse"])

X("t-068", E, ["child-criminal-exploitation", "poverty-housing"], """
6.8 Young Person BR was fifteen when he was stabbed outside a takeaway shop near his home. In the
preceding six months he had told his school mentor that he carried a knife because 'everyone does' and
that older boys said he 'owed' them for a package that had been taken from him. The family of six had
been living in temporary accommodation for two years, and Young Person BR spent as little time there as
possible because he shared a room with three younger siblings. His mother had asked children's services
for help moving him out of the area; she was told there was no power to do so unless he was at risk
within the family.
""")

X("t-069", W, ["sexual-abuse-exploitation", "professional-curiosity"], """
5.2 Child BS, aged ten, displayed sexualised behaviour towards younger children at his after-school club
on three occasions in 2022. Staff used a recognised traffic-light tool and correctly assessed the
behaviour as 'red'. A referral was made, and a social worker met with his parents, who said he had seen
something on a cousin's phone. The harmful sexual behaviour was addressed through a short programme of
work, but nobody asked where a ten-year-old had learned what he was doing, or tested the parents'
explanation. It later emerged that Child BS had himself been sexually abused by a teenage relative over
a period of two years.
""")

X("t-070", NI, ["online-harm", "professional-curiosity"], """
4.12 Young Person BT's eating disorder was first identified by her GP when she was thirteen. Over the
following year she lost a fifth of her body weight. Her parents later found that she had been following
accounts that promoted extreme calorie restriction and that she belonged to a private group in which
members set each other weight-loss 'challenges' and shared photographs of their bodies. The community
eating disorder service had not asked about her online activity, and its assessment framework contained
no prompt to do so. The review recommends that online life be treated as part of every assessment of a
young person's mental health, not as an optional extra.
""")

X("t-071", S, ["online-harm", "sexual-abuse-exploitation", "self-harm-suicide"], """
5.1 Young Person BU, aged sixteen, died by suicide within hours of receiving a series of messages from an
account he believed belonged to a girl of his own age. He had been persuaded to send an intimate image
and was then told that unless he paid several hundred pounds it would be sent to his family and friends.
His phone showed that he had paid once, was asked for more, and searched for how to end his life forty
minutes later. Police Scotland have since linked the account to an organised overseas network. Neither
his school nor his parents knew that financially motivated sexual extortion of boys of his age was
increasing sharply.
""")

X("t-072", E, ["online-harm", "voice-of-child"], """
7.6 When a nude image of Young Person BV, aged fourteen, was shared around her year group, the school's
response focused on identifying and disciplining the pupils who had forwarded it. Young Person BV was
herself sanctioned for having sent the original image to her then boyfriend, also fourteen. She told the
review, through her advocate, that what she had needed was for someone to ask how she was and to help
her get the image taken down, and that instead she 'felt like the criminal'. The review notes that
national guidance on responding to the sharing of nudes is clear that the young person in the image
should be listened to, treated as a victim and supported.
""")

X("t-073", W, ["online-harm", "child-criminal-exploitation"], """
6.4 Analysis of Young Person BW's phone after his arrest showed that he had first been contacted through
a social media platform by an account advertising 'quick cash' alongside pictures of designer clothes
and cars. Within three weeks he was being sent train tickets and instructions through an encrypted app,
and was travelling to towns he had never visited to deliver drugs. His mother had noticed him on his
phone late at night and asked the school for advice; she was given a leaflet on screen time. The review
concluded that neither she nor the school recognised online recruitment as the first stage of criminal
exploitation.
""")

X("t-074", NI, ["non-mobile-baby-injury", "parental-substance-misuse", "professional-curiosity",
                "fathers-male-carers"], """
4.7 Baby BX was admitted to hospital aged four months with a subdural haemorrhage and retinal
haemorrhages. He was not yet rolling. The medical opinion was that the injuries were non-accidental and
consistent with shaking. Both parents were using cocaine at weekends, which Mother told the review she
had concealed from the midwife and health visitor. The review found that the pre-birth assessment had
not explored drug use beyond a single 'no' at booking, and that the antenatal message about coping with
a crying baby had been delivered to Mother alone; Father was never offered it.
""")

X("t-075", E, ["non-mobile-baby-injury", "culture-ethnicity-language", "professional-curiosity"], """
5.2 Baby BY was three months old when his childminder noticed a number of small round marks on his
back. The parents, who had recently arrived from West Africa, explained that they were the result of a
traditional remedy for colic, and a paediatrician familiar with the practice confirmed that this was
plausible. A skeletal survey, performed because the bruising protocol for non-mobile babies applied,
identified no fractures, and a follow-up strategy discussion agreed no further action. The review
considers this a well-handled case: the cultural explanation was neither dismissed nor accepted
uncritically, but tested, and the protocol was followed in full.
""")

X("t-076", S, ["non-mobile-baby-injury", "information-sharing", "professional-curiosity"], """
6.3 When Baby BZ, aged nine weeks, was seen at the emergency department with a bruise on her chest, the
triage nurse recorded it and the doctor discharged her with advice. The discharge summary was sent to
the GP, but the emergency department did not notify the health visitor, and the NHS board's guidance on
bruising in immobile babies was not followed. Eight days later the health visitor saw the baby for a
planned contact and noticed a further bruise on the thigh; not knowing about the first, she accepted
Mother's explanation that the baby had kicked against the cot bars.
""")

X("t-077", W, ["non-mobile-baby-injury", "escalation-challenge"], """
4.11 The midwife who saw Baby CA at ten days noticed a fingertip-sized bruise on his shin and, following
the all-Wales guidance, referred to the local authority. The duty social worker's view was that the
bruise was 'minor' and that a strategy discussion was not required. The midwife did not accept this and
asked her safeguarding lead to speak to the team manager, who agreed that the protocol required a
discussion and a paediatric assessment. The assessment found two posterior rib fractures. The review
notes that the midwife's confidence in challenging the decision came directly from a regional training
session she had attended three months earlier.
""")

X("t-078", NI, ["safe-sleep", "parental-substance-misuse", "information-sharing",
                "professional-curiosity"], """
5.4 Baby CB died at the age of six weeks while sharing a sofa with Mother, who had drunk most of a
bottle of vodka over the evening. Mother's drinking had been discussed during pregnancy, and she had been
referred to the Trust's addiction service but did not attend. At the primary birth visit she told the
health visitor that she 'wasn't really a drinker any more'. The review found that this statement was
recorded without challenge, and that the health visitor was not aware of the earlier referral, which sat
in the maternity record and was not included in the midwifery discharge summary.
""")

X("t-079", S, ["safe-sleep", "culture-ethnicity-language"], """
5.7 The family were Syrian refugees resettled under the national scheme. Mother told the review that in
Syria it was usual for babies to sleep with their mothers and that she had never heard the advice not
to. Safe sleep information had been given to the family in English, and the Arabic version produced by
the health board had not been offered. Baby CC died at ten weeks while sleeping in her parents' bed,
next to Father, who was taking sedating medication. The review considers that advice which does not
engage with a family's own practices and beliefs, in a language they understand, is unlikely to change
what they do.
""")

X("t-080", E, ["safe-sleep", "poverty-housing", "information-sharing"], """
6.6 For the last three months of Baby CD's life the family lived in a single room in a hotel used as
emergency accommodation by the council, with one double bed and no space for a cot. The housing officer
who placed them was not aware that there was a baby under six months in the household, and the health
visitor, who knew about the move, did not know what the room was like because her visits took place in
the hotel's reception area. Baby CD died while sharing the double bed with both parents and his
two-year-old sister.
""")

X("t-081", W, ["safe-sleep", "disguised-compliance", "professional-curiosity"], """
5.9 At each visit Mother showed the health visitor the crib beside her bed and said that Baby CE slept
there 'every night'. On the one occasion the health visitor asked to see where the baby had slept the
previous night, the crib was full of clean washing. Mother laughed it off and said she had just put it
there, and the visit moved on. After Baby CE's death on the sofa, Mother said that she had fallen asleep
feeding him most nights and had never used the crib. The review notes that the family told professionals
what they knew professionals wanted to hear, and that safe sleep conversations rarely went beyond 'where
does baby sleep?'.
""")

X("t-082", NI, ["disguised-compliance", "parental-mental-health", "voice-of-child"], """
4.9 Mother was skilled at describing the right things. She told her community psychiatric nurse that she
was taking her medication, told the social worker that the children were 'my reason to get up', and
attended every review with a folder of certificates from parenting courses. Pharmacy records, obtained
for this review, show that she collected her antipsychotic medication on only four occasions in nine
months. The children, meanwhile, were telling their teachers that 'Mummy's talking to the telly again'.
The review considers that the professionals around the family relied on Mother's account and on evidence
of activity rather than on what the children were saying about their lives.
""")

X("t-083", S, ["disguised-compliance", "neglect"], """
Finding 3. Over the eighteen months the children's names were on the child protection register, the
parents agreed to every element of the plan: registering the children with a dentist, attending speech
and language appointments, accepting a family support worker. The registration with the dentist was
completed but no appointment was ever attended. The support worker was cancelled eleven times. At each
core group Mother gave a reason, and the plan recorded progress as 'partially met'. The review considers
that the plan measured whether parents said yes, not whether anything changed for the children, whose
teeth were decaying and whose speech was not improving.
""")

X("t-084", W, ["disguised-compliance", "fathers-male-carers", "domestic-abuse"], """
6.5 Mother's partner, who had been arrested after an assault on Mother in front of the children,
presented as cooperative and articulate. He attended the initial child protection conference in a suit,
apologised for 'past mistakes' and agreed to complete a perpetrator programme. He attended the first two
sessions. He also, it later emerged, continued to live at the family home in breach of the written
agreement, and coached the children to say that he had moved out. The conference chair told the review
that his presentation 'took the heat out of the room'. The review notes that his engagement was judged on
how he presented in meetings rather than through direct work with him or checks with the programme
provider.
""")

X("t-085", E, ["disguised-compliance", "parental-substance-misuse", "professional-curiosity",
               "voice-of-child"], """
5.7 Father told every professional who asked that he had been abstinent from alcohol since the birth of
Child CF, and his GP recorded 'no longer drinking' in 2021. A hair strand test ordered in care
proceedings two years later showed sustained excessive alcohol use throughout the period. Practitioners
told the review that they had 'no reason to doubt him' because he was always sober when seen and was
unfailingly polite. No worker had seen him after four in the afternoon, and no one had spoken with Child
CF, then seven, about what evenings at home were like.
""")

X("t-086", NI, ["disguised-compliance", "information-sharing", "neglect"], """
5.1 Between the initial child protection case conference in January and the review conference in April,
the Trust's social worker recorded that Mother was 'working openly' and had 'engaged well'. Over the same
period, PSNI attended the address twice following reports that the children had been left alone
overnight, and the school recorded that Child CG had come in with a burn to her hand that she said had
happened 'when making toast'. None of this information was put before the review conference, because
neither PSNI nor the school had been invited, and the children were removed from the register on the
strength of Mother's own account of her progress.
""")

X("t-087", S, ["escalation-challenge", "domestic-abuse", "professional-curiosity"], """
4.10 The GP became increasingly concerned after Mother attended twice with injuries she said were from
falls, and wrote to social work asking for the children to be considered at an inter-agency referral
discussion. Social work replied that police had no recent incidents and that Mother had not disclosed
abuse. The GP did not consider that the absence of police reports answered her concern and telephoned
the team leader, and then the Chief Social Work Officer's office, to ask for the decision to be reviewed.
An IRD took place a week later, and Mother then disclosed years of assaults by her husband. The review
notes that GPs are rarely the source of formal challenge, and that this GP's persistence was exceptional.
""")

X("t-088", W, ["escalation-challenge"], """
5.11 Several practitioners told the learning event that they had disagreed with the decision to step the
case down from the child protection register to care and support in the summer of 2023, including the
school's safeguarding lead and the health visitor. None formally challenged it. The reasons they gave
were consistent: a sense that the local authority had made its decision, uncertainty about the Board's
resolution procedure, and a feeling that 'it would just sour the relationship'. The review considers
that, in a partnership that valued the quality of its working relationships, professional challenge had
come to be seen as a threat to those relationships rather than a part of them.
""")

X("t-089", E, ["culture-ethnicity-language"], """
6.4 The family were Irish Travellers living on a local authority site. Several records describe Mother as
'hostile' and 'unwilling to engage' without any indication of what had been asked of her or how. Mother
told the review that every professional who came onto the site 'already thought we were bad parents',
and that a previous social worker had told her that 'people like you' always moved on when things got
difficult. The review considers that discrimination, conscious or not, shaped how professionals
approached the family and how they interpreted Mother's wariness, which had its roots in the family's
long experience of being moved on and mistrusted.
""")

X("t-090", NI, ["culture-ethnicity-language", "professional-curiosity", "voice-of-child"], """
4.5 Child CH, aged eight, told a teacher that the pastor at her family's church had said she had 'a bad
spirit' and that her aunt was making her go without food to drive it out. The school referred the same
day. The review found that the social worker allocated to the case was uncertain how to discuss the
family's beliefs without appearing to attack their faith, and the assessment accepted the aunt's
assurance that fasting was a normal part of religious observance; Child CH was not spoken to again.
Abuse linked to faith or belief, including beliefs in spirit possession, is a recognised if uncommon
form of harm.
""")

X("t-091", S, ["culture-ethnicity-language", "disability-send", "professional-curiosity"], """
5.4 Child CI arrived in Scotland from Ukraine aged six, speaking no English. His school attributed his
difficulty following instructions, his isolation and his outbursts to 'EAL and trauma', and for two years
no assessment of additional support needs was requested. An educational psychologist eventually
identified a significant hearing loss, which had not been picked up because routine screening had been
missed when the family moved. The review considers that a language explanation was applied to
everything, that nobody questioned it, and that Child CI's needs were hidden behind it.
""")

X("t-092", W, ["culture-ethnicity-language", "voice-of-child"], """
4.13 Child CJ's first language is Welsh, and she attended a Welsh-medium school. Her mother is a Welsh
speaker; her father is not. When Child CJ was seen by the social worker in April 2024, the conversation
took place in English because no Welsh-speaking worker was available, although Child CJ had asked at
school to 'talk in Welsh'. The social worker recorded that she was 'quiet and gave short answers'. Her
teacher, who spoke with her in Welsh the following week, recorded a detailed account of what worried her
at home. Under the Active Offer, the choice of language should have been offered to her, not left to a
child to request.
""")

X("t-093", E, ["poverty-housing", "neglect"], """
5.10 The review has reflected carefully on the relationship between poverty and neglect in this family.
The children were often hungry and the house was cold, and for much of the period the family had no
working cooker and relied on a single electric heater. It would be wrong to treat material deprivation as
if it were a failure of parental care, and the review has seen evidence that Mother went without food so
that the children could eat. It would equally be wrong to allow poverty to explain everything: Child
CK's untreated squint, the missed hospital appointments and the long periods when the children were left
in the care of a twelve-year-old cousin were not caused by lack of money.
""")

X("t-094", NI, ["poverty-housing", "parental-mental-health", "professional-curiosity"], """
3.11 From late 2022 the family's finances collapsed. Father lost his job, deductions for an earlier
benefit overpayment left them with less than forty pounds a week after rent, and debts to doorstep
lenders were accumulating. Mother told her GP she was not sleeping and had thought about 'just walking
into the sea'. The GP prescribed antidepressants and made a referral to the community mental health team,
which placed her on a waiting list. No agency asked what lay behind Mother's despair or made the
connection with the family's debts, and no referral was made for benefits or debt advice.
""", traps=["self-harm-suicide"])

X("t-095", S, ["poverty-housing"], """
Key learning 6. After the family were evicted in 2022 for rent arrears, Mother and the three children
stayed with a series of relatives and friends, sleeping on sofas and floors, for eleven months before
being offered a temporary flat. Because they had never entered homeless accommodation, they did not
appear in the council's homelessness figures, and the children's school was not aware of the situation
until Child CL, aged nine, mentioned that she had been 'sleeping on Auntie's floor for ages'. Her
attendance and her reading had both fallen steeply over that period.
""")

# ---------------------------------------------------------------------------------------------
# Excerpts t-096 .. t-129
# ---------------------------------------------------------------------------------------------
X("t-096", E, ["disability-send", "neglect", "professional-curiosity"], """
6.9 Child CM has Down syndrome and a congenital heart condition. Throughout the period under review,
professionals attributed his small size, poor weight gain and developmental delay to his conditions. A
dietitian who saw him in 2023, for the first time in eighteen months, plotted his weight on the
syndrome-specific growth chart and found that he had fallen from the 50th to below the 2nd centile. He
was admitted to hospital and gained weight rapidly on a normal diet. The review considers that his
disability became an explanation for neglect that no one questioned, and that this is a recognised
pattern in the lives of disabled children.
""")

X("t-097", W, ["disability-send", "fathers-male-carers", "information-sharing"], """
5.3 Child CN is a seven-year-old with global developmental delay and epilepsy who attends a special
school. Her father, who had parental responsibility and cared for her every other weekend, was never
invited to her individual development plan meetings or her epilepsy reviews, because the school and the
hospital held only Mother's contact details. Father told the review that he had not known her seizure
medication had been changed, and that on the weekend of the incident he had been giving her the old
dose. The review considers this a failure to treat Father as a parent in his own right.
""")

X("t-098", NI, ["disability-send", "parental-mental-health", "professional-curiosity"], """
4.14 Caring for Child CO, whose complex health needs included a tracheostomy and overnight ventilation,
meant that his parents had not slept a full night in over two years. The agreed package of overnight
nursing support was delivered on fewer than half of the planned nights because of staff shortages, and
the parents were often not told in advance. Mother's GP had diagnosed depression and prescribed
medication in 2022, and recorded on several occasions that she was struggling to manage his care. The
review heard that professionals admired the parents' devotion and did not want to add to their burden by
asking difficult questions, with the result that nobody asked how they were coping with the nights.
""")

X("t-099", S, ["neglect"], """
3.2 Because of pandemic restrictions, most contact between the family and professionals between April and
August 2020 took place online or by telephone, and the review considered whether this had prevented
professionals from identifying risk. The children were seen in person at school from August, and the
review found no evidence that any online activity by the children was relevant. What the change to
remote contact did affect was professionals' view of the home: no one entered the house for five months,
and the deterioration in its condition — later described by police as squalid, with rotting food and no
clean bedding for the children — went unseen.
""", traps=["online-harm"])

X("t-100", NI, ["self-harm-suicide", "parental-substance-misuse", "professional-curiosity"], """
5.6 Young Person CP's self-harm escalated during the spring of 2023, from scratching to deep cuts that
required hospital treatment on two occasions. Because she was frequently away from home overnight, the
Trust completed a child sexual exploitation risk assessment; it found no indicators, and her account that
she was staying with a school friend was confirmed by that friend's family. The review is satisfied that
sexual exploitation was properly considered and excluded. The more important gap was that no one
explored what was driving her to stay away from home, where, she later told the chair, her mother's
drinking had become unbearable.
""", traps=["sexual-abuse-exploitation", "escalation-challenge"])

X("t-101", W, [], """
8.2 The Regional Safeguarding Board's annual report records that 87 per cent of frontline staff
completed its e-learning module on professional curiosity in 2023–24, and that a multi-agency escalation
protocol was relaunched in the same year. These are welcome developments, but the review did not find
that either was tested in Child CQ's case, which turned on a different question: what happens to a young
carer when his mother's multiple sclerosis progresses and her adult social care package is cut. Child
CQ, aged eleven, was helping his mother to wash and dress each morning before school and had been late on
60 of the previous 90 school days.
""", traps=["professional-curiosity", "escalation-challenge", "disability-send"])

X("t-102", E, ["parental-mental-health"], """
4.6 Mother had herself been sexually abused as a child by a family friend and had spent several years in
foster care. She told the review that the birth of her daughter had brought back memories she had spent
her adult life trying to suppress, and she began to experience flashbacks and panic attacks that left her
unable to leave the flat. She was assessed by the perinatal team as having complex post-traumatic stress
disorder. There is no suggestion in any record that Child CR was at risk of sexual harm, and the review's
concern lies with how Mother's trauma affected her capacity to respond to her baby's needs.
""", traps=["sexual-abuse-exploitation"])

X("t-103", S, ["fathers-male-carers", "information-sharing", "professional-curiosity"], """
5.5 Mother's new partner, whom she had met online, moved into the household within weeks. He had
convictions for serious violence and for supplying drugs. Police Scotland held this information; social
work, which was supporting Mother with Child CS's behaviour, did not know he existed. The social worker
visited eleven times in six months and noted a man's jacket on two occasions but did not ask whose it
was. Mother later said that she would have told the truth if asked, because at that point she did not
know his history either. Mother's partner was never seen, checked or assessed by any agency before the
incident.
""", traps=["online-harm"])

X("t-104", NI, ["sexual-abuse-exploitation", "information-sharing"], """
6.2 In 2019 Child CT's older sister disclosed that their maternal grandfather had sexually abused her when
she was eight. The PSNI investigation did not proceed to prosecution, and the case was closed by the
Trust after the family agreed that the grandfather would have no unsupervised contact with the children.
No agency monitored the agreement. By 2022 the grandfather was collecting Child CT from school two
afternoons a week, which the school knew but did not recognise as significant because the 2019
information had never been passed to it. Child CT disclosed abuse by her grandfather in March 2023.
""")

X("t-105", W, ["sexual-abuse-exploitation", "information-sharing"], """
5.7 Young Person CU, a sixteen-year-old girl living in a residential placement in Wales far from her home
authority in England, was sexually exploited by a group of adult men who targeted the children's home,
befriending residents outside the local shop and supplying them with alcohol and cannabis. The placing
authority did not inform the local police or the host local authority that she had been placed there,
despite her known history of exploitation. Local police, who were aware of the group's activity, did not
know she was at risk. Her care plan described her as 'making unwise choices about relationships'.
""", traps=["parental-substance-misuse"])

X("t-106", E, ["sexual-abuse-exploitation", "voice-of-child", "culture-ethnicity-language"], """
6.1 Child CV, aged ten, disclosed to a teaching assistant who spoke Urdu that her uncle had been touching
her in a sexual way. The school made a prompt referral and a joint visit was arranged. The visit took
place in the family home with the child's father present, and the interpreter used by police was, it
emerged afterwards, known to the family through their mosque. Child CV retracted her account. The review
considers that the arrangements for hearing her — where, with whom, and through whom — made it almost
impossible for her to repeat what she had said.
""")

X("t-107", S, ["sexual-abuse-exploitation"], """
Learning point 5. The sexual abuse of Child CW, aged six, by her fourteen-year-old brother came to light
only after a neighbour saw them through a window. Her brother had himself been referred twice, at eleven
and twelve, for sexualised behaviour at school, and on each occasion the response was a single session of
work on 'appropriate relationships'. The review concludes that harmful sexual behaviour by a child must
prompt a full assessment of both the child's own experiences and the safety of any children he has
access to, including at home.
""")

X("t-108", NI, ["self-harm-suicide", "voice-of-child"], """
5.8 Young Person CX, who was in foster care, self-harmed for the first time at thirteen after contact
with her birth mother was abruptly stopped. She had asked her social worker three times to explain why,
and to see her mother 'just to say goodbye'. Her requests are recorded in the file with the note 'to
discuss with manager'. The review found no record that they were ever discussed, or that anyone went back
to her. Her foster carer told the review that she began cutting 'because she thought no one was
listening, and she was right'.
""")

X("t-109", E, ["self-harm-suicide", "escalation-challenge"], """
7.1 When Young Person CY was due to be discharged from a paediatric ward following a serious overdose, the
ward's safeguarding nurse was concerned that she was being sent home to the same circumstances without a
plan. She contacted the CAMHS crisis team, who said the young person had been assessed as 'low risk' and
did not need follow-up. The nurse asked for the decision to be reviewed by a consultant psychiatrist and,
when that was refused, escalated to the named doctor for safeguarding, who arranged a multi-agency
discussion before discharge. Young Person CY told the review that it was 'the first time anyone fought for
me'.
""")

X("t-110", W, ["fathers-male-carers", "parental-substance-misuse", "information-sharing", "poverty-housing",
               "safe-sleep", "non-mobile-baby-injury", "professional-curiosity", "escalation-challenge"], """
Summary of learning (extract). Five findings emerged. Baby CZ's father, who provided much of her care,
was never assessed. His heavy drinking was known to his GP but not to the health visitor. The family's
overcrowded flat meant that Baby CZ regularly slept on the sofa with an adult. The explanation given for
her first bruise, at seven weeks, was accepted without question. And nobody, at any point across eleven
months, challenged a decision they disagreed with, although several told the review that they had.
""")

X("t-111", NI, ["parental-mental-health", "parental-substance-misuse", "domestic-abuse",
                "information-sharing", "voice-of-child", "neglect"], """
Key finding. Mother's depression, Father's cocaine use and the violence between them were each known to a
different agency, and no single professional ever held all three. Child DA, aged four, was seen at home
eight times but was never spoken to on her own, and her nursery's concerns about her hunger and weight
loss were recorded but not passed on. This pattern is familiar from other reviews; what was different
here was that each agency believed another was leading.
""")

X("t-112", S, ["child-criminal-exploitation", "culture-ethnicity-language", "professional-curiosity"], """
Learning point 7. Young Person DB, a fifteen-year-old unaccompanied asylum-seeking child from Vietnam,
went missing from his placement within days of arrival and was later found working in a cannabis
factory. No interpreter was used at his initial placement meeting, his age was disputed and he was
accommodated as an adult for three weeks, and the possibility that he had been trafficked was not
considered until he was found. The pattern of disappearance soon after arrival is well documented, and was known locally.
""")

X("t-113", E, ["fathers-male-carers", "non-mobile-baby-injury", "information-sharing",
               "escalation-challenge"], """
4.2 In brief: Mother's partner was the main carer for Baby DC for much of the day, was never seen by
health professionals, and had a history of violence known only to probation. When Baby DC was admitted
with a fractured humerus at ten weeks, probation's information reached the hospital social worker only
after the strategy discussion had concluded that the injury was probably accidental. The consultant
paediatrician's disagreement with that conclusion was recorded in the minutes but was never pursued by anyone.
""")

X("t-114", E, ["child-criminal-exploitation", "online-harm", "voice-of-child"], """
6.10 Young Person DD's phone contained videos, filmed by older members of the group and posted to a
video-sharing platform, in which he was shown being slapped and humiliated after 'losing' a package. He
was fourteen. The videos had been viewed thousands of times, including, the review learned, by pupils at
his school. When asked by his social worker why he kept going back, he said, 'If I stop, they'll come to
the house.' The review considers that his statement was the clearest possible account of entrapment and
debt bondage, and that it should have prompted an immediate response to protect him and his younger
siblings; instead it was recorded and not acted on.
""")

X("t-115", NI, ["online-harm", "self-harm-suicide"], """
5.9 Young Person DE, aged fourteen, was being bullied through anonymous messages on an app that allowed
users to post questions to one another's profiles. Messages told her she was ugly, that everyone hated
her and that she should kill herself. She began to self-harm and, in November 2022, was found by her
father having tied a ligature. Her parents had reported the bullying to the school, which advised them to
delete the app; the school did not record the report as a safeguarding concern and did not consider
whether the messages came from pupils.
""")

X("t-116", S, ["safe-sleep", "parental-substance-misuse", "fathers-male-carers"], """
5.2 Baby DF died at five weeks while sleeping in an adult bed with Father, who had taken prescribed
pregabalin and street diazepam on the evening of his death. Father had not been seen by any health
professional during the pregnancy or after the birth, and the safe sleep information given to Mother did
not reach him. He told the review that he had 'no idea' that sleeping next to a baby after taking tablets
was dangerous. Mother was in hospital that night for treatment of a postnatal infection, and Father was
caring for the baby alone for the first time.
""")

X("t-117", W, ["safe-sleep", "domestic-abuse", "parental-mental-health", "poverty-housing"], """
6.1 In the weeks before Baby DG's death, Mother had fled the family home after a serious assault by
Father and was staying in a refuge where she and her three children shared a single room. Baby DG slept
in her bed because the travel cot the refuge provided had a broken side. Mother was exhausted and, her GP
recorded, 'tearful, flat, not sleeping', and had been prescribed sertraline for depression a week
earlier. Refuge staff had not received safe sleep training and did not know that an infant in the
household had particular needs.
""")

X("t-118", S, ["safe-sleep", "parental-substance-misuse", "professional-curiosity"], """
Learning point 4. The review highlights the practice of the family nurse, who, knowing that Mother had
used alcohol heavily before the pregnancy, completed a detailed safe sleep assessment at each visit,
asked Mother to show her where Baby DH had actually slept the night before, and talked explicitly about
what to do on 'a night out' or a night when the baby would not settle. When Mother's drinking resumed, it
was the family nurse's direct conversation that led to Mother arranging for the baby to stay with her
grandmother on weekend nights.
""")

X("t-119", NI, ["safe-sleep", "poverty-housing", "professional-curiosity"], """
4.3 Baby DI was found dead in a car seat on the floor of the living room where he had been left to sleep
overnight, strapped in and wearing a snowsuit, in a room heated by a gas fire. The rest of the house was
cold, Mother told police, because she could not afford to heat the bedrooms. The review found that the
Trust's pre-birth assessment had noted the family's fuel debt but that no one had asked how it would
affect where and how the baby would sleep in winter.
""")

X("t-120", S, ["non-mobile-baby-injury", "disguised-compliance", "professional-curiosity"], """
6.7 After Baby DJ's first unexplained injury, a bruise to the abdomen at eight weeks, the parents agreed to
a safety plan under which Maternal grandmother would supervise all care. Both parents were warm and
appreciative towards professionals and were praised for 'working openly'. The grandmother, it later
emerged, was present for no more than an hour on most days. At fifteen weeks Baby DJ was admitted with a
fractured femur and old metaphyseal fractures. The review considers that a safety plan that relied on
family members was accepted without any means of checking that it was operating.
""")

X("t-121", E, ["parental-mental-health", "disguised-compliance", "information-sharing"], """
5.5 Mother consistently told her perinatal mental health worker that she was well, taking her medication
and enjoying her baby, and asked for her case to be closed. The worker was reassured by her smart
appearance and by the tidy flat. The health visitor, visiting the same month, recorded that Mother 'did
not hold or look at the baby during the visit' and that the baby was 'quiet and flat'. The two
observations were never compared. Mother later described having spent months 'performing being OK'
because she was terrified that her baby would be taken away if she admitted to the voices she was
hearing.
""")

X("t-122", W, ["domestic-abuse"], """
5.10 Father controlled Mother's movements through a tracking app on her phone, checked her messages each
evening and had installed a camera in the living room that he could watch from work. Mother told the
review that she could not speak freely to any professional who visited the house because 'he was always
listening'. The health visitor, unaware of the camera, asked Mother the routine enquiry question about
domestic abuse in the living room. Child DK, aged three, was often present when Father, on his return,
replayed recordings and berated Mother about what she had said.
""", traps=["online-harm"])

X("t-123", NI, ["domestic-abuse", "information-sharing", "voice-of-child"], """
6.3 The children's school had recorded, over two years, a pattern of Child DL arriving on Monday mornings
exhausted, anxious and reluctant to talk about the weekend. In one drawing she showed her parents' house
with 'shouting lines' coming out of the windows. From 2022 police notifications of the violence between
her parents were shared with the school the morning after each incident under Operation Encompass, and
her teacher told the review that this allowed her, for the first time, to understand what Child DL's
weekends were like and to give her a quiet space to talk on Monday mornings.
""")

X("t-124", E, ["child-criminal-exploitation", "fathers-male-carers", "information-sharing"], """
7.8 Young Person DM's father had been in prison for most of his childhood, and on release in 2022 moved
back to the area. Young Person DM, then fifteen, began spending time with him and, through him, with
adults involved in supplying drugs, for whom he was soon carrying packages. Neither probation nor
children's social care considered what Father's release meant for his son: probation's risk assessment
listed 'no children in household', and the social worker working with Young Person DM about his missing
episodes had not been told that his father was out of prison.
""")

X("t-125", S, ["child-criminal-exploitation", "neglect"], """
4.11 Young Person DN was twelve when he began going missing overnight. His mother often did not report him
missing until the following day and did not know where he was or who he was with. He was found by police
in a flat used by older youths to store drugs and weapons, having been given a bike and a phone 'as a
present'. The review considers that the long-standing neglect of Young Person DN — the lack of
supervision, the absence of anyone at home who noticed when he did not come back — made him an easy
target for those who exploited him.
""")

X("t-126", W, ["online-harm", "disability-send", "sexual-abuse-exploitation"], """
5.12 Young Person DO, aged fifteen, has a learning disability and a very trusting nature. In the summer of
2023 she began an online friendship with an adult man she met through a gaming forum, who sent her
sexual messages and persuaded her to share her address and then to meet him. Her school had delivered the
standard online safety curriculum but, her teacher acknowledged, it had not been adapted to her level of
understanding, and her individual development plan contained no reference to online risk. The meeting
was prevented only because a bus driver became concerned about her and called the police.
""")

X("t-127", E, ["self-harm-suicide", "disability-send", "voice-of-child"], """
6.3 Young Person DP, who is autistic, masked her distress at school so effectively that staff described
her as 'a model pupil'. At home she was self-harming daily, and her parents had twice found notes in
which she wrote about wanting to die. When her parents raised this with the school, the response was that
she 'seemed fine' in class. The review heard from Young Person DP herself that school was 'where I had to
pretend hardest', and considers that the gap between what school saw and what her parents described
should have been the starting point for asking her about her own experience.
""")

X("t-128", NI, ["disguised-compliance", "online-harm", "sexual-abuse-exploitation",
                "professional-curiosity"], """
5.11 Following the police investigation into the online grooming of Child DQ, aged eleven, by an adult
seeking sexual images, her parents signed a safety plan agreeing to remove her phone at night, install
parental controls and supervise her use of the family tablet. At each review they confirmed that these
measures were in place, and the plan was closed after three months without anyone checking. Child DQ
later told her social worker that the phone had been returned to her within a week and that her parents
'never checked'. She was again contacted by an adult, who had used a new account to find her.
""")

X("t-129", S, ["non-mobile-baby-injury", "parental-substance-misuse", "information-sharing",
               "professional-curiosity"], """
5.8 Baby DR's bruised ear at nine weeks was seen by a locum GP, who did not know that the practice's
safeguarding lead had placed an alert on the family's records because of Mother's opioid use. The alert
was visible only on a summary screen which the locum did not open. The GP accepted that the baby had
'caught his ear on the car seat' and made no referral. The review found that the health board's guidance
on bruising in non-mobile babies had been circulated to practices as an email attachment and was not part
of locum induction.
""")

# ---------------------------------------------------------------------------------------------
# Decision rules (copied into README.md)
# ---------------------------------------------------------------------------------------------
DECISION_RULES = """\
1. **Evidenced, not mentioned.** A theme is labelled only when the excerpt shows it was a feature of
   *this* child's or family's circumstances, or of the practice in *this* case. A word in passing is not
   enough.
2. **Practice themes count whether practice was good or poor.** `voice-of-child`,
   `information-sharing`, `professional-curiosity`, `escalation-challenge` and `fathers-male-carers`
   are labelled when the excerpt analyses that aspect of practice: a failure (the father was never
   seen, the information never arrived, nobody challenged a decision they disagreed with) and good
   practice (the evening visits that included Father, the Operation Encompass notification that reached
   school in time, the nurse who escalated) both count.
3. **Negated or ruled-out concerns are not labelled.** "There was no indication of domestic abuse",
   "substance misuse was not a feature", "sexual abuse was properly ruled out", "the review does not
   think this was disguised compliance", "no financial or housing pressures": the theme is not labelled.
4. **Background, statistics, policy and training are not labelled.** National findings (the 'toxic
   trio', research on invisible men), training completion rates, a relaunched protocol, or a signed
   information sharing agreement do not evidence the theme unless the excerpt shows it operating (or
   failing) in the case.
5. **Review method is not practice.** How the review itself engaged the child or family (offered the
   child a say, held the learning event online, used an online portal) is not evidence of
   `voice-of-child` or `online-harm`. What a family member *tells the review about practice* is evidence.
6. **Same word, other sense.** "Neglected to record", "the court escalated the timetable", "self-harm
   escalated", "the referral went missing", "a curious toddler", "coercive control" by a paramilitary
   group, a case "escalated to a strategy discussion" as a routine step: none of these evidences the
   theme whose word they borrow. Stepping a case up through thresholds is not `escalation-challenge`;
   that theme needs professional disagreement or challenge (including disagreement that was not
   pursued).
7. **Whose problem it is matters.**
   - `self-harm-suicide` is the *child's* self-harm or suicidality; a parent's self-harm history or
     suicidal thoughts are `parental-mental-health`.
   - `parental-mental-health` is the *parent's/carer's*; a child's anxiety, eating disorder or CAMHS
     involvement is not it.
   - `disability-send` is the *child's* disability, health or learning needs; a parent's learning
     disability or multiple sclerosis is not it.
   - `sexual-abuse-exploitation` concerns the child (or children in the case); a parent's own childhood
     sexual abuse is background, not the theme.
   - `parental-substance-misuse` is a parent's/carer's use; drugs supplied to or carried by a child are
     evidence of exploitation, not of this theme.
8. **`non-mobile-baby-injury`** needs an injury (or the bruising protocol being applied or not applied)
   in a baby not yet independently mobile. Bruising in a walking toddler, where the protocol is
   expressly said not to apply, is not labelled. An injury in a baby where the protocol was properly
   applied and the injury found benign is still labelled (the protocol was the practice in question).
9. **`safe-sleep`** needs unsafe sleeping arrangements, a sudden unexpected infant death, or safe sleep
   practice analysed as part of the learning. Routine advice recorded in passing, with the review
   noting sleeping arrangements were never a concern, is not labelled.
10. **`online-harm` vs `domestic-abuse`.** Technology-facilitated abuse between adults (tracking apps,
    cameras) is `domestic-abuse`; `online-harm` is harm to a child through online activity. Meeting a
    partner "online" is a mention, not harm.
11. **`online-harm` vs `sexual-abuse-exploitation`.** Online grooming or image abuse by an adult, or
    coerced/extorted images, carry both themes. A peer-to-peer nude image shared on without coercion
    carries `online-harm` (plus whatever practice theme is evidenced) but not
    `sexual-abuse-exploitation`.
12. **`poverty-housing` vs `neglect`.** Hunger and cold explained by lack of money are
    `poverty-housing`; `neglect` is labelled when the excerpt frames the child's needs as persistently
    unmet by the carers (supervision, health care, hygiene, food, dental decay, missed appointments).
    Both are labelled when the excerpt itself separates the two. Overcrowding, damp/mould rented
    housing, temporary accommodation, hotels, refuges shared rooms, eviction and fuel debt count as
    `poverty-housing`.
13. **`culture-ethnicity-language`** needs race, culture, faith, immigration status or language to
    shape the family's experience or the response (interpreters, adultification, the Welsh-language
    Active Offer, no recourse to public funds, Traveller families). A bare demographic statement ("the
    family is White British; no issues of culture, faith or language were identified") is not
    labelled. Communication needs that arise from a child's disability (BSL, Makaton, eye-gaze) are
    `disability-send`, not this theme.
14. **`disguised-compliance`** needs apparent cooperation that allayed concern while nothing changed (or
    concealment of the true picture from professionals). Genuine, sustained change followed by relapse
    is not labelled, even where practitioners wondered about it.
15. **`fathers-male-carers`** is labelled when the excerpt is about whether a father, stepfather or
    mother's partner was seen, checked, assessed, informed or involved. A male perpetrator whose
    involvement with services is not discussed (e.g. a stepfather who abused a child) does not by itself
    carry the theme.
16. **`voice-of-child`** is labelled when the excerpt concerns whether the child was seen alone,
    listened to, or their words and daily experience shaped (or failed to shape) the response.
    A child's quoted words used only as colour, or the child's choice not to take part in the review,
    are not enough.
17. **`information-sharing`** is labelled when the excerpt shows information one agency held reaching,
    or failing to reach, another that needed it (including records not following a family that moved,
    and delayed recording that left another agency without it). A signed agreement or a policy alone is
    not labelled.
18. **Short summary excerpts** ("Five findings emerged ...") are labelled with every theme each finding
    evidences, even when each is a single sentence.
"""

# ---------------------------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------------------------

def validate(excerpts):
    errors = []
    theme_set = set(THEMES)
    seen = set()
    for ex in excerpts:
        i = ex["id"]
        if not re.fullmatch(r"t-\d{3}", i):
            errors.append(f"{i}: bad id format")
        if i in seen:
            errors.append(f"{i}: duplicate id")
        seen.add(i)
        if ex["nation"] not in NATIONS:
            errors.append(f"{i}: unknown nation {ex['nation']!r}")
        if not ex["text"].strip():
            errors.append(f"{i}: empty text")
        n = len(ex["text"].split())
        if not (MIN_WORDS <= n <= MAX_WORDS):
            errors.append(f"{i}: {n} words (want {MIN_WORDS}-{MAX_WORDS})")
        for t in ex["themes"] + ex["traps"]:
            if t not in theme_set:
                errors.append(f"{i}: unknown theme id {t!r}")
        if len(set(ex["themes"])) != len(ex["themes"]):
            errors.append(f"{i}: duplicate theme label")
        both = set(ex["themes"]) & set(ex["traps"])
        if both:
            errors.append(f"{i}: theme both labelled and marked as trap: {sorted(both)}")
        if '"' in ex["text"]:
            errors.append(f"{i}: use single quotes inside excerpt text")
    counts = collections.Counter(t for ex in excerpts for t in ex["themes"])
    for t in THEMES:
        if counts[t] < MIN_PER_THEME:
            errors.append(f"theme {t}: only {counts[t]} excerpts (want >= {MIN_PER_THEME})")
        nations = {ex["nation"] for ex in excerpts if t in ex["themes"]}
        if len(nations) < len(NATIONS):
            errors.append(f"theme {t}: appears in only {len(nations)} nations")
    return errors


def write_jsonl(excerpts, path):
    with open(path, "w", encoding="utf-8") as fh:
        for ex in excerpts:
            rec = {"id": ex["id"], "nation": ex["nation"], "text": ex["text"],
                   "themes": sorted(ex["themes"], key=THEMES.index)}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_readme(excerpts, path):
    counts = collections.Counter(t for ex in excerpts for t in ex["themes"])
    by_nation = collections.Counter(ex["nation"] for ex in excerpts)
    traps = [ex for ex in excerpts if ex["traps"]]
    trap_counts = collections.Counter(t for ex in traps for t in ex["traps"])
    words = [len(ex["text"].split()) for ex in excerpts]
    nlabels = [len(ex["themes"]) for ex in excerpts]
    short = abbr = {"england": "Eng", "northern_ireland": "NI", "scotland": "Sco", "wales": "Wal"}
    L = []
    L.append("# Learning-themes evaluation set (independent, fictional, labelled)\n")
    L.append("Every excerpt is invented. It imitates the register of the analysis and findings sections of")
    L.append("published UK child safeguarding reviews (England CSPRs, Northern Ireland CMRs, Scotland learning")
    L.append("reviews, Wales SUSRs/child practice reviews, written in English). People appear only as")
    L.append("pseudonyms (Child A, Baby BK, Young Person U) or roles (Mother, Father, Mother's partner,")
    L.append("Health Visitor 1). It was written without looking at the tagger, its patterns or its tests.\n")
    L.append("Files:\n")
    L.append("- `build_themes.py` holds the excerpts and labels, validates them and writes the two files below")
    L.append("  (`python3 build_themes.py`; standard library only).")
    L.append("- `labelled.jsonl`: one object per line, "
             "`{\"id\", \"nation\", \"text\", \"themes\": [theme ids]}`.")
    L.append("- `README.md`: this file (regenerated by the builder).\n")
    L.append("## Size\n")
    L.append(f"- excerpts: **{len(excerpts)}**")
    L.append(f"- words per excerpt: min {min(words)}, median {sorted(words)[len(words)//2]}, max {max(words)}")
    L.append(f"- labels per excerpt: min {min(nlabels)}, mean {sum(nlabels)/len(nlabels):.2f}, "
             f"max {max(nlabels)}; excerpts with no theme: "
             f"{sum(1 for n in nlabels if n == 0)}")
    L.append(f"- trap excerpts: **{len(traps)}** (see below)\n")
    L.append("## Excerpts per nation\n")
    L.append("| nation | excerpts |")
    L.append("|---|---:|")
    for n in NATIONS:
        L.append(f"| {n} | {by_nation[n]} |")
    L.append("")
    L.append("## Excerpts per theme (how many excerpts carry it), with the split by nation\n")
    L.append("| theme | excerpts | " + " | ".join(short[n] for n in NATIONS) + " | trap excerpts |")
    L.append("|---|---:|" + "---:|" * len(NATIONS) + "---:|")
    for t in THEMES:
        per = [sum(1 for ex in excerpts if ex["nation"] == n and t in ex["themes"]) for n in NATIONS]
        L.append(f"| `{t}` | {counts[t]} | " + " | ".join(str(p) for p in per)
                 + f" | {trap_counts[t]} |")
    L.append("")
    L.append("## Trap excerpts\n")
    L.append("A trap excerpt contains the words (or the concept) of a theme that it does **not** evidence")
    L.append("under the rules below; the trapped theme is absent from its labels. Traps are recorded only")
    L.append("here and in `build_themes.py` (`traps=`), never in `labelled.jsonl`.\n")
    L.append("| id | nation | trapped theme(s) (not labelled) | labelled themes |")
    L.append("|---|---|---|---|")
    for ex in traps:
        L.append(f"| {ex['id']} | {ex['nation']} | {', '.join(ex['traps'])} | "
                 f"{', '.join(ex['themes']) or '(none)'} |")
    L.append("")
    L.append("## Decision rules used for labelling\n")
    L.append(DECISION_RULES)
    L.append("## Scoring notes\n")
    L.append("- Score per theme (precision, recall, F1) over excerpts, and micro/macro averages; the trap")
    L.append("  excerpts are the main test of precision, the varied wording the main test of recall.")
    L.append("- Labels are a careful analyst's judgement. Borderline calls were resolved by the rules")
    L.append("  above and kept consistent; a disagreement with a label should be argued from these rules.")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


def main():
    errors = validate(EXCERPTS)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    write_jsonl(EXCERPTS, os.path.join(HERE, "labelled.jsonl"))
    write_readme(EXCERPTS, os.path.join(HERE, "README.md"))
    counts = collections.Counter(t for ex in EXCERPTS for t in ex["themes"])
    print(f"wrote {len(EXCERPTS)} excerpts; traps: {sum(1 for ex in EXCERPTS if ex['traps'])}")
    for t in THEMES:
        print(f"  {t:28s} {counts[t]}")
    print("  nations:", dict(collections.Counter(ex["nation"] for ex in EXCERPTS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
