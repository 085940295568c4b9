"""What every email from the firm shares: the context of its invoices, and leaving through
the outbox from the firm's address with a signed Message-ID, threaded on earlier reminders.

Used by the reminders, the duplicate and broken-promise emails, the call confirmation and the
digest, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from relancebot.config import Settings
from relancebot.outgoing.compose import Attachment, Composed, Envelope, compose
from relancebot.outgoing.outbox import enqueue
from relancebot.outgoing.payment_qr import dues_of, firm_payment
from relancebot.outgoing.render import Rendered
from relancebot.outgoing.tokens import new_message_id
from relancebot.store.connection import Database


def invoice_context(row: dict[str, Any], today: dt.date) -> dict[str, Any]:
    amount, paid = Decimal(row["amount"]), Decimal(row["paid"])
    due = dt.date.fromisoformat(row["due_date"])
    return {
        "number": row["number"],
        "issue_date": dt.date.fromisoformat(row["issue_date"]),
        "due_date": due,
        "amount": amount,
        "amount_excl_tax": Decimal(row["amount_excl_tax"]) if row["amount_excl_tax"] else None,
        "paid": paid,
        "balance": amount - paid,
        "currency": row["currency"],
        "days_overdue": max((today - due).days, 0),
    }


def earlier_messages(db: Database, numbers: Sequence[str]) -> list[dict[str, Any]]:
    """Earlier reminders about these invoices, oldest first: for threading and the history."""
    marks = ",".join("?" * len(numbers))
    return list(
        db.query(
            f"""SELECT DISTINCT o.id, o.message_id, o.created_at, r.level FROM reminders r
            JOIN outbox o ON o.id = r.outbox_id
            WHERE r.invoice_number IN ({marks}) AND o.state != 'failed' ORDER BY o.id""",
            list(numbers),
        )
    )


def letter_context(
    settings: Settings,
    customer: dict[str, Any],
    rows: Sequence[dict[str, Any]],
    earlier: Sequence[dict[str, Any]],
    now: dt.datetime,
) -> dict[str, Any]:
    """The variables every template about invoices gets (see gabarits/README.md)."""
    calendar = settings.business_calendar()
    invoices = [invoice_context(r, calendar.local(now).date()) for r in rows]
    return {
        "firm": settings.firm,
        "customer": customer,
        "invoices": invoices,
        "total": sum((i["balance"] for i in invoices), Decimal("0.00")),
        "currency": invoices[0]["currency"],
        # The "Pour régler" block and its QR code; None without [firm] iban.
        "payment": firm_payment(settings.firm, dues_of(invoices)),
        "previous": [
            {
                "date": calendar.local(dt.datetime.fromisoformat(e["created_at"])).date(),
                "level": e["level"],
            }
            for e in earlier
        ],
    }


def firm_message(
    settings: Settings,
    secret: bytes,
    to: Sequence[str],
    cc: Sequence[str],
    rendered: Rendered,
    now: dt.datetime,
    *,
    attachments: Sequence[Attachment] = (),
    thread: Sequence[str] = (),
) -> tuple[Composed, Envelope]:
    envelope = Envelope(settings.firm.name, settings.firm.email, list(to), list(cc))
    message = compose(
        envelope,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=new_message_id(secret, settings.firm.email.rpartition("@")[2]),
        date=now,
        attachments=attachments,
        thread=thread,
        max_attachments_bytes=settings.invoices.max_pdf_bytes,
        inline=rendered.inline,
    )
    return message, envelope


def queue_firm_mail(
    db: Database,
    settings: Settings,
    secret: bytes,
    *,
    kind: str,
    customer_id: str | None,
    to: Sequence[str],
    cc: Sequence[str] = (),
    rendered: Rendered,
    now: dt.datetime,
    attachments: Sequence[Attachment] = (),
    thread: Sequence[str] = (),
    in_window: bool = True,
) -> tuple[int, Envelope]:
    """Compose and enqueue, inside the caller's transaction; returns (outbox id, envelope)."""
    message, envelope = firm_message(
        settings, secret, to, cc, rendered, now, attachments=attachments, thread=thread
    )
    outbox_id = enqueue(
        db,
        kind=kind,
        customer_id=customer_id,
        message=message,
        recipients=envelope.recipients,
        at=now,
        in_window=in_window,
    )
    return outbox_id, envelope
