"""A call logged by a person, and what each outcome sets for the next passes."""

from __future__ import annotations

from relancebot.store.tasks import TaskKind

from .conftest import Firm
from .review_helpers import add_task, db_of, setup_firm
from .servers.smtp import SmtpServer


def to_customers(smtp: SmtpServer) -> list[tuple[list[str], str]]:
    return [
        (sorted(r.rcpt_tos), r.message["Subject"])
        for r in smtp.received
        if r.rcpt_tos != ["gerant@atelier-morel.fr"]
    ]


def invoice(firm: Firm, number: str) -> dict[str, object]:
    return next(db_of(firm).query("SELECT * FROM invoices WHERE number = ?", [number]))


def test_promise_pauses_until_date_plus_three_business_days(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")  # 1re relance to Dupont and Lefèvre
    firm.run(
        "call",
        "F-3",
        "--outcome",
        "promise",
        "--date",
        "2026-11-12",
        "--note",
        "virement",
        now="2026-11-05T10:00",
    )
    row = invoice(firm, "F-3")
    assert row["chase"] == "paused" and row["promised_date"] == "2026-11-12"
    before = len(to_customers(smtp_server))
    # 12 Nov + 3 business days = 17 Nov (the 13th, 16th, 17th): nothing to Lefèvre until then.
    for day in ("2026-11-10", "2026-11-12", "2026-11-16"):
        firm.run("tick", now=f"{day}T09:30")
    assert not [s for to, s in to_customers(smtp_server)[before:] if "studio@lefevre.fr" in to]
    # Unpaid then: the promise follow-up resumes the chase firmly and asks for a call.
    firm.run("tick", now="2026-11-17T09:30")
    assert [s for to, s in to_customers(smtp_server)[before:] if to == ["studio@lefevre.fr"]]
    assert invoice(firm, "F-3")["chase"] == "active"
    kinds = db_of(firm).execute("SELECT kind FROM tasks WHERE invoice_number = 'F-3'")
    assert ("call_broken_promise",) in list(kinds)
    calls = list(db_of(firm).query("SELECT outcome, promised_date, note FROM calls"))
    assert calls == [{"outcome": "promise", "promised_date": "2026-11-12", "note": "virement"}]


def test_paid_dispute_difficulty_and_no_answer(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")
    db = db_of(firm)
    add_task(
        db,
        TaskKind.CALL_OVERDUE,
        "F-1 en retard",
        "2026-11-04T08:00",
        customer="boulangerie-dupont",
        invoice="F-1",
    )
    add_task(
        db,
        TaskKind.CALL_OVERDUE,
        "F-3 en retard",
        "2026-11-04T08:00",
        customer="studio-lefevre",
        invoice="F-3",
    )
    firm.run("call", "F-1", "--outcome", "paid", now="2026-11-05T10:00")
    row = invoice(firm, "F-1")
    assert row["paid_at"] and row["paid"] == "1250.00"
    assert list(db.execute("SELECT source, amount FROM payments")) == [("appel", "1250.00")]
    firm.run(
        "call",
        "F-2",
        "--outcome",
        "dispute",
        "--note",
        "pas de bon de commande",
        now="2026-11-05T10:05",
    )
    assert invoice(firm, "F-2")["chase"] == "stopped"
    firm.run("call", "F-3", "--outcome", "no_answer", now="2026-11-05T10:10")
    firm.run(
        "call",
        "F-4",
        "--outcome",
        "difficulty",
        "--date",
        "2026-12-15",
        "--note",
        "deux fois 1800",
        now="2026-11-05T10:15",
    )
    assert invoice(firm, "F-4")["chase"] == "paused"
    notes = db.execute("SELECT notes FROM customers WHERE id = 'acme-ltd'").fetchone()[0]
    assert "deux fois 1800" in notes
    open_now = dict(db.execute("SELECT invoice_number, kind FROM tasks WHERE state = 'open'"))
    assert open_now == {"F-2": "call_dispute", "F-3": "call_overdue"}
    # The unanswered call is back the next business day (Friday 6), not today.
    today = firm.run("digest", now="2026-11-05T17:00").output
    tomorrow = firm.run("digest", now="2026-11-06T09:00").output
    assert "F-3 en retard" not in today and "F-3 en retard" in tomorrow
    assert "Litige sur F-2" in today
    # No more email about F-1 (paid), F-2 (dispute), F-4 (plan agreed).
    before = len(to_customers(smtp_server))
    for day in ("2026-11-10", "2026-11-12", "2026-11-17", "2026-11-24"):
        firm.run("tick", now=f"{day}T09:30")
    later = to_customers(smtp_server)[before:]
    assert all("F-1" not in s and "F-2" not in s and "F-4" not in s for _, s in later)
    assert any("F-3" in s for _, s in later)
    # A dispute resolved: the chase goes on, the task is closed.
    firm.run("resume", "F-2", now="2026-11-24T10:00")
    assert invoice(firm, "F-2")["chase"] == "active"
    assert (
        db.execute("SELECT state FROM tasks WHERE invoice_number = 'F-2'").fetchone()[0] == "done"
    )
    history = firm.run("history", "boulangerie-dupont").output
    assert "Appel noté : réglé" in history and "Appel noté : litige" in history
    assert "Email envoyé à compta@dupont.fr, expert@roux.fr" in history


def test_confirmation_email_goes_to_the_customer_contacts(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")
    firm.run(
        "call",
        "boulangerie-dupont",
        "--outcome",
        "promise",
        "--date",
        "2026-11-20",
        "--note",
        "interne : ne pas citer",
        "--confirm",
        now="2026-11-05T10:00",
    )
    firm.run("tick", now="2026-11-05T10:01")
    message = next(r for r in smtp_server.received if "Suite à" in r.message["Subject"])
    assert sorted(message.rcpt_tos) == ["compta@dupont.fr", "expert@roux.fr"]
    assert message.message["Subject"] == "Suite à notre échange : factures F-1, F-2"
    text = message.message.get_body(("plain",)).get_content()
    assert text.startswith("Bonjour Mme Dupont,")
    assert "20 novembre 2026" in text and "1 370,00" in text.replace("\u202f", " ")
    assert "ne pas citer" not in text
    # In English for an English customer.
    firm.run("call", "F-4", "--outcome", "dispute", "--confirm", now="2026-11-12T10:00")
    firm.run("tick", now="2026-11-12T10:01")
    english = next(r for r in smtp_server.received if "Following" in r.message["Subject"])
    assert english.rcpt_tos == ["ap@acme.co.uk"]
    assert english.message["Subject"] == "Following our call: invoice F-4"
    assert english.message.get_body(("plain",)).get_content().startswith("Dear John Smith,")
    refused = firm.run(
        "call", "F-3", "--outcome", "no_answer", "--confirm", now="2026-11-12T10:00", ok=False
    )
    assert refused.exit_code == 2 and "rien à confirmer" in refused.output
