"""A secretary's workspace of three firms on one real aiosmtpd, driven through the command line:
what the tests of her digest and of the firms' reports share."""

from __future__ import annotations

import email
import email.policy
import textwrap
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner, Result

from relancebot.cli import main
from tests.servers.smtp import Received, SmtpServer

from .conftest import Firm
from .test_linking import app_of, reminder_id, reply
from .test_watcher_cli import drop

CLAIRE = "claire@secretariat-dupuis.fr"

# id: (name, address, manager, [(invoice, customer, customer's address, amount)])
FIRMS = {
    "atelier-morel": (
        "Atelier Morel SARL",
        "relances@atelier-morel.fr",
        "gerant@atelier-morel.fr",
        [
            ("AM-1", "Acme SARL", "compta@acme.fr", "100.00"),
            ("AM-2", "Boulangerie Dupont", "compta@dupont.fr", "200.00"),
        ],
    ),
    "studio-lumen": (
        "Studio Lumen",
        "factures@studio-lumen.fr",
        "direction@studio-lumen.fr",
        [("SL-1", "Garage Petit", "compta@garage-petit.fr", "1000.00")],
    ),
    "plomberie-roux": (
        "Plomberie Roux",
        "relances@plomberie-roux.fr",
        "roux@plomberie-roux.fr",
        [("PR-1", "Acme SARL", "compta@acme.fr", "50.00")],
    ),
}


def message(received: Received) -> EmailMessage:
    parsed = email.message_from_bytes(received.raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def text_of(received: Received) -> str:
    part = message(received).get_body(("plain",))
    assert part is not None
    content = str(part.get_content()).replace("\r\n", "\n")
    return content.replace("\u202f", " ").replace("\xa0", " ")


def html_of(received: Received) -> str:
    part = message(received).get_body(("html",))
    assert part is not None
    content = str(part.get_content()).replace("\r\n", "\n")
    return content.replace("\u202f", " ").replace("\xa0", " ")


@dataclass
class Espace:
    root: Path
    smtp: SmtpServer

    def write(self, *, smtp: bool = True, review: str = CLAIRE) -> None:
        server = f'[smtp]\nhost = "127.0.0.1"\nport = {self.smtp.port}\nsecurity = "none"\n'
        (self.root / "workspace.toml").write_text(
            '[workspace]\nname = "Secrétariat Dupuis"\n'
            f'[review]\nemail = "{review}"\ndigest_time = "08:30"\n' + (server if smtp else ""),
            encoding="utf-8",
        )

    def firm(self, firm_id: str) -> Firm:
        return Firm(self.root / firm_id)

    def add_firms(self, extra: str = "") -> None:
        for firm_id, (name, address, manager, invoices) in FIRMS.items():
            firm = self.firm(firm_id)
            firm.root.mkdir(parents=True)
            firm.config.write_text(
                textwrap.dedent(f"""\
                [firm]
                name = "{name}"
                email = "{address}"
                [review]
                email = "{manager}"
                [smtp]
                host = "127.0.0.1"
                port = {self.smtp.port}
                security = "none"
                """)
                + textwrap.dedent(extra),
                encoding="utf-8",
            )
            lines = ["number,client,email,amount,issue_date,due_date,pdf"]
            for number, customer, customer_email, amount in invoices:
                firm.pdf(number)
                lines.append(
                    f"{number},{customer},{customer_email},{amount},2026-10-02,2026-11-02,"
                    f"factures/{number}.pdf"
                )
            firm.csv("factures.csv", "\n".join(lines) + "\n")
            firm.run("import-invoices", str(firm.root / "factures.csv"), now="2026-11-02T07:00")

    def run(self, *args: str, now: str, ok: bool = True) -> Result:
        argv = ["--workspace", str(self.root), "--now", now, *args]
        result = CliRunner().invoke(main, argv, catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    def tick(self, now: str) -> None:
        self.run("tick", now=now)

    def dispute(self, firm_id: str, invoice: str, customer_email: str) -> None:
        """The customer contests the invoice, answering its reminder (the firm's inbox/)."""
        firm = self.firm(firm_id)
        raw = reply(
            customer_email,
            f"Bonjour, nous contestons la facture {invoice} : les travaux ne sont pas terminés.",
            subject=f"Re: {invoice}",
            in_reply_to=reminder_id(app_of(firm), invoice),
        )
        drop(firm.root / "inbox", raw, f"dispute-{invoice}")

    def to(self, address: str) -> list[Received]:
        return [r for r in self.smtp.received if r.rcpt_tos == [address]]


def sections(text: str) -> dict[str, str]:
    """The digest's text cut at each firm's heading: {firm id: what stands under it}."""
    out: dict[str, str] = {}
    for chunk in text.split("\n==== ")[1:]:
        heading, _, body = chunk.partition(" ====\n")
        firm_id = heading.rsplit("(", 1)[1].rstrip(")")
        out[firm_id] = body.split("\n--\n")[0]
    return out
