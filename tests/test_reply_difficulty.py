"""A customer who cannot pay now: the chase pauses with no end, a person decides."""

from __future__ import annotations

from .test_reply_common import World, reply, world

__all__ = ["world"]


def test_difficulty_pauses_and_asks_for_a_call(world: World) -> None:
    world.invoices(("F-1", "Acme SARL", "ap@acme.fr", "2026-11-02"))
    world.tick("2026-11-03T09:30")
    world.receive(
        reply(
            "ap@acme.fr",
            "Bonjour, nous traversons des difficultés de trésorerie, pourrions-nous payer en"
            " plusieurs fois ?",
            in_reply_to=world.reminder_id("F-1"),
        )
    )
    world.tick("2026-11-04T10:00")
    row = world.invoice("F-1")
    assert (row["chase"], row["paused_until"]) == ("paused", None)
    (task,) = world.tasks("call_difficulty")
    assert "échéancier" in task["summary"]
    world.days("2026-11-05", "2026-12-10")
    assert len(world.mail_to("ap@acme.fr")) == 1  # no reminder, no escalation email
    assert (
        "en pause : une personne décide"
        in world.firm.run("plan", "--all", now="2026-12-10T10:00").output
    )
