"""A long fuzz run: analyse at least 10,000 generated decision-like texts and check invariants.

    python benchmarks/fuzz.py --examples 10000      # records the result in benchmarks/FUZZ.md

The same generator and invariants as tests/test_properties.py (which runs 150 per property in
the test suite), here run many more times with Hypothesis.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import ombnlp  # noqa: E402
from ombnlp.components.points import point_id  # noqa: E402
from tests.generators import decision_texts  # noqa: E402


def check(analyzer: ombnlp.Analyzer, text: str) -> None:
    """The invariants: a result or NotADecisionError; valid spans, ids and JSON; determinism."""
    try:
        doc = analyzer.nlp(analyzer.prepare(text))
        decision = ombnlp.analyzer.to_decision(doc)
    except ombnlp.NotADecisionError:
        return
    for group in doc.spans.values():
        assert all(0 <= s.start_char <= s.end_char <= len(doc.text) for s in group)
    sections = sorted((s.start_char, s.end_char) for s in doc.spans["ombnlp_sections"])
    assert all(end <= start for (_, end), (start, _) in zip(sections, sections[1:]))
    assert [p.id for p in decision.points] == [point_id(i) for i in range(len(decision.points))]
    json.dumps(decision.to_dict())
    assert analyzer.analyse(text).to_dict() == decision.to_dict()


def run(examples: int) -> dict:
    analyzer = ombnlp.load()
    count = {"n": 0}

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(decision_texts())
    def fuzz(text):
        count["n"] += 1
        check(analyzer, text)

    started = time.perf_counter()
    fuzz()
    return {"inputs": count["n"], "seconds": round(time.perf_counter() - started, 1), "failures": 0,
            "date": date.today().isoformat()}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "FUZZ.md")
    args = parser.parse_args(argv)
    result = run(args.examples)  # raises, with the failing input, on the first broken invariant
    args.out.write_text(
        "# Fuzz run\n\n"
        f"`python benchmarks/fuzz.py --examples {args.examples}` on {result['date']}: {result['inputs']:,} generated "
        f"inputs, {result['failures']} failures, {result['seconds']} s.\n", encoding="utf-8")
    print(args.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
