"""Invoice not received in English, then as families of stems in both languages: nothing
arrived, not in the system, a blank or blocked file, doubts that it was sent.
"""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    cue(
        "not_received.en.never-received",
        1.0,
        negatable=False,
        example="We never received the invoice.",
        near_miss="We received the invoice yesterday.",
        pattern=(
        r"\b(never|not|didn't|did not|haven't|have not|hasn't|has not) ({W})?(received|got|gotten"
        r"|seen|arrived|come through|came through)"
        ),
    ),
    cue(
        "not_received.en.no-record",
        1.0,
        negatable=False,
        example="We have no record of this invoice.",
        near_miss="We have a record of this invoice.",
        pattern=(
        r"\bno (record|trace) of|\bnot (in|on) (our|the) (system|records|ledger)|\bno (attachment"
        r"|invoice"
        r" attached|pdf)|\bnothing (was )?attached"
        ),
    ),
    cue(
        "not_received.en.cannot-open",
        1.0,
        negatable=False,
        example="I can't open the attachment.",
        near_miss="I can open the attachment.",
        pattern=(
        r"\b(can't|cannot|could not|couldn't|unable to) (find|locate|open|read|download)"
        r"|\b(won't|doesn't|didn't|does not) open|\bnot supported|\bcorrupt\w*|\bblank pdf"
        ),
    ),
    cue(
        "not_received.en.resend",
        1.0,
        negatable=True,
        example="Could you resend it please?",
        near_miss="No need to resend it.",
        pattern=(
        r"\b(resend|re-send|resubmit (the |your |a )?(invoice|bill|copy)|re-submit|send (us|me) ("
        r"a copy|the invoice|it again|again"
        r"|another)|(send|email|e-mail|forward) it (as|again)|copy of the invoice|got lost|been l"
        r"ost|went missing)"
        ),
    ),
    cue(
        "not_received.en.nothing-arrived",
        1.0,
        negatable=False,
        example="Nothing has arrived so far.",
        near_miss="Everything has arrived so far.",
        pattern=r"\bnothing (?:has )?(?:came|come|arrived|was received|reached us)",
    ),
    # ---- not_received: nothing arrived, not in the system, wrong or blocked file ------------
    cue(
        "not_received.any.nothing-received",
        1.0,
        negatable=False,
        example="J'ai rien reçu.",
        near_miss="J'ai tout reçu.",
        pattern=(
        r"\b(?:j'ai|on a|nous avons|i have|we have|i've|we've|jai) (?:rien|jamais|nothing|never)"
        r" (?:\w+ )?(?:recu|eu|received|got|seen)"
        ),
    ),
    cue(
        "not_received.fr.no-invoice",
        1.0,
        negatable=False,
        example="Nous n'avons pas de facture à ce nom.",
        near_miss="Nous avons la facture à ce nom.",
        pattern=(
        r"\b(?:ai|avons|a|ont|possedons|disposons) (?:donc |toujours |malheureusement |meme )?(?:"
        r"pas|jamais|aucune?) (?:de |d'|la |cette |votre |vos |les |ces |trace de (?:la |cette |"
        r"votre )?)?factures?\b"
        ),
    ),
    cue(
        "not_received.en.cannot-locate",
        1.0,
        negatable=False,
        example="We do not find your invoice in our system.",
        near_miss="We found your invoice in our system.",
        pattern=(
        r"\b(?:don't|do not|didn't|did not) (?:\w+ )?(?:find|locate) (?:your|the|this|any|it)\b"
        ),
    ),
    cue(
        "not_received.fr.not-registered",
        1.0,
        negatable=False,
        example="Elle n'y figure pas.",
        near_miss="Elle y figure bien.",
        pattern=(
        r"\bn'y (?:figure|figurent|apparait|apparaissent) pas\b|\b(?:facture|invoice)s?\b[^.;!?\n]"
        r"{0,40}\bn'(?:est|a) pas (?:ete )?(?:enregistree?|referencee?|deposee?|saisie?) (?:dans|"
        r"sur|chez)|\b(?:pouvez|pourriez|merci de|veuillez)[ -](?:vous )?(?:la |le |les )?"
        r"(?:deposer|"
        r"redeposer)\b|\bproceder a (?:son|leur) depot|\bnot (?:registered|"
        r"recorded|listed|logged|on file) (?:in|on|with)"
        ),
    ),
    cue(
        "not_received.any.not-ours",
        1.0,
        negatable=False,
        example="This invoice is not ours.",
        near_miss="This invoice is ours.",
        pattern=(
        r"\b(?:pas la notre|not ours|not our invoice|envoyer la bonne|send (?:us |me )?the (?:rig"
        r"ht|correct) one)"
        ),
    ),
    cue(
        "not_received.any.attachment-blocked",
        1.0,
        negatable=False,
        example="La pièce jointe a été bloquée par notre antivirus.",
        near_miss="La pièce jointe est bien arrivée.",
        pattern=(
        r"\b(?:piece jointe|pj|fichier|attachment|zip|pdf)[^.;!?\n]{0,60}(?:bloque|blocked|quara"
        r"ntin\w*|supprim\w*|removed|stripped)"
        ),
    ),
    cue(
        "not_received.any.send-as-pdf",
        1.0,
        negatable=False,
        example="Could you send it as a PDF?",
        near_miss="Could you send it by post?",
        pattern=(
        r"\b(?:envoy|send|adress|transmet)\w* (?:\w+ ){0,3}(?:en pdf|as a pdf|in pdf|au format pd"
        r"f)"
        ),
    ),
    cue(
        "not_received.any.cannot-open",
        1.0,
        negatable=False,
        example="Je ne peux pas l'ouvrir.",
        near_miss="Je peux l'ouvrir sans souci.",
        pattern=(
        r"\b(?:ne )?(?:peux|pouvons|arrive|arrivons|parviens) (?:toujours )?pas (?:a )?(?:l'|la |"
        r"le )"
        r"?(?:ouvrir|lire|telecharger|afficher)|\b(?:lien|link)s? (?:\w+ ){0,5}(?:ne marche|ne fonc"
        r"tionne|doesn't work|does not work|broken|expire|invalide|mort)"
        ),
    ),
    # ---- not received: "not had", not in the system, "share a copy" --------------------------
    cue(
        "not_received.en.not-had",
        1.0,
        negatable=False,
        example="We haven't had an invoice from you.",
        near_miss="We haven't had a chance to look.",
        pattern=(
        r"\b(?:not|never|haven't|hasn't|have not|has not|didn't|did not) (?:yet )?had (?:any|an|t"
        r"he|this|that|a|your|anything|one|it)\b(?! (?:chance|look|moment|time|minute|reply|respo"
        r"nse|answer|opportunity|funds|money|payment|cash))"
        ),
    ),
    cue(
        "not_received.any.not-in-system",
        1.0,
        negatable=False,
        example="The invoice is not visible in our portal.",
        near_miss="The invoice is visible in our portal.",
        pattern=(
        r"\b(?:invoice|bill|facture)s?\b[^.;!?\n]{0,30}\b(?:is not|isn't|are not|aren't|n'est pas|"
        r"ne sont pas|n'apparait pas|does not appear|doesn't appear) (?:\w+ )?(?:available|dispon"
        r"ible|visible|found|trouvee?s?|present|presente|in our|dans notre|on our|showing|enregi"
        r"stree?)"
        ),
    ),
    cue(
        "not_received.en.send-a-copy",
        1.0,
        negatable=True,
        example="Could you send us a copy?",
        near_miss="Could you send us the quote?",
        pattern=(
        r"\b(?:can|could|would) you (?:please |kindly )?(?:re)?(?:send|email|forward|share) (?:(?:"
        r"it|this|that|them|one) (?:over|through|across|again)|(?:us |me )?(?:a copy|the invoice|"
        r"the bill|a duplicate))\b|\bshare (?:the |a |an )?(?:invoice )?(?:copy|invoice)\b|"
        r"\binvoice copy\b|\b(?:la|nous la|me la) partager\b|\bpartager (?:la|une) (?:copie|fact)"
        ),
    ),
    # ---- not received: doubts that it was sent; only the quote on file ----------------------
    cue(
        "not_received.any.sure-sent",
        1.0,
        negatable=False,
        example="Are you sure it was sent?",
        near_miss="I'm sure it was paid.",
        pattern=(
        r"\b(?:sure|surs?|sures?|certaine?s?|certain)\b(?: \w+){0,2} (?:de (?:nous |me )?(?:l'|"
        r"les )?avoir|d'avoir|(?:that )?(?:you|it|this|the invoice) (?:was |were |has been |have"
        r" )?)(?: bien)? ?(?:envoye|transmis|adresse|expedie|sent|emailed|posted|mailed)"
        ),
    ),
    cue(
        "not_received.en.did-you-send",
        1.0,
        negatable=False,
        example="Did you actually send it?",
        near_miss="Did you receive it?",
        pattern=(
        r"\b(?:did|have) you (?:actually |really |ever )?(?:send|sent|email|e-mail|post|mail)\w*"
        r" (?:us |me )?(?:it|this|that|the|an|any|your)\b"
        ),
    ),
    cue(
        "not_received.any.only-quote",
        1.0,
        negatable=False,
        example="We only have the quote, not the invoice.",
        near_miss="We have the quote and the invoice.",
        pattern=(
        r"\b(?:n'avons|n'ai|n'a|only have|only got|only see|can only see|all i can see|all we "
        r"have)(?: \w+){0,3} (?:que )?(?:is )?(?:le|la|votre|your|the|an?) (?:devis|bon de comm"
        r"ande|proforma|quote|estimate|purchase order|order confirmation)\b"
        ),
    ),
    # ---- not received: nothing from you, blank page, unknown to us ------------------------
    cue(
        "not_received.any.nothing-from-you",
        1.0,
        negatable=False,
        example="Nous n'avons rien reçu de votre part.",
        near_miss="Nous avons tout reçu de votre part.",
        pattern=(
        r"\b(?:n'ai|n'avons|j'ai|on a|nous avons|have had|we've had|i've had|had) (?:\w+ )?(?:ri"
        r"en|nothing) (?:\w+ )?(?:recu |eu |received )?(?:de (?:ta|votre) part|de vous|from you)"
        ),
    ),
    cue(
        "not_received.fr.not-seen",
        1.0,
        negatable=False,
        example="Je n'ai rien vu passer.",
        near_miss="J'ai vu passer votre mail.",
        pattern=(
        r"\b(?:j'ai|on a|nous avons|je n'ai|n'ai|n'avons) (?:rien|jamais|pas) (?:\w+ )?vu "
        r"(?:passer|arriver|venir)"
        ),
    ),
    cue(
        "not_received.any.blank-page",
        1.0,
        negatable=False,
        example="Le PDF est une page blanche.",
        near_miss="Le PDF est bien lisible.",
        pattern=(
        r"\b(?:page|document|feuille|fichier|pdf|attachment|piece jointe)s? (?:\w+ ){0,3}(?:blan"
        r"che?|vide|blank|empty)\b|\b(?:blank|empty) (?:page|document|file|pdf|attachment)"
        ),
    ),
    cue(
        "not_received.any.unknown-invoice",
        1.0,
        negatable=False,
        example="Cette facture nous est inconnue.",
        near_miss="Cette facture nous est connue.",
        pattern=(
        r"\b(?:invoice|facture)s? (?:\w+ ){0,2}(?:is |est |was |etait )?(?:unknown|inconnue?)\b"
        ),
    ),
    cue(
        "not_received.fr.not-had-it",
        1.0,
        negatable=False,
        example="On l'a pas reçue.",
        near_miss="On l'a reçue hier.",
        pattern=(
        r"\b(?:on|je|j'|nous|ils?|elles?) ?l'? ?(?:a|ai|avons|ont) (?:pas|jamais|toujours pas) "
        r"(?:eue?|recue?|vue?)\b"
        ),
    ),
    cue(
        "not_received.en.never-got",
        1.0,
        negatable=False,
        example="We never got the invoice.",
        near_miss="We got the invoice yesterday.",
        pattern=(
        r"\b(?:we|i) (?:never|didn't|did not) (?:get|got|receive) (?:ours|it|the invoice|this|t"
        r"hat|yours)\b|\bour invoice we never\b"
        ),
    ),
    cue(
        "not_received.any.send-another",
        1.0,
        negatable=True,
        example="Please send us another copy.",
        near_miss="Please don't send us another copy.",
        pattern=(
        r"\bsend (?:us |me )?(?:another|a new|a fresh|the correct|the right) (?:copy|one|"
        r"version|invoice)\b|\b(?:tu|vous) (?:me|nous) (?:la|le|les) renvoi(?:es|ez|e)\b"
        ),
    ),
)
# fmt: on
