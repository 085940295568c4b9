"""French ways of promising: will pay, payment in progress, a date to come."""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    # ---- promise_to_pay: will pay, payment in progress, date to come ----------------------------
    cue(
        "promise_to_pay.fr.going-to",
        1.0,
        negatable=True,
        example="Nous allons régler cette facture.",
        near_miss="Nous n'allons pas régler cette facture.",
        pattern=(
        r"\b(allons|vais|va|allez|vont) (vous )?(le |la |les )?(regler|payer|proceder|effectuer|"
        r"faire|lancer|envoyer|virer|solder|programmer|passer)"
        ),
    ),
    cue(
        "promise_to_pay.fr.future",
        1.0,
        negatable=True,
        example="Je paierai vendredi.",
        near_miss="Je ne paierai pas vendredi.",
        pattern=(
        r"\b(reglerons|paierons|payerons|procederons|effectuerons|ferons le (virement|paiement)"
        r"|enverrons|virerons|reglerai|paierai|payerai|procederai|solderons|honorerons|"
        r"programmerons|adresserai|enverrai|ferai|posterai|virerai|ferai signer)"
        ),
    ),
    cue(
        "promise_to_pay.fr.will-be-paid",
        1.0,
        negatable=True,
        example="Elle sera réglée le 15.",
        near_miss="Elle ne sera pas réglée le 15.",
        pattern=(
        r"\b(sera|seront) (reglee?s?|payee?s?|viree?s?|soldee?s?|effectue|traitee?s?|honoree?s?|"
        r"mise?s? en paiement|emis|lance|programme|envoye|fait|realise)"
        ),
    ),
    cue(
        "promise_to_pay.fr.scheduled",
        1.0,
        negatable=True,
        example="Le virement est programmé.",
        near_miss="Le virement n'est pas encore programmé.",
        pattern=(
        r"\b(virement|paiement|reglement|cheque|facture)s? (sera|partira|part|interviendra|est |"
        r"sont |suivra )?(programmee?|prevue?|planifiee?|en cours|en preparation|imminent|"
        r"partira|interviendra|part|suivra)\b"
        ),
    ),
    cue(
        "promise_to_pay.fr.in-progress",
        1.0,
        negatable=True,
        example="Votre facture est en cours de paiement.",
        near_miss="Votre facture est en cours de vérification.",
        pattern=(
        r"\ben cours de (paiement|reglement|traitement|validation|virement)|mise? en paiement"
        ),
    ),
    cue(
        "promise_to_pay.fr.approved",
        1.0,
        negatable=True,
        example="Nous avons donné le bon à payer.",
        near_miss="Nous attendons le bon de commande.",
        pattern=(
        r"\b(bon a payer|valide pour paiement|validee?s? (en interne|par|pour)|programmee? pour)"
        ),
    ),
    cue(
        "promise_to_pay.fr.accountant-away",
        1.0,
        negatable=True,
        example="Notre comptable est en congés jusqu'au 20.",
        near_miss="Notre comptable est au bureau jusqu'au 20.",
        pattern=(
        r"\bcomptable (est |sont )?(absente?|en conges?|en vacances|malade|en arret|indisponible)"
        r"|des (son|le) retour d"
        ),
    ),
    cue(
        "promise_to_pay.fr.supplier-run",
        1.0,
        negatable=True,
        example="Nous réglons nos fournisseurs le 10 du mois.",
        near_miss="Nous ne réglons jamais nos fournisseurs le 10.",
        pattern=(
        r"\b(payons|reglons|faisons nos (virements|paiements|reglements)) (nos fournisseurs|nos "
        r"factures|le|les|en fin|a \d+|tous les)"
        ),
    ),
    cue(
        "promise_to_pay.fr.present-pay",
        1.0,
        negatable=True,
        example="Je vous règle demain.",
        near_miss="Je ne vous règle rien.",
        pattern=(
        r"\b(je|on) (vous |te )?(regle|paie|paye|vire|fais le virement|fais un virement|envoie le"
        r" (cheque|reglement|paiement)|poste (un|le) cheque|passe a la banque|fais le "
        r"necessaire|lance le virement)\b"
        ),
    ),
    cue(
        "promise_to_pay.fr.will-do-transfer",
        1.0,
        negatable=True,
        example="Mon mari fera le virement lundi.",
        near_miss="Mon mari a fait le virement lundi.",
        pattern=(
        r"\b((vous|te|nous) fait|fera|ferons|feront|fais|enverra|enverront|deposerai|deposerons"
        r"|depose|deposons) (le|un"
        r"|votre|son|notre|mon) (virement|cheque|paiement|reglement)"
        ),
    ),
    cue(
        "promise_to_pay.fr.next-run",
        1.0,
        negatable=True,
        example="Ce sera dans le prochain virement.",
        near_miss="Le précédent virement est parti.",
        pattern=(
        r"\bprochaine? (reglement|campagne|run|virement|paiement|echeance)s?|\brun de paiement"
        ),
    ),
    cue(
        "promise_to_pay.fr.on-it",
        1.0,
        negatable=True,
        example="Je m'en occupe dès demain.",
        near_miss="Je ne m'en occupe plus.",
        pattern=(
        r"\b(je m'en|on s'en|nous nous en|elle s'en|il s'en) (occupe|occupons|charge|chargeons|"
        r"occupera|occuperons|chargera)\b"
        ),
    ),
    cue(
        "promise_to_pay.fr.proceeding",
        1.0,
        negatable=True,
        example="Nous procédons au règlement cette semaine.",
        near_miss="Nous procédons au contrôle cette semaine.",
        pattern=(
        r"\b(procedons|procede|procedera|procederons|procedent) (au|a la) (reglement|paiement|"
        r"virement|mise en paiement)"
        ),
    ),
    cue(
        "promise_to_pay.fr.promised",
        1.0,
        negatable=True,
        example="Le mandat de paiement a été émis.",
        near_miss="Le mandat de prélèvement est signé.",
        pattern=(
        r"\bpromis\b|\b(partira|partiront)\b|\bmandat (de paiement|administratif)|\bcomptable "
        r"public|\btresor public"
        ),
    ),
    cue(
        "promise_to_pay.fr.to-you",
        1.0,
        negatable=True,
        example="La mairie vous fera le virement.",
        near_miss="La mairie vous a fait le virement.",
        pattern=(
        r"\bvous (fait|fera|ferons|fais|envoie|enverra|enverrons|envoyons|adresse|adressera) (le|"
        r"un|votre|son|notre) (virement|cheque|paiement|reglement)"
        ),
    ),
)
# fmt: on
