"""What no mail server would carry is refused: a PDF above [invoices] max_pdf_bytes at import,
and one customer's reminder whose PDFs together exceed it when it is written."""

from __future__ import annotations

import pytest

from relancebot.config import ConfigError, load_settings

from .conftest import Firm, pdf_bytes
from .import_helpers import FIRST_REMINDER, HEAD, line, query, sending_to
from .servers.smtp import SmtpServer

LIMIT = 60_000


def heavy_pdf(firm: Firm, number: str, size: int) -> None:
    """A real PDF, padded to `size` bytes (a scan would weigh that much)."""
    data = pdf_bytes(number)
    path = firm.root / "factures" / f"{number}.pdf"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data + b"%" + b"x" * (size - len(data) - 2) + b"\n")


def test_a_pdf_too_heavy_for_any_email_refuses_the_file(firm: Firm) -> None:
    firm.write_config(f"[invoices]\nmax_pdf_bytes = {LIMIT}\n")
    heavy_pdf(firm, "F-1", 50_000)
    heavy_pdf(firm, "F-2", 300_000)
    firm.csv("f.csv", "\n".join([HEAD, line("F-1", "A", "a@a.fr"), line("F-2", "B", "b@b.fr")]))
    result = firm.run("import-invoices", str(firm.root / "f.csv"), ok=False)
    assert result.exit_code == 1 and "rien n'a été importé" in result.output
    assert "ligne 3 : pdf trop lourd pour un email" in result.output
    assert "0,3 Mo, au plus 0,1 Mo, voir invoices.max_pdf_bytes" in result.output
    assert "ligne 2" not in result.output


def test_a_reminder_whose_pdfs_together_are_too_heavy_is_set_aside(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server, f"[invoices]\nmax_pdf_bytes = {LIMIT}\n")
    heavy_pdf(firm, "F-1", 40_000)
    heavy_pdf(firm, "F-2", 40_000)
    heavy_pdf(firm, "F-3", 1_000)
    lines = [
        HEAD,
        line("F-1", "Dupont", "compta@dupont.fr"),
        line("F-2", "Dupont", "compta@dupont.fr"),
        line("F-3", "Lefèvre", "studio@lefevre.fr"),
    ]
    firm.csv("f.csv", "\n".join(lines) + "\n")
    firm.run("import-invoices", str(firm.root / "f.csv"))  # each PDF is under the limit
    out = firm.run("tick", now=FIRST_REMINDER).output
    assert "PDF joints trop lourds pour un email : 0,1 Mo pour 2 facture(s)" in out
    assert [r.rcpt_tos for r in smtp_server.to_customers] == [["studio@lefevre.fr"]]
    assert query(firm, "SELECT number, chase FROM invoices ORDER BY number") == [
        ("F-1", "stopped"),
        ("F-2", "stopped"),
        ("F-3", "active"),
    ]
    assert query(firm, "SELECT kind, invoice_number FROM tasks ORDER BY invoice_number") == [
        ("fix_reminder", "F-1"),
        ("fix_reminder", "F-2"),
    ]


def test_a_pdf_swapped_after_import_for_a_huge_one_is_not_read(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server, f"[invoices]\nmax_pdf_bytes = {LIMIT}\n")
    heavy_pdf(firm, "F-1", 1_000)
    firm.csv("f.csv", "\n".join([HEAD, line("F-1", "Dupont", "compta@dupont.fr")]) + "\n")
    firm.run("import-invoices", str(firm.root / "f.csv"))
    heavy_pdf(firm, "F-1", 5 * LIMIT)  # replaced on disk since
    out = firm.run("tick", now=FIRST_REMINDER).output
    assert "Mise de côté pour une personne : F-1 (" in out and "trop lourd pour un email" in out
    assert smtp_server.to_customers == []
    assert query(firm, "SELECT kind, invoice_number FROM tasks") == [("fix_reminder", "F-1")]


def test_the_limit_is_ten_megabytes_and_must_make_sense(firm: Firm) -> None:
    assert load_settings(firm.config, explicit=True).invoices.max_pdf_bytes == 10_000_000
    firm.write_config("[invoices]\nmax_pdf_bytes = 5\n")
    with pytest.raises(ConfigError, match=r"invoices\.max_pdf_bytes : nombre entier de 10000"):
        load_settings(firm.config, explicit=True)
