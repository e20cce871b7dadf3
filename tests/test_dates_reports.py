"""Tests for the dates of acts told in reports and in clauses around other clauses (nlp/dates/attach.py and
nlp/dates/clauses.py): a report's date is the act's only when nothing else dates it, never through a relative
clause of another noun, never for an act told in the perfect."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from polemos.nlp.dates.attach import date_for_event
from polemos.nlp.dates.recognizer import is_prospective
from polemos.nlp.pipe import make_docs

PUB = date(2020, 8, 19)  # a Wednesday


def parse(nlp: Any, text: str, pub: date = PUB) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, pub)]))))


def _trigger(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def dated(nlp: Any, text: str, words: list[str], pub: date = PUB) -> list[str | None]:
    doc = parse(nlp, text, pub)
    triggers = [_trigger(doc, w) for w in words]
    return [(v[0] if (v := date_for_event(doc, t, triggers=triggers)) else None) for t in triggers]


def source_of(nlp: Any, text: str, word: str, pub: date = PUB) -> str:
    doc = parse(nlp, text, pub)
    trigger = _trigger(doc, word)
    date_for_event(doc, trigger, triggers=[trigger])
    return str(doc._.date_sources[trigger.i])


@pytest.mark.parametrize(("text", "words", "expected"), [
    # a statement takes the date it was made (guide §5)
    ("The secretary-general demanded the release of the president, his spokesman said on Tuesday.", ["demanded"],
     ["2020-08-18"]),
    ("The minister said in a televised address on Sunday night that there had been no vote and praised the police.",
     ["praised"], ["2020-08-16"]),
    # an act told in the perfect happened at a time the text does not give
    ("The ministry said on Tuesday it had sent generators to the hospitals.", ["sent"], [None]),
    # the date of a relative clause on another noun is that noun's
    (("Loma also postponed talks with the rebels, which had been due to take place on Thursday, the ministry said "
      "on Wednesday."), ["postponed"], ["2020-08-19"]),
    # a noun's date is the time of the relative clause on it
    (("The leader said on Monday the region had won the right to independence in Sunday's vote, in which police "
      "fired rubber bullets at voters."), ["fired"], ["2020-08-16"]),
    # a participle on the subject tells the act's circumstances and time
    ("The prime minister, visiting the region of Tessa on Saturday, accused the rebels of genocide.", ["accused"],
     ["2020-08-15"]),
    # a finite verb the parser hangs on an infinitive is the main verb's second phrase
    (("The prime minister on Tuesday accused the rebels of trying to ethnically cleanse the region and offered to "
      "send troops."), ["accused", "offered"], ["2020-08-18", "2020-08-18"]),
])
def test_dates_report_and_clause_dates(nlp: Any, text: str, words: list[str], expected: list[str | None]) -> None:
    assert dated(nlp, text, words) == expected


def test_dates_report_date_source_is_recorded(nlp: Any) -> None:
    text = "The secretary-general demanded the release of the president, his spokesman said on Tuesday."
    assert source_of(nlp, text, "demanded") == "report"
    assert source_of(nlp, "Police arrested ten students on Tuesday.", "arrested") == "clause"


def test_dates_report_phrase_is_not_prospective(nlp: Any) -> None:
    doc = parse(nlp, "The Emirates said on Monday it would send armoured vehicles to the army.")
    span = next(s for s in doc.spans["dates"] if s.text == "Monday")
    assert not is_prospective(span)
    assert span._.date_value == ("2020-08-17", "day")


@pytest.mark.parametrize(("text", "words", "expected"), [
    # the owner's own phrase first, not the one of a cost verb hosted on it
    (("Loman troops deployed in the city of Tessa on Saturday after fighting between rival gunmen killed ten "
      "people and wounded 70 this week, sources said."), ["deployed"], ["2020-08-15"]),
    # an adjective "overnight" is a kind of raid, not the night before publication
    ("Rebels killed 22 villagers in overnight raids on two villages near Tessa on Saturday.", ["killed"],
     ["2020-08-15"]),
    # "On 16 March riot police ...": the parser's compound is the verb's time
    (("On 16 March riot police used tear gas to clear the square, the centre of a movement that began on "
      "14 February."), ["used"], ["2020-03-16"]),
    # the exchange's time is not the time of the fighting named after "after"
    (("Loman and Tessan troops exchanged fire early on Monday, days after the worst fighting in years killed five "
      "people."), ["fighting"], ["2020-08"]),
])
def test_dates_owned_phrases(nlp: Any, text: str, words: list[str], expected: list[str | None]) -> None:
    doc = parse(nlp, text)
    triggers = [_trigger(doc, w) for w in words]
    got = [(v[0] if (v := date_for_event(doc, t, triggers=triggers)) else None) for t in triggers]
    assert got == expected
