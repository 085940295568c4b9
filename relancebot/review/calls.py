"""A call logged by a person, and what it sets in motion.

1. The call row and its journal line are written.
2. The outcome decides what happens next for each invoice discussed:
   paid → a payment for the balance (source 'appel'), the invoice settled;
   promise → chase paused until the date plus a few business days, the date kept (the
             tick's promise follow-up then resumes it firmly if nothing was paid);
   dispute → chase stopped, a dispute task stays open until a person resolves it;
   difficulty → chase paused until the agreed date, the plan kept in the customer's notes;
   no answer → the call tasks stay open and come back the next business day.
3. The tasks the call answered are closed.
4. Optionally, a short courteous email confirms to the customer what was agreed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from relancebot.app import App
from relancebot.core.actions import PROMISE_REASON
from relancebot.errors import InvalidDecision, NotAllowedNow
from relancebot.outgoing.firm_mail import earlier_messages, invoice_context, queue_firm_mail
from relancebot.review.actions import CALL_KINDS, pause_invoice, record_payment, until_after
from relancebot.review.cases import Target
from relancebot.store.connection import Database
from relancebot.store.records import customer_row, invoice_row, iso, recipients, record_event
from relancebot.store.tasks import TaskKind, close_tasks, open_task

OUTCOMES = ("paid", "promise", "dispute", "difficulty", "no_answer")
OUTCOMES_FR = {
    "paid": "réglé",
    "promise": "promesse de paiement",
    "dispute": "litige",
    "difficulty": "difficulté de paiement, plan convenu",
    "no_answer": "pas de réponse",
}
PROMISE_GRACE_BUSINESS_DAYS = 3


@dataclass(frozen=True)
class CallOutcome:
    call_id: int
    outbox_id: int | None  # the confirmation email, when one was asked for


def _check(outcome: str, date: dt.date | None, confirm: bool) -> None:
    if outcome not in OUTCOMES:
        raise InvalidDecision(f"--outcome : {', '.join(OUTCOMES)} attendu, reçu {outcome!r}")
    if outcome in ("promise", "difficulty") and date is None:
        raise InvalidDecision(f"--date est obligatoire avec --outcome {outcome}")
    if confirm and outcome == "no_answer":
        raise InvalidDecision("--confirm : rien à confirmer sans réponse du client")


def log_call(
    app: App,
    target: Target,
    outcome: str,
    note: str,
    date: dt.date | None,
    confirm: bool,
    now: dt.datetime,
) -> CallOutcome:
    _check(outcome, date, confirm)
    if not target.numbers:
        raise NotAllowedNow(f"{target.customer_id} : aucune facture impayée")
    db = app.db
    if confirm and not recipients(db, target.customer_id)[0]:
        raise NotAllowedNow(f"{target.customer_id} : aucune adresse valide pour la confirmation")
    calendar = app.settings.business_calendar()
    invoices = [invoice_context(_row(db, n), calendar.local(now).date()) for n in target.numbers]
    with db.atomic():
        call_id = _insert_call(db, target, outcome, note, date, now)
        for number in target.numbers:
            _apply(app, number, target.customer_id, outcome, note, date, now)
        if outcome == "difficulty" and note:
            stamp = f"{calendar.local(now):%d/%m/%Y}"
            db.execute(
                "UPDATE customers SET notes = trim(notes || char(10) || ?) WHERE id = ?",
                [f"{stamp} (appel) : {note}", target.customer_id],
            )
        outbox_id = None
        if confirm:
            outbox_id = _confirmation(app, target, outcome, date, invoices, now)
    return CallOutcome(call_id, outbox_id)


def _row(db: Database, number: str) -> dict[str, Any]:
    row = invoice_row(db, number)
    assert row is not None
    return row


def _insert_call(
    db: Database, target: Target, outcome: str, note: str, date: dt.date | None, now: dt.datetime
) -> int:
    cursor = db.execute(
        "INSERT INTO calls (at, customer_id, invoice_number, outcome, promised_date, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            iso(now),
            target.customer_id,
            target.numbers[0] if len(target.numbers) == 1 else None,
            outcome,
            date.isoformat() if date else None,
            note,
        ],
    )
    assert cursor.lastrowid is not None
    when = f" ({date:%d/%m/%Y})" if date else ""
    for number in target.numbers:
        record_event(
            db,
            now,
            "call",
            f"Appel : {OUTCOMES_FR[outcome]}{when}" + (f" — {note}" if note else ""),
            invoice=number,
            customer=target.customer_id,
            detail={"call_id": cursor.lastrowid, "outcome": outcome},
        )
    return cursor.lastrowid


def _apply(
    app: App,
    number: str,
    customer: str,
    outcome: str,
    note: str,
    date: dt.date | None,
    now: dt.datetime,
) -> None:
    db = app.db
    calendar = app.settings.business_calendar()
    if outcome == "paid":
        record_payment(db, number, None, calendar.local(now).date(), "appel", now)
    elif outcome == "promise":
        assert date is not None
        until = until_after(calendar, date, PROMISE_GRACE_BUSINESS_DAYS)
        pause_invoice(db, number, until, f"{PROMISE_REASON} au {date:%d/%m/%Y}", now)
        db.execute(
            "UPDATE invoices SET promised_date = ? WHERE number = ?", [date.isoformat(), number]
        )
        close_tasks(db, now, "appel : promesse", invoice=number, kinds=CALL_KINDS)
    elif outcome == "difficulty":
        assert date is not None
        reason = f"plan convenu au {date:%d/%m/%Y}" + (f" : {note}" if note else "")
        pause_invoice(db, number, calendar.opening(date), reason[:300], now)
        close_tasks(db, now, "appel : plan convenu", invoice=number, kinds=CALL_KINDS)
    elif outcome == "dispute":
        db.execute(
            "UPDATE invoices SET chase = 'stopped', chase_reason = ?, updated_at = ?"
            " WHERE number = ?",
            [("litige : " + note if note else "litige")[:300], iso(now), number],
        )
        others = tuple(k for k in CALL_KINDS if k is not TaskKind.CALL_DISPUTE)
        close_tasks(db, now, "appel : litige", invoice=number, kinds=others)
        open_task(
            db,
            TaskKind.CALL_DISPUTE,
            f"Litige sur {number} : à résoudre" + (f" ({note})" if note else ""),
            now,
            customer=customer,
            invoice=number,
        )
    else:  # no answer: try again the next business day
        tomorrow = calendar.local(now).date() + dt.timedelta(days=1)
        again = calendar.opening(calendar.next_business_day(tomorrow))
        moved = db.execute(
            f"UPDATE tasks SET due_at = ? WHERE state = 'open' AND invoice_number = ?"
            f" AND kind IN ({','.join('?' * len(CALL_KINDS))})",
            [iso(again), number, *(k.name.lower() for k in CALL_KINDS)],
        ).rowcount
        if not moved:
            open_task(
                db,
                TaskKind.CALL_OVERDUE,
                f"Rappeler au sujet de {number} : pas de réponse",
                now,
                customer=customer,
                invoice=number,
                due_at=again,
            )


def _confirmation(
    app: App,
    target: Target,
    outcome: str,
    date: dt.date | None,
    invoices: list[dict[str, Any]],
    now: dt.datetime,
) -> int:
    """The courteous email saying what was agreed, to the customer's own addresses."""
    db, settings = app.db, app.settings
    customer = customer_row(db, target.customer_id)
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
    rendered = app.renderer.render("confirmation-appel", customer["language"], context)
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
    )
    return outbox_id
