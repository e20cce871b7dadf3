"""Tests for the trigger-ownership rule shared by counts, dates and places (nlp/attach.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from polemos.nlp.attach import (
    companions,
    concurrent_triggers,
    owning_trigger,
    previous_sentence_trigger,
    sentences_back,
    trigger_map,
)
from polemos.nlp.counts.recognizer import is_cost_word
from polemos.nlp.doc_index import doc_text, sent_number, sent_start, sentence, spans_in_sentence
from polemos.nlp.pipe import make_docs


def parse(nlp: Any, text: str) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, date(2021, 5, 21))]))))


def tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "phrase", "words", "subordinate", "expected"), [
    # a toponym in an "as ..." clause with its own subject is that clause's, when asked
    (("Israeli troops shot dead 58 Palestinians along the Gaza border on Monday as the United States opened "
      "its new embassy in Jerusalem."), "Jerusalem", ["shot"], True, (None, "clause")),
    (("Israeli troops shot dead 58 Palestinians along the Gaza border on Monday as the United States opened "
      "its new embassy in Jerusalem."), "Jerusalem", ["shot"], False, ("shot", "syntax")),
    # a participle without a subject stays with its verb
    ("Soldiers opened fire on the crowd in Herat, killing four people.", "four", ["opened"], True,
     ("opened", "syntax")),
    # the date of a reporting verb belongs to no event
    ("The rebels said on Sunday that they had seized the town.", "Sunday", ["seized"], True, (None, "blocked")),
    # a where-clause describes the place, not the event
    ("Hundreds rallied in Mosul, where 40 people were killed last year.", "40", ["rallied"], True,
     (None, "blocked")),
])
def test_attach_owning_trigger(nlp: Any, text: str, phrase: str, words: list[str], subordinate: bool,
                               expected: tuple[str | None, str]) -> None:
    doc = parse(nlp, text)
    owner, how = owning_trigger(tok(doc, phrase), [tok(doc, w) for w in words], subordinate=subordinate)
    assert ((owner.text if owner is not None else None), how) == expected


def test_attach_trigger_map_coordinated_verb_shares_setting(nlp: Any) -> None:
    doc = parse(nlp, "EU leaders met at a summit in Brussels on Friday and called on Russia to withdraw its troops.")
    called = tok(doc, "called")
    assert [t.text for t in trigger_map([called])[tok(doc, "met").i]] == ["called"]
    assert owning_trigger(tok(doc, "Brussels"), [called]) == (called, "syntax")


@pytest.mark.parametrize(("text", "trigger", "others", "expected"), [
    ("A suicide bombing killed 13 people.", "bombing", ["killed"], {"killed"}),
    ("Jets carried out an attack that killed more than 80 civilians.", "attack", ["killed"], {"killed"}),
    # through one another: "killed" hangs on "explosion", "bomb" is its compound
    ("A journalist was killed in a car bomb explosion in Beirut.", "bomb", ["explosion", "killed"],
     {"explosion", "killed"}),
    # a verb with a subject of its own is another event
    ("Troops stormed the village after rebels had killed two soldiers.", "stormed", ["killed"], set()),
])
def test_attach_companions(nlp: Any, text: str, trigger: str, others: list[str], expected: set[str]) -> None:
    doc = parse(nlp, text)
    head = tok(doc, trigger)
    found = companions(head, [head, *(tok(doc, w) for w in others)], is_cost=is_cost_word)
    assert {doc[i].text for i in found} == expected


def test_attach_concurrent_triggers(nlp: Any) -> None:
    doc = parse(nlp, "Israeli troops shot dead 58 Palestinians during protests along the Gaza border.")
    shot, protests = tok(doc, "shot"), tok(doc, "protests")
    assert [t.text for t in concurrent_triggers(shot, [shot, protests])] == ["protests"]
    assert concurrent_triggers(protests, [shot, protests]) == []


def test_attach_previous_sentence_trigger_stays_in_paragraph(nlp: Any) -> None:
    doc = parse(nlp, "Gunmen stormed a hotel in Mogadishu.\n\nFour people died. Nine more were wounded.")
    stormed = tok(doc, "stormed")
    assert previous_sentence_trigger(tok(doc, "Four"), [stormed]) is None
    assert [s.text for s in sentences_back(doc, tok(doc, "Nine"))] == ["Four people died."]


TWO_PARAGRAPHS = ("Soldiers opened fire on the crowd in Herat, killing four people. Police arrested 12 protesters "
                  "in Kabul.\n\nThe government said on Monday that it would hold talks.")


def test_attach_doc_tables_match_spacy(nlp: Any) -> None:
    doc = parse(nlp, TWO_PARAGRAPHS)
    assert doc_text(doc) == doc.text
    assert [sent_start(t) for t in doc] == [t.sent.start for t in doc]
    assert [(sentence(doc, sent_number(t)).start, sentence(doc, sent_number(t)).end) for t in doc] == \
        [(t.sent.start, t.sent.end) for t in doc]


def test_attach_doc_tables_rebuilt_after_retokenising(nlp: Any) -> None:
    doc = parse(nlp, TWO_PARAGRAPHS)
    assert sent_start(tok(doc, "Police")) == tok(doc, "Police").i  # tables built for the original tokens
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])  # "Soldiers opened fire": every later token moves two places left
    assert doc_text(doc) == doc.text
    assert [sent_start(t) for t in doc] == [t.sent.start for t in doc]


def test_attach_doc_copy_builds_its_own_tables(nlp: Any) -> None:
    doc = parse(nlp, TWO_PARAGRAPHS)
    doc_text(doc)
    other = doc.copy()
    assert doc_text(other) == doc.text and sent_start(other[-1]) == doc[-1].sent.start


def test_attach_owning_trigger_answers_per_allowed_set(nlp: Any) -> None:
    doc = parse(nlp, TWO_PARAGRAPHS)
    opened, killing = tok(doc, "opened"), tok(doc, "killing")
    herat = tok(doc, "Herat")
    assert owning_trigger(herat, [opened, killing]) == (opened, "syntax")
    # the same anchor and trigger list, but a filter: a remembered answer must not be reused
    assert owning_trigger(herat, [opened, killing], allowed=lambda t: t.i != opened.i) == (killing, "nearest")
    assert owning_trigger(herat, [killing, opened]) == (opened, "syntax")


def test_attach_spans_in_sentence_follows_a_replaced_group(nlp: Any) -> None:
    doc = parse(nlp, TWO_PARAGRAPHS)
    herat, kabul = tok(doc, "Herat"), tok(doc, "Kabul")
    doc.spans["test_places"] = [doc[herat.i:herat.i + 1]]
    assert [s.text for s in spans_in_sentence(doc, "test_places", 0)] == ["Herat"]
    doc.spans["test_places"] = [doc[kabul.i:kabul.i + 1]]  # same length, other sentence
    assert spans_in_sentence(doc, "test_places", 0) == []
    assert [s.text for s in spans_in_sentence(doc, "test_places", 1)] == ["Kabul"]
    assert spans_in_sentence(doc, "no_such_group", 0) == []
