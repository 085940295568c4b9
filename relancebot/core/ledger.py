"""What matching a bank credit works on and gives: the invoices with what remains due on each,
the payers learned, and a match (its verdict, its reason in French, how the credit is spread).
Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from relancebot.core.money import format_money
from relancebot.core.payer_names import fold_name
from relancebot.core.remittance import NumberIndex

ZERO = Decimal("0.00")


class Verdict(StrEnum):
    CERTAIN = "certain"  # applied at once
    PROBABLE = "probable"  # proposed to a person, never applied alone
    NONE = "none"  # listed as matching nothing


@dataclass(frozen=True)
class Invoice:
    """An invoice of the store as matching sees it; `outstanding` is 0 once paid in full."""

    number: str
    customer_id: str
    customer_name: str
    issue_date: dt.date
    outstanding: Decimal
    currency: str = "EUR"

    @property
    def open(self) -> bool:
        return self.outstanding > 0


@dataclass(frozen=True)
class Payer:
    """Who paid for a customer before: kind 'iban' (compact, upper case) or 'name' (folded)."""

    customer_id: str
    kind: str
    value: str


Allocation = tuple[tuple[str, Decimal], ...]  # (invoice number, amount), summing to the credit


@dataclass(frozen=True)
class Match:
    verdict: Verdict
    reason: str
    allocation: Allocation = ()
    customer_id: str | None = None
    overpaid: Decimal = ZERO  # the part of the credit above what its invoices owed


class Ledger:
    """The invoices (paid ones too: a credit naming a paid invoice is not then put on another)
    and the learned payers. `paid` and `learned` give the ledger after a credit is applied, so
    each line of a statement is matched against what the lines before it changed."""

    def __init__(
        self,
        invoices: Iterable[Invoice],
        payers: Iterable[Payer] = (),
        *,
        numbers: NumberIndex | None = None,
    ) -> None:
        self.invoices = {i.number: i for i in invoices}
        self.payers = frozenset(payers)
        # The numbers do not change as invoices are paid: the index is shared.
        self.numbers = numbers if numbers is not None else NumberIndex(self.invoices)
        self.by_customer: dict[str, list[Invoice]] = {}
        for invoice in self.invoices.values():
            self.by_customer.setdefault(invoice.customer_id, []).append(invoice)

    def paid(self, allocation: Allocation) -> Ledger:
        invoices = dict(self.invoices)
        for number, amount in allocation:
            left = max(invoices[number].outstanding - amount, ZERO)
            invoices[number] = replace(invoices[number], outstanding=left)
        return Ledger(invoices.values(), self.payers, numbers=self.numbers)

    def learned(self, customer_id: str, iban: str, name: str) -> Ledger:
        new = {Payer(customer_id, "iban", iban)} if iban else set()
        if fold_name(name):
            new.add(Payer(customer_id, "name", fold_name(name)))
        return Ledger(self.invoices.values(), self.payers | new, numbers=self.numbers)

    def open_of(self, customer_id: str, currency: str) -> list[Invoice]:
        """The customer's open invoices in that currency, oldest first."""
        found = self.by_customer.get(customer_id, [])
        return oldest_first(i for i in found if i.open and i.currency == currency)

    def name(self, customer_id: str) -> str:
        invoices = self.by_customer.get(customer_id)
        return invoices[0].customer_name if invoices else customer_id

    def customers_paying_with(self, kind: str, value: str) -> list[str]:
        return sorted({p.customer_id for p in self.payers if p.kind == kind and p.value == value})


def oldest_first(invoices: Iterable[Invoice]) -> list[Invoice]:
    return sorted(invoices, key=lambda i: (i.issue_date, i.number))


def spread(amount: Decimal, invoices: Sequence[Invoice]) -> tuple[Allocation, Decimal]:
    """The credit over the invoices in their order, each up to its balance; what is left over
    goes to the last one as an overpayment (returned too)."""
    allocation: list[tuple[str, Decimal]] = []
    left = amount
    for invoice in invoices:
        part = min(left, invoice.outstanding)
        if part > 0:
            allocation.append((invoice.number, part))
            left -= part
    if left > 0:
        last = invoices[-1].number
        if allocation and allocation[-1][0] == last:
            allocation[-1] = (last, allocation[-1][1] + left)
        else:
            allocation.append((last, left))
    return tuple(allocation), left


def money(amount: Decimal, currency: str = "EUR") -> str:
    return format_money(amount, currency)


def short_iban(iban: str) -> str:
    """ "FR76…0189": enough for a person to recognise it, not the whole account number."""
    return f"{iban[:4]}…{iban[-4:]}" if len(iban) > 8 else iban
