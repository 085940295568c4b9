"""The firms of a workspace: `report --firm ID` as a firm alone, each firm's periodic report
from its own address to its own manager with only its own cases, and the line saying the
secretariat writes on the firm's behalf in every customer email when the firm sets it."""

from __future__ import annotations

from pathlib import Path

from tests.servers.smtp import SmtpServer

from .conftest import Firm
from .review_helpers import setup_firm
from .workspace_digest_helpers import CLAIRE, Espace, html_of, message, text_of

FR_LINE = "Ce message vous est adressé par Secrétariat Dupuis pour le compte de {}."
EN_LINE = "This message is sent by Secrétariat Dupuis on behalf of {}."


def espace(tmp_path: Path, smtp_server: SmtpServer) -> Espace:
    space = Espace(tmp_path / "espace", smtp_server)
    space.root.mkdir()
    space.write()
    space.add_firms()
    return space


def review_key(firm: Firm, line: str) -> None:
    """A key added to the firm's [review] section."""
    text = firm.config.read_text(encoding="utf-8")
    head, _, rest = text.partition("[review]\n")
    firm.config.write_text(f"{head}[review]\n{line}\n{rest}", encoding="utf-8")


def test_report_firm_id_is_that_firms_report(tmp_path: Path, smtp_server: SmtpServer) -> None:
    space = espace(tmp_path, smtp_server)
    shown = space.run("--firm", "atelier-morel", "report", now="2026-11-04T10:00").output
    assert "AM-1" in shown and "AM-2" in shown
    assert "SL-1" not in shown and "PR-1" not in shown
    csv = tmp_path / "roux.csv"
    space.run("--firm", "plomberie-roux", "report", "--csv", str(csv), now="2026-11-04T10:00")
    data = csv.read_text(encoding="utf-8-sig")
    assert "PR-1" in data and "AM-1" not in data
    refused = space.run("report", now="2026-11-04T10:00", ok=False)
    assert refused.exit_code == 2 and "--firm ID" in refused.output
    assert "atelier-morel, plomberie-roux, studio-lumen" in refused.output


def test_each_firms_report_from_its_address_with_its_cases_only(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    space = espace(tmp_path, smtp_server)
    review_key(space.firm("studio-lumen"), 'report_every = "month"')
    review_key(space.firm("atelier-morel"), 'report_every = "week"')
    space.tick("2026-11-03T10:00")
    space.tick("2026-11-09T09:00")  # Monday: Atelier Morel's weekly report
    space.tick("2026-12-01T08:45")  # Lumen's monthly report (Morel's week has had its own)
    space.tick("2026-12-01T10:00")

    def reports(address: str) -> list[str]:
        return [
            text_of(r)
            for r in space.to(address)
            if "le point du" in str(message(r)["Subject"]) and " au " in message(r)["Subject"]
        ]

    (lumen,) = reports("direction@studio-lumen.fr")
    assert "SL-1 · Garage Petit" in lumen and "AM-" not in lumen and "PR-1" not in lumen
    (sent,) = [r for r in space.to("direction@studio-lumen.fr") if "SL-1 · " in text_of(r)]
    assert sent.mail_from == "factures@studio-lumen.fr"
    (part,) = list(message(sent).iter_attachments())
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes) and b"SL-1" in payload and b"AM-1" not in payload
    morel = reports("gerant@atelier-morel.fr")
    assert len(morel) == 2  # 9 November, then the week of 30 November on 1 December
    assert all("SL-1" not in t and "PR-1" not in t for t in morel)
    assert reports("roux@plomberie-roux.fr") == []  # never asked for
    assert all(
        "le point du" not in str(message(r)["Subject"])
        or "toutes entreprises" in message(r)["Subject"]
        for r in space.to(CLAIRE)
    )


def test_secretariat_line_in_every_customer_email(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    text = firm.config.read_text(encoding="utf-8")
    firm.config.write_text(
        text.replace('phone = "01 23 45 67 89"\n', 'phone = "01 23 45 67 89"\n'
                     'secretariat = "Secrétariat Dupuis"\n'),
        encoding="utf-8",
    )  # fmt: skip
    firm.run("tick", now="2026-11-03T09:30")  # in French: F-1/F-2 and F-3
    firm.run("tick", now="2026-11-12T09:30")  # Acme Ltd's first reminder, in English
    customers = smtp_server.to_customers
    french = [r for r in customers if "ap@acme.co.uk" not in r.rcpt_tos]
    english = [r for r in customers if "ap@acme.co.uk" in r.rcpt_tos]
    assert french and english
    for received in french:
        assert FR_LINE.format("Atelier Morel SARL") in text_of(received)
        assert FR_LINE.format("Atelier Morel SARL") in html_of(received)
        assert received.mail_from == "relances@atelier-morel.fr"  # in the firm's own name
    for received in english:
        assert EN_LINE.format("Atelier Morel SARL") in text_of(received)
        assert EN_LINE.format("Atelier Morel SARL") in html_of(received)


def test_no_secretariat_no_line(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")
    for received in smtp_server.to_customers:
        assert "pour le compte de" not in text_of(received)
        assert "pour le compte de" not in html_of(received)


def test_secretariat_line_only_for_the_firm_that_sets_it(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    space = Espace(tmp_path / "espace", smtp_server)
    space.root.mkdir()
    space.write()
    space.add_firms()
    config = space.firm("atelier-morel").config
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("[review]\n", 'secretariat = "Secrétariat Dupuis"\n[review]\n', 1),
        encoding="utf-8",
    )
    space.tick("2026-11-03T10:00")
    morel = [r for r in smtp_server.received if r.mail_from == "relances@atelier-morel.fr"]
    others = [
        r
        for r in smtp_server.received
        if r.mail_from in ("factures@studio-lumen.fr", "relances@plomberie-roux.fr")
    ]
    assert len(morel) == 2 and len(others) == 2  # one reminder per customer
    assert all(FR_LINE.format("Atelier Morel SARL") in text_of(r) for r in morel)
    assert all("pour le compte de" not in text_of(r) for r in others)
