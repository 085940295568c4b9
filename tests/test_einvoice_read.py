"""Reading e-invoices (issue #15): Factur-X / ZUGFeRD PDFs, CII and UBL XML, into an EInvoice,
and refusing, with the reason, what relancebot cannot use or what contradicts itself."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
import unicodedata
from decimal import Decimal
from pathlib import Path

import facturx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.einvoice import EInvoice
from relancebot.importing.einvoice.profiles import profile_of
from relancebot.importing.einvoice.read import looks_like_einvoice, read_einvoice
from relancebot.importing.einvoice.registration import registration
from relancebot.importing.einvoice.written import Found

from .einvoice_samples import (
    DATA,
    Sample,
    cii_xml,
    facturx_pdf,
    grown,
    pdf_with,
    ubl_xml,
    visible_pdf,
    write,
)


def refusal(path: Path) -> str:
    """Every reason the file is refused for, as one text; the refusal names the file."""
    with pytest.raises(ImportRejected) as caught:
        read_einvoice(path)
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    return "\n".join(caught.value.problems)


def kind(path: Path) -> str | None:
    return looks_like_einvoice(path, path.read_bytes()[:4096])


# What the default Sample says, as relancebot must read it from every syntax and profile.
FULL = {
    "type_code": "380",
    "number": "F-2026-0412",
    "issue_date": dt.date(2026, 10, 2),
    "due_date": dt.date(2026, 11, 1),
    "payment_terms": "Paiement à 30 jours date de facture, par virement",
    "currency": "EUR",
    "buyer_name": "Boulangerie Dupain SAS",
    "buyer_id": "CLI-0042",
    "buyer_siren": "356000000",
    "buyer_siret": "35600000000048",
    "buyer_vat": "FR32356000000",
    "buyer_email": "compta@dupain.fr",
    "buyer_contact": "Claire Fontaine",
    "buyer_phone": "+33 1 42 00 00 00",
    "buyer_routing_id": "356000000",
    "total_excl_tax": Decimal("1000.00"),
    "total_incl_tax": Decimal("1200.00"),
    "amount_due": Decimal("1200.00"),
    "preceding_invoice": "",
}
NO_CONTACT = {"buyer_email": "", "buyer_contact": "", "buyer_phone": ""}  # BASIC WL, BASIC
MINIMUM = {  # what a MINIMUM invoice cannot carry
    **NO_CONTACT,
    "buyer_id": "",
    "buyer_vat": "",
    "buyer_routing_id": "",
    "due_date": None,
    "payment_terms": "",
}


def fields(invoice: EInvoice) -> dict[str, object]:
    return {name: getattr(invoice, name) for name in FULL}


# --- Factur-X PDFs built with the factur-x library, at each profile ---------------------------


@pytest.mark.parametrize(
    ("profile", "missing"),
    [
        ("MINIMUM", MINIMUM),
        ("BASIC WL", NO_CONTACT),
        ("BASIC", NO_CONTACT),
        ("EN 16931", {}),
        ("EXTENDED", {}),
    ],
)
def test_facturx_pdf_at_each_profile(
    tmp_path: Path, profile: str, missing: dict[str, object]
) -> None:
    pdf = write(tmp_path / "F-2026-0412.pdf", facturx_pdf(Sample(), profile))
    assert kind(pdf) == "facturx"
    invoice = read_einvoice(pdf)
    assert fields(invoice) == {**FULL, **missing}
    assert (invoice.source, invoice.document) == (pdf, pdf)  # the PDF goes with the reminders
    assert (invoice.syntax, invoice.profile) == ("facturx", profile)
    assert not invoice.is_credit_note


def test_amounts_stay_as_written(tmp_path: Path) -> None:
    sample = Sample(total_excl="1041.666", tax="208.334", total_incl="1250.0", amount_due="1250")
    invoice = read_einvoice(write(tmp_path / "f.pdf", facturx_pdf(sample, "EXTENDED")))
    assert str(invoice.total_excl_tax) == "1041.666"
    assert str(invoice.total_incl_tax) == "1250.0"
    assert str(invoice.amount_due) == "1250"


def test_prepaid_invoice_is_owed_what_is_left(tmp_path: Path) -> None:
    sample = Sample(prepaid="500.00", amount_due="700.00")
    invoice = read_einvoice(write(tmp_path / "f.pdf", facturx_pdf(sample, "EN 16931")))
    assert (invoice.total_incl_tax, invoice.amount_due) == (Decimal("1200.00"), Decimal("700.00"))


def test_facturx_credit_note(tmp_path: Path) -> None:
    sample = Sample(number="AV-2026-0009", type_code="381", preceding_invoice="F-2026-0412")
    invoice = read_einvoice(write(tmp_path / "av.pdf", facturx_pdf(sample, "EN 16931")))
    assert invoice.is_credit_note
    assert (invoice.number, invoice.preceding_invoice) == ("AV-2026-0009", "F-2026-0412")


def test_siren_alone_fills_siren_only(tmp_path: Path) -> None:
    sample = Sample(legal_id="356 000 000", legal_scheme="0002")
    invoice = read_einvoice(write(tmp_path / "f.pdf", facturx_pdf(sample, "BASIC")))
    assert (invoice.buyer_siren, invoice.buyer_siret) == ("356000000", "")


# --- ZUGFeRD ----------------------------------------------------------------------------------


def test_zugferd_2_pdf_with_its_own_attachment_name(tmp_path: Path) -> None:
    xml = cii_xml(
        Sample(), "BASIC", guideline="urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic"
    )
    pdf = write(tmp_path / "rechnung.pdf", pdf_with({"ZUGFeRD-invoice.xml": xml}))
    assert kind(pdf) == "facturx"
    invoice = read_einvoice(pdf)
    assert fields(invoice) == {**FULL, **NO_CONTACT}
    assert (invoice.syntax, invoice.profile, invoice.document) == ("facturx", "BASIC", pdf)


def test_zugferd_1_comfort_pdf(tmp_path: Path) -> None:
    xml = (DATA / "zugferd1-comfort.xml").read_bytes()
    pdf = write(tmp_path / "RE-2026-1187.pdf", pdf_with({"ZUGFeRD-invoice.xml": xml}))
    assert kind(pdf) == "facturx"
    invoice = read_einvoice(pdf)
    assert fields(invoice) == {
        "type_code": "380",
        "number": "RE-2026-1187",
        "issue_date": dt.date(2026, 10, 5),
        "due_date": dt.date(2026, 11, 4),
        "payment_terms": "Zahlbar innerhalb von 30 Tagen ohne Abzug",
        "currency": "EUR",
        "buyer_name": "Ébénisterie Schaller",
        "buyer_id": "K-2231",
        "buyer_siren": "",
        "buyer_siret": "",
        "buyer_vat": "FR29431234567",
        "buyer_email": "compta@ebenisterie-schaller.fr",
        "buyer_contact": "Marc Schaller",
        "buyer_phone": "+33 3 88 12 34 56",
        "buyer_routing_id": "",
        "total_excl_tax": Decimal("585.00"),
        "total_incl_tax": Decimal("585.00"),
        "amount_due": Decimal("585.00"),
        "preceding_invoice": "",
    }
    assert invoice.profile == "EN 16931"


# --- Bare XML: the stored real-shaped samples -------------------------------------------------


def test_cii_from_a_french_invoicing_software() -> None:
    path = DATA / "facture-cii-en16931.xml"
    assert kind(path) == "cii"
    invoice = read_einvoice(path)
    assert fields(invoice) == {
        "type_code": "380",
        "number": "FA-2026-10-0087",
        "issue_date": dt.date(2026, 10, 20),
        "due_date": dt.date(2026, 11, 30),
        "payment_terms": "30 jours fin de mois",
        "currency": "EUR",
        "buyer_name": "Transports Roux et Fils",
        "buyer_id": "411ROUX",
        "buyer_siren": "512345678",
        "buyer_siret": "51234567800024",  # BT-46's global id, scheme 0009
        "buyer_vat": "FR07512345678",
        "buyer_email": "s.roux@transports-roux.fr",  # BT-58, not the BT-49 below
        "buyer_contact": "Sandrine Roux",
        "buyer_phone": "02 99 00 11 22",
        "buyer_routing_id": "factures@transports-roux.fr",
        "total_excl_tax": Decimal("684.00"),
        "total_incl_tax": Decimal("820.80"),
        "amount_due": Decimal("820.80"),
        "preceding_invoice": "",
    }
    assert (invoice.syntax, invoice.profile, invoice.document) == ("cii", "EN 16931", None)


def test_peppol_ubl_invoice_with_a_down_payment() -> None:
    path = DATA / "peppol-facture-ubl.xml"
    assert kind(path) == "ubl"
    invoice = read_einvoice(path)
    assert fields(invoice) == {
        "type_code": "380",
        "number": "MG-2026-00318",
        "issue_date": dt.date(2026, 10, 15),
        "due_date": dt.date(2026, 11, 30),
        "payment_terms": "45 jours fin de mois à compter de la date de facture. Pas d'escompte "
        "pour paiement anticipé.",
        "currency": "EUR",
        "buyer_name": "SAS Hôtel des Voyageurs",  # BT-44, the legal name, not the trading name
        "buyer_id": "C0117",
        "buyer_siren": "793845612",
        "buyer_siret": "",
        "buyer_vat": "FR18793845612",
        "buyer_email": "factures@hotel-voyageurs.fr",
        "buyer_contact": "Service comptabilité fournisseurs",
        "buyer_phone": "04 79 60 00 00",
        "buyer_routing_id": "79384561200019",
        "total_excl_tax": Decimal("1630.50"),
        "total_incl_tax": Decimal("1918.55"),
        "amount_due": Decimal("1418.55"),  # 500.00 paid with the order
        "preceding_invoice": "",
    }
    assert (invoice.syntax, invoice.profile, invoice.document) == ("ubl", "EN 16931", None)


def test_ubl_credit_note() -> None:
    path = DATA / "avoir-ubl.xml"
    assert kind(path) == "ubl"
    invoice = read_einvoice(path)
    assert invoice.is_credit_note
    assert fields(invoice) == {
        "type_code": "381",
        "number": "MG-AV-2026-0007",
        "issue_date": dt.date(2026, 10, 28),
        "due_date": dt.date(
            2026, 11, 30
        ),  # PaymentMeans/PaymentDueDate: no DueDate in a CreditNote
        "payment_terms": "",
        "currency": "EUR",
        "buyer_name": "SAS Hôtel des Voyageurs",
        "buyer_id": "C0117",
        "buyer_siren": "793845612",  # the SIRET's first nine digits
        "buyer_siret": "79384561200019",
        "buyer_vat": "FR18793845612",
        "buyer_email": "",
        "buyer_contact": "",
        "buyer_phone": "",
        "buyer_routing_id": "79384561200019",
        "total_excl_tax": Decimal("250.00"),
        "total_incl_tax": Decimal("300.00"),
        "amount_due": Decimal("300.00"),
        "preceding_invoice": "MG-2026-00318",
    }


def test_peppol_envelope_around_a_ubl_invoice() -> None:
    path = DATA / "peppol-sbdh-ubl.xml"
    assert kind(path) == "ubl"
    invoice = read_einvoice(path)
    assert (invoice.number, invoice.amount_due) == ("MG-2026-00342", Decimal("384.00"))
    assert invoice.buyer_siren == "793845612"  # "793 845 612", no scheme, a French buyer
    # BT-49 of scheme EM looks like an email; with no BT-58 there is no email to write to.
    assert (invoice.buyer_routing_id, invoice.buyer_email) == ("compta@hotel-voyageurs.fr", "")


@pytest.mark.parametrize(
    ("name", "flavor"),
    [
        ("peppol-facture-ubl.xml", "ubl-2.1-invoice"),
        ("avoir-ubl.xml", "ubl-2.1-creditnote"),
        ("facture-cii-en16931.xml", "factur-x"),
        ("zugferd1-comfort.xml", "zugferd"),
    ],
)
def test_stored_samples_are_valid_against_their_schema(name: str, flavor: str) -> None:
    assert facturx.xml_check_xsd(etree.fromstring((DATA / name).read_bytes()), flavor=flavor)


def test_built_ubl_is_valid_and_read(tmp_path: Path) -> None:
    xml = ubl_xml(Sample())
    assert facturx.xml_check_xsd(etree.fromstring(xml), flavor="ubl-2.1-invoice")
    invoice = read_einvoice(write(tmp_path / "f.xml", xml))
    assert fields(invoice) == FULL
    assert (invoice.syntax, invoice.document) == ("ubl", None)


def test_ubl_credit_note_document_is_381_whatever_its_code(tmp_path: Path) -> None:
    xml = ubl_xml(Sample(type_code="396", preceding_invoice="F-2026-0412"), credit_note=True)
    assert facturx.xml_check_xsd(etree.fromstring(xml), flavor="ubl-2.1-creditnote")
    invoice = read_einvoice(write(tmp_path / "av.xml", xml))
    assert (invoice.type_code, invoice.preceding_invoice) == ("381", "F-2026-0412")
    assert invoice.due_date == dt.date(2026, 11, 1)


# --- The routing address is never an email to write to ---------------------------------------


@pytest.mark.parametrize("profile", ["BASIC", "EN 16931"])
def test_routing_id_that_looks_like_an_email_is_not_the_email(tmp_path: Path, profile: str) -> None:
    sample = Sample(routing_id="compta@dupain.fr", routing_scheme="EM", email="")
    invoice = read_einvoice(write(tmp_path / "f.pdf", facturx_pdf(sample, profile)))
    assert invoice.buyer_routing_id == "compta@dupain.fr"
    assert invoice.buyer_email == ""


def test_mailto_is_taken_off_the_contact_email(tmp_path: Path) -> None:
    invoice = read_einvoice(
        write(tmp_path / "f.xml", cii_xml(Sample(email="mailto:compta@dupain.fr")))
    )
    assert invoice.buyer_email == "compta@dupain.fr"


# --- Recognised by content, not by name -------------------------------------------------------


def test_recognised_by_content(tmp_path: Path) -> None:
    cii = write(tmp_path / "facture.pdf", cii_xml())  # a name that lies
    ubl = write(tmp_path / "facture.txt", ubl_xml())
    utf16 = write(
        tmp_path / "utf16", cii_xml().decode().replace("UTF-8", "UTF-16").encode("utf-16")
    )
    plain_pdf = write(tmp_path / "plain.xml", visible_pdf())
    csv = write(tmp_path / "f.csv", b"number,client,email,amount\nF-1,Dupain,a@b.fr,10\n")
    camt = write(
        tmp_path / "releve.xml",
        b'<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
        b"<BkToCstmrStmt/></Document>",
    )
    unprefixed_elsewhere = write(
        tmp_path / "other.xml", b'<Invoice xmlns="urn:example:not-ubl"><ID>1</ID></Invoice>'
    )
    assert [kind(p) for p in (cii, ubl, utf16, plain_pdf, csv, camt, unprefixed_elsewhere)] == [
        "cii", "ubl", "cii", None, None, None, None,
    ]  # fmt: skip
    assert read_einvoice(utf16).number == "F-2026-0412"


def test_not_an_einvoice_is_refused_with_what_was_expected(tmp_path: Path) -> None:
    why = refusal(write(tmp_path / "f.csv", b"number,client\nF-1,Dupain\n"))
    assert "ni Factur-X" in why and "UBL" in why


# --- Hostile files ----------------------------------------------------------------------------


XXE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
"""


def test_external_entity_is_refused(tmp_path: Path) -> None:
    body = cii_xml().split(b"?>", 1)[1].replace(b"Boulangerie Dupain SAS", b"&xxe;")
    path = write(tmp_path / "xxe.xml", XXE + body)
    assert kind(path) == "cii"  # recognised for what it claims, then refused with the reason
    why = refusal(path)
    assert "DOCTYPE" in why and "XXE" in why
    assert "root:" not in why  # nothing of /etc/passwd was read into the message


def test_billion_laughs_is_refused_at_once(tmp_path: Path) -> None:
    lol = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    body = cii_xml().split(b"?>", 1)[1].replace(b"Boulangerie Dupain SAS", b"&lol9;")
    path = write(tmp_path / "lol.xml", b"<!DOCTYPE rsm:CrossIndustryInvoice [" + lol + b"]>" + body)
    started = time.monotonic()
    assert "billion laughs" in refusal(path)
    assert time.monotonic() - started < 1


def test_doctype_hidden_by_utf16_is_refused(tmp_path: Path) -> None:
    text = XXE.decode().replace("UTF-8", "UTF-16") + cii_xml().decode().split("?>", 1)[1]
    path = write(tmp_path / "xxe16.xml", text.encode("utf-16"))
    assert "DOCTYPE" in refusal(path)


def test_entity_in_a_factur_x_pdf_is_refused(tmp_path: Path) -> None:
    xml = XXE + cii_xml().split(b"?>", 1)[1]
    pdf = write(tmp_path / "xxe.pdf", pdf_with({"factur-x.xml": xml}))
    why = refusal(pdf)
    assert why.startswith("factur-x.xml : ") and "DOCTYPE" in why


def test_huge_pdf_is_refused_with_its_size_and_the_cap(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.pdf", grown(facturx_pdf(), 30_000_000))
    assert kind(path) == "facturx"
    assert refusal(path) == ("PDF trop volumineux : 30,0 Mo (30000000 octets), au plus 20,0 Mo")


def test_huge_xml_is_refused_with_its_size_and_the_cap(tmp_path: Path) -> None:
    xml = cii_xml().replace(
        b"</rsm:CrossIndustryInvoice>",
        b"<!--" + b"x" * 6_000_000 + b"-->" + b"</rsm:CrossIndustryInvoice>",
    )
    path = write(tmp_path / "huge.xml", xml)
    assert kind(path) == "cii"
    why = refusal(path)
    assert why.startswith("XML trop volumineux : 6,") and "au plus 5,0 Mo" in why


def test_pdf_without_xml_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.pdf", pdf_with({"bon-de-livraison.txt": b"BL 12"}))
    assert kind(path) is None  # a plain PDF: not an e-invoice for the import to sort
    why = refusal(path)
    assert "aucune facture électronique" in why and "factur-x.xml" in why


def test_not_a_pdf_after_all_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100)
    assert kind(path) is None
    assert refusal(path).startswith("PDF illisible, endommagé ou tronqué ? (pypdf : ")


def test_pdf_with_two_different_invoices_is_refused(tmp_path: Path) -> None:
    other = cii_xml(
        Sample(number="F-2026-0413", amount_due="1000.00", total_incl="1000.00", tax="0.00")
    )
    pdf = write(
        tmp_path / "two.pdf", pdf_with({"factur-x.xml": cii_xml(), "zugferd-invoice.xml": other})
    )
    why = refusal(pdf)
    assert "plusieurs XML de facture différents" in why
    assert "factur-x.xml" in why and "zugferd-invoice.xml" in why


def test_pdf_with_the_same_invoice_twice_is_read(tmp_path: Path) -> None:
    xml = cii_xml()
    pdf = write(
        tmp_path / "twice.pdf", pdf_with({"factur-x.xml": xml, "ZUGFeRD-invoice.xml": xml + b"\n"})
    )
    assert read_einvoice(pdf).number == "F-2026-0412"


def test_pdf_whose_xml_is_not_well_formed_is_refused(tmp_path: Path) -> None:
    broken = cii_xml().replace(b"</ram:Name>", b"</ram:Nom>", 1)
    pdf = write(tmp_path / "broken.pdf", pdf_with({"factur-x.xml": broken}))
    assert kind(pdf) == "facturx"
    why = refusal(pdf)
    assert why.startswith("factur-x.xml : XML mal formé (ligne ")


def test_truncated_xml_is_refused(tmp_path: Path) -> None:
    xml = cii_xml()
    path = write(tmp_path / "cut.xml", xml[: len(xml) // 2])
    assert kind(path) == "cii"
    why = refusal(path)
    assert why.startswith("XML mal formé (ligne ") and why.endswith("le fichier semble tronqué")


# --- An XML that contradicts itself -----------------------------------------------------------


def test_pdf_whose_totals_do_not_add_up_is_refused(tmp_path: Path) -> None:
    sample = Sample(total_incl="1300.00", amount_due="1300.00")  # 1000.00 + 200.00 is not 1300.00
    pdf = write(tmp_path / "f.pdf", facturx_pdf(sample, "EN 16931"))
    why = refusal(pdf)
    assert why == (
        "factur-x.xml : total TTC (BT-112) 1300.00 différent du total HT (BT-109) 1000.00 plus "
        "la TVA (BT-110) 200.00, soit 1200.00 : le XML se contredit"
    )


def test_a_cent_of_rounding_is_no_contradiction(tmp_path: Path) -> None:
    sample = Sample(total_incl="1200.01", amount_due="1200.01")
    assert read_einvoice(write(tmp_path / "f.xml", cii_xml(sample))).amount_due == Decimal(
        "1200.01"
    )


def test_more_due_than_the_total_less_the_prepaid_is_refused(tmp_path: Path) -> None:
    sample = Sample(prepaid="500.00", amount_due="1200.00")
    why = refusal(write(tmp_path / "f.xml", cii_xml(sample)))
    assert "montant à payer (BT-115) 1200.00 supérieur au total TTC (BT-112) 1200.00" in why
    assert "déjà payé (BT-113) 500.00" in why and "soit 700.00" in why


def test_due_date_before_the_invoice_is_refused(tmp_path: Path) -> None:
    why = refusal(write(tmp_path / "f.xml", ubl_xml(Sample(due_date="2026-09-01"))))
    assert why == (
        "date d'échéance (BT-9) 2026-09-01 antérieure à la date de facture (BT-2) 2026-10-02"
    )


def test_negative_invoice_is_refused_but_not_a_negative_credit_note(tmp_path: Path) -> None:
    negative = Sample(
        total_excl="-100.00", tax="-20.00", total_incl="-120.00", amount_due="-120.00"
    )
    why = refusal(write(tmp_path / "f.xml", cii_xml(negative)))
    assert "total TTC (BT-112) -120.00 négatif sur une facture (BT-3 = 380)" in why
    assert "montant à payer (BT-115) -120.00 négatif" in why
    credit = read_einvoice(write(tmp_path / "av.xml", cii_xml(negative.but(type_code="381"))))
    assert credit.total_incl_tax == Decimal("-120.00")


@pytest.mark.parametrize("currency", ["EURO", "€", "E1"])
def test_currency_that_is_not_three_letters_is_refused(tmp_path: Path, currency: str) -> None:
    why = refusal(write(tmp_path / "f.xml", cii_xml(Sample(currency=currency))))
    assert f"devise (BT-5) « {currency} »" in why


def test_amount_in_another_currency_than_the_invoice_is_refused(tmp_path: Path) -> None:
    xml = ubl_xml().replace(
        b'<cbc:PayableAmount currencyID="EUR">', b'<cbc:PayableAmount currencyID="USD">'
    )
    why = refusal(write(tmp_path / "f.xml", xml))
    assert (
        "montant à payer (BT-115) 1200.00 en « USD » alors que la facture est en EUR (BT-5)" in why
    )


# --- What relancebot cannot use ---------------------------------------------------------------


def test_every_missing_essential_is_named(tmp_path: Path) -> None:
    xml = (
        cii_xml(Sample(buyer_name=""), "MINIMUM")
        .replace(b"<ram:ID>F-2026-0412</ram:ID>", b"")
        .replace(b'<udt:DateTimeString format="102">20261002</udt:DateTimeString>', b"")
        .replace(b"<ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>", b"")
        .replace(b"<ram:DuePayableAmount>1200.00</ram:DuePayableAmount>", b"")
    )
    problems = refusal(write(tmp_path / "f.xml", xml)).splitlines()
    assert problems == [
        "numéro de facture (BT-1) absent (CII rsm:ExchangedDocument/ram:ID)",
        "date de facture (BT-2) absente (CII rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString)",
        "nom de l'acheteur (BT-44) absent (CII ram:BuyerTradeParty/ram:Name)",
        "ni total TTC (BT-112) ni montant à payer (BT-115) : rien à relancer (CII "
        "ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount)",
    ]


def test_minimum_invoice_with_only_what_relancebot_needs(tmp_path: Path) -> None:
    sample = Sample(legal_id="", tax=None, total_excl="1200.00")  # no VAT, no registration
    invoice = read_einvoice(write(tmp_path / "f.xml", cii_xml(sample, "MINIMUM")))
    assert (invoice.buyer_name, invoice.amount_due) == (
        "Boulangerie Dupain SAS",
        Decimal("1200.00"),
    )
    assert (invoice.buyer_siren, invoice.buyer_siret, invoice.profile) == ("", "", "MINIMUM")


def test_amount_due_alone_gives_the_total(tmp_path: Path) -> None:
    xml = ubl_xml().replace(
        b'<cbc:TaxInclusiveAmount currencyID="EUR">1200.00</cbc:TaxInclusiveAmount>', b""
    )
    invoice = read_einvoice(write(tmp_path / "f.xml", xml))
    assert (invoice.total_incl_tax, invoice.amount_due) == (Decimal("1200.00"), Decimal("1200.00"))


def test_unreadable_due_date_is_named_with_its_term(tmp_path: Path) -> None:
    why = refusal(write(tmp_path / "f.xml", cii_xml(Sample(due_date="2026-13-01"))))
    assert why == (
        "date d'échéance (BT-9) « 20261301 » illisible : AAAAMMJJ (CII, format 102) ou "
        "AAAA-MM-JJ (UBL) attendu (ram:DueDateDateTime/udt:DateTimeString)"
    )


def test_amount_with_a_comma_is_named_with_its_term(tmp_path: Path) -> None:
    xml = ubl_xml().replace(
        b">1200.00</cbc:TaxInclusiveAmount>", b">1200,00</cbc:TaxInclusiveAmount>"
    )
    why = refusal(write(tmp_path / "f.xml", xml))
    assert why.startswith("total TTC (BT-112) « 1200,00 » illisible")
    assert "(cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount)" in why


def test_texts_lose_control_characters_and_are_bounded(tmp_path: Path) -> None:
    sample = Sample(
        buyer_name="Boulangerie\u202e Dupain\x85SAS\u200b\n" + "x" * 300,
        payment_terms="30 jours\r\nfin de mois\t",
    )
    invoice = read_einvoice(write(tmp_path / "f.xml", ubl_xml(sample)))
    assert invoice.buyer_name.startswith("Boulangerie Dupain SAS xxx")
    assert len(invoice.buyer_name) == 200 and invoice.buyer_name.endswith("…")
    assert invoice.payment_terms == "30 jours fin de mois"


def test_invoice_number_too_long_is_refused_not_cut(tmp_path: Path) -> None:
    why = refusal(write(tmp_path / "f.xml", cii_xml(Sample(number="F" * 150))))
    assert (
        why
        == "numéro de facture (BT-1) trop long (150 caractères, 100 au plus) (rsm:ExchangedDocument/ram:ID)"
    )


# --- The pure parts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("guideline", "profile"),
    [
        ("urn:factur-x.eu:1p0:minimum", "MINIMUM"),
        ("urn:factur-x.eu:1p0:basicwl", "BASIC WL"),
        ("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", "BASIC"),
        ("urn:cen.eu:en16931:2017", "EN 16931"),
        ("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "EXTENDED"),
        ("urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr", "EXTENDED"),
        ("urn:zugferd.de:2p0:basicwl", "BASIC WL"),
        ("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0", "XRECHNUNG"),
        ("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", "EN 16931"),
        ("urn:ferd:CrossIndustryDocument:invoice:1p0:comfort", "EN 16931"),
        ("urn:ferd:CrossIndustryDocument:invoice:1p0:basic", "BASIC"),
        ("", ""),
        ("urn:example:home-made", ""),
    ],
)
def test_profile_of_the_guideline(guideline: str, profile: str) -> None:
    assert profile_of(guideline) == profile


def _id(text: str, scheme: str = "") -> Found:
    return Found(text, "here", scheme=scheme)


@pytest.mark.parametrize(
    ("legal", "identifiers", "country", "expected"),
    [
        (_id("356000000", "0002"), (), "FR", ("356000000", "")),
        (_id("35600000000048", "0009"), (), "FR", ("356000000", "35600000000048")),
        (_id("356 000 000 00048"), (), "", ("356000000", "35600000000048")),  # no scheme, French
        (_id("356000000"), (), "BE", ("", "")),  # a Belgian number is no SIREN
        (_id("356000000", "0088"), (), "FR", ("", "")),  # a GLN scheme: not a SIREN
        (None, (_id("356000000"),), "FR", ("", "")),  # the seller's own code, whatever its digits
        (
            None,
            (_id("CLI-1"), _id("35600000000048", "0009")),
            "FR",
            ("356000000", "35600000000048"),
        ),
        (_id("12345", "0002"), (), "FR", ("", "")),  # not nine digits: left out
    ],
)
def test_registration(
    legal: Found | None, identifiers: tuple[Found, ...], country: str, expected: tuple[str, str]
) -> None:
    assert registration(legal, identifiers, country) == expected


# --- What another writer makes: the factur-x library's own XML generator ------------------------


def _library_data() -> dict[str, object]:
    """One invoice as the factur-x library's data dict (its keys are the EN 16931 terms)."""
    return {
        "BT-1": "FX-2026-77",
        "BT-2": dt.date(2026, 10, 2),
        "BT-3": "380",
        "BT-5": "EUR",
        "BT-9": dt.date(2026, 11, 1),
        "BT-20": "30 jours net",
        "BT-72": dt.date(2026, 9, 30),
        "BG-4": {
            "name": "Atelier Morel SARL",
            "country_code": "FR",
            "vat_identifier": "FR40552100554",
            "legal_identifier": "552100554",
            "legal_identifier_schemeid": "0002",
        },
        "BG-7": {
            "name": "Boulangerie Dupain SAS",
            "country_code": "FR",
            "identifiers": {None: "CLI-0042", "0009": "35600000000048"},
            "legal_identifier": "356000000",
            "legal_identifier_schemeid": "0002",
            "vat_identifier": "FR32356000000",
            "einvoicing_addr": "compta@dupain.fr",
            "einvoicing_addr_schemeid": "EM",
            "contacts": [
                {"name": "Claire Fontaine", "phone": "0142000000", "email": "claire@dupain.fr"}
            ],
        },
        "BT-106": "1000.00",
        "BT-109": "1000.00",
        "BT-110": "200.00",
        "BT-112": "1200.00",
        "BT-113": "200.00",
        "BT-115": "1000.00",
        "BG-23": [{"BT-116": "1000.00", "BT-117": "200.00", "BT-118": "S", "BT-119": "20"}],
        "BG-25": [
            {
                "BT-126": "1",
                "BT-129": "1",
                "BT-130": "C62",
                "BT-131": "1000.00",
                "BT-146": "1000.00",
                "BT-151": "S",
                "BT-152": "20",
                "BT-153": "Buffet en chêne",
            }
        ],
    }


@pytest.mark.parametrize(
    ("flavor", "level", "profile", "contact"),
    [
        ("factur-x", "basicwl", "BASIC WL", False),
        ("factur-x", "en16931", "EN 16931", True),
        ("factur-x", "extended", "EXTENDED", True),
        ("ubl-2.1", "en16931", "EN 16931", True),
    ],
)
def test_what_the_factur_x_library_writes(
    tmp_path: Path, flavor: str, level: str, profile: str, contact: bool
) -> None:
    if not hasattr(facturx, "generate_xml"):  # factur-x 7 writes XML from a dict; older cannot
        pytest.skip("this factur-x has no XML generator")
    xml = facturx.generate_xml(_library_data(), flavor=flavor, level=level, check_schematron=False)
    invoice = read_einvoice(write(tmp_path / "lib.xml", xml))
    assert invoice.profile == profile
    assert fields(invoice) == {
        "type_code": "380",
        "number": "FX-2026-77",
        "issue_date": dt.date(2026, 10, 2),
        "due_date": dt.date(2026, 11, 1),
        "payment_terms": "30 jours net",
        "currency": "EUR",
        "buyer_name": "Boulangerie Dupain SAS",
        "buyer_id": "CLI-0042",
        "buyer_siren": "356000000",
        "buyer_siret": "35600000000048",
        "buyer_vat": "FR32356000000",
        "buyer_email": "claire@dupain.fr" if contact else "",
        "buyer_contact": "Claire Fontaine" if contact else "",
        "buyer_phone": "0142000000" if contact else "",
        "buyer_routing_id": "compta@dupain.fr",
        "total_excl_tax": Decimal("1000.00"),
        "total_incl_tax": Decimal("1200.00"),
        "amount_due": Decimal("1000.00"),
        "preceding_invoice": "",
    }


# --- Whatever the bytes: an EInvoice or a refusal, never a crash --------------------------------


SEEDS = {
    "cii": cii_xml(Sample(), "EN 16931"),
    "ubl": (DATA / "peppol-facture-ubl.xml").read_bytes(),
}


@settings(max_examples=80, deadline=None)
@given(
    seed=st.sampled_from(sorted(SEEDS)),
    junk=st.binary(max_size=40) | st.sampled_from([b"-", b"<", b"&", b"\x00", b"]]>", b"9" * 30]),
    at=st.floats(0, 1),
    cut=st.booleans(),
)
def test_mangled_xml_is_read_or_refused(seed: str, junk: bytes, at: float, cut: bool) -> None:
    data = SEEDS[seed]
    where = int(len(data) * at)
    mangled = data[:where] + junk + (b"" if cut else data[where + len(junk) :])
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "f.xml", mangled)
        looks_like_einvoice(path, mangled[:4096])  # never raises
        try:
            invoice = read_einvoice(path)
        except ImportRejected as exc:
            assert exc.problems and all(problem.strip() for problem in exc.problems)
        else:
            assert invoice.number and invoice.buyer_name


@settings(max_examples=60, deadline=None)
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_any_text_is_kept_clean_or_refused(text: str) -> None:
    sample = Sample(buyer_name=text, payment_terms=text, contact=text, phone=text)
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "f.xml", ubl_xml(sample))
        try:
            invoice = read_einvoice(path)
        except ImportRejected:
            return  # a character XML 1.0 forbids, or a name of nothing but invisible characters
    for value, limit in (
        (invoice.buyer_name, 200),
        (invoice.payment_terms, 500),
        (invoice.buyer_contact, 200),
        (invoice.buyer_phone, 40),
    ):
        assert len(value) <= limit
        assert value == value.strip()
        assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in value)
