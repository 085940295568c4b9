"""Page 1, Aujourd'hui: the digest as a page, most urgent call first, then what was handled
automatically, sent, and what comes; the tab "Fait aujourd'hui" lists what people did today."""

from __future__ import annotations

import datetime as dt

from flask import render_template, request

from relancebot.app import App
from relancebot.review.daily import since_last
from relancebot.review.digest import Digest, build_digest
from relancebot.review.done import DoneLine, done_since
from relancebot.web.context import place, site
from relancebot.web.pages import firm_pages
from relancebot.web.site import Place

TABS = {"a-faire": "À faire", "fait": "Fait aujourd'hui"}


def start_of_day(app: App, now: dt.datetime) -> dt.datetime:
    local = app.settings.business_calendar().local(now)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def firm_today(place: Place, now: dt.datetime) -> tuple[Digest, list[DoneLine]]:
    """The digest since the last one (or since midnight, once today's has gone), and what
    people did today; computed again only when something changed (Site.remember)."""
    app = site().app(place)

    def compute() -> tuple[Digest, list[DoneLine]]:
        midnight = start_of_day(app, now)
        digest = build_digest(app.db, app.settings, now, min(since_last(app, now), midnight))
        return digest, done_since(app.db, midnight)

    return site().remember(place, "today", now, compute)


CALLS_SHOWN = 50  # the most urgent first; "Voir les autres" shows them all


def shown(first: int) -> int | None:
    """How many lines a long list shows: the first ones, or all with ?tout=1 (1,000 calls
    drawn at once made the page a megabyte and slower than a person waits)."""
    return None if request.args.get("tout") == "1" else first


def chosen_tab() -> str:
    tab = request.args.get("vue", "a-faire")
    return tab if tab in TABS else "a-faire"


@firm_pages.get("/")
def today() -> str:
    digest, done = firm_today(place(), site().now())
    return render_template(
        "aujourdhui.html",
        d=digest,
        done=done,
        tab=chosen_tab(),
        tabs=TABS,
        shown=shown(CALLS_SHOWN),
    )
