"""SMTP security per config, against aiosmtpd with a certificate of our own: STARTTLS, implicit
TLS, certificates verified, and the password taken from the environment only."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from relancebot.config import SmtpSettings
from relancebot.outgoing.transport import SmtpTransport, TransportError

from .conftest import Firm
from .servers.dovecot_config import make_self_signed
from .servers.smtp import RecordingHandler, free_port

PASSWORD = "correct horse battery staple"
# aiosmtpd warns of AUTH without STARTTLS even on an implicit-TLS socket (it cannot tell).
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


class Authenticator:
    def __call__(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)  # False: the server answers 535


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("certs")
    cert, key = make_self_signed(folder, "smtp")
    wrong, _ = make_self_signed(folder, "wrong")
    return cert, key, wrong


def _context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


@pytest.fixture
def starttls_server(certs: tuple[Path, Path, Path]) -> Iterator[tuple[int, RecordingHandler]]:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=_context(certs[0], certs[1]),
        require_starttls=True,
        authenticator=Authenticator(),
        auth_required=True,
    )
    controller.start()
    yield port, handler
    controller.stop()


@pytest.fixture
def tls_server(certs: tuple[Path, Path, Path]) -> Iterator[tuple[int, RecordingHandler]]:
    handler = RecordingHandler()
    port = free_port()
    controller = _implicit_tls(handler, port, certs)
    controller.start()
    yield port, handler
    controller.stop()


def _implicit_tls(
    handler: RecordingHandler, port: int, certs: tuple[Path, Path, Path]
) -> Controller:
    return Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        ssl_context=_context(certs[0], certs[1]),
        authenticator=Authenticator(),
        auth_require_tls=False,  # aiosmtpd does not see implicit TLS; the socket is TLS
        auth_required=True,
    )


RAW = b"From: a@atelier-morel.fr\r\nTo: b@exemple.fr\r\nSubject: t\r\n\r\nbonjour\r\n"


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_verified_tls_and_login(
    mode: str,
    certs: tuple[Path, Path, Path],
    starttls_server: tuple[int, RecordingHandler],
    tls_server: tuple[int, RecordingHandler],
) -> None:
    port, handler = starttls_server if mode == "starttls" else tls_server
    settings = SmtpSettings(
        host="127.0.0.1",
        port=port,
        security=mode,  # type: ignore[arg-type]
        username="relances",
        ca_file=str(certs[0]),
    )
    with SmtpTransport(settings, PASSWORD) as transport:
        transport.send("a@atelier-morel.fr", ["b@exemple.fr"], RAW, lambda: None)
    assert len(handler.received) == 1  # the wrong password sent nothing


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_unknown_certificate_is_refused(
    mode: str,
    certs: tuple[Path, Path, Path],
    starttls_server: tuple[int, RecordingHandler],
    tls_server: tuple[int, RecordingHandler],
) -> None:
    port, handler = starttls_server if mode == "starttls" else tls_server
    for ca in (str(certs[2]), ""):  # another CA, or the system's: both refuse a self-signed cert
        settings = SmtpSettings(
            host="127.0.0.1",
            port=port,
            security=mode,  # type: ignore[arg-type]
            username="relances",
            ca_file=ca,
        )
        with pytest.raises(TransportError, match="TLS") as caught:
            SmtpTransport(settings, PASSWORD).__enter__()
        assert PASSWORD not in str(caught.value)
    assert handler.received == []


def test_wrong_password_is_permanent_and_not_echoed(
    certs: tuple[Path, Path, Path], starttls_server: tuple[int, RecordingHandler]
) -> None:
    settings = SmtpSettings(
        host="127.0.0.1",
        port=starttls_server[0],
        security="starttls",
        username="relances",
        ca_file=str(certs[0]),
    )
    with pytest.raises(TransportError, match="identifiants refusés") as caught:
        SmtpTransport(settings, "not the password").__enter__()
    assert caught.value.permanent and "not the password" not in str(caught.value)


def test_tick_takes_the_password_from_the_environment(
    firm: Firm,
    certs: tuple[Path, Path, Path],
    starttls_server: tuple[int, RecordingHandler],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port, handler = starttls_server
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {port}
        security = "starttls"
        username = "relances@atelier-morel.fr"
        ca_file = "{certs[0]}"
        """)
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")
    monkeypatch.setenv("RELANCEBOT_SMTP_PASSWORD", PASSWORD)
    result = firm.run("tick", now="2026-11-03T10:00")
    assert "1 envoyé(s)" in result.output and len(handler.received) == 1
    assert PASSWORD not in firm.config.read_text()


def test_no_password_in_the_log(
    firm: Firm, certs: tuple[Path, Path, Path], starttls_server: tuple[int, RecordingHandler]
) -> None:
    """The service's log (stderr, verbose) names what it did, never the password."""
    import os
    import subprocess
    import sys

    port, handler = starttls_server
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {port}
        security = "starttls"
        username = "relances@atelier-morel.fr"
        ca_file = "{certs[0]}"
        """)
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")
    attempts = ((PASSWORD, "2026-11-03T10:00"), ("wrong-" + PASSWORD, "2026-11-10T10:00"))
    for password, now in attempts:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "relancebot",
                "-v",
                "--config",
                str(firm.config),
                "--now",
                now,
                "tick",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "RELANCEBOT_SMTP_PASSWORD": password},
        )
        assert done.returncode == 0, done.stderr
        assert "outbox=" in done.stderr  # it does log, one line per event
        assert password not in done.stderr and password not in done.stdout
    assert len(handler.received) == 1  # the wrong password sent nothing


def test_a_relative_ca_file_is_read_beside_the_config(
    firm: Firm,
    certs: tuple[Path, Path, Path],
    starttls_server: tuple[int, RecordingHandler],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port, handler = starttls_server
    (firm.root / "ca.pem").write_bytes(certs[0].read_bytes())
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {port}
        security = "starttls"
        username = "relances@atelier-morel.fr"
        ca_file = "ca.pem"
        """)
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")
    monkeypatch.setenv("RELANCEBOT_SMTP_PASSWORD", PASSWORD)
    monkeypatch.chdir(firm.root.parent)  # the command is typed from elsewhere
    result = firm.run("tick", now="2026-11-03T10:00")
    assert "1 envoyé(s)" in result.output and len(handler.received) == 1
