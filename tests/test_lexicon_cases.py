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


# ---------------------------------------------------------------- round 3: missing phrases and wrong senses


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # military operations launched by armed forces; troops ordered to a place; borders closed
        ("British and Afghan troops launched an operation on Saturday to clear Taliban insurgents from the area.",
         "ASSAULT"),
        ("Two soldiers were killed in a military operation in the north.", "ASSAULT"),
        ("Venezuelan President Nicolas Maduro ordered 1,000 troops to the border with Colombia.", "MOBILIZE"),
        ("Egypt closed the Rafah crossing on Monday.", "COERCE"),
        ("Venezuela sealed its border with Colombia.", "COERCE"),
        # working with someone; concessions on prices and defeat
        ("France's foreign ministry said it was working with Malian authorities to secure her release.", "COOPERATE"),
        ("President Tokayev restored a price cap on liquefied gas.", "CONCEDE"),
        ("The rebels had admitted defeat on Sunday.", "CONCEDE"),
        # promised hostile acts and ultimatums are threats
        ("President Lula vowed to punish those responsible.", "THREATEN"),
        ("The African Union gave the military two weeks to hand power to civilians or face sanctions.", "THREATEN"),
        # withdrawals, return fire, scrambled jets, captures by the state
        ("The last Israeli soldiers left the Gaza Strip before dawn on Monday.", "RETREAT"),
        ("South Korea returned fire on Tuesday.", "ASSAULT"),
        ("Japan scrambled fighter jets after Chinese planes entered its airspace.", "MOBILIZE"),
        ("Police captured the fugitive on Sunday.", "COERCE"),
        ("Mexico extradited Guzman a year after marines recaptured him.", "COERCE"),
        # condemning complements, sanctions on loans, aid and imports
        ("Israel's opposition leader called it a dangerous failure of the government's foreign policy.", "ACCUSE"),
        ("The World Bank postponed a $90 million loan to Uganda on Thursday.", "SANCTION"),
        ("Norway and Denmark also withheld aid from the government.", "SANCTION"),
        ("The United States banned imports of Iranian oil.", "SANCTION"),
        # releases of persons, passive or active; asylum in a country
        ("Hamas released 24 hostages on Friday.", "RETREAT"),
        ("The journalist was released on Friday.", "RETREAT"),
        ("Navalny's wife Yulia was briefly held before being released.", "RETREAT"),
        ("The 24 sailors released by Russia arrived in Kyiv.", "RETREAT"),
        ("Some 800,000 Iraqi Kurds sought refuge in Germany last month.", "REQUEST"),
        ("The prime minister announced his resignation on Sunday.", "RETREAT"),
    ],
)
def test_lexicon_round3_gives_type(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert type_ in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a title, a rescue and a police search are no attack
        (("India and Pakistan agreed to a ceasefire after talks between their directors general of military "
         "operations."), "ASSAULT"),
        ("Troops launched a rescue operation after the earthquake.", "ASSAULT"),
        ("Police launched an operation to find the missing girl.", "ASSAULT"),
        ("The president ordered troops to withdraw from the city.", "MOBILIZE"),
        ("The government closed schools and offices.", "COERCE"),
        ("Soldiers left the base at dawn.", "RETREAT"),
        ("The minister left Moscow on Friday.", "RETREAT"),
        # accepting a resignation is no agreement; a vow to punish is no promise of help
        ("Kazakh President Kassym-Jomart Tokayev accepted the government's resignation on Wednesday.", "AGREE"),
        ("President Lula vowed to punish those responsible.", "AGREE"),
        # publications released, someone else's advance halted, shelter sought
        ("Boko Haram leader Abubakar Shekau threatened in a video released on Monday to sell the schoolgirls.",
         "RETREAT"),
        ("The ministry released a statement on Monday.", "RETREAT"),
        ("A video was released on Monday.", "RETREAT"),
        ("French warplanes struck rebel positions on Friday, halting the militants' advance towards Mopti.",
         "RETREAT"),
        ("A mob set fire to a church where hundreds of people had sought refuge.", "REQUEST"),
        ("Aid workers sought shelter in a school.", "REQUEST"),
    ],
)
def test_lexicon_round3_avoids_type(nlp, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in _types(nlp, text)


def test_lexicon_captives_taken_by_armed_groups_are_abducted(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(nlp, "Islamic State militants captured a Jordanian pilot.")
    assert "COERCE" not in _types(nlp, "Islamic State militants captured a Jordanian pilot.")
