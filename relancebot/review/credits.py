"""Bank credits told to a person, in French, one line each: what an import did with them (the
command's output), the proposals to decide and the credits that matched nothing (the command
`payments`, the digest, the page Paiements). Every text that came from a bank file is made
plain first (relancebot.core.matching.payer_label).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from relancebot.core.ledger import money
from relancebot.core.matching import payer_label
from relancebot.store.connection import Database
from relancebot.store.payment_proposals import (
    Decided,
    StoredCredit,
    proposed_credits,
    unmatched_credits,
)
from relancebot.store.statement_apply import allocated as onto
from relancebot.store.statements import OUTCOME_FR, Credit

if TYPE_CHECKING:
    from relancebot.store.payment_import import PaymentFileImport

KIND_FR = {
    "ofx": "OFX",
    "camt.053": "camt.053",
    "mt940": "MT940",
    "cfonb120": "CFONB 120",
}


def statement_label(kind: str) -> str:
    if kind.startswith("csv:"):
        return f"export CSV ({kind[4:]})"
    return KIND_FR.get(kind, kind)


def _credit_head(booked: dt.date, amount: str, payer: str) -> str:
    return f"{booked:%d/%m/%Y}, {amount} de {payer_label(payer) or 'payeur non indiqué'}"


def credit_line(credit: Credit) -> str:
    """One credit of an import: what became of it, and why."""
    line = credit.line
    head = _credit_head(line.booked, money(line.amount, line.currency), line.payer_name)
    said = payer_label(line.remittance, 80)
    text = f", « {said} »" if said else ""
    if credit.outcome == "applied":
        done = f"appliqué : {head} → {onto(credit.allocation, line.currency)} ({credit.reason})"
        if credit.overpaid > 0 and "trop-perçu" not in credit.reason:
            done += f" ; trop-perçu de {money(credit.overpaid, line.currency)}"
        if credit.settled:
            done += f" ; soldée(s) : {', '.join(credit.settled)}"
        return done
    if credit.outcome == "proposed":
        return (
            f"à décider (n° {credit.id}) : {head}{text} → {onto(credit.allocation, line.currency)}"
            f" ? ({credit.reason})"
        )
    if credit.outcome == "unmatched":
        return f"sans correspondance (n° {credit.id}) : {head}{text} : {credit.reason}"
    return f"déjà importé ({credit.reason}) : {head}"


def describe_import(done: PaymentFileImport) -> list[str]:
    """A file imported: its first line, then one line per credit, then the count."""
    if done.summary is not None:
        s = done.summary
        return [
            f"{done.path} : {s.added} paiement(s) enregistré(s)"
            + (f", {s.skipped} déjà connu(s)" if s.skipped else "")
            + (f" ; soldée(s) : {', '.join(s.settled)}" if s.settled else "")
            + "."
        ]
    found = done.statement
    assert found is not None
    account = f", compte {found.statement.account}" if found.statement.account else ""
    lines = [
        f"{done.path} : relevé {statement_label(found.statement.kind)}{account},"
        f" {len(found.credits)} crédit(s), {found.debits} débit(s) ignoré(s)."
    ]
    lines += [f"  {credit_line(c)}" for c in found.credits]
    count = {o: sum(c.outcome == o for c in found.credits) for o in OUTCOME_FR | {"known": ""}}
    lines.append(
        f"  Bilan : {count['applied']} appliqué(s), {count['proposed']} à décider"
        f", {count['unmatched']} sans correspondance, {count['known']} déjà importé(s)."
    )
    return lines


def stored_line(credit: StoredCredit) -> str:
    """A stored credit for the lists: its number, date, amount, payer, text and reason."""
    head = _credit_head(credit.booked, money(credit.amount, credit.currency), credit.payer_name)
    said = payer_label(credit.remittance, 80)
    text = f", « {said} »" if said else ""
    line = f"n° {credit.id}  {head}{text}"
    if credit.outcome in ("proposed", "accepted", "applied") and credit.allocation:
        line += f" → {onto(credit.allocation, credit.currency)}"
        line += " ?" if credit.outcome == "proposed" else ""
    if credit.reason:
        line += f" ({credit.reason})"
    if credit.outcome == "rejected":
        line += f" ; proposition refusée par {credit.decided_by or 'une personne'}"
    return line


def decided_line(done: Decided, *, accepted: bool) -> str:
    """What a person's decision did, in one sentence."""
    credit = done.credit
    said = f"Virement n° {credit.id} ({credit.described})"
    if not accepted:
        return (
            f"{said} : proposition refusée, rien n'a été appliqué"
            " (il reste dans `relancebot payments unmatched`)."
        )
    line = f"{said} appliqué à {onto(done.allocation, credit.currency)}"
    if done.overpaid > 0:
        line += f" ; trop-perçu de {money(done.overpaid, credit.currency)}"
    if done.settled:
        line += f" ; soldée(s) : {', '.join(done.settled)}"
    return line + "."


@dataclass(frozen=True)
class CreditsToday:
    """The digest's section: the proposals waiting for a person, and the credits imported
    since the last digest that matched nothing."""

    proposed: list[StoredCredit]
    unmatched: list[StoredCredit]

    def __bool__(self) -> bool:
        return bool(self.proposed or self.unmatched)

    @property
    def proposed_lines(self) -> list[str]:
        return [stored_line(c) for c in self.proposed]

    @property
    def unmatched_lines(self) -> list[str]:
        return [stored_line(c) for c in self.unmatched]


SHOWN = 30


def credits_today(db: Database, since: dt.datetime) -> CreditsToday:
    return CreditsToday(
        proposed_credits(db, limit=SHOWN),
        [c for c in unmatched_credits(db, since=since, limit=SHOWN) if c.outcome == "unmatched"],
    )
