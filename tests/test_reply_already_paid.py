""" "Déjà payé": the chase stops, a person checks the bank 10 business days later if no payment
is seen; the claim is never a payment; an imported payment closes the check."""

from __future__ import annotations

from .test_reply_common import World, reply, world

__all__ = ["world"]


def test_already_paid_pauses_then_checks_the_bank(world: World) -> None:
    world.invoices(
        ("F-1", "Boulangerie Dupont", "compta@dupont.fr", "2026-11-02"),
        ("F-2", "Boulangerie Dupont", "compta@dupont.fr", "2026-11-02"),
    )
    world.tick("2026-11-03T09:30")  # the first reminder, both invoices in one email
    assert len(world.mail_to("compta@dupont.fr")) == 1
    world.receive(
        reply(
            "compta@dupont.fr",
            "Bonjour, nous avons déjà réglé ces factures par virement le 2 novembre.",
            in_reply_to=world.reminder_id("F-1"),
        )
    )
    world.tick("2026-11-04T10:00")
    for number in ("F-1", "F-2"):
        row = world.invoice(number)
        assert row["chase"] == "paused" and row["paused_until"] is None
        assert row["paid_claimed_at"] and row["paid"] == "0.00" and row["paid_at"] is None
        assert any(k == "paid_claimed" for k, _ in world.events(number))
    checks = world.tasks("check_bank")
    # 10 business days after Wednesday 4 November, 11 November being a holiday.
    assert [(t["invoice_number"], t["due_at"]) for t in checks] == [
        ("F-1", "2026-11-19T08:00:00+00:00"),
        ("F-2", "2026-11-19T08:00:00+00:00"),
    ]
    assert "CHECK_BANK" not in world.due_tasks("2026-11-18T18:00")
    history = world.firm.run("history", "F-1").output
    assert "Le client dit avoir payé" in history

    world.days("2026-11-05", "2026-11-18")
    assert len(world.mail_to("compta@dupont.fr")) == 1  # no reminder while a person checks
    assert world.due_tasks("2026-11-19T09:00").count("CHECK_BANK") == 2  # back in the digest

    world.pay("F-1", "2026-11-19", now="2026-11-19T11:00")
    world.tick("2026-11-19T11:10")
    assert [t["invoice_number"] for t in world.tasks("check_bank")] == ["F-2"]
    assert [t["invoice_number"] for t in world.tasks("check_bank", "done")] == ["F-1"]
    world.days("2026-11-20", "2026-12-10")
    assert len(world.mail_to("compta@dupont.fr")) == 1  # F-2 still waits for a person
    assert world.invoice("F-2")["chase"] == "paused"
