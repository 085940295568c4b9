#!/usr/bin/env python3
"""Build the TERSE training corpus for relancebot's reply classifier.

About 260 short customer replies to payment reminders (the customer's own words are one to three short
sentences, mostly one line), 60 % French and 40 % English, each wrapped as a real reply: the customer's
mail client, its headers, its signature and the way it quotes our reminder (levels 1-3, French or English).

Every customer text in ENTRIES below was written by hand for this set; only the wrapping is generated.
This is TRAINING data, not a measure: see README.md.

Run:  python3 tests/corpus/terse/build_terse.py
Stdlib only, deterministic (two runs give identical bytes). Overwrites terse_*.eml and labels.tsv in this
folder, checks them and prints the counts.
"""
from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import random
import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
STEM = "terse_"
CATEGORIES = ["already_paid", "promise_to_pay", "not_received", "dispute", "payment_difficulty",
              "wrong_contact", "auto_reply", "bounce", "other"]
FIRST, LAST = dt.date(2026, 10, 5), dt.date(2026, 12, 18)

# =========================================================================== our firms (the senders of the reminders)
FIRMS = {
    "lachaume": dict(
        name="Menuiserie Lachaume", addr="compta@menuiserie-lachaume.fr", first="Hélène",
        sig_fr="Hélène Lachaume\nGestion administrative\nMenuiserie Lachaume SARL - 8 rue du Mas-Loubier, 87000 Limoges\n05 55 31 42 87",
        sig_en="Hélène Lachaume\nAccounts\nMenuiserie Lachaume SARL - Limoges, France\n+33 5 55 31 42 87",
        fmt=lambda n: f"F-2026-{n:04d}", short=lambda n: str(n), nums=list(range(101, 300))),
    "fauconnet": dict(
        name="Atelier Fauconnet Design", addr="facturation@fauconnet-design.fr", first="Inès",
        sig_fr="Inès Quintin\nAdministration & facturation\nAtelier Fauconnet Design - Nantes\n02 40 73 18 56",
        sig_en="Inès Quintin\nAdministration & invoicing\nAtelier Fauconnet Design - Nantes, France\n+33 2 40 73 18 56",
        fmt=lambda n: f"FA2026-{n:03d}", short=lambda n: str(n), nums=list(range(113, 400, 2))),
    "sabatier": dict(
        name="Sabatier Rouvière Conseil", addr="relances@sabatier-rouviere.fr", first="Élodie",
        sig_fr="Élodie Bellanger\nAssistante indépendante, pour le compte de Sabatier Rouvière Conseil\n04 67 20 55 91",
        sig_en="Élodie Bellanger\nIndependent assistant, on behalf of Sabatier Rouvière Conseil (Montpellier)\n+33 4 67 20 55 91",
        fmt=lambda n: f"2026-{n:04d}", short=lambda n: str(n), nums=list(range(12, 300, 2))),
}

# =========================================================================== customers
# email | display name | client | zone | signature ("\n" written as " / ")
CUST_FR = """\
b.carrel@carrel-plomberie.fr|Benoît Carrel|outlook_fr|fr|Benoît Carrel / Carrel Plomberie
contact@boulangerie-ferrat.fr|Boulangerie Ferrat|gmail_fr|fr|Nadine Ferrat
sylvie.audouin@cabinet-audouin.fr|Sylvie Audouin|o365_fr|fr|Sylvie Audouin / Assistante comptable / Cabinet Audouin Architectes
garage.pellerin@orange.fr|Garage Pellerin|orange|fr|
m.tessier@tessier-transports.fr|Marc Tessier|iphone_fr|fr|
compta@hotel-les-genets.fr|Hôtel Les Genêts - Comptabilité|outlook_fr|fr|Service comptabilité / Hôtel Les Genêts *** / Perros-Guirec
jl.bouvet@gmail.com|Jean-Luc Bouvet|gmail_fr|fr|JL Bouvet
fournisseurs@maraichage-leroux.fr|Maraîchage Leroux|thunderbird_fr|fr|Gaëlle Leroux
a.mercadier@mercadier-btp.fr|Alain Mercadier|android_fr|fr|
direction@creche-les-lutins.fr|Crèche Les Lutins|o365_fr|fr|Laure Bonnefoy / Directrice - Crèche associative Les Lutins
cave.dumesnil@wanadoo.fr|Cave Dumesnil|orange|fr|Pierre Dumesnil
f.royer@royer-immobilier.fr|Fanny Royer|apple_fr|fr|Fanny Royer / Royer Immobilier
comptabilite@clinique-vet-adour.fr|Clinique vétérinaire de l'Adour|o365_fr|fr|Comptabilité / Clinique vétérinaire de l'Adour - Dax
thomas.guerin@guerin-paysages.fr|Thomas Guérin|gmail_fr|fr|Thomas
info@librairie-lepassage.fr|Librairie Le Passage|thunderbird_fr|fr|Librairie Le Passage / 12 rue des Carmes, Orléans
rachid.benali@bn-elec.fr|Rachid Benali|android_fr|fr|Rachid - BN Élec
k.lemaire@lemaire-avocats.fr|Karine Lemaire|outlook_fr|fr|Karine Lemaire / Secrétariat - Lemaire & Associés Avocats
compta@ehpad-les-tilleuls.fr|EHPAD Les Tilleuls - Comptabilité|o365_fr|fr|Service comptable / EHPAD Les Tilleuls
celine.vautrin@free.fr|Céline Vautrin|thunderbird_fr|fr|Céline
s.gauthier@gauthier-freres.fr|Stéphane Gauthier|outlook_fr|fr|S. Gauthier / Gauthier Frères SAS
lepetitzinc@gmail.com|Le Petit Zinc|gmail_fr|fr|Le Petit Zinc - Bistrot
julie.marchal@studio-marchal.fr|Julie Marchal|apple_fr|fr|Julie
admin@ecole-musique-sevre.fr|École de musique de la Sèvre|gmail_fr|fr|Le bureau de l'association
d.fontaine@fontaine-ingenierie.fr|David Fontaine|o365_fr|fr|David Fontaine / Gérant - Fontaine Ingénierie
pharmacie.dubreuil@orange.fr|Pharmacie Dubreuil|orange|fr|
n.hamon@hamon-couverture.fr|Nicolas Hamon|iphone_fr|fr|
achats@fromagerie-bressane.fr|Fromagerie Bressane - Achats|outlook_fr|fr|Service achats / Fromagerie Bressane SA
e.rigaud@rigaud-conseil.fr|Émilie Rigaud|gmail_fr|fr|Émilie Rigaud
camping.lesdunes@gmail.com|Camping Les Dunes|android_fr|fr|
v.chapuis@chapuis-optique.fr|Valérie Chapuis|thunderbird_fr|fr|V. Chapuis / Chapuis Optique
yannick.lebras@lebras-marine.fr|Yannick Le Bras|iphone_fr|fr|
secretariat@mairie-villiers-sur-tholon.fr|Mairie de Villiers-sur-Tholon|outlook_fr|fr|Secrétariat de mairie
o.perrot@perrot-auto.fr|Olivier Perrot|android_fr|fr|
agence@immo-duval.fr|Immobilière Duval|o365_fr|fr|Agence Duval / Transactions - Gestion
cecile.arnoux@arnoux-traiteur.fr|Cécile Arnoux|apple_fr|fr|Cécile Arnoux / Arnoux Traiteur
m.besson@besson-sa.fr|Martine Besson|outlook_fr|fr|Martine Besson / Comptabilité fournisseurs / Besson SA
lucas.hoarau@gmail.com|Lucas Hoarau|gmail_fr|fr|
contact@domaine-des-aubiers.fr|Domaine des Aubiers|thunderbird_fr|fr|Domaine des Aubiers / Vins de Touraine
p.giraud@cabinet-giraud-dentaire.fr|Dr Patrice Giraud|outlook_fr|fr|Cabinet dentaire du Dr Giraud
gestion@sci-les-platanes.fr|SCI Les Platanes|gmail_fr|fr|Pour la SCI, M. Roussel
amandine.petit@petit-coiffure.fr|Amandine Petit|iphone_fr|fr|
compta@transports-marechal.fr|Transports Maréchal - Compta|o365_fr|fr|Comptabilité / Transports Maréchal SARL
h.lacroix@lacroix-assurances.fr|Hervé Lacroix|outlook_fr|fr|Hervé Lacroix / Agent général - Lacroix Assurances
bistrot.delaplace@orange.fr|Bistrot de la Place|orange|fr|Mimi
j.nguyen@nguyen-informatique.fr|Jérôme Nguyen|thunderbird_fr|fr|Jérôme Nguyen / Nguyen Informatique
ferme.duclos@gmail.com|Ferme Duclos|android_fr|fr|
secretariat@kine-morvan.fr|Cabinet de kinésithérapie Morvan|gmail_fr|fr|Le secrétariat
r.delmas@delmas-agencement.fr|Rémi Delmas|apple_fr|fr|Rémi
comptabilite@fonderie-ardennaise.fr|Fonderie Ardennaise - Comptabilité|o365_fr|fr|Comptabilité fournisseurs / Fonderie Ardennaise SAS / Charleville-Mézières
c.pons@pons-immo.be|Christine Pons|outlook_fr|fr|Christine Pons / Pons Immo sprl - Namur
atelier@ceramiques-vernet.ch|Céramiques Vernet|gmail_fr|fr|Atelier Vernet - Carouge (GE)
mathieu.rolland@ecurie-rolland.fr|Mathieu Rolland|gmail_fr|fr|
m.charpentier@charpentier-vins.fr|Maxime Charpentier|iphone_fr|fr|
tresorerie@as-brivadoise.fr|AS Brivadoise - Trésorerie|gmail_fr|fr|Le trésorier
b.weber@weber-elec.fr|Bernard Weber|outlook_fr|fr|B. Weber / Weber Électricité - Colmar
n.garrigue@garrigue-expertise.fr|Nadia Garrigue|o365_fr|fr|Nadia Garrigue / Collaboratrice comptable / Garrigue Expertise Comptable
"""
CUST_EN = """\
accounts@hollybank-hotel.co.uk|Hollybank Hotel Accounts|o365_en|uk|Accounts / Hollybank Hotel, Keswick
mike.ferris@ferrisbuild.co.uk|Mike Ferris|android_en|uk|
sarah.quinlan@quinlan-design.ie|Sarah Quinlan|gmail_en|uk|Sarah
ap@northbrook-foods.com|Northbrook Foods AP|o365_en|us_e|Accounts Payable / Northbrook Foods Inc.
tom.bright@brightline.co.uk|Tom Bright|iphone_en|uk|
finance@larkspur-studio.com|Larkspur Studio|gmail_en|us_e|Larkspur Studio - Finance
j.okafor@okafor-legal.co.uk|Jane Okafor|outlook_en|uk|Jane Okafor / Practice Manager, Okafor Legal LLP
hello@thecopperkettle.co.uk|The Copper Kettle|gmail_en|uk|Beth @ The Copper Kettle
invoices@vanderberg-logistics.nl|Van der Berg Logistics|outlook_en|cet|Accounts Payable / Van der Berg Logistics B.V.
k.schulte@schulte-maschinenbau.de|Katrin Schulte|outlook_de|cet|Katrin Schulte / Buchhaltung / Schulte Maschinenbau GmbH
dave@mccallumproperties.co.uk|Dave McCallum|android_en|uk|
payables@rivergate-group.com|Rivergate Group AP|o365_en|uk|Payables Team / Rivergate Group plc /  / This email and any attachments are confidential and intended solely for the addressee.
emma@emmalawsonphoto.com|Emma Lawson|apple_en|uk|Emma Lawson Photography
office@glenview-dental.ie|Glenview Dental|outlook_en|uk|Orla Byrne / Practice Administrator, Glenview Dental
chris.hale@halemarketing.com|Chris Hale|iphone_en|us_e|
accounts@seaford-boatyard.co.uk|Seaford Boatyard|thunderbird_en|uk|Seaford Boatyard Ltd
priya@kestrel-analytics.com|Priya Raman|gmail_en|uk|Priya Raman / Ops, Kestrel Analytics
ap@coldharbour-brewing.com|Coldharbour Brewing AP|o365_en|us_e|AP | Coldharbour Brewing Co.
lena.fischer@fischer-reisen.de|Lena Fischer|gmail_en|cet|Lena Fischer / Fischer Reisen GmbH
robert.mason@masonandreid.co.uk|Robert Mason|outlook_en|uk|Robert Mason / Partner, Mason & Reid
bookings@thelittlegallery.ie|The Little Gallery|gmail_en|uk|
finance@harbourlight-trust.org.uk|Harbour Light Trust - Finance|o365_en|uk|Finance Officer / Harbour Light Trust - Registered charity no. 1187342
g.romano@romano-interiors.co.uk|Gianni Romano|iphone_en|uk|
ap@westfield-clinics.com|Westfield Clinics AP|o365_en|us_e|Accounts Payable Dept. / Westfield Clinics
nick@fernhill-farm.co.uk|Nick Pryce|android_en|uk|
anna.nowak@nowakconsulting.pl|Anna Nowak|gmail_en|cet|Anna Nowak
accounts@oakridge-school.org.uk|Oakridge School Accounts|outlook_en|uk|Bursar's Office / Oakridge School
jess@jessmillerdesign.com|Jess Miller|apple_en|us_e|
info@cliffside-cottages.co.uk|Cliffside Cottages|thunderbird_en|uk|Margaret Doyle
purchasing@aurora-tech.ie|Aurora Tech Purchasing|o365_en|uk|Purchasing | Aurora Tech Ltd, Cork
ben.carter@cartersgarage.co.uk|Ben Carter|gmail_en|uk|
m.jensen@jensen-design.dk|Mette Jensen|apple_en|cet|
accounts@pinecrest-events.com|Pinecrest Events|gmail_en|us_e|Pinecrest Events LLC
sam.hughes@hughesandco.co.uk|Sam Hughes|outlook_en|uk|Sam Hughes / Hughes & Co Accountants
owen@owenbakes.co.uk|Owen Price|iphone_en|uk|
ap@meridian-hotels.com|Meridian Hotels AP|o365_en|us_e|Accounts Payable Shared Services / Meridian Hotels Group
claire.walsh@walsharchitects.ie|Claire Walsh|outlook_en|uk|Claire Walsh / Walsh Architects
rob.tanner@gmail.com|Rob Tanner|gmail_en|uk|
f.meyer@meyer-werkzeuge.de|Frank Meyer|outlook_de|cet|Frank Meyer / Einkauf / Purchasing / Meyer Werkzeuge GmbH
studio@bluewren-media.com|Bluewren Media|gmail_en|us_e|Bluewren Media
"""
PERSONAL = ("gmail.com", "orange.fr", "wanadoo.fr", "free.fr")


def _parse_customers(block: str, lang: str) -> list[dict]:
    out = []
    for line in block.strip("\n").split("\n"):
        addr, name, client, zone, sig = line.split("|", 4) if line.count("|") >= 4 else (line.split("|") + [""])[:5]
        out.append(dict(addr=addr, name=name, client=client, zone=zone, lang=lang,
                        sig=sig.replace(" / ", "\n").strip(), dom=addr.split("@")[1],
                        personal=addr.split("@")[1] in PERSONAL))
    return out


CUSTOMERS = {"fr": _parse_customers(CUST_FR, "fr"), "en": _parse_customers(CUST_EN, "en")}


def find_customer(key: str) -> dict:
    hits = [c for cs in CUSTOMERS.values() for c in cs if key in c["addr"]]
    assert len(hits) == 1, key
    return hits[0]


# =========================================================================== dates and time zones
def offset_minutes(zone: str, day: dt.date) -> int:
    eu_winter = day >= dt.date(2026, 10, 25)           # EU clocks go back on Sunday 25 October 2026
    if zone in ("fr", "cet"):
        return 60 if eu_winter else 120
    if zone == "uk":
        return 0 if eu_winter else 60
    if zone == "us_e":
        return -300 if day >= dt.date(2026, 11, 1) else -240   # US: Sunday 1 November 2026
    raise ValueError(zone)


def tzinfo(zone: str, day: dt.date) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=offset_minutes(zone, day)))


WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def month_end(day: dt.date) -> dt.date:
    nxt = (day.replace(day=28) + dt.timedelta(days=4))
    return nxt - dt.timedelta(days=nxt.day)


def resolve(spec: str | None, day: dt.date) -> str:
    """Promised date from a spec, relative to the reply day (conventions of tests/corpus/replies/README.md).

    "fri"      next such weekday strictly after the reply day ("vendredi", "next Friday", "lundi prochain")
    "dom:20"   next 20th strictly after the reply day ("le 20", "on the 15th")
    "eom"      last day of the reply's month ("fin du mois", "end of month")
    "eonw"     Friday of next week ("end of next week")
    "+8"       reply day plus N days ("demain" +1, "sous huitaine" +8); "0" = the reply day ("ce soir")
    "bd:5"     N business days later
    "2026-11-20"  absolute
    """
    if not spec:
        return ""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", spec):
        return spec
    if spec in WD:
        n = (WD[spec] - day.weekday() - 1) % 7 + 1
        return (day + dt.timedelta(days=n)).isoformat()
    if spec.startswith("dom:"):
        k = int(spec[4:])
        d = day + dt.timedelta(days=1)
        while d.day != k:
            d += dt.timedelta(days=1)
        return d.isoformat()
    if spec == "eom":
        return month_end(day).isoformat()
    if spec == "eonw":
        monday = day + dt.timedelta(days=7 - day.weekday())
        return (monday + dt.timedelta(days=4)).isoformat()
    if spec == "0":
        return day.isoformat()
    if spec.startswith("+"):
        return (day + dt.timedelta(days=int(spec[1:]))).isoformat()
    if spec.startswith("bd:"):
        n, d = int(spec[3:]), day
        while n:
            d += dt.timedelta(days=1)
            if d.weekday() < 5:
                n -= 1
        return d.isoformat()
    raise ValueError(spec)


def spec_ok(spec: str | None, day: dt.date) -> bool:
    """Reply days on which a relative spec would read oddly are avoided when the date is drawn at random."""
    if not spec:
        return True
    if spec in WD:
        return day.weekday() != WD[spec] and not (spec == "sat" and day.weekday() >= 4)
    if spec.startswith("dom:"):
        return day.day != int(spec[4:])
    if spec == "eom":
        return day.day <= month_end(day).day - 4
    if spec in ("0", "+1", "+2"):   # "ce soir", "demain", "après-demain": written on a working day
        return day.weekday() <= 4 - int(spec)
    return True


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FR_MONTHS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def fr_long(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def en_long(d: dt.date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def h12(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


# =========================================================================== our reminders (levels 1-3, FR and EN)
def money_fr(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def money_en(x: float) -> str:
    return f"€{x:,.2f}"


def reminder(firm: dict, lang: str, lvl: int, inv: str, sent: dt.date, rng: random.Random) -> tuple[str, str]:
    ht = rng.choice([185, 240, 360, 420, 575, 690, 812, 960, 1150, 1380, 1640, 1925, 2280, 2740, 3315, 4060,
                     4800, 5620, 6350]) + rng.choice([0, 0, 0.5, 0.8, 0.25])
    ttc = round(ht * 1.2, 2)
    due = sent - dt.timedelta(days={1: rng.randint(1, 5), 2: rng.randint(9, 16), 3: rng.randint(19, 30)}[lvl])
    issue = due - dt.timedelta(days=30)
    r1 = sent - dt.timedelta(days=7 if lvl == 2 else 14)
    r2 = sent - dt.timedelta(days=7)
    if lang == "fr":
        M, L, sig = money_fr, fr_long, firm["sig_fr"]
        if lvl == 1:
            subj = f"Facture {inv} : rappel"
            body = (f"Bonjour,\n\nSauf erreur de notre part, la facture {inv} du {L(issue)}, d'un montant de {M(ht)} HT "
                    f"({M(ttc)} TTC), arrivée à échéance le {L(due)}, n'a pas encore été réglée.\n\n"
                    "Vous la trouverez ci-jointe. Si votre paiement est déjà parti, merci de ne pas tenir compte "
                    "de ce message.\n\nNous vous remercions par avance de votre règlement.\n\nBien cordialement,\n\n" + sig)
        elif lvl == 2:
            subj = f"Relance : facture {inv} impayée"
            body = (f"Bonjour,\n\nNous revenons vers vous au sujet de la facture {inv} du {L(issue)} ({M(ttc)} TTC), "
                    f"échue depuis le {L(due)}. Malgré notre premier rappel du {L(r1)}, son règlement ne nous est "
                    "pas parvenu.\n\nNous vous remercions de bien vouloir procéder au paiement sous quinze jours. "
                    "La facture est de nouveau jointe.\n\nEn cas de difficulté, n'hésitez pas à nous en faire part.\n\n"
                    "Cordialement,\n\n" + sig)
        else:
            subj = f"Dernier rappel : facture {inv}"
            body = (f"Bonjour,\n\nMalgré nos rappels du {L(r1)} et du {L(r2)}, la facture {inv} du {L(issue)}, "
                    f"d'un montant de {M(ttc)} TTC, échue le {L(due)}, reste impayée.\n\n"
                    "Nous vous demandons de la régler sous huit jours par virement sur le compte indiqué sur la "
                    "facture. À défaut, des pénalités de retard seront appliquées, ainsi que l'indemnité forfaitaire "
                    "de 40 euros pour frais de recouvrement prévue par le Code de commerce, et le dossier sera "
                    "transmis à notre direction.\n\nCordialement,\n\n" + sig)
    else:
        M, L, sig = money_en, en_long, firm["sig_en"]
        if lvl == 1:
            subj = f"Invoice {inv} - reminder"
            body = (f"Hello,\n\nUnless we are mistaken, invoice {inv} dated {L(issue)} for {M(ttc)} incl. VAT "
                    f"({M(ht)} excl. VAT), due on {L(due)}, has not been paid yet.\n\nPlease find a copy attached. "
                    "If your payment has already been sent, please disregard this message.\n\n"
                    "Thank you in advance.\n\nKind regards,\n\n" + sig)
        elif lvl == 2:
            subj = f"Second reminder: invoice {inv} overdue"
            body = (f"Hello,\n\nWe are writing again about invoice {inv} dated {L(issue)} ({M(ttc)} incl. VAT), "
                    f"overdue since {L(due)}. Despite our reminder of {L(r1)}, we have not received payment.\n\n"
                    "Please arrange payment within 15 days. The invoice is attached again.\n\n"
                    "If there is any difficulty, please let us know.\n\nKind regards,\n\n" + sig)
        else:
            subj = f"Final reminder: invoice {inv}"
            body = (f"Hello,\n\nDespite our reminders of {L(r1)} and {L(r2)}, invoice {inv} dated {L(issue)} "
                    f"for {M(ttc)} incl. VAT, due on {L(due)}, remains unpaid.\n\nPlease pay it within 8 days by "
                    "bank transfer to the account shown on the invoice. Otherwise late-payment interest will be "
                    "charged, together with the fixed EUR 40 recovery fee provided by French law, and the file "
                    "will be passed to our management.\n\nKind regards,\n\n" + sig)
    return subj, body


# =========================================================================== mail clients: quoting, tags, headers
def gt(text: str) -> str:
    return "\n".join(">" if not ln else "> " + ln for ln in text.split("\n"))


def quote_block(client: str, lang: str, firm: dict, cust: dict, sent: dt.datetime, subj: str, body: str,
                rng: random.Random) -> str:
    who = f"{firm['name']} <{firm['addr']}>"
    d = sent
    if client == "gmail_fr":
        sep = rng.choice([" ", "\u00a0", "\u202f"])
        head = (f"Le {FR_DAYS_AB[d.weekday()]} {d.day} {FR_MONTHS_AB[d.month - 1]} {d.year} à {d:%H:%M}, "
                f"{who} a écrit{sep}:")
        return head + "\n" + gt(body)
    if client == "gmail_en":
        head = (f"On {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h12(d)} "
                f"{who} wrote:")
        return head + "\n" + gt(body)
    if client in ("outlook_fr", "o365_fr", "android_fr"):
        sep = "________________________________" if client != "outlook_fr" or rng.random() < 0.5 \
            else "-----Message d'origine-----"
        when = f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
        return (f"{sep}\nDe : {who}\nEnvoyé : {when}\nÀ : {cust['name']} <{cust['addr']}>\nObjet : {subj}\n\n" + body)
    if client in ("outlook_en", "o365_en", "android_en"):
        sep = "________________________________" if client != "outlook_en" or rng.random() < 0.5 \
            else "-----Original Message-----"
        when = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d)}"
        if cust["zone"] == "uk" and rng.random() < 0.5:
            when = f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
        return f"{sep}\nFrom: {who}\nSent: {when}\nTo: {cust['name']} <{cust['addr']}>\nSubject: {subj}\n\n" + body
    if client == "outlook_de":
        when = f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
        return f"Von: {who}\nGesendet: {when}\nAn: {cust['name']} <{cust['addr']}>\nBetreff: {subj}\n\n" + body
    if client in ("iphone_fr", "apple_fr"):
        head = f"Le {d.day} {FR_MONTHS_AB[d.month - 1]} {d.year} à {d:%H:%M}, {who} a écrit :"
        return gt(head + "\n\n" + body)
    if client in ("iphone_en", "apple_en"):
        if cust["zone"] == "us_e":
            head = f"On {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {h12(d)}, {who} wrote:"
        else:
            head = f"On {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {who} wrote:"
        return gt(head + "\n\n" + body)
    if client == "thunderbird_fr":
        return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {firm['name']} a écrit :\n" + gt(body)
    if client == "thunderbird_en":
        return f"On {d:%d/%m/%Y} {d:%H:%M}, {firm['name']} wrote:\n" + gt(body)
    if client == "orange":
        head = (f"Message du {d:%d/%m/%y %H:%M}\nDe : \"{firm['name']}\" <{firm['addr']}>\n"
                f"A : {cust['addr']}\nCopie à : \nObjet : {subj}\n")
        return gt(head + "\n" + body)
    raise ValueError(client)


TAG = {"iphone_fr": "Envoyé de mon iPhone", "iphone_en": "Sent from my iPhone",
       "android_fr": "Obtenir Outlook pour Android", "android_en": "Get Outlook for Android"}
PREFIX = {"gmail_fr": ["Re: "], "gmail_en": ["Re: "], "outlook_fr": ["RE: ", "RE : "], "o365_fr": ["RE: "],
          "android_fr": ["RE: "], "outlook_en": ["RE: "], "o365_en": ["RE: "], "android_en": ["RE: "],
          "outlook_de": ["AW: "], "iphone_fr": ["Re: "], "apple_fr": ["Re: "], "iphone_en": ["Re: "],
          "apple_en": ["Re: "], "thunderbird_fr": ["Re: "], "thunderbird_en": ["Re: "], "orange": ["Re: ", "RE: "]}


def token(seed: str, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz234567") -> str:
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def client_headers(msg: EmailMessage, client: str, cust: dict, seed: str) -> str:
    """Adds the client's own headers; returns its Message-ID."""
    hexs = token(seed, 40, "0123456789abcdef")
    if client.startswith("gmail"):
        mid = f"<CA{token(seed, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}+{token(seed + 'g', 34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}@mail.gmail.com>"
    elif client.startswith("o365"):
        mid = f"<{token(seed, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}PR0{hexs[:1]}MB{hexs[1:5].upper()}{token(seed + 'o', 18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{token(seed + 'p', 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}.eurprd0{int(hexs[6], 16) % 9 + 1}.prod.outlook.com>"
        msg["Thread-Topic"] = "__TOPIC__"
        msg["Thread-Index"] = "AQH" + token(seed + "ti", 25, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
    elif client.startswith("outlook"):
        mid = f"<000{hexs[:1]}01dc{hexs[1:9]}${hexs[9:17]}${hexs[17:25]}@{cust['dom']}>"
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + token(seed + "ti", 25, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        msg["Content-Language"] = {"outlook_fr": "fr", "outlook_en": "en-gb", "outlook_de": "de"}[client]
    elif client.startswith("android"):
        mid = f"<{token(seed, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}.{token(seed + 'a', 10, '0123456789')}@outlook.com>"
        msg["X-Mailer"] = "Outlook for Android"
    elif client.startswith("iphone") or client.startswith("apple"):
        u = hexs.upper()
        mid = f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{cust['dom']}>"
        msg["X-Mailer"] = "iPhone Mail (22B91)" if client.startswith("iphone") else "Apple Mail (2.3826.300.87.4.3)"
    elif client.startswith("thunderbird"):
        mid = f"<{hexs[:8]}-{hexs[8:12]}-{hexs[12:16]}-{hexs[16:20]}-{hexs[20:32]}@{cust['dom']}>"
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "fr" if client.endswith("fr") else "en-GB"
    elif client == "orange":
        mid = f"<{int(hexs[:8], 16) % 900000000 + 100000000}.{int(hexs[8:14], 16)}.{int(hexs[14:24], 16)}.JavaMail.open-xchange@opme11oxm{int(hexs[24], 16) % 4 + 1}nd1>"
        msg["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev40"
    else:
        raise ValueError(client)
    return mid


# =========================================================================== the entries
ENTRIES: list[dict] = []


def E(cat: str, lang: str, text: str, note: str, *, prom: str | None = None, nc: str | None = None, hard: int = 0,
      **kw) -> None:
    """One hand-written reply.

    text: the customer's own words; {inv} the reminded invoice, {inv_s} its short number, {inv2}/{inv2_s} a second
    invoice of the same customer, {dom} the customer's domain, {us} the first name of our sender.
    prom: promised-date spec (see resolve()); nc: the new contact (may use {dom}).
    kw: d="YYYY-MM-DD HH:MM" (customer's local time; drawn at random when absent), c=customer (part of its address),
    firm=lachaume|fauconnet|sabatier, lvl=1-3, q="none" (no quoted reminder), pos="bottom", subj=own subject,
    html=1/0, att=[filename], greet=0 (no added greeting/closing).
    """
    assert cat in CATEGORIES, cat
    assert lang in ("fr", "en")
    ENTRIES.append(dict(cat=cat, lang=lang, text=text, note=note, prom=prom, nc=nc, hard=hard, **kw))


# --------------------------------------------------------------------------- already_paid
E("already_paid", "fr", "Déjà réglé le 3/11.", "paid on 3 November, d/m date", d="2026-11-09 10:12")
E("already_paid", "fr", "C'est payé depuis le 12 octobre.", "paid since 12 October", d="2026-10-20 14:30")
E("already_paid", "fr", "Virement fait ce matin.", "transfer made this morning")
E("already_paid", "fr", "Réglé hier par virement, vous devriez le voir demain sur votre compte.",
  "paid yesterday; 'demain' is when it shows, not a promise", hard=1)
E("already_paid", "fr", "payée le 3/11 avec la {inv2}", "both invoices paid on 3/11, lower case", d="2026-11-10 18:05")
E("already_paid", "fr", "Paiement effectué le 28.10.2026, réf. VIR-88213.", "payment made 28.10.2026",
  d="2026-11-02 09:40")
E("already_paid", "fr", "chèque posté lundi", "cheque posted last Monday (reply on Wednesday)", d="2026-11-18 08:20",
  hard=1)
E("already_paid", "fr", "C'EST PAYE DEPUIS LONGTEMPS", "all caps, no accent: paid long ago", greet=0)
E("already_paid", "fr", "La facture {inv} a été soldée par virement le 15/10. Merci de vérifier de votre côté.",
  "settled (soldée) by transfer on 15/10", d="2026-10-27 11:15")
E("already_paid", "fr", "On ne va pas vous payer deux fois : le virement est parti le 2 novembre.",
  "negation 'won't pay twice' means already paid on 2 November", hard=1, d="2026-11-12 16:45")
E("already_paid", "fr", "Pas possible, je l'ai réglée en espèces au poseur le jour de la pose.",
  "paid cash to the fitter on the day", hard=1, firm="lachaume")
E("already_paid", "fr", "Pas de retard chez nous, le prélèvement est passé le 5.",
  "negation opening; direct debit taken on the 5th", hard=1, d="2026-11-09 15:20")
E("already_paid", "fr", "Salut {us}, c'est fait, virement envoyé à l'instant 👍", "tu form: transfer sent just now")
E("already_paid", "fr", "deja regle, voyez avec votre banque", "no accents: already paid, check your bank")
E("already_paid", "fr", "Nous avons honoré cette facture le 21 octobre par chèque n° 0004517.",
  "honoured by cheque on 21 October", d="2026-10-29 10:05")
E("already_paid", "fr", "Facture acquittée le 30/09, je vous joins l'avis de virement.",
  "acquittée on 30/09, transfer advice attached", d="2026-10-07 09:30", att=["avis_de_virement_3009.pdf"])
E("already_paid", "fr", "Versement effectué ce jour.", "payment (versement) made today")
E("already_paid", "fr", "Réglé par CB au téléphone avec votre collègue mardi.",
  "paid by card over the phone on Tuesday (reply on Thursday)", d="2026-11-19 12:10")
E("already_paid", "fr", "Nous avons viré la somme le 6, merci de vérifier.", "transferred (viré) on the 6th",
  d="2026-11-10 17:00")
E("already_paid", "fr", "Pas encore reçu ? Bizarre, le virement est parti vendredi dernier.",
  "question and negation about our receipt; transfer left last Friday", hard=1)
E("already_paid", "fr", "Le règlement de la {inv_s} est inclus dans notre virement groupé du 31/10 (3 factures).",
  "short number; included in a grouped transfer of 31/10", d="2026-11-04 14:00")
E("already_paid", "fr", "Payé !", "one word: paid", greet=0)
E("already_paid", "fr", "Oui oui c'est réglé, nos mails se sont croisés.",
  "paid, crossed with the reminder")
E("already_paid", "fr", "Réglée par chèque déposé à votre bureau le 14. Bonne journée",
  "cheque dropped at our office on the 14th", d="2026-10-19 08:50")
E("already_paid", "fr", "J'ai payé la moitié le 10, le reste suivra en fin de mois.",
  "half paid on the 10th, rest promised for month end: priority already_paid over promise, so no date",
  hard=1, d="2026-11-16 19:30")
E("already_paid", "en", "Paid yesterday.", "paid yesterday", greet=0)
E("already_paid", "en", "Transfer sent this morning.", "transfer sent this morning")
E("already_paid", "en", "This was paid on 2 November, remittance attached.", "paid 2 November, remittance attached",
  d="2026-11-06 11:20", att=["Remittance_Advice_021126.pdf"])
E("already_paid", "en", "We settled this on the 14th by BACS.", "settled by BACS on the 14th", d="2026-10-20 10:00")
E("already_paid", "en", "already paid mate, check your account", "lower case: already paid", greet=0)
E("already_paid", "en", "Payment went out on Friday. Should be with you early this week.",
  "paid Friday; arrival 'early this week' is not a promise", hard=1, d="2026-11-16 09:05")
E("already_paid", "en", "Paid in full on 10/28 via wire, confirmation #55102.", "US date 10/28: wired 28 October",
  d="2026-11-03 13:40", c="northbrook")
E("already_paid", "en", "We don't owe you anything, it was paid on October 9th.",
  "negation 'don't owe anything' = paid on 9 October", hard=1, d="2026-10-22 15:10")
E("already_paid", "en", "Cheque was posted Monday.", "cheque posted on Monday (reply Thursday)", d="2026-10-22 12:30")
E("already_paid", "en", "We have paid this invoice on 04.11.2026, please check again.",
  "German writer, dotted date: paid 4 November", d="2026-11-09 08:15", c="schulte")
E("already_paid", "en", "PAID ON THE 3RD. PLEASE STOP SENDING THESE.", "all caps: paid on the 3rd",
  d="2026-11-10 17:45", greet=0)
E("already_paid", "en", "Hi {us}, all sorted - I paid it through the link last night.", "paid through the link last night")
E("already_paid", "en", "Settled along with {inv2} in our payment run of 30 Oct.", "two invoices settled on 30 October",
  d="2026-11-03 10:25")
E("already_paid", "en", "Funds were released from our side today.", "funds released today")
E("already_paid", "en", "Yes it's been paid, sorry it was a bit late!", "paid, apologises for lateness")
E("already_paid", "en", "Not sure why you're chasing this, we paid it on 21st October.",
  "paid on 21 October, irritated opening", d="2026-10-28 16:00")

# --------------------------------------------------------------------------- promise_to_pay
E("promise_to_pay", "fr", "Nous payerons le 20.", "future 'payerons' on the 20th", prom="dom:20", d="2026-11-12 09:10")
E("promise_to_pay", "fr", "ok je paye lundi", "SMS style: pays Monday", prom="mon", greet=0)
E("promise_to_pay", "fr", "On vous règle demain.", "pays tomorrow", prom="+1")
E("promise_to_pay", "fr", "Le virement partira vendredi.", "transfer leaves Friday", prom="fri")
E("promise_to_pay", "fr", "Pas encore payé, ce sera fait lundi.", "negation 'not yet paid' then Monday", prom="mon",
  hard=1)
E("promise_to_pay", "fr", "Nous réglerons la facture {inv} en fin de mois.", "future 'réglerons' at month end",
  prom="eom")
E("promise_to_pay", "fr", "Nous verserons le montant sous huitaine.", "future 'verserons' within eight days",
  prom="+8")
E("promise_to_pay", "fr", "Je n'ai jamais dit que je ne paierais pas. Vous aurez votre virement le 15.",
  "double negation, then transfer on the 15th", prom="dom:15", hard=1, d="2026-11-04 18:20")
E("promise_to_pay", "fr", "Paiement programmé le 20.11.2026.", "payment scheduled 20.11.2026", prom="2026-11-20",
  d="2026-11-13 11:00")
E("promise_to_pay", "fr", "Je vous fais un chèque ce week-end.", "cheque this weekend (Saturday)", prom="sat",
  d="2026-10-14 13:25")
E("promise_to_pay", "fr", "le chèque part demain matin", "cheque leaves tomorrow morning", prom="+1", greet=0)
E("promise_to_pay", "fr", "Notre comptable est en congés, elle règlera à son retour.",
  "accountant on leave, pays when back (no date)")
E("promise_to_pay", "fr", "La facture est validée, elle partira avec les paiements fournisseurs du 5.",
  "validated, supplier transfer run on the 5th", prom="dom:5", d="2026-10-27 10:40")
E("promise_to_pay", "fr", "Vous serez payés avant Noël, promis.", "before Christmas = 24 December",
  prom="2026-12-24", d="2026-12-02 20:10")
E("promise_to_pay", "fr", "Désolé pour le retard, je solde tout ça la semaine prochaine.",
  "'la semaine prochaine' gives no date", hard=1)
E("promise_to_pay", "fr", "Salut {us}, je te vire ça jeudi sans faute.", "tu form: transfer on Thursday", prom="thu")
E("promise_to_pay", "fr", "Règlement en cours.", "payment in progress (no date)")
E("promise_to_pay", "fr", "Nous allons honorer cette facture d'ici le 30 novembre.", "will honour by 30 November",
  prom="2026-11-30", d="2026-11-18 14:50")
E("promise_to_pay", "fr", "oui on paye fin novembre", "end of November, lower case", prom="2026-11-30",
  d="2026-11-05 21:15", greet=0)
E("promise_to_pay", "fr", "Toutes mes excuses, le virement sera fait aujourd'hui.", "transfer today", prom="0")
E("promise_to_pay", "fr", "La facture {inv} sera réglée par virement le 10 décembre au plus tard.",
  "by 10 December at the latest", prom="2026-12-10", d="2026-11-26 09:35")
E("promise_to_pay", "fr", "JE PAIE DEMAIN", "all caps: pays tomorrow", prom="+1", greet=0)
E("promise_to_pay", "fr", "c bon je regle ds la semaine", "SMS style, 'dans la semaine' gives no date", hard=1,
  greet=0)
E("promise_to_pay", "fr", "Je n'avais pas vu votre premier message, mais pas de souci : paiement mercredi.",
  "negation about our earlier mail, then payment Wednesday", prom="wed", hard=1)
E("promise_to_pay", "fr", "Le virement est programmé, il partira le 1er décembre.", "scheduled for 1 December",
  prom="2026-12-01", d="2026-11-20 16:30")
E("promise_to_pay", "fr", "On paie nos fournisseurs le 15 du mois suivant, donc le 15 décembre.",
  "payment terms, paid 15 December", prom="2026-12-15", d="2026-11-23 11:45")
E("promise_to_pay", "fr", "La trésorerie va bien, c'est juste un oubli : paiement après-demain.",
  "mentions trésorerie but no difficulty; day after tomorrow", prom="+2", hard=1)
E("promise_to_pay", "fr", "Nous virerons la somme mardi.", "future 'virerons' on Tuesday", prom="tue")
E("promise_to_pay", "fr", "Nous paierons cette facture le 30.", "future 'paierons' on the 30th", prom="dom:30",
  d="2026-11-16 15:05")
E("promise_to_pay", "fr", "Nous solderons le compte vendredi, avec la {inv2}.", "future 'solderons' on Friday, two invoices",
  prom="fri")
E("promise_to_pay", "fr", "Je règlerai la {inv_s} le 5 décembre.", "future 'règlerai', short number, 5 December",
  prom="2026-12-05", d="2026-11-27 18:40")
E("promise_to_pay", "en", "We'll be paying this on the 10th.", "paying on the 10th", prom="dom:10", d="2026-12-02 09:20")
E("promise_to_pay", "en", "We'll pay on the 15th.", "pays on the 15th", prom="dom:15", d="2026-10-29 10:30")
E("promise_to_pay", "en", "Will pay next Friday.", "'next Friday' = the next Friday after the reply", prom="fri",
  hard=1, d="2026-11-10 12:00")
E("promise_to_pay", "en", "Payment will go out end of month.", "end of month", prom="eom")
E("promise_to_pay", "en", "Haven't paid yet, sorry - will do it tomorrow.", "negation then tomorrow", prom="+1",
  hard=1)
E("promise_to_pay", "en", "It's scheduled for our payment run on Thursday.", "payment run on Thursday", prom="thu")
E("promise_to_pay", "en", "We will settle this by 15th December.", "by 15th December", prom="2026-12-15",
  d="2026-12-01 14:15")
E("promise_to_pay", "en", "ok will sort it this week", "lower case, no date", greet=0)
E("promise_to_pay", "en", "Our AP clerk is off sick, she'll process it when she's back.",
  "clerk away, will process when back (no date)")
E("promise_to_pay", "en", "Approved for payment, should be paid within 5 working days.", "within 5 working days",
  prom="bd:5", hard=1)
E("promise_to_pay", "en", "Will transfer the money on Monday, apologies for the delay.", "transfer on Monday",
  prom="mon")
E("promise_to_pay", "en", "i'll pay it tonight", "tonight = reply day", prom="0", greet=0)
E("promise_to_pay", "en", "Payment is being processed.", "being processed (no date)")
E("promise_to_pay", "en", "We'll get this paid end of next week.", "end of next week = Friday of next week",
  prom="eonw", hard=1)
E("promise_to_pay", "en", "Hi {us}, I'll send it over on payday, the 28th.", "payday the 28th", prom="dom:28",
  d="2026-11-17 19:40")
E("promise_to_pay", "en", "Cheque goes in the post tomorrow.", "cheque posted tomorrow", prom="+1")
E("promise_to_pay", "en", "Not forgotten! It'll be paid on 1 December.", "negation opening, paid 1 December",
  prom="2026-12-01", hard=1, d="2026-11-24 08:55")
E("promise_to_pay", "en", "Apologies, this slipped through. Paying it first thing Monday morning.",
  "paying Monday morning", prom="mon")
E("promise_to_pay", "en", "Per our terms this is payable 11/30, it will go out then.", "US date 11/30",
  prom="2026-11-30", hard=1, d="2026-11-17 15:25", c="westfield")

# --------------------------------------------------------------------------- not_received
E("not_received", "fr", "Pas reçu, renvoyez-la svp.", "not received, resend please")
E("not_received", "fr", "Jamais reçu cette facture.", "never received")
E("not_received", "fr", "Aucune facture {inv} chez nous.", "no such invoice on our side")
E("not_received", "fr", "Nous n'avons pas reçu votre facture, merci de nous l'adresser.",
  "negation: we have not received your invoice")
E("not_received", "fr", "Introuvable dans nos classeurs, vous pouvez me la renvoyer ?",
  "cannot find it, asks to resend")
E("not_received", "fr", "La pièce jointe ne s'ouvre pas.", "attachment does not open")
E("not_received", "fr", "Il n'y a pas de pièce jointe à votre mail.", "no attachment")
E("not_received", "fr", "Jamais vu passer. Envoyez-la à factures@{dom}, c'est là qu'elles arrivent.",
  "never received, asks it at its own AP mailbox (proposed contact)", nc="factures@{dom}", hard=1)
E("not_received", "fr", "C'est le devis qui est joint, pas la facture.", "the quote is attached, not the invoice")
E("not_received", "fr", "On n'a pas la facture d'origine, on ne peut pas payer sur une simple relance.",
  "no original invoice; 'can't pay' is not a difficulty", hard=1)
E("not_received", "fr", "facture jamais arrivee, vous pouvez la renvoyer ?", "no accents: never arrived", greet=0)
E("not_received", "fr", "Pas de souci pour payer, mais envoyez-nous d'abord la facture, on ne l'a pas.",
  "willing to pay but invoice missing: not_received beats promise", hard=1)
E("not_received", "fr", "Rien reçu chez nous, ni courrier ni mail.", "nothing received by post or email")
E("not_received", "fr", "Vous pouvez me renvoyer la {inv_s} ? Je ne la retrouve plus.", "lost, short number")
E("not_received", "fr", "Je n'ai que votre relance, pas la facture elle-même.", "only the reminder, not the invoice")
E("not_received", "fr", "Merci de déposer la facture sur Chorus Pro, nous ne l'y trouvons pas.",
  "not on Chorus Pro", c="villiers")
E("not_received", "fr", "JAMAIS RECU DE FACTURE", "all caps: never received", greet=0)
E("not_received", "fr", "Je n'ai pas la {inv2} non plus, vous pouvez renvoyer les deux ?",
  "missing a second invoice too, resend both")
E("not_received", "fr", "Ah bon ? On n'a jamais eu de facture de votre part.", "surprised: never had an invoice",
  subj="Relance ?", q="none")
E("not_received", "fr", "On n'a jamais reçu de facture, juste payé l'acompte sur le devis. Envoyez-la svp.",
  "deposit paid on the quote but invoice never received: not_received beats already_paid", hard=1)
E("not_received", "fr", "renvoie-moi la facture stp, je l'ai perdue", "tu form: lost, resend", greet=0)
E("not_received", "en", "Never got it, resend please.", "never got it")
E("not_received", "en", "No trace of this invoice on our side.", "no record")
E("not_received", "en", "Haven't received any invoice from you.", "negation: no invoice received")
E("not_received", "en", "Can you resend the invoice? It's not in our system.", "not in their system")
E("not_received", "en", "The attachment is missing.", "attachment missing")
E("not_received", "en", "The PDF won't open, can you send it again?", "PDF won't open")
E("not_received", "en", "Never received - please send it to invoices@{dom}.",
  "never received, own AP mailbox proposed", nc="invoices@{dom}", hard=1)
E("not_received", "en", "We'll pay as soon as we actually receive the invoice.",
  "future pay conditional on receiving the invoice", hard=1)
E("not_received", "en", "Which invoice? We don't have it.", "question: don't have it")
E("not_received", "en", "Only got the reminder, no invoice attached.", "only the reminder")
E("not_received", "en", "never seen this one, pls resend", "lower case, never seen", greet=0)
E("not_received", "en", "We didn't receive {inv2} either, please resend both.", "second invoice missing too")
E("not_received", "en", "This is the first we've heard of it, please send a copy of the invoice.",
  "first they hear of it")
E("not_received", "en", "Can I get another copy? No idea where the original went.", "lost, asks a copy")

# --------------------------------------------------------------------------- dispute
E("dispute", "fr", "Montant faux.", "wrong amount")
E("dispute", "fr", "Travaux pas finis, on ne paie pas.", "work not finished", firm="lachaume")
E("dispute", "fr", "Ça ne correspond pas du tout au devis.", "differs from the quote")
E("dispute", "fr", "L'avoir promis n'est toujours pas arrivé, pas de paiement avant.", "waiting for the credit note")
E("dispute", "fr", "La porte-fenêtre ferme toujours mal, on paiera quand ce sera réparé.",
  "defect; 'on paiera' is conditional on a repair", hard=1, firm="lachaume")
E("dispute", "fr", "Je conteste cette facture, la prestation n'a jamais eu lieu.", "service never took place")
E("dispute", "fr", "Vous avez facturé 12 fenêtres, il y en a 10.", "billed 12 windows, 10 fitted", firm="lachaume")
E("dispute", "fr", "Non, pas payé : on attend l'avoir.", "'pas payé' with a credit note awaited", hard=1)
E("dispute", "fr", "TVA à 20 % au lieu de 10 %, merci de refaire la facture.", "wrong VAT rate, reissue",
  firm="lachaume")
E("dispute", "fr", "Commande annulée en septembre, cette facture n'a pas lieu d'être.", "order cancelled")
E("dispute", "fr", "Le logo livré n'est pas celui qu'on a validé, on ne règle pas en l'état.",
  "delivered logo not the approved one", firm="fauconnet")
E("dispute", "fr", "Facture en double, vous l'avez déjà facturée sous la {inv2}.",
  "duplicate of another invoice: contests, does not claim payment", hard=1)
E("dispute", "fr", "je paierai pas pour un travail baclé", "no accents: botched work, won't pay", greet=0)
E("dispute", "fr", "Vous avez oublié la remise de 10 %.", "forgotten 10 % discount")
E("dispute", "fr", "Le rapport n'a pas été livré, nous ne payerons pas tant qu'il ne l'est pas.",
  "report not delivered; future negated", hard=1, firm="sabatier")
E("dispute", "fr", "Il manque la déduction de l'acompte de 500 €.", "deposit not deducted")
E("dispute", "fr", "Erreur sur le taux horaire : 65 € et non 85 € comme convenu.", "wrong hourly rate",
  firm="sabatier")
E("dispute", "fr", "On a réglé la partie qu'on doit, le reste on le conteste, voir mon mail du 2.",
  "partial payment, rest contested: dispute beats already_paid", hard=1, d="2026-11-06 10:20")
E("dispute", "fr", "Pas d'accord avec cette facture, appelez-moi.", "disagrees and asks a call", hard=1)
E("dispute", "fr", "Ce n'est pas ce qu'on avait commandé.", "not what was ordered")
E("dispute", "en", "Not what we ordered.", "not what we ordered")
E("dispute", "en", "The amount is wrong.", "amount is wrong")
E("dispute", "en", "Job isn't finished, we won't pay until it is.", "job not finished", firm="lachaume")
E("dispute", "en", "We were quoted €2,400, not €2,900.", "quoted a lower price")
E("dispute", "en", "Still waiting on the credit note for the damaged panels.", "credit note awaited",
  firm="lachaume")
E("dispute", "en", "We dispute this invoice in full.", "disputes in full")
E("dispute", "en", "This was cancelled weeks ago.", "cancelled order")
E("dispute", "en", "Happy to pay once the snagging is done.", "polite: pays only after snagging is fixed", hard=1,
  firm="lachaume")
E("dispute", "en", "You've charged us twice for the same delivery.", "charged twice")
E("dispute", "en", "There shouldn't be French VAT on this, we gave you our EU VAT number.",
  "reverse charge ignored, reissue needed", hard=1)
E("dispute", "en", "the design still isn't signed off so no", "lower case: design not approved", firm="fauconnet",
  greet=0)
E("dispute", "en", "Hours billed don't match the timesheets.", "hours do not match", firm="sabatier")
E("dispute", "en", "Hold on, we never agreed to the extra day.", "never agreed the extra day", firm="sabatier")
E("dispute", "en", "Invoice rejected: the unit price is not the one on our PO. Please reissue.",
  "price differs from the PO, reissue")

# --------------------------------------------------------------------------- payment_difficulty
E("payment_difficulty", "fr", "Nous ne pouvons pas payer en ce moment.", "plain inability")
E("payment_difficulty", "fr", "Trésorerie difficile, on peut étaler ?", "cash flow, asks to spread")
E("payment_difficulty", "fr", "Je peux payer en 3 fois ?", "asks three instalments")
E("payment_difficulty", "fr", "On paiera, mais pas avant janvier, la trésorerie est à sec.",
  "will pay but not before January, cash dry (no date)", hard=1)
E("payment_difficulty", "fr", "Je vous propose 500 € le 15 et le solde le 15 décembre.",
  "instalments proposed; first on the 15th", prom="dom:15", hard=1, d="2026-11-05 17:10")
E("payment_difficulty", "fr", "Un client ne nous a pas payés, pouvez-vous patienter jusqu'au 10 décembre ?",
  "asks delay until 10 December", prom="2026-12-10", d="2026-11-19 11:30")
E("payment_difficulty", "fr",
  "Redressement judiciaire ouvert le 2 novembre : déclarez votre créance à Me Cordier, mandataire, "
  "cordier@mj-cordier.example.",
  "receivership; the mandataire is the new contact", nc="cordier@mj-cordier.example", hard=1, d="2026-11-16 14:00")
E("payment_difficulty", "fr", "Pas possible ce mois-ci, désolé. Le mois prochain.", "not this month, next month")
E("payment_difficulty", "fr", "On est en procédure de sauvegarde, tout est gelé.", "safeguard procedure")
E("payment_difficulty", "fr", "je peux pas payer tout de suite, j'attends un paiement", "SMS style: can't pay yet",
  greet=0)
E("payment_difficulty", "fr", "Un échéancier sur 4 mois serait possible ?", "asks a 4-month schedule")
E("payment_difficulty", "fr", "Je ne peux vous verser que 300 € pour l'instant.", "can only pay 300 EUR now")
E("payment_difficulty", "fr", "Activité en baisse, on vous paiera dès que possible.",
  "business down; 'dès que possible' is not a promise", hard=1)
E("payment_difficulty", "fr", "On n'arrive pas à payer cette facture maintenant, un délai de 30 jours serait possible ?",
  "asks 30 more days (no date)")
E("payment_difficulty", "fr", "Salut {us}, c'est un peu tendu en ce moment, je peux te régler en deux fois ?",
  "tu form: tight, two instalments")
E("payment_difficulty", "fr", "Nous vous réglerons en deux fois : la moitié vendredi, le reste fin décembre.",
  "instalments announced: first half Friday", prom="fri", hard=1)
E("payment_difficulty", "fr", "Suite à la liquidation de la société, adressez votre créance au liquidateur.",
  "liquidation, no address given")
E("payment_difficulty", "fr", "Pas les moyens pour l'instant, je vous rappelle.", "no means for now")
E("payment_difficulty", "fr", "Notre banque a refusé le découvert, nous devons reporter le paiement à fin janvier.",
  "bank refused overdraft, delay to end of January", prom="2027-01-31", hard=1, d="2026-12-03 09:50")
E("payment_difficulty", "fr", "Nous ne payerons pas ce mois-ci, nos comptes sont bloqués.",
  "negated future from blocked accounts, not a dispute", hard=1)
E("payment_difficulty", "en", "Can't pay this month, can we split it?", "can't pay, split")
E("payment_difficulty", "en", "We're having cash flow problems, could we pay in instalments?", "cash flow, instalments")
E("payment_difficulty", "en", "Could we have another 30 days?", "asks 30 days (no date)")
E("payment_difficulty", "en", "Things are tight - can I pay £200 a month?", "monthly payments", c="owenbakes")
E("payment_difficulty", "en", "We can't cover this right now, sorry.", "can't cover it")
E("payment_difficulty", "en", "Money's tight until our client pays us, probably mid-December.",
  "'mid-December' is vague, no date", hard=1)
E("payment_difficulty", "en",
  "The company has gone into administration. Please contact the administrators at claims@hartley-recovery.example.",
  "UK administration, administrators' address", nc="claims@hartley-recovery.example", hard=1)
E("payment_difficulty", "en", "Can I pay half on Friday and the rest on the 30th?", "split, first half Friday",
  prom="fri", hard=1, d="2026-11-17 10:05")
E("payment_difficulty", "en", "we're not able to pay this right now", "lower case: not able to pay", greet=0)
E("payment_difficulty", "en", "Could you give us until 15 January? Cash is very tight after the flood.",
  "asks until 15 January", prom="2027-01-15", d="2026-12-07 11:40")
E("payment_difficulty", "en", "I can do 3 payments of €400, starting next Monday?", "three payments from Monday",
  prom="mon", hard=1)
E("payment_difficulty", "en", "Sorry, we simply don't have the funds at the moment.", "no funds")
E("payment_difficulty", "en", "Would a payment plan be possible?", "asks a payment plan")
E("payment_difficulty", "en", "Business is on hold while we restructure, we'll pay when we can.",
  "restructuring; 'when we can' is not a promise", hard=1)

# --------------------------------------------------------------------------- wrong_contact
E("wrong_contact", "fr", "Je ne m'occupe plus de la compta, écrivez à marie.lenoir@{dom}.",
  "no longer does the books, new address", nc="marie.lenoir@{dom}")
E("wrong_contact", "fr", "Mauvaise adresse, je ne suis pas concerné.", "wrong address, not concerned",
  subj="Votre mail", q="none")
E("wrong_contact", "fr", "Je ne travaille plus dans cette société depuis juin.", "left in June, no new address")
E("wrong_contact", "fr", "Merci d'adresser vos relances à notre cabinet comptable : compta@cabinet-ferrand.example.",
  "accounting firm handles reminders", nc="compta@cabinet-ferrand.example")
E("wrong_contact", "fr", "Ce n'est pas moi qui gère, voyez avec Paul Girard, pgirard@{dom}.", "points to a colleague",
  nc="pgirard@{dom}")
E("wrong_contact", "fr", "La comptabilité est maintenant gérée par notre siège : fournisseurs@groupe-hesnault.example.",
  "head office handles it now", nc="fournisseurs@groupe-hesnault.example")
E("wrong_contact", "fr", "Vous vous êtes trompé de destinataire.", "wrong recipient")
E("wrong_contact", "fr", "mauvaise personne, c'est ma femme qui gère ça : sophie.laborde@orange.fr",
  "wife handles it", nc="sophie.laborde@orange.fr", greet=0)
E("wrong_contact", "fr", "Je suis parti à la retraite, contactez mon successeur à contact@{dom}.",
  "retired, successor's address", nc="contact@{dom}")
E("wrong_contact", "fr", "Merci de ne plus m'ecrire a cette adresse, utilisez desormais compta@{dom}",
  "no accents: use the accounts address from now on", nc="compta@{dom}")
E("wrong_contact", "fr", "Ce client n'est plus chez nous, nous ne tenons plus sa comptabilité.",
  "accountant no longer handles the client", c="garrigue")
E("wrong_contact", "fr", "Vous confondez, nous ne sommes pas la SCI Les Platanes de Nîmes.",
  "different company with the same name", hard=1, c="platanes")
E("wrong_contact", "fr", "Je ne gère pas les factures, écrivez directement à achats@{dom}.",
  "does not handle invoices, purchasing address", nc="achats@{dom}")
E("wrong_contact", "fr", "C'est mon adresse perso, merci d'utiliser jl.bouvet@bouvet-charpente.fr pour tout ce qui est facture.",
  "personal address, use the professional one", nc="jl.bouvet@bouvet-charpente.fr", hard=1, c="jl.bouvet")
E("wrong_contact", "fr", "Déjà payé d'ailleurs, mais je ne suis plus la bonne personne : voyez avec claire@{dom}.",
  "claims payment but redirects: wrong_contact beats already_paid", nc="claire@{dom}", hard=1)
E("wrong_contact", "fr", "Depuis la fusion, la facturation se fait à factures@groupe-altea.example.",
  "merger, new billing address", nc="factures@groupe-altea.example")
E("wrong_contact", "fr", "Je ne fais plus partie du bureau, la nouvelle trésorière est Mme Rolland : tresoriere@{dom}.",
  "new treasurer", nc="tresoriere@{dom}", c="ecole-musique")
E("wrong_contact", "fr", "Pas la bonne adresse. La compta c'est au 03 26 48 71 09, je n'ai pas leur mail.",
  "wrong address, only a phone number")
E("wrong_contact", "fr", "C'est mon frère qui a repris l'entreprise, je n'ai plus rien à voir avec ça.",
  "brother took over, no address")
E("wrong_contact", "en", "Wrong person, try ap@{dom}.", "wrong person, AP address", nc="ap@{dom}")
E("wrong_contact", "en", "I left the company in August.", "left in August", subj="Re: your message", q="none")
E("wrong_contact", "en", "Please direct this to our accounts team: accounts@{dom}.", "accounts team address",
  nc="accounts@{dom}")
E("wrong_contact", "en", "Not me, I'm in sales. Try finance@{dom}.", "sales, finance address", nc="finance@{dom}")
E("wrong_contact", "en", "You have the wrong email address.", "wrong address")
E("wrong_contact", "en", "Our bookkeeping is now done by Marsh & Co, email them at billing@marshco.example.",
  "external bookkeeper", nc="billing@marshco.example")
E("wrong_contact", "en", "I no longer handle invoices for this client.", "bookkeeper dropped the client",
  c="hughesandco")
E("wrong_contact", "en", "Please take me off these emails, I'm not the right contact.", "not the right contact")
E("wrong_contact", "en", "We changed our AP address last month, use payables@{dom} from now on.",
  "new AP address", nc="payables@{dom}")
E("wrong_contact", "en", "Sorry, different company! We're Brightline Ltd, not Brightline Media.",
  "different company with a similar name", hard=1, c="brightline")
E("wrong_contact", "en", "Already paid I think, but anyway I'm not the one to ask, email jo@{dom}.",
  "hedged payment claim, redirects: wrong_contact beats already_paid", nc="jo@{dom}", hard=1)
E("wrong_contact", "en", "Tom has left, please contact Priya Shah (priya.shah@{dom}).", "colleague left, new person",
  nc="priya.shah@{dom}", c="rivergate")
E("wrong_contact", "en", "this is my personal email, pls use rob@tanner-electrical.co.uk", "use the work address",
  nc="rob@tanner-electrical.co.uk", greet=0, c="tanner")

# --------------------------------------------------------------------------- other
E("other", "fr", "Merci.", "thanks only", greet=0)
E("other", "fr", "Bien reçu.", "acknowledgement")
E("other", "fr", "Bien reçu, je transmets à la compta.", "passes it on, no promise")
E("other", "fr", "Je regarde et je reviens vers vous.", "will look and come back, no promise", hard=1)
E("other", "fr", "Pouvez-vous me redonner votre IBAN ?", "asks the IBAN", subj="IBAN", q="none")
E("other", "fr", "Un relevé de compte à jour, c'est possible ?", "asks a statement")
E("other", "fr", "Quel est le montant exact TTC ?", "asks the amount incl. VAT")
E("other", "fr", "Merci pour le rappel.", "thanks for the reminder, no promise", hard=1)
E("other", "fr", "Appelez-moi au 06 12 48 77 30 svp.", "call-me request")
E("other", "fr", "Le chèque, ça vous va comme moyen de paiement ?", "asks about cheques")
E("other", "fr", "C'est noté.", "noted")
E("other", "fr", "ok", "one word", greet=0)
E("other", "fr", "Je vérifie avec mon associé et je vous dis.", "checks with partner, no promise", hard=1)
E("other", "fr", "Votre RIB a changé ? Ce n'est pas le même que sur la facture précédente.",
  "question about a changed RIB")
E("other", "fr", "Je suis en déplacement, je regarde ça à mon retour.",
  "written by a person, not an auto-reply; no promise", hard=1)
E("other", "fr", "Il me faut votre numéro SIRET pour créer votre fiche fournisseur.", "asks the SIRET for the supplier file")
E("other", "fr", "Bonne réception, bonne journée.", "good receipt, have a nice day")
E("other", "fr", "Je n'ai pas dit que je ne paierais pas, je dois juste vérifier.",
  "double negation without any promise", hard=1)
E("other", "fr", "Avez-vous un numéro de TVA intracommunautaire ?", "asks the VAT number")
E("other", "fr", "Merci, je transmets à notre expert-comptable.", "passes to the accountant, no promise")
E("other", "en", "Thanks.", "one-word thanks", greet=0)
E("other", "en", "Noted, thanks.", "noted, thanks")
E("other", "en", "Got it, will look into it and get back to you.", "will look into it, no promise", hard=1)
E("other", "en", "What are your bank details?", "asks bank details", subj="Bank details?", q="none")
E("other", "en", "Can you send a statement of account?", "asks a statement of account")
E("other", "en", "Forwarded to our AP team.", "forwarded internally, no promise")
E("other", "en", "Could you call me on 07700 900412?", "asks us to call a UK mobile", subj="Your email", q="none",
  c="mccallum")
E("other", "en", "Do you take card payments?", "asks about card payment")
E("other", "en", "Received, thank you.", "received, thanks")
E("other", "en", "Which account should we pay into, the one on the invoice or the new one?",
  "question about the account", hard=1)
E("other", "en", "I'll check with my business partner.", "will check, no promise", hard=1)
E("other", "en", "Can you confirm the amount including VAT?", "asks amount incl. VAT")
E("other", "en", "cheers, passing it on", "lower case, passes it on", greet=0)

# --------------------------------------------------------------------------- auto_reply (short out-of-office lines)
E("auto_reply", "fr", "Je suis absente jusqu'au 12 novembre inclus. Pour toute urgence : 05 55 18 40 22.",
  "out of office until 12 November, emergency phone", d="2026-11-06 09:02", auto="full")
E("auto_reply", "fr", "Absent du bureau, retour lundi.", "absent, back Monday", auto="full")
E("auto_reply", "fr", "Je suis en congés jusqu'au 2 novembre. Votre message sera traité à mon retour.",
  "on leave until 2 November, no auto headers", d="2026-10-27 09:04", auto="none")
E("auto_reply", "fr", "Message automatique : nos bureaux sont fermés jusqu'au 4 janvier.", "closure notice",
  d="2026-12-16 09:01", auto="full", subj="Fermeture annuelle")
E("auto_reply", "fr", "En arrêt jusqu'à nouvel ordre, je consulterai mes mails à mon retour.", "sick leave notice",
  auto="full")
E("auto_reply", "en", "Away until Monday, replies may be slow.", "out of office until Monday",
  auto="full")
E("auto_reply", "en", "I am on annual leave until 2 December.", "annual leave until 2 December",
  d="2026-11-23 09:03", auto="full")
E("auto_reply", "en", "Out of office - back on the 9th.", "back on the 9th, no auto headers", d="2026-11-04 09:01",
  auto="none", subj="Out of Office")


# =========================================================================== building one message
GREET = {"fr": ["Bonjour,", "Bonjour,", "Bonjour {us},", "Bonjour Madame,", "Bjr,", "Bonsoir,"],
         "en": ["Hi,", "Hello,", "Hi {us},", "Hi there,", "Good morning,", "Dear Sir/Madam,"]}
CLOSE = {"fr": ["Cordialement", "Cordialement,", "Bonne journée", "Cdlt", "Merci", "Bien à vous"],
         "en": ["Thanks", "Regards", "Best,", "Kind regards,", "Many thanks", "Cheers"]}


def fill(text: str, ctx: dict) -> str:
    for k, v in ctx.items():
        text = text.replace("{" + k + "}", v)
    assert "{" not in text, text
    return text


def pick_day(rng: random.Random, spec: str | None) -> dt.date:
    span = (LAST - FIRST).days
    while True:
        day = FIRST + dt.timedelta(days=rng.randint(0, span))
        if day.weekday() >= 5 and rng.random() < 0.85:
            continue
        if spec_ok(spec, day):
            return day


def to_html(words: str, quoted: str) -> str:
    def paras(t: str) -> str:
        return "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in t.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            f"{paras(words)}<br><blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">"
            f"{paras(quoted)}</blockquote></body></html>")


def build(e: dict, idx: int, used: dict) -> tuple[bytes, dict]:
    rng = random.Random(f"terse-{idx}-{e['note']}")
    lang = e["lang"]
    # customer
    if e.get("c"):
        cust = find_customer(e["c"])
        assert cust["lang"] == lang, (e["note"], cust["addr"])
    else:
        needs_dom = "{dom}" in e["text"] or "{dom}" in (e["nc"] or "")
        pool = [c for c in CUSTOMERS[lang] if not (needs_dom and c["personal"])]
        cust = pool[rng.randrange(len(pool))]
    assert not (cust["personal"] and "{dom}" in e["text"]), e["note"]
    client = cust["client"]
    # firm and invoices
    firm_key = e.get("firm") or rng.choice(["lachaume", "fauconnet", "sabatier"] if lang == "fr"
                                           else ["fauconnet", "sabatier", "fauconnet", "lachaume"])
    firm = FIRMS[firm_key]
    nums = [n for n in firm["nums"] if (firm_key, n) not in used]
    n1 = nums[rng.randrange(len(nums))]
    used.add((firm_key, n1))
    n2 = [n for n in nums if n != n1 and abs(n - n1) < 40]
    n2 = n2[rng.randrange(len(n2))] if n2 else nums[0]
    inv, inv2 = firm["fmt"](n1), firm["fmt"](n2)
    if "{inv2" in e["text"]:
        used.add((firm_key, n2))
    # dates
    if e.get("d"):
        local = dt.datetime.strptime(e["d"], "%Y-%m-%d %H:%M")
        assert spec_ok(e["prom"], local.date()), (e["note"], e["d"])
    else:
        day = pick_day(rng, e["prom"])
        hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 16, 17, 18, 19, 21])
        local = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)))
    day = local.date()
    assert FIRST - dt.timedelta(days=3) <= day <= LAST + dt.timedelta(days=3), (e["note"], day)
    reply_dt = local.replace(tzinfo=tzinfo(cust["zone"], day))
    # our reminder, sent in the morning (Paris time) one to five working days before
    back = rng.choice([1, 1, 2, 2, 3, 4, 5]) if e["cat"] != "auto_reply" else 0
    sent_day = day
    while back or sent_day.weekday() >= 5:
        sent_day -= dt.timedelta(days=1)
        if sent_day.weekday() < 5:
            back = max(0, back - 1)
    sent_paris = dt.datetime.combine(sent_day, dt.time(rng.choice([8, 9, 9, 9, 10]), rng.choice([0, 0, 15, 30, 2, 47])),
                                     tzinfo=tzinfo("fr", sent_day))
    if e["cat"] == "auto_reply":   # the auto-reply answers within seconds of our morning send
        sent_paris = reply_dt - dt.timedelta(minutes=1)
    sent_local = sent_paris.astimezone(reply_dt.tzinfo)
    lvl = e.get("lvl") or rng.choice([1, 1, 1, 2, 2, 3])
    rlang = "fr" if lang == "fr" else "en"
    r_subj, r_body = reminder(firm, rlang, lvl, inv, sent_day, rng)
    # the customer's words
    ctx = dict(inv=inv, inv_s=firm["short"](n1), inv2=inv2, inv2_s=firm["short"](n2), dom=cust["dom"],
               us=firm["first"])
    words = core = fill(e["text"], ctx)
    nc = fill(e["nc"], ctx) if e["nc"] else ""
    greet_ok = e.get("greet", 1) and e["cat"] != "auto_reply" and not re.match(
        r"(Bonjour|Salut|Bjr|Hi|Hello|Dear)\b", words) and not words.isupper()
    if greet_ok and rng.random() < 0.45:
        g = rng.choice(GREET[lang])
        if (g == "Bonsoir," and local.hour < 18) or (g == "Good morning," and local.hour >= 12):
            g = GREET[lang][0]
        g = fill(g, ctx)
        if rng.random() < 0.6:
            words = g + "\n\n" + words
        else:
            inline = words
            if len(words) > 1 and words[1].islower() and not re.match(r"I\b", words):
                inline = words[0].lower() + words[1:]
            words = g + " " + inline
    if greet_ok and rng.random() < 0.35:
        words += "\n\n" + rng.choice(CLOSE[lang])
    sig = cust["sig"] if rng.random() < 0.75 else ""
    body = words
    if sig and e["cat"] != "auto_reply":
        body += ("\n\n" if rng.random() < 0.5 else "\n\n-- \n" if client.startswith("thunderbird") else "\n\n") + sig
    if client in TAG and e["cat"] != "auto_reply":
        body += "\n\n" + TAG[client]
    q = e.get("q") or ("none" if e["cat"] == "auto_reply" or rng.random() < 0.07 else "quote")
    quoted = ""
    if q != "none":
        quoted = quote_block(client, rlang, firm, cust, sent_local, r_subj, r_body, rng)
        bottom = e.get("pos") == "bottom" or (client.startswith(("gmail", "thunderbird")) and rng.random() < 0.06)
        body = (quoted + "\n\n" + body) if bottom else (body + "\n\n" + quoted)
    body += "\n"
    # headers
    msg = EmailMessage()
    msg["From"] = f"{cust['name']} <{cust['addr']}>" if rng.random() < 0.9 else cust["addr"]
    msg["To"] = f"{firm['name']} <{firm['addr']}>"
    if e["cat"] == "auto_reply":
        subj = e.get("subj") or (("Réponse automatique : " if lang == "fr" else "Automatic reply: ") + r_subj)
    else:
        subj = e.get("subj") or (rng.choice(PREFIX[client]) + r_subj)
    msg["Subject"] = subj
    msg["Date"] = format_datetime(reply_dt)
    seed = f"{idx}-{e['note']}"
    mid = client_headers(msg, client, cust, seed)
    if "Thread-Topic" in msg:
        del msg["Thread-Topic"]
        msg["Thread-Topic"] = re.sub(r"^(RE|Re|AW|TR|Réponse automatique|Automatic reply) ?: ?", "", subj)
    msg["Message-ID"] = mid
    if e["cat"] == "auto_reply":   # written by the server, not by the customer's client
        for h in ("X-Mailer", "User-Agent", "Thread-Index", "Thread-Topic", "X-MS-Has-Attach", "X-MS-TNEF-Correlator"):
            del msg[h]
    our_mid = f"<rb.{1000 + idx * 7}.{token(seed + 'rb', 10)}.{token(seed + 'sig', 8, '0123456789abcdef')}@{firm['addr'].split('@')[1]}>"
    if e["cat"] != "auto_reply" or e.get("auto") == "full":
        if rng.random() < 0.92:
            msg["In-Reply-To"] = our_mid
            msg["References"] = our_mid
    if e["cat"] == "auto_reply" and e.get("auto") == "full":
        msg["Auto-Submitted"] = "auto-replied"
        if client.startswith(("outlook", "o365")):
            msg["X-Auto-Response-Suppress"] = "All"
    # body and MIME shape
    cs = "utf-8"
    if lang == "fr" and client.startswith("outlook") and rng.random() < 0.5:
        try:
            body.encode("windows-1252")
            cs = "windows-1252" if rng.random() < 0.5 else "iso-8859-1"
            body.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
    cte = {"gmail": "quoted-printable", "outlook": "quoted-printable", "o365": "quoted-printable",
           "android": "base64", "iphone": "quoted-printable", "apple": "quoted-printable", "thunderbird": "8bit",
           "orange": "8bit"}[client.split("_")[0]]
    if client.startswith("gmail") and rng.random() < 0.3:
        cte = "base64"
    msg.set_content(body, subtype="plain", charset=cs, cte=cte)
    want_html = e.get("html", 1 if client.startswith(("o365", "outlook")) and rng.random() < 0.5 else
                      1 if client.startswith(("gmail", "apple", "iphone")) and rng.random() < 0.3 else 0)
    if want_html and e["cat"] != "auto_reply" and not (quoted and body.startswith(quoted)):
        top = body[:body.index(quoted)] if quoted else body
        msg.add_alternative(to_html(top.rstrip("\n"), quoted), subtype="html", charset="utf-8",
                            cte="quoted-printable")
    for fname in e.get("att") or []:
        data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0>>endobj\n"
                + f"% {fname} {seed}\n".encode() + b"trailer<</Root 1 0 R>>\n%%EOF\n")
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
    if msg.is_multipart():   # deterministic boundaries
        for k, part in enumerate(p for p in msg.walk() if p.is_multipart()):
            part.set_boundary(f"{'----=_Part_' if k else '_000_'}{token(seed + 'b' + str(k), 24, '0123456789ABCDEFabcdef')}_")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    crlf = rng.random() < 0.2
    raw = msg.as_bytes(policy=email.policy.default.clone(linesep="\r\n" if crlf else "\n"))
    invoices = []
    in_subject_or_quote = (inv in subj) or bool(quoted)
    if in_subject_or_quote or "{inv}" in e["text"] or "{inv_s}" in e["text"]:
        invoices.append(inv)
    if "{inv2}" in e["text"] or "{inv2_s}" in e["text"]:
        invoices.append(inv2)
    label = dict(category=e["cat"], invoices=" ".join(invoices), promised_date=resolve(e["prom"], day),
                 new_contact=nc, hard="yes" if e["hard"] else "no", note=e["note"], lang=lang, words=words, core=core,
                 short_forms=[firm["short"](n1)] if "{inv_s}" in e["text"] and "{inv}" not in e["text"] else [],
                 date=day, prom_spec=e["prom"])
    return raw, label


# =========================================================================== writer and checks
def main() -> None:
    assert len({e["note"] for e in ENTRIES}) == len(ENTRIES), [n for n, k in Counter(e["note"] for e in ENTRIES).items() if k > 1]
    order = list(range(len(ENTRIES)))
    random.Random(20261218).shuffle(order)
    for old in OUT.glob(f"{STEM}*.eml"):
        old.unlink()
    used: set = set()
    rows = []
    for n, i in enumerate(order, 1):
        raw, lab = build(ENTRIES[i], n, used)
        fname = f"{STEM}{n:03d}.eml"
        (OUT / fname).write_bytes(raw)
        rows.append(dict(file=fname, **lab))
    with open(OUT / "labels.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["file", "category", "invoices", "promised_date", "new_contact", "hard", "note"])
        for r in rows:
            w.writerow([r["file"], r["category"], r["invoices"], r["promised_date"], r["new_contact"], r["hard"],
                        r["note"]])
    check(rows)


def body_text(msg) -> str:
    parts = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            parts.append(part.get_content())
    return "\n".join(parts)


def other_corpora_overlap(rows: list[dict]) -> list[str]:
    """Informative: 6-word sequences of the customer words that also occur in the other labelled corpora."""
    def words6(text: str) -> set:
        w = re.findall(r"[\wÀ-ÿ'’]+", text.lower())
        return {tuple(w[i:i + 6]) for i in range(len(w) - 5)}
    seen: set = set()
    for p in OUT.parent.glob("*/*.eml"):
        if p.parent == OUT:
            continue
        try:
            m = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            seen |= words6(body_text(m))
        except Exception:
            continue
    out = []
    others = set()
    for p in OUT.parent.glob("*/labels.tsv"):
        if p.parent != OUT:
            with open(p, encoding="utf-8") as fh:
                for r in csv.DictReader(fh, delimiter="\t"):
                    others.update((r.get("invoices") or "").split())
    for r in rows:
        for inv in r["invoices"].split():
            if inv in others:
                out.append(f"{r['file']}: invoice {inv} also labelled in another corpus")
    for r in rows:
        common = words6(r["words"]) & seen
        if common:
            out.append(f"{r['file']} ({r['category']}): " + " | ".join(" ".join(t) for t in sorted(common)[:3]))
    return out


def check(rows: list[dict]) -> None:
    problems = []
    files = sorted(p.name for p in OUT.glob(f"{STEM}*.eml"))
    with open(OUT / "labels.tsv", encoding="utf-8") as fh:
        tsv = list(csv.DictReader(fh, delimiter="\t"))
    if sorted(r["file"] for r in tsv) != files or len({r["file"] for r in tsv}) != len(tsv):
        problems.append("labels.tsv does not have exactly one row per .eml")
    inv_re = re.compile(r"^(F-2026-\d{4}|FA2026-\d{3}|2026-\d{4})$")
    for r, lab in zip(tsv, rows):
        assert r["file"] == lab["file"]
        if r["category"] not in CATEGORIES:
            problems.append(f"{r['file']}: bad category {r['category']}")
        msg = email.message_from_bytes((OUT / r["file"]).read_bytes(), policy=email.policy.default)
        if msg.defects:
            problems.append(f"{r['file']}: parse defects {msg.defects}")
        text = html.unescape(str(msg["subject"] or "") + "\n" + body_text(msg))
        if lab["words"].split("\n")[-1] not in text:
            problems.append(f"{r['file']}: customer words not found in the decoded body")
        for inv in r["invoices"].split():
            if not inv_re.match(inv):
                problems.append(f"{r['file']}: bad invoice {inv}")
            if inv not in text and not lab["short_forms"]:
                problems.append(f"{r['file']}: invoice {inv} not visible")
        for sf in lab["short_forms"]:
            if sf not in text:
                problems.append(f"{r['file']}: short invoice form {sf} not visible")
        if r["new_contact"] and r["new_contact"].lower() not in text.lower():
            problems.append(f"{r['file']}: new contact not visible")
        if not msg["date"]:
            problems.append(f"{r['file']}: no Date header")
        reply_day = msg["date"].datetime.date()
        if r["promised_date"]:
            pd = dt.date.fromisoformat(r["promised_date"])
            if r["category"] not in ("promise_to_pay", "payment_difficulty"):
                problems.append(f"{r['file']}: promised date on a {r['category']} row")
            if pd < reply_day:
                problems.append(f"{r['file']}: promised date {pd} before reply {reply_day}")
        n_sent = len(re.findall(r"[.!?]+(\s|$)", lab["core"]))
        if n_sent > 3:
            problems.append(f"{r['file']}: customer words too long ({n_sent} sentences)")
    cats = Counter(r["category"] for r in rows)
    need = {"already_paid": 30, "promise_to_pay": 30, "not_received": 30, "dispute": 30, "payment_difficulty": 30,
            "wrong_contact": 30, "other": 25}
    for c, k in need.items():
        if cats[c] < k:
            problems.append(f"only {cats[c]} {c} rows (need {k})")
    langs = Counter(r["lang"] for r in rows)
    print(f"{len(rows)} files; French {langs['fr']} ({100 * langs['fr'] / len(rows):.0f} %), "
          f"English {langs['en']} ({100 * langs['en'] / len(rows):.0f} %); hard={sum(r['hard'] == 'yes' for r in rows)}; "
          f"promised dates={sum(bool(r['promised_date']) for r in rows)}; "
          f"new contacts={sum(bool(r['new_contact']) for r in rows)}; "
          f"with invoice={sum(bool(r['invoices']) for r in rows)}")
    print(f"  {'category':20s} rows  fr  en  hard  dated")
    for c in CATEGORIES:
        sub = [r for r in rows if r["category"] == c]
        if not sub:
            continue
        print(f"  {c:20s} {len(sub):4d} {sum(r['lang'] == 'fr' for r in sub):3d} {sum(r['lang'] == 'en' for r in sub):3d}"
              f" {sum(r['hard'] == 'yes' for r in sub):5d} {sum(bool(r['promised_date']) for r in sub):6d}")
    if "--overlap" in sys.argv:
        ov = other_corpora_overlap(rows)
        print(f"6-word overlaps with the other corpora: {len(ov)}")
        for o in ov:
            print("   ", o)
    for p in problems:
        print("!!", p, file=sys.stderr)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
