"""Contests found as families of stems, both languages: an amount against what was agreed,
a payment bound to a repair, a part refused, a defect that persists, a credit note awaited.
"""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue
from relancebot.classify.cues.fragments import (
    AGREED,
    AMOUNT,
    BAD_STATE,
    CLAUSE,
    CONDITION,
    FIX_EVENT,
    GAP,
    MONEY_SUM,
    PAY_VERB,
    REST,
)

# fmt: off
CUES: tuple[Cue, ...] = (
    cue(
        "dispute.any.charged-but",
        1.0,
        negatable=True,
        example="You charged us for 6 hours but only 4 were worked.",
        near_miss="You charged us for 6 hours, as agreed.",
        pattern=(
        r"\b(?:charged|billed|invoiced|compte|facture|factur\w*)\w* (?:us |me |nous )?"
        r"(?:for |pour )"
        r"?\d+ [^.;!?\n]{0,40}\b(?:but|only|mais|alors qu|il y en a eu|seulement|instead)"
        ),
    ),
    cue(
        "dispute.fr.refuse-to-pay",
        1.0,
        negatable=True,
        example="Je refuse de payer cette facture.",
        near_miss="Je ne refuse pas de payer cette facture.",
        pattern=r"\brefus\w* (?:de |d')?(?:payer|regler|vous payer|vous regler|cette facture)",
    ),
    # ---- dispute: amount against agreement, conditions on a repair, wrong or cancelled -------
    cue(
        "dispute.any.amount-wrong",
        1.0,
        negatable=True,
        example="Le prix n'est pas celui de l'offre.",
        near_miss="Le prix est bien celui de l'offre.",
        pattern=rf"\b{AMOUNT}{GAP}{BAD_STATE}",
    ),
    cue(
        "dispute.any.quote-vs-invoice",
        1.0,
        negatable=True,
        example="Le devis était de 1 200 € et la facture est de 1 450 €.",
        near_miss="Le devis était de 1 200 € et la facture aussi.",
        pattern=(
        rf"\b{AGREED}[^\n]{{0,60}}{MONEY_SUM}[^\n]{{0,80}}\b(?:facture|invoice|factur\w*)\b"
        rf"[^.;!?\n]{{0,30}}{MONEY_SUM}"
        ),
    ),
    cue(
        "dispute.any.pay-once-fixed",
        1.0,
        negatable=True,
        example="We'll pay once the fixes are live.",
        near_miss="We'll pay once the invoice arrives.",
        pattern=rf"\b{PAY_VERB}{GAP}\b{CONDITION}\b{GAP}{FIX_EVENT}",
    ),
    cue(
        "dispute.any.once-fixed-pay",
        1.0,
        negatable=True,
        example="Once the leak is repaired we will pay.",
        near_miss="Once the invoice arrives we will pay.",
        pattern=rf"\b{CONDITION}\b{GAP}{FIX_EVENT}{GAP}\b{PAY_VERB}",
    ),
    cue(
        "dispute.any.wait-before-paying",
        1.0,
        negatable=True,
        example="Nous préférons attendre avant de payer.",
        near_miss="Nous préférons payer avant la fin du mois.",
        pattern=(
        r"\b(?:attend\w*|wait\w*|prefer\w*)[^.;!?\n]{0,60}\b(?:avant de|before) (?:\w+ )?"
        rf"{PAY_VERB}|\bsort (?:this|it|that) (?:out )?before (?:i|we) {PAY_VERB}"
        ),
    ),
    cue(
        "dispute.any.payment-on-hold",
        1.0,
        negatable=True,
        example="Nous bloquons le paiement de cette facture.",
        near_miss="Nous débloquons le paiement de cette facture.",
        pattern=(
        r"\b(?:on|nous|je|j'|we|i|we're|i'm|we are|we have|compta|comptabilite) (?:\w+ ){0,2}(?:b"
        r"loqu\w*|suspend\w*|gel\w*|block\w*|hold\w*|withh\w*) (?:\w+ ){0,2}(?:le |la |les |the "
        r"|our )?(?:paiement|facture|reglement|payment|invoice)(?!\w* pending)"
        ),
    ),
    cue(
        "dispute.fr.credit-note-word",
        1.0,
        negatable=True,
        example="Merci de nous établir une note de crédit.",
        near_miss="Merci de nous établir une note de frais.",
        pattern=r"\bnote de credit",
    ),
    cue(
        "dispute.en.wrong-goods",
        1.0,
        negatable=True,
        example="The tiles arrived in the wrong colour.",
        near_miss="The tiles arrived in the right colour.",
        pattern=(
        r"\b(?:arrived|came|delivered|sent|supplied|fitted|installed|livre\w*|envoye\w*) (?:\w+ "
        r"){0,3}(?:the |in the |with the )?wrong\b|\bwrong (?:fabric|colou?r|size|items?|goods|"
        r"products?|model|parts?|material|ones?|version)"
        ),
    ),
    cue(
        "dispute.any.still-broken",
        1.0,
        negatable=True,
        example="La chaudière ne marche toujours pas depuis lundi.",
        near_miss="La chaudière marche très bien.",
        pattern=(
        r"\bendommag\w*|\b(?:ne )?(?:marche|fonctionne)n?t? (?:toujours |plus |pas )+|\b(?:still|"
        r"toujours) (?:\w+ )?(?:404|broken|not working|doesn't work|does not work|en panne|bugg)"
        ),
    ),
    cue(
        "dispute.any.order-cancelled",
        1.0,
        negatable=True,
        example="Nous avons annulé la commande le 2 mars.",
        near_miss="Nous avons confirmé la commande le 2 mars.",
        pattern=(
        r"\b(?:annul\w*|cancel\w*) (?:\w+ ){0,2}(?:commande|order|booking|contrat|contract|"
        r"abonnement|subscription)|\b(?:commande|order) (?:a ete |was |has been )?(?:annul|cancel)"
        r"|\b(?:pouvez|pourriez|can|could) (?:vous |you )?(?:l'annuler|cancel it)"
        ),
    ),
    cue(
        "dispute.any.do-not-understand",
        1.0,
        negatable=True,
        example="We don't understand this invoice.",
        near_miss="We understand this invoice.",
        pattern=(
        r"\b(?:ne|n') ?(?:comprenons|comprends) (?:donc )?pas (?:cette|la|votre) facture|\b(?:do"
        r"n't|do not) understand (?:this|the|your) (?:invoice|bill)"
        ),
    ),
    cue(
        "dispute.en.amended-invoice",
        1.0,
        negatable=True,
        example="Please send a corrected invoice.",
        near_miss="Please send a copy of the invoice.",
        pattern=(
        r"\b(?:amended|corrected|revised|rectified|new) (?:\w+ )?invoice (?:with|showing|for the "
        r"correct)|\b(?:an|a) (?:amended|corrected|revised) (?:invoice|bill)"
        ),
    ),
    cue(
        "dispute.any.there-is-a-mistake",
        1.0,
        negatable=True,
        example="There seems to be a mistake.",
        near_miss="There is no mistake.",
        pattern=(
        r"\b(?:il y a|there is|there's|there seems to be) (?:une |un |an |a )?(?:petite |grosse |sm"
        r"all |big )?(?:erreur|error|mistake)"
        ),
    ),
    cue(
        "dispute.fr.flickers",
        0.5,
        negatable=True,
        example="L'écran clignote depuis la pose.",
        near_miss="L'écran ne clignote plus.",
        pattern=(
        r"\b(?:clignot|bug)\w*|\bdepuis (?:la|le|"
        r"des|plusieurs) (?:premiere |premier )?(?:semaine|mois|jour)"
        ),
    ),
    cue(
        "dispute.any.instead-of",
        0.5,
        negatable=True,
        example="You fitted oak instead of walnut.",
        near_miss="You fitted walnut as agreed.",
        pattern=r"\b(?:instead of|au lieu d[eu'])",
    ),
    # ---- dispute: part paid and the rest refused, partial delivery, defect, credit note ------
    cue(
        "dispute.fr.will-not-pay-it",
        1.0,
        negatable=False,
        example="Nous ne la paierons pas.",
        near_miss="Nous la paierons demain.",
        pattern=(
        r"\b(?:ne|n') ?(?:la |le |les |l'|vous |vous la |vous le |vous les |lui )(?:paierons|payero"
        r"ns|reglerons|paierai|payerai|reglerai|paie|paye|regle|reglons|payons|verserons|verserai|"
        r"solderons) (?:donc |evidemment |certainement |surement )?(?:pas|rien|jamais)\b"
        ),
    ),
    cue(
        "dispute.fr.reservations",
        1.0,
        negatable=False,
        example="Les réserves ne sont toujours pas levées.",
        near_miss="Les réserves ont été levées hier.",
        pattern=(
        r"\breserves? (?:[\w'-]+ ){0,6}(?:pas|non|jamais) (?:encore )?levee?s?|\blever (?:les|la) "
        r"res"
        r"erves?"
        ),
    ),
    cue(
        "dispute.en.will-not-pay-it",
        1.0,
        negatable=False,
        example="We won't pay for that.",
        near_miss="We won't pay for it until Friday.",
        pattern=(
        r"\b(?:will not|won't|shall not|are not going to|aren't going to|refuse to) pay (?:it|tha"
        r"t|this|them|for (?:it|that|this|the|those|these|any))\b(?! (?:\w+ )?(?:until|before|till"
        r"|yet))"
        ),
    ),
    cue(
        "dispute.any.rest-of-order",
        1.0,
        negatable=False,
        example="We are still waiting for the rest of the order.",
        near_miss="We received the rest of the order.",
        pattern=(
        rf"\b(?:waiting|wait|attend\w*)\b(?: on| for)?(?: still| toujours| encore)? (?:the |le |l"
        rf"a |l')?{REST} (?:of|de|du) (?:the |la |l'|le |our |notre )?(?:order|delivery|goods|work"
        r"|commande|livraison|marchandise|chantier|travaux|panels|meubles)"
        ),
    ),
    cue(
        "dispute.en.pay-only-received",
        1.0,
        negatable=False,
        example="We will pay for the panels we received.",
        near_miss="We will pay for the panels today.",
        pattern=(
        r"\b(?:pay|payer|regler|paierons|paiera|reglerons|reglera)\w* (?:for |pour )?(?:only |"
        r"seulement |uniquement )?(?:the |les |ce qui |ce que )(?:\d+ )?(?:\w+ )?(?:we (?:have|got"
        r"|received)|(?:a|ont) ete (?:livre|recu|pose|fait)|recus?|livres?|nous avons recu)"
        ),
    ),
    cue(
        "dispute.en.until-reissued",
        1.0,
        negatable=False,
        example="Not until it's reissued.",
        near_miss="It was reissued yesterday.",
        pattern=(
        r"\b(?:until|before|tant que) (?:that's|it's|it is|this is|that is|they're|it has been|"
        r"elle n'est pas|elle n'a pas ete) (?:\w+ ){0,2}(?:reissued|re-issued|amended|credited|"
        r"rectified|redone|reemise|rectifiee|corrigee|refaite)"
        ),
    ),
    cue(
        "dispute.fr.credit-note-promised",
        1.0,
        negatable=False,
        example="Nous attendons toujours l'avoir promis.",
        near_miss="Je pense l'avoir bien reçu.",
        pattern=(
        r"\bl'avoir (?:que|promis|annonce|convenu|prevu|attendu|n'est|n'a|pour|correspondant)\b"
        r"|\b(?:attend\w*|waiting for|still no|toujours pas (?:eu|recu)) (?:\w+ ){0,2}l'avoir\b"
        ),
    ),
    cue(
        "dispute.en.were-quoted",
        1.0,
        negatable=True,
        example="We were quoted £400 for this.",
        near_miss="We were not quoted for this.",
        pattern=(
        r"\b(?:we were|i was|were|was) (?:originally |initially )?quoted\b"
        r"|\bre-?issu(?:e|ed|ing)\b"
        ),
    ),
    cue(
        "dispute.any.tax-wrong",
        1.0,
        negatable=True,
        example="La TVA a été appliquée à tort.",
        near_miss="La TVA a été appliquée au bon taux.",
        pattern=(
        r"\b(?:tva|vat|tax|taxe)\b[^.;!?\n]{0,50}\b(?:a tort|wrongly|by mistake|in error|par erre"
        r"ur|should(?: not|n't) (?:be|have)|ne devrait pas|n'aurait pas du|not applicable|pas app"
        r"licable|exoner\w*|exempt\w*)|\b(?:factur|appliqu|ajout|compt)\w* a tort|\bwrongly (?:c"
        r"harged|invoiced|billed|applied|added)|\b(?:charged|billed|invoiced) in error"
        ),
    ),
    cue(
        "dispute.en.partial-delivery",
        1.0,
        negatable=True,
        example="You delivered only 8 of the 10 panels.",
        near_miss="You delivered all 10 panels.",
        pattern=(
        r"\b(?:shipped|delivered|sent|supplied|fitted|installed|received|got|livre|recu|pose|insta"
        r"lle|fourni|envoye)\w* (?:us |nous )?(?:only |seulement |que )?\d+ (?:\w+ ){0,2}(?:of|out"
        r" of|sur) (?:the |les |des )?\d+\b"
        ),
    ),
    cue(
        "dispute.any.fault-returns",
        1.0,
        negatable=True,
        example="The tap is still leaking.",
        near_miss="The tap is no longer leaking.",
        pattern=(
        r"\b(?:se )?(?:bloqu|coinc|gripp|fui|goutt|jam|stick|stuck|leak|drip|rattl|squeak|grinc|cl"
        r"ignot|decroch)\w* (?:\w+ ){0,2}(?:encore|toujours|a nouveau|de nouveau|still|again)"
        r"\b|\b(?:still|toujours|encore) (?:\w+ ){0,2}(?:bloqu|coinc|gripp|jam|stick|stuck|leak|dri"
        r"p)\w*|\b(?:fuite|panne|probleme|defaut|leak|fault|problem|issue)s? (?:a|ont|has|have|is"
        r"|are) (?:repris|recommence|reapparu|come back|returned|back)"
        ),
    ),
    cue(
        "dispute.en.fix-before-paying",
        1.0,
        negatable=True,
        example="Please come back and fix it before we pay.",
        near_miss="Please come back and fix it next week.",
        pattern=(
        r"\b(?:repass|reven|repar|fini|termin|corrig|rectifi|interven|reprend|refai|come back|fix"
        rf"|repair|finish|sort)\w*{CLAUSE}{{0,60}}\b(?:avant de|avant d'|avant qu'on|avant que (?:n"
        rf"ous|je)|before (?:we|i|talking|discussing|any))\b{CLAUSE}{{0,30}}(?:paiement|reglement|"
        r"payer|regler|pay|settl)"
        ),
    ),
    cue(
        "dispute.fr.we-were-told",
        0.5,
        negatable=True,
        example="On nous avait dit que c'était inclus.",
        near_miss="On nous a dit que c'était inclus.",
        pattern=(
        r"\b(?:on nous avait|you had|your \w+ had) (?:annonce|dit|prom"
        r"is|indique|chiffre|told|promised|said)\b"
        ),
    ),
)
# fmt: on
