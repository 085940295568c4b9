"""What an MT940 movement's :86: says: the payer, their IBAN, the remittance, the end-to-end
id. Pure: no I/O. See `mt940` for the shapes read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from relancebot.importing.statements import fields

_LINE = 65  # SWIFT's line of :86: text


@dataclass(frozen=True)
class Details:
    name: str = ""
    iban: str = ""
    remittance: str = ""
    end_to_end: str = ""
    text: str = ""  # the whole text, for a payer named in a free label


# SWIFT's codes (/EREF/, /ORDP/, /REMI/ ...) and the CFONB qualifiers French banks carry over.
_CODES = (
    "EREF", "KREF", "MREF", "CRED", "ORDP", "BENM", "ULTD", "ULTC", "ULTB", "NAME", "IBAN", "BIC",
    "ADDR", "REMI", "USTD", "STRD", "CDTRREFTP", "CDTRREF", "CD", "ISSR", "TRTP", "PURP", "MARF",
    "CSID", "SVCL", "RTRN", "PREF", "ACCW", "CNTP", "IREF", "EXCH", "CHGS", "COAM", "OAMT",
    "NPY", "NPO", "IPY", "NBE", "NBU", "IBE", "LIB", "LCC", "LC2", "LCS", "RCN", "REF",
)  # fmt: skip
# The slash after a code is left unread: it is also the one before the next ("/REMI/USTD//").
_CODE = re.compile(r"/(" + "|".join(sorted(_CODES, key=len, reverse=True)) + r")(?=/)")
_SIGNS = re.compile(r"/(?:EREF|ORDP|REMI|NAME|CNTP|NPY|LCC|TRTP|RCN)/")
_NAME_CODES = ("NAME", "NPY", "NPO")
_REMITTANCE_CODES = ("REMI", "USTD", "STRD", "CDTRREF", "LIB", "LCC", "LC2", "LCS", "MARF")


def read_details(data: dict[str, Any]) -> Details:
    """The details of one transaction as the mt940 library left them."""
    if data.get("transaction_details") is None and "posting_text" in data:
        return _german(data)
    text = unwrapped(str(data.get("transaction_details") or ""))
    if _SIGNS.search(text):
        return _coded(text)
    return Details(remittance=text, text=text)


def unwrapped(text: str) -> str:
    """Lines joined back: after a full line (65 characters) the text goes straight on."""
    parts: list[str] = []
    previous = ""
    for line in text.splitlines():
        if parts and len(previous) >= _LINE:
            parts[-1] += line
        else:
            parts.append(line)
        previous = line
    return " ".join(" ".join(parts).split())


def _german(data: dict[str, Any]) -> Details:
    remittance = fields.joined(data.get("purpose"), data.get("additional_purpose"))
    return Details(
        name=str(data.get("applicant_name") or ""),
        iban=str(data.get("applicant_iban") or data.get("gvc_applicant_iban") or ""),
        remittance=remittance,
        end_to_end=str(data.get("end_to_end_reference") or ""),
        text=fields.joined(data.get("posting_text"), remittance),
    )


def _coded(text: str) -> Details:
    values: dict[str, list[str]] = {}
    marks = list(_CODE.finditer(text))
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        value = text[mark.end() + 1 : following.start() if following else None].strip(" /")
        if value:
            values.setdefault(mark[1], []).append(value)
    name = next((values[c][0] for c in _NAME_CODES if c in values), "")
    iban = values.get("IBAN", [""])[0]
    if "CNTP" in values:  # /CNTP/account/BIC/name/city/
        parts = [*values["CNTP"][0].split("/"), "", "", ""]
        iban, name = iban or parts[0], name or parts[2]
    remittance = fields.joined(*(v for c in _REMITTANCE_CODES for v in values.get(c, [])))
    end_to_end = values.get("EREF", values.get("RCN", [""]))[0]
    return Details(name, iban, remittance, end_to_end, text)
