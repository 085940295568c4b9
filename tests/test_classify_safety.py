"""The safety net alone: a payment statement with a condition on the work, a part kept back
or a "but" never stays reassuring, whatever cue made it reassuring."""

from __future__ import annotations

import pytest

from relancebot.classify.normalise import normalise
from relancebot.classify.safety import safety_net


@pytest.mark.parametrize(
    "words",
    [
        "Le virement partira vendredi, sauf la part du carrelage.",
        "Nous réglerons le 15 mais pas le supplément de peinture.",
        "Le paiement sera fait dès que la clôture sera d'aplomb.",
        "Payment goes out Friday, except the line for the skip hire.",
        "We'll transfer it once the heating actually works.",
        "Je veux bien payer le 30, mais le parquet gondole déjà.",
        "Happy to pay on Monday but the paint is peeling.",
    ],
)
def test_conditions_and_exceptions_withhold_reassurance(words: str) -> None:
    folded, _ = normalise(words)
    content, caution = safety_net({"promise_to_pay"}, folded)
    assert "dispute" in content, folded
    assert caution


@pytest.mark.parametrize(
    "words",
    [
        "Le virement partira vendredi, mais pas avant.",
        "Nous réglerons le 15, sauf erreur de notre part.",
        "We'll pay once the accountant is back on Monday.",
        "Je vous paie quand la subvention sera versée, vers le 20.",
        "We'll pay it but not all at once, half on Friday.",
    ],
)
def test_time_alone_is_no_condition_on_the_work(words: str) -> None:
    folded, _ = normalise(words)
    content, _ = safety_net({"promise_to_pay"}, folded)
    assert "dispute" not in content, folded
