"""A real Dovecot IMAP server for the mailbox tests, started from a config of its own.

Exposed as a pytest plugin (``pytest_plugins = ["tests.servers.dovecot"]``):

* ``dovecot`` (session): the running :class:`DovecotServer` (tests are skipped when
  ``/usr/sbin/dovecot`` is missing);
* ``imap_user`` (function): a fresh user with an empty mailbox, server (re)started if needed;
* ``imap_peer`` (function): another client logged in to ``imap_user``'s INBOX.

Dovecot runs in the foreground (``dovecot -F -c conf``) as our child, listens on 127.0.0.1
only, and can be stopped and restarted on the same ports and mail folder.
"""

from __future__ import annotations

import getpass
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
from imapclient import IMAPClient

from tests.servers.dovecot_config import CONFIG, make_self_signed

DOVECOT = os.environ.get("RELANCEBOT_DOVECOT", "/usr/sbin/dovecot")
HOST = "127.0.0.1"
PASSWORD = "s3cret-Passw0rd"
MAIL_UID = MAIL_GID = 65534  # nobody/nogroup: Dovecot refuses to open mail as uid 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class MailUser:
    name: str
    password: str
    home: Path

    @property
    def maildir(self) -> Path:
        return self.home / "Maildir"


class DovecotServer:
    """One Dovecot instance living in ``root``; see the module docstring."""

    def __init__(self, root: Path, imap_extra: str = "") -> None:
        self.root = root
        self.host = HOST
        self.port = free_port()
        self.tls_port = free_port()
        self.ca_file, _ = make_self_signed(root / "tls", "server")
        self.wrong_ca_file, _ = make_self_signed(root / "tls", "wrong")
        self.version = subprocess.run(
            [DOVECOT, "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()
        self.mail_root = root / "mail"
        self.mail_root.mkdir(mode=0o755)
        as_root = os.geteuid() == 0
        self.uid, self.gid = (MAIL_UID, MAIL_GID) if as_root else (os.getuid(), os.getgid())
        me = getpass.getuser()
        self.config = root / "dovecot.conf"
        self.config.write_text(
            CONFIG.format(
                version=self.version,
                root=root,
                host=HOST,
                port=self.port,
                tls_port=self.tls_port,
                uid=min(self.uid, 500),
                gid=min(self.gid, 500),
                internal_user="dovecot" if as_root and _has_user("dovecot") else me,
                login_user="dovenull" if as_root and _has_user("dovenull") else me,
                imap_extra=imap_extra,
                password=PASSWORD,
                mail_uid=self.uid,
                mail_gid=self.gid,
            )
        )
        self._proc: subprocess.Popen[bytes] | None = None
        self._users = itertools.count(1)

    # -- lifecycle ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 15.0) -> None:
        if self.running:
            return
        self._proc = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() ends the children too
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                out = self._proc.stdout.read().decode(errors="replace") if self._proc.stdout else ""
                raise RuntimeError(f"dovecot exited at start:\n{out}\n{self.log_tail()}")
            if _accepts(self.port) and _accepts(self.tls_port):
                return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"dovecot not listening after {timeout}s:\n{self.log_tail()}")

    def stop(self, timeout: float = 15.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        # The master alone leaves imap processes (and their clients) alive: end the group.
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout)
        if proc.stdout:
            proc.stdout.close()
        deadline = time.monotonic() + timeout  # the children go away with the master
        while (_accepts(self.port) or _accepts(self.tls_port)) and time.monotonic() < deadline:
            time.sleep(0.02)

    def restart(self) -> None:
        self.stop()
        self.start()

    def log_tail(self, lines: int = 40) -> str:
        log = self.root / "dovecot.log"
        return (
            "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""
        )

    # -- users and mail ----------------------------------------------------------------
    def add_user(self) -> MailUser:
        """A new user with an empty mailbox (its home exists, owned by the mail uid)."""
        name = f"user{next(self._users)}"
        home = self.mail_root / name
        home.mkdir(mode=0o700)
        os.chown(home, self.uid, self.gid)
        return MailUser(name, PASSWORD, home)

    def deliver(
        self, user: MailUser, raw: bytes, folder: str = "INBOX", seen: bool = False
    ) -> Path:
        """Write a message straight into the user's Maildir (works while the server is down)."""
        base = user.maildir if folder == "INBOX" else user.maildir / f".{folder}"
        for sub in ("", "tmp", "new", "cur"):
            (base / sub).mkdir(mode=0o700, exist_ok=True)
            os.chown(base / sub, self.uid, self.gid)
        unique = f"{time.time_ns()}.P{os.getpid()}Q{next(self._users)}.relancebot-test"
        tmp = base / "tmp" / unique
        tmp.write_bytes(raw)
        os.chown(tmp, self.uid, self.gid)
        final = base / "cur" / f"{unique}:2,S" if seen else base / "new" / unique
        os.rename(tmp, final)
        return final


def _has_user(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def dovecot_server(imap_extra: str = "") -> Iterator[DovecotServer]:
    """Start a server in a fresh temp folder, yield it, always stop it and clean up."""
    if not os.access(DOVECOT, os.X_OK):
        pytest.skip(f"Dovecot not installed ({DOVECOT} missing): apt-get install dovecot-imapd")
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI missing: needed for the test server's certificate")
    # Not under pytest's 0700 basetemp: the mail uid (65534) must reach the mail folder.
    root = Path(tempfile.mkdtemp(prefix="relancebot-dovecot-"))
    root.chmod(0o755)
    server = DovecotServer(root, imap_extra)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    yield from dovecot_server()


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> MailUser:
    dovecot.start()  # a previous test may have left it stopped
    return dovecot.add_user()


@pytest.fixture
def imap_peer(dovecot: DovecotServer, imap_user: MailUser) -> Iterator[IMAPClient]:
    """Another client on imap_user's INBOX: a person's Thunderbird."""
    client = IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=10)
    client.login(imap_user.name, imap_user.password)
    client.select_folder("INBOX")
    yield client
    try:
        client.logout()
    except Exception:
        client.shutdown()
