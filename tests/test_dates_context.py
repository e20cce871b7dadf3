"""Tests for where a document says when it was written (nlp/dates/context.py) and the phrases that name a day only
against a time the text told (nlp/dates/relative.py), with the normalising they rely on (nlp/dates/normalise.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from polemos.nlp.dates.attach import date_for_event
from polemos.nlp.dates.context import reference_date, section_heading
from polemos.nlp.dates.normalise import is_range, resolve_date
from polemos.nlp.dates.relative import chain_shift, is_day_part
from polemos.nlp.pipe import make_docs


def parse(nlp: Any, text: str, pub: date | None) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, pub)]))))


def spans(doc: Any) -> dict[str, tuple[str, tuple[str, str]]]:
    return {s.text: (s.label_, s._.date_value) for s in doc.spans["dates"]}


def _trigger(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "expected"), [
    ("the previous day", -1), ("The previous night", -1), ("the day before", -1),
    ("the next day", 1), ("the following morning", 1), ("two days later", 2), ("three days earlier", -3),
    ("the same day", 0), ("The same evening", 0), ("hours later", 0), ("later that day", 0),
    ("on Monday", None), ("last week", None), ("a day", None),
])
def test_dates_relative_chain_shift(text: str, expected: int | None) -> None:
    assert chain_shift(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("early in the morning", True), ("In the evening", True), ("before dawn", True), ("in the early hours", True),
    ("By morning", True), ("Monday morning", False), ("the next day", False), ("last night", False),
])
def test_dates_relative_is_day_part(text: str, expected: bool) -> None:
    assert is_day_part(text) is expected


@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("last night", date(2024, 5, 1), ("2024-04-30", "day")),           # not "last" once "night" is cut off
    ("This morning", date(2024, 5, 1), ("2024-05-01", "day")),
    ("the early hours of the same Saturday", date(2011, 4, 13), ("2011-04-09", "day")),
    ("on 29 and 30 November 2022", date(2022, 12, 7), ("2022-11-29", "day")),   # days told together: the first
    ("the night of May 12 to 13", date(2005, 6, 7), ("2005-05-12", "day")),
])
def test_dates_normalise_phrases(text: str, pub: date, expected: tuple[str, str]) -> None:
    assert resolve_date(text, pub) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("29 and 30 November 2022", True), ("May 12 to 13", True), ("12-13 March", True), ("March 12, 2019", False),
])
def test_dates_normalise_is_range(text: str, expected: bool) -> None:
    assert is_range(text) is expected


def test_dates_context_dateline_dates_no_event(nlp: Any) -> None:
    doc = parse(nlp, "Gunmen raid school in Tessa\n\n"
                     "LOMA, Dec 15 (Wire) - Gunmen who raided a school in Tessa last week are holding 300 students, "
                     "the governor said on Tuesday.", date(2020, 12, 15))
    assert spans(doc)["Dec 15"][0] == "CONTEXT"
    raid = _trigger(doc, "raid")  # the headline's: no words of its own tell when
    assert date_for_event(doc, raid, triggers=[raid]) is None


def test_dates_context_dateline_is_the_reference(nlp: Any) -> None:
    # filed on Tuesday Dec 15, stored with the next day's date: "on Monday" is the 14th
    doc = parse(nlp, "LOMA, Dec 15 (Wire) - Police arrested ten students on Monday, officials said.",
                date(2020, 12, 16))
    assert reference_date(doc) == date(2020, 12, 15)
    assert spans(doc)["Monday"] == ("DATE", ("2020-12-14", "day"))


def test_dates_context_place_line_in_brackets(nlp: Any) -> None:
    doc = parse(nlp, "(Loma, June 7, 2005) - Troops killed dozens of people in Tessa on May 13, Watch said.", None)
    assert reference_date(doc) == date(2005, 6, 7)
    assert spans(doc)["June 7, 2005"][0] == "CONTEXT"


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a chain counts from the day told just before it
    ("Rescuers found two bodies on Wednesday, raising the toll from the shelling the previous day to four.",
     "the previous day", ("2020-01-07", "day")),
    ("Loman troops shelled Tessa on Monday. Two days later, rebels attacked the town.", "Two days later",
     ("2020-01-08", "day")),
    # a bare part of a day belongs to the day the story opened with, when its paragraph named none
    ("Police arrested the editor on Monday.\n\nIn the evening, police also arrested two reporters.",
     "In the evening", ("2020-01-06", "day")),
    ("Last night special forces attacked the protesters.", "Last night", ("2020-01-07", "day")),
    # a part of a day followed by its day is that day's
    ("The strikes hit the market around midday on Tuesday.", "Tuesday", ("2020-01-07", "day")),
])
def test_dates_relative_resolved_from_the_text(nlp: Any, text: str, word: str, expected: tuple[str, str]) -> None:
    doc = parse(nlp, text, date(2020, 1, 8))
    assert spans(doc)[word] == ("DATE", expected)


def test_dates_relative_midday_before_a_day_is_no_phrase(nlp: Any) -> None:
    doc = parse(nlp, "The strikes hit the market around midday on Tuesday.", date(2020, 1, 9))
    assert [s.text for s in doc.spans["dates"]] == ["Tuesday"]


def test_dates_context_section_heading_dates_its_section(nlp: Any) -> None:
    text = ("LOMA COURT\nSummary of proceedings - Loma, 14 May 2013\n\n1. Judgment of 10 May 2013\n\n"
            "The court sentenced the former general to 80 years in prison.\n\n"
            "Survivors of the massacre applauded the verdict.")
    doc = parse(nlp, text, date(2013, 5, 14))
    applauded = _trigger(doc, "applauded")
    assert section_heading(doc, applauded.idx) is not None
    assert date_for_event(doc, applauded, triggers=[applauded]) == ("2013-05-10", "day")
