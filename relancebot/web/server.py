"""`relancebot web`: the pages served by waitress, in the foreground, until SIGTERM or SIGINT.

1. The socket is bound (port 0: a free one) and the address said, with a word when nobody may
   log in yet or when the pages listen beyond this machine.
2. SIGTERM is turned into the KeyboardInterrupt waitress stops on (as Ctrl-C): the requests in
   hand finish (waitress waits a few seconds for its threads), then the command returns.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType

from flask import Flask

from relancebot.store.web_users import has_users
from relancebot.web.site import Site

THREADS = 4


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve(app: Flask, host: str, port: int, say: Callable[[str], None]) -> None:
    import waitress  # the production WSGI server: only for this command

    site: Site = app.extensions["relancebot"]
    previous = signal.signal(signal.SIGTERM, _stop)
    server = None
    try:
        server = waitress.create_server(
            app,
            host=host,
            port=port,
            threads=THREADS,
            ident="relancebot",
            clear_untrusted_proxy_headers=False,  # relancebot.web.security decides
        )
        if not has_users(site.users_db()):
            say("Aucun utilisateur : `relancebot user add NOM` pour pouvoir se connecter.")
        if host not in ("127.0.0.1", "::1", "localhost"):
            say(
                f"Attention : les pages écoutent au-delà de cette machine ({host}) ; mettez-les "
                "derrière un proxy TLS (voir le README) et nommez-le dans [web] allowed_hosts."
            )
        shown = f"[{host}]" if ":" in host else host
        # Said last: whoever waits for this line (a script, a test) may send requests now.
        say(f"relancebot web : http://{shown}:{server.effective_port}/ (Ctrl-C pour arrêter)")
        server.run()  # returns on KeyboardInterrupt (Ctrl-C, or SIGTERM above)
    except KeyboardInterrupt:  # before the server ran
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        if server is not None:
            server.close()
    say("relancebot web : arrêté.")
