"""UN/CEFACT Cross Industry Invoice (D16B, what Factur-X and ZUGFeRD 2 embed), and the older
ZUGFeRD 1.0 CrossIndustryDocument, read into `Written`.

Both put the same terms in the same party and summation blocks; only the names of the blocks
above them differ, so one reader serves both with its table of block names.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

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

CII_NAMESPACE = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
ZUGFERD1_NAMESPACE = "urn:ferd:CrossIndustryDocument:invoice:1p0"


@dataclass(frozen=True)
class _Blocks:
    context: str
    document: str
    agreement: str
    settlement: str
    summation: str


_D16B = _Blocks(
    context="rsm:ExchangedDocumentContext",
    document="rsm:ExchangedDocument",
    agreement="rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement",
    settlement="rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement",
    summation="ram:SpecifiedTradeSettlementHeaderMonetarySummation",
)
_ZUGFERD1 = _Blocks(
    context="rsm:SpecifiedExchangedDocumentContext",
    document="rsm:HeaderExchangedDocument",
    agreement="rsm:SpecifiedSupplyChainTradeTransaction/ram:ApplicableSupplyChainTradeAgreement",
    settlement="rsm:SpecifiedSupplyChainTradeTransaction/ram:ApplicableSupplyChainTradeSettlement",
    summation="ram:SpecifiedTradeSettlementMonetarySummation",
)

_BUYER = "ram:BuyerTradeParty"
_DATE = "udt:DateTimeString"


def is_cii(root: etree._Element) -> bool:
    return etree.QName(root).namespace in (CII_NAMESPACE, ZUGFERD1_NAMESPACE)


def read_cii(root: etree._Element) -> Written:
    """The terms of a CII (or ZUGFeRD 1.0) invoice whose root is `root`."""
    blocks = _ZUGFERD1 if etree.QName(root).namespace == ZUGFERD1_NAMESPACE else _D16B
    document = element(root, blocks.document)
    settlement = element(root, blocks.settlement)
    summation = element(settlement, blocks.summation)
    buyer = element(root, f"{blocks.agreement}/{_BUYER}")
    guideline = first(
        root, f"{blocks.context}/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"
    )
    return Written(
        syntax_name="CII",
        guideline=guideline.text if guideline else "",
        type_code=first(document, "ram:TypeCode"),
        number=first(document, "ram:ID", blocks.document),
        issue_date=first(document, f"ram:IssueDateTime/{_DATE}"),
        due_dates=every(settlement, f"ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/{_DATE}"),
        payment_terms=every(settlement, "ram:SpecifiedTradePaymentTerms/ram:Description"),
        currency=first(settlement, "ram:InvoiceCurrencyCode"),
        preceding_invoice=first(settlement, "ram:InvoiceReferencedDocument/ram:IssuerAssignedID"),
        buyer_name=first(buyer, "ram:Name", _BUYER)
        or first(buyer, "ram:SpecifiedLegalOrganization/ram:TradingBusinessName", _BUYER),
        buyer_ids=every(buyer, "ram:ID", _BUYER) + every(buyer, "ram:GlobalID", _BUYER),
        buyer_legal_id=first(buyer, "ram:SpecifiedLegalOrganization/ram:ID", _BUYER),
        buyer_vat=_vat(buyer),
        buyer_routing_id=first(buyer, "ram:URIUniversalCommunication/ram:URIID", _BUYER),
        buyer_country=text_of(first(buyer, "ram:PostalTradeAddress/ram:CountryID")),
        contacts=tuple(_contact(c) for c in elements(buyer, "ram:DefinedTradeContact")),
        total_excl_tax=first(summation, "ram:TaxBasisTotalAmount", blocks.summation),
        tax_totals=every(summation, "ram:TaxTotalAmount", blocks.summation),
        total_incl_tax=first(summation, "ram:GrandTotalAmount", blocks.summation),
        prepaid=first(summation, "ram:TotalPrepaidAmount", blocks.summation),
        rounding=first(summation, "ram:RoundingAmount", blocks.summation),
        amount_due=first(summation, "ram:DuePayableAmount", blocks.summation),
        places={
            "BT-1": f"{blocks.document}/ram:ID",
            "BT-2": f"{blocks.document}/ram:IssueDateTime/{_DATE}",
            "BT-5": f"{blocks.settlement}/ram:InvoiceCurrencyCode",
            "BT-44": f"{_BUYER}/ram:Name",
            "BT-109": f"{blocks.summation}/ram:TaxBasisTotalAmount",
            "BT-115": f"{blocks.summation}/ram:DuePayableAmount",
        },
    )


def _vat(buyer: etree._Element | None) -> Found | None:
    for found in every(buyer, "ram:SpecifiedTaxRegistration/ram:ID", _BUYER):
        if found.scheme.upper() == "VA":  # "FC" is a tax number, not the VAT id
            return found
    return None


def _contact(node: etree._Element) -> Contact:
    within = f"{_BUYER}/ram:DefinedTradeContact"
    return Contact(
        name=first(node, "ram:PersonName", within) or first(node, "ram:DepartmentName", within),
        phone=first(node, "ram:TelephoneUniversalCommunication/ram:CompleteNumber", within),
        email=first(node, "ram:EmailURIUniversalCommunication/ram:URIID", within),
    )
