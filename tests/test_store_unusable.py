"""A database file that cannot be used (write-protected, in a read-only folder, not a database at
all) stops the command with one line saying what is wrong and what to do, never a traceback."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from relancebot.store.database import StoreError, open_database

from .conftest import Firm

as_root = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write a read-only file"
)


def test_garbage_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "relancebot.db"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert str(caught.value).startswith(f"{path} : base de données abîmée, ou fichier qui n'en")
    assert "restaurez la dernière sauvegarde" in str(caught.value)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "relancebot.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (something_else TEXT)")
    conn.close()
    with pytest.raises(
        StoreError, match=r"base de données inutilisable .* bien celle de relancebot"
    ):
        open_database(path)


def test_a_folder_in_place_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "relancebot.db"
    path.mkdir()
    with pytest.raises(StoreError, match="inaccessible"):
        open_database(path)


@as_root
def test_a_write_protected_file_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "relancebot.db"
    open_database(path).conn.close()
    path.chmod(0o444)
    with pytest.raises(StoreError, match=r"lecture seule .* \(chmod 600\)"):
        open_database(path)


@as_root
def test_a_read_only_folder_is_refused_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "firm"
    folder.mkdir()
    open_database(folder / "relancebot.db").conn.close()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError, match=r"le dossier .* n'est pas inscriptible"):
            open_database(folder / "relancebot.db")
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("command", ["cases", "plan", "digest", "history"])
def test_commands_say_it_in_one_line(firm: Firm, command: str) -> None:
    (firm.root / "relancebot.db").write_bytes(b"not a database, a spreadsheet\n" * 200)
    args = [command, "F-1"] if command == "history" else [command]
    result = firm.run(*args, now="2026-11-03T10:00", ok=False)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"relancebot : {firm.root / 'relancebot.db'} : base de données abîmée")


def test_a_page_damaged_after_opening_is_one_line_too(firm: Firm) -> None:
    """quick_check (in `status`) finds it; any other command stops on it with what to do."""
    firm.pdf("F-1")
    invoices = firm.csv(
        "f.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf
        F-1,Client A,a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf
        """,
    )
    firm.run("import-invoices", str(invoices))
    path = firm.root / "relancebot.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'invoices'"
        ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xde\xad" * (page_size // 2)
    path.write_bytes(data)
    result = firm.run("cases", now="2026-11-03T10:00", ok=False)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith("relancebot : base de données abîmée")
    assert "restaurez la dernière sauvegarde" in line
