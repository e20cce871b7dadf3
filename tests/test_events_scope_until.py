"""A sanction's scope is no attack (events.part.sanction-scope), and an act in an 'until' clause in the present
tense is a condition still to be met, not an event that happened (modality: until_marks)."""

from __future__ import annotations

from document_helpers import run_document

from polemos.models import Event


def _events(nlp, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return list(run_document(nlp, text)._.events)


def test_what_sanctions_target_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The European Union on Thursday imposed economic sanctions on Belarus, targeting its potash, "
                          "petroleum and tobacco industries.")
    assert [e.type for e in events] == ["SANCTION"]


def test_a_strike_targeting_a_town_is_still_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Warplanes bombed the town of Kasso on Thursday, targeting a market.")
    assert any(e.type == "ASSAULT" for e in events)


def test_until_in_the_present_is_a_condition_and_in_the_past_a_time(nlp) -> None:  # type: ignore[no-untyped-def]
    future = _events(nlp, "Union leaders vowed on Monday to continue the stoppage until the plan is withdrawn.")
    assert not [e for e in future if e.type == "CONCEDE"]
    past = _events(nlp, "Protesters blocked the road on Monday until police fired tear gas at them.")
    assert [e.modality for e in past if e.type == "ASSAULT"] == ["asserted"]


def test_a_warning_about_a_kind_of_act_has_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The interior ministry warned on Monday that further gatherings would not be tolerated.")
    assert [e.type for e in events] == ["THREATEN"] and not events[0].target
    named = _events(nlp, "The army warned on Monday that protesters would be dealt with firmly.")
    assert [t.name for e in named for t in e.target or []] == ["protesters"]


def test_what_parties_will_do_under_a_deal_is_its_content(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The government and the rebels signed an agreement on Wednesday. Under the deal, the rebel "
                          "forces will disarm and the federal government will restore services.")
    assert [e.type for e in events] == ["SUPPORT"]
    done = _events(nlp, "Under the deal signed on Monday, the army withdrew from the town on Tuesday.")
    assert [e.type for e in done] == ["RETREAT"]
