"""What the guide does not code: background, running totals, statistics, plans, refusals to comment."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from polemos.lang.en.words import (
    EARLIER_ADJECTIVES,
    GENERIC_HEADS,
    HABITUAL_ADJECTIVES,
    HABITUAL_ADVERBS,
    PLANNING_VERBS,
    REPORTING,
    SELF_REPORT_PRONOUNS,
    STANDING_VERBS,
    WEEKDAYS,
)
from polemos.nlp.document.mention import Mention, parse_iso
from polemos.nlp.document.settings import (
    is_actor_label,
    is_at_behest,
    is_charge,
    is_failed_text,
    is_feared,
    is_kin_label,
    is_people_noun,
    is_relative_history,
    is_setting_rally,
    is_thing_threat,
    is_warning_of_state,
)

BACKGROUND_DAYS = 365

# a total over years or a whole conflict; "since the unrest began last week" dates a campaign instead
_SINCE = re.compile(r"\bsince (?:(?:early |late |mid-?)?(?:\w+ )?(?:19|20)\d\d\b|the (?:start|beginning) of the "
                    r"(?:year|war|conflict|insurgency)|independence|the (?:war|conflict|insurgency)\b)|"
                    r"\bso far this year\b|\bover the past\b|\bin recent (?:years|months)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|also\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|ne|lt|ught)\b",
                      re.IGNORECASE)
_TOTAL_SUBJECT = re.compile(r"\b(?:conflict|war|violence|insurgency|fighting|unrest|uprising)\s+(?:has|have|had)\b",
                            re.IGNORECASE)
_PERCENT = re.compile(r"%|\bper ?cent\b", re.IGNORECASE)
_ECONOMY = re.compile(r"\b(?:inflation|unemployment|prices?|gdp|economy|currency|exports?|output)\b", re.IGNORECASE)
_NO_COMMENT = re.compile(r"\b(?:declined|refused|would not|did not|could not be reached) (?:to )?comment|"
                         r"\bno comment\b|\bnot immediately respond", re.IGNORECASE)
_NO_ANSWER = re.compile(r"\s+to\s+(?:say|disclose|specify|elaborate|reveal|identify|name|give details|"
                        r"provide details|confirm|give a figure)\b", re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:planned|scheduled|proposed|expected|due)\b", re.IGNORECASE)


def _period_end(value: str) -> date | None:
    """The last day of a month, or the middle of a year, that an ISO date names."""
    ymd = parse_iso(value)
    if ymd is None:
        return None
    y, m, d = ymd
    try:
        if d:
            return date(y, m, d)
        if m:
            return date(y + (m == 12), m % 12 + 1, 1)
        return date(y, 7, 1)  # "in 2019": the middle of the year, not its last day
    except ValueError:
        return None


def is_background(mention: Mention, pub_date: date | None) -> bool:
    """Dated more than about a year before publication: context, not news (guide §1)."""
    if pub_date is None or not mention.event.date:
        return False
    end = _period_end(mention.event.date)
    return end is not None and (pub_date - end).days > BACKGROUND_DAYS


def is_running_total(mention: Mention) -> bool:
    """"has killed more than 1,000 since 2019", "the conflict has killed 100,000": a total, not an event.

    An event dated to a day is an incident the sentence tells, however it is phrased.
    """
    event = mention.event
    if event.date_precision == "day":
        return False
    text = mention.sent_text
    if not (event.killed or event.injured or event.arrested):
        return False  # "since June, thousands have taken to the streets" is a campaign, coded at its start
    if _TOTAL_SUBJECT.search(text):
        return True
    return bool(_SINCE.search(text) and _PERFECT.search(text))


def is_statistic(mention: Mention) -> bool:
    """A figure about a population or an economy ("inflation hit 54%") with no actor of its own."""
    event = mention.event
    if any(a.start is not None for a in event.source) or event.date_precision == "day":
        return False
    if _ECONOMY.search(mention.sent_text) and re.search(r"\d", mention.sent_text):
        return True
    return not any(a.start is not None for a in event.target) and bool(_PERCENT.search(mention.sent_text))


def is_no_comment(mention: Mention) -> bool:
    """"declined to comment" is no refusal of anything (guide §1)."""
    if mention.event.type != "REJECT":
        return False
    if _NO_COMMENT.search(mention.sent_text):
        return True
    # "declined to say how many were minors": a question left unanswered, refusing nothing the guide codes
    trig = mention.event.trigger.text.lower() if mention.event.trigger else ""
    after = mention.sent_text[mention.trigger_end - mention.sent_start:][:40]
    return trig in ("declined", "declining", "declines", "decline") and bool(_NO_ANSWER.match(after))


def is_plan(mention: Mention, text: str) -> bool:
    """A noun trigger named as planned or scheduled ("a general strike is planned", "the planned talks")."""
    if not mention.noun:
        return False
    before = text[max(mention.sent_start, mention.trigger_start - 30):mention.trigger_start]
    after = text[mention.trigger_end:min(mention.sent_end, mention.trigger_end + 25)]
    # "a planned strike", not "a pre-planned military offensive" (premeditated, and done)
    return bool(re.search(r"(?<![\w-])(?:planned|scheduled|proposed)\s+(?:\w+\s+)?$", before, re.IGNORECASE)
                or re.match(r"\s+(?:is|was|are|were|had been|has been)\s+(?:\w+\s+)?(?:planned|scheduled|proposed|"
                            r"expected|due)\b", after, re.IGNORECASE))


# Speech acts are told in the present too ("India blames the attack on ..."); acts and stances are not.
_SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "AGREE", "REJECT", "CONCEDE"})
_LONG_SPAN = re.compile(r"\bfor (?:more than |over |nearly |almost |about )?(?:\w+ )?(?:years?|decades?)\b|"
                        r"\bsince (?:(?:early |late |mid-?)?(?:\w+ )?(?:19|20)\d\d)\b", re.IGNORECASE)
# a series over a stretch of years told in the perfect: "have been blamed for dozens of attacks over the past two years"
_SERIES_SPAN = re.compile(r"\bover the (?:past|last) (?:\w+ )?(?:years?|decades?)\b|\bin recent years\b|"
                          r"\bfor (?:more than |over |nearly |almost |about )?(?:\w+ )?(?:years|decades)\b",
                          re.IGNORECASE)
_PERFECT_AUX = frozenset({"has", "have", "'ve"})
_STANCE_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})


def _head_token(mention: Mention, doc: Doc | None) -> Token | None:
    return doc[mention.head_i] if doc is not None and 0 <= mention.head_i < len(doc) else None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _own_stance_reported(tok: Token) -> bool:
    """"said in a statement that it firmly supports the police action": a speaker telling its own stance says it
    now, which is the act (the subject is a pronoun for the speaker, the clause the object of a reporting verb)."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.i == tok.i or _lemma(head) not in REPORTING:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in SELF_REPORT_PRONOUNS for c in tok.children)


def _bare_plural_subject(tok: Token, *, proper: bool = False) -> bool:
    """The verb's subject is a plural common noun with no determiner ("rights groups", "hardline Buddhist groups";
    with ``proper``, a people's name too: "Kurds"): a kind of actor, not one named actor."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj" and tok.head.i != tok.i:
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "Kurds make up ... and complain of ..."
    tags = ("NNS", "NNPS") if proper else ("NNS",)
    return bool(subjects) and all(s.tag_ in tags and (proper or s.pos_ == "NOUN") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in s.children) for s in subjects)


def is_standing_state(mention: Mention, doc: Doc | None) -> bool:
    """A state or stance, not an act (guide §1): "Armenia hosts a Russian base", "the party, which supports
    Assad", "Russia strikes only military targets", "groups fighting Indian rule", "has been fighting for more than
    15 years". Headlines tell news in the present and are left alone."""
    tok = _head_token(mention, doc)
    if tok is None or mention.in_headline:
        return False
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBG" and _lemma(tok) in STANDING_VERBS:
        return True  # a participle labelling an actor by what it keeps doing
    if tok.pos_ not in ("VERB", "AUX") or _own_stance_reported(tok):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    standing_word = _lemma(tok) in STANDING_VERBS
    present = tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.tag_ in ("VBZ", "VBP")
                                              and not any(c.dep_ == "aux" for c in tok.head.children))
    if not auxes and present:
        # "Kurds make up 10 percent of the population and complain of discrimination": a kind of actor's standing
        # grievance, where "India blames the attack on ..." is one actor's act told in the present
        return mention.event.type not in _SPEECH_TYPES or standing_word or _bare_plural_subject(tok, proper=True)
    if tok.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP"):
        return mention.event.type not in _SPEECH_TYPES  # "is recognised as interim president by 50 countries"
    perfect_progressive = tok.tag_ == "VBG" and {a.lower_ for a in auxes} >= {"been"} and any(
        a.lower_ in ("has", "have") for a in auxes)
    if perfect_progressive and bool(_LONG_SPAN.search(mention.sent_text)):
        return True
    if mention.event.date_precision == "day" or not any(a.lower_ in _PERFECT_AUX for a in auxes):
        return False
    if tok.tag_ == "VBN" and _SERIES_SPAN.search(mention.sent_text):
        return True  # "the factions have been blamed for dozens of attacks over the past two years"
    if tok.tag_ == "VBN" and mention.event.type in _SPEECH_TYPES and not mention.event.date \
            and _bare_plural_subject(tok):
        return True  # "Human rights groups have accused both sides of abuses": what a kind of actor has said
    # "the Maute group, which has pledged allegiance to Islamic State": a stance told to say who an actor is
    return tok.dep_ == "relcl" and mention.event.type in _STANCE_TYPES and not mention.event.date


def is_habitual(mention: Mention, doc: Doc | None) -> bool:
    """"often kidnap for ransom", "have repeatedly accused", "has come under frequent attack", "earlier military
    offensives": habits and earlier series, not one event (guide §1)."""
    tok = _head_token(mention, doc)
    if tok is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in tok.children):
        return True
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod")}
    if tok.pos_ == "NOUN" and mods & HABITUAL_ADJECTIVES:
        return True
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and bool(mods & EARLIER_ADJECTIVES)


def is_planned(mention: Mention, doc: Doc | None) -> bool:
    """A noun trigger that is the subject of a planning verb: "a general strike across Catalonia is planned"."""
    tok = _head_token(mention, doc)
    if tok is None or not mention.noun:
        return False
    head = tok.head
    return tok.dep_ == "nsubjpass" and head.i != tok.i and _lemma(head) in PLANNING_VERBS


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# "In November 2020, two young men were killed ...", "took control of Kirkuk in 2014, when ...": a year the sentence
# sets its acts in
_IN_YEAR = re.compile(rf"\b[Ii]n (?:(?:early|late|mid-?) ?)?(?:(?:{_MONTH_NAMES}) )?((?:19|20)\d\d)\b")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_RECENT_WORDS = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|this (?:week|month|year)|"
                           r"last (?:week|month|night))\b", re.IGNORECASE)


def _clause_of(token: Token) -> Token:
    """The verb whose clause ``token`` (a year) sets: its nearest verb above."""
    t = token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def is_old_year_sentence(mention: Mention, pub_date: date | None, doc: Doc | None) -> bool:
    """An undated act inside a clause set "in 2014" or "In November 2020", two or more years before publication, in
    a sentence with no nearer time: background the parse did not date (guide §1; rule ``doc.drop.background-year``).
    "Mugabe, who has ruled since 1980, blames ..." is no such case: the year sets another clause."""
    tok = _head_token(mention, doc)
    if tok is None or doc is None or pub_date is None or mention.event.date or mention.in_headline:
        return False
    text = mention.sent_text
    found = list(_IN_YEAR.finditer(text))
    if not found or any(int(y) > pub_date.year - 2 for y in _ANY_YEAR.findall(text)) or _RECENT_WORDS.search(text):
        return False
    for m in found:
        span = doc.char_span(mention.sent_start + m.start(1), mention.sent_start + m.end(1), alignment_mode="expand")
        if span is None:
            continue
        clause = _clause_of(span.root)
        if clause.i == tok.i or clause.is_ancestor(tok):
            return True
    return False


_GENERIC_DETERMINERS = frozenset({"every", "any"})


def is_generic_object(mention: Mention, doc: Doc | None) -> bool:
    """"Anyone they found, they shot", "treats every street protest as a crime": an act on "anyone", or any act of
    a kind, tells a habit or a rule, not one event (guide §1; rule ``doc.drop.generic``)."""
    tok = _head_token(mention, doc)
    if tok is None or mention.event.type in _SPEECH_TYPES:
        return False  # "would respond to any attack", "ordered that anyone who resisted be shot": threats
    if mention.noun:  # "treats every street protest as a crime": any act of the kind, none in particular
        return any(c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS for c in tok.children)
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in GENERIC_HEADS for c in tok.children)


def is_empty(mention: Mention) -> bool:
    """No source, no target, no count, no day and no place: nothing the guide codes has no participant at all (an
    actorless incident dated to a day is kept: a later mention may name who did it)."""
    event = mention.event
    return event.date_precision != "day" and event.location is None and not event.source and not event.target and not (event.killed or event.injured or event.arrested)


_GIVER_TYPES = frozenset({"AID"})  # not MOBILIZE: "Members of the militia were deployed" names its force as no role


def is_actorless_move(mention: Mention) -> bool:
    """"residents have since been evacuated": help that names no one who gave or received it is no event of
    anyone's (rule ``doc.drop.no-actor``)."""
    event = mention.event
    return event.type in _GIVER_TYPES and not any(a.start is not None for a in event.source + event.target)


def keep_out_rule(mention: Mention, text: str, pub_date: date | None, *, others_named: bool = True,
                  doc: Doc | None = None) -> str | None:
    """The id of the rule that keeps ``mention`` out of the events, or None to keep it (``others_named``: the
    document tells other events with participants, so an empty one is a stray word, not all there is; ``doc``:
    the parse, for the rules that read the trigger's tense and modifiers)."""
    if is_no_comment(mention):
        return "doc.drop.no-comment"
    if is_background(mention, pub_date):
        return "doc.drop.background"
    if is_running_total(mention):
        return "doc.drop.running-total"
    if is_statistic(mention):
        return "doc.drop.statistic"
    if is_plan(mention, text) or is_planned(mention, doc):
        return "doc.drop.plan"
    if is_standing_state(mention, doc):
        return "doc.drop.standing-state"
    if is_habitual(mention, doc):
        return "doc.drop.habitual"
    if is_old_year_sentence(mention, pub_date, doc):
        return "doc.drop.background-year"
    if is_generic_object(mention, doc):
        return "doc.drop.generic"
    if is_actor_label(mention, doc):
        return "doc.drop.standing-state"
    if is_failed_text(mention, doc):
        return "doc.drop.failed-text"
    if is_people_noun(mention, doc):
        return "doc.drop.people-noun"
    if is_feared(mention, doc):
        return "doc.drop.feared"
    if is_charge(mention, doc):
        return "doc.drop.charge"
    if is_at_behest(mention, doc):
        return "doc.drop.at-behest"
    if is_kin_label(mention, doc):
        return "doc.drop.kin-label"
    if is_relative_history(mention, doc):
        return "doc.drop.relative-history"
    if is_setting_rally(mention, doc):
        return "doc.drop.setting-rally"
    if is_warning_of_state(mention, doc):
        return "doc.drop.warning-of-state"
    if is_thing_threat(mention, doc):
        return "doc.drop.thing-threatens"
    if is_empty(mention) and others_named:
        return "doc.drop.no-participants"
    if is_actorless_move(mention) and others_named:
        return "doc.drop.no-actor"
    return None


__all__ = ["BACKGROUND_DAYS", "is_background", "is_empty", "is_generic_object", "is_habitual", "is_no_comment",
           "is_old_year_sentence", "is_plan", "is_planned", "is_running_total", "is_standing_state", "is_statistic", "keep_out_rule"]
