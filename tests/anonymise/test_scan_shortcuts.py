"""Speed shortcuts must not change what is found: gates that skip a regex on a text that cannot match it, and the
literal occurrence finder that replaces a regex compiled per word."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from anonymise.recognizers import address, base, setting
from anonymise.recognizers.base import occurrences

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


def _eval_texts() -> list[str]:
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return texts


def test_gates_change_nothing_on_any_evaluation_text(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _eval_texts()
    texts += ["Gwen attends Larkfield Primary School.", "She was placed at Rowan Rise (a children's home).",
              "Hillview, a small residential house, took him.", "a pupil referral unit, The Beacon Centre",
              "moved to oak lodge academy", "Young Farmers Club in Llanarth", "Brook Lane, a Trust children's home",
              "Rose Cottage, Mill Lane", "Tŷ Gwyn, Heol y Bont", "Bron Haul, Ffordd y Llan, Dolgellau"]
    recs = [setting.recognizer(), address.recognizer()]
    gated = [[(d.start, d.end, d.entity_type) for r in recs for d in r.analyze(t)] for t in texts]
    monkeypatch.setattr(base, "GATES", False)
    ungated = [[(d.start, d.end, d.entity_type) for r in recs for d in r.analyze(t)] for t in texts]
    assert gated == ungated
    found = [d for ds in gated for d in ds]
    # the texts hold both kinds: the comparison means something
    assert sum(d[2] == "SETTING" for d in found) > 50 and sum(d[2] == "ADDRESS" for d in found) > 10


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


# an inline flag group, then a look-ahead on the first character: a class or a digit
_LEAD = re.compile(r"(\(\?[a-z]+\))?\(\?=(?:\[[^\]]+\]|\\d)\)")


def _lead_patterns() -> list[tuple[str, re.Pattern[str]]]:
    import importlib
    import pkgutil

    import anonymise.recognizers as recognizers

    out = []
    for info in pkgutil.iter_modules(recognizers.__path__):
        mod = importlib.import_module(f"anonymise.recognizers.{info.name}")
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern) and _LEAD.match(value.pattern):
                out.append((f"{info.name}.{name}", value))
    return out


LEAD_PATTERNS = _lead_patterns()


def test_the_lead_look_aheads_are_in_place() -> None:
    # a look-ahead on the first character lets the regex engine skip positions before it tries a look-behind
    assert len(LEAD_PATTERNS) >= 45


@pytest.mark.parametrize("name, rx", LEAD_PATTERNS, ids=[n for n, _ in LEAD_PATTERNS])
def test_a_lead_look_ahead_changes_no_match(name: str, rx: re.Pattern[str]) -> None:
    """The look-ahead names every character a match can start with: without it the pattern finds the same."""
    bare = re.compile(_LEAD.sub(lambda m: m.group(1) or "", rx.pattern, count=1), rx.flags)
    assert bare.pattern != rx.pattern
    for text in _eval_texts():
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in bare.finditer(text)], name


def test_no_anchored_pattern_is_asked_at_a_position() -> None:
    """``pattern.match(text, pos)`` with a pattern that opens with ``^`` (and no MULTILINE) never matches after the
    text's start: Python anchors ``^`` to the string, not to ``pos``. Such a rule silently does nothing."""
    import importlib
    import pkgutil

    import anonymise

    bad = []
    for info in pkgutil.walk_packages(anonymise.__path__, "anonymise."):
        mod = importlib.import_module(info.name)
        src = Path(mod.__file__).read_text("utf-8")
        for name, value in vars(mod).items():
            if not isinstance(value, re.Pattern) or not isinstance(value.pattern, str) or \
                    not value.pattern.startswith("^") or value.flags & re.MULTILINE:
                continue
            for use in re.finditer(r"\b" + re.escape(name) + r"\.(?:match|search|finditer|fullmatch)\(", src):
                depth, i, commas = 1, use.end(), 0
                while depth and i < len(src):  # the call's arguments, with their own brackets
                    depth += {"(": 1, ")": -1}.get(src[i], 0)
                    commas += src[i] == "," and depth == 1
                    i += 1
                if commas:
                    bad.append(f"{info.name}.{name}: {src[use.start():i]}")
    assert not bad, bad
