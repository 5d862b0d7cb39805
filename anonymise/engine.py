"""The detection engine: runs every recognizer over a text and returns non-overlapping Detections.

Why not Presidio's AnalyzerEngine itself: it runs the whole spaCy pipeline over every word (about
3,700 words/s here) and scores each recognizer's context with lemmas, so it cannot reach the speed
target (4x). The engine keeps Presidio's design instead: one recognizer class per identifier
(patterns + context words + a validator, ``recognizers.base.PatternRecognizer``), an allow list per
call, and spaCy NER loaded once (``anonymise.nlp``, which also builds Presidio's SpacyNlpEngine from
the loaded pipeline for callers who want Presidio itself; ``recognizers.presidio_bridge`` offers every
casereview recognizer as one Presidio EntityRecognizer). NER runs only on the sentences that hold a
capitalised word that the allow-lists and gazetteers cannot explain, batched with ``nlp.pipe``.
``fast=True`` skips NER altogether (pre-commit). Text written in Welsh (a ``.cy.md`` parallel text) is
detected by its function words and judged with a Welsh dictionary instead of the English NER model.
Data (``anonymise/data``) is built offline by ``data/build_gazetteers.py``; nothing loads from the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, Protocol

from anonymise import nlp as nlp_loader
from anonymise.recognizers import (
    acronyms,
    address,
    capitals,
    allow,
    case_reference,
    chi,
    clean_text,
    correspondence,
    dates,
    email,
    handle,
    hc_number,
    nhs,
    nino,
    person,
    phone,
    postcode,
    quoted_names,
    setting,
    setting_echo,
    table_columns,
    upn,
    vehicle,
)
from anonymise.recognizers import allow as allow_lists
from anonymise.recognizers.mutation import mutations
from anonymise.types import Detection

SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+(?=\s|$)|\n|$)")
_CAPWORD = re.compile(r"[A-Z\u00C0-\u00DE][\w'’\u00C0-\u024F-]*|&")
# Priority when two detections overlap (higher wins; then score, then length).
PRIORITY = {
    "EMAIL": 9, "NHS_NUMBER": 8, "CHI_NUMBER": 8, "HC_NUMBER": 8, "UPN": 8, "NINO": 8, "DATE_OF_BIRTH": 7,
    "DATE": 7, "PHONE": 6, "POSTCODE": 6, "VEHICLE_REGISTRATION": 5, "ADDRESS": 5, "SETTING": 5,
    "CASE_REFERENCE": 4, "PERSON": 3,
}


class Recognizer(Protocol):
    """What the engine needs of a pattern recognizer."""

    def analyze(self, text: str) -> list[Detection]:
        """Detections in ``text``."""
        ...


class Engine:
    """Finds identifiers in text without a key file."""

    def __init__(self, *, model: str | None = None, fast: bool = False) -> None:
        self.model = model
        self.fast = fast
        self._nlp: Any = None
        # a second process loading the model meanwhile (``anonymise.ner_process``), set by ``check`` for one file
        self.ner_service: Any = None
        self.patterns: list[Recognizer] = [
            email.recognizer(), nhs.recognizer(), chi.recognizer(), hc_number.recognizer(), nino.recognizer(),
            upn.recognizer(), phone.recognizer(), postcode.recognizer(), vehicle.gb_current(),
            vehicle.northern_ireland(), case_reference.recognizer(), dates.recognizer(), address.recognizer(),
            setting.recognizer(), handle.recognizer(), table_columns.recognizer(), correspondence.recognizer(),
        ]
        self.person = person.recognizer()
        self._person_cy: person.PersonRecognizer | None = None

    @property
    def person_cy(self) -> person.PersonRecognizer:
        """The person recognizer for Welsh text (Welsh dictionary words are not names; no NER)."""
        if self._person_cy is None:
            self._person_cy = person.recognizer(welsh=True)
        return self._person_cy

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline (loaded on first use, once per process)."""
        if self._nlp is None:
            self._nlp = nlp_loader.load(self.model)
        return self._nlp

    def analyze(self, text: str, *, allow: Iterable[str] = ()) -> list[Detection]:
        """Identifiers in ``text``; ``allow`` lists declared pseudonyms and public names (never flagged)."""
        return self.analyze_many([text], allow=allow)[0]

    def analyze_many(self, texts: Sequence[str], *, allow: Iterable[str] = ()) -> list[list[Detection]]:
        """Identifiers in each of ``texts``, batching the NER model over all of them."""
        allow = list(allow)
        allow_re = _allow_regex(allow)
        allowed_words = _allowed_words(allow)
        staged = [self._stage_one(t, allow_re) for t in texts]
        # the language of each paragraph: Welsh paragraphs are judged with the Welsh dictionary and mutations
        blocks = [allow_lists.language_blocks(t) for t in texts]
        welsh = [bool(b) and all(cy for _, _, cy in b) for b in blocks]
        mixed = [any(cy for _, _, cy in b) and not all(cy for _, _, cy in b) for b in blocks]
        if not self.fast:
            service = self.ner_service if self._nlp is None else None
            if service is not None and not service.ready():  # a missing model raises here too
                service = None
            if service is None:
                self.nlp  # noqa: B018 - loaded even when no sentence needs it: a missing model is an error on every text
            windows: list[tuple[int, int, int]] = []  # (text index, start, end)
            for idx, (text, _, toks, blocked) in enumerate(staged):
                if not welsh[idx]:  # the English model reads Welsh as a string of names
                    windows += [(idx, s, e) for s, e in self._ner_windows(text, toks, blocked)
                                if not mixed[idx] or not _in_welsh(blocks[idx], s)]
            ner_spans: list[list[tuple[int, int, str]]] = [[] for _ in texts]
            if windows:
                # a sentence met twice (a running header, a repeated table heading) is read by the model once
                ents: dict[str, list[tuple[int, int, str]]] = {staged[i][0][s:e]: [] for i, s, e in windows}
                sentences = list(ents)
                served = service.entities(sentences) if service is not None else None
                ents = dict(zip(sentences, served if served is not None else nlp_loader.entities(self.nlp, sentences),
                                strict=True))
                for idx, s, e in windows:
                    ner_spans[idx] += [(s + a, s + b, label) for a, b, label in ents[staged[idx][0][s:e]]]
        else:
            ner_spans = [[] for _ in texts]
        results = []
        for idx, ((text, pattern_dets, toks, blocked), ner, cy) in enumerate(zip(staged, ner_spans, welsh,
                                                                                 strict=True)):
            caps = capitals.caps_lines(texts[idx]) if text is not texts[idx] else []
            people = (self.person_cy if cy else self.person).analyze(text, toks, blocked, ner, caps)
            if mixed[idx]:
                people = [d for d in people if not _in_welsh(blocks[idx], d.start)] + [
                    d for d in self.person_cy.analyze(text, toks, blocked, ner) if _in_welsh(blocks[idx], d.start)]
            if text is not texts[idx]:  # judged on the re-cased view of lines written in capitals
                people = [replace(d, text=texts[idx][d.start:d.end]) for d in people]
            people = [d for d in people if not blocked[d.start] and not _all_allowed(d.text, allowed_words)
                      and not acronyms.never_a_person(d.text)]  # "DSW confirmed": a post the model calls a person
            results.append(resolve_overlaps(pattern_dets + people))
        return results

    def _stage_one(self, text: str, allow_re: re.Pattern[str] | None) -> tuple[str, list[Detection], list[Any],
                                                                                  bytearray]:
        # (a quoted name's closing quote is no part of it: "to be called 'Vee' in this report")
        declared = [g.rstrip("'’") for m in allow.DECLARED_PSEUDONYM.finditer(text) for g in m.groups() if g] \
            if any(w in text for w in allow.DECLARED_WORDS) else []
        if any(w in text for w in allow.DECLARED_WORDS_CY):  # the same declarations in Welsh
            # a name declared in Welsh is met mutated too: "yr enw Gwion" ... "ofn ar Wion"
            declared += [f for m in allow.DECLARED_PSEUDONYM_CY.finditer(text) for g in m.groups() if g
                         for f in mutations(g.rstrip("'’"))]
        if declared:
            extra = _allow_regex(declared)
            if extra is not None:
                allow_re = extra if allow_re is None else re.compile(f"{allow_re.pattern}|{extra.pattern}",
                                                                     re.IGNORECASE)
        dets: list[Detection] = []
        for rec in self.patterns:
            dets += rec.analyze(text)
        dets += setting_echo.echoes(text, dets)  # "at glenview" in a message: the setting the review names
        if any(d.entity_type == "SETTING" for d in dets):  # a setting a published review is named by is public
            public = public_name_spans(text)  # ("the serious case review into Little Ted's Nursery")
            dets = [d for d in dets if d.entity_type != "SETTING" or
                    not any(s <= d.start and d.end <= e for s, e in public)]
        view = self._caps_views(text)
        if view is not None:  # lines in capitals: proper-noun patterns read the title-cased view
            for rec in self.patterns:
                if getattr(rec, "name", "") in ("address", "setting"):
                    dets += [replace(d, text=text[d.start:d.end]) for d in rec.analyze(view[1])]
        blocked = bytearray(len(text))
        for d in dets:
            blocked[d.start:d.end] = b"\x01" * (d.end - d.start)
        for s, e in blocked_spans(text if view is None else view[0]):
            blocked[s:e] = b"\x01" * (e - s)
        if view is not None:  # "CYNGOR SIR POWYS": the name view writes the council word in lower case, "Sir" a title
            for m in _COUNCIL_CY.finditer(view[1]):
                blocked[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        if view is not None:  # "TO ALEXANDRA MARINA DISTRICT HOSPITAL": the name view writes MARINA as a word
            for s, e in clean_text.hospital_spans(view[1]):
                if _PLACE_BEFORE.search(view[1], max(0, s - 12), s):  # not "BLAIR LEAVES HOSPITAL"
                    blocked[s:e] = b"\x01" * (e - s)
        if allow_re is not None:
            for m in allow_re.finditer(text):
                blocked[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            dets = [d for d in dets if not allow_re.fullmatch(d.text)]
        if view is not None:
            return view[0], dets, person.tokens(view[0]), blocked
        return text, dets, person.tokens(text), blocked

    def _caps_views(self, text: str) -> tuple[str, str] | None:
        """The name and title views of the lines of ``text`` written in capitals (``recognizers.capitals``)."""
        if not capitals.caps_lines(text):
            return None
        cy = allow_lists.is_welsh(text)
        rec = self.person_cy if cy else self.person

        stop = allow_lists.stop_words()
        word_names = allow_lists.word_names()

        def is_name(w: str) -> bool:
            low = w.lower()
            if len(w) < 3 or low in stop:
                return False
            if not rec.is_common(w):
                return rec.is_given(w) or rec.is_surname(w)
            return low in word_names or low in allow_lists.surnames()  # STORM, GRACE; WOOD, HILL, BAKER

        v = capitals.views(text, is_common=rec.is_common, is_name=is_name, is_rare=allow_lists.is_caps_word,
                           keep=lambda w: w in person.ACRONYMS and w.lower() not in allow.TITLES,
                           titles=allow.TITLES, is_given=rec.is_given)
        if v is None or len(v[0]) != len(text) or len(v[1]) != len(text):
            return None
        return v

    def _ner_windows(self, text: str, toks: Sequence[Any], blocked: bytearray) -> list[tuple[int, int]]:
        need = self.person.unexplained(text, toks, blocked)
        if not need:
            return []
        out: list[tuple[int, int]] = []
        starts = sorted(t.start for t in need)
        k = 0
        for m in SENTENCE.finditer(text):
            s, e = m.span()
            if e <= s:
                continue
            while k < len(starts) and starts[k] < s:
                k += 1
            if k < len(starts) and starts[k] < e:
                out.append((s, e))
        return out


# a preposition of place or motion right before a hospital's name in a capitals log ("CONVEYED TO", "SEEN AT THE")
_PLACE_BEFORE = re.compile(r"(?i:\b(?:to|at|in|into|from|of)\s+(?:the\s+)?)$")


# a Welsh county or county borough council ("Cyngor Sir Powys", "Cyngor Bwrdeistref Sirol Wrecsam")
_COUNCIL_CY = re.compile(r"\bCyngor\s+(?:Sir|Dinas|Bwrdeistref\s+Sirol|Dinas\s+a\s+Sir)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _in_welsh(blocks: Sequence[tuple[int, int, bool]], pos: int) -> bool:
    """True when offset ``pos`` lies in a paragraph written in Welsh."""
    return any(s <= pos < e and cy for s, e, cy in blocks)


def fingerprint() -> str:
    """A short hash of the engine's code and data: include it in result-cache keys so a new engine re-checks."""
    import hashlib
    from pathlib import Path

    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted([here / "engine.py", here / "nlp.py", *(here / "recognizers").glob("*.py"),
                        *(p for p in (here / "data").iterdir() if p.suffix in (".txt", ".gz", ".tsv"))]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans that are never names: pseudonyms, legislation, agencies and organisations, multi-word places."""
    spans = [m.span() for m in allow.PSEUDONYM.finditer(text)]
    spans += allow.multiword_place_spans(text)
    # a lone "Bill" is a name ("her brother Bill"); a bill has a name before it ("the Children (Wales) Bill")
    spans += [m.span() for m in allow.LEGISLATION.finditer(text) if m.group(0) != "Bill"]
    spans += [m.span("car") for m in vehicle.MAKE_MODEL.finditer(text)]
    if _CITATION_CUE.search(text):
        spans += [m.span("authors") for m in CITATION.finditer(text)]
        spans += [m.span("authors") for m in CITED_BY.finditer(text)]
    spans += [m.span() for m in _WELSH_MONTH_YEAR.finditer(text)]
    spans += [m.span() for m in dates.SHORT_WEEKDAY.finditer(text)]
    spans += public_name_spans(text)
    spans += eponym_spans(text)
    if any(w in text for w in _NAMED_DAY_WORDS):
        spans += [m.span() for m in NAMED_DAY.finditer(text)
                  if not m.group("holiday") or (m.group("holiday").rstrip("s'’").lower() not in allow.given_names() and
                                                m.group("holiday").lower() not in allow.TITLES)]  # ("Mrs Day")
    spans += clean_text.spans(text)  # places, events, institutions, glossed slang and abbreviations
    spans += quoted_names.word_spans(text)  # '"Robin" in a health record was a bird', "'Karen' as an insult"
    spans += quoted_names.no_one_spans(text)  # "There was no one called Grace", "'Jimmy' is not a name"
    spans += post_title_spans(text)  # "Owner: Associate Medical Director", "Quality Improvement Officer"
    if any(w in text for w in ("Black", "White", "Mixed", "Asian", "Traveller", "Roma", "Gyps", "Kale", "Showmen")):
        spans += [m.span() for m in _ETHNIC_GROUP.finditer(text)]  # "Black African pupils": a census group
    if "ated" in text or "RAG" in text or "aded" in text or "cored" in text or "mber" in text or "MBER" in text:
        spans += [m.span() for m in _RAG.finditer(text)]  # "rated Amber", "RAG-rated Red": a status on a scale
    if "Co" in text:
        spans += [m.span() for m in _COUNTY.finditer(text)]  # "Co. Fermanagh", "County Clare": a county, not Clare
    if "Im " in text or "Ive " in text:
        spans += [m.span() for m in _CONTRACTION.finditer(text)]  # "ask if Im coming": "I'm" without its apostrophe
    words = list(_CAPWORD.finditer(text))
    heads = allow.AGENCY_HEADS
    for i, w in enumerate(words):
        word = w.group(0)
        low = word.lower()
        if low not in heads and word.endswith(("'s", "’s")):
            low = word.rstrip("'’s").lower()
        if low not in heads:
            continue
        s, e = w.span()
        j = i
        while j > 0 and _soft_gap(text[words[j - 1].end():words[j].start()]) and \
                words[j - 1].group(0).lower().rstrip(".") not in allow.TITLES and \
                not _possessor(text, words, j - 1):
            j -= 1
        while j > 0 and _soft_gap(text[words[j - 1].end():words[j].start()], joiners=("and",)) and \
                _place_part(words[j - 1].group(0)) and _place_part(words[j].group(0)):
            j -= 1  # "Tyne and Wear NHS Foundation Trust", "Perth and Kinross Council"
            while j > 0 and _soft_gap(text[words[j - 1].end():words[j].start()]) and _place_part(words[j - 1].group(0)):
                j -= 1
        s = words[j].start()
        k = i
        while k + 1 < len(words):
            gap = text[words[k].end():words[k + 1].start()]
            if "\n" in gap and _NEW_ITEM.match(text, words[k + 1].start()):
                break  # "Public Protection Unit\nJO'N - Named Nurse": the next line opens a list item, not more words
            if words[k].group(0).lower() in _ROLE_ENDS and k > i and _name_follows(words, k + 1):
                break  # "Team Manager Joanne Platt": the role title ends the agency words; a name follows
            if _soft_gap(gap) or _soft_gap(gap, joiners=("of", "for", "of the", "for the")):
                if words[k + 1].group(0).lower().rstrip(".") in allow.TITLES and not (
                        words[k + 1].group(0) in ("Sir", "SIR") and words[k].group(0).lower() in _WELSH_COUNCIL):
                    break  # a title opens a person's name; but "Cyngor Sir Fynwy" is a county council
                k += 1
            else:
                break
        e = words[k].end()
        if j == i < k and low in allow.given_names() and all(
                words[x].group(0).lower() not in heads and allow.is_surname_word(words[x].group(0))
                for x in range(i + 1, k + 1)):
            continue  # "Charity McCann", "Grace Hughes": a given name that heads agencies, before a surname
        if k == i and j == i - 1 and low in allow.surnames() and words[j].group(0).lower() in allow.given_names():
            continue  # "Christine Law", "Sandy Law": a given name before an agency word that is a surname too
        if k == i and person.AGE_BRACKET_AFTER.match(text[e:e + 40]):
            continue  # "Storm (6)", "Lennon Law (15)": a name ending in an agency word is a child before an age
        if j == i == k and j > 0 and words[j - 1].group(0).lower().rstrip(".") in allow.TITLES and \
                _soft_gap(text[words[j - 1].end():words[j].start()]):
            continue  # "Ms Law", "Mr Church": a title makes the agency word a surname
        spans.append((s, e))
    if _PERSONAL_TITLE_WORD.search(text):  # "Ms Haworth", "Mrs Ilkley": a title makes a place's one word a surname
        titled = {m.start("w") for m in _PERSONAL_TITLE_WORD.finditer(text)}
        spans = [(s, e) for s, e in spans if s not in titled or " " in text[s:e]]
    return spans


# a personal title (not an honorific: "Lord Laming", "Dr Barnardo's" stay as their lists say) before one word
_PERSONAL_TITLE_WORD = re.compile(r"(?<![\w'’-])(?:Mr|Mrs|Ms|Miss|Mx|Mstr)\.?[ \t]+(?P<w>[A-Z][\w'’-]+)")


# a status on a red-amber-green scale: "rated Amber", "RAG-rated Red", "RAG status: Green", "graded Red" (a colour, not
# a person named Amber)
_RAG_COLOUR = r"(?:Red|Amber|Green|Blue|RED|AMBER|GREEN|Coch|Ambr|Oren|Gwyrdd)(?![\w'’-])"
_RAG = re.compile(r"(?<![\w'’-])" + _RAG_COLOUR + r"(?=[ \t]*=[ \t])"  # a key: "Amber = in progress"
                  r"|(?<![\w'’-])(?:(?i:RAG)[ \t-]?(?i:rated|rating|status|score)?|(?i:rated|graded|scored)|"
                  # a field of a plan or a tracker holding the rating: "Progress: Amber (partly met)", "Status: Green"
                  r"(?i:progress|status|rating|risk\s+level|cynnydd|statws)(?=[ \t]*:))[ \t]*:?[ \t]*"
                  r"[(\[]?['‘\"“]?" + _RAG_COLOUR +
                  # a status that stays or changes ("stayed Amber", "Amber remains Amber", "moved to Green") and the
                  # scale named in full ("as Green, Amber or Red")
                  r"|(?<![\w'’-])(?:remains?|remained|stayed?|stays|became|becomes|turned|moved\s+to|went\s+to|"
                  r"(?:down|up)graded\s+to|escalated\s+to|de-escalated\s+to)[ \t]+['‘\"“]?" + _RAG_COLOUR +
                  r"|(?<![\w'’-])" + _RAG_COLOUR + r",[ \t]*" + _RAG_COLOUR + r",?[ \t]+(?:or|and)[ \t]+" + _RAG_COLOUR)
# an ethnic group as the census classifies it (Office for National Statistics, Ethnic group classification 2021;
# Scotland's Census 2022; NISRA): "Black African", "White British", "Mixed White and Black Caribbean", "Asian
# Bangladeshi" name a group, not a person called Black or White
_COLOURS = "White|Black|Asian"
_ETHNIC_GROUP = re.compile(
    r"(?<![\w'’-])(?:"
    # a colour (or "Mixed") and a people: "Black African", "White British", "Asian Bangladeshi", "Mixed Other"
    r"(?:Mixed|Brown|" + _COLOURS + r")(?:[ \t]+(?:" + _COLOURS + r"))?[ \t]+(?:African|Caribbean|British|Irish|English|"
    r"Scottish|Welsh|Northern[ \t]+Irish|Other|Asian|Bangladeshi|Pakistani|Indian|Chinese|Gypsy|Roma|European|Polish|"
    r"Romanian|Arab|Background)"
    # mixed groups: "Mixed White and Asian", "Mixed White and Black Caribbean"
    r"|Mixed[ \t]+(?:" + _COLOURS + r")(?:[ \t]+(?:African|Caribbean))?[ \t]+(?:and|&)[ \t]+(?:" + _COLOURS + r")" +
    r"(?:[ \t]+(?:African|Caribbean))?"
    r"|(?:Gypsy[ \t]+or[ \t]+)?Irish[ \t]+Traveller"
    # Gypsy, Roma and Traveller communities as they name themselves: "English Romany Gypsies", "Scottish Travellers",
    # "Welsh Kale", "Romany Gypsy"
    r"|(?:(?:English|Welsh|Scottish|Irish|Romanian|Slovak|Czech|Polish|Hungarian)[ \t]+)?(?:Romany|Romani|Roma)"
    r"(?:[ \t]+(?:Gypsy|Gypsies|Travellers?|people))?|(?:English|Welsh|Scottish|Irish)[ \t]+(?:Travellers|Gypsies|Kale)"
    r"|(?:Scottish|Showmen)[ \t]+(?:Travellers?|Showmen)|Gypsies|Travellers)s?(?![\w'’-])")
# an Irish county (or any county) by its abbreviation or its word: "Co. Fermanagh", "Co Down", "County Clare"
_COUNTY = re.compile(r"(?<![\w'’-])(?:Co\.?|County)[ \t]+[A-Z][a-z]+(?:[ \t]+(?:Londonderry|Derry))?(?![\w'’-])")
_CONTRACTION = re.compile(r"(?<![\w'’-])(?:Im|Ive)(?=\s+(?:not|so|going|gonna|coming|at|in|on|with|a|the|just|"
                          r"still|really|fine|ok|okay|sorry|scared|home|out|off|back|here|there|[a-z]+ing)\b)")


# A post written with capitals: dictionary words right before a post's head ("Associate Medical Director", "Quality
# Improvement Officer", "Named Nurse"). A given name there is a person with the post after it ("Joanne Platt Manager"
# in a table), so every word must be a dictionary word that is no given name.
_POST_HEAD = re.compile(r"(?<=[a-z] )(?:Director|Officer|Manager|Coordinator|Co-ordinator|Adviser|Advisor|Lead|Principal|"
                        r"Practitioner|Nurse|Worker|Consultant|Inspector|Specialist|Administrator|Secretary|Partner|"
                        r"Supervisor|Therapist|Assistant)\b")
_POST_PREFIXES = frozenset("vice deputy assistant senior chief head acting interim associate principal lead".split())
_POST_WORDS = re.compile(r"(?<![\w'’-])((?:[A-Z][a-z]+\s+){1,3})$")


def post_title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words of a post before its head."""
    out = []
    for h in _POST_HEAD.finditer(text):
        m = _POST_WORDS.search(text, max(0, h.start() - 45), h.start())
        if m is None:
            continue
        words = m.group(1).split()
        if all(w.lower() in _POST_PREFIXES or (allow_lists.is_common(w) and w.lower() not in allow_lists.given_names())
               for w in words):
            out.append((m.start(1), m.start(1) + len(m.group(1).rstrip())))
    return out


# Research cited by author and year: "Brandon et al. (2020)", "Ferguson (2016)", "(Turnell and Edwards, 1999)",
# "Featherstone, White and Morris (2014)": public authors, not people in the case.
_AUTHOR = r"(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+"
CITATION = re.compile(
    r"(?P<authors>" + _AUTHOR + r"(?:(?:,\s+|,?\s+and\s+|\s+&\s+)" + _AUTHOR + r")*)"
    r"(?:\s+et\s+al\.?(?:\s+\(?(?:19|20)\d\d[a-z]?\)?)?|\s+\((?:19|20)\d\d[a-z]?(?:[,:;][^)]{0,20})?\)"
    r"|,\s+(?:19|20)\d\d[a-z]?(?:[,:;][^)]{0,20})?\))")

# a work's authors named by what they did with an idea and the year, without brackets: "the 'rule of optimism'
# described by Dingwall, Eekelaar and Murray in 1983" (two authors at least, after a verb of scholarship)
CITED_BY = re.compile(r"\b(?:described|named|coined|developed|proposed|identified|introduced|defined|set\s+out|"
                      r"first\s+used|formulated|outlined)\s+by\s+(?P<authors>" + _AUTHOR + r"(?:(?:,\s+|,?\s+and\s+|\s+&\s+)"
                      + _AUTHOR + r")+)\s+in\s+(?:19|20)\d\d\b")
# what every CITATION holds ("et al", "(2020", ", 2014"): a text without it is not scanned for authors
_CITATION_CUE = re.compile(r"\set\s+al|\s\((?:19|20)\d\d|,\s+(?:19|20)\d\d|\sby\s[^.]{0,80}\sin\s(?:19|20)\d\d")

# Welsh month and year ("Mai 2024", "Ionawr 2025"): a date, never a name, in any language's text
_WELSH_MONTH_YEAR = re.compile(
    r"\b(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
    r"\s+(?:19|20)\d\d\b"
)


# A day or festival named after a saint or a person: "St Patrick's Day", "St David's Day assembly",
# "Dydd Gŵyl Dewi", "Ddydd Santes Dwynwen", "Gŵyl San Steffan" (Boxing Day): public, never a person in the case.
NAMED_DAY = re.compile(
    r"\b(?:St\.?|Saint)\s+[A-Z][\w]+['’]s\s+(?:Day|Eve|Night|Week)\b"
    r"|\b(?:[DdN]?dydd|[Dd]ydd|Nos|[Gg]ŵyl|[Gg]wyl)\s+(?:Gŵyl\s+|Santes\s+|Sant\s+|San\s+|Gwyl\s+)(?:[A-Z][\w]+)|\bNos\s+Galan\b"
    # the Welsh calends: "Calan Gaeaf" (Hallowe'en), "Calan Mai", "Dydd Calan" (New Year's Day)
    r"|\bC(?:alan|ALAN)(?:\s+(?:Gaeaf|Mai|Awst|Hen))?\b"
    # a holiday or observance: "Boxing Day", "Emancipation Day", "Mothers Day" (not "Doris Day": a given name before)
    r"|\b(?P<holiday>[A-Z][a-z]+(?:['’]?s)?)\s+Day\b")
# a word every NAMED_DAY holds
_NAMED_DAY_WORDS = ("Day", "Eve", "Night", "Week", "dydd", "Dydd", "Nos", "Calan", "ŵyl", "wyl")


def public_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of published case names, inquiry chairs and named events (data/public_names.txt), with a title
    before them ("Lord Laming", "Sir Ronald Waterhouse", "Professor Kathleen Marshall"), and of each word of a
    public name found in the text where it recurs alone ("Laming's report", "Climbié")."""
    return list(_public_name_spans(text))


@lru_cache(maxsize=8)
def _public_name_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``public_name_spans`` of ``text``, kept for the last few texts (a text's settings and its blocked words both
    ask for them)."""
    out: list[tuple[int, int]] = []
    if not _holds_any(text, "public", allow.public_names()):
        return ()
    rx = _public_regex()
    words: set[str] = set()
    for m in rx.finditer(text):
        out.append(m.span())
        # surnames of public people recur alone ("Laming's report"); given names and words do not ("Storm", "Victoria")
        words.update(w for w in re.findall(r"[\w'’-]+", m.group("name")) if len(w) > 3 and w[0].isupper()
                     and w.lower() not in allow.given_names() and w.lower() not in allow.welsh_names()
                     and not allow.is_common(w))
    if words:
        for m in re.finditer(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w-])", text):
            out.append(m.span())
    return tuple(out)


def _public_regex() -> re.Pattern[str]:
    global _PUBLIC_RX
    if _PUBLIC_RX is None:
        names = sorted(allow.public_names(), key=len, reverse=True)
        titles = r"(?:(?:Lord|Lady|Sir|Dame|Professor|Prof\.?|Dr|Baroness|Baron)\s+)?"
        _PUBLIC_RX = re.compile(r"(?<![\w-])" + titles + r"(?P<name>" + "|".join(re.escape(n) for n in names) +
                                r")(?![\w-])")
    return _PUBLIC_RX


_PUBLIC_RX: re.Pattern[str] | None = None
# The head words after an eponym of a condition, scale, test, doctrine or theory.
_EPONYM_HEADS = (r"syndrome|disease|disorder|palsy|score|scores|scale|scales|guidelines|guideline|competence|"
                 r"competent|criteria|test|principles?|chart|hierarchy|theory|sign|reflex|procedure|manoeuvre|"
                 r"law|ruling|assessment|questionnaire|inventory|index|model")


def eponym_spans(text: str) -> list[tuple[int, int]]:
    """Spans of eponyms (data/eponyms.txt: "Apgar", "Gillick", "Fraser guidelines") and of any capitalised words
    right before a head word that makes them one ("Treacher Collins syndrome", "Sarah's Law", "Perthes disease")."""
    headed, bare = allow.eponyms()
    out = []
    if _holds_any(text, "eponyms", (*bare, *headed)):
        out += [m.span("name") for m in _eponym_regex(bare, headed).finditer(text)]
    out += [m.span("name") for m in _EPONYM_HEAD.finditer(text)]
    out += [m.span("name") for m in _EPONYM_ARTICLE.finditer(text)]
    if "(" in text:
        # a name the text gives elsewhere is the person who did the test ("Dana Bright ... assessment (Bright)")
        out += [m.span("name") for m in _EPONYM_BRACKET.finditer(text) if text.count(m.group("name")) == 1]
    if _holds_any(text, "welsh eponym heads", _WELSH_EPONYM_FORMS):
        out += [m.span("name") for m in _WELSH_EPONYM_HEAD.finditer(text)]
    return out


_FINDERS: dict[str, Any] = {}


def _holds_any(text: str, key: str, words: Iterable[str]) -> bool:
    """True when ``text`` holds one of ``words`` (case-sensitive; one Aho-Corasick automaton per ``key``, built
    once): a pattern that needs one of them literally cannot match a text without, so it need not scan it."""
    finder = _FINDERS.get(key)
    if finder is None:
        import ahocorasick

        finder = ahocorasick.Automaton()
        for w in set(words):
            finder.add_word(w, w)
        if len(finder):
            finder.make_automaton()
        _FINDERS[key] = finder
    return bool(len(finder)) and next(finder.iter(text), None) is not None


def _welsh_head_forms(*radicals: str) -> tuple[str, ...]:
    return tuple(sorted({f for r in radicals for f in mutations(r)}, key=len, reverse=True))


# Welsh puts the head first, and mutates it: "Cyfraith Clare", "dan Gyfraith Sarah", "Chanllawiau Fraser",
# "Cymhwysedd Gillick", "Syndrom Down", "Clefyd Crohn".
_WELSH_EPONYM_FORMS = _welsh_head_forms("Cyfraith", "Canllawiau", "Canllaw", "Cymhwysedd", "Syndrom", "Clefyd",
                                        "Graddfa", "Prawf", "Egwyddorion", "Adroddiad", "adroddiad", "Ymchwiliad",
                                        "ymchwiliad")
_WELSH_EPONYM_HEAD = re.compile(
    r"\b(?:" + "|".join(_WELSH_EPONYM_FORMS) +
    r")\s+(?P<name>[A-Z][\w'’-]+)(?=[,.;:)?!]|\s+(?:[a-z]|[A-Z][a-z]+\s+in\s))")


_EPONYM_RX: re.Pattern[str] | None = None


def _eponym_regex(bare: frozenset[str], headed: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    global _EPONYM_RX
    if _EPONYM_RX is None:
        alts = [re.escape(n) for n in sorted(bare, key=len, reverse=True)]
        # (coordinated before the head: "the Casey and Jay reports")
        alts += [re.escape(n) + r"(?=(?:['’]s)?(?:,?\s+(?:and|&|or)\s+[A-Z][\w'’-]+(?:['’]s)?)?\s+(?i:" +
                 "|".join(re.escape(h) for h in heads) + r")\b)"
                 for n, heads in headed.items()]
        _EPONYM_RX = re.compile(r"(?<![\w-])(?P<name>" + "|".join(alts) + r")(?![\w-])")
    return _EPONYM_RX


# one or two capitalised words before a head word; with 's only for conditions and laws ("Sarah's Law",
# "Crohn's disease"), never for a score or test a person took ("Jade's score").
_EPONYM_HEAD = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:syndrome|disease|palsy|score|scale|scales|guidelines|"
    r"competence|criteria|principles|hierarchy|chart|reflex|sign|(?:report|inquiry|review)\s+(?:into|on))\b"
    r"|['’]s\s+(?:syndrome|disease|disorder|palsy|"
    r"Law|law|hierarchy|theory|principles)\b)")


# A test named after its deviser, shown by grammar rather than by a list: an article before a capitalised word and a
# test noun ("a Griffiths assessment", "an Ages assessment": a person is not "a Jade"), or the deviser's name in
# brackets after the test ("blood spot test (Guthrie)", "vision screen (Snellen)") when the text names it only there.
_TEST_NOUNS = r"assessment|test|screen|screening|tool|questionnaire|checklist|scale|score|examination|chart"
_EPONYM_ARTICLE = re.compile(r"(?=[Aa])(?<![\w'’-])(?:[Aa]n?)\s+(?P<name>[A-Z][\w'’-]+)(?=\s+(?:" + _TEST_NOUNS + r")\b)")
_EPONYM_BRACKET = re.compile(r"(?=[tsScrd])\b(?:test|screen|screening|scale|score|chart|spot|card|sign|reflex)\s*\(\s*(?P<name>[A-Z][\w'’-]+)"
                             r"(?:\s+(?:test|card|scale|chart))?\s*\)")


_WELSH_COUNCIL = frozenset({"cyngor", "gyngor", "chyngor", "nghyngor"})


def _place_part(word: str) -> bool:
    """True for a word that can be part of a place joined by "and" in an agency's name: not a given name,
    surname or title (so "Kwame Asante and Hackney Council" keeps the person)."""
    low = word.lower()
    return low.rstrip(".") not in allow.TITLES and low not in allow.given_names() and low not in allow.surnames()


# a line that opens a list item: initials ("JO'N", "HT") or a word before a dash or a colon ("Chair: ...", "KB - SW")
_NEW_ITEM = re.compile(r"(?:[A-Z]{1,4}(?:['’][A-Z]{1,3})?(?![\w'’-])|[\w'’-]+(?=\s*(?::|\s[-–—]\s)))")


def _soft_gap(gap: str, joiners: tuple[str, ...] = ("",)) -> bool:
    """Words of one name are separated by spaces or by one line break (a name wrapped in a table
    cell or at the end of a line), optionally around a joining word ("of", "for the")."""
    return bool(gap) and "\n\n" not in gap and gap[:1].isspace() and gap[-1:].isspace() \
        and " ".join(gap.split()) in joiners


_ORG_POSSESSIVES = frozenset({"children's", "women's", "people's", "men's", "barnardo's", "children’s", "women’s",
                              "people’s", "men’s", "barnardo’s", "young people's", "parents'", "carers'"})


def _possessor(text: str, words: list[re.Match[str]], k: int) -> bool:
    """True when word k is a possessor before a role or acronym ("Kwame's GP", "Mrs Le's NHS number",
    "Tobi's Health Visitor"), not part of an organisation's name ("St Mary's Hospital", "Children's")."""
    word = words[k].group(0)
    if not word.lower().endswith(("'s", "’s")) or word.lower() in _ORG_POSSESSIVES:
        return False
    nxt = words[k + 1].group(0)
    if nxt.isupper() or nxt.lower() in _ROLE_STARTS:
        return True
    prev = text[max(0, words[k].start() - 6):words[k].start()].split()
    return bool(prev) and prev[-1].lower().rstrip(".") in allow.TITLES


def _name_follows(words: list[re.Match[str]], k: int) -> bool:
    """A given name starts at word k: one that is not a common word ("Joanne"), or one that is ("Ruth") before an
    uncommon word ("Ruth Heald"); "Early Help" is not a name."""
    first = words[k].group(0)
    if first.lower() not in allow_lists.given_names():
        return False
    if not allow_lists.is_common(first):
        return True
    return k + 1 < len(words) and not allow_lists.is_common(words[k + 1].group(0))


_ROLE_ENDS = frozenset({"manager", "officer", "worker", "lead", "director", "nurse", "visitor", "teacher", "tutor",
                        "coordinator", "co-ordinator", "practitioner", "chair", "inspector", "sergeant", "constable",
                        "midwife", "adviser", "advisor", "caseworker", "keyworker", "mentor", "leader", "head"})
_ROLE_STARTS = frozenset({"health", "social", "school", "youth", "family", "support", "key", "personal", "case",
                          "lead", "named", "class", "form", "head"})


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _allowed_words(terms: Iterable[str]) -> frozenset[str]:
    """Lower-cased words of the allowed names, without titles ("Dr Ann Reviewer" -> ann, reviewer)."""
    return frozenset(w.lower() for t in terms for w in _WORD.findall(t)
                     if len(w) > 1 and w.lower().rstrip(".") not in allow.TITLES)


def _all_allowed(name: str, allowed_words: frozenset[str]) -> bool:
    """True when every word of a detected name (titles aside) belongs to an allowed name ("Dr Reviewer")."""
    if not allowed_words:
        return False
    words = [w.lower() for w in _WORD.findall(name) if w.lower().rstrip(".") not in allow.TITLES and w != "and"]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    return bool(words) and all(w in allowed_words for w in words)


def _allow_regex(allow_terms: Iterable[str]) -> re.Pattern[str] | None:
    terms = sorted({t.strip() for t in allow_terms if t and t.strip()}, key=len, reverse=True)
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in terms)
    if all(t[0].isascii() for t in terms):
        # the same alternatives in the same order, under their first letter: the regex tries a couple of dozen first
        # letters at each word, not every term (a check allows some 200 document and section titles)
        groups: dict[str, list[str]] = {}
        for t in terms:
            groups.setdefault(t[0].lower(), []).append(t[1:])
        alternatives = "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
                                for first, rests in groups.items())
    return re.compile(r"(?<![\w])(?:" + alternatives + r")(?:['’]s)?(?![\w])", re.IGNORECASE)


def resolve_overlaps(dets: Iterable[Detection]) -> list[Detection]:
    """Keep the best of overlapping detections (type priority, then score, then length), sorted by start."""
    ordered = sorted(dets, key=lambda d: (-PRIORITY.get(d.entity_type, 0), -d.score, -(d.end - d.start), d.start))
    kept: list[Detection] = []
    taken = bytearray(max((d.end for d in ordered), default=0))
    for d in ordered:
        if any(taken[d.start:d.end]):
            continue
        taken[d.start:d.end] = b"\x01" * (d.end - d.start)
        kept.append(d)
    return sorted(kept, key=lambda d: d.start)
