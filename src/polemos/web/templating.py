"""The page templates (package data under polemos/web/templates) and the helpers they call."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from polemos.models import PLOVER_TYPES, describe_claim
from polemos.web.figures import actor_list, count_value, event_day, type_colour

_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f\\<>\"']")


def safe_url(value: Any) -> str | None:
    """``value`` when it is an absolute http(s) URL fit for a link, else None (javascript:, data:, relative
    paths and anything with spaces, quotes or control characters are shown as text, never as links)."""
    text = str(value or "").strip()
    if not text or _UNSAFE.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def claim(value: Any) -> str:
    """A count claim as page text (en dash, '≤')."""
    return describe_claim(value, typographic=True)


def actor_label(actor: dict[str, Any]) -> str:
    """An actor's name with its country and sector codes: 'Kenyan police (KEN/COP)'."""
    codes = "/".join(str(c) for c in (actor.get("country"), actor.get("sector")) if c)
    return f"{actor.get('name')} ({codes})" if codes else str(actor.get("name"))


def qs(**params: Any) -> str:
    """A query string of the non-empty parameters."""
    return urlencode({k: v for k, v in params.items() if v not in (None, "", False)})


def file_name(path: Any) -> str:
    """The last part of a local path: pages never show where files lie on this machine."""
    return re.split(r"[\\/]", str(path or ""))[-1]


def type_class(event_type: Any) -> str:
    """The CSS class that colours a type's badge ('t-ASSAULT'; 't-OTHER' for anything else)."""
    text = str(event_type or "").upper()
    return f"t-{text}" if text in PLOVER_TYPES else "t-OTHER"


def make_templates() -> Jinja2Templates:
    """The page templates with polemos' helpers."""
    env = Environment(loader=PackageLoader("polemos.web", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(PLOVER_TYPES=PLOVER_TYPES, type_colour=type_colour, actor_list=actor_list,
                       event_day=event_day, qs=qs, type_class=type_class)
    env.filters.update(claim=claim, actor_label=actor_label, count_value=count_value, safe_url=safe_url,
                       file_name=file_name)
    return Jinja2Templates(env=env)


__all__ = ["actor_label", "claim", "file_name", "make_templates", "qs", "safe_url", "type_class"]
