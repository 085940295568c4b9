"""Moved: a person's decisions on a case live in relancebot.store.chase, which journals each with
who acted. These names are kept for callers not moved yet; new code calls ``store.chase``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from relancebot.core.model import Chase
from relancebot.store import chase
from relancebot.store.chase import CALL_KINDS
from relancebot.store.chase.state import open_invoice, set_chase
from relancebot.store.connection import Database
from relancebot.store.records import COMMAND

__all__ = [
    "CALL_KINDS",
    "confirm_contact",
    "pause_invoice",
    "record_payment",
    "resume_invoice",
    "stop_customer",
]


def pause_invoice(
    db: Database, number: str, until: dt.datetime, reason: str, now: dt.datetime
) -> None:
    """Unjournalled: the caller writes the line. Prefer :func:`relancebot.store.chase.pause`."""
    open_invoice(db, number)
    set_chase(db, number, Chase.PAUSED, until, reason, now)


def resume_invoice(db: Database, number: str, now: dt.datetime, *, actor: str = COMMAND) -> None:
    chase.resume(db, number, now, actor=actor)


def stop_customer(
    db: Database, customer_id: str, now: dt.datetime, *, actor: str = COMMAND
) -> None:
    chase.stop_customer(db, customer_id, now, actor=actor)


def record_payment(
    db: Database,
    number: str,
    amount: Decimal | None,
    day: dt.date,
    source: str,
    now: dt.datetime,
    *,
    actor: str = COMMAND,
) -> Decimal:
    return chase.record_payment(db, number, amount, day, now, actor=actor, source=source)


def confirm_contact(
    db: Database,
    customer_id: str,
    address: str,
    replace: bool,
    now: dt.datetime,
    *,
    actor: str = COMMAND,
) -> int:
    return chase.confirm_contact(db, customer_id, address, now, actor=actor, replace=replace)
