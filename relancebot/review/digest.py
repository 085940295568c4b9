"""The daily digest's content: the calls to make, what was handled, what was sent and comes.

Reads the store only; :mod:`relancebot.review.daily` decides when it goes and how. Whatever a
customer wrote (excerpts, reasons, summaries quoting them) passes through
:func:`relancebot.classify.text.printable` first: no escape sequence reaches a terminal.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from relancebot.classify.text import printable
from relancebot.config import Settings
from relancebot.core.planner import plan
from relancebot.inbox.handling import CATEGORY_FR
from relancebot.review.cases import CaseLine, case_lines, describe_step
from relancebot.review.credits import CreditsToday, credits_today
from relancebot.store.connection import Database
from relancebot.store.dropped_files import Dropped, dropped_since
from relancebot.store.records import customer_states, from_iso, iso, open_invoice_states
from relancebot.store.tasks import TaskKind, open_tasks

# Journal lines that are not news for the person: imports, and what other sections show.
QUIET_EVENTS = (
    "invoice_imported",
    "invoice_updated",
    "reminder_queued",
    "digest_sent",
    "report_sent",
    "web_user",  # who may log in to the pages, and failed log-ins: not a case's news
    "web_login_failed",
    "bank_credit_proposed",  # the section "Virements à rapprocher" lists them
    "bank_credit_unmatched",
)
HANDLED_LIMIT = 60
UPCOMING_BUSINESS_DAYS = 5


@dataclass
class CallItem:
    """One thing a person must do, with everything needed to do it without searching."""

    label: str
    priority: int
    summary: str
    customer: str
    contact: str
    phone: str
    invoices: list[CaseLine]
    wrote: dict[str, Any] | None  # excerpt, category (French), reasons, received_at
    done: list[str] = field(default_factory=list)  # what the bot already did, oldest first
    customer_id: str = ""  # "" when the task concerns no known customer

    @property
    def total(self) -> Decimal:
        return sum((i.balance for i in self.invoices), Decimal("0.00"))

    @property
    def target(self) -> str:
        """What the call is noted against: its one invoice, or its customer."""
        return self.invoices[0].number if len(self.invoices) == 1 else self.customer_id


@dataclass
class Digest:
    today: dt.date
    since: dt.datetime
    calls: list[CallItem]
    handled: list[dict[str, Any]]
    handled_more: int
    sent: list[dict[str, Any]]
    upcoming: list[dict[str, Any]]
    overdue_total: Decimal
    overdue_cases: int
    overdue_customers: int
    open_total: Decimal
    credits: CreditsToday | None = None  # bank credits to decide, or that matched nothing
    dropped: list[Dropped] = field(default_factory=list)  # files taken from [imports] watch_dir

    @property
    def has_news(self) -> bool:
        """Something a person should read: a call, a reply handled, a reminder sent, a bank
        credit that matched nothing."""
        return bool(self.calls or self.handled or self.sent or self.credits or self.dropped)


def _reply(db: Database, reply_id: int | None, customer_id: str | None) -> dict[str, Any] | None:
    """What the reply said, and who wrote it: "Le client" only for the customer's own contacts
    or domain; anyone else is named by address, so a stranger's words never pass for it."""
    if reply_id is None:
        return None
    rows = list(
        db.query(
            "SELECT excerpt, category, reasons, received_at, sender FROM replies WHERE id = ?",
            [reply_id],
        )
    )
    if not rows:
        return None
    row = rows[0]
    return {
        "excerpt": " ".join(printable(str(row["excerpt"] or "")).split())[:400],
        "category": CATEGORY_FR.get(row["category"] or "", "non classée"),
        "reasons": [printable(str(r)) for r in json.loads(row["reasons"] or "[]")][:4],
        "received_at": from_iso(row["received_at"]),
        "sender": printable(str(row["sender"] or "")),
        "who": _author(db, str(row["sender"] or ""), customer_id),
    }


def _author(db: Database, sender: str, customer_id: str | None) -> str:
    from relancebot.acting.facts import customer_facts
    from relancebot.core.standing import outside_domain

    if sender and customer_id and not outside_domain(sender, customer_facts(db, customer_id)):
        return "Le client"
    return f"{printable(sender) or 'Un expéditeur sans adresse'} (ni contact ni domaine du client)"


def _done(db: Database, numbers: list[str], customer: str, tz: dt.tzinfo) -> list[str]:
    marks = ",".join("?" * len(numbers)) or "''"
    rows = db.execute(
        f"""SELECT at, summary FROM events WHERE (invoice_number IN ({marks})
            OR (invoice_number IS NULL AND customer_id = ?))
            AND kind NOT IN ('invoice_imported', 'invoice_updated')
            ORDER BY at DESC, id DESC LIMIT 20""",
        [*numbers, customer],
    ).fetchall()
    lines: list[str] = []
    for at, summary in reversed(rows):
        moment = from_iso(at)
        assert moment is not None
        line = f"{moment.astimezone(tz):%d/%m} : {printable(summary)}"
        if line not in lines:  # one email about two invoices is one line
            lines.append(line)
    return lines[-5:]


def _calls(db: Database, settings: Settings, now: dt.datetime, lines: list[CaseLine]) -> list[Any]:
    by_number = {c.number: c for c in lines}
    by_customer: dict[str, list[CaseLine]] = {}
    for c in lines:
        by_customer.setdefault(c.customer_id, []).append(c)
    items: list[tuple[int, dt.datetime, CallItem]] = []
    covered: set[str] = set()
    customers = {r["id"]: r for r in db.query("SELECT id, name, contact, phone FROM customers")}
    for task in open_tasks(db, now):
        if task.invoice_number:
            invoices = [by_number[task.invoice_number]] if task.invoice_number in by_number else []
        else:
            invoices = by_customer.get(task.customer_id or "", [])
        covered.update(i.number for i in invoices)
        who = customers.get(task.customer_id or "", {"name": "", "contact": "", "phone": ""})
        item = CallItem(
            task.kind.label,
            int(task.kind),
            printable(task.summary),  # it may quote the customer
            who["name"] or "(client non identifié)",
            who["contact"],
            who["phone"],
            invoices,
            _reply(db, task.reply_id, task.customer_id),
            customer_id=task.customer_id or "",
        )
        item.done = _done(db, [i.number for i in invoices], task.customer_id or "", settings.tz)
        items.append((int(task.kind), task.created_at, item))
    # Escalated invoices nobody was asked to call about yet still belong here, by customer.
    waiting: dict[str, list[CaseLine]] = {}
    for c in lines:
        if c.chase == "escalated" and c.number not in covered:
            waiting.setdefault(c.customer_id, []).append(c)
    for customer_id, cases in waiting.items():
        first = cases[0]
        item = CallItem(
            TaskKind.CALL_OVERDUE.label,
            int(TaskKind.CALL_OVERDUE),
            f"{len(cases)} facture(s) à {max(c.days_overdue for c in cases)} jours de retard,"
            f" {max(c.level for c in cases)} relance(s) envoyée(s) sans effet",
            first.customer,
            first.contact,
            first.phone,
            cases,
            None,
            customer_id=customer_id,
        )
        item.done = _done(db, [c.number for c in cases], customer_id, settings.tz)
        items.append((int(TaskKind.CALL_OVERDUE), first.last_action_at or now, item))
    items.sort(key=lambda t: (t[0], t[1]))
    return [item for _, _, item in items]


def _handled(db: Database, since: dt.datetime, tz: dt.tzinfo) -> tuple[list[Any], int]:
    """The first HANDLED_LIMIT lines since, and how many more (a journal of 50,000 lines is
    counted by SQLite, never read into memory)."""
    marks = ",".join("?" * len(QUIET_EVENTS))
    news = f"e.at > ? AND e.kind NOT IN ({marks})"
    rows = db.query(
        f"""SELECT e.at, e.kind, e.summary, e.invoice_number, c.name FROM events e
        LEFT JOIN customers c ON c.id = e.customer_id
        WHERE {news} ORDER BY e.at, e.id LIMIT ?""",
        [iso(since), *QUIET_EVENTS, HANDLED_LIMIT],
    )
    out = [
        {
            "at": from_iso(r["at"]).astimezone(tz),  # type: ignore[union-attr]
            "customer": r["name"] or "",
            "invoice": r["invoice_number"] or "",
            "summary": printable(r["summary"]),
        }
        for r in rows
    ]
    count = db.execute(f"SELECT COUNT(*) FROM events e WHERE {news}", [iso(since), *QUIET_EVENTS])
    return out, max(int(count.fetchone()[0]) - HANDLED_LIMIT, 0)


def _sent(db: Database, since: dt.datetime, tz: dt.tzinfo) -> list[dict[str, Any]]:
    # ">=": what left in the same pass as the last digest left after it was written.
    rows = db.query(
        """SELECT o.sent_at, o.subject, o.recipients, c.name FROM outbox o
        LEFT JOIN customers c ON c.id = o.customer_id
        WHERE o.state = 'sent' AND o.sent_at >= ? AND o.kind NOT IN ('digest', 'report')
        ORDER BY o.sent_at, o.id""",
        [iso(since)],
    )
    return [
        {
            "at": from_iso(r["sent_at"]).astimezone(tz),  # type: ignore[union-attr]
            "customer": r["name"] or "",
            "subject": printable(r["subject"]),
            "recipients": printable(", ".join(json.loads(r["recipients"]))),
        }
        for r in rows
    ]


@dataclass(frozen=True)
class _Totals:
    overdue: Decimal
    overdue_cases: int
    overdue_customers: int
    open: Decimal


def _totals(db: Database, today: dt.date) -> _Totals:
    """What is owed and what is late, from the amounts alone (no plan for these)."""
    overdue, owed = Decimal("0.00"), Decimal("0.00")
    cases, customers = 0, set()
    late = today.isoformat()
    for customer, amount, paid, due in db.execute(
        "SELECT customer_id, amount, paid, due_date FROM invoices WHERE paid_at IS NULL"
    ):
        balance = Decimal(amount) - Decimal(paid)
        owed += balance
        if due < late:
            overdue += balance
            cases += 1
            customers.add(customer)
    return _Totals(overdue, cases, len(customers), owed)


def _concerned(db: Database, now: dt.datetime) -> tuple[str, ...]:
    """The unpaid invoices the calls are about: those of the tasks due (all of a customer's for
    a task about the customer), and the escalated ones."""
    rows = db.execute(
        """SELECT number FROM invoices WHERE paid_at IS NULL AND (chase = 'escalated'
           OR number IN (SELECT invoice_number FROM tasks WHERE state = 'open' AND due_at <= ?)
           OR customer_id IN (SELECT customer_id FROM tasks WHERE state = 'open' AND due_at <= ?
                              AND invoice_number IS NULL))""",
        [iso(now), iso(now)],
    )
    return tuple(number for (number,) in rows)


def build_digest(db: Database, settings: Settings, now: dt.datetime, since: dt.datetime) -> Digest:
    calendar = settings.business_calendar()
    today = calendar.local(now).date()
    lines = case_lines(db, settings, now, numbers=_concerned(db, now))
    totals = _totals(db, today)
    horizon = calendar.add_business_days(today, UPCOMING_BUSINESS_DAYS)
    names = {r[0]: r[1] for r in db.execute("SELECT id, name FROM customers")}
    todo = plan(open_invoice_states(db), customer_states(db), settings.policy, calendar, now)
    upcoming = [
        {
            "when": calendar.local(s.due_at),
            "invoice": s.invoice,
            "customer": names.get(s.customer_id, s.customer_id),
            "what": describe_step(s, calendar).rsplit(" le ", 1)[0],
        }
        for s in todo.upcoming
        if calendar.local(s.due_at).date() <= horizon
    ]
    handled, more = _handled(db, since, settings.tz)
    return Digest(
        today=today,
        since=calendar.local(since),
        calls=_calls(db, settings, now, lines),
        handled=handled,
        handled_more=more,
        sent=_sent(db, since, settings.tz),
        upcoming=upcoming,
        overdue_total=totals.overdue,
        overdue_cases=totals.overdue_cases,
        overdue_customers=totals.overdue_customers,
        open_total=totals.open,
        credits=credits_today(db, since),
        dropped=dropped_since(db, since),
    )
