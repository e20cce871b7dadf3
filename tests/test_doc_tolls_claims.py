"""Tolls read over the whole article (nlp/document/tolls.py): a revision's latest figure, another source's
lower figure as a range, a part of the toll kept apart, the figure told with the incident itself."""

from __future__ import annotations

from typing import Any

from document_helpers import rules_of, run_document

from polemos.models import Count
from polemos.nlp.document.tolls import (
    CountClaim,
    is_earlier_claim,
    is_part_claim,
    is_running_total,
    is_toll_sentence,
    zero_kinds,
)


def _harm(nlp: Any, text: str) -> list[Any]:
    return [e for e in run_document(nlp, text)._.events if e.type in ("ASSAULT", "PROTEST")]


def _bounds(c: Count | None) -> tuple[int | None, int | None, int | None] | None:
    return None if c is None else (c.low, c.best, c.high)


def test_doc_tolls_sources_disagree(nlp: Any) -> None:
    """Doctors' 108 and the ministry's 61: a range spanning them (doc.count.own-sentence, doc.count.sources)."""
    [event] = _harm(nlp, "Security forces stormed a protest camp in Khartoum on Monday, killing 108 people, doctors "
                         "said. The Health Ministry put the death toll at 61.")
    assert _bounds(event.killed) == (61, None, 108)
    assert "doc.count.sources" in rules_of(event)


def test_doc_tolls_part_of_toll(nlp: Any) -> None:
    """"34 of its citizens": one side's dead never replace the whole toll; the wounded still attach."""
    [event] = _harm(nlp, "Border clashes between Kyrgyz and Tajik troops killed at least 41 people on Thursday. "
                         "Kyrgyzstan's health ministry said 34 of its citizens had been killed, up from 31, "
                         "and 178 wounded.")
    assert _bounds(event.killed) == (41, None, None)
    assert event.injured is not None and event.injured.value() == 178
    assert "doc.count.part" in rules_of(event)


def test_doc_tolls_revised_through_deployment(nlp: Any) -> None:
    """A toll held for now by a deployment in the fighting's sentence still revises the fighting."""
    events = _harm(nlp, "Troops deployed in Tripoli on Saturday after fighting between rival gunmen killed at least "
                        "10 people. A security source said later that the death toll had risen to 12 after two "
                        "wounded men died in hospital.")
    [fighting] = [e for e in events if e.killed is not None]
    assert _bounds(fighting.killed) == (12, 12, 12)
    assert fighting.injured is None


def test_doc_tolls_up_from(nlp: Any) -> None:
    """"893 ... up from 844": the latest figure; the earlier one stays in the trace."""
    [event] = _harm(nlp, "Police fired rubber bullets at voters in Barcelona on Sunday, injuring hundreds of people. "
                         "The Catalan health department said on Monday that 893 people had been treated for "
                         "injuries, up from 844 reported late on Sunday.")
    assert _bounds(event.injured) == (893, 893, 893)


def test_doc_tolls_sentence_words() -> None:
    assert is_toll_sentence("34 were killed, up from 31.")
    assert not is_toll_sentence("Tajikistan has given no official toll, but seven people died.")
    text = "34 of its citizens had been killed, up from 31 reported on Friday."
    assert is_part_claim(Count(low=34, best=34, high=34, start=100, end=102), text, 100)
    assert is_earlier_claim(Count(low=31, best=31, high=31, start=144, end=146), text, 100)
    assert not is_earlier_claim(Count(low=34, best=34, high=34, start=100, end=102), text, 100)


def test_doc_tolls_no_one_hurt(nlp: Any) -> None:
    """"No one was hurt" says no one died either: killed 0 and injured 0 (guide §6)."""
    [event] = _harm(nlp, "Houthi fighters fired a ballistic missile at the Saudi city of Najran on Tuesday. Saudi air "
                         "defences intercepted it and no one was hurt, the channel said.")
    assert _bounds(event.killed) == (0, 0, 0) and _bounds(event.injured) == (0, 0, 0)


def test_doc_tolls_zero_kinds() -> None:
    def claim(kind: str, text: str) -> CountClaim:
        return CountClaim(kind=kind, count=Count(low=0, best=0, high=0, text=text), start=0, end=len(text),
                          sent_start=0, sent_text=text, zero=True)
    assert zero_kinds(claim("killed", "no one was killed")) == ("killed",)
    assert zero_kinds(claim("killed", "no casualties")) == ("killed", "injured")
    assert zero_kinds(claim("killed", "nobody was hurt")) == ("killed", "injured")
    assert zero_kinds(claim("injured", "no injuries")) == ("injured",)
    assert zero_kinds(claim("arrested", "no arrests")) == ("arrested",)


def test_doc_tolls_told_alike(nlp: Any) -> None:
    """A casualty figure goes to the incident told in the words it shares ("rubber bullets"), not to the latest
    one (doc.count.told-alike)."""
    events = _harm(nlp, "Two trucks carrying aid were set on fire on a border bridge on Saturday as security forces "
                        "fired tear gas and rubber bullets at opposition supporters. The trucks were burned on the "
                        "bridge linking the two towns. Officials said 285 people were injured on the bridges, most of "
                        "them hit by tear gas canisters and rubber bullets.")
    [hurt] = [e for e in events if e.injured is not None]
    assert hurt.injured.value() == 285
    assert "doc.count.told-alike" in rules_of(hurt)


def test_doc_tolls_others_add_up(nlp: Any) -> None:
    """"The attack killed at least 20 other people" adds to the named victim of the attack (doc.count.others)."""
    events = _harm(nlp, "Former prime minister Benazir Bhutto was killed on Thursday as she left a rally in Rawalpindi, "
                        "when a gunman fired at her vehicle and then blew himself up. The attack killed at least 20 "
                        "other people, police said.")
    [attack] = [e for e in events if e.killed is not None]
    assert _bounds(attack.killed) == (21, None, None)
    assert "doc.count.others" in rules_of(attack)


def test_doc_tolls_named_victim_is_no_toll(nlp: Any) -> None:
    """A toll rising in the unrest never revises the one named victim of an assassination."""
    events = run_document(nlp, "Rioters burned banks across Sindh province on Friday after former prime minister "
                               "Benazir Bhutto was assassinated. The death toll in the unrest rose to 33, officials "
                               "said.")._.events
    named = [e for e in events if e.killed is not None and e.killed.value() == 1]
    assert named and all(e.killed is not None and e.killed.value() == 1 for e in named)


def test_doc_tolls_running_total_is_no_count(nlp: Any) -> None:
    """"have killed more than 1,100 people ... since the start of the year" is no incident's count
    (doc.count.running-total, guide §1 and §6); the attack keeps its own."""
    events = _harm(nlp, "Gunmen attacked a village in Zamfara on Monday, killing 12 people, police said. Armed gangs "
                        "have killed more than 1,100 people in northwest Nigeria since the start of the year, "
                        "according to Amnesty International.")
    assert [e.killed.value() for e in events if e.killed is not None] == [12]


def test_doc_tolls_running_total_words() -> None:
    assert is_running_total("The conflict has killed thousands since 2012.")
    assert is_running_total("More than 250 people have been killed across the country since Sunday.")
    assert is_running_total("Since the war began, 5,000 people have been killed.")
    # a campaign's count
    assert not is_running_total("Since the protests began, at least 30 people have been killed and 400 arrested.")
    assert not is_running_total("Drone attacks have killed at least eight leaders since last July.")
    assert not is_running_total("Since 28 April the police have killed 31 protesters.")  # a campaign's count
    assert not is_running_total("At least 33 people have been killed in the unrest since Thursday evening.")
    assert not is_running_total("Police said 12 people were killed on Monday.")


def test_doc_tolls_fewer_dead_told_later_are_a_part(nlp: Any) -> None:
    """A later, lower figure told in no toll ("Two soldiers died.") never replaces the figure told with the
    incident (doc.count.own-sentence, doc.count.part)."""
    [event] = _harm(nlp, "Gunmen stormed a village in Zamfara on Monday, killing five people, police said. Two "
                         "soldiers died.")
    assert _bounds(event.killed) == (5, 5, 5)


def test_doc_tolls_number_of_dead_sources(nlp: Any) -> None:
    """"put the number of dead at 43; staff counted 30 bodies": two sources, a range (doc.count.sources)."""
    [event] = _harm(nlp, "An Israeli tank struck a UN school in Jabalia on Tuesday, killing dozens of people who had "
                         "sought shelter there. Palestinian health officials put the number of dead at 43; UNRWA staff "
                         "at the scene counted 30 bodies.")
    assert _bounds(event.killed) == (30, None, 43)


def test_doc_tolls_revision_of_told(nlp: Any) -> None:
    """A toll rising after a sentence that told no casualties revises the incident that told the first figure
    (doc.count.revision-of-told); the event in between keeps no toll."""
    events = _harm(nlp, "Militants attacked a convoy of trucks in the north on Saturday, killing at least 19 "
                        "civilians. Eight trucks were destroyed, the governor said. The death toll rose to 21 on "
                        "Monday after two wounded drivers died in hospital.")
    with_toll = [e for e in events if e.killed is not None]
    assert [_bounds(e.killed) for e in with_toll] == [(21, 21, 21)]


def test_doc_tolls_count_in_own_words(nlp: Any) -> None:
    """A count-only sentence after a death told on its own goes to the incident told in its words
    (doc.count.own-words): injuries by rubber bullets to the police firing them, not to the protest."""
    events = [e for e in run_document(nlp, "Police fired rubber bullets and stun grenades at protesters in Minsk "
                                           "on Monday night, as thousands took to the streets. One protester "
                                           "died on Monday when a device blew up in his hands, the ministry "
                                           "said. Dozens of people were injured by rubber bullets and stun "
                                           "grenades in Minsk, rights groups said.")._.events]
    injured = [e for e in events if e.injured is not None]
    assert [e.type for e in injured] == ["ASSAULT"]
    assert "doc.count.own-words" in rules_of(injured[0])


def test_doc_tolls_earlier_incident_zero(nlp: Any) -> None:
    """"days after the worst fighting killed at least five": the five are the earlier fighting's; the latest
    exchange 'caused no casualties' (doc.count.earlier-incident, doc.attach.no-casualties)."""
    events = _harm(nlp, "Thai and Cambodian troops exchanged fire near the temple on Monday, days after the worst "
                        "fighting between the neighbours in years killed at least five people. The latest exchange, "
                        "which lasted about an hour, caused no casualties, a military commander said.")
    zero = [e for e in events if e.killed is not None and e.killed.value() == 0]
    assert zero and not any(e.killed is not None and e.killed.value() == 5 and e in zero for e in events)
    assert "doc.count.earlier-incident" in rules_of(zero[0])


def test_doc_tolls_reported_count(nlp: Any) -> None:
    """A sentence with no incident of its own that says figures were confirmed gives them to the incident just
    told (doc.count.reported)."""
    events = _harm(nlp, "Hooded paramilitaries attacked the district of Monimbo in Masaya on Tuesday. Human rights "
                        "defenders have so far confirmed at least three dead and dozens of wounded.")
    [event] = [e for e in events if e.killed is not None]
    assert _bounds(event.killed) == (3, None, None)
    assert _bounds(event.injured) == (24, None, 99)
    assert "doc.count.reported" in rules_of(event)
