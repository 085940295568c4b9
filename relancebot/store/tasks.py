"""Tasks for a person: what the bot could not or must not decide alone.

One open task per (kind, invoice or customer): opening it again only refreshes it, so a
customer who writes three times about the same dispute is one line in the digest, not three.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from relancebot.store.connection import Database
from relancebot.store.records import from_iso, iso


class TaskKind(IntEnum):
    """The kinds, by priority: the digest lists the calls in this order."""

    CALL_DISPUTE = 1
    CALL_DIFFICULTY = 2
    CALL_FAILING_ADDRESS = 3
    CALL_BROKEN_PROMISE = 4
    CHECK_BANK = 5  # "already paid", and no payment seen
    CALL_OVERDUE = 6  # about 30 days overdue
    CONFIRM_CONTACT = 7  # a reply named another address
    READ_REPLY = 8  # other, or linked to no invoice, or quarantined
    CHECK_SEND = 9  # a message that may or may not have left
    FIX_REMINDER = 10  # a reminder that could not be written (PDF missing, template error)
    CHECK_PAYMENT = 11  # a bank credit that probably pays an invoice: a person decides
    MISSING_EMAIL = 12  # an imported invoice whose customer has no email address
    ALLOCATE_CREDIT = 13  # a credit note naming no invoice we know: a person allocates it

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    TaskKind.CALL_DISPUTE: "Appeler : litige",
    TaskKind.CALL_DIFFICULTY: "Appeler : difficulté de paiement",
    TaskKind.CALL_FAILING_ADDRESS: "Appeler : adresse en échec",
    TaskKind.CALL_BROKEN_PROMISE: "Appeler : promesse non tenue",
    TaskKind.CHECK_BANK: "Vérifier la banque : paiement annoncé, non reçu",
    TaskKind.CALL_OVERDUE: "Appeler : 30 jours de retard",
    TaskKind.CONFIRM_CONTACT: "Confirmer un nouveau contact",
    TaskKind.READ_REPLY: "Lire une réponse",
    TaskKind.CHECK_SEND: "Vérifier un envoi incertain",
    TaskKind.FIX_REMINDER: "Relance impossible : à reprendre",
    TaskKind.CHECK_PAYMENT: "Rapprocher un paiement reçu",
    TaskKind.MISSING_EMAIL: "Adresse email manquante",
    TaskKind.ALLOCATE_CREDIT: "Imputer un avoir",
}


@dataclass(frozen=True)
class Task:
    id: int
    kind: TaskKind
    customer_id: str | None
    invoice_number: str | None
    reply_id: int | None
    summary: str
    created_at: dt.datetime
    due_at: dt.datetime


def open_task(
    db: Database,
    kind: TaskKind,
    summary: str,
    now: dt.datetime,
    *,
    customer: str | None = None,
    invoice: str | None = None,
    reply_id: int | None = None,
    due_at: dt.datetime | None = None,
) -> int:
    """Open (or refresh) the task; returns its id. Call inside the caller's transaction."""
    row = db.execute(
        "SELECT id FROM tasks WHERE state = 'open' AND kind = ? AND invoice_number IS ?"
        " AND customer_id IS ?",
        [kind.name.lower(), invoice, customer],
    ).fetchone()
    if row:
        db.execute(
            "UPDATE tasks SET summary = ?, reply_id = COALESCE(?, reply_id) WHERE id = ?",
            [summary, reply_id, row[0]],
        )
        return int(row[0])
    cursor = db.execute(
        "INSERT INTO tasks (kind, priority, customer_id, invoice_number, reply_id, summary,"
        " created_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            kind.name.lower(),
            int(kind),
            customer,
            invoice,
            reply_id,
            summary,
            iso(now),
            iso(due_at or now),
        ],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def close_tasks(
    db: Database,
    now: dt.datetime,
    outcome: str,
    *,
    invoice: str | None = None,
    customer: str | None = None,
    kinds: tuple[TaskKind, ...] = (),
) -> int:
    """Close the open tasks of an invoice (or a customer), of some kinds or all."""
    clauses, params = ["state = 'open'"], []
    if invoice is not None:
        clauses.append("invoice_number = ?")
        params.append(invoice)
    if customer is not None:
        clauses.append("customer_id = ?")
        params.append(customer)
    if kinds:
        clauses.append(f"kind IN ({','.join('?' * len(kinds))})")
        params += [k.name.lower() for k in kinds]
    where = " AND ".join(clauses)
    return db.execute(
        f"UPDATE tasks SET state = 'done', closed_at = ?, outcome = ? WHERE {where}",
        [iso(now), outcome, *params],
    ).rowcount


def open_tasks(db: Database, now: dt.datetime) -> list[Task]:
    """The tasks due by `now`, most urgent kind first, oldest first within a kind."""
    rows = db.execute(
        "SELECT id, kind, customer_id, invoice_number, reply_id, summary, created_at, due_at"
        " FROM tasks WHERE state = 'open' AND due_at <= ? ORDER BY priority, created_at, id",
        [iso(now)],
    ).fetchall()
    tasks = []
    for tid, kind, customer, invoice, reply, summary, created, due in rows:
        created_at, due_at = from_iso(created), from_iso(due)
        assert created_at is not None and due_at is not None
        tasks.append(
            Task(tid, TaskKind[kind.upper()], customer, invoice, reply, summary, created_at, due_at)
        )
    return tasks
