"""The credits a person decides on: the proposals (accept, or reject) and those that matched
nothing (put on an invoice the person names).

Each decision is one transaction (a savepoint inside the caller's) that records it, applies it
through the one payment path (relancebot.store.statement_apply), learns the payer, keeps the
person's task current and journals who decided. A decision already taken is refused, so a
form posted twice, or an old page's button, changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from relancebot.core.ledger import ZERO, Allocation, Match, Verdict, money
from relancebot.errors import InvalidDecision, NotAllowedNow, NotFound, UnknownInvoice
from relancebot.store.connection import Database
from relancebot.store.records import from_iso, invoice_row, iso
from relancebot.store.statement_apply import (
    allocation_of,
    allocation_text,
    apply_allocation,
    describe_credit,
    journal_credit,
    learn_payer,
    overpaid_now,
    refresh_payment_task,
)


class UnknownCredit(NotFound):
    """No statement line of that number."""


@dataclass(frozen=True)
class StoredCredit:
    """A credit line as stored, for a person to read."""

    id: int
    booked: dt.date
    amount: Decimal
    currency: str
    payer_name: str
    payer_iban: str
    remittance: str
    end_to_end: str
    source: str
    imported_at: dt.datetime
    outcome: str
    customer_id: str | None
    customer_name: str
    allocation: Allocation
    reason: str
    decided_at: dt.datetime | None
    decided_by: str | None

    @property
    def described(self) -> str:
        """ "virement du 05/11/2026 de 1 250,00 € (ACME SARL)"."""
        return describe_credit(_row(self))


@dataclass(frozen=True)
class Decided:
    credit: StoredCredit  # as it was before the decision
    allocation: Allocation  # what was applied ('accepted'), or had been proposed
    settled: tuple[str, ...] = ()
    overpaid: Decimal = ZERO


_SELECT = (
    "SELECT s.*, c.name AS customer_name FROM statement_lines s"
    " LEFT JOIN customers c ON c.id = s.customer_id"
)


def _credit(row: dict[str, Any]) -> StoredCredit:
    imported = from_iso(row["imported_at"])
    assert imported is not None
    return StoredCredit(
        int(row["id"]),
        dt.date.fromisoformat(row["booked"]),
        Decimal(row["amount"]),
        str(row["currency"]),
        str(row["payer_name"]),
        str(row["payer_iban"]),
        str(row["remittance"]),
        str(row["end_to_end"]),
        str(row["source"]),
        imported,
        str(row["outcome"]),
        row["customer_id"],
        str(row["customer_name"] or row["customer_id"] or ""),
        allocation_of(row["allocation"]),
        str(row["reason"]),
        from_iso(row["decided_at"]),
        row["decided_by"],
    )


def proposed_credits(db: Database, *, limit: int | None = None) -> list[StoredCredit]:
    """The proposals waiting for a person, oldest first."""
    sql = f"{_SELECT} WHERE s.outcome = 'proposed' ORDER BY s.booked, s.id"
    return [_credit(r) for r in db.query(sql + _limit(limit))]


def unmatched_credits(
    db: Database, *, since: dt.datetime | None = None, limit: int | None = None
) -> list[StoredCredit]:
    """The credits that matched nothing, and the proposals a person rejected, latest first
    (imported after `since`, when given); nothing is applied of them until a person says so."""
    sql = f"{_SELECT} WHERE s.outcome IN ('unmatched', 'rejected') AND s.imported_at > ?"
    sql += " ORDER BY s.booked DESC, s.id DESC"
    start = iso(since) if since else ""
    return [_credit(r) for r in db.query(sql + _limit(limit), [start])]


def _limit(limit: int | None) -> str:
    return f" LIMIT {int(limit)}" if limit is not None else ""


def stored_credit(db: Database, line_id: int) -> StoredCredit:
    rows = list(db.query(f"{_SELECT} WHERE s.id = ?", [line_id]))
    if not rows:
        raise UnknownCredit(f"aucun virement n° {line_id} (voir `relancebot payments proposed`)")
    return _credit(rows[0])


def _already(credit: StoredCredit) -> NotAllowedNow:
    when = f" le {credit.decided_at:%d/%m/%Y}" if credit.decided_at else ""
    who = f" par {credit.decided_by}" if credit.decided_by else ""
    from relancebot.store.statements import OUTCOME_FR

    return NotAllowedNow(
        f"le virement n° {credit.id} est déjà {OUTCOME_FR[credit.outcome]}{when}{who} :"
        " rien n'a été changé"
    )


def accept_credit(
    db: Database,
    line_id: int,
    now: dt.datetime,
    *,
    actor: str,
    invoice: str | None = None,
) -> Decided:
    """Apply a proposal as proposed, or the whole credit to `invoice` (a proposal, or a credit
    that matched nothing, or one rejected before); the payer is learned for that customer."""
    with db.atomic():
        credit = stored_credit(db, line_id)
        if credit.outcome in ("applied", "accepted"):
            raise _already(credit)
        if invoice is not None:
            allocation = _onto(db, credit, invoice)
        elif credit.outcome == "proposed":
            allocation = credit.allocation
        else:
            raise InvalidDecision(
                f"le virement n° {line_id} ne propose aucune facture : nommez-la (--invoice N)"
            )
        numbers = [number for number, _ in allocation]
        # What the invoices held above their amount before: the overpayment is what it adds.
        before = overpaid_now(db, allocation)
        key = db.execute("SELECT line_key FROM statement_lines WHERE id = ?", [line_id])
        settled = apply_allocation(
            db,
            str(key.fetchone()[0]),
            credit.booked,
            allocation,
            now,
            source=Path("relevé"),
            line=line_id,
            actor=actor,
        )
        over = overpaid_now(db, allocation) - before
        owners = {
            str(row[0])
            for n in numbers
            for row in db.execute("SELECT customer_id FROM invoices WHERE number = ?", [n])
        }
        customer = owners.pop() if len(owners) == 1 else None
        if customer is not None:
            learn_payer(db, customer, credit.payer_iban, credit.payer_name, line_id, now)
        db.execute(
            "UPDATE statement_lines SET outcome = 'accepted', allocation = ?, customer_id ="
            " COALESCE(?, customer_id), decided_at = ?, decided_by = ? WHERE id = ?",
            [allocation_text(allocation), customer, iso(now), actor, line_id],
        )
        for concerned in {credit.customer_id, customer}:
            refresh_payment_task(db, concerned, now)
        note = f"trop-perçu de {money(over, credit.currency)}" if over > 0 else ""
        match = Match(Verdict.CERTAIN, note, allocation, customer or credit.customer_id)
        journal_credit(db, line_id, _row(credit), "accepted", match, now, actor)
    return Decided(credit, allocation, settled, over)


def _onto(db: Database, credit: StoredCredit, number: str) -> Allocation:
    row = invoice_row(db, number)
    if row is None:
        raise UnknownInvoice(f"facture inconnue : {number!r}")
    if row["currency"] != credit.currency:
        raise InvalidDecision(
            f"le virement n° {credit.id} est en {credit.currency}, la facture {number} en"
            f" {row['currency']} : impossible de l'y imputer"
        )
    return ((str(row["number"]), credit.amount),)


def reject_credit(db: Database, line_id: int, now: dt.datetime, *, actor: str) -> Decided:
    """A proposal the person says is wrong: nothing is applied, it joins the credits that
    matched nothing (still open to `accept_credit` with an invoice)."""
    with db.atomic():
        credit = stored_credit(db, line_id)
        if credit.outcome != "proposed":
            if credit.outcome == "unmatched":
                raise NotAllowedNow(
                    f"le virement n° {line_id} ne propose rien à refuser (sans correspondance)"
                )
            raise _already(credit)
        db.execute(
            "UPDATE statement_lines SET outcome = 'rejected', decided_at = ?, decided_by = ?"
            " WHERE id = ?",
            [iso(now), actor, line_id],
        )
        refresh_payment_task(db, credit.customer_id, now)
        match = Match(Verdict.NONE, "", credit.allocation, credit.customer_id)
        journal_credit(db, line_id, _row(credit), "rejected", match, now, actor)
    return Decided(credit, credit.allocation)


def _row(credit: StoredCredit) -> dict[str, Any]:
    return {
        "booked": credit.booked.isoformat(),
        "amount": str(credit.amount),
        "currency": credit.currency,
        "payer_name": credit.payer_name,
    }
