"""End to end with the shipped model, on texts written for the tests."""

import json
from pathlib import Path

import ombnlp
from ombnlp.labels import LABELS
from tests import texts

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_contract_of_decision_and_points(analyzer):
    decision = analyzer.analyse(texts.CURRENT)
    assert isinstance(decision, ombnlp.Decision)
    assert [p.id for p in decision.points] == ["a", "b", "c"]
    for point in decision.points:
        assert set(point.scores) == set(LABELS)
        assert all(0.0 <= s <= 1.0 for s in point.scores.values())
        assert set(point.reasons) <= set(LABELS)
        if point.reasons:
            assert point.evidence and point.evidence in texts.CURRENT
    assert set(decision.reasons) <= set(LABELS)
    json.dumps(decision.to_dict())


def test_point_reasons_come_from_their_own_assessment(analyzer):
    decision = analyzer.analyse(texts.CURRENT)
    first = {p.id: p.reasons[0] for p in decision.points}
    assert first["a"] == "appeal_right"
    assert first["b"] == "no_evidence_of_fault"
    assert decision.points[0].evidence.startswith("On point a)")


def test_example_decision_in_examples_folder(analyzer):
    decision = analyzer.analyse((EXAMPLES / "decision-example.txt").read_text(encoding="utf-8"))
    assert [p.id for p in decision.points] == ["a", "b", "c"]
    assert "court_matter" in decision.points[1].reasons


def test_saved_page_gives_header_values(analyzer):
    decision = analyzer.analyse((EXAMPLES / "decision-example.html").read_bytes())
    assert decision.reference == "25 654 321"
    assert decision.authority == "Southfield Borough Council"
    assert decision.category == "Housing > Homelessness"
    assert decision.decision_date.isoformat() == "2025-05-12"
    assert "cookies" not in json.dumps(decision.to_dict())
    assert decision.points[0].reasons[0] == "appeal_right"


def test_module_level_analyse_uses_shipped_model():
    assert ombnlp.analyse(texts.OLDER).reference == "17 333 444"


def test_pipe_keeps_input_order(analyzer):
    inputs = [texts.CURRENT, texts.OLDER, texts.MIRROR, texts.TRUNCATED] * 3
    references = [d.reference for d in analyzer.pipe(inputs, batch_size=2)]
    assert references == ["24 111 222", "17 333 444", "22 777 888", "25 010 020"] * 3


def test_pipe_with_two_processes_matches_one(analyzer):
    inputs = [texts.CURRENT, texts.OLDER, texts.MIRROR, texts.COOKIES]
    single = [d.to_dict() for d in analyzer.pipe(inputs)]
    double = [d.to_dict() for d in analyzer.pipe(inputs, batch_size=1, n_process=2)]
    assert single == double


def test_pipe_can_return_errors_in_place(analyzer):
    results = list(analyzer.pipe(["", texts.OLDER, "just some words"], on_error="return"))
    assert isinstance(results[0], ombnlp.NotADecisionError)
    assert results[1].reference == "17 333 444"
    assert isinstance(results[2], ombnlp.NotADecisionError)


def test_truncated_decision_still_labels_its_point_from_the_summary(analyzer):
    decision = analyzer.analyse(texts.TRUNCATED)
    assert decision.truncated
    assert decision.points[0].reasons[0] == "appeal_right"
    assert "Valuation Tribunal" in decision.points[0].evidence


def test_no_reading_is_cached_from_one_batch_to_the_next(analyzer):
    # the caches serve the decision being read; a corpus read twice must not be read faster the second time
    from ombnlp.features import CUES, sentence_facts
    from ombnlp.focus import _read

    list(analyzer.pipe([texts.CURRENT, texts.OLDER], batch_size=1))
    assert all(cache.cache_info().currsize == 0 for cache in (*CUES.caches, sentence_facts, _read))
