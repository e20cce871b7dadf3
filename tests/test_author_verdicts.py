"""Tests for the author's verdicts (nlp/document/voice_verdicts.py, rule doc.voice.verdict)."""

from __future__ import annotations

from document_helpers import rules_of as _rules
from document_helpers import run_document as _run
from spacy.tokens import Doc

from polemos.models import Event

LETTERHEAD = "LAKESIDE RIGHTS CENTRE (LRC)\nPress release - Nairobi, 5 March 2024\n\n"


def _verdicts(doc: Doc) -> list[Event]:
    return [e for e in doc._.events if e.type == "ACCUSE" and "doc.voice.verdict" in _rules(e)]


def _names(event: Event) -> str:
    return " ".join(a.name for a in event.target)


def test_author_verdict_in_its_own_voice_blames_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police beat marchers in Kisumu on Monday. The silence of Uganda in the face of "
                    "these crimes is shameful.\n\nLakeside Rights Centre")
    found = _verdicts(doc)
    assert len(found) == 1 and "Uganda" in _names(found[0])
    assert "lakeside" in found[0].source[0].name.lower()
    assert found[0].date == "2024-03-05"


def test_author_verdict_of_its_spokesperson(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police shot three marchers in Kisumu on Monday.\n\n\"The killing of marchers, which "
                    "was planned by the Kenyan authorities, may constitute crimes against humanity,\" said Jane "
                    "Wanjiru, director at the Lakeside Rights Centre.\n\nLakeside Rights Centre")
    found = _verdicts(doc)
    assert len(found) == 1 and "authorities" in _names(found[0])


def test_author_verdict_not_of_others_nor_a_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "\"The blockade is shameful,\" said a Ugandan minister. The court found the "
                    "general guilty of crimes against humanity. The opposition says the law is unacceptable."
                    "\n\nLakeside Rights Centre")
    assert not _verdicts(doc)


def test_author_verdict_responsible_for_attacks(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police raided camps near Kitale on Monday. The raids targeted the Mount Elgon Brigade, which, together with al-Shabaab, "
                    "is responsible for multiple attacks on civilians.\n\nLakeside Rights Centre")
    found = _verdicts(doc)
    assert len(found) == 1
    assert "Mount Elgon Brigade" in _names(found[0]) and "Shabaab" in _names(found[0])


def test_author_responsible_for_security_is_no_verdict(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police raided camps near Kitale on Monday. The Kenyan police are responsible for security at the border.\n\nLakeside Rights "
                    "Centre")
    assert not _verdicts(doc)


def test_author_verdict_on_a_judged_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police raided camps near Kitale on Monday. The LRC considers that Uganda has proved "
                    "to be an unreliable partner.\n\nLakeside Rights Centre")
    found = _verdicts(doc)
    assert len(found) == 1 and "Uganda" in _names(found[0])
