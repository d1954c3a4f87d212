"""`plan-extract users add` and what `serve` makes of accounts: without any it stays on
loopback, and says so; another address needs accounts and the host names it is reached by."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli_process import run_cli
from plan_extract.web.accounts import Accounts
from plan_extract.web.backend import Backend


def _add(
    db: Path, *args: str, password: str = "a long enough password"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plan_extract", "users", "add", *args, "--password-stdin",
         "--db", str(db)],
        input=password + "\n",
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip


def test_users_add_keeps_an_argon2_hash_and_the_role(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    added = _add(db, "vinhphong", "--role", "commune", "--commune", "31051")
    assert added.returncode == 0, added.stderr
    assert "user vinhphong (commune of commune 31051)" in added.stderr
    backend = Backend(db)
    try:
        [(role, commune, hashed)] = backend.rows(
            "SELECT role, commune_code, password_hash FROM users WHERE name = 'vinhphong'"
        )
        accounts = Accounts(backend)
        assert (role, commune) == ("commune", "31051")
        assert hashed.startswith("$argon2id$") and "a long enough password" not in hashed
        assert accounts.check_password("vinhphong", "a long enough password") is not None
        assert accounts.check_password("vinhphong", "another password!") is None
    finally:
        backend.close()


def test_users_add_refuses_bad_accounts_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    for args, password, says in [
        (("x", "--role", "mayor"), "a long enough password", "the role is one of"),
        (("x", "--role", "commune"), "a long enough password", "needs --commune"),
        (("x", "--role", "reviewer", "--commune", "31051"), "a long enough password", "only a"),
        (("x", "--role", "admin"), "short", "at least 10 characters"),
    ]:
        refused = _add(db, *args, password=password)
        assert refused.returncode == 2, refused.stderr
        assert says in refused.stderr
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr


def test_serve_without_accounts_stays_on_loopback(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    wide = run_cli("serve", "--db", str(db), "--host", "0.0.0.0", "--allowed-host", "plans.lan")
    assert wide.returncode == 2
    assert "requires accounts" in wide.stderr and "plan-extract users add" in wide.stderr
    assert "Traceback" not in wide.stderr
    _add(db, "admin", "--role", "admin")
    unnamed = run_cli("serve", "--db", str(db), "--host", "0.0.0.0")
    assert unnamed.returncode == 2
    assert "--allowed-host" in unnamed.stderr
