"""Turning a planned batch into one email in the outbox, and recording what it means."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from relancebot.config import Settings
from relancebot.core.model import LEVEL_NAMES, ReminderBatch, Step, StepKind
from relancebot.errors import FileProblem, UnknownCustomer
from relancebot.outgoing.compose import Attachment, Composed, Envelope
from relancebot.outgoing.firm_mail import earlier_messages, firm_message, letter_context
from relancebot.outgoing.outbox import enqueue, task_prefix
from relancebot.outgoing.render import Rendered, Renderer, TemplateProblem
from relancebot.store import chase
from relancebot.store.connection import Database
from relancebot.store.missing_email import found_email, has_address, missing_email
from relancebot.store.records import customer_row, iso, recipients
from relancebot.store.tasks import TaskKind

log = logging.getLogger(__name__)


def template_name(kind: StepKind, level: int) -> str:
    return "relance-preventive" if kind is StepKind.PRE_REMINDER else f"relance-{level}"


class PdfUnavailable(FileProblem):
    """The invoice's PDF cannot be attached as imported (gone, swapped, too heavy)."""


def read_pdf(path: str, max_bytes: int | None = None) -> bytes:
    """The invoice's PDF, exactly as checked at import: the path was resolved inside the
    invoices folder then, so a link planted there since cannot make us mail another file; and
    a file swapped since for one too large to mail is refused before it is read."""
    if Path(path).resolve() != Path(path):
        raise PdfUnavailable(f"{path} est devenu un lien vers {Path(path).resolve()} : refusé")
    try:
        size = Path(path).stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise PdfUnavailable(
                f"{path} pèse maintenant {size} octets, plus que invoices.max_pdf_bytes "
                f"({max_bytes}) : trop lourd pour un email"
            )
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PdfUnavailable(f"PDF illisible {path} ({exc.strerror})") from None
    if not data.startswith(b"%PDF-"):
        raise PdfUnavailable(f"{path} n'est plus un PDF")
    return data


def render_batch(
    db: Database,
    settings: Settings,
    renderer: Renderer,
    secret: bytes,
    customer_id: str,
    steps: list[Step],
    pdfs: dict[str, bytes],
    now: dt.datetime,
) -> tuple[Composed, Envelope, Rendered]:
    """The finished email for these steps of one customer; reads the store, writes nothing."""
    calendar = settings.business_calendar()
    today = calendar.local(now).date()
    customer = customer_row(db, customer_id)
    if customer is None:
        raise UnknownCustomer(f"client inconnu : {customer_id}")
    rows = {
        r["number"]: r
        for r in db.query(
            f"SELECT * FROM invoices WHERE number IN ({','.join('?' * len(steps))})",
            [s.invoice for s in steps],
        )
    }
    level = max(s.level for s in steps)
    earlier = earlier_messages(db, [s.invoice for s in steps])
    deadline_days = settings.policy.deadline_days(level)
    context = {
        **letter_context(settings, customer, [rows[s.invoice] for s in steps], earlier, now),
        # The invoices whose PDF goes with the email: those without a document (a bare XML,
        # a FEC line) are not said to be attached (gabarits/README.md).
        "attached": [s.invoice for s in steps if s.invoice in pdfs],
        "level": level,
        "deadline_days": deadline_days,
        "deadline_date": today + dt.timedelta(days=deadline_days) if deadline_days else None,
        "indemnity": settings.policy.recovery_indemnity,
    }
    rendered = renderer.render(template_name(steps[0].kind, level), customer["language"], context)
    to, cc = recipients(db, customer_id)
    message, envelope = firm_message(
        settings, secret, to, cc, rendered, now,
        attachments=[
            Attachment(Path(rows[s.invoice]["pdf_path"]).name, pdfs[s.invoice])
            for s in steps
            if s.invoice in pdfs
        ],
        thread=[e["message_id"] for e in earlier],
    )  # fmt: skip
    return message, envelope, rendered


class SetAside(NamedTuple):
    """An invoice whose reminder could not be written, and why: a person takes it up."""

    invoice: str
    reason: str


@dataclass
class Queued:
    outbox_ids: list[int] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)


def queue_batch(
    db: Database,
    settings: Settings,
    renderer: Renderer,
    secret: bytes,
    batch: ReminderBatch,
    now: dt.datetime,
    aside: list[SetAside] | None = None,
) -> int | None:
    """Write the batch's email to the outbox with its reminder rows, in one transaction.

    Returns None when nothing was left to send (already queued at this level, PDF missing, no
    address); an invoice left out for a missing PDF is added to `aside`. An invoice imported
    without a document (pdf_path '') goes without attachment. A customer without any address
    (the planner holds those: this is the last guard) sends nothing: its invoices stay as
    they are, added to `aside`, and a person is asked for the address (MISSING_EMAIL).
    """
    with db.atomic():
        if not recipients(db, batch.customer_id)[0]:
            _no_address(db, batch, now, aside)
            return None
        steps: list[Step] = []
        pdfs: dict[str, bytes] = {}
        refused: dict[str, tuple[int, int]] = {}  # invoice -> (reminder row, its failed attempt)
        for step in batch.steps:
            taken = db.execute(
                "SELECT r.id, o.id, o.state FROM reminders r JOIN outbox o ON o.id = r.outbox_id"
                " WHERE r.invoice_number = ? AND r.kind = ? AND r.level = ?",
                [step.invoice, step.kind.value, step.level],
            ).fetchone()
            if taken and taken[2] != "failed":
                continue  # idempotence: this reminder already exists
            if taken:  # it was refused for good, never read: this is its new attempt
                refused[step.invoice] = (taken[0], taken[1])
            path = db.execute(
                "SELECT pdf_path FROM invoices WHERE number = ?", [step.invoice]
            ).fetchone()[0]
            if not path:  # no document: the reminder says nothing is attached
                steps.append(step)
                continue
            try:
                pdfs[step.invoice] = read_pdf(path, settings.invoices.max_pdf_bytes)
            except PdfUnavailable as exc:
                log.error("relance mise de côté facture=%s : %s", step.invoice, exc)
                if aside is not None:
                    aside.append(SetAside(step.invoice, str(exc)))
                chase.set_aside(
                    db, step.invoice, batch.customer_id, str(exc), now,
                    kind="pdf_missing", summary=f"{exc} : relance suspendue, à vérifier",
                    task=f"Facture {step.invoice} : {exc}",
                )  # fmt: skip
                continue
            steps.append(step)
        if not steps:
            return None
        message, envelope, rendered = render_batch(
            db, settings, renderer, secret, batch.customer_id, steps, pdfs, now
        )
        outbox_id = enqueue(
            db,
            kind=steps[0].kind.value,
            customer_id=batch.customer_id,
            message=message,
            recipients=envelope.recipients,
            at=now,
        )
        found_email(db, [batch.customer_id], now)
        for step in steps:
            again = refused.get(step.invoice)
            if again is None:
                db.execute(
                    "INSERT INTO reminders (invoice_number, kind, level, outbox_id, planned_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [step.invoice, step.kind.value, step.level, outbox_id, iso(step.due_at)],
                )
            else:
                db.execute(
                    "UPDATE reminders SET outbox_id = ?, planned_at = ? WHERE id = ?",
                    [outbox_id, iso(step.due_at), again[0]],
                )
                supersede(db, again[1], outbox_id, now)
            chase.reminder_queued(
                db,
                step,
                f"{LEVEL_NAMES[step.level].capitalize()} préparée pour "
                f"{', '.join(envelope.recipients)}"
                + (f" (la précédente, #{again[1]}, n'était jamais partie)" if again else ""),
                now,
                detail={"outbox_id": outbox_id, "subject": rendered.subject},
            )
    log.info(
        "relance en file outbox=%s client=%s factures=%s niveau=%s",
        outbox_id,
        batch.customer_id,
        ",".join(s.invoice for s in steps),
        max(s.level for s in steps),
    )
    return outbox_id


def _no_address(
    db: Database, batch: ReminderBatch, now: dt.datetime, aside: list[SetAside] | None
) -> None:
    why = "aucune adresse email pour ce client : relance en attente d'une adresse"
    log.error("relance mise de côté client=%s : %s", batch.customer_id, why)
    if aside is not None:
        aside.extend(SetAside(s.invoice, why) for s in batch.steps)
    if not has_address(db, batch.customer_id):
        missing_email(db, [batch.customer_id], now)


def supersede(db: Database, failed_id: int, outbox_id: int, now: dt.datetime) -> None:
    """A message refused for good whose reminders went again in `outbox_id` waits for no one
    any more: settled (status stops asking), and the tasks it opened are closed."""
    note = f"remplacé par #{outbox_id}"
    db.execute(
        "UPDATE outbox SET settled_at = ?, settled_note = ? WHERE id = ? AND settled_at IS NULL",
        [iso(now), note, failed_id],
    )
    db.execute(
        "UPDATE tasks SET state = 'done', closed_at = ?, outcome = ? WHERE state = 'open'"
        " AND kind = ? AND summary LIKE ?",
        [iso(now), note, TaskKind.FIX_REMINDER.name.lower(), f"{task_prefix(failed_id)}%"],
    )


def queue_batches(
    db: Database,
    settings: Settings,
    renderer: Renderer,
    secret: bytes,
    batches: Sequence[ReminderBatch],
    now: dt.datetime,
    chunk: int = 50,
) -> Queued:
    """Queue every batch; each is atomic on its own (a savepoint), and they are committed by
    chunks, so a large morning does not pay one disk sync per email."""
    done = Queued()
    for start in range(0, len(batches), chunk):
        with db.atomic():
            for batch in batches[start : start + chunk]:
                try:
                    outbox_id = queue_batch(
                        db, settings, renderer, secret, batch, now, done.set_aside
                    )
                except (TemplateProblem, UnknownCustomer, ValueError) as exc:
                    set_aside(db, batch, str(exc), now)
                    done.set_aside.extend(SetAside(s.invoice, str(exc)) for s in batch.steps)
                    continue
                if outbox_id is not None:
                    done.outbox_ids.append(outbox_id)
    return done


def set_aside(db: Database, batch: ReminderBatch, why: str, now: dt.datetime) -> None:
    """A batch that cannot be written (a template that fails on this customer's data, a value
    refused in a header) stops its invoices' chase for a person, instead of failing the pass
    for everyone, and instead of failing again at every pass."""
    log.error("relance mise de côté client=%s : %s", batch.customer_id, why)
    for step in batch.steps:
        chase.set_aside(
            db, step.invoice, batch.customer_id, f"relance impossible : {why}", now,
            kind="reminder_failed",
            summary=f"Relance impossible ({why}) : mise de côté, à reprendre par une personne",
            task=f"Relance impossible pour {step.invoice} : {why}",
        )  # fmt: skip
