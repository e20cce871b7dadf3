"""Acts that are parts of another act (guide §2), and the precision rules of issue 10's third round: hopes and
foreseen meetings, conditions, apologies, views on things, standing stances, old years."""

from __future__ import annotations

import pytest
from document_helpers import run_document

from polemos.models import Event


def _events(nlp, text: str) -> tuple[list[Event], list[Event]]:  # type: ignore[no-untyped-def]
    doc = run_document(nlp, text)
    return list(doc._.events), list(doc._.dropped_events or [])


def _rules(events: list[Event]) -> list[str]:
    return [d.rule for e in events for d in e.decisions]


@pytest.mark.parametrize("text", [
    ("Hundreds of residents marched to the police headquarters in Loma on Wednesday, accusing the security forces "
     "of arriving hours late."),
    "Protesters are demanding the release of the former president and early elections.",
])
def test_crowd_voice_is_part_of_the_protest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, text)
    assert not any(e.type in ("ACCUSE", "REQUEST") for e in events)
    assert "events.part.protest-voice" in _rules(dropped)


@pytest.mark.parametrize("text", [
    "Gendarmes arrested the imam at his home in Loma on Monday, accusing him of inciting violence.",
    "On Friday, police detained two activists at the airport and accused them of terrorism.",
])
def test_charge_of_an_arrest_is_part_of_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, text)
    assert [e.type for e in events] == ["COERCE"]
    assert "events.part.arrest-charge" in _rules(dropped)


def test_accusation_of_its_own_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The minister accused the opposition of inciting violence on Monday.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_freeing_inmates_in_a_raid_is_part_of_the_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "Armed gangs stormed the prison in Loma on Monday, freeing 529 inmates.")
    assert "RETREAT" not in [e.type for e in events]
    assert "events.part.jailbreak" in _rules(dropped)


def test_freeing_hostages_in_a_raid_is_a_rescue(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Special forces stormed the school on Friday, freeing all the hostages.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and "events.retype.rescue" in _rules(aid)


def test_release_of_its_own_stays_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The rebels freed two soldiers on Sunday.")
    assert [e.type for e in events] == ["RETREAT"]


@pytest.mark.parametrize(("text", "rule"), [
    ("If the ceasefire holds, negotiators hope to agree on a framework by 2026.", "events.modality.hope"),
    ("Security forces would try to secure his release, a spokesman said.", "events.modality.hope"),
    ("Leaders of the bloc will hold an emergency meeting in Loma on Thursday, the bloc said.",
     "events.modality.meeting-foreseen"),
    ("Both sides said they would meet again.", "events.modality.meeting-foreseen"),
])
def test_hopes_and_foreseen_meetings_are_no_agree(nlp, text: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, text)
    assert not any(e.type == "AGREE" for e in events)
    assert rule in _rules(dropped)


def test_offer_to_meet_stays_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The president said he was ready to meet all opposition leaders.")
    assert [e.type for e in events] == ["AGREE"]


def test_agreed_withdrawal_stays_with_the_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "On Thursday the security chiefs agreed on a ceasefire and the withdrawal of troops.")
    assert [e.type for e in events] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Lawmakers said trade should be reviewed if Ankara did not apologise.",
    "The leaders gave the junta a week, saying they could use force if the demand was not met.",
])
def test_negation_inside_a_condition_is_no_refusal(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, text)
    assert "REJECT" not in [e.type for e in events]


def test_apology_is_concede(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "President Aliyev apologised to President Putin in a phone call on Thursday.")
    assert [e.type for e in events] == ["CONCEDE"]


def test_view_on_a_thing_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The prime minister said on Monday the dispute should be resolved through talks.")
    assert "REQUEST" not in [e.type for e in events]
    events, _ = _events(nlp, "The minister said the perpetrators should be brought to justice.")
    assert [e.type for e in events] == ["REQUEST"]


@pytest.mark.parametrize(("text", "gone"), [
    (("The Maute group, which has pledged allegiance to Islamic State, has been fighting the army in the hills for "
      "more than a year."), {"AGREE", "ASSAULT"}),
    ("The factions have been blamed for dozens of rocket attacks on the embassy over the past two years.",
     {"ACCUSE"}),
])
def test_standing_stances_in_the_perfect(nlp, text: str, gone: set[str]) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, text)
    assert not gone & {e.type for e in events}
    assert "doc.drop.standing-state" in _rules(dropped)


def test_act_in_an_old_years_clause_is_background(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The Peshmerga took control of Kirkuk in 2014, when the Iraqi army collapsed in "
                                   "the face of an Islamic State offensive.")
    assert not events
    assert "doc.drop.background-year" in _rules(dropped)


def test_old_year_of_another_clause_keeps_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Mugabe, who has ruled since independence from Britain in 1980, blames the country's "
                             "problems on Western sanctions.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_warning_of_what_may_happen_to_a_thing_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "Aid groups warned that the main road could be cut if the gangs held the town.")
    assert "THREATEN" not in [e.type for e in events]
    assert "doc.drop.warning-of-state" in _rules(dropped)
    events, _ = _events(nlp, "The army warned that protesters would be arrested if they marched on Friday.")
    assert "THREATEN" in [e.type for e in events]


def test_act_on_anyone_is_generic(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "Residents said the gunmen shot anyone on Saturday.")
    assert "ASSAULT" not in [e.type for e in events]
    assert "doc.drop.generic" in _rules(dropped)


def test_visit_foreseen_with_a_counterpart_stays_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The German foreign minister will visit Albania in June, the embassy said.")
    assert [e.type for e in events] == ["AGREE"]


def test_naming_verb_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, 'Azerbaijan launched what it called "anti-terrorist" operations on Tuesday.')
    assert "REQUEST" not in [e.type for e in events]
    assert "events.candidate.naming" in _rules(dropped)


def test_seeking_to_do_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The bill sought to raise $2.7 billion in additional taxes.")
    assert "REQUEST" not in [e.type for e in events]
    events, _ = _events(nlp, "The opposition sought talks with the government on Monday.")
    assert [e.type for e in events] == ["REQUEST"]


def test_freeing_after_a_storming_in_the_clause_above(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The violence began late on Thursday when armed men stormed the prison, freeing "
                                   "hundreds of inmates.")
    assert "RETREAT" not in [e.type for e in events]
    assert "events.part.jailbreak" in _rules(dropped)


def test_warning_of_ones_own_sanction_stays_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The judge warned the public gallery that any recording of the hearing would be punished.")
    assert "THREATEN" in [e.type for e in events]


def test_second_gerund_of_a_charge_is_its_content(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The prime minister accused Belgrade on Sunday of organising and financing the "
                                   "attack.")
    assert [e.type for e in events] == ["ACCUSE"]
    assert "events.content.of-trigger" in _rules([e for e in dropped if e.type == "AID"])


def test_what_a_kind_of_actor_has_said_is_standing(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "Human rights groups have accused both sides of abuses.")
    assert not events
    assert "doc.drop.standing-state" in _rules(dropped)
    events, _ = _events(nlp, "Higher Education Minister Jonathan Moyo has accused Western embassies of sponsoring "
                             "the protests.")
    assert [e.type for e in events] == ["ACCUSE"]
    events, _ = _events(nlp, "Protesters have blocked the main highway.")
    assert [e.type for e in events] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "President Zardari vowed that Pakistan would respond with full force to anyone who attacks its people.",
    "The leader promised that the opposition would face the harshest political and legal verdict.",
])
def test_vowed_force_is_a_threat(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and "events.retype.vowed-force" in _rules(threats)
    assert "AGREE" not in [e.type for e in events]


def test_refusal_on_a_condition_is_an_ultimatum(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The rebel spokesman said the group would not free the pilot unless Indonesia "
                             "recognised Papuan independence.")
    assert [e.type for e in events] == ["THREATEN"]
    assert "events.retype.ultimatum" in _rules(events)


def test_condition_of_a_refusal_is_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The opposition leader on Tuesday rejected an invitation from the president to "
                                   "lead a unity government, saying the president must resign first.")
    assert [e.type for e in events] == ["REJECT"]
    assert "events.part.condition" in _rules(dropped)


def test_announced_march_is_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "Protest organisers said they would march on State House on Thursday.")
    assert not events
    assert "events.modality.plan" in _rules(dropped)


def test_effort_to_topple_is_no_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The gang leader said the attacks were part of a coordinated effort to topple "
                                   "the prime minister.")
    assert "COERCE" not in [e.type for e in events]
    assert "events.modality.attempt" in _rules(dropped)


def test_fire_set_while_rioting_is_part_of_the_riot(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "Traders in the border town rioted on July 1 against a ban on imports, setting "
                                   "fire to a customs warehouse.")
    assert [e.type for e in events] == ["PROTEST"]
    assert "events.part.riot-act" in _rules(dropped)


@pytest.mark.parametrize("text", [
    "The ELN will not accept conditions that amount to surrender.",
    "The rebels said the demands were tantamount to surrender.",
])
def test_name_given_to_an_act_is_no_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, text)
    assert "RETREAT" not in [e.type for e in events]
    assert "events.candidate.characterisation" in _rules(dropped)


@pytest.mark.parametrize("text", [
    "Working together with armed thugs, the officers beat the union leader on Wednesday.",
    "Killings by unknown gunmen are carried out by paid killers working with the police.",
])
def test_working_with_as_a_manner_is_no_cooperation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, text)
    assert "COOPERATE" not in [e.type for e in events]
    assert "events.part.manner" in _rules(dropped)


def test_support_by_weapons_is_no_support(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "On 16 March soldiers, supported by helicopters, used tear gas to clear the "
                                   "roundabout in Manama.")
    assert "SUPPORT" not in [e.type for e in events]
    assert "events.part.backing" in _rules(dropped)


def test_any_act_of_a_kind_is_generic(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The protocol that the minister imposed on 14 December treats every street "
                                   "protest as a crime.")
    assert "PROTEST" not in [e.type for e in events]
    assert "doc.drop.generic" in _rules(dropped)


def test_multiple_attacks_are_a_series(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The group is responsible for multiple terrorist attacks inside Pakistan.")
    assert not events
    assert "doc.drop.habitual" in _rules(dropped)


def test_troops_deployed_somewhere_label_them(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Russia did not act: the 2,000 Russian peacekeepers deployed in the region failed to "
                             "protect the population.")
    assert "MOBILIZE" not in [e.type for e in events]
    events, _ = _events(nlp, "NATO deployed 700 extra troops to Kosovo on Friday.")
    assert [e.type for e in events] == ["MOBILIZE"]


def test_another_actors_accusation_after_an_arrest_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Security forces arrested dozens of senior Muslim Brotherhood figures on Wednesday, and "
                             "the movement denounced the takeover as a military coup.")
    assert "ACCUSE" in [e.type for e in events]


def test_threat_against_any_attack_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, 'The French presidency said on Sunday that France would respond "immediately" to any '
                             "attack on its nationals.")
    assert "THREATEN" in [e.type for e in events]


def test_pre_planned_offensive_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Azerbaijan's pre-planned military offensive on Nagorno-Karabakh killed more than 200 "
                             "people on 19 September.")
    assert "ASSAULT" in [e.type for e in events]


@pytest.mark.parametrize("text", [
    "Survivors blamed government troops and the army rejected the accusation.",
    'Iranian officials dismissed foreign casualty figures as "speculative".',
])
def test_rejecting_an_accusation_is_a_denial(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, text)
    assert "REJECT" not in [e.type for e in events]


def test_rejecting_a_demand_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The minister rejected a demand by several local mayors on Monday.")
    assert [e.type for e in events] == ["REJECT"]


def test_investigation_announced_is_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "The president said the government would investigate what had happened at the "
                                   "estate.")
    assert "ACCUSE" not in [e.type for e in events]
    assert "events.modality.plan" in _rules(dropped)


def test_blockade_by_armed_men_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "About 30 masked and heavily armed men who had blocked a bridge with two trucks "
                                   "opened fire on a police patrol on Sunday.")
    assert "PROTEST" not in [e.type for e in events]
    assert "events.part.armed" in _rules(dropped)
    events, _ = _events(nlp, "Protesters blocked the road to the capital on Monday.")
    assert [e.type for e in events] == ["PROTEST"]


def test_striking_a_case_or_a_deal_is_no_blow(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The magistrate struck the case off the roll on Wednesday.")
    assert "ASSAULT" not in [e.type for e in events]
    events, _ = _events(nlp, "The government and the unions struck a deal on wages on Monday.")
    assert [e.type for e in events] == ["AGREE"]
    events, _ = _events(nlp, "Israeli aircraft struck Hamas positions in Gaza on Monday.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_order_to_shoot_joined_to_another_order_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "The president ordered that the town be sealed off and that anyone who resisted be "
                             "shot.")
    assert [e.type for e in events] == ["THREATEN"]


def test_standing_grievance_of_a_people_is_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    events, dropped = _events(nlp, "Kurds make up about 10 percent of the population and complain of "
                                   "discrimination.")
    assert "ACCUSE" not in [e.type for e in events]
    assert "doc.drop.standing-state" in _rules(dropped)
    events, _ = _events(nlp, "India blames the attack on Pakistan-based militants, officials said on Monday.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_crowd_rejecting_an_offer_stays_reject(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Protesters rejected the government's offer of talks on Monday.")
    assert "REJECT" in [e.type for e in events]


def test_police_protesting_over_pay_is_a_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _events(nlp, "Hundreds of police officers protested outside the ministry on Monday over unpaid "
                             "wages.")
    assert "PROTEST" in [e.type for e in events]
