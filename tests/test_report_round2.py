"""Events that reports and statements relate (issue #10, reports round 2): name-calling, leaving a meeting,
withdrawing a reform in a relative clause, "was to" plans."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On Monday the opposition leader called the minister a liar.",
    "The party, whose deputies resigned in February, called the move \"an attempt to silence the majority\".",
    "At a rally, the party chairman called the rights groups agents of a foreign power.",
])
def test_name_calling_is_accuse(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """call.v.accuse.3: a label as complement of 'call' condemns; a fronted date is no 'called on'."""
    types = [e.type for e in nlp(text)._.events]
    assert "ACCUSE" in types and "REQUEST" not in types


def test_called_on_stays_request(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On Tuesday the minister called on the rebels to lay down their arms.")
    assert [e.type for e in doc._.events] == ["REQUEST"]


def test_pulling_out_of_a_meeting_rejects_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """events.retype.quit-meeting: leaving a meeting refuses to meet (CAMEO 125); leaving a town stays RETREAT."""
    doc = nlp("On Wednesday the Loman president pulled out of a meeting with the Tessan prime minister.")
    ev = [e for e in doc._.events if e.type in ("REJECT", "RETREAT")]
    assert [(e.type, e.mode) for e in ev] == [("REJECT", "meet")]
    assert any(d.rule == "events.retype.quit-meeting" for d in ev[0].decisions)
    doc = nlp("The Loman army withdrew from the town on Monday.")
    assert [e.type for e in doc._.events] == ["RETREAT"]


def test_withdrawn_reform_in_relative_clause_is_concede(nlp) -> None:  # type: ignore[no-untyped-def]
    """withdraw.v.concede reads the antecedent of 'which' as the object."""
    doc = nlp("Protesters rose up against the pension reform, which the government withdrew on 22 April.")
    assert "CONCEDE" in [e.type for e in doc._.events]
    assert "RETREAT" not in [e.type for e in doc._.events]


def test_was_to_is_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    """'be to' + infinitive: an obligation or plan, no act (modality.is_scheduled)."""
    doc = nlp("Under the accord, the rebels were to cease hostilities on 25 November and withdraw from the town.")
    assert [e.type for e in doc._.events] == []


def test_crime_named_as_a_charge_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    """doc.drop.charge: 'guilty of genocide', 'Day against Genocide' name a crime as a charge or title."""
    doc = nlp("On Friday the tribunal in Tessa found the former general guilty of genocide. "
              "Congress declared 23 March a National Day against Genocide.")
    assert "ASSAULT" not in [e.type for e in doc._.events]
    assert any(d.rule == "doc.drop.charge" for e in doc._.dropped_events for d in e.decisions)


def test_acquittal_is_concede(nlp) -> None:  # type: ignore[no-untyped-def]
    """acquit.v.concede: the guide codes acquittals as CONCEDE."""
    doc = nlp("On Friday the tribunal in Tessa acquitted the former intelligence chief.")
    assert [e.type for e in doc._.events] == ["CONCEDE"]


def test_second_to_infinitive_of_agree_is_content(nlp) -> None:  # type: ignore[no-untyped-def]
    """candidate._to_infinitive_conj: 'agreed to a ceasefire and to disarm' is one agreement, no RETREAT."""
    doc = nlp("On Tuesday the local defence forces in Tessa agreed to a ceasefire and to disarm.")
    assert [e.type for e in doc._.events] == ["AGREE"]


def test_draft_still_to_be_voted_asks_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """doc.drop.failed-text: a draft resolution still to be voted on is no REQUEST; an adopted one is."""
    doc = nlp("The Security Council is expected to vote tonight on a draft resolution calling for a ceasefire in Tessa.")
    assert "REQUEST" not in [e.type for e in doc._.events]
    doc = nlp("On Monday the Security Council adopted a resolution calling for a ceasefire in Tessa.")
    assert "REQUEST" in [e.type for e in doc._.events]


def test_allegation_with_its_clause_is_accuse(nlp) -> None:  # type: ignore[no-untyped-def]
    """allege.v.accuse (requires ccomp): 'have alleged that ...' accuses; 'the alleged attack' is no ACCUSE."""
    doc = nlp("Some media and organisations in Tessa have alleged that civilians were executed by the army.")
    assert [e.type for e in doc._.events] == ["ACCUSE"]
    doc = nlp("The alleged attack on the town of Tessa took place on Monday.")
    assert "ACCUSE" not in [e.type for e in doc._.events]


def test_at_the_request_of_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    """doc.drop.at-behest: 'sent at the request of X' grounds the sending; 'made a request' is a REQUEST."""
    doc = nlp("On Monday 1,000 Loman soldiers, sent at the request of the Tessan government, crossed the border.")
    assert "REQUEST" not in [e.type for e in doc._.events]
    assert "MOBILIZE" in [e.type for e in doc._.events]
