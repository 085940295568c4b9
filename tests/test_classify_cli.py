"""`relancebot classify`: one JSON object per line, per file, exactly the INTERFACE's keys;
no database and no config needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPLY = (
    b"From: compta@dupont.fr\r\nTo: relances@atelier-morel.fr\r\n"
    b"Date: Tue, 17 Nov 2026 10:00:00 +0100\r\n"
    b"Subject: RE: Relance : facture F-2026-0412 en attente de reglement\r\n\r\n"
    b"Bonjour, le virement partira le 15 decembre.\r\n\r\n"
    b"Le lun. 16 nov. 2026 a 09:00, Atelier Morel SARL <relances@atelier-morel.fr> a ecrit :\r\n"
    b"> Sauf erreur de notre part, la facture reste impayee.\r\n"
)


def test_json_lines_without_config_or_database(tmp_path: Path) -> None:
    reply = tmp_path / "reponse.eml"
    reply.write_bytes(REPLY)
    garbage = tmp_path / "garbage.eml"
    garbage.write_bytes(b"\x00\xff\xfe not mail at all")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "relancebot",
            "classify",
            str(reply),
            str(garbage),
            str(tmp_path / "absent.eml"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 1 and "absent.eml : illisible" in done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [list(obj)[:5] for obj in lines] == [
        ["file", "category", "invoices", "promised_date", "reasons"]
    ] * 2
    first, second = lines
    assert first["file"] == str(reply)
    assert first["category"] == "promise_to_pay"
    assert first["invoices"] == ["F-2026-0412"]
    assert first["promised_date"] == "2026-12-15"
    assert first["reasons"] and all(isinstance(r, str) for r in first["reasons"])
    assert second["category"] == "other" and second["promised_date"] is None
    assert not (tmp_path / "relancebot.db").exists()  # no store touched
