"""OASIS UBL 2.1 Invoice and CreditNote (Peppol BIS Billing, XRechnung, the French CTC), read
into `Written`. A Peppol network envelope (SBDH) around the invoice is opened."""

from __future__ import annotations

from lxml import etree

from relancebot.importing.einvoice import CREDIT_NOTE
from relancebot.importing.einvoice.written import (
    Contact,
    Found,
    Written,
    element,
    elements,
    every,
    first,
    text_of,
)

INVOICE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
SBDH_NAMESPACE = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader"

_BUYER = "cac:AccountingCustomerParty/cac:Party"
_TOTAL = "cac:LegalMonetaryTotal"


def ubl_document(root: etree._Element) -> etree._Element | None:
    """The UBL Invoice or CreditNote: the root itself, or the one inside a Peppol SBDH."""
    candidates = [root]
    if etree.QName(root).namespace == SBDH_NAMESPACE:
        candidates = [child for child in root if isinstance(child.tag, str)]
    for node in candidates:
        if etree.QName(node).namespace in (INVOICE_NAMESPACE, CREDIT_NOTE_NAMESPACE):
            return node
    return None


def read_ubl(document: etree._Element) -> Written:
    """The terms of a UBL Invoice or CreditNote element (see `ubl_document`)."""
    credit_note = etree.QName(document).namespace == CREDIT_NOTE_NAMESPACE
    root_name = "CreditNote" if credit_note else "Invoice"
    buyer = element(document, _BUYER)
    total = element(document, _TOTAL)
    guideline = first(document, "cbc:CustomizationID")
    # A CreditNote document is a credit note whatever code it carries (396, 261...): what
    # matters to relancebot is that it reduces what is owed.
    type_code = (
        Found(CREDIT_NOTE, root_name)
        if credit_note
        else first(document, "cbc:InvoiceTypeCode", root_name)
    )
    return Written(
        syntax_name="UBL",
        guideline=guideline.text if guideline else "",
        type_code=type_code,
        number=first(document, "cbc:ID", root_name),
        issue_date=first(document, "cbc:IssueDate", root_name),
        due_dates=every(document, "cbc:DueDate", root_name)
        + every(document, "cac:PaymentMeans/cbc:PaymentDueDate"),
        payment_terms=every(document, "cac:PaymentTerms/cbc:Note"),
        currency=first(document, "cbc:DocumentCurrencyCode", root_name),
        preceding_invoice=first(
            document, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"
        ),
        buyer_name=first(buyer, "cac:PartyLegalEntity/cbc:RegistrationName", _BUYER)
        or first(buyer, "cac:PartyName/cbc:Name", _BUYER),
        buyer_ids=every(buyer, "cac:PartyIdentification/cbc:ID", _BUYER),
        buyer_legal_id=first(buyer, "cac:PartyLegalEntity/cbc:CompanyID", _BUYER),
        buyer_vat=_vat(buyer),
        buyer_routing_id=first(buyer, "cbc:EndpointID", _BUYER),
        buyer_country=text_of(first(buyer, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")),
        contacts=tuple(_contact(node) for node in elements(buyer, "cac:Contact")),
        total_excl_tax=first(total, "cbc:TaxExclusiveAmount", _TOTAL),
        tax_totals=every(document, "cac:TaxTotal/cbc:TaxAmount"),
        total_incl_tax=first(total, "cbc:TaxInclusiveAmount", _TOTAL),
        prepaid=first(total, "cbc:PrepaidAmount", _TOTAL),
        rounding=first(total, "cbc:PayableRoundingAmount", _TOTAL),
        amount_due=first(total, "cbc:PayableAmount", _TOTAL),
        places={
            "BT-1": f"{root_name}/cbc:ID",
            "BT-2": f"{root_name}/cbc:IssueDate",
            "BT-5": f"{root_name}/cbc:DocumentCurrencyCode",
            "BT-44": f"{_BUYER}/cac:PartyLegalEntity/cbc:RegistrationName",
            "BT-109": f"{_TOTAL}/cbc:TaxExclusiveAmount",
            "BT-115": f"{_TOTAL}/cbc:PayableAmount",
        },
    )


def _vat(buyer: etree._Element | None) -> Found | None:
    """BT-48: the CompanyID of the party's VAT scheme (another scheme's is not a VAT id)."""
    for scheme in elements(buyer, "cac:PartyTaxScheme"):
        if text_of(first(scheme, "cac:TaxScheme/cbc:ID")).upper() == "VAT":
            return first(scheme, "cbc:CompanyID", f"{_BUYER}/cac:PartyTaxScheme")
    return None


def _contact(node: etree._Element) -> Contact:
    within = f"{_BUYER}/cac:Contact"
    return Contact(
        name=first(node, "cbc:Name", within),
        phone=first(node, "cbc:Telephone", within),
        email=first(node, "cbc:ElectronicMail", within),
    )
