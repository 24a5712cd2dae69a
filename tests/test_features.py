"""The cue phrases and feature helpers, on sentences written for these tests."""

import pytest

from ombnlp.features import CUES, UniqueTfidf
from ombnlp.text import fold


@pytest.mark.parametrize("sentence, labels", [
    # the guideline: an appeal to a court is a court matter, not an appeal right
    ("Mr X has a right of appeal to the magistrates' court.", ("court_matter",)),
    ("She has a right of appeal to the SEND Tribunal.", ("appeal_right",)),
    ("The courts are better placed to decide this.", ("court_matter",)),
    ("The courts are also better placed to consider the damage.", ("court_matter",)),
    # putting right an injustice is a remedy (no_worthwhile_outcome), not a lack of injustice
    ("The Council has put right the injustice caused.", ("no_worthwhile_outcome",)),
    ("The Information Commissioner is better placed to consider it.", ("other_body_better_placed",)),
    ("The ICO is best placed to consider data breaches.", ("other_body_better_placed",)),
    ("He may raise it with the Information Commissioner's Office.", ("other_body_better_placed",)),
    ("Parts of the complaint are for the Parliamentary and Health Service Ombudsman.", ("other_body_better_placed",)),
    ("Worries about his data being shared would be for the ICO.", ("other_body_better_placed",)),
    ("The Housing Ombudsman can look at the repairs.", ("other_body_better_placed",)),
    ("The matter is better considered by the courts.", ("court_matter",)),
    # naming another body is not a reason by itself; a body outside remit is outside_jurisdiction
    ("Social Work England considers the conduct of social workers.", ()),
    ("We cannot investigate the Returning Officer, whose remit covers postal votes.", ()),
    ("We cannot investigate actions within a school.", ("outside_jurisdiction",)),
    # cues start at word starts: "understanding" is not "standing", "this late" is not "is late"
    ("I understand Mr X's misunderstanding.", ()),
    ("It would be disproportionate to investigate.", ("no_worthwhile_outcome",)),
    ("There is nothing we could add to the Council's response.", ("no_worthwhile_outcome",)),
    ("The complaint is caught by the time bar on our powers.", ("late",)),
    ("The complaint was made late.", ("late",)),
    ("We cannot act until the Council has completed its review.", ("premature",)),
    ("Miss X has not yet complained to the Council about it.", ("premature",)),
    ("The planning application has not yet been granted.", ("premature",)),
    ("Her complaint falls outside the 12-month period.", ("late",)),
    ("The complaint is therefore late.", ("late",)),
    ("The complaint was not late.", ()),
    ("She can ask the CQC to look at the care home.", ("other_body_better_placed",)),
    ("We found too little sign of fault, and we could not achieve the refund he seeks.", ("no_evidence_of_fault", "no_worthwhile_outcome")),
    ("He could have appealed on a point of law to the county court.", ("court_matter",)),
    ("She could appeal to the tribunal and then to the court.", ("appeal_right", "court_matter")),
    # "expect him to use it" refers back to whatever remedy was named: here a court
    ("Mr Q has a remedy in court and it is reasonable to expect him to use it.", ("court_matter",)),
    ("Mr Y, who was affected, has not complained.", ("no_significant_injustice",)),
    ("An investigation would be unlikely to lead to a finding of fault.", ("no_evidence_of_fault",)),
])
def test_cues_follow_the_guideline(sentence, labels):
    assert CUES.labels_in(sentence) == labels


def test_a_complaint_not_yet_made_is_a_reason_not_a_restated_complaint():
    kept = CUES.reason_sentences("Mr X complains about his bins. Mr X has not complained to the Council, "
                                 "so we will not investigate.")
    assert kept.startswith("mr x has not complained") and "about his bins" not in kept


def test_only_a_restated_complaint_is_a_topic():
    # "Mr X's complaint about ..." restates the complaint; "complaints about ..." in general states the law
    assert CUES.reason_sentences("We will not investigate Mr X's complaint about the late reply because it is "
                                 "late.") == "we will not investigate mr because it is late."
    assert "tribunal" in CUES.reason_sentences("We cannot investigate complaints about matters appealed to a tribunal.")


@pytest.mark.parametrize("sentence", [
    "Any harm to Mrs Y from the missed collection is not sufficiently significant to warrant our involvement.",
    "There is no significant personal injustice to Mr Z from the late letter to justify an investigation.",
])
def test_the_warrant_formula_states_a_reason(sentence):
    # the Ombudsman's usual "... to warrant / justify investigating" gives the reason without "because"
    assert CUES.labels_in(CUES.reason_sentences(sentence)) == ("no_significant_injustice",)


@pytest.mark.parametrize("sentence, label", [
    ("More enquiries by us would not lead to a different outcome for Mrs Y.", "no_worthwhile_outcome"),
    ("The refund the Council offered Ms W is a suitable remedy.", "no_worthwhile_outcome"),
    ("Mr V had a right of appeal to the Valuation Tribunal.", "appeal_right"),
    ("Ms T could have appealed to the Planning Inspectorate.", "appeal_right"),
    ("The Ombudsman cannot investigate what happens in a school at lunchtime.", "outside_jurisdiction"),
])
def test_reasons_stated_without_because_or_we(sentence, label):
    assert label in CUES.labels_in(CUES.reason_sentences(sentence))


def test_labels_stated_alone_in_a_sentence():
    text = ("The complaint is late and Mrs X appealed to the tribunal. "
            "The law says we cannot investigate a school's internal management.")
    assert CUES.stated_alone(text) == {"outside_jurisdiction"}
    # "we cannot investigate" is the bar, not a second reason beside the appeal
    assert CUES.stated_alone("We cannot investigate because Mrs X appealed to the tribunal.") == {"appeal_right"}


def test_mentions_name_other_bodies_and_legal_bars():
    assert CUES.mentions_in("Social Work England considers the conduct of social workers.") == {"other_body"}
    assert CUES.mentions_in("The law prevents us from investigating the police.") == {"legal_bar", "other_body"}
    assert CUES.mentions_in("It is late.") == frozenset()


def test_a_legal_bar_is_unexplained_only_when_no_other_reason_is_given():
    assert CUES.unexplained_mentions("This body is outside our jurisdiction.") == {"legal_bar"}
    assert CUES.unexplained_mentions("The law prevents us from investigating as Mr X appealed to the "
                                     "tribunal.") == frozenset()
    assert CUES.unexplained_mentions("We will not investigate because the complaint is late.") == frozenset()


def test_unique_tfidf_gives_the_same_rows_as_plain_transform():
    texts = ["the court decided", "a tribunal appeal", "the court decided", fold("Late complaint")]
    vectorizer = UniqueTfidf().fit(texts)
    plain = super(UniqueTfidf, vectorizer).transform(texts)
    assert (vectorizer.transform(texts) != plain).nnz == 0


def test_evidence_rows_mark_the_first_sentence_giving_the_main_reason_in_each_block():
    from ombnlp.features import candidate_rows
    from ombnlp.inputs import Candidate, PointInput

    sentences = [("Mr X asked for a refund.", "passage"), ("The complaint is late.", "passage"),
                 ("It is also late for another reason.", "passage"), ("This is because it is late.", "summary")]
    candidates = [Candidate(text, 0, len(text), block, i) for i, (text, block) in enumerate(sentences)]
    point = PointInput("a", passage=" ".join(t for t, _ in sentences[:3]), context=sentences[3][0],
                       passage_cut=False, candidates=candidates)
    first = [row["first_stating|block=" + row["block"]] for row in candidate_rows(point, ["late"])]
    assert first == [0.0, 1.0, 0.0, 1.0]


def test_evidence_rows_tell_a_general_rule_from_a_statement_about_the_complainant():
    from ombnlp.features import candidate_rows
    from ombnlp.inputs import Candidate, PointInput

    sentences = ["We usually expect complaints to reach us within a year.",
                 "Mrs X's complaint is late.", "While the hearing is"]
    candidates = [Candidate(text, 0, len(text), "passage", i) for i, text in enumerate(sentences)]
    point = PointInput("a", passage=" ".join(sentences), context="", passage_cut=True, candidates=candidates)
    rows = candidate_rows(point, ["late"])
    assert [row["general_rule"] for row in rows] == [1.0, 0.0, 0.0]
    assert [row["names_complainant"] for row in rows] == [0.0, 1.0, 0.0]
    assert [row["whole_sentence"] for row in rows] == [1.0, 1.0, 0.0]


def test_each_label_learns_its_own_threshold_when_it_has_enough_examples():
    import numpy as np

    from ombnlp.classifier import MIN_SUPPORT, ReasonClassifier
    from ombnlp.labels import LABELS

    rng = np.random.default_rng(0)
    truth = np.zeros((200, len(LABELS)), dtype=int)
    truth[:100, 0] = 1  # the first label: common, its positives score 0.4-0.5, its negatives below 0.3
    truth[:MIN_SUPPORT - 1, 1] = 1  # the second: too rare to learn a threshold from
    probabilities = rng.uniform(0.0, 0.3, truth.shape)
    probabilities[:100, 0] = rng.uniform(0.4, 0.5, 100)
    thresholds = ReasonClassifier(threshold=0.65)._thresholds(probabilities, truth)
    assert thresholds[LABELS[0]] == 0.4
    assert LABELS[1] not in thresholds  # keeps the global threshold


def test_a_fitted_vectoriser_pickles_without_memory_addresses():
    import pickle

    vectoriser = UniqueTfidf().fit(["the bins were not collected", "the bins were late"])
    vectoriser.transform(["bins"])
    assert "_stop_words_id" not in pickle.loads(pickle.dumps(vectoriser)).__dict__
