"""What a matched bank credit changes in the store: payments recorded through the one payment
path, the payer learned, the person's task about proposals kept current. Called inside the
caller's transaction (an import, or a person's decision on a proposal).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from relancebot.core.ledger import Allocation, Match, money
from relancebot.core.matching import payer_label
from relancebot.core.payer_names import fold_name
from relancebot.importing.payments import PaymentRow
from relancebot.store.connection import Database
from relancebot.store.imports import save_payments
from relancebot.store.records import iso, record_event
from relancebot.store.tasks import TaskKind, close_tasks, open_task

# The reference of a payment that came from a statement line: nothing is recorded twice.
REFERENCE = "relevé:{key}"


def allocation_text(allocation: Allocation) -> str:
    return json.dumps([[number, str(amount)] for number, amount in allocation])


def allocated(allocation: Allocation, currency: str) -> str:
    """ "F-1" for the whole credit on one invoice, else "F-1 (1 000,00 €), F-2 (250,00 €)"."""
    if len(allocation) == 1:
        return allocation[0][0]
    return ", ".join(f"{n} ({money(a, currency)})" for n, a in allocation)


def allocation_of(text: str) -> Allocation:
    return tuple((str(number), Decimal(amount)) for number, amount in json.loads(text or "[]"))


def apply_allocation(
    db: Database,
    key: str,
    booked: dt.date,
    allocation: Allocation,
    at: dt.datetime,
    *,
    source: Path,
    line: int,
    actor: str,
) -> tuple[str, ...]:
    """Record the credit's parts as payments of their invoices (store.imports.save_payments:
    partial payments add up, an invoice paid in full is settled and no longer chased); the
    invoices just paid in full."""
    rows = [
        PaymentRow(line, number, amount, booked, REFERENCE.format(key=key))
        for number, amount in allocation
    ]
    return save_payments(db, rows, at, source, actor=actor).settled


def overpaid_now(db: Database, allocation: Allocation) -> Decimal:
    """What the invoices of `allocation` hold above their amount, once it is recorded."""
    over = Decimal("0.00")
    for number, _ in allocation:
        amount, paid = db.execute(
            "SELECT amount, paid FROM invoices WHERE number = ?", [number]
        ).fetchone()
        over += max(Decimal(paid) - Decimal(amount), Decimal("0.00"))
    return over


def learn_payer(
    db: Database, customer_id: str, iban: str, name: str, line_id: int, at: dt.datetime
) -> None:
    """The IBAN and the name that paid for `customer_id`, for the next statements."""
    for kind, value in (("iban", iban), ("name", fold_name(name))):
        if value:
            db.execute(
                "INSERT OR IGNORE INTO payers (customer_id, kind, value, learned_at,"
                " statement_line_id) VALUES (?, ?, ?, ?, ?)",
                [customer_id, kind, value, iso(at), line_id],
            )


def describe_credit(row: dict[str, Any]) -> str:
    """ "virement du 05/11/2026 de 1 250,00 € (ACME SARL)": a stored line, for a person."""
    booked = dt.date.fromisoformat(row["booked"])
    payer = payer_label(row["payer_name"] or "") or "payeur non indiqué"
    amount = money(Decimal(row["amount"]), row["currency"])
    return f"virement du {booked:%d/%m/%Y} de {amount} ({payer})"


def refresh_payment_task(db: Database, customer_id: str | None, at: dt.datetime) -> None:
    """One task "Rapprocher un paiement reçu" per customer while proposals of it wait for a
    person; its summary lists them; closed when none is left."""
    if customer_id is None:
        return
    waiting = list(
        db.query(
            "SELECT id, booked, amount, currency, payer_name, allocation FROM statement_lines"
            " WHERE outcome = 'proposed' AND customer_id = ? ORDER BY booked, id",
            [customer_id],
        )
    )
    if not waiting:
        close_tasks(
            db, at, "virements décidés", customer=customer_id, kinds=(TaskKind.CHECK_PAYMENT,)
        )
        return
    open_task(db, TaskKind.CHECK_PAYMENT, _task_summary(waiting), at, customer=customer_id)


def _task_summary(waiting: Sequence[dict[str, Any]]) -> str:
    parts = []
    for row in waiting[:5]:
        invoices = ", ".join(number for number, _ in allocation_of(row["allocation"]))
        parts.append(f"n° {row['id']} : {describe_credit(row)}, pour {invoices} ?")
    more = f" (et {len(waiting) - 5} autre(s))" if len(waiting) > 5 else ""
    return (
        f"{len(waiting)} virement(s) à confirmer (relancebot payments proposed, ou la page"
        f" Paiements) : {' ; '.join(parts)}{more}"
    )


def journal_credit(
    db: Database,
    line_id: int,
    row: dict[str, Any],
    outcome: str,
    match: Match,
    at: dt.datetime,
    actor: str,
) -> None:
    """One line in the history of each invoice the credit goes to (or of its customer):
    `outcome` 'applied', 'proposed' or 'unmatched' at import, 'accepted' or 'rejected' when a
    person decides."""
    what = describe_credit(row)
    what = what[0].upper() + what[1:]
    onto = allocated(match.allocation, row["currency"])
    summary = {
        "applied": f"{what} appliqué à {onto} : {match.reason}",
        "proposed": f"{what} à confirmer par une personne ({onto} ?) : {match.reason}",
        "unmatched": f"{what} sans correspondance : {match.reason}",
        "accepted": f"{what} accepté par une personne, appliqué à {onto}"
        + (f" : {match.reason}" if match.reason else ""),
        "rejected": f"{what} : proposition refusée par une personne ({onto})"
        + (f" : {match.reason}" if match.reason else ""),
    }[outcome]
    numbers: list[str | None] = [n for n, _ in match.allocation]
    for number in numbers or [None]:
        record_event(
            db,
            at,
            f"bank_credit_{outcome}",
            f"n° {line_id} : {summary}",
            invoice=number,
            customer=match.customer_id,
            detail={"statement_line": line_id},
            actor=actor,
        )
