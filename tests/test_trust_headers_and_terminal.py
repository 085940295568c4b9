"""Headers as mail clients really send them, and nothing a customer wrote drives a terminal.

1. Raw 8-bit headers (RFC 6532 UTF-8, or Latin-1 from old clients) are read as text: a reply
   whose meaning is in its subject ("Déjà payé") is understood.
2. Escape sequences (OSC 8 links, window titles, colours) and bidirectional overrides never
   reach the terminal through `replies`, `digest` or `history`.
"""

from __future__ import annotations

import json
import re
from email.utils import make_msgid
from pathlib import Path

import pytest

from relancebot.classify import classify
from relancebot.classify.text import printable

from .conftest import Firm
from .test_trust_common import FIRST_REMINDERS, Office, office

__all__ = ["office"]

N = "F-2026-0900"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def raw_reply(sender: str, subject: str, body: str, *, in_reply_to: str = "",
              charset: str = "utf-8") -> bytes:  # fmt: skip
    """Headers written raw, 8-bit, in `charset`: no encoded words, as RFC 6532 allows."""
    head = [
        f"From: {sender}",
        "To: relances@atelier-morel.fr",
        f"Subject: {subject}",
        f"Message-ID: {make_msgid(domain='client.example')}",
        "Date: Wed, 04 Nov 2026 10:12:00 +0100",
        "MIME-Version: 1.0",
        f"Content-Type: text/plain; charset={charset}",
        "Content-Transfer-Encoding: 8bit",
    ]
    if in_reply_to:
        head += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode(charset)


@pytest.mark.parametrize(
    ("subject", "charset", "category"),
    [
        ("Déjà payé", "utf-8", "already_paid"),
        ("Facture déjà réglée par virement", "utf-8", "already_paid"),
        ("Déjà payé", "latin-1", "already_paid"),
        ("Réglée — virement parti le 2 novembre", "utf-8", "already_paid"),
        ("Contestation : travaux non terminés", "utf-8", "dispute"),
        ("Pas reçu la facture, merci de la renvoyer", "latin-1", "not_received"),
    ],
)
def test_the_meaning_in_a_raw_8bit_subject_is_read(
    office: Office, subject: str, charset: str, category: str
) -> None:
    office.invoices((N, "Acme SARL", "ap@acme.fr", "2026-11-02"))
    office.tick(FIRST_REMINDERS)
    raw = raw_reply(
        "Sébastien Müller <ap@acme.fr>", subject, "Cordialement,\nSébastien",
        in_reply_to=office.reminder_id(N), charset=charset,
    )  # fmt: skip
    office.receive(raw)
    office.tick("2026-11-04T10:00")
    (stored,) = office.replies()
    assert (stored["subject"], stored["category"]) == (subject, category)
    assert f"Objet : {subject}" in office.firm.run("replies").output


def test_classify_cli_reads_raw_utf8_headers(firm: Firm, tmp_path: Path) -> None:
    path = tmp_path / "paye.eml"
    path.write_bytes(raw_reply("Zoé <zoe@client.fr>", "Déjà payé", "Bonne journée"))
    (line,) = firm.run("classify", str(path)).output.splitlines()
    assert json.loads(line)["category"] == "already_paid"
    mixed = raw_reply("x@y.fr", "Re: =?utf-8?q?relance?= — déjà réglé, merci", "Merci")
    assert classify(mixed).subject == "Re: relance — déjà réglé, merci"


OSC8 = "\x1b]8;;https://evil.example/payer\x07cliquez ici\x1b]8;;\x07"
TITLE = "\x1b]0;relancebot: tout est payé\x07"
COLOURS = "\x1b[31;1mURGENT\x1b[0m \x9b2J"
BIDI = "\u202e0090-6202-F\u202c"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (f'"{TITLE}Compta" <ap@acme.fr>', f"{TITLE}Re: facture {N}",
         f"Nous contestons la facture {N}, voir {OSC8}. {COLOURS}"),
        ("=?utf-8?q?=1B]0;PWNED=07Compta?= <ap@acme.fr>",
         "=?utf-8?q?=1B[2J=1B]8;;http://x=07Contestation=1B]8;;=07?=",
         f"We dispute invoice {N}: {BIDI} is wrong. {OSC8}\x07\x08\x00"),
        ("ap@acme.fr", f"Litige {BIDI}",
         f"Bonjour,\n{COLOURS}\nla facture {N} est contestée : travaux non terminés.\u2066x\u2069"),
    ],
)  # fmt: skip
def test_no_escape_sequence_reaches_the_terminal(
    office: Office, sender: str, subject: str, body: str
) -> None:
    office.invoices((N, "Acme SARL", "ap@acme.fr", "2026-11-02"))
    office.tick(FIRST_REMINDERS)
    office.receive(raw_reply(sender, subject, body, in_reply_to=office.reminder_id(N)))
    office.tick("2026-11-04T10:00")
    assert office.invoice(N)["chase"] == "stopped"  # understood as the dispute it is
    for command in (("replies",), ("digest",), ("history", N), ("tick",)):
        out = office.firm.run(*command, now="2026-11-04T10:05").output
        assert not UNSAFE.search(out), (command, out)
    (stored,) = office.replies()
    for column in ("sender", "subject", "excerpt", "reasons"):
        assert not UNSAFE.search(stored[column]), column


@pytest.mark.parametrize(
    ("text", "one_line", "lines"),
    [
        (OSC8, "cliquez ici", "cliquez ici"),
        (TITLE + "titre", "titre", "titre"),
        (COLOURS, "URGENT ", "URGENT "),
        ("a\r\nb\tc\x00d", "a b cd", "a\nb\tcd"),
        ("abc\u202edcba\u202c", "abcdcba", "abcdcba"),
        ("\x1b]0;sans fin", "0;sans fin", "0;sans fin"),
    ],
)
def test_printable(text: str, one_line: str, lines: str) -> None:
    assert printable(text) == one_line
    assert printable(text, lines=True) == lines


def test_a_message_set_aside_shows_no_escape_either(office: Office) -> None:
    office.invoices((N, "Acme SARL", "ap@acme.fr", "2026-11-02"))
    office.receive(
        b"Subject: \x1b]0;PWNED\x07\x1b[5mBonjour\xe2\x80\xae\r\n\r\nno sender at all\r\n"
    )
    office.tick("2026-11-04T10:00")
    (stored,) = office.replies()
    assert stored["state"] == "quarantined"
    for command in (("replies", "--to-review"), ("digest",)):
        out = office.firm.run(*command, now="2026-11-04T10:05").output
        assert "Bonjour" in out and not UNSAFE.search(out), (command, out)
    summaries = office.app().db.execute("SELECT summary FROM events").fetchall()
    assert not [s for (s,) in summaries if UNSAFE.search(s)]
