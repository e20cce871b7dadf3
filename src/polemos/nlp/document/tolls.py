"""Toll and casualty sentences attached to the incident they are about, never events of their own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from polemos.lang.en.words import GENERIC_VICTIMS, RUNNING_TOTAL_SPANS, TOLL_SHARED_STOPWORDS
from polemos.models import Count
from polemos.nlp.counts.attach import is_earlier_at
from polemos.nlp.counts.parse import parse_number, sum_counts
from polemos.nlp.document.mention import Mention
from polemos.ontology.counts import load_count_lexicon

_TOLL = re.compile(r"(?<!\bno )(?<!\bno official )\btoll\b|\b(?:rose|risen|climbed|increased|jumped|reached)\s+to\b"
                   r"|\brevised\b|\b(?:up|down) from\b"
                   r"|\bnumber of (?:the )?(?:dead|deaths|people killed|fatalities|victims)\b", re.IGNORECASE)
# A sentence that says its figure replaces an earlier one (revised down as well as up).
_REVISION = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|reached|raising|raised|revised|lowered|"
                       r"updated|up from|down from|now stands?)\b", re.IGNORECASE)
# Words right after a figure that make it a part of the incident's toll ("34 of its citizens").
_PART_AFTER = re.compile(r"^\s+of\s+(?:its|their|his|her|our|the\s+\w+(?:'s|\u2019s))\b", re.IGNORECASE)
_HARM_TYPES = ("ASSAULT", "PROTEST")
_LOOK_BACK = 3  # sentences: how far back a "no one was hurt" or toll sentence looks for its incident


@dataclass
class CountClaim:
    """A count the sentence stage found in the text: its kind, value and where it stands."""

    kind: str
    count: Count
    start: int
    end: int
    sent_start: int
    sent_text: str
    zero: bool = False


_EARLIER = re.compile(r"\b(?:initially|originally|at first|first|earlier|previously|had (?:\w+ )?(?:put|given|"
                      r"reported|said|counted))\b", re.IGNORECASE)


def is_earlier_figure(text: str) -> bool:
    """"Officials had initially reported 21 dead": a figure the text marks as superseded, not the latest."""
    return bool(_EARLIER.search(text)) and not re.search(r"\b(?:rose|risen|climbed|increased|jumped)\s+to\b",
                                                          text, re.IGNORECASE)


def is_toll_sentence(text: str) -> bool:
    """"the death toll had risen to 12", "the toll rose to 31": a sentence that updates a count."""
    return bool(_TOLL.search(text))


def is_toll_fragment(mention: Mention) -> bool:
    """An event made of a toll sentence: no named perpetrator, a count, and toll words."""
    event = mention.event
    has_count = bool(event.killed or event.injured)
    named_source = any(a.start is not None for a in event.source)
    return has_count and not named_source and event.type in _HARM_TYPES and is_toll_sentence(mention.sent_text)


def is_casualty_fragment(mention: Mention) -> bool:
    """"A total of 117 people were wounded", "More than 100 people were wounded, many by gunfire": a count with
    no agent and no victim but people in general, told of an incident already named."""
    event = mention.event
    generic = all(set(a.name.lower().split()) <= GENERIC_VICTIMS | {"the", "many", "some", "of", "them"}
                  for a in event.target)
    return (event.type == "ASSAULT" and not any(a.start is not None for a in event.source) and generic
            and bool(event.killed or event.injured))


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in TOLL_SHARED_STOPWORDS}


def _told_alike(earlier: list[Mention], default: Mention, about: str) -> Mention | None:
    """The incident whose sentence shares the most words with the figure's (at least two, and more than the
    default incident's): "Dozens were injured by rubber bullets and stun grenades" is about the police firing
    rubber bullets and stun grenades, not about the protest told after it (in the same sentence, the assault
    comes first)."""
    words = _content_words(about)
    shared = {id(m): len(words & _content_words(m.sent_text)) for m in [*earlier, default]}
    best = max(earlier, key=lambda m: (shared[id(m)], m.event.type == "ASSAULT", m.trigger_start))
    if best is default or shared[id(best)] < 2:
        return None
    if shared[id(best)] == shared[id(default)] and (best.sent_start != default.sent_start
                                                      or best.event.type != "ASSAULT"):
        return None
    return best


def incident_for(mentions: list[Mention], before: int, kind: str, *, since: int | None = None,
                 about: str | None = None) -> Mention | None:
    """The incident a count at ``before`` speaks of: the latest earlier harm event that carries that kind of
    count, else the latest earlier harm event (``since``: only events whose trigger stands after it). Given the
    figure's sentence (``about``), an incident told in words it shares comes first (`_told_alike`)."""
    earlier = [m for m in mentions if m.trigger_start < before and m.event.type in _HARM_TYPES
               and (since is None or m.trigger_start >= since)]
    with_count = [m for m in earlier if getattr(m.event, kind) is not None] + _carried_for(mentions, earlier, kind)
    pool = with_count or earlier
    if not pool:
        return None
    default = max(pool, key=lambda m: m.trigger_start)
    alike = _told_alike(earlier, default, about) if about is not None else None
    if alike is not None:
        alike.decide("doc.count.told-alike", "chosen", "the casualty figure's sentence shares its words")
        return alike
    return default


def count_host(kept: list[Mention], fragment: Mention, host: Mention, kind: str, count: Count,
               sentence_at: Callable[[int], tuple[int, str]], since: int | None = None) -> tuple[Mention, str, int]:
    """The incident a casualty fragment's figure goes to, with the figure's sentence (text, start). The
    sentence stage gives a fragment ("One protester died ...") the figures of the count-only sentence after it
    too ("Dozens of people were injured by rubber bullets and stun grenades"); such a figure goes to the
    incident told in the words of its own sentence (the police firing rubber bullets), not to the fragment's
    (rule doc.count.own-words)."""
    if count.start is None or fragment.sent_start <= count.start < fragment.sent_end:
        return host, fragment.sent_text, fragment.sent_start
    start, text = sentence_at(count.start)
    earlier = [m for m in kept if m.trigger_start < fragment.trigger_start and m.event.type in _HARM_TYPES
               and (since is None or m.trigger_start >= since)]
    alike = _told_alike(earlier, host, text) if host in earlier else None
    if alike is None:
        return host, text, start
    alike.decide("doc.count.own-words", "chosen", f"{kind} {count.text or count.value()}: its sentence tells "
                                                  "this incident's words")
    return alike, text, start


def _context(count: Count, sent_text: str, sent_start: int) -> tuple[str, str]:
    """The sentence's text before and after the figure (the whole sentence before it when its place is unknown)."""
    if count.start is None or count.end is None or not 0 <= count.start - sent_start <= len(sent_text):
        return sent_text, ""
    return sent_text[:count.start - sent_start], sent_text[count.end - sent_start:]


def is_earlier_claim(count: Count, sent_text: str, sent_start: int) -> bool:
    """A figure the text marks as superseded: the sentence says so ("officials had initially reported 21
    dead"), or the words before it do ("34 killed, up from 31")."""
    before, _ = _context(count, sent_text, sent_start)
    return is_earlier_at(before, len(before)) or is_earlier_figure(sent_text)


def is_part_claim(count: Count, sent_text: str, sent_start: int) -> bool:
    """"34 of its citizens had been killed": a part of the incident's toll (one side's dead), not the whole."""
    return bool(_PART_AFTER.match(_context(count, sent_text, sent_start)[1]))


def _span(a: Count, b: Count) -> Count:
    """The range spanning two disagreeing figures (guide §6): the lower low, the higher high."""
    lows = [v for v in (a.low, a.best, b.low, b.best) if v is not None]
    highs = [v for c in (a, b) for v in ((c.high if c.high is not None else c.best),)]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    return Count(low=min(lows) if lows else None, high=high, text=f"{a.text or a.value()} .. {b.text or b.value()}",
                 start=b.start, end=b.end)


def _carried_for(mentions: list[Mention], earlier: list[Mention], kind: str) -> list[Mention]:
    """Harm events whose count another event of their sentence holds for now: "troops deployed after fighting
    killed 10" gives the 10 to the fighting only later (`strip_non_harm`), but the fighting is the incident
    a revised toll speaks of."""
    out = []
    for m in mentions:
        if m.event.type in _HARM_TYPES or getattr(m.event, kind) is None:
            continue
        harm = [h for h in earlier if h.sent_start == m.sent_start]
        if len(harm) == 1 and getattr(harm[0].event, kind) is None and not is_toll_sentence(m.sent_text):
            out.append(harm[0])
    return out


def revise(mention: Mention, kind: str, count: Count, rule: str, *, latest: bool = True,
           sent_text: str | None = None, sent_start: int = 0) -> None:
    """Set the ``kind`` count of the mention's event from ``count``, a figure told in ``sent_text``: the latest
    figure is the best, the earlier one stays in the decision's detail. With the figure's sentence given,
    a part of the toll ("34 of its citizens") never replaces a count the event has (doc.count.part), and a
    lower figure that no revision explains is another source's: the two give a range (doc.count.sources)."""
    event = mention.event
    old = getattr(event, kind)
    new, said = replace(count), count.text or count.value()
    if old is not None and sent_text is not None and is_earlier_claim(count, sent_text, sent_start):
        latest = False  # "up from 31": the earlier figure of a revision
    if old is not None and not latest:
        mention.decide(rule, "kept", f"{kind} {old.text or old.value()} kept over {said}")
        return
    if old is not None and sent_text is not None:
        if _named_count(count) and (old.value() or 0) > (new.value() or 0):
            # "The girl died of her wounds overnight, raising the toll to nine": a victim told by name is one of
            # the toll, not a revision of it
            mention.decide("doc.count.part", "kept", f"{kind} {old.text or old.value()} kept over {said}: a victim "
                                                     "of it")
            return
        if is_part_claim(count, sent_text, sent_start):
            mention.decide("doc.count.part", "kept", f"{kind} {old.text or old.value()} kept over {said}: a part of it")
            return
        low_new, low_old = new.value(), old.value()
        if low_new is not None and low_old is not None and low_new < low_old and not _REVISION.search(sent_text):
            if not is_toll_sentence(sent_text):  # "Two soldiers died.": fewer dead, told of no toll, are a part
                mention.decide("doc.count.part", "kept", f"{kind} {old.text or old.value()} kept over {said}")
                return
            ranged = _span(old, new)
            setattr(event, kind, ranged)
            mention.decide("doc.count.sources", "attached", f"{kind} {ranged.low}..{ranged.high}: "
                                                             f"{old.text or old.value()} and {said} disagree")
            return
    setattr(event, kind, new)
    was = f" (was {old.text or old.value()})" if old is not None else ""
    mention.decide(rule, "attached", f"{kind} {said}{was}")


def apply_zero(mention: Mention, claim: CountClaim) -> None:
    """"No one was hurt": killed 0 and injured 0 on the incident (guide §6); "no arrests": arrested 0."""
    kinds = [k for k in zero_kinds(claim) if getattr(mention.event, k) is None or getattr(mention.event, k).value() == 0]
    for kind in kinds:  # a figure of a kind already told of the incident stands
        setattr(mention.event, kind, Count(low=0, best=0, high=0, text=claim.count.text, start=claim.start,
                                           end=claim.end))
    if kinds:
        mention.decide("doc.attach.no-casualties", "attached", f"{claim.count.text or '0'}: {', '.join(kinds)} 0")


# "..., days after the worst fighting in years killed at least five people": the figure after it is an
# earlier incident's
_AFTER_EARLIER = re.compile(r"\b(?:days|weeks|months|hours|a (?:day|week|month)|shortly|soon)\s+after\b[^,;:]*$",
                            re.IGNORECASE)


def _clear_earlier_incident(mention: Mention, claim: CountClaim, claims: list[CountClaim]) -> None:
    """"Troops exchanged fire on Monday, days after the worst fighting in years killed at least five people. The
    latest exchange caused no casualties": the five are the earlier fighting's, told in a clause after 'days
    after'; the zero phrase is this incident's (rule doc.count.earlier-incident)."""
    for kind in zero_kinds(claim):
        held = getattr(mention.event, kind)
        if held is None or held.value() == 0 or held.start is None:
            continue
        told = next((c for c in claims if c.kind == kind and c.start == held.start and not c.zero), None)
        if told is None or told.sent_start >= claim.sent_start:
            continue
        if _AFTER_EARLIER.search(_context(told.count, told.sent_text, told.sent_start)[0]):
            setattr(mention.event, kind, None)
            mention.decide("doc.count.earlier-incident", "detached", f"{kind} {held.text or held.value()}: an "
                                                                     "earlier incident's, told after 'days after'")


_DEATHS_ONLY = re.compile(r"\b(?:killed|died|deaths?|fatalit(?:y|ies)|lives)\b", re.IGNORECASE)


def zero_kinds(claim: CountClaim) -> tuple[str, ...]:
    """The kinds a zero phrase sets (guide §6): "no arrests" arrested; "no one was killed", "no deaths" killed
    only; "no one was hurt", "no casualties" killed and injured; "no injuries" injured."""
    if claim.kind == "arrested":
        return ("arrested",)
    if claim.kind == "injured":
        return ("injured",)
    return ("killed",) if _DEATHS_ONLY.search(claim.count.text or "") else ("killed", "injured")


def _claimed(mentions: list[Mention], claim: CountClaim) -> bool:
    """Whether an event already holds this figure."""
    for m in mentions:
        c = getattr(m.event, claim.kind)
        if c is not None and c.start is not None and c.start < claim.end and claim.start < (c.end or c.start + 1):
            return True
    return False


def _own_sentence_first(kept: list[Mention], claims: list[CountClaim], claim: CountClaim) -> bool:
    """"Security forces stormed the camp, killing 108 people. The Health Ministry put the death toll at 61.":
    the incident took the later sentence's figure and left the one of its own sentence unused. The figure of
    its own sentence is the first report and the later one an update or another source's (`revise`), rule
    doc.count.own-sentence. True when the claim was given to such an incident."""
    end = claim.sent_start + len(claim.sent_text)
    for m in kept:
        held = getattr(m.event, claim.kind)
        if m.event.type not in _HARM_TYPES or m.sent_start != claim.sent_start or held is None \
                or held.start is None or held.start < end:
            continue
        later = next((c for c in claims if c.kind == claim.kind and c.start == held.start), None)
        if later is None:
            continue
        setattr(m.event, claim.kind, replace(claim.count))
        m.decide("doc.count.own-sentence", "attached", f"{claim.kind} {claim.count.text or claim.count.value()} "
                                                       "told with the incident, before the later figure")
        revise(m, claim.kind, later.count, "doc.attach.revised-toll", sent_text=later.sent_text,
               sent_start=later.sent_start)
        return True
    return False


_PERFECT_TOLL = re.compile(r"\b(?:has|have)\s+(?:now\s+|so far\s+|also\s+)?(?:been\s+)?(?:killed|died|wounded|"
                           r"injured|arrested|detained|jailed)\b", re.IGNORECASE)
_SPANS = "|".join(sorted(RUNNING_TOTAL_SPANS, key=len, reverse=True))
# a war or conflict as the one that killed, or as what the count runs since; a year as its start
_OVER_A_WAR = re.compile(rf"\b(?:the|this|its|their|\w+(?:'s|\u2019s))\s+(?:\w+\s+)?(?:{_SPANS})\s+(?:has|have|had)\b"
                         rf"|\bsince\s+the\s+(?:\w+\s+)?(?:{_SPANS})\s+(?:began|started|erupted|broke out)\b"
                         r"|\bsince\s+(?:(?:early|late|mid-?)\s*)?\d{4}\b"
                         r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b"
                         r"|\b(?:so far|to date)\s+this\s+year\b", re.IGNORECASE)
_COUNTRYWIDE = re.compile(r"\b(?:across|throughout|around) the country\b|\bnationwide\b", re.IGNORECASE)


def is_running_total(text: str) -> bool:
    """"Armed gangs have killed more than 1,100 people since the start of the year", "The conflict has killed
    thousands since 2012", "250 people have been killed across the country": a total over a war, a conflict,
    a year or a country, no incident's count (guide §1, §6; rule doc.count.running-total). A campaign's own
    count stays ("since 28 April the police have killed 31 protesters", "since the protests began, 30 people
    have been killed", "attacks have killed eight leaders since last July")."""
    return bool(_PERFECT_TOLL.search(text)) and bool(_OVER_A_WAR.search(text) or _COUNTRYWIDE.search(text))


def _named_count(count: Count | None) -> bool:
    """A count of named victims ("Bhutto was killed": 1, told by her name): a toll is no revision of it, since
    it is another incident's or the whole unrest's."""
    return count is not None and bool(count.text) and count.best is not None \
        and parse_number(count.text, load_count_lexicon()) is None and not re.search(r"\d", count.text)


_OTHERS_AFTER = re.compile(r"^\s+(?:other|more)\b", re.IGNORECASE)


def _add_others(kept: list[Mention], claim: CountClaim) -> bool:
    """"Bhutto was killed when a gunman fired at her vehicle. The attack killed at least 20 other people": the
    others add to the victims the incident already counts, when the figure's event names that incident back
    (rule doc.count.others). True when the figure was added."""
    if not _OTHERS_AFTER.match(_context(claim.count, claim.sent_text, claim.sent_start)[1]):
        return False
    holder = next((m for m in kept if _claimed([m], claim)), None)
    if holder is None:
        # the sentence stage already folded "The attack killed ..." into the incident it names back
        told = [m for m in kept if m.sent_start < claim.sent_start and m.event.type in _HARM_TYPES
                and any(e.start <= claim.start < e.end for e in m.event.evidence)]
        host = told[0] if len(told) == 1 else None
        holders: tuple[Mention, ...] = ()
    elif holder.definite:
        host = incident_for([m for m in kept if m is not holder], holder.trigger_start, claim.kind)
        holders = (holder,)
    else:
        return False
    held = getattr(host.event, claim.kind) if host is not None else None
    if host is None or held is None or host.sent_start >= claim.sent_start:
        return False
    total = sum_counts([held, claim.count])
    total.start, total.end = claim.start, claim.end
    for m in (host, *holders):
        setattr(m.event, claim.kind, replace(total))
        m.decide("doc.count.others", "attached", f"{claim.kind} {held.text or held.value()} + {claim.count.text}")
    return True


def _revision_of_told(kept: list[Mention], claims: list[CountClaim], claim: CountClaim) -> bool:
    """"Al Shabaab attacked a convoy, killing at least 19. Eight trucks were destroyed. The death toll rose to
    21": a revision updates the figure told before, so a toll sentence the sentence stage gave to the event of
    the sentence before it (which told no casualty figure at all) goes to the earlier incident that told one
    (rule doc.count.revision-of-told). True when the figure was moved."""
    if claim.zero or claim.kind not in ("killed", "injured") or not is_toll_sentence(claim.sent_text) \
            or not _REVISION.search(claim.sent_text) or is_earlier_claim(claim.count, claim.sent_text, claim.sent_start):
        return False
    holders = [m for m in kept if _claimed([m], claim)]
    if len(holders) != 1 or holders[0].sent_start >= claim.sent_start:
        return False
    holder = holders[0]
    if any(c.sent_start == holder.sent_start and c.kind in ("killed", "injured") for c in claims):
        return False  # "Soldiers opened fire, killing two": the revision is about the figure of this incident
    told = [m for m in kept if m is not holder and m.event.type in _HARM_TYPES and m.trigger_start < holder.trigger_start
            and getattr(m.event, claim.kind) is not None and not _named_count(getattr(m.event, claim.kind))]
    if not told:
        return False
    host = max(told, key=lambda m: m.trigger_start)
    setattr(holder.event, claim.kind, None)
    holder.decide("doc.count.revision-of-told", "detached", f"{claim.kind} {claim.count.text}: revises the figure "
                                                             "an earlier incident told")
    revise(host, claim.kind, claim.count, "doc.attach.revised-toll", sent_text=claim.sent_text,
           sent_start=claim.sent_start)
    return True


# the verb right before the figure, or before an earlier figure it is coordinated with ("three dead and dozens")
_REPORTED_BEFORE = re.compile(r"\b(?:confirmed|documented|counted|recorded|registered|verified)\s+"
                              r"(?:[^.;:,]*?\band\s+)?$", re.IGNORECASE)


def _reported_count(kept: list[Mention], claim: CountClaim, since: int) -> bool:
    """"Paramilitaries attacked the district. Rights defenders have confirmed at least three dead and dozens of
    wounded": a figure that a sentence with no incident of its own says was confirmed or documented goes to the
    incident just told, when that has no such figure yet (rule doc.count.reported). True when attached."""
    if not _REPORTED_BEFORE.search(_context(claim.count, claim.sent_text, claim.sent_start)[0]):
        return False
    if any(m.sent_start == claim.sent_start and m.event.type in _HARM_TYPES for m in kept):
        return False
    host = incident_for(kept, claim.start, claim.kind, since=since)
    if host is None or getattr(host.event, claim.kind) is not None:
        return False
    setattr(host.event, claim.kind, replace(claim.count, start=claim.start, end=claim.end))
    host.decide("doc.count.reported", "attached", f"{claim.kind} {claim.count.text}: confirmed of the incident "
                                                  "just told")
    return True


def attach_claims(kept: list[Mention], claims: list[CountClaim], window: Callable[[int], int]) -> None:
    """Counts told in sentences of their own, attached to the incident they are about (never events of their
    own): "no one was hurt" (doc.attach.no-casualties), a revised toll (doc.attach.revised-toll; the latest
    figure wins, an earlier one is kept in the trace by doc.attach.earlier-toll). ``window(sent_start)`` is the
    start of the few sentences a zero phrase looks back over."""
    for claim in claims:
        if not claim.zero and is_running_total(claim.sent_text):
            for m in kept:
                if _claimed([m], claim):
                    setattr(m.event, claim.kind, None)
                    m.decide("doc.count.running-total", "detached", f"{claim.kind} {claim.count.text}: a running "
                                                                    "total, not this incident's count")
            continue
        if not claim.zero and claim.kind in ("killed", "injured") and _add_others(kept, claim):
            continue
        if claim.zero:
            holder = next((m for m in kept if _claimed([m], claim)), None)
            if holder is not None:  # the sentence stage gave its kind; "no one was hurt" also says no one died
                _clear_earlier_incident(holder, claim, claims)
                if any(getattr(holder.event, k) is None for k in zero_kinds(claim)):
                    apply_zero(holder, claim)
                continue
        if _revision_of_told(kept, claims, claim) or _claimed(kept, claim):
            continue
        if not claim.zero and claim.kind in ("killed", "injured") and _own_sentence_first(kept, claims, claim):
            continue
        if claim.zero:
            host = incident_for(kept, claim.start + 1, "killed", since=window(claim.sent_start))
            if host is not None and host.event.type == "ASSAULT":
                _clear_earlier_incident(host, claim, claims)
                apply_zero(host, claim)
        elif claim.kind in ("killed", "injured") and _reported_count(kept, claim, window(claim.sent_start)):
            continue
        elif claim.kind in ("killed", "injured") and is_toll_sentence(claim.sent_text):
            host = incident_for([m for m in kept if not _named_count(getattr(m.event, claim.kind))], claim.start,
                                claim.kind)
            if host is None:
                continue
            earlier = is_earlier_claim(claim.count, claim.sent_text, claim.sent_start)
            revise(host, claim.kind, claim.count, "doc.attach.earlier-toll" if earlier else "doc.attach.revised-toll",
                   latest=not earlier, sent_text=claim.sent_text, sent_start=claim.sent_start)


def strip_non_harm(mention: Mention, mentions: list[Mention]) -> None:
    """Deaths and injuries belong to the harm they describe (guide §6): a deployment "after fighting killed 10"
    gives its count to the fighting of its sentence when that has none and the sentence is no running toll
    (doc.count.to-harm); a state of emergency
    told with a toll ("declares emergency as protest toll rises to seven") keeps none of it (doc.count.not-harm)."""
    event = mention.event
    if event.type in _HARM_TYPES:
        return
    for kind in ("killed", "injured"):
        count = getattr(event, kind)
        if count is None:
            continue
        setattr(event, kind, None)
        harm = [m for m in mentions if m.event.type in _HARM_TYPES and m.sent_start == mention.sent_start]
        if len(harm) == 1 and getattr(harm[0].event, kind) is None and not is_toll_sentence(mention.sent_text):
            setattr(harm[0].event, kind, count)
            harm[0].decide("doc.count.to-harm", "attached", f"{kind} {count.text or count.value()} "
                                                            f"from the {event.type} of its sentence")
        mention.decide("doc.count.not-harm", "detached", f"{kind} {count.text or count.value()} from {event.type}")


__all__ = ["CountClaim", "apply_zero", "attach_claims", "count_host", "incident_for", "is_earlier_claim",
           "is_earlier_figure", "is_part_claim", "is_toll_fragment", "is_toll_sentence", "revise", "strip_non_harm"]
