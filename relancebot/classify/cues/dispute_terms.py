"""Contests in set terms, both languages: a count of visits refused, over the quote, work
believed free, a payment bound to the work reaching a state, a part kept back.
"""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue
from relancebot.classify.cues.fragments import (
    CLAUSE,
    COUNT,
    EXCEPT,
    GIFT,
    MONEY_TROUBLE,
    NOT_MONEY,
    ONLY_TIME,
    PART,
    PAY_NOW,
    PAY_STEM,
    QUOTE,
    STATE,
    SUM,
    UNIT,
    WANT_PAY,
    WHEN,
)

# fmt: off
CUES: tuple[Cue, ...] = (
    # ---- dispute: a count refused, over the quote, believed free ----------------------------
    cue(
        "dispute.fr.refuse-count",
        1.0,
        negatable=False,
        example="Impossible de payer trois passages.",
        near_miss="Impossible de passer trois fois.",
        pattern=(
        rf"\b(?:pas|impossible de|refus\w* de|hors de question de) (?:vous )?(?:payer|regler|paye"
        rf"r|pai\w*) (?:pour )?(?:les |ces )?{COUNT} (?:\w+ )?{UNIT}\b"
        ),
    ),
    cue(
        "dispute.en.refuse-count",
        1.0,
        negatable=False,
        example="We won't pay for 6 hours.",
        near_miss="We will pay for 6 hours.",
        pattern=(
        rf"\b(?:can't|cannot|can not|won't|will not|not going to|refuse to|not) (?:\w+ )?(?:pay|"
        rf"paying|settle) (?:for )?{COUNT} (?:\w+ )?{UNIT}\b"
        ),
    ),
    cue(
        "dispute.fr.over-quote",
        1.0,
        negatable=True,
        example="La facture dépasse largement le devis.",
        near_miss="La facture respecte le devis.",
        pattern=(
        rf"\b(?:depass\w*|exced\w*|exceed\w*|superieur\w*|plus eleve\w*){CLAUSE}{{0,30}}\b(?:au |"
        rf"du |le |la |l'|a l'|a la )?{QUOTE}\b"
        ),
    ),
    cue(
        "dispute.en.over-quote",
        1.0,
        negatable=True,
        example="This is far more than the quote.",
        near_miss="This is exactly the quote.",
        pattern=(
        rf"\b(?:more than|higher than|over|above)(?: \w+){{0,2}} (?:the |our |your |what )?(?:"
        rf"{QUOTE}|quoted|agreed)\b"
        ),
    ),
    cue(
        "dispute.any.pay-quoted-only",
        1.0,
        negatable=True,
        example="Nous réglerons uniquement le montant du devis.",
        near_miss="Nous réglerons le montant du devis.",
        pattern=(
        r"\b(?:regl|pay|pai)\w*(?: \w+){0,2} (?:que|uniquement|seulement|only) (?:le montant|la"
        r" somme|ce qui|the amount|what|the sum|the quoted)(?: \w+){0,3} (?:du devis|de l'offre|"
        r"prevu|convenu|accepte|valide|quoted|agreed|of the quote|on the quote)"
        ),
    ),
    cue(
        "dispute.fr.invoice-to-match",
        1.0,
        negatable=True,
        example="Merci d'envoyer une facture conforme au devis.",
        near_miss="Merci d'envoyer une facture au nom de la mairie.",
        pattern=r"\bfacture conforme (?:au|a la|a l'|aux) ",
    ),
    cue(
        "dispute.any.was-free",
        1.0,
        negatable=True,
        example="Le déplacement était offert.",
        near_miss="Le déplacement était facturé.",
        pattern=(
        rf"\b(?:etait|c'etait|serait|seraient|etaient|devait etre|was|were|would be|to be)"
        rf" (?:\w+ ){{0,2}}{GIFT}\b"
        ),
    ),
    cue(
        "dispute.any.free-of-charge",
        1.0,
        negatable=True,
        example="Vous m'aviez dit que c'est gratuit.",
        near_miss="Vous m'aviez dit que c'est payant.",
        pattern=(
        rf"\b(?:c'est|c'etait|was|it's) {GIFT}\b|\b(?:faisait|fait|faire|faits) (?:\w+ )?"
        r"gracieusement"
        ),
    ),
    cue(
        "dispute.any.only-came",
        0.5,
        negatable=True,
        example="You only came twice.",
        near_miss="You came twice.",
        pattern=(
        r"\b(?:n'|ne )(?:etes|etiez|sommes|etait|etaient) (?:\w+ )?(?:venu|passe|intervenu)e?s? "
        r"qu|\bonly (?:came|come|were here|visited)\b"
        ),
    ),
    # ---- a payment bound to a state of the goods or the work -----------------------------
    cue(
        "dispute.any.pay-when-state",
        1.0,
        negatable=False,
        example="Je paierai quand elle sera droite.",
        near_miss="Je paierai quand la subvention sera versée.",
        pattern=rf"\b{PAY_STEM}\b{CLAUSE}{{0,40}}\b{WHEN}{NOT_MONEY} ?(?:[\w'-]+ ){{0,4}}{STATE}",
    ),
    cue(
        "dispute.any.nothing-until-state",
        1.0,
        negatable=False,
        example="Not a penny until it is fixed.",
        near_miss="Not a penny until the grant is paid.",
        pattern=(
        rf"\b(?:pas|aucun|no|not a (?:penny|cent|pound)|nothing|rien)\b{CLAUSE}{{0,30}}\b(?:avant"
        rf" que|avant qu'|until|till|before)\b{NOT_MONEY}{CLAUSE}{{0,40}}{STATE}"
        ),
    ),
    cue(
        "dispute.any.until-state-no-pay",
        1.0,
        negatable=False,
        example="Until it is fixed we are not paying.",
        near_miss="Until it is fixed we can use the old one.",
        pattern=(
        rf"\b(?:avant que|avant qu'|until|till){NOT_MONEY} (?:\w+ ){{0,4}}{STATE}{CLAUSE}{{0,40}}"
        rf"\b(?:pas|no|not|rien|aucun)\b{CLAUSE}{{0,20}}\b{PAY_STEM}"
        ),
    ),
    # ---- work accepted with reservations, paid once they are lifted ----------------------
    cue(
        "dispute.fr.accepted-with-reservations",
        1.0,
        negatable=False,
        example="La réception a été faite avec des réserves.",
        near_miss="La réception a été faite sans problème.",
        pattern=(
        rf"\b(?:reception|receipt|acceptance|handover)\b{CLAUSE}{{0,80}}\b(?:avec|with) (?:des )?"
        r"(?:reserves?|reservations|snags)\b|\blevee (?:de |des |de ces )?reserves"
        ),
    ),
    # ---- a payment that keeps a part back -------------------------------------------------
    cue(
        "dispute.any.pay-except-part",
        1.0,
        negatable=False,
        example="Je paye tout sauf la ligne déplacement.",
        near_miss="Je paye tout sauf erreur de ma part.",
        pattern=rf"\b{PAY_NOW}\b(?: [\w'-]+){{0,5}},? {EXCEPT} (?!{ONLY_TIME}\b){PART}",
    ),
    cue(
        "dispute.any.pay-minus",
        1.0,
        negatable=False,
        example="We'll pay it, minus the call-out charge.",
        near_miss="We'll pay it, except if you object.",
        pattern=(
        rf"\b{PAY_NOW}\b(?: [\w'-]+){{0,5}},? (?:hors|excluding|minus|sauf|except) "
        r"(?!(?:erreur|error|imprevu|contrordre|avis|mention|if|si|que|qu'|when|quand|for now|"
        r"taxes?|tva|vat)\b)\w+"
        ),
    ),
    cue(
        "dispute.fr.i-wont-pay",
        1.0,
        negatable=False,
        example="Je paie pas ça.",
        near_miss="Je paie pas avant le 30.",
        pattern=(
        r"\b(?:je|on|j') ?(?:vous )?(?:paie|paye|payerai|paierai|regle|reglerai|payerais|paierais)"
        r" (?:pas|rien|jamais)\b(?! (?:avant|tout de suite|maintenant|en une fois|tout|ce mois|cet"
        r"te semaine|de suite|pour l'instant|pour le moment|encore)\b)"
        ),
    ),
    cue(
        "dispute.any.still-crooked",
        1.0,
        negatable=False,
        example="The gate is still crooked.",
        near_miss="The gate is straight now.",
        pattern=(
        r"\b(?:encore|toujours|still) (?:\w+ ){0,2}(?:de travers|crooked|wonky|lopsided|pas droite?"
        r"|not straight)"
        ),
    ),
    cue(
        "dispute.any.pay-but-not",
        1.0,
        negatable=False,
        example="Je paie la pose mais pas le déplacement.",
        near_miss="Je paie la pose mais pas tout de suite.",
        pattern=(
        rf"\b(?:je|on|nous|we|i|we'll|i'll) (?:vous |te )?{PAY_NOW}(?: [\w'-]+){{0,5}},? "
        rf"(?:mais|but) (?:pas|not) (?!{ONLY_TIME}\b)"
        ),
    ),
    # ---- "je veux bien payer, mais" before a complaint ------------------------------------
    cue(
        "dispute.any.willing-but",
        1.0,
        negatable=True,
        example="Je veux bien payer, mais le mur est toujours fissuré.",
        near_miss="Je veux bien payer, mais en trois fois.",
        pattern=(
        rf"\b{WANT_PAY} (?:vous |te )?(?:payer|regler|pay|settle)\b(?: \w+){{0,3}},? (?:mais|but)"
        rf"\b{MONEY_TROUBLE}"
        ),
    ),
    # ---- talk first; faults that persist; against what was agreed or capped ---------------
    cue(
        "dispute.any.talk-before-paying",
        1.0,
        negatable=True,
        example="J'aimerais en parler avant de payer.",
        near_miss="J'aimerais en parler avec vous.",
        pattern=(
        rf"\b(?:parler|discuter|en parler|talk|discuss|speak|voir ca|clarifier|sort)\w*\b{CLAUSE}"
        rf"{{0,50}}\b(?:avant de|avant d'|before) (?:\w+ ){{0,2}}{PAY_STEM}"
        ),
    ),
    cue(
        "dispute.fr.before-paying-anything",
        1.0,
        negatable=True,
        example="Avant de payer quoi que ce soit, je veux voir le chantier.",
        near_miss="Avant de payer, je vérifie le RIB.",
        pattern=(
        rf"\b(?:avant de|before) (?:vous )?{PAY_STEM}\w* (?:quoi que ce soit|anything|a (?:penny|c"
        rf"ent))"
        ),
    ),
    cue(
        "dispute.any.agreed-sum",
        1.0,
        negatable=True,
        example="We agreed £1,800 all in.",
        near_miss="We agreed to meet on Monday.",
        pattern=(
        rf"\b(?:we agreed|we'd agreed|agreed on|on avait (?:dit|convenu)|nous avions (?:dit|conv"
        rf"enu)|c'etait convenu|convenu (?:a|de))\b{CLAUSE}{{0,40}}{SUM}"
        ),
    ),
    cue(
        "dispute.any.capped",
        1.0,
        negatable=True,
        example="The fee was capped at £500.",
        near_miss="The fee was agreed at £500.",
        pattern=(
        r"\b(?:capped|plafonn\w*|limited to|limite\w* a)\b(?: at)?(?: \w+){0,3} [£$€]?\s?\d"
        ),
    ),
    cue(
        "dispute.any.amend-and-resend",
        1.0,
        negatable=True,
        example="Please amend and resend the invoice.",
        near_miss="Please sign and resend the form.",
        pattern=(
        r"\b(?:revise|amend|correct|corriger|rectifier|modifier) (?:\w+ )?(?:and|et) (?:resubmit|"
        r"resend|reissue|re-?send|renvoyer|reediter|nous la renvoyer|me la renvoyer)"
        ),
    ),
    cue(
        "dispute.any.invoice-at-rate",
        1.0,
        negatable=True,
        example="Nous attendons une facture à 10 %.",
        near_miss="Nous attendons une facture à votre nom.",
        pattern=(
        r"\b(?:attend\w*|veut|voudrait|souhait\w*|expects?|wants?|waiting for) (?:une|la|a|an|the)"
        r" (?:nouvelle |new )?(?:facture|invoice) (?:a|at|with|avec|de) \d+(?:[.,]\d+)? ?%"
        ),
    ),
    cue(
        "dispute.any.crooked-hint",
        0.5,
        negatable=True,
        example="Nobody came to fix it.",
        near_miss="Somebody came to fix it.",
        pattern=(
        r"\b(?:de travers|crooked|wonky|lopsided|pas droite?|not straight)\b|\bpersonne n'est "
        r"(?:venu|passe)|\bnobody (?:came|turned up|showed up)|\btoujours pareil\b|\bstill the "
        r"same\b"
        ),
    ),
    cue(
        "dispute.any.not-right",
        0.5,
        negatable=True,
        example="That's not right.",
        near_miss="That's right.",
        pattern=(
        r"\b(?:that's|that is|c'est|ce n'est) (?:not right|pas (?:juste|correct|bon|normal))\b|"
        r"\b(?:your|the|this|votre|la) (?:invoice|facture) (?:says|shows|states|reads|indique|"
        r"affiche|dit) [£$€]?\d"
        ),
    ),
    cue(
        "dispute.any.as-per-quote",
        0.5,
        negatable=True,
        example="Comme indiqué sur le devis, la pose était incluse.",
        near_miss="Comme indiqué au téléphone, la pose était incluse.",
        pattern=(
        r"\bcomme (?:sur|dans|indique (?:sur|dans)|prevu (?:au|dans|sur)) (?:le|la|l') ?(?:devis"
        r"|offre|commande)|\bas (?:per|on|in) the (?:quote|estimate|quotation)"
        ),
    ),
    cue(
        "dispute.any.broke-again",
        0.5,
        negatable=True,
        example="Le joint a encore lâché.",
        near_miss="Le joint tient bien.",
        pattern=(
        r"\b(?:a |ont )?(?:encore|de nouveau|a nouveau) (?:lache|claque|grille|saute|casse)\b|\b"
        r"(?:s'ecaill|sagg|s'affaiss|craquel|cloqu)\w*|\bcracked\b|\bfissur\w*"
        ),
    ),
)
# fmt: on
