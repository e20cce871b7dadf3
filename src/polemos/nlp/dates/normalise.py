"""Normalising a date phrase against the publication date: weekdays to the latest such day on or before it,
relative phrases ("last week", "two days ago", "the next day"), month and year mentions, and dateparser
for the rest; each value is (ISO date, precision)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from polemos.lang.en.words import MONTHS, WEEKDAYS

DateValue = tuple[str, str]


_MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}


_LEAD = re.compile(r"^(?:(?:on|in|since|from|by|during|until|till|early|late|later|earlier|as of|overnight|"
                   r"the|of|around|about|before|after|beginning|starting|into|"
                   r"(?:early |small |wee )?hours of|(?:morning|afternoon|evening|night) of)\s+)+")


_TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)$")


_ANCHOR = re.compile(r"\b(?:\d{4}|ago|" + "|".join(MONTHS) + "|" + "|".join(_MONTH_ABBR) + r")\b")


_NTH_DAY = re.compile(r"\b(?:for (?:a|the)|(?:entered|entering|enters|into|in) its) (\w+) "
                      r"(?:straight |consecutive |successive |running )?day\b", re.IGNORECASE)


# two days of a month: "29 and 30 November", "May 12 to 13", "12-13 March"
_RANGE = re.compile(r"\b(\d{1,2})\s*(?:to|-|–|and)\s*\d{1,2}\b(?!,? \d{4}\b)")


def is_range(text: str) -> bool:
    """The phrase names two days of a month ("the night of May 12 to 13")."""
    return _RANGE.search(text) is not None and _ANCHOR.search(text.lower()) is not None


def _month(d: date) -> DateValue:
    return f"{d.year:04d}-{d.month:02d}", "month"


def _day(d: date) -> DateValue:
    return d.isoformat(), "day"


def last_weekday(pub: date, weekday: int, *, strictly_before: bool = False) -> date:
    """The most recent given weekday (0 = Monday) on or before `pub` (before it when strict)."""
    back = (pub.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return pub - timedelta(days=back)


def next_weekday(pub: date, weekday: int) -> date:
    """The first given weekday (0 = Monday) after `pub`: "will step down on Wednesday"."""
    return pub + timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)


def _relative(t: str, pub: date, forward: bool = False) -> DateValue | None:
    # "overnight" alone is the night that ended on the publication day, as news reports it the next morning
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "now",
             "overnight"):
        return _day(pub)
    if t in ("yesterday", "last night", "yesterday morning", "yesterday evening"):
        return _day(pub - timedelta(days=1))
    if t in ("tomorrow", "tomorrow morning", "tomorrow evening", "tomorrow night"):
        return _day(pub + timedelta(days=1))
    if t == "next week":
        return _month(pub + timedelta(days=7))
    if t == "next month":
        return _month((pub.replace(day=28) + timedelta(days=7)).replace(day=1))
    if t == "next year":
        return str(pub.year + 1), "year"
    m = re.fullmatch(r"(last |this past |this |next )?(" + "|".join(WEEKDAYS) + ")", t)
    if m:
        weekday = WEEKDAYS.index(m.group(2))
        if m.group(1) == "next " or forward and m.group(1) in (None, "this "):
            return _day(next_weekday(pub, weekday))  # a weekday of a future-tense clause lies ahead
        return _day(last_weekday(pub, weekday, strictly_before=m.group(1) == "last "))
    if t in ("last week", "the past week", "the previous week"):
        return _month(pub - timedelta(days=7))
    if t in ("this week", "earlier this week"):
        return _month(pub)
    if t in ("last month", "the previous month"):
        return _month(pub.replace(day=1) - timedelta(days=1))
    if t in ("this month", "earlier this month"):
        return _month(pub)
    if t in ("last year", "the previous year"):
        return str(pub.year - 1), "year"
    if t in ("this year", "earlier this year"):
        return str(pub.year), "year"
    m = re.fullmatch(r"(last |this |next )?(" + "|".join(MONTHS) + ")", t)
    if m:  # a bare month: the latest such month not after publication ("last March" strictly before)
        month = MONTHS.index(m.group(2)) + 1
        if m.group(1) == "next " or forward and m.group(1) != "last ":
            # "will ban imports from July": the first such month from publication on
            year = pub.year if month > pub.month or (month == pub.month and m.group(1) != "next ") else pub.year + 1
        else:
            year = pub.year if month < pub.month or (month == pub.month and m.group(1) != "last ") else pub.year - 1
        return f"{year:04d}-{month:02d}", "month"
    return None


@lru_cache(maxsize=8192)
def resolve_date(text: str, pub: date | None, forward: bool = False) -> DateValue | None:
    """(iso, precision) of a date phrase, relative ones against the publication date; None for
    durations ("a week", "the first day") and for relative phrases without a publication date.
    A phrase without a year lies before publication, or after it when ``forward`` (the phrase of a
    future-tense clause: "will step down on Wednesday").
    Answers are cached per (phrase, publication date): dateparser is slow and news repeats its dates."""
    t = re.sub(r"['\u2019]s$", "", text.strip().lower())
    t = re.sub(r"\s+", " ", t)
    t = _LEAD.sub("", t)
    t = re.sub(r"^(?:early|mid|late)[- ]", "", t)
    # "the early hours of the same Saturday"
    t = re.sub(r"^(?:the )?(?:same|very) (?=" + "|".join(WEEKDAYS) + ")", "", t)
    whole = t.strip(" ,.")  # "last night", "this morning" before the part of the day is cut off
    t = _TIME_OF_DAY.sub("", t).strip(" ,.")
    if not t:
        return None
    if pub is not None and ((rel := _relative(whole, pub, forward)) is not None
                            or (rel := _relative(t, pub, forward)) is not None):
        return rel
    if re.fullmatch(r"(?:19|20)\d\d", t):
        return t, "year"
    years = re.fullmatch(r"(?:between |from )?((?:19|20)\d\d)\s*(?:and|to|-|–)\s*(?:(?:19|20)\d\d|\d\d)", t)
    if years:
        return years.group(1), "year"  # "between 1989 and 2010": what went on over years is dated by its first
    if not _ANCHOR.search(t):
        return None
    ranged = _RANGE.sub(r"\1", t)
    if ranged != t:
        # "on 29 and 30 November", "the night of May 12 to 13": what happened over days is dated by its first
        return resolve_date(ranged, pub, forward)
    if pub is None and not re.search(r"\b\d{4}\b", t):
        return None  # "October 2nd" needs a publication year
    data = _date_parser(pub).get_date_data(t)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    explicit_year = bool(re.search(r"\b\d{4}\b", t))
    if pub is not None and not explicit_year and (d < pub if forward else d > pub):
        year = d.year + (1 if forward else -1)
        try:
            d = d.replace(year=year)
        except ValueError:  # 29 February
            d = d.replace(year=year, day=28)
    period = data.period or "day"
    if period == "year":
        return str(d.year), "year"
    if period in ("month", "week"):
        return _month(d)
    return _day(d)


@lru_cache(maxsize=64)
def _date_parser(pub: date | None) -> Any:
    """A dateparser parser relative to the publication date (building one is slow; they are reused)."""
    import dateparser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                                "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": []}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)  # type: ignore[attr-defined]


