"""The pages' defences that do not depend on who is logged in, each checked before any page:

1. the Host header must name the address the pages are bound to, or one of
   `[web] allowed_hosts` (or base_url's): a DNS-rebinding page cannot talk to them;
2. every request that is not a GET or HEAD must come from the pages themselves: its Origin
   (or, without one, its Referer) is this site's, else 403; then its CSRF token is checked
   (Flask-WTF's CSRFProtect), else 400;
3. every answer carries a strict Content-Security-Policy (no script at all, nothing from
   elsewhere), X-Frame-Options DENY, a same-origin Referrer-Policy, and is never cached;
4. behind a TLS proxy (`[web] behind_tls`), X-Forwarded-For/-Proto are believed from the
   addresses of `[web] trusted_proxies` only, and the cookies are Secure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from flask import Flask, Response, abort, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

from relancebot.config import WebSettings

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SAFE_METHODS = frozenset({"GET", "HEAD"})
_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
_ANY_ADDRESS = frozenset({"0.0.0.0", "::", ""})

csrf = CSRFProtect()


def host_names(bound: str, web: WebSettings) -> frozenset[str]:
    """The names the Host header may carry: the bound address, allowed_hosts, base_url's."""
    names = {h.lower().strip("[]") for h in web.allowed_hosts}
    if web.base_url:
        names.add((urlsplit(web.base_url).hostname or "").lower())
    address = bound.lower().strip("[]")
    if address in _LOOPBACK:
        names |= _LOOPBACK
    elif address not in _ANY_ADDRESS:
        names.add(address)
    return frozenset(n for n in names if n)


def host_allowed(host: str, names: Iterable[str]) -> bool:
    """`relances.lan:8443` against the names; `*.lan` allows every name under lan."""
    try:
        name = (urlsplit("//" + host).hostname or "").lower()
    except ValueError:  # a malformed port or bracket
        return False
    for allowed in names:
        if name == allowed or (allowed.startswith("*.") and name.endswith(allowed[1:])):
            return True
    return False


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def same_origin(origin: str | None, referer: str | None, own: Iterable[str]) -> bool:
    """Whether a change comes from the pages: its Origin, or its Referer without one."""
    source = _origin(origin) if origin and origin != "null" else ""
    if not source and not origin and referer:
        source = _origin(referer)
    return bool(source) and source in {o.lower() for o in own}


def _logged_in() -> bool:
    from relancebot.web.auth import current_user

    return current_user() is not None


class TrustedProxy:
    """ProxyFix, but only for requests from the proxy's own address: a client reaching the
    pages directly cannot claim another address (dodging the log-in throttle) or HTTPS."""

    def __init__(self, app: WSGIApplication, trusted: Iterable[str]) -> None:
        self.app = app
        self.fixed = ProxyFix(app, x_for=1, x_proto=1)
        self.trusted = frozenset(trusted)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REMOTE_ADDR") in self.trusted:
            return self.fixed(environ, start_response)
        return self.app(environ, start_response)


BODY_LIMIT = 1_000_000  # bytes of a request's body, but for the routes that take a file


def install(
    app: Flask, web: WebSettings, bound: str, uploads: Mapping[str, int] | None = None
) -> None:
    """The checks and headers above; call before the log-in check is installed, so that a
    forged request is refused before anything else looks at it."""
    names = host_names(bound, web)
    app.config.update(
        SESSION_COOKIE_NAME="relancebot_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=web.behind_tls,
        WTF_CSRF_TIME_LIMIT=12 * 3600,  # as long as a session lasts
        MAX_CONTENT_LENGTH=BODY_LIMIT,
    )
    if web.behind_tls:
        app.wsgi_app = TrustedProxy(app.wsgi_app, web.trusted_proxies)  # type: ignore[method-assign]

    @app.before_request
    def check_host() -> None:
        if not host_allowed(request.host, names):
            abort(400, description="Hôte non autorisé : ajoutez-le à [web] allowed_hosts.")

    @app.before_request
    def check_origin() -> None:
        if request.method in SAFE_METHODS:
            return
        own = [f"{request.scheme}://{request.host}"]
        if web.base_url:
            own.append(_origin(web.base_url))
        if not same_origin(request.headers.get("Origin"), request.headers.get("Referer"), own):
            abort(403, description="Demande venue d'ailleurs que de ces pages : refusée.")

    @app.before_request
    def body_limit() -> None:
        """A route that takes a file accepts more, from a logged-in browser only (the session
        is looked up here, before the CSRF check reads the form)."""
        limit = (uploads or {}).get(request.endpoint or "")
        if limit and _logged_in():
            request.max_content_length = limit

    csrf.init_app(app)  # its check runs after the three above

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Content-Type-Options"] = "nosniff"
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        return response
