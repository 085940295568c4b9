"""Not the right contact: the chase pauses, the address given is kept inactive for a person
to confirm; nothing is ever sent to it before."""

from __future__ import annotations

from .test_reply_common import World, reply, world

__all__ = ["world"]


def test_wrong_contact_suggests_an_inactive_address(world: World) -> None:
    world.invoices(("F-1", "Acme SARL", "ap@acme.fr", "2026-11-02"))
    world.tick("2026-11-03T09:30")
    world.receive(
        reply(
            "ap@acme.fr",
            "Bonjour, je ne m'occupe plus de la comptabilité, merci d'écrire désormais à"
            " paul.achats@acme.fr. Cordialement",
            in_reply_to=world.reminder_id("F-1"),
        )
    )
    world.tick("2026-11-04T10:00")
    db = world.app().db
    reply_id = db.execute("SELECT id FROM replies").fetchone()[0]
    contact = db.execute(
        "SELECT active, source FROM contacts WHERE email = 'paul.achats@acme.fr'"
    ).fetchone()
    assert tuple(contact) == (0, f"reply:{reply_id}")
    assert world.invoice("F-1")["chase"] == "paused"
    (task,) = world.tasks("confirm_contact")
    assert "paul.achats@acme.fr" in task["summary"] and task["customer_id"] == "acme-sarl"
    world.days("2026-11-05", "2026-11-20")
    assert world.mail_to("paul.achats@acme.fr") == []
    assert len(world.mail_to("ap@acme.fr")) == 1
