"""Write the model card (`models/<name>/README.md`) from the model's metadata and its report.

    python -m training.card --model models/lgsco-reasons --report reports/lgsco-reasons
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ombnlp.labels import CORE_LABELS, DESCRIPTIONS
from ombnlp.persistence import read_meta

TEMPLATE = """# Model card: {name}

Reason classifier of [ombnlp](../../README.md): for each complaint point of a decision statement of
the Local Government and Social Care Ombudsman (England), which reasons the Ombudsman gave for not
taking it further, which comes first, and the sentence that says so.

## Intended use
Research, journalism, advice work and complaint-team review over many published decisions: finding
*why* complaints were disposed of, with the evidence sentence to check each answer. Not for deciding
anything about a person or a complaint; every answer should be read with its evidence.

## Data
- {train_decisions} decisions / {train_points} training examples (the train split of the shared
  corpus: {corpus_note}). Dev and test splits ({split_note}) are held out by decision.
- Texts are the openings of the published pages (up to about 2,000 characters): most stop mid-way,
  so most points are labelled from the Summary rather than from their own assessment. Layouts: the
  current site, the older site (numbered paragraphs, "Back to top"), mirrors without the header.
- Training data sha256: `{data_sha}`.

## Model
scikit-learn {sklearn} (spaCy {spacy} for segmentation). Logistic regressions over TF-IDF of the
point's assessment passage, of the reason sentences of the passage and of the Summary sentences
about the point (its focus), and of the point's complaint, plus cue-phrase flags from
`ombnlp/rules/cues.json` (label cues, and mentions such as another body named or a legal bar, which
are not reasons by themselves): a
one-vs-rest labeler (a probability per label), a main-reason model, an orderer stacked on their
out-of-fold probabilities and on the order in which the cues are written, and an evidence-sentence
ranker. Parameters chosen by {folds}-fold grouped cross-validation: `{params}`. Each label with
enough examples has its own threshold, learned from out-of-fold probabilities (the others use
`threshold`): {thresholds}.
Model file sha256: `{sha}` (checked at load; pinned in `ombnlp/persistence.py`).

## Labels
{labels}

## Metrics ({split} split, {points} points; 95% bootstrap intervals over decisions)

| measure | value | interval |
|---|---|---|
{metrics}

Cross-validation on the train split: micro-F1 {cv_mean:.3f} ± {cv_sd:.3f}. Evidence sentence with the
annotated words: {evidence:.1%}. Full report: `reports/{name}/report.md`.

## Limits
- Rare labels (`premature`, `other`) have too few examples to be learned reliably.
- Points of multi-point decisions whose assessment is cut off get the decision's Summary reasons,
  which may belong to another point.
- The model reads English LGSCO statements only; other ombudsmen's wording differs.

## Retrain
```
python -m training.prepare --data ../shared/corpus/train.jsonl --out data/prepared
python -m training.train --data data/prepared --out models/{name}
python -m training.evaluate --model models/{name} --data data/prepared --out reports/{name}
python -m training.card --model models/{name} --report reports/{name}
```
Then pin the printed sha256 in `ombnlp/persistence.py` if this is the shipped model.
"""


def render(model: Path, report: Path) -> str:
    meta = read_meta(model)
    results = json.loads((report / "metrics.json").read_text(encoding="utf-8"))
    rows = []
    for name, value in results["headline"].items():
        low, high = results["intervals"][name]
        rows.append(f"| {name} | {value:.3f} | [{low:.3f}, {high:.3f}] |")
    labels = "\n".join(f"- `{label}`{' (core)' if label in CORE_LABELS else ''}: {text}"
                       for label, text in DESCRIPTIONS.items())
    cv = results["cross_validation"]
    return TEMPLATE.format(
        name=meta["name"], train_decisions=meta["train_decisions"], train_points=meta["train_points"],
        corpus_note="decisions from 2015 to 2026, mostly 2020-2026", split_note="15% each",
        data_sha=meta["training_data_sha256"], sklearn=meta["sklearn_version"], spacy=meta["spacy_version"],
        folds=(meta.get("cross_validation") or {}).get("folds", "?"), params=json.dumps(meta["params"]),
        thresholds=", ".join(f"`{label}` {t}" for label, t in meta.get("thresholds", {}).items()) or "none",
        sha=meta["sha256"], labels=labels, split=results["split"], points=results["points"],
        metrics="\n".join(rows), cv_mean=cv["micro_f1_mean"], cv_sd=cv["micro_f1_sd"],
        evidence=results["evidence"]["same_words"])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--report", type=Path, required=True)
    args = parser.parse_args(argv)
    (args.model / "README.md").write_text(render(args.model, args.report), encoding="utf-8")
    print(f"wrote {args.model / 'README.md'}")


if __name__ == "__main__":
    main()
