"""Bank statements read into one shape: every format and variant, field by field, from files
written the way banks write them (tests/data/statements), and hostile files refused whole
with the place and the reason."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.statements import Statement, StatementLine
from relancebot.importing.statements.fields import clean, end_to_end, iban, joined
from relancebot.importing.statements.labels import payer_in_label
from relancebot.importing.statements.read import looks_like_statement, read_statement

DATA = Path(__file__).parent / "data" / "statements"
NOV = dt.date(2026, 11, 1)
FIRM_IBAN = "FR7630004000031234567890143"


def day(n: int) -> dt.date:
    return NOV.replace(day=n)


def line(place: str, booked: int, amount: str, **fields: str) -> StatementLine:
    return StatementLine(place=place, booked=day(booked), amount=Decimal(amount), **fields)


def read(name: str) -> Statement:
    path = DATA / name
    assert looks_like_statement(path, path.read_bytes()[:8192]) == read_statement(path).kind
    return read_statement(path)


def refused(path: Path) -> list[str]:
    with pytest.raises(ImportRejected) as caught:
        read_statement(path)
    assert str(path) in str(caught.value)
    return caught.value.problems


def written(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


# --- camt.053 -------------------------------------------------------------------------------


def test_camt053_v02_single_batch_and_debit_entries() -> None:
    statement = read("camt053_v02_bnp.xml")
    assert (statement.kind, statement.account) == ("camt.053", FIRM_IBAN)
    assert statement.lines == (
        line(
            "entrée 1 (AcctSvcrRef 2026110200214000001)", 2, "1250.00",
            payer_name="DUPONT BATIMENT SARL",
            payer_iban="FR7611808009101234567890147",  # written with spaces in the file
            remittance="REGLEMENT FACTURE F-2026-0412 SOLDE CHANTIER LYON 3 VIR SEPA RECU /DE "
            "DUPONT BATIMENT SARL /MOTIF REGLEMENT FACTURE F-2026-0412",
            end_to_end="DUPONT-2026-0412",
            bank_id="2026110200214000001",
        ),
        # A batch booking: one entry, one line per transaction detail, each its own amount.
        line(
            "entrée 2 (AcctSvcrRef 2026110200214000002), détail 1", 2, "2000.00",
            payer_name="GARAGE LEFÈVRE & FILS",
            payer_iban="FR1420041010050500013M02606",
            remittance="RF43F20260413",  # Strd/CdtrRefInf/Ref; EndToEndId NOTPROVIDED dropped
            bank_id="2026110200214000002-1",
        ),
        line(
            "entrée 2 (AcctSvcrRef 2026110200214000002), détail 2", 2, "1499.50",
            payer_name="SCI LES TILLEULS",
            payer_iban="FR7613807008123210123456750",
            remittance="FACT 2026-118 ACOMPTE",
            end_to_end="PAIEMENT 2026-118",
            bank_id="2026110200214000002-2",
        ),
        line(
            "entrée 3 (AcctSvcrRef 2026110200214000003)", 2, "-120.00",
            payer_name="ORANGE SA",  # a debit: the other party, for the record
            remittance="ABONNEMENT PRO NOVEMBRE 2026 PRLV SEPA ORANGE SA",
            end_to_end="ORANGE-PRO-202611",
            bank_id="2026110200214000003",
        ),
    )  # fmt: skip


def test_camt053_v08_prefixed_namespace_pending_entry_and_structured_documents() -> None:
    statement = read("camt053_v08_prefixed.xml")
    assert statement.account == "FR7630003012340002000123476"
    assert statement.lines == (
        line(
            "entrée 1 (AcctSvcrRef SG-7781-0001)", 3, "4200.00",  # DtTm: the bank's own day
            payer_name="SAS HOTEL DU PORT",  # Dbtr/Pty/Nm
            payer_iban="FR7618206000206512345678985",  # upper case
            remittance="F-2026-0420 F-2026-0421",  # two Strd/RfrdDocInf/Nb
            end_to_end="E2E-HOTEL-DU-PORT-1103",
            bank_id="SG-7781-0001",
        ),
        line(
            "entrée 2 (AcctSvcrRef SG-7781-0002)", 3, "330.00",
            remittance="RETOUR PRLV SEPA IMPAYE EDF",
            bank_id="SG-7781-0002",
        ),
        # Entry 3 is pending (PDNG): not money on the account yet, no line.
        line(
            "entrée 4 (AcctSvcrRef SG-7781-0003)", 3, "1150.00",  # not the CHF InstdAmt
            payer_name="Zürcher Werkstätten AG",  # an account that is no IBAN is not kept
            remittance="Invoice F-2026-0398",
            bank_id="SG-7781-0003",
        ),
    )  # fmt: skip


CAMT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt>
<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-11-03T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>S1</Id><Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></Acct>"""
CAMT_TAIL = "</Stmt></BkToCstmrStmt></Document>"
BOOKED = "<Amt Ccy='EUR'>10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"


def test_camt053_every_bad_entry_is_named(tmp_path: Path) -> None:
    entries = (
        f"<Ntry>{BOOKED}<BookgDt><Dt>2026-11-02</Dt></BookgDt></Ntry>"  # fine
        "<Ntry><Amt Ccy='EUR'>10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>"
        "<Ntry><Amt Ccy='EUR'>1O.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
        "<BookgDt><Dt>2026-11-02</Dt></BookgDt></Ntry>"
        f"<Ntry>{BOOKED}<BookgDt><Dt>2026-11-02</Dt></BookgDt><AcctSvcrRef>R4</AcctSvcrRef>"
        "<NtryDtls><TxDtls><AmtDtls><TxAmt><Amt Ccy='EUR'>4.00</Amt></TxAmt></AmtDtls></TxDtls>"
        "<TxDtls><Refs><EndToEndId>X</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>"
        "<Ntry><Amt Ccy='EUR'>10.00</Amt><CdtDbtInd>CRDIT</CdtDbtInd>"
        "<BookgDt><Dt>2026-11-02</Dt></BookgDt></Ntry>"
    )
    path = written(tmp_path, "camt.xml", CAMT_HEAD + entries + CAMT_TAIL)
    assert refused(path) == [
        "entrée 2 : date de comptabilisation absente",
        "entrée 3 : montant illisible '1O.00'",
        "entrée 4 (AcctSvcrRef R4), détail 2 : montant du détail absent (entrée groupée)",
        "entrée 5 : sens (CdtDbtInd 'CRDIT') illisible, CRDT ou DBIT attendu",
    ]


def test_camt053_control_characters_and_long_names_are_cleaned(tmp_path: Path) -> None:
    name = "EVIL&#13;&#10;Bcc: x@example.org&#x85;" + "A" * 300
    entry = (
        f"<Ntry>{BOOKED}<BookgDt><Dt>2026-11-02</Dt></BookgDt><NtryDtls><TxDtls>"
        f"<RltdPties><Dbtr><Nm>{name}</Nm></Dbtr></RltdPties>"
        "<RmtInf><Ustrd>F-2026-0412&#x202E;</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
    )
    path = written(tmp_path, "camt.xml", CAMT_HEAD + entry + CAMT_TAIL)
    (only,) = read_statement(path).lines
    assert only.payer_name.startswith("EVIL Bcc: x@example.org AAAA")
    assert len(only.payer_name) == 140
    assert only.remittance == "F-2026-0412"


def test_camt053_entities_are_refused_xxe_and_billion_laughs(tmp_path: Path) -> None:
    xxe = CAMT_HEAD.replace(
        "<Document", '<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Document'
    ) + (
        f"<Ntry>{BOOKED}<BookgDt><Dt>2026-11-02</Dt></BookgDt>"
        "<AddtlNtryInf>&xxe;</AddtlNtryInf></Ntry>" + CAMT_TAIL
    )
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
        + ']><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
        "<BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>&lol9;</AddtlNtryInf></Ntry></Stmt>"
        "</BkToCstmrStmt></Document>"
    ).replace("lol0", "lol")
    for name, text, encoding in (
        ("xxe.xml", xxe, "utf-8"),
        ("laughs.xml", laughs, "utf-8"),
        ("utf16.xml", xxe.replace("UTF-8", "UTF-16"), "utf-16"),  # no DOCTYPE in the bytes
    ):
        path = written(tmp_path, name, text, encoding)
        assert looks_like_statement(path, path.read_bytes()[:8192]) == "camt.053"
        (problem,) = refused(path)
        assert problem.startswith("déclaration DOCTYPE ou ENTITY refusée"), name


def test_camt_truncated_and_camt054_are_refused_with_the_reason(tmp_path: Path) -> None:
    whole = (DATA / "camt053_v02_bnp.xml").read_bytes()
    (problem,) = refused(written(tmp_path, "cut.xml", whole[: len(whole) // 2]))
    assert problem.startswith("XML mal formé (ligne ") and problem.endswith(
        "le fichier semble tronqué"
    )
    notice = CAMT_HEAD.replace("camt.053.001.04", "camt.054.001.02").replace(
        "BkToCstmrStmt", "BkToCstmrDbtCdtNtfctn"
    )
    text = notice.replace("<Stmt>", "<Ntfctn>") + "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"
    (problem,) = refused(written(tmp_path, "notice.xml", text))
    assert problem.startswith("camt.054 : un avis de la banque, pas un relevé de compte")


# --- OFX ------------------------------------------------------------------------------------


CA_OFX = (
    line(
        "transaction 1 (FITID 5M9QZ01102A)", 2, "1250.00",
        payer_name="DUPONT BATIMENT SARL",  # NAME without the bank's "VIR SEPA"
        remittance="VIR SEPA DUPONT BATIMENT SARL FACTURE F-2026-0412",
        bank_id="5M9QZ01102A",
    ),
    line(
        "transaction 2 (FITID 5M9QZ01102B)", 2, "480.00",  # "480,00": a French decimal comma
        payer_name="M. OU MME LEFÈVRE",  # cp1252 in the file
        remittance="VIREMENT DE M. OU MME LEFÈVRE F-2026-0415 SOLDE & MERCI",
        bank_id="5M9QZ01102B",
    ),
    line(
        "transaction 3 (FITID 5M9QZ01103A)", 3, "-842.17",  # 00:00 CET: still the 3rd
        payer_name="PRLV SEPA URSSAF RHONE ALPES",
        remittance="PRLV SEPA URSSAF RHONE ALPES COTISATIONS OCTOBRE 2026",
        bank_id="5M9QZ01103A",
    ),
    line(
        "transaction 4 (FITID 5M9QZ01103B)", 3, "-65.30",
        payer_name="CARTE X4512 01/11 STATION TOTAL",
        remittance="CARTE X4512 01/11 STATION TOTAL",
        bank_id="5M9QZ01103B",
    ),
    line(
        "transaction 5 (FITID 5M9QZ01104A)", 4, "300.00",
        remittance="REMISE CHEQUE 8812345 1 CHEQUE",  # no payer: a label is not a name
        bank_id="5M9QZ01104A",
    ),
)  # fmt: skip


def test_ofx1_sgml_as_credit_agricole_exports_it() -> None:
    statement = read("ofx1_credit_agricole.ofx")
    assert (statement.kind, statement.account) == ("ofx", "18206 00040 60012345678")
    assert statement.lines == CA_OFX


def test_ofx1_in_utf8_with_bom_reads_the_same(tmp_path: Path) -> None:
    text = (DATA / "ofx1_credit_agricole.ofx").read_bytes().decode("cp1252")
    path = written(tmp_path, "releve.ofx", codecs.BOM_UTF8 + text.encode("utf-8"))
    assert read_statement(path).lines == CA_OFX


def test_ofx2_xml_with_payee_aggregate() -> None:
    statement = read("ofx2_xml.ofx")
    assert statement.account == "FR7616958000010005712345660"  # ACCTID, an IBAN, compacted
    assert statement.lines == (
        line(
            "transaction 1 (FITID b1f3c0de-7a2e-4f6e-9d4b-0c8e5a1d2f30)", 4, "2160.00",
            payer_name="Société Nouvelle Arcadie",  # NAME is the payee, not a bank label
            remittance="Société Nouvelle Arcadie Facture F-2026-0419 - paiement",
            bank_id="b1f3c0de-7a2e-4f6e-9d4b-0c8e5a1d2f30",
        ),
        line(
            "transaction 2 (FITID 0e9d7c1a-3b44-4c1d-8a77-5d2f9e6b1a42)", 4, "-29.00",
            payer_name="Abonnement Essential",
            remittance="Abonnement Essential Frais de tenue de compte",
            bank_id="0e9d7c1a-3b44-4c1d-8a77-5d2f9e6b1a42",
        ),
        line(
            "transaction 3 (FITID 7c2a9e10-55d1-4b0e-a3c2-9f8e7d6c5b4a)", 5, "735.50",
            payer_name="EURL Martin & Co",
            remittance="EURL Martin & Co RF86F20260415",
            bank_id="7c2a9e10-55d1-4b0e-a3c2-9f8e7d6c5b4a",
        ),
    )  # fmt: skip


def test_ofx_bad_transactions_are_all_named_and_a_cut_file_refused(tmp_path: Path) -> None:
    text = (DATA / "ofx1_credit_agricole.ofx").read_bytes().decode("cp1252")
    bad = (
        text.replace("<TRNAMT>480,00", "<TRNAMT>4 80,0,0")
        .replace("<DTPOSTED>20261103000000[+1:CET]", "<DTPOSTED>20261331")
        .replace("<TRNAMT>-65.30", "<TRNAMT>NaN")
    )
    assert refused(written(tmp_path, "bad.ofx", bad, "cp1252")) == [
        "transaction 2 (FITID 5M9QZ01102B) : montant illisible '4 80,0,0'",
        "transaction 3 (FITID 5M9QZ01103A) : date illisible '20261331' (AAAAMMJJ attendu)",
        "transaction 4 (FITID 5M9QZ01103B) : montant illisible 'NaN'",
    ]
    cut = text[: text.index("<STMTTRN>", text.index("5M9QZ01103A"))]
    assert refused(written(tmp_path, "cut.ofx", cut, "cp1252")) == [
        "la balise </OFX> finale manque : fichier tronqué ?"
    ]
    doctype = text.replace("<OFX>", '<!DOCTYPE OFX [<!ENTITY x SYSTEM "file:///etc/passwd">]><OFX>')
    (problem,) = refused(written(tmp_path, "doctype.ofx", doctype, "cp1252"))
    assert problem.startswith("déclaration DOCTYPE ou ENTITY refusée")


# --- MT940 ----------------------------------------------------------------------------------


def test_mt940_french_labels_slash_codes_and_cfonb_qualifiers() -> None:
    statement = read("mt940_french.sta")
    assert statement.account == FIRM_IBAN
    assert statement.lines == (
        line(
            "ligne 6 (:61:), réf. 0412887001", 3, "1250.00",
            payer_name="DUPONT BATIMENT SARL",
            # The :86: line was cut at 65 characters inside the invoice number: whole again.
            remittance="VIR SEPA RECU /DE DUPONT BATIMENT SARL /MOTIF REGLEMENT FACTURE "
            "F-2026-0412 /REF DUPONT-2026-0412",
            bank_id="0412887001",
        ),
        line(
            "ligne 9 (:61:), réf. 0412887002", 3, "2000.00",
            payer_name="GARAGE LEFEVRE ET FILS",
            payer_iban="FR1420041010050500013M02606",
            remittance="RF43F20260413",
            bank_id="0412887002",
        ),
        line(
            "ligne 12 (:61:), réf. 0412887003", 3, "-842.17",
            remittance="PRLV SEPA URSSAF RHONE ALPES /MOTIF COTISATIONS OCTOBRE 2026 /RUM "
            "77120045 URSSAF-1026",
            bank_id="0412887003",
        ),
        line(
            "ligne 15 (:61:), réf. 0412887004", 4, "499.50",
            payer_name="SCI LES TILLEULS",
            remittance="FACT 2026-118 ACOMPTE",
            end_to_end="PAIEMENT 2026-118",
            bank_id="0412887004",
        ),
    )  # fmt: skip


def test_mt940_german_structured_subfields() -> None:
    statement = read("mt940_german_subfields.sta")
    assert statement.account == "50010517/0648489890"
    assert statement.lines == (
        line(
            "ligne 5 (:61:), réf. POS 0000017", 3, "1190.00",
            payer_name="Müller Maschinenbau GmbH",  # ?32 + ?33, Latin-1 in the file
            payer_iban="DE89370400440532013000",  # ?31
            remittance="Rechnung F-2026-0416 vom 20.10.2026 Danke",  # SVWZ+ over ?21-?22
            end_to_end="RE-2026-0416-KD4471",  # EREF+
            bank_id="POS 0000017",
        ),
        line(
            "ligne 7 (:61:), réf. POS 0000018", 3, "-45.90",
            payer_name="Telekom Deutschland GmbH",
            payer_iban="DE12500105170648489890",
            remittance="Telefon November 2026",
            end_to_end="TEL-2026-11-004513",
            bank_id="POS 0000018",
        ),
        line(
            "ligne 9 (:61:), réf. POS 0000019", 4, "500.00",
            payer_name="Hans Becker",
            remittance="Anzahlung Auftrag 7781",  # EREF+NOTPROVIDED dropped
            bank_id="POS 0000019",
        ),
    )  # fmt: skip


def test_mt940_bad_movements_are_all_named_and_a_cut_file_refused(tmp_path: Path) -> None:
    text = (DATA / "mt940_french.sta").read_bytes().decode("latin-1")
    bad = text.replace("C1250,00NTRF", "C1250.50NTRF").replace("2611041104C", "2613041104C")
    assert refused(written(tmp_path, "bad.sta", bad, "latin-1")) == [
        "ligne 6 (:61:) : montant illisible '1250' (virgule décimale attendue)",
        "ligne 6 (:61:) : code opération (NTRF, NMSC...) absent après le montant",
        "ligne 15 (:61:) : date illisible (AAMMJJ attendu)",
    ]
    balance = text.replace(":60F:C261102EUR", ":60F:C2611X2EUR")  # read by the library itself
    assert refused(written(tmp_path, "balance.sta", balance, "latin-1")) == [
        "ligne 5 (:60F:) : champ illisible 'C2611X2EUR12450,30'"
    ]
    cut = text[: text.index(":62F:")]
    assert refused(written(tmp_path, "cut.sta", cut, "latin-1")) == [
        "ligne 2 : relevé sans solde final (:62F:) : fichier tronqué ?"
    ]


# --- CFONB 120 ------------------------------------------------------------------------------


CFONB = (
    line(
        "ligne 2", 3, "1250.00",
        payer_name="DUPONT BATIMENT SARL",  # 05 NPY
        remittance="REGLEMENT FACTURE F-2026-0412 SOLDE CHANTIER LYON 3 VIR SEPA DUPONT "
        "BATIMENT SARL",  # 05 LCC, then the 04 label
        end_to_end="DUPONT-2026-0412",  # 05 RCN, its 35 first characters
        bank_id="SCT20261103CMCIFRPP0412881",  # 05 REF
    ),
    line(
        "ligne 7", 3, "2000.00",
        payer_name="GARAGE LEFEVRE ET FILS",
        remittance="RF43F20260413 VIR SEPA RECU",  # 05 LCS; RCN NOTPROVIDED dropped
        bank_id="SCT20261103SOGEFRPP0412882",
    ),
    line(
        "ligne 12", 4, "1499.50",
        payer_name="SCI LES TILLEULS",  # no NPY: the transfer's label names the payer
        # LCC full (70 characters) then LC2: one text, the invoice number whole again.
        remittance="ACOMPTE TRAVAUX RENOVATION DE LA TOITURE DU BATIMENT B SELON FACTU "
        "2026-118 ET DEVIS 2026-D-044 VIR SEPA SCI LES TILLEULS",
        bank_id="SCT20261104CCBPFRPP0412883",
    ),
    line(
        "ligne 16", 4, "-842.17",  # overpunch "P": a debit ending in 7
        remittance="PRLV SEPA URSSAF RHONE ALPES COTISATIONS OCTOBRE 2026",  # 05 LIB
    ),
    line("ligne 18", 4, "-8.00", remittance="F COMMISSION D INTERVENTION"),  # "}": -0
)  # fmt: skip


def test_cfonb120_with_complement_records() -> None:
    statement = read("cfonb120_releve.txt")
    assert (statement.kind, statement.account) == ("cfonb120", "30004 00031 12345678901")
    assert statement.lines == CFONB


def test_cfonb120_without_line_breaks_reads_the_same(tmp_path: Path) -> None:
    records = (DATA / "cfonb120_releve.txt").read_bytes().replace(b"\r\n", b"")
    path = written(tmp_path, "RELEVE.DAT", records)
    assert looks_like_statement(path, records[:8192]) == "cfonb120"
    assert read_statement(path).lines == CFONB  # record n is "ligne n" still


def test_cfonb120_wrong_lengths_bad_amounts_and_a_cut_file(tmp_path: Path) -> None:
    whole = (DATA / "cfonb120_releve.txt").read_bytes().decode("latin-1").split("\r\n")
    lines = list(whole)
    lines[4] = lines[4][:119]  # a complement cut short
    lines[6] = lines[6][:90] + "00000000200X0" + lines[6][103:]  # amount unreadable
    lines[15] = lines[15][:34] + "310226" + lines[15][40:]  # 31 February
    assert refused(written(tmp_path, "bad.txt", "\r\n".join(lines), "latin-1")) == [
        "ligne 5 : 119 caractères au lieu de 120 (enregistrement CFONB tronqué ou décalé)",
        "ligne 7 : montant illisible '00000000200X0{' (13 chiffres et un signe attendus)",
        "ligne 16 : date de comptabilisation illisible '310226' (JJMMAA attendu)",
    ]
    cut = "\r\n".join(whole[:12])  # the last record ends the file: no nouveau solde (07)
    assert refused(written(tmp_path, "cut.txt", cut, "latin-1")) == [
        "ligne 1 : relevé sans nouveau solde (enregistrement 07) : fichier tronqué ?"
    ]


# --- bank CSV exports -----------------------------------------------------------------------


def test_credit_agricole_csv_with_preamble_and_labels_over_lines() -> None:
    statement = read("csv_credit_agricole.csv")
    assert (statement.kind, statement.account) == ("csv:credit-agricole", "60012345678")
    assert statement.lines == (
        line(
            "ligne 10", 4, "1250.00",  # "1 250,00" in the credit column
            payer_name="DUPONT BATIMENT SARL",  # the line after "VIREMENT EN VOTRE FAVEUR"
            remittance="VIREMENT EN VOTRE FAVEUR DUPONT BATIMENT SARL FACTURE F-2026-0412 SOLDE",
        ),
        line(
            "ligne 13", 4, "-842.17",  # the debit column
            remittance="PRELEVEMENT URSSAF RHONE ALPES COTISATIONS OCTOBRE 2026",
        ),
        line(
            "ligne 16", 3, "2000.00",
            payer_name="GARAGE LEFÈVRE & FILS",
            remittance="VIR SEPA RECU /DE GARAGE LEFÈVRE & FILS /MOTIF RF43F20260413 /REF 8812",
        ),
        line("ligne 17", 3, "-65.30", remittance="CARTE X4512 02/11 STATION TOTAL LYON"),
        line("ligne 19", 2, "300.00", remittance="REMISE CHEQUES BORDEREAU 0001123"),
    )  # fmt: skip


def test_societe_generale_csv_signed_amounts_utf8_bom() -> None:
    statement = read("csv_societe_generale.csv")
    assert (statement.kind, statement.account) == ("csv:societe-generale", "00020001234")
    assert statement.lines == (
        line(
            "ligne 3", 5, "1499.50",
            payer_name="SCI LES TILLEULS",  # "DE: ... MOTIF:"
            remittance="VIR RECU 9923148877S DE: SCI LES TILLEULS MOTIF: FACT 2026-118 ACOMPTE "
            "REF: PAIEMENT 2026-118",
        ),
        line(
            "ligne 4", 4, "-120.00",
            remittance="PRLV SEPA ORANGE SA DE: ORANGE SA ID EMETTEUR/FIN: FR82ZZZ412780 MANDAT "
            "RUM: ++ORA-778812 REF: ABONNEMENT PRO NOVEMBRE 2026",
        ),
        line(
            "ligne 5", 4, "4200.00",
            payer_name="HÔTEL DU PORT SAS",
            remittance="VIR RECU 9923148812S DE: HÔTEL DU PORT SAS MOTIF: F-2026-0420 F-2026-0421",
        ),
        line("ligne 6", 3, "-8.00", remittance="COMMISSION INTERVENTION"),
    )  # fmt: skip


def test_banque_populaire_csv_debit_and_credit_columns_with_signs() -> None:
    statement = read("csv_banque_populaire.csv")
    assert statement.lines == (
        line(
            "ligne 2", 5, "735.50",  # "+735,50"
            payer_name="EURL MARTIN ET CO",  # the short label the full one ends with
            remittance="VIR SEPA EURL MARTIN ET CO RF86F20260415",
            bank_id="7KQ2M9X",
        ),
        line("ligne 3", 5, "-29.00", remittance="FRAIS TENUE DE COMPTE", bank_id="7KQ2M9Y"),
    )  # fmt: skip


def test_bank_csv_unreadable_amounts_and_dates_are_all_named(tmp_path: Path) -> None:
    text = (DATA / "csv_societe_generale.csv").read_bytes().decode("utf-8-sig")
    bad = text.replace("1 499,50", "1 499,5O").replace("03/11/2026", "33/11/2026")
    assert refused(written(tmp_path, "bad.csv", bad)) == [
        "ligne 3 : montant illisible : '1 499,5O'",
        "ligne 6 : date illisible '33/11/2026' (attendu AAAA-MM-JJ ou JJ/MM/AAAA)",
    ]
    both = (DATA / "csv_credit_agricole.csv").read_bytes().decode("cp1252")
    both = both.replace(";842,17;;", ";842,17;1,00;")
    assert refused(written(tmp_path, "both.csv", both, "cp1252")) == [
        "ligne 13 : un débit (842,17) et un crédit (1,00) sur la même ligne"
    ]


def test_bank_csv_saved_again_by_a_spreadsheet_with_a_summary_row(tmp_path: Path) -> None:
    text = (DATA / "csv_societe_generale.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    rows.append(["Solde au 05/11/2026", "", "", "13 644,10", "EUR"])  # not a movement
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)  # ',' and quotes: "1 499,50"
    path = written(tmp_path, "sg.csv", out.getvalue(), "cp1252")
    assert looks_like_statement(path, path.read_bytes()[:8192]) == "csv:societe-generale"
    assert read_statement(path).lines == read("csv_societe_generale.csv").lines


def test_another_bank_csv_is_read_from_its_header_words(tmp_path: Path) -> None:
    text = (
        "Relevé du compte 0123456789A01;;;;\n"
        "Date opération;Date de valeur;Libellé de l'opération;Débit;Crédit\n"
        '06/11/2026;06/11/2026;"VIR SEPA RECU /DE ATELIER BOIS /MOTIF F-2026-0430";;"2 400,00"\n'
        "06/11/2026;06/11/2026;PRLV SEPA EDF;-312,40;\n"
    )
    path = written(tmp_path, "export.csv", text, "cp1252")
    statement = read_statement(path)
    assert (statement.kind, statement.account) == ("csv:banque", "0123456789A01")
    assert statement.lines == (
        line(
            "ligne 3", 6, "2400.00",
            payer_name="ATELIER BOIS",
            remittance="VIR SEPA RECU /DE ATELIER BOIS /MOTIF F-2026-0430",
        ),
        line("ligne 4", 6, "-312.40", remittance="PRLV SEPA EDF"),
    )  # fmt: skip


# --- recognising and the size cap ---------------------------------------------------------


def test_what_is_not_a_statement_is_not_taken_for_one(tmp_path: Path) -> None:
    samples = {
        "paiements.csv": "facture;montant;date;libellé\nF-2026-0412;1250,00;03/11/2026;virement\n",
        "facture.xml": '<?xml version="1.0"?><rsm:CrossIndustryInvoice xmlns:rsm='
        '"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>',
        "facture.pdf": "%PDF-1.7\n%âãÏÓ\n",
        "vide.txt": "",
    }
    for name, text in samples.items():
        path = written(tmp_path, name, text)
        assert looks_like_statement(path, path.read_bytes()) is None, name
    (problem,) = refused(tmp_path / "paiements.csv")
    assert problem.startswith("format de relevé non reconnu")


def test_a_30_mb_file_is_refused_with_its_size_and_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "releve.ofx"
    with path.open("wb") as handle:
        handle.write(b"OFXHEADER:100\r\nDATA:OFXSGML\r\n\r\n<OFX>")
        handle.truncate(30_000_000)  # sparse: nothing is written, nothing is read
    assert refused(path) == [
        "fichier trop volumineux : 30,0 Mo (30000000 octets), au plus 20,0 Mo pour un relevé "
        "bancaire"
    ]


SAMPLES = sorted(DATA.iterdir())


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sample=st.sampled_from(SAMPLES),
    cuts=st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 40), st.binary(max_size=8)), max_size=4
    ),
)
def test_a_damaged_statement_is_read_or_refused_never_a_crash(
    tmp_path: Path, sample: Path, cuts: list[tuple[float, int, bytes]]
) -> None:
    data = sample.read_bytes()
    for where, length, inserted in cuts:  # bytes replaced, removed or added anywhere
        at = int(where * len(data))
        data = data[:at] + inserted + data[at + length :]
    path = written(tmp_path, sample.name, data)
    looks_like_statement(path, data[:65536])
    try:
        statement = read_statement(path)
    except ImportRejected as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
    else:
        assert all(isinstance(each.amount, Decimal) for each in statement.lines)


# --- the fields every reader shares -------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "rest_is_name", "payer"),
    [
        ("VIR SEPA RECU /DE DUPONT SARL /MOTIF F-2026-0412 /REF 88", False, "DUPONT SARL"),
        ("VIR RECU 1234567890S DE: ACME SAS MOTIF: FACTURE 12 REF: 9", False, "ACME SAS"),
        ("VIR INST RECU DE GARAGE LEFEVRE", True, "GARAGE LEFEVRE"),
        ("VIREMENT SEPA RECU DE DUPONT SARL MOTIF FACTURE F-1 REF 9", False, "DUPONT SARL"),
        ("VIREMENT DE DUPONT SARL FACTURE F-2026-0412", False, ""),  # where does the name end?
        ("VIREMENT EN VOTRE FAVEUR", True, ""),
        ("VIR SEPA DUPONT SARL FACTURE F-2026-0412", False, ""),  # name and motif: unknown cut
        ("PRLV SEPA ORANGE", True, ""),
        ("CB CARREFOUR 02/11", False, ""),
    ],
)
def test_payer_in_french_labels(label: str, rest_is_name: bool, payer: str) -> None:
    assert payer_in_label(label, rest_is_name=rest_is_name) == payer


def test_ibans_end_to_end_ids_and_texts() -> None:
    assert iban("fr76 1180 8009 1012 3456 7890 147") == "FR7611808009101234567890147"
    assert iban("FR7611808009101234567890148") == ""  # a typo: the check digits say so
    assert iban("0235-123456.01") == ""
    assert [end_to_end(v) for v in ("NOTPROVIDED", "not provided", " E2E-1 ")] == ["", "", "E2E-1"]
    assert clean("A\r\nB\tC\x00D\u202eE", 6) == "A B C"
    assert (
        joined("VIR RECU 99", "VIR RECU 99 DE: X", "", None, "VIR RECU 99") == "VIR RECU 99 DE: X"
    )


def test_a_bank_id_given_to_two_lines_is_dropped(tmp_path: Path) -> None:
    text = (DATA / "ofx1_credit_agricole.ofx").read_bytes().decode("cp1252")
    path = written(tmp_path, "same.ofx", text.replace("5M9QZ01102B", "5M9QZ01102A"), "cp1252")
    ids = [each.bank_id for each in read_statement(path).lines]
    assert ids == ["", "", "5M9QZ01103A", "5M9QZ01103B", "5M9QZ01104A"]
