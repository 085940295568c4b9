"""Money awaited from someone else before paying (a grant, a customer, an insurer).

"wait_money" is not a category the reply can end in: waiting.py turns it into
payment_difficulty, or into promise_to_pay when a firm date is given ("j'attends le
règlement d'un client, c'est bon pour vendredi").
"""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue
from relancebot.classify.cues.fragments import (
    ARRIVES,
    CLAUSE,
    MONEY_NOUN,
    OUTSIDE,
    WAIT_IF,
    WAITING,
)

# fmt: off
CUES: tuple[Cue, ...] = (
    # ---- waiting for outside money before paying ---------------------------------------------
    cue(
        "wait_money.any.once-grant-arrives",
        1.0,
        negatable=True,
        example="Nous paierons dès que la subvention sera versée.",
        near_miss="Nous paierons dès que le technicien sera passé.",
        pattern=rf"\b{WAIT_IF}\b{CLAUSE}{{0,60}}\b{OUTSIDE}\b{CLAUSE}{{0,40}}\b{ARRIVES}",
    ),
    cue(
        "wait_money.en.once-we-receive",
        1.0,
        negatable=True,
        example="We will pay once we receive the grant.",
        near_miss="We will pay once we receive the invoice.",
        pattern=(
        rf"\b{WAIT_IF}\b{CLAUSE}{{0,30}}\b(?:receiv\w*|recevons|recevrons|toucherons|touchons|"
        rf"aurons|get|have)\b{CLAUSE}{{0,30}}\b{OUTSIDE}\b"
        ),
    ),
    cue(
        "wait_money.any.once-payment-from-client",
        1.0,
        negatable=True,
        example="Je règle dès réception du paiement de mon client.",
        near_miss="Je règle dès réception de votre facture.",
        pattern=rf"\b{WAIT_IF}\b{CLAUSE}{{0,30}}\b{MONEY_NOUN}\b{CLAUSE}{{0,30}}\b{OUTSIDE}\b",
    ),
    cue(
        "wait_money.any.waiting-for-payment-from",
        1.0,
        negatable=True,
        example="J'attends le virement de la CAF.",
        near_miss="J'attends le virement de votre part.",
        pattern=(
        rf"\b{WAITING}\b{CLAUSE}{{0,40}}"
        rf"\b{MONEY_NOUN}\b{CLAUSE}{{0,30}}\b{OUTSIDE}\b"
        ),
    ),
    cue(
        "wait_money.fr.awaiting-grant",
        1.0,
        negatable=True,
        example="Nous sommes en attente d'une subvention.",
        near_miss="Nous sommes en attente d'une réponse.",
        pattern=(
        rf"\b{WAITING}\b(?:\w+ ){{0,4}}(?:subvention"
        r"|dotation|financement|grant|funding|appel de fonds|levee de fonds|pret|loan)s?\b"
        ),
    ),
)
# fmt: on
