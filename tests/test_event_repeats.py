"""Repeat marking of a near duplicate's events (io/dedup.event_repeats)."""

from __future__ import annotations

from typing import Any

from polemos.io.dedup import event_repeats


def _ev(id_: int | None = None, date: str | None = "2024-03-01", killed: int | None = 3, **kw: Any) -> dict[str, Any]:
    ev = {"type": "ASSAULT", "source": {"name": "gunmen"}, "target": [{"name": "villagers"}], "date": date,
          "date_precision": "day" if date else None, "killed": {"low": killed, "high": killed} if killed else None,
          "evidence": [{"start": 0, "end": 5, "text": "x"}], **kw}
    if id_ is not None:
        ev["id"] = id_
    return ev


def test_repeat_marked_when_the_copy_is_undated() -> None:
    original = [_ev(1), _ev(2, type="PROTEST")]
    copy = [_ev(date=None), _ev(date=None, type="PROTEST")]
    assert event_repeats(copy, original) == [(1, None), (2, None)]


def test_repeat_marked_when_the_original_is_undated() -> None:
    assert event_repeats([_ev()], [_ev(7, date=None)]) == [(7, None)]


def test_different_dates_are_no_repeat() -> None:
    assert event_repeats([_ev(date="2024-03-02")], [_ev(1)]) == [(None, None)]


def test_undated_revision_found_and_each_original_repeated_once() -> None:
    original = [_ev(1)]
    assert event_repeats([_ev(date=None, killed=5)], original) == [(None, 1)]
    assert event_repeats([_ev(date=None), _ev(date=None)], original) == [(1, None), (None, 1)]
