"""A dispute stops the chase of that invoice and asks for a call, first in the list; the
customer's other invoices go on."""

from __future__ import annotations

from .test_reply_common import World, reply, world

__all__ = ["world"]


def test_dispute_stops_that_invoice_only(world: World) -> None:
    world.invoices(
        ("F-2026-0412", "Boulangerie Dupont", "compta@dupont.fr", "2026-11-02"),
        ("F-2026-0413", "Boulangerie Dupont", "compta@dupont.fr", "2026-11-02"),
    )
    world.tick("2026-11-03T09:30")
    world.receive(
        reply(
            "compta@dupont.fr",
            "Bonjour, nous contestons la facture F-2026-0412 : les travaux ne sont pas terminés.",
            subject="Re: F-2026-0412",
            in_reply_to=world.reminder_id("F-2026-0412"),
        )
    )
    world.tick("2026-11-04T10:00")
    row = world.invoice("F-2026-0412")
    assert row["chase"] == "stopped" and "litige" in row["chase_reason"]
    (task,) = world.tasks("call_dispute")
    assert task["priority"] == 1 and task["invoice_number"] == "F-2026-0412"
    assert "travaux ne sont pas terminés" in task["summary"]
    assert world.due_tasks("2026-11-04T10:00")[0] == "CALL_DISPUTE"
    world.days("2026-11-05", "2026-11-12")
    later = world.mail_to("compta@dupont.fr")[1].message
    assert (
        later["Subject"] == "2e relance : facture F-2026-0413 impayée"
    )  # F-2026-0412 no longer listed
