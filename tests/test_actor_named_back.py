"""A bare definite agent noun names back the earlier actor with the same head noun (nlp/actors/named_back.py)."""

from __future__ import annotations


def _countries(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(s.text, s._.actor.country) for s in nlp(text).spans["actors"]]


def test_the_ministry_is_the_one_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _countries(nlp, "Iran's foreign ministry summoned Azerbaijan's ambassador in Tehran on Sunday. The ministry "
                            "warned Baku that Iran would not tolerate foreign forces near its borders.")
    assert ("ministry", "IRN") in found


def test_a_sentence_set_in_another_country_keeps_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _countries(nlp, "Kenya's police fired tear gas in Nairobi on Monday. In Kampala, the police arrested 20 "
                            "people.")
    assert ("police", "UGA") in found
