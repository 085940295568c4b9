"""Page 8, Rapport: the aged balance per customer in buckets (relancebot.review.aging_rows),
with its totals, each bucket's share, the days sales outstanding, the money collected per
month as an inline SVG chart (relancebot.review.chart: no script, so it fits the CSP), each
customer's last call or reply and next step; and the exports, downloads that only read:

- the aged balance as CSV (formulas made inert) and HTML (relancebot.review.aged_report);
- every open case as CSV and HTML (relancebot.review.report), as `report --csv/--html`.
"""

from __future__ import annotations

import re

from flask import Response as FlaskResponse
from flask import render_template
from markupsafe import Markup

from relancebot.review.aged_report import aged_csv, aged_html, dso_text
from relancebot.review.aging import BUCKETS, AgingReport
from relancebot.review.aging_rows import read_aging_report
from relancebot.review.cases import case_lines
from relancebot.review.chart import collections_svg
from relancebot.review.report import report_csv, report_html
from relancebot.web.context import firm_app, place, site
from relancebot.web.pages import firm_pages
from relancebot.web.pages.today import shown


def _download(data: bytes, mimetype: str, what: str, extension: str) -> FlaskResponse:
    """An attachment named after the firm and the day: aged-…-2026-12-07.csv."""
    app = firm_app()
    day = app.settings.business_calendar().local(site().now()).date()
    firm = re.sub(r"[^A-Za-z0-9._-]+", "-", place().id or app.settings.firm.name).strip("-.")
    name = f"{what}-{firm or 'entreprise'}-{day:%Y-%m-%d}.{extension}"
    return FlaskResponse(
        data, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


def _aging() -> AgingReport:
    """The report at the pages' now; read again only once the firm's database changed or the
    minute moved (Site.remember): it plans every open invoice, as the cases page does."""
    app = firm_app()
    now = site().now()
    return site().remember(
        place(), "aging", now, lambda: read_aging_report(app.db, app.settings, now)
    )


CUSTOMERS_SHOWN = 100  # the largest balances first; the exports hold every customer


@firm_pages.get("/rapport")
def report() -> str:
    app = firm_app()
    found = _aging()
    # The chart's markup is made by relancebot.review.chart, which escapes every label.
    chart = Markup(collections_svg(found.collections))
    return render_template(
        "rapport.html",
        r=found,
        buckets=[label for _lowest, label in BUCKETS],
        dso=dso_text(found),
        chart=chart,
        tz=app.settings.tz,
        shown=shown(CUSTOMERS_SHOWN),
    )


@firm_pages.get("/rapport/balance-agee.csv")
def aged_csv_export() -> FlaskResponse:
    app = firm_app()
    found = _aging()
    data = aged_csv(found, app.settings.tz).encode("utf-8-sig")  # the BOM: Excel reads UTF-8
    return _download(data, "text/csv", "balance-agee", "csv")


@firm_pages.get("/rapport/balance-agee.html")
def aged_html_export() -> FlaskResponse:
    app = firm_app()
    found = _aging()
    data = aged_html(found, app.settings.firm.name, app.settings.tz).encode("utf-8")
    return _download(data, "text/html", "balance-agee", "html")


@firm_pages.get("/rapport/dossiers.csv")
def cases_csv_export() -> FlaskResponse:
    app = firm_app()
    lines = case_lines(app.db, app.settings, site().now())
    data = report_csv(lines, app.settings.tz).encode("utf-8-sig")
    return _download(data, "text/csv", "dossiers", "csv")


@firm_pages.get("/rapport/dossiers.html")
def cases_html_export() -> FlaskResponse:
    app = firm_app()
    now = site().now()
    lines = case_lines(app.db, app.settings, now)
    data = report_html(lines, app.settings.firm.name, now, app.settings.tz).encode("utf-8")
    return _download(data, "text/html", "dossiers", "html")
