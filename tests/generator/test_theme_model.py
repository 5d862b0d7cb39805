"""The learned layer of the theme tagger: it loads, decides the same way twice, keeps traps out, finds
oblique cases, and every theme it assigns links to the paragraphs that evidence it. (All text fictional.)"""

from __future__ import annotations

import numpy as np
import pytest

from generator.themes import Passage

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def matcher():
    from generator.themes import get_matcher

    return get_matcher()


def tag(matcher, *paragraphs: str) -> dict:
    return matcher.tag([Passage("report.md", str(i + 1), sum(len(p) + 2 for p in paragraphs[:i]), p)
                        for i, p in enumerate(paragraphs)])


def test_the_shipped_model_loads_once_for_the_taxonomy(matcher) -> None:
    from generator.theme_model import MODEL_FILE, load_model

    assert MODEL_FILE.is_file() and MODEL_FILE.stat().st_size < 3_000_000
    ids = [t.id for t in matcher.tax.themes]
    model = load_model(ids)
    assert model is not None and model is load_model(ids) and matcher.learned is model
    assert model.themes == ids and model.weights.shape == (model.n_rule + len(model.vocab), len(ids))
    assert load_model(ids[:-1]) is None  # trained for other themes: the rules decide


def test_the_same_text_gets_the_same_answer_twice(matcher) -> None:
    text = ("The children were often seen in the street late at night without coats, the youngest in a wet nappy, "
            "and the school recorded that they were regularly hungry and unwashed on Mondays.")
    first, second = tag(matcher, text), tag(matcher, text)
    assert first == second
    from generator.theme_model import ThemeModel, MODEL_FILE

    a, b = ThemeModel.load(MODEL_FILE), ThemeModel.load(MODEL_FILE)
    x = a.vector(np.zeros(a.n_rule), {"hungry", "unwashed", "nappy"})
    assert np.array_equal(a.proba(x), b.proba(x))


def test_an_oblique_case_the_rules_miss_is_found(matcher) -> None:
    text = ("The children were often seen in the street late at night without coats, the youngest in a wet nappy, "
            "and the school recorded that they were regularly hungry and unwashed on Mondays.")
    learned = matcher.learned
    try:
        matcher._learned = None
        assert "neglect" not in tag(matcher, text)  # no rule has these words
    finally:
        matcher._learned = learned
    found = tag(matcher, text)
    assert "neglect" in found
    (ev,) = found["neglect"]  # the rules' one mention (short of their two), weighed with the words around it
    assert (ev.part, ev.paragraph, text[ev.start:ev.end]) == ("report.md", "1", "hungry")


def test_where_no_rule_mentions_a_theme_its_evidence_is_the_paragraph_that_weighs_most(matcher) -> None:
    from generator.theme_model import load_model

    model = load_model([t.id for t in matcher.tax.themes])
    j = model.themes.index("neglect")
    texts = ["The review met the family at home in the spring.",
             "The youngest was in a wet nappy, without coats in the street at night, and unwashed on Mondays."]
    passages = [Passage("r.md", "1", 0, texts[0]), Passage("r.md", "2", 60, texts[1])]
    mentions, trace = matcher.mentions(passages)
    saved = model.threshold[j]
    try:
        model.threshold[j] = 0.0  # whatever the words say, the theme is decided here
        found = model.decide(matcher, passages, mentions, trace, {})
    finally:
        model.threshold[j] = saved
    (ev,) = found["neglect"]
    assert (ev.paragraph, ev.start, ev.end) == ("2", 60, 60 + len(texts[1])) and ev.phrase and not ev.strong


@pytest.mark.parametrize(
    "text, theme",
    [
        # a mental illness's relapse plan is not a parent's substance misuse
        ("Mother has bipolar disorder and had been well for years. The perinatal team wrote a relapse plan, but it "
         "was never shared with the health visitor.", "parental-substance-misuse"),
        # a child's own drinking is not a parent's
        ("Young person R, fifteen, told the youth worker that she drank vodka most weekends with older friends; the "
         "worker spoke with her about it at each session.", "parental-substance-misuse"),
        # the court's timetable is not professional challenge
        ("The court escalated the timetable after the expert's report was filed, and the final hearing was brought "
         "forward by two months.", "escalation-challenge"),
    ],
)
def test_a_trap_is_rejected(matcher, text, theme) -> None:
    assert theme not in tag(matcher, text)


def test_every_theme_links_to_paragraphs_of_the_windows_that_show_it(matcher) -> None:
    paragraphs = [
        "Police attended three domestic abuse incidents at the home in the spring.",
        "The family moved twice in the year, into temporary accommodation and then a damp flat.",
        " ".join(["The review heard from every agency about its records and its contact with the family."] * 25),
        "The school's referral about the bruise was never shared with the health visitor or the GP.",
    ]
    found = tag(matcher, *paragraphs)
    assert {"domestic-abuse", "information-sharing"} <= set(found)
    for theme, evidence in found.items():
        assert evidence, theme
        for e in evidence:
            i = int(e.paragraph) - 1
            start = sum(len(p) + 2 for p in paragraphs[:i])
            assert e.part == "report.md" and start <= e.start < e.end <= start + len(paragraphs[i]), (theme, e)
    assert {e.paragraph for e in found["domestic-abuse"]} == {"1"}
    assert {e.paragraph for e in found["information-sharing"]} == {"4"}


def test_a_long_document_is_read_in_windows_of_an_excerpts_size() -> None:
    from generator.theme_model import WINDOW_WORDS, windows

    short = Passage("a", "1", 0, "word " * 100)
    long_ = Passage("a", "2", 0, "word " * 400)
    other = Passage("b", "1", 0, "word " * 10)
    assert windows([short, short, long_, short, other]) == [[0, 1], [2], [3], [4]]
    assert WINDOW_WORDS >= 213  # the longest labelled excerpt is one window


def test_training_is_deterministic() -> None:
    from generator.theme_model import RULE_FEATURES, train

    ids = ["a", "b"]
    rules = np.zeros(len(ids) * len(RULE_FEATURES))
    feats = [(rules, {"hungry", "cold"}), (rules, {"hungry", "dirty"}), (rules, {"police", "assault"}),
             (rules, {"police", "cold"}), (rules, {"hungry", "police"})]
    labels = [["a"], ["a"], ["b"], ["b"], ["a", "b"]]
    one, two = train(ids, feats, labels, l2=1e-3), train(ids, feats, labels, l2=1e-3)
    assert one.vocab == two.vocab and np.array_equal(one.weights, two.weights) and np.array_equal(one.bias, two.bias)
    x = one.vector(rules, {"hungry"})
    assert one.proba(x)[0] > 0.5 > one.proba(x)[1]


def test_the_shipped_model_is_trained_on_the_current_rules_and_sets() -> None:
    """After a change to schemas/themes.yaml, the matcher or a labelled set: python tools/train_themes.py."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "tools" / "train_themes.py"), "--check"], capture_output=True,
                          text=True, cwd=root)
    assert done.returncode == 0, done.stdout + done.stderr
