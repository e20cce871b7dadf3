"""Trigger words in senses that name no political act (events/word_senses, events/background): natural causes,
animals acted on, questions, suspected illness, hazard warnings and inquiries, figurative fights."""

from __future__ import annotations

from typing import Any


def _dropped(doc: Any) -> list[str]:
    return [d.rule for e in doc._.dropped_events for d in e.decisions]


def _types(doc: Any) -> list[str]:
    return [e.type for e in doc._.events]


def test_named_cyclone_hitting_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Thousands lost power after Cyclone Marla hit the coast of Westland on Monday.")
    assert "ASSAULT" not in _types(doc)
    assert "events.non-agent.cause" in _dropped(doc)


def test_rains_destroying_homes_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Heavy rains led to the flooding of the river, destroying homes in the north of the country.")
    assert "ASSAULT" not in _types(doc)
    assert "events.non-agent.cause" in _dropped(doc)


def test_gas_leak_killing_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A gas leak from a heater killed the minister and his host on Tuesday.")
    assert "ASSAULT" not in _types(doc)


def test_gunmen_killing_is_still_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen killed five villagers in the north of the country on Monday.")
    assert "ASSAULT" in _types(doc)


def test_killing_animals_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Soldiers rounded up chickens and ducks in the villages, and officers were killing stray dogs.")
    assert not {"ASSAULT", "COERCE"} & set(_types(doc))
    assert "events.patient.animal" in _dropped(doc)


def test_question_asked_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('When asked about the evacuations, the police chief said force would not be used. "Why was he '
              'jailed?" asked the group\'s director.')
    assert "REQUEST" not in _types(doc)
    assert "events.sense.question" in _dropped(doc)


def test_asking_for_help_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The governor asked the government for medical assistance on Monday.")
    assert "REQUEST" in _types(doc)


def test_suspected_illness_is_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Eight more people are suspected to have the virus in the town.")
    assert "ACCUSE" not in _types(doc)
    assert "events.sense.suspected-condition" in _dropped(doc)


def test_hazard_warnings_are_no_threats(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Health authorities warned residents to boil their water. Officials are warning of a growing threat "
              "of cholera among the survivors.")
    assert "THREATEN" not in _types(doc)
    assert "events.sense.hazard-warning" in _dropped(doc)


def test_inquiry_into_outbreak_is_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("In December, international experts probed the outbreak among pigs at two farms.")
    assert "ACCUSE" not in _types(doc)
    assert "events.sense.hazard-inquiry" in _dropped(doc)


def test_legal_battle_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Over 1,100 residents are still engaged in a legal battle with the mining company.")
    assert "ASSAULT" not in _types(doc)
    assert "events.sense.figurative-fight" in _dropped(doc)
