"""Numbers that are no head count (nlp/counts/parse.py): decimals, negative numbers, more people than any country
has; each is named by its rule in the event's trace. A hypothesis fuzz test over the count parser."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polemos.models import Count
from polemos.nlp.counts.parse import (
    IMPLAUSIBLE,
    NEGATIVE,
    NOT_WHOLE,
    Rejection,
    parse_count,
    parse_number,
    read_claim,
)
from polemos.nlp.counts.recognizer import REJECTED, find_claims
from polemos.nlp.pipe import make_docs
from polemos.ontology.counts import load_count_lexicon

LEX = load_count_lexicon()
BOUND = LEX.plausible_max


def claim(text: str) -> Count | Rejection | None:
    m = LEX.phrase_re.fullmatch(text)
    assert m is not None, text
    return read_claim(m, LEX)


@pytest.mark.parametrize(("text", "rule"), [
    ("12.7", NOT_WHOLE), ("between 2.5 and 4", NOT_WHOLE), ("10-12.5", NOT_WHOLE), ("1.23456789 million", NOT_WHOLE),
    ("minus 20", NEGATIVE), ("\u221220", NEGATIVE), ("minus dozens", NEGATIVE),
    ("9 billion", IMPLAUSIBLE), ("nine billion", IMPLAUSIBLE), ("3 trillion", IMPLAUSIBLE),
    ("1,500,000,001", IMPLAUSIBLE), ("more than 1,500,000,000", IMPLAUSIBLE),
    ("999999999999999999999", IMPLAUSIBLE), ("9" * 5000, IMPLAUSIBLE),  # too many digits to read as an int
])
def test_counts_parse_read_claim_rejects(text: str, rule: str) -> None:
    got = claim(text)
    assert isinstance(got, Rejection) and got.rule == rule and got.text == text
    assert parse_count(text, LEX) is None


def test_counts_parse_rejection_says_why() -> None:
    got = claim("9 billion")
    assert isinstance(got, Rejection) and "9,000,000,000" in got.detail and f"{BOUND:,}" in got.detail
    got = claim("12.7")
    assert isinstance(got, Rejection) and "12.7" in got.detail and "not rounded" in got.detail


def parse(nlp: Any, text: str) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))


@pytest.mark.parametrize(("text", "kind", "rule"), [
    ("Soldiers killed 12.7 people in the village.", "killed", NOT_WHOLE),
    ("Police arrested minus 20 protesters.", "arrested", NEGATIVE),
    ("Rebels killed 9 billion people in the attack.", "killed", IMPLAUSIBLE),
    ("Rebels killed 999999999999999999999 people in the attack.", "killed", IMPLAUSIBLE),
    ("Gunmen killed 800 million villagers and 800 million farmers in the raids.", "killed", IMPLAUSIBLE),  # the sum
])
def test_counts_parse_rejected_span_names_its_rule(nlp: Any, text: str, kind: str, rule: str) -> None:
    doc = parse(nlp, text)
    assert list(doc.spans["counts"]) == []
    (span,) = doc.spans[REJECTED]
    assert (span.label_, span._.count_kind) == (rule, kind) and span._.count_rejected


def test_counts_parse_find_claims_keeps_the_good_count(nlp: Any) -> None:
    doc = parse(nlp, "Gunmen killed 20 people and wounded 2 billion in an attack on a market.")
    rejected: list[Any] = []
    claims = find_claims(doc, LEX, rejected=rejected)
    assert [(kind, c.best) for _, c, kind, _, _ in claims] == [("killed", 20)]
    assert [(r.rule, kind) for _, r, kind, _ in rejected] == [(IMPLAUSIBLE, "injured")]


@pytest.mark.parametrize(("text", "killed", "injured", "rule"), [
    ("Government troops killed 12.7 million people in the war.", 12_700_000, None, None),
    ("Government troops killed 1.2 million people in the war.", 1_200_000, None, None),
    ("Government troops killed nine billion civilians and wounded 30.", None, 30, IMPLAUSIBLE),
    ("Soldiers killed 12.7 people in the village.", None, None, NOT_WHOLE),
])
def test_counts_parse_event_trace_says_why(nlp: Any, text: str, killed: int | None, injured: int | None,
                                           rule: str | None) -> None:
    from polemos.nlp.extractor import Extractor

    (event,) = Extractor(nlp=nlp).extract(text).events
    assert (event.killed.value() if event.killed else None) == killed
    assert (event.injured.value() if event.injured else None) == injured
    rejected = [d for d in event.decisions if d.action == "rejected"]
    assert [d.rule for d in rejected] == ([rule] if rule else [])
    assert all(d.detail.startswith("killed: ") for d in rejected)
    assert event.decisions[-1].action == "emitted"  # the rejection comes before the emitting rule


# -- fuzz ----------------------------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789,.- abmilontwhundrequsfv\u2212"), max_size=40))
def test_counts_parse_fuzz_never_raises_and_counts_are_whole_and_plausible(text: str) -> None:
    for m in LEX.phrase_re.finditer(text):
        got = read_claim(m, LEX)
        if isinstance(got, Count):
            values = [v for v in (got.low, got.best, got.high) if v is not None]
            assert values and all(isinstance(v, int) and 0 <= v <= BOUND for v in values)
            if got.low is not None and got.high is not None:
                assert got.low <= got.high
        else:
            assert got is None or got.rule in (NOT_WHOLE, NEGATIVE, IMPLAUSIBLE)
    parse_count(text, LEX)
    parse_number(text, LEX)


@given(st.integers(min_value=0, max_value=10**15))
def test_counts_parse_fuzz_integers(n: int) -> None:
    for text in (str(n), f"{n:,}"):
        got = claim(text)
        if n <= BOUND:
            assert got == Count(low=n, best=n, high=n, text=text)
        else:
            assert isinstance(got, Rejection) and got.rule == IMPLAUSIBLE
        assert isinstance(claim(f"minus {text}"), Rejection)


@given(st.decimals(min_value=0, max_value=2000, places=3, allow_nan=False, allow_infinity=False),
       st.sampled_from(["", " hundred", " thousand", " million", " billion"]))
def test_counts_parse_fuzz_decimals_with_multipliers(number: Decimal, word: str) -> None:
    text = f"{number:f}{word}"
    value = number * {"": 1, " hundred": 100, " thousand": 1000, " million": 10**6, " billion": 10**9}[word]
    got = claim(text)
    if value != value.to_integral_value():
        assert isinstance(got, Rejection) and got.rule == NOT_WHOLE  # never rounded
    elif value > BOUND:
        assert isinstance(got, Rejection) and got.rule == IMPLAUSIBLE
    else:
        assert isinstance(got, Count) and got.best == int(value)
