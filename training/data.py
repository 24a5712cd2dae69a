"""Turning annotated decisions into classifier examples, with the package's own segmentation.

Training and inference must read points the same way, so examples are built by running the
package's spaCy components (without the classifier) over each decision text.
"""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from tqdm import tqdm

import ombnlp  # noqa: F401  (registers components and extensions)
from ombnlp.inputs import PointInput, point_inputs
from ombnlp.reading import read_input
from ombnlp.text import words


@dataclass
class Examples:
    inputs: list[PointInput]
    reasons: list[list[str]]
    evidence: list[tuple[int, int] | None]
    groups: list[str]  # the decision each example comes from
    evidence_text: list[str | None]
    augmented: list[bool]  # a copy read from the passage alone (see `build_examples`)

    def add(self, x: PointInput, gold: dict, ref: str, augmented: bool = False) -> None:
        self.inputs.append(x)
        self.augmented.append(augmented)
        self.reasons.append(list(gold["reasons"]))
        self.evidence.append(match_evidence(x, gold["evidence"]))
        self.groups.append(ref)
        self.evidence_text.append(gold["evidence"])


def segmenter() -> spacy.Language:
    nlp = spacy.blank("en")
    for name in ("ombnlp_sections", "ombnlp_header", "ombnlp_points"):
        nlp.add_pipe(name)
    return nlp


def decisions(rows) -> dict[str, dict]:
    """The distinct decisions of a point-level split, keyed by reference, with their gold points."""
    found: dict[str, dict] = {}
    for row in rows:
        decision = found.setdefault(row["ref"], {"ref": row["ref"], "text": row["text"], "points": [],
                                                 "complete": row["complete"]})
        decision["points"].append(row)
    return found


def build_examples(rows, desc: str = "segmenting", augment: bool = False) -> Examples:
    """Examples for the gold points that the segmenter also finds (matched by id).

    With `augment`, each point whose gold assessment is visible is also added as read from its
    passage alone: that is how points of decisions assessed point by point reach the classifier,
    and the corpus (page openings) has few of those.
    """
    nlp, result = segmenter(), Examples([], [], [], [], [], [])
    grouped = decisions(rows)
    texts = (read_input(d["text"]) for d in grouped.values())
    for decision, doc in tqdm(zip(grouped.values(), nlp.pipe(texts)), total=len(grouped), desc=desc):
        found = {x.point_id: x for x in point_inputs(doc)}
        for gold in decision["points"]:
            if gold["point_id"] in found:
                x = found[gold["point_id"]]
                result.add(x, gold, decision["ref"])
                if augment and gold["assessed"] and x.passage and not x.passage_cut and x.context:
                    result.add(x.passage_only(), gold, decision["ref"], augmented=True)
    return result


def match_evidence(x: PointInput, evidence: str | None) -> tuple[int, int] | None:
    """Offsets of the candidate sentence with the same words as the annotated evidence."""
    if not evidence:
        return None
    target = words(evidence)
    return next(((c.start, c.end) for c in x.candidates if words(c.text) == target), None)
