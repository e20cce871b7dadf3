"""Tests for nlp/document/settings.py: texts never adopted, rallies that are a speech's audience, warnings of a state."""

from __future__ import annotations

from document_helpers import dropped_rules as _dropped
from document_helpers import run_document as _run


def test_document_drop_failed_text(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops fired on marchers in Tessa on Monday. "
                    "A draft resolution condemning the killings was not adopted by the council.")
    assert not any(e.type == "ACCUSE" for e in doc._.events)
    assert "doc.drop.failed-text" in _dropped(doc)


def test_document_drop_setting_rally(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops fired on marchers in Tessa on Monday. "
                    "President Arvo told a rally of supporters in Ravi that he was cutting ties with Kandar.")
    assert not any(e.type == "PROTEST" for e in doc._.events)
    assert "doc.drop.setting-rally" in _dropped(doc)


def test_document_drop_warning_of_state(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops fired on marchers in Tessa on Monday. "
                    "Aid agencies warned that famine is likely in the north of the country.")
    assert not any(e.type == "THREATEN" for e in doc._.events)
    # a famine is a hazard: the sentence stage already reads the warning as advice (events.sense.hazard-warning)
    assert {"doc.drop.warning-of-state", "events.sense.hazard-warning"} & set(_dropped(doc))


def test_document_drop_warning_of_state_of_a_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops fired on marchers in Tessa on Monday. "
                    "Aid agencies warned that the road to the north is likely to close.")
    assert not any(e.type == "THREATEN" for e in doc._.events)
    assert "doc.drop.warning-of-state" in _dropped(doc)


def test_document_keep_warning_of_own_action(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "The Loman army warned on Monday that it would strike rebel camps in Tessa.")
    assert "doc.drop.warning-of-state" not in _dropped(doc)


def test_document_drop_thing_threatens(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops fired on marchers in Tessa on Monday. "
                    "The fighting threatens to derail peace talks planned for next month in Ravi.")
    assert not any(e.type == "THREATEN" for e in doc._.events)
    assert "doc.drop.thing-threatens" in _dropped(doc)
