"""The date expressions promised_date() understands, French and English, as data."""

from __future__ import annotations

import re

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "dix": 10, "quinze": 15, "trente": 30, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "seven": 7, "eight": 8, "ten": 10, "fifteen": 15, "thirty": 30,
}  # fmt: skip
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(WEEKDAYS)
ORDINAL = r"(?:er|re|e|eme|th|st|nd|rd)?"
COUNT = r"(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b(?![.,/]\d)")),
    ("numeric", re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")),
    (
        "day_month",
        re.compile(
            rf"\b(\d{{1,2}}){ORDINAL}(?:\s+(?:of\s+)?|-)({MONTH_RE})\.?(?:[\s-]+(\d{{4}}))?\b"
        ),
    ),
    ("christmas", re.compile(r"\b(?:avant|before|pour|for|by) (?:noel|christmas|xmas)\b")),
    (
        "year_end",
        re.compile(r"\b(?:fin d'annee|fin de l'annee|end of the year|year[- ]end|fin decembre)\b"),
    ),
    ("weekend", re.compile(r"\b(?:ce|this|le|over the) ?week-?end\b")),
    (
        "end_next_week",
        re.compile(r"\bfin de la semaine prochaine\b|\bend of next week\b"),
    ),
    ("next_day", re.compile(r"\ble lendemain\b|\bthe (?:next|following) day\b")),
    (
        "business_days",
        re.compile(
            rf"\b(?:sous|dans|d'ici|within|in|endeans)\s+(?:les\s+|the next\s+)?{COUNT}\s*"
            r"(?:jours? (?:ouvres|ouvrables)|(?:working|business) days?)"
        ),
    ),
    ("month_day", re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}}){ORDINAL}\b(?:,?\s+(\d{{4}}))?")),
    ("end_month_named", re.compile(rf"\b(?:fin|end of|late)\s+(?:de\s+|d')?({MONTH_RE})\b")),
    ("mid_month_named", re.compile(rf"\b(?:mi-?|mid-?|mi\s)\s*({MONTH_RE})\b")),
    (
        "start_month_named",
        re.compile(rf"\b(?:debut|early|beginning of)\s+(?:de\s+|d')?({MONTH_RE})\b"),
    ),
    (
        "end_next_month",
        re.compile(
            r"\bfin (?:du |de )?mois prochain\b|\bend of next month\b|\bfin du mois suivant\b"
        ),
    ),
    (
        "end_month",
        re.compile(
            r"\bfin (?:du |de |de ce )?mois\b|\bend of (?:the |this )?month\b|\bmonth[- ]end\b"
        ),
    ),
    (
        "start_next_month",
        re.compile(
            r"\bdebut (?:du |de )?mois prochain\b|\b(?:early|beginning of|start of) next month\b"
        ),
    ),
    ("next_week", re.compile(r"\bsemaine prochaine\b|\bnext week\b")),
    (
        "end_week",
        re.compile(r"\bfin (?:de |de la |de cette )?semaine\b|\bend of (?:the |this )?week\b"),
    ),
    ("weekday_week", re.compile(rf"\b({WEEKDAY_RE}) (?:week|en huit)\b")),
    (
        "week_today",
        re.compile(r"\b(?:a week (?:today|from today)|today week|(?:d')?aujourd'hui en huit)\b"),
    ),
    ("weekday", re.compile(rf"\b({WEEKDAY_RE})\b(\s+(?:prochain|qui vient))?")),
    ("next_weekday", re.compile(rf"\b(?:next|this|on|by|ce|cette)\s+({WEEKDAY_RE})\b")),
    ("huitaine", re.compile(r"\bsous (?:hui|8)taine\b|\bhuitaine\b")),
    ("quinzaine", re.compile(r"\bsous quinzaine\b|\bquinzaine\b")),
    (
        "in_days",
        re.compile(
            rf"\b(?:sous|dans|d'ici|within|in|under|endeans)\s+(?:les\s+|the next\s+)?{COUNT}\s*"
            r"(jours?|days?|semaines?|weeks?|h\b|heures?|hours?)"
        ),
    ),
    # "ce jour-là", "that day": the date just named (resolved by the chain in dates.py).
    ("same_day", re.compile(r"\bce jour-? ?la\b|\b(?:on )?that (?:day|date)\b|\ba cette date\b")),
    ("tomorrow", re.compile(r"\bapres[- ]demain\b|\bdemain\b|\btomorrow\b")),
    (
        "today",
        re.compile(
            r"\baujourd'hui\b|\bce jour\b|\btoday\b|\bce soir\b|\btonight\b|\bdans la journee\b"
            r"|\bcet apres-midi\b|\bthis afternoon\b"
        ),
    ),
    (
        "day_only",
        re.compile(
            r"\b(?:le|du|au|on the|the|by the|avant le|d'ici le|a partir du|the day|le jour)\s+"
            rf"(\d{{1,2}}){ORDINAL}"
            r"\b(?!\s*(?:[/.:h-]\d|h\b|heures?|%|€|euros?|eur\b|jours?|days?|mois|ans?|an\b|"
            r"semaines?|k\b|000|,\d))"
        ),
    ),
]
INVOICE_CONTEXT = re.compile(
    r"((facture|invoice)s?( n°? ?\S+)? (du|dated|of)|datee? du|emise le|en date du|echue le"
    r"|dated|issued on|(absente?|retour|back|conges|vacances|out of the office"
    r"|away)( [\w']+){0,3})\s*$"
)
NEXT_DAY = re.compile(r"lendemain|next day|following day")
SAME_DAY = re.compile(r"jour-? ?la|that (day|date)|cette date")
PAYMENT_WORDS = re.compile(
    r"pai|pay|regl|regle|vire|virement|cheque|verse|solde|settle|transfer|wire|remit"
)
