"""How the customer pays a reminder: the firm's account, the amount, the reference to quote, and
the EPC069-12 payload of the SEPA credit transfer QR code ("QR code de virement").

The payload is what a banking app reads from the QR code to fill a transfer in, so every byte
follows the European Payments Council's guidelines (EPC069-12, version 002):

    BCD              service tag
    002              version (a BIC is optional within the EEA)
    1                character set: UTF-8
    SCT              SEPA credit transfer
    BIC              or an empty line
    name             the beneficiary, at most 70 characters
    IBAN
    EUR1370.00       "EUR" and the amount, 0.01 to 999999999.99
    purpose          empty
    RF48F20260420    structured remittance (an RF creditor reference), or an empty line
    Factures F-1, …  unstructured remittance, at most 140 characters: never with the above

Lines are separated by LF; the last filled line ends the payload, which is at most 331 bytes.
One invoice gets its RF reference, which the payment import recognises with certainty
(`core.creditor_reference`); several get their numbers. Pure: no I/O.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from relancebot.core.creditor_reference import creditor_reference, printed
from relancebot.errors import InvalidValue

LONGEST_NAME = 70
LONGEST_TEXT = 140
LONGEST_PAYLOAD = 331  # bytes
SMALLEST_AMOUNT = Decimal("0.01")
LARGEST_AMOUNT = Decimal("999999999.99")


class NoTransferCode(InvalidValue):
    """No EPC QR code can carry this transfer (another currency, an amount out of bounds):
    the payment details are printed without the code."""


@dataclass(frozen=True)
class Due:
    """What one invoice of the reminder still asks for."""

    number: str
    balance: Decimal
    currency: str


@dataclass(frozen=True)
class PaymentDetails:
    """The "Pour régler" block of a reminder; `qr_payload` is None when no QR code can be made."""

    payee: str
    iban: str  # compact, upper case
    bic: str  # compact, upper case, or ""
    amount: Decimal | None  # None when the invoices are in several currencies
    currency: str
    reference: str  # an RF reference (compact) or "Factures F-1, F-2"
    structured: bool  # True for an RF reference
    qr_payload: str | None

    @property
    def iban_printed(self) -> str:
        """In groups of four, as banks print it: "FR76 3000 6000 0112 3456 7890 189"."""
        return _groups(self.iban)

    @property
    def reference_printed(self) -> str:
        return printed(self.reference) if self.structured else self.reference


def _groups(text: str) -> str:
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _one_line(text: str) -> str:
    """Any line break or run of spaces as one space: a stray newline would shift every field."""
    return " ".join(text.split())


def epc_payload(
    *, name: str, iban: str, bic: str, amount: Decimal, reference: str = "", text: str = ""
) -> str:
    """The EPC069-12 (version 002, UTF-8) payload of one SEPA credit transfer.

    Exactly one of `reference` (an RF creditor reference) and `text` (free remittance) is given.
    The name is cut to 70 characters, and shorter if the payload would exceed 331 bytes.
    Raises NoTransferCode for an amount outside 0.01-999999999.99 or a text over 140 characters.
    """
    if bool(reference) == bool(text):
        raise NoTransferCode("code de virement : une référence RF ou un libellé, pas les deux")
    if len(text) > LONGEST_TEXT:
        raise NoTransferCode(f"code de virement : libellé de plus de {LONGEST_TEXT} caractères")
    if not SMALLEST_AMOUNT <= amount <= LARGEST_AMOUNT:
        raise NoTransferCode(
            f"code de virement impossible pour {amount} EUR : "
            f"de {SMALLEST_AMOUNT} à {LARGEST_AMOUNT} EUR seulement"
        )
    cut = _one_line(name)[:LONGEST_NAME].rstrip()
    while True:
        fields = [
            "BCD", "002", "1", "SCT",
            _one_line(bic).replace(" ", "").upper(),
            cut,
            iban.replace(" ", "").upper(),
            f"EUR{amount.quantize(SMALLEST_AMOUNT)}",
            "",  # purpose
            _one_line(reference).replace(" ", "").upper(),
            _one_line(text),
        ]  # fmt: skip
        while fields[-1] == "":  # the last filled field ends the payload
            fields.pop()
        payload = "\n".join(fields)
        if len(payload.encode("utf-8")) <= LONGEST_PAYLOAD or not cut:
            return payload
        cut = cut[:-1].rstrip()


def remittance_text(numbers: Sequence[str], budget: int = LONGEST_TEXT) -> str:
    """ "Facture F-1" or "Factures F-1, F-2": whole numbers only, within `budget` bytes of UTF-8;
    the ones that do not fit are counted ("Factures F-1, F-2 et 3 autres"), never cut."""
    numbers = [_one_line(n) for n in numbers]
    head = "Facture " if len(numbers) == 1 else "Factures "
    for shown in range(len(numbers), 0, -1):
        rest = len(numbers) - shown
        candidate = head + ", ".join(numbers[:shown]) + (f" et {rest} autres" if rest else "")
        if len(candidate) <= LONGEST_TEXT and len(candidate.encode("utf-8")) <= budget:
            return candidate
    # A number too long for the code on its own: counted, not cut.
    return f"{len(numbers)} facture{'s' if len(numbers) > 1 else ''}"


def payment_details(
    *, payee: str, iban: str, bic: str, dues: Sequence[Due], sepa: bool = True
) -> PaymentDetails | None:
    """The payment block for these invoices; None without an IBAN (nothing is printed then).

    The QR code is left out (qr_payload None) for an account outside the SEPA zone, another
    currency than the euro, several currencies, or an amount an EPC code cannot carry.
    """
    if not iban or not dues:
        return None
    compact_iban = iban.replace(" ", "").upper()
    compact_bic = bic.replace(" ", "").upper()
    currencies = {d.currency for d in dues}
    currency = dues[0].currency
    amount = sum((d.balance for d in dues), Decimal("0.00")) if len(currencies) == 1 else None
    numbers = [d.number for d in dues]
    reference, structured = "", False
    if len(dues) == 1:
        # Too few or too many letters and digits for an RF reference: the number is the text.
        with contextlib.suppress(InvalidValue):
            reference, structured = creditor_reference(dues[0].number), True
    # The amount the QR code carries: None when no code can carry it.
    coded = amount if sepa and currency == "EUR" and amount is not None else None
    if coded is not None and not SMALLEST_AMOUNT <= coded <= LARGEST_AMOUNT:
        coded = None
    if not structured:
        budget = LONGEST_TEXT
        if coded is not None:
            budget = _text_budget(payee, compact_iban, compact_bic, coded)
        reference = remittance_text(numbers, budget)
    payload = None
    if coded is not None:
        given = {"reference": reference} if structured else {"text": reference}
        payload = epc_payload(name=payee, iban=compact_iban, bic=compact_bic, amount=coded, **given)
    return PaymentDetails(
        payee=payee,
        iban=compact_iban,
        bic=compact_bic,
        amount=amount,
        currency=currency,
        reference=reference,
        structured=structured,
        qr_payload=payload,
    )


def _text_budget(name: str, iban: str, bic: str, amount: Decimal) -> int:
    """The bytes left for the remittance text once the rest of the payload is written."""
    rest = epc_payload(name=name, iban=iban, bic=bic, amount=amount, text="X")
    return LONGEST_PAYLOAD - len(rest.encode("utf-8")) + 1
