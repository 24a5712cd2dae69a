"""Figures on the real decisions of the shared corpus (skipped where the corpus is absent).

The dev split is rebuilt exactly as `training.prepare` builds it (same seed), so these are
decisions the shipped model never saw.
"""

import json

import numpy as np
import pytest

from ombnlp.document import section_texts
from ombnlp.text import words

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def decisions(corpus):
    with open(corpus / "train.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def dev_rows(corpus):
    from training.prepare import prepare
    return list(prepare(corpus / "train.jsonl")["dev"])


def test_seed_decision(analyzer, corpus):
    decision = analyzer.analyse((corpus / "seed-24-022-031.txt").read_text(encoding="utf-8"))
    gold = json.loads((corpus / "seed-24-022-031.json").read_text(encoding="utf-8"))
    assert [p.id for p in decision.points] == ["a", "b", "c", "d", "e"]
    assert [p.reasons[0] for p in decision.points] == [g["reasons"][0] for g in gold["points"]]
    assert "court_matter" in decision.points[4].reasons
    assert decision.reference == "24 022 031" and not decision.truncated


def test_point_counts_on_whole_complaint_sections(segmenter, decisions):
    right, several_right, whole, several = 0, 0, 0, 0
    for decision in decisions:
        doc = segmenter(decision["text"].replace("\r\n", "\n"))
        headings = [span.label_ for span in doc.spans["ombnlp_headings"]]
        if "complaint" not in headings or headings.index("complaint") == len(headings) - 1:
            continue
        gold, found = len(decision["annotation"]["points"]), len(doc.spans["ombnlp_points"])
        whole += 1
        right += gold == found
        if gold > 1:
            several += 1
            several_right += gold == found
    assert right / whole >= 0.97
    assert several_right / several >= 0.85


def test_sections_of_complete_decisions(segmenter, decisions):
    complete = [d for d in decisions if d["annotation"]["complete"]]
    found = {name: 0 for name in ("summary", "complaint", "final_decision")}
    assessments, with_heading = 0, 0
    for decision in complete:
        doc = segmenter(decision["text"])
        sections = section_texts(doc)
        for name in found:
            found[name] += name in sections
        if "assessment" in {span.label_ for span in doc.spans["ombnlp_headings"]}:
            with_heading += 1
            assessments += "assessment" in sections
    for name, count in found.items():
        assert count / len(complete) >= 0.99, name
    assert assessments / with_heading >= 0.99


def test_dev_split_quality(analyzer, dev_rows):
    """Floors the shipped model meets on the dev split; the README reports the exact figures."""
    from training.metrics import headline

    by_ref = {}
    for row in dev_rows:
        by_ref.setdefault(row["ref"], {"text": row["text"], "points": []})["points"].append(row)
    gold, predicted, same_evidence, has_evidence = [], [], [], []
    for item, decision in zip(by_ref.values(), analyzer.pipe([d["text"] for d in by_ref.values()])):
        points = {p.id: p for p in decision.points}
        for row in item["points"]:
            point = points.get(row["point_id"])
            if not row["reasons"]:
                continue
            gold.append(row["reasons"])
            predicted.append(point.reasons if point else [])
            if point and point.reasons:
                has_evidence.append(bool(point.evidence))
            if row["evidence"]:
                same_evidence.append(bool(point and point.evidence) and words(point.evidence) == words(row["evidence"]))
    figures = headline(gold, predicted)
    assert figures["micro_f1"] >= 0.85
    assert figures["first_reason_accuracy"] >= 0.80
    assert np.mean(has_evidence) == 1.0
    assert np.mean(same_evidence) >= 0.70


COPY_WORDS = 30  # a run this long of one decision's words is a copy, not a shared formula
FORMULA_DECISIONS = 3  # wording found in more decisions than this is the Ombudsman's standard text


def test_no_file_of_the_repository_copies_a_decision(decisions):
    """The corpus texts are not ours to publish: no tracked file may hold a run of COPY_WORDS words
    of a decision, beyond the standard formulas every statement shares ("The Ombudsman's role and
    powers ...")."""
    import subprocess
    from collections import Counter
    from pathlib import Path

    n = 10

    def shingles(text: str) -> list[str]:
        found = words(text)
        return [" ".join(found[i:i + n]) for i in range(len(found) - n + 1)]

    in_decisions = Counter(s for d in decisions for s in set(shingles(d["text"])))
    root = Path(__file__).resolve().parents[1]
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout.split()
    copies = []
    for name in tracked:
        try:
            text = (root / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # the model, the plots
        run = 0
        for shingle in shingles(text):
            run = run + 1 if 0 < in_decisions[shingle] <= FORMULA_DECISIONS else 0
            if run + n - 1 >= COPY_WORDS:
                copies.append(f"{name}: ...{shingle}...")
                break
    assert not copies, copies
