"""Learning themes: tag review documents and published reports with the taxonomy in schemas/themes.yaml.

Phrases are matched on lemmas (LemmInflect's English lemma dictionary on spaCy's tokens, the same
pipeline for the text and the phrases, so inflections do not matter) with spaCy's ``PhraseMatcher``; a mention after a negation cue in its
sentence ("there was no evidence of domestic abuse") is not counted. A theme is assigned to a document
when one of its ``strong`` phrases is found, or at least ``min_hits`` of its other phrases; every
mention is evidence, with the paragraph it is in and offsets into the part's text.

Three kinds of evidence: phrases (PhraseMatcher on lemmas), token patterns (spaCy Matcher on lemmas, with
gaps: "who did what to whom" in a few words), and co-occurrence rules — word families that must meet
in one sentence (or one paragraph), however far apart ("the father … was never invited to a meeting").
Practice themes (``negation: ruled-out``) keep "never seen", "nobody asked" as evidence: for them only a
ruled-out statement ("no evidence of", "… was not a feature") cancels a mention. Background sentences
(national context, training figures, questions in terms of reference) never count.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from generator.resources import schemas_dir

_NUMBERED = re.compile(r"^\s*(\d+(?:\.\d+)+|\d+)[.)]?\s+\S")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


@dataclass(frozen=True)
class Theme:
    """One learning theme: stable id, title, definition, sources and the phrases that evidence it."""

    id: str
    title: str
    definition: str
    sources: tuple[str, ...]
    strong: tuple[str, ...]
    phrases: tuple[str, ...]
    min_hits: int
    strong_patterns: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    sentences: tuple["Rule", ...] = ()
    paragraphs: tuple["Rule", ...] = ()
    negation: str = "cues"  # "cues": any negation cue cancels a mention; "ruled-out": only ruled-out phrases
    syntax: dict[str, Any] | None = None  # a dependency-parse check of its mentions (generator/theme_syntax.py)


@dataclass(frozen=True)
class Rule:
    """A co-occurrence rule: every ``parts`` pattern in one sentence (or paragraph), no ``absent`` one.

    Written ``"father|partner + never|not [0-3] seen|invited - review"`` in the taxonomy: ``+`` joins the
    parts that must all occur, ``-`` introduces a part that must not. The first part is the mention that
    negation is checked on. A rule ending ``@ child`` only finds candidates: the dependency parse must show
    someone of that role doing or undergoing what the theme's ``syntax: require: child`` names (the child
    asked, spoken to, or telling a professional), and without a parser the rule is no evidence."""

    text: str
    parts: tuple[str, ...]
    absent: tuple[str, ...] = ()
    role: str = ""

    @classmethod
    def parse(cls, text: str) -> "Rule":
        body, _, role = text.strip().partition(" @ ")
        pieces = re.split(r"\s([+-])\s", body.strip())
        parts, absent = [pieces[0].strip()], []
        for sign, piece in zip(pieces[1::2], pieces[2::2]):
            (parts if sign == "+" else absent).append(piece.strip())
        return cls(text, tuple(parts), tuple(absent), role.strip())


@dataclass(frozen=True)
class Taxonomy:
    """Every theme, the negation settings, and a digest of the data (for caches)."""

    themes: tuple[Theme, ...]
    negation_window: int
    negation_cues: frozenset[str]
    negation_phrases: tuple[str, ...]
    digest: str
    negation_after: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    ruled_out: tuple[str, ...] = ()
    ruled_out_sentence: tuple[str, ...] = ()
    roles: dict[str, Any] = field(default_factory=dict)  # people by role, for the parse checks

    def get(self, theme_id: str) -> Theme:
        return next(t for t in self.themes if t.id == theme_id)


@cache
def taxonomy(path: Path | None = None) -> Taxonomy:
    """The taxonomy in ``schemas/themes.yaml`` (or ``path``)."""
    from ruamel.yaml import YAML

    source = path or schemas_dir() / "themes.yaml"
    raw = source.read_bytes()
    data = YAML(typ="safe", pure=True).load(raw.decode("utf-8"))
    sources = data.get("sources") or {}
    default_min = int(data.get("min_hits", 2))
    themes = tuple(
        Theme(
            id=t["id"], title=t["title"], definition=t["definition"],
            sources=tuple(sources.get(s, s) for s in t.get("sources", [])),
            strong=tuple(t.get("strong", [])), phrases=tuple(t.get("phrases", [])),
            min_hits=int(t.get("min_hits", default_min)),
            strong_patterns=tuple(t.get("strong_patterns", [])), patterns=tuple(t.get("patterns", [])),
            sentences=tuple(Rule.parse(r) for r in t.get("sentences", [])),
            paragraphs=tuple(Rule.parse(r) for r in t.get("paragraphs", [])),
            negation=str(t.get("negation", "cues")),
            syntax=t.get("syntax"),
        )
        for t in data["themes"]
    )
    neg = data.get("negation") or {}
    return Taxonomy(
        themes=themes,
        negation_window=int(neg.get("window", 6)),
        negation_cues=frozenset(c.lower() for c in neg.get("cues", [])),
        negation_phrases=tuple(p.lower() for p in neg.get("phrases", [])),
        digest=hashlib.sha256(raw).hexdigest()[:16],
        negation_after=tuple(p.lower() for p in neg.get("after", [])),
        background=tuple(p.lower() for p in neg.get("background", [])),
        ruled_out=tuple(p.lower() for p in neg.get("ruled_out", [])),
        ruled_out_sentence=tuple(p.lower() for p in neg.get("ruled_out_sentence", [])),
        roles=dict(data.get("roles") or {}),
    )


@dataclass(frozen=True)
class Passage:
    """A paragraph of a document: which part it is in, its label (``3.2``), and where it starts."""

    part: str
    paragraph: str
    start: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """A mention of a theme: part, paragraph, offsets into the part's text, and the words matched."""

    part: str
    paragraph: str
    start: int
    end: int
    phrase: str
    strong: bool

    def to_dict(self) -> dict[str, Any]:
        return {"part": self.part, "paragraph": self.paragraph, "start": self.start, "end": self.end}

    def cache_dict(self) -> dict[str, Any]:
        return {**self.to_dict(), "phrase": self.phrase, "strong": self.strong}


@dataclass
class DocumentThemes:
    """The themes of one document (a review folder or a file), each with its evidence."""

    path: str
    themes: dict[str, list[Evidence]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def to_dict(self, tax: Taxonomy | None = None) -> dict[str, Any]:
        tax = tax or taxonomy()
        out: dict[str, Any] = {
            "path": self.path,
            "themes": [
                {"id": t.id, "title": t.title, "evidence": [e.to_dict() for e in self.themes[t.id]]}
                for t in tax.themes if t.id in self.themes
            ],
        }
        if self.problems:
            out["problems"] = list(self.problems)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocumentThemes":
        doc = cls(data["path"], problems=list(data.get("problems", [])))
        for t in data.get("themes", []):
            doc.themes[t["id"]] = [Evidence(e["part"], e["paragraph"], e["start"], e["end"], e.get("phrase", ""),
                                            bool(e.get("strong", False))) for e in t["evidence"]]
        return doc


class ThemeMatcher:
    """Lemma-based phrase matching of the taxonomy, with negation; build once per process.

    The pipeline is spaCy's English tokenizer, its rule-based sentencizer, and a lemma for every token
    from LemmInflect's dictionary (no tagger: the same word gets the same lemma in the text and in the
    phrases, so "injuries" meets "injury" and "escalated" meets "escalate" at tokenizer speed).
    """

    def __init__(self, tax: Taxonomy | None = None, model: str | None = None) -> None:
        import spacy
        from spacy.language import Language
        from spacy.matcher import PhraseMatcher

        self.tax = tax or taxonomy()
        self.model = model  # kept for the cache key; the theme pipeline needs no trained model
        if not Language.has_factory("casereview_lemma_norm"):
            @Language.component("casereview_lemma_norm")
            def _lemma_norm(doc: Any) -> Any:  # NORM := lower-cased lemma, so PhraseMatcher(attr=NORM) matches lemmas
                for token in doc:
                    token.norm_ = _lemma(token.lower_)
                return doc

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("casereview_lemma_norm")
        from spacy.matcher import Matcher

        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")  # SEND is not "send", MASH not "mash"
        self.token_matcher = Matcher(nlp.vocab)
        for theme in self.tax.themes:
            for kind, phrases in (("strong", theme.strong), ("phrase", theme.phrases)):
                upper = [p for p in phrases if _ACRONYM.fullmatch(p)]
                words = [p for p in phrases if not _ACRONYM.fullmatch(p)]
                if words:
                    self.matcher.add(f"{theme.id}|{kind}", list(nlp.pipe(words)))
                if upper:
                    self.acronyms.add(f"{theme.id}|{kind}", [nlp.make_doc(p) for p in upper])
            for kind, patterns in (("strong", theme.strong_patterns), ("phrase", theme.patterns)):
                if patterns:
                    self.token_matcher.add(f"{theme.id}|{kind}", [b for p in patterns for b in compile_pattern(p)])
        # co-occurrence rules: one Matcher key per part ("theme|scope|rule|part" or "...|-part")
        # (a part without gaps or exact word forms is a list of phrases: the PhraseMatcher finds those at a
        # fraction of the Matcher's cost, which grows with its number of patterns)
        self.rules: dict[tuple[str, str, int], Rule] = {}
        self.rule_matcher = Matcher(nlp.vocab)
        self.rule_phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        for theme in self.tax.themes:
            for scope, rules in (("s", theme.sentences), ("p", theme.paragraphs)):
                for i, rule in enumerate(rules):
                    self.rules[(theme.id, scope, i)] = rule
                    keyed = [(f"{theme.id}|{scope}|{i}|{j}", part) for j, part in enumerate(rule.parts)]
                    keyed += [(f"{theme.id}|{scope}|{i}|-{j}", part) for j, part in enumerate(rule.absent)]
                    for key, part in keyed:
                        plain = plain_phrases(part)
                        if plain is None:
                            self.rule_matcher.add(key, compile_pattern(part))
                        else:
                            self.rule_phrases.add(key, [_norm_doc(nlp.vocab, words) for words in plain])
        self.negation_mode = {t.id: t.negation for t in self.tax.themes}
        from generator.theme_syntax import Roles, SyntaxChecker, SyntaxRule

        checks = {t.id: SyntaxRule.from_data(t.syntax) for t in self.tax.themes if t.syntax}
        self.syntax = SyntaxChecker(Roles.from_data(self.tax.roles), checks, model) if checks else None
        self._learned: Any = False  # loaded on first use (None: no model shipped, the rules decide)

    def tag(self, passages: Sequence[Passage]) -> dict[str, list[Evidence]]:
        """Themes found in the passages of one document, each with the mentions that evidence it.

        The rules find and check the mentions; where the learned layer (``generator/theme_model.py``)
        is shipped, it decides, per window of consecutive paragraphs, which themes the evidence shows."""
        mentions, trace = self.mentions(passages)
        hits = self._hits(mentions)
        learned = self.learned
        if learned is not None and passages:
            return learned.decide(self, passages, mentions, trace, hits)
        return self.rule_decision(hits)

    @property
    def learned(self) -> Any:
        if self._learned is False:
            from generator.theme_model import load_model

            self._learned = load_model([t.id for t in self.tax.themes])
        return self._learned

    def rule_decision(self, hits: dict[str, list[Evidence]]) -> dict[str, list[Evidence]]:
        """The rules' own decision: a strong mention, or ``min_hits`` mentions of a theme."""
        assigned = {}
        for theme in self.tax.themes:
            found_ = hits.get(theme.id, [])
            if any(e.strong for e in found_) or len(found_) >= theme.min_hits:
                assigned[theme.id] = found_
        return assigned

    def _hits(self, mentions: list[tuple[Passage, Any, list[tuple[str, int, int, bool]]]]) -> dict[str, list[Evidence]]:
        hits: dict[str, list[Evidence]] = {}
        for passage, doc, found in mentions:
            for theme_id, s, e, strong in found:
                span = doc[s:e]
                hits.setdefault(theme_id, []).append(Evidence(
                    passage.part, passage.paragraph, passage.start + span.start_char,
                    passage.start + span.end_char, span.text, strong))
        return hits

    def mentions(self, passages: Sequence[Passage]) -> tuple[list[tuple[Passage, Any, list[tuple[str, int, int, bool]]]],
                                                             list[dict[str, list[int]]]]:
        """Each passage with its parsed doc and kept mentions (theme, token start, end, strong), and a trace
        per passage: for each theme, [mentions negated, mentions the parse dropped, co-occurrence rules kept]
        (the learned layer's evidence of what the rules saw and set aside)."""
        texts = [p.text for p in passages]
        mentions: list[tuple[Passage, Any, list[tuple[str, int, int, bool]]]] = []
        trace: list[dict[str, list[int]]] = []
        rule_spans: list[set[tuple[str, int, int]]] = []
        for passage, doc in zip(passages, self.nlp.pipe(texts, batch_size=32)):
            found: list[tuple[str, int, int, bool]] = []  # theme, token start, token end, strong
            counts: dict[str, list[int]] = {}
            spans = []
            for match_id, s, e in [*self.matcher(doc), *self.acronyms(doc), *self.token_matcher(doc)]:
                if doc[s].sent.end < e:
                    continue  # a pattern's gap does not run into the next sentence
                theme_id, kind = self.nlp.vocab.strings[match_id].split("|")
                spans.append((s, e, theme_id, kind == "strong"))
            # the longest match wins where phrases of one theme overlap ("domestic abuse notification")
            spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
            taken: dict[str, int] = {}
            for s, e, theme_id, strong in spans:
                if taken.get(theme_id, -1) > s:
                    continue
                if self._negated(doc, s, e, self.negation_mode[theme_id]):
                    counts.setdefault(theme_id, [0, 0, 0])[0] += 1
                    continue
                taken[theme_id] = e
                found.append((theme_id, s, e, strong))
            rules = self._rule_hits(doc)
            found.extend(rules)
            rule_spans.append({(t, s, e) for t, s, e, _ in rules})
            mentions.append((passage, doc, found))
            trace.append(counts)
        before = [list(f) for _, _, f in mentions]
        if self.syntax is not None:  # who did what to whom, for the judgement themes
            mentions = self._syntax_filter(mentions)
        for (_, _, found), was, counts, ruled in zip(mentions, before, trace, rule_spans):
            kept = set(found)
            for t, s, e, k in was:
                c = counts.setdefault(t.partition("@")[0], [0, 0, 0])
                if (t, s, e, k) not in kept or ("@" in t and not self.syntax):
                    c[1] += 1
                elif (t, s, e) in ruled:
                    c[2] += 1
        # a rule's "@ role" candidates stand only where the parse confirmed them
        mentions = [(p, d, [(t.partition("@")[0], s, e, k) for t, s, e, k in f if "@" not in t or self.syntax])
                    for p, d, f in mentions]
        return mentions, trace

    def _syntax_filter(self, mentions: list[tuple[Passage, Any, list[tuple[str, int, int, bool]]]]
                       ) -> list[tuple[Passage, Any, list[tuple[str, int, int, bool]]]]:
        """Drop the judgement themes' mentions that the dependency parse says are about someone else.

        Only the sentences holding such mentions are parsed, each with the two sentences before it (where
        a pronoun's person is named); neighbouring windows are merged, and a document's windows are
        parsed in one batch."""
        assert self.syntax is not None
        syntax = self.syntax
        plans = []  # per passage: the mentions to check, those dropped unparsed, the windows' start offsets, their texts
        texts: list[str] = []
        for passage, doc, found in mentions:
            checks = [syntax.needs_parse(t, (x.lower_ for x in doc[s:e]), (x.lower_ for x in doc[s].sent))
                      for t, s, e, _ in found]
            dropped = [False] * len(found)
            if not any(checks):
                plans.append((checks, dropped, [], 0))
                continue
            sents = list(doc.sents)
            index = {sent.start: i for i, sent in enumerate(sents)}
            for n, (t, s, e, _) in enumerate(found):
                if "@" in t:  # a role's candidate: not even parsed where its window names no one of that role
                    a = sents[max(0, index[doc[s].sent.start] - _CONTEXT_SENTENCES)].start
                    if not syntax.may_name(t.partition("@")[2], (x.lower_ for x in doc[a:e])):
                        checks[n], dropped[n] = False, True
            windows = sorted([max(0, index[doc[s].sent.start] - _CONTEXT_SENTENCES * syntax.context(
                t, (x.lower_ for x in doc[s].sent))), index[doc[e - 1].sent.start]]
                             for (t, s, e, _), check in zip(found, checks) if check)
            merged: list[list[int]] = []
            for w in windows:
                if merged and w[0] <= merged[-1][1] + 1:
                    merged[-1][1] = max(merged[-1][1], w[1])
                else:
                    merged.append(w)
            plans.append((checks, dropped, [sents[a].start_char for a, _ in merged], len(texts)))
            texts.extend(passage.text[sents[a].start_char: sents[b].end_char] for a, b in merged)
        parsed = syntax.parse(texts) if texts else []
        if parsed is None:  # no parser: a rule's "@ role" candidates are not evidence
            return [(p, d, [x for x in f if "@" not in x[0]]) for p, d, f in mentions]
        out = []
        for (passage, doc, found), (checks, dropped, starts, first) in zip(mentions, plans):
            kept = []
            for (theme_id, s, e, strong), check, drop in zip(found, checks, dropped):
                if drop:
                    continue
                if check:
                    at = doc[s].idx
                    k = max(i for i, c in enumerate(starts) if c <= at)
                    span = parsed[first + k].char_span(at - starts[k], doc[e - 1].idx + len(doc[e - 1]) - starts[k],
                                                       alignment_mode="expand")
                    if span is not None and not syntax.keeps(theme_id, span):
                        continue
                kept.append((theme_id, s, e, strong))
            out.append((passage, doc, kept))
        return out

    def _rule_hits(self, doc: Any) -> list[tuple[str, int, int, bool]]:
        """Co-occurrence rules that hold in a sentence (or in the paragraph): (theme, start, end) each,
        the span running from the first part's mention to the last part's."""
        found: dict[tuple[str, str, int], dict[str, list[tuple[int, int]]]] = {}
        for match_id, s, e in sorted([*self.rule_matcher(doc), *self.rule_phrases(doc)], key=lambda m: (m[1], m[2])):
            if doc[s].sent.end < e:
                continue
            theme_id, scope, i, j = self.nlp.vocab.strings[match_id].split("|")
            found.setdefault((theme_id, scope, int(i)), {}).setdefault(j, []).append((s, e))
        out = []
        for (theme_id, scope, i), parts in found.items():
            rule = self.rules[(theme_id, scope, i)]
            if not all(str(j) in parts for j in range(len(rule.parts))):
                continue
            label = f"{theme_id}@{rule.role}" if rule.role else theme_id
            if scope == "p":
                groups = {0: parts}
            else:  # the parts' mentions, sentence by sentence
                groups = {}
                for j, spans in parts.items():
                    for s, e in spans:
                        groups.setdefault(doc[s].sent.start, {}).setdefault(j, []).append((s, e))
            mode = self.negation_mode[theme_id]
            for group in groups.values():
                if any(j.startswith("-") for j in group) or not all(str(j) in group for j in range(len(rule.parts))):
                    continue
                anchors = [(s, e) for s, e in group["0"] if not self._negated(doc, s, e, mode)]
                if not anchors:
                    continue
                if mode == "cues" and scope != "p" and any(
                        all(self._negated(doc, s, e, mode) for s, e in group[str(j)]) for j in range(1, len(rule.parts))):
                    continue  # "Child R had no history of self-harm": the condition itself is negated
                chosen = [anchors[0]] + [group[str(j)][0] for j in range(1, len(rule.parts))]
                out.append((label, min(s for s, _ in chosen), max(e for _, e in chosen), True))
                break  # one piece of evidence per rule and paragraph is enough
        return out

    def _negated(self, doc: Any, start: int, end: int, mode: str = "cues") -> bool:
        sent = doc[start].sent
        whole = sent.text.lower()
        if any(b in whole for b in self.tax.background) or whole.rstrip(" '\"’”)").endswith("?"):
            return True  # the world at large, or a question (terms of reference), not this case
        prefix = doc[sent.start:start].text.lower()
        after = doc[end:sent.end].text.lower()
        if any(after.startswith(p) or f" {p}" in after[: len(p) + 12] for p in self.tax.negation_after):
            return True
        if any(p in prefix for p in self.tax.ruled_out):
            return True
        if mode == "ruled-out":  # a practice theme: "never seen", "nobody asked" are the evidence itself
            return False
        lo = max(sent.start, start - self.tax.negation_window)
        if any(t.lower_ in self.tax.negation_cues for t in doc[lo:start]):
            return True
        return any(p in prefix for p in self.tax.negation_phrases) or any(p in whole for p in self.tax.ruled_out_sentence)


_CONTEXT_SENTENCES = 2  # sentences before a checked mention that are parsed with it, for its pronouns
_LEMMA_ORDER = ("NOUN", "VERB", "ADJ", "ADV", "AUX", "PROPN")
_GAP = re.compile(r"^\[(\d+)-(\d+)\]$")
_INITIAL = "<initial>"
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+(?: [A-Z][A-Z0-9&]+)*")


def compile_pattern(text: str) -> list[list[dict[str, Any]]]:
    """spaCy Matcher patterns from the taxonomy's compact form, matched on lemmas:
    ``"see|speak|talk [0-3] alone|on_her_own"`` — words separated by spaces, ``|`` between alternatives
    of one word (each lemmatised like the text), ``_`` joining the words of a multi-word alternative,
    ``=word`` for that word form only (not its lemma), ``[a-b]`` for up to ``b`` words of anything in
    between, ``<initial>`` for a capital letter standing alone (a pseudonym: "J", as in "Child J").
    One pattern per multi-word alternative."""
    branches: list[list[dict[str, Any]]] = [[]]
    for word in text.split():
        gap = _GAP.match(word)
        if gap:
            low, high = int(gap.group(1)), int(gap.group(2))
            step = [{}] * low + [{"OP": "?"}] * (high - low)
            branches = [b + step for b in branches]
            continue
        alternatives = [w for w in word.split("|") if w != _INITIAL]
        exact = sorted({w[1:].lower() for w in alternatives if w.startswith("=") and "_" not in w})
        singles = sorted({_lemma(w.lower()) for w in alternatives if w and "_" not in w and not w.startswith("=")})
        options: list[list[dict[str, Any]]] = []
        if len(alternatives) < len(word.split("|")):
            options.append([{"TEXT": {"REGEX": r"^[A-Z]$"}}])
        # (one word is compared directly: a set is a Python predicate the Matcher calls at every token)
        if singles:
            options.append([{"NORM": singles[0] if len(singles) == 1 else {"IN": singles}}])
        if exact:  # "=older": this word form only (the lemma of "older" is "old", as in "year-old")
            options.append([{"LOWER": exact[0] if len(exact) == 1 else {"IN": exact}}])
        for multi in (w for w in word.split("|") if "_" in w):
            options.append([{"NORM": _lemma(part.lower())} for part in multi.split("_") if part])
        branches = [b + o for b in branches for o in options]
    for b in branches:
        if not b or not b[0] or not b[-1]:
            raise ValueError(f"theme pattern {text!r} must start and end with a word")
    return branches


def plain_phrases(text: str, limit: int = 200) -> list[list[str]] | None:
    """The phrases (each a list of lemmas) a pattern stands for when it has no gaps and no exact word forms,
    else None: ``"engaged_well|cooperative"`` is ``[["engage", "well"], ["cooperative"]]``."""
    if "[" in text or "=" in text or _INITIAL in text:
        return None
    out: list[list[str]] = [[]]
    for word in text.split():
        options = [[_lemma(p.lower()) for p in w.split("_") if p] for w in word.split("|") if w]
        out = [o + opt for o in out for opt in options]
        if len(out) > limit:
            return None
    return [o for o in out if o]


def _norm_doc(vocab: Any, words: list[str]) -> Any:
    """A phrase for the PhraseMatcher on NORM: one token a word, its NORM the lemma given (as the Matcher's)."""
    from spacy.tokens import Doc

    doc = Doc(vocab, words=words)
    for token, word in zip(doc, words):
        token.norm_ = word
    return doc


@cache
def _lemma(word: str) -> str:
    """One lemma for a lower-cased word, without context: noun first, then verb, adjective..."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    for pos in _LEMMA_ORDER:
        if pos in found:
            return found[pos][0].lower()
    return word


_MATCHERS: dict[str | None, ThemeMatcher] = {}


def get_matcher(model: str | None = None) -> ThemeMatcher:
    """One matcher per process (the pipeline loads once)."""
    if model not in _MATCHERS:
        _MATCHERS[model] = ThemeMatcher(model=model)
    return _MATCHERS[model]


def split_passages(part: str, text: str) -> list[Passage]:
    """Paragraphs of an extracted part (blank-line separated), labelled by their own number when they
    start with one (``3.2``), else ``¶N`` counted within the part."""
    out: list[Passage] = []
    pos = 0
    index = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            index += 1
            lead = len(chunk) - len(chunk.lstrip())
            num = _NUMBERED.match(chunk)
            label = num.group(1) if num else f"¶{index}"
            out.append(Passage(part, label, pos + lead, chunk.strip()))
        if m is None:
            break
        pos = m.end()
    return out


def review_passages(review: Any) -> list[Passage]:
    """Numbered paragraphs of a loaded review's English documents (offsets into each file's text)."""
    out: list[Passage] = []
    for doc in review.documents:
        if doc.lang != "en":
            continue
        text = doc.source.text
        starts = doc.source.line_starts
        name = doc.source.path.name
        for section in doc.sections:
            if not section.paragraphs:
                # a section without numbered paragraphs: its body, split into paragraphs
                body_start = text.find(section.body, section.start) if section.body else -1
                if body_start >= 0:
                    for p in split_passages(name, section.body):
                        out.append(Passage(name, p.paragraph if not p.paragraph.startswith("¶") else
                                           f"{section.title} {p.paragraph}", body_start + p.start, p.text))
                continue
            for para in section.paragraphs:
                if para.line < 1 or para.line > len(starts):
                    continue
                start = starts[para.line - 1]
                brk = _PARAGRAPH_BREAK.search(text, start)
                end = min(brk.start() if brk else len(text), section.end)
                label = para.number or f"line {para.line}"
                out.append(Passage(name, label, start, text[start:end]))
    return out


def file_passages(path: Path) -> tuple[list[Passage], list[str]]:
    """Paragraphs of every visible part of a checked file (PDF, DOCX, ODT, HTML, text), reusing the
    anonymisation check's extractors; parts it could not read are returned as problems."""
    from anonymise.extract import extract

    extracted = extract(path)
    visible = {"body", "footnote", "endnote", "textbox", "header", "footer"}
    passages: list[Passage] = []
    for part in extracted.parts:
        if part.channel in visible and part.text.strip():
            passages.extend(split_passages(part.part or path.name, part.text))
    return passages, [p.message for p in extracted.problems]


@cache
def _model_digest() -> str:
    from generator.theme_model import MODEL_FILE

    return hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest()[:16] if MODEL_FILE.is_file() else ""


def _cache_file(data: bytes, model: str | None) -> Path:
    # "themes-3": cache records hold the matched words; co-occurrence rules; "themes-4": the learned layer
    from generator import __version__
    from generator.cache import cache_dir

    h = hashlib.sha256()
    for piece in (__version__, taxonomy().digest, model or "", "themes-4", _model_digest()):
        h.update(piece.encode() + b"\0")
    h.update(data)
    digest = h.hexdigest()
    return cache_dir() / "themes" / digest[:2] / f"{digest}.json"


def tag_path(path: Path, *, model: str | None = None, use_cache: bool = True, shown: str | None = None) -> DocumentThemes:
    """Themes of one review folder or file, from the cache when the content is unchanged."""
    shown = shown or str(path)
    if path.is_dir():
        from generator import pipeline

        stage = pipeline.load(path)
        review, findings = stage.review, stage.findings
        if review is None:
            return DocumentThemes(shown, problems=[f"{f.location.short()}: {f.code} {f.message}" for f in findings[:3]])
        key = b"".join(d.source.text.encode("utf-8") for d in review.documents)
        cached = _cache_file(b"review\0" + key, model) if use_cache else None
        if cached is not None and cached.is_file():
            try:
                return DocumentThemes.from_dict({**json.loads(cached.read_text("utf-8")), "path": shown})
            except (ValueError, KeyError):
                pass
        result = DocumentThemes(shown, get_matcher(model).tag(review_passages(review)))
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            return DocumentThemes(shown, problems=[f"cannot read: {exc.strerror or exc}"])
        cached = _cache_file(path.suffix.lower().encode() + b"\0" + data, model) if use_cache else None
        if cached is not None and cached.is_file():
            try:
                return DocumentThemes.from_dict({**json.loads(cached.read_text("utf-8")), "path": shown})
            except (ValueError, KeyError):
                pass
        passages, problems = file_passages(path)
        result = DocumentThemes(shown, get_matcher(model).tag(passages), problems)
    if cached is not None:
        from generator.atomic import write_text

        record = result.to_dict()
        for theme in record["themes"]:  # the cache keeps the matched words too, so a cached run equals a fresh one
            theme["evidence"] = [e.cache_dict() for e in result.themes[theme["id"]]]
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_text(cached, json.dumps(record))
        except OSError:
            pass  # a cache that cannot be written only costs time
    return result


def counts(documents: Iterable[DocumentThemes]) -> dict[str, int]:
    """How many documents each theme was assigned to."""
    out: dict[str, int] = {}
    for doc in documents:
        for theme_id in doc.themes:
            out[theme_id] = out.get(theme_id, 0) + 1
    return out
