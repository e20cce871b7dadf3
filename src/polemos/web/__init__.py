"""The local web page (`polemos serve`): events, map, timeline and network of a polemos database.

Needs the ``web`` extra (FastAPI, uvicorn, Jinja2). Everything it shows ships in the package: it works offline.
"""

from __future__ import annotations

from polemos.web.app import create_app

__all__ = ["create_app"]
