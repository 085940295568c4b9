"""It learns from the person: corrections through the CLI, `learn`, the model in use.

A real firm folder: invoices imported and first reminders sent by the CLI, replies delivered
into its local inbox/ Maildir and read by a tick, corrected with `replies relabel`, then
`learn`, `status` and the next tick. Training takes seconds: one firm is shared by the tests
that only read what `learn` did.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

import pytest

from relancebot.classify import classify
from relancebot.learning.dataset import shipped
from relancebot.learning.firm import corrections, held_out
from relancebot.service.learning import learn_due

from .conftest import Firm
from .test_linking import app_of, reminder_id, reply, seed
from .test_watcher_cli import drop

READ_AT = "2026-11-05T10:00"
LATER = "2026-11-05T11:00"
NEXT_DAY = "2026-11-06T10:00"

# A firm's own word for "we dispute this invoice": the shipped model has never seen it.
ZEPHYR = [
    "Cette pièce est en statut Zéphyr chez nous.",
    "Facture passée en statut Zéphyr par notre service.",
    "Statut Zéphyr pour cette facture, merci de patienter.",
    "Nous avons mis votre facture en statut Zéphyr.",
    "Votre relance concerne une pièce en statut Zéphyr.",
    "La facture est classée Zéphyr par la comptabilité.",
    "Classement Zéphyr de votre facture ce matin.",
    "Pièce bloquée : statut Zéphyr.",
    "Notre contrôleur a posé le statut Zéphyr sur la facture.",
    "Le statut Zéphyr s'applique à cette facture.",
    "Statut Zéphyr, voir avec notre acheteur.",
    "Votre facture reste en statut Zéphyr.",
]
NEW_ZEPHYR = "Bonjour, la facture dont vous parlez est en statut Zéphyr depuis hier."


def rows(firm: Firm, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        return conn.execute(sql, params).fetchall()


def deliver(firm: Firm, bodies: list[str], prefix: str, now: str) -> list[int]:
    """Replies to the reminder of F-2026-0420, read by a tick; their ids."""
    mid = reminder_id(app_of(firm), "F-2026-0420")
    for i, body in enumerate(bodies):
        drop(firm.root / "inbox", reply("ap@acme.fr", body, in_reply_to=mid), f"{prefix}.{i}")
    before = rows(firm, "SELECT coalesce(max(id), 0) FROM replies")[0][0]
    firm.run("tick", now=now)
    found = [r[0] for r in rows(firm, "SELECT id FROM replies WHERE id > ? ORDER BY id", before)]
    assert len(found) == len(bodies)
    return [int(str(i)) for i in found]


def relabel(firm: Firm, ids: list[int], category: str) -> None:
    for reply_id in ids:
        firm.run("replies", "relabel", str(reply_id), category, now=LATER)


def status_lines(firm: Firm, now: str) -> tuple[int, list[str]]:
    result = firm.run("status", now=now, ok=False)
    return result.exit_code, result.output.splitlines()


@dataclass(frozen=True)
class Learned:
    firm: Firm
    output: str
    status_before: tuple[int, list[str]]
    ids: list[int]


@pytest.fixture(scope="module")
def learned(tmp_path_factory: pytest.TempPathFactory) -> Learned:
    firm = Firm(tmp_path_factory.mktemp("learn") / "firm")
    firm.root.mkdir()
    firm.write_config()
    seed(firm)
    ids = deliver(firm, ZEPHYR, "zephyr", READ_AT)
    relabel(firm, ids, "dispute")
    before = status_lines(firm, LATER)
    output = firm.run("learn", now=LATER).output
    return Learned(firm, output, before, ids)


def test_the_shipped_model_misreads_the_firms_wording() -> None:
    assert classify(reply("ap@acme.fr", NEW_ZEPHYR)).category != "dispute"


def test_learn_uses_a_better_model_and_says_so(learned: Learned) -> None:
    out = learned.output
    kept = sum(1 for i in learned.ids if held_out(i))
    assert f"dont {len(learned.ids) - kept} correction(s) de la société" in out
    assert f"dont {kept} correction(s) de la société :" in out
    assert "nouveau modèle : macro-F1" in out and "modèle en usage (livré avec relancebot)" in out
    assert "Décision : le nouveau modèle (n° 1) lit désormais les réponses." in out
    ((outcome, active, model, examples, used, evaluation),) = rows(
        learned.firm,
        "SELECT outcome, active, model IS NOT NULL, examples, corrections, evaluation"
        " FROM reply_models",
    )
    assert (outcome, active, model, used) == ("used", 1, 1, len(learned.ids) - kept)
    assert examples == len(shipped("train")) + len(learned.ids) - kept
    figures = json.loads(str(evaluation))
    assert figures["held_out"] == len(shipped("eval")) + kept
    assert figures["candidate"]["macro_f1"] >= figures["previous"]["macro_f1"]
    ((summary, actor),) = rows(
        learned.firm, "SELECT summary, actor FROM events WHERE kind = 'reply_model_used'"
    )
    assert actor == "commande" and "Nouveau modèle de lecture des réponses utilisé" in str(summary)


def test_held_out_corrections_are_the_same_every_time(learned: Learned) -> None:
    # A hash of the reply's id, not a random draw: the same replies judge every model.
    assert [i for i in range(1, 40) if held_out(i)] == [1, 4, 18, 19, 21, 24, 28, 38, 39]
    assert 70 < sum(1 for i in range(1, 401) if held_out(i)) < 130  # about a quarter
    app = app_of(learned.firm)
    sources = {e.source for e in corrections(app.db)}
    assert sources == {f"correction/{i}" for i in learned.ids}


def test_status_names_the_model_in_use(learned: Learned) -> None:
    code_before, before = learned.status_before
    assert "Modèle de lecture : celui livré avec relancebot (entraîné le 07/12/2026)" in before
    code, after = status_lines(learned.firm, LATER)
    assert code == code_before  # a fact, not a problem
    kept = sum(1 for i in learned.ids if held_out(i))
    assert (
        "Modèle de lecture : propre à la société, entraîné le 05/11/2026 11:00 sur "
        f"{len(learned.ids) - kept} correction(s)"
    ) in after


def test_the_service_reads_the_firms_wording_with_its_model(learned: Learned) -> None:
    (new,) = deliver(learned.firm, [NEW_ZEPHYR], "new", "2026-11-05T12:00")
    ((category, reasons),) = rows(
        learned.firm, "SELECT category, reasons FROM replies WHERE id = ?", new
    )
    assert category == "dispute", reasons
    assert "zéphyr" in str(reasons).lower()


def test_learn_with_no_correction_says_so(firm: Firm) -> None:
    result = firm.run("learn", now=LATER, ok=False)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "relancebot : rien à apprendre : aucune correction de réponse (`relancebot replies "
        "relabel ID CATEGORIE`, ou « corriger la catégorie » dans les pages web)"
    ]
    assert rows(firm, "SELECT count(*) FROM reply_models") == [(0,)]


def test_auto_learn_off_with_zero(firm: Firm) -> None:
    firm.write_config("[classify]\nlearn_after = 0\n")
    assert not learn_due(app_of(firm), dt.datetime(2026, 11, 6, 9, tzinfo=dt.UTC))


def test_wrong_labels_are_caught_and_auto_learn_runs_at_the_threshold(firm: Firm) -> None:
    """Disputes labelled "already paid" by mistake: the candidate reads the held-out disputes
    as paid, so the previous model stays; the service tried once the threshold was reached."""
    # Enough of them to outweigh the shipped disputes (more than 1,600 examples in all).
    disputes = [e.text for e in shipped("train") if e.category == "dispute"][:80]
    firm.write_config("[classify]\nlearn_after = 80\n")
    seed(firm)
    ids = deliver(firm, disputes, "dispute", READ_AT)
    relabel(firm, ids[:-1], "already_paid")
    firm.run("tick", now=NEXT_DAY)  # 79 corrections: not yet
    assert rows(firm, "SELECT count(*) FROM reply_models") == [(0,)]
    relabel(firm, ids[-1:], "already_paid")
    firm.run("tick", now=NEXT_DAY)
    ((outcome, active, model, evaluation),) = rows(
        firm, "SELECT outcome, active, model, evaluation FROM reply_models"
    )
    assert (outcome, active, model) == ("kept_previous", 0, None)
    figures = json.loads(str(evaluation))
    candidate, previous = figures["candidate"], figures["previous"]
    assert (
        candidate["macro_f1"] < previous["macro_f1"]
        or candidate["dangerous"] > previous["dangerous"]
    )
    ((summary, actor),) = rows(
        firm, "SELECT summary, actor FROM events WHERE kind = 'reply_model_kept_previous'"
    )
    assert actor == "service"
    assert "le précédent (livré avec relancebot) reste" in str(summary)
    _, status = status_lines(firm, NEXT_DAY)
    assert any(line.startswith("Modèle de lecture : celui livré") for line in status)
    firm.run("tick", now="2026-11-07T10:00")  # nothing new since: no second try
    assert rows(firm, "SELECT count(*) FROM reply_models") == [(1,)]
