"""Tests for who the author of a statement is and where it issued it (nlp/document/voice_author.py): the
organisation that signs at the foot, a letterhead the body never repeats, the government of the issuing state,
place lines after the letterhead, and addressees of support the recogniser does not know (voice_acts.py). One
hand-written statement per rule."""

from __future__ import annotations

from document_helpers import rules_of as _rules
from document_helpers import run_document as _run
from spacy.tokens import Doc

from polemos.models import Event


def _own(doc: Doc, word: str) -> list[Event]:
    return [e for e in doc._.events if e.source and word.lower() in e.source[0].name.lower()
            and (e.rule or "").startswith("doc.voice")]


def _names(event: Event) -> str:
    return " ".join(a.name for a in event.target)


def test_signatories_after_signed_are_the_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "JOINT STATEMENT\nNairobi, 5 March 2024\n\nThe undersigned organisations condemn the arrest of "
                    "the journalist Amos Kip. We call on the Kenyan government to release him.\n\n"
                    "Signed:\nLakeside Rights Centre\nCommittee for Free Media (CFM)")
    own = _own(doc, "Lakeside")
    assert any(e.type == "REQUEST" and "government" in _names(e) for e in own)
    assert any(e.type == "ACCUSE" for e in own)
    assert all("doc.voice.signature-author" in _rules(e) for e in own)


def test_signature_block_names_the_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "NOT ONE STEP BACK!\n\nPolice beat students in Kisumu on Monday.\n\nWe, the Lakeside Students' "
                    "Union, condemn the beating and hold the Kenyan police responsible.\n\n"
                    "Lakeside Students' Union (LSU)\nConvener: Amos Kip\n4 March 2024")
    own = _own(doc, "Lakeside Students")
    assert any(e.type == "ACCUSE" and "police" in _names(e) for e in own)


def test_a_last_paragraph_that_says_something_is_no_signature(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "LAKESIDE RIGHTS CENTRE\nStatement - Nairobi, 5 March 2024\n\nThe Lakeside Rights Centre "
                    "condemns the arrest of the journalist Amos Kip by the Kenyan police.\n\n"
                    "We urge the African Union and the UN Human Rights Council to send observers.")
    requests = [e for e in _own(doc, "Lakeside") if e.type == "REQUEST"]
    assert requests and "Human Rights Council" in _names(requests[0])  # "UN" is no short form of the author


def test_letterhead_the_body_never_repeats_and_the_issuing_government(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "MINISTRY OF FOREIGN AFFAIRS AND TRADE\nCO-OPERATIVE REPUBLIC OF GUYANA\n\nSTATEMENT\n"
                    "Georgetown, 5 March 2024\n\nThe Government of Guyana condemns the measures announced yesterday "
                    "by President Nicolas Maduro of Venezuela.")
    own = _own(doc, "Ministry")
    accuse = [e for e in own if e.type == "ACCUSE"]
    assert accuse and "Maduro" in _names(accuse[0])
    assert accuse[0].location is not None and accuse[0].location.name == "Georgetown"


def test_labelled_location_line_is_the_issue_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "LAKESIDE RIGHTS CENTRE\nBriefing note\nLocation: Geneva\nDate: 5 March 2024\n\n"
                    "The Lakeside Rights Centre condemns the arrest of the journalist Amos Kip by the Kenyan police.")
    own = _own(doc, "Lakeside")
    assert own and own[0].location is not None and own[0].location.name == "Geneva"


def test_support_for_bodies_the_recogniser_does_not_know(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "LAKESIDE RIGHTS CENTRE\nStatement - Nairobi, 5 March 2024\n\nThe Lakeside Rights Centre "
                    "welcomes the Ruling of the East African Court of Justice of 1 March 2024. The Lakeside Rights "
                    "Centre expresses its deep gratitude to the Nyanza Elders Forum for its help.")
    support = [e for e in _own(doc, "Lakeside") if e.type == "SUPPORT"]
    names = " ".join(_names(e) for e in support)
    assert "Court" in names and "Nyanza" in names
    assert any("doc.voice.addressee-words" in _rules(e) for e in support)


LRC = "LAKESIDE RIGHTS CENTRE (LRC)\nStatement - Nairobi, 5 March 2024\n\n"


def test_call_on_allies_to_suspend_sales_asks_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LRC + "We call on the United States and the United Kingdom, Kenya's closest Western allies, to "
                          "suspend all sales of arms and tear gas to Kenya.\n\nLakeside Rights Centre")
    assert not [e for e in doc._.events if e.type in ("ASSAULT", "COERCE")]


def test_held_responsible_by_names_the_recogniser_misses(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LRC + "The LRC:\n1. Condemns the massacre of peaceful demonstrators and holds Wekesa Barasa and "
                          "Odhiambo Kiprop Otieno personally responsible;\n2. Bows before the memory of our martyrs "
                          "and expresses its solidarity with their families.\n\nLakeside Rights Centre")
    own = _own(doc, "Lakeside")
    accuse = [e for e in own if e.type == "ACCUSE"]
    assert accuse and ("Barasa" in _names(accuse[0]) or "Otieno" in _names(accuse[0]))
    assert any(e.type == "SUPPORT" and "families" in _names(e) for e in own)


def test_summary_bullet_in_the_passive_is_the_authors_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "EAST AFRICAN LEGISLATIVE ASSEMBLY - PRESS RELEASE\nPlenary session - Arusha, 5 March 2024\n\n"
                    "Kenya: members call for an inquiry\n\n"
                    "- Police raid on the Kisumu market condemned as unlawful\n"
                    "- An independent inquiry demanded\n\n"
                    "The Assembly strongly condemns the raid carried out by the Kenyan police on the Kisumu market "
                    "on 2 March.")
    assert not [e for e in doc._.events if e.type == "ACCUSE" and not e.source]
    assert any("doc.voice.summary-line" in _rules(e) for e in doc._.dropped_events or [])


def test_office_held_responsible_in_the_same_sentence_is_the_same_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LRC + "The LRC condemns the killing of two marchers by the Kenyan police and holds the Interior "
                          "Cabinet Secretary responsible.\n\nLakeside Rights Centre")
    accuse = [e for e in _own(doc, "Lakeside") if e.type == "ACCUSE"]
    assert len(accuse) == 1 and "police" in _names(accuse[0])


def test_solidarity_with_a_body_the_recogniser_does_not_know(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LRC + "The LRC stands in solidarity with the KNUT, whose leaders are being persecuted.\n\n"
                          "Lakeside Rights Centre")
    support = [e for e in _own(doc, "Lakeside") if e.type == "SUPPORT"]
    assert support and "KNUT" in _names(support[0])


def test_condemned_harm_to_a_victim_blames_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LRC + "On Tuesday in Kisumu, a mob attacked a police officer with stones and burned him to death."
                          "\n\nThe LRC calls on the authorities to investigate. We also condemn the killing of the "
                          "police officer.\n\nLakeside Rights Centre")
    accuse = [e for e in _own(doc, "Lakeside") if e.type == "ACCUSE"]
    assert accuse and "mob" in _names(accuse[0])
    assert "doc.voice.blame-doer-of-victim" in _rules(accuse[0])


def test_together_with_names_a_partner_not_an_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LRC + "The LRC condemns the Kenyan government for the new security law. On 19 February, "
                          "together with our allies in the Kisumu Nurses Union, led by Amos Kip, we rejected this "
                          "proposal.\n\nLakeside Rights Centre")
    reject = [e for e in _own(doc, "Lakeside") if e.type == "REJECT"]
    assert reject and "Kip" not in _names(reject[0]) and "Nurses" not in _names(reject[0])


def test_demand_of_the_blamed_state_joins_the_call_on_that_state(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, LRC + "The LRC condemns the Kenyan police for the raid on its office. The LRC demands the "
                          "immediate arrest and prosecution of all officers involved. We call on the Kenyan "
                          "government to open a public inquiry.\n\nLakeside Rights Centre")
    requests = [e for e in _own(doc, "Lakeside") if e.type == "REQUEST"]
    assert len(requests) == 1 and "government" in _names(requests[0])


def test_letterhead_line_of_issuer_and_office_is_the_authors_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "UNITED NATIONS - OFFICE OF THE SPECIAL ENVOY FOR THE GREAT LAKES\nPress release - Nairobi, "
                    "5 March 2024\n\nThe UN condemns the attack on the Kisumu market by the Kenyan police.")
    own = [e for e in doc._.events if any(d.rule.startswith("doc.voice") for d in e.decisions) and e.source]
    assert own and "OFFICE OF THE SPECIAL ENVOY" in own[0].source[0].name
    assert "UNITED NATIONS" in own[0].source[0].name


def test_a_state_on_the_letterhead_line_stays_out_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "HIGH COURT - REPUBLIC OF KENYA\nStatement - Nairobi, 5 March 2024\n\nThe High Court condemns "
                    "the attack on its registry by unknown men.")
    own = [e for e in doc._.events if any(d.rule.startswith("doc.voice") for d in e.decisions) and e.source]
    assert own and "KENYA" not in own[0].source[0].name


def test_the_people_the_author_speaks_through_and_alarm_at_what_a_ruler_said(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "UNITED NATIONS - OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS\nPress release - Geneva, "
                    "5 March 2024\n\nKenya: UN experts condemn killing of lawyer\n\nUN human rights experts today condemned the killing of the lawyer Amos Kip in "
                    "Kisumu.\n\nThe experts expressed particular alarm that President William Ruto had threatened "
                    "critics of the police the day before. The experts urged the Kenyan authorities to protect "
                    "Mr. Kip's family.")
    own = [e for e in doc._.events if any(d.rule.startswith("doc.voice") for d in e.decisions) and e.source]
    assert any(e.type == "REQUEST" and "authorities" in _names(e) for e in own)
    assert any(e.type == "ACCUSE" and "Ruto" in _names(e) for e in own)


def test_people_the_author_only_reports_do_not_speak_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "UNITED NATIONS - OFFICE OF THE SPECIAL ENVOY\nPress release - Nairobi, 5 March 2024\n\n"
                    "Kenya: envoy alarmed by clashes\n\nUN peacekeepers opened fire on a crowd in Kisumu on Monday. "
                    "The peacekeepers called on the crowd to disperse.")
    own = [e for e in doc._.events if any(d.rule.startswith("doc.voice") for d in e.decisions) and e.source]
    assert not any(e.type == "REQUEST" for e in own)
