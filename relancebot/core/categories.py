"""The categories of a reply in French, as the person reads them (CLI, digest, tasks).

A module of its own so that the commands showing replies need not load the decision model.
"""

from __future__ import annotations

CATEGORY_FR = {
    "already_paid": "déjà payé",
    "promise_to_pay": "promesse de paiement",
    "not_received": "facture non reçue",
    "dispute": "contestation",
    "payment_difficulty": "difficulté de paiement",
    "wrong_contact": "mauvais interlocuteur",
    "auto_reply": "réponse automatique",
    "bounce": "message non distribué",
    "other": "autre",
}
