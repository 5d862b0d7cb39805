"""Dates: every UK style, birth context, and what is not a date finding."""

from __future__ import annotations

import pytest

from anonymise.recognizers import dates


def _found(text):
    return [(d.text, d.entity_type) for d in dates.recognizer().analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("date of birth 09/07/2016, UPN", [("09/07/2016", "DATE_OF_BIRTH")]),
    ("(Hamza, born 2nd March 2012) attended", [("2nd March 2012", "DATE_OF_BIRTH")]),
    ("Mingyu (born March 3, 2020) lived", [("March 3, 2020", "DATE_OF_BIRTH")]),
    ("DOB 14.05.2018, H&C", [("14.05.2018", "DATE_OF_BIRTH")]),
    ("Oliwia (born 12.04.21) was", [("12.04.21", "DATE_OF_BIRTH")]),
    ("12-Jan-2022: Baby T born at", [("12-Jan-2022", "DATE_OF_BIRTH")]),
    ("2022-11-08 – Baby T born at 34 weeks", [("2022-11-08", "DATE_OF_BIRTH")]),
    ("14 February 2022: Mother brought", [("14 February 2022", "DATE")]),
    ("On 3 October 2021 West Yorkshire Police", [("3 October 2021", "DATE")]),
    ("meeting on 14/03/24.", [("14/03/24", "DATE")]),
    ("the 1st of June 2023 visit", [("1st of June 2023", "DATE")]),
    ("19-Mar-2022: A neighbour", [("19-Mar-2022", "DATE")]),
])
def test_dates_found(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "in May 2021 and June 2022",
    "in summer 2023",
    "on 1 January as a general rule",
    "31/02/2023 is not a real date",
    "paragraph 1.2.3 of the guidance",
    "aged 7 months; 15 working days",
    "Working Together 2023",
])
def test_not_dates(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("on 03 Mar 19 at the clinic", [("03 Mar 19", "DATE")]),
    ("12-Jan-22: seen by the GP", [("12-Jan-22", "DATE")]),
    ("Tuesday 3 March 2019", [("3 March 2019", "DATE")]),
    ("born on the 5th of May, 2014", [("5th of May, 2014", "DATE_OF_BIRTH")]),
    ("(DOB: 01/02/2013)", [("01/02/2013", "DATE_OF_BIRTH")]),
])
def test_more_layouts(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # event dates without a year: an article, a clock time or a weekday makes them exact
    ("she rang the ward at 10.30pm on the 21st of June and", [("21st of June", "DATE")]),
    ("On the 2nd August the family moved", [("2nd August", "DATE")]),
    ("On 17th May the school rang", [("17th May", "DATE")]),
    ("at 07:15 on 9 May the ambulance arrived", [("9 May", "DATE")]),
    ("seen on Friday 14 October by", [("14 October", "DATE")]),
    # general statements are not findings
    ("the rota changes on the 1st of April each year", []),
    ("reviewed on 1 April as a matter of policy", []),
    ("every 1 January the figures are published", []),
    # a dotted short date opening a chronology entry
    ("Summary\n\n7.4.22: Home visit by the social worker", [("7.4.22", "DATE")]),
    ("- 18.11.21 – seen in clinic", [("18.11.21", "DATE")]),
    ("see 4.2.21 in the appendix", []),
    ("w/c 9.5.22 the family moved", [("9.5.22", "DATE")]),
    ("8 Nov 21: home visit", [("8 Nov 21", "DATE")]),
    ("aged 8 Nov 21 children", []),
    ("On October 12th the police attended", [("October 12th", "DATE")]),
    ("Weds 12th October: seen by the GP", [("12th October", "DATE")]),
    ("12 October is the deadline for returns", []),
    ("| 31 March | annual report to the board |", []),
])
def test_event_dates_without_year_and_chronology_entries(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wed 7.9.21 home visit by the social worker", [("7.9.21", "DATE")]),  # a weekday before a dotted date
    ("Notes. Fri. 14.1.23: strategy meeting", [("14.1.23", "DATE")]),
    ("see paragraph 4.2.21 of the plan", []),  # no weekday, no date word: a section number
    ("18.06.23 22:40 – YP returned late", [("18.06.23", "DATE")]),  # a clock time after it: a log entry's date
    ("passed to the manager. 24.06.23 01:15 YP missing", [("24.06.23", "DATE")]),
    ("logged 19.06.23 0755hrs by staff", [("19.06.23", "DATE")]),
    ("see sections 4.2.21 and 4.2.22 of the plan", []),
    ("call logged 2022-11-09T14:30 by the duty team", [("2022-11-09", "DATE")]),  # an ISO timestamp
    ("Core group 14.03.23; review conference in three months", [("14.03.23", "DATE")]),  # padded: a form's date
    ("Dylai'r clais a welwyd ar 1af Mawrth fod wedi arwain at atgyfeiriad", [("1af Mawrth", "DATE")]),  # Welsh ordinal
    ("Cyrhaeddodd yr ysgol ar 16eg Hydref gyda marciau coch", [("16eg Hydref", "DATE")]),
    ("strategy discussion 05.11.22 agreed a section 47", [("05.11.22", "DATE")]),
    ("see paragraphs 4.10.12 and 10.11.12 of the plan", []),  # unpadded: section numbers
])
def test_weekday_before_dotted_short_date(text, expected):
    assert _found(text) == expected


def test_compact_log_dates_and_commencement_dates() -> None:
    from anonymise.recognizers.dates import recognizer

    rec = recognizer()
    assert [(d.text, d.entity_type) for d in rec.analyze("NOMINAL TRACED: JAMIE BAKER, DOB 11NOV1993. SEEN")] == [
        ("11NOV1993", "DATE_OF_BIRTH")]
    for text in ("the Order, which came into force on 4 November 1996, places a duty",
                 "the Act, in force since 21 March 2022, applied", "guidance published on 15 December 2023",
                 "reviews referred on or after 1 October 2024", "a ddaeth i rym ar 6 Ebrill 2016",
                 "partnerships replaced the local boards by 29 September 2019",
                 "Ers 21 Mawrth 2022 nid oes amddiffyniad o gosb resymol yng Nghymru"):
        assert rec.analyze(text) == [], text
    # the same day told as an event of the case is the case's date
    assert [d.text for d in rec.analyze("On 29 September 2019 the boy was seen at school.")] == ["29 September 2019"]


@pytest.mark.parametrize("text, expected", [
    # a weekday written in full before a day and month, in English or Welsh (mutated too), dates it without a year
    ("the assessment stayed open until Thursday 9 November, when", [("9 November", "DATE")]),
    ("Ni ddaeth yr adroddiad tan ddydd Iau 12 Hydref.", [("12 Hydref", "DATE")]),
    ("Ffoniodd y feddyg ddydd Sadwrn 4 Tachwedd am 10yb", [("4 Tachwedd", "DATE")]),
    ("Notes\n\nDydd Mercher 7 Chwefror – Ymwelodd y nyrs â'r cartref", [("7 Chwefror", "DATE")]),
    ("Gwelwyd hi ar y 9fed o Fehefin yn y clinig", [("9fed o Fehefin", "DATE")]),
    ("Cyfarfu'r grŵp ddydd Llun cyntaf bob mis", []),  # a weekday without a date
    ("ar 12 Hydref bob blwyddyn", []),  # no article, ordinal or weekday: a general statement
    # a chronology whose entries open with dotted short dates and no mark after them
    ("Record\n11.02.19 Seen by the school nurse.\n27.03.19 Missed the dental check.",
     [("11.02.19", "DATE"), ("27.03.19", "DATE")]),
    ("Contents\n2.1.22 Background and scope", []),  # one such line is a section number
])
def test_weekday_dates_without_year_and_dotted_chronologies(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause telling what a law did is public, not part of the case
    ("the Children (Scotland) Act 2020, under which the right to be heard was extended on 1 September 2022", []),
    ("the Smoking Act, by which the duty moved to councils on the 3rd of March", []),
    # a case date in a sentence that names a law is still a case date
    ("under the Act the child was removed on 1 September 2022", [("1 September 2022", "DATE")]),
])
def test_what_a_law_did_on_a_date_is_public(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, date", [
    ("Nid oedd i'w rannu â'r gweithiwr cymdeithasol tan y 14eg o Fehefin.", "14eg o Fehefin"),
    ("4ydd Tachwedd Galwad ffôn gan y fam yn gofyn am gymorth.", "4ydd Tachwedd"),
    ("Diweddariad (7fed Chwefror, RhW): absennol eto.", "7fed Chwefror"),
])
def test_a_welsh_ordinal_day_and_month_without_a_year_dates_an_event(text: str, date: str) -> None:
    assert date in [d.text for d in dates.DateRecognizer().analyze(text)]


def test_a_welsh_day_every_year_is_no_event() -> None:
    assert dates.DateRecognizer().analyze("Mae Dydd Gŵyl Dewi ar 1af Mawrth bob blwyddyn.") == []


@pytest.mark.parametrize(("text", "date"), [
    ("'22ain mawrth. aeth fi allan efo nhw eto.'", "22ain mawrth"),
    ("'3ydd o fehefin. neb adra.'", "3ydd o fehefin"),
])
def test_a_welsh_ordinal_day_with_its_month_in_lower_case(text: str, date: str) -> None:
    assert [d.text for d in dates.recognizer().analyze(text)] == [date]


@pytest.mark.parametrize(("text", "date"), [
    ("The social worker was on leave until 3rd March; her manager covered.", "3rd March"),
    ("Mother asked for the report by 12th October and did not get it.", "12th October"),
])
def test_a_day_and_month_after_until_or_by_dates_an_event(text: str, date: str) -> None:
    assert [d.text for d in dates.recognizer().analyze(text)] == [date]


def test_by_a_day_each_year_is_no_event() -> None:
    assert dates.recognizer().analyze("Plans are reviewed by 31 March each year.") == []


@pytest.mark.parametrize(("text", "found"), [
    ("Action: the GP to send the letter by 3/11. Agreed.", ["3/11"]),
    ("Nan said she last saw the marks on 28/2 when she bathed him.", ["28/2"]),
    ("Core group w/c 7/10 and again on Thurs 16/10.", ["7/10", "16/10"]),
    ("2/5 – school nurse drop-in.\n9/5 14:15 call from nursery.", ["2/5", "9/5"]),
    ("Gwelodd yr ymwelydd iechyd y plentyn ar 21/6 yn y cartref.", ["21/6"]),
    # counts, fractions and scores are no dates
    ("She was seen on 3/4 occasions by the same nurse; on 2/3 school days she was late.", []),
    ("Attendance dropped by 1/4 in the spring; each visit lasted 1/2 hour.", []),
    ("He scored 7/10 in the spelling test and 12/5 is no date at all.", []),
    ("1/2 of the referrals came from schools.", []),
])
def test_a_day_and_month_in_figures_without_a_year(text: str, found: list[str]) -> None:
    assert [d.text for d in dates.recognizer().analyze(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # an event or a practitioner right before a day and month in figures, closing its clause
    ("Seen in fracture clinic 14/3; cast off. Review by Dr Osei 2/4, no concerns.", ["14/3", "2/4"]),
    ("Calls to the house since May, latest 9/8, all graded standard.", ["9/8"]),
    ("Cough 3/7, seen 2/7 ago, temp 38.", []),
    # a range, a date field, a past event told in the sentence, a chronology line with a two-figure year
    ("Between 2 June and 9 June the account posted daily.", ["2 June", "9 June"]),
    ("Date: 4th Oct\nVenue: school\nDate of next meeting: 8th December.", ["4th Oct", "8th December"]),
    ("The health visitor rang the mother on 12 July and was told the family had moved.", ["12 July"]),
    ("Plans are reviewed on 1 April as a matter of policy. Staff agreed that reviews happen on 1 March.", []),
    ("Chronology\n4 Mar 22. The nursery notes a bruise.\n9 Mar 22. Strategy discussion.", ["4 Mar 22", "9 Mar 22"]),
    ("CUSTODY RECORD 14NOV22 03:10 DP BOOKED IN.", ["14NOV22"]),
])
def test_event_dates_by_their_context(text: str, found: list[str]) -> None:
    assert [d.text for d in dates.recognizer().analyze(text)] == found


def test_a_dotted_short_date_opening_a_quoted_entry() -> None:
    text = "The log, as written: '3.11.22. KB home visit.' and '10.11.22. Joint visit.' Section 1.2.21 of the plan."
    assert [d.text for d in dates.recognizer().analyze(text)] == ["3.11.22", "10.11.22"]
