"""Tests for polemos.nlp.extractor and polemos.nlp.pipe: offsets, order, parallel runs, repeated passages."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import spacy

from polemos.models import Event, Evidence, Extraction
from polemos.nlp.extractor import Extractor, blank_spans, trim_evidence
from polemos.nlp.pipe import chunked, get_pub_date, make_docs


@pytest.mark.parametrize(("text", "skip", "expected"), [
    ("abc def", [], "abc def"),
    ("abc def", [(0, 3)], "    def"),
    ("ab\ncd\nef", [(1, 7)], "a \n  \n f"),
    ("abc", [(-5, 1), (2, 99)], " b "),
    ("abc", [(2, 1)], "abc"),
])
def test_extractor_blank_spans_keeps_offsets(text: str, skip: list[tuple[int, int]], expected: str) -> None:
    blanked = blank_spans(text, skip)
    assert blanked == expected
    assert len(blanked) == len(text)


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Police fired.   \n\n      ", 0, 25, (0, 13)),
    ("  Police fired.", 0, 15, (2, 15)),
    ("Police fired.", 0, 13, (0, 13)),
    ("   ", 0, 3, (0, 0)),
])
def test_extractor_trim_evidence(text: str, start: int, end: int, expected: tuple[int, int]) -> None:
    trimmed = trim_evidence(text, Evidence(start, end, text[start:end].strip()))
    assert (trimmed.start, trimmed.end) == expected
    assert trimmed.text == text[start:end].strip()


@pytest.mark.parametrize(("text", "start", "end"), [("Russia, an ally.\n\n", 0, 18), ("  Iran struck.  ", 0, 16)])
def test_extractor_trim_evidence_text_matches_offsets(text: str, start: int, end: int) -> None:
    trimmed = trim_evidence(text, Evidence(start, end, text[start:end]))
    assert trimmed.text == text[trimmed.start:trimmed.end] == text[start:end].strip()


@pytest.mark.parametrize(("items", "size", "expected"), [
    ([1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]),
    ([], 3, []),
    ([1], 5, [[1]]),
])
def test_extractor_chunked_keeps_order(items: list[int], size: int, expected: list[list[int]]) -> None:
    assert list(chunked(iter(items), size)) == expected


def test_extractor_make_docs_sets_pub_date() -> None:
    nlp = spacy.blank("en")
    from polemos.nlp.registrations import register

    register()
    docs = list(make_docs(nlp, [("One.", date(2020, 1, 6)), ("Two.", None)]))
    assert [get_pub_date(doc) for doc in docs] == [date(2020, 1, 6), None]
    assert docs[0]._.pub_date == "2020-01-06"


ARTICLE = ("Iraqi security forces opened fire on protesters in Baghdad on Friday, killing at least 18 people. "
           "The United States condemned the violence and urged restraint.")


def test_extractor_prepare_blanks_later_copy_of_repeated_text() -> None:
    extractor = Extractor(nlp=spacy.blank("en"))
    text = ARTICLE + "\n\n" + ARTICLE
    prepared = extractor._prepare(text, None)
    assert len(prepared) == len(text)
    assert prepared.startswith(ARTICLE)
    assert prepared.count("Baghdad") == 1
    assert extractor._prepare(text, []) == text  # an explicit empty skip list blanks nothing


def _contract(extractor: Extractor, texts: list[str], **kwargs: Any) -> list[list[dict[str, Any]]]:
    items = [(text, date(2019, 10, 5), None) for text in texts]
    return [extraction.to_contract(f"d{i}") for i, extraction in enumerate(extractor.extract_many(items, **kwargs))]


TEXTS = [
    ARTICLE,
    "Russia and Iran signed a military cooperation agreement in Tehran on Monday.",
    "Police arrested 40 opposition activists in Minsk after a rally against President Lukashenko.",
    "Hezbollah, an ally of Iran, fired rockets at northern Israel.",
    "Nothing happened today.",
]


@pytest.mark.slow
def test_extractor_skip_none_extracts_repeated_text_once(nlp: Any) -> None:
    extractor = Extractor(nlp=nlp)
    once = extractor.extract(ARTICLE, pub_date=date(2019, 10, 5))
    twice = extractor.extract(ARTICLE + "\n\n" + ARTICLE, pub_date=date(2019, 10, 5))
    assert once.to_contract("x") == twice.to_contract("x")
    kept_twice = extractor.extract(ARTICLE + "\n\n" + ARTICLE, pub_date=date(2019, 10, 5), skip=[])
    assert len(kept_twice.events) >= len(once.events)


class _FirstWordExtractor(Extractor):
    """A blank pipeline whose 'event' is the first word of each text: shows which text a result came from."""

    @staticmethod
    def _collect(doc: Any) -> Extraction:
        word = doc[0].text if len(doc) else ""
        return Extraction(events=[Event(type="PROTEST", trigger=Evidence(0, len(word), word))])


@pytest.mark.parametrize(("n_texts", "batch_size"), [(1, 4), (9, 2), (25, 3)])
def test_extractor_parallel_keeps_input_order(n_texts: int, batch_size: int) -> None:
    extractor = _FirstWordExtractor(nlp=spacy.blank("en"))
    texts = [f"w{i} and more words." for i in range(n_texts)]
    items: list[tuple[str, date | None, list[tuple[int, int]]]] = [(text, None, []) for text in texts]
    parallel = list(extractor.extract_many(items, batch_size=batch_size, n_process=2))
    assert [e.events[0].trigger.text for e in parallel if e.events[0].trigger] == [f"w{i}" for i in range(n_texts)]


@pytest.mark.slow
def test_extractor_parallel_equals_serial_in_order(nlp: Any) -> None:
    extractor = Extractor(nlp=nlp)
    texts = TEXTS * 3
    serial = _contract(extractor, texts, batch_size=2)
    parallel = _contract(extractor, texts, batch_size=2, n_process=2)
    assert len(parallel) == len(texts)
    assert parallel == serial



class _Exploding:
    """A pipeline component that fails on documents containing a marker word."""

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        if "EXPLODE" in doc.text:
            raise RuntimeError("component bug")
        return doc


@pytest.mark.parametrize("marked", [0, 2])
def test_extractor_isolates_a_failing_document(marked: int) -> None:
    import spacy
    from spacy.language import Language

    from polemos.nlp.extractor import Extractor
    from polemos.nlp.registrations import register

    register()
    if not Language.has_factory("test_exploding"):
        Language.factory("test_exploding", func=lambda nlp, name: _Exploding())
    nlp = spacy.blank("en")
    nlp.add_pipe("test_exploding")
    texts = ["Police arrested ten people.", "The army withdrew.", "Protesters marched."]
    texts[marked] = "EXPLODE " + texts[marked]
    results = list(Extractor(nlp=nlp).extract_many([(t, None, []) for t in texts]))
    assert [r.error is not None for r in results] == [i == marked for i in range(3)]
    assert "component bug" in (results[marked].error or "")


def test_extractor_public_import_runs_readme_example() -> None:
    from datetime import date

    from polemos import Extractor

    extraction = Extractor().extract(
        "Police fired tear gas at demonstrators in Baghdad on Friday, killing at least 18 people.",
        pub_date=date(2019, 10, 5),
    )
    assert extraction.events, "the README example finds the crackdown"
    assert any(event.killed is not None and event.killed.low == 18 for event in extraction.events)
