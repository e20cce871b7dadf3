"""Deduplication: exact (normalised hash), near (MinHash LSH) and repeated passages in one text."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasketch import MinHash

Span = tuple[int, int]

DEFAULT_THRESHOLD = 0.85
NUM_PERM = 128
SHINGLE_WORDS = 3
LSH_MARGIN = 0.2
SCHEME = "affine32"  # datasketch >= 2.0 hashing scheme, fixed so stored signatures stay comparable
#: A run of repeated text shorter than this (in normalised characters) is left alone, so a
#: slogan quoted twice or a stock phrase is not taken for a repeated copy.
MIN_REPEAT_CHARS = 40

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_QUOTES = {**dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'"),
           **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"')}
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Text compared for identity: NFKC, lower case, one kind of dash and quote, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES).lower()
    return " ".join(text.split())


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for texts that differ only in spacing, case, dashes."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    """The normalised words of a text, punctuation dropped."""
    return _WORD.findall(normalise(text))


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of a text (the whole text as one shingle when it is shorter than n words)."""
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


# -- near duplicates ----------------------------------------------------------------------------

@functools.cache
def _scheme() -> str:
    """The MinHash hashing scheme of the installed datasketch ('legacy' before 2.0, which had no choice)."""
    import inspect

    from datasketch import MinHash

    return SCHEME if "scheme" in inspect.signature(MinHash.__init__).parameters else "legacy"


def _minhash(num_perm: int, hashvalues: Any = None) -> MinHash:
    from datasketch import MinHash

    scheme = _scheme()
    kwargs: dict[str, Any] = {"scheme": scheme} if scheme != "legacy" else {}
    if hashvalues is not None:
        kwargs["hashvalues"] = hashvalues
    return MinHash(num_perm=num_perm, **kwargs)


def signature(text: str, *, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash signature of a text's word shingles."""
    minhash = _minhash(num_perm)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return minhash


def signature_to_bytes(minhash: MinHash) -> bytes:
    """A signature as bytes (its scheme, a colon, the values), to store beside its document."""
    return _scheme().encode("ascii") + b":" + bytes(minhash.hashvalues.astype("<u8").tobytes())


def signature_from_bytes(data: bytes, *, num_perm: int = NUM_PERM) -> MinHash | None:
    """A stored signature back as a MinHash; None when it was made with another hashing scheme."""
    import numpy as np

    scheme, _, raw = bytes(data).partition(b":")
    if scheme.decode("ascii", "replace") != _scheme():
        return None
    values = np.frombuffer(raw, dtype="<u8").astype(np.uint64)
    if len(values) != num_perm:
        raise ValueError(f"stored signature has {len(values)} values, expected {num_perm}")
    return _minhash(num_perm, values)


class NearDuplicateIndex:
    """MinHash LSH over word shingles: finds an earlier document whose Jaccard similarity passes a threshold."""

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHashLSH

        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        # LSH banding misses pairs just above its threshold, so candidates are gathered with a lower
        # one and then checked against the real threshold on the estimated Jaccard similarity.
        self._lsh = MinHashLSH(threshold=max(threshold - LSH_MARGIN, 0.05), num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def signature(self, text: str) -> MinHash:
        """The signature of a text with this index's settings."""
        return signature(text, num_perm=self.num_perm)

    def add(self, key: str, minhash: MinHash) -> None:
        """Index a document's signature under its key (a key already indexed is left as is)."""
        if key in self._signatures:
            return
        self._lsh.insert(key, minhash)
        self._signatures[key] = minhash

    def add_text(self, key: str, text: str) -> MinHash:
        """Index a text; returns its signature."""
        minhash = self.signature(text)
        self.add(key, minhash)
        return minhash

    def query(self, minhash: MinHash) -> tuple[str, float] | None:
        """The most similar indexed document at or above the threshold, with its estimated Jaccard."""
        best: tuple[str, float] | None = None
        for key in self._lsh.query(minhash):
            score = float(minhash.jaccard(self._signatures[key]))
            if score >= self.threshold and (best is None or (score, key) > (best[1], best[0])):
                best = (key, score)
        return best

    @classmethod
    def from_signatures(
        cls, items: Iterable[tuple[str, bytes]], *, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM
    ) -> NearDuplicateIndex:
        """An index rebuilt from stored (key, signature bytes) pairs."""
        index = cls(threshold=threshold, num_perm=num_perm)
        for key, data in items:
            minhash = signature_from_bytes(data, num_perm=num_perm)
            if minhash is not None:  # a signature of another datasketch scheme cannot be compared
                index.add(key, minhash)
        return index

    @classmethod
    def from_texts(
        cls, items: Iterable[tuple[str, str]], *, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM
    ) -> NearDuplicateIndex:
        """An index built from (key, text) pairs."""
        index = cls(threshold=threshold, num_perm=num_perm)
        for key, text in items:
            index.add_text(key, text)
        return index


# -- passages and sentences --------------------------------------------------------------------

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
# A sentence ends at . ! or ? (optionally followed by closing quotes/brackets) before white space.
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*(?=\s)")


def paragraph_spans(text: str) -> list[Span]:
    """Character spans of the paragraphs (blocks separated by blank lines), surrounding space trimmed."""
    spans: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.extend(_trimmed(text, start, match.start()))
        start = match.end()
    spans.extend(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if start < end else []


def sentence_spans(text: str) -> list[Span]:
    """Character spans of sentences: every line split at sentence-final punctuation.

    A cheap splitter (no parser) so passages can be compared and stored before the nlp stage.
    """
    spans: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, line_end = pos, pos + len(line)
        pos = line_end
        cut = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            spans.extend(_trimmed(text, cut, match.end()))
            cut = match.end()
        spans.extend(_trimmed(text, cut, line_end))
    return spans


def _units(text: str) -> Iterator[tuple[Span, str]]:
    """Sentence spans with their comparison keys (normalised words only; empty keys dropped)."""
    for start, end in sentence_spans(text):
        key = " ".join(words(text[start:end]))
        if key:
            yield (start, end), key


def find_repeated_passages(text: str, *, min_chars: int = MIN_REPEAT_CHARS) -> list[Span]:
    """Spans of LATER copies of passages that already appeared earlier in the same text.

    Sentences (and lines) are compared by their normalised words, so copies differing in a dash,
    quote, case or spacing still match. Consecutive repeated sentences form a run; a run is kept
    when it holds at least ``min_chars`` normalised characters. Linear in the text length.
    """
    seen: set[str] = set()
    runs: list[list[tuple[Span, str]]] = []
    current: list[tuple[Span, str]] = []
    for span, key in _units(text):
        if key in seen:
            current.append((span, key))
        else:
            if current:
                runs.append(current)
            current = []
            seen.add(key)
    if current:
        runs.append(current)
    found: list[Span] = []
    for run in runs:
        if sum(len(key) for _, key in run) >= min_chars:
            found.append((run[0][0][0], run[-1][0][1]))
    return found


def passage_spans(text: str, repeated: Iterable[Span] = ()) -> list[tuple[int, int, bool]]:
    """Passages in text order as (start, end, is_repeat): each repeated span whole, the paragraphs outside them."""
    repeated = sorted(repeated)
    out: list[tuple[int, int, bool]] = [(s, e, True) for s, e in repeated]
    for start, end in paragraph_spans(text):
        pieces = [(start, end)]
        for rs, re_ in repeated:
            pieces = [piece for a, b in pieces
                      for piece in ((a, min(b, rs)), (max(a, re_), b)) if piece[0] < piece[1]]
        for a, b in pieces:
            out.extend((s, e, False) for s, e in _trimmed(text, a, b))
    return sorted(out)




# -- repeated events of a near duplicate -----------------------------------------------------------

_CLAIMS = ("killed", "injured", "arrested")
_DATES = ("date", "date_precision")
_NOT_COMPARED = ("id", "doc_id", "doc_date", "doc_title", "evidence", "rule")


def event_key(event: dict[str, Any], *, claims: bool = True, dates: bool = True) -> str:
    """What makes two contract events the same report: everything but where it was said (and, without
    ``claims``, its counts; without ``dates``, its date)."""
    import json

    skip = _NOT_COMPARED + (() if claims else _CLAIMS) + (() if dates else _DATES)
    return json.dumps({k: v for k, v in event.items() if k not in skip}, sort_keys=True, default=str)


def _dates_agree(a: Any, b: Any) -> bool:
    """A missing date agrees with any: an undated copy of a report resolves no "on Friday" to a day."""
    return not a or not b or a == b


def _take(pool: dict[str, list[dict[str, Any]]], key: str, ev: dict[str, Any], *, consume: bool) -> int | None:
    """The id of the first event of ``pool[key]`` whose date agrees with ``ev``'s (removed when ``consume``)."""
    for i, cand in enumerate(pool.get(key, [])):
        if _dates_agree(cand.get("date"), ev.get("date")):
            if consume:
                pool[key].pop(i)
            return cand["id"]  # type: ignore[no-any-return]
    return None


def event_repeats(
    events: Iterable[dict[str, Any]], original: Iterable[dict[str, Any]]
) -> list[tuple[int | None, int | None]]:
    """For each contract event of a near duplicate: (id of the original's event it repeats, id of the one it
    revises), where a revision is the same event with other counts (a revised toll: a claim of its own). Dates
    are compared only where both copies have one: a copy without a publication date leaves "on Friday"
    unresolved and still repeats the original's events."""
    same: dict[str, list[dict[str, Any]]] = {}
    similar: dict[str, list[dict[str, Any]]] = {}
    for ev in original:
        same.setdefault(event_key(ev, dates=False), []).append(ev)
        similar.setdefault(event_key(ev, claims=False, dates=False), []).append(ev)
    out: list[tuple[int | None, int | None]] = []
    for ev in events:
        exact = _take(same, event_key(ev, dates=False), ev, consume=True)
        if exact is not None:
            out.append((exact, None))
            continue
        out.append((None, _take(similar, event_key(ev, claims=False, dates=False), ev, consume=False)))
    return out


__all__ = [
    "DEFAULT_THRESHOLD", "MIN_REPEAT_CHARS", "NUM_PERM", "NearDuplicateIndex", "content_hash", "event_key",
    "event_repeats", "find_repeated_passages", "normalise", "paragraph_spans", "passage_spans", "sentence_spans", "shingles",
    "signature", "signature_from_bytes", "signature_to_bytes", "words",
]
