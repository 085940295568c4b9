"""Where every case stands: one line per unpaid invoice, as the person and the report see it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from relancebot.config import Settings
from relancebot.core.calendar import BusinessCalendar
from relancebot.core.model import LEVEL_NAMES, Step, StepKind
from relancebot.core.planner import next_step
from relancebot.errors import NotFound
from relancebot.store.connection import Database
from relancebot.store.records import (
    customer_row,
    customer_states,
    from_iso,
    invoice_row,
    open_invoice_states,
)
from relancebot.store.undelivered import Missed, missed_reminders

LEVELS_FR = {0: "aucune relance", 1: "1re relance", 2: "2e relance", 3: "3e relance"}


@dataclass(frozen=True)
class Target:
    """What a person named on the command line: a customer, and the invoices meant."""

    customer_id: str
    numbers: tuple[str, ...]


def resolve(db: Database, target: str, *, open_only: bool = True) -> Target:
    """An invoice number, or a customer code (then its unpaid invoices)."""
    row = invoice_row(db, target)
    if row is not None:
        return Target(row["customer_id"], (row["number"],))
    if customer_row(db, target) is None:
        raise NotFound(f"ni facture ni client connu sous {target!r} (voir `relancebot cases`)")
    paid = " AND paid_at IS NULL" if open_only else ""
    numbers = tuple(
        r[0]
        for r in db.execute(
            f"SELECT number FROM invoices WHERE customer_id = ?{paid} ORDER BY due_date, number",
            [target],
        )
    )
    return Target(target, numbers)


@dataclass(frozen=True)
class CaseLine:
    customer_id: str
    customer: str
    contact: str
    phone: str
    number: str
    issue_date: dt.date
    due_date: dt.date
    amount: Decimal
    paid: Decimal
    currency: str
    days_overdue: int
    level: int
    chase: str
    state: str  # in French, for the person
    last_action: str
    last_action_at: dt.datetime | None
    next_step: str
    promised_date: dt.date | None

    @property
    def balance(self) -> Decimal:
        return self.amount - self.paid

    @property
    def level_name(self) -> str:
        return LEVELS_FR.get(self.level, f"niveau {self.level}")


def describe_state(row: dict[str, Any], calendar: BusinessCalendar) -> str:
    if row["paid_at"]:
        return "payée"
    chase, reason = row["chase"], row["chase_reason"]
    if chase == "paused":
        until = from_iso(row["paused_until"])
        when = f" jusqu'au {calendar.local(until):%d/%m/%Y}" if until else ""
        return f"en pause{when}" + (f" ({reason})" if reason else "")
    if chase == "stopped":
        return "relances arrêtées" + (f" ({reason})" if reason else "")
    if chase == "escalated":
        return "à appeler (plus de relance automatique)"
    return "relances en cours"


def describe_missed(missed: Missed, calendar: BusinessCalendar) -> str:
    """A reminder refused for good: the customer never read it, and the person should know."""
    reason = " ".join(missed.reason.split())
    reason = reason if len(reason) <= 120 else reason[:119] + "…"
    return (
        f"{LEVEL_NAMES[missed.level]} du {calendar.local(missed.queued_at):%d/%m/%Y} jamais"
        f" partie (refusée pour de bon" + (f" : {reason}" if reason else "") + ")"
    )


_WAITING = {
    "escalated": "appeler le client (`relancebot call`)",
    "stopped": "une personne décide (`relancebot resume` pour reprendre)",
}


def describe_step(step: Step | str, calendar: BusinessCalendar, chase: str = "") -> str:
    if isinstance(step, str):
        return _WAITING.get(chase, step)
    when = f"{calendar.local(step.due_at):%d/%m/%Y}"
    if step.kind is StepKind.ESCALATE:
        return f"appel le {when}"
    if step.kind is StepKind.PRE_REMINDER:
        return f"rappel préventif le {when}"
    return f"{LEVELS_FR[step.level]} le {when}"


class CaseKey(NamedTuple):
    """What a list of the cases filters and sorts on, read without planning anything: fast
    over 10,000 invoices; the lines shown are then read in full (:func:`case_lines`)."""

    number: str
    customer_id: str
    customer: str
    balance: Decimal
    due_date: dt.date
    days_overdue: int
    level: int  # as CaseLine.level: what reached the customer
    chase: str


def case_keys(db: Database, today: dt.date) -> list[CaseKey]:
    """Every unpaid invoice, oldest due date first."""
    missed = missed_reminders(db)
    keys = []
    for number, customer_id, name, amount, paid, due_text, sent, chase in db.execute(
        """SELECT i.number, i.customer_id, c.name, i.amount, i.paid, i.due_date,
                  i.reminders_sent, i.chase
           FROM invoices i JOIN customers c ON c.id = i.customer_id
           WHERE i.paid_at IS NULL ORDER BY i.due_date, i.number"""
    ):
        due = dt.date.fromisoformat(due_text)
        failed = missed.get(number) if missed else None
        keys.append(
            CaseKey(
                number,
                customer_id,
                name,
                Decimal(amount) if paid == "0.00" else Decimal(amount) - Decimal(paid),
                due,
                max((today - due).days, 0),
                failed.reached if failed else int(sent),
                chase,
            )
        )
    return keys


def case_lines(
    db: Database,
    settings: Settings,
    now: dt.datetime,
    *,
    numbers: tuple[str, ...] | None = None,
    include_paid: bool = False,
) -> list[CaseLine]:
    """Every unpaid invoice (or those named: only theirs are read), oldest due date first."""
    calendar = settings.business_calendar()
    today = calendar.local(now).date()
    where = "1" if include_paid else "i.paid_at IS NULL"
    params: list[str] = []
    if numbers is not None:
        where += f" AND i.number IN ({','.join('?' * len(numbers)) or 'NULL'})"
        params = list(numbers)
    rows = list(
        db.query(
            f"""SELECT i.*, c.name AS customer_name, c.contact, c.phone,
                (SELECT e.summary || char(31) || e.at FROM events e
                 WHERE e.invoice_number = i.number ORDER BY e.at DESC, e.id DESC LIMIT 1)
                 AS last_event
            FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE {where}
            ORDER BY i.due_date, i.number""",
            params,
        )
    )
    subset = numbers is not None
    states = {s.number: s for s in open_invoice_states(db, numbers if subset else None)}
    ids = sorted({str(r["customer_id"]) for r in rows}) if subset else None
    customers = customer_states(db, ids)
    missed = missed_reminders(db)
    lines = []
    for row in rows:
        state = states.get(row["number"])
        failed = missed.get(row["number"])
        if state is None:
            step: Step | str = "payée"
        else:
            customer = customers[state.customer_id]
            step = next_step(state, customer, settings.policy, calendar, now)
            if (  # held as `plan` holds it (core.planner.plan)
                isinstance(step, Step)
                and step.kind is not StepKind.ESCALATE
                and step.due_at <= now
                and not customer.reachable
            ):
                step = "aucune adresse valide : appeler le client"
        situation = describe_state(row, calendar)
        if failed is not None:
            situation += " ; " + describe_missed(failed, calendar)
        summary, _, at = str(row["last_event"] or "").partition("\x1f")
        due = dt.date.fromisoformat(row["due_date"])
        promised = row["promised_date"]
        lines.append(
            CaseLine(
                customer_id=row["customer_id"],
                customer=row["customer_name"],
                contact=row["contact"],
                phone=row["phone"],
                number=row["number"],
                issue_date=dt.date.fromisoformat(row["issue_date"]),
                due_date=due,
                amount=Decimal(row["amount"]),
                paid=Decimal(row["paid"]),
                currency=row["currency"],
                days_overdue=max((today - due).days, 0),
                # What reached the customer, or is on its way; not a reminder refused for good.
                level=failed.reached if failed else int(row["reminders_sent"]),
                chase=row["chase"],
                state=situation,
                last_action=summary,
                last_action_at=from_iso(at) if at else None,
                next_step=describe_step(step, calendar, row["chase"]),
                promised_date=dt.date.fromisoformat(promised) if promised else None,
            )
        )
    return lines
