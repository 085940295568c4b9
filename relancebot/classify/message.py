"""Robust parsing of one raw email: headers, decoded text parts, HTML to text. Never raises."""

from __future__ import annotations

import codecs
import datetime
import email
import email.header
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message

from relancebot.classify.htmltext import html_to_text
from relancebot.classify.text import printable

# Guards against hostile or broken messages (deep MIME nesting, thousands of parts).
_MAX_DEPTH = 30
_MAX_PARTS = 300
_MAX_TEXT = 200_000

_ANGLE_ID = re.compile(r"<[^<>\s]{1,300}>")
# Runs of RFC 2047 encoded words; the blanks between two of them are not part of the text.
_ENCODED_WORD = r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?="
_ENCODED_RUN = re.compile(f"{_ENCODED_WORD}(?:\\s+{_ENCODED_WORD})*")
# The addr-spec of a mailbox is in angle brackets; quoted display names and comments are not.
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
# Raw 8-bit bytes of a header, as the parser keeps them: surrogate escapes.
_RAW_8BIT = re.compile("[\udc80-\udcff]")
_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")
_ANGLE_ADDR = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+)\s*>")
_ADDRESS = re.compile(r"[\w.+'=-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", re.UNICODE)


@dataclass
class TextPart:
    content_type: str
    text: str
    depth: int
    inside_attached_message: bool
    is_attachment: bool


@dataclass
class ParsedMail:
    message: Message | None
    headers: dict[str, str]
    subject: str = ""
    sender: str | None = None
    recipients: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()  # addr-specs only, read from the raw header like the sender
    message_id: str | None = None
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    sent_at: datetime.datetime | None = None
    body: str = ""
    text_parts: list[TextPart] = field(default_factory=list)
    content_types: list[str] = field(default_factory=list)
    attached_headers: list[Message] = field(default_factory=list)
    delivery_status: list[Message] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, declared: str | None) -> str:
    """Decode with the declared charset, but trust valid UTF-8 over a wrong declaration."""
    if not data:
        return ""
    try:
        text = data.decode("utf-8")
        return text
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codecs.lookup(declared)
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    return data.decode("cp1252", errors="replace")


def _unescape_8bit(raw: str) -> str:
    """Raw 8-bit header bytes (RFC 6532 UTF-8, or Latin-1 from old clients), which the parser
    keeps as surrogate escapes, decoded as text: UTF-8 when valid, else Windows-1252."""
    if not _RAW_8BIT.search(raw):
        return raw
    return decode_bytes(raw.encode("utf-8", "surrogateescape"), None)


def _decode_encoded_words(run: re.Match[str]) -> str:
    try:
        chunks = email.header.decode_header(run.group(0))
    except Exception:  # malformed encoded words: keep the text as it came
        return run.group(0)
    return "".join(
        decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk
        for chunk, charset in chunks
    )


def decode_header_value(value: object) -> str:
    """A header as text on one line, safe to show: raw 8-bit bytes decoded, RFC 2047 words
    decoded (malformed ones kept as they came), control and bidirectional characters removed."""
    if value is None:
        return ""
    raw = _unescape_8bit(str(value))
    if "=?" in raw:
        raw = _ENCODED_RUN.sub(_decode_encoded_words, raw)
    return " ".join(printable(raw).split())


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw[:_MAX_TEXT] if isinstance(raw, str) else ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(payload[:_MAX_TEXT], charset)


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).lower()
    return disposition.startswith("attachment")


def _collect_parts(root: Message, parsed: ParsedMail) -> None:
    """Iterative walk: recursion on hostile nesting would raise RecursionError."""
    stack: list[tuple[Message, int, bool]] = [(root, 0, False)]
    seen = 0
    while stack and seen < _MAX_PARTS:
        part, depth, attached = stack.pop()
        seen += 1
        try:
            ctype = part.get_content_type()
        except Exception:
            ctype = "text/plain"
        parsed.content_types.append(ctype)
        payload = part.get_payload()
        if isinstance(payload, list) and ctype == "message/delivery-status":
            # RFC 3464 per-message and per-recipient field blocks, not an attached message.
            parsed.delivery_status.extend(p for p in payload if isinstance(p, Message))
            continue
        if isinstance(payload, list):
            if depth >= _MAX_DEPTH:
                parsed.problems.append("imbrication MIME trop profonde")
                continue
            is_message = ctype.startswith("message/")
            for child in reversed(payload):
                if isinstance(child, Message):
                    if is_message:
                        parsed.attached_headers.append(child)
                    stack.append((child, depth + 1, attached or is_message))
            continue
        if ctype == "text/rfc822-headers" or ctype == "message/rfc822-headers":
            text = _part_text(part)
            parsed.attached_headers.append(email.message_from_string(text))
            parsed.text_parts.append(TextPart(ctype, text, depth, True, _is_attachment(part)))
        elif ctype.startswith(("text/", "message/", "multipart/")):
            # A multipart whose boundary could not be read arrives as one text blob.
            text = _part_text(part)
            if ctype == "text/html" or (not ctype.startswith("text/") and "<html" in text[:500]):
                text = html_to_text(text)
            kind = ctype if ctype.startswith("text/") else "text/plain"
            parsed.text_parts.append(TextPart(kind, text, depth, attached, _is_attachment(part)))


def _choose_body(parsed: ParsedMail) -> str:
    own = [p for p in parsed.text_parts if not p.inside_attached_message and not p.is_attachment]
    for wanted in ("text/plain", "text/html"):
        for part in own:
            if part.content_type == wanted and part.text.strip():
                return part.text
    for part in own:
        if part.content_type.startswith("text/") and part.text.strip():
            return part.text
    return ""


def _addresses(value: str) -> tuple[str, ...]:
    """The addr-specs of an address header, read from its raw form: an encoded display name
    is an opaque word there, so ``=?utf-8?q?compta=40client.fr?= <x@evil.example>`` is x."""
    found: list[str] = []
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:
        pairs = []
    for _, addr in pairs:
        if "@" in addr:
            found.append(printable(addr).strip().lower())
    if not found:
        found = [m.lower() for m in _ADDRESS.findall(value)]
    return tuple(dict.fromkeys(found))


def sender_address(value: str) -> str | None:
    """The author's addr-spec, never an address written in the display name.

    A mailbox with angle brackets is the address between them, once quoted display names
    and comments are set aside: ``compta@client.fr <x@evil.example>`` is x@evil.example.
    """
    bare = _COMMENT.sub(" ", _QUOTED.sub('""', value))
    angled = _ANGLE_ADDR.search(bare)
    if angled:
        return printable(angled.group(1)).strip().lower() or None
    found = _addresses(bare)
    return found[0] if found else None


def _parse_date(value: str) -> datetime.datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except Exception:
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return when


def _header_maps(msg: Message) -> tuple[dict[str, str], dict[str, str]]:
    """(decoded, raw) first value of each header; raw: 8-bit decoded, encoded words kept."""
    headers: dict[str, str] = {}
    raw_headers: dict[str, str] = {}
    try:
        items = list(msg.raw_items())
    except Exception:
        return headers, raw_headers
    for name, value in items:
        key = str(name).strip().lower()
        if key not in headers:
            raw_headers[key] = " ".join(_unescape_8bit(str(value)).split())
            headers[key] = decode_header_value(value)
    return headers, raw_headers


def parse_mail(raw: bytes) -> ParsedMail:
    try:
        msg = email.message_from_bytes(raw)
    except Exception:
        return ParsedMail(None, {}, problems=["message illisible (analyse MIME impossible)"])
    headers, raw_headers = _header_maps(msg)
    parsed = ParsedMail(msg, headers)
    parsed.subject = headers.get("subject", "")
    parsed.sender = sender_address(raw_headers.get("from", ""))
    parsed.cc = _addresses(raw_headers.get("cc", ""))
    parsed.recipients = _addresses(raw_headers.get("to", "")) + parsed.cc
    ids = _ANGLE_ID.findall(headers.get("message-id", ""))
    parsed.message_id = ids[0] if ids else None
    parsed.in_reply_to = tuple(_ANGLE_ID.findall(headers.get("in-reply-to", "")))
    parsed.references = tuple(_ANGLE_ID.findall(headers.get("references", "")))
    parsed.sent_at = _parse_date(headers.get("date", ""))
    try:
        _collect_parts(msg, parsed)
    except Exception:
        parsed.problems.append("structure MIME illisible")
    parsed.body = _choose_body(parsed)
    return parsed
