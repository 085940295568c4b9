"""The periodic report to the firm's manager (`[review] report_every`): once per month or week,
on the period's first business day after the digest time, where each case stands and what was
done since the last one, as an HTML email with its text part and the `report --csv` attached."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.servers.smtp import Received, SmtpServer

from .conftest import Firm
from .review_helpers import setup_firm
from .test_linking import app_of, reminder_id, reply
from .test_watcher_cli import drop
from .workspace_digest_helpers import message, text_of

MANAGER = "gerant@atelier-morel.fr"


def reporting(firm: Firm, smtp: SmtpServer | None, every: str, review: str = MANAGER) -> None:
    setup_firm(firm, smtp)
    text = firm.config.read_text(encoding="utf-8")
    firm.config.write_text(
        text.replace(
            'email = "gerant@atelier-morel.fr"\n',
            f'email = "{review}"\nreport_every = "{every}"\n',
        ),
        encoding="utf-8",
    )


def reports(smtp: SmtpServer) -> list[Received]:
    return [
        r
        for r in smtp.received
        if r.rcpt_tos == [MANAGER]
        and message(r)["Subject"].startswith("Relances de ")
        and "le point du" in message(r)["Subject"]
        and " au " in message(r)["Subject"]
    ]


def attachment(received: Received) -> tuple[str, str, bytes]:
    (part,) = list(message(received).iter_attachments())
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return part.get_content_type(), str(part.get_filename()), payload


def test_monthly_report_what_stands_what_was_done_csv_attached(
    firm: Firm, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    reporting(firm, smtp_server, "month")
    firm.run("tick", now="2026-11-03T09:30")  # first reminders
    drop(
        firm.root / "inbox",
        reply(
            "studio@lefevre.fr",
            "Bonjour, nous contestons la facture F-3 : les travaux ne sont pas terminés.",
            subject="Re: F-3",
            in_reply_to=reminder_id(app_of(firm), "F-3"),
        ),
        "dispute",
    )
    firm.run("tick", now="2026-11-04T09:30")
    firm.run(
        "call", "F-1", "--outcome", "promise", "--date", "2026-11-20", "--note",
        "Virement le 20", now="2026-11-05T10:00",
    )  # fmt: skip
    payments = firm.csv("paiements.csv", "number,amount,date\nF-2,120.00,2026-11-19\n")
    firm.run("import-payments", str(payments), now="2026-11-20T10:00")
    firm.run("tick", now="2026-11-20T10:05")
    assert reports(smtp_server) == []  # none during the month
    firm.run("tick", now="2026-12-01T08:00")  # the first business day, before the digest time
    assert reports(smtp_server) == []
    firm.run("tick", now="2026-12-01T08:45")  # before the customers' sending window
    csv = tmp_path / "point.csv"
    firm.run("report", "--csv", str(csv), now="2026-12-01T08:45")
    firm.run("tick", now="2026-12-01T11:00")
    firm.run("tick", now="2026-12-02T09:00")
    (sent,) = reports(smtp_server)
    mail = message(sent)
    assert sent.mail_from == "relances@atelier-morel.fr" and sent.rcpt_tos == [MANAGER]
    assert mail["From"].addresses[0].addr_spec == "relances@atelier-morel.fr"
    assert (
        mail["Subject"]
        == "Relances de Atelier Morel SARL : le point du 1er novembre 2026 au 1er décembre 2026"
    )
    assert mail.get_body(("html",)) is not None
    text = text_of(sent)
    # Where each case stands: every open invoice, none paid.
    cases = text.split("1. OÙ EN EST CHAQUE DOSSIER (3)")[1].split("2. ENCAISSÉ")[0]
    assert "F-1 · Boulangerie Dupont" in cases and "F-3 · Studio Lefèvre" in cases
    assert "F-4 · Acme Ltd" in cases and "F-2" not in cases
    assert "relances arrêtées (litige" in cases
    # What was collected, the calls and their outcome, the replies and what they said.
    assert "2. ENCAISSÉ DEPUIS LE DERNIER POINT : 120,00 €" in text
    assert "19/11/2026  Boulangerie Dupont (F-2) : 120,00 €" in text
    assert "Boulangerie Dupont (F-1) : promesse de paiement (20/11/2026) — Virement le 20" in text
    assert "Studio Lefèvre (F-3) : « contestation » — « Bonjour, nous contestons" in text
    emails = text.split("4. EMAILS ENVOYÉS AUX CLIENTS")[1].split("5. RÉPONSES")[0]
    assert "03/11 09:30  Boulangerie Dupont : Relance : factures F-1, F-2" in emails
    assert "Studio Lefèvre" in emails and "Point du" not in emails
    actions = text.split("6. ACTIONS MENÉES")[1]
    assert "Contestation reçue : relances arrêtées, appel demandé" in actions
    # The CSV is the one `report --csv` wrote at that moment.
    kind, name, data = attachment(sent)
    assert (kind, name) == ("text/csv", "relances-2026-12-01.csv")
    assert data == csv.read_bytes() and data.startswith(b"\xef\xbb\xbf")
    # The firm's digest does not count its report among the reminders sent.
    digest = firm.run("digest", now="2026-12-02T09:05").output
    assert "Relances de Atelier Morel SARL : le point du 1er" not in digest


def test_weekly_report_first_business_day_made_up_once_missed(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    reporting(firm, smtp_server, "week")
    firm.run("tick", now="2026-11-03T09:30")  # a Tuesday: the first report waits for Monday
    assert reports(smtp_server) == []
    firm.run("tick", now="2026-11-09T08:00")
    assert reports(smtp_server) == []
    firm.run("tick", now="2026-11-09T09:00")
    firm.run("tick", now="2026-11-09T10:00")
    (first,) = reports(smtp_server)
    assert "le point du 2 novembre 2026 au 9 novembre 2026" in message(first)["Subject"]
    assert "03/11 09:30  Boulangerie Dupont : Relance" in text_of(first)
    # Monday the 16th missed (the machine off): Tuesday makes it up, once.
    firm.run("tick", now="2026-11-17T09:00")
    firm.run("tick", now="2026-11-18T09:00")
    first, second = reports(smtp_server)
    text = text_of(second)
    assert "le point du 9 novembre 2026 au 17 novembre 2026" in message(second)["Subject"]
    assert "03/11" not in text.split("4. EMAILS ENVOYÉS")[1].split("5. RÉPONSES")[0]


def test_never_by_default(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    for now in ("2026-11-03T09:30", "2026-12-01T09:00", "2026-12-07T09:00"):
        firm.run("tick", now=now)
    assert reports(smtp_server) == []


def test_without_review_email_written_into_rapports(firm: Firm, smtp_server: SmtpServer) -> None:
    reporting(firm, smtp_server, "month", review="")
    text = firm.config.read_text(encoding="utf-8")
    firm.config.write_text(text.replace('email = ""\n', ""), encoding="utf-8")
    firm.run("tick", now="2026-11-03T09:30")
    firm.run("tick", now="2026-12-01T09:00")
    firm.run("tick", now="2026-12-01T10:00")
    folder = firm.root / "rapports"
    assert sorted(p.name for p in folder.iterdir()) == [
        "rapport-2026-12-01.csv",
        "rapport-2026-12-01.html",
    ]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "Où en est chaque dossier" in (folder / "rapport-2026-12-01.html").read_text()
    assert (folder / "rapport-2026-12-01.csv").read_bytes().startswith(b"\xef\xbb\xbfClient;")


def test_report_send_now_counts_for_the_period(firm: Firm, smtp_server: SmtpServer) -> None:
    reporting(firm, smtp_server, "month")
    firm.run("tick", now="2026-11-03T09:30")
    result = firm.run("report", "--send", now="2026-12-01T07:00")
    assert f"Rapport envoyé à {MANAGER}." in result.output
    firm.run("tick", now="2026-12-01T09:00")
    assert len(reports(smtp_server)) == 1


def test_report_every_is_checked(firm: Firm) -> None:
    text = firm.config.read_text(encoding="utf-8")
    firm.config.write_text(
        text.replace('email = "gerant@atelier-morel.fr"\n', 'email = "gerant@atelier-morel.fr"\n'
                     'report_every = "monthly"\n'),
        encoding="utf-8",
    )  # fmt: skip
    result = firm.run("cases", ok=False)
    assert result.exit_code == 2
    assert "review.report_every : '' ou 'week' ou 'month' attendu, reçu 'monthly'" in result.output


@pytest.mark.parametrize(
    ("every", "now", "last", "due"),
    [
        ("", "2026-12-01T09:00", None, False),  # never asked for
        ("month", "2026-12-01T08:29", None, False),  # before the digest time
        ("month", "2026-12-01T08:30", None, True),  # Tuesday 1 December: first business day
        ("month", "2026-12-01T09:00", "month:2026-12-01", False),  # done this month
        ("month", "2026-12-02T09:00", None, False),  # asked mid-month: waits for January
        ("month", "2026-12-02T09:00", "month:2026-11-01", True),  # the 1st missed: made up
        ("month", "2026-12-02T09:00", "week:2026-11-23", False),  # kind changed: the 1st only
        ("month", "2027-01-01T09:00", "month:2026-12-01", False),  # New Year's Day
        ("month", "2027-01-04T09:00", "month:2026-12-01", True),  # Monday 4 January
        ("month", "2026-11-01T09:00", "month:2026-10-01", False),  # a Sunday
        ("week", "2026-11-09T09:00", None, True),  # Monday
        ("week", "2026-11-10T09:00", None, False),  # Tuesday, never sent: next Monday
        ("week", "2026-11-10T09:00", "week:2026-11-02", True),  # Monday missed
        ("week", "2026-11-10T09:00", "week:2026-11-09", False),
        ("week", "2026-11-12T09:00", None, False),  # after the 11 November holiday
        ("week", "2026-12-28T09:00", "week:2026-12-21", True),  # a week across two years
        ("week", "2027-03-30T09:00", None, True),  # Easter Monday off: Tuesday is the first
    ],
)
def test_when_the_report_is_due(every: str, now: str, last: str | None, due: bool) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from relancebot.core.calendar import BusinessCalendar
    from relancebot.review.period import report_due

    paris = ZoneInfo("Europe/Paris")
    moment = dt.datetime.fromisoformat(now).replace(tzinfo=paris)
    assert report_due(BusinessCalendar(paris), moment, every, dt.time(8, 30), last) is due
