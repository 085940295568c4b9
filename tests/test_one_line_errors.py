"""What a person types wrong is one line naming what and why, never a traceback."""

from __future__ import annotations

from .conftest import Firm


def setup(firm: Firm) -> None:
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")


def one_line(output: str) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in output, output
    return lines[0]


def test_dates_out_of_any_sensible_range(firm: Firm) -> None:
    setup(firm)
    call = firm.run(
        "call",
        "F-1",
        "--outcome",
        "promise",
        "--date",
        "9999-12-31",
        now="2026-11-10T10:00",
        ok=False,
    )
    assert call.exit_code == 2
    assert one_line(call.output).startswith("relancebot : --date : date '9999-12-31' hors limites")
    paid = firm.run("mark-paid", "F-1", "--date", "31/12/9999", now="2026-11-10T10:00", ok=False)
    assert paid.exit_code == 2 and "hors limites" in one_line(paid.output)
    tick = firm.run("tick", now="9999-12-31T23:00", ok=False)
    assert tick.exit_code == 2
    assert one_line(tick.output) == (
        "relancebot : --now : '9999-12-31T23:00' hors limites (année de 1990 à 2100 attendue)"
    )
    assert "Payée" not in firm.run("case", "F-1", now="2026-11-10T10:00").output


def test_the_outbox_listing_on_a_broken_config(firm: Firm) -> None:
    firm.write_config("[smtp]\nport = 25\n")  # host is required
    listing = firm.run("outbox", ok=False)
    assert listing.exit_code == 2
    assert one_line(listing.output).startswith("relancebot : smtp.host : valeur obligatoire")


MISTAKES = [
    (("resume", "F-404"), "facture inconnue : 'F-404'"),
    (("pause", "F-404", "--until", "2026-12-01"), "facture inconnue : 'F-404'"),
    (("pause", "F-1", "--until", "1er décembre"), "--until : date illisible"),
    (("mark-paid", "F-1", "--amount", "douze"), "montant illisible"),
    (("mark-paid", "F-1", "--amount", "-5"), ""),
    (("stop", "inconnu"), "client inconnu : 'inconnu'"),
    (("confirm-contact", "inconnu", "a@b.fr"), "client inconnu : 'inconnu'"),
    (("confirm-contact", "client", "pas-une-adresse"), "adresse email invalide"),
    (("customer", "set", "inconnu", "--chase"), "client inconnu : 'inconnu'"),
    (("customer", "set", "client", "--cc", "Jean"), "--cc invalide 'Jean'"),
    (("call", "F-1", "--outcome", "promise"), "--date est obligatoire avec --outcome promise"),
    (("call", "F-1", "--outcome", "no_answer", "--confirm"), "--confirm : rien à confirmer"),
    (("call", "F-404", "--outcome", "paid"), "ni facture ni client connu sous 'F-404'"),
    (("history", "F-404"), "rien de connu pour 'F-404'"),
    (("preview", "F-404"), "facture F-404 inconnue ou déjà payée"),
    (("letter", "F-404"), "ni facture ni client connu sous 'F-404'"),
    (("outbox", "resend", "404"), "#404 n'est ni incertain ni en échec"),
    (("outbox", "dismiss", "404"), "#404 n'est pas en échec"),
    (("backup", "/proc/nulle-part/copie.db"), "/proc/nulle-part/copie.db : écriture impossible"),
    (("report", "--csv", "/proc/nulle-part/r.csv"), "écriture impossible"),
]


def test_every_mistake_of_a_decision_is_one_line(firm: Firm) -> None:
    """Each refusal is a named error of relancebot.errors, printed on one line, exit 2."""
    setup(firm)
    for args, expected in MISTAKES:
        result = firm.run(*args, now="2026-11-10T10:00", ok=False)
        assert result.exit_code == 2, (args, result.output)
        line = one_line(result.output)
        assert line.startswith("relancebot : ") and expected in line, (args, line)
    firm.run("mark-paid", "F-1", now="2026-11-10T10:00")
    again = firm.run("mark-paid", "F-1", now="2026-11-10T10:00", ok=False)
    assert one_line(again.output) == "relancebot : la facture F-1 est déjà soldée"
    letter = firm.run("letter", "client", now="2026-11-10T10:00", ok=False)
    assert one_line(letter.output) == "relancebot : client : aucune facture impayée"


def test_a_bug_keeps_its_traceback() -> None:
    """Only the named refusals become one line: a bare ValueError is a mistake of the code."""
    import pytest

    from relancebot.cli import guarded
    from relancebot.errors import NotAllowedNow, RelancebotError

    def broken() -> None:
        raise ValueError("invalid literal for int() with base 10: 'x'")

    with pytest.raises(ValueError, match="invalid literal"):
        guarded(broken)()

    def refused() -> None:
        raise NotAllowedNow("la facture F-1 est déjà soldée")

    with pytest.raises(SystemExit) as exited:
        guarded(refused)()
    assert exited.value.code == 2
    from relancebot.config import ConfigError
    from relancebot.importing.csvfile import ImportRejected
    from relancebot.outgoing.decisions import NotSettleable
    from relancebot.service.tick import PassFailed
    from relancebot.store.database import StoreError

    for named in (ConfigError, StoreError, ImportRejected, PassFailed, NotSettleable):
        assert issubclass(named, RelancebotError)
    assert ImportRejected.exit_code == PassFailed.exit_code == 1


def test_a_pdf_gone_since_the_import_is_one_line_in_preview(firm: Firm) -> None:
    setup(firm)
    (firm.root / "factures" / "F-1.pdf").unlink()
    preview = firm.run("preview", "F-1", now="2026-11-10T10:00", ok=False)
    assert preview.exit_code == 2
    assert one_line(preview.output).startswith("relancebot : PDF illisible ")
