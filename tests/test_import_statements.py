"""Bank statements recorded: certain credits applied through the one payment path, probable
ones proposed to a person (never applied alone), the rest listed; nothing recorded twice;
debits ignored; then a person's decisions (`payments accept/reject`) and the digest.

The first statements here are built from StatementLine values (the shape every statement
reader gives); the last tests import real statement files (tests/data/statements/) through
`import-payments`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from relancebot.core.creditor_reference import creditor_reference
from relancebot.importing.statements import Statement, StatementLine
from relancebot.store.database import open_database
from relancebot.store.records import COMMAND
from relancebot.store.statements import StatementImport, line_keys, record_statement

from .conftest import Firm
from .review_helpers import at

D = Decimal
ACCOUNT = "FR7630004000031234567890143"
ACME_IBAN = "FR7610107001011234567890129"
INVOICES = """\
    number;client;email;amount;issue_date;due_date;pdf;currency
    F-2026-0418;Acme SARL;compta@acme.fr;300,00;15/09/2026;15/10/2026;factures/F-2026-0418.pdf;EUR
    F-2026-0420;Acme SARL;compta@acme.fr;1250,00;01/10/2026;02/11/2026;factures/F-2026-0420.pdf;EUR
    F-2026-0421;Acme SARL;compta@acme.fr;480,00;02/10/2026;02/11/2026;factures/F-2026-0421.pdf;EUR
    F-2026-0430;Studio Lefèvre;studio@lefevre.fr;640,00;05/10/2026;05/11/2026;factures/F-2026-0430.pdf;EUR
    F-2026-0431;Studio Lefèvre;studio@lefevre.fr;640,00;06/10/2026;06/11/2026;factures/F-2026-0431.pdf;EUR
    F-2026-0440;Boulangerie Dupont;compta@dupont.fr;75,00;07/10/2026;07/11/2026;factures/F-2026-0440.pdf;EUR
    F-2026-0450;Globex Ltd;ap@globex.com;500,00;08/10/2026;08/11/2026;factures/F-2026-0450.pdf;USD
    """
NOW = "2026-11-10T09:00"


@pytest.fixture
def books(firm: Firm) -> Firm:
    for line in INVOICES.splitlines()[1:]:
        firm.pdf(line.split(";")[0].strip())
    firm.run("import-invoices", str(firm.csv("factures.csv", INVOICES)), now="2026-11-02T07:00")
    return firm


def credit(day: int, amount: str, text: str = "", **fields: Any) -> StatementLine:
    return StatementLine(
        f"ligne {day}", dt.date(2026, 11, day), D(amount), remittance=text, **fields
    )


def record(
    firm: Firm, *lines: StatementLine, name: str = "releve.xml", kind: str = "camt.053"
) -> StatementImport:
    db = open_database(firm.root / "relancebot.db")
    try:
        statement = Statement(kind, ACCOUNT, tuple(lines))
        return record_statement(db, statement, firm.root / name, at(NOW), actor=COMMAND)
    finally:
        db.conn.close()


def query(firm: Firm, sql: str, *params: object) -> list[tuple[Any, ...]]:
    db = open_database(firm.root / "relancebot.db")
    try:
        return [tuple(r) for r in db.execute(sql, list(params)).fetchall()]
    finally:
        db.conn.close()


def paid(firm: Firm) -> dict[str, tuple[str, bool]]:
    rows = query(firm, "SELECT number, paid, paid_at IS NOT NULL FROM invoices")
    return {number: (amount, bool(settled)) for number, amount, settled in rows}


def test_certain_credits_are_applied_and_probable_ones_only_proposed(books: Firm) -> None:
    done = record(
        books,
        credit(
            3,
            "1250.00",
            "VIR SEPA ACME SARL FACT F2026-0420",
            payer_name="ACME SARL",
            payer_iban=ACME_IBAN,
        ),
        credit(4, "-89.90", "PRLV ORANGE"),  # a debit: ignored, never stored
        credit(5, "75.00", "VIR INST", payer_name="J DURAND"),  # the amount alone
        credit(6, "12.34", "REMBOURSEMENT TROP PERCU"),
    )
    assert [c.outcome for c in done.credits] == ["applied", "proposed", "unmatched"]
    assert done.debits == 1
    assert paid(books)["F-2026-0420"] == ("1250.00", True)
    assert paid(books)["F-2026-0440"] == ("0.00", False)  # proposed, not applied
    assert query(books, "SELECT invoice_number, amount, reference FROM payments") == [
        ("F-2026-0420", "1250.00", f"relevé:{line_keys(done.statement)[0]}")
    ]
    assert query(books, "SELECT COUNT(*) FROM statement_lines") == [(3,)]
    # The payer of a certain match is learned for its customer.
    assert sorted(query(books, "SELECT customer_id, kind, value FROM payers")) == [
        ("acme-sarl", "iban", ACME_IBAN),
        ("acme-sarl", "name", "acme"),
    ]
    # The proposal waits for a person, with its task; nobody chases F-2026-0420 any more.
    assert query(
        books, "SELECT kind, customer_id, state FROM tasks WHERE kind = 'check_payment'"
    ) == [("check_payment", "boulangerie-dupont", "open")]
    history = books.run("history", "F-2026-0420", now=NOW).output
    assert "appliqué à F-2026-0420 : numéro F-2026-0420 dans le libellé" in history


def test_the_same_statement_twice_records_nothing_twice(books: Firm) -> None:
    lines = (
        credit(3, "250.00", "ACOMPTE F-2026-0420"),
        credit(3, "250.00", "ACOMPTE F-2026-0420"),  # two instalments, identical: two
        credit(5, "75.00", "VIR INST", payer_name="J DURAND", bank_id="2026110500017"),
    )
    first = record(books, *lines)
    assert [c.outcome for c in first.credits] == ["applied", "applied", "proposed"]
    assert paid(books)["F-2026-0420"] == ("500.00", False)
    again = record(books, *lines)
    assert [c.outcome for c in again.credits] == ["known", "known", "known"]
    assert again.credits[0].reason == f"n° {first.credits[0].id}, appliqué"
    assert paid(books)["F-2026-0420"] == ("500.00", False)
    assert query(books, "SELECT COUNT(*) FROM statement_lines") == [(3,)]
    assert query(books, "SELECT COUNT(*) FROM tasks WHERE kind = 'check_payment'") == [(1,)]
    # A later export repeating them and adding a third identical instalment adds the third.
    later = record(books, *lines, credit(3, "250.00", "ACOMPTE F-2026-0420"))
    assert [c.outcome for c in later.credits] == ["known", "known", "known", "applied"]
    assert paid(books)["F-2026-0420"] == ("750.00", False)


def test_partial_payments_add_up_and_an_overpayment_is_noted(books: Firm) -> None:
    record(books, credit(3, "1000.00", "FACTURE F-2026-0420 ACOMPTE"))
    assert paid(books)["F-2026-0420"] == ("1000.00", False)
    done = record(books, credit(9, "300.00", "SOLDE F 2026 0420"))
    assert done.credits[0].outcome == "applied"
    assert done.credits[0].overpaid == D("50.00")
    assert "trop-perçu de 50,00\u00a0€" in done.credits[0].reason
    assert done.credits[0].settled == ("F-2026-0420",)
    assert paid(books)["F-2026-0420"] == ("1300.00", True)
    history = books.run("history", "F-2026-0420", now=NOW).output
    assert "trop-perçu de 50,00" in history


def test_a_batch_paying_two_invoices(books: Firm) -> None:
    rf = creditor_reference("F-2026-0421")
    done = record(books, credit(4, "1730.00", f"F-2026-0420 {rf}"))
    assert done.credits[0].outcome == "applied"
    assert done.credits[0].allocation == (
        ("F-2026-0420", D("1250.00")),
        ("F-2026-0421", D("480.00")),
    )
    assert done.credits[0].settled == ("F-2026-0420", "F-2026-0421")
    assert paid(books)["F-2026-0421"] == ("480.00", True)


def test_a_learned_iban_pays_the_next_time(books: Firm) -> None:
    record(books, credit(3, "300.00", "F-2026-0418", payer_iban=ACME_IBAN))
    done = record(books, credit(9, "480.00", "VIREMENT ACME", payer_iban=ACME_IBAN))
    assert done.credits[0].outcome == "applied"
    assert done.credits[0].allocation == (("F-2026-0421", D("480.00")),)
    assert done.credits[0].reason.startswith("IBAN FR76…0129 connu pour Acme SARL")


def test_a_learned_name_alone_is_never_applied(books: Firm) -> None:
    record(books, credit(3, "300.00", "F-2026-0418", payer_name="ACME SARL"))
    done = record(books, credit(9, "480.00", "VIREMENT", payer_name="ACME SARL"))
    assert done.credits[0].outcome == "proposed"
    assert paid(books)["F-2026-0421"] == ("0.00", False)


def test_the_same_movement_from_another_export_is_not_applied_again(books: Firm) -> None:
    record(books, credit(3, "250.00", "VIR F-2026-0420", payer_name="ACME", bank_id="A1"))
    # A bank whose ids change from one download to the next: the same day, the same payer.
    again = record(
        books, credit(3, "250.00", "/INV/ VIR F-2026-0420", payer_name="ACME SARL", bank_id="B7")
    )
    assert again.credits[0].outcome == "unmatched"
    assert "le même virement, dans un autre format ou un autre export" in again.credits[0].reason
    # In another format, dated a day later, its text written otherwise.
    other = record(
        books,
        credit(4, "250.00", "VIR SEPA RECU /DE ACME /MOTIF F2026-0420", payer_name="ACME SARL"),
        name="releve.sta",
        kind="mt940",
    )
    assert other.credits[0].outcome == "unmatched"
    assert paid(books)["F-2026-0420"] == ("250.00", False)
    assert query(books, "SELECT COUNT(*) FROM payments") == [(1,)]
    # A second instalment of the same amount a week later: paid.
    later = record(books, credit(10, "250.00", "VIR F-2026-0420", payer_name="ACME", bank_id="A2"))
    assert later.credits[0].outcome == "applied"
    # Another payer the same day, another invoice named: not a twin.
    other_payer = record(
        books, credit(3, "250.00", "F-2026-0421", payer_name="ACME SARL", bank_id="A3")
    )
    assert other_payer.credits[0].outcome == "applied"
    assert paid(books)["F-2026-0420"] == ("500.00", False)


def test_a_payment_already_recorded_by_hand_makes_the_credit_a_proposal(books: Firm) -> None:
    books.run("mark-paid", "F-2026-0420", "--amount", "250", "--date", "2026-11-04", now=NOW)
    done = record(books, credit(4, "250.00", "ACOMPTE F-2026-0420"))
    assert done.credits[0].outcome == "proposed"
    assert "est déjà enregistré sur F-2026-0420 : le même ?" in done.credits[0].reason
    assert paid(books)["F-2026-0420"] == ("250.00", False)
    # A credit naming an invoice paid in full is not put on another for its amount.
    books.run("mark-paid", "F-2026-0421", now=NOW)
    twice = record(books, credit(5, "480.00", "F-2026-0421"))
    assert twice.credits[0].outcome == "proposed"
    assert (
        "F-2026-0421 déjà soldée(s) : trop-perçu ou paiement en double ?" in twice.credits[0].reason
    )


def test_a_credit_in_another_currency_is_only_listed(books: Firm) -> None:
    done = record(books, credit(4, "500.00", "INVOICE F-2026-0450"))
    assert done.credits[0].outcome == "unmatched"
    assert "le virement est en EUR et la facture en USD" in done.credits[0].reason


# --- A person decides ---------------------------------------------------------------------------


def proposals(books: Firm) -> tuple[int, int, int]:
    """Three credits: two proposed (Dupont's amount, Lefèvre's name), one matching nothing."""
    done = record(
        books,
        credit(5, "75.00", "VIR INST", payer_name="J DURAND"),
        credit(6, "640.00", "VIREMENT", payer_name="STUDIO LEFEVRE"),
        credit(7, "99.00", "CADEAU"),
    )
    assert [c.outcome for c in done.credits] == ["proposed", "proposed", "unmatched"]
    return done.credits[0].id, done.credits[1].id, done.credits[2].id


def test_accept_applies_the_proposal_and_learns_the_payer(books: Firm) -> None:
    dupont, lefevre, _ = proposals(books)
    listing = books.run("payments", "proposed", now=NOW).output
    assert books.run("payments", now=NOW).output == listing
    assert (
        f"n° {dupont}  05/11/2026, 75,00\u00a0€ de J DURAND, « VIR INST » → F-2026-0440 ?"
        in listing
    )
    assert f"n° {lefevre}  06/11/2026, 640,00\u00a0€ de STUDIO LEFEVRE" in listing
    out = books.run("payments", "accept", str(dupont), now=NOW).output
    assert (
        f"Virement n° {dupont}" in out
        and "appliqué à F-2026-0440 ; soldée(s) : F-2026-0440." in out
    )
    assert paid(books)["F-2026-0440"] == ("75.00", True)
    assert query(books, "SELECT outcome, decided_by FROM statement_lines WHERE id = ?", dupont) == [
        ("accepted", COMMAND)
    ]
    assert ("boulangerie-dupont", "name", "j durand") in query(
        books, "SELECT customer_id, kind, value FROM payers"
    )
    assert query(
        books, "SELECT state FROM tasks WHERE kind = 'check_payment' AND customer_id = ?",
        "boulangerie-dupont",
    ) == [("done",)]  # fmt: skip
    # Replayed: refused, nothing more applied.
    again = books.run("payments", "accept", str(dupont), now=NOW, ok=False)
    assert again.exit_code == 2
    assert "déjà accepté par une personne le 10/11/2026 par commande" in again.output
    assert paid(books)["F-2026-0440"] == ("75.00", True)
    history = books.run("history", "F-2026-0440", now=NOW).output
    assert "accepté par une personne, appliqué à F-2026-0440" in history


def test_accept_onto_another_invoice(books: Firm) -> None:
    _, lefevre, _ = proposals(books)
    out = books.run("payments", "accept", str(lefevre), "--invoice", "F-2026-0431", now=NOW)
    assert "appliqué à F-2026-0431" in out.output
    assert paid(books)["F-2026-0431"] == ("640.00", True)
    assert paid(books)["F-2026-0430"] == ("0.00", False)
    refused = books.run("payments", "accept", "9999", now=NOW, ok=False)
    assert "aucun virement n° 9999" in refused.output


def test_reject_leaves_everything_unpaid_and_lists_it(books: Firm) -> None:
    dupont, lefevre, nothing = proposals(books)
    out = books.run("payments", "reject", str(lefevre), now=NOW).output
    assert "proposition refusée, rien n'a été appliqué" in out
    assert paid(books)["F-2026-0430"] == ("0.00", False)
    unmatched = books.run("payments", "unmatched", now=NOW).output
    assert f"n° {lefevre}" in unmatched and "proposition refusée par commande" in unmatched
    assert f"n° {nothing}  07/11/2026, 99,00\u00a0€ de payeur non indiqué, « CADEAU »" in unmatched
    assert f"n° {dupont}" not in unmatched
    assert (
        "déjà refusé par une personne"
        in books.run("payments", "reject", str(lefevre), now=NOW, ok=False).output
    )
    # A credit that matched nothing has nothing to accept, until a person names the invoice.
    assert "--invoice" in books.run("payments", "accept", str(nothing), now=NOW, ok=False).output
    books.run("payments", "accept", str(nothing), "--invoice", "F-2026-0418", now=NOW)
    assert paid(books)["F-2026-0418"] == ("99.00", False)


def test_the_digest_lists_proposals_and_the_day_s_unmatched(books: Firm) -> None:
    dupont, _, nothing = proposals(books)
    digest = books.run("digest", now=NOW).output
    assert "VIREMENTS À RAPPROCHER" in digest
    assert f"n° {dupont}" in digest and f"n° {nothing}" in digest
    assert "Rapprocher un paiement reçu" in digest


# --- Real statement files through `import-payments` ---------------------------------------------

STATEMENTS = Path(__file__).parent / "data" / "statements"
THEIR_INVOICES = """\
    number;client;email;amount;issue_date;due_date;pdf
    F-2026-0412;Dupont Bâtiment SARL;compta@dupont-batiment.fr;1250,00;01/10/2026;31/10/2026;factures/F-2026-0412.pdf
    F-2026-0413;Garage Lefèvre & Fils;compta@garage-lefevre.fr;2000,00;02/10/2026;01/11/2026;factures/F-2026-0413.pdf
    2026-118;SCI Les Tilleuls;gestion@tilleuls.fr;3000,00;03/10/2026;02/11/2026;factures/2026-118.pdf
    F-2026-0420;Hôtel du Port SAS;compta@hotelduport.fr;2500,00;04/10/2026;03/11/2026;factures/F-2026-0420.pdf
    F-2026-0421;Hôtel du Port SAS;compta@hotelduport.fr;1700,00;05/10/2026;04/11/2026;factures/F-2026-0421.pdf
    F-2026-0398;Zürcher Werkstätten AG;ap@zuercher.ch;1000,00;20/09/2026;20/10/2026;factures/F-2026-0398.pdf
    F-2026-0416;Müller Maschinenbau GmbH;buchhaltung@mueller.de;1190,00;06/10/2026;05/11/2026;factures/F-2026-0416.pdf
    F-2026-0425;Becker Hans;hans@becker.de;500,00;07/10/2026;06/11/2026;factures/F-2026-0425.pdf
    F-2026-0419;Société Nouvelle Arcadie;compta@arcadie.fr;2160,00;08/10/2026;07/11/2026;factures/F-2026-0419.pdf
    """


@pytest.fixture
def their_books(firm: Firm) -> Firm:
    for line in THEIR_INVOICES.splitlines()[1:]:
        firm.pdf(line.split(";")[0].strip())
    firm.run("import-invoices", str(firm.csv("f.csv", THEIR_INVOICES)), now="2026-11-02T07:00")
    return firm


def statement(name: str) -> str:
    return str(STATEMENTS / name)


def test_a_camt_statement_applied_then_imported_again(their_books: Firm) -> None:
    out = their_books.run("import-payments", statement("camt053_v02_bnp.xml"), now=NOW).output
    assert (
        "camt053_v02_bnp.xml : relevé camt.053, compte FR7630004000031234567890143, 3 crédit(s),"
        " 1 débit(s) ignoré(s)."
    ) in out
    assert (
        "appliqué : 02/11/2026, 1\u202f250,00\u00a0€ de DUPONT BATIMENT SARL → F-2026-0412"
        " (numéro F-2026-0412 dans le libellé) ; soldée(s) : F-2026-0412"
    ) in out
    # One batch entry, two transfers: each matched on its own.
    assert "de GARAGE LEFÈVRE & FILS → F-2026-0413 (référence RF43F20260413 dans le libellé)" in out
    assert (
        "de SCI LES TILLEULS → 2026-118 (numéro 2026-118 dans le libellé ; paiement partiel" in out
    )
    assert paid(their_books)["2026-118"] == ("1499.50", False)
    assert query(their_books, "SELECT COUNT(*) FROM statement_lines") == [(3,)]  # no debit
    again = their_books.run("import-payments", statement("camt053_v02_bnp.xml"), now=NOW).output
    assert "Bilan : 0 appliqué(s), 0 à décider, 0 sans correspondance, 3 déjà importé(s)." in again
    assert query(their_books, "SELECT COUNT(*), SUM(amount) FROM payments") == [(3, 4749.5)]


def test_two_invoices_paid_at_once_an_overpayment_and_a_credit_matching_nothing(
    their_books: Firm,
) -> None:
    out = their_books.run("import-payments", statement("camt053_v08_prefixed.xml"), now=NOW).output
    assert (
        "→ F-2026-0420 (2\u202f500,00\u00a0€), F-2026-0421 (1\u202f700,00\u00a0€) (numéros"
        " F-2026-0420, F-2026-0421 dans le libellé, dont les restes dus font exactement"
    ) in out
    assert "→ F-2026-0398 (numéro F-2026-0398 dans le libellé ; trop-perçu de 150,00\u00a0€)" in out
    assert "sans correspondance (n° " in out and "« RETOUR PRLV SEPA IMPAYE EDF »" in out
    assert paid(their_books)["F-2026-0398"] == ("1150.00", True)
    assert "trop-perçu de 150,00" in their_books.run("history", "F-2026-0398", now=NOW).output
    assert "RETOUR PRLV SEPA IMPAYE EDF" in their_books.run("payments", "unmatched", now=NOW).output


def test_a_probable_credit_waits_for_a_person(their_books: Firm) -> None:
    out = their_books.run("import-payments", statement("mt940_german_subfields.sta"), now=NOW)
    assert "relevé MT940" in out.output and "1 débit(s) ignoré(s)" in out.output
    proposal = [line for line in out.output.splitlines() if "à décider (n°" in line]
    assert len(proposal) == 1 and "Hans Becker" in proposal[0]
    assert "nom « Hans Becker » proche du client Becker Hans, montant exact" in proposal[0]
    assert paid(their_books)["F-2026-0425"] == ("0.00", False)
    (line_id,) = query(their_books, "SELECT id FROM statement_lines WHERE outcome = 'proposed'")[0]
    their_books.run("payments", "accept", str(line_id), now=NOW)
    assert paid(their_books)["F-2026-0425"] == ("500.00", True)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("ofx2_xml.ofx", "relevé OFX"),
        ("cfonb120_releve.txt", "relevé CFONB 120"),
        ("csv_societe_generale.csv", "relevé export CSV (societe-generale)"),
        ("mt940_french.sta", "relevé MT940"),
    ],
)
def test_every_format_is_recognised_by_its_content(
    their_books: Firm, name: str, label: str
) -> None:
    renamed = their_books.root / "export.dat"  # the name says nothing
    renamed.write_bytes((STATEMENTS / name).read_bytes())
    out = their_books.run("import-payments", str(renamed), now=NOW).output
    assert f"export.dat : {label}" in out
    assert "appliqué : " in out


def test_a_refused_file_and_nothing_of_the_command_is_written(their_books: Firm) -> None:
    hostile = their_books.root / "hostile.xml"
    text = (STATEMENTS / "camt053_v02_bnp.xml").read_text(encoding="utf-8")
    hostile.write_text(
        text.replace("?>", '?>\n<!DOCTYPE Document [<!ENTITY x "F-2026-0412">]>', 1),
        encoding="utf-8",
    )
    csv = their_books.csv("paiements.csv", "number,amount,date\nF-2026-0419,100,2026-11-04\n")
    refused = their_books.run(
        "import-payments", str(csv), statement("ofx2_xml.ofx"), str(hostile), now=NOW, ok=False
    )
    assert refused.exit_code == 1
    assert "1 fichier(s) refusé(s) sur 3 : aucun n'a été importé." in refused.output
    assert "hostile.xml : fichier refusé" in refused.output and "DOCTYPE" in refused.output
    assert query(their_books, "SELECT COUNT(*) FROM payments") == [(0,)]
    assert query(their_books, "SELECT COUNT(*) FROM statement_lines") == [(0,)]
    # The payments CSV of always and a statement, in one command.
    out = their_books.run("import-payments", str(csv), statement("ofx2_xml.ofx"), now=NOW).output
    assert "paiements.csv : 1 paiement(s) enregistré(s)." in out
    assert "relevé OFX" in out
    assert paid(their_books)["F-2026-0419"] == ("2260.00", True)  # 100 + 2 160, trop-perçu


def test_a_dry_run_writes_nothing(their_books: Firm) -> None:
    out = their_books.run(
        "import-payments", "--dry-run", statement("camt053_v02_bnp.xml"), now=NOW
    ).output
    assert out.startswith("Essai à blanc : rien n'a été écrit.")
    assert "appliqué : 02/11/2026, 1\u202f250,00\u00a0€ de DUPONT BATIMENT SARL" in out
    assert query(their_books, "SELECT COUNT(*) FROM statement_lines") == [(0,)]
    assert paid(their_books)["F-2026-0412"] == ("0.00", False)


def test_a_folder_of_statements(their_books: Firm) -> None:
    folder = their_books.root / "releves"
    folder.mkdir()
    for name in ("camt053_v02_bnp.xml", "ofx2_xml.ofx"):
        (folder / name).write_bytes((STATEMENTS / name).read_bytes())
    (folder / ".~lock.ofx2_xml.ofx#").write_text("LibreOffice", encoding="utf-8")  # skipped
    out = their_books.run("import-payments", str(folder), now=NOW).output
    assert "camt053_v02_bnp.xml : relevé camt.053" in out and "ofx2_xml.ofx : relevé OFX" in out
    assert paid(their_books)["F-2026-0419"] == ("2160.00", True)
    empty = their_books.root / "vide"
    empty.mkdir()
    refused = their_books.run("import-payments", str(empty), now=NOW, ok=False)
    assert refused.exit_code == 1 and "dossier sans fichier à importer" in refused.output
