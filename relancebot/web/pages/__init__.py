"""The person's pages, one module per page, all on the `firm_pages` blueprint.

A firm folder served alone has its pages at the root (``/dossiers``); a workspace has each
firm's under ``/e/<firm>`` (``/e/atelier-morel/dossiers``), and its own pages across all firms
(``/``, ``/dossiers``) on `workspace_pages` (relancebot.web.pages.workspace). The same view
serves both: ``relancebot.web.context.place()`` is the firm of the URL, and
``url_for("firm.…")`` fills in the firm of the page being served (give ``firm=`` to link to
another firm's page).

Adding a page (say "Tâches", relancebot/web/pages/tasks.py):

1. In the module, routes on the blueprint, reading through ``relancebot.review`` and writing
   through ``relancebot.web.context.change`` (a POST that changes something, one transaction,
   journalled as the user, answered by a redirect)::

       from relancebot.web.pages import firm_pages
       from relancebot.web.context import firm_app, place, site

       @firm_pages.get("/taches")
       def tasks() -> str:
           app = firm_app()
           found = open_tasks(app.db, site().now())
           return render_template("taches.html", tasks=found)

       @firm_pages.post("/taches/...")
       def task_done() -> Response:
           return change(lambda app, now, actor: ..., back=url_for("firm.tasks"))

2. Its template in relancebot/gabarits/web/ (taches.html), extending ``_base.html``; every
   form that POSTs carries ``<input type="hidden" name="csrf_token" value="{{ csrf_token() }}">``.
3. Its module's name in PAGES below, and its tab in NAV (endpoint, label) if it has one.
4. Tests in tests/test_web_<page>.py with the helpers of tests/web_helpers.py (log in, post
   with the CSRF token and the Origin).
Log-in, CSRF, Origin and Host checks, and the security headers apply to it with nothing to do.
A request body is refused above 1 MB (``MAX_CONTENT_LENGTH``; the CSRF check reads the form
before any view): a page that takes a file names its POST endpoint in UPLOADS with its own limit,
which applies to that route alone, and only for a logged-in user.
"""

from __future__ import annotations

import importlib
from typing import Any

from flask import Blueprint, Flask, current_app, g

firm_pages = Blueprint("firm", __name__)

# The modules whose routes make the pages, imported by `register`.
PAGES = ("today", "cases", "case", "call", "outbox", "replies", "imports", "report", "payments")

# The routes that take a file, and the most bytes each accepts (say "firm.import_post": 50 MB).
UPLOADS: dict[str, int] = {"firm.import_upload": 20_000_000}

# The tabs of every firm's page: (endpoint, label), in order.
NAV: list[tuple[str, str]] = [
    ("firm.today", "Aujourd'hui"),
    ("firm.cases", "Dossiers"),
    ("firm.replies", "Réponses"),
    ("firm.outbox", "Envois"),
    ("firm.import_page", "Import"),
    ("firm.payments", "Paiements"),
    ("firm.report", "Rapport"),
]


@firm_pages.url_value_preprocessor
def _firm_of_url(endpoint: str | None, values: dict[str, Any] | None) -> None:
    # Only noted: the firm is looked up (relancebot.web.context.place) after the log-in
    # check, so that a stranger learns nothing of which firms exist.
    g.firm_id = values.pop("firm", None) if values else None


@firm_pages.url_defaults
def _firm_of_page(endpoint: str, values: dict[str, Any]) -> None:
    if current_app.url_map.is_endpoint_expecting(endpoint, "firm"):
        if "firm" not in values and g.get("firm_id"):
            values["firm"] = g.firm_id
    else:  # a firm folder served alone: no firm in its URLs
        values.pop("firm", None)


def register(app: Flask, multi: bool) -> None:
    """The pages of a firm folder (multi=False) or of a workspace."""
    for name in PAGES:
        importlib.import_module(f"{__name__}.{name}")
    if multi:
        from relancebot.web.pages.workspace import workspace_pages

        app.register_blueprint(firm_pages, url_prefix="/e/<firm>")
        app.register_blueprint(workspace_pages)
    else:
        app.register_blueprint(firm_pages)
