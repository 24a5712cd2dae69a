"""The cue phrases and feature helpers, on sentences written for these tests."""

import pytest

from ombnlp.features import CUES, UniqueTfidf
from ombnlp.text import fold


@pytest.mark.parametrize("sentence, labels", [
    # the guideline: an appeal to a court is a court matter, not an appeal right
    ("Mr X has a right of appeal to the magistrates' court.", ("court_matter",)),
    ("She has a right of appeal to the SEND Tribunal.", ("appeal_right",)),
    ("The courts are better placed to decide this.", ("court_matter",)),
    ("The Information Commissioner is better placed to consider it.", ("other_body_better_placed",)),
    # cues start at word starts: "understanding" is not "standing", "this late" is not "is late"
    ("I understand Mr X's misunderstanding.", ()),
    ("It would be disproportionate to investigate.", ("no_worthwhile_outcome",)),
    ("There is nothing we could add to the Council's response.", ("no_worthwhile_outcome",)),
])
def test_cues_follow_the_guideline(sentence, labels):
    assert CUES.labels_in(sentence) == labels


def test_a_complaint_not_yet_made_is_a_reason_not_a_restated_complaint():
    kept = CUES.reason_sentences("Mr X complains about his bins. Mr X has not complained to the Council, "
                                 "so we will not investigate.")
    assert kept.startswith("mr x has not complained") and "about his bins" not in kept


def test_labels_stated_alone_in_a_sentence():
    text = ("We cannot investigate because Mrs X appealed to the tribunal. "
            "The law says we cannot investigate a school's internal management.")
    assert CUES.stated_alone(text) == {"outside_jurisdiction"}
    # the bar explained by an appeal: outside_jurisdiction is not stated alone
    assert CUES.stated_alone("We cannot investigate because Mrs X appealed to the tribunal.") == frozenset()


def test_unique_tfidf_gives_the_same_rows_as_plain_transform():
    texts = ["the court decided", "a tribunal appeal", "the court decided", fold("Late complaint")]
    vectorizer = UniqueTfidf().fit(texts)
    plain = super(UniqueTfidf, vectorizer).transform(texts)
    assert (vectorizer.transform(texts) != plain).nnz == 0
