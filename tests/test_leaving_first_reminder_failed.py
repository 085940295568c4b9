"""A reminder refused for good never counts as sent: the ladder does not climb on a letter the
customer never received, a person is asked when sending it again would only be refused again,
and `plan`, `case` and `cases` tell the same story. Staged against a real aiosmtpd."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest

from relancebot.outgoing.render import Renderer

from .conftest import Firm
from .servers.smtp import SmtpServer
from .test_delivery import setup_firm
from .test_message import GABARITS, context

FAILED_FOR_GOOD = "1re relance du 03/11/2026 jamais partie (refusée pour de bon"
ASKS_A_PERSON = "relance précédente refusée pour de bon : une personne décide"


def query(firm: Firm, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        return conn.execute(sql).fetchall()


def customer_mail(server: SmtpServer) -> list[tuple[list[str], str, str]]:
    """(recipients, subject, text) of what customers received."""
    out = []
    for received in server.to_customers:
        message = received.message
        body = message.get_body(("plain",))
        assert body is not None
        out.append((received.rcpt_tos, str(message["Subject"]), body.get_content()))
    return out


def case_of(firm: Firm, now: str) -> str:
    return firm.run("case", "F-0", now=now).output


def test_refused_address_then_a_confirmed_one_starts_again_at_the_first_level(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server)
    smtp_server.handler.refuse_rcpt["client0@exemple.fr"] = "550 5.1.1 User unknown"
    firm.run("tick", now="2026-11-03T10:00")
    assert query(firm, "SELECT state FROM outbox WHERE kind = 'reminder'") == [("failed",)]

    # Nobody pretends the first reminder was read, and nobody is mailed.
    cases = firm.run("cases", now="2026-11-03T10:05").output
    assert "aucune relance" in cases and FAILED_FOR_GOOD in cases
    assert "→ aucune adresse valide : appeler le client" in cases
    assert (
        "F-0 : aucune adresse valide : appeler le client"
        in firm.run("plan", "--all", now="2026-11-03T10:05").output
    )
    week_later = firm.run("tick", now="2026-11-10T10:00").output
    assert "0 mis de côté" in week_later and customer_mail(smtp_server) == []

    firm.run("confirm-contact", "client-0", "compta@exemple.fr", now="2026-11-10T14:00")
    plan = firm.run("plan", "--all", now="2026-11-10T14:01").output
    assert "client-0 : F-0 (1re relance)" in plan
    case = case_of(firm, "2026-11-10T14:01")
    assert "aucune relance" in case and FAILED_FOR_GOOD in case
    assert "Prochaine étape : 1re relance" in case

    result = firm.run("tick", now="2026-11-10T14:05").output
    assert "0 mis de côté" in result and "0 en échec" in result
    [(to, subject, text)] = customer_mail(smtp_server)
    assert to == ["compta@exemple.fr"] and subject.startswith("Relance : facture F-0")
    assert "précédent courrier" not in text
    # The refused message is settled by the new attempt: status stops asking about it.
    assert query(firm, "SELECT state, settled_note FROM outbox WHERE id = 1") == [
        ("failed", "remplacé par #3")
    ]
    assert (
        "refusé(s) pour de bon" not in firm.run("status", now="2026-11-10T14:06", ok=False).output
    )
    assert "n'était jamais partie" in firm.run("history", "F-0", now="2026-11-10T14:06").output
    again = firm.run("outbox", "resend", "1", now="2026-11-10T14:07", ok=False)  # mailed twice?
    assert again.exit_code == 2
    assert "#1 ne sera pas renvoyé : ses relances sont reparties depuis (remplacé par #3)" in (
        again.output
    )

    # From now on the ladder counts from the reminder that did leave.
    case = case_of(firm, "2026-11-10T14:06")
    assert "1re relance ; relances en cours\n" in case
    assert "Prochaine étape : 2e relance le 17/11/2026" in case
    assert "2e relance le 17/11/2026" in firm.run("cases", now="2026-11-10T14:06").output
    firm.run("tick", now="2026-11-17T10:00")
    firm.run("tick", now="2026-11-17T10:00")  # twice at the same moment: nothing more
    mail = customer_mail(smtp_server)
    assert [m[0] for m in mail] == [["compta@exemple.fr"]] * 2
    assert "Malgré notre précédent courrier du 10 novembre 2026" in mail[1][2]
    assert "Prochaine étape : 3e relance le 24/11/2026" in case_of(firm, "2026-11-17T10:05")


@pytest.mark.parametrize("decision", ["dismiss", "resend"])
def test_a_refused_message_waits_for_a_person_instead_of_climbing(
    firm: Firm, smtp_server: SmtpServer, decision: str
) -> None:
    setup_firm(firm, smtp_server)
    smtp_server.handler.refuse_data = "554 5.7.1 Message rejected as spam"
    firm.run("tick", now="2026-11-03T10:00")
    # The address is fine, the message was refused: sent again as it is, it would be refused
    # again. A week later nothing climbs to a second reminder, nothing is queued.
    for now in ("2026-11-10T10:00", "2026-11-17T10:00"):
        assert f"F-0 : {ASKS_A_PERSON}" in firm.run("plan", "--all", now=now).output
        assert ASKS_A_PERSON in firm.run("cases", now=now).output
        firm.run("tick", now=now)
    assert query(firm, "SELECT state FROM outbox WHERE kind = 'reminder'") == [("failed",)]
    assert "aucune relance" in case_of(firm, "2026-11-17T10:05")

    smtp_server.handler.refuse_data = None  # the person had the wording fixed
    firm.run("outbox", decision, "1", now="2026-11-17T11:00")
    firm.run("tick", now="2026-11-17T11:05")
    [(to, subject, text)] = customer_mail(smtp_server)
    assert to == ["client0@exemple.fr"] and subject.startswith("Relance : facture F-0")
    assert "précédent courrier" not in text
    case = case_of(firm, "2026-11-17T11:10")
    assert "1re relance ; relances en cours\n" in case and "jamais partie" not in case
    assert "Prochaine étape : 2e relance le 24/11/2026" in case


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ["relance-2", "relance-3"])
@pytest.mark.parametrize("count", [0, 1])
def test_later_levels_render_without_earlier_reminders(lang: str, name: str, count: int) -> None:
    previous = [{"date": dt.date(2026, 11, 3), "level": 1}][:count]
    rendered = Renderer(GABARITS).render(
        name,
        lang,
        context(previous=previous, level=int(name[-1]), deadline_days=8,
                deadline_date=dt.date(2026, 11, 25)),
    )  # fmt: skip
    for body in (rendered.text, rendered.html):
        assert ("3 novembre 2026" in body or "3 November 2026" in body) is bool(count)
        if lang == "fr":
            assert ("Sauf erreur de notre part" in body) is not bool(count)
            assert "relances le" not in body  # one date is not "des relances"
        else:
            assert ("According to our records" in body) is not bool(count)
            assert "reminders on" not in body
