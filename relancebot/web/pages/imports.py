"""Page 7, Import: an invoices or payments file, what it would change, then its confirmation.

1. The POST of the form keeps the uploaded file in the firm folder, beside config.toml (the
   PDF paths of an invoices file are relative to it, as for `import-invoices`), named
   ``.import-<kind>-<token>.csv``, readable by its owner only; nothing is written to the store.
2. Its preview (a GET) is the import run and rolled back (relancebot.store.import_preview):
   every refused line, or what would change; nothing is ever committed by it.
3. Confirming imports the file through the command's own function, journalled as the user,
   in one transaction; cancelling does nothing. Either way the kept file is deleted.
A kept file nobody confirmed is deleted by the next upload once it is a day old.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import secrets
import time
from pathlib import Path

from flask import abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from relancebot.app import App
from relancebot.errors import NotAllowedNow
from relancebot.importing.csvfile import ImportRejected
from relancebot.store.files import write_private
from relancebot.store.import_preview import (
    describe,
    import_invoice_file,
    import_payment_file,
    preview_invoice_file,
    preview_payment_file,
)
from relancebot.store.imports import ImportSummary
from relancebot.web.context import change, firm_app, site
from relancebot.web.pages import firm_pages

KINDS = {"factures": "Factures", "paiements": "Paiements"}
KEPT_FOR = dt.timedelta(days=1)
_TOKEN = re.compile(r"[0-9a-f]{32}")


def kept_file(kind: str, token: str) -> Path:
    """The uploaded file of (kind, token); 404 for a kind or token not of ours."""
    if kind not in KINDS or not _TOKEN.fullmatch(token):
        abort(404)
    return firm_app().settings.base_dir / f".import-{kind}-{token}.csv"


def _forget_old(folder: Path) -> None:
    too_old = time.time() - KEPT_FOR.total_seconds()
    for old in folder.glob(".import-*-*.csv"):
        with contextlib.suppress(OSError):
            if old.stat().st_mtime < too_old:
                old.unlink()


def _not_a_csv(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 CSV (Excel's "Unicode text")
        return False
    return head.startswith((b"%PDF-", b"<", b"OFXHEADER", b":20:", b"{1:")) or b"\x00" in head


def _move() -> bool:
    return (request.values.get("move") or "") == "1"


@firm_pages.get("/import")
def import_page() -> str:
    return render_template("import.html", kinds=KINDS)


@firm_pages.post("/import")
def import_upload() -> Response:
    kind = request.form.get("kind", "")
    upload = request.files.get("file")
    data = b""
    if upload is not None:
        try:
            data = upload.read()
        finally:  # a large one is spooled to a temporary file: closed once read
            upload.close()
    if kind not in KINDS or not data:
        flash("Choisissez le type de fichier et un fichier CSV non vide.", "error")
        return redirect(url_for("firm.import_page"), 303)
    if _not_a_csv(data):
        # The page keeps the upload only until it is confirmed: an e-invoice's PDF would be
        # the document of its reminders, and a statement needs its matching page.
        flash(
            "Ce fichier n'est pas un CSV. Une facture Factur-X, UBL ou CII, un relevé bancaire "
            "ou un FEC s'importe par la commande (import-invoices, import-payments, import-fec) "
            "ou en le déposant dans le dossier surveillé ([imports] watch_dir).",
            "error",
        )
        return redirect(url_for("firm.import_page"), 303)
    folder = firm_app().settings.base_dir
    _forget_old(folder)
    token = secrets.token_hex(16)
    write_private(folder / f".import-{kind}-{token}.csv", data)
    move = "1" if _move() and kind == "factures" else None
    return redirect(url_for("firm.import_preview", kind=kind, token=token, move=move), 303)


@firm_pages.get("/import/<kind>/<token>")
def import_preview(kind: str, token: str) -> str:
    path = kept_file(kind, token)
    if not path.is_file():
        abort(404)
    app = firm_app()
    now = site().now()
    if kind == "factures":
        preview = preview_invoice_file(app.db, app.settings, path, now, move=_move())
    else:
        preview = preview_payment_file(app.db, path, now)
    lines = [] if preview.refused else describe(preview)
    return render_template(
        "import-apercu.html",
        kind=kind,
        kind_fr=KINDS[kind],
        token=token,
        move=_move(),
        preview=preview,
        lines=lines,
    )


def _imported(kind: str, summary: ImportSummary) -> str:
    if kind == "factures":
        return (
            f"Import fait : {summary.added} facture(s) ajoutée(s), {summary.updated} mise(s) à jour"
            + (f", déplacée(s) : {', '.join(summary.moved)}" if summary.moved else "")
            + "."
        )
    return (
        f"Import fait : {summary.added} paiement(s) enregistré(s)"
        + (f", {summary.skipped} déjà connu(s)" if summary.skipped else "")
        + (f" ; soldée(s) : {', '.join(summary.settled)}" if summary.settled else "")
        + "."
    )


@firm_pages.post("/import/<kind>/<token>/confirmer")
def import_confirm(kind: str, token: str) -> Response:
    path = kept_file(kind, token)
    if not path.is_file():
        abort(404)
    move = _move()

    def decide(app: App, now: dt.datetime, actor: str) -> str:
        try:
            if kind == "factures":
                summary = import_invoice_file(
                    app.db, app.settings, path, now, move=move, actor=actor
                )
            else:
                summary = import_payment_file(app.db, path, now, actor=actor)
        except ImportRejected as exc:  # its message names the kept file: the lines only
            raise NotAllowedNow(
                "fichier refusé, rien n'a été importé : " + " ; ".join(exc.problems)
            ) from None
        return _imported(kind, summary)

    try:
        return change(decide, url_for("firm.import_page"))
    finally:
        path.unlink(missing_ok=True)


@firm_pages.post("/import/<kind>/<token>/annuler")
def import_cancel(kind: str, token: str) -> Response:
    kept_file(kind, token).unlink(missing_ok=True)
    flash("Import annulé : rien n'a été importé.", "ok")
    return redirect(url_for("firm.import_page"), 303)
