"""The firm's IMAP mailbox, read with imapclient alongside the people who use it."""

from __future__ import annotations

import imaplib
import ssl
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any, Literal

from imapclient import DELETED, SEEN, IMAPClient
from imapclient.exceptions import LoginError
from imapclient.imapclient import SENT

from relancebot.inbox.mailbox import (
    Envelope,
    MailboxAuthError,
    MailboxError,
    MailboxTLSError,
    MailboxUnavailable,
    MessageGone,
)
from relancebot.inbox.net import enable_keepalive, is_loopback

Security = Literal["none", "starttls", "tls"]
_NEWS = (b"EXISTS", b"RECENT")


def _has_news(responses: Sequence[Any]) -> bool:
    for response in responses:
        if len(response) >= 1 and response[0] == b"BYE":
            raise MailboxUnavailable(f"le serveur IMAP a coupé la connexion : {response!r}")
        if len(response) >= 2 and response[1] in _NEWS:
            return True
    return False


class ImapMailbox:
    """One folder of an IMAP account; see :class:`relancebot.inbox.mailbox.Mailbox`."""

    FETCH_BATCH = 200  # envelopes per FETCH
    IDLE_MAX = 540.0  # re-issue IDLE after 9 min: servers and NAT boxes drop idle ones
    IDLE_SLICE = 0.25  # how soon interrupt() is noticed while idling

    def __init__(
        self,
        host: str,
        port: int,
        security: Security,
        username: str,
        password: str,
        folder: str = "INBOX",
        sent_folder: str = "auto",
        keyword: str = "$Relancebot",
        ca_file: str | None = None,
        verify_tls: bool = True,
        timeout: float = 60.0,
        *,
        allow_plaintext_login: bool = False,
        poll_interval: float = 60.0,
    ) -> None:
        if security not in ("none", "starttls", "tls"):
            raise MailboxError(f"imap.security invalide : {security!r} (none, starttls ou tls)")
        self.host, self.port, self.security = host, port, security
        self.username, self._password = username, password
        self.folder, self.sent_folder, self.keyword = folder, sent_folder, keyword
        self.ca_file, self.verify_tls, self.timeout = ca_file, verify_tls, timeout
        self.allow_plaintext_login = allow_plaintext_login
        self.poll_interval = poll_interval
        self._client: IMAPClient | None = None
        self._uidvalidity: int | None = None
        self._capabilities: frozenset[bytes] = frozenset()
        self._sent_name: str | None = None
        self._interrupted = threading.Event()

    def __repr__(self) -> str:  # never shows the password
        where = f"{self.username}@{self.host}:{self.port}/{self.folder}"
        return f"ImapMailbox({where}, {self.security})"

    # -- connection ----------------------------------------------------------------------
    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self.ca_file)
        if not self.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    def _make_client(self) -> IMAPClient:
        """Seam: open the connection (TCP, then TLS as configured), not yet logged in."""
        context = self.ssl_context() if self.security != "none" else None
        client = IMAPClient(
            self.host,
            self.port,
            ssl=self.security == "tls",
            ssl_context=context,
            timeout=self.timeout,
        )
        if self.security == "starttls":
            try:
                client.starttls(context)
            except BaseException:
                with suppress(Exception):
                    client.shutdown()
                raise
        return client

    def connect(self) -> None:
        self.close()
        self._interrupted.clear()
        plaintext = self.security == "none" and not is_loopback(self.host)
        if plaintext and not self.allow_plaintext_login:
            raise MailboxError(
                f"connexion à {self.host} sans chiffrement : le mot de passe passerait en "
                "clair. Mettez imap.security à « starttls » ou « tls » "
                "(ou autorisez-le explicitement avec allow_plaintext_login)."
            )
        try:
            with self._errors(f"connexion à {self.host}:{self.port}"):
                self._client = self._make_client()
                enable_keepalive(self._client.socket())
                self._client.login(self.username, self._password)
                info = self._client.select_folder(self.folder)
                self._uidvalidity = int(info[b"UIDVALIDITY"])
                self._capabilities = frozenset(c.upper() for c in self._client.capabilities())
        except BaseException:  # e.g. the folder is missing: no half-open connection left
            self.close()
            raise

    def close(self) -> None:
        self._drop(logout=True)

    def _drop(self, logout: bool = False) -> None:
        client, self._client, self._uidvalidity = self._client, None, None
        if client is None:
            return
        try:
            if not logout:
                raise ConnectionAbortedError  # a dead connection: no LOGOUT
            client.socket().settimeout(min(self.timeout, 5.0))
            client.logout()
        except Exception:
            with suppress(Exception):
                client.shutdown()

    def _require(self) -> IMAPClient:
        if self._client is None:
            raise MailboxUnavailable("boîte IMAP non connectée (appeler connect())")
        return self._client

    def has_capability(self, name: str) -> bool:
        return name.upper().encode() in self._capabilities

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Translate socket/TLS/IMAP errors; the message never contains the password."""
        try:
            yield
        except MailboxUnavailable:  # e.g. BYE while idling
            self._drop()
            raise
        except MailboxError:
            raise
        except LoginError as exc:
            self._drop()
            raise MailboxAuthError(self._say(doing, "identifiants refusés", exc)) from exc
        except ssl.SSLCertVerificationError as exc:
            self._drop()
            raise MailboxTLSError(self._say(doing, "certificat du serveur refusé", exc)) from exc
        except (imaplib.IMAP4.abort, OSError, EOFError) as exc:
            self._drop()
            raise MailboxUnavailable(self._say(doing, "serveur injoignable", exc)) from exc
        except imaplib.IMAP4.error as exc:  # NO/BAD to one command: the connection is fine
            raise MailboxError(self._say(doing, "refusé par le serveur", exc)) from exc

    def _say(self, doing: str, what: str, exc: BaseException) -> str:
        detail = f"{type(exc).__name__}: {exc}"
        if self._password:
            detail = detail.replace(self._password, "***")
        return f"IMAP {self.username}@{self.host}:{self.port}, {doing} : {what} ({detail})"

    # -- reading -------------------------------------------------------------------------
    @property
    def uidvalidity(self) -> int:
        if self._uidvalidity is None:
            raise MailboxUnavailable("boîte IMAP non connectée (appeler connect())")
        return self._uidvalidity

    def uids_after(self, last_uid: int) -> list[int]:
        with self._errors("recherche des nouveaux messages"):
            client = self._require()
            client.noop()  # let the server tell us about messages appended meanwhile
            found = client.search(["UID", f"{last_uid + 1}:*"])
        return sorted(uid for uid in found if uid > last_uid)  # n+1:* also matches the last

    def envelopes(self, uids: Sequence[int]) -> list[Envelope]:
        out: list[Envelope] = []
        for start in range(0, len(uids), self.FETCH_BATCH):
            batch = list(uids[start : start + self.FETCH_BATCH])
            with self._errors("lecture des en-têtes"):
                data = self._require().fetch(batch, ["RFC822.SIZE", "BODY.PEEK[HEADER]"])
            for uid in batch:
                item = data.get(uid, {})
                if b"RFC822.SIZE" in item and b"BODY[HEADER]" in item:
                    size, header = int(item[b"RFC822.SIZE"]), bytes(item[b"BODY[HEADER]"])
                    out.append(Envelope(uid, size, header))
        return out

    def fetch(self, uid: int) -> bytes:
        with self._errors(f"lecture du message {uid}"):
            data = self._require().fetch([uid], ["BODY.PEEK[]"])  # PEEK: \Seen untouched
        body = data.get(uid, {}).get(b"BODY[]")
        if body is None:
            raise MessageGone(f"message UID {uid} absent de {self.folder}")
        return bytes(body)

    # -- changing ------------------------------------------------------------------------
    def mark_handled(self, *uids: int) -> None:
        with self._errors(f"marquage de {len(uids)} message(s)"):
            self._require().add_flags(list(uids), [self.keyword], silent=True)

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if client.folder_exists(folder):
            return
        try:
            client.create_folder(folder)
        except imaplib.IMAP4.error:
            if not client.folder_exists(folder):  # else created meanwhile by someone else
                raise
        with suppress(imaplib.IMAP4.error):
            client.subscribe_folder(folder)  # so that Thunderbird/Outlook show it

    def move(self, uid: int, folder: str) -> None:
        with self._errors(f"déplacement du message {uid} vers {folder}"):
            client = self._require()
            self._ensure_folder(client, folder)
            if self.has_capability("MOVE"):
                client.move([uid], folder)
                return
            client.copy([uid], folder)
            client.add_flags([uid], [DELETED], silent=True)
            if self.has_capability("UIDPLUS"):  # a plain EXPUNGE would purge people's \Deleted
                client.uid_expunge([uid])

    def append_sent(self, raw: bytes, when: datetime) -> None:
        with self._errors("copie dans les envoyés"):
            client = self._require()
            if self._sent_name is None:
                name = self.sent_folder
                if name == "auto":
                    name = client.find_special_folder(SENT) or "Sent"
                self._ensure_folder(client, name)
                self._sent_name = name
            client.append(self._sent_name, raw, flags=[SEEN], msg_time=when)

    # -- waiting -------------------------------------------------------------------------
    def interrupt(self) -> None:
        self._interrupted.set()

    def wait_for_news(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        try:
            with self._errors("attente de nouveaux messages"):
                client = self._require()
                if self.has_capability("IDLE"):
                    return self._idle(client, deadline)
                return self._poll(client, deadline)
        finally:
            self._interrupted.clear()

    def _idle(self, client: IMAPClient, deadline: float) -> bool:
        client.idle()
        started, news = time.monotonic(), False
        while not news and not self._interrupted.is_set():
            now = time.monotonic()
            if now >= deadline:
                break
            if now - started >= self.IDLE_MAX:
                news = _has_news(client.idle_done()[1])
                client.idle()
                started = now
                continue
            wait = min(self.IDLE_SLICE, deadline - now)
            responses = client.idle_check(timeout=wait)
            news = _has_news(responses)
            if not responses and time.monotonic() - now < wait / 2:
                # readable but nothing parsed: EOF (imapclient hides it) or a partial line.
                # DONE tells them apart: it raises on a dead connection.
                news = _has_news(client.idle_done()[1])
                client.idle()
        return _has_news(client.idle_done()[1]) or news

    def _poll(self, client: IMAPClient, deadline: float) -> bool:
        while not self._interrupted.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self._interrupted.wait(min(self.poll_interval, remaining)):
                return False
            if _has_news(client.noop()[1]):
                return True
        return False
