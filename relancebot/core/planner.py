"""What is due, and when: the dunning ladder computed from the state of each invoice.

Pure: it reads immutable states and `now`, and returns a Plan. The store applies it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from operator import attrgetter

from relancebot.core.calendar import BusinessCalendar
from relancebot.core.model import (
    Chase,
    CustomerState,
    InvoiceState,
    Plan,
    ReminderBatch,
    Step,
    StepKind,
)
from relancebot.core.policy import Policy


def followup_day(previous: dt.date, policy: Policy, calendar: BusinessCalendar) -> dt.date:
    """The latest business day between min and max days after `previous` (same weekday next
    week, usually); when holidays fill that span, the first business day after it."""
    return _followup_day(previous, policy.followup_min_days, policy.followup_max_days, calendar)


@lru_cache(maxsize=8192)
def _followup_day(
    previous: dt.date, shortest: int, longest: int, calendar: BusinessCalendar
) -> dt.date:
    for offset in range(longest, shortest - 1, -1):
        day = previous + dt.timedelta(days=offset)
        if calendar.is_business_day(day):
            return day
    return calendar.next_business_day(previous + dt.timedelta(days=longest + 1))


def _business_days_before(day: dt.date, count: int, calendar: BusinessCalendar) -> dt.date:
    while count > 0:
        day -= dt.timedelta(days=1)
        if calendar.is_business_day(day):
            count -= 1
    return day


def next_step(
    invoice: InvoiceState,
    customer: CustomerState,
    policy: Policy,
    calendar: BusinessCalendar,
    now: dt.datetime,
) -> Step | str:
    """The next step of one invoice, or the reason there is none."""
    if invoice.is_paid:
        return "payée"
    if invoice.chase in (Chase.STOPPED, Chase.ESCALATED):
        return f"relances arrêtées ({invoice.chase.value})"
    if invoice.awaiting_delivery:
        return "la relance précédente n'est pas encore partie"
    if invoice.delivery_failed:
        return "relance précédente refusée pour de bon : une personne décide (`relancebot outbox`)"
    if invoice.chase is Chase.PAUSED:
        if invoice.paused_until is None:  # "already paid", a difficulty...: a person decides
            return "en pause : une personne décide"
        if now < invoice.paused_until:
            return f"en pause jusqu'au {calendar.local(invoice.paused_until):%d/%m/%Y %H:%M}"

    def step(kind: StepKind, level: int, day: dt.date) -> Step:
        return Step(invoice.number, invoice.customer_id, kind, level, calendar.opening(day))

    due = invoice.due_date + dt.timedelta(days=customer.extra_delay_days)
    contacts = [m for m in (invoice.last_reminder_at, invoice.cadence_anchor_at) if m is not None]
    last_contact = calendar.local(max(contacts)).date() if contacts else None

    def escalate_day() -> dt.date:
        day = calendar.next_business_day(due + dt.timedelta(days=policy.escalate_after_days))
        if last_contact is None:
            return day
        # Give the customer at least one full span to react to the last email before the call.
        react_by = last_contact + dt.timedelta(days=policy.followup_min_days)
        return max(day, calendar.next_business_day(react_by))

    if customer.do_not_chase:
        # Key accounts are handled by phone: no email, but the 30-day call is still flagged.
        return step(StepKind.ESCALATE, invoice.reminders_sent, escalate_day())

    if last_contact is None:  # nothing sent yet
        today = calendar.local(now).date()
        if (
            policy.pre_reminder
            and not invoice.pre_reminder_sent
            and invoice.amount >= policy.pre_reminder_min_amount
            and today < due
        ):
            pre_day = _business_days_before(due, policy.pre_reminder_business_days_before, calendar)
            return step(StepKind.PRE_REMINDER, 0, max(pre_day, today))
        first_day = calendar.add_business_days(due, policy.first_reminder_business_days)
        return step(StepKind.REMINDER, 1, first_day)

    if invoice.reminders_sent >= policy.levels:
        return step(StepKind.ESCALATE, invoice.reminders_sent, escalate_day())
    next_day = followup_day(last_contact, policy, calendar)
    if invoice.reminders_sent > 0 and next_day >= (call_day := escalate_day()):
        return step(StepKind.ESCALATE, invoice.reminders_sent, call_day)
    return step(StepKind.REMINDER, invoice.reminders_sent + 1, next_day)


def plan(
    invoices: Iterable[InvoiceState],
    customers: Mapping[str, CustomerState],
    policy: Policy,
    calendar: BusinessCalendar,
    now: dt.datetime,
) -> Plan:
    """Every step due at `now`, grouped one email per customer; and what comes next."""
    due_reminders: dict[str, list[Step]] = defaultdict(list)
    escalations: list[Step] = []
    upcoming: list[Step] = []
    held: list[tuple[str, str]] = []
    sending_open = calendar.can_send_at(now)
    for invoice in invoices:
        customer = customers.get(invoice.customer_id, CustomerState(invoice.customer_id))
        result = next_step(invoice, customer, policy, calendar, now)
        if isinstance(result, str):
            held.append((invoice.number, result))
        elif result.due_at > now:
            upcoming.append(result)
        elif result.kind is StepKind.ESCALATE:
            escalations.append(result)
        elif not customer.reachable:
            held.append((invoice.number, "aucune adresse valide : appeler le client"))
        elif sending_open:
            due_reminders[invoice.customer_id].append(result)
        else:
            upcoming.append(result)  # due, waiting for the next sending window
    batches: list[ReminderBatch] = []
    for customer_id, steps in sorted(due_reminders.items()):
        # A pre-reminder and an overdue reminder never share an email: their wording differs.
        overdue = tuple(s for s in steps if s.kind is StepKind.REMINDER)
        early = tuple(s for s in steps if s.kind is StepKind.PRE_REMINDER)
        batches.extend(ReminderBatch(customer_id, group) for group in (overdue, early) if group)
    upcoming.sort(key=attrgetter("due_at", "invoice"))
    return Plan(tuple(batches), tuple(escalations), tuple(upcoming), tuple(held))
