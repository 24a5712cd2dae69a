"""The few Doc extensions ombnlp sets. Everything else lives in `doc.spans` groups.

Span groups used (labels in brackets):
- "ombnlp_sections" [canonical section name]: the body of each section, heading excluded.
- "ombnlp_headings" [canonical section name]: the heading lines themselves.
- "ombnlp_header" [reference, authority, category, outcome, decision_date]: header values.
- "ombnlp_points" [a, b, ...]: the text of each complaint point.
- "ombnlp_point_assessments" [a, b, ...]: the assessment passage linked to each point.
- "ombnlp_evidence" [a, b, ...]: the sentence that states each point's main reason.
"""

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "ombnlp_truncated": False,  # the text stops before the end of the Final decision
    "ombnlp_warnings": None,  # list[str]: what was missing or odd
    "ombnlp_disposals": None,  # dict[point id, {"reasons", "scores", "evidence"}]
    "ombnlp_reasons": None,  # list[str]: decision-level reasons (Summary / Final decision)
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def add_warning(doc: Doc, message: str) -> None:
    if doc._.ombnlp_warnings is None:
        doc._.ombnlp_warnings = []
    if message not in doc._.ombnlp_warnings:
        doc._.ombnlp_warnings.append(message)
