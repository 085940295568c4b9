#!/usr/bin/env python3
"""Build the THIRD held-out labelled reply set (holdout3) for relancebot's reply classifier.

Every customer text below was written by hand for this set: new customers, new trades, new voices and
new wording (none copied from tests/corpus/replies/, tests/corpus/holdout/ or tests/corpus/holdout2/).
Only the *wrapping* is reused: this script imports tests/corpus/holdout2/build_holdout2.py, which imports
tests/corpus/holdout/build_holdout.py, which imports tests/corpus/replies/build_corpus.py, and calls their
helpers for client headers, quote styles, MIME shapes, charsets, attachments and bounce reports.
Added here: replies dated 20 September 2027 - 29 February 2028 with the end of summer time
(+0200 -> +0100 in France, Belgium and Germany and +0100 -> +0000 in the UK and Ireland on 31 October 2027;
-0400 -> -0500 in Québec and Vermont on 7 November 2027), invoices F-2028-NNNN and FA-2028-NNN (no overlap
with the other sets), new customers and new bounce texts.

Run:  .venv/bin/python tests/corpus/holdout3/build_holdout3.py
Deterministic; overwrites holdout3_*.eml and labels.tsv in this folder, then checks them.
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
_spec = importlib.util.spec_from_file_location("build_holdout2", OUT.parent / "holdout2" / "build_holdout2.py")
h2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(h2)  # defines holdout2's entries too (and, through it, holdout's); they are not used here
hb = h2.hb                      # build_holdout: YYYY-MM-DD dates, forward quote styles, ol_block
bc = h2.bc                      # build_corpus: the wrapping machinery (already patched by the two others)

bc.INV_POOL_F = [f"F-2028-{n:04d}" for n in range(101, 500)]
bc.INV_POOL_FA = [f"FA-2028-{n:03d}" for n in range(11, 160)]

DISCL_FR, DISCL_EN = bc.DISCL_FR, bc.DISCL_EN
DISCL_DE = ("Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
            "Sie bitte sofort den Absender und vernichten Sie diese E-Mail. / This e-mail contains confidential "
            "information. If you are not the intended recipient, please notify the sender and delete this e-mail.")
DISCL_BE = ("Les informations contenues dans ce courriel sont réservées à l'usage du destinataire. Le présent "
            "message ne constitue pas un engagement de l'Administration communale, seuls les documents signés par "
            "le Directeur général et le Bourgmestre l'engagent.")

# key: (display name, address, client family, locale, signature) -- same shape as build_corpus.C
NEW3_C = {
    # ------------------------------------------------------------ French-speaking
    "garnier": ("Boulangeries Garnier - Comptabilité", "comptabilite@boulangeries-garnier.fr", "o365", "fr",
                "Service comptabilité fournisseurs\nBoulangeries Garnier SAS - Siège\n18 rue des Tanneurs, 37000 Tours\n"
                "02 47 00 18 18\n\n" + DISCL_FR),
    "garmercier": ("Garage Mercier", "garage.mercier72@orange.fr", "orange", "fr", ""),
    "vettilleuls": ("Clinique vétérinaire des Tilleuls", "accueil@veto-tilleuls.fr", "mac", "fr",
                 "Clinique vétérinaire des Tilleuls\nDrs Marchetti & Roussel\n21 avenue de la Gare, 21200 Beaune\n03 80 22 41 41"),
    "ape": ("APE Jules-Ferry", "ape.ecolejulesferry@gmail.com", "gmail", "fr",
            "Aurélie Pasquier\nTrésorière de l'APE de l'école Jules-Ferry"),
    "delattre": ("Delattre Immobilier - Gestion locative", "gestion@delattre-immobilier.fr", "o365", "fr",
                 "Laetitia Brunel\nGestionnaire locative\nDelattre Immobilier\n5 place du Marché aux Poulets, 59000 Lille\n03 20 55 00 00"),
    "lexis": ("Lexis Traductions", "admin@lexis-traductions.fr", "tb", "fr",
              "Hélène Vautier\nLexis Traductions - traduction et interprétariat\n9 quai des Bateliers, 67000 Strasbourg"),
    "berthier": ("Comptabilité - Berthier Matériaux", "compta.fournisseurs@berthier-materiaux.fr", "outlook", "fr",
                 "Comptabilité fournisseurs\nBerthier Matériaux - Négoce bois et matériaux de construction\n"
                 "ZI des Gravières, 71100 Chalon-sur-Saône\n03 85 46 00 00"),
    "kernel": ("Kernel Conseil - Achats", "achats@kernel-conseil.fr", "gmail", "fr",
               "Julien Ferrand\nAchats & comptabilité fournisseurs\nKernel Conseil SAS - Conseil et intégration IT, Lyon"),
    "chauvenet": ("Domaine Chauvenet", "domaine.chauvenet@icloud.com", "apple", "fr", ""),
    "lavoie": ("Boiseries Lavoie inc.", "comptes@boiserieslavoie.ca", "outlook", "fr",
               "Nathalie Bergeron\nComptes fournisseurs\nBoiseries Lavoie inc.\nSherbrooke (Québec)\n819 555-0148"),
    "marbais": ("Commune de Marbais-la-Roche - Finances", "finances@marbais-la-roche.be", "outlook", "fr",
                "Service des Finances\nAdministration communale de Marbais-la-Roche\nPlace communale 1 - 5080 Marbais-la-Roche\n"
                "+32 81 40 00 00\n\n" + DISCL_BE),
    "bde": ("BDE EIC Chablais", "bde@eic-chablais.fr", "gmail", "fr", "Le BDE de l'École d'ingénieurs du Chablais"),
    "glycines": ("EHPAD Les Glycines - Direction", "direction@ehpad-glycines.fr", "o365", "fr",
                 "Direction\nEHPAD Les Glycines\n12 rue des Écoles, 49300 Cholet\n02 41 00 00 00"),
    "pinsbleus": ("Camping Les Pins Bleus", "contact@camping-pinsbleus.fr", "roundcube", "fr", ""),
    "lise": ("Fleurs de Lise", "fleursdelise.fleuriste@gmail.com", "android", "fr", ""),
    "glisse": ("Glisse et Montagne", "glissemontagne@yahoo.fr", "yahoo", "fr", ""),
    # ------------------------------------------------------------ English-writing
    "hoffmann": ("Hoffmann Antriebstechnik GmbH - Kreditoren", "kreditoren@hoffmann-antriebe.de", "outlook", "de",
                 "Mit freundlichen Grüßen / Kind regards\nKatrin Vogt\nKreditorenbuchhaltung / Accounts Payable\n"
                 "Hoffmann Antriebstechnik GmbH\nIndustriestraße 14, 72760 Reutlingen\n"
                 "Geschäftsführer: Dr. Ulrich Hoffmann, Jens Hoffmann | Amtsgericht Stuttgart HRB 350112\n\n" + DISCL_DE),
    "fitz": ("Declan Fitzgerald", "fitzgeraldsbar@gmail.com", "gmail", "en", "Declan\nFitzgerald's Bar, Kilkenny"),
    "tullagh": ("Accounts Payable - Tullagh Software", "ap@tullaghsoftware.ie", "o365", "en",
                "Accounts Payable\nTullagh Software Ltd\nIDA Business Park, Galway\n\n" + DISCL_EN),
    "haigh": ("Sue Haigh", "accounts@haighandsons.co.uk", "outlook", "en",
              "Sue Haigh\nAccounts\nHaigh & Sons Builders' Merchants Ltd\nPellon Lane, Halifax HX1 5QA"),
    "corvid": ("Supplier Queries - Corvid Vets", "supplierqueries@corvidvets.co.uk", "o365", "en",
               "Supplier Queries Team\nCorvid Veterinary Group - Finance Shared Services\n\n" + DISCL_EN),
    "kilbarrow": ("Aoife Brennan", "finance@kilbarrowsu.ie", "gmail", "en",
                  "Aoife Brennan\nVP Finance & Services\nKilbarrow Students' Union"),
    "hartwell": ("Hartwell Lettings", "office@hartwelllettings.co.uk", "mac", "en",
                 "Hartwell Lettings & Property Management\n14 Milsom Street, Bath BA1 1DE"),
    "birch": ("Ellen Whitaker", "ellen@birchhollowinn.com", "gmail", "en", "Ellen Whitaker\nInnkeeper, Birch Hollow Inn\nStowe, VT"),
}
for _k in NEW3_C:
    assert _k not in bc.C, _k
bc.C.update(NEW3_C)

# sender's time zone: (offset before the end of summer time, offset after, switch date)
ZONE = {"fr": (120, 60, dt.date(2027, 10, 31)), "uk": (60, 0, dt.date(2027, 10, 31)),
        "us_e": (-240, -300, dt.date(2027, 11, 7))}
ZONE_OF = {"lavoie": "us_e", "birch": "us_e", "fitz": "uk", "tullagh": "uk", "haigh": "uk", "corvid": "uk",
           "kilbarrow": "uk", "hartwell": "uk"}
FIRST, LAST = dt.date(2027, 9, 20), dt.date(2028, 2, 29)


def tz_for(c: str, d: str) -> int:
    early, late, switch = ZONE[ZONE_OF.get(c, "fr")]
    day = dt.date.fromisoformat(d.split(" ")[0])
    return early if day < switch else late


ENTRIES: list[dict] = []
BOUNCES: list[dict] = []


def H(cat: str, lang: str, c: str, body: str, note: str, **kw) -> None:
    """One hand-written reply; keywords as in build_corpus.R, d= is 'YYYY-MM-DD HH:MM' (sender's local time)."""
    assert cat in bc.CATEGORIES, cat
    assert c in NEW3_C, c
    assert kw.get("d"), "every entry carries its date"
    assert FIRST <= dt.date.fromisoformat(kw["d"][:10]) <= LAST, kw["d"]
    kw.setdefault("tz", tz_for(c, kw["d"]))
    if bc.C[c][2] == "outlook" and bc.C[c][3] == "en":
        kw.setdefault("pre", "RE: ")  # build_corpus may pick the French "RE : " for any Outlook desktop
    ENTRIES.append(dict(cat=cat, lang=lang, c=c, body=body, note=note, **kw))


def BNC(kind: str, rcpt: str, note: str, **kw) -> None:
    assert FIRST <= dt.date.fromisoformat(kw["d"][:10]) <= LAST, kw["d"]
    BOUNCES.append(dict(cat="bounce", kind=kind, rcpt=rcpt, note=note, lang=kw.pop("lang", "en"), **kw))


AS, MSX, PREC, XAR, LOOP = bc.AS, bc.MSX, bc.PREC, bc.XAR, bc.LOOP
MOREL, VASSEUR = bc.FIRMS["morel"]["addr"], bc.FIRMS["vasseur"]["addr"]
ol_block, D = hb.ol_block, hb.D

# =========================================================================== already_paid (19)
H("already_paid", "fr", "garnier", """Bonjour,

Cette facture fait partie du virement groupé du 8 octobre (référence GARNIER-VIR-1008), qui couvrait aussi plusieurs factures de septembre passées par nos boutiques. Le détail par facture figure sur l'avis joint.

Cordialement,""", "bakery chain head office: paid in a grouped transfer of 8 October, advice attached", d="2027-10-12 10:40",
  att=[("Avis_paiement_GARNIER-VIR-1008.pdf", "pdf", "Avis de paiement fournisseurs - Boulangeries Garnier")], m="related")
H("already_paid", "fr", "garmercier", """Bonjour
Je vous ai fait un chèque vendredi, il est parti par la poste samedi matin. Si vous l'avez toujours pas mercredi appelez moi au garage.
P. Mercier""", "garage owner: cheque posted on Saturday", d="2027-11-15 08:05", nosig=1)
H("already_paid", "fr", "vettilleuls", """Bonjour,

Il me semble que le Dr Roussel l'a réglée directement par carte à votre technicien, le jour où il est venu réparer la porte du chenil. Je viens de lui demander entre deux consultations, il me dit que oui et qu'il a gardé le ticket de carte bleue, je vous le scanne dès que je le retrouve.

Bonne journée,
Manon, ASV""", "vet clinic assistant, hedged: the vet paid by card to our technician on the day", hard=1,
  d="2027-10-19 11:25", nosig=1)
H("already_paid", "fr", "ape", """Bonjour,

Je viens de reprendre la trésorerie de l'APE et j'ai vérifié sur les relevés : le chèque n° 0000731 fait par l'ancienne trésorière à votre ordre a été débité le 4 octobre. Il correspond au montant de votre facture, donc pour nous elle est payée.

Bonne soirée,""", "parents' association: the former treasurer's cheque was debited on 4 October", d="2027-10-21 21:10")
H("already_paid", "fr", "delattre", """Bonjour,

Nous gérons ce bien pour le compte de Mme Ribeiro. Votre facture a été réglée depuis son compte de gérance le 22 novembre, par virement de l'agence ; le paiement apparaît sur le relevé de gérance de novembre que nous lui avons adressé.

Bien cordialement,""", "real-estate agency paid for the owner from her management account (third party pays)", hard=1,
  d="2027-11-26 14:35", firm="vasseur")
H("already_paid", "fr", "lexis", """Bonjour,

Réglée le 3 novembre par virement ; je joins l'avis d'exécution. Notre banque a mis deux jours à l'exécuter, vous devriez donc la voir avec une date de valeur au 5.

Cordialement,""", "translation agency: transfer of 3 November, execution notice attached", d="2027-11-09 09:50",
  att=[("avis_execution_virement.pdf", "pdf", "Avis d'execution - virement SEPA")])
H("already_paid", "fr", "berthier", """Bonjour,

Comme convenu au téléphone avec M. Morel le 14 octobre, cette facture a été soldée en deux temps :
- par compensation avec notre facture de matériaux n° 47718 (1 244,60 € que vous nous deviez) ;
- le solde par virement le 29 octobre.

Vous trouverez le détail du rapprochement en pièce jointe. De notre côté le compte est à zéro.

Cordialement,""", "builder's merchant: agreed set-off against their own invoice plus a transfer for the balance", hard=1,
  d="2027-11-04 15:20", att=[("Rapprochement_Atelier_Morel.pdf", "pdf", "Rapprochement compte fournisseur")])
H("already_paid", "fr", "kernel", """Hello,

C'est payé depuis le 22, la facture est passée au statut « Payée » dans Basware. Je te mets la capture d'écran, tu dois avoir le virement sur ton relevé.

Julien""", "IT consultancy: paid on the 22nd, screenshot of the AP tool attached", d="2027-11-25 17:05", nosig=1,
  att=[("Capture d’écran 2027-11-25 à 17.02.11.png", "png")])
H("already_paid", "fr", "chauvenet", """Bonjour, payé hier soir en rentrant des vignes, désolé pour le retard on est en pleines vendanges.
Thomas Chauvenet""", "wine estate during harvest: paid last night", d="2027-09-28 07:15", nosig=1)
H("already_paid", "fr", "lavoie", """Bonjour,

On a payé le 18 novembre, par virement international à partir de notre compte à la Caisse. Comptez quelques jours avant de le voir arriver de votre bord.

Bonne journée!""", "Québec customer (-0500): international transfer made on 18 November", d="2027-11-22 09:40")
H("already_paid", "fr", "marbais", """Madame, Monsieur,

Nous avons l'honneur de vous informer que la facture reprise sous rubrique a été payée en date du 26/11/2027 (extrait de compte n° 212), sur le compte IBAN mentionné sur celle-ci.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.""",
  "Belgian municipality: paid on 26/11/2027", d="2027-11-30 11:05")
H("already_paid", "fr", "bde", """Yo, non non on vous doit plus rien, le virement est parti le 5 avec le reste des factures du gala. J'ai la capture de l'appli si vous voulez.
Lucas, trésorier BDE""", "student union, casual with a negation: transfer left on the 5th", d="2028-02-09 23:40", nosig=1)
H("already_paid", "en", "hoffmann", """Dear Sirs,

with reference to your reminder we inform you that the invoice was paid on 15.11.2027 within our payment run. Please find enclosed the payment advice.""",
  "German firm writing English: paid on 15.11.2027, payment advice attached", d="2027-11-18 10:12",
  att=[("Zahlungsavis_20271115.pdf", "pdf", "Zahlungsavis / Payment advice - Hoffmann Antriebstechnik")])
H("already_paid", "en", "fitz", """Sorry about that lads, I thought it was sorted. Checked with Siobhán and she paid it off the business card on Tuesday, so you should have it.

Declan""", "Irish pub, second-hand: his wife paid by card on Tuesday", hard=1, d="2027-11-05 13:40", nosig=1)
H("already_paid", "en", "tullagh", """Hello,

This invoice was paid on 2 December 2027 in our weekly payment run, remittance reference TSL-PR-4481. Please allow 2-3 working days for the SEPA credit to reach your account.

Regards,""", "Irish software AP: paid in the 2 December run", d="2027-12-06 09:30")
H("already_paid", "en", "haigh", """Hiya,

We paid this one along with two of your other invoices on the 19th - one lump sum of £4,180.00 by Faster Payment to your euro account. I think your accounts department may have put it all against the other two. Remittance attached so you can see the breakdown.

Sue""", "UK builder's merchant: paid in a lump sum on the 19th, suspects misallocation on our side", hard=1,
  d="2027-10-26 14:15", nosig=1, att=[("Remittance_Atelier_Morel_19-10.pdf", "pdf", "Remittance advice - Haigh & Sons")])
H("already_paid", "en", "corvid", """Dear Supplier,

Our records show that this invoice was paid via BACS on 07/12/2027 (payment reference CVG-0071264).

Kind regards,""", "UK vet group shared services: paid on 07/12/2027 (UK date)", d="2027-12-10 11:00", m="html")
H("already_paid", "en", "kilbarrow", """Hi there,

I only took over the SU accounts in September, but I can see a payment to Atelier Morel on the 14th of October on our bank statement for the same amount, so I think that's this one? Let me know if it isn't.

Aoife""", "Irish students' union, hedged: a payment of the same amount on 14 October", hard=1,
  d="2027-10-20 16:50", nosig=1)
H("already_paid", "en", "birch", """Hi! Paid by wire this morning, should land early next week. Sorry for the delay, it's peak foliage season and I've barely been at my desk.
Ellen""", "US inn (-0400): wire sent this morning", d="2027-10-13 08:20", nosig=1)

# =========================================================================== promise_to_pay (21)
H("promise_to_pay", "fr", "garnier", """Bonjour,

La boutique de Joué-lès-Tours a validé votre facture ; elle partira avec notre échéance fournisseurs du 30 novembre.

Cordialement,""", "bakery chain: paid with the 30 November supplier run", d="2027-11-17 10:05", prom="2027-11-30")
H("promise_to_pay", "fr", "garmercier", """Bonjour
l'expert de l'assurance doit me virer le sinistre du client mercredi, je passe à la banque jeudi et le virement part dans la foulée. Jeudi sans faute.
Mercier""", "garage: transfer on Thursday once the insurer has paid him on Wednesday (reply Mon 18 Oct)", hard=1,
  d="2027-10-18 12:20", prom="2027-10-21", nosig=1)
H("promise_to_pay", "fr", "vettilleuls", """Bonjour,

Le Dr Marchetti fait les règlements fournisseurs en fin de mois ; votre facture est dans la pile, elle partira avec les autres.

Bonne journée,
Manon""", "vet clinic: paid at the end of the month (reply 8 Dec)", d="2027-12-08 14:10", prom="2027-12-31", nosig=1)
H("promise_to_pay", "fr", "ape", """Bonjour,

Désolée pour le retard ! On fait le virement dès que la recette du marché de Noël est déposée à la banque, c'est-à-dire lundi 13. Promis, vous serez les premiers payés.

Aurélie""", "parents' association: transfer on Monday 13 when the Christmas market takings are banked (date, no request)",
  hard=1, d="2027-12-06 20:45", prom="2027-12-13", nosig=1)
H("promise_to_pay", "fr", "delattre", """Bonjour,

Le propriétaire a validé votre facture. Le règlement sera effectué depuis son compte de gérance lors de notre reddition de comptes du 10.

Bien cordialement,""", "real-estate agency: paid from the owner's account on the next 10th", d="2027-10-27 09:15",
  prom="2027-11-10", firm="vasseur")
H("promise_to_pay", "fr", "lexis", """Bonjour,

Nous réglons nos fournisseurs à 45 jours fin de mois, comme indiqué sur notre bon de commande. Votre facture sera donc payée le 30 novembre.

Cordialement,""", "translation agency: will pay on 30 November under its own 45-days-end-of-month terms (implies our due date is early, but contests nothing)", hard=1, d="2027-11-03 10:30",
  prom="2027-11-30")
H("promise_to_pay", "fr", "berthier", """Bonjour,

Votre facture est bien enregistrée et bon à payer. Elle passera au prochain règlement par virement, soit le 15.

Cordialement,""", "builder's merchant: next transfer run on the 15th (reply 2 Dec)", d="2027-12-02 11:40",
  prom="2027-12-15")
H("promise_to_pay", "fr", "kernel", """Hello,

Désolé, la facture était bloquée dans le workflow parce que le bon de commande avait été clôturé trop tôt côté projet. J'ai rouvert le PO ce matin, elle devrait partir dans le paiement de vendredi normalement.

Julien""", "IT consultancy: blocked PO reopened, 'normalement' Friday (reply Tue 23 Nov)", hard=1,
  d="2027-11-23 10:55", prom="2027-11-26", nosig=1)
H("promise_to_pay", "fr", "chauvenet", """Bonjour,
Je m'en occupe dès qu'on a fini de presser, d'ici une dizaine de jours. Là je n'ai pas une minute.
Thomas""", "wine estate, vague: after the pressing, in about ten days (no date)", hard=1, d="2027-10-04 19:30", nosig=1)
H("promise_to_pay", "fr", "lavoie", """Bonjour,

Votre facture est approuvée et sera incluse dans notre paiement de jeudi. Désolée pour le délai, notre contrôleur était en vacances.

Bonne journée,""", "Québec: included in Thursday's payment (reply Mon 29 Nov)", d="2027-11-29 10:20", prom="2027-12-02")
H("promise_to_pay", "fr", "marbais", """Madame, Monsieur,

Le Collège communal a approuvé votre facture en séance du 6 décembre 2027. Le mandat de paiement a été transmis au Directeur financier et le paiement interviendra dans le courant du mois de janvier.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.""",
  "Belgian municipality: approved, payment order sent to the finance director, paid 'in January' (no date)", hard=1,
  d="2027-12-10 14:00")
H("promise_to_pay", "fr", "bde", """Salut,
Désolé, on a eu la passation du bureau la semaine dernière et je suis le nouveau trésorier, je découvre tout. Je fais le virement ce week-end.
Hugo""", "new student-union treasurer: transfer this weekend (reply Wed 19 Jan)", d="2028-01-19 18:25",
  prom="2028-01-22", nosig=1)
H("promise_to_pay", "fr", "glycines", """Madame, Monsieur,

La facture a été validée par la direction et sera réglée sous huitaine.

Cordialement,""", "nursing home: paid within eight days (reply 6 Oct)", d="2027-10-06 15:30", prom="2027-10-14")
H("promise_to_pay", "fr", "lise", """Bonjour, là c'est la Toussaint je suis dans les chrysanthèmes jusqu'au cou 😅 je m'en occupe en début de semaine prochaine promis. Lise""",
  "florist before All Saints': 'early next week' (no date)", hard=1, d="2027-10-29 18:50", nosig=1)
H("promise_to_pay", "en", "hoffmann", """Dear Sirs,

your invoice is booked in our system. According to our payment terms (30 days net after receipt of invoice) it is due on 03.12.2027 and will be paid with our payment run on this date.""",
  "German firm: will be paid on 03.12.2027 (German date)", d="2027-11-16 08:40", prom="2027-12-03")
H("promise_to_pay", "en", "fitz", """Ah sorry, completely forgot about that. I'll sort it Monday week when the accountant is in.
Declan""", "Irish pub: 'Monday week' said on Wed 24 Nov = Monday 6 December", hard=1, d="2027-11-24 22:10",
  prom="2027-12-06", nosig=1)
H("promise_to_pay", "en", "tullagh", """Hello,

That one is approved and sits in our payment run of 16 December.

Regards,""", "Irish AP: payment run on 16 December", d="2027-12-09 12:15", prom="2027-12-16")
H("promise_to_pay", "en", "haigh", """It'll be paid end of the month with the rest of the suppliers. Sue""",
  "UK builder's merchant: end of the month (reply 20 Oct)", d="2027-10-20 15:05", prom="2027-10-31", nosig=1)
H("promise_to_pay", "en", "corvid", """Dear Supplier,

This invoice was on hold pending a goods receipt from the practice. The goods receipt has now been completed and the invoice released for payment; it will go out with the next BACS run.

Kind regards,""", "UK vet group: hold lifted, next BACS run (no date)", hard=1, d="2027-11-10 13:20")
H("promise_to_pay", "en", "kilbarrow", """Hi,

Sorry for the delay! Our signatories only meet every two weeks. The payment has been approved and will go out by Friday.

Aoife""", "students' union: out by Friday (reply Tue 5 Oct)", d="2027-10-05 12:40", prom="2027-10-08", nosig=1)
H("promise_to_pay", "en", "birch", """Hi there,

I've scheduled the international wire for 12/1 - that's when our line of credit resets. Thanks for your patience!

Ellen""", "US inn (-0500): wire scheduled for 12/1 (US date = 1 December)", hard=1, d="2027-11-22 09:05",
  prom="2027-12-01", nosig=1)

# =========================================================================== not_received (17)
H("not_received", "fr", "garnier", """Bonjour,

La F-2028-0131 partira avec le virement du 15.
En revanche la F-2028-0134 n'est jamais arrivée au siège. Elle a peut-être été remise en main propre à la boutique de Saint-Cyr ? Merci de nous l'envoyer directement à cette adresse.

Cordialement,""", "two invoices: a promise for 0131, 0134 never received -> not_received by priority", hard=1,
  d="2027-10-26 10:10", rinv="F-2028-0134", inv=["F-2028-0131", "F-2028-0134"])
H("not_received", "fr", "garmercier", """Jamais reçu cette facture. Renvoyez la moi svp.""", "garage: never received, one line",
  d="2027-12-14 07:35", nosig=1)
H("not_received", "fr", "vettilleuls", """Bonjour,

Vous êtes sûrs de nous l'avoir envoyée ? On a repris tout le classeur fournisseurs avec le Dr Roussel et on n'a que le devis.

Manon""", "vet clinic, question form: are you sure you sent it? only the quote on file", hard=1, d="2028-01-11 12:45", nosig=1)
H("not_received", "fr", "ape", """Bonjour,

Pourriez-vous nous renvoyer la facture ? L'adresse mail de l'ancienne présidente a été fermée et nous n'avons plus accès à ses anciens messages.

Merci,""", "parents' association lost the old mailbox, asks a copy", d="2027-11-08 20:05")
H("not_received", "fr", "delattre", """Bonjour,

Cette facture n'apparaît dans aucun de nos dossiers. Pourriez-vous nous la renvoyer en précisant l'adresse du bien concerné et le nom du propriétaire ?

Bien cordialement,""", "real-estate agency: invoice not found, asks a copy with the property address", d="2028-01-25 11:30",
  firm="vasseur")
H("not_received", "fr", "lexis", """Bonjour,

La pièce jointe de votre relance est un fichier « winmail.dat » de 0 Ko que nous ne pouvons pas ouvrir. Pourriez-vous nous renvoyer la facture en PDF ?

Merci d'avance,""", "translation agency: attachment is an empty winmail.dat", hard=1, d="2027-12-01 09:20")
H("not_received", "fr", "berthier", """Bonjour,

Cette facture ne figure pas dans notre grand livre fournisseurs. Merci de nous en adresser une copie, en rappelant notre numéro de commande.

Cordialement,""", "builder's merchant: not in the ledger, send a copy", d="2028-02-08 10:45")
H("not_received", "fr", "kernel", """Bonjour,

Je ne la vois pas dans Basware. Vous l'avez déposée sur le portail fournisseurs ou juste envoyée par mail ? Par mail, elle n'arrive pas jusqu'à nous.

Julien""", "IT consultancy: not in the supplier portal, e-mail does not reach AP", d="2027-10-14 14:25", nosig=1)
H("not_received", "fr", "lavoie", """Bonjour,

On n'a jamais reçu cette facture-là. Pourriez-vous nous l'envoyer de nouveau par courriel, à cette adresse-ci?

Merci!""", "Québec: never received, resend to this same address (not a redirection)", d="2027-10-07 09:55")
H("not_received", "fr", "marbais", """Madame, Monsieur,

Nous n'avons pas reçu cette facture via la plateforme Mercurius, seul canal de réception des factures accepté par notre administration. Une facture adressée par courriel ne peut être enregistrée en comptabilité.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.""",
  "Belgian municipality: never received through the mandatory e-invoicing platform", hard=1, d="2028-01-13 10:35")
H("not_received", "fr", "glisse", """bonjour on a bien eu votre relance mais il y a pas de facture dedans, vous pouvez nous l'envoyer ?""",
  "ski shop: no attachment in the reminder", d="2027-12-03 18:10", nosig=1)
H("not_received", "en", "hoffmann", """Dear Sirs,

we could not find this invoice in our system. Please send us a copy. Please note that all invoices must show our order number (4500xxxxxx), otherwise they cannot be processed.""",
  "German firm: not found, send a copy with the order number", d="2027-10-12 09:05")
H("not_received", "en", "fitz", """Never seen this one, what was it for? Send it on and I'll have a look.""",
  "Irish pub, bottom-posted: never seen it, send it", d="2027-09-30 23:15", pos="bottom", nosig=1)
H("not_received", "en", "tullagh", """Hello,

This invoice isn't in our AP system. Could you please resend it, together with the purchase order number?

Regards,""", "Irish AP: no record, resend with PO", d="2028-02-15 10:00")
H("not_received", "en", "haigh", """> Please find it attached.

There's nothing attached I'm afraid, and we never had it by post either.

> If you have already paid it, please disregard this message.

We haven't, because we haven't got it! Send it over and I'll get it put through.

Sue""", "inline answers to our sentences: no attachment, never had it, not paid because not received", hard=1,
  pos="raw", d="2027-11-16 11:20", nosig=1, irt_always=1)
H("not_received", "en", "kilbarrow", """Hi,

I can't find this one on our system either. My predecessor may have had it in her inbox, which was closed when she left. Would you mind sending it again?

Thanks,
Aoife""", "students' union: not found, predecessor's mailbox closed", d="2027-09-23 14:00", nosig=1)
H("not_received", "en", "birch", """Hey - did you send this to our old address by any chance? Nothing has come through here, not even the original.""",
  "US inn, question form: nothing received", hard=1, d="2027-12-16 10:45", nosig=1)

# =========================================================================== dispute (21)
H("dispute", "fr", "garnier", """Bonjour,

La facture mentionne 12 vitrines réfrigérées alors que 10 ont été livrées : la boutique de Chambray n'a finalement pas été équipée. Nous attendons un avoir pour les deux vitrines en trop avant de payer.

Cordialement,""", "bakery chain: invoiced 12 display cabinets, 10 delivered; asks a credit note", d="2027-10-04 10:20")
H("dispute", "fr", "garmercier", """Le pont élévateur que vous avez réparé est retombé en panne trois jours après. Vous me facturez une réparation qui a pas tenu. Je paierai quand il marchera, pas avant.
Mercier""", "garage: the repaired lift broke down again, will pay once it works", d="2027-11-03 08:30", nosig=1)
H("dispute", "fr", "vettilleuls", """Bonjour,

Le chantier n'est pas fini : la porte du chenil ne ferme toujours pas à clé, et votre technicien devait repasser la semaine suivante. On ne l'a jamais revu. Nous réglerons quand ce sera fini.

Manon, pour les Drs Marchetti et Roussel""", "vet clinic: work not finished, technician never came back", d="2027-09-24 16:40", nosig=1)
H("dispute", "fr", "ape", """Bonjour,

Euh, on pensait que c'était offert ? À la kermesse, M. Morel nous avait dit qu'il faisait les bancs gracieusement pour l'école, c'est même écrit dans le petit mot de remerciement qu'on a mis dans le cahier des enfants...

Aurélie""", "parents' association thought the work was a gift; indirect contest of the whole invoice", hard=1,
  d="2027-10-01 21:35", nosig=1)
H("dispute", "fr", "delattre", """Bonjour,

Votre facture (2 460,00 € TTC) dépasse de 480 € le devis signé par le propriétaire (1 980,00 € TTC). Sans son accord écrit, nous ne pouvons régler que le montant du devis. Envoyez-nous une facture conforme, ou le détail des travaux supplémentaires s'il y en a eu.

Bien cordialement,""", "real-estate agency: invoice above the signed quote", d="2027-12-13 10:15", firm="vasseur")
H("dispute", "fr", "lexis", """Bonjour,

Nous avons réglé ce jour 1 200,00 €, soit la prestation prévue au devis. La ligne « majoration urgence » n'a jamais été convenue avec nous et nous ne la réglerons pas.

Cordialement,""", "translation agency: partial payment of the quoted amount, refuses the rush surcharge", hard=1,
  d="2027-10-15 16:20")
H("dispute", "fr", "berthier", """Bonjour,

La remise de 8 % de notre contrat cadre n’a pas été appliquée sur cette facture. Merci de l’annuler et de nous adresser une facture rectifiée ; en l’état elle est bloquée.

Cordialement,""", "builder's merchant: negotiated discount missing, asks a corrected invoice (cp1252 bytes declared latin-1)",
  hard=1, d="2027-10-28 09:10", mislabel="cp1252-as-latin1", lvl=2,
  extra=ol_block("Comptabilité - Berthier Matériaux", "compta.fournisseurs@berthier-materiaux.fr", D("2027-10-06 10:02"),
                 "Atelier Morel SARL", "Facture - remise contrat cadre",
                 "Bonjour,\n\nNous attirons votre attention sur l'application de la remise contractuelle de 8 %.\n\nCordialement,"))
H("dispute", "fr", "kernel", """Bonjour,

Avant de payer, je me permets de rappeler que la prestation a été livrée avec trois semaines de retard sur le planning validé, et que les pénalités prévues à l'article 9 du contrat n'ont pas été déduites. On en parle ?

Julien""", "IT consultancy: late-delivery penalties not deducted (indirect dispute)", hard=1, d="2027-12-15 11:50", nosig=1)
H("dispute", "fr", "chauvenet", """Bonjour,
Le portail du caveau que vous avez posé en août rouille déjà aux soudures. Je vous envoie les photos. Je ne paie pas tant que ce n'est pas repris.
Thomas Chauvenet""", "wine estate: gate already rusting, photos attached", d="2027-10-11 12:05", nosig=1,
  att=[("IMG_2217.jpg", "jpg"), ("IMG_2218.jpg", "jpg")])
H("dispute", "fr", "lavoie", """Bonjour,

Pour la F-2028-0152, le paiement a été fait le 4 (preuve jointe).
Pour la F-2028-0158 par contre, la marchandise est arrivée avec deux caissons endommagés pendant le transport. On attend votre note de crédit avant de payer celle-là.

Merci,""", "Québec: one paid, the other contested (damaged goods, credit note) -> dispute, both invoices", hard=1,
  d="2027-11-08 13:30", rinv="F-2028-0158", inv=["F-2028-0152", "F-2028-0158"],
  att=[("preuve_paiement_F-2028-0152.pdf", "pdf", "Confirmation de virement")])
H("dispute", "fr", "marbais", """Madame, Monsieur,

La facture reprise sous rubrique ne reprend pas la référence de notre bon de commande et dépasse le montant engagé au budget par le Collège. Elle ne peut être liquidée en l'état.

Nous vous prions de bien vouloir nous faire parvenir une note de crédit ainsi qu'une nouvelle facture conforme au bon de commande n° 2027/0418.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.""",
  "Belgian municipality: invoice exceeds the order, asks a credit note and a new invoice", d="2027-10-22 11:45")
H("dispute", "fr", "bde", """Sérieux ? Vous nous facturez la sono du gala alors qu'elle a lâché à 23h et qu'on a fini la soirée sur une enceinte bluetooth. On paiera pas ça plein pot.
Lucas""", "student union: sound system failed at the gala, won't pay full price", d="2027-12-02 01:20", nosig=1)
H("dispute", "fr", "glycines", """Madame, Monsieur,

Avant tout règlement, je souhaiterais comprendre pourquoi l'intervention du 12 novembre est facturée 4 heures, alors que notre registre des entrées indique que votre technicien est resté 1 h 30 dans l'établissement.

Cordialement,""", "nursing home questions the hours billed (indirect dispute)", hard=1, d="2027-11-24 14:45")
H("dispute", "fr", "pinsbleus", """Bonjour,

Votre facture porte sur l'entretien annuel des haies (3 passages) mais vous n'êtes venus qu'une fois, en juin. Je ne peux pas payer trois passages.

Gérard Lemoine
Camping Les Pins Bleus""", "campsite: one hedge-trimming visit instead of three", d="2027-10-08 10:30", nosig=1, firm="vasseur")
H("dispute", "en", "hoffmann", """Dear Sirs,

we cannot pay this invoice. The delivery was incomplete: 2 of 5 positions are missing, see our goods receipt. Please send us a credit note or a corrected invoice.""",
  "German firm: incomplete delivery, asks a credit note", d="2027-10-25 14:30")
H("dispute", "en", "fitz", """Hi,

The lads you sent did a lovely job on the beer garden, fair play, but they left half the rubble behind and I had to get a skip in myself - €380. Happy to pay once that's knocked off.

Declan""", "Irish pub: wants the skip cost deducted", hard=1, d="2027-10-07 17:55", nosig=1, firm="vasseur")
H("dispute", "en", "tullagh", """Hello,

We've had to reject this invoice: it's over the remaining balance on PO-77812. We need a credit note from you and a fresh invoice against the new PO (your account manager has the number).

Regards,""", "Irish AP: invoice rejected, credit note and re-invoice", d="2027-11-03 10:40")
H("dispute", "en", "haigh", """I'm not saying we won't pay, but the racking you fitted in the yard isn't what we ordered - we asked for galvanised and got painted, and it's already chipping. Until that's sorted the invoice is on hold.
Sue""", "UK builder's merchant: wrong finish on the racking, invoice on hold (negation)", hard=1,
  d="2027-12-08 10:25", nosig=1)
H("dispute", "en", "corvid", """Dear Supplier,

The practice manager at our Harrogate site has advised that the works were not completed as specified. This invoice has been placed on hold until the matter is resolved with the practice.

Kind regards,""", "UK vet group: works not completed, invoice on hold", d="2028-01-18 15:10")
H("dispute", "en", "kilbarrow", """Hi,

We'll pay for the 40 banners we actually received - I'll send that on Friday - but we've been invoiced for 60. Can you send a corrected invoice for the balance or a credit note?

Aoife""", "students' union: will pay for 40 banners, invoiced 60 (partial + contest)", hard=1, d="2027-11-30 11:15",
  nosig=1)
H("dispute", "en", "birch", """Hi,

We were billed for three days of work but your crew was only here for two (the 14th and 15th). Could you send a corrected invoice?

Thanks,
Ellen""", "US inn: billed three days, crew came two", d="2027-10-27 16:40", nosig=1)

# =========================================================================== payment_difficulty (17)
H("payment_difficulty", "fr", "garnier", """Madame, Monsieur,

Nous vous informons que le tribunal de commerce de Tours a ouvert une procédure de sauvegarde au bénéfice de Boulangeries Garnier SAS par jugement du 4 janvier 2028. Les créances nées avant cette date ne peuvent plus être réglées ; nous vous invitons à déclarer la vôtre auprès du mandataire judiciaire, Me Aubert : creances@aubert-mj.fr.

Cordialement,""", "bakery chain in safeguard, declare the claim to the court-appointed representative (new contact)",
  hard=1, d="2028-01-12 09:30", nc="creances@aubert-mj.fr")
H("payment_difficulty", "fr", "garmercier", """Bonjour
Franchement en ce moment c'est tendu, les clients me paient à 60 jours et la banque veut plus rien savoir. Je peux vous faire 300 € par mois à partir du 5 novembre si ça vous va.
Mercier""", "garage: 300 EUR a month from 5 November", d="2027-10-22 18:40", prom="2027-11-05", nosig=1)
H("payment_difficulty", "fr", "vettilleuls", """Bonjour,

Les docteurs demandent s'il serait possible de régler cette facture en trois fois : la clinique a fait un gros investissement cette année avec le nouvel appareil de radiologie. Le premier versement pourrait partir le 10 décembre.

Bonne journée,
Manon""", "vet clinic: three instalments, first on 10 December", d="2027-11-30 10:05", prom="2027-12-10", nosig=1)
H("payment_difficulty", "fr", "ape", """Bonjour,

On a eu beaucoup moins de monde que prévu au loto et la caisse est quasiment vide jusqu'au marché de Noël. Est-ce que vous pouvez attendre un peu ? On vous paie dès qu'on a la recette.

Aurélie""", "parents' association: cash box empty until the Christmas market, asks to wait (no date)", hard=1,
  d="2027-11-16 20:30", nosig=1)
H("payment_difficulty", "fr", "delattre", """Bonjour,

Le propriétaire du logement, M. Vidal, traverse une période difficile : son locataire ne paie plus ses loyers depuis quatre mois et la procédure est en cours. Il ne peut pas payer la totalité d'un coup et demande s'il peut la payer en quatre mensualités.

Bien cordialement,""", "real-estate agency: the owner asks four monthly payments", d="2028-02-03 15:00", firm="vasseur")
H("payment_difficulty", "fr", "chauvenet", """Bonjour,

L'année a été très dure : gel en avril, grêle en juillet, on a rentré à peine un tiers d'une récolte normale. Je ne pourrai pas vous payer avant les ventes de printemps aux négociants. Désolé, je préfère être honnête.

Thomas""", "wine estate: frost and hail, cannot pay before spring sales", d="2027-10-20 20:15", nosig=1)
H("payment_difficulty", "fr", "lavoie", """Bonjour,

Les affaires sont au ralenti depuis l'automne et notre marge de crédit est au maximum. Serait-il possible de repousser le paiement de cette facture au 15 janvier?

Merci de votre compréhension,""", "Québec: asks a delay until 15 January", d="2027-12-14 11:10", prom="2028-01-15")
H("payment_difficulty", "fr", "bde", """Salut,
La subvention de l'école n'est versée qu'en février et là on a zéro sur le compte après le WEI. Est-ce qu'on peut vous payer début mars ?
Hugo""", "student union waiting for the school's grant, proposes early March (no date)", hard=1, d="2028-01-26 19:05",
  nosig=1)
H("payment_difficulty", "fr", "glycines", """Madame, Monsieur,

Notre établissement traverse une période difficile : notre dotation n'a pas été revalorisée et le conseil d'administration a gelé les dépenses non urgentes jusqu'au vote du budget, fin janvier. Nous ne serons pas en mesure d'honorer votre facture avant.

Nous vous prions de nous excuser pour ce contretemps.""", "nursing home: spending frozen until the budget vote", hard=1,
  d="2027-12-20 16:20")
H("payment_difficulty", "fr", "glisse", """bonjour
pas de neige depuis l'ouverture on a quasiment rien loué. je peux vous faire la moitié vendredi et le reste fin janvier ?
merci de votre compréhension""", "ski shop: no snow, half on Friday (reply Tue 28 Dec), rest end of January",
  d="2027-12-28 19:00", prom="2027-12-31", nosig=1)
H("payment_difficulty", "fr", "lise", """Bonjour,
Depuis les travaux du tram devant la boutique mon chiffre a été divisé par deux. Je ne peux pas vous régler en une seule fois, est-ce qu'on peut étaler ?
Lise""", "florist: tram works, asks to spread payments", d="2028-02-14 21:30", nosig=1)
H("payment_difficulty", "en", "hoffmann", """Dear Sirs,

due to the current situation in the automotive industry we have introduced short-time work, and all payments above EUR 5,000 now need the approval of the management. We therefore kindly ask you for a payment deferral until 31.01.2028.""",
  "German firm: short-time work, asks a deferral until 31.01.2028", d="2027-12-07 11:25", prom="2028-01-31")
H("payment_difficulty", "en", "fitz", """Hi,
November is dead here, to be honest. Could I pay you half now and the rest in January after the Christmas trade?
Declan""", "Irish pub: half now, rest in January (no date)", d="2027-11-11 23:50", nosig=1)
H("payment_difficulty", "en", "haigh", """Dear Sirs,

Haigh & Sons Builders' Merchants Ltd entered administration on 29 November 2027. Joint administrators have been appointed and the company continues to trade under their control. Creditors should direct all correspondence regarding amounts owed to claims.haigh@rpl-restructuring.co.uk.

Yours faithfully,""", "UK administration, administrators' address (new contact)", hard=1, d="2027-12-03 10:00",
  nc="claims.haigh@rpl-restructuring.co.uk", nosig=1)
H("payment_difficulty", "en", "kilbarrow", """Hi,

The college has cut our grant for this semester and things are very tight. Could we pay this in three instalments, January, February and March?

Aoife""", "students' union: three monthly instalments (no day named)", d="2027-12-09 12:30", nosig=1)
H("payment_difficulty", "en", "birch", """Hi,

We had to close for three weeks after the flooding in October and we're still waiting on the insurance. I do want to pay you, I just can't right now. Could you give me until after the holidays?

Ellen""", "US inn: flood, waiting for insurance, asks until after the holidays", d="2027-11-18 19:45", nosig=1)
H("payment_difficulty", "en", "tullagh", """Hello,

Please be advised that Tullagh Software Ltd was placed under the protection of the court on 12 January 2028 and an examiner has been appointed. Payment of debts incurred before that date is suspended during the examinership period.

Regards,""", "Irish examinership: pre-petition debts suspended", hard=1, d="2028-01-17 14:20")

# =========================================================================== wrong_contact (15)
H("wrong_contact", "fr", "garnier", """Bonjour,

Nous sommes une boutique et nous ne traitons pas les factures. Elles doivent être adressées uniquement au siège : factures@boulangeries-garnier.fr.

Bonne journée,
L'équipe de Chambray""", "bakery shop: invoices go to head office address", d="2027-10-15 06:50", nosig=1,
  nc="factures@boulangeries-garnier.fr", fname="Boulangerie Garnier - Chambray", faddr="chambray@boulangeries-garnier.fr",
  envfrom="chambray@boulangeries-garnier.fr", rto="chambray@boulangeries-garnier.fr")
H("wrong_contact", "fr", "garmercier", """Nathalie c'est pour toi.

Et vous écrivez directement à ma femme pour les factures c'est elle qui fait les papiers : nathalie.mercier72@orange.fr""",
  "garage forwards to his wife with us in Cc, and tells us to write to her", hard=1, d="2027-12-20 12:15",
  subj="TR: {S}", pre="TR: ", to="nathalie.mercier72@orange.fr", cc=f"Atelier Morel SARL <{MOREL}>",
  nc="nathalie.mercier72@orange.fr", nosig=1)
H("wrong_contact", "fr", "vettilleuls", """Bonjour,

La clinique a rejoint le groupe Vetalia au 1er octobre. La comptabilité fournisseurs est désormais gérée par le siège du groupe : merci d'envoyer vos factures et relances à fournisseurs@vetalia-groupe.fr.

Bonne journée,
Manon""", "vet clinic taken over by a group: write to group AP", d="2027-10-13 09:40", nosig=1,
  nc="fournisseurs@vetalia-groupe.fr")
H("wrong_contact", "fr", "delattre", """Bonjour,

Notre mandat de gestion sur ce bien a pris fin le 30 septembre : le propriétaire, M. Dusart, gère désormais lui-même. Avec son accord, voici son adresse : p.dusart59@gmail.com.

Bien cordialement,""", "agency's management mandate ended: the owner's address", hard=1, d="2027-10-18 10:25",
  nc="p.dusart59@gmail.com", firm="vasseur")
H("wrong_contact", "fr", "lexis", """Bonjour,

Hélène Vautier a quitté l'agence fin septembre. Pour toutes les questions de facturation, merci d'écrire désormais à compta@lexis-traductions.fr.

Cordialement,
Anne Kieffer""", "translation agency: contact left, billing address", d="2027-10-11 10:00", nosig=1,
  nc="compta@lexis-traductions.fr")
H("wrong_contact", "fr", "berthier", """Bonjour,

Cette facture est au nom de notre agence de Mâcon, qui gère elle-même ses règlements. Écrivez-leur directement : agence.macon@berthier-materiaux.fr.

Cordialement,""", "builder's merchant: the branch handles its own payments", d="2027-11-22 14:40",
  nc="agence.macon@berthier-materiaux.fr")
H("wrong_contact", "fr", "kernel", """@Julie tu peux regarder ? C'est le prestataire des travaux de l'open space.

Bonjour, pour la suite merci d'utiliser directement factures@kernel-conseil.fr, la boîte achats n'est pas suivie par la compta.

Julien""", "Gmail forward to a colleague with us in Cc, plus a request to use the invoices address", hard=1,
  d="2028-01-06 09:35", q="gmail_fwd_fr", subj="Fwd: {S}", to="Julie Roche <julie.roche@kernel-conseil.fr>", cc=MOREL,
  nc="factures@kernel-conseil.fr", nosig=1)
H("wrong_contact", "fr", "lavoie", """Bonjour,

Moi je suis aux ventes, pas à la comptabilité. Écrivez plutôt à Nathalie aux comptes fournisseurs : comptes@boiserieslavoie.ca

Marc-André""", "Québec sales rep: write to accounts payable", d="2027-10-29 15:10", nosig=1,
  nc="comptes@boiserieslavoie.ca", fname="Marc-André Lavoie", faddr="ventes@boiserieslavoie.ca",
  envfrom="ventes@boiserieslavoie.ca", rto="ventes@boiserieslavoie.ca")
H("wrong_contact", "fr", "bde", """Salut,
Je suis plus au BDE depuis la passation de janvier, je suis en stage à Montréal là. Le nouveau trésorier c'est Hugo : tresorerie.bde@eic-chablais.fr
Bon courage !
Lucas""", "former student treasurer gives the new treasurer's address", hard=1, d="2028-01-31 03:10", nosig=1,
  nc="tresorerie.bde@eic-chablais.fr", fname="Lucas Girod", faddr="lucas.girod@etu.eic-chablais.fr",
  envfrom="lucas.girod@etu.eic-chablais.fr", rto="lucas.girod@etu.eic-chablais.fr")
H("wrong_contact", "fr", "glycines", """Bonjour,

Votre message est arrivé à la direction ; or les factures de l'établissement sont traitées par notre association gestionnaire : comptabilite@asso-lesglycines.fr.

Cordialement,""", "nursing home: invoices go to the managing association", d="2027-09-22 11:10",
  nc="comptabilite@asso-lesglycines.fr")
H("wrong_contact", "en", "hoffmann", """Dear Sirs,

please note that we accept invoices only in electronic form at our central address rechnungseingang@hoffmann-antriebe.de. Please send the invoice there again; invoices sent to other addresses are not processed.""",
  "German firm: resend to the central invoice address (outranks not_received)", d="2027-09-29 13:15",
  nc="rechnungseingang@hoffmann-antriebe.de")
H("wrong_contact", "en", "fitz", """Hi, that's not me, that's my brother's pub in Thomastown - different business altogether. His email is info@fitzgeraldsthomastown.ie
Declan""", "Irish pub: the invoice is for his brother's business", d="2028-02-22 12:30", nosig=1,
  nc="info@fitzgeraldsthomastown.ie")
H("wrong_contact", "en", "tullagh", """Hi,

I've moved to the payroll team, so supplier payments are now handled by Ciara Walsh (ciara.walsh@tullaghsoftware.ie). I've copied her in here.

Best,
Conor""", "Irish AP clerk moved: new contact, copied in", d="2027-09-27 11:05", nosig=1,
  nc="ciara.walsh@tullaghsoftware.ie", cc="Ciara Walsh <ciara.walsh@tullaghsoftware.ie>",
  fname="Conor Dunne", faddr="conor.dunne@tullaghsoftware.ie", envfrom="conor.dunne@tullaghsoftware.ie",
  rto="conor.dunne@tullaghsoftware.ie")
H("wrong_contact", "en", "corvid", """Dear Supplier,

Nidd Valley Vets is now part of Corvid Veterinary Group. All supplier invoices for the practice must be sent to invoices@corvidvets.co.uk; the practice address you used is not monitored for accounts.

Kind regards,""", "UK vet group: practice acquired, send invoices to group AP", d="2027-10-21 10:30",
  nc="invoices@corvidvets.co.uk")
H("wrong_contact", "en", "birch", """Hi,

We actually sold the inn in September! The new owners are Dan and Priya Castellano, you can reach them at innkeeper@birchhollowinn.com. The work was done after the sale, so it's on them.

Best of luck,
Ellen""", "US inn sold: new owners' address", hard=1, d="2028-01-10 10:15", nosig=1, nc="innkeeper@birchhollowinn.com")

# =========================================================================== auto_reply (15)
H("auto_reply", "fr", "garnier", """Bonjour,

En congés, je reprends le mardi 9 novembre. Pour toute question urgente concernant les factures fournisseurs, merci de contacter Sébastien Morin : s.morin@boulangeries-garnier.fr.

Cordialement,
Élodie Rault""", "out-of-office with a temporary backup (not a new contact)", d="2027-10-29 09:02",
  subj="Réponse automatique : {S}", q="none", nosig=1, hdr=LOOP("comptabilite@boulangeries-garnier.fr"))
H("auto_reply", "fr", "pinsbleus", """Bonjour,

Les Pins Bleus ont fermé leurs portes pour la saison (réouverture le 1er avril). Nous consultons la messagerie chaque semaine et reviendrons vers vous.

À bientôt aux Pins Bleus !""", "campsite winter closure notice, no special header", hard=1, d="2027-11-09 09:01",
  subj="Re: {S}", q="none", nosig=1, firm="vasseur")
H("auto_reply", "fr", "vettilleuls", """La clinique sera fermée le jeudi 11 novembre (férié). Pour les urgences, appelez le 03 80 22 41 41, vous serez redirigé vers le vétérinaire de garde.""",
  "vet clinic holiday closure", d="2027-11-10 17:31", subj="Réponse automatique : {S}", q="none", nosig=1, hdr=AS)
H("auto_reply", "fr", "lexis", """Bonjour,

Je suis en congé jusqu'au lundi 3 janvier. Pour les demandes de devis urgentes, vous pouvez écrire à projets@lexis-traductions.fr.

Bonnes fêtes !""", "translation agency holiday reply, no special header, temporary address not a new contact", hard=1,
  d="2027-12-23 09:03", subj="Re: {S}", q="none", nosig=1)
H("auto_reply", "fr", "berthier", """Votre document a bien été reçu par notre plateforme de dématérialisation des factures fournisseurs.

Il sera intégré et traité dans un délai de 10 jours ouvrés. Merci de ne pas répondre à ce message.""",
  "invoice-capture platform acknowledgement", d="2027-12-06 09:02", subj="Accusé de réception : {S}", q="none", nosig=1,
  hdr={"Auto-Submitted": "auto-generated"}, fname="Berthier Matériaux - Dématérialisation",
  faddr="noreply-factures@berthier-materiaux.fr", envfrom="noreply-factures@berthier-materiaux.fr")
H("auto_reply", "fr", "kernel", """Bonjour,

Je suis en formation jusqu'au vendredi 8 octobre inclus, avec un accès très limité à mes mails. Je vous répondrai à mon retour.

Julien""", "IT consultancy Gmail vacation reply, no special header", hard=1, d="2027-10-04 09:04",
  subj="Re: {S}", q="none", nosig=1)
H("auto_reply", "fr", "marbais", """Accusé de réception

L'Administration communale de Marbais-la-Roche a réceptionné votre courriel. Il sera transmis au service compétent et traité dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.""",
  "Belgian municipality automatic acknowledgement, no special header", hard=1, d="2027-12-17 09:01",
  subj="Accusé de réception - {S}", q="none", nosig=1)
H("auto_reply", "fr", "glycines", """Bonjour,

L'adresse de Mme Caron n'est plus active depuis son départ à la retraite. Votre message ne sera pas lu. Pour toute correspondance, merci d'écrire désormais à direction@ehpad-glycines.fr.

Message automatique""", "automatic 'address no longer active, write to' notice with a permanent address (new contact)",
  hard=1, d="2028-01-04 09:02", subj="Réponse automatique : {S}", q="none", nosig=1, hdr=AS,
  nc="direction@ehpad-glycines.fr", fname="Sylvie Caron", faddr="s.caron@ehpad-glycines.fr",
  envfrom="s.caron@ehpad-glycines.fr", rto="s.caron@ehpad-glycines.fr")
H("auto_reply", "fr", "glisse", """Bonjour, le magasin est fermé jusqu'au samedi 11 décembre, ouverture de la saison d'hiver. Nous traiterons votre message à la réouverture. Bonne journée !""",
  "ski shop pre-season closure (Yahoo)", d="2027-12-01 09:02", subj="Réponse automatique : {S}", q="none", nosig=1, hdr=XAR)
H("auto_reply", "fr", "lavoie", """Bonjour,

Je serai absente du bureau du 23 décembre au 4 janvier inclusivement pour la période des Fêtes. Votre courriel sera traité à mon retour.

Hello, I will be out of the office from December 23 to January 4 inclusive. Your email will be answered upon my return.

Nathalie Bergeron""", "Québec bilingual holiday reply (counted French)", d="2027-12-23 09:01",
  subj="Réponse automatique : {S}", q="none", nosig=1, hdr=MSX)
H("auto_reply", "en", "hoffmann", """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 07.01.2028 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

Thank you for your message. I am out of the office until 07.01.2028 inclusive. Your e-mail will not be forwarded.

Katrin Vogt""", "German/English out-of-office (counted English)", d="2027-12-22 09:02",
  subj="Automatische Antwort: {S}", q="none", nosig=1, hdr=LOOP("kreditoren@hoffmann-antriebe.de"))
H("auto_reply", "en", "fitz", """Thanks for your email. We're closed Mondays and Tuesdays from November to March, and emails are checked Wednesday to Sunday. For bookings please ring the bar.""",
  "Irish pub winter-hours responder, no special header", hard=1, d="2027-11-29 09:03", subj="Re: {S}", q="none", nosig=1)
H("auto_reply", "en", "corvid", """Thank you for contacting the Supplier Queries team. Your query has been logged under reference SQ-1182044 and will be answered within 5 working days. Use this reference if you write to us again about it.""",
  "UK vet group ticket acknowledgement", d="2027-11-02 09:02", subj="[SQ-1182044] {S}", q="none", nosig=1, hdr=PREC)
H("auto_reply", "en", "kilbarrow", """Hi,

The Students' Union offices are closed for the Christmas break from 22 December and reopen on Tuesday 4 January. Emails will be answered after we reopen.

Happy holidays!""", "students' union Christmas closure, no special header", hard=1, d="2027-12-22 09:01",
  subj="Re: {S}", q="none", nosig=1)
H("auto_reply", "en", "birch", """Thanks for writing! Birch Hollow Inn is closed for Thanksgiving week (November 22-28). We'll get back to you when we reopen.""",
  "US inn Thanksgiving closure", d="2027-11-22 09:01", subj="Auto: {S}", q="none", nosig=1, hdr=AS)

# =========================================================================== bounce (8)
BNC("exim", "contact@fleurs-alize.fr", "o2switch (cPanel/Exim) notice in French: mailbox unknown, plain text with a copy",
    lang="fr", d="2027-10-05 09:02", subj="Echec de distribution du message : retour à l'expéditeur",
    frm="Mail Delivery System <mailer-daemon@o2switch.net>", rep="lampe.o2switch.net", shape="plain",
    orig_intro="------ Ceci est une copie du message, en-têtes compris. ------\n\n",
    text="Ce message a été créé automatiquement par le logiciel de distribution de courrier.\n\nVotre message n'a pas pu être remis à un ou plusieurs de ses destinataires.\nIl s'agit d'une erreur permanente. Les adresses suivantes ont échoué :\n\n  {R}\n    Aucune boîte aux lettres n'existe pour cette adresse.\n    550 5.1.1 No Such User Here")
BNC("videotron", "compta@menuiserie-roy.qc.ca", "Vidéotron (Québec) report in French: unknown recipient",
    lang="fr", d="2027-11-25 09:03", subj="Avis de non-livraison : {S}",
    frm=bc.addr_header("Service de courrier Vidéotron", "MAILER-DAEMON@videotron.ca", "utf-8", "q"), rep="mx.videotron.ca", status="5.1.1",
    text="Bonjour,\n\nVotre message n'a pas pu être livré au destinataire suivant :\n\n  {R}\n\nLe serveur du destinataire a répondu : adresse inconnue (550 5.1.1).\n\nVérifiez l'adresse et réessayez. Ce message a été généré automatiquement, veuillez ne pas y répondre.",
    diag="550 5.1.1 <compta@menuiserie-roy.qc.ca>: Recipient address rejected: User unknown", remote="mx.videotron.ca")
BNC("o365", "marion.leroux-fleurs@hotmail.fr", "Outlook.com notice in French: recipient's mailbox full (permanent 5.2.2)",
    lang="fr", d="2027-12-13 09:01", subj="Non remis : {S}",
    frm="Microsoft Outlook <postmaster@outlook.com>", rep="DB8EUR05HT123.mail.protection.outlook.com", status="5.2.2",
    text="Échec de la remise à ces destinataires ou groupes :\n\n{R}\nLa boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Essayez de renvoyer le message plus tard ou contactez directement le destinataire.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : DB8EUR05HT123.eop-eur05.prod.protection.outlook.com\n\n{R}\nRemote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
    diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", remote=None, hard=1)
BNC("proximus", "secretariat@ecole-sainte-begge.be", "Proximus (Belgium) notice in French: address no longer exists",
    lang="fr", d="2028-01-20 09:04", subj="Message non délivré : {S}",
    frm="Proximus Mail Delivery <mailer-daemon@proximus.be>", rep="mx.proximus.be", status="5.1.1", orig="headers",
    text="Votre message n'a pas pu être délivré.\n\nDestinataire : {R}\nMotif : ce compte de messagerie n'existe plus.\n\nLes en-têtes de votre message sont joints à cette notification.",
    diag="550 5.1.1 <secretariat@ecole-sainte-begge.be> mailbox does not exist", remote="mx.proximus.be")
BNC("exchange", "facturation@transports-herve.fr", "old Exchange 'Notification d'état de remise (échec)' in French, plain text, no DSN part",
    lang="fr", d="2028-02-17 09:02", subj="Notification d'état de remise (échec)",
    frm="postmaster@transports-herve.fr", rep="SRV-EXCH.transports-herve.local", shape="plain", hard=1,
    orig_intro="---- Message d'origine ----\n\n",
    text="Ceci est un message de notification d'état de remise généré automatiquement.\n\nLa remise aux destinataires suivants a échoué.\n\n       {R}")
BNC("zoho", "accounts@harbourgate-estates.co.uk", "Zoho Mail 'Message delivery failure': invalid address", d="2027-10-19 09:02",
    subj="Undelivered Mail Returned to Sender", frm="Zoho Mail <mailer-daemon@mx.zoho.eu>", rep="mx.zoho.eu", status="5.1.1",
    rl="en", text="Message delivery failure\n\nThis message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients.\n\n{R}, ERROR CODE :550 - Invalid Address. The email account that you tried to reach does not exist.",
    diag="550 5.1.1 Invalid Address", remote="mx.zoho.eu")
BNC("postfix", "orders@dunmore-catering.ie", "Barracuda gateway rejection relayed by our Postfix", d="2027-11-29 09:02",
    subj="Undelivered Mail Returned to Sender", frm="MAILER-DAEMON@mx1.atelier-morel.fr (Mail Delivery System)",
    rep="mx1.atelier-morel.fr", status="5.7.1", rl="en",
    text=bc.PF.format(mx="mx1.atelier-morel.fr") + "<{R}>: host d212187a.ess.barracudanetworks.com[209.222.82.252]\n    said: 550 permanent failure for one or more recipients\n    (orders@dunmore-catering.ie:blocked) (in reply to end of DATA command)",
    diag="550 permanent failure for one or more recipients (orders@dunmore-catering.ie:blocked)",
    remote="d212187a.ess.barracudanetworks.com")
BNC("mdaemon", "office@hartwelllettings.co.uk", "MDaemon 'Permanent Delivery Failure' for the second firm", d="2028-02-01 10:12",
    subj="Permanent Delivery Failure", frm="MDaemon@mail.hartwelllettings.co.uk", rep="mail.hartwelllettings.co.uk",
    status="5.1.1", rl="en", firm_rinv=1,
    text="The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server. The number and frequency\nof delivery attempts are determined by local configuration parameters.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ANY OF ITS RECIPIENTS!\n\n--- Session Transcript ---\n MAIL FROM:<relances@vasseur-paysage.fr>\n RCPT TO:<{R}>\n 550 5.1.1 <{R}>... User unknown",
    diag="550 5.1.1 User unknown", remote="mail.hartwelllettings.co.uk")

# =========================================================================== other (17)
H("other", "fr", "garnier", """Bonjour,

Pourriez-vous nous indiquer la répartition de cette facture par boutique ? Nous devons la ventiler entre nos points de vente dans notre comptabilité analytique.

Cordialement,""", "bakery chain asks a split per shop (question)", d="2027-12-14 10:50")
H("other", "fr", "garmercier", """Appelez moi au garage c'est plus simple, 02 43 00 00 00, le matin de préférence.
Mercier""", "garage: call-me request", d="2027-10-01 07:55", nosig=1)
H("other", "fr", "vettilleuls", """Bonjour,

Bien reçu, je transmets aux docteurs, ce sont eux qui s'occupent de la compta le vendredi soir.

Manon""", "vet assistant passes it on; says when the vets do the books, no promise", hard=1, d="2027-11-03 09:15", nosig=1)
H("other", "fr", "ape", """Bonjour,

Est-ce qu'on peut vous régler en espèces ? La recette de la kermesse est en liquide et la banque nous facture chaque dépôt.

Aurélie""", "parents' association asks whether cash is accepted", d="2027-09-21 20:40", nosig=1)
H("other", "fr", "delattre", """Pour traitement, voir avec le propriétaire du lot 12. Merci.""",
  "one-line forward to a colleague with us in Cc (no promise, no address for us)", hard=1, d="2027-11-12 17:20",
  subj="TR: {S}", pre="TR: ", to="Sandrine Cousin <s.cousin@delattre-immobilier.fr>", cc=VASSEUR, nosig=1, firm="vasseur")
H("other", "fr", "lexis", """Bonjour,

Pourriez-vous nous communiquer vos coordonnées bancaires ? Votre IBAN n'apparaît pas sur la facture et nous ne pouvons pas créer le virement sans.

Cordialement,""", "translation agency asks the IBAN", d="2027-12-16 11:05")
H("other", "fr", "berthier", """Bonjour,

Votre relance est bien arrivée. Vous trouverez ci-joint notre relevé de compte fournisseur à date pour rapprochement avec votre balance.

Cordialement,""", "builder's merchant sends its own statement for reconciliation (no claim, no promise)", hard=1,
  d="2028-01-20 15:35", att=[("Releve_fournisseur_ATELIER_MOREL.pdf", "pdf", "Releve de compte fournisseur")])
H("other", "fr", "kernel", """Hello,

Petite question avant de payer : vous êtes référencés chez nous sous « Atelier Morel SARL » ou sous l'ancien nom « Morel Agencement » ? On a deux fiches fournisseurs avec deux IBAN différents et je veux être sûr de payer la bonne.

Julien""", "IT consultancy asks which supplier record/IBAN to use (question before paying, no promise)", hard=1,
  d="2028-02-01 10:20", nosig=1)
H("other", "fr", "chauvenet", """Bonjour,
Au fait, on fait les portes ouvertes du domaine le samedi 4 décembre, dégustation des 2026. Vous êtes les bienvenus, je vous joins l'invitation !
Thomas""", "wine estate invites us to its open day (unrelated)", d="2027-11-19 18:30", nosig=1,
  att=[("Invitation_portes_ouvertes_2027.pdf", "pdf", "Domaine Chauvenet - Portes ouvertes")])
H("other", "fr", "bde", """ok je vois ça avec le trésorier""", "student union: will check with the treasurer", d="2027-11-05 16:45",
  nosig=1)
H("other", "fr", "marbais", """Madame, Monsieur,

Nous accusons bonne réception de votre rappel, dont nous avons pris bonne note. Le dossier est à l'examen auprès de nos services.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.""",
  "Belgian municipality: 'le dossier est à l'examen' (no promise)", hard=1, d="2028-02-23 10:40")
H("other", "en", "hoffmann", """Dear Sirs,

before we can release any payment we need a confirmation of your bank details on your company letterhead, signed by the management. This is required by our internal fraud prevention guidelines.""",
  "German firm asks signed bank-details confirmation", d="2027-10-06 14:05")
H("other", "en", "fitz", """Do you have a sterling account or Revolut or anything? The bank charges me a fortune for euro transfers.""",
  "Irish pub asks about payment channels", d="2027-10-23 00:40", nosig=1)
H("other", "en", "tullagh", """Hello,

Could you please confirm your VAT number? We need it to apply the reverse charge correctly before the invoice can be posted.

Regards,""", "Irish AP asks the VAT number", d="2027-10-28 09:45")
H("other", "en", "haigh", """Got this, thanks. I've passed it on to our Wakefield branch, they placed the order.
Sue""", "received and passed to a branch (no promise)", hard=1, d="2028-01-27 13:50", nosig=1)
H("other", "en", "hartwell", """Hello,

Could you let us know which of our properties this relates to? We manage around forty and the invoice only gives our office address.

Kind regards,
Tom Hartwell""", "lettings agency: which property is this for?", d="2027-11-04 12:10", nosig=1, firm="vasseur")
H("other", "en", "birch", """Got it, thanks! Will take a look this weekend.""", "'will take a look' is not a promise", hard=1,
  d="2028-02-11 17:25", nosig=1)


# =========================================================================== writer and checks
STEM = "holdout3_"


def build_bounce(e: dict, idx: int):
    """build_corpus.build_bounce dates every notice +0100; here French summer time (+0200) applies before 31 October."""
    orig_parse = bc.parse_d
    if e.get("firm_rinv") and not e.get("rinv"):
        e = dict(e, rinv=random.Random(e["rcpt"]).choice([i for i in bc.INV_POOL_FA if i not in bc.USED]))
        bc.USED.add(e["rinv"])

    def parse_local(d, rng, tzmin):
        return orig_parse(d, rng, tz_for("bounce", d) if d else tzmin)

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
    random.Random(20280229).shuffle(order)
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


INV_RE = re.compile(r"^(F-2028-\d{4}|FA-2028-\d{3})$")


def other_corpora_invoices() -> set[str]:
    seen = set()
    for p in (OUT.parent / "replies" / "labels.tsv", OUT.parent / "holdout" / "labels.tsv",
              OUT.parent / "holdout2" / "labels.tsv"):
        if p.exists():
            with open(p, encoding="utf-8") as fh:
                for r in csv.DictReader(fh, delimiter="\t"):
                    seen.update(r["invoices"].split())
    return seen


def words6(text: str) -> set[tuple[str, ...]]:
    w = re.findall(r"[\wÀ-ÿ'’]+", text.lower())
    return {tuple(w[i:i + 6]) for i in range(len(w) - 5)}


def overlap_report() -> list[str]:
    """6-word sequences shared with the customer texts of the three other sets (informative)."""
    old = set()
    for e in bc.ENTRIES + hb.ENTRIES + h2.ENTRIES:
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
                problems.append(f"{r['file']}: invoice {inv} is not a 2028 number")
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
