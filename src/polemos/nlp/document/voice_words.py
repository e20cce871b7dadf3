"""The words of the author's voice: plover.yaml's ``author_voice`` table, read once per document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class VoiceWords:
    """plover.yaml's ``author_voice`` table."""

    verbs: dict[str, str]
    verb_preps: dict[str, frozenset[str]]
    hold_words: frozenset[str]
    carriers: frozenset[str]
    nouns: dict[str, str]
    adjectives: dict[str, str]
    habitual: frozenset[str]
    patient_nouns: frozenset[str]
    addressee_preps: frozenset[str]
    genre_words: frozenset[str]
    denial_objects: frozenset[str] = frozenset()
    self_nouns: frozenset[str] = frozenset()
    verdict_words: frozenset[str] = frozenset()
    verb_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    verdict_verbs: frozenset[str] = frozenset()
    verdict_harms: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    force_words: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    defended_things: frozenset[str] = frozenset()
    promise_verbs: frozenset[str] = frozenset()
    court_words: frozenset[str] = frozenset()
    punish_verbs: frozenset[str] = frozenset()
    signing_words: frozenset[str] = frozenset()
    signatory_words: frozenset[str] = frozenset()
    issuer_heads: frozenset[str] = frozenset()

    @classmethod
    def from_table(cls, table: dict[str, Any]) -> VoiceWords:
        def words(name: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in table.get(name) or [])

        def types(name: str) -> dict[str, str]:
            return {str(k).lower(): str(v) for k, v in (table.get(name) or {}).items()}

        return cls(verbs=types("verbs"),
                   verb_preps={str(k): frozenset(str(w) for w in v) for k, v in (table.get("verb_preps") or {}).items()},
                   hold_words=words("hold_words"), carriers=words("carriers"), nouns=types("nouns"),
                   adjectives=types("adjectives"), habitual=words("habitual"), patient_nouns=words("patient_nouns"),
                   addressee_preps=words("addressee_preps"), genre_words=words("genre_words"),
                   denial_objects=words("denial_objects"), self_nouns=words("self_nouns"),
                   verdict_words=words("verdict_words"), verdict_verbs=words("verdict_verbs"),
                   verdict_harms=words("verdict_harms"), office_words=words("office_words"),
                   signing_words=words("signing_words"), signatory_words=words("signatory_words"),
                   issuer_heads=words("issuer_heads"), force_words=words("force_words"), force_nouns=words("force_nouns"),
                   defended_things=words("defended_things"), promise_verbs=words("promise_verbs"),
                   court_words=words("court_words"), punish_verbs=words("punish_verbs"),
                   verb_objects={str(k): frozenset(str(w).lower() for w in v)
                                 for k, v in (table.get("verb_objects") or {}).items()})


__all__ = ["VoiceWords"]
