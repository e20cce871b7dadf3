"""Toponyms resolved with the offline gazetteer, and the place where an event happened."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from polemos.gazetteer import Gazetteer, load_gazetteer
from polemos.models import Actor, Place
from polemos.nlp.counts import owning_trigger

PLACE_LABELS = ("GPE", "LOC", "FAC")
# Nouns after a toponym that name the unit itself ("the Tigray region", "Idlib province").
UNIT_NOUNS = ("region", "province", "state", "governorate", "district", "oblast", "county", "strip")
# Nouns that a toponym names through "of" or apposition ("the town of Samarra", "the capital Kabul").
SETTLEMENT_NOUNS = frozenset(UNIT_NOUNS + ("city", "town", "village", "capital", "port", "enclave", "area",
                                           "suburb", "neighbourhood", "neighborhood", "camp", "outskirts"))
# Prepositions that put an event somewhere ("in Vienna") rank before other links ("Sudan's army").
LOCATIVE = {"in": 0, "at": 0, "near": 0, "outside": 0, "inside": 0, "across": 0, "throughout": 0,
            "within": 0, "around": 0, "into": 0, "on": 1, "of": 1, "to": 1, "from": 2}


def register_extensions() -> None:
    """`span._.place` (a Place) on doc.spans["places"]."""
    if not Span.has_extension("place"):
        Span.set_extension("place", default=None)


def _clean(span: Span) -> Span:
    """The span without a leading 'the' or a trailing possessive "'s"."""
    start, end = span.start, span.end
    if span[0].lower_ == "the" and len(span) > 1:
        start += 1
    if span.doc[end - 1].tag_ == "POS" and end - start > 1:
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


def find_places(doc: Doc, gaz: Gazetteer, matcher: PhraseMatcher | None = None) -> list[tuple[Span, Place]]:
    """Toponym mentions of a parsed doc resolved to places (unresolved ones keep just their name)."""
    if matcher is None:
        matcher = extras_matcher(doc.vocab, gaz)
    cands = [e for e in doc.ents if e.label_ in PLACE_LABELS]
    cands += [doc[s:e] for _, s, e in matcher(doc)]
    cands += _locative_propns(doc, gaz, cands)
    spans = [_clean(s) for s in filter_spans(cands)]
    context = {c for t in doc if t.ent_type_ == "NORP" and (c := gaz.country_of_demonym(t.text))}
    for span in spans:  # countries named outright disambiguate the cities ("Tripoli" in a Lebanon story)
        entry = gaz.resolve(span.text)
        if entry is not None and entry.precision == "country" and entry.country:
            context.add(entry.country)
    out: list[tuple[Span, Place]] = []
    for span in spans:
        if not span.text[:1].isupper() or gaz.country_of_demonym(span.text):
            continue
        entry = gaz.resolve(span.text, context=context)
        ext = _extension(span, gaz)
        if ext is not None:
            whole, name, landmark = ext
            named = gaz.resolve(name, context=context)
            if named is not None:
                entry, span = named, whole
            elif entry is not None and landmark:
                place = entry.to_place(name, start=whole.start_char, end=whole.end_char)
                place.precision, place.geonameid = "point", None
                out.append((whole, place))
                continue
        if entry is None:
            out.append((span, Place(name=span.text, start=span.start_char, end=span.end_char)))
        else:
            out.append((span, entry.to_place(span.text, start=span.start_char, end=span.end_char)))
    return out


def _locative_propns(doc: Doc, gaz: Gazetteer, known: list[Span]) -> list[Span]:
    """Proper nouns after "in/at/near ..." (and their conjuncts) that the model did not tag as places
    but the gazetteer knows ("at Abqaiq and Khurais", Abqaiq tagged ORG)."""
    taken = {t.i for s in known if s.label_ in PLACE_LABELS for t in s}
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_ in ("PERSON", "DATE", "TIME"):
            continue
        if tok.ent_type_ == "NORP" and gaz.country_of_demonym(tok.text):
            continue
        if _link_rank_of(tok.head if tok.dep_ == "conj" else tok) != 0:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        span = doc[start:tok.i + 1]
        if gaz.resolve(span.text) is not None:
            out.append(span)
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
    """Finds toponyms and stores them in doc.spans["places"]."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = extras_matcher(nlp.vocab, gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for span, place in find_places(doc, self.gazetteer, self.matcher):
            s = Span(doc, span.start, span.end, label="PLACE")
            s._.place = place
            spans.append(s)
        doc.spans["places"] = spans
        return doc


def make_place_recognizer(nlp: Language, name: str) -> PlaceRecognizer:
    """Build the component (the gazetteer is built once and cached)."""
    return PlaceRecognizer(nlp, load_gazetteer())


# ---------------------------------------------------------------- the place of an event

def _link_rank_of(tok: Token) -> int:
    """0 for "in/at/near X", 1 for "of/on X", 3 for any other link; "near the town of X" and "in the
    capital X" rank as the settlement noun does."""
    if tok.dep_ == "appos" and tok.head.lower_ in SETTLEMENT_NOUNS:
        return _link_rank_of(tok.head)
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ in SETTLEMENT_NOUNS and prep.head is not prep:
            return _link_rank_of(prep.head)
        return LOCATIVE.get(prep.lower_, 3)
    return 3


def _link_rank(span: Span) -> int:
    return _link_rank_of(span.root)


def _acts(span: Span) -> bool:
    """A toponym standing for an actor ("The United States, Britain and France launched ..."): the
    subject or object of a verb, or a conjunct of one. It names who acted, not where."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") and span._.place.precision == "country"


def country_place(iso3: str, gaz: Gazetteer, *, start: int | None = None, end: int | None = None) -> Place:
    """A country-level place for an ISO alpha-3 code."""
    entry = gaz.country(iso3)
    if entry is None:
        return Place(name=iso3, country=iso3, precision="country", start=start, end=end)
    place = entry.to_place(start=start, end=end)
    place.precision = "country"
    return place


def _demonyms(sent: Span, gaz: Gazetteer) -> list[tuple[Token, str]]:
    """Demonym tokens of a sentence with their countries ("Sri Lankan" counted on its last word)."""
    out = []
    for t in sent:
        if not t.text[:1].isupper():
            continue
        two = f"{t.nbor(-1).text} {t.text}" if t.i > sent.start else ""
        if c := (two and gaz.country_of_demonym(two)) or gaz.country_of_demonym(t.text):
            out.append((t, c))
    return out


def _actor_country(actors: Sequence[Actor]) -> str | None:
    """The country most actors share; on a tie the later one (targets come after sources, and an
    attack usually happens on the target's ground)."""
    countries = [a.country for a in actors if a.country]
    if not countries:
        return None
    counts = Counter(countries)
    top = max(counts.values())
    return next(c for c in reversed(countries) if counts[c] == top)


def place_for_event(doc: Doc, trigger: Token, *, triggers: Sequence[Token],
                    actors: Sequence[Actor] = ()) -> Place | None:
    """Where the event of this trigger happened: a toponym in its clause ("in/at/near X" first), else
    the nearest one of its sentence, a demonym ("the Iraqi regime" -> Iraq), the place of the previous
    sentence of the paragraph, or the country its actors share."""
    gaz = load_gazetteer()
    spans = list(doc.spans["places"]) if "places" in doc.spans else []
    sent = trigger.sent
    here = [s for s in spans if sent.start <= s.start < sent.end]
    owned: list[tuple[tuple[int, int, int], Span]] = []
    nearest: list[tuple[tuple[int, int, int], Span]] = []
    others: list[tuple[tuple[int, int], Span]] = []
    acting: list[tuple[tuple[int, int], Span]] = []
    for span in here:
        owner, how = owning_trigger(span.root, triggers)
        resolved = 0 if span._.place.country else 1
        if _acts(span):
            acting.append(((resolved, abs(span.root.i - trigger.i)), span))
        elif owner is not None and owner.i == trigger.i:
            key = (resolved, _link_rank(span), abs(span.root.i - trigger.i))
            (owned if how == "syntax" else nearest).append((key, span))
        elif how != "blocked":
            others.append(((resolved, abs(span.root.i - trigger.i)), span))
    for group in (owned, nearest):
        if group:
            return _copy(min(group, key=lambda x: x[0])[1]._.place)
    demonyms = _demonyms(sent, gaz)
    mine = [(t, c) for t, c in demonyms if (o := owning_trigger(t, triggers))[0] is not None
            and o[0].i == trigger.i and o[1] == "syntax"]
    if mine:
        t, c = min(mine, key=lambda x: abs(x[0].i - trigger.i))
        return country_place(c, gaz, start=t.idx, end=t.idx + len(t))
    if others:
        return _copy(min(others, key=lambda x: x[0])[1]._.place)
    if demonyms:
        t, c = min(demonyms, key=lambda x: abs(x[0].i - trigger.i))
        return country_place(c, gaz, start=t.idx, end=t.idx + len(t))
    if acting:
        return _copy(min(acting, key=lambda x: x[0])[1]._.place)
    for prev in _previous_sentences(doc, trigger):
        prev_spans = [s for s in spans if prev.start <= s.start < prev.end and s._.place.country]
        if prev_spans:
            return _copy(prev_spans[0]._.place)
    country = _actor_country(actors)
    return country_place(country, gaz) if country else None


def _copy(place: Place) -> Place:
    return Place(**place.__dict__)


def _previous_sentences(doc: Doc, trigger: Token, max_back: int = 2) -> list[Span]:
    sents = list(doc.sents)
    idx = next(i for i, s in enumerate(sents) if s.start <= trigger.i < s.end)
    out = []
    for j in range(idx - 1, max(idx - max_back, 0) - 1, -1):
        if "\n\n" in doc.text[sents[j].start_char:trigger.idx]:
            break
        out.append(sents[j])
    return out


__all__ = ["PlaceRecognizer", "country_place", "extras_matcher", "find_places", "make_place_recognizer", "place_for_event",
           "register_extensions"]
