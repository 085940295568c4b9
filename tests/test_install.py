"""relancebot as a user installs it: a wheel in a fresh virtual environment, used from a folder
that has nothing to do with the source tree (`pip install .` / `pipx install .`).

The wheel must carry the templates: installed that way, relancebot once found none, logged
"gabarit introuvable" for every reminder and sent nothing.
"""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import pdf_bytes
from .servers.smtp import SmtpServer

SOURCE = Path(__file__).resolve().parents[1]
# What a wheel is built from: the package and its metadata, nothing of ours lying around.
NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
)
TOP_LEVEL = ("relancebot", "pyproject.toml", "README.md", "LICENSE")


def copy_source(target: Path) -> None:
    target.mkdir()
    for name in TOP_LEVEL:
        path = SOURCE / name
        if path.is_dir():
            shutil.copytree(path, target / name, ignore=NOT_SOURCE)
        elif path.exists():
            shutil.copy2(path, target / name)


def clean_env(home: Path) -> dict[str, str]:
    """No trace of the developer's environment: no venv on PATH, no PYTHONPATH."""
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if ".venv" not in p]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(PATH=os.pathsep.join(path), HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    env.pop("RELANCEBOT_CONFIG", None)
    # pip's own cache stays where it is: the registry is reached once, not for every run.
    env["PIP_CACHE_DIR"] = os.environ.get("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    return env


def run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{argv}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A wheel built from a copy of the source, installed (not editable) in a new venv."""
    base = tmp_path_factory.mktemp("install")
    env = clean_env(base)
    copy_source(base / "src")
    python = getattr(sys, "_base_executable", sys.executable)
    run([python, "-m", "venv", str(base / "venv")], base, env)
    pip = [str(base / "venv" / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
    run(
        [*pip, "wheel", "--quiet", "--no-deps", "-w", str(base / "dist"), str(base / "src")],
        base,
        env,
    )
    (wheel,) = (base / "dist").glob("relancebot-*.whl")
    run([*pip, "install", "--quiet", str(wheel)], base, env)
    return base / "venv" / "bin", env


def test_the_wheel_carries_the_templates_and_runs_from_anywhere(
    installed: tuple[Path, dict[str, str]], tmp_path: Path, smtp_server: SmtpServer
) -> None:
    bin_dir, env = installed
    where = run(
        [str(bin_dir / "python"), "-c", "import relancebot; print(relancebot.__file__)"],
        tmp_path,
        env,
    ).stdout
    assert where.startswith(str(bin_dir.parent)) and "site-packages" in where

    relancebot = str(bin_dir / "relancebot")
    run(
        [
            relancebot,
            "init",
            "morel",
            "--firm",
            "Atelier Morel SARL",
            "--email",
            "relances@atelier-morel.fr",
        ],
        tmp_path,
        env,
    )
    firm = tmp_path / "morel"
    assert not (firm / "gabarits").exists()  # the shipped templates serve
    assert (firm / "factures").stat().st_mode & 0o777 == 0o700  # invoices: customer data
    with (firm / "config.toml").open("a", encoding="utf-8") as config:
        config.write(
            f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp_server.port}\nsecurity = "none"\n'
        )
    (firm / "factures" / "F-2026-0412.pdf").write_bytes(pdf_bytes("F-2026-0412"))
    (firm / "factures" / "factures.csv").write_text(
        textwrap.dedent("""\
        number,client,email,amount,issue_date,due_date,pdf
        F-2026-0412,Boulangerie Dupont,compta@dupont.fr,"1 250,00",2026-10-01,2026-11-02,F-2026-0412.pdf
        """),
        encoding="utf-8",
    )
    run([relancebot, "import-invoices", "factures/factures.csv"], firm, env)
    tick = run([relancebot, "--now", "2026-11-03T10:00", "tick"], firm, env)
    assert "gabarit" not in tick.stdout + tick.stderr

    (reminder,) = smtp_server.to_customers
    message = email.message_from_bytes(reminder.raw, policy=email.policy.default)
    assert reminder.rcpt_tos == ["compta@dupont.fr"]
    assert "F-2026-0412" in str(message["Subject"])
    body = message.get_body(("plain",))
    assert body is not None and "1\u202f250,00\xa0€ TTC" in body.get_content()
    (attachment,) = [part for part in message.iter_attachments()]
    assert attachment.get_content() == (firm / "factures" / "F-2026-0412.pdf").read_bytes()
    status = run([relancebot, "--now", "2026-11-03T10:05", "status"], firm, env)
    assert status.stdout.endswith("État : bon\n")


def test_init_never_overwrites_a_config(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, env = installed
    (tmp_path / "config.toml").write_text("# la mienne\n", encoding="utf-8")
    result = subprocess.run(
        [str(bin_dir / "relancebot"), "init"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "config.toml existe déjà : rien n'a été modifié" in result.stderr
    assert (tmp_path / "config.toml").read_text(encoding="utf-8") == "# la mienne\n"


def test_the_wheel_carries_the_web_pages(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, env = installed
    probe = (
        "from relancebot.web.app import STATIC, TEMPLATES;"
        "print((TEMPLATES / 'aujourdhui.html').is_file(), (STATIC / 'relancebot.css').is_file())"
    )
    shipped = run([str(bin_dir / "python"), "-c", probe], tmp_path, env).stdout
    assert shipped.split() == ["True", "True"]
