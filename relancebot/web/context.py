"""What a page's code reaches for: the site, the firm of the URL, who is logged in, and
`change`, the one way a page writes.

`change` runs one person's decision (a function of relancebot.web.decisions) in one
transaction, journalled with the user's name, flashes its outcome or the refusal, and answers
with a redirect (POST, then redirect, then GET: reloading the page never does it twice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from flask import current_app, flash, g, redirect, request, url_for
from werkzeug.wrappers import Response

from relancebot.app import App
from relancebot.errors import InvalidValue, RelancebotError
from relancebot.store.records import web_actor
from relancebot.web.site import Place, Site

# The library's refusals, shown to the person; anything else is a bug, and keeps its trace.
REFUSALS = (RelancebotError,)
Decision = Callable[[App, dt.datetime, str], str]  # (app, now, actor) -> what was done


def site() -> Site:
    return cast(Site, current_app.extensions["relancebot"])


def home_url() -> str:
    """Today's page: the firm's, or in a workspace the one across all firms."""
    return url_for("workspace.today" if site().multi else "firm.today")


def place() -> Place:
    """The firm of this request's URL (noted by relancebot.web.pages); UnknownFirm, a 404,
    when the workspace has no such folder."""
    if "place" not in g:
        g.place = site().place(g.get("firm_id"))
    return cast(Place, g.place)


def firm_app() -> App:
    return site().app(place())


def actor() -> str:
    """Who acts, in the journal: 'web:<user>'."""
    return web_actor(str(g.user))


def change(decision: Decision, back: str, then: str | None = None) -> Response:
    """Apply `decision` in one transaction; flash what it did, or why it was refused; then
    redirect to `then` (or `back`) once done, to `back` when refused."""
    app = firm_app()
    try:
        with app.db.atomic():
            done = decision(app, site().now(), actor())
    except REFUSALS as exc:  # a refusal the person can act on; a bug keeps its trace
        flash(str(exc), "error")
        return redirect(back, 303)
    flash(done, "ok")
    return redirect(then or back, 303)


def field(name: str, label: str, *, required: bool = True) -> str:
    """A form field, stripped; a missing required one is a refusal naming its label."""
    value = request.form.get(name, "").strip()
    if required and not value:
        raise InvalidValue(f"{label} : à remplir")
    return value


def form_date(name: str, label: str, *, required: bool = True) -> dt.date | None:
    """A date field (the browser's 2026-12-15, or 15/12/2026 typed by hand)."""
    from relancebot.importing.csvfile import parse_date

    value = field(name, label, required=required)
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InvalidValue(f"{label} : {exc}") from None
