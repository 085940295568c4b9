"""`relancebot init`: a working, commented firm folder in one command.

The config written runs on the embedded defaults (no [smtp], no [imap]): nothing leaves the
machine until the firm decides so. It is checked by the same loader as every start-up before a
byte is written, so `init` never leaves a config that the next command refuses.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template

from relancebot.config import parse_settings
from relancebot.errors import RelancebotError
from relancebot.store.files import private_dir

INVOICES_FOLDER = "factures"


class FirmFolderExists(RelancebotError):
    """The folder already holds a config.toml: init never overwrites one."""


@dataclass(frozen=True)
class InitResult:
    folder: Path
    config: Path
    invoices: Path


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes, \uXXXX for control characters).
    return json.dumps(value, ensure_ascii=False)


def config_text(firm_name: str, firm_email: str) -> str:
    template = resources.files("relancebot.setup").joinpath("config.toml.in").read_text("utf-8")
    return Template(template).substitute(
        firm_name=_toml_string(firm_name), firm_email=_toml_string(firm_email)
    )


def init_firm_folder(folder: Path, firm_name: str, firm_email: str) -> InitResult:
    """Create `folder` with config.toml and factures/; refuse if a config.toml is there."""
    config = folder / "config.toml"
    if config.exists():
        raise FirmFolderExists(f"{config} existe déjà : rien n'a été modifié")
    text = config_text(firm_name, firm_email)
    import tomllib

    parse_settings(tomllib.loads(text), folder.resolve())  # a ConfigError names the bad value
    if not folder.exists():  # a folder of ours: owner-only (an existing one is left as it is)
        private_dir(folder)
    invoices = private_dir(folder / INVOICES_FOLDER)  # the invoices are customer data
    # O_EXCL: two `init` at once, or a file appearing meanwhile, is never overwritten.
    try:
        fd = os.open(config, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise FirmFolderExists(f"{config} existe déjà : rien n'a été modifié") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return InitResult(folder, config, invoices)
