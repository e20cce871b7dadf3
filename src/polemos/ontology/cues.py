"""The relation cues (`data/relation_cues.yaml`): relational nouns, verbs and phrases of alliance and enmity,
and the cues of an author's own voice."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from polemos.errors import KnowledgeBaseError
from polemos.models import RELATION_TYPES

CUES_FILE = "relation_cues.yaml"


@dataclass(frozen=True)
class AuthorCues:
    """Cues of the authors' own voice: pronouns, stance verbs and heads, the signature line."""

    pronouns: frozenset[str]
    min_pronouns: int
    name: str
    sector: str
    enemy_verbs: frozenset[str]
    ally_verbs: frozenset[str]
    heads: dict[tuple[str, ...], str]
    all_states_nouns: frozenset[str]
    friend_nouns: frozenset[str]
    hostile_events: frozenset[str]
    signature_dashes: frozenset[str]
    body_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cues:
    """Every cue word list of the relation constructions (see ``data/relation_cues.yaml``)."""

    relational_nouns: dict[str, str]
    hyphen_participles: dict[str, str]
    hyphen_prefixes: dict[str, str]
    by_participles: dict[str, str]
    object_verbs: dict[str, str]
    prep_verbs: dict[tuple[str, str], str]
    with_phrases: dict[tuple[str, ...], str]
    alliance_nouns: frozenset[str]
    conflict_nouns: frozenset[str]
    truce_nouns: dict[tuple[str, ...], str]
    truce_verbs: frozenset[str]
    mutual_verbs: frozenset[str]
    clash_verbs: frozenset[str]
    exchange_verbs: frozenset[str]
    fire_nouns: frozenset[str]
    armed_kinds: frozenset[str]
    group_nouns: frozenset[str]
    reciprocals: frozenset[tuple[str, ...]]
    defend_verbs: frozenset[str]
    attack_nouns: frozenset[str]
    list_introducers: frozenset[str]
    copulas: frozenset[str]
    locative_preps: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    negation_words: frozenset[str]
    negation_determiners: frozenset[str]
    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    titles: frozenset[str]
    backing_nouns: frozenset[str]
    backing_verbs: frozenset[str]
    temporal_preps: frozenset[str]
    with_nouns: dict[str, str]
    as_verbs: frozenset[str]
    author: AuthorCues


_cached: Cues | None = None


def load_cues(path: str | Path | None = None) -> Cues:
    """The cue words from the packaged YAML (read once and kept) or from ``path``."""
    global _cached
    if path is None:
        if _cached is None:
            text = resources.files("polemos.data").joinpath(CUES_FILE).read_text(encoding="utf-8")
            _cached = parse_cues(text, where=f"polemos/data/{CUES_FILE}")
        return _cached
    return parse_cues(Path(path).read_text(encoding="utf-8"), where=str(path))


def parse_cues(text: str, *, where: str = CUES_FILE) -> Cues:
    """Cues from the YAML text; raises KnowledgeBaseError naming the field that is wrong."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(where, f"not valid YAML ({exc}); fix the syntax") from exc
    if not isinstance(data, dict):
        raise KnowledgeBaseError(where, "must be a mapping of cue lists (see the packaged relation_cues.yaml)")

    def words(name: str, value: Any = None) -> list[str]:
        value = data.get(name) if value is None else value
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise KnowledgeBaseError(where, "must be a list of words (quote YAML words like 'no' and 'on')",
                                     field=name)
        return [w.strip().lower() for w in value]

    def typed(name: str, value: Any = None) -> dict[str, str]:
        value = data.get(name) if value is None else value
        if not isinstance(value, dict):
            raise KnowledgeBaseError(where, "must map relation types to word lists", field=name)
        out: dict[str, str] = {}
        for rtype, items in value.items():
            if rtype not in RELATION_TYPES:
                raise KnowledgeBaseError(where, f"{rtype!r} is not one of {', '.join(RELATION_TYPES)}",
                                         field=name)
            for w in words(f"{name}.{rtype}", items):
                out[w] = str(rtype)
        return out

    def phrases(mapping: Mapping[str, str]) -> dict[tuple[str, ...], str]:
        return {tuple(p.replace("-", " - ").split()): t for p, t in mapping.items()}

    prep: dict[tuple[str, str], str] = {}
    for phrase, rtype in typed("prep_verbs").items():
        parts = phrase.split()
        if len(parts) != 2:
            raise KnowledgeBaseError(where, f"{phrase!r} must be a verb lemma and a preposition", field="prep_verbs")
        prep[(parts[0], parts[1])] = rtype
    author = data.get("author")
    if not isinstance(author, dict):
        raise KnowledgeBaseError(where, "must be a mapping (pronouns, verbs, heads, ...)", field="author")
    heads = {p: "ENEMY" for p in phrases(dict.fromkeys(words("author.enemy_heads", author.get("enemy_heads")), ""))}
    heads |= {p: "ALLY" for p in phrases(dict.fromkeys(words("author.ally_heads", author.get("ally_heads")), ""))}
    try:
        min_pronouns = int(author.get("min_pronouns", 2))
    except (TypeError, ValueError):
        raise KnowledgeBaseError(where, "must be a whole number", field="author.min_pronouns") from None
    truce = words("truce_nouns")
    return Cues(
        relational_nouns=typed("relational_nouns"),
        hyphen_participles=typed("hyphen_participles"),
        hyphen_prefixes=typed("hyphen_prefixes"),
        by_participles=typed("by_participles"),
        object_verbs=typed("object_verbs"),
        prep_verbs=prep,
        with_phrases=phrases(typed("with_phrases")),
        alliance_nouns=frozenset(words("alliance_nouns")),
        conflict_nouns=frozenset(words("conflict_nouns")),
        truce_nouns=phrases(dict.fromkeys(truce, "ENEMY")),
        truce_verbs=frozenset(words("truce_verbs")),
        mutual_verbs=frozenset(words("mutual_verbs")),
        clash_verbs=frozenset(words("clash_verbs")),
        exchange_verbs=frozenset(words("exchange_verbs")),
        fire_nouns=frozenset(words("fire_nouns")),
        armed_kinds=frozenset(words("armed_kinds")),
        group_nouns=frozenset(words("group_nouns")),
        reciprocals=frozenset(tuple(p.split()) for p in words("reciprocals")),
        defend_verbs=frozenset(words("defend_verbs")),
        attack_nouns=frozenset(words("attack_nouns")),
        list_introducers=frozenset(words("list_introducers")),
        copulas=frozenset(words("copulas")),
        locative_preps=frozenset(words("locative_preps")),
        person_pronouns=frozenset(words("person_pronouns")),
        group_pronouns=frozenset(words("group_pronouns")),
        negation_words=frozenset(words("negation_words")),
        negation_determiners=frozenset(words("negation_determiners")),
        claim_verbs=frozenset(words("claim_verbs")),
        claim_nouns=frozenset(words("claim_nouns")),
        titles=frozenset(words("titles")),
        backing_nouns=frozenset(words("backing_nouns")),
        backing_verbs=frozenset(words("backing_verbs")),
        temporal_preps=frozenset(words("temporal_preps")),
        with_nouns=typed("with_nouns"),
        as_verbs=frozenset(words("as_verbs")),
        author=AuthorCues(
            pronouns=frozenset(words("author.pronouns", author.get("pronouns"))),
            min_pronouns=min_pronouns,
            name=str(author.get("name") or "the authors"),
            sector=str(author.get("sector") or "OPP"),
            enemy_verbs=frozenset(words("author.enemy_verbs", author.get("enemy_verbs"))),
            ally_verbs=frozenset(words("author.ally_verbs", author.get("ally_verbs"))),
            heads=heads,
            all_states_nouns=frozenset(words("author.all_states_nouns", author.get("all_states_nouns"))),
            friend_nouns=frozenset(words("author.friend_nouns", author.get("friend_nouns"))),
            hostile_events=frozenset(w.upper() for w in words("author.hostile_events", author.get("hostile_events"))),
            signature_dashes=frozenset(words("author.signature_dashes", author.get("signature_dashes"))),
            body_nouns=frozenset(words("author.body_nouns", author.get("body_nouns") or ["party"])),
        ),
    )
