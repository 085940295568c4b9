"""import-invoices with e-invoices: Factur-X PDFs, CII and UBL XML, folders of them, by content.

End to end through the command line, with invoices written by tests/einvoice_samples.py as
invoicing software writes them, and reminders received by a real SMTP server.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from relancebot.importing.payment_terms import due_from_terms
from relancebot.store.database import open_database
from relancebot.store.imports import document_moved

from .conftest import Firm
from .einvoice_samples import PROFILES, Sample, cii_xml, facturx_pdf, ubl_xml, visible_pdf, write
from .import_helpers import attachments, body_text, query, sending_to
from .servers.smtp import SmtpServer

IMPORTED = "2026-10-05T09:00"
REMINDED = "2026-11-04T10:00"  # due 01/11 (a Sunday, and Toussaint): the first reminder is due
NO_ID = Sample(buyer_id="", legal_id="", buyer_vat="")  # known by its name alone


def plain(text: str) -> str:
    """French typography's no-break spaces made plain, to compare with what is written."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def drop(firm: Firm, name: str, data: bytes) -> Path:
    return write(firm.root / "factures" / name, data)


def invoice(firm: Firm, number: str) -> dict[str, object]:
    columns = (
        "customer_id, amount, amount_excl_tax, currency, issue_date, due_date, pdf_path, origin,"
        " paid, paid_at"
    )
    [row] = query(firm, f"SELECT {columns} FROM invoices WHERE number = ?", (number,))
    return dict(zip([c.strip() for c in columns.split(",")], row, strict=True))


def tasks(firm: Firm) -> list[tuple[str, str, str, str]]:
    found = query(firm, "SELECT kind, customer_id, state, summary FROM tasks ORDER BY id")
    return [(str(k), str(c), str(s), plain(str(t))) for k, c, s, t in found]


def test_a_facturx_invoice_with_every_field_and_its_pdf_on_the_reminder(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    path = drop(firm, "F-2026-0412.pdf", facturx_pdf())
    out = firm.run("import-invoices", str(path), now=IMPORTED).output
    assert "1 facture(s) ajoutée(s), 0 mise(s) à jour." in out
    assert invoice(firm, "F-2026-0412") == {
        "customer_id": "CLI-0042",
        "amount": "1200.00",
        "amount_excl_tax": "1000.00",
        "currency": "EUR",
        "issue_date": "2026-10-02",
        "due_date": "2026-11-01",
        "pdf_path": str(path.resolve()),
        "origin": "facturx",
        "paid": "0.00",
        "paid_at": None,
    }
    assert query(
        firm, "SELECT name, contact, phone, siren, siret, vat_number, language FROM customers"
    ) == [
        (
            "Boulangerie Dupain SAS",
            "Claire Fontaine",
            "+33 1 42 00 00 00",
            "356000000",
            "35600000000048",
            "FR32356000000",
            "fr",
        )
    ]
    assert query(firm, "SELECT email, role, active FROM contacts") == [
        ("compta@dupain.fr", "to", 1)
    ]
    firm.run("tick", now=REMINDED)
    [sent] = smtp_server.to_customers
    assert sent.rcpt_tos == ["compta@dupain.fr"]
    assert attachments(sent) == ["F-2026-0412.pdf"]
    assert "Vous la trouverez ci-jointe." in body_text(sent)


def test_a_bare_xml_invoice_is_chased_without_attachment(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    cii = drop(firm, "F-1.xml", cii_xml(Sample(number="F-1")))
    ubl = drop(firm, "F-2.xml", ubl_xml(Sample(number="F-2", total_incl="600.00",
                                                 total_excl="500.00", tax="100.00",
                                                 amount_due="600.00")))  # fmt: skip
    out = firm.run("import-invoices", str(cii), str(ubl), now=IMPORTED).output
    assert "2 chemins : 2 facture(s) ajoutée(s)" in out
    assert [invoice(firm, n)["origin"] for n in ("F-1", "F-2")] == ["cii", "ubl"]
    assert [invoice(firm, n)["pdf_path"] for n in ("F-1", "F-2")] == ["", ""]
    firm.run("tick", now=REMINDED)
    [sent] = smtp_server.to_customers
    assert attachments(sent) == []
    text = body_text(sent)
    assert "F-1" in text and "F-2" in text
    assert "ci-joint" not in text
    assert "Nous pouvons vous adresser une copie des factures sur simple demande." in text


def test_a_reminder_of_a_pdf_and_a_bare_xml_says_which_is_attached(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1")))
    drop(firm, "F-2.xml", cii_xml(Sample(number="F-2")))
    firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED)
    firm.run("tick", now=REMINDED)
    [sent] = smtp_server.to_customers
    assert attachments(sent) == ["F-1.pdf"]
    assert (
        "Vous trouverez ci-jointe la facture F-1 ; nous pouvons vous adresser une copie des "
        "autres sur simple demande." in body_text(sent)
    )


def test_the_due_date_from_the_terms_else_the_firms_default(firm: Firm) -> None:
    firm.write_config("[imports]\npayment_terms_days = 60\n")
    drop(
        firm,
        "a.xml",
        cii_xml(Sample(number="A", due_date=None, payment_terms="Paiement à 45 jours fin de mois")),
    )
    drop(firm, "b.xml", cii_xml(Sample(number="B", due_date=None, payment_terms="Net 30")))
    drop(firm, "c.xml", cii_xml(Sample(number="C", due_date=None, payment_terms="")))
    out = firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED).output
    assert [invoice(firm, n)["due_date"] for n in "ABC"] == [
        "2026-11-30",  # 02/10 + 45 days = 16/11, end of month
        "2026-11-01",
        "2026-12-01",  # no terms: 02/10 + 60 days ([imports] payment_terms_days)
    ]  # fmt: skip
    assert "A : échéance 30/11/2026 tirée des conditions de paiement" in out
    assert (
        "C : pas d'échéance dans la facture : 01/12/2026, soit la date de facture + 60 jours "
        "([imports] payment_terms_days)" in out
    )


def test_a_prepaid_amount_is_recorded_and_only_what_is_due_is_chased(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    part = Sample(number="F-1", prepaid="360.00", amount_due="840.00")
    full = Sample(number="F-2", prepaid="1200.00", amount_due="0.00")
    drop(firm, "F-1.pdf", facturx_pdf(part))
    drop(firm, "F-2.pdf", facturx_pdf(full))
    out = plain(firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED).output)
    assert (
        "Acompte de 360,00 € déjà versé sur F-1 (facture électronique) : reste dû 840,00 €" in out
    )
    assert query(
        firm, "SELECT invoice_number, amount, date, reference FROM payments ORDER BY 1"
    ) == [
        ("F-1", "360.00", "2026-10-02", "acompte"),
        ("F-2", "1200.00", "2026-10-02", "acompte"),
    ]
    assert invoice(firm, "F-1")["paid"] == "360.00"
    assert invoice(firm, "F-2")["paid_at"] is not None  # nothing due: never chased
    firm.run("import-invoices", str(firm.root / "factures"), now="2026-10-06T09:00")
    assert query(firm, "SELECT COUNT(*) FROM payments") == [(2,)]  # imported again: nothing
    firm.run("tick", now=REMINDED)
    [sent] = smtp_server.to_customers
    text = body_text(sent)
    assert "reste dû : 840,00 €" in text and "F-2" not in text


def test_without_an_email_the_invoice_waits_for_one_and_a_person_is_asked(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    # BT-49, the e-invoicing address, is an email here: it routes invoices, it is no contact.
    routed = Sample(email="", routing_scheme="EM", routing_id="factures@dupain.fr")
    drop(firm, "F-2026-0412.pdf", facturx_pdf(routed))
    out = firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED).output
    assert "CLI-0042 : adresse email manquante, une tâche est ouverte" in out
    assert query(firm, "SELECT COUNT(*) FROM contacts") == [(0,)]
    [(kind, customer, state, summary)] = tasks(firm)
    assert (kind, customer, state) == ("missing_email", "CLI-0042", "open")
    assert "Adresse email manquante pour « Boulangerie Dupain SAS » (CLI-0042)" in summary
    firm.run("tick", now=REMINDED)
    assert smtp_server.to_customers == []  # never guessed, never sent to nobody
    digest = firm.run("digest", now=REMINDED).output
    assert "Adresse email manquante" in digest
    case = firm.run("case", "CLI-0042", now=REMINDED).output
    assert "Adresse email manquante" in case

    # An address arrives with the firm's CSV: the task closes, the reminder goes.
    firm.pdf("F-2026-0500")
    csv = firm.csv(
        "f.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf,client_id
        F-2026-0500,Boulangerie Dupain SAS,compta@dupain.fr,90,2026-11-01,2026-12-01,factures/F-2026-0500.pdf,CLI-0042
        """,
    )
    firm.run("import-invoices", str(csv), now="2026-11-04T11:00")
    assert [(k, s) for k, _c, s, _ in tasks(firm)] == [("missing_email", "done")]
    firm.run("tick", now="2026-11-04T14:00")
    [sent] = smtp_server.to_customers
    assert sent.rcpt_tos == ["compta@dupain.fr"]
    assert attachments(sent) == ["F-2026-0412.pdf"]


def test_an_einvoice_without_email_never_erases_the_addresses_on_file(firm: Firm) -> None:
    firm.pdf("F-0")
    csv = firm.csv(
        "f.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf,client_id
        F-0,Boulangerie Dupain SAS,compta@dupain.fr,90,2026-10-01,2026-11-01,factures/F-0.pdf,CLI-0042
        """,
    )
    firm.run("import-invoices", str(csv), now=IMPORTED)
    one = drop(firm, "F-1.xml", cii_xml(Sample(number="F-1", email="")))
    two = drop(firm, "F-2.xml", cii_xml(Sample(number="F-2", email="direction@dupain.fr")))
    out = firm.run("import-invoices", str(one), str(two), now=IMPORTED).output
    assert "manquante" not in out
    assert query(firm, "SELECT email, active FROM contacts ORDER BY id") == [
        ("compta@dupain.fr", 1),
        ("direction@dupain.fr", 1),
    ]
    assert tasks(firm) == []


def test_a_credit_note_reduces_the_invoice_it_corrects_once(firm: Firm) -> None:
    drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1")))
    credit = Sample(number="AV-1", type_code="381", preceding_invoice="F-1", total_excl="200.00",
                    tax="40.00", total_incl="240.00", amount_due="240.00")  # fmt: skip
    drop(firm, "AV-1.xml", cii_xml(credit))
    out = plain(firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED).output)
    assert "1 facture(s) ajoutée(s), 0 mise(s) à jour, 1 avoir(s)." in out
    assert "Avoir AV-1 imputé sur F-1 : 240,00 €" in out
    assert query(firm, "SELECT invoice_number, amount, reference FROM payments") == [
        ("F-1", "240.00", "avoir AV-1")
    ]
    assert invoice(firm, "F-1")["paid"] == "240.00"
    assert query(firm, "SELECT number FROM invoices") == [("F-1",)]  # no invoice for AV-1
    [(applied,)] = query(firm, "SELECT summary FROM events WHERE kind = 'credit_note_applied'")
    assert plain(str(applied)) == "Avoir AV-1 imputé sur F-1 : 240,00 €"
    again = firm.run("import-invoices", str(firm.root / "factures"), now="2026-10-06T09:00")
    assert "Avoir AV-1 déjà importé : rien de plus" in again.output
    assert query(firm, "SELECT COUNT(*) FROM payments") == [(1,)]
    assert invoice(firm, "F-1")["paid"] == "240.00"


def test_a_credit_note_of_the_whole_invoice_settles_it_later(firm: Firm) -> None:
    drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1")))
    firm.run("import-invoices", str(firm.root / "factures" / "F-1.pdf"), now=IMPORTED)
    credit = Sample(number="AV-9", type_code="381", preceding_invoice="F-1")  # 1 200,00
    path = write(firm.root / "avoirs" / "AV-9.xml", ubl_xml(credit, credit_note=True))
    out = firm.run("import-invoices", str(path), now="2026-10-10T09:00").output
    assert "soldée(s) : F-1" in out
    assert invoice(firm, "F-1")["paid_at"] is not None


def test_a_credit_note_naming_no_known_invoice_is_left_to_a_person(firm: Firm) -> None:
    credit = Sample(number="AV-3", type_code="381", preceding_invoice="F-1999",
                    total_excl="100.00", tax="20.00", total_incl="120.00", amount_due="120.00")  # fmt: skip
    path = drop(firm, "AV-3.xml", cii_xml(credit))
    out = plain(firm.run("import-invoices", str(path), now=IMPORTED).output)
    assert "à imputer par une personne (la facture F-1999 qu'il corrige est inconnue)" in out
    assert query(firm, "SELECT COUNT(*) FROM invoices") == [(0,)]
    assert query(firm, "SELECT COUNT(*) FROM payments") == [(0,)]
    [(kind, customer, state, summary)] = tasks(firm)
    assert (kind, customer, state) == ("allocate_credit", "CLI-0042", "open")
    assert "Avoir AV-3 de 120,00 €" in summary and "Boulangerie Dupain SAS" in summary
    firm.run("import-invoices", str(path), now="2026-10-06T09:00")
    assert query(firm, "SELECT COUNT(*) FROM events WHERE kind = 'credit_note_unallocated'") == [
        (1,)
    ]


def test_a_credit_note_above_what_is_owed_leaves_the_rest_to_a_person(firm: Firm) -> None:
    drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1", prepaid="1000.00",
                                               amount_due="200.00")))  # fmt: skip
    credit = Sample(number="AV-4", type_code="381", preceding_invoice="F-1", total_excl="250.00",
                    tax="50.00", total_incl="300.00", amount_due="300.00")  # fmt: skip
    drop(firm, "AV-4.xml", cii_xml(credit))
    firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED)
    assert invoice(firm, "F-1")["paid_at"] is not None
    assert query(firm, "SELECT amount FROM payments WHERE reference = 'avoir AV-4'") == [
        ("200.00",)
    ]
    [(kind, _customer, _state, summary)] = tasks(firm)
    assert kind == "allocate_credit" and "100,00 € restent à imputer" in summary


def test_one_refused_file_of_a_folder_imports_nothing_and_each_refusal_is_listed(
    firm: Firm,
) -> None:
    folder = firm.root / "factures"
    drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1")))
    drop(firm, "scan.pdf", visible_pdf(Sample(number="F-2")))  # a PDF without its XML
    entity = (
        b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x "boom">]>\n'
        b'<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:'
        b'CrossIndustryInvoice:100">&x;</rsm:CrossIndustryInvoice>\n'
    )
    drop(firm, "hostile.xml", entity)
    drop(firm, "bad.xml", cii_xml(Sample(number="F-3", email="pas une adresse")))
    firm.run("tick", now=IMPORTED)
    result = firm.run("import-invoices", str(folder), now=IMPORTED, ok=False)
    assert result.exit_code == 1
    out = result.output
    assert "import refusé, rien n'a été importé." in out
    assert f"{folder / 'scan.pdf'} : PDF sans facture électronique intégrée" in out
    assert f"{folder / 'hostile.xml'} : " in out and "DOCTYPE" in out
    assert f"{folder / 'bad.xml'} : email de l'acheteur (BT-58) invalide" in out
    assert query(firm, "SELECT COUNT(*) FROM invoices") == [(0,)]
    assert query(firm, "SELECT COUNT(*) FROM customers") == [(0,)]


def test_a_folder_may_mix_a_csv_and_einvoices(firm: Firm) -> None:
    firm.pdf("F-9")
    firm.csv(
        "factures/export.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf
        F-9,Studio Lefèvre,studio@lefevre.fr,300,2026-10-01,2026-10-31,F-9.pdf
        """,
    )
    drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1")))
    out = firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED).output
    assert "2 facture(s) ajoutée(s)" in out
    assert query(firm, "SELECT number, origin FROM invoices ORDER BY 1") == [
        ("F-1", "facturx"),
        ("F-9", "csv"),
    ]


def test_two_buyers_of_one_name_without_ids_are_never_merged(firm: Firm) -> None:
    drop(firm, "a.xml", cii_xml(NO_ID.but(number="A", email="compta@dupain-boulangerie.fr")))
    drop(firm, "b.xml", cii_xml(NO_ID.but(number="B", email="factures@dupain-traiteur.fr")))
    out = firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED, ok=False).output
    assert "acheteur « Boulangerie Dupain SAS »" in out
    assert "dupain-boulangerie.fr" in out and "dupain-traiteur.fr" in out
    assert query(firm, "SELECT COUNT(*) FROM invoices") == [(0,)]


def test_a_buyer_known_by_its_siren_is_that_customer(firm: Firm) -> None:
    firm.pdf("F-0")
    csv = firm.csv(
        "f.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf,siren
        F-0,Boulangerie Dupain,compta@dupain.fr,90,2026-10-01,2026-11-01,factures/F-0.pdf,356 000 000
        """,
    )
    firm.run("import-invoices", str(csv), now=IMPORTED)
    drop(firm, "F-1.xml", cii_xml(Sample(number="F-1", buyer_id="", email="")))
    out = firm.run("import-invoices", str(firm.root / "factures" / "F-1.xml"), now=IMPORTED)
    assert "manquante" not in out.output
    assert invoice(firm, "F-1")["customer_id"] == "boulangerie-dupain"
    assert query(firm, "SELECT siret, vat_number FROM customers") == [
        ("35600000000048", "FR32356000000")
    ]


def test_a_dry_run_shows_what_would_change_and_writes_nothing(firm: Firm) -> None:
    drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1", prepaid="200.00",
                                               amount_due="1000.00")))  # fmt: skip
    firm.run("tick", now=IMPORTED)
    result = firm.run("import-invoices", str(firm.root / "factures"), "--dry-run", now=IMPORTED)
    out = plain(result.output)
    assert "essai à blanc, rien n'a été écrit." in out
    assert "Factures ajoutées (1) : F-1 (CLI-0042)" in out
    assert "Clients créés (1) : Boulangerie Dupain SAS (CLI-0042)" in out
    assert "CLI-0042 : compta@dupain.fr" in out
    assert "Acompte de 200,00 € déjà versé sur F-1" in out
    assert query(firm, "SELECT COUNT(*) FROM invoices") == [(0,)]
    assert query(firm, "SELECT COUNT(*) FROM payments") == [(0,)]


def test_a_facturx_outside_the_invoices_folder_or_too_heavy_is_refused(firm: Firm) -> None:
    (firm.root / "factures").mkdir()
    firm.write_config('[invoices]\npdf_root = "factures"\nmax_pdf_bytes = 10000\n')
    outside = write(firm.root / "ailleurs" / "F-1.pdf", facturx_pdf(Sample(number="F-1")))
    out = firm.run("import-invoices", str(outside), now=IMPORTED, ok=False).output
    assert "hors du dossier des factures" in out
    heavy = drop(firm, "F-2.pdf", facturx_pdf(Sample(number="F-2")) + b"%" * 20_000)
    out = firm.run("import-invoices", str(heavy), now=IMPORTED, ok=False).output
    assert "trop lourd pour un email" in out
    assert query(firm, "SELECT COUNT(*) FROM invoices") == [(0,)]


def test_the_same_invoice_as_pdf_and_xml_counts_once_with_its_pdf(firm: Firm) -> None:
    drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1")))
    drop(firm, "F-1.xml", cii_xml(Sample(number="F-1")))
    drop(firm, "F-1-bis.xml", cii_xml(Sample(number="F-1", total_incl="1300.00",
                                             amount_due="1300.00", tax="300.00")))  # fmt: skip
    out = firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED, ok=False).output
    assert "facture F-1 déjà lue, différente" in out
    (firm.root / "factures" / "F-1-bis.xml").unlink()
    firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED)
    assert invoice(firm, "F-1")["origin"] == "facturx"
    assert str(invoice(firm, "F-1")["pdf_path"]).endswith("F-1.pdf")


@pytest.mark.parametrize(
    ("terms", "due"),
    [
        ("30 jours", "2026-11-14"),
        ("Paiement à 45 jours fin de mois", "2026-11-30"),
        ("45 jours fin de mois le 10", "2026-12-10"),
        ("fin de mois + 45 jours", "2026-12-15"),
        ("30 j f.d.m.", "2026-11-30"),
        ("Net 30", "2026-11-14"),
        ("Payable within 60 days", "2026-12-14"),
        ("Paiement comptant à réception de facture", "2026-10-15"),
        ("Escompte 2 % à 10 jours, net à 30 jours", "2026-11-14"),
        ("À 30 jours. Pénalités de retard : 3 fois le taux légal après 30 jours", "2026-11-14"),
        ("30 ou 60 jours", None),  # which one? the firm's default terms then
        ("Par virement", None),
        ("400 jours", None),
    ],
)
def test_the_due_date_the_payment_terms_give(terms: str, due: str | None) -> None:
    found = due_from_terms(terms, dt.date(2026, 10, 15))
    assert (found.isoformat() if found else None) == due


def test_a_facturx_moved_after_its_import_is_still_attached(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    dropped = drop(firm, "F-1.pdf", facturx_pdf(Sample(number="F-1")))
    firm.run("import-invoices", str(dropped), now=IMPORTED)
    kept = firm.root / "factures" / "imported" / "F-1.pdf"
    kept.parent.mkdir()
    dropped.rename(kept)
    db = open_database(firm.root / "relancebot.db")
    with db.atomic():
        assert document_moved(db, dropped, kept) == 1
    db.conn.close()
    firm.run("tick", now=REMINDED)
    [sent] = smtp_server.to_customers
    assert attachments(sent) == ["F-1.pdf"]


def test_every_profile_of_one_buyer_is_one_customer(firm: Firm) -> None:
    for index, profile in enumerate(PROFILES):  # MINIMUM first: no BT-46, no due date
        drop(firm, f"P-{index}.pdf", facturx_pdf(Sample(number=f"P-{index}"), profile=profile))
    out = firm.run("import-invoices", str(firm.root / "factures"), now=IMPORTED).output
    assert "5 facture(s) ajoutée(s)" in out
    assert "P-0 : pas d'échéance dans la facture" in out
    assert query(firm, "SELECT DISTINCT customer_id FROM invoices") == [("CLI-0042",)]
    assert query(firm, "SELECT COUNT(*) FROM invoices WHERE amount = '1200.00'") == [(5,)]
    assert tasks(firm) == []


def test_the_real_shaped_samples_in_one_command(firm: Firm) -> None:
    """tests/data/einvoices: a CII (EN 16931), a ZUGFeRD 1.0, two Peppol UBL (one inside its
    SBDH envelope) with a prepaid amount, and a UBL credit note correcting one of them."""
    folder = Path(__file__).parent / "data" / "einvoices"
    out = plain(firm.run("import-invoices", str(folder), now=IMPORTED).output)
    assert "4 facture(s) ajoutée(s), 0 mise(s) à jour, 1 avoir(s)." in out
    assert query(
        firm,
        "SELECT number, customer_id, amount, amount_excl_tax, due_date, origin, paid"
        " FROM invoices ORDER BY number",
    ) == [
        ("FA-2026-10-0087", "411ROUX", "820.80", "684.00", "2026-11-30", "cii", "0.00"),
        ("MG-2026-00318", "C0117", "1918.55", "1630.50", "2026-11-30", "ubl", "800.00"),
        ("MG-2026-00342", "C0117", "384.00", "320.00", "2026-12-03", "ubl", "0.00"),
        ("RE-2026-1187", "K-2231", "585.00", "585.00", "2026-11-04", "cii", "0.00"),
    ]
    assert query(firm, "SELECT amount, reference FROM payments ORDER BY id") == [
        ("500.00", "acompte"),
        ("300.00", "avoir MG-AV-2026-0007"),
    ]
    assert query(firm, "SELECT id, siret, vat_number FROM customers ORDER BY id") == [
        ("411ROUX", "51234567800024", "FR07512345678"),
        ("C0117", "79384561200019", "FR18793845612"),
        ("K-2231", "", "FR29431234567"),
    ]
    again = plain(firm.run("import-invoices", str(folder), now="2026-10-06T09:00").output)
    assert "0 facture(s) ajoutée(s), 4 mise(s) à jour" in again
    assert query(firm, "SELECT COUNT(*) FROM payments") == [(2,)]
