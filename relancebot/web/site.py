"""What the pages serve: one firm folder, or every firm of a workspace.

A firm is a :class:`Place`, named in URLs by its workspace id (``/e/atelier-morel/...``), or by
nothing for a firm folder served alone (``/dossiers``). Each waitress thread keeps its own
connection to each firm's database (sqlite3 connections belong to the thread that opened them);
a firm's config.toml is read again when it changes. The pages never take the service's lock:
every write is one short transaction, as a command's.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from relancebot.app import App
from relancebot.config import ConfigError, Settings, WebSettings
from relancebot.outgoing.tokens import load_or_create_secret
from relancebot.store.connection import Database
from relancebot.store.database import open_database
from relancebot.workspace import UnknownFirm, Workspace

T = TypeVar("T")
SECRET_FILE = "relancebot-web.secret"  # signs the session cookies; beside the users' database


@dataclass(frozen=True)
class Place:
    """One firm the pages serve."""

    id: str  # its folder's name in a workspace; "" for a firm folder served alone
    settings: Settings

    @property
    def name(self) -> str:
        return self.settings.firm.name


@dataclass(frozen=True)
class FirmEntry:
    """A firm of the workspace as the switcher lists it: readable (place) or not (error)."""

    id: str
    name: str
    place: Place | None
    error: str = ""


class Site:
    def __init__(self, target: Settings | Workspace, now: dt.datetime | None = None) -> None:
        self.workspace = target if isinstance(target, Workspace) else None
        self._alone = target if isinstance(target, Settings) else None
        self._now = now
        self._local = threading.local()
        self._cache: dict[str, tuple[int, Settings]] = {}
        self._cache_lock = threading.Lock()

    @property
    def multi(self) -> bool:
        """Several firms: a workspace (the switcher, and "today" across all firms)."""
        return self.workspace is not None

    @property
    def name(self) -> str:
        if self.workspace is not None:
            return self.workspace.settings.workspace.name
        assert self._alone is not None
        return self._alone.firm.name

    @property
    def tz(self) -> ZoneInfo:
        if self.workspace is not None:
            return self.workspace.settings.tz
        assert self._alone is not None
        return self._alone.tz

    @property
    def web(self) -> WebSettings:
        if self.workspace is not None:
            return self.workspace.settings.web
        assert self._alone is not None
        return self._alone.web

    @property
    def users_path(self) -> Path:
        """The database holding who may log in: workspace.db, or the firm's own."""
        if self.workspace is not None:
            return self.workspace.settings.database_path
        assert self._alone is not None
        return self._alone.database_path

    def secret_key(self) -> bytes:
        return load_or_create_secret(self.users_path.with_name(SECRET_FILE))

    def now(self) -> dt.datetime:
        """The pages' "now": `--now` when given (the day treated as today), else the clock."""
        return self._now or dt.datetime.now(self.tz)

    def _settings(self, firm_id: str, config: Path) -> Settings:
        """A firm's settings, read again only when its config.toml changed."""
        try:
            stamp = config.stat().st_mtime_ns
        except OSError as exc:
            raise ConfigError(f"entreprise {firm_id} : {config} illisible ({exc})") from None
        with self._cache_lock:
            cached = self._cache.get(firm_id)
            if cached and cached[0] == stamp:
                return cached[1]
        assert self.workspace is not None
        settings = self.workspace.firm(firm_id).settings()
        with self._cache_lock:
            self._cache[firm_id] = (stamp, settings)
        return settings

    def firms(self) -> list[FirmEntry]:
        """Every firm served, readable or not, by folder name."""
        if self.workspace is None:
            assert self._alone is not None
            place = Place("", self._alone)
            return [FirmEntry("", place.name, place)]
        entries = []
        for firm in self.workspace.firms():
            try:
                place = Place(firm.id, self._settings(firm.id, firm.config))
            except ConfigError as exc:
                entries.append(FirmEntry(firm.id, firm.id, None, str(exc)))
            else:
                entries.append(FirmEntry(firm.id, place.name, place))
        return entries

    def place(self, firm_id: str | None) -> Place:
        """The firm a URL names; UnknownFirm (a 404) for no such folder."""
        if self.workspace is None:
            assert self._alone is not None
            return Place("", self._alone)
        if not firm_id:
            raise UnknownFirm("entreprise non précisée")
        firm = self.workspace.firm(firm_id)
        return Place(firm.id, self._settings(firm.id, firm.config))

    def app(self, place: Place) -> App:
        """This thread's App (and database connection) for the firm."""
        apps: dict[str, App] = self._local.__dict__.setdefault("apps", {})
        app = apps.get(place.id)
        if app is None or app.settings is not place.settings:
            if app is not None and "db" in app.__dict__:
                app.db.conn.close()
            app = apps[place.id] = App(place.settings)
        return app

    def remember(self, place: Place, what: str, now: dt.datetime, compute: Callable[[], T]) -> T:
        """`compute()`, again only once the firm's database changed (a commit of any
        connection: the service's, a command's, a page's), its config.toml was read again, or
        the minute of `now` moved on; kept per thread, the last value of each `what`.

        Reading the day's digest of 10,000 open invoices plans every one of them: a person
        going back and forth between pages should not pay for it each time."""
        db = self.app(place).db
        (version,) = db.execute("PRAGMA data_version").fetchone()
        minute = now.replace(second=0, microsecond=0)
        stamp = (version, db.conn.total_changes, id(place.settings), minute)
        memo: dict[tuple[str, str], tuple[object, T]] = self._local.__dict__.setdefault("memo", {})
        found = memo.get((place.id, what))
        if found is not None and found[0] == stamp:
            return found[1]
        value = compute()
        memo[place.id, what] = (stamp, value)
        return value

    def users_db(self) -> Database:
        """This thread's connection to the database of users and sessions."""
        db: Database | None = getattr(self._local, "users_db", None)
        if db is None:
            db = self._local.users_db = open_database(self.users_path)
        return db
