"""A candidate event as the document stage sees it: the event, its sentence and where it stands."""

from __future__ import annotations

from dataclasses import dataclass

from polemos.models import Decision, Event


@dataclass
class Mention:
    """One event of the sentence stage with the facts about its sentence the document rules need."""

    event: Event
    sent_start: int
    sent_end: int
    sent_text: str
    trigger_start: int
    trigger_end: int
    noun: bool = False  # the trigger is a noun ("the attack", "clashes")
    definite: bool = False  # a noun trigger after "the"/"this"/"its": it names back an incident
    in_headline: bool = False
    order: int = 0
    head_i: int = -1  # the trigger's head token in the doc (-1: none)
    merged: bool = False  # other mentions were folded into this one: its evidence spans several sentences
    lemma: str = ""  # the trigger head's lemma ("withdraw", "strike")
    subject_lemma: str = ""  # a naming-back noun subject of the trigger ("The strikes hit ..." -> "strike")
    subject_i: int = -1  # that subject's token in the doc (-1: none)
    further: bool = False  # "another attack", "a second bomb": introduces an incident besides those told
    pub: str | None = None  # the document's publication date (ISO), when known

    def decide(self, rule: str, action: str, detail: str = "") -> None:
        self.event.decisions.append(Decision(rule=rule, action=action, detail=detail))


def real_actors(event: Event) -> list:
    """Source and target actors that the text names (an inferred "authorities" has no offsets)."""
    return [a for a in event.source + event.target if a.start is not None]


def parse_iso(value: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of an ISO date at any precision, month/day 0 when absent."""
    if not value:
        return None
    parts = value.split("-")
    try:
        nums = [int(p) for p in parts[:3]]
    except ValueError:
        return None
    while len(nums) < 3:
        nums.append(0)
    return nums[0], nums[1], nums[2]


def dates_agree(a: str | None, b: str | None) -> bool:
    """Whether two ISO dates can name the same day (equal at the coarser precision, or one unknown)."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


__all__ = ["Mention", "dates_agree", "parse_iso", "real_actors"]


