"""The `polemos_dates` component: date phrases of the doc resolved against the dateline's date (else the
publication date) into ``doc.spans["dates"]``, with phrases of a clause still ahead at publication marked FUTURE
and those of the dateline or letterhead CONTEXT."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import PRESENT_BE, START_PREPS, WEEKDAYS
from polemos.nlp.attach import (
    VERBAL,
)
from polemos.nlp.dates.clauses import report_verb
from polemos.nlp.dates.context import in_context, reference_date
from polemos.nlp.dates.normalise import DateValue, resolve_date
from polemos.nlp.dates.relative import anchored_value, phrases_in_text
from polemos.nlp.resources import Resources, resources_of


def register_extensions() -> None:
    """`span._.date_value` = (iso, precision) on doc.spans["dates"]; `doc._.date_sources`: trigger token index ->
    how its event's date was found (`polemos.nlp.dates.attach.DATE_SOURCES`)."""
    if not Span.has_extension("date_value"):
        Span.set_extension("date_value", default=None)
    if not Doc.has_extension("date_sources"):
        Doc.set_extension("date_sources", default=None)


def _date_verb(span: Span) -> Token | None:
    """The verb whose clause a date phrase is in (the first verb above it)."""
    tok = span.root
    for _ in range(12):
        if tok.pos_ in VERBAL:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _present(verb: Token) -> bool:
    """The verb is in the present tense ("plans", "is due", "are set")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in PRESENT_BE for c in verb.children) or (
        verb.pos_ == "ADJ" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"))


def is_prospective(span: Span) -> bool:
    """The date phrase is the time of a clause still ahead at publication: a future tense ("will step down on
    Wednesday"), a timetable or intention in the present ("is due to meet on Friday", "plans to visit in
    May"), or the start of what a decision brings in ("agreed to ban imports from July"). Never the phrase of a
    reporting verb ("said on Monday it would send")."""
    if report_verb(span, set()) is not None:
        return False  # "said on Monday it would send": the day of the saying
    verb = _date_verb(span)
    if verb is None:
        return False
    lex = resources_of(span.doc).lexicon
    future_aux = lex.word_set("future_aux") or frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
    intent_words = lex.word_set("intent_verbs") | lex.word_set("scheduled_words")
    prep = span.root.head if span.root.dep_ == "pobj" else None
    start = span[0].lower_ in START_PREPS or (prep is not None and prep.lower_ in START_PREPS)
    for step in range(3):  # "will try to reach a deal by Friday": up the chain of infinitives
        if any(c.dep_ == "aux" and c.lower_ in future_aux for c in verb.children):
            return True
        infinitive = verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if not infinitive:
            return False
        head = verb.head
        intent = head.lemma_.lower() in intent_words
        if (intent or head.lemma_ == "be") and _present(head):
            return True
        if intent and start and step == 0:
            return True
        verb = head
    return False


def is_past_date(value: DateValue, pub: date | None) -> bool:
    """The date is not later than publication at its own precision (what a past event can be dated by)."""
    if pub is None:
        return True
    iso, precision = value
    if precision == "year":
        return int(iso[:4]) <= pub.year
    if precision == "month":
        return iso[:7] <= pub.isoformat()[:7]
    return iso <= pub.isoformat()


def find_dates(doc: Doc) -> list[tuple[Span, DateValue]]:
    """Date phrases of a parsed doc (DATE entities, and weekday names the model missed), resolved against the
    dateline's date (else publication); those of a clause still ahead at publication forward."""
    pub = reference_date(doc)
    spans = [e for e in doc.ents if e.label_ == "DATE"]
    # TIME entities that name a day: "Wednesday night", "the night of March 3", "overnight"
    spans += [e for e in doc.ents if e.label_ == "TIME"]
    covered = {t.i for s in spans for t in s}
    spans += [doc[t.i:t.i + 1] for t in doc if t.lower_ in WEEKDAYS and t.i not in covered]
    spans += phrases_in_text(doc, covered)
    out: list[tuple[Span, DateValue]] = []
    for span in sorted((_with_range_start(s) for s in spans), key=lambda s: s.start):
        forward = pub is not None and is_prospective(span)
        value = resolve_date(span.text, pub, forward)
        if value is None:
            # "the previous day", "in the evening": a day counted from the one the text told before
            told = [(s, v) for s, v in out if not in_context(doc, s.start_char) and not is_prospective(s)]
            if any(0 <= s.start - span.end <= 2 for s in spans):
                continue  # "around midday on Tuesday": the day named is the date
            if (value := anchored_value(span, told)) is not None:
                out.append((span, value))
                continue
            # "on Wednesday, days after ...", "Sunday after weeks": the model ran the day into the next phrase
            out += [(piece, v) for piece in _comma_pieces(span) or _head_piece(span)
                    if (v := resolve_date(piece.text, pub, forward and is_prospective(piece))) is not None]
            continue
        if span[-1].lower_ == "overnight" and any(0 < s.start - span.end <= 2 for s in spans):
            continue  # "overnight on Thursday": the day named is the date
        if span.text.lower() == "overnight" and span.root.dep_ in ("amod", "compound"):
            continue  # "in overnight raids ... on Saturday": a kind of raid, not the night before publication
        out.append((span, value))
    return out


def _with_range_start(span: Span) -> Span:
    """The span with the first day of a range the model left out ("29 and [30 November 2022]")."""
    doc, i = span.doc, span.start
    if (i >= 2 and doc[i - 1].lower_ in ("and", "to", "-", "–") and doc[i - 2].like_num and span[0].like_num
            and doc[i - 2].text.isdigit() and 1 <= int(doc[i - 2].text) <= 31):
        return doc[i - 2:span.end]
    return span


def _head_piece(span: Span) -> list[Span]:
    """The words of a span before its first preposition or conjunction ("Sunday after weeks" -> "Sunday")."""
    cut = next((t.i for t in span[1:] if t.pos_ in ("ADP", "SCONJ", "CCONJ")), None)
    return [span.doc[span.start:cut]] if cut is not None else []


def _comma_pieces(span: Span) -> list[Span]:
    """The comma-separated parts of a span ("Wednesday, days" -> "Wednesday", "days"); none without a comma."""
    if not any(t.text == "," for t in span):
        return []
    pieces, start = [], span.start
    for t in span:
        if t.text == ",":
            if t.i > start:
                pieces.append(span.doc[start:t.i])
            start = t.i + 1
    if start < span.end:
        pieces.append(span.doc[start:span.end])
    return pieces


def make_date_recognizer(nlp: Language, name: str, resources: Resources) -> DateRecognizer:
    """Build the component."""
    return DateRecognizer(resources)


class DateRecognizer:
    """Finds and resolves date phrases into doc.spans["dates"]."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def __call__(self, doc: Doc) -> Doc:
        doc._.resources = self.resources
        spans = []
        for span, value in find_dates(doc):
            # a phrase of a clause still ahead at publication is kept, but dates no past event; the dateline's
            # date is where the reporter stands in time, no event's
            label = "CONTEXT" if in_context(doc, span.start_char) else "FUTURE" if is_prospective(span) else "DATE"
            s = Span(doc, span.start, span.end, label=label)
            s._.date_value = value
            spans.append(s)
        doc.spans["dates"] = spans
        return doc


