"""Tests for dates across sentences in the document stage (nlp/document/dates.py): a mention's day carries to the
mentions of its incident, chains open with a gap from a named incident, a time the previous sentence told stays."""

from __future__ import annotations

from document_helpers import PUB
from document_helpers import rules_of as _rules
from document_helpers import run_document as _run


def test_doc_dates_coreferent_mention_gives_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "LOMA, March 5 (Wire) - Loman and Tessan troops exchanged fire near the Vara temple early on "
                    "Monday, days after the worst fighting between Loman and Tessan troops in years killed five people.\n\n"
                    "Fighting between Loman and Tessan troops first broke out on Friday afternoon near the temple.")
    fighting = [e for e in doc._.events if e.type == "ASSAULT" and "doc.date.coreferent" in _rules(e)]
    assert fighting and fighting[0].date == "2024-03-01"


def test_doc_dates_coreferent_needs_two_signs(nlp) -> None:  # type: ignore[no-untyped-def]
    # one word in common is not one incident: the bombing in the capital keeps its own (unknown) day
    doc = _run(nlp, "Loman jets carried out air strikes on rebel camps near Tessa on Monday, two weeks after suicide "
                    "bombings in the capital.\n\nThe rebels have fought the army since 2019.")
    assert not any("doc.date.coreferent" in _rules(e) for e in doc._.events)


def test_doc_dates_chain_opening_hours_after_named_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman jets bombed a market in Tessa on Sunday, killing 40 people.\n\n"
                    "Hours after the market attack, rebels fired a missile at the border city of Vara.")
    fired = [e for e in doc._.events if e.type == "ASSAULT" and e.trigger is not None and e.trigger.text == "fired"]
    assert fired and fired[0].date == "2024-03-03"
    assert "doc.date.chain-opening" in _rules(fired[0])


def test_doc_dates_previous_sentence_time_is_no_publication_guess(nlp) -> None:  # type: ignore[no-untyped-def]
    # the day comes from the words of the sentence before, not from the publication date (guide §5)
    doc = _run(nlp, "This morning, the ruling majority adopted the foreign agents law in Loma. "
                    "The opposition boycotted the vote.")
    boycott = [e for e in doc._.events if e.trigger is not None and e.trigger.text == "boycotted"]
    assert boycott and boycott[0].date == PUB.isoformat()
    assert "doc.date.undated" not in _rules(boycott[0])
