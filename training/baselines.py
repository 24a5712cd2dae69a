"""The two baselines the report compares against, measured on the same split."""

from __future__ import annotations

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MultiLabelBinarizer

from ombnlp.features import CUES
from ombnlp.inputs import PointInput
from ombnlp.labels import LABELS


def keyword_rules(x: PointInput) -> list[str]:
    """Labels whose cue phrases occur in the reason sentences (passage first), in order of appearance."""
    found = CUES.labels_in(CUES.reason_sentences(x.passage)) + CUES.labels_in(CUES.reason_sentences(x.context))
    return list(dict.fromkeys(found))


class DecisionLevelTfidf:
    """TF-IDF + logistic regression on whole decision texts; every point gets the decision's labels."""

    def fit(self, texts: list[str], reasons: list[list[str]]):
        self.binarizer = MultiLabelBinarizer(classes=list(LABELS)).fit([])
        self.model = Pipeline([
            ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
            ("model", OneVsRestClassifier(LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000))),
        ]).fit(texts, self.binarizer.transform(reasons))
        return self

    def predict(self, texts: list[str]) -> list[list[str]]:
        probabilities = self.model.predict_proba(texts)
        result = []
        for row in probabilities:
            ranked = sorted(zip(LABELS, row), key=lambda pair: -pair[1])
            chosen = [label for label, p in ranked if p >= 0.5] or [ranked[0][0]]
            result.append(chosen)
        return result
