"""Runs the reason classifier on every point and stores reasons, scores and evidence on the Doc.

Works in batches: `pipe` classifies all points of a batch of docs in one call, which is far
faster than one call per point.
"""

from __future__ import annotations

import shutil
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ombnlp.components.spans import char_span, doc_text, forget_text
from ombnlp.focus import forget_readings
from ombnlp.inputs import doc_inputs
from ombnlp.persistence import MODEL_FILE, META_FILE, load_model, resolve

EVIDENCE = "ombnlp_evidence"


@Language.factory("ombnlp_disposal", default_config={"model": None, "trust": False, "batch_size": 64})
def make_disposal(nlp: Language, name: str, model: str | None, trust: bool, batch_size: int) -> "DisposalClassifier":
    return DisposalClassifier(model, trust=trust, batch_size=batch_size)


class DisposalClassifier:
    def __init__(self, model: str | Path | None = None, *, trust: bool = False, batch_size: int = 64):
        self.model_folder, _ = resolve(model)
        self.classifier = load_model(model, trust=trust)
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int | None = None):
        docs = iter(docs)
        while batch := list(islice(docs, batch_size or self.batch_size)):
            self._classify(batch)
            yield from batch

    def _classify(self, docs: list[Doc]) -> None:
        per_doc = [points + [decision] for points, decision in map(doc_inputs, docs)]
        flat = [x for inputs in per_doc for x in inputs]
        results = iter(self.classifier.predict(flat))
        for doc, inputs in zip(docs, per_doc):
            disposals, evidence, text = {}, [], doc_text(doc)
            for x in inputs[:-1]:
                result = next(results)
                disposals[x.point_id] = {"reasons": list(result.reasons), "scores": result.scores,
                                         "evidence": result.evidence}
                if result.evidence_span and (span := char_span(doc, text, *result.evidence_span, x.point_id)):
                    evidence.append(span)
            doc._.ombnlp_disposals = disposals
            doc._.ombnlp_reasons = list(next(results).reasons)
            doc.spans[EVIDENCE] = evidence
            forget_text(doc)
        forget_readings()

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in (MODEL_FILE, META_FILE):
            shutil.copyfile(self.model_folder / name, path / name)

    def from_disk(self, path, *, exclude=tuple()):
        """Loading a saved pipeline is the user's explicit choice of files, so it is trusted."""
        self.model_folder = Path(path)
        self.classifier = load_model(self.model_folder, trust=True)
        return self
