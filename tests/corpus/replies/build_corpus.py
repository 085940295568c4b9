#!/usr/bin/env python3
"""Build the labelled reply corpus for relancebot's reply classifier.

Every customer reply below was written by hand (the words, the label, the note).
This script only does the *wrapping*: it turns each entry into a real RFC 5322
message as it would sit in the firm's IMAP mailbox (headers of the customer's mail
client, quoted reminder in that client's style, MIME shape, charset, transfer
encoding, attachments) and writes ``reply_NNN.eml`` files plus ``labels.tsv``.

Run:  .venv/bin/python tests/corpus/replies/build_corpus.py
The output is deterministic (seeded per entry), so re-running gives the same files.
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import quopri
import random
import re
import sys
import textwrap
from email import charset as _charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from html.entities import codepoint2name
from io import BytesIO
from pathlib import Path

OUT = Path(__file__).resolve().parent
YEAR = 2026
CATEGORIES = ["already_paid", "promise_to_pay", "not_received", "dispute", "payment_difficulty",
              "wrong_contact", "auto_reply", "bounce", "other"]

# --------------------------------------------------------------------------- firms
FIRMS = {
    "morel": dict(name="Atelier Morel SARL", addr="relances@atelier-morel.fr", dom="atelier-morel.fr",
                  tel="01 23 45 67 89", mx="mx1.atelier-morel.fr"),
    "vasseur": dict(name="Vasseur Paysage SAS", addr="relances@vasseur-paysage.fr", dom="vasseur-paysage.fr",
                    tel="02 40 12 34 56", mx="mx2.mail.ovh.net"),
}

# --------------------------------------------------------------------------- customers
# key: (display name, address, client, locale, signature)
# client decides headers, quote style, MIME shape; locale decides the quote header language
# and the language of the reminder they received (en -> English reminder).
DISCL_FR = ("Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
            "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. "
            "Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.")
DISCL_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
            "If you have received it in error, please notify the sender and delete it. Any views expressed "
            "are those of the author and do not necessarily reflect those of the company.")
C = {
    "lefevre": ("Marc Lefèvre", "marc.lefevre@boulangerie-lefevre.fr", "apple", "fr", ""),
    "dupuis": ("Sandrine Dupuis", "comptabilite@dupuis-btp.fr", "outlook", "fr",
               "Sandrine DUPUIS\nService Comptabilité\nDUPUIS BTP SAS\n12 rue des Forges - 69007 Lyon\nTél. : 04 72 11 22 33"),
    "renaud": ("GARAGE RENAUD", "garage.renaud@wanadoo.fr", "orange", "fr", ""),
    "mairie": ("Mairie de Saint-Aubin-sur-Loire - Finances", "finances@mairie-saint-aubin.fr", "outlook", "fr",
               "Service Finances\nMairie de Saint-Aubin-sur-Loire\n2 place de la République\n45190 Saint-Aubin-sur-Loire\n02 38 44 10 10"),
    "petitspas": ("Jean-Luc Bertrand", "tresorier.lespetitspas@gmail.com", "gmail", "fr",
                  "Jean-Luc Bertrand\nTrésorier - Association Les Petits Pas"),
    "faure": ("Élodie Martin", "e.martin@faure-expertise.fr", "o365", "fr",
              "Élodie MARTIN\nCollaboratrice comptable\nCabinet Fauré Expertise\n☎ 05 56 78 90 12\n\n" + DISCL_FR),
    "hexalis": ("Comptabilité Fournisseurs", "comptabilite.fournisseurs@groupe-hexalis.com", "o365", "fr",
                "Service Comptabilité Fournisseurs\nGroupe Hexalis - Centre de Services Partagés\n"
                "Merci d'indiquer systématiquement le numéro de commande (PO) sur vos factures.\n\n" + DISCL_FR),
    "fleurs": ("Camille Roux", "contact@fleursdelys-nantes.fr", "gmail", "fr",
               "Camille Roux\nFleurs de Lys - Nantes\n06 12 34 56 78"),
    "gauthier": ("Eric Gauthier", "eric.gauthier.plomberie@orange.fr", "orange", "fr", ""),
    "noe": ("Pauline Noé", "agence@noe-architectes.fr", "mac", "fr",
            "Pauline Noé\nNoé Architectes\n14 quai des Chartrons, 33000 Bordeaux\n05 56 00 11 22"),
    "bistrot": ("Le Bistrot du Port", "bistrotduport@free.fr", "tb", "fr", ""),
    "beausejour": ("Hôtel Beauséjour - Réception", "reception@hotel-beausejour.fr", "outlook", "fr",
                   "Hôtel Beauséjour ***\n8 boulevard de la Mer - 17200 Royan\n05 46 38 00 00"),
    "ogec": ("OGEC Sainte-Marie", "gestion@ogec-saintemarie.fr", "outlook", "fr",
             "Christine Lemaire\nGestionnaire - OGEC Sainte-Marie\n03 20 55 66 77"),
    "michaud": ("Julien Michaud", "j.michaud@transports-michaud.fr", "android", "fr", ""),
    "perrin": ("Thomas Perrin", "perrin.elec@gmail.com", "gmail", "fr", "Thomas Perrin\nÉlectricité Perrin\n06 98 76 54 32"),
    "blanc": ("Nathalie Blanc", "nathalie.blanc56@yahoo.fr", "yahoo", "fr", ""),
    "vdb": ("Brasserie Vandenbroeck - Comptabilité", "compta@vandenbroeck.be", "outlook", "fr",
            "Annick Peeters\nComptabilité\nBrasserie Vandenbroeck SPRL\nChaussée de Wavre 112 - 1050 Ixelles\n+32 2 640 12 34"),
    "rochat": ("Michel Rochat", "m.rochat@fiduciaire-rochat.ch", "outlook", "fr",
               "Michel Rochat\nFiduciaire Rochat SA\nRue du Rhône 48, 1204 Genève\n+41 22 310 20 30"),
    "gaec": ("GAEC des Trois Chênes", "gaec.troischenes@orange.fr", "orange", "fr", ""),
    "ines": ("Inès Haddad", "coiffines@hotmail.fr", "o365", "fr", ""),
    "morin": ("Secrétariat Dr Morin", "secretariat@dr-morin-dentiste.fr", "tb", "fr",
              "Secrétariat du Dr Morin\nChirurgien-dentiste\n03 88 12 34 56"),
    "pixelle": ("Léa Fontaine", "lea@studio-pixelle.fr", "gmail", "fr", "Léa Fontaine — Studio Pixelle\nwww.studio-pixelle.fr"),
    "caron": ("Gérard Caron", "caron.menuiserie@wanadoo.fr", "orange", "fr", ""),
    "clinvet": ("Clinique vétérinaire des Alpes", "accueil@clinvet-alpes.fr", "roundcube", "fr",
                "Clinique vétérinaire des Alpes\n04 76 12 12 12"),
    "logisud": ("Factures Logisud", "factures@logisud.fr", "o365", "fr",
                "Logisud SAS - Comptabilité fournisseurs\nZA des Milles, 13290 Aix-en-Provence\n\n" + DISCL_FR),
    "pins": ("Camping Les Pins", "camping.lespins@sfr.fr", "tb", "fr", ""),
    "leroy": ("Martine Leroy", "martine.leroy12@laposte.net", "roundcube", "fr", ""),
    "dubois": ("Épicerie Dubois", "dubois.epicerie@gmail.com", "apple", "fr", ""),
    "chevalier": ("Olivier Chevalier", "o.chevalier@chevalier-conseil.fr", "mac", "fr",
                  "Olivier Chevalier\nChevalier Conseil\n06 07 08 09 10"),
    "sbassist": ("Sophie Bernard", "sophie@sb-assistance.fr", "gmail", "fr",
                 "Sophie Bernard\nAssistante administrative indépendante\n06 11 22 33 44"),
    "lamy": ("Comptabilité Lamy Syndic", "comptabilite@lamy-syndic.fr", "o365", "fr",
             "Cabinet Lamy - Syndic de copropriété\nService comptabilité\n01 45 67 89 00\n\n" + DISCL_FR),
    "arnaud": ("Pépinières Arnaud", "contact@pepinieres-arnaud.fr", "outlook", "fr", "Pépinières Arnaud\n02 41 22 33 44"),
    "villers": ("Comité des Fêtes de Villers", "comitedesfetes.villers@gmail.com", "gmail", "fr", ""),
    "tilleuls": ("Direction EHPAD Les Tilleuls", "direction@ehpad-lestilleuls.fr", "outlook", "fr",
                 "Direction\nEHPAD Les Tilleuls\n03 80 45 45 45\n\n" + DISCL_FR),
    "nuvola": ("Finance Nuvola", "finance@nuvola.io", "gmail", "fr", "Nuvola SAS — Finance team"),
    "sorelia": ("Accounts Payable France", "ap-france@sorelia-group.com", "o365", "en",
                "Accounts Payable – France\nSorelia Group Shared Service Centre, Lisbon\n\n" + DISCL_EN),
    "kestrel": ("AP EMEA", "ap.emea@kestrel-industries.com", "o365", "en",
                "Kestrel Industries – Accounts Payable EMEA\nKraków Business Services Centre\n\n" + DISCL_EN),
    "whitaker": ("James Whitaker", "james@whitaker-joinery.co.uk", "gmail", "en",
                 "James Whitaker\nWhitaker Joinery Ltd\n+44 1632 960123"),
    "harbour": ("Harbourview Hotels Accounts", "accounts@harbourview-hotels.co.uk", "o365", "en",
                "Accounts Department\nHarbourview Hotels Ltd\n\n" + DISCL_EN),
    "priya": ("Priya Shah", "priya.shah@brightlane.co.uk", "mac", "en", "Priya Shah\nOperations Manager, Brightlane Ltd"),
    "donovan": ("Mike Donovan", "mdonovan@donovanbuilds.com", "gmail", "en", "Mike Donovan\nDonovan Builds LLC\n(617) 555-0142"),
    "lakeshore": ("Lakeshore Foods AP", "payables@lakeshore-foods.com", "o365", "en",
                  "Accounts Payable\nLakeshore Foods Inc.\n\n" + DISCL_EN),
    "karen": ("Karen Liu", "karen@liudesignstudio.com", "apple", "en", ""),
    "murphy": ("Seán Murphy", "sean.murphy@murphyevents.ie", "outlook", "en", "Seán Murphy\nMurphy Events Ltd\n+353 1 555 0199"),
    "keller": ("Buchhaltung Keller GmbH", "buchhaltung@keller-gmbh.de", "outlook", "de",
               "Mit freundlichen Grüßen / Kind regards\nKeller GmbH – Buchhaltung\nTel. +49 711 555 0100"),
    "bonnet": ("Franck Bonnet", "franck.bonnet@bonnet-charpente.fr", "android", "fr", ""),
    "roussel": ("Roussel Traiteur", "contact@roussel-traiteur.fr", "gmail", "fr", "Roussel Traiteur\n09 72 11 22 33"),
    "vidal": ("Anne Vidal", "a.vidal@cabinet-vidal-avocats.fr", "o365", "fr",
              "Anne Vidal\nAssistante de direction\nCabinet Vidal Avocats\n\n" + DISCL_FR),
    "sasmeca": ("MECA-OUEST SAS", "compta@meca-ouest.fr", "outlook", "fr", "MECA-OUEST SAS\nComptabilité\n02 99 00 11 22"),
    "lambert": ("Hugo Lambert", "hugo.lambert@gmail.com", "gmail", "fr", ""),
    "mercier": ("Isabelle Mercier", "isabelle.mercier@mercier-immobilier.fr", "mac", "fr", ""),
    "cotedor": ("Domaine de la Côte d'Or", "domaine@cotedor-vins.fr", "orange", "fr", ""),
    "fabre": ("Fabre Électroménager", "sav@fabre-electro.fr", "roundcube", "fr", ""),
    "aubry": ("Jérôme Aubry", "jerome.aubry@aubry-renov.fr", "apple", "fr", ""),
    "girard": ("Girard & Fils", "girard.fils@outlook.fr", "o365", "fr", ""),
    "tessier": ("Claire Tessier", "claire.tessier@tessier-sarl.fr", "outlook", "fr",
                "Claire TESSIER\nGérante - TESSIER SARL\n06 45 45 12 12"),
    "poulain": ("Patrick Poulain", "patrick.poulain@free.fr", "tb", "fr", ""),
    "helios": ("HELIOS Ingénierie - Compta", "compta@helios-ingenierie.fr", "o365", "fr",
               "Service comptabilité\nHELIOS Ingénierie SAS\n\n" + DISCL_FR),
    "fournil": ("Le Fournil d'Antoine", "lefournil.antoine@gmail.com", "apple", "fr", ""),
    "grenier": ("Association Le Grenier", "legrenier.asso@laposte.net", "roundcube", "fr", ""),
}

# --------------------------------------------------------------------------- calendar words
FR_DAY = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
FR_MAB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DE_DAY = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
TZ = {"fr": 60, "en": 0, "de": 60}
TZ_US = -300


def fr_date(d: dt.date) -> str:
    return ("1er" if d.day == 1 else str(d.day)) + f" {FR_MON[d.month - 1]} {d.year}"


def en_date(d: dt.date) -> str:
    return f"{d.day} {EN_MON[d.month - 1]} {d.year}"


def money_fr(x: float) -> str:
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


def money_en(x: float) -> str:
    return f"{x:,.2f}"


# --------------------------------------------------------------------------- entries
ENTRIES: list[dict] = []


def R(cat: str, lang: str, c: str, body: str, note: str, **kw) -> None:
    """One hand-written reply. body = the customer's own words (signature of the client added
    from the customer table unless nosig=1). Keywords override the wrapping:
    d='MM-DD HH:MM' reply date (local time of the sender), rinv= invoice our reminder was about,
    inv= labelled invoices (default: rinv), prom= promised ISO date, nc= new contact, hard=1,
    q= quote style or 'none', pos= top|bottom|raw, m= plain|alt|html|related, cs= charset,
    cte= qp|b64|8bit|7bit, subj= subject ('{S}' = our reminder subject), pre= Re: prefix,
    lvl= reminder level 1-3, att= attachments, hdr= extra headers, drop= headers to omit,
    extra= text put between the reply and the quoted reminder (forwarded thread...),
    mislabel= 'cp1252-as-latin1' | 'latin1-as-utf8', crlf=1, to=, cc=, rl= reminder language."""
    assert cat in CATEGORIES, cat
    assert c in C, c
    ENTRIES.append(dict(cat=cat, lang=lang, c=c, body=body, note=note, **kw))


BOUNCES: list[dict] = []


def B(kind: str, rcpt: str, note: str, **kw) -> None:
    """A delivery failure notice. kind = MTA family; the human-readable part is written per entry (text=)."""
    BOUNCES.append(dict(cat="bounce", kind=kind, rcpt=rcpt, note=note, lang=kw.pop("lang", "en"), **kw))

# =========================================================================== already_paid
R("already_paid", "fr", "lefevre", "C'est payé depuis lundi.\nMarc", "curt: paid since Monday", d="11-19 07:48")
R("already_paid", "fr", "dupuis", """Bonjour,

Nous vous confirmons que la facture F-2026-0412 a été réglée par virement le 13/11/2026 (réf. VIR-DUP-88412).
Vous trouverez ci-joint l'avis d'opéré.

Cordialement,""", "transfer done on 13/11 with bank advice attached", d="11-17 09:41", rinv="F-2026-0412",
  att=[("Avis_virement_F-2026-0412.pdf", "pdf", "Avis de virement SEPA - DUPUIS BTP - 1250,00 EUR")])
R("already_paid", "fr", "renaud", """bonjour
deja regle par cheque envoye la semaine derniere
cordialement garage renaud""", "no accents; cheque already sent", d="11-23 18:05", nosig=1)
R("already_paid", "fr", "petitspas", """Bonjour,

Pas de souci, virement parti ce matin. Désolé pour le retard, notre ancienne trésorière a laissé pas mal de choses en plan et je découvre les dossiers.

Bien à vous,
Jean-Luc""", "'pas de souci' opener then transfer already left this morning", hard=1, d="11-12 11:20")
R("already_paid", "fr", "faure", """Bonjour,

Je suis la collaboratrice comptable en charge du dossier de la SAS Arnaud Pépinières. Le règlement de votre facture FA-2026-118 a été effectué par notre client le 20 novembre ; vous devriez le voir sur votre compte sous 48 h.

Bien cordialement,""", "accountant of the customer says payment made on 20 Nov", d="11-23 14:02", rinv="FA-2026-118")
R("already_paid", "fr", "hexalis", """Bonjour,

La facture F-2026-0377 a été mise en paiement lors de notre campagne du 24/11/2026 (lot de paiement n° 2026-PAY-118845). Le virement devrait apparaître sur votre relevé sous 2 à 3 jours ouvrés.

Pour toute question, merci de rappeler notre référence fournisseur FRN-004512.

Cordialement,""", "AP department: payment run of 24/11 already executed ('mise en paiement' in the past)", hard=1,
  d="11-26 16:31", rinv="F-2026-0377")
R("already_paid", "en", "whitaker", """Hi,

This was paid by bank transfer yesterday - should be with you by Thursday. Our ref is WJ-0412 if you need it.

Cheers
James""", "English: paid yesterday by transfer", d="11-17 12:40")
R("already_paid", "en", "donovan", """Paid via wire on 11/20, confirmation attached. Let me know if it doesn't show up on your end.

-Mike""", "US customer: wire sent 11/20, confirmation attached", d="11-24 10:15",
  att=[("Wire_Confirmation_112026.pdf", "pdf", "Outgoing international wire - EUR - Donovan Builds LLC")])
R("already_paid", "en", "sorelia", """Dear Supplier,

Please be informed that invoice F-2026-0356 was paid on 27/11/2026 as part of payment run PR-4471. The remittance advice is attached for your reference.

Should you have any further queries, kindly raise them via our supplier portal.

Kind regards,""", "shared service centre: paid in payment run, remittance advice attached", d="11-30 11:02",
  rinv="F-2026-0356", rl="fr", att=[("Remittance_Advice_PR4471.pdf", "pdf", "Remittance advice PR-4471")])
R("already_paid", "fr", "fleurs", """Bonjour, je viens de regarder, la facture a été payée le 10 novembre par virement (1 250 €). Pouvez-vous vérifier de votre côté ? Merci.
Camille""", "says paid 10 Nov, asks to check", d="11-18 15:22", rinv="F-2026-0412")
R("already_paid", "fr", "ines", """Bonjour

Je vous ai réglé en espèces lors de votre passage le 14, votre technicien m'a même fait un reçu écrit à la main ! Merci de vérifier avec lui.

Inès""", "paid cash to the technician on the 14th", d="11-20 09:12")
R("already_paid", "fr", "vdb", """Bonjour,

La facture a été payée ce 2 décembre via notre banque. Le paiement peut prendre quelques jours avant d'être visible chez vous, s'agissant d'un virement depuis la Belgique.

Bien à vous,""", "Belgian phrasing 'ce 2 décembre', 'Bien à vous'", d="12-03 10:40")
R("already_paid", "fr", "rochat", """Bonjour,

Je vous informe que le montant a été versé sur votre compte en date du 25 novembre, valeur 26 novembre. Je reste volontiers à votre disposition pour tout renseignement complémentaire.

Meilleures salutations""", "Swiss phrasing 'versé ... en date du', 'Meilleures salutations'", d="11-27 08:55")
R("already_paid", "fr", "noe", """Bonjour,

Nous avons réglé cette facture par chèque n° 0004521, posté le 16 novembre à l'adresse de votre siège. Il n'a peut-être pas encore été encaissé ?

Bien cordialement,
Pauline""", "cheque posted 16 Nov, maybe not cashed yet", d="11-24 17:30")
R("already_paid", "fr", "poulain", """> Sauf erreur de notre part, la facture n° F-2026-0431 [...] reste impayée à ce jour.

Erreur de votre part alors : payée le 6/11, virement de 2 340,00 €. Regardez vos relevés.

> Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message.

Justement.

P. Poulain""", "inline reply quoting our own 'sauf erreur ... reste impayée' sentence", hard=1, pos="raw",
  rinv="F-2026-0431", amt=2340.00, d="11-19 21:14", irt_always=1)
R("already_paid", "fr", "leroy", """Bonjour, réglé le 18/11 par virement. Cordialement. M. Leroy""",
  "declared utf-8 but body is latin-1: accents come out as replacement characters", hard=1,
  mislabel="latin1-as-utf8", q="none", d="11-20 08:01", subj="{P}{S}", irt_always=1, cte="8bit")
R("already_paid", "fr", "sbassist", """Bonjour,

Je vous écris pour le compte de mon client, la Menuiserie Caron, dont je gère l'administratif. M. Caron me confirme avoir réglé votre facture F-2026-0402 par virement le 21 novembre. Je vous joins la capture de son relevé.

Belle journée,""", "assistant writing for the customer: paid 21 Nov, bank screenshot", d="11-25 10:03", rinv="F-2026-0402",
  att=[("Capture relevé Caron.jpg", "jpg")])
R("already_paid", "fr", "bonnet", """Bonjour, je suis en congé à partir de demain mais j'ai lancé le virement ce matin avant de partir, donc normalement c'est bon. Bonne fin de semaine""",
  "mentions own absence from tomorrow but transfer launched this morning: not an auto-reply", hard=1, d="12-17 12:31")
R("already_paid", "fr", "chevalier", """Réglé ce jour par virement, avec mes excuses pour ce retard : la facture était restée sous une pile.

OC""", "paid today, apologetic", d="11-13 18:47")
R("already_paid", "en", "kestrel", """Hello,

Our records show invoice F-2026-0344 was settled on 19-Nov-2026, payment reference 5100338812, amount EUR 3,456.00. Please check your bank statement and contact us if the funds have not been received.

Regards,""", "AP centre: settled 19-Nov with payment reference", d="11-25 13:20", rinv="F-2026-0344", amt=3456.00, rl="fr")
R("already_paid", "en", "harbour", """Good morning,

We paid this on 24th November by international transfer, our bank reference is HVH/11/2087. Could you please confirm receipt when you see it?

Many thanks,""", "UK: paid 24 Nov, asks confirmation", d="11-26 09:05")
R("already_paid", "fr", "sasmeca", """Bonjour,

Les factures F-2026-0388 et F-2026-0395 ont été réglées ensemble par un seul virement de 3 120,00 € le 12/11. Le libellé indique "MECA OUEST FACT 388 395", c'est peut-être pour cela que vous ne l'avez pas rapproché.

Cordialement""", "two invoices paid by one grouped transfer", hard=1, inv=["F-2026-0388", "F-2026-0395"],
  rinv="F-2026-0395", d="11-20 11:11")
R("already_paid", "fr", "aubry", """Bonjour
On vous a fait un virement de 600 € le 5 comme acompte, le reste suivra fin du mois comme convenu avec votre collègue au téléphone.
Jérôme Aubry""", "part paid (600 EUR on the 5th) + rest promised end of month: paid outranks promise, no date kept", hard=1,
  d="12-08 19:02")
R("already_paid", "fr", "caron", """BONJOUR
CETTE FACTURE EST PAYEE DEPUIS LE 15 NOVEMBRE PAR CHEQUE !!!
MERCI DE VERIFIER AVANT DE RELANCER
G. CARON""", "all caps, annoyed, paid by cheque on 15 Nov (level 2 reminder)", lvl=2, d="12-01 07:12")
R("already_paid", "fr", "bistrot", """Bonsoir,
Payé par carte bleue sur le terminal de votre technicien le jour de l'intervention, j'ai le ticket si besoin.
Le patron""", "paid by card on the day of the job", d="11-16 22:40")
R("already_paid", "en", "nuvola", """Hi there,

Sorry for the delay, the transfer went out today from our Qonto account, you should see it tomorrow. It covers F-2026-0467.

Best,
Yanis""", "French startup writing English to a French reminder: transfer went out today", d="11-27 16:50",
  rinv="F-2026-0467")
R("already_paid", "fr", "tilleuls", """Madame, Monsieur,

Je vous prie de bien vouloir excuser ce retard, dû au changement de notre logiciel de comptabilité. Le virement correspondant a été émis le 30 novembre.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

M. Garnier, directeur""", "formal apology, transfer issued 30 Nov", d="12-01 15:33")
R("already_paid", "fr", "lambert", "Ci-joint la preuve du virement.", "proof of transfer attached, nothing else",
  att=[("Preuve virement.pdf", "pdf")], d="11-30 20:11")
R("already_paid", "fr", "lambert", """Voir ci-dessous la confirmation de ma banque. Bonne soirée""",
  "forwards the bank's transfer confirmation above our reminder", hard=1, d="11-21 19:40", amt=480.00,
  subj="TR: Confirmation de votre virement",
  extra="""---------- Forwarded message ---------
De : Crédit Agricole - Ma Banque <ne-pas-repondre@credit-agricole.fr>
Date: ven. 20 nov. 2026 à 14:02
Subject: Confirmation de votre virement
To: <hugo.lambert@gmail.com>


Bonjour,
Votre virement de 480,00 EUR vers ATELIER MOREL SARL a bien été exécuté le 20/11/2026.
Ceci est un message automatique, merci de ne pas y répondre.""")
R("already_paid", "fr", "michaud", "ok vu c reglé", "SMS style", d="11-18 13:02", nosig=1)
R("already_paid", "en", "priya", """Hi,

I'm fairly sure we paid this one - our bookkeeper says it went out with the October batch on 30/10. Could you double check against your statement before chasing again?

Thanks,
Priya""", "uncertain claim ('fairly sure') that it went out on 30/10", hard=1, d="11-17 10:32")
R("already_paid", "en", "karen", "paid!! sorry sorry sorry. K", "very short English", d="11-19 22:03", tz=TZ_US)
R("already_paid", "fr", "logisud", """Bonjour,

Cette facture a été réglée par LCR à échéance du 30/11/2026, conformément à nos conditions de règlement. L'effet a été présenté et débité de notre compte.

Cordialement""", "paid by LCR (bill of exchange) already debited", d="12-02 10:22")
R("already_paid", "fr", "tessier", """Oui oui, payée. Comme la précédente que vous nous aviez aussi relancée alors qu'elle était réglée depuis 15 jours. Il serait peut-être temps de regarder vos comptes avant d'écrire aux clients.""",
  "irritated, ironic tone but only says it is paid", d="11-24 08:20")
R("already_paid", "fr", "blanc", """Bonjour,
votre facture FA-2026-097 pour la taille des haies a été payée par chèque, remis à votre jardinier le 9 novembre.
Cordialement
Mme Blanc""", "second firm's invoice, cheque handed to the gardener", d="11-18 18:18", rinv="FA-2026-097")
R("already_paid", "fr", "gaec", """bonjour

la FA 2026-131 est payée par virement du 23/11, le credit agricole met parfois du temps

GAEC des trois chenes""", "invoice written 'FA 2026-131', no accents", d="11-26 12:35", rinv="FA-2026-131", nosig=1)
R("already_paid", "en", "keller", """Dear Sir or Madam,

the invoice has been paid on 26.11.2026 by SEPA transfer. Please find attached the payment advice.""",
  "German customer writing English, AW: prefix, payment advice attached", d="11-27 09:30",
  att=[("Zahlungsavis_26112026.pdf", "pdf", "Zahlungsavis SEPA")])
R("already_paid", "en", "murphy", """Hi there,

Paid this morning via Revolut Business, screenshot attached. Apologies for the delay, it's been a mad few weeks with the Christmas events.

Seán""", "Irish customer: paid this morning, screenshot", d="12-04 11:48", att=[("IMG_2291.JPG", "jpg")])
R("already_paid", "fr", "girard", """Bonjour,
Réglé par virement le 1er décembre.
Cordialement,
Girard & Fils""", "HTML-only Outlook message", m="html", d="12-02 08:44")
R("already_paid", "en", "lakeshore", """Hello,

Check #10442 in the amount of EUR 1,680.00 was mailed on 11/18/2026 to the remit-to address on file. Please allow additional time for international mail.

Thank you,
Accounts Payable""", "US AP: cheque mailed 11/18", d="11-23 14:10", amt=1680.00)

# =========================================================================== promise_to_pay
R("promise_to_pay", "fr", "perrin", """Bonjour,

Non, je n'ai pas encore payé, je l'avoue. Ce sera fait vendredi sans faute.

Thomas""", "negation ('pas encore payé') then promise for Friday (reply Tue 17 Nov)", hard=1, d="11-17 12:05",
  prom="2026-11-20")
R("promise_to_pay", "fr", "logisud", """Bonjour,

Nos règlements fournisseurs sont effectués le 15 de chaque mois. Votre facture sera donc réglée le 15.

Cordialement""", "'le 15' resolved to next 15th after 25 Nov", d="11-25 10:10", prom="2026-12-15")
R("promise_to_pay", "fr", "ogec", """Bonjour,

Notre comptable est en arrêt maladie jusqu'à la fin de la semaine, elle s'occupera de votre facture dès son retour. Merci de votre patience.

Bien cordialement,""", "accountant away, pays on her return: no date named", hard=1, d="11-18 14:47")
R("promise_to_pay", "fr", "hexalis", """Bonjour,

Votre facture F-2026-0420 a été validée et est programmée pour paiement le 30/11/2026.

Cordialement,""", "AP: scheduled for 30/11", d="11-19 09:30", rinv="F-2026-0420", prom="2026-11-30")
R("promise_to_pay", "fr", "renaud", """bjr
le cheque part demain matin par la poste""", "SMS style: cheque leaves tomorrow", d="11-24 17:51", prom="2026-11-25", nosig=1)
R("promise_to_pay", "fr", "rochat", """Bonjour,

Nous avons bien reçu votre rappel. Le paiement interviendra sous huitaine.

Avec nos meilleures salutations""", "Swiss: 'sous huitaine' = +8 days", d="11-20 10:20", prom="2026-11-28")
R("promise_to_pay", "fr", "fleurs", """Coucou ! Oui désolée, je m'en occupe fin du mois quand la trésorerie de la boutique sera remontée avec les commandes de la Toussaint... enfin de Noël plutôt 😅
Camille""", "'fin du mois' = 30 Nov; mentions cash but does not ask for a delay", hard=1, d="11-19 20:02",
  prom="2026-11-30")
R("promise_to_pay", "en", "whitaker", """Hi there,

Apologies, this slipped through. I'll pay it next Tuesday when I'm back in the office.

James""", "'next Tuesday' from Thu 19 Nov", d="11-19 16:40", prom="2026-11-24")
R("promise_to_pay", "en", "priya", """Hi,

Thanks for the reminder. Our finance team will pay it by the end of next week at the latest.

Best,
Priya""", "'end of next week' from Wed 18 Nov = Fri 27 Nov", hard=1, d="11-18 11:25", prom="2026-11-27")
R("promise_to_pay", "fr", "mairie", """Madame, Monsieur,

Le mandat de paiement correspondant à votre facture a été émis le 23/11 et transmis au comptable public (Service de Gestion Comptable de Gien). Le délai de paiement par la trésorerie est en général de dix à quinze jours.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.""",
  "public body: mandate issued, payment by the treasury in 10-15 days: payment in progress, no date", hard=1, d="11-24 11:00")
R("promise_to_pay", "fr", "chevalier", """Je suis absent demain et vendredi, mais pas d'inquiétude : le virement part aujourd'hui.

Olivier""", "mentions own absence (not an auto-reply); transfer leaves today", hard=1, d="12-10 12:14",
  prom="2026-12-10")
R("promise_to_pay", "fr", "dupuis", """Bonjour,

Le virement est en cours de traitement par notre banque.

Cordialement,""", "payment in progress, no date", d="11-13 15:02")
R("promise_to_pay", "fr", "pins", """Bonjour,

Le camping est fermé pour l'hiver et je ne passe au bureau qu'une fois par mois. Nous réglerons la FA-2026-104 le 5 janvier, à la réouverture de nos bureaux.

Cordialement,
Famille Pujol - Camping Les Pins""", "second firm's invoice, promise for 5 January", d="12-18 10:40", rinv="FA-2026-104",
  prom="2027-01-05")
R("promise_to_pay", "en", "lakeshore", """Hello,

Your invoice has been approved and is scheduled for our Net 45 payment run on 12/10.

Thank you,
Accounts Payable""", "US date 12/10 = 10 December", hard=1, d="11-20 15:45", prom="2026-12-10")
R("promise_to_pay", "en", "kestrel", """Dear Supplier,

Invoice F-2026-0453 has been approved and is scheduled for payment on 04-Dec-2026.

Regards,""", "AP: scheduled 04-Dec-2026", d="11-26 08:02", rinv="F-2026-0453", prom="2026-12-04", rl="fr")
R("promise_to_pay", "fr", "dubois", """Bonjour, je vous poste un chèque ce week-end, j'ai pas pu passer à la poste cette semaine. Bonne journée""",
  "'ce week-end' from Thu 26 Nov taken as Saturday 28", hard=1, d="11-26 08:37", prom="2026-11-28")
R("promise_to_pay", "fr", "poulain", """Bonjour,
Je règle d'ici lundi.
Cordialement
P. Poulain""", "'d'ici lundi' from Thu 19 Nov", d="11-19 19:30", prom="2026-11-23")
R("promise_to_pay", "fr", "noe", """Bonjour,

Nous faisons nos virements le 10 de chaque mois, votre facture partira donc le 10.

Bien cordialement,
Pauline""", "'le 10' = next 10th after 27 Nov", d="11-27 09:50", prom="2026-12-10")
R("promise_to_pay", "fr", "vdb", """Bonjour,

Nous avons bien pris note de votre rappel. Nous procéderons au paiement endéans les huit jours.

Bien à vous,""", "Belgian 'endéans les huit jours' = within 8 days", hard=1, d="12-01 14:03", prom="2026-12-09")
R("promise_to_pay", "en", "karen", """Accounts team is off until Monday - I'll make sure it's paid first thing Monday morning!
Karen""", "'first thing Monday' from Fri 20 Nov", d="11-20 13:15", prom="2026-11-23")
R("promise_to_pay", "en", "sorelia", """Dear Supplier,

Invoice F-2026-0471 is currently blocked pending the three-way match with the goods receipt. Our procurement team has now confirmed receipt, so payment will be released within 5 working days.

Kind regards,""", "was blocked (not a dispute), now released within 5 working days from Thu 19 Nov", hard=1,
  d="11-19 10:30", rinv="F-2026-0471", prom="2026-11-26", rl="fr")
R("promise_to_pay", "fr", "bonnet", """Salut, mon comptable passe jeudi, je lui donne ta facture et il te fait le virement dans la foulée. Franck""",
  "informal; accountant comes Thursday and pays at once (reply Mon 23 Nov)", hard=1, d="11-23 07:20", prom="2026-11-26")
R("promise_to_pay", "fr", "helios", """Bonjour,

Votre facture a été validée en interne. Elle partira dans notre prochain règlement fournisseurs, le 5 décembre.

Cordialement,""", "next supplier payment run 5 Dec", d="11-27 11:11", prom="2026-12-05")
R("promise_to_pay", "fr", "aubry", """Je vous règle ça avant Noël promis, là je suis sous l'eau avec les chantiers.""",
  "'avant Noël' taken as 24 Dec", hard=1, d="12-14 21:30", prom="2026-12-24", nosig=1)
R("promise_to_pay", "fr", "gauthier", """Bonjour je passe a la banque demain matin pour faire le virement
Eric""", "tomorrow morning, missing accents", d="12-08 18:40", prom="2026-12-09")
R("promise_to_pay", "fr", "caron", """Reçu votre relance. Je vous envoie le règlement dès que je rentre de chantier, lundi au plus tard.
G. Caron""", "'lundi au plus tard' from Thu 26 Nov", d="11-26 12:50", prom="2026-11-30")
R("promise_to_pay", "fr", "mercier", """Bonjour,

Mille excuses, c'est un oubli de ma part. Je fais le nécessaire dans la journée.

Isabelle Mercier""", "apology, pays today", d="11-17 10:02", prom="2026-11-17")
R("promise_to_pay", "fr", "vidal", """Bonjour,

Maître Vidal est en audience toute la semaine ; je lui ferai signer le chèque à son retour, lundi 7 décembre, et vous l'adresserai le jour même.

Bien cordialement,""", "assistant: cheque signed and sent Mon 7 Dec", d="12-02 16:20", prom="2026-12-07")
R("promise_to_pay", "fr", "sasmeca", """Bonjour,

Ci-dessous l'accord de notre directeur financier : la facture sera payée avec notre échéance du 20 décembre.

Cordialement""", "reply on top of an internal forwarded exchange; date inside", hard=1, d="12-10 09:15",
  rinv="F-2026-0477", prom="2026-12-20", pre="RE: TR: ", extra="""De : Pierre Fontaine
Envoyé : mercredi 9 décembre 2026 17:12
À : Compta MECA-OUEST
Objet : RE: TR: Relance : facture F-2026-0477 en attente de règlement

OK pour moi, à payer le 20.
PF

De : Compta MECA-OUEST
Envoyé : mercredi 9 décembre 2026 10:02
À : Pierre Fontaine
Objet : TR: Relance : facture F-2026-0477 en attente de règlement

Pierre, tu valides ? Travaux réceptionnés sans réserve le 30/10.""")
R("promise_to_pay", "en", "murphy", """Hi,

Will get this sorted in the new year - our bank is doing something weird with euro payments and I can't get hold of anyone there before the holidays. Sorry about that.

Seán""", "will pay in the new year, no exact date", hard=1, d="12-16 15:00")
R("promise_to_pay", "en", "keller", """Dear Sir or Madam,

your invoice has been released for payment and will be executed with value date 03.12.2026.""",
  "German-style date 03.12.2026", d="11-30 10:00", prom="2026-12-03")
R("promise_to_pay", "fr", "pixelle", """Hello Atelier Morel !

Petit point sur le projet de la vitrine : on a validé les maquettes avec la cliente hier, elle voudrait passer sur du chêne massif plutôt que du contreplaqué plaqué, est-ce que vous pouvez nous refaire un chiffrage ? Idéalement avant le 15, on la revoit le 16.

Aussi, pour la pose, on pensait au mardi 12 janvier, à voir avec votre planning.

Et pour votre relance : désolée, ça m'était sorti de la tête. La facture partira avec notre run de paiement du 11/12.

Léa""", "long message about a new project; the promise (11/12) is at the very end", hard=1,
  d="12-01 18:22", prom="2026-12-11")
R("promise_to_pay", "fr", "blanc", """Bonjour
je vous envoie le cheque lundi.
Mme Blanc""", "'lundi' from Thu 3 Dec", d="12-03 18:45", prom="2026-12-07", firm="vasseur")
R("promise_to_pay", "fr", "dupuis", """Bonjour,

Nous vous réglerons les 1 250 € le 4 décembre, c’est inscrit dans notre planning de trésorerie.

Cordialement,""", "windows-1252 bytes declared as iso-8859-1 (euro sign, curly apostrophe); 'trésorerie' is not a difficulty",
  hard=1, d="11-20 15:40", prom="2026-12-04", rinv="F-2026-0412", mislabel="cp1252-as-latin1", m="plain")
R("promise_to_pay", "en", "lambert", """Hello, I'll pay it tomorrow, sorry I was abroad and only saw your mail now. Hugo""",
  "English reply to a French reminder; tomorrow from Sun 22 Nov", d="11-22 22:10", prom="2026-11-23")
R("promise_to_pay", "fr", "sbassist", """Bonjour,

Le dossier est transmis à M. Tessier, qui signe les virements le vendredi. Le vôtre partira vendredi 4.

Belle journée,""", "assistant: transfer leaves Friday 4 (Dec)", d="11-30 09:20", prom="2026-12-04")
R("promise_to_pay", "fr", "girard", """ok je regarde ça et je vous fais le virement demain""", "short, tomorrow", d="11-18 17:05",
  prom="2026-11-19")
R("promise_to_pay", "en", "donovan", """Got it. We cut checks on the 1st and 15th, you'll be in the Dec 1 batch.

Mike""", "US: Dec 1 check batch", d="11-24 09:40", prom="2026-12-01")
R("promise_to_pay", "en", "harbour", """Thank you for your email. This invoice is on our next payment run, which is this Friday.

Kind regards,""", "'this Friday' from Mon 7 Dec", d="12-07 10:15", prom="2026-12-11")
R("promise_to_pay", "fr", "ines", """Bonjour, je vous paie en fin de semaine, j'attends ma paye. Inès""",
  "'fin de semaine' = Friday 27 Nov; waiting for her own pay but makes a dated promise, no delay asked", hard=1,
  d="11-24 12:12", prom="2026-11-27")
R("promise_to_pay", "fr", "tilleuls", """Madame, Monsieur,

Nous ne contestons en rien cette facture, il s'agit d'un simple retard de signature. Le paiement suivra demain.

Cordialement,""", "negated dispute ('ne contestons en rien') then payment tomorrow", hard=1, d="12-03 11:40",
  prom="2026-12-04")
R("promise_to_pay", "en", "nuvola", """Hey, thanks for the nudge. We'll process it in our next batch on Tuesday.""",
  "'on Tuesday' from Thu 3 Dec", d="12-03 17:30", prom="2026-12-08", nosig=1)
R("promise_to_pay", "en", "kestrel", """Hello,

The invoice is pending approval from the budget holder. Once approved it will be included in the next payment run (runs take place every Thursday).

Regards,""", "pending internal approval, will be paid in a weekly run: payment in progress, no date", hard=1, d="11-23 13:00")
R("promise_to_pay", "en", "karen", """I'll send it over tonight, promise. Just need to get into the business account.""",
  "'tonight' = same day", d="12-01 16:20", prom="2026-12-01")
R("promise_to_pay", "fr", "cotedor", """Bonjour,
Mon mari s'occupe des paiements, il rentre du salon mercredi et vous fait le virement le lendemain.
Cordialement
Mme Lavaud""", "'le lendemain' of Wednesday = Thursday 3 Dec (reply Sat 28 Nov)", hard=1, d="11-28 10:30",
  prom="2026-12-03")
R("promise_to_pay", "fr", "clinvet", """Bonjour, la facture est validée, le paiement est programmé pour le 2 décembre. Cordialement, l'accueil""",
  "scheduled 2 Dec", d="11-23 16:25", prom="2026-12-02")

# =========================================================================== not_received
R("not_received", "fr", "michaud", "Bonjour on a pas recu la facture, vous pouvez la renvoyer svp", "SMS style, missing accents",
  d="11-18 07:55")
R("not_received", "fr", "hexalis", """Bonjour,

Nous ne retrouvons pas cette facture dans notre outil de traitement. Pourriez-vous nous en adresser un duplicata en réponse à ce message ?

Cordialement,""", "AP cannot find it, asks a duplicate", d="11-19 10:44")
R("not_received", "fr", "tilleuls", """Bonjour,

Impossible d'ouvrir la pièce jointe, le fichier semble endommagé. Pouvez-vous nous la renvoyer ?

Cordialement,""", "attachment cannot be opened", d="11-20 09:35")
R("not_received", "fr", "sasmeca", """Bonjour,

Le PDF joint à votre relance est la facture F-2026-0398, qui ne nous concerne pas (elle est au nom d'une boulangerie). Merci de nous envoyer la bonne facture ; je supprime l'autre.

Cordialement""", "wrong PDF attached (another customer's invoice 0398); our reminder was about 0405", hard=1,
  rinv="F-2026-0405", inv=["F-2026-0405", "F-2026-0398"], d="11-16 11:20")
R("not_received", "en", "sorelia", """Dear Supplier,

We have no record of receiving invoice F-2026-0440. Could you please resend it so that it can be registered?

Kind regards,""", "AP: no record, please resend", d="11-23 14:30", rinv="F-2026-0440", rl="fr")
R("not_received", "fr", "caron", """Bonjour
La facture a du se perdre entre le chantier et le bureau, vous pouvez me la renvoyer par mail ?
Merci
G. Caron""", "lost between site and office", d="11-25 19:10")
R("not_received", "fr", "leroy", """Bonjour,

Je n'ai jamais reçu la facture FA-2026-122, seulement le devis signé. Pouvez-vous me l'envoyer ?

Cordialement
Martine Leroy""", "second firm: only got the quote, never the invoice", d="11-27 14:02", rinv="FA-2026-122")
R("not_received", "fr", "dupuis", """Bonjour,

La facture 412 a bien été payée le 12/11. Par contre je ne trouve pas la 415 dans nos dossiers, pouvez-vous me la renvoyer ?

Cordialement,""", "one paid + one never received: not_received outranks already_paid; short numbers '412', '415'",
  hard=1, rinv="F-2026-0415", inv=["F-2026-0412", "F-2026-0415"], d="11-24 10:08")
R("not_received", "fr", "mercier", "Bonjour,\nIl n'y avait pas de pièce jointe dans votre mail.\nIsabelle Mercier",
  "no attachment in our email", d="11-18 09:12")
R("not_received", "en", "karen", """Hi, the attachment won't open on my phone, it just says "format not supported". Can you send it as a PDF?""",
  "cannot open attachment (English)", d="11-19 08:50")
R("not_received", "fr", "mairie", """Madame, Monsieur,

Conformément à la réglementation, les factures adressées aux collectivités territoriales doivent obligatoirement être déposées sur le portail Chorus Pro. Après vérification, aucune facture n'a été déposée par votre société sur ce portail.

Nous vous invitons à y déposer votre facture afin qu'elle puisse être mise en paiement.

Cordialement,""", "public body: never received through the mandatory Chorus Pro channel, must be resubmitted", hard=1,
  d="11-25 15:20")
R("not_received", "fr", "noe", """Bonjour,

Je ne trouve aucune trace de cette facture, ni dans mes mails ni dans le courrier. Vous l'avez envoyée à quelle adresse ?

Pauline""", "no trace, asks where it was sent", d="11-26 12:00")
R("not_received", "en", "harbour", """Good afternoon,

We don't appear to have received this invoice. Could you resend it to this address please?

Thanks,""", "UK: not received, resend to this same address", d="11-27 15:05")
R("not_received", "fr", "arnaud", """Bonjour,

Envoyez-moi une copie s'il vous plaît, le document s'est égaré lors de notre déménagement.

Merci d'avance""", "misplaced during a move", d="11-30 11:30")
R("not_received", "fr", "tessier", """Bonjour,

Le PDF s'affiche tout blanc chez nous, sur deux ordinateurs différents. Pouvez-vous le régénérer ?

Claire""", "blank PDF", d="12-01 16:00")
R("not_received", "fr", "rochat", """Bonjour,

Nous n'avons pas reçu votre facture. Pourriez-vous nous la faire parvenir à nouveau ?

Avec nos remerciements et nos meilleures salutations""", "Swiss formal", d="11-30 08:30")
R("not_received", "fr", "vdb", """Bonjour,

On n'a jamais eu cette facture, je vous assure. Pouvez-vous la renvoyer, s'il vous plaît ? Merci bien.

Annick""", "Belgian turns ('s'il vous plaît', 'Merci bien')", d="12-02 09:58")
R("not_received", "fr", "ines", """Bonjour, je suis confuse, je croyais avoir tout payé mais en fait je n'ai jamais reçu cette facture-là (j'ai celles de septembre). Vous pouvez me la renvoyer et je paie dans la foulée ?""",
  "thought all was paid, never got this one; would pay on receipt: not_received outranks promise", hard=1, d="11-21 10:40")
R("not_received", "fr", "faure", """Bonjour,

La facture F-2026-0391 ne figure pas dans les pièces que notre client nous a transmises. Pouvez-vous nous en adresser un duplicata directement à cette adresse ? Je veillerai ensuite à sa mise en paiement.

Bien cordialement,""", "accountant asks a duplicate", d="11-26 10:10", rinv="F-2026-0391")
R("not_received", "en", "kestrel", """Hello,

Invoice F-2026-0429 is not in our system. All invoices must quote a valid purchase order number, otherwise they are rejected by our scanning centre and not registered. Please resubmit the invoice with the PO number.

Regards,""", "AP: not registered (no PO), resubmit", d="11-24 12:20", rinv="F-2026-0429", rl="fr")
R("not_received", "fr", "dubois", "jai pas la facture", "very short, no accents", d="11-19 19:01", nosig=1)
R("not_received", "fr", "bistrot", """> Vous la trouverez ci-jointe.

Bah non justement, il n'y a rien en pièce jointe ! Renvoyez-la moi.

> Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message.

Il n'a pas été effectué puisque je n'ai pas la facture.""", "inline reply to our quoted lines: no attachment; 'n'a pas été effectué' is not a payment claim",
  hard=1, pos="raw", irt_always=1, d="11-18 21:50")
R("not_received", "en", "whitaker", """Could you send me a copy of the invoice please? Can't find it anywhere.

J""", "UK short", d="11-20 18:20")
R("not_received", "en", "lakeshore", """Hello,

We never received this invoice. Please resend it and reference our PO 45-7781 so it can be matched.

Thank you,""", "US AP: never received", d="11-25 11:55")
R("not_received", "fr", "ogec", """Madame, Monsieur,

Nous accusons réception de votre relance. Après vérification auprès de nos services, il apparaît que la facture en question ne nous est jamais parvenue.

Nous vous saurions gré de bien vouloir nous en adresser un exemplaire, afin que nous puissions procéder à son règlement dans les meilleurs délais.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.""", "long formal letter", d="11-24 14:15")
R("not_received", "fr", "girard", """Bonjour,
Merci de renvoyer la facture au format PDF, la pièce jointe ne s'ouvre pas sur notre logiciel.
Cordialement""", "HTML-only; attachment does not open", m="html", d="11-23 08:30")
R("not_received", "fr", "cotedor", """Bonjour,
pas reçu cette facture. Merci de la renvoyer.
Domaine de la Côte d'Or""", "'Réf :' subject prefix", pre="Réf : ", d="11-24 17:44", nosig=1)
R("not_received", "en", "keller", """Dear Sir or Madam,

we could not find any invoice attached to your e-mail. Could you please send it again?""", "German customer in English",
  d="11-19 09:20")
R("not_received", "en", "murphy", """Hi,

Sorry, I think the original went to our old email system, which was shut down in October. Can you resend it to me here?

Thanks,
Seán""", "old mailbox shut down, resend here (same address, no new contact)", d="11-17 11:11")
R("not_received", "fr", "nuvola", """Hello, on n'a pas la facture dans Pennylane, can you resend it please ? Merci !""",
  "mixed French/English", hard=1, d="11-20 10:10", nosig=1)
R("not_received", "fr", "lambert", """J'ai bien le devis mais pas de facture. Vous pouvez me l'envoyer ?""",
  "has the quote, not the invoice", d="11-29 11:04")
R("not_received", "fr", "petitspas", """Bonjour,

Pourriez-vous nous envoyer un duplicata de la facture ? L'ancienne trésorière ne nous a rien transmis et je repars de zéro.

Merci,
Jean-Luc""", "asks a duplicate", d="11-26 21:00")
R("not_received", "en", "priya", """Hi,

Your original email went to my spam folder and our filter stripped the attachment. Please could you resend it, ideally as a zipped PDF?

Thanks,
Priya""", "spam filter stripped attachment", d="11-24 14:44")
R("not_received", "fr", "helios", """Bonjour,

Nous n'avons reçu ni la F-2026-0449 ni la F-2026-0450. Merci de nous les transmettre afin que nous puissions les intégrer.

Cordialement,""", "two invoices not received", hard=1, rinv="F-2026-0449", inv=["F-2026-0449", "F-2026-0450"],
  d="11-30 10:30")
R("not_received", "en", "donovan", "Don't have it. Resend?", "two-word English", d="11-18 16:03", nosig=1)
R("not_received", "fr", "clinvet", """Bonjour,
Votre relance nous est bien parvenue, mais pas la facture ni le RIB. Pouvez-vous nous renvoyer les deux ?
Merci""", "neither invoice nor bank details received ('bien parvenue' refers to the reminder)", d="11-20 14:00")

# =========================================================================== dispute
R("dispute", "fr", "tessier", """Bonjour,

Le montant ne correspond pas au devis signé le 3 septembre (980 € HT). Votre facture est à 1 041,67 € HT. Merci de nous adresser une facture rectificative.

Claire Tessier""", "amount differs from signed quote", d="11-17 14:20", rinv="F-2026-0412")
R("dispute", "fr", "mercier", """Bonjour,

Les travaux ne sont pas terminés : il manque les plinthes et la porte du placard de l'entrée n'est toujours pas posée. Nous réglerons quand le chantier sera réceptionné.

Isabelle Mercier""", "work not finished; payment conditional on completion", d="11-19 18:02")
R("dispute", "fr", "lefevre", """La table livrée a un pied qui bouge et une grosse rayure sur le plateau. Je vous ai envoyé des photos il y a 15 jours, sans réponse. Tant que ce n'est pas réparé je ne paie pas.""",
  "defect, refuses to pay until repaired", d="11-20 06:50", att=[("IMG_4032.JPG", "jpg"), ("IMG_4033.JPG", "jpg")])
R("dispute", "fr", "beausejour", """Bonjour,

Nous attendons toujours l'avoir promis par M. Morel pour la porte de la chambre 12, livrée abîmée. Sans cet avoir, nous ne réglerons pas la facture.

Cordialement,
Sylvie, réception""", "waiting for a promised credit note", d="11-24 10:15")
R("dispute", "fr", "petitspas", """Bonjour,

Cette commande a été annulée par mail le 2 octobre, et vous en aviez même accusé réception. Je ne comprends pas pourquoi vous nous la facturez.

Jean-Luc Bertrand""", "order already cancelled", d="11-18 20:30")
R("dispute", "en", "whitaker", """Hi,

We dispute this invoice. The agreed price for the staircase was EUR 2,000 and you've charged EUR 2,400. Please send a corrected invoice.

James""", "UK: price differs from agreement", d="11-23 09:10", amt=2400.00)
R("dispute", "en", "donovan", """This is ridiculous. Half the cabinets were delivered with the wrong finish and nobody has come back to fix them. We're not paying a cent until that's resolved.""",
  "angry: wrong finish, refuses to pay", d="11-19 17:45")
R("dispute", "fr", "dupuis", """Bonjour,

Vous nous avez facturé deux fois la même prestation : F-2026-0409 et F-2026-0412 portent toutes deux sur la pose des garde-corps du chantier Vaise. Merci d'annuler l'une des deux par avoir.

Cordialement,""", "double billing across two invoices", hard=1, rinv="F-2026-0412", inv=["F-2026-0409", "F-2026-0412"],
  d="11-18 11:40")
R("dispute", "fr", "helios", """Bonjour,

Nous ne contestons pas le principe de l'intervention, mais le nombre d'heures facturées (14 h) nous paraît excessif : d'après notre registre d'accès, votre technicien est resté 9 h sur site. Pouvez-vous revoir la facture ?

Cordialement,""", "'ne contestons pas le principe' yet contests the hours billed", hard=1, d="11-25 16:10")
R("dispute", "fr", "blanc", """Bonjour,
la haie n'a été taillée que d'un côté, alors que la facture FA-2026-109 prévoit les deux côtés. Je vous paierai la moitié.
Mme Blanc""", "second firm: only half the job done, offers half", d="11-30 17:30", rinv="FA-2026-109")
R("dispute", "fr", "noe", """Bravo pour la relance, vraiment, quelle réactivité. Dommage que vous ne mettiez pas autant d'énergie à finir la bibliothèque, qui attend ses étagères depuis six semaines.

Pauline""", "ironic: the work is not finished", hard=1, d="11-23 12:30")
R("dispute", "en", "priya", """Hi,

The quote (Q-2026-077) said EUR 3,200 all-in, yet the invoice is for EUR 3,840 - you've added VAT on top when it was meant to be included. Please reissue at the quoted price.

Priya""", "quote said VAT included", d="11-20 10:05", amt=3840.00)
R("dispute", "fr", "hexalis", """Bonjour,

Votre facture ne mentionne aucun numéro de commande ; elle a donc été rejetée par notre outil de dématérialisation. Merci d'émettre une facture rectificative portant notre bon de commande n° 4500123456.

Cordialement,""", "invoice rejected, corrected invoice required (not a 'never received')", hard=1, d="11-19 15:10")
R("dispute", "fr", "aubry", """Bonjour,

On a réglé 800 € qui correspondent à ce qui a été fait. Le solde de 450 € est contesté : la seconde couche de lasure n'a jamais été passée, vous pouvez venir constater.

Jérôme Aubry""", "partial payment made and the balance disputed: dispute outranks already_paid", hard=1, amt=1250.00,
  d="11-26 20:15")
R("dispute", "fr", "mairie", """Madame, Monsieur,

Le service technique n'a pas attesté le service fait : les travaux de menuiserie réalisés à l'école élémentaire ne sont pas conformes au cahier des charges (essence de bois différente). La facture ne peut être mandatée en l'état.

Le responsable des services techniques prendra contact avec vous.

Cordialement,""", "public body: service not certified as done, non-conforming work", hard=1, d="11-27 11:20")
R("dispute", "fr", "vdb", """Bonjour,

Nous ne sommes pas d'accord avec ce montant. Il était convenu un forfait de 1 500 € tout compris, déplacement inclus. Pourriez-vous revoir votre facture, s'il vous plaît ?

Bien à vous,""", "Belgian: agreed flat fee", d="11-26 09:45")
R("dispute", "fr", "rochat", """Bonjour,

Après contrôle, nous constatons que des frais de déplacement ont été ajoutés alors qu'ils n'étaient pas prévus dans votre offre. Nous vous prions de bien vouloir nous adresser une facture corrigée.

Meilleures salutations""", "Swiss: travel costs not in the offer", d="11-24 08:40")
R("dispute", "en", "kestrel", """Dear Supplier,

Invoice F-2026-0462 is on hold due to a price variance against PO 4500998812 (PO unit price EUR 85.00, invoiced EUR 95.00). Please issue a credit note for the difference or a corrected invoice.

Regards,""", "AP: price variance against PO", d="11-26 14:02", rinv="F-2026-0462", rl="fr")
R("dispute", "fr", "renaud", """VOUS AVEZ DU CULOT DE ME RELANCER ALORS QUE LE PORTAIL NE FERME TOUJOURS PAS. JE NE PAIERAI PAS TANT QUE CE NE SERA PAS REPARE.""",
  "all caps, angry, defect", d="11-21 08:05", nosig=1, lvl=2)
R("dispute", "en", "harbour", """Good morning,

We received the chairs, but 4 of the 12 were damaged in transit (photos sent to your sales team on 6 November). We will pay for the 8 undamaged chairs once you issue a credit note for the remaining 4.

Kind regards,""", "damaged goods, will pay part after a credit note", d="11-24 09:35")
R("dispute", "fr", "cotedor", """Bonjour,
Je ne reconnais pas cette facture, nous n'avons jamais rien commandé chez vous. Il doit y avoir une erreur de client.""",
  "never ordered anything", hard=1, d="11-19 11:50")
R("dispute", "fr", "fleurs", """> Sauf erreur de notre part, la facture n° F-2026-0412 [...] d'un montant de 1 041,67 € HT, soit 1 250,00 € TTC

Sauf erreur de VOTRE part, le devis signé indiquait 1 100 € TTC et non 1 250 €. Je paierai 1 100 €.

Camille""", "turns our 'sauf erreur de notre part' against us: amount differs from the quote", hard=1, pos="raw",
  irt_always=1, rinv="F-2026-0412", d="11-18 09:25")
R("dispute", "fr", "bonnet", """pas d'accord avec le prix, appelez moi""", "SMS style: disagrees with price + call-me (dispute outranks)",
  hard=1, d="11-17 13:40", nosig=1)
R("dispute", "en", "lakeshore", """Hello,

This invoice has been rejected: the bill-to entity is incorrect. It should be billed to Lakeshore Foods Midwest LLC, not Lakeshore Foods Inc. Please void it and reissue to the correct entity.

Thank you,""", "invoice rejected for wrong legal entity, must be reissued", hard=1, d="11-30 13:15")
R("dispute", "fr", "ogec", """Bonjour,

La réception des travaux a été prononcée avec réserves (cf. procès-verbal du 20 octobre). Tant que les réserves ne sont pas levées, nous appliquons la retenue de garantie et ne réglerons pas le solde.

Cordialement,""", "reservations at handover, balance withheld", d="11-23 15:40")
R("dispute", "fr", "pixelle", """Coucou !

Petite erreur je crois : la remise de 10 % qu'on avait négociée pour le volume n'apparaît pas sur la facture. Tu peux nous la refaire ? Après on paie direct, promis 😊

Bises,
Léa""", "friendly tone and a promise, but the amount is contested (missing discount)", hard=1, d="11-24 18:00")
R("dispute", "en", "murphy", """Hi,

The delivery was two days late and we had to hire replacement furniture for the event. We'll be deducting the hire cost (EUR 380) from your invoice and paying the balance.

Seán""", "late delivery, deducting costs", d="11-25 16:30")
R("dispute", "fr", "gaec", """bonjour

l'elagage n'a pas ete fait comme prevu, les branches sont restees en tas au bord du champ. pas de paiement avant enlevement

GAEC""", "second firm; no accents; job incomplete", d="12-02 13:13", firm="vasseur", nosig=1)
R("dispute", "fr", "logisud", """Bonjour,

Nous avons réglé la F-2026-0401 hier. En revanche, la F-2026-0402 comporte une erreur de quantité (12 caissons facturés pour 10 livrés) : merci de nous adresser un avoir ou une facture corrigée.

Cordialement""", "one paid, the other contested", hard=1, rinv="F-2026-0402", inv=["F-2026-0401", "F-2026-0402"],
  d="11-27 10:00")
R("dispute", "fr", "chevalier", """Bonjour,

Votre facture ne tient pas compte de l'acompte de 30 % versé à la commande (virement du 5 septembre, 750 €). Le solde dû n'est donc pas de 2 500 € mais de 1 750 €. Merci de corriger.

Olivier Chevalier""", "deposit not deducted", d="11-18 08:15", amt=2500.00)
R("dispute", "en", "priya", """Hi,

We're not happy with the finish on the shelving - there's visible glue residue and one unit is out of square. Could someone come and take a look before we pay?

Thanks,
Priya""", "quality complaint before payment", d="12-03 11:00")
R("dispute", "en", "karen", """Um, wasn't this supposed to be covered by the warranty? The drawer runner broke after 3 weeks. Not paying for a repair that should be free.""",
  "warranty: contests being billed", d="11-21 19:30")
R("dispute", "fr", "girard", """Bonjour,
Vous avez appliqué une TVA à 20 % alors que nous vous avions remis l'attestation pour le taux réduit de 10 % (rénovation d'un logement de plus de 2 ans). Merci de refaire la facture.
Cordialement""", "wrong VAT rate", d="11-20 09:00")
R("dispute", "fr", "tilleuls", """Madame, Monsieur,

Nous avons bien reçu votre relance. Toutefois, nous tenons à vous signaler que l'intervention du 12 octobre n'a pas permis de résoudre le problème de fermeture des portes coupe-feu du 1er étage, problème d'ailleurs relevé par la commission de sécurité le 4 novembre.

Nous ne pouvons donc pas régler cette facture tant que la mise en conformité n'est pas réalisée. Merci de prendre contact avec notre agent technique, M. Roche, pour convenir d'une nouvelle intervention.

Cordialement,""", "long formal; problem not solved; names a person to call (not a wrong contact)", hard=1, d="11-26 14:50")
R("dispute", "fr", "arnaud", """Bonjour,

Merci pour l'avoir AV-2026-012, mais il ne porte que sur 150 € alors que nous étions convenus de 300 € avec votre commercial. Nous attendons le complément avant de régler.

Cordialement""", "credit note received but too small", d="12-01 10:20")
R("dispute", "en", "sorelia", """Dear Supplier,

Invoice F-2026-0433 has been disputed by the requester (goods not received in full). Payment is blocked until the dispute is resolved. Please liaise with the requester, Mr. Costa, in our procurement team.

Kind regards,""", "AP: blocked, disputed by requester", d="11-27 12:40", rinv="F-2026-0433", rl="fr")
R("dispute", "en", "keller", """Dear Sir or Madam,

we cannot accept the invoice: the delivery note is missing and the quantity does not match our order (15 pieces ordered, 18 invoiced).""",
  "quantity mismatch", d="11-23 08:45")
R("dispute", "fr", "lamy", """Bonjour,

Cette intervention relève du sinistre dégât des eaux déclaré à l'assureur de l'immeuble : la facture doit être prise en charge dans le cadre du sinistre et non par le syndicat des copropriétaires. Nous ne la réglerons donc pas.

Cordialement,""", "contests liability (insurer should pay); no new address given", hard=1, d="11-25 11:25")
R("dispute", "fr", "dubois", """vous avez facturé 3 étagères, on en a reçu 2. je paye quand vous aurez corrigé""",
  "quantity billed vs delivered", d="11-28 09:30", nosig=1)
R("dispute", "fr", "sasmeca", """Bonjour,

Cette facture a été annulée et remplacée par la F-2026-0436, que nous avons réglée le 10 novembre. Merci de la sortir de vos relances.

Cordialement""", "invoice already cancelled and replaced by another (paid): contests being chased", hard=1,
  rinv="F-2026-0423", inv=["F-2026-0423", "F-2026-0436"], d="11-17 16:05")
R("dispute", "en", "whitaker", """Dear Sirs,

We are withholding payment pending completion of the snagging list sent to your site manager on 3 November. Nothing on it has been addressed so far.

Regards,
J. Whitaker""", "UK: payment withheld pending snagging", d="12-04 10:30", lvl=2)

# =========================================================================== payment_difficulty
R("payment_difficulty", "fr", "tessier", """Bonjour,

Nous ne contestons pas la facture, mais nous ne pouvons pas la payer avant mars : deux gros chantiers nous ont été réglés avec retard et notre trésorerie est à sec.

Claire Tessier""", "negated dispute, cannot pay before March", hard=1, d="11-19 17:20")
R("payment_difficulty", "fr", "ines", """Bonjour, serait-il possible de régler en trois fois ? Le salon ne tourne pas beaucoup en ce moment. Merci de votre compréhension. Inès""",
  "asks for three instalments", d="11-23 11:45")
R("payment_difficulty", "fr", "logisud", """Madame, Monsieur,

Nous vous informons que la société LOGISUD SAS a été placée en redressement judiciaire par jugement du Tribunal de commerce d'Aix-en-Provence du 4 novembre 2026.

Conformément à l'article L622-7 du Code de commerce, nous ne sommes plus autorisés à régler les créances nées antérieurement à ce jugement. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire, SELARL Berthier & Associés, Me Anne Berthier, dans un délai de deux mois à compter de la publication au BODACC.

Cordialement,""", "receivership: cannot pay prior debts, declare the claim to the court-appointed representative",
  hard=1, d="11-20 10:30")
R("payment_difficulty", "fr", "caron", """Bonjour,
Trésorerie très tendue en ce moment, un gros client ne m'a pas payé (6 000 € dehors depuis septembre). Je peux vous faire 300 € maintenant et le reste en janvier, ça vous irait ?
G. Caron""", "cash-flow problem, proposes a part now and the rest in January", d="11-24 20:05")
R("payment_difficulty", "fr", "bonnet", """On attend le virement de notre client (la mairie de Vitré) pour vous payer, ça devrait arriver la semaine prochaine normalement. Désolé""",
  "payment depends on his own customer paying first (cash-flow), no firm date", hard=1, d="11-25 07:10")
R("payment_difficulty", "en", "whitaker", """Hi,

We're having some cash flow difficulties after a big customer went into administration owing us a fair bit. Could we split this into three monthly payments? I'd rather be upfront with you than go quiet.

James""", "cash flow, asks three monthly payments", d="11-25 18:00")
R("payment_difficulty", "fr", "noe", """Bonjour,

Pourriez-vous nous accorder un délai jusqu'au 15 janvier ? Nous attendons le versement d'honoraires importants début janvier.

Bien cordialement,
Pauline Noé""", "asks a delay until 15 January (the date named is kept)", d="11-26 09:40", prom="2027-01-15")
R("payment_difficulty", "fr", "pins", """Bonjour,

Hors saison nous n'avons quasiment aucune rentrée d'argent. Nous vous proposons de régler en avril, à la réouverture du camping. Merci de votre compréhension.

Famille Pujol""", "seasonal business asks to pay in April", d="11-18 16:16")
R("payment_difficulty", "fr", "gauthier", """Bonjour
je suis en arret maladie depuis un mois et mon activite est a l'arret, je ne peux pas payer pour le moment. je vous recontacte des que possible
Eric Gauthier""", "sick, business stopped, cannot pay now", d="11-27 10:50")
R("payment_difficulty", "fr", "sasmeca", """Bonjour,

Notre société fait l'objet d'une procédure de sauvegarde ouverte le 25 novembre 2026. Le règlement des factures antérieures est gelé jusqu'à l'adoption du plan. Vous recevrez prochainement un courrier de l'administrateur judiciaire.

Cordialement""", "safeguard procedure, payments frozen", hard=1, d="12-01 11:30")
R("payment_difficulty", "en", "karen", """Honestly I can't cover this right now. Could I do 200 a month? Sorry, I know it's not what you want to hear.""",
  "cannot pay, proposes monthly instalments", d="11-22 21:40")
R("payment_difficulty", "fr", "poulain", """Bonjour,

Je vous informe que ma société a été placée en liquidation judiciaire le 18 novembre. Toute correspondance doit désormais être adressée au liquidateur, Me Lefort, 12 rue de Nemours, 35000 Rennes - lefort@mj-ouest-liquidation.fr.

P. Poulain""", "liquidation: creditor must write to the liquidator (address given as new contact)", hard=1,
  d="11-23 09:05", nc="lefort@mj-ouest-liquidation.fr")
R("payment_difficulty", "fr", "petitspas", """Bonjour,

La subvention de la mairie n'est toujours pas arrivée et nos comptes sont vides. Nous ne pourrons régler qu'à son versement, probablement en janvier. Nous sommes désolés de ce contretemps.

Jean-Luc""", "association waiting for a grant, cannot pay before", d="11-21 14:20")
R("payment_difficulty", "fr", "michaud", """on peut faire un echeancier sur 4 mois ?""", "SMS style, asks 4-month instalment plan",
  d="11-18 12:30", nosig=1)
R("payment_difficulty", "en", "donovan", """Business has been slow this quarter. Is there any flexibility on the payment terms? Could we do net 90 on this one?

Mike""", "US: asks longer terms", d="11-24 15:15")
R("payment_difficulty", "fr", "vdb", """Bonjour,

Nous traversons une période difficile suite aux travaux de voirie devant la brasserie. Serait-il possible d'étaler le paiement sur trois mois ? D'avance, merci.

Bien à vous,""", "Belgian: asks to spread over three months", d="11-30 15:00")
R("payment_difficulty", "fr", "mercier", """Bonjour,

Je suis vraiment désolée de vous répondre si tard. Je traverse une période compliquée (séparation, déménagement) et mes finances sont au plus bas. Je ne veux pas ne pas vous payer, mais je ne peux vraiment pas tout régler d'un coup. Pourrions-nous convenir de mensualités ?

Isabelle""", "apologetic personal situation, asks monthly payments", d="12-02 22:10")
R("payment_difficulty", "fr", "lefevre", """Je ne conteste rien, le travail est très bien fait, mais honnêtement je ne peux pas payer ce mois-ci. Le mois prochain ça ira mieux.""",
  "'ne conteste rien' + cannot pay this month", hard=1, d="11-20 05:40")
R("payment_difficulty", "fr", "renaud", """vous serez paye quand mes clients me paieront. c'est a dire pas demain au train ou vont les choses""",
  "sarcastic: cannot pay until his customers pay", hard=1, d="12-03 19:20", nosig=1, lvl=2)
R("payment_difficulty", "en", "whitaker", """Hi,

Things are tight at the moment. Could you give us until the end of January? I'll settle in full then.

James""", "asks a delay to end of January (date kept)", hard=1, d="12-08 17:35", prom="2027-01-31")
R("payment_difficulty", "fr", "aubry", """Bonjour, ma banque a bloqué les paiements sortants le temps de régulariser un découvert. Je vous règle dès que c'est débloqué, désolé.""",
  "bank blocked payments (overdraft)", d="11-26 08:00")
R("payment_difficulty", "fr", "dupuis", """Bonjour,

La F-2026-0455 a été réglée hier. Pour la F-2026-0456, plus importante, nous vous proposons de la régler en deux fois : une moitié le 15 décembre et l'autre le 15 janvier. Merci de nous confirmer votre accord.

Cordialement,""", "one paid + instalments for the other: difficulty outranks paid; first instalment date kept", hard=1,
  rinv="F-2026-0456", inv=["F-2026-0455", "F-2026-0456"], d="11-27 11:05", prom="2026-12-15")
R("payment_difficulty", "fr", "helios", """Madame, Monsieur,

Suite à l'ouverture d'une procédure de redressement judiciaire à l'encontre de notre société le 2 décembre 2026, nous ne sommes plus autorisés à régler les factures antérieures à cette date. Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné.

Cordialement,""", "receivership, AP wording", hard=1, d="12-04 09:30")
R("payment_difficulty", "en", "murphy", """Look, January is always brutal for us. Can we do two instalments, one on the 15th of January and one on the 15th of February? Promise you'll get every cent.""",
  "asks two instalments; first date kept", hard=1, d="12-11 12:00", prom="2027-01-15")
R("payment_difficulty", "fr", "dubois", """Bonjour, je peux vous payer 200 € par mois à partir de décembre si ça vous va. Le magasin a du mal depuis l'ouverture du supermarché à côté.""",
  "proposes monthly payments", d="11-27 19:10")
R("payment_difficulty", "fr", "gaec", """Bonjour,

vu la secheresse de cet ete la recolte a ete catastrophique. Je vous demande un delai de paiement jusqu'a fin fevrier pour la FA-2026-141.

GAEC des trois chenes""", "second firm; asks delay until end of February", d="12-04 13:40", rinv="FA-2026-141",
  prom="2027-02-28", nosig=1)
R("payment_difficulty", "en", "nuvola", """Hi,

Transparency first: our funding round is delayed and all supplier payments are on hold until it closes. We expect to be able to pay in roughly six weeks. Sorry about this, we value working with you.

Best,
Yanis""", "startup: payments on hold until funding", d="12-01 10:10")
R("payment_difficulty", "fr", "rochat", """Bonjour,

Notre mandante, la société Delacrétaz Sàrl, traverse des difficultés passagères et sollicite un report d'échéance de soixante jours. Nous vous remercions de bien vouloir nous faire part de votre position.

Meilleures salutations""", "Swiss fiduciary asks a 60-day postponement for its client", d="11-25 10:00")
R("payment_difficulty", "fr", "pixelle", """Hello,

Merci pour la relance, et encore merci pour le super boulot sur la vitrine, la cliente est ravie ! Le projet de la boutique de Vannes avance aussi, on te recontacte en janvier pour le mobilier.

Par contre, pour être honnête, on a un gros trou de trésorerie en ce moment (deux clients en retard de paiement). Est-ce qu'on pourrait payer en deux fois, décembre et janvier ?

Léa""", "friendly thanks first; the instalment request is at the end", hard=1, d="11-25 17:45")
R("payment_difficulty", "en", "harbour", """Dear Sir or Madam,

Harbourview Hotels Ltd entered administration on 20 November 2026. Please direct all creditor correspondence to the joint administrators at creditors.harbourview@kpl-restructuring.co.uk, quoting your invoice number.

Accounts Department""", "UK administration (receivership) with administrators' address", hard=1, d="11-26 15:00",
  nc="creditors.harbourview@kpl-restructuring.co.uk", nosig=1)
R("payment_difficulty", "en", "priya", """Hi,

We've had a really bad quarter. Could we agree a payment plan? I'm happy to set up a standing order of EUR 400 a month until it's cleared.

Priya""", "asks a payment plan", d="11-30 09:55")
R("payment_difficulty", "fr", "villers", """Bonjour,

Le comité des fêtes a eu moins de recettes que prévu au marché de Noël. Pouvez-vous nous laisser un peu de temps ? On devrait pouvoir payer après la galette des rois.

Le trésorier, Bernard""", "association: little money, asks time until January", d="12-15 20:30")
R("payment_difficulty", "fr", "fournil", """Bonjour, le four a lâché la semaine dernière et la réparation m'a coûté une fortune. Je ne peux pas vous payer tout de suite, je peux faire un premier versement de 150 € fin décembre ?""",
  "unexpected expense, proposes a first instalment end of December (date kept)", d="11-30 05:15", prom="2026-12-31")
R("payment_difficulty", "fr", "ogec", """Bonjour,

Notre établissement rencontre actuellement des difficultés de trésorerie liées au retard de versement du forfait communal. Nous sollicitons un échéancier de paiement en trois mensualités (décembre, janvier, février).

Cordialement,""", "formal request for an échéancier", d="12-01 14:00")
R("payment_difficulty", "en", "lakeshore", """Hello,

Due to a company-wide cash preservation directive, all non-critical supplier payments are deferred by 30 days. Your invoice will therefore be paid 30 days after its current due date. We apologize for any inconvenience.

Accounts Payable""", "company-wide deferral of payments by 30 days (delay imposed, not a promise)", hard=1, d="11-18 14:30")

# =========================================================================== wrong_contact
R("wrong_contact", "fr", "arnaud", """Bonjour,

Je ne fais plus partie de la société depuis septembre. Merci d'écrire désormais à compta@pepinieres-arnaud.fr.

Cordialement,
Damien""", "former employee, gives accounting address", d="11-19 08:40", nc="compta@pepinieres-arnaud.fr", nosig=1)
R("wrong_contact", "fr", "hexalis", """Bonjour,

Cette adresse est réservée aux échanges avec nos fournisseurs déjà référencés. Merci d'adresser vos factures et relances exclusivement à factures@groupe-hexalis.com, qui alimente notre outil de traitement.

Cordialement,""", "AP: send invoices to the dedicated address", d="11-20 09:20", nc="factures@groupe-hexalis.com")
R("wrong_contact", "fr", "lefevre", """C'est ma femme qui gère les factures, voyez avec elle.""", "not the right person, no address given",
  d="11-18 06:30")
R("wrong_contact", "fr", "lambert", """Bonjour,

Vous m'écrivez sur mon adresse perso, merci d'utiliser l'adresse pro pour tout ce qui est facturation : hugo@lambert-design.fr

Hugo""", "personal vs professional address", d="11-24 12:25", nc="hugo@lambert-design.fr")
R("wrong_contact", "en", "priya", """Hi,

I'm on the operations side, not finance. Our accounts person is Tom - tom.baker@brightlane.co.uk. I've forwarded this to him as well.

Priya""", "UK: points to the finance person", d="11-18 13:10", nc="tom.baker@brightlane.co.uk")
R("wrong_contact", "fr", "tilleuls", """Bonjour,

Mme Durand ne fait plus partie de nos effectifs. Merci de contacter désormais M. Lopez, notre nouveau responsable administratif et financier : j.lopez@ehpad-lestilleuls.fr.

Cordialement,""", "person left, replacement given", d="11-23 10:00", nc="j.lopez@ehpad-lestilleuls.fr")
R("wrong_contact", "fr", "ogec", """Bonjour,

Je mets en copie notre expert-comptable, qui s'occupe des règlements fournisseurs. Merci de lui écrire directement à l'avenir.

Christine Lemaire""", "new contact only in the Cc header", hard=1, d="11-24 16:40", nc="cabinet@audit-nord-conseil.fr",
  cc="Audit Nord Conseil <cabinet@audit-nord-conseil.fr>", nosig=1)
R("wrong_contact", "fr", "faure", """Bonjour,

Nous sommes le cabinet d'expertise comptable de la SARL Boulangerie Lefèvre et non la société elle-même ; nous n'effectuons pas les paiements pour son compte. Merci d'adresser vos relances directement à notre client : marc.lefevre@boulangerie-lefevre.fr.

Bien cordialement,""", "accountant is not the debtor, gives the client's address", d="11-25 14:15",
  nc="marc.lefevre@boulangerie-lefevre.fr")
R("wrong_contact", "fr", "beausejour", """Bonjour,

Cette adresse est celle de la réception de l'hôtel et n'est pas consultée par la comptabilité. Pour toute question de facturation, merci d'écrire à direction@hotel-beausejour.fr.

Bonne journée,""", "reception address, not accounting", d="11-26 07:30", nc="direction@hotel-beausejour.fr")
R("wrong_contact", "fr", "lamy", """Bonjour,

La copropriété du 14 rue Pasteur n'est plus gérée par notre cabinet depuis le 1er octobre. Le nouveau syndic est le Cabinet Orion : gestion@orion-syndic.fr. Nous leur avons transmis les dossiers en cours.

Cordialement,""", "new property manager, new address", hard=1, d="11-19 11:00", nc="gestion@orion-syndic.fr")
R("wrong_contact", "fr", "mairie", """Bonjour,

Vos relances arrivent au service Enfance-Jeunesse. Merci d'adresser vos factures au service Finances : finances.mandatement@mairie-saint-aubin.fr

Cordialement,""", "wrong department of a town hall", d="11-27 09:50", nc="finances.mandatement@mairie-saint-aubin.fr",
  fname="Service Enfance-Jeunesse", faddr="enfance@mairie-saint-aubin.fr", envfrom="enfance@mairie-saint-aubin.fr", nosig=1)
R("wrong_contact", "en", "kestrel", """Dear Supplier,

This mailbox does not accept invoices or payment reminders. Please submit them through our supplier portal or to invoices.fr@kestrel-industries.com.

Regards,""", "AP: use the invoice mailbox", d="11-20 13:30", nc="invoices.fr@kestrel-industries.com", rl="fr")
R("wrong_contact", "en", "keller", """Dear Sir or Madam,

please send invoices and reminders only to rechnungseingang@keller-gmbh.de. Mails to this address are not processed.""",
  "German company: invoice mailbox", d="11-24 08:20", nc="rechnungseingang@keller-gmbh.de")
R("wrong_contact", "fr", "sbassist", """Bonjour,

Je ne m'occupe plus de la comptabilité de la Menuiserie Caron, c'est Julie Martin qui a repris (julie.martin@compta-services35.fr). Et au passage, je crois bien que cette facture avait été réglée en octobre.

Sophie""", "new contact + vague paid claim: wrong_contact outranks already_paid", hard=1, d="11-26 10:30",
  nc="julie.martin@compta-services35.fr")
R("wrong_contact", "fr", "vdb", """Bonjour,

Je ne suis plus gérante de la SPRL depuis le mois de juin. Veuillez vous adresser au nouveau gérant, M. Janssens.

Bien à vous,
A. Peeters""", "Belgian; person left, only a name given", d="11-30 11:45", nosig=1)
R("wrong_contact", "en", "karen", """Wrong Karen I think! You probably want Karen Liu at Liu Interiors, not Liu Design Studio. Happens all the time :)""",
  "not our customer, namesake; no address", hard=1, d="11-17 18:30")
R("wrong_contact", "fr", "michaud", """c pa moi c mon associé qui gere les factures""", "SMS style, partner handles invoices",
  d="11-19 12:10", nosig=1)
R("wrong_contact", "fr", "ines", """Bonjour,
Le salon a été vendu le 1er novembre, je n'en suis plus la gérante. La nouvelle propriétaire, Mme Caussade, est joignable à salon.caussade@gmail.com.
Inès""", "business sold, new owner's address", d="11-23 13:30", nc="salon.caussade@gmail.com")
R("wrong_contact", "fr", "girard", """Bonjour,
Veuillez envoyer vos factures à compta.girardetfils@outlook.fr, cette adresse est celle de l'atelier et personne ne la lit.
Cordialement""", "HTML-only; accounting address", m="html", d="11-30 08:10", nc="compta.girardetfils@outlook.fr")
R("wrong_contact", "fr", "helios", """Bonjour,

Je ne suis pas concernée, voir avec Nadia Ferreira (n.ferreira@helios-ingenierie.fr) qui gère les sous-traitants du chantier de Pertuis. Je la mets en copie.

Cordialement,
Agnès""", "internal redirect to a colleague, who is in Cc", hard=1, d="12-02 15:15", nc="n.ferreira@helios-ingenierie.fr",
  cc="Nadia Ferreira <n.ferreira@helios-ingenierie.fr>", nosig=1,
  extra="""De : Comptabilité HELIOS
Envoyé : mardi 1 décembre 2026 17:40
À : Agnès Mathieu
Objet : TR: Relance : facture

Agnès, c'est pour toi ?""")
R("wrong_contact", "en", "murphy", """Hi,

I've moved to a new role within the group. Please send anything finance-related to accounts@murphyevents.ie going forward.

Thanks,
Seán""", "Irish: moved role, use accounts mailbox", d="11-24 10:45", nc="accounts@murphyevents.ie")
R("wrong_contact", "fr", "clinvet", """Bonjour,
Le Dr Blanc a vendu la clinique en octobre. Merci d'envoyer la facturation à la nouvelle structure : facturation@vetalpes-groupe.fr
L'accueil""", "clinic sold, new billing address", d="11-26 14:40", nc="facturation@vetalpes-groupe.fr")
R("wrong_contact", "en", "donovan", """Not the right guy for this, that's my business partner Sal - sal@donovanbuilds.com. Copying him.""",
  "US: partner handles it", d="11-19 08:05", nc="sal@donovanbuilds.com", cc="sal@donovanbuilds.com")
R("wrong_contact", "fr", "roussel", """Bonjour, c'est mon ancienne adresse, je ne la consulte presque plus. Pour la facturation c'est roussel.traiteur.compta@gmail.com merci""",
  "old address, gives new", d="11-21 09:30", nc="roussel.traiteur.compta@gmail.com", nosig=1)
R("wrong_contact", "fr", "cotedor", """Bonjour,
Adressez-vous à notre cabinet comptable, Fidexa, qui règle nos fournisseurs : fournisseurs@fidexa.fr
Cordialement""", "accounting firm pays suppliers", d="11-24 11:05", nc="fournisseurs@fidexa.fr", nosig=1)
R("wrong_contact", "en", "sorelia", """Dear Supplier,

Please note that since 1 November 2026 the French entities' payables are handled by our Warsaw centre. Kindly redirect all reminders to ap.france-pl@sorelia-group.com.

Kind regards,""", "shared service moved, new mailbox", d="11-18 10:25", nc="ap.france-pl@sorelia-group.com", rl="fr")
R("wrong_contact", "fr", "pins", """Bonjour,
Je suis la fille des gérants, ils sont partis en vacances pour l'hiver et je relève juste le courrier. Il faut voir avec mon père directement, je lui transmettrai mais il ne lit pas ses mails.""",
  "relative reading the mail: not the right person, no address (and no promise)", hard=1, d="12-05 17:00", nosig=1)
R("wrong_contact", "en", "harbour", """Hello,

This invoice relates to our Brighton site, which has its own accounts team. Please forward it to brighton.accounts@harbourview-hotels.co.uk.

Thanks,""", "UK: other site's accounts team", d="11-20 11:00", nc="brighton.accounts@harbourview-hotels.co.uk")
R("wrong_contact", "fr", "bistrot", """Bonjour,
J'ai repris le Bistrot du Port au 1er novembre, les dettes de l'ancien exploitant ne me concernent pas. Voyez avec M. Le Guen, il est joignable à yannick.leguen29@orange.fr.""",
  "new owner: the debt is the previous operator's; gives his address", hard=1, d="11-22 11:30",
  nc="yannick.leguen29@orange.fr")
R("wrong_contact", "fr", "fleurs", """Bonjour, je ne suis qu'une employée, c'est la gérante qui s'occupe des paiements : nathalie@fleursdelys-nantes.fr. Bonne journée""",
  "employee points to the manager", d="11-28 10:20", nc="nathalie@fleursdelys-nantes.fr", nosig=1)

# =========================================================================== auto_reply
AS = {"Auto-Submitted": "auto-replied"}
MSX = {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-generated"}
LOOP = lambda a: {"X-MS-Exchange-Inbox-Rules-Loop": a, "X-Auto-Response-Suppress": "All"}  # noqa: E731
PREC = {"Precedence": "auto_reply"}
XAR = {"X-Autoreply": "yes", "X-Autorespond": "yes"}

R("auto_reply", "fr", "dupuis", """Bonjour,

Je suis absente du bureau jusqu'au 2 décembre inclus. Vos messages ne seront pas transférés.
Pour toute urgence, vous pouvez contacter l'accueil au 04 72 11 22 33.

Cordialement,
Sandrine Dupuis""", "classic out-of-office, Exchange headers", d="11-23 09:02", subj="Réponse automatique : {S}",
  q="none", nosig=1, hdr=LOOP("comptabilite@dupuis-btp.fr"), irt_always=1)
R("auto_reply", "fr", "hexalis", """Bonjour,

Nous avons bien reçu votre message et nous vous en remercions. Il a été enregistré sous la référence CSP-2026-118452 et sera traité dans un délai de 10 jours ouvrés.

Nous vous rappelons que les factures sont réglées à 45 jours fin de mois à compter de leur date de réception.

Ceci est un message automatique, merci de ne pas y répondre.""",
  "ticket acknowledgement that mentions payment terms (not a promise)", hard=1, d="11-17 09:03",
  subj="[CSP-2026-118452] Accusé de réception : {S}", q="none", nosig=1, hdr=AS,
  fname="Centre de Services Partagés", faddr="no-reply@groupe-hexalis.com", envfrom="bounce-csp@groupe-hexalis.com")
R("auto_reply", "en", "whitaker", """Thanks for your email. I'm out on site all week with limited signal and will reply when I can. For anything urgent call the workshop on 01632 960123.

James""", "Gmail vacation responder, no special header", hard=1, d="11-24 09:04", subj="Re: {S}", q="none", nosig=1)
R("auto_reply", "fr", "mairie", """Votre courriel a bien été reçu par les services de la Mairie de Saint-Aubin-sur-Loire. Il sera transmis au service concerné et traité dans les meilleurs délais.

Ce message est généré automatiquement.""", "town hall acknowledgement, no special header", d="11-17 09:01",
  subj="Accusé de réception", q="none", nosig=1, inv="", fname="Mairie de Saint-Aubin-sur-Loire",
  faddr="ne-pas-repondre@mairie-saint-aubin.fr", envfrom="ne-pas-repondre@mairie-saint-aubin.fr")
R("auto_reply", "fr", "faure", """Bonjour,

Je suis en congés du 21 décembre au 3 janvier inclus. Pendant mon absence, vous pouvez joindre le cabinet au 05 56 78 90 12 ou écrire à accueil@faure-expertise.fr.

Bonnes fêtes de fin d'année,
Élodie Martin""", "holiday absence with backup address (temporary, so not a new contact)", d="12-21 09:01",
  subj="Réponse automatique : {S}", q="none", nosig=1, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, irt_always=1)
R("auto_reply", "en", "sorelia", """Thank you for contacting Sorelia Group Accounts Payable.

Your request has been received and assigned case number AP-FR-0098812. Our standard response time is 5 business days. Please do not reply to this email; to add information, use the supplier portal and quote your case number.

This is an automated message.""", "AP ticket system acknowledgement", d="11-18 09:02",
  subj="Case AP-FR-0098812 created: {S}", q="none", nosig=1, hdr=AS, rl="fr",
  fname="Sorelia AP Service Desk", faddr="noreply.apdesk@sorelia-group.com", envfrom="noreply.apdesk@sorelia-group.com")
R("auto_reply", "fr", "noe", """Bonjour,

L'agence est fermée du 24 décembre au 4 janvier. Nous traiterons votre message à notre retour.

Belles fêtes !
L'équipe Noé Architectes""", "agency closed for the holidays, Apple Mail rule, no special header", d="12-24 09:02",
  subj="Fermeture de l'agence", q="none", nosig=1, inv="")
R("auto_reply", "en", "kestrel", """I am currently out of the office with no access to email, returning on Monday 30 November. Your message will not be forwarded. For urgent payment queries please contact ap.emea@kestrel-industries.com.""",
  "Exchange OOF in English", d="11-25 09:03", subj="Automatic reply: {S}", q="none", nosig=1,
  hdr=LOOP("m.nowak@kestrel-industries.com"), fname="Marta Nowak", faddr="m.nowak@kestrel-industries.com",
  envfrom="m.nowak@kestrel-industries.com", rl="fr", irt_always=1)
R("auto_reply", "fr", "renaud", """Bonjour, le garage est fermé pour congés annuels du 14 au 28 décembre. Merci de votre compréhension. Garage Renaud""",
  "Orange webmail vacation message, no header", d="12-14 09:05", subj="Absence", q="none", nosig=1, inv="")
R("auto_reply", "fr", "ogec", """Madame, Monsieur,

L'établissement est fermé pendant les vacances scolaires de Noël, du samedi 19 décembre 2026 au dimanche 3 janvier 2027. Le secrétariat de gestion rouvrira le lundi 4 janvier.

Les règlements fournisseurs reprendront à compter de cette date.

Cordialement,
La gestion de l'OGEC Sainte-Marie""", "closure notice saying payments resume on 4 January: still an automatic reply, no promise",
  hard=1, d="12-21 09:02", subj="Réponse automatique : {S}", q="none", nosig=1, hdr=PREC)
R("auto_reply", "en", "lakeshore", """Thank you for your message. This mailbox is monitored Monday through Friday, 8:00 AM to 5:00 PM Central Time. We will respond within 2-3 business days.

Please note: invoices must be sent to invoices@lakeshore-foods.com to be processed.

*** This is an automated response ***""", "AP mailbox auto-acknowledgement, mentions invoice mailbox (standing info, not a reply)",
  hard=1, d="11-17 02:01", subj="RE: {S}", q="none", nosig=1, hdr=XAR, rl="en")
R("auto_reply", "fr", "petitspas", """Bonjour et merci pour votre message !

Les bénévoles de l'association Les Petits Pas relèvent cette boîte une fois par semaine. Nous vous répondrons au plus vite.

À bientôt !""", "association's Gmail vacation responder, no header", d="11-17 09:02", subj="Re: {S}", q="none", nosig=1)
R("auto_reply", "fr", "helios", """Bonjour,

Je ne fais plus partie de la société HELIOS Ingénierie. Pour toute question relative à la comptabilité, merci d'écrire à compta@helios-ingenierie.fr.

Ce message est envoyé automatiquement.""", "automatic 'left the company' message with a permanent new address", hard=1,
  d="11-24 09:01", subj="Réponse automatique : {S}", q="none", nosig=1, hdr=MSX, nc="compta@helios-ingenierie.fr",
  fname="Bruno Caillaud", faddr="b.caillaud@helios-ingenierie.fr", envfrom="b.caillaud@helios-ingenierie.fr")
R("auto_reply", "en", "harbour", """Thank you for your email. Please note that our accounts office is closed from Thursday 24 December until Monday 4 January. Payments scheduled for that period will be processed on our return.""",
  "closure notice mentioning payments, automatic", hard=1, d="12-23 09:02", subj="Out of Office: {S}", q="none",
  nosig=1, hdr={"Auto-Submitted": "auto-replied"})
R("auto_reply", "fr", "tessier", """Je suis actuellement en déplacement avec un accès limité à mes e-mails. Je vous répondrai dès mon retour le 7 décembre.
Claire Tessier""", "short out-of-office, Outlook, no special header", d="12-01 09:01", subj="Absente du bureau : {S}",
  q="none", nosig=1)
R("auto_reply", "en", "keller", """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

Thank you for your message. I am out of the office until 4 December inclusive. Your e-mail will not be forwarded.""",
  "German/English bilingual OOF", d="11-27 09:03", subj="Abwesenheitsnotiz: {S}", q="none", nosig=1,
  hdr=LOOP("buchhaltung@keller-gmbh.de"), irt_always=1)
R("auto_reply", "fr", "lamy", """Bonjour,

Nous accusons réception de votre demande, enregistrée sous le numéro 2026-11-4471.

Nos gestionnaires vous répondront dans un délai de 72 heures ouvrées. Pour toute urgence technique (fuite, panne d'ascenseur), merci de contacter notre astreinte au 01 45 67 89 99.

Cabinet Lamy - Service relation copropriétaires""", "property manager ticket acknowledgement", d="11-19 09:02",
  subj="[Demande n°2026-11-4471] {S}", q="none", nosig=1, hdr=AS)
R("auto_reply", "fr", "cotedor", """Bonjour,
Nous sommes en pleines vendanges tardives et ne consultons nos mails que le soir. Nous vous répondrons rapidement.
Domaine de la Côte d'Or""", "seasonal auto message, no header", d="11-18 09:01", subj="Re: {S}", q="none", nosig=1)
R("auto_reply", "en", "nuvola", """Hi! 👋

Thanks for reaching out to Nuvola Finance. We've received your message and a member of the team will get back to you within 48 hours.

In the meantime, you can check the status of your invoices on our supplier portal.

— The Nuvola team""", "startup helpdesk auto-acknowledgement", d="11-17 09:01", subj="We received your request: {S}",
  q="none", nosig=1, hdr={"Auto-Submitted": "auto-replied", "X-Mailer": "Zendesk Mailer"},
  fname="Nuvola Support", faddr="support@nuvola.io", envfrom="support@nuvola.io")
R("auto_reply", "fr", "beausejour", """Merci pour votre message.

L'hôtel est fermé pour travaux jusqu'au 15 janvier 2027. Nous traiterons vos demandes à la réouverture.

L'équipe de l'Hôtel Beauséjour""", "hotel closed, automatic, no special header", d="12-09 09:02",
  subj="Réponse automatique : {S}", q="none", nosig=1)
R("auto_reply", "fr", "sasmeca", """Bonjour,

Je suis absent jusqu'au lundi 30 novembre.
En cas d'urgence, merci de contacter Mme Le Bihan au 02 99 00 11 23.

Cordialement.""", "out of office with backup phone", d="11-25 09:02", subj="Absence du bureau", q="none", nosig=1,
  hdr={"X-Auto-Response-Suppress": "All"}, inv="")
R("auto_reply", "en", "murphy", """Hi there,

I'm currently on annual leave and will be back on 6 January. Happy holidays!

Seán""", "Irish OOF, Outlook, no special header", d="12-18 09:05", subj="Automatic reply: {S}", q="none", nosig=1)
R("auto_reply", "fr", "vdb", """Bonjour,

Je suis absente ce vendredi 27 novembre. Je traiterai votre message dès lundi.

Bien à vous,
Annick Peeters""", "Belgian short OOF with Auto-Submitted", d="11-27 09:03", subj="Réponse automatique : {S}",
  q="none", nosig=1, hdr=AS)
R("auto_reply", "fr", "logisud", """Bonjour,

Votre message a bien été reçu par le service Comptabilité Fournisseurs de LOGISUD. Nous vous rappelons que seules les factures déposées sur notre plateforme Esker sont traitées.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.""", "AP automatic acknowledgement (quotes nothing)",
  d="11-18 09:04", subj="Accusé de réception automatique", q="none", nosig=1, hdr=PREC, inv="")
R("auto_reply", "en", "priya", """Hi,

I'm on maternity leave until March 2027. For anything urgent, please contact operations@brightlane.co.uk.

Priya""", "long leave OOF with backup address (temporary backup, not recorded as a new contact)", d="11-17 09:02",
  subj="Out of office: {S}", q="none", nosig=1, hdr={"X-Autoreply": "yes"})
R("auto_reply", "fr", "chevalier", """Je suis en congés jusqu'au 4 janvier, sans accès à mes mails. Bonnes fêtes.
OC""", "Apple Mail vacation rule: subject kept as 'Re:', no special header", hard=1, d="12-22 09:02", subj="Re: {S}",
  q="none", nosig=1)
R("auto_reply", "fr", "girard", """Bonjour,
Nous sommes actuellement en intervention. Votre message a bien été reçu et sera traité dès notre retour à l'atelier.
Girard & Fils""", "HTML-only Outlook automatic reply", d="11-20 09:02", subj="Réponse automatique : {S}", q="none",
  nosig=1, m="html", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, OOF, AutoReply"})
R("auto_reply", "en", "donovan", """I'm out of the office until Monday, November 30th with limited access to email. I will respond to your message when I return.

Mike""", "US OOF, Gmail, Auto-Submitted header", d="11-24 03:02", subj="Re: {S}", q="none", nosig=1, hdr=AS)
R("auto_reply", "fr", "clinvet", """Bonjour,
Merci pour votre message. Pour toute urgence concernant un animal, appelez le 04 76 12 12 12. Les messages reçus sur cette adresse sont traités sous 48 h.
La clinique""", "clinic generic auto response, no header", d="11-19 09:04", subj="Re: {S}", q="none", nosig=1)
R("auto_reply", "fr", "mercier", """Bonjour,

Je suis absente jusqu'au mercredi 25 novembre. Je prendrai connaissance de votre message à mon retour.

Isabelle Mercier""", "OOF sent by Apple iCloud rule, Precedence header", d="11-20 09:03", subj="Absente : {S}", q="none",
  nosig=1, hdr={"Precedence": "bulk", "Auto-Submitted": "auto-replied"})
R("auto_reply", "en", "lakeshore", """Your email has been received by the Lakeshore Foods Accounts Payable Vendor Inquiry line. Ticket #VIQ-552190 has been created.

Typical resolution time: 5-7 business days.""", "vendor inquiry ticket", d="12-02 02:01",
  subj="[Ticket #VIQ-552190] {S}", q="none", nosig=1, hdr={"Auto-Submitted": "auto-generated"}, rl="en", lvl=2)
R("auto_reply", "fr", "dubois", """Bonjour, l'épicerie est fermée le lundi. Nous vous répondrons dès mardi. Bonne journée !""",
  "weekly closure auto-response, no header", d="11-30 09:01", subj="Re: {S}", q="none", nosig=1)
R("auto_reply", "fr", "tilleuls", """Bonjour,

Je suis en formation du 7 au 9 décembre. Pour toute question concernant les factures, merci de vous adresser à Mme Richard, au secrétariat (03 80 45 45 46).

Cordialement,
M. Garnier""", "training absence with backup person", d="12-07 09:03", subj="Réponse automatique : {S}", q="none",
  nosig=1, hdr=LOOP("direction@ehpad-lestilleuls.fr"), irt_always=1)
R("auto_reply", "fr", "fournil", """Bonjour,
La boulangerie est fermée pour congés du 1er au 15 décembre. Réouverture le mercredi 16 décembre à 6h30.
Merci et à bientôt !""", "shop closure automatic reply quoting our reminder below, no special header", hard=1,
  d="12-01 09:04", subj="Re: {S}", nosig=1)
R("auto_reply", "en", "karen", """Hey! I'm traveling until Dec 8 and checking email sporadically. If this is about a project, I'll get back to you when I'm back.

Karen""", "US vacation responder, no header, quotes nothing", d="12-01 03:05", subj="Re: {S}", q="none", nosig=1)

# =========================================================================== bounce
PF = "This is the mail system at host {mx}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n"
B("postfix", "m.durand@ehpad-lestilleuls.fr", "Postfix DSN, user unknown", d="11-17 09:01",
  subj="Undelivered Mail Returned to Sender", frm="MAILER-DAEMON@mx1.atelier-morel.fr (Mail Delivery System)",
  text=PF.format(mx="mx1.atelier-morel.fr") + "<{R}>: host mx1.ehpad-lestilleuls.fr[51.91.12.4] said: 550 5.1.1\n    <{R}>: Recipient address rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)",
  diag="550 5.1.1 <m.durand@ehpad-lestilleuls.fr>: Recipient address rejected: User unknown in virtual mailbox table",
  remote="mx1.ehpad-lestilleuls.fr")
B("postfix", "jp.leroux@wanadoo.fr", "Postfix DSN with Orange/Wanadoo rejection OFR_416", lang="en", d="11-18 09:00",
  subj="Undelivered Mail Returned to Sender", frm="MAILER-DAEMON@mx1.atelier-morel.fr (Mail Delivery System)",
  text=PF.format(mx="mx1.atelier-morel.fr") + "<{R}>: host smtp-in.orange.fr[80.12.242.75] said: 550 5.1.1\n    <{R}>: Recipient address rejected: Adresse d au moins un\n    destinataire invalide. Invalid recipient. OFR_416 [416] (in reply to RCPT TO\n    command)",
  diag="550 5.1.1 <jp.leroux@wanadoo.fr>: Recipient address rejected: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
  remote="smtp-in.orange.fr", orig="headers")
B("postfix", "compta.caron@orange.fr", "Orange mailbox full (permanent after retries)", lang="en", d="11-24 09:06",
  subj="Undelivered Mail Returned to Sender", frm="MAILER-DAEMON@mx1.atelier-morel.fr (Mail Delivery System)",
  text=PF.format(mx="mx1.atelier-morel.fr") + "<{R}>: host smtp-in.orange.fr[80.12.242.75] said: 552 5.2.2\n    <{R}>: Boite du destinataire pleine. Recipient mailbox full.\n    OFR_417 [417] (in reply to RCPT TO command)",
  status="5.2.2", diag="552 5.2.2 <compta.caron@orange.fr>: Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]",
  remote="smtp-in.orange.fr", hard=1)
B("postfix", "contact@boulangerie-martin-69.fr", "domain does not exist (no remote MTA)", d="11-20 09:00",
  subj="Undelivered Mail Returned to Sender", frm="MAILER-DAEMON@mx1.atelier-morel.fr (Mail Delivery System)",
  text=PF.format(mx="mx1.atelier-morel.fr") + "<{R}>: Host or domain name not found. Name service\n    error for name=boulangerie-martin-69.fr type=MX: Host not found, try again",
  status="5.4.4", diag="Host or domain name not found. Name service error for name=boulangerie-martin-69.fr type=MX", remote=None)
B("postfix", "direction@hotel-lesmouettes.fr", "delivery gave up after 5 days (connection timed out)", d="11-23 09:12",
  subj="Undelivered Mail Returned to Sender", frm="MAILER-DAEMON@mx1.atelier-morel.fr (Mail Delivery System)",
  text=PF.format(mx="mx1.atelier-morel.fr") + "<{R}>: connect to mx.hotel-lesmouettes.fr[92.243.7.18]:25: Connection timed out",
  status="4.4.1", diag="connect to mx.hotel-lesmouettes.fr[92.243.7.18]:25: Connection timed out", kind_note="expired",
  hard=1)
B("exim", "factures@transports-lemoine.fr", "Exim bounce, multipart/report", d="11-19 09:01",
  subj="Mail delivery failed: returning message to sender", frm="Mail Delivery System <Mailer-Daemon@relay.atelier-morel.fr>",
  rep="relay.atelier-morel.fr",
  text="This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  {R}\n    host mx.transports-lemoine.fr [185.22.110.8]\n    SMTP error from remote mail server after RCPT TO:<{R}>:\n    550 5.1.1 No such user here",
  diag="550 5.1.1 No such user here", hdr={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "factures@transports-lemoine.fr"})
B("exim", "secretariat@cabinet-roux-notaires.fr", "Exim plain-text bounce with original headers inline", d="11-25 09:02",
  subj="Mail delivery failed: returning message to sender", frm="Mail Delivery System <Mailer-Daemon@relay.atelier-morel.fr>",
  rep="relay.atelier-morel.fr", shape="plain", orig_intro="------ This is a copy of the message, including all the headers. ------\n\n",
  text="This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  {R}\n    host mx1.cabinet-roux-notaires.fr [62.210.16.61]\n    SMTP error from remote mail server after end of data:\n    550 5.7.1 Message rejected as spam by Content Filtering.",
  hdr={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "secretariat@cabinet-roux-notaires.fr"}, hard=1)
B("qmail", "gerant@sarl-bati-est.fr", "qmail plain-text bounce", d="11-26 09:03",
  subj="failure notice", frm="MAILER-DAEMON@mail.sarl-bati-est.fr", rep="mail.sarl-bati-est.fr", shape="plain",
  orig_intro="--- Below this line is a copy of the message.\n\n",
  text="Hi. This is the qmail-send program at mail.sarl-bati-est.fr.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<{R}>:\nThis address no longer accepts mail.")
B("gmail", "atelier.bertin.deco@gmail.com", "Gmail 'Address not found' (second firm sends through Google Workspace)", d="11-30 10:14",
  rinv="FA-2026-127", subj="Delivery Status Notification (Failure)", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  rep="mx.google.com",
  text="\n** Address not found **\n\nYour message wasn't delivered to {R} because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
  diag="550-5.1.1 The email account that you tried to reach does not exist.", remote="gmail-smtp-in.l.google.com",
  html="<html><head></head><body><div>** Address not found **</div><p>Your message wasn't delivered to <b>{R}</b> because the address couldn't be found, or is unable to receive mail.</p></body></html>",
  hdr={"X-Failed-Recipients": "atelier.bertin.deco@gmail.com", "Auto-Submitted": "auto-replied"})
B("gmail", "paysage.durand@gmail.com", "Gmail NDR in French 'Adresse introuvable'", lang="fr", d="12-03 10:20",
  rinv="FA-2026-139", subj="Delivery Status Notification (Failure)", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  rep="mx.google.com",
  text="\n** Adresse introuvable **\n\nVotre message n'a pas pu être envoyé à {R}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.\n\nEn savoir plus : https://support.google.com/mail/?p=NoSuchUser\n\nLa réponse était :\n\n550 5.1.1 The email account that you tried to reach does not exist.",
  diag="550-5.1.1 The email account that you tried to reach does not exist.", remote="gmail-smtp-in.l.google.com",
  hdr={"X-Failed-Recipients": "paysage.durand@gmail.com"}, orig="headers")
B("o365", "s.lopez@groupe-hexalis.com", "Office 365 NDR in French 'Remise non effectuée'", lang="fr", d="11-26 09:01",
  subj="Remise non effectuée : {S}", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@atelier-morel.fr>",
  rep="PR3P192MB0712.EURP192.PROD.OUTLOOK.COM", status="5.1.10", remote=None,
  diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
  text="Votre message à {R} n'a pas pu être remis.\n\n{R} n'a pas été trouvé dans le domaine groupe-hexalis.com.\n\nAtelier Morel SARL\nExpéditeur\nAction requise\n\nAdresse e-mail introuvable\n\nComment résoudre ce problème\nL'adresse de messagerie est peut-être mal orthographiée ou n'existe pas. Vérifiez l'adresse du destinataire, puis renvoyez le message.\n\nDiagnostic pour les administrateurs\n\nServeur de génération : PR3P192MB0712.EURP192.PROD.OUTLOOK.COM\n{R}\nServeur distant retourné '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  html="<html><body><p>Votre message &agrave; <b>{R}</b> n'a pas pu &ecirc;tre remis.</p><p>Adresse e-mail introuvable</p></body></html>",
  hdr={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": "", "Content-Language": "fr-FR"}, hhow="q")
B("o365", "claire@tessier-sarl.fr", "Office 365 NDR in English 'Undeliverable'", d="12-02 09:01",
  subj="Undeliverable: {S}", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@atelier-morel.fr>",
  rep="AM9P192MB1203.EURP192.PROD.OUTLOOK.COM", status="5.4.1", remote=None,
  diag="550 5.4.1 Recipient address rejected: Access denied. [DB5PEPF00014B8F.eurprd04.prod.outlook.com]",
  text="Your message to {R} couldn't be delivered.\n\nclaire wasn't found at tessier-sarl.fr.\n\nAtelier Morel SARL    Office 365    claire\nAction Required                        Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n- Retype the recipient's address, then resend the message.",
  hdr={"X-MS-Exchange-Message-Is-Ndr": ""}, lvl=2)
B("ovh", "contact@jardins-lemaitre.fr", "OVH MX bounce in French (second firm)", lang="fr", d="11-27 09:05",
  rinv="FA-2026-115", subj="Message non délivré : {S}", frm="Mail Delivery System <MAILER-DAEMON@mx2.mail.ovh.net>",
  rep="mx2.mail.ovh.net",
  text="Ce message a été généré automatiquement par le logiciel de transmission des messages.\n\nLe message que vous avez envoyé n'a pas pu être délivré à un ou plusieurs destinataires. Il s'agit d'une erreur permanente. L'adresse suivante a échoué :\n\n  {R}\n    La boîte aux lettres n'existe pas\n    host mx1.mail.ovh.net\n    SMTP error from remote mail server after RCPT TO:<{R}>:\n    550 5.1.1 <{R}>: Recipient address rejected: User unknown",
  diag="550 5.1.1 <contact@jardins-lemaitre.fr>: Recipient address rejected: User unknown", remote="mx1.mail.ovh.net",
  hdr={"X-Failed-Recipients": "contact@jardins-lemaitre.fr"})
B("sendmail", "compta@menuiserie-garnier.com", "sendmail 'Returned mail: see transcript' with mailbox disabled", d="11-19 09:03",
  subj="Returned mail: see transcript for details", frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.menuiserie-garnier.com>",
  rep="mail.menuiserie-garnier.com", status="5.2.1",
  text="The original message was received at Thu, 19 Nov 2026 09:01:12 +0100\nfrom mx1.atelier-morel.fr [91.121.44.7]\n\n   ----- The following addresses had permanent fatal errors -----\n<{R}>\n    (reason: 550 5.2.1 Mailbox disabled for this recipient)\n\n   ----- Transcript of session follows -----\n... while talking to localhost:\n>>> RCPT To:<{R}>\n<<< 550 5.2.1 Mailbox disabled for this recipient\n550 5.1.1 <{R}>... User unknown",
  diag="550 5.2.1 Mailbox disabled for this recipient", orig="headers")
B("exchange_fr", "a.dupont@cabinet-vidal-avocats.fr", "on-premise Exchange NDR in French, plain text, no DSN part", lang="fr",
  d="12-07 09:02", subj="Non remis : {S}", frm="postmaster@cabinet-vidal-avocats.fr", rep="srv-exch01.cabinet-vidal.local",
  shape="plain", orig_intro="\n--- En-têtes du message d'origine ---\n\n",
  text="La remise aux destinataires ou groupes suivants a échoué :\n\n{R}\nLa boîte aux lettres du destinataire a été désactivée (la personne a quitté le cabinet). Contactez votre administrateur de messagerie.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : srv-exch01.cabinet-vidal.local\n{R}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
  hard=1, hhow="b")

# =========================================================================== other
R("other", "fr", "dupuis", """Bonjour,

Bien reçu, merci.

Cordialement,""", "acknowledgement without information", d="11-17 10:20")
R("other", "fr", "bonnet", "ok vu", "two-word ack, nothing about payment", d="11-18 07:15", nosig=1)
R("other", "fr", "fleurs", """Bonjour, pouvez-vous me communiquer votre RIB ? Je ne le trouve pas sur la facture. Merci ! Camille""",
  "asks for bank details (RIB)", d="11-20 14:05")
R("other", "fr", "arnaud", """Bonjour,

Nous avons bien reçu la facture, mais pas le RIB. Pourriez-vous nous l'envoyer ?

Cordialement""", "'bien reçu la facture mais pas le RIB': not a not_received", hard=1, d="11-19 16:50")
R("other", "fr", "lamy", """Bonjour,

Je transmets votre message au service comptabilité.

Cordialement,""", "'je transmets au service compta' without any promise", d="11-18 10:40")
R("other", "fr", "tessier", """Pouvez-vous me rappeler au 06 45 45 12 12 ? Je préfère en parler de vive voix.
Claire""", "phone-me request, nothing else", d="11-24 13:05", nosig=1)
R("other", "fr", "mercier", """Bonjour,

Au passage, pourriez-vous passer voir l'escalier de la maison de ma mère à Saint-Cloud ? Il y a deux marches qui grincent et une rampe à refixer. Je voudrais un devis.

Isabelle""", "unrelated request for a new quote", d="11-25 18:30")
R("other", "en", "whitaker", "Thanks, noted.\n\nJ", "English ack", d="11-19 08:40")
R("other", "en", "murphy", """Hi,

What's your IBAN and SWIFT/BIC? Our bank needs both for the transfer and they're not on the invoice.

Thanks,
Seán""", "asks for bank details before paying, no promise", hard=1, d="11-20 15:10")
R("other", "fr", "chevalier", """Bonjour,

Pouvez-vous me confirmer que la facture est bien établie au nom de la SCI Chevalier Patrimoine et non de Chevalier Conseil ? Mon comptable me pose la question.

Olivier""", "question about the billed entity, not a dispute", hard=1, d="11-23 09:15")
R("other", "fr", "pixelle", """Merci pour le rappel, je n'oublie jamais rien... sauf les factures apparemment 😅 Je regarde ça.

Léa""", "self-mocking; 'je regarde ça' is not a promise", hard=1, d="11-17 11:30")
R("other", "fr", "ines", """Bonjour, mon comptable va vous répondre. Inès""", "defers to accountant, no content", d="11-26 10:00")
R("other", "fr", "noe", """Bonjour,

Pouvez-vous m'envoyer le devis correspondant à cette facture, que je puisse faire le rapprochement ?

Bien cordialement,
Pauline""", "asks for the quote, not the invoice", hard=1, d="11-30 14:25")
R("other", "fr", "villers", """Bonjour, on peut payer par chèque ou vous préférez le virement ? Bernard""",
  "question about payment method, no commitment", hard=1, d="12-01 19:40")
R("other", "en", "harbour", """Good afternoon,

Could you please send us a statement of account? We would like to reconcile all open items on our side.

Kind regards,""", "asks a statement", d="11-25 14:30")
R("other", "fr", "roussel", """Merci, et joyeuses fêtes à toute l'équipe !""", "seasonal wishes only", d="12-18 17:00", nosig=1)
R("other", "fr", "caron", """Bonjour
Nous changeons d'adresse postale au 1er janvier : Menuiserie Caron, 5 rue des Tanneurs, 27000 Évreux. Merci de mettre à jour vos fiches.
G. Caron""", "postal address change (not an email contact)", hard=1, d="12-10 12:00")
R("other", "fr", "blanc", """bonjour, vous pouvez prélever directement sur mon compte ? ce serait plus simple pour moi""",
  "asks whether direct debit is possible", d="11-28 09:50", firm="vasseur", nosig=1)
R("other", "fr", "hexalis", """Bonjour,

Nous vérifions et revenons vers vous.

Cordialement,""", "'we check and come back': no information", d="11-19 11:00")
R("other", "en", "kestrel", """Hello,

Received, passing this on to our finance team.

Regards,""", "English 'passing on' without promise", d="11-27 10:30", rl="fr")
R("other", "fr", "vdb", """Bonjour,

Bien reçu, je fais suivre à notre comptable. Bonne journée.

Bien à vous,""", "Belgian: forwarded to accountant", d="11-18 11:20")
R("other", "fr", "rochat", """Bonjour,

Nous accusons bonne réception de votre courriel.

Meilleures salutations""", "human-written acknowledgement that reads like an automatic one", hard=1, d="11-20 08:15")
R("other", "fr", "gauthier", "", "empty reply (sent by mistake), only the quoted reminder", hard=1, d="11-22 20:10", sig="Eric")
R("other", "fr", "aubry", """Voici les photos du chantier comme demandé par votre collègue.""",
  "unrelated: sends job-site photos", d="11-19 12:12", att=[("IMG_5501.JPG", "jpg"), ("IMG_5502.JPG", "jpg")])
R("other", "en", "donovan", """Who is this? What is this invoice for?""", "asks what it is about", hard=1, d="11-17 10:10")
R("other", "fr", "lambert", "STOP", "looks like an unsubscribe", hard=1, d="11-18 23:02", nosig=1)
R("other", "en", "kestrel", """Hello,

Going forward, could you send your invoices and reminders in English? Our AP team is based in Kraków and the automatic translation of French documents is unreliable.

Regards,""", "language request", d="12-02 09:45", rl="fr")
R("other", "fr", "ogec", """Bonjour,

Pour compléter notre dossier fournisseur, pourriez-vous nous adresser votre attestation d'assurance décennale en cours de validité ainsi qu'un extrait Kbis de moins de trois mois ?

Cordialement,""", "administrative document request", d="11-30 10:30")
R("other", "fr", "logisud", """Bonjour,

Afin de créer votre compte fournisseur, merci de nous transmettre vos coordonnées bancaires complètes (RIB avec BIC) sur papier à en-tête de votre société.

Cordialement""", "supplier onboarding: asks bank details", d="11-24 15:50")
R("other", "en", "lambert", """Hello dear,

I came across your company profile and I am interested in your products for a large project in Ghana. Please send your catalogue and price list to my private email so we can discuss. Urgent.

Best regards,
Mr. Daniel Okafor
Procurement Director""", "spam-like unrelated message", d="11-21 03:33", q="none", subj="Business Inquiry - Urgent",
  inv="", nosig=1, fname="Daniel Okafor", faddr="d.okafor.procurement@gmail.com", envfrom="d.okafor.procurement@gmail.com")
R("other", "fr", "lambert", """Bonjour,

Votre entreprise n'apparaît pas dans les 3 premiers résultats Google pour « menuiserie Paris 11 ». Nous pouvons vous y placer en 30 jours, satisfait ou remboursé. Êtes-vous disponible pour un appel de 10 minutes cette semaine ?

Kevin
Référencement Express""", "SEO cold pitch replying on the thread", hard=1, d="11-26 10:05", nosig=1,
  fname="Kevin - Référencement Express", faddr="kevin@referencement-express.fr", envfrom="kevin@referencement-express.fr")
R("other", "en", "priya", "Thank you for your email. Noted with thanks.\n\nPriya", "polite English ack", d="12-03 09:30")
R("other", "fr", "poulain", """J'en parle à mon associé ce soir et je reviens vers vous.""", "vague, no commitment", d="11-24 18:45")
R("other", "fr", "michaud", """c pour quel chantier ? on a plusieurs factures chez vous""", "question: which job", d="11-26 12:40",
  nosig=1)
R("other", "en", "karen", """Hi! Random question - do you guys also do custom shelving? Friend of mine is looking. Will sort the invoice stuff separately.""",
  "unrelated question; 'will sort separately' is not a dated promise nor a payment", hard=1, d="11-24 11:11")
R("other", "fr", "girard", """Bonjour,
Pouvez-vous nous envoyer la facture en format Factur-X pour notre logiciel ? Merci.
Cordialement""", "format request although the invoice was received", hard=1, d="11-26 08:55")
R("other", "en", "lakeshore", """Hello,

To set you up in our vendor system, please complete the attached W-8BEN-E form and return it to us.

Thank you,""", "US AP asks tax form", d="11-19 11:00", att=[("W-8BEN-E.pdf", "pdf", "Form W-8BEN-E")])

# =========================================================================== wrapping machinery
INV_POOL_F = [f"F-2026-{n:04d}" for n in range(301, 700)]
INV_POOL_FA = [f"FA-2026-{n:03d}" for n in range(80, 161)]


def firm_of(inv: str) -> dict:
    return FIRMS["vasseur" if inv.startswith("FA-") else "morel"]


def inv_facts(inv: str, rng: random.Random, remind: dt.datetime, lvl: int, amt: float | None) -> dict:
    if amt is None:
        amt = 1250.00 if inv == "F-2026-0412" else round(rng.choice([180, 240, 360, 450, 600, 780, 960, 1200, 1440,
                                                                       1800, 2160, 2400, 3000, 3600, 4320, 5400,
                                                                       7200, 9600]) * rng.uniform(0.8, 1.25), 0) * 1.2
    ttc = round(amt, 2)
    ht = round(ttc / 1.2, 2)
    due = remind.date() - dt.timedelta(days={1: 2, 2: 9, 3: 16}[lvl])
    issue = due - dt.timedelta(days=30)
    return dict(inv=inv, ttc=ttc, ht=ht, due=due, issue=issue)


def reminder_subject(inv: str, lvl: int, rl: str) -> str:
    if rl == "fr":
        return {1: f"Relance : facture {inv} en attente de règlement",
                2: f"2e relance : facture {inv} impayée",
                3: f"Dernière relance avant mise en demeure : facture {inv}"}[lvl]
    return {1: f"Reminder: invoice {inv} awaiting payment",
            2: f"Second reminder: invoice {inv} overdue",
            3: f"Final reminder before formal notice: invoice {inv}"}[lvl]


def reminder_body(f: dict, firm: dict, lvl: int, rl: str, prev: dt.date) -> str:
    if rl == "fr":
        ref = (f"la facture n° {f['inv']} du {fr_date(f['issue'])}, d'un montant de {money_fr(f['ht'])} € HT, "
               f"soit {money_fr(f['ttc'])} € TTC, arrivée à échéance le {fr_date(f['due'])}")
        if lvl == 1:
            mid = (f"Sauf erreur de notre part, {ref}, reste impayée à ce jour. Vous la trouverez ci-jointe.\n\n"
                   "Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce "
                   "message. En cas de désaccord ou de question, n'hésitez pas à nous contacter.\n\n"
                   "Nous vous remercions par avance de votre règlement.")
        elif lvl == 2:
            mid = (f"Malgré notre précédent courriel du {fr_date(prev)}, nous constatons que {ref}, "
                   "reste impayée à ce jour. Vous la trouverez à nouveau ci-jointe.\n\n"
                   "Nous vous remercions de bien vouloir procéder à son règlement sous 15 jours. Si votre paiement "
                   "a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\n"
                   "Nous restons à votre disposition pour toute question.")
        else:
            mid = (f"Malgré nos relances du {fr_date(prev - dt.timedelta(days=7))} et du {fr_date(prev)}, "
                   f"{ref}, reste impayée.\n\n"
                   "Nous vous demandons de procéder à son règlement par virement sous 8 jours. À défaut, nous "
                   "serons contraints de vous adresser une mise en demeure. Nous vous rappelons que tout retard "
                   "de paiement entraîne l'application de pénalités de retard ainsi que d'une indemnité "
                   "forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce).\n\n"
                   "Nous vous remercions de votre diligence.")
        return f"Bonjour Madame, Monsieur,\n\n{mid}\n\nBien cordialement,\n{firm['name']}\n{firm['tel']}"
    ref = (f"invoice {f['inv']} dated {en_date(f['issue'])}, for EUR {money_en(f['ht'])} excl. VAT "
           f"(EUR {money_en(f['ttc'])} incl. VAT), due on {en_date(f['due'])}")
    if lvl == 1:
        mid = (f"According to our records, {ref}, remains unpaid. Please find it attached.\n\n"
               "If you have already paid it, please disregard this message. If you disagree or have any question, "
               "do not hesitate to contact us.\n\nThank you in advance for your payment.")
    elif lvl == 2:
        mid = (f"Further to our e-mail of {en_date(prev)}, {ref}, is still unpaid. Please find it attached again.\n\n"
               "We would be grateful if you could settle it within 15 days. If payment has been made in the "
               "meantime, please disregard this message.")
    else:
        mid = (f"Despite our reminders of {en_date(prev - dt.timedelta(days=7))} and {en_date(prev)}, {ref}, "
               "remains unpaid.\n\nPlease settle it by bank transfer within 8 days. Failing that, we will send you "
               "a formal notice. Late payment penalties and a fixed recovery fee of EUR 40 apply under French law.")
    return f"Dear Sir or Madam,\n\n{mid}\n\nKind regards,\n{firm['name']}\n{firm['tel']}"


def our_msgid(rng: random.Random, firm: dict) -> str:
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    tok = "".join(rng.choice(alpha) for _ in range(6))
    sig = "".join(rng.choice("0123456789abcdef") for _ in range(10))
    return f"<rb.{rng.randint(1, 900)}.{tok}.{sig}@{firm['dom']}>"


# ---------------------------------------------------------------- quote headers
def _h12(t: dt.datetime) -> tuple[int, str]:
    h = t.hour % 12 or 12
    return h, ("AM" if t.hour < 12 else "PM")


def wrap_lines(text: str, width: int, flowed: bool = False) -> str:
    """Hard-wrap each line the way Gmail (width 76-78) or Thunderbird (format=flowed, 72) do."""
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width:
            out.append(ln)
            continue
        parts = textwrap.wrap(ln, width=width, break_long_words=False, break_on_hyphens=False)
        if flowed:
            parts = [p + " " for p in parts[:-1]] + parts[-1:]
        out.extend(parts)
    return "\n".join(out)


def quote_plain(style: str, rm: dict, rng: random.Random) -> str:
    """Our reminder as quoted by the customer's client, plain-text flavour."""
    t: dt.datetime = rm["date"]
    fn, fa, subj, body, to = rm["fname"], rm["faddr"], rm["subj"], rm["body"], rm["to"]
    if style.startswith(("gmail", "tb", "orange", "roundcube", "yahoo")) and rm.get("wrap", True):
        body = wrap_lines(body, 76 if style.startswith("gmail") else 72, flowed=style.startswith("tb"))
    hm = t.strftime("%H:%M")

    def gt(lines: str, pfx: str = "> ") -> str:
        return "\n".join((pfx + ln) if ln else pfx.rstrip() for ln in lines.split("\n"))

    if style == "gmail_fr":
        sp = rng.choice([" ", "\u00a0", "\u202f", " "])
        head = f"Le {FR_DAB[t.weekday()]} {t.day} {FR_MAB[t.month - 1]} {t.year} à {hm}, {fn} <{fa}> a écrit{sp}:"
        r = rng.random()
        if r < 0.3:
            head = head.replace(f" <{fa}> a écrit", f" <{fa}>\na écrit")
        elif r < 0.45:
            head = head.replace(f"{fn} <{fa}>", f"{fn} <\n{fa}>")
        return head + "\n\n" + gt(body) + "\n"
    if style == "gmail_en":
        h, ap = _h12(t)
        sp = rng.choice([" ", "\u202f"])
        head = (f"On {EN_DAY[t.weekday()][:3]}, {EN_MON[t.month - 1][:3]} {t.day}, {t.year} at {h}:{t:%M}{sp}{ap} "
                f"{fn} <{fa}> wrote:")
        if rng.random() < 0.4:
            head = head.replace(f"<{fa}>", f"<\n{fa}>")
        return head + "\n\n" + gt(body) + "\n"
    if style in ("apple_fr", "mac_fr"):
        head = f"Le {t.day} {FR_MAB[t.month - 1]} {t.year} à {hm}, {fn} <{fa}> a écrit :"
        if style == "apple_fr":
            return gt(head + "\n\n" + body) + "\n"
        return head + "\n\n" + gt(body) + "\n"
    if style in ("apple_en", "mac_en"):
        if rng.random() < 0.5:
            head = f"On {t.day} {EN_MON[t.month - 1][:3]} {t.year}, at {hm}, {fn} <{fa}> wrote:"
        else:
            h, ap = _h12(t)
            head = f"On {EN_MON[t.month - 1][:3]} {t.day}, {t.year}, at {h}:{t:%M}\u202f{ap}, {fn} <{fa}> wrote:"
        if style == "apple_en":
            return gt(head + "\n\n" + body) + "\n"
        return head + "\n\n" + gt(body) + "\n"
    if style in ("outlook_fr", "outlook_fr_old", "origine_fr"):
        frm = f"{fn} [mailto:{fa}]" if style == "outlook_fr_old" else f"{fn} <{fa}>"
        blk = (f"De : {frm}\nEnvoyé : {FR_DAY[t.weekday()]} {t.day} {FR_MON[t.month - 1]} {t.year} {hm}\n"
               f"À : {to}\nObjet : {subj}\n\n{body}\n")
        if style == "origine_fr":
            return "-----Message d'origine-----\n" + blk
        return ("________________________________\n" if rng.random() < 0.6 else "\n") + blk
    if style in ("outlook_en", "origine_en"):
        h, ap = _h12(t)
        sent = (f"{EN_DAY[t.weekday()]}, {EN_MON[t.month - 1]} {t.day}, {t.year} {h}:{t:%M} {ap}"
                if rng.random() < 0.5 else f"{t.day:02d} {EN_MON[t.month - 1]} {t.year} {hm}")
        blk = f"From: {fn} <{fa}>\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{body}\n"
        if style == "origine_en":
            return "-----Original Message-----\n" + blk
        return "________________________________\n" + blk
    if style == "outlook_de":
        blk = (f"Von: {fn} <{fa}>\nGesendet: {DE_DAY[t.weekday()]}, {t.day}. {DE_MON[t.month - 1]} {t.year} {hm}\n"
               f"An: {to}\nBetreff: {subj}\n\n{body}\n")
        return blk
    if style == "tb_fr":
        return f"Le {t:%d/%m/%Y} à {hm}, {fn} a écrit :\n" + gt(body) + "\n"
    if style == "tb_en":
        return f"On {t:%d/%m/%Y} {hm}, {fn} wrote:\n" + gt(body) + "\n"
    if style == "orange":
        head = (f"Message du {t:%d/%m/%y} {hm}\nDe : \"{fn}\" <{fa}>\nA : {to}\nCopie à : \nObjet : {subj}\n\n")
        return gt(head + body) + "\n"
    if style == "yahoo_fr":
        return (f"Le {FR_DAY[t.weekday()]} {t.day} {FR_MON[t.month - 1]} {t.year} à {hm}:{rng.randint(0, 59):02d} "
                f"UTC+1, {fn} <{fa}> a écrit :\n\n\n" + gt(body) + "\n")
    if style == "roundcube":
        return f"Le {t:%Y-%m-%d} {hm}, {fn} a écrit :\n" + gt(body) + "\n"
    raise ValueError(style)


DEFAULT_QUOTE = {
    ("gmail", "fr"): "gmail_fr", ("gmail", "en"): "gmail_en",
    ("apple", "fr"): "apple_fr", ("apple", "en"): "apple_en",
    ("mac", "fr"): "mac_fr", ("mac", "en"): "mac_en",
    ("outlook", "fr"): "outlook_fr", ("outlook", "en"): "outlook_en", ("outlook", "de"): "outlook_de",
    ("o365", "fr"): "outlook_fr", ("o365", "en"): "outlook_en",
    ("android", "fr"): "outlook_fr", ("android", "en"): "outlook_en",
    ("tb", "fr"): "tb_fr", ("tb", "en"): "tb_en", ("orange", "fr"): "orange", ("yahoo", "fr"): "yahoo_fr",
    ("roundcube", "fr"): "roundcube",
}


# ---------------------------------------------------------------- HTML rendering
def ent(s: str) -> str:
    """Outlook-style HTML escaping: named entities for accents."""
    s = html.escape(s, quote=False)
    out = []
    for ch in s:
        o = ord(ch)
        if o == 0xA0:
            out.append("&nbsp;")
        elif o > 127 and o in codepoint2name:
            out.append(f"&{codepoint2name[o]};")
        elif o > 127 and o > 0xFFFF:
            out.append(f"&#{o};")
        else:
            out.append(ch)
    return "".join(out)


def lines_html(text: str, family: str) -> str:
    if family == "outlook":
        ps = []
        for ln in text.split("\n"):
            ps.append(f'<p class="MsoNormal">{ent(ln) if ln.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
        return "\n".join(ps)
    if family == "gmail":
        out = []
        for ln in text.split("\n"):
            out.append(f"<div>{html.escape(ln, quote=False) if ln.strip() else '<br>'}</div>")
        return "".join(out)
    return "<br>\n".join(html.escape(ln, quote=False) for ln in text.split("\n"))


def build_html(fam: str, words: str, rm: dict | None, style: str, pos: str, cs: str, rng: random.Random,
               extra: str = "") -> str:
    if fam in ("outlook", "o365", "android"):
        q = ""
        if rm:
            t = rm["date"]
            if style.endswith("_en"):
                h, ap = _h12(t)
                hdr = (f"<b>From:</b> {ent(rm['fname'])} &lt;{rm['faddr']}&gt;<br>\n<b>Sent:</b> "
                       f"{EN_DAY[t.weekday()]}, {EN_MON[t.month - 1]} {t.day}, {t.year} {h}:{t:%M} {ap}<br>\n"
                       f"<b>To:</b> {ent(rm['to'])}<br>\n<b>Subject:</b> {ent(rm['subj'])}")
            elif style == "outlook_de":
                hdr = (f"<b>Von:</b> {ent(rm['fname'])} &lt;{rm['faddr']}&gt;<br>\n<b>Gesendet:</b> "
                       f"{DE_DAY[t.weekday()]}, {t.day}. {ent(DE_MON[t.month - 1])} {t.year} {t:%H:%M}<br>\n"
                       f"<b>An:</b> {ent(rm['to'])}<br>\n<b>Betreff:</b> {ent(rm['subj'])}")
            else:
                hdr = (f"<b>De&nbsp;:</b> {ent(rm['fname'])} &lt;{rm['faddr']}&gt;<br>\n<b>Envoy&eacute;&nbsp;:</b> "
                       f"{FR_DAY[t.weekday()]} {t.day} {FR_MON[t.month - 1]} {t.year} {t:%H:%M}<br>\n"
                       f"<b>&Agrave;&nbsp;:</b> {ent(rm['to'])}<br>\n<b>Objet&nbsp;:</b> {ent(rm['subj'])}")
            q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 f'<p class="MsoNormal">{hdr}<o:p></o:p></p>\n</div>\n' + lines_html(rm["body"], "outlook"))
        xtra = lines_html(extra, "outlook") if extra else ""
        main = lines_html(words, "outlook")
        inner = (q + "\n" + main) if pos == "bottom" else (main + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
                                                          + xtra + "\n" + q)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if fam == "gmail":
        q = ""
        if rm:
            head = re.sub(r"<\n", "<", quote_plain(style, rm, rng).split("\n\n", 1)[0]).replace("\n", " ")
            head = html.escape(head, quote=False).replace(rm["faddr"], f'<a href="mailto:{rm["faddr"]}">{rm["faddr"]}</a>')
            q = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + head +
                 '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">' + lines_html(rm["body"], "gmail") + "</blockquote></div>")
        xtra = f'<div><br></div>{lines_html(extra, "gmail")}' if extra else ""
        main = f'<div dir="ltr">{lines_html(words, "gmail")}{xtra}</div>'
        return (q + "\n" + main if pos == "bottom" else main + "<br>" + q) + "\n"
    # apple / mac / generic webmails
    q = ""
    if rm:
        head = quote_plain(style, rm, rng).split("\n")[0].lstrip("> ")
        q = (f'<div><br><blockquote type="cite">{html.escape(head, quote=False)}<br><br></blockquote></div>'
             f'<blockquote type="cite"><div>{lines_html(rm["body"], "x")}</div></blockquote>')
    xtra = f"<div><br>{lines_html(extra, 'x')}</div>" if extra else ""
    main = f"<div>{lines_html(words, 'x')}</div>{xtra}"
    body = (q + main) if pos == "bottom" else (main + q)
    return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
            f'<body dir="auto">{body}</body></html>\n')


# ---------------------------------------------------------------- MIME leaves
CODEC = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "iso-8859-15": "iso8859_15",
         "us-ascii": "ascii"}


def can_encode(text: str, cs: str) -> bool:
    try:
        text.encode(CODEC[cs])
        return True
    except UnicodeEncodeError:
        return False


def leaf(text: str, subtype: str, cs: str, cte: str, *, declared: str | None = None, flowed: bool = False,
         actual: str | None = None) -> Message:
    raw = text.encode(CODEC[actual or cs], errors="replace" if actual else "strict")
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "qp"
    m = Message()
    ct = f'text/{subtype}; charset="{declared or cs}"'
    if flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        m["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        m["Content-Transfer-Encoding"] = "base64"
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
        m["Content-Transfer-Encoding"] = "8bit"
    else:
        payload = raw.decode("ascii")
        m["Content-Transfer-Encoding"] = "7bit"
    m.set_payload(payload)
    return m


def multipart(sub: str, parts: list[Message], boundary: str) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{sub}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


FAKE_PDF_TMPL = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                 "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                 "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
                 "4 0 obj << /Length 120 >> stream\nBT /F1 11 Tf 50 780 Td ({txt}) Tj ET\nendstream endobj\n"
                 "trailer << /Root 1 0 R >>\n%%EOF\n")
FAKE_JPG = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + bytes(range(64)) + \
    bytes.fromhex("ffc0000b080010001001011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9")
FAKE_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def attachment(spec: tuple, rng: random.Random) -> Message:
    name, kind = spec[0], spec[1]
    txt = spec[2] if len(spec) > 2 else "Avis de virement SEPA - execute"
    if kind == "pdf":
        data, ctype = FAKE_PDF_TMPL.format(txt=txt).encode("latin-1"), "application/pdf"
    elif kind == "jpg":
        data, ctype = FAKE_JPG, "image/jpeg"
    elif kind == "png":
        data, ctype = FAKE_PNG, "image/png"
    else:
        data, ctype = txt.encode("utf-8"), "application/octet-stream"
    m = Message()
    if name.isascii():
        m["Content-Type"] = f'{ctype}; name="{name}"'
        m["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        m["Content-Type"] = ctype
        m.set_param("name", Header(name, "utf-8").encode())
        m.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


# ---------------------------------------------------------------- headers
def enc_header(s: str, cs: str, how: str) -> str:
    """Encode a header value the way a given client would."""
    if s.isascii():
        return s
    if how == "raw8":
        return s.encode("utf-8").decode("ascii", "surrogateescape")
    ch = _charset.Charset(cs)
    ch.header_encoding = _charset.BASE64 if how == "b" else _charset.QP
    return Header(s, ch, header_name="Subject").encode(maxlinelen=76)


def addr_header(name: str, addr: str, cs: str, how: str) -> str:
    if not name:
        return addr
    if name.isascii():
        if re.search(r"[(),.:;<>@\[\]\"']", name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{enc_header(name, cs, how)} <{addr}>"


def rfc_date(t: dt.datetime, rng: random.Random, style: str = "std") -> str:
    s = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if style == "nozero":
        s = s.replace(f", {t:%d} ", f", {t.day} ")
    if style == "cet":
        s += " (CET)"
    return s


def client_msgid(fam: str, addr: str, rng: random.Random, t: dt.datetime) -> str:
    dom = addr.split("@")[1]
    hx = lambda n: "".join(rng.choice("0123456789ABCDEF") for _ in range(n))  # noqa: E731
    al = lambda n: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))  # noqa: E731
    if fam == "gmail":
        return f"<CA{al(2)}+{al(40)}@mail.gmail.com>"
    if fam == "outlook":
        return f"<000{rng.randint(0, 9)}01db{hx(4).lower()}${hx(8).lower()}${hx(8).lower()}@{dom}>"
    if fam in ("o365", "android"):
        srv = f"PR{rng.randint(1, 3)}P{rng.randint(190, 195)}MB{rng.randint(1000, 9999)}"
        return f"<{srv}{hx(24)}@{srv}.EURP{rng.randint(190, 195)}.PROD.OUTLOOK.COM>"
    if fam in ("apple", "mac"):
        return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{dom}>"
    if fam == "orange":
        return f"<{rng.randint(100000000, 999999999)}.{rng.randint(1000, 99999)}.{int(t.timestamp() * 1000)}@wwinf{rng.randint(1000, 9999)}>"
    if fam == "yahoo":
        return f"<{rng.randint(10 ** 9, 10 ** 10)}.{rng.randint(10 ** 6, 10 ** 7)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    if fam == "roundcube":
        return f"<{hx(32).lower()}@{dom}>"
    return f"<{hx(8).lower()}-{hx(4).lower()}-{hx(4).lower()}-{hx(4).lower()}-{hx(12).lower()}@{dom}>"


RECEIVED_FROM = {
    "gmail": "mail-wm1-f{n}.google.com (mail-wm1-f{n}.google.com [209.85.128.{n}])",
    "outlook": "smtp.{dom} (smtp.{dom} [195.154.{n}.{m}])",
    "o365": "EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on20{n}.outbound.protection.outlook.com [40.107.21.{n}])",
    "android": "EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on21{n}.outbound.protection.outlook.com [40.107.249.{n}])",
    "apple": "smtp.{dom} (smtp.{dom} [91.121.{n}.{m}])",
    "mac": "ssl0.ovh.net (ssl0.ovh.net [193.70.18.{n}])",
    "orange": "smtp-out{n}.orange.fr (smtp-out{n}.orange.fr [80.12.242.{m}])",
    "tb": "smtpauth.{dom} (smtpauth.{dom} [212.27.42.{n}])",
    "yahoo": "sonic3{n}-{m}.consmr.mail.ir2.yahoo.com (sonic3{n}-{m}.consmr.mail.ir2.yahoo.com [77.238.177.{n}])",
    "roundcube": "mo{n}.mail-out.ovh.net (mo{n}.mail-out.ovh.net [178.32.228.{m}])",
}

MAILER = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "apple": ("X-Mailer", "iPhone Mail (22B91)"),
    "mac": ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    "tb": ("User-Agent", "Mozilla Thunderbird"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "orange": ("X-Mailer", "Orange Messagerie"),
    "yahoo": ("X-Mailer", "WebService/1.1.22876 YMailNorrin"),
}

MOBILE_SIG = {"apple": {"fr": "Envoyé de mon iPhone", "en": "Sent from my iPhone"},
              "android": {"fr": "Obtenir Outlook pour Android", "en": "Sent from Outlook for Android"}}


# ---------------------------------------------------------------- one reply
def seed_of(s: str) -> random.Random:
    return random.Random(int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:16], 16))


def parse_d(d: str | None, rng: random.Random, tzmin: int) -> dt.datetime:
    tz = dt.timezone(dt.timedelta(minutes=tzmin))
    if d:
        mo, rest = d.split("-", 1)
        day, hm = rest.split(" ")
        h, mi = hm.split(":")
        return dt.datetime(YEAR, int(mo), int(day), int(h), int(mi), rng.randint(0, 59), tzinfo=tz)
    while True:
        day = dt.date(YEAR, 11, 4) + dt.timedelta(days=rng.randint(0, 44))
        if day.weekday() < 5 or rng.random() < 0.1:
            break
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def build_reply(e: dict, idx: int) -> tuple[Message, dict]:
    rng = seed_of(e["body"] + e["note"])
    name, addr, fam, loc, sig = C[e["c"]]
    if "sig" in e:
        sig = e["sig"]
    tzmin = e.get("tz", TZ_US if addr.endswith(".com") and loc == "en" and fam != "o365" else TZ[loc])
    if e["c"] in ("lakeshore", "donovan", "karen"):
        tzmin = TZ_US
    t = parse_d(e.get("d"), rng, tzmin)
    lvl = e.get("lvl", 1)
    rinv = e.get("rinv") or rng.choice([i for i in (INV_POOL_FA if e.get("firm") == "vasseur" else INV_POOL_F)
                                          if i not in USED])
    USED.add(rinv)
    firm = firm_of(rinv)
    rl = e.get("rl", "en" if loc in ("en", "de") else "fr")
    # our reminder: sent at 09:00 Paris time, a weekday, 0-4 days before the reply
    paris = dt.timezone(dt.timedelta(hours=1))
    tp = t.astimezone(paris)
    back = e.get("back", rng.choice([0, 0, 1, 1, 2, 3, 4, 6]))
    rd = tp.date() - dt.timedelta(days=back)
    if back == 0 and (tp.hour, tp.minute) < (9, 20):
        rd -= dt.timedelta(days=1)
    while rd.weekday() >= 5:
        rd -= dt.timedelta(days=1)
    rdt = dt.datetime(rd.year, rd.month, rd.day, 9, rng.choice([0, 0, 0, 1, 2]), rng.randint(0, 59), tzinfo=paris)
    facts = inv_facts(rinv, rng, rdt, lvl, e.get("amt"))
    prev = rd - dt.timedelta(days=7)
    rsubj = reminder_subject(rinv, lvl, rl)
    rbody = reminder_body(facts, firm, lvl, rl, prev)
    rmid = our_msgid(rng, firm)
    to_disp = e.get("rto", f"{name} <{addr}>" if rng.random() < 0.5 else addr)
    rm = dict(date=rdt.astimezone(dt.timezone(dt.timedelta(minutes=tzmin))), fname=firm["name"], faddr=firm["addr"],
              subj=rsubj, body=rbody, to=to_disp)

    # ---- the visible text
    words = e["body"].strip("\n")
    words = "\n".join(ln.rstrip() for ln in words.split("\n"))
    if not e.get("nosig") and sig:
        sep = "-- \n" if fam in ("tb", "roundcube") and rng.random() < 0.7 else ""
        words += "\n\n" + sep + sig
    if fam in MOBILE_SIG and not e.get("nosig") and rng.random() < 0.85:
        words += "\n\n" + MOBILE_SIG[fam]["en" if e["lang"] == "en" and fam == "android" else loc if loc in ("fr", "en") else "en"]
    words_html = words
    if fam == "gmail" and e.get("pos") != "raw" and rng.random() < 0.8:
        words = wrap_lines(words, 78)
    elif fam == "tb":
        words = wrap_lines(words, 72, flowed=True)
    style = e.get("q") or DEFAULT_QUOTE.get((fam, loc)) or DEFAULT_QUOTE.get((fam, "fr"))
    if fam in ("outlook", "o365") and "q" not in e and rng.random() < 0.2:
        style = "origine_fr" if loc == "fr" else ("origine_en" if loc == "en" else style)
    pos = e.get("pos", "top")
    extra = e.get("extra", "").strip("\n")
    if style == "none" or pos == "raw":
        rm_used = None
        plain = words + "\n"
    else:
        rm_used = rm
        qp = quote_plain(style, rm, rng)
        if pos == "bottom":
            plain = qp + "\n" + words + "\n"
        else:
            plain = words + "\n\n" + (extra + "\n\n" if extra else "") + qp
    # ---- charset / encodings
    default_cs = {"outlook": rng.choice(["iso-8859-1", "iso-8859-1", "windows-1252", "utf-8"]),
                  "o365": "utf-8", "android": "utf-8", "gmail": "utf-8", "apple": "utf-8", "mac": "utf-8",
                  "tb": "utf-8", "orange": rng.choice(["utf-8", "iso-8859-1"]), "yahoo": "utf-8",
                  "roundcube": "utf-8"}[fam]
    cs = e.get("cs", default_cs)
    mislabel = e.get("mislabel")
    if not mislabel and not can_encode(plain + name, cs):
        cs = "windows-1252" if can_encode(plain, "windows-1252") else "utf-8"
    default_cte = {"outlook": "qp", "o365": rng.choice(["b64", "qp"]), "android": "b64", "gmail": "qp",
                   "apple": "qp", "mac": "qp", "tb": "8bit", "orange": rng.choice(["qp", "8bit"]),
                   "yahoo": "qp", "roundcube": rng.choice(["qp", "8bit"])}[fam]
    cte = e.get("cte", default_cte)
    default_m = {"outlook": "alt", "o365": "alt", "android": "alt", "gmail": "alt", "apple": rng.choice(["plain", "alt"]),
                 "mac": "alt", "tb": "plain", "orange": "alt", "yahoo": "alt", "roundcube": "plain"}[fam]
    shape = e.get("m", default_m)
    atts = [attachment(a, rng) for a in e.get("att", [])]
    declared, actual = None, None
    if mislabel == "cp1252-as-latin1":
        declared, actual, cs = "iso-8859-1", "windows-1252", "windows-1252"
    elif mislabel == "latin1-as-utf8":
        declared, actual, cs = "utf-8", "iso-8859-1", "iso-8859-1"
    flowed = fam == "tb"
    ptext = leaf(plain, "plain", cs, cte, declared=declared, actual=actual, flowed=flowed)
    bnd_n = rng.randint(10 ** 11, 10 ** 12)
    if fam == "gmail":
        bnd = lambda k: f"000000000000{bnd_n:012x}"[-24:-2] + f"{k:02x}"  # noqa: E731
    elif fam in ("outlook",):
        bnd = lambda k: f"----=_NextPart_{k:03d}_{bnd_n % 65536:04X}_01DB{bnd_n % 9999:04d}.{bnd_n % 10 ** 8:08X}"  # noqa: E731
    elif fam in ("o365", "android"):
        bnd = lambda k: f"_{k:03d}_PR3P192MB{bnd_n % 10000:04d}{bnd_n:012X}EURP_"  # noqa: E731
    elif fam in ("apple", "mac"):
        bnd = lambda k: f"Apple-Mail={k}_{bnd_n:X}-{bnd_n % 7777:04X}-4C1A-9E1D-{bnd_n % 10 ** 12:012X}"  # noqa: E731
    else:
        bnd = lambda k: f"=_{k}{bnd_n:x}{k}"  # noqa: E731
    if shape in ("alt", "html", "related"):
        hcs = "utf-8" if mislabel else cs
        h = build_html(fam, words_html, rm_used, style if rm_used else "", pos, hcs, rng, extra)
        if fam in ("outlook", "o365", "android") and shape == "related":
            h = h.replace("</div>\n</body>", '<p class="MsoNormal"><img width="120" height="40" '
                          'src="cid:image001.png@01DB3A2F.5B8E3C40" alt="logo"></p>\n</div>\n</body>', 1)
        hpart = leaf(h, "html", hcs, "qp" if cte == "8bit" else cte)
        if shape == "html":
            body = hpart
        elif shape == "related":
            img = attachment(("image001.png", "png"), rng)
            del img["Content-Disposition"]
            img["Content-Disposition"] = 'inline; filename="image001.png"'
            img["Content-ID"] = "<image001.png@01DB3A2F.5B8E3C40>"
            body = multipart("alternative", [ptext, multipart("related", [hpart, img], bnd(2))], bnd(1))
        else:
            body = multipart("alternative", [ptext, hpart], bnd(1))
    else:
        body = ptext
    if atts:
        body = multipart("mixed", [body, *atts], bnd(0))

    # ---- headers
    hcs_name = {"outlook": rng.choice(["iso-8859-1", "windows-1252"]) if cs != "utf-8" else "utf-8"}.get(fam, "utf-8")
    how = e.get("hhow") or {"gmail": "b" if rng.random() < 0.5 else "q", "outlook": "b" if rng.random() < 0.3 else "q", "o365": "b", "android": "b",
                            "apple": "q", "mac": "q", "tb": "q", "orange": "q", "yahoo": "q", "roundcube": "q"}[fam]
    pre = e.get("pre") or {"gmail": "Re: ", "apple": "Re: ", "mac": "Re: ", "tb": "Re: ", "roundcube": "Re: ",
                           "yahoo": "Re: ", "orange": "RE: ", "outlook": rng.choice(["RE: ", "RE : "]),
                           "o365": "RE: ", "android": "RE: "}[fam]
    if loc == "de":
        pre = e.get("pre", "AW: ")
    subj = e.get("subj", "{P}{S}").replace("{S}", rsubj).replace("{P}", pre)
    top = Message()
    mx = firm["mx"]
    recv_from = RECEIVED_FROM[fam].format(dom=addr.split("@")[1], n=rng.randint(10, 99), m=rng.randint(2, 250))
    top["Return-Path"] = f"<{e.get('envfrom', addr)}>"
    top["Delivered-To"] = firm["addr"]
    arr = t + dt.timedelta(seconds=rng.randint(2, 40))
    top["Received"] = (f"from {recv_from}\n\tby {mx} (Postfix) with ESMTPS id {rng.randint(10 ** 9, 10 ** 10):X}\n"
                       f"\tfor <{firm['addr']}>; {rfc_date(arr.astimezone(paris), rng)}")
    if fam in ("o365", "android"):
        top["ARC-Authentication-Results"] = "i=1; mx.microsoft.com 1; spf=none; dmarc=none; dkim=none"
    top["From"] = addr_header(e.get("fname", name), e.get("faddr", addr), hcs_name, how)
    to = e.get("to") or (f"{firm['name']} <{firm['addr']}>" if rng.random() < 0.6 else firm["addr"])
    if fam in ("outlook", "o365", "android") and "to" not in e and rng.random() < 0.5:
        to = f"'{firm['name']}' <{firm['addr']}>"
    top["To"] = to
    if e.get("cc"):
        top["Cc"] = e["cc"]
    top["Subject"] = enc_header(subj, hcs_name if how != "raw8" else "utf-8", how)
    drop = set(e.get("drop", []))
    r_drop = rng.random()
    if r_drop < 0.04 and not e.get("prom"):
        drop.add("date")
    elif r_drop < 0.10:
        drop.add("mid")
    if fam in ("orange", "yahoo", "roundcube") and rng.random() < 0.3 and not e.get("irt_always"):
        drop.add("irt")
    if "date" not in drop:
        top["Date"] = rfc_date(t, rng, rng.choice(["std", "std", "std", "nozero", "cet"]) if fam in ("tb", "roundcube") else "std")
    if "mid" not in drop:
        top["Message-ID"] = client_msgid(fam, addr, rng, t)
    if ("irt" not in drop and style != "none") or e.get("irt_always"):
        top["In-Reply-To"] = rmid
        refs = [rmid]
        if lvl > 1 and rng.random() < 0.5:
            refs.insert(0, our_msgid(rng, firm))
        top["References"] = " ".join(refs) if len(refs) < 2 else "\n ".join(refs)
    if fam in ("outlook", "o365", "android"):
        top["Thread-Topic"] = enc_header(rsubj if "{S}" in e.get("subj", "{S}") else subj, hcs_name, how)
        top["Thread-Index"] = "AQH" + base64.b64encode(rng.randbytes(18)).decode()
        top["Content-Language"] = {"fr": "fr-FR", "en": "en-GB", "de": "de-DE"}[loc]
        if fam != "outlook":
            top["X-MS-Has-Attach"] = "yes" if atts else ""
            top["X-MS-TNEF-Correlator"] = ""
    if fam in MAILER:
        top[MAILER[fam][0]] = MAILER[fam][1]
    for k, v in e.get("hdr", {}).items():
        top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    label_inv = e.get("inv", rinv)
    if isinstance(label_inv, list):
        label_inv = " ".join(label_inv)
    lab = dict(category=e["cat"], invoices=label_inv, promised_date=e.get("prom", ""), new_contact=e.get("nc", ""),
               hard="yes" if e.get("hard") else "no", note=e["note"], lang=e["lang"], crlf=e.get("crlf", rng.random() < 0.25))
    return top, lab


# ---------------------------------------------------------------- bounces
def our_reminder_msg(rcpt: str, rinv: str, rng: random.Random, when: dt.datetime, rl: str, lvl: int) -> tuple[Message, str]:
    firm = firm_of(rinv)
    facts = inv_facts(rinv, rng, when, lvl, None)
    subj = reminder_subject(rinv, lvl, rl)
    body = reminder_body(facts, firm, lvl, rl, when.date() - dt.timedelta(days=7))
    m = Message()
    m["Return-Path"] = f"<bounces+{rng.randint(1000, 9999)}@{firm['dom']}>"
    m["From"] = f"{firm['name']} <{firm['addr']}>"
    m["To"] = rcpt
    m["Subject"] = enc_header(subj, "utf-8", "q")
    m["Date"] = rfc_date(when, rng)
    m["Message-ID"] = our_msgid(rng, firm)
    m["MIME-Version"] = "1.0"
    inner = leaf(body, "plain", "utf-8", "qp")
    pdf = attachment((f"{rinv}.pdf", "pdf", f"Facture {rinv}"), rng)
    mm = multipart("mixed", [inner, pdf], f"===============rb{rng.randint(10 ** 8, 10 ** 9)}==")
    for k, v in mm.items():
        m[k] = v
    m._payload = mm._payload
    return m, subj


def headers_only(m: Message) -> str:
    return "".join(f"{k}: {v}\n" for k, v in m.items())


def build_bounce(e: dict, idx: int) -> tuple[Message, dict]:
    rng = seed_of(e["rcpt"] + e["note"])
    t = parse_d(e.get("d"), rng, 60)
    sent = t - dt.timedelta(seconds=rng.randint(3, 300))
    if e["kind"] == "delayed_ndr":
        sent = t - dt.timedelta(days=2)
    rinv = e.get("rinv") or rng.choice([i for i in INV_POOL_F if i not in USED])
    USED.add(rinv)
    firm = firm_of(rinv)
    orig, osubj = our_reminder_msg(e["rcpt"], rinv, rng, sent, e.get("rl", "fr"), e.get("lvl", 1))
    kind = e["kind"]
    frm = e.get("frm", "MAILER-DAEMON@" + firm["mx"])
    subj = e["subj"].replace("{S}", osubj)
    text = e["text"].replace("{R}", e["rcpt"]).replace("{S}", osubj).strip("\n") + "\n"
    rep = e.get("rep", firm["mx"])
    qid = f"{rng.randint(10 ** 9, 10 ** 10):X}"
    top = Message()
    top["Return-Path"] = "<>"
    top["Delivered-To"] = firm["addr"]
    top["Received"] = f"by {firm['mx']} (Postfix)\n\tid {qid}; {rfc_date(t, rng)}"
    top["Date"] = rfc_date(t, rng)
    top["From"] = frm
    top["To"] = firm["addr"]
    top["Subject"] = enc_header(subj, "utf-8", e.get("hhow", "q"))
    top["Message-ID"] = f"<{rng.randint(10 ** 8, 10 ** 9)}.{qid}@{rep}>"
    for k, v in e.get("hdr", {}).items():
        top[k] = v
    top["MIME-Version"] = "1.0"
    if e.get("shape", "report") == "plain":
        body = leaf(text + "\n" + (e.get("orig_intro", "--- Below this line is a copy of the message.\n\n")) +
                    orig.as_string(policy=email.policy.compat32).split("\n\n", 1)[0] + "\n", "plain",
                    e.get("cs", "us-ascii") if text.isascii() else "utf-8", "7bit" if text.isascii() else "qp")
    else:
        human = leaf(text, "plain", "us-ascii" if text.isascii() else "utf-8", "7bit" if text.isascii() else "qp")
        if e.get("html"):
            human = multipart("alternative", [human, leaf(e["html"].replace("{R}", e["rcpt"]), "html", "utf-8", "qp")],
                              f"alt-{qid}")
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        ds["Content-Description"] = "Delivery report"
        action = e.get("action", "failed")
        m1, m2 = Message(), Message()
        m1["Reporting-MTA"] = f"dns; {rep}"
        if kind == "postfix":
            m1["X-Postfix-Queue-ID"] = qid
            m1["X-Postfix-Sender"] = f"rfc822; {firm['addr']}"
        m1["Arrival-Date"] = rfc_date(sent, rng)
        m2["Final-Recipient"] = f"rfc822; {e['rcpt']}"
        if kind != "o365":
            m2["Original-Recipient"] = f"rfc822;{e['rcpt']}"
        m2["Action"] = action
        m2["Status"] = e.get("status", "5.1.1")
        if e.get("remote", "x") is not None:
            m2["Remote-MTA"] = f"dns; {e.get('remote', 'mx.' + e['rcpt'].split('@')[1])}"
        m2["Diagnostic-Code"] = f"smtp; {e.get('diag', '550 5.1.1 User unknown')}"
        ds.set_payload([m1, m2])
        if e.get("orig", "full") == "full":
            om = Message()
            om["Content-Type"] = "message/rfc822"
            om["Content-Description"] = "Undelivered Message"
            om.set_payload([orig])
        else:
            om = Message()
            om["Content-Type"] = "text/rfc822-headers"
            om["Content-Description"] = "Undelivered Message Headers"
            om.set_payload(headers_only(orig))
        body = Message()
        body["Content-Type"] = f'multipart/report; report-type=delivery-status;\n\tboundary="{qid}.{rng.randint(10 ** 9, 10 ** 10)}/{rep}"'
        body.attach(human)
        body.attach(ds)
        body.attach(om)
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    lab = dict(category="bounce", invoices=rinv, promised_date="", new_contact="", hard="yes" if e.get("hard") else "no",
               note=e["note"], lang=e["lang"], crlf=e.get("crlf", False))
    return top, lab


# ---------------------------------------------------------------- main
def to_bytes(m: Message, crlf: bool) -> bytes:
    fp = BytesIO()
    pol = email.policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0, policy=pol).flatten(m)
    return fp.getvalue()


USED: set[str] = set()


def main() -> None:
    for e in ENTRIES + BOUNCES:
        for k in ("rinv", "inv"):
            v = e.get(k)
            USED.update(v if isinstance(v, list) else ([v] if v else []))
    items = [("r", e) for e in ENTRIES] + [("b", e) for e in BOUNCES]
    order = list(range(len(items)))
    random.Random(20261117).shuffle(order)
    for old in OUT.glob("reply_*.eml"):
        old.unlink()
    rows = []
    for n, i in enumerate(order, 1):
        kind, e = items[i]
        msg, lab = (build_reply if kind == "r" else build_bounce)(e, n)
        fname = f"reply_{n:03d}.eml"
        (OUT / fname).write_bytes(to_bytes(msg, lab.pop("crlf")))
        rows.append(dict(file=fname, **lab))
    with open(OUT / "labels.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["file", "category", "invoices", "promised_date", "new_contact", "hard", "note"])
        for r in rows:
            w.writerow([r["file"], r["category"], r["invoices"], r["promised_date"], r["new_contact"], r["hard"], r["note"]])
    check(rows)


def body_text(msg) -> str:
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as exc:  # pragma: no cover
                out.append(f"<undecodable {exc}>")
        elif part.get_content_type() == "message/rfc822":
            pass
    return "\n".join(out)


def check(rows: list[dict]) -> None:
    from collections import Counter
    problems = 0
    for r in rows:
        raw = (OUT / r["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = str(msg["subject"]) + "\n" + str(msg["cc"] or "") + "\n" + body_text(msg)
        flat = html.unescape(text)
        for inv in r["invoices"].split():
            num = inv.split("-")[-1]
            if num.lstrip("0") not in flat:
                print(f"!! {r['file']}: invoice {inv} not visible", file=sys.stderr)
                problems += 1
        if r["new_contact"] and r["new_contact"].lower() not in flat.lower():
            print(f"!! {r['file']}: new contact {r['new_contact']} not visible", file=sys.stderr)
            problems += 1
        if r["promised_date"]:
            dt.date.fromisoformat(r["promised_date"])
            if msg["date"]:
                sent = msg["date"].datetime.date()
                if dt.date.fromisoformat(r["promised_date"]) < sent:
                    print(f"!! {r['file']}: promised date before reply date", file=sys.stderr)
                    problems += 1
        if r["category"] == "already_paid" and r["promised_date"]:
            print(f"!! {r['file']}: already_paid with a promised date", file=sys.stderr)
            problems += 1
    cats = Counter(r["category"] for r in rows)
    langs = Counter(r["lang"] for r in rows)
    hard = sum(r["hard"] == "yes" for r in rows)
    print(f"{len(rows)} files, hard={hard}, languages={dict(langs)}")
    for c in CATEGORIES:
        print(f"  {c:20s} {cats.get(c, 0)}")
    if problems:
        print(f"{problems} problem(s)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
