"""Train the reason classifier on a prepared dataset and write a model folder.

    python -m training.train --data data/prepared --out models/lgsco-reasons

Hyperparameters are chosen by grouped cross-validation on the train split (no decision in two
folds); the final model is then fitted on the whole train split. Same data and seed give the
same model file and hash.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from datasets import load_from_disk
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV, GroupKFold
from sklearn.preprocessing import MultiLabelBinarizer

from ombnlp.classifier import ReasonClassifier
from ombnlp.labels import LABELS
from ombnlp.persistence import save_model
from training.data import build_examples

PARAM_GRID = {"C": [2.0, 8.0], "threshold": [0.5, 0.65]}


def micro_f1(estimator, inputs, reasons) -> float:
    """Micro-F1 over the labels of points that have gold reasons (the issue's headline figure)."""
    binarizer = MultiLabelBinarizer(classes=list(LABELS)).fit([])
    keep = [i for i, r in enumerate(reasons) if r]
    predicted = estimator.predict([inputs[i] for i in keep])
    return f1_score(binarizer.transform([reasons[i] for i in keep]),
                    binarizer.transform([p.reasons for p in predicted]), average="micro", zero_division=0)


def data_sha256(split) -> str:
    rows = sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in split)
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()


def search(examples, seed: int, folds: int, n_jobs: int) -> GridSearchCV:
    grid = GridSearchCV(ReasonClassifier(random_state=seed), PARAM_GRID, scoring=micro_f1,
                        cv=GroupKFold(n_splits=folds), n_jobs=n_jobs, refit=False, verbose=1)
    return grid.fit(examples.inputs, examples.reasons, groups=examples.groups,
                    decision_ids=examples.groups)


def train(data: Path, out: Path, seed: int = 0, folds: int = 5, n_jobs: int = 2, params: dict | None = None) -> dict:
    split = load_from_disk(str(data))["train"]
    examples = build_examples(split, augment=True)
    started = time.perf_counter()
    if params is None:
        grid = search(examples, seed, folds, n_jobs)
        params = grid.best_params_
        cv = {"folds": folds, "best_micro_f1": round(float(grid.best_score_), 4),
              "std_micro_f1": round(float(grid.cv_results_["std_test_score"][grid.best_index_]), 4)}
    else:
        cv = None
    search_seconds = time.perf_counter() - started
    started = time.perf_counter()
    model = ReasonClassifier(random_state=seed, **params).fit(
        examples.inputs, examples.reasons, examples.evidence, decision_ids=examples.groups)
    fit_seconds = time.perf_counter() - started
    meta = {"name": out.name, "labels": list(LABELS), "params": params, "thresholds": model.thresholds_,
            "seed": seed, "cross_validation": cv,
            "train_points": len(examples.inputs), "train_decisions": len(set(examples.groups)),
            "training_data_sha256": data_sha256(split),
            "timing_seconds": {"search": round(search_seconds, 1), "final_fit": round(fit_seconds, 1)}}
    return save_model(model, out, meta)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="folder written by training.prepare")
    parser.add_argument("--out", type=Path, required=True, help="model folder to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2, help="parallel cross-validation fits")
    parser.add_argument("--params", type=json.loads, default=None,
                        help='skip the search and use these, e.g. \'{"C": 8.0, "threshold": 0.5}\'')
    args = parser.parse_args(argv)
    meta = train(args.data, args.out, args.seed, args.folds, args.jobs, args.params)
    print(json.dumps(meta, indent=2))
    print(f"\nIf this is the shipped model, pin its hash in ombnlp/persistence.py: {meta['sha256']}")


if __name__ == "__main__":
    main()
