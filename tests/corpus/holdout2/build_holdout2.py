#!/usr/bin/env python3
"""Build the SECOND held-out labelled reply set (holdout2) for relancebot's reply classifier.

Every customer text below was written by hand for this set: new customers, new trades, new voices,
new wording (none copied from tests/corpus/replies/build_corpus.py or tests/corpus/holdout/build_holdout.py).
Only the *wrapping* is reused: this script imports tests/corpus/holdout/build_holdout.py (which itself
imports tests/corpus/replies/build_corpus.py) and calls their helpers for client headers, quote styles,
MIME shapes, charsets, attachments and bounce reports. Added here: replies dated 15 March - 9 July 2027
with summer-time offsets (+0200 France, +0100 UK, -0400/-0700 US, +0530 India, +0400 Réunion, -0400
Martinique, +0800 Singapore, +1100/+1000 Sydney, +0300 Greece/Finland), invoices F-2027-NNNN and
FA-2027-NNN (no overlap with the two other sets), new customers and new bounce texts.

Run:  .venv/bin/python tests/corpus/holdout2/build_holdout2.py
Deterministic; overwrites holdout2_*.eml and labels.tsv in this folder, then checks them.
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
_spec = importlib.util.spec_from_file_location("build_holdout", OUT.parent / "holdout" / "build_holdout.py")
hb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hb)  # defines the first holdout's entries too; they are not used here
bc = hb.bc                     # build_corpus, already patched by build_holdout (YYYY-MM-DD dates, forward quotes)

bc.INV_POOL_F = [f"F-2027-{n:04d}" for n in range(1, 400)]
bc.INV_POOL_FA = [f"FA-2027-{n:03d}" for n in range(1, 150)]

DISCL_FR, DISCL_EN = bc.DISCL_FR, bc.DISCL_EN
DISCL_NOT = ("Ce message et ses pièces jointes sont couverts par le secret professionnel du notariat. Ils sont "
             "destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer "
             "l'Office et de le supprimer. Attention : l'Office ne vous demandera jamais de modifier des coordonnées "
             "bancaires par courriel ; en cas de doute, appelez-nous.")
DISCL_GBS = ("DISCLAIMER: The information contained in this e-mail message and/or attachments is confidential and "
             "intended only for the named recipient(s). If you are not the intended recipient, please notify the sender "
             "immediately and delete this message. Novaris Global Business Services Pvt. Ltd. accepts no liability for "
             "any damage caused by any virus transmitted by this email. Please consider the environment before printing.")

# key: (display name, address, client family, locale, signature) -- same shape as build_corpus.C
NEW2_C = {
    # ------------------------------------------------------------ French-speaking
    "legoff": ("Kévin Le Goff", "kevin.legoff.plomberie@icloud.com", "apple", "fr", ""),
    "notaire": ("Office notarial Picard & Lenoir - Comptabilité", "compta@picard-lenoir.notaires.fr", "outlook", "fr",
                "Catherine Jaouen\nComptable taxatrice\nOffice notarial Picard & Lenoir\n4 place du Martray - 22000 Saint-Brieuc\n"
                "02 96 61 00 00\n\n" + DISCL_NOT),
    "cormoran": ("Hôtel Le Cormoran", "reception@hotel-lecormoran.fr", "roundcube", "fr", "Hôtel Le Cormoran ** - Quiberon"),
    "uspva": ("Yannick Prigent", "tresorier.uspva@gmail.com", "gmail", "fr",
              "Yannick Prigent\nTrésorier - US Pléneuf-Val-André Football"),
    "p4v": ("Pharmacie des Quatre Vents", "ph.quatrevents@orange.fr", "orange", "fr", ""),
    "dantec": ("Imprimerie Le Dantec", "compta@imprimerie-ledantec.fr", "tb", "fr",
               "Imprimerie Le Dantec - Morlaix\n02 98 88 00 00"),
    "parc": ("Secrétariat - Cabinet dentaire du Parc", "secretariat@dentaire-duparc.fr", "mac", "fr",
             "Cabinet dentaire du Parc\nDrs Roux et Benali\n04 78 00 12 12"),
    "jaquet": ("Fiduciaire Jaquet & Associés SA", "comptabilite@fiduciaire-jaquet.ch", "outlook", "fr",
               "Fiduciaire Jaquet & Associés SA\nRue de la Gare 12 - 2000 Neuchâtel\n+41 32 720 00 00"),
    "comaloc": ("Coopérative Maritime de Loctudy - Compta", "compta@comaloc.fr", "outlook", "fr",
                "Gwenaëlle Le Corre\nService comptable\nCoopérative Maritime de Loctudy\nPort de pêche - 29750 Loctudy\n02 98 87 00 00"),
    "marec": ("Pompes Funèbres Marec", "pf.marec@yahoo.fr", "yahoo", "fr", ""),
    "sablons": ("Centre équestre des Sablons", "ce.sablons@gmail.com", "gmail", "fr",
                "Mathilde Renaud\nCentre équestre des Sablons"),
    "bertin": ("Cycles Bertin", "cycles.bertin@icloud.com", "apple", "fr", ""),
    "castel": ("Hervé Castel", "herve.castel@free.fr", "tb", "fr", ""),
    "ricard": ("Ambulances Ricard", "ambulances.ricard@outlook.fr", "android", "fr", ""),
    "tregor": ("Brasserie du Trégor - Admin", "admin@brasseriedutregor.bzh", "o365", "fr",
               "Brasserie du Trégor SAS\nZA de Kerfolic - 22300 Lannion"),
    "pronet": ("ProNet Services - Comptabilité", "comptabilite@pronet-services.fr", "o365", "fr",
               "Service comptabilité\nProNet Services SAS - Nettoyage industriel\n\n" + DISCL_FR),
    "menez": ("SIE du Ménez - Secrétariat", "secretariat@sie-menez.fr", "outlook", "fr",
              "Secrétariat\nSyndicat intercommunal des eaux du Ménez\nMairie - 29190 Pleyben"),
    "lemaitre": ("Optique Lemaître", "contact@optique-lemaitre.fr", "o365", "fr", "Optique Lemaître\n12 Grande Rue, 56400 Auray"),
    "tanguy": ("Franck Tanguy", "maconnerie.tanguy@gmail.com", "android", "fr", ""),
    "lebris": ("Huîtres Le Bris", "huitres.lebris@wanadoo.fr", "orange", "fr", ""),
    "embruns": ("Festival Les Embruns", "tresorerie@festival-lesembruns.fr", "gmail", "fr",
                "Solène - trésorière bénévole\nFestival Les Embruns"),
    "payet": ("SARL Payet Frères", "compta@payet-freres.re", "outlook", "fr",
              "Service comptabilité\nSARL Payet Frères - Saint-Pierre (La Réunion)\n0262 25 00 00"),
    "schmit": ("Schmit Immobilier Sàrl - Comptabilité", "comptabilite@schmit-immo.lu", "o365", "fr",
               "Comptabilité\nSchmit Immobilier Sàrl\n12, rue de Hollerich - L-1741 Luxembourg"),
    "weber": ("Nadine Weber", "n.weber@schmit-immo.lu", "o365", "fr", ""),
    "jezequel": ("Claire Jézéquel", "claire.jezequel.ortho@gmail.com", "gmail", "fr", "Claire Jézéquel\nOrthophoniste"),
    "leon": ("École de musique du Léon", "ecoledemusique.leon@orange.fr", "orange", "fr", ""),
    "afr": ("Familles Rurales Plouha", "afr.plouha@laposte.net", "roundcube", "fr", ""),
    "tamaris": ("Jean-Pierre Hamon", "residence.tamaris@gmail.com", "gmail", "fr",
                "Jean-Pierre Hamon\nSyndic bénévole - Résidence Les Tamaris"),
    "bellevue": ("Habitation Bellevue", "administration@habitation-bellevue.mq", "outlook", "fr",
                 "Administration\nHabitation Bellevue - Sainte-Marie, Martinique"),
    "igassist": ("Isabelle Guéguen", "isabelle@ig-assistance.bzh", "gmail", "fr",
                 "Isabelle Guéguen\nAssistante administrative indépendante\n06 62 40 18 90"),
    "narval": ("Bar-Tabac Le Narval", "lenarval.tabac@orange.fr", "orange", "fr", ""),
    # ------------------------------------------------------------ English-writing
    "hlt": ("Finance - Harbour Light Trust", "finance@harbourlight.org.uk", "o365", "en",
            "Annie Forsyth\nFinance Officer\nHarbour Light Trust\nRegistered charity no. 1093417\n\n" + DISCL_EN),
    "vandijk": ("Crediteurenadministratie Van Dijk Horeca", "crediteuren@vandijkhoreca.nl", "outlook", "en",
                "Marieke Bos\nCrediteurenadministratie\nVan Dijk Horeca B.V. - Utrecht"),
    "lindqvist": ("Elin Lindqvist", "elin@lindqvistdesign.se", "mac", "en", "Elin Lindqvist\nLindqvist Design AB, Göteborg"),
    "holm": ("Holm & Sønner ApS - Bogholderi", "bogholderi@holm-sonner.dk", "o365", "en",
             "Søren Holm\nBogholderi / Accounting\nHolm & Sønner ApS, Aarhus"),
    "koskinen": ("Mikko Virtanen", "mikko.virtanen@koskinen.fi", "outlook", "en", "Mikko Virtanen\nKoskinen Oy, Tampere"),
    "novaris": ("AP Helpdesk - Novaris GBS", "ap.helpdesk@novaris-gbs.com", "o365", "en",
                "Accounts Payable Helpdesk\nNovaris Global Business Services - Pune Delivery Centre\n"
                "(on behalf of Novaris France SAS)\n\n" + DISCL_GBS),
    "heron": ("Brett Hollis", "brett@blueheronoutfitters.com", "gmail", "en",
              "Brett Hollis\nBlue Heron Outfitters LLC\nAsheville, NC | (828) 555-0175"),
    "pinecrest": ("Nora Jensen", "nora@pinecrestsoftware.io", "gmail", "en", "Nora Jensen\nOps & Finance, Pinecrest Software Inc."),
    "pantry": ("Gemma Pryce", "gemma@thelittlepantry.co.uk", "apple", "en", ""),
    "oakley": ("Oakley Barn Weddings", "hello@oakleybarn.co.uk", "gmail", "en",
               "Jess Fairley\nOakley Barn Weddings\nThe Old Granary, Oakley, Bedfordshire"),
    "kirby": ("Dave Kirby", "davekirby.electrical@btinternet.com", "android", "en", ""),
    "koala": ("Koala Coast Tours Accounts", "accounts@koalacoasttours.com.au", "o365", "en",
              "Mick Doherty\nOperations & Accounts\nKoala Coast Tours Pty Ltd\nPort Macquarie NSW"),
    "meridian": ("Tan Wei Ling", "weiling.tan@meridianlogistics.sg", "outlook", "en",
                 "Tan Wei Ling\nFinance Executive\nMeridian Logistics Pte Ltd, Singapore"),
    "quinta": ("Inês Carvalho", "contabilidade@quintadovale.pt", "gmail", "en", "Inês Carvalho\nQuinta do Vale - Douro"),
    "kalimera": ("Hotel Kalimera", "accounts@kalimerahotel.gr", "tb", "en", "Nikos Papadakis\nHotel Kalimera, Naxos"),
    "brandt": ("Felix Brandt", "f.brandt@brandt-messebau.de", "outlook", "de",
               "Mit freundlichen Grüßen / Best regards\nFelix Brandt\nBrandt Messebau GmbH, Köln"),
}
for _k in NEW2_C:
    assert _k not in bc.C, _k
bc.C.update(NEW2_C)

# sender's time zone: (offset before summer time, offset after, switch date)
ZONE = {"fr": (60, 120, dt.date(2027, 3, 28)), "uk": (0, 60, dt.date(2027, 3, 28)),
        "us_e": (-300, -240, dt.date(2027, 3, 14)), "us_p": (-480, -420, dt.date(2027, 3, 14)),
        "in": (330, 330, None), "re": (240, 240, None), "mq": (-240, -240, None), "sg": (480, 480, None),
        "au": (660, 600, dt.date(2027, 4, 4)), "ee": (120, 180, dt.date(2027, 3, 28))}
ZONE_OF = {"payet": "re", "bellevue": "mq", "hlt": "uk", "novaris": "in", "heron": "us_e", "pinecrest": "us_p",
           "pantry": "uk", "oakley": "uk", "kirby": "uk", "koala": "au", "meridian": "sg", "quinta": "uk",
           "kalimera": "ee", "koskinen": "ee"}


def tz_for(c: str, d: str) -> int:
    std, dst, switch = ZONE[ZONE_OF.get(c, "fr")]
    day = dt.date.fromisoformat(d.split(" ")[0])
    return dst if switch and day >= switch else std


ENTRIES: list[dict] = []
BOUNCES: list[dict] = []


def H(cat: str, lang: str, c: str, body: str, note: str, **kw) -> None:
    """One hand-written reply; keywords as in build_corpus.R, d= is 'YYYY-MM-DD HH:MM' (sender's local time)."""
    assert cat in bc.CATEGORIES, cat
    assert c in bc.C, c
    assert kw.get("d"), "every entry carries its date"
    kw.setdefault("tz", tz_for(c, kw["d"]))
    ENTRIES.append(dict(cat=cat, lang=lang, c=c, body=body, note=note, **kw))


def BNC(kind: str, rcpt: str, note: str, **kw) -> None:
    BOUNCES.append(dict(cat="bounce", kind=kind, rcpt=rcpt, note=note, lang=kw.pop("lang", "en"), **kw))


AS, MSX, PREC, XAR, LOOP = bc.AS, bc.MSX, bc.PREC, bc.XAR, bc.LOOP
MOREL, VASSEUR = bc.FIRMS["morel"]["addr"], bc.FIRMS["vasseur"]["addr"]
ol_block = hb.ol_block
