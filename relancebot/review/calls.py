"""A call logged by a person, and what it sets in motion.

1. The parts of the call are checked (``core.calls.check_call``) and the invoices it is about
   must be unpaid; nothing is written before.
2. ``core.calls.decide_call`` says what the outcome changes, by the same rules whoever records
   it (a phoned promise holds the chase exactly as a written one); ``store.chase.record_call``
   writes the call, applies the decision to each invoice and journals it with who acted.
3. Optionally, a short courteous email confirms to the customer what was agreed
   (:func:`render_confirmation` shows it before it goes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from relancebot.app import App
from relancebot.core.calls import OUTCOMES, OUTCOMES_FR, check_call, decide_call
from relancebot.errors import NotAllowedNow
from relancebot.outgoing.firm_mail import earlier_messages, invoice_context, queue_firm_mail
from relancebot.outgoing.render import Rendered
from relancebot.review.cases import Target
from relancebot.store.chase import record_call
from relancebot.store.connection import Database
from relancebot.store.records import (
    customer_row,
    invoice_row,
    recipients,
    record_event,
)

__all__ = ["OUTCOMES", "OUTCOMES_FR", "CallOutcome", "log_call", "render_confirmation"]


@dataclass(frozen=True)
class CallOutcome:
    call_id: int
    outbox_id: int | None  # the confirmation email, when one was asked for


def log_call(
    app: App,
    target: Target,
    outcome: str,
    note: str,
    date: dt.date | None,
    confirm: bool,
    now: dt.datetime,
    *,
    actor: str,
) -> CallOutcome:
    """Record the call and its consequences in one transaction; `actor` is who recorded it
    (``store.records.COMMAND``, ``web_actor(user)``)."""
    check_call(outcome, date, confirm)
    if not target.numbers:
        raise NotAllowedNow(f"{target.customer_id} : aucune facture impayée")
    db = app.db
    if confirm and not recipients(db, target.customer_id)[0]:
        raise NotAllowedNow(f"{target.customer_id} : aucune adresse valide pour la confirmation")
    settings = app.settings
    calendar = settings.business_calendar()
    decision = decide_call(outcome, date, note, settings.actions, calendar, now)
    invoices = _invoices(db, target, calendar.local(now).date())
    with db.atomic():
        call_id = record_call(
            db, target.customer_id, target.numbers, decision, now,
            actor=actor, calendar=calendar, date=date, note=note,
        )  # fmt: skip
        outbox_id = None
        if confirm:
            outbox_id = _queue_confirmation(app, target, outcome, date, invoices, now, actor)
    return CallOutcome(call_id, outbox_id)


def render_confirmation(
    app: App, target: Target, outcome: str, date: dt.date | None, now: dt.datetime
) -> Rendered:
    """The confirmation email as it would go for this call, writing nothing (a preview)."""
    calendar = app.settings.business_calendar()
    return _render(
        app, target, outcome, date, _invoices(app.db, target, calendar.local(now).date()), now
    )


def _invoices(db: Database, target: Target, today: dt.date) -> list[dict[str, Any]]:
    """What the confirmation says of each invoice, read before the call changes them."""
    rows = [invoice_row(db, n) for n in target.numbers]
    return [invoice_context(row, today) for row in rows if row is not None]


def _render(
    app: App,
    target: Target,
    outcome: str,
    date: dt.date | None,
    invoices: list[dict[str, Any]],
    now: dt.datetime,
) -> Rendered:
    settings = app.settings
    customer = customer_row(app.db, target.customer_id)
    assert customer is not None
    context = {
        "firm": settings.firm,
        "customer": customer,
        "outcome": outcome,
        "date": date,
        "invoices": invoices,
        "total": sum((i["balance"] for i in invoices), Decimal("0.00")),
        "currency": invoices[0]["currency"],
        "call_date": settings.business_calendar().local(now).date(),
    }
    return app.renderer.render("confirmation-appel", customer["language"], context)


def _queue_confirmation(
    app: App,
    target: Target,
    outcome: str,
    date: dt.date | None,
    invoices: list[dict[str, Any]],
    now: dt.datetime,
    actor: str,
) -> int:
    """The courteous email saying what was agreed, to the customer's own addresses."""
    db, settings = app.db, app.settings
    rendered = _render(app, target, outcome, date, invoices, now)
    to, cc = recipients(db, target.customer_id)
    outbox_id, envelope = queue_firm_mail(
        db, settings, app.secret, kind="call_confirmation", customer_id=target.customer_id,
        to=to, cc=cc, rendered=rendered, now=now,
        thread=[e["message_id"] for e in earlier_messages(db, list(target.numbers))],
    )  # fmt: skip
    record_event(
        db,
        now,
        "call_confirmation",
        f"Confirmation de l'appel préparée pour {', '.join(envelope.recipients)}",
        customer=target.customer_id,
        invoice=target.numbers[0] if len(target.numbers) == 1 else None,
        detail={"outbox_id": outbox_id, "subject": rendered.subject},
        actor=actor,
    )
    return outbox_id
