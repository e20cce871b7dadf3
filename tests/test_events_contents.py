"""A second conjunct of a request's content is content too (events/candidate._second_content)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The embassy on Tuesday urged the government to respect the law and to release the activist.",
    "The president called for an end to the shelling and for Loman troops to leave Tessa.",
    "He urged Tessa to release the prisoners and to free the hostages.",
])
def test_second_content_of_a_request_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [e.type for e in doc._.events] == ["REQUEST"]
    assert any(d.rule == "events.content.of-trigger" for e in doc._.dropped_events for d in e.decisions)


def test_act_joined_to_a_report_is_still_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police said they arrested ten protesters and released two journalists on Monday.")
    assert {"COERCE", "RETREAT"} <= {e.type for e in doc._.events}


def test_clause_after_a_semicolon_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Opposition leaders blamed the Loman army on Saturday; Loman officials accused opposition supporters "
              "of setting the trucks on fire.")
    assert [e.type for e in doc._.events].count("ACCUSE") == 2


def test_forces_moving_towards_a_border_mobilize(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Loman troops and armour have moved towards the border this week, officials said.")
    assert [e.type for e in doc._.events] == ["MOBILIZE"]
