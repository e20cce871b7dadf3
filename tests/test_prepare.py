"""Text for the model: invisible characters cleaned with an offset map, long texts split, offsets remapped."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from polemos.io.prepare import INVISIBLE, RUN_CHARS, clean, prepare, remap_extraction, shift_extraction, split
from polemos.models import Actor, Count, Event, Evidence, Extraction, Place, Relation


@pytest.mark.parametrize("text", ["plain text", "k\u200billed", "\u200b\u200bab\u202ec\x00\ufeff", "\u2066\u2069",
                                  "a" + "\u200d" * 5 + "b" + "\u200b"])
def test_prepare_clean_maps_every_character_back(text: str) -> None:
    cleaned, offsets = clean(text)
    assert not any(ch in INVISIBLE for ch in cleaned)
    assert all(text[offsets.start(i)] == ch for i, ch in enumerate(cleaned))
    assert offsets.end(len(cleaned)) <= len(text)


def test_prepare_clean_span_keeps_inner_invisible_characters() -> None:
    text = "Police k\u200billed two.\u200b"
    cleaned, offsets = clean(text)
    start, end = cleaned.index("killed"), cleaned.index("killed") + len("killed")
    assert text[offsets.start(start):offsets.end(end)] == "k\u200billed"


def test_prepare_clean_without_invisible_characters_is_identity() -> None:
    cleaned, offsets = clean("nothing to do")
    assert cleaned == "nothing to do" and offsets.identity
    text = "A rule of dashes: " + "-" * RUN_CHARS + " and " + "=" * RUN_CHARS + "\n\n\"Quoted\" (yes)..."
    assert clean(text) == (text, offsets)  # runs up to RUN_CHARS are left alone


@pytest.mark.parametrize(("run", "kept"), [
    ("," * 20_000, "," * RUN_CHARS), ('"' * 20_000, '"' * RUN_CHARS), ('",' * 10_000, '",' * (RUN_CHARS // 2)),
    ("_" * 5_000, "_" * RUN_CHARS), ("\U0001F600" * 100, "\U0001F600" * RUN_CHARS),
    (",\u200b" * 100, "," * (RUN_CHARS // 2)),  # invisible characters inside a run go too
])
def test_prepare_clean_cuts_punctuation_runs_and_maps_back(run: str, kept: str) -> None:
    text = "Police k\u200billed two. " + run + " Troops fired."
    cleaned, offsets = clean(text)
    assert cleaned == "Police killed two. " + kept + " Troops fired."
    assert all(text[offsets.start(i)] == ch for i, ch in enumerate(cleaned))
    start = cleaned.index("Troops")
    assert text[offsets.start(start):offsets.end(len(cleaned))] == "Troops fired."
    whole = text[offsets.start(0):offsets.end(len(cleaned))]
    assert whole == text  # a span over the cut run takes in all of it


@pytest.mark.parametrize("limit", [5, 17, 40, 1000])
def test_prepare_split_parts_under_limit_and_cover_text(limit: int) -> None:
    text = "First sentence here. Second one follows.\n\nA new paragraph. And more words in it.\n\nEnd."
    parts = split(text, limit=limit)
    assert all(len(part) <= limit for _, part in parts)
    assert "".join(part for _, part in parts) == text
    assert all(text[start:start + len(part)] == part for start, part in parts)


def test_prepare_split_prefers_paragraph_then_sentence_boundaries() -> None:
    text = "Aaaa aaaa. Bbbb bbbb.\n\nCccc cccc. Dddd."
    assert [p for _, p in split(text, limit=30)] == ["Aaaa aaaa. Bbbb bbbb.\n\n", "Cccc cccc. Dddd."]
    assert [p for _, p in split("Aaaa aaaa. Bbbb bbbb. Cccc.", limit=22)] == ["Aaaa aaaa. Bbbb bbbb. ", "Cccc."]


def test_prepare_split_rejects_bad_limit() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split("x", limit=0)


def _extraction(text: str, word: str) -> Extraction:
    i = text.index(word)
    span = (i, i + len(word))
    event = Event(type="ASSAULT", source=[Actor("police", start=span[0], end=span[1])],
                  target=[Actor("people", start=span[0], end=span[1])],
                  location=Place("Baghdad", start=span[0], end=span[1]),
                  killed=Count(best=2, text=word, start=span[0], end=span[1]),
                  trigger=Evidence(*span, text[span[0]:span[1]]), evidence=[Evidence(*span, text[span[0]:span[1]])])
    relation = Relation("ALLY", Actor("a", start=span[0], end=span[1]), Actor("b"),
                        evidence=[Evidence(*span, text[span[0]:span[1]])])
    return Extraction(events=[event], relations=[relation])


def _spans(extraction: Extraction) -> list[Any]:
    ev, rel = extraction.events[0], extraction.relations[0]
    return [(ev.source[0].start, ev.source[0].end), (ev.target[0].start, ev.target[0].end),
            (ev.location.start, ev.location.end) if ev.location else None,
            (ev.killed.start, ev.killed.end) if ev.killed else None,
            (ev.trigger.start, ev.trigger.end) if ev.trigger else None, (ev.evidence[0].start, ev.evidence[0].end),
            (rel.a.start, rel.a.end), (rel.evidence[0].start, rel.evidence[0].end)]


def test_prepare_shift_moves_every_offset() -> None:
    base = _extraction("xx killed", "killed")
    moved = shift_extraction(base, 100)
    assert set(_spans(moved)) == {(103, 109)}
    assert set(_spans(base)) == {(3, 9)}  # the original is left as it was
    assert remap_extraction(base, lambda i: i).events[0] == base.events[0]


def test_prepare_merge_parts_back_to_original_offsets() -> None:
    text = "Start.\u200b\n\n" + "filler words here. " * 3 + "\n\nThey k\u200billed him."
    prepared = prepare(text, limit=30)
    assert len(prepared.parts) > 1
    parts = [_extraction(part, "killed") if "killed" in part else Extraction() for _, part in prepared.parts]
    merged = prepared.merge(parts)
    (event,) = merged.events
    assert event.evidence[0].text == "k\u200billed" == text[event.evidence[0].start:event.evidence[0].end]
    assert event.trigger is not None and event.trigger.text == "k\u200billed"


def test_prepare_merge_fails_whole_document_when_a_part_fails() -> None:
    prepared = prepare("a b c d e f", limit=4)
    merged = prepared.merge([Extraction()] * (len(prepared.parts) - 1) + [Extraction(error="boom")])
    assert merged.error is not None and "boom" in merged.error and not merged.events


def test_prepare_merge_after_cut_run_points_into_the_original() -> None:
    text = "Start. " + "!" * 1000 + " They killed him."
    prepared = prepare(text)
    (_, part), = prepared.parts
    assert len(part) == len(text) - 1000 + RUN_CHARS
    (event,) = prepared.merge([_extraction(part, "killed")]).events
    assert event.evidence[0].text == "killed" == text[event.evidence[0].start:event.evidence[0].end]


@pytest.mark.slow
def test_prepare_zero_width_characters_hide_no_event(nlp: Any) -> None:
    from polemos.nlp.extractor import Extractor

    text = ("Police k\u200billed two protesters in Baghdad on Friday. Soldiers sh\u200bot a man in Basra. "
            "Rebels attacked a checkpoint in Mosul, k\u200dilling three.")
    extractor = Extractor(nlp=nlp)
    plain = extractor.extract(text.replace("\u200b", "").replace("\u200d", ""), pub_date=date(2020, 1, 1))
    found = extractor.extract(text, pub_date=date(2020, 1, 1))
    assert len(found.events) == len(plain.events) >= 3
    for event in found.events:
        assert all(text[e.start:e.end] == e.text for e in event.evidence)
    assert any("k\u200billed" in e.text for event in found.events for e in event.evidence)


@pytest.mark.slow
def test_prepare_long_article_extracted_with_its_events(nlp: Any) -> None:
    """A 1.5 MB article (over spaCy's 1,000,000-character limit): events at its start, middle and end."""
    from polemos.nlp.extractor import Extractor

    def report(city: str, n: int) -> str:
        return f"Police fired tear gas at protesters in {city} on Friday, killing at least {n} people.\n\n"

    filler = "The committee met again to discuss the budget for the coming year and its sessions.\n\n"
    text = report("Baghdad", 5) + filler * 9000 + report("Nairobi", 7) + filler * 8000 + report("Kabul", 9)
    assert len(text) > 1_400_000
    extraction = Extractor(nlp=nlp).extract(text, pub_date=date(2020, 1, 1))
    assert extraction.error is None
    places = {e.location.name for e in extraction.events if e.location}
    assert {"Baghdad", "Nairobi", "Kabul"} <= places
    last = max(e.evidence[0].start for e in extraction.events)
    assert last > 1_000_000
    for event in extraction.events:
        assert all(text[e.start:e.end] == e.text for e in event.evidence)
