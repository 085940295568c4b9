#!/usr/bin/env python3
"""Build the SEVENTH held-out labelled reply set (holdout7) for relancebot's reply classifier.

Every customer text below was written by hand for this set (new customers, new wording; none copied from
tests/corpus/replies/, holdout/ … holdout5/). Only the *wrapping* is reused: this script imports
tests/corpus/holdout5/build_holdout5.py (which imports holdout4, holdout3, holdout2, holdout and
replies/build_corpus.py) and calls their helpers for client headers, quote styles, MIME shapes, charsets,
attachments and bounce reports.
Added here: replies dated 1 October 2031 - 31 March 2032 (France and its neighbours +0200 then +0100 from
26 October 2031 and +0200 again from 28 March 2032; UK +0100/+0000/+0100 on the same days; US Central and
Pacific and Canada Pacific switch on 2 November 2031 and 14 March 2032; India +0530; Sydney +1100),
invoices F-2032-NNNN and FA-2032-NNN, new customers, new bounce texts.

Run:  .venv/bin/python tests/corpus/holdout7/build_holdout7.py
Deterministic; overwrites holdout7_*.eml and labels.tsv in this folder, then checks them.
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

bc.INV_POOL_F = [f"F-2032-{n:04d}" for n in range(101, 500)]
bc.INV_POOL_FA = [f"FA-2032-{n:03d}" for n in range(11, 160)]

DISCL_FR, DISCL_EN = bc.DISCL_FR, bc.DISCL_EN

NEW7_C = {
    # ------------------------------------------------------------ French-speaking
    "dasilva": ("Plomberie Da Silva", "plomberie.dasilva@orange.fr", "orange", "fr", ""),
    "petrin": ("Le Pétrin de Léa", "lepetrindelea@gmail.com", "gmail", "fr", "Léa Marchand\nLe Pétrin de Léa - Pornic"),
    "moreau": ("Garage Moreau Frères", "garage.moreau.freres@wanadoo.fr", "outlook", "fr",
               "Garage Moreau Frères\nAgent Renault - 12 route de Niort, 79000 Bessines"),
    "stjory": ("Mairie de Saint-Jory-les-Bois - Finances", "finances@mairie-stjory.fr", "outlook", "fr",
               "Service des finances\nMairie de Saint-Jory-les-Bois\n05 61 00 00 00"),
    "chromo": ("Centre hospitalier de Romorantin - Factures fournisseurs", "factures.fournisseurs@ch-romorantin.fr", "o365", "fr",
                  "Direction des finances - Cellule factures\nCentre hospitalier de Romorantin\n\n" + DISCL_FR),
    "univvs": ("Université Val-de-Seine - Service facturier", "sfact@univ-valdeseine.fr", "o365", "fr",
               "Service facturier (SFACT)\nDirection des affaires financières\nUniversité Val-de-Seine"),
    "aubertin": ("Cabinet Aubertin Expertise", "dossiers@aubertin-expertise.fr", "o365", "fr",
                 "Chloé Vasquez\nCollaboratrice comptable\nCabinet Aubertin Expertise - Expert-comptable\n"
                 "3 rue Jean-Jaurès, 49300 Cholet\n\n" + DISCL_FR),
    "jardins": ("Les Jardins Solidaires du Pays d'Auge", "tresorerie@jardins-solidaires-auge.org", "gmail", "fr",
                "Bernadette Colin\nTrésorière bénévole"),
    "dewinter": ("Menuiserie Dewinter SRL", "info@dewinter-menuiserie.be", "outlook", "fr",
                 "Menuiserie Dewinter SRL\nChaussée de Mons 212, 7800 Ath\nTVA BE 0600.000.000"),
    "hoteldulac": ("Hôtel du Lac Sàrl - Comptabilité", "compta@hoteldulac-vevey.ch", "outlook", "fr",
                   "Comptabilité\nHôtel du Lac Sàrl, Vevey"),
    "ombeline": ("Au Jardin d'Ombeline", "aujardindombeline@yahoo.fr", "yahoo", "fr", ""),
    "valorge": ("Écurie du Val d'Orge", "contact@ecurie-valdorge.fr", "tb", "fr",
                "Écurie du Val d'Orge\nPension - enseignement\n41 route de la Vallée, 91290 Arpajon"),
    "arvalis": ("Arvalis Distribution - Comptabilité fournisseurs", "fournisseurs@arvalis-distribution.fr", "o365", "fr",
                "Comptabilité fournisseurs\nARVALIS DISTRIBUTION SAS\n\n" + DISCL_FR),
    "kergoat": ("Ébénisterie Kergoat", "atelier@kergoat-ebeniste.fr", "roundcube", "fr", "Yann Kergoat\nÉbéniste - Quimperlé"),
    "taxilucas": ("Taxi Lucas", "taxi.lucas35@gmail.com", "android", "fr", ""),
    "castagne": ("Boucherie Castagné", "boucherie.castagne@icloud.com", "apple", "fr", ""),
    "oblique": ("Agence Oblique", "admin@agence-oblique.fr", "mac", "fr", "Margaux Pelletier\nAgence Oblique - architecture\nLyon 7e"),
    # ------------------------------------------------------------ English-writing
    "bondi": ("Bondi Bay Events", "accounts@bondibayevents.com.au", "gmail", "en",
              "Jess Whitfield\nAccounts | Bondi Bay Events Pty Ltd\nSydney NSW"),
    "kaveri": ("Kaveri Textiles - Accounts", "accounts@kaveritextiles.in", "o365", "en",
               "Accounts Department\nKaveri Textiles Pvt. Ltd.\nCoimbatore, Tamil Nadu"),
    "birchwood": ("Birchwood Property Management - AP", "ap@birchwoodpm.com", "o365", "en",
                  "Accounts Payable\nBirchwood Property Management LLC\nChicago, IL\n\n" + DISCL_EN),
    "mapleridge": ("Maple Ridge Outfitters", "office@mapleridgeoutfitters.ca", "gmail", "en",
                   "Colin Baptiste\nMaple Ridge Outfitters · Squamish, BC"),
    "vogel": ("Buchhaltung Schreinerei Vogel", "buchhaltung@schreinerei-vogel.de", "outlook", "de",
              "Monika Brandt\nBuchhaltung / Accounting\nSchreinerei Vogel GmbH, Freiburg"),
    "marina": ("Hostal Marina Costa", "administracion@hostalmarinacosta.es", "gmail", "en",
               "Lucía Ferrer\nAdministración - Hostal Marina Costa S.L.\nDénia (Alicante)"),
    "bellini": ("Ceramiche Bellini", "amministrazione@ceramichebellini.it", "outlook", "en",
                "Giulia Rinaldi\nAmministrazione\nCeramiche Bellini S.r.l. - Faenza"),
    "northgate": ("Northgate Retail - Accounts Payable", "accounts.payable@northgate-retail.co.uk", "o365", "en",
                  "Accounts Payable\nNorthgate Retail plc - Finance Shared Services\n\n" + DISCL_EN),
    "hollins": ("Dave Hollins", "dave@hollinsroofing.co.uk", "android", "en", ""),
    "westmoor": ("Westmoor University - Accounts Payable", "ap@westmoor.ac.uk", "o365", "en",
                 "Accounts Payable\nFinance Directorate, Westmoor University"),
    "aldhelm": ("St Aldhelm's Hospital - Payables", "payables@staldhelms.nhs.uk", "o365", "en",
                "Payables Team\nSt Aldhelm's Hospital NHS Foundation Trust"),
    "grantbk": ("Fiona Grant", "fiona@grantbookkeeping.co.uk", "gmail", "en",
                "Fiona Grant\nGrant Bookkeeping · Inverness"),
    "alpenglow": ("Reto Ammann", "finance@alpenglow.ch", "mac", "en", "Reto Ammann\nFinance\nAlpenglow Software AG, Zug"),
    "brewed": ("Dana Kowalski", "dana@brewedawakeningpdx.com", "apple", "en", ""),
}
for _k in NEW7_C:
    assert _k not in bc.C, _k
bc.C.update(NEW7_C)

FR_SW = (dt.date(2031, 10, 26), dt.date(2032, 3, 28))   # Europe
US_SW = (dt.date(2031, 11, 2), dt.date(2032, 3, 14))    # US and Canada
# zone: (summer offset, winter offset, switch dates); None = no change in the period
ZONE = {"fr": (120, 60, FR_SW), "uk": (60, 0, FR_SW), "us_c": (-300, -360, US_SW), "us_p": (-420, -480, US_SW),
        "in": (330, 330, None), "au": (660, 660, None)}
ZONE_OF = {"northgate": "uk", "hollins": "uk", "westmoor": "uk", "aldhelm": "uk", "grantbk": "uk",
           "birchwood": "us_c", "brewed": "us_p", "mapleridge": "us_p", "kaveri": "in", "bondi": "au"}
FIRST, LAST = dt.date(2031, 10, 1), dt.date(2032, 3, 31)


def tz_for(c: str, d: str) -> int:
    summer, winter, sw = ZONE[ZONE_OF.get(c, "fr")]
    if sw is None:
        return summer
    day = dt.date.fromisoformat(d[:10])
    return winter if sw[0] <= day < sw[1] else summer


def fr_offset(d: str) -> int:
    return tz_for("_fr", d)


_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def NXT(d: str, wd: str, weeks: int = 0) -> str:
    """The next such weekday strictly after the reply day (d = 'YYYY-MM-DD …'), plus `weeks` weeks."""
    day = dt.date.fromisoformat(d[:10])
    n = (_WD[wd] - day.weekday() - 1) % 7 + 1
    return (day + dt.timedelta(days=n + 7 * weeks)).isoformat()


def PLUS(d: str, days: int) -> str:
    return (dt.date.fromisoformat(d[:10]) + dt.timedelta(days=days)).isoformat()


def BDAYS(d: str, n: int) -> str:
    day = dt.date.fromisoformat(d[:10])
    while n:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day.isoformat()


ENTRIES: list[dict] = []
BOUNCES: list[dict] = []


def H(cat: str, lang: str, c: str, body: str, note: str, **kw) -> None:
    """One hand-written reply; keywords as in build_corpus.py, d= is 'YYYY-MM-DD HH:MM' (sender's local time)."""
    assert cat in bc.CATEGORIES, cat
    assert c in NEW7_C, c
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

# =========================================================================== already_paid (20)
H("already_paid", "fr", "dasilva", """Bonjour

le virement de 1236 euros est parti mardi dernier de mon compte a la banque postale, vous devez l'avoir normalement. Si ya un souci appelez moi sur le portable plutot que par mail je les lis pas souvent

Da Silva""", "plumber, spoken style: transfer made last Tuesday", d="2031-10-16 19:40", nosig=1)
H("already_paid", "fr", "petrin", """Aïe aïe aïe, j'ai eu un coup de chaud en lisant votre message !

Mais non, fausse alerte : le virement est parti le 6 novembre, je viens de vérifier sur le relevé. Il a dû se croiser avec votre mail. Désolée pour la frayeur 😅

Léa""", "baker, alarming opening but reassuring: transfer left on 6 November", hard=1, d="2031-11-10 14:05", nosig=1)
H("already_paid", "fr", "stjory", """Bonjour,

Votre facture a fait l'objet du mandat n° 1284, émis le 12 novembre et pris en charge par le Service de gestion comptable de Muret. Le paiement a été effectué le 18 novembre ; il peut mettre quelques jours à apparaître sur votre compte.

Cordialement,""", "town hall: mandate issued, payment made by the public accountant on 18 November", d="2031-11-21 10:30",
  firm="vasseur")
H("already_paid", "fr", "aubertin", """Bonjour,

Nous intervenons pour le compte de notre client, la SARL Boisseau (Les Serres du Bocage). Il nous indique avoir remis à votre technicien, lors de l'intervention du 2 décembre, le chèque n° 4471203 en règlement de cette facture. Ce chèque a été débité le 9 décembre.

Merci d'en tenir compte dans votre suivi client.

Bien cordialement,""", "accountant writing for a client: cheque handed to the technician, cashed on 9 December",
  d="2031-12-15 11:45")
H("already_paid", "fr", "dewinter", """Bonjour Madame, Monsieur,

Le paiement de mille deux cent septante euros a été exécuté ce lundi via notre banque (Belfius), avec la communication « facture Vasseur ». Nous ne sommes pas certains que la communication passe jusqu'en France : si vous ne le retrouvez pas, merci de nous faire signe.

Avec nos salutations,""", "Belgian joinery ('septante'): payment executed this Monday, asks to say if not found", hard=1,
  d="2031-10-22 09:15", firm="vasseur")
H("already_paid", "fr", "ombeline", """bonjour, c est bon j ai paye par carte sur votre lien hier soir, j ai recu la confirmation de la banque par sms. bonne journee""",
  "florist, no accents: paid by card last night through the payment link", hard=1, d="2031-12-03 08:50", nosig=1,
  firm="vasseur")
H("already_paid", "fr", "castagne", """Vous ne l'avez pas reçu ? Pourtant le chèque est encaissé depuis le 14, j'ai le relevé sous les yeux. Regardez mieux de votre côté.

P. Castagné""", "butcher, question and negation: the cheque was cashed on the 14th", hard=1, d="2031-11-17 07:30",
  nosig=1, q="apple_fr")
H("already_paid", "fr", "univvs", """Bonjour,

Le paiement de cette facture est intervenu le 21/01/2032 (pièce comptable SIFAC 1900045871). Dans Chorus Pro, elle apparaît au statut « Mise en paiement ».

Cordialement,""", "university invoicing service: paid on 21/01/2032, Chorus Pro status 'Mise en paiement'",
  d="2032-01-26 14:20")
H("already_paid", "fr", "valorge", """Bonjour,

Désolée de répondre si tard, c'est la saison des pluies ici et on passe nos journées à sortir les chevaux du paddock pour qu'ils ne s'enfoncent pas jusqu'aux genoux. Le nouveau drainage que vous nous avez fait derrière la carrière fonctionne d'ailleurs très bien, aucune flaque de ce côté-là, c'est le jour et la nuit par rapport à l'an dernier.

On a aussi eu une jument qui a fait des coliques la semaine dernière, le vétérinaire est venu deux fois, bref, je n'ai pas eu une minute pour les papiers.

Pour la facture : Hervé a fait le virement avant de partir en Normandie, le 20. Il devrait être arrivé.

Bonne journée,
Sandrine""", "riding stable, long: the key sentence (transfer on the 20th) comes after two paragraphs of news", hard=1,
  d="2031-11-24 18:10", nosig=1, firm="vasseur")
H("already_paid", "fr", "oblique", """Réglée le 2 mars avec les autres factures fournisseurs, référence de virement OBL-0302.

Margaux""", "architects, bottom-posted under our reminder: paid on 2 March", hard=1, d="2032-03-04 10:40", nosig=1,
  pos="bottom")
H("already_paid", "en", "bondi", """G'day,

That one went out on Tuesday our time by international transfer, so it should have landed by now. Remittance attached.

Cheers,""", "Sydney events firm: transfer sent on Tuesday, remittance attached", d="2031-10-30 10:15",
  att=[("Remittance_BBE_2810.pdf", "pdf", "Remittance advice - Bondi Bay Events")])
H("already_paid", "en", "kaveri", """Dear Sir/Madam,

With reference to the above, we wish to inform you that the payment has been remitted on 05/11/2031 through SWIFT, UTR no. KVBL31309000123. Kindly check at your end and revert with confirmation.

Thanks & Regards,""", "Indian textile firm: remitted on 05/11/2031 by SWIFT, asks confirmation", d="2031-11-11 12:40")
H("already_paid", "en", "birchwood", """Hello,

Payment for the referenced invoice was released via international wire on 12/03/2031 (confirmation 88213-BW). Please allow 3-5 business days for the funds to arrive.

Thank you,""", "Chicago AP, HTML-only, US date: wire released on 12/03/2031 (3 December)", hard=1,
  d="2031-12-08 15:30", m="html")
H("already_paid", "en", "hollins", """Oh god sorry mate!! No drama though — just checked and it went out this morning. Ignore me""",
  "roofer, alarming tone but reassuring: paid this morning", hard=1, d="2031-11-05 13:20", nosig=1)
H("already_paid", "en", "westmoor", """Dear Supplier,

This invoice was paid in our BACS run of 14 January 2032. A remittance advice is e-mailed automatically to the address held on your supplier record.

Kind regards,""", "UK university AP: paid in the BACS run of 14 January", d="2032-01-19 11:05")
H("already_paid", "en", "vogel", """Hello,

we have transferred the amount already on 28.10.2031. Please check again your bank account. Attached is the confirmation of our bank.

Kind regards""", "German joinery writing English (AW:, Outlook DE): transferred on 28.10.2031", d="2031-11-03 08:45",
  att=[("Zahlungsbestaetigung_20311028.pdf", "pdf", "Zahlungsbestätigung Sparkasse")])
H("already_paid", "en", "marina", """Hello,

We have made the payment the past Friday, I send you the justificante of the bank. Sorry for the delay, we had the inspection of the town hall and everything was stopped.

Lucía""", "Spanish hostel, second-language English: paid last Friday, proof attached", d="2031-10-14 17:20", nosig=1,
  att=[("justificante_transferencia.pdf", "pdf", "Justificante de transferencia")], firm="vasseur")
H("already_paid", "en", "alpenglow", """Hi,

I believe this was included in the payment we made on 3 February (CHF 4,960, converted to EUR by our bank). Could you check whether it was allocated to the right invoice on your side? We had three open items with you at the time.

Best regards,
Reto""", "Swiss software firm, hedged: a grouped payment of 3 February probably covers it", hard=1,
  d="2032-02-09 16:00", nosig=1)
H("already_paid", "en", "brewed", """ugh yes. PAID. just now, on my phone, standing in line at the post office lol. should show up in a day or two""",
  "Portland café owner: paid just now from her phone", d="2031-12-16 11:35", nosig=1)
H("already_paid", "en", "grantbk", """Hello,

I look after the books for Loch Ness Kayak Tours. their bank shows a payment to you leaving the account on 9 December for the full amount of this invoice; I've attached the line from the bank statement.

Kind regards,""", "bookkeeper writing for a client: payment left on 9 December, statement line attached",
  d="2031-12-12 09:50", att=[("LNKT_bank_line_0912.pdf", "pdf", "Bank statement extract")])

# =========================================================================== promise_to_pay (20)
H("promise_to_pay", "fr", "dasilva", """je vous fait un cheque vendredi quand je passe a la banque, j'ai pas de carnet sur moi""",
  "plumber, no accents: cheque on Friday (reply Wed 5 Nov)", d="2031-11-05 20:15", prom=NXT("2031-11-05", "fri"),
  nosig=1)
H("promise_to_pay", "fr", "moreau", """Bonjour,

Chez nous, les fournisseurs sont payés une fois par mois, le 10. La vôtre partira avec le prochain règlement.

Cordialement,""", "garage: suppliers paid on the 10th, next one (reply 21 Oct)", d="2031-10-21 11:10", prom="2031-11-10")
H("promise_to_pay", "fr", "chromo", """Bonjour,

Votre facture a été liquidée ce jour par le service économique. Elle sera mise en paiement par la trésorerie le 15 décembre, date de la prochaine vague de règlements.

Cordialement,""", "hospital: liquidated today, payment by the public accountant on 15 December", hard=1,
  d="2031-12-02 15:45", prom="2031-12-15")
H("promise_to_pay", "fr", "jardins", """Bonjour,

Toutes les dépenses au-dessus de 500 € doivent être validées par le conseil d'administration, qui se réunit jeudi soir. Je ferai le virement dès le lendemain matin.

Bien cordialement,""", "association treasurer: board meets Thursday, transfer the next morning (reply Mon 12 Jan)",
  hard=1, d="2032-01-12 18:30", prom=NXT("2032-01-12", "fri"), firm="vasseur")
H("promise_to_pay", "fr", "aubertin", """Bonjour,

Suite à votre relance, notre cliente, Mme Roux (Institut Belle Époque), nous a confié le règlement de sa facture. Le virement est programmé au 5 janvier, avec l'ensemble de ses fournisseurs.

Bien cordialement,""", "accountant for a client: transfer scheduled on 5 January", d="2031-12-18 10:25", prom="2032-01-05")
H("promise_to_pay", "fr", "hoteldulac", """Bonjour,

Votre rappel concernant la facture de mille huit cent nonante euros nous est bien parvenu. Selon nos usages, elle sera acquittée à la fin du mois par virement.

Avec nos meilleures salutations,""", "Swiss hotel ('nonante', 'acquittée'): paid at the end of the month", d="2031-10-08 09:55",
  prom="2031-10-31")
H("promise_to_pay", "fr", "arvalis", """Bonjour,

Votre facture est validée dans notre circuit (BDC 4500123987, réception conforme). Elle sera réglée lors du prochain cycle de paiement, le 25/11/2031.

Cordialement,
Service comptabilité fournisseurs - Ticket FRN-2031-104417""", "large distributor AP: validated, next payment cycle 25/11/2031", d="2031-11-13 14:10",
  prom="2031-11-25")
H("promise_to_pay", "fr", "kergoat", """Bonjour,

Le client de Pont-Aven m'a enfin payé le chantier, vous serez payé dans la foulée, en fin de semaine au plus tard.

Yann""", "cabinet-maker: his own customer paid, will pay by the end of the week (Friday; reply Tue 27 Jan)",
  d="2032-01-27 12:30", prom=NXT("2032-01-27", "fri"), nosig=1)
H("promise_to_pay", "fr", "taxilucas", """ok je fais ca demain matin sans faute, j'etais en course toute la semaine""",
  "taxi driver: tomorrow morning (reply Sat 7 Feb)", d="2032-02-07 21:40", prom="2032-02-08", nosig=1)
H("promise_to_pay", "fr", "stjory", """Bonjour,

Le bon de commande est bien engagé et nos services techniques ont constaté hier le service fait. Le mandatement interviendra dans la semaine ; la trésorerie règle ensuite en général sous dix jours.

Cordialement,""", "town hall: 'service fait' certified, mandate this week, public accountant pays within ten days (no single date)",
  hard=1, d="2032-03-09 11:20", firm="vasseur")
H("promise_to_pay", "en", "northgate", """Good morning,

Your invoice (PO NR-448120) is approved on our side and has been added to Thursday's weekly payment run.

Kind regards,
AP Query Ref: APQ-771204""", "UK retailer AP: scheduled for Thursday's payment run (reply Mon 20 Oct)", d="2031-10-20 09:40",
  prom=NXT("2031-10-20", "thu"))
H("promise_to_pay", "en", "kaveri", """Dear Sir,

Payment is under process and will be released by 20th of this month after approval from our MD. Kindly bear with us.

Regards,""", "Indian firm: released by the 20th of this month after MD approval", d="2032-01-13 11:30", prom="2032-01-20")
H("promise_to_pay", "en", "birchwood", """Hello,

Check #20817 for this invoice will be mailed on 11/14. Please note international checks may take 2-3 weeks to arrive.

Thank you,""", "Chicago AP, US date: cheque mailed on 11/14 (14 November)", hard=1, d="2031-11-06 16:20",
  prom="2031-11-14")
H("promise_to_pay", "en", "mapleridge", """Thanks for the nudge — totally slipped through the cracks. I'll send it over Monday when I'm back in town.

Colin""", "Canadian outfitter: Monday when back in town (reply Thu 6 Nov)", d="2031-11-06 19:05",
  prom=NXT("2031-11-06", "mon"), nosig=1)
H("promise_to_pay", "en", "bellini", """Good morning,

the payment is foreseen for 30 November with our bank, as your invoice is at 60 days end of month according to our conditions.

Best regards""", "Italian ceramics firm: payment foreseen on 30 November (60 days end of month)", hard=1,
  d="2031-11-04 10:10", prom="2031-11-30")
H("promise_to_pay", "en", "marina", """Hello Vasseur,

We will do the transfer when the owner come back from Valencia, it will be in the next days. Sorry!

Lucía""", "Spanish hostel: when the owner is back 'in the next days' (no date)", hard=1, d="2032-02-17 13:15",
  nosig=1, firm="vasseur")
H("promise_to_pay", "en", "westmoor", """Dear Supplier,

We have now completed the three-way match (PO 4100238871, goods receipt and invoice). Payment will follow in the BACS run of 6 February.

Kind regards,""", "UK university: matched to PO and receipt, BACS run on 6 February", d="2032-01-30 14:35",
  prom="2032-02-06")
H("promise_to_pay", "en", "grantbk", """Hi,

Mr Fraser has asked me to let you know it'll be settled by Friday week. He's waiting on the tourism grant to clear first, but he's confident it will.

Fiona""", "bookkeeper for a client, UK idiom: 'by Friday week' (Friday of next week), waiting on a grant (reply Wed 4 Feb)", hard=1,
  d="2032-02-04 10:45", prom=NXT("2032-02-04", "fri", 1), nosig=1)
H("promise_to_pay", "en", "brewed", """will pay tomorrow first thing, I swear!! the holidays ate my brain""",
  "Portland café: tomorrow first thing (reply Mon 5 Jan)", d="2032-01-05 21:10", prom="2032-01-06", nosig=1)
H("promise_to_pay", "en", "vogel", """Hello,

excuse the late answer. We will transfer the amount next week Tuesday, when our managing director has signed the payments.

Kind regards""", "German firm writing English: 'next week Tuesday' (reply Thu 12 Feb)", hard=1, d="2032-02-12 15:50",
  prom=NXT("2032-02-12", "tue"))

# =========================================================================== not_received (19)
H("not_received", "fr", "dasilva", """Bonjour

moi j'ai jamais vu cette facture, ni par courrier ni par mail. Renvoyez la et je regarde.""",
  "plumber: never saw the invoice, by post or email", d="2031-12-09 07:15", nosig=1)
H("not_received", "fr", "chromo", """Bonjour,

Aucune facture portant ce numéro n'a été déposée sur Chorus Pro à destination de notre établissement (SIRET 261 800 000 00010). Depuis le 1er janvier, les factures transmises par courriel ou par courrier ne sont plus traitées.

Merci de procéder au dépôt pour que nous puissions la prendre en charge.

Cordialement,""", "hospital: nothing deposited on Chorus Pro", d="2032-01-14 10:05")
H("not_received", "fr", "univvs", """Bonjour,

Nous ne trouvons aucune trace de cette facture dans nos outils. Merci de la déposer sur Chorus Pro avec le numéro d'EJ (engagement juridique) 2100045612 ; sans ce numéro, elle serait rejetée automatiquement.

Cordialement,""", "university: no trace, deposit it on Chorus Pro with the EJ number", d="2031-10-28 15:20")
H("not_received", "fr", "moreau", """Bonjour,

Impossible d'ouvrir votre PDF, j'ai un message « fichier endommagé » sur les deux ordinateurs du garage. Vous pouvez la renvoyer ?

Cordialement,""", "garage: attachment damaged", d="2032-02-24 17:50", cs="windows-1252")
H("not_received", "fr", "hoteldulac", """Bonjour,

Nous avons bien votre rappel mais pas la facture elle-même : votre courriel ne contenait aucune annexe, et nous ne l'avons pas reçue par la poste. Merci de nous l'envoyer à nouveau, avec l'annexe cette fois.

Avec nos meilleures salutations,""", "Swiss hotel: the reminder carried no attachment ('annexe')", d="2032-03-02 09:20")
H("not_received", "fr", "arvalis", """Bonjour,

Nous n'avons aucune facture à ce numéro dans notre outil de traitement. Sans numéro de commande (format 45xxxxxxxx), elle a très probablement été rejetée à la numérisation et ne nous est jamais parvenue. Merci de nous la renvoyer en y portant le bon de commande.

Cordialement,""", "distributor AP: not in the tool, probably rejected at scanning without PO, resend", hard=1,
  d="2032-02-10 11:40", m="related")
H("not_received", "fr", "jardins", """Bonjour,

On a changé de boîte mail au printemps et la facture est peut-être partie sur l'ancienne ?? En tout cas je ne l'ai pas. Pouvez-vous la renvoyer à cette adresse-ci, je la mettrai dans le classeur.

Bernadette""", "association: probably went to the old mailbox, asks to resend here", hard=1, d="2031-10-06 20:25",
  nosig=1, firm="vasseur")
H("not_received", "fr", "castagne", """C'est pour quoi cette facture ? Je l'ai pas dans mes papiers. Envoyez-moi le détail""",
  "butcher, question form: does not have the invoice, asks for it", hard=1, d="2032-01-21 06:50", nosig=1)
H("not_received", "fr", "oblique", """> Nous vous remercions par avance de votre règlement.

Encore faudrait-il l'avoir reçue, cette facture ! Ni courrier ni courriel chez nous.

> En cas de désaccord ou de question, n'hésitez pas à nous contacter.

Voilà qui est fait : merci de nous la renvoyer, et pas en lien de téléchargement s'il vous plaît, notre pare-feu les bloque.

Margaux""", "architects, inline answers: never received, asks a resend", hard=1, pos="raw", d="2031-10-09 12:15", nosig=1)
H("not_received", "fr", "taxilucas", """j'ai rien recu moi, vous l'avez envoyee ou ?""",
  "taxi driver, question form: nothing received, where was it sent?", hard=1, d="2031-12-22 08:05", nosig=1)
H("not_received", "en", "northgate", """Good afternoon,

Our ledger holds no invoice with this number. All invoices must be submitted to our scanning mailbox quoting a valid Northgate PO number; please resubmit and it will be processed on receipt.

Kind regards,""", "UK retailer AP: no record, resubmit with a PO", d="2031-10-27 14:50")
H("not_received", "en", "kaveri", """Dear Sir/Madam,

We have not received the captioned invoice till date. Kindly resend the same along with the packing list for our records so that we can process at the earliest.

Thanks & Regards,""", "Indian firm: invoice not received till date, asks it with the packing list", d="2031-12-01 12:10")
H("not_received", "en", "vogel", """Hello,

the attachment of your mail is only the Mahnung (reminder) text, the invoice itself is not included. Please send us the invoice as PDF.

Kind regards""", "German firm writing English: only the reminder, no invoice attached", d="2032-01-08 10:30")
H("not_received", "en", "bondi", """Hi,

I've been through our inbox and Xero and can't find this one anywhere. Could you flick it through again?

Thanks,
Jess""", "Sydney firm: cannot find it in the inbox or Xero", d="2032-02-19 09:35", nosig=1)
H("not_received", "en", "westmoor", """Dear Supplier,

This invoice has not been received by Accounts Payable. Please note that invoices must quote a Westmoor purchase order number and be sent to the invoice mailbox shown on the PO; invoices sent to departments are not forwarded to us.

Kind regards,""", "UK university: not received by AP, must quote the PO", d="2031-11-19 15:05")
H("not_received", "en", "birchwood", """Hello,

Our AP system shows nothing under this invoice number. Kindly resend it to this mailbox and include the property name and the work order number in the subject line.

Thank you,""", "Chicago AP: cannot locate it, resend with property and work order", d="2032-03-16 10:25",
  m="html", lvl=2)
H("not_received", "en", "marina", """Hello,

We did not receive any invoice, only this message. Maybe it went to the spam? Please send again and I pass it to the gestoría.

Lucía""", "Spanish hostel: only this message, no invoice", d="2031-10-29 18:05", nosig=1, firm="vasseur")
H("not_received", "en", "alpenglow", """Hi,

We'll pay F-2032-0441 on Friday as agreed with your colleague. However, the second invoice your reminder mentions for the January work (F-2032-0442) never reached us - could you send a copy?

Best regards,
Reto""", "Swiss firm: promise for one invoice, the second never received (not_received wins, both listed)",
  hard=1, d="2032-02-16 11:50", nosig=1, rinv="F-2032-0441", inv=["F-2032-0441", "F-2032-0442"])
H("not_received", "en", "brewed", """umm I don't think I ever got an invoice from you guys? just the quote back in October. can you resend?""",
  "Portland café: only the quote, never the invoice", hard=1, d="2031-11-18 14:40", nosig=1)

# =========================================================================== dispute (20)
H("dispute", "fr", "dasilva", """Je paierai quand vous aurez fini. Le chauffe-eau fuit toujours au raccord, je vous l'ai dit au téléphone deux fois.""",
  "plumber: will pay when the job is finished, the water heater still leaks", hard=1, d="2031-11-27 18:45", nosig=1)
H("dispute", "fr", "petrin", """Bonjour,

Pas de souci pour régler, dès que j'aurai reçu l'avoir pour les deux plaques de cuisson qu'on vous a retournées en novembre. On en avait parlé avec Julien au téléphone, il devait s'en occuper.

Bonne journée,
Léa""", "baker: will pay once the credit note for returned items arrives (reassuring but a dispute)", hard=1,
  d="2031-12-10 15:10", nosig=1)
H("dispute", "fr", "moreau", """Bonjour,

Votre facture ne colle pas avec le devis qu'on a signé : 2 180 € HT sur le devis, 2 640 € HT sur la facture. Il faut nous la refaire au bon montant.

Cordialement,""", "garage: invoice above the accepted quote, asks a corrected invoice", d="2031-10-13 16:30")
H("dispute", "fr", "chromo", """Bonjour,

Nous rejetons votre facture : le prix unitaire facturé (48,50 € HT) ne correspond pas à celui du marché n° 2030-017 (42,00 € HT). Merci d'émettre un avoir et une nouvelle facture au prix du marché.

Cordialement,""", "hospital: unit price differs from the public contract, credit note and new invoice", d="2032-02-03 09:40")
H("dispute", "fr", "aubertin", """Bonjour,

Notre client, M. Lebrun (Transports Lebrun), conteste la ligne « déplacement et main-d'œuvre » de votre facture : il s'agissait d'une intervention sous garantie, la machine ayant été installée en juin. Il réglera le matériel, pas le reste.

Bien cordialement,""", "accountant for a client: labour billed on a warranty repair", hard=1, d="2031-11-25 16:05")
H("dispute", "fr", "dewinter", """Bonjour Madame, Monsieur,

Nous vous remercions pour votre rappel et pour la qualité du travail de vos équipes. Nous nous permettons toutefois de vous signaler que seuls quatorze des dix-huit bacs prévus ont été livrés à ce jour ; nous souhaiterions donc ne régler que ce qui a été effectivement reçu.

Nous vous saurions gré de nous faire parvenir une facture corrigée.

Bien à vous,""", "Belgian firm, polite: only 14 of 18 planters delivered, wants to pay what was received", hard=1,
  d="2031-12-04 10:50", firm="vasseur")
H("dispute", "fr", "ombeline", """vous m avez facture 3 jardinieres alors que j en ai garde que 2, la 3e est repartie avec votre livreur parce qu elle etait fendue""",
  "florist, no accents: billed three planters, kept two", hard=1, d="2032-01-29 19:30", nosig=1, firm="vasseur")
H("dispute", "fr", "valorge", """Bonjour,

Bravo pour la relance, elle est arrivée bien plus vite que le réparateur. Le portail électrique ne ferme toujours pas, on l'attache avec une chaîne tous les soirs.

On réglera avec plaisir un portail qui ferme.

Sandrine""", "riding stable, ironic: gate still does not close, will pay once it works", hard=1, d="2032-02-26 19:55",
  nosig=1, firm="vasseur")
H("dispute", "fr", "kergoat", """Bonjour,

Les plans de travail en chêne ont été livrés avec deux éclats sur la tranche. Je vous ai envoyé les photos le 14 et je n'ai eu aucune réponse. Pas de règlement avant remplacement.

Yann""", "cabinet-maker: worktops delivered chipped, no payment before replacement", d="2031-10-23 13:35", nosig=1)
H("dispute", "fr", "univvs", """Bonjour,

Le montant de votre facture (4 140,00 € TTC) dépasse celui du bon de commande (engagement de 3 600,00 € TTC). Le service fait ne peut être certifié que dans la limite du montant commandé.

Merci d'émettre une facture dans la limite de l'engagement, ou de nous transmettre le devis complémentaire signé par le laboratoire.

Cordialement,""", "university: invoice above the purchase order, service fait capped", d="2031-12-11 10:15",
  q="origine_fr")
H("dispute", "en", "northgate", """Good morning,

This invoice is on hold: PO NR-451906 was raised for 40 units and the invoice is for 46. We need either an amended invoice for 40 units or a credit note covering the 6 extra.

Kind regards,""", "UK retailer AP: quantity above the PO, on hold", d="2031-12-15 09:25")
H("dispute", "en", "kaveri", """Dear Sir,

We regret to inform that the consignment received was short by 2 cartons against the invoice quantity. Kindly raise a credit note against the shortage, after which the balance payment will be released immediately.

Regards,""", "Indian firm: short delivery, balance released after a credit note (sounds like a promise)", hard=1,
  d="2032-02-20 12:55")
H("dispute", "en", "hollins", """I'm not paying for a job half done mate. Scaffold's still up and your lads haven't been back since the 3rd""",
  "roofer: job half done, scaffold still up", d="2031-12-12 17:25", nosig=1)
H("dispute", "en", "bellini", """Good morning,

We thank you for the reminder. We would like to point out, with all respect, that the price list applied on the invoice is the 2032 one, while our order was confirmed in December 2031 with the previous prices. We kindly ask you to correct the invoice.

Best regards""", "Italian firm, polite: new price list applied to an order confirmed at the old prices", hard=1,
  d="2032-01-22 09:45")
H("dispute", "en", "westmoor", """Dear Supplier,

We are unable to goods-receipt this invoice: the School of Engineering advises that the installation has not been signed off, as the extraction unit failed its commissioning test. The invoice will remain on hold until the department confirms the work is complete.

Kind regards,""", "UK university: installation not signed off, invoice on hold", d="2032-03-11 13:40")
H("dispute", "en", "bondi", """Hi,

Bit confused by this one - we cancelled the second marquee booking back in October and got an email from your team confirming it. Why are we being charged for it?

Jess""", "Sydney firm, question form: billed for a cancelled booking", hard=1, d="2031-12-09 10:20", nosig=1,
  firm="vasseur")
H("dispute", "en", "mapleridge", """The jackets arrived with the wrong logo colour (navy — we ordered forest green). We shipped them back on Nov 20. Until that's sorted we won't be paying this.

Colin""", "Canadian outfitter, bottom-posted: wrong colour, goods returned", hard=1, d="2031-12-01 16:35", nosig=1,
  pos="bottom")
H("dispute", "en", "aldhelm", """Dear Supplier,

This invoice has been disputed by the requisitioner. The maintenance contract was terminated with effect from 30 September 2031, yet the invoice covers October to December. Please cancel it by credit note.

Regards,""", "NHS trust: contract terminated, invoice covers the period after", d="2032-01-07 11:15")
H("dispute", "en", "vogel", """Hello,

the hours on your invoice (38) are more than on the time sheets signed by our foreman (31). We have paid today the 31 hours. For the difference we expect a credit note from you.

Kind regards""", "German firm: paid the signed hours only, asks a credit note for the rest (partial payment)", hard=1,
  d="2031-11-20 14:25")
H("dispute", "en", "grantbk", """Hello,

Mr Fraser paid the deposit in September, but he says the balance isn't due yet: the boathouse doors still stick and he was promised a return visit that hasn't happened. He's happy to settle once that's done.

Kind regards,
Fiona""", "bookkeeper for a client: balance withheld until a promised return visit (sounds reassuring)", hard=1,
  d="2031-10-17 11:00", nosig=1, firm="vasseur")

# =========================================================================== payment_difficulty (19)
H("payment_difficulty", "fr", "dasilva", """Bonjour

c'est tendu niveau treso, un gros client m'a planté sur un chantier. Je peux vous faire en 3 fois ? 400 le 5 décembre, 400 en janvier et le reste en février.

Da Silva""", "plumber: three instalments, the first on 5 December", d="2031-11-26 20:30", prom="2031-12-05", nosig=1)
H("payment_difficulty", "fr", "petrin", """Bonjour,

J'ai préparé un petit planning pour ne pas vous laisser sans nouvelles : 250 € le 15 de chaque mois à partir de janvier, jusqu'à ce que la facture soit soldée. Le four neuf nous a coûté plus cher que prévu cet hiver.

Ça vous va ?
Léa""", "baker: a plan that is an instalment request, first on 15 January", hard=1, d="2031-12-19 16:40",
  prom="2032-01-15", nosig=1)
H("payment_difficulty", "fr", "moreau", """Bonjour,

Pour information, le tribunal de commerce de Niort a ouvert le 3 février 2032 un redressement judiciaire à l'encontre de la SAS Garage Moreau Frères. Toute dette née avant ce jugement est gelée et il nous est interdit de la régler directement.

Votre créance est à déclarer au mandataire désigné, la SELARL Antoine & Mercier : creances@antoine-mercier-mj.fr

Cordialement,""", "garage in receivership: declare the claim to the mandataire", d="2032-02-11 10:35",
  nc="creances@antoine-mercier-mj.fr")
H("payment_difficulty", "fr", "jardins", """Bonjour,

Nous sommes suspendus à la subvention du Département, qui a pris beaucoup de retard cette année. Tant qu'elle n'est pas arrivée, la caisse est vide. Pourrions-nous attendre le mois de mars pour régler ?

Bernadette""", "association: waiting for a subsidy, asks to wait until March (no date)", d="2032-01-20 17:45",
  nosig=1, firm="vasseur")
H("payment_difficulty", "fr", "aubertin", """Bonjour,

Notre client, la SARL Caux Primeurs, traverse une période difficile depuis la fermeture du marché de gros. Il souhaiterait étaler le règlement sur quatre mois, premier versement le 31 janvier.

Pouvez-vous nous confirmer votre accord ?

Bien cordialement,""", "accountant for a client: four monthly instalments, first on 31 January", d="2032-01-06 14:55",
  prom="2032-01-31")
H("payment_difficulty", "fr", "hoteldulac", """Bonjour,

La saison d'automne a été très mauvaise et l'hôtel est fermé jusqu'à mi-décembre. Pourrions-nous décaler notre paiement au 20 décembre, jour de notre réouverture ?

Avec nos meilleures salutations,""", "Swiss hotel: asks to postpone to 20 December", d="2031-11-12 11:25", prom="2031-12-20")
H("payment_difficulty", "fr", "ombeline", """franchement je peux pas la. le magasin a ete inonde fin octobre et l assurance a toujours pas paye. je vous paierai des que j ai l argent, je suis pas partie""",
  "florist, no accents: shop flooded, insurer has not paid, will pay when she can (no date)", hard=1,
  d="2031-11-28 21:50", nosig=1, firm="vasseur")
H("payment_difficulty", "fr", "castagne", """Bonjour,

Je vous réponds un peu longuement, excusez-moi. Décembre, c'est notre gros mois : les commandes de chapons, les foies gras, les rôtis de fête, on travaille de 5 h à 21 h. Mon apprenti s'est cassé le poignet la semaine dernière, donc je suis seul au laboratoire, et la chambre froide que vous avez installée tourne à plein, elle marche très bien d'ailleurs.

Bref, pour être honnête avec vous, je n'aurai pas de quoi régler la totalité avant les fêtes. Je peux faire la moitié le 23 décembre et le reste mi-janvier, quand les clients professionnels m'auront payé.

P. Castagné""", "butcher, long: the request (half on 23 December) comes in the last paragraph", hard=1,
  d="2031-12-08 21:15", prom="2031-12-23", nosig=1)
H("payment_difficulty", "fr", "kergoat", """Bonjour,

Mon compte est bloqué par la banque suite à une saisie de l'URSSAF, je ne peux faire aucun virement pour l'instant. Normalement ça se débloque dans deux ou trois semaines, je vous tiens au courant.

Yann""", "cabinet-maker: account frozen by a social-security seizure, two or three weeks (no date)", hard=1,
  d="2032-03-03 12:40", nosig=1)
H("payment_difficulty", "fr", "valorge", """Bonjour,

L'hiver est toujours difficile pour l'écurie, les pensions ne rentrent pas toutes. Accepteriez-vous deux chèques, l'un daté du 10 février et l'autre du 10 mars ? Je peux vous les envoyer cette semaine.

Sandrine""", "riding stable: two post-dated cheques, first on 10 February", d="2032-01-26 20:05", prom="2032-02-10",
  nosig=1, firm="vasseur")
H("payment_difficulty", "en", "hollins", """Honest answer, I haven't got it right now. Van got written off last month and the insurance are dragging their feet. Can I do 200 a week from Friday till it's cleared?""",
  "roofer: 200 a week from Friday (reply Tue 13 Jan)", d="2032-01-13 18:20", prom=NXT("2032-01-13", "fri"), nosig=1)
H("payment_difficulty", "en", "kaveri", """Dear Sir,

Due to liquidity constraints arising from delayed export receivables, we request you to kindly allow us an extension of 45 days for the subject invoice. We value our association and assure you of our commitment.

Regards,""", "Indian firm: liquidity constraints, asks a 45-day extension (no date)", d="2031-10-15 13:05")
H("payment_difficulty", "en", "birchwood", """Hello,

Per our Controller, we are requesting extended terms on this invoice due to a temporary cash flow constraint following our Q4 acquisition. We can remit on 2/27/2032.

Please advise if this is acceptable.

Thank you,""", "Chicago AP: cash-flow constraint, proposes 2/27/2032", hard=1, d="2032-01-15 09:50", prom="2032-02-27")
H("payment_difficulty", "en", "brewed", """okay real talk — winter is brutal for us, foot traffic is way down since the roadworks started. could we split it in two? some now-ish and the rest in March?""",
  "Portland café: asks to split in two, 'now-ish' and March (no date)", hard=1, d="2032-01-28 15:15", nosig=1)
H("payment_difficulty", "en", "marina", """Hello,

The hostal is closed in winter and we have no income until Easter. Is it possible that we pay you in April when we open again?

Thank you for understanding,
Lucía""", "Spanish hostel: closed in winter, asks to pay in April (no date)", d="2031-12-17 12:30", nosig=1,
  firm="vasseur")
H("payment_difficulty", "en", "grantbk", """Hello,

I'm writing on behalf of my client, Strathglass Cabins Ltd. I'm sorry to tell you that the company entered administration on 12 January. The directors can no longer make any payments to creditors themselves.

Claims should be lodged with the joint administrators at claims@mackinnon-insolvency.co.uk, quoting the company name.

Kind regards,
Fiona""", "bookkeeper: her client entered UK administration, claims to the administrators", hard=1,
  d="2032-01-19 09:30", nosig=1, nc="claims@mackinnon-insolvency.co.uk")
H("payment_difficulty", "en", "bondi", """Hi,

Sorry, Jess here. Our biggest client has gone into liquidation owing us a fortune, and it's left a real hole. We'll absolutely pay you - we just need until the end of February. Would that be OK?

Jess""", "Sydney firm, sounds reassuring: a client's liquidation, asks until the end of February (2032 is a leap year)",
  hard=1, d="2032-01-22 08:40", prom="2032-02-29", nosig=1)
H("payment_difficulty", "en", "mapleridge", """Hey,

Could we set up a payment plan on this one? Something like 500 a month starting January 15? Shoulder season has been slow.

Colin""", "Canadian outfitter: monthly plan from January 15", d="2031-12-11 18:50", prom="2032-01-15", nosig=1)
H("payment_difficulty", "en", "bellini", """Good morning,

our bank has refused to increase our credit line and we are living a delicate moment. We propose to pay 50% on 15 February and the balance on 15 March, if you agree.

Best regards""", "Italian firm: credit line refused, half on 15 February", d="2032-01-30 10:05", prom="2032-02-15")

# =========================================================================== wrong_contact (19)
H("wrong_contact", "fr", "dasilva", """c'est plus moi qui fait la compta c'est ma femme, ecrivez lui sur sandra.dasilva@orange.fr, moi je suis sur les chantiers""",
  "plumber: his wife does the books now", d="2032-02-18 19:55", nosig=1, nc="sandra.dasilva@orange.fr")
H("wrong_contact", "fr", "moreau", """Bonjour,

Les travaux de l'atelier de peinture ont été commandés par la Carrosserie Moreau, qui est une société distincte du garage avec sa propre comptabilité. Pour cette facture et ses relances, c'est à compta@carrosserie-moreau79.fr qu'il faut écrire.

Cordialement,
Bernard Moreau""", "garage: the body shop, a separate company, placed the order", d="2031-10-10 15:25", nosig=1,
  nc="compta@carrosserie-moreau79.fr")
H("wrong_contact", "fr", "stjory", """Bonjour,

Les travaux d'aménagement des abords de la salle des fêtes ont été commandés par la Communauté de communes des Coteaux, et non par la commune. Merci d'adresser votre facture et vos relances à finances@cc-coteaux-jory.fr.

Cordialement,""", "town hall: the inter-municipal body placed the order", d="2031-12-05 09:35", firm="vasseur",
  nc="finances@cc-coteaux-jory.fr")
H("wrong_contact", "fr", "univvs", """Bonjour,

Notre service n'est pas le bon destinataire : le laboratoire qui a passé cette commande est une unité mixte dont la gestion financière relève de l'organisme partenaire. Merci de transmettre votre facture et votre relance à factures@dr-sudouest-recherche.fr.

Cordialement,""", "university: the lab is managed by a partner research body", d="2032-02-25 16:15",
  nc="factures@dr-sudouest-recherche.fr")
H("wrong_contact", "fr", "aubertin", """Bonjour,

Le cabinet n'assure plus la tenue comptable de la SARL Kerbrat depuis le 30 septembre. Nous ne sommes donc pas en mesure de donner suite à votre relance. Le nouveau cabinet de notre ancien client : contact@expertis-ouest.fr

Bien cordialement,""", "accountant no longer keeps the client's books: the new firm's address", d="2031-10-24 11:30",
  nc="contact@expertis-ouest.fr")
H("wrong_contact", "fr", "jardins", """Bonjour,

J'ai quitté le bureau de l'association lors de l'assemblée générale de novembre. La nouvelle trésorière est Mme Perrot, voici son adresse : m.perrot.jardins@gmail.com

Bonne continuation,
Bernadette""", "association: new treasurer since the general meeting", d="2031-12-02 10:05", nosig=1, firm="vasseur",
  nc="m.perrot.jardins@gmail.com")
H("wrong_contact", "fr", "dewinter", """Salut Koen,

C'est pour toi (dossier Tournai).

@Vasseur Paysage : merci d'écrire dorénavant à Koen pour tout ce qui concerne le chantier de Tournai, koen.claes@dewinter-menuiserie.be

Pieter""", "Belgian firm forwards to a colleague with us in Cc and redirects us", hard=1, d="2032-01-16 08:55",
  q="outlook_fr", subj="TR: {S}", to="Koen Claes <koen.claes@dewinter-menuiserie.be>", cc=VASSEUR, firm="vasseur",
  nc="koen.claes@dewinter-menuiserie.be", nosig=1)
H("wrong_contact", "fr", "arvalis", """Bonjour,

Ce fournisseur est rattaché à notre filiale Arvalis Négoce, qui tient sa propre comptabilité. Cette facture ne peut donc pas être prise en charge chez nous. Merci de renvoyer vos relances à compta.negoce@arvalis-negoce.fr.

Cordialement,""", "distributor AP: the subsidiary has its own accounts", d="2031-11-03 13:50",
  nc="compta.negoce@arvalis-negoce.fr")
H("wrong_contact", "fr", "castagne", """Bonjour,

Je suis le fils de M. Castagné. Mon père a pris sa retraite et m'a cédé la boucherie en janvier, mais cette facture date d'avant, c'est donc lui qu'il faut voir : jp.castagne@orange.fr

Cordialement,
Julien Castagné""", "butcher's son took over; the invoice predates it, write to the father", hard=1, d="2032-02-05 14:10",
  nosig=1, nc="jp.castagne@orange.fr", fname="Julien Castagné")
H("wrong_contact", "fr", "chromo", """Bonjour,

Cette adresse est réservée au dépôt des factures. Les relances et réclamations de paiement relèvent du comptable public de l'établissement : merci d'écrire au service de gestion comptable, sgc.romorantin@dgfip-centre.fr.

Cordialement,""", "hospital: reminders go to the public accountant, not to the invoice mailbox", hard=1,
  d="2032-03-18 10:45", nc="sgc.romorantin@dgfip-centre.fr")
H("wrong_contact", "en", "northgate", """Good afternoon,

Please note this mailbox is for invoice submission only. For payment queries and reminders, please contact apqueries@northgate-retail.co.uk, quoting the PO number.

Kind regards,""", "UK retailer AP: reminders go to the queries mailbox", d="2032-01-09 14:15",
  nc="apqueries@northgate-retail.co.uk")
H("wrong_contact", "en", "westmoor", """Dear Supplier,

This order was placed by the Westmoor Students' Union, which is a separate charity with its own finance office. Please redirect your invoice and reminders to finance@westmoorsu.org.uk.

Kind regards,""", "UK university: the students' union is a separate body", d="2031-10-31 10:20",
  nc="finance@westmoorsu.org.uk")
H("wrong_contact", "en", "hollins", """Not me mate, the Mill Lane job was for my brother's firm, Hollins & Son Building. Email Rob on rob@hollinsandson.co.uk""",
  "roofer: the job was for his brother's firm", d="2031-11-24 12:50", nosig=1, nc="rob@hollinsandson.co.uk")
H("wrong_contact", "en", "kaveri", """Dear Sir/Madam,

Kindly note that Mr. Ramesh Iyer has left the organisation. Henceforth please address all correspondence to our Finance Controller, Ms. Lakshmi Narayanan, at lakshmi.n@kaveritextiles.in.

Regards,""", "Indian firm: contact left, finance controller's address", d="2032-03-05 11:20",
  nc="lakshmi.n@kaveritextiles.in")
H("wrong_contact", "en", "vogel", """Hello,

I am not any more responsible for the accounting of Schreinerei Vogel. Since November it is done by our tax consultant office, invoices and reminders go now to rechnungen@stb-lehmann.de.

Kind regards""", "German firm: accounting moved to the tax consultant", d="2031-12-03 09:10",
  nc="rechnungen@stb-lehmann.de")
H("wrong_contact", "en", "grantbk", """Hi,

I stopped doing the books for Glen Affric Lodge at the end of October, so I'm afraid I can't help with this one. The owners can be reached on hello@glenaffriclodge.co.uk.

Fiona""", "bookkeeper no longer works for that client", d="2031-11-14 16:30", nosig=1,
  nc="hello@glenaffriclodge.co.uk")
H("wrong_contact", "en", "birchwood", """Marcus - this vendor did the work at the Evanston building, can you take it?

@Atelier Morel - please direct future correspondence for that property to evanston.ap@birchwoodpm.com.

Thanks,
Dwayne""", "Chicago AP forwards to a colleague with us in Cc and redirects us", hard=1, d="2031-10-07 10:40",
  q="outlook_en", subj="FW: {S}", to="Marcus Bell <m.bell@birchwoodpm.com>", cc=MOREL,
  nc="evanston.ap@birchwoodpm.com", nosig=1)
H("wrong_contact", "en", "alpenglow", """Hello,

Alpenglow Software AG was acquired by the Nordwind Group on 1 October. All supplier invoices are now handled centrally, please send this one and any future ones to ap@nordwind-group.com.

Best regards,
Reto""", "Swiss firm acquired: group AP address", d="2031-10-20 13:45", nosig=1, nc="ap@nordwind-group.com")
H("wrong_contact", "en", "aldhelm", """Dear Supplier,

St Aldhelm's does not process invoices directly; all our payables are handled by our shared business services provider. Please send this invoice and any reminders to staldhelms.invoices@sbs-payables.co.uk.

Regards,""", "NHS trust: invoices go to the shared business services provider", d="2031-11-26 14:00",
  nc="staldhelms.invoices@sbs-payables.co.uk")

# =========================================================================== auto_reply (15)
H("auto_reply", "fr", "stjory", """Bonjour,

Les services administratifs de la mairie sont fermés du 24 décembre au 2 janvier inclus. Les courriels reçus seront lus à partir du 3 janvier. Pour l'état civil en urgence, contactez la permanence au 05 61 00 00 01.

La mairie de Saint-Jory-les-Bois""", "town hall Christmas closure notice", d="2031-12-24 09:23", subj="Réponse automatique : {S}",
  hdr=MSX, firm="vasseur")
H("auto_reply", "fr", "chromo", """La cellule factures du Centre hospitalier de Romorantin accuse réception de votre envoi.

Rappel : seul un dépôt sur Chorus Pro permet le traitement d'une facture. Aucune réponse ne sera apportée aux messages envoyés à cette adresse.""",
  "hospital automatic acknowledgement (Chorus Pro reminder)", hard=1, d="2031-10-13 09:22",
  subj="Accusé de réception - {S}", hdr=AS)
H("auto_reply", "fr", "arvalis", """Bonjour,

Nous avons ouvert le dossier FRN-2031-118832 pour votre demande. Le délai moyen de traitement est de 5 jours ouvrés. Merci de rappeler cette référence dans tout échange.

Envoi automatique : les réponses à ce message ne sont pas lues.""", "distributor AP ticket acknowledgement", d="2031-11-17 09:21",
  subj="[FRN-2031-118832] {S}", hdr=PREC)
H("auto_reply", "fr", "aubertin", """Bonjour,

Absente pour les fêtes, retour au cabinet le 5 janvier. Pour les dossiers urgents, vous pouvez contacter ma collègue Hélène Garnier (h.garnier@aubertin-expertise.fr).

Chloé Vasquez""", "accountant's holiday auto-reply with a temporary colleague (not a new contact)", d="2031-12-22 09:24",
  subj="Réponse automatique : {S}", hdr=LOOP("dossiers@aubertin-expertise.fr"))
H("auto_reply", "fr", "petrin", """Bonjour ! Le fournil prend ses vacances du 5 au 20 janvier, on rouvre le 21 ! Je lirai vos messages à mon retour. Bonne année !

Léa""", "baker's Gmail vacation responder, no special header", hard=1, d="2032-01-06 09:25", subj="Re: {S}")
H("auto_reply", "fr", "hoteldulac", """Mesdames, Messieurs,

Notre établissement est fermé pour la saison du 2 novembre au 14 décembre. Le bureau de la comptabilité est occupé le mardi matin uniquement. Merci de votre compréhension.

Hôtel du Lac Sàrl""", "Swiss hotel seasonal closure, no special header", hard=1, d="2031-11-04 09:24", subj="RE: {S}")
H("auto_reply", "fr", "univvs", """Cette boîte aux lettres n'est plus consultée depuis le 1er janvier 2032. Le service facturier a fusionné avec la direction des achats : merci d'écrire désormais à sfact.achats@univ-valdeseine.fr.

Message automatique.""", "automatic notice of a closed mailbox with the permanent replacement address (auto_reply with new contact)",
  hard=1, d="2032-01-12 09:22", subj="Réponse automatique : {S}", hdr=AS, nc="sfact.achats@univ-valdeseine.fr")
H("auto_reply", "fr", "kergoat", """Bonjour,
Je suis au salon du meuble à Paris jusqu'au 1er février, et je ne relève presque pas mes courriels. Réponse dès mon retour à l'atelier.
Yann Kergoat""", "cabinet-maker away at a trade fair, Roundcube vacation header", d="2032-01-28 09:25",
  subj="Absence : {S}", hdr=XAR)
H("auto_reply", "en", "northgate", """Thank you for contacting Northgate Retail Accounts Payable. Your email has been logged under reference APQ-779310. This mailbox does not accept replies. Expect an answer from the team within 10 working days.""",
  "UK retailer AP ticket acknowledgement without our subject or invoice", d="2031-11-10 08:21",
  subj="Northgate AP - your query has been logged [APQ-779310]", hdr=AS, inv="")
H("auto_reply", "en", "westmoor", """Accounts Payable is closed from 23 December to 2 January. Messages received during the closure will be handled in date order once we reopen.""",
  "UK university Christmas closure", d="2031-12-29 08:23", subj="Automatic reply: {S}", hdr=MSX)
H("auto_reply", "en", "kaveri", """Dear Sender,

Our office will remain closed from 13th November to 18th November on account of Diwali. We will revert to your mail on reopening.

Wishing you a happy Diwali!
Accounts Department""", "Indian firm Diwali closure, no special header", hard=1, d="2031-11-14 13:55", subj="RE: {S}")
H("auto_reply", "en", "bondi", """Hi there! The Bondi Bay Events office is closed for the summer break from 22 December and reopens on 12 January. We'll reply as soon as we're back. Happy holidays!""",
  "Sydney firm summer-break Gmail responder, no special header", hard=1, d="2031-12-23 19:25", subj="Re: {S}")
H("auto_reply", "en", "birchwood", """Out for the Thanksgiving holiday, back at my desk Monday, December 1. For urgent AP matters please call our main line at (312) 555-0174.""",
  "Chicago AP Thanksgiving out-of-office", d="2031-11-27 02:24", subj="Automatic reply: {S}",
  hdr=LOOP("ap@birchwoodpm.com"))
H("auto_reply", "en", "vogel", """Ich bin bis zum 9. Januar im Urlaub und lese meine E-Mails danach.

On holiday until 9 January, I will read my e-mails after that.

Monika Brandt""", "German/English out-of-office (counted English)", d="2032-01-02 09:24", subj="Abwesenheitsnotiz: {S}",
  hdr=MSX)
H("auto_reply", "en", "marina", """La oficina permanece cerrada hasta el 7 de enero.
The office stays closed until 7 January.""",
  "Spanish/English out-of-office, no special header (counted English)", hard=1, d="2031-12-30 09:25",
  subj="Re: {S}", firm="vasseur")

# =========================================================================== bounce (8)
BNC("ionos", "contact@menuiserie-rabier.fr", "IONOS notice in French: mailbox does not exist", lang="fr",
    d="2031-10-15 09:02", subj="Message non délivré : {S}",
    frm="Mail Delivery System <mailer-daemon@kundenserver.de>", rep="mrelayeu.kundenserver.de", status="5.1.1",
    text="Ceci est le système de messagerie de IONOS.\n\nVotre message n'a pas pu être distribué au(x) destinataire(s) suivant(s) :\n\n{R}\n\nRaison : l'adresse de destination n'existe pas.\n\nLe message d'origine est joint à ce rapport.",
    diag="550 5.1.1 <contact@menuiserie-rabier.fr>: Recipient address rejected: mailbox unavailable",
    remote="mx00.ionos.fr")
BNC("laposte", "famille.guerin44@laposte.net", "La Poste webmail notice in French: mailbox full", lang="fr",
    d="2031-11-19 09:03", subj="Échec de la remise du message : {S}", status="4.2.2", action="failed", hard=1,
    frm="MAILER-DAEMON@laposte.net (Système de remise)", rep="smtp-out.laposte.net",
    text="Votre message n'a pu être remis à son destinataire après plusieurs tentatives.\n\nDestinataire : {R}\nMotif : la boîte aux lettres du destinataire est pleine.\n\nAucune nouvelle tentative ne sera effectuée.",
    diag="552 4.2.2 <famille.guerin44@laposte.net>: boite pleine / mailbox full", remote="mx.laposte.net")
BNC("zimbra", "compta@sarl-beaulieu-elec.fr", "Zimbra server in French, plain text with a copy of the original headers",
    lang="fr", d="2032-01-20 09:02", subj="Message non remis : {S}", shape="plain",
    frm="Postmaster <postmaster@mail.sarl-beaulieu-elec.fr>", rep="mail.sarl-beaulieu-elec.fr",
    orig_intro="------ En-têtes du message d'origine ------\n\n",
    text="Bonjour,\n\nCeci est un message du serveur de messagerie mail.sarl-beaulieu-elec.fr.\n\nLe message que vous avez envoyé à {R} n'a pas pu être distribué : ce compte a été désactivé.\n\nErreur renvoyée : 550 5.2.1 Account disabled")
BNC("free", "atelier.poterie.ml@free.fr", "Free notice in French: unknown user, second firm", lang="fr",
    d="2032-03-10 09:03", subj="Non distribuable : {S}", firm_rinv=1,
    frm="MAILER-DAEMON@smtp.free.fr (Mail Delivery System)", rep="smtp.free.fr", status="5.1.1",
    text="Le serveur de messagerie de Free n'a pas pu remettre votre message.\n\n<{R}> : utilisateur inconnu.\n\nLe message d'origine suit.",
    diag="550 5.1.1 <atelier.poterie.ml@free.fr>: Recipient address rejected: User unknown",
    remote="mx1.free.fr")
BNC("mimecast", "finance@harlowe-interiors.co.uk", "Mimecast rejection in English: recipient unknown", d="2031-10-29 09:02",
    subj="Undeliverable: {S}", rl="en", frm="Mimecast Postmaster <postmaster@mimecast.com>",
    rep="eu-smtp-delivery-1.mimecast.com", status="5.1.1",
    text="Your message could not be delivered.\n\nRecipient: {R}\nReason: Rejected by the recipient's server - recipient address does not exist.\n\nThis notification was generated by Mimecast on behalf of the recipient's organisation.",
    diag="550 5.1.1 User unknown - https://community.mimecast.com/docs/DOC-1369#550", remote="eu-smtp-inbound-1.mimecast.com")
BNC("proofpoint", "payables@ridgeway-foods.com", "Proofpoint (pphosted) English notice: blocked as policy, headers only, second firm",
    d="2031-12-10 09:04", subj="Delivery Status Notification (Failure)", rl="en", orig="headers", firm_rinv=1, hard=1,
    frm="Mail Delivery Subsystem <mailer-daemon@mx0a-00123456.pphosted.com>", rep="mx0a-00123456.pphosted.com",
    status="5.7.1",
    text="Delivery to the following recipient failed permanently:\n\n     {R}\n\nTechnical details of permanent failure:\nThe recipient's organisation does not accept mail from your domain (policy rejection).",
    diag="550 5.7.1 Message rejected by policy: sender domain not allowed", remote="mx0b-00123456.pphosted.com")
BNC("zoho", "billing@lumencraft.in", "Zoho Mail English notice: domain has no mail server", d="2032-02-05 09:02",
    subj="Undelivered Mail Returned to Sender", rl="en", frm="MAILER-DAEMON@mx.zoho.in", rep="mx.zoho.in",
    status="5.4.4", remote=None,
    text="This message was created automatically by the Zoho Mail delivery system.\n\nYour message to {R} could not be delivered.\nReason: the recipient domain has no valid mail exchanger (MX) record.",
    diag="554 5.4.4 Host not found for domain lumencraft.in")
BNC("fastmail", "hello@tidewaterprints.com.au", "Fastmail plain-text notice in English with a copy of the headers",
    d="2032-03-23 09:03", subj="Mail delivery failed", shape="plain", rl="en",
    frm="Mail Delivery System <MAILER-DAEMON@messagingengine.com>", rep="out3-smtp.messagingengine.com",
    orig_intro="------ This is a copy of the message's headers. ------\n\n",
    text="This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address failed:\n\n  {R}\n    SMTP error from remote mail server after RCPT TO:<{R}>:\n    550 5.1.1 No such user here")

# =========================================================================== other (20)
H("other", "fr", "dasilva", """bon je regarde avec mon comptable et je vous redis""",
  "plumber: will check with his accountant (no promise)", hard=1, d="2031-10-30 12:25", nosig=1)
H("other", "fr", "petrin", """Bonjour,

Pourriez-vous me renvoyer votre RIB avec le BIC ? Ma banque le réclame pour enregistrer un nouveau bénéficiaire.

Merci,
Léa""", "baker asks the bank details with BIC", d="2031-10-03 15:35", nosig=1)
H("other", "fr", "stjory", """Bonjour,

Avant tout paiement supérieur à 5 000 €, le comptable public nous demande une attestation de vigilance URSSAF de moins de six mois et un extrait Kbis. Pourriez-vous nous les transmettre ?

Cordialement,""", "town hall asks compliance certificates before payment (a request, no promise)", hard=1,
  d="2032-03-12 14:50", firm="vasseur")
H("other", "fr", "jardins", """Bonjour,

Merci, bien reçu. Je transmets au bureau, qui se réunit le mois prochain.

Bernadette""", "association: passes it to the board next month (no promise)", hard=1, d="2031-10-20 19:15", nosig=1,
  firm="vasseur")
H("other", "fr", "ombeline", """vous faites aussi les compositions pour les mariages ? ma fille se marie en juin, ce serait pour une centaine de personnes""",
  "florist: unrelated question about a wedding", d="2032-03-08 20:45", nosig=1, firm="vasseur")
H("other", "fr", "taxilucas", """vous pouvez m appeler ce soir apres 19h ? je conduis toute la journee""",
  "taxi driver: call-me request", d="2032-03-16 07:40", nosig=1)
H("other", "fr", "oblique", """Bonjour,

Bien reçu, merci. Nous changeons de logiciel comptable : pouvez-vous nous indiquer votre numéro SIREN pour que nous créions votre fiche fournisseur ?

Margaux""", "architects ask the SIREN number", d="2032-01-13 09:55", nosig=1)
H("other", "fr", "dewinter", """Bonjour,

Pourriez-vous nous communiquer un extrait de compte reprenant toutes les factures ouvertes ainsi que les paiements reçus depuis juillet ? Notre comptable en a besoin pour la clôture.

Bien à vous,""", "Belgian firm asks a statement of account", d="2031-12-17 10:20", firm="vasseur")
H("other", "fr", "univvs", """Bonjour,

Votre entreprise est-elle bien inscrite sur Chorus Pro ? Nous ne trouvons pas votre SIRET dans l'annuaire des fournisseurs et ne pouvons pas créer votre fiche tiers.

Cordialement,""", "university asks whether the firm is registered on Chorus Pro (question only)", hard=1,
  d="2031-11-06 11:35")
H("other", "fr", "moreau", """Bonjour,

Je transmets à mon frère, c'est lui qui signe les chèques. Il rentre de congé la semaine prochaine.

Cordialement,
Bernard""", "garage: passes it to his brother who signs cheques (no promise)", hard=1, d="2031-12-23 16:40", nosig=1)
H("other", "en", "hollins", """Give us a bell when you get a sec, easier than email. 07700 900123""",
  "roofer: call-me request", d="2032-02-12 07:35", nosig=1)
H("other", "en", "kaveri", """Dear Sir/Madam,

Kindly share your bank details on company letterhead, duly signed and stamped, along with a cancelled cheque or bank letter, for vendor registration in our system.

Regards,""", "Indian firm asks signed bank details for vendor registration", d="2031-10-09 11:50")
H("other", "en", "northgate", """Good morning,

Please could you confirm your Northgate supplier number? We need it to raise a query on your behalf.

Kind regards,""", "UK retailer AP asks the supplier number", d="2032-02-23 10:30")
H("other", "en", "westmoor", """Dear Supplier,

We need your VAT registration number, and to know whether this invoice should be treated as a reverse-charge supply from the EU? Our tax team needs this before we can book it.

Kind regards,""", "UK university asks a VAT question", d="2032-03-01 15:20")
H("other", "en", "mapleridge", """Got it, thanks. I'll bring it up with my business partner when she's back from the trade show.""",
  "Canadian outfitter: will raise it with his partner (no promise)", hard=1, d="2032-02-26 17:10", nosig=1)
H("other", "en", "bellini", """Dear,

we are preparing the annual closing. Can you send us the statement of the open items at 31/12/2031?

Best regards""", "Italian firm asks a statement at 31/12/2031", d="2032-01-12 11:40")
H("other", "en", "brewed", """hey totally unrelated but do you ship to the US? the stools you made for us are a hit, we want 4 more""",
  "Portland café: unrelated order enquiry", d="2032-03-19 13:05", nosig=1)
H("other", "en", "alpenglow", """Hello,

Our anti-fraud rules say no new supplier gets paid until we hold a bank confirmation letter for their IBAN. Could you send us one?

Best regards,
Reto""", "Swiss firm asks a bank confirmation letter (a request, no promise)", hard=1, d="2031-11-27 10:05", nosig=1)
H("other", "en", "grantbk", """Thanks, noted. I'll pass it on to the client at our next catch-up.

Fiona""", "bookkeeper will pass it on to the client (no promise)", hard=1, d="2032-03-24 12:15", nosig=1)
H("other", "en", "aldhelm", """Dear Supplier,

Could you confirm the name of the bank account exactly as it is held by your bank? Our new supplier verification process requires a name match before any payment details can be stored.

Regards,""", "NHS trust asks the exact account name", d="2032-02-17 14:25")

# --------------------------------------------------------------------------- a few wrapping variations
VARY = {
    "plumber, spoken style: transfer made last Tuesday": dict(crlf=1),
    "town hall: mandate issued, payment made by the public accountant on 18 November": dict(q="origine_fr"),
    "accountant writing for a client: cheque handed to the technician, cashed on 9 December": dict(m="html"),
    "Belgian joinery ('septante'): payment executed this Monday, asks to say if not found": dict(cs="iso-8859-1"),
    "florist, no accents: paid by card last night through the payment link": dict(lvl=2),
    "Indian textile firm: remitted on 05/11/2031 by SWIFT, asks confirmation": dict(lvl=2),
    "UK university AP: paid in the BACS run of 14 January": dict(crlf=1),
    "Sydney events firm: transfer sent on Tuesday, remittance attached": dict(q="gmail_en"),
    "garage: suppliers paid on the 10th, next one (reply 21 Oct)": dict(mislabel="cp1252-as-latin1"),
    "accountant for a client: transfer scheduled on 5 January": dict(lvl=2),
    "Swiss hotel ('nonante', 'acquittée'): paid at the end of the month": dict(crlf=1),
    "UK retailer AP: scheduled for Thursday's payment run (reply Mon 20 Oct)": dict(m="html"),
    "Italian ceramics firm: payment foreseen on 30 November (60 days end of month)": dict(q="origine_en", lvl=2),
    "UK university: matched to PO and receipt, BACS run on 6 February": dict(lvl=3),
    "hospital: nothing deposited on Chorus Pro": dict(lvl=2),
    "Indian firm: invoice not received till date, asks it with the packing list": dict(crlf=1),
    "garage: invoice above the accepted quote, asks a corrected invoice": dict(lvl=2),
    "hospital: unit price differs from the public contract, credit note and new invoice": dict(m="html"),
    "UK retailer AP: quantity above the PO, on hold": dict(lvl=2, crlf=1),
    "NHS trust: contract terminated, invoice covers the period after": dict(lvl=3),
    "cabinet-maker: worktops delivered chipped, no payment before replacement": dict(lvl=2),
    "garage in receivership: declare the claim to the mandataire": dict(lvl=3, cs="windows-1252"),
    "accountant for a client: four monthly instalments, first on 31 January": dict(lvl=3),
    "Indian firm: liquidity constraints, asks a 45-day extension (no date)": dict(lvl=2),
    "Italian firm: credit line refused, half on 15 February": dict(lvl=3),
    "distributor AP: the subsidiary has its own accounts": dict(crlf=1),
    "UK university: the students' union is a separate body": dict(m="html"),
    "German firm: accounting moved to the tax consultant": dict(lvl=2),
    "NHS trust: invoices go to the shared business services provider": dict(q="origine_en"),
    "Belgian firm asks a statement of account": dict(crlf=1),
    "Indian firm asks signed bank details for vendor registration": dict(lvl=2),
    "Italian firm asks a statement at 31/12/2031": dict(q="origine_en"),
    "town hall asks compliance certificates before payment (a request, no promise)": dict(lvl=2),
}
for _e in ENTRIES:
    _e.update(VARY.pop(_e["note"], {}))
assert not VARY, VARY

# =========================================================================== writer and checks
STEM = "holdout7_"


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
    random.Random(20320331).shuffle(order)
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


INV_RE = re.compile(r"^(F-2032-\d{4}|FA-2032-\d{3})$")


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
                problems.append(f"{r['file']}: invoice {inv} is not a 2032 number")
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
