"""The watcher against a real Dovecot: IDLE, outages, UIDVALIDITY, backlog, bad messages, flags."""

from __future__ import annotations

import datetime as dt
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest
from imapclient import RECENT, SEEN, IMAPClient

from relancebot.app import App
from relancebot.inbox import ImapMailbox
from relancebot.inbox.watcher import Watcher
from relancebot.service.watcher_thread import WatcherThread
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.mail import later, message

from .conftest import Firm
from .test_linking import app_of, reminder_id, reply, seed

pytestmark = pytest.mark.imap
NOW = dt.datetime(2026, 11, 5, 10, 0, tzinfo=dt.UTC)
KEYWORD = b"$Relancebot"


@dataclass
class Setup:
    firm: Firm
    dovecot: DovecotServer
    user: MailUser
    peer: IMAPClient

    def app(self) -> App:
        return app_of(self.firm)

    def watcher(self, app: App) -> Watcher:
        mailbox = app.mailbox()
        assert isinstance(mailbox, ImapMailbox)
        return app.watcher(mailbox, app.db, lambda: NOW)

    def rows(self, app: App) -> list[tuple[str, str, str]]:
        return [
            (str(r[0]), str(r[1]), str(r[2] or ""))
            for r in app.db.execute(
                "SELECT message_id, state, link_method FROM replies ORDER BY id"
            )
        ]


def imap_config(dovecot: DovecotServer, user: MailUser, extra: str = "") -> str:
    return (
        f"""
        [imap]
        host = "{dovecot.host}"
        port = {dovecot.port}
        security = "none"
        username = "{user.name}"
        """
        + extra
    )


@pytest.fixture
def imap_extra() -> str:
    """More [imap] keys; a test overrides it with @pytest.mark.parametrize."""
    return ""


@pytest.fixture
def setup(
    firm: Firm,
    dovecot: DovecotServer,
    imap_user: MailUser,
    imap_peer: IMAPClient,
    monkeypatch: pytest.MonkeyPatch,
    imap_extra: str,
) -> Iterator[Setup]:
    firm.write_config(imap_config(dovecot, imap_user, imap_extra))
    monkeypatch.setenv("RELANCEBOT_IMAP_PASSWORD", imap_user.password)
    seed(firm)
    yield Setup(firm, dovecot, imap_user, imap_peer)


def wait_until(predicate: object, timeout: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():  # type: ignore[operator]
            return time.monotonic() - start
        time.sleep(0.02)
    raise AssertionError(f"not reached within {timeout}s")


def count(app: App) -> int:
    return int(app.db.execute("SELECT COUNT(*) FROM replies").fetchone()[0])


def test_reply_appended_while_idling_is_linked_within_two_seconds(setup: Setup) -> None:
    app = setup.app()
    thread = WatcherThread(app, app.mailbox(), lambda: NOW)
    thread.start()
    try:
        time.sleep(0.5)  # the watcher is idling now
        mid = reminder_id(app, "F-2026-0412")
        appended = time.monotonic()
        setup.peer.append(
            "INBOX", reply("compta@dupont.fr", "Déjà payé par virement.", in_reply_to=mid)
        )
        wait_until(lambda: count(app) == 1, 5)
        assert time.monotonic() - appended < 2
    finally:
        thread.stop()
        thread.join(10)
    assert not thread.is_alive()
    row = app.db.execute("SELECT category, link_method, state FROM replies").fetchone()
    assert tuple(row) == ("already_paid", "references", "handled")
    numbers = [r[0] for r in app.db.execute("SELECT invoice_number FROM reply_invoices")]
    assert numbers == ["F-2026-0412", "F-2026-0413"]
    (summary,) = [
        r[0]
        for r in app.db.execute(
            "SELECT summary FROM events WHERE kind = 'reply' AND invoice_number = 'F-2026-0412'"
        )
    ]
    assert summary == (
        "Réponse de compta@dupont.fr : « déjà payé » (already_paid), liée à "
        "F-2026-0412, F-2026-0413 par référence"
    )


def test_restart_mid_idle_handles_everything_once(setup: Setup) -> None:
    app = setup.app()
    setup.peer.append("INBOX", message(1))
    thread = WatcherThread(app, app.mailbox(), lambda: NOW)
    thread.start()
    try:
        wait_until(lambda: count(app) == 1, 5)
        time.sleep(0.3)  # idling

        def outage() -> None:
            setup.dovecot.stop()
            for i in range(2, 5):  # delivered while the server is down
                setup.dovecot.deliver(setup.user, message(i))
            time.sleep(1.0)
            setup.dovecot.start()

        later(0, outage).join()
        wait_until(lambda: count(app) == 4, 20)
        time.sleep(0.5)  # nothing more comes
    finally:
        thread.stop()
        thread.join(10)
    ids = [r[0] for r in setup.rows(app)]
    assert ids == [f"<m{i}@example.com>" for i in range(1, 5)]
    assert (
        app.db.execute("SELECT COUNT(*) FROM events WHERE kind = 'mailbox_unavailable'").fetchone()[
            0
        ]
        >= 1
    )


@pytest.mark.parametrize("imap_extra", ['folder = "Clients"\n'])
def test_uidvalidity_reset_handles_nothing_twice(setup: Setup) -> None:
    no_id = b"From: ap@acme.fr\r\nSubject: paiement\r\n\r\nVirement fait pour F-2026-0420.\r\n"
    setup.peer.create_folder("Clients")
    setup.peer.append("Clients", message(1))
    setup.peer.append("Clients", no_id)
    app = setup.app()
    first = setup.watcher(app)
    assert len(first.catch_up().handled) == 2
    first.disconnect()
    setup.peer.delete_folder("Clients")  # a person recreates the folder: UIDs start over
    setup.peer.create_folder("Clients")
    for raw in (message(1), no_id, message(2)):
        setup.peer.append("Clients", raw)
    second = setup.watcher(app)
    report = second.catch_up()
    second.disconnect()
    assert (len(report.handled), report.skipped) == (1, 2)
    assert [r[0] for r in setup.rows(app)][::2] == ["<m1@example.com>", "<m2@example.com>"]
    assert count(app) == 3
    assert (
        app.db.execute("SELECT COUNT(*) FROM events WHERE kind = 'mailbox_reset'").fetchone()[0]
        == 1
    )
    setup.peer.select_folder("Clients")
    assert all(KEYWORD in f for f in setup.peer.get_flags(setup.peer.search("ALL")).values())


def with_proof(i: int, size: int) -> bytes:
    """A short reply with a remittance proof attached: what customers send."""
    proof = MIMEApplication(bytes((i + k) % 256 for k in range(size)), "pdf")
    proof.add_header("Content-Disposition", "attachment", filename=f"virement-{i}.pdf")
    mail = MIMEMultipart()
    mail["From"], mail["Subject"] = f"client{i}@example.com", f"Virement facture {i}"
    mail["Message-ID"] = f"<proof{i}@example.com>"
    mail.attach(MIMEText("Bonjour, ci-joint la preuve du virement. Cordialement.", "plain"))
    mail.attach(proof)
    return mail.as_bytes()


def test_backlog_of_a_thousand_once_in_bounded_memory(setup: Setup) -> None:
    """One message in memory at a time: the peak stays far below what was read.

    What remains is fixed: the envelopes of one batch, the classifier's working set, and the
    stdlib ``re`` cache (512 patterns at most) filled by each message's MIME boundary.
    """
    total, size = 1000, 20_000
    for start in range(0, total, 250):
        setup.peer.multiappend("INBOX", [with_proof(i, size) for i in range(start, start + 250)])
    app = setup.app()
    watcher = setup.watcher(app)
    tracemalloc.start()
    try:
        report = watcher.catch_up()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        watcher.disconnect()
    read = int(app.db.execute("SELECT SUM(size) FROM replies").fetchone()[0])
    assert len(report.handled) == total and count(app) == total and read > total * size
    assert peak < 2_000_000 and peak < read / 10, f"peak {peak} bytes for {read} read"
    again = setup.watcher(app)
    try:
        assert again.catch_up().handled == []  # once
    finally:
        again.disconnect()


@pytest.mark.parametrize("imap_extra", ["max_message_bytes = 50000\n"])
def test_malformed_and_oversized_are_kept_and_the_rest_flows(setup: Setup) -> None:
    raws = [
        reply("ap@acme.fr", "Le paiement partira le 20 novembre."),
        b"\x00\xff\xfe pas un message\r\n\r\n\x00",  # no header at all
        reply("compta@dupont.fr", "Voir pièce jointe. " + "x" * 60_000),
        reply("compta@dupont.fr", "Déjà payé."),
    ]
    for raw in raws:
        setup.peer.append("INBOX", raw)
    app = setup.app()
    watcher = setup.watcher(app)
    report = watcher.catch_up()
    assert (len(report.handled), len(report.problems)) == (2, 2)
    assert [r[1] for r in setup.rows(app)] == ["handled", "quarantined", "oversized", "handled"]
    raw_kept = app.db.execute(
        "SELECT state, raw IS NULL, size FROM replies"
        " WHERE state IN ('quarantined', 'oversized') ORDER BY id"
    ).fetchall()
    assert [tuple(r)[:2] for r in raw_kept] == [("quarantined", 0), ("oversized", 1)]
    kinds = [r[0] for r in app.db.execute("SELECT kind FROM events WHERE kind LIKE 'reply_%'")]
    assert kinds == ["reply_quarantined", "reply_oversized"]
    assert watcher.catch_up() == type(report)()  # never retried
    watcher.disconnect()
    flags = setup.peer.get_flags(setup.peer.search("ALL"))
    assert all(KEYWORD in f for f in flags.values())


@pytest.mark.parametrize("imap_extra", ['move_to = "Relances/Traitées"\n'])
def test_seen_flags_untouched_keyword_after_commit_and_move(setup: Setup) -> None:
    setup.peer.append("INBOX", reply("ap@acme.fr", "Payé.", message_id="<a@acme.fr>"))
    setup.peer.append(
        "INBOX", reply("x@inconnu.example", "Bonjour", message_id="<b@x.example>"), flags=[SEEN]
    )
    setup.peer.append("INBOX", reply("y@inconnu.example", "Salut", message_id="<c@x.example>"))
    app = setup.app()
    watcher = setup.watcher(app)
    assert len(watcher.catch_up().handled) == 3
    watcher.disconnect()
    setup.peer.noop()
    left = setup.peer.fetch(
        setup.peer.search("ALL"), ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
    )
    flags = {
        bytes(v[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]).strip(): set(v[b"FLAGS"]) - {RECENT}
        for v in left.values()
    }
    assert flags == {
        b"Message-ID: <b@x.example>": {SEEN, KEYWORD},  # unlinked: stay in sight
        b"Message-ID: <c@x.example>": {KEYWORD},
    }
    setup.peer.select_folder("Relances/Traitées")  # the linked one was moved, still unread
    moved = setup.peer.get_flags(setup.peer.search("ALL"))
    assert [set(f) - {RECENT} for f in moved.values()] == [{KEYWORD}]
    assert app.db.execute("SELECT COUNT(*) FROM replies WHERE marked = 0").fetchone()[0] == 0
