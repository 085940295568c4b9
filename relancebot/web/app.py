"""The Flask application of the person's pages: `create_app(target)`.

1. The target is one firm folder's Settings, or a Workspace (every firm, a switcher, and
   "today" across all firms); the users and the cookies' key live beside its database.
2. Security first (relancebot.web.security: Host, Origin, CSRF, headers), then the log-in
   check (relancebot.web.auth), then the pages (relancebot.web.pages, where adding one is
   described).
3. Templates come from relancebot/gabarits/web/, autoescaped, a missing variable an error;
   the one CSS file from relancebot/web/static/. Nothing is fetched from elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from flask import Flask, g, render_template, request
from flask_wtf.csrf import CSRFError
from jinja2 import StrictUndefined
from werkzeug.exceptions import HTTPException

from relancebot.config import ConfigError, Settings
from relancebot.core.money import format_money
from relancebot.store.database import StoreError
from relancebot.web import auth, security
from relancebot.web.context import home_url, place, site
from relancebot.web.pages import NAV, UPLOADS, register
from relancebot.web.site import Site
from relancebot.workspace import UnknownFirm, Workspace

TEMPLATES = Path(__file__).resolve().parent.parent / "gabarits" / "web"
STATIC = Path(__file__).resolve().parent / "static"


def create_app(
    target: Settings | Workspace,
    now_override: dt.datetime | None = None,
    *,
    host: str = "127.0.0.1",
) -> Flask:
    """The pages of `target`; `now_override` is `--now` (the day treated as today); `host`
    the address `relancebot web` binds, which the Host header must name."""
    site = Site(target, now_override)
    app = Flask(
        "relancebot.web",
        template_folder=str(TEMPLATES),
        static_folder=str(STATIC),
        static_url_path="/static",
    )
    app.config.update(SECRET_KEY=site.secret_key())
    app.extensions["relancebot"] = site
    app.jinja_env.autoescape = True
    app.jinja_env.undefined = StrictUndefined
    app.jinja_env.filters.update(money=_money, day=_day, tel=_tel)
    app.jinja_env.globals.update(nav=NAV, site=site)
    security.install(app, site.web, host, UPLOADS)
    auth.install(app)
    register(app, site.multi)
    _errors(app)
    app.context_processor(_page_context)
    return app


def _page_context() -> dict[str, Any]:
    """What every template may use: the firm of the page (None on a workspace's own pages or
    when the URL names no firm), today's page, and the firms for the switcher."""
    here = None
    if request.blueprint == "firm":
        try:
            here = place()
        except (ConfigError, StoreError):
            here = None
    logged_in = bool(g.get("user"))
    return {
        "here": here,
        "home": home_url(),
        "firms": site().firms() if site().multi and logged_in else [],
    }


def _money(value: Decimal, currency: str = "EUR") -> str:
    return format_money(value, currency)


def _day(value: dt.date | dt.datetime | None, with_time: bool = False) -> str:
    if value is None:
        return "—"
    return value.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


def _tel(phone: str) -> str:
    """A tel: link's number: digits and a leading +, nothing a browser could misread."""
    return re.sub(r"[^0-9+]", "", phone)


_TITLES = {
    400: "Demande invalide",
    403: "Refusé",
    404: "Page introuvable",
    405: "Méthode non permise",
    413: "Envoi trop gros",
    500: "Erreur",
    503: "Entreprise illisible",
}


def _errors(app: Flask) -> None:
    def page(code: int, message: str) -> tuple[str, int]:
        g.setdefault("user", None)
        title = _TITLES.get(code, "Erreur")
        return render_template("erreur.html", code=code, title=title, message=message), code

    @app.errorhandler(CSRFError)
    def csrf_refused(exc: CSRFError) -> Any:
        return page(
            400, "Jeton de sécurité absent ou périmé : rechargez la page, puis recommencez."
        )

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Any:
        code = exc.code or 500
        described = exc.description if code in (400, 403) else ""
        return page(code, described or _TITLES.get(code, "Erreur"))

    @app.errorhandler(UnknownFirm)
    def unknown_firm(exc: UnknownFirm) -> Any:
        return page(404, str(exc))

    @app.errorhandler(ConfigError)
    @app.errorhandler(StoreError)
    def unreadable(exc: Exception) -> Any:
        return page(503, str(exc))
