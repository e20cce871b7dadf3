"""Tests for the author's acts found in a statement's words (nlp/document/voice.py, voice_acts.py): list items
under a heading naming a body of the author, addressees the recogniser does not know, denials, refusals and
condemnations that name no one. One hand-written statement per rule."""

from __future__ import annotations

from document_helpers import rules_of as _rules
from document_helpers import run_document as _run
from spacy.tokens import Doc

from polemos.models import Event

LETTERHEAD = "LAKESIDE RIGHTS CENTRE (LRC)\nStatement - Nairobi, 5 March 2024\n\n"


def _own(doc: Doc) -> list[Event]:
    return [e for e in doc._.events if e.source and "lakeside" in e.source[0].name.lower()]


def _names(event: Event) -> str:
    return " ".join(a.name for a in event.target)


def test_author_list_under_a_body_of_the_author_after_a_blank_line(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police beat marchers in Kisumu on Monday.\n\n"
                    "The Executive Board of the LRC:\n\n"
                    "- REPUDIATES the violence ordered by the Kenyan government;\n\n"
                    "- SALUTES the Kenyan nurses for their courage.\n\nLakeside Rights Centre")
    own = _own(doc)
    assert any(e.type == "ACCUSE" and "government" in _names(e) and "doc.voice.item-object" in _rules(e) for e in own)
    assert any(e.type == "SUPPORT" for e in own)
    assert any("doc.voice.author-list" in _rules(e) for e in own)


def test_author_list_item_that_clause_names_the_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police beat marchers in Kisumu on Monday.\n\nThe LRC:\n\n"
                    "- CONDEMNS the beating of the marchers;\n\n"
                    "- DEMANDS that the Kenyan government release the detained marchers;\n\n"
                    "- DEMANDS that the African Union send observers.\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc) if e.type == "REQUEST"]
    assert any("African Union" in _names(e) for e in requests)
    assert any("government" in _names(e) for e in requests)
    assert any("doc.voice.item-that-clause" in _rules(e) for e in requests)


def test_author_denial_is_no_reject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The police accused the LRC of helping the rioters. The LRC categorically rejects "
                    "the accusation as baseless.\n\nLakeside Rights Centre")
    assert not [e for e in _own(doc) if e.type == "REJECT"]


def test_author_refusal_is_aimed_at_the_one_blamed(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC condemns the Kenyan government for the new security law. The LRC rejects "
                    "this law in its entirety.\n\nLakeside Rights Centre")
    reject = [e for e in _own(doc) if e.type == "REJECT"]
    assert reject and "government" in _names(reject[0])
    assert "doc.voice.refusal-of-blamed" in _rules(reject[0])


def test_author_call_on_words_the_recogniser_does_not_know(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "We call on the signatories of the Arusha accords to uphold their obligations."
                    "\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc) if e.type == "REQUEST"]
    assert requests and "signatories" in _names(requests[0])
    assert "doc.voice.addressee-words" in _rules(requests[0])


def test_author_demand_that_people_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "We call on the Kenyan government to free the detainees. We demand that the owners "
                    "reopen all closed factories.\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc) if e.type == "REQUEST"]
    assert any("owners" in _names(e) for e in requests)
    assert len(requests) == 2


def test_author_warns_an_addressee_by_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC:\n1. Warns the occupier that any new raid will be met with a firm "
                    "response.\n\nLakeside Rights Centre")
    threats = [e for e in _own(doc) if e.type == "THREATEN"]
    assert threats and "occupier" in _names(threats[0])


def test_author_document_speaks_concern_about(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Uganda closed the border on Monday. The statement also expresses concern about the "
                    "role of Tanzania.\n\nLakeside Rights Centre")
    accuse = [e for e in _own(doc) if e.type == "ACCUSE"]
    assert accuse and "Tanzania" in _names(accuse[0])


def test_author_condemnation_blames_the_doer_the_sentence_tells(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC condemns the attack in Kisumu on Monday, in which Kenyan soldiers shot "
                    "three marchers.\n\nLakeside Rights Centre")
    accuse = [e for e in _own(doc) if e.type == "ACCUSE"]
    assert accuse and "soldiers" in _names(accuse[0])
    assert "doc.voice.blame-doer" in _rules(accuse[0])


def test_author_gapped_call_names_a_second_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC urged the European Union to impose an arms embargo, and the United States "
                    "to suspend its military aid.\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc) if e.type == "REQUEST"]
    assert any("United States" in _names(e) and "doc.voice.gapped-call" in _rules(e) for e in requests)
    assert any("European Union" in _names(e) for e in requests)


def test_author_what_a_call_asks_is_no_act_of_the_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "We call on the brands to raise the prices they pay and to publicly support the "
                    "workers' demand.\n\nLakeside Rights Centre")
    assert not [e for e in _own(doc) if e.type == "SUPPORT"]


def test_author_suspending_its_operations_is_a_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC has suspended all of its operations in Kisumu after one of its drivers was "
                    "shot on Monday.\n\nLakeside Rights Centre")
    assert [e for e in _own(doc) if e.type == "SANCTION"]


def test_author_suspending_its_strike_is_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "The LRC has suspended its hunger strike after the release of the detainees."
                    "\n\nLakeside Rights Centre")
    assert not [e for e in _own(doc) if e.type == "SANCTION"]


def test_author_verb_read_as_noun_after_its_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police shot marchers in Kisumu on Monday.\n\nLRC appeals to the African Union and "
                    "to Kenya's donors to use their influence.\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc) if e.type == "REQUEST"]
    assert any("African Union" in _names(e) for e in requests)  # read as a verb, or as a noun (verb-as-noun)


def test_author_office_goes_on_as_he(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "UNITED NATIONS\nStatement attributable to the Spokesperson for the Secretary-General\n"
                    "New York, 5 March 2024\n\nPolice shot marchers in Kisumu on Monday.\n\nThe Secretary-General "
                    "reaffirms the support of the United Nations to the efforts of the African Union. He urges all "
                    "Kenyan political actors to refrain from violence. Earlier today, he spoke by telephone with the "
                    "President of Kenya, William Ruto.\n\nSpokesperson for the Secretary-General")
    own = [e for e in doc._.events if e.source and "united nations" in e.source[0].name.lower()]
    assert any(e.type == "SUPPORT" and "African Union" in _names(e) for e in own)
    assert any(e.type == "REQUEST" and "political actors" in _names(e) for e in own)
    assert any(e.type == "CONSULT" and "Kenya" in _names(e) for e in own)


def test_author_sympathy_to_the_families(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police shot marchers in Kisumu on Monday.\n\nThe LRC expresses its deepest sympathy "
                    "and solidarity to the families of the victims.\n\nLakeside Rights Centre")
    assert any(e.type == "SUPPORT" and "families" in _names(e) for e in _own(doc))


def test_author_concerned_about_names_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police beat marchers in Kisumu on Monday.\n\nThe LRC is deeply concerned about the "
                    "arrest of journalists by the Kenyan police.\n\nLakeside Rights Centre")
    accuse = [e for e in _own(doc) if e.type == "ACCUSE"]
    assert accuse and "police" in _names(accuse[0]) and "journalists" not in _names(accuse[0])


def test_author_appalled_by_names_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police beat marchers in Kisumu on Monday.\n\nWe are appalled by the violence of the "
                    "Kenyan police.\n\nLakeside Rights Centre")
    accuse = [e for e in _own(doc) if e.type == "ACCUSE"]
    assert accuse and "police" in _names(accuse[0])


def test_author_reiterates_its_call_on(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police beat marchers in Kisumu on Monday.\n\nThe LRC reiterates its call on the "
                    "African Union to send observers.\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc) if e.type == "REQUEST"]
    assert requests and _names(requests[0]) == "African Union"


def test_author_letterhead_is_no_party_of_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LETTERHEAD + "Police beat marchers in Kisumu on Monday.\n\nWe condemn the beating.\n\n"
                    "Lakeside Rights Centre")
    assault = [e for e in doc._.events if e.type == "ASSAULT"]
    assert assault and all("lakeside" not in a.name.lower() for e in assault for a in e.source + e.target)
