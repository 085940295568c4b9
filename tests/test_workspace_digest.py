"""The secretary's morning: one digest for every firm of her workspace, from her own address,
once per business day, each firm's calls and totals under that firm's heading only."""

from __future__ import annotations

import os
import stat
import time
from html.parser import HTMLParser
from pathlib import Path

from tests.servers.smtp import SmtpServer

from .workspace_digest_helpers import CLAIRE, Espace, html_of, message, sections, text_of


def espace(tmp_path: Path, smtp_server: SmtpServer, *, smtp: bool = True) -> Espace:
    space = Espace(tmp_path / "espace", smtp_server)
    space.root.mkdir()
    space.write(smtp=smtp)
    space.add_firms()
    return space


class Sections(HTMLParser):
    """The text under each <td class="entreprise" id="entreprise-ID"> of the HTML digest."""

    def __init__(self) -> None:
        super().__init__()
        self.current = ""
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "td" and values.get("class") == "entreprise":
            self.current = str(values["id"]).removeprefix("entreprise-")
            self.found[self.current] = ""
        elif tag == "td" and values.get("id") == "totaux":
            self.current = ""

    def handle_data(self, data: str) -> None:
        if self.current:
            self.found[self.current] += data


def test_one_digest_a_day_from_her_address_each_firm_under_its_heading(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    space = espace(tmp_path, smtp_server)
    space.tick("2026-11-03T10:00")  # every firm's first reminders
    first = space.to(CLAIRE)
    assert len(first) == 1  # the first digest tells what was sent
    assert "Depuis le dernier point" in text_of(first[0])

    space.dispute("studio-lumen", "SL-1", "compta@garage-petit.fr")
    space.tick("2026-11-04T08:00")  # before her digest time: the firms' passes only
    assert len(space.to(CLAIRE)) == 1
    space.tick("2026-11-04T09:30")
    space.tick("2026-11-04T11:00")  # once a day
    digests = space.to(CLAIRE)
    assert len(digests) == 2
    today = digests[1]
    mail = message(today)
    # Hers: her address on the envelope and in From:, her name; never a firm's identity.
    assert today.mail_from == CLAIRE and today.rcpt_tos == [CLAIRE]
    assert mail["From"].addresses[0].addr_spec == CLAIRE
    assert mail["From"].addresses[0].display_name == "Secrétariat Dupuis"
    assert (
        mail["Subject"]
        == "Relances, toutes entreprises : le point du 4 novembre 2026 (1 action à mener)"
    )

    text = text_of(today)
    assert "3 entreprises, 1 action à mener." in text
    assert "Retards : 1 350,00 € sur 4 factures ; reste dû au total : 1 350,00 €." in text
    parts = sections(text)
    # Most urgent first: the firm with the dispute, then the others by name.
    assert list(parts) == ["studio-lumen", "atelier-morel", "plomberie-roux"]
    lumen, morel, roux = parts["studio-lumen"], parts["atelier-morel"], parts["plomberie-roux"]
    assert "Appeler : litige — Garage Petit" in lumen
    assert "SL-1 : 1 000,00 € restant dû" in lumen
    assert "les travaux ne sont pas terminés" in lumen
    assert (
        "Retards : 1 000,00 € sur 1 facture (1 client) ; reste dû : 1 000,00 € ; 1 action" in lumen
    )
    assert "Retards : 300,00 € sur 2 factures (2 clients) ; reste dû : 300,00 € ; 0 action" in morel
    assert "Retards : 50,00 € sur 1 facture (1 client) ; reste dû : 50,00 € ; 0 action" in roux
    for quiet in (morel, roux):
        assert "Rien à faire aujourd'hui." in quiet
    # Nothing of one firm under another's heading (Acme SARL is a customer of two firms).
    for firm_id, numbers in {
        "studio-lumen": ("AM-1", "AM-2", "PR-1"),
        "atelier-morel": ("SL-1", "PR-1", "Garage Petit"),
        "plomberie-roux": ("AM-1", "AM-2", "SL-1", "Garage Petit"),
    }.items():
        assert not any(n in parts[firm_id] for n in numbers), firm_id

    parser = Sections()
    parser.feed(html_of(today))
    assert list(parser.found) == ["studio-lumen", "atelier-morel", "plomberie-roux"]
    assert "Appeler : litige" in parser.found["studio-lumen"]
    assert "SL-1" not in parser.found["atelier-morel"] + parser.found["plomberie-roux"]

    # Each firm's manager still gets that firm's own digest, from the firm's address.
    lumen_digests = space.to("direction@studio-lumen.fr")
    assert lumen_digests and lumen_digests[-1].mail_from == "factures@studio-lumen.fr"
    assert "Appeler : litige" in text_of(lumen_digests[-1])
    assert all(CLAIRE not in r.rcpt_tos for r in smtp_server.received if r.mail_from != CLAIRE)

    space.tick("2026-11-07T10:00")  # a Saturday: no digest
    assert len(space.to(CLAIRE)) == 2


def test_nothing_to_say_no_digest(tmp_path: Path, smtp_server: SmtpServer) -> None:
    space = espace(tmp_path, smtp_server)
    space.tick("2026-11-03T10:00")
    space.tick("2026-11-04T10:00")  # no reply, no reminder, no call: nothing new
    assert len(space.to(CLAIRE)) == 1


def test_without_smtp_it_is_written_into_digests(tmp_path: Path, smtp_server: SmtpServer) -> None:
    space = espace(tmp_path, smtp_server, smtp=False)
    space.tick("2026-11-03T10:00")
    space.dispute("atelier-morel", "AM-1", "compta@acme.fr")
    space.tick("2026-11-04T09:30")
    assert space.to(CLAIRE) == []
    folder = space.root / "digests"
    assert sorted(p.name for p in folder.iterdir()) == ["2026-11-03.html", "2026-11-04.html"]
    page = folder / "2026-11-04.html"
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    parser = Sections()
    parser.feed(page.read_text(encoding="utf-8"))
    assert "Appeler : litige" in parser.found["atelier-morel"]
    assert "Acme SARL" in parser.found["atelier-morel"]
    assert "Appeler" not in parser.found["plomberie-roux"]  # its own Acme SARL: no dispute


def test_digest_command_shows_and_sends_it(tmp_path: Path, smtp_server: SmtpServer) -> None:
    space = espace(tmp_path, smtp_server)
    space.run("tick", now="2026-11-03T07:00")  # before the time: no digest yet
    page = tmp_path / "point.html"
    shown = space.run("digest", "--html", str(page), now="2026-11-03T07:05")
    assert "toutes entreprises" in shown.output
    assert list(sections(shown.output)) == ["atelier-morel", "plomberie-roux", "studio-lumen"]
    assert stat.S_IMODE(page.stat().st_mode) == 0o600 and "entreprise-studio-lumen" in (
        page.read_text(encoding="utf-8")
    )
    assert space.to(CLAIRE) == []  # shown, not sent
    sent = space.run("digest", "--send", now="2026-11-03T07:10")
    assert f"Point du jour envoyé à {CLAIRE}." in sent.output
    assert len(space.to(CLAIRE)) == 1
    space.tick("2026-11-03T10:00")  # it counted as today's
    assert len(space.to(CLAIRE)) == 1
    # --firm: that firm's own digest, as a firm folder alone would show it.
    one = space.run("--firm", "plomberie-roux", "digest", now="2026-11-03T10:05")
    assert "Relances de Plomberie Roux" in one.output and "AM-1" not in one.output


def test_a_firm_that_cannot_be_read_is_said_the_others_still_listed(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    space = espace(tmp_path, smtp_server)
    space.tick("2026-11-03T10:00")
    config = space.firm("plomberie-roux").config
    config.write_text(config.read_text(encoding="utf-8") + "bogus = 1\n", encoding="utf-8")
    result = space.run("tick", now="2026-11-04T10:00", ok=False)
    assert result.exit_code == 1  # that firm's pass failed; the others went on
    text = text_of(space.to(CLAIRE)[-1])
    parts = sections(text)
    assert next(iter(parts)) == "plomberie-roux"
    assert "Impossible de lire cette entreprise" in parts["plomberie-roux"]
    assert "bogus" in parts["plomberie-roux"]
    assert "Retards : 300,00 €" in parts["atelier-morel"]


def test_her_digest_waits_for_her_server(tmp_path: Path, smtp_server: SmtpServer) -> None:
    space = espace(tmp_path, smtp_server, smtp=False)
    port = smtp_server.port
    (space.root / "workspace.toml").write_text(
        '[workspace]\nname = "Secrétariat Dupuis"\n'
        f'[review]\nemail = "{CLAIRE}"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n',
        encoding="utf-8",
    )
    space.tick("2026-11-03T10:00")
    assert len(space.to(CLAIRE)) == 1
    smtp_server.handler.refuse_data = "451 4.3.0 try later"
    space.dispute("atelier-morel", "AM-1", "compta@acme.fr")
    space.tick("2026-11-04T09:30")
    assert len(space.to(CLAIRE)) == 1  # refused for now: it waits in her outbox
    smtp_server.handler.refuse_data = None
    space.tick("2026-11-04T09:40")  # the next pass delivers it, once
    space.tick("2026-11-04T09:50")
    assert len(space.to(CLAIRE)) == 2
    assert "Appeler : litige" in text_of(space.to(CLAIRE)[1])
    assert not os.path.exists(space.root / "digests")


def test_status_says_when_her_server_refuses_her_digest(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    """Her digest stuck in the workspace's own outbox is a problem `status` names, like a firm's."""
    space = espace(tmp_path, smtp_server, smtp=False)
    (space.root / "workspace.toml").write_text(
        '[workspace]\nname = "Secrétariat Dupuis"\n'
        f'[review]\nemail = "{CLAIRE}"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_server.port}\nsecurity = "none"\n',
        encoding="utf-8",
    )
    smtp_server.handler.refuse_rcpt[CLAIRE] = "554 5.7.1 Relay access denied"
    space.tick("2026-11-03T10:00")
    status = space.run("status", now="2026-11-03T10:05", ok=False)
    assert status.exit_code == 1
    problems = [line for line in status.output.splitlines() if line.startswith("À faire : [")]
    assert [line.split("]")[0] for line in problems] == ["À faire : [espace"]
    assert "le serveur SMTP refuse nos envois" in problems[0]
    smtp_server.handler.refuse_rcpt.clear()
    space.tick("2026-11-03T10:30")
    firms = len([p for p in space.root.iterdir() if (p / "config.toml").exists()])
    good = space.run("status", now="2026-11-03T10:35").output
    assert good.endswith(f"État : bon ({firms} entreprise(s))\n")


def test_her_digest_says_what_came_in_through_each_firms_folder(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    """A statement and a stray file dropped into one firm's [imports] watch_dir: her digest
    names them under that firm, with the credits a person must match."""
    space = Espace(tmp_path / "espace", smtp_server)
    space.root.mkdir()
    space.write()
    space.add_firms()
    firm = space.firm("studio-lumen")
    firm.config.write_text(
        firm.config.read_text(encoding="utf-8") + '[imports]\nwatch_dir = "depot"\n',
        encoding="utf-8",
    )
    depot = firm.root / "depot"
    depot.mkdir()
    then = time.time() - 60
    for name, data in (
        (
            "releve.csv",
            "Date;Libellé;Débit euros;Crédit euros\n"
            "03/11/2026;VIR SEPA GARAGE PETIT;;1000,00\n".encode("cp1252"),
        ),
        ("scan.pdf", b"%PDF-1.4\n%%EOF\n"),
    ):
        (depot / name).write_bytes(data)
        os.utime(depot / name, (then, then))
    space.tick("2026-11-04T10:00")
    (digest,) = space.to(CLAIRE)
    lumen = sections(text_of(digest))["studio-lumen"]
    assert "Virements : 1 à rapprocher, 0 sans correspondance" in lumen
    assert "Fichiers déposés : scan.pdf (REFUSÉ), releve.csv (importé)" in lumen
    assert "Fichiers déposés" not in sections(text_of(digest))["atelier-morel"]
    html = html_of(digest)
    assert "Fichiers déposés" in html and "Virements : 1 à rapprocher" in html
