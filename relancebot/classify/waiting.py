"""Two readings the classifier settles after the cues: money awaited from someone else, and
which addresses are ours.

"J'attends le règlement d'un client" says a payment waits on outside money. With a firm date
within three weeks ("c'est bon pour vendredi") it is a promise; without one ("début juillet",
"après le 10", no date at all) or with a later one it is a payment difficulty, the careful
reading.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from relancebot.classify.dates import find_dates
from relancebot.classify.rules import Hit
from relancebot.classify.text import fold

# A firm date this close is a promise; a later one is a delay the customer asks for.
NEAR_DAYS = 21
_VAGUE_DATE = re.compile(r"^(debut|early|beginning|start|mi|mid|en |in )")
_OPEN_BEFORE = re.compile(
    r"(apres|after|a partir d[eu']?|from|not before|pas avant)\s*(le |the )?$"
)
_ADDRESS = re.compile(r"[\w.+'=-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_WROTE = re.compile(r"\b(?:a [ée]crit|wrote|schrieb|ha scritto|escribi[óo])\s*:", re.IGNORECASE)
_QUOTED_FROM = re.compile(
    r"^[>\s*]*(?:from|de|von|da|envoye par)\s*:[^\n]*", re.MULTILINE | re.IGNORECASE
)


def _firm_date(folded: str, ref: datetime.date, month_first: bool) -> bool:
    for found in find_dates(folded, ref, month_first):
        if _VAGUE_DATE.match(found.text) or _OPEN_BEFORE.search(folded[: found.start]):
            continue
        if (found.value - ref).days <= NEAR_DAYS:
            return True
    return False


def resolve_waiting(
    hits: list[Hit], folded: str, ref: datetime.date, month_first: bool
) -> list[Hit]:
    """Turns the "wait_money" cues into payment_difficulty, or promise_to_pay on a firm date."""
    waiting = [h for h in hits if h.category == "wait_money"]
    if not waiting:
        return hits
    difficulty = any(h.category == "payment_difficulty" and not h.negated for h in hits)
    firm = not difficulty and _firm_date(folded, ref, month_first)
    category = "promise_to_pay" if firm else "payment_difficulty"
    return [replace(h, category=category) if h.category == "wait_money" else h for h in hits]


_FORWARD = re.compile(r"^\s*(tr|fw|fwd|wg)\s*:")


# The writer passes the reminder on himself: "c'est ma femme qui fait les papiers, je lui
# montre ce soir" names who pays but redirects nothing.
_PASSING_ON = re.compile(
    r"\b(je|on|nous) (vais |vas |allons )?(lui|leur) (montre|montrer|transmets|transmettre|trans"
    r"mettons|passe|passer|donne|donner|fais suivre|faire suivre|en parle|en parler|demande|dema"
    r"nder)\b|\b(i'll|i will|we'll|we will) (show|pass|give|forward|hand) (it|this|them) (on )?"
    r"to (her|him|them)\b"
)


def handed_on(subject: str, folded: str) -> bool:
    """A forward to a colleague ("TR:", "Fwd:"), or a reply that says the writer passes it on
    himself, naming no address: its "voir avec ..." is no redirection of our reminders."""
    passed = bool(_FORWARD.match(fold(subject))) or bool(_PASSING_ON.search(folded))
    return passed and not _ADDRESS.search(folded)


def our_addresses(
    recipients: tuple[str, ...],
    cc: set[str],
    sender: str | None,
    message_ids: tuple[str, ...],
    quoted: str,
) -> set[str]:
    """Our own addresses among the recipients: those on the domain of the message replied to
    or of a quoted "From:" line (never the customer's own domain). Without such a clue, the
    To addresses, as a reply normally goes back to us."""
    own_domain = (sender or "").rsplit("@", 1)[-1]
    domains = {i.rsplit("@", 1)[-1].strip("<>").lower() for i in message_ids if "@" in i}
    head = quoted[:20000]
    lines = _QUOTED_FROM.findall(head)
    lines += [head[max(0, m.start() - 200) : m.start()] for m in _WROTE.finditer(head)]
    for line in lines:
        domains.update(a.rsplit("@", 1)[-1].lower() for a in _ADDRESS.findall(line)[-1:])
    domains.discard(own_domain)
    if domains:
        return {a for a in recipients if a.rsplit("@", 1)[-1] in domains}
    return {a for a in recipients if a not in cc}
