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
