"""What every request and response goes through: security headers, a request body limit counted
while the body streams in, and the pieces of the CSRF check (gate.py applies it).

CSRF: a write (any method but GET, HEAD, OPTIONS) must carry the token of its session in the
`X-CSRF-Token` header (the pages' scripts send it; the login and logout forms send it as the
field `csrf_token`, checked by their handlers, since reading a form before the handler would
read the body before the body limit). The token is the session's, or, where no session exists
(single-user mode, the login form), the random `csrf` cookie's: a page on another origin can
neither read it nor send the header. A write that names another origin (`Origin`,
`Sec-Fetch-Site`) is refused whatever it carries.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "object-src 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_COOKIE = "csrf"
SESSION_COOKIE = "session"
CSRF_HEADER = "x-csrf-token"
FORM_WRITES = frozenset({"/login", "/logout"})  # their handlers check the form's token


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(given: str | None, expected: str | None) -> bool:
    return bool(given and expected) and secrets.compare_digest(str(given), str(expected))


class SecurityHeaders:
    """The same security headers on every response: pages, API, static files, errors."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


class _TooLargeError(Exception):
    pass


class BodyLimit:
    """Refuse a request body over `max_bytes(path)`: at once when its declared length is over,
    else as soon as that many bytes have come in (a chunked body declares none), before the
    rest is read or spooled anywhere."""

    def __init__(self, app: ASGIApp, max_bytes: Callable[[str], int]) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes(scope["path"])
        length = Headers(scope=scope).get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            await _too_large(limit)(scope, receive, send)
            return
        received = 0
        exceeded = False

        async def counted() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise _TooLargeError
            return message

        async def unless_exceeded(message: Message) -> None:
            if not exceeded:  # the app's own answer to a body cut short is not sent
                await send(message)

        with contextlib.suppress(_TooLargeError):
            await self.app(scope, counted, unless_exceeded)
        if exceeded:
            await _too_large(limit)(scope, receive, send)


def _too_large(limit: int) -> JSONResponse:
    size = f"{limit // 2**20} MiB" if limit >= 2**20 else f"{limit // 1024} KiB"
    return JSONResponse({"detail": f"the request is larger than {size}"}, status_code=413)


def cross_origin(headers: Headers) -> bool:
    """The request names an origin (`Origin`, or `Sec-Fetch-Site`) other than the host's own."""
    if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
        return True
    origin = headers.get("origin")
    if origin is None:
        return False
    return origin == "null" or urlsplit(origin).netloc != headers.get("host")
