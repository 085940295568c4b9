"""Reading the customers' replies: the firm's IMAP mailbox or a local Maildir."""

from __future__ import annotations

from relancebot.inbox.imap import ImapMailbox
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
