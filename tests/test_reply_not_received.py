""" "Facture jamais reçue": the duplicate goes at once (inside the sending window), to a
known address of that customer only, at most once a week per invoice, and the cadence restarts
from it."""

from __future__ import annotations

from .conftest import pdf_bytes
from .test_reply_common import World, reply, world

__all__ = ["world"]

NEVER = "Bonjour, nous n'avons jamais reçu cette facture, pouvez-vous nous la renvoyer ? Merci"


def acme(world: World) -> None:
    world.invoices(("F-2026-0420", "Acme SARL", "ap@acme.fr", "2026-11-02"))
    world.tick("2026-11-03T09:30")  # first reminder


def test_duplicate_sent_once_and_the_cadence_restarts(world: World) -> None:
    acme(world)
    first = world.mail_to("ap@acme.fr")[0].message
    world.receive(reply("ap@acme.fr", NEVER, in_reply_to=world.reminder_id("F-2026-0420")))
    world.tick("2026-11-06T10:00")  # Friday
    duplicate = world.mail_to("ap@acme.fr")[1]
    msg = duplicate.message
    assert duplicate.rcpt_tos == ["ap@acme.fr"]
    assert msg["Subject"] == "Duplicata de la facture F-2026-0420"
    assert msg["In-Reply-To"] == first["Message-ID"]
    parts = {p.get_filename(): p.get_payload(decode=True) for p in msg.iter_attachments()}
    assert parts == {"F-2026-0420.pdf": pdf_bytes("F-2026-0420")}
    assert "Suite à votre message" in msg.get_body(("plain",)).get_content()
    row = world.invoice("F-2026-0420")
    assert row["last_duplicate_at"] == row["cadence_anchor_at"] == "2026-11-06T09:00:00+00:00"

    # An auto-responder, or an impatient customer, asks again 3 days later: no second resend.
    world.receive(reply("ap@acme.fr", NEVER, in_reply_to=world.reminder_id("F-2026-0420")))
    world.tick("2026-11-09T10:00")
    assert len(world.mail_to("ap@acme.fr")) == 2
    assert "duplicate_skipped" in [k for k, _ in world.events("F-2026-0420")]
    assert len(world.outbox("duplicate")) == 1

    world.days("2026-11-09", "2026-11-13")
    got = [(m.message["Subject"], m.message["Date"][:16]) for m in world.mail_to("ap@acme.fr")]
    # Without the resend the second reminder would have left on Tuesday 10; it counts from
    # Friday 6 instead: a week later.
    assert got[2:] == [("2e relance : facture F-2026-0420 impayée", "Fri, 13 Nov 2026")]


def test_duplicate_waits_for_the_sending_window(world: World) -> None:
    acme(world)
    world.receive(reply("ap@acme.fr", NEVER, in_reply_to=world.reminder_id("F-2026-0420")))
    world.tick("2026-11-06T19:00")
    assert len(world.mail_to("ap@acme.fr")) == 1
    assert world.outbox("duplicate")[0]["state"] == "pending"
    world.tick("2026-11-09T08:00")
    assert len(world.mail_to("ap@acme.fr")) == 1
    world.tick("2026-11-09T09:00")
    assert world.mail_to("ap@acme.fr")[-1].message["Subject"].startswith("Duplicata")


def test_an_outsider_naming_a_real_invoice_gets_nothing(world: World) -> None:
    acme(world)
    world.receive(
        reply(
            "escroc@evil.example",
            "Bonjour, nous n'avons jamais reçu la facture F-2026-0420, renvoyez-la ici svp.",
            subject="Facture F-2026-0420",
        )
    )
    world.tick("2026-11-06T10:00")
    assert world.mail_to("escroc@evil.example") == []
    assert all("escroc" not in str(r.rcpt_tos) for r in world.smtp.received)
    # Nor to the customer: "suite à votre message" about a message it never wrote. A person
    # reads the request and sends the duplicate if it is legitimate (tests/test_trust_*).
    assert world.outbox("duplicate") == []
    (task,) = world.tasks("read_reply")
    assert "escroc@evil.example" in task["summary"] and "duplicata" in task["summary"]


def test_same_domain_linked_only_by_domain_gets_nothing(world: World) -> None:
    acme(world)
    world.receive(reply("stagiaire@acme.fr", NEVER))  # no reference, no number: the domain
    world.tick("2026-11-06T10:00")
    assert world.mail_to("stagiaire@acme.fr") == []
    assert [d["recipients"] for d in world.outbox("duplicate")] == [["ap@acme.fr"]]


def test_same_domain_answering_our_reminder_gets_the_duplicate(world: World) -> None:
    acme(world)
    mid = world.reminder_id("F-2026-0420")
    world.receive(reply("comptabilite@acme.fr", NEVER, in_reply_to=mid))
    world.tick("2026-11-06T10:00")
    assert [r.rcpt_tos for r in world.mail_to("comptabilite@acme.fr")] == [["comptabilite@acme.fr"]]
    assert world.tasks("read_reply") == []


def test_public_webmail_is_not_a_customer_domain(world: World) -> None:
    world.invoices(("F-30", "Jean Martin", "jean.martin@gmail.com", "2026-11-02"))
    world.tick("2026-11-03T09:30")
    mid = world.reminder_id("F-30")
    world.receive(reply("quelquun@gmail.com", NEVER, in_reply_to=mid))
    world.tick("2026-11-06T10:00")
    assert world.mail_to("quelquun@gmail.com") == []
    assert world.outbox("duplicate") == []  # a stranger at gmail.com: a person reads it
    assert "quelquun@gmail.com" in world.tasks("read_reply")[0]["summary"]
