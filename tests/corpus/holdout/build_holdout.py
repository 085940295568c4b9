#!/usr/bin/env python3
"""Build the HELD-OUT labelled reply set for relancebot's reply classifier.

Every customer text below was written by hand for this set (new customers, new trades, new
wording; none is copied from tests/corpus/replies/build_corpus.py). Only the *wrapping*
(mail-client headers, quoted reminder, MIME shapes, charsets, attachments, bounce reports) is
reused, by importing build_corpus.py and calling its helpers, with a few extensions here:
replies dated December 2026 - March 2027 (year boundary, invoices F-2027-…), Gmail
"forwarded message" quoting, Outlook threads in which our reminder is quoted twice, forwards to a
colleague with us in Cc, subject-only replies, and bounces from other mail systems.

Run:  .venv/bin/python tests/corpus/holdout/build_holdout.py
Deterministic; overwrites holdout_*.eml and labels.tsv in this folder, then checks them.
"""
from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import html
import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build_corpus", OUT.parent / "replies" / "build_corpus.py")
bc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bc)  # defines the original corpus entries too; they are not used here

PARIS = dt.timezone(dt.timedelta(hours=1))
DISCL_FR = bc.DISCL_FR
DISCL_EN = bc.DISCL_EN
DISCL_CH = ("AVERTISSEMENT : Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles "
            "ou couvertes par le secret professionnel, destinées exclusivement à leurs destinataires. Toute "
            "lecture, copie, diffusion ou utilisation non autorisée est strictement interdite. Si vous n'êtes pas "
            "le destinataire prévu, merci d'en informer immédiatement l'expéditeur et de supprimer ce message "
            "ainsi que toute copie. L'intégrité de ce message ne pouvant être garantie sur Internet, le Centre "
            "hospitalier ne saurait être tenu responsable de son contenu. Pensez à l'environnement avant "
            "d'imprimer ce courriel.")
DISCL_LAW = ("Ce message est adressé par un cabinet d'avocats et peut contenir des informations couvertes par le "
             "secret professionnel (article 66-5 de la loi n° 71-1130 du 31 décembre 1971). Si vous l'avez reçu "
             "par erreur, merci de le signaler à l'expéditeur et de le détruire sans en conserver de copie. "
             "Toute divulgation, reproduction ou diffusion non autorisée est interdite.")
DISCL_UK = ("CONFIDENTIALITY NOTICE: This email and any files transmitted with it are confidential and may be "
            "legally privileged. They are intended solely for the use of the individual or entity to whom they "
            "are addressed. If you are not the intended recipient you must not copy, distribute or take any "
            "action in reliance on it. Harrow & Finch Distribution Ltd is registered in England and Wales, "
            "company no. 04417729, registered office Unit 7 Fairway Park, Reading RG2 0QT. VAT GB 812 4471 06. "
            "Please consider the environment before printing this email.")

# key: (display name, address, client family, locale, signature) -- same shape as build_corpus.C
NEW_C = {
    # --- French-speaking, France
    "lune": ("Bastien Kerhervé", "b.kerherve@atelierlune-archi.fr", "mac", "fr",
             "Bastien Kerhervé\nArchitecte DPLG - Atelier Lune Architectes\n7 rue de Siam, 29200 Brest\n02 98 00 41 41"),
    "guillou": ("Transports Guillou - Comptabilité", "compta@transports-guillou.fr", "outlook", "fr",
                "Nadège Le Floch\nComptabilité fournisseurs\nTRANSPORTS GUILLOU & FILS\nZA de Kerlann - 56000 Vannes\nTél. 02 97 63 00 00"),
    "lucioles": ("Ecole Les Lucioles", "direction@ecole-leslucioles.fr", "gmail", "fr",
                 "Agnès Poirier\nDirectrice - École Montessori Les Lucioles"),
    "chvierzon": ("Bureau des fournisseurs - CH Vierzon", "fournisseurs@ch-vierzon.fr", "o365", "fr",
                  "Bureau des fournisseurs\nDirection des achats et de la logistique\nCentre hospitalier de Vierzon\n"
                  "33 rue Léo Mérigot - 18100 Vierzon\n\n" + DISCL_CH),
    "cavs": ("CAVS Compta Fournisseurs", "fournisseurs@coop-valdesevre.fr", "outlook", "fr",
             "Service comptabilité fournisseurs\nCoopérative Agricole du Val de Sèvre\n79400 Saint-Maixent-l'École\n05 49 76 00 00"),
    "mobilo": ("Romain | Mobilo", "romain@mobilo.shop", "gmail", "fr", "Romain Achour\nCo-fondateur, Mobilo\nmobilo.shop"),
    "delorme": ("Comptabilité SCP Delorme", "comptabilite@delorme-avocats.fr", "o365", "fr",
                "Service comptabilité\nSCP Delorme & Associés - Avocats au Barreau de Rennes\n\n" + DISCL_LAW),
    "kine": ("Florian Mas", "florian.mas.kine@gmail.com", "android", "fr", ""),
    "ferrand": ("BOUCHERIE FERRAND", "boucherie.ferrand@orange.fr", "orange", "fr", ""),
    "taxi": ("Didier Taxi", "taxi.didier.77@icloud.com", "apple", "fr", ""),
    "pharma": ("Pharmacie du Marché", "pharmacie.dumarche@offisecure.fr", "mac", "fr",
               "Pharmacie du Marché\nDr Hélène Marchal\n04 94 22 10 10"),
    "hirond": ("Gîte des Hirondelles", "gite.hirondelles@yahoo.fr", "yahoo", "fr", ""),
    "rapid": ("Auto-école Rapid'Permis", "rapidpermis.tours@laposte.net", "roundcube", "fr", ""),
    "loups": ("Crèche Les Petits Loups", "bureau.petitsloups@gmail.com", "gmail", "fr",
              "Le bureau de la crèche parentale Les Petits Loups"),
    "craon": ("Service comptabilité - CC Pays de Craon", "comptabilite@cc-paysdecraon.fr", "outlook", "fr",
              "Service Finances - Comptabilité\nCommunauté de communes du Pays de Craon\n02 43 09 09 09"),
    "jmoulin": ("Intendance LP Jean-Moulin", "int.0350022x@ac-rennes.fr", "roundcube", "fr",
                "Service intendance\nLycée professionnel Jean-Moulin"),
    "besson": ("Nicolas Besson", "besson.plomberie@gmail.com", "android", "fr", ""),
    "escale": ("Restaurant L'Escale", "lescale.sete@free.fr", "tb", "fr", ""),
    "vautrin": ("Imprimerie Vautrin", "gestion@imprimerie-vautrin.fr", "outlook", "fr",
                "Sylvie Vautrin\nImprimerie Vautrin\n03 29 34 12 12"),
    "acl": ("Audit Conseil Loire", "clients@audit-conseil-loire.fr", "o365", "fr",
            "Morgane Tessier\nAssistante comptable\nAudit Conseil Loire - Expertise comptable\n02 41 88 00 00\n\n" + DISCL_FR),
    "assist": ("Valérie Lopes", "valerie@vl-secretariat.fr", "gmail", "fr",
               "Valérie Lopes\nSecrétariat indépendant - VL Secrétariat\n06 50 50 40 40"),
    "fitco": ("Fit & Co Salle de sport", "contact@fitandco-lemans.fr", "apple", "fr", ""),
    "earl": ("EARL du Moulin Neuf", "earl.moulinneuf@orange.fr", "orange", "fr", ""),
    "habitat": ("Habitat 72 - Comptabilité", "compta.fournisseurs@habitat72.fr", "o365", "fr",
                "Comptabilité fournisseurs\nHabitat 72 - Office public de l'habitat\n\n" + DISCL_FR),
    "straub": ("Christophe Straub", "c.straub@straub-toitures.fr", "tb", "fr", "Straub Toitures\n03 88 70 70 70"),
    "oliviers": ("Mas des Oliviers", "masdesoliviers@wanadoo.fr", "orange", "fr", ""),
    "elodie": ("Elodie Vasseur", "elo.vasseur@hotmail.fr", "o365", "fr", ""),
    "cordon": ("Cordonnerie Malik", "cordonnerie.malik@gmail.com", "gmail", "fr", ""),
    "stroch": ("Achats - Clinique Saint-Roch", "achats@clinique-saintroch.fr", "o365", "fr",
               "Service Achats\nClinique Saint-Roch\n\n" + DISCL_FR),
    # --- French-speaking, elsewhere
    "tremblay": ("Les Rénovations Tremblay inc.", "admin@renovations-tremblay.ca", "outlook", "fr",
                 "Josée Tremblay\nAdministration\nLes Rénovations Tremblay inc.\nSaint-Jérôme (Québec)\n450 555-0134"),
    "gagnon": ("Marie-Ève Gagnon", "megagnon.design@gmail.com", "gmail", "fr", "Marie-Ève Gagnon\nDesign intérieur, Montréal"),
    "dewulf": ("Menuiserie Dewulf", "info@menuiserie-dewulf.be", "gmail", "fr",
               "Menuiserie Dewulf SRL\nRue Saint-Gilles 212 - 4000 Liège\n+32 4 222 33 44"),
    "namur": ("ASBL Les Jardins de Namur", "tresorerie@jardinsdenamur.be", "outlook", "fr",
              "Trésorerie - ASBL Les Jardins de Namur\n+32 81 22 00 00"),
    "leman": ("Garage du Léman Sàrl", "administration@garage-leman.ch", "outlook", "fr",
              "Garage du Léman Sàrl\nAdministration\nAvenue de Morges 58, 1004 Lausanne\n+41 21 600 00 00"),
    "socogem": ("SOCOGEM Dakar", "comptabilite@socogem.sn", "gmail", "fr",
                "Service Comptabilité\nSOCOGEM SA - Dakar, Sénégal"),
    "kouassi": ("Kouassi Import Export", "kouassi.importexport@yahoo.fr", "yahoo", "fr", ""),
    "douala": ("Etienne Mbarga", "e.mbarga@batico-cm.com", "outlook", "fr",
               "Etienne MBARGA\nDirecteur Administratif et Financier\nBATICO Sarl - Douala"),
    "casa": ("Compta Atlas Emballages", "compta@atlas-emballages.ma", "o365", "fr",
             "Service Comptabilité\nAtlas Emballages SARL - Casablanca"),
    # --- English
    "harrow": ("Accounts Payable", "accounts.payable@harrowfinch.co.uk", "o365", "en",
               "Accounts Payable Team\nHarrow & Finch Distribution Ltd\n\n" + DISCL_UK),
    "thistle": ("Fiona MacLeod", "fiona@thistlehome.co.uk", "gmail", "en", "Fiona MacLeod\nThistle Home Ltd, Edinburgh"),
    "morales": ("Javier Morales", "jmorales@moraleslogistica.es", "outlook", "en",
                "Javier Morales Ruiz\nAdministración - Morales Logística S.L.\nValencia, Spain\n+34 963 00 00 00"),
    "bianchi": ("Giulia Bianchi", "giulia.bianchi@bianchiarredamenti.it", "gmail", "en",
                "Giulia Bianchi\nUfficio amministrazione\nBianchi Arredamenti Srl - Como"),
    "devries": ("Pieter de Vries", "pieter@devries-interieur.nl", "mac", "en", "Pieter de Vries\nDe Vries Interieur B.V."),
    "redwood": ("Dana Okafor", "dana@redwoodcreative.com", "gmail", "en", "Dana Okafor\nStudio Manager, Redwood Creative"),
    "oneill": ("O'Neill & Co Solicitors - Accounts", "accounts@oneill-solicitors.ie", "outlook", "en",
               "Accounts Department\nO'Neill & Co Solicitors\nCork, Ireland"),
    "verdane": ("Verdane AP Service Desk", "ap.servicedesk@verdane-group.com", "o365", "en",
                "Verdane Group - Global Business Services, Accounts Payable\n\n" + DISCL_EN),
    "hartley": ("Ruth Hartley", "r.hartley@hartleymoss.co.uk", "o365", "en",
                "Ruth Hartley\nPractice Manager\nHartley & Moss LLP\n\n" + DISCL_EN),
    "aldric": ("Bursar, St Aldric's School", "bursar@staldrics.org.uk", "outlook", "en",
               "The Bursary\nSt Aldric's School\n01632 960555"),
    "cuthbert": ("Procurement - St Cuthbert's Hospital", "procurement@stcuthberts-hospital.org.uk", "o365", "en",
                 "Procurement & Supplies\nSt Cuthbert's Hospital\n\n" + DISCL_EN),
    "loopwise": ("Lena Fischer", "lena@loopwise.io", "gmail", "en", "Lena Fischer\nFinance & Ops, Loopwise GmbH"),
    "baltic": ("Baltic Freight Accounting", "accounting@balticfreight.lv", "outlook", "en",
               "Accounting Department\nBaltic Freight SIA, Riga"),
    "fenland": ("Tom Barker", "tom.barker@fenlandgrowers.co.uk", "apple", "en", ""),
    "nadia": ("Nadia Rahman", "nadia@rahmanpr.co.uk", "android", "en", ""),
}
bc.C.update(NEW_C)

# ------------------------------------------------------------------ wrapping extensions
RANGE_START, RANGE_DAYS = dt.date(2027, 1, 4), 67


def parse_d(d: str | None, rng: random.Random, tzmin: int) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' (sender's local time) or None -> a random weekday between 4 Jan and 11 Mar 2027."""
    tz = dt.timezone(dt.timedelta(minutes=tzmin))
    if d:
        day, hm = d.split(" ")
        y, mo, da = (int(x) for x in day.split("-"))
        h, mi = (int(x) for x in hm.split(":"))
        return dt.datetime(y, mo, da, h, mi, rng.randint(0, 59), tzinfo=tz)
    while True:
        day = RANGE_START + dt.timedelta(days=rng.randint(0, RANGE_DAYS))
        if day.weekday() < 5:
            break
    return dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


_orig_quote_plain = bc.quote_plain


def quote_plain(style: str, rm: dict, rng: random.Random) -> str:
    """Adds forward styles (Gmail 'Forwarded message' blocks) to build_corpus' quote styles."""
    t = rm["date"]
    if style == "gmail_fwd_fr":
        return ("---------- Forwarded message ---------\n"
                f"De : {rm['fname']} <{rm['faddr']}>\n"
                f"Date: {bc.FR_DAB[t.weekday()]} {t.day} {bc.FR_MAB[t.month - 1]} {t.year} à {t:%H:%M}\n"
                f"Subject: {rm['subj']}\nTo: {rm['to']}\n\n\n" + bc.wrap_lines(rm["body"], 76) + "\n")
    if style == "gmail_fwd_en":
        h, ap = bc._h12(t)
        return ("---------- Forwarded message ---------\n"
                f"From: {rm['fname']} <{rm['faddr']}>\n"
                f"Date: {bc.EN_DAY[t.weekday()][:3]}, {bc.EN_MON[t.month - 1][:3]} {t.day}, {t.year} at {h}:{t:%M} {ap}\n"
                f"Subject: {rm['subj']}\nTo: {rm['to']}\n\n\n" + bc.wrap_lines(rm["body"], 76) + "\n")
    if style == "apple_fwd_fr":
        return ("Début du message réexpédié :\n\n"
                f"De: {rm['fname']} <{rm['faddr']}>\nDate: {t.day} {bc.FR_MON[t.month - 1]} {t.year} à {t:%H:%M}:{t:%S} UTC+1\n"
                f"À: {rm['to']}\nObjet: {rm['subj']}\n\n" + rm["body"] + "\n")
    return _orig_quote_plain(style, rm, rng)


bc.parse_d = parse_d
bc.quote_plain = quote_plain
bc.INV_POOL_F = [f"F-2026-{n:04d}" for n in range(712, 998)]
bc.INV_POOL_FA = [f"FA-2026-{n:03d}" for n in range(163, 240)]


def ol_block(fname: str, faddr: str, when: dt.datetime, to: str, subj: str, text: str, lang: str = "fr") -> str:
    """An Outlook header block + text, as it appears further down a thread."""
    if lang == "en":
        h, ap = bc._h12(when)
        head = (f"From: {fname} <{faddr}>\nSent: {bc.EN_DAY[when.weekday()]}, {bc.EN_MON[when.month - 1]} {when.day}, "
                f"{when.year} {h}:{when:%M} {ap}\nTo: {to}\nSubject: {subj}")
    else:
        head = (f"De : {fname} <{faddr}>\nEnvoyé : {bc.FR_DAY[when.weekday()]} {when.day} {bc.FR_MON[when.month - 1]} "
                f"{when.year} {when:%H:%M}\nÀ : {to}\nObjet : {subj}")
    return "________________________________\n" + head + "\n\n" + text.strip("\n") + "\n"


def our_block(inv: str, amt: float, lvl: int, day: dt.date, to: str, lang: str = "fr") -> str:
    """One of our earlier reminders (sent `day` at 09:00), as an Outlook block further down a thread."""
    firm = bc.firm_of(inv)
    when = dt.datetime(day.year, day.month, day.day, 9, 0, 12, tzinfo=PARIS)
    facts = bc.inv_facts(inv, random.Random(0), when, lvl, amt)
    body = bc.reminder_body(facts, firm, lvl, lang, day - dt.timedelta(days=7))
    return ol_block(firm["name"], firm["addr"], when, to, bc.reminder_subject(inv, lvl, lang), body, lang)


def D(s: str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' Paris time."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=PARIS)


ENTRIES: list[dict] = []
BOUNCES: list[dict] = []


def H(cat: str, lang: str, c: str, body: str, note: str, **kw) -> None:
    """One hand-written reply; keywords as in build_corpus.R (d= is 'YYYY-MM-DD HH:MM' here)."""
    assert cat in bc.CATEGORIES, cat
    assert c in bc.C, c
    ENTRIES.append(dict(cat=cat, lang=lang, c=c, body=body, note=note, **kw))


def BNC(kind: str, rcpt: str, note: str, **kw) -> None:
    BOUNCES.append(dict(cat="bounce", kind=kind, rcpt=rcpt, note=note, lang=kw.pop("lang", "en"), **kw))


AS, MSX, PREC, XAR, LOOP = bc.AS, bc.MSX, bc.PREC, bc.XAR, bc.LOOP
MOREL, VASSEUR = bc.FIRMS["morel"]["addr"], bc.FIRMS["vasseur"]["addr"]
