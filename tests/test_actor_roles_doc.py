"""Actors of events read over the whole sentence and document: a main verb the parser hung on its subject, the
purpose of a protest, and the per-doc indexes that keep pronoun and country look-ups linear."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from polemos.nlp.events.noun_roles import resolve_pronoun


def _events(nlp: Language, text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = nlp(text)
    return [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in doc._.events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # roles.source.stranded-subject: "called" parsed as a participle on the sentence's subject
        ("China, the North's only major ally, called on both sides on Wednesday to exercise restraint.",
         ["China"], ["both sides"]),
        (("Former prime minister Nawaz Sharif, visiting the hospital in Rawalpindi, called on President Pervez "
          "Musharraf on Thursday to resign."), ["Nawaz Sharif"], ["Pervez Musharraf"]),
    ],
)
def test_actor_stranded_subject_is_the_source(nlp: Language, text: str, source: list[str],
                                              target: list[str]) -> None:
    requests = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert requests and requests[0][1] == source and requests[0][2] == target


def test_actor_reduced_passive_after_comma_stays_passive(nlp: Language) -> None:
    # a participle with its own "by" agent is no stranded main verb
    events = _events(nlp, "Dozens of protesters, arrested by police on Friday, were freed on Sunday.")
    coerce = [e for e in events if e[0] == "COERCE"]
    assert all(e[1] != ["Dozens of protesters"] for e in coerce)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # roles.target.protest-purpose: the demanded act's subject, the owner of what is disputed
        (("On Sunday, thousands of protesters took to the streets in Tunis, calling for the government to step "
          "down."), "government"),
        ("Thousands took to the streets to dispute President Alexander Lukashenko's landslide re-election.",
         "Alexander Lukashenko"),
    ],
)
def test_actor_protest_purpose_names_the_target(nlp: Language, text: str, target: str) -> None:
    protests = [e for e in _events(nlp, text) if e[0] == "PROTEST"]
    assert protests and target in protests[0][2]


def test_actor_pronoun_resolution_is_linear(nlp: Language) -> None:
    # the person index is built once per doc: resolving every pronoun of a long doc stays fast
    sentence = "President John Smith said he would visit the region. "
    doc = nlp(sentence * 2)
    he = [t for t in doc if t.lower_ == "he"]
    assert resolve_pronoun(he[-1]) is not None and resolve_pronoun(he[-1]).text == "Smith"
    long_doc = nlp(sentence * 300)
    pronouns = [t for t in long_doc if t.lower_ == "he"]
    start = time.perf_counter()
    found = [resolve_pronoun(t) for t in pronouns]
    assert time.perf_counter() - start < 1.0
    assert all(f is not None and f.i < p.i for f, p in zip(found, pronouns, strict=True))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # roles.target.blamed-doer: an accusation over an act is aimed at its doer, never its victims
        ("The U.N. human rights office condemned the ELN's attacks on civilians.", ["ELN"]),
        ("Buhari condemned the cowardly attack on innocent children by bandits.", ["bandits"]),
        ("Rebels attacked the town on Friday. The president condemned the attack on civilians.", ["Rebels"]),
        ("Government spokesman Alfred Mutua blamed the burning of the church on the opposition.", ["opposition"]),
    ],
)
def test_actor_blamed_act_names_its_doer(nlp: Language, text: str, target: list[str]) -> None:
    accuse = [e for e in _events(nlp, text) if e[0] == "ACCUSE"]
    assert accuse and accuse[0][2] == target


def test_actor_speaker_conjunct_is_the_source(nlp: Language) -> None:
    # roles.source.speaker-conjunct: "X said <clause> and condemned ..." parsed as a conjunct of the clause
    text = ("EU foreign policy chief Josep Borrell said on Tuesday the election had been unfair and condemned "
            "the violence against protesters.")
    accuse = [e for e in _events(nlp, text) if e[0] == "ACCUSE"]
    assert accuse and accuse[0][1] == ["Josep Borrell"]


def test_actor_state_epithet_names_back_the_state(nlp: Language) -> None:
    # actors.anaphora.state-epithet: "the Gulf state" is the state named before, not a place "Gulf" spells
    text = "Saudi Arabia severed diplomatic relations with Qatar on Monday and cut air links with the Gulf state."
    doc = nlp(text)
    targets = {(a.name, a.country) for e in doc._.events for a in e.target}
    assert ("Qatar", "QAT") in targets
    assert all(country in ("QAT", None) for _, country in targets)


def test_actor_place_and_vehicle_are_no_target(nlp: Language) -> None:
    # actors.target.place-people: a place stands for its people; an unowned vehicle for no one
    assert _events(nlp, "Eight trucks were destroyed, he said.") == [("ASSAULT", [], [])]


def test_actor_stranded_subject_through_a_clause(nlp: Language) -> None:
    # roles.source.stranded-subject: "called" hung on the noun ending an inserted clause; the root noun acts
    text = ("U.S. President George W. Bush, speaking in Beijing on Saturday, where he was attending the Olympic "
            "Games, called for an end to the Russian bombing.")
    requests = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert requests and requests[0][1] == ["George W. Bush"] and "Olympic Games" not in requests[0][2]


def test_actor_protest_at_a_seat_targets_its_owner(nlp: Language) -> None:
    # actors.target.protest-seat: "outside the National Police headquarters" -> the police
    text = "On Monday, thousands of people protested outside the National Police headquarters in Barcelona."
    protests = [e for e in _events(nlp, text) if e[0] == "PROTEST"]
    assert protests and protests[0][2] == ["National Police"]


def test_actor_town_withdrawn_from_is_no_target(nlp: Language) -> None:
    # actors.target.retreat-place
    events = _events(nlp, "Georgian troops withdrew from Tskhinvali in the early hours, the ministry said.")
    assert [e for e in events if e[0] == "RETREAT"] == [("RETREAT", ["Georgian troops"], [])]


def test_actor_owner_named_by_of_over_a_town_modifier(nlp: Language) -> None:
    text = "Police raided the Tunis bureau of Al Jazeera television on Monday."
    coerce = [e for e in _events(nlp, text) if e[0] == "COERCE"]
    assert coerce and coerce[0][2] == ["Al Jazeera television"]


def test_actor_object_pronoun_names_the_person_of_its_sentence(nlp: Language) -> None:
    # actors.anaphora.same-sentence-person: not the subject of its own verb, not a name of an earlier sentence
    doc = nlp("Hassan Nasrallah spoke on Friday. A soldier was killed when a sniper shot him at a checkpoint.")
    him = next(t for t in doc if t.text == "him")
    found = resolve_pronoun(him)
    assert found is not None and found.text == "soldier"


def test_actor_warned_patient_is_the_target(nlp: Language) -> None:
    # actors.target.warned-patient, with "anyone who tried to march" read as the protesters
    text = "The police chief warned that anyone who tried to march would be dealt with firmly."
    threats = [e for e in _events(nlp, text) if e[0] == "THREATEN"]
    assert threats and threats[0][2] == ["protesters"]


def test_actor_blocked_road_is_no_protest_target(nlp: Language) -> None:
    # actors.target.protest-place: the road blocked and the town it leads to are where, not whom
    text = "Hundreds of residents blocked the railway and the main road to Kandy on Tuesday."
    protests = [e for e in _events(nlp, text) if e[0] == "PROTEST"]
    assert protests and protests[0][2] == []


def test_actor_person_demanded_back_is_no_protest_target(nlp: Language) -> None:
    # custody_nouns: "to demand his release" names who is held, not whom the protest is aimed at
    text = "President Evo Morales resigned. Thousands of farmers marched on Cochabamba to demand his return."
    protests = [e for e in _events(nlp, text) if e[0] == "PROTEST"]
    assert protests and "Evo Morales" not in protests[0][2]


def test_actor_asked_of_names_the_request_target(nlp: Language) -> None:
    # actors.target.asked-of: "called for a strong response from X" asks X; a release names who is held
    text = "President Volodymyr Zelenskiy called on Sunday for a strong response from the United States."
    requests = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert requests and requests[0][2] == ["United States"]
    held = [e for e in _events(nlp, "The group called for the release of all political prisoners.") if e[0] == "REQUEST"]
    assert held and held[0][2] == []
