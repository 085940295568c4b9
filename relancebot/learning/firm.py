"""A firm's own reply model: the shipped corpus plus the person's corrections, judged before use.

`learn` trains a candidate on the corpus shipped with relancebot and the firm's corrections
(`replies relabel`, the web page's "corriger la catégorie"), each counting `CORRECTION_WEIGHT`
times, then scores it and the model in use (the firm's, or the shipped one) on replies that no
model ever trains on: the shipped `eval` corpora and a stable quarter of the firm's corrections,
chosen by a hash of the reply's id (the same ones every time). That quarter is the price of an
honest judgement: those corrections are never learned. The candidate is used unless it reads the
held-out replies worse (a lower macro-F1, or more dangerous errors); either way the decision and
its figures are stored (relancebot.store.reply_models) and journalled.

scikit-learn is imported here (through relancebot.learning.train): only `learn` and the
service's daily auto-learn import this module.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from relancebot.classify.classifier import customer_words
from relancebot.classify.learned import ReplyModel, model_from_json, shipped_model
from relancebot.errors import RelancebotError
from relancebot.learning.dataset import LEARNED, Example, shipped
from relancebot.learning.train import Scores, macro_f1_of, train
from relancebot.store.connection import Database
from relancebot.store.records import COMMAND, record_event
from relancebot.store.reply_models import active_model, active_model_json, save_candidate
from relancebot.store.reply_review import labelled_replies

log = logging.getLogger(__name__)

CORRECTION_WEIGHT = 3.0
HELD_OUT_SHARE = 4  # one correction in four is kept to judge the models, never learned


class NothingToLearn(RelancebotError):
    """No correction a model could learn from (none yet, or all kept to judge the models)."""

    exit_code = 1


@dataclass(frozen=True)
class LearnOutcome:
    used: bool  # the candidate reads the replies from now on
    model_id: int
    trained_at: dt.datetime
    examples: int  # trained on
    corrections: int  # the firm's corrections among them
    held_out: int  # replies the two models were judged on
    held_out_corrections: int  # the firm's corrections among them
    candidate: Scores
    previous: Scores
    previous_name: str  # "livré" or "société (#3)"
    seconds: float


def held_out(reply_id: int) -> bool:
    """The same quarter of the corrections every time: a hash of the reply's id."""
    digest = hashlib.sha256(f"relancebot-held-out:{reply_id}".encode()).digest()
    return digest[0] % HELD_OUT_SHARE == 0


def corrections(db: Database) -> list[Example]:
    """The firm's corrections a model can learn from: a customer's own words, in a learned
    category (bounces and automatic replies are the rules' business); a reply too large to
    have been downloaded, or with no words of its own, is left out."""
    found = []
    for row in labelled_replies(db):
        if row["category"] not in LEARNED or row["raw"] is None:
            continue
        text = customer_words(bytes(row["raw"]))
        if not text.strip():
            continue
        found.append(
            Example(
                text=text,
                category=str(row["category"]),
                source=f"correction/{row['reply_id']}",
                weight=CORRECTION_WEIGHT,
            )
        )
    return found


def _reply_id(example: Example) -> int:
    return int(example.source.split("/", 1)[1])


def current_model(db: Database) -> tuple[ReplyModel, str]:
    """The model that reads the firm's replies now, and how `learn` names it."""
    stored = active_model(db)
    text = active_model_json(db)
    if stored is None or text is None:
        return shipped_model(), "livré avec relancebot"
    return model_from_json(text), f"propre à la société (n° {stored.id})"


def worse(candidate: Scores, previous: Scores) -> bool:
    return candidate.macro_f1 < previous.macro_f1 or candidate.dangerous > previous.dangerous


def learn(
    db: Database,
    now: dt.datetime,
    *,
    actor: str = COMMAND,
    regularisations: Sequence[float] | None = None,
) -> LearnOutcome:
    """Train, judge, keep or use, journal. Raises NothingToLearn without training."""
    started = time.perf_counter()
    firm = corrections(db)
    learned = [e for e in firm if not held_out(_reply_id(e))]
    kept = [e for e in firm if held_out(_reply_id(e))]
    if not firm:
        raise NothingToLearn(
            "rien à apprendre : aucune correction de réponse (`relancebot replies relabel ID "
            "CATEGORIE`, ou « corriger la catégorie » dans les pages web)"
        )
    if not learned:
        raise NothingToLearn(
            f"rien à apprendre : {len(kept)} correction(s), toutes gardées pour juger le "
            "modèle (une sur quatre l'est) ; corrigez d'autres réponses"
        )
    if regularisations is None:
        regularisations = (float(shipped_model().data["regularisation"]),)
    examples = [*shipped("train"), *learned]
    trained = train(examples, now, regularisations=regularisations)
    judge = [*shipped("eval"), *kept]
    previous_model, previous_name = current_model(db)
    candidate = macro_f1_of(trained.model, judge)
    previous = macro_f1_of(previous_model, judge)
    used = not worse(candidate, previous)
    data = dict(trained.model.data)
    evaluation = {
        "held_out": len(judge),
        "held_out_corrections": len(kept),
        "candidate": candidate.as_dict(),
        "previous": previous.as_dict(),
        "previous_model": previous_name,
    }
    data["evaluation"] = evaluation
    trained_at = now.astimezone(dt.UTC).replace(microsecond=0)
    model_json = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    figures = (
        f"macro-F1 {candidate.macro_f1:.3f} contre {previous.macro_f1:.3f}, erreurs "
        f"dangereuses {candidate.dangerous} contre {previous.dangerous}, sur {len(judge)} "
        "réponses jamais apprises"
    )
    with db.atomic():
        model_id = save_candidate(
            db,
            model_json=model_json,
            trained_at=trained_at,
            examples=len(examples),
            corrections=len(learned),
            evaluation=evaluation,
            used=used,
            now=now,
        )
        record_event(
            db,
            now,
            "reply_model_used" if used else "reply_model_kept_previous",
            (
                f"Nouveau modèle de lecture des réponses utilisé ({len(learned)} corrections "
                f"apprises) : {figures}"
                if used
                else f"Nouveau modèle de lecture écarté, le précédent ({previous_name}) "
                f"reste : {figures}"
            ),
            detail={"model_id": model_id, **evaluation},
            actor=actor,
        )
    seconds = time.perf_counter() - started
    log.info(
        "apprentissage : modèle %s %s en %.1f s (%s)",
        model_id, "utilisé" if used else "écarté", seconds, figures,
    )  # fmt: skip
    return LearnOutcome(
        used=used,
        model_id=model_id,
        trained_at=trained_at,
        examples=len(examples),
        corrections=len(learned),
        held_out=len(judge),
        held_out_corrections=len(kept),
        candidate=candidate,
        previous=previous,
        previous_name=previous_name,
        seconds=seconds,
    )
