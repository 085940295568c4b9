"""The person's pages under Flask's test client: a firm with overdue invoices, a reply and
tasks, a user, and a browser that logs in and posts forms as a real one does (the CSRF token
read from the page, the Origin header of the site)."""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from relancebot.cli import main
from relancebot.config import load_settings
from relancebot.store.database import open_database
from relancebot.store.tasks import TaskKind
from relancebot.web.app import create_app

from .conftest import Firm
from .review_helpers import INVOICES, add_reply, add_task, at, db_of, setup_firm

ORIGIN = "http://localhost"
PASSWORD = "mot-de-passe-solide"
NOW = "2026-12-07T10:00"  # a Monday: F-1 to F-3 are 35 days overdue
HOSTILE = "<script>alert('x')</script> Nous contestons la facture F-3 <b>gras</b>"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def add_user(args: list[str], name: str = "claire", password: str = PASSWORD) -> None:
    result = CliRunner().invoke(
        main, [*args, "user", "add", name, "--password-stdin"], input=password + "\n"
    )
    assert result.exit_code == 0, result.output


def seed(firm: Firm) -> None:
    """F-1/F-2 (Dupont), F-3 (Lefèvre, who wrote a hostile dispute), F-4 (Acme)."""
    setup_firm(firm)
    db = db_of(firm)
    reply_id = add_reply(db, "studio-lefevre", "F-3", "dispute", HOSTILE, "2026-12-04T15:00")
    add_task(
        db,
        TaskKind.CALL_DISPUTE,
        "Litige sur F-3",
        "2026-12-04T15:00",
        customer="studio-lefevre",
        invoice="F-3",
        reply_id=reply_id,
    )
    add_task(
        db,
        TaskKind.CALL_OVERDUE,
        "F-1 en retard",
        "2026-12-04T08:00",
        customer="boulangerie-dupont",
        invoice="F-1",
    )
    db.conn.close()
    add_user(["--config", str(firm.config)])


def firm_app(firm: Firm, now: str = NOW, **options: str) -> Flask:
    settings = load_settings(firm.config, explicit=True)
    app = create_app(settings, now_override=at(now), **options)
    app.config["TESTING"] = True
    return app


def token(page: TestResponse) -> str:
    found = _TOKEN.search(page.get_data(as_text=True))
    assert found, page.get_data(as_text=True)[:500]
    return html.unescape(found.group(1))


@dataclass
class Browser:
    client: FlaskClient

    def get(self, url: str, **kwargs: object) -> TestResponse:
        return self.client.get(url, buffered=True, **kwargs)  # type: ignore[arg-type]

    def text(self, url: str) -> str:
        page = self.get(url)
        assert page.status_code == 200, (url, page.status_code, page.headers.get("Location"))
        return page.get_data(as_text=True).replace("\u202f", " ").replace("\xa0", " ")

    def csrf(self) -> str:
        """The session's CSRF token, as any page's form carries it."""
        page = self.get("/login")  # the log-in form, or once logged in today's page
        if page.status_code in (302, 303):
            page = self.get(page.headers["Location"])
        return token(page)

    def post(self, url: str, data: dict[str, str], *, origin: str = ORIGIN) -> TestResponse:
        """Post as the page's form would: with its CSRF token and the site's Origin."""
        fields = {"csrf_token": self.csrf(), **data}
        return self.client.post(url, data=fields, headers={"Origin": origin})

    def login(self, name: str = "claire", password: str = PASSWORD) -> TestResponse:
        return self.post("/login", {"username": name, "password": password})

    def follow(self, response: TestResponse) -> str:
        assert response.status_code == 303, response.status_code
        return self.text(response.headers["Location"])


def browser(app: Flask, *, logged_in: bool = True) -> Browser:
    b = Browser(app.test_client())
    if logged_in:
        answer = b.login()
        assert answer.status_code == 303 and "/login" not in answer.headers["Location"]
    return b


def plain(text: str) -> str:
    """The page's text without its tags, spaces collapsed (to read sentences across tags)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


OTHER = """\
    number;client;email;amount;issue_date;due_date;pdf
    B-7;Garage Martin;compta@garage-martin.fr;900,00;01/10/2026;01/11/2026;factures/B-7.pdf
    """


def make_workspace(tmp_path: Path) -> Path:
    """Two firms (Atelier Morel: F-1 to F-4; Boulangerie B: B-7), a call to make in each,
    and the workspace's user claire; base_url set in workspace.toml."""
    (tmp_path / "workspace.toml").write_text(
        '[workspace]\nname = "Secrétariat Dupuis"\n[web]\nbase_url = "http://127.0.0.1:8765/"\n',
        encoding="utf-8",
    )
    for firm_id, name, invoices in (
        ("atelier-morel", "Atelier Morel SARL", INVOICES),
        ("boulangerie-b", "Boulangerie B", OTHER),
    ):
        firm = Firm(tmp_path / firm_id)
        firm.root.mkdir()
        firm.config.write_text(
            textwrap.dedent(f"""\
            [firm]
            name = "{name}"
            email = "relances@{firm_id}.fr"
            """),
            encoding="utf-8",
        )
        for line in textwrap.dedent(invoices).splitlines()[1:]:
            firm.pdf(line.split(";")[0])
        firm.csv("factures.csv", invoices)
        firm.run("import-invoices", str(firm.root / "factures.csv"), now="2026-11-02T07:00")
    for firm_id, customer, number in (
        ("atelier-morel", "boulangerie-dupont", "F-1"),
        ("boulangerie-b", "garage-martin", "B-7"),
    ):
        db = open_database(tmp_path / firm_id / "relancebot.db")
        add_task(db, TaskKind.CALL_OVERDUE, f"{number} en retard", "2026-12-04T08:00",
                 customer=customer, invoice=number)  # fmt: skip
        db.conn.close()
    add_user(["--workspace", str(tmp_path)])
    return tmp_path
