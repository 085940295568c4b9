"""Page 3, Dossier client: the customer's case file, and the person's decisions on it, each a
POST answered by a redirect back to the case (relancebot.web.context.change):

- pause an invoice until a date, resume it; mark it paid (all or part);
- stop the emails to the customer; confirm an address a reply suggested;
- the formal notice: the POST journals that it was prepared, then sends the browser to the
  PDF (a GET that only reads: the same bytes for the same day).
Noting a call has its own page (relancebot.web.pages.call).
"""

from __future__ import annotations

import datetime as dt
import re

from flask import Response as FlaskResponse
from flask import abort, render_template, url_for
from werkzeug.wrappers import Response

from relancebot.app import App
from relancebot.core.money import parse_amount
from relancebot.errors import NotFound
from relancebot.review.casefile import case_file
from relancebot.review.cases import Target, resolve
from relancebot.web import decisions
from relancebot.web.context import change, field, firm_app, form_date, site
from relancebot.web.pages import firm_pages


def _back(customer_id: str) -> str:
    return url_for("firm.case", customer_id=customer_id)


@firm_pages.get("/dossier/<customer_id>")
def case(customer_id: str) -> str:
    app = firm_app()
    now = site().now()
    try:
        found = case_file(app.db, app.settings, customer_id, now)
    except NotFound:
        abort(404)
    today = app.settings.business_calendar().local(now).date()
    return render_template("dossier.html", c=found, today=today, tz=app.settings.tz)


@firm_pages.post("/dossier/<customer_id>/pause")
def pause(customer_id: str) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        number = field("number", "Facture")
        until = form_date("until", "Jusqu'au")
        assert until is not None
        note = field("note", "Note", required=False)
        return decisions.pause(app, number, until, note, now, actor)

    return change(decide, _back(customer_id))


@firm_pages.post("/dossier/<customer_id>/reprendre")
def resume(customer_id: str) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        return decisions.resume(app, field("number", "Facture"), now, actor)

    return change(decide, _back(customer_id))


@firm_pages.post("/dossier/<customer_id>/payer")
def mark_paid(customer_id: str) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        number = field("number", "Facture")
        amount = field("amount", "Montant", required=False)
        day = form_date("date", "Date du paiement", required=False)
        today = app.settings.business_calendar().local(now).date()
        return decisions.mark_paid(
            app, number, parse_amount(amount) if amount else None, day or today, now, actor
        )

    return change(decide, _back(customer_id))


@firm_pages.post("/dossier/<customer_id>/arreter-emails")
def stop_emails(customer_id: str) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        return decisions.stop_emails(app, customer_id, now, actor)

    return change(decide, _back(customer_id))


@firm_pages.post("/dossier/<customer_id>/confirmer-contact")
def confirm_contact(customer_id: str) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        address = field("address", "Adresse")
        replace = bool(field("replace", "Remplacer", required=False))
        return decisions.confirm_contact(app, customer_id, address, replace, now, actor)

    return change(decide, _back(customer_id))


def _unpaid(customer_id: str) -> Target:
    try:
        return resolve(firm_app().db, customer_id)
    except NotFound:
        abort(404)


@firm_pages.post("/dossier/<customer_id>/mise-en-demeure")
def letter(customer_id: str) -> Response:
    target = _unpaid(customer_id)

    def decide(app: App, now: dt.datetime, actor: str) -> str:
        return decisions.letter_prepared(app, target, now, actor)

    pdf = url_for("firm.letter_pdf", customer_id=customer_id)
    return change(decide, _back(customer_id), then=pdf)


@firm_pages.get("/dossier/<customer_id>/mise-en-demeure.pdf")
def letter_pdf(customer_id: str) -> FlaskResponse:
    from relancebot.review.letter import prepare_letter  # fpdf: only when a letter is asked

    app = firm_app()
    target = _unpaid(customer_id)
    if not target.numbers:
        abort(404)
    now = site().now()
    letter = prepare_letter(app.db, app.settings, target, now)
    day = app.settings.business_calendar().local(now).date()
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", customer_id).strip("-.") or "client"
    name = f"mise-en-demeure-{safe}-{day:%Y-%m-%d}.pdf"
    return FlaskResponse(
        letter.pdf,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
