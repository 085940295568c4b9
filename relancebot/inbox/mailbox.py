"""What the reply watcher codes against: a mailbox it reads without disturbing people.

Two implementations behave the same: :class:`relancebot.inbox.imap.ImapMailbox` (the firm's
IMAP server, read alongside Thunderbird/Outlook) and
:class:`relancebot.inbox.maildir.MaildirMailbox` (the embedded default: a local Maildir).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

__all__ = [
    "Envelope",
    "Mailbox",
    "MailboxAuthError",
    "MailboxError",
    "MailboxTLSError",
    "MailboxUnavailable",
    "MessageGone",
]


@dataclass(frozen=True)
class Envelope:
    """What is known about a message before downloading it."""

    uid: int
    size: int
    header_bytes: bytes  # BODY.PEEK[HEADER], blank line included


class MailboxError(Exception):
    """Base of every mailbox error; also a refusal by the server of one command."""


class MailboxUnavailable(MailboxError):
    """Connection refused, dropped or timed out: transient, reconnect later."""


class MailboxAuthError(MailboxError):
    """Login refused: permanent until the configuration is fixed."""


class MailboxTLSError(MailboxAuthError):
    """The server's certificate was refused: permanent until imap.ca_file/verify_tls is fixed."""


class MessageGone(MailboxError):
    """The message was expunged or moved away (by a person) before we got to it."""


@runtime_checkable
class Mailbox(Protocol):
    def connect(self) -> None:
        """Open (or reopen) the mailbox; raises MailboxUnavailable/MailboxAuthError."""

    def close(self) -> None:
        """Release the connection; never raises, may be called twice."""

    @property
    def uidvalidity(self) -> int:
        """UIDs are only comparable while this stays the same."""

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs strictly greater than ``last_uid``, ascending."""

    def envelopes(self, uids: Sequence[int]) -> list[Envelope]:
        """Size and header of each message still there, in the order of ``uids``."""

    def fetch(self, uid: int) -> bytes:
        """The whole raw message; never marks it read (raises MessageGone)."""

    def mark_handled(self, *uids: int) -> None:
        """Tag the messages with our keyword (``$Relancebot`` by default), in one command."""

    def move(self, uid: int, folder: str) -> None:
        """Move the message to ``folder``, created if missing."""

    def wait_for_news(self, timeout: float) -> bool:
        """Block until something arrives (True), ``timeout`` passes or interrupt() (False)."""

    def append_sent(self, raw: bytes, when: datetime) -> None:
        """Store a message we sent in the Sent folder, marked read."""

    def interrupt(self) -> None:
        """Thread-safe: make a blocking wait_for_news() return soon."""
