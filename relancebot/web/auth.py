"""Logging in and out, and the log-in every page but /login needs.

1. /login checks the name and password against the users of `relancebot user add`; a failure
   is recorded (name tried, address) and journalled.
2. Failures make the next attempt wait: from the FREE_ATTEMPTS-th failure within WINDOW, for
   that name or from that address, FIRST_WAIT, then twice as long each time, up to
   LONGEST_WAIT. A waiting attempt is refused without its password being looked at.
3. A success opens a server-side session (relancebot.store.web_users): the cookie carries its
   id only. /logout deletes it, so the same cookie, replayed, opens nothing.
4. Every other page finds the session from the cookie, or sends to /login (then back).
Throttle and sessions run on the wall clock, never on `--now`: only the pages travel in time.
"""

from __future__ import annotations

import datetime as dt

from flask import (
    Blueprint,
    Flask,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from relancebot.store.web_users import (
    end_session,
    forget_failures,
    open_session,
    password_matches,
    recent_failures,
    record_failure,
    session_user,
)
from relancebot.web.context import home_url, site

FREE_ATTEMPTS = 3
FIRST_WAIT = dt.timedelta(seconds=5)
LONGEST_WAIT = dt.timedelta(minutes=15)
WINDOW = dt.timedelta(hours=1)
PUBLIC_ENDPOINTS = frozenset({"auth.login", "auth.login_post", "static"})

auth = Blueprint("auth", __name__)


def wall_clock() -> dt.datetime:
    """The real time (tests move it); the pages' `now` may be a `--now`."""
    return dt.datetime.now(dt.UTC)


def wait_after(failures: int) -> dt.timedelta:
    """How long the next attempt waits after so many recent failures."""
    if failures < FREE_ATTEMPTS:
        return dt.timedelta(0)
    return min(FIRST_WAIT * (1 << min(failures - FREE_ATTEMPTS, 16)), LONGEST_WAIT)


def _address() -> str:
    return request.remote_addr or "?"


def safe_next(target: str | None) -> str:
    """Only a path of these pages: never another site (`//evil.example`, `https://...`)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return home_url()


@auth.get("/login")
def login() -> Response | str:
    if getattr(g, "user", None):
        return redirect(safe_next(request.args.get("next")))
    return render_template("connexion.html", next=request.args.get("next", ""))


@auth.post("/login")
def login_post() -> Response:
    name = request.form.get("username", "").strip()[:64]
    password = request.form.get("password", "")
    back = redirect(url_for("auth.login", next=request.form.get("next") or None), 303)
    db = site().users_db()
    wall = wall_clock()
    failed = recent_failures(db, name, _address(), wall - WINDOW)
    wait = wait_after(max(failed.by_user, failed.by_address))
    if failed.last is not None and wall < failed.last + wait:
        seconds = int((failed.last + wait - wall).total_seconds()) + 1
        flash(f"Trop d'essais manqués : réessayez dans {seconds} secondes.", "error")
        return back
    if not name or not password_matches(db, name, password):
        record_failure(db, name, _address(), wall, site().now())
        flash("Nom d'utilisateur ou mot de passe incorrect.", "error")
        return back
    forget_failures(db, name, _address())
    session.clear()  # nothing of a session from before the log-in survives it
    session["sid"] = open_session(db, name, wall)
    return redirect(safe_next(request.form.get("next")), 303)


@auth.post("/logout")
def logout() -> Response:
    token = session.get("sid")
    if isinstance(token, str):
        end_session(site().users_db(), token)
    session.clear()
    flash("Vous êtes déconnecté.", "ok")
    return redirect(url_for("auth.login"), 303)


def current_user() -> str | None:
    """Who this request's session belongs to (looked up once a request), or None."""
    if "user" not in g:
        token = session.get("sid")
        found = None
        if isinstance(token, str):
            found = session_user(site().users_db(), token, wall_clock())
        g.user = found
    user: str | None = g.user
    return user


def install(app: Flask) -> None:
    """The log-in routes, and the check every other page goes through first."""
    app.register_blueprint(auth)

    @app.before_request
    def require_login() -> Response | None:
        user = current_user()
        if user is not None or request.endpoint in PUBLIC_ENDPOINTS:
            return None
        session.pop("sid", None)
        wanted = request.full_path.rstrip("?") if request.method == "GET" else None
        return redirect(url_for("auth.login", next=wanted), 303)
