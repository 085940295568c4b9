"""French ways of saying the invoice never came, was lost, cannot be opened: send it again."""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    # ---- not_received: never got it, lost, cannot open it, send it again ------------------------
    cue(
        "not_received.fr.never-received",
        1.0,
        negatable=False,
        example="Nous n'avons jamais reçu cette facture.",
        near_miss="Nous avons bien reçu cette facture.",
        pattern=(
        r"\b(n'|ne) ?(avons|ai|a|ont|avions|avais) ({W})?(jamais|pas|toujours pas|pas encore|"
        r"point|aucunement|rien) ({W})?(recu|eu|vu|trouve|recupere)\b(?! (de |d')?(passage|clie"
        r"nts?|monde|temps|chance|nouvelles|commandes?|travail|boulot|rentrees?|paiements?|virem"
        r"ents?|reglements?|subventions?))"
        ),
    ),
    cue(
        "not_received.fr.got-neither",
        1.0,
        negatable=False,
        example="Nous n'avons reçu ni facture ni devis.",
        near_miss="Nous avons reçu la facture et le devis.",
        pattern=r"\b(n'|ne )?(avons|ai|a|ont) (\w+ )?(recu|eu) (ni|aucune?)\b",
    ),
    cue(
        "not_received.fr.no-trace",
        1.0,
        negatable=False,
        example="Facture non reçue à ce jour.",
        near_miss="Facture reçue ce jour.",
        pattern=(
        r"\b(jamais|pas) (ete )?(recue?s?|parvenue?s?)\b|\bnon recue?\b|\baucune? (trace|facture)"
        ),
    ),
    cue(
        "not_received.fr.never-arrived",
        1.0,
        negatable=False,
        example="Elle ne nous est jamais parvenue.",
        near_miss="Elle nous est parvenue hier.",
        pattern=(
        r"\b(ne|n') ?(nous |m')?(est|sont|a) (jamais|pas|toujours pas) (ete )?(parvenue?s?|"
        r"arrivee?s?|transmise?s?)"
        ),
    ),
    cue(
        "not_received.fr.cannot-find",
        1.0,
        negatable=False,
        example="Nous ne trouvons pas cette facture.",
        near_miss="Nous trouvons bien cette facture.",
        pattern=(
        r"\b(ne|n') ?(trouvons|trouve|retrouvons|retrouve|trouvez|trouvent) (pas|plus|aucune|"
        r"nulle part) (de )?(trace|la|cette|votre|de facture|la facture)|\bintrouvable"
        ),
    ),
    cue(
        "not_received.fr.never-had-it",
        1.0,
        negatable=False,
        example="Nous ne l'avons jamais reçue.",
        near_miss="Nous l'avons reçue hier.",
        pattern=r"\b(ne|n') ?l'(avons|ai|a|ont) (jamais|pas|toujours pas) (eue?|recue?|vue?)?\b",
    ),
    cue(
        "not_received.fr.no-attachment",
        1.0,
        negatable=False,
        example="Votre mail est arrivé sans pièce jointe.",
        near_miss="Votre mail est arrivé avec la pièce jointe.",
        pattern=(
        r"\b((pas|aucune?) (de |d')?|(sans|rien en|ni) (de |la |le |d'|votre )?)(facture|piece jo"
        r"inte|pj|document joint|fichier"
        r"|pdf)\b|\b(mais|et) pas (la|de) facture|\bni la facture"
        ),
    ),
    cue(
        "not_received.fr.dont-have",
        1.0,
        negatable=False,
        example="J'ai pas la facture.",
        near_miss="J'ai la facture sous les yeux.",
        pattern=(
        r"\b(jai|j'ai|on a|nous avons|je n'ai|j'ai) (pas|jamais|rien) (\w+ )?(la |de |cette |"
        r"votre )?facture"
        ),
    ),
    cue(
        "not_received.fr.cannot-open",
        1.0,
        negatable=False,
        example="Impossible d'ouvrir le fichier joint.",
        near_miss="J'ai pu ouvrir le fichier joint.",
        pattern=(
        r"\b(impossible|pas pu|pas reussi|n'arrive pas|narrive pas) (d'|a |de )?(ouvrir|lire|"
        r"telecharger|afficher)|\bne (s'ouvre|s'affiche|se telecharge) pas"
        ),
    ),
    cue(
        "not_received.fr.file-damaged",
        1.0,
        negatable=False,
        example="Le fichier est endommagé.",
        near_miss="Le colis est endommagé.",
        pattern=(
        r"\b(fichier|pdf|document|piece jointe|pj)s? (\w+ ){0,3}(endommagee?|corrompue?|"
        r"illisible|vide|blanc|tout blanc|abime|casse)|\b(s'affiche|s'ouvre) (tout )?(blanc|vide)"
        ),
    ),
    cue(
        "not_received.fr.lost",
        1.0,
        negatable=True,
        example="La facture a dû se perdre.",
        near_miss="La facture ne s'est pas perdue.",
        pattern=(
        r"\b(s'est|a du se|a du s'|se sont|ont du se|s'est peut-etre) (\w+ )?(perdue?s?|egaree?s?"
        r"|egarer|perdre)|\b(perdu|egare|egaree|perdue) (la|votre|cette|vos|les) facture"
        ),
    ),
    cue(
        "not_received.fr.send-again",
        1.0,
        negatable=True,
        example="Pourriez-vous nous la refaire parvenir ?",
        near_miss="Nous vous la ferons parvenir.",
        pattern=(
        r"\brefaire (parvenir|passer)|\b(la|le|les) (re)?faire (parvenir|passer)|\bfaire (parvenir|"
        r"passer) (\w+ ){0,2}(facture|duplicata|copie|document|pdf|exemplaire)|"
        r"\b(impossible de|pas pu|pas reussi a) (trouver|retr"
        r"ouver|"
        r"localiser|mettre la main)"
        ),
    ),
    cue(
        "not_received.fr.resend",
        1.0,
        negatable=True,
        example="Merci de me renvoyer la facture.",
        near_miss="Merci de me renvoyer le devis signé.",
        pattern=(
        r"\b(renvoy|re-?envoy|retransmet|reexpedi|regenere?r?)\w*\b(-la|-le|-les)? ?(moi|nous)? ?"
        r"(?! ?(le |la |les |un |une |votre |vos )?(devis|bons? de commande|rib|contrats?|kbis|att"
        r"estation|proces|pv|plans?)\b)"
        r"(\w+ )?(une copie|un duplicata|le duplicata|la facture|cette facture|a nouveau|"
        r"de nouveau|copie de la facture|les deux|par mail|la|le|les)?\b"
        ),
    ),
    cue(
        "not_received.fr.copy",
        1.0,
        negatable=True,
        example="Pouvez-vous m'envoyer un duplicata ?",
        near_miss="Pouvez-vous m'envoyer le devis ?",
        pattern=(
        r"\b(envoy|transmett|adress|fai|communiqu)\w*(-moi|-nous)? (\w+ ){0,2}(une copie|un "
        r"duplicata|un exemplaire|une autre copie|la bonne facture|une version|l'original)\b"
        r"|\bduplicata"
        ),
    ),
    cue(
        "not_received.fr.wrong-invoice",
        1.0,
        negatable=True,
        example="Vous nous avez envoyé la mauvaise facture.",
        near_miss="Vous faites référence à la mauvaise facture.",
        pattern=(
        r"(?<!a )(?<!a la )\b(la |le )?(mauvaise? facture|mauvais (pdf|"
        r"document|fichier))|\bla bonne facture"
        ),
    ),
    cue(
        "not_received.fr.chorus",
        0.5,
        negatable=True,
        example="Merci de la déposer sur Chorus Pro.",
        near_miss="Nous n'utilisons pas Chorus.",
        pattern=r"\bchorus( pro)?\b",
    ),
    cue(
        "not_received.fr.send-invoice",
        0.5,
        negatable=True,
        example="Envoyez-moi la facture par mail.",
        near_miss="Je vous ai envoyé le devis par mail.",
        pattern=(
        r"\b(envoy|transmett|adress|fai|communiqu)\w*(-moi|-nous)? (\w+ ){0,2}(la |cette |"
        r"votre |une |ma |notre )?(facture|fact)\b"
        ),
    ),
    cue(
        "not_received.fr.send-it-me",
        0.5,
        negatable=True,
        example="Pouvez-vous me l'envoyer ?",
        near_miss="Je peux vous l'envoyer.",
        pattern=(
        r"\b(vous )?(pouvez|pourriez|pouvez-vous|pourriez-vous) (me|nous) l'(envoyer|adresser|"
        r"transmettre)"
        ),
    ),
)
# fmt: on
