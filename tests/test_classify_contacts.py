"""New contacts when the customer forwards our reminder to a colleague with us in copy, and
the cost of very long replies."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from relancebot.classify import classify
from tests.classify_cases.build import make_reply

OURS = "Atelier Morel SARL <relances@atelier-morel.fr>"


def _forward(words: str, to: str, cc: str, keep_thread: bool) -> bytes:
    msg = email.message_from_bytes(make_reply(words), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    msg.replace_header("Subject", "TR: Relance : facture F-2026-0412 en attente de règlement")
    msg.replace_header("To", to)
    msg["Cc"] = cc
    if not keep_thread:  # webmail forwards often drop In-Reply-To / References
        del msg["In-Reply-To"]
        del msg["References"]
    return msg.as_bytes()


@pytest.mark.parametrize("keep_thread", [True, False])
@pytest.mark.parametrize(
    ("words", "colleague"),
    [
        (
            "Bonjour Sophie, je te transfère, c'est toi qui gères les fournisseurs.\n"
            "Madame, Monsieur, pour la suite merci d'écrire à Sophie : s.roux@client-sa.fr",
            "s.roux@client-sa.fr",
        ),
        (
            "Hi Tom, can you look at this one?\nHi team - Tom does our accounts now, so please "
            "send future invoices straight to tom@books-partner.co.uk rather than this inbox.",
            "tom@books-partner.co.uk",
        ),
        (
            "Paul, à toi de voir. Et pour nos fournisseurs : dorénavant tout envoyer à "
            "compta@client-sa.fr s'il vous plaît.",
            "compta@client-sa.fr",
        ),
    ],
)
def test_forward_to_colleague_with_us_in_cc(words: str, colleague: str, keep_thread: bool) -> None:
    result = classify(_forward(words, colleague, OURS, keep_thread))
    assert result.category == "wrong_contact", result.reasons
    assert result.new_contact == colleague


def test_our_address_in_to_is_never_the_new_contact() -> None:
    words = "Je ne m'occupe plus de la facturation, écrivez à compta@client-sa.fr"
    result = classify(_forward(words, OURS, "compta@client-sa.fr", keep_thread=True))
    assert result.category == "wrong_contact"
    assert result.new_contact == "compta@client-sa.fr"


def test_long_reply_is_capped() -> None:
    """Speed is shown by bench/bench_classify.py; here, that the start still decides."""
    filler = "Le chantier avance bien et l'équipe est ravie du résultat obtenu cette semaine. "
    raw = make_reply("Nous contestons le montant de cette facture.\n" + filler * 600)  # ~48 KB
    assert classify(raw).category == "dispute"


@pytest.mark.parametrize(
    ("subject", "words", "expected"),
    [
        # A forward to a colleague: "voir avec ..." is said to the colleague, no address for us.
        ("TR: Relance : facture F-1", "Pour suite à donner, voir avec le syndic. Merci.", "other"),
        ("Fwd: Reminder: invoice F-1", "Can you deal with this? Speak to Paul about it.", "other"),
        ("WG: Reminder: invoice F-1", "Bitte prüfen. Voir avec la compta.", "other"),
        # The same words as a reply to us are a redirection.
        ("RE: Relance : facture F-1", "Voir avec le syndic, ce n'est pas nous.", "wrong_contact"),
        # A forward that gives us an address stays a redirection.
        (
            "TR: Relance : facture F-1",
            "Merci d'utiliser désormais compta@client-sa.fr pour vos factures.",
            "wrong_contact",
        ),
    ],
)
def test_forward_without_address_is_no_redirection(subject: str, words: str, expected: str) -> None:
    assert classify(make_reply(words, subject=subject)).category == expected
