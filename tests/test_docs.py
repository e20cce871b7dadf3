"""Every top-level CLI command is shown in a code block of README.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from polemos.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def code_blocks(markdown: str) -> str:
    """The text of every fenced code block, joined."""
    return "\n".join(re.findall(r"```[^\n]*\n(.*?)```", markdown, flags=re.DOTALL))


def test_docs_commands_listed() -> None:
    assert {"ingest", "docs", "events", "show", "export", "demo", "extract", "eval", "kb", "network"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_readme_shows_command(command: str) -> None:
    blocks = code_blocks(README.read_text(encoding="utf-8"))
    assert re.search(rf"\bpolemos {re.escape(command)}\b", blocks), f"README.md has no code block with `polemos {command}`"


def test_docs_readme_points_only_at_files_in_the_repository() -> None:
    text = README.read_text(encoding="utf-8")
    assert "../shared" not in text
    for path in re.findall(r"\b((?:tests|src)/[\w./-]+\.\w+)", code_blocks(text)):
        assert (README.parent / path).is_file(), f"README.md names {path}, which is not in the repository"
