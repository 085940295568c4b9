"""Putting the pieces together: one raw email in, one Classification out. Never raises."""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection

from relancebot.classify.adjustments import Evidence, adjust
from relancebot.classify.autoreply import detect_auto_reply
from relancebot.classify.bounce import detect_bounce, is_delivery_notice
from relancebot.classify.cue import WEAK
from relancebot.classify.dates import promised_date
from relancebot.classify.guard import LABELS_FR, SERIOUS, Verdict, arbitrate
from relancebot.classify.invoices import InvoiceMatcher
from relancebot.classify.learned import ReplyModel, shipped_model
from relancebot.classify.message import ParsedMail, parse_mail
from relancebot.classify.model import PRIORITY, Classification
from relancebot.classify.normalise import normalise, original_span
from relancebot.classify.quotes import split_reply
from relancebot.classify.rules import Hit, find_hits, said, scores
from relancebot.classify.text import clip, collapse, fold
from relancebot.classify.waiting import our_addresses, resolve_waiting

# A reply subject is the customer's words only when it is not our reminder's subject.
_OUR_SUBJECT = re.compile(r"relance|reminder|mise en demeure|impayee|awaiting payment|en attente")
_OUR_SUBJECT_END = re.compile(
    r"(en attente de reglement|awaiting payment|impayee|overdue|unpaid)\s*[-=>:|/\u2013\u2014]+"
)
_REPLY_PREFIX = re.compile(r"^\s*((re|tr|fw|fwd|aw|wg|rif|r)\s*(\[\d+\])?\s*:\s*)+")
_ADDRESS = re.compile(r"[\w.+'=-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_CONTENT_OVERRIDES_ABSENCE = frozenset(
    ("dispute", "payment_difficulty", "already_paid", "promise_to_pay", "not_received")
)
_ENGLISH = re.compile(
    r"\b(the|and|you|your|we|will|is|this)\b.*\b(the|and|you|your|we|will|is|our|for)\b", re.S
)
_PERMANENT = re.compile(
    r"plus partie|n'est plus|ne travaille plus|a quitte|left the|no longer|desormais|dorenavant"
    r"|going forward|from now on|a l'avenir"
)
MAX_ANALYSED = 4000


def _capped(own: str) -> str:
    if len(own) <= MAX_ANALYSED:
        return own
    cut = own.rfind(" ", MAX_ANALYSED - 200, MAX_ANALYSED)
    return own[: cut if cut > 0 else MAX_ANALYSED]


def _reference_date(parsed: ParsedMail, now: datetime.datetime | None) -> datetime.date:
    if parsed.sent_at is not None:
        return parsed.sent_at.date()
    if now is not None:
        return now.date()
    return datetime.datetime.now(datetime.UTC).date()


def _month_first(parsed: ParsedMail, own: str) -> bool:
    """An English reply sent from the Americas writes 12/10 for 10 December."""
    if parsed.sent_at is None or not _ENGLISH.search(fold(own)):
        return False
    offset = parsed.sent_at.utcoffset()
    return offset is not None and offset.total_seconds() <= -3 * 3600


def customer_subject(subject: str) -> str:
    """The customer's words in the subject: all of it, or what follows our reminder's subject
    ("RE: Relance : facture F-1 en attente de règlement - jamais reçu, renvoyez-la")."""
    bare = _REPLY_PREFIX.sub("", fold(subject))
    if not _OUR_SUBJECT.search(bare):
        return subject
    tail = _OUR_SUBJECT_END.search(bare)
    if tail is None:
        return ""
    words = subject[len(subject) - len(bare) + tail.end() :]
    return words.strip(" -=>:|/\u2013\u2014")


def model_text(subject_words: str, own: str) -> str:
    """What the learned model reads: the customer's words in the subject, then in the body."""
    return f"{subject_words}\n{_capped(own)}"


def customer_words(raw: bytes) -> str:
    """The customer's own words of a raw reply, as the learned model reads them."""
    parsed = parse_mail(raw)
    return model_text(customer_subject(parsed.subject), split_reply(parsed.body).own)


def _snippet(text: str, hit: Hit) -> str:
    start, end = hit.src or (hit.start, hit.end)
    return collapse(text[start:end])[:80]


def _new_contact(parsed: ParsedMail, own: str, hits: list[Hit], ours: set[str]) -> str | None:
    our_domains = {addr.rsplit("@", 1)[-1] for addr in ours}
    first_hit = min(
        ((h.src or (h.start, h.end))[0] for h in hits if h.category == "wrong_contact"), default=0
    )
    candidates: list[tuple[int, str]] = []
    for match in _ADDRESS.finditer(own):
        address = match.group(0).lower().rstrip(".")
        if address == parsed.sender or address in ours:
            continue
        if address.rsplit("@", 1)[-1] in our_domains:
            continue
        # Prefer the address written after the "write to ..." phrase.
        candidates.append((0 if match.start() >= first_hit else 1, address))
    if candidates:
        return sorted(candidates, key=lambda item: item[0])[0][1]
    if not any(h.category == "wrong_contact" for h in hits):
        return None  # only a redirection may name the person copied in
    copies = [addr for addr in _cc(parsed) if addr != parsed.sender and addr not in ours]
    return copies[0] if copies else None


def _mask_known_addresses(parsed: ParsedMail, text: str, ours: set[str]) -> str:
    """Our own and the sender's addresses are no redirection: hide them from the cues."""
    known_addresses = ours | {parsed.sender or ""}
    domains = {addr.rsplit("@", 1)[-1] for addr in ours}

    def mask(match: re.Match[str]) -> str:
        address = match.group(0).lower().rstrip(".")
        known = address in known_addresses or address.rsplit("@", 1)[-1] in domains
        return "x" * len(match.group(0)) if known else match.group(0)

    return _ADDRESS.sub(mask, text)


def _redirects(category: str, hits: list[Hit], folded: str) -> bool:
    """A permanent new address: said by the wrong contact, a liquidator's notice, or an
    automatic "no longer with the company" message (not an out-of-office backup)."""
    if category == "wrong_contact":
        return True
    if category not in ("payment_difficulty", "auto_reply"):
        return False
    redirect = any(h.category == "wrong_contact" and not h.negated for h in hits)
    return bool(_PERMANENT.search(folded)) or (category == "payment_difficulty" and redirect)


def _cc(parsed: ParsedMail) -> set[str]:
    return set(parsed.cc)  # never an address written in a display name


def _base(parsed: ParsedMail, **facts: object) -> Classification:
    return Classification(
        message_id=parsed.message_id,
        in_reply_to=parsed.in_reply_to,
        references=parsed.references,
        sender=parsed.sender,
        subject=parsed.subject,
        sent_at=parsed.sent_at,
        **facts,  # type: ignore[arg-type]
    )


def _choose(content: set[str], auto_strength: str | None, serious_only: bool) -> tuple[str, bool]:
    """Returns (category, auto_reply_overridden)."""
    if auto_strength in ("header", "subject", "body-strong"):
        # Safety: a customer who disputes or cannot pay must reach a person even when an
        # auto-reply header is present (Outlook rules forward replies with such headers).
        if content & SERIOUS and serious_only:
            return min(content, key=PRIORITY.__getitem__), True
        return "auto_reply", False
    if auto_strength == "body":
        if content & _CONTENT_OVERRIDES_ABSENCE:
            return min(content, key=PRIORITY.__getitem__), True
        return "auto_reply", False
    if content:
        return min(content, key=PRIORITY.__getitem__), False
    return "other", False


def classify_message(
    raw: bytes,
    now: datetime.datetime | None,
    known_invoices: Collection[str] | None,
    model: ReplyModel | None = None,
) -> Classification:
    parsed = parse_mail(raw)
    matcher = InvoiceMatcher(known_invoices)
    if parsed.message is None:
        return _base(parsed, category="other", reasons=tuple(parsed.problems))
    bounce = detect_bounce(parsed)
    if bounce is not None:
        return _base(
            parsed,
            category="bounce",
            failed_recipient=bounce.failed_recipient,
            original_message_id=bounce.original_message_id,
            reasons=bounce.reasons,
            invoices=matcher.scan([parsed.subject, *(p.text for p in parsed.text_parts)]),
            explain=("bounce",),
        )
    if is_delivery_notice(parsed):
        # A delivery report or a mail system's notice that is no failure (a delay, a relay):
        # nobody wrote it, so it never changes a contact nor steers a chase.
        return _base(
            parsed,
            category="auto_reply",
            reasons=("avis d'un système de messagerie, pas d'un client", *parsed.problems),
            invoices=matcher.scan([parsed.subject]),
            explain=("delivery_notice",),
        )
    split = split_reply(parsed.body)
    own = split.own
    ours = our_addresses(
        parsed.recipients, _cc(parsed), parsed.sender,
        (*parsed.in_reply_to, *parsed.references), split.quoted,
    )  # fmt: skip
    subject_words = customer_subject(parsed.subject)
    # The cues read the first MAX_ANALYSED characters of the customer's own words: what a reply
    # says comes first, and the cost of the rules grows with the length of the text.
    analysed = _capped(own) + ("\n" + subject_words if subject_words else "")
    folded, offsets = normalise(_mask_known_addresses(parsed, analysed, ours))
    reference = _reference_date(parsed, now)
    month_first = _month_first(parsed, own)
    read = resolve_waiting(find_hits(folded), folded, reference, month_first)
    hits = [h.mapped(*original_span(offsets, h.start, h.end)) for h in read]
    total = scores(hits)
    auto = detect_auto_reply(parsed, folded)
    evidence = Evidence(tuple(hits), total, folded, parsed.subject, auto.strength if auto else None)
    content, cautions, applied = adjust(frozenset(said(total)), evidence)
    serious_without_absence = auto is None or auto.strength != "body"
    category, overridden = _choose(
        set(content), auto.strength if auto else None, serious_without_absence
    )
    verdict = None
    if auto is None and own.strip():
        model = model or shipped_model()
        reading = model.read(model_text(subject_words, own))
        verdict = arbitrate(category, reading, model, hits, folded)
        category = verdict.category
    reasons: list[str] = []
    if verdict is not None and verdict.decided_by_model and verdict.reason:
        reasons.append(verdict.reason)
    if category == "auto_reply" and auto is not None:
        reasons.extend(auto.reasons)
    for hit in hits:
        if hit.category == category and not hit.negated and len(reasons) < 4:
            reasons.append(f"« {_snippet(analysed, hit)} » dans la réponse")
    for hit in hits:
        if hit.negated and hit.category in LABELS_FR and len(reasons) < 6:
            reasons.append(f"négation ignorée : « {_snippet(analysed, hit)} »")
    reasons.extend(cautions)
    if overridden and auto is not None:
        reasons.append(f"réponse d'absence écartée : le contenu prime ({auto.reasons[0]})")
    others = sorted(set(content) - {category}, key=PRIORITY.__getitem__)
    if others and category != "auto_reply":
        reasons.append("aussi : " + ", ".join(LABELS_FR.get(c, c) for c in others))
    if verdict is not None and not verdict.decided_by_model and verdict.reason:
        reasons.append(verdict.reason)
    if category == "other":
        reasons.append("aucune formule reconnue" if own.strip() else "aucun texte propre au client")
    reasons.extend(parsed.problems)
    reasons = list(dict.fromkeys(reasons))
    invoices = matcher.scan([own, parsed.subject]) or matcher.scan([split.quoted])
    promised = None
    if category in ("promise_to_pay", "payment_difficulty"):
        said_by = [h for h in hits if h.category == category and not h.negated]
        # The cues that decide alone govern the date before the hints ("signe les virements").
        strong = [h for h in said_by if h.weight >= WEAK * 2] or said_by
        spans = [(h.start, h.end) for h in strong]
        found = promised_date(
            folded, reference, month_first, spans, first=category == "payment_difficulty"
        )
        if found is not None:
            promised = found.value
            reasons.append(f"date promise : {found.value.isoformat()} (« {found.text} »)")
    new_contact = (
        _new_contact(parsed, analysed, hits, ours) if _redirects(category, hits, folded) else None
    )
    if new_contact:
        reasons.append(f"nouveau contact : {new_contact}")
    return _base(
        parsed,
        category=category,
        invoices=invoices,
        promised_date=promised,
        new_contact=new_contact,
        reasons=tuple(reasons),
        excerpt=clip(own, 600),
        explain=tuple(_explain(category, hits, applied, verdict, auto is not None)),
    )


def _explain(
    category: str,
    hits: list[Hit],
    applied: list[str],
    verdict: Verdict | None,
    automatic: bool,
) -> list[str]:
    """What decided, for `classify --explain`: the cues that fired for the category (by id),
    the adjustments that changed something, the model's reading and the guard's answer."""
    lines = [f"cue {h.cue_id}" for h in hits if h.category == category and not h.negated]
    lines += [f"cue {h.cue_id} (nié)" for h in hits if h.category == category and h.negated]
    lines += applied
    if automatic:
        lines.append("autoreply")
    if verdict is not None and verdict.reason:
        lines.append(
            ("model decides: " if verdict.decided_by_model else "model: ") + verdict.reason
        )
    return list(dict.fromkeys(lines))
