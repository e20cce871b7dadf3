"""Word senses of a trigger that name no political act, read from the clause around it.

Real news about diseases, disasters and courts uses the trigger words in other senses: a question "asked" is no
request, people "suspected to have the virus" are accused of nothing, a warning to "boil their water" or "of a
threat of cholera" threatens no one, an inquiry into an outbreak is no investigation of anyone's conduct (guide
§3: ACCUSE, REQUEST, THREATEN), and a "legal battle" is no ASSAULT. Each check has a stable rule id;
`wrong_sense` returns the first that applies.
"""

from __future__ import annotations

from spacy.tokens import Token

from polemos.nlp.events.background import names_non_agent
from polemos.nlp.triggers import is_noun, is_verb, lemma
from polemos.ontology.lexicon import Lexicon

_QUESTION_VERBS = frozenset({"ask", "inquire", "enquire", "wonder"})
_WARN_VERBS = frozenset({"warn", "caution"})
_INQUIRY_VERBS = frozenset({"investigate", "probe", "examine", "study"})


def _objects(token: Token, preps: frozenset[str]) -> list[Token]:
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj"]
    return found


def _hazard(noun: Token, lex: Lexicon) -> bool:
    """A natural hazard or illness, or the threat, risk or spread of one ("a growing threat of measles")."""
    if names_non_agent(noun, lex):
        return True
    if lemma(noun) in lex.word_set("hazard_frames"):
        return any(names_non_agent(p, lex) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")
    return False


def question_asked(token: Token) -> bool:
    """"asked about the cost", "when asked, he said", '"Why ...?" asked the head': a question, not a request
    (rule ``events.sense.question``)."""
    if not is_verb(token) or lemma(token) not in _QUESTION_VERBS:
        return False
    kids = list(token.children)
    if any(c.dep_ in ("xcomp",) or (c.dep_ == "prep" and c.lower_ in ("for", "to")) for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids):
        return True
    if any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in kids):
        return True
    if any(c.text == "?" for c in kids):
        return True
    return any(t.text == "?" for c in kids if c.dep_ == "ccomp" for t in c.subtree)


def suspected_condition(token: Token, lex: Lexicon) -> bool:
    """"eight people are suspected to have the virus", "the disease was suspected in 14 provinces": a diagnosis
    suspected, not a deed alleged (rule ``events.sense.suspected-condition``)."""
    if not is_verb(token) or lemma(token) != "suspect":
        return False
    for c in token.children:
        if c.dep_ == "xcomp" and lemma(c) == "have" and any(k.dep_ == "dobj" for k in c.children):
            return True
    subjects = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(subjects) and all(_hazard(s, lex) for s in subjects)


def hazard_warning(token: Token, lex: Lexicon) -> bool:
    """"warned of a growing threat of measles", "warned residents to boil their water": advice about a hazard,
    no warning of the speaker's own forceful action (rule ``events.sense.hazard-warning``)."""
    if not is_verb(token) or lemma(token) not in _WARN_VERBS:
        return False
    about = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "against")
             for p in c.children if p.dep_ == "pobj"]
    if about and all(_hazard(p, lex) for p in about):
        return True
    publics = lex.word_set("advised_publics")
    told = [c for c in token.children if c.dep_ == "dobj"]
    return bool(told) and all(lemma(t) in publics for t in told) and any(
        c.dep_ == "xcomp" for c in token.children)


def hazard_inquiry(token: Token, lex: Lexicon) -> bool:
    """"probed the outbreak", "investigating the crash": an inquiry into a hazard or accident, not into anyone's
    conduct (rule ``events.sense.hazard-inquiry``)."""
    if lemma(token) not in _INQUIRY_VERBS:
        return False
    objs = _objects(token, frozenset({"into", "of"})) if is_verb(token) else [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in ("into", "of") for p in c.children
        if p.dep_ == "pobj"]
    return bool(objs) and all(names_non_agent(o, lex) for o in objs)


def figurative_fight(token: Token, lex: Lexicon) -> bool:
    """"a legal battle", "a trade war", "a political fight": a contest of words, courts or markets, no ASSAULT
    (rule ``events.sense.figurative-fight``)."""
    if not is_noun(token) or lemma(token) not in lex.word_set("contest_nouns"):
        return False
    words = lex.word_set("figurative_conflict")
    return any(c.dep_ in ("amod", "compound") and c.i < token.i and c.lower_ in words for c in token.children)


def wrong_sense(token: Token, type_: str, lex: Lexicon) -> tuple[str, str] | None:
    """The rule id and reason when the trigger, read as ``type_``, is used in a sense that names no such act."""
    if type_ == "REQUEST" and question_asked(token):
        return "events.sense.question", "a question asked, not a request"
    if type_ == "ACCUSE" and suspected_condition(token, lex):
        return "events.sense.suspected-condition", "a suspected illness or hazard, no deed alleged"
    if type_ == "ACCUSE" and hazard_inquiry(token, lex):
        return "events.sense.hazard-inquiry", "an inquiry into a hazard or accident, not into anyone's conduct"
    if type_ == "THREATEN" and hazard_warning(token, lex):
        return "events.sense.hazard-warning", "advice about a hazard, no threat of the speaker's own action"
    if type_ == "ASSAULT" and figurative_fight(token, lex):
        return "events.sense.figurative-fight", "a contest of words, courts or markets"
    return None


__all__ = ["figurative_fight", "hazard_inquiry", "hazard_warning", "question_asked", "suspected_condition",
           "wrong_sense"]
