"""Fuzzing the readers (hypothesis): any bytes give documents or InputErrors, never another exception."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polemos.errors import InputError
from polemos.io.contract import read_records
from polemos.io.readers import READERS, SourceDocument, read_file

SUFFIXES = sorted(set(READERS) - {".html", ".htm", ".rss", ".atom", ".xml"})  # the slower parsers: fewer runs
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
                      lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
                      max_leaves=12)
records = st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "source", "other"]), values)


def _check(items: list[SourceDocument | InputError]) -> None:
    for item in items:
        assert isinstance(item, SourceDocument | InputError)
        if isinstance(item, SourceDocument):
            assert item.text.strip() and "\x00" not in item.text


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from(SUFFIXES))
def test_readers_fuzz_any_bytes(tmp_path_factory, data: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    _check(list(read_file(path)))


@FUZZ
@given(rows=st.lists(records, max_size=5), suffix=st.sampled_from([".jsonl", ".json"]))
def test_readers_fuzz_json_records(tmp_path_factory, rows: list[dict[str, object]], suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    body = "".join(json.dumps(r) + "\n" for r in rows) if suffix == ".jsonl" else json.dumps(rows)
    path.write_text(body, encoding="utf-8")
    _check(list(read_file(path)))


@FUZZ
@given(cells=st.lists(st.lists(texts, min_size=2, max_size=2), max_size=5))
def test_readers_fuzz_csv(tmp_path_factory, cells: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / "input.csv"
    path.write_text("id,text\n" + "\n".join(",".join(row) for row in cells), encoding="utf-8")
    _check(list(read_file(path)))


@FUZZ
@given(lines=st.lists(st.binary(max_size=120) | st.builds(lambda r: json.dumps(r).encode(), records), max_size=6))
def test_readers_fuzz_extract_records(tmp_path_factory, lines: list[bytes]) -> None:  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("fuzz") / "input.jsonl"
    path.write_bytes(b"\n".join(lines))
    warnings: list[InputError] = []
    items = list(read_records(path, on_warning=warnings.append))
    ids = [item["id"] for item in items if isinstance(item, dict)]
    given_ids = {str(r["id"]) for r in (json.loads(x) for x in lines if x.startswith(b"{") and _json(x))
                 if isinstance(r, dict) and r.get("id") is not None}
    invented = [i for i, item in zip(ids, (x for x in items if isinstance(x, dict)), strict=True)
                if item.get("id") is not None and i not in given_ids]
    assert not set(invented) & given_ids  # an id made up for a record never collides with a real one
    assert all(isinstance(item, dict | InputError) for item in items)


def _json(raw: bytes) -> bool:
    try:
        json.loads(raw)
    except ValueError:
        return False
    return True
