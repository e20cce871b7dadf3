"""Tests for the trigger lexicon: loading, validation, save/reload, matching."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from polemos.errors import KnowledgeBaseError
from polemos.models import PLOVER_TYPES
from polemos.nlp.triggers import match_triggers
from polemos.ontology.lexicon import load_lexicon, load_plover, load_triggers, save_triggers


@pytest.fixture(scope="module")
def lex():  # type: ignore[no-untyped-def]
    return load_lexicon()


def test_triggers_every_plover_type_has_entries(lex) -> None:  # type: ignore[no-untyped-def]
    types = {e.type for e in lex.entries}
    assert types == set(PLOVER_TYPES)


def test_triggers_plover_table_has_definitions_and_polarity() -> None:
    table = load_plover()["types"]
    assert set(table) == set(PLOVER_TYPES)
    assert all(spec["definition"] and spec["polarity"] in ("cooperative", "conflictual") for spec in table.values())


def test_triggers_roles_preps_are_words(lex) -> None:  # type: ignore[no-untyped-def]
    # YAML reads a bare `on` as True; the file must quote it
    assert "on" in lex.roles["ASSAULT"]["preps"]


def test_triggers_save_and_reload(tmp_path: Path) -> None:
    entries = load_triggers()
    path = tmp_path / "triggers.jsonl"
    save_triggers(entries, path)
    again = load_triggers(path)
    strip = [(e.lemma, e.pos, e.type, e.mode, e.objects, e.preps, e.governors, e.requires, e.priority) for e in entries]
    assert strip == [(e.lemma, e.pos, e.type, e.mode, e.objects, e.preps, e.governors, e.requires, e.priority)
                     for e in again]


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"lemma": "bomb", "pos": "verb", "type": "BOMB"}, "type"),
        ({"lemma": "bomb", "pos": "adverb", "type": "ASSAULT"}, "pos"),
        ({"lemma": "bomb", "pos": "verb", "type": "ASSAULT", "mode": "laser"}, "mode"),
        ({"lemma": "bomb", "pos": "verb", "type": "ASSAULT", "colour": "red"}, "colour"),
        ({"lemma": "", "pos": "verb", "type": "ASSAULT"}, "lemma"),
        ({"lemma": "bomb", "pos": "verb", "type": "ASSAULT", "requires": ["moon"]}, "requires"),
    ],
)
def test_triggers_validation_names_line_and_field(tmp_path: Path, record: dict[str, object], field: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"lemma": "attack", "pos": "verb", "type": "ASSAULT"}) + "\n" + json.dumps(record) + "\n")
    with pytest.raises(KnowledgeBaseError) as info:
        load_triggers(path)
    assert info.value.line == 2
    assert info.value.field == field
    assert "bad.jsonl:2" in str(info.value)


def test_triggers_invalid_json_names_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"lemma": "attack", "pos": "verb", "type": "ASSAULT"}\n{oops\n')
    with pytest.raises(KnowledgeBaseError, match="bad.jsonl:2"):
        load_triggers(path)


def test_triggers_plover_rejects_yaml_booleans(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[1] / "src/polemos/data/plover.yaml").read_text()
    path = tmp_path / "plover.yaml"
    path.write_text(text.replace('"on"', "on"))
    with pytest.raises(KnowledgeBaseError, match="quote"):
        load_plover(path)


def test_triggers_extra_file_extends_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text(json.dumps({"lemma": "zap", "pos": "verb", "type": "ASSAULT", "mode": "aerial"}) + "\n")
    lex = load_lexicon(extra_triggers=[extra])
    assert any(e.lemma == "zap" and e.source == "mine.jsonl" for e in lex.entries)


@pytest.mark.parametrize(
    ("text", "word", "type_", "mode"),
    [
        ("Soldiers fired on the crowd.", "fired", "ASSAULT", None),
        ("Police fired tear gas at the crowd.", "fired", "ASSAULT", "crowd-control"),
        ("Iran and the EU reached a deal.", "reached", "AGREE", None),
        ("The bishop called for calm.", "called", "REQUEST", None),
        ("The rebels launched an offensive.", "offensive", "ASSAULT", None),
        ("Troops opened fire on protesters.", "opened", "ASSAULT", "firearms"),
        ("The prisoners began a hunger strike.", "strike", "PROTEST", "hunger"),
        ("The United States launched air strikes against the camp.", "strikes", "ASSAULT", "aerial"),
        ("The president declared a state of emergency.", "state", "COERCE", "emergency"),
        ("The union called off the strike.", "called", "CONCEDE", None),
        ("Thousands of protesters occupied the square.", "occupied", "PROTEST", "occupation"),
        ("The army occupied the town.", "occupied", "COERCE", "seize"),
    ],
)
def test_triggers_match_conditions_pick_the_specific_entry(nlp, lex, text: str, word: str, type_: str,  # type: ignore[no-untyped-def]
                                                           mode: str | None) -> None:
    matches = {m.token.text: m for m in match_triggers(nlp(text), lex)}
    assert word in matches
    assert (matches[word].type, matches[word].entry.mode) == (type_, mode)


@pytest.mark.parametrize("text", ["The striking workers met.", "They reached the border.", "He fired the minister."])
def test_triggers_conditions_block_wrong_senses(nlp, lex, text: str) -> None:  # type: ignore[no-untyped-def]
    types = {m.token.text: m.type for m in match_triggers(nlp(text), lex)}
    assert types.get("reached") != "AGREE"
    assert types.get("fired") not in ("ASSAULT", "COERCE")


@pytest.mark.parametrize(
    ("word", "american"),
    [
        ("mobilisation", "mobilization"),
        ("organised", "organized"),
        ("defence", "defense"),
        ("offence", "offense"),
        ("programme", "program"),
        ("honour", "honor"),
        ("paralysed", "paralyzed"),
        ("four", "four"),  # too short a stem: not a British ending
        ("rise", "rise"),
        ("tear gas", "tear gas"),
    ],
)
def test_triggers_spelling_normalises_british_endings(lex, word: str, american: str) -> None:  # type: ignore[no-untyped-def]
    assert lex.spelling(word) == american


def test_triggers_spelling_variants_match_one_entry(nlp, lex) -> None:  # type: ignore[no-untyped-def]
    british = match_triggers(nlp("Moscow announced a mobilisation of reservists."), lex)
    american = match_triggers(nlp("Moscow announced a mobilization of reservists."), lex)
    assert [m.entry for m in british] == [m.entry for m in american]
    assert [m.type for m in british] == ["MOBILIZE"]


def test_triggers_phrase_head_can_be_the_sentence_root(nlp, lex) -> None:  # type: ignore[no-untyped-def]
    # spaCy builds a new Token object on each access: identity (`is`) never holds between two, indices do
    doc = nlp("Students took to the streets.")
    assert doc[1].head is not doc[1] and doc[1].head.i == doc[1].i
    matches = match_triggers(doc, lex)
    assert [(m.token.text, m.type, m.start, m.end) for m in matches] == [("took", "PROTEST", 1, 5)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("President Ashraf Ghani fled the country.", True),
        ("Thousands of residents fled the city.", False),
    ],
)
def test_triggers_fleeing_needs_a_leader_or_force(nlp, lex, text: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("RETREAT" in [m.type for m in match_triggers(nlp(text), lex)]) is found


def test_triggers_target_tables_load(lex) -> None:  # type: ignore[no-untyped-def]
    assert {"power", "tie", "document"} <= lex.word_set("never_targets")
    assert lex.tables["target_sectors"]["police station"] == "COP"
    assert {"assault", "coerce", "protest"} <= lex.word_set("object_target_types")
    assert "protester" in lex.word_set("crowd_sources") and "burn" in lex.word_set("riot_acts")


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Troops razed the village.", "razed", "ASSAULT"),
    ("The two leaders signed a document pledging peace.", "signed", "AGREE"),
    ("The two leaders signed a peace treaty.", "signed", "SUPPORT"),
])
def test_triggers_destruction_and_signing(nlp, lex, text: str, word: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    from polemos.nlp.triggers import match_triggers

    found = {m.token.text: m.type for m in match_triggers(nlp(text), lex)}
    assert found[word] == type_


def test_triggers_reduced_passive_takes_the_modified_people_as_object(nlp, lex) -> None:  # type: ignore[no-untyped-def]
    # "seized off Crimea": the parser reads "off Crimea" as particle + object; the sailors were seized
    doc = nlp("Russia and Ukraine exchanged prisoners, including 24 Ukrainian sailors seized off Crimea last November.")
    seized = next(m for m in match_triggers(doc, lex) if m.token.lower_ == "seized")
    assert (seized.type, seized.entry.mode) == ("COERCE", "arrest")


def test_triggers_reduced_passive_on_a_thing_is_only_a_label(nlp, lex) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The rebels violated the ceasefire agreement signed in March 2001.")
    assert not any(m.token.lower_ == "signed" for m in match_triggers(doc, lex))


def test_triggers_named_place_after_a_particle_is_no_object(nlp, lex) -> None:  # type: ignore[no-untyped-def]
    from polemos.nlp.triggers import _after_place_particle
    doc = nlp("The navy seized off Crimea three Ukrainian boats.")
    crimea = next(t for t in doc if t.text == "Crimea")
    assert crimea.dep_ != "dobj" or _after_place_particle(crimea)
    assert not any(m.token.lower_ == "seized" and m.type == "ASSAULT" for m in match_triggers(doc, lex))


def test_triggers_packaged_ids_are_written_and_unique() -> None:
    entries = load_triggers()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert all(e.rule == e.id for e in entries)
    assert "kill.v.assault" in ids


def test_triggers_ids_do_not_move_when_a_line_is_inserted(tmp_path: Path) -> None:
    packaged = (Path(str(resources.files("polemos") / "data" / "triggers.jsonl"))).read_text(encoding="utf-8")
    shifted = tmp_path / "triggers.jsonl"
    shifted.write_text('{"lemma": "parley", "pos": "verb", "type": "CONSULT"}\n' + packaged, encoding="utf-8")
    before = {e.lemma + e.pos + e.type + str(sorted(e.objects)): e.id for e in load_triggers()}
    after = {e.lemma + e.pos + e.type + str(sorted(e.objects)): e.id for e in load_triggers(shifted)}
    assert all(after[k] == v for k, v in before.items() if k in after)
    assert after["parleyverbCONSULT[]"] == "parley.v.consult"


def test_triggers_user_file_ids_are_derived_and_prefixed(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"lemma": "shell", "pos": "verb", "type": "ASSAULT"}\n'
                     '{"lemma": "shell", "pos": "verb", "type": "ASSAULT", "objects": ["village"]}\n', encoding="utf-8")
    assert [e.id for e in load_triggers(extra)] == ["extra:shell.v.assault", "extra:shell.v.assault.2"]


def test_triggers_written_id_used_twice_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a.v.assault", "lemma": "a", "pos": "verb", "type": "ASSAULT"}\n'
                   '{"id": "a.v.assault", "lemma": "b", "pos": "verb", "type": "ASSAULT"}\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="used twice"):
        load_triggers(bad)


def test_triggers_word_list_unknown_name_is_an_error() -> None:
    lex = load_lexicon()
    assert "agree" in lex.word_set("decision_verbs")
    with pytest.raises(KnowledgeBaseError, match="no word list 'decison_verbs'"):
        lex.word_set("decison_verbs")


def test_triggers_user_file_extends_the_pipeline(tmp_path: Path) -> None:
    """A user's trigger file reaches the events component through the pipeline's resources."""
    from datetime import date

    from polemos.nlp import build_pipeline
    from polemos.nlp.pipe import make_docs

    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"lemma": "bombard", "pos": "verb", "type": "ASSAULT", "mode": "aerial"}\n', encoding="utf-8")
    text = "Government jets bombarded the rebel town of Kafr Nabl on Monday."
    plain = build_pipeline()
    extended = build_pipeline(triggers=[extra])
    before = plain(next(make_docs(plain, [(text, date(2019, 5, 7))])))._.events
    after = extended(next(make_docs(extended, [(text, date(2019, 5, 7))])))._.events
    assert not any(e.rule.startswith("mine:") for e in before)
    assert [e.rule.split()[0] for e in after if e.type == "ASSAULT"] == ["mine:bombard.v.assault"]
