"""The results users read: a `Decision` with its `Point`s, built from a processed Doc."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from spacy.tokens import Doc

from ombnlp.components.header import read_header
from ombnlp.components.points import POINT_ASSESSMENTS, POINTS
from ombnlp.components.sections import SECTIONS
from ombnlp.components.spans import span_text
from ombnlp.rules import load_rules
from ombnlp.text import strip_marker

SECTION_NAMES = ("header", "summary", "complaint", "scope", "role_and_powers", "how_considered",
                 "assessment", "action", "final_decision")


@dataclass
class Point:
    """One complaint point and why the Ombudsman disposed of it."""
    id: str  # "a", "b", ... in the order listed
    complaint: str
    assessment: str | None  # the assessment passage linked to this point
    reasons: list[str] = field(default_factory=list)  # labels, most important first
    scores: dict[str, float] = field(default_factory=dict)  # probability per label
    evidence: str | None = None  # the sentence that states the main reason

    @property
    def assessed(self) -> bool:
        """True when the evidence comes from the point's own assessment passage."""
        return bool(self.assessment and self.evidence and self.evidence in self.assessment)


@dataclass
class Decision:
    reference: str | None
    authority: str | None
    category: str | None
    outcome: str | None
    decision_date: date | None
    sections: dict[str, str]
    reasons: list[str]
    points: list[Point]
    truncated: bool
    warnings: list[str]

    def to_dict(self) -> dict:
        """A JSON-ready dict (dates as ISO strings)."""
        result = asdict(self)
        result["decision_date"] = self.decision_date.isoformat() if self.decision_date else None
        for point, data in zip(self.points, result["points"]):
            data["assessed"] = point.assessed
        return result

    @classmethod
    def from_doc(cls, doc: Doc, text: str | None = None) -> "Decision":
        """`text` is `doc.text` where the caller has it: spaCy rebuilds `doc.text` on every access."""
        text = doc.text if text is None else text
        header = read_header(doc, text)
        disposals = doc._.ombnlp_disposals or {}
        passages = {span.label_: span_text(text, span) for span in doc.spans.get(POINT_ASSESSMENTS, [])}
        points = [_point(span.label_, _clean(span_text(text, span)), passages.get(span.label_),
                         disposals.get(span.label_, {}))
                  for span in doc.spans.get(POINTS, [])]
        return cls(
            reference=header.get("reference"),
            authority=header.get("authority"),
            category=header.get("category"),
            outcome=header.get("outcome"),
            decision_date=parse_date(header.get("decision_date")),
            sections=section_texts(doc, text),
            reasons=list(doc._.ombnlp_reasons or []),
            points=points,
            truncated=bool(doc._.ombnlp_truncated),
            warnings=list(doc._.ombnlp_warnings or []),
        )


def _point(point_id: str, complaint: str, assessment: str | None, disposal: dict) -> Point:
    # lists may come back as tuples after a DocBin round trip (msgpack)
    return Point(id=point_id, complaint=complaint, assessment=assessment,
                 reasons=list(disposal.get("reasons", [])), scores=dict(disposal.get("scores", {})),
                 evidence=disposal.get("evidence"))


def section_texts(doc: Doc, text: str | None = None) -> dict[str, str]:
    """Canonical section name -> its text; a section found twice has both parts joined."""
    text = doc.text if text is None else text
    texts: dict[str, list[str]] = {}
    for span in doc.spans.get(SECTIONS, []):
        texts.setdefault(span.label_, []).append(span_text(text, span))
    return {name: "\n\n".join(texts[name]) for name in SECTION_NAMES if name in texts}


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    for fmt in load_rules("header")["date_formats"]:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _clean(text: str) -> str:
    return "\n".join(strip_marker(line).strip() for line in text.split("\n") if line.strip())
