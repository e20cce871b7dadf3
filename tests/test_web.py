"""The local web page: every page over a small hand-built database, filters, evidence marks, the JSON API."""

from __future__ import annotations

import itertools
import re
import warnings
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")
with warnings.catch_warnings():
    # starlette's test client warns at import that it prefers httpx2 over httpx
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

from polemos.errors import ConfigError
from polemos.models import Actor, Count, Event, Evidence, Extraction, Place, Relation
from polemos.store import Database, DocumentRecord
from polemos.web import create_app
from polemos.web.figures import (
    MAP_HEIGHT,
    MAP_WIDTH,
    map_points,
    map_view,
    nice_ticks,
    placed_day,
    point_radius,
    project,
    timeline,
)
from polemos.web.network_figure import network_figure, pack_components, place_labels
from polemos.web.queries import read_filters
from polemos.web.text import event_marks, find_mentions, segments

NAIROBI = ("Kenyan police fired tear gas at protesters in Nairobi, killing six people. "
           "Russia is an ally of Belarus.")
SANAA = ("Coalition jets struck Houthi positions in Sanaa on Monday, killing 20 people. "
         "The Houthis accused the coalition of war crimes. Ethiopia and the TPLF signed a truce.")

POLICE = Actor("Kenyan police", "KEN", "COP", actor_id="KEN.COP", start=0, end=13)
PROTESTERS = Actor("protesters", "KEN", "OPP")
COALITION = Actor("Saudi-led coalition", "SAU", "MIL", actor_id="SAU.COALITION")
HOUTHIS = Actor("Houthis", "YEM", "REB", actor_id="group:houthis")


def _span(text: str, needle: str, until: str | None = None) -> Evidence:
    start = text.index(needle)
    end = text.index(until, start) + len(until) if until else start + len(needle)
    return Evidence(start, end, text[start:end])


def nairobi() -> Extraction:
    sentence = _span(NAIROBI, "Kenyan police", "people.")
    return Extraction(
        events=[
            Event(type="ASSAULT", mode="firearms", source=[POLICE], target=[PROTESTERS],
                  location=Place("Nairobi", "KEN", lat=-1.28, lon=36.82, precision="city"),
                  date="2023-07-12", date_precision="day", killed=Count(low=6, text="six"),
                  trigger=_span(NAIROBI, "fired"), evidence=[sentence], rule="test"),
            Event(type="PROTEST", source=[PROTESTERS], location=Place("Nairobi", "KEN", lat=-1.28, lon=36.82),
                  trigger=_span(NAIROBI, "protesters"), evidence=[sentence], rule="test"),
        ],
        relations=[Relation("ALLY", Actor("Russia", "RUS", "GOV", actor_id="RUS"),
                            Actor("Belarus", "BLR", "GOV", actor_id="BLR"),
                            evidence=[_span(NAIROBI, "Russia", "Belarus.")], rule="test")],
    )


def sanaa() -> Extraction:
    strike = _span(SANAA, "Coalition jets", "people.")
    return Extraction(events=[
        Event(type="ASSAULT", mode="aerial", source=[COALITION], target=[HOUTHIS],
              location=Place("Sanaa", "YEM", lat=15.35, lon=44.21, precision="city"), date="2022-01-17",
              date_precision="day", killed=Count(best=20), trigger=_span(SANAA, "struck"), evidence=[strike]),
        Event(type="ACCUSE", source=[HOUTHIS], target=[COALITION], trigger=_span(SANAA, "accused"),
              evidence=[_span(SANAA, "The Houthis", "crimes.")]),
        Event(type="AGREE", source=[Actor("Ethiopia", "ETH", "GOV", actor_id="ETH")],
              target=[Actor("TPLF", "ETH", "REB", actor_id="group:tplf")], date="2022-11", date_precision="month",
              trigger=_span(SANAA, "signed"), evidence=[_span(SANAA, "Ethiopia", "truce.")]),
    ])


def record(doc_id: str, text: str, day: date, title: str) -> DocumentRecord:
    return DocumentRecord(id=doc_id, text=text, content_hash=f"h-{doc_id}", status="extracted", title=title,
                          date=day, url=f"https://news.example.org/{doc_id}", source="batch.jsonl", format="jsonl")


@pytest.fixture
def database(db_path: Path) -> Database:
    db = Database(db_path)
    db.add_document(record("ken", NAIROBI, date(2023, 7, 13), "Nairobi protests"),
                    sentences=[(0, NAIROBI.index("Russia") - 1), (NAIROBI.index("Russia"), len(NAIROBI))],
                    extraction=nairobi())
    db.add_document(record("yem", SANAA, date(2022, 1, 18), "Sanaa strikes"), extraction=sanaa())
    return db


@pytest.fixture
def client(database: Database, db_path: Path) -> TestClient:
    return TestClient(create_app(str(db_path), kb=False))


def ids(database: Database, **filters: Any) -> set[int]:
    return {e["id"] for e in database.events(**filters)}


def event_links(html: str) -> set[int]:
    return {int(x) for x in re.findall(r'href="/events/(\d+)"', html)}


# --- pages -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "expected"), [
    ("/", "Events by type"), ("/events", "Kenyan police"), ("/map", "<svg"), ("/timeline", "<svg"),
    ("/network", "Strongest ties"), ("/documents", "Sanaa strikes"), ("/documents/ken", "Nairobi protests"),
    ("/static/polemos.css", "font-family"),
])
def test_web_page_returns_200(client: TestClient, path: str, expected: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert expected in response.text


@pytest.mark.parametrize("path", ["/", "/events", "/events/1", "/map", "/timeline", "/network", "/documents"])
def test_web_page_loads_nothing_from_outside(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assets = re.findall(r'<(?:script|link|img|iframe)[^>]*(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/") for a in assets)
    assert "@import" not in html and "cdn" not in html.lower()


def test_web_overview_counts_by_type(client: TestClient) -> None:
    html = client.get("/").text
    assert re.search(r'href="/events\?type=ASSAULT">ASSAULT</a></th>.*?<td class="num">2</td>', html, re.DOTALL)
    assert "26" in html  # 6 + 20 killed


def test_web_events_table_links_every_event(client: TestClient, database: Database) -> None:
    assert event_links(client.get("/events").text) == ids(database)


@pytest.mark.parametrize("query", [
    {"type": "ASSAULT"}, {"type": "accuse"}, {"actor": "police"}, {"actor": "group:houthis"}, {"country": "yem"},
    {"country": "ETH"}, {"start": "2023"}, {"end": "2022-06"}, {"start": "2022-11", "end": "2022-11-30"},
    {"doc_id": "ken"}, {"type": "ASSAULT", "country": "KEN"},
])
def test_web_events_filters_select_what_the_store_selects(client: TestClient, database: Database,
                                                          query: dict[str, str]) -> None:
    response = client.get("/events", params=query)
    assert response.status_code == 200
    expected = ids(database, **{k: (v.upper() if k == "type" else v) for k, v in query.items()})
    assert expected and event_links(response.text) == expected
    assert expected != ids(database)


@pytest.mark.parametrize("query", [{"start": "July 2023"}, {"type": "BOMB"}, {"country": "Atlantis"}, {"start": "2023-13-01"}, {"sort": "evil"},
                                   {"start": "2023", "end": "2022"}])
def test_web_bad_filter_is_a_400_naming_it(client: TestClient, query: dict[str, str]) -> None:
    page = client.get("/events", params=query)
    api = client.get("/api/events", params=query)
    assert page.status_code == api.status_code == 400
    name = next(iter(query))
    assert name in page.text and name in api.json()["detail"]


def test_web_event_page_marks_evidence_trigger_and_actors(client: TestClient, database: Database) -> None:
    assault = database.events(type="ASSAULT", country="KEN")[0]
    html = client.get(f"/events/{assault['id']}").text
    assert '<mark class="evidence trigger"' in html and ">fired</mark>" in html
    assert re.search(r'<mark class="evidence source"[^>]*>Kenyan police</mark>', html)
    assert re.search(r'<mark class="evidence target"[^>]*>protesters</mark>', html)
    assert re.search(r'<mark class="evidence place"[^>]*>Nairobi</mark>', html)
    # the relation sentence is not this event's evidence: it stays unmarked
    assert "Russia is an ally of Belarus." in html and "<mark class=\"evidence\">Russia" not in html


@pytest.mark.parametrize("path", ["/events/9999", "/events/abc", "/documents/nope"])
def test_web_unknown_item_is_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "Not found" in response.text


def test_web_map_draws_every_event(client: TestClient, database: Database) -> None:
    html = client.get("/map").text
    points = re.search(r'<g class="points">(.*?)</g>', html, re.DOTALL)
    assert points is not None
    counts = [int(n) for n in re.findall(r'data-count="(\d+)"', points.group(1))]
    # Nairobi (2 events) and Sanaa at their place; events without a place at their actors' country's centre
    assert sum(counts) == len(database.events()) == 5 and max(counts) == 2
    assert "Sanaa, YEM" not in points.group(1) and "Sanaa: 1 event (ASSAULT 1), 20 killed" in points.group(1)
    assert 'class="point actor"' in points.group(1)


def test_web_map_fit_zooms_to_the_events(client: TestClient) -> None:
    whole = re.search(r'<svg viewBox="([^"]+)"', client.get("/map").text)
    fit = re.search(r'<svg viewBox="([^"]+)"', client.get("/map?fit=true").text)
    assert whole and fit
    assert float(fit.group(1).split()[2]) < float(whole.group(1).split()[2]) == MAP_WIDTH


def test_web_timeline_stacks_types_and_killed(client: TestClient) -> None:
    html = client.get("/timeline?by=month").text
    assert "2022-01: 1 ASSAULT" in html and "2023-07: 1 PROTEST" in html
    assert "2022-01: 20 killed" in html and "2023-07: 6 killed" in html
    assert "by month, 2022-01 to 2023-07" in html


def test_web_network_draws_signed_edges(client: TestClient) -> None:
    html = client.get("/network").text
    edges = re.findall(r'<line [^>]*class="(positive|negative)"', html)
    assert sorted(set(edges)) == ["negative", "positive"]
    assert "Russia" in html and "Belarus" in html and "Saudi-led coalition" in html
    assert re.search(r"Saudi-led coalition — Houthis|Houthis — Saudi-led coalition", html)


def test_web_network_unknown_actor_keeps_the_page(client: TestClient) -> None:
    response = client.get("/network", params={"actor": "Atlantis"})
    assert response.status_code == 200 and "no actor matching" in response.text


def test_web_network_focus_lists_enemies(client: TestClient) -> None:
    html = client.get("/network", params={"actor": "Houthis"}).text
    assert "Ties of Houthis, with their evidence" in html
    enemies = html.split("Enemies (negative ties)")[1].split("</table>")[0]
    assert "Saudi-led coalition" in enemies


# --- JSON API --------------------------------------------------------------------------------------


def test_web_api_events_are_the_contract_shape(client: TestClient, database: Database) -> None:
    got = client.get("/api/events").json()
    assert got == database.events()
    keys = set(Event(type="AGREE").to_contract("x")) | {"id", "doc_date", "doc_title"}
    assert all(set(e) == keys for e in got)
    assert [e["type"] for e in client.get("/api/events", params={"country": "YEM"}).json()] == ["ASSAULT", "ACCUSE"]


def test_web_api_event_and_404(client: TestClient, database: Database) -> None:
    first = min(ids(database))
    assert client.get(f"/api/events/{first}").json()["sentences"]
    missing = client.get("/api/events/9999")
    assert missing.status_code == 404 and "detail" in missing.json()


def test_web_api_network_nodes_edges_summary(client: TestClient) -> None:
    data = client.get("/api/network").json()
    names = {n["name"] for n in data["nodes"]}
    assert {"Russia", "Belarus", "Houthis", "Saudi-led coalition"} <= names
    signs = {(frozenset((e["source"], e["target"])), e["weight"] > 0) for e in data["edges"]}
    assert (frozenset(("RUS", "BLR")), True) in signs
    assert (frozenset(("SAU.COALITION", "group:houthis")), False) in signs
    assert data["summary"]["edges"] == len(data["edges"])
    assert all(isinstance(n["x"], float) for n in data["nodes"])


def test_web_api_relations_contract(client: TestClient) -> None:
    (rel,) = client.get("/api/relations").json()
    assert rel["type"] == "ALLY" and rel["a"]["name"] == "Russia" and rel["evidence"][0]["text"].startswith("Russia")


# --- pure helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("marks", "expected"), [
    ([], [("abcdef", ())]),
    ([(1, 4, "evidence")], [("a", ()), ("bcd", ("evidence",)), ("ef", ())]),
    ([(0, 6, "evidence"), (2, 3, "trigger")], [("ab", ("evidence",)), ("c", ("evidence", "trigger")),
                                               ("def", ("evidence",))]),
    ([(4, 99, "source"), (-3, 1, "target")], [("a", ("target",)), ("bcd", ()), ("ef", ("source",))]),
])
def test_web_segments_cut_at_mark_boundaries(marks: list[tuple[int, int, str]],
                                             expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert segments("abcdef", marks) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("police", [(8, 14)]), ("Police", [(8, 14)]), ("lice", []), ("x", []), ("the crowd", [(24, 33)]),
])
def test_web_find_mentions_whole_words_inside_windows(name: str, expected: list[tuple[int, int]]) -> None:
    text = "Police. police fired at the crowd. The crowd"
    assert find_mentions(text, name, [(1, 34)]) == expected


def test_web_event_marks_fall_back_to_names_in_evidence() -> None:
    text = "Intro about Houthis. The Houthis accused the coalition."
    event = {"evidence": [{"start": 21, "end": len(text)}], "trigger": "accused",
             "source": {"name": "Houthis"}, "target": [{"name": "coalition"}], "location": None}
    marks = event_marks(event, text)
    assert (25, 32, "source") in marks and (12, 19, "source") not in marks
    assert ("coalition", "target") in {(text[s:e], c) for s, e, c in marks}
    assert ("accused", "trigger") in {(text[s:e], c) for s, e, c in marks}


@pytest.mark.parametrize(("lat", "lon", "xy"), [
    (84.0, -180.0, (0.0, 0.0)), (0.0, 0.0, (MAP_WIDTH / 2, round(84 / 144 * MAP_HEIGHT, 2))),
    (-60.0, 180.0, (MAP_WIDTH, round(MAP_HEIGHT, 2))),
])
def test_web_project_equirectangular(lat: float, lon: float, xy: tuple[float, float]) -> None:
    assert project(lat, lon) == pytest.approx(xy, abs=0.01)


def test_web_point_radius_grows_and_caps() -> None:
    assert point_radius(1) < point_radius(6) < point_radius(50) < point_radius(10_000) == point_radius(10**6)


def test_web_map_points_group_by_place_country_level_at_centroid() -> None:
    here = {"name": "Goma", "country": "COD", "lat": -1.68, "lon": 29.22}
    events = [{"id": 1, "type": "ASSAULT", "location": here, "killed": {"low": 3}, "date": "2024-01-02"},
              {"id": 2, "type": "ASSAULT", "location": here, "killed": {"best": 4}, "date": "2024-01-05"},
              {"id": 3, "type": "PROTEST", "location": here},
              {"id": 4, "type": "AID", "location": {"name": "Kenya", "country": "KEN", "precision": "country"}},
              {"id": 5, "type": "AID", "location": None, "source": [{"name": "Kenya", "country": "KEN"}]},
              {"id": 6, "type": "AID", "location": None}]
    points, unlocated = map_points(events)
    assert unlocated == 1
    assert [(p["type"], p["how"], p["count"], p["killed"], p["ids"]) for p in points] == [
        ("ASSAULT", "place", 3, 7, [1, 2, 3]), ("AID", "actor", 1, 0, [5]), ("AID", "country", 1, 0, [4])]
    assert "2024-01-02 – 2024-01-05" in points[0]["title"] and "ASSAULT 2, PROTEST 1" in points[0]["title"]


def test_web_map_labels_do_not_overlap() -> None:
    from polemos.web.figures import place_map_labels

    events = [{"id": i, "type": "AID", "location": {"name": f"Town number {i}", "country": "KEN",
                                                    "lat": -1.0 + i * 0.05, "lon": 36.8}} for i in range(12)]
    points, _ = map_points(events)
    place_map_labels(points)
    shown = [p for p in points if p["label_shown"]]
    assert 0 < len(shown) < len(points)
    ys = sorted(p["ly"] for p in shown if p["anchor"] == "start")
    assert all(b - a >= 9 for a, b in itertools.pairwise(ys))


def test_web_map_view_fit_stays_inside_the_map() -> None:
    x0, y0, w, h = map_view([{"x": 5.0, "y": 3.0}, {"x": 20.0, "y": 9.0}], fit=True)
    assert x0 == 0 and y0 == 0 and 0 < w < MAP_WIDTH and 0 < h < MAP_HEIGHT
    assert w / h == pytest.approx(MAP_WIDTH / MAP_HEIGHT, rel=0.01)


@pytest.mark.parametrize(("event", "by", "expected"), [
    ({"date": "2023-07-12"}, "week", date(2023, 7, 12)), ({"date": "2023-07"}, "week", None),
    ({"date": "2023-07", "doc_date": "2023-07-13"}, "week", date(2023, 7, 13)),
    ({"date": "2023-07"}, "month", date(2023, 7, 1)), ({"date": "2015", "doc_date": "2023-09-14"}, "month", None),
    ({"date": None, "doc_date": "2021-03-05"}, "month", date(2021, 3, 5)), ({"date": "2015"}, "year", date(2015, 1, 1)),
])
def test_web_placed_day_needs_enough_precision(event: dict[str, Any], by: str, expected: date | None) -> None:
    assert placed_day(event, by) == expected


def test_web_timeline_fills_empty_periods_and_counts_unplaced() -> None:
    events: list[dict[str, Any]] = [{"type": "ASSAULT", "date": "2023-01-10", "killed": {"low": 2}},
              {"type": "PROTEST", "date": "2023-03-02"}, {"type": "AID", "date": "2023"}]
    data = timeline(events, by="month")
    assert [p["label"] for p in data["periods"]] == ["2023-01", "2023-02", "2023-03"]
    assert [p["total"] for p in data["periods"]] == [1, 0, 1] and data["periods"][0]["killed"] == 2
    assert data["unplaced"] == 1 and data["types"] == ["PROTEST", "ASSAULT"]
    assert timeline(events, by="auto")["by"] == "week"


def test_web_timeline_coarsens_when_too_many_periods() -> None:
    events: list[dict[str, Any]] = [{"type": "AGREE", "date": "2001-01-01"}, {"type": "AGREE", "date": "2020-01-01"}]
    assert timeline(events, by="day", max_periods=400)["by"] == "month"


@pytest.mark.parametrize(("top", "expected"), [(0, [0, 1]), (3, [0, 1, 2, 3]), (7, [0, 2, 4, 6, 8]),
                                                (95, [0, 50, 100])])
def test_web_nice_ticks(top: float, expected: list[int]) -> None:
    assert nice_ticks(top) == expected


def test_web_read_filters_normalises_and_rejects() -> None:
    got = read_filters(type=" assault ", country="irq", actor="", start="2019-10")
    assert (got.type, got.country, got.actor, got.start) == ("ASSAULT", "IRQ", None, "2019-10")
    assert read_filters(start="2023-07", end="2023").start == "2023-07"
    with pytest.raises(ConfigError, match="end="):
        read_filters(end="2023-13-45x")


def test_web_network_figure_keeps_the_focus_actor() -> None:
    from polemos.network.graph import blocs, build_network

    def a(name: str) -> dict[str, Any]:
        return {"name": name, "country": "XXX", "sector": "GOV", "actor_id": f"group:{name.lower()}"}

    events = [{"type": "ASSAULT", "source": a(s), "target": [a(t)], "date": "2024-01-01"}
              for s, t in (("A", "B"), ("A", "C"), ("A", "D"), ("B", "C"), ("E", "F"))]
    g = build_network(events, [])
    figure = network_figure(g, blocs(g), max_nodes=3, focus="group:f")
    assert {n["key"] for n in figure["nodes"]} == {"group:a", "group:b", "group:f"}
    assert figure["total"] == 6 and all(e["sign"] == "negative" for e in figure["edges"])
    assert all(0 < n["x"] < figure["width"] and 0 < n["y"] < figure["height"] for n in figure["nodes"])
    # two components: A-B and the lone F (C, D and E are not drawn); F's cell is beside or under A-B's
    where = {n["key"]: (n["x"], n["y"]) for n in figure["nodes"]}
    assert where["group:f"] not in {where["group:a"], where["group:b"]}


@pytest.mark.parametrize("sizes", [[1], [5, 2, 2, 1], [30, 2, 2, 2, 2, 2, 1, 1]])
def test_web_pack_components_cells_do_not_overlap(sizes: list[int]) -> None:
    cells, height = pack_components(sizes, 800.0)
    assert [round(c[2] ** 2 / cells[0][2] ** 2 * sizes[0], 6) for c in cells] == pytest.approx(sizes)
    for i, (x, y, side) in enumerate(cells):
        assert x + side <= 800.0 + 1e-6 and y + side <= height + 1e-6
        for x2, y2, side2 in cells[i + 1:]:
            assert x + side <= x2 + 1e-6 or x2 + side2 <= x + 1e-6 or y + side <= y2 + 1e-6 or y2 + side2 <= y + 1e-6


# --- CLI -------------------------------------------------------------------------------------------


def _serve(monkeypatch: pytest.MonkeyPatch, db: str, **options: Any) -> tuple[Any, dict[str, Any]]:
    import uvicorn
    from typer.testing import CliRunner

    from polemos.cli import app

    seen: dict[str, Any] = {}

    def run(self: Any, sockets: list[Any]) -> None:
        seen.update(app=self.config.app, address=sockets[0].getsockname())

    monkeypatch.setattr(uvicorn.Server, "run", run)
    args = ["serve", "--db", db, "--no-kb", *[f"--{k}={v}" for k, v in options.items()]]
    return CliRunner().invoke(app, args), seen


def test_web_serve_cli_binds_then_runs_the_app(monkeypatch: pytest.MonkeyPatch, database: Database,
                                               db_path: Path) -> None:
    result, seen = _serve(monkeypatch, str(db_path), port=0)
    assert result.exit_code == 0 and "Serving" in result.output and "warning" not in result.output
    assert seen["address"][0] == "127.0.0.1"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        assert TestClient(seen["app"]).get("/events").status_code == 200


def test_web_serve_cli_port_taken_fails_before_announcing(monkeypatch: pytest.MonkeyPatch, database: Database,
                                                          db_path: Path) -> None:
    from polemos.web.server import bind_socket

    taken = bind_socket("127.0.0.1", 0)
    try:
        result, seen = _serve(monkeypatch, str(db_path), port=taken.getsockname()[1])
    finally:
        taken.close()
    assert result.exit_code == 2 and "Serving" not in result.output and "--port" in result.output and not seen


def test_web_serve_cli_warns_beyond_loopback(monkeypatch: pytest.MonkeyPatch, database: Database,
                                             db_path: Path) -> None:
    result, _ = _serve(monkeypatch, str(db_path), host="0.0.0.0", port=0)
    assert result.exit_code == 0 and "warning" in result.output and "127.0.0.1" in result.output


def test_web_serve_cli_refuses_a_missing_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    result, seen = _serve(monkeypatch, str(tmp_path / "typo.db"), port=0)
    assert result.exit_code == 2 and "no database" in result.output and not seen
    assert not (tmp_path / "typo.db").exists()


@pytest.mark.parametrize(("host", "expected"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("127.8.0.1", True), ("0.0.0.0", False), ("192.168.1.4", False),
                                                ("::", False), ("example.org", False)])
def test_web_is_loopback(host: str, expected: bool) -> None:
    from polemos.web.server import is_loopback

    assert is_loopback(host) is expected


# --- security ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example.org/a?b=1", "https://news.example.org/a?b=1"), ("http://x.org", "http://x.org"),
    ("javascript:alert(1)", None), (" JaVaScRiPt:alert(1)", None), ("java\tscript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None), ("vbscript:x", None), ("//evil.example", None),
    ("/local/path", None), ('https://x.org/"onmouseover="alert(1)', None), ("", None), (None, None),
])
def test_web_safe_url_only_http_links(url: str | None, expected: str | None) -> None:
    from polemos.web.templating import safe_url

    assert safe_url(url) == expected


@pytest.mark.parametrize("path", ["/", "/events", "/map", "/network", "/api/events", "/static/polemos.css",
                                  "/events/9999"])
def test_web_security_headers_on_every_response(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer" and headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", ["/", "/events", "/api/events", "/static/polemos.css"])
def test_web_head_is_answered_without_a_body(client: TestClient, path: str) -> None:
    response = client.head(path)
    assert response.status_code == 200 and response.content == b""


def test_web_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    for path in ("/", "/events", "/events/1", "/map", "/timeline", "/network", "/documents"):
        html = client.get(path).text
        assert "<script" not in html and " style=" not in html and "<style" not in html, path


def test_web_api_documents_hide_local_paths_unless_asked(client: TestClient, database: Database) -> None:
    sources = {d["source"] for d in client.get("/api/documents").json()}
    assert sources and not any("/" in (s or "") for s in sources)
    assert client.get("/api/documents", params={"paths": "true"}).json() == database.documents()


@pytest.mark.parametrize("actor", ["%", "_", "%25", "\\"])
def test_web_actor_filter_matches_wildcards_literally(client: TestClient, actor: str) -> None:
    assert client.get("/api/events", params={"actor": actor}).json() == []


def test_web_missing_database_is_refused(tmp_path: Path) -> None:
    from polemos.errors import StoreError

    with pytest.raises(StoreError, match="no database"):
        create_app(str(tmp_path / "nope.db"))
    assert not (tmp_path / "nope.db").exists()


# --- explorer ---------------------------------------------------------------------------------------


def test_web_events_search_over_evidence_and_actors(client: TestClient) -> None:
    assert [e["type"] for e in client.get("/api/events", params={"q": "tear gas"}).json()] == ["ASSAULT", "PROTEST"]
    assert {e["type"] for e in client.get("/api/events", params={"q": "houthis"}).json()} == {"ASSAULT", "ACCUSE"}
    assert client.get("/api/events", params={"q": "tear gas houthis"}).json() == []


def test_web_events_sort_and_totals(client: TestClient) -> None:
    html = client.get("/events", params={"sort": "-killed"}).text
    assert html.index("Saudi-led coalition") < html.index("Kenyan police")
    assert 'aria-sort="descending"' in html
    assert 'id="totals-country"' in html and ">KEN</a>" in html and ">YEM</a>" in html


@pytest.mark.parametrize(("kind", "media"), [("csv", "text/csv"), ("jsonl", "application/x-ndjson")])
def test_web_download_is_the_filtered_view(client: TestClient, kind: str, media: str) -> None:
    response = client.get(f"/events.{kind}", params={"country": "Yemen"})
    assert response.headers["content-type"].startswith(media)
    assert "attachment" in response.headers["content-disposition"]
    lines = response.text.strip().splitlines()
    assert len(lines) == (3 if kind == "csv" else 2) and all("KEN" not in line for line in lines)


def test_web_place_labels_avoids_overlaps() -> None:
    from polemos.web.figures import _overlap
    from polemos.web.network_figure import _label_box

    nodes: list[dict[str, Any]] = [
        {"key": k, "x": x, "y": 100.0, "r": r, "label": "Some long actor name", "anchor": "start"}
             for k, x, r in (("a", 100.0, 9.0), ("b", 130.0, 6.0), ("c", 300.0, 6.0))]
    place_labels(nodes, 900.0)
    boxes = [_label_box(n, n["anchor"])[2:] for n in nodes]
    circles = [(n["x"] - n["r"], n["y"] - n["r"], n["x"] + n["r"], n["y"] + n["r"]) for n in nodes]
    assert all(_overlap(boxes[i], boxes[j]) == 0 for i in range(3) for j in range(i + 1, 3))
    assert all(_overlap(boxes[i], circles[j]) == 0 for i in range(3) for j in range(3) if i != j)
    assert nodes[2]["anchor"] == "start"  # nothing in its way: the preferred side
    edge = {**nodes[2], "x": 890.0, "anchor": "start"}
    place_labels([edge], 900.0)
    assert edge["anchor"] == "end" and edge["lx"] < 890.0  # no room on the right of the drawing


def test_web_map_points_coarsen_when_too_many() -> None:
    events = [{"id": i, "type": "AID", "location": {"name": "x", "lat": 10 + i / 100, "lon": 20.0}} for i in range(50)]
    assert len(map_points(events)[0]) == 50
    coarse, _ = map_points(events, max_points=10)
    assert len(coarse) <= 10 and sum(p["count"] for p in coarse) == 50


def test_web_document_page_shows_dateline_and_byline(db_path: Path) -> None:
    from polemos.models import ArticleParts

    db = Database(db_path)
    parts = ArticleParts(headline="Rebels shell market", dateline_place="GOMA", dateline_date="March 5",
                         agency="Reuters", byline="By Jane Doe", paragraphs=3)
    db.add_document(record("goma", NAIROBI, date(2023, 3, 5), "Goma"), extraction=Extraction(article=parts))
    page = TestClient(create_app(str(db_path), kb=False)).get("/documents/goma")
    assert page.status_code == 200
    assert "GOMA, March 5 (Reuters)" in page.text and "By Jane Doe" in page.text and "Rebels shell market" in page.text
