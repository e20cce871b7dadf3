"""Base actor matches: KB aliases, demonyms, people nouns and agent nouns found on normalised tokens
(case, diacritics, quote and hyphen variants ignored; short all-caps abbreviations case-sensitive), and
the doc context they give (the countries' salience). ``polemos.nlp.actors`` composes the matches into
resolved actors.
"""

from __future__ import annotations

from bisect import bisect_left
from copy import copy
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from polemos.knowledge.kb import KnowledgeBase
from polemos.knowledge.kb_records import Entry, fold
from polemos.models import Actor
from polemos.nlp.resources import resources_of

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc


MAX_TOKENS = 10


STATE_KINDS = frozenset({"state", "government", "armed_forces", "police"})


_SKIP_KEYS = frozenset({"-", "'"})


@dataclass(frozen=True)
class Pattern:
    """One way of naming an entry: its kind of match and which tokens must be capitalised."""

    kind: str  # "entity" | "demonym" | "people" | "agent"
    entry: Entry
    caps: tuple[bool, ...]


@dataclass
class Mention:
    """A base match or a composed mention over tokens [start, end)."""

    start: int
    end: int
    kind: str  # entity | demonym | people | agent | person | composite
    entry: Entry | None = None
    actor: Actor | None = None
    place: bool = False  # a state or capital used as a location ("in Iraq"): context only


@lru_cache(maxsize=65536)
def token_key(text: str) -> str | None:
    """Matching key of a token; None for tokens matching ignores (hyphens, lone apostrophes)."""
    key = fold(text)
    return None if key in _SKIP_KEYS or key in {"\u2010", "\u2013", "\u2014"} else key


def pluralise(noun: str) -> list[str]:
    """The noun and its plural (last word inflected): "gunman" -> "gunmen", "militia" -> "militias"."""
    head, _, last = noun.rpartition(" ")
    prefix = head + " " if head else ""
    low = last.lower()
    if not last.isalpha() or low.endswith("s") or low in {"police", "people", "military", "media", "clergy",
                                                          "personnel", "public", "poor", "class", "junta",
                                                          "artillery", "leadership", "press"}:
        return [noun]
    if low.endswith("man"):
        plural = last[:-3] + "men"
    elif low == "child":
        plural = last + "ren"
    elif low.endswith("y") and low[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif low.endswith(("sh", "ch", "x")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [noun, prefix + plural]


def is_abbreviation(alias: str) -> bool:
    """All-caps abbreviations of up to four letters match case-sensitively ("US", "IRGC", "U.S.")."""
    letters = alias.replace(".", "").replace("-", "").replace("&", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


class ActorMatcher:
    """Finds base mentions (KB aliases, demonyms, agent nouns) in token sequences."""

    def __init__(self, kb: KnowledgeBase, tokenizer: Tokenizer) -> None:
        self.kb = kb
        self.table: dict[tuple[str, ...], list[Pattern]] = {}
        self.exact: dict[tuple[str, ...], list[Pattern]] = {}
        self.lengths: dict[str, list[int]] = {}
        items: list[tuple[str, str, Entry]] = []
        for entry in kb:
            if entry.kind == "agent":
                items += [(n, "agent", entry) for noun in entry.nouns for n in pluralise(noun)]
                continue
            items += [(alias, "entity", entry) for alias in [entry.name, *entry.aliases]]
            items += [(d, "demonym", entry) for d in entry.demonyms]
            items += [(p, "people", entry) for p in entry.people]
        texts = [text for text, _, _ in items]
        for (text, kind, entry), doc in zip(items, tokenizer.pipe(texts), strict=True):
            toks = [t.text for t in doc if token_key(t.text) is not None]
            if not toks or len(toks) > MAX_TOKENS:
                continue
            exact = is_abbreviation(text)
            caps = tuple(kind != "agent" and t[:1].isupper() for t in toks)
            key = tuple(toks) if exact else tuple(token_key(t) or "" for t in toks)
            bucket = (self.exact if exact else self.table).setdefault(key, [])
            same = next((k for k, p in enumerate(bucket) if p.entry.id == entry.id and p.kind == kind), None)
            if same is None:
                bucket.insert(0, Pattern(kind, entry, caps))  # later KB files win a shared alias
            elif len(bucket[same].caps) == len(caps):
                # "Al-Qaeda" and "al Qaeda": a word need be capitalised only where every spelling has it so
                bucket[same] = Pattern(kind, entry, tuple(a and b for a, b in zip(bucket[same].caps, caps, strict=True)))
            first = key[0] if not exact else token_key(key[0]) or ""
            self.lengths.setdefault(first, [])
            if len(key) not in self.lengths[first]:
                self.lengths[first].append(len(key))
                self.lengths[first].sort(reverse=True)
        # Exact keys are looked up by the folded first token too, so both tables share `lengths`.

    def find(self, doc: Doc, lo: int = 0, hi: int | None = None) -> list[Mention]:
        """Non-overlapping base mentions in tokens [lo, hi), longest first."""
        hi = len(doc) if hi is None else hi
        all_idx, all_keys, all_texts = token_keys(doc)
        a, b = bisect_left(all_idx, lo), bisect_left(all_idx, hi)
        idx, keys, texts = all_idx[a:b], all_keys[a:b], all_texts[a:b]
        found: list[Mention] = []
        for a, first in enumerate(keys):
            for length in self.lengths.get(first, ()):
                b = a + length
                if b > len(keys):
                    continue
                pattern = self._best(self.exact.get(tuple(texts[a:b]), ()), texts[a:b]) or self._best(
                    self.table.get(tuple(keys[a:b]), ()), texts[a:b])
                if pattern is not None:
                    found.append(Mention(idx[a], idx[b - 1] + 1, pattern.kind, pattern.entry))
                    break
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        taken: set[int] = set()
        out = []
        for m in found:
            if taken.isdisjoint(range(m.start, m.end)):
                taken.update(range(m.start, m.end))
                out.append(m)
        return sorted(out, key=lambda m: m.start)

    @staticmethod
    def _best(patterns: list[Pattern] | tuple[()], texts: list[str]) -> Pattern | None:
        """First pattern whose capitalised tokens are capitalised in the text (entities before agents)."""
        ok = [p for p in patterns if all(not c or t[:1].isupper() for c, t in zip(p.caps, texts, strict=True))]
        ok.sort(key=lambda p: p.kind == "agent")
        return ok[0] if ok else None


APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


# Key of the doc's matchable tokens in its memo table (`attach.doc_index`).
_KEYS_MEMO = "actor_matcher.token_keys"


def token_keys(doc: Doc) -> tuple[list[int], list[str], list[str]]:
    """Positions, match keys and texts (apostrophes unified) of the doc's tokens that have a key, read once
    per doc: `ActorMatcher.find` runs on many phrases of one doc, and building Tokens is costly."""
    from polemos.nlp.doc_index import doc_index

    memo = doc_index(doc).memo  # rebuilt when the doc is retokenised
    table: tuple[list[int], list[str], list[str]] | None = memo.get(_KEYS_MEMO)
    if table is None:
        table = ([], [], [])
        for i, text in enumerate(t.text for t in doc):
            key = token_key(text)
            if key is not None:
                table[0].append(i)
                table[1].append(key)
                table[2].append(text.translate(APOSTROPHES))
        memo[_KEYS_MEMO] = table
    return table


_matchers: dict[int, ActorMatcher] = {}


def default_matcher(kb: KnowledgeBase) -> ActorMatcher:
    """A matcher over ``kb`` built with a blank English tokenizer, cached per KB object."""
    if id(kb) not in _matchers:
        import spacy

        _matchers[id(kb)] = ActorMatcher(kb, spacy.blank("en").tokenizer)
    return _matchers[id(kb)]


def remember_matcher(kb: KnowledgeBase, matcher: ActorMatcher) -> None:
    """Make ``matcher`` (built with a pipeline's tokenizer) the one ``default_matcher`` returns for ``kb``."""
    _matchers[id(kb)] = matcher


def mention_country(kb: KnowledgeBase, m: Mention) -> str | None:
    if m.actor is not None:
        return m.actor.country
    if m.entry is None or m.kind == "agent":
        return None
    return m.entry.country or kb.country_of(m.entry.id)


def country_scores(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> dict[str, float]:
    """Salience of each country in the doc: mentions weighted by kind and by how early they come."""
    scores: dict[str, float] = {}
    n = max(len(doc), 1)
    for m in mentions:
        country = mention_country(kb, m)
        if not country:
            continue
        weight = 1.0 if m.kind in {"entity", "demonym", "people", "composite"} else 0.5
        if m.entry is not None and m.entry.kind not in STATE_KINDS:
            weight *= 0.5
        weight *= 1.0 + (1.0 - m.start / n)  # earlier mentions (headline, lede) count up to double
        scores[country] = scores.get(country, 0.0) + weight
    return scores


def context_country(doc: Doc, *, kb: KnowledgeBase | None = None) -> str | None:
    """The most salient country of the doc (named countries, demonyms, capitals, actors), or None."""
    kb = kb or resources_of(doc).kb
    # the doc's shared context holds the same scores, and the actors component has usually built it
    scores = doc_context(doc, default_matcher(kb)).scores
    return max(scores, key=lambda c: scores[c]) if scores else None


@dataclass
class DocContext:
    """What every resolver of one doc shares: its whole-doc base matches (never resolved in place), the
    countries' salience and each token's sentence number."""

    mentions: list[Mention]
    scores: dict[str, float]
    sent_of: dict[int, int]
    # per sentence number, its mentions in text order (built once, on first use)
    by_sent: dict[int, list[Mention]] | None = None
    # per sentence number, the (token index, country) of the towns and provinces it names
    toponyms_by_sent: dict[int, list[tuple[int, str]]] | None = None


# Per doc, so that resolving many phrases of one doc (the events and relations components do) matches
# the whole doc once; weak keys let docs be freed.
_contexts: WeakKeyDictionary[Doc, tuple[tuple[int, int], DocContext]] = WeakKeyDictionary()


def doc_context(doc: Doc, matcher: ActorMatcher, mentions: list[Mention] | None = None) -> DocContext:
    """The shared context of ``doc`` (built from ``mentions``, the whole-doc matches, when given)."""
    key = (id(matcher), len(doc))
    cached = _contexts.get(doc)
    if cached is not None and cached[0] == key:
        return cached[1]
    found = matcher.find(doc) if mentions is None else [copy(m) for m in mentions]
    sent_of: dict[int, int] = {}
    if doc.has_annotation("SENT_START"):
        for k, sent in enumerate(doc.sents):
            sent_of.update(dict.fromkeys(range(sent.start, sent.end), k))
    context = DocContext(found, country_scores(doc, found, matcher.kb), sent_of)
    _contexts[doc] = (key, context)
    return context
