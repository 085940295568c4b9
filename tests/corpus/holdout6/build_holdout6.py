#!/usr/bin/env python3
"""Build the SIXTH held-out labelled reply set (holdout6) for relancebot's reply classifier.

Every customer text below was written by hand for this set (new customers, new voices, new wording; none copied
from tests/corpus/replies/, holdout/ … holdout5/). Only the *wrapping* is reused: this script imports
tests/corpus/holdout5/build_holdout5.py (which imports holdout4, holdout3, holdout2, holdout and
replies/build_corpus.py) and calls their helpers for client headers, quote styles, MIME shapes, charsets,
attachments and bounce reports.
Added here: replies dated May - September 2031 (France +0200, UK and Ireland +0100, Boston -0400, the Netherlands
+0200, Sydney +1000; no clock change inside the period), invoices F-2031-NNNN and FA-2031-NNN, new customers,
new bounce texts.

Run:  .venv/bin/python tests/corpus/holdout6/build_holdout6.py
Deterministic; overwrites holdout6_*.eml and labels.tsv in this folder, then checks them.
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
_spec = importlib.util.spec_from_file_location("build_holdout5", OUT.parent / "holdout5" / "build_holdout5.py")
h5 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(h5)   # defines the earlier sets' entries too; they are only used for the overlap report
h4, h3, h2, hb, bc = h5.h4, h5.h3, h5.h2, h5.hb, h5.bc

bc.INV_POOL_F = [f"F-2031-{n:04d}" for n in range(101, 500)]
bc.INV_POOL_FA = [f"FA-2031-{n:03d}" for n in range(11, 160)]

DISCL_FR, DISCL_EN = bc.DISCL_FR, bc.DISCL_EN

NEW6_C = {
    # ------------------------------------------------------------ French-speaking
    "fournil6": ("Le Fournil de Léa", "lefournildelea@gmail.com", "android", "fr", ""),
    "pinsbleus6": ("Camping Les Pins Bleus", "camping.pinsbleus@orange.fr", "orange", "fr", ""),
    "roussel6": ("Roussel Expertise Comptable", "tiers@roussel-expertise.fr", "o365", "fr",
                "Julie Marchal\nCollaboratrice comptable\nRoussel Expertise Comptable\n3 rue Pasteur, 49100 Angers\n"
                "02 41 00 00 00\n\n" + DISCL_FR),
    "mairie6": ("Mairie de Saint-Rémy - Finances", "finances@saint-remy-la-varenne.fr", "outlook", "fr",
               "Service Finances\nMairie de Saint-Rémy-la-Varenne\nPlace de la République, 49250 Saint-Rémy-la-Varenne"),
    "glycines6": ("EHPAD public Les Glycines - Direction", "direction@ehpad-lesglycines.fr", "outlook", "fr",
                 "Direction administrative\nEHPAD public Les Glycines\n12 rue des Écoles, 53200 Château-Gontier"),
    "fabre6": ("Dr Caroline Fabre", "dr.fabre@cabinet-fabre.fr", "mac", "fr",
              "Dr Caroline Fabre\nChirurgien-dentiste\n18 boulevard Carnot, 37000 Tours"),
    "hugo6": ("La Table d'Hugo", "contact@latabledhugo.fr", "gmail", "fr", "Hugo & Manon\nLa Table d'Hugo - Saumur"),
    "joubert6": ("Domaine Joubert", "domaine@joubert-vins.fr", "tb", "fr",
                "Domaine Joubert\nVignerons à Meursault depuis 1921"),
    "lefort6": ("Monique Lefort", "monique.lefort49@yahoo.fr", "yahoo", "fr", ""),
    "perrin6": ("Garage Perrin", "garage.perrin@perrin-auto39.fr", "roundcube", "fr",
               "Garage Perrin\nRoute de Dole, 39100 Foucherans"),
    "alpina6": ("Hôtel du Lac - Comptabilité", "compta.lac@hoteldulac-annecy.fr", "outlook", "fr",
               "Comptabilité\nHôtel du Lac ****\nQuai Napoléon III, 74000 Annecy"),
    "pharma6": ("Pharmacie du Centre", "compta@pharmacieducentre-vichy.fr", "o365", "fr",
               "Pharmacie du Centre\n5 rue Lucas, 03200 Vichy\n\n" + DISCL_FR),
    "petitspas6": ("Micro-crèche Les Petits Pas", "lespetitspas.creche@gmail.com", "gmail", "fr",
                  "Élodie\nMicro-crèche Les Petits Pas"),
    "treteaux6": ("Les Tréteaux de Loire", "tresorerie.treteaux@gmail.com", "gmail", "fr",
                 "Hélène Caradec\nTrésorière - Les Tréteaux de Loire (compagnie de théâtre amateur)"),
    "morin6": ("Jean-Claude Morin", "jc.morin@wanadoo.fr", "orange", "fr", ""),
    # ------------------------------------------------------------ English-writing
    "liffey6": ("Orla Byrne", "orla@liffeycoffee.ie", "gmail", "en", "Orla\nLiffey Coffee Roasters, Dublin 7"),
    "penrose6": ("Jago Penrose", "jago@penrosesurf.co.uk", "apple", "en", ""),
    "aire6": ("Aire Valley Logistics - Accounts Payable", "ap@airevalleylogistics.co.uk", "o365", "en",
             "Accounts Payable\nAire Valley Logistics Ltd, Leeds\n\n" + DISCL_EN),
    "beacon6": ("Beacon Hill Interiors", "accounting@beaconhillinteriors.com", "outlook", "en",
               "Meredith Cole\nOffice Manager\nBeacon Hill Interiors, Boston MA"),
    "vandijk6": ("Van Dijk Bloemen BV - Finance", "finance@vandijkbloemen.nl", "o365", "en",
                "Finance / Financiële administratie\nVan Dijk Bloemen BV, Aalsmeer\n\n" + DISCL_EN),
    "brightside6": ("Gemma Hollis", "gemma@brightsidebookkeeping.co.uk", "gmail", "en",
                   "Gemma Hollis\nBrightside Bookkeeping, Bristol"),
    "harbourco6": ("Harbour & Co Events", "accounts@harbourandco.com.au", "outlook", "en",
                  "Accounts\nHarbour & Co Events Pty Ltd, Sydney NSW"),
    "kingsbridge6": ("Kingsbridge Town Council - Finance", "finance@kingsbridge-tc.gov.uk", "outlook", "en",
                    "Finance Officer\nKingsbridge Town Council\nThe Quay, Kingsbridge, Devon"),
    "brewhouse6": ("Clydeside Brewhouse", "ops@clydesidebrewhouse.co.uk", "tb", "en",
                   "Fraser McLeod\nClydeside Brewhouse, Glasgow"),
    "whitfield6": ("Graham Whitfield", "g.whitfield.provence@gmail.com", "android", "en", ""),
}
for _k in NEW6_C:
    assert _k not in bc.C, _k
bc.C.update(NEW6_C)

ZONE_TZ = {"fr": 120, "uk": 60, "ie": 60, "us_e": -240, "nl": 120, "au": 600}
ZONE_OF = {"liffey6": "ie", "brewhouse6": "uk", "penrose6": "uk", "aire6": "uk", "brightside6": "uk", "kingsbridge6": "uk", "beacon6": "us_e",
           "vandijk6": "nl", "harbourco6": "au"}   # Graham Whitfield is a British retiree in Provence: French time
FIRST, LAST = dt.date(2031, 5, 2), dt.date(2031, 9, 30)


def tz_for(c: str) -> int:
    return ZONE_TZ[ZONE_OF.get(c, "fr")]


ENTRIES: list[dict] = []
BOUNCES: list[dict] = []


def H(cat: str, lang: str, c: str, body: str, note: str, **kw) -> None:
    """One hand-written reply; keywords as in build_corpus.R, d= is 'YYYY-MM-DD HH:MM' (sender's local time)."""
    assert cat in bc.CATEGORIES, cat
    assert c in NEW6_C, c
    assert kw.get("d"), "every entry carries its date"
    assert FIRST <= dt.date.fromisoformat(kw["d"][:10]) <= LAST, kw["d"]
    kw.setdefault("tz", tz_for(c))
    if bc.C[c][2] == "outlook" and bc.C[c][3] == "en":
        kw.setdefault("pre", "RE: ")
    if cat == "auto_reply":
        kw.setdefault("back", 0)
        kw.setdefault("q", "none")
        kw.setdefault("nosig", 1)
    ENTRIES.append(dict(cat=cat, lang=lang, c=c, body=body, note=note, **kw))


def BNC(kind: str, rcpt: str, note: str, **kw) -> None:
    assert FIRST <= dt.date.fromisoformat(kw["d"][:10]) <= LAST, kw["d"]
    BOUNCES.append(dict(cat="bounce", kind=kind, rcpt=rcpt, note=note, lang=kw.pop("lang", "en"), **kw))


AS, MSX, PREC, XAR, LOOP = bc.AS, bc.MSX, bc.PREC, bc.XAR, bc.LOOP
MOREL, VASSEUR = bc.FIRMS["morel"]["addr"], bc.FIRMS["vasseur"]["addr"]
ol_block, D = hb.ol_block, hb.D

# =========================================================================== already_paid (20)
H("already_paid", "fr", "fournil6", """cc c bon jai fait le vir hier soir depuis lappli 👍 dsl du retard
Léa""", "bakery, SMS style: transfer made last night from the app", hard=1, d="2031-05-14 06:45", nosig=1)
H("already_paid", "fr", "pinsbleus6", """Bonjour,

Nous avons posté samedi un chèque qui couvre cette facture et celle de l'entretien des haies. Il devrait vous arriver en début de semaine.

Les Pins Bleus""", "campsite: cheque posted on Saturday", d="2031-06-03 11:20", nosig=1, firm="vasseur")
H("already_paid", "fr", "roussel6", """Bonjour,

Nous sommes l'expert-comptable de la SARL Boucherie Merle : la facture F-2031-0142 a été soldée par virement du 12 juin (libellé « MERLE BOUCHERIE FOURNISSEURS JUIN »).

Nous restons à votre disposition.""", "accountant writing for a client: invoice settled by transfer on 12 June", hard=1,
  d="2031-06-16 15:10", rinv="F-2031-0142")
H("already_paid", "fr", "mairie6", """Bonjour,

La DGFiP a procédé au paiement de votre facture le 8 juillet (mandat n° 1124, bordereau n° 87). Sur Chorus Pro, la demande de paiement doit apparaître au statut « Mise en paiement ». Les fonds proviennent du Service de gestion comptable de Saumur.

Cordialement,""", "town hall, public-sector jargon: DGFiP paid on 8 July, 'mise en paiement' on Chorus Pro", hard=1,
  d="2031-07-11 10:35")
H("already_paid", "fr", "fabre6", """Bonjour,

Je vous ai réglé par carte bancaire le 2 mai, le jour de la pose, avec le petit lecteur que votre technicien avait apporté. J'ai gardé le ticket si besoin.

C. Fabre""", "dentist: paid by card to the technician on installation day", d="2031-05-09 12:55", nosig=1)
H("already_paid", "fr", "hugo6", """Bonjour !

Désolés pour le silence, on a ouvert la terrasse le week-end dernier et c'est la folie : nouveau chef en cuisine, deux saisonniers qui arrivent lundi, la carte d'été à imprimer… Au passage, les banquettes que vous avez refaites font un tabac, trois clients nous ont demandé l'adresse de l'atelier.

Sinon pour votre message : Manon m'assure que c'est réglé, virement envoyé le 30 mai, normalement vous l'avez déjà.

Bonne semaine,
Hugo""", "restaurant, long chatty text: the payment sentence comes last (transfer sent 30 May)", hard=1,
  d="2031-06-04 16:40", nosig=1)
H("already_paid", "fr", "lefort6", """Bonjour Monsieur,

C'est mon fils Julien qui a payé pour moi, par virement, la semaine dernière. Ne cherchez pas à mon nom sur votre relevé, ce sera au nom de Julien Lefort.

Bien cordialement,
Monique Lefort""", "elderly customer: her son paid by transfer in his own name last week", hard=1, d="2031-07-08 09:30",
  nosig=1, firm="vasseur")
H("already_paid", "fr", "joubert6", """Bonjour,

Pas encore payé, dites-vous ? Si : le virement est parti jeudi 18 septembre, juste avant qu'on attaque les blancs. Voyez avec votre banque, il y a peut-être un délai.

Bertrand Joubert""", "winery, rhetorical negation: 'pas encore payé ? Si', transfer left on 18 September", hard=1,
  d="2031-09-22 07:50", nosig=1)
H("already_paid", "fr", "perrin6", """Regle le 27/06 par virement instantane. Ref PERRIN-0627.
Perrin""", "garage, no accents: instant transfer on 27/06", d="2031-06-30 08:05", nosig=1)
H("already_paid", "fr", "alpina6", """Madame, Monsieur,

Nous vous confirmons le règlement de cette facture par virement SEPA en date du 11 août. L'avis de virement est joint à ce message.

Cordialement,""", "hotel accounts: SEPA transfer on 11 August, advice attached", d="2031-08-13 14:25",
  att=[("Avis_virement_110831.pdf", "pdf", "Avis de virement - Hotel du Lac")])
H("already_paid", "fr", "pharma6", """Bonjour,

Notre groupement règle les fournisseurs de l'officine de façon centralisée. Votre facture figure sur le relevé de règlements du 5 septembre, que vous trouverez en pièce jointe (ligne 14).

Bien à vous,""", "pharmacy, HTML-only: paid centrally by its purchasing group on 5 September", hard=1,
  d="2031-09-09 11:15", m="html", att=[("Releve_reglements_0509.pdf", "pdf", "Releve de reglements")])
H("already_paid", "fr", "petitspas6", """> Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message.

C'est le cas ! Parti le 1er juillet avec les salaires. Je ne tiens donc pas compte :)

Élodie""", "micro-nursery, inline answer under one quoted sentence: paid on 1 July", hard=1, pos="raw",
  d="2031-07-04 13:10", nosig=1, irt_always=1)
H("already_paid", "fr", "treteaux6", """Bonjour,

Notre trésorière a remis un chèque à votre collègue à la fin de la représentation du 21 juin, dans une enveloppe au nom de l'atelier. Pourriez-vous vérifier qu'il n'est pas resté dans une poche ?

Merci,""", "amateur theatre: cheque handed to a colleague after the show on 21 June", d="2031-06-25 19:45")
H("already_paid", "en", "liffey6", """Paid that Monday via Revolut, should land any day now. Reference was "MOREL BENCHES".""",
  "Dublin roaster: paid on Monday via Revolut", d="2031-05-21 12:20", nosig=1)
H("already_paid", "en", "penrose6", """Sorted this morning, bank transfer from the business account. Sorry for the faff!""",
  "Cornish surf school on iPhone: transfer this morning", d="2031-07-15 08:10", nosig=1)
H("already_paid", "en", "aire6", """Good morning,

Please be advised that this invoice was settled in our BACS run of 24/06/2031. Remittance enclosed for your records.

Kind regards,""", "Leeds AP: settled in the BACS run of 24/06/2031", d="2031-06-26 09:40",
  att=[("AVL_Remittance_240631.pdf", "pdf", "Remittance advice - Aire Valley Logistics")])
H("already_paid", "en", "beacon6", """Hello,

Our controller confirms that a wire for the full amount was released on July 29; the wire fees were charged to us, so you should receive the invoice total. Let me know if it hasn't shown up by next week.

Thanks,
Meredith""", "Boston design firm: wire released on July 29", d="2031-08-01 11:05", nosig=1)
H("already_paid", "en", "brightside6", """Hi there,

I keep the books for The Copper Kettle (Sarah Boyd's café in Clifton). I can see this invoice was paid from their Starling account on 2 September; screenshot attached. Could you mark it as settled?

Many thanks,""", "bookkeeper writing for a client: paid on 2 September, screenshot", hard=1, d="2031-09-04 10:30",
  att=[("Starling_payment_0209.png", "png")])
H("already_paid", "en", "vandijk6", """Dear Sir/Madam,

We are not late with this invoice: payment was done on 14-08-2031 together with three other invoices of your company, total amount EUR 6.912,00. Please look at your account statement again; the specification is attached.

Kind regards,""", "Dutch firm, negation: 'we are not late', grouped payment on 14-08-2031", hard=1, d="2031-08-19 14:00",
  att=[("Betalingsspecificatie_20310814.pdf", "pdf", "Betalingsspecificatie")])
H("already_paid", "en", "whitfield6", """Pretty sure my wife paid this before we flew back to Leeds. She says she put a cheque through your letterbox on the 5th. Shout if nothing's turned up.

Graham""", "British retiree in Provence, bottom-posted and hedged: cheque dropped off on the 5th", hard=1,
  d="2031-08-12 17:25", nosig=1, pos="bottom")

# =========================================================================== promise_to_pay (20)
H("promise_to_pay", "fr", "fournil6", """je vous paie sans faute le 10 qd jai fait la recette du mois promis""",
  "bakery, SMS style: pays on the 10th (reply Wed 4 June)", hard=1, d="2031-06-04 21:15", prom="2031-06-10", nosig=1)
H("promise_to_pay", "fr", "pinsbleus6", """Bonjour,

Notre comptable ne vient au camping que le mardi. Elle fera le virement mardi prochain.

Cordialement,
Mme Garreau""", "campsite: the bookkeeper pays next Tuesday (reply Thu 22 May)", d="2031-05-22 10:50",
  prom="2031-05-27", nosig=1, firm="vasseur")
H("promise_to_pay", "fr", "roussel6", """Bonjour,

Notre client, M. Besnard (Besnard Couverture), nous a remis les fonds. Nous lancerons ce paiement depuis son compte avec notre prochain lot de virements, soit sous huitaine.

Cordialement,""", "accountant for a client: paid within eight days ('sous huitaine', reply 9 July)", hard=1,
  d="2031-07-09 11:30", prom="2031-07-17")
H("promise_to_pay", "fr", "mairie6", """Bonjour,

Le service fait a été constaté par les services techniques le 12 mai. Votre facture est en cours de mandatement ; le virement suivra : la commune dispose de 30 jours à compter de la réception de la facture pour payer.

Cordialement,""", "town hall, public jargon: service fait certified, being 'mandatée', paid within the legal 30 days (no date)",
  hard=1, d="2031-05-15 14:40")
H("promise_to_pay", "fr", "glycines6", """Bonjour,

L'ordonnateur a signé ce matin le bordereau de mandats sur lequel figure votre facture. Le comptable public devrait procéder au paiement d'ici le 20 juin.

Cordialement,""", "public care home: ordonnateur signed the mandate, public accountant to pay by 20 June", hard=1,
  d="2031-06-11 16:05", prom="2031-06-20")
H("promise_to_pay", "fr", "fabre6", """Bonjour,

Toutes mes excuses, c'est passé à la trappe avec le déménagement du cabinet. Je fais le virement dès mon retour de congés, le 25 août.

C. Fabre""", "dentist: transfer on return from leave, 25 August (day named)", d="2031-08-06 18:20", prom="2031-08-25",
  nosig=1)
H("promise_to_pay", "fr", "hugo6", """Bonjour, on règle tous nos fournisseurs en fin de mois, vous serez dans le lot du 31.
Hugo""", "restaurant: in the batch of the 31st (reply 16 July)", d="2031-07-16 15:35", prom="2031-07-31", nosig=1)
H("promise_to_pay", "fr", "joubert6", """Bonjour,

On ne conteste rien, rassurez-vous. Avec la mise en bouteille, tout le bureau a pris du retard. Le virement sera fait vendredi.

Bertrand Joubert""", "winery, negation 'on ne conteste rien': transfer on Friday (reply Tue 17 June)", hard=1,
  d="2031-06-17 12:15", prom="2031-06-20", nosig=1)
H("promise_to_pay", "fr", "perrin6", """Je passe le paiement demain matin avant l'ouverture.""",
  "garage: tomorrow morning (reply Tue 2 Sept)", d="2031-09-02 19:05", prom="2031-09-03", nosig=1)
H("promise_to_pay", "fr", "lefort6", """Bonjour,

J'attends le remboursement de l'assurance pour le dégât des eaux de la véranda. Je vous règle dès qu'il arrive, c'est promis.

Monique Lefort""", "elderly customer, condition: pays as soon as the insurance refund arrives (no date)", hard=1,
  d="2031-07-22 10:05", nosig=1, firm="vasseur")
H("promise_to_pay", "fr", "alpina6", """Bonjour,

Facture validée par la direction, et planifiée dans notre campagne de règlement du 5 septembre.

Cordialement,""", "hotel accounts: payment run of 5 September", d="2031-08-27 09:55", prom="2031-09-05", lvl=2)
H("promise_to_pay", "fr", "pharma6", """Bonjour,

Le virement est programmé pour le 15/07.

Cordialement,""", "pharmacy: transfer scheduled for 15/07", d="2031-07-07 10:20", prom="2031-07-15", q="origine_fr")
H("promise_to_pay", "fr", "petitspas6", """Bonjour,

La CAF nous verse la prestation de service début juillet, on vous paye juste après, mettons le 5.

Élodie""", "micro-nursery: after the CAF grant, 'mettons le 5' (reply 23 June)", hard=1, d="2031-06-23 13:45",
  prom="2031-07-05", nosig=1)
H("promise_to_pay", "en", "liffey6", """Grand, I'll fire it over Friday once the wholesale customers have paid us.

Orla""", "Dublin roaster, condition: pays on Friday once her customers pay (reply Tue 5 Aug)", hard=1,
  d="2031-08-05 11:10", prom="2031-08-08", nosig=1)
H("promise_to_pay", "en", "penrose6", """Will pay end of next week — the school's flat out with the half-term crowd.""",
  "surf school: end of next week (reply Tue 27 May)", d="2031-05-27 18:40", prom="2031-06-06", nosig=1)
H("promise_to_pay", "en", "aire6", """Good afternoon,

This one has cleared approval; it's booked into our next BACS run on Thursday 17 July.

Kind regards,""", "Leeds AP: BACS run on Thursday 17 July", d="2031-07-10 14:15", prom="2031-07-17")
H("promise_to_pay", "en", "beacon6", """Hi,

Approved today. Our payments go out on the 1st and the 15th, so you'll be in the September 15 batch.

Meredith""", "Boston design firm: September 15 batch", d="2031-09-03 10:45", prom="2031-09-15", nosig=1)
H("promise_to_pay", "en", "kingsbridge6", """Dear Sir/Madam,

Your invoice has now been receipted against the purchase order and will be settled in line with the Council's 30-day payment terms.

Yours faithfully,""", "UK town council: receipted against the PO, paid within its 30-day terms (no date)", hard=1,
  d="2031-06-18 11:25")
H("promise_to_pay", "en", "harbourco6", """Hi team,

Sorry this has dragged, the EOFY close (30 June) froze everything. We'll release it within 5 working days.

Cheers,
Accounts""", "Sydney events firm: within 5 working days (reply Wed 2 July, +1000)", hard=1, d="2031-07-02 10:00",
  prom="2031-07-09", nosig=1)
H("promise_to_pay", "en", "whitfield6", """Will sort it when I'm back in France on the 14th, my French bank card is sitting in a drawer there.""",
  "British retiree: pays on his return on the 14th (reply 4 August)", d="2031-08-04 20:10", prom="2031-08-14", nosig=1)

# =========================================================================== not_received (19)
H("not_received", "fr", "fournil6", """jai jamais eu cette facture moi, vous lavez envoyé ou ??""",
  "bakery, SMS question form: never had the invoice", hard=1, d="2031-09-11 05:55", nosig=1)
H("not_received", "fr", "pinsbleus6", """Bonjour,

Nous n'avons rien reçu, ni par la poste ni par courriel, pour les travaux de débroussaillage. Pouvez-vous nous renvoyer la facture à cette adresse ?

Merci,
Les Pins Bleus""", "campsite: nothing received, resend to this address", d="2031-05-06 17:30", nosig=1, firm="vasseur")
H("not_received", "fr", "roussel6", """Bonjour,

Notre cliente, la SAS Delorme Optique, ne retrouve pas la facture FA-2031-047 dans ses pièces. Un duplicata nous permettrait de l'enregistrer et de la soumettre à sa validation.

Cordialement,""", "accountant for a client: invoice missing from the client's records, asks a duplicate", hard=1,
  d="2031-06-24 10:15", rinv="FA-2031-047")
H("not_received", "fr", "mairie6", """Bonjour,

Aucune demande de paiement n'a été déposée sur Chorus Pro pour cette prestation. Sans dépôt, nos services ne peuvent ni constater le service fait ni engager le mandatement. Merci de déposer votre facture sur Chorus Pro (SIRET 214 902 000 00015, code service FINANCES).

Cordialement,""", "town hall: no 'demande de paiement' on Chorus Pro, cannot certify nor mandate", hard=1,
  d="2031-07-01 09:25")
H("not_received", "fr", "glycines6", """Bonjour,

Le document joint à votre relance ne s'affiche pas : nous obtenons trois pages blanches. Pourriez-vous nous transmettre à nouveau la facture ?

Cordialement,""", "care home: attached invoice shows blank pages", d="2031-09-16 14:50")
H("not_received", "fr", "fabre6", """Bonjour,

La facture jointe n'est pas la mienne : elle est au nom d'un certain M. Garnier, à Amboise. Pouvez-vous m'envoyer la bonne ?

C. Fabre""", "dentist: the attached PDF is another customer's invoice", d="2031-05-28 13:05", nosig=1)
H("not_received", "fr", "hugo6", """Bonjour,

Je ne conteste pas du tout l'intervention, mais je n'ai jamais reçu de facture : seulement la feuille de passage que votre technicien m'a fait signer. Vous pouvez me la faire passer ?

Hugo""", "restaurant, negation 'je ne conteste pas': only the signed job sheet, never the invoice", hard=1,
  d="2031-08-20 15:15", nosig=1)
H("not_received", "fr", "joubert6", """Bonjour,

Cette facture, on ne l'a jamais vue passer. Depuis avril, notre ancienne adresse du domaine n'est plus relevée ; c'est peut-être là qu'elle est partie. Vous pouvez la renvoyer ici.

Bertrand Joubert""", "winery: never received, probably sent to the old mailbox", d="2031-07-15 08:40", nosig=1)
H("not_received", "fr", "perrin6", """bonjour
jamais recu de facture pour le pont elevateur. renvoyez svp
Perrin""", "garage, no accents: never received the lift invoice", d="2031-05-23 18:35", nosig=1)
H("not_received", "fr", "pharma6", """Bonjour,

Cette facture est introuvable chez nous. Merci de l'adresser à notre service fournisseurs, factures@pharmacieducentre-vichy.fr : c'est la seule adresse qui alimente notre logiciel de comptabilité.

Cordialement,""", "pharmacy: no trace, send it to its own accounts-payable mailbox (same domain, proposed contact)",
  hard=1, d="2031-06-06 10:10", nc="factures@pharmacieducentre-vichy.fr")
H("not_received", "fr", "petitspas6", """Bonjour,

Le lien de téléchargement de la facture dans votre message a expiré, je n'arrive pas à l'ouvrir. Vous pouvez la joindre directement en PDF ?

Élodie""", "micro-nursery: download link expired, cannot open the invoice", d="2031-09-10 12:25", nosig=1)
H("not_received", "fr", "lefort6", """Bonjour,

Je ne comprends pas : je n'ai reçu aucune facture, seulement ce rappel. Pouvez-vous me l'envoyer par la poste ? Je n'ai pas d'ordinateur à la maison, c'est ma voisine qui lit mes courriels.

Monique Lefort""", "elderly customer: no invoice, only the reminder; asks it by post", d="2031-05-19 16:15", nosig=1,
  firm="vasseur")
H("not_received", "fr", "treteaux6", """Bonjour,

Quelle prestation ? La compagnie n'a reçu aucune facture de votre part cette saison. S'il s'agit des praticables du mois de mars, merci de nous l'envoyer, je la présenterai au bureau.

Hélène""", "amateur theatre, question form: which service? no invoice received", hard=1, d="2031-07-29 21:30",
  nosig=1)
H("not_received", "en", "liffey6", """Never got this one, lads. Can you send it to accounts@liffeycoffee.ie? That's the inbox our bookkeeper actually checks.

Orla""", "Dublin roaster: never got it, send to its own accounts mailbox (same domain, proposed contact)", hard=1,
  d="2031-06-12 09:55", nosig=1, nc="accounts@liffeycoffee.ie")
H("not_received", "en", "aire6", """Good morning,

Your reminder came through but the invoice PDF was not attached — only the covering text. Please resend it with the attachment.

Kind regards,""", "Leeds AP: the PDF was not attached", d="2031-08-07 09:20")
H("not_received", "en", "beacon6", """Hi,

I searched our AP inbox and QuickBooks: nothing from Atelier Morel before this reminder. Could you send the original invoice, please?

Meredith""", "Boston design firm: nothing in inbox or books", d="2031-06-10 13:35", nosig=1)
H("not_received", "en", "vandijk6", """Dear Sir/Madam,

Your invoice was sent by post to our old address in Utrecht. We moved to Aalsmeer in March and the post is not forwarded. Please e-mail us a copy of the invoice.

Kind regards,""", "Dutch firm: invoice posted to the old address, asks a copy by e-mail", d="2031-07-24 10:40")
H("not_received", "en", "harbourco6", """Hi,

Can't find F-2031-0318 anywhere in our system. Did it go to the Melbourne office by any chance? Please resend to us here.

Accounts""", "Sydney events firm, question form: invoice not in the system, maybe sent to another office", hard=1,
  d="2031-08-28 09:15", nosig=1, rinv="F-2031-0318")
H("not_received", "en", "kingsbridge6", """Dear Sir/Madam,

Unless the invoice was submitted through the Council's e-invoicing portal, it will not have reached Accounts Payable. We have no record of it. Please submit it via the portal and quote the purchase order number.

Yours faithfully,""", "UK town council, 'unless': no record, submit via the e-invoicing portal", hard=1,
  d="2031-09-17 14:05")

# =========================================================================== dispute (20)
H("dispute", "fr", "fournil6", """les etageres du fournil sont deja voilees avec la chaleur du four, c pas normal. tant que c pas changé je bloque le paiement""",
  "bakery, SMS style: shelves already warped by the oven heat, payment blocked", hard=1, d="2031-06-27 05:40", nosig=1)
H("dispute", "fr", "pinsbleus6", """Bonjour,

Vous avez facturé quatre tontes en mai alors que votre équipe n'est passée que trois fois. Nous notons chaque passage sur le cahier de l'accueil.

Cordialement,
Mme Garreau""", "campsite: four mowings billed, only three done", d="2031-06-02 09:35", nosig=1, firm="vasseur")
H("dispute", "fr", "roussel6", """Bonjour,

Notre client, M. Pichon, conteste le taux de TVA appliqué : 20 % au lieu de 10 %, pour des travaux dans un logement achevé depuis plus de deux ans. Il vous avait remis l'attestation. Merci d'émettre une facture rectificative ; il la réglera dès réception.

Cordialement,""", "accountant: wrong VAT rate, asks a corrected invoice (the promise inside gets no date)", hard=1,
  d="2031-09-01 11:50", lvl=2)
H("dispute", "fr", "mairie6", """Bonjour,

Le service fait ne peut pas être certifié : le procès-verbal de réception du 4 juin comporte des réserves (joints de la salle de motricité). Tant qu'elles n'auront pas été levées, l'ordonnateur ne mandatera pas votre facture.

Cordialement,""", "town hall, public jargon: works accepted with reservations, service fait not certified", hard=1,
  d="2031-06-19 15:30")
H("dispute", "fr", "glycines6", """Madame, Monsieur,

Nous vous remercions pour la qualité de votre intervention, les résidents apprécient beaucoup les nouveaux fauteuils. Toutefois, notre bon de commande n° 2031-118 portait sur douze fauteuils, et votre facture en mentionne quatorze. Nous ne pourrons la mettre en paiement qu'après réception d'un avoir.

Cordialement,""", "care home, polite dispute: 14 armchairs billed, 12 ordered, awaits a credit note", hard=1,
  d="2031-05-13 10:45")
H("dispute", "fr", "fabre6", """Bonjour,

Le meuble de la salle d'attente a été livré avec une porte rayée. Je vous ai envoyé les photos le 10 juin, personne ne m'a répondu. Je ne réglerai pas avant d'avoir une solution.

C. Fabre""", "dentist: scratched cabinet door, no answer to her photos", d="2031-06-23 19:00", nosig=1, lvl=2)
H("dispute", "fr", "hugo6", """Écoutez, je veux bien payer, mais pas trois déplacements pour une seule panne de la chambre froide. Votre technicien est venu une fois, point.

Hugo""", "restaurant, 'je veux bien payer, mais': three call-outs billed for one visit", hard=1, d="2031-05-20 23:05",
  nosig=1)
H("dispute", "fr", "joubert6", """Bonjour,

Ce n'est pas ce qui était convenu. Le devis comprenait la finition huilée des portes de la cave, elle n'a jamais été faite. Corrigez la facture ou revenez terminer, et nous paierons.

Bertrand Joubert""", "winery: oiled finish in the quote never done", d="2031-08-26 18:20", nosig=1)
H("dispute", "fr", "perrin6", """Facture en double : vous nous avez deja facture ce meme etabli sur la F-2031-0276, qu'on a reglee en mai. On ne paiera pas deux fois.
Perrin""", "garage: duplicate invoice for a workbench already invoiced and paid (dispute over already_paid)", hard=1,
  d="2031-07-31 17:50", nosig=1, rinv="F-2031-0281", inv=["F-2031-0281", "F-2031-0276"])
H("dispute", "fr", "lefort6", """Bonjour Monsieur,

Je suis surprise par le montant. Votre devis annonçait un forfait de 850 € pour l'élagage du tilleul, et je reçois une facture de 1 120 €. Personne ne m'a parlé d'un supplément.

Monique Lefort""", "elderly customer: invoice above the flat-rate quote", d="2031-06-12 11:35", nosig=1, firm="vasseur")
H("dispute", "fr", "alpina6", """Bonjour,

Merci pour votre relance. La saison a bien démarré et nous recevons de nombreux compliments sur les chambres rénovées du deuxième étage ; votre équipe a fait un travail soigné et dans les délais, malgré un accès compliqué.

Nous avons également bien noté votre proposition pour l'aménagement du bar l'hiver prochain, que la direction étudiera en octobre.

En revanche, nous ne pouvons pas régler cette facture en l'état : les deux têtes de lit de la suite 12 ne sont pas dans le coloris validé (chêne clair commandé, noyer livré). Merci de nous dire comment vous comptez y remédier.

Cordialement,""", "hotel, long and warm: the dispute (wrong wood colour) is in the last paragraph", hard=1,
  d="2031-07-17 16:25")
H("dispute", "fr", "pharma6", """Bonjour,

Nous avons réglé 1 872 € sur les 2 340 € réclamés : la différence correspond à la remise de 20 % négociée par notre groupement, qui n'apparaît pas sur votre facture.

Cordialement,""", "pharmacy: partial payment, deducts a negotiated 20 % discount missing from the invoice", hard=1,
  d="2031-08-28 10:30")
H("dispute", "fr", "petitspas6", """Bonjour,

La commande des casiers a été annulée par mail de notre part le 3 mars, avant tout début de fabrication. Nous ne comprenons pas pourquoi ils sont facturés.

Élodie""", "micro-nursery: order cancelled by e-mail on 3 March, still invoiced", d="2031-05-07 14:00", nosig=1)
H("dispute", "en", "liffey6", """Ah here. The hood extension over the roaster was never finished, your lads left the flue unsealed and we've had smoke in the shop twice. Not paying for half a job.

Orla""", "Dublin roaster: extraction hood left unfinished", d="2031-06-05 16:45", nosig=1)
H("dispute", "en", "penrose6", """Happy to pay for the board rack itself, not the delivery charge though — you told me on the phone delivery was included.""",
  "surf school, 'happy to pay … not': contests the delivery charge", hard=1, d="2031-08-21 19:20", nosig=1)
H("dispute", "en", "aire6", """Good afternoon,

This invoice is on hold: the price does not match purchase order 4500231 (PO value EUR 1,950.00, invoice EUR 2,340.00). We need either a credit note covering the gap or a replacement invoice at the PO price.

Kind regards,""", "Leeds AP: invoice price does not match the PO", d="2031-05-29 15:50")
H("dispute", "en", "beacon6", """Hi,

To be clear, we're not refusing to pay. But two of the six dining chairs arrived with cracked back rails (photos attached), and we'd like replacements or a credit before this is settled.

Meredith""", "Boston design firm, negation 'not refusing to pay': two chairs cracked", hard=1, d="2031-07-31 12:40",
  nosig=1, att=[("chair_damage_1.jpg", "jpg"), ("chair_damage_2.jpg", "jpg")])
H("dispute", "en", "vandijk6", """Dear Sir/Madam,

We have rejected this invoice: the company name and VAT number on it belong to our former holding company. Please send a corrected invoice to Van Dijk Bloemen BV; we will then pay it within our normal terms.

Kind regards,""", "Dutch firm: invoice to the wrong entity, to be reissued (promise after reissue gets no date)", hard=1,
  d="2031-09-08 09:50")
H("dispute", "en", "whitfield6", """> Thank you in advance for your payment.

You'll have it when it's finished. The pergola still leans a good five centimetres towards the pool. Your fitter said he'd come back with longer anchors and we haven't seen him since June.

> If you disagree or have any question, do not hesitate to contact us.

Consider this the contact. Fix it and you'll get paid.

Graham""", "British retiree, inline answers between quoted lines: pergola still leaning", hard=1, pos="raw",
  d="2031-07-09 18:55", nosig=1, irt_always=1)
H("dispute", "en", "harbourco6", """Hi,

Before I sign this one off: the stage was delivered a day late for the Darling Harbour launch and we had to hire one locally at short notice. I'll need to talk to someone about that cost first.

Accounts""", "Sydney events firm, indirect: late delivery cost them a hire, talk before paying", hard=1,
  d="2031-05-08 09:30", nosig=1)

# =========================================================================== payment_difficulty (19)
H("payment_difficulty", "fr", "fournil6", """la boutique ferme 3 semaines en aout, je peux vous faire en 2 fois ? moitié le 5 sept et le reste le 5 oct""",
  "bakery, SMS style: two instalments, first on 5 September", hard=1, d="2031-07-30 20:50", prom="2031-09-05",
  nosig=1)
H("payment_difficulty", "fr", "pinsbleus6", """Bonjour,

Avec ce printemps pluvieux, les réservations ont fondu et notre trésorerie est à plat jusqu'à l'arrivée des juillettistes. Accepteriez-vous un règlement en trois mensualités ?

Mme Garreau""", "campsite: rainy spring, asks three monthly instalments (no date)", d="2031-05-12 10:25", nosig=1,
  firm="vasseur")
H("payment_difficulty", "fr", "roussel6", """Bonjour,

Notre client, la SARL Traiteur Vidal, a perdu en juin son principal marché (la restauration d'un groupe scolaire) et traverse une période délicate. Il sollicite un échéancier sur six mois, dont la première échéance tomberait le 30 septembre.

Nous vous remercions de l'attention que vous porterez à sa demande.

Cordialement,""", "accountant for a client: six-month plan, first instalment on 30 September", hard=1,
  d="2031-09-12 14:35", prom="2031-09-30")
H("payment_difficulty", "fr", "joubert6", """Bonjour,

La grêle du 22 juin a détruit plus de la moitié de la récolte sur nos parcelles de Meursault. Nous ne pourrons rien régler avant d'avoir vendu ce qui reste, pas avant le printemps prochain. Je préfère vous le dire franchement.

Bertrand Joubert""", "winery: hail destroyed the crop, nothing before next spring (no date)", d="2031-07-07 09:10", nosig=1)
H("payment_difficulty", "fr", "fabre6", """Bonjour,

J'ai fait le point avec mon expert-comptable et voici ce que je vous propose : 500 € le 20 juin, 500 € le 20 juillet, et le solde fin août. Cela m'évite de mettre le compte du cabinet à découvert après les travaux.

Bien cordialement,
C. Fabre""", "dentist, difficulty phrased as a plan: three instalments from 20 June", hard=1, d="2031-06-05 12:30",
  prom="2031-06-20", nosig=1)
H("payment_difficulty", "fr", "hugo6", """Bonjour,

La rue a été fermée six semaines pour les travaux du tram et le restaurant a tourné au quart de sa capacité. Régler la totalité maintenant, je n'y arriverai pas. Pouvez-vous m'accorder jusqu'au 15 octobre ?

Hugo""", "restaurant: street works, asks until 15 October", d="2031-09-05 11:20", prom="2031-10-15", nosig=1)
H("payment_difficulty", "fr", "lefort6", """Bonjour Monsieur,

Depuis le décès de mon mari en juin, nos comptes sont bloqués le temps que le notaire règle la succession. Pourriez-vous patienter un peu ? Je ne sais pas encore combien de temps cela prendra.

Monique Lefort""", "elderly customer: accounts frozen by the estate, asks to wait (no date)", hard=1,
  d="2031-08-18 15:05", nosig=1, firm="vasseur")
H("payment_difficulty", "fr", "perrin6", """Bonjour,

Un redressement judiciaire a été prononcé pour le garage le 10 juin (tribunal de commerce de Lons-le-Saunier). Pour vos factures d'avant cette date, il faut faire une déclaration de créance au mandataire, Me Girod : creances@girod-mandataire.fr.

M. Perrin""", "garage in receivership: declare the claim to the court-appointed representative", d="2031-06-26 10:20",
  nosig=1, nc="creances@girod-mandataire.fr")
H("payment_difficulty", "fr", "alpina6", """Bonjour,

Si la fin de saison ressemble à son début, nous pourrons vous régler fin septembre. À ce jour, notre trésorerie ne nous le permet malheureusement pas.

Cordialement,""", "hotel, condition: cannot pay now, proposes end of September", hard=1, d="2031-08-02 10:00",
  prom="2031-09-30")
H("payment_difficulty", "fr", "pharma6", """Bonjour,

Entre la baisse des marges sur les génériques et un redressement URSSAF, l'officine traverse une passe difficile. Nous vous demandons un report de soixante jours pour cette facture.

Cordialement,""", "pharmacy: margins and a social-security reassessment, asks 60 days (no date)", d="2031-07-21 17:10")
H("payment_difficulty", "fr", "petitspas6", """Bonjour,

La CAF a trois mois de retard dans ses versements et on ne peut vraiment pas payer la totalité maintenant. Est-ce que 300 € par mois vous conviendraient ? Je peux faire le premier virement dès lundi.

Élodie""", "micro-nursery: 300 a month, first on Monday (reply Wed 21 May)", d="2031-05-21 20:35", prom="2031-05-26",
  nosig=1)
H("payment_difficulty", "fr", "treteaux6", """Bonjour,

Notre festival d'été a été annulé à cause de l'alerte canicule et nous avons dû rembourser tous les billets. Le bureau m'a chargée de vous demander s'il serait possible d'étaler le paiement en quatre fois à partir de la rentrée.

Bien cordialement,
Hélène""", "amateur theatre: festival cancelled, four instalments 'à partir de la rentrée' (no date)", hard=1,
  d="2031-07-28 22:10", nosig=1)
H("payment_difficulty", "fr", "morin6", """Madame, Monsieur,

Avec ma pension, je n'ai pas de quoi régler la somme entière. Je vous enverrai 100 euros au début de chaque mois, à partir du 1er août, si cela vous convient.

Jean-Claude Morin""", "retired private customer: 100 a month from 1 August", d="2031-07-18 09:45", prom="2031-08-01", nosig=1)
H("payment_difficulty", "en", "liffey6", """Look, honestly, cash has been tight since our Capel Street café closed. Could we split this over three months?

Orla""", "Dublin roaster: café closed, three months (no date)", d="2031-09-18 10:35", nosig=1)
H("payment_difficulty", "en", "penrose6", """Rubbish summer, the weather's been grim and bookings are down a third. Any chance I could pay half now-ish and the rest in October?""",
  "surf school: half 'now-ish', rest in October (no date)", hard=1, d="2031-08-11 21:05", nosig=1)
H("payment_difficulty", "en", "aire6", """To all suppliers,

Aire Valley Logistics Ltd has proposed a Company Voluntary Arrangement, approved by creditors on 6 August 2031. Payments to unsecured creditors will be made through the supervisor. Please send your claim to cva@northgateinsolvency.co.uk.

Kind regards,""", "Leeds firm in a CVA: claims to the supervisor", d="2031-08-14 12:00", nc="cva@northgateinsolvency.co.uk")
H("payment_difficulty", "en", "beacon6", """Hi,

Thanks for your patience on this. I wanted to explain where we are before you hear it from anyone else. Our largest project, a townhouse on Beacon Street, was put on hold in June when the owners' financing fell through, and we've had to carry the cost of the materials we'd already ordered, including your pieces. The good news is that the project restarts in the fall.

In the meantime, would you agree to EUR 1,000 on August 29 and the balance on September 30?

Meredith""", "Boston design firm, long text: the instalment request comes last, first on August 29", hard=1,
  d="2031-08-15 16:20", prom="2031-08-29", nosig=1)
H("payment_difficulty", "en", "whitfield6", """Between you and me, the new roof wiped us out. We'll pay, just not all at once. 200 a month from the first of next month?""",
  "British retiree: 200 a month from 1 July (reply 17 June)", hard=1, d="2031-06-17 19:40", prom="2031-07-01",
  nosig=1)
H("payment_difficulty", "en", "brightside6", """Hi,

Sarah Boyd at The Copper Kettle asked me to get in touch. She can't cover this invoice until her business loan comes through, which the bank says will probably be late September. Would that be acceptable?

Best,""", "bookkeeper for a client: waits for a loan, 'probably late September' (no date)", hard=1,
  d="2031-08-22 11:45")

# =========================================================================== wrong_contact (19)
H("wrong_contact", "fr", "fournil6", """cest plus moi qui gere la boutique depuis juin, ecrivez a la nouvelle gerante : fournil.gestion.sandra@gmail.com""",
  "bakery, SMS style: new manager since June", d="2031-07-21 14:30", nosig=1, nc="fournil.gestion.sandra@gmail.com")
H("wrong_contact", "fr", "pinsbleus6", """Bonjour,

Nous avons cédé le camping au 1er avril. Les factures sont désormais à adresser à la SAS Pins Bleus Loisirs : direction@pinsbleus-loisirs.fr.

Cordialement,""", "campsite sold on 1 April: write to the new owner", d="2031-05-05 15:40", firm="vasseur",
  nc="direction@pinsbleus-loisirs.fr", nosig=1)
H("wrong_contact", "fr", "roussel6", """Bonjour,

Notre cabinet n'est plus l'expert-comptable de la SAS Garnier Bois depuis le 31 mars. Écrivez directement à la société : comptabilite@garnier-bois.fr.

Cordialement,""", "former accountant: write to the client directly", d="2031-06-09 09:15", nc="comptabilite@garnier-bois.fr")
H("wrong_contact", "fr", "mairie6", """Bonjour,

Cette facture porte sur l'école maternelle, dont la compétence a été transférée à la communauté de communes Loire-Layon au 1er janvier. La commune ne peut pas la mandater. Merci de ré-adresser votre demande de paiement à la communauté de communes : finances@cc-loirelayon.fr.

Cordialement,""", "town hall: competence transferred to the inter-municipal body, write to it", hard=1,
  d="2031-09-15 11:00", nc="finances@cc-loirelayon.fr")
H("wrong_contact", "fr", "glycines6", """Bonjour,

Je suis la cadre de santé : les factures ne passent pas par moi. Pour les fournisseurs, il faut écrire à l'économat : economat@ehpad-lesglycines.fr.

Cordialement,
Nadia Ferreira""", "care home: the head nurse points to the stores office", d="2031-07-03 13:50", nosig=1,
  nc="economat@ehpad-lesglycines.fr", fname="Nadia Ferreira", faddr="n.ferreira@ehpad-lesglycines.fr")
H("wrong_contact", "fr", "fabre6", """Bonjour,

Depuis la rentrée, c'est ma secrétaire qui gère toute la facturation du cabinet. Merci de lui écrire directement : secretariat@cabinet-fabre.fr.

C. Fabre""", "dentist: her secretary handles invoices now", d="2031-09-19 12:40", nosig=1,
  nc="secretariat@cabinet-fabre.fr")
H("wrong_contact", "fr", "hugo6", """Manon,

C'est toi qui as commandé la cave à vin, je te laisse voir. Atelier Morel, en copie : à l'avenir, pour tout ce qui touche au mobilier du restaurant, merci d'écrire à Manon (manon@latabledhugo.fr).

Hugo""", "Gmail forward to a partner with us in Cc: write to Manon from now on", hard=1, d="2031-06-16 10:25",
  q="gmail_fwd_fr", subj="Fwd: {S}", to="Manon Besson <manon@latabledhugo.fr>", cc=MOREL,
  nc="manon@latabledhugo.fr", nosig=1)
H("wrong_contact", "fr", "alpina6", """Bonjour,

Je suis à la réception et votre relance a atterri chez moi par erreur. La facturation fournisseurs de nos hôtels est centralisée au siège du Groupe Alpina : fournisseurs@alpina-hotels.fr. Je leur ai transmis, mais merci d'écrire directement là-bas à l'avenir.

Cordialement,
Camille, réception""", "hotel reception: supplier invoices centralised at head office", d="2031-06-30 08:30", nosig=1,
  nc="fournisseurs@alpina-hotels.fr")
H("wrong_contact", "fr", "lefort6", """Bonjour,

Mon locataire m'a fait suivre votre relance. Les travaux de la terrasse, c'est lui qui les a commandés, pas moi : il faut lui écrire, à m.duval.pro@gmail.com.

Monique Lefort""", "landlady: her tenant ordered the work", hard=1, d="2031-08-29 10:55", nosig=1, firm="vasseur",
  nc="m.duval.pro@gmail.com")
H("wrong_contact", "fr", "perrin6", """Bonjour
Le garage a été repris par M. Saïdi le 1er juillet, c'est lui qui gère les fournisseurs maintenant : garage.saidi39@orange.fr
Perrin""", "garage sold on 1 July: the new owner's address", d="2031-07-25 17:15", nosig=1, nc="garage.saidi39@orange.fr")
H("wrong_contact", "fr", "pharma6", """Bonjour,

Mme Roux a quitté la pharmacie fin avril. Merci d'adresser désormais vos messages à la titulaire, Mme Benoît : c.benoit@pharmacieducentre-vichy.fr.

Cordialement,""", "pharmacy: contact left, write to the owner", d="2031-05-16 11:40", nc="c.benoit@pharmacieducentre-vichy.fr")
H("wrong_contact", "fr", "petitspas6", """Bonjour,

Je suis l'ancienne directrice, j'ai quitté la micro-crèche fin juin et je consulte encore cette boîte par hasard. Voici l'adresse de la nouvelle direction : direction.lespetitspas@gmail.com.

Bonne continuation,
Élodie""", "micro-nursery: former director passes the new management's address", d="2031-09-03 19:25", nosig=1,
  nc="direction.lespetitspas@gmail.com")
H("wrong_contact", "en", "liffey6", """Hi, I'm a barista here, I only check this inbox for wholesale orders 😅 Invoices go to our accountant Niamh: niamh@kellyaccounts.ie

Cian""", "Dublin roaster: barista points to the external accountant", d="2031-05-26 08:05", nosig=1,
  nc="niamh@kellyaccounts.ie", fname="Cian Walsh")
H("wrong_contact", "en", "aire6", """Good morning,

From 1 July our accounts payable function moved to our shared service centre in Kraków. Please send all invoices and payment queries to ap.emea@airevalley-ssc.com from now on.

Kind regards,""", "Leeds AP moved to a shared service centre: new mailbox", d="2031-07-14 09:05",
  nc="ap.emea@airevalley-ssc.com")
H("wrong_contact", "en", "beacon6", """Hi,

I think there's a mix-up: we're the interior designers on the Harrison project, not the client. The Harrisons were invoiced directly for the furniture, so this should go to them: tom.harrison@harrisonfamilyoffice.com

Meredith""", "Boston design firm: it is the end client who owes, write to him", hard=1, d="2031-06-03 14:15", nosig=1,
  nc="tom.harrison@harrisonfamilyoffice.com")
H("wrong_contact", "en", "vandijk6", """Dear Sir/Madam,

Mr de Vries retired last month. From now on, please contact our controller, Mrs Sanne Bakker: s.bakker@vandijkbloemen.nl.

Kind regards,""", "Dutch firm: contact retired, write to the controller", d="2031-05-13 13:25", nc="s.bakker@vandijkbloemen.nl")
H("wrong_contact", "en", "harbourco6", """Hi,

Harbour & Co was acquired by Bluewater Events Group in June. All creditor correspondence now goes to payables@bluewaterevents.com.au; this mailbox will close at the end of the month.

Accounts""", "Sydney events firm acquired: write to the group's payables", d="2031-09-24 11:30", nosig=1,
  nc="payables@bluewaterevents.com.au")
H("wrong_contact", "en", "kingsbridge6", """Dear Sir/Madam,

The Council's finance function is now provided by Devon Shared Services. Invoices and payment enquiries should be sent to creditors@devonsharedservices.gov.uk.

Yours faithfully,""", "UK town council: finance outsourced to a shared service, new address", hard=1,
  d="2031-05-30 10:10", nc="creditors@devonsharedservices.gov.uk")
H("wrong_contact", "en", "penrose6", """Not me any more, mate — sold the school to Jake Tremayne in April. He's on jake@tremaynesurf.co.uk""",
  "surf school sold: bottom-posted pointer to the buyer", hard=1, d="2031-06-13 20:05", nosig=1, pos="bottom",
  nc="jake@tremaynesurf.co.uk")

# =========================================================================== auto_reply (15)
H("auto_reply", "fr", "pinsbleus6", """Bienvenue aux Pins Bleus !

Le camping est ouvert du 1er mai au 30 septembre. Pendant la saison, nous répondons aux courriels sous 48 heures. Pour une réservation, rendez-vous sur notre site.

L'équipe des Pins Bleus""", "campsite seasonal automatic answer", d="2031-05-15 09:22", subj="Re: {S}", hdr=AS,
  firm="vasseur")
H("auto_reply", "fr", "roussel6", """Bonjour,

Fermeture estivale du cabinet du 4 au 22 août inclus. Nous traiterons votre message à partir du lundi 25 août.

Roussel Expertise Comptable""", "accountancy firm summer closure", d="2031-08-04 09:24", subj="Réponse automatique : {S}",
  hdr=MSX)
H("auto_reply", "fr", "mairie6", """Accusé de réception

Le service Finances de la mairie de Saint-Rémy-la-Varenne accuse réception de votre courriel, qui sera traité par un agent.

Message automatique : aucune réponse envoyée à cette adresse ne sera lue.""", "town hall automatic acknowledgement", d="2031-08-19 09:21",
  subj="Accusé de réception : {S}", hdr=AS)
H("auto_reply", "fr", "glycines6", """Bonjour,

Je suis absente du 14 juillet au 1er août. Pour les questions urgentes concernant l'économat, vous pouvez joindre le standard de l'établissement au 02 43 00 00 00.

Anne-Sophie Riou""", "care home out of office, no special header", hard=1, d="2031-07-15 09:23", subj="RE : {S}",
  fname="Anne-Sophie Riou", faddr="as.riou@ehpad-lesglycines.fr", envfrom="as.riou@ehpad-lesglycines.fr")
H("auto_reply", "fr", "fabre6", """Le cabinet dentaire est fermé pour congés du 1er au 24 août. Urgences dentaires : appelez le 15 ou contactez le cabinet du Dr Lemaire au 02 47 00 00 00.""",
  "dentist closure notice, no special header", hard=1, d="2031-08-07 09:25", subj="Re: {S}")
H("auto_reply", "fr", "alpina6", """Merci pour votre message. Notre service comptable reviendra vers vous rapidement.

Pour toute demande de réservation, merci d'écrire à reservation@hoteldulac-annecy.fr.""",
  "hotel accounts automatic answer (booking address is not a new contact)", d="2031-09-23 09:22", subj="Re: {S}",
  hdr=PREC)
H("auto_reply", "fr", "pharma6", """Attention : depuis le 1er septembre, cette adresse n'est plus consultée. Les factures et relances fournisseurs doivent être envoyées à factures.pharmacie@pharmacieducentre-vichy.fr.

Message automatique.""", "pharmacy automatic notice: this address is no longer read, write to another (auto_reply with new contact)",
  hard=1, d="2031-09-25 09:23", subj="Réponse automatique : {S}", hdr=AS,
  nc="factures.pharmacie@pharmacieducentre-vichy.fr")
H("auto_reply", "fr", "perrin6", """Garage fermé du 28 juillet au 18 août. Bonnes vacances à tous !
Pour un dépannage : 06 00 00 00 00""", "garage summer closure (Roundcube vacation, X-Autoreply)", d="2031-08-01 09:26",
  subj="Absence : {S}", hdr=XAR)
H("auto_reply", "fr", "joubert6", """Vendanges en cours !

Jusqu'à la fin septembre, nous relevons nos courriels très irrégulièrement. Pour toute urgence : 03 80 00 00 00.

Domaine Joubert""", "winery harvest notice, no special header", hard=1, d="2031-09-08 09:27", subj="Re: {S}")
H("auto_reply", "en", "liffey6", """Hi! I'm away at a coffee festival in Cork until Tuesday 3 June and back in the roastery after that. For orders, please use the shop line: 01 000 0000.

Orla""", "Dublin roaster Gmail vacation reply, no special header", hard=1, d="2031-05-29 08:23", subj="Re: {S}")
H("auto_reply", "en", "aire6", """AVL Accounts Payable - automated response. Reference AVL-2031-55218 has been assigned to your e-mail. Please allow up to 10 working days for a response. This mailbox does not accept replies.""",
  "Leeds AP ticket acknowledgement without the invoice", d="2031-06-05 08:21",
  subj="Query received [AVL-2031-55218]", hdr=AS, inv="")
H("auto_reply", "en", "beacon6", """I'm away from my desk until Monday, July 7, and will see email only occasionally. For urgent accounting matters, please contact Dana Kowalski at dkowalski@beaconhillinteriors.com.

Meredith Cole""", "Boston out of office, temporary backup (not a new contact)", d="2031-07-01 03:24",
  subj="Automatic reply: {S}", hdr=MSX)
H("auto_reply", "en", "vandijk6", """Ik ben met vakantie tot en met 18 augustus.

I am on holiday until 18 August inclusive. Mails are not forwarded in the meantime.""",
  "Dutch/English out-of-office (counted English)", d="2031-08-06 09:22", subj="Automatisch antwoord: {S}",
  hdr=LOOP("finance@vandijkbloemen.nl"))
H("auto_reply", "en", "harbourco6", """Thanks for reaching out! Our whole team is on site at an event this week, so replies may be slow. We'll be back at our desks on Monday.""",
  "Sydney events firm: team on site, no special header", hard=1, d="2031-09-10 17:22", subj="Re: {S}")
H("auto_reply", "en", "kingsbridge6", """Thank you for your email, which has been received by Kingsbridge Town Council. The Council office is open Tuesday to Thursday, 10am to 2pm, and we aim to respond within 10 working days.""",
  "UK town council automatic acknowledgement", d="2031-07-22 08:21", subj="Auto: {S}", hdr=AS)

# =========================================================================== bounce (8)
BNC("laposte", "menuiserie.dorval@laposte.net", "La Poste (laposte.net) notice in French: unknown mailbox", lang="fr",
    d="2031-05-20 09:02", subj="Echec de remise du message : {S}",
    frm="Mail Delivery System <MAILER-DAEMON@laposte.net>", rep="smtp-out.laposte.net", status="5.1.1",
    text="Ceci est un message automatique du service de messagerie de La Poste.\n\nVotre message n'a pas pu être délivré au destinataire suivant :\n\n    {R}\n\nMotif : adresse inconnue (550 5.1.1). Vérifiez l'orthographe de l'adresse.\n\nVotre message d'origine est joint à cette notification.",
    diag="550 5.1.1 <menuiserie.dorval@laposte.net>: adresse inconnue", remote="mx.laposte.net")
BNC("sfr", "boulangerie.chardon@sfr.fr", "SFR notice in French, plain text: account deactivated, with a copy", lang="fr",
    d="2031-06-17 09:03", subj="Message non délivré", shape="plain",
    frm="Service de messagerie SFR <postmaster@sfr.fr>", rep="msfrf2604.sfr.fr",
    orig_intro="----- Copie des en-têtes du message -----\n\n",
    text="Bonjour,\n\nLe message que vous avez envoyé à {R} n'a pas été remis.\n\nRaison : le compte du destinataire a été désactivé (550 5.2.1).\n\nCeci est une erreur permanente, le message ne sera pas renvoyé.", hard=1)
BNC("ionos", "compta@charpente-maillard.fr", "IONOS report in French: domain mailbox deleted, second firm", lang="fr",
    d="2031-07-23 09:02", subj="Notification d'échec de livraison : {S}", firm_rinv=1,
    frm="Mail Delivery System <mailer-daemon@kundenserver.de>", rep="mout.kundenserver.de", status="5.1.1",
    text="Ce message a été généré automatiquement.\n\nL'envoi vers le destinataire suivant a échoué de façon définitive :\n\n  {R}\n\nLe serveur de réception a répondu : 550 boîte aux lettres inexistante ou supprimée.",
    diag="550 5.1.1 <compta@charpente-maillard.fr>: mailbox unavailable", remote="mx00.ionos.fr")
BNC("infomaniak", "admin@ebenisterie-rochat.ch", "Infomaniak (Swiss) report in French: mailbox full, headers only",
    lang="fr", d="2031-09-02 09:04", subj="Non distribuable : {S}", orig="headers", hard=1,
    frm="Mail Delivery System <MAILER-DAEMON@infomaniak.ch>", rep="mta-gw.infomaniak.ch", status="5.2.2",
    action="failed",
    text="Votre message n'a pas pu être remis.\n\nDestinataire : {R}\nMotif : boîte aux lettres pleine (quota dépassé).\n\nLes en-têtes de votre message sont joints.",
    diag="552 5.2.2 <admin@ebenisterie-rochat.ch>: mailbox full", remote="mxpool.infomaniak.com")
BNC("zoho", "billing@kestrelcreative.co.uk", "Zoho Mail report: recipient address does not exist", d="2031-05-27 09:02",
    subj="Undelivered Mail Returned to Sender", rl="en",
    frm="Zoho Mail <mailer-daemon@mx.zohomail.eu>", rep="mx.zohomail.eu", status="5.1.1",
    text="Your message to {R} could not be delivered.\n\nReason: 550 5.1.1 Invalid address - the mailbox does not exist.\n\nThis is a permanent error. The original message is attached.",
    diag="550 5.1.1 Invalid address", remote="mx.zoho.eu")
BNC("mimecast", "accounts@ravensworth-estates.co.uk", "Mimecast report: rejected by the recipient's policy",
    d="2031-06-25 09:03", subj="Mimecast Notification: Message Rejected", rl="en", hard=1, firm_rinv=1,
    frm="Mimecast Postmaster <postmaster@mimecast.co.uk>", rep="eu-smtp-delivery-1.mimecast.com", status="5.0.0",
    text="Your message to {R} was rejected.\n\nThe recipient's organisation no longer accepts mail for this address (550 Rejected by header based Anti-Spoofing policy / recipient unknown).\n\nSubject: {S}",
    diag="550 Rejected - recipient no longer exists", remote="eu-smtp-inbound-1.mimecast.com")
BNC("fastmail", "hello@nettlebedpottery.com", "Fastmail plain-text failure with a copy", d="2031-08-12 09:02",
    subj="Delivery Status Notification (Failure)", shape="plain", rl="en",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@messagingengine.com>", rep="out4-smtp.messagingengine.com",
    orig_intro="------ This is a copy of your message, including all the headers. ------\n\n",
    text="This is the mail system at host out4-smtp.messagingengine.com.\n\nYour message could not be delivered to the following address:\n\n  <{R}>: host in1-smtp.messagingengine.com said:\n    550 5.1.1 Sorry, this account has been disabled",
    )
BNC("mailgun", "finance@duneandmarram.ie", "Irish host notice: domain does not exist (no MX)", d="2031-09-19 09:03",
    subj="Returned mail: see transcript for details", rl="en",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@atelier-morel.fr>", status="5.1.2", remote=None,
    text="The original message was received at a French server.\n\n   ----- The following addresses had permanent fatal errors -----\n<{R}>\n    (reason: 550 5.1.2 Host unknown (Name server: duneandmarram.ie: host not found))",
    diag="550 5.1.2 Host unknown (Name server: duneandmarram.ie: host not found)")

# =========================================================================== other (21)
H("other", "fr", "fournil6", """vs pouvez me rappeler ? c plus simple au tel, je suis au four jusqua 13h""",
  "bakery, SMS style: call-me request", d="2031-08-26 06:20", nosig=1)
H("other", "fr", "pinsbleus6", """Bonjour,

Pourriez-vous nous faire un devis pour la taille des haies de l'allée principale, à prévoir en octobre après la fermeture ?

Cordialement,
Mme Garreau""", "campsite: unrelated quote request", d="2031-09-17 14:10", nosig=1, firm="vasseur")
H("other", "fr", "roussel6", """Bonjour,

Merci de nous faire parvenir la liste des factures non soldées de notre cliente, la SARL Maraîchers Fontaine, arrêté au 30 juin ? Nous préparons sa situation semestrielle.

Cordialement,""", "accountant asks a statement of open items at 30 June", d="2031-07-03 16:25")
H("other", "fr", "mairie6", """Bonjour,

Le RIB enregistré dans notre logiciel financier est celui de votre ancienne banque. Afin de mettre à jour votre fiche tiers, merci de nous faire suivre un RIB récent ainsi que votre numéro SIRET.

Cordialement,""", "town hall asks an up-to-date RIB and SIRET for the supplier record", hard=1, d="2031-06-02 11:45")
H("other", "fr", "glycines6", """Bien reçu, je transmets à l'économat.""",
  "care home: 'je transmets' without any promise", hard=1, d="2031-08-25 10:35", nosig=1)
H("other", "fr", "fabre6", """Bonjour,

Pourriez-vous me confirmer le montant hors taxes ? Mon expert-comptable en a besoin pour l'amortissement du mobilier.

C. Fabre""", "dentist asks the amount excluding tax", d="2031-07-10 13:10", nosig=1)
H("other", "fr", "hugo6", """Merci pour le rappel, je regarde demain avec Manon.""",
  "restaurant: 'je regarde demain' (no promise to pay)", hard=1, d="2031-09-24 23:40", nosig=1)
H("other", "fr", "joubert6", """Bonjour,

Nous ne sommes pas contre le fait de régler, bien sûr, mais acceptez-vous les paiements par LCR à 30 jours ? C'est ainsi que nous réglons tous nos fournisseurs.

Bertrand Joubert""", "winery, negation: asks whether a bill of exchange is accepted (question, no date)", hard=1,
  d="2031-05-30 11:05", nosig=1)
H("other", "fr", "alpina6", """Bonjour,

Votre attestation décennale 2031 nous serait utile : notre assureur la demande pour le dossier des travaux de rénovation.

Cordialement,""", "hotel asks the ten-year insurance certificate", d="2031-05-22 15:20")
H("other", "fr", "pharma6", """Bonjour,

Nous ne contestons pas cette facture, mais pourriez-vous nous indiquer à quelle commande elle se rapporte ? Nous avons deux chantiers en cours avec vous (officine et réserve).

Cordialement,""", "pharmacy, negation: 'nous ne contestons pas', asks which job (question)", hard=1, d="2031-05-27 09:40")
H("other", "fr", "petitspas6", """Merci, c'est noté !""", "micro-nursery: bare acknowledgement", d="2031-08-13 12:05", nosig=1)
H("other", "fr", "treteaux6", """Bonjour,

Deux petites questions avant de passer cela au bureau : acceptez-vous les chèques tirés sur le compte de l'association, et faut-il un bon de commande signé du président ?

Merci,
Hélène""", "amateur theatre: questions on payment method and purchase order", d="2031-06-09 20:45", nosig=1)
H("other", "fr", "morin6", """Madame, Monsieur,

Je ne comprends pas bien votre message. Le mieux serait que vous m'appeliez, au 02 43 00 00 00, plutôt l'après-midi.

Merci,
J.-C. Morin""", "retired private customer: call-me request", d="2031-06-20 14:50", nosig=1)
H("other", "fr", "lefort6", """Bonjour,

Est-ce que votre équipe pourrait passer voir le portail de ma sœur, à Angers ? Il frotte au sol depuis l'hiver.

Monique Lefort""", "elderly customer: unrelated request for her sister's gate", d="2031-09-26 10:15", nosig=1, firm="vasseur")
H("other", "en", "liffey6", """Cheers, got it.""", "Dublin roaster: bare acknowledgement", d="2031-07-07 14:55", nosig=1)
H("other", "en", "aire6", """Good morning,

Before we can add you to our payment system, could you please confirm your bank details on company letterhead? We ask this of every new supplier as part of our fraud controls.

Kind regards,""", "Leeds AP asks bank details on letterhead", d="2031-05-16 10:30")
H("other", "en", "beacon6", """Thanks for the heads-up. I'll loop in our controller.""",
  "Boston design firm: loops in the controller (no promise)", hard=1, d="2031-05-14 09:15", nosig=1)
H("other", "en", "vandijk6", """Dear Sir/Madam,

We are not disputing the amount. Could you please confirm whether French VAT is included, or whether the reverse-charge mechanism applies? Our auditor needs this before the invoice can be booked.

Kind regards,""", "Dutch firm, negation: 'not disputing', asks a VAT question", hard=1, d="2031-06-11 11:10")
H("other", "en", "harbourco6", """Hi,

Would you mind sending a statement of every invoice for FY2031 (1 July 2030 to 30 June 2031)? Our auditors have asked for supplier confirmations.

Thanks,
Accounts""", "Sydney events firm asks a statement for its financial year", d="2031-07-23 15:45", nosig=1)
H("other", "en", "kingsbridge6", """Dear Sir/Madam,

Before the invoice can be processed, please complete and return the attached new supplier form, together with a copy of your public liability insurance certificate.

Yours faithfully,""", "UK town council asks a supplier form and insurance certificate", d="2031-08-27 10:40",
  att=[("New_Supplier_Form_KTC.pdf", "pdf", "New supplier form")])
H("other", "en", "whitfield6", """If this is the one for the gate, I think my neighbour was meant to split it with me. Can you tell me what she owes and what I owe?

Graham""", "British retiree, condition: asks how the gate invoice is split with a neighbour (question)", hard=1,
  d="2031-09-12 16:30", nosig=1, firm="vasseur")

# --------------------------------------------------------------------------- more English voices (10 entries)
H("already_paid", "en", "brewhouse6", """Hi,

Our finance system shows this one cleared on 19 May, payment ref BRW-4471. If it hasn't reached you, it may be sitting in your bank's compliance checks; that's happened with a couple of our EU suppliers.

Fraser""", "Glasgow brewery on Thunderbird: cleared on 19 May, maybe held by bank checks", d="2031-05-23 11:35", nosig=1)
H("promise_to_pay", "en", "brewhouse6", """Can't do it this week I'm afraid, but it's going out next Wednesday in our supplier batch.

Fraser""", "Glasgow brewery, 'can't … this week' but a promise: next Wednesday (reply Thu 19 June)", hard=1,
  d="2031-06-19 16:05", prom="2031-06-25", nosig=1)
H("not_received", "en", "penrose6", """Haven't had any invoice off you. Is this for the changing-room benches? If so, send it over and I'll pay it straight away.""",
  "surf school: never had it; conditional promise once sent (not_received wins)", hard=1, d="2031-09-15 12:50", nosig=1)
H("not_received", "en", "brightside6", """Hello,

I do the bookkeeping for Hollis & Daughters Glazing. The invoice you mention isn't in their Dext inbox or in Xero. Could you forward me a copy so I can post it?

Thanks,""", "bookkeeper for a client: not in the client's inbox or ledger, asks a copy", hard=1, d="2031-07-17 10:05")
H("dispute", "en", "kingsbridge6", """Dear Sir/Madam,

This invoice cannot be approved for payment. Our goods receipt records 40 planters delivered, against 48 invoiced, and the budget holder has placed it on hold until we receive a credit note for the eight planters that never arrived.

Yours faithfully,""", "UK town council: 48 planters invoiced, 40 received, on hold for a credit note", hard=1,
  d="2031-07-03 15:15", firm="vasseur")
H("payment_difficulty", "en", "harbourco6", """Hi,

Straight up: winter is our quiet season, and on top of that our bank account is restricted until the sale of the business goes through. Could we pay this in two halves, the first on 1 September?

Accounts""", "Sydney events firm: quiet season and restricted account, two halves from 1 September", d="2031-08-13 09:40",
  prom="2031-09-01", nosig=1)
H("payment_difficulty", "en", "vandijk6", """Dear Sir/Madam,

We do not contest the invoice itself. However, since the fire in our greenhouse in May our insurer has not yet paid out, and our cash position is weak. We kindly ask to pay in three monthly terms.

Kind regards,""", "Dutch firm, negation: greenhouse fire, asks three monthly terms (no date)", hard=1, d="2031-06-30 13:20")
H("wrong_contact", "en", "brewhouse6", """I'm the brewer, not the bookkeeper! Stuart's the one you want for anything money-related: stuart@clydesidebrewhouse.co.uk. I've flagged it to him.

Fraser""", "Glasgow brewery: the brewer points to the colleague who handles money", d="2031-08-20 17:45", nosig=1,
  nc="stuart@clydesidebrewhouse.co.uk")
H("other", "en", "brewhouse6", """Any chance you've got a sterling account? Our bank charges a small fortune for euro transfers.

Fraser""", "Glasgow brewery asks for a sterling account (payment-method question)", d="2031-09-29 14:25", nosig=1)
H("other", "en", "penrose6", """Cheers for the reminder. Remind me, was the deposit already taken off this one?""",
  "surf school asks whether the deposit was deducted (question)", hard=1, d="2031-05-09 18:15", nosig=1)

# --------------------------------------------------------------------------- a few wrapping variations
VARY = {
    "bakery, SMS style: transfer made last night from the app": dict(crlf=1),
    "dentist: paid by card to the technician on installation day": dict(q="mac_fr", lvl=2),
    "garage, no accents: instant transfer on 27/06": dict(cs="iso-8859-1"),
    "Dublin roaster: paid on Monday via Revolut": dict(q="gmail_en", crlf=1),
    "Cornish surf school on iPhone: transfer this morning": dict(q="apple_en"),
    "Boston design firm: wire released on July 29": dict(q="outlook_en", lvl=2),
    "campsite: the bookkeeper pays next Tuesday (reply Thu 22 May)": dict(q="orange"),
    "restaurant: in the batch of the 31st (reply 16 July)": dict(pos="bottom"),
    "hotel accounts: payment run of 5 September": dict(m="html"),
    "Leeds AP: BACS run on Thursday 17 July": dict(lvl=3),
    "Sydney events firm: within 5 working days (reply Wed 2 July, +1000)": dict(q="origine_en"),
    "campsite: nothing received, resend to this address": dict(cs="iso-8859-1"),
    "care home: attached invoice shows blank pages": dict(q="outlook_fr_old", crlf=1),
    "winery: never received, probably sent to the old mailbox": dict(lvl=2),
    "elderly customer: no invoice, only the reminder; asks it by post": dict(q="yahoo_fr"),
    "Dutch firm: invoice posted to the old address, asks a copy by e-mail": dict(m="html"),
    "campsite: four mowings billed, only three done": dict(lvl=2),
    "care home, polite dispute: 14 armchairs billed, 12 ordered, awaits a credit note": dict(mislabel="cp1252-as-latin1"),
    "winery: oiled finish in the quote never done": dict(lvl=3),
    "elderly customer: invoice above the flat-rate quote": dict(q="yahoo_fr", lvl=2),
    "hotel, long and warm: the dispute (wrong wood colour) is in the last paragraph": dict(q="origine_fr", cs="windows-1252"),
    "Leeds AP: invoice price does not match the PO": dict(m="html", lvl=2),
    "campsite: rainy spring, asks three monthly instalments (no date)": dict(q="orange", lvl=2),
    "winery: hail destroyed the crop, nothing before next spring (no date)": dict(q="tb_fr", lvl=2),
    "pharmacy: margins and a social-security reassessment, asks 60 days (no date)": dict(lvl=3),
    "retired private customer: 100 a month from 1 August": dict(lvl=3, cs="iso-8859-1"),
    "surf school: half 'now-ish', rest in October (no date)": dict(pos="bottom", q="apple_en"),
    "Leeds firm in a CVA: claims to the supervisor": dict(m="html"),
    "former accountant: write to the client directly": dict(crlf=1),
    "care home: the head nurse points to the stores office": dict(pre="TR: RE : "),
    "garage sold on 1 July: the new owner's address": dict(q="roundcube"),
    "Dutch firm: contact retired, write to the controller": dict(crlf=1),
    "Sydney events firm acquired: write to the group's payables": dict(q="outlook_en"),
    "campsite: unrelated quote request": dict(q="orange"),
    "town hall asks an up-to-date RIB and SIRET for the supplier record": dict(q="outlook_fr_old", m="related"),
    "winery, negation: asks whether a bill of exchange is accepted (question, no date)": dict(lvl=2),
    "retired private customer: call-me request": dict(lvl=2, q="orange"),
    "Leeds AP asks bank details on letterhead": dict(crlf=1),
    "UK town council asks a supplier form and insurance certificate": dict(q="origine_en"),
    "Dublin roaster: bare acknowledgement": dict(pos="bottom"),
}
for _e in ENTRIES:
    _e.update(VARY.pop(_e["note"], {}))
assert not VARY, VARY

# =========================================================================== writer and checks
STEM = "holdout6_"


def build_bounce(e: dict, idx: int):
    """build_corpus.build_bounce dates every notice +0100; here French summer time (+0200) all period long."""
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
    assert len({e["note"] for e in ENTRIES + BOUNCES}) == len(ENTRIES + BOUNCES), "notes must be unique"
    items = [("r", e) for e in ENTRIES] + [("b", e) for e in BOUNCES]
    order = list(range(len(items)))
    random.Random(20310930).shuffle(order)
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


INV_RE = re.compile(r"^(F-2031-\d{4}|FA-2031-\d{3})$")


def other_corpora_invoices() -> set[str]:
    seen = set()
    for sub in ("replies", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"):
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
    """6-word sequences shared with the customer texts of the six other sets (informative)."""
    old = set()
    for e in bc.ENTRIES + hb.ENTRIES + h2.ENTRIES + h3.ENTRIES + h4.ENTRIES + h5.ENTRIES:
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
                problems.append(f"{r['file']}: invoice {inv} is not a 2031 number")
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
