"""Accounts, sessions and who may see what, kept in the store (migration 0005: `users`,
`sessions`, `web_settings`).

Roles: an `admin` or a `reviewer` sees the whole province; a `commune` account sees, and
uploads, only its commune's plans. Passwords are kept as argon2id hashes (argon2-cffi). A login
opens a session: a row with its CSRF token and expiry; the cookie carries the session's id
signed (itsdangerous) with the store's secret, made once and kept in `web_settings`. With no
account at all the server is single-user (`LOCAL`, an admin) and `serve` keeps it on loopback.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Literal, get_args

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer

from plan_extract.core.errors import UsageError
from plan_extract.store.db import now
from plan_extract.web.backend import Backend

Role = Literal["admin", "reviewer", "commune"]
ROLES: tuple[Role, ...] = get_args(Role)
SESSION_HOURS = 12
MIN_PASSWORD = 10
_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")
_COMMUNE_CODE = re.compile(r"^[0-9]{5}$")
_SECRET_KEY = "session_secret"


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: Role
    commune_code: str | None = None

    @property
    def sees_province(self) -> bool:
        return self.role != "commune"

    def may_see(self, commune_code: str | None) -> bool:
        """Whether this user may see (or upload) a plan of the commune `commune_code`."""
        return self.sees_province or (
            commune_code is not None and commune_code == self.commune_code
        )


LOCAL = User("local", "admin")  # the one user of a server without accounts


@dataclass(frozen=True, slots=True)
class Session:
    session_id: str
    user: User
    csrf_token: str
    expires_at: dt.datetime


def check_account(name: str, role: str, commune_code: str | None) -> Role:
    """The role, or `UsageError` unless the name, role and commune make an account (checked
    before a password is asked for)."""
    if not _NAME.match(name):
        raise UsageError("a user name is 1-64 letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise UsageError(f"the role is one of {', '.join(ROLES)}, not {role!r}")
    if role == "commune" and not (commune_code and _COMMUNE_CODE.match(commune_code)):
        raise UsageError("a commune account needs --commune with the commune's 5-digit code")
    if role != "commune" and commune_code is not None:
        raise UsageError("only a commune account belongs to a commune")
    return role


class Accounts:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._hasher = PasswordHasher()
        self._sessions: dict[str, Session] = {}  # read once from the store, dropped on logout
        self._signing: URLSafeTimedSerializer | None = None
        self._lock = threading.Lock()

    # --- users -------------------------------------------------------------------------------

    def exist(self) -> bool:
        return bool(self.backend.rows("SELECT 1 FROM users LIMIT 1"))

    def add(self, name: str, role: str, commune_code: str | None, password: str) -> User:
        """Add an account (or give an existing one a new password, role and commune)."""
        checked = check_account(name, role, commune_code)
        if len(password) < MIN_PASSWORD:
            raise UsageError(f"the password must have at least {MIN_PASSWORD} characters")
        hashed = self._hasher.hash(password)
        self.backend.execute("DELETE FROM users WHERE name = $1", [name])
        self.backend.execute(
            "INSERT INTO users VALUES ($1, $2, $3, $4, $5)",
            [name, role, commune_code, hashed, now()],
        )
        return User(name, checked, commune_code)

    def check_password(self, name: str, password: str) -> User | None:
        """The user, when the password is theirs (the time taken does not tell whether the
        name exists)."""
        found = self.backend.rows(
            "SELECT name, role, commune_code, password_hash FROM users WHERE name = $1", [name]
        )
        hashed = found[0][3] if found else _dummy_hash()
        try:
            self._hasher.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return None
        if not found:
            return None
        user_name, role, commune_code, _ = found[0]
        return User(user_name, role, commune_code)

    # --- sessions ----------------------------------------------------------------------------

    def open_session(self, user: User) -> Session:
        session = Session(
            secrets.token_urlsafe(24),
            user,
            secrets.token_urlsafe(32),
            now() + dt.timedelta(hours=SESSION_HOURS),
        )
        self.backend.execute(
            "INSERT INTO sessions VALUES ($1, $2, $3, $4, $5)",
            [session.session_id, user.name, session.csrf_token, now(), session.expires_at],
        )
        with self._lock:
            self._sessions[session.session_id] = session
        return session

    def session(self, session_id: str) -> Session | None:
        """The open session of that id; None when unknown, closed or expired."""
        with self._lock:
            session = self._sessions.get(session_id)
        if session is None:
            found = self.backend.rows(
                "SELECT s.session_id, u.name, u.role, u.commune_code, s.csrf_token, s.expires_at "
                "FROM sessions s JOIN users u ON u.name = s.user_name WHERE s.session_id = $1",
                [session_id],
            )
            if not found:
                return None
            sid, name, role, commune_code, csrf, expires = found[0]
            session = Session(sid, User(name, role, commune_code), csrf, expires)
            with self._lock:
                self._sessions[session_id] = session
        return session if session.expires_at > now() else None

    def close_session(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)
        self.backend.execute("DELETE FROM sessions WHERE session_id = $1", [session_id])

    def cookie(self, session: Session) -> str:
        """The session cookie's value: the session's id, signed."""
        return self._signer().dumps(session.session_id)

    def from_cookie(self, cookie: str) -> Session | None:
        """The open session a cookie names; None when forged, too old, closed or expired."""
        try:
            session_id = self._signer().loads(cookie, max_age=SESSION_HOURS * 3600)
        except BadSignature:
            return None
        return self.session(str(session_id))

    def _signer(self) -> URLSafeTimedSerializer:
        if self._signing is None:
            self._signing = URLSafeTimedSerializer(self.secret(), salt="session")
        return self._signing

    def secret(self) -> str:
        """The key that signs session cookies, made on first use and kept in the store."""
        found = self.backend.rows("SELECT value FROM web_settings WHERE key = $1", [_SECRET_KEY])
        if found:
            return str(found[0][0])
        self.backend.execute(
            "INSERT INTO web_settings VALUES ($1, $2)", [_SECRET_KEY, secrets.token_urlsafe(48)]
        )
        return self.secret()


class LoginThrottle:
    """At most `attempts` failed logins per `seconds`, per client address and per user name."""

    def __init__(self, attempts: int = 5, seconds: float = 300.0) -> None:
        self.attempts = attempts
        self.seconds = seconds
        self._failures: defaultdict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def wait_seconds(self, *keys: str) -> int:
        """How long the next attempt for these keys must wait (0: it may go now)."""
        moment = time.monotonic()
        longest = 0.0
        with self._lock:
            for key in keys:
                failures = self._failures[key]
                while failures and failures[0] <= moment - self.seconds:
                    failures.popleft()
                if len(failures) >= self.attempts:
                    longest = max(longest, failures[0] + self.seconds - moment)
        return int(longest) + (1 if longest else 0)

    def failed(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures[key].append(time.monotonic())

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    """A hash to verify against when the name is unknown, so that it takes as long."""
    if not _DUMMY:
        _DUMMY.append(PasswordHasher().hash(secrets.token_urlsafe(16)))
    return _DUMMY[0]
