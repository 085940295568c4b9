"""A workspace's own pages, across all its firms: today (each firm's calls under its heading,
the most urgent firm first, a firm that cannot be read before all), the open cases of every
firm (filterable by firm), and the firm switcher's target."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal

from flask import Blueprint, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from relancebot.config import ConfigError
from relancebot.review.digest import Digest
from relancebot.review.done import DoneLine
from relancebot.store.database import StoreError
from relancebot.web.context import site
from relancebot.web.pages.cases import cases_page
from relancebot.web.pages.today import CALLS_SHOWN, TABS, chosen_tab, firm_today, shown

workspace_pages = Blueprint("workspace", __name__)
NO_CALL = 99


@dataclass
class Section:
    firm_id: str
    name: str
    digest: Digest | None
    done: list[DoneLine] = field(default_factory=list)
    error: str = ""

    @property
    def urgency(self) -> int:
        return min((c.priority for c in self.digest.calls), default=NO_CALL) if self.digest else 0


def sections() -> list[Section]:
    now = site().now()
    found = []
    for entry in site().firms():
        if entry.place is None:
            found.append(Section(entry.id, entry.name, None, error=entry.error))
            continue
        try:
            digest, done = firm_today(entry.place, now)
        except (ConfigError, StoreError, sqlite3.Error, OSError) as exc:
            found.append(Section(entry.id, entry.name, None, error=str(exc)))
        else:
            found.append(Section(entry.id, entry.name, digest, done))
    found.sort(key=lambda s: (s.urgency, s.name.casefold()))
    return found


@workspace_pages.get("/")
def today() -> str:
    found = sections()
    digests = [s.digest for s in found if s.digest]
    return render_template(
        "espace.html",
        sections=found,
        shown=shown(CALLS_SHOWN),
        tab=chosen_tab(),
        tabs=TABS,
        calls=sum(len(d.calls) for d in digests),
        overdue_total=sum((d.overdue_total for d in digests), Decimal("0.00")),
        open_total=sum((d.open_total for d in digests), Decimal("0.00")),
        done=sum(len(s.done) for s in found),
    )


@workspace_pages.get("/dossiers")
def cases() -> str:
    return cases_page(site().firms(), "workspace.cases")


@workspace_pages.get("/entreprise")
def switch() -> Response:
    """The switcher's form (a GET: it changes nothing but the page shown)."""
    wanted = request.args.get("firm", "")
    if any(entry.id == wanted for entry in site().firms()):
        return redirect(url_for("firm.today", firm=wanted), 303)
    return redirect(url_for("workspace.today"), 303)
