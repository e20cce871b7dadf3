"""Tests for date phrases and event dates (nlp/dates.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from polemos.nlp.dates.attach import date_for_event, nth_day_phrase, shift_for_nth_day
from polemos.nlp.dates.normalise import last_weekday, next_weekday, resolve_date
from polemos.nlp.dates.recognizer import is_past_date, is_prospective
from polemos.nlp.pipe import make_docs


def parse(nlp: Any, text: str, pub: date | None) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, pub)]))))


@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Friday", date(2019, 10, 21), ("2019-10-18", "day")),         # the Friday before a Monday paper
    ("on Monday", date(2019, 10, 21), ("2019-10-21", "day")),      # a Monday paper's Monday is that day
    ("last Monday", date(2019, 10, 21), ("2019-10-14", "day")),
    ("early on Thursday", date(2022, 2, 24), ("2022-02-24", "day")),
    ("Monday evening", date(2020, 6, 1), ("2020-06-01", "day")),
    ("since Saturday", date(2023, 4, 17), ("2023-04-15", "day")),
    ("October 2nd", date(2020, 1, 6), ("2019-10-02", "day")),      # never later than publication
    ("November 15th", date(2020, 1, 6), ("2019-11-15", "day")),
    ("December 25", date(2019, 12, 1), ("2018-12-25", "day")),
    ("October 2, 2019", None, ("2019-10-02", "day")),
    ("yesterday", date(2019, 10, 21), ("2019-10-20", "day")),
    ("today", date(2019, 10, 21), ("2019-10-21", "day")),
    ("three days ago", date(2020, 1, 6), ("2020-01-03", "day")),
    ("last week", date(2019, 10, 21), ("2019-10", "month")),
    ("last week", date(2019, 11, 3), ("2019-10", "month")),
    ("last month", date(2021, 3, 28), ("2021-02", "month")),
    ("last month's", date(2021, 1, 10), ("2020-12", "month")),
    ("last March", date(2020, 3, 5), ("2019-03", "month")),
    ("mid-October", date(2019, 12, 1), ("2019-10", "month")),
    ("October 2019", None, ("2019-10", "month")),
    ("in 2019", date(2020, 1, 6), ("2019", "year")),
    ("last year", date(2020, 1, 6), ("2019", "year")),
    # times of day name their day
    ("overnight", date(2021, 5, 11), ("2021-05-11", "day")),       # the night that ended on publication
    ("overnight Thursday", date(2021, 5, 21), ("2021-05-20", "day")),
    ("late on Friday", date(2021, 5, 22), ("2021-05-21", "day")),
    ("Tuesday night", date(2021, 5, 21), ("2021-05-18", "day")),
    ("the early hours of Sunday", date(2021, 5, 21), ("2021-05-16", "day")),
    ("the night of March 3", date(2021, 5, 21), ("2021-03-03", "day")),
    # phrases that name a time ahead whatever the tense
    ("tomorrow", date(2021, 5, 21), ("2021-05-22", "day")),
    ("next Monday", date(2019, 10, 21), ("2019-10-28", "day")),
    ("next month", date(2021, 12, 10), ("2022-01", "month")),
    ("next March", date(2020, 3, 5), ("2021-03", "month")),
])
def test_dates_resolve_date(text: str, pub: date | None, expected: tuple[str, str]) -> None:
    assert resolve_date(text, pub) == expected


@pytest.mark.parametrize(("text", "pub", "expected"), [
    # the phrase of a future-tense clause lies ahead of publication
    ("Wednesday", date(2022, 7, 10), ("2022-07-13", "day")),           # a Sunday paper's next Wednesday
    ("on Sunday", date(2022, 7, 10), ("2022-07-17", "day")),           # not the publication day itself
    ("July", date(2012, 1, 24), ("2012-07", "month")),
    ("January", date(2012, 1, 24), ("2012-01", "month")),              # the month under way
    ("July 5", date(2012, 1, 24), ("2012-07-05", "day")),
    ("January 20", date(2012, 1, 24), ("2013-01-20", "day")),
    ("July 5, 2011", date(2012, 1, 24), ("2011-07-05", "day")),        # an explicit year stands
])
def test_dates_resolve_date_forward(text: str, pub: date, expected: tuple[str, str]) -> None:
    assert resolve_date(text, pub, True) == expected


@pytest.mark.parametrize(("value", "pub", "expected"), [
    (("2012-07", "month"), date(2012, 1, 24), False),
    (("2012-01", "month"), date(2012, 1, 24), True),
    (("2012-01-25", "day"), date(2012, 1, 24), False),
    (("2012-01-24", "day"), date(2012, 1, 24), True),
    (("2013", "year"), date(2012, 1, 24), False),
    (("2013", "year"), None, True),
])
def test_dates_is_past_date(value: tuple[str, str], pub: date | None, expected: bool) -> None:
    assert is_past_date(value, pub) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The president will step down on Wednesday, the speaker said.", "Wednesday", True),
    ("The leaders are due to meet on Friday.", "Friday", True),
    ("The government plans to hold elections in March.", "March", True),
    ("The ministers agreed on Monday to ban imports of oil from July.", "July", True),
    ("The ministers agreed on Monday to ban imports of oil from July.", "Monday", False),
    ("Police used water cannon to disperse protesters on Friday.", "Friday", False),
    ("The leaders were due to meet on Friday.", "Friday", False),   # a timetable told in the past
    ("Rebels attacked the town on Friday.", "Friday", False),
])
def test_dates_is_prospective(nlp: Any, text: str, word: str, expected: bool) -> None:
    doc = parse(nlp, text, date(2012, 1, 24))
    span = next(s for s in doc.spans["dates"] if word in s.text)
    assert is_prospective(span) is expected
    assert (span.label_ == "FUTURE") is expected


@pytest.mark.parametrize(("text", "pub"), [
    ("a week", date(2022, 9, 23)), ("the first day", date(2022, 2, 24)), ("a third day", date(2023, 4, 17)),
    ("decades", date(2020, 1, 1)), ("Friday", None), ("October 2nd", None), ("", date(2020, 1, 1)),
])
def test_dates_resolve_date_none(text: str, pub: date | None) -> None:
    assert resolve_date(text, pub) is None


@pytest.mark.parametrize(("pub", "weekday", "strict", "expected"), [
    (date(2019, 10, 21), 4, False, date(2019, 10, 18)),
    (date(2019, 10, 21), 0, False, date(2019, 10, 21)),
    (date(2019, 10, 21), 0, True, date(2019, 10, 14)),
    (date(2019, 10, 21), 6, False, date(2019, 10, 20)),
])
def test_dates_last_weekday(pub: date, weekday: int, strict: bool, expected: date) -> None:
    assert last_weekday(pub, weekday, strictly_before=strict) == expected


@pytest.mark.parametrize(("pub", "weekday", "expected"), [
    (date(2019, 10, 21), 4, date(2019, 10, 25)),
    (date(2019, 10, 21), 0, date(2019, 10, 28)),   # strictly after: a Monday paper's "will ... on Monday"
    (date(2019, 10, 21), 1, date(2019, 10, 22)),
])
def test_dates_next_weekday(pub: date, weekday: int, expected: date) -> None:
    assert next_weekday(pub, weekday) == expected


@pytest.mark.parametrize(("value", "sentence", "expected"), [
    (("2023-04-17", "day"), "Fighting raged for a third day on Monday.", ("2023-04-15", "day")),
    (("2023-04-17", "day"), "Protests continued for the second straight day on Monday.", ("2023-04-16", "day")),
    (("2023-04", "month"), "Fighting raged for a third day.", ("2023-04", "month")),
    (("2023-04-17", "day"), "Fighting raged on Monday.", ("2023-04-17", "day")),
])
def test_dates_shift_for_nth_day(value: tuple[str, str], sentence: str, expected: tuple[str, str]) -> None:
    assert shift_for_nth_day(value, sentence) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Rebels shelled the town for a fourth straight day on Friday.", "shelled", "for a fourth straight day"),
    ("The leader spoke on Friday, as troops clashed with students for a second day.", "spoke", None),
])
def test_dates_nth_day_phrase_belongs_to_its_clause(nlp: Any, text: str, word: str, expected: str | None) -> None:
    doc = parse(nlp, text, date(2020, 1, 11))
    triggers = [t for t in doc if t.text in ("shelled", "spoke", "clashed")]
    trigger = next(t for t in triggers if t.text == word)
    assert nth_day_phrase(trigger.sent, {trigger.i}, triggers) == expected


def test_dates_component_splits_a_run_on_entity(nlp: Any) -> None:
    # the model may run a weekday into the next phrase ("Wednesday, days"): the weekday still counts
    doc = parse(nlp, "Turkey launched an offensive on Wednesday, days after US troops withdrew.", date(2019, 10, 10))
    assert ("Wednesday", ("2019-10-09", "day")) in [(s.text, s._.date_value) for s in doc.spans["dates"]]


def test_dates_component_sets_spans(nlp: Any) -> None:
    doc = parse(nlp, "Soldiers patrolled the streets on Sunday for a week.", date(2019, 10, 21))
    assert [(s.text, s._.date_value) for s in doc.spans["dates"]] == [("Sunday", ("2019-10-20", "day"))]


def _trigger(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "pub", "words", "expected"), [
    (("Chilean soldiers patrolled the streets of Santiago on Sunday after the president declared an emergency. "
     "At least 11 people have died since riots erupted on Friday."), date(2019, 10, 21), ["patrolled", "riots"],
     ["2019-10-20", "2019-10-18"]),
    ("Fighting between the army and the Rapid Support Forces raged in Khartoum for a third day on Monday.",
     date(2023, 4, 17), ["Fighting"], ["2023-04-15"]),
    (("The prime minister ordered a military offensive against the party on Wednesday, accusing its forces of "
     "attacking a base."), date(2020, 11, 5), ["offensive", "accusing"], ["2020-11-04", "2020-11-04"]),
    # a follow-up sentence without a date of its own keeps the lead's date
    (("Supporters of President Donald Trump stormed the US Capitol on Wednesday. Police arrested more than 50 "
     "people."), date(2021, 1, 7), ["stormed", "arrested"], ["2021-01-06", "2021-01-06"]),
    # the date of a reporting verb is not the event's date
    ("The Syrian Democratic Forces said on Sunday they had reached a deal with the government.",
     date(2019, 10, 14), ["reached"], [None]),
    ("Iranian state television said 26 people had been killed in a week of protests.", date(2022, 9, 23),
     ["protests"], [None]),
    # an event during another shares its date; a subordinate clause's date is its own
    (("Israeli troops shot dead 58 Palestinians during protests along the Gaza border on Monday as the United "
      "States opened its embassy."), date(2018, 5, 15), ["shot", "protests"], ["2018-05-14", "2018-05-14"]),
    # a cause keeps its own date
    (("Iran fired missiles at US bases on Wednesday in retaliation for the killing of its top general last "
      "week."), date(2020, 1, 9), ["fired", "killing"], ["2020-01-08", "2020-01"]),
    # the time of day before or after the weekday
    ("Gunmen attacked a police station early on Wednesday, killing seven officers.", date(2021, 5, 21),
     ["attacked"], ["2021-05-19"]),
    ("Rebels shelled the town of Marib on Monday evening.", date(2021, 5, 21), ["shelled"], ["2021-05-17"]),
    ("Israeli jets struck targets in Gaza overnight.", date(2021, 5, 11), ["struck"], ["2021-05-11"]),
    # the fighting's date, not the accusation's
    (("Heavy fighting broke out over the disputed region on Sunday, killing 23 people, and both sides accused "
      "each other of shelling."), date(2020, 9, 28), ["fighting"], ["2020-09-27"]),
    # "for a second day" shifts only the event of its own clause: the clashes, on their second day on Thursday,
    # began on Wednesday (guide §2: an ongoing act takes its start); the call stays on Thursday
    (("The opposition leader called on Thursday for a national strike, as troops clashed with students in the "
      "capital for a second day."), date(2020, 1, 11), ["called", "clashed"], ["2020-01-09", "2020-01-08"]),
    (("Protests raged in the capital for a third day on Friday. Police shot dead three people."),
     date(2020, 1, 11), ["Protests", "shot"], ["2020-01-08", "2020-01-10"]),
    # "since Monday" dates the occupation, not the curfew of the main clause
    ("The governor imposed a curfew on Friday, as students have occupied the campus since Monday.",
     date(2020, 1, 11), ["curfew", "occupied"], ["2020-01-10", "2020-01-06"]),
    # a stated gap moves the other clause's date; an unstated one leaves it unknown
    (("Russian warplanes bombed the town of Gori on Saturday, a day after Georgian forces launched an "
      "offensive."), date(2008, 8, 9), ["bombed", "offensive"], ["2008-08-09", "2008-08-08"]),
    (("Thai police used water cannon to disperse protesters in Bangkok on Friday evening, a day after the "
      "government banned gatherings."), date(2020, 10, 16), ["disperse", "banned"], ["2020-10-16", "2020-10-15"]),
    ("The army stormed the city on Monday, two days before the rebels shelled the airport.", date(2020, 1, 11),
     ["stormed", "shelled"], ["2020-01-06", "2020-01-08"]),
    ("Iran fired missiles at US bases on Wednesday, a day after the vote in parliament.", date(2020, 1, 9),
     ["fired", "vote"], ["2020-01-08", "2020-01-07"]),
    ("Turkey launched an offensive in Syria on Wednesday, days after US troops withdrew from the area.",
     date(2019, 10, 10), ["offensive", "withdrew"], ["2019-10-09", "2019-10"]),  # no gap stated: the month
    ("Chinese police arrested dozens of people in Shanghai on Sunday after crowds protested against lockdowns.",
     date(2022, 11, 30), ["arrested", "protested"], ["2022-11-27", "2022-11"]),
    (("The government scrapped a planned tax late on Thursday, hours after protesters blocked roads in the "
      "capital."), date(2019, 10, 18), ["scrapped", "blocked"], ["2019-10-17", "2019-10-17"]),
    # coordinated verb phrases share one date phrase, in either order
    ("Bangladesh imposed a nationwide curfew and deployed the army on Friday.", date(2024, 7, 19),
     ["curfew", "deployed"], ["2024-07-19", "2024-07-19"]),
    ("The United States announced sanctions on Wednesday and expelled ten Russian diplomats.", date(2021, 4, 14),
     ["sanctions", "expelled"], ["2021-04-14", "2021-04-14"]),
    # as-clauses, participial adjuncts and reduced relatives take the time of their clause
    (("Police in Uttar Pradesh detained more than 1,200 people on Thursday as protests against a new law spread "
      "across India."), date(2019, 12, 20), ["detained", "protests"], ["2019-12-19", "2019-12-19"]),
    (("On Tuesday, police had used water cannon to disperse students protesting against his appointment."),
     date(2019, 4, 13), ["disperse", "protesting"], ["2019-04-09", "2019-04-09"]),
    ("Seven people were killed on Monday when militiamen opened fire on demonstrators.", date(2009, 6, 16),
     ["killed", "opened"], ["2009-06-15", "2009-06-15"]),
    # a date between a reported clause and its reporting verb is the reported event's
    (("More than 300 schoolgirls were abducted by gunmen from a boarding school in Zamfara state, early on "
      "Friday, police said."), date(2021, 2, 27), ["abducted"], ["2021-02-26"]),
    ("Police said on Friday that gunmen had abducted 300 schoolgirls.", date(2021, 2, 27), ["abducted"], [None]),
    # the time of a setting clause with no event of its own is the event's
    (("Rebels set fire to a small passenger plane and took its pilot hostage after it landed in Nduga on "
      "Tuesday."), date(2023, 2, 8), ["set"], ["2023-02-07"]),
    # a date of a future clause dates no past event: the storming takes the said-clause's Saturday
    (("The president will step down on Wednesday, the speaker of parliament said late on Saturday, hours after "
      "protesters stormed the president's residence."), date(2022, 7, 10), ["stormed"], ["2022-07-09"]),
    (("The ministers agreed on Monday to ban imports of oil from July and froze the assets of the central "
      "bank."), date(2012, 1, 24), ["ban", "froze"], ["2012-01-23", "2012-01-23"]),
    ("Rebels attacked the town on Friday. The army will launch an offensive next week.", date(2021, 5, 22),
     ["attacked", "offensive"], ["2021-05-21", None]),
    # the time of a noun that is no event is not its clause's
    (("Police fired tear gas at opposition supporters on Thursday as they marched to protest against the "
      "results of last month's presidential election."), date(2024, 11, 8), ["fired", "protest"],
     ["2024-11-07", "2024-11-07"]),
    ("Thousands protested against the results of last month's election.", date(2024, 11, 8), ["protested"],
     [None]),
    # ... unless the noun is the event's setting
    ("Clashes broke out during Sunday's funeral.", date(2021, 5, 22), ["Clashes"], ["2021-05-16"]),
    ("Troops opened fire on protesters after Friday prayers.", date(2011, 2, 26), ["opened"], ["2011-02-25"]),
    # a relative clause in the progressive was under way at the time of its clause
    (("Police used tear gas and water cannon on Tuesday night to disperse thousands of protesters outside "
      "parliament who were rallying against a draft law."), date(2023, 3, 8), ["used", "rallying"],
     ["2023-03-07", "2023-03-07"]),
    ("Police on Tuesday arrested protesters who stormed the palace.", date(2023, 3, 8), ["arrested", "stormed"],
     ["2023-03-07", None]),
    # a gap in months or years moves the month
    (("Mexico extradited the drug lord to the United States on Thursday, a year after marines recaptured him."),
     date(2017, 1, 20), ["extradited", "recaptured"], ["2017-01-19", "2016-01"]),
    ("The army stormed the city on Monday, two months after rebels seized it.", date(2020, 1, 11),
     ["stormed", "seized"], ["2020-01-06", "2019-11"]),
])
def test_dates_date_for_event(nlp: Any, text: str, pub: date, words: list[str], expected: list[str | None]) -> None:
    doc = parse(nlp, text, pub)
    triggers = [_trigger(doc, w) for w in words]
    got = [(v[0] if (v := date_for_event(doc, t, triggers=triggers)) else None) for t in triggers]
    assert got == expected


def test_dates_resolve_date_answers_per_publication_date() -> None:
    # answers are cached per (phrase, publication date): one date's answer must not serve another
    assert resolve_date("March 3", date(2021, 5, 1)) == ("2021-03-03", "day")
    assert resolve_date("March 3", date(2021, 2, 1)) == ("2020-03-03", "day")
    assert resolve_date("March 3", None) is None
    assert resolve_date("March 3", date(2021, 5, 1)) == ("2021-03-03", "day")
