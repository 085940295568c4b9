"""E-invoices as invoicing software writes them, for tests: CII and UBL XML, Factur-X PDFs made
with the factur-x library (which checks the XML against its profile's XSD), ZUGFeRD-style and
hostile PDFs made with pypdf.

Every builder takes a `Sample`: the EN 16931 terms of one invoice, as text written in the file
(so a test can write a bad date or a contradictory total). What a profile cannot carry (a
MINIMUM invoice's buyer identifiers and due date, a BASIC invoice's contact) is left out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

PROFILES = ("MINIMUM", "BASIC WL", "BASIC", "EN 16931", "EXTENDED")
GUIDELINES = {
    "MINIMUM": "urn:factur-x.eu:1p0:minimum",
    "BASIC WL": "urn:factur-x.eu:1p0:basicwl",
    "BASIC": "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
    "EN 16931": "urn:cen.eu:en16931:2017",
    "EXTENDED": "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
}
PEPPOL = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"


@dataclass(frozen=True)
class Sample:
    """One invoice's terms as written; None (or "") leaves the term out of the file."""

    number: str = "F-2026-0412"  # BT-1
    type_code: str = "380"  # BT-3
    issue_date: str = "2026-10-02"  # BT-2, ISO here; CII writes it 20261002
    due_date: str | None = "2026-11-01"  # BT-9
    payment_terms: str = "Paiement à 30 jours date de facture, par virement"  # BT-20
    currency: str = "EUR"  # BT-5
    buyer_name: str = "Boulangerie Dupain SAS"  # BT-44
    buyer_id: str = "CLI-0042"  # BT-46, the seller's code for the customer
    legal_id: str = "35600000000048"  # BT-47
    legal_scheme: str = "0009"  # 0009 SIRET, 0002 SIREN
    buyer_vat: str = "FR32356000000"  # BT-48
    routing_id: str = "356000000"  # BT-49
    routing_scheme: str = "0225"  # the French directory's SIREN-based address
    buyer_country: str = "FR"
    contact: str = "Claire Fontaine"  # BT-56
    phone: str = "+33 1 42 00 00 00"  # BT-57
    email: str = "compta@dupain.fr"  # BT-58
    total_excl: str = "1000.00"  # BT-109
    tax: str | None = "200.00"  # BT-110
    total_incl: str = "1200.00"  # BT-112
    prepaid: str | None = None  # BT-113
    amount_due: str = "1200.00"  # BT-115
    preceding_invoice: str = ""  # BT-25

    def but(self, **changes: str | None) -> Sample:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


SELLER = "Atelier Morel SARL"


def _cii_date(iso: str) -> str:
    return iso.replace("-", "")


def _e(text: str) -> str:
    return escape(text)


def _cii_buyer(s: Sample, profile: str) -> str:
    minimum = profile == "MINIMUM"
    parts = []
    if s.buyer_id and not minimum:
        parts.append(f"<ram:ID>{_e(s.buyer_id)}</ram:ID>")
    parts.append(f"<ram:Name>{_e(s.buyer_name)}</ram:Name>")
    if s.legal_id:
        parts.append(
            "<ram:SpecifiedLegalOrganization>"
            f"<ram:ID schemeID={quoteattr(s.legal_scheme)}>{_e(s.legal_id)}</ram:ID>"
            "</ram:SpecifiedLegalOrganization>"
        )
    if profile in ("EN 16931", "EXTENDED") and (s.contact or s.phone or s.email):
        contact = ["<ram:DefinedTradeContact>"]
        if s.contact:
            contact.append(f"<ram:PersonName>{_e(s.contact)}</ram:PersonName>")
        if s.phone:
            contact.append(
                "<ram:TelephoneUniversalCommunication>"
                f"<ram:CompleteNumber>{_e(s.phone)}</ram:CompleteNumber>"
                "</ram:TelephoneUniversalCommunication>"
            )
        if s.email:
            contact.append(
                "<ram:EmailURIUniversalCommunication>"
                f"<ram:URIID>{_e(s.email)}</ram:URIID>"
                "</ram:EmailURIUniversalCommunication>"
            )
        contact.append("</ram:DefinedTradeContact>")
        parts.append("".join(contact))
    if not minimum:
        parts.append(
            "<ram:PostalTradeAddress><ram:PostcodeCode>69002</ram:PostcodeCode>"
            "<ram:LineOne>12 rue de la République</ram:LineOne><ram:CityName>Lyon</ram:CityName>"
            f"<ram:CountryID>{_e(s.buyer_country)}</ram:CountryID></ram:PostalTradeAddress>"
        )
        if s.routing_id:
            parts.append(
                "<ram:URIUniversalCommunication>"
                f"<ram:URIID schemeID={quoteattr(s.routing_scheme)}>{_e(s.routing_id)}</ram:URIID>"
                "</ram:URIUniversalCommunication>"
            )
        if s.buyer_vat:
            parts.append(
                "<ram:SpecifiedTaxRegistration>"
                f'<ram:ID schemeID="VA">{_e(s.buyer_vat)}</ram:ID>'
                "</ram:SpecifiedTaxRegistration>"
            )
    return "<ram:BuyerTradeParty>" + "".join(parts) + "</ram:BuyerTradeParty>"


def _cii_line(s: Sample) -> str:
    return f"""
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Agencement de boutique en chêne massif</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>{s.total_excl}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{s.total_excl}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>"""


def _cii_settlement(s: Sample, profile: str) -> str:
    minimum = profile == "MINIMUM"
    parts = []
    if not minimum:
        parts.append(f"<ram:PaymentReference>{_e(s.number)}</ram:PaymentReference>")
    parts.append(f"<ram:InvoiceCurrencyCode>{_e(s.currency)}</ram:InvoiceCurrencyCode>")
    if not minimum:
        parts.append(
            "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
            "<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189</ram:IBANID>"
            "</ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>"
            f"<ram:ApplicableTradeTax><ram:CalculatedAmount>{s.tax or '0.00'}</ram:CalculatedAmount>"
            f"<ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>{s.total_excl}</ram:BasisAmount>"
            "<ram:CategoryCode>S</ram:CategoryCode><ram:DueDateTypeCode>5</ram:DueDateTypeCode>"
            "<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
        )
        if s.payment_terms or s.due_date:
            terms = ["<ram:SpecifiedTradePaymentTerms>"]
            if s.payment_terms:
                terms.append(f"<ram:Description>{_e(s.payment_terms)}</ram:Description>")
            if s.due_date:
                terms.append(
                    '<ram:DueDateDateTime><udt:DateTimeString format="102">'
                    f"{_cii_date(s.due_date)}</udt:DateTimeString></ram:DueDateDateTime>"
                )
            terms.append("</ram:SpecifiedTradePaymentTerms>")
            parts.append("".join(terms))
    summation = ["<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"]
    if not minimum:
        summation.append(f"<ram:LineTotalAmount>{s.total_excl}</ram:LineTotalAmount>")
    summation.append(f"<ram:TaxBasisTotalAmount>{s.total_excl}</ram:TaxBasisTotalAmount>")
    if s.tax is not None:
        summation.append(
            f"<ram:TaxTotalAmount currencyID={quoteattr(s.currency)}>{s.tax}</ram:TaxTotalAmount>"
        )
    summation.append(f"<ram:GrandTotalAmount>{s.total_incl}</ram:GrandTotalAmount>")
    if s.prepaid is not None and not minimum:
        summation.append(f"<ram:TotalPrepaidAmount>{s.prepaid}</ram:TotalPrepaidAmount>")
    summation.append(f"<ram:DuePayableAmount>{s.amount_due}</ram:DuePayableAmount>")
    summation.append("</ram:SpecifiedTradeSettlementHeaderMonetarySummation>")
    parts.append("".join(summation))
    if s.preceding_invoice and not minimum:
        parts.append(
            "<ram:InvoiceReferencedDocument>"
            f"<ram:IssuerAssignedID>{_e(s.preceding_invoice)}</ram:IssuerAssignedID>"
            "</ram:InvoiceReferencedDocument>"
        )
    return (
        "<ram:ApplicableHeaderTradeSettlement>"
        + "".join(parts)
        + "</ram:ApplicableHeaderTradeSettlement>"
    )


def cii_xml(sample: Sample = Sample(), profile: str = "EN 16931", guideline: str = "") -> bytes:
    """A Factur-X CII (D16B) at `profile`, valid against the profile's XSD."""
    s = sample
    lines = "" if profile in ("MINIMUM", "BASIC WL") else _cii_line(s)
    seller_address = (
        "<ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>"
        if profile == "MINIMUM"
        else "<ram:PostalTradeAddress><ram:PostcodeCode>75011</ram:PostcodeCode>"
        "<ram:LineOne>8 passage du Cheval Blanc</ram:LineOne><ram:CityName>Paris</ram:CityName>"
        "<ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>"
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>A1</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>{_e(guideline or GUIDELINES[profile])}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>{_e(s.number)}</ram:ID>
    <ram:TypeCode>{_e(s.type_code)}</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">{_cii_date(s.issue_date)}</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>{lines}
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>SERVICE-ACHATS</ram:BuyerReference>
      <ram:SellerTradeParty>
        <ram:Name>{SELLER}</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">552100554</ram:ID></ram:SpecifiedLegalOrganization>
        {seller_address}
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR40552100554</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      {_cii_buyer(s, profile)}
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    {_cii_settlement(s, profile)}
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""".encode()


def _ubl_party(s: Sample) -> str:
    parts = []
    if s.routing_id:
        parts.append(
            f"<cbc:EndpointID schemeID={quoteattr(s.routing_scheme)}>{_e(s.routing_id)}</cbc:EndpointID>"
        )
    if s.buyer_id:
        parts.append(
            f"<cac:PartyIdentification><cbc:ID>{_e(s.buyer_id)}</cbc:ID></cac:PartyIdentification>"
        )
    parts.append(
        "<cac:PostalAddress><cbc:StreetName>12 rue de la République</cbc:StreetName>"
        "<cbc:CityName>Lyon</cbc:CityName><cbc:PostalZone>69002</cbc:PostalZone>"
        f"<cac:Country><cbc:IdentificationCode>{_e(s.buyer_country)}</cbc:IdentificationCode></cac:Country>"
        "</cac:PostalAddress>"
    )
    if s.buyer_vat:
        parts.append(
            f"<cac:PartyTaxScheme><cbc:CompanyID>{_e(s.buyer_vat)}</cbc:CompanyID>"
            "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>"
        )
    legal = f"<cac:PartyLegalEntity><cbc:RegistrationName>{_e(s.buyer_name)}</cbc:RegistrationName>"
    if s.legal_id:
        legal += (
            f"<cbc:CompanyID schemeID={quoteattr(s.legal_scheme)}>{_e(s.legal_id)}</cbc:CompanyID>"
        )
    parts.append(legal + "</cac:PartyLegalEntity>")
    if s.contact or s.phone or s.email:
        contact = "<cac:Contact>"
        if s.contact:
            contact += f"<cbc:Name>{_e(s.contact)}</cbc:Name>"
        if s.phone:
            contact += f"<cbc:Telephone>{_e(s.phone)}</cbc:Telephone>"
        if s.email:
            contact += f"<cbc:ElectronicMail>{_e(s.email)}</cbc:ElectronicMail>"
        parts.append(contact + "</cac:Contact>")
    return (
        "<cac:AccountingCustomerParty><cac:Party>"
        + "".join(parts)
        + "</cac:Party></cac:AccountingCustomerParty>"
    )


def ubl_xml(sample: Sample = Sample(), credit_note: bool = False) -> bytes:
    """A Peppol BIS Billing 3.0 UBL 2.1 Invoice (or CreditNote), valid against the UBL XSD."""
    s = sample
    root = "CreditNote" if credit_note else "Invoice"
    cur = quoteattr(s.currency)
    # UBL 2.1 has cbc:DueDate in an Invoice only; a CreditNote gives it in its PaymentMeans.
    due = f"<cbc:DueDate>{s.due_date}</cbc:DueDate>" if s.due_date and not credit_note else ""
    type_code = (
        f"<cbc:CreditNoteTypeCode>{_e(s.type_code)}</cbc:CreditNoteTypeCode>"
        if credit_note
        else f"<cbc:InvoiceTypeCode>{_e(s.type_code)}</cbc:InvoiceTypeCode>"
    )
    billing = (
        "<cac:BillingReference><cac:InvoiceDocumentReference>"
        f"<cbc:ID>{_e(s.preceding_invoice)}</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>"
        if s.preceding_invoice
        else ""
    )
    means_due = (
        f"<cbc:PaymentDueDate>{s.due_date}</cbc:PaymentDueDate>"
        if s.due_date and credit_note
        else ""
    )
    terms = (
        f"<cac:PaymentTerms><cbc:Note>{_e(s.payment_terms)}</cbc:Note></cac:PaymentTerms>"
        if s.payment_terms
        else ""
    )
    tax = (
        f"<cac:TaxTotal><cbc:TaxAmount currencyID={cur}>{s.tax}</cbc:TaxAmount>"
        f"<cac:TaxSubtotal><cbc:TaxableAmount currencyID={cur}>{s.total_excl}</cbc:TaxableAmount>"
        f"<cbc:TaxAmount currencyID={cur}>{s.tax}</cbc:TaxAmount>"
        "<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent>"
        "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>"
        if s.tax is not None
        else ""
    )
    prepaid = (
        f"<cbc:PrepaidAmount currencyID={cur}>{s.prepaid}</cbc:PrepaidAmount>" if s.prepaid else ""
    )
    line = "CreditNoteLine" if credit_note else "InvoiceLine"
    quantity = "CreditedQuantity" if credit_note else "InvoicedQuantity"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>{PEPPOL}</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>{_e(s.number)}</cbc:ID>
  <cbc:IssueDate>{s.issue_date}</cbc:IssueDate>
  {due}
  {type_code}
  <cbc:Note>Merci de rappeler le numéro de facture dans votre virement.</cbc:Note>
  <cbc:DocumentCurrencyCode>{_e(s.currency)}</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>SERVICE-ACHATS</cbc:BuyerReference>
  {billing}
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="0009">55210055400013</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>8 passage du Cheval Blanc</cbc:StreetName><cbc:CityName>Paris</cbc:CityName><cbc:PostalZone>75011</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>FR40552100554</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>{SELLER}</cbc:RegistrationName><cbc:CompanyID schemeID="0002">552100554</cbc:CompanyID></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  {_ubl_party(s)}
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode name="Virement SEPA">58</cbc:PaymentMeansCode>
    {means_due}
    <cbc:PaymentID>{_e(s.number)}</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  {terms}
  {tax}
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID={cur}>{s.total_excl}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID={cur}>{s.total_excl}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID={cur}>{s.total_incl}</cbc:TaxInclusiveAmount>
    {prepaid}
    <cbc:PayableAmount currencyID={cur}>{s.amount_due}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:{line}>
    <cbc:ID>1</cbc:ID>
    <cbc:{quantity} unitCode="C62">1</cbc:{quantity}>
    <cbc:LineExtensionAmount currencyID={cur}>{s.total_excl}</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Agencement de boutique en chêne massif</cbc:Name>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID={cur}>{s.total_excl}</cbc:PriceAmount></cac:Price>
  </cac:{line}>
</{root}>
""".encode()


@functools.lru_cache(maxsize=64)
def visible_pdf(sample: Sample = Sample()) -> bytes:
    """The human-readable invoice a Factur-X wraps (fpdf2), the same bytes each time."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2026, 10, 2, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for text in (
        f"{SELLER} - Facture {sample.number} du {sample.issue_date}",
        f"Client : {sample.buyer_name}",
        f"Total HT {sample.total_excl} - TVA {sample.tax} - TTC {sample.total_incl} {sample.currency}",
        f"Échéance : {sample.due_date or '-'}",
    ):
        pdf.cell(text=text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def facturx_pdf(
    sample: Sample = Sample(), profile: str = "EN 16931", xml: bytes | None = None
) -> bytes:
    """A Factur-X PDF made by the factur-x library: the visible invoice with its CII embedded
    as factur-x.xml, checked against the profile's XSD (unless `xml` is given: then as is)."""
    import facturx

    data = xml if xml is not None else cii_xml(sample, profile)
    return bytes(
        facturx.generate_from_binary(visible_pdf(sample), data, check_xsd=xml is None, lang="fr-FR")
    )


def pdf_with(attachments: dict[str, bytes], sample: Sample = Sample()) -> bytes:
    """A PDF with these embedded files, as a ZUGFeRD 2.0 writer (ZUGFeRD-invoice.xml) or a
    careless or hostile one makes it; pypdf, not the factur-x library, which checks its XML."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(visible_pdf(sample))))
    for name, data in attachments.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def grown(pdf: bytes, total: int) -> bytes:
    """The PDF made `total` bytes long by an incremental update adding one large unused stream
    (a scan, a plan), as a valid PDF grows, cheap to write."""
    import re

    root = re.findall(rb"/Root (\d+ \d+) R", pdf)[-1]
    size = int(re.findall(rb"/Size (\d+)", pdf)[-1])
    previous = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    head = b"%d 0 obj\n<< /Length %%d >>\nstream\n" % size
    tail = b"\nendstream\nendobj\n"
    xref = (
        b"xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %s R /Prev %d >>\n"
        b"startxref\n%d\n%%%%EOF\n"
    )

    def build(length: int) -> bytes:
        stream = head % length + b"\0" * length + tail
        offset = len(pdf) + len(stream)
        return pdf + stream + xref % (size, len(pdf), size + 1, root, previous, offset)

    length = total - len(build(0))
    while len(out := build(length)) != total:  # the numbers' digits grow with the length
        length += total - len(out)
    return out


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


DATA = Path(__file__).parent / "data" / "einvoices"
