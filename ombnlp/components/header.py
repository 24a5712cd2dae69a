"""Reads the header block: authority, reference, category, outcome and decision date.

Field patterns live in `rules/header.json`. Values are stored as spans in
`doc.spans["ombnlp_header"]`, labelled with the field name; `read_header` turns them into values.
"""

from __future__ import annotations

import re
from spacy.language import Language
from spacy.tokens import Doc

from ombnlp.components.rulebased import RuleComponent
from ombnlp.components.sections import SECTIONS
from ombnlp.components.spans import char_span, doc_text, span_text

HEADER = "ombnlp_header"


@Language.factory("ombnlp_header", default_config={"rules": None})
def make_header_reader(nlp: Language, name: str, rules: dict | None) -> "HeaderReader":
    return HeaderReader(rules)


class HeaderReader(RuleComponent):
    rules_name = "header"

    def compile(self) -> None:
        self.fields = {
            field: [re.compile(p, re.M) for p in patterns] for field, patterns in self.rules["fields"].items()
        }

    def __call__(self, doc: Doc) -> Doc:
        if SECTIONS not in doc.spans:
            raise ValueError("ombnlp_header needs the 'ombnlp_sections' component before it")
        header = next((s for s in doc.spans[SECTIONS] if s.label_ == "header"), None)
        found, text = [], doc_text(doc)
        if header is not None:
            for field, patterns in self.fields.items():
                match = next((m for p in patterns if (m := p.search(text, header.start_char, header.end_char))), None)
                if match:
                    found.extend(self._spans(doc, text, match, field))
        doc.spans[HEADER] = found
        return doc

    @staticmethod
    def _spans(doc: Doc, text: str, match: re.Match, field: str) -> list:
        groups = ["value"] + (["sub"] if "sub" in match.re.groupindex else [])
        spans = [char_span(doc, text, match.start(g), match.end(g), field) for g in groups]
        return [s for s in spans if s is not None]


def read_header(doc: Doc, text: str) -> dict[str, str]:
    """The header values of a processed doc (`text` is `doc.text`); a field split over spans is joined with " > "."""
    values: dict[str, list[str]] = {}
    for span in doc.spans.get(HEADER, []):
        values.setdefault(span.label_, []).append(span_text(text, span).strip())
    result = {field: " > ".join(parts) for field, parts in values.items()}
    if "reference" in result:
        result["reference"] = re.sub(r"[ -]", " ", result["reference"])
    return result
