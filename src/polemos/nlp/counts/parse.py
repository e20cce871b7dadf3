"""Number phrases read as head counts: "at least 1,500", "between 10 and 20", "12.7 million", "dozens".

A count is a whole number of people no larger than any country's population: a decimal ("12.7"), a
negative number ("minus 20") or a figure above ``CountLexicon.plausible_max`` is no count, and
`read_claim` says which of these it is (a `Rejection`, whose rule id goes into the event's trace).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from polemos.models import Count
from polemos.ontology.counts import CountLexicon

#: Rule ids of the number phrases that are no head count.
NOT_WHOLE = "counts.reject.not-whole"
NEGATIVE = "counts.reject.negative"
IMPLAUSIBLE = "counts.reject.implausible"

# More digits than this is far beyond any bound (and beyond what ``int`` reads quickly).
_MAX_DIGITS = 18
_DIGITS = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(\w+))?")


@dataclass(frozen=True)
class Rejection:
    """A number phrase said of casualties that is no head count: ``rule`` (one of the ids above) and why."""

    rule: str
    detail: str
    text: str


def _exact(text: str, lex: CountLexicon) -> Fraction | None:
    """The exact value of a digit or word number (None when it is not one, or has too many digits)."""
    text = text.lower().strip()
    m = _DIGITS.fullmatch(text)
    if m:
        digits = m.group(1).replace(",", "")
        if len(digits.split(".")[0]) > _MAX_DIGITS or (m.group(2) and m.group(2) not in lex.multipliers):
            return None
        return Fraction(digits) * lex.multipliers.get(m.group(2) or "", 1)
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", re.sub(r"\ba (dozen|score)\b", r"a_\1", text)):
        word = word.replace("a_", "a ")
        if word == "and":
            continue
        if word in lex.units:
            current += lex.units[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lex.multipliers:
            total += (current or 1) * lex.multipliers[word]
            current = 0
        else:
            return None
        seen = True
    return Fraction(total + current) if seen else None


def parse_number(text: str, lex: CountLexicon) -> int | None:
    """Value of a digit or word number: "19,000", "1.5 million", "two hundred and fifty"; None when it is
    no whole number ("12.7") or no number at all."""
    value = _exact(text, lex)
    return int(value) if value is not None and value.denominator == 1 else None


def parse_count(text: str, lex: CountLexicon) -> Count | None:
    """A `Count` from a number phrase with its qualifier ("at least 1,500", "between 10 and 20"); None when
    the phrase is no head count (see `read_claim`)."""
    m = lex.phrase_re.fullmatch(text.strip())
    if m is None:
        return None
    claim = read_claim(m, lex)
    return claim if isinstance(claim, Count) else None


def read_claim(m: re.Match[str], lex: CountLexicon) -> Count | Rejection | None:
    """The `Count` a match of ``lex.phrase_re`` states, a `Rejection` when it states a number that is no
    head count (a decimal, a negative number, more people than any country has), None when it is no number."""
    text = m.group(0)
    digits = max((len(d.replace(",", "")) for d in re.findall(r"[\d,]+", text)), default=0)
    if digits > _MAX_DIGITS:
        return Rejection(IMPLAUSIBLE, f"{text!r} has {digits} digits: more people than any country has "
                                      f"(at most {lex.plausible_max:,} are believed)", text)
    if m.group("neg"):
        return Rejection(NEGATIVE, f"{text!r} is a negative number, not a count of people", text)
    names = [g for g in ("a", "b", "r1", "r2", "num") if m.group(g)]
    values = [_exact(m.group(g), lex) for g in names]
    if any(v is None for v in values):
        return None
    fractions = [v for v in values if v is not None and v.denominator != 1]
    if fractions:
        return Rejection(NOT_WHOLE, f"{text!r} reads as {float(fractions[0]):,.12g}: no whole number of people "
                                    "(not rounded to one)", text)
    count = _count_from_match(m, lex)
    return count if count is None else check_count(count, lex)


def check_count(count: Count, lex: CountLexicon) -> Count | Rejection:
    """The count, or a `Rejection` when one of its bounds is above ``lex.plausible_max``."""
    largest = max((v for v in (count.low, count.best, count.high) if v is not None), default=0)
    if largest > lex.plausible_max:
        return Rejection(IMPLAUSIBLE, f"{count.text!r} reads as {largest:,}: more people than any country has "
                                      f"(at most {lex.plausible_max:,} are believed)", count.text)
    return count


def _count_from_match(m: re.Match[str], lex: CountLexicon) -> Count | None:
    qual = lex.qualifiers.get(re.sub(r"\s+", " ", m.group("qual").lower())) if m.group("qual") else None
    text = m.group(0)
    if m.group("a") or m.group("r1"):
        lo = parse_number(m.group("a") or m.group("r1"), lex)
        hi = parse_number(m.group("b") or m.group("r2"), lex)
        if lo is None or hi is None or lo > hi:
            return None
        return Count(low=lo, high=hi, text=text)
    if m.group("vague"):
        low, high = lex.vague[re.sub(r"\s+", " ", m.group("vague").lower())]
        if qual in ("high", "below"):  # "up to hundreds": only the ceiling is claimed
            return Count(high=high, text=text)
        return Count(low=low, high=None if qual in ("low", "above") else high, text=text)
    n = parse_number(m.group("num"), lex)
    if n is None:
        return None
    if qual == "low":
        return Count(low=n, text=text)
    if qual == "above":
        return Count(low=n + 1, text=text)
    if qual == "high":
        return Count(high=n, text=text)
    if qual == "below":
        return Count(high=max(n - 1, 0), text=text)
    if qual == "best":
        return Count(best=n, text=text)
    return Count(low=n, best=n, high=n, text=text)


def sum_counts(counts: Sequence[Count]) -> Count:
    """Sum of coordinated counts ("at least 170 Afghans and 13 US service members" -> low 183)."""
    def total(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    return Count(low=total([c.low if c.low is not None else c.best for c in counts]),
                 best=total([c.best for c in counts]), high=total([c.high for c in counts]),
                 text=" + ".join(c.text for c in counts))
