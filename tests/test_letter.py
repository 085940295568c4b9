"""letter: the formal notice as a PDF for the direction to sign."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from relancebot.review import letter as letter_module

from .conftest import Firm
from .review_helpers import db_of, setup_firm
from .servers.smtp import SmtpServer


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\xa0", " "))


def test_letter_for_a_customer(firm: Firm, smtp_server: SmtpServer) -> None:
    firm.write_config()
    setup_firm(firm, smtp_server)
    text = firm.config.read_text(encoding="utf-8").replace(
        'phone = "01 23 45 67 89"',
        'phone = "01 23 45 67 89"\nsignatory = "Claire Morel, gérante"\naddress = "3 rue des Forges, 57000 Metz"',
    )
    firm.config.write_text(text, encoding="utf-8")
    for day in ("2026-11-03", "2026-11-10", "2026-11-17", "2026-12-02"):
        firm.run("tick", now=f"{day}T09:30")
    out = firm.root / "mise-en-demeure.pdf"
    firm.run("letter", "boulangerie-dupont", "--out", str(out), now="2026-12-03T10:00")
    text = pdf_text(out)
    assert "Lettre recommandée avec accusé de réception" in text
    assert "Objet : Mise en demeure de payer" in text and "mise en demeure" in text.lower()
    assert "F-1" in text and "F-2" in text and "F-3" not in text
    assert "1 370,00 €" in text  # 1250 + 120
    assert "11 décembre 2026" in text  # 8 days from the 3rd
    assert "3 novembre 2026 : 1re relance" in text and "17 novembre 2026 : 3e relance" in text
    assert "trois fois le taux d'intérêt légal" in text and "40,00 € par facture" in text
    assert "80,00 €" in text and "Claire Morel, gérante" in text
    assert "3 rue des Forges" in text and "Mme Dupont" in text
    history = firm.run("history", "F-1", now="2026-12-03T10:00").output
    assert "Mise en demeure préparée" in history


def test_letter_without_unicode_font(firm: Firm, tmp_path: Path) -> None:
    setup_firm(firm)
    from relancebot.config import load_settings
    from relancebot.review.cases import resolve

    settings = load_settings(firm.config, explicit=True)
    db = db_of(firm)
    from relancebot.review.letter import prepare_letter
    from tests.review_helpers import at

    letter = prepare_letter(
        db, settings, resolve(db, "F-3"), at("2026-12-03T10:00"), font_dir=tmp_path / "none"
    )
    path = tmp_path / "core.pdf"
    path.write_bytes(letter.pdf)
    text = pdf_text(path)
    assert "Mise en demeure" in text and "600,00 EUR" in text and "F-3" in text
    assert letter.deadline.isoformat() == "2026-12-11"
    assert letter_module.DEADLINE_DAYS == 8


def test_the_letter_asserts_no_reminder_whose_fate_is_uncertain(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    import sqlite3

    firm.write_config()
    setup_firm(firm, smtp_server)
    for day in ("2026-11-03", "2026-11-10", "2026-11-17"):
        firm.run("tick", now=f"{day}T09:30")
    with sqlite3.connect(firm.root / "relancebot.db") as conn:  # as a crash mid-send leaves it
        conn.execute(
            "UPDATE outbox SET state = 'uncertain' WHERE id = (SELECT MAX(outbox_id)"
            " FROM reminders WHERE invoice_number = 'F-1')"
        )
    out = firm.root / "mise-en-demeure.pdf"
    firm.run("letter", "boulangerie-dupont", "--out", str(out), now="2026-12-03T10:00")
    text = pdf_text(out)
    assert "3 novembre 2026 : 1re relance" in text and "2e relance" in text
    assert "3e relance" not in text  # it may never have reached the server
