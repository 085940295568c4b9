"""Every command, and every subcommand of a group, has its help text and its row in the README's
commands tables: a command a newcomer cannot find does not exist for them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click

from relancebot.cli import main
from relancebot.commands import COMMANDS, load_all

README = Path(__file__).parent.parent / "README.md"


def every_command() -> Iterator[tuple[str, click.Command]]:
    load_all()
    for name in sorted(COMMANDS):
        command = main.commands[name]
        yield name, command
        if isinstance(command, click.Group):
            for sub, subcommand in sorted(command.commands.items()):
                yield f"{name} {sub}", subcommand


def table_rows() -> list[str]:
    return [
        line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("|")
    ]


def documented(name: str, rows: list[str]) -> bool:
    """`name` opens a code span of a row (`outbox resend ID`), or follows `relancebot `; a
    longer command (`cases` for `case`) does not count."""
    spelled = re.compile(rf"(`|relancebot ){re.escape(name)}(?![\w-])")
    return any(spelled.search(row) for row in rows)


def test_every_command_has_help_text() -> None:
    missing = [name for name, command in every_command() if not (command.help or "").strip()]
    assert missing == []


def test_every_command_is_in_the_readme_commands_table() -> None:
    rows = table_rows()
    missing = [name for name, _ in every_command() if not documented(name, rows)]
    assert missing == []


def test_the_table_names_only_whole_commands() -> None:
    rows = ["| `cases` | the open cases |", "| `outbox [--all]`, `outbox resend ID` | queue |"]
    assert not documented("case", rows)
    assert documented("cases", rows) and documented("outbox resend", rows)
    assert not documented("outbox dismiss", rows)
