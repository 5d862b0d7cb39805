"""Speed shortcuts must not change what is found: gates that skip a regex on a text that cannot match it, and the
literal occurrence finder that replaces a regex compiled per word."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from anonymise.recognizers import setting
from anonymise.recognizers.base import occurrences

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


def _eval_texts() -> list[str]:
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return texts


def test_setting_gates_change_nothing_on_any_evaluation_text(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _eval_texts()
    texts += ["Gwen attends Larkfield Primary School.", "She was placed at Rowan Rise (a children's home).",
              "Hillview, a small residential house, took him.", "a pupil referral unit, The Beacon Centre",
              "moved to oak lodge academy", "Young Farmers Club in Llanarth", "Brook Lane, a Trust children's home"]
    rec = setting.recognizer()
    gated = [[(d.start, d.end) for d in rec.analyze(t)] for t in texts]
    monkeypatch.setattr(setting, "_GATES", False)
    ungated = [[(d.start, d.end) for d in rec.analyze(t)] for t in texts]
    assert gated == ungated
    assert sum(map(len, gated)) > 50  # the texts do hold settings: the comparison means something


@pytest.mark.parametrize("text, word", [
    ("Oak Lodge and Oak Lodge's garden; Oak Lodges; oak Lodge; -Oak Lodge; Oak Lodge-side; (Oak Lodge)", "Oak Lodge"),
    ("aaa aa aaaa aa_aa aa", "aa"),
    ("Siân, Siânî, Siân.", "Siân"),
    ("", "x"),
])
def test_occurrences_match_the_regex_they_replace(text: str, word: str) -> None:
    rx = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    assert occurrences(text, word) == [m.span() for m in rx.finditer(text)]
    rx2 = re.compile(r"(?<![\w.])" + re.escape(word) + r"(?![\w])")
    assert occurrences(text, word, before=".", after="") == [m.span() for m in rx2.finditer(text)]
