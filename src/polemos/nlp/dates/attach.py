"""Date phrases resolved against the publication date, and the date of an event trigger.

Precision is 'day', 'month' or 'year'. Choices: a weekday is the most recent such day on or before
publication ("on Monday" in a Monday paper is that day); "last week"/"this week" give the month
(a week is finer than a coder can check and coarser than a day, so the month is what the text
supports); a month-day without a year is the latest one not after publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import (
    CLAUSE_PREPS,
    DATES_SETTING_PREPS,
    DAY_PARTS,
    NEXT_PREPS,
    PLACE_PREPS,
    REPORTING,
    SAME_DAY_GAPS,
    SAME_TIME_MARKS,
    SEQUENCE_MARKS,
)
from polemos.nlp.attach import (
    VERBAL,
    companions,
    concurrent_triggers,
    own_subject,
    owning_trigger,
    sentences_back,
    trigger_map,
)
from polemos.nlp.counts.recognizer import is_cost_word
from polemos.nlp.dates.normalise import _NTH_DAY, ORDINALS, DateValue, _day
from polemos.nlp.dates.recognizer import is_past_date
from polemos.nlp.doc_index import doc_index, doc_text, sent_number, sent_start, sentence, spans_in_sentence
from polemos.nlp.pipe import get_pub_date


def shift_for_nth_day(value: DateValue, sentence: str) -> DateValue:
    """"raged for a third day on Monday": an ongoing event is dated by its first day (Saturday)."""
    m = _NTH_DAY.search(sentence)
    if value[1] != "day" or m is None:
        return value
    n = ORDINALS.get(m.group(1).lower()) or (int(re.sub(r"\D", "", m.group(1)) or 0) or None)
    if not n or n < 2:
        return value
    return _day(date.fromisoformat(value[0]) - timedelta(days=n - 1))


def nth_day_phrase(sent: Span, mine: set[int], triggers: Sequence[Token]) -> str | None:
    """The "for a second/third day" phrase of a sentence that belongs to the clause of one of the event's
    trigger tokens ``mine``; another clause's ongoing event ("..., as troops clashed for a second day")
    says nothing of this one's start."""
    doc = sent.doc
    for m in _NTH_DAY.finditer(doc_text(doc)[sent.start_char:sent.end_char]):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            continue
        owner, how = owning_trigger(span.root, triggers, subordinate=True)
        if owner is not None and owner.i in mine and how == "syntax":
            return m.group(0)
    return None


_CLAUSE_LINKS = {"advcl", "xcomp", "conj", "ccomp", "acl"}


def _governing_trigger(trigger: Token, triggers: Sequence[Token]) -> Token | None:
    """The trigger whose clause this one hangs from through clause links only (advcl, xcomp, conj)."""
    others = [t for t in triggers if t.i != trigger.i]
    memo = doc_index(trigger.doc).memo
    key = ("governing", tuple(t.i for t in others), trigger.i)
    if key not in memo:  # the answer depends only on the parse and the trigger list
        memo[key] = _governing_position(trigger, triggers)
    pos = memo[key]
    return None if pos is None else others[pos]


def _governing_position(trigger: Token, triggers: Sequence[Token]) -> int | None:
    """`_governing_trigger` as a position among the triggers other than ``trigger``."""
    memo = doc_index(trigger.doc).memo
    ids = tuple(t.i for t in triggers)
    table = memo.get(("trigger-positions", ids))
    if table is None:  # `trigger_map` of all triggers once per doc, not of all others once per trigger
        position = {id(t): p for p, t in enumerate(triggers)}
        table = memo[("trigger-positions", ids)] = {i: [position[id(t)] for t in ts]
                                                    for i, ts in trigger_map(triggers).items()}
    tok = trigger
    while tok.dep_ in _CLAUSE_LINKS and tok.head.i != tok.i:
        tok = tok.head
        here = tok.i
        found = [p for p in table.get(here, ()) if ids[p] != trigger.i]
        if found:
            best = min(found, key=lambda p: (ids[p] != here, abs(ids[p] - trigger.i)))
            return best - sum(1 for i in ids[:best] if i == trigger.i)
    return None


_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod"})


def _qualifies_noun(span: Span, trigger_ids: set[int]) -> bool:
    """The date phrase modifies a noun that is no event trigger ("against the results of last month's
    election", "the 2019 vote"): it is that noun's time, not the clause's, unless the noun is the clause's
    setting ("clashes broke out during Sunday's funeral", "opened fire after Friday prayers")."""
    root = span.root
    head = root.head
    if (root.dep_ not in _MODIFIER_DEPS or head.pos_ not in ("NOUN", "PROPN") or span.start <= head.i < span.end
            or head.i in trigger_ids or head.ent_type_ in ("DATE", "TIME") or head.lower_ in DAY_PARTS):
        return False
    if head.dep_ == "pobj" and head.head.head.pos_ in VERBAL:
        prep = head.head.lower_
        if prep in DATES_SETTING_PREPS or prep in NEXT_PREPS and span._.date_value[1] == "day":
            return False
    return True


def _owners(spans: Sequence[Span], triggers: Sequence[Token]) -> list[tuple[Span, Token | None, str]]:
    """Each date span with its owning trigger. When one trigger would own two dates, a date right after
    the phrase of another (noun) trigger is that trigger's ("fired on Wednesday in retaliation for the
    killing of its general last week")."""
    owned = [(span, *owning_trigger(span.root, triggers, subordinate=True)) for span in spans]
    per_owner: dict[int, int] = {}
    for _, owner, _how in owned:
        if owner is not None:
            per_owner[owner.i] = per_owner.get(owner.i, 0) + 1
    out = []
    for span, owner, how in owned:
        if owner is not None and per_owner[owner.i] > 1:
            before = [t for t in triggers if t.i != owner.i and t.pos_ in ("NOUN", "PROPN")
                      and t.right_edge.i + 1 == span.start]
            if before:
                owner, how = before[0], "syntax"
        out.append((span, owner, how))
    return out


def _owned(spans: Sequence[Span], mine: set[int], triggers: Sequence[Token]) -> list[tuple[int, int, Span]]:
    """(how, distance, span) for the date spans whose owning trigger is one of ``mine``."""
    out = []
    for span, owner, how in _owners(spans, triggers):
        if owner is not None and owner.i in mine:
            out.append(((0 if how == "syntax" else 1), min(abs(span.root.i - i) for i in mine), span))
    return out


_GAP_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


# Gaps counted in months: "a year after" moves the month, and the month is all the text supports.
_GAP_MONTHS = {"month": 1, "months": 1, "year": 12, "years": 12}


_GAP_NUMBERS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}


_NOMINAL_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


_MAX_HOPS = 6


class _Gap(NamedTuple):
    """A stated gap between two events: whole days, or whole months ("a year after")."""

    days: int = 0
    months: int = 0
    coarse: bool = False  # no gap stated ("after crowds protested"): only the month is known

    def plus(self, other: _Gap) -> _Gap:
        return _Gap(self.days + other.days, self.months + other.months, self.coarse or other.coarse)


_NO_GAP = _Gap()


# A link from a clause to the one whose time it takes: (governing verb, shift), None for a
# time that the text leaves unknown ("after crowds protested", "days after").
_Link = tuple[Token, _Gap] | None


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a trigger token stands in: itself, the verb it is a core argument of, or the
    verb of a by/during/amid/in phrase it heads ("killed by police gunfire", "killed during protests")."""
    for _ in range(3):
        if tok.pos_ in VERBAL:
            return tok
        head = tok.head
        if tok.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            tok = head  # "imposed a curfew and a ban"
            continue
        if tok.dep_ in _NOMINAL_ARGS and head.pos_ in VERBAL:
            return head
        if (tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.lower_ in CLAUSE_PREPS
                and head.head.pos_ in VERBAL):
            return head.head
        return None
    return None


def _noun_clause_verb(noun: Token, trigger_ids: set[int]) -> Token | None:
    """The verb of the clause a noun phrase is part of, or the event noun it is part of, through the nouns
    and place/participant prepositions above it ("clashes between police and students ...")."""
    tok = noun
    for _ in range(6):
        if tok.i != noun.i and tok.i in trigger_ids and tok.pos_ in ("NOUN", "PROPN"):
            return tok
        head = tok.head
        if head.i == tok.i or tok.dep_ == "prep" and tok.lower_ not in PLACE_PREPS:
            return None  # "after clashes between ...": a background event's time is its own
        if head.pos_ in VERBAL and tok.dep_ in _NOMINAL_ARGS | {"prep", "agent", "dative"}:
            return head
        if tok.dep_ in ("pobj", "prep", "conj", "appos", "compound") or tok.dep_ in _NOMINAL_ARGS:
            tok = head
            continue
        return None
    return None


def _gap(words: Sequence[Token]) -> _Gap | None:
    """The gap stated by a sequence marker's modifiers ("a day", "two weeks", "hours", "shortly", "a year");
    None when no gap or an uncounted one ("days after") is stated."""
    for w in words:
        low = w.lower_
        if low in SAME_DAY_GAPS:
            return _NO_GAP
        if low in _GAP_DAYS or low in _GAP_MONTHS:
            nums = [c for c in w.children if c.dep_ in ("det", "nummod")]
            if not nums:
                return None  # "days after": how many is not said
            n = _GAP_NUMBERS.get(nums[0].lower_) or (int(nums[0].text) if nums[0].text.isdigit() else None)
            if n is None:
                return None
            return _Gap(days=n * _GAP_DAYS[low]) if low in _GAP_DAYS else _Gap(months=n * _GAP_MONTHS[low])
    return None


def _sequence_link(marker: Token, holder: Token, governor: Token) -> _Link:
    """The link of an after/before clause or phrase: the governor's time moved by the stated gap (back for
    after, forward for before), else unknown."""
    words = [c for t in (marker, holder) for c in t.children if c.dep_ in ("npadvmod", "advmod")]
    gap = _gap(words)
    if gap is None:
        # "after crowds protested", "days after the vote": a time close to the governor's, whose month is
        # the best the text gives
        return governor, _Gap(coarse=True)
    sign = -1 if marker.lower_ == "after" else 1
    return governor, _Gap(sign * gap.days, sign * gap.months)


def _link(verb: Token, trigger_ids: set[int]) -> _Link | str:
    """How a clause takes the time of another: a `_Link`, or "none" when it hangs from nothing that tells."""
    head = verb.head
    if head.i == verb.i:
        return "none"
    dep = verb.dep_
    if dep == "conj" and head.pos_ in VERBAL and not own_subject(verb):
        if verb.tag_ == "VBD" and head.dep_ == "acl" and (main := _noun_clause_verb(head.head, set())) is not None:
            # a finite verb is not coordinated with a reduced relative ("sanctions against officials accused
            # of interference and expelled ten diplomats"): it shares the main clause's subject and time
            return main, _NO_GAP
        return head, _NO_GAP  # one subject, two verb phrases: "announced sanctions on Wednesday and expelled ..."
    if dep == "xcomp":
        return head, _NO_GAP
    if dep == "pcomp" and head.lower_ == "by" and head.head.pos_ in VERBAL:
        return head.head, _NO_GAP  # "responded by recalling its ambassadors"
    if dep == "acl" and verb.tag_ == "VBG" and (gov := _noun_clause_verb(head, trigger_ids)) is not None:
        return gov, _NO_GAP  # a reduced relative: "to disperse students protesting against ..."
    if (dep == "relcl" and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                                      for c in verb.children)
            and (gov := _noun_clause_verb(head, trigger_ids)) is not None):
        return gov, _NO_GAP  # a relative in the progressive: "dispersed protesters who were rallying against ..."
    if dep != "advcl":
        return "none"
    marks = [c for c in verb.children if c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in SAME_TIME_MARKS]
    if any(m.lower_ in SEQUENCE_MARKS for m in marks):
        marker = next(m for m in marks if m.lower_ in SEQUENCE_MARKS)
        return _sequence_link(marker, verb, head)
    if marks:
        return (head, _NO_GAP) if all(m.lower_ in SAME_TIME_MARKS for m in marks) else None
    if verb.tag_ in ("VBG", "VBN") or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if head.dep_ == "relcl" and verb.i > head.i and doc_text(verb.doc)[verb.idx - 2:verb.idx].strip() == ",":
            # "withdrew a decree that had scrapped subsidies, meeting the main demand": the parser hangs the
            # participle on the relative clause it follows; it elaborates the main one
            noun_verb = _clause_verb(head.head)
            if noun_verb is not None:
                return noun_verb, _NO_GAP
        return head, _NO_GAP  # a participial or purpose adjunct: "withdrew ..., meeting the main demand"
    return None


def _span_clause(span: Span, trigger_ids: set[int]) -> Token | None:
    """The verb whose clause a date phrase is in; None when it qualifies an event noun of its own. A date
    between a reported clause and its postposed reporting verb ("were abducted ..., early on Friday, police
    said") is the reported clause's."""
    tok = below = span.root
    while tok.pos_ not in VERBAL:
        if tok.i != span.root.i and tok.i in trigger_ids and tok.dep_ not in _NOMINAL_ARGS:
            return None  # "the killing of its general last week"
        if tok.head.i == tok.i:
            return None
        below, tok = tok, tok.head
    if tok.lemma_.lower() in REPORTING and tok.i >= span.end and below.i != tok.i:
        start = below.left_edge.i  # the whole phrase: "early on Friday"
        before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < start]
        if before and start > 0 and span.doc[start - 1].text == ",":
            return before[-1]
    return tok


def _verb_date(verb: Token, spans: Sequence[Span], trigger_ids: set[int]) -> Span | None:
    """The date phrase of a verb's own clause, else of a verb phrase sharing its subject or completing it
    ("imposed a curfew and deployed the army on Friday", "used water cannon to disperse ... on Friday")."""
    clauses = [(s, _span_clause(s, trigger_ids)) for s in spans]

    def of(v: Token) -> Span | None:
        found = [s for s, c in clauses if c is not None and c.i == v.i]
        return min(found, key=lambda s: abs(s.root.i - v.i)) if found else None

    if (own := of(verb)) is not None:
        return own
    sharing = [c for c in verb.children
               if c.dep_ == "xcomp" or (c.dep_ == "conj" and c.pos_ in VERBAL and not own_subject(c)
                                        and c.lemma_.lower() not in REPORTING)]
    for c in sharing:
        if (found := of(c)) is not None:
            return found
    for v in [verb, *sharing]:
        for c in v.children:
            # "took the pilot hostage after it landed in Nduga on Tuesday": a setting clause with no event of
            # its own and no stated gap gives the only time the text has, which the event followed at once
            if (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
                    and not any(t.i in trigger_ids for t in c.subtree)
                    and not any(m.dep_ in ("npadvmod", "advmod") for m in c.children)
                    and (found := of(c)) is not None):
                return found
    return None


def _shift(value: DateValue, gap: _Gap) -> DateValue | None:
    """A date moved by whole days, or by whole months to the month; a coarser date stays as it is only
    when not moved."""
    if gap == _NO_GAP:
        return value
    if gap.coarse:
        moved = _shift(value, gap._replace(coarse=False))
        if moved is None or moved[1] not in ("day", "month"):
            return moved
        return moved[0][:7], "month"
    if gap.months and not gap.days and value[1] in ("day", "month"):
        n = int(value[0][:4]) * 12 + int(value[0][5:7]) - 1 + gap.months
        return f"{n // 12:04d}-{n % 12 + 1:02d}", "month"
    if gap.months or value[1] != "day":
        return None
    return _day(date.fromisoformat(value[0]) + timedelta(days=gap.days))


def _clause_time(trigger: Token, spans: Sequence[Span], triggers: Sequence[Token]) -> DateValue | None | str:
    """The date of a trigger's clause, read from its own clause or taken from the clause it hangs from;
    "none" when nothing up its chain of same-time links is dated, None when the text leaves its time unknown."""
    trigger_ids = {t.i for t in triggers}
    verb = _clause_verb(trigger)
    shift = _NO_GAP
    prep = trigger.head
    if (verb is None and trigger.dep_ == "pobj" and prep.lower_ in SEQUENCE_MARKS
            and prep.head.pos_ in VERBAL):  # "fired on Wednesday, a day after the vote"
        gap = _sequence_link(prep, prep, prep.head)
        if gap is None:
            return None
        verb, shift = gap
    if verb is None:
        return "none"
    for _ in range(_MAX_HOPS):
        found = _verb_date(verb, spans, trigger_ids)
        if found is not None:
            return _shift(found._.date_value, shift)
        link = _link(verb, trigger_ids)
        if link is None:
            return None
        if isinstance(link, str):
            break
        verb, extra = link
        shift = shift.plus(extra)
        if verb.pos_ not in VERBAL:  # an event noun: "students protesting" in "clashes between police and ..."
            value = date_for_event(verb.doc, verb, triggers=[t for t in triggers if t.i != trigger.i])
            return None if value is None else _shift(value, shift)
    # no date up the chain: other rules may still tell, but not for a shifted time
    return "none" if shift == _NO_GAP else None


def _event_spans(spans: Sequence[Span], pub: date | None, trigger_ids: set[int]) -> list[Span]:
    """The date phrases that can date a past event of a clause: none of a clause still ahead, none after
    publication, none that is the time of a noun that is no event ("last month's election")."""
    return [s for s in spans if s.label_ != "FUTURE" and is_past_date(s._.date_value, pub)
            and not _qualifies_noun(s, trigger_ids)]


def _date_of_report(span: Span, trigger: Token, trigger_ids: set[int]) -> bool:
    """"said on Monday it had sent generators": the date is the report's, and the act it reports in the past
    perfect happened at a time the text does not give (guide §5: undated, not the day of the statement)."""
    verb = _clause_verb(trigger)
    if verb is None:
        return False
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    report = t.head
    if t.dep_ != "ccomp" or report.lemma_.lower() not in REPORTING or not any(
            c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
        return False
    clause = _span_clause(span, trigger_ids)
    if clause is not None and clause.i == report.i:
        return True
    # "said on Monday it had delivered ...": the parser often hangs the phrase on the reported verb; standing
    # between the reporting verb and the reported clause's subject, it is the report's
    subjects = [c.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return report.i < span.start and bool(subjects) and span.end <= min(subjects)


def date_for_event(doc: Doc, trigger: Token, *, triggers: Sequence[Token],
                   tokens: Sequence[Token] = ()) -> DateValue | None:
    """(iso, precision) of the date phrase attached to a trigger (or the event's other ``tokens``, or the
    verbs that only state its cost): in its clause, else the date of an event it took place during,
    else the nearest in its sentence not closer to another trigger, else (no date in the sentence at
    all) the lead date of the previous sentence of the paragraph; None when the text gives none."""
    if "dates" not in doc.spans or not len(doc.spans["dates"]):
        return None
    k = sent_number(trigger)
    sent = sentence(doc, k)
    mine = {trigger.i} | {t.i for t in tokens} | companions(trigger, triggers, is_cost=is_cost_word)
    chosen: Span | None = None
    pub = get_pub_date(doc)
    trigger_ids = {t.i for t in triggers}
    all_in_sentence = spans_in_sentence(doc, "dates", k)
    in_sentence = _event_spans(all_in_sentence, pub, trigger_ids)
    scored = _owned(in_sentence, mine, triggers)
    if not scored:
        # "shot dead 58 during protests ... on Monday": the protests' time is the shooting's
        during = {t.i for t in concurrent_triggers(trigger, triggers)}
        scored = [x for x in _owned(in_sentence, during, triggers) if x[0] == 0] if during else []
    if scored:
        chosen = min(scored, key=lambda x: (x[0], x[1]))[2]
    elif (timed := _clause_time(trigger, in_sentence, triggers)) != "none":
        # its clause's date, or that of the clause it is linked to: same time, or a stated gap
        return timed if timed is None or isinstance(timed, tuple) else None
    elif (parent := _governing_trigger(trigger, triggers)) is not None:
        # "ordered an offensive on Wednesday, accusing ...": a participle clause shares its governor's time
        return date_for_event(doc, parent, triggers=[t for t in triggers if t.i != trigger.i])
    elif not all_in_sentence:  # a sentence with a time of its own, even one ahead, does not take the last one's
        for prev in sentences_back(doc, trigger):
            prev_spans = [s for s in _event_spans(spans_in_sentence(doc, "dates", sent_number(prev[0])), pub,
                                                  trigger_ids)
                          if owning_trigger(s.root, triggers)[1] != "blocked"]
            if prev_spans:
                chosen = prev_spans[0]
                break
    if chosen is None or _date_of_report(chosen, trigger, trigger_ids):
        return None
    value: DateValue = chosen._.date_value
    if sent_start(doc[chosen.start]) != sent.start:
        return value  # the previous sentence's time, not its "for a third day"
    phrase = nth_day_phrase(sent, mine, triggers)
    return shift_for_nth_day(value, phrase) if phrase else value


