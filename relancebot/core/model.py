"""What the planner reads and what it decides: plain immutable values, no database here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Chase(StrEnum):
    ACTIVE = "active"  # reminders go out on the cadence
    PAUSED = "paused"  # until `paused_until` (a promise, a question to a person)
    STOPPED = "stopped"  # a person must act (dispute, paid claim, ...): no automatic email
    ESCALATED = "escalated"  # about 30 days overdue: a person phones


# What each level is called where a person reads it (journal, plan, formal notice).
LEVEL_NAMES = {0: "rappel préventif", 1: "1re relance", 2: "2e relance", 3: "3e relance"}


class StepKind(StrEnum):
    PRE_REMINDER = "pre_reminder"
    REMINDER = "reminder"
    ESCALATE = "escalate"


@dataclass(frozen=True)
class InvoiceState:
    number: str
    customer_id: str
    amount: Decimal  # incl. tax, what the customer owes in all
    paid: Decimal
    due_date: dt.date
    reminders_sent: int = 0  # highest level sent so far, 0..3
    last_reminder_at: dt.datetime | None = None
    pre_reminder_sent: bool = False
    chase: Chase = Chase.ACTIVE
    paused_until: dt.datetime | None = None
    # When the cadence restarts (a duplicate resent, a broken promise), it counts from here.
    cadence_anchor_at: dt.datetime | None = None
    # An earlier email about this invoice has not left yet (queued, retrying, or uncertain):
    # the next level would speak of a reminder the customer never received.
    awaiting_delivery: bool = False
    # The last reminder was refused for good, and would be again as it is (same addresses, no
    # person's decision yet): a person looks first. Refused reminders never count as sent.
    delivery_failed: bool = False

    @property
    def balance(self) -> Decimal:
        return self.amount - self.paid

    @property
    def is_paid(self) -> bool:
        return self.balance <= 0


@dataclass(frozen=True)
class CustomerState:
    id: str
    do_not_chase: bool = False
    extra_delay_days: int = 0  # a negotiated delay pushes every date of the ladder
    reachable: bool = True  # false when every address of the customer is failing


@dataclass(frozen=True)
class Step:
    """The next thing due for one invoice."""

    invoice: str
    customer_id: str
    kind: StepKind
    level: int  # 0 for the pre-reminder, 1..3 for reminders, the level reached for escalation
    due_at: dt.datetime


@dataclass(frozen=True)
class ReminderBatch:
    """One email to one customer, listing every invoice due for a reminder at that moment."""

    customer_id: str
    steps: tuple[Step, ...]

    @property
    def level(self) -> int:
        """The email's tone is that of its most advanced invoice."""
        return max(step.level for step in self.steps)

    @property
    def kind(self) -> StepKind:
        return self.steps[0].kind


@dataclass(frozen=True)
class Plan:
    batches: tuple[ReminderBatch, ...]  # to send now
    escalations: tuple[Step, ...]  # to record now
    upcoming: tuple[Step, ...]  # not due yet, soonest first
    held: tuple[tuple[str, str], ...]  # (invoice, why nothing is planned) for the curious
