"""Logging in and out: the session lives on the server (log-out, or removing the user, ends it
for good), failed log-ins are journalled and make the next attempt wait, longer each time."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from click.testing import CliRunner

from relancebot.cli import main
from relancebot.store.database import open_database
from relancebot.web import auth

from .conftest import Firm
from .web_helpers import PASSWORD, Browser, browser, firm_app, plain, seed

COOKIE = "relancebot_session"


@pytest.fixture
def seeded(firm: Firm) -> Firm:
    seed(firm)
    return firm


class Wall:
    """The wall clock the throttle reads, moved by hand."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
        monkeypatch.setattr(auth, "wall_clock", lambda: self.now)

    def wait(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def replay(b: Browser, cookie: str) -> int:
    """A request carrying an old session cookie: where does it land?"""
    other = Browser(b.client.application.test_client())
    other.client.set_cookie(COOKIE, cookie)
    return other.get("/").status_code


def test_log_in_then_out_for_good(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    assert "Se déconnecter (claire)" in b.text("/")
    cookie = b.client.get_cookie(COOKIE)
    assert cookie is not None
    assert replay(b, cookie.value) == 200
    answer = b.post("/logout", {})
    assert answer.status_code == 303 and answer.headers["Location"] == "/login"
    assert "Vous êtes déconnecté." in b.text("/login")
    assert b.get("/").status_code == 303
    assert replay(b, cookie.value) == 303  # the stolen cookie opens nothing any more
    sessions = open_database(seeded.root / "relancebot.db").execute(
        "SELECT COUNT(*) FROM web_sessions"
    )
    assert sessions.fetchone()[0] == 0


def test_removing_a_user_or_changing_the_password_ends_the_sessions(seeded: Firm) -> None:
    app = firm_app(seeded)
    b = browser(app)
    assert b.get("/").status_code == 200
    CliRunner().invoke(
        main,
        ["--config", str(seeded.config), "user", "add", "claire", "--replace", "--password-stdin"],
        input="un autre mot de passe\n",
    )
    assert b.get("/").status_code == 303
    b = browser(app, logged_in=False)
    assert b.login(password="un autre mot de passe").status_code == 303
    assert b.get("/").status_code == 200
    CliRunner().invoke(main, ["--config", str(seeded.config), "user", "remove", "claire"])
    assert b.get("/").status_code == 303


def test_a_wrong_password_is_refused_and_journalled(seeded: Firm) -> None:
    b = browser(firm_app(seeded), logged_in=False)
    answer = b.login(password="pas le bon")
    assert answer.status_code == 303 and answer.headers["Location"] == "/login"
    assert "Nom d'utilisateur ou mot de passe incorrect." in plain(b.text("/login"))
    assert b.login(name="inconnu").status_code == 303
    assert b.get("/").status_code == 303
    journal = open_database(seeded.root / "relancebot.db").execute(
        "SELECT summary, actor FROM events WHERE kind = 'web_login_failed' ORDER BY id"
    )
    assert list(journal) == [
        ("Connexion web refusée pour 'claire' depuis 127.0.0.1", "service"),
        ("Connexion web refusée pour 'inconnu' depuis 127.0.0.1", "service"),
    ]


def test_failed_log_ins_make_the_next_wait_longer_each_time(
    seeded: Firm, monkeypatch: pytest.MonkeyPatch
) -> None:
    wall = Wall(monkeypatch)
    b = browser(firm_app(seeded), logged_in=False)
    for _ in range(auth.FREE_ATTEMPTS):  # the first few mistakes cost nothing
        b.login(password="non")
    waits = []
    for _ in range(4):
        b.login(password="non")  # refused without a look at the password...
        message = plain(b.text("/login"))
        assert "Trop d'essais manqués : réessayez dans" in message
        b.login()  # ... even the right one
        assert b.get("/").status_code == 303
        waits.append(int(message.split("réessayez dans ")[1].split()[0]))
        wall.wait(waits[-1])
        b.login(password="non")  # once the wait is over, a new mistake is counted
    assert waits == [6, 11, 21, 41]  # 5 s, then twice as long each time (rounded up)
    wall.wait(3600)  # an hour later the mistakes are forgotten
    assert b.login().headers["Location"] == "/"
    assert b.get("/").status_code == 200


def test_the_delay_follows_the_address_across_names(
    seeded: Firm, monkeypatch: pytest.MonkeyPatch
) -> None:
    Wall(monkeypatch)
    app = firm_app(seeded)
    guesser = browser(app, logged_in=False)
    for name in ("admin", "root", "gerant", "compta"):
        guesser.login(name=name, password="123456")
    assert "Trop d'essais" in plain(guesser.text("/login"))
    # Someone else, from another address, logs in as usual.
    other = Browser(app.test_client())
    fields = {"csrf_token": other.csrf(), "username": "claire", "password": PASSWORD}
    answer = other.client.post(
        "/login",
        data=fields,
        headers={"Origin": "http://localhost"},
        environ_base={"REMOTE_ADDR": "192.168.1.20"},
    )
    assert answer.headers["Location"] == "/"


def test_wait_after() -> None:
    assert [auth.wait_after(n).total_seconds() for n in range(7)] == [0, 0, 0, 5, 10, 20, 40]
    assert auth.wait_after(40) == auth.LONGEST_WAIT


def test_the_cookies_key_is_the_owners_alone(seeded: Firm) -> None:
    firm_app(seeded)
    key = seeded.root / "relancebot-web.secret"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert firm_app(seeded).secret_key == firm_app(seeded).secret_key  # kept, not remade
