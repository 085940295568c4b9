"""English ways of saying the customer cannot pay now, asks for time or for instalments."""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    cue(
        "payment_difficulty.en.cash-flow",
        1.0,
        negatable=True,
        example="Could we set up a payment plan?",
        near_miss="We don't need a payment plan.",
        pattern=(
        r"\b(cash[- ]?flow|payment plan|instal+ments?|financial (difficult|trouble|problem)\w*"
        r"|more time|extension|partial payments?|spread (the )?payments?|cash preservation)"
        ),
    ),
    cue(
        "payment_difficulty.en.insolvency",
        1.0,
        negatable=True,
        example="The company has gone into administration.",
        near_miss="Please contact our administration team.",
        pattern=(
        r"\bstruggling|\bcan you wait|\bcould you wait|\b(insolven\w*|receivership|(?:in|into|ent"
        r"ered) administration"
        r"|administrators? (?:have been |were |has been )?appointed|bankrupt\w*|chapter 11"
        r"|liquidat\w*|creditors?)\b(?![@.]\w)"
        ),
    ),
    cue(
        "payment_difficulty.en.tight",
        1.0,
        negatable=True,
        example="Money is tight at the moment.",
        near_miss="Money isn't an issue at the moment.",
        pattern=(
        r"\b(things are|money is|cash is|finances are|it's|funds are) (\w+ )?(tight|short|low)|\b"
        r"business (has been|is)"
        r" (\w+ )?(slow|quiet|bad)|\bflexibility on|\bnet ?(60|90|120)\b|\b\d+ a month\b"
        ),
    ),
    cue(
        "payment_difficulty.en.half-now",
        1.0,
        negatable=True,
        example="Can we pay half now and the rest next month?",
        near_miss="We paid half last month and the rest now.",
        pattern=(
        r"\b(half|part|some|a part|a portion) now and (the rest|half|the remainder|the balance|"
        r"the other half)|\b(deferred|postponed|(?<!was )(?<!were )(?<!been )on hold|delayed) "
        r"(by|until|pending)|\bfunding (ro"
        r"und )?(is )?"
        r"(delayed|late)|\b(?<!was )(?<!were )(?<!been )on hold until\b"
        r"|\bgive us (until|more|a few)"
        ),
    ),
    cue(
        "payment_difficulty.en.cannot-pay",
        1.0,
        negatable=False,
        example="We can't pay this month.",
        near_miss="We can't pay via the portal.",
        pattern=(
        r"\b(can't|cannot|can not|unable to|not able to|won't be able to) (\w+ )?(pay|settle|"
        r"cover|afford)(?!\w* (\w+ )?(outside|earlier|ahead|early|sooner|via|by email|through))"
        ),
    ),
)
# fmt: on
