"""relancebot's refusals: one small hierarchy, each class saying what it means for the caller.

A :class:`RelancebotError` is a refusal a person can act on: its message, in French, names what
was refused and what to do about it. The command line prints it on one line (``relancebot.cli``)
with its ``exit_code``; the web pages show it beside the form. Anything else that escapes is a
bug and keeps its traceback: a bare ``ValueError`` is never taken for a person's mistake.

    RelancebotError
    ├── InvalidValue (also a ValueError)   a value typed or read that cannot be used
    │   ├── InvalidDecision                parts of a decision that do not go together
    │   ├── core.money.AmountError         an amount that is not money
    │   └── outgoing.compose.AttachmentsTooLarge
    ├── NotFound (also a LookupError)      nothing known under that name
    │   ├── UnknownInvoice
    │   └── UnknownCustomer
    ├── NotAllowedNow                      understood, but the case's state refuses it now
    │   └── outgoing.decisions.NotSettleable
    ├── FileProblem                        a file cannot be read or written as needed
    │   └── outgoing.reminders.PdfUnavailable
    ├── config.ConfigError                 the configuration (workspace.WorkspaceError, ...)
    ├── store.database.StoreError          the database (AlreadyRunning, ...)
    ├── outgoing.render.TemplateProblem    a template that cannot be rendered
    ├── setup.firm_folder.FirmFolderExists init never overwrites a config.toml
    ├── importing.csvfile.ImportRejected   a file refused whole (exit code 1)
    └── service.tick.PassFailed            a pass that stopped before its end (exit code 1)

This module imports nothing of relancebot, so the pure core may raise these too.
"""

from __future__ import annotations

__all__ = [
    "FileProblem",
    "InvalidDecision",
    "InvalidValue",
    "NotAllowedNow",
    "NotFound",
    "RelancebotError",
    "UnknownCustomer",
    "UnknownInvoice",
]


class RelancebotError(Exception):
    """A refusal a person can act on; ``str(exc)`` is the French message to show."""

    exit_code: int = 2  # the command line's exit status for it


class InvalidValue(RelancebotError, ValueError):
    """A value typed by a person or read from a file that cannot be used (a date, an amount,
    an address, an option). Also a ValueError, for the parsers that collect a file's bad lines."""


class InvalidDecision(InvalidValue):
    """The parts of a decision do not go together (a promise without its date)."""


class NotFound(RelancebotError, LookupError):
    """Nothing is known under that name (an invoice number, a customer code)."""


class UnknownInvoice(NotFound):
    """No invoice of that number."""


class UnknownCustomer(NotFound):
    """No customer of that code."""


class NotAllowedNow(RelancebotError):
    """The request is understood, but the state of the case refuses it now (an invoice already
    paid, a message that waits for no decision)."""


class FileProblem(RelancebotError):
    """A file cannot be read or written as needed: an invoice's PDF gone since its import, a
    folder that refuses us, a copy that is not sound."""
