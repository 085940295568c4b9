"""The pure planning core, table-driven: cadence, business days, holidays, window, grouping."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relancebot.core.calendar import BusinessCalendar
from relancebot.core.model import Chase, CustomerState, InvoiceState, StepKind
from relancebot.core.planner import followup_day, next_step, plan
from relancebot.core.policy import Policy

PARIS = ZoneInfo("Europe/Paris")
CAL = BusinessCalendar(PARIS)
POLICY = Policy()


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=PARIS)


def inv(
    number: str = "F-1",
    due: str = "2026-11-02",
    *,
    customer: str = "c1",
    sent: int = 0,
    last: str | None = None,
    amount: str = "1250.00",
    paid: str = "0",
    **kw: object,
) -> InvoiceState:
    return InvoiceState(
        number,
        customer,
        Decimal(amount),
        Decimal(paid),
        dt.date.fromisoformat(due),
        reminders_sent=sent,
        last_reminder_at=at(last) if last else None,
        **kw,
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("due", "expected", "why"),
    [
        ("2026-11-02", "2026-11-03", "Monday due: Tuesday"),
        ("2026-11-06", "2026-11-09", "Friday due: the weekend is skipped"),
        ("2026-11-10", "2026-11-12", "11 November (Armistice) is skipped"),
        ("2026-10-31", "2026-11-02", "Saturday due, 1 November a Sunday and a holiday: Monday"),
        ("2026-12-24", "2026-12-28", "Christmas Day and the weekend are skipped"),
        ("2026-05-13", "2026-05-15", "Ascension Thursday is skipped"),
    ],
)
def test_first_reminder_one_business_day_after_due(due: str, expected: str, why: str) -> None:
    step = next_step(inv(due=due), CustomerState("c1"), POLICY, CAL, at("2026-01-01T10:00"))
    assert not isinstance(step, str)
    assert (step.kind, step.level) == (StepKind.REMINDER, 1), why
    assert step.due_at == at(f"{expected}T09:00"), why


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        ("2026-11-03", "2026-11-10"),  # Tuesday: same weekday next week (7 days)
        ("2026-11-04", "2026-11-10"),  # next Wednesday is 11 November: the Tuesday before (6 days)
        ("2026-12-18", "2026-12-24"),  # next Friday is Christmas: Thursday (6 days)
        ("2026-12-24", "2026-12-31"),  # Thursday to Thursday
        ("2026-04-29", "2026-05-06"),  # Wednesday: 1 May (a Friday) is not in the way
    ],
)
def test_followups_every_five_to_seven_days(previous: str, expected: str) -> None:
    assert followup_day(dt.date.fromisoformat(previous), POLICY, CAL) == dt.date.fromisoformat(
        expected
    )


@given(st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)))
def test_followup_is_a_business_day_five_to_seven_days_later(previous: dt.date) -> None:
    day = followup_day(previous, POLICY, CAL)
    assert CAL.is_business_day(day)
    span = [previous + dt.timedelta(days=d) for d in range(5, 8)]
    if any(CAL.is_business_day(d) for d in span):
        assert 5 <= (day - previous).days <= 7
    else:
        assert (day - previous).days > 7


def test_ladder_levels_then_escalation() -> None:
    customer = CustomerState("c1")
    second = next_step(
        inv(sent=1, last="2026-11-03T10:00"), customer, POLICY, CAL, at("2026-11-04T10:00")
    )
    third = next_step(
        inv(sent=2, last="2026-11-10T10:00"), customer, POLICY, CAL, at("2026-11-11T10:00")
    )
    after = next_step(
        inv(sent=3, last="2026-11-17T10:00"), customer, POLICY, CAL, at("2026-11-18T10:00")
    )
    assert not isinstance(second, str) and not isinstance(third, str) and not isinstance(after, str)
    assert (second.level, second.due_at) == (2, at("2026-11-10T09:00"))
    assert (third.level, third.due_at) == (3, at("2026-11-17T09:00"))
    # Due 2 November: 30 days later is 2 December, a Wednesday.
    assert (after.kind, after.due_at) == (StepKind.ESCALATE, at("2026-12-02T09:00"))


def test_late_import_starts_friendly_and_escalates_after_a_reaction_span() -> None:
    """An invoice imported 40 days late gets a friendly first email, never a call straight away."""
    customer = CustomerState("c1")
    first = next_step(inv(due="2026-10-01"), customer, POLICY, CAL, at("2026-11-10T10:00"))
    assert not isinstance(first, str) and (first.kind, first.level) == (StepKind.REMINDER, 1)
    later = next_step(
        inv(due="2026-10-01", sent=1, last="2026-11-10T10:00"),
        customer,
        POLICY,
        CAL,
        at("2026-11-11T10:00"),
    )
    assert not isinstance(later, str)
    assert later.kind is StepKind.ESCALATE and later.due_at == at("2026-11-16T09:00")


@pytest.mark.parametrize(
    ("invoice", "customer", "reason"),
    [
        (inv(paid="1250.00"), CustomerState("c1"), "payée"),
        (inv(paid="1300.00"), CustomerState("c1"), "payée"),
        (inv(chase=Chase.STOPPED), CustomerState("c1"), "arrêtées"),
        (inv(chase=Chase.ESCALATED), CustomerState("c1"), "arrêtées"),
        (
            inv(chase=Chase.PAUSED, paused_until=at("2026-12-01T00:00")),
            CustomerState("c1"),
            "pause",
        ),
    ],
)
def test_nothing_planned(invoice: InvoiceState, customer: CustomerState, reason: str) -> None:
    result = next_step(invoice, customer, POLICY, CAL, at("2026-11-20T10:00"))
    assert isinstance(result, str) and reason in result


def test_partial_payment_keeps_the_chase_on() -> None:
    step = next_step(inv(paid="250.00"), CustomerState("c1"), POLICY, CAL, at("2026-11-03T10:00"))
    assert not isinstance(step, str) and step.kind is StepKind.REMINDER


def test_pause_over_resumes_the_chase() -> None:
    invoice = inv(
        sent=1, last="2026-11-03T10:00", chase=Chase.PAUSED, paused_until=at("2026-11-20T00:00")
    )
    step = next_step(invoice, CustomerState("c1"), POLICY, CAL, at("2026-11-20T10:00"))
    assert not isinstance(step, str) and (step.level, step.due_at) == (2, at("2026-11-10T09:00"))


def test_negotiated_delay_moves_every_date() -> None:
    step = next_step(
        inv(), CustomerState("c1", extra_delay_days=15), POLICY, CAL, at("2026-11-03T10:00")
    )
    assert not isinstance(step, str) and step.due_at == at("2026-11-18T09:00")


def test_do_not_chase_means_no_email_but_the_call_is_flagged() -> None:
    step = next_step(
        inv(), CustomerState("c1", do_not_chase=True), POLICY, CAL, at("2026-11-03T10:00")
    )
    assert not isinstance(step, str)
    assert step.kind is StepKind.ESCALATE and step.due_at == at("2026-12-02T09:00")


@pytest.mark.parametrize(
    ("amount", "enabled", "kind", "due_at"),
    [
        (
            "6000.00",
            True,
            StepKind.PRE_REMINDER,
            "2026-11-17T09:00",
        ),  # 3 business days before Fri 20
        ("4999.99", True, StepKind.REMINDER, "2026-11-23T09:00"),
        ("6000.00", False, StepKind.REMINDER, "2026-11-23T09:00"),
    ],
)
def test_pre_reminder_only_for_large_invoices_when_enabled(
    amount: str, enabled: bool, kind: StepKind, due_at: str
) -> None:
    policy = Policy(pre_reminder=enabled)
    step = next_step(
        inv(due="2026-11-20", amount=amount),
        CustomerState("c1"),
        policy,
        CAL,
        at("2026-11-10T10:00"),
    )
    assert not isinstance(step, str) and (step.kind, step.due_at) == (kind, at(due_at))


def test_pre_reminder_never_after_the_due_date() -> None:
    step = next_step(
        inv(due="2026-11-20", amount="9000"),
        CustomerState("c1"),
        Policy(pre_reminder=True),
        CAL,
        at("2026-11-21T10:00"),
    )
    assert not isinstance(step, str) and step.kind is StepKind.REMINDER


def test_alsace_moselle_observes_good_friday_and_saint_stephen() -> None:
    alsace = BusinessCalendar(PARIS, subdivision="57")
    assert not alsace.is_business_day(dt.date(2026, 4, 3)) and CAL.is_business_day(
        dt.date(2026, 4, 3)
    )
    assert not alsace.is_business_day(dt.date(2026, 12, 26))
    step = next_step(
        inv(due="2026-04-02"), CustomerState("c1"), POLICY, alsace, at("2026-04-01T10:00")
    )
    assert not isinstance(step, str) and step.due_at == at("2026-04-07T09:00")  # Fri, Mon holidays


@pytest.mark.parametrize(
    ("now", "sends"),
    [
        ("2026-11-03T08:59", False),  # before the window
        ("2026-11-03T09:00", True),
        ("2026-11-03T16:59", True),
        ("2026-11-03T17:00", False),  # after it
        ("2026-11-07T10:00", False),  # Saturday
        ("2026-11-11T10:00", False),  # Armistice
    ],
)
def test_sending_window(now: str, sends: bool) -> None:
    result = plan([inv()], {"c1": CustomerState("c1")}, POLICY, CAL, at(now))
    assert bool(result.batches) is sends
    if not sends:
        assert [s.invoice for s in result.upcoming] == ["F-1"]


def test_one_email_per_customer_listing_every_invoice_due() -> None:
    invoices = [
        inv("A-1"),
        inv("A-2", due="2026-10-20", sent=2, last="2026-10-27T10:00"),
        inv("B-1", customer="c2"),
        inv("A-3", due="2026-11-20"),
    ]
    customers = {"c1": CustomerState("c1"), "c2": CustomerState("c2")}
    result = plan(invoices, customers, POLICY, CAL, at("2026-11-03T10:00"))
    assert [(b.customer_id, [s.invoice for s in b.steps]) for b in result.batches] == [
        ("c1", ["A-1", "A-2"]),
        ("c2", ["B-1"]),
    ]
    assert result.batches[0].level == 3  # the tone of the most advanced invoice
    assert [s.invoice for s in result.upcoming] == ["A-3"]


def test_unreachable_customer_is_held_for_a_person() -> None:
    result = plan(
        [inv()], {"c1": CustomerState("c1", reachable=False)}, POLICY, CAL, at("2026-11-03T10:00")
    )
    assert not result.batches and result.held[0][0] == "F-1"
    assert "appeler" in result.held[0][1]


def test_escalation_is_recorded_whenever_due() -> None:
    result = plan(
        [inv(sent=3, last="2026-11-17T10:00")],
        {"c1": CustomerState("c1")},
        POLICY,
        CAL,
        at("2026-12-05T10:00"),
    )  # a Saturday: escalating is not an email
    assert [s.invoice for s in result.escalations] == ["F-1"]


def test_no_next_level_while_the_previous_email_has_not_left() -> None:
    invoice = inv(sent=1, last="2026-11-03T10:00", awaiting_delivery=True)
    result = next_step(invoice, CustomerState("c1"), POLICY, CAL, at("2026-11-10T10:00"))
    assert isinstance(result, str) and "pas encore partie" in result
