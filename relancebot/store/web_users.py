"""Who may log in to the person's pages, their sessions, and the failed log-ins.

Kept in the firm's database (or the workspace's workspace.db, which serves every firm):
1. a password is stored only as its scrypt hash (werkzeug's `scrypt:N:r:p$salt$hash`);
2. a session is a random id in the browser's cookie and its SHA-256 here: logging out, or
   removing the user, deletes the row, and the cookie opens nothing any more;
3. each failed log-in is a row (name tried, address): relancebot.web.auth counts them to make
   the next attempt wait longer and longer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from relancebot.errors import InvalidValue, NotFound
from relancebot.store.connection import Database
from relancebot.store.records import COMMAND, from_iso, iso, record_event

USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
SESSION_LIFETIME = dt.timedelta(hours=12)
# Compared against when the name is unknown, so that a wrong name takes as long as a wrong
# password and the answer's delay does not tell which names exist.
_NOBODY = "scrypt:32768:8:1$relancebot$" + "0" * 128


class UnknownUser(NotFound):
    """No user of that name may log in."""


@dataclass(frozen=True)
class WebUser:
    name: str
    created_at: dt.datetime
    last_login_at: dt.datetime | None


def check_user_name(name: str) -> str:
    if not USER_NAME.match(name):
        raise InvalidValue(
            f"nom d'utilisateur {name!r} : lettres, chiffres, . _ @ - (64 au plus), sans espace"
        )
    return name


def _hash(password: str) -> str:
    from werkzeug.security import generate_password_hash

    return generate_password_hash(password, method="scrypt")


def add_user(
    db: Database, name: str, password: str, now: dt.datetime, *, replace: bool = False
) -> None:
    """A new user, or with `replace` a new password (which ends that user's sessions)."""
    check_user_name(name)
    if len(password) < MIN_PASSWORD or not password.strip():
        raise InvalidValue(f"mot de passe trop court : {MIN_PASSWORD} caractères au moins")
    if "\n" in password or "\r" in password:
        raise InvalidValue("mot de passe : une seule ligne attendue")
    hashed = _hash(password)
    with db.atomic():
        exists = db.execute("SELECT 1 FROM web_users WHERE name = ?", [name]).fetchone()
        if exists and not replace:
            raise InvalidValue(
                f"l'utilisateur {name} existe déjà (--replace pour changer son mot de passe)"
            )
        if exists:
            db.execute("UPDATE web_users SET password_hash = ? WHERE name = ?", [hashed, name])
            db.execute("DELETE FROM web_sessions WHERE user_name = ?", [name])
            summary = f"Mot de passe de l'utilisateur web {name} changé (ses sessions fermées)"
        else:
            db.execute(
                "INSERT INTO web_users (name, password_hash, created_at) VALUES (?, ?, ?)",
                [name, hashed, iso(now)],
            )
            summary = f"Utilisateur web {name} ajouté"
        record_event(db, now, "web_user", summary, actor=COMMAND)


def remove_user(db: Database, name: str, now: dt.datetime) -> None:
    with db.atomic():
        db.execute("DELETE FROM web_sessions WHERE user_name = ?", [name])
        if not db.execute("DELETE FROM web_users WHERE name = ?", [name]).rowcount:
            raise UnknownUser(f"pas d'utilisateur {name!r} (voir `relancebot user list`)")
        record_event(
            db, now, "web_user", f"Utilisateur web {name} retiré (ses sessions fermées)",
            actor=COMMAND,
        )  # fmt: skip


def list_users(db: Database) -> list[WebUser]:
    rows = db.execute("SELECT name, created_at, last_login_at FROM web_users ORDER BY name")
    users = []
    for name, created, last in rows:
        created_at = from_iso(created)
        assert created_at is not None
        users.append(WebUser(name, created_at, from_iso(last)))
    return users


def has_users(db: Database) -> bool:
    return db.execute("SELECT 1 FROM web_users LIMIT 1").fetchone() is not None


def password_matches(db: Database, name: str, password: str) -> bool:
    """Whether `password` is `name`'s; as slow for an unknown name as for a wrong password."""
    from werkzeug.security import check_password_hash

    row = db.execute("SELECT password_hash FROM web_users WHERE name = ?", [name]).fetchone()
    matches = check_password_hash(row[0] if row else _NOBODY, password)
    return bool(row) and matches


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def open_session(db: Database, name: str, wall: dt.datetime) -> str:
    """A new session for `name`; returns the id for the cookie (only its hash is kept)."""
    token = secrets.token_urlsafe(32)
    with db.atomic():
        db.execute("DELETE FROM web_sessions WHERE expires_at <= ?", [iso(wall)])
        db.execute(
            "INSERT INTO web_sessions (id, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)",
            [_digest(token), name, iso(wall), iso(wall + SESSION_LIFETIME)],
        )
        db.execute("UPDATE web_users SET last_login_at = ? WHERE name = ?", [iso(wall), name])
    return token


def session_user(db: Database, token: str, wall: dt.datetime) -> str | None:
    """The user a cookie's session id belongs to, while that session lasts."""
    row = db.execute(
        "SELECT user_name FROM web_sessions WHERE id = ? AND expires_at > ?",
        [_digest(token), iso(wall)],
    ).fetchone()
    return str(row[0]) if row else None


def end_session(db: Database, token: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM web_sessions WHERE id = ?", [_digest(token)])


@dataclass(frozen=True)
class Failures:
    """Failed log-ins within the window, for the name tried and for the address."""

    by_user: int
    by_address: int
    last: dt.datetime | None


def recent_failures(db: Database, name: str, address: str, since: dt.datetime) -> Failures:
    def count(column: str, value: str) -> tuple[int, str | None]:
        n, last = db.execute(
            f"SELECT COUNT(*), MAX(at) FROM web_login_failures WHERE {column} = ? AND at > ?",
            [value, iso(since)],
        ).fetchone()
        return int(n), last

    users, last_user = count("user_name", name)
    addresses, last_address = count("address", address)
    last = max((t for t in (last_user, last_address) if t), default=None)
    return Failures(users, addresses, from_iso(last))


def record_failure(
    db: Database, name: str, address: str, wall: dt.datetime, now: dt.datetime
) -> None:
    """One failed log-in, kept for the throttle and journalled (at the pages' `now`)."""
    with db.atomic():
        db.execute(
            "INSERT INTO web_login_failures (at, user_name, address) VALUES (?, ?, ?)",
            [iso(wall), name[:64], address[:64]],
        )
        db.execute("DELETE FROM web_login_failures WHERE at < ?", [iso(wall - dt.timedelta(1))])
        record_event(
            db,
            now,
            "web_login_failed",
            f"Connexion web refusée pour {name[:64]!r} depuis {address[:64]}",
            detail={"user": name[:64], "address": address[:64]},
        )


def forget_failures(db: Database, name: str, address: str) -> None:
    with db.atomic():
        db.execute(
            "DELETE FROM web_login_failures WHERE user_name = ? AND address = ?", [name, address]
        )
