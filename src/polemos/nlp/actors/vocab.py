"""The actors component's codes: the span group name, the KB kinds that are groups, the sector codes whose
actors are state bodies or a group's own members, and the parse labels its rules test."""

from __future__ import annotations

SPAN_KEY = "actors"


GROUP_KINDS = frozenset({"armed_group", "party", "movement", "igo", "ngo", "media", "company"})


SECTOR_SUFFIX = {"GOV": "government", "MIL": "armed_forces", "COP": "police"}


# Sectors for which "Hezbollah fighters" means the group itself, not its country's people.
GROUP_MEMBER_SECTORS = frozenset({"MIL", "REB", "COP", "GOV", "SPY", "PTY"})


_MODIFIER_POS = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})


# Children that make a verb a finite clause of its own (a subject or an auxiliary).
_FINITE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark"})


