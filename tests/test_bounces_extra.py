"""More real bounces (sisimai set-of-emails, see tests/corpus/bounces_extra/README.md): every
delivery failure is a bounce, every automatic reply an auto_reply, none a change of contact."""

from __future__ import annotations

import datetime
from pathlib import Path

from relancebot.classify import classify
from relancebot.classify.bounce import detect_bounce, is_delivery_notice
from relancebot.classify.message import parse_mail

CORPUS = Path(__file__).resolve().parent / "corpus" / "bounces_extra"
NOW = datetime.datetime(2026, 11, 18, 12, 0, tzinfo=datetime.UTC)
MIN_RATE = 0.995


def _expected(path: Path) -> str:
    return "auto_reply" if path.name.startswith("rfc3834-") else "bounce"


def test_corpus_is_there_with_its_licence() -> None:
    files = sorted(CORPUS.glob("*.eml"))
    assert len(files) >= 150
    assert "BSD 2-CLAUSE" in (CORPUS / "LICENSE").read_text(encoding="utf-8")
    for family in ("lhost-amazonses-", "lhost-exchange2003-", "lhost-fml-", "rfc3464-"):
        assert any(p.name.startswith(family) for p in files), family


def test_real_bounces_and_auto_replies_are_recognised() -> None:
    files = sorted(CORPUS.glob("*.eml"))
    results = {p.name: (_expected(p), classify(p.read_bytes(), now=NOW)) for p in files}
    misses = {
        name: f"attendu {expected}, obtenu {result.category} ({'; '.join(result.reasons[:2])})"
        for name, (expected, result) in results.items()
        if result.category != expected
    }
    rate = 1 - len(misses) / len(files)
    listing = "\n".join(f"{name}: {why}" for name, why in sorted(misses.items()))
    assert rate >= MIN_RATE, f"{rate:.1%} reconnus, manqués :\n{listing}"
    customer = {
        name: result.category
        for name, (_, result) in results.items()
        if result.category not in ("bounce", "auto_reply", "other")
    }
    assert not customer, customer  # never wrong_contact nor any customer category
    assert not any(r.new_contact for expected, r in results.values() if expected == "bounce")


def test_real_bounces_are_delivery_notices() -> None:
    for path in sorted(CORPUS.glob("*.eml")):
        if _expected(path) == "bounce":
            assert is_delivery_notice(parse_mail(path.read_bytes())), path.name


_DSN = (
    b"From: MAILER-DAEMON@mx.client-sa.fr (Mail Delivery System)\r\n"
    b"To: relances@atelier-morel.fr\r\nSubject: Undelivered Mail Returned to Sender\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
    b"--B\r\nContent-Type: text/plain\r\n\r\nThe mail system: user unknown\r\n"
    b"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
    b"Final-Recipient: rfc822; compta@client-sa.fr\r\nAction: failed\r\nStatus: 5.1.1\r\n"
    b"--B--\r\n"
)
_DAEMON_NOTICE = (
    b"From: System Administrator <postmaster@client-sa.fr>\r\n"
    b"To: relances@atelier-morel.fr\r\nSubject: E\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=us-ascii\r\n\r\n"
    b"Your message\r\n\r\n  To: compta@client-sa.fr\r\n  Subject: Relance : facture F-1\r\n\r\n"
    b"did not reach the following recipient(s):\r\n\r\n"
    b"compta@client-sa.fr\r\n    The recipient name is not recognized\r\n"
)
_DELAY_NOTICE = (
    b"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n"
    b"To: relances@atelier-morel.fr\r\nSubject: Delivery Status Notification (Delay)\r\n"
    b"Content-Type: text/plain\r\n\r\n"
    b"Delivery to the following recipient has been delayed:\r\n\r\n     compta@client-sa.fr\r\n"
)
_CUSTOMER_QUOTING_A_BOUNCE = (
    "From: Jean Dupont <jean.dupont@client-sa.fr>\r\n"
    "To: relances@atelier-morel.fr\r\n"
    "Subject: RE: Undeliverable: Relance : facture F-2026-0412\r\n"
    "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Bonjour,\r\n\r\nVotre relance nous est revenue en erreur : compta@client-sa.fr n'existe "
    "plus chez nous, notre postmaster l'a supprimée.\r\n"
    "Merci d'écrire désormais à factures@client-sa.fr.\r\n\r\nJean Dupont\r\n\r\n"
    "-----Original Message-----\r\n"
    "From: postmaster@client-sa.fr\r\nSent: mardi 17 novembre 2026 09:00\r\n"
    "To: relances@atelier-morel.fr\r\n"
    "Subject: Undeliverable: Relance : facture F-2026-0412\r\n\r\n"
    "Delivery has failed to these recipients or groups:\r\n\r\n"
    "compta@client-sa.fr\r\n"
    "The email address you entered couldn't be found. 550 5.1.1 user unknown\r\n"
).encode()
_CUSTOMER_FORWARDING_A_BOUNCE = (
    "From: Jean Dupont <jean.dupont@client-sa.fr>\r\n"
    "To: relances@atelier-morel.fr\r\n"
    "Subject: TR: Delivery Status Notification (Failure)\r\n"
    "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Bonjour, vous avez écrit à une ancienne adresse. Le bon contact est "
    "factures@client-sa.fr.\r\n\r\n"
    "---------- Forwarded message ---------\r\n"
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n"
    "Subject: Delivery Status Notification (Failure)\r\n\r\n"
    "Your message wasn't delivered to compta@client-sa.fr because the address couldn't be "
    "found.\r\n"
).encode()


def test_is_delivery_notice_for_a_dsn() -> None:
    parsed = parse_mail(_DSN)
    assert is_delivery_notice(parsed)
    facts = detect_bounce(parsed)
    assert facts is not None and facts.failed_recipient == "compta@client-sa.fr"


def test_is_delivery_notice_for_a_mailer_daemon_notice() -> None:
    for raw in (_DAEMON_NOTICE, _DELAY_NOTICE):
        assert is_delivery_notice(parse_mail(raw))
        assert classify(raw, now=NOW).category == "bounce"


def test_customer_reply_quoting_a_bounce_is_no_delivery_notice() -> None:
    for raw in (_CUSTOMER_QUOTING_A_BOUNCE, _CUSTOMER_FORWARDING_A_BOUNCE):
        parsed = parse_mail(raw)
        assert not is_delivery_notice(parsed)
        assert detect_bounce(parsed) is None
        result = classify(raw, now=NOW)
        assert result.category == "wrong_contact", result.reasons
        assert result.new_contact is not None


def test_a_bounce_forwarded_without_a_word_is_still_one() -> None:
    raw = (
        b"From: Jean Dupont <jean.dupont@client-sa.fr>\r\nTo: relances@atelier-morel.fr\r\n"
        b"Subject: Fwd: Returned mail: see transcript for details\r\n"
        b"Content-Type: text/plain\r\n\r\nFYI\r\n\r\nBegin forwarded message:\r\n\r\n"
        b"> From: Mail Delivery Subsystem <MAILER-DAEMON@mx.client-sa.fr>\r\n"
        b"> Subject: Returned mail: see transcript for details\r\n>\r\n"
        b">    ----- The following addresses had permanent fatal errors -----\r\n"
        b"> <compta@client-sa.fr>\r\n>     (reason: 550 5.1.1 User unknown)\r\n"
    )
    assert is_delivery_notice(parse_mail(raw))
    assert classify(raw, now=NOW).category == "bounce"


def test_a_feedback_report_is_a_notice_but_no_bounce() -> None:
    raw = (
        b"From: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>\r\n"
        b"To: abuse@atelier-morel.fr\r\nSubject: FW: Relance : facture F-1\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=feedback-report; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain\r\n\r\nThis is an email abuse report.\r\n"
        b"--B\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\n"
        b"User-Agent: Yahoo!-Mail-Feedback/1.0\r\nVersion: 0.1\r\n"
        b"Original-Rcpt-To: compta@client-sa.fr\r\n--B--\r\n"
    )
    parsed = parse_mail(raw)
    assert is_delivery_notice(parsed)
    assert detect_bounce(parsed) is None
