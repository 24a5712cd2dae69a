"""Which of the Summary's reason sentences speak about which complaint point.

A Summary often gives one reason per point: "There is insufficient injustice from the trader
issue ... We do not investigate complaint-handling where ... We cannot investigate the FOI matter
because ...". Where a point has no assessment passage of its own, the sentences that share
words with the point's complaint tell its reasons better than the whole Summary does.
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ombnlp.features import CUES
from ombnlp.text import fold, sentences

STEM_CHARS = 5  # "collected" and "collection" share "colle": crude, but enough to match topics
_WORD = re.compile(r"[a-z]{3,}")
# Words of every complaint and every reason sentence: they match anything, so they say nothing.
_GENERIC = frozenset(ENGLISH_STOP_WORDS) | {
    "council", "councils", "ombudsman", "investigate", "investigated", "investigating", "investigation",
    "complains", "complained", "says", "said", "failed", "fail", "properly", "miss", "mrs",
}


def stems(text: str) -> set[str]:
    """The content-word stems of `text`."""
    return {word[:STEM_CHARS] for word in _WORD.findall(text.lower()) if word not in _GENERIC}


def states_reason(sentence: str) -> bool:
    """Whether a sentence states a reason (a label's cue outside the restated topic)."""
    return bool(CUES.labels_in(CUES.reason_sentences(sentence)))


def _restates_complaint(sentence: str) -> bool:
    """"We will not investigate Mr X's complaint about A, B and C": on every point's topic."""
    return bool(CUES.topic.search(fold(sentence)))


def focus(context: str, complaint: str, several_points: bool) -> str:
    """The context sentences that state a reason and share a content word with the point's
    complaint, or follow a sentence that does ("Mr X has not complained about the bins. We do
    not investigate matters that ..."); the whole context when the decision has one point or
    nothing matches."""
    if not several_points:
        return context
    topic, matched, follow = stems(complaint), [], False
    for start, end in sentences(context):
        sentence = context[start:end]
        on_topic, states = bool(stems(sentence) & topic), states_reason(sentence)
        if states and (on_topic or follow):
            matched.append(sentence)
        follow = on_topic and not states and not _restates_complaint(sentence)
    return " ".join(matched) if matched else context
