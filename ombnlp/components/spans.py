"""Turning character offsets into spaCy spans that always exist."""

from spacy.tokens import Doc, Span


TEXT_CACHE = "ombnlp_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per doc: spaCy rebuilds it from the tokens on every access.

    The copy lives in `doc.user_data["ombnlp_text"]` while the ombnlp components run;
    `forget_text` (called by the last component) removes it.
    """
    text = doc.user_data.get(TEXT_CACHE)
    if text is None:
        text = doc.user_data[TEXT_CACHE] = doc.text
    return text


def span_text(text: str, span: Span) -> str:
    """`span.text`, cut from the doc's text (`doc_text`) instead of rebuilt from the tokens."""
    return text[span.start_char:span.end_char]


def forget_text(doc: Doc) -> None:
    doc.user_data.pop(TEXT_CACHE, None)


def char_span(doc: Doc, text: str, start: int, end: int, label: str) -> Span | None:
    """The span covering text[start:end] (trimmed, expanded to whole tokens), or None if empty.

    `text` is `doc.text`, passed in because spaCy rebuilds `doc.text` from the tokens on every access.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")
