"""What a call's outcome decides for the invoices discussed: rules, no I/O.

A person says what the customer said on the phone; these rules say what happens to the chase,
the same whoever records the call (a command, a web page). ``store.chase`` applies them.

1. paid: the balance is recorded as a payment (source 'appel'); the invoice settles.
2. promise: the chase is held exactly as by a written promise (``core.promises``): until the
   promised date plus ``[actions] promise_grace_business_days``; a date already past holds it
   ``promise_default_days``. The tick's follow-up resumes it firmly if nothing was paid.
3. dispute: the chase stops; a dispute task stays open until a person resolves it.
4. difficulty: the chase is paused until the agreed date (the plan goes into the customer's
   notes).
5. no answer: nothing changes but the call tasks, which come back the next business day, or
   on the day the person said to call back (the first business day from that date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relancebot.core.action_model import ActionSettings
from relancebot.core.calendar import BusinessCalendar
from relancebot.core.model import Chase
from relancebot.core.promises import promise_hold
from relancebot.errors import InvalidDecision

OUTCOMES = ("paid", "promise", "dispute", "difficulty", "no_answer")
OUTCOMES_FR = {
    "paid": "réglé",
    "promise": "promesse de paiement",
    "dispute": "litige",
    "difficulty": "difficulté de paiement, plan convenu",
    "no_answer": "pas de réponse",
}
NEEDS_DATE = ("promise", "difficulty")
REASON_LENGTH = 300  # a person's note quoted in chase_reason is cut there


@dataclass(frozen=True)
class CallDecision:
    """What one call changes on each invoice it was about."""

    outcome: str
    chase: Chase | None = None  # the new chase state; None leaves it as it is
    until: dt.datetime | None = None  # the end of a pause
    reason: str = ""  # chase_reason
    promised: dt.date | None = None  # the promised date kept on the invoice (promise)
    pay_balance: bool = False  # paid: the balance becomes a payment
    callback_at: dt.datetime | None = None  # no answer: when the call tasks come back


def check_call(outcome: str, date: dt.date | None, confirm: bool) -> None:
    """Refuse the parts of a call that do not go together, before anything is written."""
    if outcome not in OUTCOMES:
        raise InvalidDecision(f"--outcome : {', '.join(OUTCOMES)} attendu, reçu {outcome!r}")
    if outcome in NEEDS_DATE and date is None:
        raise InvalidDecision(f"--date est obligatoire avec --outcome {outcome}")
    if confirm and outcome == "no_answer":
        raise InvalidDecision("--confirm : rien à confirmer sans réponse du client")


def decide_call(
    outcome: str,
    date: dt.date | None,
    note: str,
    settings: ActionSettings,
    calendar: BusinessCalendar,
    now: dt.datetime,
) -> CallDecision:
    """The decision for a call already checked (:func:`check_call`)."""
    check_call(outcome, date, False)
    today = calendar.local(now).date()
    if outcome == "paid":
        return CallDecision(outcome, pay_balance=True)
    if outcome == "promise":
        hold = promise_hold(date, settings, calendar, today)
        return CallDecision(outcome, Chase.PAUSED, hold.until, hold.reason, promised=hold.day)
    if outcome == "difficulty":
        assert date is not None
        reason = f"plan convenu au {date:%d/%m/%Y}" + (f" : {note}" if note else "")
        return CallDecision(outcome, Chase.PAUSED, calendar.opening(date), reason[:REASON_LENGTH])
    if outcome == "dispute":
        reason = "litige : " + note if note else "litige"
        return CallDecision(outcome, Chase.STOPPED, reason=reason[:REASON_LENGTH])
    if date is not None and date <= today:
        raise InvalidDecision(f"--date : rappeler un jour à venir, pas le {date:%d/%m/%Y}")
    again = calendar.next_business_day(date or today + dt.timedelta(days=1))
    return CallDecision(outcome, callback_at=calendar.opening(again))
