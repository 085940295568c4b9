"""English ways of contesting: the amount, the work, the order, the debtor."""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    cue(
        "dispute.en.disagree",
        1.0,
        negatable=True,
        example="We dispute this invoice.",
        near_miss="We do not dispute this invoice.",
        pattern=(
        r"\b(disput(?!\w* with (a|an|one of|our|some) (\w+ )?(customer|client|supplier|tenant))|d"
        r"isagree\w*|overcharg\w*|incorrect(ly)?|wrong (amount|price|invoice|rate|"
        r"finish|colou?r|size|items?|quantity)|credit note|not as (quoted|agreed|ordered)|billed "
        r"twice|(invoiced|charged|billed) (us |me )?(twice|two times|double)|double[- ]billed|"
        r"complain\w*|defect\w*|faulty|damaged|broken|broke\b|warranty)"
        ),
    ),
    cue(
        "dispute.en.reissue",
        1.0,
        negatable=True,
        example="Please reissue the invoice at the quoted price.",
        near_miss="Please do not reissue the invoice.",
        pattern=(
        r"\b(reissue|re-issue|correct|amend|revise|cancel)( the| your| this)? (invoice|bill)\b"
        r"|\b(please )?reissue\b|\bat the quoted price|\bwithhold\w*|\bdeduct\w*|\bsnagging"
        ),
    ),
    cue(
        "dispute.en.quote-said",
        1.0,
        negatable=True,
        example="The quote said £800 for the whole job.",
        near_miss="The quote covers the whole job.",
        pattern=(
        r"\b(quote|estimate|order|contract)( \(?[\w-]+\)?)? (said|stated|was for|says|agreed)\b"
        r"|\bnot happy with|\bunhappy with|\bnot satisfied"
        ),
    ),
    cue(
        "dispute.en.did-not-order",
        1.0,
        negatable=True,
        example="We didn't order the extra panels.",
        near_miss="We ordered the extra panels.",
        pattern=(
        r"\b(did not|didn't|never) (order|agree|ask for|sign)|\b(late|missing) (delivery|items?|"
        r"parts?)|\bdelivery was (\w+ ){0,2}late"
        ),
    ),
    cue(
        "dispute.en.invoice-wrong",
        1.0,
        negatable=True,
        example="The invoice is wrong.",
        near_miss="The invoice is right.",
        pattern=(
        r"\b(invoice|amount|price|total|bill|figure)s? (is|was|looks|seems|are) (\w+ )?(wrong|"
        r"incorrect|too high|off|not right)|\bwe agreed (on|to)\b|\b\d[\d,.]* not \d"
        ),
    ),
    cue(
        "dispute.en.meant-free",
        1.0,
        negatable=True,
        example="The survey was meant to be included.",
        near_miss="The survey was not meant to be included.",
        pattern=(
        r"\bmeant to be (included|free)|\bshould (be|have been) (free|included|covered)"
        r"|\bsupposed to be covered"
        ),
    ),
    cue(
        "dispute.en.not-done",
        1.0,
        negatable=False,
        example="The job was never finished.",
        near_miss="The job was finished last week.",
        pattern=(
        r"\b(never|not|wasn't|weren't|isn't|hasn't been|haven't been) (ordered|finished|completed"
        r"|delivered|done|correct|what we agreed|fixed|resolved|addressed)"
        ),
    ),
    cue(
        "dispute.en.do-not-accept",
        1.0,
        negatable=False,
        example="We don't accept this invoice.",
        near_miss="We accept this invoice.",
        pattern=(
        r"\b(do not|don't|will not|won't|cannot|can't|can not) (agree|accept) (the|this|your)"
        ),
    ),
    cue(
        "dispute.en.not-paying",
        1.0,
        negatable=False,
        example="We are not paying for this.",
        near_miss="We are paying for this today.",
        pattern=(
        r"\b(not|won't be|will not be|we're not|we are not|i'm not|not) paying\b(?! (us|me)\b)"
        ),
    ),
    cue(
        "dispute.en.until-fixed",
        1.0,
        negatable=False,
        example="Nothing will be paid until it's fixed.",
        near_miss="We'll pay once you send the invoice.",
        pattern=(
        r"\b(until|before) (that's|it's|this is|that is|they're|it has been|you) (\w+ ){0,2}"
        r"(resolved|fixed|sorted|corrected|repaired|done|finished)|\bbefore we pay\b"
        ),
    ),
    cue(
        "dispute.en.refuse",
        1.0,
        negatable=False,
        example="We refuse to pay this bill.",
        near_miss="We are happy to pay this bill.",
        pattern=(
        r"\brefuse\w* to pay|\bnever (carried out|happened|took place|performed|done)|"
        r"\bnot a (cent|penny|dime)\b|\bdoes not match|\bdoesn't match|\bdo not match"
        ),
    ),
)
# fmt: on
