"""Counts the sentence stage reads: named victims counted exactly, dates and places that are no head count,
tallies told through a toll's object or a tally noun (nlp/counts/recognizer.py, nlp/counts/attach.py)."""

from __future__ import annotations

from typing import Any

import pytest

from polemos.nlp.counts.attach import counts_for_event, is_earlier_at
from polemos.nlp.counts.recognizer import find_counts
from polemos.nlp.pipe import make_docs
from polemos.ontology.counts import load_count_lexicon


def _found(nlp: Any, text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    return [(kind, c.low, c.best, c.high) for _, c, kind, _ in find_counts(doc, load_count_lexicon())]


@pytest.mark.parametrize(("text", "expected"), [
    # named people are counted exactly, for the arrested as for the dead (guide §6)
    ("Soldiers detained him and Prime Minister Boubou Cisse at gunpoint.", [("arrested", 2, 2, 2)]),
    ("Police arrested Agnes Chow, a 23-year-old activist, at her home.", [("arrested", 1, 1, 1)]),
    ("MEPs condemn the arrest of Ruben Vardanyan, who was detained by border guards on 27 September.",
     [("arrested", 1, 1, 1)]),
    ("Pashinyan was detained by police on Sunday along with two other opposition lawmakers.",
     [("arrested", 3, 3, 3)]),
    ("Aung San Suu Kyi was detained along with other leaders of her party.", [("arrested", 1, None, None)]),
    ("On 30 October, Rasel Hawlader, 26, was shot dead by police.", [("killed", 1, 1, 1)]),
    ("Heavy shelling killed two more Cambodian soldiers and a Thai soldier.", [("killed", 3, 3, 3)]),
    ("The party condemns the arrest of our President, which violates his immunity.", [("arrested", 1, 1, 1)]),
    ("Security forces placed the opposition leader under house arrest.", [("arrested", 1, 1, 1)]),
    # a mother's children are no victims
    ("Anjuara Khatun, a sewing operator and mother of two, was shot dead.", [("killed", 1, 1, 1)]),
    # a headline's victim is not coordinated with the dateline, whose day is no count
    ("Soldiers detain him\n\nBAMAKO, Aug 19 (Reuters) - The president resigned on Tuesday.", []),
    # a number of places or occasions is no count of victims; "resulting in 500 dead" is
    ("The report documents incidents in which 59 people were killed in 20 cities.", [("killed", 59, 59, 59)]),
    ("The clashes resulted in 500 dead.", [("killed", 500, 500, 500)]),
    # the wounded who died are in the toll, not an injury count
    ("The toll rose to 12 after two wounded men died in hospital.", [("killed", 12, 12, 12)]),
    ("Officials said several hundred people were killed.", [("killed", 200, None, 999)]),
    ("Rights groups confirmed at least three dead and dozens of wounded.",
     [("killed", 3, None, None), ("injured", 24, None, 99)]),
    ("Doctors said the number of people killed had risen to 108.", [("killed", 108, 108, 108)]),
    ("The health department said 893 people had been treated for injuries.", [("injured", 893, 893, 893)]),
])
def test_counts_victims_found(nlp: Any, text: str, expected: list[tuple[str, int, int | None, int]]) -> None:
    assert _found(nlp, text) == expected


def test_counts_victims_toll_object(nlp: Any) -> None:
    """"raising the death toll to four": the number hangs on a preposition of a verb whose object is the toll."""
    found = _found(nlp, "Rescuers found two bodies on Wednesday, raising the death toll from the attack to four.")
    assert ("killed", 4, 4, 4) in found


def test_counts_victims_latest_of_revision(nlp: Any) -> None:
    """A trigger owning a figure and its earlier one ("up from 31") takes the latest."""
    doc = next(iter(nlp.pipe(make_docs(nlp, [("Gunmen killed 34 people, up from 31 reported on Friday.", None)]))))
    trigger = next(t for t in doc if t.lower_ == "killed")
    counts = counts_for_event(doc, trigger, triggers=[trigger])
    assert counts["killed"].value() == 34


@pytest.mark.parametrize(("text", "earlier"), [
    ("34 killed, up from ", True), ("the toll, revised down from ", True), ("killed ", False)])
def test_counts_victims_earlier_at(text: str, earlier: bool) -> None:
    assert is_earlier_at(text + "31", len(text)) is earlier
