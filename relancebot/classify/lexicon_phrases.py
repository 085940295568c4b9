"""Round-4 classes of language, both languages, as families of words (same conventions as
lexicon_concepts): very short replies ("c'est fait", "will do"), a payment set up for a date,
a hold that has been lifted, an invoice said to be paid ("elle est payée", a cheque debited,
a ledger at zero), a count of visits refused, an invoice over the quote, work believed free,
doubts that the invoice was sent, "not me / another business", a deferral asked for.
"""

from __future__ import annotations

from relancebot.classify.cue import Group, group

CLAUSE = r"[^.;!?\n]"
PAY_NOUN = (
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

# fmt: off
PHRASES: list[Group] = [
    # ---- short replies ---------------------------------------------------------------------
    group("already_paid", 1.0, True,
        rf"{LINE}(?:c'est fait|c fait|voila c'est fait|c'est chose faite|all done|done|it's done"
        rf"|that's done|ok,? (?:c'?est )?(?:paye|regle|vire)e?){LINE_END}",
    ),
    group("promise_to_pay", 1.0, True,
        rf"{LINE}(?:will do|on it|je m'en charge|c'est en cours|en cours){LINE_END}",
        r"\b(?:ca|cela|il|elle|tout|it) (?:part|partira|will go|goes) (?:demain|lundi|mardi|"
        r"mercredi|jeudi|vendredi|ce soir|aujourd'hui|tomorrow|today|tonight|monday|tuesday|"
        r"wednesday|thursday|friday)\b|\bon it\b",
        r"\b(?:devrait|devraient|doit|doivent|va|vont|should|will|'ll) (?:normalement |bien |"
        r"then |now )?(?:partir|passer|sortir|go out|go through|be released)\b",
        rf"\b{PAY_NOUN} (?:is |will be )?(?:going out|goes out|will go out|going through|leaves"
        r"|leaving)\b",
        rf"\b{PAY_NOUN}(?: \w+){{0,2}} (?:en |au |pour (?:le )?)?(?:debut|fin|milieu|courant) (?:"
        r"de |du |de la )?(?:semaine|mois)|\b(?:vous )?serez (?:paye|regle|rembourse)e?s?\b",
        rf"\b{PAY_NOUN} (?:sous|dans|d'ici) (?:\d+|deux|trois|quelques) ?(?:h\b|heures|jours)",
        r"\b(?:should|will|'ll) be able to (?:clear|pay|settle) (?:it|this|that|the|you)\b",
    ),
    # ---- a payment set up for a date; a hold lifted ----------------------------------------
    group("promise_to_pay", 1.0, True,
        r"\b(?:scheduled|set up|booked|queued|arranged|planned|lined up|programme|planifie|cale|"
        rf"prevu)e?s?(?: up)? (?:the |a |an |our |your |le |un |notre |votre |l')?(?:\w+ )?"
        rf"{PAY_NOUN}\b",
        rf"\b{PAY_NOUN}(?: \w+){{0,2}} (?:programmee?|planifiee?|calee?|scheduled|set up|queued|"
        r"booked)s? (?:pour|au|le|for|on)\b",
        r"\b(?:released|cleared|unblocked|approved|authori[sz]ed) (?:for|to) (?:payment|pay)\b"
        r"|\b(?:debloquee?s?|liberee?s?) (?:pour (?:le )?(?:paiement|reglement)|et)\b",
    ),
    # ---- already paid: "it is paid", debited, cashed, a ledger at zero ----------------------
    group("already_paid", 1.0, True,
        r"\b(?:elle|il|elles|ils|tout) (?:est|sont|a ete|ont ete) (?:donc |bien |deja |bel et b"
        r"ien |belle et bien )*(?:payee?|reglee?|soldee?|acquittee?)s?\b",
        r"\b(?:it's|it is|that's|that is|this is|they're|they are|everything is|everything's)"
        r" (?:now |already |all |fully |both )*(?:paid|settled)\b(?! (?:for|by|on|when|once))",
        r"\b(?:a|ont) (?:bien )?ete (?:debite|encaisse)e?s?\b|\b(?:was|were|has been|have been)"
        r" (?:debited|cashed)\b",
        r"\b(?:le|votre|ce|son|your|the|our) (?:compte|solde|balance|ledger|account)(?: \w+){0,3}"
        r" (?:est |is |shows |affiche |montre )?(?:a |at |of |an? )?(?:zero|0|nul|nil)\b"
        r"|\b(?:compte|account)(?: \w+){0,2} (?:est |is )?(?:solde|a jour|settled|cleared|up to"
        r" date)\b|\bzero balance\b|\bnothing outstanding\b"
        r"|\brien (?:d'|en )?(?:du|impaye|en souffrance)\b",
    ),
    # ---- dispute: a count refused, over the quote, believed free ----------------------------
    group("dispute", 1.0, False,
        rf"\b(?:pas|impossible de|refus\w* de|hors de question de) (?:vous )?(?:payer|regler|paye"
        rf"r|pai\w*) (?:pour )?(?:les |ces )?{COUNT} (?:\w+ )?{UNIT}\b",
        rf"\b(?:can't|cannot|can not|won't|will not|not going to|refuse to|not) (?:\w+ )?(?:pay|"
        rf"paying|settle) (?:for )?{COUNT} (?:\w+ )?{UNIT}\b",
    ),
    group("dispute", 1.0, True,
        rf"\b(?:depass\w*|exced\w*|exceed\w*|superieur\w*|plus eleve\w*){CLAUSE}{{0,30}}\b(?:au |"
        rf"du |le |la |l'|a l'|a la )?{QUOTE}\b",
        rf"\b(?:more than|higher than|over|above)(?: \w+){{0,2}} (?:the |our |your |what )?(?:"
        rf"{QUOTE}|quoted|agreed)\b",
        r"\b(?:regl|pay|pai)\w*(?: \w+){0,2} (?:que|uniquement|seulement|only) (?:le montant|la"
        r" somme|ce qui|the amount|what|the sum|the quoted)(?: \w+){0,3} (?:du devis|de l'offre|"
        r"prevu|convenu|accepte|valide|quoted|agreed|of the quote|on the quote)",
        r"\bfacture conforme (?:au|a la|a l'|aux) ",
        rf"\b(?:etait|c'etait|serait|seraient|etaient|devait etre|was|were|would be|to be)"
        rf" (?:\w+ ){{0,2}}{GIFT}\b",
        rf"\b(?:c'est|c'etait|was|it's) {GIFT}\b|\b(?:faisait|fait|faire|faits) (?:\w+ )?"
        r"gracieusement",
    ),
    group("dispute", 0.5, True,
        r"\b(?:n'|ne )(?:etes|etiez|sommes|etait|etaient) (?:\w+ )?(?:venu|passe|intervenu)e?s? "
        r"qu|\bonly (?:came|come|were here|visited)\b",
    ),
    # ---- not received: doubts that it was sent; only the quote on file ----------------------
    group("not_received", 1.0, False,
        r"\b(?:sure|surs?|sures?|certaine?s?|certain)\b(?: \w+){0,2} (?:de (?:nous |me )?(?:l'|"
        r"les )?avoir|d'avoir|(?:that )?(?:you|it|this|the invoice) (?:was |were |has been |have"
        r" )?)(?: bien)? ?(?:envoye|transmis|adresse|expedie|sent|emailed|posted|mailed)",
        r"\b(?:did|have) you (?:actually |really |ever )?(?:send|sent|email|e-mail|post|mail)\w*"
        r" (?:us |me )?(?:it|this|that|the|an|any|your)\b",
        r"\b(?:n'avons|n'ai|n'a|only have|only got|only see|can only see|all i can see|all we "
        r"have)(?: \w+){0,3} (?:que )?(?:is )?(?:le|la|votre|your|the|an?) (?:devis|bon de comm"
        r"ande|proforma|quote|estimate|purchase order|order confirmation)\b",
    ),
    # ---- wrong contact: not me, another business, not my remit, use this address -----------
    group("wrong_contact", 1.0, False,
        r"\b(?:that's not|that is not|it's not|it is not|this isn't|that isn't|it isn't|this is "
        r"not|ce n'est pas|c'est pas|c pas)\s+(?:me|us|moi|nous|mine|ours)\b(?! qui)"
        r"|(?:^|\n)\s*not (?:me|us)\b|\bnothing to do with (?:me|us)\b|\brien a voir avec (?:moi"
        r"|nous)\b",
        r"\bpas (?:de mon|de notre|du) (?:ressort|domaine|perimetre|service)\b|\bnot (?:my|our) "
        r"(?:department|area|remit|responsibility|job|business|company)\b",
        r"\b(?:i|we) (?:don't|do not|no longer) (?:deal with|handle|look after|manage|do|process"
        r"|take care of) (?:the )?(?:invoices|payments|accounts|bills|billing|finance)\b",
        r"\b(?:boite|adresse|mailbox|inbox|address|box)(?: \w+){0,2} (?:n'est pas|n'est plus|is "
        r"not|isn't|is no longer) (?:suivie|lue|consultee|surveillee|relevee|geree|monitored|"
        r"read|checked|managed)\b",
    ),
    group("wrong_contact", 1.0, True,
        r"\btromp\w* (?:de |d')(?:societe|personne|destinataire|adresse|client|interlocuteur"
        r"|entreprise)|\b(?:i|we) sold (?:the|my|our) (?:business|shop|company|pub|firm|practice"
        r"|restaurant|store)|\b(?:j'ai|nous avons|on a) (?:vendu|cede) (?:le|la|mon|ma|notre|l')"
        r" ?(?:commerce|fonds|boutique|societe|entreprise|magasin|affaire|restaurant)",
        r"\b(?:utilis\w*|use|using)\b(?: \w+){0,2}\s*[\w.+-]+@",
        r"\bje ne suis (?:que|qu')(?: \w+){0,2} (?:locataire|occupante?|employee?|salariee?|"
        r"stagiaire|gardien\w*)|\bc'est (?:le|la|l'|mon|ma|notre) (?:\w+ ){1,2}qui (?:paie|pa"
        r"ye|regle|gere les|traite les|s'occupe des)\b",
    ),
    group("wrong_contact", 0.5, True,
        r"\b(?:different|separate|another|other) (?:\w+ )?(?:business|company|firm|entity)\b|"
        r"\b(?:societe|entreprise|structure) (?:\w+ )?(?:differente|distincte)\b|\bautre (?:soc"
        r"iete|entreprise|boulangerie|boutique|commerce)\b",
        r"\b(?:his|her|their|son|sa|leur) (?:e-?mail|email address|address|adresse(?: mail| e-?"
        r"mail)?|mail) (?:is|est|c'est)\b",
    ),
    # ---- payment difficulty: a deferral asked for, short-time work --------------------------
    group("payment_difficulty", 1.0, True,
        r"\b(?:deferr\w*|deferment|postponement|respite|grace period|forbearance|payment holiday"
        r"|short[- ]time work\w*|kurzarbeit|chomage partiel|activite partielle|furlough\w*)\b",
    ),
]
# fmt: on
