"""A request not yet made is a plan (events/recode: events.modality.plan)."""

from __future__ import annotations


def test_would_appeal_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The court in Tessa sentenced the former general to life in prison on Monday. His lawyer said he "
              "would appeal.")
    assert not any(e.type == "REQUEST" for e in doc._.events)
    assert any(d.rule == "events.modality.plan" for e in doc._.dropped_events for d in e.decisions)


def test_request_made_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("His lawyer appealed to the court on Monday to release him.")
    assert any(e.type == "REQUEST" for e in doc._.events)
