"""A call a person records, and what its outcome changes (decided by ``core.calls``).

1. The call row, and one journal line per invoice discussed ('call', naming who recorded it).
2. Each invoice's change: a payment for the balance (paid), the chase held (promise,
   difficulty) or stopped with a dispute task (dispute), or the call tasks moved to the next
   business day (no answer).
3. The tasks the call answered are closed; a plan agreed goes into the customer's notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from relancebot.core.calendar import BusinessCalendar
from relancebot.core.calls import OUTCOMES_FR, CallDecision
from relancebot.store.chase.payments import record_payment
from relancebot.store.chase.state import CALL_KINDS, open_invoice, set_chase, set_promise
from relancebot.store.connection import Database
from relancebot.store.records import iso, record_event
from relancebot.store.tasks import TaskKind, close_tasks, open_task

_CLOSING = {"promise": "appel : promesse", "difficulty": "appel : plan convenu"}


def record_call(
    db: Database,
    customer_id: str,
    numbers: Sequence[str],
    decision: CallDecision,
    now: dt.datetime,
    *,
    actor: str,
    calendar: BusinessCalendar,
    date: dt.date | None = None,
    note: str = "",
) -> int:
    """Write the call and apply its decision to each invoice; returns the call's id.
    `date` is the date the person gave (promised, or agreed), kept on the call as given."""
    with db.atomic():
        call_id = _insert_call(db, customer_id, numbers, decision.outcome, date, note, now, actor)
        for number in numbers:
            _apply(db, number, customer_id, decision, note, now, actor, calendar)
        if decision.outcome == "difficulty" and note:
            stamp = f"{calendar.local(now):%d/%m/%Y}"
            db.execute(
                "UPDATE customers SET notes = trim(notes || char(10) || ?) WHERE id = ?",
                [f"{stamp} (appel) : {note}", customer_id],
            )
    return call_id


def _insert_call(
    db: Database,
    customer_id: str,
    numbers: Sequence[str],
    outcome: str,
    date: dt.date | None,
    note: str,
    now: dt.datetime,
    actor: str,
) -> int:
    cursor = db.execute(
        "INSERT INTO calls (at, customer_id, invoice_number, outcome, promised_date, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            iso(now),
            customer_id,
            numbers[0] if len(numbers) == 1 else None,
            outcome,
            date.isoformat() if date else None,
            note,
        ],
    )
    assert cursor.lastrowid is not None
    when = f" ({date:%d/%m/%Y})" if date else ""
    for number in numbers:
        record_event(
            db,
            now,
            "call",
            f"Appel : {OUTCOMES_FR[outcome]}{when}" + (f" — {note}" if note else ""),
            invoice=number,
            customer=customer_id,
            detail={"call_id": cursor.lastrowid, "outcome": outcome},
            actor=actor,
        )
    return cursor.lastrowid


def _apply(
    db: Database,
    number: str,
    customer: str,
    decision: CallDecision,
    note: str,
    now: dt.datetime,
    actor: str,
    calendar: BusinessCalendar,
) -> None:
    outcome = decision.outcome
    if decision.pay_balance:
        today = calendar.local(now).date()
        record_payment(db, number, None, today, now, actor=actor, source="appel")
        return
    if decision.chase is not None:
        open_invoice(db, number)
        set_chase(db, number, decision.chase, decision.until, decision.reason, now)
    if outcome == "promise":
        set_promise(db, number, decision.promised, now)
    if outcome in _CLOSING:
        close_tasks(db, now, _CLOSING[outcome], invoice=number, kinds=CALL_KINDS)
    elif outcome == "dispute":
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
    elif decision.callback_at is not None:  # no answer: the call tasks come back then
        _call_again(db, number, customer, decision.callback_at, now)


def _call_again(
    db: Database, number: str, customer: str, again: dt.datetime, now: dt.datetime
) -> None:
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
