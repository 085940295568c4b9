"""Six weeks of a firm's dunning, through the command line, against a real SMTP server.

Four customers: a bakery with two invoices (grouped; one paid mid-way), an English customer
who pays, a studio with a negotiated delay, and a key account that is never emailed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from zoneinfo import ZoneInfo

from relancebot.outgoing.tokens import is_ours

from .conftest import Firm
from .servers.smtp import REVIEWER, Received, SmtpServer

PARIS = ZoneInfo("Europe/Paris")


def ticks() -> list[str]:
    """Every day from 2 November to 18 December: before, inside and after the window."""
    out = []
    day = dt.date(2026, 11, 2)
    while day <= dt.date(2026, 12, 18):
        out += [f"{day}T08:00", f"{day}T09:30", f"{day}T15:00", f"{day}T18:00"]
        day += dt.timedelta(days=1)
    return out


def pdf_parts(message: Received) -> dict[str, bytes]:
    return {
        part.get_filename(): part.get_payload(decode=True)
        for part in message.message.iter_attachments()
    }


def test_six_weeks(firm: Firm, smtp_server: SmtpServer) -> None:
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {smtp_server.port}
        security = "none"
        """)
    pdfs = {
        n: firm.pdf(n).read_bytes()
        for n in ("F-2026-0412", "F-2026-0413", "F-2026-0420", "F-2026-0430", "F-2026-0440")
    }
    firm.csv(
        "factures.csv",
        """\
        Numéro;Client;Courriel;Montant HT;Montant TTC;Date;Échéance;PDF;Langue;Copie;Contact
        F-2026-0412;Boulangerie Dupont;compta@dupont.fr;1 041,67;1 250,00;02/10/2026;02/11/2026;factures/F-2026-0412.pdf;fr;expert@cabinet-roux.fr;Mme Dupont
        F-2026-0413;Boulangerie Dupont;compta@dupont.fr;100,00;120,00;03/10/2026;02/11/2026;factures/F-2026-0413.pdf;fr;;
        F-2026-0420;Acme Ltd;ap@acme.co.uk;;3 600,00;10/10/2026;10/11/2026;factures/F-2026-0420.pdf;en;;
        F-2026-0430;Studio Lefèvre;studio@lefevre.fr;500,00;600,00;02/10/2026;02/11/2026;factures/F-2026-0430.pdf;;;
        F-2026-0440;Grand Compte SA;ap@grandcompte.fr;10 000,00;12 000,00;02/10/2026;02/11/2026;factures/F-2026-0440.pdf;;;
        """,
    )
    firm.run("import-invoices", str(firm.root / "factures.csv"), now="2026-11-02T07:00")
    firm.run("customer", "set", "studio-lefevre", "--extra-delay", "10", now="2026-11-02T07:00")
    firm.run("customer", "set", "grand-compte-sa", "--do-not-chase", now="2026-11-02T07:00")
    firm.csv("paiements-1.csv", "number;amount;date\nF-2026-0413;120,00;11/11/2026\n")
    firm.csv("paiements-2.csv", "number;amount;date\nF-2026-0420;3600;16/11/2026\n")

    sent_at: dict[int, str] = {}  # index of the first message received at each tick
    for now in ticks():
        if now == "2026-11-12T08:00":
            firm.run("import-payments", str(firm.root / "paiements-1.csv"), now=now)
        if now == "2026-11-16T18:00":
            firm.run("import-payments", str(firm.root / "paiements-2.csv"), now=now)
        before = len(smtp_server.received)
        firm.run("tick", now=now)
        for i in range(before, len(smtp_server.received)):
            sent_at[i] = now
        again = len(smtp_server.received)
        firm.run("tick", now=now)  # the same instant twice: nothing more
        assert len(smtp_server.received) == again, now

    everything = list(enumerate(smtp_server.received))
    digests = [(i, r) for i, r in everything if r.rcpt_tos == [REVIEWER]]
    customer_mail = [(i, r) for i, r in everything if r.rcpt_tos != [REVIEWER]]
    got = [(sent_at[i][:10], sorted(r.rcpt_tos), r.message["Subject"]) for i, r in customer_mail]
    assert got == [
        (
            "2026-11-03",
            ["compta@dupont.fr", "expert@cabinet-roux.fr"],
            "Relance : factures F-2026-0412, F-2026-0413 en attente de règlement",
        ),
        (
            "2026-11-10",
            ["compta@dupont.fr", "expert@cabinet-roux.fr"],
            "2e relance : factures F-2026-0412, F-2026-0413 impayées",
        ),
        # 11 November is a holiday: the day after.
        ("2026-11-12", ["ap@acme.co.uk"], "Reminder: invoice F-2026-0420 awaiting payment"),
        (
            "2026-11-13",
            ["studio@lefevre.fr"],
            "Relance : facture F-2026-0430 en attente de règlement",
        ),
        # F-2026-0413 was paid on the 12th: it is no longer listed.
        (
            "2026-11-17",
            ["compta@dupont.fr", "expert@cabinet-roux.fr"],
            "Dernière relance avant mise en demeure : facture F-2026-0412",
        ),
        ("2026-11-20", ["studio@lefevre.fr"], "2e relance : facture F-2026-0430 impayée"),
        (
            "2026-11-27",
            ["studio@lefevre.fr"],
            "Dernière relance avant mise en demeure : facture F-2026-0430",
        ),
    ]
    # Every reminder leaves inside the window, on the first tick after its moment.
    assert all(sent_at[i].endswith("T09:30") for i, _ in customer_mail)
    # The firm's digest: at most one a day, on business days only, never on 11 November.
    digest_days = [dt.date.fromisoformat(sent_at[i][:10]) for i, _ in digests]
    assert digest_days and len(digest_days) == len(set(digest_days))
    assert all(d.weekday() < 5 and d != dt.date(2026, 11, 11) for d in digest_days)

    received_by_customers = [r for _, r in customer_mail]
    messages = [r.message for r in received_by_customers]
    for received, msg in zip(received_by_customers, messages, strict=True):
        assert received.mail_from == "relances@atelier-morel.fr"
        assert msg["From"].addresses[0].addr_spec == "relances@atelier-morel.fr"
        assert msg["Auto-Submitted"] == "auto-generated"
        assert msg.get_content_type() == "multipart/mixed"
        assert msg.get_body(("plain",)) is not None and msg.get_body(("html",)) is not None
        assert msg["Reply-To"].addresses[0].addr_spec == "relances@atelier-morel.fr"
        assert is_ours(
            (firm.root / "relancebot.secret").read_text().encode()
            and bytes.fromhex((firm.root / "relancebot.secret").read_text()),
            msg["Message-ID"],
        )
        for name, content in pdf_parts(received).items():
            assert content == pdfs[name.removesuffix(".pdf")], name  # byte for byte

    first, second, third = messages[0], messages[1], messages[4]
    assert set(pdf_parts(received_by_customers[0])) == {"F-2026-0412.pdf", "F-2026-0413.pdf"}
    assert set(pdf_parts(received_by_customers[4])) == {"F-2026-0412.pdf"}
    # Later reminders thread onto the earlier ones.
    assert second["In-Reply-To"] == first["Message-ID"]
    assert third["In-Reply-To"] == second["Message-ID"]
    assert third["References"].split() == [first["Message-ID"], second["Message-ID"]]

    text1 = first.get_body(("plain",)).get_content()
    assert "Bonjour Mme Dupont," in text1 and "Sauf erreur de notre part" in text1
    assert "1 041,67\u00a0€ HT, soit 1 250,00\u00a0€ TTC" in text1.replace("\u202f", " ")
    assert "2 octobre 2026" in text1 and "délai" not in text1  # no deadline at level 1
    text2 = second.get_body(("plain",)).get_content()
    assert "3 novembre 2026" in text2 and "15 jours" in text2
    text3 = third.get_body(("plain",)).get_content()
    assert "le 3 novembre 2026 et le 10 novembre 2026" in text3
    assert "8 jours" in text3 and "40,00\u00a0€" in text3 and "pénalités de retard" in text3
    english = messages[2].get_body(("plain",)).get_content()
    assert english.startswith("Dear Sir or Madam,") and "€3,600.00" in english

    # No duplicate: each invoice got each level once.
    levels = Counter(
        subject.split(":")[0] + "|" + inv
        for _, _, subject in got
        for inv in subject.split(":")[1].split(",")
    )
    assert max(levels.values()) == 1

    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        states = dict(
            conn.execute("SELECT number, chase || '/' || (paid_at IS NOT NULL) FROM invoices")
        )
        escalated = dict(
            conn.execute(
                "SELECT number, substr(escalated_at, 1, 10) FROM invoices"
                " WHERE escalated_at IS NOT NULL"
            )
        )
    assert states == {
        "F-2026-0412": "escalated/0",
        "F-2026-0413": "active/1",
        "F-2026-0420": "active/1",
        "F-2026-0430": "escalated/0",
        "F-2026-0440": "escalated/0",
    }
    # 30 days after the due date (the negotiated delay counted): a person phones.
    assert escalated == {
        "F-2026-0412": "2026-12-02",
        "F-2026-0440": "2026-12-02",
        "F-2026-0430": "2026-12-14",
    }
    history = firm.run("history", "F-2026-0412").output
    assert "1re relance préparée" in history and "client est à appeler" in history
