"""Page 4, Noter un appel: the outcome, its date, a note, and the confirmation email.

The form posts ``outcome``, ``date``, ``note``, ``confirm`` (relancebot's outside, fixed):
1. without ``confirm``, the call is recorded at once, and the browser goes to the case;
2. with ``confirm``, nothing is written yet: the email the customer would receive is shown,
   with the same fields hidden and ``step=envoyer``; only that second POST records the call
   and queues the email. Changing one's mind is going back to the form.
"""

from __future__ import annotations

import datetime as dt

from flask import abort, flash, render_template, request, url_for
from werkzeug.wrappers import Response

from relancebot.app import App
from relancebot.errors import NotFound
from relancebot.review.calls import render_confirmation
from relancebot.review.cases import Target, case_lines, resolve
from relancebot.store.records import customer_row, recipients
from relancebot.web import decisions
from relancebot.web.context import REFUSALS, change, field, firm_app, form_date, site
from relancebot.web.pages import firm_pages

SEND_STEP = "envoyer"


def _target(target: str) -> Target:
    try:
        return resolve(firm_app().db, target)
    except NotFound:
        abort(404)


def _form_page(target: Target, label: str, values: dict[str, str]) -> str:
    app = firm_app()
    customer = customer_row(app.db, target.customer_id)
    lines = case_lines(app.db, app.settings, site().now(), numbers=target.numbers)
    return render_template(
        "appel.html",
        label=label,
        target=target,
        customer=customer,
        lines=lines,
        outcomes=decisions.CALL_OUTCOMES,
        values=values,
        can_confirm=bool(recipients(app.db, target.customer_id)[0]),
    )


@firm_pages.get("/appel/<target>")
def call(target: str) -> str:
    found = _target(target)
    values = {k: request.args.get(k, "") for k in ("outcome", "date", "note", "confirm")}
    return _form_page(found, target, values)


def _read_form() -> tuple[str, str, dt.date | None, bool]:
    outcome = field("outcome", "Issue de l'appel")
    day = form_date("date", "Date", required=False)
    return outcome, field("note", "Note", required=False), day, bool(request.form.get("confirm"))


@firm_pages.post("/appel/<target>")
def call_post(target: str) -> Response | str:
    found = _target(target)
    back = url_for("firm.case", customer_id=found.customer_id)
    if request.form.get("confirm") and request.form.get("step") != SEND_STEP:
        return _preview(found, target)

    def decide(app: App, now: dt.datetime, actor: str) -> str:
        outcome, note, day, confirm = _read_form()
        return decisions.record_call(app, found, outcome, note, day, confirm, now, actor)

    return change(decide, back)


def _preview(found: Target, target: str) -> str:
    """The email as it would go; writes nothing. A refusal goes back to the form."""
    app = firm_app()
    values = {k: request.form.get(k, "") for k in ("outcome", "date", "note", "confirm")}
    try:
        outcome, _, day, _ = _read_form()
        decisions.check_call(outcome, day, confirm=True)
        recorded, _ = decisions.library_call(outcome, "")
        rendered = render_confirmation(app, found, recorded, day, site().now())
    except REFUSALS as exc:  # nothing was written: the form again, as it was filled
        flash(str(exc), "error")
        return _form_page(found, target, values)
    to, cc = recipients(app.db, found.customer_id)
    return render_template(
        "appel-apercu.html",
        label=target,
        target=found,
        email=rendered,
        to=to,
        cc=cc,
        values=values,
        outcome_label=decisions.CALL_OUTCOMES[outcome],
        step=SEND_STEP,
    )
