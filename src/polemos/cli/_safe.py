"""Strings from the data made safe for the terminal: no rich markup, no control or escape sequences."""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls but tab and newline, DEL, C1 controls (CSI among them), and bidi overrides that
# would reorder what is shown.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(value: object) -> str:
    """``value`` as text with every control character written as a visible escape (``\\x1b``)."""
    text = "" if value is None else str(value)
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}",
                       text)


def safe_text(value: object, style: str = "") -> Text:
    """A rich ``Text`` of ``value``: printed as is (never parsed as markup), control characters escaped."""
    return Text(printable(value), style=style)


def error_line(error: object, *, label: str = "error") -> Text:
    """``error: <message>`` with the message escaped."""
    return Text.assemble((f"{label}: ", "red" if label == "error" else "yellow"), printable(error))


__all__ = ["error_line", "printable", "safe_text"]
