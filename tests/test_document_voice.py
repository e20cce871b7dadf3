"""Tests for the document's own voice (nlp/document/voice.py, voice_acts.py): one hand-written statement per rule."""

from __future__ import annotations

import pytest
from document_helpers import rules_of as _rules
from document_helpers import run_document as _run
from spacy.tokens import Doc

from polemos.models import Event


def _own(doc: Doc, author_word: str) -> list[Event]:
    return [e for e in doc._.events if e.source and author_word.lower() in e.source[0].name.lower()]


def _names(event: Event) -> str:
    return " ".join(a.name for a in event.target)


LETTERHEAD = "LAKESIDE RIGHTS CENTRE\nPress release - Nairobi, 5 March 2024\n\n"


def test_document_voice_letterhead_author_and_issue_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The Lakeside Rights Centre (LRC) condemns the arrest of the journalist Amos Kip "
                    "and holds the Kenyan police responsible for his safety.\n\nLakeside Rights Centre")
    own = _own(doc, "lakeside")
    accuse = [e for e in own if e.type == "ACCUSE"]
    assert len(accuse) == 1
    assert accuse[0].date == "2024-03-05"
    assert accuse[0].location is not None and accuse[0].location.name == "Nairobi"
    assert "police" in _names(accuse[0])  # the one held responsible, not the journalist arrested
    assert "Amos Kip" not in _names(accuse[0])


def test_document_voice_author_list_items(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police fired on marchers in Kisumu on Monday.\n\n"
                    "The Lakeside Rights Centre:\n"
                    "1. Condemns the decision of the Ugandan government to close the border;\n"
                    "2. Calls on the African Union to send observers;\n"
                    "3. Salutes the courage of the Kenyan nurses.\n\nLakeside Rights Centre")
    own = _own(doc, "lakeside")
    assert {e.type for e in own} >= {"ACCUSE", "REQUEST", "SUPPORT"}
    assert any(e.type == "REQUEST" and "African Union" in _names(e) for e in own)
    assert any("doc.voice.author-list" in _rules(e) for e in own)


def test_document_voice_it_continues_the_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The Lakeside Rights Centre called on Uganda to open an inquiry. It also urged "
                    "the European Union to suspend its aid.\n\nLakeside Rights Centre")
    own = _own(doc, "lakeside")
    assert any(e.type == "REQUEST" and "European Union" in _names(e) for e in own)


def test_document_voice_one_event_per_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "We call on the Kenyan government to free the detainees. We call on the "
                    "Kenyan police to stop the raids. We call on the African Union to send observers."
                    "\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc, "lakeside") if e.type == "REQUEST"]
    assert len(requests) == 2  # the government and its police are one addressee; the AU another


def test_document_voice_call_content_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "We call on Uganda to withdraw its troops from the border."
                    "\n\nLakeside Rights Centre")
    assert not any(e.type == "RETREAT" for e in doc._.events)
    assert any(e.type == "REQUEST" for e in _own(doc, "lakeside"))


def test_document_voice_slogans_in_capitals_are_no_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "AGAINST ALL WARS\nAGAINST ALL BORDERS\n\nThe war goes on. We condemn the Ugandan "
                    "government for the raids.\n\nWe say no to war.")
    assert not any(e.source and "AGAINST" in e.source[0].name for e in doc._.events)


@pytest.mark.parametrize(("head", "speaks"), [
    ("MINISTRY OF FOREIGN AFFAIRS\nGOVERNMENT OF KENYA\nPress Release - Nairobi, 5 March 2024\n\n", True),
    (LETTERHEAD, False),
])
def test_document_voice_state_speaks_for_its_government(nlp, head: str, speaks: bool) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, head + "Kenya urges the Ugandan authorities to release the fishermen.\n\nEnd")
    own = [e for e in doc._.events if e.type == "REQUEST" and any(d.rule.startswith("doc.voice") for d in e.decisions)]
    assert bool(own) is speaks


def test_document_voice_habit_and_readiness(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "MINISTRY OF FOREIGN AFFAIRS\nGOVERNMENT OF KENYA\nPress Release - Nairobi, 5 March 2024\n\n"
                    "Kenya has repeatedly conveyed its concerns to Uganda. Kenya remains ready to engage with the "
                    "Ugandan authorities through dialogue.\n\nEnd")
    own = [e for e in doc._.events if any(d.rule.startswith("doc.voice") for d in e.decisions)]
    assert not any(e.type == "ACCUSE" for e in own)
    agree = [e for e in own if e.type == "AGREE"]
    assert agree and "Ugandan" in _names(agree[0])


def test_document_voice_demand_of_the_blamed(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "We condemn the Ugandan government for the raids. We demand the release of all "
                    "detainees.\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc, "lakeside") if e.type == "REQUEST"]
    assert requests and "Ugandan" in _names(requests[0])
    assert "doc.voice.demand-of-blamed" in _rules(requests[0])
