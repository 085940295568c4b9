"""[imports] watch_dir: files dropped from outside (a Factur-X, a CSV and its PDF, a FEC, a bank
statement, a hostile file), imported by `tick` by their content, moved to imported/ or refused/
with the reason beside them; a payment on the statement stops the reminder of the same pass;
the digest says what came in."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

from relancebot.service.tick import tick

from .conftest import Firm
from .einvoice_samples import Sample, facturx_pdf
from .import_helpers import query
from .test_import_statements import STATEMENTS, THEIR_INVOICES
from .test_linking import app_of

NOW = "2026-11-10T09:00"
FEC = Path(__file__).parent / "data" / "fec" / "sage_ventes_2026.txt"


def watched(firm: Firm) -> Path:
    firm.write_config('[imports]\nwatch_dir = "depot"\n')
    folder = firm.root / "depot"
    folder.mkdir()
    return folder


def drop(folder: Path, name: str, data: bytes, *, age: float = 60) -> Path:
    """A file as another program leaves it: complete, written `age` seconds ago."""
    path = folder / name
    path.write_bytes(data)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_factur_x_an_invoices_csv_with_its_pdf_and_a_fec_come_in(firm: Firm) -> None:
    folder = watched(firm)
    drop(folder, "scan-0001.dat", facturx_pdf(Sample(number="FX-2026-7")))  # the name says nothing
    pdf = (firm.pdf("F-2026-0501")).read_bytes()
    drop(folder, "F-2026-0501.pdf", pdf)
    drop(
        folder,
        "export.csv",
        (
            b"number;client;email;amount;issue_date;due_date;pdf\n"
            b"F-2026-0501;Acme SARL;compta@acme.fr;300,00;01/10/2026;31/10/2026;F-2026-0501.pdf\n"
        ),
    )
    drop(folder, "ecritures.txt", FEC.read_bytes())
    drop(folder, "en-cours.csv.part", b"number;client\n")  # still being copied
    # Still being written: modified "now" as the pass sees it, however slow this machine is.
    drop(folder, "tout-frais.csv", b"number;client;email\n", age=-30)
    out = firm.run("tick", now="2026-10-05T09:00").output

    assert "Fichier déposé scan-0001.dat importé : 1 facture(s) ajoutée(s)" in out
    assert "Fichier déposé export.csv importé" in out
    assert "Fichier déposé F-2026-0501.pdf importé : document des factures importées" in out
    assert "Fichier déposé ecritures.txt importé" in out
    assert listing(folder) == [
        "en-cours.csv.part",
        "imported/F-2026-0501.pdf",
        "imported/ecritures.txt",
        "imported/export.csv",
        "imported/scan-0001.dat",
        "tout-frais.csv",
    ]
    documents = dict(query(firm, "SELECT number, pdf_path FROM invoices"))
    # The documents the reminders attach followed their files into imported/.
    assert documents["FX-2026-7"] == str((folder / "imported" / "scan-0001.dat").resolve())
    assert documents["F-2026-0501"] == str((folder / "imported" / "F-2026-0501.pdf").resolve())
    assert ("fec",) in query(firm, "SELECT DISTINCT origin FROM invoices")
    kinds = query(firm, "SELECT name, kind, outcome FROM dropped_files ORDER BY id")
    assert ("scan-0001.dat", "factures", "imported") in kinds
    assert ("ecritures.txt", "FEC", "imported") in kinds

    # The same invoice dropped again the next day: updated, nothing twice; the name is free.
    drop(folder, "scan-0001.dat", facturx_pdf(Sample(number="FX-2026-7")))
    out = firm.run("tick", now="2026-10-06T09:00").output
    assert "Fichier déposé scan-0001.dat importé : 0 facture(s) ajoutée(s), 1 mise(s) à jour" in out
    assert (folder / "imported" / "scan-0001 (2).dat").is_file()
    assert query(firm, "SELECT COUNT(*) FROM invoices WHERE number = 'FX-2026-7'") == [(1,)]


def test_a_statement_pays_before_the_reminder_and_hostile_files_are_refused(firm: Firm) -> None:
    folder = watched(firm)
    for line in THEIR_INVOICES.splitlines()[1:]:
        firm.pdf(line.split(";")[0].strip())
    firm.run("import-invoices", str(firm.csv("f.csv", THEIR_INVOICES)), now="2026-11-02T07:00")
    drop(folder, "releve.xml", (STATEMENTS / "camt053_v02_bnp.xml").read_bytes())
    hostile = (STATEMENTS / "camt053_v02_bnp.xml").read_text(encoding="utf-8")
    hostile = hostile.replace("?>", '?>\n<!DOCTYPE Document [<!ENTITY x "F-2026-0412">]>', 1)
    drop(folder, "piege.xml", hostile.encode())
    drop(folder, "photo.pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    drop(folder, "binaire.bin", b"\x00\x01\x02garbage")
    out = firm.run("tick", now=NOW).output

    assert "Fichier déposé releve.xml importé : " in out and "appliqué" in out
    assert "Fichier déposé piege.xml refusé : " in out and "DOCTYPE" in out
    assert "Fichier déposé photo.pdf refusé : PDF sans facture électronique" in out
    assert "Fichier déposé binaire.bin refusé : format non reconnu" in out
    assert listing(folder) == [
        "imported/releve.xml",
        "refused/binaire.bin",
        "refused/binaire.bin.motif.txt",
        "refused/photo.pdf",
        "refused/photo.pdf.motif.txt",
        "refused/piege.xml",
        "refused/piege.xml.motif.txt",
    ]
    reason = (folder / "refused" / "piege.xml.motif.txt").read_text(encoding="utf-8")
    assert reason.startswith("piege.xml refusé par relancebot :") and "DOCTYPE" in reason
    # F-2026-0412 was paid on the statement: no reminder left for it in this very pass.
    settled = "SELECT paid_at IS NOT NULL FROM invoices WHERE number = 'F-2026-0412'"
    assert query(firm, settled) == [(1,)]
    assert not [
        s
        for (s,) in query(firm, "SELECT subject FROM outbox WHERE kind = 'reminder'")
        if "F-2026-0412" in s
    ]
    assert query(firm, "SELECT COUNT(*) FROM outbox WHERE kind = 'reminder'") != [(0,)]
    events = [k for (k,) in query(firm, "SELECT kind FROM events WHERE kind LIKE 'file_%'")]
    assert events.count("file_imported") == 1 and events.count("file_refused") == 3

    digest = firm.run("digest", now="2026-11-10T09:05").output
    assert "FICHIERS DÉPOSÉS" in digest
    assert "releve.xml (relevé camt.053) : importé" in digest
    assert "piege.xml : REFUSÉ" in digest or "piege.xml (" in digest

    # The same statement dropped again: nothing recorded twice.
    shutil.copy(STATEMENTS / "camt053_v02_bnp.xml", folder / "encore.xml")
    then = time.time() - 60
    os.utime(folder / "encore.xml", (then, then))
    before = query(firm, "SELECT COUNT(*), SUM(amount) FROM payments")
    firm.run("tick", now="2026-11-10T10:00")
    assert query(firm, "SELECT COUNT(*), SUM(amount) FROM payments") == before


def test_no_watch_dir_no_folder_needed(firm: Firm) -> None:
    out = firm.run("tick", now=NOW).output
    assert "Fichier déposé" not in out
    assert query(firm, "SELECT COUNT(*) FROM dropped_files") == [(0,)]


def test_a_watch_dir_that_does_not_exist_is_a_config_error(firm: Firm) -> None:
    firm.write_config('[imports]\nwatch_dir = "nulle-part"\n')
    result = firm.run("tick", now=NOW, ok=False)
    assert result.exit_code != 0
    assert "imports.watch_dir : dossier introuvable" in result.output


def test_a_factur_x_dropped_in_is_its_own_document_wherever_pdf_root_is(firm: Firm) -> None:
    """pdf_root guards what a CSV may name; the watched folder is the firm's own choice."""
    firm.write_config('[invoices]\npdf_root = "factures"\n[imports]\nwatch_dir = "depot"\n')
    (firm.root / "factures").mkdir()
    folder = firm.root / "depot"
    folder.mkdir()
    drop(folder, "facture.pdf", facturx_pdf(Sample(number="FX-2026-9")))
    out = firm.run("tick", now="2026-10-05T09:00").output
    assert "Fichier déposé facture.pdf importé : 1 facture(s) ajoutée(s)" in out
    (document,) = query(firm, "SELECT pdf_path FROM invoices WHERE number = 'FX-2026-9'")[0]
    assert document == str((folder / "imported" / "facture.pdf").resolve())
    # The same file given on the command line from elsewhere is still held to pdf_root.
    elsewhere = firm.root / "ailleurs.pdf"
    elsewhere.write_bytes(facturx_pdf(Sample(number="FX-2026-10")))
    refused = firm.run("import-invoices", str(elsewhere), now="2026-10-05T09:00", ok=False)
    assert "hors du dossier des factures" in refused.output


def test_a_statement_finds_the_invoice_dropped_with_it(firm: Firm) -> None:
    """Files are taken invoices first, whatever their names: the statement of the same drop
    pays the Factur-X beside it, and no reminder goes for it."""
    folder = watched(firm)
    sample = Sample(number="FA-2026-0042", total_excl="500.00", tax="100.00")
    drop(
        folder, "zz-facture.pdf", facturx_pdf(sample.but(total_incl="600.00", amount_due="600.00"))
    )
    drop(
        folder,
        "aa-releve.csv",
        "Date;Libellé;Débit euros;Crédit euros\n"
        "03/11/2026;VIR SEPA BOULANGERIE DUPAIN SAS FA-2026-0042;;600,00\n"
        "03/11/2026;PRLV EDF;45,10;\n".encode("cp1252"),
    )
    out = firm.run("tick", now="2026-11-03T10:00").output
    assert out.index("zz-facture.pdf importé") < out.index("aa-releve.csv importé")
    assert "1 virement(s) reçu(s) : 1 appliqué(s)" in out
    assert query(firm, "SELECT paid, paid_at IS NOT NULL FROM invoices") == [("600.00", 1)]
    assert query(firm, "SELECT COUNT(*) FROM outbox WHERE kind = 'reminder'") == [(0,)]


def test_a_watch_dir_gone_after_start_up_stops_nothing_else(firm: Firm) -> None:
    """An unmounted share: the pass goes on (reminders, mail), the folder is tried again."""
    folder = watched(firm)
    firm.pdf("F-2026-0601")
    firm.run(
        "import-invoices",
        str(
            firm.csv(
                "f.csv",
                "number;client;email;amount;issue_date;due_date;pdf\n"
                "F-2026-0601;Acme SARL;compta@acme.fr;300,00;01/10/2026;31/10/2026;"
                "factures/F-2026-0601.pdf\n",
            )
        ),
        now="2026-10-05T09:00",
    )
    app = app_of(firm)
    folder.rmdir()  # after the config was read
    try:
        report = tick(app, dt.datetime(2026, 11, 4, 10, tzinfo=dt.UTC))
    finally:
        app.db.conn.close()
    assert report.dropped == []
    assert report.queued  # the reminder of F-2026-0601 went on


def test_status_says_where_the_folder_is_and_what_came_in(firm: Firm) -> None:
    folder = watched(firm)
    drop(folder, "scan.pdf", facturx_pdf(Sample(number="FX-2026-11")))
    drop(folder, "photo.pdf", b"%PDF-1.4\n%%EOF\n")
    firm.run("tick", now="2026-10-05T09:00")
    out = firm.run("status", now="2026-10-06T09:00", ok=False).output
    assert f"Dossier surveillé : {folder} (1 fichier(s) importé(s), 1 refusé(s) en 7 jours" in out
