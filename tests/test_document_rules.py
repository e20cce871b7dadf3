"""Tests for the document stage (nlp/document/): one hand-written article per merge, attachment and drop rule."""

from __future__ import annotations

from document_helpers import PUB
from document_helpers import dropped_rules as _dropped
from document_helpers import rules_of as _rules
from document_helpers import run_document as _run

from polemos.models import Actor, Event
from polemos.nlp.document.mention import Mention
from polemos.nlp.document.merge import headline_host, same_incident


def test_document_merge_headline_into_body(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Rebels attack army base in Tessa\n\n"
                    "LOMA, March 5 (Wire) - Rebels attacked an army base in the town of Tessa on Monday, "
                    "killing four soldiers, officials said.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert [a.name for a in assaults[0].source] == ["Rebels"]
    assert all(a.name != "LOMA" for a in assaults[0].source + assaults[0].target)


def test_document_drop_headline_only(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Army arrests opposition leader\n\n"
                    "LOMA, March 5 (Wire) - Thousands marched through Loma on Monday, witnesses said.")
    assert not any(e.type == "COERCE" for e in doc._.events)
    assert "doc.drop.headline-only" in _dropped(doc)


def test_document_drop_background(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Police arrested three journalists in Tessa on Monday. "
                    "The same unit had arrested the editor of the paper in 2015.")
    assert "doc.drop.background" in _dropped(doc)
    assert [e.type for e in doc._.events] == ["COERCE"]


def test_document_drop_running_total(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Gunmen killed five farmers in Tessa on Monday. "
                    "Armed groups have killed more than 2,000 people in the region since 2019.")
    assert "doc.drop.running-total" in _dropped(doc) or "doc.drop.background" in _dropped(doc)
    killed = [e.killed.value() for e in doc._.events if e.killed]
    assert 2001 not in killed


def test_document_drop_no_comment(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Soldiers shot dead two protesters in Tessa on Monday. "
                    "A spokesman for the army declined to comment.")
    assert not any(e.type == "REJECT" for e in doc._.events)


def test_document_attach_revised_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "A car bomb killed at least 10 people at a market in Tessa on Monday, police said. "
                    "On Tuesday the death toll had risen to 14, a hospital official said.")
    bombs = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(bombs) == 1
    assert bombs[0].killed is not None and bombs[0].killed.value() == 14


def test_document_attach_no_casualties(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Militants fired two rockets at the air base near Tessa on Monday. "
                    "No casualties were reported, the army said.")
    rockets = [e for e in doc._.events if e.type == "ASSAULT"]
    assert rockets and rockets[0].killed is not None and rockets[0].killed.value() == 0


def test_document_merge_anaphor(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Government jets bombed rebel positions near Tessa on Monday. "
                    "The bombing destroyed several houses, residents said.")
    assert len([e for e in doc._.events if e.type == "ASSAULT"]) == 1


def test_document_retype_strike_sense(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "The air force carried out air strikes on rebel camps near Tessa on Monday. "
                    "The strikes targeted weapons depots, the army said.")
    assert not any(e.type == "PROTEST" for e in doc._.events)
    assert not any(a.name == "protesters" for e in doc._.events for a in e.source)


def test_document_voice_author_request(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("PEACE NOW NETWORK\nStatement - Tessa, 5 March 2024\n\nStop the shelling\n\n"
            "Government forces shelled the market of Tessa on Monday, killing six people. "
            "The Peace Now Network condemns the shelling. We call on the government to open an inquiry.")
    doc = _run(nlp, text)
    own = [e for e in doc._.events if e.source and e.source[0].name.lower().startswith("peace now")]
    assert {e.type for e in own} >= {"REQUEST"}
    assert all(e.date == PUB.isoformat() for e in own)
    assert any("doc.voice.author-act" in _rules(e) for e in own)


def test_document_merge_same_act_in_other_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops pulled out of the town of Tessa, the defence ministry said. "
                    "The mayor of Tessa welcomed the news. "
                    "Loman troops withdrew from Tessa in the early hours, residents said.")
    retreats = [e for e in doc._.events if e.type == "RETREAT"]
    assert len(retreats) == 1
    assert "doc.merge.same-act" in _rules(retreats[0])


def test_document_merge_same_act_keeps_other_sources_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops pulled out of the town of Tessa on Monday. "
                    "Kandar troops withdrew from the town of Ravi on Tuesday.")
    assert len([e for e in doc._.events if e.type == "RETREAT"]) == 2


def test_document_merge_named_back_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman jets carried out air strikes on a market in Tessa on Monday, killing 12 people. "
                    "A spokesman said the strikes had targeted a gathering of rebel fighters.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert "doc.merge.named-back" in _rules(assaults[0])


def test_document_merge_subject_names_back(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman jets carried out air strikes near Tessa on Monday. "
                    "The strikes hit a fuel depot outside the town, residents said.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert {"doc.merge.subject-names-back", "doc.merge.subject-mention"} & set(_rules(assaults[0]))


def test_document_date_chain_from_named_back_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman jets bombed a market in Tessa on Monday, killing 12 people. "
                    "The bombing came two days after Kandar's foreign minister met Loman's president in Ravi.")
    consult = [e for e in doc._.events if e.type == "CONSULT"]
    assert consult and consult[0].date == "2024-03-02"
    assert "doc.date.chain" in _rules(consult[0])


def test_document_count_not_harm(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loma declares emergency in south as protest toll rises to seven\n\n"
                    "RAVI, March 5 (Wire) - Loma's government declared a 60-day state of emergency in the southern "
                    "region of Tessa on Tuesday, as protests by farmers spread.")
    coerce = [e for e in doc._.events if e.type == "COERCE"]
    assert coerce and coerce[0].killed is None
    assert "doc.count.not-harm" in _rules(coerce[0])


def test_document_count_to_harm(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops deployed in the city of Tessa on Saturday after fighting between rival gunmen "
                    "killed 10 people and wounded 71.")
    assert all(e.killed is None for e in doc._.events if e.type == "MOBILIZE")
    fighting = [e for e in doc._.events if e.type == "ASSAULT"]
    assert fighting and fighting[0].killed is not None and fighting[0].killed.value() == 10
    assert "doc.count.to-harm" in _rules(fighting[0])


def test_document_date_chain_opening(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Farmers occupied the airport in Tessa on Monday. "
                    "A day earlier, police had opened fire on farmers who tried to block the runway.")
    fire = [e for e in doc._.events if e.type == "ASSAULT"]
    assert fire and fire[0].date == "2024-03-03"  # the sentence stage counts "A day earlier" from Monday itself


def _mention(type_: str, lemma: str, *, order: int, target: str | None = None) -> Mention:
    police = Actor(name="Loman police", country="LOM", start=0, end=12)
    victims = [Actor(name=target, start=20, end=20 + len(target))] if target else []
    return Mention(event=Event(type=type_, source=[police], target=victims), sent_start=order * 100,
                   sent_end=order * 100 + 90, sent_text="", trigger_start=order * 100 + 10,
                   trigger_end=order * 100 + 15, order=order, lemma=lemma)


def test_document_headline_host_prefers_same_act() -> None:
    head = _mention("ASSAULT", "shoot", order=0, target="farmer")
    gas = _mention("ASSAULT", "gas", order=1)
    fire = _mention("ASSAULT", "open", order=2, target="farmers")
    assert headline_host(head, [gas, fire]) is fire


def test_document_merge_same_act_forces_of_one_state() -> None:
    first = _mention("ASSAULT", "open", order=0, target="farmers")
    first.event.source = [Actor(name="Loman police", country="LOM", sector="COP", start=0, end=12)]
    later = _mention("ASSAULT", "open", order=1)
    later.event.source = [Actor(name="officers", country="LOM", sector="COP", start=110, end=118)]
    assert same_incident(first, later) == "doc.merge.same-act"
    later.event.source = [Actor(name="rebels", country="LOM", sector="REB", start=110, end=116)]
    assert same_incident(first, later) is None


def test_document_retype_ruled_out(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _run(nlp, "Loman troops fired on marchers in Tessa on Monday. The Loman parliament met in Ravi on Monday. "
                    "She ruled out resigning, a central demand of the protesters.")
    assert not any(e.type == "RETREAT" for e in doc._.events)
    rejects = [e for e in doc._.events if e.type == "REJECT"]
    assert rejects and "doc.retype.ruled-out" in _rules(rejects[0])
