"""Customer mail written by the acting side: the duplicate and the broken-promise email.

Both go through the outbox like the reminders (so they leave only inside the sending window),
threaded on the earlier reminders of the same invoices, from the firm's address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relancebot.config import Settings
from relancebot.errors import UnknownCustomer
from relancebot.outgoing.compose import Attachment
from relancebot.outgoing.firm_mail import earlier_messages, letter_context, queue_firm_mail
from relancebot.outgoing.reminders import PdfUnavailable, read_pdf
from relancebot.outgoing.render import Renderer
from relancebot.store.connection import Database
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
    customer = customer_row(db, customer_id)
    if customer is None:
        raise UnknownCustomer(f"client inconnu : {customer_id}")
    rows = list(
        db.query(
            f"SELECT * FROM invoices WHERE number IN ({','.join('?' * len(numbers))})"
            " ORDER BY number",
            list(numbers),
        )
    )
    earlier = earlier_messages(db, [r["number"] for r in rows])
    context = {**letter_context(settings, customer, rows, earlier, now), **(extra or {})}
    rendered = renderer.render(template, customer["language"], context)
    attachments: list[Attachment] = []
    missing: list[str] = []
    for row in rows:
        if not row["pdf_path"]:  # imported without a document (a bare XML, a FEC line)
            if pdf_required:
                raise PdfUnavailable(
                    f"la facture {row['number']} a été importée sans document (XML seul ou "
                    "FEC) : le duplicata est à envoyer par une personne"
                )
            missing.append(row["number"])
            continue
        try:
            attachments.append(
                Attachment(
                    Path(row["pdf_path"]).name,
                    read_pdf(row["pdf_path"], settings.invoices.max_pdf_bytes),
                )
            )
        except PdfUnavailable:
            if pdf_required:
                raise
            missing.append(row["number"])
    outbox_id, envelope = queue_firm_mail(
        db, settings, secret, kind=kind, customer_id=customer_id, to=to, cc=cc,
        rendered=rendered, now=now, attachments=attachments,
        thread=[e["message_id"] for e in earlier],
    )  # fmt: skip
    return Queued(outbox_id, rendered.subject, envelope.recipients, tuple(missing))
