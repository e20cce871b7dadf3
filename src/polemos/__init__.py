"""polemos: sourced political event data from text.

Library entry points (the CLI is a thin layer over these)::

    from polemos import Extractor
    extraction = Extractor().extract(text, pub_date=date(2020, 1, 6))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from polemos.errors import PolemosError
from polemos.models import Actor, Count, Event, Evidence, Extraction, Place, Relation

if TYPE_CHECKING:
    from polemos.nlp.extractor import Extractor

__version__ = "0.1.0"

__all__ = [
    "Actor", "Count", "Event", "Evidence", "Extraction", "Extractor", "Place", "PolemosError", "Relation",
    "__version__",
]


def __getattr__(name: str) -> object:
    # The Extractor pulls in spaCy; importing it lazily keeps `import polemos` (and the CLI's start) fast.
    if name == "Extractor":
        from polemos.nlp.extractor import Extractor

        return Extractor
    raise AttributeError(f"module 'polemos' has no attribute {name!r}")
