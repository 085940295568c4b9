"""An out-of-office reply changes nothing: the next reminder still goes."""

from __future__ import annotations

from .test_reply_common import World, world

__all__ = ["world"]


def test_auto_reply_changes_nothing(world: World) -> None:
    world.invoices(("F-1", "Acme SARL", "ap@acme.fr", "2026-11-02"))
    world.tick("2026-11-03T09:30")
    world.receive(
        b"From: ap@acme.fr\r\nTo: relances@atelier-morel.fr\r\nSubject: Absence du bureau\r\n"
        b"Auto-Submitted: auto-replied\r\nMessage-ID: <ooo.1@acme.fr>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nJe suis absent jusqu'au 10.\r\n"
    )
    world.tick("2026-11-03T10:00")
    assert world.invoice("F-1")["chase"] == "active"
    assert world.app().db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 0
    world.days("2026-11-04", "2026-11-10")
    assert [m.message["Subject"] for m in world.mail_to("ap@acme.fr")] == [
        "Relance : facture F-1 en attente de règlement",
        "2e relance : facture F-1 impayée",
    ]
