"""Reply classifier: one raw email (bytes) in, one Classification out.

Pure and fast: no I/O, no configuration; the current time comes as an argument.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection
from typing import TYPE_CHECKING

from relancebot.classify.model import CATEGORIES, Classification

if TYPE_CHECKING:
    from relancebot.classify.learned import ReplyModel

__all__ = ["CATEGORIES", "Classification", "classify"]


def classify(
    raw: bytes,
    *,
    now: datetime.datetime | None = None,
    known_invoices: Collection[str] | None = None,
    model: ReplyModel | None = None,
) -> Classification:
    """Classify one reply. Never raises: an unreadable message comes back as "other".

    ``model`` is a firm's own learned model (`relancebot learn`); by default the one shipped."""
    from relancebot.classify.classifier import classify_message

    try:
        return classify_message(raw, now, known_invoices, model)
    except RecursionError:
        return Classification(category="other", reasons=("message illisible (trop imbriqué)",))
    except Exception as error:  # the contract is "never raises on a message"
        return Classification(
            category="other",
            reasons=(f"message illisible ({type(error).__name__})",),
        )
