"""Table-driven checks of the categories, negations, quote styles and promised dates."""

from __future__ import annotations

import datetime

import pytest

from relancebot.classify import CATEGORIES, classify
from tests.classify_cases.build import QUOTE_STYLES, load_table, make_reply

CASES = load_table("replies.tsv")


def test_categories_in_priority_order() -> None:
    assert CATEGORIES == (
        "bounce", "auto_reply", "dispute", "payment_difficulty", "wrong_contact",
        "not_received", "already_paid", "promise_to_pay", "other",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("case_id", "expected", "promised", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_table(case_id: str, expected: str, promised: str, words: str) -> None:
    result = classify(make_reply(words))
    assert result.category == expected, result.reasons
    if promised:
        assert result.promised_date == datetime.date.fromisoformat(promised), result.reasons
    assert result.reasons
    assert "impayée" not in result.excerpt


@pytest.mark.parametrize("style", sorted(QUOTE_STYLES))
def test_quoted_reminder_never_leaks(style: str) -> None:
    # Our reminder says "désaccord", "règlement a été effectué", "impayée": none may count.
    result = classify(make_reply("Merci, bien reçu.", style=style))
    assert result.category == "other", result.reasons
    assert "désaccord" not in result.excerpt


@pytest.mark.parametrize("style", sorted(QUOTE_STYLES))
def test_quote_styles_keep_customer_words(style: str) -> None:
    result = classify(make_reply("Nous contestons le montant de cette facture.", style=style))
    assert result.category == "dispute"
    assert any("contestons" in reason for reason in result.reasons)


def test_html_only_reply() -> None:
    result = classify(make_reply("Nous avons déjà payé cette facture le 3.", html=True))
    assert result.category == "already_paid"


def test_wrong_contact_address() -> None:
    result = classify(
        make_reply("Je ne m'occupe plus de ce dossier, écrivez à compta@client-sa.fr")
    )
    assert result.category == "wrong_contact"
    assert result.new_contact == "compta@client-sa.fr"


def test_priority_dispute_beats_promise() -> None:
    words = "Nous paierons le 15, mais nous contestons les frais de déplacement."
    assert classify(make_reply(words)).category == "dispute"


def test_auto_reply_headers() -> None:
    for headers in (
        {"Auto-Submitted": "auto-replied"},
        {"X-Autoreply": "yes"},
        {"Precedence": "auto_reply"},
        {"X-Apple-Action": "VACATION"},
        {"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "a@b.fr"},
    ):
        raw = make_reply("Bonjour, je suis en congés.", headers=headers)
        assert classify(raw).category == "auto_reply", headers


def test_auto_submitted_no_is_not_auto() -> None:
    raw = make_reply("Nous avons réglé hier.", headers={"Auto-Submitted": "no"})
    assert classify(raw).category == "already_paid"


def test_auto_reply_subjects() -> None:
    for subject in (
        "Réponse automatique : Relance",
        "Automatic reply: Reminder",
        "Absence du bureau",
    ):
        raw = make_reply("Je suis absent jusqu'au 30 novembre.", subject=subject)
        assert classify(raw).category == "auto_reply", subject


def test_relative_dates_without_date_header_use_now() -> None:
    raw = make_reply("Le virement partira le 15.", date=None)
    result = classify(raw, now=datetime.datetime(2026, 11, 20, tzinfo=datetime.UTC))
    assert result.promised_date == datetime.date(2026, 12, 15)  # 15 already past: next month


def test_header_facts() -> None:
    result = classify(make_reply("ok"))
    assert result.message_id == "<reply.1@client-sa.fr>"
    assert result.in_reply_to == ("<rb.1.AbCdEf.sig@atelier-morel.fr>",)
    assert result.sender == "jean.dupont@client-sa.fr"
    assert result.sent_at is not None and result.sent_at.tzinfo is not None
    data = result.to_json_dict("x.eml")
    assert list(data)[:5] == ["file", "category", "invoices", "promised_date", "reasons"]
