"""Tests for the sentence stage's sense and modality rules of issue 10, one hand-written sentence per rule."""

from __future__ import annotations

from datetime import date

import pytest

from polemos.models import Event
from polemos.nlp.pipe import pipe_with_dates

PUB = date(2024, 3, 5)


def _events(nlp, text: str) -> tuple[list[Event], list[Event]]:  # type: ignore[no-untyped-def]
    doc = next(pipe_with_dates(nlp, [(text, PUB)]))
    return list(doc._.events), list(doc._.dropped_events or [])


def _rules(events: list[Event]) -> list[str]:
    return [d.rule for e in events for d in e.decisions]


@pytest.mark.parametrize("text", [
    "Soldiers fired tear gas and rubber bullets at students in Loma on Monday.",
    "Riot police used water cannon to disperse the marchers in Loma on Monday.",
])
def test_events_crowd_control_is_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, text)
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "crowd-control")]


@pytest.mark.parametrize("text", [
    '"The talks are over," said an aide to the minister, who asked not to be named.',
    '"Nothing will change," said one official in Loma, who declined to be identified.',
])
def test_events_anonymity_is_no_request_or_refusal(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, text)
    assert not events
    assert "events.candidate.anonymity" in _rules(dropped)


def test_events_capability_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The finance minister said banks would be able to freeze the accounts of the "
                                   "strike leaders.")
    assert not any(e.type in ("THREATEN", "SANCTION") for e in events)
    assert "events.modality.capability" in _rules(dropped)


def test_events_intent_to_send_forces_is_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Veldia said on Monday it would send peacekeeping forces to Oru.")
    assert [e.type for e in events] == ["AGREE"]


def test_events_intent_to_deploy_is_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The army said it would deploy more troops in the northern districts.")
    assert not any(e.type in ("THREATEN", "MOBILIZE") for e in events)
    assert "events.modality.plan" in _rules(dropped)


def test_events_agreed_to_deploy_stays_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Veldia and Oru agreed on Monday to deploy joint patrols along their border.")
    assert [e.type for e in events] == ["AGREE"]
    assert "events.retype.vowed-hostile-act" not in _rules(events)


def test_events_order_to_shoot_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The interior minister on Monday ordered police to shoot looters on sight.")
    assert [e.type for e in events] == ["THREATEN"]
    assert "events.retype.order-to-fire" in _rules(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police raided the offices of the Daily Voice in Loma on Monday.", "COERCE"),
    ("Soldiers took up positions outside the central bank in Loma on Monday.", "MOBILIZE"),
    ("The government postponed talks with the rebels on Monday.", "REJECT"),
])
def test_events_sense_entries(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, text)
    assert [e.type for e in events] == [expected]


def test_events_running_for_office_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The vote, in which the mayor was seeking a second term, was postponed.")
    assert not any(e.type == "REQUEST" for e in events)


def test_events_report_date_is_not_the_act_date(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The Red Cross said on Monday it had delivered medicine to hospitals in Oru.")
    assert [e.type for e in events] == ["AID"]
    assert events[0].date is None
