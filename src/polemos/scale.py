"""Scale-out: extraction over Dask when a corpus outgrows one machine.

Records are read from JSON Lines files in blocks by the workers themselves (the files must be
reachable from every worker: a shared folder or an fsspec URL such as ``s3://``), each worker
builds one pipeline and keeps it, and results are written as one JSON Lines file per partition,
so nothing has to fit in the client's memory. Bad lines are written to ``errors-*.jsonl``
beside the output, each naming its file, line and problem.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from polemos.errors import ConfigError, InputError

if TYPE_CHECKING:
    from polemos.nlp.extractor import Extractor

#: Schedulers that run on this machine; anything else is taken as a distributed scheduler address.
LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")

_extractor: Extractor | None = None


def _worker_extractor() -> Extractor:
    """The pipeline of this worker process, built on first use and then reused."""
    global _extractor
    if _extractor is None:
        from polemos.nlp.extractor import Extractor

        _extractor = Extractor()
    return _extractor


@dataclass
class DaskReport:
    """What a distributed extraction wrote."""

    out_dir: str
    outputs: list[str]
    errors: list[str]


def parse_line(path: str, line_no: int, raw: str) -> dict[str, Any] | InputError:
    """A record from one JSON Lines line, or the InputError saying what is wrong with it."""
    from polemos.io.contract import check_record

    if raw == NOT_UTF8:
        return InputError(path, "not valid UTF-8; re-save the file as UTF-8 or fix the line", line=line_no)
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return InputError(path, f"not valid JSON ({exc.msg} at column {exc.colno})", line=line_no)
    except RecursionError:
        return InputError(path, "JSON nested too deeply to read; fix or remove the line", line=line_no)
    try:
        return check_record(obj, path=path, line=line_no)
    except InputError as exc:
        return exc


def extract_partition(lines: Iterable[tuple[str, int, str]], *, all_relations: bool = False) -> list[tuple[str, str]]:
    """("out" | "error", JSON line) pairs for one partition of (path, line number, raw line) triples."""
    from polemos.io.contract import parse_pub_date

    records: list[dict[str, Any]] = []
    results: list[tuple[str, str]] = []
    for path, line_no, raw in lines:
        if not raw.strip():
            continue
        parsed = parse_line(path, line_no, raw)
        if isinstance(parsed, InputError):
            results.append(("error", json.dumps({"path": path, "line": line_no, "error": parsed.problem})))
        else:
            records.append(parsed)
    if not records:
        return results
    items = [(r["text"], parse_pub_date(r.get("date")), None) for r in records]
    for record, extraction in zip(records, _worker_extractor().extract_many(items), strict=True):
        if extraction.error is not None:
            results.append(("error", json.dumps({"path": record["_path"], "line": record["_line"],
                                                 "error": f"extraction failed ({extraction.error})"})))
            continue
        for obj in extraction.to_contract(str(record["id"]), all_relations=all_relations):
            results.append(("out", json.dumps(obj, ensure_ascii=False)))
    return results


#: Stands in for a line that is not valid UTF-8 (``parse_line`` reports it).
NOT_UTF8 = "\x00not-utf-8"


def _numbered_lines(path: str) -> list[tuple[str, int, str]]:
    """(path, line number, raw line) for every line of one file (``NOT_UTF8`` for an undecodable one)."""
    import fsspec

    def decoded(raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return NOT_UTF8

    with fsspec.open(path, "rb") as handle:
        return [(path, number, decoded(raw)) for number, raw in enumerate(handle, start=1)]


def extract_dask(
    inputs: list[str], *, out_dir: str, scheduler: str | None = None, partitions: int | None = None,
    all_relations: bool = False,
) -> DaskReport:
    """Extract every record of the JSON Lines ``inputs`` (paths, globs or fsspec URLs) on Dask.

    ``scheduler``: None or "processes" for local worker processes, "threads" or "synchronous"
    for this process, or the address of a ``dask.distributed`` scheduler (``tcp://host:8786``).
    Writes ``out_dir/part-*.jsonl`` (the ``polemos extract`` contract) and ``out_dir/errors-*.jsonl``.
    """
    try:
        import dask
        import dask.bag as db
        import fsspec
    except ImportError as exc:
        raise ConfigError("Dask is not installed: pip install 'polemos[scale]'") from exc

    paths = [f.full_name if "://" in pattern else f.path
             for pattern in inputs for f in sorted(fsspec.open_files(pattern), key=lambda f: f.path)]
    if not paths:
        raise ConfigError(f"no input files match {', '.join(inputs)}")
    lines = db.from_sequence(paths, npartitions=len(paths)).map(_numbered_lines).flatten()
    if partitions:
        lines = lines.repartition(npartitions=partitions)
    pairs = lines.map_partitions(extract_partition, all_relations=all_relations)
    outputs = pairs.filter(lambda p: p[0] == "out").map(lambda p: p[1])
    errors = pairs.filter(lambda p: p[0] == "error").map(lambda p: p[1])
    fs, _, _ = fsspec.get_fs_token_paths(out_dir)
    fs.makedirs(out_dir, exist_ok=True)
    # last_endline: every file ends with a newline, so files can be concatenated line-safely.
    write = (outputs.to_textfiles(f"{out_dir}/part-*.jsonl", compute=False, last_endline=True),
             errors.to_textfiles(f"{out_dir}/errors-*.jsonl", compute=False, last_endline=True))
    if scheduler is None or scheduler in LOCAL_SCHEDULERS:
        dask.compute(*write, scheduler=scheduler or "processes")
    else:
        from distributed import Client

        with Client(scheduler) as client:
            client.compute(list(write), sync=True)
    written = sorted(fs.glob(f"{out_dir}/part-*.jsonl"))
    # an empty partition still ends with its newline: only files holding a line report errors
    error_files = [f for f in sorted(fs.glob(f"{out_dir}/errors-*.jsonl")) if fs.cat(f).strip()]
    return DaskReport(out_dir=out_dir, outputs=written, errors=error_files)
