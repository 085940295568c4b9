"""The person's pages in the browser (`relancebot web`): today's calls, the cases, a case file
and its decisions, noting a call, the replies to read, the messages to check, an import, the
report; for one firm folder or a workspace.

    relancebot.web.app        create_app(target, now_override): the Flask application
    relancebot.web.site       the firms served, their databases (one connection per thread)
    relancebot.web.security   Host, Origin and CSRF checks, security headers, TLS proxy
    relancebot.web.auth       log-in, log-out, the growing delay after failed log-ins
    relancebot.web.context    what a page uses: the firm of the URL, the user, `change`
    relancebot.web.decisions  each decision through the library function its command calls
    relancebot.web.pages      one module per page; its docstring says how to add one
    relancebot.web.server     waitress, until SIGTERM or SIGINT

Importing this package imports no Flask: `from relancebot.web import create_app` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from relancebot.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from relancebot.web.app import create_app

        return create_app
    raise AttributeError(name)
