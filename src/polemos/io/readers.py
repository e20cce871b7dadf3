"""Readers: files, directories and stdin in; `SourceDocument` records (and `InputError`s) out.

Each reader turns the bytes of one file into documents. Readers are looked up by file
extension in ``READERS`` (a plain dict other code may extend). A batch never stops at a bad
file or record: ``read_paths`` yields the error and goes on.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from polemos.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
#: Fields a JSON/CSV record may carry besides its text.
RECORD_FIELDS = ("id", "title", "date", "url", "source")
TEXT_COLUMNS = ("text", "body", "content")
TITLE_CHARS = 100  # a first line longer than this is a paragraph, and is cut to make a title


@dataclass
class SourceDocument:
    """One document as read: the text exactly as in the source, with its metadata."""

    text: str
    source: str
    id: str | None = None
    title: str | None = None
    date: date | None = None
    url: str | None = None
    site: str | None = None
    line: int | None = None
    format: str = "text"
    author: str | None = None  # the page's or feed entry's author metadata


Reader = Callable[[bytes, str], Iterator["SourceDocument | InputError"]]
"""A reader gets the raw bytes and the source name; it yields documents and per-record errors.
It raises ``InputError`` when the whole file is unusable."""


# -- decoding -------------------------------------------------------------------------------

def decode(data: bytes, source: str) -> str:
    """The bytes as text (UTF-8, a BOM allowed); InputError for empty, binary or undecodable data."""
    if not data.strip():
        raise InputError(source, "empty file: nothing to ingest")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary file (contains NUL bytes); give text, HTML, JSON, CSV or feed files")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"undecodable UTF-16 text ({exc.reason}); re-save it as UTF-8") from exc
        _check_nul(text, source, unit="character")
        if not text.strip():
            raise InputError(source, "empty file: nothing to ingest")
        return text
    _check_nul(data, source, unit="byte")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save the file as UTF-8",
        ) from exc
    if not text.strip():
        raise InputError(source, "empty file: nothing to ingest")
    return text


def _check_nul(data: bytes | str, source: str, *, unit: str) -> None:
    """InputError naming the offset of a NUL (text never holds one; it hides or cuts words downstream)."""
    at = data.find(b"\x00") if isinstance(data, bytes) else data.find("\x00")
    if at >= 0:
        raise InputError(source, f"contains a NUL {unit} at offset {at:,} (a corrupt or binary file); "
                                 "remove the NUL bytes or re-export the file as text")


def check_pub_date(value: date, *, source: str, line: int | None = None, field: str = "date") -> date:
    """The date, or InputError when it is more than a day in the future (a typo, or a wrong clock)."""
    latest = date.today() + timedelta(days=1)
    if value > latest:
        raise InputError(source, f"field '{field}': {value.isoformat()} is in the future (after {latest}); "
                                 "fix the publication date", line=line)
    return value


def parse_date(value: Any, *, source: str, line: int | None = None, field: str = "date") -> date | None:
    """An ISO date (``YYYY-MM-DD``, optionally with a time) or None; InputError otherwise or when in the future."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return check_pub_date(value.date(), source=source, line=line, field=field)
    if isinstance(value, date):
        return check_pub_date(value, source=source, line=line, field=field)
    text = str(value).strip()
    try:
        found = date.fromisoformat(text[:10])
    except ValueError:
        try:
            found = datetime.fromisoformat(text).date()
        except ValueError as exc:
            shown = text if len(text) <= 40 else text[:40] + "…"
            raise InputError(
                source, f"field '{field}': {shown!r} is not an ISO date; write it as YYYY-MM-DD", line=line
            ) from exc
    return check_pub_date(found, source=source, line=line, field=field)


def _title_of(text: str) -> str | None:
    """The first non-empty line, when it is short enough to be a heading."""
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return None


# -- readers ----------------------------------------------------------------------------------

def read_text(data: bytes, source: str) -> Iterator[SourceDocument | InputError]:
    """A plain-text or Markdown file: one document, the text exactly as decoded."""
    text = decode(data, source)
    fmt = "markdown" if source.lower().endswith(".md") else "text"
    yield SourceDocument(text=text, source=source, title=_title_of(text), format=fmt)


def _html_fallback_text(html: str) -> str:
    """Visible text of an HTML page, for pages too short for trafilatura's main-text heuristics."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.LxmlError, ValueError):  # hopeless markup, or a page with no elements
        return ""
    for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer"):
        bad.drop_tree()
    body = root.find("body")
    node = body if body is not None else root
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in node.text_content().splitlines()]
    return "\n".join(ln for ln in lines if ln)


def read_html(data: bytes, source: str) -> Iterator[SourceDocument | InputError]:
    """An HTML page: main text and metadata (title, date, url, site) via trafilatura."""
    import trafilatura

    html = decode(data, source)
    if "<" not in html:
        raise InputError(source, "not HTML (no tags found); give it a .txt extension to ingest it as text")
    found = trafilatura.bare_extraction(html, with_metadata=True)

    def meta(name: str) -> Any:
        # trafilatura returns a Document object (2.x) or a dict (older versions, or as_dict=True)
        value = found.get(name) if isinstance(found, dict) else getattr(found, name, None)
        return value or None

    text = (meta("text") or "").strip()
    if not text:
        text = _html_fallback_text(html)
    if not text:
        raise InputError(source, "broken or empty HTML: no readable text found in the page")
    doc = SourceDocument(text=text, source=source, format="html", title=meta("title"), url=meta("url"),
                         site=meta("sitename"), author=meta("author"))
    try:
        doc.date = parse_date(meta("date"), source=source)
    except InputError:
        doc.date = None  # a page's guessed date is a hint, not a field the user wrote
    doc.title = doc.title or _title_of(text)
    yield doc


def document_from_record(
    record: Any, *, source: str, line: int | None, fmt: str, where: str = "record"
) -> SourceDocument:
    """A document from one JSON/CSV record; InputError when it has no usable text."""
    if not isinstance(record, dict):
        raise InputError(source, f"{where} is a {type(record).__name__}, expected an object with 'text'", line=line)
    text = record.get("text")
    if text is None:
        keys = ", ".join(sorted(map(str, record))) or "none"
        raise InputError(source, f"{where} has no 'text' field (fields: {keys}); add the document text", line=line)
    if not isinstance(text, str):
        raise InputError(source, f"{where} field 'text' is a {type(text).__name__}, expected a string", line=line)
    if not text.strip():
        raise InputError(source, f"{where} field 'text' is empty", line=line)
    if "\x00" in text:
        raise InputError(source, f"{where} field 'text' contains a NUL character (\\u0000) at offset "
                                 f"{text.index(chr(0)):,}; remove it", line=line)

    def opt(name: str) -> str | None:
        value = record.get(name)
        return None if value is None or str(value).strip() == "" else str(value).strip()

    url = opt("url")
    return SourceDocument(
        text=text, source=source, id=opt("id"), title=opt("title") or _title_of(text),
        date=parse_date(record.get("date"), source=source, line=line), url=url,
        site=opt("source"), line=line, format=fmt,
    )


def read_jsonl(data: bytes, source: str) -> Iterator[SourceDocument | InputError]:
    """JSON Lines: one record per line; a bad line is an error of that line only."""
    text = decode(data, source)
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"malformed JSON ({exc.msg} at column {exc.colno}); fix or remove the line",
                             line=number)
            continue
        except RecursionError:
            yield InputError(source, "JSON nested too deeply to read; fix or remove the line", line=number)
            continue
        try:
            yield document_from_record(record, source=source, line=number, fmt="jsonl")
        except InputError as exc:
            yield exc
        except (RecursionError, ValueError, OverflowError) as exc:
            yield InputError(source, f"unusable record ({type(exc).__name__}: {exc}); fix or remove the line",
                             line=number)


def read_json(data: bytes, source: str) -> Iterator[SourceDocument | InputError]:
    """A JSON file: one record, a list of records, or ``{"documents": [...]}``."""
    text = decode(data, source)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if "\n" in text.strip() and text.lstrip().startswith("{"):
            # Probably JSON Lines saved as .json: read it line by line instead of failing whole.
            yield from read_jsonl(data, source)
            return
        raise InputError(source, f"malformed JSON ({exc.msg})", line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError(source, "JSON nested too deeply to read; flatten it or give one record per line "
                                 "(.jsonl)") from exc
    if isinstance(value, dict) and isinstance(value.get("documents"), list):
        value = value["documents"]
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records, start=1):
        try:
            yield document_from_record(record, source=source, line=None, fmt="json",
                                       where=f"record {index}" if isinstance(value, list) else "record")
        except InputError as exc:
            yield exc


def read_csv(data: bytes, source: str) -> Iterator[SourceDocument | InputError]:
    """A CSV file with a header and a text column (``text``, ``body`` or ``content``).

    A field may be as long as the file; a malformed row (an unterminated quote included) is an
    error naming the line the row starts on, and the rows after it are still read.
    """
    text = decode(data, source)
    csv.field_size_limit(max(csv.field_size_limit(), len(data) + 1))
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise InputError(source, f"malformed CSV header ({exc}); fix the first line", line=1) from exc
    lowered = {name.strip().lower(): name for name in header if name}
    column = next((lowered[c] for c in TEXT_COLUMNS if c in lowered), None)
    if column is None:
        raise InputError(
            source, f"CSV has no text column (columns: {', '.join(header) or 'none'}); name one 'text'", line=1
        )
    rows = iter(reader)
    while True:
        start = reader.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(source, f"malformed CSV in the row starting on this line ({exc}); "
                                     "check its quotes", line=start)
            continue
        record = {key: row.get(lowered[key]) for key in RECORD_FIELDS if key in lowered}
        record["text"] = row.get(column)
        try:
            yield document_from_record(record, source=source, line=start, fmt="csv", where="row")
        except InputError as exc:
            yield exc


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries), paragraphs on their own lines."""
    import lxml.etree
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.LxmlError, ValueError):  # hopeless markup: drop the tags by hand
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n" + (block.tail or "")
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in root.text_content().splitlines()]
    return "\n".join(ln for ln in lines if ln)


def read_feed(data: bytes, source: str) -> Iterator[SourceDocument | InputError]:
    """An RSS or Atom feed file: one document per entry (content, else summary)."""
    import feedparser

    decode(data, source)  # the same empty/binary checks as every other reader
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f" ({feed.get('bozo_exception')})" if feed.get("bozo") else ""
        raise InputError(source, f"not an RSS/Atom feed, or a feed without entries{reason}")
    site = feed.feed.get("title") or None
    for index, entry in enumerate(feed.entries, start=1):
        parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
        text = html_to_text("\n".join(p for p in parts if p))
        title = entry.get("title") or None
        if not text.strip():
            yield InputError(source, f"feed entry {index} ({title or 'untitled'}) has no text")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        try:
            published = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
            if published is not None:
                check_pub_date(published, source=source, field=f"entry {index} published")
        except (ValueError, OverflowError):
            published = None  # a date feedparser could not make sense of: none rather than a wrong one
        except InputError as exc:
            yield exc
            continue
        yield SourceDocument(
            text=text, source=source, id=None, title=title, date=published,
            url=entry.get("link") or None, site=site, format="feed", author=entry.get("author") or None,
        )


READERS: dict[str, Reader] = {
    ".txt": read_text, ".md": read_text, ".markdown": read_text, ".text": read_text,
    ".html": read_html, ".htm": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".json": read_json,
    ".csv": read_csv,
    ".rss": read_feed, ".atom": read_feed, ".xml": read_feed,
}


def sniff_reader(data: bytes) -> Reader:
    """A reader chosen from the content, for stdin and files with an unknown extension."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return read_jsonl
    if head.startswith(b"["):
        return read_json
    if head.startswith((b"<?xml", b"<rss", b"<feed")):
        return read_feed if (b"<rss" in head or b"<feed" in head or b"<rdf" in head) else read_html
    if head.startswith((b"<!doctype html", b"<html")):
        return read_html
    return read_text


def reader_for(path: Path) -> Reader | None:
    """The registered reader of a file extension, or None."""
    return READERS.get(path.suffix.lower())


# -- batches ----------------------------------------------------------------------------------

def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):  # outside, unreadable, or a symlink loop
        return False
    return True


def _walk(folder: Path, *, follow_symlinks: bool) -> Iterator[Path | InputError]:
    """Files of a folder with a known extension (no hidden ones), sorted; symlinks leading out of the
    folder are errors unless ``follow_symlinks``."""
    root = folder.resolve()
    found: list[Path | InputError] = []
    seen: set[Path] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=follow_symlinks):
        here = Path(dirpath)
        real = here.resolve()
        if real in seen:  # a symlink loop, or a folder reached twice
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        outside = [here / d for d in dirnames if (here / d).is_symlink() and not _inside(here / d, root)]
        for name in filenames:
            child = here / name
            if not name.startswith(".") and reader_for(child):
                if not _inside(child, root):
                    outside.append(child)
                elif child.is_file():
                    found.append(child)
        if not follow_symlinks:
            found.extend(InputError(str(link), "a symlink that leads out of the folder: not followed; name its "
                                               "target itself, or pass --follow-symlinks") for link in outside)
        else:
            found.extend(link for link in outside if link.is_file())
    yield from sorted(found, key=lambda item: str(item.path if isinstance(item, InputError) else item))


def expand_paths(paths: Iterable[str | Path], *, follow_symlinks: bool = False) -> Iterator[Path | InputError]:
    """Files to read: named files as given, directories recursively (known extensions, no hidden files).

    In a directory, a symlink that leads out of it is reported, not followed, unless ``follow_symlinks``.
    """
    for raw in paths:
        if str(raw) == STDIN:
            yield Path(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, follow_symlinks=follow_symlinks)
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputError(str(path), "not a regular file")
        else:
            yield InputError(str(path), "no such file or directory")


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: io.BufferedIOBase | None = None
) -> Iterator[SourceDocument | InputError]:
    """Documents and record errors of one file (or stdin for ``-``); whole-file problems come as one error."""
    source = "<stdin>" if str(path) == STDIN else str(path)
    try:
        if str(path) == STDIN:
            import sys

            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
        else:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(source, f"file too large ({size:,} bytes > limit {max_bytes:,}); "
                                         "split it or raise --max-mb")
            data = path.read_bytes()
        if len(data) > max_bytes:
            raise InputError(source, f"input too large (over the limit of {max_bytes:,} bytes); raise --max-mb")
        reader = reader_for(path) if str(path) != STDIN else None
        if reader is None:
            reader = sniff_reader(data)
        yield from reader(data, source)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001  # a reader's bug must cost this file only, not the batch
        yield InputError(source, f"cannot be read ({type(exc).__name__}: {exc}); the rest of the file was skipped")


def apply_defaults(doc: SourceDocument, *, date: date | None = None, source: str | None = None) -> SourceDocument:
    """Fill a document's missing date, and the source of plain text, from the command line."""
    if date is not None and doc.date is None:
        doc.date = date
    if source and doc.format in ("text", "markdown"):
        doc.source = source
        if source.startswith(("http://", "https://")) and not doc.url:
            doc.url = source
    return doc


def read_paths(
    paths: Iterable[str | Path],
    *,
    date: date | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: io.BufferedIOBase | None = None,
) -> Iterator[SourceDocument | InputError]:
    """Every document (and every error) of a batch of paths, in order, never stopping at a bad one."""
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        for found in read_file(item, max_bytes=max_bytes, stdin=stdin):
            yield found if isinstance(found, InputError) else apply_defaults(found, date=date, source=source)


__all__ = [
    "DEFAULT_MAX_BYTES", "READERS", "Reader", "SourceDocument", "apply_defaults", "check_pub_date", "decode",
    "expand_paths",
    "read_csv", "read_feed", "read_file", "read_html", "read_json", "read_jsonl", "read_paths", "read_text",
    "reader_for", "sniff_reader",
]
