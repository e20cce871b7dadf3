"""Dates across sentences: an undated mention is not dated to the publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from polemos.lang.en.words import OTHER_TIME_MARKS, PERSON_PRONOUNS
from polemos.models import Actor, Event
from polemos.nlp.doc_index import doc_text
from polemos.nlp.document.mention import Mention, dates_agree
from polemos.nlp.document.merge import actors_agree, places_agree, same_act_words


def _dated_words(doc: Doc, start: int, end: int) -> bool:
    if "dates" not in doc.spans:
        return False
    return any(start <= s.start_char < end for s in doc.spans["dates"] if s.label_ != "CONTEXT")


def date_source(doc: Doc, mention: Mention) -> str:
    """How the sentence stage found the mention's date (`polemos.nlp.dates.attach.DATE_SOURCES`); "none" unknown."""
    sources = doc._.date_sources if doc.has_extension("date_sources") else None
    return str(sources.get(mention.head_i, "none")) if sources else "none"


def resolve(mention: Mention, doc: Doc, pub_date: date | None) -> None:
    """An event dated to the publication day by no words of its own sentence stays undated (guide §5)."""
    event = mention.event
    if pub_date is None or event.date != pub_date.isoformat():
        return
    if date_source(doc, mention) == "previous":
        return  # "This morning, the majority adopted the law. The opposition boycotted the vote.": words tell it
    starts = [ev.start for ev in event.evidence] if mention.merged else []
    if _dated_words(doc, mention.sent_start, mention.sent_end):
        return
    if any(_dated_words(doc, s, s + 1) for s in starts):
        return
    event.date, event.date_precision = None, None
    mention.decide("doc.date.undated", "redated", f"no date words; not {pub_date.isoformat()}")


_GAP_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
# "The strike came two days after ...", "The arrests came three days after ...": an incident named back by a noun,
# then a stated gap to the act the sentence tells
_CAME_AFTER = re.compile(r"\b(?:the|this|that|these|those)\s+([a-z]+)\s+(?:came|followed|happened|occurred|took place)"
                         r"\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days|week|weeks)"
                         r"\s+(after|before)\b", re.IGNORECASE)


def _gap_days(number: str, unit: str) -> int | None:
    if unit.lower() in ("hours", "minutes"):
        return 0  # "Hours after the market attack": the same day
    n = int(number) if number.isdigit() else _GAP_NUMBERS.get(number.lower())
    if n is None:
        return None
    return n * (7 if unit.lower().startswith("week") else 1)


# "A day earlier, police had opened fire", "A day before the offensive, gunmen killed ...", "Hours after the market
# attack, ...": a sentence that opens with a gap from the time just told, or from an incident it names
_OPENS_WITH_GAP = re.compile(r"^\W*(a|an|one|two|three|four|five|six|seven|\d{1,2}|a few|several|)\s*"
                             r"(day|days|week|weeks|hours|minutes)\s+"
                             r"(earlier|later|before|after)\b(?:\s+(?:the|this|that)\s+([a-z -]+?))?\s*,",
                             re.IGNORECASE)


# Nouns that name back any incident of a type ("Hours after the market attack", "the violence"), beside the words
# of the incident's own trigger
_GENERIC_NOUNS = {"attack": "ASSAULT", "assault": "ASSAULT", "violence": "ASSAULT", "killing": "ASSAULT",
                  "massacre": "ASSAULT", "protest": "PROTEST", "demonstration": "PROTEST", "rally": "PROTEST",
                  "arrest": "COERCE", "crackdown": "COERCE", "meeting": "CONSULT", "talks": "CONSULT",
                  "summit": "CONSULT"}


def _shifted(base_iso: str, days: int, *, back: bool, weeks: bool) -> tuple[str, str]:
    base = date.fromisoformat(base_iso[:10])
    when = base - timedelta(days=days) if back else base + timedelta(days=days)
    return (when.isoformat()[:7], "month") if weeks else (when.isoformat(), "day")


def _noun_anchor(doc: Doc, start: int, end: int, mention: Mention, earlier: list[Mention]) -> Mention | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    noun = span[-1].lemma_.lower()
    return next((k for k in reversed(earlier) if k is not mention and k.event.date_precision == "day"
                 and k.event.date and k.trigger_start < mention.trigger_start
                 and (same_act_words(k.lemma, noun) or _GENERIC_NOUNS.get(noun) == k.event.type)), None)


def _previous_sentence_anchor(mention: Mention, earlier: list[Mention]) -> Mention | None:
    before = [k for k in earlier if k.sent_start < mention.sent_start and not k.in_headline]
    if not before:
        return None
    last = max(k.sent_start for k in before)
    dated = [k for k in before if k.sent_start == last and k.event.date_precision == "day" and k.event.date]
    return dated[0] if dated and len({k.event.date for k in dated}) == 1 else None


def resolve_gaps(mention: Mention, doc: Doc) -> None:
    """Before the mentions of one incident are merged: an act told a stated number of days from a date of its own
    sentence ("on Thursday, a day after X", "on Tuesday ... Y a day later") takes its own day, so that it merges with
    the mentions of its day and not with those of the date its sentence gives."""
    if not _gap_after_date(mention, doc):
        _days_later(mention, doc)


def resolve_chain(mention: Mention, earlier: list[Mention], doc: Doc) -> None:
    """`_resolve_chain`, then, for an act still undated, the only date its sentence tells (`resolve_sentence_day`)."""
    if _gap_after_date(mention, doc) or _days_later(mention, doc):
        return
    _resolve_chain(mention, earlier, doc)
    if mention.event.date is None:
        resolve_sentence_day(mention, doc)
    if mention.event.date is None:
        _at_named_incident(mention, earlier, doc)
    if mention.event.date is None:
        _speaker_continues(mention, doc)


# "At the meeting in a Yerevan hotel, Sargsyan accused ...", "Speaking at the rally, Abu Obeida vowed ...": a
# sentence that opens at an incident it names back
_AT_THE = re.compile(r"\W*(?:speaking\s+)?(?:at|during|in)\s+the\s+(?:same\s+)?([a-z]+)\b", re.IGNORECASE)


def _undated_sentence(mention: Mention, doc: Doc) -> bool:
    """The mention's sentence tells no time of its own and no word that sets an act at another time."""
    if "dates" in doc.spans and any(mention.sent_start <= s.start_char < mention.sent_end for s in doc.spans["dates"]):
        return False
    return not set(_WORD.findall(mention.sent_text.lower())) & OTHER_TIME_MARKS


def _at_named_incident(mention: Mention, earlier: list[Mention], doc: Doc) -> None:
    """"At the meeting in a Yerevan hotel, Sargsyan accused Pashinyan": an undated act told at an incident the
    sentence opens by naming back takes that incident's day (rule ``doc.date.at-named-incident``)."""
    m = _AT_THE.match(mention.sent_text)
    if m is None or mention.in_headline or mention.sent_start + m.end() > mention.trigger_start:
        return
    if not _undated_sentence(mention, doc):
        return
    anchor = _noun_anchor(doc, mention.sent_start + m.start(1), mention.sent_start + m.end(1), mention, earlier)
    if anchor is None or anchor.event.date is None:
        return
    mention.event.date, mention.event.date_precision = anchor.event.date, "day"
    mention.decide("doc.date.at-named-incident", "redated", f"{m.group(0).strip()!r} from {anchor.event.date}")


def _speaker_continues(mention: Mention, doc: Doc) -> None:
    """"Lee told military commanders on Wednesday ... He ordered reinforcements": a sentence whose subject is a
    pronoun goes on with the act of the one the sentence before told of, at the one day that sentence gives, when
    it tells no time of its own and both stand in one paragraph (rule ``doc.date.speaker-continues``)."""
    if mention.in_headline or not 0 <= mention.head_i < len(doc) or not _undated_sentence(mention, doc):
        return
    sent = doc[mention.head_i].sent
    first = sent[0]
    if first.lower_ not in PERSON_PRONOUNS | {"they"} or first.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
        return
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc_text(doc)[prev.start_char:sent.start_char]:
        return
    spans = [s for s in doc.spans.get("dates", []) if prev.start_char <= s.start_char < prev.end_char]
    values = {tuple(s._.date_value) for s in spans}
    if len(values) != 1 or any(s.label_ != "DATE" for s in spans):
        return
    iso, precision = values.pop()
    if precision != "day" or (mention.pub and iso > mention.pub):
        return
    mention.event.date, mention.event.date_precision = iso, precision
    mention.decide("doc.date.speaker-continues", "redated", f"{spans[0].text!r} of the sentence before")


# "... on Thursday, a day after Turkish artillery shelled a resort": a date, then a stated gap to the act told next
_GAP_AFTER = re.compile(r"\W{0,3}(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days)\s+"
                        r"after\b", re.IGNORECASE)


_DAYS_LATER = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days)\s+later\b",
                         re.IGNORECASE)


_SAID_ON = re.compile(r"\b(?:said|told|reported|announced|added|stated)\s+(?:on\s+)?$", re.IGNORECASE)


def _days_later(mention: Mention, doc: Doc) -> bool:
    """"killed 17 people ... on Tuesday, ... and gendarmes shot dead six raiders a day later": an act told in the
    clause of a stated gap after the one date its sentence gives is that many days after it (rule
    ``doc.date.days-later``); True when it dated the mention."""
    if "dates" not in doc.spans or mention.in_headline:
        return False
    text = doc_text(doc)
    spans = [s for s in doc.spans["dates"] if mention.sent_start <= s.start_char < mention.sent_end]
    # the time of the act told before, not that of a report ("officials said on Thursday")
    acts = [s for s in spans if s.label_ == "DATE" and not _DAYS_LATER.search(s.text)
            and not _SAID_ON.search(text, max(0, s.start_char - 20), s.start_char)]
    if len(acts) != 1 or acts[0]._.date_value[1] != "day" or any(s.label_ != "DATE" for s in spans):
        return False
    span = acts[0]
    if span.end_char > mention.trigger_start:
        return False
    for m in _DAYS_LATER.finditer(text, span.end_char, mention.sent_end):
        lo, hi = sorted((m.start(), mention.trigger_start))
        if any(c in text[lo:hi] for c in ",;:") and not (m.start() < mention.trigger_start and
                                                          text[m.end():mention.trigger_start].count(",") <= 1):
            continue  # the gap stands in another clause than the act
        days = _gap_days(m.group(1), m.group(2))
        if days is None:
            continue
        day, _ = _shifted(str(span._.date_value[0]), days, back=False, weeks=False)
        if mention.pub and day > mention.pub:
            return False
        _redate(mention, day, "doc.date.days-later", f"{span.text} {m.group(0)!r}")
        return True
    return False


def _redate(mention: Mention, day: str, rule: str, why: str) -> None:
    """Give the mention the day a stated gap counts to, recording the rule and the day it had."""
    if mention.event.date != day:
        was = mention.event.date
        mention.event.date, mention.event.date_precision = day, "day"
        mention.decide(rule, "redated", f"{why}: {was} -> {day}")


_COMMA_GAP_AFTER = re.compile(r",\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days)\s+"
                              r"after\b", re.IGNORECASE)


def _later_gap(doc: Doc, mention: Mention, span: Span) -> re.Match[str] | None:
    """"Ruto said on Wednesday he would withdraw the bill, a day after police shot dead protesters": the gap set
    off by a comma later in the sentence counts from the one time the sentence tells before it."""
    m = _COMMA_GAP_AFTER.search(doc_text(doc), span.end_char, mention.trigger_start)
    if m is None:
        return None
    before = [s for s in doc.spans["dates"] if mention.sent_start <= s.start_char < m.start()]
    return m if len({tuple(s._.date_value) for s in before}) == 1 else None


def _gap_after_date(mention: Mention, doc: Doc) -> bool:
    """"summoned Turkey's ambassador on Thursday, a day after Turkish artillery shelled a resort": the act told
    after the gap is that many days before the date just told (rule ``doc.date.gap-after-date``); True when it
    dated the mention."""
    if "dates" not in doc.spans or mention.in_headline:
        return False
    text = doc_text(doc)
    for span in doc.spans["dates"]:
        if not (mention.sent_start <= span.start_char < mention.trigger_start) or span.label_ != "DATE":
            continue
        iso, precision = span._.date_value
        if precision != "day":
            continue
        m = _GAP_AFTER.match(text, span.end_char, mention.sent_end) or _later_gap(doc, mention, span)
        if m is None or m.end() > mention.trigger_start:
            continue
        between = text[m.end():mention.trigger_start]
        if any(m.end() <= s.start_char < mention.trigger_start for s in doc.spans["dates"]) or any(
                c in between for c in ",;:"):
            continue  # another time, or another clause, stands between the gap and the act
        days = _gap_days(m.group(1), m.group(2))
        if days is None:
            continue
        day, _ = _shifted(str(iso), days, back=True, weeks=False)
        _redate(mention, day, "doc.date.gap-after-date", f"{span.text} {m.group(0).strip()!r}")
        return True
    return False


_WORD = re.compile(r"[a-z']+")


def resolve_sentence_day(mention: Mention, doc: Doc) -> None:
    """"Police opened fire on protesters blocking a railway line in Rambukkana on Tuesday": an act the parse left
    undated because its sentence's one date phrase hangs on another word takes that date, when the sentence tells
    one past time only (one distinct day or month) and no word that sets an act at another time ("after", "since",
    "had", "earlier": `OTHER_TIME_MARKS`); a headline's words are not its sentence (rule ``doc.date.sentence-day``)."""
    event = mention.event
    if event.date is not None or mention.in_headline or "dates" not in doc.spans:
        return
    pub = mention.pub
    spans = [s for s in doc.spans["dates"] if mention.sent_start <= s.start_char < mention.sent_end]
    if not spans or any(s.label_ != "DATE" for s in spans):
        return  # a time still ahead, or the dateline run into the sentence
    values = {tuple(s._.date_value) for s in spans}
    if len(values) != 1:
        return
    iso, precision = values.pop()
    if precision not in ("day", "month") or (pub and iso[:len(pub)] > pub[:len(iso)]):
        return
    words = set(_WORD.findall(mention.sent_text.lower()))
    if words & OTHER_TIME_MARKS or _own_relative_clause(doc, mention, spans[0].start_char):
        return
    lo, hi = sorted((mention.trigger_start, spans[0].start_char))
    if _CLAUSE_JOIN.search(doc_text(doc), lo, hi):
        return  # "The UN appealed for aid, and Egypt sent trucks on Monday": the other clause's time
    if _in_other_relative_clause(doc, mention, spans[0]):
        return  # "the protests that began in Iran on November 15th were attacked": the protests' start
    event.date, event.date_precision = iso, precision
    mention.decide("doc.date.sentence-day", "redated", f"{spans[0].text!r}: the only time its sentence tells")


# a clause joined to another, with a time of its own
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\b|;", re.IGNORECASE)


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})


def _in_other_relative_clause(doc: Doc, mention: Mention, span: Span) -> bool:
    """The date phrase stands in a relative clause that does not hold the act's trigger."""
    if not 0 <= mention.head_i < len(doc):
        return False
    trigger = doc[mention.head_i]
    tok = span.root
    for _ in range(12):
        if tok.dep_ == "relcl":
            return not tok.left_edge.i <= trigger.i <= tok.right_edge.i
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _own_relative_clause(doc: Doc, mention: Mention, date_at: int) -> bool:
    """"froze parliament on Sunday night, moves that Ennahda denounced as a coup": the act stands in a relative
    clause with a subject of its own, which tells another actor's act at a time of its own, and the date stands
    outside it."""
    if not 0 <= mention.head_i < len(doc):
        return False
    tok = doc[mention.head_i]
    for _ in range(8):
        if tok.dep_ == "relcl":
            inside = doc[tok.left_edge.i].idx <= date_at < doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i])
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_PRONOUNS
                              for c in tok.children)
            return own_subject and not inside
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _resolve_chain(mention: Mention, earlier: list[Mention], doc: Doc) -> None:
    """"The strike came two days after an envoy met Putin", "A day earlier, police had opened fire": an undated
    act told across a stated gap takes the date of the incident the sentence names back (or of the time the
    previous sentence told) shifted by the gap (guide §5: relative chains resolve); a gap in weeks gives the
    month."""
    event = mention.event
    rel = mention.trigger_start - mention.sent_start
    opening = _OPENS_WITH_GAP.match(mention.sent_text)
    if opening is not None and opening.end() <= rel:
        days = _gap_days(opening.group(1), opening.group(2))
        if opening.group(4):
            anchor = _noun_anchor(doc, mention.sent_start + opening.start(4), mention.sent_start + opening.end(4),
                                  mention, earlier)
        else:
            anchor = _previous_sentence_anchor(mention, earlier)
        # undated, or dated by the sentence stage to the time just told, which the gap moves away from
        if (days is not None and anchor is not None and anchor.event.date
                and event.date in (None, anchor.event.date)):
            event.date, event.date_precision = _shifted(
                str(anchor.event.date), days, back=opening.group(3).lower() in ("earlier", "before"),
                weeks=opening.group(2).lower().startswith("week"))
            mention.decide("doc.date.chain-opening", "redated", f"{opening.group(0)!r} from {anchor.event.date}")
            return
    if event.date is not None:
        _coreferent(mention, earlier, doc)
        return
    for m in _CAME_AFTER.finditer(mention.sent_text):
        if m.end() > rel:
            continue
        days = _gap_days(m.group(2), m.group(3))
        anchor = _noun_anchor(doc, mention.sent_start + m.start(1), mention.sent_start + m.end(1), mention, earlier)
        if days is None or anchor is None or not anchor.event.date:
            continue
        event.date, event.date_precision = _shifted(str(anchor.event.date), days, back=m.group(4).lower() == "after",
                                                    weeks=m.group(3).lower().startswith("week"))
        mention.decide("doc.date.chain", "redated", f"{m.group(0)!r} from {anchor.event.date}")
        return
    _coreferent(mention, earlier, doc)


# how the sentence stage found a date that is only the time around the act: the report's, the previous sentence's
_WEAK_SOURCES = frozenset({"report", "previous"})


def _own_day(k: Mention, doc: Doc) -> bool:
    """The mention's date is a day its own words (or a mention merged into it) give."""
    return k.event.date_precision == "day" and bool(k.event.date) and date_source(doc, k) not in _WEAK_SOURCES


def _named(actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if a.start is not None]


# words of one kind of fighting, beside `SAME_ACT_WORDS`
_FIGHTING = frozenset({"fight", "clash", "battle", "skirmish"})


def _stem(word: str) -> str:
    """"fighting" -> "fight", "clashes" -> "clash": a trigger's word whatever its part of speech."""
    for ending in ("ings", "ing", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _same_word(x: str, y: str) -> bool:
    """Two trigger words for one act: the same stem, words of one `SAME_ACT_WORDS` set, or words for fighting."""
    return (same_act_words(x, y) or (bool(x) and _stem(x) == _stem(y))
            or (_stem(x) in _FIGHTING and _stem(y) in _FIGHTING))


def _same_town(a: Event, b: Event) -> bool:
    pa, pb = a.location, b.location
    return (pa is not None and pb is not None and pa.precision != "country" and pa.name.lower() == pb.name.lower())


def _same_incident(m: Mention, k: Mention, *, signs_needed: int) -> bool:
    """``k`` tells ``m``'s incident: one type and a word for the act of one set, no source or place that differs,
    and ``signs_needed`` signs in common among the very word, a named source, a named target and a town."""
    a, b = m.event, k.event
    if a.type != b.type or not _same_word(m.lemma, k.lemma):
        return False
    if not actors_agree(a.source, b.source) or not places_agree(a, b):
        return False
    signs = [_stem(m.lemma) == _stem(k.lemma),
             bool(_named(a.source) and _named(b.source)),
             bool(_named(a.target) and _named(b.target)) and actors_agree(a.target, b.target),
             _same_town(a, b)]
    return sum(signs) >= signs_needed


def _coreferent(mention: Mention, others: list[Mention], doc: Doc) -> None:
    """"days after the worst fighting ... Fighting first broke out on Friday": a mention that the text dates only
    to the month, or only by a report or the sentence before, takes the day another mention of its incident gives
    by its own words (guide §2, §5: a mention's date carries to the mentions of its incident)."""
    event = mention.event
    weak = date_source(doc, mention) in _WEAK_SOURCES
    if event.date_precision == "day" and not weak:
        return
    # a day told around the act is replaced only on stronger signs than a missing or coarser one
    days = {k.event.date for k in others if k is not mention and _own_day(k, doc)
            and _same_incident(mention, k, signs_needed=3 if weak else 2)
            and dates_agree(event.date if not weak else None, k.event.date)}
    if not days and event.date is None:
        # "Police said nine people, including Lai, had been arrested": the act's word, told of one day by every other
        # mention of the document that dates it (two at least)
        same = [k for k in others if k is not mention and k.event.type == event.type and k.lemma == mention.lemma
                and _own_day(k, doc)]
        if len(same) >= 2 and len({k.event.date for k in same}) == 1:
            days = {k.event.date for k in same}
    if len(days) != 1:
        return
    day = days.pop()
    if day == event.date:
        return
    was = event.date
    event.date, event.date_precision = day, "day"
    mention.decide("doc.date.coreferent", "redated", f"{was} -> {day}: another mention of the incident gives the day")


__all__ = ["resolve", "resolve_chain", "resolve_gaps", "resolve_sentence_day"]
