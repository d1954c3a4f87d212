"""Logging in and out (the forms), and `/api/session`: who is logged in and the CSRF token a
script sends with its writes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from plan_extract.web.accounts import SESSION_HOURS, Accounts, LoginThrottle, User
from plan_extract.web.pages import render
from plan_extract.web.schemas import SessionOut
from plan_extract.web.security import CSRF_COOKIE, SESSION_COOKIE, same_token

router = APIRouter()


@router.get("/api/session", response_model=SessionOut, tags=["session"], summary="Who am I")
def session_info(request: Request) -> SessionOut:
    """The user logged in (null when none) and the CSRF token to send, as the header
    `X-CSRF-Token`, with every write."""
    user: User | None = request.state.user
    return SessionOut(
        user=user.name if user else None,
        role=user.role if user else None,
        commune_code=user.commune_code if user else None,
        csrf_token=request.state.csrf,
    )


@router.get("/login", include_in_schema=False, name="login_page")
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", "login", next=_local(next), failed=None)


@router.post("/login", include_in_schema=False, name="login")
def login(
    request: Request,
    name: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    csrf_token: Annotated[str, Form(max_length=128)],
    next: Annotated[str, Form(max_length=2048)] = "/",
) -> Response:
    if not same_token(csrf_token, request.cookies.get(CSRF_COOKIE)):
        raise HTTPException(403, "the CSRF token is missing or wrong: reload the page")
    accounts: Accounts = request.app.state.accounts
    throttle: LoginThrottle = request.app.state.throttle
    keys = (f"address:{request.client.host if request.client else '?'}", f"name:{name}")
    wait = throttle.wait_seconds(*keys)
    if wait:
        return render(
            request, "login.html", "login", 429, next=_local(next), failed="throttled", wait=wait
        )
    user = accounts.check_password(name, password)
    if user is None:
        throttle.failed(*keys)
        return render(request, "login.html", "login", 401, next=_local(next), failed="wrong")
    throttle.succeeded(*keys)
    session = accounts.open_session(user)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        accounts.cookie(session),
        max_age=SESSION_HOURS * 3600,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout", include_in_schema=False, name="logout")
def logout(request: Request, csrf_token: Annotated[str, Form(max_length=128)]) -> Response:
    session = request.state.session
    if session is None or not same_token(csrf_token, session.csrf_token):
        raise HTTPException(403, "the CSRF token is missing or wrong: reload the page")
    accounts: Accounts = request.app.state.accounts
    accounts.close_session(session.session_id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _local(target: str) -> str:
    """A path on this site to go to after logging in (never another site's URL)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
