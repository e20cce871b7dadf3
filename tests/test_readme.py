"""The README's examples run as written: every line of its command-line block, and its Python block."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from polemos.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block(after: str, lang: str) -> str:
    """The first fenced block of ``lang`` after the heading ``after``."""
    section = README[README.index(after):]
    match = re.search(rf"```{lang}\n(.*?)```", section, re.DOTALL)
    assert match, f"no ```{lang} block after {after!r} in README.md"
    return match.group(1)


def readme_commands() -> list[list[str]]:
    """Each line of the command-line block as an argument list (comments removed, `polemos` first)."""
    out = []
    for line in _block("## Command line", "bash").splitlines():
        words = shlex.split(line, comments=True)
        if words:
            assert words[0] == "polemos", line
            out.append(words)
    return out


def test_readme_commands_name_only_files_of_the_repository() -> None:
    for words in readme_commands():
        for word in words[1:]:
            if "/" in word and not word.startswith(("tcp:", "-")) and not word.endswith("/") or word.endswith(".jsonl"):
                if word.startswith(("out/", "pred.", "kenya.", "dropped.")) or "*" in word:
                    continue
                assert (ROOT / word).exists(), f"README names {word}, which is not in the repository"


@pytest.mark.slow
def test_readme_commands_run_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A checkout's files, in a folder of their own so the commands' outputs (polemos.db, kenya.csv, out/) land there.
    for rel in ("src/polemos/data/samples", "tests/data/eval"):
        shutil.copytree(ROOT / rel, tmp_path / rel)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLEMOS_DB", raising=False)
    runner = CliRunner()
    for words in readme_commands():
        args = words[1:]
        if args[0] == "serve":
            _serve_starts(args)
            continue
        target = None
        if ">" in args:
            at = args.index(">")
            args, target = args[:at], args[at + 1]
        result = runner.invoke(app, args, env={"COLUMNS": "100"})
        assert result.exit_code == 0, f"polemos {' '.join(args)} exited {result.exit_code}:\n{result.output}"
        if target is not None:
            (tmp_path / target).write_text(result.stdout, encoding="utf-8")
    assert (tmp_path / "polemos.db").exists() and (tmp_path / "kenya.csv").exists()
    assert (tmp_path / "pred.jsonl").read_text(encoding="utf-8").count('"kind": "event"') > 0
    assert list((tmp_path / "out").glob("part-*.jsonl"))


def _serve_starts(args: list[str]) -> None:
    """`polemos serve` as written, on any free port: it announces its address and answers."""
    port_at = args.index("--port") + 1
    args = [*args[:port_at], "0", *args[port_at + 1:]]
    with subprocess.Popen([sys.executable, "-m", "polemos.cli", *args], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True) as proc:
        try:
            deadline = time.monotonic() + 60
            line = ""
            assert proc.stdout is not None
            while time.monotonic() < deadline and "http://" not in line:
                line = proc.stdout.readline()
                if not line and proc.poll() is not None:
                    break
            assert "http://" in line, f"serve did not start: {line!r}"
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.mark.slow
def test_readme_python_example_runs() -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(_block("## Python", "python"), "README.md", "exec"), {})  # noqa: S102 - the README's own code
    lines = printed.getvalue().splitlines()
    assert lines and any("Police" in line and "2019-10-04" in line for line in lines), lines
