"""The rule-based components on texts of every layout (no model needed)."""

import pytest

from ombnlp.components.points import point_id
from ombnlp.document import Decision, section_texts
from tests import texts


def points_of(segmenter, text):
    doc = segmenter(text)
    return [span.text for span in doc.spans["ombnlp_points"]]


def test_current_layout_sections_header_and_points(segmenter):
    doc = segmenter(texts.CURRENT)
    sections = section_texts(doc)
    assert list(sections) == ["header", "summary", "complaint", "role_and_powers", "how_considered",
                              "assessment", "final_decision"]
    assert sections["summary"].startswith("We will not investigate Ms K's complaint")
    decision = Decision.from_doc(doc)
    assert (decision.reference, decision.authority, decision.category, decision.outcome) == (
        "24 111 222", "Westmere District Council", "Planning > Enforcement", "Closed after initial enquiries")
    assert decision.decision_date.isoformat() == "2025-02-05"
    assert not decision.truncated
    assert [p.complaint for p in decision.points] == [
        "issued an enforcement notice about her fence;", "refused to meet her before deciding; and",
        "ignored her emails."]


def test_assessment_passages_follow_point_markers(segmenter):
    doc = segmenter(texts.CURRENT)
    passages = {span.label_: span.text for span in doc.spans["ombnlp_point_assessments"]}
    assert passages["a"].startswith("- On point a)") and "Planning Inspector" in passages["a"]
    assert passages["b"].startswith("- On point b)") and "On point c)" not in passages["b"]
    assert passages["c"].startswith("- On point c)")


def test_older_layout_paragraph_numbers_are_not_points(segmenter):
    doc = segmenter(texts.OLDER)
    assert points_of(segmenter, texts.OLDER) == ["Refused free transport for his son in 2015.",
                                                "Failed to answer his letters about the refusal."]
    sections = section_texts(doc)
    assert "Back to top" not in sections["complaint"]
    assert not doc._.ombnlp_truncated


def test_older_layout_bullets_after_lead_in(segmenter):
    assert len(points_of(segmenter, texts.OLDER_BULLETS)) == 3


def test_mirror_without_header_block(segmenter):
    decision = Decision.from_doc(segmenter(texts.MIRROR))
    assert decision.reference == "22 777 888"
    assert decision.authority == "Lowfield Borough Council"
    assert decision.category == "Planning > Building Control"
    assert decision.decision_date.isoformat() == "2023-03-14"
    assert len(decision.points) == 1
    assert decision.truncated


def test_cookie_banner_is_not_header(segmenter):
    sections = section_texts(segmenter(texts.COOKIES))
    assert sections["header"].startswith("Hillcrest Council (23 999 000)")
    assert "cookies" not in sections["header"]


def test_truncated_text_is_flagged(segmenter):
    doc = segmenter(texts.TRUNCATED)
    assert doc._.ombnlp_truncated
    assert any("truncated" in w for w in doc._.ombnlp_warnings)
    assert section_texts(doc)["assessment"].endswith("was furnis")


def test_complaint_without_enumeration_is_one_point(segmenter):
    points = points_of(segmenter, texts.NO_ENUMERATION)
    assert len(points) == 1 and "He also complains" in points[0]


def test_bullets_of_what_they_want_are_not_points(segmenter):
    assert len(points_of(segmenter, texts.WANTS_BULLETS)) == 1


def test_inline_semicolon_list_makes_points(segmenter):
    assert points_of(segmenter, texts.INLINE_LIST) == ["failed to collect his bins for three weeks",
                                                       "did not reply to his complaint."]


def test_enumeration_only_in_assessment(segmenter):
    doc = segmenter(texts.ASSESSMENT_ENUMERATION)
    assert [s.label_ for s in doc.spans["ombnlp_points"]] == ["a", "b"]
    passages = {span.label_: span.text for span in doc.spans["ombnlp_point_assessments"]}
    assert "late" in passages["a"] and "court" in passages["b"]


def test_thirty_points_get_consecutive_ids(segmenter):
    doc = segmenter(texts.many_points(30))
    assert [s.label_ for s in doc.spans["ombnlp_points"]] == [point_id(i) for i in range(30)]


@pytest.mark.parametrize("index, expected", [(0, "a"), (25, "z"), (26, "aa"), (27, "ab")])
def test_point_ids(index, expected):
    assert point_id(index) == expected


def test_summary_tail_without_header_is_summary(segmenter):
    text = "because there is not enough evidence of fault.\nThe complaint\nMr A complains about a bin.\n"
    assert section_texts(segmenter(text))["summary"] == "because there is not enough evidence of fault."
