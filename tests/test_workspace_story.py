"""A secretary's workspace of three firms, over three weeks, against real servers.

Each firm sends through an aiosmtpd of its own that refuses any sender but that firm's address
(the identity check) and reads its own Dovecot mailbox. One customer, Boulangerie Dupont (same
address), owes money to two of the firms. Checked at every step: each message carries its
firm's identity and only that firm's PDFs; a reply in one firm's mailbox acts on that firm's
invoices only; one firm's SMTP outage leaves the others sending.
"""

from __future__ import annotations

import email
import email.policy
import sqlite3
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner, Result

from relancebot.cli import main
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.smtp import Received, RecordingHandler, free_port

from .conftest import pdf_bytes
from .test_linking import reply

DUPONT = "compta@dupont.fr"


@dataclass
class IdentityHandler(RecordingHandler):
    """An SMTP server that carries mail for one sender only, as a provider's account does."""

    sender: str = ""
    refused_senders: list[str] | None = None

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        if address.lower() != self.sender:
            (self.refused_senders or []).append(address)
            return "550 5.7.1 Sender not owned by this account"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"


@dataclass
class FirmSetup:
    id: str
    name: str
    email: str
    user: MailUser
    handler: IdentityHandler
    port: int
    controller: Controller
    invoices: dict[str, str]  # number -> customer address

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def stop_smtp(self) -> None:
        self.controller.stop()

    def start_smtp(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()


FIRMS = [
    ("morel", "Atelier Morel SARL", "relances@atelier-morel.fr",
     {"M-101": DUPONT, "M-102": "achats@garage-leroy.fr"}),
    ("durand", "Durand Plomberie", "factures@durand-plomberie.fr",
     {"D-2026-7": DUPONT, "D-2026-8": "contact@mairie-vaux.fr"}),
    ("lefevre", "Studio Lefèvre", "compta@studio-lefevre.fr",
     {"L-33": "admin@cabinet-roux.fr"}),
]  # fmt: skip


@pytest.fixture
def workspace(tmp_path: Path, dovecot: DovecotServer) -> Iterator[tuple[Path, list[FirmSetup]]]:
    dovecot.start()
    root = tmp_path / "secretariat"
    root.mkdir()
    (root / "workspace.toml").write_text(
        '[workspace]\nname = "Secrétariat Dupuis"\n[review]\nemail = "claire@dupuis.fr"\n',
        encoding="utf-8",
    )
    firms: list[FirmSetup] = []
    try:
        for firm_id, name, address, invoices in FIRMS:
            handler = IdentityHandler(sender=address, refused_senders=[])
            port = free_port()
            controller = Controller(handler, hostname="127.0.0.1", port=port)
            controller.start()
            setup = FirmSetup(
                firm_id, name, address, dovecot.add_user(), handler, port, controller, invoices
            )
            firms.append(setup)
            write_firm(root / firm_id, setup, dovecot)
        yield root, firms
    finally:
        for setup in firms:
            setup.controller.stop(no_assert=True)


def write_firm(folder: Path, setup: FirmSetup, dovecot: DovecotServer) -> None:
    (folder / "factures").mkdir(parents=True)
    secret = folder / "imap.password"
    secret.write_text(setup.user.password, encoding="utf-8")
    secret.chmod(0o600)
    (folder / "config.toml").write_text(
        textwrap.dedent(f"""\
        [firm]
        name = "{setup.name}"
        email = "{setup.email}"
        [smtp]
        host = "127.0.0.1"
        port = {setup.port}
        security = "none"
        [imap]
        host = "{dovecot.host}"
        port = {dovecot.port}
        security = "none"
        username = "{setup.user.name}"
        password_file = "imap.password"
        sent_folder = ""
        """),
        encoding="utf-8",
    )
    lines = ["number,client,email,amount,issue_date,due_date,pdf"]
    for number, address in setup.invoices.items():
        client = "Boulangerie Dupont" if address == DUPONT else address.split("@")[1]
        (folder / "factures" / f"{number}.pdf").write_bytes(pdf_bytes(f"{setup.id} {number}"))
        lines.append(f"{number},{client},{address},480,2026-10-01,2026-11-02,{number}.pdf")
    (folder / "factures" / "factures.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def cli(root: Path, *args: str, now: str, firm: str | None = None, ok: bool = True) -> Result:
    argv = ["--workspace", str(root), "--now", now, *(["--firm", firm] if firm else []), *args]
    result = CliRunner().invoke(main, argv, catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def chase(root: Path, firm: str, number: str) -> str:
    with sqlite3.connect(root / firm / "relancebot.db") as conn:
        return str(
            conn.execute("SELECT chase FROM invoices WHERE number = ?", [number]).fetchone()[0]
        )


def check_identity(setup: FirmSetup, root: Path) -> None:
    """Everything this firm's server carried is in this firm's name, with this firm's PDFs."""
    own_pdfs = {p.read_bytes() for p in (root / setup.id / "factures").glob("*.pdf")}
    assert setup.handler.refused_senders == []
    for received in setup.received:
        message = email.message_from_bytes(received.raw, policy=email.policy.default)
        assert received.mail_from == setup.email
        assert setup.email in str(message["From"]) and setup.name in str(message["From"])
        body = message.get_body(("plain",))
        assert body is not None and setup.name in body.get_content()
        for other in FIRMS:
            if other[0] != setup.id:
                assert other[1] not in received.raw.decode("utf-8", "replace")
        for part in message.iter_attachments():
            assert part.get_content() in own_pdfs


def sections(digest: str) -> dict[str, str]:
    """The combined digest cut at its firm headings ("==== Name (id) ====")."""
    head, *rest = digest.split("==== ")
    found = {"head": head}
    for part in rest:
        title, _, body = part.partition(" ====")
        found[title] = body
    return found


def subjects_to(setup: FirmSetup, address: str) -> list[str]:
    return [
        str(email.message_from_bytes(r.raw, policy=email.policy.default)["Subject"])
        for r in setup.received
        if address in r.rcpt_tos
    ]


def test_three_firms_three_weeks(
    workspace: tuple[Path, list[FirmSetup]], dovecot: DovecotServer
) -> None:
    root, firms = workspace
    morel, durand, lefevre = firms
    for setup in firms:
        cli(root, "import-invoices", str(root / setup.id / "factures" / "factures.csv"),
            firm=setup.id, now="2026-10-02T09:00")  # fmt: skip

    # Week 1: every firm's first reminders, each from its own identity.
    out = cli(root, "tick", now="2026-11-03T10:00").output
    assert out.count("== ") == 3
    assert [len(s.received) for s in firms] == [2, 2, 1]
    for setup in firms:
        check_identity(setup, root)
    assert subjects_to(morel, DUPONT)[0].startswith("Relance : facture M-101")
    assert subjects_to(durand, DUPONT)[0].startswith("Relance : facture D-2026-7")

    # Dupont disputes Morel's invoice, in Morel's mailbox: Durand's chase of Dupont goes on.
    dovecot.deliver(
        morel.user,
        reply(DUPONT, "Bonjour, nous contestons la facture M-101 : la prestation n'est pas finie."),
    )
    cli(root, "tick", now="2026-11-04T10:00")
    assert chase(root, "morel", "M-101") == "stopped"
    assert chase(root, "durand", "D-2026-7") == "active"
    with sqlite3.connect(root / "durand" / "relancebot.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM replies").fetchone() == (0,)
    # The secretary's morning: one digest, the dispute under Morel's heading only.
    digest = sections(cli(root, "digest", now="2026-11-04T10:05").output)
    assert "3 entreprises, 1 action à mener." in digest["head"]
    assert "Appeler : litige — Boulangerie Dupont" in digest["Atelier Morel SARL (morel)"]
    assert "M-101" in digest["Atelier Morel SARL (morel)"]
    for other in ("Durand Plomberie (durand)", "Studio Lefèvre (lefevre)"):
        assert "Rien à faire aujourd'hui." in digest[other] and "M-101" not in digest[other]
    assert (root / "digests" / "2026-11-04.html").exists()  # no [smtp] in workspace.toml

    # Week 2: Lefèvre's SMTP server is down; the others still send.
    lefevre.stop_smtp()
    result = cli(root, "tick", now="2026-11-10T10:00")
    assert "Envoi interrompu" in result.output  # Lefèvre's, said and survived
    assert subjects_to(durand, DUPONT)[1].startswith("2e relance")
    assert len(subjects_to(morel, DUPONT)) == 1  # disputed: nothing more to Dupont from Morel
    assert len(subjects_to(morel, "achats@garage-leroy.fr")) == 2
    assert len(lefevre.received) == 1
    status = cli(root, "status", now="2026-11-10T10:05", ok=False)
    assert "== morel" in status.output and "== lefevre" in status.output
    lefevre.start_smtp()
    cli(root, "tick", now="2026-11-10T11:30")  # past the backoff: the delayed one leaves
    assert subjects_to(lefevre, "admin@cabinet-roux.fr")[1].startswith("2e relance")

    # Week 3: a reply from Dupont to Durand acts on Durand's invoice only.
    dovecot.deliver(
        durand.user, reply(DUPONT, "Nous réglerons la facture D-2026-7 le 20 novembre.")
    )
    cli(root, "tick", now="2026-11-17T10:00")
    assert chase(root, "durand", "D-2026-7") == "paused"
    assert chase(root, "morel", "M-101") == "stopped"
    for setup in firms:
        check_identity(setup, root)
    # Each firm's report holds its own cases only.
    report = cli(root, "report", firm="durand", now="2026-11-17T10:05").output
    assert "D-2026-7" in report and "M-101" not in report and "L-33" not in report
