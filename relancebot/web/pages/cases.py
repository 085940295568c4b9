"""Page 2, Dossiers: every open case (one line per unpaid invoice), with filters and sorting in
the query string, so that a filtered list is a link one can keep:

- ``etat``: active, paused, stopped, escalated (the chase);
- ``niveau``: 0 to 3 (the reminders that reached the customer);
- ``retard``: a bucket of days overdue (BUCKETS);
- ``entreprise``: a firm of the workspace (on the workspace's list);
- ``tri``: echeance (default), retard, montant, client; ``page``: PAGE_SIZE lines a page.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from flask import render_template, request

from relancebot.config import ConfigError
from relancebot.review.cases import CaseKey, CaseLine, case_keys, case_lines
from relancebot.store.database import StoreError
from relancebot.web.context import place, site
from relancebot.web.pages import firm_pages
from relancebot.web.site import FirmEntry

PAGE_SIZE = 100
STATES = {
    "active": "Relances en cours",
    "paused": "En pause",
    "stopped": "Arrêtées",
    "escalated": "À appeler",
}
LEVELS = {"0": "Aucune relance", "1": "1re relance", "2": "2e relance", "3": "3e relance"}
# (key, label, lowest days overdue, highest): the aged balance's buckets.
BUCKETS = {
    "non-echu": ("Non échues", 0, 0),
    "1-30": ("1 à 30 jours", 1, 30),
    "31-60": ("31 à 60 jours", 31, 60),
    "61-90": ("61 à 90 jours", 61, 90),
    "91-120": ("91 à 120 jours", 91, 120),
    "plus-120": ("Plus de 120 jours", 121, 10**9),
}
SORTS: dict[str, tuple[str, Callable[[Any], Any], bool]] = {
    "echeance": ("Échéance", lambda r: (r.key.due_date, r.key.number), False),
    "retard": ("Retard", lambda r: (r.key.days_overdue, r.key.balance), True),
    "montant": ("Reste dû", lambda r: r.key.balance, True),
    "client": ("Client", lambda r: (r.key.customer.casefold(), r.key.number), False),
}


@dataclass(frozen=True)
class Row:
    """One open case of the list: filtered and sorted on its key; read in full (line) only
    when it is on the page shown."""

    firm_id: str
    firm: str
    key: CaseKey
    line: CaseLine | None = None


@dataclass(frozen=True)
class Filters:
    state: str
    level: str
    bucket: str
    firm: str
    sort: str
    page: int

    @classmethod
    def from_query(cls) -> Filters:
        def pick(name: str, allowed: Any, default: str = "") -> str:
            value = request.args.get(name, default)
            return value if value in allowed else default

        page = request.args.get("page", "1")
        return cls(
            pick("etat", STATES),
            pick("niveau", LEVELS),
            pick("retard", BUCKETS),
            request.args.get("entreprise", ""),
            pick("tri", SORTS, "echeance"),
            max(int(page), 1) if page.isdigit() else 1,
        )

    def keep(self, row: Row) -> bool:
        line = row.key
        if self.state and line.chase != self.state:
            return False
        if self.level and line.level != int(self.level):
            return False
        if self.bucket:
            _, low, high = BUCKETS[self.bucket]
            if not low <= line.days_overdue <= high:
                return False
        return not self.firm or row.firm_id == self.firm

    def query(self, **changed: Any) -> dict[str, Any]:
        """The query string of this list with some filters changed (for links)."""
        values = {
            "etat": self.state,
            "niveau": self.level,
            "retard": self.bucket,
            "entreprise": self.firm,
            "tri": self.sort,
            "page": self.page,
            **changed,
        }
        return {k: v for k, v in values.items() if v and not (k == "page" and v == 1)}


def rows_of(entries: list[FirmEntry]) -> tuple[list[Row], list[FirmEntry]]:
    """Every firm's open cases (their keys); the firms that could not be read, apart."""
    rows: list[Row] = []
    failing: list[FirmEntry] = []
    now = site().now()
    for entry in entries:
        if entry.place is None:
            failing.append(entry)
            continue
        try:
            app = site().app(entry.place)
            today = app.settings.business_calendar().local(now).date()
            read = functools.partial(case_keys, app.db, today)
            keys = site().remember(entry.place, "cases", now, read)
        except (ConfigError, StoreError, sqlite3.Error, OSError) as exc:
            failing.append(FirmEntry(entry.id, entry.name, None, str(exc)))
            continue
        rows += [Row(entry.id, entry.name, key) for key in keys]
    return rows, failing


def in_full(rows: list[Row]) -> list[Row]:
    """The rows of the page shown, each with its whole line (state, next step)."""
    by_firm: dict[str, list[str]] = {}
    for row in rows:
        by_firm.setdefault(row.firm_id, []).append(row.key.number)
    lines: dict[tuple[str, str], CaseLine] = {}
    for firm_id, numbers in by_firm.items():
        app = site().app(site().place(firm_id))
        for line in case_lines(app.db, app.settings, site().now(), numbers=tuple(numbers)):
            lines[firm_id, line.number] = line
    return [
        dataclasses.replace(row, line=lines[row.firm_id, row.key.number])
        for row in rows
        if (row.firm_id, row.key.number) in lines
    ]


def cases_page(entries: list[FirmEntry], endpoint: str) -> str:
    filters = Filters.from_query()
    rows, failing = rows_of(entries)
    kept = [r for r in rows if filters.keep(r)]
    _, key, reverse = SORTS[filters.sort]
    kept.sort(key=key, reverse=reverse)
    pages = max((len(kept) + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    page = min(filters.page, pages)
    shown = in_full(kept[(page - 1) * PAGE_SIZE : page * PAGE_SIZE])
    return render_template(
        "dossiers.html",
        rows=shown,
        total=sum((r.key.balance for r in kept), Decimal("0.00")),
        count=len(kept),
        all_count=len(rows),
        failing=failing,
        filters=filters,
        page=page,
        pages=pages,
        endpoint=endpoint,
        states=STATES,
        levels=LEVELS,
        buckets=BUCKETS,
        sorts=SORTS,
        firms=entries if site().multi else [],
    )


@firm_pages.get("/dossiers")
def cases() -> str:
    here = place()
    return cases_page([FirmEntry(here.id, here.name, here)], "firm.cases")
