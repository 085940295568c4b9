"""The firm's payment details as reminders and the formal notice print them, with the SEPA
credit transfer QR code drawn as a PNG.

The payload is decided in `core.payment_details`; here it is drawn with segno (BSD), a
maintained pure-Python QR encoder with no dependency, at error correction level M as EPC069-12
requires (never raised to a higher level: some banking apps read only M), in byte mode and
without an ECI header, the character set being said by the payload's third line.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from relancebot.config import FirmSettings
from relancebot.core.payment_details import Due, NoTransferCode, PaymentDetails, payment_details
from relancebot.outgoing.compose import InlineImage

# EPC069-12: a code of version 13 at most (level M), which any payload of 331 bytes fits.
LARGEST_VERSION = 13
QR_FILENAME = "virement-sepa.png"


@dataclass(frozen=True)
class PaymentBlock:
    """What the templates' "Pour régler" block prints: `payment` in their context."""

    details: PaymentDetails
    qr: InlineImage | None  # None: no code for this transfer (another currency, ...)

    @property
    def payee(self) -> str:
        return self.details.payee

    @property
    def iban(self) -> str:
        return self.details.iban_printed

    @property
    def bic(self) -> str:
        return self.details.bic

    @property
    def amount(self) -> Decimal | None:
        return self.details.amount

    @property
    def currency(self) -> str:
        return self.details.currency

    @property
    def reference(self) -> str:
        return self.details.reference_printed

    @property
    def structured(self) -> bool:
        return self.details.structured


def qr_png(payload: str, scale: int = 5) -> bytes:
    """The EPC QR code of this payload as PNG bytes (4 modules of quiet zone around it)."""
    import segno  # 40 ms: only when a code is drawn

    code = segno.make(
        payload.encode("utf-8"), error="m", boost_error=False, micro=False, mode="byte"
    )
    version = code.version  # an int: no Micro QR
    if not isinstance(version, int) or version > LARGEST_VERSION:  # a guard: 331 bytes fit
        raise NoTransferCode(f"QR code de virement de version {version}, au plus 13")
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def in_sepa_zone(iban: str) -> bool:
    """Whether the IBAN's country is in the SEPA zone, where an EPC code works."""
    from schwifty import IBAN  # already imported when the config checked the IBAN

    return bool(IBAN(iban, allow_invalid=True).in_sepa_zone)


def firm_payment(firm: FirmSettings, dues: Sequence[Due]) -> PaymentBlock | None:
    """The payment block of a reminder about these invoices; None when `[firm] iban` is empty."""
    if not firm.iban:
        return None
    details = payment_details(
        payee=firm.account_holder,
        iban=firm.iban,
        bic=firm.bic,
        dues=dues,
        sepa=in_sepa_zone(firm.iban),
    )
    if details is None:
        return None
    qr = None
    if details.qr_payload is not None:
        # Named after its payload: the same transfer, the same Content-ID.
        digest = hashlib.sha256(details.qr_payload.encode("utf-8")).hexdigest()[:20]
        qr = InlineImage(f"virement-{digest}@relancebot", qr_png(details.qr_payload), QR_FILENAME)
    return PaymentBlock(details, qr)


def dues_of(invoices: Sequence[Mapping[str, Any]]) -> list[Due]:
    """The dues of the invoices as the templates see them (`number`, `balance`, `currency`)."""
    return [Due(i["number"], i["balance"], i["currency"]) for i in invoices]
