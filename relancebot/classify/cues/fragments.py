"""Fragments of patterns shared by several cues (and by the safety net), as regex source.

Each is an open list of words or stems that the cues combine: a payment noun, a past event, a
condition, an amount... Patterns run on folded text (lowercase, no accents, straight
apostrophes). A fragment is a non-capturing group, so it can be dropped into any pattern.
"""

from __future__ import annotations

# ---- a payment made (French) --------------------------------------------------------------------
PAID = r"(?:regle|payee?|vire|solde|acquitte|verse)e?s?"

# ---- concepts that meet in one clause -----------------------------------------------------------
GAP = r"[^.;!?\n]{0,50}"
PAY_NOUN = (
    r"(?:virements?|paiements?|reglements?|cheques?|versements?|transferts?|prelevements?|lcr|money"
    r"|traites?|payments?|transfers?|wires?|checks?|remittances?|funds|fonds)"
)
PAST_EVENT = (
    r"(?:\b(?:(?:est|sont|a|ont|etait|avait) (?:bien |deja )?(?:ete )?|(?:has been|have been|was"
    r"|were|went|is) (?:already )?)(?:parti[st]?|passe|effectue|execute|emis|envoye|debite"
    r"|encaisse|depose|re"
    r"mis"
    r"|poste|vire|realise|traite|donne|out|sent|made|done|executed|processed|debited"
    r"|cleared|issued|mailed|posted|released|initiated|through)e?s?\b"
    r"|\bwent out\b|\bleft (?:our|the) (?:account|bank)|should(?: have|'ve) (?:landed|arrived|"
    r"reached|cleared|come through|been received))"
)
PAY_VERB = r"(?:pa(?:y|i)\w*|regl\w*|settl\w*|vir\w*|sold\w*)"
FIX_EVENT = (
    r"(?:fix\w*|repair\w*|correct\w*|complet\w*|finish\w*|signed off|sorted|resolv\w*|live\b"
    r"|install\w*|repar\w*|corrig\w*|termin\w*|fini[es]?\b|rectifi\w*|refai\w*|remplac\w*"
    r"|replac\w*|avoir\b|note de credit|credit note|geste)"
)
CONDITION = (
    r"(?:once|when|after|until|as soon as|des que|une fois|quand|apres|tant que|lorsque|if|si"
    r"|on receipt of|a reception d[eu']?|des reception d[eu']?)"
)
AMOUNT = r"(?:montant|prix|tarif|total|somme|chiffre|price|amount|fee|figure|rate|cost)s?"
BAD_STATE = (
    r"(?:faux|fausse|errone\w*|incorrect\w*|pas (?:bon|juste|correct|le bon|celui|ce qui|"
    r"conforme)|wrong|not (?:right|correct|the one|what|as)|different\w*|ne correspond\w*"
    r"|doesn't match|does not match|too high|trop (?:eleve|cher)|excessi\w*|gonfle)"
)
AGREED = r"(?:devis|offre|quote|quotation|offer|fixed fee|forfait|agreed|convenu|valide)"
MONEY_SUM = r"\d[\d ,.']*(?:\s?(?:€|eur|euros?|k|ht|ttc|\+ ?vat|plus vat))"

# ---- whole situations ---------------------------------------------------------------------------
CLAUSE = r"[^.;!?\n]"
WAIT_IF = (
    r"(?:des que|une fois que|une fois|quand|lorsque|apres que|apres|a reception d[eu']|des rece"
    r"ption d[eu']|as soon as|once|when|after|until|jusqu'a ce que)"
)
# Money that comes from someone else before the customer can pay.
OUTSIDE = (
    r"(?:subventions?|dotations?|financements?|aides?(?!-)|pret bancaire|emprunt|recettes|billet"
    r"terie|caf|region|departement|mairie|commune|clients?|acomptes?|assurances?|assureurs?|rem"
    r"boursements?|financeurs?|appel de fonds|grants?|funding|loans?|customers?|council|insur"
    r"\w*|payout|revenue|takings|ticket sales|government|investors?|levee de fonds)"
)
ARRIVES = (
    r"(?:arriv\w*|tomb\w*|rentr\w*|vers(?:e|ee|ent|era|eront|ement)s?\b|revers\w*|pay\w*|pai"
    r"\w*|regl\w*|debloqu\w*|recu\w*|recev\w*|releas\w*|comes? in|came in|lands?|clears?|pays"
    r"|paid|sett\w*|vir\w*)"
)
MONEY_NOUN = (
    r"(?:versement|paiement|reglement|virement|remboursement|subvention|dotation|financement|"
    r"grant|funding|payment|money|funds|fonds|recettes|cheque|acompte|aide)s?"
)
# Present or future waiting only: "on attendait la subvention, elle est tombée" is over.
WAITING = (
    r"(?:attend(?:s|ons|ez|ent|re|rons|ra|rai)?|(?<!were )(?<!was )(?<!been )waiting (?:on|for)"
    r"|await(?:ing)?|en attente d[eu']?)"
)
# Who pays by trade (their absence alone delays a payment), and who signs among other things.
PAYER = r"(?:comptable|tresorier\w*|signataire|treasurer|accountant|bookkeeper)"
ROLE = (
    r"(?:gerante?|directeur|directrice|direction|patronne?|responsable|presidente?|dirigeante?"
    r"|boss|manager|director|owner|ceo|chair\w*|associee?|partner|maire|notaire)"
)
AWAY = (
    r"(?:absente?|en conges?|en vacances|en deplacement|en arret|malade|indisponible|en voyage"
    r"|a l'etranger|en mission|away|on leave|on holiday|on vacation|out of (?:the )?office"
    r"|travell?ing|abroad|off sick|in hospital|a l'hopital)"
)
REST = (
    r"(?:rest|remainder|second half|balance|other half|reste|suite|solde|deuxieme moitie|"
    r"seconde moitie|2e moitie|autre moitie)"
)

# ---- short replies, counts, quotes --------------------------------------------------------------
PAY_WORD = (
    r"(?:virements?|paiements?|reglements?|cheques?|versements?|transferts?|payments?|transfers?"
    r"|wires?|checks?|bacs|ach|remittances?)"
)
COUNT = (
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|two|three|four"
    r"|five|six|seven|eight|nine|ten|twelve)"
)
UNIT = (
    r"(?:passages?|visites?|visits?|heures?|hours?|hrs?|h|jours?|days?|journees?|deplacements?"
    r"|interventions?|call-?outs?|trips?|sessions?|seances?|nuits?|nights?|semaines?|weeks?)"
)
GIFT = (
    r"(?:gratuite?s?|offerte?s?|cadeau|a titre gracieux|gracieu\w*|gratis|free of charge|free|on"
    r" the house|complimentary|at no (?:charge|cost))"
)
QUOTE = r"(?:devis|offre|budget|forfait|quote|quotation|estimate|bon de commande|purchase order)"
# A line that is the whole answer: "C'est fait.", "ok payé", "Will do."
LINE = r"(?:^|\n)\s*(?:(?:bonjour|hello|hi|ok|oui|yes|yep|sure|merci|thanks)\W+)*"
LINE_END = r"\s*[.!,]*\s*(?:(?:merci|thanks|thank you|bonne journee|cheers)\W*)?(?:\n|$)"

# ---- a payment bound to a state, a part kept back -----------------------------------------------
PAY_STEM = (
    r"(?:pa(?:y|i)\w*|regl\w*|settl\w*|sold(?:e|er|era|erons|erai)\b|vers(?:e|erai|erons|era)\b)"
)
# Paying now or to come, not "we paid" (one invoice paid, "but not the one reminded").
PAY_NOW = r"(?<!\bai )(?<!avons )(?<!\ba )(?<!\bont )(?!paid\b)" + PAY_STEM
# The goods or the work in a state to come: "sera droite", "marchera", "works", "is fixed".
STATE = (
    r"(?:(?:sera|seront|soit|soient|sont|est|will be|is|are|has been|have been|gets?|'s)"
    r" (?:\w+ ){0,2}(?:droite?s?|reparee?s?|finie?s?|terminee?s?|livree?s?|posee?s?|installee?s?"
    r"|conformes?|correcte?s?|changee?s?|remplacee?s?|refaite?s?|corrigee?s?|en etat|d'aplomb"
    r"|fixed|repaired|finished|complete[d]?|done|right|straight|sorted|installed|delivered|put"
    r" right|replaced|working|level|sound)\b|(?:marche|marchera|marcheront|fonctionne|fonctio"
    r"nnera|fonctionneront|chauffe|chauffera|works|heats|(?:ferme|fermera|closes|shuts) "
    r"(?:bien|correctement|enfin|normalement|properly))\b)"
)
WHEN = (
    r"(?:quand|lorsque|lorsqu'|des que|des qu'|une fois que|une fois qu'|une fois|avant que|avant"
    r" qu'|tant que|when|once|as soon as|until|till|before)"
)
# A money event is no state of the work: "quand la subvention sera versée" waits on cash,
# "quand les affaires marcheront" on trade.
NOT_MONEY = (
    r"(?!" + CLAUSE + r"{0,50}\b(?:subvention|client|customer|aide|grant|funding|virement|paie"
    r"ment|payment|argent|money|cash|tresorerie|banque|bank|pret|loan|remboursement|salaire|"
    r"comptable|accountant|tresorier|treasurer|retour|back|budget|credits|affaires|activite|"
    r"business|commerce|ventes|sales|trade|trading|boulot|saison|season)\w*\b)"
)
# What may follow "mais pas" in a payment that only asks for time or instalments.
ONLY_TIME = (
    r"(?:avant|tout de suite|maintenant|ce mois|cette semaine|aujourd'hui|en une fois|tout|"
    r"toute|la totalite|tout d'un coup|de suite|en entier|entierement|pour l'instant|pour le m"
    r"oment|immediatement|yet|now|today|this (?:week|month)|right now|immediately|all|everyth"
    r"ing|in full|in one go|at once|straight away|right away|for now|the full|before|until)"
)
EXCEPT = (
    r"(?:sauf|excepte|hormis|hors|a l'exception d[eu']?|moins|deduction faite d[eu']?|except"
    r"(?:ing)?|excluding|minus|less|apart from|but not|mais pas)"
)
PART = r"(?:la |le |les |l'|the |that |this |those |these |ce |cette |ces |ca\b|cela\b|that\b)"
# A money sum: "1,800 all in", "£950", "600 €".
SUM = (
    r"(?:[£$€] ?\d[\d,. ]*|\d[\d,. ]*(?: ?(?:€|eur(?:os?)?\b|£|\$|k\b|ht\b|ttc\b|all in|tout co"
    r"mpris|plus vat|\+ ?vat|pounds|dollars)))"
)
WANT_PAY = (
    r"(?:je veux bien|nous voulons bien|on veut bien|je suis pret a|nous sommes prets a|je suis "
    r"d'accord pour|d'accord pour|happy to|willing to|glad to|more than happy to|prepared to|"
    r"ready to|ok to)"
)
MONEY_TROUBLE = (
    r"(?!" + CLAUSE + r"{0,60}\b(?:argent|tresorerie|moyens|fois|echeanc\w*|plus tard|delai|"
    r"temps|instal\w*|time|money|cash|afford|fonds|funds|months?|mois|weeks?|semaines?|budget)\b)"
)
