"""Name keys and noise filters: how a toponym is folded for lookup, and which alternate names are noise."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# The Latin script (Basic Latin to IPA Extensions): alternate names in other scripts are not indexed,
# since the texts polemos reads are English.
_LATIN_LIMIT = 0x250
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_LEADING_THE = re.compile(r"^the ")
# An alternate name shorter than this (after folding) is noise ("Ro", "Ba"); main names are kept.
MIN_ALTERNATE_LENGTH = 3
# All-capital alternate names this short are codes (IATA "KAN", ICAO, FAA), not names.
MAX_CODE_LENGTH = 5


def fold(text: str) -> str:
    """Lookup key of a name: accents folded, lower case, punctuation as spaces, no leading 'the' or
    trailing possessive ("the Gaza Strip's" -> "gaza strip", "Kan." -> "kan")."""
    text = _POSSESSIVE.sub("", text.strip())
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = _NON_ALNUM.sub(" ", folded.replace(".", "").replace("'", "").replace("\u2019", "")).strip()
    return _LEADING_THE.sub("", folded)


@lru_cache(maxsize=65536)
def fold_cached(text: str) -> str:
    """`fold`, cached for lookups (the same words recur across documents)."""
    return fold(text)


def is_latin(name: str) -> bool:
    """Whether every letter of a name is in the Latin script."""
    return all(ord(c) < _LATIN_LIMIT or not c.isalpha() for c in name)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent English words that are also place names (data/common_words.txt), folded."""
    text = resources.files(__package__).joinpath("data", "common_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def alternate_noise(name: str, *, main_key: str, reserved: frozenset[str] | set[str] = frozenset(),
                    words: frozenset[str] | None = None) -> str | None:
    """Why an alternate name of a place is noise, or None when it is worth indexing.

    Reasons (stable ids): ``script`` (not Latin), ``lower`` (not capitalised: romanisation keys like
    "kanw"), ``code`` (all capitals and short: "KAN" for Kano), ``digits``, ``short``, ``common`` (a
    frequent English word: "Police"), ``reserved`` (the name of a country, continent or larger unit:
    "Africa" for a Tunisian town)."""
    if not is_latin(name):
        return "script"
    stripped = name.strip()
    if not stripped[:1].isupper():
        return "lower"
    letters = [c for c in stripped if c.isalpha()]
    if any(c.isdigit() for c in stripped):
        return "digits"
    if letters and all(c.isupper() for c in letters) and len(letters) <= MAX_CODE_LENGTH:
        return "code"
    key = fold(stripped)
    if key == main_key:
        return None
    if len(key.replace(" ", "")) < MIN_ALTERNATE_LENGTH:
        return "short"
    if key in (common_words() if words is None else words):
        return "common"
    if key in reserved:
        return "reserved"
    return None


__all__ = ["MAX_CODE_LENGTH", "MIN_ALTERNATE_LENGTH", "alternate_noise", "common_words", "fold", "fold_cached",
           "is_latin"]
