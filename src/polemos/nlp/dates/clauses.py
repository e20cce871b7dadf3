"""The clause structure dates are read through: the verb whose clause a trigger or a date phrase stands in, how
one clause takes the time of another (same time, or a stated gap: "a day after", "hours later"), and date phrases
that only qualify a noun ("last month's election")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from spacy.tokens import Span, Token

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
from polemos.nlp.attach import VERBAL, own_subject
from polemos.nlp.dates.normalise import DateValue, _day
from polemos.nlp.doc_index import doc_text

MODIFIER_DEPS = frozenset({"poss", "compound", "nmod"})


def qualifies_noun(span: Span, trigger_ids: set[int]) -> bool:
    """The date phrase modifies a noun that is no event trigger ("against the results of last month's
    election", "the 2019 vote"): it is that noun's time, not the clause's, unless the noun is the clause's
    setting ("clashes broke out during Sunday's funeral", "opened fire after Friday prayers")."""
    root = span.root
    head = root.head
    if (root.dep_ not in MODIFIER_DEPS or head.pos_ not in ("NOUN", "PROPN") or span.start <= head.i < span.end
            or head.i in trigger_ids or head.ent_type_ in ("DATE", "TIME") or head.lower_ in DAY_PARTS):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.dep_ == "prep" and before.head.pos_ in VERBAL and head.i > span.end:
        return False  # "On 16 March riot police ... used": the parser's compound is the verb's time
    if head.dep_ == "pobj" and head.head.head.pos_ in VERBAL:
        prep = head.head.lower_
        if prep in DATES_SETTING_PREPS or prep in NEXT_PREPS and span._.date_value[1] == "day":
            return False
    return True


_GAP_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


# Gaps counted in months: "a year after" moves the month, and the month is all the text supports.
_GAP_MONTHS = {"month": 1, "months": 1, "year": 12, "years": 12}


_GAP_NUMBERS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}


NOMINAL_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


class Gap(NamedTuple):
    """A stated gap between two events: whole days, or whole months ("a year after")."""

    days: int = 0
    months: int = 0
    coarse: bool = False  # no gap stated ("after crowds protested"): only the month is known

    def plus(self, other: Gap) -> Gap:
        return Gap(self.days + other.days, self.months + other.months, self.coarse or other.coarse)


NO_GAP = Gap()


# A link from a clause to the one whose time it takes: (governing verb, shift), None for a
# time that the text leaves unknown ("after crowds protested", "days after").
Link = tuple[Token, Gap] | None


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a trigger token stands in: itself, the verb it is a core argument of, or the
    verb of a by/during/amid/in phrase it heads ("killed by police gunfire", "killed during protests")."""
    for _ in range(3):
        if tok.pos_ in VERBAL:
            return tok
        head = tok.head
        if tok.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            tok = head  # "imposed a curfew and a ban"
            continue
        if tok.dep_ in NOMINAL_ARGS and head.pos_ in VERBAL:
            return head
        if (tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.lower_ in CLAUSE_PREPS
                and head.head.pos_ in VERBAL):
            return head.head
        if (tok.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in VERBAL and head.i < tok.i < head.head.i
                and not own_subject(head.head)):
            return head.head  # "as an offensive ... entered its fifth day": the parser's "as" phrase is the subject
        return None
    return None


def noun_clause_verb(noun: Token, trigger_ids: set[int]) -> Token | None:
    """The verb of the clause a noun phrase is part of, or the event noun it is part of, through the nouns
    and place/participant prepositions above it ("clashes between police and students ...")."""
    tok = noun
    for _ in range(6):
        if tok.i != noun.i and tok.i in trigger_ids and tok.pos_ in ("NOUN", "PROPN"):
            return tok
        head = tok.head
        if head.i == tok.i or tok.dep_ == "prep" and tok.lower_ not in PLACE_PREPS:
            return None  # "after clashes between ...": a background event's time is its own
        if head.pos_ in VERBAL and tok.dep_ in NOMINAL_ARGS | {"prep", "agent", "dative"}:
            return head
        if tok.dep_ in ("pobj", "prep", "conj", "appos", "compound") or tok.dep_ in NOMINAL_ARGS:
            tok = head
            continue
        return None
    return None


def stated_gap(words: Sequence[Token]) -> Gap | None:
    """The gap stated by a sequence marker's modifiers ("a day", "two weeks", "hours", "shortly", "a year");
    None when no gap or an uncounted one ("days after") is stated."""
    for w in words:
        low = w.lower_
        if low in SAME_DAY_GAPS:
            return NO_GAP
        if low in _GAP_DAYS or low in _GAP_MONTHS:
            nums = [c for c in w.children if c.dep_ in ("det", "nummod")]
            if not nums:
                return None  # "days after": how many is not said
            n = _GAP_NUMBERS.get(nums[0].lower_) or (int(nums[0].text) if nums[0].text.isdigit() else None)
            if n is None:
                return None
            return Gap(days=n * _GAP_DAYS[low]) if low in _GAP_DAYS else Gap(months=n * _GAP_MONTHS[low])
    return None


def sequence_link(marker: Token, holder: Token, governor: Token) -> Link:
    """The link of an after/before clause or phrase: the governor's time moved by the stated gap (back for
    after, forward for before), else unknown."""
    words = [c for t in (marker, holder) for c in t.children if c.dep_ in ("npadvmod", "advmod")]
    gap = stated_gap(words)
    if gap is None:
        # "after crowds protested", "days after the vote": a time close to the governor's, whose month is
        # the best the text gives
        return governor, Gap(coarse=True)
    sign = -1 if marker.lower_ == "after" else 1
    return governor, Gap(sign * gap.days, sign * gap.months)


def _finite_above(tok: Token) -> Token | None:
    """The nearest finite verb above a non-finite one, through complements and the nouns they hang on."""
    for _ in range(8):
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return None
        tok = tok.head
        if tok.pos_ in VERBAL and tok.tag_ in ("VBD", "VBZ", "VBP"):
            return tok
    return None


def clause_link(verb: Token, trigger_ids: set[int]) -> Link | str:
    """How a clause takes the time of another: a `Link`, or "none" when it hangs from nothing that tells."""
    head = verb.head
    if head.i == verb.i:
        return "none"
    dep = verb.dep_
    if (dep == "conj" and verb.tag_ == "VBD" and not own_subject(verb) and head.tag_ not in ("VBD", "VBZ", "VBP")
            and head.dep_ != "acl" and (main := _finite_above(head)) is not None):
        # a finite verb is not coordinated with an infinitive below the main verb ("accused extremists of trying to
        # cleanse Kosovo and offered to send troops"): it is the main verb's second verb phrase
        return main, NO_GAP
    if dep == "conj" and head.pos_ in VERBAL and not own_subject(verb):
        if verb.tag_ == "VBD" and head.dep_ == "acl" and (main := noun_clause_verb(head.head, set())) is not None:
            # a finite verb is not coordinated with a reduced relative ("sanctions against officials accused
            # of interference and expelled ten diplomats"): it shares the main clause's subject and time
            return main, NO_GAP
        return head, NO_GAP  # one subject, two verb phrases: "announced sanctions on Wednesday and expelled ..."
    if dep == "xcomp":
        return head, NO_GAP
    if dep == "pcomp" and head.lower_ == "by" and head.head.pos_ in VERBAL:
        return head.head, NO_GAP  # "responded by recalling its ambassadors"
    if dep == "acl" and verb.tag_ == "VBG" and (gov := noun_clause_verb(head, trigger_ids)) is not None:
        return gov, NO_GAP  # a reduced relative: "to disperse students protesting against ..."
    if (dep == "relcl" and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                                      for c in verb.children)
            and (gov := noun_clause_verb(head, trigger_ids)) is not None):
        return gov, NO_GAP  # a relative in the progressive: "dispersed protesters who were rallying against ..."
    if dep != "advcl":
        return "none"
    marks = [c for c in verb.children if c.dep_ == "mark" or c.dep_ in ("advmod", "prep") and c.lower_ in SAME_TIME_MARKS
             and c.i < verb.i]
    if any(m.lower_ in SEQUENCE_MARKS for m in marks):
        marker = next(m for m in marks if m.lower_ in SEQUENCE_MARKS)
        return sequence_link(marker, verb, head)
    if marks:
        return (head, NO_GAP) if all(m.lower_ in SAME_TIME_MARKS for m in marks) else None
    if verb.tag_ in ("VBG", "VBN") or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if head.dep_ == "relcl" and verb.i > head.i and doc_text(verb.doc)[verb.idx - 2:verb.idx].strip() == ",":
            # "withdrew a decree that had scrapped subsidies, meeting the main demand": the parser hangs the
            # participle on the relative clause it follows; it elaborates the main one
            noun_verb = clause_verb(head.head)
            if noun_verb is not None:
                return noun_verb, NO_GAP
        return head, NO_GAP  # a participial or purpose adjunct: "withdrew ..., meeting the main demand"
    return None


def span_clause(span: Span, trigger_ids: set[int]) -> Token | None:
    """The verb whose clause a date phrase is in; None when it qualifies an event noun of its own. A date
    between a reported clause and its postposed reporting verb ("were abducted ..., early on Friday, police
    said") is the reported clause's."""
    tok = below = span.root
    while tok.pos_ not in VERBAL:
        if tok.i != span.root.i and tok.i in trigger_ids and tok.dep_ not in NOMINAL_ARGS:
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


def shift_value(value: DateValue, gap: Gap) -> DateValue | None:
    """A date moved by whole days, or by whole months to the month; a coarser date stays as it is only
    when not moved."""
    if gap == NO_GAP:
        return value
    if gap.coarse:
        moved = shift_value(value, gap._replace(coarse=False))
        if moved is None or moved[1] not in ("day", "month"):
            return moved
        return moved[0][:7], "month"
    if gap.months and not gap.days and value[1] in ("day", "month"):
        n = int(value[0][:4]) * 12 + int(value[0][5:7]) - 1 + gap.months
        return f"{n // 12:04d}-{n % 12 + 1:02d}", "month"
    if gap.months or value[1] != "day":
        return None
    return _day(date.fromisoformat(value[0]) + timedelta(days=gap.days))




def report_verb(span: Span, trigger_ids: set[int]) -> Token | None:
    """The reporting verb whose time a date phrase gives ("said on Tuesday", "said in an address on Sunday night
    that ..."), also where the parser hangs the phrase on the reported verb ("said on Monday the region had won":
    between the reporting verb and the reported clause's subject); None for other phrases."""
    clause = span_clause(span, trigger_ids)
    if clause is None:
        return None
    if clause.lemma_.lower() in REPORTING:
        return None if clause.i in trigger_ids else clause
    top = clause
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    report = top.head
    if top.dep_ != "ccomp" or report.lemma_.lower() not in REPORTING or report.i in trigger_ids:
        return None
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return report if report.i < span.start and subjects and span.end <= min(subjects) else None


__all__ = [
    "MODIFIER_DEPS",
    "NOMINAL_ARGS",
    "NO_GAP",
    "Gap",
    "Link",
    "clause_link",
    "clause_verb",
    "noun_clause_verb",
    "qualifies_noun",
    "report_verb",
    "sequence_link",
    "shift_value",
    "span_clause",
    "stated_gap",
]
