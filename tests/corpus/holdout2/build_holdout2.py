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
    "sivom": ("SIVOM de la Baie - Secrétariat", "secretariat@sivom-baie.fr", "outlook", "fr", "Secrétariat du SIVOM de la Baie"),
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


_orig_rfc_date = bc.rfc_date


def rfc_date(t: dt.datetime, rng: random.Random, style: str = "std") -> str:
    """Thunderbird/Roundcube '(CET)' comment becomes '(CEST)' in French summer time."""
    s = _orig_rfc_date(t, rng, style)
    return s.replace("+0200 (CET)", "+0200 (CEST)")


bc.rfc_date = rfc_date

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


# =========================================================================== already_paid (20)
H("already_paid", "fr", "legoff", """oui bonjour c'est Kévin Le Goff alors normalement c'est réglé j'ai fait le virement la semaine dernière depuis le téléphone je vous envoie la capture dès que je sors du chantier voilà bonne journée""",
  "plumber dictating on his phone, hedged ('normalement'): transfer made last week", hard=1, d="2027-04-14 12:41")
H("already_paid", "fr", "notaire", """Madame, Monsieur,

Votre relance concernant la facture F-2027-0104 nous est bien parvenue. Le règlement a été effectué par virement depuis le compte de l'Office le 6 avril 2027 ; vous trouverez l'ordre de virement en pièce jointe.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.""",
  "notary's office: transfer of 6 April, order attached", d="2027-04-09 10:15", rinv="F-2027-0104",
  att=[("Ordre_virement_060427.pdf", "pdf", "Ordre de virement - Office notarial Picard et Lenoir")])
H("already_paid", "fr", "cormoran", """Bonsoir,

Je suis le veilleur de nuit, je n'ai pas accès à la compta mais j'ai vu passer le bordereau : la direction a posté le chèque jeudi, il est parti avec le courrier de l'après-midi. Je laisse un mot à Mme Kervella pour qu'elle vous confirme demain.

Bonne nuit
Thierry""", "hotel night manager at 2 a.m. reports the cheque was posted on Thursday (second-hand but a payment)",
  hard=1, d="2027-04-16 02:14", nosig=1)
H("already_paid", "fr", "uspva", """Bonjour,

C'est réglé ! Le virement est parti hier soir après la réunion du bureau. On attendait la subvention de la mairie pour payer l'entretien du terrain, elle est enfin tombée. Désolé pour le délai.

Sportivement,""", "football club treasurer: past cash problem solved, transfer left yesterday", hard=1,
  d="2027-05-06 09:30", rinv="FA-2027-012")
H("already_paid", "fr", "p4v", """Bonjour
réglé par LCR échue le 31 mars, vous devez l'avoir sur votre compte
Pharmacie des 4 Vents""", "pharmacy: bill of exchange debited on 31 March", d="2027-04-02 08:50", nosig=1)
H("already_paid", "fr", "dantec", """Bonjour Madame,

Les deux sont réglées :
- la F-2027-0117 par chèque remis à votre livreur (chèque n° 4471032) ;
- la F-2027-0121 par virement le 12 avril.

Vous devriez donc être à jour de notre côté.

Annie Le Dantec""", "printer: two invoices, both paid (cheque and transfer)", d="2027-04-19 14:05",
  rinv="F-2027-0121", inv=["F-2027-0117", "F-2027-0121"])
H("already_paid", "fr", "parc", """> Sauf erreur de notre part, la facture n° F-2027-0125 reste impayée à ce jour.

Erreur de votre part, justement : elle a été réglée le 9 avril par virement (copie de l'ordre jointe).

> Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message.

Volontiers, mais c'est la deuxième fois que ça arrive. Merci de mettre votre fichier à jour.

Le secrétariat du cabinet dentaire du Parc""", "dental practice, inline answers to our own sentences: paid on 9 April", hard=1,
  pos="raw", d="2027-04-20 12:10", rinv="F-2027-0125", nosig=1, irt_always=1,
  att=[("ordre virement 09-04.pdf", "pdf", "Ordre de virement SEPA")])
H("already_paid", "fr", "jaquet", """Bonjour,

Nous avons donné l'ordre de paiement pour le compte de notre mandante, la société Horlogerie Vuille SA, le 16 avril, date valeur 19 avril. Le montant a été versé en EUR sur l'IBAN figurant sur votre facture.

Avec nos meilleures salutations""", "Swiss fiduciary paid on behalf of its client (order of 16 April)", d="2027-04-20 16:30")
H("already_paid", "fr", "comaloc", """Bonjour,

La facture a été payée par prélèvement sur le compte de l'armement (chalutier « Ar Vag ») le 2 avril. Le patron m'a transmis le justificatif ce matin en rentrant de marée, je vous le joins.

Bonne journée,
Gwenaëlle""", "Breton fishing cooperative: direct debit on the boat owner's account on 2 April, proof attached",
  d="2027-04-07 11:40", nosig=1, att=[("IMG_4471.jpg", "jpg")])
H("already_paid", "fr", "marec", """Bonjour
Je vous ai remis un chèque en main propre, à votre collègue qui est venu poser le portail jeudi dernier. Il ne vous l'a pas donné ?
Cordialement
M. Marec""", "funeral home: cheque handed to our fitter last Thursday", d="2027-05-26 17:20", nosig=1)
H("already_paid", "fr", "bertin", """Payé ce matin 👍""", "bike shop, three words", d="2027-03-17 11:02", nosig=1)
H("already_paid", "fr", "castel", """Bonjour,

A priori c'est parti : j'ai signé l'ordre de virement à l'agence mardi dernier. Mais je suis à la retraite et c'est ma fille qui suit maintenant les comptes de la SCI, je lui demande de vérifier que la banque l'a bien exécuté.

H. Castel""", "retired SCI manager, hedged ('a priori c'est parti'): transfer order signed last Tuesday", hard=1,
  d="2027-06-02 10:05", rinv="FA-2027-017")
H("already_paid", "fr", "payet", """Bonjour,

Le virement a été émis le 21/04 depuis La Réunion. Avec les délais interbancaires, comptez deux à trois jours ouvrés. Référence : PAYET-VIR-2104.

Cordialement""", "Réunion (+0400): transfer issued on 21/04", d="2027-04-23 15:10")
H("already_paid", "en", "hlt", """Dear Sir/Madam,

Thank you for the reminder. Our records show that invoice F-2027-0131 was paid by BACS on 8 April 2027, payment reference HLT-PAY-00388. As it was an international payment it may have arrived net of bank charges.

Kind regards,""", "UK charity: paid by BACS on 8 April", d="2027-04-13 10:20", rinv="F-2027-0131")
H("already_paid", "en", "vandijk", """Hello,

This invoice is already paid on 30 March. In the attachment you find the proof of payment from our bank (Rabobank). Please check your administration.

With kind regards,""", "Dutch company writing English: paid on 30 March, proof attached", d="2027-04-01 09:35",
  att=[("Betaalbewijs_30032027.pdf", "pdf", "Rabobank - betaalopdracht uitgevoerd")])
H("already_paid", "en", "novaris", """Dear Supplier,

Greetings from Novaris GBS!

We have checked and found that the subject invoice has been cleared in the payment run dated 07-May-2027 vide document no. 2000148812. Kindly do the needful and reconcile at your end. Remittance advice is attached for your kind reference.

Please revert in case of any discrepancy.

Thanks & Regards,
Priyanka S.""", "Indian AP centre (+0530): cleared in the 07-May payment run, remittance attached", hard=1,
  d="2027-05-11 11:47", rl="fr", att=[("Remittance_Advice_2000148812.pdf", "pdf", "Remittance advice - Novaris France SAS")])
H("already_paid", "en", "heron", """Hey there - sorry about that. Paid it through our bill pay on 4/30, confirmation #BP-55102. International wires take a few days sometimes. Give me a shout if it hasn't landed by Friday.""",
  "US LLC (-0400): paid on 4/30 (US date)", d="2027-05-04 09:12")
H("already_paid", "en", "lindqvist", """Hi,

I think it is paid? I can see in our bank that the payment went out on 26 April, but with amount 1 840 EUR, and your invoice says 1 848 EUR. Maybe the bank took the fee. Anyway from our side the invoice is paid.

Best regards
Elin""", "Swedish customer: payment went out 26 April, small difference blamed on bank fee (not contested)", hard=1,
  d="2027-04-28 13:25", amt=1848.00, nosig=1)
H("already_paid", "en", "oakley", """Hiya, this went across on Friday with a couple of other bills, should be with you by now! Thanks, Jess""",
  "wedding venue, bottom-posted: paid on Friday", d="2027-06-14 10:05", pos="bottom", nosig=1)
H("already_paid", "en", "holm", """Dear Atelier Morel,

The amount was transferred on 19.04.2027 (value date). Our reference is 4500-2271. Please find the payment advice attached.

Med venlig hilsen / Kind regards""", "Danish company: transfer value date 19.04.2027", d="2027-04-21 08:55",
  att=[("Betalingsadvis_4500-2271.pdf", "pdf", "Betalingsadvis / payment advice")])

# =========================================================================== promise_to_pay (22)
H("promise_to_pay", "fr", "legoff", """ouais bonjour c'est encore Kévin alors pour la facture je vous fais ça après le 10 quand le client de la rue de Brest m'aura payé voilà désolé pour le retard""",
  "dictated: will pay 'après le 10' (open-ended, no date)", hard=1, d="2027-05-03 07:12", nosig=1)
H("promise_to_pay", "fr", "notaire", """Madame, Monsieur,

Les travaux d'entretien du jardin de la succession Le Meur sont réglés sur les fonds de la succession. Le déblocage est fixé au 18 mai : le virement de votre facture FA-2027-031 partira ce jour-là.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.""",
  "notary: transfer will leave on 18 May when the estate's funds are released", d="2027-05-04 11:20",
  rinv="FA-2027-031", prom="2027-05-18")
H("promise_to_pay", "fr", "cormoran", """Bonsoir,
La directrice est en congé jusqu'au 26 et c'est elle qui signe les chèques. J'ai laissé votre relance sur son bureau avec un post-it.
Bonne soirée
Thierry, réception de nuit""", "night receptionist: the manager who signs cheques is away until the 26th (absent payer, no date)",
  hard=1, d="2027-05-13 01:40", nosig=1)
H("promise_to_pay", "fr", "uspva", """Salut,
ok je m'en occupe ce week-end, je passe à la banque samedi matin.
Yannick""", "club treasurer: at the bank on Saturday (reply Wed 12 May)", d="2027-05-12 21:15", nosig=1,
  prom="2027-05-15", firm="vasseur")
H("promise_to_pay", "fr", "p4v", """Bonjour,
nos factures fournisseurs sont payées le 10 de chaque mois, la vôtre passera sur le prochain règlement.
Cordialement""", "pharmacy: paid on the next 10th", d="2027-04-22 09:10", prom="2027-05-10")
H("promise_to_pay", "fr", "parc", """Bonjour,

Le Dr Benali signe les règlements le vendredi. Votre facture est dans le parapheur, elle partira vendredi.

Bien cordialement""", "dental practice: cheque signed and sent Friday (reply Wed 7 April)", d="2027-04-07 15:45",
  prom="2027-04-09")
H("promise_to_pay", "fr", "jaquet", """Bonjour,

Notre mandante nous a transmis votre rappel. La facture sera payée avec le prochain lot de paiements, que nous exécutons le 25 du mois.

Meilleures salutations""", "Swiss fiduciary: next payment batch on the 25th", d="2027-05-18 14:00", prom="2027-05-25")
H("promise_to_pay", "fr", "comaloc", """Bonjour,

Les bateaux sont restés à quai une bonne partie du mois de mars à cause de la météo, d'où un peu de retard dans nos paiements. Pas d'inquiétude : la facture F-2027-0150 sera réglée avec la paie de la marée du 15 avril, comme celles des autres fournisseurs.

Cordialement,
Gwenaëlle Le Corre""", "fishing coop: past bad weather explained, then a firm date (15 April); no delay asked",
  hard=1, d="2027-04-06 10:30", rinv="F-2027-0150", prom="2027-04-15", nosig=1)
H("promise_to_pay", "fr", "ricard", """Bonjour je suis sur la route toute la journée, je m'en occupe ce soir promis""",
  "ambulance firm, Outlook for Android: tonight", d="2027-06-02 13:05", prom="2027-06-02")
H("promise_to_pay", "fr", "tregor", """Bonjour,

Notre expert-comptable a changé de logiciel en avril et les règlements fournisseurs ont pris du retard. Tout est rentré dans l'ordre : votre facture est programmée pour le virement du 28 mai.

Bien à vous,
Loïc""", "craft brewery: scheduled for the 28 May transfer", d="2027-05-19 16:40", prom="2027-05-28")
H("promise_to_pay", "fr", "menez", """Bonjour,

Le mandat de paiement de votre facture a été émis le 3 juin et transmis à la trésorerie de Châteaulin. Le délai de paiement par le comptable public est en général d'une dizaine de jours.

Cordialement,""", "water syndicate (public): mandate issued and sent to the public accountant, money not yet paid",
  hard=1, d="2027-06-07 11:15")
H("promise_to_pay", "fr", "tanguy", """Salut, je pense que c'est bon pour la fin de la semaine prochaine, j'attends juste le règlement d'un client. Je te tiens au jus.
Franck""", "mason, hedged: end of next week = Friday 18 June (reply Tue 8 June)", hard=1, d="2027-06-08 18:50",
  prom="2027-06-18", nosig=1)
H("promise_to_pay", "fr", "bellevue", """Bonjour,

Bien reçu votre relance. Notre gérant est en déplacement en métropole jusqu'à la fin du mois ; il validera le paiement à son retour. Je vous tiens informée.

Bien cordialement,
Mme Céleste""", "Martinique (-0400): manager away, will validate payment on return (no date)", d="2027-04-27 08:20")
H("promise_to_pay", "fr", "jezequel", """Bonjour, oui pardon, je fais le virement lundi. Bonne soirée. Claire""",
  "speech therapist: transfer on Monday (reply Thu 22 April)", d="2027-04-22 19:30", prom="2027-04-26", nosig=1)
H("promise_to_pay", "fr", "igassist", """Bonjour,

Je m'occupe de l'administratif pour la SARL Kerjean Menuiserie. Votre facture est bien enregistrée ; j'ai préparé le virement, M. Kerjean doit juste le valider dans l'application de la banque. Ce sera fait d'ici jeudi.

Belle journée,""", "independent assistant for the customer: transfer prepared, validated by Thursday (reply Mon 24 May)",
  d="2027-05-24 10:00", prom="2027-05-27")
H("promise_to_pay", "en", "novaris", """Dear Supplier,

Greetings!!

The invoice is approved and posted in system. It will be paid as per the payment terms in the upcoming payment run scheduled on 18th June 2027. Request you to kindly wait till then.

Thanks & Regards,
Rahul K.""", "Indian AP centre: payment run of 18 June", d="2027-06-09 12:30", rl="fr", prom="2027-06-18")
H("promise_to_pay", "en", "pinecrest", """Hi,

Our AP cycle runs on the 1st and 15th. Your invoice missed the 5/15 run because it was pending approval - it's approved now and will go out on 6/1. Sorry for the hassle!

Nora""", "US (-0700), US dates: missed 5/15, will go out on 6/1", hard=1, d="2027-05-20 16:10", prom="2027-06-01")
H("promise_to_pay", "en", "hlt", """Dear Morel team,

Apologies for the delay. Payments over £1,000 have to be countersigned by our treasurer at the trustees' meeting, and the next one is Thursday week, so it will be paid that day.

Kind regards,""", "UK charity: 'Thursday week' from Mon 19 April = 29 April", hard=1, d="2027-04-19 15:05",
  prom="2027-04-29")
H("promise_to_pay", "en", "vandijk", """Hello,

Your invoice is in our payment batch of next Tuesday. Sorry for the late payment.

Groeten,
Marieke""", "Dutch: payment batch next Tuesday (reply Wed 12 May)", d="2027-05-12 11:05", prom="2027-05-18", nosig=1)
H("promise_to_pay", "en", "koala", """G'day,

Sorry for the delay, end of financial year is a bit hectic over here. I've put it through for the payment run at the end of the month.

Cheers,""", "Australian tour operator (+1000): payment run at the end of the month", d="2027-06-10 14:20",
  prom="2027-06-30")
H("promise_to_pay", "en", "kirby", """Sorry mate been flat out. Will sort it Friday when I get paid for the Harlow job""",
  "UK electrician on his phone: Friday (reply Mon 12 April)", d="2027-04-12 19:45", prom="2027-04-16", nosig=1)
H("promise_to_pay", "en", "kalimera", """Dear Sirs,

We are at the start of the season and our accountant comes only on Mondays. I will give him your invoice next Monday and he will pay it the same day.

Best regards,""", "Greek hotel (+0300): accountant pays next Monday (reply Wed 5 May)", d="2027-05-05 18:30",
  prom="2027-05-10")

# =========================================================================== not_received (18)
H("not_received", "fr", "dantec", """Bonjour,

La F-2027-0144 partira avec notre virement de fin de mois.
Par contre la F-2027-0147, je ne la trouve nulle part dans notre logiciel. Pouvez-vous me la renvoyer ?

Merci,
Annie""", "two invoices answered differently: promise for 0144, 0147 never received -> not_received by priority",
  hard=1, d="2027-05-03 09:40", rinv="F-2027-0144", inv=["F-2027-0144", "F-2027-0147"], nosig=1)
H("not_received", "fr", "legoff", """bonjour alors la facture dont vous parlez je l'ai jamais eue vous l'avez envoyée où parce que moi j'ai rien reçu ni par mail ni par courrier""",
  "dictated question: 'vous l'avez envoyée où ?' = never received", hard=1, d="2027-06-09 07:55", nosig=1)
H("not_received", "fr", "notaire", """Madame, Monsieur,

Nous ne retrouvons pas trace de cette facture dans notre comptabilité. Merci de nous en transmettre une copie, en précisant le dossier ou l'acte auquel elle se rapporte.

Avec nos remerciements,""", "notary asks for a duplicate", d="2027-06-15 09:25", q="outlook_fr_old")
H("not_received", "fr", "parc", """Bonjour,

Impossible d'ouvrir le fichier joint sur nos postes (message « fichier endommagé »). Pourriez-vous le renvoyer, en PDF classique si possible ?

Merci,
Le secrétariat""", "attachment cannot be opened", d="2027-05-27 11:50", nosig=1)
H("not_received", "fr", "menez", """Bonjour,

En tant que collectivité, seules les factures déposées sur Chorus Pro peuvent être mandatées. Nous avons regardé sur la plateforme : rien à votre nom pour ce montant. Merci de la déposer sur la plateforme (SIRET 252 900 000 00018, code service FIN).

Cordialement,""", "public body: not found on Chorus Pro, mandatory channel", d="2027-03-23 14:35", cs="iso-8859-1")
H("not_received", "fr", "marec", """bonjour
c'est parti sur quelle adresse ? je n'ai rien vu passer, même pas dans les indésirables
M. Marec""", "question form: which address did you send it to? nothing received", hard=1, d="2027-04-13 18:05", nosig=1)
H("not_received", "fr", "tregor", """Bonjour,

Le fichier que vous avez joint à la relance est au nom de la Brasserie de l'Aber, pas au nôtre. Je pense qu'il y a eu une inversion. Pouvez-vous nous envoyer la bonne facture ? Et peut-être prévenir nos collègues de l'Aber...

Loïc""", "wrong PDF attached (another customer's invoice)", d="2027-04-08 10:10", nosig=1)
H("not_received", "fr", "sablons", """Bonjour,

Désolée pour la réponse tardive, on sort d'un mois de mars infernal : deux juments ont pouliné en avance, la moitié des cavaliers du club étaient en concours à Lamotte et mon moniteur s'est cassé le poignet, donc j'ai fait toutes les reprises moi-même. Les nouveaux boxes sont superbes en tout cas, les chevaux s'y sont tout de suite faits, merci encore à votre équipe qui a été très arrangeante avec les horaires.

Par contre, cette facture, je ne l'ai nulle part : pas dans ma boîte mail, pas dans le classeur du bureau. Vous pouvez me la renvoyer ? Je la passe dès que je l'ai.

Mathilde""", "equestrian centre, long rambling message; the request to resend comes at the end", hard=1,
  d="2027-03-30 21:40", nosig=1)
H("not_received", "fr", "payet", """Bonjour,

Cette facture ne nous est jamais parvenue par courrier. Pour La Réunion, merci de nous la transmettre par courriel : le courrier met parfois trois semaines à arriver.

Cordialement""", "Réunion: paper invoice never arrived, asks it by email", d="2027-05-12 08:15")
H("not_received", "fr", "leon", """Bonjour,
nous n'avons que le devis, pas la facture. Le bureau de l'association se réunit le 25, merci de nous la faire parvenir d'ici là pour qu'elle soit validée.
Le président""", "music school: only the quote received", d="2027-03-18 20:30", nosig=1)
H("not_received", "fr", "lemaitre", """Bonjour, votre mail est arrivé sans pièce jointe. Merci de me renvoyer la facture.
Sandrine Lemaître""", "no attachment in the reminder", d="2027-06-22 13:15", nosig=1)
H("not_received", "fr", "lebris", """bonjour
on ne vous a pas payé parce qu'on n'a jamais eu de facture, juste le bon de livraison signé. envoyez la facture et on règle
Le Bris""", "oyster farmer: negation, unpaid because never invoiced; conditional promise ranks below", hard=1,
  d="2027-03-25 17:45", nosig=1)
H("not_received", "en", "novaris", """Dear Supplier,

Greetings! We have checked our system and the invoice is not available. Kindly share the invoice copy along with the PO number so that we can process the same at the earliest.

Thanks & Regards,
Deepa M.""", "Indian AP centre: invoice not in the system, asks a copy", d="2027-03-19 15:02", rl="fr")
H("not_received", "en", "heron", """Hi - never got this one. Can you resend? Thx""", "US, one line", d="2027-06-16 08:40", nosig=1)
H("not_received", "en", "hlt", """Dear Sirs,

I'm afraid we have no record of receiving this invoice. We did receive F-2027-0171 in March, which we paid, but not the one in your reminder. Could you send a copy to this address?

Many thanks,""", "UK charity: reminded invoice never received (another one received and paid)", hard=1,
  d="2027-05-17 11:30", rinv="F-2027-0174", inv=["F-2027-0174", "F-2027-0171"])
H("not_received", "en", "holm", """Hello,

The invoice is not in our system, and the PDF attached to your reminder shows only one blank page. Could you send it again?

Best regards""", "Danish: blank PDF, not in system", d="2027-06-01 10:45")
H("not_received", "en", "lindqvist", """Hi! I only got the reminder, not the invoice itself - there was nothing attached. Could you email it again? Thanks, Elin""",
  "Swedish: no attachment", d="2027-03-22 16:20", nosig=1)
H("not_received", "en", "pantry", """Hiya, which invoice is this? I've not had anything from you since the new fridge went in. Can you send it over? Gemma x""",
  "UK café owner: has not had the invoice", d="2027-05-05 21:10", nosig=1)

# =========================================================================== dispute (22)
H("dispute", "fr", "legoff", """oui bonjour alors je paierai quand le portail de mon dépôt marchera parce que là ça fait trois semaines que le moteur se met en défaut tous les deux jours et personne est revenu voir voilà""",
  "dictated: the gate motor still fails, will pay when it works (indirect dispute)", hard=1, d="2027-05-25 12:20", nosig=1)
H("dispute", "fr", "notaire", """Madame, Monsieur,

Votre facture mentionne 14 heures de main-d'œuvre alors que le devis signé prévoyait un forfait de 1 200 € HT. Nous vous remercions de bien vouloir émettre une facture conforme au devis ; dans l'attente, le règlement est suspendu.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.""", "notary: invoice differs from the signed quote", d="2027-03-24 10:40",
  m="html")
H("dispute", "fr", "cormoran", """Bonsoir,
Je transmets à la direction, mais à titre perso : la porte coupe-feu que vous avez posée au 2e se bloque encore, j'ai dû la forcer deux fois cette semaine pendant ma ronde. Il faudrait repasser avant de parler de paiement, à mon avis.
Thierry, veilleur de nuit""", "night manager: the fire door still jams; 'je transmets' is not a redirection", hard=1,
  d="2027-06-04 00:55", nosig=1)
H("dispute", "fr", "uspva", """Bonjour,

On attend toujours la fin du chantier : le drainage du terrain annexe n'est pas terminé et les buts n'ont pas été rescellés. Le bureau ne validera pas le paiement avant la réception des travaux.

Yannick""", "football club: indirect dispute, works not finished", hard=1, d="2027-04-06 19:20", rinv="FA-2027-022",
  nosig=1)
H("dispute", "fr", "p4v", """Bonjour
nous avons réglé 1 920 € qui correspond au devis. La différence de 336 € c'est le déplacement supplémentaire que nous n'avions pas demandé, nous ne la réglerons pas.
Pharmacie des 4 Vents""", "partial payment of the quoted amount, contests the 336 EUR extra trip", hard=1, d="2027-05-18 12:30",
  amt=2256.00, nosig=1)
H("dispute", "fr", "dantec", """Bonjour,

L'avoir que votre commercial nous avait annoncé pour les deux caissons livrés rayés n'est jamais arrivé. Dès qu'on l'a, on règle le solde.

Annie""", "missing credit note for damaged goods", d="2027-06-14 15:30", nosig=1)
H("dispute", "fr", "parc", """Bonjour,

Le Dr Roux conteste cette facture : l'intervention prévue le 12 avril a été annulée par téléphone la veille et personne n'est venu. Merci de l'annuler.

Le secrétariat""", "dental practice: appointment cancelled, nobody came", d="2027-04-27 09:05", nosig=1)
H("dispute", "fr", "jaquet", """Bonjour,

Concernant vos deux rappels :
- la facture F-2027-0183 a été acquittée le 4 mai (quittance ci-jointe) ;
- la facture F-2027-0186 ne sera pas payée en l'état : la TVA française n'a pas lieu d'être pour une prestation facturée à un client suisse. Nous attendons une facture rectifiée, hors TVA.

Meilleures salutations""", "Swiss fiduciary, two invoices: one paid, one contested (VAT) -> dispute by priority", hard=1,
  d="2027-05-10 11:10", rinv="F-2027-0186", inv=["F-2027-0183", "F-2027-0186"],
  att=[("Quittance_F-2027-0183.pdf", "pdf", "Ordre de paiement execute")])
H("dispute", "fr", "comaloc", """Bonjour,

Le treuil réparé en février est retombé en panne dès la deuxième marée. Le patron du « Men Glas » refuse de payer une réparation qui n'a pas tenu. Merci de voir avec votre technicien, c’est urgent : on est en pleine saison de la langoustine.

Gwenaëlle""", "fishing coop: repaired winch broke again (windows-1252 bytes declared iso-8859-1)", d="2027-03-31 08:30", nosig=1, mislabel="cp1252-as-latin1")
H("dispute", "fr", "castel", """Bonjour,

Je ne suis pas sûr de devoir cette somme. Il me semble que l'élagage des tilleuls était compris dans le contrat d'entretien annuel que je vous paie déjà par prélèvement. Pouvez-vous vérifier ? Je ne règle pas en attendant.

H. Castel""", "hedged contest: pruning included in the yearly contract; withholding payment", hard=1,
  d="2027-03-26 11:00", rinv="FA-2027-009")
H("dispute", "fr", "tregor", """Bonjour,

On a annulé cette commande par écrit le 2 avril, avant toute fabrication (je vous remets l'échange en dessous). Je ne comprends pas cette facture.

Loïc""", "cancelled order, earlier cancellation mail quoted below", hard=1, d="2027-04-28 14:15", nosig=1,
  extra=ol_block("Loïc Guéguen", "admin@brasseriedutregor.bzh", hb.D("2027-04-02 16:20"),
                 "Atelier Morel - Commandes <commandes@atelier-morel.fr>", "Annulation commande habillage bar",
                 "Bonjour,\n\nSuite à notre conversation téléphonique de ce matin, je vous confirme l'annulation de notre "
                 "commande du 24 mars pour l'habillage du bar de la salle de dégustation. Merci de me confirmer que rien "
                 "n'a été lancé en fabrication.\n\nLoïc Guéguen\nBrasserie du Trégor"))
H("dispute", "fr", "pronet", """Bonjour,

Cette facture fait doublon avec la F-2027-0190 que nous avons déjà réglée : même prestation, même date d'intervention. Nous attendons un avoir en retour.

Service comptabilité""", "duplicate invoice of one already paid, asks a credit note", d="2027-05-21 10:20",
  rinv="F-2027-0193", inv=["F-2027-0190", "F-2027-0193"], nosig=1)
H("dispute", "fr", "tanguy", """Salut, tant que la réserve sur les garde-corps est pas levée je peux rien payer, le maître d'ouvrage me bloque la retenue de garantie. Passe voir sur place.
Franck""", "mason: reserve on the railings not lifted (indirect dispute)", hard=1, d="2027-04-15 07:30", nosig=1)
H("dispute", "fr", "schmit", """Bonjour,

Le montant facturé ne correspond pas au bon de commande n° BC-2027-044 (3 850 € HT commandés contre 4 120 € HT facturés). La facture est donc rejetée ; merci de nous transmettre une facture rectifiée.

Cordialement""", "Luxembourg: amount differs from the purchase order, invoice rejected", d="2027-06-23 09:45")
H("dispute", "en", "hlt", """Dear Atelier Morel,

We're a little confused by this invoice. The quote we accepted was for EUR 2,400 including VAT, and the invoice is for EUR 2,880. Could you please reissue it at the quoted amount? We won't be able to pay until then.

Kind regards,""", "UK charity: invoice higher than the accepted quote", d="2027-03-30 14:25", amt=2880.00)
H("dispute", "en", "vandijk", """Hello,

The cooling unit still does not work properly, it does not reach the temperature. Your technician said he would come back but we did not see him. When it works we will pay.

Regards,
Marieke""", "Dutch: equipment still not working (indirect dispute)", hard=1, d="2027-06-17 10:30", nosig=1)
H("dispute", "en", "novaris", """Dear Supplier,

The subject invoice is on hold due to price mismatch with PO 4500771203 (PO value EUR 1,560.00 vs invoice value EUR 1,740.00). Kindly issue credit note for the differential amount or get the PO amended from the requestor. Invoice will be processed post resolution.

Thanks & Regards,
Karthik R.""", "Indian AP centre: price mismatch with the PO, on hold", d="2027-04-14 13:40", rl="fr", amt=1740.00)
H("dispute", "en", "heron", """Love the reminder, but we're still waiting on the second half of the order. You shipped 12 of the 24 panels in April and invoiced for all 24. We'll gladly pay for the 12 we have.""",
  "US, ironic: half the goods delivered, full invoice", hard=1, d="2027-05-26 15:50")
H("dispute", "en", "koala", """Hi team,

The invoice shows VAT at 20% but we were quoted ex-VAT as an export. Our accountant won't approve it until it's reissued without the VAT.

Thanks,""", "Australia (+1100): VAT wrongly charged, reissue", d="2027-03-31 09:15")
H("dispute", "en", "holm", """Dear Sirs,

We returned the goods on 12 April (see the return note from the carrier, attached) and are waiting for a credit note. The invoice is therefore not due.

Kind regards""", "Danish: goods returned, credit note expected", d="2027-04-26 14:10",
  att=[("Return_note_DSV_120427.pdf", "pdf", "DSV return note")])
H("dispute", "en", "kirby", """Paid the first one (F-2027-0199) last week. The other one F-2027-0203 I'm not paying, your lad left the consumer unit half done and I had to get someone else in to finish it. Ring me""",
  "UK electrician, two invoices: one paid, one contested -> dispute", hard=1, d="2027-06-21 17:35",
  rinv="F-2027-0203", inv=["F-2027-0199", "F-2027-0203"], nosig=1)
H("dispute", "en", "brandt", """Dear Sir or Madam,

we cannot pay this invoice in this form, because the stand elements were delivered two days after the fair had started (delivery note attached). As agreed in the contract, a penalty of 10 % is to be deducted. Please send us a corrected invoice.""",
  "German customer writing English: late delivery penalty, corrected invoice requested", d="2027-03-30 10:05",
  att=[("Lieferschein_LS-22817.pdf", "pdf", "Lieferschein LS-22817")])

# =========================================================================== payment_difficulty (18)
H("payment_difficulty", "fr", "legoff", """bonjour c'est Kévin alors je vais être honnête avec vous en ce moment c'est compliqué j'ai deux clients qui me doivent plus de 8000 euros est-ce que je peux vous payer en trois fois je vous fais un premier virement le 15 si ça vous va""",
  "dictated: asks three instalments, first one on the 15th (proposal)", d="2027-06-03 20:05", prom="2027-06-15", nosig=1)
H("payment_difficulty", "fr", "uspva", """Bonjour,

Nous attendons le versement de la subvention du Département pour la saison, annoncé pour le mois prochain. D'ici là la trésorerie du club est à sec. Est-ce que vous pouvez patienter un peu ?

Yannick""", "club: waiting for the grant, cash at zero, asks to wait (indirect difficulty)", hard=1,
  d="2027-03-16 18:40", firm="vasseur", nosig=1)
H("payment_difficulty", "fr", "embruns", """Bonjour !

On a bien noté, c'est pour la location des barrières de l'an dernier c'est ça ? On vous paie dès que la billetterie nous reverse les recettes de la prévente, normalement début juillet. On est une petite asso, on n'a pas de trésorerie d'avance... désolée pour l'attente !

Solène""", "festival association: no cash until ticket revenue comes in 'début juillet' (vague, no date)", hard=1,
  d="2027-06-11 22:10", nosig=1)
H("payment_difficulty", "fr", "cormoran", """Bonjour,

Mme Kervella, directrice de l'hôtel. Période compliquée pour nous : nous avons été fermés six semaines pour travaux après le dégât des eaux et l'assureur traîne à nous rembourser. Je vous propose de régler cette facture en deux fois, fin mai et fin juin. Cela vous convient-il ?

Cordialement,
A. Kervella""", "hotel manager: two instalments, end of May (first) and end of June", d="2027-05-04 14:20",
  prom="2027-05-31", nosig=1)
H("payment_difficulty", "fr", "bertin", """Bonjour, je ne peux pas tout payer d'un coup en ce moment. 200 € par mois, ça irait ?""",
  "bike shop: asks 200 EUR a month", d="2027-04-29 12:35", nosig=1)
H("payment_difficulty", "fr", "ricard", """Bonjour, nous sommes en redressement judiciaire depuis le 3 mai. Le mandataire est Me Guillou (SELARL Guillou Mandataires), il faut lui déclarer votre créance : declarations@guillou-mj.fr""",
  "receivership; creditor must write to the court-appointed representative (new contact)", hard=1,
  d="2027-05-19 10:25", nc="declarations@guillou-mj.fr")
H("payment_difficulty", "fr", "tregor", """Bonjour,

Comme beaucoup de brasseries artisanales, on traverse une passe difficile (verre et énergie). Je préfère être transparent : je ne peux pas honorer cette facture ce mois-ci. Je peux verser 500 € le 5 juillet et le solde en août. Est-ce acceptable pour vous ?

Loïc""", "brewery: 500 EUR on 5 July and the rest in August (proposal)", d="2027-06-21 09:50",
  prom="2027-07-05", nosig=1)
H("payment_difficulty", "fr", "pronet", """Bonjour,

Le tribunal de commerce de Rennes a placé ProNet Services sous procédure de sauvegarde par jugement du 14 avril 2027. Les créances antérieures à cette date sont gelées et doivent être déclarées auprès du mandataire judiciaire. Nous ne pouvons donc procéder à aucun règlement.

Service comptabilité""", "safeguard procedure, claims frozen", d="2027-04-20 16:05", nosig=1)
H("payment_difficulty", "fr", "lebris", """bonjour
la saison a été mauvaise avec l'interdiction de vente pendant cinq semaines (norovirus), on n'a presque rien vendu en février et mars. je vous paierai mais laissez moi un peu de temps svp
Le Bris""", "oyster farmer: sales ban, asks for time", d="2027-04-21 18:55", nosig=1)
H("payment_difficulty", "fr", "payet", """Bonjour,

Suite au passage du cyclone, notre activité est à l'arrêt et nous attendons les indemnités d'assurance. Nous sollicitons un report de paiement jusqu'au 30 juin.

Cordialement""", "Réunion: cyclone, asks delay until 30 June (date kept as proposal)", d="2027-04-08 09:20",
  prom="2027-06-30")
H("payment_difficulty", "fr", "afr", """Bonjour,
L'association attend le versement de la CAF pour l'accueil de loisirs, qui a pris du retard. Nous ne pourrons régler qu'à réception. Toutes nos excuses.
La trésorière""", "association waiting for a family-allowance payment before paying (indirect difficulty)", hard=1,
  d="2027-05-06 20:15", nosig=1)
H("payment_difficulty", "fr", "tamaris", """Bonjour,

La copropriété ne peut régler votre facture qu'après l'appel de fonds qui sera voté à l'assemblée générale du 24 juin. Deux copropriétaires sont par ailleurs en retard de charges. Je vous propose de régler en juillet, sans faute.

Jean-Pierre Hamon""", "volunteer condominium manager: no funds before the AGM, proposes July (reads like a promise)",
  hard=1, d="2027-06-01 17:30", rinv="FA-2027-044", nosig=1)
H("payment_difficulty", "en", "hlt", """Dear Atelier Morel,

I'm sorry to say that Harbour Light Trust has lost a major grant this year and our reserves are under review by the trustees. We do want to pay you in full, but could we spread this over three monthly payments starting on 30 June?

Kind regards,""", "UK charity: three monthly payments from 30 June", d="2027-06-07 12:05", prom="2027-06-30")
H("payment_difficulty", "en", "heron", """Hey, rough quarter here - a big client went bankrupt on us. Can we do half now-ish and half in 60 days? Let me know.""",
  "US: client bankrupt, asks to split (no date)", d="2027-04-07 17:25")
H("payment_difficulty", "en", "koala", """Hi,

Just a heads-up that Koala Coast Tours has entered voluntary administration. Please direct all creditor enquiries to the administrators, Pearce Hill Advisory, at creditors@pearcehill.com.au.

Regards,""", "Australian voluntary administration with administrators' address (new contact)", hard=1,
  d="2027-05-13 10:40", nc="creditors@pearcehill.com.au")
H("payment_difficulty", "en", "kalimera", """Dear Sirs,

April was very bad for us because of the ferry strike, we had almost no guests. We ask to pay your invoice in two parts: half on Friday and half at the end of June. I hope you understand.

Best regards,""", "Greek hotel: half on Friday (reply Tue 11 May), half end of June", d="2027-05-11 19:05",
  prom="2027-05-14")
H("payment_difficulty", "en", "quinta", """Hello,

Money is tight for us right now after the renovation works at the quinta. Would it be possible to pay in 4 instalments? I can send the first one on the 1st of June.

Best regards,""", "Portuguese estate: four instalments, first on 1 June", d="2027-05-20 11:35", prom="2027-06-01")
H("payment_difficulty", "en", "meridian", """Dear Sir/Madam,

Due to a delay in receipts from our own customer, we are unable to settle this invoice at present. May we request an extension of 30 days? We will revert with a firm payment date shortly.

Best regards,""", "Singapore (+0800): asks a 30-day extension (no date named)", d="2027-06-24 15:30")

# =========================================================================== wrong_contact (16)
H("wrong_contact", "fr", "notaire", """Madame, Monsieur,

La gestion des factures fournisseurs de l'Office a été confiée à notre service comptable centralisé. Merci d'adresser désormais vos factures et relances à l'adresse suivante : factures@picard-lenoir.notaires.fr

Bien cordialement,""", "notary: send invoices and reminders to the central accounting address", d="2027-04-28 09:15",
  nc="factures@picard-lenoir.notaires.fr")
H("wrong_contact", "fr", "cormoran", """Bonsoir, ici la réception, je ne m'occupe pas des factures. Il faut écrire à la direction : direction@hotel-lecormoran.fr. Bonne nuit.""",
  "night reception: write to the management address", d="2027-03-19 23:50", nc="direction@hotel-lecormoran.fr", nosig=1)
H("wrong_contact", "fr", "uspva", """Bonjour,

Je ne suis plus trésorier du club depuis l'assemblée générale du 11 juin. C'est Morgane Le Hir qui a repris : tresorerie.uspva@gmail.com. Je lui transfère votre mail.

Bonne continuation,
Yannick""", "former treasurer gives the new treasurer's address", d="2027-06-15 08:20", nc="tresorerie.uspva@gmail.com",
  nosig=1, firm="vasseur")
H("wrong_contact", "fr", "p4v", """Bonjour Véronique,
Je te transfère cette relance, c'est toi qui gères les fournisseurs maintenant.

Madame, Monsieur, pour la suite merci d'écrire directement à Véronique : v.guillard@pharmacie-quatrevents.fr

Éric""", "forward to the colleague with us in Cc, and an explicit request to write to her from now on", hard=1,
  d="2027-05-31 09:05", subj="TR: {S}", pre="TR: ", to="v.guillard@pharmacie-quatrevents.fr",
  cc=f"Atelier Morel SARL <{MOREL}>", nc="v.guillard@pharmacie-quatrevents.fr", nosig=1)
H("wrong_contact", "fr", "narval", """Bonjour
le bar a changé de propriétaire le 1er avril. les factures d'avant c'est l'ancien gérant M. Coadou qui les doit, voyez avec lui : jm.coadou@gmail.com
le nouveau gérant""", "bar changed hands; earlier invoices are the former owner's", hard=1, d="2027-04-14 11:00",
  nc="jm.coadou@gmail.com", nosig=1)
H("wrong_contact", "fr", "jaquet", """Bonjour,

Nous ne sommes plus mandataires de la société Horlogerie Vuille SA depuis le 31 mai. Veuillez vous adresser directement à la société : administration@vuille-horlogerie.ch.

Meilleures salutations""", "Swiss fiduciary no longer acts for the client", d="2027-06-08 10:30",
  nc="administration@vuille-horlogerie.ch")
H("wrong_contact", "fr", "sivom", """Bonjour,

Le SIVOM a été dissous au 31 décembre 2026 et ses compétences ont été reprises par la communauté de communes. Vos factures doivent désormais être adressées à finances@cc-baie-terres.fr (et déposées sur Chorus Pro au nom de la communauté de communes). Nous ne pouvons plus traiter cette facture.

L'ancienne secrétaire du SIVOM""", "dissolved public body: redirects to the successor's address (outranks not_received)", hard=1,
  d="2027-04-20 10:50", nc="finances@cc-baie-terres.fr", nosig=1)
H("wrong_contact", "fr", "payet", """Bonjour,

Cette adresse est celle du service commercial. Nos factures sont gérées par notre cabinet comptable, merci de les envoyer à : factures.payet@cabinet-hoarau.re

Cordialement""", "Réunion: invoices handled by the accounting firm", d="2027-06-16 08:45",
  nc="factures.payet@cabinet-hoarau.re")
H("wrong_contact", "fr", "bellevue", """Bonjour,

Les travaux ont été commandés par la SCEA Bellevue Agricole, qui a sa propre comptabilité (la facture est d'ailleurs bien à son nom). Merci d'adresser vos relances à compta@scea-bellevue.mq.

Bien cordialement,""", "Martinique: the sister company has its own accounting address", d="2027-05-25 08:10",
  nc="compta@scea-bellevue.mq")
H("wrong_contact", "fr", "castel", """Bonjour,

Comme je vous l'ai dit, je suis à la retraite et c'est ma fille Sophie qui gère désormais la SCI. Son adresse : sophie.castel.sci@gmail.com. Merci de ne plus m'écrire pour ces questions.

Hervé Castel""", "retired manager: write to his daughter", d="2027-06-29 09:40", nc="sophie.castel.sci@gmail.com",
  firm="vasseur")
H("wrong_contact", "en", "novaris", """Dear Supplier,

Please note this mailbox is only for AP queries. Invoices and reminders for Novaris France entities must be submitted to invoices.fr@novaris-gbs.com with a valid PO. Kindly resend the invoice to the said mailbox for processing.

Thanks & Regards,
Suresh V.""", "Indian AP centre: resend to the invoice mailbox (outranks not_received)", hard=1,
  d="2027-04-27 10:20", rl="fr", nc="invoices.fr@novaris-gbs.com")
H("wrong_contact", "en", "hlt", """Hello,

I'm a volunteer on reception - I don't deal with invoices I'm afraid! Could you send it to our finance officer, Annie Forsyth, at annie.forsyth@harbourlight.org.uk?

Best wishes,
Pat""", "charity reception volunteer gives the finance officer's address", d="2027-03-17 11:40",
  nc="annie.forsyth@harbourlight.org.uk", fname="Harbour Light Trust", faddr="info@harbourlight.org.uk",
  envfrom="info@harbourlight.org.uk", rto="info@harbourlight.org.uk", nosig=1)
H("wrong_contact", "en", "oakley", """Hi Tom, can you have a look at this one? I think it's the new gates.

Hi Atelier Morel team - Tom does our accounts now, so please send future invoices and reminders straight to tom@oakleybarn.co.uk rather than this inbox. Thanks!

Jess""", "Gmail forward to the bookkeeper with us in Cc, plus a permanent redirection", hard=1,
  d="2027-04-23 09:50", q="gmail_fwd_en", subj="Fwd: {S}", to="Tom Fairley <tom@oakleybarn.co.uk>", cc=MOREL,
  nc="tom@oakleybarn.co.uk", nosig=1)
H("wrong_contact", "en", "holm", """Hello,

Holm & Sønner ApS was taken over by Nordisk Byg A/S on 1 May. Please send all invoices and reminders to creditor@nordiskbyg.dk.

Kind regards""", "Danish company taken over: new creditor address", d="2027-05-18 13:30", nc="creditor@nordiskbyg.dk")
H("wrong_contact", "en", "koskinen", """Hi,

I no longer handle purchases at Koskinen, my mails are only forwarded for a few more weeks. Please send invoices and reminders to ostolaskut@koskinen.fi.

Br, Mikko""", "Finnish (+0300): person moved on, purchase-invoice address", d="2027-04-12 14:15",
  nc="ostolaskut@koskinen.fi", nosig=1)
H("wrong_contact", "en", "heron", """Hi, this should go to our bookkeeper, Carla, at carla@hollisbooks.com - she handles all our bills. Thanks!""",
  "US: send to the outside bookkeeper", d="2027-03-25 10:30", nc="carla@hollisbooks.com")

# =========================================================================== auto_reply (16)
H("auto_reply", "fr", "notaire", """L'Office notarial est exceptionnellement fermé ce vendredi 7 mai (pont de l'Ascension). Votre message sera traité à partir du lundi 10 mai.

Office notarial Picard & Lenoir""", "notary's bridge-day closure notice, no special header", hard=1, d="2027-05-07 09:01",
  subj="Réponse automatique : {S}", q="none", nosig=1, irt_always=1)
H("auto_reply", "fr", "p4v", """Bonjour,
Je suis absente du 19 au 24 avril inclus. Pour vos commandes, merci d'appeler l'officine au 02 96 20 41 41.
Dr Laurence Hamon""", "pharmacist's absence message (Orange webmail)", d="2027-04-20 09:02", subj="Message d'absence : {S}",
  q="none", nosig=1, hdr=AS, irt_always=1)
H("auto_reply", "fr", "parc", """Le cabinet dentaire du Parc est fermé du 5 au 16 juillet inclus. En cas d'urgence dentaire, composez le 15. Réouverture le lundi 19 juillet.""",
  "dental practice summer closure", d="2027-07-05 09:01", subj="Réponse automatique : {S}", q="none", nosig=1, hdr=AS)
H("auto_reply", "fr", "uspva", """Salut ! Je suis en tournoi avec les U13 à Saint-Brieuc jusqu'au 25 avril, réseau très limité. Je réponds à mon retour.
Yannick""", "club treasurer's Gmail vacation responder, no special header", hard=1, d="2027-04-19 09:03",
  subj="Re: {S}", q="none", nosig=1, firm="vasseur")
H("auto_reply", "fr", "comaloc", """Bonjour,

Je suis absente du 17 au 28 mai. En cas d'urgence, vous pouvez joindre Yann Cariou : y.cariou@comaloc.fr.

Gwenaëlle Le Corre""", "absence with a temporary backup address (not a new contact)", hard=1, d="2027-05-18 09:02",
  subj="Réponse automatique : {S}", q="none", nosig=1, hdr=LOOP("compta@comaloc.fr"))
H("auto_reply", "fr", "dantec", """Bonjour,

Nous avons bien reçu votre demande (#4521). Notre équipe vous répondra dans les meilleurs délais, du lundi au vendredi de 9 h à 17 h.

L'équipe de l'Imprimerie Le Dantec

--
Ce message a été envoyé automatiquement par notre service d'assistance.""", "helpdesk ticket acknowledgement",
  d="2027-06-28 09:01", subj="[#4521] {S}", q="none", nosig=1, hdr={"Auto-Submitted": "auto-generated", "X-Ticket-Id": "4521"},
  fname="Imprimerie Le Dantec - Support", faddr="support@imprimerie-ledantec.fr", envfrom="support@imprimerie-ledantec.fr")
H("auto_reply", "fr", "jaquet", """Je suis absent jusqu'au 3 mai 2027. Votre message ne sera pas transféré. Pour toute question urgente, veuillez contacter notre secrétariat au +41 32 720 00 00.

Meilleures salutations
Pierre-Alain Jaquet""", "Swiss out-of-office", d="2027-04-26 09:02", subj="Réponse automatique : {S}", q="none", nosig=1,
  hdr=LOOP("comptabilite@fiduciaire-jaquet.ch"), irt_always=1)
H("auto_reply", "fr", "payet", """Bonjour,

Nos bureaux sont fermés ce lundi 17 mai (lundi de Pentecôte). Réouverture demain, mardi 18 mai, à 7 h 30.

Service comptabilité - SARL Payet Frères""", "Réunion holiday closure, no special header, subject without invoice", hard=1,
  d="2027-05-17 11:03", subj="Fermeture lundi de Pentecôte", q="none", nosig=1, inv="")
H("auto_reply", "fr", "weber", """Bonjour,

Madame Weber ne fait plus partie de Schmit Immobilier. Ce message ne sera ni lu ni transféré. Merci d'adresser désormais vos correspondances à comptabilite@schmit-immo.lu.

Message généré automatiquement.""", "automatic 'no longer with the company' notice with a permanent address (new contact)", hard=1,
  d="2027-05-03 09:01", subj="Réponse automatique : {S}", q="none", nosig=1, hdr=AS, nc="comptabilite@schmit-immo.lu")
H("auto_reply", "fr", "ricard", """Bonjour, je suis actuellement en intervention et ne peux pas vous répondre. Je vous recontacte dès que possible.
Ambulances Ricard""", "ambulance firm's automatic reply (Exchange headers)", d="2027-04-23 09:03",
  subj="Réponse automatique : {S}", q="none", nosig=1, hdr=MSX)
H("auto_reply", "en", "hlt", """Thank you for contacting Harbour Light Trust.

Our finance team works part-time (Tuesdays and Thursdays). We aim to reply to all enquiries within five working days. If your enquiry is about a donation, please visit our website.""",
  "charity automatic reply, no special header", hard=1, d="2027-03-23 08:02", subj="Automatic reply: {S}", q="none", nosig=1)
H("auto_reply", "en", "novaris", """Dear Supplier,

Incident INC0048213 has been raised for your query and assigned to the AP - France queue. Please do not reply to this email; quote the incident number in any follow-up.

Regards,
Novaris GBS ServiceNow""", "ServiceNow incident acknowledgement", d="2027-06-30 12:31", subj="INC0048213 | Query received | {S}",
  q="none", nosig=1, hdr=PREC, rl="fr", fname="Novaris GBS ServiceNow", faddr="servicenow@novaris-gbs.com",
  envfrom="servicenow@novaris-gbs.com")
H("auto_reply", "en", "heron", """I'm out of the office through Memorial Day and will be back on Tuesday, June 1, with limited access to email until then.

Brett""", "US Gmail vacation reply", d="2027-05-28 03:01", subj="Re: {S}", q="none", nosig=1, hdr=AS)
H("auto_reply", "en", "vandijk", """Ik ben afwezig tot en met vrijdag 14 mei en lees mijn e-mail niet. Voor dringende zaken: administratie@vandijkhoreca.nl.

I am out of office until Friday 14 May and will not read my email. For urgent matters: administratie@vandijkhoreca.nl.

Marieke Bos""", "Dutch/English out-of-office (backup address not a new contact)", d="2027-05-07 09:02",
  subj="Automatisch antwoord: {S}", q="none", nosig=1, hdr=LOOP("crediteuren@vandijkhoreca.nl"))
H("auto_reply", "en", "lindqvist", """Hej! Jag är föräldraledig till och med 15 augusti. För fakturor och betalningar, kontakta ekonomi@lindqvistdesign.se.

Hi! I'm on parental leave until 15 August. For invoices and payments, please contact ekonomi@lindqvistdesign.se.

/Elin""", "Swedish/English parental-leave reply: long but temporary, backup address not a new contact", hard=1,
  d="2027-06-21 09:02", subj="Autosvar: {S}", q="none", nosig=1, hdr=AS)
H("auto_reply", "en", "koala", """Thanks for your email! Our office is closed for the Easter long weekend (Friday 26 March to Monday 29 March). We'll respond when we're back on Tuesday.""",
  "Australian Easter closure (+1100), no special header", hard=1, d="2027-03-26 19:02", subj="Automatic reply: {S}",
  q="none", nosig=1)

# =========================================================================== bounce (8)
BNC("infomaniak", "comptabilite@chalets-vuillemin.ch", "Infomaniak (Swiss host) notice in French: unknown mailbox",
    lang="fr", d="2027-04-06 09:02", subj="Non distribuable : {S}",
    frm="Infomaniak Mail <MAILER-DAEMON@mta-gw.infomaniak.ch>", rep="mta-gw.infomaniak.ch", status="5.1.1",
    text="Ceci est un message automatique du service de messagerie Infomaniak.\n\nVotre message n'a pas pu être délivré au destinataire suivant :\n\n  {R}\n  Raison : cette adresse n'existe pas (550 5.1.1 Adresse inconnue).\n\nVérifiez l'orthographe de l'adresse ou contactez le destinataire par un autre moyen.\nVotre message d'origine est joint à cette notification.",
    diag="550 5.1.1 <comptabilite@chalets-vuillemin.ch>: Recipient address rejected: User unknown in virtual mailbox table",
    remote="mta-gw.infomaniak.ch", hdr={"Auto-Submitted": "auto-replied"})
BNC("bbox", "famille.nedelec@bbox.fr", "Bouygues Telecom notice in French, plain text with the original headers inline",
    lang="fr", d="2027-05-11 09:03", subj="Échec de distribution : {S}",
    frm="Service de messagerie Bouygues Telecom <postmaster@bbox.fr>", rep="mx-out.bbox.fr", shape="plain",
    orig_intro="---- En-têtes du message original ----\n\n",
    text="Bonjour,\n\nNous n'avons pas pu distribuer votre message.\n\nDestinataire : {R}\nCause : la boîte aux lettres de ce destinataire est désactivée (550 5.2.1 Mailbox disabled).\n\nIl est inutile de renvoyer ce message à cette adresse.\n\nLe service de messagerie Bouygues Telecom",
    hdr={"Auto-Submitted": "auto-generated"}, hhow="b")
BNC("mailo", "j.lagadec@mailo.com", "Mailo notice in French: account deleted, original as headers only", lang="fr",
    d="2027-06-01 09:04", subj="Message non remis : {S}", frm="Mailo - Service de messagerie <postmaster@mailo.com>",
    rep="mx1.mailo.com", status="5.1.1", orig="headers",
    text="Votre message à {R} n'a pas pu être remis.\n\nLe compte de votre correspondant a été supprimé par son titulaire. Aucune nouvelle tentative ne sera faite.\n\nDétail technique : 550 5.1.1 <{R}> compte supprimé",
    diag="550 5.1.1 <j.lagadec@mailo.com> compte supprime", remote="mx1.mailo.com")
BNC("exchange", "s.morvan@arvor-distribution.fr", "on-premise Exchange report in French with a DSN part: recipient left",
    lang="fr", d="2027-03-22 09:01", subj="Non remis : {S}",
    frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@arvor-distribution.fr>",
    rep="EXCH02.arvor-distribution.local", status="5.1.1",
    text="Votre message n'a pas pu être remis aux destinataires suivants :\n\n{R}\nLe destinataire n'existe plus dans l'annuaire de l'organisation. Contactez-le par un autre moyen.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : EXCH02.arvor-distribution.local\n\n{R}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
    diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", remote=None, hard=1)
BNC("exim", "accounts@penroseandbyrne.co.uk", "IONOS (Exim) 'Mail delivery failed': mailbox unavailable", d="2027-04-14 09:02",
    subj="Mail delivery failed: returning message to sender", frm="Mail Delivery System <mailer-daemon@kundenserver.de>",
    rep="mout.kundenserver.de", rl="en", status="5.0.0", shape="plain",
    orig_intro="------ This is a copy of the message, including all the headers. ------\n\n",
    text="This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  {R}\n    host mx00.ionos.co.uk [217.72.192.77]\n    SMTP error from remote mail server after RCPT TO:<{R}>:\n    550 Requested action not taken: mailbox unavailable")
BNC("postfix", "invoices@stellarbrook.co.uk", "our Postfix report: Exchange Online directory-based edge blocking (5.4.1)",
    d="2027-05-24 09:02", subj="Undelivered Mail Returned to Sender",
    frm="MAILER-DAEMON@mx1.atelier-morel.fr (Mail Delivery System)", rep="mx1.atelier-morel.fr", status="5.4.1", rl="en",
    text=bc.PF.format(mx="mx1.atelier-morel.fr") + "<{R}>: host stellarbrook-co-uk.mail.protection.outlook.com[52.101.73.2]\n    said: 550 5.4.1 Recipient address rejected: Access denied.\n    AS(201806281) [AM4PEPF00027A5C.eurprd04.prod.outlook.com] (in reply to RCPT TO\n    command)",
    diag="550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
    remote="stellarbrook-co-uk.mail.protection.outlook.com")
BNC("gmail", "ap@tidewayfoods.com", "Google Groups 'Message blocked': group only accepts internal senders", d="2027-06-10 09:03",
    subj="Delivery Status Notification (Failure)", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    rep="mx.google.com", status="5.7.1", rl="en", hard=1,
    text="\n** Message blocked **\n\nYour message to {R} has been blocked. See technical details below for more information.\n\nThe response was:\n\n550 5.7.1 The group ap@tidewayfoods.com only accepts messages from members of its organization. Please contact the group owner.",
    diag="550-5.7.1 The group ap@tidewayfoods.com only accepts messages from members of its organization.",
    remote="aspmx.l.google.com", hdr={"X-Failed-Recipients": "ap@tidewayfoods.com"})
BNC("postfix", "office@brightwater-dental.co.uk", "OVH Postfix report for the second firm: domain no longer exists",
    d="2027-06-29 10:12", rinv="FA-2027-060", subj="Undelivered Mail Returned to Sender",
    frm="MAILER-DAEMON@mx2.mail.ovh.net (Mail Delivery System)", rep="mx2.mail.ovh.net", status="5.4.4", rl="en",
    text=bc.PF.format(mx="mx2.mail.ovh.net") + "<{R}>: Host or domain name not found. Name service error for\n    name=brightwater-dental.co.uk type=A: Host not found",
    diag="Host or domain name not found. Name service error for name=brightwater-dental.co.uk type=A: Host not found",
    remote=None)

# =========================================================================== other (20)
H("other", "fr", "legoff", """oui bonjour c'est pour savoir si je peux vous payer par carte bleue par téléphone parce que les virements avec ma banque c'est toute une histoire merci""",
  "dictated: asks whether card payment by phone is possible", d="2027-03-31 07:40", nosig=1)
H("other", "fr", "notaire", """Madame, Monsieur,

Afin de pouvoir procéder au règlement, nous vous remercions de nous faire parvenir un RIB à l'en-tête de votre société, certifié par votre banque : nos procédures de prévention de la fraude au faux fournisseur l'exigent.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.""",
  "notary asks a bank-certified RIB before paying (precondition, no promise)", hard=1, d="2027-05-20 15:10")
H("other", "fr", "cormoran", """Bonsoir, bien reçu, je laisse votre message à la direction pour demain matin. Thierry""",
  "night receptionist passes the message on, nothing more", hard=1, d="2027-06-24 23:30", nosig=1)
H("other", "fr", "uspva", """Au fait, ça vous dirait un panneau publicitaire au bord du terrain pour la saison prochaine ? 300 € la saison, visibilité garantie le dimanche 😉
Yannick""", "club treasurer offers an advertising board (unrelated)", d="2027-06-30 12:45", nosig=1, firm="vasseur")
H("other", "fr", "p4v", """Bonjour,
pouvez-vous nous envoyer un relevé de tous nos achats depuis janvier, avec le détail par facture ? Merci
Pharmacie des 4 Vents""", "asks a statement of account", d="2027-06-09 14:40", nosig=1)
H("other", "fr", "parc", """Bonjour,

Le Dr Benali souhaiterait que vous le rappeliez au sujet de cette facture, idéalement entre 12 h 30 et 13 h 30 au 04 78 00 12 12.

Le secrétariat""", "call-me request about the invoice, no reason given", hard=1, d="2027-06-03 10:20", nosig=1)
H("other", "fr", "comaloc", """Bonjour,

Votre facture est adressée à la coopérative, mais la commande a été passée pour le compte du bateau « Ar Vag » (armement Le Floc'h). Préférez-vous la refacturer directement à l'armement, ou la réglons-nous et la refacturons-nous ensuite nous-mêmes ? Dites-nous ce qui vous arrange.

Cordialement,""", "fishing coop asks who should be billed, offers either option (a question, not a dispute)", hard=1,
  d="2027-06-10 10:50")
H("other", "fr", "sablons", """Bien reçu, merci ! Bonne journée 🐴""", "short ack", d="2027-05-04 08:15", nosig=1)
H("other", "fr", "tanguy", """Tu peux me rappeler ? 06 71 22 09 48
Franck""", "call-me request", d="2027-05-12 12:05", nosig=1)
H("other", "fr", "lemaitre", """Bonjour,

Pouvez-vous me confirmer votre IBAN par téléphone ? J'ai reçu la semaine dernière un mail à votre nom m'annonçant un changement de coordonnées bancaires, je préfère vérifier avant de faire quoi que ce soit.

Sandrine Lemaître""", "suspects a bank-details fraud, asks to confirm the IBAN (no promise)", hard=1, d="2027-04-01 11:25",
  nosig=1)
H("other", "fr", "leon", """Bonjour, vous pouvez nous dire à quoi correspond exactement cette facture ? On a eu deux interventions en mars, je ne sais pas laquelle c'est.
Le président""", "asks which job the invoice is for", d="2027-04-15 19:10", nosig=1)
H("other", "fr", "tamaris", """Bonjour,

Je transmets votre relance au conseil syndical, qui se réunit prochainement. Je reviens vers vous ensuite.

Jean-Pierre Hamon""", "volunteer syndic passes it to the council, no promise", d="2027-04-20 18:00", nosig=1, firm="vasseur")
H("other", "fr", "afr", """Bonjour,

Veuillez trouver ci-joint le document partagé pour validation.

Consultez-le ici : https://partage-docs-securise.com/view/884213

Cordialement""", "phishing sent from the customer's hijacked mailbox in reply to our thread (spam)", hard=1,
  d="2027-06-17 03:12", nosig=1)
H("other", "en", "novaris", """Dear Supplier,

As per our records your vendor master data is incomplete. Kindly fill the attached vendor registration form along with a bank letter and share at the earliest so that your invoices can be processed.

Thanks & Regards,
Anjali P.""", "Indian AP centre: vendor registration documents", d="2027-05-25 14:05", rl="fr",
  att=[("Vendor_Registration_Form_v3.xlsx", "bin", "vendor registration form")])
H("other", "en", "pinecrest", """Quick q - do you take ACH? We don't really do international wires. Thanks, Nora""",
  "US: asks about ACH", d="2027-04-20 10:35", nosig=1)
H("other", "en", "lindqvist", """Thanks for the reminder! We will look at it. Have a nice weekend. /Elin""",
  "'we will look at it' is not a promise", hard=1, d="2027-05-14 16:45", nosig=1)
H("other", "en", "holm", """Hi,

Which project is this invoice for? You did both the showroom and the warehouse for us.

BR
Søren""", "Danish: which job?", d="2027-03-18 13:20", nosig=1)
H("other", "en", "pantry", """Are you around tomorrow morning? I'd rather talk it through on the phone - 07700 900312. Gemma""",
  "UK café: phone call request", d="2027-06-08 20:40", nosig=1)
H("other", "en", "quinta", """Hello, received, thank you very much. I will pass it to our accountant.
Inês""", "acknowledged and passed to the accountant, no promise", hard=1, d="2027-04-09 12:15", nosig=1)
H("other", "en", "meridian", """Dear Sir/Madam,

Kindly advise the bank charges arrangement for this transfer: should it be made with OUR or SHA charges?

Best regards,""", "Singapore: asks about bank charge option", d="2027-05-06 10:05")


# =========================================================================== writer and checks
STEM = "holdout2_"


def build_bounce(e: dict, idx: int):
    """build_corpus.build_bounce dates every notice +0100; here French summer time (+0200) applies after 28 March."""
    orig_parse = bc.parse_d

    def parse_summer(d, rng, tzmin):
        return orig_parse(d, rng, tz_for("bounce", d) if d else tzmin)

    bc.parse_d = parse_summer
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
    random.Random(20270709).shuffle(order)
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


INV_RE = re.compile(r"^(F-2027-\d{4}|FA-2027-\d{3})$")


def other_corpora_invoices() -> set[str]:
    seen = set()
    for p in (OUT.parent / "replies" / "labels.tsv", OUT.parent / "holdout" / "labels.tsv"):
        if p.exists():
            with open(p, encoding="utf-8") as fh:
                for r in csv.DictReader(fh, delimiter="\t"):
                    seen.update(r["invoices"].split())
    return seen


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
                problems.append(f"{r['file']}: invoice {inv} is not a 2027 number")
            if inv in old:
                problems.append(f"{r['file']}: invoice {inv} also used in another corpus")
            if inv not in flat:
                problems.append(f"{r['file']}: invoice {inv} not visible")
        for inv in set(re.findall(r"\bFA?-20\d\d-\d{3,4}\b", flat)):
            if inv in old:
                problems.append(f"{r['file']}: mentions {inv} from another corpus")
        if r["new_contact"] and r["new_contact"].lower() not in flat.lower():
            problems.append(f"{r['file']}: new contact {r['new_contact']} not visible")
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
    langs = Counter(r["lang"] for r in rows)
    hard = sum(r["hard"] == "yes" for r in rows)
    print(f"{len(rows)} files, hard={hard}, languages={dict(langs)}, "
          f"promised dates={sum(bool(r['promised_date']) for r in rows)}, new contacts={sum(bool(r['new_contact']) for r in rows)}")
    for c in bc.CATEGORIES:
        sub = [r for r in rows if r["category"] == c]
        print(f"  {c:20s} {cats.get(c, 0):3d}  hard={sum(r['hard'] == 'yes' for r in sub):2d}  "
              f"fr={sum(r['lang'] == 'fr' for r in sub):2d} en={sum(r['lang'] == 'en' for r in sub):2d}")
    for p in problems:
        print("!!", p, file=sys.stderr)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
