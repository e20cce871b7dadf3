"""Mentions of one incident (headline, lead, body, "the attack") merged into one event, keeping all evidence."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from polemos.lang.en.words import ACTOR_NAME_STOPWORDS, ARREST_FOLLOW_UP_WORDS, REPORTING, SAME_ACT_WORDS
from polemos.models import Actor, Count, Event
from polemos.nlp.document.mention import Mention, dates_agree, parse_iso

_PRECISION_RANK = {"point": 4, "city": 3, "admin1": 2, "region": 1, "country": 0}


_WORD = re.compile(r"[a-z0-9]+")


# nouns that carry no identity of their own: "forces" matches "forces" of any side
_SOFT = ACTOR_NAME_STOPWORDS - {"police", "army", "military", "troops", "government", "authorities"}


def _singular(word: str) -> str:
    # "protester" names the same people as "protesters"
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _words(actor: Actor) -> set[str]:
    return {_singular(w) for w in _WORD.findall(actor.name.lower()) if w not in _SOFT}


def _same_actor(a: Actor, b: Actor, *, by_country: bool) -> bool:
    if a.actor_id and b.actor_id and a.actor_id == b.actor_id:
        return True
    wa, wb = _words(a), _words(b)
    if wa & wb:
        return True
    return by_country and a.country is not None and a.country == b.country


def actors_agree(xs: list[Actor], ys: list[Actor], *, by_country: bool = False) -> bool:
    """Either side names no one, or some actor of one is an actor of the other (name, KB id, or country when
    ``by_country``)."""
    xs = [a for a in xs if a.start is not None] or xs
    ys = [a for a in ys if a.start is not None] or ys
    if not xs or not ys:
        return True
    return any(_same_actor(a, b, by_country=by_country) for a in xs for b in ys)


def places_agree(a: Event, b: Event) -> bool:
    """Same place, one inside the other (a town in its county, division or country), or one unknown
    (`places.locations_agree`)."""
    from polemos.nlp.places.fusion import locations_agree

    return locations_agree(a.location, b.location)


_NEAR_CHARS = 1500  # an agentless mention names back an incident told within a few paragraphs


def _shared_target(a: Event, b: Event) -> bool:
    xs = [x for x in a.target if x.start is not None]
    ys = [y for y in b.target if y.start is not None]
    return bool(xs and ys) and any(_same_actor(x, y, by_country=False) for x in xs for y in ys)


def _shared_target_or_unnamed(a: Event, b: Event) -> bool:
    """The later mention names no target of its own, or one the earlier names too."""
    ys = [y for y in b.target if y.start is not None]
    return not ys or _shared_target(a, b)


def same_act_words(x: str, y: str) -> bool:
    """Whether two trigger lemmas tell one act: the same word, or words of one `SAME_ACT_WORDS` set."""
    if not x or not y:
        return False
    return x == y or any(x in group and y in group for group in SAME_ACT_WORDS)


def _state_targets_agree(xs: list[Actor], ys: list[Actor]) -> bool:
    """Targets agree by name, or both name the same state ("Colombia" / "Colombia's government")."""
    if actors_agree(xs, ys):
        return True
    states = [[a for a in side if a.sector == "GOV" and a.country] for side in (xs, ys)]
    return any(a.country == b.country for a in states[0] for b in states[1])


def _forces_agree(xs: list[Actor], ys: list[Actor]) -> bool:
    """Sources agree by name, or both are one state's police or army ("Sri Lankan police" / "officers")."""
    if actors_agree(xs, ys):
        return True
    return any(a.country and a.country == b.country and a.sector == b.sector and a.sector in ("COP", "MIL")
               for a in xs for b in ys)


def _counts_differ(a: Event, b: Event) -> bool:
    for kind in ("killed", "injured", "arrested"):
        ca, cb = getattr(a, kind), getattr(b, kind)
        if ca is not None and cb is not None and ca.value() != cb.value():
            return True
    return False


def _named_back(a: Mention, b: Mention) -> str | None:
    """"The strikes had targeted ...", "The strikes hit the market": a definite noun, as the trigger or its subject,
    that repeats the word of an earlier incident of the type and names no source of its own."""
    if any(x.start is not None for x in b.event.source) or not places_agree(a.event, b.event):
        return None
    if b.noun and b.definite and same_act_words(a.lemma, b.lemma):
        return "doc.merge.named-back"
    if b.subject_lemma and same_act_words(a.lemma, b.subject_lemma):
        return "doc.merge.subject-names-back"
    return None


# what is said: "threatened further strikes" and "threatened to attack cultural sites" are two threats unless both
# name their addressee and it agrees (an accusation told twice, "blamed the group" / "blamed the ADF for the
# attacks", is one: it is about the incident, which the article tells once)
_SPEECH_TYPES = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE", "SUPPORT", "CONCEDE"})


def _both_targets_named(a: Event, b: Event) -> bool:
    return any(x.start is not None for x in a.target) and any(y.start is not None for y in b.target)


# incidents a town identifies; speech acts are told apart by who says what to whom, not where
_INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def _same_town(a: Event, b: Event) -> bool:
    """Both told at one named town or finer place ("in Kampala" / "in central Kampala")."""
    pa, pb = a.location, b.location
    return (pa is not None and pb is not None and pa.precision in ("city", "point") and pb.precision in ("city", "point")
            and pa.name.lower() == pb.name.lower())


def _names_back_in_country(a: Mention, b: Mention) -> bool:
    """"The strikes hit the market in Mastaba": a definite noun repeating the earlier word, with no source of its
    own, told in the earlier incident's country."""
    if any(x.start is not None for x in b.event.source) or not (b.noun and b.definite and same_act_words(a.lemma,
                                                                                                       b.lemma)):
        return False
    pa, pb = a.event.location, b.event.location
    return places_agree(a.event, b.event) or bool(pa and pb and pa.country and pa.country == pb.country)


_REPORT_WEEK = 7  # days: "this week" in a report published on a Thursday


def _report_dated(a: Mention, b: Mention) -> bool:
    """The earlier mention bears the publication day, as the date of the report that tells it ("the U.N. said on
    Thursday"), and the later one an earlier day of the same week: the later one dates the act."""
    pa, pb = parse_iso(a.event.date), parse_iso(b.event.date)
    if not a.pub or a.event.date != a.pub or pa is None or pb is None or not pb[2]:
        return False
    try:
        gap = (date(*pa) - date(*pb)).days
    except ValueError:
        return False
    return 0 < gap <= _REPORT_WEEK


def _town_as_target(event: Event) -> bool:
    """Every actor the event names as its target is its place ("As Monimbo was being overrun": the town is the
    place, not an actor)."""
    named = [x for x in event.target if x.start is not None]
    place = event.location.name.lower() if event.location is not None else ""
    return all(x.name.lower() == place for x in named)


def _agentless_same_town_day(a: Mention, b: Mention) -> bool:
    """"paramilitaries attacked the neighbourhood of Monimbo from dawn on 17 July ... As Monimbo was being overrun":
    a later mention of an incident type with no source of its own, told within a few paragraphs of the same day
    at the same town, whose target is the earlier's or the town itself."""
    ea, eb = a.event, b.event
    return (ea.type in _INCIDENT_TYPES and not any(x.start is not None for x in eb.source) and not b.further
            and bool(ea.date) and ea.date == eb.date and ea.date_precision == "day" and _same_town(ea, eb)
            and 0 <= b.sent_start - a.sent_start < _NEAR_CHARS
            and (_town_as_target(eb) or actors_agree(ea.target, eb.target)))


def _agentless_next_sentence(a: Mention, b: Mention) -> bool:
    """"Hundreds of soldiers stormed the protest site in Colombo on Friday. They tore down our tents and beat unarmed
    protesters": an act of an incident type with no source named, told in the very next sentence of the paragraph on
    the same day at an agreeing place, goes on with the earlier act (the camp stormed, the protesters beaten)."""
    ea, eb = a.event, b.event
    return (ea.type in _INCIDENT_TYPES and not any(x.start is not None for x in eb.source) and not b.further
            and any(x.start is not None for x in ea.source) and not a.in_headline
            and bool(ea.date) and ea.date == eb.date and ea.date_precision == "day"
            and 0 <= b.sent_start - a.sent_end <= 1 and places_agree(ea, eb))


def same_incident(a: Mention, b: Mention) -> str | None:
    """The rule id by which ``b`` (later) is a mention of ``a``'s incident, or None."""
    ea, eb = a.event, b.event
    if ea.type != eb.type:
        return None
    if not dates_agree(ea.date, eb.date):
        if _report_dated(a, b) and _names_back_in_country(a, b):
            return "doc.merge.named-back-report-date"
        return None
    back = _named_back(a, b)
    if back is not None:
        return back
    if (ea.type == "COERCE" and b.lemma in ARREST_FOLLOW_UP_WORDS and a.lemma not in ARREST_FOLLOW_UP_WORDS
            and _shared_target_or_unnamed(ea, eb)):
        return "doc.merge.arrest-charge"  # "arrested ... and charged him with inciting violence": one COERCE
    named = [x for x in ea.source if x.start is not None], [x for x in eb.source if x.start is not None]
    # "withdrew" / "pulled out", "broke relations" / "breaking relations": one act told twice in other words
    if (all(named) and same_act_words(a.lemma, b.lemma) and _forces_agree(ea.source, eb.source)
            and (ea.type not in _SPEECH_TYPES or _both_targets_named(ea, eb))
            and _state_targets_agree(ea.target, eb.target) and places_agree(ea, eb) and not _counts_differ(ea, eb)):
        return "doc.merge.same-act"
    if _agentless_same_town_day(a, b):
        return "doc.merge.agentless-town-day"
    if _agentless_next_sentence(a, b):
        return "doc.merge.agentless-next-sentence"
    if not actors_agree(ea.target, eb.target):
        return None
    # "the attack", "the clashes" name an incident back; "a gas attack" introduces one
    anaphor = b.noun and b.definite
    if anaphor:
        if actors_agree(ea.source, eb.source, by_country=True) and (places_agree(ea, eb) or not eb.source):
            return "doc.merge.anaphor"
        return None
    if not places_agree(ea, eb):
        return None
    if (ea.type in _INCIDENT_TYPES and a.lemma == b.lemma and not (named[0] and named[1]) and not b.further
            and _same_town(ea, eb)):
        return "doc.merge.same-word-place"  # "two weeks after suicide bombings in Kampala" / "Three suicide bombings"
    if not named[1] and _shared_target(ea, eb) and (b.sent_start - a.sent_start) < _NEAR_CHARS:
        return "doc.merge.agentless"  # "The strikes hit the market": the market the coalition's strikes hit
    if not all(named):
        return None
    if actors_agree(ea.source, eb.source) and (ea.target and eb.target or ea.date and ea.date == eb.date):
        return "doc.merge.same-incident"
    return None


def incident_host(mention: Mention, earlier: list[Mention]) -> tuple[Mention | None, str | None]:
    """The earlier mention whose incident ``mention`` tells, and the rule. A mention that names an incident back
    ("the strikes", "The strikes targeted ...") goes to the latest agreeing incident told with its very word, else
    with a word of the same act, before a nearer one told in other words ("suicide bombings"); any other goes to
    the latest that agrees."""
    word = mention.subject_lemma or mention.lemma
    naming_back = mention.noun and mention.definite or bool(mention.subject_lemma)
    best: tuple[int, Mention | None, str | None] = (-1, None, None)
    for k in reversed(earlier):
        rule = same_incident(k, mention)
        if rule is None:
            continue
        if not naming_back:
            return k, rule
        rank = 2 if k.lemma == word else 1 if same_act_words(k.lemma, word) else 0
        if rank == 2:
            return k, rule
        if rank > best[0]:
            best = (rank, k, rule)
    return best[1], best[2]


def subject_host(mention: Mention, placed: dict[int, Mention]) -> tuple[Mention | None, str | None]:
    """"The strikes targeted camps": a verb whose naming-back subject is itself a mention of the type tells that
    mention's incident, wherever it went (rule ``doc.merge.subject-mention``)."""
    host = placed.get(mention.subject_i) if mention.subject_i >= 0 else None
    if host is None or host.event.type != mention.event.type or host is mention:
        return None, None
    if any(a.start is not None for a in mention.event.source) and not actors_agree(host.event.source,
                                                                                    mention.event.source):
        return None, None
    return host, "doc.merge.subject-mention"


def _more_specific_date(x: str | None, y: str | None) -> str | None:
    if not x:
        return y
    if not y:
        return x
    return y if len(y) > len(x) else x


def _larger(x: Count | None, y: Count | None) -> bool:
    """``x`` is a figure above ``y``'s (by best, else low)."""
    vx, vy = (x.value() if x is not None else None), (y.value() if y is not None else None)
    return vx is not None and vy is not None and vx > vy


def _headline_figure(mention: Mention, count: Count) -> bool:
    """The figure stands in a headline's own line ("Two journalists killed in a week"): a headline may sum up
    several incidents, so its figure does not replace one incident's."""
    if not mention.in_headline or count.start is None:
        return False
    line_end = mention.sent_text.find("\n")
    return count.start < mention.sent_start + (line_end if line_end >= 0 else len(mention.sent_text))


def fuse(keep: Mention, other: Mention, rule: str, *, keep_date: bool = False) -> None:
    """Fold ``other`` into ``keep``: all evidence, the most specific date and place, missing actors and counts
    (``keep_date``: the other mention's date is that of a report, not of the act)."""
    k, o = keep.event, other.event
    keep.merged = True
    for ev in o.evidence:
        if ev not in k.evidence:
            k.evidence.append(ev)
    day = k.date if keep_date and k.date else _more_specific_date(k.date, o.date)
    if rule == "doc.merge.named-back-report-date":
        day = o.date  # the report's day gives way to the day the act happened
    if day != k.date:
        k.date, k.date_precision = day, o.date_precision
    from polemos.nlp.places.fusion import fused_place

    place, how = fused_place(k.location, o.location)
    if place is not k.location:
        k.location = place
        keep.decide("doc.place.fuse", how, place.name if place is not None else "")
    elif o.location is not None and how == "kept" and o.location.name != (k.location.name if k.location else ""):
        keep.decide("doc.place.fuse", "kept", f"{o.location.name} is not inside {k.location.name if k.location else '?'}")
    if not any(a.start is not None for a in k.source) and any(a.start is not None for a in o.source):
        k.source = o.source
    if not k.target and o.target:
        k.target = o.target
    for kind in ("killed", "injured", "arrested"):
        mine, theirs = getattr(k, kind), getattr(o, kind)
        if mine is None and theirs is not None:
            setattr(k, kind, theirs)
        elif _larger(theirs, mine) and not _headline_figure(other, theirs):
            # "raising the death toll ... to four" / "Two marines were killed in Tuesday's barrage": one incident's
            # figures, the smaller a part of it or an earlier figure of the toll (guide §6: the latest figure)
            setattr(k, kind, theirs)
            keep.decide("doc.count.fuse-larger", "attached", f"{kind} {theirs.text or theirs.value()} over "
                                                            f"{mine.text or mine.value()}")
    k.mode = k.mode or o.mode
    trig = o.trigger.text if o.trigger else o.type
    keep.decide(rule, "merged", f"{trig!r} at {other.trigger_start}")
    k.decisions.extend(o.decisions)


_CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})


def is_own_report(mention: Mention, doc: Doc) -> bool:
    """"Russia's defence ministry said it had struck a meeting of commanders": the event's source is the one who
    reports it, in a clause under the reporting verb."""
    if not 0 <= mention.head_i < len(doc):
        return False
    t = doc[mention.head_i]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in REPORTING:
        return False
    speakers = [c for c in t.head.children if c.dep_ == "nsubj"]
    spans = [(doc[s.left_edge.i].idx, doc[s.right_edge.i].idx + len(doc[s.right_edge.i])) for s in speakers]
    return any(a.start is not None and any(s0 <= a.start < s1 for s0, s1 in spans) for a in mention.event.source)


def own_claim_host(mention: Mention, earlier: list[Mention], doc: Doc) -> Mention | None:
    """The incident an actor's own account of its act names (guide §1: an army confirming its strike is not
    an event of its own): the latest earlier event of the type whose source agrees, by name or country, and
    whose place agrees; None when the account is all the text tells of the act."""
    event = mention.event
    if event.type not in _CLAIMED_TYPES or not is_own_report(mention, doc):
        return None
    for k in reversed(earlier):
        if (k.event.type == event.type and any(a.start is not None for a in k.event.source)
                and actors_agree(k.event.source, event.source, by_country=True) and places_agree(k.event, event)):
            return k
    return None


def fold_demands(mentions: list[Mention]) -> list[Mention]:
    """A crowd's demands told with its protest ("occupied the streets ..., demanding an end to mandates") are part
    of the protest (guide §2): folded into the PROTEST of the same sentence whose source agrees or is unnamed."""
    out: list[Mention] = []
    for m in mentions:
        if m.event.type == "REQUEST" and not m.in_headline:
            host = next((p for p in mentions if p.event.type == "PROTEST" and p.sent_start == m.sent_start
                         and p.in_headline == m.in_headline and actors_agree(p.event.source, m.event.source)), None)
            if host is not None:
                fuse(host, m, "doc.merge.protest-demand")
                continue
        out.append(m)
    return out


def headline_host(head: Mention, body: list[Mention]) -> Mention | None:
    """The body mention a headline event summarises: same type, sharing an actor when one does."""
    same = [m for m in body if m.event.type == head.event.type]
    if not same:
        return None
    sharing = [m for m in same if actors_agree(head.event.source, m.event.source)
               and actors_agree(head.event.target, m.event.target)]
    # "police shoot dead protester" is the lead's "opened fire", not the later tear gas; "island shelled by North"
    # is "Tuesday's barrage", not the marines' return fire that shares a word of a nationality with it
    worded = [m for m in sharing if same_act_words(head.lemma, m.lemma)]
    unnamed = not any(a.start is not None for a in head.event.source)
    worded_any = [m for m in same if same_act_words(head.lemma, m.lemma)
                  and (unnamed or actors_agree(head.event.source, m.event.source))] if not worded else []
    return (worded or worded_any or sharing or same)[0]


__all__ = ["actors_agree", "fold_demands", "fuse", "headline_host", "incident_host", "is_own_report", "own_claim_host", "places_agree",
           "same_act_words", "same_incident", "subject_host"]


