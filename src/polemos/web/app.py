"""The FastAPI application: one factory, package templates and static files, security headers, errors as
pages or JSON. Layers point down: app -> routes, api -> queries, figures, text, templating."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from polemos.errors import PolemosError
from polemos.query import open_existing
from polemos.web import api, routes
from polemos.web.templating import file_name, make_templates

# No script runs on these pages (none is needed), nothing loads from elsewhere, no page may frame them.
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                           "base-uri 'none'; frame-ancestors 'none'; script-src 'none'; connect-src 'self'")
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


class SecurityHeaders:
    """ASGI middleware: the security headers on every response, and HEAD answered as GET without a body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            elif head and message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {**message, "body": b"", "more_body": False}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(db: str, *, kb: bool = True) -> FastAPI:
    """The polemos web app over the existing database at ``db`` (a path or SQLAlchemy URL).

    ``kb``: add the knowledge base's standing ties (parents, leaders' positions) to the network.
    Raises StoreError when ``db`` names a file that does not exist.
    """
    database = open_existing(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    # No /docs or /redoc: they load their scripts from a CDN, and this app must work offline.
    app = FastAPI(title="polemos", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  lifespan=lifespan)
    app.state.db = database
    app.state.db_label = file_name(db) if "://" not in db else db.split("://", 1)[0] + "://…"
    app.state.use_kb = kb
    app.state.kb = None
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(packages=[("polemos.web", "static")]), name="static")
    app.include_router(routes.router)
    app.include_router(api.router, prefix="/api")
    app.add_middleware(SecurityHeaders)

    def page(request: Request, status: int, message: Any) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        return app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
            request, "error.html", {"status": status, "message": message, "db_label": app.state.db_label},
            status_code=status)

    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return page(request, exc.status_code, exc.detail)

    async def bad_request(request: Request, exc: Exception) -> Response:
        if isinstance(exc, RequestValidationError):
            message = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        else:
            message = str(exc)
        return page(request, 400, message)

    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, bad_request)
    app.add_exception_handler(PolemosError, bad_request)
    return app


__all__ = ["CONTENT_SECURITY_POLICY", "SecurityHeaders", "create_app"]
