"""The person's decisions from the pages: each a POST answered by a redirect, written by the
same library functions as the commands, journalled as 'web:claire', and seen by the CLI."""

from __future__ import annotations

import pytest

from relancebot.store.database import open_database

from .conftest import Firm
from .web_helpers import NOW, browser, firm_app, plain, seed


@pytest.fixture
def seeded(firm: Firm) -> Firm:
    seed(firm)
    return firm


def row(firm: Firm, sql: str, *params: object) -> tuple[object, ...]:
    found = open_database(firm.root / "relancebot.db").execute(sql, params).fetchone()
    return tuple(found) if found else ()


def journal(firm: Firm, kind: str) -> list[tuple[str, str]]:
    db = open_database(firm.root / "relancebot.db")
    return list(db.execute("SELECT summary, actor FROM events WHERE kind = ? ORDER BY id", [kind]))


def test_a_call_noted_in_the_form_is_seen_by_the_command_line(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    answer = b.post(
        "/appel/F-3", {"outcome": "promise", "date": "2026-12-15", "note": "virement vendredi"}
    )
    assert answer.status_code == 303
    assert answer.headers["Location"] == "/dossier/studio-lefevre"
    case = plain(b.text(answer.headers["Location"]))
    assert "Appel noté pour F-3 : promesse de paiement." in case
    assert "Appel noté : promesse de paiement (15/12/2026) — virement vendredi — claire (web)" in (
        case
    )
    history = seeded.run("history", "F-3", now=NOW).output
    assert "Appel noté : promesse de paiement (15/12/2026) — virement vendredi" in history
    assert row(seeded, "SELECT chase, promised_date FROM invoices WHERE number = 'F-3'") == (
        "paused",
        "2026-12-15",
    )
    assert journal(seeded, "call")[-1][1] == "web:claire"


def test_a_confirmation_email_is_shown_before_it_goes(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    fields = {"outcome": "promise", "date": "2026-12-15", "note": "", "confirm": "1"}
    preview = b.post("/appel/F-1", fields)
    assert preview.status_code == 200  # nothing written yet: the email, to read first
    text = plain(preview.get_data(as_text=True))
    assert "À compta@dupont.fr" in text and "Copie expert@roux.fr" in text
    assert "15 décembre 2026" in text.replace("\u202f", " ")
    assert row(seeded, "SELECT COUNT(*) FROM calls") == (0,)
    assert row(seeded, "SELECT COUNT(*) FROM outbox") == (0,)
    sent = b.post("/appel/F-1", {**fields, "step": "envoyer"})
    assert sent.status_code == 303
    assert "Confirmation en file d'envoi." in plain(b.text(sent.headers["Location"]))
    assert row(seeded, "SELECT kind, state FROM outbox") == ("call_confirmation", "pending")
    assert row(seeded, "SELECT COUNT(*) FROM calls") == (1,)


def test_a_refused_call_writes_nothing(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    answer = b.post("/appel/F-3", {"outcome": "promise", "note": "sans date"})
    assert "--date est obligatoire avec --outcome promise" in plain(b.follow(answer))
    preview = b.post("/appel/F-3", {"outcome": "no_answer", "confirm": "1"})
    assert preview.status_code == 200
    assert "rien à confirmer sans réponse du client" in plain(preview.get_data(as_text=True))
    assert b.post("/appel/F-3", {"outcome": "magie"}).status_code == 303
    assert row(seeded, "SELECT COUNT(*) FROM calls") == (0,)


def test_nobody_answered(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    assert 'data-target="F-1"' in b.text("/")
    b.post("/appel/F-1", {"outcome": "message_left", "note": "rappeler après 14 h"})
    assert row(seeded, "SELECT outcome, note FROM calls") == (
        "no_answer",
        "Message laissé — rappeler après 14 h",
    )
    due = row(seeded, "SELECT due_at FROM tasks WHERE invoice_number = 'F-1' AND state = 'open'")
    assert str(due[0]).startswith("2026-12-08")  # back the next business day
    answer = b.post("/appel/F-1", {"outcome": "unreachable", "date": "2026-12-14"})
    assert "F-1 : Injoignable. Rappel prévu le 14/12/2026." in plain(b.follow(answer))
    due = row(seeded, "SELECT due_at FROM tasks WHERE invoice_number = 'F-1' AND state = 'open'")
    assert str(due[0]).startswith("2026-12-14T08:00")  # 9:00 in Paris, the day chosen
    assert 'data-target="F-1"' not in b.text("/")  # off today's list until then


def test_pause_and_resume(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    paused = b.post("/dossier/studio-lefevre/pause", {"number": "F-3", "until": "18/12/2026"})
    assert "F-3 : relances suspendues jusqu'au 18/12/2026." in plain(b.follow(paused))
    assert row(seeded, "SELECT chase FROM invoices WHERE number = 'F-3'") == ("paused",)
    resumed = b.post("/dossier/studio-lefevre/reprendre", {"number": "F-3"})
    assert "F-3 : relances reprises." in plain(b.follow(resumed))
    assert row(seeded, "SELECT chase FROM invoices WHERE number = 'F-3'") == ("active",)
    assert journal(seeded, "chase_paused")[-1][1] == "web:claire"
    assert journal(seeded, "chase_resumed")[-1][1] == "web:claire"
    refused = b.post("/dossier/studio-lefevre/pause", {"number": "F-3", "until": "demain"})
    assert "Jusqu'au : date illisible 'demain'" in plain(b.follow(refused))


def test_mark_paid(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    part = b.post("/dossier/boulangerie-dupont/payer", {"number": "F-1", "amount": "250,00"})
    assert "F-1 : paiement de 250,00 € enregistré." in plain(b.follow(part)).replace("\u202f", " ")
    whole = b.post("/dossier/boulangerie-dupont/payer", {"number": "F-1", "date": "2026-12-04"})
    assert "facture soldée" in plain(b.follow(whole))
    assert row(seeded, "SELECT paid, paid_at IS NOT NULL FROM invoices WHERE number = 'F-1'") == (
        "1250.00",
        1,
    )
    again = b.post("/dossier/boulangerie-dupont/payer", {"number": "F-1"})
    assert "la facture F-1 est déjà soldée" in plain(b.follow(again))
    assert all(actor == "web:claire" for _, actor in journal(seeded, "payment"))


def test_stop_emails_and_confirm_a_contact(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    stopped = b.post("/dossier/acme-ltd/arreter-emails", {})
    assert "Plus aucun email de relance pour ce client" in plain(b.follow(stopped))
    assert row(seeded, "SELECT do_not_chase FROM customers WHERE id = 'acme-ltd'") == (1,)
    assert "Ne pas relancer par email" in plain(b.text("/dossier/acme-ltd"))
    confirmed = b.post(
        "/dossier/acme-ltd/confirmer-contact", {"address": "Finance@Acme.co.uk", "replace": "1"}
    )
    assert "finance@acme.co.uk confirmée" in plain(b.follow(confirmed))
    assert row(
        seeded, "SELECT active FROM contacts WHERE email = 'ap@acme.co.uk' AND role = 'to'"
    ) == (0,)
    assert journal(seeded, "contact_confirmed")[-1][1] == "web:claire"


def test_the_formal_notice(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    answer = b.post("/dossier/boulangerie-dupont/mise-en-demeure", {})
    assert answer.headers["Location"] == "/dossier/boulangerie-dupont/mise-en-demeure.pdf"
    pdf = b.get(answer.headers["Location"])
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    assert pdf.headers["Content-Disposition"] == (
        'attachment; filename="mise-en-demeure-boulangerie-dupont-2026-12-07.pdf"'
    )
    assert b.get(answer.headers["Location"]).data == pdf.data  # the same bytes for the same day
    assert [actor for _, actor in journal(seeded, "letter_prepared")] == ["web:claire"] * 2
    b.post("/dossier/boulangerie-dupont/payer", {"number": "F-1"})
    b.post("/dossier/boulangerie-dupont/payer", {"number": "F-2"})
    refused = b.post("/dossier/boulangerie-dupont/mise-en-demeure", {})
    assert "aucune facture impayée" in plain(b.follow(refused))
    assert b.get("/dossier/boulangerie-dupont/mise-en-demeure.pdf").status_code == 404
