"""The Summary sentences that speak about each point (texts written for these tests)."""

from ombnlp.features import CUES
from ombnlp.focus import focus, states_reason, stems

SUMMARY = ("We will not investigate Ms X's complaint about a street trader, her bins and how the Council "
           "dealt with her complaint. The injustice from the street trader is not significant enough to "
           "warrant an investigation. We do not investigate complaint handling where we are not investigating "
           "the core issue. Ms X has not complained to the Council about the missed bin collections. We do not "
           "investigate matters that have not first been through a council's complaints procedure.")


def test_stems_ignore_words_every_complaint_shares():
    assert stems("The Council failed to collect his bins") == {"colle", "bins"}


def test_the_overview_sentence_states_no_reason():
    assert not states_reason("We will not investigate Ms X's complaint about a street trader and her bins.")
    assert states_reason("The injustice from the street trader is not significant enough to warrant an investigation.")


POINTS = ("failed to act on her reports of a street trader;", "did not deal properly with her complaint.",
          "has not collected her bins.")


def others(complaint: str, points=POINTS) -> list[str]:
    return [p for p in points if p != complaint] or ["another point"]


def test_each_point_gets_the_sentences_about_its_topic():
    trader, handling, bins = (focus(SUMMARY, p, others(p)) for p in POINTS)
    assert CUES.labels_in(CUES.reason_sentences(trader)) == ("no_significant_injustice",)
    assert CUES.labels_in(CUES.reason_sentences(handling))[0] == "no_worthwhile_outcome"
    assert "premature" in CUES.labels_in(CUES.reason_sentences(bins))
    assert "trader" not in bins


def test_one_point_or_no_match_reads_the_whole_summary():
    assert focus(SUMMARY, "has not collected her bins.") == SUMMARY
    assert focus(SUMMARY, "refused a parking permit.", ["closed the library early."]) == SUMMARY


def test_a_point_that_matches_nothing_leaves_the_other_points_sentences_to_them():
    summary = ("We will not look into Mr Q's concerns about a parking dispute. This is because we found too little "
               "evidence of fault. His data questions are best considered by the Information Commissioner.")
    request = "ignored his data questions;"
    chosen = focus(summary, "towed his van away;", [request])
    assert "Information Commissioner" in focus(summary, request, ["towed his van away;"])
    assert chosen == "This is because we found too little evidence of fault."


def test_a_sentence_with_one_reason_per_point_is_read_clause_by_clause():
    summary = ("We will not look into Mr R's concerns about an academy, his recycling and his data request. "
               "The reasons: the law keeps us out of what happens in a school, nothing we did could add to the "
               "recycling review the Council already made, and the ICO is best placed to decide data requests.")
    points = ("the way the school's teachers behaved;", "ignored his data request.")
    school, request = (focus(summary, p, others(p, points)) for p in points)
    assert school == "The reasons: the law keeps us out of what happens in a school"
    assert CUES.labels_in(request) == ("other_body_better_placed",)


def test_the_sentence_sharing_most_words_wins():
    summary = ("The Information Commissioner is better placed to consider the complaint. There is not enough "
               "injustice from a failure in the complaints procedure to justify an investigation.")
    chosen = focus(summary, "failed to follow its complaints procedure.", ["refused a blue badge."])
    assert chosen.startswith("There is not enough injustice")


def test_clauses_joined_by_and_are_read_one_by_one_when_each_gives_a_reason():
    summary = ("We will not look into this. This is because she appealed to a tribunal about the "
               "school place, the ICO is best placed to consider her data breach and it is not a good use of "
               "public resources to look at how the Council handled her complaints.")
    points = ("named the wrong school place;", "breached her data;", "mishandled her complaints.")
    school, data, handling = (focus(summary, p, others(p, points)) for p in points)
    assert CUES.labels_in(data) == ("other_body_better_placed",)
    assert CUES.labels_in(handling) == ("no_worthwhile_outcome",)
    assert "tribunal" in school and "ICO" not in school
