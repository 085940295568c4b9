"""Rendering the next reminder of one invoice without sending or recording anything."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt

from relancebot.app import App
from relancebot.core.planner import next_step
from relancebot.errors import NotAllowedNow, NotFound
from relancebot.outgoing.reminders import read_pdf, render_batch
from relancebot.outgoing.render import Rendered
from relancebot.store.records import customer_states, open_invoice_states


def render_next(app: App, number: str, now: dt.datetime) -> Rendered:
    invoice = next((i for i in open_invoice_states(app.db) if i.number == number), None)
    if invoice is None:
        raise NotFound(f"facture {number} inconnue ou déjà payée")
    customer = customer_states(app.db)[invoice.customer_id]
    step = next_step(invoice, customer, app.settings.policy, app.settings.business_calendar(), now)
    if isinstance(step, str):
        raise NotAllowedNow(f"facture {number} : aucune relance prévue ({step})")
    if step.kind.value == "escalate":
        raise NotAllowedNow(
            f"facture {number} : plus de relance automatique, le client est à appeler"
        )
    path = app.db.execute("SELECT pdf_path FROM invoices WHERE number = ?", [number]).fetchone()[0]
    _, _, rendered = render_batch(
        app.db,
        app.settings,
        app.renderer,
        app.secret,
        invoice.customer_id,
        [step],
        {number: read_pdf(path)} if path else {},  # no document: nothing attached
        now,
    )
    return viewable(rendered)


def viewable(rendered: Rendered) -> Rendered:
    """The preview's HTML is opened from a file (`preview --html > relance.html`), where no
    `cid:` part exists: its images are written into it as `data:` URIs. Only here: the email
    itself keeps them as parts, since mail clients block `data:` images."""
    html = rendered.html
    for image in rendered.inline:
        encoded = base64.b64encode(image.content).decode("ascii")
        html = html.replace(image.src, f"data:{image.content_type};base64,{encoded}")
    return dataclasses.replace(rendered, html=html)
