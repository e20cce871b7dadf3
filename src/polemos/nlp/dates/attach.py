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

from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import (
    REPORTING,
    SEQUENCE_MARKS,
)
from polemos.nlp.attach import (
    VERBAL,
    companions,
    concurrent_triggers,
    own_subject,
    owning_trigger,
    trigger_map,
)
from polemos.nlp.counts.recognizer import is_cost_word
from polemos.nlp.dates.clauses import (
    MODIFIER_DEPS,
    NO_GAP,
    clause_link,
    clause_verb,
    qualifies_noun,
    report_verb,
    sequence_link,
    shift_value,
    span_clause,
)
from polemos.nlp.dates.context import in_headline, reference_date, section_heading
from polemos.nlp.dates.normalise import _NTH_DAY, ORDINALS, DateValue, _day
from polemos.nlp.dates.recognizer import is_past_date
from polemos.nlp.doc_index import doc_index, doc_text, sent_number, sent_start, sentence, spans_in_sentence


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


_MAX_HOPS = 6


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


_BEFORE_AFTER = frozenset({"after", "before", "since"})


def _names_trigger(noun: Token, trigger: Token) -> bool:
    """The noun is the trigger or the head of its "of" phrase ("the wave of revolts")."""
    return noun.i == trigger.i or (trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.i == noun.i)


def _through_relative(span: Span, owner: Token, trigger_ids: set[int]) -> bool:
    """The path from a date phrase up to the trigger that owns it crosses a relative clause of no event."""
    tok = span.root
    for _ in range(40):
        if tok.i == owner.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl" and tok.i not in trigger_ids and not _names_trigger(tok.head, owner):
            return True  # a relative clause on another noun; "the wave of revolts that started on October 2nd" is dated
        tok = tok.head
    return False


def _owned(spans: Sequence[Span], mine: set[int], triggers: Sequence[Token],
           primary: int = -1) -> list[tuple[int, int, int, Span]]:
    """(how, rank, distance, span) for the date spans whose owning trigger is one of ``mine``; rank 0 for those
    the ``primary`` trigger itself owns ("deployed ... on Saturday after fighting ... wounded 70 this week": the
    week is the cost verb's, the Saturday the deployment's)."""
    out = []
    trigger_ids = {t.i for t in triggers}
    for span, owner, how in _owners(spans, triggers):
        if owner is not None and how == "syntax" and _through_relative(span, owner, trigger_ids):
            continue  # "postponed talks, which had been due to take place on Thursday": the talks' time
        if (owner is not None and owner.dep_ == "pobj" and owner.head.lower_ in _BEFORE_AFTER
                and not owner.left_edge.i <= span.start < owner.right_edge.i + 1):
            continue  # "exchanged fire early on Monday, days after the worst fighting": the exchange's time
        if owner is not None and owner.i in mine:
            out.append(((0 if how == "syntax" else 1), int(owner.i != primary), abs(span.root.i - owner.i), span))
    return out


def _verb_date(verb: Token, spans: Sequence[Span], trigger_ids: set[int]) -> Span | None:
    """The date phrase of a verb's own clause, else of a verb phrase sharing its subject or completing it
    ("imposed a curfew and deployed the army on Friday", "used water cannon to disperse ... on Friday")."""
    clauses = [(s, span_clause(s, trigger_ids), report_verb(s, trigger_ids)) for s in spans]

    def of(v: Token) -> Span | None:
        # "said on Monday the region had won": the phrase the parser hangs on 'won' is the report's
        found = [s for s, c, r in clauses if c is not None and c.i == v.i and (r is None or r.i == v.i)]
        return min(found, key=lambda s: abs(s.root.i - v.i)) if found else None

    if (own := of(verb)) is not None:
        return own
    sharing = [c for c in verb.children
               if c.dep_ == "xcomp" or (c.dep_ == "conj" and c.pos_ in VERBAL and not own_subject(c)
                                        and c.lemma_.lower() not in REPORTING)]
    # "Putin, visiting North Ossetia on Saturday, accused ...": a participle on the subject tells the circumstances
    # of the act, and its time
    sharing += [c for subj in verb.children if subj.dep_ == "nsubj" for c in subj.children
                if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i < verb.i]
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


def _noun_time(noun: Token, spans: Sequence[Span]) -> Span | None:
    """A date phrase that dates a noun ("Sunday's referendum", "the vote on Sunday")."""
    for span in spans:
        root = span.root
        if root.head.i == noun.i and root.dep_ in (*MODIFIER_DEPS, "npadvmod", "amod"):
            return span
        if root.dep_ == "pobj" and root.head.head.i == noun.i and root.head.lower_ in ("on", "of"):
            return span
    return None


def _clause_time(trigger: Token, spans: Sequence[Span], triggers: Sequence[Token],
                 noun_spans: Sequence[Span] = ()) -> DateValue | None | str:
    """The date of a trigger's clause, read from its own clause or taken from the clause it hangs from, or from the
    noun a relative clause qualifies ("Sunday's referendum, in which police fired", from ``noun_spans``); "none"
    when nothing up its chain of same-time links is dated, None when the text leaves its time unknown."""
    trigger_ids = {t.i for t in triggers}
    verb = clause_verb(trigger)
    shift = NO_GAP
    prep = trigger.head
    if (verb is None and trigger.dep_ == "pobj" and prep.lower_ in SEQUENCE_MARKS
            and prep.head.pos_ in VERBAL):  # "fired on Wednesday, a day after the vote"
        gap = sequence_link(prep, prep, prep.head)
        if gap is None:
            return None
        verb, shift = gap
    if verb is None:
        return "none"
    for _ in range(_MAX_HOPS):
        found = _verb_date(verb, spans, trigger_ids)
        if found is not None:
            return shift_value(found._.date_value, shift)
        if verb.dep_ == "relcl" and (dated_noun := _noun_time(verb.head, noun_spans)) is not None:
            return shift_value(dated_noun._.date_value, shift)
        link = clause_link(verb, trigger_ids)
        if link is None:
            return None
        if isinstance(link, str):
            break
        verb, extra = link
        shift = shift.plus(extra)
        if verb.pos_ not in VERBAL:  # an event noun: "students protesting" in "clashes between police and ..."
            value = date_for_event(verb.doc, verb, triggers=[t for t in triggers if t.i != trigger.i])
            return None if value is None else shift_value(value, shift)
    # no date up the chain: other rules may still tell, but not for a shifted time
    return "none" if shift == NO_GAP else None


def _event_spans(spans: Sequence[Span], pub: date | None, trigger_ids: set[int]) -> list[Span]:
    """The date phrases that can date a past event of a clause: none of a clause still ahead, none after
    publication, none that is the time of a noun that is no event ("last month's election")."""
    return [s for s in spans if s.label_ == "DATE" and is_past_date(s._.date_value, pub)
            and not qualifies_noun(s, trigger_ids)]


def _date_of_report(span: Span, trigger: Token, trigger_ids: set[int]) -> bool:
    """"said on Monday it had sent generators": the date is the report's, and the act it reports in the past
    perfect happened at a time the text does not give (guide §5: undated, not the day of the statement)."""
    verb = clause_verb(trigger)
    if verb is None:
        return False
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    report = t.head
    if t.dep_ != "ccomp" or report.lemma_.lower() not in REPORTING or not any(
            c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
        return False
    clause = span_clause(span, trigger_ids)
    if clause is not None and clause.i == report.i:
        return True
    # "said on Monday it had delivered ...": the parser often hangs the phrase on the reported verb; standing
    # between the reporting verb and the reported clause's subject, it is the report's
    subjects = [c.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return report.i < span.start and bool(subjects) and span.end <= min(subjects)


_PERFECT = frozenset({"had", "has", "have", "'d", "'s", "'ve"})


def _reported_by(trigger: Token) -> Token | None:
    """The reporting verb whose complement the trigger stands in ("Guterres demanded ..., his spokesman said", "said
    the election had been neither free nor fair and condemned ..."), unless the act is told in the perfect ("said it
    had sent", "said it has suspended"): its time is then one the text does not give (guide §5)."""
    verb = clause_verb(trigger) or trigger
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PERFECT for c in verb.children):
        return None
    tok = trigger
    for _ in range(12):
        head = tok.head
        if head.i == tok.i or tok.dep_ in _OWN_TIME_CLAUSES:
            return None  # "in which police fired", "after crowds gathered": a clause with a time of its own
        if head.lemma_.lower() in REPORTING and head.pos_ in VERBAL:
            return head if tok.dep_ in ("ccomp", "parataxis") else None
        tok = head
    return None


_EARLIER = frozenset({"earlier", "previously", "initially", "before", "already", "once"})


_GAP_UNITS = frozenset({"day", "week", "month", "year"})


def _days_apart(trigger: Token) -> bool:
    """The trigger's clause is told "days after" (or weeks before) the clause it hangs from: its time is not the
    nearest phrase's ("exchanged fire on Monday, days after the worst fighting in years killed five people")."""
    verb = clause_verb(trigger) or trigger
    for tok in (verb, trigger.head):
        for c in tok.children:
            if c.dep_ == "npadvmod" and c.lemma_.lower() in _GAP_UNITS:
                return True
            if c.lower_ in SEQUENCE_MARKS and any(g.dep_ == "npadvmod" and g.lemma_.lower() in _GAP_UNITS
                                                 for g in c.children):
                return True
    return False


_SENTENCES_BACK = 3


def _previous_time(doc: Doc, trigger: Token, triggers: Sequence[Token], pub: date | None) -> Span | None:
    """The lead date phrase of the nearest of the few sentences before the trigger's, within its paragraph (a
    paragraph keeps the time it told: "Last night special forces attacked ... Dozens were injured. The Ministry says
    63 people were detained"); the parser may run a headline into the paragraph's first sentence."""
    index = doc_index(doc, sents=True)
    k = index.sent_of[trigger.i]
    text = index.text
    paragraph = text.rfind("\n\n", 0, trigger.idx) + 1
    trigger_ids = {t.i for t in triggers}
    for j in range(k - 1, max(k - _SENTENCES_BACK, 0) - 1, -1):
        spans = [s for s in _event_spans(spans_in_sentence(doc, "dates", j), pub, trigger_ids)
                 if s.start_char >= paragraph and owning_trigger(s.root, triggers)[1] != "blocked"]
        if spans:
            return spans[0]
        if doc[index.starts[j]].idx < paragraph:
            break  # the paragraph's first sentence told no time
    # "1. Judgment of 10 May 2013": the date of the heading of its section
    heading = section_heading(doc, trigger.idx)
    if heading is None or heading[1] > trigger.idx:
        return None
    dated = [s for s in doc.spans["dates"] if heading[0] <= s.start_char < heading[1] and s.label_ == "DATE"
             and s._.date_value[1] == "day"]
    return dated[0] if dated else None


def _past_perfect(trigger: Token) -> bool:
    """The trigger's clause tells an act before the time just told: a past perfect with "earlier" ("Masari had
    earlier blamed armed gangs", "police had initially said")."""
    verb = clause_verb(trigger) or trigger
    return (any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)
            and any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in verb.children))


# clauses whose time is their own, not that of the clause above: relative and adverbial clauses
_OWN_TIME_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _report_time(trigger: Token, spans: Sequence[Span], trigger_ids: set[int]) -> DateValue | None:
    """The time of the report a trigger's act is told in, when the act has no time of its own: a statement takes
    the date it was made (guide §5); the document stage prefers the act's own date told elsewhere."""
    report = _reported_by(trigger)
    if report is None:
        return None
    found = [s for s in spans if (r := report_verb(s, trigger_ids)) is not None and r.i == report.i]
    return found[0]._.date_value if found else None


def date_for_event(doc: Doc, trigger: Token, *, triggers: Sequence[Token],
                   tokens: Sequence[Token] = ()) -> DateValue | None:
    """(iso, precision) of the date phrase attached to a trigger (or the event's other ``tokens``, or the
    verbs that only state its cost): in its clause, else the date of an event it took place during,
    else the nearest in its sentence not closer to another trigger, else (no date in the sentence at
    all) the lead date of the previous sentence of the paragraph, else the date of the report that tells
    it; None when the text gives none. How the date was found is kept in ``doc._.date_sources``."""
    value, how = _dated(doc, trigger, triggers=triggers, tokens=tokens)
    if doc.has_extension("date_sources"):
        if doc._.date_sources is None:
            doc._.date_sources = {}
        doc._.date_sources[trigger.i] = how
    return value


#: How `date_for_event` found a date: in the event's own clause, through a clause it is linked to, in the previous
#: sentence, from the report that tells the act, or not at all.
DATE_SOURCES = ("clause", "linked", "previous", "report", "none")


def _dated(doc: Doc, trigger: Token, *, triggers: Sequence[Token],
           tokens: Sequence[Token] = ()) -> tuple[DateValue | None, str]:
    """`date_for_event` with how the date was found (one of `DATE_SOURCES`)."""
    if "dates" not in doc.spans or not len(doc.spans["dates"]):
        return None, "none"
    k = sent_number(trigger)
    sent = sentence(doc, k)
    mine = {trigger.i} | {t.i for t in tokens} | companions(trigger, triggers, is_cost=is_cost_word)
    chosen: Span | None = None
    how = "clause"
    pub = reference_date(doc)
    trigger_ids = {t.i for t in triggers}
    all_in_sentence = spans_in_sentence(doc, "dates", k)
    if in_headline(doc, trigger.idx):
        # the parser runs a headline into the dateline and lead: a headline's act is dated by its own words only
        all_in_sentence = [s for s in all_in_sentence if in_headline(doc, s.start_char)]
    elif any(in_headline(doc, t.idx) for t in triggers):
        # ... and a headline's verb owns no phrase of the lead it is run into
        triggers = [t for t in triggers if not in_headline(doc, t.idx)]
        trigger_ids = {t.i for t in triggers}
    in_sentence = _event_spans(all_in_sentence, pub, trigger_ids)
    noun_spans = [s for s in all_in_sentence if s.label_ == "DATE" and is_past_date(s._.date_value, pub)]
    # a report's date is not the act's: it dates it only through the report (below)
    owned_spans = [s for s in in_sentence if report_verb(s, trigger_ids) is None]
    scored = _owned(owned_spans, mine, triggers, trigger.i)
    if not scored:
        # "shot dead 58 during protests ... on Monday": the protests' time is the shooting's
        during = {t.i for t in concurrent_triggers(trigger, triggers)}
        scored = [x for x in _owned(owned_spans, during, triggers) if x[0] == 0] if during else []
    if (scored and min(scored)[0] == 1
            and isinstance(timed := _clause_time(trigger, in_sentence, triggers, noun_spans), tuple)
            and (timed[1] == "day" or _days_apart(trigger))):
        # only a phrase nearest to it, none in its clause: the time of the clause it is linked to wins ("found the
        # bodies on Wednesday, raising the toll from the attack the previous day, as Lee warned ...")
        return timed, "linked"
    if scored:
        chosen = min(scored, key=lambda x: x[:3])[3]
    elif (timed := _clause_time(trigger, in_sentence, triggers, noun_spans)) != "none":
        # its clause's date, or that of the clause it is linked to: same time, or a stated gap ("bombed the airport
        # on Monday as an offensive entered its fifth day": the offensive began four days before)
        if not isinstance(timed, tuple):
            return None, "none"
        phrase = nth_day_phrase(sent, mine, triggers)
        return (shift_for_nth_day(timed, phrase) if phrase else timed), "linked"
    elif (parent := _governing_trigger(trigger, triggers)) is not None and (
            parented := _dated(doc, parent, triggers=[t for t in triggers if t.i != trigger.i]))[0] is not None:
        # "ordered an offensive on Wednesday, accusing ...": a participle clause shares its governor's time
        return parented[0], ("linked" if parented[1] == "clause" else parented[1])
    elif parent is None and not all_in_sentence and not _past_perfect(trigger):
        # a sentence with a time of its own, even one ahead, does not take the last one's; nor does an act told as
        # earlier than it ("Masari had earlier blamed armed gangs")
        how = "previous"
        chosen = _previous_time(doc, trigger, triggers, pub)
    if chosen is None:
        reported = _report_time(trigger, in_sentence, trigger_ids)
        return (reported, "report") if reported is not None else (None, "none")
    if _date_of_report(chosen, trigger, trigger_ids):
        return None, "none"
    value: DateValue = chosen._.date_value
    if sent_start(doc[chosen.start]) != sent.start:
        return value, how  # the previous sentence's time, not its "for a third day"
    phrase = nth_day_phrase(sent, mine, triggers)
    return (shift_for_nth_day(value, phrase) if phrase else value), how
