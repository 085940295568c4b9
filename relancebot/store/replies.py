"""The replies read from the mailbox, and where the watcher stands in each folder."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from relancebot.store.connection import Database
from relancebot.store.records import iso


@contextmanager
def immediate(db: Database) -> Iterator[None]:
    """One write transaction taken up front (BEGIN IMMEDIATE).

    The watcher thread and the tick write from separate connections: a deferred transaction
    that reads and then writes could fail at once with SQLITE_BUSY instead of waiting.
    Mail-side writes are committed without waiting for the disk (synchronous NORMAL): WAL
    keeps them through a crash of the process, and should a power cut lose the last ones,
    the folder position goes back with them and those messages are simply read again.
    """
    conn = db.conn
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("PRAGMA synchronous = FULL")


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    last_uid: int


def folder_state(db: Database, mailbox: str) -> FolderState | None:
    row = db.execute(
        "SELECT uidvalidity, last_uid FROM mailbox_state WHERE mailbox = ?", [mailbox]
    ).fetchone()
    return FolderState(int(row[0]), int(row[1])) if row else None


def reset_folder(db: Database, mailbox: str, uidvalidity: int, now: dt.datetime) -> None:
    db.execute(
        "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid, updated_at)"
        " VALUES (?, ?, 0, ?) ON CONFLICT(mailbox) DO UPDATE SET uidvalidity ="
        " excluded.uidvalidity, last_uid = 0, updated_at = excluded.updated_at",
        [mailbox, uidvalidity, iso(now)],
    )


def advance_folder(
    db: Database, mailbox: str, uidvalidity: int, uid: int, now: dt.datetime
) -> None:
    """Never moves backwards, and never under another UIDVALIDITY than the one read."""
    db.execute(
        "UPDATE mailbox_state SET last_uid = MAX(last_uid, ?), updated_at = ?"
        " WHERE mailbox = ? AND uidvalidity = ?",
        [uid, iso(now), mailbox, uidvalidity],
    )


def reply_known(db: Database, message_id: str) -> bool:
    row = db.execute("SELECT 1 FROM replies WHERE message_id = ?", [message_id]).fetchone()
    return row is not None


@dataclass
class ReplyRow:
    """What one stored reply says; ``raw`` is None when the message was not downloaded."""

    mailbox: str
    uid: int
    uidvalidity: int
    message_id: str
    received_at: dt.datetime
    state: str
    size: int
    raw: bytes | None
    sender: str = ""
    subject: str = ""
    category: str | None = None
    reasons: Sequence[str] = ()
    promised_date: dt.date | None = None
    new_contact: str | None = None
    failed_recipient: str | None = None
    excerpt: str = ""
    customer_id: str | None = None
    link_method: str = "none"
    invoices: Sequence[str] = field(default_factory=tuple)
    error: str = ""


def insert_reply(db: Database, reply: ReplyRow, now: dt.datetime) -> int:
    cursor = db.execute(
        """INSERT INTO replies (mailbox, uid, uidvalidity, message_id, received_at, sender,
           subject, category, reasons, promised_date, new_contact, failed_recipient, excerpt,
           customer_id, link_method, state, error, size, raw, handled_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            reply.mailbox,
            reply.uid,
            reply.uidvalidity,
            reply.message_id,
            iso(reply.received_at),
            reply.sender,
            reply.subject[:500],
            reply.category,
            json.dumps(list(reply.reasons), ensure_ascii=False),
            reply.promised_date.isoformat() if reply.promised_date else None,
            reply.new_contact,
            reply.failed_recipient,
            reply.excerpt,
            reply.customer_id,
            reply.link_method,
            reply.state,
            reply.error[:1000],
            reply.size,
            reply.raw,
            iso(now),
        ],
    )
    reply_id = cursor.lastrowid
    assert reply_id is not None
    for number in dict.fromkeys(reply.invoices):
        db.execute(
            "INSERT INTO reply_invoices (reply_id, invoice_number) VALUES (?, ?)",
            [reply_id, number],
        )
    return reply_id


def unmarked_replies(
    db: Database, mailbox: str, uidvalidity: int, limit: int = 500
) -> list[tuple[int, int, str]]:
    """(id, uid, state) of replies committed but not yet tagged on the server."""
    rows = db.execute(
        "SELECT id, uid, state FROM replies WHERE mailbox = ? AND uidvalidity = ?"
        " AND marked = 0 ORDER BY uid LIMIT ?",
        [mailbox, uidvalidity, limit],
    ).fetchall()
    return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]


def set_marked(db: Database, reply_ids: Sequence[int]) -> None:
    for start in range(0, len(reply_ids), 500):
        chunk = list(reply_ids[start : start + 500])
        db.execute(
            f"UPDATE replies SET marked = 1 WHERE id IN ({', '.join('?' for _ in chunk)})", chunk
        )


def open_invoice_numbers(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT number FROM invoices WHERE paid_at IS NULL")]
