"""A workspace of firms for the tests of `run` on a workspace: each firm its own Dovecot user,
its own SMTP server (aiosmtpd, or one that never answers), its own invoices."""

from __future__ import annotations

import socket
import sqlite3
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from click.testing import CliRunner, Result
from imapclient import IMAPClient

from relancebot.cli import main
from relancebot.clock import Clock
from relancebot.store.database import service_holder
from relancebot.workspace import Workspace
from relancebot.workspace.service import run_workspace_service
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.smtp import Received, RecordingHandler, free_port

from .conftest import pdf_bytes


def make_workspace(root: Path) -> Path:
    root.mkdir()
    (root / "workspace.toml").write_text(
        '[workspace]\nname = "Secrétariat Dupuis"\n[review]\nemail = "claire@dupuis.fr"\n',
        encoding="utf-8",
    )
    return root


@dataclass
class WorkspaceFirm:
    """One firm folder of the workspace and the servers it talks to."""

    root: Path
    id: str
    name: str
    email: str
    user: MailUser | None = None
    handler: RecordingHandler = field(default_factory=RecordingHandler)

    @property
    def folder(self) -> Path:
        return self.root / self.id

    @property
    def database(self) -> Path:
        return self.folder / "relancebot.db"

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def write(
        self,
        *,
        dovecot: DovecotServer | None,
        smtp_port: int | None,
        smtp_timeout: float = 30,
        extra: str = "",
    ) -> None:
        """config.toml: [imap] on the user's mailbox (password in a file of the firm's own),
        [smtp] on `smtp_port`; without them the embedded defaults (Maildir folders)."""
        (self.folder / "factures").mkdir(parents=True, exist_ok=True)
        text = f'[firm]\nname = "{self.name}"\nemail = "{self.email}"\n'
        if smtp_port is not None:
            text += (
                f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
                f"timeout = {smtp_timeout}\n"
            )
        if dovecot is not None and self.user is not None:
            secret = self.folder / "imap.password"
            secret.write_text(self.user.password, encoding="utf-8")
            secret.chmod(0o600)
            text += (
                f'[imap]\nhost = "{dovecot.host}"\nport = {dovecot.port}\nsecurity = "none"\n'
                f'username = "{self.user.name}"\npassword_file = "imap.password"\n'
                'sent_folder = ""\n'
            )
        (self.folder / "config.toml").write_text(text + textwrap.dedent(extra), encoding="utf-8")

    def import_invoices(self, invoices: dict[str, str]) -> None:
        """number -> customer address; due on 2 November 2026, imported on 2 October."""
        lines = ["number,client,email,amount,issue_date,due_date,pdf"]
        for number, address in invoices.items():
            pdf = self.folder / "factures" / f"{number}.pdf"
            pdf.write_bytes(pdf_bytes(f"{self.id} {number}"))
            client = address.split("@")[1]
            lines.append(f"{number},{client},{address},480,2026-10-01,2026-11-02,{number}.pdf")
        csv = self.folder / "factures" / "factures.csv"
        csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cli(self.root, "import-invoices", str(csv), firm=self.id, now="2026-10-02T09:00")

    def query(self, sql: str, *args: object) -> list[tuple[object, ...]]:
        with sqlite3.connect(self.database) as conn:
            return [tuple(row) for row in conn.execute(sql, args)]

    def holder(self) -> str | None:
        return service_holder(self.database)


def cli(root: Path, *args: str, firm: str | None = None, now: str | None = None) -> Result:
    argv = ["--workspace", str(root), *(["--firm", firm] if firm else [])]
    argv += ["--now", now] if now else []
    return CliRunner().invoke(main, [*argv, *args], catch_exceptions=False)


def append(dovecot: DovecotServer, firm: WorkspaceFirm, raw: bytes) -> None:
    """As a customer's reply arrives in the firm's mailbox: APPENDed by a client."""
    user = firm.user
    assert user is not None
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=10) as client:
        client.login(user.name, user.password)
        client.append("INBOX", raw)


@contextmanager
def smtp_servers(firms: list[WorkspaceFirm]) -> Iterator[list[int]]:
    """An aiosmtpd per firm, each recording into the firm's handler; their ports."""
    controllers = []
    try:
        for firm in firms:
            controller = Controller(firm.handler, hostname="127.0.0.1", port=free_port())
            controller.start()
            controllers.append(controller)
        yield [c.port for c in controllers]
    finally:
        for controller in controllers:
            controller.stop(no_assert=True)


class SilentServer:
    """Accepts TCP connections and never says a word: an SMTP server that hangs. Closing it
    resets the connections it held."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.port = int(self.socket.getsockname()[1])

    def close(self) -> None:
        self.socket.close()


class Served:
    """run_workspace_service in a thread; stop() returns once it has ended."""

    def __init__(
        self, root: Path, clock: Clock, discover_seconds: float = 60.0, digest_minutes: float = 10
    ) -> None:
        self.stop_event = threading.Event()
        self.error: BaseException | None = None

        def target() -> None:
            try:
                run_workspace_service(
                    Workspace(root),
                    clock,
                    self.stop_event,
                    discover_seconds=discover_seconds,
                    digest_minutes=digest_minutes,
                )
            except BaseException as exc:
                self.error = exc
                raise

        self.thread = threading.Thread(target=target, name="workspace-service")
        self.thread.start()

    def stop(self, timeout: float = 60) -> None:
        self.stop_event.set()
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the workspace service did not stop"
        assert self.error is None, self.error


def wait_until(what: str, predicate: Callable[[], object], timeout: float = 20) -> None:
    """A deadline to wait for something, never a measure of how fast it came."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {timeout} s")
