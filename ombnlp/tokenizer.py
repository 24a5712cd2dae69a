"""A tokenizer wrapper that keeps the input string on the Doc.

spaCy rebuilds `doc.text` from the tokens on every access, which cost more than tokenising
itself. The components read `doc_text(doc)`, which this wrapper fills for free at tokenisation.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ombnlp.components.spans import TEXT_CACHE


class KeepText:
    """Calls the wrapped tokenizer and stores the text in `doc.user_data["ombnlp_text"]`."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT_CACHE] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # serialisation and everything else: the wrapped tokenizer's
        return getattr(self.tokenizer, name)
