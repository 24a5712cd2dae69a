"""The training workflow on a small annotated corpus written for the tests."""

import json

import pytest

pytest.importorskip("datasets")

# A 40-decision corpus leaves some labels out of some folds; scikit-learn says so, rightly.
pytestmark = [pytest.mark.filterwarnings("ignore:Label not .* is present in all training examples"),
              pytest.mark.filterwarnings("ignore:Number of classes in training fold")]

from training.prepare import prepare  # noqa: E402
from training.train import train  # noqa: E402

REASONS = {
    "late": "This is because the complaint is late and there is no good reason to use discretion.",
    "court_matter": "This is because it is reasonable to expect the complainant to go to court.",
    "appeal_right": "This is because there was a right of appeal to a tribunal which it was reasonable to use.",
    "no_evidence_of_fault": "This is because there is not enough evidence of fault by the Council.",
}
TOPICS = ["parking fines", "a care assessment", "school transport", "noise from a pub", "a housing register banding",
          "council tax arrears"]


def decision(number: int, label: str, topic: str) -> dict:
    reason = REASONS[label]
    text = (f"Testshire Council (24 500 {number:03d})\nThe Ombudsman's final decision:\n"
            f"Summary: We will not investigate Mr T's complaint about {topic}. {reason}\n"
            f"The complaint\n- Mr T complains the Council mishandled {topic}.\n"
            "The Ombudsman's role and powers\n- We may decide not to investigate.\n")
    point = {"id": "a", "complaint": f"Mr T complains the Council mishandled {topic}.", "reasons": [label],
             "evidence": reason, "assessed": False}
    return {"ref": f"24-500-{number:03d}", "url": "", "source": "test", "authority": "Testshire Council",
            "category": None, "outcome": None, "decision_date": None, "text": text,
            "annotation": {"ref": f"24-500-{number:03d}", "outcome": None, "complete": False,
                           "summary_reasons": [label], "points": [point]}}


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "train.jsonl"
    labels = list(REASONS)
    records = [decision(i, labels[i % len(labels)], TOPICS[i % len(TOPICS)]) for i in range(40)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def prepared(corpus_file, tmp_path_factory):
    folder = tmp_path_factory.mktemp("prepared")
    prepare(corpus_file, seed=3).save_to_disk(str(folder))
    return folder


def test_splits_are_by_decision_and_reproducible(corpus_file):
    first, second = prepare(corpus_file, seed=3), prepare(corpus_file, seed=3)
    refs = {name: set(split["ref"]) for name, split in first.items()}
    assert not (refs["train"] & refs["dev"]) and not (refs["train"] & refs["test"]) and not (refs["dev"] & refs["test"])
    assert sum(len(r) for r in refs.values()) == 40
    assert {name: list(s["ref"]) for name, s in first.items()} == {name: list(s["ref"]) for name, s in second.items()}
    assert set(first["train"].column_names) >= {"ref", "text", "point_id", "reasons", "evidence", "main_label"}


def test_training_is_deterministic_across_processes(prepared, tmp_path):
    """`python -m training.train` in two fresh processes, with other string hashes and memory
    addresses, writes the same file. (Within one long-lived process, objects shared through caches
    can change how pickle lays out equal content, so the file hash is a property of the command.)"""
    import os
    import subprocess
    import sys
    from pathlib import Path

    params = json.dumps({"C": 2.0, "threshold": 0.5})
    metas = []
    for name, seed in (("one", "1"), ("two", "12345")):
        subprocess.run([sys.executable, "-m", "training.train", "--data", str(prepared), "--out", str(tmp_path / name),
                        "--params", params], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, cwd=Path(__file__).resolve().parents[1])
        metas.append(json.loads((tmp_path / name / "meta.json").read_text(encoding="utf-8")))
    first, second = metas
    assert first["sha256"] == second["sha256"]
    assert first["training_data_sha256"] == second["training_data_sha256"]
    assert first["labels"][0] == "no_significant_injustice" and first["params"] == json.loads(params)


def test_trained_model_loads_and_learns(prepared, tmp_path):
    import ombnlp
    train(prepared, tmp_path / "model", params={"C": 8.0, "threshold": 0.5})
    analyzer = ombnlp.load(tmp_path / "model", trust=True)
    result = analyzer.analyse(decision(999, "late", "a bus pass")["text"])
    assert result.points[0].reasons[0] == "late"
    assert result.points[0].evidence == REASONS["late"]


def test_evaluation_reports_dev_figures_and_cross_validation_per_label(prepared, tmp_path):
    from training.evaluate import evaluate

    train(prepared, tmp_path / "model", params={"C": 8.0, "threshold": 0.5})
    results = evaluate(tmp_path / "model", prepared, tmp_path / "report", cv_folds=2)
    pooled = results["cross_validation"]["pooled"]
    assert 0.0 <= results["headline"]["micro_f1"] <= 1.0
    assert sum(row["support"] for row in pooled["per_label"].values()) >= pooled["points"]
    report = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert "| CV F1 | CV support |" in report and "| late |" in report
