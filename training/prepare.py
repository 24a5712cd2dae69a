"""Prepare the annotated corpus: one row per complaint point, split by decision.

    python -m training.prepare --data ../shared/corpus/train.jsonl --out data/prepared

No decision is in two splits; splits are stratified by each decision's main reason and
reproducible from --seed. The result is a `datasets.DatasetDict` saved with `save_to_disk`.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from datasets import Dataset, DatasetDict, load_dataset
from sklearn.model_selection import train_test_split


def explode(decision: dict) -> list[dict]:
    """One row per annotated point, carrying the decision's text and metadata."""
    annotation = decision["annotation"]
    return [{
        "ref": decision["ref"], "text": decision["text"], "source": decision.get("source") or "",
        "decision_date": decision.get("decision_date") or "", "category": decision.get("category") or "",
        "outcome": decision.get("outcome") or "", "complete": bool(annotation["complete"]),
        "n_points": len(annotation["points"]), "summary_reasons": list(annotation.get("summary_reasons") or []),
        "point_id": point["id"], "complaint": point["complaint"], "reasons": list(point["reasons"]),
        "evidence": point.get("evidence"), "assessed": bool(point.get("assessed")),
        "main_label": point["reasons"][0] if point["reasons"] else "none",
    } for point in annotation["points"]]


def main_label(decision: dict) -> str:
    points = decision["annotation"]["points"]
    return points[0]["reasons"][0] if points and points[0]["reasons"] else "none"


def split_decisions(decisions: list[dict], seed: int, dev: float, test: float) -> dict[str, list[dict]]:
    strata = [main_label(d) for d in decisions]
    counts = Counter(strata)
    strata = [s if counts[s] >= 10 else "rare" for s in strata]  # too few to stratify on their own
    train, rest, _, rest_strata = train_test_split(decisions, strata, test_size=dev + test,
                                                   stratify=strata, random_state=seed)
    dev_part, test_part = train_test_split(rest, test_size=test / (dev + test), stratify=rest_strata,
                                           random_state=seed)
    return {"train": train, "dev": dev_part, "test": test_part}


def prepare(data: Path, seed: int = 13, dev: float = 0.15, test: float = 0.15) -> DatasetDict:
    decisions = list(load_dataset("json", data_files=str(data), split="train"))
    splits = split_decisions(decisions, seed, dev, test)
    return DatasetDict({name: Dataset.from_list([row for d in part for row in explode(d)])
                        for name, part in splits.items()})


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="annotated decisions, JSON lines")
    parser.add_argument("--out", type=Path, required=True, help="folder for the DatasetDict")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dev", type=float, default=0.15)
    parser.add_argument("--test", type=float, default=0.15)
    args = parser.parse_args(argv)
    dataset = prepare(args.data, args.seed, args.dev, args.test)
    dataset.save_to_disk(str(args.out))
    for name, split in dataset.items():
        print(f"{name}: {len(set(split['ref']))} decisions, {len(split)} points")


if __name__ == "__main__":
    main()
