"""Initials in meeting minutes: attendee and apology lists, and each later use of the same initials."""

from __future__ import annotations

import re

import pytest

from tests.anonymise.conftest import found

MINUTES = [
    ("Present: KM (SW, chair), JT-R (HV), AO'N (DSL, Wood End Primary School), Dr F. Okafor (GP)\n\n"
     "1. KM summarised the referral. 2. AO'N said that attendance fell. Action: JT-R to check the visit.",
     {"KM", "JT-R", "AO'N"}),
    ("Date: Tues 17/1/23 Participants: FMcL (Social Work, chair), KR (DS, Police Scotland), Dr A. Nwosu "
     "(Paediatrics), M-CG (Education)\n\nM-CG reported that the child was quiet. FMcL to visit the mother.",
     {"FMcL", "KR", "M-CG"}),
    ("Chair: M McK (SBNI) Present: M McK; DJ (Southern HSC Trust); S O'N (PSNI, Public Protection Branch)\n"
     "Item 2: DJ presented the Trust report.", {"M McK", "DJ", "S O'N"}),
    ("Yn bresennol: EFD; RhG (ymwelydd iechyd); M.Ll. (pennaeth) Ymddiheuriadau: BH (Heddlu De Cymru)\n\n"
     "Dywedodd RhG fod y babi'n magu pwysau. Holodd EFD am y negeseuon.", {"EFD", "RhG", "M.Ll.", "BH"}),
    ("Present: LMcG (Social Worker, chair), DH (Designated Teacher, Lagan View College)\n\n"
     "DH reported that the friend was added to a group chat.", {"LMcG", "DH"}),
    # an initial and a short surname, hyphenated initials and a surname initial, an initial + ap + initial
    ("Present: QW (Chair); B. Yu (CAMHS); E-J K (School Nursing); T ap H (Addysg)\n\n"
     "B. Yu said the referral was closed. E-J K noted the weight. T ap H to write to the school.",
     {"B. Yu", "E-J K", "T ap H", "QW"}),
    # a facilitator named by initials, the sentence ended by a full stop
    ("Facilitator: ZN. Eleven practitioners took part.\n\nZN asked what had helped. ZN closed the session.",
     {"ZN"}),
]


@pytest.mark.parametrize(("text", "initials"), MINUTES)
def test_listed_initials_and_their_uses_are_found(fast_engine, text: str, initials: set[str]) -> None:
    dets = fast_engine.analyze(text)
    for ini in initials:  # every use is inside a finding (one may be missed), the listed one always
        starts = [m.start() for m in re.finditer(re.escape(ini), text)]
        covered = [any(d.start <= s < d.end for d in dets) for s in starts]
        assert covered[0] and sum(covered) >= len(starts) - 1, ini


def test_agencies_in_a_list_and_words_spelled_by_initials_are_not_people(fast_engine) -> None:
    text = ("Present: NO (Education), NSPCC, PSNI and the GP.\n\nNO to send the data. The action is carried "
            "forward. NO further action needed on item 3.")
    names = found(fast_engine.analyze(text), "PERSON")
    assert "NSPCC" not in names and "PSNI" not in names
    assert names.count("NO") == 2  # the attendee and "NO to send", not "NO further action"


# initials outside any list: the slot a person fills (subject of a reporting verb, agent after by/gan, a role or
# agency in brackets, a role title before, a log's author field), then every use of the same initials
SLOTS = [
    ("Notes of the call (no attendance list)\n\nPQR said the family had moved. ZT (Probation) asked about the "
     "licence. PQR and ZT agreed to meet. Neither ZT nor FMcD had seen the letter.", {"PQR", "ZT"}),
    ("04/03/2024 14:10 | Category: Neglect | Recorded by: WN | Lunch not eaten. Informed: HMcA (DSL), VP.\n"
     "05/03/2024 09:00 | Action by HMcA | Rang the duty team. HMcA and VP disagreed.", {"WN", "HMcA", "VP"}),
    ("12/05/2023 11:20 | Cofnodwyd gan: DdW | Gwelodd y plentyn yn crio. Nodododd GHJ (athro) fod y plentyn yn "
     "dawel. Sylwodd DdW ar y clais.", {"DdW", "GHJ"}),
    ("3. SW QN noted the plan. 4. DC VY (CAIT) confirmed two call-outs. - QN to visit; VY to check.", {"QN", "VY"}),
    ("02-Feb-2024 10:05 TB Phone call with mum. 09-Feb-2024 Admin PY. Letter sent.\n11/03/2024 Rh.W. Galwad.",
     {"TB", "PY", "Rh.W."}),
    ("10/10/2023 09:15 | Behaviour | NKO\nPupil upset at the gate.", {"NKO"}),
]


@pytest.mark.parametrize(("text", "initials"), SLOTS)
def test_initials_in_a_person_slot_are_found_without_a_list(fast_engine, text: str, initials: set[str]) -> None:
    dets = fast_engine.analyze(text)
    for ini in initials:
        for m in re.finditer(r"(?<![\w.])" + re.escape(ini) + r"(?![\w'’-])", text):
            assert any(d.start <= m.start() < d.end for d in dets), (ini, m.start())


@pytest.mark.parametrize("text", [
    "Participants: TM (team manager); NY (nyrs ysgol); RhG (rheolwr gwasanaeth). NY will draft the note; TM agreed.",
    "The GMP called by the neighbour attended. NWP agreed to share the log.",
    "2315 CDM REFERRAL SUBMITTED. BWV RECORDED AT SCENE. PPB REFERRAL MADE.",
    "The MASH agreed to a strategy discussion; CAMHS said the wait was long; the HSE said no.",
    "A cyfweliad ABE (trawsgrifiad, detholiad) was held. An ADD (ysgol uwchradd) was told.",
    "The house style sets the PDF (WeasyPrint) and the EPUB (Calibre) in one font.",
])
def test_role_abbreviations_acronyms_and_capitals_logs_are_not_initials_of_people(fast_engine, text: str) -> None:
    assert [d.text for d in fast_engine.analyze(text) if d.entity_type == "PERSON"] == []


# --- posts, not people: a list of those present by post, and capitals after an article ---------------------

from anonymise.recognizers import minutes as _minutes  # noqa: E402


def test_a_list_of_posts_names_no_one_by_initials():
    text = ("Attendees: Chair (LSCP); Lead Reviewer; HSW (Council); Named Doctor (Trust); PLO (Youth Service).\n\n"
            "HSW said the assessment was late. PLO to confirm the dates.")
    assert _minutes.attendee_initials(text, frozenset()) == []
    assert _minutes.slot_initials(text, frozenset()) == []
    assert {"HSW", "PLO"} <= _minutes.post_acronyms(text)


def test_minutes_by_post_name_no_one_by_initials_in_their_other_lists(fast_engine):
    text = ("Present: Chair (Service Manager); Named Doctor (Trust); PLO (Youth Service)\n"
            "Apologies: HV (cover arranged by the team leader)\nMinute taker: BSA\n\n"
            "1. Notes to be sent out by BSA on Friday.")
    assert _minutes.attendee_initials(text, frozenset({"HV"})) == []
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_an_also_list_names_people_by_initials(fast_engine):
    text = ("Participants: BK (Police, Public Protection Unit), EL (Health, School Nurse)\n"
            "Also invited: RT (Head of Year, Named Person service)\n\nThe plan was shared with RT by email.")
    assert {text[s:e] for s, e in _minutes.attendee_initials(text, frozenset())} == {"BK", "EL", "RT"}
    assert found(fast_engine.analyze(text), "PERSON").count("RT") == 2


def test_welsh_initials_that_spell_a_word_or_outrun_their_gloss(fast_engine):
    text = ("Yn bresennol: HWP (Cadeirydd), AM (cofnodion)\nYmddiheuriadau: NTP (nyrs teulu)\n\n"
            "3. Bydd AM yn anfon y nodiadau at NTP. AM wedi gofyn am y dyddiadau.")
    people = found(fast_engine.analyze(text), "PERSON")
    assert people.count("AM") == 3  # "AM yn anfon", "AM wedi gofyn": Welsh verb-nouns after the initials
    assert people.count("NTP") == 2  # three initials and a two-word gloss: a person, not "nyrs teulu" spelt out


def test_a_list_of_people_still_names_them_by_initials():
    text = "Present: KW (SW, chair), BT-R (HV), FN (DSL)\n\nBT-R said the baby was not seen. FN agreed."
    found = {text[s:e] for s, e in _minutes.attendee_initials(text, frozenset())}
    assert found == {"KW", "BT-R", "FN"}


def test_capitals_after_an_article_are_a_post():
    text = "The Chair thanked the SWM for the report. The SWM said it was late. RJ said she would check."
    assert "SWM" in _minutes.post_acronyms(text)
    assert [text[s:e] for s, e in _minutes.slot_initials(text, frozenset())] == ["RJ"]


# --- initials outside a list (issue 11, held-out 8's families): field labels, a post with initials in brackets,
# Irish and Welsh initials, any verb in the past, initials of a name given in full, and a gloss -------------------

OUTSIDE_LIST = [
    # a log's field that holds its author or worker, in English and Welsh
    ("14/02/2024 | Theme: Attendance | Keyworker: NMcG\nPupil absent again. NMcG rang home at 10:00.", {"NMcG"}),
    ("03/03/2023 13:30 | Categori: Ymddygiad | Awdur: GH\nCrio yn yr iard. GH wedi siarad â'r fam.", {"GH"}),
    ("Action 2 | Owner: PDW (Housing) | Due: June\nAction 3 | Arweinydd: CEJ (Tîm Teulu) | Due: May", {"PDW", "CEJ"}),
    # a post and then the initials of who holds it, in brackets
    ("Raised with her supervisor (QF) the next day; QF agreed a visit.", {"QF"}),
    ("Apologies: DSL (WZ), HV (TK).\n\nWZ to share the chronology.", {"WZ", "TK"}),
    # initials with an Irish apostrophe, and any verb in the past after a clause start
    ("Notes. MO'D phoned the ward and FD collected the prescription and MO'D visited.", {"MO'D", "FD"}),
    # the Welsh perfect after the subject
    ("Cynnydd: Ll.P. wedi trefnu cyfarfod. Gw. nodyn.", {"Ll.P."}),
]


@pytest.mark.parametrize(("text", "initials"), OUTSIDE_LIST)
def test_initials_outside_a_list_are_found(fast_engine, text: str, initials: set[str]) -> None:
    dets = fast_engine.analyze(text)
    for ini in initials:
        for m in re.finditer(r"(?<![\w.])" + re.escape(ini) + r"(?![\w'’-])", text):
            assert any(d.start <= m.start() < d.end and d.entity_type == "PERSON" for d in dets), (ini, m.start())


@pytest.mark.parametrize("text", [
    "Outcome: the CPM planned for Monday; a child protection meeting (CPM) agreed by all.",
    "The Child Protection Conference (CPC) met. Team Manager (TM) to chair.",
    "Outcome: NFA recorded. The GP wanted a review.",
])
def test_a_post_spelt_out_and_abbreviations_in_the_past_are_not_initials(fast_engine, text: str) -> None:
    assert [d.text for d in fast_engine.analyze(text) if d.entity_type == "PERSON"] == []


def test_initials_of_a_name_given_in_full_are_that_person(fast_engine) -> None:
    text = ("Tobias Wren (14) was seen at the hub. Staff called him 'Toby' and 'TW' in the log. "
            "TW left early on Friday.")
    dets = fast_engine.analyze(text)
    for m in re.finditer(r"TW", text):
        assert any(d.start <= m.start() < d.end for d in dets)


def test_a_gloss_binds_initials_to_a_name_even_when_they_spell_a_post(fast_engine) -> None:
    text = ("Family support worker Harriet Venn (HV) allocated.\n12/06 HV: no answer at the door. "
            "Later shared with HV only.")
    dets = fast_engine.analyze(text)
    assert sum(1 for d in dets if d.text == "HV" and d.entity_type == "PERSON") == 3
    plain = "The HV visited and the HV said the baby was well."
    assert [d.text for d in fast_engine.analyze(plain) if d.entity_type == "PERSON"] == []


# --- round 6: two capitals that are also an abbreviation, a list of initials after a comma, dotted Welsh
# patronymic initials -----------------------------------------------------------------------------------------------

ABBREVIATION_SHAPED = [
    # a police or role title before two capitals that the abbreviations list also holds (LD, PE, SM, TM)
    ("Housing. DC PE described the tenancy warnings. PE to send the file.", {"PE"}),
    # in apposition to a post
    ("Nobody told the school nurse, SM, about the move; SM learned of it in May.", {"SM"}),
    # an agent before and a role in brackets after
    ("14.03.2023 | Recorded by TM (PE) | Refused to change for the lesson.", {"TM"}),
    # a list of initials after a comma, names with Mc/Mac in it
    ("The panel is noted by initials alone, KD, BMcG and TF, with TF as clerk.", {"KD", "BMcG", "TF"}),
    # dotted initials with a Welsh patronymic particle in an attendee list
    ("Yn bresennol: H. ab I. (athro), EJ (nyrs)\n\nDywedodd H. ab I. fod y plentyn yn dawel.", {"H. ab I.", "EJ"}),
]


@pytest.mark.parametrize(("text", "initials"), ABBREVIATION_SHAPED)
def test_abbreviation_shaped_initials_in_a_persons_slot(fast_engine, text: str, initials: set[str]) -> None:
    dets = fast_engine.analyze(text)
    for ini in initials:
        for m in re.finditer(r"(?<![\w.])" + re.escape(ini) + r"(?![\w'’-])", text):
            assert any(d.start <= m.start() < d.end and d.entity_type == "PERSON" for d in dets), (ini, m.start())


@pytest.mark.parametrize("text", [
    "The GP (Riverside Health Centre) saw the baby twice.",  # a post takes an agency in brackets too
    "Present by post: SW (Gateway Team); HV; DC (PPB).",
    "Case closed, agreed by TM.",  # an agent alone: the team manager
    "She had an LD diagnosis, and PE was dropped from her timetable.",
])
def test_abbreviations_outside_a_persons_slot_stay_abbreviations(fast_engine, text: str) -> None:
    assert [d.text for d in fast_engine.analyze(text) if d.entity_type == "PERSON"] == []


@pytest.mark.parametrize("text, staff", [
    ("14/02/2024 night. On: PW (SL), DK, TA-M. 23:10 YP2 settled. PW informed on-call manager HQ. DK checked at 02:00.",
     {"PW", "DK", "TA-M", "HQ"}),
    ("Staff on shift: RB, CN and LF. 07:30 Handover to JP. JP read the log.", {"RB", "CN", "LF", "JP"}),
])
def test_staff_of_a_shift_in_a_residential_log(engine, text: str, staff: set[str]) -> None:
    assert staff <= set(found(engine.analyze(text), "PERSON"))


@pytest.mark.parametrize("text, people, not_people", [
    ("On: PW (SL), VdB, MK. VdB sat with YP3 until midnight.", {"VdB"}, set()),
    ("06/03/2024 – passed to G.ap.L (Flying Start lead). G.ap.L discussed with HV. HV to visit.", {"G.ap.L"}, {"HV"}),
    ("Apologies: D. Fairweather (GP adviser); KT (Probation Board).", {"KT"}, set()),
    ("Apologies: GP; CAMHS practitioner; EDT.", set(), {"EDT"}),
])
def test_more_initials_of_logs_and_minutes(engine, text: str, people: set[str], not_people: set[str]) -> None:
    names = set(found(engine.analyze(text), "PERSON"))
    assert people <= names and not (not_people & names)


def test_a_residential_logs_sign_offs_handovers_and_rota(engine) -> None:
    text = ("11/03/2024 21:10 – YP returned late. – PR (RSW, nights)\n"
            "12/03/2024 07:30 – Handover PR → G.ap H. YP asleep. – G.ap H.\n"
            "12/03/2024 17:00 – Manager (JL) informs EDT. – JL\n\n"
            "Rota for the week: days G.ap H., M-A.S.; lates VN; nights PR, agency worker; manager on call JL.")
    names = found(engine.analyze(text), "PERSON")
    assert {"PR", "G.ap H.", "JL", "VN", "M-A.S."} <= set(names)
    assert "EDT" not in names and "Rota" not in names


def test_a_post_in_capitals_before_a_bracket_is_no_person_slot(engine) -> None:
    assert "PE" not in found(engine.analyze("02.12.2022 | Logged by TM (PE) | Child Q refused to change for PE."))


def test_attendance_is_a_list_label(engine) -> None:
    text = "Attendance: KMcB (Team Leader), WD (Named Person, primary)\nApologies: none"
    assert {"KMcB", "WD"} <= set(found(engine.analyze(text), "PERSON"))


def test_a_shift_header_lists_its_staff(engine) -> None:
    text = ("Early shift (PD, NO'K, Tash) 07:30 YP up. Night shift (Tash, PD) 02:00 YP asleep. "
            "Tash to update the social worker.")
    names = found(engine.analyze(text), "PERSON")
    assert {"PD", "NO'K"} <= set(names) and names.count("Tash") == 3


@pytest.mark.parametrize("text, who", [
    ("Participants: DS K. Baird (Police Scotland), SW AN (Glasgow City HSCP). SW AN to visit.", "AN"),
    ("Signed: RJ / countersigned G ap D (team manager).", "G ap D"),
])
def test_more_initials_after_posts_and_patronymics(engine, text: str, who: str) -> None:
    assert who in found(engine.analyze(text), "PERSON")


def test_initials_in_brackets_after_an_agency_in_a_list(engine) -> None:
    text = ("Present: Chair (DCI, Public Protection), IDVA (TK), Children's Services (LM-W), Housing (P.O'R.).\n"
            "Apologies: Adult Mental Health (D.F-J.); On: Jojo (SL), NB.")
    names = set(found(engine.analyze(text), "PERSON"))
    assert {"TK", "LM-W", "D.F-J."} <= names and "SL" not in names and "DCI" not in names


def test_a_log_line_signed_without_a_dash(engine) -> None:
    text = "Mon 16:10 Y home. Logged. WQ\nMon 21:00 Y on phone. Refused to hand it over. WQ\nThe meeting agreed. OK"
    names = found(engine.analyze(text), "PERSON")
    assert names.count("WQ") == 2 and "OK" not in names


def test_initials_with_a_relative_in_brackets_are_a_family_members_whatever_they_spell(engine) -> None:
    # "DH" is the Department of Health too; "(MGM)" says a maternal grandmother came, and MGM is no one's initials
    text = ("Present: JB (SW); LH (Mum); DH (MGM); PR (paternal aunt). Apologies: SP (GP).\n"
            "- JB to complete the plan with LH and DH.")
    names = found(engine.analyze(text), "PERSON")
    assert names.count("DH") == 2 and "PR" in names and "MGM" not in names


def test_an_interviews_speaker_labels_are_no_one(engine) -> None:
    text = "INT: who lives in your house?\nCHILD: me and mammy\nINT: anyone else?\nCHILD: no"
    assert found(engine.analyze(text), "PERSON") == []


@pytest.mark.parametrize("text, initials", [
    ("MARAC 7 of 14. Victim: KLJ (31). Perpetrator: AP (35). NB: KLJ wants to stay; AP has key.", ["KLJ", "AP"]),
    ("Nominal 1: TW (19), linked vehicle. Nominal 2: GF (22). No online identifiers held for GF.", ["TW", "GF"]),
])
def test_initials_with_an_age_in_brackets_are_a_person_whatever_they_abbreviate(engine, text, initials) -> None:
    names = found(engine.analyze(text), "PERSON")
    assert all(names.count(i) == text.count(i) for i in initials), names


def test_a_key_stage_or_tier_number_in_brackets_is_no_age(engine) -> None:
    assert found(engine.analyze("The plan is at Tier (2); the SW (2) visits weekly."), "PERSON") == []


@pytest.mark.parametrize("text, initials", [
    ("New birth visit. Seen ȘP (baby) and mum AP. AP speaks Romanian, good English.", ["ȘP", "AP"]),
    ("Home clean. Dad WSM at work. WSM interviewed by police later.", ["WSM"]),
    ("Present: GW, health visitor; M.Ł., family support worker. M.Ł. said the flat was cold.", ["GW", "M.Ł."]),
])
def test_a_relatives_initials_and_initials_with_diacritics_are_people(engine, text, initials) -> None:
    names = found(engine.analyze(text), "PERSON")
    assert all(names.count(i) == text.count(i) for i in initials), names


def test_a_word_in_capitals_after_a_kin_word_is_still_a_word(engine) -> None:
    assert found(engine.analyze("Her mum IS the problem, the note says. MUM IS AT HOME."), "PERSON") == []


def test_a_relatives_initials_in_brackets_are_theirs_whatever_post_they_spell(engine) -> None:
    names = found(engine.analyze("Hi both. Mum (SW) rang at 5pm to say he has not come home."), "PERSON")
    assert names == ["SW"]
    assert found(engine.analyze("The SW (social worker) visited. Seen by the SW (Gateway Team)."), "PERSON") == []


def test_initials_after_a_team_manager_are_a_person(engine) -> None:
    names = found(engine.analyze("IRD. Present: SW AO, TM GS, DC Imrie. TM GS to chair the next one."), "PERSON")
    assert names.count("GS") == 2 and "AO" in names


def test_a_post_whose_holder_is_named_in_brackets_with_a_title_is_no_initials(engine) -> None:
    text = "Apologies: GP (Dr JMcC); EWO (SL). Minutes: KB."
    names = found(engine.analyze(text), "PERSON")
    assert "GP" not in names and "SL" in names


def test_initials_with_a_post_after_a_comma_in_a_list_of_posts_are_people(engine) -> None:
    text = ("Present: lead reviewer (chair); IT, social worker, Assessment Team; KB, health visitor; Designated Nurse.\n"
            "2. IT reflected that she had closed the case. KB remembered the family.")
    assert found(engine.analyze(text), "PERSON").count("IT") == 2


def test_a_list_of_posts_still_names_no_one(engine) -> None:
    assert found(engine.analyze("Present: Chair (CPC); Named Nurse (SHSCT); Designated Doctor; GP rep."), "PERSON") == []


@pytest.mark.parametrize("text, initials", [
    ("Item 3: KO-B (15, DOB 04.02.2008) MW reported that KO-B attends the sessions.", "KO-B"),
    ("Chair: MW (head teacher and Named Person). Recorder: PJ.\nChild: RT, aged 13.", "PJ"),
    ("Chair: MW (head teacher and Named Person). Recorder: PJ.\nChild: RT, aged 13.", "RT"),
])
def test_initials_with_an_age_and_date_of_birth_and_after_a_recorder_or_child_label(engine, text: str,
                                                                                     initials: str) -> None:
    assert initials in found(engine.analyze(text), "PERSON")


def test_an_attendance_list_that_gives_each_post_before_its_holders_initials(fast_engine) -> None:
    text = ("Present: GHa (chair); PN (panel); health visiting BQ and R-M T; police DC VW; school nurse OY; "
            "youth worker LK.\nOY said the referral was late. VW agreed.")
    people = found(fast_engine.analyze(text), "PERSON")
    assert {"GHa", "PN", "BQ", "R-M T", "VW", "OY", "LK"} <= set(people)
    assert people.count("OY") == 2 and people.count("VW") == 2


def test_a_list_of_posts_alone_stays_a_list_of_posts(fast_engine) -> None:
    text = "Present: Chair (CPC); school nurse; youth worker; police sergeant; named GP (Trust)."
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_a_relatives_initials_in_brackets_with_where_they_are_written(fast_engine) -> None:
    text = "The reviewer met Father (SAO on police systems) at home. Later SAO declined a second meeting."
    assert found(fast_engine.analyze(text), "PERSON") == ["SAO", "SAO"]


@pytest.mark.parametrize(("text", "initials"), [
    ("Practitioners' initials in the chronology (GT, JvdM) are to be replaced with posts.", ["GT", "JvdM"]),
    ("The initials DS and KO were used in the police log.", ["DS", "KO"]),
])
def test_initials_the_text_says_are_initials_are_people_whatever_they_spell(fast_engine, text: str,
                                                                            initials: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == initials


def test_the_initials_of_an_agency_are_not_a_person(fast_engine) -> None:
    assert found(fast_engine.analyze("The initials of the agency (NSPCC) were removed."), "PERSON") == []


def test_initials_typed_in_lower_case_in_an_attendance_list(fast_engine) -> None:
    text = ("Present: GHa (chair); PN (panel); jw (minutes); rk (Family Support Worker)\n\n"
            "3. Actions. jw to circulate the notes. rk said the family had engaged well.")
    assert found(fast_engine.analyze(text), "PERSON") == ["GHa", "PN", "jw", "rk", "jw", "rk"]


def test_a_chat_sender_by_initials_before_the_time(fast_engine) -> None:
    chat = "RW 09:02: any news on the girl?\nDSL 09:05: not yet\nTQ 09:07: I'll ring mum\n\nTQ rang at 10:00."
    assert found(fast_engine.analyze(chat), "PERSON") == ["RW", "TQ", "TQ"]


def test_a_list_of_initials_with_their_posts_after_a_dash(fast_engine) -> None:
    text = ("Attendees:\nGW - Chair, Service Manager, Front Door\nPC Ellis - Police, Child Abuse Investigation Unit\n"
            "MO'D - Designated Nurse, Safeguarding Team\nHN - Health Visitor\nTLB - DSL, high school\n\n"
            "2. GW opened the meeting. HN: no concerns at the last contact. TLB to share the log.")
    assert found(fast_engine.analyze(text), "PERSON") == ["GW", "PC Ellis", "MO'D", "HN", "TLB", "GW", "HN", "TLB"]


def test_a_list_of_posts_after_a_dash_names_no_one(fast_engine) -> None:
    text = "Present: Chair - Service Manager; SW - Assessment Team; DSL - high school\nNotes: the GP - not present."
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_initials_with_a_spaced_or_double_barrelled_surname_and_an_initial_with_a_surname(fast_engine) -> None:
    text = ("Present: GH (chair); R T-W (Police, MASH). Unable to attend: LW (housing), P O'D (addictions). "
            "Apologies: J. Okonkwo-Reid (Early Help).\n\n2. R T-W shared the log. P O'D to confirm attendance.")
    assert found(fast_engine.analyze(text), "PERSON") == ["GH", "R T-W", "LW", "P O'D", "J. Okonkwo-Reid", "R T-W",
                                                         "P O'D"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Present: GH (chair)\nSecretariat: rk\nApologies: none\n\n2. rk will circulate the notes. Minutes: tbc",
     ["GH", "rk", "rk"]),
    ("Action tracker (extract, last updated by jb)\n| 1 | Refresh the guidance | Draft with jb |", ["jb", "jb"]),
    ("'No PE kit again, given kit from spares. dm'\n'Phoned, says sick. dm'\n'tell miss at skl. pls'", ["dm", "dm"]),
])
def test_lower_case_initials_that_sign_or_keep_a_record(fast_engine, text: str, expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname's Mc or O' written apart from its initial, or the given initial apart: one person's initials
    ("Attended: TÓC (Probation); GH (school nurse); M O'D (youth worker, Education Authority).\n\n"
     "M O'D said that the boy had stopped coming.", ["TÓC", "GH", "M O'D", "M O'D"]),
    ("Present: F Mc K (Designated Nurse, Trust); RN (Chair)\n\nF Mc K and RN agreed the plan.",
     ["F Mc K", "RN", "F Mc K", "RN"]),
    ("| 3 | Audit the referrals | Head of Service (D O'R) | June 2026 | On track |", ["D O'R"]),
    # initials that spell a relative in another language ("amca", Turkish for an uncle) are still initials
    ("Present: RMcB (social work); AMcA (Education Authority)\n\nAMcA confirmed the school had the plan.",
     ["RMcB", "AMcA", "AMcA"]),
])
def test_initials_with_a_separate_surname_prefix_and_after_an_attended_label(fast_engine, text: str,
                                                                            expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected


def test_a_relative_in_another_language_is_no_name_however_it_is_written(fast_engine) -> None:
    text = "His Amca drove him home. The boy said his amca was kind. AMCA WAS ARRESTED IN 2022, the log said."
    assert found(fast_engine.analyze(text), "PERSON") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a timed log entry signed by the worker's initials in lower case, after its last full stop or a dash
    ("03/05/24 09:10 tc from school. boy not in again, no call from home. left msg. rj\n\n"
     "03/05/24 15:30 hv. mum in, says he had a cold. seen in bedroom, no marks. rj/nb\n\n"
     "04/05/24 10:00 strat disc with police. agreed single agency. pq", ["rj", "rj", "pq"]),
    ("18:05 galwad gan yr ysgol. dim ateb gartref. – hlo\n\n19:30 ymweld â'r tŷ. pawb yn iawn. – hlo/dwe",
     ["hlo", "hlo", "dwe"]),
    ("10/10/2024 14:00 visit cancelled by mum. rebooked. -sv\n\n11/10/2024 09:00 visit done. -sv", ["sv", "sv"]),
    # what a log ends an entry with that is no one's initials: a post after a full stop, "dna", "nfa", "ok"
    ("12/03/24 10:00 clinic appt. dna\n\n13/03/24 11:00 discussed with team. sw\n\n14/03/24 09:00 closed. nfa", []),
    # an action's owner typed in lower case, in a numbered or bulleted list, in English or Welsh
    ("Actions\n1. tjm to write to the GP.\n2. kfo to check the school roll.\n3. mum to call the school.",
     ["tjm", "kfo"]),
    ("Camau gweithredu\n- bhr i ysgrifennu at y meddyg teulu.\n- sw i ffonio'r ysgol.", ["bhr"]),
    # a list label with a note in brackets; the list's last item in lower case, ended by a full stop
    ("Present (initials as on the sign-in sheet): QW (chair); jd (business support, notes).\nApologies: none.",
     ["QW", "jd"]),
])
def test_lower_case_initials_that_sign_an_entry_or_own_an_action(fast_engine, text: str,
                                                                 expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected


def test_a_list_labelled_as_posts_names_no_one_by_its_abbreviations(fast_engine) -> None:
    text = ("Yn bresennol (yn ôl rôl): Cadeirydd (Swyddog Adolygu); GC1 a GC2 (Gwasanaethau Plant); Rheolwr Tîm; "
            "YI (Teuluoedd yn Gyntaf); PDD (ysgol uwchradd); Nyrs Ysgol.")
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_initials_and_abbreviations_listed_together_are_not_declared_initials(fast_engine) -> None:
    text = ("The girl told the DT about the messages. The school's use of initials and abbreviations (DT, SW, PPB) "
            "made the record hard to follow. Staff initials in the log (KR, TW) were kept. KR said so.")
    assert found(fast_engine.analyze(text), "PERSON") == ["KR", "TW", "KR"]


def test_initials_a_welsh_text_declares_are_someones(fast_engine) -> None:
    text = "Mae'r llythrennau blaen (TRh, BLl, EM) yn adnabod staff. Cytunodd EM i ffonio'r ysgol."
    assert found(fast_engine.analyze(text), "PERSON") == ["TRh", "BLl", "EM", "EM"]
