"""The rules of trust in the pure core, as tables: who may steer, what proves a bounce."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from relancebot.core.action_model import (
    ActionSettings,
    Ask,
    CustomerFacts,
    Effect,
    InvoiceFacts,
    Journal,
    MarkFailing,
    OpenTask,
    ReplyFacts,
    Standing,
)
from relancebot.core.actions import decide
from relancebot.core.calendar import BusinessCalendar

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 11, 4, 10, 0, tzinfo=PARIS)
DUPONT = CustomerFacts(
    "dupont",
    ("compta@dupont.fr",),
    (),
    frozenset({"dupont.fr"}),
    frozenset({"compta@dupont.fr", "ancien@dupont-old.fr"}),
)
MARTIN = CustomerFacts(
    "martin", ("jean.martin@gmx.net",), (), frozenset(), frozenset({"jean.martin@gmx.net"})
)
CUSTOMERS = {"dupont": DUPONT, "martin": MARTIN}
STEERING = ["already_paid", "promise_to_pay", "not_received", "dispute", "payment_difficulty",
            "wrong_contact"]  # fmt: skip


def run(category: str, sender: str, *invoices: InvoiceFacts, **kw: object) -> tuple[Effect, ...]:
    reply = ReplyFacts(1, category, "invoice_number", sender, **kw)  # type: ignore[arg-type]
    return decide(reply, invoices, CUSTOMERS, ActionSettings(), BusinessCalendar(PARIS), NOW)


@pytest.mark.parametrize(
    ("customer", "sender", "standing"),
    [
        (DUPONT, "compta@dupont.fr", Standing.CONTACT),
        (DUPONT, "ancien@dupont-old.fr", Standing.CONTACT),  # failing or not, still theirs
        (DUPONT, "direction@dupont.fr", Standing.DOMAIN),
        (DUPONT, "compta@dupont.fr.evil.example", Standing.STRANGER),
        (DUPONT, "dupont.fr", Standing.STRANGER),
        (MARTIN, "jean.martin@gmx.net", Standing.CONTACT),
        (MARTIN, "autre@gmx.net", Standing.STRANGER),  # a shared domain is nobody's
    ],
)
def test_standing(customer: CustomerFacts, sender: str, standing: Standing) -> None:
    assert customer.standing(sender) is standing


@pytest.mark.parametrize("category", STEERING)
@pytest.mark.parametrize("sender", ["x@evil.example", "autre@gmx.net", "compta@dupont.fr"])
def test_a_stranger_only_informs(category: str, sender: str) -> None:
    effects = run(category, sender, InvoiceFacts("F-9", "martin"), new_contact="z@evil.example")
    assert [type(e) for e in effects] == [OpenTask, Journal]
    task = effects[0]
    assert isinstance(task, OpenTask) and task.ask is Ask.READ_REPLY and task.invoice == "F-9"
    assert sender in task.summary


def test_each_invoice_is_weighed_with_its_own_customer() -> None:
    effects = run("dispute", "compta@dupont.fr", InvoiceFacts("F-1", "dupont"),
                  InvoiceFacts("F-9", "martin"))  # fmt: skip
    asks = {(e.ask, e.invoice) for e in effects if isinstance(e, OpenTask)}
    assert asks == {(Ask.CALL_DISPUTE, "F-1"), (Ask.READ_REPLY, "F-9")}
    stopped = [e for e in effects if type(e).__name__ == "SetChase"]
    assert [getattr(e, "invoice", None) for e in stopped] == ["F-1"]


@pytest.mark.parametrize(
    ("evidence", "marked"),
    [
        ({"signed_reference": True, "failed_recipient_referenced": True}, True),
        ({"signed_reference": True, "failed_recipient_referenced": False}, False),
        ({"foreign_reference": True, "failed_recipient_last_sent": NOW}, False),
        ({"failed_recipient_last_sent": NOW - dt.timedelta(days=29)}, True),
        ({"failed_recipient_last_sent": NOW - dt.timedelta(days=31)}, False),
        ({}, False),
    ],
)
def test_what_proves_a_bounce(evidence: dict[str, object], marked: bool) -> None:
    effects = run(
        "bounce",
        "mailer-daemon@mx.example",
        InvoiceFacts("F-1", "dupont"),
        failed_recipient="compta@dupont.fr",
        failed_recipient_known=True,
        **evidence,
    )
    assert any(isinstance(e, MarkFailing) for e in effects) is marked
    if not marked:
        (task,) = effects
        assert isinstance(task, OpenTask) and "pas marquée en échec" in task.summary
