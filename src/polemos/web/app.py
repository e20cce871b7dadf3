"""The FastAPI application: one factory, package templates and static files, errors as pages or JSON."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from polemos.errors import PolemosError
from polemos.models import PLOVER_TYPES, describe_claim
from polemos.store import Database
from polemos.web.figures import actor_list, count_value, event_day, type_colour


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


def make_templates() -> Jinja2Templates:
    """The page templates (package data under polemos/web/templates) with polemos' helpers."""
    env = Environment(loader=PackageLoader("polemos.web", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(PLOVER_TYPES=PLOVER_TYPES, type_colour=type_colour, actor_list=actor_list,
                       event_day=event_day, qs=qs)
    env.filters.update(claim=claim, actor_label=actor_label, count_value=count_value)
    return Jinja2Templates(env=env)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(db: str, *, kb: bool = True) -> FastAPI:
    """The polemos web app over the database at ``db`` (a path or SQLAlchemy URL).

    ``kb``: add the knowledge base's standing ties (parents, leaders' positions) to the network.
    """
    from polemos.web import api, routes

    database = Database(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    # No /docs or /redoc: they load their scripts from a CDN, and this app must work offline.
    app = FastAPI(title="polemos", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  lifespan=lifespan)
    app.state.db = database
    app.state.db_label = db
    app.state.use_kb = kb
    app.state.kb = None
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(packages=[("polemos.web", "static")]), name="static")
    app.include_router(routes.router)
    app.include_router(api.router, prefix="/api")

    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return app.state.templates.TemplateResponse(
            request, "error.html", {"status": exc.status_code, "message": exc.detail, "db_label": db}, status_code=exc.status_code)

    async def bad_request(request: Request, exc: Exception) -> Response:
        if isinstance(exc, RequestValidationError):
            message = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        else:
            message = str(exc)
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=400)
        return app.state.templates.TemplateResponse(
            request, "error.html", {"status": 400, "message": message, "db_label": db}, status_code=400)

    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, bad_request)
    app.add_exception_handler(PolemosError, bad_request)
    return app


def knowledge_base(app: FastAPI) -> Any:
    """The knowledge base, loaded on first use (None when the app was made with ``kb=False``)."""
    if app.state.use_kb and app.state.kb is None:
        from polemos.knowledge.kb import KnowledgeBase

        app.state.kb = KnowledgeBase.load()
    return app.state.kb


__all__ = ["create_app", "knowledge_base", "make_templates"]
