"""Page Paiements: the bank credits a person decides on (relancebot.store.payment_proposals).

- the proposals: each with its date, amount, payer, text, the invoices proposed and why, and
  two buttons, "Accepter" (optionally onto another invoice, typed) and "Refuser";
- the credits that matched nothing (and the proposals refused), each with a field to put it on
  an invoice.
Each button is a POST (CSRF token, Origin checked before any view) answered by a redirect back
(relancebot.web.context.change); a decision already taken is refused, so an old page's button
or a form posted twice changes nothing.
"""

from __future__ import annotations

import datetime as dt

from flask import render_template, url_for
from werkzeug.wrappers import Response

from relancebot.app import App
from relancebot.review.credits import decided_line
from relancebot.store.payment_proposals import (
    accept_credit,
    proposed_credits,
    reject_credit,
    unmatched_credits,
)
from relancebot.store.statement_apply import allocated
from relancebot.web.context import change, field, firm_app
from relancebot.web.pages import firm_pages

SHOWN = 100


@firm_pages.get("/paiements")
def payments() -> str:
    db = firm_app().db
    return render_template(
        "paiements.html",
        proposed=proposed_credits(db, limit=SHOWN),
        unmatched=unmatched_credits(db, limit=SHOWN),
        allocated=allocated,
        shown=SHOWN,
    )


@firm_pages.post("/paiements/<int:line_id>/accepter")
def payment_accept(line_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        invoice = field("invoice", "Facture", required=False) or None
        done = accept_credit(app.db, line_id, now, actor=actor, invoice=invoice)
        return decided_line(done, accepted=True)

    return change(decide, url_for("firm.payments"))


@firm_pages.post("/paiements/<int:line_id>/refuser")
def payment_reject(line_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        return decided_line(reject_credit(app.db, line_id, now, actor=actor), accepted=False)

    return change(decide, url_for("firm.payments"))
