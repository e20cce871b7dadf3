"""Tests for casualty and arrest counts (nlp/counts.py)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from polemos.errors import KnowledgeBaseError
from polemos.models import Count
from polemos.nlp.counts.attach import counts_for_event
from polemos.nlp.counts.parse import parse_count, parse_number, sum_counts
from polemos.nlp.counts.recognizer import find_counts
from polemos.nlp.pipe import make_docs
from polemos.ontology.counts import carries_count, kinds_for_type, load_count_lexicon, parse_lexicon


def parse(nlp: Any, text: str) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))


@pytest.mark.parametrize(("text", "value"), [
    ("three", 3), ("19,000", 19000), ("1,500", 1500), ("1.5 million", 1500000), ("a dozen", 12),
    ("two hundred and fifty", 250), ("twenty-five", 25), ("five thousand", 5000), ("walrus", None),
    ("9 billion", 9_000_000_000), ("nine billion", 9_000_000_000), ("1.2 million", 1_200_000),
    ("12.7 million", 12_700_000), ("two million five hundred thousand", 2_500_000), ("12.0", 12),
    ("12.7", None),  # no whole number of people: not rounded to 13
])
def test_counts_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text, load_count_lexicon()) == value


@pytest.mark.parametrize(("text", "low", "best", "high"), [
    ("three", 3, 3, 3),
    ("19,000", 19000, 19000, 19000),
    ("a dozen", 12, 12, 12),
    ("at least 1,500", 1500, None, None),
    ("more than 1,400", 1401, None, None),   # strictly more: n + 1
    ("more than 50", 51, None, None),
    ("over 30", 31, None, None),
    ("nearly 200", None, None, 200),
    ("almost 40", None, None, 40),
    ("up to 100", None, None, 100),
    ("fewer than 10", None, None, 9),
    ("between 10 and 20", 10, None, 20),
    ("10-15", 10, None, 15),
    ("about 20", None, 20, None),
    ("around 300", None, 300, None),
    ("some 800,000", None, 800000, None),
    ("dozens", 24, None, 99),
    ("hundreds", 200, None, 999),
    ("thousands", 2000, None, 9999),
    ("tens of thousands", 20000, None, 99999),
    ("hundreds of thousands", 200000, None, 999999),
    ("at least dozens", 24, None, None),
    ("1.2 million", 1_200_000, 1_200_000, 1_200_000),
    ("about 12.7 million", None, 12_700_000, None),
    ("1,234.5 million", 1_234_500_000, 1_234_500_000, 1_234_500_000),
    ("1,500,000,000", 1_500_000_000, 1_500_000_000, 1_500_000_000),  # the bound itself is believed
])
def test_counts_parse_count_bounds(text: str, low: int | None, best: int | None, high: int | None) -> None:
    count = parse_count(text, load_count_lexicon())
    assert count is not None
    assert (count.low, count.best, count.high) == (low, best, high)


@pytest.mark.parametrize("text", ["22-year-old", "50%", "the", "no one", "12.7", "minus 20", "9 billion",
                                  "999999999999999999999", "between 2.5 and 4"])
def test_counts_parse_count_rejects_non_counts(text: str) -> None:
    assert parse_count(text, load_count_lexicon()) is None


def test_counts_sum_counts_keeps_lower_bound() -> None:
    total = sum_counts([Count(low=170, text="at least 170"), Count(low=13, best=13, high=13, text="13")])
    assert (total.low, total.best, total.high) == (183, None, None)
    assert "170" in total.text and "13" in total.text


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters said 500 dead and 19,000 injured.", [("killed", 500, 500, 500), ("injured", 19000, 19000, 19000)]),
    ("The protests were attacked, with at least 1,500 deaths and massive numbers of arrests.",
     [("killed", 1500, None, None)]),
    ("A suicide bombing on Thursday killed at least 170 Afghans and 13 US service members.",
     [("killed", 183, None, None)]),
    ("The WHO said nearly 200 people had been killed and more than 1,800 wounded since Saturday.",
     [("killed", None, None, 200), ("injured", 1801, None, None)]),
    ("At least 11 people have died since riots erupted, and more than 1,400 people have been detained.",
     [("killed", 11, None, None), ("arrested", 1401, None, None)]),
    ("Four people died, and police arrested more than 50 people.", [("killed", 4, 4, 4), ("arrested", 51, None, None)]),
    ("A gas attack in Douma killed dozens of people.", [("killed", 24, None, 99)]),
    ("Police opened fire, killing one person and arresting 12, sources said.",
     [("killed", 1, 1, 1), ("arrested", 12, 12, 12)]),
    ("The death toll rose to more than 200.", [("killed", 201, None, None)]),
    ("Irish guerrillas wounded two British soldiers in a bomb attack.", [("injured", 2, 2, 2)]),
    ("Hundreds were rounded up in the capital.", [("arrested", 200, None, 999)]),
    ("The blast claimed 30 lives.", [("killed", 30, 30, 30)]),
    ("No one was hurt in the blast.", [("killed", 0, 0, 0)]),
    ("No casualties were reported.", [("killed", 0, 0, 0)]),
    ("Hezbollah guerrillas killed the deputy chief of the militia.", [("killed", 1, 1, 1)]),
    ("The drone killing of Qassem Suleimani shocked the region.", [("killed", 1, 1, 1)]),
    ("A Palestinian prisoner died in custody.", [("killed", 1, 1, 1)]),
    ("Thousands of people marched in the capital.", []),
    ("Mahsa Amini, a 22-year-old woman arrested by the morality police, died in custody.", [("killed", 1, 1, 1)]),
    ("Six world powers reached a deal in 2015.", []),
    ("Lebanon said 20 people were killed or wounded in the raids.", []),
    ("Forces fired on the camps, killing or wounding 50 people.", []),
    # two-word killing verbs
    ("Israeli troops shot dead 58 Palestinians during protests.", [("killed", 58, 58, 58)]),
    ("Police gunned down 14 demonstrators in Mandalay.", [("killed", 14, 14, 14)]),
    # "left N dead and M injured"
    ("Clashes between rival militias left two people dead and 300 injured.",
     [("killed", 2, 2, 2), ("injured", 300, 300, 300)]),
    # coordinated victims before the verb add up
    ("It ended 11 days of fighting in which at least 230 Palestinians and 12 people in Israel were killed.",
     [("killed", 242, None, None)]),
    # a total and its parts: the total, not their sum
    ("The spokesman claimed that eight civilians, five women and three children, were killed.",
     [("killed", 8, 8, 8)]),
    ("Gunmen killed 10 and wounded 20 in an attack on a market.", [("killed", 10, 10, 10), ("injured", 20, 20, 20)]),
    ("Security forces arrested more than 1,000 protesters.", [("arrested", 1001, None, None)]),
    ("Troops fired on a crowd, wounding dozens.", [("injured", 24, None, 99)]),
    ("The death toll from the quake rose to 45.", [("killed", 45, 45, 45)]),
    ("Scores of people were killed when jets bombed a funeral hall.", [("killed", 40, None, 99)]),
    # zero phrases
    ("There were no immediate reports of casualties.", [("killed", 0, 0, 0)]),
    ("No one was reported hurt.", [("killed", 0, 0, 0)]),
    # an attempted killing kills no one; a kind word as a plain noun is no tally; ages and years are no counts
    ("An attempt to assassinate the deputy governor was thwarted.", []),
    ("Members of a body linked to the union investigated the welfare of nearly 2,000 refugees.", []),
    ("A 25-year-old man was arrested in 2020.", [("arrested", 1, 1, 1)]),  # the man, not his age
    # people set free were jailed before: no new arrests
    ("The junta freed 20 jailed student activists on Monday.", []),
    ("Thirty detainees were released from the prison on Sunday.", []),
    ("The army announced the release of 45 detained protesters.", []),
    ("The president pardoned 12 imprisoned journalists and 3 detained lawyers.", []),
    ("Soldiers detained 20 student activists on Monday.", [("arrested", 20, 20, 20)]),
    # a bare number the tagger reads as a date is a head count as the object of its kind word
    (("A US air strike hit a hospital in Kunduz early on Saturday, killing at least 19 people, including 12 staff "
      "members, and wounding 37. The charity condemned the bombing."), [("killed", 19, None, None), ("injured", 37, 37, 37)]),
    # killing "to death"; a death sentence kills no one
    ("Five men were beaten to death by a mob in Lagos.", [("killed", 5, 5, 5)]),
    ("A court sentenced 12 men to death on Monday.", []),
    # a counted subject the parser hung elsewhere: the count is the subject of the next, subjectless verb
    (("On Tuesday, a mob set fire to a church near Eldoret where hundreds of people had sought refuge, and at least "
      "30 of them, mostly women and children, were burned to death in the attack."), [("killed", 30, None, None)]),
    ("Gunmen attacked 3 villages on Monday, killed the chief and burned houses.", [("killed", 1, 1, 1)]),
])
def test_counts_find_counts(nlp: Any, text: str, expected: list[tuple[str, int | None, int | None, int | None]]) -> None:
    found = [(kind, c.low, c.best, c.high) for _, c, kind, _ in find_counts(parse(nlp, text), load_count_lexicon())]
    assert found == expected


def test_counts_component_sets_spans(nlp: Any) -> None:
    doc = parse(nlp, "Police arrested 12 people.")
    (span,) = doc.spans["counts"]
    assert span.text == "12" and span._.count_kind == "arrested" and span._.count.best == 12
    assert (span._.count.start, span._.count.end) == (16, 18)


def _trigger(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "words", "expected"), [
    # a count between two triggers goes to the one it depends on, a death count never to an arrest
    ("At least 11 people have died since riots erupted on Friday, and more than 1,400 people have been detained.",
     ["riots", "detained"], {"riots": {"killed": 11}, "detained": {"arrested": 1401}}),
    # a sentence of counts without a trigger of its own extends the previous sentence's event
    (("Supporters of President Donald Trump stormed the US Capitol on Wednesday. Four people died, and police "
     "arrested more than 50 people."), ["stormed", "arrested"],
     {"stormed": {"killed": 4}, "arrested": {"arrested": 51}}),
    (("Saudi-led forces launched air strikes early on Saturday in response to a gas attack in Douma that killed "
     "dozens of people."), ["strikes", "attack"], {"strikes": {}, "attack": {"killed": 24}}),
    (("The wave of revolts that started on October 2nd were brutally attacked, resulting in 500 dead and "
     "19,000 injured."), ["revolts", "attacked"], {"revolts": {}, "attacked": {"killed": 500, "injured": 19000}}),
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, where 24 people were killed last March.",
     ["demonstrated"], {"demonstrated": {}}),
    # the count hangs on its killing verb, whatever the parser did with its noun
    (("Heavy fighting broke out over the disputed region on Sunday, killing at least 23 people, and Armenia and "
      "Azerbaijan accused each other of shelling civilian areas."), ["fighting", "accused"],
     {"fighting": {"killed": 23}, "accused": {}}),
    # a sum in a relative clause of the fighting noun
    (("Egypt brokered a truce, ending 11 days of fighting in which at least 230 Palestinians and 12 people were "
      "killed."), ["brokered", "fighting"], {"brokered": {}, "fighting": {"killed": 242}}),
    # a zero in the next sentence belongs to the lead's event
    ("Israeli jets struck targets in Gaza overnight. There were no immediate reports of casualties.", ["struck"],
     {"struck": {"killed": 0}}),
    (("Iran threatened to shell Iraqi towns after a raid on the city of Susangerd where, it said, 100 people "
      "were killed."), ["threatened"], {"threatened": {}}),
    # a killing takes its wounded too
    ("A minefield explosion near the town of Samarra killed two Iraqi youths and wounded five others.",
     ["killed"], {"killed": {"killed": 2, "injured": 5}}),
    # a demand, an accusation or a deal kills no one: the crash, the attack, the fighting did
    ("The minister demanded an inquiry after a bus overturned near the border, killing all 31 passengers.",
     ["demanded"], {"demanded": {}}),
    ("The opposition accused the army of an assault on a village that left 45 farmers dead.", ["accused"],
     {"accused": {}}),
    ("The two factions agreed to a truce after clashes that killed 200 people.", ["agreed", "clashes"],
     {"agreed": {}, "clashes": {"killed": 200}}),
    ("The government praised the police after a raid in which 14 suspects were arrested.", ["praised"],
     {"praised": {}}),
    # riots and crackdowns carry their dead; a crackdown its arrests
    ("Riots erupted in the capital on Sunday, leaving three people dead.", ["Riots"], {"Riots": {"killed": 3}}),
    ("Police cracked down on the rally, detaining 60 people.", ["cracked"], {"cracked": {"arrested": 60}}),
    # a single named or singular victim of an injury verb is one injured, as one killed for a killing verb
    ("First lady Martine Moise was wounded in the attack.", ["attack", "wounded"],
     {"attack": {}, "wounded": {"injured": 1}}),
    ("Gunmen wounded a policeman in Karachi.", ["wounded"], {"wounded": {"injured": 1}}),
    ("Gunmen wounded five policemen in Karachi.", ["wounded"], {"wounded": {"injured": 5}}),
    # an arrest count in a follow-up sentence stays with the arrest verb, not the crowd control before it
    (("Georgian police used tear gas and water cannon on Tuesday night to disperse protesters in Tbilisi. The interior "
      "ministry said 66 people had been detained."), ["used", "detained"], {"used": {}, "detained": {"arrested": 66}}),
    ("Troops fired tear gas at protesters on Saturday, and at least two people were shot dead near the frontier.",
     ["fired", "shot"], {"fired": {}, "shot": {"killed": 2}}),
])
def test_counts_for_event(nlp: Any, text: str, words: list[str], expected: dict[str, dict[str, int]]) -> None:
    doc = parse(nlp, text)
    triggers = [_trigger(doc, w) for w in words]
    for trigger in triggers:
        got = {k: c.value() for k, c in counts_for_event(doc, trigger, triggers=triggers).items()}
        assert got == expected[trigger.text]


def test_counts_for_event_type_keyword_overrides_lexicon(nlp: Any) -> None:
    doc = parse(nlp, "Gunmen fired on a bus, killing 12 passengers.")
    fired = _trigger(doc, "fired")
    assert {k: c.value() for k, c in counts_for_event(doc, fired, triggers=[fired]).items()} == {"killed": 12}
    assert counts_for_event(doc, fired, triggers=[fired], event_type="THREATEN") == {}
    assert counts_for_event(doc, fired, triggers=[fired], event_type="PROTEST")["killed"].value() == 12


@pytest.mark.parametrize(("event_type", "kind", "expected"), [
    ("ASSAULT", "killed", True), ("ASSAULT", "injured", True), ("COERCE", "arrested", True),
    ("PROTEST", "killed", True), ("PROTEST", "arrested", False), ("REQUEST", "killed", False),
    ("ACCUSE", "injured", False), ("AGREE", "killed", False), ("SANCTION", "arrested", False), (None, "killed", True),
])
def test_counts_carries_count(event_type: str | None, kind: str, expected: bool) -> None:
    assert carries_count(event_type, kind) is expected
    assert (kind in kinds_for_type(event_type)) is expected


def test_counts_lexicon_roundtrip() -> None:
    from importlib import resources

    text = resources.files("polemos").joinpath("data", "counts.yaml").read_text(encoding="utf-8")
    again = parse_lexicon(yaml.safe_load(yaml.safe_dump(yaml.safe_load(text))))
    assert again.qualifiers == load_count_lexicon().qualifiers and again.kinds == load_count_lexicon().kinds
    assert again.kinds_by_type == load_count_lexicon().kinds_by_type and again.released == load_count_lexicon().released
    assert (again.plausible_max, again.negative) == (load_count_lexicon().plausible_max, load_count_lexicon().negative)


@pytest.mark.parametrize(("patch", "field"), [
    ({"qualifiers": {"at least": "lowish"}}, "qualifiers"),
    ({"kinds": {"maimed": ["maim"]}}, "kinds"),
    ({"zero": [{"pattern": "(", "kind": "killed"}]}, "zero"),
    ({"kinds_by_type": {"MASSACRE": ["killed"]}}, "kinds_by_type"),
    ({"kinds_by_type": {"ASSAULT": ["kidnapped"]}}, "kinds_by_type"),
    ({"plausible_max": "lots"}, "plausible_max"),
    ({"plausible_max": 0}, "plausible_max"),
])
def test_counts_parse_lexicon_errors(patch: dict[str, Any], field: str) -> None:
    from importlib import resources

    data = yaml.safe_load(resources.files("polemos").joinpath("data", "counts.yaml").read_text(encoding="utf-8"))
    data.update(patch)
    with pytest.raises(KnowledgeBaseError) as exc:
        parse_lexicon(data, path="counts.yaml")
    assert exc.value.field == field


def test_counts_for_event_follows_replaced_counts(nlp: Any) -> None:
    doc = parse(nlp, "Soldiers opened fire on the crowd in Herat, killing four people. Police arrested 12 protesters.")
    killing, arrested = _trigger(doc, "killing"), _trigger(doc, "arrested")
    triggers = [_trigger(doc, "opened"), killing, arrested]
    assert counts_for_event(doc, arrested, triggers=triggers)["arrested"].best == 12
    assert counts_for_event(doc, killing, triggers=triggers)["killed"].best == 4
    # owners found for one set of counts must not answer for another
    doc.spans["counts"] = [s for s in doc.spans["counts"] if s._.count_kind != "arrested"]
    assert counts_for_event(doc, arrested, triggers=triggers) == {}
    assert counts_for_event(doc, killing, triggers=triggers)["killed"].best == 4
    assert counts_for_event(doc, killing, triggers=[killing, arrested])["killed"].best == 4
    assert counts_for_event(doc, killing, triggers=triggers, event_type="REQUEST") == {}
