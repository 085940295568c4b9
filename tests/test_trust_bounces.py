"""A delivery failure marks an address failing only when it is about our own email.

Proof: one of our signed Message-IDs in the notice, of a message that went to that address;
or, in a notice that quotes no message at all, our email to that address within
`bounce_recent_days` (30). A notice about someone else's message, a forged reference, or an
address we have not written to asks a person, and the address stays in use.
"""

from __future__ import annotations

import re
from email.utils import make_msgid
from pathlib import Path

import pytest

from relancebot.classify import classify

from .test_linking import bounce
from .test_trust_common import FIRST_REMINDERS, Office, office

__all__ = ["office"]

BOUNCES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bounces"
REAL = ["lhost-postfix-06.eml", "lhost-gmail-03.eml", "lhost-qmail-10.eml", "lhost-exim-04.eml",
        "lhost-sendmail-04.eml"]  # fmt: skip
needs_corpus = pytest.mark.skipif(not BOUNCES.is_dir(), reason=f"no bounce corpus at {BOUNCES}")


def failing(office: Office, address: str) -> bool:
    row = office.contact(address)
    assert row is not None
    return row["failing_since"] is not None


def real_bounce(name: str, recipient: str, message_id: str | None) -> bytes:
    """A real MTA's notice from the corpus, about `recipient`, quoting `message_id` (or the
    foreign Message-ID it quoted, when None)."""
    raw = (BOUNCES / name).read_bytes()
    found = classify(raw)
    assert found.failed_recipient and found.original_message_id
    text = raw.decode("utf-8", "surrogateescape")
    text = re.sub(re.escape(found.failed_recipient), recipient, text, flags=re.IGNORECASE)
    if message_id is not None:
        text = text.replace(found.original_message_id, message_id)
    return text.encode("utf-8", "surrogateescape")


def french_notice(failed: str, quoted_id: str = "") -> bytes:
    """A plain-text notice as a small French host writes it, from any domain."""
    quoted = f"Message-ID: {quoted_id}\r\nSubject: Relance\r\n" if quoted_id else ""
    return (
        "From: Postmaster <postmaster@hebergeur-quelconque.example>\r\n"
        "To: relances@atelier-morel.fr\r\nSubject: Non remis : Relance\r\n"
        f"Message-ID: {make_msgid(domain='hebergeur-quelconque.example')}\r\n"
        "Date: Wed, 04 Nov 2026 10:12:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Votre message n'a pas pu être remis à {failed} : adresse introuvable (5.1.1).\r\n"
        + (f"\r\n----- Message d'origine -----\r\n{quoted}" if quoted else "")
    ).encode()


def acme(office: Office, due: str = "2026-11-02") -> None:
    office.invoices(("F-2026-0800", "Acme SARL", "ap@acme.fr", due))


@needs_corpus
@pytest.mark.parametrize("name", REAL)
def test_a_real_bounce_of_our_reminder_marks_the_address(office: Office, name: str) -> None:
    acme(office)
    office.tick(FIRST_REMINDERS)
    office.receive(real_bounce(name, "ap@acme.fr", office.reminder_id("F-2026-0800")))
    office.tick("2026-11-04T10:00")
    assert failing(office, "ap@acme.fr")
    (task,) = office.tasks("call_failing_address")
    assert "ap@acme.fr" in task["summary"]


@needs_corpus
@pytest.mark.parametrize("name", REAL[:3])
def test_a_real_bounce_of_someone_elses_message_asks_a_person(office: Office, name: str) -> None:
    acme(office)
    office.tick(FIRST_REMINDERS)  # we did write to ap@acme.fr: still not proof enough
    office.receive(real_bounce(name, "ap@acme.fr", None))
    office.tick("2026-11-04T10:00")
    assert not failing(office, "ap@acme.fr")
    (task,) = office.tasks()
    assert task["kind"] == "read_reply" and "n'est pas de nous" in task["summary"]


@pytest.mark.parametrize(
    "forged",
    [
        lambda office: french_notice("ap@acme.fr"),  # quotes nothing, nothing sent to it yet
        lambda office: bounce("ap@acme.fr"),  # a standard DSN, same
        lambda office: bounce("ap@acme.fr", "<rb.AAAAAAAAAA.0123456789abcdef@atelier-morel.fr>"),
        lambda office: french_notice("ap@acme.fr", "<CAKx9=abc@mail.gmail.com>"),
    ],
)
def test_a_forged_bounce_never_marks_an_address(office: Office, forged: object) -> None:
    acme(office, due="2026-11-30")  # nothing sent yet: no reminder before the due date
    assert callable(forged)
    office.receive(forged(office))
    office.tick("2026-11-04T10:00")
    assert not failing(office, "ap@acme.fr")
    (task,) = office.tasks()
    assert task["kind"] == "read_reply" and "ap@acme.fr" in task["summary"]
    assert "pas marquée en échec" in task["summary"]
    office.days("2026-12-01", "2026-12-02")
    assert [m.rcpt_tos for m in office.customer_mail()] == [["ap@acme.fr"]]  # the chase goes on


def test_our_reference_to_another_address_is_no_proof(office: Office) -> None:
    office.invoices(
        ("F-2026-0800", "Acme SARL", "ap@acme.fr", "2026-11-02"),
        ("F-2026-0801", "Boulangerie Dupont", "compta@dupont.fr", "2026-11-02"),
    )
    office.tick(FIRST_REMINDERS)
    office.receive(bounce("ap@acme.fr", office.reminder_id("F-2026-0801")))
    office.tick("2026-11-04T10:00")
    assert not failing(office, "ap@acme.fr")
    assert [t["kind"] for t in office.tasks()] == ["read_reply"]


def test_a_notice_quoting_nothing_is_believed_for_an_address_we_just_wrote_to(
    office: Office,
) -> None:
    acme(office)
    office.tick(FIRST_REMINDERS)
    office.receive(french_notice("ap@acme.fr"))
    office.tick("2026-11-04T10:00")
    assert failing(office, "ap@acme.fr")


def test_a_notice_quoting_nothing_is_not_believed_a_month_later(office: Office) -> None:
    acme(office)
    office.tick(FIRST_REMINDERS)
    office.firm.run("pause", "F-2026-0800", "--until", "2027-01-15", now="2026-11-03T10:00")
    office.receive(french_notice("ap@acme.fr"))
    office.tick("2026-12-10T10:00")  # 37 days after our only email to it
    assert not failing(office, "ap@acme.fr")
    assert "30 jours" in office.tasks("read_reply")[0]["summary"]
