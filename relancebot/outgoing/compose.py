"""Real MIME: multipart/mixed holding the text/HTML alternative and the PDFs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

# Python's folding at 78 columns puts a space before an encoded word that readers then show
# doubled ("de  règlement"); RFC 5322 allows 998, and the body parts are quoted-printable anyway.
_POLICY = SMTP.clone(max_line_length=998)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes


@dataclass(frozen=True)
class Envelope:
    sender_name: str
    sender: str
    to: Sequence[str]
    cc: Sequence[str] = ()
    reply_to: str | None = None

    @property
    def recipients(self) -> list[str]:
        return list(dict.fromkeys([*self.to, *self.cc]))


def _address(addr: str, name: str = "") -> Address:
    local, _, domain = addr.rpartition("@")
    return Address(display_name=name, username=local, domain=domain)


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
) -> EmailMessage:
    """Build the message. `thread` lists earlier Message-IDs, oldest first, to thread onto."""
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = _address(envelope.sender, envelope.sender_name)
    msg["To"] = [_address(a) for a in envelope.to]
    if envelope.cc:
        msg["Cc"] = [_address(a) for a in envelope.cc]
    msg["Reply-To"] = _address(envelope.reply_to or envelope.sender, envelope.sender_name)
    msg["Subject"] = subject  # the policy encodes non-ASCII and refuses CR/LF
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if thread:
        msg["In-Reply-To"] = thread[-1]
        msg["References"] = " ".join(thread[-20:])  # bounded, as mail clients do
    # RFC 3834: vacation responders must not answer us, and other robots know we are one.
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text, cte="quoted-printable")
    if html is not None:
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
    for item in attachments:
        msg.add_attachment(
            item.content, maintype="application", subtype="pdf", filename=item.filename
        )
    return msg
