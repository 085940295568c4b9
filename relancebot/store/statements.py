"""A bank statement recorded: each credit once, matched (relancebot.core.matching), and then
applied, proposed to a person, or listed as matching nothing. Debits are neither matched nor
stored.

For each credit, in the statement's order, inside one transaction (the caller's, when it
holds one: an import of several files is all or nothing):

1. Its key (`line_keys`): the bank's own id of the line, with the account, when the bank
   gives one; else a digest of the account, date, amount, payer, remittance and the
   occurrence of identical lines in the file. A key already stored is that line again:
   nothing is done ("déjà importée").
2. A line that looks like one already stored under another key (the same movement in
   another export, or in another format a few days apart: same amount, payer, references),
   or a certain match onto an invoice that already holds a payment of that date and amount
   from elsewhere, is never applied: the first is listed as matching nothing, the second
   proposed to a person, saying why.
3. A certain match is recorded as payments through the one payment path, with reference
   "relevé:<key>" (relancebot.store.statement_apply), and its payer is learned; a probable
   one is stored 'proposed' with a task for a person; the rest 'unmatched'.
4. The journal says what became of each credit, and why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from relancebot.core.ledger import ZERO, Allocation, Invoice, Ledger, Match, Payer, Verdict, money
from relancebot.core.matching import match_credit
from relancebot.core.money import CENT
from relancebot.core.payer_names import fold_name, resembles
from relancebot.importing.statements import Statement, StatementLine
from relancebot.store.connection import Database
from relancebot.store.records import iso
from relancebot.store.statement_apply import (
    allocation_text,
    apply_allocation,
    journal_credit,
    learn_payer,
    refresh_payment_task,
)

OUTCOME_FR = {
    "applied": "appliqué",
    "proposed": "à décider",
    "unmatched": "sans correspondance",
    "accepted": "accepté par une personne",
    "rejected": "refusé par une personne",
}


@dataclass(frozen=True)
class Credit:
    """A credit of a statement and what became of it: 'applied', 'proposed', 'unmatched', or
    'known' (already imported: `id` is then the stored line's)."""

    id: int
    line: StatementLine
    outcome: str
    reason: str
    allocation: Allocation = ()
    customer: str = ""  # the customer's name, when one was found
    settled: tuple[str, ...] = ()  # invoices paid in full by it
    overpaid: Decimal = ZERO


@dataclass(frozen=True)
class StatementImport:
    path: Path
    statement: Statement
    credits: tuple[Credit, ...]
    debits: int  # lines ignored


def _compact(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def _content(account: str, line: StatementLine) -> tuple[str, ...]:
    return (
        account,
        line.booked.isoformat(),
        f"{line.amount.quantize(CENT):f}",
        line.currency,
        " ".join(line.payer_name.split()),
        line.payer_iban,
        " ".join(line.remittance.split()),
    )


def line_keys(statement: Statement) -> list[str]:
    """Each line's key, in order: "banque:<account>:<id>", or "contenu:<digest>" whose
    occurrence tells apart identical lines of one file (two instalments of one amount)."""
    seen: Counter[tuple[str, ...]] = Counter()
    keys = []
    for line in statement.lines:
        if line.bank_id:
            keys.append(f"banque:{statement.account}:{line.bank_id}")
            continue
        content = _content(statement.account, line)
        seen[content] += 1
        digest = hashlib.sha256("\x1f".join((*content, str(seen[content]))).encode()).hexdigest()
        keys.append(f"contenu:{digest[:40]}")
    return keys


def load_ledger(db: Database) -> Ledger:
    """Every invoice with what remains due on it, and the payers learned."""
    invoices = [
        Invoice(
            str(r["number"]),
            str(r["customer_id"]),
            str(r["name"]),
            dt.date.fromisoformat(r["issue_date"]),
            max(Decimal(r["amount"]) - Decimal(r["paid"]), ZERO),
            str(r["currency"]),
        )
        for r in db.query(
            "SELECT i.number, i.customer_id, c.name, i.issue_date, i.amount, i.paid, i.currency"
            " FROM invoices i JOIN customers c ON c.id = i.customer_id"
        )
    ]
    payers = [Payer(*row) for row in db.execute("SELECT customer_id, kind, value FROM payers")]
    return Ledger(invoices, payers)


def record_statement(
    db: Database, statement: Statement, path: Path, at: dt.datetime, *, actor: str
) -> StatementImport:
    """Record `statement` (read from `path`) as this module's docstring says."""
    credits: list[Credit] = []
    debits = 0
    with db.atomic():
        ledger = load_ledger(db)
        before = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM statement_lines").fetchone()[0])
        twins: Counter[tuple[str, ...]] = Counter()
        keys = line_keys(statement)
        for position, (read, key) in enumerate(zip(statement.lines, keys, strict=True), 1):
            line = replace(read, amount=read.amount.quantize(CENT))  # one spelling per amount
            if line.amount <= 0:
                debits += 1
                continue
            twins[_content("", line)] += 1  # the n-th line of its kind in this file
            known = db.execute(
                "SELECT id, outcome FROM statement_lines WHERE line_key = ?", [key]
            ).fetchone()
            if known:
                reason = f"n° {known[0]}, {OUTCOME_FR[known[1]]}"
                credits.append(Credit(int(known[0]), line, "known", reason))
                continue
            match = _checked(db, statement.kind, line, match_credit(line, ledger), before, twins)
            credit = _store(db, statement, path, position, line, key, match, at, actor)
            credits.append(credit)
            if credit.outcome == "applied":
                ledger = ledger.paid(credit.allocation)
                if match.customer_id is not None:
                    ledger = ledger.learned(match.customer_id, line.payer_iban, line.payer_name)
    return StatementImport(path, statement, tuple(credits), debits)


def _checked(
    db: Database,
    kind: str,
    line: StatementLine,
    match: Match,
    before: int,
    twins: Counter[tuple[str, ...]],
) -> Match:
    """The match, unless the line looks like one already recorded (step 2)."""
    twin = _twin(db, kind, line, before, twins[_content("", line)])
    if twin is not None:
        return Match(
            Verdict.NONE,
            f"même montant et même payeur que le n° {twin} déjà importé, à quelques jours près"
            " (le même virement, dans un autre format ou un autre export ?) : rien d'appliqué",
            customer_id=match.customer_id,
        )
    if match.verdict is not Verdict.CERTAIN:
        return match
    # Payments from statement lines are the twins' business; this is for the others (a
    # payments CSV, a person's "mark-paid") that the same transfer may already stand for.
    for number, amount in match.allocation:
        if db.execute(
            "SELECT 1 FROM payments WHERE invoice_number = ? AND date = ? AND amount = ?"
            " AND reference NOT LIKE 'relevé:%'",
            [number, line.booked.isoformat(), str(amount)],
        ).fetchone():
            return Match(
                Verdict.PROBABLE,
                f"{match.reason} ; mais un paiement de {money(amount, line.currency)} du"
                f" {line.booked:%d/%m/%Y} est déjà enregistré sur {number} : le même ?",
                match.allocation,
                match.customer_id,
                match.overpaid,
            )
    return match


# Another format may date a transfer otherwise (booking or value date, a day's statement
# closed the next morning): a twin in another format is looked for this many days around.
TWIN_DAYS = 3


def _twin(db: Database, kind: str, line: StatementLine, before: int, occurrence: int) -> int | None:
    """The stored line (of an earlier import) this one repeats under another key, if any: the
    same amount and currency, payers and remittances that agree, the same date in the same
    format (a bank whose ids change from one download to the next), a date a few days apart
    in another; the n-th identical line of this file is a twin only if n such are stored."""
    found = []
    span = dt.timedelta(days=TWIN_DAYS)
    for row in db.query(
        "SELECT id, kind, booked, payer_name, payer_iban, remittance FROM statement_lines"
        " WHERE amount = ? AND currency = ? AND booked BETWEEN ? AND ? AND id <= ?"
        " ORDER BY id",
        [
            str(line.amount),
            line.currency,
            (line.booked - span).isoformat(),
            (line.booked + span).isoformat(),
            before,
        ],
    ):
        same_day = row["booked"] == line.booked.isoformat()
        if (same_day or row["kind"] != kind) and _same_payer(row, line):
            found.append(int(row["id"]))
    return found[occurrence - 1] if len(found) >= occurrence else None


def _references(text: str) -> set[str]:
    """The words of a remittance that carry a reference (a digit, four characters or more),
    separators inside them dropped: "F-2026-0412" -> "F20260412"."""
    words = (_compact(word) for word in re.split(r"[\s/]+", text))
    return {w for w in words if len(w) >= 4 and any(c.isdigit() for c in w)}


def _same_payer(row: dict[str, Any], line: StatementLine) -> bool:
    """Nothing that tells them apart (another IBAN, another name, other references), and at
    least one thing in common."""
    ibans = (row["payer_iban"], line.payer_iban)
    names = (row["payer_name"], line.payer_name)
    refs = (_references(row["remittance"]), _references(line.remittance))
    if all(ibans) and ibans[0] != ibans[1]:
        return False
    folded = (fold_name(names[0]), fold_name(names[1]))
    if all(folded) and not (
        folded[0].startswith(folded[1]) or folded[1].startswith(folded[0]) or resembles(*names)
    ):
        return False
    if all(refs) and not refs[0] & refs[1]:
        return False
    return any(all(pair) for pair in (ibans, folded, refs))


def _store(
    db: Database,
    statement: Statement,
    path: Path,
    position: int,
    line: StatementLine,
    key: str,
    match: Match,
    at: dt.datetime,
    actor: str,
) -> Credit:
    outcome = {Verdict.CERTAIN: "applied", Verdict.PROBABLE: "proposed"}.get(
        match.verdict, "unmatched"
    )
    cursor = db.execute(
        "INSERT INTO statement_lines (line_key, account, booked, amount, currency, payer_name,"
        " payer_iban, remittance, end_to_end, source, imported_at, outcome, customer_id,"
        " allocation, reason, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            key,
            statement.account,
            line.booked.isoformat(),
            str(line.amount),
            line.currency,
            line.payer_name,
            line.payer_iban,
            line.remittance,
            line.end_to_end,
            f"{path} ({line.place})",
            iso(at),
            outcome,
            match.customer_id,
            allocation_text(match.allocation),
            match.reason,
            statement.kind,
        ],
    )
    assert cursor.lastrowid is not None
    line_id = cursor.lastrowid
    settled: tuple[str, ...] = ()
    if outcome == "applied":
        settled = apply_allocation(
            db, key, line.booked, match.allocation, at, source=path, line=position, actor=actor
        )
        if match.customer_id is not None:
            learn_payer(db, match.customer_id, line.payer_iban, line.payer_name, line_id, at)
    elif outcome == "proposed":
        refresh_payment_task(db, match.customer_id, at)
    row = {
        "booked": line.booked.isoformat(),
        "amount": str(line.amount),
        "currency": line.currency,
        "payer_name": line.payer_name,
    }
    journal_credit(db, line_id, row, outcome, match, at, actor)
    name = _customer_name(db, match.customer_id)
    return Credit(
        line_id, line, outcome, match.reason, match.allocation, name, settled, match.overpaid
    )


def _customer_name(db: Database, customer_id: str | None) -> str:
    if customer_id is None:
        return ""
    row = db.execute("SELECT name FROM customers WHERE id = ?", [customer_id]).fetchone()
    return str(row[0]) if row else customer_id
