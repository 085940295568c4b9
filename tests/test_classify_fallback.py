"""The fallback model: it only speaks when no rule does, leans clearly, and never reassures
away from a person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import relancebot.classify.classifier as classifier
from relancebot.classify import classify
from relancebot.classify.fallback import Guess, guess, tokens

NOW = dt.datetime(2026, 11, 18, 10, 0, tzinfo=dt.UTC)
HOLDOUT3 = Path(__file__).resolve().parent / "corpus" / "holdout3"


def test_tokens_are_words_and_pairs_without_filler() -> None:
    words = tokens("Bonjour, la facture n'est JAMAIS arrivée")
    assert {"facture", "jamais", "arrivee", "jamais_arrivee"} <= words
    assert not {"bonjour", "la"} & words


def test_a_clear_lean_explains_itself() -> None:
    result = classify((HOLDOUT3 / "holdout3_023.eml").read_bytes(), now=NOW)
    assert result.category == "wrong_contact"
    assert any("le vocabulaire penche vers « mauvais interlocuteur »" in r for r in result.reasons)


def test_rules_first() -> None:
    raw = (
        b"From: a@b.fr\r\nSubject: RE: facture F-1\r\n\r\n"
        b"Nous contestons cette facture, le montant est faux.\r\n"
    )
    result = classify(raw, now=NOW)
    assert result.category == "dispute"
    assert not any("vocabulaire" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("found", "kept"),
    [
        (Guess("not_received", 6.0, "other", ("copie",)), True),
        (Guess("not_received", 2.0, "other", ("copie",)), False),  # leans too little
        (Guess("already_paid", 6.0, "other", ("vire",)), False),  # reassuring needs more
        (Guess("already_paid", 12.0, "other", ("vire",)), True),
        (Guess("promise_to_pay", 12.0, "dispute", ("payer",)), False),  # a dispute close behind
        (Guess("other", 20.0, "dispute", ()), False),
    ],
)
def test_thresholds(found: Guess, kept: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "guess", lambda text: found)
    assert (classifier._lean("texte") is not None) is kept


def test_empty_text_gives_no_guess() -> None:
    assert guess("") is None
