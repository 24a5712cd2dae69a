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
from ombnlp.components.spans import doc_text, span_text
from ombnlp.focus import focus
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
    complaint: str = ""  # the point as written in "The complaint": its topic
    focus: str = ""  # the context sentences about this point (see `ombnlp.focus`)
    candidates: list[Candidate] = field(default_factory=list)

    def passage_only(self) -> "PointInput":
        """The same point read from its own assessment passage alone (the guideline's first source)."""
        return replace(self, context="", focus="", candidates=[c for c in self.candidates if c.block == "passage"])

    def as_fields(self) -> dict:
        """The plain fields the scikit-learn features read."""
        return {"passage": self.passage, "context": self.context, "passage_cut": self.passage_cut,
                "complaint": self.complaint, "focus": self.focus}


def doc_inputs(doc: Doc) -> tuple[list[PointInput], PointInput]:
    """The inputs of every point, in point order, and of the decision as a whole (Summary and
    Final decision only), sharing one reading of those two sections. The decision's reasons have
    no evidence sentence, so its input has no candidates to rank."""
    text = doc_text(doc)
    context = _context(doc, text)
    shared = _shared_candidates(doc, text)
    decision = PointInput(point_id="", passage="", context=context, passage_cut=False, focus=context)
    return _point_inputs(doc, text, context, shared), decision


def point_inputs(doc: Doc) -> list[PointInput]:
    """One input per point of the doc, in point order."""
    return doc_inputs(doc)[0]


def _point_inputs(doc: Doc, text: str, context: str, shared: list[Candidate]) -> list[PointInput]:
    passages = {span.label_: span for span in doc.spans.get(POINT_ASSESSMENTS, [])}
    whole = {(s.start_char, s.end_char) for s in doc.spans.get(SECTIONS, []) if s.label_ == "assessment"}
    inputs, points = [], doc.spans.get(POINTS, [])
    complaints = [span_text(text, point) for point in points]
    for point, complaint in zip(points, complaints):
        passage = passages.get(point.label_)
        own = _candidates(text, passage.start_char, passage.end_char, "passage") if passage is not None else []
        x = PointInput(
            point_id=point.label_,
            passage=span_text(text, passage) if passage is not None else "",
            context=context,
            passage_cut=passage is not None and doc._.ombnlp_truncated and passage.end_char >= len(text.rstrip()),
            candidates=own + shared,
            complaint=complaint,
            focus=focus(context, complaint, [c for c in complaints if c is not complaint]),
        )
        # The guideline: reasons come from the point's own assessment where the assessment is split
        # by point; the Summary and Final decision speak for the decision as a whole.
        split_by_point = passage is not None and (passage.start_char, passage.end_char) not in whole
        inputs.append(x.passage_only() if split_by_point and not x.passage_cut else x)
    return inputs


def _context(doc: Doc, text: str) -> str:
    """Summary + Final decision: what the decision says as a whole."""
    return "\n".join(span_text(text, span) for name in ("summary", "final_decision")
                     for span in doc.spans.get(SECTIONS, []) if span.label_ == name)


def _shared_candidates(doc: Doc, text: str) -> list[Candidate]:
    """Sentences of the Final decision and the Summary, each block numbered from 0."""
    found = []
    for block, section in (("final", "final_decision"), ("summary", "summary")):
        spans = [span for span in doc.spans.get(SECTIONS, []) if span.label_ == section]
        in_block: list[Candidate] = []
        for span in spans:
            in_block += _candidates(text, span.start_char, span.end_char, block, first_index=len(in_block))
        found += in_block
    return found


def _candidates(text: str, start: int, end: int, block: str, first_index: int = 0) -> list[Candidate]:
    return [Candidate(text[s:e], s, e, block, first_index + i)
            for i, (s, e) in enumerate(sentences(text, start, end))]
