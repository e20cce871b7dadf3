"""polemos: sourced political event data from text.

Library entry points (the CLI is a thin layer over these)::

    from polemos import Extractor
    extraction = Extractor().extract(text, pub_date=date(2020, 1, 6))
"""

from __future__ import annotations

from polemos.errors import PolemosError
from polemos.models import Actor, Count, Event, Evidence, Extraction, Place, Relation

__version__ = "0.1.0"

__all__ = [
    "Actor", "Count", "Event", "Evidence", "Extraction", "Place", "PolemosError", "Relation",
    "__version__",
]
