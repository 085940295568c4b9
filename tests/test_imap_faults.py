"""An IMAP server that answers garbage, hangs, or hangs up: the client says so clearly and
never crashes; nothing is marked handled. (Fault injectors on 127.0.0.1, not a mock of an IMAP
server: the real-server behaviour is tested against Dovecot in test_watcher_imap.py.)"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress

import pytest

from relancebot.inbox.imap import ImapMailbox
from relancebot.inbox.mailbox import MailboxError, MailboxUnavailable


def serve(behaviour: Callable[[socket.socket], None]) -> Iterator[int]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)  # so the loop notices `done` quickly
    port = listener.getsockname()[1]
    done = threading.Event()

    def loop() -> None:
        while not done.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                behaviour(conn)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    yield port
    done.set()
    listener.close()
    thread.join(timeout=5)


def garbage(conn: socket.socket) -> None:
    conn.sendall(b"\x00\xffHELLO? this is not IMAP at all\r\n" * 3)


def greets_then_nonsense(conn: socket.socket) -> None:
    conn.sendall(b"* OK [CAPABILITY IMAP4rev1] ready\r\n")
    conn.recv(1024)
    conn.sendall(b"* BANANA 42 {9999999}\r\n\x00\x01\x02")


def hangs(conn: socket.socket) -> None:
    conn.settimeout(3)
    with suppress(OSError):
        conn.recv(1024)  # never greets; returns when the client gives up


def hangs_up(conn: socket.socket) -> None:
    conn.sendall(b"* OK ready\r\n")


@pytest.fixture(
    params=[garbage, greets_then_nonsense, hangs, hangs_up],
    ids=["garbage", "nonsense", "hangs", "hangs-up"],
)
def faulty_port(request: pytest.FixtureRequest) -> Iterator[int]:
    yield from serve(request.param)


def test_a_faulty_server_is_a_clear_transient_error(faulty_port: int) -> None:
    box = ImapMailbox("127.0.0.1", faulty_port, "none", "relances", "s3cret-pass", timeout=1.0)
    with pytest.raises(MailboxError) as caught:
        box.connect()
        box.uids_after(0)
    assert isinstance(caught.value, MailboxUnavailable | MailboxError)
    assert "s3cret-pass" not in str(caught.value)
    assert str(caught.value)  # says what happened
    box.close()  # closing after a failure is harmless
