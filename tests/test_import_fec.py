"""import-fec: the open customer items of a FEC become invoices to chase, and nothing else.

The files in tests/data/fec/ are written as accounting software exports them: a Sage-style
export (tab, UTF-8, auxiliary customer accounts, journals VE/BQ/OD, a lettered payment, a
partial payment whose bank line carries the invoice as its piece, a credit note) and an
EBP-style one (pipe, Windows-1252 accents, one 411 account per customer, a DateEcheance
column added after the 18, a separator closing each line, a lower-case lettering).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.fec import parse_fec

from .conftest import Firm
from .import_helpers import attachments, body_text, query, sending_to
from .servers.smtp import SmtpServer

DATA = Path(__file__).parent / "data" / "fec"
SAGE = DATA / "sage_ventes_2026.txt"
EBP = DATA / "ebp_export_pipe_latin1.txt"
NOW = "2026-11-10T09:00"
HEADER = (
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
    "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
    "ValidDate\tMontantdevise\tIdevise"
)


def fec_line(*cells: str) -> str:
    """One line of 18 cells; those not given are empty."""
    return "\t".join([*cells, *([""] * (18 - len(cells)))])


def invoices(firm: Firm) -> list[tuple[object, ...]]:
    return query(
        firm,
        "SELECT number, customer_id, amount, issue_date, due_date, pdf_path, origin, paid"
        " FROM invoices ORDER BY number",
    )


def test_open_items_of_a_sage_export_become_invoices(firm: Firm) -> None:
    out = firm.run("import-fec", str(SAGE), now=NOW).output
    assert "23 ligne(s) lue(s), 3 pièce(s) client ouverte(s) : 3 facture(s) ajoutée(s)" in out
    assert "1 pièce(s) soldée(s) ou avoir(s), non relancée(s)" in out
    assert "date de la pièce + 30 jours ([imports] payment_terms_days)" in out
    # F-2026-0101 is lettered (paid), AV-2026-0007 a credit note: neither is chased. The
    # partial payment of F-2026-0103 (its bank line not lettered) leaves 1 400,00 owed.
    assert invoices(firm) == [
        ("F-2026-0102", "C0002", "3600.00", "2026-09-20", "2026-10-20", "", "fec", "0.00"),
        ("F-2026-0103", "C0003", "1400.00", "2026-10-01", "2026-10-31", "", "fec", "0.00"),
        ("F-2026-0104", "C0004", "960.00", "2026-10-28", "2026-11-27", "", "fec", "0.00"),
    ]
    assert query(firm, "SELECT id, name FROM customers ORDER BY id") == [
        ("C0002", "Mairie de Villeurbanne"),
        ("C0003", "SCI Les Tilleuls"),
        ("C0004", "Hôtel Bellevue"),
    ]
    tasks = query(firm, "SELECT kind, customer_id, summary FROM tasks ORDER BY customer_id")
    assert [(k, c) for k, c, _ in tasks] == [
        ("missing_email", "C0002"),
        ("missing_email", "C0003"),
        ("missing_email", "C0004"),
    ]
    assert "Adresse email manquante pour « Hôtel Bellevue » (C0004)" in tasks[2][2]
    assert "F-2026-0104" in tasks[2][2]


def test_a_pipe_separated_latin1_export_with_due_dates(firm: Firm) -> None:
    firm.run("import-fec", str(EBP), now=NOW)
    # No auxiliary accounts: the 411 account is the customer; DateEcheance gives the due date;
    # FA00233, lettered 'b' with its cheque, is paid.
    assert invoices(firm) == [
        ("FA00231", "411CRECHE", "1250.00", "2026-10-02", "2026-11-01", "", "fec", "0.00"),
        ("FA00232", "411ELEC", "540.00", "2026-10-09", "2026-11-08", "", "fec", "0.00"),
    ]
    assert query(firm, "SELECT name FROM customers ORDER BY id") == [
        ("Crèche Les Lutins",),
        ("Société Générale d'Électricité",),
    ]


def test_the_firms_default_terms_give_the_due_dates(firm: Firm) -> None:
    firm.write_config("[imports]\npayment_terms_days = 45\n")
    out = firm.run("import-fec", str(SAGE), now=NOW).output
    assert "date de la pièce + 45 jours" in out
    assert query(firm, "SELECT due_date FROM invoices WHERE number = 'F-2026-0102'") == [
        ("2026-11-04",)
    ]


def test_imported_again_adds_nothing(firm: Firm) -> None:
    firm.run("import-fec", str(SAGE), now=NOW)
    before = invoices(firm)
    out = firm.run("import-fec", str(SAGE), now="2026-11-12T09:00").output
    assert "0 facture(s) ajoutée(s), 3 déjà connue(s) (gardées telles quelles)" in out
    assert invoices(firm) == before
    assert query(firm, "SELECT COUNT(*) FROM tasks") == [(3,)]


def test_known_invoices_keep_their_data_and_their_customer(firm: Firm) -> None:
    firm.pdf("F-2026-0102")
    csv = firm.csv(
        "factures.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf,client_id
        F-2026-0102,Ville de Villeurbanne,finances@villeurbanne.fr,3500.00,2026-09-21,2026-10-15,factures/F-2026-0102.pdf,VILLEURBANNE
        """,
    )
    firm.run("import-invoices", str(csv), now="2026-11-01T09:00")
    # A later FEC piece of the same account (C0002) is that customer's: its invoice on file
    # says so; no second customer, no missing address.
    text = SAGE.read_text(encoding="utf-8") + "\r\n".join(
        [
            fec_line("VE", "Journal des ventes", "VE000106", "20261105", "411000", "Clients",
                     "C0002", "Mairie de Villeurbanne", "F-2026-0105", "20261105",
                     "Facture F-2026-0105", "480,00", "0,00"),
            fec_line("VE", "Journal des ventes", "VE000106", "20261105", "706000",
                     "Prestations", "", "", "F-2026-0105", "20261105", "Facture F-2026-0105",
                     "0,00", "480,00"),
        ]
    ) + "\r\n"  # fmt: skip
    fec = firm.root / "FEC.txt"
    fec.write_text(text, encoding="utf-8")
    out = firm.run("import-fec", str(fec), now=NOW).output
    assert "1 déjà connue(s)" in out
    assert "compte C0002 : le client Ville de Villeurbanne (VILLEURBANNE), déjà connu" in out
    rows = {r[0]: r for r in invoices(firm)}
    assert rows["F-2026-0102"][1:6] == (
        "VILLEURBANNE",
        "3500.00",
        "2026-09-21",
        "2026-10-15",
        str((firm.root / "factures" / "F-2026-0102.pdf").resolve()),
    )
    assert rows["F-2026-0102"][6] == "csv"
    assert rows["F-2026-0105"][1:3] == ("VILLEURBANNE", "480.00")
    assert query(firm, "SELECT id FROM customers WHERE id LIKE 'C000%' ORDER BY id") == [
        ("C0003",),
        ("C0004",),
    ]
    assert query(firm, "SELECT customer_id FROM tasks WHERE kind = 'missing_email' ORDER BY 1") == [
        ("C0003",),
        ("C0004",),
    ]


def test_a_fec_reminder_goes_without_attachment_once_an_address_is_known(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    firm.run("import-fec", str(SAGE), now="2026-11-02T07:00")
    firm.run("tick", now="2026-11-02T10:00")
    assert smtp_server.to_customers == []  # nobody has an address: nothing is sent to nobody
    plan = firm.run("plan", "--all", now="2026-11-02T10:00").output
    assert "F-2026-0102" in plan and "aucune adresse" in plan
    digest = firm.run("digest", now="2026-11-02T10:00").output
    assert "Adresse email manquante" in digest and "Mairie de Villeurbanne" in digest

    firm.run("confirm-contact", "C0002", "finances@villeurbanne.fr", now="2026-11-02T11:00")
    assert query(
        firm, "SELECT customer_id, state FROM tasks WHERE kind = 'missing_email' ORDER BY 1"
    ) == [("C0002", "done"), ("C0003", "open"), ("C0004", "open")]
    firm.run("tick", now="2026-11-02T14:00")
    [sent] = smtp_server.to_customers
    assert sent.rcpt_tos == ["finances@villeurbanne.fr"]
    assert attachments(sent) == []
    text = body_text(sent)
    assert "F-2026-0102" in text and "3 600,00 €" in text
    assert "ci-joint" not in text
    assert "Nous pouvons vous adresser une copie de la facture sur simple demande." in text


def test_a_dry_run_writes_nothing(firm: Firm) -> None:
    firm.run("tick", now=NOW)
    out = firm.run("import-fec", str(SAGE), "--dry-run", now=NOW).output
    assert "essai à blanc, rien n'a été écrit" in out
    assert "Factures ajoutées (3) : F-2026-0102 (C0002), F-2026-0103 (C0003)" in out
    assert "Clients créés (3)" in out
    assert invoices(firm) == []
    assert query(firm, "SELECT COUNT(*) FROM tasks") == [(0,)]


def test_malformed_lines_refuse_the_file_naming_each(firm: Firm) -> None:
    lines = SAGE.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace("20260920", "20261345", 1)  # line 5: no such date
    lines[7] = lines[7].replace("2400,00", "2 4OO,00")  # line 8: a letter O for a zero
    lines[12] = lines[12].rsplit("\t", 3)[0]  # line 13: cells missing
    bad = firm.root / "FEC-abime.txt"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    firm.run("tick", now=NOW)
    result = firm.run("import-fec", str(bad), now=NOW, ok=False)
    assert result.exit_code == 1
    out = result.output
    assert "fichier refusé, rien n'a été importé" in out
    assert "ligne 5 : EcritureDate illisible '20261345'" in out
    assert "ligne 8 : Debit : montant illisible" in out
    assert "ligne 13 : 15 colonnes pour 18 dans l'en-tête" in out
    assert invoices(firm) == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            b"number;client;email;amount\nF-1;A;a@a.fr;100\n",
            "ligne 1 : pas un FEC",
        ),
        (
            HEADER.replace("\tPieceRef", "\tReference").encode() + b"\n",
            "colonne(s) du FEC absente(s) : PieceRef",
        ),
        (HEADER.encode("utf-16"), "UTF-16 ou binaire"),
        (b"", "fichier vide"),
    ],
)
def test_what_is_not_a_fec_is_refused_with_the_reason(
    firm: Firm, content: bytes, reason: str
) -> None:
    path = firm.root / "export.txt"
    path.write_bytes(content)
    out = firm.run("import-fec", str(path), now=NOW, ok=False).output
    assert reason in out


def test_the_montant_and_sens_variant(firm: Firm) -> None:
    header = HEADER.replace("Debit\tCredit", "Montant\tSens")
    text = "\n".join(
        [
            header,
            fec_line("VE", "Ventes", "1", "20261003", "411000", "Clients", "C9", "Garage Martin",
                     "F-77", "20261003", "Facture F-77", "720,00", "D"),
            fec_line("VE", "Ventes", "1", "20261003", "706000", "Prestations", "", "", "F-77",
                     "20261003", "Facture F-77", "720,00", "C"),
        ]
    )  # fmt: skip
    path = firm.root / "fec.txt"
    path.write_text(text + "\n", encoding="utf-8")
    firm.run("import-fec", str(path), now=NOW)
    assert invoices(firm) == [
        ("F-77", "C9", "720.00", "2026-10-03", "2026-11-02", "", "fec", "0.00")
    ]


def test_a_piece_open_on_two_customer_accounts_is_refused(firm: Firm, tmp_path: Path) -> None:
    shutil.copy(SAGE, tmp_path / "fec.txt")
    extra = fec_line("VE", "Ventes", "9", "20261101", "411000", "Clients", "C0004",
                     "Hôtel Bellevue", "F-2026-0102", "20261101", "Doublon", "10,00", "0,00")  # fmt: skip
    with (tmp_path / "fec.txt").open("a", encoding="utf-8") as handle:
        handle.write(extra + "\r\n")
    out = firm.run("import-fec", str(tmp_path / "fec.txt"), now=NOW, ok=False).output
    assert "pièce F-2026-0102 ouverte sur deux comptes clients" in out


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet='\t|;,0123456789VEBQ411-/ AÉé"\r', max_size=60), max_size=8))
def test_any_text_is_read_or_refused_with_a_reason(lines: list[str]) -> None:
    data = "\n".join([HEADER, *lines]).encode("utf-8")
    try:
        reading = parse_fec(data, Path("fec.txt"))
    except ImportRejected as exc:
        assert exc.problems and all(p.strip() for p in exc.problems)
        return
    assert all(item.amount > 0 for item in reading.items)
