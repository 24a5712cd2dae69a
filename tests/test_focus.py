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


def test_each_point_gets_the_sentences_about_its_topic():
    trader = focus(SUMMARY, "failed to act on her reports of a street trader;", several_points=True)
    handling = focus(SUMMARY, "did not deal properly with her complaint.", several_points=True)
    bins = focus(SUMMARY, "has not collected her bins.", several_points=True)
    assert CUES.labels_in(CUES.reason_sentences(trader)) == ("no_significant_injustice",)
    assert CUES.labels_in(CUES.reason_sentences(handling))[0] == "no_worthwhile_outcome"
    assert "premature" in CUES.labels_in(CUES.reason_sentences(bins))
    assert "trader" not in bins


def test_one_point_or_no_match_reads_the_whole_summary():
    assert focus(SUMMARY, "has not collected her bins.", several_points=False) == SUMMARY
    assert focus(SUMMARY, "refused a parking permit.", several_points=True) == SUMMARY


def test_a_sentence_with_one_reason_per_point_is_read_clause_by_clause():
    summary = ("We will not investigate Mr X's complaint about a school, his bins and his information request. "
               "This is because we cannot consider actions within a school, we could not add to the Council's "
               "own investigation of the bins, and the Information Commissioner is better placed to consider "
               "information requests.")
    school = focus(summary, "the actions of the school staff;", several_points=True)
    request = focus(summary, "failed to answer his information request.", several_points=True)
    assert school == "This is because we cannot consider actions within a school"
    assert CUES.labels_in(request) == ("other_body_better_placed",)


def test_the_sentence_sharing_most_words_wins():
    summary = ("The Information Commissioner is better placed to consider the complaint. There is not enough "
               "injustice from a failure in the complaints procedure to justify an investigation.")
    chosen = focus(summary, "failed to follow its complaints procedure.", several_points=True)
    assert chosen.startswith("There is not enough injustice")
