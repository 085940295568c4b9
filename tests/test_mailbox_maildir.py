"""MaildirMailbox: the same behaviour as ImapMailbox, on a local Maildir."""

from __future__ import annotations

import os
import shutil
import time
import tracemalloc
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

import pytest

from relancebot.inbox import Mailbox, MaildirMailbox, MessageGone
from relancebot.inbox.maildir import UIDLIST
from tests.servers.mail import later, message

_n = count()


def deliver(maildir: Path, raw: bytes, seen: bool = False) -> Path:
    """What an MDA (or a person's client) does: tmp/ then rename into new/ or cur/."""
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    unique = f"{time.time_ns()}.M{next(_n)}P{os.getpid()}.test"
    (maildir / "tmp" / unique).write_bytes(raw)
    final = maildir / "cur" / f"{unique}:2,S" if seen else maildir / "new" / unique
    os.rename(maildir / "tmp" / unique, final)
    return final


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    return tmp_path / "mail" / "inbox"


@pytest.fixture
def box(inbox: Path) -> MaildirMailbox:
    return MaildirMailbox(inbox, sent_path=inbox.parent / "Sent", poll_interval=0.05)


def test_is_a_mailbox_and_creates_dirs(box: MaildirMailbox, inbox: Path) -> None:
    typed: Mailbox = box
    typed.connect()
    assert isinstance(box, Mailbox)
    assert all((inbox / sub).is_dir() for sub in ("new", "cur", "tmp"))
    assert box.uids_after(0) == []


def test_uids_after_stable_and_catch_up(box: MaildirMailbox, inbox: Path) -> None:
    paths = [deliver(inbox, message(i)) for i in range(5)]
    box.connect()
    uids = box.uids_after(0)
    assert uids == [1, 2, 3, 4, 5]
    assert box.uids_after(5) == [] and box.uids_after(2) == [3, 4, 5]
    deliver(inbox, message(5))
    assert box.uids_after(5) == [6]
    # A reader moves a message new/ → cur/ and marks it seen: same UID.
    os.rename(paths[0], inbox / "cur" / f"{paths[0].name}:2,S")
    validity = box.uidvalidity
    box.close()
    again = MaildirMailbox(inbox)
    again.connect()
    assert again.uidvalidity == validity
    assert again.uids_after(0) == [1, 2, 3, 4, 5, 6]
    assert again.fetch(1) == message(0)


def test_reading_leaves_seen_flags_alone(box: MaildirMailbox, inbox: Path) -> None:
    raws = [message(i) for i in range(4)]
    for i, raw in enumerate(raws):
        deliver(inbox, raw, seen=bool(i % 2))
    before = sorted(p.name for p in inbox.glob("*/*"))
    box.connect()
    uids = box.uids_after(0)
    envelopes = box.envelopes(uids)
    assert [e.uid for e in envelopes] == uids
    by_uid = {uid: box.fetch(uid) for uid in uids}
    assert sorted(by_uid.values()) == sorted(raws)
    for envelope in envelopes:
        assert envelope.size == len(by_uid[envelope.uid])
        assert by_uid[envelope.uid].startswith(envelope.header_bytes)
        assert envelope.header_bytes.endswith(b"\r\n\r\n")
    assert sorted(p.name for p in inbox.glob("*/*")) == before


def test_mark_handled(box: MaildirMailbox, inbox: Path) -> None:
    deliver(inbox, message(1))
    deliver(inbox, message(2))
    box.connect()
    box.mark_handled(2)
    box.mark_handled(2)
    assert box.is_handled(2) and not box.is_handled(1)
    box.close()
    again = MaildirMailbox(inbox)
    again.connect()
    assert again.is_handled(2) and not again.is_handled(1)


def test_move_to_sibling_folder(box: MaildirMailbox, inbox: Path) -> None:
    for i in range(3):
        deliver(inbox, message(i), seen=i == 2)
    box.connect()
    box.move(2, "Traitées")
    box.move(3, "Traitées")
    assert box.uids_after(0) == [1]
    target = inbox.parent / "Traitées"
    assert sorted(p.read_bytes() for p in target.glob("*/*")) == sorted([message(1), message(2)])
    assert len(list((target / "cur").glob("*:2,S"))) == 1  # flags kept
    with pytest.raises(MessageGone):
        box.fetch(2)


def test_append_sent_lands_seen(box: MaildirMailbox, inbox: Path) -> None:
    box.connect()
    when = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    box.append_sent(message(42), when)
    (sent,) = (inbox.parent / "Sent" / "cur").iterdir()
    assert sent.name.endswith(":2,S") and sent.read_bytes() == message(42)
    assert sent.stat().st_mtime == when.timestamp()
    assert box.uids_after(0) == []
    MaildirMailbox(inbox).append_sent(message(1), when)  # no sent_path: nothing to do


def test_wait_for_news(box: MaildirMailbox, inbox: Path) -> None:
    box.connect()
    assert box.uids_after(0) == []
    start = time.monotonic()
    assert box.wait_for_news(0.3) is False
    assert 0.25 < time.monotonic() - start < 2
    later(0.3, lambda: deliver(inbox, message(1)))
    start = time.monotonic()
    assert box.wait_for_news(30) is True
    assert time.monotonic() - start < 2
    assert box.uids_after(0) == [1]
    later(0.3, box.interrupt)
    start = time.monotonic()
    assert box.wait_for_news(30) is False
    assert time.monotonic() - start < 2


def test_uidvalidity_changes_when_recreated(box: MaildirMailbox, inbox: Path) -> None:
    deliver(inbox, message(1))
    box.connect()
    first = box.uidvalidity
    box.close()
    shutil.rmtree(inbox)
    deliver(inbox, message(2))
    box.connect()
    assert box.uidvalidity != first
    assert box.uids_after(0) == [1] and box.fetch(1) == message(2)
    (inbox / UIDLIST).write_text("not json")  # a damaged list is a new list
    box.connect()
    assert box.uids_after(0) == [1]


def test_thousand_messages_bounded_memory(box: MaildirMailbox, inbox: Path) -> None:
    count_, size = 1000, 20_000
    for i in range(count_):
        deliver(inbox, message(i, size))
    box.connect()
    tracemalloc.start()
    try:
        uids = box.uids_after(0)
        envelopes = box.envelopes(uids)
        total = sum(len(box.fetch(uid)) for uid in uids)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(uids) == len(envelopes) == count_
    assert total == sum(e.size for e in envelopes) > count_ * size
    assert peak < total / 20, f"peak {peak} bytes for {total} bytes read"
