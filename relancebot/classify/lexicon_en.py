"""English ways of speaking, per category, as data (same conventions as lexicon_fr)."""

from __future__ import annotations

from relancebot.classify.cue import Group, group

INVOICE = r"(?:the |this |your |that |our |an |a )?(?:invoices?|bill|statement)"

# fmt: off
ENGLISH: list[Group] = [
    group("dispute", 1.0, True,
        r"\b(disput(?!\w* with (a|an|one of|our|some) (\w+ )?(customer|client|supplier|tenant))|d"
        r"isagree\w*|overcharg\w*|incorrect(ly)?|wrong (amount|price|invoice|rate|"
        r"finish|colou?r|size|items?|quantity)|credit note|not as (quoted|agreed|ordered)|billed "
        r"twice|(invoiced|charged|billed) (us |me )?(twice|two times|double)|double[- ]billed|"
        r"complain\w*|defect\w*|faulty|damaged|broken|broke\b|warranty)",
        r"\b(reissue|re-issue|correct|amend|revise|cancel)( the| your| this)? (invoice|bill)\b"
        r"|\b(please )?reissue\b|\bat the quoted price|\bwithhold\w*|\bdeduct\w*|\bsnagging",
        r"\b(quote|estimate|order|contract)( \(?[\w-]+\)?)? (said|stated|was for|says|agreed)\b"
        r"|\bnot happy with|\bunhappy with|\bnot satisfied",
        r"\b(did not|didn't|never) (order|agree|ask for|sign)|\b(late|missing) (delivery|items?|"
        r"parts?)|\bdelivery was (\w+ ){0,2}late",
        r"\b(invoice|amount|price|total|bill|figure)s? (is|was|looks|seems|are) (\w+ )?(wrong|"
        r"incorrect|too high|off|not right)|\bwe agreed (on|to)\b|\b\d[\d,.]* not \d",
        r"\bmeant to be (included|free)|\bshould (be|have been) (free|included|covered)"
        r"|\bsupposed to be covered",
    ),
    group("dispute", 1.0, False,
        r"\b(never|not|wasn't|weren't|isn't|hasn't been|haven't been) (ordered|finished|completed"
        r"|delivered|done|correct|what we agreed|fixed|resolved|addressed)",
        r"\b(do not|don't|will not|won't|cannot|can't|can not) (agree|accept) (the|this|your)",
        r"\b(not|won't be|will not be|we're not|we are not|i'm not|not) paying\b(?! (us|me)\b)",
        r"\b(until|before) (that's|it's|this is|that is|they're|it has been|you) (\w+ ){0,2}"
        r"(resolved|fixed|sorted|corrected|repaired|done|finished)|\bbefore we pay\b",
        r"\brefuse\w* to pay|\bnever (carried out|happened|took place|performed|done)|"
        r"\bnot a (cent|penny|dime)\b|\bdoes not match|\bdoesn't match|\bdo not match",
    ),
    group("payment_difficulty", 1.0, True,
        r"\b(cash[- ]?flow|payment plan|instal+ments?|financial (difficult|trouble|problem)\w*"
        r"|more time|extension|partial payments?|spread (the )?payments?|cash preservation)",
        r"\bstruggling|\bcan you wait|\bcould you wait|\b(insolven\w*|receivership|(?:in|into|ent"
        r"ered) administration"
        r"|administrators? (?:have been |were |has been )?appointed|bankrupt\w*|chapter 11"
        r"|liquidat\w*|creditors?)\b(?![@.]\w)",
        r"\b(things are|money is|cash is|finances are|it's|funds are) (\w+ )?(tight|short|low)|\b"
        r"business (has been|is)"
        r" (\w+ )?(slow|quiet|bad)|\bflexibility on|\bnet ?(60|90|120)\b|\b\d+ a month\b",
        r"\b(half|part|some|a part|a portion) now and (the rest|half|the remainder|the balance|"
        r"the other half)|\b(deferred|postponed|(?<!was )(?<!were )(?<!been )on hold|delayed) "
        r"(by|until|pending)|\bfunding (ro"
        r"und )?(is )?"
        r"(delayed|late)|\b(?<!was )(?<!were )(?<!been )on hold until\b"
        r"|\bgive us (until|more|a few)",
    ),
    group("payment_difficulty", 1.0, False,
        r"\b(can't|cannot|can not|unable to|not able to|won't be able to) (\w+ )?(pay|settle|"
        r"cover|afford)(?!\w* (\w+ )?(outside|earlier|ahead|early|sooner|via|by email|through))",
    ),
    group("wrong_contact", 1.0, True,
        r"\b(left the (company|business|firm)|no longer (with|works|working|in charge|responsible"
        r"|handles|deals|dealing)|wrong (person|contact|address|department|guy|one|company|firm"
        r"|business|customer|outfit|\w+ i think)"
        r"|not the right (person|contact|guy|address|department|one))",
        r"\b(please|kindly) (contact|write to|email|e-mail|send (it|this|invoices?|anything|all|"
        r"them|reminders?)( [\w-]+){0,4} to\b(?! (us|me)\b)|forward (it|this) to"
        r"|address (it|this|your \w+) to"
        r"|redirect|direct)"
        r"|the right (person|contact) is\b",
        r"\b(from now on|going forward)\b.{0,80}@|\b(has|have) left\b|\bnew (contact|address|"
        r"person|email) (is|will be)\b|\b(moved to|changed) (a )?(new )?(role|"
        r"position|department|job)",
        r"\b(copying|cc'?ing|i've copied|i have copied|forwarded this to|forwarding this to)"
        r" (him|her|them|\w+)|\byou (probably )?want\b",
        r"\b(our|the) (accounts|finance|payables|ap) (person|contact) is\b"
        r"|\bnot finance\b|\bhandled by\b|\bdoes not accept invoices|\bsubmit them through",
    ),
    group("not_received", 1.0, False,
        r"\b(never|not|didn't|did not|haven't|have not|hasn't|has not) ({W})?(received|got|gotten"
        r"|seen|arrived|come through|came through)",
        r"\bno (record|trace) of|\bnot (in|on) (our|the) (system|records|ledger)|\bno (attachment"
        r"|invoice"
        r" attached|pdf)|\bnothing (was )?attached",
        r"\b(can't|cannot|could not|couldn't|unable to) (find|locate|open|read|download)"
        r"|\b(won't|doesn't|didn't|does not) open|\bnot supported|\bcorrupt\w*|\bblank pdf",
    ),
    group("not_received", 1.0, True,
        r"\b(resend|re-send|resubmit (the |your |a )?(invoice|bill|copy)|re-submit|send (us|me) ("
        r"a copy|the invoice|it again|again"
        r"|another)|(send|email|e-mail|forward) it (as|again)|copy of the invoice|got lost|been l"
        r"ost|went missing)",
    ),
    group("already_paid", 1.0, True,
        r"\b(already (been )?paid|has been (paid|settled)|was (paid|settled)|were paid|we paid|"
        r"i paid|(payment|transfer|wire|cheque|check)( #?\d+)?( [\w#,.€$-]+){0,6} "
        r"(was|has been|went) "
        r"(made|sent|done|executed|out|issued|mailed|posted)|proof of payment|remittance|paid "
        r"(on|it|this|the invoice|in full|via|by|yesterday|today|last)\b|confirmation attached"
        r"|payment reference)",
        r"^\s*paid\b|\bpaid!",
        r"\b(we|i|they|our client|the customer) (have |has )?(already )?(settled|paid|transferred|"
        r"wired|mailed|sent) (this|the|it|your|you|payment|a cheque|a check)\b",
    ),
    group("promise_to_pay", 1.0, True,
        r"\b(will|shall|'ll) (be )?(make sure it's |get (this|it) )?(pa(y|id)|settl\w*|process\w*|"
        r"transfer\w*|send|sent|wire\w*|execut\w*|sorted|includ\w*|releas\w*|issu\w*|initiat\w*"
        r"|schedul\w*|make (the )?payment)"
        r"|\bgoing to (pay|settle)|\bpayment (is )?(scheduled|planned|in progress|on (its|the) "
        r"way|being processed|will)|\bare processing",
        r"\b(scheduled|approved|released) for (payment|our)|\bpayment run|\b(cut|issue|pay) "
        r"(checks|cheques)|\bbatch\b|\bpending approval",
    ),
]
# fmt: on
