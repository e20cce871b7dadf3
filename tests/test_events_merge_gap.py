"""Tests for the sentence stage's merge rules (nlp/events/merge.py): an act told with a gap after another is
another act."""

from __future__ import annotations

from document_helpers import rules_of as _rules
from document_helpers import run_document as _run


def test_events_split_act_told_a_day_later(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Armed cattle rustlers killed 17 people in a dawn raid on a village near Vara on Tuesday, officials "
                    "said, and gendarmes pursuing the attackers shot dead six raiders a day later.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    counts = sorted(e.killed.value() for e in assaults if e.killed is not None)
    assert counts == [6, 17]
    assert any("events.split.separate-acts" in _rules(e) for e in assaults)
