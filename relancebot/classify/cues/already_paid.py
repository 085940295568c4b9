"""A payment said to be made or gone (a claim, not a proof), French, English and both.

rules.py turns a payment said in the future or the present ("sera réglée le 15", "je paye
le solde vendredi") into a promise.
"""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue
from relancebot.classify.cues.fragments import GAP, LINE, LINE_END, PAID, PAST_EVENT, PAY_NOUN

# fmt: off
CUES: tuple[Cue, ...] = (
    # ---- already_paid: payment made or left (a claim, not a proof) ------------------------------
    cue(
        "already_paid.fr.already-paid",
        1.0,
        negatable=True,
        example="C'est déjà réglé.",
        near_miss="Ce sera réglé demain.",
        pattern=rf"\b(deja|bien|c|c'est|ok c) ({{W}})?{PAID}\b",
    ),
    cue(
        "already_paid.fr.have-paid",
        1.0,
        negatable=True,
        example="J'ai fait le virement hier.",
        near_miss="Je vais faire le virement demain.",
        pattern=(
        r"\b(a|ont|avons|ai|avions|aurions|avoir|j'ai|on a) (bien |deja |deja bien |donc )?"
        rf"(ete )?({PAID}|effectue le (virement|paiement|reglement)|procede au (paiement|"
        r"reglement|virement)|lance le (virement|paiement)|fait (le|un|votre) (virement|"
        r"cheque|paiement|reglement)|envoye (le|un|votre) cheque|poste (le|un) cheque)\b"
        ),
    ),
    cue(
        "already_paid.fr.transfer-made",
        1.0,
        negatable=True,
        example="Le virement a été effectué le 3 novembre.",
        near_miss="Le virement sera effectué le 3 novembre.",
        pattern=(
        r"(?<!mandat de )\b(virement|paiement|reglement|cheque|versement)s? ([\w'-]+ ){0,4}"
        r"(a ete |ont ete |est |bien"
        r" |deja )+(effectue|emis|envoye|passe|realise|fait|parti|execute|poste|expedie|debite|"
        r"remis|lance|encaisse|mise? en paiement)e?s?\b"
        ),
    ),
    cue(
        "already_paid.fr.transfer-done",
        1.0,
        negatable=True,
        example="Virement effectué ce matin.",
        near_miss="Virement prévu ce matin.",
        pattern=(
        r"\b(virement|paiement|reglement|cheque|versement)s? (\w+ ){0,2}(effectue|emis|envoye|"
        r"parti|passe|fait|lance|poste|expedie|execute)e?s?\b"
        ),
    ),
    cue(
        "already_paid.fr.proof",
        1.0,
        negatable=True,
        example="Ci-joint la preuve de virement.",
        near_miss="Pouvez-vous m'envoyer une preuve de livraison ?",
        pattern=(
        r"\b(preuve|avis|justificatif|confirmation|copie|ordre|capture|recu) (de |du |d'un )"
        r"(mon |notre |votre |son |la )?(virement|paiement|reglement|relevee?|banque)"
        r"|\bavis d'operation|\brelev[eé] (bancaire|de (notre|mon) compte)|\bquittance"
        ),
    ),
    cue(
        "already_paid.fr.paid-on",
        1.0,
        negatable=True,
        example="Réglée par virement le 12 octobre.",
        near_miss="Sera réglée par virement le 12 octobre.",
        pattern=(
        rf"\b{PAID} (le|en date du|depuis|par (virement|cheque|carte|cb|prelevement)|ce (jour|"
        r"matin)|hier|aujourd'hui|avant-hier|la semaine derniere)\b"
        ),
    ),
    cue(
        "already_paid.fr.you-received",
        1.0,
        negatable=True,
        example="Vous avez reçu notre paiement le 5.",
        near_miss="Vous recevrez notre paiement le 5.",
        pattern=(
        r"\b(recu|reception de|encaisse) (notre|mon|le|du) (paiement|virement|reglement|cheque)"
        ),
    ),
    cue(
        "already_paid.fr.put-for-payment",
        1.0,
        negatable=True,
        example="Elle a été mise en paiement le 2 décembre.",
        near_miss="Elle sera mise en paiement le 2 décembre.",
        pattern=r"\b(a ete |ont ete |avons |a )?mise? en paiement (lors|le|du|depuis)\b",
    ),
    cue(
        "already_paid.fr.just-paid",
        1.0,
        negatable=True,
        example="Je viens de payer en ligne.",
        near_miss="Je vais payer en ligne.",
        pattern=r"\bparti (ce matin|hier|le)\b|\bje viens de (regler|payer|faire le virement)",
    ),
    cue(
        "already_paid.en.already-paid",
        1.0,
        negatable=True,
        example="This was already paid last week.",
        near_miss="This will be paid next week.",
        pattern=(
        r"\b(already (been )?paid|has been (paid|settled)|was (paid|settled)|were paid|we paid|"
        r"i paid|(payment|transfer|wire|cheque|check)( #?\d+)?( [\w#,.€$-]+){0,6} "
        r"(was|has been|went) "
        r"(made|sent|done|executed|out|issued|mailed|posted)|proof of payment|remittance|paid "
        r"(on|it|this|the invoice|in full|via|by|yesterday|today|last)\b|confirmation attached"
        r"|payment reference)"
        ),
    ),
    cue(
        "already_paid.en.paid-line",
        1.0,
        negatable=True,
        example="Paid, thanks.",
        near_miss="Unpaid, sorry.",
        pattern=r"^\s*paid\b|\bpaid!",
    ),
    cue(
        "already_paid.en.we-settled",
        1.0,
        negatable=True,
        example="We have settled the invoice in full.",
        near_miss="We have not settled the invoice.",
        pattern=(
        r"\b(we|i|they|our client|the customer) (have |has )?(already )?(settled|paid|transferred|"
        r"wired|mailed|sent) (this|the|it|your|you|payment|a cheque|a check)\b"
        ),
    ),
    # ---- already_paid: a payment noun and a past event in one clause -------------------------
    cue(
        "already_paid.any.payment-gone",
        1.0,
        negatable=True,
        example="Le chèque a été déposé lundi.",
        near_miss="Le chèque sera déposé lundi.",
        pattern=rf"(?<!mandat de )(?<!mandats de )\b{PAY_NOUN}{GAP}{PAST_EVENT}",
    ),
    cue(
        "already_paid.en.went-out",
        1.0,
        negatable=True,
        example="It went out yesterday.",
        near_miss="It goes out tomorrow.",
        pattern=(
        r"\b(?:this|it|that|money)\s+(?:went out|was sent|has gone out|has been sent|left)\b"
        r"|\bshould(?: have|'ve) (?:landed|arrived|reached you|cleared|come through)|\bvous "
        r"(?:avez du|devriez l'avoir) (?:le |la )?recevoir"
        ),
    ),
    cue(
        "already_paid.any.made-last",
        1.0,
        negatable=True,
        example="We made the payment last week.",
        near_miss="We will make the payment next week.",
        pattern=(
        rf"\b(?:make|made|did|done|fait|effectue)\w* (?:the |le |la |our |notre )?{PAY_NOUN}"
        r"[^.;!?\n]{0,30}\b(?:past|last|ago|yesterday|hier|avant-hier|dernier|derniere)\b"
        ),
    ),
    cue(
        "already_paid.any.debited",
        1.0,
        negatable=True,
        example="Notre compte a été débité le 4.",
        near_miss="Notre compte n'a pas été débité.",
        pattern=(
        r"\b(?:compte|account) (?:a ete |has been |was )?debite|\b(?:payee?|regle|paid|settled)"
        r" (?:en |in )?(?:especes|liquide|cash)\b|\bjustifi?cant\b"
        ),
    ),
    cue(
        "already_paid.any.invoice-settled",
        1.0,
        negatable=True,
        example="La facture est soldée depuis octobre.",
        near_miss="La facture n'est pas encore soldée.",
        pattern=(
        r"\b(?:facture|invoice)s? (?:est |a ete |ont ete |sont |bien |deja |was |has been |is "
        r"|already )*(?:soldee|acquittee|paid|settled)\b"
        ),
    ),
    cue(
        "already_paid.fr.paid-since",
        1.0,
        negatable=True,
        example="Tout est réglé depuis le 2 juin.",
        near_miss="Rien n'est réglé depuis le 2 juin.",
        pattern=(
        r"\b(?:est|sont|a ete|ont ete) (?:bien |deja )?(?:regle|payee?|acquitte)e?s? (?:depuis|le "
        r"\d+\b|par|en date)"
        ),
    ),
    cue(
        "already_paid.any.should-have-received",
        1.0,
        negatable=True,
        example="You should have received it by now.",
        near_miss="You should receive it by Monday.",
        pattern=(
        r"\b(?:vous avez (?:du|certainement|surement) (?:le |la )?recevoir|you should (?:have|"
        r"now have) (?:received|got))"
        ),
    ),
    # ---- already paid: an amount transferred, a cheque handed over, "should be with you" -----
    cue(
        "already_paid.any.amount-transferred",
        1.0,
        negatable=True,
        example="Le montant a été viré le 8.",
        near_miss="Le montant sera viré le 8.",
        pattern=(
        r"\b(?:montant|somme|amount|sum|balance|total|solde)s? (?:\w+ ){0,2}(?:a ete|ont ete|was|"
        r"were|has been|have been) (?:\w+ )?(?:vire|transfere|paye|regle|verse|wired|transferred|p"
        r"aid|settled|remitted|sent)e?s?\b"
        ),
    ),
    cue(
        "already_paid.any.handed-over",
        1.0,
        negatable=True,
        example="J'ai remis un chèque à votre technicien.",
        near_miss="Je remettrai un chèque à votre technicien.",
        pattern=(
        r"\b(?:ai|avons|a|ont|avions|avait) (?:\w+ ){0,2}(?:remis|donne|laisse|depose|confie|gliss"
        r"e|transmis)e?s? (?:\w+ ){0,3}(?:cheque|especes|liquide|reglement)s?\b|\b(?:handed|gave|"
        r"left|dropped) (?:\w+ ){0,3}(?:a |the |our )?(?:cheque|check|cash|payment)\b"
        ),
    ),
    cue(
        "already_paid.any.letterbox",
        1.0,
        negatable=True,
        example="Le chèque a été déposé dans votre boîte aux lettres.",
        near_miss="Le chèque sera posté demain.",
        pattern=(
        r"\b(?:cheque|check|paiement|reglement|especes|payment|enveloppe|cash)s?\b[^.;!?\n]{0,80}\b"
        r"(?:depose|glisse|mis|laisse|poste|remis)e?s? (?:\w+ ){0,2}(?:dans|a) (?:votre|ta|la) (?:b"
        r"oite|bal)\b|\b(?:cheque|check|payment|cash) (?:\w+ ){0,2}(?:through|in) your (?:letterb"
        r"ox|letter box|door|mailbox)"
        ),
    ),
    cue(
        "already_paid.fr.paid-by-means",
        1.0,
        negatable=True,
        example="Réglée par prélèvement le 5.",
        near_miss="Sera réglée par prélèvement le 5.",
        pattern=(
        r"\b(?:regle|payee?|solde|acquitte)e?s? (?:par|en|via) (?:lcr|traite|effet|especes|liquide|"
        r"paypal|wise|revolut|sepa|lettre de change|prelevement)"
        ),
    ),
    cue(
        "already_paid.any.should-have-it",
        1.0,
        negatable=True,
        example="Vous devriez déjà l'avoir.",
        near_miss="Vous l'aurez demain.",
        pattern=(
        r"\b(?:vous |tu )?(?:devez|devriez|devrais|dois) (?:deja |donc |normalement |bien )?(?:l'av"
        r"oir|les avoir|avoir recu|etre a jour)|\b(?:devrait|doit|devraient) (?:deja |normalement "
        r")?etre (?:arrive|sur votre compte|credite)|\bshould (?:now |already )?be (?:with you|in "
        r"your (?:account|bank)|on your account|showing)|\bwent (?:across|out)\b"
        ),
    ),
    cue(
        "already_paid.any.both-paid",
        1.0,
        negatable=True,
        example="Les deux sont réglées.",
        near_miss="Les deux seront réglées vendredi.",
        pattern=(
        r"\b(?:les deux|toutes les deux|tous les deux|both|both of them|all of them) (?:sont|ont e"
        r"te|are|were|have been) (?:bien |deja |already )?(?:reglee|payee|soldee|acquittee|regle|"
        r"paye|paid|settled)s?\b"
        ),
    ),
    # ---- short replies ---------------------------------------------------------------------
    cue(
        "already_paid.any.done-line",
        1.0,
        negatable=True,
        example="C'est fait, merci.",
        near_miss="C'est fait pour le devis, la facture suit.",
        pattern=(
        rf"{LINE}(?:c'est fait|c fait|voila c'est fait|c'est chose faite|all done|done|it's done"
        rf"|that's done|ok,? (?:c'?est )?(?:paye|regle|vire)e?){LINE_END}"
        ),
    ),
    # ---- already paid: "it is paid", debited, cashed, a ledger at zero ----------------------
    cue(
        "already_paid.fr.it-is-paid",
        1.0,
        negatable=True,
        example="Elle est payée depuis longtemps.",
        near_miss="Elle sera payée demain.",
        pattern=(
        r"\b(?:elle|il|elles|ils|tout) (?:est|sont|a ete|ont ete) (?:donc |bien |deja |bel et b"
        r"ien |belle et bien )*(?:payee?|reglee?|soldee?|acquittee?)s?\b"
        ),
    ),
    cue(
        "already_paid.en.it-is-paid",
        1.0,
        negatable=True,
        example="It's all paid now.",
        near_miss="It's paid on delivery.",
        pattern=(
        r"\b(?:it's|it is|that's|that is|this is|they're|they are|everything is|everything's)"
        r" (?:now |already |all |fully |both )*(?:paid|settled)\b(?! (?:for|by|on|when|once))"
        ),
    ),
    cue(
        "already_paid.any.cashed",
        1.0,
        negatable=True,
        example="Le chèque a bien été encaissé.",
        near_miss="Le chèque n'a pas encore été encaissé.",
        pattern=(
        r"\b(?:a|ont) (?:bien )?ete (?:debite|encaisse)e?s?\b|\b(?:was|were|has been|have been)"
        r" (?:debited|cashed)\b"
        ),
    ),
    cue(
        "already_paid.any.zero-balance",
        1.0,
        negatable=True,
        example="Our ledger shows a zero balance.",
        near_miss="Our ledger shows a balance of 300.",
        pattern=(
        r"\b(?:le|votre|ce|son|your|the|our) (?:compte|solde|balance|ledger|account)(?: \w+){0,3}"
        r" (?:est |is |shows |affiche |montre )?(?:a |at |of |an? )?(?:zero|0|nul|nil)\b"
        r"|\b(?:compte|account)(?: \w+){0,2} (?:est |is )?(?:solde|a jour|settled|cleared|up to"
        r" date)\b|\bzero balance\b|\bnothing outstanding\b"
        r"|\brien (?:d'|en )?(?:du|impaye|en souffrance)\b"
        ),
    ),
    # ---- paid just now; a batch of supplier payments on a day -----------------------------
    cue(
        "already_paid.any.done-just-now",
        1.0,
        negatable=True,
        example="Payé ce matin.",
        near_miss="Payé à réception de facture.",
        pattern=(
        r"(?:^|\n)\s*(?:done|paid|fait|c'est fait|vire|paye|regle)e?\b(?: \w+){0,1} (?:just "
        r"now|this morning|earlier|today|yesterday|a l'instant|ce matin|hier|aujourd'hui|tout a "
        r"l'heure)\b"
        ),
    ),
)
# fmt: on
