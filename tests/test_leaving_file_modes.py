"""Every file relancebot writes with customer data in it is the owner's alone, like the
database: 0600 files in 0700 folders, whatever the umask of the process that writes them."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from relancebot.cli import main
from relancebot.inbox import MaildirMailbox
from relancebot.inbox.maildir import UIDLIST
from relancebot.store.files import write_private
from tests.servers.mail import message

from .conftest import Firm
from .test_mailbox_maildir import deliver

INVOICES = """\
    number;client;email;amount;issue_date;due_date;pdf
    F-1;Boulangerie Dupont;compta@dupont.fr;1250,00;02/10/2026;02/11/2026;factures/F-1.pdf
    F-2;Studio Lefèvre;studio@lefevre.fr;600,00;02/10/2026;02/11/2026;factures/F-2.pdf
    """


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private_tree(root: Path) -> None:
    """root and everything below it: folders 0700, files 0600."""
    assert mode(root) == 0o700, root
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            assert mode(Path(folder, name)) == 0o700, Path(folder, name)
        for name in files:
            assert mode(Path(folder, name)) == 0o600, Path(folder, name)


def firm_without_servers(firm: Firm) -> None:
    """The embedded defaults, and no [review] email: the digest goes into digests/."""
    firm.config.write_text(
        firm.config.read_text(encoding="utf-8").replace(
            'email = "gerant@atelier-morel.fr"', 'email = ""'
        ),
        encoding="utf-8",
    )
    for number in ("F-1", "F-2"):
        firm.pdf(number)
    firm.run("import-invoices", str(firm.csv("factures.csv", INVOICES)), now="2026-11-02T07:00")


def test_what_the_firm_reads_is_its_own(firm: Firm, umask: int) -> None:
    firm_without_servers(firm)
    (firm.root / "inbox").mkdir(mode=0o755)  # left open by an earlier version
    os.chmod(firm.root / "inbox", 0o755)
    firm.run("tick", now="2026-11-03T09:30")  # the first reminders
    firm.run("tick", now="2026-11-04T09:30")  # the digest that tells of them

    assert [p.name for p in (firm.root / "digests").iterdir()] == ["2026-11-04.html"]
    assert_private_tree(firm.root / "digests")
    outbox = firm.root / "outbox"
    assert len(list((outbox / "new").iterdir())) == 2  # the two first reminders
    assert_private_tree(outbox)
    assert_private_tree(firm.root / "inbox")
    assert (firm.root / "inbox" / UIDLIST).exists()

    report, page = firm.root / "point.csv", firm.root / "point.html"
    page.write_text("ancien point", encoding="utf-8")  # 0644 or 0666: replaced whole
    firm.run("report", "--csv", str(report), "--html", str(page), now="2026-11-04T10:00")
    letter = firm.root / "mise-en-demeure.pdf"
    firm.run("letter", "F-1", "--out", str(letter), now="2026-11-04T10:00")
    digest = firm.root / "point-du-jour.html"
    firm.run("digest", "--html", str(digest), now="2026-11-04T10:00")
    for path in (report, page, letter, digest):
        assert mode(path) == 0o600, path
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert letter.read_bytes().startswith(b"%PDF-")
    # Nothing half-written is left behind beside them.
    assert not [p for p in firm.root.iterdir() if p.name.endswith(".tmp")]


def test_a_local_mailbox_is_its_owners_alone(tmp_path: Path, umask: int) -> None:
    inbox = tmp_path / "mail" / "inbox"
    box = MaildirMailbox(inbox, sent_path=tmp_path / "mail" / "Envoyés")
    box.connect()
    deliver(inbox, message(1))
    [uid] = box.uids_after(0)
    box.mark_handled(uid)
    box.move(uid, "Traitées")
    box.append_sent(message(2), dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC))
    for folder in ("inbox", "Envoyés"):
        assert_private_tree(tmp_path / "mail" / folder)
    # The moved message keeps the mode its deliverer gave it; its folders are ours.
    assert mode(tmp_path / "mail" / "Traitées") == 0o700
    assert all(mode(tmp_path / "mail" / "Traitées" / sub) == 0o700 for sub in ("tmp", "new", "cur"))
    assert mode(tmp_path / "mail") == 0o700  # a parent relancebot created


def test_the_demo_folder_is_its_owners_alone(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "demo"
    result = CliRunner().invoke(main, ["demo", "--dir", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert mode(folder) == 0o700
    for name in ("rapport.csv", "rapport.html", "recapitulatif.html", "mise-en-demeure.pdf"):
        assert mode(folder / name) == 0o600, name
    for sub in ("inbox", "outbox", "factures", "banque"):
        assert_private_tree(folder / sub)
    assert list((folder / "inbox" / "new").iterdir())  # the customers' replies


def test_writing_to_a_device_writes_through(tmp_path: Path) -> None:
    """`report --csv /dev/stdout`: written to, never replaced by a file."""
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_private(fifo, b"Client;Facture\r\n")
        assert os.read(reader, 100) == b"Client;Facture\r\n"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_file_that_cannot_be_written_is_one_line(firm: Firm) -> None:
    firm_without_servers(firm)
    target = firm.root / "absent" / "point.csv"
    result = firm.run("report", "--csv", str(target), now="2026-11-04T10:00", ok=False)
    assert result.exit_code == 2
    assert (
        result.output
        == f"relancebot : {target} : écriture impossible (No such file or directory)\n"
    )
