"""Reading the customers' replies: the firm's IMAP mailbox or a local Maildir."""

from __future__ import annotations

from typing import TYPE_CHECKING

from relancebot.inbox.mailbox import (
    Envelope,
    Mailbox,
    MailboxAuthError,
    MailboxError,
    MailboxTLSError,
    MailboxUnavailable,
    MessageGone,
)
from relancebot.inbox.maildir import MaildirMailbox

if TYPE_CHECKING:
    from relancebot.inbox.imap import ImapMailbox

__all__ = [
    "Envelope",
    "ImapMailbox",
    "Mailbox",
    "MailboxAuthError",
    "MailboxError",
    "MailboxTLSError",
    "MailboxUnavailable",
    "MaildirMailbox",
    "MessageGone",
]


def __getattr__(name: str) -> object:
    """ImapMailbox on first use: imapclient costs a tenth of a second to every command that
    touches the inbox, and only a firm with an [imap] section needs it."""
    if name == "ImapMailbox":
        from relancebot.inbox.imap import ImapMailbox

        return ImapMailbox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
