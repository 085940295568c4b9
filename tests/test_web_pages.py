"""What each page shows: today's calls most urgent first, the cases with their filters, one
customer's case file, the call form; and a 404 for what does not exist."""

from __future__ import annotations

import re

import idna
import pytest

from relancebot.store.database import open_database

from .conftest import Firm
from .web_helpers import NOW, browser, firm_app, plain, seed


@pytest.fixture
def seeded(firm: Firm) -> Firm:
    seed(firm)
    return firm


def test_today_most_urgent_first(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    page = b.text("/")
    text = plain(page)
    assert "Aujourd'hui, le 07/12/2026" in text
    assert "En retard 5 570,00 €" in text and "À faire 2" in text
    # The dispute before the overdue call; each with its phone as a tel: link.
    assert text.index("Appeler : litige Studio Lefèvre") < text.index("Appeler : 30 jours")
    assert 'href="tel:0140000000"' in page and 'href="tel:0611223344"' in page
    assert "F-3 02/11/2026 35 j 600,00 €" in text
    assert "contestation" in text and "Indices : indice : dispute" in text
    assert page.count('class="bouton noter-appel" href="/appel/F-3"') == 1
    assert 'class="bouton secondaire ouvrir-dossier" href="/dossier/studio-lefevre"' in page
    assert re.search(r'id="onglet-a-faire" href="/\?vue=a-faire" aria-current="page"', page)
    for section in ("Traité automatiquement", "Envoyé", "À venir (5 jours ouvrés)"):
        assert section in text


def test_done_today_lists_what_people_did(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    assert "Rien encore aujourd'hui." in plain(b.text("/?vue=fait"))
    b.post("/dossier/boulangerie-dupont/payer", {"number": "F-2"})
    text = plain(b.text("/?vue=fait"))
    assert "Boulangerie Dupont (F-2) : Paiement de 120,00 €" in text and "— claire" in text
    assert "Fait aujourd'hui 2" in text  # the payment, and the invoice settled


def test_cases_filters_and_sorting(seeded: Firm) -> None:
    b = browser(firm_app(seeded))

    def numbers(url: str) -> list[str]:
        return re.findall(r'<tr data-invoice="([^"]+)"', b.text(url))

    assert numbers("/dossiers") == ["F-1", "F-2", "F-3", "F-4"]
    assert numbers("/dossiers?tri=montant") == ["F-4", "F-1", "F-3", "F-2"]
    assert numbers("/dossiers?tri=client") == ["F-4", "F-1", "F-2", "F-3"]
    assert numbers("/dossiers?retard=31-60") == ["F-1", "F-2", "F-3"]
    assert numbers("/dossiers?retard=1-30") == ["F-4"]
    assert numbers("/dossiers?etat=paused") == []
    assert numbers("/dossiers?niveau=0&etat=active") == ["F-1", "F-2", "F-3", "F-4"]
    assert numbers("/dossiers?tri=nimporte&etat=<b>&page=x") == ["F-1", "F-2", "F-3", "F-4"]
    text = plain(b.text("/dossiers?retard=1-30"))
    assert "1 facture sur 4, 3 600,00 € restant dû." in text
    assert 'id="entreprise"' not in b.text("/dossiers")  # one firm: no firm filter


def test_cases_come_a_page_at_a_time(seeded: Firm, monkeypatch: pytest.MonkeyPatch) -> None:
    from relancebot.web.pages import cases

    monkeypatch.setattr(cases, "PAGE_SIZE", 3)
    b = browser(firm_app(seeded))
    first = b.text("/dossiers?tri=montant")
    assert re.findall(r'<tr data-invoice="([^"]+)"', first) == ["F-4", "F-1", "F-3"]
    assert 'href="/dossiers?tri=montant&amp;page=2"' in first and "Page 1 sur 2" in first
    second = b.text("/dossiers?tri=montant&page=2")
    assert re.findall(r'<tr data-invoice="([^"]+)"', second) == ["F-2"]


def test_case_file(seeded: Firm) -> None:
    db = open_database(seeded.root / "relancebot.db")
    lookalike = f"compta@{idna.encode('lefèvre-studio.fr').decode()}"
    with db.atomic():
        db.execute(
            "INSERT INTO contacts (customer_id, email, role, active, source)"
            " VALUES ('studio-lefevre', ?, 'to', 0, 'reply:1')",
            [lookalike],
        )
    b = browser(firm_app(seeded))
    b.post("/dossier/studio-lefevre/pause", {"number": "F-3", "until": "2026-12-18"})
    page = b.text("/dossier/studio-lefevre")
    text = plain(page)
    assert "Studio Lefèvre (studio-lefevre)" in text
    assert "F-3 : en pause jusqu'au 18/12/2026" in text and "Litige ouvert" in text
    assert 'href="tel:0140000000"' in page
    # The suggested address in full, its domain as servers see it, flagged as a stranger's.
    assert f"{lookalike} domaine : xn--lefvre-studio-" in text
    assert "(écrit « lefèvre-studio.fr »)" in text
    assert "suggérée par une réponse, à confirmer" in text
    assert "Hors du domaine du client : vérifiez avant de confirmer." in text
    assert f'value="{lookalike}"' in page
    assert "studio@lefevre.fr domaine : lefevre.fr destinataire, active, source import" in text
    assert "600,00 € émise le 02/10/2026, échue le 02/11/2026 (35 jours de retard)" in text
    assert "Appeler : litige (F-3) : Litige sur F-3" in text
    # The timeline, newest first, each line naming who acted.
    history = text.split("Historique (le plus récent d'abord)")[1]
    assert history.index("Relances suspendues par une personne jusqu'au 18/12/2026") < (
        history.index("Réponse de compta@studio-lefevre.example")
    )
    assert "Relances suspendues par une personne jusqu'au 18/12/2026 — claire (web)" in history
    assert "« contestation » (indice : dispute)" in history and "— client" in history
    assert "Facture F-3 importée : 600,00 €, échéance 02/11/2026 — commande" in history


def test_the_call_form(seeded: Firm) -> None:
    page = browser(firm_app(seeded)).text("/appel/boulangerie-dupont")
    for name in ("paid", "promise", "dispute", "difficulty", "no_answer", "message_left"):
        assert f'id="outcome-{name}" name="outcome" value="{name}"' in page
    assert 'name="date" type="date"' in page and 'name="note"' in page
    assert 'id="confirm" name="confirm" value="1"' in page
    text = plain(page)
    assert "F-1 02/11/2026 35 j 1 250,00 €" in text and "F-2" in text


def test_what_does_not_exist(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    for url in ("/dossier/personne", "/appel/F-999", "/envois/99/renvoyer", "/nulle-part"):
        answer = b.get(url)
        assert answer.status_code == 404, url
        assert "Page introuvable" in answer.get_data(as_text=True)
    assert b.get("/e/autre/dossiers").status_code == 404


def test_a_change_made_elsewhere_shows_at_once(seeded: Firm) -> None:
    """The pages keep what they computed only while the database stays as it was."""
    b = browser(firm_app(seeded))
    assert 'data-target="F-1"' in b.text("/")
    assert 'data-invoice="F-2"' in b.text("/dossiers")
    seeded.run("call", "F-1", "--outcome", "paid", now=NOW)  # the command line, meanwhile
    seeded.run("mark-paid", "F-2", now=NOW)
    assert 'data-target="F-1"' not in b.text("/")
    assert 'data-invoice="F-2"' not in b.text("/dossiers")


def test_today_shows_the_most_urgent_then_the_rest_on_demand(
    seeded: Firm, monkeypatch: pytest.MonkeyPatch
) -> None:
    import relancebot.web.pages.today as today_page

    monkeypatch.setattr(today_page, "CALLS_SHOWN", 1)
    b = browser(firm_app(seeded))
    first = plain(b.text("/"))
    assert "Appeler : litige Studio Lefèvre" in first and "Appeler : 30 jours" not in first
    assert "À faire 2" in first and "Voir les 1 autres actions à mener" in first
    everything = plain(b.text("/?vue=a-faire&tout=1"))
    assert "Appeler : 30 jours" in everything and "Voir les" not in everything
