"""The dunning ladder's settings. Every number the domain texts recommend is a default here."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from relancebot.errors import InvalidValue

# Far above any real invoice or fee, far below what Decimal sums and formats safely.
MAX_SETTING_AMOUNT = Decimal("1000000000")
MAX_DAYS = 365  # a day count beyond a year is a typo, and would make the planner loop for long


def require_range(key: str, value: int, low: int, high: int) -> None:
    """Refuse a whole number outside [low, high], naming the key and what is expected."""
    if not low <= value <= high:
        raise InvalidValue(f"{key} : nombre entier de {low} à {high} attendu, reçu {value}")


def require_amount(key: str, value: Decimal) -> None:
    """Refuse NaN, infinities, negative and absurd amounts ("NaN,00 €" must never be printed)."""
    if not (value.is_finite() and 0 <= value <= MAX_SETTING_AMOUNT):
        raise InvalidValue(f"{key} : montant de 0 à {MAX_SETTING_AMOUNT} attendu, reçu {value}")


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
        """Each key in its range, so no customer ever reads "dans un délai de -3 jours"."""
        require_amount("policy.pre_reminder_min_amount", self.pre_reminder_min_amount)
        require_amount("policy.recovery_indemnity", self.recovery_indemnity)
        days = {
            "pre_reminder_business_days_before": 1,
            "first_reminder_business_days": 0,  # 0: the first business day from the due date
            "followup_min_days": 1,
            "followup_max_days": 1,
            "level2_deadline_days": 1,
            "level3_deadline_days": 1,
            "escalate_after_days": 1,
        }
        for name, low in days.items():
            require_range(f"policy.{name}", getattr(self, name), low, MAX_DAYS)
        # One template per level: relance-1, relance-2, relance-3.
        require_range("policy.levels", self.levels, 1, 3)
        if self.followup_min_days > self.followup_max_days:
            raise InvalidValue(
                f"policy.followup_min_days ({self.followup_min_days}) doit être inférieur ou "
                f"égal à policy.followup_max_days ({self.followup_max_days})"
            )

    def deadline_days(self, level: int) -> int | None:
        """Days given to pay in a reminder of this level (none at the first, friendly level)."""
        return {2: self.level2_deadline_days, 3: self.level3_deadline_days}.get(level)
