"""Promises in English, then as families of stems in both languages: a payment act and a
time to come, a payer who is away, a short "will do", a batch of supplier payments.
"""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue
from relancebot.classify.cues.fragments import AWAY, LINE, LINE_END, PAY_NOUN, PAY_WORD, PAYER, ROLE

# fmt: off
CUES: tuple[Cue, ...] = (
    cue(
        "promise_to_pay.en.will-pay",
        1.0,
        negatable=True,
        example="We will pay it on Friday.",
        near_miss="We will not pay it on Friday.",
        pattern=(
        r"\b(will|shall|'ll) (be )?(make sure it's |get (this|it) )?(pa(y|id)|settl\w*|process\w*|"
        r"transfer\w*|send|sent|wire\w*|execut\w*|sorted|includ\w*|releas\w*|issu\w*|initiat\w*"
        r"|schedul\w*|make (the )?payment)"
        r"|\bgoing to (pay|settle)|\bpayment (is )?(scheduled|planned|in progress|on (its|the) "
        r"way|being processed|will)|\bare processing"
        ),
    ),
    cue(
        "promise_to_pay.en.payment-run",
        1.0,
        negatable=True,
        example="It is in our next payment run.",
        near_miss="It missed our payment deadline.",
        pattern=(
        r"\b(scheduled|approved|released) for (payment|our)|\bpayment run|\b(cut|issue|pay) "
        r"(checks|cheques)|\bbatch\b|\bpending approval"
        ),
    ),
    cue(
        "promise_to_pay.en.you-will-have-it",
        1.0,
        negatable=True,
        example="You'll have the money by Friday.",
        near_miss="You won't have the money by Friday.",
        pattern=(
        r"\b(?:you'll|you will) (?:have|get|receive) (?:it|them|the money|your money|payment|the "
        r"funds)"
        ),
    ),
    # ---- promise_to_pay: a payment act and a time to come -----------------------------------
    cue(
        "promise_to_pay.any.act-with-date",
        1.0,
        negatable=True,
        example="Je passe le virement vendredi.",
        near_miss="Je passe le virement dès que possible.",
        pattern=(
        r"\b(?:passe|fait|lance|envoie|programme|planifie|prepare|effectue|vire|depose|poste)"
        rf"\w* (?:le |un |son |notre |votre |les )?{PAY_NOUN}[^.;!?\n]{{0,40}}\b(?:demain|lundi"
        r"|mardi|mercredi|jeudi|vendredi|samedi|cette semaine|semaine prochaine|le \d|pour le"
        r"|au plus tard|d'ici|fin|prochain\w*|avant|tomorrow|next|this week|by)\b"
        ),
    ),
    cue(
        "promise_to_pay.any.you-will-receive",
        1.0,
        negatable=True,
        example="Vous devriez recevoir le virement demain.",
        near_miss="Vous devriez recevoir la facture demain.",
        pattern=(
        r"\b(?:you|vous) (?:should|will|devriez|allez|recevrez|receive)\w* (?:receive |recevoir "
        r"|get |have )?(?:the |your |le |les |vos )?(?:funds|payment|money|fonds|paiement|"
        r"virement|reglement)"
        ),
    ),
    cue(
        "promise_to_pay.any.approved-for-payment",
        1.0,
        negatable=True,
        example="The invoice has been approved for payment.",
        near_miss="The invoice has not been approved for payment.",
        pattern=(
        r"\b(?:approved|validated|passed|submitted|sent|forwarded|transmise?|validee?|passee?)"
        r"(?: \w+){0,5} (?:for|to|pour) (?:payment|paiement|mise en paiement)"
        ),
    ),
    cue(
        "promise_to_pay.any.next-batch",
        1.0,
        negatable=True,
        example="It will go in the next batch on Friday.",
        near_miss="It missed the last batch.",
        pattern=(
        r"\b(?:next|prochaine?s?) (?:\w+ )?(?:run|batch|cycle|remise|campagne|vague|serie) "
        r"(?:de (?:virements|paiements|reglements))?|\bon the (?:list|batch|run) for"
        ),
    ),
    cue(
        "promise_to_pay.any.will-sort",
        1.0,
        negatable=True,
        example="I'll sort it this afternoon.",
        near_miss="I can't sort it this afternoon.",
        pattern=(
        r"\b(?:'ll|will|gonna) sort (?:it|this|that)\b|\b(?:je|on) (?:vous )?(?:programme|planifie"
        r"|prepare|passe) (?:le |un )?virement"
        ),
    ),
    # ---- a payer who is away: a promise without a date ---------------------------------------
    cue(
        "promise_to_pay.any.payer-away",
        1.0,
        negatable=True,
        example="Our accountant is on holiday until Monday.",
        near_miss="Our accountant is back on Monday.",
        pattern=rf"\b{PAYER}\b(?: [\w-]+){{0,3}} {AWAY}\b",
    ),
    cue(
        "promise_to_pay.fr.third-party-will-pay",
        1.0,
        negatable=True,
        example="Il vous paiera à la fin du mois.",
        near_miss="Il ne vous paiera pas.",
        pattern=(
        r"\b(?:on|il|elle|ils|elles) (?:vous )?(?:paiera|payera|reglera|paieront|payeront|reglero"
        r"nt|versera|soldera|virera)\b"
        ),
    ),
    cue(
        "promise_to_pay.fr.third-party-transfer",
        1.0,
        negatable=True,
        example="Elle fera le virement demain.",
        near_miss="Elle a fait le virement hier.",
        pattern=(
        r"\b(?:il|elle|on|ils|elles) (?:vous )?(?:fait|fera|font|feront|lance|lancera|passe|passe"
        r"ra|envoie|enverra|depose|deposera) (?:le|un|votre|son|leur) (?:virement|cheque|paiement|"
        r"reglement)"
        ),
    ),
    cue(
        "promise_to_pay.any.will-approve",
        1.0,
        negatable=True,
        example="Le directeur validera le paiement lundi.",
        near_miss="Le directeur a validé le paiement lundi.",
        pattern=(
        r"\b(?:validera|signera|approuvera|lancera|validerons|signerons) (?:\w+ )?(?:le |la |les |"
        r"un )?(?:paiement|virement|cheque|reglement|facture|mise en paiement)|\bwill (?:approve|"
        r"sign|validate|authori[sz]e) (?:the |your )?(?:payment|cheque|check|transfer|invoice)"
        ),
    ),
    cue(
        "promise_to_pay.any.boss-away",
        0.5,
        negatable=True,
        example="La gérante est en vacances cette semaine.",
        near_miss="La gérante est au bureau cette semaine.",
        pattern=rf"\b{ROLE}\b(?: [\w-]+){{0,3}} {AWAY}\b",
    ),
    cue(
        "promise_to_pay.any.signs-payments",
        0.5,
        negatable=True,
        example="C'est lui qui signe les virements.",
        near_miss="C'est lui qui signe les devis.",
        pattern=(
        r"\b(?:signe|signs|sign|valide|validates|approuve|approves|autorise|authori[sz]es) (?:\w+ )"
        r"{0,2}(?:cheques|checks|virements|paiements|payments|reglements|factures|invoices)\b"
        ),
    ),
    cue(
        "promise_to_pay.any.will-do-line",
        1.0,
        negatable=True,
        example="Will do, thanks!",
        near_miss="Will do the transfer once the work is finished.",
        pattern=rf"{LINE}(?:will do|on it|je m'en charge|c'est en cours|en cours){LINE_END}",
    ),
    cue(
        "promise_to_pay.any.goes-tomorrow",
        1.0,
        negatable=True,
        example="Ça part demain.",
        near_miss="Ça part en vacances demain.",
        pattern=(
        r"\b(?:ca|cela|il|elle|tout|it) (?:part|partira|will go|goes) (?:demain|lundi|mardi|"
        r"mercredi|jeudi|vendredi|ce soir|aujourd'hui|tomorrow|today|tonight|monday|tuesday|"
        r"wednesday|thursday|friday)\b|\bon it\b"
        ),
    ),
    cue(
        "promise_to_pay.any.should-go-out",
        1.0,
        negatable=True,
        example="Le virement devrait partir cette semaine.",
        near_miss="Le virement est parti cette semaine.",
        pattern=(
        r"\b(?:devrait|devraient|doit|doivent|va|vont|should|will|'ll) (?:normalement |bien |"
        r"then |now )?(?:partir|passer|sortir|go out|go through|be released)\b"
        ),
    ),
    cue(
        "promise_to_pay.en.payment-goes-out",
        1.0,
        negatable=True,
        example="The payment goes out on Friday.",
        near_miss="The payment went out on Friday.",
        pattern=(
        rf"\b{PAY_WORD} (?:is |will be )?(?:going out|goes out|will go out|going through|leaves"
        r"|leaving)\b"
        ),
    ),
    cue(
        "promise_to_pay.fr.end-of-week",
        1.0,
        negatable=True,
        example="Virement en fin de semaine.",
        near_miss="Virement reçu hier, merci.",
        pattern=(
        rf"\b{PAY_WORD}(?: \w+){{0,2}} (?:en |au |pour (?:le )?)?(?:debut|fin|milieu|courant) (?:"
        r"de |du |de la )?(?:semaine|mois)|\b(?:vous )?serez (?:paye|regle|rembourse)e?s?\b"
        ),
    ),
    cue(
        "promise_to_pay.fr.within-hours",
        1.0,
        negatable=True,
        example="Virement sous 48 heures.",
        near_miss="Virement reçu il y a 48 heures.",
        pattern=(
        rf"\b{PAY_WORD} (?:sous|dans|d'ici) (?:\d+|deux|trois|quelques) ?(?:h\b|heures|jours)"
        ),
    ),
    cue(
        "promise_to_pay.en.able-to-pay",
        1.0,
        negatable=True,
        example="We should be able to pay it next week.",
        near_miss="We won't be able to pay it next week.",
        pattern=r"\b(?:should|will|'ll) be able to (?:clear|pay|settle) (?:it|this|that|the|you)\b",
    ),
    # ---- a payment set up for a date; a hold lifted ----------------------------------------
    cue(
        "promise_to_pay.any.payment-set-up",
        1.0,
        negatable=True,
        example="I have scheduled the payment for Monday.",
        near_miss="I have cancelled the payment for Monday.",
        pattern=(
        r"\b(?:scheduled|set up|booked|queued|arranged|planned|lined up|programme|planifie|cale|"
        rf"prevu)e?s?(?: up)? (?:the |a |an |our |your |le |un |notre |votre |l')?(?:\w+ )?"
        rf"{PAY_WORD}\b"
        ),
    ),
    cue(
        "promise_to_pay.any.payment-scheduled-for",
        1.0,
        negatable=True,
        example="Virement programmé pour le 12.",
        near_miss="Virement annulé pour le 12.",
        pattern=(
        rf"\b{PAY_WORD}(?: \w+){{0,2}} (?:programmee?|planifiee?|calee?|scheduled|set up|queued|"
        r"booked)s? (?:pour|au|le|for|on)\b"
        ),
    ),
    cue(
        "promise_to_pay.any.released",
        1.0,
        negatable=True,
        example="The invoice has been released for payment.",
        near_miss="The invoice has not been released for payment.",
        pattern=(
        r"\b(?:released|cleared|unblocked|approved|authori[sz]ed) (?:for|to) (?:payment|pay)\b"
        r"|\b(?:debloquee?s?|liberee?s?) (?:pour (?:le )?(?:paiement|reglement)|et)\b"
        ),
    ),
    cue(
        "promise_to_pay.any.payment-day",
        1.0,
        negatable=True,
        example="Je fais les virements vendredi.",
        near_miss="Je fais les comptes vendredi.",
        pattern=(
        r"\b(?:fais|fait|faisons|passe|passons|lance|lancons|do|run|make|process)\b (?:tous |toutes"
        r" |all )?(?:les |mes |nos |the |my |our )?(?:virements|paiements|reglements|payments|"
        r"transfers|payment run)(?: fournisseurs| supplier| to suppliers)?(?: \w+){0,2} (?:le |on "
        r")?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|monday|tuesday|wednesday|thursday|fri"
        r"day|tomorrow)\b"
        ),
    ),
    cue(
        "promise_to_pay.fr.should-be-able",
        1.0,
        negatable=True,
        example="Nous pourrons vous régler lundi.",
        near_miss="Nous ne pourrons pas vous régler lundi.",
        pattern=(
        r"\b(?:devrait|devrions|devraient|pourrons|pourrai) (?:pouvoir )?(?:vous |te )?(?:regler"
        r"|payer)\b"
        ),
    ),
    cue(
        "promise_to_pay.fr.in-the-batch",
        1.0,
        negatable=True,
        example="Vous serez dans le lot de vendredi.",
        near_miss="Vous n'êtes pas dans le lot de vendredi.",
        pattern=(
        r"\b(?:tu seras|vous serez|you'll be|you will be) (?:dedans|dans le lot|sur la liste|on "
        r"the list|in it|in the batch|in that run|included)\b"
        ),
    ),
)
# fmt: on
