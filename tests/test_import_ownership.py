"""An invoice imported again stays with its customer unless a person asks (--move); a corrected
address replaces the old one, which stays in the journal, inactive."""

from __future__ import annotations

from .conftest import Firm
from .import_helpers import FIRST_REMINDER, HEAD, line, query, sending_to
from .servers.smtp import SmtpServer


def import_lines(firm: Firm, name: str, *lines: str, move: bool = False, ok: bool = True) -> str:
    for text in lines[1:]:
        firm.pdf(text.split(",")[0])
    path = firm.csv(name, "\n".join(lines) + "\n")
    args = ["import-invoices", str(path), *(["--move"] if move else [])]
    return firm.run(*args, ok=ok).output


def test_an_invoice_does_not_change_customer_silently(firm: Firm, smtp_server: SmtpServer) -> None:
    sending_to(firm, smtp_server)
    import_lines(
        firm,
        "a.csv",
        HEAD + ",client_id",
        line("F-1", "Garage Martin", "compta@garage-martin.fr", "500", "C1"),
        line("F-2", "Studio Lefèvre", "studio@lefevre.fr", "300", "C2"),
    )
    firm.csv("p.csv", "number,amount,date\nF-1,200,2026-10-20\n")
    firm.run("import-payments", str(firm.root / "p.csv"))
    moved = (
        "b.csv",
        HEAD + ",client_id",
        line("F-1", "Studio Lefèvre", "studio@lefevre.fr", "500", "C2"),
    )
    out = import_lines(firm, *moved, ok=False)
    assert "b.csv : fichier refusé, rien n'a été importé." in out
    assert "ligne 2 : la facture F-1 appartient à « Garage Martin » (client C1)" in out
    assert "--move" in out
    assert query(firm, "SELECT customer_id, paid FROM invoices WHERE number = 'F-1'") == [
        ("C1", "200.00")
    ]
    # Asked for: the invoice goes with its payment, and both customers' journals say so.
    out = import_lines(firm, *moved, move=True)
    assert "dont 1 déplacée(s) (F-1)" in out
    assert query(firm, "SELECT customer_id, paid FROM invoices WHERE number = 'F-1'") == [
        ("C2", "200.00")
    ]
    assert query(
        firm, "SELECT customer_id FROM events WHERE kind = 'invoice_moved' ORDER BY customer_id"
    ) == [("C1",), ("C2",)]
    firm.run("tick", now=FIRST_REMINDER)
    assert [r.rcpt_tos for r in smtp_server.to_customers] == [["studio@lefevre.fr"]]


def test_a_corrected_address_replaces_the_old_one(firm: Firm, smtp_server: SmtpServer) -> None:
    sending_to(firm, smtp_server)
    import_lines(firm, "a.csv", HEAD, line("F-1", "Dupont", "compta@dupont.fr"))
    out = import_lines(firm, "b.csv", HEAD, line("F-1", "Dupont", "comptabilite@dupont.fr"))
    assert "Adresse compta@dupont.fr remplacée par comptabilite@dupont.fr" in out
    assert query(firm, "SELECT email, active FROM contacts ORDER BY id") == [
        ("compta@dupont.fr", 0),
        ("comptabilite@dupont.fr", 1),
    ]
    assert query(firm, "SELECT summary FROM events WHERE kind = 'contact_replaced'") == [
        (
            "Adresse compta@dupont.fr remplacée par comptabilite@dupont.fr (destinataire, import de b.csv)",
        )
    ]
    firm.run("tick", now=FIRST_REMINDER)
    assert [r.rcpt_tos for r in smtp_server.to_customers] == [["comptabilite@dupont.fr"]]


def test_a_correction_may_change_domain_for_the_invoice_it_names(firm: Firm) -> None:
    import_lines(firm, "a.csv", HEAD, line("F-1", "Dupont", "compta@dupont.fr"))
    # The invoice number says which customer; its new address is a correction, and a new
    # invoice of the same file at that new address is the same customer.
    import_lines(
        firm,
        "b.csv",
        HEAD,
        line("F-1", "Dupont", "dupont.sarl@orange.fr"),
        line("F-2", "Dupont", "dupont.sarl@orange.fr"),
    )
    assert query(firm, "SELECT DISTINCT customer_id FROM invoices") == [("dupont",)]
    assert query(firm, "SELECT email FROM contacts WHERE active") == [("dupont.sarl@orange.fr",)]


def test_a_persons_decisions_on_addresses_outlive_an_import(firm: Firm) -> None:
    import_lines(firm, "a.csv", HEAD, line("F-1", "Dupont", "compta@dupont.fr"))
    firm.run("confirm-contact", "dupont", "paiements@dupont.fr", "--replace")
    out = import_lines(firm, "b.csv", HEAD, line("F-2", "Dupont", "compta@dupont.fr"))
    assert "l'adresse compta@dupont.fr est inactive et le reste" in out
    assert query(firm, "SELECT email, active, source FROM contacts ORDER BY id") == [
        ("compta@dupont.fr", 0, "import"),
        ("paiements@dupont.fr", 1, "person"),
    ]


def test_the_copies_follow_the_same_rule(firm: Firm) -> None:
    import_lines(
        firm,
        "a.csv",
        HEAD + ",cc",
        line("F-1", "Dupont", "compta@dupont.fr", "1", "expert@roux.fr"),
    )
    import_lines(firm, "b.csv", HEAD + ",cc", line("F-1", "Dupont", "compta@dupont.fr", "1", ""))
    assert query(firm, "SELECT email, active FROM contacts WHERE role = 'cc'") == [
        ("expert@roux.fr", 1)
    ]
    import_lines(
        firm,
        "c.csv",
        HEAD + ",cc",
        line("F-1", "Dupont", "compta@dupont.fr", "1", "cabinet@roux.fr"),
    )
    assert query(firm, "SELECT email, active FROM contacts WHERE role = 'cc' ORDER BY id") == [
        ("expert@roux.fr", 0),
        ("cabinet@roux.fr", 1),
    ]
