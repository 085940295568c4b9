"""Real delivery failures and auto-replies (sisimai set-of-emails subset, see its README)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from relancebot.classify import classify

BOUNCES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bounces"
pytestmark = pytest.mark.skipif(
    not BOUNCES.is_dir(), reason=f"shared bounce corpus not found at {BOUNCES}"
)


def _files(*prefixes: str) -> list[Path]:
    return [p for p in sorted(BOUNCES.glob("*.eml")) if p.name.startswith(prefixes)]


def test_bounces_are_bounces() -> None:
    files = _files("lhost-", "rhost-", "rfc3464-")
    results = {path.name: classify(path.read_bytes()) for path in files}
    wrong = {name: r.category for name, r in results.items() if r.category != "bounce"}
    assert len(wrong) <= 0.02 * len(files), wrong
    bounced = [r for r in results.values() if r.category == "bounce"]
    with_recipient = [r for r in bounced if r.failed_recipient]
    assert len(with_recipient) >= 0.9 * len(bounced)
    assert all(
        r.failed_recipient == r.failed_recipient.lower()
        for r in with_recipient
        if r.failed_recipient
    )
    with_id = [r for r in bounced if r.original_message_id]
    assert len(with_id) >= 0.8 * len(bounced)
    assert all(r.original_message_id.startswith("<") for r in with_id if r.original_message_id)


def test_rfc3834_are_auto_replies() -> None:
    files = _files("rfc3834-")
    assert files
    wrong = {p.name: classify(p.read_bytes()).category for p in files}
    wrong = {name: cat for name, cat in wrong.items() if cat != "auto_reply"}
    assert len(wrong) <= 0.02 * len(files), wrong


def test_dsn_fields_recovered() -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.example.fr\r\nTo: relances@atelier-morel.fr\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain\r\n\r\nThe mail system: user unknown\r\n"
        b"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
        b"Final-Recipient: rfc822; Compta@Client-SA.fr\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        b"--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        b"Message-ID: <rb.1.AbCdEf.sig@atelier-morel.fr>\r\nSubject: Relance : facture "
        b"F-2026-0412\r\n--B--\r\n"
    )
    result = classify(raw)
    assert result.category == "bounce"
    assert result.failed_recipient == "compta@client-sa.fr"
    assert result.original_message_id == "<rb.1.AbCdEf.sig@atelier-morel.fr>"
    assert "F-2026-0412" in result.invoices


@pytest.mark.parametrize(
    "words",
    [
        "La remise aux destinataires suivants a échoué.\n\n  compta@client-sa.fr",
        "La distribution du message suivant a échoué :\n  compta@client-sa.fr",
    ],
)
def test_old_exchange_french_notice_without_dsn_part(words: str) -> None:
    # Plain text, no delivery-status part, a postmaster sender: "la remise ... a échoué".
    msg = EmailMessage()
    msg["From"] = "postmaster@client-sa.fr"
    msg["To"] = "relances@atelier-morel.fr"
    msg["Subject"] = "Notification d'état de remise (échec)"
    msg["Date"] = "Wed, 18 Nov 2026 10:00:00 +0100"
    msg.set_content(words)
    result = classify(msg.as_bytes())
    assert result.category == "bounce", result.reasons
    assert result.failed_recipient == "compta@client-sa.fr"
