"""Deduplication: normalised hashes, MinHash near duplicates, repeated passages inside a text."""

from __future__ import annotations

import time
from typing import Any

import pytest

from polemos.io.dedup import (
    NearDuplicateIndex,
    content_hash,
    find_repeated_passages,
    normalise,
    paragraph_spans,
    passage_spans,
    sentence_spans,
    shingles,
    signature,
    signature_from_bytes,
    signature_to_bytes,
)
from polemos.nlp.extractor import blank_spans

STORY = ("Security forces opened fire on demonstrators in the capital on Friday, killing at least "
         "twelve people and wounding dozens more, according to hospital officials. The protesters had "
         "gathered outside parliament to demand the resignation of the prime minister after weeks of fuel "
         "shortages and power cuts. The interior ministry said officers had come under attack and denied "
         "using live ammunition. Opposition parties called for a general strike on Monday.")


@pytest.mark.parametrize(("a", "b"), [
    ("Anarchist Communist Group \u2013 2020", "anarchist communist group - 2020"),
    ("\u201cNo war\u201d, he said\u2019s", '"No war", he said\'s'),
    ("  spaced\n\tout  text ", "spaced out text"),
])
def test_dedup_normalise_equates_variants(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)
    assert content_hash(a) == content_hash(b)


def test_dedup_content_hash_differs_on_words() -> None:
    assert content_hash("six people were killed") != content_hash("seven people were killed")


def test_dedup_shingles_short_and_long() -> None:
    assert shingles("Two words") == {"two words"}
    assert shingles("a b c d") == {"a b c", "b c d"}
    assert shingles("...") == set()


def test_dedup_near_duplicate_found() -> None:
    index = NearDuplicateIndex()
    index.add_text("orig", STORY)
    index.add_text("other", "The two governments signed a trade agreement covering wheat and fertiliser exports.")
    edited = STORY.replace("twelve", "thirteen")
    match = index.query(index.signature(edited))
    assert match is not None and match[0] == "orig" and match[1] >= 0.85
    assert index.query(index.signature("A completely different text about a football match in Madrid.")) is None


def test_dedup_threshold_controls_matching() -> None:
    rewritten = STORY.replace("on Friday", "late on Friday evening").replace("Monday", "Tuesday next week")
    loose = NearDuplicateIndex.from_texts([("orig", STORY)], threshold=0.5)
    strict = NearDuplicateIndex.from_texts([("orig", STORY)], threshold=0.95)
    assert loose.query(loose.signature(rewritten)) is not None
    assert strict.query(strict.signature(rewritten)) is None


@pytest.mark.parametrize("threshold", [0.0, 1.5, -0.1])
def test_dedup_threshold_validated(threshold: float) -> None:
    with pytest.raises(ValueError, match="threshold"):
        NearDuplicateIndex(threshold=threshold)


def test_dedup_index_rebuilt_from_signatures() -> None:
    stored = [("orig", signature_to_bytes(signature(STORY)))]
    index = NearDuplicateIndex.from_signatures(stored)
    assert len(index) == 1 and "orig" in index
    assert index.query(index.signature(STORY + " Shops stayed shut."))[0] == "orig"  # type: ignore[index]
    restored = signature_from_bytes(stored[0][1])
    assert restored is not None and restored.jaccard(signature(STORY)) == 1.0


def test_dedup_signature_of_other_scheme_skipped() -> None:
    data = b"otherscheme:" + bytes(8 * 128)
    assert signature_from_bytes(data) is None
    assert len(NearDuplicateIndex.from_signatures([("x", data)])) == 0


def test_dedup_repeated_seed_article_found_entirely(seed_record: dict[str, Any]) -> None:
    text = seed_record["text"]
    spans = find_repeated_passages(text)
    second = text.index("Neither Washington nor Tehran!", text.index("Neither Washington nor Tehran!") + 1)
    headings = text.index("AGAINST ALL WARS", text.index("AGAINST ALL WARS") + 1)
    assert (second, len(text.rstrip())) in spans
    assert any(s <= headings and text.index("OPPRESSION", headings) < e for s, e in spans)
    kept = blank_spans(text, spans)
    assert kept.count("The drone killing of Qassem Suleimani") == 1
    assert kept.count("Anarchist Communist Group") == 1
    assert kept.count("AGAINST ALL WARS") == 1
    # the first copy is untouched, offsets included
    first_copy = text.index("Neither Washington nor Tehran!")
    assert kept[:headings] == text[:headings]
    assert kept[first_copy:second] == text[first_copy:second]


@pytest.mark.parametrize(("text", "expected"), [
    (STORY, []),
    # a short slogan said twice is not a repeated copy
    ("No war but the class war.\n\nWe marched. No war but the class war.", []),
    # a paragraph repeated with another dash and quotes is
    (("Intro line here.\n\nTroops \u2013 backed by tanks \u2013 entered the \u201cold\u201d town at dawn.\n\n"
      "Troops - backed by tanks - entered the \"old\" town at dawn."), [(78, 136)]),
])
def test_dedup_repeated_passages_cases(text: str, expected: list[tuple[int, int]]) -> None:
    assert find_repeated_passages(text) == expected


def test_dedup_repeated_passages_fast() -> None:
    article = " ".join(f"Sentence number {i} reports that officials met in city {i} to talk." for i in range(60))
    text = article + "\n\n" + article.replace("-", "\u2013")
    started = time.perf_counter()
    spans = find_repeated_passages(text)
    assert time.perf_counter() - started < 0.05
    assert spans == [(len(article) + 2, len(text))]


def test_dedup_sentence_and_paragraph_spans() -> None:
    text = "First one. Second \u201cquoted.\u201d Third?\n\nNew para line\nnext line."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "First one.", "Second \u201cquoted.\u201d", "Third?", "New para line", "next line."]
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "First one. Second \u201cquoted.\u201d Third?", "New para line\nnext line."]


def test_dedup_passage_spans_mark_repeats() -> None:
    text = "Alpha para.\n\nBeta para.\n\nAlpha para again"
    assert passage_spans(text, [(25, 41)]) == [(0, 11, False), (13, 23, False), (25, 41, True)]
    assert passage_spans(text) == [(0, 11, False), (13, 23, False), (25, 41, False)]
