"""UK phone numbers in any layout, checked with ``phonenumbers`` (region GB); public helplines are not findings."""

from __future__ import annotations

import re

import phonenumbers

from anonymise.recognizers.base import detection
from anonymise.types import Detection

# A candidate: +44 or 0, then digits with single spaces, hyphens, dots or brackets between them.
CANDIDATE = re.compile(r"(?=[+(0])(?<![\w+/])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:\)?[\s.-]?\(?\d){8,10}(?![\w/]|-\d)")
# National numbers of public helplines and services that a review may quote (not personal data).
HELPLINES = frozenset({
    "8001111",        # Childline 0800 1111
    "8088005000",     # NSPCC helpline
    "116123",         # Samaritans
    "8082000247",     # National Domestic Abuse Helpline
    "8088024040",     # Live Fear Free (Wales)
    "8088021414",     # Domestic and Sexual Abuse Helpline (NI)
    "8000271234",     # Scotland's Domestic Abuse and Forced Marriage Helpline
    "3001231111",     # NHS 111 (Wales) / generic
    "8001113",        # 111 Wales alternatives
})
# Freephone prefixes of the national number; the harmonised European services are six digits, 116 and three more
# (116 123, 116 111), while 0116 is Leicester's area code (0116 496 0142 is a person's number)
FREEPHONE = frozenset({"800", "808"})
EUROPEAN_SERVICE = re.compile(r"116\d{3}")


class PhoneRecognizer:
    """Finds UK numbers that ``phonenumbers`` accepts as possible GB numbers."""

    name = "phone"
    entity_type = "PHONE"

    def analyze(self, text: str) -> list[Detection]:
        """Find phone numbers in ``text``."""
        out: list[Detection] = []
        for m in CANDIDATE.finditer(text):
            raw = m.group(0)
            start = m.start()
            if raw.startswith("("):
                start += 1
            try:
                num = phonenumbers.parse(raw, "GB")
            except phonenumbers.NumberParseException:
                continue
            if num.country_code != 44 or not phonenumbers.is_possible_number(num):
                continue
            national = str(num.national_number)
            if len(set(national)) <= 2:
                continue
            if national in HELPLINES or national[:3] in FREEPHONE or EUROPEAN_SERVICE.fullmatch(national):
                continue  # freephone (0800/0808) and 116 numbers belong to public services, never to a person
            score = 0.95 if phonenumbers.is_valid_number(num) else 0.8
            if len(national) < 10:  # 10 digits with the 0: may be a health number instead
                score = 0.6
            out.append(detection(text, start, m.end(), self.entity_type, score, self.name))
        return out


def recognizer() -> PhoneRecognizer:
    """The phone recognizer."""
    return PhoneRecognizer()
