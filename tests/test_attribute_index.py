"""The indexed attribute ruler gives exactly the annotations of spaCy's AttributeRuler."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from polemos.nlp import MODEL
from polemos.nlp.attribute_index import index_ruler, use_indexed_ruler
from polemos.nlp.registrations import register

SEED = Path(__file__).resolve().parent / "data" / "eval" / "seed.jsonl"
COLUMNS: list[int | str] = [TAG, POS, MORPH, LEMMA, DEP]

TRICKY = [
    "I'm gonna go, y'all. Let's see, c'mon! It ain't nothin'.",
    "There's  more:\n\n  we gotta  go. I did it for you; it is done, isn't it?",
    "Because it rained, the police did not open fire, whereas protesters had.",
    "Which of them fled? That was what they said they would do if asked.",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    register()
    stock = spacy.load(MODEL)
    indexed = spacy.load(MODEL)
    assert use_indexed_ruler(indexed)
    return stock, indexed


def annotations(doc: Doc) -> tuple[list[list[int]], list[str]]:
    return doc.to_array(COLUMNS).tolist(), [str(t.morph) for t in doc]


def test_model_ruler_is_replaced_in_place(pipelines: tuple[Any, Any]) -> None:
    stock, indexed = pipelines
    assert indexed.pipe_names == stock.pipe_names
    assert type(indexed.get_pipe("attribute_ruler")).__name__ == "IndexedAttributeRuler"


@pytest.mark.parametrize("text", TRICKY)
def test_same_annotations_as_spacy_on_tricky_text(pipelines: tuple[Any, Any], text: str) -> None:
    stock, indexed = pipelines
    assert annotations(indexed(text)) == annotations(stock(text))


def test_same_annotations_as_spacy_on_the_seed(pipelines: tuple[Any, Any]) -> None:
    stock, indexed = pipelines
    text = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])["text"]
    assert annotations(indexed(text)) == annotations(stock(text))


def _tagged(nlp: Any, words: list[str], tags: list[str], deps: list[str] | None = None) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words) if deps else None)


def test_operators_order_and_index_match_spacy() -> None:
    """IN, NOT_IN, REGEX, several tokens, a negative index and a later rule overriding an earlier one."""
    nlp = spacy.blank("en")
    patterns: list[dict[str, Any]] = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "thing"}},
        {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["strike", "raid"]}}]], "attrs": {"LEMMA": "attack"}},
        {"patterns": [[{"TAG": {"NOT_IN": ["NN", "DT"]}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": {"REGEX": "^gun"}}]], "attrs": {"MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"POS": "PROPN"}, "index": -1},
        {"patterns": [[{"DEP": "nsubj", "IS_SPACE": False}]], "attrs": {"TAG": "NNP"}},
    ]
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)  # type: ignore[arg-type]
    indexed = index_ruler(stock)
    assert indexed is not None
    words = ["the", "strike", "hit", "gunmen", "raid", "the", "raid", "a", "house"]
    tags = ["DT", "NN", "VBD", "NNS", "NN", "DT", "NN", "DT", "NN"]
    deps = ["det", "nsubj", "ROOT", "dobj", "nsubj", "det", "dobj", "det", "pobj"]
    a = stock(_tagged(nlp, words, tags, deps))
    b = indexed(_tagged(nlp, words, tags, deps))
    assert annotations(b) == annotations(a)
    assert [t.pos_ for t in b][:2] == ["", "PROPN"] and b[1].lemma_ == "attack"  # the later rule wins


def test_a_ruler_beyond_the_index_stays_spacys() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})  # type: ignore[attr-defined]
    assert index_ruler(ruler) is None  # type: ignore[arg-type]
    assert not use_indexed_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)
