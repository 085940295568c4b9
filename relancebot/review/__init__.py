"""The person's side: the daily digest, the cases and the calls, the report, the formal notice.

Everything here reads and writes the store; the command line (commands/cases.py, decisions.py,
commands/review.py) only parses arguments and prints.
"""
