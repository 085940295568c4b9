"""Cues for whole situations, both languages, as families of stems (same conventions as
lexicon_concepts): a payment that waits on outside money, a resource said to be missing, a
part paid and the rest refused, a payer who is away, a partial delivery, a defect that
persists, a credit note still awaited, a takeover, a hand-made absence notice.

"wait_money" is not a category the reply can end in: the classifier turns it into
payment_difficulty, or into promise_to_pay when a firm date is given ("j'attends le règlement
d'un client, c'est bon pour vendredi").
"""

from __future__ import annotations

from relancebot.classify.cue import Group, group

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
MONEY = (
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

# fmt: off
SITUATIONS: list[Group] = [
    # ---- waiting for outside money before paying ---------------------------------------------
    group("wait_money", 1.0, True,
        rf"\b{WAIT_IF}\b{CLAUSE}{{0,60}}\b{OUTSIDE}\b{CLAUSE}{{0,40}}\b{ARRIVES}",
        rf"\b{WAIT_IF}\b{CLAUSE}{{0,30}}\b(?:receiv\w*|recevons|recevrons|toucherons|touchons|"
        rf"aurons|get|have)\b{CLAUSE}{{0,30}}\b{OUTSIDE}\b",
        rf"\b{WAIT_IF}\b{CLAUSE}{{0,30}}\b{MONEY}\b{CLAUSE}{{0,30}}\b{OUTSIDE}\b",
        rf"\b{WAITING}\b{CLAUSE}{{0,40}}"
        rf"\b{MONEY}\b{CLAUSE}{{0,30}}\b{OUTSIDE}\b",
        rf"\b{WAITING}\b(?:\w+ ){{0,4}}(?:subvention"
        r"|dotation|financement|grant|funding|appel de fonds|levee de fonds|pret|loan)s?\b",
    ),
    # ---- a difficulty: no cash at all, proposes a later month, asks to wait ------------------
    group("payment_difficulty", 1.0, False,
        r"\b(?:pas de|pas d'|plus de|plus d'|aucune?|sans|zero|no|not any|out of) (?:\w+ )?"
        r"(?:tresorerie|liquidites|argent|cash|money|funds)\b"
        r"(?! (?:\w+ )?(?:received|recu|arrive))",
        r"\b(?:caisse|caisses|compte|comptes|coffers|account|accounts|bank account)s? (?:\w+ ){0,3}"
        r"(?:vides?|empty|a sec|dry)\b",
    ),
    group("payment_difficulty", 1.0, True,
        r"\b(?:propos|sugger|suggest|offer|propose)\w* (?:de |d'|to )?(?:vous )?(?:regler|payer|so"
        r"lder|verser|pay|paying|settle|settling)\b(?: \w+){0,3} (?:en|a partir|fin|debut|apres|"
        r"dans|d'ici|le mois|courant|mi|in|from|after|next|end|over)\b(?! (?:une fois|ligne|espe"
        r"ces|liquide|cheque|virement|cash|full|one go|totalite))",
        r"\b(?:will|'ll) have to wait\b|\b(?:devra|devrez|faudra|va devoir|allez devoir) (?:encore"
        r" )?(?:attendre|patienter)\b",
        r"\b(?:vous )?(?:pouvez|pourriez|pourrez|accepter|accepteriez)(?:-vous)? (?:de )?(?:encore"
        r" |un peu )?patienter|\b(?:can|could) you (?:please )?(?:bear with us|hold off|be "
        r"patient)",
    ),
    # ---- dispute: part paid and the rest refused, partial delivery, defect, credit note ------
    group("dispute", 1.0, False,
        r"\b(?:ne|n') ?(?:la |le |les |l'|vous |vous la |vous le |vous les |lui )(?:paierons|payero"
        r"ns|reglerons|paierai|payerai|reglerai|paie|paye|regle|reglons|payons|verserons|verserai|"
        r"solderons) (?:donc |evidemment |certainement |surement )?(?:pas|rien|jamais)\b",
        r"\breserves? (?:[\w'-]+ ){0,6}(?:pas|non|jamais) (?:encore )?levee?s?|\blever (?:les|la) "
        r"res"
        r"erves?",
        r"\b(?:will not|won't|shall not|are not going to|aren't going to|refuse to) pay (?:it|tha"
        r"t|this|them|for (?:it|that|this|the|those|these|any))\b(?! (?:\w+ )?(?:until|before|till"
        r"|yet))",
        rf"\b(?:waiting|wait|attend\w*)\b(?: on| for)?(?: still| toujours| encore)? (?:the |le |l"
        rf"a |l')?{REST} (?:of|de|du) (?:the |la |l'|le |our |notre )?(?:order|delivery|goods|work"
        r"|commande|livraison|marchandise|chantier|travaux|panels|meubles)",
        r"\b(?:pay|payer|regler|paierons|paiera|reglerons|reglera)\w* (?:for |pour )?(?:only |"
        r"seulement |uniquement )?(?:the |les |ce qui |ce que )(?:\d+ )?(?:\w+ )?(?:we (?:have|got"
        r"|received)|(?:a|ont) ete (?:livre|recu|pose|fait)|recus?|livres?|nous avons recu)",
        r"\b(?:until|before|tant que) (?:that's|it's|it is|this is|that is|they're|it has been|"
        r"elle n'est pas|elle n'a pas ete) (?:\w+ ){0,2}(?:reissued|re-issued|amended|credited|"
        r"rectified|redone|reemise|rectifiee|corrigee|refaite)",
        r"\bl'avoir (?:que|promis|annonce|convenu|prevu|attendu|n'est|n'a|pour|correspondant)\b"
        r"|\b(?:attend\w*|waiting for|still no|toujours pas (?:eu|recu)) (?:\w+ ){0,2}l'avoir\b",
    ),
    group("dispute", 1.0, True,
        r"\b(?:we were|i was|were|was) (?:originally |initially )?quoted\b"
        r"|\bre-?issu(?:e|ed|ing)\b",
        r"\b(?:tva|vat|tax|taxe)\b[^.;!?\n]{0,50}\b(?:a tort|wrongly|by mistake|in error|par erre"
        r"ur|should(?: not|n't) (?:be|have)|ne devrait pas|n'aurait pas du|not applicable|pas app"
        r"licable|exoner\w*|exempt\w*)|\b(?:factur|appliqu|ajout|compt)\w* a tort|\bwrongly (?:c"
        r"harged|invoiced|billed|applied|added)|\b(?:charged|billed|invoiced) in error",
        r"\b(?:shipped|delivered|sent|supplied|fitted|installed|received|got|livre|recu|pose|insta"
        r"lle|fourni|envoye)\w* (?:us |nous )?(?:only |seulement |que )?\d+ (?:\w+ ){0,2}(?:of|out"
        r" of|sur) (?:the |les |des )?\d+\b",
        r"\b(?:se )?(?:bloqu|coinc|gripp|fui|goutt|jam|stick|stuck|leak|drip|rattl|squeak|grinc|cl"
        r"ignot|decroch)\w* (?:\w+ ){0,2}(?:encore|toujours|a nouveau|de nouveau|still|again)"
        r"\b|\b(?:still|toujours|encore) (?:\w+ ){0,2}(?:bloqu|coinc|gripp|jam|stick|stuck|leak|dri"
        r"p)\w*|\b(?:fuite|panne|probleme|defaut|leak|fault|problem|issue)s? (?:a|ont|has|have|is"
        r"|are) (?:repris|recommence|reapparu|come back|returned|back)",
        r"\b(?:repass|reven|repar|fini|termin|corrig|rectifi|interven|reprend|refai|come back|fix"
        rf"|repair|finish|sort)\w*{CLAUSE}{{0,60}}\b(?:avant de|avant d'|avant qu'on|avant que (?:n"
        rf"ous|je)|before (?:we|i|talking|discussing|any))\b{CLAUSE}{{0,30}}(?:paiement|reglement|"
        r"payer|regler|pay|settl)",
    ),
    group("dispute", 0.5, True, r"\b(?:on nous avait|you had|your \w+ had) (?:annonce|dit|prom"
          r"is|indique|chiffre|told|promised|said)\b"),
    # ---- a payer who is away: a promise without a date ---------------------------------------
    group("promise_to_pay", 1.0, True,
        rf"\b{PAYER}\b(?: [\w-]+){{0,3}} {AWAY}\b",
        r"\b(?:on|il|elle|ils|elles) (?:vous )?(?:paiera|payera|reglera|paieront|payeront|reglero"
        r"nt|versera|soldera|virera)\b",
        r"\b(?:il|elle|on|ils|elles) (?:vous )?(?:fait|fera|font|feront|lance|lancera|passe|passe"
        r"ra|envoie|enverra|depose|deposera) (?:le|un|votre|son|leur) (?:virement|cheque|paiement|"
        r"reglement)",
        r"\b(?:validera|signera|approuvera|lancera|validerons|signerons) (?:\w+ )?(?:le |la |les |"
        r"un )?(?:paiement|virement|cheque|reglement|facture|mise en paiement)|\bwill (?:approve|"
        r"sign|validate|authori[sz]e) (?:the |your )?(?:payment|cheque|check|transfer|invoice)",
    ),
    group("promise_to_pay", 0.5, True,
        rf"\b{ROLE}\b(?: [\w-]+){{0,3}} {AWAY}\b",
        r"\b(?:signe|signs|sign|valide|validates|approuve|approves|autorise|authori[sz]es) (?:\w+ )"
        r"{0,2}(?:cheques|checks|virements|paiements|payments|reglements|factures|invoices)\b",
    ),
    # ---- already paid: an amount transferred, a cheque handed over, "should be with you" -----
    group("already_paid", 1.0, True,
        r"\b(?:montant|somme|amount|sum|balance|total|solde)s? (?:\w+ ){0,2}(?:a ete|ont ete|was|"
        r"were|has been|have been) (?:\w+ )?(?:vire|transfere|paye|regle|verse|wired|transferred|p"
        r"aid|settled|remitted|sent)e?s?\b",
        r"\b(?:ai|avons|a|ont|avions|avait) (?:\w+ ){0,2}(?:remis|donne|laisse|depose|confie|gliss"
        r"e|transmis)e?s? (?:\w+ ){0,3}(?:cheque|especes|liquide|reglement)s?\b|\b(?:handed|gave|"
        r"left|dropped) (?:\w+ ){0,3}(?:a |the |our )?(?:cheque|check|cash|payment)\b",
        r"\b(?:cheque|check|paiement|reglement|especes|payment|enveloppe|cash)s?\b[^.;!?\n]{0,80}\b"
        r"(?:depose|glisse|mis|laisse|poste|remis)e?s? (?:\w+ ){0,2}(?:dans|a) (?:votre|ta|la) (?:b"
        r"oite|bal)\b|\b(?:cheque|check|payment|cash) (?:\w+ ){0,2}(?:through|in) your (?:letterb"
        r"ox|letter box|door|mailbox)",
        r"\b(?:regle|payee?|solde|acquitte)e?s? (?:par|en|via) (?:lcr|traite|effet|especes|liquide|"
        r"paypal|wise|revolut|sepa|lettre de change|prelevement)",
        r"\b(?:vous |tu )?(?:devez|devriez|devrais|dois) (?:deja |donc |normalement |bien )?(?:l'av"
        r"oir|les avoir|avoir recu|etre a jour)|\b(?:devrait|doit|devraient) (?:deja |normalement "
        r")?etre (?:arrive|sur votre compte|credite)|\bshould (?:now |already )?be (?:with you|in "
        r"your (?:account|bank)|on your account|showing)|\bwent (?:across|out)\b",
        r"\b(?:les deux|toutes les deux|tous les deux|both|both of them|all of them) (?:sont|ont e"
        r"te|are|were|have been) (?:bien |deja |already )?(?:reglee|payee|soldee|acquittee|regle|"
        r"paye|paid|settled)s?\b",
    ),
    # ---- not received: "not had", not in the system, "share a copy" --------------------------
    group("not_received", 1.0, False,
        r"\b(?:not|never|haven't|hasn't|have not|has not|didn't|did not) (?:yet )?had (?:any|an|t"
        r"he|this|that|a|your|anything|one|it)\b(?! (?:chance|look|moment|time|minute|reply|respo"
        r"nse|answer|opportunity|funds|money|payment|cash))",
        r"\b(?:invoice|bill|facture)s?\b[^.;!?\n]{0,30}\b(?:is not|isn't|are not|aren't|n'est pas|"
        r"ne sont pas|n'apparait pas|does not appear|doesn't appear) (?:\w+ )?(?:available|dispon"
        r"ible|visible|found|trouvee?s?|present|presente|in our|dans notre|on our|showing|enregi"
        r"stree?)",
    ),
    group("not_received", 1.0, True,
        r"\b(?:can|could|would) you (?:please |kindly )?(?:re)?(?:send|email|forward|share) (?:(?:"
        r"it|this|that|them|one) (?:over|through|across|again)|(?:us |me )?(?:a copy|the invoice|"
        r"the bill|a duplicate))\b|\bshare (?:the |a |an )?(?:invoice )?(?:copy|invoice)\b|"
        r"\binvoice copy\b|\b(?:la|nous la|me la) partager\b|\bpartager (?:la|une) (?:copie|fact)",
    ),
    # ---- wrong contact: "should go to", a takeover, who handles the bills --------------------
    group("wrong_contact", 1.0, True,
        r"\b(?:should|needs? to|must|has to|doit|devrait|doivent|devraient) (?:go|be sent|be addre"
        r"ssed|aller|etre envoyee?s?|etre adressee?s?) (?:\w+ ){0,2}(?:to|a|au|aux|chez)\b(?! (?:"
        r"you|vous)\b)[^;!?\n]{0,50}(?:@|comptab|accountant|bookkeeper|accounts|finance|compta|"
        r"service|siege|head office|gerant|manager|payables|tresorier|treasurer)",
        r"\b(?:taken over|acquired|bought out|absorbed|merged|absorbee?|fusionnee?) (?:\w+ ){0,2}"
        r"(?:by|par|with|avec|into|dans)\b",
    ),
    group("wrong_contact", 0.5, True,
        r"\b(?:does|do|handles|handle|manages|looks after|deals with|takes care of|gere|geres|g"
        r"erent|s'occupe de|s'occupent de) (?:all |tous |toutes )?(?:of )?(?:our|the|nos|les|des|"
        r"la) (?:accounts|bills|invoices|payments|books|bookkeeping|payables|fournisseurs|factures"
        r"|paiements|compta|comptabilite|reglements)\b",
    ),
]
# fmt: on
