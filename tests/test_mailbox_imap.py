"""ImapMailbox against a real Dovecot (tests/servers/dovecot.py): no mock of the server."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from imapclient import DELETED, RECENT, SEEN, IMAPClient

from relancebot.inbox import (
    ImapMailbox,
    Mailbox,
    MailboxAuthError,
    MailboxError,
    MailboxTLSError,
    MailboxUnavailable,
)
from relancebot.inbox.net import is_loopback
from tests.servers.dovecot import DovecotServer, MailUser, free_port
from tests.servers.mail import later, message

pytestmark = pytest.mark.imap


def make_box(dovecot: DovecotServer, user: MailUser, **kw: Any) -> ImapMailbox:
    kw = {"host": dovecot.host, "port": dovecot.port, "security": "none", "timeout": 10, **kw}
    return ImapMailbox(username=user.name, password=user.password, **kw)


@pytest.fixture
def box(dovecot: DovecotServer, imap_user: MailUser) -> Iterator[ImapMailbox]:
    mailbox = make_box(dovecot, imap_user)
    yield mailbox
    mailbox.close()


def test_is_a_mailbox(box: ImapMailbox) -> None:
    typed: Mailbox = box  # checked by mypy
    typed.connect()
    assert isinstance(box, Mailbox)


def test_uids_after_and_catch_up(box: ImapMailbox, imap_peer: IMAPClient) -> None:
    for i in range(5):
        imap_peer.append("INBOX", message(i))
    box.connect()
    uids = box.uids_after(0)
    assert len(uids) == 5 and uids == sorted(uids)
    assert box.uids_after(uids[-1]) == []  # n+1:* matches the last message: filtered out
    assert box.uids_after(uids[1]) == uids[2:]
    for i in range(5, 7):  # arrives on the open connection
        imap_peer.append("INBOX", message(i))
    new = box.uids_after(uids[-1])
    assert len(new) == 2 and new[0] > uids[-1]
    assert [e.header_bytes for e in box.envelopes(new)][1].find(b"<m6@example.com>") > 0
    validity = box.uidvalidity
    box.close()
    box.connect()  # catch-up after a reconnect: same UIDs, same UIDVALIDITY
    assert box.uidvalidity == validity
    assert box.uids_after(0) == uids + new


def test_peek_leaves_seen_alone(box: ImapMailbox, imap_peer: IMAPClient) -> None:
    raws = [message(i) for i in range(4)]
    for i, raw in enumerate(raws):
        imap_peer.append("INBOX", raw, flags=[SEEN] if i % 2 else [])
    before = imap_peer.get_flags(imap_peer.search("ALL"))
    box.connect()
    uids = box.uids_after(0)
    envelopes = box.envelopes(uids)
    assert [e.uid for e in envelopes] == uids
    for envelope, raw in zip(envelopes, raws, strict=True):
        assert envelope.size == len(raw)
        assert raw.startswith(envelope.header_bytes) and envelope.header_bytes.endswith(b"\r\n\r\n")
    assert [box.fetch(uid) for uid in uids] == raws
    imap_peer.noop()
    assert imap_peer.get_flags(uids) == before
    assert [SEEN in before[uid] for uid in uids] == [False, True, False, True]


def test_mark_handled_sets_only_the_keyword(
    dovecot: DovecotServer, imap_user: MailUser, imap_peer: IMAPClient
) -> None:
    imap_peer.append("INBOX", message(1))
    imap_peer.append("INBOX", message(2), flags=[SEEN])
    box = make_box(dovecot, imap_user, keyword="$RelanceTraitee")
    box.connect()
    first, second = box.uids_after(0)
    box.mark_handled(first)
    box.mark_handled(second)
    box.close()
    flags = imap_peer.get_flags([first, second])
    assert set(flags[first]) - {RECENT} == {b"$RelanceTraitee"}
    assert set(flags[second]) - {RECENT} == {b"$RelanceTraitee", SEEN}


@pytest.mark.parametrize("with_move", [True, False], ids=["MOVE", "COPY+EXPUNGE"])
def test_move_creates_the_folder(
    box: ImapMailbox, imap_peer: IMAPClient, monkeypatch: pytest.MonkeyPatch, with_move: bool
) -> None:
    for i in range(3):
        imap_peer.append("INBOX", message(i))
    imap_peer.add_flags(imap_peer.search("ALL")[:1], [DELETED])  # a person's pending deletion
    box.connect()
    if not with_move:
        monkeypatch.setattr(box, "has_capability", lambda name: name.upper() != "MOVE")
    uids = box.uids_after(0)
    box.move(uids[1], "Relances/Traitées")
    box.move(uids[2], "Relances/Traitées")  # the folder exists now
    assert box.uids_after(0) == [uids[0]]
    assert imap_peer.folder_exists("Relances/Traitées")
    assert any(name == "Relances/Traitées" for _, _, name in imap_peer.list_sub_folders())
    imap_peer.select_folder("Relances/Traitées")
    assert [
        imap_peer.fetch([u], ["BODY.PEEK[]"])[u][b"BODY[]"] for u in imap_peer.search("ALL")
    ] == [
        message(1),
        message(2),
    ]


@pytest.mark.parametrize("sent_folder", ["auto", "Sent Items"])
def test_append_sent_lands_seen(box: ImapMailbox, imap_peer: IMAPClient, sent_folder: str) -> None:
    box.sent_folder = sent_folder
    box.connect()
    when = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    box.append_sent(message(42), when)
    expected = "Envoyés" if sent_folder == "auto" else sent_folder  # \Sent by SPECIAL-USE
    imap_peer.select_folder(expected)
    (uid,) = imap_peer.search("ALL")
    data = imap_peer.fetch([uid], ["FLAGS", "INTERNALDATE", "BODY.PEEK[]"])[uid]
    assert set(data[b"FLAGS"]) - {RECENT} == {SEEN} and data[b"BODY[]"] == message(42)
    assert data[b"INTERNALDATE"].astimezone(UTC).replace(tzinfo=None) == datetime(
        2025, 3, 14, 9, 30
    )
    assert box.uids_after(0) == []  # INBOX untouched


def test_wait_for_news_wakes_on_append(box: ImapMailbox, imap_peer: IMAPClient) -> None:
    box.connect()
    assert box.uids_after(0) == []
    thread = later(0.3, lambda: imap_peer.append("INBOX", message(1)))
    start = time.monotonic()
    assert box.wait_for_news(30) is True
    assert time.monotonic() - start < 2
    thread.join()
    assert len(box.uids_after(0)) == 1


def test_wait_for_news_times_out_and_interrupts(box: ImapMailbox) -> None:
    box.connect()
    start = time.monotonic()
    assert box.wait_for_news(0.6) is False
    assert 0.5 < time.monotonic() - start < 2
    later(0.3, box.interrupt)
    start = time.monotonic()
    assert box.wait_for_news(60) is False
    assert time.monotonic() - start < 2
    assert box.uids_after(0) == []  # the connection is still usable


def test_wait_for_news_polls_without_idle(
    box: ImapMailbox, imap_peer: IMAPClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    box.poll_interval = 0.2
    box.connect()
    monkeypatch.setattr(box, "has_capability", lambda name: name.upper() != "IDLE")
    assert box.wait_for_news(0.5) is False
    later(0.3, lambda: imap_peer.append("INBOX", message(1)))
    start = time.monotonic()
    assert box.wait_for_news(30) is True
    assert time.monotonic() - start < 2


def test_restart_mid_idle(dovecot: DovecotServer, imap_user: MailUser, box: ImapMailbox) -> None:
    box.connect()
    validity = box.uidvalidity
    assert box.uids_after(0) == []

    def outage() -> None:
        dovecot.stop()
        dovecot.deliver(imap_user, message(7))  # delivered while the server is down

    thread = later(0.3, outage)
    start = time.monotonic()
    with pytest.raises(MailboxUnavailable):
        box.wait_for_news(30)
    assert time.monotonic() - start < 5
    thread.join()
    with pytest.raises(MailboxUnavailable):
        box.uids_after(0)  # dropped: the watcher must reconnect
    with pytest.raises(MailboxUnavailable, match="injoignable"):
        box.connect()  # still down
    dovecot.start()
    box.connect()
    assert box.uidvalidity == validity
    (uid,) = box.uids_after(0)
    assert box.fetch(uid) == message(7)


def test_uidvalidity_changes_when_folder_recreated(
    dovecot: DovecotServer, imap_user: MailUser, imap_peer: IMAPClient
) -> None:
    imap_peer.create_folder("Clients")
    box = make_box(dovecot, imap_user, folder="Clients")
    box.connect()
    first = box.uidvalidity
    box.close()
    imap_peer.delete_folder("Clients")
    imap_peer.create_folder("Clients")
    box.connect()
    assert box.uidvalidity != first
    box.close()


def test_thousand_messages_bounded_memory(box: ImapMailbox, imap_peer: IMAPClient) -> None:
    count, size = 1000, 20_000
    for start in range(0, count, 250):
        imap_peer.multiappend("INBOX", [message(i, size) for i in range(start, start + 250)])
    box.connect()
    tracemalloc.start()
    try:
        uids = box.uids_after(0)
        assert len(uids) == count
        envelopes = box.envelopes(uids)
        assert len(envelopes) == count
        total = 0
        for uid in uids:
            total += len(box.fetch(uid))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == sum(e.size for e in envelopes) > count * size
    assert peak < total / 20, f"peak {peak} bytes for {total} bytes read"


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_verified_with_the_ca(
    dovecot: DovecotServer, imap_user: MailUser, security: str
) -> None:
    port = dovecot.tls_port if security == "tls" else dovecot.port
    for host in ("127.0.0.1", "localhost"):
        box = make_box(dovecot, imap_user, host=host, port=port, security=security,
                       ca_file=str(dovecot.ca_file))  # fmt: skip
        box.connect()
        assert box.uids_after(0) == []
        box.close()
    for ca_file in (str(dovecot.wrong_ca_file), None):  # wrong CA, or only the system's
        box = make_box(dovecot, imap_user, port=port, security=security, ca_file=ca_file)
        with pytest.raises(MailboxTLSError, match="certificat"):
            box.connect()
    box = make_box(dovecot, imap_user, port=port, security=security, verify_tls=False)
    box.connect()  # explicitly unverified
    box.close()


def test_wrong_password_is_an_auth_error(dovecot: DovecotServer, imap_user: MailUser) -> None:
    box = make_box(dovecot, imap_user)
    box._password = "Wr0ng-Passw0rd-xyz"
    with pytest.raises(MailboxAuthError) as info:
        box.connect()
    assert "Wr0ng-Passw0rd-xyz" not in str(info.value)
    assert "Wr0ng-Passw0rd-xyz" not in repr(box)


def test_connection_refused_is_unavailable(dovecot: DovecotServer, imap_user: MailUser) -> None:
    box = make_box(dovecot, imap_user, port=free_port())
    with pytest.raises(MailboxUnavailable):
        box.connect()
    with pytest.raises(MailboxUnavailable):
        box.uids_after(0)


class NoNetwork(ImapMailbox):
    def _make_client(self) -> IMAPClient:
        raise AssertionError("must refuse before connecting")


def test_plaintext_login_refused_off_loopback() -> None:
    box = NoNetwork("imap.relancebot.invalid", 143, "none", "compta", "S3cret-pw")
    with pytest.raises(MailboxError, match=r"imap\.security") as info:
        box.connect()
    assert type(info.value) is MailboxError and "S3cret-pw" not in str(info.value)
    allowed = NoNetwork("imap.relancebot.invalid", 143, "none", "compta", "S3cret-pw",
                        allow_plaintext_login=True)  # fmt: skip
    with pytest.raises(AssertionError, match="before connecting"):
        allowed.connect()


def test_is_loopback() -> None:
    for host in ("127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost", "LOCALHOST."):
        assert is_loopback(host), host
    for host in ("10.0.0.1", "192.168.1.2", "imap.ovh.net", "localhost.example.com", "::"):
        assert not is_loopback(host), host
