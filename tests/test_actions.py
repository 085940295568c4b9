"""The pure meaning of a reply (core/actions.decide), table-driven: no store, no mail."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest

from relancebot.core.action_model import (
    ActionSettings,
    Ask,
    ClaimPaid,
    CustomerFacts,
    Effect,
    InvoiceFacts,
    Journal,
    MarkFailing,
    OpenTask,
    ReplyFacts,
    SendDuplicate,
    SetChase,
    SetPromise,
    SuggestContact,
)
from relancebot.core.actions import decide
from relancebot.core.calendar import BusinessCalendar
from relancebot.core.model import Chase
from relancebot.core.promises import promise_pause
from relancebot.store.tasks import TaskKind

T = TypeVar("T")
PARIS = ZoneInfo("Europe/Paris")
CAL = BusinessCalendar(PARIS)
SETTINGS = ActionSettings()
NOW = dt.datetime(2026, 11, 4, 10, 0, tzinfo=PARIS)  # a Wednesday
DUPONT = CustomerFacts(
    "dupont", ("compta@dupont.fr",), ("expert@cabinet-roux.fr",), frozenset({"dupont.fr"})
)
MARTIN = CustomerFacts("martin", ("jean.martin@gmail.com",), (), frozenset())
CUSTOMERS = {"dupont": DUPONT, "martin": MARTIN}


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=PARIS)


def reply(category: str, sender: str = "compta@dupont.fr", **kw: object) -> ReplyFacts:
    values: dict[str, object] = {"link_method": "references", "customer_id": "dupont", **kw}
    return ReplyFacts(1, category, sender=sender, **values)  # type: ignore[arg-type]


def inv(number: str = "F-1", customer: str = "dupont", **kw: object) -> InvoiceFacts:
    return InvoiceFacts(number, customer, **kw)  # type: ignore[arg-type]


def run(r: ReplyFacts, *invoices: InvoiceFacts, now: dt.datetime = NOW) -> tuple[Effect, ...]:
    return decide(r, invoices or (inv(),), CUSTOMERS, SETTINGS, CAL, now)


def kinds(effects: tuple[Effect, ...]) -> list[str]:
    return [type(e).__name__ for e in effects]


def of(effects: tuple[Effect, ...], kind: type[T]) -> list[T]:
    return [e for e in effects if isinstance(e, kind)]


def test_every_ask_is_a_task_kind() -> None:
    assert all(TaskKind[a.value] for a in Ask)


@pytest.mark.parametrize(
    ("category", "chase", "until", "task"),
    [
        ("already_paid", Chase.PAUSED, None, Ask.CHECK_BANK),
        ("promise_to_pay", Chase.PAUSED, at("2026-11-12T09:00"), None),  # 7 days, 11/11 off
        ("dispute", Chase.STOPPED, None, Ask.CALL_DISPUTE),
        ("payment_difficulty", Chase.PAUSED, None, Ask.CALL_DIFFICULTY),
        ("wrong_contact", Chase.PAUSED, None, Ask.CONFIRM_CONTACT),
        ("other", None, None, Ask.READ_REPLY),
        ("not_received", None, None, None),
        ("auto_reply", None, None, None),
    ],
)
def test_each_category(
    category: str, chase: Chase | None, until: dt.datetime | None, task: Ask | None
) -> None:
    effects = run(reply(category))
    chases = of(effects, SetChase)
    assert [(c.chase, c.until) for c in chases] == ([(chase, until)] if chase else [])
    assert [t.ask for t in of(effects, OpenTask)] == ([task] if task else [])
    # Every action leaves a line in the journal (the duplicate's once it is queued).
    assert of(effects, Journal) or all(s.summary for s in of(effects, SendDuplicate))


@pytest.mark.parametrize(
    ("promised", "until"),
    [
        (dt.date(2026, 11, 20), at("2026-11-25T09:00")),  # Friday + 3 business days
        (dt.date(2026, 11, 6), at("2026-11-12T09:00")),  # 11 November is a holiday
        (None, at("2026-11-12T09:00")),  # 7 days: the 11th is a holiday
        (dt.date(2026, 11, 1), at("2026-11-12T09:00")),  # a date in the past: the default span
    ],
)
def test_promise_pause(promised: dt.date | None, until: dt.datetime) -> None:
    assert promise_pause(promised, SETTINGS, CAL, NOW.date()) == until
    effects = run(reply("promise_to_pay", promised_date=promised))
    assert of(effects, SetChase)[0].until == until
    expected = promised if promised and promised >= NOW.date() else None
    assert of(effects, SetPromise) == [SetPromise("F-1", expected)]


def test_already_paid_never_pays_and_checks_the_bank_ten_business_days_later() -> None:
    effects = run(reply("already_paid"))
    assert ClaimPaid("F-1") in effects
    (task,) = of(effects, OpenTask)
    assert task.due_at == at("2026-11-19T09:00")  # 11/11 skipped
    assert of(effects, SetChase) == [
        SetChase("F-1", Chase.PAUSED, None, "paiement annoncé par le client, à vérifier")
    ]


def test_already_paid_on_a_paid_invoice_does_nothing() -> None:
    assert run(reply("already_paid"), inv(paid=True)) == ()


@pytest.mark.parametrize("category", ["already_paid", "promise_to_pay", "payment_difficulty"])
def test_stopped_or_escalated_chases_are_not_resumed_by_a_pause(category: str) -> None:
    for chase in (Chase.STOPPED, Chase.ESCALATED):
        assert not of(run(reply(category), inv(chase=chase)), SetChase)


@pytest.mark.parametrize(
    ("sender", "method", "to", "cc", "task"),
    [
        # A contact on file: to that address only.
        ("compta@dupont.fr", "sender", ("compta@dupont.fr",), (), False),
        ("expert@cabinet-roux.fr", "references", ("expert@cabinet-roux.fr",), (), False),
        # Someone else at the customer's own domain, reply linked by our reference: to them.
        ("secretariat@dupont.fr", "references", ("secretariat@dupont.fr",), (), False),
        ("secretariat@dupont.fr", "invoice_number", ("secretariat@dupont.fr",), (), False),
        # ... but linked only by the domain: never to a non-contact, the contacts instead.
        (
            "secretariat@dupont.fr",
            "domain",
            ("compta@dupont.fr",),
            ("expert@cabinet-roux.fr",),
            True,
        ),
        # An outsider naming a real invoice number: no duplicate at all, see the test below.
    ],
)
def test_duplicate_recipients(
    sender: str, method: str, to: tuple[str, ...], cc: tuple[str, ...], task: bool
) -> None:
    effects = run(reply("not_received", sender, link_method=method))
    (send,) = of(effects, SendDuplicate)
    assert (send.to, send.cc) == (to, cc)
    asks = [t.ask for t in of(effects, OpenTask)]
    assert asks == ([Ask.READ_REPLY] if task else [])


def test_an_outsider_only_informs_a_person() -> None:
    r = reply("not_received", "escroc@evil.example", link_method="invoice_number")
    assert kinds(run(r)) == ["OpenTask", "Journal"]
    assert of(run(r), OpenTask)[0].ask is Ask.READ_REPLY


def test_public_webmail_is_never_a_customer_domain() -> None:
    r = reply("not_received", "autre@gmail.com", customer_id="martin", link_method="references")
    effects = run(r, inv("F-9", "martin"))
    assert not of(effects, SendDuplicate)
    assert [t.ask for t in of(effects, OpenTask)] == [Ask.READ_REPLY]


def test_duplicate_at_most_once_a_week_per_invoice() -> None:
    recent = inv("F-1", last_duplicate_at=NOW - dt.timedelta(days=3))
    old = inv("F-2", last_duplicate_at=NOW - dt.timedelta(days=7))
    effects = run(reply("not_received"), recent, old)
    assert [s.invoices for s in of(effects, SendDuplicate)] == [("F-2",)]
    skipped = [j for j in of(effects, Journal) if j.kind == "duplicate_skipped"]
    assert [j.invoice for j in skipped] == ["F-1"]


def test_duplicate_with_no_address_left_asks_a_person() -> None:
    customers = {"dupont": CustomerFacts("dupont", domains=frozenset({"dupont.fr"}))}
    r = reply("not_received", "x@evil.example", link_method="invoice_number")
    effects = decide(r, (inv(),), customers, SETTINGS, CAL, NOW)
    assert not of(effects, SendDuplicate)
    assert [t.ask for t in of(effects, OpenTask)] == [Ask.READ_REPLY]


@pytest.mark.parametrize(
    ("new_contact", "suggested"),
    [
        ("Paul.Achats@Dupont.fr", "paul.achats@dupont.fr"),
        ("not an address", None),
        (None, None),
    ],
)
def test_wrong_contact(new_contact: str | None, suggested: str | None) -> None:
    effects = run(reply("wrong_contact", new_contact=new_contact), inv("F-1"), inv("F-2"))
    expected = [SuggestContact("dupont", suggested)] if suggested else []
    assert of(effects, SuggestContact) == expected
    (task,) = of(effects, OpenTask)
    assert task.ask is Ask.CONFIRM_CONTACT and task.invoice is None
    reasons = {c.reason for c in of(effects, SetChase)}
    assert len(of(effects, SetChase)) == 2 and all("interlocuteur" in r for r in reasons)


@pytest.mark.parametrize(
    ("failed", "known", "expected"),
    [
        ("compta@dupont.fr", True, ["MarkFailing"]),
        ("inconnu@ailleurs.fr", False, ["OpenTask"]),
        (None, False, ["OpenTask"]),
    ],
)
def test_bounce(failed: str | None, known: bool, expected: list[str]) -> None:
    effects = run(
        reply(
            "bounce",
            failed_recipient=failed,
            failed_recipient_known=known,
            signed_reference=True,
            failed_recipient_referenced=known,
        )
    )
    assert kinds(effects) == expected
    if known:
        assert effects[0] == MarkFailing("compta@dupont.fr", "message non distribué (réponse n° 1)")


@pytest.mark.parametrize("category", ["dispute", "other", "promise_to_pay", "not_received"])
def test_a_reply_linked_to_no_open_invoice_goes_to_a_person(category: str) -> None:
    effects = decide(reply(category, link_method="none"), (), CUSTOMERS, SETTINGS, CAL, NOW)
    assert [(t.ask, t.customer) for t in of(effects, OpenTask)] == [(Ask.READ_REPLY, "dupont")]
    assert kinds(effects) == ["OpenTask"]


def test_auto_reply_changes_nothing() -> None:
    assert kinds(run(reply("auto_reply"))) == ["Journal"]
    assert decide(reply("auto_reply"), (), CUSTOMERS, SETTINGS, CAL, NOW) == ()


def test_dispute_quotes_the_customer_for_the_caller() -> None:
    effects = run(reply("dispute", excerpt="Le chantier  n'est pas\nterminé."))
    (task,) = of(effects, OpenTask)
    assert "« Le chantier n'est pas terminé. »" in task.summary


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="duplicate_min_days"):
        ActionSettings(duplicate_min_days=0)
    with pytest.raises(ValueError, match="positifs"):
        ActionSettings(promise_grace_business_days=-1)
