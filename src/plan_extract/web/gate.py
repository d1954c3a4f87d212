"""Who is asking, and may they ask: the user of each request (its session, or `LOCAL` on a
server without accounts), login required where accounts exist, and the CSRF check of every
write (security.py says how). The user and the CSRF token the page must embed are left in
`request.state.user` and `request.state.csrf`."""

from __future__ import annotations

from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plan_extract.web.accounts import LOCAL, Accounts, Session
from plan_extract.web.security import (
    CSRF_COOKIE,
    CSRF_HEADER,
    FORM_WRITES,
    SAFE_METHODS,
    SESSION_COOKIE,
    cross_origin,
    new_token,
    same_token,
)

PUBLIC = ("/login", "/api/session", "/api/openapi.json", "/api/docs")  # and /static files


class Gate:
    def __init__(self, app: ASGIApp, accounts: Accounts, required: bool) -> None:
        self.app = app
        self.accounts = accounts
        self.required = required  # accounts exist: every request needs a session

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        session = await self._session(connection.cookies.get(SESSION_COOKIE))
        cookie_token = connection.cookies.get(CSRF_COOKIE)
        new_cookie = None if cookie_token else new_token()
        state = scope.setdefault("state", {})
        state["user"] = session.user if session else (None if self.required else LOCAL)
        state["session"] = session
        state["csrf"] = session.csrf_token if session else cookie_token or new_cookie
        refusal = self._refusal(scope, state["user"], state["csrf"] if not new_cookie else None)
        if refusal is not None:
            await refusal(scope, receive, send)
            return

        async def with_cookie(message: Message) -> None:
            if new_cookie and message["type"] == "http.response.start":
                holder = Response()
                holder.set_cookie(
                    CSRF_COOKIE,
                    new_cookie,
                    httponly=True,
                    samesite="strict",
                    secure=scope.get("scheme") == "https",
                )
                message["headers"] = [*message.get("headers", []), *holder.raw_headers[-1:]]
            await send(message)

        await self.app(scope, receive, with_cookie)

    async def _session(self, cookie: str | None) -> Session | None:
        if not self.required or not cookie:
            return None
        return await run_in_threadpool(self.accounts.from_cookie, cookie)

    def _refusal(self, scope: Scope, user: object, csrf: str | None) -> Response | None:
        path: str = scope["path"]
        public = path.startswith("/static/") or path in PUBLIC
        if user is None and not public:
            if path.startswith("/api/"):
                return JSONResponse({"detail": "log in first"}, status_code=401)
            return RedirectResponse(f"/login?next={quote(path)}", status_code=303)
        if scope["method"] in SAFE_METHODS:
            return None
        headers = Headers(scope=scope)
        if cross_origin(headers):
            return JSONResponse(
                {"detail": "a write from a page on another origin is refused"}, status_code=403
            )
        if path not in FORM_WRITES and not same_token(headers.get(CSRF_HEADER), csrf):
            return JSONResponse(
                {"detail": "the CSRF token is missing or wrong: reload the page"}, status_code=403
            )
        return None
