"""One amount is one amount: a mark that could group thousands is read from its whole column,
or the line is refused; more than two decimals are refused, never rounded."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relancebot.core.money import (
    AmbiguousAmount,
    AmountError,
    column_decimal_mark,
    parse_amount,
)

from .conftest import Firm
from .import_helpers import FIRST_REMINDER, body_text, query, sending_to
from .servers.smtp import SmtpServer

INVOICES = "N° facture;Client;Courriel;Montant TTC;Date;Échéance;PDF\n"


def invoice_file(firm: Firm, amounts: list[str]) -> str:
    lines = []
    for i, amount in enumerate(amounts, start=1):
        firm.pdf(f"F-{i}")
        lines.append(
            f"F-{i};Client {i};c{i}@client{i}.fr;{amount};01/10/2026;02/11/2026;factures/F-{i}.pdf"
        )
    path = firm.csv("factures.csv", INVOICES + "\n".join(lines) + "\n")
    return str(path)


@pytest.mark.parametrize(
    ("column", "mark"),
    [
        (["1.250", "980,00"], ","),  # a decimal comma elsewhere: "." groups thousands
        (["1.250", "1.250,50"], ","),
        (["1,000", "1,250.50"], "."),
        (["1,000", "99.90"], "."),
        (["1.250", "1.000.000"], ","),  # "." repeats: it groups thousands
        (["1.250", "2.500"], None),  # all "x.yyy": nothing tells
        (["1.250", "980,00", "12.50"], None),  # both marks used as decimals: nothing tells
        (["1250", "1 250"], None),
    ],
)
def test_the_column_tells_the_decimal_mark(column: list[str], mark: str | None) -> None:
    assert column_decimal_mark(column) == mark


@pytest.mark.parametrize(
    ("text", "mark", "value"),
    [
        ("1.250", ",", "1250.00"),
        ("1.250", ".", None),  # three decimals
        ("1,000", ".", "1000.00"),
        ("12,345", ",", None),
        ("12,345", ".", "12345.00"),
        ("0,250", None, None),  # "0,250" cannot group thousands: three decimals, refused
        ("1250,505", None, None),
        ("1 250,00", None, "1250.00"),
        ("1250.00", None, "1250.00"),
        ("1 250,00 €", None, "1250.00"),
        ("1\u00a0250,00\u00a0€", None, "1250.00"),
        ("1250", None, "1250.00"),
        ("-1 250,50", None, "-1250.50"),  # a credit note, where one is accepted
        ("\u22121 250,50", None, "-1250.50"),
    ],
)
def test_amounts_read_with_their_column(text: str, mark: str | None, value: str | None) -> None:
    if value is None:
        with pytest.raises(AmountError, match="3 décimales"):
            parse_amount(text, mark)
    else:
        assert parse_amount(text, mark) == Decimal(value)


@pytest.mark.parametrize("text", ["1.250", "1,000", "12,345", "-4.500"])
def test_alone_a_thousands_looking_mark_is_ambiguous(text: str) -> None:
    with pytest.raises(AmbiguousAmount, match="ambigu"):
        parse_amount(text)


@st.composite
def written(draw: st.DrawFn) -> tuple[Decimal, str]:
    """An amount to the cent, and how one accounting export or another writes it."""
    value = draw(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
    units, _, cents = f"{value:.2f}".partition(".")
    grouped = f"{int(units):,}"
    narrow = grouped.replace(",", "\u202f")
    style = draw(st.sampled_from(["fr", "fr-dot", "fr-nbsp", "en", "plain-comma", "plain-dot"]))
    text = {
        "fr": f"{grouped.replace(',', ' ')},{cents}",
        "fr-dot": f"{grouped.replace(',', '.')},{cents}",
        "fr-nbsp": f"{narrow},{cents}\u00a0€",
        "en": f"{grouped}.{cents}",
        "plain-comma": f"{units},{cents}",
        "plain-dot": f"{units}.{cents}",
    }[style]
    return value, text


@given(written())
def test_every_export_style_reads_back_exactly(case: tuple[Decimal, str]) -> None:
    value, text = case
    assert parse_amount(text) == value
    assert column_decimal_mark([text]) in {",", ".", None}


@given(
    st.lists(st.text("0123456789", min_size=1, max_size=5), min_size=1, max_size=4),
    st.lists(st.sampled_from([",", "."]), min_size=3, max_size=3),
    st.sampled_from([None, ",", "."]),
)
def test_never_rounded_whatever_is_written(
    groups: list[str], marks: list[str], column_mark: str | None
) -> None:
    """Digits and marks anyhow: either refused, or read as exactly what is written, with the
    last mark as the decimal mark or with every mark grouping thousands."""
    text = groups[0] + "".join(m + g for m, g in zip(marks, groups[1:], strict=False))
    try:
        value = parse_amount(text, column_mark)
    except AmountError:
        return

    def digits(part: str) -> str:
        return part.replace(",", "").replace(".", "")

    readings = {Decimal(digits(text))}
    last = max(text.rfind(","), text.rfind("."))
    if last >= 0:
        readings.add(Decimal(f"{digits(text[:last])}.{text[last + 1 :]}"))
    assert value in readings and value == value.quantize(Decimal("0.01"))


def test_a_column_with_a_decimal_comma_reads_its_thousands_dot(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    firm.run("import-invoices", invoice_file(firm, ["1.250", "980,00"]))
    assert query(firm, "SELECT number, amount FROM invoices ORDER BY number") == [
        ("F-1", "1250.00"),
        ("F-2", "980.00"),
    ]
    firm.run("tick", now=FIRST_REMINDER)
    to_first = [r for r in smtp_server.to_customers if r.rcpt_tos == ["c1@client1.fr"]]
    assert "1 250,00 €" in body_text(to_first[0])


@pytest.mark.parametrize(
    ("amounts", "refused"),
    [
        (["1.250", "2.500"], {2: "ambigu", 3: "ambigu"}),
        (["1,000"], {2: "ambigu"}),
        (["12,345", "980,00"], {2: "3 décimales"}),
        (["99,999", "1.250,50"], {2: "3 décimales"}),
        (["1250,5", "10,125"], {3: "3 décimales"}),
    ],
)
def test_an_amount_read_two_ways_refuses_the_file(
    firm: Firm, smtp_server: SmtpServer, amounts: list[str], refused: dict[int, str]
) -> None:
    sending_to(firm, smtp_server)
    result = firm.run("import-invoices", invoice_file(firm, amounts), ok=False)
    assert result.exit_code == 1 and "rien n'a été importé" in result.output
    for line_number, reason in refused.items():
        assert f"ligne {line_number} : montant" in result.output and reason in result.output
    firm.run("tick", now=FIRST_REMINDER)
    assert smtp_server.to_customers == []
    assert query(firm, "SELECT COUNT(*) FROM invoices") == [(0,)]


def test_payments_read_their_column_too(firm: Firm) -> None:
    firm.run("import-invoices", invoice_file(firm, ["2 000,00", "3 000,00"]))
    alone = firm.csv("p1.csv", "Facture;Montant;Date de paiement\nF-1;1.250;05/11/2026\n")
    result = firm.run("import-payments", str(alone), ok=False)
    assert "ligne 2 : montant '1.250' ambigu" in result.output
    three = firm.csv(
        "p2.csv", "Facture;Montant;Date de paiement\nF-1;12,345;05/11/2026\nF-2;980,00;05/11/2026\n"
    )
    assert (
        "ligne 2 : montant '12,345' : 3 décimales"
        in firm.run("import-payments", str(three), ok=False).output
    )
    told = firm.csv(
        "p3.csv",
        "Facture;Montant;Date de paiement\nF-1;1.250;05/11/2026\nF-2;1.000,50;05/11/2026\n",
    )
    firm.run("import-payments", str(told))
    assert query(firm, "SELECT number, paid FROM invoices ORDER BY number") == [
        ("F-1", "1250.00"),
        ("F-2", "1000.50"),
    ]
