"""The learned part: which reasons a point has, which comes first, and which sentence says so.

`ReasonClassifier` follows scikit-learn's conventions (`fit` / `predict`, parameters in
`__init__`, learned state ending in "_"). Over one fitted feature union (`features_`) it holds:
- `labeler_`: one-vs-rest logistic regression, a probability for every label (multi-label);
- `primary_`: multinomial logistic regression for the main (first) reason;
- `thresholds_`: the probability each label needs to be given, learned from out-of-fold
  probabilities (the labels differ in how sure the model is when it is right);
- `orderer_`: logistic regression that picks the main reason among the labels from the two
  models' probabilities and where each label's cue comes first in the reason sentences
  (the guideline lists reasons in the order the Ombudsman writes them);
- `ranker_`: logistic regression scoring each candidate sentence as the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MultiLabelBinarizer

from ombnlp.features import candidate_features, candidate_rows, cue_ranks, facts, label_fields, point_features
from ombnlp.inputs import PointInput
from ombnlp.labels import LABELS


THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
MIN_SUPPORT = 20  # positive examples a label needs before its own threshold is learned


@dataclass(frozen=True)
class Disposal:
    """The classifier's answer for one point."""
    reasons: list[str]  # most important first; may be empty
    scores: dict[str, float]  # probability per label
    evidence: str | None
    evidence_span: tuple[int, int] | None  # offsets of the evidence in the doc text


class ReasonClassifier(BaseEstimator):
    def __init__(self, C: float = 4.0, threshold: float = 0.5, floor: float = 0.2,
                 ranker_C: float = 8.0, random_state: int = 0):
        self.C = C  # inverse regularisation of the label models
        self.threshold = threshold  # a label is given when its probability reaches this (see `thresholds_`)
        self.floor = floor  # below this even the main reason is withheld (reasons = [])
        self.ranker_C = ranker_C
        self.random_state = random_state

    # --- fitting ---

    def fit(self, inputs: list[PointInput], reasons: list[list[str]],
            evidence: list[tuple[int, int] | None] | None = None, decision_ids: list | None = None):
        """`reasons[i]`: gold labels of `inputs[i]`, main first; `evidence[i]`: gold sentence offsets;
        `decision_ids[i]`: its decision, so that the stacked main-reason model never sees its own fit."""
        fields = [x.as_fields() for x in inputs]
        groups = list(range(len(inputs))) if decision_ids is None else list(decision_ids)
        labelled = [i for i, r in enumerate(reasons) if r]
        Y = MultiLabelBinarizer(classes=list(LABELS)).fit_transform(reasons)
        self.features_ = point_features().fit(fields)
        X = self.features_.transform(fields)
        self.labeler_ = OneVsRestClassifier(self._logistic(self.C)).fit(X, Y)
        self.primary_ = self._logistic(self.C).fit(X[labelled], [reasons[i][0] for i in labelled])
        self._fit_orderer([fields[i] for i in labelled], [reasons[i] for i in labelled],
                          [groups[i] for i in labelled], Y[labelled])
        if evidence is not None:
            self._fit_ranker(inputs, reasons, evidence)
        return self

    def _labeler(self) -> Pipeline:
        """Features and labeler as one Pipeline, for honest out-of-fold predictions."""
        return Pipeline([("features", point_features()), ("model", OneVsRestClassifier(self._logistic(self.C)))])

    def _primary(self) -> Pipeline:
        return Pipeline([("features", point_features()), ("model", self._logistic(self.C))])

    def _fit_orderer(self, fields, reasons, groups, Y) -> None:
        """Stacking: out-of-fold probabilities of the two models, so the orderer learns honest weights."""
        from sklearn.model_selection import GroupKFold, cross_val_predict  # training only: keeps start-up short

        folds = list(GroupKFold(n_splits=3).split(fields, groups=groups))
        label_p = cross_val_predict(self._labeler(), fields, Y, cv=folds, method="predict_proba")
        primary_p = cross_val_predict(self._primary(), fields, [r[0] for r in reasons], cv=folds, method="predict_proba")
        classes = sorted({r[0] for r in reasons})
        rows, targets = [], []
        for x, r, lp, pp in zip(fields, reasons, label_p, primary_p):
            rows += self._label_rows(x, lp, dict(zip(classes, pp)))
            targets += [int(label == r[0]) for label in LABELS]
        self.orderer_ = Pipeline([("vector", facts()), ("model", self._logistic(1.0))]).fit(rows, targets)
        self.thresholds_ = self._thresholds(label_p, Y)

    def _thresholds(self, label_p: np.ndarray, Y: np.ndarray) -> dict[str, float]:
        """Each label's threshold: the one of THRESHOLDS with the best out-of-fold F1 (ties go to the
        one nearest `threshold`), for labels with enough examples to tell (MIN_SUPPORT); the others
        keep `threshold`."""
        from sklearn.metrics import f1_score  # training only: keeps start-up short

        chosen = {}
        for j, label in enumerate(LABELS):
            if Y[:, j].sum() < MIN_SUPPORT:
                continue
            f1 = {t: f1_score(Y[:, j], label_p[:, j] >= t, zero_division=0) for t in THRESHOLDS}
            chosen[label] = max(THRESHOLDS, key=lambda t: (round(f1[t], 3), -abs(t - self.threshold)))
        return chosen

    @staticmethod
    def _label_rows(x: dict, label_p, primary_p: dict) -> list[dict]:
        ranks = cue_ranks(x)
        order = {LABELS[j]: k for k, j in enumerate(np.argsort(-np.asarray(label_p), kind="stable"))}
        return [label_fields(label, float(p), float(primary_p.get(label, 0.0)), ranks, order[label], bool(x["passage"]))
                for label, p in zip(LABELS, label_p)]

    def _logistic(self, C: float) -> LogisticRegression:
        return LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=self.random_state)

    def _fit_ranker(self, inputs, reasons, evidence) -> None:
        rows, targets = [], []
        for x, r, gold in zip(inputs, reasons, evidence):
            if r and gold is not None:
                rows += candidate_rows(x, r)
                targets += [int((c.start, c.end) == tuple(gold)) for c in x.candidates]
        self.ranker_ = Pipeline([("features", candidate_features()), ("model", self._logistic(self.ranker_C))])
        self.ranker_.fit(rows, targets)

    # --- predicting ---

    def predict(self, inputs: list[PointInput]) -> list[Disposal]:
        if not inputs:
            return []
        fields = [x.as_fields() for x in inputs]
        X = self.features_.transform(fields)
        probabilities = self.labeler_.predict_proba(X)
        primaries = self._main_reasons(fields, X, probabilities)
        reasons = [self._reasons(p, primary) for p, primary in zip(probabilities, primaries)]
        evidence = self._evidence(inputs, reasons)
        return [
            Disposal(r, {label: round(float(s), 4) for label, s in zip(LABELS, p)},
                     e.text if e else None, (e.start, e.end) if e else None)
            for r, p, e in zip(reasons, probabilities, evidence)
        ]

    def _main_reasons(self, fields: list[dict], X, probabilities: np.ndarray) -> list[str]:
        primary_p = self.primary_.predict_proba(X)
        classes = list(self.primary_.classes_)
        rows = [row for x, lp, pp in zip(fields, probabilities, primary_p)
                for row in self._label_rows(x, lp, dict(zip(classes, pp)))]
        scores = self.orderer_.predict_proba(rows)[:, 1].reshape(len(fields), len(LABELS))
        return [LABELS[int(i)] for i in scores.argmax(axis=1)]

    def _reasons(self, probabilities: np.ndarray, primary: str) -> list[str]:
        score = dict(zip(LABELS, probabilities))
        chosen = {label for label, s in score.items() if s >= self.thresholds_.get(label, self.threshold)}
        if score[primary] >= self.floor:
            chosen.add(primary)
        elif not chosen:
            return []
        rest = sorted(chosen - {primary}, key=lambda label: -score[label])
        return ([primary] if primary in chosen else []) + rest

    def _evidence(self, inputs: list[PointInput], reasons: list[list[str]]):
        """The best-scoring candidate sentence of each labelled point, scored in one batch."""
        rows, owners = [], []
        for i, (x, r) in enumerate(zip(inputs, reasons)):
            if r and hasattr(self, "ranker_"):
                rows += candidate_rows(x, r)
                owners += [(i, c) for c in x.candidates]
        best: dict[int, tuple[float, object]] = {}
        if rows:
            for (i, candidate), s in zip(owners, self.ranker_.predict_proba(rows)[:, 1]):
                if i not in best or s > best[i][0]:
                    best[i] = (s, candidate)
        return [best[i][1] if i in best else None for i in range(len(inputs))]
