"""Delivery failure notices: RFC 3464 reports and the plain-text notices of common MTAs.

Two questions are answered here:

- :func:`detect_bounce`: is this message a delivery failure (or delay) notice about one of our
  messages, and if so which recipient failed and which message came back?
- :func:`is_delivery_notice`: was this message written by a mail system rather than a person
  (a delivery status report, a sending service's notification, a notice from a mailer daemon,
  a postmaster or a mailing-list manager)? Such a message is never a customer's reply: whatever
  addresses or words it carries, it is no change of contact and no customer category.

A customer's own reply that quotes or forwards a bounce with words of their own ("our address
changed, write to ...") is neither: it is read as a customer reply.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from email.message import Message

# flufl.bounce knows many MTA formats; it is a help, not the whole answer.
from flufl.bounce import all_failures as _flufl_failures

from relancebot.classify.message import ParsedMail, decode_header_value
from relancebot.classify.quotes import split_reply
from relancebot.classify.text import fold

_DAEMON_SENDER = re.compile(
    r"mailer[-_ ]?daemon|postmaster|post_master|mail deliver|mail administrator|mailerdaemon|"
    r"mdaemon|bounce|mail-daemon|delivery subsystem|mail system|ndr administrator"
)
# Senders that only a mail system uses (address or display name): never a person replying.
_MACHINE_SENDER = re.compile(
    r"\b(mailer[-_ ]?daemon|mail[-_ ]?daemon|mailerdaemon|postmaster|post_master|mdaemon|"
    r"mail deliver(y)? ?(sub)?system|internet mail delivery|delivery subsystem|"
    r"mail administrator|ndr administrator)\b"
)
# Mailing-list managers (fml, Mailman, ezmlm, Sympa...) answer from owner-x@ or x-admin@ and
# mark their mail with list headers; what they send back about a post is a delivery notice.
_LIST_SENDER = re.compile(r"^(owner-[\w.-]+|[\w.-]+-(admin|owner|request|bounces?))@")
_LIST_HEADERS = ("x-mlserver", "x-ml-name", "x-mailman-version", "list-id", "mailing-list")
_LIST_NOTICE = re.compile(
    r"not (a )?member|loop alert|mail loop|loop detected|duplicated? message-id|"
    r"not allowed to post|non-member|posting (is )?(restricted|denied|rejected)|"
    r"(message|post|mail) (was |has been )?(rejected|refused|returned)"
)
# "RE:", "TR:", "Fwd:" before the rest of the subject: a person answering or passing on.
_PERSON_PREFIX = re.compile(r"^\s*(re|tr|fw|fwd|aw|wg|rif|r|sv|vs|ant|odp)\s*(\[\d+\])?\s*:")
_WORD = re.compile(r"\w+")
_SUBJECT = re.compile(
    r"undeliver|undelivered|non remis|non distribu|delivery (status|notification|failure|failed|"
    r"has failed|report)|mail delivery|returned mail|failure notice|delivery failure|"
    r"could not be delivered|not delivered|echec de (la )?(remise|distribution|livraison)|"
    r"mail system error|delayed mail|could not send|returned to sender|message (blocked|bounced)|"
    r"mail failure|delivery problem|delayed|warning: message|delivery delay|retour de courrier|"
    r"impossible de remettre|errors? sending|etat de (la )?remise|non-remise|remise \(?echec|"
    r"mail failed|returning (message )?to sender|non-?deliverable|failed delivery|"
    r"unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|non recapitabile|"
    r"mancato recapito|no entregado|no se (ha )?pudo entregar|onbestelbaar|niet (afgeleverd|"
    r"bezorgd)|nao entregue|loop alert|mail loop"
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
    r"(remise|distribution|livraison) ([\w'-]+ ){0,4}a echoue|"
    r"did not reach the following recipient|recipient name is not recognized|unknown recipient|"
    r"unknown host|no valid recipients?|error (has )?occurred while attempting to deliver|"
    r"envelope expired|address not found|recipient not found|couldn't be delivered|"
    r"following addresses? had (permanent|transient)|too many hops|hop count exceeded|"
    r"nicht zugestellt|konnte nicht zugestellt|non e stato recapitato|no (pudo|ha podido) ser "
    r"entregado|could not be forwarded|message not delivered"
)
# Notifications from sending services (Amazon SES via SNS) are machine reports in JSON.
# The SNS envelope carries the SES message as a JSON string, its quotes escaped (\\").
_JSON_REPORT = re.compile(
    r'\\?"notificationtype\\?"\s*:\s*\\?"(bounce|complaint|delivery)\\?"', re.I
)
_DSN_RECIPIENT = re.compile(
    r"^\s*(?:final|original)-recipient\s*:\s*(?:rfc822\s*;)?\s*<?([^\s<>;]+@[^\s<>;]+?)>?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_JSON_RECIPIENT = re.compile(
    r'\\?"emailaddress\\?"\s*:\s*\\?"([^"@\s\\]+@[^"\s\\]+)\\?"', re.IGNORECASE
)
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


_STATUS_TYPES = frozenset(("message/delivery-status", "message/global-delivery-status"))
_FEEDBACK_TYPE = "message/feedback-report"
_MAX_WALK = 300
# A person passing a notice on writes at most "FYI" or "see below" above it.
_BARE_FORWARD_WORDS = 10


def _own_content_types(message: Message | None) -> set[str]:
    """The content types of the message's own parts, not those of a message attached to it
    (a customer may forward a bounce as an attachment)."""
    found: set[str] = set()
    stack = [message] if message is not None else []
    seen = 0
    while stack and seen < _MAX_WALK:
        part = stack.pop()
        seen += 1
        try:
            ctype = part.get_content_type()
            if ctype == "multipart/report":
                found.add("report-type=" + str(part.get_param("report-type") or "").lower())
            payload = part.get_payload()
        except Exception:
            continue
        found.add(ctype)
        if isinstance(payload, list) and not ctype.startswith("message/"):
            stack.extend(child for child in payload if isinstance(child, Message))
    return found


def _status_report(own_types: set[str]) -> bool:
    return bool(own_types & _STATUS_TYPES) or "report-type=delivery-status" in own_types


def _feedback_report(own_types: set[str]) -> bool:
    return _FEEDBACK_TYPE in own_types or "report-type=feedback-report" in own_types


def _machine_sender(parsed: ParsedMail) -> bool:
    """From a mailer daemon, a postmaster or a mail delivery system (address or name)."""
    return bool(_MACHINE_SENDER.search(fold(parsed.headers.get("from", ""))))


def _list_manager_notice(parsed: ParsedMail, subject: str, notice: str) -> bool:
    """A mailing-list manager sending a post back: not a member, a loop, a rejection."""
    if not _LIST_SENDER.match(parsed.sender or ""):
        return False
    if not any(name in parsed.headers for name in _LIST_HEADERS):
        return False
    return bool(_LIST_NOTICE.search(subject) or _LIST_NOTICE.search(fold(notice[:3000])))


def _passed_on_by_person(parsed: ParsedMail, subject: str, notice: str) -> bool | None:
    """A person's "RE:"/"TR:" message carrying a bounce: None when it is not that case, True
    when the person passed the notice on without words of their own (still a bounce), False
    when they wrote something (a new address, an explanation): then it is their reply."""
    if _machine_sender(parsed) or not parsed.sender or not _PERSON_PREFIX.match(subject):
        return None
    own = split_reply(notice).own
    return not _ADDRESS.search(own) and len(_WORD.findall(own)) <= _BARE_FORWARD_WORDS


def _notice_reason(parsed: ParsedMail, notice: str) -> str | None:
    """Why the message is a delivery notice (a failure or a delay), or None."""
    own_types = _own_content_types(parsed.message)
    machine = _machine_sender(parsed)
    if _status_report(own_types):
        return "rapport de non-remise normalisé (message/delivery-status)"
    if machine and any(ctype in _STATUS_TYPES for ctype in parsed.content_types):
        return "rapport de non-remise normalisé (message/delivery-status)"
    if _feedback_report(own_types):
        return None  # a complaint or an authentication report: the message was delivered
    json_report = _JSON_REPORT.search(notice[:20_000])
    if json_report:
        return f"notification JSON du service d'envoi ({json_report.group(1).lower()})"
    subject = fold(parsed.subject)
    passed_on = _passed_on_by_person(parsed, subject, notice)
    if passed_on is False:
        return None
    sender_field = fold(parsed.headers.get("from", ""))
    daemon = machine or bool(_DAEMON_SENDER.search(sender_field)) or not parsed.sender
    subject_hit = _SUBJECT.search(subject)
    body_hit = _BODY.search(fold(notice[:20_000]))
    if any(ctype in _STATUS_TYPES for ctype in parsed.content_types) and passed_on:
        return "rapport de non-remise transmis tel quel"
    if parsed.attached_headers and (body_hit or machine):
        return "avis d'échec avec le message d'origine joint"
    if subject_hit and (daemon or body_hit):
        return f"objet de non-remise « {parsed.subject[:60]} »"
    if daemon and body_hit and parsed.headers.get("x-failed-recipients") is not None:
        return "en-tête X-Failed-Recipients"
    if daemon and body_hit:
        return f"avis de non-remise de {sender_field[:50] or 'expéditeur vide'}"
    if _list_manager_notice(parsed, subject, notice):
        return f"avis du gestionnaire de liste « {parsed.subject[:60]} »"
    return None


def detect_bounce(parsed: ParsedMail) -> BounceFacts | None:
    """The facts of a delivery failure (or delay) notice, or None when the message is none.

    Recognised: an RFC 3464 report (multipart/report with a delivery-status part), a sending
    service's JSON notification (Amazon SES), a notice from a mailer daemon or postmaster (a
    non-delivery subject or wording, or the original message sent back), a mailing-list
    manager returning a post. A person's reply or forward that quotes a bounce is no bounce
    when the person wrote words of their own; forwarded without a word, it still is one.
    """
    notice = _notice_text(parsed)
    reason = _notice_reason(parsed, notice)
    if reason is None:
        return None
    reasons = [reason]
    body_hit = _BODY.search(fold(notice[:20_000]))
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


def is_delivery_notice(parsed: ParsedMail) -> bool:
    """True when a mail system, not a person, wrote this message about the delivery of mail.

    That is: an RFC 3464 delivery status report whatever its Action (failed, delayed,
    delivered, relayed), an RFC 5965 feedback report (a complaint sent back by a mailbox
    provider), a sending service's JSON notification (Amazon SES), any message from a mailer
    daemon, a postmaster or a mail delivery system, a mailing-list manager returning a post,
    and whatever :func:`detect_bounce` recognises. Reports inside a message a person attached
    or quoted do not count, and a person's reply that quotes or forwards a bounce with words
    of their own is no delivery notice.

    The classifier uses it as a guard: such a message is never a change of contact
    (``wrong_contact``) nor any other customer category, whatever addresses it carries.
    """
    own_types = _own_content_types(parsed.message)
    if _status_report(own_types) or _feedback_report(own_types) or _machine_sender(parsed):
        return True
    return detect_bounce(parsed) is not None
