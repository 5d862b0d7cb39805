"""Street addresses: [flat/unit,] [house name,] house number + street, then locality and town where written."""

from __future__ import annotations

import re

from anonymise.recognizers.allow import AGENCY_HEADS
from anonymise.recognizers.base import detection, gate_open
from anonymise.types import Detection

_CAP = r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF\u0100-\u024F'’][\w'’\u00C0-\u024F-]*"
STREET_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Crescent|Cres|Drive|Dr|Way|Park|Walk|Gardens|Gdns|Place|Pl|"
    r"Terrace|Terr|Court|Ct|Grove|Hill|View|Square|Sq|Row|Mews|Green|Rise|Wynd|Brae|Vale|Heights|Parade|Path|"
    r"Quay|Wharf|Yard|Circus|Boulevard|Broadway|Causeway|Chase|Croft|Dale|End|Fold|Gate|Glen|Loan|Meadow|Meadows|"
    r"Mount|Oval|Pass|Promenade|Ridge|Side|Vennel|Villas|Wood|Court|Estate|Grange|Bank|Embankment|Hey|Brow|Nook|"
    r"Cottages|Shore|Strand|Pier|Harbour|Point|Haven|Holm|Brig|Neuk|Gait|Knowe|Loaning"
)
# Welsh, Scottish Gaelic and Irish street words that come first: "Heol y Nant", "Maes-y-Dre".
LEADING = r"Heol|Ffordd|Stryd|Lôn|Lon|Maes|Cae|Bryn|Clos|Cwrt|Rhodfa|Teras|Cilgant|Rhes|Llys|Stad|Sgwâr|Sràid|Rathad|Sráid|Bóthar"
HOUSE_NO = r"(?:(?:Flat|Fflat|Apartment|Apt|Unit|Room|Maisonette)\s+\d+[A-Za-z]?,?\s+)?(?:\d{1,2}/\d{1,2},?\s+)?\d{1,3}[A-Za-z]?(?:-\d{1,3})?,?"
# (never the minutes of a clock time: "01:12 CALLER IS HOLLY WOOD")
STREET = re.compile(
    r"(?=[FAURM\d])(?<![\w/])(?<!\d:)" + HOUSE_NO + r"\s+(?:(?:" + _CAP + r"\s+){1,3}(?:" + STREET_TYPES + r")\b|(?:" + LEADING + r")(?:[\s-]"
    r"(?:y|yr|an|na|[A-Z][\w'’-]*)){1,3}(?![\w-]))")
FLAT_PREFIX = re.compile(r"(?:(?:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,\s+(?:" + _CAP + r"\s+){1,3}"
                         r"(?:House|Court|Building|Tower|Lodge|Mansions|Point|Heights|Block),\s+)$")
FLAT_HOUSE = re.compile(r"(?=[FARU])(?<![\w/])(?:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,\s+(?:" + _CAP + r"\s+){1,3}"
                        r"(?:House|Court|Building|Tower|Lodge|Mansions|Point|Heights|Block),\s+(?:" + _CAP + r"\s+){0,3}"
                        r"(?:" + STREET_TYPES + r")\b")
_HOUSE_KINDS = r"Cottage|Farm|Farmhouse|Lodge|Barn|Villa|Bungalow|House|Hall|Grange|Manor|Cottages|Croft|Steading"
# A named house before a street: "Rose Cottage, Mill Lane"; Welsh "Tŷ Gwyn, Heol y Bont", "Fferm Cae Du, Lôn Isaf".
HOUSE_NAME = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w/])(?:(?:" + _CAP + r"\s+){1,2}(?:" + _HOUSE_KINDS + r")|(?:Tŷ|Ty|Bwthyn|Fferm|Plas)\s+"
                        r"(?:" + _CAP + r")(?:\s+(?:" + _CAP + r"))?)(?:,\s+(?:(?:" + _CAP + r"\s+){1,3}(?:" + STREET_TYPES +
                        r")\b|(?:" + LEADING + r")(?:[\s-](?:y|yr|an|na|[A-Z][\w'’-]*)){1,3}(?![\w-])))")
# A named house, then its village and town, then the postcode, with no street: "Carraig Cottage, Church Bay, Rathlin
# Island BT54 6RT", "Ty'n Llwyn, Bryncroes, Pwllheli LL53 8EH" (the postcode says the words before it are an address)
_POSTCODE_AHEAD = (r"(?=,?\s+(?:[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)\s?\d[ABD-HJLNP-UW-Z]{2})"
                   r"(?![\w-]))")
NAMED_TO_POSTCODE = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w/])(?:(?:" + _CAP + r"\s+){1,2}(?:" + _HOUSE_KINDS + r")|"
                               r"(?:Tŷ|Ty|Ty['’][nN]|Tyn|Bwthyn|Fferm|Plas)\s+" + _CAP + r"(?:\s+" + _CAP + r")?)"
                               r"(?:,\s+" + _CAP + r"(?:\s+" + _CAP + r"){0,2}){1,3}" + _POSTCODE_AHEAD)
# the same in capitals, three parts or more: "TY'N LLWYN, BRYNCROES, PWLLHELI LL53 8EH"
_CAPSEG = r"[A-ZÀ-ÞŴŶ][A-ZÀ-ÞŴŶ'’-]+(?:\s+[A-ZÀ-ÞŴŶ][A-ZÀ-ÞŴŶ'’-]*){0,3}"
CAPS_TO_POSTCODE = re.compile(r"(?=[A-ZÀ-ÞŴŶ])(?<![\w/])" + _CAPSEG + r"(?:,\s+" + _CAPSEG + r"){2,3}" + _POSTCODE_AHEAD)
# Any house name before a Welsh or Gaelic street that names its kind first: "Bron Haul, Ffordd y Llan, Dolgellau".
NAME_LEADING = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w/])(?:" + _CAP + r"\s+){0,2}" + _CAP + r",\s+(?:" + LEADING + r")(?:[\s-]"
                          r"(?:y|yr|an|na|[A-Z][\w'’-]*)){1,3}(?![\w-])")
# A named house or farm before a numbered street: "Tullyroan Farm, 112 Moss Road".
NAME_PREFIX = re.compile(r"(?<![\w/])(?:" + _CAP + r"\s+){1,2}(?:" + _HOUSE_KINDS + r"),\s+$")
# A street named without a number after a living word: "the family lived on Elm Close".
LIVED_ON = re.compile(r"\b(?:lived|living|lives|moved|resided|residing|address(?:\s+was)?|home|house|flat|property)"
                      r"\s(?:on|in|at|to)\s((?:" + _CAP + r"\s+){1,3}(?:Street|Road|Avenue|Lane|Close|Crescent|Drive|"
                      r"Terrace|Gardens|Place|Grove|Way|Court|Walk|Mews|Square|Row|Wynd)\b)")
# a word every match of a pattern holds (``base.gate_open``): a text without it is not scanned
_GATE = {HOUSE_NAME: re.compile(_HOUSE_KINDS + r"|Tŷ|Ty|Bwthyn|Fferm|Plas"),
         NAMED_TO_POSTCODE: re.compile(_HOUSE_KINDS + r"|Tŷ|Ty|Bwthyn|Fferm|Plas"),
         NAME_LEADING: re.compile(r",\s+(?:" + LEADING + r")")}
_NOT_HOUSE = frozenset("the a an in at on by then later meanwhile however mother father she he they we".split())
TOWN = re.compile(r",\s+(?:" + _CAP + r")(?:[ -](?:" + _CAP + r"|upon|y|yr|le|of(?=\s+[A-Z])))*(?![\w-])")
HEADING_WORDS = re.compile(r"^(?:Section|Part|Chapter|Article|Paragraph|Finding|Proposal|Recommendation)\b")


# A number and a street of one or two words before a known town: "14 Bayhead, Stornoway", "3 Tullyglass, Ballymena".
# Gaelic and Welsh street names hold a lower-case article: "6 Ceann a' Bhàigh, Tarbert", "2 Bryn yr Efail, Bala".
NUMBER_TOWN = re.compile(r"(?=\d)(?<![\w/.:-])(?<!Section\s)(?<!Article\s)\d{1,3}[A-Za-z]?\s+(?:" + _CAP +
                         r"\s+(?:(?:a['’]|an|na|nam|nan|na\s+h-|y|yr)\s+|(?:an\s+t|na\s+h)-(?=[A-Z]))?)?" + _CAP +
                         r"(?=,\s+(?P<town>" + _CAP + r"))")  # also "Cnoc an t-Sìthein", "Sràid na h-Eaglais"
# An address written in capitals inside a line of ordinary text ("visit at FLAT 2, 9 NESS ROAD, STROMNESS,
# ORKNEY KW16 3DL"): its words are re-cased ("Flat 2, 9 Ness Road, Stromness, Orkney KW16 3DL") and read by the
# same patterns; words with digits (the postcode) keep their capitals, so the address stops before them.
CAPS_ADDRESS = re.compile(r"(?<![\w/:.])(?:(?:FLAT|FFLAT|APARTMENT|UNIT)\s+\d{1,3}[A-Z]?,?\s+)?\d{1,3}[A-Z]?,?\s+"
                          r"[A-ZÀ-ÞŴŶ][A-ZÀ-ÞŴŶ'’-]+(?:(?:,?\s+|-)(?:[A-ZÀ-ÞŴŶ][A-ZÀ-ÞŴŶ'’-]*(?![\w])|[A-Z]['’]))*")
_SMALL_CAPS = frozenset({"Y", "YR", "OF", "UPON", "LE", "AN", "NA", "THE", "AND", "A'", "A’"})


def _recased(text: str) -> str | None:
    """``text`` with its addresses in capitals written in title case (same length), or None when it has none."""
    runs = [m for m in CAPS_ADDRESS.finditer(text) if len(re.findall(r"[A-Z]{2,}", m.group(0))) >= 2]
    if not runs:
        return None
    chars = list(text)
    for m in runs:
        for w in re.finditer(r"[^\s,-]+", m.group(0)):
            word = w.group(0)
            if any(c.isdigit() for c in word):
                continue
            new = word.lower() if word in _SMALL_CAPS else word[:1] + word[1:].lower()
            if len(new) == len(word):
                chars[m.start() + w.start():m.start() + w.end()] = new
    return "".join(chars)


_TOWN_END = re.compile(r"\s*(?:[,.;:)\n–-]|$|[A-Z]{1,2}\d|[a-z])")
_CAPS_GATE = re.compile(r"\d,?\s+[A-ZÀ-ÞŴŶ]{2,}[\s,'’-]+[A-ZÀ-ÞŴŶ]")


class AddressRecognizer:
    """Finds a numbered street address and extends it over the flat, house name, locality and town."""

    name = "address"
    entity_type = "ADDRESS"

    def analyze(self, text: str) -> list[Detection]:
        """Find street addresses in ``text``, and those written in capitals inside ordinary lines."""
        out = self._analyze(text)
        view = _recased(text) if _CAPS_GATE.search(text) else None
        if view is not None:
            for d in self._analyze(view, original=text):
                if not any(d.start < o.end and o.start < d.end for o in out):
                    out.append(detection(text, d.start, d.end, self.entity_type, d.score, self.name))
        for m in CAPS_TO_POSTCODE.finditer(text) if ", " in text else ():
            if any(w.lower() in AGENCY_HEADS or w in ("NHS", "HSC", "GIG") for w in re.findall(r"[\w'’-]+", m.group(0))):
                continue  # "NHS LOTHIAN, CHILD PROTECTION, EDINBURGH EH1 3EG": an agency's address
            if not any(m.start() < d.end and d.start < m.end() for d in out):
                out.append(detection(text, m.start(), m.end(), self.entity_type, 0.85, self.name))
        return out

    def _analyze(self, text: str, original: str | None = None) -> list[Detection]:
        out: list[Detection] = []
        spans: list[tuple[int, int]] = []
        for pat, group in ((FLAT_HOUSE, 0), (HOUSE_NAME, 0), (NAME_LEADING, 0), (STREET, 0), (LIVED_ON, 1),
                           (NAMED_TO_POSTCODE, 0)):
            gate = _GATE.get(pat)
            for m in pat.finditer(text) if gate is None or gate_open(gate, text) else ():
                if pat is NAME_LEADING and m.group(0).split()[0].lower() in _NOT_HOUSE:
                    continue
                if not any(m.start(group) < e and s < m.end(group) for s, e in spans):
                    spans.append(m.span(group))
        from anonymise.recognizers.allow import is_common, places
        from anonymise.recognizers.clean_text import localities

        for m in NUMBER_TOWN.finditer(text):
            street = m.group(0).split()[1:]
            town = m.group("town").lower()
            if (town in places() or town in localities()) and not all(is_common(w) for w in street) and \
                    not any(m.start() < e and s < m.end() for s, e in spans):
                spans.append(m.span())
        for s, e in sorted(spans):
            street = text[s:e]
            if HEADING_WORDS.search(street.split(None, 1)[-1]):
                continue
            pre = FLAT_PREFIX.search(text[max(0, s - 80):s])
            if pre:
                s -= len(pre.group(0))
            elif text[s:s + 1].isdigit():
                named = NAME_PREFIX.search(text[max(0, s - 50):s])
                if named:
                    s -= len(named.group(0))
            for _ in range(3):  # locality, town, island or county ("Stornoway, Isle of Lewis")
                t = TOWN.match(text, e)
                if not t or not (len(t.group(0).split()) <= 4 and _TOWN_END.match(original or text, t.end())):
                    break  # a town ends at a comma, a postcode, a full stop or a lower-case word
                e = t.end()
            while e > s and text[e - 1] in ",. ":
                e -= 1
            out.append(detection(text, s, e, self.entity_type, 0.85, self.name))
        return out


def recognizer() -> AddressRecognizer:
    """The address recognizer."""
    return AddressRecognizer()
