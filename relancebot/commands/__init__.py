"""The CLI's commands, one module per area; importing this package registers them all."""

from relancebot.commands import (
    classify,
    customers,
    health,
    imports,
    inspect,
    mailbox,
    outbox,
    sending,
)

__all__ = ["classify", "customers", "health", "imports", "inspect", "mailbox", "outbox", "sending"]
