"""Where messages go: an SMTP server, or (the embedded default) the local Maildir outbox/.

A transport is opened once per batch (one SMTP connection), sends raw bytes, and turns every
failure into a TransportError that says whether trying again later can help.
"""

from __future__ import annotations

import ipaddress
import mailbox
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Protocol

from relancebot.config import SmtpSettings


class TransportError(Exception):
    """`permanent`: the server refused for good (5xx). `refused`: addresses refused for good."""

    def __init__(
        self,
        message: str,
        *,
        permanent: bool,
        refused: tuple[str, ...] = (),
        ambiguous: bool = False,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.refused = refused
        # The connection died after the final dot: the server may have accepted the message.
        self.ambiguous = ambiguous


class Transport(Protocol):
    def __enter__(self) -> Transport: ...
    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def send(
        self, sender: str, recipients: list[str], raw: bytes, committing: Callable[[], None]
    ) -> tuple[str, ...]:
        """Deliver; return the addresses refused for good while the others accepted.

        `committing` is called at the point of no return, just before the server can accept
        (before the final dot of DATA): until then a crash means "not sent", after it "maybe".
        """
        ...


class MaildirTransport:
    """Nothing leaves the machine: each message becomes a file the user can open."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> MaildirTransport:
        self.box = mailbox.Maildir(self.path, create=True)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.box.close()

    def send(
        self, sender: str, recipients: list[str], raw: bytes, committing: Callable[[], None]
    ) -> tuple[str, ...]:
        envelope = f"X-Relancebot-Envelope: {sender} -> {', '.join(recipients)}\r\n".encode()
        committing()
        self.box.add(envelope + raw)  # written to tmp/, then renamed into new/: atomic
        return ()


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SmtpTransport:
    def __init__(self, settings: SmtpSettings, password: str | None) -> None:
        self.settings = settings
        self.password = password
        self.conn: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.settings.ca_file or None)

    def __enter__(self) -> SmtpTransport:
        s = self.settings
        if (
            s.username
            and s.security == "none"
            and not (is_loopback(s.host) or s.allow_plaintext_login)
        ):
            raise TransportError(
                f"smtp.security = 'none' enverrait le mot de passe en clair à {s.host} : "
                "choisissez 'starttls' ou 'tls', ou smtp.allow_plaintext_login = true",
                permanent=True,
            )
        try:
            self._open()
        except smtplib.SMTPAuthenticationError as exc:
            self._drop()
            raise TransportError(
                f"SMTP {s.host} : identifiants refusés ({exc.smtp_code})", permanent=True
            ) from None
        except ssl.SSLError as exc:
            self._drop()
            raise TransportError(
                f"SMTP {s.host} : TLS refusé ({exc.reason})", permanent=False
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise TransportError(
                f"SMTP {s.host}:{s.port} injoignable ({exc})", permanent=False
            ) from None
        return self

    def _open(self) -> None:
        s = self.settings
        if s.security == "tls":
            self.conn = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=self._context())
        else:
            self.conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            if s.security == "starttls":
                self.conn.starttls(context=self._context())
        if self.conn.sock is not None:
            # The final dot goes in a write of its own (see _transaction): without NODELAY,
            # Nagle's algorithm and delayed ACKs would hold it ~40 ms per message.
            self.conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if s.username:
            self.conn.login(s.username, self.password or "")

    def _drop(self) -> None:
        """Close a half-opened connection (a refused certificate, a refused login)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except (OSError, smtplib.SMTPException):
                self.conn.close()

    def send(
        self, sender: str, recipients: list[str], raw: bytes, committing: Callable[[], None]
    ) -> tuple[str, ...]:
        assert self.conn is not None, "send() outside a batch"
        passed: list[bool] = []

        def point_of_no_return() -> None:
            committing()
            passed.append(True)

        try:
            refused = _transaction(self.conn, sender, recipients, raw, point_of_no_return)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = {addr: code for addr, (code, _) in exc.recipients.items()}
            permanent = all(code >= 500 for code in codes.values())
            raise TransportError(
                "destinataire(s) refusé(s) : " + ", ".join(f"{a} ({c})" for a, c in codes.items()),
                permanent=permanent,
                refused=tuple(a for a, c in codes.items() if c >= 500),
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise TransportError(
                f"SMTP {exc.smtp_code} {exc.smtp_error!r}", permanent=exc.smtp_code >= 500
            ) from None
        except (TimeoutError, OSError, smtplib.SMTPException) as exc:
            raise TransportError(
                f"SMTP interrompu ({exc})", permanent=False, ambiguous=bool(passed)
            ) from None
        return tuple(a for a, (code, _) in refused.items() if code >= 500)


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _transaction(
    conn: smtplib.SMTP,
    sender: str,
    recipients: list[str],
    raw: bytes,
    committing: Callable[[], None],
) -> dict[str, tuple[int, bytes]]:
    """One SMTP mail transaction, as smtplib.sendmail, but with a hook before the final dot.

    The server accepts a message only on the final "." of DATA; a connection lost before it
    discards the message. So the doubtful instant is only between that dot and our record.
    """
    conn.ehlo_or_helo_if_needed()
    code, reply = conn.mail(sender)
    if code != 250:
        conn.rset()
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    refused: dict[str, tuple[int, bytes]] = {}
    for recipient in recipients:
        code, reply = conn.rcpt(recipient)
        if code not in (250, 251):
            refused[recipient] = (code, reply)
    if len(refused) == len(recipients):
        conn.rset()
        raise smtplib.SMTPRecipientsRefused(refused)
    conn.putcmd("data")
    code, reply = conn.getreply()
    if code != 354:
        conn.rset()
        raise smtplib.SMTPDataError(code, reply)
    body = _LEADING_DOT.sub(b"..", raw)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    conn.send(body)
    committing()
    conn.send(b".\r\n")
    code, reply = conn.getreply()
    if code != 250:
        raise smtplib.SMTPDataError(code, reply)
    return refused
