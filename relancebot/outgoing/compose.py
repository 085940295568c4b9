"""Real MIME: multipart/mixed holding the text/HTML alternative and the PDFs.

An HTML part showing images of its own (the transfer QR code) is a multipart/related (RFC 2387):
the HTML, then each image with its Content-ID, which the HTML names as `cid:` (RFC 2392). Mail
clients show those; they block `data:` URIs and do not fetch remote images unasked.

The message is assembled here from the standard library's encoders (RFC 2047 headers,
quoted-printable, base64, RFC 2231 file names) rather than through `email.message`: with a
100 KB PDF the generic generator spends most of a reminder's time re-scanning the attachment
for boundaries and re-splitting its lines. Every test parses the result back with the
standard parser.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from email.header import Header
from email.utils import encode_rfc2231, format_datetime, formataddr

from relancebot.core.addresses import wire_address
from relancebot.errors import InvalidValue

CRLF = b"\r\n"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes


@dataclass(frozen=True)
class InlineImage:
    """An image shown inside the HTML part, where `<img src="{{ image.src }}">` names it."""

    content_id: str  # an addr-spec, without the angle brackets of the header
    content: bytes
    filename: str
    content_type: str = "image/png"

    @property
    def src(self) -> str:
        return f"cid:{self.content_id}"


@dataclass(frozen=True)
class Envelope:
    sender_name: str
    sender: str
    to: Sequence[str]
    cc: Sequence[str] = ()
    reply_to: str | None = None

    @property
    def recipients(self) -> list[str]:
        """What the SMTP envelope carries: every address in its wire form (`wire_address`)."""
        return list(dict.fromkeys(wire_address(a) for a in [*self.to, *self.cc]))


@dataclass(frozen=True)
class Composed:
    # CRLF line endings, ready for SMTP DATA; 7-bit clean, unless an address has a non-ASCII
    # local part: its header is then UTF-8 (RFC 6532), and the envelope asks for SMTPUTF8.
    raw: bytes
    message_id: str
    subject: str


class AttachmentsTooLarge(InvalidValue):
    """The PDFs of one email weigh more than a mail server would carry ([invoices]
    max_pdf_bytes): the reminder is set aside for a person, with this reason."""


def _checked(value: str, what: str) -> str:
    """No CR, LF or other control character may reach a header: that is header injection."""
    if _CONTROL.search(value):
        raise InvalidValue(f"{what} contient un caractère de contrôle : refusé")
    return value


def _text_header(value: str) -> str:
    _checked(value, "en-tête")
    if value.isascii() and len(value) < 900:
        return value
    # Encoded words folded between each other: readers join them without adding spaces.
    return Header(value, "utf-8", maxlinelen=76).encode(linesep="\r\n")


def _address(addr: str, name: str = "") -> str:
    _checked(addr, "adresse")
    _checked(name, "nom")
    wire = wire_address(addr)
    if wire.isascii():
        return formataddr((name, wire), charset="utf-8")
    # RFC 6532: the address is written in UTF-8 as it is (a dot-atom: email-validator refuses
    # quoted local parts), its name quoted or encoded as usual. Only a server offering SMTPUTF8
    # takes such a message, and the transport asks for it: the envelope has the same address.
    shown = formataddr((name, ""), charset="utf-8").removesuffix(" <>") if name else ""
    return f"{shown} <{wire}>" if shown else wire


def _boundary() -> str:
    # "=_" cannot occur in base64 or quoted-printable bodies, so no scan is needed.
    return "==_rb_" + secrets.token_hex(12)


def _quoted_printable(text: str) -> bytes:
    lines = text.replace("\r\n", "\n").split("\n")
    encoded = binascii.b2a_qp("\n".join(lines).encode("utf-8"), istext=True)
    return encoded.replace(b"\n", CRLF)


def _part(headers: list[str], body: bytes) -> bytes:
    return CRLF.join(h.encode("ascii") for h in headers) + CRLF + CRLF + body


def _multipart(
    subtype: str, parts: list[bytes], extra: list[str] | None = None, params: str = ""
) -> bytes:
    boundary = _boundary()
    head = [*(extra or []), f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"']
    body = b"".join(b"--" + boundary.encode() + CRLF + p + CRLF for p in parts)
    return _part(head, body + b"--" + boundary.encode() + b"--" + CRLF)


def _file_param(name: str, filename: str) -> str:
    if filename.isascii() and '"' not in filename and "\\" not in filename:
        return f'{name}="{filename}"'
    return f"{name}*={encode_rfc2231(filename, 'utf-8')}"


def _attachment(item: Attachment) -> bytes:
    _checked(item.filename, "nom de fichier")
    body = base64.encodebytes(item.content).replace(b"\n", CRLF)
    return _part(
        [
            f"Content-Type: application/pdf; {_file_param('name', item.filename)}",
            "Content-Transfer-Encoding: base64",
            f"Content-Disposition: attachment; {_file_param('filename', item.filename)}",
        ],
        body,
    )


def _inline_image(item: InlineImage) -> bytes:
    _checked(item.content_id, "Content-ID")
    _checked(item.filename, "nom de fichier")
    body = base64.encodebytes(item.content).replace(b"\n", CRLF)
    return _part(
        [
            f"Content-Type: {_checked(item.content_type, 'type')}; "
            f"{_file_param('name', item.filename)}",
            "Content-Transfer-Encoding: base64",
            f"Content-ID: <{item.content_id}>",
            f"Content-Disposition: inline; {_file_param('filename', item.filename)}",
        ],
        body,
    )


def compose(
    envelope: Envelope,
    *,
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    date: dt.datetime,
    attachments: Sequence[Attachment] = (),
    thread: Sequence[str] = (),
    max_attachments_bytes: int | None = None,
    inline: Sequence[InlineImage] = (),
) -> Composed:
    """Build the message. `thread` lists earlier Message-IDs, oldest first, to thread onto;
    `inline` the images the HTML shows (ignored without HTML).

    Raises AttachmentsTooLarge when the attachments together exceed `max_attachments_bytes`,
    before anything is encoded: no server would carry the email.
    """
    weight = sum(len(a.content) for a in attachments)
    if max_attachments_bytes is not None and weight > max_attachments_bytes:
        raise AttachmentsTooLarge(
            f"PDF joints trop lourds pour un email : {_megabytes(weight)} pour "
            f"{len(attachments)} facture(s), au plus {_megabytes(max_attachments_bytes)} "
            "(invoices.max_pdf_bytes) ; envoyer les factures une à une ou alléger les PDF"
        )
    headers = [
        f"From: {_address(envelope.sender, envelope.sender_name)}",
        f"To: {', '.join(_address(a) for a in envelope.to)}",
    ]
    if envelope.cc:
        headers.append(f"Cc: {', '.join(_address(a) for a in envelope.cc)}")
    headers += [
        f"Reply-To: {_address(envelope.reply_to or envelope.sender, envelope.sender_name)}",
        f"Subject: {_text_header(subject)}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: {_checked(message_id, 'Message-ID')}",
    ]
    if thread:
        headers.append(f"In-Reply-To: {_checked(thread[-1], 'In-Reply-To')}")
        references = [_checked(m, "References") for m in thread[-20:]]  # bounded, as clients do
        headers.append("References: " + "\r\n ".join(references))
    # RFC 3834: vacation responders must not answer us, and other robots know we are one.
    headers += ["Auto-Submitted: auto-generated", "MIME-Version: 1.0"]

    def text_part(kind: str, content: str) -> bytes:
        return _part(
            [
                f'Content-Type: text/{kind}; charset="utf-8"',
                "Content-Transfer-Encoding: quoted-printable",
            ],
            _quoted_printable(content),
        )

    body = text_part("plain", text)
    if html is not None:
        html_part = text_part("html", html)
        images = list({i.content_id: i for i in inline}.values())  # each image once
        if images:
            html_part = _multipart(
                "related", [html_part, *map(_inline_image, images)], params=' type="text/html";'
            )
        body = _multipart("alternative", [body, html_part])
    if attachments:
        body = _multipart("mixed", [body, *(_attachment(a) for a in attachments)])
    raw = CRLF.join(h.encode("utf-8") for h in headers) + CRLF + body
    return Composed(raw, message_id, subject)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")
