"""The CLI's commands, one module per area; importing this package registers them all."""

from relancebot.commands import (
    cases,
    classify,
    customers,
    health,
    imports,
    inspect,
    mailbox,
    outbox,
    review,
    sending,
)

__all__ = [
    "cases",
    "classify",
    "customers",
    "health",
    "imports",
    "inspect",
    "mailbox",
    "outbox",
    "review",
    "sending",
]
