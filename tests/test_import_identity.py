"""One customer is one customer: two companies of one name are never merged, in one file or
across imports. What tells them apart: a client_id, else their SIREN/SIRET, else the domains
of their addresses (the whole address at a webmail)."""

from __future__ import annotations

from .conftest import Firm
from .import_helpers import FIRST_REMINDER, HEAD, attachments, line, query, sending_to
from .servers.smtp import SmtpServer


def import_file(firm: Firm, name: str, lines: list[str], ok: bool = True) -> str:
    for text in lines[1:]:
        firm.pdf(text.split(",")[0].split(";")[0])
    path = firm.csv(name, "\n".join(lines) + "\n")
    return firm.run("import-invoices", str(path), ok=ok).output


def test_two_companies_of_one_name_refuse_the_file_naming_both_lines(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    out = import_file(
        firm,
        "f.csv",
        [
            HEAD,
            line("F-1", "Dupont SARL", "compta@dupont-batiment.fr"),
            line("F-2", "Studio Lefèvre", "studio@lefevre.fr"),
            line("F-3", "DUPONT sarl", "factures@dupont-traiteur.fr"),
        ],
        ok=False,
    )
    assert "f.csv : fichier refusé, rien n'a été importé." in out
    assert "ligne 4 : client « DUPONT sarl »" in out and "ligne 2" in out
    assert "dupont-traiteur.fr" in out and "dupont-batiment.fr" in out
    assert "ajoutez une colonne client_id pour les distinguer" in out
    firm.run("tick", now=FIRST_REMINDER)
    assert smtp_server.to_customers == []  # nothing was imported, nobody is mailed


def test_with_a_client_id_each_company_gets_its_own_reminder(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    import_file(
        firm,
        "f.csv",
        [
            HEAD + ",client_id",
            line("F-1", "Dupont SARL", "compta@dupont-batiment.fr", "100", "C1"),
            line("F-3", "Dupont SARL", "factures@dupont-traiteur.fr", "100", "C2"),
        ],
    )
    firm.run("tick", now=FIRST_REMINDER)
    sent = {tuple(r.rcpt_tos): attachments(r) for r in smtp_server.to_customers}
    assert sent == {
        ("compta@dupont-batiment.fr",): ["F-1.pdf"],
        ("factures@dupont-traiteur.fr",): ["F-3.pdf"],
    }


def test_one_company_with_two_contacts_is_one_customer(firm: Firm, smtp_server: SmtpServer) -> None:
    sending_to(firm, smtp_server)
    import_file(
        firm,
        "f.csv",
        [
            HEAD,
            line("F-1", "Dupont SARL", "compta@dupont.fr"),
            line("F-2", "Dupont SARL", "Jean Dupont <jean@dupont.fr>"),
        ],
    )
    assert query(firm, "SELECT id FROM customers") == [("dupont-sarl",)]
    firm.run("tick", now=FIRST_REMINDER)
    (sent,) = smtp_server.to_customers
    assert sorted(sent.rcpt_tos) == ["compta@dupont.fr", "jean@dupont.fr"]
    assert attachments(sent) == ["F-1.pdf", "F-2.pdf"]


def test_a_siret_tells_companies_apart_even_at_one_domain(firm: Firm) -> None:
    # Two franchisees of one network, one domain, one trade name: their SIRETs differ.
    text = (
        "N° facture;Raison sociale;Courriel;Montant TTC;Date;Échéance;PDF;N° SIRET\r\n"
        "F-1;Boulangerie Ange;lyon@boulangerie-ange.fr;100,00;01/10/2026;02/11/2026;"
        "factures/F-1.pdf;552 100 554 00013\r\n"
        "F-2;Boulangerie Ange;villeurbanne@boulangerie-ange.fr;80,00;01/10/2026;02/11/2026;"
        "factures/F-2.pdf;732 829 320 00074\r\n"
    )
    firm.pdf("F-1"), firm.pdf("F-2")
    path = firm.root / "export.csv"
    path.write_bytes(text.encode("cp1252"))
    out = firm.run("import-invoices", str(path), ok=False).output
    assert "ligne 3 : client « Boulangerie Ange » : SIRET 73282932000074" in out
    assert "55210055400013 ligne 2" in out and "client_id" in out


def test_one_siren_is_one_company_whatever_its_domains(firm: Firm) -> None:
    out = import_file(
        firm,
        "f.csv",
        [
            HEAD + ",siren",
            line("F-1", "Dupont SA", "compta@dupont.fr", "100", "552 100 554"),
            line("F-2", "Dupont SA", "ap@dupont-group.com", "100", "552100554"),
        ],
    )
    assert "2 facture(s) ajoutée(s)" in out
    assert query(firm, "SELECT id, siren FROM customers") == [("dupont-sa", "552100554")]


def test_strangers_at_one_webmail_are_not_one_company(firm: Firm) -> None:
    out = import_file(
        firm,
        "f.csv",
        [
            HEAD,
            line("F-1", "Plomberie Martin", "pierre.martin@gmail.com"),
            line("F-2", "Plomberie Martin", "martin.plombier13@gmail.com"),
        ],
        ok=False,
    )
    assert "ligne 3 : client « Plomberie Martin »" in out and "ligne 2" in out


def test_a_later_file_cannot_merge_another_company_into_a_known_one(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    import_file(
        firm, "octobre.csv", [HEAD, line("F-1", "Dupont SARL", "compta@dupont-batiment.fr")]
    )
    out = import_file(
        firm,
        "novembre.csv",
        [HEAD, line("F-9", "DUPONT Sarl", "factures@dupont-traiteur.fr")],
        ok=False,
    )
    assert "novembre.csv : fichier refusé" in out
    assert "ligne 2 : client « DUPONT Sarl »" in out
    assert "dupont-batiment.fr (déjà importé)" in out and "client_id" in out
    assert query(firm, "SELECT number FROM invoices") == [("F-1",)]
    # Said to be another company: a customer of its own, mailed on its own.
    import_file(
        firm,
        "novembre.csv",
        [
            HEAD + ",client_id",
            line("F-9", "Dupont SARL", "factures@dupont-traiteur.fr", "100", "C9"),
        ],
    )
    firm.run("tick", now=FIRST_REMINDER)
    sent = {tuple(r.rcpt_tos): attachments(r) for r in smtp_server.to_customers}
    assert sent == {
        ("compta@dupont-batiment.fr",): ["F-1.pdf"],
        ("factures@dupont-traiteur.fr",): ["F-9.pdf"],
    }


def test_a_later_file_with_another_siren_is_refused(firm: Firm) -> None:
    import_file(
        firm, "a.csv", [HEAD + ",siren", line("F-1", "Dupont", "a@dupont.fr", "1", "552100554")]
    )
    out = import_file(
        firm,
        "b.csv",
        [HEAD + ",siren", line("F-2", "Dupont", "b@dupont.fr", "1", "732829320")],
        ok=False,
    )
    assert "ligne 2 : client « Dupont » : SIREN 732829320, mais 552100554 (déjà importé)" in out


def test_a_later_file_of_the_same_company_adds_to_it(firm: Firm) -> None:
    import_file(firm, "a.csv", [HEAD, line("F-1", "Dupont", "compta@dupont.fr")])
    import_file(firm, "b.csv", [HEAD, line("F-2", "Dupont", "jean@dupont.fr")])
    assert query(firm, "SELECT customer_id FROM invoices ORDER BY number") == [
        ("dupont",),
        ("dupont",),
    ]


def test_a_name_known_under_a_client_id_needs_one(firm: Firm) -> None:
    import_file(
        firm, "a.csv", [HEAD + ",client_id", line("F-1", "Dupont", "a@dupont.fr", "1", "C1")]
    )
    out = import_file(firm, "b.csv", [HEAD, line("F-2", "Dupont", "a@dupont.fr")], ok=False)
    assert "ligne 2 : client « Dupont » sans client_id" in out and "C1" in out


def test_registration_numbers_are_checked() -> None:
    import pytest

    from relancebot.importing.identity import parse_registration

    assert parse_registration("552 100 554", "") == ("552100554", "")
    assert parse_registration("", "552 100 554 00013") == ("552100554", "55210055400013")
    assert parse_registration("", "552100554") == ("552100554", "")  # a SIREN in the column
    for siren, siret in [("55210055", ""), ("", "5521005540001"), ("732829320", "55210055400013")]:
        with pytest.raises(ValueError):
            parse_registration(siren, siret)
