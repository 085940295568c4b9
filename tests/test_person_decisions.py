"""The person's decisions on a case: confirm a contact, mark paid, pause, stop."""

from __future__ import annotations

from relancebot.core.actions import CONTACT_REASON
from relancebot.store.tasks import TaskKind

from .conftest import Firm
from .review_helpers import add_task, db_of, setup_firm
from .servers.smtp import SmtpServer


def test_confirm_contact_resumes_the_chase(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")
    db = db_of(firm)
    with db.atomic():  # as a "wrong contact" reply leaves it
        db.execute(
            "INSERT INTO contacts (customer_id, email, role, active, source)"
            " VALUES ('studio-lefevre', 'compta@lefevre.fr', 'to', 0, 'reply:1')"
        )
        db.execute(
            "UPDATE invoices SET chase = 'paused', paused_until = '2027-01-01T00:00:00+00:00',"
            " chase_reason = ? WHERE number = 'F-3'",
            [CONTACT_REASON],
        )
    add_task(
        db,
        TaskKind.CONFIRM_CONTACT,
        "compta@lefevre.fr ?",
        "2026-11-04T10:00",
        customer="studio-lefevre",
    )
    out = firm.run(
        "confirm-contact",
        "studio-lefevre",
        "Compta@Lefevre.fr",
        "--replace",
        now="2026-11-09T08:00",
    ).output
    assert "1 facture(s) à nouveau relancée(s)" in out
    active = dict(
        db.execute("SELECT email, active FROM contacts WHERE customer_id = 'studio-lefevre'")
    )
    assert active == {"studio@lefevre.fr": 0, "compta@lefevre.fr": 1}
    assert db.execute("SELECT state FROM tasks").fetchone()[0] == "done"
    firm.run("tick", now="2026-11-10T09:30")
    assert ["compta@lefevre.fr"] in [r.rcpt_tos for r in smtp_server.received]


def test_mark_paid_partial_then_full(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    out = firm.run(
        "mark-paid", "F-1", "--amount", "250,00", "--date", "04/11/2026", now="2026-11-05T10:00"
    ).output
    assert "250,00" in out and "soldée" not in out
    out = firm.run("mark-paid", "F-1", now="2026-11-06T10:00").output
    assert "1 000,00" in out.replace("\u202f", " ") and "soldée" in out
    db = db_of(firm)
    assert list(db.execute("SELECT amount, date FROM payments ORDER BY id")) == [
        ("250.00", "2026-11-04"),
        ("1000.00", "2026-11-06"),
    ]
    again = firm.run("mark-paid", "F-1", now="2026-11-06T10:00", ok=False)
    assert again.exit_code == 2 and "déjà soldée" in again.output
    firm.run("tick", now="2026-11-10T09:30")
    assert all("F-1," not in r.message["Subject"] for r in smtp_server.received)


def test_pause_stop_and_cases(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    firm.run("pause", "F-3", "--until", "2026-11-20", now="2026-11-02T08:00")
    firm.run("stop", "acme-ltd", now="2026-11-02T08:00")
    for day in ("2026-11-03", "2026-11-12", "2026-11-19"):
        firm.run("tick", now=f"{day}T09:30")
    rcpts = {a for r in smtp_server.received for a in r.rcpt_tos}
    assert "studio@lefevre.fr" not in rcpts and "ap@acme.co.uk" not in rcpts
    firm.run("tick", now="2026-11-20T09:30")
    assert ["studio@lefevre.fr"] in [r.rcpt_tos for r in smtp_server.received]
    cases = firm.run("cases", now="2026-11-20T10:00").output
    assert "F-3" in cases and "Studio Lefèvre" in cases and "4 dossier(s)" in cases
    case = firm.run("case", "studio-lefevre", now="2026-11-20T10:00").output
    assert "studio@lefevre.fr" in case and "Prochaine étape" in case
    history = firm.run("history", "F-3", now="2026-11-20T10:00").output
    assert "suspendues par une personne jusqu'au 20/11/2026" in history
