"""The web page in a real headless browser (Playwright driving Debian's Chromium at /usr/bin/chromium, which
`.ci/run` installs): search, filters, sort, downloads, the map with every event, the network focus, and hostile
text and URLs staying inert."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from polemos.models import Actor, Count, Event, Evidence, Extraction, Place, Relation
from polemos.store import Database, DocumentRecord
from polemos.web import create_app
from polemos.web.server import bind_socket

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=1;alert(1)</script>'

NAIROBI = "Kenyan police fired tear gas at protesters in Nairobi, killing six people. Kenya and Uganda signed a deal."
SAHEL = "Jihadists attacked an army post in Mali, killing 30 soldiers. Algeria mediated between Mali and rebels."
HOSTILE = f"The {XSS} militia shelled the town of Kharkiv. Ukraine accused the {XSS} militia of war crimes."


def _span(text: str, needle: str, until: str | None = None) -> Evidence:
    start = text.index(needle)
    end = text.index(until, start) + len(until) if until else start + len(needle)
    return Evidence(start, end, text[start:end])


def _documents() -> list[tuple[DocumentRecord, Extraction]]:
    police = Actor("Kenyan police", "KEN", "COP", actor_id="KEN.COP")
    protesters = Actor("protesters", "KEN", "OPP")
    kenya, uganda = Actor("Kenya", "KEN", "GOV", actor_id="KEN"), Actor("Uganda", "UGA", "GOV", actor_id="UGA")
    jihadists, army = Actor("Jihadists", "MLI", "REB"), Actor("army", "MLI", "MIL")
    mali, algeria = Actor("Mali", "MLI", "GOV", actor_id="MLI"), Actor("Algeria", "DZA", "GOV", actor_id="DZA")
    militia = Actor(f"{XSS} militia", "RUS", "REB")
    ukraine = Actor("Ukraine", "UKR", "GOV", actor_id="UKR")
    nairobi = Extraction(events=[
        Event(type="ASSAULT", mode="firearms", source=[police], target=[protesters],
              location=Place("Nairobi", "KEN", lat=-1.28, lon=36.82, precision="city"), date="2023-07-12",
              date_precision="day", killed=Count(low=6), trigger=_span(NAIROBI, "fired"),
              evidence=[_span(NAIROBI, "Kenyan police", "people.")]),
        Event(type="AGREE", source=[kenya], target=[uganda], location=Place("Kenya", "KEN", precision="country"),
              date="2023-07-13", date_precision="day", trigger=_span(NAIROBI, "signed"),
              evidence=[_span(NAIROBI, "Kenya and", "deal.")]),
    ])
    sahel = Extraction(events=[
        Event(type="ASSAULT", source=[jihadists], target=[army], location=Place("Mali", "MLI", precision="country"),
              killed=Count(best=30), trigger=_span(SAHEL, "attacked"), evidence=[_span(SAHEL, "Jihadists", "soldiers.")]),
        Event(type="CONSULT", source=[algeria], target=[mali], trigger=_span(SAHEL, "mediated"),
              evidence=[_span(SAHEL, "Algeria", "rebels.")]),
    ], relations=[Relation("ALLY", algeria, mali, evidence=[_span(SAHEL, "Algeria", "rebels.")])])
    hostile = Extraction(events=[
        Event(type="ASSAULT", mode="artillery", source=[militia], target=[ukraine],
              location=Place(f"Kharkiv{XSS}", "UKR", lat=49.99, lon=36.23, precision="city"), date="2022-05-01",
              date_precision="day", trigger=_span(HOSTILE, "shelled"), evidence=[_span(HOSTILE, "The", "Kharkiv.")]),
        Event(type="ACCUSE", source=[ukraine], target=[militia], trigger=_span(HOSTILE, "accused"),
              evidence=[_span(HOSTILE, "Ukraine", "crimes.")]),
    ])
    return [
        (DocumentRecord("nairobi", NAIROBI, "h1", "extracted", title="Nairobi protests", date=None,
                        url="https://news.example.org/nairobi", source="/home/someone/secret/nairobi.txt"),
         nairobi),
        (DocumentRecord("sahel", SAHEL, "h2", "extracted", title="Sahel", url="data:text/html,<script>alert(1)</script>"),
         sahel),
        (DocumentRecord(f"hostile{XSS}", HOSTILE, "h3", "extracted", title=f"Breaking {XSS}",
                        url="javascript:window.__xss=1;alert(document.domain)", site=XSS, source=f"/tmp/{XSS}.txt"),
         hostile),
    ]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The web app over a small hand-built database, served on a free local port for this module."""
    path = tmp_path_factory.mktemp("browser") / "web.db"
    with Database(path) as database:
        for record, extraction in _documents():
            database.add_document(record, extraction=extraction)
    sock = bind_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(path), kb=False), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tab.dialogs = dialogs  # type: ignore[attr-defined]
    yield tab
    context.close()


def _rows(page: Page) -> list[str]:
    return [r.inner_text() for r in page.locator("table.events tbody tr").all()]


def test_web_browser_search_finds_words_in_evidence_and_actors(page: Page, server: str) -> None:
    page.goto(f"{server}/events")
    page.fill("input[name=q]", "tear gas")
    page.click("form.filters button[type=submit]")
    assert "q=tear+gas" in page.url
    rows = _rows(page)
    assert len(rows) == 1 and "Kenyan police" in rows[0]
    page.fill("input[name=q]", "algeria")
    page.click("form.filters button[type=submit]")
    assert [("CONSULT" in r) for r in _rows(page)] == [True]


def test_web_browser_filters_and_clear_error(page: Page, server: str) -> None:
    page.goto(f"{server}/events")
    page.select_option("select[name=type]", "ASSAULT")
    page.fill("input[name=country]", "Kenya")
    page.click("form.filters button[type=submit]")
    rows = _rows(page)
    assert len(rows) == 1 and "Nairobi" in rows[0]
    assert page.input_value("input[name=country]") == "KEN"  # the name resolved to its code
    page.goto(f"{server}/events?start=2023-13-01")
    assert "2023-13-01" in page.locator(".error").inner_text()


def test_web_browser_sort_by_column(page: Page, server: str) -> None:
    page.goto(f"{server}/events")
    page.click("th a.sort >> text=Killed")
    ids = [int(r.split()[0]) for r in _rows(page)]
    page.click("th a.sort >> text=Killed")
    assert "sort=-killed" in page.url
    first = _rows(page)[0]
    assert "30" in first and "Jihadists" in first
    assert ids != [int(r.split()[0]) for r in _rows(page)]


@pytest.mark.parametrize("kind", ["CSV", "JSON Lines"])
def test_web_browser_download_the_filtered_view(page: Page, server: str, kind: str) -> None:
    page.goto(f"{server}/events?type=ASSAULT")
    with page.expect_download() as info:
        page.click(f"p.downloads a >> text={kind}")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    if kind == "CSV":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert {r["type"] for r in rows} == {"ASSAULT"} and len(rows) == 3
        assert all(r["date"] or r["doc_date"] == "" for r in rows)
    else:
        items = [json.loads(line) for line in text.splitlines()]
        assert len(items) == 3 and {i["type"] for i in items} == {"ASSAULT"}


def test_web_browser_map_draws_every_event(page: Page, server: str) -> None:
    page.goto(f"{server}/map")
    circles = page.locator("circle.point")
    drawn = sum(int(c.get_attribute("data-count") or 0) for c in circles.all())
    assert drawn == 6  # country-level and place-less events too, at their country's centre
    assert page.locator("circle.point.country").count() >= 1
    boxes = page.eval_on_selector_all(".map .labels text", "els => els.map(e => { const b = e.getBBox(); "
                                      "return [b.x, b.y, b.x + b.width, b.y + b.height]; })")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert min(a[2], b[2]) <= max(a[0], b[0]) or min(a[3], b[3]) <= max(a[1], b[1]), (a, b)


def test_web_browser_network_focus_shows_ties_with_evidence(page: Page, server: str) -> None:
    page.goto(f"{server}/network")
    page.locator("g.nodes a", has=page.locator("circle[data-key='MLI']")).click()
    assert "actor=MLI" in page.url
    assert page.locator("h1").inner_text() == "Network: Mali"
    drawn = {c.get_attribute("data-key") for c in page.locator("g.nodes circle").all()}
    assert drawn == {"MLI", "DZA"}
    allies = page.locator("#allies").inner_text()
    assert "Algeria" in allies and "Algeria mediated between Mali and rebels." in allies


@pytest.mark.parametrize("path", ["/", "/events", "/events/5", "/events/6", "/map", "/timeline", "/network",
                                  "/network?actor=UKR", "/documents", "/documents/hostile%3Cimg", "/documents/sahel"])
def test_web_browser_hostile_fields_stay_inert(page: Page, server: str, path: str) -> None:
    if path.startswith("/documents/hostile"):
        path = "/documents/" + quote(f"hostile{XSS}", safe="")
    response = page.goto(f"{server}{path}")
    assert response is not None and response.status == 200
    assert "script-src 'none'" in response.headers["content-security-policy"]
    for link in page.locator("a").all():
        href = (link.get_attribute("href") or "").strip().lower()
        assert not href.startswith(("javascript:", "data:", "vbscript:")), href
    for target in page.locator(".unsafe-url").all():  # a javascript:/data: URL is text: clicking does nothing
        target.click()
        assert page.url == f"{server}{path}" or page.url.startswith(server)
    assert page.evaluate("() => window.__xss") is None
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.locator("img").count() == 0 and page.locator("main script").count() == 0


def test_web_browser_api_hides_local_paths(page: Page, server: str) -> None:
    response = page.goto(f"{server}/api/documents")
    assert response is not None
    documents: list[dict[str, Any]] = json.loads(page.locator("body").inner_text())
    assert all("/" not in (d["source"] or "") for d in documents)
    assert "secret" not in json.dumps(documents)
