"""Where messages go: an SMTP server, or (the embedded default) the local Maildir outbox/.

A transport is opened once per batch (one SMTP connection), sends raw bytes, and turns every
failure into a TransportError that says whether trying again later can help, and whose fault
it is: the message, a recipient's address, or the server's own settings.
"""

from __future__ import annotations

import ipaddress
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Protocol

from relancebot.config import SmtpSettings
from relancebot.store.files import add_to_maildir, make_maildir


class TransportError(Exception):
    """Why a message did not leave, and what that means for it and for the batch.

    `permanent`: refused for good; sending it again cannot help. `refused`: addresses refused
    for good, each by a refusal that names it (user unknown): never mail them again.
    `server_config`: the server's settings refuse us (our sender, authentication, relaying):
    neither the message nor an address is at fault, the message waits for a person to fix
    [smtp]. `whole_batch`: nothing else can go over this connection either (it dropped, the
    server refuses our sender): the rest of the batch waits too.
    """

    def __init__(
        self,
        message: str,
        *,
        permanent: bool,
        refused: tuple[str, ...] = (),
        ambiguous: bool = False,
        server_config: bool = False,
        whole_batch: bool | None = None,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.refused = refused
        # The connection died after the final dot: the server may have accepted the message.
        self.ambiguous = ambiguous
        self.server_config = server_config
        self.whole_batch = (not permanent and not refused) if whole_batch is None else whole_batch


@dataclass(frozen=True)
class Accepted:
    """The server took the message, perhaps not for every recipient.

    `refused`: addresses refused for good by a refusal that names them (mark them failing).
    `by_settings`: why the server's settings refused the others (relaying), in French, or "".
    """

    refused: tuple[str, ...] = ()
    by_settings: str = ""


class Transport(Protocol):
    def __enter__(self) -> Transport: ...
    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def send(
        self, sender: str, recipients: list[str], raw: bytes, committing: Callable[[], None]
    ) -> Accepted:
        """Deliver, or raise TransportError; say which recipients were refused all the same.

        `committing` is called at the point of no return, just before the server can accept
        (before the final dot of DATA): until then a crash means "not sent", after it "maybe".
        """
        ...


class MaildirTransport:
    """Nothing leaves the machine: each message becomes a file the user can open (0600, in
    0700 folders: customer data is the owner's alone)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> MaildirTransport:
        make_maildir(self.path)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def send(
        self, sender: str, recipients: list[str], raw: bytes, committing: Callable[[], None]
    ) -> Accepted:
        envelope = f"X-Relancebot-Envelope: {sender} -> {', '.join(recipients)}\r\n".encode()
        committing()
        add_to_maildir(self.path, envelope + raw)  # written to tmp/, renamed into new/: atomic
        return Accepted()


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
                server_config=True,
            )
        try:
            self._open()
        except smtplib.SMTPAuthenticationError as exc:
            self._drop()
            raise TransportError(
                f"SMTP {s.host} : identifiants refusés ({exc.smtp_code})",
                permanent=True,
                server_config=True,
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
    ) -> Accepted:
        assert self.conn is not None, "send() outside a batch"
        passed: list[bool] = []

        def point_of_no_return() -> None:
            committing()
            passed.append(True)

        try:
            options = _mail_options(self.conn, sender, recipients)
            refused = _transaction(self.conn, sender, recipients, raw, point_of_no_return, options)
        except smtplib.SMTPSenderRefused as exc:
            raise _sender_refused(sender, exc.smtp_code, exc.smtp_error) from None
        except smtplib.SMTPRecipientsRefused as exc:
            raise _recipients_refused(exc.recipients) from None
        except smtplib.SMTPResponseException as exc:
            reply = exc.smtp_error if isinstance(exc.smtp_error, bytes) else exc.smtp_error.encode()
            raise _message_refused(exc.smtp_code, reply) from None
        except (TimeoutError, OSError, smtplib.SMTPException) as exc:
            raise TransportError(
                f"SMTP interrompu ({exc})", permanent=False, ambiguous=bool(passed)
            ) from None
        faults = {a: classify_refusal(c, r) for a, (c, r) in refused.items()}
        by_settings = {a: refused[a] for a, f in faults.items() if f in _SETTINGS_FAULTS}
        return Accepted(
            tuple(a for a, f in faults.items() if f is Fault.ADDRESS),
            f"le serveur SMTP refuse nos envois à {_listed(by_settings)}" if by_settings else "",
        )


class Fault(Enum):
    """Whose fault a refusal is, read from its code, its enhanced status code and its text."""

    ADDRESS = "address"  # 5xx naming the recipient (5.1.1 user unknown, mailbox gone)
    TRANSIENT = "transient"  # 4xx: perhaps later
    POLICY = "policy"  # the server's relaying policy (5.7.x, "relay access denied")
    SENDER = "sender"  # us, whatever the message: authentication required, sender refused


_SETTINGS_FAULTS = (Fault.POLICY, Fault.SENDER)
_ENHANCED = re.compile(rb"^\s*[245]\.(\d{1,3})\.\d{1,3}\b")
_ABOUT_US = re.compile(rb"authenticat|sender|send as", re.IGNORECASE)
_RELAY = re.compile(rb"relay", re.IGNORECASE)


def classify_refusal(code: int, reply: bytes, *, recipient: bool = True) -> Fault:
    """A refusal of a recipient or of a message (`recipient=False`, at DATA).

    530 and texts about authentication or our sender are about us: every message would be
    refused alike. A 5.1.x or 5.2.x names the recipient's address or mailbox ("user unknown
    in relay recipient table" included). Relaying and, for a recipient, any other 5.7.x
    (security, policy) are the server's settings: a submission server refuses a recipient by
    policy, not because the customer's address is wrong. The rest of 5xx names the recipient
    or, at DATA, the message itself.
    """
    if code == 530 or _ABOUT_US.search(reply):
        return Fault.SENDER
    enhanced = _ENHANCED.match(reply)
    subject = enhanced[1] if enhanced is not None else b""
    if subject not in (b"1", b"2") and (_RELAY.search(reply) or (recipient and subject == b"7")):
        return Fault.POLICY
    return Fault.ADDRESS if code >= 500 else Fault.TRANSIENT


def _said(code: int, reply: bytes) -> str:
    return f"{code} {reply.decode('utf-8', 'replace')}"[:200]


def _listed(refusals: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(f"{a} ({_said(c, r)})" for a, (c, r) in refusals.items())


def _sender_refused(sender: str, code: int, reply: bytes) -> TransportError:
    """Refused at MAIL FROM: our sender, the same for every message (unless only "later")."""
    if classify_refusal(code, reply) is Fault.TRANSIENT:
        return TransportError(f"SMTP {_said(code, reply)} (réessai plus tard)", permanent=False)
    why = f"le serveur SMTP refuse l'expéditeur {sender} ({_said(code, reply)})"
    return TransportError(why, permanent=False, server_config=True, whole_batch=True)


def _recipients_refused(refusals: dict[str, tuple[int, bytes]]) -> TransportError:
    """Every recipient refused: by the server's settings, or each for its own address."""
    each = {a: classify_refusal(c, r) for a, (c, r) in refusals.items()}
    faults = set(each.values())
    addresses = tuple(a for a, f in each.items() if f is Fault.ADDRESS)
    if faults & set(_SETTINGS_FAULTS):
        return TransportError(
            f"le serveur SMTP refuse nos envois à {_listed(refusals)}",
            permanent=False,
            refused=addresses,  # those still named for their own address
            server_config=True,
            whole_batch=Fault.SENDER in faults,
        )
    return TransportError(
        "destinataire(s) refusé(s) : " + _listed(refusals),
        permanent=len(addresses) == len(refusals),
        refused=addresses,
    )


def _message_refused(code: int, reply: bytes) -> TransportError:
    """Refused at DATA: the message itself, unless the text says it is us (our sender)."""
    fault = classify_refusal(code, reply, recipient=False)
    if fault in _SETTINGS_FAULTS:
        return TransportError(
            f"le serveur SMTP refuse nos envois ({_said(code, reply)})",
            permanent=False,
            server_config=True,
            whole_batch=fault is Fault.SENDER,
        )
    return TransportError(f"SMTP {_said(code, reply)}", permanent=code >= 500)


def _mail_options(conn: smtplib.SMTP, sender: str, recipients: list[str]) -> list[str]:
    """SMTPUTF8 when an address needs it; without it on the server, the message cannot go
    (refused for good, the address is not at fault), or none can (our own sender)."""
    if sender.isascii() and all(r.isascii() for r in recipients):
        return []
    conn.ehlo_or_helo_if_needed()
    if conn.has_extn("smtputf8"):
        return ["SMTPUTF8"]
    if not sender.isascii():
        raise TransportError(
            f"l'expéditeur {sender} a des caractères accentués et le serveur SMTP ne les "
            "accepte pas (pas de SMTPUTF8) : choisir une adresse d'envoi sans accent",
            permanent=False,
            server_config=True,
            whole_batch=True,
        )
    accented = ", ".join(r for r in recipients if not r.isascii())
    raise TransportError(
        f"adresse {accented} intransmissible : le serveur SMTP n'accepte pas les adresses "
        "accentuées (pas de SMTPUTF8) ; écrire au client à une autre adresse",
        permanent=True,
        whole_batch=False,
    )


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _transaction(
    conn: smtplib.SMTP,
    sender: str,
    recipients: list[str],
    raw: bytes,
    committing: Callable[[], None],
    options: list[str],
) -> dict[str, tuple[int, bytes]]:
    """One SMTP mail transaction, as smtplib.sendmail, but with a hook before the final dot.

    The server accepts a message only on the final "." of DATA; a connection lost before it
    discards the message. So the doubtful instant is only between that dot and our record.
    """
    conn.ehlo_or_helo_if_needed()
    code, reply = conn.mail(sender, options)
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
