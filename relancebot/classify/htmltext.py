"""HTML bodies to plain text, keeping quoted blocks recognisable for the quote stripper."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_MAX_TEXT = 200_000


class _HtmlToText(HTMLParser):
    """Block tags become line breaks; text inside <blockquote> is prefixed with '> '."""

    _BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "tr",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "hr",
            "pre",
            "ul",
            "ol",
            "dd",
            "dt",
            "section",
            "article",
        ]
    )
    _SKIPPED = frozenset(("style", "script", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.quote_depth = 0
        self.skip_depth = 0

    def _newline(self) -> None:
        if self.lines[-1].strip():
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIPPED:
            self.skip_depth += 1
        elif tag == "blockquote":
            self._newline()
            self.quote_depth += 1
        elif tag in self._BLOCKS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "blockquote":
            self._newline()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in self._BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        data = " ".join(data.split()) if not data.isspace() else " "
        if not data.strip() and not self.lines[-1]:
            return
        if not self.lines[-1] and self.quote_depth:
            self.lines[-1] = "> " * self.quote_depth
        self.lines[-1] += data

    def text(self) -> str:
        return "\n".join(line.strip() for line in self.lines)


def html_to_text(html: str) -> str:
    parser = _HtmlToText()
    try:
        parser.feed(html[:_MAX_TEXT])
        parser.close()
    except Exception:  # HTMLParser is lenient, but never let markup break the classifier
        return re.sub(r"<[^>]*>", " ", html)
    return parser.text()
