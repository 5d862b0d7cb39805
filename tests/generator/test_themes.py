"""Learning themes: lemma phrase matching with negation, evidence offsets, review folders and published files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.themes import Passage, split_passages, taxonomy

pytestmark = pytest.mark.slow

SPEC_IDS = ["domestic-abuse", "parental-mental-health", "parental-substance-misuse", "neglect",
            "non-mobile-baby-injury", "safe-sleep", "child-criminal-exploitation", "sexual-abuse-exploitation",
            "online-harm", "self-harm-suicide", "fathers-male-carers", "voice-of-child", "information-sharing",
            "professional-curiosity", "escalation-challenge", "disguised-compliance", "disability-send",
            "culture-ethnicity-language", "poverty-housing"]


@pytest.fixture(scope="session")
def matcher():
    from generator.themes import get_matcher

    return get_matcher()


def tag(matcher, *paragraphs: str) -> dict:
    return matcher.tag([Passage("report.md", str(i + 1), 0, p) for i, p in enumerate(paragraphs)])


def test_taxonomy_holds_every_contract_id_with_a_source_and_phrases() -> None:
    tax = taxonomy()
    assert [t.id for t in tax.themes][: len(SPEC_IDS)] == SPEC_IDS
    for t in tax.themes:
        assert t.title and t.definition and t.sources and (t.strong or t.phrases), t.id


@pytest.mark.parametrize(
    "text, theme",
    [
        ("Police attended three domestic abuse incidents at the home.", "domestic-abuse"),
        ("The health visitor noted the injuries were unexplained bruises on a non-mobile infant.", "non-mobile-baby-injury"),
        ("The baby was co-sleeping with both parents on the night he died.", "safe-sleep"),
        ("He was being criminally exploited through county lines.", "child-criminal-exploitation"),
        ("Mother was prescribed methadone by the drug and alcohol team.", "parental-substance-misuse"),
    ],
)
def test_a_strong_phrase_alone_assigns_its_theme(matcher, text, theme) -> None:
    assert theme in tag(matcher, text)


def test_inflections_match_through_lemmas(matcher) -> None:
    found = tag(matcher, "Staff escalated their concerns twice.", "Practitioners are escalating concerns.")
    assert "escalation-challenge" in found
    phrases = [e.phrase.lower() for e in found["escalation-challenge"]]
    assert any("escalated" in p for p in phrases) and any("escalating" in p for p in phrases)
    assert {e.paragraph for e in found["escalation-challenge"]} == {"1", "2"}


def test_a_negated_mention_is_not_evidence(matcher) -> None:
    found = tag(matcher, "There was no evidence of domestic abuse in the household.",
                "Agencies had no concerns about neglect at that time.")
    assert "domestic-abuse" not in found and "neglect" not in found


def test_weak_phrases_need_several_mentions(matcher) -> None:
    assert "online-harm" not in tag(matcher, "She kept in touch with friends on Snapchat.")
    found = tag(matcher, "Messages on Snapchat were threatening.", "Instagram posts continued.",
                "Online contact with the older male went on for months.")
    assert "online-harm" in found and len(found["online-harm"]) >= 3


def test_evidence_offsets_point_into_the_part_text(matcher) -> None:
    text = "1.1 Introduction.\n\n1.2 The review found domestic abuse was not shared with the school."
    passages = split_passages("report.md", text)
    assert [p.paragraph for p in passages] == ["1.1", "1.2"]
    found = matcher.tag(passages)
    ev = found["domestic-abuse"][0]
    assert ev.paragraph == "1.2" and text[ev.start:ev.end].lower() == "domestic abuse"


def test_review_folder_json_has_the_spec_shape_and_real_offsets(capsys, tmp_path: Path) -> None:
    sample = Path("samples/scotland-learning-review")
    assert main(["themes", str(sample), "--format", "json", "--jobs", "1", "--no-cache"]) == 0
    data = json.loads(capsys.readouterr().out)
    (doc,) = data["documents"]
    assert doc["path"].endswith("scotland-learning-review")
    ids = [t["id"] for t in doc["themes"]]
    assert "child-criminal-exploitation" in ids and "information-sharing" in ids
    for t in doc["themes"]:
        for e in t["evidence"]:
            assert set(e) == {"part", "paragraph", "start", "end"}
            text = (sample / e["part"]).read_text(encoding="utf-8")
            assert 0 <= e["start"] < e["end"] <= len(text)
            assert re.match(r"^(\d+(\.\d+)*|line \d+|.+ ¶\d+)$", e["paragraph"])


def test_published_docx_and_pdf_are_tagged_with_the_checks_extractors(capsys, tmp_path: Path) -> None:
    out = tmp_path / "pub"
    assert main(["render", "samples/scotland-learning-review", "--out", str(out), "--edition", "public",
                 "--to", "docx,pdf"]) == 0
    capsys.readouterr()
    files = sorted(str(p) for p in out.iterdir() if p.suffix in (".pdf", ".docx"))
    assert files
    assert main(["themes", *files, "--format", "json", "--jobs", "1", "--no-cache"]) == 0
    docs = json.loads(capsys.readouterr().out)["documents"]
    report = [d for d in docs if "report" in d["path"]]
    assert report and all("child-criminal-exploitation" in [t["id"] for t in d["themes"]] for d in report)


def test_unchanged_files_are_served_from_the_cache(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["themes", "samples/wales-susr", "--format", "json", "--jobs", "1"]) == 0
    first = capsys.readouterr().out

    import generator.themes as themes_mod

    def boom(*a, **k):
        raise AssertionError("the matcher ran although the text is unchanged")

    monkeypatch.setattr(themes_mod, "get_matcher", boom)
    assert main(["themes", "samples/wales-susr", "--format", "json", "--jobs", "1"]) == 0
    assert capsys.readouterr().out == first


def test_text_output_and_errors(capsys, tmp_path: Path) -> None:
    assert main(["themes", "samples/wales-susr", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("samples/wales-susr\n") and "parental-substance-misuse (Parental substance misuse)" in out
    (tmp_path / "x.xyz").write_text("hello")
    assert main(["themes", str(tmp_path / "x.xyz")]) == 2
    assert "cannot read a '.xyz' file" in capsys.readouterr().err


def test_a_rule_is_written_as_parts_joined_by_plus_and_minus() -> None:
    from generator.themes import Rule

    rule = Rule.parse("uncle|grandfather + never [0-2] visited - holiday - abroad")
    assert rule.parts == ("uncle|grandfather", "never [0-2] visited") and rule.absent == ("holiday", "abroad")


def test_an_exact_word_form_is_not_lemmatised() -> None:
    from generator.themes import compile_pattern

    (pattern,) = compile_pattern("=older lads")
    assert pattern[0] == {"LOWER": "older"} and pattern[1] == {"NORM": "lad"}  # one form: compared directly
    (pattern,) = compile_pattern("=older|=elder lads|men")
    assert pattern[0] == {"LOWER": {"IN": ["elder", "older"]}} and pattern[1] == {"NORM": {"IN": ["lad", "man"]}}


def test_word_families_meet_in_one_sentence_however_far_apart(matcher) -> None:
    text = ("The stepfather, a lorry driver who lived with the family from the spring and was often away "
            "for days at a time, was never once invited to a core group.")
    found = tag(matcher, text)
    assert "fathers-male-carers" in found
    spans = [text[e.start:e.end] for e in found["fathers-male-carers"] if e.strong]
    assert any(s.startswith("stepfather") and s.endswith("invited") for s in spans), spans
    # the same words in two sentences are not the family
    split = "The stepfather drove lorries for a living. The school nurse was never invited to a core group."
    assert "fathers-male-carers" not in tag(matcher, split)


def test_a_part_after_minus_keeps_a_rule_from_firing(matcher) -> None:
    assert "culture-ethnicity-language" in tag(matcher, "A telephone interpreter was used for the assessment.")
    assert "culture-ethnicity-language" not in tag(
        matcher, "A British Sign Language interpreter was used for the assessment of the deaf boy.")


def test_practice_themes_keep_their_negations_as_evidence(matcher) -> None:
    # "never" cancels a condition theme; for voice-of-child it is the finding itself
    assert "voice-of-child" in tag(matcher, "Nobody spoke to the boy about his evenings at home.")
    assert "domestic-abuse" not in tag(matcher, "There was never any domestic abuse in the household.")
    # a ruled-out statement still cancels a practice theme
    assert "information-sharing" not in tag(matcher, "There was no evidence of information not shared with the school.")


def test_questions_and_recommendations_are_not_evidence(matcher) -> None:
    assert "domestic-abuse" not in tag(matcher, "Was domestic abuse a feature of the household?")
    assert "poverty-housing" not in tag(matcher, "Recommendation 3: families in temporary accommodation should be visited.")
    assert "poverty-housing" in tag(matcher, "The family lived in temporary accommodation for a year.")


def test_a_pattern_gap_does_not_run_into_the_next_sentence(matcher) -> None:
    # "partner ... hit ... her" across a full stop is two facts, not one
    assert "domestic-abuse" not in tag(matcher, "Her partner drove a van. Hit songs played while she cooked.")
    assert "domestic-abuse" in tag(matcher, "Her partner hit her twice in the kitchen.")


def test_a_paragraph_family_needs_both_halves(matcher) -> None:
    seeming = "Records describe the father as polite and keen to work with the team."
    behind = "An unannounced visit found the flat without heating and the toddler alone."
    assert "disguised-compliance" in tag(matcher, f"{seeming} {behind}")
    assert "disguised-compliance" not in tag(matcher, seeming)


def test_a_gap_free_part_is_a_list_of_phrases_and_other_parts_are_not() -> None:
    from generator.themes import plain_phrases

    assert plain_phrases("locked_doors|curtains drawn") == [["lock", "door", "draw"], ["curtain", "draw"]]
    assert plain_phrases("curtains [0-2] drawn") is None and plain_phrases("=older lads") is None


def test_a_phrase_part_finds_what_the_matcher_finds(matcher) -> None:
    from spacy.matcher import Matcher, PhraseMatcher

    from generator.themes import _norm_doc, compile_pattern, plain_phrases

    part = "locked_doors|closed_curtains|neighbour"
    doc = matcher.nlp("The neighbours saw closed curtains and locked doors for a week.")
    by_pattern, by_phrase = Matcher(matcher.nlp.vocab), PhraseMatcher(matcher.nlp.vocab, attr="NORM")
    by_pattern.add("x", compile_pattern(part))
    by_phrase.add("x", [_norm_doc(matcher.nlp.vocab, words) for words in plain_phrases(part)])
    assert sorted(by_phrase(doc)) == sorted(by_pattern(doc)) and len(by_phrase(doc)) == 3
