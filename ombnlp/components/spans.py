"""Turning character offsets into spaCy spans that always exist."""

from spacy.tokens import Doc, Span


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The span covering doc.text[start:end] (expanded to whole tokens), or None if empty."""
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")
