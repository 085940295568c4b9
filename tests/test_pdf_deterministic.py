"""PDFs depend on `now`, never on the wall clock: fpdf2 writes the creation time into the
document and derives its /ID from it, so a PDF rebuilt a second later must still be equal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from relancebot.config import load_settings
from relancebot.review.cases import resolve
from relancebot.review.letter import prepare_letter

from .conftest import Firm, pdf_bytes
from .review_helpers import at, db_of, setup_firm


def wall_clock_at(monkeypatch: pytest.MonkeyPatch, moment: dt.datetime) -> None:
    """What fpdf2 reads as the current time (it imports `datetime` into its modules)."""
    import fpdf.fpdf
    import fpdf.output

    class AnyDatetime(type):
        def __instancecheck__(cls, instance: object) -> bool:  # fpdf2 checks its arguments
            return isinstance(instance, dt.datetime)

    class Clock(dt.datetime, metaclass=AnyDatetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Clock:
            return cls.fromtimestamp(moment.timestamp(), tz)

    monkeypatch.setattr(fpdf.fpdf, "datetime", Clock)
    monkeypatch.setattr(fpdf.output, "datetime", Clock)


def test_the_tests_invoice_pdfs_ignore_the_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    wall_clock_at(monkeypatch, dt.datetime(2026, 11, 3, 9, 30, 1, tzinfo=dt.UTC))
    first = pdf_bytes("F-2026-0420")
    wall_clock_at(monkeypatch, dt.datetime(2027, 5, 17, 23, 59, 59, tzinfo=dt.UTC))
    assert pdf_bytes("F-2026-0420") == first
    assert pdf_bytes("F-2026-0421") != first


def test_the_formal_notice_depends_on_now_only(
    firm: Firm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_firm(firm)
    settings = load_settings(firm.config, explicit=True)
    db = db_of(firm)

    def letter(now: str) -> bytes:
        return prepare_letter(db, settings, resolve(db, "F-3"), at(now), tmp_path / "no-font").pdf

    wall_clock_at(monkeypatch, dt.datetime(2026, 12, 3, 9, 0, 1, tzinfo=dt.UTC))
    first = letter("2026-12-03T10:00")
    wall_clock_at(monkeypatch, dt.datetime(2027, 1, 9, 17, 3, 12, tzinfo=dt.UTC))
    assert letter("2026-12-03T10:00") == first
    assert b"20261203" in first  # the creation date is `now`
    assert letter("2026-12-04T10:00") != first
