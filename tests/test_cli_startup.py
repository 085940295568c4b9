"""Start-up: every command is listed and works, and the everyday commands import nothing heavy.

Which modules a command imports is deterministic, so it is what is tested here; the time it
takes is measured by bench/bench_startup.py, never asserted.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import relancebot.commands
from relancebot.cli import LazyGroup, main
from relancebot.commands import COMMANDS, load_all
from tests.conftest import Firm

# Each costs from a twentieth to half a second to import; none is needed to list the commands,
# to say how the service is, to show the plan or a case.
HEAVY = (
    "aiosmtpd",
    "apscheduler",
    "babel",
    "email_validator",
    "flufl.bounce",
    "fpdf",
    "holidays",
    "imapclient",
    "jinja2",
    "numpy",  # and scipy, sklearn: training only (`relancebot learn`), never to read a reply
    "scipy",
    "sklearn",
    "sqlite_utils",  # only to apply pending migrations
)

# Runs the CLI in a fresh interpreter, then says which heavy modules it left loaded.
PROBE = """
import json, sys
from relancebot.cli import main
try:
    main.main(sys.argv[2:], prog_name="relancebot")
except SystemExit:
    pass
print("HEAVY=" + json.dumps([name for name in json.loads(sys.argv[1]) if name in sys.modules]))
"""


def heavy_modules_after(*args: str, cwd: Path | None = None) -> list[str]:
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )
    last = completed.stdout.strip().splitlines()[-1] if completed.stdout.strip() else ""
    assert last.startswith("HEAVY="), completed.stdout + completed.stderr
    loaded: list[str] = json.loads(last.removeprefix("HEAVY="))
    return loaded


def listed_commands(help_text: str) -> list[str]:
    section = help_text.split("\nCommands:\n", 1)[1]
    return [line.split()[0] for line in section.splitlines() if line.startswith("  ")]


def commands_section(group: click.Group, width: int) -> str:
    ctx = click.Context(group, info_name="relancebot")
    formatter = click.HelpFormatter(width=width)
    group.format_commands(ctx, formatter)
    return formatter.getvalue()


def test_every_listed_command_resolves_and_has_help() -> None:
    runner = CliRunner()
    listed = listed_commands(runner.invoke(main, ["--help"]).output)
    assert listed == sorted(COMMANDS)
    for name in listed:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, f"{name}: {result.output}"
        assert COMMANDS[name][1].split()[0] in result.output, name


def test_the_table_says_where_each_command_is_and_its_help() -> None:
    """A command added to a module but not to COMMANDS would be missing from --help."""
    for module in pkgutil.iter_modules(relancebot.commands.__path__):
        importlib.import_module(f"relancebot.commands.{module.name}")
    assert sorted(main.commands) == sorted(COMMANDS)
    for name, (module, first_paragraph) in COMMANDS.items():
        command = main.commands[name]
        assert command.callback is not None
        assert command.callback.__module__ == f"relancebot.commands.{module}", name
        listed = " ".join((command.help or "").partition("\n\n")[0].split())
        assert listed == first_paragraph, name


@pytest.mark.parametrize("width", [50, 80, 120])
def test_the_lazy_listing_is_what_click_would_print(width: int) -> None:
    load_all()
    nothing_imported = LazyGroup("relancebot")  # lists from the table alone
    eager = click.Group("relancebot", commands=main.commands)
    assert commands_section(nothing_imported, width) == commands_section(eager, width)


def test_help_imports_no_heavy_library() -> None:
    assert heavy_modules_after("--help") == []


def test_python_dash_m_still_works() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "relancebot", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert listed_commands(completed.stdout) == sorted(COMMANDS)


def test_status_plan_and_case_import_no_heavy_library(firm: Firm) -> None:
    for number in ("F-1", "F-2"):
        firm.pdf(number)
    invoices = firm.csv(
        "factures.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf
        F-1,Boulangerie Dupont,compta@dupont.example,"1 250,00",2026-10-02,2026-11-01,factures/F-1.pdf
        F-2,Mairie,finances@mairie.example,1020.00,2026-11-15,2026-12-14,factures/F-2.pdf
        """,
    )
    firm.run("import-invoices", str(invoices), now="2026-12-07T09:00")
    common = ("--config", str(firm.config), "--now", "2026-12-07T09:00")
    for command in (["status"], ["plan"], ["case", "F-1"]):
        loaded = heavy_modules_after(*common, *command, cwd=firm.root)
        # Reading a config checks its email addresses: that one is needed.
        assert [name for name in loaded if name != "email_validator"] == [], command


def test_plan_abbreviates_the_days_as_babel_does() -> None:
    from babel.dates import format_datetime

    from relancebot.commands.sending import DAYS_FR

    for day in range(7, 14):  # Monday 7 December 2026 to Sunday
        moment = dt.datetime(2026, 12, day, 9, 0)
        assert DAYS_FR[moment.weekday()] == format_datetime(moment, "EEE", locale="fr_FR")
