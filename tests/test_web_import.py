"""Import: a file uploaded, what it would change or every refused line, nothing written before
the confirmation; then the import, journalled as the web user; the kept file deleted."""

from __future__ import annotations

import io
import sqlite3
import stat
from pathlib import Path

import pytest
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import TestResponse, encode_multipart

from relancebot.web.app import create_app
from relancebot.workspace import Workspace

from .conftest import Firm
from .review_helpers import at
from .web_helpers import NOW, ORIGIN, Browser, browser, firm_app, make_workspace, plain, seed

HEAD = "number;client;email;amount;issue_date;due_date;pdf\n"
GOOD = (
    HEAD
    + "F-5;Mairie de Lyon;finances@lyon.fr;540,00;05/11/2026;05/12/2026;factures/F-5.pdf\n"
    + "F-1;Boulangerie Dupont;compta@dupont.fr;1200,00;02/10/2026;02/11/2026;factures/F-1.pdf\n"
)
BAD = (
    HEAD
    + "F-5;Mairie de Lyon;finances@lyon.fr;540,00;05/11/2026;05/12/2026;factures/F-5.pdf\n"
    + "F-6;<b>Garage</b>;garage@exemple.fr;beaucoup;05/11/2026;05/12/2026;factures/F-6.pdf\n"
)
PAYMENTS = "number;amount;date\nF-2;120,00;01/12/2026\n"


def everything(root: Path) -> list[str]:
    with sqlite3.connect(root / "relancebot.db") as conn:
        return list(conn.iterdump())


def kept(root: Path) -> list[Path]:
    return sorted(root.glob(".import-*.csv"))


def upload(
    b: Browser, text: str, kind: str = "factures", *, prefix: str = "", origin: str = ORIGIN
) -> TestResponse:
    fields = {"csrf_token": b.csrf(), "kind": kind}
    file = FileStorage(io.BytesIO(text.encode("utf-8")), "export.csv", "file", "text/csv")
    # Encoded here as bytes: the test client would spool a large body to a file it leaves open.
    boundary, body = encode_multipart(MultiDict({**fields, "file": file}))
    return b.client.post(
        f"{prefix}/import",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers={"Origin": origin},
    )


@pytest.fixture
def imported(firm: Firm) -> Firm:
    seed(firm)
    firm.pdf("F-5")
    firm.pdf("F-6")
    return firm


def test_a_file_with_one_bad_line_is_refused_whole(imported: Firm) -> None:
    b = browser(firm_app(imported))
    assert 'enctype="multipart/form-data"' in b.text("/import")
    before = everything(imported.root)
    answer = upload(b, BAD)
    assert answer.status_code == 303 and "/import/factures/" in answer.headers["Location"]
    page = b.follow(answer)
    text = plain(page)
    assert "Fichier refusé : rien ne serait importé" in text and "ligne 3" in text
    assert "<b>Garage" not in page and 'id="confirmer"' not in page
    assert everything(imported.root) == before
    (path,) = kept(imported.root)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    cancel = b.post(answer.headers["Location"] + "/annuler", {})
    assert "Import annulé" in plain(b.follow(cancel))
    assert kept(imported.root) == [] and everything(imported.root) == before
    assert b.get(answer.headers["Location"]).status_code == 404


def test_a_good_file_shows_what_would_change_then_imports_on_confirm(imported: Firm) -> None:
    b = browser(firm_app(imported))
    before = everything(imported.root)
    answer = upload(b, GOOD)
    text = plain(b.follow(answer))
    assert "Factures ajoutées (1) : F-5 (mairie-de-lyon)" in text
    assert "F-1" in text and "Clients créés" in text
    assert everything(imported.root) == before  # the preview wrote nothing
    confirm = b.post(answer.headers["Location"] + "/confirmer", {})
    assert confirm.headers["Location"] == "/import"
    assert "Import fait : 1 facture(s) ajoutée(s), 1 mise(s) à jour." in plain(b.follow(confirm))
    assert kept(imported.root) == []
    with sqlite3.connect(imported.root / "relancebot.db") as conn:
        assert conn.execute("SELECT amount FROM invoices WHERE number = 'F-5'").fetchone()
        actors = {
            a for (a,) in conn.execute("SELECT actor FROM events WHERE invoice_number = 'F-5'")
        }
    assert actors == {"web:claire"}
    assert "F-5" in imported.run("history", "F-5", now=NOW).output
    assert b.post(answer.headers["Location"] + "/confirmer", {}).status_code == 404


def test_payments(imported: Firm) -> None:
    b = browser(firm_app(imported))
    answer = upload(b, PAYMENTS, "paiements")
    assert "/import/paiements/" in answer.headers["Location"]
    assert "Paiements appliqués (1)" in plain(b.follow(answer))
    done = plain(b.follow(b.post(answer.headers["Location"] + "/confirmer", {})))
    assert "1 paiement(s) enregistré(s) ; soldée(s) : F-2." in done


def test_refusals(imported: Firm) -> None:
    b = browser(firm_app(imported))
    assert upload(b, GOOD, origin="http://evil.example").status_code == 403
    bare = b.client.post(
        "/import",
        data={"kind": "factures", "file": (io.BytesIO(GOOD.encode()), "f.csv")},
        headers={"Origin": ORIGIN},
    )
    assert bare.status_code == 400 and kept(imported.root) == []
    empty = upload(b, "")
    assert "un fichier CSV non vide" in plain(b.follow(empty))
    answer = upload(b, GOOD)
    where = answer.headers["Location"]
    before = everything(imported.root)
    assert b.post(where + "/confirmer", {}, origin="http://evil.example").status_code == 403
    assert b.post(where + "/annuler", {}, origin="http://evil.example").status_code == 403
    assert b.client.post(where + "/confirmer", headers={"Origin": ORIGIN}).status_code == 400
    assert b.get(where + "/confirmer").status_code == 405
    assert everything(imported.root) == before and len(kept(imported.root)) == 1
    assert b.get("/import/factures/..%2F..%2Fconfig").status_code == 404
    assert b.get("/import/autre/" + "0" * 32).status_code == 404
    stranger = browser(firm_app(imported), logged_in=False)
    assert "/login" in stranger.get("/import").headers["Location"]
    assert "/login" in stranger.get(where).headers["Location"]


def test_a_firm_of_a_workspace(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    b = browser(create_app(Workspace(root), now_override=at(NOW)))
    assert 'href="/e/boulangerie-b/import"' in b.text("/e/boulangerie-b/")
    (root / "boulangerie-b" / "factures" / "B-8.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    line = (
        "B-8;Garage Martin;compta@garage-martin.fr;80,00;01/11/2026;01/12/2026;factures/B-8.pdf\n"
    )
    answer = upload(b, HEAD + line, prefix="/e/boulangerie-b")
    assert answer.headers["Location"].startswith("/e/boulangerie-b/import/factures/")
    assert len(kept(root / "boulangerie-b")) == 1 and kept(root / "atelier-morel") == []
    assert "Factures ajoutées (1) : B-8" in plain(b.follow(answer))
    done = b.post(answer.headers["Location"] + "/confirmer", {})
    assert done.headers["Location"] == "/e/boulangerie-b/import"
    with sqlite3.connect(root / "boulangerie-b" / "relancebot.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM invoices WHERE number = 'B-8'").fetchone() == (1,)


def test_a_file_above_the_pages_usual_limit(imported: Firm) -> None:
    """The import takes a file above the 1 MB every other route refuses, from a logged-in
    person only."""
    big = GOOD + "".join(f"# ligne de commentaire {n:07d} {'x' * 80}\n" for n in range(15_000))
    assert len(big) > 1_000_000
    answer = upload(browser(firm_app(imported)), big)
    assert answer.status_code == 303 and "/import/factures/" in answer.headers["Location"]
    stranger = browser(firm_app(imported), logged_in=False)
    assert upload(stranger, big).status_code == 413


@pytest.mark.parametrize(
    "text",
    [
        "%PDF-1.7\n% a Factur-X\n",
        '<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>',
        "OFXHEADER:100\nDATA:OFXSGML\n",
    ],
)
def test_an_einvoice_or_a_statement_is_sent_to_the_command_or_the_folder(
    imported: Firm, text: str
) -> None:
    """The page keeps an upload only until it is confirmed: an e-invoice's PDF would be the
    document of its reminders; the page says where such a file goes instead."""
    b = browser(firm_app(imported))
    before = everything(imported.root)
    answer = upload(b, text)
    assert answer.headers["Location"] == "/import"
    page = plain(b.follow(answer))
    assert "Ce fichier n'est pas un CSV" in page and "watch_dir" in page
    assert kept(imported.root) == [] and everything(imported.root) == before
