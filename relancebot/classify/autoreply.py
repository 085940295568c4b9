"""Automatic replies (out of office, vacation, mailbox no longer read)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from relancebot.classify.message import ParsedMail
from relancebot.classify.text import fold

_AUTO_SUBJECT = re.compile(
    r"reponse automatique|reponse auto\b|message automatique|automatic reply|auto[- ]?reply|"
    r"auto[- ]?respon|autoreply|out of (the )?office|absence du bureau|^(re\s*:\s*)?absente?\b|"
    r"^(re\s*:\s*)?(auto|automatique)\s*:|abwesenheit|out-of-office|\booo\b|"
    r"^(re\s*:\s*)?(en )?(conges|vacances)\b|away from (the )?office|i am away|"
    r"notification d'absence|avis d'absence|^(re\s*:\s*)?absence\b|^(re\s*:\s*)?fermeture\b|"
    r"accuse de reception|conges annuels|fermeture (annuelle|exceptionnelle|pour conges)|"
    r"^\s*\[(demande|ticket|case|request|incident|dossier)\s*(n°|no|#|:)?\s*[\w-]*\d|"
    # The same words in the languages of neighbouring countries and of big mail providers.
    r"automatische antwort|abwesenheitsnotiz|risposta automatica|fuori (sede|ufficio)|"
    r"respuesta automatica|fuera de (la )?oficina|resposta automatica|automatisch antwoord|"
    r"afwezigheidsbericht|automatyczna odpowied|autosvar|automatisk svar|"
    r"automaattinen vastaus|^thank you for (your|contacting)\b"
)
# Phrases only out-of-office messages use; a person rarely writes them about themselves.
_AUTO_BODY_STRONG = re.compile(
    r"(ceci est|ce message est|il s'agit d') ?(un|une) (message|reponse|courriel) automatique|"
    r"(message|reponse|courriel) (genere )?automatique|this is an? automat(ed|ic)|"
    r"auto-?reply|automatic (reply|response)|out of (the )?office|absence du bureau|"
    r"(boite|adresse) (mail |e-?mail |de messagerie )?(n'est plus|plus) (active|utilisee|"
    r"consultee|lue|surveillee)|no longer (in use|monitored|active)|"
    r"(ne sera|ne seront) (pas )?(lu|lus|consulte|transfere)|will not be (read|forwarded)|"
    r"(genere|envoye|emis) automatiquement|automatically generated|do not reply|ne pas repondre|"
    r"(votre|your) (courriel|message|demande|mail|e-?mail|request) (a|has) (bien )?(ete |been )?"
    r"(recue?|enregistree?|pris en compte|received|logged)|"
    r"(enregistree?|logged|registered) (sous le numero|under (the )?(number|reference|ticket))|"
    r"(numero|number) de (ticket|dossier|demande)|ticket (number|n°|#)|"
    # Challenge-response filters: the sender must prove to be a person before delivery.
    r"(added|ajoutee?) (to|a) (the recipient's |my |ma |la )?(allowed|approved|white) ?list|"
    r"this (account|mailbox) is protected by|to ensure delivery of your (e-?mail|message)"
)
_AUTO_BODY_ABSENCE = re.compile(
    r"je (suis|serai) (actuellement |momentanement |temporairement )?(absente?|en conges?|"
    r"en vacances|en deplacement|en formation|en arret|hors du bureau|en rtt|indisponible|en "
    r"rendez-vous|en reunion|en clientele|en seminaire|sur (un )?chantier)|"
    r"(i am|i'm|i will be|i'll be) (currently )?(out|away|offline|unavailable|on (\w+ )?leave|"
    r"on vacation|"
    r"on holiday|traveling|travelling|off)|de retour (le|au|a partir|des|lundi|mardi|"
    r"mercredi|jeudi|vendredi)|back in the office|i will be back|i'll be back|"
    r"acces (limite|restreint) (a|aux) (mes )?(e-?mails|messagerie|courriels)|"
    r"limited access to (e-?mail|my e-?mail)|en cas d'urgence|for (urgent|pressing) matters|"
    r"je reviendrai vers vous (des|a) mon retour|je prendrai connaissance de votre message|"
    r"je (vous )?(reponds|repondrai|reviendrai vers vous|rappelle|rappellerai|recontacterai) (a|"
    r"des|apres) mon retour|(i'll|i will) (reply|respond|answer|get back to you) (when|once) ("
    r"i'm|i am|i get) back|"
    r"(nous|nos \w+|on) vous (repondrons|repondront|recontacterons|rappellerons) (dans|sous|"
    r"au plus vite|rapidement|des|a notre retour|prochainement|le plus rapidement)|"
    r"(nous )?traiterons votre (message|demande|courriel) (a|des|dans|sous)|"
    r"(messages|mails|courriels|demandes|e-?mails) ([\w'-]+ ){0,5}(sont|seront) (traites|lus)|"
    r"(ne )?consult(ons|e|ent) (nos|mes|ses|cette|notre|les) (mails|messages|boite|messagerie|"
    r"e-?mails) (que|qu'une|une fois)|relev(ent|ons|e) (cette|la|notre) boite|"
    r"(est|sont|sera|seront) (exceptionnellement )?fermee?s? (pour|du|le|les|jusqu|en raison|a "
    r"partir|de|ce)|reouverture (le|prevue|des|a partir|lundi|mardi|mercredi|jeudi|vendredi)|"
    r"(we will|we aim to|we try to|we'll) (respond|reply|get back to you|answer) (within|as soon)"
    r"|(offices?|shops?|stores?|studios?|we|agency|firm|team|school|pub|bar|practice|clinic)"
    r" (is|are|will be|remain) (\w+ )?(closed|shut)|(we're|we are|we'll be) (\w+ ){0,2}(closed|"
    r"shut)\b|(e-?mails?|messages?|enquiries) (will be|are) (\w+ ){0,2}(answered|read|checked|"
    r"dealt with|picked up|responded to)|(when|once|after) we (re-?open|return)|re-?open(s|ing)? "
    r"(on|the|after)|(je le|je les|je vous) (lirai|consulterai|traiterai)|"
    r"(we'll|we will|i'll|i will) "
    r"(get back to you|reply|respond) (when|on|upon|after) (we|i|my|our) return"
)


@dataclass(frozen=True)
class AutoReplyFacts:
    strength: str  # "header", "subject", "body-strong" or "body"
    reasons: tuple[str, ...]


def _header_reason(headers: dict[str, str]) -> str | None:
    submitted = headers.get("auto-submitted", "").strip().lower()
    if submitted and not submitted.startswith("no"):
        return f"en-tête Auto-Submitted: {submitted[:30]}"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-autoreply-from"):
        if name in headers:
            return f"en-tête {name.title()}"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence == "auto_reply":
        return "en-tête Precedence: auto_reply"
    if precedence in ("bulk", "junk") and headers.get("return-path", "").strip() == "<>":
        # What a person writes has an envelope sender; a robot's answer has none (RFC 3834).
        return f"en-tête Precedence: {precedence} sans expéditeur d'enveloppe"
    if "x-auto-response-suppress" in headers and "x-ms-exchange-inbox-rules-loop" in headers:
        return "en-têtes Exchange de réponse automatique (Inbox-Rules-Loop)"
    if headers.get("x-apple-action", "").strip().lower() == "vacation":
        return "en-tête X-Apple-Action: VACATION"
    return None


def detect_auto_reply(parsed: ParsedMail, own_folded: str) -> AutoReplyFacts | None:
    header = _header_reason(parsed.headers)
    if header:
        return AutoReplyFacts("header", (header,))
    subject = _AUTO_SUBJECT.search(fold(parsed.subject))
    if subject:
        return AutoReplyFacts("subject", (f"objet « {parsed.subject[:60]} »",))
    strong = _AUTO_BODY_STRONG.search(own_folded)
    if strong:
        return AutoReplyFacts("body-strong", (f"« {strong.group(0)} » dans le message",))
    absence = _AUTO_BODY_ABSENCE.search(own_folded)
    if absence:
        return AutoReplyFacts("body", (f"« {absence.group(0)} » dans le message",))
    return None
