#!/usr/bin/env python3
"""Build the independent labelled set `labelled-3` for the learning-theme tagger.

Standard library only. Holds 90 fictional excerpts (ids v-001 .. v-090) written in the
style of UK child safeguarding case reviews, with theme labels assigned under
the decision rules in README.md. Validates the set and writes labelled-3.jsonl
and labelled-3-notes.md next to this file.

Run:  python3 build.py
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "labelled-3"

THEMES = OrderedDict([
    ("domestic-abuse", "Domestic abuse"),
    ("parental-mental-health", "Parental mental health"),
    ("parental-substance-misuse", "Parental substance misuse"),
    ("neglect", "Neglect"),
    ("non-mobile-baby-injury", "Injury to a non-mobile baby"),
    ("safe-sleep", "Safe sleep and SUDI"),
    ("child-criminal-exploitation", "Child criminal exploitation"),
    ("sexual-abuse-exploitation", "Sexual abuse and exploitation"),
    ("online-harm", "Online harm"),
    ("self-harm-suicide", "Self-harm and suicide"),
    ("fathers-male-carers", "Fathers and male carers"),
    ("voice-of-child", "The child's lived experience and voice"),
    ("information-sharing", "Information sharing"),
    ("professional-curiosity", "Professional curiosity"),
    ("escalation-challenge", "Escalation and professional challenge"),
    ("disguised-compliance", "Disguised compliance"),
    ("disability-send", "Disability and SEND"),
    ("culture-ethnicity-language", "Culture, ethnicity and language"),
    ("poverty-housing", "Poverty and housing"),
])
NATIONS = ("england", "northern_ireland", "scotland", "wales")
MIN_WORDS, MAX_WORDS = 60, 220
MIN_PER_THEME = 6

EXCERPTS = []


def X(eid, nation, themes, register, text, trap=None):
    """Register one excerpt. `trap` (if given) explains the trap and why labels were withheld."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    EXCERPTS.append({
        "id": eid,
        "nation": nation,
        "text": "\n\n".join(p for p in paras if p),
        "themes": list(themes),
        "_register": register,
        "_trap": trap,
    })

# ---------------------------------------------------------------------------
# Excerpts v-001 .. v-024
# ---------------------------------------------------------------------------

X("v-001", "england",
  ["non-mobile-baby-injury", "fathers-male-carers", "information-sharing", "professional-curiosity"],
  "executive summary", """
Executive summary

Baby L was eleven weeks old when she was brought to the emergency department by ambulance, floppy and vomiting. Scans showed bleeding over the surface of the brain and healing fractures to three ribs, injuries the treating paediatricians considered could only have been inflicted.

Four weeks earlier the practice nurse had noticed a small bruise on Baby L's cheek at her immunisation appointment. Mother said the clip of the dummy had pinched her. The explanation was recorded and accepted; the nurse did not consult the GP, and Baby L was not referred for a paediatric opinion as the local guidance on bruising in babies who are not yet crawling requires.

Mother's partner, Mr M, had moved in shortly after the birth and by his own account did most of the night feeds. He was not registered with the practice, was never present when the health visitor called, and nobody asked who else was looking after the baby. Probation held a record that Mr M had been convicted of assaulting the toddler of a previous partner; that record was never shared with health services, because no one knew to ask probation.
""")

X("v-002", "northern_ireland",
  ["sexual-abuse-exploitation", "online-harm", "voice-of-child"],
  "finding", """
Finding 2: Child M's account of her 'friends' was heard but not understood

Between March and October Child M, then fourteen and living in a residential unit, was reported missing on twenty-three occasions. She was usually returned by taxi in the early hours, sometimes smelling of alcohol, once with a new phone and twice with money she could not account for. Unit staff later learned that a man in his thirties had first contacted her through a social media app, sent her phone credit in exchange for photographs and then arranged the taxis.

When staff asked where she had been, Child M said she was with friends who 'look after me better than anyone in here'. Those words were written into the missing-from-care records nine times. They were treated as evidence of a choice she was making, and the records repeatedly described her as 'placing herself at risk'. No one used them as the starting point for a conversation about who these friends were, what they wanted from her, and why she felt safer with them than with the adults paid to care for her. The panel considers that Child M was telling professionals, in the only way she could, that she was being groomed.
""")

X("v-003", "scotland",
  ["disability-send", "professional-curiosity", "voice-of-child"],
  "key practice episode", """
Key practice episode 3: bruising noticed at school (November)

Child J, aged eight, has a diagnosis of autism and communicates with a small number of spoken words, signs and a picture exchange system. His support assistant noticed finger-shaped bruises on both upper arms when helping him change for swimming. The head teacher phoned Mother, who explained that Child J grips his own arms hard when he is distressed and that this had been worse since his routine changed.

The explanation was plausible, and it was consistent with what school had seen of his behaviour. However, nobody checked whether the marks matched self-gripping, a paediatric opinion was not sought, and no Interagency Referral Discussion was held. The learning review heard that staff 'knew he did that', and that this knowledge made the bruises feel ordinary.

Child J's picture board was in his bag throughout. He was not offered it, or any other means, to say what had happened, and nobody who knew his communication well was asked to help. The review considers that his disability was allowed both to explain the injury and to silence him.
""")

X("v-004", "wales",
  ["culture-ethnicity-language", "poverty-housing", "fathers-male-carers"],
  "family voice", """
The family's perspective

Mother met the reviewers with a Welsh-speaking advocate. She told them that Welsh is the language she thinks and feels in, and that in core group meetings, which were always held in English, she found herself 'nodding along' to things she did not fully follow. There is no record that the Active Offer was made to her at any point, and the written plan she was given was in English only.

She described the months after the family were evicted from their rented farm cottage, when she and the three children lived in a relative's static caravan with no running hot water, and said she had been too ashamed to tell the health visitor how little money was left once the pitch fees were paid.

Father, who works away on contracts from Monday to Friday, told the reviewers that nobody had ever phoned him. Core group meetings were held on weekday mornings, and the minutes record him as 'not available' on every occasion. He said he would have driven back for them if anyone had asked.
""")

X("v-005", "england",
  ["parental-mental-health"],
  "context and analysis", """
Context

National reviews have long drawn attention to the combined risk posed where domestic abuse, parental mental ill health and substance misuse occur together, and the Child Safeguarding Practice Review Panel has repeatedly found that children in such households are at heightened risk of serious harm. The panel asked specifically whether that combination was present here.

It was not. Police held no record of any incident at the family's address, neither parent described abuse in the relationship to any professional, and there is nothing in health or social care records to suggest that either parent misused alcohol or drugs. Toxicology following Child D's death was negative for both parents.

What was present, and what the review considers central, was Mother's long-standing depression. She had been prescribed antidepressants since her teens, stopped taking them during the pregnancy on her own initiative and did not restart them. In the months before Child D died she told her GP that she was 'not sleeping, not eating, not coping', and scored highly on the postnatal depression screening carried out by the health visitor. A referral to the perinatal team was made but not followed up when she did not attend.
""", trap="'Toxic trio' national context; domestic abuse and substance misuse expressly ruled out (rules 3, 4). Only parental mental health is labelled.")

X("v-006", "northern_ireland",
  ["neglect", "information-sharing"],
  "chronology narrative", """
Chronology: 2019 to 2021

In the summer of 2019 the family moved from one Health and Social Care Trust area to a privately rented house in another, the third move in as many years. Child R, then six, had been known to the family support hub in the previous area because of repeated head lice, poor school attendance and untreated dental decay; a UNOCINI assessment had been completed, but the file was closed on the move.

The new school received Child R's attendance record but none of the support hub's notes. Within a term the same picture re-emerged: he arrived without a coat in winter, was frequently hungry by mid-morning, and missed two appointments for the extraction of six decayed teeth under general anaesthetic. The school nurse wrote to the new health visiting team about his younger sister's missed developmental reviews, but did not know that the previous Trust had closed a case with the same concerns eight months earlier.

By the time the Gateway team received a referral in March 2021, professionals in the new area believed they were seeing a family with emerging difficulties. They were in fact seeing the fourth year of the same ones.
""")

X("v-007", "scotland",
  [],
  "action plan", """
Action plan (extract)

Recommendation 3 — Escalation and professional disagreement. The Child Protection Committee will refresh and relaunch its procedure for resolving professional disagreement, with a one-page guide for practitioners. Lead: Lead Officer, Child Protection. Timescale: six months. Measure of impact: a practitioner survey repeated after twelve months, and an audit of twenty case files for recorded use of the procedure.

Recommendation 4 — Interpreting. NHS and council partners will agree a single approach to booking and recording interpreters in child protection work, including a prohibition on family members interpreting at assessments. Lead: Chief Social Work Officer with the NHS Board nurse director. Timescale: nine months. Measure of impact: the proportion of child protection case conferences where an interpreter was required and booked.

Recommendation 5 — Learning dissemination. A seven-minute briefing will be produced and shared across partner agencies, and the learning will be incorporated into multi-agency training from the next academic year. Lead: Learning and Development sub-group. Timescale: three months.
""", trap="Action-plan rows only: escalation and interpreting appear as recommendation titles and relaunched procedures, with no case practice shown (rules 1, 4). No labels.")

X("v-008", "wales",
  ["domestic-abuse", "information-sharing", "voice-of-child"],
  "good practice", """
Good practice

The review wishes to highlight the response of Child S's primary school on the morning after police were called to the family home. The Operation Encompass notification reached the school's designated safeguarding person before the start of the day, as intended. She made sure Child S's class teacher knew, without sharing detail, and arranged for a familiar teaching assistant to be available.

At breakfast club Child S, aged seven, told the teaching assistant that she had hidden under her bed 'because Dad was throwing things at Mam again' and that she had not slept. The assistant wrote down her words exactly, including the word 'again', and passed the note to the designated person within the hour. That note was shared with the allocated social worker the same day, and it was the first time any agency had a record that Child S had witnessed earlier incidents that were never reported to police.

The review considers this an example of a notification system working as designed, and of a child's own account, carefully recorded, changing the professional understanding of her experience.
""")

X("v-009", "england",
  ["child-criminal-exploitation", "disability-send", "information-sharing"],
  "finding", """
Finding 4: Young Person T was seen as an offender rather than a child being exploited

Young Person T was fifteen when he was arrested in a flat in a seaside town two hundred miles from home, with wraps of crack cocaine and heroin hidden in his clothing and £640 in cash. The flat belonged to a vulnerable adult whose home had been taken over. Young Person T was charged and bailed, and his youth justice worker first described the arrest as 'offending linked to peer associations'. A referral to the National Referral Mechanism was not made for five months.

Young Person T had an Education, Health and Care Plan for a language disorder and had been diagnosed with ADHD at nine. His difficulty following complex spoken instructions, his impulsivity and his eagerness to be accepted by older boys were all documented in his plan. Those same features made him an easy target for the people who recruited him, and made it harder for him to explain himself in a police interview. None of the professionals involved after his arrest had read the plan, and his special school was not told that he had been found out of area until he had missed three weeks.
""")

X("v-010", "northern_ireland",
  ["parental-mental-health"],
  "background analysis", """
Mother's history

Mother disclosed to the review that she was sexually abused by a relative as a child and that this was never reported. She has lived with the consequences since: episodes of low mood, periods of self-harm by cutting in her late teens and twenties, and a diagnosis of emotionally unstable personality disorder made when she was twenty-four. In the eighteen months before the incident she attended the emergency department twice after taking overdoses of her prescribed medication, on each occasion while the children were with their grandmother.

The review found that the community mental health team assessed her risk to herself carefully, but at no point recorded who was caring for the children when she was in crisis, or how her distress affected her ability to parent.

Child Q, then eleven, was being seen by CAMHS at the same time for anxiety and difficulty sleeping. The review is clear that there was no evidence of Child Q harming herself, and her anxiety is not the subject of this section; her CAMHS worker's notes, however, show that her worry was almost entirely about her mother.
""", trap="Whose problem (rule 7): Mother's childhood sexual abuse is background (not sexual-abuse-exploitation); Mother's self-harm and overdoses are parental-mental-health, not self-harm-suicide; the child's anxiety/CAMHS is not parental-mental-health, and child self-harm is ruled out.")

X("v-011", "scotland",
  ["safe-sleep", "fathers-male-carers", "parental-substance-misuse", "information-sharing"],
  "summary of circumstances", """
Summary of the circumstances

Baby R died at eight weeks old. Father had been caring for him overnight while Mother worked a night shift at a care home. Father told police he had given Baby R a bottle at about two in the morning, lain down with him on the sofa and fallen asleep; when he woke, Baby R was wedged between his body and the back cushion and was not breathing. Father had drunk around six cans of strong lager during the evening.

The midwife and the health visitor had given safe sleep advice on four occasions, and each time it was recorded as 'discussed with Mum'. Father was at work during the day and was not present for any of these visits. He told the review that he had never heard anyone say that falling asleep on a sofa with a baby was dangerous, and nobody had asked him how nights were managed when Mother was working.

The GP practice held records of Father's heavy drinking, including a referral for an alcohol brief intervention and a drink-driving conviction. That history was not known to the health visitor, who recorded alcohol use in the household as 'social only' on Mother's account.
""")

X("v-012", "wales",
  ["disguised-compliance", "neglect", "professional-curiosity"],
  "learning point", """
Learning point 2: engagement was measured by attendance, not by change for the children

Throughout eighteen months of care and support planning, Mother and Father attended every core group meeting and every parenting session, and the family were repeatedly described as 'engaging well'. Announced home visits found the house clean and the children in clean clothes. The parents were warm with professionals, agreed every action and often thanked the social worker for her help.

School records over the same period tell a different story. The three children continued to arrive without having eaten breakfast, the youngest was sent home twice with head lice that had gone untreated for weeks, and the eldest's glasses were broken and not replaced for a term. The one unannounced visit, made by a student social worker, found no food in the house except cereal, a urine-soaked mattress on the floor and dog faeces in the children's bedroom.

That visit was recorded but not discussed at the next core group, where the parents' attendance was again noted as evidence of progress. The review found that practitioners did not ask what had actually changed for the children.
""")

X("v-013", "england",
  ["professional-curiosity"],
  "analysis", """
Bruising to Child J at nursery

At nineteen months Child J was walking confidently and beginning to climb. Nursery staff noticed two bruises on his shins and a small bruise on his forehead one Monday morning. Because Child J was independently mobile, the partnership's protocol for bruising in babies who are not yet mobile did not apply, and the review agrees that staff were right not to treat this as a referral under that protocol.

What the review wishes to highlight is what the nursery manager did instead. She asked Mother, in a friendly way, how the weekend had gone and how Child J had been hurt; she noted the explanation (a fall from a low wall at the park) and considered whether the pattern of marks fitted it; and she looked back through the nursery's body-map records to see whether there had been earlier marks. There had not. She recorded her reasoning and her decision that no referral was needed.

The later concerns in this review did not arise from these bruises. The manager's approach is nonetheless a good example of asking, checking and recording without either jumping to conclusions or dismissing what she saw.
""", trap="Bruising in a walking toddler with the non-mobile protocol expressly not applying (rule 8): non-mobile-baby-injury not labelled. The manager's checking of the explanation is good-practice professional curiosity (rule 2).")

X("v-014", "northern_ireland",
  ["child-criminal-exploitation", "poverty-housing"],
  "finding", """
Finding 5: paramilitary-style coercion

From the age of fifteen Young Person S was drawn into the orbit of a paramilitary-style group on his estate. Youth workers who knew him described a pattern familiar in the area: older men ran up a 'drug debt' in his name, required him to deliver cannabis and pills to pay it off, and threatened him with a so-called punishment attack when he tried to stop. Professionals frequently referred in their notes to the 'coercive control' the group exercised over him and his family.

In the autumn the family's front window was smashed and a message left on the door. The Housing Executive accepted that the family had been intimidated out of their home and placed them in a hostel in the city centre, where Mother, Young Person S and his two younger sisters shared one room for eleven weeks. Mother lost her cleaning job because she could no longer get to work, and the family relied on the food bank and a crisis loan.

The review found no indication of abuse between adults in the household; Mother had been separated from the children's father for many years and both described the relationship as amicable.
""", trap="'Coercive control' used of a paramilitary group (rule 6) and domestic abuse expressly ruled out (rule 3): domestic-abuse not labelled.")

X("v-015", "scotland",
  ["self-harm-suicide", "information-sharing"],
  "analysis", """
Young Person P's self-harm

Young Person P, aged fourteen, first told her guidance teacher that she was cutting her arms in the spring of second year. Over the following six months her self-harm escalated: she attended the emergency department twice after cutting deeply enough to need stitches, and once after taking an overdose of paracetamol. She told the liaison nurse that she had thought about ending her life.

The guidance teacher made a request for assistance to CAMHS in April. The referral went missing during a change of administrative systems and was only discovered when Mother phoned in July to ask what had happened to it. Throughout that period the school knew about the cutting but not about the hospital attendances: the emergency department sent discharge letters to the GP, and the GP, who was unaware of the school's involvement, did not pass them on. The guidance teacher told the review that had she known about the overdose she would have sought an Interagency Referral Discussion immediately.

The review considers that the information needed to understand the risk Young Person P faced existed throughout, but was held in three places that never spoke to each other.
""", trap="'Self-harm escalated' (not escalation-challenge) and 'the referral went missing' (not a missing child / exploitation) — rule 6.")

X("v-016", "wales",
  ["parental-substance-misuse", "information-sharing", "fathers-male-carers", "professional-curiosity"],
  "learning point", """
Learning point 4: a man on a prescription, and children no one knew about

Mother's partner, Mr D, had been prescribed methadone by the community drug and alcohol team for three years. His take-home doses were collected weekly from a pharmacy. Because he was stable on his script he was seen every three months, and the team's records gave his address as his mother's house, where he had lived when he was first assessed. The section of the assessment headed 'children in contact' was completed as 'none'.

In fact Mr D had been living with Mother and her two children, aged two and four, for over a year. The health visitor knew a man was living in the home but did not know his name, had never met him, and recorded him only as 'partner – works'. Neither service knew what the other held. When the two-year-old was admitted drowsy and with pinpoint pupils, the methadone bottle was found in a kitchen cupboard without a child-resistant lid.

The review heard that no one in either service had asked the simple question: who lives in this house, and who looks after these children?
""")

X("v-017", "england",
  ["online-harm", "sexual-abuse-exploitation", "self-harm-suicide"],
  "executive summary", """
Executive summary

Child C was thirteen when he took his own life at home. He was a popular, sporty boy with no known history of self-harm, and his death came as a devastating shock to his family, his school and his friends.

The police investigation established that in the three days before he died Child C had been contacted on a social media platform by an account presenting as a girl of his own age. After an exchange of messages he was persuaded to send an intimate image of himself. Within minutes the account demanded money, threatening to send the image to his followers and to his school. Over the next two days he was sent more than a hundred messages, and he paid £50 from a gift card. The account was later linked to an organised group operating overseas.

Child C did not tell anyone what was happening. His parents had set up parental controls on his phone but did not know about the platform he was using. The review's focus has been on what children, parents and schools understand about this form of financially motivated sexual extortion, and how a child in his position might be helped to seek help quickly.
""")

X("v-018", "northern_ireland",
  ["voice-of-child"],
  "review method and family voice", """
How the review was conducted

The review was carried out by an independent chair and a panel drawn from the Trust, the PSNI, the Education Authority and the voluntary sector. Because of travel restrictions, panel meetings and the practitioner learning event were held online. Child G, now sixteen, was offered the chance to contribute in person, by letter or through a secure online portal; she chose not to take part, and the panel respects that choice.

The family are White and from a Protestant background. No issues of culture, faith or language were identified as relevant by the family or by the panel.

Child G's grandmother met the chair twice. She told the chair that when Child G was twelve she had twice told the school nurse that she did not want to go home at weekends because of 'what goes on', and that the nurse had said she would 'pass it on'. Grandmother said nothing came of it and Child G stopped talking to anyone at school after that. The school nursing record for the first conversation notes 'low mood – advice given'; there is no record of the second.
""", trap="Review method (online meetings, online portal, child declining to take part) is not online-harm or voice (rule 5); bare demographic statement is not culture (rule 13). Voice is labelled only from what Grandmother tells the review about the school nurse's response.")

X("v-019", "scotland",
  ["culture-ethnicity-language", "poverty-housing", "parental-mental-health"],
  "finding", """
Finding 3: language, isolation and low mood

Mother arrived in the UK seeking asylum when she was five months pregnant and was dispersed to the city shortly afterwards. She lived with Baby N in a single room in shared asylum accommodation, on a weekly allowance that she said rarely lasted beyond the fourth day; she walked to the maternity unit for appointments because she could not afford the bus.

Mother speaks Tigrinya and a little Arabic. The health visitor used a telephone interpreting service for most contacts, but on two visits, when the line failed, Mother's ten-year-old niece, who was visiting, was asked to interpret. Mother told the review that she had wanted to tell the health visitor she was crying every day and thinking about her family in the camp, but could not say those things in front of a child of the family. The postnatal depression screen was completed on one of those visits and recorded as 'no concerns'.

A few weeks later Mother was admitted to a mother and baby unit with severe depression. The review considers that her isolation, her poverty and the way language was handled all contributed to professionals not seeing how unwell she was.
""")

X("v-020", "wales",
  ["escalation-challenge", "neglect"],
  "key practice episode", """
Key practice episode 2: a referral that did not meet the threshold

In January the school's designated safeguarding person made a referral to children's services. It described Child H, aged nine, arriving most days in the same unwashed uniform, asking staff for food, wearing shoes two sizes too small and falling asleep in class. It was the fourth referral from the school in two years. The referral was screened and closed with information, advice and assistance; a letter was sent to Mother suggesting she contact the family support team.

The designated person told the review that she strongly disagreed with the decision. She phoned the duty team and was told the decision had been made by a manager. She did not use the regional safeguarding board's procedure for resolving professional differences, which she said she had never seen used and did not believe would make a difference. Her disagreement is recorded only in the school's own safeguarding log.

The review considers that, had the school's concern been formally raised, a manager would have had to look at the four referrals together. The pattern of neglect they described would then have been difficult to overlook.
""")

X("v-021", "england",
  ["poverty-housing"],
  "analysis", """
The fall from the window

Child H was two years and four months old, a curious and energetic toddler, when he climbed onto a bed pushed under the bedroom window of the family's ninth-floor flat and fell. He survived with serious injuries.

The window restrictor in that room had been broken for over a year. Mother had reported it to the letting agent four times, by phone and by email; the agent's records confirm each report, and show that on each occasion the agent neglected to pass the job to the landlord. The flat was also badly affected by damp and mould, which Mother had reported at the same time. The council had placed the family there as a move on from temporary accommodation and told them that if they refused it, its homelessness duty would end.

The review has considered carefully whether the fall reflected a wider pattern of poor supervision. It does not. Child H's health and development were good, he was well cared for by every account, and no agency had raised earlier concerns. The learning in this case lies in the condition of the home and in how little power the family had to change it.
""", trap="'A curious toddler' and 'neglected to pass the job on' borrow theme words (rule 6); a pattern of neglect is expressly ruled out (rule 3). Only poverty-housing (damp, mould, unrepaired rented flat, homelessness placement).")

X("v-022", "northern_ireland",
  ["domestic-abuse", "information-sharing", "voice-of-child"],
  "finding", """
Finding 1: seven call-outs, and children who were never asked

The PSNI attended the family home seven times in fourteen months following calls from Mother or neighbours. On each occasion officers completed a risk assessment; twice the risk was graded high and the case was heard at the multi-agency risk assessment conference. On four occasions Father had left before police arrived; twice he was arrested for assault and released without charge when Mother withdrew her statement.

Child V and Child W, aged six and four, were in the house on every occasion. The records show that officers checked they were 'safe and well', but no officer ever spoke with either child, and the children's own experience of what they heard and saw is not recorded anywhere.

Public protection notifications were sent to the Trust's Gateway team each time. The review found, however, that the health visitor and the nursery were never told about the MARAC discussions, because the Trust's MARAC representative assumed that the family's social worker would pass the information on — and by then the case had been closed to social work.
""")

X("v-023", "scotland",
  ["disability-send", "neglect", "professional-curiosity"],
  "finding", """
Finding 2: when a child's condition explains everything

Child K, aged six, has a genetic condition affecting his muscles and is fed by gastrostomy. Over the two years before his admission to hospital he lost weight steadily, missed nine of fourteen appointments with the dietitian and specialist nursing team, and was often absent from his additional support needs school. His wheelchair was left unrepaired for four months.

Each of these facts was recorded, and each was explained. Weight loss was put down to his condition; missed appointments to the difficulty of travelling with a wheelchair user; absence to illness. Mother herself has a mild learning disability, and professionals described her, kindly, as doing her best in difficult circumstances.

On the ward Child K gained weight rapidly once he was fed as prescribed. The review concluded that he had been chronically underfed at home and that his unmet needs for nutrition, medical care and education amounted to neglect. Professionals had not lacked information. What was missing was the question of whether Child K's condition really accounted for what they were seeing, or whether a child without it would have prompted a referral months earlier.
""")

X("v-024", "wales",
  ["fathers-male-carers", "parental-mental-health"],
  "good practice", """
Good practice: working with Father

Father had served in the army for eleven years and was diagnosed with post-traumatic stress disorder after leaving. He slept poorly, described outbursts of anger that frightened him, and had twice told his GP he felt his family would be better off without him. He was the children's main carer while Mother worked.

The allocated social worker recognised early that an assessment built around Mother would miss the person who spent most time with the children. She arranged visits in the early evening so that Father could be seen, met him on his own as well as with Mother, and asked him directly about his mental health and how it affected his parenting. With his agreement she contacted the veterans' mental health service, and his care co-ordinator joined the core group.

Father told the reviewers that it was the first time in his life a professional had 'talked to me like I was a dad and not a problem'. The review considers this a model of the engagement with fathers that the region's practice guidance describes.
""", trap="A parent's suicidal thoughts are parental-mental-health, not self-harm-suicide (rule 7).")

# ---------------------------------------------------------------------------
# Excerpts v-025 .. v-046
# ---------------------------------------------------------------------------

X("v-025", "england",
  ["domestic-abuse", "poverty-housing"],
  "terms of reference", """
Terms of reference

Child K was four years old when she was admitted to hospital with a serious head injury sustained at the hotel where she was living with her mother and baby brother. Mother's former partner, the father of both children, has been charged with causing grievous bodily harm.

The family had moved four times in the eighteen months before the incident. They left their privately rented flat after Mother told her GP that Father had strangled her and threatened to kill her, spent three months in a refuge in another county, returned to the area when a council tenancy fell through, and were placed in a single hotel room while the council assessed their homelessness application.

The review will address the following key lines of enquiry:
1. How well did agencies understand and respond to the abuse Mother experienced?
2. How were the children's experiences and wishes understood?
3. Was information shared effectively between agencies, including across local authority boundaries?
4. How did the family's housing situation affect the help they received?
5. Was the potential for Father to harm the children considered?

The review covers the period from Child K's birth to the date of the incident.
""", trap="Practice themes (voice, information sharing, fathers) appear only as questions in the terms of reference, with no practice shown (rule 1). The case facts evidence domestic abuse and housing moves only.")

X("v-026", "northern_ireland",
  ["parental-substance-misuse", "disguised-compliance", "fathers-male-carers", "professional-curiosity"],
  "finding", """
Finding 4: the picture presented to professionals

At the initial child protection case conference Mother agreed to stop drinking and to undergo testing. Over the following six months she produced nineteen negative breath tests, all at appointments arranged a week in advance, and her social worker described her as 'fully compliant with the plan'. Mother also said she had ended her relationship with Mr P, whose heavy drinking with her had been a central concern, and the plan recorded that he was not to stay overnight.

After Child T's admission, a hair strand test showed chronic excessive alcohol use throughout the period of the plan. Neighbours told police that Mr P had been living at the address for most of the year; his work van was regularly parked outside, and his post was delivered there.

The review does not suggest that professionals should have assumed the worst. But all the evidence of progress came from tests and appointments that Mother controlled. No unannounced visits were made after the first month, Mr P was never spoken to, and no one checked his address with police or his employer. The appearance of cooperation was accepted as change.
""")

X("v-027", "scotland",
  ["parental-substance-misuse", "information-sharing"],
  "analysis", """
Father's recovery and relapse

When Child B was returned to Father's care, Father had been abstinent from heroin and street benzodiazepines for fourteen months. His recovery did not rest on his own report: it was confirmed by regular random urine tests, by his recovery worker, by his attendance at a peer support group and by family members who had previously raised concerns. He found work, repaired his relationship with his own mother and, by every account, cared for Child B attentively.

Some practitioners told the review that they had privately wondered whether Father was 'telling us what we wanted to hear'. The review has considered this and does not agree. The evidence is of genuine and sustained change, followed by a relapse after his brother's death.

The learning concerns what happened next. The recovery service knew within days that Father had used again, because he told his worker. It was three weeks before the social worker learned of it, from the nursery, after Father arrived to collect Child B visibly intoxicated. The recovery worker said she had assumed Father would tell the social worker himself, as the plan required.
""", trap="Genuine sustained change followed by relapse, with the review rejecting the disguised-compliance reading (rules 3, 14): disguised-compliance not labelled.")

X("v-028", "wales",
  ["safe-sleep", "poverty-housing", "domestic-abuse"],
  "summary", """
Summary

Baby E died aged ten weeks in a refuge room where she was living with her mother and two older siblings. The family had arrived at the refuge three weeks earlier, after police removed Father from the family home following a serious assault on Mother — the latest of many over four years — and a risk assessment placed her at high risk of serious harm or death.

The refuge room had space for one double bed and a single bed. There was no room for the travel cot the family had been given, and it stayed folded in the corridor. Mother told the reviewers that on the night Baby E died the two older children were in the single bed, and she took Baby E into the double bed with her after a late feed because she was frightened of waking them. She had taken no alcohol or medication.

Safe sleep advice had been given at the family's previous home. The review found that refuge rooms in the area were not sized or equipped for a cot, and that no agency involved in placing families in them had considered whether such a room allowed that advice to be followed.
""")

X("v-029", "england",
  ["parental-mental-health", "voice-of-child", "professional-curiosity"],
  "finding", """
Finding 3: a young carer nobody asked about

Child B was twelve and lived alone with her mother, who has multiple sclerosis and uses a wheelchair. Mother also has long-standing depression and, during the period under review, spent long stretches in bed, sometimes not speaking for days.

In Year 7 Child B was late to school on thirty-one occasions; her form tutor recorded her as 'disorganised' and twice gave her detentions. On one occasion she told the tutor that she was late because she 'had to do Mum's tablets and get her up'. The tutor thought this was an excuse and did nothing further with it.

The review considers that Child B told a professional exactly what her life was like and was not believed. No one asked what happened at home in the mornings, who helped Child B, or how her mother's low mood affected her. A young carer's assessment was never offered. The review notes that Child B has no additional learning or health needs of her own; her lateness and tiredness were entirely explained by her caring role.
""", trap="Mother's multiple sclerosis is a parent's disability, and the child is said to have no needs of her own: disability-send not labelled (rule 7).")

X("v-030", "northern_ireland",
  ["non-mobile-baby-injury", "information-sharing"],
  "key practice episode", """
Key practice episode 1: a mark on a four-month-old

At a routine visit the health visitor noticed a bluish mark, about two centimetres across, on the outer edge of Baby O's left ear. Baby O was four months old and not yet rolling. Mother said she had not noticed it.

The health visitor followed the regional protocol for bruising in immobile babies without hesitation. She explained to Mother why she had to act, contacted the Gateway team from the home, and arranged for Baby O to be seen by a paediatrician that afternoon. A strategy discussion was held by telephone; the GP surgery provided Baby O's records within the hour and confirmed there had been no previous attendances for injury. The paediatrician examined Baby O, arranged blood tests and a skeletal survey, and concluded that the mark was a congenital vascular mark rather than a bruise.

Mother told the review that the afternoon was frightening but that she understood why it happened, and that the health visitor kept her informed throughout. The review considers this episode an example of the protocol being applied promptly, proportionately and with care for the family.
""", trap="Edge case, labelled: the mark proved benign, but the bruising protocol was the practice in question (rule 8); the prompt sharing of GP records is good-practice information sharing (rule 2).")

X("v-031", "scotland",
  ["child-criminal-exploitation", "voice-of-child", "information-sharing"],
  "finding", """
Finding 5: return conversations that never happened

Between January and August Young Person D, aged fifteen and living in a children's house, was reported missing on eighteen occasions. Several times he was found in towns in the north of England: once by British Transport Police on a train with a large sum of cash and two phones, and once in a flat where officers also found crack cocaine, cannabis and a kitchen knife. He told staff he had been 'working'.

The area's missing children protocol requires that a young person is offered a return discussion with someone independent of the house after every missing episode. Young Person D was offered three and took part in one. Staff told the review that he 'didn't want to talk' and that they did not want to push him. On the one occasion he did talk, he said he owed money to 'people from down the road' and was frightened for his younger sister. That conversation was recorded on a form that was never seen by his social worker.

The review considers that professionals allowed Young Person D's reluctance to close down the conversation, rather than asking why a fifteen-year-old might be unable to speak freely.
""")

X("v-032", "wales",
  ["online-harm", "self-harm-suicide"],
  "analysis", """
The image

In the autumn of Year 9 Child E, then fourteen, sent an intimate photograph of herself to a boy in her year with whom she had been in a relationship for several weeks. She told the reviewers that nobody had pressured her to send it. A month later, after they split up, the boy shared it with a group of friends, and within a day it had been seen by much of the year group.

The school acted quickly to contain the image, involved police and followed national guidance on the sharing of nudes among young people. The boy, also fourteen, was dealt with through an outcome that did not lead to a criminal record, and the police investigation found no evidence of coercion, threats or adult involvement.

What followed was harder to contain. For months Child E received messages across three different apps calling her names and telling her to kill herself. She stopped attending school, began cutting her thighs and, in February, told her mother she wanted to die. The review's learning concerns how schools, CAMHS and families respond to the long tail of online abuse after an image incident is 'closed'.
""", trap="Peer-to-peer image, sent without pressure and shared on without coercion or adult involvement (rule 11): online-harm but not sexual-abuse-exploitation.")

X("v-033", "england",
  ["information-sharing", "parental-substance-misuse"],
  "recommendation", """
Recommendation 2

Finding: the health visitor, the GP practice and the nursery each held part of the picture of Mother's increasing drinking, but no single professional held all of it. The GP had recorded raised liver function tests and Mother's own account of drinking a bottle of wine a night. The health visitor had seen empty bottles in the recycling and noted that Mother seemed 'hungover' at a morning visit. The nursery had twice handed Child F to another adult when Mother arrived to collect him slurring her words. None of these observations was shared with another agency, and each professional considered their own concern too small on its own to justify a referral.

Recommendation: the Safeguarding Partnership should seek assurance that primary care, health visiting and early years settings share an understanding of when and how to pass on concerns about parental alcohol use that fall below the threshold for a referral to children's social care, including through the local early help 'team around the family' arrangements.

Expected outcome: professionals holding low-level concerns about a parent's drinking routinely check with other agencies before deciding that no action is needed.
""")

X("v-034", "northern_ireland",
  ["culture-ethnicity-language", "neglect", "professional-curiosity"],
  "finding", """
Finding 6: culture was used to explain neglect

The family are Irish Travellers and had lived on a council-run site for most of the children's lives. The family told the review of repeated experiences of racism: the children were called names at school, and Mother said she was treated with suspicion in shops and at the surgery.

Professionals knew this, and many were careful not to impose their own standards on the family. But the review found that this care became a way of not seeing. When Child Z, aged seven, was not registered with a dentist and had visible decay, the school nurse recorded that 'dental care is not prioritised in this community'. When the children's attendance fell below fifty per cent, education welfare noted that 'Traveller families often travel in the summer', although the family had not travelled for three years. When the younger children were seen unsupervised near the site entrance late at night, this was attributed to 'a different approach to supervision'.

A Traveller liaison worker told the review that neighbours on the site had been worried for months. Nobody asked them, and nobody asked the family what they thought the children needed.
""")

X("v-035", "scotland",
  ["fathers-male-carers", "domestic-abuse", "information-sharing"],
  "family voice", """
Father's account

Father, who separated from Mother when Child L was two, met the lead reviewer at his home. He had seen Child L every other weekend throughout the period under review and paid maintenance. He told the reviewer that he was never invited to a single child's plan meeting, and learned that Child L was on the child protection register only when Child L mentioned 'the lady who comes to see Mum'. Letters about meetings were sent to Mother's address.

Father said that in the summer before the incident Child L had told him that Mother's new partner 'shouts at Mum and pushes her'. Father reported this at the front counter of his local police station. Police Scotland recorded it as a third-party report of domestic abuse and raised a concern report, but it was sent to the council for the area where Father lived, not where Child L lived, and it was never linked to the child protection record.

The review found that Father was a protective, consistent presence in Child L's life whom professionals had written off as 'not involved'.
""")

X("v-036", "wales",
  [],
  "progress update", """
Progress since the review began

Partners have not waited for this review to conclude before making changes. Since the review was commissioned the regional safeguarding children board has:
- signed a refreshed information sharing protocol with all statutory partners and the two main housing associations in the region;
- relaunched its procedure for resolving professional differences, with a seven-minute briefing circulated to every school and GP practice;
- commissioned training on coercive control and on the impact of domestic abuse on children, which 94% of social work staff and 71% of health visiting staff have now completed;
- introduced a new module on safe sleep into the antenatal education programme, delivered bilingually;
- published a practice guide on working with fathers and male carers, informed by national research on 'invisible men'.

The board will ask each partner to report on the impact of these changes at its meeting in twelve months' time, and will commission a multi-agency audit of twenty cases to test whether practice has changed.
""", trap="Policy, protocols, training rates and national research only (rule 4); nothing about this family's circumstances or practice. No labels.")

X("v-037", "england",
  ["self-harm-suicide", "culture-ethnicity-language", "voice-of-child"],
  "finding", """
Finding 5: a young person far from home

Young Person A arrived in England alone, in the back of a lorry, and told police he was sixteen. His age was disputed, and for his first four months he was placed in adult asylum accommodation while an age assessment was completed; it concluded he was a child. He speaks Pashto and some Dari. Interpreters were used for formal meetings, but his day-to-day contact with his carers and his college was conducted in the little English he was learning.

His key worker in supported accommodation noticed scars on his forearms and fresh cuts in the weeks before his death. Young Person A told her, through gestures and a translation app, that he 'could not sleep for the dreams' and 'did not want to be here'. The key worker recorded this but understood it as homesickness. He was not referred to the specialist mental health service for refugee young people, and his social worker did not meet him with an interpreter in the last three months of his life.

The review considers that Young Person A did tell adults how he felt, as clearly as he could in the language available to him, but that nobody made sure he was properly heard.
""")

X("v-038", "northern_ireland",
  ["parental-mental-health", "fathers-male-carers", "information-sharing"],
  "key practice episode", """
Key practice episode 2: discharge from the mother and baby unit

Ten days after Baby T's birth, Mother developed symptoms of postpartum psychosis: she was not sleeping, believed that the baby was being poisoned through her milk, and had tried to leave the house with him at night in bare feet. She was admitted with Baby T to the regional mother and baby unit and treated for seven weeks.

Discharge planning was thorough. The unit's consultant wrote to the GP, the health visitor and the community perinatal mental health team before discharge, setting out the early signs of relapse and the plan for responding to them. A discharge meeting was held on the ward and attended in person by the health visitor and the perinatal nurse.

Importantly, Father was part of that meeting. The unit's social worker had met him several times during the admission, talked through what he should look out for and made sure he had the perinatal team's out-of-hours number. When Mother began to become unwell again at fourteen weeks, it was Father who noticed and phoned, and Mother was readmitted before any harm came to Baby T.
""")

X("v-039", "scotland",
  ["culture-ethnicity-language"],
  "analysis", """
Baby Y's death and the learning

Baby Y died at five weeks from an overwhelming infection. The post-mortem examination and the child death review both concluded that the death was natural and could not have been predicted. Safe sleep advice was given by the midwife and the health visitor in line with national guidance, and on every visit Baby Y was seen sleeping in her own cot in her parents' room. Sleeping arrangements were never a concern and played no part in her death.

The learning for this review lies elsewhere. Mother and Father moved to Scotland from Romania two years earlier; Father speaks good English, Mother very little. On the day before Baby Y died, Mother phoned the GP practice because the baby was feeding poorly and felt hot. The receptionist could not understand her and asked her to ring back when her husband was home. No interpreter was offered, and the practice had no way of arranging one for a telephone call. By the time Father called that evening the out-of-hours service was stretched, and Baby Y was not seen until the next morning.
""", trap="Infant death with routine safe sleep advice and sleeping arrangements expressly never a concern (rule 9): safe-sleep not labelled.")

X("v-040", "wales",
  ["sexual-abuse-exploitation", "disability-send", "voice-of-child"],
  "analysis", """
Child F's disclosure

Child F, aged thirteen, has a moderate learning disability and attends a specialist resource base within a mainstream secondary school. One lunchtime she told a learning support assistant she trusted that her stepfather 'does sex things' to her when her mother is at work. The assistant recorded her words and reported them to the designated person straight away, and the school's response was prompt and well documented.

The difficulties came later. Child F's achieving best evidence interview took place eleven days after the disclosure, was conducted by officers who had never met her, and used questions that her speech and language therapist later described as far too complex for her. No intermediary was used. Child F became distressed, gave short answers and said 'I don't know' repeatedly. The investigation did not proceed to charge at that stage.

Child F repeated her account, in almost identical words, to her support assistant three months later. The review considers that her learning disability should have shaped every part of the investigation — timing, interviewer, communication support — and that instead the process asked her to adapt to it.
""", trap="Stepfather is the alleged abuser but whether he was seen or assessed by services is not discussed (rule 15): fathers-male-carers not labelled.")

X("v-041", "england",
  ["neglect", "poverty-housing"],
  "finding", """
Finding 1: seven years of starting again

Children's social care received twelve referrals about the family between 2016 and 2023. Each was assessed on its own. Five led to a period of child in need support, each closing after three to six months with the family 'engaging' and the home 'improved'. Each new social worker read the most recent assessment rather than the whole file.

The review is clear that the family were poor, and that money mattered. Father's benefits were sanctioned twice, the electricity ran on a prepayment meter that was often empty, and the children sometimes went without food at the end of the month. Several professionals recognised this and helped, with food bank vouchers and a grant for beds.

But not everything that happened to the children can be explained by income. Across seven years their teeth decayed untreated, their hearing and eye appointments were missed again and again, the youngest was left in the care of the eldest, aged nine, and they were frequently absent from school with no reason given. These were not gaps that money would have filled. Professionals who knew the family well stood too close to see the pattern.
""")

X("v-042", "northern_ireland",
  ["escalation-challenge", "parental-substance-misuse"],
  "good practice", """
Good practice: a health visitor who would not let it go

In the autumn the health visitor referred Child U, aged three, to the Gateway team. She had smelled alcohol on Mother at two morning visits, found Mother asleep and Child U alone in the living room with the front door unlocked at a third, and been told by a neighbour that Mother was drinking throughout the day. Gateway screened the referral and decided it did not meet the threshold for assessment, recommending instead a referral to the family support hub.

The health visitor disagreed. She discussed the decision with her safeguarding nurse specialist and the next day wrote to the Gateway principal social worker under the regional procedure for resolving professional disagreements, setting out why she believed Child U was at risk of harm. The principal social worker reviewed the referral, met the health visitor and agreed that an assessment was needed. The assessment confirmed serious concerns about Mother's drinking and led to a child protection plan.

The review commends the health visitor for the clarity and persistence of her challenge, and the Gateway team for receiving it openly.
""")

X("v-043", "scotland",
  ["online-harm", "sexual-abuse-exploitation", "professional-curiosity"],
  "key practice episode", """
Key practice episode 4: a new phone

In the spring term Child W's class teacher noticed that she had a new, expensive phone and a designer jacket. Child W was twelve and lived with her grandmother. When asked, Child W said they were presents from an online friend she played games with. The teacher mentioned this to a colleague but took it no further.

The police investigation later established that the 'online friend' was a man of forty-three who had contacted Child W through the chat function of a popular game, presented himself as a sixteen-year-old and, over several months, persuaded her to send sexual images and then to meet him. The gifts were part of that grooming.

The review does not criticise the teacher, who was one of the few adults Child W trusted and who acted with kindness throughout. But the presents were an unusual change in a child's circumstances that did not fit her family's situation, and her explanation invited a second question: who is this friend, how old are they, and what do they want in return? The learning is that unexplained gifts and new phones should be treated as a possible sign of grooming rather than as good fortune.
""")

X("v-044", "wales",
  ["parental-mental-health", "information-sharing"],
  "family background", """
Family background and context

The family is White British and lives in a small town in the south of the region. Welsh is not the family's first language and they did not seek services in Welsh; no issues of culture, faith or language were identified. Father worked full time and the family owned their home; the reviewers found no financial or housing pressures. There was no indication of domestic abuse in any agency's records, and Mother described the marriage as supportive.

Father had a long history of depression. In the year before the incident in which Child M, then fifteen, found him after he had tried to take his own life, he told his GP on three occasions that he was having thoughts of suicide, and he was referred to the primary mental health support service. Child M had no known history of self-harm and was thought by her school to be doing well.

After Father's second disclosure, the GP recorded that he was 'worried about his daughter, who seems withdrawn'. That note was not shared with Child M's school or any other service, and school staff told the review they would have wanted to know that a parent was worried about her.
""", trap="Bare demographic statement (rule 13), 'no financial or housing pressures' and 'no indication of domestic abuse' (rule 3); a father's suicide attempt is parental-mental-health, not self-harm-suicide, and the child's self-harm is ruled out (rule 7).")

X("v-045", "england",
  ["sexual-abuse-exploitation", "information-sharing"],
  "key practice episode", """
Key practice episode 2: the strategy discussion

On a Thursday afternoon Child N, aged eight, told her teacher that her uncle, who often looked after her, 'makes me touch him' and that it was a secret. The school referred immediately to the multi-agency safeguarding hub, and the case was escalated to a strategy discussion the same evening, as procedures require.

The strategy discussion was held by telephone between the duty team manager and the named nurse. Police were not part of it: the officer on duty in the child abuse investigation team was dealing with another case, and the discussion went ahead on the basis that 'police can be updated in the morning'. The school, which held the only first-hand account of what Child N had said, was not invited either.

As a result the discussion did not know that police held intelligence about the uncle from an earlier allegation by another child in 2019, which had not proceeded. A plan was agreed for a single-agency social work visit, and Child N was allowed home for the weekend, when her uncle was expected for Sunday lunch. Police were told on Friday afternoon and the plan was changed.
""", trap="'Escalated to a strategy discussion' is a routine procedural step with no professional disagreement (rule 6): escalation-challenge not labelled.")

X("v-046", "northern_ireland",
  ["poverty-housing", "parental-mental-health"],
  "finding", """
Finding 2: living on the edge

From the time Child F was born the family's finances were precarious. Father's zero-hours work at a meat processing plant dried up, Universal Credit was paid in arrears after an initial five-week wait, and an advance payment was being deducted from every monthly award. The family of five lived in a two-bedroom Housing Executive flat and were on the transfer list on grounds of overcrowding; black mould spread across the children's bedroom wall each winter.

By the second winter the electricity had been cut off twice when the prepayment meter ran out, and Mother described putting the children to bed in their coats. She told the family support hub worker that she was 'worrying all the time', was not sleeping and had started having panic attacks in the supermarket. Her GP diagnosed anxiety and depression and prescribed medication, but the waiting list for talking therapy was nine months.

The review found that practitioners were sympathetic and generous with referrals to charities, but treated the family's poverty and Mother's deteriorating mental health as separate problems, when each was making the other worse and both were shaping the care the children received.
""")

# ---------------------------------------------------------------------------
# Excerpts v-047 .. v-068
# ---------------------------------------------------------------------------

X("v-047", "scotland",
  ["domestic-abuse", "fathers-male-carers", "information-sharing", "voice-of-child", "disguised-compliance"],
  "summary of findings", """
Summary of findings

The review identified six findings.

1. The seriousness of the domestic abuse Mother experienced was understood by police and the domestic abuse service, but its effect on Child S's daily life was not considered in any assessment.
2. Mother's partner, who lived in the household for most of the period, was never seen by the health visitor or the school and was not included in the child protection assessment.
3. A concern report from Police Scotland about an incident in which Child S was pushed into a wall did not reach the school for five weeks.
4. Child S was seen alone only once in the nine months of the child protection plan, and her drawings of 'the angry house' at school were never shown to her social worker.
5. Mother's agreement to every part of the plan, and her partner's professed willingness to attend a domestic abuse programme that he never began, reassured professionals while the abuse continued.
6. Practitioners working with the family described a culture in which concerns were raised informally but rarely written down.
""")

X("v-048", "wales",
  ["child-criminal-exploitation", "disability-send", "information-sharing"],
  "learning point", """
Learning point 3: crossing the border

Young Person C, aged fifteen, was found by an English police force in a flat in a city two hours from his home in Wales on three occasions in four months. Each time he had a cheap basic phone and cash, and once a quantity of heroin wrapped for sale. He had been diagnosed with ADHD and a moderate learning difficulty in primary school, had an individual development plan, and had been excluded from his secondary school after a series of fixed-term exclusions.

The English force completed a notification on each occasion. The first two reached the Welsh force and then the local authority as 'missing person found' reports, with no reference to drugs; the third, which described the drugs, was sent to the wrong local authority. The youth justice service in Wales did not know of the English intelligence linking Young Person C to a named drug line until after his arrest for possession with intent to supply.

The review considers that Young Person C's learning needs made him particularly vulnerable to the older men who recruited him, and that the border between two police forces and two child protection systems was exploited as surely as he was.
""")

X("v-049", "england",
  ["safe-sleep", "parental-substance-misuse", "poverty-housing", "professional-curiosity"],
  "finding", """
Finding 2: where the baby slept

Baby J died at six weeks in his parents' bed. Both parents had smoked cannabis during the evening, and Father had also drunk several pints of cider. Baby J had been placed between them after a feed at about midnight and was found unresponsive at six in the morning.

The family lived in a one-bedroom flat above a shop. The bedroom was too small for both the double bed and a cot, and the Moses basket the family had been given was in the living room, where Mother said it was too cold at night because the storage heater had broken and the landlord had not repaired it. The parents told the review that they had understood the advice about not sharing a bed after drinking, but that 'there was nowhere else to put him'.

Both parents had told the midwife that they used cannabis daily. The health visitor recorded the sleeping arrangements as 'Moses basket, discussed safe sleep', having been shown the basket in the living room but not the bedroom. The review considers that advice given without understanding how a family actually live at night is unlikely to change what happens at night.
""")

X("v-050", "northern_ireland",
  ["self-harm-suicide", "voice-of-child"],
  "finding", """
Finding 3: 'nobody asked me why'

Young Person E, aged fifteen, attended the emergency department three times in four months: twice after cutting her wrists and once after taking thirty tablets from a packet in the bathroom cabinet. On each occasion she was seen by the liaison psychiatry team, assessed as being at low risk of further self-harm, and discharged with a referral to CAMHS and advice to her mother to lock away medicines.

Speaking to the chair, Young Person E, now seventeen, said that every assessment felt the same. 'They asked if I had a plan and whether I'd do it again. Nobody asked me why. Nobody asked what was going on at home or at school.' She said she had wanted to talk about the bullying she experienced after moving school and about feeling a burden on her mother, but each assessment lasted about twenty minutes and focused on risk scales.

The review considers that the assessments met the required standard on paper but did not ask about, or record, the experiences behind Young Person E's self-harm. Her account suggests that a different conversation was possible, and that she wanted to have it.
""")

X("v-051", "scotland",
  ["sexual-abuse-exploitation"],
  "analysis", """
What was known

Child P's stepfather was convicted of repeatedly sexually abusing her between the ages of nine and thirteen. The abuse came to light when Child P, by then fourteen, told a friend, whose mother contacted the police. Child P was interviewed jointly by police and social work and gave a clear and detailed account; her stepfather pleaded guilty.

The review examined every contact agencies had with Child P and her family during the four years of abuse, to find out whether there were signs that could or should have been recognised. It found very few. Child P attended school regularly, was doing well academically, and showed no physical symptoms or changes in behaviour that her teachers noticed. She had seen her GP for routine matters only. The family had no involvement with social work before the disclosure.

The review does not consider that any professional missed signs that were available to them. The learning it identifies is about how children are helped to tell, and about the role of trusted adults outside the family — in this case, a friend's mother — who are often the first to hear.
""", trap="Stepfather is the perpetrator but his contact with services is not the issue (rule 15); missed signs are expressly ruled out (rule 3), so no fathers-male-carers or professional-curiosity.")

X("v-052", "wales",
  ["parental-mental-health", "voice-of-child"],
  "lived experience", """
Child N's lived experience

The reviewers have tried to describe an ordinary day for Child N when he was eight, drawing on his school records, the family's account and what he told professionals at the time.

On good days Mother was warm and funny, took him to school and cooked his tea. On bad days, which in the last year came more often, she did not get out of bed, or was tearful and angry with him. She had a diagnosis of emotionally unstable personality disorder, and twice during that year she was taken to hospital by ambulance after harming herself at home. On both occasions it was Child N who phoned 999.

Child N told his teacher that he 'has to keep watch on Mam' and that he did not like after-school club because he worried about what he would find at home. He told his social worker that he wanted to stay with his mother but wanted 'someone to come when she's sad'. Neither statement found its way into his care and support plan, which focused on Mother's engagement with the community mental health team and said nothing about who Child N could turn to.
""", trap="Mother's self-harm is parental-mental-health, not self-harm-suicide (rule 7).")

X("v-053", "england",
  ["escalation-challenge", "domestic-abuse", "fathers-male-carers"],
  "finding", """
Finding 4: a disagreement that stayed in the room

At the review child protection conference in June, the chair recommended ending Child R's plan. Mother reported that her relationship with Mr K had ended, there had been no police call-outs for four months, and she had completed a programme for women who have experienced domestic abuse.

The nursery manager disagreed. She told the conference that Child R had recently started hitting other children and saying 'shut up or I'll smash you', that Mr K's car was often seen outside the house in the mornings, and that Child R had talked about Mr K staying over. The minutes record her 'concerns' but not that she disagreed with the decision. The conference ended the plan.

The nursery manager told the review that she left the meeting feeling unheard, but she had never used the partnership's escalation procedure and did not think it applied to conference decisions. It does. Mr K had not been invited to the conference and had never been spoken to by the social worker, so his continued presence in the household was never tested. Three months later police were called after Mr K assaulted Mother in front of Child R.
""")

X("v-054", "northern_ireland",
  ["information-sharing", "neglect"],
  "good practice", """
Cross-border working

In the spring the family moved from the Trust area to a town in County Donegal, in the Republic of Ireland, to live with Mother's sister. At the time Child D and her two brothers were on the child protection register under the category of neglect: the children were regularly unwashed and hungry, the house had no working cooker that anyone used, and the two-year-old had missed all of her immunisations.

The review commends the Trust's response. The social worker contacted Tusla, the Child and Family Agency, before the move, under the cross-border protocol between the two jurisdictions. A joint meeting was held by video call with the family's new public health nurse and social worker in Donegal. With the family's knowledge, the Trust shared a written summary of the concerns, the children's plan and the most recent core group minutes. The children's school sent their records directly to the new school.

When the family returned to Northern Ireland eight months later, Tusla reciprocated. The Trust's social worker told the review it was 'the first time a family has come back and I actually knew what had happened while they were away'.
""")

X("v-055", "scotland",
  ["professional-curiosity", "fathers-male-carers", "voice-of-child"],
  "key practice episode", """
Key practice episode 1: a scald on a Saturday

Child A, aged three, was taken to the minor injuries unit by Mother with a scald to her left forearm and hand. Mother explained that she had been at work and that Child A had pulled a cup of tea off the table while her partner, Mr B, was looking after her. The injury was dressed, a leaflet on hot drinks was given, and a notification was sent to the health visitor.

The nurse practitioner did not ask to speak with Mr B, who had stayed in the car park with the other children. The health visitor, following up a week later, accepted Mother's account and did not ask whether the injury — which the burns unit later described as a sharply demarcated, glove-like scald more consistent with immersion than with a spilled cup — fitted the explanation.

At nursery on the Monday, Child A told her keyworker that the man who minds her 'put my hand in the hot'. The keyworker wrote this in the daily diary but did not recognise it as a possible disclosure. It came to light only when a child protection medical was arranged a fortnight later, after a second injury.
""")

X("v-056", "wales",
  ["poverty-housing", "parental-mental-health", "information-sharing", "safe-sleep"],
  "learning point", """
Learning point 1: a move no one was told about

In October the family were evicted from their privately rented house after the landlord served a 'no fault' notice. The housing options team placed Mother and the three children in bed and breakfast accommodation in a coastal town two towns away, in a single family room with no cooking facilities. They relied on the local food bank and takeaway food, and Mother spent much of her benefits on bus fares to keep the children at their old school. The room had no space for a cot, and the youngest, aged four months, slept in the double bed with Mother and the middle child.

Mother had been supported by the community mental health team for recurrent depression, and her care co-ordinator recorded a marked deterioration after the move, describing her as 'exhausted and hopeless'.

The housing team did not notify children's services, the health visitor or the school of the placement. The health visitor made two wasted visits to the old address before learning from the school, three weeks later, where the family were. No one had the full picture of what the move meant for the children until the situation reached crisis in December.
""")

X("v-057", "england",
  ["neglect", "professional-curiosity"],
  "analysis", """
Mother's learning disability and the children's care

Mother has a learning disability and was supported by the adult learning disability team throughout the period under review. Practitioners worked hard to adapt their communication for her, using easy-read plans, shorter meetings and an advocate, and Mother told the chair that this made her feel respected. Neither child has any identified learning or health needs.

However, the review found that the focus on supporting Mother sometimes obscured what was happening to the children. Over two years Child X and Child Y were repeatedly sent to school in soiled clothing, both were significantly underweight, and the younger child's eczema became infected three times because prescribed creams were not used. Professionals repeatedly accepted Mother's explanations ('the washing machine's broken', 'she doesn't like the cream') without checking whether they were accurate or whether help offered had been used; a washing machine provided through a charity grant, for example, had never been plumbed in.

The review is clear that parents with learning disabilities can and do parent well with the right support. The question practitioners needed to keep asking was whether the support was actually meeting the children's needs.
""", trap="Mother's learning disability is a parent's need and the children have none (rule 7): disability-send not labelled; adapted communication for Mother is not culture-ethnicity-language.")

X("v-058", "northern_ireland",
  ["domestic-abuse", "information-sharing"],
  "analysis", """
Technology and control

Mother told the chair that for the last two years of the relationship Father knew where she was at all times. He had installed a tracking app on her phone and a camera in the living room, which he said was 'for security', and would ring her within minutes if she went anywhere he had not agreed to. He controlled the family's money and her access to the car. She described 'living in a glass box'.

The PSNI officer who took Mother's statement after the assault in March recorded these details, and the risk assessment reflected them. However, when the case was referred to the Trust, the referral form summarised the history as 'verbal arguments, one physical assault'. The social worker who completed the initial assessment never saw the officer's notes and told the review she had no idea Mother's phone was being tracked. As a result the safety plan agreed with Mother relied on contact with her social worker by text and mobile phone — the very channels Father was monitoring.

The children, aged ten and twelve, had their own tablets; there was no indication that either had been contacted or harmed online.
""", trap="Technology-facilitated abuse between adults (tracking app, camera) is domestic-abuse, not online-harm (rule 10); online harm to the children is ruled out (rule 3).")

X("v-059", "scotland",
  ["disability-send", "voice-of-child"],
  "key practice episode", """
Key practice episode 5: the medical without an interpreter

Child G, aged nine, is profoundly deaf and uses British Sign Language as her first language; her parents are hearing and sign at a basic level. In February her teacher of the deaf noticed a large bruise on her back, and Child G signed that she had been 'hit with the belt' while her mother was in the room. An Interagency Referral Discussion was held the same day and a joint paediatric and forensic medical examination arranged for that afternoon.

No BSL interpreter could be found at short notice. The examination went ahead with Mother relaying the paediatrician's questions in sign and Child G's answers back. Child G said nothing further about the belt, and the paediatrician recorded that she 'denied any further injury'.

In effect, Child G was asked to repeat her account through a person she had placed in the room when she was hurt. Her communication needs arose from her deafness and were well known to her school, which had two staff fluent in BSL who could have supported her until a qualified interpreter was found. A deaf child's first language must be treated as essential to hearing her, not as an optional extra to be arranged if time allows.
""", trap="Interpreting need arises from the child's deafness (BSL), so it is disability-send, not culture-ethnicity-language (rule 13).")

X("v-060", "wales",
  ["fathers-male-carers", "professional-curiosity"],
  "recommendation", """
Recommendation 1: 'not involved' is an assessment, not a fact

Finding. Throughout the period under review, Child O's father was recorded in health, education and social care records as 'not involved' or 'no contact'. In fact he had lived at the family home for at least four of the seven months before the incident, was the adult who most often collected Child O from school, and was described by Child O's older sister to the school nurse as 'the one who does the cooking'. His details were never checked with the police. He was not invited to any meeting and no professional asked to meet him. Mother's statements that he 'isn't around' were accepted at every stage, although school staff saw him at the gate several times a week.

Recommendation. The regional safeguarding children board should seek assurance that all partner agencies' assessment frameworks require practitioners to identify, and wherever possible meet, every adult who lives in or regularly visits the household, and that records distinguish between what a parent has said about another adult and what has been verified.
""")

X("v-061", "england",
  ["non-mobile-baby-injury", "professional-curiosity", "information-sharing"],
  "key practice episode", """
Key practice episode 1: the torn frenulum

At seven weeks Baby G was brought to the emergency department by his parents with bleeding from his mouth. The triage nurse noted a small tear to the upper frenulum. Father said Baby G had been 'a bit rough with his bottle' and that the teat had caught his lip. The junior doctor cleaned the wound, reassured the parents and discharged Baby G home.

A torn frenulum in a baby who is not yet mobile is a recognised sentinel injury that should always prompt consideration of physical abuse. The department's own guidance required a senior review, a safeguarding check and a referral to the paediatric team. None of these happened. The doctor told the review that it was the end of a long shift and the explanation 'seemed to fit'.

No notification of the attendance was sent to the health visitor or GP; the department's electronic system generated one only for children under one who were referred on, and Baby G had not been. When Baby G was admitted three weeks later with fractures of both legs and a rib, the earlier attendance was discovered only because the paediatric registrar searched the system.
""")

X("v-062", "northern_ireland",
  ["child-criminal-exploitation", "escalation-challenge"],
  "finding", """
Finding 4: a youth justice worker's challenge

Young Person K, aged fourteen, was stopped by police in a town centre with twenty bags of cannabis and £300 in cash. He told officers that he was holding them 'for someone' and would be 'done in' if he lost them. He was charged with possession with intent to supply. Neither of his parents used drugs, and the review found no evidence of substance misuse in the household.

His youth justice worker, who had known him for a year, believed he was being exploited by an older group who had recently started spending time with him. She raised this at a planning meeting and asked for a referral under the exploitation procedures. The police representative disagreed, describing Young Person K as 'a willing participant'. Rather than accept this, the youth justice worker put her concerns in writing to her manager, who raised them with the PSNI's public protection branch and with the Trust. A multi-agency exploitation meeting was convened within a week, and the prosecution was reviewed.

The review considers this a good example of a professional challenging a view she disagreed with, through the proper channels, on behalf of a child who could not yet make that argument himself.
""", trap="Drugs carried by the child are exploitation, and parental substance misuse is expressly ruled out (rules 3, 7).")

X("v-063", "scotland",
  ["culture-ethnicity-language", "poverty-housing"],
  "finding", """
Finding 4: a family the system could not see

The family are Roma and came to Scotland from Slovakia. Seven adults and six children lived in a three-bedroom flat let by a private landlord who gave no tenancy agreement and collected the rent in cash. Two rooms had no working heating, and the review heard that the children often slept four to a mattress.

When professionals engaged with the family they booked Slovak interpreters. Mother and Father told the review that they speak Romani at home and understand Slovak only partly, and that they often agreed to things they had not understood rather than appear rude. The family also described being treated with suspicion by a GP receptionist who asked whether they were 'really' living at the address.

Several agencies were concerned about the children's irregular school attendance. In fact the children were missing school because the family were moved between rooms of the flat and, for a period, to a cousin's house in another town, as the landlord added occupants. The review considers that assumptions about Roma families shaped how this was understood, and that the family's housing situation was never directly assessed.
""")

X("v-064", "wales",
  ["non-mobile-baby-injury", "information-sharing", "professional-curiosity"],
  "key practice episode", """
Key practice episode 3: the minor injuries unit over the border

Baby H lived with her parents in a village close to the border with England, and their nearest minor injuries unit was in an English town. At ten weeks she was taken there with a swelling on the side of her head; Mother said she had rolled off the changing mat onto a carpeted floor. The nurse practitioner noted that Baby H was not yet rolling, discussed her with the on-call paediatrician, and Baby H was transferred for assessment, where a skull fracture was found.

The English hospital made a referral to its own local authority, because its system did not recognise the family's Welsh postcode. It took six days for the referral to reach the Welsh local authority, by which time Baby H had been discharged home. Her health visitor in Wales was not told of the admission at all.

The health visitor had recorded safe sleep advice at every contact, and Baby H was always seen sleeping in a cot in her parents' room. The reviewers found that sleeping arrangements were never a concern and had no bearing on what happened.
""", trap="Routine safe sleep advice with arrangements expressly never a concern (rule 9): safe-sleep not labelled.")

X("v-065", "england",
  ["disguised-compliance", "parental-substance-misuse", "professional-curiosity"],
  "family voice", """
Mother's account

Mother agreed to meet the lead reviewer at the residential rehabilitation service where she now lives. She said she wanted to help other families by being honest about how she kept professionals from knowing how much she was drinking.

'I knew what they wanted to hear,' she said. 'Before a visit I'd tidy up, take the bottles to the bins at the end of the road, put the kids in clean clothes and have something in the oven. I'd have a couple of drinks first so my hands didn't shake. I said yes to every course. I went to every meeting. They used to say I was doing really well.' She said she hid vodka in a shampoo bottle in the bathroom, and that none of the workers ever asked to use the toilet or looked further than the living room.

She told the reviewer she was terrified of losing the children and that this was why she lied, not because she did not care. She said that the one time a worker asked her, kindly and directly, how much she was really drinking, she nearly told her — but the worker moved on before she found the words.
""")

X("v-066", "northern_ireland",
  ["voice-of-child", "domestic-abuse"],
  "good practice", """
Good practice: the children's words in the plan

The social worker allocated to the family after Father's arrest spent time with each child separately over four visits, using drawing, a 'three houses' exercise and a feelings thermometer. She met Child J, aged nine, at school and his younger sister at the family centre, so that neither was in the house when they talked.

Child J told her that his 'house of worries' was 'when Daddy's car comes in the drive and Mummy goes quiet', and that he listened at the top of the stairs so that he could ring the police if he had to. His sister drew the kitchen, with herself under the table. Both said they wanted to see their father, but 'not at our house'.

The social worker used the children's own words in the assessment and in the child protection plan, and they directly shaped the contact arrangements: contact took place at the family centre, and Child J was told clearly that keeping his mother safe was not his job. Mother told the review that seeing her children's drawings at the conference was the moment she decided to end the relationship.
""")

X("v-067", "scotland",
  ["self-harm-suicide", "information-sharing"],
  "review method and narrative", """
About this review

The learning review used a systems approach. Practitioners contributed through individual conversations and a reflective session held online. Young Person L was invited to contribute in whatever way suited her, including through an online form; she decided not to take part, and her decision has been respected. Her mother contributed by telephone.

What happened

Young Person L was sixteen when she was admitted to hospital after a serious overdose. In the previous year her GP had seen her four times for self-harm: superficial cuts to her forearms that she said helped her 'feel something', and later burns. The GP referred her to CAMHS, which offered an assessment she did not attend; the referral was closed after two letters.

The school's pupil support teacher was seeing Young Person L weekly for what she understood to be exam stress. She did not know about the GP consultations or the CAMHS referral, and the GP did not know Young Person L was being supported at school. Each told the review that the other would have been the obvious person to hear from.
""", trap="Review method (online session, online form, young person declining to take part) is not online-harm or voice-of-child (rule 5).")

X("v-068", "wales",
  ["domestic-abuse", "culture-ethnicity-language", "poverty-housing"],
  "learning point", """
Learning point 2: a mother with no way out

Mother came to Wales from Pakistan on a spousal visa after an arranged marriage and lived with her husband, the children and her husband's parents. She speaks Urdu and Punjabi and very little English. She told the reviewers that her husband and mother-in-law controlled her movements, took her child benefit and kept her passport, and that she was hit when she 'disobeyed'.

At her antenatal booking appointment, her husband's sister came to interpret. The midwife, not realising the relationship, asked the routine question about domestic abuse through her, and the answer was recorded as 'no'. On a later occasion, with a professional interpreter, Mother disclosed the abuse in full.

Because her visa meant she had no recourse to public funds, the first two refuges approached said they could not take her, and the local authority initially said she was not eligible for help. Mother had no money of her own and nowhere to go. She remained in the house for a further four months while the position was clarified, and the children continued to witness the abuse throughout.
""")

# ---------------------------------------------------------------------------
# Excerpts v-069 .. v-090
# ---------------------------------------------------------------------------

X("v-069", "england",
  ["disguised-compliance", "neglect", "professional-curiosity"],
  "finding", """
Finding 3: the feeding diary

Baby M's weight fell from the fiftieth to below the second centile between eight weeks and seven months. Her parents attended every appointment at the growth clinic, including three with the paediatric dietitian, and brought a feeding diary each time. The diary was meticulous: feeds at regular intervals, all of the prescribed volume, all finished. Clinic letters described the parents as 'committed', 'anxious to do the right thing' and 'a pleasure to work with'. Tests for medical causes of poor growth were all normal.

When Baby M was admitted for observed feeding she gained weight steadily from the first day. Some weeks later her parents acknowledged that they had been making up feeds with less powder than instructed, that many feeds were skipped when Baby M was asleep, and that the diary had been written up the evening before each appointment.

The review does not underestimate how difficult it is to doubt parents who seem so invested. But the diary was inconsistent with the weight chart from the start, and no one at the clinic asked how both could be true.
""")

X("v-070", "northern_ireland",
  ["parental-mental-health", "parental-substance-misuse", "domestic-abuse", "information-sharing"],
  "executive summary", """
Executive summary

This Case Management Review concerns Child H, who was four years old when police, responding to a neighbour's call, found her alone in the family home. She was dehydrated and had not eaten for about a day. Mother had been taken to hospital the previous evening after an overdose; Father had left the address two weeks earlier after a violent incident and was on bail with a condition not to return.

Both parents had long histories known to services. Mother had a diagnosis of bipolar affective disorder and had been admitted to psychiatric hospital twice since Child H's birth. Father used cocaine and drank heavily, and police had attended eleven incidents of domestic abuse at the address in three years.

The panel found that no agency had a complete picture. The ambulance crew who took Mother to hospital did not ask whether there were children at home; the mental health team did not know that Father had left; the Gateway team had been told about the bail conditions but did not share them with the GP or the nursery. On the evening of the overdose, the one adult everyone assumed would be looking after Child H was no longer living there.
""")

X("v-071", "scotland",
  ["child-criminal-exploitation", "self-harm-suicide"],
  "finding", """
Finding 2: threats, debt and an overdose

Young Person R, aged sixteen, was known to police and social work as someone who sold cannabis and, later, cocaine for an organised group operating in the town. He had been reported missing from home eleven times in a year, several times returning with injuries he would not explain. In the summer his bag of drugs and cash was taken from him in what police later believed was a robbery staged by the same group, who then told him he owed them £2,000.

In the weeks that followed he received threats by phone and in person, including threats to burn the family home. He told his throughcare worker that he 'couldn't see a way out'. Ten days later he was found unconscious after taking a large overdose of his grandmother's medication, and survived after a period in intensive care. He later said that he had meant to die because he could see no other way to protect his family.

The review considers that professionals recognised his involvement in drug supply but understood it mainly as offending, and did not appreciate how the debt bondage he was under could put his own life at risk.
""")

X("v-072", "wales",
  ["online-harm", "self-harm-suicide", "disability-send"],
  "learning point", """
Learning point 5: what Child T was looking at

Child T, aged thirteen, is autistic and has an individual development plan for social communication difficulties. He found school socially exhausting and spent most evenings alone in his room on his laptop. His parents described him as 'happiest online'.

After his admission to hospital following a serious attempt to hang himself, police examined his devices. For months he had been reading forums that described methods of suicide in detail and presented death as a solution to loneliness. He had also been repeatedly mocked in a group chat set up by classmates, who shared screenshots of his messages and edited pictures of him.

His school's additional learning needs co-ordinator told the review that Child T took what he read very literally and found it hard to judge the intentions of others. The same features that made him vulnerable to what he was seeing also made it harder for adults to notice a change: he had always been quiet and withdrawn, and his growing silence was read as part of his autism. The review's learning concerns how professionals and parents can talk with autistic children about what they meet online.
""")

X("v-073", "england",
  ["disability-send", "neglect"],
  "context and analysis", """
Context: the 'invisible men' of reviews

National analysis of serious case reviews has repeatedly found that fathers and male partners are often absent from assessments, and the partnership's own thematic review in 2021 reached the same conclusion. The panel therefore considered whether this was a feature of Child P's case. It was not: Child P's father died when she was a baby, and she lived with her mother and maternal grandmother. There was no male carer in the household and no man visited regularly.

The learning in this case concerns Child P's own needs. She has cerebral palsy, uses a wheelchair and needs help with every aspect of personal care. Over the two years before her admission to hospital her outgrown wheelchair was not replaced, leaving her with pressure sores; she missed eleven physiotherapy appointments and two orthopaedic reviews that would have considered surgery on her hips; and she was regularly sent to school in the same pads she had worn overnight. School staff raised each issue with the specialist nursing team, which attributed them to the strain on a mother caring alone.
""", trap="National research on 'invisible men' (rule 4) and an express finding that there was no father or male carer in the household (rule 3): fathers-male-carers not labelled.")

X("v-074", "northern_ireland",
  ["disguised-compliance", "fathers-male-carers", "professional-curiosity"],
  "finding", """
Finding 3: a written agreement that was never tested

Mr G, Mother's partner, was a registered sex offender with convictions for offences against girls under thirteen. When this became known, the Trust and the PSNI public protection team agreed a written safety plan with Mother. She signed an agreement that Mr G would not stay at the house, would not be alone with the children, and would not be there when the children were home from school.

Over the following eight months Mother consistently told her social worker that the agreement was being kept, and the social worker recorded her as 'protective and open'. Mr G, meanwhile, told his offender manager that he was living at his brother's flat; the offender manager made two planned visits there and found him at home on both. Neither the offender manager nor the social worker visited Mother's house unannounced, and the social worker never interviewed Mr G.

A neighbour's report later showed that Mr G had been living at Mother's house throughout. The review is clear that there is no evidence that either child was sexually harmed, and both children have since been spoken with carefully. The learning concerns how an agreement that reassured everyone was allowed to stand in for checking that anything had changed.
""", trap="Sexual harm to the children is expressly ruled out (rule 3): sexual-abuse-exploitation not labelled despite the partner's offending history.")

X("v-075", "scotland",
  ["parental-mental-health", "fathers-male-carers", "voice-of-child"],
  "finding", """
Finding 1: a father's illness seen through the adult's eyes

Father was Child E's sole carer after Mother left the family. He has schizophrenia and was supported by a community psychiatric nurse who visited fortnightly. For much of the period under review he was well, but in the spring he stopped taking his medication and became increasingly suspicious of neighbours, covering the windows with foil and refusing to let Child E play outside.

The nurse's records focus on Father's symptoms, medication and risk to himself. They note that Child E, aged ten, was 'at school' during visits, and there is no evidence that she considered Father as a parent or asked how Child E was managing. She told the review that she saw her role as supporting Father and assumed the school would raise any concerns about Child E.

Child E told his teacher that his dad 'hears people in the walls' and that he had to be quiet at home so they would not hear him. He also said he was not allowed to bring friends home. The teacher recorded this and told the school's child protection co-ordinator, but the note described Child E simply as 'anxious', and no one asked him more about what life at home was like.
""")

X("v-076", "wales",
  ["information-sharing", "disability-send", "neglect"],
  "learning point", """
Learning point 4: the plan that did not travel

Child D, aged ten, has global developmental delay and epilepsy, and had an Education, Health and Care Plan in England, where the family lived until he was nine. The plan set out in detail his need for one-to-one support in crowded places, his tendency to wander, and the early signs of his seizures. His English records also showed that he had been on a child protection plan for neglect between the ages of five and seven.

When the family moved to Wales, Child D's new school received a short transfer form and his last school report. The plan did not follow him; the school did not know to ask for it, and began a new assessment for an individual development plan from scratch, which took five months.

Children's services in Wales were not told of the previous child protection plan. When the school raised concerns that Child D was arriving without his seizure medication and had been found alone on the main road after school, these were treated as first concerns rather than as the return of a pattern already well documented over the border.
""")

X("v-077", "england",
  ["sexual-abuse-exploitation", "escalation-challenge"],
  "key practice episode", """
Key practice episode 4: a paediatrician's challenge

Young Person F was thirteen and twenty weeks pregnant when she attended her booking appointment with a man of nineteen whom she described as her boyfriend. The midwife referred to children's social care and to police the same day.

At the strategy discussion the police representative said that the relationship appeared consensual, that Young Person F did not want to make a complaint, and that a criminal investigation was therefore unlikely to proceed. The social worker proposed an assessment of the family's ability to support a teenage mother.

The named doctor for safeguarding disagreed strongly. She pointed out that a thirteen-year-old cannot consent to sexual activity in law, that the age gap and the man's control over Young Person F's movements were indicators of exploitation, and that consent was a question for police to investigate, not for a child to resolve. When the discussion ended without change, she set out her concerns in writing to the detective inspector and the head of service and asked for the strategy discussion to be reconvened. It was, and a criminal investigation began.
""")

X("v-078", "northern_ireland",
  ["safe-sleep", "parental-mental-health", "information-sharing"],
  "summary", """
Summary

Baby C died at ten weeks in her mother's bed. Mother had a long history of anxiety and depression, and in the weeks after the birth her GP increased her antidepressant and added a sedating medication to help her sleep. On the night Baby C died Mother had taken her evening medication as prescribed, fed Baby C in bed at about three in the morning and fallen asleep with her; when she woke, Baby C was lying face down beneath the pillow.

Safe sleep advice had been given by the midwife and the health visitor, including advice about the risk of sharing a bed after taking medication that causes drowsiness. However, the GP who prescribed the sedating medication did not discuss what it meant for caring for the baby at night, and the health visitor did not know it had been prescribed.

The panel considers that Mother's mental health was appropriately treated in its own terms, but that the prescriber and the health visitor each held part of the information needed to help Mother plan safe night-time care, and neither held all of it.
""")

X("v-079", "scotland",
  ["information-sharing", "domestic-abuse", "fathers-male-carers"],
  "good practice", """
Good practice: pre-birth planning

At her booking appointment at twelve weeks Mother told the midwife that her partner had been in prison for assaulting a former partner and that he 'had a temper'. The midwife discussed this with the NHS child protection adviser and, with Mother's agreement, referred to social work. A pre-birth Interagency Referral Discussion was held within a week.

At that discussion Police Scotland shared a history that neither health nor social work had held: the father-to-be had convictions for violence against two previous partners, and police had already been called once to the couple's address, when a neighbour reported shouting and a woman screaming. Mother had not mentioned that incident.

The pre-birth assessment that followed involved the father-to-be from the start. The social worker met him alone twice, assessed his parenting capacity and his history, and talked Mother through the Disclosure Scheme for Domestic Abuse Scotland. A safety plan was in place before the birth. The review considers this an example of information from three agencies coming together early enough to make a difference.
""")

X("v-080", "wales",
  ["disability-send", "information-sharing"],
  "analysis", """
Child R's death

Child R, aged twelve, had severe epilepsy and a learning disability and spent alternate weekends at a respite foster placement. He drowned in the bath at the placement during a seizure, after his foster carer left him for a few minutes to answer the door.

The family asked the reviewers to consider whether Child R had harmed himself deliberately, or had been affected by something he had seen online. Both questions were examined carefully. Child R had no history of self-harm or suicidal thoughts, and the police examination of his tablet found nothing of concern. Neither possibility is supported by any evidence.

The review also considered whether the foster carer's care was neglectful. It was not: she was experienced and caring, and Child R's care at the placement was otherwise of a high standard. The learning concerns information. Following a near-miss at home a year earlier, Child R's epilepsy nurse had advised his parents that he should only ever be showered, never bathed, and never left alone in the bathroom. That advice was in his health record but not in his respite care plan, and the foster carer had never been told.
""", trap="Self-harm, online harm and neglect are each raised and expressly ruled out (rule 3).")

X("v-081", "england",
  ["poverty-housing", "professional-curiosity"],
  "good practice", """
Finding 5: asking about money

Baby A was admitted to hospital twice in her first winter with bronchiolitis. The second discharge letter recorded that Mother had said they were 'trying not to use the heating'.

The health visitor who received that letter did not simply repeat advice about keeping the baby warm. She visited, asked Mother directly about money, and found that the meter had been on emergency credit for most of the winter, that the family were repaying a budgeting loan and an energy debt, and that Mother was skipping meals so the older children could eat. She asked to see the bedroom and found mould across the ceiling above the cot.

With Mother's agreement she referred the family to welfare rights, which identified over £2,000 a year in unclaimed entitlements, and wrote to the housing association about the mould. The review considers this a model of looking beyond the presenting problem to what lay behind it.
""")

X("v-082", "northern_ireland",
  ["culture-ethnicity-language", "voice-of-child"],
  "analysis", """
Court proceedings

Care proceedings were issued when Child L was nine and his sister six. Mother is Lithuanian and has lived in Northern Ireland for ten years; she speaks conversational English but told the review that she understood little of the written evidence, which was provided only in English. A Lithuanian interpreter was booked for the final hearing but not for the earlier case management hearings, and on one occasion Mother's solicitor asked her eleven-year-old nephew, who had come with her for support, to explain to her what had happened.

After a further incident the court escalated the timetable, and the final hearing was brought forward by six weeks. The review regards this as an appropriate judicial decision in the children's interests.

The children's guardian met Child L four times, on his own and in places he chose, and told the court in detail that he wanted to live with his grandmother and to keep seeing his mother every week. The care plan eventually agreed reflected his wishes. Child L told the guardian afterwards that she was 'the first grown-up who wrote down what I actually said'.
""", trap="'The court escalated the timetable' is a judicial step, not professional challenge (rule 6): escalation-challenge not labelled.")

X("v-083", "scotland",
  ["non-mobile-baby-injury", "parental-substance-misuse", "professional-curiosity", "information-sharing"],
  "summary", """
Summary

Baby S was nine weeks old when he was taken to hospital by ambulance after Mother found him pale and unresponsive in his cot. He had a skull fracture, bleeding around the brain and older fractures to his wrist and two ribs. Both parents were prescribed methadone through the local recovery service, and Father had recently started using street benzodiazepines again.

Three weeks before the admission, the family nurse had seen a small red mark under Baby S's chin. Mother said it had been caused by the strap of his car seat. The family nurse, who had a trusting relationship with Mother, accepted this and did not consider that a mark on a baby who could not yet roll over needed a paediatric opinion; she recorded 'mark – car seat – no concerns'. A week later Father's recovery worker noted that he seemed 'very sedated' at his appointment and had said the baby was 'crying all the time'. Those observations stayed in the recovery service's records.

The review's central learning is that a mark on a non-mobile baby is never minor, however good the relationship and however plausible the explanation.
""")

X("v-084", "wales",
  ["domestic-abuse", "culture-ethnicity-language", "voice-of-child", "information-sharing"],
  "learning point", """
Learning point 3: a child's words in the wrong language

Child W, aged eight, lives in a predominantly Welsh-speaking community and is educated through the medium of Welsh, the language he uses at home with his mother and grandparents. His father, who left after a series of assaults on Mother, speaks only English.

After police were called to the house in the autumn, Child W was seen by a social worker who did not speak Welsh. The Active Offer was not made, and Child W was spoken to in English. He answered briefly and said 'everything's fine'. The following week he told his teacher, in Welsh, that he had seen his father 'trying to strangle Mam on the stairs' and that he was scared his father would come back. The teacher recorded the conversation in Welsh and shared the note with the social worker, who asked for it to be translated; the translation arrived after the case had been closed.

The review considers that, for a child like Child W, the language in which he is spoken to is not a matter of courtesy but of whether he is able to tell anyone what is happening to him.
""")

X("v-085", "england",
  ["self-harm-suicide", "disability-send", "voice-of-child"],
  "finding", """
Finding 2: masking

Young Person B was diagnosed with autism at fourteen, after years in which her difficulties went unrecognised because she coped at school by copying other girls and hiding her distress. Teachers described her as 'quiet, polite and no trouble'. At home she collapsed in exhaustion after school, and from thirteen she began to restrict her eating and cut her upper arms.

CAMHS assessed her for anxiety and an eating disorder. The review found these assessments thorough, but they did not take account of her autism, which had not then been diagnosed. Once it was, her care co-ordinator changed the way she worked with her, using written questions and allowing time for answers. Young Person B told the review that this was the first time she had been able to explain that school felt like 'performing all day'.

Her parents were well and supportive throughout, and there were no concerns about their mental health or their care of her. The learning concerns how professionals recognise distress and self-harm in autistic girls whose presentation at school gives little sign of what they are experiencing.
""", trap="The child's anxiety and eating disorder are not parental-mental-health, and parental concerns are expressly ruled out (rules 3, 7).")

X("v-086", "northern_ireland",
  ["non-mobile-baby-injury", "escalation-challenge"],
  "key practice episode", """
Key practice episode 2: disagreement about a bruise

At a home visit the health visitor noticed three small bruises on the chest of Baby P, aged three months. She followed the regional protocol and contacted the GP, who saw Baby P the same afternoon. The GP accepted the parents' explanation that Baby P's two-year-old brother had been 'too rough' while cuddling him and decided that no referral was needed, recording that the bruising was 'consistent with the history'.

The health visitor told the review that she disagreed. The protocol requires a paediatric assessment for any bruise in a non-mobile baby, whatever the explanation, and she doubted that a toddler could cause bruising in that pattern. But she did not feel able to question a GP's clinical decision, did not contact her safeguarding lead and did not use the regional escalation procedure. She recorded her concern in her notes and planned an early follow-up visit.

Nine days later Baby P was admitted with a skull fracture. The review considers that the health visitor's instinct was right, and that the professional hierarchy between a health visitor and a GP made it harder for her to act on it.
""")

X("v-087", "scotland",
  ["safe-sleep", "poverty-housing", "information-sharing"],
  "finding", """
Finding 4: a baby in temporary accommodation

Baby D died at seven weeks while sharing a single bed with Mother in a furnished temporary flat. Mother had been placed there by the homelessness service eleven days earlier, after leaving her parents' overcrowded home. The flat came with a bed and a sofa but no cot, and the family's crib had been left behind because there was no room for it in the taxi.

Mother told the homelessness officer at her assessment that she had a four-week-old baby. The homelessness service did not inform the health visitor of the move, and no one checked that the flat had somewhere safe for the baby to sleep. The health visiting records still showed the grandparents' address, where the health visitor had seen a crib and recorded that safe sleep advice had been given and understood.

Mother told the review that she knew the advice and had meant to buy a travel cot when her benefits came through. Until then, she said, the choice was between the bed and the sofa, and she believed the bed was safer. The review considers that the advice had been right, but that the change in the family's housing made it impossible to follow.
""")

X("v-088", "wales",
  ["child-criminal-exploitation", "information-sharing"],
  "good practice", """
Good practice: mapping the peer group

In the summer, youth workers, police community support officers and the school began to notice that a group of boys aged thirteen to fifteen, including Young Person J, were spending time with older men around the town's bus station and a takeaway, and that several had new trainers, phones and money. Two had been found in a neighbouring county during school hours.

The local authority convened a multi-agency meeting under the regional exploitation protocol. Rather than looking at each boy separately, the meeting mapped the group as a whole, the places they gathered and the adults they were seen with. Each agency brought what it knew: the school's attendance data, the youth service's observations, police intelligence about the takeaway and reports from bus drivers. Together these showed that the boys were being used to carry drugs to a town across the county border.

The response included disruption of the adults involved and support for each boy and his family. Young Person J's mother told the reviewers that she felt 'for the first time that someone was doing something'.
""")

X("v-089", "england",
  ["domestic-abuse", "parental-mental-health", "parental-substance-misuse", "neglect"],
  "chronology", """
Chronology (extract): January to June 2022

January. Police attend the family home after Mother reports that Father has punched her in the face. Child E, aged five, and Child F, aged two, are asleep upstairs. Father is arrested and released on bail with conditions not to contact Mother.

February. Mother tells her GP she is 'drinking to get through the nights' and is prescribed sertraline for depression. Nursery records that Child F has arrived four times in the same nappy as the night before and that his lunchbox contains only crisps.

March. A neighbour sees Father entering the house. Mother tells the social worker he has 'only come to see the kids'.

April. Child E's school records twelve days' absence with no reason given. On two days he is sent in without a coat in heavy rain, and staff find he has not had his inhaler for a week.

May. Mother attends the emergency department intoxicated, with cuts to her wrists. She is discharged with advice to see her GP.

June. Nursery reports that Child F is hungry, has severe nappy rash and has lost half a kilogram since February.
""", trap="Mother's cuts to her wrists are parental-mental-health, not self-harm-suicide (rule 7).")

X("v-090", "northern_ireland",
  ["online-harm", "sexual-abuse-exploitation", "voice-of-child"],
  "young person's voice", """
Young Person M's account

Young Person M, now seventeen, asked to meet the chair with his mother. He described how, when he was fifteen, someone he believed to be a girl from another school started messaging him on a social media app, persuaded him to take part in a video call in which he undressed, and then threatened to send a recording to his friends and family unless he paid £200.

He went to the police station with his mother that night. He told the chair that the officer at the front desk asked him, in front of other people, 'Why would you do that?', and that he felt he was being treated as the one in trouble. He said he was not offered anyone to talk to, and the officer in the case did not contact him for nine days, during which the account kept messaging him.

He said the one thing that helped was his school's pastoral lead, who sat with him, told him it was not his fault and helped him report the account to the platform. He wanted other young people to know that they should tell someone, and he wanted police to 'believe you're the victim straight away'.
""")

# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------

def validate(excerpts):
    errors = []
    ids = [e["id"] for e in excerpts]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        errors.append("duplicate ids: %s" % dup)
    expected = ["v-%03d" % n for n in range(1, len(excerpts) + 1)]
    if ids != expected:
        errors.append("ids are not the contiguous sequence v-001 .. v-%03d" % len(excerpts))
    seen_texts = set()
    for e in excerpts:
        if e["nation"] not in NATIONS:
            errors.append("%s: unknown nation %r" % (e["id"], e["nation"]))
        unknown = [t for t in e["themes"] if t not in THEMES]
        if unknown:
            errors.append("%s: unknown themes %s" % (e["id"], unknown))
        if len(set(e["themes"])) != len(e["themes"]):
            errors.append("%s: repeated theme" % e["id"])
        if len(e["themes"]) > 5:
            errors.append("%s: more than 5 themes" % e["id"])
        n = len(e["text"].split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            errors.append("%s: %d words (allowed %d-%d)" % (e["id"], n, MIN_WORDS, MAX_WORDS))
        if e["text"] in seen_texts:
            errors.append("%s: duplicate text" % e["id"])
        seen_texts.add(e["text"])
        if not e["themes"] and not e["_trap"]:
            errors.append("%s: no themes and no trap note" % e["id"])
    counts = Counter(t for e in excerpts for t in e["themes"])
    for t in THEMES:
        if counts[t] < MIN_PER_THEME:
            errors.append("theme %s used %d times (< %d)" % (t, counts[t], MIN_PER_THEME))
    return errors, counts


def write_jsonl(excerpts, path):
    with open(path, "w", encoding="utf-8") as f:
        for e in excerpts:
            obj = {"id": e["id"], "nation": e["nation"], "text": e["text"],
                   "themes": e["themes"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


def write_readme(excerpts, counts, path):
    words = [len(e["text"].split()) for e in excerpts]
    nations = Counter(e["nation"] for e in excerpts)
    nlab = Counter(len(e["themes"]) for e in excerpts)
    regs = Counter(e["_register"] for e in excerpts)
    traps = [e for e in excerpts if e["_trap"]]
    L = []
    L.append("# %s — independent labelled set for the learning-theme tagger" % SET)
    L.append("")
    L.append("Written from scratch for this set; the only inputs were `/work/brief/themes-taxonomy.md` "
             "and `/work/brief/themes-decision-rules.md`. All excerpts are fictional (people appear only "
             "as pseudonyms such as Child A, Baby K, Young Person T, or by role). Place names, where used, "
             "are only to give cross-border or regional context.")
    L.append("")
    L.append("Rebuild with `python3 build.py` (standard library only). It validates the set (known ids and "
             "nations, unique contiguous ids v-001.., %d-%d words per excerpt, every theme used at least "
             "%d times, no duplicate text) and writes `%s.jsonl` and this README." % (MIN_WORDS, MAX_WORDS, MIN_PER_THEME, SET))
    L.append("")
    L.append("## Format")
    L.append("")
    L.append("One JSON object per line: `{\"id\": \"v-001\", \"nation\": \"england|northern_ireland|scotland|wales\", "
             "\"text\": \"...\", \"themes\": [\"theme-id\", ...]}`. Paragraph breaks inside `text` are `\\n\\n`. "
             "An empty `themes` list means no theme is evidenced (deliberate precision traps).")
    L.append("")
    L.append("## Size")
    L.append("")
    L.append("- Excerpts: %d" % len(excerpts))
    L.append("- Words per excerpt: min %d, median %d, max %d, mean %.0f; %d of %d are 120 words or longer"
             % (min(words), sorted(words)[len(words) // 2], max(words), sum(words) / len(words),
                sum(1 for w in words if w >= 120), len(words)))
    L.append("- Theme labels: %d in total, %.2f per excerpt" % (sum(counts.values()), sum(counts.values()) / len(excerpts)))
    L.append("- Labels per excerpt: " + ", ".join("%d themes: %d" % (k, nlab[k]) for k in sorted(nlab)))
    L.append("- Trap excerpts: %d (%.0f%%)" % (len(traps), 100.0 * len(traps) / len(excerpts)))
    L.append("")
    L.append("## Excerpts per nation")
    L.append("")
    L.append("| nation | excerpts |")
    L.append("|---|---|")
    for n in NATIONS:
        L.append("| %s | %d |" % (n, nations[n]))
    L.append("")
    L.append("Nations rotate through the ids (v-001 England, v-002 Northern Ireland, v-003 Scotland, v-004 Wales, ...). "
             "Welsh excerpts are written in English in the idiom of Welsh child practice reviews (learning points, regional "
             "safeguarding board, care and support planning, information advice and assistance, the Welsh-language Active "
             "Offer, individual development plans, cross-border working with England); Northern Ireland excerpts use CMR "
             "vocabulary (panel, Trust, Gateway, PSNI, UNOCINI, family support hub, Housing Executive, cross-border work "
             "with Tusla); Scottish excerpts use learning-review vocabulary (IRD, Child Protection Committee, child's plan, "
             "concern reports, guidance/pupil support staff).")
    L.append("")
    L.append("## Per-theme counts")
    L.append("")
    L.append("| theme | excerpts |")
    L.append("|---|---|")
    for t in THEMES:
        L.append("| `%s` | %d |" % (t, counts[t]))
    L.append("")
    L.append("## Registers")
    L.append("")
    L.append(", ".join("%s (%d)" % (r, n) for r, n in sorted(regs.items(), key=lambda x: (-x[1], x[0]))))
    L.append("")
    L.append("## Trap excerpts and why")
    L.append("")
    L.append("Each trap mentions, borrows the vocabulary of, or sets up a theme that the decision rules say not to "
             "label (or, for a few edge cases, says to label despite appearances). Labels shown are the gold labels. "
             "The count is generous: about two dozen are built around a negation, background/policy text, "
             "recommendation-only wording or a borrowed word; the rest are 'whose problem is it' cases (a parent's "
             "self-harm or disability, a child's anxiety) and labelled edge cases (v-030) inside otherwise ordinary "
             "excerpts.")
    L.append("")
    L.append("| id | nation | gold labels | trap |")
    L.append("|---|---|---|---|")
    for e in traps:
        L.append("| %s | %s | %s | %s |" % (e["id"], e["nation"],
                                           ", ".join("`%s`" % t for t in e["themes"]) or "(none)",
                                           e["_trap"].replace("|", "/")))
    L.append("")
    L.append("## Labelling notes")
    L.append("")
    L.append("- Themes are usually expressed indirectly (e.g. a hostel room and the food bank for poverty-housing; "
             "tidying before announced visits for disguised compliance; a picture board left in a bag for voice).")
    L.append("- Practice themes (voice, information sharing, curiosity, escalation, fathers) are labelled for good "
             "practice as well as for failures (rule 2): e.g. v-008, v-024, v-030, v-038, v-042, v-054, v-062, v-066, "
             "v-079, v-081, v-088.")
    L.append("- A short multi-finding summary (v-047) is labelled with every theme its findings evidence (rule 18).")
    L.append("- Not scored here; this folder holds only the set.")
    L.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    errors, counts = validate(EXCERPTS)
    if errors:
        for err in errors:
            print("ERROR:", err, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(HERE, SET + ".jsonl")
    write_jsonl(EXCERPTS, out)
    write_readme(EXCERPTS, counts, os.path.join(HERE, "labelled-3-notes.md"))
    print("wrote %s (%d excerpts)" % (out, len(EXCERPTS)))
    print("nations:", dict(Counter(e["nation"] for e in EXCERPTS)))
    for t in THEMES:
        print("  %-28s %d" % (t, counts[t]))
    print("traps:", sum(1 for e in EXCERPTS if e["_trap"]))


if __name__ == "__main__":
    main()
