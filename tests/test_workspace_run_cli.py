"""`relancebot --workspace DIR run` as a person starts it: one process for the workspace, each
firm's lock held while served, SIGHUP to look at the firm folders again, SIGTERM to stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from .workspace_servers import WorkspaceFirm, make_workspace, wait_until


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "relancebot", *args, "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def stopped(process: subprocess.Popen[str]) -> str:
    """SIGTERM, then what it said on stderr; it must have ended cleanly."""
    process.send_signal(signal.SIGTERM)
    try:
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    return err


def test_one_service_per_workspace_sighup_and_sigterm(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "secretariat")
    morel, durand, solo = (
        WorkspaceFirm(root, "morel", "Atelier Morel SARL", "relances@atelier-morel.fr"),
        WorkspaceFirm(root, "durand", "Durand Plomberie", "factures@durand-plomberie.fr"),
        WorkspaceFirm(root, "solo", "Solo Conseil", "compta@solo-conseil.fr"),
    )
    for firm in (morel, durand, solo):
        firm.write(dovecot=None, smtp_port=None)  # embedded defaults: Maildir in and out
    alone = start("--config", str(solo.folder / "config.toml"))  # solo still runs on its own
    try:
        wait_until("solo served alone", lambda: solo.holder() is not None)
        service = start("--workspace", str(root))
        try:
            wait_until("the workspace's firms served", lambda: morel.holder() and durand.holder())
            assert str(morel.holder()).startswith("service de l'espace de travail, pid")
            assert str(solo.holder()).startswith("service, pid")  # skipped, not taken

            second = subprocess.run(
                [sys.executable, "-m", "relancebot", "--workspace", str(root), "run"],
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert second.returncode == 2
            assert "espace de travail déjà servi par relancebot (service de l'espace" in (
                second.stderr
            )

            # A new firm folder, and solo's own service stopped: both served after SIGHUP.
            lefevre = WorkspaceFirm(root, "lefevre", "Studio Lefèvre", "compta@lefevre.fr")
            lefevre.write(dovecot=None, smtp_port=None)
            stopped(alone)
            service.send_signal(signal.SIGHUP)
            wait_until(
                "lefevre and solo served by the workspace",
                lambda: all(
                    str(f.holder()).startswith("service de l'espace") for f in (lefevre, solo)
                ),
            )
        finally:
            err = stopped(service)
    finally:
        if alone.poll() is None:
            alone.kill()
            alone.wait()
    assert "solo : entreprise non servie" in err and "déjà utilisée par relancebot" in err
    assert "lefevre : servie" in err and "arrêté proprement" in err
    assert [f.holder() for f in (morel, durand, solo, lefevre)] == [None] * 4
