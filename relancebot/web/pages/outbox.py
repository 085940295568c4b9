"""Page 6, Envois: the messages that wait for a person (relancebot.review.waiting), and the
decisions of `relancebot outbox` (relancebot.outgoing.decisions):

- Marquer envoyé: an uncertain message did leave;
- Renvoyer: back to the queue; since it sends, a confirmation page (a GET that shows the
  message and its recipients) comes first, and only its POST does it;
- Laisser de côté: a message refused for good is left aside on purpose (with a note).
"""

from __future__ import annotations

import datetime as dt

from flask import abort, render_template, url_for
from werkzeug.wrappers import Response

from relancebot.app import App
from relancebot.review.waiting import waiting_message, waiting_messages
from relancebot.web import decisions
from relancebot.web.context import change, field, firm_app
from relancebot.web.pages import firm_pages


def _back() -> str:
    return url_for("firm.outbox")


@firm_pages.get("/envois")
def outbox() -> str:
    return render_template("envois.html", messages=waiting_messages(firm_app().db))


@firm_pages.get("/envois/<int:outbox_id>/renvoyer")
def resend_confirm(outbox_id: int) -> str:
    message = waiting_message(firm_app().db, outbox_id)
    if message is None or not message.decidable:
        abort(404)
    return render_template("envoi-renvoyer.html", m=message)


@firm_pages.post("/envois/<int:outbox_id>/renvoyer")
def resend(outbox_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        return decisions.settle_message(app, outbox_id, False, now, actor)

    return change(decide, _back())


@firm_pages.post("/envois/<int:outbox_id>/marquer-envoye")
def mark_sent(outbox_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        return decisions.settle_message(app, outbox_id, True, now, actor)

    return change(decide, _back())


@firm_pages.post("/envois/<int:outbox_id>/laisser")
def dismiss(outbox_id: int) -> Response:
    def decide(app: App, now: dt.datetime, actor: str) -> str:
        note = field("note", "Note", required=False)
        return decisions.dismiss_message(app, outbox_id, note, now, actor)

    return change(decide, _back())
