"""Customer mail written by the acting side: the duplicate and the broken-promise email.

Both go through the outbox like the reminders (so they leave only inside the sending window),
threaded on the earlier reminders of the same invoices, from the firm's address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from relancebot.config import Settings
from relancebot.outgoing.compose import Attachment, Envelope, compose
from relancebot.outgoing.outbox import enqueue
from relancebot.outgoing.reminders import (
    PdfUnavailable,
    earlier_messages,
    invoice_context,
    read_pdf,
)
from relancebot.outgoing.render import Renderer
from relancebot.outgoing.tokens import new_message_id
from relancebot.store.records import customer_row


@dataclass(frozen=True)
class Queued:
    outbox_id: int
    subject: str
    recipients: list[str]
    missing_pdfs: tuple[str, ...]


def queue_customer_mail(
    db: Database,
    settings: Settings,
    renderer: Renderer,
    secret: bytes,
    *,
    template: str,
    kind: str,
    customer_id: str,
    numbers: Sequence[str],
    to: Sequence[str],
    cc: Sequence[str],
    now: dt.datetime,
    extra: dict[str, Any] | None = None,
    pdf_required: bool = True,
) -> Queued:
    """Render, compose and enqueue one email about these invoices; the caller's transaction.

    Raises TemplateProblem, PdfUnavailable (when ``pdf_required``) or ValueError before any
    write, so the caller can record why instead.
    """
    calendar = settings.business_calendar()
    today = calendar.local(now).date()
    customer = customer_row(db, customer_id)
    if customer is None:
        raise ValueError(f"client inconnu : {customer_id}")
    rows = list(
        db.query(
            f"SELECT * FROM invoices WHERE number IN ({','.join('?' * len(numbers))})"
            " ORDER BY number",
            list(numbers),
        )
    )
    invoices = [invoice_context(r, today) for r in rows]
    earlier = earlier_messages(db, [r["number"] for r in rows])
    context = {
        "firm": settings.firm,
        "customer": customer,
        "invoices": invoices,
        "total": sum((i["balance"] for i in invoices), Decimal("0.00")),
        "currency": invoices[0]["currency"],
        "previous": [
            {
                "date": calendar.local(dt.datetime.fromisoformat(e["created_at"])).date(),
                "level": e["level"],
            }
            for e in earlier
        ],
        **(extra or {}),
    }
    rendered = renderer.render(template, customer["language"], context)
    attachments: list[Attachment] = []
    missing: list[str] = []
    for row in rows:
        try:
            attachments.append(Attachment(Path(row["pdf_path"]).name, read_pdf(row["pdf_path"])))
        except PdfUnavailable:
            if pdf_required:
                raise
            missing.append(row["number"])
    envelope = Envelope(settings.firm.name, settings.firm.email, list(to), list(cc))
    message = compose(
        envelope,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=new_message_id(secret, settings.firm.email.rpartition("@")[2]),
        date=now,
        attachments=attachments,
        thread=[e["message_id"] for e in earlier],
    )
    outbox_id = enqueue(
        db,
        kind=kind,
        customer_id=customer_id,
        message=message,
        recipients=envelope.recipients,
        at=now,
    )
    return Queued(outbox_id, rendered.subject, envelope.recipients, tuple(missing))
