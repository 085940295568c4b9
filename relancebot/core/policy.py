"""The dunning ladder's settings. Every number the domain texts recommend is a default here."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Policy:
    # Optional courteous reminder before the due date: worth it only for large invoices.
    pre_reminder: bool = False
    pre_reminder_min_amount: Decimal = Decimal("5000")
    pre_reminder_business_days_before: int = 3
    # First reminder one or two business days after the due date, friendly, no deadline.
    first_reminder_business_days: int = 1
    # Follow-ups every five to seven days: the latest business day inside that span.
    followup_min_days: int = 5
    followup_max_days: int = 7
    # Level 1 friendly, 2 firmer (15 days to pay), 3 last (8 days, penalties, 40 EUR indemnity).
    levels: int = 3
    level2_deadline_days: int = 15
    level3_deadline_days: int = 8
    # Around 30 days overdue a person phones; no automatic email after that.
    escalate_after_days: int = 30
    recovery_indemnity: Decimal = Decimal("40.00")

    def __post_init__(self) -> None:
        if not 0 < self.followup_min_days <= self.followup_max_days:
            raise ValueError("policy: followup_min_days must be > 0 and <= followup_max_days")
        if not 1 <= self.levels <= 3:
            raise ValueError("policy: levels must be 1, 2 or 3")
        if self.first_reminder_business_days < 0 or self.escalate_after_days < 1:
            raise ValueError("policy: delays must be positive")

    def deadline_days(self, level: int) -> int | None:
        """Days given to pay in a reminder of this level (none at the first, friendly level)."""
        return {2: self.level2_deadline_days, 3: self.level3_deadline_days}.get(level)
