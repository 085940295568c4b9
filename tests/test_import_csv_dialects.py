"""Files as Excel and LibreOffice write them: ';' or ',', CRLF, Windows-1252 or UTF-8 with a
BOM (or UTF-16), quoted cells holding '""', ';' or a line break."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from relancebot.importing.columns import INVOICE_COLUMNS, INVOICE_REQUIRED
from relancebot.importing.csvfile import read_rows

from .conftest import Firm
from .import_helpers import FIRST_REMINDER, body_text, query, sending_to
from .servers.smtp import SmtpServer

HEADER = ["N° facture", "Raison sociale", "Courriel", "Montant TTC", "Date", "Échéance", "PDF"]


def excel(rows: list[list[str]], delimiter: str = ";") -> str:
    """What Excel's "CSV (séparateur : point-virgule)" writes: CRLF, quotes doubled."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def invoice(number: str, client: str, amount: str = "1 250,00") -> list[str]:
    return [number, client, f"compta@{number.lower()}.fr", amount, "01/10/2026", "02/11/2026",
            f"factures/{number}.pdf"]  # fmt: skip


def test_excel_doubled_quotes_and_a_quoted_semicolon(firm: Firm, smtp_server: SmtpServer) -> None:
    sending_to(firm, smtp_server)
    firm.pdf("F-1"), firm.pdf("F-2")
    text = excel(
        [
            HEADER,
            invoice("F-1", 'Boulangerie "Chez Paul"'),
            invoice("F-2", 'Dupont ; fils ""&"" cie'),
        ]
    )
    assert '"Boulangerie ""Chez Paul"""' in text  # as Excel writes it
    path = firm.root / "export.csv"
    path.write_bytes(text.encode("cp1252"))
    assert "2 facture(s) ajoutée(s)" in firm.run("import-invoices", str(path)).output
    assert sorted(query(firm, "SELECT name FROM customers")) == [
        ('Boulangerie "Chez Paul"',),
        ('Dupont ; fils ""&"" cie',),
    ]
    firm.run("tick", now=FIRST_REMINDER)
    (to_paul,) = [r for r in smtp_server.to_customers if r.rcpt_tos == ["compta@f-1.fr"]]
    assert "1 250,00 €" in body_text(to_paul)


def test_utf8_with_bom_commas_and_a_cell_on_two_lines(firm: Firm) -> None:
    firm.pdf("F-1"), firm.pdf("F-2"), firm.pdf("F-3")
    rows = [
        [*HEADER, "Adresse"],
        [*invoice("F-1", "Café Hénault, Lyon", "1 250,00 €"), "3 rue Neuve\n69001 Lyon"],
        [*invoice("F-2", "Studio Lefèvre", "980,50"), ""],
        [*invoice("F-3", "Garage Martin", "trois cents"), ""],
    ]
    path = firm.root / "export.csv"
    path.write_bytes(b"\xef\xbb\xbf" + excel(rows, ",").encode("utf-8"))
    out = firm.run("import-invoices", str(path), ok=False).output
    # Line numbers are the spreadsheet's rows: the two-line cell is one row.
    assert "ligne 4 : montant illisible : 'trois cents'" in out and "ligne 2" not in out
    rows[3][3] = "300,00"
    path.write_bytes(b"\xef\xbb\xbf" + excel(rows, ",").encode("utf-8"))
    firm.run("import-invoices", str(path))
    assert query(firm, "SELECT name FROM customers ORDER BY name") == [
        ("Café Hénault, Lyon",),
        ("Garage Martin",),
        ("Studio Lefèvre",),
    ]
    assert query(firm, "SELECT number, amount FROM invoices ORDER BY number") == [
        ("F-1", "1250.00"),
        ("F-2", "980.50"),
        ("F-3", "300.00"),
    ]


def test_excel_sep_hint_and_unicode_text(firm: Firm) -> None:
    firm.pdf("F-1")
    hinted = firm.root / "hinted.csv"
    hinted.write_bytes(("sep=;\r\n" + excel([HEADER, invoice("F-1", "Hénault")])).encode("cp1252"))
    assert "1 facture(s) ajoutée(s)" in firm.run("import-invoices", str(hinted)).output
    unicode_text = firm.root / "unicode.txt"  # Excel's "Texte Unicode": UTF-16, tabs
    unicode_text.write_bytes(
        excel([HEADER, invoice("F-1", "Hénault", "1 300,00")], "\t").encode("utf-16")
    )
    assert "1 mise(s) à jour" in firm.run("import-invoices", str(unicode_text)).output
    assert query(firm, "SELECT amount FROM invoices") == [("1300.00",)]


def test_a_quote_left_open_is_a_refused_line_not_a_traceback(firm: Firm) -> None:
    path = firm.csv(
        "f.csv",
        "number;client;email;amount;issue_date;due_date;pdf\n"
        'F-1;"Dupont;a@a.fr;100;2026-10-01;2026-11-01;factures/F-1.pdf\n',
    )
    result = firm.run("import-invoices", str(path), ok=False)
    assert result.exit_code == 1 and "ligne 2 : CSV illisible" in result.output
    assert "Traceback" not in result.output


cells = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters=';,"\t'), max_size=30
)


@settings(max_examples=60, deadline=None)
@given(st.lists(cells, min_size=7, max_size=7), st.sampled_from([";", ",", "\t"]),
       st.sampled_from(["utf-8-sig", "cp1252", "utf-16"]))  # fmt: skip
def test_whatever_a_spreadsheet_writes_reads_back(
    values: list[str], delimiter: str, encoding: str
) -> None:
    values = [v.encode(encoding, "replace").decode(encoding) for v in values]
    data = excel([HEADER, values], delimiter).encode(encoding)
    assume(any(v.strip() for v in values))
    if encoding == "cp1252":  # bytes that happen to be UTF-8 too are read as UTF-8: fair
        assume(not _utf8(data) or data.isascii())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.csv"
        path.write_bytes(data)
        (row,) = read_rows(path, INVOICE_COLUMNS, INVOICE_REQUIRED)
    names = ["number", "client", "email", "amount", "issue_date", "due_date", "pdf"]
    assert row.line == 2
    assert dict(row.values) == {n: v.strip() for n, v in zip(names, values, strict=True)}


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
