"""An indexed stand-in for spaCy's AttributeRuler, with the model's own rules and the same results.

The pinned model's ``attribute_ruler`` maps fine-grained tags to coarse POS, morphology and some lemmas
with about 180 token patterns. spaCy's Matcher tries every pattern at every token, which costs about an
eighth of the whole model's time on news text. This component reads the same patterns and attributes
from the model's ruler, looks each token up by its tag, word or dependency instead, checks only the
patterns that can match there, and assigns attributes with spaCy's own ``set_token_attrs`` in the order
the ruler uses (by pattern number, later patterns winning). It supports what the Matcher supports for
such rules -- exact values, ``IN``, ``NOT_IN`` and ``REGEX`` on ORTH/TEXT, LOWER, NORM, TAG, POS, DEP,
LEMMA and IS_SPACE, over one or several tokens without operators -- and `index_ruler` returns None for a
ruler with anything else, so that the stock component stays in place. ``tests/test_attribute_index.py``
checks the two give the same annotations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, NORM, ORTH, POS, TAG
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.strings import StringStore

# Matcher attribute names this index reads, with the Doc array column of each.
_ATTRS: dict[str, int] = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "POS": POS,
                          "DEP": DEP, "LEMMA": LEMMA, "IS_SPACE": IS_SPACE}
_COLUMNS = sorted(set(_ATTRS.values()))
# Attributes whose values are strings (compared by hash); IS_SPACE is a flag.
_FLAGS = frozenset({"IS_SPACE"})


class Unsupported(ValueError):
    """A ruler pattern this index cannot reproduce exactly."""


@dataclass(frozen=True)
class _Test:
    """One condition on one token: column ``col`` equal to, in or not in ``values``, or matching ``regex``."""

    col: int
    values: frozenset[int] = frozenset()
    negate: bool = False
    regex: re.Pattern[str] | None = None

    def holds(self, value: int, strings: StringStore) -> bool:
        if self.regex is not None:
            return self.regex.search(strings[value] if value else "") is not None
        return (value in self.values) != self.negate


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the ruler's pattern number: attributes are applied in this order
    tests: tuple[tuple[_Test, ...], ...]  # per token of the pattern
    target: int  # which token of the match receives the attributes


def _value(name: str, value: Any, strings: StringStore) -> int:
    if name in _FLAGS:
        if not isinstance(value, bool):
            raise Unsupported(f"{name} needs true or false, not {value!r}")
        return int(value)
    if not isinstance(value, str):
        raise Unsupported(f"{name} value {value!r} is not a string")
    return int(strings[value]) if value else 0  # spaCy stores "" as 0, as a missing tag or dependency reads


def _test(name: str, spec: Any, strings: StringStore) -> _Test:
    key = name.upper()
    if key not in _ATTRS:
        raise Unsupported(f"attribute {name!r}")
    col = _ATTRS[key]
    if not isinstance(spec, dict):
        return _Test(col, frozenset({_value(key, spec, strings)}))
    if len(spec) != 1:
        raise Unsupported(f"{name}: more than one operator in {spec!r}")
    ((op, arg),) = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        return _Test(col, frozenset(_value(key, v, strings) for v in arg), negate=op == "NOT_IN")
    if op == "REGEX" and isinstance(arg, str) and key not in _FLAGS:
        return _Test(col, regex=re.compile(arg))
    raise Unsupported(f"{name}: operator {op!r}")


class IndexedAttributeRuler:
    """Applies an AttributeRuler's rules by looking tokens up instead of trying every pattern."""

    #: Distinct token readings whose rules are remembered before the memo starts afresh.
    MEMO_SIZE = 200_000

    def __init__(self, patterns: Sequence[_Pattern], attrs: Sequence[dict[int, Any]], strings: StringStore) -> None:
        self.patterns = list(patterns)
        self.attrs = list(attrs)
        self.strings = strings
        self.columns: list[int] = [c for c in _COLUMNS
                                   if any(t.col == c for p in self.patterns for ts in p.tests for t in ts)]
        self._where = {c: k for k, c in enumerate(self.columns)}
        # Patterns are filed under one value their first token must have (or tried everywhere when their first
        # token has only NOT_IN or REGEX conditions), one-token and longer ones apart: one-token patterns depend
        # on the token's own reading only, and their rules are memoised per reading; a reading not seen before
        # (the memo's miss, once per new word form) tries the few patterns that can hold there, not all of them.
        self.index: dict[int, dict[int, list[_Pattern]]] = {}
        self.unindexed: list[_Pattern] = []
        self.single_index: dict[int, dict[int, list[_Pattern]]] = {}
        self.single_unindexed: list[_Pattern] = []
        for p in self.patterns:
            single = len(p.tests) == 1
            key = next((t for t in p.tests[0] if t.regex is None and not t.negate), None)
            if key is None:
                (self.single_unindexed if single else self.unindexed).append(p)
                continue
            by_value = (self.single_index if single else self.index).setdefault(key.col, {})
            for v in key.values:
                by_value.setdefault(v, []).append(p)
        self._rules: dict[tuple[int, ...], tuple[int, ...]] = {}  # reading -> rules of one-token patterns
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}  # rules -> their attributes, later ones winning

    def _holds(self, p: _Pattern, rows: list[tuple[int, ...]], i: int) -> bool:
        where, strings = self._where, self.strings
        return all(t.holds(rows[i + j][where[t.col]], strings) for j, ts in enumerate(p.tests) for t in ts)

    def _single_rules(self, row: tuple[int, ...]) -> tuple[int, ...]:
        if len(self._rules) >= self.MEMO_SIZE:
            self._rules.clear()
        cands = self._candidates(self.single_index, self.single_unindexed, row)
        rules = self._rules[row] = tuple(sorted({p.rule for p in cands if self._holds(p, [row], 0)}))
        return rules

    def _candidates(self, index: dict[int, dict[int, list[_Pattern]]], unindexed: list[_Pattern],
                    row: tuple[int, ...]) -> list[_Pattern]:
        """The patterns that can match at a token of this reading: those filed under one of its values, and
        those filed under none."""
        where = self._where
        cands = list(unindexed)
        for col, by_value in index.items():
            cands.extend(by_value.get(row[where[col]], ()))
        return cands

    def _attributes(self, rules: tuple[int, ...]) -> dict[int, Any]:
        """The attributes the rules assign, applied in order. The attributes a ruler sets (POS, TAG, MORPH,
        LEMMA, DEP) are each a field of the token alone, so one merged assignment ends as the sequence would."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = self._merged[rules] = {}
            for rule in rules:
                merged.update(self.attrs[rule])
        return merged

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n or not self.patterns:
            return doc
        array = doc.to_array(list[int | str](self.columns)).reshape(n, len(self.columns))
        rows = [tuple(r) for r in cast("list[list[int]]", array.tolist())]
        found: dict[int, tuple[int, ...]] = {}  # token -> rule numbers, in order
        memo = self._rules
        for i, row in enumerate(rows):
            rules = memo.get(row)
            if rules is None:
                rules = self._single_rules(row)
            if rules:
                found[i] = rules
        if self.index or self.unindexed:
            for i, row in enumerate(rows):
                for p in self._candidates(self.index, self.unindexed, row):
                    if i + len(p.tests) <= n and self._holds(p, rows, i):
                        k = i + p.target
                        found[k] = tuple(sorted({*found.get(k, ()), p.rule}))
        for i, rules in found.items():
            set_token_attrs(doc[i], self._attributes(rules))
        return doc


def index_ruler(ruler: AttributeRuler) -> IndexedAttributeRuler | None:
    """The indexed form of a spaCy AttributeRuler, or None when one of its patterns is beyond it."""
    strings = ruler.vocab.strings
    patterns: list[_Pattern] = []
    try:
        for rule in range(len(ruler.attrs)):
            _key, specs = ruler.matcher.get(str(rule))
            index = int(ruler.indices[rule])
            for spec in specs:
                if not spec or any("OP" in tok for tok in spec):
                    raise Unsupported("empty pattern or operator")
                target = index if index >= 0 else len(spec) + index
                if not 0 <= target < len(spec):
                    raise Unsupported(f"index {index} outside a pattern of {len(spec)} tokens")
                tests = tuple(tuple(_test(name, value, strings) for name, value in tok.items()) for tok in spec)
                patterns.append(_Pattern(rule, tests, target))
    except Unsupported:
        return None
    return IndexedAttributeRuler(patterns, ruler.attrs, strings)


#: The factory name of the indexed ruler (registered by `registrations.register`, which must run first).
INDEXED_RULER = "polemos_indexed_attribute_ruler"


def make_indexed_ruler(nlp: Language, name: str, source: str = "attribute_ruler") -> IndexedAttributeRuler:
    """Factory: the indexed form of the pipeline's ``source`` ruler (add it before removing that one)."""
    indexed = index_ruler(nlp.get_pipe(source))  # type: ignore[arg-type]
    if indexed is None:
        raise ValueError(f"the {source!r} component has patterns the indexed ruler cannot reproduce")
    return indexed


def use_indexed_ruler(nlp: Language, source: str = "attribute_ruler") -> bool:
    """Put the indexed ruler in place of the pipeline's ``source`` component where it can stand in exactly
    (the component keeps its name); returns whether it did. The factory must be registered
    (`registrations.register`)."""
    if source not in nlp.pipe_names or index_ruler(nlp.get_pipe(source)) is None:  # type: ignore[arg-type]
        return False
    nlp.add_pipe(INDEXED_RULER, name="polemos_attribute_index", after=source, config={"source": source})
    nlp.remove_pipe(source)
    nlp.rename_pipe("polemos_attribute_index", source)
    return True


__all__ = ["INDEXED_RULER", "IndexedAttributeRuler", "index_ruler", "make_indexed_ruler", "use_indexed_ruler"]
