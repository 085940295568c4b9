#!/usr/bin/env python3
"""Build the FOURTH held-out labelled reply set (holdout4) for relancebot's reply classifier.

Every customer text below was written by hand for this set (new customers, new wording; none copied from
tests/corpus/replies/, holdout/, holdout2/ or holdout3/). Only the *wrapping* is reused: this script imports
tests/corpus/holdout3/build_holdout3.py, which imports holdout2, holdout and replies/build_corpus.py, and calls
their helpers for client headers, quote styles, MIME shapes, charsets, attachments and bounce reports.
Added here: replies dated 4 June - 12 October 2029 (French summer time +0200, UK +0100, US East -0400,
Poland/Netherlands/Belgium/Germany +0200), invoices F-2029-NNNN and FA-2029-NNN, new customers, new bounce texts.

Run:  .venv/bin/python tests/corpus/holdout4/build_holdout4.py
Deterministic; overwrites holdout4_*.eml and labels.tsv in this folder, then checks them.
"""
from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import html
import importlib.util
import random
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build_holdout3", OUT.parent / "holdout3" / "build_holdout3.py")
h3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(h3)   # defines the earlier sets' entries too; they are only used for the overlap report
h2, hb, bc = h3.h2, h3.hb, h3.bc

bc.INV_POOL_F = [f"F-2029-{n:04d}" for n in range(101, 500)]
bc.INV_POOL_FA = [f"FA-2029-{n:03d}" for n in range(11, 160)]

DISCL_FR, DISCL_EN, DISCL_DE = bc.DISCL_FR, bc.DISCL_EN, h3.DISCL_DE
DISCL_AV = ("Ce message et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel "
            "de l'avocat. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le supprimer.")
DISCL_US = ("CONFIDENTIALITY NOTICE: This message may contain attorney-client privileged or confidential information. "
            "If you are not the intended recipient, please notify the sender by reply email and delete this message.")

NEW4_C = {
    # ------------------------------------------------------------ French-speaking
    "lebrun": ("Menuiserie Lebrun", "menuiserie.lebrun@orange.fr", "orange", "fr", ""),
    "cabaubry": ("Cabinet Aubry Conseil", "fournisseurs@cabinet-aubry-conseil.fr", "o365", "fr",
                 "Stéphanie Gomez\nCollaboratrice comptable\nCabinet Aubry Conseil - Expertise comptable\n"
                 "3 rue du Palais, 86000 Poitiers\n05 49 00 00 00\n\n" + DISCL_FR),
    "mairiestj": ("Mairie de Saint-Julien-des-Prés", "comptabilite@saint-julien-des-pres.fr", "outlook", "fr",
                  "Service comptabilité\nMairie de Saint-Julien-des-Prés\n1 place de l'Église, 72240 Saint-Julien-des-Prés\n02 43 00 00 00"),
    "balto": ("Le Balto", "lebalto.tabacpresse@gmail.com", "android", "fr", ""),
    "osteo": ("Julie Marchand", "julie.marchand.osteo@gmail.com", "gmail", "fr",
              "Julie Marchand\nOstéopathe D.O.\nCabinet d'ostéopathie des Remparts, Dinan"),
    "treteaux": ("Compagnie des Tréteaux", "compagnie.treteaux@gmail.com", "gmail", "fr",
                 "Compagnie des Tréteaux - théâtre amateur\nAssociation loi 1901, Angoulême"),
    "plastiform": ("Plastiform Industrie - Comptabilité", "comptabilite@plastiform-industrie.fr", "outlook", "fr",
                   "Comptabilité fournisseurs\nPLASTIFORM INDUSTRIE SAS\nZA de la Janais, 35170 Bruz\nTél. 02 99 00 00 00"),
    "margaux": ("Margaux Fontaine", "chezmargaux.epicerie@icloud.com", "apple", "fr", ""),
    "delcourt": ("Sophie Delcourt", "s.delcourt@delcourt-avocats.fr", "mac", "fr",
                 "Sophie Delcourt\nAvocat au Barreau de Rouen\n12 rue Jeanne-d'Arc, 76000 Rouen\n\n" + DISCL_AV),
    "tleon": ("La Table de Léon", "latabledeleon@yahoo.fr", "yahoo", "fr", ""),
    "elecpro": ("Elec Pro 86", "contact@elecpro86.fr", "tb", "fr",
                "Yannick Morin\nSARL Elec Pro 86 - Électricité générale\n06 12 00 00 00"),
    "msp": ("Maison de santé du Val", "secretariat@msp-duval.fr", "roundcube", "fr", ""),
    "pixel": ("Léa - Studio Pixel Nord", "lea@studiopixelnord.fr", "gmail", "fr", "Léa\nStudio Pixel Nord · Roubaix"),
    "rigal": ("BOUCHERIE RIGAL", "boucherie.rigal@wanadoo.fr", "orange", "fr", ""),
    "otsi": ("Office de Tourisme du Val de Loir", "direction@ot-valdeloir.fr", "outlook", "fr",
             "Direction\nOffice de Tourisme du Val de Loir (EPIC)\n4 quai de la Loire, 41100 Vendôme"),
    "corinne": ("Corinne Vidal - Assistante indépendante", "corinne.vidal.assistance@gmail.com", "gmail", "fr",
                "Corinne Vidal\nAssistante administrative indépendante\n06 70 00 00 00"),
    # ------------------------------------------------------------ English-writing
    "bramley": ("Hannah Cole", "hannah@bramleyfinch.co.uk", "outlook", "en",
                "Hannah Cole\nOffice Manager\nBramley & Finch Interiors Ltd\n22 Park Row, Leeds LS1 5JF"),
    "clyde": ("Gordon McKay", "clydesidejoinery@gmail.com", "gmail", "en", "Gordon\nClydeside Joinery, Glasgow"),
    "harbor": ("Maggie Doyle", "maggie@harborstreetcoffee.com", "gmail", "en",
               "Maggie Doyle\nHarbor Street Coffee Co.\nPortland, ME"),
    "nordlicht": ("Nordlicht Events GmbH - Buchhaltung", "buchhaltung@nordlicht-events.de", "outlook", "de",
                  "Mit freundlichen Grüßen / Best regards\nMarkus Schäfer\nBuchhaltung / Accounting\nNordlicht Events GmbH\n"
                  "Hansaring 41, 50670 Köln\n\n" + DISCL_DE),
    "vantwest": ("Accounts Payable - Van 't West Logistics", "ap@vantwest.nl", "o365", "en",
                 "Accounts Payable\nVan 't West Logistics B.V.\nMoerdijk, The Netherlands\n\n" + DISCL_EN),
    "kessler": ("Kessler Moran LLP - Accounts Payable", "ap@kesslermoran.com", "o365", "en",
                "Accounts Payable\nKessler Moran LLP\n200 State Street, Boston, MA 02109\n\n" + DISCL_US),
    "ashgrove": ("Ashgrove Academy Trust - Finance", "finance@ashgroveacademies.org.uk", "o365", "en",
                 "Finance Team\nAshgrove Academy Trust\n\n" + DISCL_EN),
    "kowal": ("Anna Wiśniewska", "biuro@kowaltrans.pl", "gmail", "en", "Anna Wiśniewska\nKowal Trans sp. z o.o., Poznań"),
    "pennine": ("Dave Holroyd", "daveholroyd.plumbing@outlook.com", "android", "en", ""),
    "maes": ("Maes Printing - Finance", "finance@maesprinting.be", "o365", "en",
             "Finance department\nMaes Printing NV\nGent, Belgium\n\n" + DISCL_EN),
}
for _k in NEW4_C:
    assert _k not in bc.C, _k
bc.C.update(NEW4_C)

ZONE_TZ = {"fr": 120, "uk": 60, "us_e": -240}
ZONE_OF = {"bramley": "uk", "clyde": "uk", "ashgrove": "uk", "pennine": "uk", "harbor": "us_e", "kessler": "us_e"}
FIRST, LAST = dt.date(2029, 6, 4), dt.date(2029, 10, 12)


def tz_for(c: str) -> int:
    return ZONE_TZ[ZONE_OF.get(c, "fr")]


ENTRIES: list[dict] = []
BOUNCES: list[dict] = []


def H(cat: str, lang: str, c: str, body: str, note: str, **kw) -> None:
    """One hand-written reply; keywords as in build_corpus.R, d= is 'YYYY-MM-DD HH:MM' (sender's local time)."""
    assert cat in bc.CATEGORIES, cat
    assert c in NEW4_C, c
    assert kw.get("d"), "every entry carries its date"
    assert FIRST <= dt.date.fromisoformat(kw["d"][:10]) <= LAST, kw["d"]
    kw.setdefault("tz", tz_for(c))
    if bc.C[c][2] == "outlook" and bc.C[c][3] == "en":
        kw.setdefault("pre", "RE: ")
    ENTRIES.append(dict(cat=cat, lang=lang, c=c, body=body, note=note, **kw))


def BNC(kind: str, rcpt: str, note: str, **kw) -> None:
    assert FIRST <= dt.date.fromisoformat(kw["d"][:10]) <= LAST, kw["d"]
    BOUNCES.append(dict(cat="bounce", kind=kind, rcpt=rcpt, note=note, lang=kw.pop("lang", "en"), **kw))


AS, MSX, PREC, XAR, LOOP = bc.AS, bc.MSX, bc.PREC, bc.XAR, bc.LOOP
MOREL, VASSEUR = bc.FIRMS["morel"]["addr"], bc.FIRMS["vasseur"]["addr"]
ol_block, D = hb.ol_block, hb.D

# =========================================================================== already_paid (19)
H("already_paid", "fr", "lebrun", """bjr
regle par cheque la semaine derniere, il a du se croiser avec votre mail
cdt JP Lebrun""", "joiner, no accents: paid by cheque last week", d="2029-06-12 07:40", nosig=1)
H("already_paid", "fr", "balto", """ok c'est fait""", "very short 'ok c'est fait' after a reminder: payment done", hard=1,
  d="2029-07-03 18:22", nosig=1)
H("already_paid", "fr", "pixel", """Hello,

On a payé hier normalement, c'est Théo qui a lancé le virement depuis Qonto. Dis-moi si tu vois rien arriver d'ici jeudi, je regarderai avec lui.

Léa""", "design studio, hedged: transfer launched yesterday by a colleague", hard=1, d="2029-06-19 10:15", nosig=1)
H("already_paid", "fr", "cabaubry", """Bonjour,

Pour le compte de notre cliente, la SARL Boulangerie Dufour, nous vous informons que la facture F-2029-0212 a été réglée le 14 juin par virement depuis son compte professionnel. Vous trouverez ci-joint la copie de l'ordre de virement.

Bien cordialement,""", "accountant reports the client's transfer of 14 June (third party reports payment)", d="2029-06-19 11:30",
  rinv="F-2029-0212", att=[("Ordre_virement_Dufour_14062029.pdf", "pdf", "Ordre de virement SEPA - Boulangerie Dufour")])
H("already_paid", "fr", "mairiestj", """Bonjour,

Renseignement pris auprès du Service de gestion comptable de La Flèche, le mandat correspondant à votre facture a été pris en charge et mis en paiement le 3 juillet. Les fonds devraient donc être sur votre compte, ou le seront très prochainement.

Cordialement,""", "town hall: public accountant put the mandate into payment on 3 July (money left)", hard=1,
  d="2029-07-09 14:20")
H("already_paid", "fr", "margaux", """Bonjour,

Je suis passée à votre atelier samedi matin et j'ai laissé un chèque à votre collègue, un grand monsieur avec une casquette, je ne connais pas son nom. Il a dû le poser quelque part !

Bonne journée,
Margaux""", "grocer left a cheque with a staff member on Saturday", d="2029-07-16 09:05", nosig=1)
H("already_paid", "fr", "delcourt", """Madame, Monsieur,

Ma secrétaire me confirme que le règlement est parti le 28 juin, par virement depuis le compte professionnel du cabinet. Je vous remercie de vérifier de votre côté.

Bien à vous,""", "lawyer: transfer left on 28 June", d="2029-07-02 18:40", firm="vasseur")
H("already_paid", "fr", "elecpro", """Bonjour,

Je profite de votre mail pour faire le point sur le chantier Gambetta. Les gaines de la deuxième tranche sont passées, il reste le tableau du 2e étage et les prises du local vélo. Je vous envoie la semaine prochaine le devis pour la deuxième cage d'escalier, le syndic nous l'a demandé. Attention, le plâtrier a pris du retard, on ne pourra sans doute pas intervenir avant le 20.

Pour la facture que vous me relancez, elle a été réglée le 9 par virement, en même temps que les deux autres du chantier.

Cordialement,""", "electrician: long site update, the payment sentence is at the end (paid on the 9th)", hard=1,
  d="2029-07-12 19:30")
H("already_paid", "fr", "msp", """Bonjour,

Nous sommes quatre praticiens à la maison de santé et chacun a réglé sa part de la facture ce matin par virement (4 x 1/4). Vous allez donc voir arriver quatre virements avec nos noms, ne vous inquiétez pas !

Le secrétariat""", "health centre: four practitioners each paid a quarter this morning", hard=1,
  d="2029-09-05 12:10", nosig=1, firm="vasseur")
H("already_paid", "fr", "rigal", "", "subject-only reply, empty body: paid by card over the phone on 2 August", hard=1,
  d="2029-08-06 06:45", q="none", nosig=1, subj="RE: {S} -- paye le 2 aout par CB au telephone", irt_always=1)
H("already_paid", "fr", "otsi", """Bonjour,

Votre facture a été réglée par virement le 30 août ; vous trouverez le bordereau ci-joint.

Cordialement,""", "tourist office, HTML-only Outlook: paid on 30 August, slip attached", d="2029-09-04 10:10", m="html",
  firm="vasseur", att=[("Bordereau_virement_30082029.pdf", "pdf", "Bordereau de virement")])
H("already_paid", "fr", "corinne", """Bonjour,

Je m'occupe de l'administratif de la SARL Gilles Transports, votre client. J'ai vu avec M. Gilles ce matin : il vous a envoyé un chèque le 24/08 (n° 4418812, Crédit Mutuel). Pouvez-vous me dire s'il est bien arrivé ?

Merci,""", "independent assistant for a client: cheque sent on 24/08", d="2029-08-29 10:50")
H("already_paid", "en", "bramley", """Hi,

This was paid on 14 June as part of our fortnightly BACS run – remittance attached.

Kind regards,""", "UK: paid on 14 June via BACS, remittance attached", d="2029-06-18 09:35",
  att=[("Remittance_Advice_BF_140629.pdf", "pdf", "Remittance advice - Bramley & Finch")])
H("already_paid", "en", "clyde", """Paid this morning, sorry about that. Should be with you tomorrow or Monday.
Gordon""", "Glasgow joiner: paid this morning", d="2029-07-05 08:20", nosig=1)
H("already_paid", "en", "harbor", """Hi there,

We mailed a check on 7/2, check #2207. International mail is slow so it might take a couple of weeks to reach you.

Maggie""", "US café: check mailed on 7/2", d="2029-07-10 13:40", nosig=1)
H("already_paid", "en", "nordlicht", """Dear Sir or Madam,

the invoice was paid on 21.08.2029 together with invoice F-2029-0233. Please find our payment advice attached.""",
  "German firm: paid on 21.08 with another invoice, advice attached", d="2029-08-24 10:05", rinv="F-2029-0231",
  inv=["F-2029-0231", "F-2029-0233"], att=[("Zahlungsavis_2029-08-21.pdf", "pdf", "Zahlungsavis / Payment advice")])
H("already_paid", "en", "kessler", """Hello,

Our records show this invoice was paid via ACH on 8/31/2029 (trace no. 021000089331204). Please allow a few business days for international settlement.

Thank you,""", "US law firm AP: paid by ACH on 8/31", d="2029-09-06 15:20")
H("already_paid", "en", "pennine", """Done just now through the app. Sorry for the delay, been flat out""",
  "UK plumber from his phone: paid just now", d="2029-06-27 21:10", nosig=1)
H("already_paid", "en", "maes", """> If you have already paid it, please disregard this message.

We have. It left our account on 3 July, reference MAES-2029-0703.

> If you disagree or have any question, do not hesitate to contact us.

No question, but please check your bank before sending reminders.

Finance""", "Belgian firm, inline answers to our sentences: paid on 3 July", hard=1, pos="raw", d="2029-07-10 11:15",
  nosig=1, irt_always=1)

# =========================================================================== promise_to_pay (21)
H("promise_to_pay", "fr", "lebrun", """je passe a la banque vendredi c'est bon
JP""", "joiner: goes to the bank on Friday (reply Tue 19 June)", d="2029-06-19 12:35", prom="2029-06-22", nosig=1)
H("promise_to_pay", "fr", "balto", """Je vous fais ça en fin de semaine promis, là c'est le rush avec les jeux à gratter de l'été""",
  "tobacconist: 'en fin de semaine' = Friday (reply Tue 10 July)", d="2029-07-10 17:50", prom="2029-07-13", nosig=1)
H("promise_to_pay", "fr", "cabaubry", """Bonjour,

Notre client, M. Perrot (entreprise individuelle), nous a donné son accord : la facture sera réglée avec la campagne de paiements fournisseurs du 10 juillet.

Bien cordialement,""", "accountant: client's payment run of 10 July", d="2029-07-03 16:05", prom="2029-07-10")
H("promise_to_pay", "fr", "mairiestj", """Bonjour,

Votre facture a été mandatée le 18 juin (mandat n° 287, bordereau n° 41) et transmise au Service de gestion comptable. Le paiement interviendra à réception par le comptable public.

Cordialement,""", "town hall: mandate issued and sent to the public accountant (money not yet left)", hard=1,
  d="2029-06-21 09:50")
H("promise_to_pay", "fr", "osteo", """Bonjour,

Désolée, j'étais en congé maternité et je reprends tout doucement la paperasse. Je vous règle d'ici la fin du mois.

Julie Marchand""", "osteopath back from maternity leave: end of the month (reply 11 Sept)", d="2029-09-11 13:15",
  prom="2029-09-30", nosig=1)
H("promise_to_pay", "fr", "treteaux", """Bonjour,

Notre trésorier est en vacances jusqu'au 20 août et c'est lui qui a le chéquier de l'asso. Il vous fera le chèque à son retour, je lui ai laissé un mot.

Bien à vous,
Nadia, secrétaire de la Compagnie""", "association: treasurer away until 20 August, cheque on his return (return date is not a payment date)",
  hard=1, d="2029-08-08 22:10", nosig=1)
H("promise_to_pay", "fr", "plastiform", """Bonjour,

Facture validée par notre service achats, elle est programmée au règlement du 25/07 par virement.

Cordialement,""", "SME: scheduled for payment on 25/07", d="2029-07-17 14:45", prom="2029-07-25")
H("promise_to_pay", "fr", "margaux", """Oui pardon !! Je m'en occupe demain matin à la première heure""",
  "grocer: tomorrow morning (reply Wed 13 June)", d="2029-06-13 21:10", prom="2029-06-14", nosig=1)
H("promise_to_pay", "fr", "tleon", """Bonjour
on est fermes pour les conges jusqu au 27 aout, on vous paye des qu on a rouvert
Leon""", "restaurant, vague: pays after reopening (27 August is the reopening, not a payment date)", hard=1,
  d="2029-08-09 11:20", nosig=1)
H("promise_to_pay", "fr", "pixel", """Yes pardon, c'est dans la pile ! Je fais tous les virements fournisseurs lundi, tu seras dedans.""",
  "design studio: supplier transfers on Monday (reply Wed 25 July)", d="2029-07-25 16:30", prom="2029-07-30", nosig=1)
H("promise_to_pay", "fr", "rigal", """bonjour
je poste le cheque jeudi
rigal""", "butcher: cheque posted on Thursday (reply Tue 18 Sept)", d="2029-09-18 14:55", prom="2029-09-20", nosig=1)
H("promise_to_pay", "fr", "corinne", """Bonjour,

Pour Gilles Transports : la facture était bloquée parce que M. Gilles attendait votre attestation d'assurance décennale. Je viens de la retrouver dans ses mails, elle était arrivée en juillet, donc plus de souci de ce côté-là. Le virement partira le 5 octobre avec les autres fournisseurs.

Corinne""", "assistant: past block now solved, transfer on 5 October (no request)", hard=1, d="2029-09-26 17:20",
  prom="2029-10-05", nosig=1)
H("promise_to_pay", "fr", "delcourt", """Madame,

Je plaide tous les jours cette semaine. Je procéderai au règlement dès lundi.

Bien à vous,""", "lawyer: pays on Monday (reply Wed 12 Sept)", d="2029-09-12 07:55", prom="2029-09-17", firm="vasseur")
H("promise_to_pay", "fr", "msp", """Bonjour,

On devrait pouvoir vous régler vers le 15, quand les remboursements de l'Assurance maladie seront tombés. Le docteur Hamon signe les virements en fin de semaine.

Le secrétariat""", "health centre, hedged: around the 15th when health-insurance money arrives (date, no request)",
  hard=1, d="2029-06-06 11:40", prom="2029-06-15", nosig=1, firm="vasseur")
H("promise_to_pay", "en", "bramley", """Hi,

Thanks for the reminder – it's signed off now and goes out in our next payment run on Thursday.

Kind regards,""", "UK: next payment run on Thursday (reply Mon 23 July)", d="2029-07-23 10:25", prom="2029-07-26")
H("promise_to_pay", "en", "clyde", """Aye, will sort it end of next week when the big job at Partick pays out.""",
  "Glasgow joiner: end of next week, once a client pays (date, no request; reply Wed 15 Aug)", hard=1,
  d="2029-08-15 19:45", prom="2029-08-24", nosig=1)
H("promise_to_pay", "en", "harbor", """Hi! We'll wire it Monday. Our bookkeeper only comes in Mondays.

Maggie""", "US café: wire on Monday (reply Thu 28 June)", d="2029-06-28 15:10", prom="2029-07-02", nosig=1)
H("promise_to_pay", "en", "kessler", """Hello,

This invoice has been approved and will be released on 09/14/2029 in line with our standard net 45 terms.

Thank you,""", "US AP: scheduled for 09/14/2029 under its net-45 terms (hints our due date is early, contests nothing)",
  hard=1, d="2029-09-04 11:05", prom="2029-09-14")
H("promise_to_pay", "en", "ashgrove", """Good afternoon,

The invoice has now been matched to PO 4471 and will be paid in the BACS run at month end.

Kind regards,""", "UK academy trust: month-end BACS run (reply 21 June)", d="2029-06-21 14:30", prom="2029-06-30")
H("promise_to_pay", "en", "kowal", """Hello,

We will pay it in next few days. Our director must sign all the transfers and he is coming back from Germany on Wednesday.

Best regards
Anna""", "Polish firm, vague: next few days, director back on Wednesday (no payment date)", hard=1,
  d="2029-09-24 09:20", nosig=1)
H("promise_to_pay", "en", "pennine", """Will pay Friday when I've been paid by the builder""",
  "UK plumber: Friday, once paid by his client (reply Mon 27 Aug)", d="2029-08-27 07:30", prom="2029-08-31", nosig=1)

# =========================================================================== not_received (17)
H("not_received", "fr", "lebrun", """jai jamais recu de facture, juste le devis en mars. renvoyez la svp""",
  "joiner, no accents: never got the invoice, only the quote", d="2029-06-14 07:10", nosig=1)
H("not_received", "fr", "balto", """Vous me l'avez envoyée quand ? J'ai rien vu passer moi""",
  "tobacconist, question form: nothing received", hard=1, d="2029-07-24 19:05", nosig=1)
H("not_received", "fr", "cabaubry", """Bonjour,

Nous tenons la comptabilité de la SARL Fabre Coiffure. La facture F-2029-0248 n'est pas dans le lot de pièces que notre cliente nous a remis. Pourriez-vous nous en adresser un duplicata ?

Bien cordialement,""", "accountant: not among the client's documents, asks a duplicate", d="2029-07-11 15:40",
  rinv="F-2029-0248")
H("not_received", "fr", "mairiestj", """Bonjour,

Les factures adressées aux collectivités doivent être déposées sur Chorus Pro. Nous n'avons rien reçu par le portail à votre nom. Merci de la déposer (SIRET 217 203 456 00018, sans code service).

Cordialement,""", "town hall: nothing on Chorus Pro (mandatory channel)", d="2029-06-25 10:35")
H("not_received", "fr", "osteo", """Bonjour,

La pièce jointe ne s'ouvre ni sur mon téléphone ni sur l'ordinateur du cabinet, on dirait que le fichier est abîmé. Vous pouvez me la renvoyer ?

Merci,
Julie""", "osteopath: attachment will not open", d="2029-08-30 12:45", nosig=1)
H("not_received", "fr", "treteaux", """Bonjour,

Nous n'avons aucune trace de cette facture. Est-ce qu'elle serait partie sur l'ancienne adresse de la compagnie, celle de l'ancien président ? Merci de nous la renvoyer ici.

Nadia""", "association: no trace, maybe sent to the old address; 'renvoyer ici' names no new address", hard=1,
  d="2029-09-13 20:30", nosig=1)
H("not_received", "fr", "plastiform", """Bonjour,

La facture jointe à votre relance est la F-2029-0157, que nous avons réglée en juin. La relance porte sur la F-2029-0163, que nous n'avons jamais reçue. Merci de nous envoyer le bon PDF.

Cordialement,""", "wrong PDF attached (a paid invoice); the reminded one never received", hard=1, d="2029-07-04 09:25",
  rinv="F-2029-0163", inv=["F-2029-0157", "F-2029-0163"])
H("not_received", "fr", "margaux", """Bonjour,

Introuvable, j'ai regardé mes mails et le courrier papier... Vous pouvez me la renvoyer s'il vous plaît ?

Merci !""", "grocer: cannot find it anywhere", d="2029-06-08 08:20", nosig=1)
H("not_received", "fr", "elecpro", """> Vous la trouverez ci-jointe.

Non, il n'y a rien en pièce jointe.

> Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message.

Pas réglée, vu qu'on ne l'a jamais eue. Renvoyez-la et je la passe.

Yannick""", "electrician, inline answers: no attachment, never had it, not paid because not received", hard=1,
  pos="raw", d="2029-08-28 18:15", nosig=1, irt_always=1)
H("not_received", "fr", "tleon", "", "subject-only reply, empty body: 'on l a pas eu cette facture'", hard=1,
  d="2029-06-15 15:35", q="none", nosig=1, subj="Re: {S} / on l a pas eu cette facture", irt_always=1)
H("not_received", "fr", "pixel", """Hello,

Je viens de fouiller toute la boîte compta, je n'ai rien de ta part depuis le devis d'avril. Tu me la renvoies ? Et mets le numéro de bon de commande dessus, sinon notre logiciel la rejette.

Merci !
Léa""", "design studio: nothing since the quote, resend with PO", d="2029-06-29 11:50", nosig=1)
H("not_received", "en", "bramley", """Hi,

Nothing has come through for this one on our side. Would you mind sending it over again to this address?

Thanks,""", "UK: not received, resend to this address", d="2029-09-19 09:10")
H("not_received", "en", "harbor", """Hmm, never got an invoice for this one. Can you send it again? Maybe it went to spam.""",
  "US café: never got it", d="2029-08-22 10:40", nosig=1)
H("not_received", "en", "nordlicht", """Dear Sir or Madam,

this invoice is unknown to our accounting. Was it sent by post? Please send it to us as a PDF file.""",
  "German firm: not in the system, asks a PDF", d="2029-07-18 13:25")
H("not_received", "en", "vantwest", """Hello,

All supplier invoices must be submitted through our Coupa supplier portal. We have no invoice with this number in Coupa, so it has not been received by us. Please upload it there; your supplier ID is 200417.

Kind regards,""", "Dutch AP: nothing in the mandatory Coupa portal", hard=1, d="2029-06-13 10:55")
H("not_received", "en", "ashgrove", """Hello,

The attachment comes up as a blank page when we open it. Could you send another copy?

Thank you,""", "UK trust: blank PDF", d="2029-09-27 14:05")
H("not_received", "en", "kowal", """Hello,

the invoice in attachment is for other company (Kowal Logistyka, not Kowal Trans), we are not the same. Our invoice we never get. Please send correct one.

Anna""", "Polish firm: the attached invoice is another company's; theirs never received", hard=1,
  d="2029-08-16 08:45", nosig=1)

# =========================================================================== dispute (21)
H("dispute", "fr", "lebrun", """la porte de garage que vous avez posee fait un bruit pas normal depuis le debut, le moteur force. je paye pas tant que c'est pas regle, passez voir""",
  "joiner: garage door motor faulty since fitting, will not pay until fixed", d="2029-07-06 12:25", nosig=1)
H("dispute", "fr", "balto", """Vous m'avez facturé 2 néons et vous en avez changé qu'un seul, l'autre c'est mon beau-frère qui l'a fait. Je paye le reste mais pas ça""",
  "tobacconist: pays the rest, refuses a line for work not done (partial acceptance)", hard=1,
  d="2029-08-21 18:40", nosig=1)
H("dispute", "fr", "cabaubry", """Bonjour,

Notre cliente conteste le nombre d'heures facturées : 12 heures, alors que le bon d'intervention signé par votre technicien indique 8 heures. Merci de lui adresser un avoir ou une facture rectifiée.

Bien cordialement,""", "accountant: client contests hours billed vs signed job sheet", d="2029-09-07 10:20")
H("dispute", "fr", "mairiestj", """Bonjour,

Le service technique n'a pas pu attester le service fait : la réception des travaux de la salle des fêtes a été prononcée avec réserves (joints du carrelage, plinthes du local traiteur). La facture ne pourra être mandatée qu'après la levée de ces réserves.

Cordialement,""", "town hall: acceptance with reservations, no payment until they are lifted", hard=1, d="2029-07-19 11:10")
H("dispute", "fr", "osteo", """Bonjour,

Petite erreur sur la facture : vous avez compté le déplacement alors que le devis disait déplacement offert. Je vous joins le devis.

Julie""", "osteopath: travel charge billed although the quote said free", d="2029-06-22 19:35", nosig=1,
  att=[("devis_signé.pdf", "pdf", "Devis signe")])
H("dispute", "fr", "treteaux", """Bonjour,

Euh... la sono a grésillé pendant les trois soirs du festival, vous vous souvenez ? On vous avait appelés le vendredi et personne n'est venu. Je pense qu'on doit en parler avant de payer quoi que ce soit.

Nadia""", "association: sound system crackled all festival, nobody came (indirect dispute)", hard=1,
  d="2029-07-27 23:05", nosig=1)
H("dispute", "fr", "plastiform", """Bonjour,

Comme indiqué dans notre courriel du 12 juin ci-dessous, cette commande a été annulée avant tout démarrage des travaux. Nous vous remercions de bien vouloir émettre un avoir du montant total.

Cordialement,""", "SME: order cancelled before work started (earlier mail quoted), asks a full credit note", hard=1,
  d="2029-07-02 10:40", lvl=2, extra=ol_block("Plastiform Industrie - Comptabilité", "comptabilite@plastiform-industrie.fr",
                                                D("2029-06-12 15:20"), "Atelier Morel SARL", "Annulation commande CA-2029-118",
                                                "Bonjour,\n\nSuite à l'arrêt du projet d'aménagement du réfectoire, nous annulons notre commande CA-2029-118.\n\nCordialement,"))
H("dispute", "fr", "margaux", """Bonjour,

Je veux bien payer, mais la vitrine réfrigérée a encore lâché ce week-end et j'ai perdu tout mon stock de fromages. Je paierai quand elle marchera vraiment.

Margaux""", "grocer: 'je veux bien payer, mais' the fridge display failed again", hard=1, d="2029-08-13 08:10", nosig=1)
H("dispute", "fr", "delcourt", """Madame,

Je m'étonne de recevoir une relance alors que j'attends toujours l'avoir que M. Vasseur m'avait promis lors de notre échange du 4 juin, pour compenser le retard du chantier. Je réglerai à réception de cet avoir.

Bien à vous,""", "lawyer: waiting for a promised credit note", d="2029-06-18 12:30", firm="vasseur")
H("dispute", "fr", "tleon", """je paie pas pour une hotte qui aspire rien. votre gars est venu deux fois et c est toujours pareil""",
  "restaurant: extractor hood still not working", d="2029-06-26 16:05", nosig=1)
H("dispute", "fr", "elecpro", """Bonjour,

La F-2029-0301, je l'ai réglée le 2. Par contre la F-2029-0305 non : vous avez facturé les fourreaux alors qu'on les avait fournis nous-mêmes. Refaites-la sans cette ligne.

Cordialement,""", "electrician: one invoice paid, the other contested (priority: dispute)", hard=1, d="2029-07-05 20:10",
  rinv="F-2029-0305", inv=["F-2029-0301", "F-2029-0305"])
H("dispute", "fr", "msp", """Bonjour,

La facture fait apparaître trois passages d'entretien des espaces verts pour le trimestre, alors que le contrat en prévoit deux. Merci de la corriger.

Le secrétariat""", "health centre: three maintenance visits billed, contract says two", d="2029-09-17 14:15", nosig=1,
  firm="vasseur")
H("dispute", "fr", "pixel", """Ah génial, une relance pour l'enseigne... qui est toujours posée de travers depuis mai 😅 On paie quand elle sera droite, deal ?""",
  "design studio, irony: the sign is still crooked", hard=1, d="2029-06-28 17:45", nosig=1)
H("dispute", "fr", "corinne", """Bonjour,

Pour Gilles Transports : M. Gilles me signale que la TVA appliquée est de 20 % or il s'agit de travaux dans son logement, qui a plus de deux ans. Il attend une facture à 10 % comme sur le devis.

Corinne""", "assistant: wrong VAT rate vs the quote", d="2029-07-20 11:35", nosig=1)
H("dispute", "en", "bramley", """Hi,

We're not disputing that the work was done, but the invoice is for 6 chairs and we've only received 5 – the sixth is still on back order according to your own delivery note. Could you reissue it for 5, please?

Thanks,""", "UK: 'not disputing, but' invoiced 6 chairs, 5 delivered", hard=1, d="2029-08-07 11:55")
H("dispute", "en", "clyde", """That's not right. We agreed 1,800 all in on the phone with your boss. Your invoice says 2,400.""",
  "Glasgow joiner: price differs from what was agreed", d="2029-06-15 20:20", nosig=1)
H("dispute", "en", "harbor", """The espresso machine you serviced is leaking again. Why would I pay for a repair that fixed nothing? Call me.""",
  "US café: repair failed", d="2029-09-10 09:50", nosig=1)
H("dispute", "en", "nordlicht", """Dear Sir or Madam,

we cancelled order 45-1187 in writing on 02.07.2029 (see attachment). We will therefore not pay this invoice and ask you for a credit note.""",
  "German firm: order cancelled in writing, asks a credit note", d="2029-07-25 14:10",
  att=[("Stornierung_45-1187.pdf", "pdf", "Stornierung / Cancellation 45-1187")])
H("dispute", "en", "kessler", """Hello,

Per our engagement letter, travel expenses are capped at EUR 500 per visit. This invoice includes EUR 1,240 in travel. Please revise and resubmit.

Thank you,""", "US law firm: travel above the contractual cap", d="2029-08-09 16:40")
H("dispute", "en", "ashgrove", """Good morning,

AP has rejected this invoice: the amount is higher than the purchase order (PO 4519) and the PO number is not quoted. Please reissue it against PO 4519 at the agreed price.

Kind regards,""", "UK trust: invoice above the PO, rejected, to be reissued", d="2029-09-20 10:15")
H("dispute", "en", "maes", """Hello,

Before we pay: the printed banners arrived two days after the trade fair, so we could not use them at all. I think we need to talk about this invoice.

Regards,""", "Belgian firm: delivered too late to be used (indirect dispute)", hard=1, d="2029-09-03 15:30")

# =========================================================================== payment_difficulty (17)
H("payment_difficulty", "fr", "lebrun", """bjr
je suis un peu juste en ce moment, les clients payent pas non plus. je peux vous faire 3 cheques, un par mois ?
JP Lebrun""", "joiner: short of cash, asks three monthly cheques (no date)", d="2029-07-11 12:50", nosig=1)
H("payment_difficulty", "fr", "balto", """Franchement là je peux pas. On a été cambriolés le mois dernier et l'assurance a toujours pas payé. Laissez-moi jusqu'à fin septembre svp""",
  "tobacconist: burglary, asks a delay until the end of September", d="2029-08-28 13:20", prom="2029-09-30", nosig=1)
H("payment_difficulty", "fr", "cabaubry", """Bonjour,

Nous vous informons que notre cliente, la SARL Ambiance Coiffure, a été placée en redressement judiciaire par jugement du tribunal de commerce de Poitiers du 2 juillet 2029. Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire, Me Leclerc : contact@leclerc-mandataire.fr.

Bien cordialement,""", "accountant: client in receivership, declare the claim to the court-appointed representative",
  d="2029-07-16 10:05", nc="contact@leclerc-mandataire.fr")
H("payment_difficulty", "fr", "osteo", """Bonjour,

Ça fait deux mois que je suis arrêtée (opération du genou) et le cabinet tourne au ralenti, j'ai très peu de trésorerie en ce moment. Serait-il possible de vous régler en deux fois, la moitié le 10 septembre et le reste le 10 octobre ?

Merci de votre compréhension,
Julie Marchand""", "osteopath on sick leave: two instalments, first on 10 September", d="2029-08-31 10:30",
  prom="2029-09-10", nosig=1)
H("payment_difficulty", "fr", "treteaux", """Bonjour,

La subvention du Département n'est toujours pas versée et nos comptes sont à sec. On vous paie dès qu'elle arrive, normalement à l'automne... Désolés.

Nadia""", "association: waiting for a grant, 'normalement à l'automne' (no date)", hard=1, d="2029-06-27 21:45",
  nosig=1)
H("payment_difficulty", "fr", "plastiform", """Bonjour,

Nous revenons vers vous au sujet de votre relance.

Comme vous le savez peut-être, notre principal client du secteur automobile a arrêté deux de ses lignes de production au printemps, ce qui représente près de 40 % de notre chiffre d'affaires. Nous avons dû mettre une partie de l'atelier en activité partielle et revoir tous nos engagements avec la banque. La direction a rencontré l'ensemble de nos fournisseurs stratégiques au cours de l'été.

Dans ce contexte, nous ne sommes pas en mesure de régler cette facture à son échéance. Nous vous proposons un échéancier en quatre mensualités, la première au 15 octobre.

Nous restons à votre disposition pour en discuter.

Cordialement,""", "SME, long text: loss of its main customer, proposes 4 instalments from 15 October", hard=1,
  d="2029-09-24 16:00", prom="2029-10-15")
H("payment_difficulty", "fr", "margaux", """Bonjour,

Honnêtement l'été a été catastrophique avec les travaux de la rue, je n'ai presque pas eu de passage. Vous pouvez attendre un peu ?

Margaux""", "grocer: bad summer, asks to wait (no date)", hard=1, d="2029-09-06 19:20", nosig=1)
H("payment_difficulty", "fr", "tleon", """bonjour
est ce qu on peut etaler sur 4 mois, la saison a ete mauvaise
merci""", "restaurant: asks instalments over 4 months", d="2029-09-28 15:15", nosig=1)
H("payment_difficulty", "fr", "rigal", """bonjour je peut pas tout regler d un coup, je vous fait 500 e vendredi et le reste fin octobre si ca vous va
rigal""", "butcher: 500 on Friday and the rest at the end of October (reply Tue 2 Oct)", d="2029-10-02 14:05",
  prom="2029-10-05", nosig=1)
H("payment_difficulty", "fr", "otsi", """Bonjour,

Les crédits nécessaires ne sont pas encore ouverts : le conseil d'administration doit voter une décision modificative du budget lors de sa séance de novembre. Le règlement ne pourra intervenir qu'après ce vote.

Cordialement,""", "tourist office: budget vote needed in November, vague later time", hard=1, d="2029-09-14 11:25",
  firm="vasseur")
H("payment_difficulty", "fr", "corinne", """Bonjour,

Pour Gilles Transports : M. Gilles a eu un gros souci cet été, un de ses deux camions accidenté et immobilisé trois semaines. Il demande s'il peut vous régler en trois fois sans frais. Je vous envoie la proposition d'échéancier dès qu'il me l'a validée.

Corinne""", "assistant: client asks three instalments after a truck accident", d="2029-08-17 09:40", nosig=1)
H("payment_difficulty", "en", "clyde", """Things are tight just now. Can I pay it off at 500 a month? First one on the 1st.
Gordon""", "Glasgow joiner: 500 a month, first on the 1st (reply 12 Sept)", d="2029-09-12 21:30", prom="2029-10-01",
  nosig=1)
H("payment_difficulty", "en", "harbor", """Honestly we're struggling this summer, the tourist season has been really slow. Could we split it over three months? I could start in September.

Maggie""", "US café: slow season, three instalments from September (no date)", d="2029-08-14 18:05", nosig=1)
H("payment_difficulty", "en", "nordlicht", """Dear Sir or Madam,

insolvency proceedings were opened against our company on 01.08.2029 (Amtsgericht Köln). We are not allowed to make any payments. Please file your claim with the insolvency administrator, Dr. Petra Brandt: insolvenz@brandt-kanzlei.de.""",
  "German firm in insolvency, administrator's address", d="2029-08-20 11:30", nc="insolvenz@brandt-kanzlei.de")
H("payment_difficulty", "en", "kowal", """Hello,

We have problem with cash flow now because our biggest client is not paying us. Please give us 30 days more, we will pay everything.

Anna""", "Polish firm: asks 30 more days (no date)", d="2029-07-30 10:15", nosig=1)
H("payment_difficulty", "en", "pennine", """Sorry, bit skint after the van packed in. Can I pay it next month? Or split it in two?""",
  "UK plumber: asks to pay next month or in two", d="2029-07-18 20:50", nosig=1)
H("payment_difficulty", "en", "maes", """Hello,

Please note that our company has been in judicial reorganisation (gerechtelijke reorganisatie) since 14 June. A payment plan for suppliers will be submitted to the court, and we will contact you about it.

Regards,""", "Belgian judicial reorganisation, no address", hard=1, d="2029-06-25 14:40")

# =========================================================================== wrong_contact (15)
H("wrong_contact", "fr", "lebrun", """cest ma fille qui soccupe des papiers maintenant, ecrivez lui directement : lebrun.sophie@orange.fr""",
  "joiner: daughter does the paperwork now", d="2029-08-03 07:25", nosig=1, nc="lebrun.sophie@orange.fr")
H("wrong_contact", "fr", "cabaubry", """Bonjour,

Nous ne sommes plus l'expert-comptable de la SARL Fabre Coiffure depuis le 30 juin. Merci de vous adresser directement à la gérante : fabre.coiffure@gmail.com.

Bien cordialement,""", "accountant no longer acts for the client: write to the manager", d="2029-09-10 09:15",
  nc="fabre.coiffure@gmail.com")
H("wrong_contact", "fr", "mairiestj", """Bonjour,

Ici c'est la boîte de l'accueil de la mairie. Les factures et les relances doivent être envoyées au service comptabilité : comptabilite@saint-julien-des-pres.fr. Je leur transfère votre message.

Cordialement,
L'accueil""", "town hall reception: write to the accounts office", d="2029-06-07 10:50", nosig=1,
  nc="comptabilite@saint-julien-des-pres.fr", fname="Mairie de Saint-Julien-des-Prés - Accueil",
  faddr="accueil@saint-julien-des-pres.fr", envfrom="accueil@saint-julien-des-pres.fr", rto="accueil@saint-julien-des-pres.fr")
H("wrong_contact", "fr", "osteo", """Camille, je crois que c'est ta facture (le store de la salle 2).

Bonjour, la facture est au nom de ma collègue, c'est elle qui avait commandé. Écrivez-lui directement pour la suite : camille.perrin.osteo@gmail.com

Julie""", "Gmail forward to a colleague with us in Cc, plus 'write to her directly'", hard=1, d="2029-07-09 13:05",
  q="gmail_fwd_fr", subj="Fwd: {S}", to="Camille Perrin <camille.perrin.osteo@gmail.com>", cc=MOREL,
  nc="camille.perrin.osteo@gmail.com", nosig=1)
H("wrong_contact", "fr", "treteaux", """Bonjour,

Je ne suis plus présidente de la compagnie depuis l'AG de juin, je vous réponds de ma boîte perso. Le nouveau bureau est joignable à bureau@compagnie-treteaux.fr.

Bonne continuation,
Martine""", "former association president: the new board's address", d="2029-07-02 22:40", nosig=1,
  nc="bureau@compagnie-treteaux.fr", fname="Martine Delpech", faddr="martine.delpech16@laposte.net",
  envfrom="martine.delpech16@laposte.net", rto="martine.delpech16@laposte.net")
H("wrong_contact", "fr", "plastiform", """Bonjour,

Cette facture concerne notre établissement de Vitré, qui a sa propre comptabilité. Merci de la leur adresser directement : compta.vitre@plastiform-industrie.fr.

Cordialement,""", "SME: the other site has its own accounts", d="2029-06-11 15:30", nc="compta.vitre@plastiform-industrie.fr",
  q="outlook_fr_old")
H("wrong_contact", "fr", "margaux", """Bonjour,

J'ai vendu l'épicerie le 1er juillet, c'est Mme Öztürk qui a repris. Les factures d'avant juillet c'est pour moi, après c'est pour elle, et celle-ci date de juillet. Son adresse : epicerie.ozturk@gmail.com

Bonne journée,
Margaux Fontaine""", "grocer sold the shop: later invoices are the buyer's, her address", hard=1, d="2029-08-22 11:15",
  nosig=1, nc="epicerie.ozturk@gmail.com")
H("wrong_contact", "fr", "elecpro", """Bonjour,

Je suis sous-traitant sur ce chantier, pas le client. C'est l'entreprise générale, BTP Marchal, qui vous a commandé les tableaux : compta@btp-marchal.fr.

Cordialement,""", "electrician is a subcontractor: the general contractor ordered", d="2029-09-19 07:35",
  nc="compta@btp-marchal.fr")
H("wrong_contact", "fr", "msp", """Bonjour,

Ici c'est le secrétariat médical. Les factures de la SISA (la société qui gère la maison de santé) sont à envoyer au trésorier : tresorier.sisa.msp@gmail.com

Merci""", "health centre secretariat: invoices go to the treasurer", d="2029-06-14 17:10", nosig=1,
  nc="tresorier.sisa.msp@gmail.com", firm="vasseur")
H("wrong_contact", "fr", "otsi", """Bonjour,

L'Office de tourisme est devenu intercommunal au 1er janvier ; c'est désormais l'Office de tourisme communautaire qui règle les factures. Merci d'écrire à finances@ot-valdeloir-intercom.fr.

Cordialement,""", "tourist office merged: successor's address", d="2029-07-23 09:30", nc="finances@ot-valdeloir-intercom.fr",
  firm="vasseur", cs="iso-8859-1")
H("wrong_contact", "en", "bramley", """Hello,

Hannah left us in July. Please send anything accounts-related to accounts@bramleyfinch.co.uk from now on.

Thanks,
Rob""", "UK: contact left, accounts address", d="2029-08-15 12:10", nosig=1, nc="accounts@bramleyfinch.co.uk",
  fname="Rob Finch", faddr="rob@bramleyfinch.co.uk", envfrom="rob@bramleyfinch.co.uk")
H("wrong_contact", "en", "vantwest", """Hello,

We have moved to a new AP mailbox. Invoices and reminders must be sent to invoices.nl@vantwest.nl; this address will be closed. Please resend this invoice there.

Kind regards,""", "Dutch AP: new AP mailbox, resend there (outranks not_received)", d="2029-06-20 09:05",
  nc="invoices.nl@vantwest.nl")
H("wrong_contact", "en", "kessler", """Hi,

I'm a paralegal and this landed with me by mistake. Adding Priya from our AP team (priya.nair@kesslermoran.com), who handles vendor payments – please direct these to her going forward.

Best,
Jordan""", "US paralegal copies in the AP contact and redirects", hard=1, d="2029-07-13 10:45", nosig=1,
  nc="priya.nair@kesslermoran.com", cc="Priya Nair <priya.nair@kesslermoran.com>", fname="Jordan Ellis",
  faddr="jellis@kesslermoran.com", envfrom="jellis@kesslermoran.com", rto="jellis@kesslermoran.com")
H("wrong_contact", "en", "ashgrove", """Hello,

Oakfield Primary joined the Ashgrove Academy Trust on 1 September, and the school office no longer deals with invoices. All invoices now go to central finance at finance@ashgroveacademies.org.uk.

Oakfield School Office""", "UK school joined a trust: central finance address", d="2029-09-05 13:20", nosig=1,
  nc="finance@ashgroveacademies.org.uk", fname="Oakfield Primary School - Office", faddr="office@oakfield.sch.uk",
  envfrom="office@oakfield.sch.uk", rto="office@oakfield.sch.uk")
H("wrong_contact", "en", "pennine", """Not me mate, I'm a plumber in Keighley. I think you want Pennine Heating & Gas in Huddersfield, different lot altogether. pennineheatinggas@outlook.com""",
  "UK: wrong business with a similar name, gives the right one's address", hard=1, d="2029-06-29 18:25", nosig=1,
  nc="pennineheatinggas@outlook.com")

# =========================================================================== auto_reply (15)
H("auto_reply", "fr", "plastiform", """Bonjour,

L'entreprise est en fermeture estivale du 30 juillet au 20 août inclus. Votre message sera traité à notre retour.

Cordialement,""", "SME summer closure", d="2029-08-01 09:02", subj="Réponse automatique : {S}", q="none", nosig=1,
  hdr=LOOP("comptabilite@plastiform-industrie.fr"))
H("auto_reply", "fr", "mairiestj", """Votre message a bien été reçu par les services de la mairie de Saint-Julien-des-Prés. Il sera traité dans les meilleurs délais.""",
  "town hall automatic acknowledgement, no special header", hard=1, d="2029-06-18 09:01", subj="RE: {S}", q="none", nosig=1)
H("auto_reply", "fr", "osteo", """Bonjour,

Je suis en congé du 6 au 24 août. En cas d'urgence, mon remplaçant Arnaud Pic vous répondra au 06 45 00 00 00.

Julie Marchand""", "Gmail vacation reply, no special header, temporary replacement not a new contact", hard=1,
  d="2029-08-06 09:03", subj="Re: {S}", q="none", nosig=1)
H("auto_reply", "fr", "cabaubry", """Le cabinet est fermé du 11 au 19 août inclus. Pour toute urgence fiscale ou sociale, merci d'écrire à urgences@cabinet-aubry-conseil.fr. Bonnes vacances !""",
  "accountancy firm summer closure with an emergency address (not a new contact)", d="2029-08-13 09:02",
  subj="Réponse automatique : {S}", q="none", nosig=1, hdr=MSX)
H("auto_reply", "fr", "delcourt", """Je suis absente du cabinet jusqu'au lundi 3 septembre. Pour toute urgence, vous pouvez contacter mon associé, Me Thibault Roche : t.roche@delcourt-avocats.fr.""",
  "lawyer out of office with a colleague as backup (not a new contact)", hard=1, d="2029-08-20 09:01",
  subj="Absente : {S}", q="none", nosig=1, hdr=AS, firm="vasseur")
H("auto_reply", "fr", "tleon", """Bonjour, le restaurant est fermé pour congés annuels jusqu'au mardi 28 août. Merci pour votre message, nous vous répondrons à la réouverture.""",
  "restaurant annual closure (Yahoo)", d="2029-08-10 09:02", subj="Réponse automatique : {S}", q="none", nosig=1, hdr=XAR)
H("auto_reply", "fr", "elecpro", """Bonjour,

Je suis sur chantier toute la semaine et je ne lis pas mes mails. Pour une urgence appelez le 06 12 00 00 00.

Yannick""", "electrician's Thunderbird responder, no special header", hard=1, d="2029-09-04 09:02", subj="Re: {S}",
  q="none", nosig=1)
H("auto_reply", "fr", "msp", """Ceci est une réponse automatique. Le secrétariat de la maison de santé est fermé le vendredi après-midi. Pour prendre rendez-vous, rendez-vous sur notre page Doctolib.""",
  "health centre secretariat closure notice", d="2029-06-22 14:02", subj="Réponse automatique : {S}", q="none", nosig=1,
  hdr=AS, firm="vasseur")
H("auto_reply", "fr", "corinne", """Bonjour,

Je suis en congés jusqu'au lundi 3 septembre. Les dossiers de mes clients sont suspendus pendant cette période, je vous réponds dès mon retour.

Corinne Vidal""", "independent assistant's vacation reply, no special header", hard=1, d="2029-08-14 09:03",
  subj="Re: {S}", q="none", nosig=1)
H("auto_reply", "fr", "otsi", """Office de Tourisme du Val de Loir

Nous avons bien reçu votre message. En période estivale, notre délai de réponse est de cinq jours ouvrés. Merci de votre patience.""",
  "tourist office summer acknowledgement", d="2029-07-16 09:01", subj="Accusé de réception", q="none", nosig=1,
  hdr=PREC, inv="")
H("auto_reply", "en", "bramley", """I'm on annual leave until Monday 13 August with no access to email. For urgent accounts queries please call the office on 0113 496 0000.""",
  "UK out-of-office", d="2029-08-03 09:02", subj="Automatic reply: {S}", q="none", nosig=1, hdr=MSX)
H("auto_reply", "en", "harbor", """Hey! We're closed the week of July 4th for our summer vacation. Back Monday July 9. Thanks for your patience!""",
  "US café Gmail vacation reply, no special header", hard=1, d="2029-07-02 03:02", subj="Re: {S}", q="none", nosig=1)
H("auto_reply", "en", "kessler", """Thank you for contacting Kessler Moran LLP Accounts Payable. Your message has been received and assigned ticket number AP-883104. A member of our team will respond within three business days.""",
  "US AP ticket acknowledgement", d="2029-09-17 03:02", subj="[Ticket AP-883104] {S}", q="none", nosig=1, hdr=AS)
H("auto_reply", "en", "vantwest", """Ik ben afwezig tot en met 23 juli. Uw e-mail wordt niet doorgestuurd.

I am out of the office until 23 July. Your e-mail will not be forwarded.""",
  "Dutch/English out-of-office (counted English)", d="2029-07-09 09:02", subj="Automatisch antwoord: {S}", q="none",
  nosig=1, hdr=LOOP("ap@vantwest.nl"))
H("auto_reply", "en", "ashgrove", """The Trust's offices are closed for the summer holidays and the finance office reopens on 3 September. Emails sent during the closure will be dealt with after we reopen.""",
  "UK trust summer closure, no special header", hard=1, d="2029-07-25 09:01", subj="RE: {S}", q="none", nosig=1)

# =========================================================================== bounce (8)
BNC("exim", "contact@boulangerie-vasseur-lille.fr", "Hostinger (Exim) notice in French, plain text with a copy",
    lang="fr", d="2029-06-20 09:02", subj="Échec de la remise du message", shape="plain",
    frm="Mail Delivery System <mailer-daemon@mx1.hostinger.com>", rep="mx1.hostinger.com",
    orig_intro="------ Copie du message d'origine, en-têtes compris ------\n\n",
    text="Ce message a été généré automatiquement par le serveur de messagerie.\n\nLe message que vous avez envoyé n'a pas pu être remis au destinataire suivant. L'erreur est définitive :\n\n  {R}\n    La boîte aux lettres de ce destinataire n'existe pas.\n    550 5.1.1 Unrouteable address")
BNC("bluemind", "secretariat@mairie-vaux-sur-aure.fr", "BlueMind server of a town hall in French: mailbox disabled",
    lang="fr", d="2029-07-11 09:03", subj="Non distribuable : {S}",
    frm="Postmaster BlueMind <postmaster@mairie-vaux-sur-aure.fr>", rep="bm.mairie-vaux-sur-aure.fr", status="5.2.1",
    text="Votre message n'a pas pu être distribué.\n\nDestinataire : {R}\nRaison : la boîte aux lettres de ce destinataire est désactivée.\n\nCe message a été généré automatiquement par le serveur BlueMind.",
    diag="550 5.2.1 Mailbox disabled", remote="bm.mairie-vaux-sur-aure.fr")
BNC("alinto", "compta@ccas-montrevel.fr", "Alinto (public-sector host) notice in French: unknown recipient, headers only",
    lang="fr", d="2029-08-23 09:02", subj="Message non remis : {S}", orig="headers",
    frm="Alinto Mail Delivery <mailer-daemon@alinto.net>", rep="mx.alinto.net", status="5.1.1",
    text="Bonjour,\n\nLe serveur de messagerie n'a pas pu remettre votre message à :\n\n  {R}\n\nRéponse du serveur distant : 550 5.1.1 destinataire inconnu.\n\nLes en-têtes de votre message sont joints.",
    diag="550 5.1.1 <compta@ccas-montrevel.fr>: destinataire inconnu", remote="mx.alinto.net")
BNC("o365", "gestion@garage-lemaire.fr", "Microsoft 365 notice in French: recipient not found, for the second firm",
    lang="fr", d="2029-09-07 09:01", subj="Non remis : {S}", firm_rinv=1, hard=1,
    frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@garagelemaire.onmicrosoft.com>",
    rep="PA4PR07MB8761.eurprd07.prod.outlook.com", status="5.1.10",
    text="Votre message à {R} n'a pas pu être remis.\n\ngestion n'a pas été trouvé sur garage-lemaire.fr.\n\nAction requise\nVérifiez l'adresse de messagerie du destinataire et renvoyez le message.\n\nInformations de diagnostic pour les administrateurs :\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", remote=None)
BNC("postfix", "facturation@pressing-du-centre.fr", "our Postfix in French: the customer's domain no longer exists (expired)",
    lang="fr", d="2029-09-28 09:02", subj="Message non délivré : retour à l'expéditeur",
    frm="MAILER-DAEMON@mx1.atelier-morel.fr (Système de distribution du courrier)", rep="mx1.atelier-morel.fr", status="5.4.4",
    text="Ceci est le système de messagerie de mx1.atelier-morel.fr.\n\nVotre message n'a pas pu être remis à un ou plusieurs destinataires. Il est joint ci-dessous.\n\n<{R}>: Host or domain name not found. Name service error for\n    name=pressing-du-centre.fr type=MX: Host not found",
    diag="Host or domain name not found. Name service error for name=pressing-du-centre.fr type=MX: Host not found",
    remote=None)
BNC("ses", "accounts@thistle-and-rose.co.uk", "Amazon SES 'Delivery Status Notification (Failure)'", d="2029-06-27 08:02",
    subj="Delivery Status Notification (Failure)", frm="MAILER-DAEMON@amazonses.com", rep="a8-31.smtp-out.amazonses.com",
    status="5.1.1", rl="en",
    text="An error occurred while trying to deliver the mail to the following recipients:\n{R}",
    diag="550 5.1.1 <accounts@thistle-and-rose.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
    remote="mx.thistle-and-rose.co.uk")
BNC("fastmail", "hello@fernandfig.com", "Fastmail rejection: account closed", d="2029-08-08 15:02",
    subj="Undelivered Mail Returned to Sender", frm="Mail Delivery System <MAILER-DAEMON@messagingengine.com>",
    rep="mx1.messagingengine.com", status="5.2.1", rl="en",
    text="This is the mail system at host mx1.messagingengine.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<{R}>: host in1-smtp.messagingengine.com said:\n    550 5.2.1 {R}: this account has been closed",
    diag="550 5.2.1 hello@fernandfig.com: this account has been closed", remote="in1-smtp.messagingengine.com")
BNC("yahoo", "vdhooven.bouw@yahoo.com", "Yahoo 'Failure Notice', plain text with the original headers, second firm",
    d="2029-10-03 09:02", subj="Failure Notice", frm="MAILER-DAEMON@yahoo.com", rep="mta1023.mail.gq1.yahoo.com",
    shape="plain", rl="en", firm_rinv=1, hard=1, orig_intro="--- Below this line is a copy of the message.\n\n",
    text="Sorry, we were unable to deliver your message to the following address.\n\n<{R}>:\n554: delivery error: dd This user doesn't have a yahoo.com account ({R}) [0] - mta1023.mail.gq1.yahoo.com")

# =========================================================================== other (17)
H("other", "fr", "balto", """vu, je regarde""", "tobacconist: 'seen, I'll look' (no promise)", hard=1, d="2029-06-05 18:30",
  nosig=1)
H("other", "fr", "lebrun", """appelez moi le soir apres 19h au 06 32 00 00 00 on verra ca de vive voix""",
  "joiner: call-me request", d="2029-09-21 07:15", nosig=1)
H("other", "fr", "cabaubry", """Bonjour,

Nous avons bien reçu votre relance et l'avons transmise à notre cliente pour validation.

Bien cordialement,""", "accountant passed it on to the client for approval (no promise)", d="2029-06-27 14:50")
H("other", "fr", "mairiestj", """Bonjour,

Pourriez-vous nous transmettre un RIB à jour ? Celui que nous avons dans notre logiciel ne correspond pas à celui de votre facture.

Cordialement,""", "town hall asks an up-to-date RIB", d="2029-08-29 11:40", q="origine_fr")
H("other", "fr", "treteaux", """Merci pour le rappel ! Au fait, vous faites des tarifs pour les associations ? On aurait besoin de refaire l'éclairage de la salle de répétition.

Nadia""", "association: thanks plus an unrelated quote request", d="2029-09-20 21:55", nosig=1)
H("other", "fr", "margaux", """Bonjour,

Vous pouvez m'envoyer un relevé de tout ce que je vous dois ? Je m'y perds un peu entre les factures.

Merci,
Margaux""", "grocer asks a statement of account", d="2029-06-19 13:30", nosig=1)
H("other", "fr", "delcourt", """Madame,

Pourriez-vous me préciser à quel site se rapporte cette facture ? Nous vous avons confié l'entretien des jardins de nos deux bureaux, Rouen et Bois-Guillaume.

Bien à vous,""", "lawyer asks which site the invoice is for", d="2029-09-26 18:05", firm="vasseur")
H("other", "fr", "pixel", """Hello, je suis dessus. Tu peux juste me renvoyer le devis signé ? Le comptable me le demande pour rapprocher.

Léa""", "'je suis dessus' plus a request for the signed quote (no promise, no claim)", hard=1, d="2029-09-03 10:05",
  nosig=1)
H("other", "fr", "rigal", """c est ma femme qui fait les papiers je lui montre ce soir""",
  "butcher: will show it to his wife tonight (no address, no promise)", hard=1, d="2029-07-04 12:40", nosig=1)
H("other", "fr", "otsi", """Bien reçu, merci.""", "tourist office: bare acknowledgement", d="2029-08-08 16:20", nosig=1,
  firm="vasseur", pos="bottom")
H("other", "fr", "msp", """Bonjour,

Dans le cadre de la mise à jour de notre fichier fournisseurs, merci de nous retourner le formulaire ci-joint complété, avec un extrait Kbis de moins de trois mois et votre attestation de vigilance URSSAF.

Le secrétariat""", "health centre: supplier-file form request", d="2029-07-10 10:25", nosig=1,
  att=[("Fiche_fournisseur_MSP.pdf", "pdf", "Fiche fournisseur")])
H("other", "en", "clyde", """Phone me, it'll be quicker than emails back and forth. 07700 900418""",
  "Glasgow joiner: call-me request", d="2029-07-26 12:05", nosig=1, pos="bottom")
H("other", "en", "harbor", """Do you take credit card? It would be way easier for us than an international wire.""",
  "US café asks about card payment", d="2029-06-11 11:20", nosig=1)
H("other", "en", "nordlicht", """Dear Sir or Madam,

please confirm that the bank account on your invoice (IBAN ending 4417) is correct. Last week we received an e-mail in your name asking us to pay to a new account in Portugal. Is this genuine? We will not pay until we have your confirmation by phone.""",
  "German firm: suspected bank-details fraud, asks confirmation (question, no promise)", hard=1,
  d="2029-09-11 09:40")
H("other", "en", "vantwest", """Noted, we will look into it.""", "'we will look into it' is not a promise", hard=1,
  d="2029-08-29 16:50", nosig=1, q="origine_en")
H("other", "en", "kowal", """OK, I gave it to Mrs Nowak in our accounting.
Anna""", "Polish firm: passed to accounting (no promise)", d="2029-06-18 14:10", nosig=1)
H("other", "en", "maes", """Hello,

Could you send us a statement of account with all open items? We want to reconcile before the end of the quarter.

Regards,""", "Belgian firm asks a statement", d="2029-09-25 10:35")

# --------------------------------------------------------------------------- a few wrapping variations
# (level 2/3 reminders, other quote styles, charsets, CRLF), set here so the entries above stay readable
VARY = {
    "joiner, no accents: paid by cheque last week": dict(lvl=2),
    "lawyer: transfer left on 28 June": dict(q="apple_fwd_fr", pos="top"),
    "UK: paid on 14 June via BACS, remittance attached": dict(q="origine_en", crlf=1),
    "German firm: not in the system, asks a PDF": dict(lvl=2),
    "US law firm: travel above the contractual cap": dict(lvl=3, m="html"),
    "SME: scheduled for payment on 25/07": dict(m="related", cs="windows-1252"),
    "accountant: client contests hours billed vs signed job sheet": dict(lvl=2, crlf=1),
    "restaurant: asks instalments over 4 months": dict(lvl=3),
    "town hall: nothing on Chorus Pro (mandatory channel)": dict(mislabel="cp1252-as-latin1"),
    "UK trust: invoice above the PO, rejected, to be reissued": dict(lvl=2),
    "Polish firm: asks 30 more days (no date)": dict(lvl=3, crlf=1),
    "grocer: bad summer, asks to wait (no date)": dict(q="apple_fr", lvl=2),
    "US café: check mailed on 7/2": dict(pos="bottom"),
    "design studio: supplier transfers on Monday (reply Wed 25 July)": dict(q="gmail_fr"),
    "association: waiting for a grant, 'normalement à l'automne' (no date)": dict(crlf=1),
    "Glasgow joiner: price differs from what was agreed": dict(lvl=2),
    "accountant no longer acts for the client: write to the manager": dict(crlf=1, lvl=2),
    "UK plumber: asks to pay next month or in two": dict(lvl=2),
}
for _e in ENTRIES:
    _e.update(VARY.pop(_e["note"], {}))
assert not VARY, VARY

# =========================================================================== writer and checks
STEM = "holdout4_"


def build_bounce(e: dict, idx: int):
    """build_corpus.build_bounce dates every notice +0100; here French summer time (+0200) applies."""
    orig_parse = bc.parse_d
    if e.get("firm_rinv") and not e.get("rinv"):
        e = dict(e, rinv=random.Random(e["rcpt"]).choice([i for i in bc.INV_POOL_FA if i not in bc.USED]))
        bc.USED.add(e["rinv"])

    def parse_local(d, rng, tzmin):
        return orig_parse(d, rng, 120 if d else tzmin)

    bc.parse_d = parse_local
    try:
        return bc.build_bounce(e, idx)
    finally:
        bc.parse_d = orig_parse


def main() -> None:
    bc.USED.clear()
    explicit = []
    for e in ENTRIES + BOUNCES:
        for k in ("rinv", "inv"):
            v = e.get(k)
            vs = v if isinstance(v, list) else ([v] if v else [])
            bc.USED.update(vs)
            if k == "rinv" and v:
                explicit.append(v)
    assert len(explicit) == len(set(explicit)), "an invoice is reminded twice"
    items = [("r", e) for e in ENTRIES] + [("b", e) for e in BOUNCES]
    order = list(range(len(items)))
    random.Random(20291012).shuffle(order)
    for old in OUT.glob(f"{STEM}*.eml"):
        old.unlink()
    rows = []
    for n, i in enumerate(order, 1):
        kind, e = items[i]
        msg, lab = (bc.build_reply if kind == "r" else build_bounce)(e, n)
        fname = f"{STEM}{n:03d}.eml"
        (OUT / fname).write_bytes(bc.to_bytes(msg, lab.pop("crlf")))
        rows.append(dict(file=fname, **lab))
    with open(OUT / "labels.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["file", "category", "invoices", "promised_date", "new_contact", "hard", "note"])
        for r in rows:
            w.writerow([r["file"], r["category"], r["invoices"], r["promised_date"], r["new_contact"], r["hard"], r["note"]])
    check(rows)


INV_RE = re.compile(r"^(F-2029-\d{4}|FA-2029-\d{3})$")


def other_corpora_invoices() -> set[str]:
    seen = set()
    for sub in ("replies", "holdout", "holdout2", "holdout3"):
        p = OUT.parent / sub / "labels.tsv"
        if p.exists():
            with open(p, encoding="utf-8") as fh:
                for r in csv.DictReader(fh, delimiter="\t"):
                    seen.update(r["invoices"].split())
    return seen


def words6(text: str) -> set[tuple[str, ...]]:
    w = re.findall(r"[\wÀ-ÿ'’]+", text.lower())
    return {tuple(w[i:i + 6]) for i in range(len(w) - 5)}


def overlap_report() -> list[str]:
    """6-word sequences shared with the customer texts of the four other sets (informative)."""
    old = set()
    for e in bc.ENTRIES + hb.ENTRIES + h2.ENTRIES + h3.ENTRIES:
        old |= words6(e["body"])
    out = []
    for e in ENTRIES:
        common = words6(e["body"]) & old
        if common:
            out.append(f"{e['c']}/{e['cat']}: " + " | ".join(" ".join(t) for t in sorted(common)[:3]))
    return out


def check(rows: list[dict]) -> None:
    problems = []
    files = sorted(p.name for p in OUT.glob(f"{STEM}*.eml"))
    with open(OUT / "labels.tsv", encoding="utf-8") as fh:
        tsv = list(csv.DictReader(fh, delimiter="\t"))
    if sorted(r["file"] for r in tsv) != files or len({r["file"] for r in tsv}) != len(tsv):
        problems.append("labels.tsv does not have exactly one row per .eml")
    old = other_corpora_invoices()
    for r in tsv:
        if r["category"] not in bc.CATEGORIES:
            problems.append(f"{r['file']}: bad category {r['category']}")
        raw = (OUT / r["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = str(msg["subject"] or "") + "\n" + str(msg["cc"] or "") + "\n" + bc.body_text(msg)
        flat = html.unescape(text)
        for inv in r["invoices"].split():
            if not INV_RE.match(inv):
                problems.append(f"{r['file']}: invoice {inv} is not a 2029 number")
            if inv in old:
                problems.append(f"{r['file']}: invoice {inv} also used in another corpus")
            if inv not in flat:
                problems.append(f"{r['file']}: invoice {inv} not visible")
        for inv in set(re.findall(r"\bFA?-20\d\d-\d{3,4}\b", flat)):
            if inv in old:
                problems.append(f"{r['file']}: mentions {inv} from another corpus")
        if r["new_contact"] and r["new_contact"].lower() not in flat.lower():
            problems.append(f"{r['file']}: new contact {r['new_contact']} not visible")
        if msg["date"]:
            day = msg["date"].datetime.date()
            if not FIRST - dt.timedelta(days=1) <= day <= LAST + dt.timedelta(days=1):
                problems.append(f"{r['file']}: date {day} outside the period")
        if r["promised_date"]:
            pd = dt.date.fromisoformat(r["promised_date"])
            if r["category"] not in ("promise_to_pay", "payment_difficulty"):
                problems.append(f"{r['file']}: promised date on a {r['category']} row")
            if not msg["date"]:
                problems.append(f"{r['file']}: promised date but no Date header")
            elif pd < msg["date"].datetime.date():
                problems.append(f"{r['file']}: promised date {pd} before reply date {msg['date']}")
        if r["category"] != "bounce" and not text.strip():
            problems.append(f"{r['file']}: nothing readable")
    cats = Counter(r["category"] for r in rows)
    hard = sum(r["hard"] == "yes" for r in rows)
    langs = Counter(r["lang"] for r in rows)
    print(f"{len(rows)} files, hard={hard}, languages={dict(langs)}, "
          f"promised dates={sum(bool(r['promised_date']) for r in rows)}, new contacts={sum(bool(r['new_contact']) for r in rows)}")
    for c in bc.CATEGORIES:
        sub = [r for r in rows if r["category"] == c]
        print(f"  {c:20s} {cats.get(c, 0):3d}  hard={sum(r['hard'] == 'yes' for r in sub):2d}  "
              f"fr={sum(r['lang'] == 'fr' for r in sub):2d} en={sum(r['lang'] == 'en' for r in sub):2d}")
    ov = overlap_report()
    print(f"6-word overlaps with the other sets' customer texts: {len(ov)} entries")
    for o in ov:
        print("   ", o)
    for p in problems:
        print("!!", p, file=sys.stderr)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
