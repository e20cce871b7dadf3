"""Numbers in count phrases: digit and word numbers ("19,000", "1.5 million", "two hundred and fifty"), the
bound words around them (low/best/high), and sums of several claims."""

from __future__ import annotations

import re
from collections.abc import Sequence

from polemos.models import Count
from polemos.ontology.counts import CountLexicon


def parse_number(text: str, lex: CountLexicon) -> int | None:
    """Value of a digit or word number: "19,000", "1.5 million", "two hundred and fifty"."""
    text = text.lower().strip()
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?:\s+(\w+))?", text)
    if m:
        value = float(m.group(1).replace(",", ""))
        return round(value * lex.multipliers.get(m.group(2) or "", 1))
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
    return total + current if seen else None


def parse_count(text: str, lex: CountLexicon) -> Count | None:
    """A `Count` from a number phrase with its qualifier ("at least 1,500", "between 10 and 20")."""
    m = lex.phrase_re.fullmatch(text.strip())
    if m is None:
        return None
    return _count_from_match(m, lex)


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
