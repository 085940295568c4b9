"""English ways of saying the reminder reached the wrong person: write elsewhere."""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    cue(
        "wrong_contact.en.left",
        1.0,
        negatable=True,
        example="John left the company in March.",
        near_miss="John joined the company in March.",
        pattern=(
        r"\b(left the (company|business|firm)|no longer (with|works|working|in charge|responsible"
        r"|handles|deals|dealing)|wrong (person|contact|address|department|guy|one|company|firm"
        r"|business|customer|outfit|\w+ i think)"
        r"|not the right (person|contact|guy|address|department|one))"
        ),
    ),
    cue(
        "wrong_contact.en.please-contact",
        1.0,
        negatable=True,
        example="Please contact our head office.",
        near_miss="Thank you for contacting our office.",
        pattern=(
        r"\b(please|kindly) (contact|write to|email|e-mail|send (it|this|invoices?|anything|all|"
        r"them|reminders?)( [\w-]+){0,4} to\b(?! (us|me)\b)|forward (it|this) to"
        r"|address (it|this|your \w+) to"
        r"|redirect|direct)"
        r"|the right (person|contact) is\b"
        ),
    ),
    cue(
        "wrong_contact.en.has-left",
        1.0,
        negatable=True,
        example="Sarah has left, the new contact is Tom.",
        near_miss="Sarah has not left yet.",
        pattern=(
        r"\b(from now on|going forward)\b.{0,80}@|\b(has|have) left\b|\bnew (contact|address|"
        r"person|email) (is|will be)\b|\b(moved to|changed) (a )?(new )?(role|"
        r"position|department|job)"
        ),
    ),
    cue(
        "wrong_contact.en.copying",
        1.0,
        negatable=True,
        example="I'm copying our bookkeeper.",
        near_miss="I'm not copying anyone.",
        pattern=(
        r"\b(copying|cc'?ing|i've copied|i have copied|forwarded this to|forwarding this to)"
        r" (him|her|them|\w+)|\byou (probably )?want\b"
        ),
    ),
    cue(
        "wrong_contact.en.handled-by",
        1.0,
        negatable=True,
        example="Invoices are handled by our parent company.",
        near_miss="Invoices are handled here.",
        pattern=(
        r"\b(our|the) (accounts|finance|payables|ap) (person|contact) is\b"
        r"|\bnot finance\b|\bhandled by\b|\bdoes not accept invoices|\bsubmit them through"
        ),
    ),
)
# fmt: on
