"""The CLI's commands, one module per area; importing this package registers them all."""

from relancebot.commands import (
    cases,
    classify,
    customers,
    demo,
    health,
    imports,
    inspect,
    mailbox,
    outbox,
    review,
    sending,
    setup,
)

__all__ = [
    "cases",
    "classify",
    "customers",
    "demo",
    "health",
    "imports",
    "inspect",
    "mailbox",
    "outbox",
    "review",
    "sending",
    "setup",
]
