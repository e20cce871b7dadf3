"""Tests for the document stage's merges, counts and dates (nlp/document/merge.py, dates.py): the only date of a
sentence dates an act the parse left undated, a headline goes to the body mention told with a word of its act,
and merged mentions of one incident keep the larger figure."""

from __future__ import annotations

from document_helpers import rules_of as _rules
from document_helpers import run_document as _run


def test_doc_date_sentence_day_dates_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # "on Tuesday" hangs on "blocking"; the shooting is told of the same time (one past day in the sentence)
    doc = _run(nlp, "Loman police opened fire on protesters blocking a railway line in the town of Vara on Tuesday, "
                    "killing one man.")
    fired = [e for e in doc._.events if e.type == "ASSAULT"]
    assert fired and fired[0].date == "2024-03-05"
    assert "doc.date.sentence-day" in _rules(fired[0])


def test_doc_date_sentence_day_not_across_a_gap(nlp) -> None:  # type: ignore[no-untyped-def]
    # "after": the sentence tells two times, and its one date is not the act's
    doc = _run(nlp, "Loman troops deployed in Vara on Saturday after fighting between rival gunmen.")
    assert not any("doc.date.sentence-day" in _rules(e) for e in doc._.events)


def test_doc_headline_goes_to_mention_of_its_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # the headline's "shelled" is the barrage (a word of one act), not the return fire of the other side
    doc = _run(nlp, "Island shelled by Tessa\n\nLOMA, March 5 (Wire) - Loman rescuers found the bodies of two "
                    "civilians on Vara island on Tuesday, raising the death toll from Tessa's artillery attack the "
                    "previous day to four.\n\nTwo marines were killed in Monday's barrage, which also wounded 18 "
                    "people.\n\nLoman marines returned fire, firing 80 rounds at Tessan gun positions around Kora.")
    barrage = [e for e in doc._.events if e.trigger is not None and e.trigger.text == "barrage"]
    assert barrage and "doc.merge.headline" in _rules(barrage[0])
    # the toll of four (the latest figure) stands over the part of it, two marines
    assert barrage[0].killed is not None and barrage[0].killed.value() == 4
    assert "doc.count.fuse-larger" in _rules(barrage[0])
    returned = [e for e in doc._.events if e.trigger is not None and e.trigger.text == "returned"]
    assert returned and returned[0].killed is None


def test_doc_merge_agentless_same_town_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # an agentless mention at the same town on the same day, naming the town as its target, is the incident told
    doc = _run(nlp, "On 17 July, hundreds of paramilitaries attacked the neighbourhood of Vara in Tessa from several "
                    "directions. Rights groups confirmed at least three dead. As Vara was being overrun, the "
                    "vice-president called its residents terrorists.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert "doc.merge.agentless-town-day" in _rules(assaults[0])


def test_counts_witnesses_are_no_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    # "in front of his wife and their two young children": the two saw the killing
    doc = _run(nlp, "Mr. Vell was shot dead by unidentified gunmen at his home in Tessa on Saturday, in front of his "
                    "wife and their two young children.")
    shot = [e for e in doc._.events if e.type == "ASSAULT"]
    assert shot and shot[0].killed is not None and shot[0].killed.value() == 1


def test_doc_fuse_headline_figure_does_not_replace_the_incident_count() -> None:
    from polemos.models import Count, Event
    from polemos.nlp.document.mention import Mention
    from polemos.nlp.document.merge import fuse

    head_text = "Two journalists killed in a week"
    head = Mention(event=Event(type="ASSAULT", killed=Count(low=2, best=2, high=2, text="Two", start=0, end=3)),
                   sent_start=0, sent_end=len(head_text), sent_text=head_text, trigger_start=16, trigger_end=22,
                   in_headline=True)
    body = Mention(event=Event(type="ASSAULT", killed=Count(low=1, best=1, high=1, text="one", start=60, end=63)),
                   sent_start=40, sent_end=90, sent_text="x" * 50, trigger_start=50, trigger_end=54)
    fuse(body, head, "doc.merge.headline")
    assert body.event.killed is not None and body.event.killed.value() == 1
    # a figure the parser ran into the headline's sentence from the lead is the incident's latest
    lead = Mention(event=Event(type="ASSAULT", killed=Count(low=4, best=4, high=4, text="four", start=70, end=74)),
                   sent_start=0, sent_end=90, sent_text=head_text + "\n\n" + "y" * 56, trigger_start=16,
                   trigger_end=22, in_headline=True)
    fuse(body, lead, "doc.merge.headline")
    assert body.event.killed is not None and body.event.killed.value() == 4
    assert "doc.count.fuse-larger" in _rules(body.event)


def test_doc_date_gap_after_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # "on Thursday, a day after ... shelled": the shelling is the Wednesday (PUB is Tuesday 5 March 2024)
    doc = _run(nlp, "Loma recalled its charge d'affaires from Tessa and summoned Tessa's ambassador on Thursday, a "
                    "day after Tessan artillery shelled a crowded mountain resort in the north, killing nine tourists.")
    shelled = [e for e in doc._.events if e.type == "ASSAULT"]
    assert shelled and shelled[0].date == "2024-02-28"
    assert "doc.date.gap-after-date" in _rules(shelled[0])


def test_doc_toll_named_victim_is_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the girl who died is one of the nine, not a revision of the toll to one
    doc = _run(nlp, "Tessan artillery shelled a crowded mountain resort near Vara on Wednesday, killing nine tourists, "
                    "among them a one-year-old girl.\n\nLocal officials initially reported eight dead. The girl died "
                    "of her wounds overnight, raising the toll to nine, officials said.")
    shelled = [e for e in doc._.events if e.type == "ASSAULT"]
    assert shelled and shelled[0].killed is not None and shelled[0].killed.value() == 9
    assert "doc.count.part" in _rules(shelled[0])


def test_doc_date_at_named_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Pashan was detained by police on Sunday, shortly after a televised meeting with Sarkis that "
                    "lasted just three minutes.\n\nAt the meeting in a Loma hotel, Sarkis accused Pashan of blackmail "
                    "and walked out.")
    accuse = [e for e in doc._.events if e.type == "ACCUSE"]
    assert accuse and accuse[0].date == "2024-03-03"
    assert "doc.date.at-named-incident" in _rules(accuse[0])


def test_doc_date_speaker_continues(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Lee told military commanders at the defence ministry on Wednesday that provocations would be "
                    "punished. He ordered reinforcements to Vara island.")
    ordered = [e for e in doc._.events if e.type == "MOBILIZE"]
    assert ordered and ordered[0].date == "2024-02-28"
    assert "doc.date.speaker-continues" in _rules(ordered[0])


def test_doc_date_days_later(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a day later" after the raid's Wednesday (not the Friday of the officials' report)
    doc = _run(nlp, "Armed cattle rustlers killed 17 people in a dawn raid on a village near Vara on Wednesday, "
                    "officials said on Friday, and gendarmes pursuing the attackers shot dead six raiders a day later.")
    shot = [e for e in doc._.events if e.type == "ASSAULT" and e.killed is not None and e.killed.value() == 6]
    assert shot and shot[0].date == "2024-02-29"
    assert "doc.date.days-later" in _rules(shot[0])


def test_doc_merge_agentless_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "In the early hours of Friday, hundreds of soldiers stormed the protest camp at Galle Green in Vara. "
                    "They tore down our tents and beat unarmed protesters with batons.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert "doc.merge.agentless-next-sentence" in _rules(assaults[0])


def test_doc_date_comma_gap_later_in_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # the gap counts from the one time its sentence tells before it (PUB is Tuesday 5 March 2024: Monday the 4th)
    doc = _run(nlp, "President Vell said on Monday he would not sign the finance bill and would withdraw it, a day "
                    "after police shot dead protesters who stormed parliament in Loma.")
    shot = [e for e in doc._.events if e.type == "ASSAULT" and e.trigger is not None and e.trigger.text == "shot"]
    assert shot and shot[0].date == "2024-03-03"


def test_doc_date_gap_resolved_before_merging(nlp) -> None:  # type: ignore[no-untyped-def]
    # the shooting "a day later" is the Thursday's, and so one incident with the Thursday's killing of six raiders
    doc = _run(nlp, "Armed cattle rustlers killed 17 people in a dawn raid on a village near Vara on Wednesday, "
                    "officials said on Friday, and gendarmes pursuing the attackers shot dead six raiders a day later."
                    "\n\nPolice had initially reported nine dead.\n\nOn Thursday a gendarmerie unit caught up with part "
                    "of the gang near the river. Six raiders were killed in an exchange of fire and two gendarmes were "
                    "wounded.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    shot = [e for e in assaults if e.killed is not None and e.killed.value() == 6]
    assert shot and shot[0].date == "2024-02-29" and "doc.merge.agentless" in _rules(shot[0])


def test_doc_date_sentence_day_not_of_another_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # the Monday is Tessa's sending of trucks, a clause of its own; the protests' start is a relative clause's
    doc = _run(nlp, "The United Nations appealed for fuel and medical aid to be allowed into Loma, and Tessa sent "
                    "trucks of medicine through the Vara crossing on Monday.\n\nThe popular protests that began in "
                    "Loma on February 15th were attacked by the militia of the regime.")
    assert not any("doc.date.sentence-day" in _rules(e) for e in doc._.events)
