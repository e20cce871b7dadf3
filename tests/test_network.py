"""The signed network over hand-built contract dicts: signs, weights, slices, triads, blocs, exports."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, ClassVar

import networkx as nx
import pytest
from typer.testing import CliRunner

from polemos.errors import ConfigError, KnowledgeBaseError
from polemos.network.graph import (
    allies_and_enemies,
    blocs,
    build_network,
    centrality,
    date_bounds,
    export_graph,
    find_node,
    load_graph,
    load_weights,
    node_key,
    parse_weights,
    strongest_ties,
    summary,
    triad_kind,
    triads,
)


def actor(name: str, country: str | None, sector: str, actor_id: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "country": country, "sector": sector}
    if actor_id:
        out["actor_id"] = actor_id
    return out


USA = actor("United States", "USA", "GOV", "USA")
IRQ = actor("Iraq", "IRQ", "GOV", "IRQ")
IRQ_GOV = actor("Iraqi government", "IRQ", "GOV", "IRQ.GOV")
IRN = actor("Iran", "IRN", "GOV", "IRN")
IRN_GOV = actor("Iranian government", "IRN", "GOV", "IRN.GOV")
RUS = actor("Russia", "RUS", "GOV", "RUS")
SYR = actor("Syria", "SYR", "GOV", "SYR")
HEZ = actor("Hezbollah", "LBN", "REB", "group:hezbollah")
PMF = actor("Popular Mobilization Forces", "IRQ", "MIL", "group:pmf")
SUL = actor("Qassem Soleimani", "IRN", "MIL", "person:qassem-soleimani")
QUDS = actor("Quds Force", "IRN", "MIL", "IRN.IRGC.QUDS")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL", "IRN.IRGC")
PROT_IQ = actor("protesters", "IRQ", "OPP", "agent:protesters")
PROT_IR = actor("protesters", "IRN", "OPP", "agent:protesters")


def event(etype: str, source: dict[str, Any], target: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"doc_id": "d1", "kind": "event", "type": etype, "source": source, "target": [target],
            "modality": "asserted", "evidence": [{"start": 0, "end": 9, "text": f"{etype} sentence"}], **extra}


def relation(rtype: str, a: dict[str, Any], b: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"doc_id": "d1", "kind": "relation", "type": rtype, "a": a, "b": b, "negated": False,
            "evidence": [{"start": 0, "end": 9, "text": f"{rtype} sentence"}], **extra}


def seed_like() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The founding document's system: the US with Iraq, Iran's camp, protesters against both governments."""
    events = [
        event("ASSAULT", USA, SUL, killed={"low": 1, "best": None, "high": None}),
        event("THREATEN", USA, IRN),
        event("PROTEST", PROT_IQ, IRQ_GOV, date="2019-10-02"),
        event("ASSAULT", PMF, PROT_IQ, killed={"low": 500, "best": 500, "high": 500}),
        event("ASSAULT", IRQ_GOV, PROT_IQ, killed={"low": 500, "best": 500, "high": 500}),
        event("PROTEST", PROT_IR, IRN_GOV, date="2019-11-15"),
        event("ASSAULT", SUL, PROT_IR, killed={"low": 1500, "best": None, "high": None}),
    ]
    relations = [
        relation("ALLY", IRQ, USA), relation("ALLY", IRN, HEZ), relation("ALLY", IRN, SYR),
        relation("ALLY", RUS, IRN), relation("ALLY", RUS, SYR), relation("ALLY", IRN, PMF),
        relation("LEADS", SUL, QUDS), relation("PART_OF", QUDS, IRGC), relation("CONTROLS", SUL, PMF),
        relation("COOPERATES", PMF, IRQ_GOV),
    ]
    return events, relations


@pytest.fixture
def seed_graph() -> nx.Graph:
    events, relations = seed_like()
    return build_network(events, relations)


@pytest.mark.parametrize(("item", "expected"), [
    (actor("Iraqi government", "IRQ", "GOV", "IRQ.GOV"), "IRQ"),
    (actor("Iraq", "IRQ", "GOV", "IRQ"), "IRQ"),
    (actor("Iraqi army", "IRQ", "MIL", "IRQ.MIL"), "IRQ.MIL"),
    (actor("protesters", "IRN", "OPP", "agent:protesters"), "IRN:agent:protesters"),
    (actor("Some Group", None, "REB"), "---:REB:some group"),
])
def test_network_node_key(item: dict[str, Any], expected: str) -> None:
    assert node_key(item) == expected


def test_network_node_key_without_collapse() -> None:
    assert node_key(IRQ_GOV, collapse_government=False) == "IRQ.GOV"


def test_network_signs_and_weights(seed_graph: nx.Graph) -> None:
    assert seed_graph.edges["IRQ", "USA"]["weight"] == pytest.approx(1.0)
    assert seed_graph.edges["USA", "IRN"]["weight"] == pytest.approx(-0.4)
    assert seed_graph.edges["group:pmf", "IRQ"]["weight"] == pytest.approx(0.6)
    assert seed_graph.edges["person:qassem-soleimani", "IRN.IRGC.QUDS"]["weight"] == pytest.approx(0.8)
    # ASSAULT severity grows with deaths: 1 + 0.5 * log10(1 + 500)
    assert seed_graph.edges["group:pmf", "IRQ:agent:protesters"]["weight"] == pytest.approx(
        -(1 + 0.5 * math.log10(501)))
    assert seed_graph.edges["USA", "person:qassem-soleimani"]["weight"] > -1.3


def test_network_government_collapsed_into_state(seed_graph: nx.Graph) -> None:
    assert "IRQ.GOV" not in seed_graph
    assert seed_graph.nodes["IRQ"]["name"] == "Iraq"
    assert "Iraqi government" in seed_graph.nodes["IRQ"]["names"]
    tie = seed_graph.edges["IRQ", "IRQ:agent:protesters"]
    assert tie["types"] == {"PROTEST": 1, "ASSAULT": 1}
    assert {ev["type"] for ev in tie["evidence"]} == {"PROTEST", "ASSAULT"}
    assert all(ev["doc_id"] == "d1" and ev["text"] for ev in tie["evidence"])


def test_network_negated_relation_is_not_positive() -> None:
    g = build_network([], [relation("ALLY", RUS, IRN, negated=True), relation("ENEMY", RUS, USA)])
    tie = g.edges["RUS", "IRN"]
    assert tie["weight"] == 0 and tie["not_ally"] is True and tie["negated"] == ["ALLY"]
    assert g.edges["RUS", "USA"]["weight"] == pytest.approx(-1.0)
    assert allies_and_enemies(g, "Russia")["allies"] == []


@pytest.mark.parametrize(("source", "target", "ties"), [
    ([RUS, USA], [USA, RUS], {("RUS", "USA"): 1}),  # "Russia and the US accused each other"
    ([IRQ_GOV, USA], [USA, IRQ], {("IRQ", "USA"): 1}),  # a government folds into its state: still one pair
    ([RUS, USA], [IRN], {("IRN", "RUS"): 1, ("IRN", "USA"): 1}),
    ([RUS, USA, IRN], [USA, IRN, RUS], {("RUS", "USA"): 1, ("IRN", "RUS"): 1, ("IRN", "USA"): 1}),
])
def test_network_reciprocal_event_counts_each_pair_once(
        source: list[dict[str, Any]], target: list[dict[str, Any]], ties: dict[tuple[str, str], int]) -> None:
    item = {**event("ACCUSE", source[0], target[0]), "source": source, "target": target}
    g = build_network([item], [])
    assert {tuple(sorted(e)): g.edges[e]["count"] for e in g.edges} == ties
    assert all(g.edges[e]["weight"] == pytest.approx(-0.3) and len(g.edges[e]["evidence"]) == 1 for e in g.edges)


@pytest.mark.parametrize(("modality", "expected"), [
    ("asserted", -1.0), ("threatened", -0.4), ("negated", None), ("hypothetical", None),
])
def test_network_modality(modality: str, expected: float | None) -> None:
    g = build_network([event("ASSAULT", USA, IRN, modality=modality)], [])
    if expected is None:
        assert not g.has_edge("USA", "IRN")
    else:
        assert g.edges["USA", "IRN"]["weight"] == pytest.approx(expected)


@pytest.mark.parametrize(("start", "end", "edges"), [
    (None, None, {("IRQ", "IRQ:agent:protesters"), ("IRN", "IRN:agent:protesters"), ("IRQ", "USA")}),
    ("2019-10", "2019-10-31", {("IRQ", "IRQ:agent:protesters")}),
    ("2019-11-01", None, {("IRN", "IRN:agent:protesters"), ("IRQ", "USA")}),
    ("2020", "2020", {("IRQ", "USA")}),
])
def test_network_time_slice(start: str | None, end: str | None, edges: set[tuple[str, str]]) -> None:
    events = [event("PROTEST", PROT_IQ, IRQ_GOV, date="2019-10-02"),
              event("PROTEST", PROT_IR, IRN_GOV, date="2019-11")]
    relations = [relation("ALLY", IRQ, USA, doc_date="2020-01-06")]
    g = build_network(events, relations, start=start, end=end, undated=False)
    assert {tuple(sorted(e)) for e in g.edges} == {tuple(sorted(e)) for e in edges}


def test_network_time_slice_uses_doc_date_and_keeps_undated() -> None:
    items = [event("THREATEN", USA, IRN, doc_date="2020-01-06"), event("THREATEN", RUS, USA)]
    g = build_network(items, [], start="2020-01-01", end="2020-01-31")
    assert g.has_edge("USA", "IRN") and g.has_edge("RUS", "USA")
    g = build_network(items, [], start="2020-02-01", undated=False)
    assert g.number_of_edges() == 0


@pytest.mark.parametrize(("value", "bounds"), [
    ("2019", ("2019-01-01", "2019-12-31")), ("2020-02", ("2020-02-01", "2020-02-29")),
    ("2019-12", ("2019-12-01", "2019-12-31")), ("2019-10-04", ("2019-10-04", "2019-10-04")),
    ("soon", None), (None, None),
])
def test_network_date_bounds(value: str | None, bounds: tuple[str, str] | None) -> None:
    got = date_bounds(value)
    assert (tuple(d.isoformat() for d in got) if got else None) == bounds


def test_network_bad_date_is_config_error() -> None:
    with pytest.raises(ConfigError, match="not an ISO date"):
        build_network([], [], start="last week")


@pytest.mark.parametrize(("signs", "kind"), [
    ((1, 1, 1), "+++"), ((1, -1, 1), "++-"), ((-1, 1, -1), "+--"), ((-1, -1, -1), "---"),
])
def test_network_triad_kind(signs: tuple[int, int, int], kind: str) -> None:
    assert triad_kind(signs) == kind


def test_network_triads_classified_with_evidence() -> None:
    a, b, c, d = (actor(n, "XXA", "GOV", n) for n in ("AAA", "BBB", "CCC", "DDD"))
    relations = [relation("ENEMY", a, b), relation("ENEMY", b, c), relation("ENEMY", a, c),  # ---
                 relation("ALLY", a, d), relation("ALLY", b, d)]  # a-b-d: ++-
    found = triads(build_network([], relations))
    assert [t["kind"] for t in found] == ["---", "++-"]
    assert found[0]["balanced"] is False and found[0]["weakly_balanced"] is True
    assert found[1]["balanced"] is False and found[1]["weakly_balanced"] is False
    assert sorted(found[0]["names"]) == ["AAA", "BBB", "CCC"]
    assert all(e["evidence"][0]["text"] == "ENEMY sentence" for e in found[0]["edges"])


def test_network_balanced_triads(seed_graph: nx.Graph) -> None:
    kinds = {t["kind"] for t in triads(seed_graph)}
    assert kinds <= {"+++", "+--"}
    assert "+--" in kinds  # PMF and Iraq allied, both against the Iraqi protesters


def _bloc_of(result: list[dict[str, Any]], node: str) -> int:
    return next(b["bloc"] for b in result if node in b["members"])


def test_network_blocs_separate(seed_graph: nx.Graph) -> None:
    result = blocs(seed_graph)
    us = _bloc_of(result, "USA")
    iran = _bloc_of(result, "IRN")
    protest = _bloc_of(result, "IRQ:agent:protesters")
    assert _bloc_of(result, "IRQ") == us
    for member in ("RUS", "SYR", "group:hezbollah", "group:pmf", "person:qassem-soleimani"):
        assert _bloc_of(result, member) == iran, member
    assert len({us, iran, protest}) == 3
    assert _bloc_of(result, "IRN:agent:protesters") == protest  # protesters against both governments
    assert iran in result[protest]["hostile_to"] and us in result[protest]["hostile_to"]


def test_network_allies_and_enemies(seed_graph: nx.Graph) -> None:
    mine = allies_and_enemies(seed_graph, "iran")
    assert mine["actor"] == "IRN"
    assert {t["node"] for t in mine["allies"]} == {"RUS", "SYR", "group:hezbollah", "group:pmf"}
    assert [t["node"] for t in mine["enemies"]] == ["USA", "IRN:agent:protesters"]  # threat -0.4, protest -0.3


def test_network_find_node_errors_name_the_choices(seed_graph: nx.Graph) -> None:
    assert find_node(seed_graph, "Iraqi government") == "IRQ"
    with pytest.raises(ConfigError, match="no actor matching 'Atlantis'"):
        find_node(seed_graph, "Atlantis")


def test_network_strongest_ties_and_centrality(seed_graph: nx.Graph) -> None:
    ties = strongest_ties(seed_graph, 3)
    assert len(ties) == 3 and all(t["weight"] < -2 for t in ties)
    assert strongest_ties(seed_graph, 1, sign=1)[0]["weight"] == pytest.approx(1.0)
    rows = centrality(seed_graph)
    assert rows[0]["node"] in ("IRN", "group:pmf", "person:qassem-soleimani")
    assert {r["node"] for r in rows} == set(seed_graph.nodes)


def test_network_summary_is_json(seed_graph: nx.Graph) -> None:
    out = summary(seed_graph, top=5, actor="Russia")
    assert out["nodes"] == seed_graph.number_of_nodes()
    assert out["actor"]["name"] == "Russia"
    json.dumps(out)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_network_export_reloads(seed_graph: nx.Graph, tmp_path: Path, fmt: str) -> None:
    path = export_graph(seed_graph, tmp_path / f"net.{fmt}", format=fmt)
    h = load_graph(path)
    assert set(h.nodes) == set(seed_graph.nodes)
    assert {frozenset(e) for e in h.edges} == {frozenset(e) for e in seed_graph.edges}
    w = h.edges["IRQ", "USA"]["weight"]
    assert float(w) == pytest.approx(1.0)
    evidence = h.edges["IRQ", "USA"]["evidence"]
    evidence = json.loads(evidence) if isinstance(evidence, str) else evidence
    assert evidence[0]["type"] == "ALLY"


def test_network_export_unknown_format(seed_graph: nx.Graph, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="graphml, gexf, json"):
        export_graph(seed_graph, tmp_path / "x.dot", format="dot")


def test_network_weights_file_loads() -> None:
    table = load_weights()
    assert table[("event", "ASSAULT")].weight < 0 < table[("event", "AID")].weight
    assert table[("relation", "ALLY")].weight == 1.0
    assert {t for k, t in table if k == "event"} >= {"ASSAULT", "COERCE", "AGREE", "COOPERATE", "PROTEST"}


@pytest.mark.parametrize(("text", "line", "field"), [
    ("kind,type,weight\nevent,ASSAULT,heavy\n", 2, "weight"),
    ("kind,type,weight\nvote,ASSAULT,-1\n", 2, "kind"),
    ("type,weight\nASSAULT,-1\n", 1, None),
])
def test_network_weights_errors_name_line_and_field(text: str, line: int, field: str | None) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        parse_weights(text, where="w.csv")
    assert info.value.line == line and info.value.field == field
    assert str(info.value).startswith(f"w.csv:{line}")


class FakeKB:
    """A KB stand-in: records by id with parents and positions."""

    records: ClassVar[dict[str, dict[str, Any]]] = {
        "IRN.IRGC.QUDS": {"id": "IRN.IRGC.QUDS", "parent": "IRN.IRGC"},
        "IRN.IRGC": {"id": "IRN.IRGC", "parent": "IRN"},
        "person:qassem-soleimani": {"positions": [{"org": "IRN.IRGC.QUDS", "title": "Commander",
                                                   "from": "1998", "to": "2020-01-03"}]},
    }

    def get(self, actor_id: str) -> dict[str, Any] | None:
        return self.records.get(actor_id)


def test_network_kb_ties() -> None:
    g = build_network([], [relation("ALLY", IRN, SYR), relation("ENEMY", USA, QUDS), relation("ENEMY", USA, SUL)],
                      kb=FakeKB())
    assert g.edges["IRN.IRGC.QUDS", "IRN"]["types"] == {"PART_OF": 1}  # via the IRGC, absent from the graph
    assert g.edges["person:qassem-soleimani", "IRN.IRGC.QUDS"]["types"] == {"LEADS": 1}
    late = build_network([], [relation("ENEMY", USA, QUDS), relation("ENEMY", USA, SUL)], kb=FakeKB(),
                         start="2021")
    assert not late.has_edge("person:qassem-soleimani", "IRN.IRGC.QUDS")


def test_network_cli_from_input(tmp_path: Path) -> None:
    from polemos.cli import app

    events, relations = seed_like()
    src = tmp_path / "pred.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in events + relations), encoding="utf-8")
    out = tmp_path / "net.graphml"
    result = CliRunner().invoke(app, ["network", "--input", str(src), "--actor", "Iran", "--export", str(out)],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Blocs" in result.output and "Allies of Iran" in result.output and "Hezbollah" in result.output
    assert set(nx.read_graphml(out).nodes) == set(build_network(events, relations).nodes)


def test_network_cli_bad_input_line(tmp_path: Path) -> None:
    from polemos.cli import app

    src = tmp_path / "pred.jsonl"
    src.write_text('{"kind": "event"}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["network", "--input", str(src)])
    assert result.exit_code == 2
    assert "pred.jsonl:2" in result.output


@pytest.mark.slow
def test_network_seed_extraction_blocs_and_negative_triad(nlp: Any, seed_record: dict[str, Any]) -> None:
    """The real founding document: the two camps, the protesters and authors against both, and an all-negative
    triad (authors, United States, Iran) with the slogan as evidence."""
    from polemos.knowledge.kb import KnowledgeBase
    from polemos.nlp.extractor import Extractor

    extraction = Extractor(nlp=nlp).extract(seed_record["text"])
    lines = [{**line, "doc_date": seed_record["date"]}
             for line in extraction.to_contract(seed_record["id"], all_relations=True)]
    events = [x for x in lines if x["kind"] == "event"]
    relations = [x for x in lines if x["kind"] == "relation"]
    g = build_network(events, relations, kb=KnowledgeBase.load())
    bloc_of = {node: b["bloc"] for b in blocs(g) for node in b["members"]}
    assert bloc_of["USA"] == bloc_of["IRQ"]
    assert bloc_of["IRN"] == bloc_of["RUS"] == bloc_of["SYR"] == bloc_of["group:hezbollah"]
    assert bloc_of["USA"] != bloc_of["IRN"]
    author = next(n for n in g if str(n).startswith("author:"))
    protesters = [n for n in g if "protesters" in str(n)]
    assert protesters and all(bloc_of[p] == bloc_of[author] for p in protesters)
    assert bloc_of[author] not in (bloc_of["USA"], bloc_of["IRN"])
    negative = [t for t in triads(g) if t["kind"] == "---" and {"USA", "IRN"} <= set(t["nodes"])]
    assert any(author in t["nodes"] for t in negative)
    texts = [ev["text"] for t in negative for edge in t["edges"] for ev in edge["evidence"]]
    assert any("Neither Washington nor Tehran" in text for text in texts)
    assert g.edges[author, "IRN"]["not_ally"] and g.edges[author, "USA"]["not_ally"]


@pytest.mark.parametrize(("a", "b"), [
    (actor("army", "SDN", "MIL"), actor("Sudanese army", "SDN", "MIL", "SDN.MIL")),
    (actor("army", "SDN", "MIL"), actor("Sudanese army", "SDN", "MIL")),
    (actor("interior ministry", "KEN", "GOV"), actor("Kenya", "KEN", "GOV", "KEN")),
])
def test_network_one_node_per_actor(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert node_key(a) == node_key(b)
    g = build_network([event("ASSAULT", a, PROT_IQ), event("ASSAULT", b, PROT_IR)], [])
    names = [d["name"] for n, d in g.nodes(data=True) if n == node_key(a)]
    assert names == [b["name"]]  # the proper name wins over "army (SDN)"


def test_network_generic_agents_stay_apart() -> None:
    assert node_key({**actor("protesters", "SDN", "OPP"), "kind": "agent"}) != node_key(actor("army", "SDN", "MIL"))
    assert node_key({**actor("soldiers", "SDN", "MIL"), "kind": "agent"}) != "SDN.MIL"


def test_network_kb_ties_do_not_outweigh_the_text() -> None:
    class KB:
        def get(self, actor_id: str) -> dict[str, Any] | None:
            return {"relations": [{"with": "IRN", "type": "ENEMY", "from": "1980"}]} if actor_id == "IRQ" else None

    with_text = build_network([event("SUPPORT", IRQ, IRN, date="2020-01-02")], [], kb=KB())
    tie = with_text.edges["IRQ", "IRN"]
    assert tie["weight"] > 0  # the SUPPORT in the text decides; the KB's enmity is evidence only
    kb_items = [e for e in tie["evidence"] if e["kind"] == "kb"]
    assert kb_items and kb_items[0]["weight"] == 0 and kb_items[0]["date"] == "1980 to now"
    alone = build_network([event("PROTEST", IRQ, USA), event("PROTEST", IRN, USA)], [], kb=KB())
    assert alone.edges["IRQ", "IRN"]["weight"] < 0  # no text tie: the KB's, at reduced weight


def test_network_blocs_allied_with_and_labels() -> None:
    g = build_network([event("ASSAULT", USA, IRN), event("ASSAULT", USA, IRN), event("AID", IRQ, IRN),
                       event("AID", USA, IRQ), event("AID", USA, IRQ), event("AID", IRN, SYR),
                       event("AID", IRN, SYR)], [])
    found = {tuple(b["members"]): b for b in blocs(g)}
    usa = next(b for m, b in found.items() if "USA" in m)
    iran = next(b for m, b in found.items() if "IRN" in m)
    assert "IRQ" in usa["members"] and "SYR" in iran["members"]
    assert iran["bloc"] in usa["hostile_to"] and iran["bloc"] in usa["allied_with"]  # Iraq aids Iran
    assert usa["hostile_names"] == [iran["label"]]


def test_network_summary_actor_filters_blocs_ties_and_triads() -> None:
    events, relations = seed_like()
    g = build_network(events, relations)
    everything = summary(g, top=50)
    focus = summary(g, top=50, actor="Hezbollah")
    node = focus["actor"]["actor"]
    assert all(node in t["nodes"] for t in focus["triads"])
    assert all(node in (t["u"], t["v"]) for t in focus["strongest_ties"])
    assert len(focus["blocs"]) <= len(everything["blocs"])
    listed = {b["bloc"] for b in focus["blocs"]}
    assert all(set(b["hostile_to"]) | set(b["allied_with"]) <= listed for b in focus["blocs"])
    assert any(node in b["members"] for b in focus["blocs"])
