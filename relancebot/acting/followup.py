"""The tick's follow-up of earlier replies, before planning. Idempotent: every write changes
the state it was selected on, so a second pass at the same `now` finds nothing to do.

1. Invoices settled since (a payment imported, a person's mark): their open tasks are closed,
   among them the "check the bank" of an "already paid" reply.
2. Promises whose pause is over and still unpaid: the chase resumes with a firmer email that
   recalls the promise ("engagement non tenu", template ``promesse-non-tenue``), threaded on
   the earlier reminders; the cadence counts from it (``cadence_anchor_at``); a person is
   asked to call. A promise kept (paid in time) never reaches this step: paid invoices are
   not selected.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from relancebot.acting.mail import queue_customer_mail
from relancebot.acting.reply import Actor
from relancebot.core.promises import PROMISE_REASON
from relancebot.errors import UnknownCustomer
from relancebot.outgoing.render import TemplateProblem
from relancebot.store import chase
from relancebot.store.connection import Database
from relancebot.store.records import iso, recipients, record_event
from relancebot.store.tasks import TaskKind, close_tasks, open_task

log = logging.getLogger(__name__)


@dataclass
class FollowUpReport:
    settled: list[str] = field(default_factory=list)  # invoices whose tasks were closed
    broken: list[str] = field(default_factory=list)  # promises not kept
    queued: list[int] = field(default_factory=list)  # outbox ids of the firmer emails


def follow_up(db: Database, actor: Actor, now: dt.datetime) -> FollowUpReport:
    report = FollowUpReport()
    with db.atomic():
        report.settled = close_settled(db, now)
    with db.atomic():
        broken_promises(db, actor, now, report)
    return report


def close_settled(db: Database, now: dt.datetime) -> list[str]:
    rows = db.execute(
        "SELECT DISTINCT t.invoice_number, i.customer_id FROM tasks t"
        " JOIN invoices i ON i.number = t.invoice_number"
        " WHERE t.state = 'open' AND i.paid_at IS NOT NULL ORDER BY 1"
    ).fetchall()
    for number, customer in rows:
        closed = close_tasks(db, now, "payée", invoice=number)
        record_event(
            db,
            now,
            "tasks_closed",
            f"Facture {number} soldée : {closed} tâche(s) close(s), plus rien à vérifier",
            invoice=number,
            customer=customer,
        )
    return [str(r[0]) for r in rows]


def _promise_made_on(db: Database, numbers: list[str], calendar_tz: dt.tzinfo) -> dt.date | None:
    """The day of the last promise acted on: by a call, or a reply that was allowed to pause
    the chase (journalled 'promise'); a stranger's promise, only shown to a person, is none."""
    marks = ",".join("?" * len(numbers))
    row = db.execute(
        f"""SELECT MAX(at) FROM (
            SELECT e.at FROM events e WHERE e.invoice_number IN ({marks}) AND e.kind = 'promise'
            UNION ALL
            SELECT c.at FROM calls c WHERE c.invoice_number IN ({marks})
            AND c.outcome = 'promise')""",
        [*numbers, *numbers],
    ).fetchone()
    if not row or not row[0]:
        return None
    return dt.datetime.fromisoformat(row[0]).astimezone(calendar_tz).date()


def broken_promises(db: Database, actor: Actor, now: dt.datetime, report: FollowUpReport) -> None:
    rows = db.execute(
        "SELECT number, customer_id, promised_date FROM invoices WHERE paid_at IS NULL"
        " AND chase = 'paused' AND paused_until IS NOT NULL AND paused_until <= ?"
        " AND chase_reason LIKE ? ORDER BY customer_id, number",
        [iso(now), PROMISE_REASON + "%"],
    ).fetchall()
    by_customer: dict[str, list[tuple[str, dt.date | None]]] = defaultdict(list)
    for number, customer, promised in rows:
        by_customer[customer].append(
            (number, dt.date.fromisoformat(promised) if promised else None)
        )
    for customer, items in by_customer.items():
        _one_customer(db, actor, customer, items, now, report)


def _one_customer(
    db: Database,
    actor: Actor,
    customer: str,
    items: list[tuple[str, dt.date | None]],
    now: dt.datetime,
    report: FollowUpReport,
) -> None:
    numbers = [n for n, _ in items]
    dates = [d for _, d in items if d is not None]
    promised = max(dates) if dates else None
    mail, outbox_id = _firmer_email(db, actor, customer, numbers, promised, now)
    if outbox_id is not None:
        report.queued.append(outbox_id)
    when = f" pour le {promised:%d/%m/%Y}" if promised else ""
    for number in numbers:
        report.broken.append(number)
        chase.promise_broken(
            db,
            number,
            customer,
            f"Promesse de paiement{when} non tenue : {mail} ; les relances reprennent à partir "
            "de cet envoi, appel demandé",
            now,
        )
        open_task(
            db,
            TaskKind.CALL_BROKEN_PROMISE,
            f"Facture {number} : promesse de paiement{when} non tenue, relance ferme envoyée :"
            " appeler",
            now,
            customer=customer,
            invoice=number,
        )
    log.info("promesse non tenue client=%s factures=%s", customer, ",".join(numbers))


def _firmer_email(
    db: Database,
    actor: Actor,
    customer: str,
    numbers: list[str],
    promised: dt.date | None,
    now: dt.datetime,
) -> tuple[str, int | None]:
    """Queue the "engagement non tenu" email; returns what happened (for the journal)."""
    settings = actor.settings
    calendar = settings.business_calendar()
    no_chase = db.execute("SELECT do_not_chase FROM customers WHERE id = ?", [customer]).fetchone()
    if no_chase and no_chase[0]:
        return "aucun email (client suivi par téléphone)", None
    to, cc = recipients(db, customer)
    if not to:
        return "aucune adresse valide pour l'email", None
    days = settings.policy.level3_deadline_days
    try:
        queued = queue_customer_mail(
            db,
            settings,
            actor.renderer,
            actor.secret,
            template="promesse-non-tenue",
            kind="broken_promise",
            customer_id=customer,
            numbers=numbers,
            to=to,
            cc=cc,
            now=now,
            pdf_required=False,
            extra={
                "promised_date": promised,
                "promise_made_on": _promise_made_on(db, numbers, calendar.timezone),
                "deadline_days": days,
                "deadline_date": calendar.local(now).date() + dt.timedelta(days=days),
            },
        )
    except (TemplateProblem, UnknownCustomer, ValueError) as exc:
        for number in numbers:
            open_task(
                db,
                TaskKind.FIX_REMINDER,
                f"Relance « engagement non tenu » de {number} impossible : {exc}",
                now,
                customer=customer,
                invoice=number,
            )
        return f"relance ferme impossible ({exc})", None
    sent_to = ", ".join(queued.recipients)
    return f"relance ferme « engagement non tenu » préparée pour {sent_to}", queued.outbox_id
