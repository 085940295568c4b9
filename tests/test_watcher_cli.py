"""The watcher through the command line and the service: Maildir default, IMAP + SMTP, run."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from pathlib import Path

import pytest
from imapclient import SEEN, IMAPClient

from relancebot.clock import fixed_clock
from relancebot.service.scheduler import run_service
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.smtp import SmtpServer

from .conftest import Firm
from .test_linking import SENT_AT, app_of, reminder_id, reply, seed
from .test_watcher_imap import imap_config, wait_until


def drop(maildir: Path, raw: bytes, name: str) -> None:
    """Deliver into a Maildir the way an MDA does: tmp/ then rename into new/."""
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "tmp" / name).write_bytes(raw)
    os.rename(maildir / "tmp" / name, maildir / "new" / name)


def test_tick_reads_the_local_inbox_without_imap(firm: Firm) -> None:
    seed(firm)
    mid = reminder_id(app_of(firm), "F-2026-0420")
    drop(
        firm.root / "inbox",
        reply("ap@acme.fr", "Nous payerons le 20 novembre 2026.", in_reply_to=mid),
        "1.reply",
    )
    drop(firm.root / "inbox", b"Subject: ?\r\n\r\n\x00\x01", "2.broken")
    firm.run("tick", now="2026-11-05T10:00")
    firm.run("tick", now="2026-11-05T10:00")  # nothing twice
    rows = (
        app_of(firm)
        .db.execute("SELECT category, promised_date, link_method, state FROM replies ORDER BY id")
        .fetchall()
    )
    assert [tuple(r) for r in rows] == [
        ("promise_to_pay", "2026-11-20", "references", "handled"),
        (None, None, "none", "quarantined"),
    ]
    out = firm.run("replies").output
    assert "ap@acme.fr  « promesse de paiement »  F-2026-0420 par référence  [liée]" in out
    assert "Date promise : 2026-11-20" in out
    review = firm.run("replies", "--to-review").output
    assert "mise de côté" in review and "acme" not in review
    history = firm.run("history", "F-2026-0420").output
    assert "Réponse de ap@acme.fr : « promesse de paiement » (promise_to_pay)" in history


def test_cli_end_to_end_with_imap_and_smtp(
    firm: Firm,
    smtp_server: SmtpServer,
    dovecot: DovecotServer,
    imap_user: MailUser,
    imap_peer: IMAPClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    firm.write_config(
        imap_config(dovecot, imap_user)
        + f"""
        [smtp]
        host = "127.0.0.1"
        port = {smtp_server.port}
        security = "none"
        """
    )
    monkeypatch.setenv("RELANCEBOT_IMAP_PASSWORD", imap_user.password)
    seed(firm)  # imports, then the tick at SENT_AT sends the first reminders
    sent = {r.message["Message-ID"]: r.raw for r in smtp_server.received}
    assert len(sent) == 3
    imap_peer.select_folder("Envoyés", readonly=True)  # the \\Sent folder of this Dovecot
    copies = imap_peer.fetch(imap_peer.search("ALL"), ["FLAGS", "BODY.PEEK[]"])
    assert sorted(bytes(c[b"BODY[]"]) for c in copies.values()) == sorted(sent.values())
    assert all(SEEN in c[b"FLAGS"] for c in copies.values())
    mid = next(m for m, raw in sent.items() if b"F-2026-0412" in raw)
    imap_peer.select_folder("INBOX")
    imap_peer.append(
        "INBOX",
        reply(
            "compta@dupont.fr",
            "Nous l'avons déjà payée le 2/11.",
            in_reply_to=mid,
            subject="Re: F-2026-0412",
        ),
    )
    result = firm.run("tick", now="2026-11-04T09:30")
    assert "envoyé" in result.output
    out = firm.run("replies").output
    assert "compta@dupont.fr  « déjà payé »" in out and "par référence  [liée]" in out
    assert len(smtp_server.to_customers) == 3  # linking alone sends nothing
    assert firm.run("tick", now="2026-11-04T09:30").output  # second pass: nothing new
    assert app_of(firm).db.execute("SELECT COUNT(*) FROM replies").fetchone()[0] == 1


def test_run_service_watches_and_stops_after_the_message_in_hand(firm: Firm) -> None:
    seed(firm)
    app = app_of(firm)
    stop = threading.Event()
    now = dt.datetime.fromisoformat(SENT_AT).replace(tzinfo=dt.UTC) + dt.timedelta(days=1)
    service = threading.Thread(target=run_service, args=(app, fixed_clock(now), stop))
    service.start()
    try:
        time.sleep(0.5)
        drop(
            firm.root / "inbox", reply("compta@dupont.fr", "Facture F-2026-0413 réglée."), "1.reply"
        )
        reader = app_of(firm)
        wait_until(lambda: reader.db.execute("SELECT COUNT(*) FROM replies").fetchone()[0], 5)
        second = firm.run("tick", now="2026-11-04T10:00", ok=False)  # one reader at a time
        assert second.exit_code != 0 and "déjà utilisée" in second.output
    finally:
        stop.set()
        service.join(30)
    assert not service.is_alive()
    rows = reader.db.execute("SELECT link_method, state FROM replies").fetchall()
    assert [tuple(r) for r in rows] == [("invoice_number", "handled")]
