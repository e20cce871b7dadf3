"""Tests for vows of force read as threats and the author's acts the sentence stage gave no source
(nlp/document/voice_threats.py, voice.py, voice_acts.py). One hand-written statement per rule."""

from __future__ import annotations

from document_helpers import rules_of as _rules
from document_helpers import run_document as _run
from spacy.tokens import Doc

from polemos.models import Event, Evidence
from polemos.nlp.document.voice_threats import author_made

LETTERHEAD = "LAKESIDE RIGHTS CENTRE (LRC)\nStatement - Nairobi, 5 March 2024\n\n"


def _own(doc: Doc) -> list[Event]:
    return [e for e in doc._.events if e.source and "lakeside" in e.source[0].name.lower()]


def test_authors_vow_to_defend_its_territory_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF KENYA\n\nStatement - Nairobi, 5 March 2024\n\n"
                    "The Government of Kenya condemns the incursion by Somali troops into Mandera. Kenya remains a "
                    "peaceful nation, but it will defend every inch of its territory.")
    threats = [e for e in doc._.events if e.type == "THREATEN"]
    assert threats and "MINISTRY" in threats[0].source[0].name
    assert any(r in _rules(threats[0]) for r in ("doc.voice.vow-of-force", "doc.voice.sourceless-act"))
    assert not [e for e in doc._.events if e.type == "AGREE"]


def test_a_promise_without_force_stays_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "President Ruto promised on Monday to withdraw the security forces from Kisumu.")
    assert not any("doc.voice.vow-of-force" in _rules(e) for e in doc._.events)


def test_author_warning_that_attacks_will_be_met_with_force(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC condemns the Kenyan police for the raid on its office. We warn that any "
                    "new raid will be met with the firm resistance of our members.\n\nLakeside Rights Centre")
    threats = [e for e in _own(doc) if e.type == "THREATEN"]
    assert threats and "police" in " ".join(a.name for a in threats[0].target)
    assert "doc.voice.threat-of-blamed" in _rules(threats[0])


def test_author_ultimatum_without_source_is_the_authors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "If the detained staff are not freed, the LRC will commence an indefinite strike on Monday."
    doc = nlp(text)
    at = text.index("strike")
    event = Event(type="THREATEN", trigger=Evidence(start=at, end=at + len("strike"), text="strike"))
    assert author_made(doc, event, lambda t: t.text == "LRC")
    assert not author_made(doc, event, lambda t: t.text == "Union")


def test_author_rejecting_a_falsehood_is_a_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The police claimed that the LRC planned riots. The LRC rejects this falsehood "
                    "with contempt.\n\nLakeside Rights Centre")
    assert not [e for e in _own(doc) if e.type == "REJECT"]


def test_demanded_arrest_and_prosecution_is_content_not_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC condemns the Kenyan police for the raid on its office. The LRC demands "
                    "the immediate arrest and prosecution of all officers involved.\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc) if e.type == "REQUEST"]
    assert requests and not any("prosecution" in a.name.lower() for e in requests for a in e.target)


def test_asking_a_court_to_dissolve_a_party_accuses_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "On Monday the Kenyan Ministry of Justice asked the courts to dissolve the Orange Democratic "
                    "Movement for violating the law.")
    accuse = [e for e in doc._.events if e.type == "ACCUSE"]
    assert accuse and "doc.voice.court-request" in _rules(accuse[0])
    assert "Orange" in " ".join(a.name for a in accuse[0].target)
    assert not [e for e in doc._.events if e.type == "REQUEST"]
