"""Delivery failure notices: RFC 3464 reports and the plain-text notices of common MTAs."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from email.message import Message

# flufl.bounce knows many MTA formats; it is a help, not the whole answer.
from flufl.bounce import all_failures as _flufl_failures

from relancebot.classify.message import ParsedMail, decode_header_value
from relancebot.classify.text import fold

_DAEMON_SENDER = re.compile(
    r"mailer-daemon|postmaster|post_master|mail delivery|mail administrator|mailerdaemon|"
    r"mdaemon|bounce|mail-daemon|delivery subsystem|mail system"
)
_SUBJECT = re.compile(
    r"undeliver|undelivered|non remis|non distribu|delivery (status|notification|failure|failed|"
    r"has failed|report)|mail delivery|returned mail|failure notice|delivery failure|"
    r"could not be delivered|not delivered|echec de (la )?(remise|distribution|livraison)|"
    r"mail system error|delayed mail|could not send|returned to sender|message (blocked|bounced)|"
    r"mail failure|delivery problem|delayed|warning: message|delivery delay|retour de courrier|"
    r"impossible de remettre|errors? sending|etat de (la )?remise|non-remise|remise \(?echec"
)
_BODY = re.compile(
    r"could not be delivered|was not delivered|wasn't delivered|delivery (has )?failed|"
    r"permanent (fatal )?errors?|user unknown|unknown user|no such user|mailbox (is )?"
    r"(unavailable|full|not found)|\b[45]\.\d{1,3}\.\d{1,3}\b|error delivering|rejected recipient|"
    r"n'a pas pu etre (remis|distribue|livre)|adresse introuvable|delivery to the following|"
    r"wasn't able to deliver|this is the mail system at|unable to deliver|undeliverable|"
    r"could not deliver|failed to deliver|delivery status notification|returned mail|"
    r"recipient address rejected|address rejected|host unknown|bouncedrecipients|"
    r"message could not be sent|trouble delivering|n'a pas pu etre delivre|remise a echoue|"
    r"has been delayed|still being retried|not yet been delivered|delivery delayed|"
    r"(remise|distribution|livraison) ([\w'-]+ ){0,4}a echoue"
)
# Notifications from sending services (Amazon SES via SNS) are machine reports in JSON.
_JSON_REPORT = re.compile(r'"notificationtype"\s*:\s*"(bounce|complaint|delivery)"', re.I)
_DSN_RECIPIENT = re.compile(
    r"^\s*(?:final|original)-recipient\s*:\s*(?:rfc822\s*;)?\s*<?([^\s<>;]+@[^\s<>;]+?)>?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_JSON_RECIPIENT = re.compile(r'"emailaddress"\s*:\s*"([^"@\s]+@[^"\s]+)"', re.IGNORECASE)
_ADDRESS = re.compile(r"<?([\w.+'=-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)>?")
_FAILURE_LINE = re.compile(
    r"fail|error|unknown|reject|denied|unable|not |n'a pas|could|undeliver|invalid|"
    r"no such|full|quota|rcpt|recipient|destinataire|to:|delivering|\b5\d\d\b"
)
_MESSAGE_ID = re.compile(r"^\s*message-id\s*:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_ORIGINAL_MARKER = re.compile(
    r"original message|message headers follow|returned message|original mail|"
    r"message d'origine|headers of the original|----- the following|included below",
)
_DAEMON_ADDRESS = re.compile(r"^(mailer-daemon|postmaster|post_master|root|mdaemon|noreply)@")


@dataclass(frozen=True)
class BounceFacts:
    failed_recipient: str | None
    original_message_id: str | None
    reasons: tuple[str, ...]


def _status_fields(parsed: ParsedMail) -> tuple[str | None, str]:
    recipient: str | None = None
    action = ""
    for block in parsed.delivery_status:
        for name in ("Final-Recipient", "Original-Recipient"):
            value = decode_header_value(block.get(name, ""))
            found = _ADDRESS.search(value.split(";")[-1]) if value else None
            if found and recipient is None:
                recipient = found.group(1).lower()
        action = action or str(block.get("Action", "")).strip().lower()
    return recipient, action


def _flufl_recipient(message: Message | None) -> str | None:
    if message is None:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            permanent, temporary = _flufl_failures(message)
    except Exception:
        return None
    for address in sorted(permanent) + sorted(temporary):
        text = address.decode("utf-8", "replace") if isinstance(address, bytes) else str(address)
        if "@" in text:
            return text.strip("<> ").lower()
    return None


def _notice_text(parsed: ParsedMail) -> str:
    return "\n".join(part.text for part in parsed.text_parts if not part.inside_attached_message)


def _text_recipient(parsed: ParsedMail, notice: str) -> str | None:
    excluded = {parsed.sender or "", *parsed.recipients}
    for attached in parsed.attached_headers:
        excluded.add(str(attached.get("From", "")).lower())
    marker = _ORIGINAL_MARKER.search(notice.lower())
    head = notice[: marker.start()] if marker else notice
    for source in (_DSN_RECIPIENT, _JSON_RECIPIENT):
        found = source.search(notice)
        if found:
            return found.group(1).strip("<>").lower()
    candidates: list[str] = []
    for line in head.splitlines():
        for match in _ADDRESS.finditer(line):
            address = match.group(1).lower().rstrip(".")
            if _DAEMON_ADDRESS.match(address) or any(address in e for e in excluded if e):
                continue
            if _FAILURE_LINE.search(line.lower()) or match.group(0).startswith("<"):
                return address
            candidates.append(address)
    return candidates[0] if candidates else None


def _original_message_id(parsed: ParsedMail) -> str | None:
    # With a broken boundary the returned headers end up among the delivery-status blocks.
    for attached in [*parsed.attached_headers, *parsed.delivery_status]:
        value = attached.get("Message-ID") or attached.get("Message-Id")
        if value:
            found = re.search(r"<[^<>\s]+>", str(value))
            if found:
                return found.group(0)
    for part in parsed.text_parts:
        # The notice's own headers are never in its body: any Message-ID there is the original's.
        for match in _MESSAGE_ID.finditer(part.text):
            return match.group(1)
    return None


def detect_bounce(parsed: ParsedMail) -> BounceFacts | None:
    reasons: list[str] = []
    report = any(
        ctype in ("message/delivery-status", "message/global-delivery-status")
        for ctype in parsed.content_types
    )
    if report:
        reasons.append("rapport de non-remise normalisé (message/delivery-status)")
    sender_field = fold(parsed.headers.get("from", ""))
    daemon = bool(_DAEMON_SENDER.search(sender_field)) or not parsed.sender
    subject = fold(parsed.subject)
    subject_hit = _SUBJECT.search(subject)
    notice = _notice_text(parsed)
    body_hit = _BODY.search(fold(notice[:20_000]))
    json_report = _JSON_REPORT.search(notice[:20_000])
    returned_original = bool(parsed.attached_headers) and body_hit is not None
    if not report:
        if json_report:
            reasons.append(f"notification JSON du service d'envoi ({json_report.group(1)})")
        elif returned_original:
            reasons.append("avis d'échec avec le message d'origine joint")
        elif subject_hit and (daemon or body_hit):
            reasons.append(f"objet de non-remise « {parsed.subject[:60]} »")
        elif daemon and body_hit and parsed.headers.get("x-failed-recipients") is not None:
            reasons.append("en-tête X-Failed-Recipients")
        elif daemon and body_hit:
            reasons.append(f"avis de non-remise de {sender_field[:50] or 'expéditeur vide'}")
        else:
            return None
    if body_hit:
        reasons.append(f"« {body_hit.group(0)} » dans l'avis")
    recipient, action = _status_fields(parsed)
    if action:
        reasons.append(f"Action : {action}")
    if recipient is None:
        failed = _ADDRESS.search(parsed.headers.get("x-failed-recipients", ""))
        recipient = failed.group(1).lower() if failed else None
    recipient = recipient or _flufl_recipient(parsed.message) or _text_recipient(parsed, notice)
    if recipient:
        reasons.append(f"destinataire en échec : {recipient}")
    return BounceFacts(recipient, _original_message_id(parsed), tuple(reasons))
