"""Resolve the place mentions of one document against the GeoNames index, reading the whole document.

Mentions with the same text are one place (one sense per document). The most confident are resolved
first; each answer then adds its country, its division and its point to what the document is about, so
that a town near the others beats a namesake abroad. Every answer lists its reasons (stable ids).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from polemos.knowledge.geonames.geo import distance_km
from polemos.knowledge.geonames.index import GeoIndex, load_index
from polemos.knowledge.geonames.models import Candidate, DocumentContext, GeoPlace, Mention, Resolution
from polemos.knowledge.geonames.sources import namesake_id, read_abbreviations
from polemos.knowledge.geonames.text import fold_cached

# Suffixes naming the kind of unit ("Kandahar province"): looked up without them when the full name fails.
_UNIT_WORDS = ("province", "region", "state", "governorate", "district", "county", "oblast", "prefecture",
               "department", "city", "municipality", "parish")
_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "an ", "az ", "at ")
NOT_PLACE_READINGS = frozenset({"person", "organisation", "organization", "demonym"})


@dataclass(frozen=True)
class Weights:
    """The ranking's weights (points added to a candidate's score)."""

    population: float = 1.0  # per power of ten of the population
    famous: float = 2.5  # a place of a million or more, known abroad ("Paris" in a story about the US)
    alternate: float = -1.5  # matched by an alternate name, not its main name
    common_word: float = -1.0  # the name is a frequent English word ("Police", "Best")
    country_name: float = 3.0  # the name is a country's
    admin1_name: float = 1.0  # the name is a first-order division's
    region_name: float = 2.0  # a continent or a curated region ("Middle East", "Darfur")
    qualifier_admin1: float = 9.0  # "Parkland, Florida": in Florida
    qualifier_country: float = 7.0  # "London, England" / "Paris, France"
    qualifier_miss: float = -4.0  # a qualifier that names another division or country
    context_country: float = 4.0  # in a country the document names (scaled by its share)
    context_admin1: float = 1.5  # in a division the document names
    dateline_country: float = 2.0  # in the dateline's country
    near: float = 3.0  # near places already resolved in the document (decays with distance)
    near_scale_km: float = 250.0
    capital: float = 6.0  # "the capital": the country's capital
    national_capital: float = 2.5  # a country's capital, which a bare name means ("Washington" the city)
    county: float = 6.0  # "Jackson County": a county
    list_level: float = 3.0  # "British Columbia, Alberta, Ontario and New Brunswick": the kind of its neighbours
    list_gap: int = 6  # the most characters between two list items (", and ")
    curated: float = 8.0  # a place polemos's own data adds (places_extra.csv: regions, seas, landmarks)
    acronym: float = -4.0  # "EU" is no town called Eu: an all-capital mention matched by a mixed-case name
    famous_population: int = 1_000_000
    candidate_cap: int = 40  # candidates kept per name after the static ranking


@dataclass
class _Group:
    """All mentions of one name in a document (with the same qualifier and cues)."""

    key: str
    mentions: list[Mention]
    candidates: list[Candidate]
    static: list[tuple[float, list[str]]] = field(default_factory=list)
    qualifiers: list[tuple[str, str | None]] = field(default_factory=list)
    # "China, Japan and Korea", "Idaho, Illinois": a country or division name followed by another is a list
    list_item: bool = False
    # the keys of the groups whose mentions stand next to one of this group's in a list ("A, B and C")
    siblings: set[str] = field(default_factory=set)


@dataclass
class _State:
    """What the resolved part of the document says: country and division weights, points."""

    countries: dict[str, float]
    admin1: dict[tuple[str, str], float]
    points: list[tuple[str, float, float]] = field(default_factory=list)
    dateline: GeoPlace | None = None
    # group key -> (precision, country) of each answer so far, for list neighbours
    levels: dict[str, tuple[str, str | None]] = field(default_factory=dict)


class Resolver:
    """Ranks an index's candidates for the place mentions of a document."""

    def __init__(self, index: GeoIndex | None = None, *, weights: Weights | None = None) -> None:
        self.index = index if index is not None else load_index()
        self.weights = weights or Weights()
        # abbreviation (exact text) -> (ISO3, folded admin1 name, use)
        self.abbreviations: dict[str, tuple[str, str, str]] = {}
        for abbr, country, admin1, use in read_abbreviations():
            self.abbreviations[abbr] = (country, fold_cached(admin1), use)
            if abbr.endswith("."):
                self.abbreviations.setdefault(abbr[:-1], (country, fold_cached(admin1), use))
        self._admin1_by_name: dict[tuple[str, str], GeoPlace] = {}
        self.namesakes = namesake_ids()

    # --- candidates -------------------------------------------------------------------------------------

    def _admin1_place(self, country: str, admin1_key: str) -> GeoPlace | None:
        cached = self._admin1_by_name.get((country, admin1_key))
        if cached is None:
            cached = next((c.place for c in self.index._lookup_key(admin1_key)
                           if c.place.fcode == "ADM1" and c.place.country == country), None)
            if cached is not None:
                self._admin1_by_name[(country, admin1_key)] = cached
        return cached

    def candidates(self, mention: Mention) -> list[Candidate]:
        """Every index entry the mention's text may name: its folded key, an abbreviation ("Calif."), then
        without a unit word ("Kandahar province") or an Arabic article; "County" mentions look up the county."""
        text = mention.text.strip()
        found = list(self.index.lookup(text))
        abbr = self.abbreviations.get(text)
        if abbr is not None and abbr[2] == "name":
            unit = self._admin1_place(abbr[0], abbr[1])
            if unit is not None:
                found.append(Candidate(unit))
        key = fold_cached(text)
        if mention.county and not key.endswith(" county"):
            found += self.index._lookup_key(key + " county")
        if not found:
            for word in _UNIT_WORDS:
                if key.endswith(" " + word):
                    bare = self.index._lookup_key(key[: -len(word) - 1])
                    # "Kandahar province" is the province; "Gaza city" the city
                    found = [c for c in bare if c.place.is_area != (word == "city")] or bare
                    break
        if not found and key.startswith(_ARTICLES):
            found = self.index._lookup_key(key.split(" ", 1)[1])
        unique: dict[int, Candidate] = {}
        for c in found:
            if c.place.id not in unique or unique[c.place.id].alternate and not c.alternate:
                unique[c.place.id] = c
        return list(unique.values())

    def _qualifier_place(self, target: tuple[str, str | None]) -> GeoPlace | None:
        country, admin1 = target
        return self._admin1_place(country, admin1) if admin1 else self.index.country(country)

    def qualifier_targets(self, qualifier: str) -> list[tuple[str, str | None]]:
        """What a written qualifier names: (ISO3, folded admin1 name) or (ISO3, None) for a country."""
        q = qualifier.strip().rstrip(",")
        out: list[tuple[str, str | None]] = []
        abbr = self.abbreviations.get(q) or self.abbreviations.get(q.rstrip("."))
        if abbr is not None:
            out.append((abbr[0], abbr[1]))
        for c in self.index.lookup(q):
            p = c.place
            if c.alternate or p.country is None:
                continue
            if p.precision == "country":
                out.append((p.country, None))
            elif p.precision == "admin1":
                out.append((p.country, fold_cached(p.admin1 or p.name)))
        return out

    # --- scoring ----------------------------------------------------------------------------------------

    def _static(self, cand: Candidate, group: _Group, context: DocumentContext,
                qualifiers: list[tuple[str, str | None]]) -> tuple[float, list[str]]:
        w = self.weights
        p = cand.place
        mention = group.mentions[0]
        score = w.population * math.log10(p.population + 1)
        reasons = [f"population:{p.population}"]
        if p.population >= w.famous_population and p.precision == "city" and not cand.alternate:
            score += w.famous
            reasons.append("famous")
        if cand.alternate:
            score += w.alternate
            reasons.append("name:alternate")
        if p.common and not cand.alternate:
            score += w.common_word
            reasons.append("name:common-word")
        if p.precision == "country":
            score += w.country_name
            reasons.append("feature:country")
        elif p.precision == "admin1":
            score += w.admin1_name
            reasons.append("feature:admin1")
        elif p.precision == "region":
            score += w.region_name
            reasons.append("feature:region")
        if p.id < 0 and p.fcode != "ADM2" and p.id not in self.namesakes:
            score += w.curated
            reasons.append("curated")
        if mention.text.isupper() and len(mention.text.replace(".", "")) <= 3 and not p.name.isupper() \
                and cand.place.precision not in ("country", "admin1"):
            score += w.acronym
            reasons.append("name:acronym")
        if qualifiers and not group.list_item:
            match = _qualifier_match(p, qualifiers)
            if match == "admin1":
                score += w.qualifier_admin1
                reasons.append("qualifier:admin1")
            elif match == "country":
                score += w.qualifier_country
                reasons.append("qualifier:country")
            elif match == "miss":
                score += w.qualifier_miss
                reasons.append("qualifier:miss")
        if mention.capital and p.fcode == "PPLC":
            score += w.capital
            reasons.append("capital")

        if mention.county and p.fcode == "ADM2":
            score += w.county
            reasons.append("county")
        regions = {fold_cached(k): v for k, v in context.regions.items()}
        if p.admin1 and p.precision != "admin1" and regions.get(fold_cached(p.admin1), 0) > 0:
            score += w.context_admin1 * min(1.0, regions[fold_cached(p.admin1)])
            reasons.append("context:region")
        return score, reasons

    def _dynamic(self, p: GeoPlace, state: _State, group_key: str,
                 siblings: set[str] | frozenset[str] = frozenset()) -> tuple[float, list[str]]:
        w = self.weights
        score = 0.0
        reasons: list[str] = []
        if p.precision in ("admin1", "admin2", "country") and any(
                state.levels.get(k) == (p.precision, p.country) for k in siblings):
            # the items of a list are of one kind: provinces of one country, or countries
            score += w.list_level
            reasons.append("list:same-level")
        top = max(state.countries.values(), default=0.0)
        share = state.countries.get(p.country or "", 0.0) / top if top > 0 else 0.0
        if share > 0:
            score += w.context_country * share
            reasons.append(f"context:country:{share:.2f}")
        if share > 0 and p.id in self.namesakes:
            # a curated namesake (Palma, Mozambique) is meant only where the document points to its country
            score += w.curated * share
            reasons.append("curated:namesake")
        if p.fcode == "PPLC" and (share > 0 or top == 0):
            # a bare "Washington" is the capital, unless the document is about another country
            score += w.national_capital
            reasons.append("feature:capital")
        if p.admin1 and p.precision not in ("admin1", "country", "region"):
            a1 = state.admin1.get((p.country or "", fold_cached(p.admin1)), 0.0)
            if a1 > 0:
                score += w.context_admin1 * min(1.0, a1)
                reasons.append("context:admin1")
        if state.dateline is not None and p.country == state.dateline.country and p.precision != "country":
            score += w.dateline_country
            reasons.append("dateline:country")
        if p.lat is not None and p.lon is not None and p.precision in ("city", "point", "admin2") and state.points:
            best = min(((distance_km(p.lat, p.lon, la, lo), name) for name, la, lo in state.points
                        if name != group_key), default=None)
            if best is not None:
                km, name = best
                bonus = w.near * math.exp(-km / w.near_scale_km)
                if bonus >= 0.1:
                    score += bonus
                    reasons.append(f"near:{name}:{km:.0f}")
        return score, reasons

    # --- the document -----------------------------------------------------------------------------------

    def resolve(self, mentions: Sequence[Mention], context: DocumentContext | None = None) -> list[Resolution | None]:
        """One answer per mention, in order: the best place with its reasons, or None (not a place by the
        caller's reading, or not in the index)."""
        context = context or DocumentContext()
        state = _State(countries=dict(context.countries), admin1={})
        for name, weight in context.regions.items():
            for c in self.index.lookup(name):
                if c.place.precision == "admin1" and c.place.country and not c.alternate:
                    state.admin1[(c.place.country, fold_cached(c.place.admin1 or c.place.name))] = weight
        if context.dateline:
            state.dateline = self._resolve_alone(Mention(context.dateline, -1, -1), context)
            if state.dateline is not None:
                state.countries[state.dateline.country or ""] = state.countries.get(state.dateline.country or "",
                                                                                     0.0) + 1.0
                if state.dateline.lat is not None and state.dateline.lon is not None:
                    state.points.append(("dateline", state.dateline.lat, state.dateline.lon))
        groups = self._groups(mentions, context)
        _link_lists(groups, self.weights.list_gap)
        for g in groups:  # a written qualifier ("Parkland, Florida") also says what the document is about
            for country, admin1 in g.qualifiers[:1]:
                state.countries[country] = state.countries.get(country, 0.0) + 0.5
                if admin1:
                    state.admin1[(country, admin1)] = state.admin1.get((country, admin1), 0.0) + 0.5
        answers: dict[str, tuple[Candidate, float, list[str]]] = {}
        pending = [g for g in groups if g.candidates]
        while pending:
            best_group: _Group | None = None
            best_key = (-math.inf, -math.inf)
            best_pick: tuple[Candidate, float, list[str]] | None = None
            for g in pending:
                ranked = self._rank(g, state)
                margin = ranked[0][1] - ranked[1][1] if len(ranked) > 1 else 100.0
                if (margin, ranked[0][1]) > best_key:
                    best_key, best_group, best_pick = (margin, ranked[0][1]), g, ranked[0]
            assert best_group is not None and best_pick is not None
            pending.remove(best_group)
            answers[best_group.key] = best_pick
            self._learn(best_pick[0].place, len(best_group.mentions), best_group.key, state)
            state.levels[best_group.key] = (best_pick[0].place.precision, best_pick[0].place.country)
        out: list[Resolution | None] = []
        keys = {id(m): g.key for g in groups for m in g.mentions}
        for m in mentions:
            key = keys.get(id(m))
            if key is None or key not in answers:
                out.append(None)
                continue
            cand, score, reasons = answers[key]
            lat, lon, extra = self._point(cand.place)
            out.append(Resolution(mention=m, place=cand.place, score=round(score, 3), reasons=tuple(reasons + extra),
                                  lat=lat, lon=lon))
        return out

    def _groups(self, mentions: Sequence[Mention], context: DocumentContext) -> list[_Group]:
        groups: dict[str, _Group] = {}
        for m in mentions:
            if m.reading in NOT_PLACE_READINGS:
                continue
            key = "|".join((fold_cached(m.text), fold_cached(m.qualifier or ""), str(m.capital), str(m.county)))
            if key in groups:
                groups[key].mentions.append(m)
                continue
            groups[key] = _Group(key=key, mentions=[m], candidates=self.candidates(m))
        for g in groups.values():
            qualifiers = self.qualifier_targets(g.mentions[0].qualifier) if g.mentions[0].qualifier else []
            g.qualifiers = qualifiers
            g.list_item = any(_same_level(c, qualifiers) for c in g.candidates)
            if qualifiers and not g.list_item and all(_qualifier_match(c.place, qualifiers) == "miss"
                                                       for c in g.candidates) \
                    and not any(c.place.population >= self.weights.famous_population for c in g.candidates):
                # (a famous city is not replaced by its "qualifier": "New York City, Long Island")
                # "Fife, Scotland" where the index lacks Fife: what the qualifier names is the best answer
                unit = self._qualifier_place(qualifiers[0])
                if unit is not None:
                    g.candidates = [Candidate(unit)]
                    g.static = [(0.0, ["qualifier:fallback"])]
                    continue
            scored = [(c, self._static(c, g, context, qualifiers)) for c in g.candidates]
            scored.sort(key=lambda x: -x[1][0])
            scored = scored[: self.weights.candidate_cap]
            g.candidates = [c for c, _ in scored]
            g.static = [s for _, s in scored]
        return list(groups.values())

    def _rank(self, g: _Group, state: _State) -> list[tuple[Candidate, float, list[str]]]:
        ranked = []
        for cand, (score, reasons) in zip(g.candidates, g.static, strict=True):
            dyn, why = self._dynamic(cand.place, state, g.key, g.siblings)
            ranked.append((cand, score + dyn, reasons + why))
        ranked.sort(key=lambda x: (-x[1], x[0].place.id))
        return ranked

    def _learn(self, p: GeoPlace, count: int, key: str, state: _State) -> None:
        if p.country:
            state.countries[p.country] = state.countries.get(p.country, 0.0) + count
        if p.precision == "admin1" and p.country:
            k = (p.country, fold_cached(p.admin1 or p.name))
            state.admin1[k] = state.admin1.get(k, 0.0) + 1.0
        if p.lat is not None and p.lon is not None and p.precision in ("city", "point", "admin2"):
            state.points.append((key, p.lat, p.lon))

    def _resolve_alone(self, mention: Mention, context: DocumentContext) -> GeoPlace | None:
        groups = self._groups([mention], context)
        if not groups or not groups[0].candidates:
            return None
        return self._rank(groups[0], _State(countries=dict(context.countries), admin1={}))[0][0].place

    def _point(self, p: GeoPlace) -> tuple[float | None, float | None, list[str]]:
        """The answer's coordinates: the place's, else its division's (a county), else its country's."""
        if p.lat is not None and p.lon is not None:
            return p.lat, p.lon, []
        if p.country and p.admin1_code and p.precision != "admin1":
            unit = self.index.admin1(p.country, p.admin1_code)
            if unit is not None and unit.lat is not None:
                return unit.lat, unit.lon, ["point:admin1"]
        if p.country and p.precision != "country":
            nation = self.index.country(p.country)
            if nation is not None and nation.lat is not None:
                return nation.lat, nation.lon, ["point:country"]
        return None, None, []


def namesake_ids() -> frozenset[int]:
    """The index ids of places_extra.csv's namesakes."""
    from importlib import resources

    from polemos.knowledge.gazetteer import EXTRAS_FILE, read_extras

    text = resources.files("polemos").joinpath("data", EXTRAS_FILE).read_text(encoding="utf-8")
    return frozenset(namesake_id(e.name, e.country) for e in read_extras(text)[0] if e.source == "namesake")


def _link_lists(groups: Sequence[_Group], gap: int) -> None:
    """Give each group the other groups of its lists: mentions chained at most ``gap`` characters apart
    (", ", " and ", ", and "), unless the right one qualifies the left ("Parkland, Florida"; "Idaho,
    Illinois" is a list). The whole chain counts, so that the last item learns from the first ones."""
    placed = sorted(((m.start, m.end, g) for g in groups for m in g.mentions if m.start >= 0), key=lambda x: x[:2])
    chain: list[_Group] = []
    chains: list[list[_Group]] = []
    for (_, end, left), (start, _, right) in pairwise(placed):
        linked = left is not right and 0 < start - end <= gap and not (left.qualifiers and not left.list_item)
        if linked:
            chain = chain or [left]
            chain.append(right)
        elif chain:
            chains.append(chain)
            chain = []
    if chain:
        chains.append(chain)
    for items in chains:
        keys = {g.key for g in items}
        for g in items:
            g.siblings |= keys - {g.key}


def _qualifier_match(p: GeoPlace, qualifiers: list[tuple[str, str | None]]) -> str | None:
    """"admin1" or "country" where the place lies in what the qualifier names, "miss" where it does not,
    None where a qualifier cannot apply (a country or region is qualified by nothing)."""
    if p.precision in ("country", "region"):
        return None
    best: str | None = "miss"
    for country, admin1 in qualifiers:
        if p.country != country:
            continue
        if admin1 is None:
            best = "country"
        elif p.precision != "admin1" and p.admin1 and fold_cached(p.admin1) == admin1:
            return "admin1"
    return best


def _same_level(cand: Candidate, qualifiers: list[tuple[str, str | None]]) -> bool:
    """Whether the "qualifier" is the next item of a list: a country after a country ("China, Japan"), a
    division after a division of the same country ("Idaho, Illinois")."""
    p = cand.place
    if cand.alternate:
        return False
    return any(p.precision == "country" and admin1 is None or
               p.precision == "admin1" and admin1 is not None and p.country == country
               for country, admin1 in qualifiers)


def resolve_places(mentions: Sequence[Mention], *, context: DocumentContext | None = None,
                   index: GeoIndex | None = None) -> list[Resolution | None]:
    """Resolve one document's place mentions (see `Resolver.resolve`)."""
    return Resolver(index).resolve(mentions, context)


def country_weights(counts: Mapping[str, float]) -> dict[str, float]:
    """Country weights for a `DocumentContext` from raw counts (demonyms, actors): each count's share."""
    total = sum(counts.values())
    return {k: v / total for k, v in counts.items() if v > 0} if total else {}


__all__ = ["NOT_PLACE_READINGS", "Resolver", "Weights", "country_weights", "resolve_places"]
