"""A promise to pay: the chase pauses until the date plus 3 business days. Kept, nothing more
is sent; broken, a firmer email recalls it, threaded on the reminders, a call is asked for,
and the cadence goes on from that email."""

from __future__ import annotations

from .test_reply_common import World, reply, world

__all__ = ["world"]


def promise(world: World) -> None:
    world.invoices(("F-7", "Acme SARL", "ap@acme.fr", "2026-11-16"))
    world.tick("2026-11-17T09:30")  # first reminder
    world.receive(
        reply(
            "ap@acme.fr",
            "Bonjour, le règlement sera effectué le 20 novembre 2026. Cordialement",
            in_reply_to=world.reminder_id("F-7"),
        )
    )
    world.tick("2026-11-18T10:00")
    row = world.invoice("F-7")
    assert (row["chase"], row["promised_date"]) == ("paused", "2026-11-20")
    # Friday 20 November plus 3 business days: Wednesday 25, at the opening of the window.
    assert row["paused_until"] == "2026-11-25T08:00:00+00:00"


def test_promise_kept_nothing_more(world: World) -> None:
    promise(world)
    world.days("2026-11-19", "2026-11-23")
    world.pay("F-7", "2026-11-23", now="2026-11-24T08:00")
    world.days("2026-11-24", "2026-12-20")
    assert [m.message["Subject"] for m in world.mail_to("ap@acme.fr")] == [
        "Relance : facture F-7 en attente de règlement"
    ]
    assert world.tasks("call_broken_promise") == []


def test_promise_broken_firmer_email_then_the_cadence(world: World) -> None:
    promise(world)
    first = world.mail_to("ap@acme.fr")[0].message
    world.days("2026-11-19", "2026-11-24")
    assert len(world.mail_to("ap@acme.fr")) == 1  # nothing during the pause
    world.tick("2026-11-25T08:59")  # the pause ends at the opening of the window
    assert world.invoice("F-7")["chase"] == "paused"
    world.tick("2026-11-25T09:30")
    assert world.invoice("F-7")["chase"] == "active"
    (task,) = world.tasks("call_broken_promise")
    assert "non tenue" in task["summary"] and task["invoice_number"] == "F-7"
    firm_mail = world.mail_to("ap@acme.fr")[1].message
    assert firm_mail["Subject"] == "Engagement non tenu : facture F-7 toujours impayée"
    assert firm_mail["In-Reply-To"] == first["Message-ID"]
    text = firm_mail.get_body(("plain",)).get_content()
    assert "Le 18 novembre 2026, vous nous aviez annoncé le règlement" in text
    assert "pour le 20 novembre 2026" in text and "sous 8 jours" in text
    assert firm_mail.get_body(("html",)) is not None
    assert [p.get_filename() for p in firm_mail.iter_attachments()] == ["F-7.pdf"]
    assert any(k == "promise_broken" for k, _ in world.events("F-7"))

    world.days("2026-11-26", "2026-12-16")
    got = [(m.message["Subject"], m.message["Date"][:16]) for m in world.mail_to("ap@acme.fr")]
    assert got[2:] == [
        # The cadence counts from the firmer email of Wednesday 25: a week later, and so on.
        ("2e relance : facture F-7 impayée", "Wed, 02 Dec 2026"),
        ("Dernière relance avant mise en demeure : facture F-7", "Wed, 09 Dec 2026"),
    ]
    assert world.mail_to("ap@acme.fr")[2].message["In-Reply-To"] == firm_mail["In-Reply-To"]


def test_promise_without_a_date_pauses_seven_days(world: World) -> None:
    world.invoices(("F-8", "Acme SARL", "ap@acme.fr", "2026-11-16"))
    world.tick("2026-11-17T09:30")
    world.receive(
        reply(
            "ap@acme.fr",
            "Bonjour, notre comptable est absent, nous vous réglons dès son retour.",
            in_reply_to=world.reminder_id("F-8"),
        )
    )
    world.tick("2026-11-18T10:00")
    row = world.invoice("F-8")
    assert (row["promised_date"], row["paused_until"]) == (None, "2026-11-25T08:00:00+00:00")
    world.days("2026-11-19", "2026-11-25")
    mail = world.mail_to("ap@acme.fr")[-1].message
    assert mail["Subject"] == "Engagement non tenu : facture F-8 toujours impayée"
    assert "dans les prochains jours" in mail.get_body(("plain",)).get_content()
