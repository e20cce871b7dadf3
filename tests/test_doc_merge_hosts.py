"""Which earlier incident a later mention goes to (document/merge.incident_host, subject_host, same-word-place)."""

from __future__ import annotations

from document_helpers import run_document as _run

from polemos.models import Actor, Event, Place
from polemos.nlp.document.mention import Mention
from polemos.nlp.document.merge import incident_host, same_incident, subject_host


def _mention(order: int, source: list[Actor], *, further: bool = False, date: str | None = None,
             lemma: str = "bombing", place: str = "Nairobi", **kw: object) -> Mention:
    event = Event(type="ASSAULT", source=source, location=Place(name=place, country="KEN", precision="city"), date=date)
    return Mention(event=event, sent_start=order * 100, sent_end=order * 100 + 90, sent_text="",
                   trigger_start=order * 100, trigger_end=order * 100 + 8, noun=True, order=order, lemma=lemma,
                   further=further, head_i=order * 10, **kw)  # type: ignore[arg-type]


def test_named_back_prefers_its_own_word_over_a_nearer_incident() -> None:
    army = [Actor(name="army", start=5, end=9)]
    strikes = _mention(0, army, lemma="strike", date="2024-03-04", place="Mombasa")
    bombings = _mention(1, [], lemma="bombing")
    back = _mention(2, [], lemma="strike", definite=True, place="Lamu")
    assert incident_host(back, [strikes, bombings])[0] is strikes
    plain = _mention(2, [], lemma="attack", definite=True, place="Lamu")
    assert incident_host(plain, [strikes, bombings])[0] is bombings  # no own word: the latest that agrees


def test_verb_with_a_naming_back_subject_joins_its_subject() -> None:
    host = _mention(0, [Actor(name="army", start=5, end=9)], lemma="strike")
    verb = _mention(2, [], lemma="target", subject_lemma="strike", subject_i=11)
    assert subject_host(verb, {11: host}) == (host, "doc.merge.subject-mention")
    assert subject_host(verb, {12: host}) == (None, None)
    rebels = _mention(2, [Actor(name="rebels", start=50, end=56)], lemma="target", subject_i=11)
    assert subject_host(rebels, {11: host}) == (None, None)


def test_same_word_same_town_merges_when_one_names_no_source() -> None:
    front = [Actor(name="Tessa Front", start=300, end=311)]
    lead, later = _mention(0, []), _mention(3, front, date="2024-02-19")
    assert same_incident(lead, later) == "doc.merge.same-word-place"
    assert same_incident(lead, _mention(3, front, further=True)) is None
    army = [Actor(name="army", start=5, end=9)]
    assert same_incident(_mention(0, army), later) is None  # two named sources: the same-act rules decide


def test_another_incident_at_the_same_town_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "A suicide bombing in Nairobi killed five people on Monday, police said.\n\n"
                    "Another suicide bombing in Nairobi wounded three soldiers, officials said.")
    assert len([e for e in doc._.events if e.type == "ASSAULT" and e.trigger and "bombing" in e.trigger.text]) == 2


def test_charge_after_an_arrest_is_the_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Police arrested activist Amadou Kante in Harare on Monday and charged him with inciting public "
                    "violence.\n\nWhen he appeared in court, prosecutors charged him instead with treason.")
    coerce = [e for e in doc._.events if e.type == "COERCE"]
    assert len(coerce) == 1
    assert "doc.merge.arrest-charge" in [d.rule for d in coerce[0].decisions]


def test_named_back_with_the_act_day_replaces_the_report_day() -> None:
    lead = _mention(0, [Actor(name="coalition", start=5, end=14)], lemma="strike", date="2024-03-07", place="Mombasa",
                    pub="2024-03-07")
    back = _mention(2, [], lemma="strike", date="2024-03-05", place="Lamu", definite=True, pub="2024-03-07")
    assert same_incident(lead, back) == "doc.merge.named-back-report-date"
    week_before = _mention(2, [], lemma="strike", date="2024-02-20", place="Lamu", definite=True, pub="2024-03-07")
    assert same_incident(lead, week_before) is None
    lead.event.date = "2024-03-06"  # not the report's day: the two days stay two incidents
    assert same_incident(lead, back) is None


def test_speech_acts_at_one_town_are_not_merged_by_place() -> None:
    petro = _mention(0, [Actor(name="Petro", start=5, end=10)], lemma="accuse", date="2024-03-01")
    other = _mention(3, [], lemma="accuse")
    petro.event.type = other.event.type = "ACCUSE"
    assert same_incident(petro, other) is None


def test_two_threats_by_one_speaker_stay_two_unless_both_name_the_addressee() -> None:
    trump = [Actor(name="Trump", start=5, end=10, actor_id="person:x")]
    first = _mention(0, trump, lemma="threaten")
    first.event.target = [Actor(name="Iranian", start=40, end=47)]
    second = _mention(3, [Actor(name="he", start=305, end=307, actor_id="person:x")], lemma="threaten")
    first.event.type = second.event.type = "THREATEN"
    assert same_incident(first, second) is None
    second.event.target = [Actor(name="Iran", start=340, end=344)]
    first.event.target = [Actor(name="Iran", start=40, end=44)]
    assert same_incident(first, second) == "doc.merge.same-act"
