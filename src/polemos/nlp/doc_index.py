"""Per-document tables every component consults: the text, sentence bounds, the sentence of each token,
and memos keyed by what their answers depend on. Built once per Doc and dropped once its extraction is
collected."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

# Key of the per-document tables in ``doc.user_data``.
_INDEX_KEY = "polemos.attach.index"


class DocIndex:
    """Per-document tables the attachment rules consult for every event: the text, sentence bounds, the
    sentence of each token, and memos of owners and trigger maps. Built once per Doc, kept on it."""

    def __init__(self, doc: Doc) -> None:
        self.doc_len = len(doc)
        # Doc.text joins every token on each access; the rules slice it many times per event.
        self.text = doc.text
        self.sent_of: list[int] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.owners: dict[tuple[tuple[int, ...], int, bool], tuple[int | None, str]] = {}
        self.maps: dict[tuple[int, ...], dict[int, list[int]]] = {}
        # span group name -> (the group, its length, sentence number -> positions of its spans)
        self.groups: dict[str, tuple[Any, int, dict[int, list[int]]]] = {}
        # Memos of the counts, dates and places helpers, keyed by what their answers depend on.
        self.memo: dict[Any, Any] = {}

    def __deepcopy__(self, memo: dict[int, Any]) -> None:
        return None  # Doc.copy() deep-copies user_data: the copy builds its own tables

    def build_sents(self, doc: Doc) -> None:
        """Sentence bounds and the sentence of each token, as ``Token.sent`` gives them."""
        if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks:
            # a custom sentence hook may disagree with doc.sents: ask each token, as Token.sent does
            bounds: dict[int, int] = {}
            for t in doc:
                s = t.sent
                bounds.setdefault(s.start, s.end)
            pairs = sorted(bounds.items())
        else:
            pairs = [(s.start, s.end) for s in doc.sents]  # raises as Token.sent does without sentences
        sent_of = [0] * len(doc)
        for k, (start, end) in enumerate(pairs):
            self.starts.append(start)
            self.ends.append(end)
            sent_of[start:end] = [k] * (end - start)
        self.sent_of = sent_of


def doc_index(doc: Doc, *, sents: bool = False) -> DocIndex:
    """The doc's `DocIndex`, built on first use and rebuilt when the doc's length changed (retokenising);
    with ``sents`` its sentence tables are filled. The tables assume the parse is final, as it is once
    our components run."""
    index = doc.user_data.get(_INDEX_KEY)
    if not isinstance(index, DocIndex) or index.doc_len != len(doc):
        index = DocIndex(doc)
        doc.user_data[_INDEX_KEY] = index
    if sents and not index.sent_of and len(doc):
        index.build_sents(doc)
    return index


def release(doc: Doc) -> None:
    """Drop the doc's tables once its extraction is collected. Docs sit in reference cycles (spans and
    tokens kept in extension values), so they wait for the garbage collector; their tables need not."""
    doc.user_data.pop(_INDEX_KEY, None)


def sent_number(tok: Token) -> int:
    """Number of the token's sentence in the doc (0 for the first)."""
    return doc_index(tok.doc, sents=True).sent_of[tok.i]


def sent_start(tok: Token) -> int:
    """``tok.sent.start`` from the doc's tables."""
    index = doc_index(tok.doc, sents=True)
    return index.starts[index.sent_of[tok.i]]


def sentence(doc: Doc, k: int) -> Span:
    """Sentence number ``k`` of the doc as a span."""
    index = doc_index(doc, sents=True)
    return doc[index.starts[k]:index.ends[k]]


def spans_in_sentence(doc: Doc, name: str, k: int) -> list[Span]:
    """The spans of ``doc.spans[name]`` that start in sentence number ``k``, in the group's order.
    The group is read once per doc (each read builds every Span); a new or resized group is read again."""
    if name not in doc.spans:
        return []
    group = doc.spans[name]
    index = doc_index(doc, sents=True)
    known = index.groups.get(name)
    if known is None or known[0] is not group or known[1] != len(group):
        by_sent: dict[int, list[int]] = {}
        for p, span in enumerate(group):
            if span.start < len(doc):
                by_sent.setdefault(index.sent_of[span.start], []).append(p)
        # the group holds its doc weakly, so keeping it here makes no reference cycle
        known = index.groups[name] = (group, len(group), by_sent)
    return [group[p] for p in known[2].get(k, ())]


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc."""
    return doc_index(doc).text
