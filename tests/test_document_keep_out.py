"""Tests for the document stage's keep-out, merge and toll rules of issue 10: one hand-written article per rule."""

from __future__ import annotations

from document_helpers import dropped_rules as _dropped
from document_helpers import rules_of as _rules
from document_helpers import run_document as _run


def test_document_drop_standing_state_present_tense(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Troops shelled the village of Oru on Monday, residents said. "
                    "Veldia, a small country, supports the rebels in the east and imports most of its fuel.")
    assert "doc.drop.standing-state" in _dropped(doc)
    assert [e.type for e in doc._.events] == ["ASSAULT"]


def test_document_drop_standing_state_labelling_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Police arrested four men in Tessa on Monday. "
                    "The government blames rebel groups fighting central rule in the east for the unrest.")
    assert "doc.drop.standing-state" in _dropped(doc)
    assert not any(e.type == "ASSAULT" for e in doc._.events)


def test_document_drop_habitual_adverb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Soldiers detained two reporters in Tessa on Monday. "
                    "Rights groups have repeatedly accused the army of torturing detainees.")
    assert "doc.drop.habitual" in _dropped(doc)
    assert not any(e.type == "ACCUSE" for e in doc._.events)


def test_document_drop_habitual_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Rebels attacked a police post in Oru on Monday, killing two officers.\n\n"
                    "Aid workers said the harvest was poor this year.\n\n"
                    "The town, close to the border, has come under frequent attack in recent months.")
    assert "doc.drop.habitual" in _dropped(doc)
    assert len([e for e in doc._.events if e.type == "ASSAULT"]) == 1


def test_document_drop_planned_by_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Thousands of teachers marched in Loma on Monday to demand higher pay. "
                    "A national strike across the country is planned for next week.")
    assert "doc.drop.plan" in _dropped(doc)
    assert len([e for e in doc._.events if e.type == "PROTEST"]) == 1


def test_document_merge_protest_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Farmers occupied the main square of Loma on Monday, blowing whistles and demanding an end "
                    "to the grain tax.")
    assert [e.type for e in doc._.events] == ["PROTEST"]
    assert "doc.merge.protest-demand" in _rules(doc._.events[0])


def test_document_merge_own_claim_of_a_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Veldian forces fired missiles at the centre of Oru on Sunday, killing 12 civilians, officials "
                    "said. "
                    "The Veldian defence ministry said on Monday it had struck a meeting of rebel commanders in "
                    "Oru.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert "doc.merge.own-claim" in _rules(assaults[0])
    assert assaults[0].date == "2024-03-03"


def test_document_earlier_toll_does_not_replace_the_latest(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Gunmen attacked a bus station in Oru on Sunday. The death toll rose to 30 on Monday, "
                    "officials said. Officials had initially put the toll at 18.")
    bombing = next(e for e in doc._.events if e.type == "ASSAULT")
    assert bombing.killed is not None and bombing.killed.value() == 30
    assert "doc.attach.earlier-toll" in _rules(bombing)


def test_document_casualties_of_people_attach_to_the_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Soldiers opened fire on marchers in Oru on Friday, witnesses said. "
                    "More than 40 people were wounded, many of them by gunfire, according to hospital staff.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].injured is not None and assaults[0].injured.value() >= 41


def test_document_no_invented_crowd_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Veldian jets carried out air strikes on the port of Oru early on Monday, killing six people. "
                    "The strikes came a day after rebels shelled a Veldian border post. "
                    "The rebels vowed to respond.")
    for event in doc._.events:
        assert not any(a.start is None and a.name == "protesters" for a in event.target)


def test_document_drop_declined_to_say(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Loman police arrested 40 people in Tessa on Monday. A police spokesman "
            "declined to say how many of those arrested were minors.")
    doc = _run(nlp, text)
    assert not any(e.type == "REJECT" for e in doc._.events)
    assert any(d.rule == "doc.drop.no-comment" for e in doc._.dropped_events or [] for d in e.decisions)
