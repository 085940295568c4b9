#!/usr/bin/env python3
"""Build the FIFTH held-out labelled reply set (holdout5) for relancebot's reply classifier.

Every customer text below was written by hand for this set (new customers, new wording; none copied from
tests/corpus/replies/, holdout/, holdout2/, holdout3/ or holdout4/). Only the *wrapping* is reused: this script
imports tests/corpus/holdout4/build_holdout4.py (which imports holdout3, holdout2, holdout and
replies/build_corpus.py) and calls their helpers for client headers, quote styles, MIME shapes, charsets,
attachments and bounce reports.
Added here: replies dated 14 January - 30 April 2030 (France +0100 then +0200 from 31 March; UK +0000 then +0100;
Texas -0600 then -0500 and Ontario -0500 then -0400 from 10 March; Manila +0800), invoices F-2030-NNNN and
FA-2030-NNN, new customers, new bounce texts.

Run:  .venv/bin/python tests/corpus/holdout5/build_holdout5.py
Deterministic; overwrites holdout5_*.eml and labels.tsv in this folder, then checks them.
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
_spec = importlib.util.spec_from_file_location("build_holdout4", OUT.parent / "holdout4" / "build_holdout4.py")
h4 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(h4)   # defines the earlier sets' entries too; they are only used for the overlap report
h3, h2, hb, bc = h4.h3, h4.h2, h4.hb, h4.bc

bc.INV_POOL_F = [f"F-2030-{n:04d}" for n in range(101, 500)]
bc.INV_POOL_FA = [f"FA-2030-{n:03d}" for n in range(11, 160)]

DISCL_FR, DISCL_EN = bc.DISCL_FR, bc.DISCL_EN

NEW5_C = {
    # ------------------------------------------------------------ French-speaking
    "coiff": ("Coiff'Attitude", "coiffattitude.nathalie@gmail.com", "android", "fr", ""),
    "bouvier": ("Pépinières Bouvier", "pepinieres.bouvier@orange.fr", "orange", "fr", ""),
    "lemoine": ("Fiduciaire Lemoine & Associés", "fournisseurs@fiduciaire-lemoine.fr", "o365", "fr",
                "Amandine Roux\nAssistante comptable\nFiduciaire Lemoine & Associés\n14 avenue de la Gare, 26000 Valence\n"
                "04 75 00 00 00\n\n" + DISCL_FR),
    "hortensias": ("Gîte Les Hortensias", "gite.leshortensias@gmail.com", "gmail", "fr",
                   "Françoise et Michel Tanguy\nGîte Les Hortensias - Perros-Guirec"),
    "cellier": ("Antoine Ribeiro", "lecellierdantoine@icloud.com", "apple", "fr", ""),
    "geometre": ("Cabinet Hervé Géomètre-Expert", "secretariat@herve-geometre.fr", "outlook", "fr",
                 "Secrétariat\nCabinet Hervé - Géomètres-Experts\n5 rue des Tanneurs, 21200 Beaune\n03 80 00 00 00"),
    "tennis": ("Tennis Club de Montbazon", "tresorier.tcmontbazon@gmail.com", "gmail", "fr",
               "Gilles Ferrand\nTrésorier - TC Montbazon"),
    "lycee": ("EPLEFPA de Vendôme - Agence comptable", "agence-comptable.vendome@educagri.fr", "outlook", "fr",
              "Agence comptable\nEPLEFPA Vendôme-Areines\n02 54 00 00 00"),
    "igirard": ("Isabelle Girard", "isa.girard72@gmail.com", "gmail", "fr", ""),
    "pasquier": ("Roger Pasquier", "roger.pasquier@wanadoo.fr", "orange", "fr", ""),
    "ruche": ("La Ruche Coworking", "hello@laruche-coworking.fr", "gmail", "fr", "Maxime\nLa Ruche Coworking · Nantes"),
    "foodtruck": ("Le Camion Gourmand", "lecamiongourmand@yahoo.fr", "yahoo", "fr", ""),
    "moulinneuf": ("GAEC du Moulin Neuf", "gaec.moulinneuf@free.fr", "tb", "fr",
             "GAEC du Moulin Neuf\nLa Basse Lande, 53170 Meslay-du-Maine"),
    "rivage": ("Rivage Gestion - Syndic", "comptabilite@rivage-gestion.fr", "o365", "fr",
               "Service comptabilité copropriétés\nRivage Gestion\n8 quai Duguay-Trouin, 35400 Saint-Malo\n\n" + DISCL_FR),
    "batiouest": ("Bâti Ouest Construction", "compta@batiouest-construction.fr", "outlook", "fr",
                  "Service comptabilité\nBÂTI OUEST CONSTRUCTION SAS\nZI de Kerlann, 56000 Vannes\n02 97 00 00 00"),
    "kineport": ("Cabinet de kinésithérapie du Port", "kine.duport@gmail.com", "gmail", "fr",
             "Thomas Le Goff\nMasseur-kinésithérapeute\nCabinet du Port, Concarneau"),
    "huissier": ("SELARL Bénard Commissaires de justice", "etude@benard-cj.fr", "mac", "fr",
                 "Étude Bénard\nCommissaires de justice associés\n2 place du Marché, 14000 Caen"),
    "benali": ("Karim Benali", "k.benali@benali-renov.fr", "roundcube", "fr",
               "Karim Benali\nBenali Rénovation\n06 44 00 00 00"),
    # ------------------------------------------------------------ English-writing
    "gower": ("Rhian Price", "rhian@gowercottages.co.uk", "outlook", "en",
              "Rhian Price\nBookings & Accounts\nGower Cottages Ltd, Swansea"),
    "austin": ("Lone Oak Studio", "billing@loneoakstudio.com", "gmail", "en",
               "Carla Mendez\nStudio Manager\nLone Oak Studio · Austin, TX"),
    "toronto": ("Harbourfront Dental Group - AP", "ap@harbourfrontdental.ca", "o365", "en",
                "Accounts Payable\nHarbourfront Dental Group\nToronto, ON\n\n" + DISCL_EN),
    "kingsway": ("Kingsway Hotels - Accounts Payable", "ap@kingswayhotels.co.uk", "o365", "en",
                 "Accounts Payable Team\nKingsway Hotels Group - Shared Services\n\n" + DISCL_EN),
    "cider": ("Tom Ashby", "tom@severnvalecider.co.uk", "apple", "en", ""),
    "northlight": ("Priya Shah", "priya@northlightarchitects.co.uk", "mac", "en",
                   "Priya Shah\nPractice Manager\nNorthlight Architects Ltd, Manchester"),
    "brno": ("Petra Nováková", "ucetni@moravatech.cz", "outlook", "en",
             "Petra Nováková\nAccounting\nMorava Tech s.r.o., Brno"),
    "bergen": ("Fjordlys AS - Regnskap", "regnskap@fjordlys.no", "o365", "en",
               "Regnskap / Accounting\nFjordlys AS, Bergen"),
    "manila": ("Atlas Group AP Shared Services", "ap.europe@atlasgroup-ssc.com", "o365", "en",
               "AP Europe Team\nAtlas Group Shared Services Centre, Manila\n\n" + DISCL_EN),
    "liam": ("Liam Hughes", "liamhughes.decor@gmail.com", "android", "en", ""),
}
for _k in NEW5_C:
    assert _k not in bc.C, _k
bc.C.update(NEW5_C)

# sender's zone: (offset before the switch, offset after, switch date)
ZONE = {"fr": (60, 120, dt.date(2030, 3, 31)), "uk": (0, 60, dt.date(2030, 3, 31)),
        "us_c": (-360, -300, dt.date(2030, 3, 10)), "ca_e": (-300, -240, dt.date(2030, 3, 10)), "ph": (480, 480, None)}
ZONE_OF = {"gower": "uk", "kingsway": "uk", "cider": "uk", "northlight": "uk", "austin": "us_c", "toronto": "ca_e",
           "manila": "ph"}   # Liam is a British customer living in the Dordogne: French time
FIRST, LAST = dt.date(2030, 1, 14), dt.date(2030, 4, 30)


def tz_for(c: str, d: str) -> int:
    early, late, switch = ZONE[ZONE_OF.get(c, "fr")]
    day = dt.date.fromisoformat(d[:10])
    return late if switch and day >= switch else early


def fr_offset(d: str) -> int:
    return tz_for("_fr", d)


ENTRIES: list[dict] = []
BOUNCES: list[dict] = []


def H(cat: str, lang: str, c: str, body: str, note: str, **kw) -> None:
    """One hand-written reply; keywords as in build_corpus.R, d= is 'YYYY-MM-DD HH:MM' (sender's local time)."""
    assert cat in bc.CATEGORIES, cat
    assert c in NEW5_C, c
    assert kw.get("d"), "every entry carries its date"
    assert FIRST <= dt.date.fromisoformat(kw["d"][:10]) <= LAST, kw["d"]
    kw.setdefault("tz", tz_for(c, kw["d"]))
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

# =========================================================================== already_paid (15)
H("already_paid", "fr", "coiff", """Bonjour c'est réglé depuis vendredi par virement, regardez bien !
Nathalie""", "hairdresser: paid by transfer last Friday", d="2030-01-21 12:40", nosig=1)
H("already_paid", "fr", "bouvier", """Madame, Monsieur,

Je vous ai envoyé un chèque de 864 euros le 18 janvier par la poste, en lettre simple. Si vous ne l'avez pas eu, dites-le moi et je ferai opposition.

Salutations.
R. Bouvier""", "nursery owner: cheque posted on 18 January", d="2030-01-28 10:15", nosig=1, firm="vasseur")
H("already_paid", "fr", "lemoine", """Bonjour,

Notre client, le Garage des Tilleuls (M. Fontaine), a procédé au règlement de votre facture par virement du 4 février. Il apparaîtra sur votre relevé sous le libellé « SAS FONTAINE AUTOMOBILES ».

Cordialement,""", "accountant reports the client's transfer of 4 February", d="2030-02-07 15:20")
H("already_paid", "fr", "hortensias", """Bonjour Monsieur Vasseur,

Michel me dit qu'il a fait le virement dimanche soir depuis son téléphone, mais il n'est pas très doué avec l'application de la banque alors je préfère vous demander : avez-vous bien reçu les 1 140 € ? Sinon il recommencera.

Au passage, la haie est magnifique, merci encore à votre équipe.

Françoise""", "gîte owner, hedged: husband made the transfer on Sunday evening, asks for confirmation", hard=1,
  d="2030-03-19 11:05", nosig=1, firm="vasseur")
H("already_paid", "fr", "cellier", """Virement fait ce matin depuis l'appli, désolé pour le retard.
Antoine""", "wine shop on iPhone: transfer made this morning", d="2030-02-20 12:10", nosig=1)
H("already_paid", "fr", "igirard", """Bonjour,

Nous avons réglé le solde de la cuisine le jour de la pose, en main propre à votre poseur : chèque de 2 310 €, n° 0081234. Il nous a même fait un reçu au dos d'un bon de livraison, je vous joins la photo.

Isabelle Girard""", "private customer: cheque handed to the fitter on installation day, photo of the receipt",
  d="2030-02-12 20:35", nosig=1, att=[("IMG_20300118_174502.jpg", "jpg")])
H("already_paid", "fr", "lycee", """Bonjour,

La facture a été mise en paiement par l'agence comptable le 22 mars (bordereau n° 0047). Le virement apparaîtra sous l'intitulé DRFIP CENTRE VAL DE LOIRE.

Cordialement,""", "agricultural school, public sector: 'mise en paiement' on 22 March (money left)", hard=1,
  d="2030-03-27 14:45", q="outlook_fr_old")
H("already_paid", "fr", "moulinneuf", """Bonjour,

On vous a viré 1 500 le 10 mars, et il y avait déjà le chèque de 600 donné à votre gars quand il est venu en février. Ça fait bien le total non ?

Sophie""", "farm, hedged: paid in two parts (transfer 10 March + cheque in February), asks to check", hard=1,
  d="2030-03-14 21:20", nosig=1, firm="vasseur")
H("already_paid", "fr", "batiouest", """Bonjour,

Règlement par LCR à l'échéance du 31/01, comme pour tous nos fournisseurs. Si l'effet vous a été rejeté, merci de nous le signaler.

Cordialement,""", "builder: paid by bill of exchange (LCR) on 31/01", d="2030-02-05 09:40", m="related", lvl=2)
H("already_paid", "fr", "huissier", """Bonjour,

Non, elle n'est plus impayée : Maître Bénard a signé le virement hier soir et il est parti ce matin avec les autres règlements de l'étude.

Bien à vous,
Laure, pour l'étude""", "bailiff's office, negation opening: transfer signed last night, left this morning", hard=1,
  d="2030-04-09 11:30", nosig=1)
H("already_paid", "en", "gower", """Hi there,

I've checked with our bookkeeper and this went out on the 25th with our other supplier payments – remittance attached. Sorry if it crossed with your email.

Best wishes,""", "Welsh holiday lets: paid on the 25th, remittance attached", d="2030-01-29 10:20",
  att=[("Remittance_GowerCottages_250130.pdf", "pdf", "Remittance advice - Gower Cottages Ltd")], q="origine_en")
H("already_paid", "en", "austin", """Hi!

We paid this through Wise on Feb 14 – the confirmation is attached. Shout if it didn't come through, the transfer took a couple of days last time.

Carla""", "Texas studio: paid via Wise on Feb 14", d="2030-02-19 16:05", nosig=1,
  att=[("Wise_transfer_receipt_0214.pdf", "pdf", "Wise transfer receipt")])
H("already_paid", "en", "toronto", """Hello,

Our records indicate payment was issued on March 8, 2030 by wire transfer (reference HDG-W-20311). Please confirm receipt.

Regards,""", "Toronto AP, HTML-only: wire issued on March 8", d="2030-03-13 13:50", m="html")
H("already_paid", "en", "cider", "", "subject-only reply, empty body: 'paid last night, sorry!'", hard=1,
  d="2030-04-16 07:55", q="none", nosig=1, subj="Re: {S} - paid last night, sorry!", irt_always=1)
H("already_paid", "en", "brno", """Hello,

I am not sure if it is the same invoice, but we sent EUR 2 880 to your account on 11.03.2030 with the text "Morel invoice February". Can you check please? Maybe it is this one.

Best regards
Petra""", "Czech firm, hedged: a transfer of 11.03 may be this invoice", hard=1, d="2030-03-15 10:45", nosig=1)

# =========================================================================== promise_to_pay (17)
H("promise_to_pay", "fr", "coiff", """je passe le paiement lundi, la c est les vacances scolaires et j ai pas une minute""",
  "hairdresser: pays on Monday (reply Wed 13 Feb)", d="2030-02-13 19:25", prom="2030-02-18", nosig=1)
H("promise_to_pay", "fr", "bouvier", """Monsieur,

Je vous poste le chèque la semaine prochaine. Je n'ai plus de carnet, la banque doit m'en renvoyer un.

R. Bouvier""", "nursery owner: cheque next week, no chequebook (no date)", d="2030-04-08 09:10", nosig=1, firm="vasseur")
H("promise_to_pay", "fr", "lemoine", """Bonjour,

Nous avons transmis votre relance à notre cliente, la SARL Atelier Nomade. Elle nous confirme que votre facture partira avec son prochain virement groupé, le 15 mars.

Cordialement,""", "accountant: client's grouped transfer of 15 March", d="2030-03-05 11:40", prom="2030-03-15")
H("promise_to_pay", "fr", "tennis", """Bonjour,

Le bureau a validé la dépense hier soir. Le virement partira ce week-end : je n'ai accès au compte du club que depuis chez moi.

Gilles""", "tennis club treasurer: transfer this weekend (reply Wed 23 Jan)", d="2030-01-23 08:15", prom="2030-01-26",
  nosig=1, q="gmail_fr")
H("promise_to_pay", "fr", "lycee", """Bonjour,

La liquidation de votre facture est faite et le mandat est parti à l'agence comptable. Le virement suivra, au plus tard 30 jours après la liquidation.

Cordialement,""", "agricultural school: mandate sent to the public accountant, paid within the legal delay (no date)",
  hard=1, d="2030-02-20 15:05")
H("promise_to_pay", "fr", "igirard", """Bonjour, oui pardon, mon mari pensait que je l'avais fait et moi que c'était lui 🙈 Virement ce soir sans faute.
Isabelle""", "private customer: transfer tonight ('ce soir' = reply date)", d="2030-03-06 18:50", prom="2030-03-06", nosig=1)
H("promise_to_pay", "fr", "ruche", """Hello,

Ah oui mince. Notre comptable externe est en arrêt jusqu'à mi-avril, c'est moi qui reprends les paiements en attendant. Je regarde ça dans la semaine et je te fais le virement.

Maxime""", "coworking, 'tu': accountant off sick, pays 'dans la semaine' (vague, no date)", hard=1,
  d="2030-03-26 14:35", nosig=1)
H("promise_to_pay", "fr", "moulinneuf", """Bonjour
On vous paye des que la PAC tombe, normalement c'est pour la fin du mois.
Damien""", "farm: pays when the CAP subsidy arrives, 'normalement fin du mois' (date, no request)", hard=1,
  d="2030-04-11 20:40", prom="2030-04-30", nosig=1, firm="vasseur", fname="Damien Lecoq")
H("promise_to_pay", "fr", "rivage", """Bonjour,

Les fonds de l'appel de charges du premier trimestre sont maintenant encaissés sur le compte de la copropriété Les Mouettes. Votre facture est programmée au règlement du 12 février.

Cordialement,""", "property manager: past block (call for funds) solved, payment on 12 Feb", hard=1, d="2030-02-06 16:30",
  prom="2030-02-12", firm="vasseur")
H("promise_to_pay", "fr", "batiouest", """Bonjour,

Chez nous les sous-traitants sont payés à 60 jours date de facture ; la vôtre partira donc dans notre virement fournisseurs du 5 avril.

Cordialement,""", "builder: paid at 60 days, transfer of 5 April (hints our due date is early, contests nothing)",
  hard=1, d="2030-03-20 10:05", prom="2030-04-05", q="origine_fr")
H("promise_to_pay", "fr", "kineport", """Bonjour,
Désolé, je croyais l'avoir programmé. Je m'en occupe demain entre deux patients.
Thomas""", "physiotherapist: tomorrow (reply Wed 16 Jan)", d="2030-01-16 13:05", prom="2030-01-17", nosig=1)
H("promise_to_pay", "en", "gower", """Hello,

Apologies – this was held up waiting for our director's sign-off. She's back in the office on Monday and it'll be paid the same day.

Rhian""", "Welsh firm: director back Monday and paid the same day (explicit payment day; reply Wed 27 Feb)", hard=1,
  d="2030-02-27 12:15", prom="2030-03-04", nosig=1)
H("promise_to_pay", "en", "austin", """Hey, so sorry! It's approved, I'll send it Friday with our other international payments.""",
  "Texas studio: Friday (reply Tue 2 April)", d="2030-04-02 10:20", prom="2030-04-05", nosig=1, pos="bottom")
H("promise_to_pay", "en", "kingsway", """Good afternoon,

Thanks for chasing. This one has now cleared approval and will go out in the 28/02/2030 payment run.

Kind regards,""", "UK hotel group AP: payment run 28/02/2030", d="2030-02-18 14:25", prom="2030-02-28", lvl=2)
H("promise_to_pay", "en", "northlight", """Hi,

Sorry about this — the partner who signs off payments has been on site in Leeds all week. It's on my list for the Thursday payment run, so it should be with you by the weekend.

Priya""", "Manchester architects: Thursday payment run (reply Tue 22 Jan)", d="2030-01-22 17:40", prom="2030-01-24",
  nosig=1)
H("promise_to_pay", "en", "bergen", """Hello,

The invoice is approved. Payment will be made on 15.04.2030 together with our other foreign suppliers.

Best regards""", "Norwegian firm: payment on 15.04.2030", d="2030-04-03 09:35", prom="2030-04-15")
H("promise_to_pay", "en", "manila", """Dear Supplier,

Good day! Please be informed that the said invoice has been processed and included in the payment proposal for this week. Kindly expect the payment within 3-5 banking days.

Thank you and regards,""", "Manila shared services: in this week's proposal, '3-5 banking days' (no single date)", hard=1,
  d="2030-03-12 15:10")

# =========================================================================== not_received (14)
H("not_received", "fr", "coiff", """Quelle facture ? J'ai eu le devis mais jamais de facture""",
  "hairdresser, question form: only the quote, never the invoice", hard=1, d="2030-04-04 13:15", nosig=1)
H("not_received", "fr", "pasquier", """Bonjour,
Je n'ai jamais eu de facture pour le portail. Votre ouvrier m'a dit qu'elle arriverait par la poste et je n'ai rien vu. Pouvez-vous me l'envoyer par courrier, je n'ai pas d'imprimante.
R. Pasquier""", "retired man: never received the gate invoice, asks it by post", d="2030-01-24 10:50", nosig=1)
H("not_received", "fr", "lemoine", """Bonjour,

La facture F-2030-0214 est introuvable dans le dossier de notre client, M. Da Costa (Da Costa Plomberie) : ni dans ses pièces papier, ni dans l'export de sa plateforme de dématérialisation. Merci de nous la transmettre pour que nous puissions la comptabiliser.

Cordialement,""", "accountant: not in the client's file nor platform", d="2030-02-14 16:10", rinv="F-2030-0214", lvl=2)
H("not_received", "fr", "geometre", """Bonjour,

Le fichier joint à votre message porte bien le numéro de votre facture, mais il s'agit d'un devis, pas d'une facture. Merci de nous faire suivre la facture elle-même.

Cordialement,""", "surveyor: the attached file is a quote, not the invoice", d="2030-03-07 11:25",
  mislabel="cp1252-as-latin1")
H("not_received", "fr", "foodtruck", """bonjour la piece jointe est vide chez moi, 0 ko. vous pouvez la renvoyer ?
merci
Kevin""", "food truck, no accents: empty attachment", d="2030-02-26 22:05", nosig=1)
H("not_received", "fr", "lycee", """Bonjour,

Comme tout établissement public, nous passons obligatoirement par Chorus Pro (SIRET 194 100 000 00018, code service AGENCECOMPTABLE). Votre facture n'y a jamais été déposée, nous n'avons donc rien reçu.

Cordialement,""", "agricultural school: nothing on Chorus Pro (mandatory channel)", d="2030-01-17 10:40")
H("not_received", "fr", "tennis", """> Vous la trouverez ci-jointe.

Non, il n'y avait rien de joint, et on ne l'a jamais reçue par courrier non plus.

> Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message.

Pas de règlement puisque pas de facture :) Envoyez-la et je la passe au bureau du club.

Gilles""", "tennis club, inline answers: nothing attached, never received", hard=1, pos="raw", d="2030-02-28 21:15",
  nosig=1, irt_always=1)
H("not_received", "fr", "huissier", """Bonjour,

Sauf erreur, nous n'avons jamais eu cette facture entre les mains. À quelle adresse l'avez-vous envoyée ? Depuis notre rapprochement avec l'étude de Bayeux, nous avons changé de boîte générale.

Bien à vous,
Laure""", "bailiff's office, question form: never arrived, which address did you use?", hard=1,
  d="2030-03-21 09:55", nosig=1, q="mac_fr")
H("not_received", "fr", "moulinneuf", """Bonjour,

Pour celle-ci pas de souci, elle part avec le virement du 15. Par contre votre technicien nous a parlé d'une deuxième facture, la FA-2030-072 pour la réparation de la clôture : celle-là on ne l'a jamais reçue. Vous pouvez nous l'envoyer ?

Sophie""", "farm: a promise for the reminded invoice + another never received (priority: not_received)", hard=1,
  d="2030-03-05 20:30", nosig=1, firm="vasseur", rinv="FA-2030-066", inv=["FA-2030-066", "FA-2030-072"])
H("not_received", "en", "gower", """Hi,

I can't find this invoice anywhere – not in the accounts inbox and not in Xero. Could you resend it, please?

Thanks,
Rhian""", "Welsh firm: invoice not found, resend", d="2030-03-12 09:30", nosig=1)
H("not_received", "en", "kingsway", """Good morning,

This invoice does not appear anywhere on our system. Please note that all supplier invoices must quote a valid Kingsway purchase order number; kindly resend a copy quoting the PO.

Kind regards,""", "UK hotel group AP: not on the system, resend quoting the PO", hard=1, d="2030-01-31 10:10", m="html")
H("not_received", "en", "cider", """Never had an invoice for this, only the delivery note. Can you email it over?""",
  "cider maker on iPhone: only the delivery note", d="2030-04-23 18:20", nosig=1)
H("not_received", "en", "bergen", """Hello,

The attached file cannot be opened (error: the file is damaged). Please send the invoice again as a PDF.

Best regards""", "Norwegian firm: attachment damaged", d="2030-02-08 13:40")
H("not_received", "en", "austin", """Which email did you send this to? Nothing in our billing inbox or in spam, and I searched for "Morel" too.

Carla""", "Texas studio, question form: nothing in inbox or spam", hard=1, d="2030-01-15 11:45", nosig=1)

# =========================================================================== dispute (17)
H("dispute", "fr", "coiff", """Le tiroir du meuble de caisse que vous avez fait coince toujours, je l'ai signalé 2 fois. Je règle quand c'est réparé""",
  "hairdresser: cash-desk drawer still jams, pays once fixed", d="2030-02-04 18:10", nosig=1)
H("dispute", "fr", "bouvier", """Monsieur,

Votre facture compte 12 heures de main-d'oeuvre. Vos deux employés sont restés une demi-journée. Je veux bien payer ce qui a été fait, pas plus.

R. Bouvier""", "nursery owner: 12 hours billed, two workers stayed half a day", d="2030-03-18 08:45", nosig=1,
  firm="vasseur", q="orange", lvl=2)
H("dispute", "fr", "lemoine", """Bonjour,

Notre client, la Boulangerie Carré, conteste cette facture : l'avoir de 420 € HT qui lui avait été promis pour le retard du chantier n'y a pas été déduit. Il réglera dès réception de cet avoir.

Cordialement,""", "accountant: promised credit note not deducted (a promise inside a dispute gets no date)", hard=1,
  d="2030-04-10 14:30", lvl=3)
H("dispute", "fr", "hortensias", """Bonjour Monsieur Vasseur,

Nous avons bien eu votre relance. Avant de régler, Michel voudrait que quelqu'un vienne voir les trois oliviers plantés en novembre : deux ont perdu toutes leurs feuilles. Nous pensions qu'ils étaient garantis un an ?

Françoise""", "gîte owner, indirect dispute: two of three olive trees dying, thought guaranteed", hard=1,
  d="2030-02-21 10:25", nosig=1, firm="vasseur")
H("dispute", "fr", "cellier", """Ah non, on avait dit 3 200 pour les étagères et le comptoir, pas 3 840. Vous avez mis le prix du devis en HT au lieu du TTC on dirait ?""",
  "wine shop: amount differs from the agreed price", d="2030-01-18 19:05", nosig=1)
H("dispute", "fr", "geometre", """Bonjour,

Nous avons refusé cette facture : elle mentionne la pose de deux portes coulissantes alors qu'une seule a été posée (la seconde a été annulée par avenant du 12 décembre). Nous attendons donc une facture corrigée pour une seule porte.

Cordialement,""", "surveyor's office: invoice refused, second door cancelled by amendment", d="2030-01-28 15:35")
H("dispute", "fr", "igirard", """Bonjour,

Je ne refuse pas de payer, mais la porte du dressing frotte toujours et il manque la plinthe derrière le frigo. Votre poseur devait repasser en janvier, on n'a vu personne. On règlera le solde une fois ces finitions faites.

Isabelle Girard""", "private customer: 'je ne refuse pas de payer, mais' unfinished work", hard=1, d="2030-02-25 21:10",
  nosig=1, q="gmail_fr")
H("dispute", "fr", "rivage", """Bonjour,

Le conseil syndical de la résidence Les Mouettes refuse de valider cette facture : l'élagage prévu au contrat comprend l'évacuation des déchets verts, que vous facturez ici en supplément (480 € HT). Nous attendons votre avoir, ou une nouvelle facture sans cette ligne.

Cordialement,""", "property manager: green-waste removal billed on top of the contract", d="2030-03-08 11:15", firm="vasseur")
H("dispute", "fr", "batiouest", """Bonjour,

Nous appliquons sur votre facture la retenue de garantie de 5 % prévue au contrat de sous-traitance, ainsi que les pénalités de retard du lot menuiseries (7 jours x 150 €). Nous vous réglerons donc 2 868,00 € et non le montant réclamé. Le décompte est joint.

Cordialement,""", "builder: pays less after retention and late penalties (partial payment with deduction)", hard=1,
  d="2030-04-15 10:50", att=[("Decompte_lot_menuiseries.pdf", "pdf", "Decompte lot menuiseries")])
H("dispute", "fr", "foodtruck", """bonjour
le plan de travail que vous avez posé dans le camion s'est décollé au bout de 3 semaines. je paye pas un truc qui tient pas, venez le refaire
Kevin""", "food truck: worktop came unstuck after three weeks", d="2030-03-28 23:10", nosig=1)
H("dispute", "fr", "benali", """Bonjour,

Les fenêtres du chantier de la rue Carnot sont arrivées trois semaines après la date promise et mon client m'a appliqué des pénalités. Je préfère qu'on en parle avant que je règle quoi que ce soit, appelez-moi.

Karim""", "renovation firm, indirect: late delivery cost him penalties, talk before paying (earlier mail quoted)",
  hard=1, d="2030-02-15 18:30", nosig=1,
  extra=ol_block("Karim Benali", "k.benali@benali-renov.fr", D("2030-01-10 17:45"), "Atelier Morel SARL",
                 "Chantier Carnot - livraison fenêtres",
                 "Bonjour,\n\nToujours rien pour les fenêtres de la rue Carnot. Le client commence à s'énerver, j'ai besoin d'une date ferme.\n\nKarim"))
H("dispute", "en", "gower", """Hi,

Before we pay this one – the two oak benches for the cottage gardens were supposed to have the weatherproof finish and they didn't, they've already gone grey. Could someone give me a call?

Rhian""", "Welsh firm, indirect: benches not treated as ordered", hard=1, d="2030-04-18 15:00", nosig=1,
  firm="vasseur")
H("dispute", "en", "toronto", """Hello,

This invoice cannot be processed: it was issued to Harbourfront Dental Group Inc., but the order was placed by our Mississauga clinic, which is a separate legal entity (Harbourfront Dental Mississauga Ltd.). Please cancel it and issue a new invoice in the Mississauga company's name.

Regards,""", "Toronto AP: invoice rejected, wrong legal entity, to be reissued", hard=1, d="2030-02-11 11:20")
H("dispute", "en", "northlight", """> If you have already paid it, please disregard this message.

We haven't, and not by accident.

> If you disagree or have any question, do not hesitate to contact us.

We do disagree. We were quoted EUR 4,500 for the reception desk and this invoice is for EUR 5,150. Nobody mentioned any extras. Please send a breakdown or a corrected invoice.

Priya""", "Manchester architects, inline answers: invoice above the quote", hard=1, pos="raw", d="2030-03-06 16:25",
  nosig=1, irt_always=1)
H("dispute", "en", "kingsway", """Good morning,

Payment is blocked: the general manager of our Manchester Piccadilly hotel tells us the job was left unfinished. Please liaise with the hotel directly.

Kind regards,""", "UK hotel group AP: on hold, works not completed", d="2030-04-02 09:45")
H("dispute", "en", "brno", """Hello,

we received only 18 of 24 panels, 6 are missing. The delivery note is signed with this remark. We can pay only for 18 panels, please send a credit note for the rest.

Petra""", "Czech firm: 6 of 24 panels missing, pays 18, asks a credit note", d="2030-02-01 14:15", nosig=1,
  q="outlook_en")
H("dispute", "en", "liam", """Hi, I'm not paying the call-out charge. Your guy came to look at the shutters for ten minutes, said he'd come back with the parts and never did. Happy to pay once they actually close.""",
  "British customer in France: refuses the call-out charge, shutters still broken", d="2030-01-25 17:35", nosig=1)

# =========================================================================== payment_difficulty (14)
H("payment_difficulty", "fr", "coiff", """Bonjour, janvier et février ont été très calmes au salon, impossible de tout sortir maintenant. Est-ce que 200 € par mois ça irait, en commençant le 5 mars ?""",
  "hairdresser: 200 a month from 5 March", d="2030-02-26 20:15", prom="2030-03-05", nosig=1)
H("payment_difficulty", "fr", "pasquier", """Bonjour,
Avec ma petite retraite, qui tombe le 9, 300 euros par mois c'est mon maximum. Je vous envoie un premier chèque le 9 avril si vous êtes d'accord.
R. Pasquier""", "retired man: 300 a month, first cheque on 9 April", d="2030-03-29 15:40", prom="2030-04-09", nosig=1)
H("payment_difficulty", "fr", "cellier", """Franchement janvier est mort, les fêtes ont été moins bonnes que prévu. Vous pouvez patienter jusqu'au 28 février ?""",
  "wine shop: asks to wait until 28 February", d="2030-01-29 18:45", prom="2030-02-28", nosig=1)
H("payment_difficulty", "fr", "tennis", """Bonjour,

Je suis un peu embêté : la subvention de la mairie n'arrive qu'en juin et les cotisations de la saison sont déjà dépensées. Est-ce qu'on pourrait régler en trois fois ? Je vous propose un premier versement en avril.

Gilles""", "tennis club: grant in June, asks three instalments from April (no date)", d="2030-03-11 21:00", nosig=1)
H("payment_difficulty", "fr", "moulinneuf", """Bonsoir,
Avec la baisse du prix du lait et la FCO dans le troupeau cet automne, on est au plus juste. On ne pourra pas tout payer avant l'été. Est-ce qu'on peut s'arranger ?
Damien""", "farm: milk prices and bluetongue, cannot pay before summer", d="2030-01-31 21:45", nosig=1, firm="vasseur",
  fname="Damien Lecoq")
H("payment_difficulty", "fr", "lemoine", """Bonjour,

Pour information, une sauvegarde a été ouverte au profit de notre cliente, la SAS Ateliers Verdier, par le tribunal de commerce de Romans-sur-Isère le 2 avril 2030. Les créances antérieures sont à déclarer auprès du mandataire judiciaire, Me Anne Castel : declarations@castel-mj.fr.

Cordialement,""", "accountant: client in safeguard procedure, declare to the court-appointed representative",
  d="2030-04-12 10:30", nc="declarations@castel-mj.fr")
H("payment_difficulty", "fr", "foodtruck", """bonjour, l hiver le camion tourne au ralenti, je reprend les marchés en avril. je vous paye a ce moment la, ça vous va ?""",
  "food truck, indirect: slow winter, asks to pay when the markets restart in April (no date)", hard=1,
  d="2030-01-22 22:30", nosig=1)
H("payment_difficulty", "fr", "kineport", """Bonjour,

Merci pour votre message, et encore bravo pour l'aménagement de la salle de rééducation, les patients adorent les espaliers. On a enfin pu ouvrir le deuxième cabinet, même si le chantier a pris deux mois de plus que prévu côté électricité (pas de votre fait, rassurez-vous).

Du coup cette ouverture décalée a beaucoup pesé sur la trésorerie. Est-ce que vous accepteriez que je vous règle la moitié le 15 mars et le solde le 15 avril ?

Bonne journée,
Thomas""", "physiotherapist, long text: the request is in the last paragraph, half on 15 March", hard=1,
  d="2030-03-04 12:50", prom="2030-03-15", nosig=1)
H("payment_difficulty", "fr", "rivage", """Bonjour,

Plusieurs copropriétaires de la résidence Le Clos des Tilleuls sont défaillants et le compte de la copropriété ne permet pas de régler votre facture en totalité. Un appel de fonds exceptionnel sera voté à l'assemblée générale de mai. Pouvons-nous convenir d'un paiement en deux fois ?

Cordialement,""", "property manager: co-owners in arrears, asks two instalments (no date)", d="2030-04-17 11:55",
  firm="vasseur")
H("payment_difficulty", "en", "gower", """Hi,

Honestly, winter bookings have been dire and we're waiting for the season to pick up. Would three instalments be OK, starting on 1 March?

Rhian""", "Welsh holiday lets: three instalments, first on 1 March", d="2030-02-14 11:10", prom="2030-03-01", nosig=1)
H("payment_difficulty", "en", "austin", """Hi, we lost our biggest client in January and things are tight. Would it be OK to push this to April 15? It's not going anywhere, I promise.

Carla""", "Texas studio: asks to push to April 15", d="2030-02-22 09:30", prom="2030-04-15", nosig=1)
H("payment_difficulty", "en", "cider", """Bit of a cash crunch after the storm took the roof off the barn. Insurance should pay out eventually. Any chance you could hold off for a month or two?""",
  "cider maker, indirect: storm damage, asks to hold off (no date)", hard=1, d="2030-03-01 19:40", nosig=1)
H("payment_difficulty", "en", "northlight", """Dear Sir or Madam,

Please be advised that Northlight Architects Ltd entered administration on 18 March 2030 and joint administrators have been appointed from Carter Rhodes LLP. The company is not able to make any payments. Claims should be sent to creditors@carterrhodes.co.uk.

Priya Shah""", "Manchester architects in UK administration, administrators' address", d="2030-03-22 12:00",
  nc="creditors@carterrhodes.co.uk", nosig=1)
H("payment_difficulty", "en", "liam", """Bit skint till the gite bookings start in May tbh. Could I do 150 a month? First lot on the 1st""",
  "British customer in France: 150 a month, first on the 1st (reply 19 Feb)", d="2030-02-19 20:05", prom="2030-03-01",
  nosig=1)

# =========================================================================== wrong_contact (12)
H("wrong_contact", "fr", "coiff", """Bonjour c'est mon comptable qui gère tout ça maintenant, envoyez lui : cabinet.marais.compta@orange.fr""",
  "hairdresser: her accountant handles it now", d="2030-03-13 12:20", nosig=1, nc="cabinet.marais.compta@orange.fr")
H("wrong_contact", "fr", "geometre", """Bonjour,

Le cabinet Hervé a été repris au 1er janvier par le cabinet Géo-Concept Bourgogne. Les factures concernant l'aménagement de nos nouveaux locaux sont à adresser à : comptabilite@geoconcept-bourgogne.fr

Cordialement,""", "surveyor's office taken over: the buyer's address", d="2030-02-19 14:00",
  nc="comptabilite@geoconcept-bourgogne.fr")
H("wrong_contact", "fr", "lycee", """Bonjour,

Ce message est arrivé à l'agence comptable de Vendôme alors que la commande a été passée par le lycée de Montoire, qui a sa propre agence comptable. Merci d'écrire à agence.comptable@lycee-montoire.fr ; nous ne pouvons pas traiter cette facture.

Cordialement,""", "agricultural school: the order came from another school with its own accounts", d="2030-03-14 10:25",
  nc="agence.comptable@lycee-montoire.fr")
H("wrong_contact", "fr", "ruche", """Salut Inès,

C'est toi qui gères la compta de l'espace de Rezé maintenant, je te transfère. Je mets Atelier Morel en copie : pour tout ce qui concerne Rezé, merci d'écrire directement à Inès (ines@laruche-coworking.fr).

Maxime""", "Gmail forward to a colleague with us in Cc, 'écrivez directement à Inès'", hard=1, d="2030-02-05 09:50",
  q="gmail_fwd_fr", subj="Fwd: {S}", to="Inès Garnier <ines@laruche-coworking.fr>", cc=MOREL,
  nc="ines@laruche-coworking.fr", nosig=1)
H("wrong_contact", "fr", "batiouest", """Bonjour,

Mon collègue de la comptabilité m'a transféré votre message. Je ne m'occupe plus des chantiers du Morbihan depuis janvier ; pour la résidence Kerlenn, c'est la conductrice de travaux, Mme Le Bihan, qui valide les factures : a.lebihan@batiouest-construction.fr

Cordialement,
Jérôme Tanguy""", "builder: a colleague got it by forward and points to the site manager who validates invoices", hard=1,
  d="2030-04-04 08:35", nosig=1, nc="a.lebihan@batiouest-construction.fr", fname="Jérôme Tanguy",
  faddr="j.tanguy@batiouest-construction.fr", envfrom="j.tanguy@batiouest-construction.fr", pre="TR: RE : ")
H("wrong_contact", "fr", "hortensias", """Bonjour,

Nous avons vendu le gîte fin décembre à un jeune couple, M. et Mme Riou. Les travaux de janvier ont été commandés par eux, pas par nous ! Leur adresse : contact@gite-hortensias-perros.fr

Bonne continuation,
Françoise Tanguy""", "gîte sold in December: the buyers ordered the work", d="2030-01-29 17:15", nosig=1,
  firm="vasseur", nc="contact@gite-hortensias-perros.fr")
H("wrong_contact", "fr", "pasquier", """Bonjour,
Mon père, M. Roger Pasquier, est entré en maison de retraite en mars. C'est moi qui gère ses affaires maintenant (j'ai une procuration). Merci d'écrire à mon adresse : c.pasquier.dumont@gmail.com
Catherine Dumont""", "daughter with power of attorney answers from her father's mailbox", hard=1, d="2030-04-23 19:30",
  nosig=1, nc="c.pasquier.dumont@gmail.com")
H("wrong_contact", "fr", "huissier", """Bonjour,

L'étude n'utilise plus cette adresse pour la comptabilité. Pour tout ce qui est factures et relances, c'est maintenant compta@benard-cj.fr.

Bien à vous,
Laure""", "bailiff's office: accounts address", d="2030-01-21 14:10", nosig=1, nc="compta@benard-cj.fr")
H("wrong_contact", "en", "kingsway", """Good afternoon,

This mailbox handles Kingsway Hotels Group invoices only. The Bath property is a franchise operated by Avon Leisure Ltd, who pay their own suppliers. Please contact their finance team at accounts@avonleisure.co.uk.

Kind regards,""", "UK hotel group AP: franchised hotel pays its own suppliers", d="2030-03-26 11:35",
  nc="accounts@avonleisure.co.uk")
H("wrong_contact", "en", "brno", """Hello,

I am leaving Morava Tech at the end of this month. From February my colleague takes over the supplier invoices, please write to Tomáš Dvořák: tomas.dvorak@moravatech.cz

Thank you for the good cooperation,
Petra""", "Czech firm: contact leaving, colleague's address", d="2030-01-24 15:50", nosig=1,
  nc="tomas.dvorak@moravatech.cz")
H("wrong_contact", "en", "manila", """Hi Ana,

Forwarding this supplier reminder as it relates to the French entity – can you pick it up?

@Atelier Morel: invoices for Atlas France SAS are handled by the Lyon AP team, please write to ap.france@atlasgroup-ssc.com going forward.

Thanks,
Joy""", "Outlook forward to a colleague with us in Cc, redirects us to the French AP mailbox", hard=1,
  d="2030-04-09 16:20", q="outlook_en", subj="FW: {S}", to="Ana Reyes <ana.reyes@atlasgroup-ssc.com>", cc=MOREL,
  nc="ap.france@atlasgroup-ssc.com", nosig=1)
H("wrong_contact", "en", "bergen", """Hello,

Fjordlys AS was merged into Fjordlys Group AS on 1 January. Please address invoices to the group accounting department: invoice@fjordlysgroup.no. Older invoices will also be paid from there.

Best regards""", "Norwegian firm merged: group accounting address", d="2030-01-16 10:05", nc="invoice@fjordlysgroup.no")

# =========================================================================== auto_reply (12)
H("auto_reply", "fr", "lemoine", """Bonjour,

Le cabinet est fermé du 18 au 22 février pour les vacances d'hiver. Nous lirons vos messages dès la réouverture. Pour une urgence concernant la paie, écrivez à urgence.paie@fiduciaire-lemoine.fr.

Fiduciaire Lemoine & Associés""", "accountancy firm winter closure, emergency payroll address (not a new contact)",
  d="2030-02-18 09:25", subj="Réponse automatique : {S}", hdr=MSX)
H("auto_reply", "fr", "geometre", """Absent jusqu'au 11 mars inclus. En cas d'urgence, merci d'appeler le cabinet au 03 80 00 00 00.

Laurent Hervé""", "surveyor out of office, no special header", hard=1, d="2030-03-04 09:24", subj="RE : {S}",
  fname="Laurent Hervé", faddr="l.herve@herve-geometre.fr", envfrom="l.herve@herve-geometre.fr")
H("auto_reply", "fr", "lycee", """Ceci est un accusé de réception automatique. L'agence comptable de l'EPLEFPA de Vendôme a reçu votre courriel. Rappel : toute facture adressée à l'établissement passe par Chorus Pro.""",
  "school automatic acknowledgement that mentions Chorus Pro", hard=1, d="2030-02-11 09:23",
  subj="Accusé de réception : {S}", hdr=AS)
H("auto_reply", "fr", "rivage", """Votre message a été enregistré sous le numéro de demande 2030-03-1874. Un gestionnaire vous répondra sous 72 heures ouvrées.

Message généré automatiquement.""", "property manager ticket acknowledgement", d="2030-03-19 09:22",
  subj="[Demande 2030-03-1874] {S}", hdr=PREC, firm="vasseur")
H("auto_reply", "fr", "tennis", """Bonjour,

Je suis en vacances au ski jusqu'au 2 mars avec très peu de réseau. Pour le club, vous pouvez joindre la présidente, Mme Aubert, au 06 00 00 00 00.

Gilles""", "tennis club treasurer's Gmail vacation reply, no special header", hard=1, d="2030-02-22 09:26",
  subj="Re: {S}")
H("auto_reply", "fr", "kineport", """Le cabinet est fermé du 15 au 26 avril. Pour toute urgence, merci de contacter le cabinet du Dr Riou au 02 98 00 00 00. Les messages reçus pendant la fermeture seront lus à notre retour.""",
  "physiotherapist closure notice, no special header", hard=1, d="2030-04-15 10:24", subj="Re: {S}")
H("auto_reply", "fr", "batiouest", """Bonjour,

Je suis absent jusqu'au 8 avril. Pendant mon absence, vos messages concernant la comptabilité fournisseurs peuvent être adressés à Mme Nicolas (s.nicolas@batiouest-construction.fr).

Cordialement""", "builder's accountant out of office, temporary backup (not a new contact)", d="2030-03-29 09:25",
  subj="Réponse automatique : {S}", hdr=LOOP("compta@batiouest-construction.fr"))
H("auto_reply", "fr", "ruche", """Cette adresse n'est plus relevée : La Ruche Coworking devient Essaim. Merci d'écrire désormais à bonjour@essaim-coworking.fr.""",
  "automatic notice of a renamed business: write from now on to the new address (auto_reply with new contact)",
  hard=1, d="2030-04-24 10:23", subj="Réponse automatique : {S}", hdr=AS, nc="bonjour@essaim-coworking.fr")
H("auto_reply", "en", "gower", """Thank you for your email. I'm away until Monday 8 April and will pick up emails then. For anything urgent please call 01792 000000.""",
  "Welsh firm out of office", d="2030-04-02 08:24", subj="Automatic reply: {S}", hdr=MSX)
H("auto_reply", "en", "kingsway", """Kingsway Hotels AP: we have logged your email as KH-AP-0098213. Replies to this address are not monitored; someone from AP will get back to you within 5 working days.""",
  "UK AP ticket acknowledgement without the invoice", d="2030-01-28 08:22",
  subj="Your query has been received [KH-AP-0098213]", hdr=AS, inv="")
H("auto_reply", "en", "austin", """Hi! I'm out for SXSW until March 18 and checking email only now and then. For anything urgent, text me at 512-555-0148.

— Carla""", "Texas studio Gmail vacation reply, no special header", hard=1, d="2030-03-11 03:25", subj="Re: {S}")
H("auto_reply", "en", "bergen", """Jeg har påskeferie og er tilbake 22. april.

I am on Easter holiday and back on 22 April. For urgent matters, please call our switchboard on +47 55 00 00 00.""",
  "Norwegian/English out-of-office (counted English)", d="2030-04-15 10:22", subj="Automatisk svar: {S}",
  hdr=LOOP("regnskap@fjordlys.no"))

# =========================================================================== bounce (6)
BNC("gandi", "contact@ebenisterie-cardon.fr", "Gandi notice in French: mailbox does not exist", lang="fr",
    d="2030-01-17 09:02", subj="Message non distribué : {S}",
    frm="Mail Delivery System <MAILER-DAEMON@mail.gandi.net>", rep="spool.mail.gandi.net", status="5.1.1",
    text="Ce message vous est adressé automatiquement par le serveur de messagerie de Gandi.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n  {R}\n\nLe serveur distant a répondu : 550 5.1.1 boîte aux lettres inexistante.\n\nLe message d'origine est joint.",
    diag="550 5.1.1 <contact@ebenisterie-cardon.fr>: Recipient address rejected: User unknown in virtual mailbox table",
    remote="mx1.gandi.net")
BNC("nordnet", "sarl.lefevre.bois@nordnet.fr", "Nordnet notice in French, plain text: mailbox over quota, with the original headers",
    lang="fr", d="2030-02-27 09:03", subj="Echec de distribution du message", shape="plain",
    frm="Postmaster Nordnet <postmaster@nordnet.fr>", rep="mx.nordnet.fr",
    orig_intro="------ En-têtes du message d'origine ------\n\n",
    text="Bonjour,\n\nVotre message n'a pas pu être distribué à {R}.\n\nRaison : la boîte aux lettres du destinataire est pleine (552 5.2.2 quota dépassé). Le message ne sera pas renvoyé.\n\nLe service de messagerie Nordnet")
BNC("synology", "secretariat@cabinet-dr-leroy.fr", "Synology MailPlus of a small practice, French, headers only, second firm",
    lang="fr", d="2030-04-04 09:03", subj="Non remis : {S}", orig="headers", firm_rinv=1, hard=1,
    frm="MailPlus Server <postmaster@cabinet-dr-leroy.fr>", rep="nas.cabinet-dr-leroy.fr", status="5.1.1",
    text="Le message que vous avez envoyé n'a pas pu être remis.\n\nDestinataire : {R}\nMotif : ce compte n'existe pas sur le serveur.\n\nLes en-têtes du message d'origine sont joints.",
    diag="550 5.1.1 <secretariat@cabinet-dr-leroy.fr>: compte inexistant", remote="nas.cabinet-dr-leroy.fr")
BNC("exim", "office@thamesidejoinery.co.uk", "GoDaddy (secureserver.net, Exim) plain-text failure with a copy",
    d="2030-02-12 09:02", subj="Mail delivery failed: returning message to sender", shape="plain", rl="en",
    frm="Mail Delivery System <mailer-daemon@p3plsmtp04.prod.phx3.secureserver.net>", rep="p3plsmtp04.prod.phx3.secureserver.net",
    orig_intro="------ This is a copy of the message, including all the headers. ------\n\n",
    text="This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  {R}\n    host mx.thamesidejoinery.co.uk [198.51.100.24]\n    SMTP error from remote mail server after RCPT TO:<{R}>:\n    550 5.1.1 User unknown")
BNC("icloud", "hannah.mills.design@icloud.com", "iCloud report: mailbox does not exist", d="2030-03-20 09:04",
    subj="Undeliverable Mail", rl="en", frm="Mail Delivery Subsystem <MAILER-DAEMON@icloud.com>",
    rep="p00-icloudmta-asmtp-us-west-2a-100-percent-5.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com",
    status="5.1.1",
    text="Your message could not be delivered to the following recipient:\n\n{R}\n\nThe recipient's mailbox does not exist or is no longer active.",
    diag="550 5.1.1 <hannah.mills.design@icloud.com>: user does not exist", remote="mx01.mail.icloud.com")
BNC("rackspace", "accounts@brightwater-events.com", "Rackspace report: address rejected, second firm", d="2030-04-25 09:02",
    subj="Undelivered Mail Returned to Sender", rl="en", firm_rinv=1,
    frm="MAILER-DAEMON@smtp81.ord1d.emailsrvr.com (Mail Delivery System)", rep="smtp81.ord1d.emailsrvr.com",
    status="5.1.1",
    text="This is the mail system at host smtp81.ord1d.emailsrvr.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<{R}>: host mx1.emailsrvr.com said:\n    550 5.1.1 <{R}>: Recipient address rejected: User unknown",
    diag="550 5.1.1 <accounts@brightwater-events.com>: Recipient address rejected: User unknown",
    remote="mx1.emailsrvr.com")

# =========================================================================== other (13)
H("other", "fr", "coiff", """ok je regarde ça ce soir""", "hairdresser: 'je regarde ça ce soir' (no promise)", hard=1,
  d="2030-01-15 19:50", nosig=1)
H("other", "fr", "bouvier", """Monsieur,

Pouvez-vous me téléphoner au 02 41 00 00 00 ? Plutôt avant midi. Je ne suis pas à l'aise avec les courriels.

R. Bouvier""", "nursery owner: call-me request", d="2030-02-14 08:20", nosig=1, firm="vasseur")
H("other", "fr", "lemoine", """Bonjour,

Nous aurions besoin du relevé de compte de la SARL Atelier Nomade (notre cliente) au 31 décembre 2029. Nous préparons son bilan et devons justifier le solde fournisseur.

Cordialement,""", "accountant asks a statement for the year-end", d="2030-01-21 16:40")
H("other", "fr", "igirard", """Bonjour, vous pouvez me redonner votre RIB ? Notre banque a changé d'application et j'ai perdu tous mes bénéficiaires.
Merci !""", "private customer asks the RIB again", d="2030-03-19 13:05", nosig=1)
H("other", "fr", "hortensias", """Bonjour, bien reçu, je montre ça à Michel ce soir, c'est lui qui s'occupe des papiers.
Belle journée,
Françoise""", "gîte owner will show it to her husband (no promise, no address)", hard=1, d="2030-04-08 10:40",
  nosig=1, firm="vasseur", pos="bottom")
H("other", "fr", "foodtruck", """salut, vous faites aussi les comptoirs en inox ? je voudrais un devis pour un deuxieme camion""",
  "food truck: unrelated quote request", d="2030-04-18 22:20", nosig=1)
H("other", "fr", "huissier", """Bonjour,

Pourriez-vous nous confirmer votre numéro de TVA intracommunautaire ? Il ne figure pas sur la facture et notre logiciel refuse d'enregistrer un fournisseur sans ce numéro.

Bien à vous,
Laure""", "bailiff's office asks the VAT number", d="2030-02-26 10:15", nosig=1)
H("other", "fr", "benali", """Bonjour
Je suis en déplacement toute la semaine sur un chantier à Lorient, je regarde ça en rentrant.
Karim""", "renovation firm: will look at it when back (no promise)", hard=1, d="2030-03-12 07:10", nosig=1)
H("other", "fr", "moulinneuf", """Bonjour,
Bien recu. Vous pouvez nous envoyer aussi l'attestation pour la TVA a 10 % ? Le comptable la demande pour la maison d'habitation.
Sophie""", "farm asks the reduced-VAT certificate", d="2030-04-25 21:05", nosig=1, firm="vasseur")
H("other", "en", "cider", """Cheers, I'll have a look at it once I'm back at the farm.""",
  "cider maker: 'will have a look' (no promise)", hard=1, d="2030-02-06 12:30", nosig=1)
H("other", "en", "toronto", """Hello,

We are not disputing this invoice. Could you please confirm whether it is subject to Canadian GST/HST? Our system flags foreign invoices that do not show a GST registration number, and we need your confirmation before releasing it.

Regards,""", "Toronto AP, negation: 'not disputing', asks a tax question (no promise)", hard=1, d="2030-04-11 10:30")
H("other", "en", "kingsway", """Good morning,

We'd be grateful for a full statement of account listing every open item. We are reconciling supplier balances ahead of our year end on 31 March.

Kind regards,""", "UK hotel group AP asks a statement", d="2030-03-05 10:55", lvl=2)
H("other", "en", "liam", """Can you ring me? Easier to sort it over the phone, my French is rubbish. 06 12 34 56 78""",
  "British customer in France: call-me request", d="2030-04-10 18:45", nosig=1)

# --------------------------------------------------------------------------- a few wrapping variations
VARY = {
    "hairdresser: paid by transfer last Friday": dict(crlf=1),
    "nursery owner: cheque posted on 18 January": dict(lvl=2),
    "accountant reports the client's transfer of 4 February": dict(m="html"),
    "wine shop on iPhone: transfer made this morning": dict(q="apple_fr"),
    "Texas studio: paid via Wise on Feb 14": dict(q="gmail_en", crlf=1),
    "Czech firm, hedged: a transfer of 11.03 may be this invoice": dict(q="origine_en"),
    "tennis club treasurer: transfer this weekend (reply Wed 23 Jan)": dict(crlf=1),
    "UK hotel group AP: payment run 28/02/2030": dict(m="html"),
    "Norwegian firm: payment on 15.04.2030": dict(lvl=3),
    "retired man: never received the gate invoice, asks it by post": dict(cs="iso-8859-1"),
    "Norwegian firm: attachment damaged": dict(crlf=1),
    "wine shop: amount differs from the agreed price": dict(lvl=2),
    "surveyor's office: invoice refused, second door cancelled by amendment": dict(q="origine_fr", crlf=1),
    "property manager: green-waste removal billed on top of the contract": dict(lvl=2),
    "Toronto AP: invoice rejected, wrong legal entity, to be reissued": dict(m="html", lvl=2),
    "retired man: 300 a month, first cheque on 9 April": dict(lvl=3),
    "wine shop: asks to wait until 28 February": dict(q="apple_fr", lvl=2),
    "property manager: co-owners in arrears, asks two instalments (no date)": dict(crlf=1),
    "Texas studio: asks to push to April 15": dict(lvl=2),
    "Manchester architects in UK administration, administrators' address": dict(q="mac_en"),
    "surveyor's office taken over: the buyer's address": dict(cs="windows-1252"),
    "Czech firm: contact leaving, colleague's address": dict(crlf=1),
    "accountant asks a statement for the year-end": dict(crlf=1),
    "British customer in France: call-me request": dict(lvl=3),
    "farm asks the reduced-VAT certificate": dict(crlf=1),
}
for _e in ENTRIES:
    _e.update(VARY.pop(_e["note"], {}))
assert not VARY, VARY

# =========================================================================== writer and checks
STEM = "holdout5_"


def build_bounce(e: dict, idx: int):
    """build_corpus.build_bounce dates every notice +0100; here French local time (+0100, +0200 from 31 March)."""
    orig_parse = bc.parse_d
    if e.get("firm_rinv") and not e.get("rinv"):
        e = dict(e, rinv=random.Random(e["rcpt"]).choice([i for i in bc.INV_POOL_FA if i not in bc.USED]))
        bc.USED.add(e["rinv"])

    def parse_local(d, rng, tzmin):
        return orig_parse(d, rng, fr_offset(d) if d else tzmin)

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
    random.Random(20300430).shuffle(order)
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


INV_RE = re.compile(r"^(F-2030-\d{4}|FA-2030-\d{3})$")


def other_corpora_invoices() -> set[str]:
    seen = set()
    for sub in ("replies", "holdout", "holdout2", "holdout3", "holdout4"):
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
    """6-word sequences shared with the customer texts of the five other sets (informative)."""
    old = set()
    for e in bc.ENTRIES + hb.ENTRIES + h2.ENTRIES + h3.ENTRIES + h4.ENTRIES:
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
                problems.append(f"{r['file']}: invoice {inv} is not a 2030 number")
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
