"""Easier to pay (#15): with `[firm] iban`, reminders and the formal notice carry the payment
details and a SEPA credit transfer QR code (EPC069-12), and the code really reads back.

The QR codes are decoded by zbarimg (Debian's zbar-tools, installed by
scripts/install-test-servers), an implementation independent of segno, which draws them.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import io
import re
import shutil
import subprocess
from decimal import Decimal
from email.message import EmailMessage, Message
from pathlib import Path

import pytest
import segno
import segno.helpers
from PIL import Image
from pypdf import PdfReader

from relancebot.config import ConfigError, FirmSettings, load_settings
from relancebot.core.payment_details import (
    LONGEST_PAYLOAD,
    Due,
    NoTransferCode,
    epc_payload,
    payment_details,
    remittance_text,
)
from relancebot.outgoing.payment_qr import firm_payment, qr_png
from relancebot.outgoing.render import Renderer

from .conftest import Firm
from .review_helpers import setup_firm
from .servers.smtp import SmtpServer
from .test_message import GABARITS, context

IBAN = "FR76 3000 6000 0112 3456 7890 189"
IBAN_COMPACT = "FR7630006000011234567890189"
BIC = "AGRIFRPP"
ZBARIMG = shutil.which("zbarimg")


# --- the payload, byte for byte -----------------------------------------------------------


def test_the_standards_own_example_line_by_line() -> None:
    # EPC069-12's sample (the Belgian Red Cross), in version 002, UTF-8, free remittance.
    payload = epc_payload(
        name="Red Cross of Belgium",
        iban="BE72000000001616",
        bic="BPOTBEB1",
        amount=Decimal("1"),
        text="Urgency fund",
    )
    assert payload.split("\n") == [
        "BCD",  # service tag
        "002",  # version
        "1",  # character set: UTF-8
        "SCT",  # SEPA credit transfer
        "BPOTBEB1",
        "Red Cross of Belgium",
        "BE72000000001616",
        "EUR1.00",
        "",  # purpose
        "",  # no structured remittance when there is a text
        "Urgency fund",
    ]
    assert not payload.endswith("\n")  # the last filled line ends the payload


def test_one_invoice_is_paid_with_its_rf_reference_and_no_text() -> None:
    details = payment_details(
        payee="Atelier Morel SARL",
        iban=IBAN,
        bic="",
        dues=[Due("F-2026-0420", Decimal("1370"), "EUR")],
    )
    assert details is not None
    assert details.qr_payload == (
        "BCD\n002\n1\nSCT\n\nAtelier Morel SARL\nFR7630006000011234567890189\n"
        "EUR1370.00\n\nRF48F20260420"
    )  # the BIC line is empty (optional in 002), and nothing follows the reference
    assert details.structured and details.reference_printed == "RF48 F202 6042 0"
    assert details.iban_printed == IBAN


def test_segno_own_epc_helper_writes_the_same_code() -> None:
    """segno.helpers.make_epc_qr is another reading of the standard: for an amount with cents
    (it writes "EUR12.3" for 12.30) and UTF-8, its code is ours module for module."""
    ours = payment_details(
        payee="Société Générale Œuvres",  # UTF-8, not Latin-1: character set 1 for both
        iban=IBAN,
        bic=BIC,
        dues=[Due("F-1", Decimal("1250.45"), "EUR"), Due("F-2", Decimal("120.10"), "EUR")],
    )
    assert ours is not None and ours.qr_payload is not None
    theirs = segno.helpers.make_epc_qr(
        name="Société Générale Œuvres",
        iban=IBAN_COMPACT,
        amount=Decimal("1370.55"),
        text="Factures F-1, F-2",
        bic=BIC,
        encoding="utf-8",
    )
    assert theirs.error == "M"
    assert modules(qr_png(ours.qr_payload)) == [list(row) for row in theirs.matrix]


# --- the limits ------------------------------------------------------------------------------


def test_a_long_name_is_cut_to_70_characters() -> None:
    name = "Société coopérative ouvrière de production des Artisans Réunis du Lyonnais SCOP"
    payload = epc_payload(name=name, iban=IBAN, bic="", amount=Decimal("10"), reference="RF44F3")
    assert payload.split("\n")[5] == name[:70].rstrip()
    assert len(payload.split("\n")[5]) <= 70


@pytest.mark.parametrize(
    ("amount", "coded"),
    [
        (Decimal("0.01"), "EUR0.01"),
        (Decimal("999999999.99"), "EUR999999999.99"),
        (Decimal("12.3"), "EUR12.30"),
    ],
)
def test_amounts_within_bounds(amount: Decimal, coded: str) -> None:
    payload = epc_payload(name="A", iban=IBAN, bic="", amount=amount, reference="RF44F3")
    assert payload.split("\n")[7] == coded


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-5"), Decimal("1000000000.00")])
def test_an_amount_out_of_bounds_makes_no_code(amount: Decimal) -> None:
    with pytest.raises(NoTransferCode, match=re.escape("de 0.01 à 999999999.99 EUR")):
        epc_payload(name="A", iban=IBAN, bic="", amount=amount, reference="RF44F3")
    details = payment_details(payee="A", iban=IBAN, bic="", dues=[Due("F-3", amount, "EUR")])
    assert details is not None and details.qr_payload is None  # printed, without a code


def test_another_currency_prints_the_details_without_a_code() -> None:
    details = payment_details(
        payee="A", iban=IBAN, bic="", dues=[Due("F-4", Decimal("3600"), "GBP")]
    )
    assert details is not None and details.qr_payload is None
    assert details.amount == Decimal("3600") and details.currency == "GBP"
    mixed = payment_details(
        payee="A",
        iban=IBAN,
        bic="",
        dues=[Due("F-4", Decimal("3600"), "GBP"), Due("F-5", Decimal("10"), "EUR")],
    )
    assert mixed is not None and mixed.amount is None and mixed.qr_payload is None


def test_an_account_outside_sepa_gets_no_code() -> None:
    firm = FirmSettings(iban="BR1800360305000010009795493C1")
    block = firm_payment(firm, [Due("F-3", Decimal("600"), "EUR")])
    assert block is not None and block.qr is None and block.iban.startswith("BR18 0036")


def test_several_invoices_are_named_in_the_text_never_with_a_reference() -> None:
    details = payment_details(
        payee="Atelier Morel SARL",
        iban=IBAN,
        bic=BIC,
        dues=[Due("F-1", Decimal("1250"), "EUR"), Due("F-2", Decimal("120"), "EUR")],
    )
    assert details is not None and details.qr_payload is not None
    lines = details.qr_payload.split("\n")
    assert lines[7:] == ["EUR1370.00", "", "", "Factures F-1, F-2"]
    assert not details.structured and details.reference_printed == "Factures F-1, F-2"


def test_many_invoices_fit_in_140_characters_without_cutting_a_number() -> None:
    numbers = [f"FAC-2026-{i:05d}" for i in range(30)]
    text = remittance_text(numbers)
    assert len(text) <= 140 and text.endswith(" autres")
    shown = text.removeprefix("Factures ").split(" et ")[0].split(", ")
    assert shown == numbers[: len(shown)]  # whole numbers, in order
    assert text.endswith(f" et {30 - len(shown)} autres")


def test_the_payload_never_exceeds_331_bytes() -> None:
    wide = "Ωμέγα Θήτα Ελληνικά Φροντιστήρια και Εκδόσεις Αθηνών Ανώνυμη Εταιρεία Ψ"  # 2 bytes each
    details = payment_details(
        payee=wide,
        iban=IBAN,
        bic="AGRIFRPPXXX",
        dues=[Due(f"FAC-2026-{i:05d}", Decimal("999"), "EUR") for i in range(30)],
    )
    assert details is not None and details.qr_payload is not None
    assert len(details.qr_payload.encode("utf-8")) <= LONGEST_PAYLOAD
    assert details.qr_payload.split("\n")[10] == details.reference  # printed as coded
    decoded_png(qr_png(details.qr_payload))  # and it is still a readable code


def test_an_invoice_number_too_long_for_an_rf_reference_is_the_text() -> None:
    number = "2026/ATELIER-MOREL/LYON/000412"  # 26 letters and digits: over RF's 21
    details = payment_details(payee="A", iban=IBAN, bic="", dues=[Due(number, Decimal("5"), "EUR")])
    assert details is not None and details.qr_payload is not None
    assert details.qr_payload.split("\n")[9:] == ["", f"Facture {number}"]


def test_a_line_break_in_a_number_cannot_shift_the_fields() -> None:
    text = remittance_text(["F-1\nEUR999", "F-2"])
    assert "\n" not in text


# --- the configuration --------------------------------------------------------------------


def load(tmp_path: Path, firm: str) -> FirmSettings:
    path = tmp_path / "config.toml"
    path.write_text(f"[firm]\nname = 'Atelier Morel SARL'\n{firm}\n", encoding="utf-8")
    return load_settings(path, explicit=True).firm


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("iban = 'FR76 3000 6000 0112 3456 7890 188'", "clé de contrôle fausse"),
        ("iban = 'FR06 3000 6000 0112 3456 7890 188'", "clé nationale fausse (la clé RIB"),
        ("iban = 'FR76 3000 6000 0112 3456 7890 18'", "longueur incorrecte pour ce pays"),
        ("iban = 'XX76 3000 6000 0112 3456 7890 189'", "pays 'XX' inconnu"),
    ],
)
def test_a_wrong_iban_is_refused_with_the_key_the_value_and_why(
    tmp_path: Path, line: str, why: str
) -> None:
    value = line.split("'")[1]
    with pytest.raises(ConfigError) as refused:
        load(tmp_path, line)
    message = str(refused.value)
    assert message.startswith("firm.iban : IBAN attendu (ex. ")
    assert repr(value) in message and why in message


def test_bic_and_payee_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"firm\.bic : BIC attendu.*reçu 'AGRIFRP'"):
        load(tmp_path, f"iban = '{IBAN}'\nbic = 'AGRIFRP'")
    with pytest.raises(ConfigError, match=re.escape("firm.bic : ne sert qu'avec firm.iban")):
        load(tmp_path, "bic = 'AGRIFRPP'")
    with pytest.raises(ConfigError, match=re.escape("firm.payee : 70 caractères au plus")):
        load(tmp_path, f"iban = '{IBAN}'\npayee = '{'x' * 71}'")
    firm = load(tmp_path, f"iban = '{IBAN}'\nbic = 'agrifrppxxx'\npayee = 'Morel Claire'")
    assert firm.account_holder == "Morel Claire"
    block = firm_payment(firm, [Due("F-3", Decimal("600"), "EUR")])
    assert block is not None and block.bic == "AGRIFRPPXXX" and block.payee == "Morel Claire"


# --- the templates ------------------------------------------------------------------------

TEMPLATES = ["relance-preventive", "relance-1", "relance-2", "relance-3"]
TEMPLATES += ["promesse-non-tenue", "duplicata"]


def rendered_with(firm: FirmSettings, name: str, language: str) -> tuple[str, str, int]:
    values = context(firm=firm, deadline_days=15, deadline_date=dt.date(2026, 11, 18))
    values |= {"promise_made_on": None, "promised_date": None}
    values["payment"] = firm_payment(firm, [Due("F-2026-0412", Decimal("1250.00"), "EUR")])
    rendered = Renderer(GABARITS).render(name, language, values)
    return rendered.text, rendered.html, len(rendered.inline)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_reminder_template_carries_the_block_only_with_an_iban(
    name: str, language: str
) -> None:
    title = {"fr": "Pour régler par virement", "en": "How to pay by bank transfer"}[language]
    text, html, images = rendered_with(FirmSettings(iban=IBAN, bic=BIC), name, language)
    for part in (text, html):
        assert title in part and IBAN in part and BIC in part and "RF70 F202 6041 2" in part
    assert images == 1 and re.search(r'<img src="cid:virement-[0-9a-f]+@relancebot"', html)
    text, html, images = rendered_with(FirmSettings(), name, language)
    assert title not in text and title not in html and "IBAN" not in text + html
    assert images == 0 and "cid:" not in html


# --- a real reminder, through the outbox and SMTP -----------------------------------------


def with_iban(firm: Firm, extra: str = "") -> None:
    text = firm.config.read_text(encoding="utf-8").replace(
        'phone = "01 23 45 67 89"',
        f'phone = "01 23 45 67 89"\niban = "{IBAN}"\nbic = "{BIC}"\n{extra}',
    )
    firm.config.write_text(text, encoding="utf-8")


def received_for(smtp_server: SmtpServer, address: str) -> EmailMessage:
    found = [r.message for r in smtp_server.to_customers if address in r.rcpt_tos]
    assert len(found) == 1
    return found[0]


def qr_of(message: EmailMessage) -> tuple[str, bytes]:
    """The HTML of the message and the PNG its `cid:` names, from the same multipart/related."""
    related = [p for p in message.walk() if p.get_content_type() == "multipart/related"]
    assert len(related) == 1 and related[0].get_param("type") == "text/html"
    parts = related[0].get_payload()
    assert isinstance(parts, list)
    html_part, image = parts
    assert isinstance(html_part, Message) and isinstance(image, Message)
    assert html_part.get_content_type() == "text/html"
    html = html_part.get_payload(decode=True).decode("utf-8")  # type: ignore[union-attr]
    cid = re.search(r'src="cid:([^"]+)"', html)
    assert cid is not None
    assert image.get_content_type() == "image/png"
    assert image["Content-ID"] == f"<{cid.group(1)}>"
    assert image.get_content_disposition() == "inline"
    png = image.get_payload(decode=True)
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    return html, png


def test_a_sent_reminder_shows_the_code_that_reads_back_as_the_transfer(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server)
    with_iban(firm)
    firm.run("tick", now="2026-11-03T09:30")

    one = received_for(smtp_server, "studio@lefevre.fr")  # F-3 alone: its RF reference
    html, png = qr_of(one)
    assert "data:" not in html
    expected = (
        "BCD\n002\n1\nSCT\nAGRIFRPP\nAtelier Morel SARL\nFR7630006000011234567890189\n"
        "EUR600.00\n\nRF44F3"
    )
    assert decoded_png(png) == expected
    assert modules(png) == [list(row) for row in code_of(expected).matrix]
    text = one.get_body(preferencelist=("plain",))
    assert text is not None
    plain = text.get_content()
    assert "Pour régler par virement :" in plain and f"IBAN : {IBAN}" in plain
    assert "Référence à indiquer : RF44 F3" in plain and "BIC : AGRIFRPP" in plain
    # The invoice's PDF is still attached beside the alternative.
    assert [p.get_filename() for p in one.iter_attachments()] == ["F-3.pdf"]

    two = received_for(smtp_server, "compta@dupont.fr")  # F-1 and F-2: named in the text
    html, png = qr_of(two)
    assert decoded_png(png).split("\n")[7:] == ["EUR1370.00", "", "", "Factures F-1, F-2"]
    assert "Factures F-1, F-2" in html


def test_without_an_iban_no_block_no_code_no_related_part(firm: Firm) -> None:
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")
    firm.run("tick", now="2026-11-03T10:00")
    [path] = (firm.root / "outbox" / "new").iterdir()
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    types = [p.get_content_type() for p in message.walk()]
    assert "multipart/related" not in types and "image/png" not in types
    assert b"Pour r" not in path.read_bytes() and b"IBAN" not in path.read_bytes()


def test_the_preview_shows_the_code_inside_its_html(firm: Firm) -> None:
    setup_firm(firm)
    with_iban(firm)
    html = firm.run("preview", "F-3", "--html", now="2026-11-03T09:30").output
    found = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert found is not None and "cid:" not in html
    assert decoded_png(base64.b64decode(found.group(1))).endswith("\nRF44F3")
    text = firm.run("preview", "F-3", now="2026-11-03T09:30").output
    assert f"IBAN : {IBAN}" in text


# --- the formal notice --------------------------------------------------------------------


def test_the_formal_notice_prints_the_details_and_the_code(firm: Firm, tmp_path: Path) -> None:
    setup_firm(firm)
    with_iban(firm, 'payee = "Morel Claire"')
    out = tmp_path / "mise-en-demeure.pdf"
    firm.run("letter", "boulangerie-dupont", "--out", str(out), now="2026-12-03T10:00")
    reader = PdfReader(out)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    text = text.replace("\u202f", " ").replace("\xa0", " ")
    assert "Pour régler par virement" in text and IBAN in text and "AGRIFRPP" in text
    assert "Morel Claire" in text and "Factures F-1, F-2" in text
    assert "par virement (coordonnées ci-dessous)" in text
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1
    png = io.BytesIO()
    assert images[0].image is not None
    images[0].image.save(png, format="PNG")
    assert decoded_png(png.getvalue()) == (
        "BCD\n002\n1\nSCT\nAGRIFRPP\nMorel Claire\nFR7630006000011234567890189\n"
        "EUR1370.00\n\n\nFactures F-1, F-2"
    )


def test_a_formal_notice_without_iban_has_no_image(firm: Firm, tmp_path: Path) -> None:
    setup_firm(firm)
    out = tmp_path / "mise-en-demeure.pdf"
    firm.run("letter", "studio-lefevre", "--out", str(out), now="2026-12-03T10:00")
    reader = PdfReader(out)
    assert [image for page in reader.pages for image in page.images] == []
    assert "Pour régler" not in " ".join(p.extract_text() for p in reader.pages)


# --- reading the codes back -----------------------------------------------------------------


def code_of(payload: str) -> segno.QRCode:
    return segno.make(payload.encode("utf-8"), error="m", boost_error=False, micro=False)


def modules(png: bytes, scale: int = 5, border: int = 4) -> list[list[bool]]:
    """The dark and light modules of a code drawn by `qr_png`, read from its pixels."""
    image = Image.open(io.BytesIO(png)).convert("L")
    size = image.width // scale - 2 * border
    return [
        [dark(image, (c + border) * scale + 2, (r + border) * scale + 2) for c in range(size)]
        for r in range(size)
    ]


def dark(image: Image.Image, x: int, y: int) -> bool:
    value = image.getpixel((x, y))
    assert isinstance(value, int)
    return value < 128


def decoded_png(png: bytes) -> str:
    """What a scanner reads: zbarimg, its bytes as they are (-Sbinary), taken as UTF-8."""
    if ZBARIMG is None:
        pytest.fail("zbarimg missing: run scripts/install-test-servers (Debian's zbar-tools)")
    done = subprocess.run(
        [ZBARIMG, "--quiet", "--raw", "-Sbinary", "-"],
        input=png,
        capture_output=True,
        check=True,
        timeout=30,
    )
    return done.stdout.decode("utf-8")
