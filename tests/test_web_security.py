"""The pages' refusals: no session, no CSRF token, another site's Origin, a GET that would change
something, another Host; customer text shown as text; the security headers and cookie flags."""

from __future__ import annotations

import pytest

from relancebot.store.database import open_database

from .conftest import Firm
from .web_helpers import HOSTILE, ORIGIN, Browser, browser, firm_app, seed, token

FIRM_PAGES = [
    "/",
    "/?vue=fait",
    "/dossiers",
    "/dossier/studio-lefevre",
    "/appel/F-3",
    "/envois",
    "/dossier/studio-lefevre/mise-en-demeure.pdf",
]
CHANGES = [
    ("/dossier/studio-lefevre/pause", {"number": "F-3", "until": "2026-12-20"}),
    ("/dossier/studio-lefevre/reprendre", {"number": "F-3"}),
    ("/dossier/studio-lefevre/payer", {"number": "F-3"}),
    ("/dossier/studio-lefevre/arreter-emails", {}),
    ("/dossier/studio-lefevre/confirmer-contact", {"address": "x@lefevre.fr"}),
    ("/dossier/studio-lefevre/mise-en-demeure", {}),
    ("/appel/F-3", {"outcome": "paid"}),
    ("/envois/1/renvoyer", {}),
    ("/envois/1/marquer-envoye", {}),
    ("/envois/1/laisser", {}),
]


@pytest.fixture
def seeded(firm: Firm) -> Firm:
    seed(firm)
    return firm


def state(firm: Firm) -> list[tuple[object, ...]]:
    """Everything a change could touch."""
    db = open_database(firm.root / "relancebot.db")
    rows: list[tuple[object, ...]] = []
    for table in ("invoices", "customers", "contacts", "calls", "payments", "tasks", "outbox"):
        rows += [tuple(r) for r in db.execute(f"SELECT * FROM {table} ORDER BY 1")]
    rows += [tuple(r) for r in db.execute("SELECT kind FROM events WHERE kind NOT LIKE 'web%'")]
    return rows


def test_every_page_needs_a_session(seeded: Firm) -> None:
    anonymous = browser(firm_app(seeded), logged_in=False)
    for url in FIRM_PAGES:
        answer = anonymous.get(url)
        assert answer.status_code == 303, url
        assert answer.headers["Location"].startswith("/login?next="), url
    before = state(seeded)
    for url, data in CHANGES:
        answer = anonymous.post(url, data)
        assert answer.status_code == 303 and answer.headers["Location"].startswith("/login"), url
    assert state(seeded) == before
    assert anonymous.get("/static/relancebot.css").status_code == 200  # the log-in page's style


def test_after_log_in_the_page_asked_for_opens(seeded: Firm) -> None:
    b = browser(firm_app(seeded), logged_in=False)
    b.get("/dossiers?tri=montant")
    answer = b.post(
        "/login",
        {"username": "claire", "password": "mot-de-passe-solide", "next": "/dossiers?tri=montant"},
    )
    assert answer.headers["Location"] == "/dossiers?tri=montant"


@pytest.mark.parametrize("elsewhere", ["//evil.example/", "https://evil.example/", "/\\evil"])
def test_log_in_never_sends_to_another_site(seeded: Firm, elsewhere: str) -> None:
    b = browser(firm_app(seeded), logged_in=False)
    answer = b.post(
        "/login", {"username": "claire", "password": "mot-de-passe-solide", "next": elsewhere}
    )
    assert answer.headers["Location"] == "/"


def test_a_change_without_its_csrf_token_is_refused(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    before = state(seeded)
    for url, data in CHANGES:
        answer = b.client.post(url, data=data, headers={"Origin": ORIGIN})
        assert answer.status_code == 400, url
        assert "Jeton de sécurité absent" in answer.get_data(as_text=True)
        forged = b.client.post(url, data={**data, "csrf_token": "x"}, headers={"Origin": ORIGIN})
        assert forged.status_code == 400, url
    assert state(seeded) == before


def test_a_change_from_another_site_is_refused(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    before = state(seeded)
    for url, data in CHANGES:
        assert b.post(url, data, origin="http://evil.example").status_code == 403, url
        assert b.post(url, data, origin="null").status_code == 403, url
    # Without Origin, the Referer decides; without either, refused.
    fields = {"csrf_token": b.csrf(), "number": "F-3"}
    url = "/dossier/studio-lefevre/payer"
    assert b.client.post(url, data=fields).status_code == 403
    refused = b.client.post(url, data=fields, headers={"Referer": "http://evil.example/x"})
    assert refused.status_code == 403
    assert state(seeded) == before
    accepted = b.client.post(url, data=fields, headers={"Referer": f"{ORIGIN}/dossier/x"})
    assert accepted.status_code == 303


def test_a_get_changes_nothing(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    before = state(seeded)
    for url, data in CHANGES:
        answer = b.get(url, query_string=data)
        assert answer.status_code in (200, 404, 405), url
    assert state(seeded) == before


def test_a_hostile_reply_is_shown_as_text(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    for url in ("/", "/dossier/studio-lefevre"):
        page = b.text(url)
        assert "<script>" not in page and "<b>gras</b>" not in page, url
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page, url
    assert HOSTILE.startswith("<script>")


def test_another_host_is_refused(seeded: Firm) -> None:
    b = browser(firm_app(seeded))
    for host in ("evil.example", "127.0.0.1.evil.example", "localhost:8765@evil"):
        answer = b.get("/", headers={"Host": host})
        assert answer.status_code == 400, host
        assert "Hôte non autorisé" in answer.get_data(as_text=True)
    for host in ("localhost", "127.0.0.1:8765", "[::1]:8765"):  # (the cookie is localhost's)
        assert b.get("/login", headers={"Host": host}).status_code != 400, host


def test_allowed_hosts_and_a_wider_bind(seeded: Firm) -> None:
    seeded.write_config('[web]\nallowed_hosts = ["relances.lan", "*.bureau.lan"]\n')
    app = firm_app(seeded, host="0.0.0.0")
    b = Browser(app.test_client())
    assert b.get("/login", headers={"Host": "relances.lan"}).status_code == 200
    assert b.get("/login", headers={"Host": "pc1.bureau.lan:8765"}).status_code == 200
    assert b.get("/login", headers={"Host": "localhost"}).status_code == 400
    assert b.get("/login", headers={"Host": "bureau.lan.evil"}).status_code == 400


def test_headers(seeded: Firm) -> None:
    b = browser(firm_app(seeded), logged_in=False)
    for answer in (b.get("/login"), b.get("/"), b.get("/static/relancebot.css")):
        policy = answer.headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "script-src 'none'" in policy
        assert "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
        assert answer.headers["X-Frame-Options"] == "DENY"
        assert answer.headers["Referrer-Policy"] == "same-origin"
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert b.get("/login").headers["Cache-Control"] == "no-store"
    page = b.get("/login").get_data(as_text=True)
    assert "<script" not in page and "style=" not in page and "http://" not in page


def test_cookie_flags(seeded: Firm) -> None:
    answer = browser(firm_app(seeded), logged_in=False).login()
    cookie = answer.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie


def test_behind_a_tls_proxy(seeded: Firm) -> None:
    seeded.write_config('[web]\nbehind_tls = true\nallowed_hosts = ["relances.lan"]\n')
    app = firm_app(seeded)
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    forwarded = {"Host": "relances.lan", "X-Forwarded-Proto": "https"}
    b = Browser(app.test_client())
    login = b.client.get("/login", headers=forwarded, environ_base=proxy)
    cookie = login.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    fields = {"csrf_token": token(login), "username": "claire", "password": "mot-de-passe-solide"}
    headers = {**forwarded, "Origin": "https://relances.lan", "Referer": "https://relances.lan/"}
    # From the proxy, its X-Forwarded-Proto is believed: https://relances.lan is this site.
    assert (
        b.client.post("/login", data=fields, headers=headers, environ_base=proxy).status_code == 303
    )
    # From anywhere else, it is not: the request stays plain http, and that Origin is foreign.
    elsewhere = {"REMOTE_ADDR": "192.168.1.66"}
    assert (
        b.client.post("/login", data=fields, headers=headers, environ_base=elsewhere).status_code
        == 403
    )


def test_a_large_body_is_refused_but_where_a_page_takes_a_file(
    seeded: Firm, monkeypatch: pytest.MonkeyPatch
) -> None:
    from relancebot.web import pages

    monkeypatch.setitem(pages.UPLOADS, "firm.mark_paid", 3_000_000)  # as an import page would
    app = firm_app(seeded)
    big = {"number": "F-3", "note": "x" * 2_000_000}
    anonymous = browser(app, logged_in=False)
    assert anonymous.post("/dossier/studio-lefevre/payer", big).status_code == 413
    b = browser(app)
    assert b.post("/dossier/studio-lefevre/reprendre", big).status_code == 413
    assert b.post("/dossier/studio-lefevre/payer", big).status_code == 303
