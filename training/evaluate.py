"""Evaluate a model on a held-out split and write report.md, report.html and metrics.json.

    python -m training.evaluate --model models/lgsco-reasons --data data/prepared --out reports/lgsco-reasons

Everything in the report is measured in this run on the same split: the pipeline, the two
baselines, segmentation, calibration, and k-fold cross-validation on the train split.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import numpy as np
from datasets import load_from_disk
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import GroupKFold
from tqdm import tqdm

import ombnlp
from ombnlp.analyzer import to_decision
from ombnlp.classifier import ReasonClassifier
from ombnlp.components.sections import HEADINGS
from ombnlp.inputs import point_inputs
from ombnlp.labels import LABELS
from ombnlp.persistence import read_meta
from training import metrics
from training.baselines import DecisionLevelTfidf, keyword_rules
from training.data import build_examples, decisions
from training.report import write_report

SNIPPET_CHARS = 60  # reports quote at most this much of a decision (texts are not ours to publish)


def analyse_split(analyzer, split) -> tuple[list[dict], list[dict]]:
    """Point rows (gold vs predicted) and decision rows (segmentation) for every decision of a split."""
    grouped = decisions(split)
    point_rows, decision_rows = [], []
    texts = (analyzer.prepare(d["text"]) for d in grouped.values())
    docs = analyzer.nlp.pipe(texts, batch_size=32)
    for gold, doc in tqdm(zip(grouped.values(), docs), total=len(grouped), desc="analysing"):
        decision = to_decision(doc)
        headings = [span.label_ for span in doc.spans[HEADINGS]]
        decision_rows.append({
            "ref": gold["ref"], "gold_points": gold["points"][0]["n_points"], "points": len(decision.points),
            "complaint_whole": "complaint" in headings and headings.index("complaint") < len(headings) - 1,
            "complete": gold["complete"], "sections": list(decision.sections), "has_assessment_heading":
            "assessment" in headings, "truncated": decision.truncated,
        })
        predicted = {p.id: p for p in decision.points}
        keywords = {x.point_id: keyword_rules(x) for x in point_inputs(doc)}
        for row in gold["points"]:
            point = predicted.get(row["point_id"])
            point_rows.append({
                "ref": gold["ref"], "point_id": row["point_id"], "gold": list(row["reasons"]),
                "predicted": point.reasons if point else [], "scores": point.scores if point else {},
                "gold_evidence": row["evidence"], "evidence": point.evidence if point else None,
                "keywords": keywords.get(row["point_id"], []), "snippet": row["complaint"][:SNIPPET_CHARS],
                "text": gold["text"],
            })
    return point_rows, decision_rows


def segmentation_figures(rows: list[dict]) -> dict:
    whole = [r for r in rows if r["complaint_whole"]]
    several = [r for r in whole if r["gold_points"] > 1]
    complete = [r for r in rows if r["complete"]]
    with_heading = [r for r in complete if r["has_assessment_heading"]]
    rate = lambda part, test: float(np.mean([test(r) for r in part])) if part else float("nan")
    return {
        "decisions": len(rows),
        "point_count_exact": rate(whole, lambda r: r["points"] == r["gold_points"]), "n_whole": len(whole),
        "point_count_exact_several": rate(several, lambda r: r["points"] == r["gold_points"]), "n_several": len(several),
        "complete_decisions": len(complete),
        **{f"found_{name}": rate(complete, lambda r, n=name: n in r["sections"])
           for name in ("summary", "complaint", "final_decision")},
        "found_assessment": rate(with_heading, lambda r: "assessment" in r["sections"]), "n_assessment_heading": len(with_heading),
        "truncation_right": rate(rows, lambda r: r["truncated"] != r["complete"]),
    }


def cross_validation(split, params: dict, folds: int = 5) -> dict:
    """Grouped k-fold on the train split: micro-F1 per fold (as the search scores it), and, pooled
    over the folds, the headline figures and the evidence on the points as read at inference
    (without the copies `build_examples` adds)."""
    examples = build_examples(split, desc="segmenting train split", augment=True)
    scores, gold, predicted, evidence = [], [], [], []
    splits = GroupKFold(n_splits=folds).split(examples.inputs, groups=examples.groups)
    for train_idx, test_idx in tqdm(list(splits), desc="cross-validation"):
        pick = lambda values, idx: [values[i] for i in idx]
        model = ReasonClassifier(**params).fit(pick(examples.inputs, train_idx), pick(examples.reasons, train_idx),
                                               pick(examples.evidence, train_idx),
                                               decision_ids=pick(examples.groups, train_idx))
        labelled = [i for i in test_idx if examples.reasons[i]]
        answers = model.predict(pick(examples.inputs, labelled))
        scores.append(metrics.headline(pick(examples.reasons, labelled), [a.reasons for a in answers])["micro_f1"])
        for i, answer in zip(labelled, answers):
            if not examples.augmented[i]:
                gold.append(examples.reasons[i])
                predicted.append(answer.reasons)
                evidence.append(metrics.same_words(answer.evidence, examples.evidence_text[i]))
    pooled = {**metrics.headline(gold, predicted), "evidence_same_words": float(np.mean(evidence)), "points": len(gold),
              "per_label": metrics.per_label(gold, predicted)}
    return {"folds": folds, "micro_f1_mean": float(np.mean(scores)), "micro_f1_sd": float(np.std(scores)),
            "scores": [float(s) for s in scores], "pooled": pooled}


def decision_baseline(train_split, rows: list[dict]) -> list[list[str]]:
    grouped = decisions(train_split)
    texts = [d["text"] for d in grouped.values()]
    reasons = [list(dict.fromkeys(r for p in d["points"] for r in p["reasons"])) for d in grouped.values()]
    model = DecisionLevelTfidf().fit(texts, reasons)
    return model.predict([row["text"] for row in rows])


def seed_check(analyzer, corpus: Path) -> dict | None:
    text_path, gold_path = corpus / "seed-24-022-031.txt", corpus / "seed-24-022-031.json"
    if not text_path.is_file():
        return None
    decision = analyzer.analyse(text_path.read_text(encoding="utf-8"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["points"]
    return {"points": [p.id for p in decision.points], "expected": [g["id"] for g in gold],
            "first_reasons": {p.id: (p.reasons[:1] or [None])[0] for p in decision.points},
            "expected_first": {g["id"]: g["reasons"][0] for g in gold},
            "court_matter_on_e": any(p.id == "e" and "court_matter" in p.reasons for p in decision.points)}


def evaluate(model: Path, data: Path, out: Path, split_name: str = "dev", corpus: Path | None = None,
             cv_folds: int = 5) -> dict:
    dataset = load_from_disk(str(data))
    analyzer = ombnlp.load(model, trust=True)
    point_rows, decision_rows = analyse_split(analyzer, dataset[split_name])
    labelled = [r for r in point_rows if r["gold"]]
    gold, predicted = [r["gold"] for r in labelled], [r["predicted"] for r in labelled]
    groups = [r["ref"] for r in labelled]
    baseline_tfidf = decision_baseline(dataset["train"], labelled)
    scores = np.array([[r["scores"].get(label, 0.0) for label in LABELS] for r in labelled])
    truth = metrics.BINARIZER.transform(gold)
    ece, reliability = metrics.expected_calibration_error(scores, truth)
    with_evidence = [r for r in labelled if r["gold_evidence"]]
    firsts = [g[0] for g in gold]
    first_predicted = [p[0] if p else "none" for p in predicted]
    results = {
        "model": str(model), "split": split_name, "meta": read_meta(model),
        "points": len(labelled), "decisions": len(set(groups)),
        "headline": metrics.headline(gold, predicted),
        "intervals": metrics.bootstrap(gold, predicted, groups),
        "per_label": metrics.per_label(gold, predicted),
        "baselines": {"keyword_rules": metrics.headline(gold, [r["keywords"] for r in labelled]),
                      "decision_tfidf_lr": metrics.headline(gold, baseline_tfidf)},
        "evidence": {"points": len(with_evidence),
                     "has_evidence": float(np.mean([bool(r["evidence"]) for r in labelled if r["predicted"]])),
                     "same_words": float(np.mean([metrics.same_words(r["evidence"], r["gold_evidence"])
                                                  for r in with_evidence]))},
        "calibration": {"ece": ece, "reliability": reliability},
        "segmentation": segmentation_figures(decision_rows),
        "confusion": {"labels": list(LABELS) + ["none"],
                      "matrix": confusion_matrix(firsts, first_predicted, labels=list(LABELS) + ["none"]).tolist()},
        "worst_errors": worst_errors(labelled),
        "cross_validation": cross_validation(dataset["train"], read_meta(model).get("params", {}), cv_folds),
        "seed": seed_check(analyzer, corpus) if corpus else None,
    }
    write_report(results, scores, truth, out)
    return results


def worst_errors(rows: list[dict], n: int = 15) -> list[dict]:
    wrong = [r for r in rows if r["predicted"] != r["gold"]]
    confidence = lambda r: r["scores"].get(r["predicted"][0], 0.0) if r["predicted"] else 0.0
    return [{"ref": r["ref"], "point": r["point_id"], "snippet": r["snippet"], "gold": r["gold"],
             "predicted": r["predicted"], "score": round(confidence(r), 3)}
            for r in sorted(wrong, key=confidence, reverse=True)[:n]]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True, help="folder written by training.prepare")
    parser.add_argument("--out", type=Path, required=True, help="report folder")
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("OMBNLP_CORPUS", "../shared/corpus")),
                        help="folder with the seed decision (for the seed check)")
    parser.add_argument("--cv-folds", type=int, default=5)
    args = parser.parse_args(argv)
    results = evaluate(args.model, args.data, args.out, args.split, args.corpus, args.cv_folds)
    print(json.dumps({"headline": results["headline"], "segmentation": results["segmentation"],
                      "evidence": results["evidence"]}, indent=2))


if __name__ == "__main__":
    main()
