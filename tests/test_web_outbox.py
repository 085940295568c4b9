"""Envois: the uncertain and refused messages, and a person's decision on each; sending again
asks first."""

from __future__ import annotations

import pytest

from relancebot.store.database import open_database

from .conftest import Firm
from .web_helpers import browser, firm_app, plain, seed


@pytest.fixture
def waiting(firm: Firm) -> Firm:
    """Two first reminders: Dupont's uncertain, Lefèvre's refused for good; Acme's stuck."""
    seed(firm)
    firm.run("tick", now="2026-11-03T09:30")
    firm.run("tick", now="2026-11-12T09:30")
    db = open_database(firm.root / "relancebot.db")
    ids = dict(
        db.execute(
            "SELECT customer_id, MIN(id) FROM outbox WHERE kind = 'reminder' GROUP BY customer_id"
        ).fetchall()
    )
    with db.atomic():
        db.execute(
            "UPDATE outbox SET state = 'uncertain', attempted_at = sent_at, sent_at = NULL"
            " WHERE id = ?",
            [ids["boulangerie-dupont"]],
        )
        db.execute(
            "UPDATE outbox SET state = 'failed', sent_at = NULL, failures = 1,"
            " last_error = '550 5.1.1 <studio@lefevre.fr> : <b>inconnu</b>' WHERE id = ?",
            [ids["studio-lefevre"]],
        )
        db.execute(
            "UPDATE outbox SET state = 'pending', sent_at = NULL, attempts = 4,"
            " last_error = 'connexion refusée' WHERE id = ?",
            [ids["acme-ltd"]],
        )
    return firm


def state(firm: Firm, outbox_id: int) -> str:
    db = open_database(firm.root / "relancebot.db")
    return str(db.execute("SELECT state FROM outbox WHERE id = ?", [outbox_id]).fetchone()[0])


def outbox_id(firm: Firm, customer: str) -> int:
    """The customer's first reminder."""
    db = open_database(firm.root / "relancebot.db")
    query = "SELECT MIN(id) FROM outbox WHERE kind = 'reminder' AND customer_id = ?"
    return int(db.execute(query, [customer]).fetchone()[0])


def test_the_messages_waiting_for_a_person(waiting: Firm) -> None:
    page = browser(firm_app(waiting)).text("/envois")
    text = plain(page)
    assert "incertain" in text and "refusé" in text and "bloqué" in text
    assert "&lt;b&gt;inconnu&lt;/b&gt;" in page and "<b>inconnu" not in page
    dupont, lefevre = outbox_id(waiting, "boulangerie-dupont"), outbox_id(waiting, "studio-lefevre")
    assert f'action="/envois/{dupont}/marquer-envoye"' in page
    assert f'action="/envois/{lefevre}/laisser"' in page
    assert f'href="/envois/{lefevre}/renvoyer"' in page
    assert f'action="/envois/{dupont}/laisser"' not in page  # only a refused one is left aside


def test_mark_sent(waiting: Firm) -> None:
    b = browser(firm_app(waiting))
    dupont = outbox_id(waiting, "boulangerie-dupont")
    answer = b.post(f"/envois/{dupont}/marquer-envoye", {})
    assert f"Message #{dupont} confirmé envoyé par une personne" in plain(b.follow(answer))
    assert state(waiting, dupont) == "sent"
    again = b.post(f"/envois/{dupont}/marquer-envoye", {})
    assert "n'est ni incertain ni en échec" in plain(b.follow(again))


def test_resend_asks_first(waiting: Firm) -> None:
    b = browser(firm_app(waiting))
    lefevre = outbox_id(waiting, "studio-lefevre")
    ask = plain(b.text(f"/envois/{lefevre}/renvoyer"))
    assert f"Renvoyer le message #{lefevre} ?" in ask and "studio@lefevre.fr" in ask
    assert state(waiting, lefevre) == "failed"  # showing it changed nothing
    answer = b.post(f"/envois/{lefevre}/renvoyer", {})
    assert f"Message #{lefevre} remis en file par une personne" in plain(b.follow(answer))
    assert state(waiting, lefevre) == "pending"
    db = open_database(waiting.root / "relancebot.db")
    (actor,) = db.execute(
        "SELECT actor FROM events WHERE kind = 'outbox_decision' ORDER BY id DESC"
    ).fetchone()
    assert actor == "web:claire"


def test_leave_aside(waiting: Firm) -> None:
    b = browser(firm_app(waiting))
    lefevre = outbox_id(waiting, "studio-lefevre")
    answer = b.post(f"/envois/{lefevre}/laisser", {"note": "client parti"})
    assert f"Message #{lefevre} laissé de côté par une personne : client parti" in plain(
        b.follow(answer)
    )
    assert f"envoi-{lefevre}" not in b.text("/envois")
    dupont = outbox_id(waiting, "boulangerie-dupont")
    refused = b.post(f"/envois/{dupont}/laisser", {})
    assert "n'est pas en échec" in plain(b.follow(refused))
