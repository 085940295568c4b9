"""Jinja2 templates from gabarits/: one per message and language, a .txt and a .html each.

The subject is the `subject` block of the .txt template, so a firm edits every word of an email
in one folder. A missing variable is an error (StrictUndefined), never a blank in a customer's
email; HTML is autoescaped.

An image the HTML shows is named in the template with the `inline` filter,
`<img src="{{ payment.qr|inline }}">`: the filter gives its `cid:` address and the rendering
keeps the image, so the email carries exactly the images its HTML uses (a firm's own template
without the QR code sends none).
"""

from __future__ import annotations

import datetime as dt
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from relancebot.core.money import format_money
from relancebot.errors import RelancebotError
from relancebot.outgoing.compose import InlineImage

SHIPPED_TEMPLATES = Path(__file__).resolve().parent.parent / "gabarits"


class TemplateProblem(RelancebotError):
    """A template that cannot be rendered: missing, broken, or using an unknown variable."""


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    inline: tuple[InlineImage, ...] = ()  # the images the HTML names by `cid:`


def long_date(value: dt.date, language: str = "fr") -> str:
    """'1er novembre 2026', '2 novembre 2026'; '2 November 2026' in English."""
    from babel.dates import format_date

    if language == "fr":
        if value.day == 1:
            return "1er " + format_date(value, "MMMM y", locale="fr_FR")
        return str(format_date(value, "d MMMM y", locale="fr_FR"))
    return str(format_date(value, "d MMMM y", locale="en_GB"))


def _date_filter(context: Any, value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    return long_date(value, context.get("lang", "fr"))


def _money_filter(context: Any, value: Decimal, currency: str = "EUR") -> str:
    return format_money(value, currency, context.get("lang", "fr"))


# The images named while one HTML part renders: per rendering, so concurrent ones never mix.
_USED_IMAGES: ContextVar[list[InlineImage] | None] = ContextVar("_USED_IMAGES", default=None)


def _inline_filter(image: InlineImage) -> str:
    """`{{ image|inline }}`: the image's `cid:` address, the image kept for the email."""
    used = _USED_IMAGES.get()
    if used is None:  # the text part, or a subject: no image there
        raise TemplateProblem("le filtre inline ne sert que dans un gabarit .html")
    used.append(image)
    return image.src


_SHARED_BYTECODE: Any = None


def _shared_bytecode() -> Any:
    """One in-memory cache of compiled templates for the whole process.

    A workspace serves thirty firms, each with its own Renderer; without it each compiled the
    same shipped templates again. Jinja keys a compiled template by its file and checks it
    against the source's checksum, so a firm's own edited copy is never served another's."""
    global _SHARED_BYTECODE
    if _SHARED_BYTECODE is None:
        import threading

        import jinja2

        class InMemory(jinja2.BytecodeCache):
            def __init__(self) -> None:
                self.compiled: dict[str, bytes] = {}
                self.lock = threading.Lock()

            def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
                with self.lock:
                    data = self.compiled.get(bucket.key)
                if data is not None:
                    bucket.bytecode_from_string(data)

            def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
                data = bucket.bytecode_to_string()
                with self.lock:
                    self.compiled[bucket.key] = data

        _SHARED_BYTECODE = InMemory()
    return _SHARED_BYTECODE


class Renderer:
    def __init__(self, templates_dir: Path | list[Path]) -> None:
        """One folder, or several searched in order (the firm's copy, then the shipped one)."""
        import jinja2  # a tenth of a second: only the commands that render a message pay it

        self.env = jinja2.Environment(
            bytecode_cache=_shared_bytecode(),
            loader=jinja2.FileSystemLoader(templates_dir),
            undefined=jinja2.StrictUndefined,
            autoescape=jinja2.select_autoescape(["html"], default_for_string=False),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["date"] = jinja2.pass_context(_date_filter)
        self.env.filters["money"] = jinja2.pass_context(_money_filter)
        self.env.filters["inline"] = _inline_filter

    def render(self, name: str, language: str, context: dict[str, Any]) -> Rendered:
        import jinja2

        values = {**context, "lang": language}
        try:
            text_template = self.env.get_template(f"{language}/{name}.txt")
            html_template = self.env.get_template(f"{language}/{name}.html")
            if "subject" not in text_template.blocks:
                raise TemplateProblem(f"{language}/{name}.txt : bloc 'subject' manquant")
            # One context for body and subject, so the template's own imports serve both.
            shared = text_template.new_context(values)
            text = "".join(text_template.root_render_func(shared))
            subject = " ".join("".join(text_template.blocks["subject"](shared)).split())
            used: list[InlineImage] = []
            token = _USED_IMAGES.set(used)
            try:
                html = html_template.render(values)
            finally:
                _USED_IMAGES.reset(token)
            return Rendered(subject, text, html, tuple(used))
        except jinja2.TemplateNotFound as exc:
            raise TemplateProblem(f"gabarit introuvable : {exc.name}") from None
        except jinja2.UndefinedError as exc:
            raise TemplateProblem(f"gabarit {language}/{name} : {exc.message}") from None
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateProblem(f"gabarit {exc.filename}:{exc.lineno} : {exc.message}") from None
