"""The CLI's commands, one module per area, each imported only when one of its commands is used.

Importing a module of this package registers its commands on `relancebot.cli.main`. `COMMANDS`
says which module holds each command, and the first paragraph of its help, so that
`relancebot --help` lists them all without importing modules that pull in fpdf, jinja2,
apscheduler and the like. tests/test_cli_startup.py checks this table against the commands.
"""

from __future__ import annotations

import importlib

# name: (module in this package, first paragraph of the command's help, as click lists it)
COMMANDS: dict[str, tuple[str, str]] = {
    "backup": ("health", "Copie cohérente de la base, sûre même pendant que le service tourne."),
    "call": ("decisions", "Note un appel (facture ou client) et ce qui en découle."),
    "case": ("cases", "Un dossier : le client, ses contacts, ses factures, les tâches ouvertes."),
    "cases": (
        "cases",
        "Les dossiers ouverts : factures impayées, où elles en sont, la prochaine étape.",
    ),
    "classify": ("classify", "Classe des réponses (.eml) : une ligne JSON par fichier."),
    "confirm-contact": (
        "decisions",
        "Confirmer l'adresse d'un client (celle suggérée par une réponse, par exemple).",
    ),
    "customer": (
        "customers",
        "Réglages d'un client : ne pas relancer, délai négocié, langue, copies.",
    ),
    "demo": ("demo", "Six semaines simulées d'une petite entreprise, dans un dossier jetable."),
    "digest": (
        "review",
        "Le point du jour : à faire, traité, envoyé, à venir (affiché en texte).",
    ),
    "history": (
        "inspect",
        "Tout ce qui concerne une facture ou un client, dans l'ordre : emails envoyés, réponses"
        " et leur classement, actions, appels.",
    ),
    "import-fec": (
        "imports",
        "Ajoute les factures clients ouvertes d'un FEC (comptes 411 non lettrés).",
    ),
    "import-invoices": (
        "imports",
        "Ajoute ou met à jour des factures : CSV, Factur-X, CII, UBL ou dossier (tout ou rien).",
    ),
    "import-payments": (
        "payments",
        "Enregistre des paiements : CSV (number, amount, date) ou relevés bancaires.",
    ),
    "init": (
        "setup",
        "Crée un dossier d'entreprise prêt à l'emploi (config.toml commenté, factures/).",
    ),
    "learn": (
        "learning",
        "Réapprend à lire les réponses, avec les corrections de la société.",
    ),
    "letter": (
        "review",
        "Prépare la mise en demeure (PDF) d'une facture ou d'un client, à faire signer.",
    ),
    "mark-paid": (
        "decisions",
        "Enregistrer un paiement constaté par une personne (tout ou partie).",
    ),
    "outbox": ("outbox", "La file d'envoi : messages en attente, en échec ou incertains."),
    "pause": ("decisions", "Suspendre les relances d'une facture jusqu'à une date."),
    "payments": (
        "payments",
        "Les virements reçus à rapprocher : propositions à décider, sans correspondance.",
    ),
    "plan": ("sending", "Ce qui partirait à --now, et ce qui vient ensuite, sans rien envoyer."),
    "preview": ("sending", "Affiche la prochaine relance d'une facture, sans l'envoyer."),
    "replies": ("mailbox", "Les réponses lues dans la boîte, les plus récentes d'abord."),
    "report": (
        "review",
        "Où en est chaque dossier : pour l'entreprise ou le client de la secrétaire.",
    ),
    "resume": (
        "decisions",
        "Reprendre les relances d'une facture (après une pause, un litige réglé...).",
    ),
    "run": ("sending", "Le service en continu (jusqu'à SIGTERM ou Ctrl-C)."),
    "status": (
        "health",
        "État du service ; code de sortie 1 s'il faut intervenir (pour la supervision).",
    ),
    "stop": (
        "decisions",
        "Ne plus relancer un client par email (= customer set ID --do-not-chase).",
    ),
    "tick": ("sending", "Un passage de tout ce que fait le service à cet instant, puis s'arrête."),
    "user": ("web", "Qui peut se connecter aux pages web : ajouter, retirer, lister."),
    "web": ("web", "Les pages de la personne dans le navigateur (jusqu'à SIGTERM ou Ctrl-C)."),
}


def load(name: str) -> None:
    """Import the module that defines command `name`, which registers it on the CLI."""
    importlib.import_module(f"{__name__}.{COMMANDS[name][0]}")


def load_all() -> None:
    for name in COMMANDS:
        load(name)
