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
