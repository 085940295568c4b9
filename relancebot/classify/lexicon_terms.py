"""Round-5 classes of language, both languages, as families of words (same conventions as
lexicon_concepts): a payment bound to the goods or the work reaching a state ("on paie quand
elle sera droite", "we'll pay once it works"), a payment that keeps a part back ("je paye le
reste mais pas ça", "minus the call-out"), "je veux bien payer, mais" before a complaint, a
price against what was agreed or a cap, nothing received "from you", a blank attachment, a
public body waiting for a vote or for reservations to be lifted, a batch of supplier payments.
"""

from __future__ import annotations

from relancebot.classify.cue import Group, group

CLAUSE = r"[^.;!?\n]"
PAY = r"(?:pa(?:y|i)\w*|regl\w*|settl\w*|sold(?:e|er|era|erons|erai)\b|vers(?:e|erai|erons|era)\b)"
# Paying now or to come, not "we paid" (one invoice paid, "but not the one reminded").
PAY_NOW = r"(?<!\bai )(?<!avons )(?<!\ba )(?<!\bont )(?!paid\b)" + PAY
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

# fmt: off
TERMS: list[Group] = [
    # ---- a payment bound to a state of the goods or the work -----------------------------
    group("dispute", 1.0, False,
        rf"\b{PAY}\b{CLAUSE}{{0,40}}\b{WHEN}{NOT_MONEY} ?(?:[\w'-]+ ){{0,4}}{STATE}",
        rf"\b(?:pas|aucun|no|not a (?:penny|cent|pound)|nothing|rien)\b{CLAUSE}{{0,30}}\b(?:avant"
        rf" que|avant qu'|until|till|before)\b{NOT_MONEY}{CLAUSE}{{0,40}}{STATE}",
        rf"\b(?:avant que|avant qu'|until|till){NOT_MONEY} (?:\w+ ){{0,4}}{STATE}{CLAUSE}{{0,40}}"
        rf"\b(?:pas|no|not|rien|aucun)\b{CLAUSE}{{0,20}}\b{PAY}",
    ),
    # ---- work accepted with reservations, paid once they are lifted ----------------------
    group("dispute", 1.0, False,
        rf"\b(?:reception|receipt|acceptance|handover)\b{CLAUSE}{{0,80}}\b(?:avec|with) (?:des )?"
        r"(?:reserves?|reservations|snags)\b|\blevee (?:de |des |de ces )?reserves",
    ),
    # ---- a payment that keeps a part back -------------------------------------------------
    group("dispute", 1.0, False,
        rf"\b{PAY_NOW}\b(?: [\w'-]+){{0,5}},? {EXCEPT} (?!{ONLY_TIME}\b){PART}",
        rf"\b{PAY_NOW}\b(?: [\w'-]+){{0,5}},? (?:hors|excluding|minus|sauf|except) "
        r"(?!(?:erreur|error|imprevu|contrordre|avis|mention|if|si|que|qu'|when|quand|for now|"
        r"taxes?|tva|vat)\b)\w+",
        r"\b(?:je|on|j') ?(?:vous )?(?:paie|paye|payerai|paierai|regle|reglerai|payerais|paierais)"
        r" (?:pas|rien|jamais)\b(?! (?:avant|tout de suite|maintenant|en une fois|tout|ce mois|cet"
        r"te semaine|de suite|pour l'instant|pour le moment|encore)\b)",
        r"\b(?:encore|toujours|still) (?:\w+ ){0,2}(?:de travers|crooked|wonky|lopsided|pas droite?"
        r"|not straight)",
        rf"\b(?:je|on|nous|we|i|we'll|i'll) (?:vous |te )?{PAY_NOW}(?: [\w'-]+){{0,5}},? "
        rf"(?:mais|but) (?:pas|not) (?!{ONLY_TIME}\b)",
    ),
    # ---- "je veux bien payer, mais" before a complaint ------------------------------------
    group("dispute", 1.0, True,
        rf"\b{WANT_PAY} (?:vous |te )?(?:payer|regler|pay|settle)\b(?: \w+){{0,3}},? (?:mais|but)"
        rf"\b{MONEY_TROUBLE}",
    ),
    # ---- talk first; faults that persist; against what was agreed or capped ---------------
    group("dispute", 1.0, True,
        rf"\b(?:parler|discuter|en parler|talk|discuss|speak|voir ca|clarifier|sort)\w*\b{CLAUSE}"
        rf"{{0,50}}\b(?:avant de|avant d'|before) (?:\w+ ){{0,2}}{PAY}",
        rf"\b(?:avant de|before) (?:vous )?{PAY}\w* (?:quoi que ce soit|anything|a (?:penny|cent))",
        rf"\b(?:we agreed|we'd agreed|agreed on|on avait (?:dit|convenu)|nous avions (?:dit|conv"
        rf"enu)|c'etait convenu|convenu (?:a|de))\b{CLAUSE}{{0,40}}{SUM}",
        r"\b(?:capped|plafonn\w*|limited to|limite\w* a)\b(?: at)?(?: \w+){0,3} [£$€]?\s?\d",
        r"\b(?:revise|amend|correct|corriger|rectifier|modifier) (?:\w+ )?(?:and|et) (?:resubmit|"
        r"resend|reissue|re-?send|renvoyer|reediter|nous la renvoyer|me la renvoyer)",
        r"\b(?:attend\w*|veut|voudrait|souhait\w*|expects?|wants?|waiting for) (?:une|la|a|an|the)"
        r" (?:nouvelle |new )?(?:facture|invoice) (?:a|at|with|avec|de) \d+(?:[.,]\d+)? ?%",
    ),
    group("dispute", 0.5, True,
        r"\b(?:de travers|crooked|wonky|lopsided|pas droite?|not straight)\b|\bpersonne n'est "
        r"(?:venu|passe)|\bnobody (?:came|turned up|showed up)|\btoujours pareil\b|\bstill the "
        r"same\b",
        r"\b(?:that's|that is|c'est|ce n'est) (?:not right|pas (?:juste|correct|bon|normal))\b|"
        r"\b(?:your|the|this|votre|la) (?:invoice|facture) (?:says|shows|states|reads|indique|"
        r"affiche|dit) [£$€]?\d",
        r"\bcomme (?:sur|dans|indique (?:sur|dans)|prevu (?:au|dans|sur)) (?:le|la|l') ?(?:devis"
        r"|offre|commande)|\bas (?:per|on|in) the (?:quote|estimate|quotation)",
        r"\b(?:a |ont )?(?:encore|de nouveau|a nouveau) (?:lache|claque|grille|saute|casse)\b|\b"
        r"(?:s'ecaill|sagg|s'affaiss|craquel|cloqu)\w*|\bcracked\b|\bfissur\w*",
    ),
    # ---- not received: nothing from you, blank page, unknown to us ------------------------
    group("not_received", 1.0, False,
        r"\b(?:n'ai|n'avons|j'ai|on a|nous avons|have had|we've had|i've had|had) (?:\w+ )?(?:ri"
        r"en|nothing) (?:\w+ )?(?:recu |eu |received )?(?:de (?:ta|votre) part|de vous|from you)",
        r"\b(?:j'ai|on a|nous avons|je n'ai|n'ai|n'avons) (?:rien|jamais|pas) (?:\w+ )?vu "
        r"(?:passer|arriver|venir)",
        r"\b(?:page|document|feuille|fichier|pdf|attachment|piece jointe)s? (?:\w+ ){0,3}(?:blan"
        r"che?|vide|blank|empty)\b|\b(?:blank|empty) (?:page|document|file|pdf|attachment)",
        r"\b(?:invoice|facture)s? (?:\w+ ){0,2}(?:is |est |was |etait )?(?:unknown|inconnue?)\b",
        r"\b(?:on|je|j'|nous|ils?|elles?) ?l'? ?(?:a|ai|avons|ont) (?:pas|jamais|toujours pas) "
        r"(?:eue?|recue?|vue?)\b",
        r"\b(?:we|i) (?:never|didn't|did not) (?:get|got|receive) (?:ours|it|the invoice|this|t"
        r"hat|yours)\b|\bour invoice we never\b",
    ),
    group("not_received", 1.0, True,
        r"\bsend (?:us |me )?(?:another|a new|a fresh|the correct|the right) (?:copy|one|"
        r"version|invoice)\b|\b(?:tu|vous) (?:me|nous) (?:la|le|les) renvoi(?:es|ez|e)\b",
    ),
    # ---- cannot now, "leave me until", part on a day and the rest later ------------------
    group("payment_difficulty", 1.0, True,
        r"\b(?:je|on|nous) (?:ne )?(?:peux|peut|pouvons) (?:pas|plus)(?: tout (?:regler|payer))?"
        r"(?=\s*[.!,;\n]|\s*$| (?:tout|pour l'instant|pour le moment|en ce moment|maintenant|ce m"
        r"ois)\b)|\blaissez[- ](?:moi|nous) (?:jusqu|un peu|quelques|le temps|encore)",
        r"\b(?:d'un coup|en une (?:seule )?fois|in one go|all at once|in one payment)\b",
        r"\b\d+ ?(?:€|e|eur|euros?|£|\$)? (?:\w+ ){0,2}(?:lundi|mardi|mercredi|jeudi|vendredi|dem"
        r"ain|ce mois|cette semaine|maintenant|now|today|monday|tuesday|wednesday|thursday|friday|"
        r"this week|this month|le \d+) (?:et|and) (?:le reste|le solde|the rest|the balance|the "
        r"remainder)",
    ),
    # ---- a public body: a vote to come; a payment only after something --------------------
    group("payment_difficulty", 1.0, True,
        r"\b(?:credits|budget)s? (?:\w+ ){0,3}(?:pas encore|not yet|ne sont pas) (?:\w+ )?(?:ouv"
        r"erts?|votes?|approved|voted)|\b(?:vote|voter|adoption) (?:\w+ ){0,3}(?:du |d'un |le |"
        r"une )?(?:budget|decision modificative)",
        r"\b(?:paiement|reglement|payment|virement|facture)s? (?:ne )?(?:pourra|peut|pourront|"
        r"sera|can|cannot|can't|will) (?:\w+ ){0,2}(?:intervenir|se faire|etre \w+|partir|be "
        r"\w+|go out)? ?(?:qu'apres|only after|not before|qu'a partir)",
        r"\b(?:l'ete|cet ete|l'hiver|cet hiver|le printemps|l'automne|summer|winter|spring|autumn)"
        rf"\b{CLAUSE}{{0,30}}\b(?:catastroph\w*|terrible|dur|difficile|horrible|awful|dreadful|"
        r"quiet|calme|mort|dead|slow)",
        r"\b(?:vous )?(?:pouvez|pourriez|pourrez)(?:-vous)? (?:encore )?attendre (?:un peu|encore"
        r"|quelques|jusqu|la fin|le mois|\w+ semaines?)|\b(?:give|grant|allow) (?:us|me) (?:\d+"
        r"|two|three|four) (?:more )?(?:days|weeks|months)\b|\ben berne\b",
    ),
    # ---- paid just now; a batch of supplier payments on a day -----------------------------
    group("already_paid", 1.0, True,
        r"(?:^|\n)\s*(?:done|paid|fait|c'est fait|vire|paye|regle)e?\b(?: \w+){0,1} (?:just "
        r"now|this morning|earlier|today|yesterday|a l'instant|ce matin|hier|aujourd'hui|tout a "
        r"l'heure)\b",
    ),
    group("promise_to_pay", 1.0, True,
        r"\b(?:fais|fait|faisons|passe|passons|lance|lancons|do|run|make|process)\b (?:tous |toutes"
        r" |all )?(?:les |mes |nos |the |my |our )?(?:virements|paiements|reglements|payments|"
        r"transfers|payment run)(?: fournisseurs| supplier| to suppliers)?(?: \w+){0,2} (?:le |on "
        r")?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|monday|tuesday|wednesday|thursday|fri"
        r"day|tomorrow)\b",
        r"\b(?:devrait|devrions|devraient|pourrons|pourrai) (?:pouvoir )?(?:vous |te )?(?:regler"
        r"|payer)\b",
        r"\b(?:tu seras|vous serez|you'll be|you will be) (?:dedans|dans le lot|sur la liste|on "
        r"the list|in it|in the batch|in that run|included)\b",
    ),
    # ---- write to the colleague: an address right after "écrivez-lui" ---------------------
    group("wrong_contact", 1.0, True,
        r"\b(?:ecrivez|ecris|ecrire|contactez|contacte|write|email|e-mail|contact)(?:[- ]lui|[- ]"
        r"leur| (?:him|her|them))\b[^@\n]{0,50}[\w.+-]+@",
        r"\b(?:pas le client|not the (?:client|customer))\b|\bje suis (?:\w+ )?(?:sous-traitant|"
        r"subcontractor)|\b(?:i am|i'm|we are|we're) (?:only )?(?:a |the )?subcontractors?\b|\bqu"
        r"i (?:vous )?a (?:passe )?commande\b",
        r"\b(?:vendu|cede)e?s? (?:l'|le |la |mon |ma |notre )(?:epicerie|commerce|boutique|magasin"
        r"|fonds|affaire|garage|salon|cabinet|bar|cafe|pharmacie|hotel|atelier|entreprise|societe|"
        r"restaurant|boulangerie|boucherie|librairie|fleuriste)|\bqui a repris\b",
        r"\b(?:accept|receive|process|acceptons|recevons|traitons)\w* (?:\w+ ){0,2}(?:invoices|fa"
        r"ctures)\b[^@\n]{0,90}@",
    ),
    group("wrong_contact", 0.5, True,
        r"\b(?:son|sa|leur|his|her|their) (?:adresse|address|e-?mail|mail)\s*:",
    ),
]
# fmt: on
