"""Feature extraction for the reason classifier and the evidence ranker.

Each transformer is small and stateless apart from what `fit` learns, like scikit-learn's own.
Inputs are lists of dicts (see `PointInput.as_fields` and `candidate_fields`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline

from ombnlp.labels import LABELS
from ombnlp.rules import load_rules
from ombnlp.text import fold, sentences


class Cues:
    """The cue phrases of `rules/cues.json`, compiled once."""

    def __init__(self):
        rules = load_rules("cues")
        labels = {name: [p.replace("{body}", rules["body"]) for p in patterns] for name, patterns in rules["labels"].items()}
        self.reason_sentence = re.compile(r"\b(?:" + "|".join(rules["reason_sentence"]) + r")\b", re.I)
        self.restatement = re.compile(rules["restatement"], re.I)
        self.topic = re.compile(rules["topic"], re.I)
        self.because = re.compile(rules["because"], re.I)
        self.general_rule = re.compile(rules["general_rule"], re.I)
        self.complainant = re.compile(rules["complainant"], re.I)
        for name, patterns in {**labels, **rules["mentions"]}.items():
            if any(re.compile(p).groups for p in patterns):
                raise ValueError(f"cues.json: a '{name}' cue has a capturing group; use (?:...)")
        # one scan per text for the labels, one for the mentions
        self.cue = _alternation(labels)
        self.mention = _alternation(rules["mentions"])
        self.mention_names = tuple(rules["mentions"])
        # The same Summary is read for every point of a decision and by several models: remember.
        self.labels_in = lru_cache(maxsize=8192)(self._labels_in)
        self.mentions_in = lru_cache(maxsize=8192)(self._mentions_in)
        self.reason_list = lru_cache(maxsize=8192)(self._reason_list)
        self.reason_sentences = lru_cache(maxsize=8192)(self._reason_sentences)
        self.stated_alone = lru_cache(maxsize=8192)(self._stated_alone)
        self.caches = (self.labels_in, self.mentions_in, self.reason_list, self.reason_sentences, self.stated_alone)

    def _labels_in(self, text: str) -> tuple[str, ...]:
        """Labels whose cues occur in `text`, in the order of their first occurrence.

        Matches do not overlap: a cue inside a longer cue of another label found first is not counted.
        """
        return tuple(dict.fromkeys(match.lastgroup for match in self.cue.finditer(fold(text))))

    def _mentions_in(self, text: str) -> frozenset[str]:
        """Names of the `mentions` of `text` (another body named, ...): facts, not reasons."""
        return frozenset(match.lastgroup for match in self.mention.finditer(fold(text)))

    def unexplained_mentions(self, text: str) -> frozenset[str]:
        """The mentions of the reason sentences of `text` when they state no reason but (perhaps)
        outside_jurisdiction: "the law prevents us" with no appeal, court, lateness ... behind it is
        the bar itself, which the guideline labels outside_jurisdiction."""
        reasons = self.reason_sentences(text)
        if set(self.labels_in(reasons)) - {"outside_jurisdiction"}:
            return frozenset()
        return self.mentions_in(reasons)

    def _reason_list(self, text: str) -> tuple[str, ...]:
        """What `text` says about *why*: its reason sentences, without restated complaints or topics.

        "We will not investigate Mr X's complaint about the school's late reply because it is late"
        keeps "We will not investigate Mr X's complaint because it is late": the topic ("late reply")
        is not a reason.
        """
        kept = []
        for start, end in sentences(text):
            sentence = fold(text[start:end])
            if self.restatement.search(sentence) or not self.reason_sentence.search(sentence):
                continue
            kept.append(self._without_topic(sentence))
        return tuple(kept)

    def _reason_sentences(self, text: str) -> str:
        return " ".join(self.reason_list(text))

    def _stated_alone(self, text: str) -> frozenset[str]:
        """Labels that some reason sentence of `text` states without any other label.

        "We cannot investigate" is the bar of every reason; the guideline gives outside_jurisdiction
        only when no other reason (an appeal, a court) explains the bar.
        """
        alone = (self.labels_in(sentence) for sentence in self.reason_list(text))
        return frozenset(labels[0] for labels in alone if len(labels) == 1)

    def _without_topic(self, sentence: str) -> str:
        topic = self.topic.search(sentence)
        if not topic:
            return sentence
        because = self.because.search(sentence, topic.end())
        return sentence[:topic.start()] + (sentence[because.start():] if because else "")


def _alternation(patterns: dict[str, list[str]]) -> re.Pattern:
    """One regex for all the named phrase lists: a named group each, tried at word starts only
    (`\\b(?=\\w)`: the lookahead rules out the ends of words before any phrase is tried, a third faster
    than `\\b` alone)."""
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<{name}>{'|'.join(ps)})" for name, ps in patterns.items() if ps) + ")")


CUES = Cues()


class Field(BaseEstimator, TransformerMixin):
    """Selects one text field from each input dict; `reasons_only` keeps its reason sentences.

    Each text also gets a marker word ("fieldpassage", ...), so that a field that is empty in all
    the training data (say, no decision with a visible assessment) still has a vocabulary.
    """

    def __init__(self, name: str, reasons_only: bool = False):
        self.name = name
        self.reasons_only = reasons_only

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        texts = [x[self.name] for x in X]
        if self.reasons_only:
            texts = [CUES.reason_sentences(t) for t in texts]
        return [f"field{self.name} {t}" for t in texts]


class CueCounts(BaseEstimator, TransformerMixin):
    """For each label, whether its cues occur in the passage and the point's focus (see `ombnlp.focus`),
    in their reason sentences, first, and alone in a sentence; and which mentions (another body named,
    a legal bar) occur there, in their reason sentences, and with no reason beside them."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        rows = [self._row(x) for x in X]
        return sparse.csr_matrix(np.array(rows, dtype=float))

    @staticmethod
    def _row(x: dict) -> list[float]:
        row = [float(bool(x["passage"])), float(x["passage_cut"])]
        for field in ("passage", "focus"):
            present = set(CUES.labels_in(x[field]))
            stated = CUES.labels_in(CUES.reason_sentences(x[field]))
            first = stated[0] if stated else None
            alone = CUES.stated_alone(x[field])
            row += [float(l in present) for l in LABELS] + [float(l in stated) for l in LABELS]
            row += [float(l == first) for l in LABELS] + [float(l in alone) for l in LABELS]
            mentioned, as_reason = CUES.mentions_in(x[field]), CUES.mentions_in(CUES.reason_sentences(x[field]))
            unexplained = CUES.unexplained_mentions(x[field])
            row += [float(m in found) for found in (mentioned, as_reason, unexplained) for m in CUES.mention_names]
        return row


def cue_ranks(x: dict) -> dict[str, dict[str, int]]:
    """Each label's rank among the labels stated by the reason sentences of the passage, of the
    context, and of the context's first reason sentence ("This is mainly because ...")."""
    ranks = {}
    for field in ("passage", "context", "focus"):
        reasons = CUES.reason_sentences(x[field])
        ranks[field] = {label: i for i, label in enumerate(CUES.labels_in(reasons))}
    first = CUES.reason_sentences(x["context"]).split(". ")[0]
    ranks["first_sentence"] = {label: i for i, label in enumerate(CUES.labels_in(first))}
    return ranks


def label_fields(label: str, probability: float, primary_probability: float, ranks: dict,
                 probability_rank: int, has_passage: bool) -> dict:
    """What the main-reason ranker knows about one label of one point."""
    row = {"probability": probability, "primary_probability": primary_probability, f"label={label}": 1.0,
           f"probability_rank={min(probability_rank, 3)}": 1.0}
    for field, order in ranks.items():
        rank = min(order.get(label, 9), 3)
        row[f"{field}_rank={rank}"] = 1.0
        row[f"{field}_rank={rank}|has_passage={has_passage}"] = 1.0
    return row


class UniqueTfidf(TfidfVectorizer):
    """A TfidfVectorizer that transforms each distinct text once.

    The Summary's sentences are candidates for every point of a decision and for the decision
    itself, and one-point decisions read the same Summary twice: no need to count them again.
    """

    def __getstate__(self):
        """Without scikit-learn's `_stop_words_id` (a memory address, different in every process):
        the same data and seed then give the same model file, byte for byte."""
        state = super().__getstate__()
        state.pop("_stop_words_id", None)
        return state

    def transform(self, raw_documents):
        index: dict[str, int] = {}
        rows = [index.setdefault(text, len(index)) for text in raw_documents]
        return super().transform(list(index))[rows]


def facts() -> FeatureHasher:
    """Vectorises dicts of named facts; hashing is several times faster than a DictVectorizer
    and the few hundred fact names never collide in 4,096 columns in practice."""
    return FeatureHasher(n_features=2**12, alternate_sign=False)


def _tfidf() -> TfidfVectorizer:
    return UniqueTfidf(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True,
                       token_pattern=r"(?u)\b\w+\b", dtype=np.float32)


def point_features() -> FeatureUnion:
    """Words of the passage, of the reason sentences of the passage and of the point's focus (the
    Summary sentences about it), of the point's complaint (its topic: an information request points
    to the Information Commissioner), and cue flags."""
    return FeatureUnion([
        ("passage", Pipeline([("field", Field("passage")), ("tfidf", _tfidf())])),
        ("passage_reasons", Pipeline([("field", Field("passage", reasons_only=True)), ("tfidf", _tfidf())])),
        ("focus_reasons", Pipeline([("field", Field("focus", reasons_only=True)), ("tfidf", _tfidf())])),
        ("complaint", Pipeline([("field", Field("complaint")), ("tfidf", _tfidf())])),
        ("cues", CueCounts()),
    ])


def passage_states(point_input, reasons: list[str]) -> bool:
    """Whether the point's own assessment passage states one of its reasons (then annotators quote it)."""
    return any(set(sentence_facts(c.text).stated) & set(reasons) for c in point_input.candidates if c.block == "passage")


def candidate_rows(point_input, reasons: list[str]) -> list[dict]:
    """The evidence ranker's rows: one per candidate sentence of a point with these reasons."""
    in_passage = passage_states(point_input, reasons)
    primary = reasons[0] if reasons else None
    first_stating: dict[str, int] = {}  # block -> its first sentence that gives the main reason
    for i, candidate in enumerate(point_input.candidates):
        if primary in sentence_facts(candidate.text).given:
            first_stating.setdefault(candidate.block, i)
    return [candidate_fields(c, point_input, reasons, in_passage, first_stating.get(c.block) == i)
            for i, c in enumerate(point_input.candidates)]


def reasons_given(sentence: str) -> tuple[str, ...]:
    """Labels a sentence gives as reasons: its cues outside a restated complaint or topic."""
    return CUES.labels_in(CUES.reason_sentences(sentence))


@dataclass(frozen=True)
class SentenceFacts:
    """What a candidate sentence says, whichever point it is read for."""
    stated: tuple[str, ...]  # labels whose cues occur in it
    given: tuple[str, ...]  # labels it gives as reasons (see `reasons_given`)
    mentions: frozenset[str]
    reason_sentence: bool
    general_rule: bool  # a statement of the law in general ("We will only investigate if ...")
    names_complainant: bool
    whole_sentence: bool  # ends like a sentence (a text cut off mid-sentence does not)


@lru_cache(maxsize=8192)
def sentence_facts(sentence: str) -> SentenceFacts:
    """Read once per sentence: the Summary's sentences are candidates for every point of a decision."""
    folded = fold(sentence)
    return SentenceFacts(
        stated=CUES.labels_in(sentence), given=reasons_given(sentence), mentions=CUES.mentions_in(sentence),
        reason_sentence=bool(CUES.reason_sentence.search(folded)),
        general_rule=bool(CUES.general_rule.search(folded)), names_complainant=bool(CUES.complainant.search(folded)),
        whole_sentence=folded.rstrip().endswith((".", "!", "?", ":", ";", ")", "'", '"')),
    )


def candidate_fields(candidate, point_input, reasons: list[str], in_passage: bool, first_stating: bool) -> dict:
    """What the evidence ranker knows about one candidate sentence of one point with these reasons.

    `in_passage`: the point's passage states one of them; `first_stating`: this is the first
    sentence of its block to give the main reason (annotators quote the first one).
    """
    facts_ = sentence_facts(candidate.text)
    stated, block = facts_.stated, candidate.block
    primary = reasons[0] if reasons else None
    states = float(len(set(stated) & set(reasons)))
    narrowed = point_input.focus != point_input.context  # the Summary sentences about this point were found
    return {
        f"in_focus={narrowed and candidate.text in point_input.focus}|block={block}": 1.0,
        f"block={block}|passage_states={in_passage}": 1.0,
        f"block={block}|passage_states={in_passage}|states": states,
        "states_reasons": states,
        "states_other_labels": float(len(set(stated) - set(reasons))),
        "text": candidate.text,
        "block": block,
        f"block={block}|cut={point_input.passage_cut}|has_passage={bool(point_input.passage)}": 1.0,
        f"block={block}|index={min(candidate.index, 4)}": 1.0,
        "states_primary": float(primary in stated),
        "states_primary_first": float(bool(stated) and stated[0] == primary),
        "n_labels_stated": float(len(stated)),
        "reason_sentence": float(facts_.reason_sentence),
        f"primary={primary}|block={block}": 1.0,
        "gives_reasons": float(len(set(facts_.given) & set(reasons))),
        "gives_primary": float(primary in facts_.given),
        f"first_stating|block={block}": float(first_stating),
        **{f"mentions={m}": 1.0 for m in facts_.mentions},
        "general_rule": float(facts_.general_rule),
        "names_complainant": float(facts_.names_complainant),
        "whole_sentence": float(facts_.whole_sentence),
    }


class CandidateDicts(BaseEstimator, TransformerMixin):
    """The non-text features of candidate dicts, for `facts()`."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [{k: v for k, v in x.items() if k not in ("text", "block")} for x in X]


def candidate_features() -> FeatureUnion:
    return FeatureUnion([
        ("words", Pipeline([("field", Field("text")), ("tfidf", _tfidf())])),
        ("facts", Pipeline([("dicts", CandidateDicts()), ("vector", facts())])),
    ])
