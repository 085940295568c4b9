"""One customer's case file, as the person reads it before deciding: where the chase stands
(paused until…, no emails, a dispute open), the addresses (those a reply suggested, to confirm,
flagged when outside the customer's domain), the invoices, the open tasks, and what happened,
newest first, each line with who acted. Reads the store only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from relancebot.acting.facts import customer_facts
from relancebot.classify.text import printable
from relancebot.config import Settings
from relancebot.core.addresses import stored_address
from relancebot.core.standing import outside_domain
from relancebot.errors import UnknownCustomer
from relancebot.review.cases import CaseLine, Target, case_lines
from relancebot.review.history import TimelineLine, timeline
from relancebot.store.connection import Database
from relancebot.store.records import customer_row, from_iso
from relancebot.store.tasks import TaskKind

TIMELINE_LIMIT = 300


@dataclass(frozen=True)
class Address:
    email: str  # as stored: lower-cased, its domain in ASCII (punycode for an IDN)
    role: str  # 'to' or 'cc'
    active: bool
    failing: bool
    failing_reason: str
    source: str  # 'import', 'person', 'reply:N'...
    outside: bool  # neither on file nor in the customer's own domain

    @property
    def suggested(self) -> bool:
        """Proposed by a reply, waiting for a person to confirm it."""
        return not self.active and self.source.startswith("reply:")

    @property
    def domain(self) -> str:
        """The domain as servers route it (punycode: a look-alike letter shows as xn--)."""
        return (stored_address(self.email) or self.email).rpartition("@")[2]

    @property
    def domain_as_written(self) -> str:
        """The domain in its own letters, when it differs from `domain`."""
        if "xn--" not in self.domain:
            return ""
        import idna

        try:
            return str(idna.decode(self.domain))
        except idna.IDNAError:
            return ""


@dataclass(frozen=True)
class OpenTask:
    kind: str  # in French
    invoice: str
    summary: str
    due_at: dt.datetime | None


@dataclass(frozen=True)
class CaseFile:
    customer: dict[str, Any]
    target: Target  # the customer and its unpaid invoices
    addresses: list[Address]
    invoices: list[CaseLine]  # unpaid and paid, oldest due first
    tasks: list[OpenTask]
    timeline: list[TimelineLine]  # newest first
    banner: list[str]  # what holds the chase, in French; [] when it runs

    @property
    def open_invoices(self) -> list[CaseLine]:
        return [i for i in self.invoices if i.balance > 0 and i.state != "payée"]


def _addresses(db: Database, customer_id: str) -> list[Address]:
    facts = customer_facts(db, customer_id)
    rows = db.execute(
        "SELECT email, role, active, failing_since, COALESCE(failing_reason, ''), source"
        " FROM contacts WHERE customer_id = ? ORDER BY active DESC, id",
        [customer_id],
    ).fetchall()
    return [
        Address(
            email,
            role,
            bool(active),
            failing is not None,
            printable(reason),
            source,
            outside_domain(str(email).lower(), facts),
        )
        for email, role, active, failing, reason, source in rows
    ]


def _tasks(db: Database, customer_id: str) -> list[OpenTask]:
    rows = db.execute(
        "SELECT kind, COALESCE(invoice_number, ''), summary, due_at FROM tasks"
        " WHERE state = 'open' AND customer_id = ? ORDER BY priority, id",
        [customer_id],
    ).fetchall()
    return [
        OpenTask(TaskKind[kind.upper()].label, invoice, printable(summary), from_iso(due))
        for kind, invoice, summary, due in rows
    ]


def _banner(customer: dict[str, Any], invoices: list[CaseLine], tasks: list[OpenTask]) -> list[str]:
    lines = []
    if customer["do_not_chase"]:
        lines.append("Ne pas relancer par email (suivi par téléphone)")
    disputed = [i.number for i in invoices if i.chase == "stopped" and "litige" in i.state]
    if disputed or any(t.kind == TaskKind.CALL_DISPUTE.label for t in tasks):
        lines.append("Litige ouvert" + (f" ({', '.join(disputed)})" if disputed else ""))
    for i in invoices:
        if i.chase == "paused" or (i.chase == "stopped" and "litige" not in i.state):
            lines.append(f"{i.number} : {i.state}")
    return lines


def case_file(db: Database, settings: Settings, customer_id: str, now: dt.datetime) -> CaseFile:
    customer = customer_row(db, customer_id)
    if customer is None:
        raise UnknownCustomer(f"client inconnu : {customer_id!r}")
    numbers = tuple(
        r[0]
        for r in db.execute(
            "SELECT number FROM invoices WHERE customer_id = ? ORDER BY due_date, number",
            [customer_id],
        )
    )
    invoices = case_lines(db, settings, now, numbers=numbers, include_paid=True)
    unpaid = tuple(i.number for i in invoices if i.state != "payée")
    tasks = _tasks(db, customer_id)
    lines = timeline(db, Target(customer_id, numbers), whole_customer=True)
    return CaseFile(
        customer=customer,
        target=Target(customer_id, unpaid),
        addresses=_addresses(db, customer_id),
        invoices=invoices,
        tasks=tasks,
        timeline=[*reversed(lines)][:TIMELINE_LIMIT],
        banner=_banner(customer, invoices, tasks),
    )
