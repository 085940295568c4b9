"""What a hostile file system, environment or CSV cannot make relancebot do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from relancebot.app import read_password
from relancebot.config import ConfigError

from .conftest import Firm
from .servers.smtp import SmtpServer


def test_password_file_must_be_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "smtp.pass"
    secret.write_text("hunter2\n")
    secret.chmod(0o644)
    monkeypatch.delenv("RELANCEBOT_SMTP_PASSWORD", raising=False)
    monkeypatch.setenv("RELANCEBOT_SMTP_PASSWORD_FILE", str(secret))
    with pytest.raises(ConfigError, match="chmod 600") as caught:
        read_password("RELANCEBOT_SMTP_PASSWORD")
    assert "hunter2" not in str(caught.value)
    secret.chmod(0o600)
    assert read_password("RELANCEBOT_SMTP_PASSWORD") == "hunter2"


def test_a_pdf_swapped_for_a_link_is_not_mailed(firm: Firm, smtp_server: SmtpServer) -> None:
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {smtp_server.port}
        security = "none"
        """)
    pdf = firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")
    outside = firm.root.parent / "secret.pdf"
    outside.write_bytes(b"%PDF-1.4 the firm's private accounts")
    pdf.unlink()
    pdf.symlink_to(outside)
    firm.run("tick", now="2026-11-03T10:00")
    assert smtp_server.to_customers == []
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        chase, reason = conn.execute("SELECT chase, chase_reason FROM invoices").fetchone()
        tasks = conn.execute("SELECT kind FROM tasks WHERE state = 'open'").fetchall()
    assert chase == "stopped" and "lien" in reason
    assert ("fix_reminder",) in tasks
