"""Initials of people (issue 11): a title before initials, minutes lists whose role bracket ends the sentence, the
other spelling of found initials, initials with a name's prefix or digraph, an initial with a surname, a letter for
a relative; and the abbreviations of posts that stay non-persons. Every initial and word here is invented and in no
evaluation set."""

from __future__ import annotations

import pytest

from tests.anonymise.conftest import found

FINDS = [
    # a title before initials, whatever the letters spell, and their bare uses
    ("08/03/2024 F2F, Dr QV. Seen alone, weight 9kg.\n\nThe three clinicians (QV, JQ and Dr ZF) never met.",
     {"Dr QV", "QV", "Dr ZF"}),
    ("Present: Mr VZ (stepfather); Mrs Y. (grandmother). Apologies: Dr W (GP).\n\nMr VZ left early.",
     {"Mr VZ", "Mrs Y.", "Dr W"}),
    ("Yn bresennol: Dr H.ap W. (pediatregydd), Mrs DdV (mam).", {"Dr H.ap W.", "Mrs DdV"}),
    ("Mrs Q. informed by phone; the school then rang Mr RR about the bruise.", {"Mrs Q.", "Mr RR"}),
    # a minutes item whose role bracket ends the sentence, and the hyphenated or colon-less minute taker
    ("Date: 04/02/2024. Chair: JQ (Team Leader, Housing). Minute-taker: GMcY.\nPresent: Sgt T. Vexley (Police).\n\n"
     "JQ asked for the chronology.", {"JQ", "GMcY"}),
    ("Present: KX (Chair); LZ (Health Visitor); minute taker YO'F.\nApologies: Dr QT (GP).", {"KX", "LZ", "YO'F", "Dr QT"}),
    ("Cadeirydd: RR (Rheolwr Tîm, Tai). Yn bresennol: EZ (ysgol).", {"RR", "EZ"}),
    # the other spelling of found initials, with full stops or without
    ("Present: Q.W. (Housing), ZMcQ (School Nursing).\n\nThe notes later use \"QW\" and \"Z.McQ\" for the same two "
     "people.", {"Q.W.", "ZMcQ", "QW", "Z.McQ"}),
    ("Cofnodwyd gan: LlV (tiwtor)\n\nRoedd \"LlV\" ac \"Ll.V.\" yr un person.", {"LlV", "Ll.V."}),
    # initials with a name's prefix or digraph, wherever they stand
    ("Her key worker, recorded as QMcD in the case notes, saw her twice. The chair (JdeV) agreed.", {"QMcD", "JdeV"}),
    # dotted initials after a pseudonym word
    ("Birth visit. Baby V.Q. feeding well; Mum (X.Z.) tired.", {"V.Q.", "X.Z."}),
    # an initial joined to a surname, and an initial with the surname of a name given in full
    ("Logged by: T.Vexley (Head of Year)", {"T.Vexley"}),
    ("Mum's partner Oberon Stonehaven was present. Oberon was recorded as \"O. Stonehaven, no fixed abode\".",
     {"O. Stonehaven"}),
    # a Welsh digraph initial inside a name is one name with its title and surname
    ("Yn bresennol: DC Ll. Vexley (Heddlu), Dr Rh. Oberon (pediatregydd).", {"DC Ll. Vexley", "Dr Rh. Oberon"}),
    # a capital letter for a relative, and the same letter quoted
    ("Seen with R (boyfriend, not named) in the room. The boyfriend, recorded only as \"R\", was not checked.",
     {"R"}),
    # initials in apposition to a person who is no professional, or glossed as one after them
    ("Police linked the account to an adult, DW, who was already known. It belonged to a 34-year-old man, JRW, who "
     "had a conviction. \"T\" was TM, a nineteen-year-old who used the name.", {"DW", "JRW", "TM"}),
    # initials in a minute-taker's or a facilitator's field, and a log signed with a department in brackets
    ("Facilitator: JMcA. Notes: RK. 21/02/2023 09:15 - Logged by AP (Attendance). Student absent.",
     {"JMcA", "RK", "AP"}),
    # someone's home by their initials, and the initials' other uses
    ("18.06.23 22:40 – YP returned late. Said she'd been at MK's. MK not known to staff.", {"MK"}),
]


@pytest.mark.parametrize("text, expected", FINDS)
def test_initials_of_people_are_found(fast_engine, text: str, expected: set[str]) -> None:
    got = set(found(fast_engine.analyze(text), "PERSON"))
    assert expected <= got, (expected - got, got)


NON_FINDS = [
    # abbreviations of posts that a text lists as such
    ("Records used initials for every professional: SW, HV, TK, DT, EWO. \"TK\" meant two things.", {"TK", "SW", "HV"}),
    # a telephone consultation in a GP entry
    ("12/02/2024 Tel, Dr QV. Mum rang about a rash.", {"Tel"}),
    # a post with its holder's initials in brackets: the post is no initials
    ("Present: KX (Chair). Apologies: GP (QT).", {"GP"}),
    # a title before a numbered post is a pseudonym
    ("Dr GP 1 saw Child A on the ward.", {"Dr GP", "GP"}),
    # an organisation whose abbreviation carries a Welsh digraph, before its name
    ("Roedd y clwb yn aelod o CFfI Cymru ers 2019.", {"CFfI"}),
    # a title before an initial and a surname is the whole name, not the title and the initial
    ("Present: Dr A. Vexley (GP).", {"Dr A."}),
    # a title before the letter of a pseudonym the text uses is the family's pseudonym ("Child J" ... "Mr J")
    ("Child J lived with Mr J and Ms J. Mr J worked nights.", {"Mr J", "Ms J", "Ms J."}),
    # a place after a pseudonym letter, with no name that gives it as a surname
    ("Staff who saw Child N. Dunoon police were told the next day.", {"N. Dunoon"}),
    # an agency glossed as one, and a post glossed as a person, are no one's initials
    ("She went to the GP's and then to KFC's; later she was seen at the LA's offices.", {"GP", "KFC", "LA"}),
    ("The LA, a unitary authority, and CAMHS, a specialist service, met. The GP, a woman in her fifties, said so.",
     {"LA", "CAMHS", "GP"}),
]


@pytest.mark.parametrize("text, absent", NON_FINDS)
def test_post_abbreviations_and_labels_are_not_initials(fast_engine, text: str, absent: set[str]) -> None:
    got = set(found(fast_engine.analyze(text), "PERSON"))
    assert not (absent & got), (absent & got, got)


def test_title_initials_keep_the_dot_of_one_letter_and_drop_a_sentence_stop() -> None:
    from anonymise.recognizers import minutes

    text = "Mr P. (father) and Dr JK. Then Dr S. Vexley came."
    assert [text[s:e] for s, e in minutes.title_initials(text)] == ["Mr P.", "Dr JK"]


@pytest.mark.parametrize("text, name", [
    # a log line that opens with a day and a time and ends with initials, under a heading line
    ("Unit record (extract)\n\nWed 09:10 R up late. Refused breakfast. Logged. QW\nWed 13:00 R at school. QW", "QW"),
    # one given initial, a hyphen and the rest, signing a log line
    ("Fri 23:30 R not in room. Police informed. T-LW\nSat 01:10 R returned. T-LW", "T-LW"),
    # initials in brackets after signing
    ("Plan reviewed on 3 May. Team manager countersigned (VQ) the same day.", "VQ"),
    # Welsh digraph initials with dots, and a patronymic
    ("Discussion: E. Dd. reported that Child P had missed school.", "E. Dd."),
    ("Attendees: Th.ap.M. (team manager, chair); social worker.", "Th.ap.M."),
    # an agency in Welsh, then who came for it, as the last item of a list
    ("Yn bresennol: Cadeirydd (Heddlu); Tai (BWQ).\nYmddiheuriadau: Gwasanaeth Prawf (UV).", "UV"),
])
def test_initials_in_logs_signatures_and_welsh_lists(fast_engine, text: str, name: str) -> None:
    assert name in found(fast_engine.analyze(text), "PERSON")


@pytest.mark.parametrize(("text", "initials"), [
    # the letters spell a post or a message ("DM", "DI"); the name beside them says whose they are
    ("Spoke to DM (Dale Murray, club secretary), who denied it.", "DM"),
    ("Her uncle, Calum Iain Morrison, known as CI, collected her. CI had no checks.", "CI"),
    ("The lodger, Peter Roy Kane, also known as PRK, moved out. PRK left no address.", "PRK"),
])
def test_initials_given_as_another_form_of_a_name_beside_it(fast_engine, text: str, initials: str) -> None:
    people = found(fast_engine.analyze(text), "PERSON")
    assert initials in people and people.count(initials) == text.count(initials)


def test_initials_before_a_bracket_of_someone_else_are_not_glossed(fast_engine) -> None:
    assert "PK" not in found(fast_engine.analyze("Spoke to PK (Dale Murray, club secretary), who denied it."))
