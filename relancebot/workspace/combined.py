"""The secretary's digest's content: every firm's calls and checks under that firm's heading,
with its totals, and the totals of the whole workspace.

Each firm's section is that firm's own digest (relancebot.review.digest), read from that firm's
own database with that firm's settings: nothing of one firm can reach another's section. The
sections come most urgent first (the firm whose most urgent call comes first in the ladder of
tasks), a firm that could not be read before all, with what to fix.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from relancebot.config import ConfigError
from relancebot.review.digest import CallItem, Digest, build_digest
from relancebot.store.database import StoreError, open_database
from relancebot.workspace.folder import Firm, Workspace

NO_CALL = 99  # the urgency of a firm with nothing to do: after every firm with a call


@dataclass
class FirmSection:
    firm_id: str
    name: str
    digest: Digest | None  # None: the firm could not be read (error says why)
    error: str = ""

    @property
    def calls(self) -> list[CallItem]:
        return self.digest.calls if self.digest else []

    @property
    def urgency(self) -> int:
        return min((c.priority for c in self.calls), default=NO_CALL)

    @property
    def has_news(self) -> bool:
        return bool(self.error) or (self.digest is not None and self.digest.has_news)


@dataclass
class WorkspaceDigest:
    name: str
    today: dt.date
    since: dt.datetime
    sections: list[FirmSection]

    def _sum(self, attribute: str) -> Decimal:
        return sum(
            (getattr(s.digest, attribute) for s in self.sections if s.digest), Decimal("0.00")
        )

    @property
    def calls(self) -> int:
        return sum(len(s.calls) for s in self.sections)

    @property
    def overdue_total(self) -> Decimal:
        return self._sum("overdue_total")

    @property
    def open_total(self) -> Decimal:
        return self._sum("open_total")

    @property
    def overdue_cases(self) -> int:
        return sum(s.digest.overdue_cases for s in self.sections if s.digest)

    @property
    def sent(self) -> int:
        return sum(len(s.digest.sent) for s in self.sections if s.digest)

    @property
    def failing(self) -> list[FirmSection]:
        return [s for s in self.sections if s.error]

    @property
    def has_news(self) -> bool:
        return any(s.has_news for s in self.sections)


def firm_section(firm: Firm, now: dt.datetime, since: dt.datetime) -> FirmSection:
    """One firm's section, from its own settings and database; a firm that cannot be read is a
    section saying so, never a failure of the whole digest."""
    try:
        settings = firm.settings()
        db = open_database(settings.database_path)
        try:
            digest = build_digest(db, settings, now, since)
        finally:
            db.conn.close()
    except (ConfigError, StoreError, sqlite3.Error, OSError) as exc:
        return FirmSection(firm.id, firm.id, None, str(exc))
    # Built after the firms' passes (a firm's own digest is built before its delivery): what
    # left at the very moment of her last digest was already in it.
    digest.sent = [s for s in digest.sent if s["at"] > since]
    return FirmSection(firm.id, settings.firm.name, digest)


def build_workspace_digest(
    workspace: Workspace, now: dt.datetime, since: dt.datetime
) -> WorkspaceDigest:
    local = now.astimezone(workspace.settings.tz)
    sections = [firm_section(firm, now, since) for firm in workspace.firms()]
    sections.sort(key=lambda s: (not s.error, s.urgency, -len(s.calls), s.name.casefold()))
    return WorkspaceDigest(
        name=workspace.settings.workspace.name,
        today=local.date(),
        since=since.astimezone(workspace.settings.tz),
        sections=sections,
    )
