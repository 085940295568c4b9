"""Replies a person reads and corrects: relabel, link, done, the suggested contact.

A real firm folder: invoices imported and first reminders sent by the CLI, replies delivered
into its local inbox/ Maildir and read by a tick, then the person's commands.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from relancebot.review.replies import NoContactToConfirm, replies_to_read, without_links
from relancebot.store.records import web_actor

from .conftest import Firm
from .test_linking import app_of, reminder_id, reply, seed
from .test_watcher_cli import drop

READ_AT = "2026-11-05T10:00"
LATER = "2026-11-05T11:00"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("voir https://evil.example/payer?x=1 merci", "voir [lien retiré : evil.example] merci"),
        ("HTTP://Evil.Example:8080/a", "[lien retiré : evil.example]"),
        ("sur www.banque-faux.fr/login.", "sur [lien retiré : www.banque-faux.fr]"),
        ("http://user@evil.example/", "[lien retiré : evil.example]"),
        ("ftp://files.example/f.pdf", "[lien retiré : files.example]"),
        ("https://", "[lien retiré]"),
        ("compta@dupont.fr, facture F-2026-0412", "compta@dupont.fr, facture F-2026-0412"),
        ("le site dupont.fr", "le site dupont.fr"),
    ],
)
def test_links_become_plain_words(text: str, shown: str) -> None:
    assert without_links(text) == shown


def rows(firm: Firm, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        return conn.execute(sql, params).fetchall()


def reply_id(firm: Firm, sender: str) -> int:
    ((found,),) = rows(firm, "SELECT id FROM replies WHERE sender = ?", sender)
    assert isinstance(found, int)
    return found


def open_read_tasks(firm: Firm) -> list[tuple[object, ...]]:
    return rows(
        firm,
        "SELECT customer_id, reply_id FROM tasks WHERE kind = 'read_reply' AND state = 'open'",
    )


@pytest.fixture
def inbox(firm: Firm) -> Firm:
    """Four invoices, first reminders sent; then a promise (linked), two strangers' messages
    (linked to nothing) and an unreadable one, read by a tick."""
    seed(firm)
    app = app_of(firm)
    messages = {
        "1.promise": reply(
            "ap@acme.fr",
            "Nous payerons le 20 novembre 2026.",
            in_reply_to=reminder_id(app, "F-2026-0420"),
        ),
        "2.stranger": reply(
            "inconnu@ailleurs.example",
            "Bonjour, merci de consulter https://evil.example/payer pour la suite.",
            subject="Question",
        ),
        "3.other": reply("quelquun@autre.example", "Qui êtes-vous ?", subject="?"),
        "4.broken": b"Subject: ?\r\n\r\n\x00\x01",
    }
    for name, raw in messages.items():
        drop(firm.root / "inbox", raw, name)
    firm.run("tick", now="2026-11-04T10:00")
    return firm


def test_the_replies_to_read_show_plain_text_only(inbox: Firm) -> None:
    out = inbox.run("replies", "--to-review", now=READ_AT).output
    assert "inconnu@ailleurs.example" in out and "quelquun@autre.example" in out
    assert "mise de côté" in out
    assert "ap@acme.fr" not in out  # a promise linked at arrival: nothing to read
    assert "[lien retiré : evil.example]" in out and "https://" not in out
    stranger = reply_id(inbox, "inconnu@ailleurs.example")
    assert f"#{stranger}  " in out
    views = replies_to_read(app_of(inbox).db)
    # The last read from the mailbox first (the unreadable one has no sender).
    assert [v.sender for v in views] == ["", "quelquun@autre.example", "inconnu@ailleurs.example"]
    assert all(v.to_read for v in views)
    assert len(replies_to_read(app_of(inbox).db, include_all=True)) == 4


def test_relabel_keeps_the_correction_and_changes_nothing_else(inbox: Firm) -> None:
    stranger = reply_id(inbox, "inconnu@ailleurs.example")
    (before,) = rows(inbox, "SELECT category FROM replies WHERE id = ?", stranger)
    chases = rows(inbox, "SELECT number, chase, paused_until FROM invoices ORDER BY number")
    out = inbox.run(
        "replies", "relabel", str(stranger), "dispute", "--note", "conteste au téléphone",
        now=READ_AT,
    ).output  # fmt: skip
    assert f"Réponse #{stranger} : {before[0]} → dispute" in out
    assert rows(
        inbox, "SELECT predicted, category, note, labelled_by, excerpt FROM reply_labels"
    ) == [(before[0], "dispute", "conteste au téléphone", "commande", _excerpt(inbox, stranger))]
    assert rows(inbox, "SELECT category FROM replies WHERE id = ?", stranger) == [("dispute",)]
    # A second correction keeps what the classifier said.
    inbox.run("replies", "relabel", str(stranger), "other", now=LATER)
    assert rows(inbox, "SELECT predicted, category FROM reply_labels") == [(before[0], "other")]
    events = rows(
        inbox, "SELECT summary, actor FROM events WHERE kind = 'reply_relabelled' ORDER BY id"
    )
    assert len(events) == 2 and all(actor == "commande" for _s, actor in events)
    assert "« contestation » par une personne (conteste au téléphone)" in str(events[0][0])
    assert rows(inbox, "SELECT number, chase, paused_until FROM invoices ORDER BY number") == chases
    assert "Catégorie corrigée par une personne" in inbox.run("replies", now=LATER).output


def _excerpt(firm: Firm, reply: int) -> str:
    ((text,),) = rows(firm, "SELECT excerpt FROM replies WHERE id = ?", reply)
    assert isinstance(text, str) and "evil.example" in text
    return text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("relabel", "{id}", "paid"), "catégorie inconnue 'paid' ; au choix : bounce,"),
        (("relabel", "999", "other"), "aucune réponse n° 999"),
        (("link", "{id}"), "indiquez une facture ou un client"),
        (("link", "{id}", "--invoice", "F-1", "--customer", "acme-sarl"), "l'un ou l'autre"),
        (("link", "{id}", "--invoice", "F-9999"), "facture inconnue : 'F-9999'"),
        (("link", "{id}", "--customer", "personne"), "client inconnu : 'personne'"),
        (("done", "999"), "aucune réponse n° 999"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    inbox: Firm, args: tuple[str, ...], message: str
) -> None:
    stranger = str(reply_id(inbox, "inconnu@ailleurs.example"))
    events = rows(inbox, "SELECT count(*) FROM events")
    result = inbox.run("replies", *(a.format(id=stranger) for a in args), now=READ_AT, ok=False)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert rows(inbox, "SELECT count(*) FROM events") == events
    assert rows(inbox, "SELECT count(*) FROM reply_labels") == [(0,)]


def test_link_records_the_link_closes_the_task_and_acts_on_nothing(inbox: Firm) -> None:
    stranger = reply_id(inbox, "inconnu@ailleurs.example")
    (broken,) = rows(inbox, "SELECT id FROM replies WHERE state = 'quarantined'")
    # Both strangers' replies and the unreadable one share one task: "no customer".
    assert open_read_tasks(inbox) == [(None, broken[0])]
    inbox.run("replies", "relabel", str(stranger), "dispute", now=READ_AT)
    invoices = rows(inbox, "SELECT * FROM invoices ORDER BY number")
    out = inbox.run("replies", "link", str(stranger), "--invoice", "F-2026-0420", now=READ_AT)
    assert f"Réponse #{stranger} liée à F-2026-0420 (acme-sarl)." in out.output
    assert rows(
        inbox,
        "SELECT customer_id, state, link_method, linked_by FROM replies WHERE id = ?",
        stranger,
    ) == [("acme-sarl", "handled", "none", "commande")]
    assert rows(
        inbox, "SELECT invoice_number FROM reply_invoices WHERE reply_id = ?", stranger
    ) == [("F-2026-0420",)]
    # A dispute linked by hand stops nothing: the person decides.
    assert rows(inbox, "SELECT * FROM invoices ORDER BY number") == invoices
    assert open_read_tasks(inbox) == [(None, broken[0])]  # the others are still to read
    review = inbox.run("replies", "--to-review", now=READ_AT).output
    assert "inconnu@ailleurs.example" not in review
    history = inbox.run("history", "F-2026-0420", now=READ_AT).output
    assert "liée à F-2026-0420 (acme-sarl) par une personne ; aucune action automatique" in history
    listing = inbox.run("replies", now=READ_AT).output
    assert "F-2026-0420 par une personne  [liée par une personne]" in listing


def test_done_closes_the_shared_task_with_the_last_reply_to_read(inbox: Firm) -> None:
    stranger = reply_id(inbox, "inconnu@ailleurs.example")
    other = reply_id(inbox, "quelquun@autre.example")
    (broken,) = rows(inbox, "SELECT id FROM replies WHERE state = 'quarantined'")
    assert open_read_tasks(inbox) == [(None, broken[0])]
    assert inbox.run("replies", "done", str(broken[0]), now=READ_AT).output.strip() == (
        f"Réponse #{broken[0]} marquée lue."
    )
    assert open_read_tasks(inbox) == [(None, other)]  # moved to one still unread
    assert "déjà lue" in inbox.run("replies", "done", str(broken[0]), now=LATER).output
    inbox.run("replies", "done", str(other), now=LATER)
    assert open_read_tasks(inbox) == [(None, stranger)]
    inbox.run("replies", "done", str(stranger), now=LATER)
    assert open_read_tasks(inbox) == []
    assert inbox.run("replies", "--to-review", now=LATER).output.strip() == (
        "Aucune réponse à lire."
    )
    assert rows(inbox, "SELECT count(*), min(actor) FROM events WHERE kind = 'reply_read'") == [
        (3, "commande")
    ]


def test_link_to_a_customer_only(inbox: Firm) -> None:
    stranger = reply_id(inbox, "inconnu@ailleurs.example")
    out = inbox.run("replies", "link", str(stranger), "--customer", "boulangerie-dupont")
    assert f"Réponse #{stranger} liée au client (boulangerie-dupont)." in out.output
    assert rows(inbox, "SELECT customer_id, state FROM replies WHERE id = ?", stranger) == [
        ("boulangerie-dupont", "unlinked")
    ]
    assert "inconnu@ailleurs.example" not in inbox.run("replies", "--to-review").output


def test_the_web_user_is_named_and_the_suggested_contact_confirmed(firm: Firm) -> None:
    from relancebot.review.reply_decisions import confirm_suggested_contact, relabel_reply

    seed(firm)
    app = app_of(firm)
    raw = reply(
        "compta@dupont.fr",
        "Je ne m'occupe plus de la comptabilité, merci d'écrire désormais à marie@dupont.fr",
        in_reply_to=reminder_id(app, "F-2026-0412"),
    )
    drop(firm.root / "inbox", raw, "1.contact")
    firm.run("tick", now="2026-11-04T10:00")
    (view,) = replies_to_read(app.db, include_all=True)
    assert (view.category, view.suggested_contact) == ("wrong_contact", "marie@dupont.fr")
    now = dt.datetime(2026, 11, 5, 10, tzinfo=dt.UTC)
    relabel_reply(app.db, view.id, "wrong_contact", now, actor=web_actor("claire"))
    assert rows(firm, "SELECT predicted, category, labelled_by FROM reply_labels") == [
        ("wrong_contact", "wrong_contact", "web:claire")
    ]
    assert rows(firm, "SELECT actor FROM events WHERE kind = 'reply_relabelled'") == [
        ("web:claire",),
        ("web:claire",),  # one line in each linked invoice's history
    ]
    address, resumed = confirm_suggested_contact(app.db, view.id, now, actor=web_actor("claire"))
    assert (address, resumed) == ("marie@dupont.fr", 2)
    assert rows(firm, "SELECT actor FROM events WHERE kind = 'contact_confirmed'") == [
        ("web:claire",)
    ]
    assert rows(firm, "SELECT chase FROM invoices WHERE customer_id = 'boulangerie-dupont'") == [
        ("active",),
        ("active",),
    ]
    with pytest.raises(NoContactToConfirm, match="déjà une adresse active"):
        confirm_suggested_contact(app.db, view.id, now)


def test_every_replies_command_has_help_and_is_in_the_readme() -> None:
    from pathlib import Path

    from click.testing import CliRunner

    from relancebot.cli import main

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for sub in ("relabel", "link", "done"):
        result = CliRunner().invoke(main, ["replies", sub, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100, sub
        assert f"`replies {sub} ID" in readme, sub
