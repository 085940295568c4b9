"""An invoice's chase state, and a customer's, change here, whoever asks: the service, a command,
a web page. Nowhere else writes them.

What to do is decided in the pure core (``core.actions`` for a reply, ``core.calls`` for a call,
``core.promises`` for both, ``core.planner`` for the cadence); these functions apply it, and each
change is journalled with who acted: ``SERVICE``, ``COMMAND`` or ``web_actor(user)``. A person's
decision is checked first and refused with a named error (``relancebot.errors``: an unknown
invoice or customer, an invoice already paid) before anything is written; each runs in its own
transaction, or as a savepoint of the caller's.

A person's decisions (``actor`` required):
    pause, resume                         an invoice's chase held until a day, or going on
    record_call                           a call's outcome (decided by core.calls.decide_call)
    record_payment                        a payment seen (mark paid), the invoice settled
    stop_customer, chase_customer         no reminder email to a customer any more, or again
    change_customer                       a customer's terms (do not chase, delay, language...)
    confirm_contact                       an address confirmed: invoices waiting for it resume

The service's own changes:
    settle                                the invoice paid in full once its payments add up
    reminder_queued, reminders_left       a reminder in the outbox, then gone
    set_aside                             a reminder that cannot be written: chase stopped
    escalate                              about 30 days overdue: a person calls
    duplicate_queued, promise_broken      a duplicate resent; a promise not kept
    apply_reply_change                    what core.actions decided of a reply
"""

from __future__ import annotations

from relancebot.store.chase.calls import record_call
from relancebot.store.chase.decisions import (
    change_customer,
    chase_customer,
    confirm_contact,
    pause,
    resume,
    stop_customer,
)
from relancebot.store.chase.payments import record_payment, settle
from relancebot.store.chase.service import (
    apply_reply_change,
    duplicate_queued,
    escalate,
    promise_broken,
    reminder_queued,
    reminders_left,
    set_aside,
)
from relancebot.store.chase.state import CALL_KINDS
from relancebot.store.records import COMMAND, SERVICE, web_actor

__all__ = [
    "CALL_KINDS",
    "COMMAND",
    "SERVICE",
    "apply_reply_change",
    "change_customer",
    "chase_customer",
    "confirm_contact",
    "duplicate_queued",
    "escalate",
    "pause",
    "promise_broken",
    "record_call",
    "record_payment",
    "reminder_queued",
    "reminders_left",
    "resume",
    "set_aside",
    "settle",
    "stop_customer",
    "web_actor",
]
