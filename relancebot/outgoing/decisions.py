"""A person's decisions on a message of the outbox that waits for one (uncertain or failed).

- `settle(sent=True)`: it did leave (an uncertain one at its last attempt, which its invoices
  count from); `settle(sent=False)`: back to the queue now, its refusals forgotten.
- `dismiss`: a message refused for good is left aside on purpose; it stays `failed` in the
  record, and `status` stops asking about it.

Each closes the tasks that this message opened, and no other's (their summaries name it first).
"""

from __future__ import annotations

import datetime as dt

from relancebot.errors import NotAllowedNow
from relancebot.outgoing.outbox import record_sent, task_prefix
from relancebot.store.connection import Database
from relancebot.store.records import from_iso, iso, record_event
from relancebot.store.tasks import TaskKind

_ITS_TASKS = (TaskKind.CHECK_SEND.name.lower(), TaskKind.FIX_REMINDER.name.lower())


class NotSettleable(NotAllowedNow):
    """Only a message that is uncertain or failed waits for a person's decision."""


def settle(
    db: Database,
    outbox_id: int,
    *,
    sent: bool,
    summary: str,
    now: dt.datetime,
    actor: str,
) -> None:
    """`relancebot outbox mark-sent` (sent) or `outbox resend`; `actor` is who decided."""
    with db.atomic():
        state, customer, attempted = _waiting(db, outbox_id, ("uncertain", "failed"))
        if sent:
            attempt = from_iso(attempted) if state == "uncertain" else None
            record_sent(db, outbox_id, attempt or now, now)
        else:
            _refuse_superseded(db, outbox_id)
            db.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ?, failures = 0,"
                " settled_at = NULL WHERE id = ?",
                [iso(now), outbox_id],
            )
        _close(db, outbox_id, customer, summary, now, actor)


def dismiss(db: Database, outbox_id: int, *, note: str, now: dt.datetime, actor: str) -> str:
    """`relancebot outbox dismiss`; returns the journal's summary of the decision."""
    summary = f"Message #{outbox_id} laissé de côté par une personne" + (
        f" : {note}" if note else ""
    )
    with db.atomic():
        _, customer, _ = _waiting(db, outbox_id, ("failed",), unsettled=True)
        db.execute(
            "UPDATE outbox SET settled_at = ?, settled_note = ? WHERE id = ?",
            [iso(now), note, outbox_id],
        )
        _close(db, outbox_id, customer, summary, now, actor)
    return summary


def _refuse_superseded(db: Database, outbox_id: int) -> None:
    """A reminder refused for good whose invoices went again in a later message (to a new
    address) belongs to no invoice any more: sending it again would mail them twice."""
    row = db.execute(
        "SELECT o.kind, o.settled_note, (SELECT COUNT(*) FROM reminders r"
        " WHERE r.outbox_id = o.id) FROM outbox o WHERE o.id = ?",
        [outbox_id],
    ).fetchone()
    kind, note, reminders = row
    if kind in ("reminder", "pre_reminder") and not reminders:
        raise NotSettleable(
            f"#{outbox_id} ne sera pas renvoyé : ses relances sont reparties depuis"
            + (f" ({note})" if note else "")
        )


def _waiting(
    db: Database, outbox_id: int, states: tuple[str, ...], *, unsettled: bool = False
) -> tuple[str, str, str]:
    row = db.execute(
        "SELECT state, customer_id, attempted_at, settled_at FROM outbox WHERE id = ?",
        [outbox_id],
    ).fetchone()
    if row is None or row[0] not in states:
        wanted = "ni incertain ni en échec" if "uncertain" in states else "pas en échec"
        raise NotSettleable(f"#{outbox_id} n'est {wanted}")
    if unsettled and row[3] is not None:
        raise NotSettleable(f"#{outbox_id} est déjà laissé de côté")
    return row[0], row[1], row[2]


def _close(
    db: Database, outbox_id: int, customer: str, summary: str, now: dt.datetime, actor: str
) -> None:
    record_event(
        db, now, "outbox_decision", summary,
        customer=customer, detail={"outbox_id": outbox_id}, actor=actor,
    )  # fmt: skip
    db.execute(
        "UPDATE tasks SET state = 'done', closed_at = ?, outcome = ? WHERE state = 'open'"
        f" AND kind IN ({', '.join('?' * len(_ITS_TASKS))}) AND summary LIKE ?",
        [iso(now), summary, *_ITS_TASKS, f"{task_prefix(outbox_id)}%"],
    )
