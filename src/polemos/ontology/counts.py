"""The casualty-count vocabulary (`data/counts.yaml`): number words, bound phrases, the nouns of the dead, the
injured and the arrested, and which event types carry which counts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from polemos.errors import KnowledgeBaseError
from polemos.models import COUNT_KINDS, PLOVER_TYPES

LEXICON_FILE = "counts.yaml"


BOUNDS = ("low", "above", "high", "below", "best")
#: More people than any country has: the default of ``plausible_max`` in counts.yaml.
PLAUSIBLE_MAX = 1_500_000_000
#: The minus sign, which makes a number negative like the ``negative`` words ("\u221220").
MINUS_SIGN = "\u2212"


@dataclass
class CountLexicon:
    """Number words, vague quantities, qualifiers, kind words and zero phrases, with compiled regexes."""

    units: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, tuple[int | None, int | None]]
    qualifiers: dict[str, str]
    kinds: dict[str, str]
    singular_killed: set[str]
    zero: list[tuple[re.Pattern[str], str]]
    unrealised: frozenset[str] = frozenset()
    # PLOVER type -> the kinds its events carry; None (no table) lets every type carry every kind
    kinds_by_type: dict[str, frozenset[str]] | None = None
    released: frozenset[str] = frozenset()
    # the largest head count believed; words that make the number after them negative ("minus")
    plausible_max: int = PLAUSIBLE_MAX
    negative: frozenset[str] = frozenset()
    # nouns whose "of N" says a family, not victims ("a mother of two")
    kin: frozenset[str] = frozenset()
    phrase_re: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        def alt(words: Iterable[str]) -> str:
            return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

        word = f"(?:{alt(list(self.units) + list(self.multipliers))})"
        digits = r"(?:\d{1,3}(?:,\d{3})+(?![\d,]*\d)|\d+)(?:\.\d+)?"
        num = rf"(?:(?:{digits})(?:\s+(?:{alt(self.multipliers)}))?|{word}(?:(?:\s+|-)(?:and\s+)?{word})*)"
        neg = "|".join([*([rf"(?:{alt(self.negative)})(?=\s)"] if self.negative else []), MINUS_SIGN])
        self.phrase_re = re.compile(
            rf"(?<![\w$£€.,-])(?<!\bno\s)(?<!\bno-)(?:(?P<qual>{alt(self.qualifiers)})\s+)?(?:(?P<neg>{neg})\s*)?"
            rf"(?:between\s+(?P<a>{num})\s+and\s+(?P<b>{num})|(?P<r1>{num})\s*(?:-|–|to)\s*(?P<r2>{num})"
            rf"|(?P<vague>{alt(self.vague)})|(?P<num>{num}))"
            r"(?![\w%$£€])(?!-year|\s*(?:%|percent|per\s+cent|years?\s+old|-year-old))",
            re.IGNORECASE)


def parse_lexicon(data: Any, *, path: str = LEXICON_FILE) -> CountLexicon:
    """Validate the parsed YAML of counts.yaml into a `CountLexicon`."""
    if not isinstance(data, dict):
        raise KnowledgeBaseError(path, "the file must be a YAML mapping of sections (units, vague, ...)")
    for section in ("units", "multipliers", "vague", "qualifiers", "kinds", "singular_killed", "zero"):
        if section not in data:
            raise KnowledgeBaseError(path, f"section {section!r} is missing; add it", field=section)
    for q, bound in data["qualifiers"].items():
        if bound not in BOUNDS:
            raise KnowledgeBaseError(path, f"qualifier {q!r} has bound {bound!r}; use one of {', '.join(BOUNDS)}",
                                     field="qualifiers")
    kinds: dict[str, str] = {}
    for kind, words in data["kinds"].items():
        if kind not in COUNT_KINDS:
            raise KnowledgeBaseError(path, f"kind {kind!r} is not one of {', '.join(COUNT_KINDS)}", field="kinds")
        kinds.update({str(w).lower(): kind for w in words})
    zero = []
    for i, item in enumerate(data["zero"]):
        if item.get("kind") not in COUNT_KINDS:
            raise KnowledgeBaseError(path, f"zero[{i}] needs kind: one of {', '.join(COUNT_KINDS)}", field="zero")
        try:
            zero.append((re.compile(item["pattern"], re.IGNORECASE), item["kind"]))
        except (re.error, KeyError) as exc:
            raise KnowledgeBaseError(path, f"zero[{i}] has a bad pattern ({exc}); fix the regex",
                                     field="zero") from None
    plausible_max = data.get("plausible_max", PLAUSIBLE_MAX)
    if isinstance(plausible_max, bool) or not isinstance(plausible_max, int) or plausible_max < 1:
        raise KnowledgeBaseError(path, f"plausible_max {plausible_max!r} is not a whole number of people above 0; "
                                 f"give e.g. {PLAUSIBLE_MAX}", field="plausible_max")
    kinds_by_type = None
    if data.get("kinds_by_type") is not None:
        kinds_by_type = {}
        for type_, allowed in data["kinds_by_type"].items():
            if type_ not in PLOVER_TYPES:
                raise KnowledgeBaseError(path, f"{type_!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}",
                                         field="kinds_by_type")
            bad = [k for k in allowed or () if k not in COUNT_KINDS]
            if bad:
                raise KnowledgeBaseError(path, f"{type_}: {bad} are not count kinds; use {', '.join(COUNT_KINDS)}",
                                         field="kinds_by_type")
            kinds_by_type[str(type_)] = frozenset(allowed or ())
    return CountLexicon(
        units={str(k).lower(): int(v) for k, v in data["units"].items()},
        multipliers={str(k).lower(): int(v) for k, v in data["multipliers"].items()},
        vague={str(k).lower(): (v.get("low"), v.get("high")) for k, v in data["vague"].items()},
        qualifiers={str(k).lower(): str(v) for k, v in data["qualifiers"].items()},
        kinds=kinds, singular_killed={str(w).lower() for w in data["singular_killed"]}, zero=zero,
        unrealised=frozenset(str(w).lower() for w in data.get("unrealised") or ()), kinds_by_type=kinds_by_type,
        released=frozenset(str(w).lower() for w in data.get("released") or ()), plausible_max=plausible_max,
        negative=frozenset(str(w).lower() for w in data.get("negative") or ()),
        kin=frozenset(str(w).lower() for w in data.get("kin") or ()))


@lru_cache(maxsize=1)
def load_count_lexicon() -> CountLexicon:
    """The packaged counts lexicon (read once)."""
    text = resources.files("polemos").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    return parse_lexicon(yaml.safe_load(text))


def kinds_for_type(event_type: str | None, lex: CountLexicon | None = None) -> frozenset[str]:
    """The count kinds an event of this PLOVER type can carry (all of them for None or without a table)."""
    table = (lex or load_count_lexicon()).kinds_by_type
    if event_type is None or table is None:
        return frozenset(COUNT_KINDS)
    return table.get(event_type, frozenset())


def carries_count(event_type: str | None, kind: str, lex: CountLexicon | None = None) -> bool:
    """Whether an event of this type can carry a count of this kind ("REQUEST", "killed" -> False)."""
    return kind in kinds_for_type(event_type, lex)
