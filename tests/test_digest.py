"""The daily digest: what it says, and that it goes once per business day at the right time."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from relancebot.store.tasks import TaskKind

from .conftest import Firm
from .review_helpers import add_reply, add_task, db_of, setup_firm
from .servers.smtp import SmtpServer


def digests(smtp: SmtpServer) -> list[object]:
    return [r for r in smtp.received if r.rcpt_tos == ["gerant@atelier-morel.fr"]]


def test_digest_lists_calls_by_priority_with_excerpt_and_totals(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")  # first reminders
    db = db_of(firm)
    reply = add_reply(
        db,
        "studio-lefevre",
        "F-3",
        "dispute",
        "Les travaux ne sont pas terminés.",
        "2026-11-04T11:00",
    )
    add_task(
        db,
        TaskKind.CALL_OVERDUE,
        "F-1 : 30 jours",
        "2026-11-04T08:00",
        customer="boulangerie-dupont",
        invoice="F-1",
    )
    add_task(
        db,
        TaskKind.CALL_DISPUTE,
        "Litige F-3",
        "2026-11-04T11:00",
        customer="studio-lefevre",
        invoice="F-3",
        reply_id=reply,
    )
    add_task(
        db,
        TaskKind.CHECK_BANK,
        "Déjà payé ?",
        "2026-11-04T10:00",
        customer="boulangerie-dupont",
        invoice="F-2",
    )
    text = firm.run("digest", now="2026-11-05T08:45").output.replace("\u202f", " ")
    text = text.replace("\xa0", " ")
    dispute, bank, overdue = (
        text.index(s) for s in ("Litige F-3", "Déjà payé ?", "F-1 : 30 jours")
    )
    assert dispute < bank < overdue
    assert "« Les travaux ne sont pas terminés. »" in text and "contestation" in text
    assert "indice : dispute" in text
    assert "01 40 00 00 00" in text and "M. Lefèvre" in text
    assert "1re relance préparée pour studio@lefevre.fr" in text  # what the bot already did
    # 1250 + 120 + 600 overdue (F-4 is due on 10 November)
    assert "Retards : 1 970,00 € sur 3 factures (2 clients)" in text
    assert "Reste dû au total : 5 570,00 €" in text
    assert "Relance : factures F-1, F-2" in text  # reminders sent since the last digest
    assert "(F-4) : 1re relance" in text  # coming in the next 5 business days


def test_sent_once_per_business_day_after_digest_time(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")  # a reminder goes: the 4th has something to say
    assert digests(smtp_server) == []  # nothing sent before: the first day's digest had no news
    firm.run("tick", now="2026-11-04T08:00")
    assert digests(smtp_server) == []  # before 08:30
    firm.run("tick", now="2026-11-04T08:40")
    firm.run("tick", now="2026-11-04T08:40")
    firm.run("tick", now="2026-11-04T15:00")
    sent = digests(smtp_server)
    assert len(sent) == 1
    message = sent[0].message  # type: ignore[attr-defined]
    assert message["Subject"].startswith("Relances : le point du 4 novembre 2026")
    assert message["From"].addresses[0].addr_spec == "relances@atelier-morel.fr"
    assert message.get_body(("html",)) is not None
    # Nothing new since: no digest on the 5th.
    firm.run("tick", now="2026-11-05T08:40")
    assert len(digests(smtp_server)) == 1
    # Weekend and 11 November (a holiday): nothing, even with news.
    db = db_of(firm)
    add_task(
        db,
        TaskKind.CALL_DIFFICULTY,
        "Difficulté",
        "2026-11-06T12:00",
        customer="studio-lefevre",
        invoice="F-3",
    )
    for when in ("2026-11-07T09:00", "2026-11-08T09:00"):
        firm.run("tick", now=when)
    assert len(digests(smtp_server)) == 1
    firm.run("tick", now="2026-11-09T08:31")
    assert len(digests(smtp_server)) == 2
    firm.run("tick", now="2026-11-11T09:00")
    assert len(digests(smtp_server)) == 2
    firm.run("tick", now="2026-11-12T09:00")
    assert len(digests(smtp_server)) == 3
    rows = db.execute("SELECT kind, in_window, customer_id FROM outbox WHERE kind = 'digest'")
    assert {tuple(r) for r in rows} == {("digest", 0, None)}


def test_without_review_email_written_to_a_file(firm: Firm) -> None:
    setup_firm(firm, review="")
    firm.run("tick", now="2026-11-03T09:30")
    firm.run("tick", now="2026-11-04T09:00")
    path = firm.root / "digests" / "2026-11-04.html"
    assert path.exists() and "Le point du 4 novembre 2026" in path.read_text(encoding="utf-8")
    assert not (firm.root / "outbox" / "new").exists() or all(
        b"gerant" not in p.read_bytes() for p in (firm.root / "outbox" / "new").iterdir()
    )


class Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.headings: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [v for k, v in attrs if k == "id" and v]
        self._in_h2 = tag == "h2"

    def handle_data(self, data: str) -> None:
        if self._in_h2 and data.strip():
            self.headings.append(data.strip())

    def handle_endtag(self, tag: str) -> None:
        self._in_h2 = False


def test_html_sections_and_send_command(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")
    out = firm.root / "digest.html"
    firm.run("digest", "--html", str(out), now="2026-11-04T07:00")
    parser = Sections()
    parser.feed(out.read_text(encoding="utf-8"))
    assert parser.ids == ["totaux", "a-faire", "traite", "envoyees", "a-venir"]
    assert parser.headings[0] == "1. À faire" and parser.headings[-1].startswith("4. À venir")
    firm.run("digest", "--send", now="2026-11-04T07:00")
    assert len(digests(smtp_server)) == 1
    firm.run("tick", now="2026-11-04T09:00")  # already sent today
    assert len(digests(smtp_server)) == 1
    events = db_of(firm).execute("SELECT detail FROM events WHERE kind = 'digest_sent'")
    assert [json.loads(d)["calls"] for (d,) in events] == [0]
