"""The code stays ruff- and mypy-clean: the same checks as scripts/check, run by the test suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "tool, args",
    [("ruff", ["check", "src", "tests", "scripts", "bench"]), ("mypy", ["src"])],
)
def test_quality_tool_passes(tool: str, args: list[str]) -> None:
    pytest.importorskip(tool)
    result = subprocess.run([sys.executable, "-m", tool, *args], check=False, cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, f"{tool} found problems (run scripts/check):\n{result.stdout}{result.stderr}"
