"""Tests for the split of a person's mention "OWNER TITLE NAME" (nlp/relations/mentions.py,
`_owner_before_title`): the owner leads to a LEADS relation through the titled-person rule (noun.title)."""

from __future__ import annotations


def _leads(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(r.a.name, r.b.name) for r in doc._.relations or [] if r.type == "LEADS"]


def test_organisation_title_and_unknown_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "Lakeside Unity Front commander Amos Kiprono said on Sunday that his fighters would respond.")
    assert ("Amos Kiprono", "Lakeside Unity Front") in found


def test_country_title_name_is_no_leadership(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "Kenyan President William Ruto said on Sunday that the police would respond.")
    assert not found


def test_a_title_alone_before_the_name_changes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "Commander Amos Kiprono said on Sunday that his fighters would respond.")
    assert not found


def test_former_holder_and_two_word_title_lead_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _leads(nlp, "Former Lakeside Unity Front commander Amos Kiprono was convicted on Wednesday.")
    assert not [f for f in _leads(nlp, "Supreme Leader Amos Kiprono hailed the victory on Saturday.")
                if f[1] == "Supreme"]


def test_head_of_a_named_governing_council_leads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "Lieutenant General Abdel Fattah al-Burhan, the head of the Transitional Military Council, "
                        "offered on Wednesday to resume negotiations.")
    assert any(b == "Transitional Military Council" for _, b in found)
    assert not _leads(nlp, "Kenyan President William Ruto, the head of the government, spoke on Wednesday.")


def test_a_two_word_title_written_without_its_hyphen(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "On Friday, Amos Kiprono, the secretary general of the Lakeside Unity Front (LUF), was seized "
                        "by men in plain clothes.")
    assert ("Amos Kiprono", "Lakeside Unity Front") in found
    assert ("Amos Kiprono", "Lakeside Unity Front") in _leads(
        nlp, "Lakeside Unity Front Secretary General Amos Kiprono was seized on Friday.")


def test_a_former_role_in_apposition_is_no_tie(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _leads(nlp, "Amos Kiprono, a former Lakeside Unity Front boss, has ruled the country since 1991.")
    assert ("Amos Kiprono", "Lakeside Unity Front") in _leads(
        nlp, "Amos Kiprono, the leader of the Lakeside Unity Front, has ruled the country since 1991.")


def test_the_name_after_a_group_noun_is_the_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _leads(nlp, "Police arrested 24 people in Kandy on Wednesday, among them Amith Weerasinghe, leader of the "
                        "Sinhala nationalist group Mahason Balakaya.")
    assert ("Amith Weerasinghe", "Mahason Balakaya") in found and not [f for f in found if f[1] == "Sinhala"]


def test_the_head_of_a_region_leads_no_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _leads(nlp, "Arsen Kanokov, the president of Kabardino-Balkaria, conceded on Friday that the police "
                           "had been harsh.")


def test_solidarity_with_a_countrys_people_is_not_with_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("In Sulaimaniya, about 2,000 people marched on Sunday in solidarity with Syria's Kurds.")
    assert not [r for r in doc._.relations or [] if "Syria" in (r.a.name, r.b.name)]
