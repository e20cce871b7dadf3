"""Keep-out rules read from the trigger's context (document/settings.py, keep_out.py): people named by a participle,
the object of a fear, an actor labelled by what it keeps doing, history told in a relative clause, a bare year."""

from __future__ import annotations

from datetime import date

from document_helpers import dropped_rules as _dropped
from document_helpers import run_document as _run

from polemos.nlp.pipe import pipe_with_dates


def test_people_noun_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Rebels shelled the town of Tessa on Monday. The Red Cross called for a truce on Tuesday so "
                    "that civilians and the wounded could be evacuated.")
    assert "doc.drop.people-noun" in _dropped(doc)
    assert len([e for e in doc._.events if e.type == "ASSAULT"]) == 1


def test_feared_unrest_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Soldiers detained the prime minister of Tessa on Monday. Banks closed their branches, "
                    "saying they were worried about unrest.")
    assert "doc.drop.feared" in _dropped(doc)
    assert not any(e.type == "PROTEST" for e in doc._.events)


def test_actor_labelled_by_its_fighting_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "The Loman-led coalition fighting in Tessa said on Monday it was expelling Kandar from the "
                    "alliance.")
    assert "doc.drop.standing-state" in _dropped(doc)
    assert not any(e.type == "ASSAULT" for e in doc._.events)


def test_history_in_a_relative_clause_is_background(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Police arrested 20 protesters in Tessa on Monday. The coalition says it wants to restore the "
                    "government of President Amadou Kante, who fled to Loma after the rebels seized the capital.")
    assert "doc.drop.relative-history" in _dropped(doc)
    assert not any(e.type == "ASSAULT" for e in doc._.events)


def test_thing_of_an_earlier_year_in_a_relative_clause_is_background(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Police arrested 20 protesters in Tessa on Monday. The country has been in turmoil since the "
                    "2019 uprising that toppled President Amadou Kante.")
    assert {"doc.drop.relative-history", "doc.drop.background"} & set(_dropped(doc))
    assert [e.type for e in doc._.events] == ["COERCE"]


def test_protests_of_last_year_told_in_september_are_background(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Police arrested the editor of the Tessa Times on Monday. The city was rocked by months of "
            "anti-government protests in 2023.")
    doc = next(pipe_with_dates(nlp, [(text, date(2024, 9, 10))]))
    assert "doc.drop.background" in _dropped(doc)
    assert not any(e.type == "PROTEST" for e in doc._.events)


def test_help_that_names_no_one_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman artillery shelled the island of Tessa on Monday, killing two soldiers. Most of the "
                    "island's residents have since been evacuated to the port of Mombasa.")
    assert not any(e.type == "AID" for e in doc._.events)
    assert "doc.drop.no-actor" in _dropped(doc)


def test_reported_own_stance_is_an_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Police arrested the publisher Amadou Kante in Tessa on Monday. The Loman liaison office said in "
                    "a statement on Monday that it firmly supports the police action against Kante.")
    assert "SUPPORT" in [e.type for e in doc._.events]
    doc = _run(nlp, "Police arrested ten rebels in Tessa on Monday. The party, which supports the rebels, won the "
                    "vote.")
    assert "SUPPORT" not in [e.type for e in doc._.events]


def test_election_rally_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "A gunman shot dead the opposition leader Amadou Kante at an election rally in Tessa on Monday.")
    assert not any(e.type == "PROTEST" for e in doc._.events)
    assert "doc.drop.setting-rally" in _dropped(doc)


def test_deaths_that_label_kin_are_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loma freed 500 prisoners on Monday. The premier said on Monday he felt the anguish of families "
                    "of soldiers killed by some of the freed prisoners.")
    assert not any(e.type == "ASSAULT" for e in doc._.events)
    assert "doc.drop.kin-label" in _dropped(doc)


def test_protests_describing_a_place_in_a_relative_clause_are_background(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Soldiers opened fire on Monday to clear the sit-in outside the ministry in central Tessa, which "
                    "had been the focal point of protests for nearly two months.")
    assert not any(e.type == "PROTEST" for e in doc._.events)
    assert "doc.drop.relative-history" in _dropped(doc)


def test_crowds_throwing_stones_at_each_other_fight(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Violence erupted on Thursday near the village of Tessa, where residents from both sides threw "
                    "stones at each other in a dispute over water.")
    assert [e.type for e in doc._.events] == ["ASSAULT"]
    assert "doc.retype.reciprocal" in [d.rule for d in doc._.events[0].decisions]
