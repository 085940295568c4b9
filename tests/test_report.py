"""report: where every case stands, as CSV for a spreadsheet and HTML to print."""

from __future__ import annotations

import csv
from html.parser import HTMLParser

from .conftest import Firm
from .review_helpers import setup_firm
from .servers.smtp import SmtpServer


def test_report_csv_and_html(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    for day in ("2026-11-03", "2026-11-10", "2026-11-17", "2026-12-02"):
        firm.run("tick", now=f"{day}T09:30")
    firm.run("mark-paid", "F-2", now="2026-12-02T10:00")
    path, page = firm.root / "point.csv", firm.root / "point.html"
    out = firm.run("report", "--csv", str(path), "--html", str(page), now="2026-12-03T10:00")
    assert "3 dossier(s)" in out.output
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert list(rows[0]) == [
        "Client",
        "Code client",
        "Facture",
        "Échéance",
        "Montant TTC",
        "Payé",
        "Reste dû",
        "Jours de retard",
        "Niveau atteint",
        "Dernière action",
        "Date dernière action",
        "État",
        "Prochaine étape",
    ]
    by_number = {r["Facture"]: r for r in rows}
    assert set(by_number) == {"F-1", "F-3", "F-4"}  # F-2 is paid
    f1 = by_number["F-1"]
    assert (f1["Montant TTC"], f1["Reste dû"], f1["Jours de retard"]) == (
        "1250,00",
        "1250,00",
        "31",
    )
    assert f1["Niveau atteint"] == "3e relance" and f1["État"].startswith("à appeler")
    assert "appeler" in f1["Prochaine étape"]
    assert by_number["F-4"]["État"] == "relances en cours"

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.cells: list[str] = []

        def handle_data(self, data: str) -> None:
            if data.strip():
                self.cells.append(data.strip())

    parser = Cells()
    parser.feed(page.read_text(encoding="utf-8"))
    assert "Point des relances — Atelier Morel SARL" in parser.cells
    assert {"F-1", "F-3", "F-4", "Prochaine étape"} <= set(parser.cells)
    text = firm.run("report", "--all", now="2026-12-03T10:00").output
    assert "F-2" in text and "payée" in text and "Total : 4 dossier(s)" in text
