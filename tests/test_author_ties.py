"""Tests for the author's own ties (nlp/document/voice_relations.py): "our ally X" relates the letterhead author."""

from __future__ import annotations

from document_helpers import run_document as _run

LETTERHEAD = "LAKESIDE RIGHTS CENTRE (LRC)\nStatement - Nairobi, 5 March 2024\n\n"


def _ties(doc):  # type: ignore[no-untyped-def]
    return [r for r in doc._.relations or [] if r.rule == "doc.voice.our-relation"]


def test_author_tie_apposition_our_brother_and_ally(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC condemns the raids. It expresses its gratitude to Tanzania, our brother and "
                    "ally, which has sheltered the refugees.\n\nLakeside Rights Centre")
    ties = _ties(doc)
    assert [(r.type, r.b.name) for r in ties] == [("ALLY", "Tanzania")]
    assert "lakeside" in ties[0].a.name.lower()
    assert ties[0].voice == "text"


def test_author_tie_our_allies_in_a_name_the_recogniser_does_not_know(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "We thank our allies in the Kisumu Boda Riders Federation for their solidarity."
                    "\n\nLakeside Rights Centre")
    assert [(r.type, r.b.name) for r in _ties(doc)] == [("ALLY", "Kisumu Boda Riders Federation")]


def test_author_tie_not_in_quotes_nor_enemys_enemy(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "\"Uganda is our ally,\" said a Kenyan minister. Our enemy's enemy is not our friend."
                    "\n\nLakeside Rights Centre")
    assert not _ties(doc)


def test_author_tie_the_chairman_of_our_party_leads_the_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "LAKESIDE PEOPLE'S PARTY\nStatement - Nairobi, 5 March 2024\n\nThe Lakeside People's Party "
                    "condemns the raid. Among the injured was the chairman of our party, John Otieno, who was beaten "
                    "by police.\n\nLakeside People's Party")
    ties = [(r.type, r.a.name, r.b.name.lower()) for r in _ties(doc)]
    assert ties == [("LEADS", "John Otieno", "lakeside people's party")]
