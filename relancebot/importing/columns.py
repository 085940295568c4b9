"""The columns of the files imported, under the names accounting exports and spreadsheets give
them; compared after folding case, accents and punctuation ("N° de facture" = "no de facture")."""

from __future__ import annotations

INVOICE_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": (
        "number", "numéro", "n° facture", "no facture", "num facture", "numéro de facture",
        "numéro facture", "n° de facture", "numéro de la facture", "facture n°", "facture",
        "référence facture", "réf facture", "invoice", "invoice number", "invoice no",
        "invoice #", "invoice id",
    ),
    "client": (
        "client", "nom client", "nom du client", "client nom", "raison sociale",
        "raison sociale client", "société", "tiers", "customer", "customer name", "company",
        "nom",
    ),
    "email": (
        "email", "e-mail", "courriel", "mail", "adresse email", "adresse e-mail",
        "adresse mail", "adresse électronique", "email client", "e-mail client", "mail client",
        "courriel client", "email address",
    ),
    "amount": (
        "amount", "montant ttc", "total ttc", "ttc", "montant", "net à payer", "amount incl tax",
    ),
    "amount_excl_tax": ("amount_excl_tax", "montant ht", "total ht", "ht", "amount excl tax"),
    "issue_date": (
        "issue_date", "date", "date facture", "date de facture", "date de la facture",
        "date d'émission", "date émission", "invoice date",
    ),
    "due_date": (
        "due_date", "échéance", "date d'échéance", "date échéance", "date limite",
        "date limite de paiement", "date d'échéance de la facture", "due date",
    ),
    "pdf": ("pdf", "fichier", "fichier pdf", "chemin pdf", "chemin", "document", "file"),
    "phone": ("phone", "téléphone", "tél", "tel", "téléphone client", "portable"),
    "contact": ("contact", "interlocuteur", "nom du contact", "contact name"),
    "currency": ("currency", "devise"),
    "language": ("language", "langue"),
    "cc": ("cc", "copie", "copie à", "en copie"),
    "client_id": (
        "client_id", "code client", "n° client", "id client", "numéro client", "customer id",
    ),
    "siren": ("siren", "n° siren", "numéro siren", "siren client"),
    "siret": ("siret", "n° siret", "numéro siret", "siret client", "siret établissement"),
}  # fmt: skip
INVOICE_REQUIRED = ("number", "client", "email", "amount", "issue_date", "due_date", "pdf")
LANGUAGES = {
    "fr": "fr",
    "francais": "fr",
    "french": "fr",
    "en": "en",
    "anglais": "en",
    "english": "en",
    "gb": "en",
    "uk": "en",
}


PAYMENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": (
        "number", "numéro", "n° facture", "no facture", "num facture", "numéro de facture",
        "facture", "invoice", "invoice number", "n° de facture", "invoice no",
    ),
    "amount": (
        "amount", "montant", "montant payé", "montant réglé", "règlement", "montant ttc",
        "montant encaissé", "encaissement", "crédit", "paid", "amount paid",
    ),
    "date": (
        "date", "date de paiement", "date paiement", "date de règlement", "date règlement",
        "date d'encaissement", "date encaissement", "date de valeur", "payment date",
    ),
    "reference": ("reference", "référence", "réf", "libellé", "ref"),
}  # fmt: skip
