"""Réponses à lire: a hostile reply shown as inert text, and a person's decisions on replies
(relabel, link, confirm the contact it suggests, mark read), seen by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from relancebot.core.categories import CATEGORY_FR
from relancebot.store.database import open_database
from relancebot.store.replies import ReplyRow, insert_reply
from relancebot.web.app import create_app
from relancebot.workspace import Workspace

from .conftest import Firm
from .review_helpers import at
from .web_helpers import NOW, browser, firm_app, make_workspace, plain, seed

STRANGER = (
    "<script>alert('pirate')</script> Réglez sur https://evil.example/payer?x=1 "
    'ou <a href="http://faux.example">ici</a>'
)

OTHER_FR = CATEGORY_FR["other"]


def add_stranger(firm: Firm, new_contact: str | None = None, customer: str | None = None) -> int:
    """A reply linked to nothing, classified `other`: one to read."""
    db = open_database(firm.root / "relancebot.db")
    with db.atomic():
        reply_id = insert_reply(
            db,
            ReplyRow(
                mailbox="maildir:test",
                uid=4242 if customer is None else 4343,
                uidvalidity=1,
                message_id=f"<inconnu.{customer}@ailleurs.example>",
                received_at=at("2026-12-05T09:00"),
                state="unlinked" if customer is None else "handled",
                size=len(STRANGER),
                raw=b"",
                sender="inconnu@ailleurs.example",
                subject="Question <b>urgente</b>",
                category="other",
                reasons=["aucun indice <i>connu</i>"],
                excerpt=STRANGER,
                customer_id=customer,
                link_method="none" if customer is None else "sender",
                new_contact=new_contact,
            ),
            at("2026-12-05T09:00"),
        )
    db.conn.close()
    return reply_id


@pytest.fixture
def replies_firm(firm: Firm) -> Firm:
    seed(firm)
    return firm


def test_a_hostile_reply_is_inert_text(replies_firm: Firm) -> None:
    reply_id = add_stranger(replies_firm)
    page = browser(firm_app(replies_firm)).text("/reponses")
    assert f'id="reponse-{reply_id}"' in page
    assert "<script>" not in page and "&lt;script&gt;alert(" in page
    assert "evil.example/payer" not in page and "[lien retiré : evil.example]" in page
    assert 'href="http://faux.example"' not in page and "<b>urgente" not in page
    assert "<i>connu" not in page and "&lt;i&gt;connu&lt;/i&gt;" in page
    assert 'href="/reponses"' in page  # the tab
    assert f'action="/reponses/{reply_id}/lue"' in page


def test_relabel_is_kept_and_seen_by_the_cli(replies_firm: Firm) -> None:
    reply_id = add_stranger(replies_firm)
    b = browser(firm_app(replies_firm))
    answer = b.post(f"/reponses/{reply_id}/classer", {"category": "dispute", "note": "litige"})
    assert f"Réponse n° {reply_id} classée" in plain(b.follow(answer))
    db = open_database(replies_firm.root / "relancebot.db")
    (actor,) = db.execute(
        "SELECT actor FROM events WHERE kind = 'reply_relabelled' ORDER BY id DESC"
    ).fetchone()
    assert actor == "web:claire"
    listed = replies_firm.run("replies", now="2026-12-07T10:00").output
    assert "contestation" in listed.lower() or "litige" in listed.lower()
    shown = plain(b.text("/reponses?tout=1"))
    assert "corrigée par une personne, le classement disait « " + OTHER_FR + " »" in shown
    refused = b.post(f"/reponses/{reply_id}/classer", {"category": "n-importe"})
    assert "catégorie inconnue" in plain(b.follow(refused))


def test_link_then_read_leaves_the_list(replies_firm: Firm) -> None:
    reply_id = add_stranger(replies_firm)
    b = browser(firm_app(replies_firm))
    refused = b.post(f"/reponses/{reply_id}/lier", {"invoice": "F-99"})
    assert "facture inconnue" in plain(b.follow(refused))
    answer = b.post(f"/reponses/{reply_id}/lier", {"invoice": "F-1"})
    assert f"Réponse n° {reply_id} liée à F-1 (boulangerie-dupont)" in plain(b.follow(answer))
    assert f'id="reponse-{reply_id}"' not in b.text("/reponses")  # linked: read
    assert f'id="reponse-{reply_id}"' in b.text("/reponses?tout=1")
    history = replies_firm.run("history", "F-1", now="2026-12-07T10:00").output
    assert f"Réponse n° {reply_id} de inconnu@ailleurs.example liée à F-1" in history
    db = open_database(replies_firm.root / "relancebot.db")
    (actor,) = db.execute("SELECT actor FROM events WHERE kind = 'reply_linked'").fetchone()
    assert actor == "web:claire"


def test_mark_read(replies_firm: Firm) -> None:
    reply_id = add_stranger(replies_firm)
    b = browser(firm_app(replies_firm))
    answer = b.post(f"/reponses/{reply_id}/lue", {})
    assert f"Réponse n° {reply_id} marquée lue." in plain(b.follow(answer))
    assert f'id="reponse-{reply_id}"' not in b.text("/reponses")
    assert "déjà lue" in plain(b.follow(b.post(f"/reponses/{reply_id}/lue", {})))
    listed = replies_firm.run("replies", "--to-review", now="2026-12-07T10:00").output
    assert "inconnu@ailleurs.example" not in listed


def test_confirm_the_suggested_contact(replies_firm: Firm) -> None:
    reply_id = add_stranger(
        replies_firm, new_contact="paiements@dupont.fr", customer="boulangerie-dupont"
    )
    b = browser(firm_app(replies_firm))
    page = b.text("/reponses")
    assert f'action="/reponses/{reply_id}/confirmer-contact"' in page
    answer = b.post(f"/reponses/{reply_id}/confirmer-contact", {})
    assert "paiements@dupont.fr confirmée" in plain(b.follow(answer))
    db = open_database(replies_firm.root / "relancebot.db")
    found = db.execute(
        "SELECT active FROM contacts WHERE email = 'paiements@dupont.fr' AND role = 'to'"
    ).fetchall()
    assert found == [(1,)]
    again = b.post(f"/reponses/{reply_id}/confirmer-contact", {})
    assert "déjà une adresse active" in plain(b.follow(again))
    unknown = b.post("/reponses/9999/lue", {})
    assert "aucune réponse n° 9999" in plain(b.follow(unknown))


def test_posts_need_csrf_and_origin(replies_firm: Firm) -> None:
    reply_id = add_stranger(replies_firm)
    b = browser(firm_app(replies_firm))
    wrong = b.post(f"/reponses/{reply_id}/lue", {}, origin="http://evil.example")
    assert wrong.status_code == 403
    bare = b.client.post(f"/reponses/{reply_id}/lue", headers={"Origin": "http://localhost"})
    assert bare.status_code == 400
    assert b.get(f"/reponses/{reply_id}/lue").status_code == 405
    assert (
        "inconnu@ailleurs.example"
        in replies_firm.run("replies", "--to-review", now="2026-12-07T10:00").output
    )
    stranger = browser(firm_app(replies_firm), logged_in=False)
    assert "/login" in stranger.get("/reponses").headers["Location"]


def test_each_firm_of_a_workspace(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    firm = Firm(root / "boulangerie-b")
    reply_id = add_stranger(firm)
    b = browser(create_app(Workspace(root), now_override=at(NOW)))
    page = b.text("/e/boulangerie-b/reponses")
    assert f'action="/e/boulangerie-b/reponses/{reply_id}/lue"' in page
    assert 'href="/e/boulangerie-b/reponses"' in page  # the tab
    assert f'id="reponse-{reply_id}"' not in b.text("/e/atelier-morel/reponses")
    answer = b.post(f"/e/boulangerie-b/reponses/{reply_id}/lier", {"invoice": "B-7"})
    assert answer.headers["Location"] == "/e/boulangerie-b/reponses"
    assert "liée à B-7 (garage-martin)" in plain(b.follow(answer))
