"""Figures for the evaluation report, built on sklearn.metrics."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.preprocessing import MultiLabelBinarizer

from ombnlp.labels import CORE_LABELS, LABELS
from ombnlp.text import words

BINARIZER = MultiLabelBinarizer(classes=list(LABELS)).fit([])
CORE = [LABELS.index(label) for label in CORE_LABELS]


def headline(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, float]:
    """Micro-F1 (all labels), macro-F1 (core four, and all ten) and first-reason accuracy."""
    y, p = BINARIZER.transform(gold), BINARIZER.transform(predicted)
    return {
        "micro_f1": f1_score(y, p, average="micro", zero_division=0),
        "macro_f1_core": f1_score(y[:, CORE], p[:, CORE], average="macro", zero_division=0),
        "macro_f1_all": f1_score(y, p, average="macro", zero_division=0),
        "first_reason_accuracy": float(np.mean([bool(q) and q[0] == g[0] for g, q in zip(gold, predicted)])),
    }


def per_label(gold, predicted) -> dict[str, dict[str, float]]:
    y, p = BINARIZER.transform(gold), BINARIZER.transform(predicted)
    precision, recall, f1, support = precision_recall_fscore_support(y, p, zero_division=0)
    return {label: {"precision": float(a), "recall": float(b), "f1": float(c), "support": int(d)}
            for label, a, b, c, d in zip(LABELS, precision, recall, f1, support)}


def bootstrap(gold, predicted, groups, n: int = 1000, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% intervals of the headline and per-label F1, resampling whole decisions."""
    rng = np.random.default_rng(seed)
    by_group: dict = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    keys = list(by_group)
    samples: dict[str, list[float]] = {}
    for _ in range(n):
        idx = [i for k in rng.choice(len(keys), len(keys)) for i in by_group[keys[k]]]
        g, p = [gold[i] for i in idx], [predicted[i] for i in idx]
        for name, value in headline(g, p).items():
            samples.setdefault(name, []).append(value)
        for label, row in per_label(g, p).items():
            samples.setdefault(f"f1:{label}", []).append(row["f1"])
    return {name: (float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))) for name, v in samples.items()}


def expected_calibration_error(probabilities: np.ndarray, truth: np.ndarray, bins: int = 10):
    """ECE over all (point, label) probabilities, and the per-bin table for a reliability diagram."""
    probabilities, truth = probabilities.ravel(), truth.ravel()
    edges = np.linspace(0, 1, bins + 1)
    table, ece = [], 0.0
    for low, high in zip(edges[:-1], edges[1:]):
        mask = (probabilities >= low) & ((probabilities < high) | (high == 1.0))
        if mask.any():
            confidence, accuracy = float(probabilities[mask].mean()), float(truth[mask].mean())
            ece += mask.mean() * abs(confidence - accuracy)
            table.append({"low": float(low), "high": float(high), "confidence": confidence,
                          "accuracy": accuracy, "count": int(mask.sum())})
    return float(ece), table


def same_words(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and words(a) == words(b)
