"""Where messages go: an SMTP server, or (the embedded default) the local Maildir outbox/.

A transport is opened once per batch (one SMTP connection), sends raw bytes, and turns every
failure into a TransportError that says whether trying again later can help.
"""

from __future__ import annotations

import ipaddress
import mailbox
import smtplib
import ssl
from pathlib import Path
from types import TracebackType
from typing import Protocol

from relancebot.config import SmtpSettings


class TransportError(Exception):
    """`permanent`: the server refused for good (5xx). `refused`: addresses refused for good."""

    def __init__(self, message: str, *, permanent: bool, refused: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.refused = refused


class Transport(Protocol):
    def __enter__(self) -> Transport: ...
    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def send(self, sender: str, recipients: list[str], raw: bytes) -> tuple[str, ...]:
        """Deliver; return the addresses refused for good while the others accepted."""
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

    def send(self, sender: str, recipients: list[str], raw: bytes) -> tuple[str, ...]:
        envelope = f"X-Relancebot-Envelope: {sender} -> {', '.join(recipients)}\r\n".encode()
        self.box.add(envelope + raw)
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

    def send(self, sender: str, recipients: list[str], raw: bytes) -> tuple[str, ...]:
        assert self.conn is not None, "send() outside a batch"
        try:
            refused = self.conn.sendmail(sender, recipients, raw)
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
            raise TransportError(f"SMTP interrompu ({exc})", permanent=False) from None
        return tuple(a for a, (code, _) in refused.items() if code >= 500)
