"""The demo's firm, customers and the replies they send: plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FIRM = """\
timezone = "Europe/Paris"

[firm]
name = "Atelier Morel SARL"
email = "relances@atelier-morel.fr"
phone = "01 23 45 67 89"
signatory = "Claire Morel, gérante"
address = "12 rue des Artisans, 69003 Lyon"
iban = "FR76 3000 4000 5000 0123 4567 871"

[review]
email = "gerant@atelier-morel.fr"
"""

START = dt.date(2026, 11, 2)
WEEKS = 6


@dataclass(frozen=True)
class Invoice:
    number: str
    client: str
    email: str
    excl_tax: str
    amount: str
    issued: str
    due: str
    language: str = "fr"
    contact: str = ""
    phone: str = ""


INVOICES = (
    Invoice(
        "F-2026-0412",
        "Boulangerie Dupont",
        "compta@boulangerie-dupont.fr",
        "1 041,67",
        "1 250,00",
        "02/10/2026",
        "02/11/2026",
        contact="Mme Dupont",
        phone="04 78 12 34 56",
    ),
    Invoice(
        "F-2026-0413",
        "Boulangerie Dupont",
        "compta@boulangerie-dupont.fr",
        "100,00",
        "120,00",
        "03/10/2026",
        "02/11/2026",
        contact="Mme Dupont",
        phone="04 78 12 34 56",
    ),
    Invoice(
        "F-2026-0420",
        "Acme Ltd",
        "accounts@acme.co.uk",
        "3 000,00",
        "3 600,00",
        "09/10/2026",
        "09/11/2026",
        language="en",
        contact="Mr Smith",
        phone="+44 20 7946 0000",
    ),
    Invoice(
        "F-2026-0425",
        "Garage Martin",
        "contact@garage-martin.fr",
        "2 500,00",
        "3 000,00",
        "02/10/2026",
        "02/11/2026",
        phone="04 72 00 11 22",
    ),
    Invoice(
        "F-2026-0431",
        "Mairie de Saint-Genis",
        "finances@saint-genis.fr",
        "850,00",
        "1 020,00",
        "05/10/2026",
        "04/11/2026",
        phone="04 78 56 00 00",
    ),
    Invoice(
        "F-2026-0437",
        "Studio Lefèvre",
        "studio@lefevre-design.fr",
        "4 000,00",
        "4 800,00",
        "03/10/2026",
        "03/11/2026",
        contact="M. Lefèvre",
        phone="06 12 34 56 78",
    ),
    Invoice(
        "F-2026-0440",
        "Transports Roux",
        "factures@transports-roux.fr",
        "1 500,00",
        "1 800,00",
        "02/10/2026",
        "02/11/2026",
        phone="04 74 00 00 00",
    ),
    Invoice(
        "F-2026-0446",
        "Cabinet Vidal",
        "secretariat@cabinet-vidal.fr",
        "600,00",
        "720,00",
        "06/10/2026",
        "05/11/2026",
    ),
    Invoice(
        "F-2026-0452",
        "SCI Les Tilleuls",
        "gestion@sci-tilleuls.fr",
        "900,00",
        "1 080,00",
        "02/10/2026",
        "02/11/2026",
        phone="04 78 99 88 77",
    ),
)


@dataclass(frozen=True)
class Reply:
    day: int  # days after START; it arrives at 14:00, after that morning's reminders
    sender: str
    customer_email: str  # whose last reminder it answers
    body: str
    subject: str = ""  # default: "RE: " + the reminder's subject
    kind: str = "reply"  # "reply", "autoreply" or "bounce"


REPLIES = (
    Reply(
        1,
        "compta@boulangerie-dupont.fr",
        "compta@boulangerie-dupont.fr",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 9 novembre inclus. "
        "Pour toute urgence, merci d'appeler le magasin.\n\nMme Dupont",
        kind="autoreply",
        subject="Réponse automatique : absente du bureau",
    ),
    Reply(
        9,
        "accounts@acme.co.uk",
        "accounts@acme.co.uk",
        "Hello,\n\nThank you for the reminder. The invoice has been approved and will be "
        "paid in our next payment run on 20 November.\n\nBest regards,\nJohn Smith",
    ),
    Reply(
        1,
        "contact@garage-martin.fr",
        "contact@garage-martin.fr",
        "Bonjour,\n\nNous contestons cette facture : le montant ne correspond pas au devis "
        "signé (2 100 € HT) et les travaux de peinture ne sont pas terminés.\n\nR. Martin",
    ),
    Reply(
        4,
        "finances@saint-genis.fr",
        "finances@saint-genis.fr",
        "Bonjour,\n\nNous n'avons jamais reçu cette facture, pouvez-vous nous la renvoyer ?"
        "\n\nLe service finances",
    ),
    Reply(
        3,
        "studio@lefevre-design.fr",
        "studio@lefevre-design.fr",
        "Bonjour,\n\nLa période est compliquée, nous ne pouvons pas régler la totalité "
        "maintenant. Serait-il possible de payer en trois fois ?\n\nM. Lefèvre",
    ),
    Reply(
        3,
        "factures@transports-roux.fr",
        "factures@transports-roux.fr",
        "Bonjour,\n\nLe virement a été effectué le 30 octobre, vous devriez l'avoir reçu.\n\n"
        "Cordialement,\nService comptable",
    ),
    Reply(
        5,
        "secretariat@cabinet-vidal.fr",
        "secretariat@cabinet-vidal.fr",
        "Bonjour,\n\nJe ne m'occupe plus des factures du cabinet. Merci d'écrire désormais à "
        "comptabilite@cabinet-vidal.fr.\n\nBonne journée",
    ),
    Reply(
        1,
        "mailer-daemon@mx.sci-tilleuls.fr",
        "gestion@sci-tilleuls.fr",
        "This is the mail system at host mx.sci-tilleuls.fr.\n\nI'm sorry to have to inform "
        "you that your message could not be delivered to one or more recipients.\n\n"
        "<gestion@sci-tilleuls.fr>: host mx.sci-tilleuls.fr said: 550 5.1.1 "
        "<gestion@sci-tilleuls.fr>: Recipient address rejected: User unknown",
        subject="Undelivered Mail Returned to Sender",
        kind="bounce",
    ),
)

# Payments the firm's bank export brings, by day after START.
PAYMENTS = (
    (9, "F-2026-0413", "120,00"),  # the bakery pays the small one
)
