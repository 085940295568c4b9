"""What a call's outcome decides (core.calls), table-driven: no store, no mail. A phoned promise
is held by the very rule of a written one (core.promises)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from relancebot.core.action_model import (
    ActionSettings,
    CustomerFacts,
    InvoiceFacts,
    ReplyFacts,
    SetChase,
)
from relancebot.core.actions import decide
from relancebot.core.calendar import BusinessCalendar
from relancebot.core.calls import CallDecision, check_call, decide_call
from relancebot.core.model import Chase
from relancebot.errors import InvalidDecision

PARIS = ZoneInfo("Europe/Paris")
CAL = BusinessCalendar(PARIS)
NOW = dt.datetime(2026, 11, 4, 10, 0, tzinfo=PARIS)  # a Wednesday


def opening(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T09:00").replace(tzinfo=PARIS)


@pytest.mark.parametrize(
    ("outcome", "date", "note", "grace", "expected"),
    [
        ("paid", None, "", 3, CallDecision("paid", pay_balance=True)),
        (
            "promise",
            dt.date(2026, 11, 12),
            "virement",
            3,
            CallDecision(
                "promise",
                Chase.PAUSED,
                opening("2026-11-17"),  # the 13th, 16th, 17th
                "promesse de paiement au 12/11/2026",
                promised=dt.date(2026, 11, 12),
            ),
        ),
        (
            "promise",
            dt.date(2026, 11, 12),
            "",
            5,
            CallDecision(
                "promise",
                Chase.PAUSED,
                opening("2026-11-19"),
                "promesse de paiement au 12/11/2026",
                promised=dt.date(2026, 11, 12),
            ),
        ),
        (  # a date already past: the default span (7 days, to a business day)
            "promise",
            dt.date(2026, 11, 2),
            "",
            3,
            CallDecision(
                "promise", Chase.PAUSED, opening("2026-11-12"), "promesse de paiement (sans date)"
            ),
        ),
        (
            "difficulty",
            dt.date(2026, 12, 15),
            "3 fois",
            3,
            CallDecision(
                "difficulty",
                Chase.PAUSED,
                opening("2026-12-15"),
                "plan convenu au 15/12/2026 : 3 fois",
            ),
        ),
        ("dispute", None, "", 3, CallDecision("dispute", Chase.STOPPED, reason="litige")),
        (
            "dispute",
            None,
            "x" * 400,
            3,
            CallDecision("dispute", Chase.STOPPED, reason=("litige : " + "x" * 400)[:300]),
        ),
        ("no_answer", None, "", 3, CallDecision("no_answer", callback_at=opening("2026-11-05"))),
        (  # the person chose a Saturday to call back: the first business day from it
            "no_answer",
            dt.date(2026, 11, 7),
            "",
            3,
            CallDecision("no_answer", callback_at=opening("2026-11-09")),
        ),
        # Call back on the day the person chose; a Saturday means the Monday after.
        (
            "no_answer",
            dt.date(2026, 11, 10),
            "",
            3,
            CallDecision("no_answer", callback_at=opening("2026-11-10")),
        ),
        (
            "no_answer",
            dt.date(2026, 11, 7),
            "",
            3,
            CallDecision("no_answer", callback_at=opening("2026-11-09")),
        ),
    ],
)
def test_decide_call(
    outcome: str, date: dt.date | None, note: str, grace: int, expected: CallDecision
) -> None:
    settings = ActionSettings(promise_grace_business_days=grace)
    assert decide_call(outcome, date, note, settings, CAL, NOW) == expected


def test_a_call_back_day_is_ahead() -> None:
    for day in (dt.date(2026, 11, 4), dt.date(2026, 11, 3)):
        with pytest.raises(InvalidDecision, match="--date : rappeler un jour à venir"):
            decide_call("no_answer", day, "", ActionSettings(), CAL, NOW)


def test_a_phoned_promise_holds_as_a_written_one() -> None:
    settings = ActionSettings(promise_grace_business_days=4)
    promised = dt.date(2026, 11, 20)
    phoned = decide_call("promise", promised, "", settings, CAL, NOW)
    written = decide(
        ReplyFacts(1, "promise_to_pay", "references", "compta@dupont.fr", "dupont", promised),
        [InvoiceFacts("F-1", "dupont")],
        {"dupont": CustomerFacts("dupont", ("compta@dupont.fr",))},
        settings,
        CAL,
        NOW,
    )
    (held,) = [e for e in written if isinstance(e, SetChase)]
    assert (phoned.chase, phoned.until, phoned.reason) == (held.chase, held.until, held.reason)


@pytest.mark.parametrize(
    ("outcome", "date", "confirm", "message"),
    [
        ("maybe", None, False, "--outcome : paid, promise, dispute, difficulty, no_answer attendu"),
        ("promise", None, False, "--date est obligatoire avec --outcome promise"),
        ("difficulty", None, False, "--date est obligatoire avec --outcome difficulty"),
        ("no_answer", None, True, "--confirm : rien à confirmer sans réponse du client"),
    ],
)
def test_parts_that_do_not_go_together(
    outcome: str, date: dt.date | None, confirm: bool, message: str
) -> None:
    with pytest.raises(InvalidDecision, match=message):
        check_call(outcome, date, confirm)


def test_a_call_back_day_must_be_to_come() -> None:
    with pytest.raises(InvalidDecision, match="--date : rappeler un jour à venir"):
        decide_call("no_answer", NOW.date(), "", ActionSettings(), CAL, NOW)
