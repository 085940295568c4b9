"""Builds realistic reply emails around a customer's words, quoting our reminder."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parent
DATE = "Wed, 18 Nov 2026 10:00:00 +0100"
REMINDER = (
    "Bonjour Madame, Monsieur,\n\nSauf erreur de notre part, la facture n° F-2026-0412 du "
    "2 octobre 2026, d'un montant de 1 041,67 € HT, soit 1 250,00 € TTC, arrivée à échéance "
    "le 1er novembre 2026, reste impayée à ce jour. Vous la trouverez ci-jointe.\n\nSi votre "
    "règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce "
    "message. En cas de désaccord ou de question, n'hésitez pas à nous contacter.\n\nNous vous "
    "remercions par avance de votre règlement.\n\nBien cordialement,\nAtelier Morel SARL\n"
    "01 23 45 67 89"
)

QUOTE_STYLES = {
    "gmail_fr": "Le lun. 17 nov. 2026 à 09:00, Atelier Morel SARL <relances@atelier-morel.fr>"
    " a écrit :\n{quoted}",
    "gmail_fr_wrapped": "Le lun. 17 nov. 2026 à 09:00, Atelier Morel SARL <\n"
    "relances@atelier-morel.fr> a écrit\u00a0:\n{quoted}",
    "outlook_fr": "De : Atelier Morel SARL <relances@atelier-morel.fr>\nEnvoyé : lundi 17 "
    "novembre 2026 09:00\nÀ : Compta <compta@client-sa.fr>\nObjet : Relance : facture "
    "F-2026-0412 en attente de règlement\n\n{plain}",
    "outlook_en": "From: Atelier Morel SARL <relances@atelier-morel.fr>\nSent: Monday, "
    "November 17, 2026 9:00 AM\nTo: Accounts <compta@client-sa.fr>\nSubject: Reminder: invoice "
    "F-2026-0412 awaiting payment\n\n{plain}",
    "origine": "-----Message d'origine-----\nDe : relances@atelier-morel.fr\n{plain}",
    "original": "-----Original Message-----\nFrom: relances@atelier-morel.fr\n{plain}",
    "english_on": "On Mon, Nov 17, 2026 at 9:00 AM Atelier Morel SARL "
    "<relances@atelier-morel.fr> wrote:\n{quoted}",
}


def quote(style: str) -> str:
    quoted = "\n".join("> " + line for line in REMINDER.splitlines())
    return QUOTE_STYLES[style].format(quoted=quoted, plain=REMINDER)


def make_reply(
    words: str,
    *,
    style: str = "gmail_fr",
    subject: str = "RE: Relance : facture F-2026-0412 en attente de règlement",
    html: bool = False,
    headers: dict[str, str] | None = None,
    date: str | None = DATE,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jean Dupont <jean.dupont@client-sa.fr>"
    msg["To"] = "Atelier Morel SARL <relances@atelier-morel.fr>"
    msg["Subject"] = subject
    if date:
        msg["Date"] = date
    msg["Message-ID"] = "<reply.1@client-sa.fr>"
    msg["In-Reply-To"] = "<rb.1.AbCdEf.sig@atelier-morel.fr>"
    msg["References"] = "<rb.1.AbCdEf.sig@atelier-morel.fr>"
    for name, value in (headers or {}).items():
        msg[name] = value
    text = words + "\n\nCordialement,\nJean Dupont\n\n" + quote(style)
    if html:
        body = "".join(f"<p>{line}</p>" for line in words.splitlines())
        msg.set_content(
            f"<html><body>{body}<div class='gmail_quote'><blockquote>{REMINDER}"
            "</blockquote></div></body></html>",
            subtype="html",
        )
    else:
        msg.set_content(text)
    return msg.as_bytes()


def load_table(name: str) -> list[list[str]]:
    rows = []
    for line in (CASES_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.replace("\\n", "\n") for cell in line.split("\t")])
    return rows
