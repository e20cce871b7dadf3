"""Relations from roles and descriptions (``relations.nouns``, ``relations.mentions``, ``relations.signature``
and the constructions they feed): hand-written sentences run through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from polemos.nlp.relations.signature import find_signature_leaders
from polemos.ontology.cues import load_cues

pytestmark = pytest.mark.slow


def _names(nlp: Any, text: str) -> set[tuple[str, str, str]]:
    return {(r.type, r.a.name, r.b.name) for r in nlp(text)._.relations if not r.negated}


def _has(found: set[tuple[str, str, str]], rtype: str, a: str, b: str) -> bool:
    """A relation of ``rtype`` whose actors' names contain ``a`` and ``b`` (either way for ALLY/ENEMY)."""
    def hit(x: str, y: str) -> bool:
        return any(t == rtype and x.lower() in n1.lower() and y.lower() in n2.lower() for t, n1, n2 in found)
    return hit(a, b) or (rtype in ("ALLY", "ENEMY") and hit(b, a))


@pytest.mark.parametrize(("text", "rtype", "a", "b"), [
    pytest.param("The Hezbollah Youth Brigade (HYB), the armed wing of Hezbollah, fired rockets on Monday.",
                 "PART_OF", "Youth Brigade", "Hezbollah", id="apposition-past-acronym"),
    pytest.param("The Garment Owners Federation, whose president Rahim Chowdhury rejected the demand, met on Monday.",
                 "LEADS", "Rahim Chowdhury", "Garment Owners Federation", id="whose-president"),
    pytest.param("Police arrested Maria Lopez and Juan Perez, coordinators of the Landless Farmers Movement, on Friday.",
                 "LEADS", "Maria Lopez", "Landless Farmers Movement", id="plural-role-first-holder"),
    pytest.param("Police arrested Maria Lopez and Juan Perez, coordinators of the Landless Farmers Movement, on Friday.",
                 "LEADS", "Juan Perez", "Landless Farmers Movement", id="plural-role-last-holder"),
    pytest.param("The bill was drafted on the orders of Giorgi Beridze, the founder and honorary chairman of the "
                 "People's Power Party, who lives abroad.", "LEADS", "Giorgi Beridze", "People's Power Party",
                 id="coordinated-roles"),
    pytest.param("\"We are alarmed,\" said Anna Keller, Special Envoy of the Secretary-General and head of UNAMA.",
                 "LEADS", "Anna Keller", "UNAMA", id="second-role-of-apposition"),
    pytest.param("Even the Secretary-General of the United Nations, Antonio Guterres, said nothing about it.",
                 "LEADS", "Antonio Guterres", "United Nations", id="title-of-organisation"),
    pytest.param("The verdict was read by the Second Sentencing Court, presided over by Judge Ana Morales, on Monday.",
                 "LEADS", "Ana Morales", "Second Sentencing Court", id="presided-over-by"),
    pytest.param("Hezbollah, the Iran-backed movement, held a rally in Beirut.", "ALLY", "Iran", "Hezbollah",
                 id="hyphen-modifies-an-apposition"),
    pytest.param("JNIM, itself affiliated with al-Qaeda, claimed the raid.", "PART_OF", "JNIM", "Qaeda",
                 id="affiliated-with"),
    pytest.param("Hezbollah, which is allied to Syria, held a rally in Beirut.", "ALLY", "Hezbollah", "Syria",
                 id="relative-pronoun-allied-to"),
    pytest.param("The army resumed its offensive against the Islamic State on Monday.", "ENEMY", "army",
                 "Islamic State", id="offensive-against"),
    pytest.param("Students marched behind the People's Front, a coalition led by the cleric Ali Musa, on Friday.",
                 "LEADS", "Ali Musa", "People's Front", id="led-by-apposed-coalition"),
    pytest.param("We urge France and the United Kingdom, Egypt's main Western allies, to act.", "ALLY", "France",
                 "Egypt", id="plural-apposition-first-of-two"),
    pytest.param("Hezbollah has fought as part of the Axis of Resistance since 2006.", "PART_OF", "Hezbollah",
                 "Axis of Resistance", id="as-part-of"),
    pytest.param("Troops raided a camp of the Ansar Dine of Iyad Ag Ghaly near the border.", "LEADS",
                 "Iyad Ag Ghaly", "Ansar Dine", id="group-of-its-leader"),
    pytest.param("The rebel commander has won the backing of Turkey and Qatar.", "ALLY", "Qatar", "commander",
                 id="won-the-backing-of"),
    pytest.param("The Syrian government, with the support of Russia, retook the town.", "ALLY", "Russia",
                 "Syria", id="with-the-support-of"),
    pytest.param("Egypt called on Israel and Hamas to agree to a ceasefire.", "ENEMY", "Israel", "Hamas",
                 id="truce-parties-asked"),
    pytest.param("The minister met army commander General Omar Haddad on Friday.", "LEADS", "Omar Haddad", "army",
                 id="body-title-name"),
    pytest.param("The police chief, John Doe, resigned on Friday.", "LEADS", "John Doe", "police",
                 id="body-title-apposition"),
    pytest.param("The report urged France to make clear that its security cooperation with Chad cannot continue.",
                 "COOPERATES", "France", "Chad", id="possessor-cooperation-with"),
])
def test_relations_role_construction(nlp: Any, text: str, rtype: str, a: str, b: str) -> None:
    found = _names(nlp, text)
    assert _has(found, rtype, a, b), sorted(found)


@pytest.mark.parametrize(("text", "rtype"), [
    pytest.param("Al-Wefaq, whose members of parliament resigned, called the move unfair.", "PART_OF",
                 id="whose-members-are-not-named"),
    pytest.param("Even the Secretary-General of the United Nations, Antonio Guterres, said nothing about it.",
                 "PART_OF", id="a-title-is-no-part"),
    pytest.param("The president dismissed the cabinet led by Prime Minister John Smith.", "LEADS",
                 id="head-of-government"),
    pytest.param("Hong Kong leader Carrie Lam met the envoy.", "LEADS", id="leader-of-a-territory"),
    pytest.param("The enclave, which has been run by rebels since 2014, was shelled again.", "CONTROLS",
                 id="relative-pronoun-without-actor"),
    pytest.param("Amnesty International urged restraint, noting that earlier offensives against Hamas had killed "
                 "civilians.", "ENEMY", id="offensive-by-nobody"),
    pytest.param("The opposition sought the support of France on Monday.", "ALLY", id="sought-support"),
    pytest.param("Senator Ana Reyes has since been removed as chair of the Senate Justice Committee.", "LEADS",
                 id="removed-as-chair"),
    pytest.param("Iran denied any cooperation with the Taliban.", "COOPERATES", id="denied-cooperation"),
    pytest.param("The minister met the government of Viktor Orban.", "LEADS", id="government-of-its-head"),
    pytest.param("\"We call on both sides to agree to an immediate ceasefire,\" said Hamas and Fatah officials.",
                 "ENEMY", id="called-for-truce-names-no-parties"),
    pytest.param("Russian troops arrived on Thursday as part of a Moscow-led alliance's mission.", "PART_OF",
                 id="part-of-a-mission"),
    pytest.param("Mousavi was prime minister during the war with Iraq.", "ENEMY", id="war-that-dates-a-clause"),
    pytest.param("Mutinous soldiers detained the president, plunging a country already battling an Islamist "
                 "insurgency into crisis.", "ENEMY", id="participle-of-a-noun"),
    pytest.param("The president ordered an offensive against the rebels on Monday.", "ENEMY",
                 id="an-ordered-offensive-is-an-event"),
    pytest.param("The mayor said it firmly supports the police action against Hezbollah.", "ALLY",
                 id="support-for-an-action-against"),
    pytest.param("The Kurdish Democratic Party's media office said the talks had failed.", "PART_OF",
                 id="unknown-organisation-no-part"),
])
def test_relations_role_none(nlp: Any, text: str, rtype: str) -> None:
    assert not [f for f in _names(nlp, text) if f[0] == rtype]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("We demand the release of all detainees.\n\nSara Haddad\nExecutive Director, Lebanese Center for "
                 "Civil Rights\n", ("Sara Haddad", "Lebanese Center for Civil Rights"), id="two-lines"),
    pytest.param("We stand with the strikers.\n\nTom Berg / President, Nordic Dockworkers Union\n",
                 ("Tom Berg", "Nordic Dockworkers Union"), id="slash"),
    pytest.param("We demand the release of all detainees.\n\nOmar Khalil\nResearcher, Lebanese Center for Civil "
                 "Rights\n", None, id="not-a-leader"),
    pytest.param("We demand the release of all detainees.\n\nCentral Committee, Workers' Federation\n", None,
                 id="no-person"),
])
def test_relations_signature_leader(nlp: Any, text: str, expected: tuple[str, str] | None) -> None:
    doc: Doc = nlp.make_doc(text)
    found = [(r.a.name, r.b.name) for r in find_signature_leaders(doc, load_cues())]
    assert found == ([expected] if expected else [])
    assert all(r.rule == "signature.title" for r in find_signature_leaders(doc, load_cues()))


def test_relative_clause_of_an_apposition_is_about_the_name_before_its_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Kasso had been protected by the Volunteers for the Defence of the Homeland (VDP), a civilian militia "
              "created in January 2020 that fights alongside the army.")
    allies = [(r.a.name, r.b.name) for r in doc._.relations or [] if r.type == "ALLY"]
    assert allies and all(a != "Kasso" and b != "Kasso" for a, b in allies)


def _enemies(nlp, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(r.a.name, r.b.name, r.rule) for r in nlp(text)._.relations or [] if r.type == "ENEMY"]


def test_armed_parties_that_clash_or_exchange_fire_are_enemies(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Thai", "Cambodian troops", "clash.exchange") in _enemies(
        nlp, "Thai and Cambodian troops exchanged fire near the temple on Monday.")
    assert [r for r in _enemies(nlp, "Somali troops clashed with al Shabaab fighters near Baidoa on Friday.")
            if r[2] == "clash.clash"]


def test_protesters_clashing_with_police_and_exchanged_views_are_no_enmity(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _enemies(nlp, "Protesters clashed with Kenyan police in Nairobi on Friday.")
                if r[2].startswith("clash.")]
    assert not _enemies(nlp, "Thailand and Cambodia exchanged views on the dispute on Monday.")
