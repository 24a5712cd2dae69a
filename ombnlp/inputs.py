"""What the classifier reads for each point, built from a segmented Doc.

A point's reasons are stated in its assessment passage, and — when that passage is missing or
cut off — in the Summary and the Final decision. "The Ombudsman's role and powers" is left out
on purpose: it recites every ground the Ombudsman *may* rely on, not the one used here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ombnlp.components.points import POINT_ASSESSMENTS, POINTS
from ombnlp.components.sections import SECTIONS
from ombnlp.text import sentences

BLOCKS = ("passage", "final", "summary")  # where an evidence sentence can come from, in that order


@dataclass(frozen=True)
class Candidate:
    """A sentence that may state the point's reason, with its place in the doc."""
    text: str
    start: int
    end: int
    block: str  # one of BLOCKS
    index: int  # position of the sentence within its block


@dataclass(frozen=True)
class PointInput:
    point_id: str
    passage: str  # the assessment passage linked to the point ("" if none)
    context: str  # Summary + Final decision
    passage_cut: bool  # the passage runs into the end of a truncated text
    candidates: list[Candidate] = field(default_factory=list)

    def passage_only(self) -> "PointInput":
        """The same point read from its own assessment passage alone (the guideline's first source)."""
        return replace(self, context="", candidates=[c for c in self.candidates if c.block == "passage"])

    def as_fields(self) -> dict:
        """The plain fields the scikit-learn features read."""
        return {"passage": self.passage, "context": self.context, "passage_cut": self.passage_cut}


def point_inputs(doc: Doc) -> list[PointInput]:
    """One input per point of the doc, in point order."""
    summary = _section_text(doc, "summary")
    final = _section_text(doc, "final_decision")
    context = "\n".join(part for part in (summary, final) if part)
    passages = {span.label_: span for span in doc.spans.get(POINT_ASSESSMENTS, [])}
    shared = _block_candidates(doc, "final", "final_decision") + _block_candidates(doc, "summary", "summary")
    whole = {(s.start_char, s.end_char) for s in doc.spans.get(SECTIONS, []) if s.label_ == "assessment"}
    inputs = []
    for point in doc.spans.get(POINTS, []):
        passage = passages.get(point.label_)
        own = _candidates(doc, passage.start_char, passage.end_char, "passage") if passage is not None else []
        x = PointInput(
            point_id=point.label_,
            passage=passage.text if passage is not None else "",
            context=context,
            passage_cut=passage is not None and doc._.ombnlp_truncated and passage.end_char >= _last_text_offset(doc),
            candidates=own + shared,
        )
        # The guideline: reasons come from the point's own assessment where the assessment is split
        # by point; the Summary and Final decision speak for the decision as a whole.
        split_by_point = passage is not None and (passage.start_char, passage.end_char) not in whole
        inputs.append(x.passage_only() if split_by_point and not x.passage_cut else x)
    return inputs


def decision_input(doc: Doc) -> PointInput:
    """The decision as a whole, read from the Summary and Final decision only."""
    context = "\n".join(p for p in (_section_text(doc, "summary"), _section_text(doc, "final_decision")) if p)
    shared = _block_candidates(doc, "final", "final_decision") + _block_candidates(doc, "summary", "summary")
    return PointInput("", "", context, False, shared)


def _section_text(doc: Doc, name: str) -> str:
    return "\n".join(span.text for span in doc.spans.get(SECTIONS, []) if span.label_ == name)


def _block_candidates(doc: Doc, block: str, section: str) -> list[Candidate]:
    found = []
    for span in doc.spans.get(SECTIONS, []):
        if span.label_ == section:
            found.extend(_candidates(doc, span.start_char, span.end_char, block, first_index=len(found)))
    return found


def _candidates(doc: Doc, start: int, end: int, block: str, first_index: int = 0) -> list[Candidate]:
    return [Candidate(doc.text[s:e], s, e, block, first_index + i)
            for i, (s, e) in enumerate(sentences(doc.text, start, end))]


def _last_text_offset(doc: Doc) -> int:
    return len(doc.text.rstrip())
