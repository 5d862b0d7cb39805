"""Exact day-level dates in every UK style; a date with birth context is a DATE_OF_BIRTH, any other a DATE.

Month-year dates ("May 2021"), years, seasons and day-month dates without a year are not findings.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from importlib import resources
import re

from anonymise.recognizers.base import context_after, context_before, detection
from anonymise.types import Detection

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Welsh month names (Welsh parallel texts): Ionawr ... Rhagfyr
    "iona": 1, "chwe": 2, "mawr": 3, "ebri": 4, "mai": 5, "mehe": 6, "gorf": 7, "awst": 8, "medi": 9, "hydr": 10,
    "tach": 11, "rhag": 12,
    # their mutated forms after "o" (of) or "ym mis": "14eg o Fawrth", "5ed o Fedi"
    "fawr": 3, "fai": 5, "fehe": 6, "orff": 7, "fedi": 9, "dach": 11, "ragf": 12,
}
_MONTH = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
          r"|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
          r"|Fawrth|Fai|Fehefin|Orffennaf|Fedi|Dachwedd|Ragfyr)\.?")
_ABBREVIATED = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# English ordinals and the Welsh ones (1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?"
_YEAR = r"(?P<year>(?:19|20)\d{2}|'\d{2})"
# day and month on one line, or wrapped at one line break; never across a paragraph ("Year 6\n\nSeptember 2021")
DAY_MONTH_YEAR = re.compile(r"(?=\d)(?<![\w/])" + _DAY + r"(?:\s+(?:of|o))?(?:[ \t\u00a0-]+|[ \t]*\n[ \t]*)" + _MONTH +
                            r",?[\s-]+" + _YEAR + r"(?![\w/])", re.IGNORECASE)
# Chronology shorthand with a two-digit year: "03 Mar 19", "12-Jan-22".
SHORT_YEAR = re.compile(r"(?=\d)(?<![\w/])(?P<day>[0-3]?\d)([\s-])" + _MONTH.replace("\\.?", "") + r"\2(?P<year>\d{2})(?![\w/]|:\d)",
                        re.IGNORECASE)
# Police and system logs run the parts together: "DOB 11NOV1993", "02Mar2021".
COMPACT = re.compile(r"(?=\d)(?<![\w/])(?P<day>[0-3]?\d)(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                     r"(?P<year>(?:19|20)\d{2}|(?-i:(?<=[A-Z]))\d{2})(?![\w/])", re.IGNORECASE)  # "03JUN23" too
MONTH_DAY_YEAR = re.compile(r"(?=[A-Za-z])(?<![\w/])" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"(?![\w/])", re.IGNORECASE)
NUMERIC = re.compile(r"(?=\d)(?<![\w/.:-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mon>[01]?\d)(?P=sep)"
                     r"(?P<year>(?:19|20)\d{2}|\d{2})(?![\w/]|[.-]\d)")
# an ISO timestamp keeps its date: "2023-04-03T10:00"
ISO = re.compile(r"(?=[12])(?<![\w/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<mon>[01]\d)(?P=sep)(?P<day>[0-3]\d)"
                 r"(?!(?!T\d)[\w/]|[.-]\d)")
# An event date without a year in a narrative: "at 9pm on the 3rd of March", "on Friday 14 June", "On February 3rd",
# or opening a chronology entry: "Tues 14th March: seen by the GP".
# Welsh weekdays: "dydd Llun", mutated after a preposition or as an adverb of time ("tan ddydd Gwener")
# a weekday written short before a date or a time opens many chronology lines ("Tue 07/02/2023", "Thurs 4 May",
# "Sat 14:20"): never a name, though "Tue" and "Sat" are in name lists (the engine blocks it for the person
# recognizer; the date itself is labelled without its weekday)
SHORT_WEEKDAY = re.compile(
    r"(?=[MTWFS])\b(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?(?=\s+\d{1,2}(?:[/.:\-]\d|\s+[A-Z][a-z]|"
    r"(?:st|nd|rd|th)\b))"
    # a diary's day heading: "Tue. Contact at the family centre", "Thu. Storm had a nightmare"
    r"|(?=[MTWFS])(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=\s)", re.MULTILINE
)
_WD_CY = r"(?:(?:dydd|ddydd|nydd)\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul),?\s+)"
_WD = r"(?:(?:Mon|Tues?|Wed(?:nes|s)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+|" + _WD_CY + r")"
# a weekday written in full before a day and month dates it whatever comes before ("until Friday 18 August")
_WD_FULL = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|" + _WD_CY + r")"
_ON = (r"(?P<on>(?:on|ar|until|till|by|since|night\s+of|morning\s+of|evening\s+of|afternoon\s+of|"
       r"(?P<span>between|from)|"
       # a record's date field: "Date: 16th Nov", "Date of next meeting: 11th January", "Dyddiad: 7fed Chwefror"
       r"(?P<field>(?:date|dyddiad)(?:\s+of\s+(?:the\s+)?(?:next\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*:))\s*" + _WD +
       r"?(?:(?:the|y)\s+)?"
       r"|(?P<line>(?:^|\n)[ \t]*(?:[-*•|][ \t]*)?" + _WD + r"?)|(?P<wd>" + _WD_FULL + r"))")
_NO_YEAR = r"(?!\w|,?[\s-]+(?:(?:19|20)\d\d|'?\d\d)\b)"
ON_DAY_MONTH = re.compile(r"(?<![\w/])" + _ON + r"(?P<date>" + _DAY + r"(?:\s+(?:of|o))?\s+" + _MONTH + r")" + _NO_YEAR,
                          re.IGNORECASE)
# a Welsh ordinal day with its month and no year dates an event wherever it stands ("tan y 13eg o Fehefin", "3ydd
# Tachwedd Galwad ffôn", "(6ed Chwefror, RhW)"): Welsh writes the ordinal only for a day of a month
WELSH_ORDINAL_DAY_MONTH = re.compile(r"(?<![\w/])(?P<date>(?P<day>[1-9]|[12]\d|3[01])(?:af|il|ydd|ed|fed|eg|ain)\s+(?:o\s+)?"
                                     r"(?P<mon>(?i:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|"
                                     r"Tachwedd|Rhagfyr|Fawrth|Fai|Fehefin|Orffennaf|Fedi|Dachwedd|Ragfyr)))" + _NO_YEAR)
# (the month in lower case too, as a diary or a message writes it: "14eg chwefror. cal rhosod")
ON_MONTH_DAY = re.compile(r"(?<![\w/])" + _ON + r"(?P<date>" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th))" + _NO_YEAR,
                          re.IGNORECASE)
CLOCK = re.compile(r"\b(?:[01]?\d(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|[0-2]\d:[0-5]\d|[0-2]\d[0-5]\d\s?hrs|midnight|"
                   r"noon|midday)\b", re.IGNORECASE)
# A weekday before a dotted date makes it a date ("Tues 10.5.22: home visit"), never a section number.
WEEKDAY_BEFORE = re.compile(r"\b" + _WD + r"$", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$", re.IGNORECASE)
# A general statement, not an event: "on 1 April each year", "every 1 January", "from 1 October 2024".
RECURRING = re.compile(r"^,?\s*(?:each|every|of\s+each|of\s+every|annually|in\s+(?:any|each|every)\s+year|"
                       # a rule, not an event: "reviewed on 1 April as a matter of policy", "as a rule", "by default"
                       r"as\s+a\s+(?:general\s+)?rule|as\s+a\s+matter\s+of\s+(?:course|policy|routine)|as\s+standard|"
                       r"by\s+default|"
                       r"(?:bob|pob)\s+blwyddyn|yn\s+flynyddol)\b")  # (Welsh "every year", "annually")
# A chronology entry opened by a dotted short date: "3.2.23: Strategy discussion", "14.11.22 - Home visit".
# (also an entry quoted as written: "'12.10.22. CB home visit")
LINE_START = re.compile(r"(?:^|\n|\s['‘\"“])[ \t]*(?:[-*•|][ \t]*)?$")
ENTRY_AFTER = re.compile(r"^\s*(?::|[-–—]\s|\|)")
# ... or a full stop and the entry's first capital: "4 Mar 22. The nursery notes", "'12.10.22. CB home visit"
ENTRY_STOP = re.compile(r"\.\s+[A-Z]")
# a clock time right after a short dotted date makes it a date, never a section number ("18.06.23 22:40 – YP out")
TIME_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?:at[ \t]+)?[0-2]?\d:[0-5]\d(?!\d)|[ \t]+[0-2]\d[0-5]\d[ \t]*(?:hrs|h)\b")
# A chronology whose entries open with a dotted short date and no mark after it ("03.08.18 New birth visit"): two
# such line starts in a text make each of them a date
DOTTED_ENTRY = re.compile(r"(?:^|\n)[ \t]*[0-3]?\d\.[01]?\d\.\d{2}[ \t]+[A-Z]")
BIRTH_BEFORE = re.compile(
    r"(?:\bborn\b|date of birth|\bdob\b|d\.o\.b|birth ?date|\bb\.|birthday|\bganwyd\b|dyddiad geni)[^.;\n]{0,40}$"
    r"|(?:date of birth|\bdob\b)[^;\n]{0,60}$")
# A date a law or guidance came into force or was published is public, not part of the case: "came into force on
# 4 November 1996", "in force since 21 March 2022", "published on 15 December 2023", "reviews referred on or after
# 1 October 2024", "a ddaeth i rym ar 6 Ebrill 2016".
COMMENCEMENT_BEFORE = re.compile(
    r"(?:\b(?:came|come|comes|coming|entered|enters|brought|comes?)\s+into\s+(?:force|effect|operation)(?:\s+[a-z]+ly)?|"
    r"\bin\s+force\s+(?:since|from)|\bcommenc(?:ed|es|ing)|\bcommencement\s+date\s+(?:was|is|of)|"
    r"\b(?:was|were|is|been)\s+published|\bpublished|\bon\s+or\s+(?:after|before)|\bhaving\s+effect\s+from|"
    r"\bi\s+rym|\bmewn\s+grym\s+(?:ers|o)|\bcyhoeddwyd|"
    r"\b(?:royal\s+)?assent|\b[cg]ydsyniad\s+[bf]renhinol|\bnghydsyniad\s+brenhinol)"
    r"\s+(?:on\s+|ar\s+|from\s+|(?:dydd\s+|ddydd\s+)?)?(?:the\s+)?$", re.IGNORECASE)
# A milestone of a law, convention or guidance named earlier in the sentence is public too: "the UN Convention on
# the Rights of the Child, adopted on 20 November 1989", "the Act was passed on ..."; a child adopted on a date is
# not (no law is named), nor is a court order made in the case.
MILESTONE_BEFORE = re.compile(r"\b(?:adopted|ratified|enacted|passed|mabwysiadwyd|cadarnhawyd|pasiwyd|"
                              r"(?:took|takes|taken|take)\s+effect|with\s+effect\s+from|"
                              r"(?:came|come|comes)\s+into\s+effect|effective\s+from)"
                              r"\s+(?:on\s+|ar\s+)?(?:the\s+)?$", re.IGNORECASE)
# a law or statutory guidance named in the sentence ("Working Together to Safeguard Children 2023 took effect on ...");
# a court order in the case is not one ("the order took effect on ..." stays a case date)
LAW_IN_SENTENCE = re.compile(r"\b(?:Act|Regulations|Convention|Declaration|Charter|Treaty|Deddf|Ddeddf|Rheoliadau|"
                             r"Working\s+Together|Statutory\s+Guidance|statutory\s+guidance|Code\s+of\s+Practice|"
                             r"Confensiwn|Gonfensiwn|Datganiad)\b")
BIRTH_AFTER = re.compile(r"^[^.;\n]{0,25}\bborn\b|^\s*\((?:dob|date of birth)")


def _year(y: str) -> int:
    y = y.lstrip("'")
    if len(y) == 2:
        return 2000 + int(y) if int(y) <= 40 else 1900 + int(y)
    return int(y)


def _zero_padded(m: re.Match[str]) -> bool:
    """A dotted date written the way a form writes one, day and month in two digits with a leading zero
    ("14.03.23", "05.11.22"): a section number is not padded ("1.2.21", "4.10.12")."""
    day, mon = m.group("day"), m.group("mon")
    return len(day) == 2 and len(mon) == 2 and (day[0] == "0" or mon[0] == "0")


def _valid(m: re.Match[str]) -> bool:
    mon = m.group("mon")
    month = int(mon) if mon.isdigit() else MONTHS.get(mon[:4].lower().rstrip("."), MONTHS.get(mon[:3].lower(), 0))
    if not month and not mon.isdigit():
        month = MONTHS.get(mon.lower().rstrip(".")[:4], 0)
    try:
        _dt.date(_year(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return False
    return True


_WEEK_BEFORE = re.compile(r"\b(?i:week|wythnos)\s+$")


# a day and month in figures with no year, as minutes and chronologies write an event's date: "share it by 14/9",
# "seen on 12/9", "w/c 4/3", "Mon 2/10", "ar 12/9", and a chronology entry "14/9 – HV visit"; not a count or a
# fraction ("on 3/4 occasions", "1/2 hour", "reduced by 1/3")
NUMERIC_DAY_MONTH = re.compile(
    r"(?:(?<![\w/.-])(?P<on>(?i:on|by|until|till|since|from|before|after|w/c|wc|w/b|week\s+(?:commencing|beginning)|"
    r"ar|erbyn|tan|ers))\s+" + _WD + r"?|(?P<wd>\b" + _WD + r")|(?P<line>(?:^|\n)[ \t]*(?:[-*•|][ \t]*)?)|"
    # an event or a practitioner named right before it: "dressing clinic 25/1;", "latest 25/2,", "by Dr Sandhu 19/1;"
    r"(?P<event>\b(?i:clinic|appt|appointment|review|visit|medical|meeting|call|contact|referral|conference|"
    r"discharge|discharged|admission|admitted|attendance|attended|latest|last|next|seen|due|dated|letter|DNA|"
    r"DNA['’]?d|follow-up|f/u|TCI|ICPC|RCPC|core\s+group|strategy)\s+|(?-i:\b(?:Dr|Mr|Mrs|Ms|Nurse|SN|PC|DC)\.?\s+"
    r"[A-Z][\w'’-]+\s+)))"
    r"(?P<date>(?P<day>[0-3]?\d)/(?P<mon>[01]?\d))(?![\w/]|[.,]\d)")
# what follows an event's date: a stop, a clause or a time ("by 14/9.", "on 12/9 she", "on 12/9 and", "12/9 at 10:00",
# "on 12/9 HV visited"); a noun follows a count or a fraction ("on 3/4 occasions", "on 2/3 medication doses")
_EVENT_AFTER = re.compile(r"\s*(?:[.,;:)\]!?–—]|-\s|$)|\s+(?:[A-Z0-9(]|(?:and|or|to|at|when|but|the|she|he|they|it|we|i|you|"
                          r"her|his|their|was|were|is|had|has|said|told|about|with|for|in|from|after|before|then|"
                          r"until|where|which|who|because|as|if|so|a|am|pm|ac|a'r|pan|ond|fe|mi|roedd|yn|i)\b)")
_CHANGE_BY = re.compile(r"\b(?i:reduced|increased|cut|fell|rose|dropped|grew|down|up|lower|higher|more|less|rise|fall)\s+by\s+$")


# a past event told in the sentence before "on": "spoke to Shauna by telephone on 14 August", "was seen on 3 May" (not
# "applies on 1 April each year", which RECURRING keeps out, nor a law's date, which the law checks keep out)
_TOLD_BEFORE = re.compile(r"\b(?:[a-z]{2,}ed|spoke|saw|told|went|met|rang|came|took|gave|made|wrote|sent|left|found|heard|"
                          r"said|did|began|brought|kept|got|ran|fell|hit|was\s+seen|were\s+seen)\b[^.;:\n]{0,70}?\s+on\s+$")
# ... unless what follows the verb is general or to come: "agreed that reviews happen on 1 March"
_NOT_TOLD = re.compile(r"\b(?:will|would|should|must|may|might|can|could|shall|happens?|takes?|applies|apply|is|are|"
                       r"each|every|usually|always|normally)\b")
# the other end of a range after a day and month: "14 March and 21 March", "3–5 May" is one date in the corpus
_RANGE_END = re.compile(r"\s*(?:and|to|until|till|a|tan|[–-])\s+(?P<date>" + _DAY + r"(?:\s+(?:of|o))?\s+" + _MONTH + r")" +
                        _NO_YEAR, re.IGNORECASE)


class DateRecognizer:
    """Finds exact dates; labels them DATE_OF_BIRTH when birth words are near, else DATE."""

    name = "dates"
    entity_type = "DATE"

    def analyze(self, text: str) -> list[Detection]:
        """Find day-level dates in ``text``."""
        out: list[Detection] = []
        taken: list[tuple[int, int]] = []
        for pat in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, SHORT_YEAR, NUMERIC, COMPACT):
            for m in pat.finditer(text):
                s, e = m.span()
                if any(s < te and ts < e for ts, te in taken) or not _valid(m):
                    continue
                if " of " in m.group(0) and _WEEK_BEFORE.search(text, max(0, s - 8), s):
                    continue  # "Week 3 of March 2023": a week of a month, not a day
                if pat is SHORT_YEAR and len(m.group("day")) == 1 and \
                        not re.search(r"\bon\s+$", context_before(text, s, 10)) and \
                        not (LINE_START.search(text[max(0, s - 8):s]) and (
                            ENTRY_AFTER.match(text[e:e + 3]) or ENTRY_STOP.match(text, e))):
                    continue  # "3 Feb 23" only as an event ("on 3 Feb 23") or a chronology entry ("3 Feb 23: ...")
                if pat is NUMERIC and m.group("sep") == "." and len(m.group("year")) == 2 and \
                        not _zero_padded(m) and not re.search(r"\b(?:born|dob|date|on|w/c|wc|week\s+commencing|week\s+beginning)(?!\w)",
                                      context_before(text, s, 30)) and \
                        not BIRTH_AFTER.search(context_after(text, e, 40)) and \
                        not WEEKDAY_BEFORE.search(text[max(0, s - 12):s]) and \
                        not TIME_AFTER.match(text, e) and \
                        not (LINE_START.search(text[max(0, s - 8):s]) and (
                            ENTRY_AFTER.match(text[e:e + 3]) or len(DOTTED_ENTRY.findall(text)) >= 2 or
                            ENTRY_STOP.match(text, e))):
                    continue  # "1.2.21" section numbers need a date word
                taken.append((s, e))
                if COMMENCEMENT_BEFORE.search(text[max(0, s - 50):s]) or _law_milestone(text, s) or \
                        _public_date(text, m, s, e):
                    continue
                birth = bool(BIRTH_BEFORE.search(context_before(text, s, 70))) or \
                    bool(BIRTH_AFTER.search(context_after(text, e, 40)))
                kind = "DATE_OF_BIRTH" if birth else "DATE"
                out.append(detection(text, s, e, kind, 0.9 if birth else 0.7, self.name))
        for m in (*ON_DAY_MONTH.finditer(text), *ON_MONTH_DAY.finditer(text)):
            s, e = m.span("date")
            if text[e - 1] == "." and m.group("mon").lower() not in _ABBREVIATED:
                e -= 1  # "tan ddydd Gwener 18 Awst.": a full month name ends the sentence, the stop is not its own
            if m.group("line") is not None and not re.match(r"\s*(?::|[-–—]\s)", text[e:e + 3]):
                continue  # at a line start only as a chronology entry ("14th March: seen")
            if any(s < te and ts < e for ts, te in taken) or not _valid_day_month(m):
                continue
            before = context_before(text, m.start(), 20)
            if re.search(r"\b(?:every|each|annually)\s+$", before) or RECURRING.match(text[e:e + 30]) or \
                    UNDER_LAW.search(text[max(0, s - 160):s]):
                continue
            sentence = text[max(0, m.start() - 80):e + 60]
            # an ordinal day, English or Welsh ("the 3rd", "ar 1af Mawrth", "ar 16eg Hydref") tells an event's date
            ordinal = bool(re.match(r"\d+(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)\b", m.group("date"), re.IGNORECASE))
            ordinal = ordinal or m.re is ON_MONTH_DAY
            if m.group("wd") is not None or m.group("field") is not None or m.group("span") is not None:
                pass  # "ddydd Gwener 18 Awst", "Friday 3 March", "Date: 16th Nov", "between 14 March": an event's date
            elif m.group("on") is not None and (told := _TOLD_BEFORE.search(text, max(0, s - 90), s)) and \
                    not _NOT_TOLD.search(told.group(0)) and not COMMENCEMENT_BEFORE.search(text[max(0, s - 50):s]) and \
                    not MILESTONE_BEFORE.search(text[max(0, s - 50):s]):
                pass  # "spoke to her by telephone on 14 August": a past event the text tells
            elif not (re.search(r"\b(?:the|y)\s*$", m.group("on"), re.IGNORECASE) or ordinal or m.group("line") is not None or CLOCK.search(sentence) or
                    WEEKDAY.search(text[max(0, s - 12):s])):
                continue  # "on 1 January as a general rule"; an event date reads "on the 3rd of March", "at 9pm on 3 March"
            taken.append((s, e))
            birth = bool(BIRTH_BEFORE.search(context_before(text, s, 70)))
            out.append(detection(text, s, e, "DATE_OF_BIRTH" if birth else "DATE", 0.6, self.name))
            end = _RANGE_END.match(text, e)  # "between 14 March and 21 March": the range's other end
            if end and _valid_day_month(end) and not any(end.start("date") < te and ts < end.end("date")
                                                         for ts, te in taken):
                taken.append(end.span("date"))
                out.append(detection(text, end.start("date"), end.end("date"), "DATE", 0.6, self.name))
        if "/" in text:
            for m in NUMERIC_DAY_MONTH.finditer(text):
                s, e = m.span("date")
                if not _real_day(int(m.group("day")), int(m.group("mon"))) or any(s < te and ts < e for ts, te in taken) \
                        or not _EVENT_AFTER.match(text, e) or _CHANGE_BY.search(text, max(0, s - 25), s):
                    continue
                if m.group("event") is not None and not re.match(r"\s*[;,.)]", text[e:e + 2]):
                    continue  # after an event only where the date closes its clause ("clinic 25/1;"), not "seen 3/7 ago"
                if m.group("line") is not None and not ENTRY_AFTER.match(text[e:e + 3]) and not TIME_AFTER.match(text, e):
                    continue  # at a line start only as an entry ("14/9 – HV visit", "14/9 10:30 call")
                taken.append((s, e))
                out.append(detection(text, s, e, "DATE", 0.6, self.name))
        for m in WELSH_ORDINAL_DAY_MONTH.finditer(text):
            s, e = m.span("date")
            if any(s < te and ts < e for ts, te in taken) or not _valid_day_month(m) or \
                    UNDER_LAW.search(text[max(0, s - 160):s]) or RECURRING.match(text[e:e + 30]) or \
                    re.search(r"\b(?:bob|pob)\s+$", context_before(text, s, 12)):
                continue  # "bob 1af Mawrth", "1af Mawrth bob blwyddyn": every year, no event
            taken.append((s, e))
            out.append(detection(text, s, e, "DATE", 0.6, self.name))
        return out


# what a law did, told in a clause about it: "the Act 2019, under which the age ... rose from 8 to 12 on <date>"
UNDER_LAW = re.compile(r"\b(?:Act|Regulations|Order|Deddf|Ddeddf|Rheoliadau)\b(?:\s+\d{4})?,?\s+(?:under|by)\s+which\b"
                       r"[^.;\n]{0,100}\bon\s+(?:the\s+)?$")


def _law_milestone(text: str, s: int) -> bool:
    """True when the date at ``s`` follows a milestone verb and the sentence names a law before it, or ends a
    clause that tells what a law did ("under which ... rose from 8 to 12 on")."""
    if UNDER_LAW.search(text[max(0, s - 160):s]):
        return True
    if not MILESTONE_BEFORE.search(text[max(0, s - 30):s]):
        return False
    sentence = re.split(r"[.!?]\s|\n\s*\n", text[max(0, s - 200):s])[-1]
    return bool(LAW_IN_SENTENCE.search(sentence))


# the sentence of a public date speaks of a law, guidance, a review system or a change
PUBLIC_CHANGE = re.compile(r"\b(?:Act|Deddf|Ddeddf|law|laws|guidance|canllawiau|[Gg]anllawiau|Working\s+Together|"
                           r"regulations|reviews|adolygiadau|adolygiad\s+newydd|procedures|gweithdrefnau|system|"
                           r"in\s+force|into\s+force|i\s+rym|effect|replaced|replacing|replace|introduced|"
                           r"introduction|rose|raised|abolished|ban|banned|published|commenced|commencement|"
                           r"disodli|cyflwyno|cyflwynwyd|newydd|criminal\s+responsibility|smacking|"
                           r"statutory|reasonable\s+punishment|physical\s+punishment|cosb\s+resymol|cosbi\s+corfforol|"
                           r"amddiffyniad|defence)\b", re.IGNORECASE)


def _public_date(text: str, m: re.Match[str], s: int, e: int) -> bool:
    """True when the date is one a law or national guidance took effect on (data/public_dates.tsv) and its sentence
    speaks of a law, guidance or a change."""
    try:
        day = _dt.date(_year(m.group("year")), _month(m.group("mon")), int(m.group("day")))
    except (ValueError, IndexError):
        return False
    if day not in _public_dates():
        return False
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0)
    end = min((i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0), default=len(text))
    return bool(PUBLIC_CHANGE.search(text, start, end))


def _month(mon: str) -> int:
    if mon.isdigit():
        return int(mon)
    return MONTHS.get(mon[:4].lower().rstrip("."), MONTHS.get(mon[:3].lower(), 0)) or \
        MONTHS.get(mon.lower().rstrip(".")[:4], 0)


@lru_cache(maxsize=1)
def _public_dates() -> frozenset[_dt.date]:
    """The dates of data/public_dates.tsv."""
    text = resources.files("anonymise.data").joinpath("public_dates.tsv").read_text(encoding="utf-8")
    return frozenset(_dt.date.fromisoformat(line.split("\t", 1)[0]) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def _valid_day_month(m: re.Match[str]) -> bool:
    mon = m.group("mon")
    return _real_day(int(m.group("day")), MONTHS.get(mon[:4].lower().rstrip("."), MONTHS.get(mon[:3].lower(), 0)))


def _real_day(day: int, month: int) -> bool:
    """True when ``day`` of ``month`` is in the calendar of a leap year (29/2 is)."""
    try:
        _dt.date(2024, month, day)
    except ValueError:
        return False
    return True


def recognizer() -> DateRecognizer:
    """The date recognizer."""
    return DateRecognizer()
