"""Which of the toponyms an event's own clause names is its scene: the place a deed was done to ("bombed Gori"),
not a place that only describes another ("Gori, a town 25 km south of Tskhinvali"), and the most specific place
named rather than the country it lies in ("in Somalia ... on the Beledweyne-Mogadishu road").

Used by `polemos.nlp.places.attach`; each rule here has a stable id that the chosen place's reasons carry
(``attach:<rule>``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from polemos.knowledge.gazetteer import Gazetteer
from polemos.lang.en.words import REPORTING
from polemos.models import Place
from polemos.nlp.places.cues import SETTLEMENT_NOUNS, _root_of_conjuncts

# Precisions of a place that names a scene (a town, a point, a district), not just its country or region.
SCENE_PRECISIONS = frozenset({"city", "point", "admin2"})

# Links of a deed's object to its verb: "bombed Gori", "Gori was bombed".
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _settlement_head(tok: Token) -> Token:
    """The settlement noun a toponym names ("the town of Gwoza", "the capital Kabul"), else the toponym."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i \
            and tok.head.head.lower_ in SETTLEMENT_NOUNS:
        return tok.head.head
    if tok.dep_ == "appos" and tok.head.lower_ in SETTLEMENT_NOUNS:
        return tok.head
    return tok


def deed_object(span: Span, mine: set[int]) -> bool:
    """Rule attach:deed-object: a town (or district) that is the object of one of the event's verbs of a deed
    ("Russian jets bombed Gori", "the rebels captured the town of Kidal", "Gori was shelled"): the place the
    deed was done to, which ranks with "in/at X"."""
    if span._.place.precision not in SCENE_PRECISIONS | {"admin1"}:
        return False
    tok = _settlement_head(_root_of_conjuncts(span))
    return tok.dep_ in _OBJECT_DEPS and tok.head.i in mine


def apposition_host(span: Span, here: Sequence[Span]) -> Span | None:
    """The toponym whose apposition the span is said in ("Kati, a garrison town about 15 km from Bamako")."""
    roots = {s.root.i: s for s in here if s is not span}
    tok = span.root
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ == "appos" and tok.head.i in roots:
            return roots[tok.head.i]
        tok = tok.head
    return None


def describes_other(span: Span, here: Sequence[Span]) -> bool:
    """Rule attach:apposition-landmark: a toponym inside the apposition that describes another town of the
    sentence ("bombed Gori, a town of 50,000 some 25 km south of Tskhinvali") says where that town lies, not
    where the event was; the town it describes stands for it."""
    host = apposition_host(span, here)
    return host is not None and host._.place.precision in SCENE_PRECISIONS and host.start < span.start


def finer_in_country(best: Span, pool: Sequence[Span]) -> Span | None:
    """Rule attach:most-specific: where the clause's best toponym is a country and the event's words also
    name a town of that country ("Somali troops and soldiers from the mission in Somalia began joint patrols
    on the Beledweyne-Mogadishu road"), the town: the most specific place named (GUIDE: location). The
    first such town of ``pool`` (ordered best first), else None."""
    country = best._.place.country
    if best._.place.precision != "country" or not country:
        return None
    return next((s for s in pool if s._.place.precision in SCENE_PRECISIONS and s._.place.country == country),
                None)


def landmark_named_back(doc: Doc, sent: Span, gaz: Gazetteer, owned: Callable[[Token], bool]) -> Place | None:
    """Rule attach:landmark-named-back: the event's words name a landmark by its kind only ("exchanged fire near
    an 11th-century Hindu temple", "damaged part of the temple") and the document names one landmark of that
    kind ("the Preah Vihear temple"): that landmark, as the document placed it. ``owned`` says whether a word
    belongs to the event's clause. None when the kind is not a landmark's, the word has a name of its own, or
    the document names no such landmark or several."""
    for tok in sent:
        if tok.pos_ != "NOUN" or not tok.is_lower or not gaz.is_feature(tok.lower_) or not owned(tok):
            continue
        if any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.ent_type_ != "NORP" for c in tok.children):
            continue  # "the Tunis airport": its own name says where
        named = {s.text.lower(): s for s in doc.spans.get("places", [])
                 if len(s) > 1 and s[-1].lower_ == tok.lower_ and s._.place.precision == "point"
                 and not s.start <= tok.i < s.end}
        if len(named) == 1:
            (span,) = named.values()
            return replace(span._.place, start=None, end=None, reasons=tuple(span._.place.reasons))
    return None


# Links of a capital addressed as its government by a verb of saying or deciding: "warned Pyongyang", "appealed
# to Kyiv", "sanctions against Moscow" (a speaking capital, "Washington accused ...", may be where it spoke).
_GOVERNMENT_DEPS = frozenset({"nsubjpass", "dobj", "dative"})
_GOVERNMENT_PREPS = frozenset({"to", "against", "with", "on", "by"})


def capital_for_government(span: Span, mine: set[int]) -> bool:
    """Rule attach:capital-government: a national capital that a statement or decision addresses ("Lee warned
    Pyongyang", "talks with Kyiv") names the government (GUIDE: "Khartoum" for the Sudanese government), not
    where it was said; it is a party, the last resort."""
    if span._.place.feature != "P.PPLC":
        return False
    root = _root_of_conjuncts(span)
    if root.dep_ in _GOVERNMENT_DEPS:
        return root.head.i in mine
    return root.dep_ == "pobj" and root.head.lower_ in _GOVERNMENT_PREPS and root.head.head.i in mine


def _noun_demonym(noun: Token, gaz: Gazetteer) -> str | None:
    """The country of a demonym modifying the noun ("South Korean island", "North Korean gun positions")."""
    for mod in noun.children:
        if mod.dep_ in ("amod", "compound", "nmod") and mod.i < noun.i and mod.text[:1].isupper():
            two = f"{mod.nbor(-1).text} {mod.text}" if mod.i > 0 else ""
            if c := (two and gaz.country_of_demonym(two)) or gaz.country_of_demonym(mod.text):
                return c
    return None


def governing_demonym(span: Span, gaz: Gazetteer) -> str | None:
    """Rule attach:governing-demonym: the country of a demonym on the noun whose phrase holds an unknown toponym
    ("firing at North Korean gun positions around Kaemori" lies in North Korea), else None."""
    root = _root_of_conjuncts(span)
    if root.dep_ != "pobj" or root.head.head.i == root.head.i or root.head.head.pos_ != "NOUN":
        return None
    return _noun_demonym(root.head.head, gaz)


_ISLE_NOUNS = SETTLEMENT_NOUNS | {"island", "islands"}


def settlement_demonym(span: Span, gaz: Gazetteer) -> str | None:
    """The country of a demonym on the settlement noun that names the toponym: "the South Korean island of
    Yeonpyeong", "the Colombian city of Cucuta", "the Nigerian town Chibok", "Yeonpyeong and the four other
    South Korean islands"."""
    root = span.root
    nouns = [root.head.head] if root.dep_ == "pobj" and root.head.lower_ == "of" else [root.head] \
        if root.dep_ in ("appos", "compound") else []
    nouns += [c for c in root.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # "X and the other ... islands"
    for noun in nouns:
        if noun.i != root.i and (noun.lower_ in _ISLE_NOUNS or noun.lemma_.lower() in _ISLE_NOUNS) \
                and (c := _noun_demonym(noun, gaz)) is not None:
            return c
    return None


def named_country(span: Span, gaz: Gazetteer) -> str | None:
    """Rule attach:named-settlement-country: the country a demonym gives the settlement noun of this toponym at
    any of its mentions in the document (one sense per document: "the South Korean island of Yeonpyeong" in one
    paragraph places "Yeonpyeong" everywhere), else None."""
    if (c := settlement_demonym(span, gaz)) is not None:
        return c
    text = span.text
    return next((c for s in span.doc.spans.get("places", []) if s.text == text and s.start != span.start
                 and (c := settlement_demonym(s, gaz)) is not None), None)


# Links climbed from a toponym to the verb whose adjunct it is ("after an emergency meeting in Addis Ababa").
_ADJUNCT_LINKS = frozenset({"pobj", "prep", "compound", "appos", "conj"})


def _speech_of(mine: set[int], doc: Doc) -> Token | None:
    """The reporting verb whose content the event is: "announced ..., saying Sudan was suspended" (through the
    participle of speech), "said in Washington that it would impose sanctions"."""
    for i in mine:
        t = doc[i]
        if t.dep_ != "ccomp" or t.head.lemma_.lower() not in REPORTING:
            continue
        speech = t.head
        if speech.tag_ == "VBG" and speech.dep_ == "advcl" and speech.head.lemma_.lower() in REPORTING:
            return speech.head  # "announced the decision after a meeting in X, saying ..."
        return speech
    return None


def said_where(span: Span, mine: set[int]) -> bool:
    """Rule attach:said-where: a statement or decision takes place where it was made: the toponym is in an
    adjunct of the reporting verb whose content the event is ("the Council announced the decision after an
    emergency meeting in Addis Ababa, saying Sudan's participation was suspended")."""
    speech = _speech_of(mine, span.doc)
    if speech is None:
        return False
    tok = span.root
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in _ADJUNCT_LINKS and tok.pos_ != "NOUN":
            return False
        tok = tok.head
        if tok.i == speech.i:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


#: How far the leading country must outweigh the next for a document to be about it.
LEAD_MARGIN = 2.0
LEAD_MIN_WEIGHT = 3.0


def leading_country(weights: dict[str, float]) -> str | None:
    """The country a document is about: the one its toponyms lie in most often (``weights``), at least
    LEAD_MIN_WEIGHT times and LEAD_MARGIN times as often as the next; None when no country leads so."""
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < LEAD_MIN_WEIGHT or len(ranked) > 1 and ranked[0][1] < LEAD_MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


__all__ = ["LEAD_MARGIN", "LEAD_MIN_WEIGHT", "SCENE_PRECISIONS", "apposition_host", "capital_for_government",
           "deed_object", "describes_other", "finer_in_country", "governing_demonym", "landmark_named_back",
           "leading_country", "named_country", "said_where", "settlement_demonym"]
