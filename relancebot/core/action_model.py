"""What acting on a reply reads and decides: plain immutable values, no database here.

The facts come from the store (``relancebot.acting.facts``); the effects go back to it
(``relancebot.acting.reply``); :func:`relancebot.core.actions.decide` is in between.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from relancebot.core.calendar import BusinessCalendar
from relancebot.core.model import Chase
from relancebot.core.policy import MAX_DAYS, require_range
from relancebot.errors import InvalidValue


class Ask(StrEnum):
    """What a person is asked to do: the names of ``store.tasks.TaskKind``."""

    CALL_DISPUTE = "CALL_DISPUTE"
    CALL_DIFFICULTY = "CALL_DIFFICULTY"
    CHECK_BANK = "CHECK_BANK"
    CONFIRM_CONTACT = "CONFIRM_CONTACT"
    READ_REPLY = "READ_REPLY"


class Standing(StrEnum):
    """Who the sender is to the customer of an invoice: only the first two may steer a chase."""

    CONTACT = "contact"  # an active contact of that customer
    DOMAIN = "domain"  # at that customer's own domain (never a domain strangers share)
    STRANGER = "stranger"  # anyone else: may inform a person, never act


@dataclass(frozen=True)
class ActionSettings:
    """[actions] of config.toml: how long a reply holds the chase."""

    promise_grace_business_days: int = 3  # after the promised date, before "non tenue"
    promise_default_days: int = 7  # a promise without a date
    paid_claim_check_business_days: int = 10  # "already paid": check the bank after that
    duplicate_min_days: int = 7  # at most one automatic resend per invoice in that span
    # A bounce without one of our signed Message-IDs is believed only for an address we
    # wrote to within that many days; otherwise a person checks it.
    bounce_recent_days: int = 30

    def __post_init__(self) -> None:
        for name in ("promise_grace_business_days", "paid_claim_check_business_days"):
            value = getattr(self, name)
            if value < 0:
                raise InvalidValue(
                    f"actions.{name} : les délais doivent être positifs ou nuls, reçu {value}"
                )
            require_range(f"actions.{name}", value, 0, MAX_DAYS)
        for name in ("promise_default_days", "duplicate_min_days", "bounce_recent_days"):
            require_range(f"actions.{name}", getattr(self, name), 1, MAX_DAYS)


@dataclass(frozen=True)
class ReplyFacts:
    id: int
    category: str
    link_method: str  # references | invoice_number | sender | domain | none
    sender: str  # lower-cased address
    customer_id: str | None = None
    promised_date: dt.date | None = None
    new_contact: str | None = None
    failed_recipient: str | None = None
    failed_recipient_known: bool = False  # the bounced address is a contact on file
    excerpt: str = ""
    # What proves a bounce is about our mail: one of our signed Message-IDs in it, and then
    # the failed address among that message's recipients; a bounce that refers only to other
    # messages proves nothing; one that refers to none, our recent email to that address.
    signed_reference: bool = False
    foreign_reference: bool = False
    failed_recipient_referenced: bool = False
    failed_recipient_last_sent: dt.datetime | None = None


@dataclass(frozen=True)
class InvoiceFacts:
    number: str
    customer_id: str
    chase: Chase = Chase.ACTIVE
    paid: bool = False
    last_duplicate_at: dt.datetime | None = None


@dataclass(frozen=True)
class CustomerFacts:
    id: str
    to: tuple[str, ...] = ()  # mailable: active, not failing
    cc: tuple[str, ...] = ()
    domains: frozenset[str] = frozenset()  # of its own contacts, shared (free-mail) excluded
    contacts: frozenset[str] = frozenset()  # every active address, failing ones too

    def standing(self, sender: str) -> Standing:
        """The sender's standing with this customer (``sender``: a lower-cased addr-spec)."""
        if "@" not in sender:
            return Standing.STRANGER
        if sender in self.contacts or sender in self.to or sender in self.cc:
            return Standing.CONTACT
        domain = sender.rpartition("@")[2]
        return Standing.DOMAIN if domain in self.domains else Standing.STRANGER


@dataclass(frozen=True)
class SetChase:
    invoice: str
    chase: Chase
    until: dt.datetime | None
    reason: str


@dataclass(frozen=True)
class ClaimPaid:
    invoice: str


@dataclass(frozen=True)
class SetPromise:
    invoice: str
    day: dt.date | None


@dataclass(frozen=True)
class OpenTask:
    ask: Ask
    summary: str
    customer: str | None
    invoice: str | None
    due_at: dt.datetime


@dataclass(frozen=True)
class SendDuplicate:
    customer: str
    invoices: tuple[str, ...]
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    summary: str = ""  # the journal line of each invoice, once the email is queued


@dataclass(frozen=True)
class SuggestContact:
    customer: str
    address: str


@dataclass(frozen=True)
class MarkFailing:
    address: str
    reason: str


@dataclass(frozen=True)
class Journal:
    kind: str
    summary: str
    invoice: str | None
    customer: str | None


Effect = (
    SetChase
    | ClaimPaid
    | SetPromise
    | OpenTask
    | SendDuplicate
    | SuggestContact
    | MarkFailing
    | Journal
)


def day_text(moment: dt.datetime | dt.date) -> str:
    return f"{moment:%d/%m/%Y}"


def valid_address(text: str | None) -> str | None:
    if not text:
        return None
    address = text.strip().lower()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or any(ch.isspace() or ch in "<>,;\"'" for ch in address):
        return None
    return address


@dataclass(frozen=True)
class Context:
    """What every rule of `decide` reads: the reply, the customers, settings, calendar, now."""

    reply: ReplyFacts
    customers: Mapping[str, CustomerFacts]
    settings: ActionSettings
    calendar: BusinessCalendar
    now: dt.datetime

    @property
    def today(self) -> dt.date:
        return self.calendar.local(self.now).date()

    def task(self, ask: Ask, summary: str, customer: str | None, invoice: str | None) -> OpenTask:
        return OpenTask(ask, summary, customer, invoice, self.now)
