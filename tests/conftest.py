"""Shared fixtures: real servers on loopback, a throwaway firm folder, the CLI."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from relancebot.cli import main

pytest_plugins = ["tests.servers.smtp", "tests.servers.dovecot"]


def pdf_bytes(label: str) -> bytes:
    """A small but real PDF, different for every label, so attachments can be compared: the
    same bytes whenever it is made (fpdf2 writes the creation time into the PDF and its /ID)."""
    import datetime as dt

    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2026, 10, 1, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(text=f"Facture {label}")
    return bytes(pdf.output())


@dataclass
class Firm:
    """A firm's folder: config.toml, invoices/ with PDFs, and the CLI run against it."""

    root: Path

    @property
    def config(self) -> Path:
        return self.root / "config.toml"

    def write_config(self, extra: str = "") -> None:
        self.config.write_text(
            textwrap.dedent("""\
            timezone = "Europe/Paris"
            [firm]
            name = "Atelier Morel SARL"
            email = "relances@atelier-morel.fr"
            phone = "01 23 45 67 89"
            [review]
            email = "gerant@atelier-morel.fr"
            """)
            + textwrap.dedent(extra),
            encoding="utf-8",
        )

    def pdf(self, number: str) -> Path:
        path = self.root / "factures" / f"{number}.pdf"
        path.parent.mkdir(exist_ok=True)
        if not path.exists():
            path.write_bytes(pdf_bytes(number))
        return path

    def csv(self, name: str, text: str) -> Path:
        path = self.root / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def run(self, *args: str, now: str | None = None, ok: bool = True) -> Result:
        argv = ["--config", str(self.config)]
        if now:
            argv += ["--now", now]
        result = CliRunner().invoke(main, [*argv, *args], catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result


@pytest.fixture
def firm(tmp_path: Path) -> Firm:
    f = Firm(tmp_path / "firm")
    f.root.mkdir()
    f.write_config()
    return f


@pytest.fixture
def make_firm(tmp_path: Path) -> Iterator[Callable[[str], Firm]]:
    def make(name: str) -> Firm:
        f = Firm(tmp_path / name)
        f.root.mkdir()
        f.write_config()
        return f

    yield make
