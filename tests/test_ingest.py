"""Readers: every format, metadata, and one clear error per bad file or record."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from polemos.errors import InputError
from polemos.io.readers import (
    READERS,
    SourceDocument,
    apply_defaults,
    decode,
    parse_date,
    read_file,
    read_paths,
    sniff_reader,
)

HTML = b"""<!DOCTYPE html><html><head><title>Clashes in Dhaka | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<link rel="canonical" href="https://example.org/dhaka"></head>
<body><nav>Home | World | Sport</nav><article><h1>Clashes in Dhaka</h1>
<p>Police fired tear gas at thousands of protesters in Dhaka on Tuesday, injuring at least 40 people.</p>
<p>The protesters demanded the release of opposition leaders arrested last week.</p></article>
<footer>Copyright notice</footer></body></html>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Briefing</title>
<item><title>One</title><link>https://b.example/1</link><pubDate>Mon, 04 Oct 2021 09:15:00 GMT</pubDate>
<description>&lt;p&gt;Troops shelled the town.&lt;/p&gt;&lt;p&gt;Two died.&lt;/p&gt;</description></item>
<item><title>Two</title><link>https://b.example/2</link><description>Talks resumed in Doha.</description></item>
</channel></rss>"""


def docs_and_errors(path: Path, **kwargs: object) -> tuple[list[SourceDocument], list[InputError]]:
    found = list(read_paths([path], **kwargs))  # type: ignore[arg-type]
    return ([d for d in found if isinstance(d, SourceDocument)], [e for e in found if isinstance(e, InputError)])


def test_ingest_text_kept_exactly(tmp_path: Path) -> None:
    raw = "Headline here\r\n\r\nPolice – said “so”.  \n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    docs, errors = docs_and_errors(path)
    assert errors == []
    assert docs[0].text == raw
    assert docs[0].title == "Headline here"
    assert docs[0].format == "text" and docs[0].source == str(path)


def test_ingest_markdown_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"\xef\xbb\xbf# Title\n\nBody text.")
    (doc,), _ = docs_and_errors(path)
    assert doc.text == "# Title\n\nBody text." and doc.format == "markdown"


def test_ingest_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(HTML)
    (doc,), errors = docs_and_errors(path)
    assert errors == []
    assert "Police fired tear gas" in doc.text and "release of opposition leaders" in doc.text
    assert "Home | World" not in doc.text and "Copyright" not in doc.text
    assert doc.title == "Clashes in Dhaka"
    assert doc.date == date(2021, 3, 4)
    assert doc.url == "https://example.org/dhaka"
    assert doc.site == "Daily Example"


def test_ingest_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First text.", "title": "T", "date": "2020-01-06",
                    "url": "https://x.example/a", "source": "Wire"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text here"}),
        "",
        json.dumps({"text": "Fourth text.", "date": "2020-01-07T10:00:00Z"}),
        json.dumps({"text": "   "}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = docs_and_errors(path)
    assert [d.text for d in docs] == ["First text.", "Fourth text."]
    first = docs[0]
    assert (first.id, first.title, first.date, first.url, first.site, first.line) == (
        "a1", "T", date(2020, 1, 6), "https://x.example/a", "Wire", 1)
    assert docs[1].date == date(2020, 1, 7) and docs[1].line == 5
    assert [e.line for e in errors] == [2, 3, 6, 7]
    assert "malformed JSON" in errors[0].problem
    assert "no 'text' field" in errors[1].problem
    assert all(str(path) in str(e) for e in errors)


def test_ingest_json_list_and_object(tmp_path: Path) -> None:
    listing = tmp_path / "list.json"
    listing.write_text(json.dumps([{"text": "One."}, {"title": "missing"}, {"text": "Three."}]))
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "Alone.", "id": "solo"}))
    docs, errors = docs_and_errors(listing)
    assert [d.text for d in docs] == ["One.", "Three."]
    assert len(errors) == 1 and "record 2" in errors[0].problem
    (doc,), _ = docs_and_errors(single)
    assert doc.id == "solo"


def test_ingest_csv_text_column_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text('id,Text,date\nr1,"Protest in Lima,\nover two lines.",2022-12-08\nr2,,2022-12-09\nr3,Third.,\n',
                    encoding="utf-8")
    docs, errors = docs_and_errors(path)
    assert [(d.id, d.text, d.date) for d in docs] == [
        ("r1", "Protest in Lima,\nover two lines.", date(2022, 12, 8)), ("r3", "Third.", None)]
    assert len(errors) == 1 and errors[0].line == 4 and "empty" in errors[0].problem


def test_ingest_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,headline\n1,x\n", encoding="utf-8")
    docs, errors = docs_and_errors(path)
    assert docs == [] and "no text column" in errors[0].problem


def test_ingest_feed_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS)
    docs, errors = docs_and_errors(path)
    assert errors == []
    assert [d.title for d in docs] == ["One", "Two"]
    assert docs[0].text == "Troops shelled the town.\nTwo died."
    assert docs[0].date == date(2021, 10, 4) and docs[0].url == "https://b.example/1"
    assert docs[0].site == "Briefing" and docs[1].date is None


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin.txt", "caf\u00e9 r\u00e9sum\u00e9".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"", "empty"),
        ("blank.jsonl", b"  \n\n", "empty"),
        ("broken.html", b"<html><body><div><script>var x = 1;</script></div>", "no readable text"),
        ("nofeed.xml", b"<?xml version='1.0'?><note><to>x</to></note>", "not an RSS/Atom feed"),
        ("bad.json", b'{"text": "unterminated', "malformed JSON"),
    ],
)
def test_ingest_bad_file_gives_one_error(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    docs, errors = docs_and_errors(path)
    assert docs == []
    assert len(errors) == 1
    assert problem in errors[0].problem and errors[0].path == str(path)


def test_ingest_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    docs, errors = docs_and_errors(path, max_bytes=100)
    assert docs == [] and "too large" in errors[0].problem
    docs, errors = docs_and_errors(path, max_bytes=1000)
    assert len(docs) == 1 and errors == []


def test_ingest_missing_path(tmp_path: Path) -> None:
    docs, errors = docs_and_errors(tmp_path / "nope.txt")
    assert docs == [] and "no such file" in errors[0].problem


def test_ingest_directory_recursive(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "sub" / "b.md").write_text("B.")
    (tmp_path / "sub" / "deeper" / "c.jsonl").write_text('{"text": "C."}\n')
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("D.")
    docs, errors = docs_and_errors(tmp_path)
    assert sorted(d.text for d in docs) == ["A.", "B.", "C."] and errors == []


def test_ingest_stdin_sniffed() -> None:
    stream = io.BytesIO(b'{"text": "From a pipe.", "id": "p1"}\n')
    (doc,) = list(read_file(Path("-"), stdin=stream))
    assert isinstance(doc, SourceDocument)
    assert doc.source == "<stdin>" and doc.id == "p1" and doc.format == "jsonl"


@pytest.mark.parametrize(
    ("head", "reader"),
    [(b'{"text": 1}', "read_jsonl"), (b"[{}]", "read_json"), (b"<rss version='2.0'>", "read_feed"),
     (b"<!DOCTYPE html><p>x", "read_html"), (b"Just words.", "read_text")],
)
def test_ingest_sniff_reader(head: bytes, reader: str) -> None:
    assert sniff_reader(head).__name__ == reader


def test_ingest_defaults_for_plain_text() -> None:
    doc = apply_defaults(SourceDocument(text="x", source="a.txt"), date=date(2020, 1, 6),
                         source="https://site.example/story")
    assert doc.date == date(2020, 1, 6) and doc.source == doc.url == "https://site.example/story"
    dated = apply_defaults(SourceDocument(text="x", source="b.jsonl", date=date(2019, 1, 1), format="jsonl"),
                           date=date(2020, 1, 6), source="other")
    assert dated.date == date(2019, 1, 1) and dated.source == "b.jsonl"


@pytest.mark.parametrize(("value", "expected"), [
    ("2020-01-06", date(2020, 1, 6)), ("2020-01-06T23:00:00+02:00", date(2020, 1, 6)), (None, None), ("", None)])
def test_ingest_parse_date(value: str | None, expected: date | None) -> None:
    assert parse_date(value, source="s") == expected


def test_ingest_parse_date_rejects_garbage() -> None:
    with pytest.raises(InputError, match="field 'date'.*YYYY-MM-DD"):
        parse_date("last Tuesday", source="f.jsonl", line=3)


def test_ingest_reader_registry_is_a_seam(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_upper(data: bytes, source: str):  # type: ignore[no-untyped-def]
        yield SourceDocument(text=decode(data, source).upper(), source=source, format="upper")

    monkeypatch.setitem(READERS, ".up", read_upper)
    path = tmp_path / "x.up"
    path.write_text("shout")
    (doc,), _ = docs_and_errors(path)
    assert doc.text == "SHOUT" and doc.format == "upper"
