"""The report's figures: aged balance, days sales outstanding, money collected per month.

Pure: rows in, figures out, no I/O; the firm's day (`today`) is given by the caller, who
reads it once (relancebot.review.aging_rows reads the store). Amounts are summed as they
are written: the firms relancebot serves invoice in euros.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0.00")

# (lowest days past due, label): "not due" is everything not yet past its due date.
BUCKETS: tuple[tuple[int, str], ...] = (
    (-(10**6), "non échu"),
    (1, "1-30 j"),
    (31, "31-60 j"),
    (61, "61-90 j"),
    (91, "91-120 j"),
    (121, "> 120 j"),
)
DSO_DAYS = 90  # the period of sales that days sales outstanding compares the balance with
MONTHS_SHOWN = 12


def bucket_of(days_past_due: int) -> int:
    """The index in BUCKETS of an invoice so many days past its due date (0 or less: not due)."""
    index = 0
    for position, (lowest, _label) in enumerate(BUCKETS):
        if days_past_due >= lowest:
            index = position
    return index


@dataclass(frozen=True)
class OpenItem:
    """An invoice not paid in full, and what is left to pay on it."""

    customer_id: str
    customer: str
    number: str
    issue_date: dt.date
    due_date: dt.date
    balance: Decimal


@dataclass(frozen=True)
class Sale:
    """An invoice as a sale: when it was issued, for how much (tax included), paid or not."""

    issue_date: dt.date
    amount: Decimal


@dataclass(frozen=True)
class Collected:
    """A payment received: its date and amount."""

    day: dt.date
    amount: Decimal


@dataclass(frozen=True)
class LastContact:
    """The last time the customer was heard from: a call noted, or a reply read."""

    at: dt.datetime
    what: str  # "Appel : promesse de paiement", "Réponse : « contestation »"


@dataclass(frozen=True)
class CustomerAging:
    customer_id: str
    customer: str
    buckets: tuple[Decimal, ...]  # one amount per BUCKETS entry
    total: Decimal
    invoices: int
    last_contact: LastContact | None
    next_step: str


@dataclass(frozen=True)
class AgedBalance:
    customers: tuple[CustomerAging, ...]  # the largest balance first
    totals: tuple[Decimal, ...]  # per bucket
    total: Decimal
    shares: tuple[Decimal, ...]  # per bucket, percent of the total, one decimal


def percent(part: Decimal, whole: Decimal) -> Decimal:
    """`part` as a percentage of `whole`, one decimal, half up; 0 when `whole` is zero."""
    if whole == 0:
        return Decimal("0.0")
    return (part * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def aged_balance(
    items: Sequence[OpenItem],
    today: dt.date,
    last_contacts: Mapping[str, LastContact] | None = None,
    next_steps: Mapping[str, str] | None = None,
) -> AgedBalance:
    """Each customer's balance spread over BUCKETS by days past due at `today`, with the
    totals and each bucket's share. Items with nothing left to pay are left out."""
    amounts: dict[str, list[Decimal]] = {}
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for item in items:
        if item.balance <= 0:
            continue
        row = amounts.setdefault(item.customer_id, [ZERO] * len(BUCKETS))
        row[bucket_of((today - item.due_date).days)] += item.balance
        names.setdefault(item.customer_id, item.customer)
        counts[item.customer_id] = counts.get(item.customer_id, 0) + 1
    customers = [
        CustomerAging(
            customer_id=cid,
            customer=names[cid],
            buckets=tuple(row),
            total=sum(row, ZERO),
            invoices=counts[cid],
            last_contact=(last_contacts or {}).get(cid),
            next_step=(next_steps or {}).get(cid, ""),
        )
        for cid, row in amounts.items()
    ]
    customers.sort(key=lambda c: (-c.total, c.customer.casefold(), c.customer_id))
    totals = tuple(sum((c.buckets[i] for c in customers), ZERO) for i in range(len(BUCKETS)))
    total = sum(totals, ZERO)
    return AgedBalance(tuple(customers), totals, total, tuple(percent(t, total) for t in totals))


def sales_in_period(sales: Sequence[Sale], today: dt.date, days: int = DSO_DAYS) -> Decimal:
    """What was invoiced in the `days` days ending `today` (today − days + 1 … today)."""
    start = today - dt.timedelta(days=days - 1)
    return sum((s.amount for s in sales if start <= s.issue_date <= today), ZERO)


def days_sales_outstanding(
    items: Sequence[OpenItem], sales: Sequence[Sale], today: dt.date, days: int = DSO_DAYS
) -> Decimal | None:
    """Days sales outstanding (DSO, "délai moyen de paiement clients"): how many days of
    sales the customers still owe.

        DSO = receivables / sales of the last `days` days × `days`

    receivables: what is left to pay on the invoices issued on or before `today`; sales: the
    amounts (tax included) of the invoices issued in the `days` days ending `today`, paid or
    not (see sales_in_period). One decimal, half up. None when nothing was invoiced in the
    period: the ratio then says nothing.
    """
    invoiced = sales_in_period(sales, today, days)
    if invoiced <= 0:
        return None
    owed = sum((i.balance for i in items if i.issue_date <= today and i.balance > 0), ZERO)
    return (owed * days / invoiced).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class MonthTotal:
    month: dt.date  # its first day
    amount: Decimal


def _month_back(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + month.month - 1 - count
    return dt.date(index // 12, index % 12 + 1, 1)


def monthly_collections(
    payments: Sequence[Collected], today: dt.date, months: int = MONTHS_SHOWN
) -> tuple[MonthTotal, ...]:
    """The amounts received in each of the `months` months ending with today's (every month
    shown, zero included), oldest first; payments dated after `today` are not counted."""
    current = today.replace(day=1)
    firsts = [_month_back(current, n) for n in range(months - 1, -1, -1)]
    totals = dict.fromkeys(firsts, ZERO)
    for payment in payments:
        month = payment.day.replace(day=1)
        if month in totals and payment.day <= today:
            totals[month] += payment.amount
    return tuple(MonthTotal(m, a) for m, a in totals.items())


@dataclass(frozen=True)
class AgingReport:
    today: dt.date
    aged: AgedBalance
    dso: Decimal | None
    sales: Decimal  # invoiced in the DSO_DAYS days ending today
    collections: tuple[MonthTotal, ...]


def aging_report(
    items: Sequence[OpenItem],
    sales: Sequence[Sale],
    payments: Sequence[Collected],
    today: dt.date,
    last_contacts: Mapping[str, LastContact] | None = None,
    next_steps: Mapping[str, str] | None = None,
) -> AgingReport:
    """Every figure of the page "Rapport" at once."""
    return AgingReport(
        today=today,
        aged=aged_balance(items, today, last_contacts, next_steps),
        dso=days_sales_outstanding(items, sales, today),
        sales=sales_in_period(sales, today),
        collections=monthly_collections(payments, today),
    )
