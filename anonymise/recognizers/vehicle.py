"""Vehicle registration marks: current GB format (AB12 CDE), Northern Ireland (ABZ 1234), older GB formats."""

from __future__ import annotations

import re

from anonymise.recognizers.base import PatternRecognizer, words_regex
from anonymise.recognizers.person import ACRONYMS

# Current GB: two area letters, two age digits (02-29 March, 51-79 September), three random letters.
GB_CURRENT = re.compile(r"(?=[A-HJ-PR-Y])(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12]\d|5[1-9]|[67]\d)\s?[A-HJ-PR-Z]{3}(?![\w-])")
# Northern Ireland: up to three letters whose last two are an NI code (…IA, …IB, …Z), 1-4 digits.
NI_CODES = "IA|IB|IG|IJ|IL|IW|AZ|BZ|CZ|DZ|EZ|FZ|GZ|HZ|JZ|KZ|LZ|MZ|NZ|OI|PZ|RZ|SZ|TZ|UI|UZ|VZ|WZ|XI|XZ|YZ"
# Three letters with an I or Z in the code part ("KIZ 2748", "DIZ 5067") are read as NI marks too: invented and
# reissued marks do not always use a current code, and the recognizer needs vehicle context anyway.
_NOT_MARKS = "|".join(sorted(a for a in ACRONYMS if len(a) == 3 and a.isalpha()))  # "CIN 12" is a plan
NI = re.compile(r"(?=[A-Z])(?<![\w-])(?!(?:" + _NOT_MARKS + r")\b)(?:[A-Z]?(?:" + NI_CODES + r")|[A-Z](?:[IZ][A-Z]|[A-Z][IZ]))\s?[1-9]\d{0,3}(?![\w-])")
# Older GB prefix (A123 BCD) and suffix (ABC 123D) marks: kept only with vehicle context.
GB_OLD = re.compile(r"(?=[A-Z])(?<![\w-])(?:[A-HJ-NPR-Y]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-HJ-NPR-Y])(?![\w-])")
# Common makes: "a blue Ford Focus, ABZ 1234" names the vehicle as clearly as "registration" does.
MAKES = ("ford vauxhall toyota nissan bmw audi volkswagen vw renault peugeot citroen citroën kia hyundai skoda seat "
         "fiat honda mazda mercedes mercedes-benz volvo mini land rover range rover jaguar suzuki mitsubishi dacia "
         "tesla lexus subaru porsche jeep chevrolet saab rover proton").split()
CONTEXT = words_regex(["registration", "reg", "reg.", "vrm", "vehicle", "car", "van", "registered",
                       "number plate", "index", "motorbike", "taxi", "driving", "drove", "parked", "hatchback",
                       "saloon", "estate car", "pick-up", "lorry", "moped", "motorcycle", "minicab", "4x4", "suv",
                       "plate", "plates", "anpr", "dvla", "keeper", "insured", "mot", "scooter", "jeep", "motor",
                       # what a person arrives, leaves or is picked up in ("ARRIVES IN GCZ 4172")
                       "arrives in", "arrived in", "arriving in", "left in", "leaves in", "drove off in",
                       "drives off in", "pulled up in", "picked up in", "got into", "gets into", "getting into",
                       *MAKES])
# "a blue Ford Focus", "her Vauxhall Corsa": after an article, possessive or colour, a make and the capitalised
# model after it are a vehicle, never a person (group "car"; "Kia Jones" and "Mr Ford" are not matched).
MAKE_MODEL = re.compile(r"\b(?i:a|an|the|his|her|their|my|black|white|silver|grey|gray|blue|red|green|dark|light|old|"
                        r"yellow|gold|maroon|orange|purple|bronze|beige|hired|stolen)\s+(?P<car>(?:Ford|Vauxhall|Toyota|Nissan|BMW|Audi|"
                        r"Volkswagen|VW|Renault|Peugeot|Citro[eë]n|Kia|"
                        r"Hyundai|Skoda|Seat|SEAT|Fiat|Honda|Mazda|Mercedes(?:-Benz)?|Volvo|Land\s+Rover|Range\s+Rover|"
                        r"Jaguar|Suzuki|Mitsubishi|Dacia|Tesla|Lexus|Subaru|Porsche|Jeep|Chevrolet|Saab|Proton)"
                        r"(?:\s+[A-Z0-9][\w-]*){1,2})")


def gb_current() -> PatternRecognizer:
    """Current-format GB marks (distinctive enough to stand alone)."""
    return PatternRecognizer(name="vehicle", entity_type="VEHICLE_REGISTRATION", patterns=[GB_CURRENT],
                             score=0.8, context=CONTEXT, score_with_context=0.95, window=80)


def northern_ireland() -> PatternRecognizer:
    """Northern Ireland marks: kept only with vehicle context nearby."""
    return PatternRecognizer(name="vehicle", entity_type="VEHICLE_REGISTRATION", patterns=[NI, GB_OLD],
                             score=0.5, context=CONTEXT, score_with_context=0.9, needs_context=True, window=80)
