#!/usr/bin/env python3
"""Build the independent labelled set `labelled-2` for the learning-theme tagger.

Standard library only. Holds every excerpt and its labels, validates them and writes
labelled-2.jsonl (one JSON object per line) next to this file; ``--notes`` prints the writer's notes
(kept in README.md of this folder, under "labelled-2") instead of overwriting that README.

All people are fictional and appear only as pseudonyms (Child A, Baby K, Young Person T) or roles.
Labels follow the decision rules in README.md of this folder (the same rules as labelled.jsonl).

Usage: python3 build_themes_2.py [--notes]
"""
import collections
import json
import pathlib
import sys

SET = "labelled-2"
OUT_DIR = pathlib.Path(__file__).resolve().parent

THEMES = [
    "domestic-abuse", "parental-mental-health", "parental-substance-misuse", "neglect",
    "non-mobile-baby-injury", "safe-sleep", "child-criminal-exploitation",
    "sexual-abuse-exploitation", "online-harm", "self-harm-suicide", "fathers-male-carers",
    "voice-of-child", "information-sharing", "professional-curiosity", "escalation-challenge",
    "disguised-compliance", "disability-send", "culture-ethnicity-language", "poverty-housing",
]
NATIONS = ["england", "northern_ireland", "scotland", "wales"]
MIN_WORDS, MAX_WORDS = 60, 220
MIN_PER_THEME = 6

EXCERPTS = []


def E(eid, nation, themes, text, trap=None):
    """Register one excerpt. `trap` (optional) says what the excerpt tempts a tagger to over-label."""
    EXCERPTS.append({
        "id": eid,
        "nation": nation,
        "text": " ".join(text.split()),
        "themes": list(themes),
        "trap": trap,
    })


# --------------------------------------------------------------------------------------------
# England (Child Safeguarding Practice Reviews)  u-001 .. u-035
# --------------------------------------------------------------------------------------------
E("u-001", "england", ["non-mobile-baby-injury", "professional-curiosity", "fathers-male-carers"], """
Child A was nine weeks old when Mother took him to the surgery with a small tear inside his upper lip
and a faint mark on his cheek. The explanation, that his two-year-old sister had pushed a beaker into
his mouth, was recorded and accepted; the practice nurse advised a teething gel and a review if it did
not settle. No one asked how a baby who could not yet roll came to have two separate marks, and the
local protocol for bruising in immobile infants was not consulted. Five weeks later Child A was
admitted with a parietal skull fracture and healing fractures to three ribs. The man living in the
household, Mother's partner Mr B, was not the baby's father and had never been mentioned to the health
visitor; his name first appeared in any agency's records on the night of the admission.
""")

E("u-002", "england", ["child-criminal-exploitation", "voice-of-child", "professional-curiosity"], """
Between March and October Young Person T was reported missing eleven times. On each occasion he came
back within two days, and the police records describe him as 'absconding' or 'staying with friends'.
On the fourth occasion he was found by British Transport Police at a seaside station more than eighty
miles from home with £340 in cash, two handsets and a return ticket bought by someone else. The return
home interviews commissioned by the local authority were offered by letter and not taken up; none took
place face to face. T later told his youth worker that nobody had ever asked him who paid for the
trains. By the time a referral to the National Referral Mechanism was made, T had been arrested in
possession of crack cocaine wrapped for sale.
""")

E("u-003", "england", ["self-harm-suicide"], """
Terms of reference. Child C, aged 13, died in hospital after taking an overdose of tablets she had
found in the family's bathroom cabinet. The rapid review recommended a local child safeguarding
practice review. The review will address the following questions. How well did agencies understand
Child C's life at home and at school? Was there any information, held by any agency, suggesting contact
with adults online? What was known about the adults in the household, and were they engaged? How
effective was the transition between primary and secondary school? The review will cover the period
from Child C's tenth birthday to her death and will seek the views of her family and her friends.
""", trap="Terms of reference pose questions about voice, online contact, the adults in the household "
          "and transitions; only the fact of the child's death by overdose is evidenced.")

E("u-004", "england", ["domestic-abuse", "information-sharing", "voice-of-child"], """
Good practice was evident in the school's response. Police attended the family home at 23:40 after a
neighbour heard Mother screaming, and Mr D was arrested for assault. The Operation Encompass
notification was in the designated safeguarding lead's inbox before registration the next morning.
Child D's class teacher was told, in confidence, that there had been 'an incident at home', and the
learning mentor found time during the first break to sit with him. Child D said he had hidden under his
bed with his little brother and had held his hands over his brother's ears. The learning mentor wrote
his words down as he said them and passed them to children's social care the same day, where they were
read out at the strategy discussion.
""")

E("u-005", "england", ["neglect"], """
The combination of domestic abuse, parental mental ill health and substance misuse, sometimes called
the 'toxic trio', is present in a large proportion of serious case reviews nationally, and
practitioners at the learning event expected to find it here. It was not present. Neither parent had
any history of contact with mental health services, there were no police call-outs to the address, and
drug and alcohol use was explored by the social worker and found not to be a concern. What the
chronology does show, repeated across six years, is Child E arriving at school unwashed and hungry,
with tooth decay that eventually needed eleven extractions under general anaesthetic, and a string of
hospital and dental appointments to which she was not brought.
""", trap="National 'toxic trio' context; domestic abuse, parental mental health and substance misuse "
          "all explicitly ruled out.")

E("u-006", "england", [], """
Action plan extract. Recommendation 2: Information sharing. Action: the Partnership Business Unit to
relaunch the multi-agency information sharing protocol at the spring conference and to circulate a
one-page guide for frontline staff. Measure of success: 85% of designated safeguarding leads across
schools and early years settings complete the updated e-learning module by 31 March. Lead: Partnership
Manager. RAG status: amber. 62% completion was reported to the January Executive meeting and a reminder
has been issued to education settings.
""", trap="Theme named in a recommendation title; the body is a relaunched protocol and training "
          "completion rates (rule 4). No labels.")

E("u-007", "england", ["disguised-compliance", "neglect", "voice-of-child"], """
Throughout the child protection plan, core group minutes record that the home 'was clean and tidy',
that Mother 'engaged well' and that the parents 'attended all meetings'. Visits were arranged a week
ahead and took place in the front room. When the social worker made an unannounced visit in the tenth
month, the children's bedrooms had no bedding, there was dog mess on the landing and the youngest
child, Child F, had a nappy rash that had bled. The plan had been stepped down to child in need two
months earlier on the strength of the parents' cooperation. The review considers that the family had
learned what professionals wanted to see, and that a focus on attendance and engagement, rather than on
what an ordinary day was like for the children, allowed this to go unnoticed.
""")

E("u-008", "england", ["fathers-male-carers", "parental-mental-health", "information-sharing"], """
The health visitor's practice with this family deserves recognition. When she learned at the new birth
visit that Father worked nights, she moved the six-to-eight-week contact to a late afternoon so that he
could be there. She asked him directly how he was finding things and recorded that he had been
'struggling with low mood since the birth', was barely sleeping and had stopped going out. She
completed the depression screening questions with him as well as with Mother and, with his agreement,
wrote to his GP that week. This was unusual: across the agencies involved, the review found that
fathers' emotional health is rarely asked about in the months after a birth.
""")

E("u-009", "england", ["culture-ethnicity-language", "professional-curiosity"], """
Mother's first language is Romanian and she has limited spoken English. On at least seven occasions,
including a paediatric appointment at which the consultant discussed Baby G's faltering weight, her
eleven-year-old son interpreted. Professionals described this as 'pragmatic' because a telephone
interpreter could take twenty minutes to connect. The son, now fourteen, told the review that he had
sometimes softened what the doctor said so that his mother would not cry; nobody therefore knows what
Mother understood about the feeding plan. An assumption was also voiced at the strategy meeting that
the family's long trips back to Romania were 'cultural', and the resulting gaps in Baby G's health
contacts were never explored with Mother.
""")

E("u-010", "england", ["safe-sleep", "fathers-male-carers"], """
Baby H died aged eleven weeks. On the evening before, both parents had been drinking at a family
birthday party; Father told police he had had 'about eight cans' and Mother had drunk wine. Neither
parent had any history of problematic drinking, and the review accepts that this was a rare night out.
Baby H was brought into the parents' bed at around 2am after a feed because the Moses basket was in
the other room and 'she wouldn't settle'. Mother woke at 6.30am to find her unresponsive. Safe sleep
advice was recorded as given by the midwife and at the new birth visit, but the entries say only 'safe
sleep discussed'. They do not show whether the danger of sharing a bed after drinking was talked
through, or whether Father, who was at work for every visit, heard any of it.
""", trap="Parents' drinking on one occasion, with problematic drinking expressly ruled out: not "
          "parental-substance-misuse; alcohol belongs to the safe-sleep theme here.")

E("u-011", "england", ["online-harm", "sexual-abuse-exploitation", "self-harm-suicide",
                       "professional-curiosity"], """
Young Person J, aged 14, met a user who claimed to be a sixteen-year-old boy on a gaming platform.
Within three weeks the conversation had moved to a messaging app and J had sent intimate images. When
she tried to end the contact she was told the images would go to everyone in her year group unless she
paid £200 and sent more. J told no one. Her school noticed she had stopped eating at lunchtime, and she
was seen by the school nurse after a classmate reported cuts on her forearms. The nurse recorded
'stress about exams' as the reason given and did not explore it further; her phone was never
mentioned. J has since said she would have told someone if anyone had asked what was happening online.
""")

E("u-012", "england", ["escalation-challenge", "neglect"], """
The nursery manager disagreed with the MASH decision to close the referral with 'advice and
information'. Child K, aged three, had arrived four times in a month in the same unwashed clothes, was
often not collected until well after closing, and had been found eating from the bin in the garden area.
The manager telephoned the MASH the following day and was told the decision stood because Mother had
said she would register with the family hub. The manager did not use the Partnership's resolution
procedure; she told the review that she had not known there was one, and that she 'didn't want to be
seen as difficult' by a service she would need again. Her disagreement was never put in writing.
""")

E("u-013", "england", ["parental-mental-health", "information-sharing"], """
Mother had a long history of self-harm dating from her teenage years and had twice been admitted to a
psychiatric ward after overdoses, the most recent when Child L was two. During the review period she
was under the community mental health team with a diagnosis of emotionally unstable personality
disorder. Her care coordinator knew that she was the sole carer for Child L, but the section of the
risk assessment on dependent children was left blank. When Child L's school referred her to the
emotional health service for anxiety at the age of nine, the school did not know that her mother had
been in hospital twice, and the mental health trust had no way of knowing which school she attended.
""", trap="Self-harm and overdoses are the mother's (parental-mental-health, not self-harm-suicide); "
          "the child's anxiety is not parental-mental-health.")

E("u-014", "england", ["fathers-male-carers", "information-sharing", "professional-curiosity"], """
Mr M moved into the household about four months before Child N's death. The health visitor was told by
Mother that she had 'a new fella' but that he 'doesn't stay over'; no name was recorded. The GP practice
registered him at the same address the following month. Children's social care, which had an open
child in need plan, did not ask about him at any visit and did not request police checks. Had they
done so, they would have learned that Mr M had previous convictions for violence, including grievous
bodily harm to the young child of a former partner, held by a force in another part of the country.
""")

E("u-015", "england", ["poverty-housing"], """
The family's circumstances worsened sharply after Father's hours were cut. Rent arrears built up, the
gas meter was often empty, and in November the family was evicted and placed in a single room at a
budget hotel on the ring road, two bus journeys from the children's school. Mother told the reviewer
that she had used the food bank 'more weeks than not' and that the children's coats came from the
school's lost property box. The review is clear that the children's hunger that winter was the result
of hardship and not of indifference: both parents went without so that the children could eat. Agencies
offered food parcels, but no one helped the family with the benefit claim that had been stopped in
error.
""", trap="Hunger and cold explicitly attributed to lack of money and separated from neglect (rule 12).")

E("u-016", "england", ["disability-send", "voice-of-child", "professional-curiosity"], """
Child P is a non-verbal eight-year-old with autism and a severe learning disability who attends a
special school. Over eighteen months, school staff recorded fourteen bruises, mostly on his upper arms
and back. Each was put down to his head-banging or to his being 'a sensory seeker who throws himself
about', and a body map was completed only twice. The school's physiotherapist later pointed out that
none of the bruises were in the places where his self-injury usually left marks. No one had considered
how Child P could tell anyone what was happening: his communication passport, and the Makaton signs he
used for 'hurt' and 'home', were not used when staff tried to talk to him about the marks.
""", trap="Self-injurious behaviour linked to autism is not self-harm-suicide; Makaton is a "
          "disability communication need, not culture-ethnicity-language (rule 13).")

E("u-017", "england", ["information-sharing"], """
The family moved twice in two years, across two local authority areas, the second time to be nearer
Mother's sister. When they left the first area the child protection plan was still in place. The
transfer-in conference in the receiving authority did not take place for eleven weeks, because the
case file arrived in parts and the chronology was missing altogether. The GP record followed the family
within a fortnight but did not include the health visiting record, which was held on a separate system.
The new health visitor therefore believed she was meeting a family with 'no previous concerns', and
booked a routine one-year review.
""")

E("u-018", "england", ["parental-substance-misuse", "information-sharing"], """
Both parents were prescribed methadone throughout the period under review. The drug service's records
show that Father's urine screens were positive for heroin and benzodiazepines on most occasions in the
final six months, and that he had been moved back onto supervised daily consumption. Neither the health
visitor nor the allocated social worker knew this. The drug service had recorded that the couple had
'a child at home' but had not asked the child's age or which other agencies were involved. On the day
she was taken to hospital, Child Q, then twenty months old, had drunk methadone from an unlabelled
baby bottle kept in the fridge door.
""")

E("u-019", "england", ["neglect", "fathers-male-carers", "escalation-challenge", "voice-of-child",
                       "poverty-housing"], """
Summary of findings. The review identified five findings. First, agencies treated Child R's injuries,
absences and weight loss as separate episodes rather than as a pattern of needs that were not being met
at home. Second, Mother's partner was never seen by any professional, although he had lived in the
home for two years. Third, when the school disagreed with the decision to end the child in need plan,
its concern was raised informally in a phone call and then dropped. Fourth, Child R's own account of
being shut in her room without food, given to a lunchtime supervisor, did not inform any assessment.
Fifth, the family's hold on their tenancy was precarious, and the threat of eviction dominated every
conversation with Mother, crowding out any discussion of Child R.
""")

E("u-020", "england", [], """
The practice nurse saw Child S, aged four, for his pre-school booster and noticed a yellowing bruise on
his shin, which she recorded as consistent with his mother's account of a fall from his scooter. The
review agrees that this was a reasonable conclusion for an active four-year-old; the protocol for
bruising in immobile infants did not apply. She neglected to complete the 'concerns' field in the
template, but nothing turns on this. The appointment letter for his next check went missing in the post
and was reissued. The review found nothing to suggest that Child S's care during this period was
anything other than good enough.
""", trap="'Neglected to complete', 'went missing', bruising in a mobile child where the protocol "
          "does not apply (rules 6 and 8). No labels.")

E("u-021", "england", ["sexual-abuse-exploitation", "voice-of-child", "professional-curiosity"], """
Child U was eleven when she told a teaching assistant that her uncle 'does things at night when he
stays'. The teaching assistant reassured her and told the designated safeguarding lead at the end of
the day. When a social worker and a police officer visited the next afternoon, they spoke to Child U in
the kitchen with her mother present, and she said she had 'made it up'. The retraction was accepted
without any exploration of why she might have made it, and the case was closed. Child U repeated her
disclosure, in almost the same words, to a counsellor two years later. She told the review that she
took her words back because her mother was 'looking at me', and that she had wanted to be asked again,
somewhere else.
""")

E("u-022", "england", ["escalation-challenge", "neglect", "disability-send"], """
The school nurse's actions are an example of effective professional challenge. When the initial child
protection conference decided that Child V's circumstances did not meet the threshold for a plan, she
recorded her dissent at the meeting and asked for it to be minuted. Two days later she wrote to the
conference chair setting out the pattern: Child V's type 1 diabetes clinic appointments repeatedly
missed, insulin not sent into school, and three hospital admissions in a year with diabetic
ketoacidosis. The chair reconvened the conference within fifteen working days and a child protection
plan was made under the category of neglect.
""")

E("u-023", "england", ["domestic-abuse"], """
Mother met Mr W through a dating app in the spring, and he moved in within six weeks. The learning event
for this review was held online because of the distances practitioners would have had to travel, and
Young Person X, now sixteen, chose to contribute through a short questionnaire sent through the
Partnership's secure online portal; her answers are used with her permission. Young Person X described
Mr W as 'loud and controlling' and said her mother 'changed' after he arrived, stopped seeing her
friends and handed him her bank card. Police were called to the home twice, once after a neighbour heard
him shouting that he would 'end' Mother.
""", trap="Meeting online, an online learning event and an online portal are not online-harm; the "
          "child contributing to the review is review method, not voice-of-child (rules 5 and 10).")

E("u-024", "england", ["child-criminal-exploitation", "culture-ethnicity-language",
                       "information-sharing"], """
Young Person Y, a Black British boy of fourteen, was stopped by police in a stairwell carrying a knife
and several wraps of cannabis. The custody record describes him as 'streetwise' and 'well known to
officers', and he was charged. His school had recorded that he was frightened of older boys who waited
outside the gates in a car, and that he had appeared in new trainers he could not have afforded; that
information never reached the youth justice service or the police. The review considers that Young
Person Y was seen as a young adult offender rather than as a child at risk of exploitation, and that
this reflects a wider pattern of adultification of Black boys that the Partnership must confront. No
referral to the exploitation hub was made until after he was stabbed the following summer.
""")

E("u-025", "england", ["parental-substance-misuse", "information-sharing"], """
Some practitioners at the learning event wondered, with hindsight, whether Father's engagement with the
alcohol service had been 'for show'. The review does not share that view. Father attended weekly for
nine months, his breath tests and liver function results improved steadily, and both the children and
their school described a calmer, more predictable home. His relapse after his own father's death was
sudden and, by his own account, took him by surprise. What could have been better was the response once
the relapse was known: the alcohol service informed the GP but not children's social care, which learned
of it from the school five weeks later.
""", trap="Disguised compliance considered and rejected: genuine change followed by relapse (rule 14).")

E("u-026", "england", ["self-harm-suicide", "information-sharing", "professional-curiosity"], """
Young Person Z attended the emergency department three times in seven weeks, twice after cutting her
thighs and the third time after taking twenty paracetamol. Each attendance produced a discharge letter
to the GP and a referral to the crisis team, which assessed her as low risk because she 'denied current
intent'. The school was never told. Her head of year described the review's findings as 'a shock': in
the same weeks the school had put Young Person Z on report for truancy and given her two detentions for
refusing to change for PE, and no one had asked her why she would not change in front of others.
""")

E("u-027", "england", ["parental-substance-misuse"], """
After the strategy discussion the case was escalated to a section 47 enquiry and then to an initial
child protection conference, all within statutory timescales. The local authority issued care
proceedings six weeks later, and the court escalated the timetable after the children's guardian raised
concerns about delay. The review has no criticism of these steps. Child AA, who was then three, had
been living with her maternal grandmother for most of each week since the previous summer because of
Mother's heroin use, which had left her unable to get up in the mornings; the grandmother's role was
known to every agency and was central to the plan.
""", trap="'Escalated' used for routine threshold steps and the court timetable, with no professional "
          "disagreement (rule 6).")

E("u-028", "england", ["voice-of-child", "domestic-abuse"], """
Child BB's social worker took her time. Over four visits she used a 'three houses' tool and drawings to
learn about Child BB's days, and saw her alone in school each time. Child BB, who was seven, drew her
'house of worries' with a front door that had been kicked in, and said that when Daddy was cross Mummy
'goes quiet for days' and Daddy 'throws the plates'. This work changed the direction of the assessment,
which until then had been framed around Child BB's behaviour in class, and led to a referral to the
MARAC and to support for Mother from the independent domestic violence adviser.
""")

E("u-029", "england", ["non-mobile-baby-injury"], """
At the eight-week check the GP noticed a small bluish mark on Baby CC's lower back. Mindful of the
protocol for bruising in babies who are not yet mobile, he did not try to decide for himself whether it
was a birthmark. He explained the protocol calmly to both parents and referred Baby CC the same day to
the paediatric assessment unit, where a consultant paediatrician examined her that afternoon and
identified a congenital dermal melanocytosis rather than a bruise. Both parents told the reviewer that
they had been frightened, but that they 'understood why' because the GP had explained it properly.
""", trap="Mark in a non-mobile baby found benign after the protocol was properly followed: still "
          "labelled non-mobile-baby-injury (rule 8).")

E("u-030", "england", ["poverty-housing", "culture-ethnicity-language"], """
Mother and her two children had no recourse to public funds because of her immigration status, and
after her relationship ended she moved from sofa to sofa among women she knew from her church. The
local authority's assessment of the family's needs took four months and ended with an offer of a room
in a shared house in another borough, which she declined because the children would have had to change
schools. Practitioners told the review that they felt 'stuck': the family's needs were obvious, but the
routes to meeting them were blocked by immigration rules that none of them fully understood. Child DD
told his teacher that on some days they ate only crisps.
""")

E("u-031", "england", ["parental-mental-health", "professional-curiosity"], """
The perinatal mental health nurse noticed that Mother's account had changed. At the first visit Mother
had described intrusive thoughts of harming the baby as 'just silly thoughts'. Three weeks later she
said she had 'sorted it' and smiled throughout the visit, yet she held Baby EE at arm's length and would
not let him face her. Rather than accept the reassurance, the nurse asked Mother to talk her through a
typical night, spoke separately to the maternal grandmother, and brought forward the psychiatrist's
review. Mother was admitted to a mother and baby unit two days later with postpartum psychosis.
""")

E("u-032", "england", [], """
Recommendation 5: Safer sleeping. Although sleeping arrangements were not a factor in this case and were
checked at every health visiting contact, the Partnership should use the opportunity of this review to
remind practitioners of the updated safer sleep guidance, in particular for families placed in
temporary accommodation. Recommendation 6: Fathers. The Partnership should ask all agencies to report
how they record the details of fathers and male carers, drawing on the national review of 'invisible
men' published by the Child Safeguarding Practice Review Panel.
""", trap="Themes in recommendation titles only; sleep expressly not a factor and the fathers "
          "recommendation rests on national findings. No labels.")

E("u-033", "england", ["domestic-abuse", "information-sharing"], """
Good multi-agency working was evident after the MARAC. Within a day of the meeting the independent
domestic violence adviser had spoken to Mother, the housing association had fitted extra locks and a
door chain, and the GP practice had placed an alert on the records of Mother and both children so that
any attendance would be seen in context. When Child GG was brought to an out-of-hours GP with a burn
three weeks later, the alert, which the out-of-hours service could see, prompted the doctor to call the
safeguarding nurse before the family left the building.
""")

E("u-034", "england", ["sexual-abuse-exploitation", "professional-curiosity"], """
Mother told the reviewer that she had reported her daughter missing 'more times than I can count' and
that every time she was made to feel that she was the problem. She had given the police the
registration numbers of cars that collected Young Person HH from the end of the road, and the names the
men used. She said she had been told that Young Person HH, who was fifteen, was 'making her own
choices'. The review has read the records and they bear out Mother's account: the vehicle details were
logged but never researched, and the language in several entries describes a child as complicit in her
own sexual exploitation.
""")

E("u-035", "england", ["disability-send", "voice-of-child"], """
Child JJ is of White British heritage and lived with both parents and an older brother in a home they
owned. No issues of ethnicity, faith or language were identified, and the family was financially
secure. Child JJ has cerebral palsy and uses an eye-gaze device to communicate. In the months before a
fracture of his femur was found, his mother had been telling the community nursing team that caring
for him was 'breaking' her, and asked three times for respite. The review found that the sheer number
of professionals involved in his health care, at least fourteen, meant that no one took responsibility
for finding out, from Child JJ himself, what his days were like; he was seen as a set of appointments
rather than as a child.
""", trap="Bare demographic and financial statements; eye-gaze is a disability communication need, not "
          "culture-ethnicity-language (rule 13); the mother's exhaustion is carer strain, not labelled "
          "as mental ill health.")

# --------------------------------------------------------------------------------------------
# Northern Ireland (Case Management Reviews)  u-036 .. u-070
# --------------------------------------------------------------------------------------------
E("u-036", "northern_ireland", ["child-criminal-exploitation", "information-sharing"], """
Young Person K, 16, came to the attention of the PSNI after he was seen delivering small packages
around a housing estate in the north of the city. His mother told the Trust's Gateway team that a local
paramilitary group 'runs the place' and that her son had been warned the family would be 'put out' of
their home if he stopped. Earlier that year he had been shot in both legs in a so-called punishment
attack, which the hospital recorded as an 'assault' and the Trust treated as a matter for the police.
The CMR panel found that the shooting, the deliveries and the threats to the family were never brought
together in any single record, and no agency shared what it knew with the others.
""")

E("u-037", "northern_ireland", ["neglect"], """
The estate where the family lived was, by every account, subject to coercive control by a paramilitary
organisation, which practitioners said affected whether families were willing to speak to statutory
services at all; social workers sometimes met parents in Trust premises for that reason. Within the
household itself there was no evidence of domestic abuse: PSNI checks were negative, Mother and Father
each spoke to the social worker alone and described the relationship as supportive, and the children
said the same. The concerns that led to registration were about Child LL's school attendance, which had
fallen to 41%, her untreated dental decay, and clothes that were too small and rarely washed.
""", trap="'Coercive control' by a paramilitary group (rule 6); domestic abuse explicitly ruled out.")

E("u-038", "northern_ireland", ["parental-mental-health", "information-sharing"], """
Mother had been known to the Trust's adult mental health services for twelve years with a diagnosis of
bipolar affective disorder. In the spring before Baby MM's birth she stopped her lithium, on medical
advice, because she was pregnant, and her community psychiatric nurse recorded a plan for 'close
monitoring in the postnatal period'. The plan was not shared with the midwifery team or with the health
visitor, who worked for the same Trust but used a different electronic record. At her first visit the
health visitor noted that Mother was 'chatty and a little over-bright', but did not know what this might
signify.
""")

E("u-039", "northern_ireland", ["domestic-abuse", "culture-ethnicity-language"], """
Mother is Polish and speaks limited English; Father grew up locally. Over two years the PSNI attended
five domestic incidents at the house. On each occasion officers relied on Father to explain what had
happened, and once on Child NN, then eight, to translate her mother's account. The risk assessment
checklist was completed with Mother only once, through a telephone interpreter, and scored as 'standard'.
Mother told the panel that she had not known she could ask for a female interpreter, and that she had
not understood she could leave without losing the children, which is what Father had told her would
happen if she went to the police.
""")

E("u-040", "northern_ireland", ["disguised-compliance", "parental-substance-misuse",
                                "professional-curiosity"], """
From the outset the parents presented as keen to work with the Family Intervention Team. They signed
the safety plan, agreed to alcohol testing and attended every core group. Hair strand results, however,
were consistently above the level that indicates excessive drinking, and each time the parents offered
a new explanation: mouthwash, a wedding, a mix-up at the laboratory. Because the children were well
presented at planned visits, the explanations were recorded but never tested, and the children's names
were removed from the Child Protection Register after nine months. Child PP later told her teacher that
her parents 'always hide the bottles before the social worker comes'.
""")

E("u-041", "northern_ireland", [], """
Northern Ireland has historically had a high proportion of child protection registrations under the
category of neglect, and the SBNI's earlier thematic work drew attention to the cumulative harm of
chronic neglect. The Department of Health has since promoted the Graded Care Profile 2, and 87% of
social workers in the Trust's family and childcare teams have now completed training in its use. This
review does not repeat those findings and refers readers to the published reports for the regional
picture.
""", trap="Regional statistics, policy and training completion only (rule 4). No labels.")

E("u-042", "northern_ireland", ["non-mobile-baby-injury", "professional-curiosity"], """
Baby QQ, sixteen weeks old and not yet rolling, was brought to the emergency department by Father, who
said she had slipped from his arms onto a tiled floor while he was bathing her. A skeletal survey found a
fracture of the left femur and two older rib fractures. The same emergency department had seen Baby QQ
six weeks earlier with a bruise on her ear, which was accepted as having been caused by the strap of her
car seat. The regional guidance on bruising in infants who are not independently mobile was not
followed, no paediatric opinion was sought, and no referral was made to the Gateway team.
""")

E("u-043", "northern_ireland", ["fathers-male-carers", "parental-substance-misuse"], """
The allocated social worker made a deliberate effort to include Father, who did not live with the
children but had them every weekend. She met him at his workplace in his lunch break when he said he
could not get time off, carried out checks on his new partner, and included him in core group meetings
by telephone. Father told the panel that it was 'the first time anyone in social services treated me as
a parent and not a risk'. It was his report of Mother's return to heavy drinking, which he had noticed
at handovers when she smelled of vodka and could not find the children's bags, that triggered the
emergency strategy meeting.
""")

E("u-044", "northern_ireland", ["online-harm", "voice-of-child"], """
Young Person RR, 14, sent a photograph of himself in his underwear to a girl in his class, who forwarded
it, without any demand or threat, to a group chat of some thirty pupils. He stopped attending school
within the week. The school's response was swift in one respect: the image was removed from the chat
and the pupils involved were spoken to. In another it fell short of the Education Authority's guidance
on the sharing of images: Young Person RR himself was never asked how he felt or what he wanted to
happen, and his parents found out from another parent at the school gates.
""", trap="Peer-to-peer image shared on without coercion: online-harm but not "
          "sexual-abuse-exploitation (rule 11).")

E("u-045", "northern_ireland", ["domestic-abuse", "information-sharing", "professional-curiosity"], """
Chronology, October to December. 3 October: PSNI attend following a 999 call from Child SS, aged ten,
who says 'Daddy is hurting Mummy'; Father has left before officers arrive. No notification is made to
the Trust because Mother declines to make a complaint. 19 October: the school records that Child SS is
falling asleep in class; the school knows nothing of the call. 2 November: Mother tells her GP that she
is 'not allowed' out without Father's permission and that he checks her phone every night; the GP records
'relationship stress' and prescribes sleeping tablets. 14 December: Mother attends the emergency
department with a fractured wrist.
""")

E("u-046", "northern_ireland", ["escalation-challenge"], """
Both the health visitor and the Sure Start worker were uneasy when the Trust closed the case after the
parents separated. The health visitor raised it with her safeguarding nurse specialist, who agreed the
decision seemed premature and advised her to use the escalation process in the regional child
protection procedures. The health visitor drafted an email but did not send it; she told the panel that
the case was 'overtaken' by other work and that she assumed the Sure Start worker would raise it. The
Sure Start worker assumed the same of her. Neither concern reached a manager in the Trust.
""")

E("u-047", "northern_ireland", ["self-harm-suicide", "information-sharing"], """
Young Person TT, 15, died by suicide in the spring. In the preceding year she had been seen by the
Trust's child and adolescent mental health service four times and by her GP six times, mostly about low
mood and poor sleep. In the autumn she told the school counsellor that she had been thinking about ending
her life. The counsellor, employed by an external provider, shared this with the school's designated
teacher, but it went no further: it was not passed to the GP or to CAMHS, because Young Person TT had
asked that her parents not be told and the counsellor believed that the two could not be separated.
""")

E("u-048", "northern_ireland", ["poverty-housing", "voice-of-child"], """
For most of the review period the family were statutorily homeless and in temporary accommodation
arranged by the Housing Executive: first a hostel room, then a one-bedroom flat above a takeaway, where
Mother, her partner and three children shared two beds. Mother described to the panel how the damp
'came through the walls', how the baby's chest was never clear, and how she stopped letting the older
children bring friends home because she was ashamed. Every professional involved knew about the
accommodation and several wrote supporting letters to the housing authorities, but none asked the
children what living there was like, or considered how it was affecting their sleep and their
schoolwork.
""")

E("u-049", "northern_ireland", ["disability-send", "voice-of-child"], """
Child UU, who has Down's syndrome and attends a special school, was heard by a classroom assistant to
say that a man 'touched my bum'. A joint protocol interview was arranged within 48 hours with a
registered intermediary, who met Child UU beforehand to learn her vocabulary and the symbols she used.
It became clear that Child UU was describing a swimming lesson at which an instructor had helped her out
of the pool in full view of two other staff, and the panel is satisfied that sexual abuse was properly
ruled out. The learning the panel draws is about the intermediary's preparation, which allowed Child UU
to give a clear account in her own words.
""", trap="Sexual abuse investigated and properly ruled out (rule 3).")

E("u-050", "northern_ireland", ["parental-substance-misuse", "neglect", "voice-of-child"], """
Child VV's school described him as 'the boy who always came in smelling of drink'. From the age of six he
was often collected late or not at all, and on the days his mother did come she was sometimes unsteady.
He regularly had no lunch. At nine he told the school nurse that he 'made toast for the wee ones' when
his mother was 'sleeping in the day'. His account was written in the nurse's notes but did not appear
in any of the Trust's assessments. The records show eight referrals from school over four years, each
assessed on its own merits and closed after a home visit at which Mother was sober and the house was in
order.
""")

E("u-051", "northern_ireland", ["culture-ethnicity-language", "disability-send",
                                "information-sharing"], """
The family are Irish Travellers who had moved between a council site and the roadside for many years.
Several professionals told the panel that they had accepted the children's poor school attendance as
'normal for Travellers', and one record describes the family as 'hard to reach' with no note of any
attempt to reach them. The Traveller education support service, which had the most regular contact
with Mother, was not invited to the strategy meeting and its knowledge of the family was never sought.
By contrast, the health visitor who had worked with Traveller families for years visited the site weekly
and was the only professional to notice that Child WW's hearing had deteriorated and that his hearing
aids had been broken for months.
""")

E("u-052", "northern_ireland", ["neglect", "professional-curiosity", "fathers-male-carers",
                                "disguised-compliance", "information-sharing"], """
This Case Management Review was commissioned by the SBNI after Child XX, aged four, was admitted to
hospital severely malnourished and with untreated burns to both hands. The family's circumstances were
known to at least nine agencies. The key learning concerns: the absence of any forum where what those
agencies knew was put together; the repeated acceptance of Mother's explanations for missed health
appointments; the lack of any contact with Mother's partner, who the panel now understands was the main
carer during the day; and the Trust's reliance on announced visits, for which the home was always
prepared and at which the children were dressed in clean clothes kept for the purpose.
""")

E("u-053", "northern_ireland", ["self-harm-suicide"], """
Over the winter Young Person YY's self-harm escalated from scratching to cutting that needed
steristrips, and the CAMHS duty worker escalated the case to the crisis response team in line with the
Trust's procedure. The crisis team saw her within four hours and agreed a safety plan with her and her
parents, who were involved at every stage. A follow-up appointment took place within a week. The panel
found the response in this period to be timely and proportionate, and no practitioner disagreed with
any decision made.
""", trap="'Escalated' describes worsening self-harm and a routine referral step, not professional "
          "challenge (rule 6).")

E("u-054", "northern_ireland", ["information-sharing", "domestic-abuse", "professional-curiosity"], """
The family moved back and forth between County Donegal and Derry several times during the period under
review. Tusla, the Child and Family Agency in the Republic of Ireland, had completed an assessment of the
older siblings that raised serious concern about Father's violence towards Mother, including an assault
witnessed by the children. When the family registered with a GP in Derry no information followed them
across the border, and the Western Trust was unaware of Tusla's involvement until the panel requested
records. The panel recognises that arrangements between the two jurisdictions are improving, but found
no record that any practitioner in Northern Ireland asked where the family had been living before.
""")

E("u-055", "northern_ireland", ["voice-of-child", "sexual-abuse-exploitation",
                                "professional-curiosity"], """
Young Person ZZ, who had lived in residential care since she was thirteen, told the panel that her key
worker was 'the only one who actually listened'. The records support her. The key worker noticed changes
in Young Person ZZ's mood after weekend contact with a cousin, asked her about it on a car journey rather
than in a formal meeting, and took seriously her remark that the cousin's friends 'give you stuff and
then you owe them'. That conversation led to the first strategy discussion about child sexual
exploitation and, in time, to the prosecution of two adult men for offences against her.
""")

E("u-056", "northern_ireland", ["neglect"], """
Mother has a mild learning disability and was supported by the Trust's adult learning disability team
throughout. The panel heard that parenting assessments were completed without any adaptation, relying on
long written agreements and abstract questions about 'risk', and that Mother was judged unable to change
when she had never been shown what change would look like. The children's own needs, however, were well
documented: Child AB's weight had fallen from the 50th to the 2nd centile over a year, his nappy rash
was raw at every visit, and his older sister was missing school to look after him.
""", trap="The learning disability is the mother's, not the child's: not disability-send (rule 7).")

E("u-057", "northern_ireland", ["safe-sleep", "parental-substance-misuse", "fathers-male-carers"], """
Baby AC died at nine weeks old after falling asleep on a sofa on Father's chest. Father told police that
he had smoked cannabis, as he did most evenings, and had 'drifted off' while watching television. The
health visitor had recorded Father's daily cannabis use at the primary visit and had given Mother the
regional safe sleep leaflet. There is no record that the dangers of sleeping with a baby on a sofa, or
after using cannabis, were ever discussed with Father, who was at work during every visit and whom no
professional had met.
""")

E("u-058", "northern_ireland", ["sexual-abuse-exploitation"], """
Child AD's stepfather was convicted in the Crown Court of sexual offences against her committed over
three years, from when she was eight; he pleaded guilty. Child AD first told a friend, whose mother
contacted the PSNI that evening. The joint protocol interview was conducted by a specialist officer and a
social worker within two days, and Child AD was supported through the criminal process by a children's
sexual violence adviser. The panel commends the speed and sensitivity of this response, and Child AD's
mother described the officer as 'a lifeline'.
""", trap="A male perpetrator whose involvement with services is not discussed does not carry "
          "fathers-male-carers (rule 15).")

E("u-059", "northern_ireland", ["child-criminal-exploitation", "professional-curiosity"], """
Between the ages of fourteen and sixteen Young Person AE ran up what he called a 'debt' with older
youths who supplied him with cannabis. To pay it off he was made to hold and deliver drugs and, twice, to
keep a bag for them in his bedroom. He went missing overnight twenty-two times. The PSNI missing person
reports all record that he was 'located safe and well'; none records where he had been or with whom. His
social worker told the panel that the situation 'had all the hallmarks of exploitation', but that at the
time there was no screening tool or pathway she could use.
""", trap="Drugs supplied to and carried by the child are exploitation, not "
          "parental-substance-misuse (rule 7); 'debt' is not poverty-housing.")

E("u-060", "northern_ireland", ["fathers-male-carers", "information-sharing",
                                "professional-curiosity"], """
Recommendation 4. The Trust should ensure that every adult living in a household, including partners
said to visit only 'occasionally', is identified and checked at the outset of each child protection
enquiry. In this case Mother's partner was present during at least three home visits but was described
in the records as 'a friend' and was never asked his full name or date of birth. His previous
convictions for assault and drug supply, held by police in England, were not known to the Trust until
after Child AF's injuries.
""")

E("u-061", "northern_ireland", ["poverty-housing", "parental-mental-health",
                                "culture-ethnicity-language", "information-sharing"], """
The family arrived in Belfast from Sudan and, while their asylum claim was decided, were accommodated in
a hotel for fourteen months, five people in one room with a kettle and no cooking facilities. Mother, who
had witnessed killings before she fled, was described by the GP as 'flat and withdrawn' and rarely left
the hotel room; a referral for trauma therapy was made but the waiting list
was more than a year. Staff at the children's primary school noticed that they were hoarding food from
the breakfast club. The Trust, the school and the hotel's welfare contractor each knew part of this
picture, but nothing was shared between them and there was no meeting at which it was put together.
""")

E("u-062", "northern_ireland", ["escalation-challenge", "voice-of-child"], """
When the Gateway team decided not to proceed to a joint protocol investigation, the school's designated
teacher did not accept the decision. She spoke to the team leader the same afternoon, explaining why she
believed Child AG's account of being 'locked in the coal shed' when she wet the bed, and when the
decision was maintained she followed the Education Authority's advice and wrote to the principal social
worker. The decision was reviewed within two days and the investigation went ahead. The designated
teacher told the panel that she felt supported by her principal throughout, and that Child AG's own
words were what kept her going.
""")

E("u-063", "northern_ireland", ["parental-mental-health", "information-sharing"], """
Mother's own childhood was marked by sexual abuse by a family friend, for which she received no help at
the time, and she described to the panel how the birth of her daughter 'brought it all back'. She was
diagnosed with post-traumatic stress disorder and severe depression when Child AH was eighteen months old,
and spent several weeks unable to get out of bed, during which Child AH was cared for largely by her
grandmother. The panel found that the perinatal mental health service worked closely with the health
visitor during this period, sharing its assessment, holding joint visits and agreeing a single plan.
""", trap="The parent's own childhood sexual abuse is background, not sexual-abuse-exploitation "
          "(rule 7).")

E("u-064", "northern_ireland", ["disability-send", "neglect", "information-sharing"], """
Child AJ, who has a rare genetic condition, was fed through a gastrostomy tube and needed medication four
times a day. Over twelve months the community children's nurses recorded that the tube site was
repeatedly infected and that pharmacy collections were irregular, while the school noticed that Child AJ
was often drowsy and sometimes had not had his morning feed. The nurses did not know what the school had
seen, and the school did not know about the pharmacy. Because Child AJ's condition could itself explain
weight loss and tiredness, no one concluded that his care needs were persistently not being met until he
was admitted to intensive care with severe dehydration.
""")

E("u-065", "northern_ireland", ["fathers-male-carers", "information-sharing", "domestic-abuse",
                                "professional-curiosity"], """
Father told the panel that he phoned the Trust twice to say he was worried about the children living with
Mother's new partner, who he believed was violent towards her. He said nobody called him back and that,
when he eventually attended a review conference, he was asked to wait in the corridor until 'the parents'
business' was finished. The panel has found records of both calls, each noted by a duty social worker as
'ex-partner, contact dispute', and neither was passed to the allocated social worker. The panel now knows
that Mother had been assaulted by her partner at least twice during that period.
""")

E("u-066", "northern_ireland", ["online-harm", "sexual-abuse-exploitation",
                                "professional-curiosity"], """
Child AK, aged twelve, was contacted through a social media app by a man who presented himself as a
modelling scout. Over several months he persuaded her to send him images and videos of herself, and later
arranged to meet her in a shopping centre car park. Her mother found the messages and went straight to
the PSNI, whose response was prompt. The panel found, however, that the school had earlier noticed Child
AK using her phone late into the night and falling asleep in lessons, and had put this down to 'typical
screen time' without asking her who she was talking to.
""")

E("u-067", "northern_ireland", [], """
Early concerns that Mother might be experiencing postnatal depression were considered carefully by the
GP and the health visitor, who completed the screening questionnaire at two contacts and found no
indication of depression or anxiety; the panel agrees with their conclusion. Since the incident the
Trust has relaunched its Think Family approach, and 92% of adult mental health staff have completed the
associated training. Baby AL's injuries and the medical evidence about them are considered separately in
section 5 of this report.
""", trap="Postnatal depression considered and ruled out; Think Family training statistic; the baby's "
          "injuries are only signposted. No labels.")

E("u-068", "northern_ireland", ["voice-of-child"], """
Child AM was on the Child Protection Register for fourteen months under the category of emotional abuse.
In that time he was seen alone once, for about ten minutes, in the family's living room while his mother
waited in the kitchen. His views appear in the conference reports as 'Child AM is happy at home and wants
things to stay as they are', a sentence repeated word for word in three reports. Child AM, now fifteen,
told the panel that he had spent most evenings in his room with a chair wedged under the door handle, and
that nobody had ever asked him why.
""")

E("u-069", "northern_ireland", ["neglect", "professional-curiosity", "information-sharing"], """
Key practice episode 3: the home visit of 12 January. The newly qualified social worker, visiting for the
first time, noticed that the fridge held nothing but a carton of milk that had gone off, that the
children's beds had no sheets, and that Child AN, aged two, had a nappy that was heavy and cold. Mother
said she had 'just not got to the shops'. Rather than accept this, the social worker asked when the
children had last eaten, looked in the cupboards with Mother's agreement, and phoned the nursery, which
told her that Child AN had arrived hungry on most days that month and had been sent home with food.
""")

E("u-070", "northern_ireland", ["escalation-challenge", "voice-of-child"], """
The GP practice's safeguarding lead wrote to the Trust in March disagreeing with the decision not to
convene a child protection case conference. She set out Child AO's repeated attendances with bruises to
her shins and forearms, and her remark to the practice nurse that she 'falls a lot when Mummy's
boyfriend is there'. The Trust's reply, three weeks later, restated the original decision and did not
mention Child AO's words or the other points raised. The GP told the panel that she felt the letter had
been 'filed rather than read', and that she did not feel able to take it any further.
""")

# --------------------------------------------------------------------------------------------
# Scotland (learning reviews)  u-071 .. u-105
# --------------------------------------------------------------------------------------------
E("u-071", "scotland", ["neglect", "professional-curiosity"], """
Child BA lived with his mother and three siblings in a small town in Fife. Over eight years the named
person service, the health visitor and the school recorded more than sixty concerns: head lice that were
never treated, a boy who came to school in summer sandals in January, a toddler found in the street in a
nappy, a dental registration that lapsed when he was two. Each was logged as a wellbeing concern and,
taken on its own, judged to fall below the threshold for an inter-agency referral discussion. The review
concludes that no one held the whole chronology, and no one stopped to ask what sixty concerns added up
to.
""")

E("u-072", "scotland", ["information-sharing", "domestic-abuse", "non-mobile-baby-injury"], """
The inter-agency referral discussion held on the afternoon that Baby BB, aged seven weeks, was admitted
with bruising to her face and ear is an example of effective practice. Police, health and social work
took part, with the paediatrician joining from the ward. Each agency brought its own checks: Police
Scotland had attended a domestic incident at the address a month earlier in which Father had pushed
Mother against a wall, which had not yet been shared, and the health visitor's notes recorded that Father
had been 'handling the baby roughly' at the eight-week visit. Putting these pieces together, the IRD
agreed a joint investigation and a safety plan that same evening.
""")

E("u-073", "scotland", ["sexual-abuse-exploitation"], """
National guidance in Scotland places the child's plan at the centre of multi-agency work, and reviews
across the country have repeatedly found parental alcohol use to be under-recognised. In this family,
however, both parents were teetotal, a fact confirmed by every agency and by the wider family, and the
review found no indication of drug use by either of them. The concerns that brought Child BC to notice
were his sudden withdrawal at school, his reluctance to go home on the days his older cousin was
babysitting, and, in the end, his disclosure that the cousin had been sexually abusing him for more than
a year.
""", trap="National context on parental alcohol use; parental substance misuse explicitly ruled out.")

E("u-074", "scotland", ["child-criminal-exploitation", "information-sharing"], """
Young Person BD, 15, from a town in Ayrshire, was found by Police Scotland in a flat in Dundee with two
older men from Merseyside and a quantity of heroin. His foster carer had reported him missing three days
earlier. Merseyside Police held intelligence linking one of the men to the supply of drugs through young
people in Scottish towns, but there was no route by which that intelligence reached the social work
department responsible for Young Person BD. He was treated at first as a suspect; it was only at his
Children's Hearing, two months later, that the panel members asked whether he had been exploited.
""")

E("u-075", "scotland", ["parental-mental-health", "voice-of-child", "professional-curiosity"], """
Young Person BE, thirteen, had been his mother's main carer for several years. Mother has schizophrenia
and, when she was unwell, believed that the neighbours were poisoning the water; Young Person BE bought
bottled water with his pocket money and made sure she took her medication. The community psychiatric
nurse visited fortnightly and knew he was there, but never spoke to him on his own. His guidance teacher
knew he was tired and often late, but put it down to 'a bit of a difficult home' and did not ask him
about it. When he was finally referred to the young carers service, he said it was the first time anyone
had asked what he did at home.
""")

E("u-076", "scotland", ["domestic-abuse", "fathers-male-carers"], """
Using the Safe and Together model, the social worker shifted the focus from whether Mother could
'protect' the children to what Father was doing and how it was affecting them. She met Father on four
occasions, put to him the police reports and what the children had said about the shouting and the
broken furniture, and set out clear expectations of him as a parent. Mother told the review that this was
the first time she had not felt blamed for his violence. The resulting child's plan named Father's
behaviour as the source of harm, and his progress against it was reviewed at each core group.
""")

E("u-077", "scotland", ["poverty-housing"], """
The review team wrote to Young Person BF, now seventeen, through her throughcare worker, inviting her to
contribute in whatever way suited her. She chose not to take part, and the review has respected that.
Her mother and grandmother met the lead reviewers at the family home. Her grandmother told them that, in
the year before Young Person BF was accommodated, seven people had been living in a two-bedroom flat
after the grandmother's own house was repossessed, and that 'nobody had any space to think, never mind
sleep'. Mother added that the council had told them there was a three-year wait for anything bigger.
""", trap="The young person's choice not to take part in the review is review method, not "
          "voice-of-child (rules 5 and 16).")

E("u-078", "scotland", ["disability-send", "voice-of-child"], """
Child BG is profoundly deaf and uses British Sign Language; neither of his parents signs fluently. At the
joint investigative interview that followed his teacher's concern about a burn on his hand, a BSL
interpreter was booked, but the interview took place in a police station room with poor lighting and
Child BG, then seven, struggled to see the interpreter's hands. The interview ended after twenty minutes
with the record that he 'did not make any disclosure'. The review regards this as a failure to give
Child BG a fair opportunity to be heard, rather than as evidence that nothing had happened.
""", trap="BSL interpreting arises from the child's disability: disability-send, not "
          "culture-ethnicity-language (rule 13).")

E("u-079", "scotland", ["safe-sleep", "poverty-housing", "information-sharing"], """
Baby BH died at six weeks old in a homeless hostel where Mother had been placed after her relationship
broke down and she lost her tenancy. The room had a double bed and no space for the baby box she had
been given at birth, which was stored under the bed full of clothes. Mother had been awake for most of
the night and fell asleep with Baby BH beside her in the bed. The housing support worker who arranged the
placement did not know there would be a baby, because the homelessness application had been made before
the birth and the midwife's and health visitor's knowledge of the move was never passed to housing.
""")

E("u-080", "scotland", ["escalation-challenge", "neglect", "disguised-compliance"], """
The health visitor was concerned that the decision at the review child protection planning meeting to
remove Child BJ's name from the register had been driven by Mother's improved attendance at meetings
rather than by any change in Child BJ's circumstances; the home was no different and Child BJ was still
missing health appointments. She said so at the meeting and was overruled. She told the review that she
had thought about asking her team leader to take it further, but the chair 'had made up her mind' and she
did not want to damage relationships with a team she worked with every week. Within four months Child BJ
was admitted to hospital with a scald that had gone untreated for three days.
""")

E("u-081", "scotland", ["online-harm", "self-harm-suicide", "professional-curiosity"], """
After her death, Young Person BK's family found that she had been viewing material about self-harm and
suicide on several platforms for more than a year, much of it pushed to her by the apps' recommendation
feeds after she first searched for help with feeling low. She had written in a private notebook that the
videos made her feel 'less alone'. Her school had delivered internet safety lessons in line with the
curriculum, but none of the professionals working with her about her low mood and the cuts on her arms
asked what she was looking at online.
""")

E("u-082", "scotland", ["domestic-abuse", "culture-ethnicity-language"], """
The family came to Scotland under the refugee resettlement scheme. Mother spoke Arabic and a little
English; Father's English was better and he acted as the family's spokesperson with every agency. When
Mother disclosed to a female health visitor, through a female interpreter, that Father hit her and had
taken her passport, the health visitor acted promptly and a referral was made. At the subsequent
multi-agency meeting, however, the interpreter was a man who knew the family through the mosque, and
Mother withdrew everything she had said. No one asked her whether she was comfortable with the
interpreter, or considered how small the community was.
""")

E("u-083", "scotland", ["fathers-male-carers"], """
Child BL was twenty-two months old and walking confidently when nursery staff noticed two small bruises
on her shin and one on her forehead. The nursery followed its procedure, recorded the marks on a body map
and asked her father at collection, who said she had fallen on the stairs at the weekend. As Child BL was
fully mobile, the guidance on bruising in non-mobile babies did not apply, and the review considers the
nursery's response proportionate. The review's concern lies elsewhere: Child BL's father was her main
carer four days a week, yet the health visitor's records do not contain his name and he was never invited
to a meeting about the child's plan.
""", trap="Bruising in a walking toddler where the non-mobile protocol expressly does not apply "
          "(rule 8).")

E("u-084", "scotland", ["disguised-compliance", "parental-substance-misuse", "neglect"], """
The couple were skilled at reassuring professionals. They cancelled visits when they were using heroin and
rearranged them, always with an apology and a plausible reason, for days when they were well. Drug
screening results were provided promptly but, as the review later learned, were collected at a clinic
where samples were not supervised. When the school raised concerns that Child BM was arriving hungry and
in the same clothes for days at a time, Mother attended a meeting in tears, agreed a plan and thanked the
head teacher for her support. Within a fortnight Child BM was again arriving hungry and unwashed.
""")

E("u-085", "scotland", [], """
The Child Protection Committee signed a revised information sharing protocol with the health board in
2022, and the review has been told that it is now embedded in practice. This review cannot comment on
whether that is so, because in Child BN's case there was no information that needed to pass between
agencies and did not: the family were known only to universal services, and neither the school nor the
GP had any concern before the day of the fire. The fire service's investigation found that it began in a
chip pan; both parents were at home, sober, and trying to put it out.
""", trap="A signed protocol, no information-sharing failure, parents expressly sober (rules 3 and 4). "
          "No labels.")

E("u-086", "scotland", ["sexual-abuse-exploitation", "voice-of-child"], """
Key episode 2: Child BO's disclosure. Child BO, aged nine, told her class teacher that her stepbrother, who
was seventeen, 'makes me do sex things' when their parents were at work. The teacher listened, did not ask
leading questions, wrote down what Child BO had said in her own words, and took it straight to the child
protection coordinator. An IRD was held the same day, and a joint investigative interview using the
Scottish Child Interview Model took place the next morning in a child-friendly suite, where Child BO was
able to give a full account. The review considers the teacher's response a model of good practice.
""")

E("u-087", "scotland", ["poverty-housing", "neglect"], """
The family rented a farm cottage on Skye with no central heating, from a landlord who ignored repair
requests; by the second winter black mould covered the children's bedroom wall and Mother was rationing
the electricity card. The review is careful to separate this hardship, which was not of the parents'
making, from the concerns about the children's care that ran alongside it. Child BP had missed four
dental appointments and needed teeth removed, his glasses were broken in the autumn and never replaced,
and he was regularly left overnight in the care of his eleven-year-old sister while Mother worked night
shifts and Father was away at sea.
""", trap="Rule 12: the excerpt itself separates hardship from neglect, so both are labelled.")

E("u-088", "scotland", ["self-harm-suicide", "information-sharing", "voice-of-child"], """
Young Person BQ, sixteen, was living in a residential house when she tied a ligature for the first time.
Over the next five months staff responded to more than forty incidents of self-harm, each recorded
carefully on the incident system. Her child's plan, however, was not updated, and the independent
reviewing officer was not told of the rising frequency until the week before her looked after review.
Young Person BQ told the review that staff were kind 'in the moment', but that nobody ever sat down with
her to talk about why it kept happening or what might help.
""")

E("u-089", "scotland", [], """
Child BR was described by nursery staff as 'a bright, curious toddler who was into everything', and by his
grandmother as 'a wee whirlwind'. His development was on track at the 27 to 30 month review, at which the
health visitor asked about sleeping, eating and how the family was managing, and recorded that both
parents were coping well. Nothing in the records for this period suggests any concern about Child BR's
care, and the review found none. The events that led to this review occurred after he started at a
private nursery the following year.
""", trap="'Curious toddler' (rule 6); routine universal contact with no concern. No labels.")

E("u-090", "scotland", ["parental-substance-misuse", "information-sharing"], """
Mother's GP had prescribed diazepam and codeine in rising doses for three years, and on four occasions
recorded that she had asked for early repeat prescriptions because her tablets had been 'lost'. Mother
told the review she was taking 'whatever it took to get through the day'. The practice did not know she
was the sole carer of two children under five: the children were registered at a different practice under
their father's surname. The health visitor, who noted that Mother seemed 'foggy' at visits, assumed the GP
knew, and the GP assumed there were no children.
""")

E("u-091", "scotland", ["child-criminal-exploitation", "escalation-challenge",
                        "information-sharing"], """
A detached youth worker who had known Young Person BS since he was twelve became concerned that a group of
older men were using him to move drugs between the town and the city, and that he had started carrying a
blade 'for protection'. She reported this the same week to Police Scotland and to his social worker. When
she learned that the police response had been to issue Young Person BS with a warning for possession, she
disagreed, and asked her manager to raise it formally with the police inspector and with the Child
Protection Committee's lead officer. That challenge led to a multi-agency meeting about the group and a
plan to protect Young Person BS.
""")

E("u-092", "scotland", ["culture-ethnicity-language", "voice-of-child"], """
Gaelic was the language of the home, and Child BT, aged three, had only a few words of English when she
started at an English-medium nursery on the mainland after the family moved for Father's work. Staff told
the review that she was 'very quiet' and rarely spoke. On two occasions she said something to staff in
Gaelic, visibly distressed, that they did not understand, and on neither occasion did anyone try to find
out what she had said. Her mother later told the review that Child BT used the Gaelic word for 'sore'. No
Gaelic-speaking professional was involved with the family at any point.
""")

E("u-093", "scotland", [], """
Recommendation 7 (Online safety). The Child Protection Committee should work with the education authority
to review how schools respond when pupils report worrying contact online. Rationale: this was not a
feature of Child BU's experience, but practitioners at the learning event identified it as an emerging
gap across the area, and the review team agreed that it should be recorded here so that it is not lost.
""", trap="Theme named in a recommendation title, explicitly not a feature of the case. No labels.")

E("u-094", "scotland", ["domestic-abuse", "poverty-housing", "voice-of-child",
                        "information-sharing"], """
Mother and her three children spent seven months in a Women's Aid refuge, in one room with two bunk beds
and a single bed, after Father was charged under the Domestic Abuse (Scotland) Act 2018. Child BV, eight,
told his teacher that he liked the refuge 'because nobody shouts', but that he missed his dog and his
bike. The refuge's children's worker did direct work with each child and, with their agreement, shared
their views with the school and the social worker before the Children's Hearing, where they were read out
and shaped the decision about contact with Father.
""")

E("u-095", "scotland", ["non-mobile-baby-injury", "information-sharing", "professional-curiosity"], """
Baby BW was seen by the out-of-hours service at ten weeks with 'a sticky eye and a small bruise on the
cheek', which the doctor thought had probably been caused by the baby's own fingernails. No referral was
made and no one asked how a ten-week-old could do that. The out-of-hours record was sent electronically to
the GP practice, where it was filed by an administrator without being seen by a clinician, and the health
visitor never knew about it. Three weeks later Baby BW was admitted to hospital with subdural
haemorrhages.
""")

E("u-096", "scotland", ["child-criminal-exploitation"], """
Young Person BX was arrested at fifteen with £1,200 worth of cocaine wraps and a machete in his school bag.
His mother was horrified and had, by every account, done everything she could to keep him at home,
reporting him missing each time he failed to return and giving the police the names of the older boys he
was with. There was no history of drug or alcohol use by either parent. The review heard that Young Person
BX's mother felt 'blamed' by the school, which told her repeatedly that she needed to 'set firmer
boundaries'.
""", trap="Drugs carried by the child, with parental use explicitly absent: not "
          "parental-substance-misuse (rule 7).")

E("u-097", "scotland", ["online-harm", "sexual-abuse-exploitation", "self-harm-suicide"], """
Young Person BY, a sixteen-year-old boy, was contacted on a social media platform by an account using
photographs of a girl his age. After a brief flirtatious exchange he sent an intimate image and was
immediately told to pay £500 or it would be sent to his followers and his family. He paid £60, all he
had, and the demands continued. He told no one. His friends told the review that in the hours before he
took his own life he had been searching for how to make it stop. Police Scotland's investigation traced
the account to an organised group overseas.
""")

E("u-098", "scotland", ["voice-of-child", "parental-substance-misuse"], """
Child BZ, then ten, told her social worker many times that she wanted to stay with her gran and not go
back to her mother's flat. Her views were recorded in each report to the Children's Hearing, but the
recommendation to return her home rested on Mother's six months of negative drug tests after years of
heroin use, and on her engagement with the recovery service. The review does not question that Mother had
made real and lasting progress. It does question why Child BZ's reasons, which included being frightened
of the people who came to the flat at night, were never explored with her.
""", trap="Genuine progress acknowledged: not disguised-compliance (rule 14).")

E("u-099", "scotland", ["domestic-abuse"], """
Mother told the review that Father had put a tracking app on her phone and a camera in the living room
'for security', and that he would text her within minutes if she went anywhere he had not agreed to. The
children, then six and nine, learned not to bring friends home because he would see them on the camera.
He controlled all the money and decided when Mother could see her sister. The only police contact was a
single call about a 'verbal argument', recorded as no crime. The review found that questions about
controlling behaviour were not part of routine enquiry in either universal service at the time.
""", trap="Technology-facilitated abuse between adults is domestic-abuse, not online-harm (rule 10).")

E("u-100", "scotland", ["escalation-challenge", "domestic-abuse"], """
The family nurse disagreed with social work's view that Mother, aged seventeen, could care safely for
Baby CA without a plan, given Mother's own history in care and her partner's violence towards her during
the pregnancy, which had twice brought police to the flat. She followed the practitioner dispute
resolution process, first with the senior social worker and then in writing to the service manager,
copying in her own child protection adviser. The service manager convened a further IRD and a pre-birth
plan was agreed. The review commends her persistence, and the service manager's openness to reconsidering
the decision.
""")

E("u-101", "scotland", ["information-sharing"], """
Child CB's social worker recorded the home visit of 3 May, at which she saw fresh bruising on his arm, in
the case management system on 28 May. In the intervening weeks the school, which could see a summary of
the record through the named person arrangements, checked it twice after Child CB arrived with a black
eye, found nothing new, and concluded that social work had no current concerns. The review recognises the
caseload pressures the team described, but the delay meant that the school was reassured by an absence of
information that was in fact an absence of recording.
""")

E("u-102", "scotland", ["sexual-abuse-exploitation", "fathers-male-carers"], """
Father has multiple sclerosis and uses a wheelchair; he was at home full time in an adapted house. The
review found that he was closely involved in the children's care and well known to the school, which kept
him informed by email and video call because he could not always attend in person, and the social worker
made sure he was part of every planning meeting. The family is White Scottish and no matters of ethnicity,
culture or language arose. The concerns that led to the review were about Child CC, fourteen, and a
nineteen-year-old man who gave her alcohol and vapes and took her to parties in flats where older men
pressed her for sex.
""", trap="The father's MS is not disability-send (rule 7); bare demographic statement is not "
          "culture-ethnicity-language (rule 13).")

E("u-103", "scotland", ["disability-send", "neglect", "professional-curiosity"], """
Child CD is autistic and has a very restricted diet. When her weight fell and she began arriving at school
in soiled clothes, staff attributed both to her autism, and the additional support needs coordinator wrote
that 'this is part of her profile'. The paediatrician later found that Child CD's diet at home had been
reduced to dry cereal because no other food she would eat was being bought, and that she had not been
bathed for weeks. The school's understanding of her diagnosis had, in effect, explained away the evidence
that her basic needs were not being met.
""")

E("u-104", "scotland", ["child-criminal-exploitation", "information-sharing", "fathers-male-carers",
                        "poverty-housing"], """
This learning review was commissioned by the Child Protection Committee after Young Person CE, aged
fourteen, was seriously assaulted. It identified four key learning points. Agencies did not recognise that
his frequent absences from home were linked to his being used by older men to supply drugs. Information
about those men held by the police did not reach the school or social work. Young Person CE's stepfather,
who shared parental responsibility, was never contacted by any agency. And the family's move into
temporary accommodation after a fire in their flat had cut them off from the support they previously had.
""")

E("u-105", "scotland", ["professional-curiosity"], """
The health visitor's records are thorough. At the primary visit she noted that Baby CF slept in a cot in
the parents' room, on her back, with no bumpers or pillows, and gave the standard safer sleep advice,
which both parents could repeat back to her. Sleeping arrangements were never a concern in this family.
The review's focus is instead on the months after Mother returned to work, when Baby CF was looked after
by an unregistered childminder whose partner had a conviction for assaulting a child. No professional had
asked Mother who was caring for Baby CF while she worked, so no checks were ever made.
""", trap="Routine safe-sleep advice with arrangements never a concern (rule 9).")

# --------------------------------------------------------------------------------------------
# Wales (Child Practice Reviews / Single Unified Safeguarding Reviews)  u-106 .. u-140
# --------------------------------------------------------------------------------------------
E("u-106", "wales", ["culture-ethnicity-language", "self-harm-suicide", "voice-of-child"], """
Welsh was Child DA's first language and the language of her home in Gwynedd. When she was referred to the
child and adolescent mental health service at twelve, after telling her teacher she was having thoughts of
hurting herself, she was assessed in English by a clinician who did not speak Welsh; the Active Offer of a
Welsh-language service was not made. Her mother told the reviewers that Child DA 'couldn't find the words
for how she felt in English' and came out of the appointment saying nobody had understood her. She did not
attend again, and the referral was closed after two missed appointments.
""")

E("u-107", "wales", ["domestic-abuse", "information-sharing", "voice-of-child"], """
Gwent Police attended the home eight times in twelve months. On five occasions the children were present,
and on two the eldest, Child DB, made the 999 call herself. Public protection notifications were sent to
the local authority but, because the incidents were assessed as 'standard risk', they were not shared with
the children's schools, and no one spoke to the children about what they had seen or heard. The primary
school told the reviewers that it had noticed Child DB's anxiety on Monday mornings for over a year but
had no idea what lay behind it.
""")

E("u-108", "wales", ["parental-mental-health"], """
Child poverty rates in Wales are among the highest in the UK, and reviews across the regional boards have
often found financial stress underlying the pressures on families. That was not the picture here. Both
parents were in secure, well-paid employment and owned their home, and there was no evidence of debt or
housing difficulty. What the records do show is Father's worsening depression over two years, his GP's
decision to increase his medication without asking whether he had children at home, and Mother's account
to the reviewers that he had 'stopped being there' for the children long before his attempt to take his
own life.
""", trap="National poverty context with poverty explicitly ruled out; the suicide attempt is the "
          "parent's (parental-mental-health, not self-harm-suicide; rule 7).")

E("u-109", "wales", ["non-mobile-baby-injury", "escalation-challenge"], """
Baby DC was four months old when his Flying Start health visitor saw a bruise on his inner thigh at a
weighing clinic. She recognised that the practice guide on bruising in babies who are not independently
mobile applied, and telephoned the duty social worker, who told her that as Mother had explained the
bruise was caused by his bouncer, a referral was 'not needed unless you are worried'. Although she was
uneasy, she did not challenge this or ask her named nurse to take it up. The reviewers note that the
guidance allows no such discretion: every bruise in a non-mobile baby requires referral and a paediatric
assessment.
""")

E("u-110", "wales", ["neglect"], """
Using the Graded Care Profile in the spring marked a turning point. Until then the children's care had been
described in a series of snapshots ('house messy today', 'children grubby but happy'), and the family had
been stepped up and down between the Families First team and statutory services four times. Working
through the profile with Mother over three sessions, the social worker was able to show her, and then the
child protection conference, that the children's needs for food, warmth, safety and stimulation had been
persistently unmet for years, and to describe exactly how.
""")

E("u-111", "wales", ["disability-send", "neglect", "information-sharing"], """
Child DD has a life-limiting neuromuscular condition and was supported by at least eleven professionals
across the health board and the local authority's disabled children's team. Between the ages of eight and
ten he was not brought to twenty-three appointments, including two urgent spinal reviews. Each department
wrote to the family and copied the GP in line with its 'was not brought' policy, but the letters were
filed, not collated, and the disabled children's team never received them; its assessment in the same
period described the family as 'coping well with a demanding care package'.
""")

E("u-112", "wales", ["child-criminal-exploitation", "information-sharing"], """
Mother's flat in a seaside town in Ceredigion was taken over by men from the English Midlands who used it
to sell crack cocaine and heroin, a practice known as cuckooing. Her son, Young Person DE, who was
fourteen, was soon running errands for them, and was found by Dyfed-Powys Police holding drugs at the
railway station. Mother had told her housing officer that she was 'being visited by people I don't want
here', but the housing officer did not share this with the police or with children's services, believing
it to be a tenancy management matter.
""")

E("u-113", "wales", ["poverty-housing"], """
The reviewers offered to meet Child DF, now eleven, with an advocate from the regional advocacy service.
She chose instead to draw a picture for the review panel, which appears at the front of the report; it
shows her family on a beach. Her grandmother describes her as 'a funny, kind girl who loves her cats'. The
terms of reference concern the multi-agency response after her mother's diagnosis of breast cancer and the
family's eviction from their privately rented home, when the landlord sold up, into emergency
accommodation forty miles away.
""", trap="The child's picture for the review and her grandmother's words are review method and colour, "
          "not voice-of-child (rules 5 and 16); a parent's physical illness is not "
          "parental-mental-health.")

E("u-114", "wales", ["safe-sleep", "parental-substance-misuse", "fathers-male-carers",
                     "information-sharing", "domestic-abuse"], """
An Extended Child Practice Review was commissioned by the Regional Safeguarding Children Board after the
death of Baby DG, aged seven weeks, while sharing a sofa with his father, who had been drinking heavily
that night as on most nights. The review found that: the Flying Start health visitor had recorded Father's
daily drinking but did not refer him to substance misuse services; Father was never spoken to about safe
sleep, because all visits took place during his working hours; and the midwife's record of a domestic
incident during the pregnancy, when Father had slapped Mother, was not passed to the health visiting
service.
""")

E("u-115", "wales", ["disguised-compliance", "domestic-abuse", "fathers-male-carers"], """
Practitioners at the learning event described Mother as 'the most engaged parent on my caseload'. She
attended every parenting session, completed the Freedom Programme and sent the social worker photographs of
the children's tidy bedrooms and home-cooked meals. Only after Child DH was taken to hospital with a head
injury did it emerge that her former partner, who was subject to a non-molestation order because of his
violence towards her, had been living at the house throughout, and that the photographs had been taken at
her sister's. No professional had asked about him since the order was made, and no visit in eight months
was unannounced.
""")

E("u-116", "wales", ["self-harm-suicide", "voice-of-child", "professional-curiosity"], """
The school's response to Young Person DJ's self-harm was exemplary. Her form tutor noticed her pulling her
sleeves down in PE and asked her, privately, whether she was all right. When Young Person DJ showed her the
cuts, the tutor stayed with her while the school nurse was called, and the designated safeguarding person
contacted her parents and, with Young Person DJ's agreement, referred her to the single point of access for
emotional health. Young Person DJ told the reviewers that she had felt 'taken seriously, not told off',
and that being asked what she wanted to happen next had mattered most.
""")

E("u-117", "wales", [], """
The core group met six times during the review period and was quorate on each occasion. In June the local
authority applied to the family court, and in August, following a direction from the judge, the case was
listed for a final hearing. The reviewers have not examined the court process, which lies outside the scope
of a Child Practice Review. No professional disagreement about the plan was recorded at any stage, and
practitioners told the reviewers that they had felt able to raise any concern at core group.
""", trap="Court process and an explicit absence of professional disagreement: not "
          "escalation-challenge. No labels.")

E("u-118", "wales", ["poverty-housing", "voice-of-child"], """
Mother's Universal Credit was sanctioned twice during the review period, once for missing an appointment
she said she had never been told about. The family of five lived on food bank parcels for weeks at a time,
the electricity meter ran out most weekends, and the children went to bed in their coats. Child DK, aged
eight, told a worker at the family centre that he was 'saving' half his school dinner to take home for his
little sister. The worker took his words seriously: the centre made an emergency application to the
Discretionary Assistance Fund the same day and found the children winter clothing.
""", trap="Hunger and cold explained by lack of money: poverty-housing, not neglect (rule 12).")

E("u-119", "wales", ["sexual-abuse-exploitation", "disability-send", "escalation-challenge",
                     "professional-curiosity"], """
Young Person DL, thirteen, who has a moderate learning disability and attends a specialist unit within a
mainstream school, was twice found touching younger pupils in the toilets. The school's first response
treated this as a behaviour problem and he was excluded for five days. It was a teaching assistant who
recognised that his language and behaviour suggested he had himself been sexually abused, and who
insisted, against the view of the head of the unit, that a referral be made to children's services.
Subsequent enquiries found that Young Person DL had been abused by an adult relative over several years.
""")

E("u-120", "wales", ["information-sharing", "parental-substance-misuse", "neglect"], """
The family moved from Shropshire to Powys in the autumn. The English local authority had closed the case
after an assessment that found Mother drinking heavily during the day, unable to supervise the youngest
child and often too unwell to take the older child to school, and had advised her to seek support in her
new area. No information was transferred because the case was closed, and Powys had no contact with the
family until a police referral five months later. The reviewers recommend that the regional board raise
with its English neighbours the absence of any expectation to share closed-case information across the
border.
""")

E("u-121", "wales", ["fathers-male-carers"], """
Because many practitioners worked across the health board's large rural area, the learning event was held
online, and family members joined by video call. Father joined from work and spoke movingly about his
relationship with his son. The reviewers found that he had been fully included in care and support
planning throughout: he was invited to every meeting, letters went to his own address and not only to
Mother's, and the social worker visited his flat to see where Child DM slept on alternate weekends. Police
checks on Father's household were completed promptly.
""", trap="Online learning event and video calls are review method, not online-harm (rule 5).")

E("u-122", "wales", ["parental-mental-health", "information-sharing"], """
Mother's first episode of postnatal psychosis, after the birth of her first child, led to a four-week
admission to a mother and baby unit in England, as there was then no such unit in Wales. When she became
pregnant again three years later, the field for previous mental illness in her maternity booking record
was left blank, and the perinatal mental health team was never told about the earlier admission, because
the discharge summary had been sent to a GP practice she had since left and was not forwarded. The review
identifies this as the critical missed opportunity.
""")

E("u-123", "wales", ["information-sharing"], """
Young Person DN, fifteen, was under the care of the specialist child and adolescent mental health service
for severe anxiety and low mood. Her parents were closely involved in her treatment and both attended every
appointment. The reviewers found good communication between CAMHS, her GP and the school, which agreed a
shared plan for a quiet space at lunchtimes and a named member of staff she could go to. The learning in
this review relates to the period when Young Person DN turned sixteen and her care was due to move to
adult services, and the gap that opened in the months before the transfer took place.
""", trap="The young person's anxiety and CAMHS involvement are not parental-mental-health (rule 7).")

E("u-124", "wales", ["sexual-abuse-exploitation", "online-harm"], """
Young Person DP, fourteen and looked after in a residential placement in Wrexham, began going missing at
weekends. Staff discovered that she had been messaging a man in his twenties on Snapchat who had sent her
money for phone top-ups and later for taxis. The placement made prompt missing reports to North Wales
Police and completed the regional exploitation risk assessment, which scored her as at 'significant risk'
of sexual exploitation. But the multi-agency strategy meeting did not take place for three weeks, and in
that time she was found in a hotel in Chester with two adult men.
""")

E("u-125", "wales", ["culture-ethnicity-language", "escalation-challenge"], """
The family belonged to a small independent church in Cardiff, and Father told the social worker that
physical discipline was 'part of our faith'. Practitioners were divided about how to respond: the school
felt that challenging this would be culturally insensitive, while the social worker believed the marks on
Child DQ's legs should be treated like any other. The social worker did not take her disagreement beyond
the team meeting. The reviewers found that uncertainty about culture led to a series of 'wait and see'
decisions, and that no one consulted the church's leadership, which, when the reviewers spoke to it, was
clear that it did not endorse hitting children.
""")

E("u-126", "wales", ["online-harm", "self-harm-suicide", "information-sharing"], """
Young Person DR, twelve, was the target of a sustained campaign in a group chat set up by pupils in her
year, who posted edited photographs of her and comments about her weight. Her mother reported it to the
school three times; each time the school replied that it could not act on what happened outside school
hours and advised her to contact the app provider. Young Person DR began to cut her arms and, in March,
told her GP that she wished she 'wasn't alive'. The GP made an urgent referral to CAMHS but did not
contact the school, which learned of her distress only when a friend raised it.
""")

E("u-127", "wales", ["non-mobile-baby-injury", "fathers-male-carers"], """
Baby DS, aged eleven weeks, was taken by ambulance to Ysbyty Gwynedd after Mother found him floppy and
pale. A CT scan showed bleeding around the brain and a skeletal survey found healing fractures of both
wrists. The chronology shows that Baby DS's father, a nineteen-year-old who looked after him alone while
Mother worked evening shifts at a supermarket, was not registered with any local GP, had never been seen by
the midwife or health visitor, and was unknown to children's services. The health visitor's notes refer to
him only as 'dad, not present'.
""")

E("u-128", "wales", ["safe-sleep", "parental-substance-misuse", "disguised-compliance"], """
Mother was on a methadone programme throughout her pregnancy, and the pre-birth plan included a written
agreement that Baby DT would sleep in her own cot in the parents' room. At every health visitor contact
Mother pointed out the cot, made up neatly with a fleece blanket. After Baby DT's death at eight weeks,
Mother's sister told police that the cot had never been used: Baby DT had slept in her parents' bed from
the first night home, and on the night she died Mother had taken diazepam that had not been prescribed to
her, on top of her methadone.
""")

E("u-129", "wales", ["safe-sleep", "poverty-housing"], """
The reviewers looked closely at how safer sleep was discussed with this family, because Baby DU's parents
both smoked and lived in an overcrowded two-bedroom flat with four other children. The Flying Start health
visitor used a safer sleep risk assessment at three visits, talked through with both parents what they
would do on a night when the baby would not settle, and helped them apply to a charity for a second cot
when the first was needed for the toddler. The reviewers regard this as a model of tailored rather than
routine advice. Baby DU's death, from an undiagnosed heart condition, was not related to his sleeping
environment.
""", trap="Safe sleep practice analysed as part of the learning is labelled although the death was "
          "unrelated to sleep (rule 9).")

E("u-130", "wales", ["disguised-compliance", "domestic-abuse", "fathers-male-carers"], """
Father completed the first twelve sessions of a domestic abuse perpetrator programme, and the facilitators
reported that he was 'insightful and remorseful'. On the strength of those reports, and of his polite
engagement with the social worker, the children's names were removed from the child protection register.
The children's accounts, gathered later, tell a different story: that he had told them what to say to the
social worker, that he still called Mother names and kept control of the money, and that home was 'the
same, just quieter when people came'.
""")

E("u-131", "wales", ["online-harm", "information-sharing"], """
Young Person DW, fourteen, spent most nights in his bedroom on his laptop, and over a year his teachers
noticed his written work beginning to include racist language and conspiracy theories about migrants. It
later emerged that he had been drawn into online forums and a private chat channel in which adults shared
extreme right-wing material and encouraged him to make videos of his own. The school made a Prevent
referral, which was adopted by the Channel panel, but the school was not told the outcome until the next
term, and in the meantime continued to manage him through its behaviour policy.
""")

E("u-132", "wales", ["culture-ethnicity-language", "voice-of-child", "parental-substance-misuse"], """
Because the family spoke Welsh at home, the social worker arranged for the child protection conference to
be held bilingually, with simultaneous translation for the two professionals who did not speak Welsh, and
the children's direct work was done in Welsh by a Welsh-speaking family support worker. Mother told the
reviewers that speaking her own language at the conference 'made me feel like a person, not a case'. Child
DX's worries about her father's drinking, which kept him in bed most mornings and made him 'shouty' at
night, came out in the first of those sessions, having never been voiced to her English-speaking teacher.
""")

E("u-133", "wales", ["child-criminal-exploitation", "disability-send"], """
Young Person DY has ADHD and significant additional learning needs, and was permanently excluded from his
comprehensive school at fourteen after a series of incidents. He was offered ten hours a week at a pupil
referral unit. Within two months he was spending his afternoons with older young men who paid him to carry
packages between Newport and Cardiff. The reviewers found that the exclusion was decided without any
multi-agency discussion, and that his needs, which were well documented in his individual development plan,
did not feature in any thinking about how he could be kept safe once he was out of school.
""")

E("u-134", "wales", ["parental-mental-health"], """
The children's father died when Child DZ was a baby. Mother brought the children up alone and, until the
autumn, was described by the school as 'a tower of strength'. From October she stopped taking the children
to school, was heard by neighbours shouting at voices in the night, and was eventually detained under the
Mental Health Act after she was found walking along the A55 with both children in the early hours. The
reviewers found that Mother's deterioration was sudden, and that the first agency contact, a police welfare
check two days earlier, was handled appropriately.
""")

E("u-135", "wales", ["professional-curiosity", "voice-of-child"], """
When Child EA, aged six, arrived at school with a bruise around her eye, her mother explained at the gate
that she had walked into a door. The school nurse, seeing her later that morning, asked Child EA to show her
how it had happened. Child EA mimed walking into the edge of an open door, but the bruising was on the side
of her face that would not have touched it, and there were fingertip marks on her upper arm. The nurse
talked with her alone, did not press, and recorded her words: 'Mammy's boyfriend got cross about the
telly'. She made a referral to children's services that morning.
""")

E("u-136", "wales", ["voice-of-child", "information-sharing"], """
Child EB's grandmother, her Nain, told the reviewers that she rang the social services office 'every week for
a month' after Child EB came to stay with bruises on her arms and said she did not want to go home. Nain said
each time she was told the social worker would ring back. The records show four calls logged: one was passed
to the allocated worker, and the others were recorded on the duty system as 'family member, general enquiry'
and went no further. No one spoke to Child EB about what she had told her grandmother until she was admitted
to hospital seven weeks later.
""")

E("u-137", "wales", ["domestic-abuse", "information-sharing"], """
This review is one of the first in the region to be undertaken as a Single Unified Safeguarding Review,
bringing together what would previously have been a Child Practice Review and a Domestic Homicide Review.
Mother was killed by her husband at the family home in March; their two children, aged five and eight, were
in the house. In the year before, Mother had told her GP that her husband controlled all the money and read
her messages, and had told a colleague she was afraid of him. The GP recorded the disclosure but did not
complete a risk assessment or refer to the MARAC, and nothing was shared with the children's school.
""")

E("u-138", "wales", ["safe-sleep", "poverty-housing", "information-sharing"], """
The family spent five months in a single room at a hotel used by the local authority as emergency
accommodation. There was no space for the travel cot, so Baby EC, who was three months old, slept in the
double bed between his parents or in his pram. The health visitor recognised the risk, discussed it with
both parents at each visit, and wrote to the housing department asking for a larger room. The housing
department did not respond and, when the reviewers asked, said it had no record of ever receiving the
letter.
""")

E("u-139", "wales", ["escalation-challenge", "disability-send"], """
Professional curiosity has featured in many Welsh reviews, and the regional board has run workshops on it
that more than six hundred practitioners have attended. In this case the reviewers did not find a lack of
curiosity to be the problem. The difficulty lay elsewhere: the paediatrician and the social worker disagreed
about whether Child ED's weight loss was explained by her coeliac disease or by her not being fed properly,
and neither sought to resolve the disagreement through the regional escalation protocol. The case drifted for
four months while each waited for the other to act.
""", trap="Professional curiosity named in training context and ruled out as the problem "
          "(rules 3 and 4); neglect is an open question, not evidenced.")

E("u-140", "wales", ["culture-ethnicity-language", "voice-of-child", "information-sharing",
                     "professional-curiosity"], """
Young Person EE, sixteen, told her school counsellor that her parents were planning to take her to Pakistan
in the summer holidays to marry a cousin, and that she was frightened. The counsellor told the designated
safeguarding person, who contacted children's services and the Forced Marriage Unit the same day. The
reviewers commend this. They are less positive about the assessment that followed, which took place at the
family home with Young Person EE's father in the room and her uncle interpreting for her mother, and which
accepted the family's explanation that the trip was 'a holiday to visit relatives'.
""")

# --------------------------------------------------------------------------------------------
# Validation and output
# --------------------------------------------------------------------------------------------
def validate():
    errors = []
    ids = [e["id"] for e in EXCERPTS]
    dupes = [i for i, n in collections.Counter(ids).items() if n > 1]
    if dupes:
        errors.append(f"duplicate ids: {dupes}")
    expected = [f"u-{n:03d}" for n in range(1, len(EXCERPTS) + 1)]
    if ids != expected:
        errors.append("ids are not the sequence u-001 .. u-%03d in order" % len(EXCERPTS))
    texts = collections.Counter(e["text"] for e in EXCERPTS)
    if any(n > 1 for n in texts.values()):
        errors.append("duplicate excerpt text")
    for e in EXCERPTS:
        if e["nation"] not in NATIONS:
            errors.append(f"{e['id']}: unknown nation {e['nation']!r}")
        unknown = [t for t in e["themes"] if t not in THEMES]
        if unknown:
            errors.append(f"{e['id']}: unknown themes {unknown}")
        if len(set(e["themes"])) != len(e["themes"]):
            errors.append(f"{e['id']}: repeated theme")
        words = len(e["text"].split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{e['id']}: {words} words (allowed {MIN_WORDS}-{MAX_WORDS})")
        if '"""' in e["text"]:
            errors.append(f"{e['id']}: stray triple quote")
    counts = theme_counts()
    for t in THEMES:
        if counts[t] < MIN_PER_THEME:
            errors.append(f"theme {t} used {counts[t]} times (< {MIN_PER_THEME})")
    return errors


def theme_counts():
    c = collections.Counter(t for e in EXCERPTS for t in e["themes"])
    return {t: c.get(t, 0) for t in THEMES}


def nation_counts():
    c = collections.Counter(e["nation"] for e in EXCERPTS)
    return {n: c.get(n, 0) for n in NATIONS}


def write_jsonl(path):
    with open(path, "w", encoding="utf-8") as fh:
        for e in EXCERPTS:
            row = {"id": e["id"], "nation": e["nation"], "text": e["text"], "themes": e["themes"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


README_INTRO = """# labelled-2: independent labelled set for the learning-theme tagger

An independently written, entirely fictional set of excerpts in the style of UK child safeguarding
case reviews: England Child Safeguarding Practice Reviews, Northern Ireland Case Management Reviews,
Scotland learning reviews, and Wales Child Practice Reviews / Single Unified Safeguarding Reviews
(the Welsh excerpts are written in English). It is meant for measuring the theme tagger on text its
developers have never seen.

- `build_themes_2.py` (standard library only) holds every excerpt with its labels, validates the set (known ids
  and nations, ids unique and sequential, 60-220 words per excerpt, every theme used at least 6 times)
  and writes `labelled-2.jsonl`. Run `python3 build_themes_2.py` (`--notes` prints these notes).
- `labelled-2.jsonl`: one object per line:
  `{"id": "u-001", "nation": "england|northern_ireland|scotland|wales", "text": "...", "themes": [...]}`.

Writing and labelling. Only the theme taxonomy (ids and one-line definitions) and the decision rules (in README.md)
were read, and the labels follow those decision rules. No other project files were consulted or
imitated. Every person is a pseudonym (Child A, Baby K, Young Person T) or a role. The register varies
on purpose: findings, key practice episodes, chronology entries, executive summaries, terms of
reference, recommendations and action-plan rows, family voices ("Mother told the reviewer...") and
good-practice paragraphs. Themes are mostly expressed indirectly, not by their titles. Excerpts with
an empty `themes` list are deliberate traps in which no theme is evidenced.

Excerpts were not scored against the tagger.
"""


def readme_text():
    tc, nc = theme_counts(), nation_counts()
    n = len(EXCERPTS)
    n_labels = sum(len(e["themes"]) for e in EXCERPTS)
    words = [len(e["text"].split()) for e in EXCERPTS]
    per_len = collections.Counter(len(e["themes"]) for e in EXCERPTS)
    traps = [e for e in EXCERPTS if e["trap"]]
    lines = [README_INTRO, "## Size", "",
             f"- Excerpts: {n} (ids u-001 to u-{n:03d})",
             f"- Theme labels: {n_labels} (mean {n_labels / n:.2f} per excerpt)",
             "- Labels per excerpt: " + ", ".join(f"{k}: {per_len[k]}" for k in sorted(per_len)),
             f"- Words per excerpt: min {min(words)}, median {sorted(words)[n // 2]}, max {max(words)}",
             f"- Trap excerpts: {len(traps)} ({100 * len(traps) / n:.0f}%)",
             "", "## Excerpts per nation", "", "| nation | excerpts |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in nc.items()]
    lines += ["", "## Excerpts per theme", "", "| theme | excerpts |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in tc.items()]
    lines += ["", "## Trap excerpts", "",
              "Each of these excerpts tempts a tagger to assign a theme that the decision rules "
              "exclude, or, in a few cases (rules 8, 9 and 12), to leave out a theme that the rules "
              "include. The labels given are the ones the rules require.", "",
              "| id | nation | labels | why it is a trap |", "|---|---|---|---|"]
    for e in traps:
        labels = ", ".join(e["themes"]) if e["themes"] else "(none)"
        lines.append(f"| {e['id']} | {e['nation']} | {labels} | {e['trap']} |")
    lines.append("")
    return "\n".join(lines)


def main():
    errors = validate()
    if errors:
        print("VALIDATION FAILED", file=sys.stderr)
        for err in errors:
            print("  " + err, file=sys.stderr)
        return 1
    if "--notes" in sys.argv[1:]:
        print(readme_text())
        return 0
    jsonl = OUT_DIR / f"{SET}.jsonl"
    write_jsonl(jsonl)
    print(f"wrote {jsonl} ({len(EXCERPTS)} excerpts)")
    print("nations:", nation_counts())
    for t, c in theme_counts().items():
        print(f"  {t:30s} {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
