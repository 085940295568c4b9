"""A bounce marks the address failing: never mailed again, a person phones."""

from __future__ import annotations

from .test_linking import bounce
from .test_reply_common import World, world

__all__ = ["world"]


def test_bounce_marks_the_address_failing(world: World) -> None:
    world.invoices(("F-1", "Acme SARL", "ap@acme.fr", "2026-11-02"))
    world.tick("2026-11-03T09:30")
    world.receive(bounce("ap@acme.fr", world.reminder_id("F-1")))
    world.tick("2026-11-03T10:00")
    failing = (
        world.app()
        .db.execute("SELECT failing_since FROM contacts WHERE email = 'ap@acme.fr'")
        .fetchone()[0]
    )
    assert failing
    (task,) = world.tasks("call_failing_address")
    assert "ap@acme.fr" in task["summary"]
    world.days("2026-11-04", "2026-11-20")
    assert len(world.mail_to("ap@acme.fr")) == 1  # the level 2 of 10 November never left
    assert world.outbox("reminder")[-1]["recipients"] == ["ap@acme.fr"]
