"""Extraction on Dask gives the same lines as the serial extractor, and reports bad records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")

from polemos.scale import extract_dask

TEXTS = [
    "Police arrested 40 protesters in Nairobi on Tuesday.",
    "The army launched air strikes on rebel positions near Goma, killing 12 fighters.",
    "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday.",
]


def _write_inputs(folder: Path) -> None:
    records = [{"id": f"r{i}", "date": "2020-03-10", "text": t} for i, t in enumerate(TEXTS)]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records[:2]) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps(records[2]) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n",
                                    encoding="utf-8")


def _read_jsonl(paths: list[str]) -> list[dict[str, object]]:
    return [json.loads(line) for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines() if line]


def _serial(folder: Path) -> list[dict[str, object]]:
    from polemos.errors import InputError
    from polemos.io.contract import extract_records, read_records

    records = [r for f in ("a.jsonl", "b.jsonl") for r in read_records(folder / f) if not isinstance(r, InputError)]
    return list(extract_records(records))


def _canonical(lines: list[dict[str, object]]) -> list[str]:
    return sorted(json.dumps(line, sort_keys=True) for line in lines)


@pytest.mark.slow
@pytest.mark.parametrize("scheduler", ["synchronous"])
def test_scale_extract_dask_matches_serial(tmp_path: Path, scheduler: str) -> None:
    _write_inputs(tmp_path)
    report = extract_dask([str(tmp_path / "*.jsonl")], out_dir=str(tmp_path / "out"), scheduler=scheduler)
    assert _canonical(_read_jsonl(report.outputs)) == _canonical(_serial(tmp_path))
    errors = _read_jsonl(report.errors)
    assert sorted((Path(str(e["path"])).name, e["line"]) for e in errors) == [("b.jsonl", 2), ("b.jsonl", 3)]
    assert any("not valid JSON" in str(e["error"]) for e in errors)


@pytest.mark.slow
def test_scale_extract_dask_on_a_distributed_scheduler(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    _write_inputs(tmp_path)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        report = extract_dask([str(tmp_path / "a.jsonl")], out_dir=str(tmp_path / "out"),
                              scheduler=cluster.scheduler_address)
    types = {line["type"] for line in _read_jsonl(report.outputs)}
    assert {"COERCE", "ASSAULT"} <= types
    assert report.errors == []


@pytest.mark.parametrize("pattern", ["nothing-here-*.jsonl"])
def test_scale_extract_dask_reports_no_input(tmp_path: Path, pattern: str) -> None:
    from polemos.errors import ConfigError

    with pytest.raises(ConfigError, match="no input files"):
        extract_dask([str(tmp_path / pattern)], out_dir=str(tmp_path / "out"), scheduler="synchronous")


class _OneEventPerText:
    """Stands in for the pipeline on the workers: one PROTEST event per text."""

    def extract_many(self, items, **_):  # type: ignore[no-untyped-def]
        from polemos.models import Event, Evidence, Extraction

        for text, _date, _skip in items:
            yield Extraction(events=[Event(type="PROTEST", evidence=[Evidence(0, len(text), text)])])


def test_scale_extract_dask_files_end_with_newline_and_bad_lines_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("polemos.scale._extractor", _OneEventPerText())
    deep = '{"id": "deep", "text": "x", "more": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (tmp_path / "in.jsonl").write_bytes(deep.encode() + b"\n" + json.dumps({"id": "ok", "text": TEXTS[0]}).encode()
                                        + b'\n{"id": "latin", "text": "caf\xe9"}\n')
    report = extract_dask([str(tmp_path / "in.jsonl")], out_dir=str(tmp_path / "out"), scheduler="synchronous")
    for path in report.outputs + report.errors:
        assert Path(path).read_text(encoding="utf-8").endswith("\n"), path
    assert [line["doc_id"] for line in _read_jsonl(report.outputs)] == ["ok"]
    deep_error, latin = _read_jsonl(report.errors)
    assert deep_error["line"] == 1 and "nested too deeply" in str(deep_error["error"])
    assert latin["line"] == 3 and "not valid UTF-8" in str(latin["error"])
