"""Who did what to whom: dependency-parse checks on the evidence of the judgement themes.

The phrase and pattern layer (``generator/themes.py``) finds words; for the practice themes whose words
serve several themes ("asked", "seen", "his words") this module reads the sentence's dependency parse
(spaCy's small English pipeline, parsed only for sentences that hold such evidence) and asks whose
action it was and on whom. The rules are data (``syntax:`` in ``schemas/themes.yaml``):

- ``roles``: word families naming the people of a review — the child, the father or male carer, other
  family, the professionals, the review itself. A pronoun takes the role of the nearest person named
  before it in the paragraph that its gender allows ("him" after "Father ... met" is the father).
  A named person takes the role the text states ("Dale, the baby's father", "Mr R ... was the main
  carer"), else its title's (``titles``: "Mr K", "Ms Hart"); a bare given name or a lone pseudonym letter
  with no stated role is ``given_name`` (the child); a man called a parent or carer is ``men_called``'s role.
- per theme, ``not_object`` / ``not_subject``: a mention whose verb (one of the theme's ``verbs``) is
  done to (or by) someone in those roles is not evidence: "nobody asked *him*" (the child) is the
  child's voice, not professional curiosity; "asked *Mother* about her words" is not the child's voice.
- ``not_owner``: "her words", "their views" are the child's voice only when the owner is the child.
- ``require_object``: the theme's mention stands only when someone in that role is the one seen,
  invited, assessed, spoken to (the object of one of ``verbs``), or joins in (the subject of one of
  ``subject_verbs``), by someone who is not the child or the family: a father merely mentioned is not
  evidence that fathers were (or were not) involved.
- ``require``: the same test for a co-occurrence rule marked ``@ role`` (its words only find candidate
  sentences), by role: ``verbs`` the person undergoes ("the child was asked", "spoke to Child D"),
  ``subject_verbs`` the person does ("Child S told her teacher"), ``subject_to`` the roles one of whom must
  be the one told (none listed: anyone), ``not_subject`` the roles whose doing it does not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

_OBJECT_DEPS = {"dobj", "dative", "nsubjpass", "attr", "oprd"}
_OBJECT_PREPS = {"to", "with", "at"}
_QUESTION_VERBS_CONTENT = {"be", "feel", "manage", "cope", "want", "need", "think", "like", "go", "get", "do"}
_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "p", "them": "p", "their": "p", "theirs": "p", "themselves": "p",
}


@dataclass(frozen=True)
class SyntaxRule:
    """One theme's parse check (see the module docstring)."""

    verbs: frozenset[str] = frozenset()
    not_object: frozenset[str] = frozenset()
    not_subject: frozenset[str] = frozenset()
    not_owner: frozenset[str] = frozenset()
    owned: frozenset[str] = frozenset()
    require_object: str = ""
    subject_verbs: frozenset[str] = frozenset()
    keep: tuple[str, ...] = ()
    not_subject_of: frozenset[str] = frozenset()  # the verbs ``not_subject`` applies to (default: all ``verbs``)
    own_role: str = ""  # a verb whose subject has this role is never vetoed ("she asked to speak to a nurse")
    not_experiencer: frozenset[str] = frozenset()  # whose condition it is: "Mother has a learning disability"
    require: dict[str, "SyntaxRule"] = field(default_factory=dict)  # a rule's "@ role": what the parse must show
    subject_to: frozenset[str] = frozenset()  # the one told, for ``subject_verbs`` (none listed: anyone)
    topics: bool = True  # "asked about him" counts as him for ``require_object``

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "SyntaxRule":
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data.get(key, []))

        require = {str(role): cls.from_data({**spec, "require_object": role, "topics": spec.get("topics", False)})
                   for role, spec in (data.get("require") or {}).items()}
        return cls(words("verbs"), words("not_object"), words("not_subject"), words("not_owner"), words("owned"),
                   str(data.get("require_object", "")), words("subject_verbs"),
                   tuple(str(w).lower() for w in data.get("keep", [])), words("not_subject_of"),
                   str(data.get("own_role", "")), words("not_experiencer"), require, words("subject_to"),
                   bool(data.get("topics", True)))


@dataclass(frozen=True)
class Roles:
    """Word families naming people, by role, each with the pronoun genders it can stand for."""

    words: dict[str, str]          # lower-cased word -> role
    genders: dict[str, frozenset[str]]  # role -> "m" / "f" / "p" pronouns it can take
    gendered: dict[str, str] = field(default_factory=dict)  # "mother" -> "f", "father" -> "m"
    no_object_pronouns: frozenset[str] = frozenset()  # roles "him", "her", "them" as objects do not stand for
    titles: dict[str, str] = field(default_factory=dict)  # "mr" -> the role of "Mr K" unless the text says another
    men: dict[str, str] = field(default_factory=dict)  # "parent" -> "male-carer": a man the text calls a parent
    given_name: str = ""  # the role of a bare given name ("Zara") whose role the text does not state

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Roles":
        words: dict[str, str] = {}
        genders: dict[str, frozenset[str]] = {}
        gendered: dict[str, str] = {}
        no_object: set[str] = set()
        titles: dict[str, str] = {}
        men: dict[str, str] = {}
        given = ""
        for role, spec in data.items():
            if role == "genders":
                gendered.update({str(w).lower(): g for g, ws in spec.items() for w in ws})
                continue
            if role == "titles":
                titles.update({str(w).lower(): str(r) for w, r in spec.items()})
                continue
            if role == "given_name":
                given = str(spec)
                continue
            genders[role] = frozenset(spec.get("pronouns", []))
            if spec.get("object_pronouns") is False:
                no_object.add(role)
            for w in spec.get("words", []):
                words[str(w).lower()] = role
            men.update({str(w).lower(): role for w in spec.get("men_called", [])})
        return cls(words, genders, gendered, frozenset(no_object), titles, men, given)

    def allows(self, tok: Any, role: str, gender: str, as_object: bool) -> bool:
        """Whether a pronoun of ``gender`` ("m", "f", "p") can stand for ``tok`` (which names ``role``)."""
        if as_object and role in self.no_object_pronouns:
            return False  # "the worker ... spoke to him": him is not the worker
        if gender not in self.genders.get(role, frozenset()):
            return False
        if gender == "p":
            return _is_plural(tok) or role in {"family", "review", "professional"}
        if _is_plural(tok):
            return False
        own = self.gender(tok)
        return own is None or own == gender

    def gender(self, tok: Any) -> str | None:
        """The pronoun a person word takes ("mother": f), or a name's from its title ("Ms Hart": f); None: either."""
        own = self.gendered.get(tok.lower_) or self.gendered.get(tok.lower_.removesuffix("'s"))
        if own is None and tok.i > 0 and tok.text[:1].isupper() and tok.doc[tok.i - 1].lower_ in self.titles:
            own = self.gendered.get(tok.doc[tok.i - 1].lower_)
        return own

    def title(self, tok: Any) -> str:
        """The title a token is or follows ("Mr", "Mr K"), lower-cased, or ''."""
        if tok.lower_ in self.titles and tok.text[:1].isupper() and tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].text[:1].isupper():
            return tok.lower_
        if not tok.text[:1].isupper():
            return ""
        for back in range(1, 4):  # "Mr K", "Mrs Al-Hassan", "Ms Nic Dhòmhnaill"
            if tok.i < back:
                break
            prev = tok.doc[tok.i - back]
            if prev.lower_ in self.titles and prev.text[:1].isupper():
                return prev.lower_
            if not (prev.text[:1].isupper() or prev.text == "-") or prev.tag_ not in {"NNP", "HYPH"}:
                break
        return ""

    def of_token(self, tok: Any) -> str:
        """The role a noun names ("Father", "Child K", "the young person", "the GP"), or ''."""
        low = tok.lower_
        if low == "person" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "young":
            return self.words.get("young person", "")
        title = self.title(tok)
        if title:  # "Mr K", "Ms Hart": the title's role, unless the text states another (see _Resolver)
            return self.titles[title]
        role = self.words.get(low) or self.words.get(tok.norm_, "")
        if not role and tok.i > 0 and tok.text[:1].isupper():
            prev = tok.doc[tok.i - 1]  # "Child K", "Baby R", "Young Person T": the role is the word before
            if prev.lower_ in {"child", "baby", "person"}:
                return self.words.get(prev.lower_ if prev.lower_ != "person" else "young person", "")
        return role


class SyntaxChecker:
    """Parses sentences lazily (once each) and applies the themes' parse checks to their evidence."""

    def __init__(self, roles: Roles, rules: dict[str, SyntaxRule], model: str | None = None) -> None:
        self.roles = roles
        self.rules = rules
        self.model = model
        self._nlp: Any = None
        self._failed = False

    def _parser(self) -> Any:
        if self._nlp is None and not self._failed:
            try:
                import spacy

                from anonymise.nlp import DEFAULT_MODEL

                self._nlp = spacy.load(self.model or DEFAULT_MODEL, exclude=["ner", "lemmatizer", "attribute_ruler"])
            except (ImportError, OSError):
                self._failed = True  # no parser: the phrase layer's verdict stands
        return self._nlp

    def parse(self, texts: list[str]) -> list[Any] | None:
        nlp = self._parser()
        if nlp is None:
            return None
        return list(nlp.pipe(texts, batch_size=64))

    def needs_parse(self, theme_id: str, words: Iterable[str], sentence: Iterable[str] = ()) -> bool:
        """Whether a mention (its lower-cased words; ``sentence``: its sentence's) could be dropped by its
        theme's check at all: a mention with none of the check's verbs or owned words (and no required
        role, and no person of a ``not_experiencer`` role named in its sentence) stands unparsed."""
        if "@" in theme_id:  # a rule's candidate: always parsed
            return True
        rule = self.rules.get(theme_id)
        if rule is None:
            return False
        if rule.require_object:
            return True
        if rule.not_experiencer and any(self.roles.words.get(w) in rule.not_experiencer or w in _PRONOUNS
                                        for w in sentence):
            return True
        wanted = rule.verbs | rule.owned
        if not any(_lemma_for(w, True) in wanted or _lemma_for(w, False) in wanted for w in words):
            return False
        if rule.not_subject and not (rule.not_object or rule.not_owner or rule.not_subject_of):
            # a check on the doer only: none to make where the sentence names no one of those roles (a
            # pronoun alone is too weak a sign to pay a parse for)
            return any(self._may_be(w, rule.not_subject) for w in sentence)
        return True

    def context(self, theme_id: str, sentence: Iterable[str]) -> bool:
        """Whether a mention's check needs the sentences before its own (where a pronoun's person is named):
        not for a check on the doer only whose sentence has no pronoun."""
        rule = self.rules.get(theme_id.partition("@")[0])
        if "@" in theme_id or rule is None or not rule.not_subject or rule.not_object or rule.not_owner \
                or rule.not_subject_of or rule.require_object or rule.not_experiencer:
            return True
        return any(w in _PRONOUNS or w in _FIRST_PERSON for w in sentence)

    def _may_be(self, word: str, roles: frozenset[str]) -> bool:
        """Whether a lower-cased word could stand for someone of one of ``roles``."""
        role = self.roles.words.get(word) or self.roles.titles.get(word) or self.roles.words.get(_lemma_for(word, False))
        return role in roles or (self.roles.given_name in roles and _given_name(word))

    def may_name(self, role: str, words: Iterable[str]) -> bool:
        """Whether lower-cased words could name someone of ``role`` (a role word, or a title of that role);
        always for the role a bare given name takes."""
        if role == self.roles.given_name:
            return True
        return any(self.roles.words.get(w) == role or self.roles.titles.get(w) == role for w in words)

    # --- the checks -------------------------------------------------------------------------------
    def keeps(self, theme_id: str, span: Any) -> bool:
        """Whether a mention (a span of a parsed paragraph) stands; the paragraph before its sentence
        is the context pronouns are resolved in."""
        theme_id, _, role = theme_id.partition("@")
        rule = self.rules.get(theme_id)
        if role:  # a rule's candidate: the role must do or undergo what ``require`` names
            rule = rule.require.get(role) if rule is not None else None
            if rule is None:
                return False
        if rule is None:
            return True
        doc = span.doc
        sent = span.sent
        context = doc[: sent.start] if sent.start else None
        low = span.text.lower()
        if rule.keep and any(k in low for k in rule.keep):
            return True
        resolve = _Resolver(self.roles, context, sent)
        if rule.not_experiencer and _experiencer(span, resolve) in rule.not_experiencer:
            return False
        if rule.not_owner:
            # an owner only from its own sentence: "Mother arrived ... slurring her words"
            owner_of = _Resolver(self.roles, None, sent)
            for tok in span:
                if tok.dep_ == "poss" and _lem(tok.head) in rule.owned and owner_of(tok) in rule.not_owner:
                    return False
                if tok.lower_ in rule.owned and tok.i > 0:  # "her words": the owner may sit just outside the span
                    owner = [c for c in tok.children if c.dep_ == "poss"]
                    if owner and owner_of(owner[0]) in rule.not_owner:
                        return False
        verbs = [t for t in _governing(span) if _lem(t) in rule.verbs]
        if (rule.not_object or rule.not_subject) and verbs:
            if all(self._vetoed(v, rule, resolve) for v in verbs):
                return False
        if rule.require_object:  # in any sentence the mention runs through (a paragraph rule's span)
            last = doc[span.end - 1].sent.end
            sents = [sent] + [t.sent for t in doc[sent.end:last] if t.is_sent_start]
            return any(self._required(s, rule, _Resolver(self.roles, doc[: s.start] if s.start else None, s))
                       for s in sents)
        return True

    def _vetoed(self, verb: Any, rule: SyntaxRule, resolve: "_Resolver") -> bool:
        if rule.own_role and any(resolve(t) == rule.own_role for t in _subjects(verb)):
            return False
        objects = [resolve(t) for t in _objects(verb)]
        if any(r in rule.not_object for r in objects):
            return True
        if not objects and _lem(verb) in {"ask", "question"}:
            # "asked how she was", "asked where she had been": the one asked is the clause's subject
            for clause in verb.children:
                if clause.dep_ in {"ccomp", "xcomp"} and _lem(clause) in _QUESTION_VERBS_CONTENT:
                    subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
                    if subj and resolve(subj[0]) in rule.not_object:
                        return True
        if rule.not_subject_of and _lem(verb) not in rule.not_subject_of:
            return False
        subjects = [resolve(t) for t in _subjects(verb)]
        return bool(subjects) and all(r in rule.not_subject for r in subjects)

    def _required(self, sent: Any, rule: SyntaxRule, resolve: "_Resolver") -> bool:
        want = rule.require_object
        for verb in sent:
            lemma = _lem(verb)
            if lemma in rule.verbs and any(resolve(t) == want or (rule.topics and resolve(_owner(t)) == want)
                                           for t in _objects(verb, topics=rule.topics)):
                if not any(resolve(t) in rule.not_subject for t in _subjects(verb)):
                    return True
            if lemma in rule.verbs and verb.tag_.startswith("NN") and any(resolve(t) == want for t in _nominal_objects(verb)):
                return True  # "no checks were ever made on him", "contact with him"
            if lemma in rule.subject_verbs and any(resolve(t) == want for t in _subjects(verb)):
                if not rule.subject_to or any(resolve(t) in rule.subject_to for t in _objects(verb)):
                    return True
        return False


class _Resolver:
    """The role of a token: its own word, or for a pronoun the nearest earlier person its gender allows."""

    def __init__(self, roles: Roles, context: Any, sent: Any) -> None:
        self.roles = roles
        self.before = [t for doc in ([context] if context is not None else []) for t in doc] + list(sent)
        self.index = {t.i: i for i, t in enumerate(self.before)}
        self.memo: dict[int, str] = {}
        self.named: dict[str, str] | None = None

    def __call__(self, tok: Any) -> str:
        key = tok.i  # context and sentence are slices of one parsed doc
        if key not in self.memo:
            self.memo[key] = ""  # a cycle ("I said ..."; pronouns standing for each other) resolves to no one
            self.memo[key] = self._role(tok)
        return self.memo[key]

    def _person(self, tok: Any) -> str:
        """The role of a noun naming a person: what the text states a named person to be ("Jason, the
        father", "her partner Mr Cole", "Mr Robertson ... was the children's main carer"), else its word's."""
        if _is_name(tok):
            if self.named is None:
                self.named = self._stated_roles()
            stated = self.named.get(tok.text)
            if stated:
                return stated
            if self.roles.given_name and not self.roles.title(tok) and _given_name(tok.text):
                return self.roles.given_name  # reviews name adults by role or title, the child by a first name
        return self.roles.of_token(tok)

    def _stated_roles(self) -> dict[str, str]:
        """Name -> role for every named person whose role the visible text states."""
        out: dict[str, str] = {}
        for t in self.before:
            if not _is_name(t) or t.text in out:
                continue
            said = [c for c in t.children if c.dep_ in {"appos", "compound"} and not _is_name(c)]
            if t.dep_ == "appos" and not _is_name(t.head):
                said.append(t.head)  # "his daughter Ava", "the father, Jason"
            if t.dep_ == "nsubj" and _lem(t.head) == "be" and not any(c.dep_ == "neg" for c in t.head.children):
                said.extend(c for c in t.head.children if c.dep_ == "attr")  # "Mr Cole was her partner"
            for rel in (c for c in t.children if c.dep_ == "relcl" and _lem(c) == "be"):
                if not any(c.dep_ == "neg" for c in rel.children):  # "Jason, who was the baby's father"
                    said.extend(c for c in rel.children if c.dep_ == "attr")
            for word in said:
                role = self.roles.of_token(word)
                if role and self.roles.gender(t) == "m" and self.roles.gender(word) is None:
                    role = self.roles.men.get(word.lower_, role)  # a man the text calls a parent or carer
                if role:
                    out[t.text] = role
                    break
        return out

    def _role(self, tok: Any) -> str:
        role = self._person(tok)
        if role:
            return role
        if tok.tag_.startswith("NN") and len(tok.text) <= 2 and tok.text.isupper():
            # a pseudonym on its own ("J was seen with his mother") is whoever "Child J" or "Mr J" was
            for t in reversed(self.before[: self._position(tok)]):
                if t.text == tok.text and t.i != tok.i and (self._person(t) or (
                        t.dep_ != "compound" and t.tag_.startswith("NN"))):
                    return self(t)  # ("Aunt R": the family; an earlier "R" on its own: whoever that was)
            if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and not any(c.dep_ == "compound" for c in tok.children):
                return self.roles.given_name  # named out of sight: like a bare given name, the child
        for child in tok.children:  # "the child's mother": the head noun decides, but "Child K" is one name
            if child.dep_ == "compound":
                r = self.roles.of_token(child)
                if r and tok.text[:1].isupper():
                    return r
        if tok.lower_ in {"who", "whom", "that"} and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
            return self(tok.head.head)  # "children who were never asked": the children
        if tok.lower_ in _FIRST_PERSON:  # "Father told the reviewer it was 'the first time anyone asked me'"
            speaker = _speaker(tok)
            return self(speaker) if speaker is not None else ""
        gender = _PRONOUNS.get(tok.lower_)
        if not gender:
            return ""
        asked = _asked(tok)
        if asked is not None:  # "asked Mr F how he was managing": he is the one asked, if he can be
            r = self(asked)
            if r and self.roles.allows(asked, r, gender, False):
                return r
        as_object = tok.dep_ in {"dobj", "dative", "pobj", "nsubjpass"}
        clause_subjects = {t.i for t in _subjects(_clause_verb(tok))} if tok.dep_ != "nsubj" else set()
        asker = _asker(tok)
        if asker is not None:  # "the GP did not ask whether he looked after children": he is not the GP
            while not _subjects(asker) and asker.dep_ == "conj" and asker.head.i != asker.i:
                asker = asker.head  # "The GP arranged a review ..., but did not ask whether ..."
            clause_subjects |= {t.i for t in _subjects(asker)}
        own_subjects: set[int] = set()
        if tok.dep_ == "poss":  # "Mother ... slurring her words" is hers; "the assistant recorded her words" is not
            own_subjects = clause_subjects  # "what Child B had said in her own words": hers, main clause or not
            clause_subjects = {i for i in clause_subjects
                               if self.roles.of_token(tok.doc[i]) in {"professional", "agency", "review"}}
        pos = self._position(tok)
        fallback = weak = ""
        for t in reversed(self.before[:pos]):
            if t.i in clause_subjects:
                continue  # "the assistant recorded her words": her is not the assistant
            if t.lower_ in _PRONOUNS:
                # a chain: "Father ... He had seen ... he was never invited"
                if _PRONOUNS[t.lower_] == gender and t.lower_ not in {"her", "his", "their"} and (
                        tok.dep_ not in _TOPICAL or _main_subject(t)):
                    r = self(t)
                    if r and not (tok.dep_ in {"dobj", "dative", "pobj"} and r in self.roles.no_object_pronouns):
                        return r  # ("spoke to him": not a chain back to the worker "he" stood for)
                continue
            if _describes(t):
                continue  # "Mr R ... was the children's main carer", "assessed as a parent": no one new
            r = self._person(t)
            if r and self.roles.allows(t, r, gender, as_object):
                if gender == "p" and not _is_plural(t):
                    weak = weak or r  # "they" stands for a singular person only when no group fits
                    continue
                if tok.dep_ not in _TOPICAL or _main_subject(t) or t.i in own_subjects:
                    return r  # a subject or owner pronoun goes back to the last main-clause subject that fits
                fallback = fallback or r
        return fallback or weak

    def _position(self, tok: Any) -> int:
        return self.index.get(tok.i, len(self.before))


_DOING = {"take", "make", "attempt", "have"}
_HAVING = {"have", "suffer", "experience", "live", "develop", "struggle", "receive"}


def _experiencer(span: Any, resolve: "_Resolver") -> str:
    """Whose condition a mention names: the owner of the noun ("Mother's learning disability", "her own
    childhood ... sexual abuse"), the one it was done to ("Mother had herself been sexually abused"), or
    the one who has it ("Mother has a mild learning disability"); '' when the parse does not say."""
    for t in span:  # "cuts to her wrists", "her self-harm": an owner inside the mention
        if t.dep_ == "poss":
            role = resolve(t)
            if role:
                return role
    if any(t.lower_ in {"herself", "himself", "themselves"} for t in span) or (
            span.root.dep_ == "dobj" and _lem(span.root.head) in _DOING):
        # "harming herself", "taking overdoses": the one who did it
        verb = span.root if _is_verb(span.root) else span.root.head
        for _ in range(3):
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return resolve(subj[0])
            if verb.head.i == verb.i:
                break
            verb = verb.head if _is_verb(verb.head) else verb.head.head
    tok = span.root
    for _ in range(4):
        for c in tok.children:
            if c.i in range(span.start, span.end) and tok.i not in range(span.start, span.end):
                continue
            if c.dep_ == "poss" or c.dep_ == "nsubjpass" or (
                    c.dep_ == "nsubj" and _is_verb(tok) and _lem(tok) in _HAVING):
                # "Mother's own childhood was marked by ...": the owner of the one it was done to
                role = resolve(c) or next((resolve(g) for g in c.children if g.dep_ == "poss"), "")
                if role:
                    return role
        if tok.head.i == tok.i or _is_verb(tok):
            break  # not past the clause's verb: "she disclosed that ... abusing her" is not hers to have
        tok = tok.head
    return ""


_FIRST_PERSON = {"i", "me", "my", "myself"}
_TOPICAL = {"nsubj", "poss"}  # pronouns that go back to the last main-clause subject that fits
_SAYING = {"tell", "say", "describe", "explain", "report", "recall", "write", "add", "put", "reflect", "remember"}


def _speaker(tok: Any) -> Any:
    """For "I" or "me" in reported words, the subject of the verb of saying they hang from, or None."""
    head = tok.head
    for _ in range(8):
        if _lem(head) in _SAYING:
            return next((c for c in head.children if c.dep_ == "nsubj" and c.lower_ not in _FIRST_PERSON), None)
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _asked(tok: Any) -> Any:
    """For the subject of a question ("asked Mr F how he was managing"), the one asked, or None."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ not in {"ccomp", "xcomp"}:
        return None
    verb = tok.head.head
    if _lem(verb) not in {"ask", "question"}:
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "dative", "nsubjpass"}), None)


def _asker(tok: Any) -> Any:
    """For the subject of a question put to no one named ("did not ask whether he ..."), the verb of asking."""
    if tok.dep_ != "nsubj":
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "who else lived there or whether he ..."
        clause = clause.head
    if clause.dep_ != "ccomp" or _lem(clause.head) not in {"ask", "question", "check", "establish", "explore"}:
        return None
    verb = clause.head
    return None if any(c.dep_ in {"dobj", "dative"} for c in verb.children) else verb


_LIGHT_VERBS = {"make", "carry", "do", "undertake", "complete", "have", "hold", "request", "seek"}


def _nominal_objects(noun: Any) -> list[Any]:
    """Whom an action named by a noun was done to: "checks on him", "contact with him", and through a light
    verb, "no checks were ever made on him"."""
    heads = [noun]
    if noun.dep_ in {"dobj", "nsubjpass"} and _lem(noun.head) in _LIGHT_VERBS:
        heads.append(noun.head)
    return _with_conjuncts([g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "with", "of"}
                            for g in c.children if g.dep_ == "pobj"])


def _owner(tok: Any) -> Any:
    """The owner of a noun ("Mr M's role", "his history"): whom an assessment of it is about; else the noun."""
    return next((c for c in tok.children if c.dep_ == "poss"), tok)


@lru_cache(maxsize=4096)
def _given_name(word: str) -> bool:
    """A given name ("Zara", "Kyle") that is not also a common English word ("May", "Hope")."""
    from anonymise.recognizers import allow

    return word.lower() in allow.given_names() and not allow.is_common(word)


def _is_name(tok: Any) -> bool:
    """A capitalised proper noun: a pseudonym ("Jason", "Cole" of "Mr Cole", "K" of "Mr K")."""
    if not tok.text[:1].isupper():
        return False
    return tok.tag_ in {"NNP", "NNPS"} or (tok.tag_.startswith("NN") and _given_name(tok.text))  # "Rhys" as NNS


def _describes(tok: Any) -> bool:
    """A noun that says what someone already named is ("was the main carer", "Mr K, the father",
    "assessed as a parent"), not a further person."""
    if tok.dep_ == "poss" and tok.head.i != tok.i:  # "Rhys, the toddler's stepfather": not the toddler either
        tok = tok.head
    return tok.dep_ in {"attr", "appos"} or (tok.dep_ == "pobj" and tok.head.lower_ == "as")


def _is_verb(tok: Any) -> bool:
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def _lem(tok: Any) -> str:
    """The lemma of a parsed token, from its tag (the pipeline runs no lemmatizer: LemmInflect is faster)."""
    return _lemma_for(tok.lower_, _is_verb(tok))


@lru_cache(maxsize=65536)
def _lemma_for(word: str, verb: bool) -> str:
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    for pos in (("VERB", "AUX", "NOUN", "ADJ") if verb else ("NOUN", "VERB", "ADJ", "ADV", "AUX", "PROPN")):
        if pos in found:
            return str(found[pos][0]).lower()
    return word


def _main_subject(tok: Any) -> bool:
    """The subject of its sentence's main verb (or of a verb joined to it)."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _clause_verb(tok: Any) -> Any:
    head = tok
    while not _is_verb(head) and head.head.i != head.i:
        head = head.head
    return head


def _is_plural(tok: Any) -> bool:
    if tok.tag_ in {"NNS", "NNPS"} and tok.text[:1].isupper() and _given_name(tok.text):
        return False  # "Rhys" tagged as a plural noun is one person
    return tok.tag_ in {"NNS", "NNPS"} or tok.lower_ in {"parents", "children", "siblings", "family"}


def _governing(span: Any) -> Iterable[Any]:
    """The verbs of a mention: verbs inside it, else the verb its words hang from."""
    inside = [t for t in span if _is_verb(t)]
    if inside:
        return inside
    head = span.root
    while not _is_verb(head) and head.head.i != head.i:
        head = head.head
    return [head]


def _objects(verb: Any, topics: bool = False) -> list[Any]:
    """Whom a verb was done to ("asked him", "spoke to Mother", "Father was not invited"); with ``topics``
    also whom it was about ("asked about him")."""
    preps = _OBJECT_PREPS | {"about"} if topics else _OBJECT_PREPS
    out = []
    for c in verb.children:
        if c.dep_ in _OBJECT_DEPS:
            out.append(c)
        elif c.dep_ in {"prep", "agent"} and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    if not any(c.dep_ in _OBJECT_DEPS for c in verb.children) and verb.dep_ in {"conj", "xcomp"}:
        # "was not invited ... and had never been spoken to": the conjoined verb shares its subject
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        out.extend(c for c in verb.head.children if c.dep_ == "nsubjpass" or (passive and c.dep_ == "nsubj"))
    if not out and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        # a passive verb the parser left without a subject: the sentence's subject before it
        before = [t for t in verb.sent if t.i < verb.i and t.dep_ in {"nsubj", "nsubjpass"}]
        out.extend(before[:1])
    if not out and _lem(verb) in {"ask", "question"}:
        # "did not ask whether he had contact with children": the one asked about
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [g for c in clauses for g in c.children if g.dep_ == "conj"]  # "who else lived ... or whether he"
        for clause in clauses:
            if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children):
                out.extend(c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})
    return _with_conjuncts(out)


def _subjects(verb: Any) -> list[Any]:
    out = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if not out and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        # passive: the doer is the agent ("was never told by ..."), not the subject of a verb it is joined to
        return _with_conjuncts([g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])
    if not out and verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i and verb.i - verb.head.i <= 12:
        out = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return _with_conjuncts(out)


def _with_conjuncts(tokens: list[Any]) -> list[Any]:
    out = list(tokens)
    for t in tokens:
        out.extend(c for c in t.children if c.dep_ == "conj")
    return out
