"""The store's side of the report (page "Rapport", `report --aged`): the rows that
relancebot.review.aging computes on, read at one moment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from relancebot.config import Settings
from relancebot.core.calls import OUTCOMES_FR
from relancebot.core.categories import CATEGORY_FR
from relancebot.review.aging import (
    DSO_DAYS,
    MONTHS_SHOWN,
    AgingReport,
    Collected,
    LastContact,
    OpenItem,
    Sale,
    aging_report,
)
from relancebot.review.cases import case_lines
from relancebot.store.connection import Database
from relancebot.store.records import from_iso, iso


def last_contacts(db: Database, now: dt.datetime) -> dict[str, LastContact]:
    """Each customer's last call noted or reply read, up to `now`."""
    found: dict[str, LastContact] = {}

    def keep(customer: str, at_text: str, what: str) -> None:
        at = from_iso(at_text)
        assert at is not None
        known = found.get(customer)
        if known is None or at > known.at:
            found[customer] = LastContact(at, what)

    # SQLite gives the bare columns of the row holding the max().
    for customer, at, outcome, promised in db.execute(
        "SELECT customer_id, max(at), outcome, promised_date FROM calls WHERE at <= ?"
        " GROUP BY customer_id",
        [iso(now)],
    ):
        when = f" ({dt.date.fromisoformat(promised):%d/%m/%Y})" if promised else ""
        keep(customer, at, f"Appel : {OUTCOMES_FR.get(outcome, outcome)}{when}")
    for customer, at, category in db.execute(
        "SELECT customer_id, max(received_at), category FROM replies"
        " WHERE customer_id IS NOT NULL AND received_at <= ? GROUP BY customer_id",
        [iso(now)],
    ):
        keep(customer, at, f"Réponse : « {CATEGORY_FR.get(category or '', 'non classée')} »")
    return found


def read_aging_report(db: Database, settings: Settings, now: dt.datetime) -> AgingReport:
    """Every figure of the report at `now` (the firm's day is `now` in its timezone).

    The open invoices and their next steps are those of `cases` (relancebot.review.cases);
    a customer's next step is that of its oldest unpaid invoice.
    """
    today = settings.business_calendar().local(now).date()
    # The amounts of every open invoice in one plain query; the planner runs only for the one
    # invoice per customer whose next step is shown (10,000 invoices, 2,000 customers).
    items: list[OpenItem] = []
    oldest: dict[str, str] = {}
    for customer_id, name, number, issued, due, amount, paid in db.execute(
        "SELECT i.customer_id, c.name, i.number, i.issue_date, i.due_date, i.amount, i.paid"
        " FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.paid_at IS NULL"
        " ORDER BY i.due_date, i.number"
    ):
        items.append(
            OpenItem(
                customer_id,
                name,
                number,
                dt.date.fromisoformat(issued),
                dt.date.fromisoformat(due),
                Decimal(amount) - Decimal(paid),
            )
        )
        oldest.setdefault(customer_id, number)  # oldest due date first
    next_steps = {
        line.customer_id: f"{line.number} : {line.next_step}"
        for line in case_lines(db, settings, now, numbers=tuple(oldest.values()))
    }
    since = today - dt.timedelta(days=DSO_DAYS)
    sales = [
        Sale(dt.date.fromisoformat(day), Decimal(amount))
        for day, amount in db.execute(
            "SELECT issue_date, amount FROM invoices WHERE issue_date >= ?", [since.isoformat()]
        )
    ]
    first = today - dt.timedelta(days=31 * MONTHS_SHOWN)  # the months shown, and more
    payments = [
        Collected(dt.date.fromisoformat(day), Decimal(amount))
        for day, amount in db.execute(
            "SELECT date, amount FROM payments WHERE date >= ?", [first.isoformat()]
        )
    ]
    return aging_report(items, sales, payments, today, last_contacts(db, now), next_steps)
