"""The rules' guard over the learned model (relancebot/classify/guard.py).

Unit level: `arbitrate` with the shipped ReplyModel, readings built here and the real cues'
hits on the folded text. End to end: `classify` on realistic replies with a model whose reading
is fixed here (a tiny ReplyModel written as JSON data), so that each test says what the guard
does whatever a future model thinks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from relancebot.classify import classify
from relancebot.classify.guard import SERIOUS, arbitrate
from relancebot.classify.learned import FORMAT, Reading, ReplyModel, shipped_model
from relancebot.classify.normalise import normalise
from relancebot.classify.rules import Hit, find_hits
from tests.classify_cases.build import make_reply

LEARNED = (
    "already_paid",
    "dispute",
    "not_received",
    "other",
    "payment_difficulty",
    "promise_to_pay",
    "wrong_contact",
)
REPO = Path(__file__).resolve().parents[1]

DISPUTE = "Je conteste cette facture : 12 heures facturées au lieu des 8 prévues au devis."
DIFFICULTY = "Notre trésorerie est très tendue en ce moment, pouvons-nous payer en trois fois ?"
PAID = "Nous avons déjà réglé cette facture par virement le 3 novembre."
NOTHING = "Bien reçu, merci."
NOT_PAID = "Nous n'avons pas encore payé, je reviens vers vous."
ABSENT = (
    "Je suis absente du 16 au 30 novembre, sans accès à mes messages. "
    "Pour toute urgence, contactez Paul."
)


# --- unit level: arbitrate -------------------------------------------------------------------


def reading(category: str, probability: float, **others: float) -> Reading:
    """The model's reading: ``category`` at ``probability``, the rest shared by the others."""
    rest = [c for c in LEARNED if c != category and c not in others]
    left = max(0.0, 1.0 - probability - sum(others.values()))
    probabilities = {c: left / len(rest) for c in rest} | others | {category: probability}
    return Reading(category, probability, "other", probabilities, ("mot",))


def hits_of(text: str) -> tuple[list[Hit], str]:
    folded, _ = normalise(text)
    return find_hits(folded), folded


MODEL = shipped_model()


@pytest.mark.parametrize("rules", ["dispute", "payment_difficulty"])
@pytest.mark.parametrize(
    "proposed", ["already_paid", "promise_to_pay", "not_received", "other", "auto_reply", "bounce"]
)
def test_the_model_never_takes_a_dispute_or_a_difficulty_from_a_person(
    rules: str, proposed: str
) -> None:
    text = {"dispute": DISPUTE, "payment_difficulty": DIFFICULTY}[rules]
    hits, folded = hits_of(text + " Le virement est parti hier.")
    verdict = arbitrate(rules, reading(proposed, 0.999), MODEL, hits, folded)
    assert verdict.category == rules
    assert not verdict.decided_by_model
    assert verdict.reason is not None and "écarté" in verdict.reason


@pytest.mark.parametrize(("rules", "proposed"), [("dispute", "payment_difficulty"),
                                                 ("payment_difficulty", "dispute"),
                                                 ("dispute", "wrong_contact")])  # fmt: skip
def test_the_model_may_move_serious_to_another_reading_a_person_sees(
    rules: str, proposed: str
) -> None:
    hits, folded = hits_of(DISPUTE)
    verdict = arbitrate(rules, reading(proposed, 0.99), MODEL, hits, folded)
    assert (verdict.category, verdict.decided_by_model) == (proposed, True)


@pytest.mark.parametrize("proposed", ["already_paid", "promise_to_pay"])
@pytest.mark.parametrize("text", [NOTHING, NOT_PAID, "If you have paid, ignore this."])
def test_the_model_alone_never_reassures(proposed: str, text: str) -> None:
    """No cue of payment and no payment word that a negation or a condition does not govern."""
    hits, folded = hits_of(text)
    verdict = arbitrate("other", reading(proposed, 0.999), MODEL, hits, folded)
    assert verdict.category == "other"
    assert verdict.reason is not None and "aucune formule ne le dit" in verdict.reason


def test_a_plain_payment_word_lets_the_model_say_paid_or_promise() -> None:
    hits, folded = hits_of("Bien reçu, merci. Virement 27/11.")
    assert not [h for h in hits if h.category in ("already_paid", "promise_to_pay")]
    verdict = arbitrate("other", reading("promise_to_pay", 0.95), MODEL, hits, folded)
    assert (verdict.category, verdict.decided_by_model) == ("promise_to_pay", True)


def test_a_sure_reassuring_model_never_takes_a_dispute() -> None:
    """The rules fear trouble, the model reassures: the rules keep it."""
    hits, folded = hits_of(DISPUTE)
    verdict = arbitrate("dispute", reading("already_paid", 0.6), MODEL, hits, folded)
    assert verdict.category == "dispute"


def test_unsure_readings_leave_the_rules_alone() -> None:
    hits, folded = hits_of(NOTHING)
    verdict = arbitrate("other", reading("dispute", MODEL.threshold - 0.01), MODEL, hits, folded)
    assert verdict == type(verdict)("other", None, False)


def test_not_received_alone_needs_the_automatic_threshold() -> None:
    assert MODEL.automatic_threshold > MODEL.threshold
    hits, folded = hits_of(NOTHING)
    between = (MODEL.threshold + MODEL.automatic_threshold) / 2
    verdict = arbitrate("other", reading("not_received", between), MODEL, hits, folded)
    assert verdict.category == "other"
    assert verdict.reason is not None and "pas assez sûr pour agir seul" in verdict.reason
    sure = reading("not_received", min(0.999, MODEL.automatic_threshold + 0.05))
    assert arbitrate("other", sure, MODEL, hits, folded).category == "not_received"


def test_the_model_has_no_automatic_reply_nor_bounce() -> None:
    assert not {"auto_reply", "bounce"} & set(MODEL.classes)
    assert set(MODEL.classes) == set(LEARNED)


# --- end to end: classify with a model whose reading is fixed --------------------------------


def fixed_model(category: str, push: float = 9.0, classes: tuple[str, ...] = LEARNED) -> ReplyModel:
    """A model that reads every text as ``category`` (``push`` on its intercept), and names
    "virement" as the word that weighed when the text has it."""
    return ReplyModel(
        {
            "format": FORMAT,
            "classes": list(classes),
            "threshold": 0.5,
            "automatic_threshold": 0.9,
            "intercept": [push if c == category else 0.0 for c in classes],
            "features": ["w:virement"],
            "idf": [1.0],
            "coef": [[0.5 if c == category else 0.0 for c in classes]],
        }
    )


@pytest.mark.parametrize(("words", "serious"), [(DISPUTE, "dispute"),
                                                (DIFFICULTY, "payment_difficulty")])  # fmt: skip
@pytest.mark.parametrize("proposed", ["already_paid", "promise_to_pay", "not_received", "other"])
def test_a_serious_reply_stays_serious_whatever_the_model_says(
    words: str, serious: str, proposed: str
) -> None:
    raw = make_reply(words + " Le virement suivra.")
    assert classify(raw).category == serious
    got = classify(raw, model=fixed_model(proposed))
    assert got.category == serious
    assert any("écarté" in r for r in got.reasons)


def test_a_model_with_an_automatic_reply_class_cannot_use_it() -> None:
    rogue = fixed_model("auto_reply", classes=(*LEARNED, "auto_reply", "bounce"))
    for words in (NOTHING, PAID, DISPUTE):
        assert classify(make_reply(words), model=rogue).category not in ("auto_reply", "bounce")


@pytest.mark.parametrize("proposed", ["already_paid", "promise_to_pay"])
@pytest.mark.parametrize("words", [NOTHING, NOT_PAID])
def test_the_model_alone_never_creates_paid_or_promise(proposed: str, words: str) -> None:
    got = classify(make_reply(words), model=fixed_model(proposed))
    assert got.category == "other"
    assert got.promised_date is None


def test_the_model_is_not_consulted_on_an_automatic_reply() -> None:
    for raw in (
        make_reply(ABSENT),
        make_reply(
            "Je suis absente jusqu'au 30 novembre.",
            subject="Réponse automatique : absente",
            headers={"Auto-Submitted": "auto-replied"},
        ),
    ):
        got = classify(raw, model=fixed_model("dispute"))
        assert got.category == "auto_reply"
        assert not any("modèle" in r for r in got.reasons)
        assert not any("model" in line for line in got.explain)


def test_an_override_to_promise_recomputes_the_promised_date() -> None:
    raw = make_reply("Bien reçu, merci. Virement 27/11.")
    rules = classify(raw, model=fixed_model("other"))
    assert (rules.category, rules.promised_date) == ("other", None)
    got = classify(raw, model=fixed_model("promise_to_pay"))
    assert got.category == "promise_to_pay"
    assert got.promised_date is not None and got.promised_date.isoformat() == "2026-11-27"
    assert "le modèle : « Virement » (promesse de paiement, 100 %)" in got.reasons
    assert "date promise : 2026-11-27 (« 27/11 »)" in got.reasons


def test_an_override_from_paid_to_promise_finds_the_date_paid_had_no_use_for() -> None:
    raw = make_reply("Le virement : 27 novembre.")
    assert classify(raw, model=fixed_model("already_paid")).promised_date is None
    got = classify(raw, model=fixed_model("promise_to_pay"))
    assert got.category == "promise_to_pay"
    assert got.promised_date is not None and got.promised_date.isoformat() == "2026-11-27"


def test_an_override_to_wrong_contact_recomputes_the_new_contact() -> None:
    raw = make_reply(
        "Nous n'avons jamais reçu la facture. Contact : marie.durand@cabinet-durand.fr"
    )
    rules = classify(raw, model=fixed_model("not_received"))
    assert (rules.category, rules.new_contact) == ("not_received", None)
    got = classify(raw, model=fixed_model("wrong_contact"))
    assert got.category == "wrong_contact"
    assert got.new_contact == "marie.durand@cabinet-durand.fr"
    assert any(r.startswith("le modèle : ") for r in got.reasons)


def test_the_reasons_name_the_models_words_when_it_decided() -> None:
    got = classify(make_reply(DISPUTE + " Le virement suivra."), model=fixed_model("dispute"))
    assert got.category == "dispute"
    assert "le modèle : « virement » (contestation, 100 %)" in got.reasons


def test_a_delivery_notice_is_never_a_change_of_contact() -> None:
    folders = [REPO / "tests" / "corpus" / "bounces_extra", REPO.parent / "shared" / "corpus"
               / "bounces"]  # fmt: skip
    notices = [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.eml"))]
    notices += [p for p in sorted((REPO / "tests" / "corpus" / "replies").glob("*.eml"))
                if p.name.startswith("bounce")]  # fmt: skip
    if not notices:
        pytest.skip("no bounce corpus here")
    for path in notices:
        got = classify(path.read_bytes(), model=fixed_model("wrong_contact"))
        assert got.category != "wrong_contact", path.name
        if got.category == "bounce" or "delivery_notice" in got.explain:
            # An out-of-office may name who to write to meanwhile; a mail system never does.
            assert got.new_contact is None, path.name


def test_a_delayed_delivery_report_naming_an_address_is_no_new_contact() -> None:
    raw = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.client-sa.fr>\r\n"
        b"To: relances@atelier-morel.fr\r\n"
        b"Subject: Delivery delayed: Relance : facture F-2026-0412\r\n"
        b"Date: Wed, 18 Nov 2026 10:00:00 +0100\r\n"
        b"Auto-Submitted: auto-replied\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain\r\n\r\n"
        b"Delivery to compta@client-sa.fr is delayed. Please contact postmaster@client-sa.fr "
        b"or write to accounts@client-sa.fr instead.\r\n\r\n"
        b"--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.client-sa.fr\r\n\r\n"
        b"Final-Recipient: rfc822; compta@client-sa.fr\r\nAction: delayed\r\n"
        b"Status: 4.4.1\r\n\r\n--b1--\r\n"
    )
    got = classify(raw, model=fixed_model("wrong_contact"))
    assert got.category in ("auto_reply", "bounce")
    assert got.new_contact is None


# --- classify --explain ----------------------------------------------------------------------


def run_classify(*args: str, cwd: Path) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "relancebot", "classify", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_explain_names_cues_adjustments_and_the_model(tmp_path: Path) -> None:
    """No config and no database in tmp_path: classify needs neither."""
    dispute = tmp_path / "dispute.eml"
    dispute.write_bytes(make_reply(DISPUTE))
    adjusted = tmp_path / "adjusted.eml"
    adjusted.write_bytes((REPO / "tests" / "corpus" / "holdout5" / "holdout5_048.eml").read_bytes())
    absent = tmp_path / "absent.eml"
    absent.write_bytes(make_reply(ABSENT))
    plain = run_classify(str(dispute), cwd=tmp_path)
    assert "explain" not in plain[0]
    lines = run_classify("--explain", str(dispute), str(adjusted), str(absent), cwd=tmp_path)
    assert [line["category"] for line in lines] == ["dispute", "dispute", "auto_reply"]
    first, second, third = (list(map(str, line["explain"])) for line in lines)  # type: ignore[call-overload]
    assert "cue dispute.fr.contest" in first
    assert any(line.startswith("model") and "le modèle : « " in line for line in first)
    assert any(line.startswith("adjust.") for line in second)
    assert third == ["autoreply"]
    assert not list(tmp_path.glob("*.db")) and not list(tmp_path.glob("*.sqlite*"))


def test_explain_is_in_the_help(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "relancebot", "classify", "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and "--explain" in done.stdout


@pytest.mark.parametrize("serious", sorted(SERIOUS))
def test_serious_is_what_the_issue_says(serious: str) -> None:
    assert serious in ("dispute", "payment_difficulty")
