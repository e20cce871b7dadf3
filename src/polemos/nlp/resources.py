"""The knowledge the components read, loaded once per pipeline into one `Resources` object.

Every polemos factory takes ``resources`` from its config, built by the registered function
``polemos.resources.v1``: the packaged data files plus whatever a user adds (extra trigger files, a
replacement PLOVER table, extra knowledge-base files)::

    nlp.add_pipe("polemos_events", config={"resources": {"@misc": "polemos.resources.v1",
                                                         "triggers": ["my_triggers.jsonl"]}})

`build_pipeline` passes the same settings to every component. A component stores its resources on each
doc it processes (``doc._.resources``), so the helpers of later components read the same knowledge
through the doc (`resources_of`) rather than through module-level singletons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc
from spacy.util import registry

from polemos.knowledge.gazetteer import Gazetteer
from polemos.knowledge.gazetteer_cache import shared_gazetteer
from polemos.knowledge.kb import KnowledgeBase
from polemos.ontology.counts import CountLexicon, load_count_lexicon
from polemos.ontology.cues import Cues, load_cues
from polemos.ontology.lexicon import Lexicon, load_lexicon

RESOURCES_FACTORY = "polemos.resources.v1"
#: The config every polemos factory gets by default: the packaged knowledge and the user's KB folder.
DEFAULT_CONFIG = {"resources": {"@misc": RESOURCES_FACTORY}}


@dataclass(frozen=True)
class Resources:
    """The trigger lexicon and PLOVER table, the count vocabulary, the relation cues, the actor knowledge
    base and the gazetteer."""

    lexicon: Lexicon
    counts: CountLexicon
    cues: Cues
    kb: KnowledgeBase
    gazetteer: Gazetteer


@lru_cache(maxsize=8)
def _lexicon(plover: str | None, triggers: tuple[str, ...]) -> Lexicon:
    return load_lexicon(plover_path=plover, extra_triggers=triggers)


@lru_cache(maxsize=8)
def _cues(path: str | None) -> Cues:
    return load_cues(path)


def load_resources(*, triggers: Sequence[str | Path] = (), plover: str | Path | None = None,
                   cues: str | Path | None = None, kb: Sequence[str | Path] = ()) -> Resources:
    """The packaged knowledge, with ``triggers`` (extra trigger files), ``plover`` (a PLOVER table in place of
    the packaged one), ``cues`` (relation cues in place of the packaged ones) and ``kb`` (extra
    knowledge-base files, after the user's folder). Loaded files are shared between calls with the same
    paths; the knowledge base reloads when one of its files changed."""
    return Resources(
        lexicon=_lexicon(str(plover) if plover else None, tuple(str(p) for p in triggers)),
        counts=load_count_lexicon(),
        cues=_cues(str(cues) if cues else None),
        kb=KnowledgeBase.load(list(kb)),
        gazetteer=shared_gazetteer(),
    )


@registry.misc(RESOURCES_FACTORY)
def make_resources(triggers: list[str] = [], plover: str | None = None,  # noqa: B006 - spaCy config defaults
                   cues: str | None = None, kb: list[str] = []) -> Resources:  # noqa: B006
    """The registered builder the factories' configs name (see the module docstring)."""
    return load_resources(triggers=triggers, plover=plover, cues=cues, kb=kb)


def register_extensions() -> None:
    """Register ``Doc._.resources`` (set by every polemos component)."""
    if not Doc.has_extension("resources"):
        Doc.set_extension("resources", default=None)


def resources_of(doc: Doc) -> Resources:
    """The resources of the pipeline that processed ``doc``; the packaged ones for a doc that went through no
    polemos component (a bare parse handed to a helper in a test or a notebook)."""
    found = doc._.resources if Doc.has_extension("resources") else None
    return found if isinstance(found, Resources) else default_resources()


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """The packaged knowledge with the user's KB folder, as `make_resources` gives it with no settings."""
    return load_resources()


__all__ = ["DEFAULT_CONFIG", "RESOURCES_FACTORY", "Resources", "default_resources", "load_resources",
           "make_resources", "register_extensions", "resources_of"]
