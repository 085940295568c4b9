"""A person's work on the replies: reading them, linking them by hand, correcting their category.

The rows behind the page "Réponses à lire" and the `replies` commands. A reply is *to read*
until a person marks it read (or links it): linked to no invoice, set aside (quarantined,
oversized), classified `other`, or pointed at by an open "Lire une réponse" task.
Call the writers inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from relancebot.store.connection import Database
from relancebot.store.records import iso
from relancebot.store.tasks import TaskKind

_READ_REPLY = TaskKind.READ_REPLY.name.lower()

# A reply a person should read, while nobody has (SQL over `replies r`).
TO_READ = f"""r.read_at IS NULL AND (
    r.state IN ('unlinked', 'quarantined', 'oversized') OR r.category = 'other'
    OR EXISTS (SELECT 1 FROM tasks t WHERE t.reply_id = r.id AND t.state = 'open'
               AND t.kind = '{_READ_REPLY}'))"""

_COLUMNS = f"""r.id, r.received_at, r.handled_at, r.sender, r.subject, r.category, r.reasons,
    r.excerpt, r.state, r.error, r.size, r.customer_id, r.link_method, r.linked_by, r.promised_date,
    r.new_contact, r.read_at, c.name AS customer_name, l.predicted, l.note AS label_note,
    l.reply_id IS NOT NULL AS labelled,
    ({TO_READ}) AS to_read,
    (SELECT group_concat(invoice_number, ' ') FROM
        (SELECT invoice_number FROM reply_invoices WHERE reply_id = r.id
         ORDER BY invoice_number)) AS invoices,
    (r.new_contact IS NOT NULL AND r.customer_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM contacts k WHERE k.customer_id = r.customer_id AND k.role = 'to'
        AND k.email = r.new_contact AND k.active AND k.failing_since IS NULL))
        AS contact_to_confirm"""

_FROM = """FROM replies r LEFT JOIN customers c ON c.id = r.customer_id
    LEFT JOIN reply_labels l ON l.reply_id = r.id"""


def _rows(db: Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = list(db.query(f"SELECT {_COLUMNS} {_FROM} {where}", params))
    for row in rows:
        row["invoices"] = str(row["invoices"] or "").split()
    return rows


def reply_rows(
    db: Database, *, only_to_read: bool = True, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """The last read from the mailbox first (its Date header is the sender's to choose);
    each row with its invoices (a list) and its correction, if any."""
    where = f"WHERE {TO_READ}" if only_to_read else ""
    order = "ORDER BY r.handled_at DESC, r.id DESC LIMIT ? OFFSET ?"
    return _rows(db, f"{where} {order}", [limit, offset])


def reply_record(db: Database, reply_id: int) -> dict[str, Any] | None:
    rows = _rows(db, "WHERE r.id = ?", [reply_id])
    return rows[0] if rows else None


def count_to_read(db: Database) -> int:
    return int(db.execute(f"SELECT count(*) FROM replies r WHERE {TO_READ}").fetchone()[0])


def save_label(
    db: Database,
    reply_id: int,
    category: str,
    note: str,
    now: dt.datetime,
    actor: str,
) -> str | None:
    """Keep a person's category for the reply; returns what the classifier had said.

    The reply shows the person's category from now on; the label keeps the classifier's
    first answer (a second correction does not overwrite it) beside the customer's words.
    """
    predicted, excerpt = db.execute(
        "SELECT COALESCE((SELECT predicted FROM reply_labels WHERE reply_id = r.id), r.category),"
        " r.excerpt FROM replies r WHERE r.id = ?",
        [reply_id],
    ).fetchone()
    db.execute(
        """INSERT INTO reply_labels (reply_id, predicted, category, excerpt, note, labelled_at,
                                     labelled_by)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(reply_id) DO UPDATE SET category = excluded.category,
             excerpt = excluded.excerpt, note = excluded.note,
             labelled_at = excluded.labelled_at, labelled_by = excluded.labelled_by""",
        [reply_id, predicted, category, excerpt, note, iso(now), actor],
    )
    db.execute("UPDATE replies SET category = ? WHERE id = ?", [category, reply_id])
    return str(predicted) if predicted is not None else None


def labelled_replies(db: Database) -> list[dict[str, Any]]:
    """Every correction, oldest first: the firm's labelled data (`raw` is the whole message,
    None when it was too large to download)."""
    return list(
        db.query(
            """SELECT l.reply_id, l.predicted, l.category, l.excerpt, l.note, l.labelled_at,
                      l.labelled_by, r.raw
               FROM reply_labels l JOIN replies r ON r.id = l.reply_id
               ORDER BY l.labelled_at, l.reply_id"""
        )
    )


def set_read(db: Database, reply_id: int, now: dt.datetime, actor: str) -> None:
    db.execute(
        "UPDATE replies SET read_at = ?, read_by = ? WHERE id = ?", [iso(now), actor, reply_id]
    )


def set_link(
    db: Database,
    reply_id: int,
    customer_id: str,
    invoices: Sequence[str],
    now: dt.datetime,
    actor: str,
) -> None:
    """The reply is the customer's (and about these invoices): links to another customer's
    invoices are dropped; a reply with invoices counts as handled."""
    db.execute(
        "DELETE FROM reply_invoices WHERE reply_id = ? AND invoice_number IN"
        " (SELECT number FROM invoices WHERE customer_id != ?)",
        [reply_id, customer_id],
    )
    for number in invoices:
        db.execute(
            "INSERT OR IGNORE INTO reply_invoices (reply_id, invoice_number) VALUES (?, ?)",
            [reply_id, number],
        )
    linked = db.execute(
        "SELECT EXISTS (SELECT 1 FROM reply_invoices WHERE reply_id = ?)", [reply_id]
    ).fetchone()[0]
    db.execute(
        "UPDATE replies SET customer_id = ?, linked_by = ?, linked_at = ?,"
        " state = CASE WHEN state = 'unlinked' AND ? THEN 'handled' ELSE state END"
        " WHERE id = ?",
        [customer_id, actor, iso(now), linked, reply_id],
    )


def settle_read_tasks(db: Database, reply_id: int, now: dt.datetime, outcome: str) -> int:
    """Close the "Lire une réponse" tasks that point at this reply; returns how many closed.

    One task stands for every reply of its customer (or of no customer) still to read: when
    another of those is still unread, the task stays open and points at it instead.
    """
    tasks = db.execute(
        "SELECT id, customer_id, invoice_number FROM tasks WHERE reply_id = ?"
        " AND state = 'open' AND kind = ?",
        [reply_id, _READ_REPLY],
    ).fetchall()
    closed = 0
    for task_id, customer, invoice in tasks:
        other = db.execute(
            f"SELECT max(r.id) FROM replies r WHERE r.id != ? AND r.customer_id IS ?"
            " AND (? IS NULL OR r.id IN (SELECT reply_id FROM reply_invoices"
            f" WHERE invoice_number = ?)) AND {TO_READ}",
            [reply_id, customer, invoice, invoice],
        ).fetchone()[0]
        if other is not None:
            db.execute("UPDATE tasks SET reply_id = ? WHERE id = ?", [other, task_id])
            continue
        db.execute(
            "UPDATE tasks SET state = 'done', closed_at = ?, outcome = ? WHERE id = ?",
            [iso(now), outcome, task_id],
        )
        closed += 1
    return closed
