"""Page 5, Réponses à lire: the replies a person should read (unlinked, `other`, set aside,
or with a "Lire une réponse" task), or with ``?tout=1`` every reply, shown as the library gives
them (relancebot.review.replies: plain text, links written out, never the HTML or the
attachments), and the person's decisions on each (relancebot.review.reply_decisions):

- correct the category (kept as labelled data, journalled);
- link it to an invoice or a customer;
- confirm the address it suggests as the customer's contact;
- mark it as read.
Each is a POST answered by a redirect back to the list (relancebot.web.context.change).
"""

from __future__ import annotations

import datetime as dt

from flask import render_template, request, url_for
from werkzeug.wrappers import Response

from relancebot.app import App
from relancebot.classify.model import CATEGORIES
from relancebot.core.categories import CATEGORY_FR
from relancebot.review.replies import replies_to_read
from relancebot.review.reply_decisions import (
    confirm_suggested_contact,
    link_reply_to,
    mark_reply_read,
    relabel_reply,
)
from relancebot.web.context import change, field, firm_app
from relancebot.web.pages import firm_pages

SHOWN = 100


def _back() -> str:
    every = request.form.get("tout") == "1"
    return url_for("firm.replies", tout=1) if every else url_for("firm.replies")


@firm_pages.get("/reponses")
def replies() -> str:
    every = request.args.get("tout") == "1"
    found = replies_to_read(firm_app().db, include_all=every, limit=SHOWN)
    categories = [(code, CATEGORY_FR.get(code, code)) for code in CATEGORIES]
    return render_template(
        "reponses.html",
        replies=found,
        every=every,
        categories=categories,
        labels=dict(categories),
        shown=SHOWN,
    )


@firm_pages.post("/reponses/<int:reply_id>/classer")
def reply_relabel(reply_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        category = field("category", "Catégorie")
        note = field("note", "Note", required=False)
        done = relabel_reply(app.db, reply_id, category, now, note=note, actor=actor)
        label = CATEGORY_FR.get(done.after, done.after)
        return f"Réponse n° {reply_id} classée « {label} »."

    return change(decide, _back())


@firm_pages.post("/reponses/<int:reply_id>/lier")
def reply_link(reply_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        invoice = field("invoice", "Facture", required=False) or None
        customer = field("customer", "Client", required=False) or None
        done = link_reply_to(app.db, reply_id, now, invoice=invoice, customer=customer, actor=actor)
        to = ", ".join(done.invoices) if done.invoices else "ce client"
        return f"Réponse n° {reply_id} liée à {to} ({done.customer_id})."

    return change(decide, _back())


@firm_pages.post("/reponses/<int:reply_id>/lue")
def reply_read(reply_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        if mark_reply_read(app.db, reply_id, now, actor=actor):
            return f"Réponse n° {reply_id} marquée lue."
        return f"Réponse n° {reply_id} : déjà lue."

    return change(decide, _back())


@firm_pages.post("/reponses/<int:reply_id>/confirmer-contact")
def reply_confirm_contact(reply_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        replace = bool(field("replace", "Remplacer", required=False))
        address, resumed = confirm_suggested_contact(
            app.db, reply_id, now, replace=replace, actor=actor
        )
        return f"{address} confirmée" + (
            f", {resumed} facture(s) à nouveau relancée(s)." if resumed else "."
        )

    return change(decide, _back())
