"""Toponyms resolved with the offline gazetteer, and the place where an event happened."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from polemos.knowledge.gazetteer import Gazetteer
from polemos.knowledge.geonames import Resolver
from polemos.lang.en.words import REPORTING
from polemos.models import Place
from polemos.nlp.places.cues import (
    BORDER_NOUNS,
    LOCATIVE,
    PLACE_LABELS,
    SETTLEMENT_NOUNS,
    UNIT_NOUNS,
    _link_rank_of,
    _locative_propns,
    _root_of_conjuncts,
)
from polemos.nlp.places.geocode import Request, default_resolver, document_context, geocode, geoplace_to_place
from polemos.nlp.places.spans import (
    dateline_span,
    landmark_names,
    listed_with_people,
    premises_towns,
    widen_to_names,
)
from polemos.nlp.resources import Resources

# Kinds of actor that act for a whole country: their national measures happen in it ("declared a state of emergency").
_NATIONAL_KINDS = frozenset({"state", "government", "person"})


# Actors that a mention tagged as a place may really be ("Qassem Soleimani" tagged GPE).
_NOT_PLACE_KINDS = frozenset({"person", "armed_group", "party", "movement", "igo", "ngo", "media", "company"})


def register_extensions() -> None:
    """`span._.place` (a Place) on doc.spans["places"]."""
    if not Span.has_extension("place"):
        Span.set_extension("place", default=None)


def _clean(span: Span) -> Span:
    """The span without a leading 'the', a trailing possessive "'s" or trailing punctuation."""
    start, end = span.start, span.end
    if span[0].lower_ == "the" and len(span) > 1:
        start += 1
    if span.doc[end - 1].tag_ == "POS" and end - start > 1:
        end -= 1
    while end - start > 1 and span.doc[end - 1].is_punct:  # "Free Trade Agreement (" tagged with its bracket
        end -= 1
    return span.doc[start:end]


def _extension(span: Span, gaz: Gazetteer) -> tuple[Span, str, bool] | None:
    """A landmark or unit noun after the toponym: ("Kabul airport", is_landmark)."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].tag_ == "POS":  # "Hong Kong's airport"
        i += 1
    for width in (2, 1):
        if i + width > len(doc):
            continue
        words = doc[i:i + width]
        if any(not t.is_lower for t in words):
            continue
        if gaz.is_feature(words.text):
            return doc[span.start:i + width], f"{span.text} {words.text}", True
        if width == 1 and words.text in UNIT_NOUNS and i == span.end:
            return doc[span.start:i + 1], f"{span.text} {words.text}", False
    return None


def find_places(doc: Doc, gaz: Gazetteer, matcher: PhraseMatcher | None = None, *,
                resolver: Resolver | None = None) -> list[tuple[Span, Place]]:
    """Toponym mentions of a parsed doc, geocoded together with the GeoNames ``resolver`` (the shared index's by
    default) in the document's context; unresolved ones keep just their name."""
    if matcher is None:
        matcher = extras_matcher(doc.vocab, gaz)
    resolver = resolver if resolver is not None else default_resolver()
    not_places = _non_place_actors(doc)
    cands = [e for e in doc.ents if e.label_ in PLACE_LABELS and (e.start_char, e.end_char) not in not_places
             and not listed_with_people(e, gaz)]
    cands += [doc[s:e] for _, s, e in matcher(doc)]
    cands += _locative_propns(doc, gaz, cands)
    cands += _named_settlements(doc, cands)
    cands += _misread_places(doc, gaz)
    named_landmarks = landmark_names(doc, gaz, taken := {t.i for s in cands for t in s}, _locative_noun)
    cands += named_landmarks + premises_towns(doc, gaz, taken)
    taken = {t.i for s in cands for t in s}
    cands += [s for s in [dateline_span(doc)] if s is not None and taken.isdisjoint(range(s.start, s.end))]
    spans = widen_to_names([_clean(s) for s in filter_spans(cands)], resolver.index)
    weights = context_weights(doc, gaz, spans)
    out: list[tuple[Span, Place]] = _border_places(doc, gaz, {t.i for s in spans for t in s})
    requests = _possessed_units(doc, gaz, spans)
    unit_tokens = {t.i for r in requests for t in r.span}
    spans = [s for s in spans if unit_tokens.isdisjoint(range(s.start, s.end))]
    out += _capitals(doc, gaz, spans, {t.i for s in spans for t in s} | unit_tokens, resolver)
    for span in spans:
        if not (span.text[:1].isupper() or _qualified_name(span, gaz)) or gaz.country_of_demonym(span.text):
            continue
        if all(gaz.is_qualifier(w) for w in span.text.split()):
            continue  # "if the North attacked again": a side of a divided country, not the region of that name
        ext = _extension(span, gaz)
        if ext is not None:
            whole, name, landmark = ext
            if not landmark or gaz.resolve(name) is not None:
                # "Tigray region", "Idlib province", a curated landmark ("Kabul airport" in places_extra.csv)
                requests.append(Request(whole, lookup=name, name=whole.text))
                continue
            requests.append(Request(whole, lookup=span.text, name=name, landmark=True))
            continue
        comma = next((t.i for t in span if t.text == ","), None)
        if comma is not None and span.start < comma < span.end - 1:
            # "Windsor, Ontario" tagged as one entity: the town, qualified by what follows the comma
            head = span.doc[span.start:comma]
            requests.append(Request(span, lookup=head.text, name=head.text,
                                    qualifier=span.doc[comma + 1:span.end].text))
            continue
        requests.append(Request(span, lookup=span.text, name=span.text))
    context = document_context(doc, weights)
    for request, place in zip(requests, geocode(requests, context=context, resolver=resolver, gaz=gaz),
                              strict=True):
        if request.landmark and place.country is not None and _foreign_landmark(request.span, place, named_landmarks,
                                                                                weights):
            place = Place(name=request.name)  # "at the Sandino airport": a namesake town abroad is no answer for a landmark's name
        if request.landmark and place.lat is None:
            # a landmark of an unknown town: the town's name alone, as recognised
            base = request.span[:len(request.span) - len(request.name.split()) + len(request.lookup.split())]
            out.append((base, Place(name=base.text, start=base.start_char, end=base.end_char)))
            continue
        out.append((request.span, place))
    _named_settlements_unresolved(out)
    _parts_of_towns(out)
    return sorted(out, key=lambda x: x[0].start)


def _locative_noun(tok: Token) -> bool:
    """A noun that says where ("near the temple", "on the avenue")."""
    return _link_rank_of(tok) == 0 or tok.dep_ == "pobj" and tok.head.lower_ == "on"


#: How strongly (against the document's main country) the document must point to the country of the town a
#: landmark's name was read as.
LANDMARK_MIN_WEIGHT = 0.3


def _foreign_landmark(span: Span, place: Place, named: Sequence[Span], weights: dict[str, float]) -> bool:
    """A landmark whose name `landmark_names` found, read as a town of a country the document hardly names."""
    if not any(n.start == span.start for n in named):
        return False
    top = max(weights.values(), default=0.0)
    return top > 0 and weights.get(place.country or "", 0.0) < LANDMARK_MIN_WEIGHT * top


def _named_settlements_unresolved(found: list[tuple[Span, Place]]) -> None:
    """Names the index lacks that the text calls a town, village or island somewhere ("near the village of
    Halgan", "on Yeonpyeong island"): a settlement at every mention (one sense per document), in the country
    its context gives (`attach.context_country`)."""
    unresolved = [(span, place) for span, place in found
                  if place.country is None and place.lat is None and place.precision is None]
    named = {span.text for span, _ in unresolved if named_settlement(span)}
    for span, place in unresolved:
        if span.text in named:
            place.precision, place.reasons = "city", ("settlement-noun",)


def _parts_of_towns(found: list[tuple[Span, Place]]) -> None:
    """A name the index lacks that a known town's possessive owns ("Tripoli's Ain Zara district", "Yerevan's
    Republic Square") is a part of that town: its country, division and point."""
    by_end = {span.end: place for span, place in found}
    for span, place in found:
        doc = span.doc
        if place.country is not None or place.lat is not None or span.start < 2 or doc[span.start - 1].tag_ != "POS":
            continue
        town = by_end.get(span.start - 1)
        if town is None or town.precision != "city" or town.lat is None:
            continue
        place.country, place.admin1, place.admin2 = town.country, town.admin1, town.admin2
        place.lat, place.lon, place.precision = town.lat, town.lon, "point"
        place.reasons = (f"part-of:{town.name}",)


def _qualified_name(span: Span, gaz: Gazetteer) -> bool:
    """A name after lower-case qualifier words the model took into the entity ("eastern Democratic Republic of
    Congo"): geocoded as a region of the name (`geocode`'s second pass)."""
    i = 0
    while i < len(span) - 1 and span[i].is_lower and gaz.is_qualifier(span[i].text):
        i += 1
    return 0 < i < len(span) and span[i].text[:1].isupper()


# Settlement nouns that make the name they introduce a populated place ("the village of Halgan", "the town
# Chibok"); units ("the province of ...") and areas are left to the resolver.
_TOWN_NOUNS = frozenset({"city", "town", "village", "capital", "port", "suburb", "neighbourhood", "neighborhood",
                         "camp", "hamlet", "outskirts"})


def named_settlement(span: Span) -> bool:
    """Whether the text calls the name a town, village or island: "the village of Halgan", "the town, Moqokori",
    "the Nigerian town Chibok", "the outskirts of Ain Zara", "Yeonpyeong island"."""
    root = _root_of_conjuncts(span)
    head = root.head
    if root.dep_ == "appos" and head.lower_ in _TOWN_NOUNS or _called_town(root):
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i and head.head.lemma_.lower() in _TOWN_NOUNS:
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in _TOWN_NOUNS and before.pos_ == "NOUN":
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.is_lower and after.lower_ in _AFTER_NAME_NOUNS


def _called_town(tok: Token) -> bool:
    """The name has a town noun in apposition: "Ain Zara, a southern suburb", "Gharyan, a town 80 km south"."""
    return any(c.dep_ == "appos" and c.lower_ in _TOWN_NOUNS and c.i > tok.i for c in tok.children)


# Nouns after a name that make it a settlement ("Yeonpyeong island", "Halgan village").
_AFTER_NAME_NOUNS = frozenset({"island", "village", "town"})


# Words before a capitalised name that make it a person's ("Mr Jackson", "General Austin").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "president", "minister", "general", "gen", "colonel",
                         "sheikh", "king", "prince", "princess", "queen", "judge", "senator", "governor", "mayor",
                         "commander", "lieutenant", "captain", "chief", "spokesman", "spokeswoman", "leader"})


# Prepositions after which a settlement's name is a place, whatever the model tagged it.
_PLACE_PREPS = frozenset(LOCATIVE) - {"of", "to", "on", "over", "off"} | {"towards", "toward"}


# A single name read as a person's is a place in any position only if it is a town of this size.
_BARE_TOWN_POPULATION = 30_000


def _misread_places(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Settlements the model read as a person, an organisation or nothing ("Gunmen shelled Homs"), that no
    actor claims."""
    # a capital standing for its government ("Sanaa") may still be the place; a group or person may not
    actor_tokens = {t.i for s in doc.spans.get("actors", []) for t in s
                    if s.has_extension("actor") and s._.actor is not None and s._.actor.kind in _NOT_PLACE_KINDS}
    names = [e for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    names += [doc[t.i:t.i + 1] for t in doc if not t.ent_type_ and t.pos_ == "PROPN" and t.dep_ in ("dobj", "pobj")]
    return [s for s in names if actor_tokens.isdisjoint(range(s.start, s.end)) and person_is_place(s, gaz)]


def person_is_place(ent: Span, gaz: Gazetteer) -> bool:
    """A name the model tagged PERSON (or ORG, or nothing) that is a settlement: the gazetteer knows it below
    country level and it stands where places stand ("in Sanaa", "the capital Sanaa"), or it names a sizeable
    town and the doc never uses it after a title or inside a longer person's name ("shelled Kremenchuk")."""
    if not 1 <= len(ent) <= 3 or not all(t.text[:1].isupper() for t in ent if t.is_alpha):
        return False
    entry = gaz.resolve(ent.text)
    if entry is None or entry.precision == "country":
        return False
    root = _root_of_conjuncts(ent)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _PLACE_PREPS:
        return True
    if root.dep_ == "appos" and head.lower_ in SETTLEMENT_NOUNS or \
            root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SETTLEMENT_NOUNS:
        return True
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in SETTLEMENT_NOUNS:
        return True  # "the capital Sanaa" parsed as a compound
    if entry.source != "city" or entry.population < _BARE_TOWN_POPULATION:
        return False
    if before is not None and (before.lower_.rstrip(".") in _HONORIFICS or before.text[:1].isupper()
                               and not before.is_sent_start and before.ent_type_ != "NORP"):
        return False
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX") and \
            root.head.lemma_.lower() in REPORTING:
        return False  # "Jackson said"
    words = {t.text for t in ent}
    return not any(e.label_ == "PERSON" and len(e) > len(ent) and words & {t.text for t in e} for e in doc.ents)


# Actor kinds whose country the KB gives outright (not borrowed from the context).
_KB_KINDS = frozenset({"state", "government", "armed_group", "party", "movement", "person", "armed_forces",
                       "police", "media", "company", "ngo"})


def context_weights(doc: Doc, gaz: Gazetteer, spans: Sequence[Span] = ()) -> dict[str, float]:
    """How strongly the document points to each country: demonyms, countries named, places that only one
    country has, and the KB's actors. Disambiguates toponyms ("Tripoli" in a Lebanon story, "Imo" in a
    Nigerian one)."""
    weights: dict[str, float] = {}
    for t in doc:
        if t.ent_type_ == "NORP" and (c := gaz.country_of_demonym(t.text)):
            weights[c] = weights.get(c, 0.0) + 1.0
    for span in spans:
        entry = gaz.resolve(span.text)
        countries = {e.country for e in gaz.candidates(span.text) if e.country}
        if entry is not None and entry.precision == "country" and entry.country:
            weights[entry.country] = weights.get(entry.country, 0.0) + 1.0
        elif len(countries) == 1:
            (only,) = countries
            weights[only] = weights.get(only, 0.0) + 1.0
    for span in doc.spans.get("actors", []):
        actor = span._.actor if span.has_extension("actor") else None
        if actor is not None and actor.country and actor.actor_id and actor.kind in _KB_KINDS:
            weights[actor.country] = weights.get(actor.country, 0.0) + 0.5
    return weights


def _non_place_actors(doc: Doc) -> set[tuple[int, int]]:
    """Character ranges of actor mentions that cannot be places (persons, groups, organisations)."""
    out = set()
    for span in doc.spans.get("actors", []):
        actor = getattr(span._, "actor", None) if span.has_extension("actor") else None
        if actor is not None and actor.kind in _NOT_PLACE_KINDS:
            out.add((span.start_char, span.end_char))
    return out


def _named_settlements(doc: Doc, known: list[Span]) -> list[Span]:
    """Proper nouns a settlement noun names ("the town of Gwoza", "the village of Dahyan"), known to the
    gazetteer or not."""
    taken = {t.i for s in known for t in s}
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_ == "DATE":
            continue
        prep = tok.head
        if not _called_town(tok) and (tok.dep_ != "pobj" or tok.ent_type_ == "PERSON" or prep.lower_ != "of"
                                      or prep.head.i == prep.i or prep.head.lower_ not in SETTLEMENT_NOUNS):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        out.append(doc[start:tok.i + 1])
    return out


# Unit nouns that make "<Country>'s <Name> <noun>" a first-level division of that country; "strip" names none.
_ADMIN_NOUNS = frozenset(UNIT_NOUNS) - {"strip"}


_MAX_UNIT_WORDS = 5  # words of a division's name ("Deir ez - Zor", "Cross River")


# Lower-case words inside a division's name ("Deir ez-Zor", "Kafr el-Sheikh").
_NAME_LINKS = frozenset({"-", "ez", "es", "el", "al", "ad", "ar", "as", "an", "de", "del", "do", "da"})


def _possessed_units(doc: Doc, gaz: Gazetteer, spans: Sequence[Span]) -> list[Request]:
    """A division the country's possessive names ("in Nigeria's Zamfara state", "Indonesia's restive Papua
    province"): a request for a place of that country at admin1 precision (a district or county at admin2),
    whether or not the index knows it."""
    out: list[Request] = []
    n = len(doc)
    for span in spans:
        i = span.end
        if i >= n or doc[i].tag_ != "POS":
            continue
        entry = gaz.resolve(span.text)
        if entry is None or entry.precision != "country" or not entry.country:
            continue
        j = i + 1
        while j < n and doc[j].is_lower and doc[j].pos_ == "ADJ":
            j += 1  # "Nigeria's northwestern Zamfara state"
        k = j
        while k < n and k - j < _MAX_UNIT_WORDS and (doc[k].text[:1].isupper() or k > j and doc[k].text in _NAME_LINKS):
            k += 1
        if k == j or k >= n or doc[k].lower_ not in _ADMIN_NOUNS or not doc[k - 1].text[:1].isupper() \
                or not all(t.is_alpha or t.text == "-" for t in doc[j:k]) or gaz.country_of_demonym(doc[j:k].text):
            continue
        unit = doc[j:k + 1]
        lower = doc[k].lower_ in ("district", "county")
        out.append(Request(unit, lookup=unit.text, name=unit.text, country=entry.country, qualifier=span.text,
                           precision="admin2" if lower else "admin1", admin1=None if lower else doc[j:k].text))
    return out


# Words that, coming right after "capital", make it something else than a city standing alone ("the capital
# Kabul", "the capital of Tigray", "capital punishment" are left to other rules or to nothing).
_CAPITAL_OWNERS = frozenset({"its", "their", "country", "nation"})


# How many times the toponyms of the most-named country must outnumber those of the next for "the capital" to
# be that country's.
_CAPITAL_MARGIN = 2


def _capitals(doc: Doc, gaz: Gazetteer, spans: Sequence[Span], taken: set[int],
              resolver: Resolver) -> list[tuple[Span, Place]]:
    """"the capital" standing alone: the capital city of "<Country>'s capital", else of the country the
    document's toponyms clearly point to ("bombs tore through Baghdad's Sadr City ... a curfew on the capital").
    Demonyms and actors do not count: attackers are often named by their nationality abroad."""
    n = len(doc)
    cands = [t for t in doc if t.lower_ == "capital" and t.pos_ == "NOUN" and t.i not in taken]
    if not cands:
        return []
    named: Counter[str] = Counter()
    for span in spans:
        entry = gaz.resolve(span.text)
        if entry is not None and entry.country and not gaz.country_of_demonym(span.text):
            named[entry.country] += 1
    ranked = named.most_common(2)
    clear = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= _CAPITAL_MARGIN * ranked[1][1]) \
        else None
    out: list[tuple[Span, Place]] = []
    for tok in cands:
        end = tok.i + 2 if tok.i + 1 < n and doc[tok.i + 1].lower_ == "city" else tok.i + 1  # "the capital city"
        nxt = doc[end] if end < n else None
        if tok.dep_ in ("compound", "amod") and end == tok.i + 1 or nxt is not None and (
                nxt.lower_ == "of" or nxt.text[:1].isupper()
                or nxt.text == "," and end + 1 < n and doc[end + 1].pos_ == "PROPN"):
            continue  # "capital punishment", "the capital of Tigray", "the capital Kabul", "the capital, Kabul"
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is None:
            continue
        country: str | None = None
        if prev.tag_ == "POS":
            owner = next((s for s in spans if s.end == prev.i), None)
            entry = gaz.resolve(owner.text) if owner is not None else None
            if entry is not None and entry.precision == "country":
                country = entry.country
            elif doc[prev.i - 1].lower_ in _CAPITAL_OWNERS:
                country = clear  # "the country's capital"
        elif prev.lower_ == "the" or prev.lower_ in _CAPITAL_OWNERS:
            country = clear
        city = resolver.index.capital(country) if country else None
        if city is None:
            continue
        span = doc[tok.i:end]
        out.append((span, geoplace_to_place(city, name=city.name, start=span.start_char, end=span.end_char,
                                            reasons=("capital:" + (country or ""),))))
    return out


def _border_places(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[tuple[Span, Place]]:
    """A demonym before a border noun is a place of that country ("at the Colombian border"), unless the
    noun only modifies an actor's name ("Chinese coast guard vessels", "Turkish border guards")."""
    actor_ends = [(a.start, a.end) for a in doc.spans.get("actors", [])]
    out = []
    lower = [t.lower_ for t in doc]  # read once: each doc[i] builds a Token
    n = len(doc)
    for tok in doc:
        i = tok.i
        if i in taken or not tok.text[:1].isupper() or i + 1 >= n:
            continue
        width = 2 if i + 2 < n and f"{lower[i + 1]} {lower[i + 2]}" in BORDER_NOUNS \
            else 1 if lower[i + 1] in BORDER_NOUNS else 0
        if not width or (country := gaz.country_of_demonym(tok.text)) is None:
            continue
        span = doc[tok.i:tok.i + 1 + width]
        if any(a_start <= span.start and a_end > span.end for a_start, a_end in actor_ends):
            continue
        out.append((span, Place(name=span.text, country=country, precision="region",
                                start=span.start_char, end=span.end_char)))
    return out


def extras_matcher(vocab: Vocab, gaz: Gazetteer) -> PhraseMatcher:
    """A matcher for the curated names the statistical model tags inconsistently ("US Capitol")."""
    import spacy

    tokenizer = spacy.blank("en", vocab=vocab)
    matcher = PhraseMatcher(vocab)
    names = {e.name for bucket in gaz.index.values() for e in bucket if e.source == "extra"}
    matcher.add("PLACE", [tokenizer.make_doc(n) for n in sorted(names)])
    return matcher


class PlaceRecognizer:
    """Finds toponyms, geocodes them with the GeoNames index and stores them in doc.spans["places"]."""

    def __init__(self, nlp: Language, resources: Resources) -> None:
        self.resources = resources
        self.gazetteer = resources.gazetteer
        self.matcher = extras_matcher(nlp.vocab, self.gazetteer)
        self._resolver: Resolver | None = None

    @property
    def resolver(self) -> Resolver:
        """The resolver over the GeoNames index, opened (or built) on the first document."""
        if self._resolver is None:
            self._resolver = default_resolver()
        return self._resolver

    def __call__(self, doc: Doc) -> Doc:
        doc._.resources = self.resources
        spans = []
        for span, place in find_places(doc, self.gazetteer, self.matcher, resolver=self.resolver):
            s = Span(doc, span.start, span.end, label="PLACE")
            s._.place = place
            spans.append(s)
        doc.spans["places"] = spans
        return doc


def make_place_recognizer(nlp: Language, name: str, resources: Resources) -> PlaceRecognizer:
    """Build the component on the resources' gazetteer."""
    return PlaceRecognizer(nlp, resources)
