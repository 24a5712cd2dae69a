"""Small text helpers shared by the components: lines with offsets, sentences, folding."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("`", "'"), ("´", "'"))
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])|\n+")
_LEADING_MARKER = re.compile(r"^\s*(?:[-•*·▪◦]|\(?[a-z]\)|\(?\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str  # as written, without the newline

    @property
    def stripped(self) -> str:
        return self.text.strip()


def fold(text: str) -> str:
    """Straight quotes and lower case, for matching rules against any typography.

    Chained `str.replace` calls: `str.translate` with a table goes character by character in
    Python objects on non-ASCII text and was a tenth of the analysis time.
    """
    for curly, straight in _QUOTES:
        text = text.replace(curly, straight)
    return text.lower()


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of `text[start:end]`, each with its offsets in `text`."""
    end = len(text) if end is None else end
    result, pos = [], start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        result.append(Line(pos, stop, text[pos:stop]))
        if nl == -1:
            break
        pos = nl + 1
    return result


def strip_marker(text: str) -> str:
    """Remove a leading bullet, letter or list number ("- ", "a) ", "  1. ")."""
    return _LEADING_MARKER.sub("", text, count=1)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in `text[start:end]`, markers and blanks trimmed."""
    end = len(text) if end is None else end
    spans, pos = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, end))
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e)) is not None]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    chunk = text[start:end]
    marker = _LEADING_MARKER.match(chunk)
    if marker:
        start += marker.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end - start > 1 else None


def words(text: str) -> list[str]:
    """Lower-cased word tokens, for comparing sentences 'with the same words'."""
    return re.findall(r"\w+", fold(text))
