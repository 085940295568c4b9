"""Reading and writing the store's rows. Times are stored as UTC ISO text, money as Decimal text."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from relancebot.core.model import Chase, CustomerState, InvoiceState
from relancebot.store.connection import Database
from relancebot.store.undelivered import missed_reminders


def iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def from_iso(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


# Who acted, on every line of the journal: the service on its own, a person at the command
# line, or a person logged in to the web pages (web_actor).
SERVICE = "service"
COMMAND = "commande"
_WEB = "web:"


def web_actor(user: str) -> str:
    """The actor of a change made in the web pages by `user` (a name of `relancebot user`)."""
    if not user.strip():
        raise ValueError("web_actor: a user name is required")
    return _WEB + user.strip()


def check_actor(actor: str) -> str:
    """A mistake of the code, not of a person: an unknown actor is a bug."""
    if actor in (SERVICE, COMMAND) or (actor.startswith(_WEB) and actor[len(_WEB) :].strip()):
        return actor
    raise ValueError(f"unknown actor {actor!r}: 'service', 'commande' or 'web:<user>'")


def record_event(
    db: Database,
    at: dt.datetime,
    kind: str,
    summary: str,
    *,
    invoice: str | None = None,
    customer: str | None = None,
    detail: Mapping[str, Any] | None = None,
    actor: str = SERVICE,
) -> None:
    """One line of the journal: what happened, in French, with what it concerns and who
    acted (SERVICE, COMMAND or web_actor(user))."""
    db.execute(
        "INSERT INTO events (at, kind, invoice_number, customer_id, summary, detail, actor)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            iso(at),
            kind,
            invoice,
            customer,
            summary,
            json.dumps(detail or {}, ensure_ascii=False, default=str),
            check_actor(actor),
        ],
    )


def get_state(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM service_state WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def set_state(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO service_state (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


_CHASE = {c.value: c for c in Chase}
_STATE_COLUMNS = (
    "number, customer_id, amount, paid, due_date, reminders_sent, last_reminder_at,"
    " pre_reminder_sent, chase, paused_until, cadence_anchor_at"
)


def _among(column: str, values: Sequence[str] | None) -> tuple[str, list[str]]:
    """An SQL condition keeping the rows whose `column` is one of `values` (None: every row)."""
    if values is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(values)) or 'NULL'})", list(values)


def open_invoice_states(db: Database, numbers: Sequence[str] | None = None) -> list[InvoiceState]:
    """Every invoice not paid in full (or those of `numbers`): what the planner looks at (plain
    tuples: this runs over every open invoice at every pass). A reminder refused for good does
    not count as sent (relancebot.store.undelivered)."""
    in_flight = {
        number
        for (number,) in db.execute(
            "SELECT DISTINCT r.invoice_number FROM reminders r JOIN outbox o ON o.id = r.outbox_id"
            " WHERE o.state IN ('pending', 'sending', 'uncertain')"
        )
    }
    missed = missed_reminders(db)
    among, params = _among("number", numbers)
    rows = db.execute(f"SELECT {_STATE_COLUMNS} FROM invoices WHERE paid_at IS NULL{among}", params)
    return [
        InvoiceState(
            number,
            customer,
            Decimal(amount),
            Decimal(paid),
            dt.date.fromisoformat(due),
            m.reached if (m := missed.get(number)) else sent,
            m.reached_at if m else from_iso(last),
            bool(pre),
            _CHASE[chase],
            from_iso(paused),
            from_iso(anchor),
            number in in_flight,
            m.waits_for_person if m else False,
        )
        for number, customer, amount, paid, due, sent, last, pre, chase, paused, anchor in rows
    ]


def customer_states(db: Database, ids: Sequence[str] | None = None) -> dict[str, CustomerState]:
    """Every customer's (or those of `ids`)."""
    among, params = _among("c.id", ids)
    rows = db.execute(
        f"""SELECT c.id, c.do_not_chase, c.extra_delay_days,
                  EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id AND k.role = 'to'
                          AND k.active AND k.failing_since IS NULL) AS reachable
           FROM customers c WHERE 1{among}""",
        params,
    )
    return {
        cid: CustomerState(cid, bool(no_chase), delay, bool(reachable))
        for cid, no_chase, delay, reachable in rows
    }


def invoice_row(db: Database, number: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM invoices WHERE number = ?", [number]))
    return rows[0] if rows else None


def customer_row(db: Database, customer_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM customers WHERE id = ?", [customer_id]))
    return rows[0] if rows else None


def recipients(db: Database, customer_id: str) -> tuple[list[str], list[str]]:
    """(To, Cc) addresses of a customer that may be mailed: active and not failing."""
    to: list[str] = []
    cc: list[str] = []
    for r in db.query(
        "SELECT email, role FROM contacts WHERE customer_id = ? AND active"
        " AND failing_since IS NULL ORDER BY id",
        [customer_id],
    ):
        (to if r["role"] == "to" else cc).append(r["email"])
    return to, [a for a in cc if a not in to]
