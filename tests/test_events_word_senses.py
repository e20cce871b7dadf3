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


def test_meteorite_slamming_into_a_field_is_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Villagers said a meteorite slammed into a field outside the town on Saturday.")
    assert "ACCUSE" not in _types(doc)


def test_opposition_slamming_the_government_is_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The opposition leader slammed the government on Monday over the arrests.")
    assert "ACCUSE" in _types(doc)


def test_complaining_of_illness_is_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The former officer was admitted to a hospital in the capital on Monday, complaining of chest "
              "pains and feeling sick.")
    assert "ACCUSE" not in _types(doc)


def test_offered_explanations_or_discounts_are_no_promise(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Various explanations of his condition were offered. Hotels are offering discounted rates to "
              "tourists.")
    assert "AGREE" not in _types(doc)
    assert "events.sense.offer-of-words" in _dropped(doc)


def test_offering_talks_is_still_a_promise(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The government offered talks to the rebels on Monday.")
    assert "AGREE" in _types(doc)


def test_preparing_to_sue_mobilises_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Villagers living near the mine are preparing to sue the mining company.")
    assert "MOBILIZE" not in _types(doc)


def test_conspiring_to_kill_is_no_killing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The colonel said two officers had conspired to kill the minister.")
    assert not {"ASSAULT", "THREATEN"} & set(_types(doc))
    assert "events.modality.plot" in _dropped(doc)


def test_slaughtered_flocks_are_no_massacre(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Millions of infected birds have been slaughtered in the province. Teams started slaughtering, "
              "burning and burying 6,500 hogs at a farm on Sunday.")
    assert "ASSAULT" not in _types(doc)


def test_ban_on_livestock_movement_is_no_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Any movement of livestock in the country has been banned.")
    assert "COERCE" not in _types(doc)


def test_deaths_from_disease_are_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("At least nine people were killed on Saturday after an outbreak of cholera in a slum. The number "
              "of people killed in the region from the disease has risen.")
    assert "ASSAULT" not in _types(doc)


def test_warning_of_a_disaster_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The agency warned that up to 750,000 people could be hit by heavy flooding. Experts warned that "
              "the epidemic would deprive the population of food. The charity warned of a humanitarian crisis.")
    assert "THREATEN" not in _types(doc)


def test_warning_of_own_force_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The army warned that it would use force against the rebels.")
    assert "THREATEN" in _types(doc)


def test_tourism_hit_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Seven farms were closed, and tourism was also badly hit.")
    assert "ASSAULT" not in _types(doc)
    assert "events.sense.economic-harm" in _dropped(doc)


def test_fighting_a_disease_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Cities have begun broadening their efforts to fight mosquito populations. The company is "
              "fighting AIDS.")
    assert "ASSAULT" not in _types(doc)
    assert "events.sense.fight-against-hazard" in _dropped(doc)


def test_deploying_investigators_is_no_mobilisation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The agency deployed ten investigators to the farms. The WHO raised its pandemic alert level.")
    assert "MOBILIZE" not in _types(doc)
    assert "events.sense.civil-deployment" in _dropped(doc)


def test_deploying_troops_is_a_mobilisation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The government deployed 500 soldiers to the border on Monday.")
    assert "MOBILIZE" in _types(doc)


def test_suspected_infection_is_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A boy has been suspected to have died from the virus. Dozens more are suspected to be ill. Experts "
              "had suspected the disease would spread to the country.")
    assert "ACCUSE" not in _types(doc)


def test_suspected_of_an_attack_is_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police said the two men were suspected to have carried out the bombing of the market on Monday.")
    assert "ACCUSE" in _types(doc)


def test_asked_if_is_a_question(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The senator asked the councilman if the city was looking at new rules.")
    assert "REQUEST" not in _types(doc)


def test_requested_to_remain_anonymous_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The suspect is a farmer, said an official who requested to remain anonymous.")
    assert "REQUEST" not in _types(doc)


def test_numbers_declining_are_no_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Officials predicted that the number of infections will decline to around 60,000. The disease has "
              "been declining since the rules were tightened.")
    assert "REJECT" not in _types(doc)
    assert "events.sense.decrease" in _dropped(doc)


def test_declining_an_offer_is_a_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The rebels declined the government's offer of talks on Monday.")
    assert "REJECT" in _types(doc)


def test_met_with_applause_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("That statement was met with much applause from the audience. The port does not meet such "
              "standards.")
    assert "CONSULT" not in _types(doc)
    assert "events.sense.met-with" in _dropped(doc)


def test_private_visits_are_no_consultation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A tourist visiting Uganda was killed by the virus. A nurse caught it from a patient that had "
              "recently visited Mexico. Anyone who ate there should visit their doctor.")
    assert "CONSULT" not in _types(doc)
    assert "events.sense.private-visit" in _dropped(doc)


def test_minister_visiting_is_a_consultation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The foreign minister of Norway visited Mexico on Monday.")
    assert "CONSULT" in _types(doc)


def test_negated_description_is_no_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Most of the deaths occurred among religious sects that do not accept medical treatment.")
    assert "REJECT" not in _types(doc)
    assert "events.modality.negated-description" in _dropped(doc)


def test_refusal_on_an_occasion_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The rebels said on Monday that they would not accept the government's offer.")
    assert "REJECT" in _types(doc)


def test_view_of_how_things_should_be_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('"It should be at a point where importers are held liable," the senator said. "There must be more '
              'testing," she said.')
    assert "REQUEST" not in _types(doc)


def test_demand_on_an_actor_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister said the army must release the detained journalists.")
    assert "REQUEST" in _types(doc)


def test_work_with_patients_is_no_cooperation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Work with the patients of the three centres has started again. Fifty people have died, all having "
              "worked closely with birds.")
    assert "COOPERATE" not in _types(doc)


def test_work_with_a_government_is_cooperation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ministry is working with the World Health Organisation to obtain supplies.")
    assert "COOPERATE" in _types(doc)


def test_refuse_collection_is_no_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Water is only sporadically available, and sewerage reticulation and refuse collection are only "
              "partially working, a spokeswoman said.")
    assert "REJECT" not in _types(doc)
