"""Tests for the surface rule surface.title-of-org (nlp/relations/signature.py): a leader's title of a named
organisation with the person's name in apposition."""

from __future__ import annotations


def _leads(nlp, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(r.a.name, r.b.name, r.rule) for r in doc._.relations or [] if r.type == "LEADS"]


def test_title_of_org_after_an_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "Police placed the chairman of the opposition Lakeside Unity Front (LUF), Amos Kiprono, "
                        "and its treasurer under house arrest.")
    assert ("Amos Kiprono", "Lakeside Unity Front", "surface.title-of-org") in found


def test_minister_of_leads_the_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "The Minister of Security, Jane Wanjiru, announced a ban on marches.")
    assert ("Jane Wanjiru", "Ministry of Security", "surface.title-of-org") in found


def test_title_of_a_state_is_no_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "The leader of Kenya, William Ruto, spoke on Monday.")
    assert not [f for f in found if f[2] == "surface.title-of-org"]


def test_a_qualifier_of_the_title_is_no_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "The dialogue allowed the Transitional President, Mahamat Idriss Deby, to stand in future "
                        "elections.")
    assert not [f for f in found if f[1].lower() == "transitional"]


def test_an_offer_to_support_is_no_alliance(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The United Nations stands ready to support the Chadian parties in resuming a dialogue. "
              "Our vice-presidents will lead the party until Kem Sokha is free.")
    assert not [r for r in doc._.relations or [] if r.rule.startswith("verb.")]
