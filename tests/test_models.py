"""Shared records: the count-claim text both front-ends show."""

from __future__ import annotations

from typing import Any

import pytest

from polemos.models import describe_claim


@pytest.mark.parametrize(("claim", "typographic", "expected"), [
    ({"low": 18, "best": 20, "high": None}, False, "20"),
    ({"low": 24, "best": None, "high": 99}, False, "24-99"),
    ({"low": 24, "best": None, "high": 99}, True, "24–99"),
    ({"low": 1400, "best": None, "high": None}, False, "1400+"),
    ({"low": None, "best": None, "high": 200}, False, "<=200"),
    ({"low": None, "best": None, "high": 200}, True, "≤200"),
    (None, False, ""),
    ({"low": None, "best": None, "high": None}, True, ""),
])
def test_models_describe_claim(claim: Any, typographic: bool, expected: str) -> None:
    assert describe_claim(claim, typographic=typographic) == expected
