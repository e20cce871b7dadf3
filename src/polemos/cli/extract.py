"""CLI: `polemos extract` (records in, contract JSON Lines out, no database) and `polemos eval`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Any

import typer

from polemos.cli._app import err_console
from polemos.cli._safe import error_line
from polemos.errors import InputError, PolemosError

#: Show a progress bar from this many records on (and only when stderr is a terminal).
PROGRESS_MIN_RECORDS = 20


class _Failures:
    """Reports bad input records on stderr as they are met and counts them."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, error: PolemosError) -> None:
        self.count += 1
        err_console.print(error_line(error), highlight=False, soft_wrap=True)

    def warn(self, warning: PolemosError) -> None:
        """A problem that does not stop the record (a missing or repeated id)."""
        err_console.print(error_line(warning, label="warning"), highlight=False, soft_wrap=True)

    def good(self, items: Iterable[Any]) -> Iterator[dict[str, Any]]:
        """The records of ``items``, reporting the InputErrors among them."""
        for item in items:
            if isinstance(item, InputError):
                self.report(item)
            else:
                yield item


def _count_lines(path: str) -> int | None:
    """Non-blank lines of a file (None for stdin), to size the progress bar."""
    if path == "-":
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return None


def extract_cli(
    file: Annotated[str, typer.Argument(
        help="JSON Lines of {id, text, date} records; '-' reads stdin (JSON Lines, or plain text as one document).")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the JSON Lines here instead of stdout.")] = None,
    all_relations: Annotated[bool, typer.Option(
        "--all-relations", help="Also print negated relations and the authors' own stances (voice=author), "
        "which the scorer does not expect but 'polemos network --input' uses.")] = False,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Add each event's trace: every rule that emitted, merged, re-typed or attached it, "
        "by its stable id.")] = False,
    dropped: Annotated[Path | None, typer.Option(
        "--dropped", help="Write here, as JSON Lines of kind 'dropped', each candidate that became no event with "
        "the rule that dropped or merged it (kept out of the main output, which scorers read).")] = None,
) -> None:
    """Extract events and relations from records and print one JSON object per line (no database)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from polemos.io.contract import extract_documents, read_records

    failures = _Failures()
    total = _count_lines(file)
    show_progress = err_console.is_terminal and total is not None and total >= PROGRESS_MIN_RECORDS
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=err_console, transient=True) if show_progress else None
    sink = open(out, "w", encoding="utf-8") if out else None  # noqa: SIM115 - closed below
    dropped_sink = open(dropped, "w", encoding="utf-8") if dropped else None  # noqa: SIM115 - closed below

    def write_dropped(lines: list[dict[str, Any]]) -> None:
        if dropped_sink is not None:
            dropped_sink.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)

    try:
        with progress if progress is not None else nullcontext():
            task = progress.add_task("extract", total=total) if progress is not None else None
            records = failures.good(read_records(file, on_warning=failures.warn))
            for _, lines in extract_documents(records, jobs=jobs, on_error=failures.report,
                                              all_relations=all_relations, explain=explain,
                                              on_dropped=write_dropped if dropped_sink is not None else None):
                for line in lines:
                    text = json.dumps(line, ensure_ascii=False)
                    if sink is not None:
                        sink.write(text + "\n")
                    else:
                        typer.echo(text)
                if progress is not None and task is not None:
                    progress.advance(task)
    except PolemosError as exc:
        failures.report(exc)
    finally:
        if sink is not None:
            sink.close()
        if dropped_sink is not None:
            dropped_sink.close()
    if failures.count:
        err_console.print(f"{failures.count} record(s) failed", highlight=False)
        raise typer.Exit(1)


def eval_cli(
    gold: Annotated[str, typer.Argument(
        help="Gold JSON Lines (the shared eval format: id, date, text, events, relations).")],
    pred: Annotated[str | None, typer.Option(
        "--pred", help="Score this prediction file instead of running the extractor on the gold texts.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option(
        "--show-errors", help="List missed, extra and wrong items on stderr.")] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes when running the extractor.")] = 1,
) -> None:
    """Score the extractor (or a prediction file) against gold events and relations."""
    from polemos.evaluate import format_scores, score
    from polemos.io.contract import extract_records, read_predictions, read_records

    failures = _Failures()
    try:
        golds = list(failures.good(read_records(gold)))
        predictions = list(read_predictions(pred)) if pred else list(extract_records(golds, jobs=jobs))
    except PolemosError as exc:
        failures.report(exc)
        raise typer.Exit(1) from None
    errors: list[str] = []
    result = score(golds, predictions, errors=errors)
    if as_json:
        typer.echo(json.dumps(result, indent=1))
    else:
        typer.echo(format_scores(result))
    if show_errors:
        for line in errors:
            err_console.print(line, highlight=False, markup=False, soft_wrap=True)
    if failures.count:
        raise typer.Exit(1)
