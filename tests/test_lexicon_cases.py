"""Trigger lexicon cases: argument-typed senses and multi-word entries of `data/triggers.jsonl`, checked on small
sentences through the whole events component."""

from __future__ import annotations

import pytest

from polemos.models import Event


def _events(nlp, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return list(nlp(text)._.events)


def _types(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in _events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # policies scrapped or withdrawn: a concession, not a retreat
        ("The government scrapped a planned tax on fuel.", "CONCEDE"),
        ("The president withdrew the decree after two weeks of protests.", "CONCEDE"),
        ("Parliament repealed the controversial law.", "CONCEDE"),
        ("The government reversed its decision to close the border.", "CONCEDE"),
        # dismissing an office holder, suspending state institutions
        ("The president dismissed the prime minister on Sunday.", "COERCE"),
        ("President Kais Saied dismissed Prime Minister Hichem Mechichi.", "COERCE"),
        ("The junta suspended the constitution.", "COERCE"),
        ("The court dissolved the main opposition party.", "COERCE"),
        # troop reductions and prisoner swaps
        ("The United States reduced its troop presence in Iraq.", "RETREAT"),
        ("Russia and Ukraine exchanged 35 prisoners on Sunday.", "RETREAT"),
        ("Russia and Ukraine carried out a prisoner swap.", "RETREAT"),
        # aid flown or dispatched; troops dispatched
        ("Australia flew tents and medical supplies to Palu.", "AID"),
        ("Qatar dispatched a search-and-rescue unit to Turkey.", "AID"),
        ("Qatar sent doctors and a field hospital to Turkey.", "AID"),
        ("Turkey dispatched troops to the border.", "MOBILIZE"),
        # targeted sanctions named by compound nouns; suspensions from a bloc or of agreements
        ("The EU slapped a travel ban on Lukashenko.", "SANCTION"),
        ("West African leaders suspended Mali from the ECOWAS regional bloc.", "SANCTION"),
        ("Congo suspended all agreements with Kigali.", "SANCTION"),
        # condemning complements
        ("Putin called the downing of the jet a stab in the back.", "ACCUSE"),
        ("China called the sanctions unacceptable.", "ACCUSE"),
        ("The minister branded the blockade a provocation.", "ACCUSE"),
        # protests, joint patrols, hostage taking, gunfights
        ("Demonstrators returned to the streets on Friday.", "PROTEST"),
        ("The navies of Indonesia and Malaysia launched joint patrols in the Sulu Sea.", "COOPERATE"),
        ("The rebels took three soldiers captive.", "ASSAULT"),
        ("Two policemen were wounded in a shootout with smugglers.", "ASSAULT"),
    ],
)
def test_lexicon_case_gives_type(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert type_ in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The president withdrew the decree after two weeks of protests.", "RETREAT"),
        ("The ministry dismissed the report as baseless.", "COERCE"),
        ("The Kremlin dismissed Navalny as a blogger.", "COERCE"),
        ("President Kais Saied dismissed Prime Minister Hichem Mechichi.", "REJECT"),
        ("The navies of Indonesia and Malaysia launched joint patrols in the Sulu Sea.", "MOBILIZE"),
        ("The minister called the talks constructive.", "ACCUSE"),
        ("The central bank cut interest rates.", "RETREAT"),
        # labour strikes are staged; strikes that kill are attacks
        ("Russia fired 80 missiles at Ukraine, killing 19 people in the heaviest strikes since the war began.",
         "PROTEST"),
        ("Kishida dissolved the lower house, paving the way for an election.", "COERCE"),
    ],
)
def test_lexicon_case_avoids_type(nlp, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in _types(nlp, text)


def test_lexicon_killing_strikes_are_assaults(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, "Ten people were killed in the strikes.") == ["ASSAULT"]


def test_lexicon_labour_strike_stays_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, "Teachers called a strike over pay.") == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        ("Police seized 20 activists during the rally.", "COERCE", "Police"),
        ("Gunmen seized 30 passengers from a bus.", "ASSAULT", "Gunmen"),
        ("Pirates seized the crew of a cargo ship off Somalia.", "ASSAULT", "Pirates"),
    ],
)
def test_lexicon_seized_persons_by_seizer(nlp, text: str, type_: str, source: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in _events(nlp, text) if e.type in ("COERCE", "ASSAULT")]
    assert [e.type for e in events] == [type_]
    assert [a.name for a in events[0].source] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "State governor Bello Matawalle said his government would not pay ransom to the kidnappers.",
        "Cabinet chief Marcos Pena said the government would not back down on its spending cuts.",
    ],
)
def test_lexicon_refused_concession_is_reject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text) == ["REJECT"]


def test_lexicon_backing_down_is_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, "The government backed down on the fuel price hike.") == ["CONCEDE"]


def test_lexicon_talks_counted_in_days_are_consultation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov wrapped up "
            "two days of peace talks in Almaty on Saturday.")
    assert "CONSULT" in _types(nlp, text)
