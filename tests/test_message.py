"""The emails themselves: MIME, headers, signed Message-IDs, templates that fail loudly."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import shutil
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from relancebot.config import FirmSettings
from relancebot.outgoing.compose import Attachment, Envelope, compose
from relancebot.outgoing.render import Renderer, TemplateProblem, long_date
from relancebot.outgoing.tokens import is_ours, load_or_create_secret, new_message_id

GABARITS = Path(__file__).resolve().parents[1] / "relancebot" / "gabarits"
NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))


def context(**over: object) -> dict[str, object]:
    invoice = {
        "number": "F-2026-0412",
        "issue_date": dt.date(2026, 10, 2),
        "due_date": dt.date(2026, 11, 1),
        "amount": Decimal("1250.00"),
        "amount_excl_tax": Decimal("1041.67"),
        "paid": Decimal("0"),
        "balance": Decimal("1250.00"),
        "currency": "EUR",
        "days_overdue": 2,
    }
    base: dict[str, object] = {
        "firm": FirmSettings(name="Atelier Morel SARL", email="relances@atelier-morel.fr"),
        "customer": {"name": "Dupont", "contact": ""},
        "invoices": [invoice],
        "level": 1,
        "total": Decimal("1250.00"),
        "currency": "EUR",
        "previous": [],
        "deadline_days": None,
        "deadline_date": None,
        "indemnity": Decimal("40"),
    }
    return {**base, **over}


def test_french_dates_and_money() -> None:
    assert long_date(dt.date(2026, 11, 1)) == "1er novembre 2026"
    assert long_date(dt.date(2026, 11, 2)) == "2 novembre 2026"
    assert long_date(dt.date(2026, 11, 2), "en") == "2 November 2026"


def test_level_one_has_the_three_paragraphs_and_no_deadline() -> None:
    rendered = Renderer(GABARITS).render("relance-1", "fr", context())
    assert rendered.subject == "Relance : facture F-2026-0412 en attente de règlement"
    text = rendered.text.replace("\u202f", " ").replace("\u00a0", " ")
    assert "facture n° F-2026-0412 du 2 octobre 2026" in text
    assert "1 041,67 € HT, soit 1 250,00 € TTC, échue le 1er novembre 2026" in text
    assert "Sauf erreur de notre part" in text and "ne pas tenir compte" in text
    assert "Nous vous remercions par avance" in text
    assert "jours" not in text  # no payment deadline at the friendly level


def test_html_is_autoescaped() -> None:
    hostile = {"name": "<script>alert(1)</script>", "contact": "<b>Mme</b> & Cie"}
    rendered = Renderer(GABARITS).render("relance-1", "fr", context(customer=hostile))
    assert "<b>Mme</b>" not in rendered.html and "&lt;b&gt;Mme&lt;/b&gt; &amp; Cie" in rendered.html
    assert "<b>Mme</b> & Cie" in rendered.text  # plain text is not HTML: left as written


def test_a_missing_variable_is_an_error_not_a_blank(tmp_path: Path) -> None:
    shutil.copytree(GABARITS, tmp_path / "g")
    page = tmp_path / "g" / "fr" / "relance-1.txt"
    page.write_text(page.read_text().replace("Nous vous remercions", "{{ customer.siret }}"))
    with pytest.raises(TemplateProblem, match="siret"):
        Renderer(tmp_path / "g").render("relance-1", "fr", context())
    with pytest.raises(TemplateProblem, match="introuvable"):
        Renderer(tmp_path / "g").render("relance-9", "fr", context())


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ["relance-preventive", "relance-1", "relance-2", "relance-3"])
def test_every_template_renders(lang: str, name: str) -> None:
    previous = [
        {"date": dt.date(2026, 11, 3), "level": 1},
        {"date": dt.date(2026, 11, 10), "level": 2},
    ]
    rendered = Renderer(GABARITS).render(
        name, lang, context(previous=previous, deadline_days=8, deadline_date=dt.date(2026, 11, 25))
    )
    assert "F-2026-0412" in rendered.subject and "F-2026-0412" in rendered.html
    assert rendered.html.lstrip().startswith("<!DOCTYPE html>")


def test_mime_structure_headers_and_attachment(tmp_path: Path) -> None:
    secret = load_or_create_secret(tmp_path / "secret")
    assert (tmp_path / "secret").stat().st_mode & 0o777 == 0o600
    assert load_or_create_secret(tmp_path / "secret") == secret
    pdf = b"%PDF-1.4 fake\n%%EOF" + bytes(range(256)) * 400
    subject = "Dernière relance avant mise en demeure : factures " + ", ".join(
        f"F-2026-{n:04d}" for n in range(400, 420)
    )
    composed = compose(
        Envelope(
            "Atelier Morel – Sàrl, Lyon",
            "relances@atelier-morel.fr",
            ["compta@dupont.fr"],
            ["expert@cabinet.fr"],
        ),
        subject=subject,
        text="Bonjour é\n.\nligne commençant par un point",
        html="<p>é</p>",
        message_id=new_message_id(secret, "atelier-morel.fr"),
        date=NOW,
        attachments=[Attachment("F-1.pdf", pdf), Attachment("Facture n°2 été.pdf", b"%PDF-2")],
        thread=["<a@x>", "<b@x>"],
    )
    raw = composed.raw
    assert all(b < 128 for b in raw), "headers and bodies are 7-bit clean"
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert not parsed.defects and all(not p.defects for p in parsed.walk())
    assert parsed["Subject"] == subject == composed.subject
    assert parsed["From"].addresses[0].display_name == "Atelier Morel – Sàrl, Lyon"
    assert [a.addr_spec for a in parsed["Cc"].addresses] == ["expert@cabinet.fr"]
    assert parsed["In-Reply-To"] == "<b@x>" and parsed["References"].split() == ["<a@x>", "<b@x>"]
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert [p.get_content_type() for p in parsed.walk()] == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "application/pdf",
        "application/pdf",
    ]
    plain = parsed.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert plain == "Bonjour é\n.\nligne commençant par un point"
    attachments = list(parsed.iter_attachments())
    assert attachments[0].get_payload(decode=True) == pdf
    assert attachments[1].get_filename() == "Facture n°2 été.pdf"
    assert is_ours(secret, parsed["Message-ID"]) and composed.message_id == parsed["Message-ID"]


@pytest.mark.parametrize("field", ["subject", "name", "to", "filename"])
def test_header_injection_is_refused(field: str) -> None:
    evil = "x\r\nBcc: victim@exemple.fr"
    envelope = Envelope(
        evil if field == "name" else "X", "a@b.fr", [evil if field == "to" else "c@d.fr"]
    )
    with pytest.raises(ValueError, match="caractère de contrôle"):
        compose(
            envelope,
            subject=evil if field == "subject" else "s",
            text="t",
            html=None,
            message_id="<m@x>",
            date=NOW,
            attachments=[Attachment(evil if field == "filename" else "f.pdf", b"%PDF")],
        )


def test_forged_or_foreign_message_ids_are_not_ours(tmp_path: Path) -> None:
    secret = load_or_create_secret(tmp_path / "secret")
    other = load_or_create_secret(tmp_path / "other")
    mine = new_message_id(secret, "atelier-morel.fr")
    key, sig = mine[4:-1].split("@")[0].split(".")
    assert is_ours(secret, mine)
    assert not is_ours(other, mine)  # another install's secret
    assert not is_ours(secret, mine.replace(sig, "0" * 16))
    assert not is_ours(secret, mine.replace(key, "A" * 10))
    assert not is_ours(secret, "<CAF00@mail.gmail.com>")
