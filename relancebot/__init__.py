"""relancebot: chases unpaid invoices by email, reads the replies, and hands people the rest."""

from __future__ import annotations

__version__ = "0.1.0"
