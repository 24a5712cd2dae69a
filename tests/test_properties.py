"""Properties that hold for any decision-like text (hypothesis)."""

import json

from hypothesis import HealthCheck, given, settings

import ombnlp
from ombnlp.components.points import point_id
from tests.generators import decision_texts

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def analyse_or_none(analyzer, text):
    try:
        return analyzer.analyse(text)
    except ombnlp.NotADecisionError:
        return None


@SETTINGS
@given(decision_texts())
def test_no_exception_and_json_ready(analyzer, text):
    decision = analyse_or_none(analyzer, text)
    if decision is not None:
        json.dumps(decision.to_dict())


@SETTINGS
@given(decision_texts())
def test_point_ids_are_consecutive_from_a(analyzer, text):
    decision = analyse_or_none(analyzer, text)
    if decision is not None:
        assert [p.id for p in decision.points] == [point_id(i) for i in range(len(decision.points))]


@SETTINGS
@given(decision_texts())
def test_spans_are_inside_the_text_and_sections_do_not_overlap(analyzer, text):
    try:
        doc = analyzer.nlp(analyzer.prepare(text))
    except ombnlp.NotADecisionError:  # empty once normalised
        return
    for group in doc.spans.values():
        for span in group:
            assert 0 <= span.start_char <= span.end_char <= len(doc.text)
    sections = sorted((s.start_char, s.end_char) for s in doc.spans["ombnlp_sections"])
    for (_, end), (start, _) in zip(sections, sections[1:]):
        assert end <= start


@SETTINGS
@given(decision_texts())
def test_analyse_is_deterministic(analyzer, text):
    first = analyse_or_none(analyzer, text)
    second = analyse_or_none(analyzer, text)
    assert (first is None and second is None) or first.to_dict() == second.to_dict()
