"""Which of the Summary's reason sentences speak about which complaint point.

A Summary often gives one reason per point: "There is insufficient injustice from the trader
issue ... We do not investigate complaint-handling where ... We cannot investigate the FOI matter
because ...". Where a point has no assessment passage of its own, the sentences that share
words with the point's complaint tell its reasons better than the whole Summary does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ombnlp.features import CUES, reasons_given, sentence_facts
from ombnlp.text import fold, sentences

STEM_CHARS = 5  # "collected" and "collection" share "colle": crude, but enough to match topics
_WORD = re.compile(r"[a-z]{3,}")
_CLAUSE_BREAK = re.compile(r",\s+(?:and\s+|but\s+|or\s+)?|;\s+(?:and\s+)?|\s+and\s+(?=(?:it|there|we|the|this|he|she|they)\s)")
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
    return bool(reasons_given(sentence))


def _restates_complaint(sentence: str) -> bool:
    """"We will not investigate Mr X's complaint about A, B and C": on every point's topic."""
    return bool(CUES.topic.search(fold(sentence)))


def _units(sentence: str) -> list[str]:
    """A sentence's clauses when each gives a reason of its own ("the law keeps us out of what
    happens in a school, we could add nothing to the Council's review, and the ICO is best placed"),
    else the whole sentence."""
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c.strip()]
    return clauses if len(clauses) > 1 and all(CUES.labels_in(c) for c in clauses) else [sentence]


@dataclass(frozen=True)
class _Sentence:
    stems: frozenset[str]
    states: bool  # gives a reason
    opens_topic: bool  # may pass its topic to the next sentence (not a restated complaint)
    units: tuple[tuple[str, frozenset[str]], ...]  # its clauses or itself, with their stems


@lru_cache(maxsize=64)
def _read(context: str) -> tuple[_Sentence, ...]:
    """The context sentence by sentence, read once for all the points of a decision."""
    read = []
    for start, end in sentences(context):
        sentence = context[start:end]
        states = states_reason(sentence)
        units = tuple((unit, frozenset(stems(unit))) for unit in _units(sentence)) if states else ()
        read.append(_Sentence(frozenset(stems(sentence)), states, not states and not _restates_complaint(sentence),
                              units))
    return tuple(read)


def _scored_units(context: str, complaint: str) -> list[tuple[int, str]]:
    """Each reason unit of the context with the number of content words it shares with the
    complaint, itself or through the sentence just before."""
    topic, scored, carried = stems(complaint), [], 0
    for sentence in _read(context):
        scored += [(max(len(unit_stems & topic), carried), unit) for unit, unit_stems in sentence.units]
        carried = len(sentence.stems & topic) if sentence.opens_topic else 0
    return scored


def _best(scored: list[tuple[int, str]]) -> list[str]:
    """The units sharing most words with the complaint; none when none shares any."""
    best = max((score for score, _ in scored), default=0)
    return [unit for score, unit in scored if score == best] if best else []


def focus(context: str, complaint: str, other_complaints: Sequence[str] = ()) -> str:
    """The context sentences (or clauses, see `_units`) that state a reason and share the most
    content words with the point's complaint, themselves or through the sentence just before ("Mr X
    has not complained about the bins. We do not investigate matters that ..."). When nothing
    matches, the context's reason units less those that are about another point ("Other matters are
    best considered by the ICO" belongs to the information request). The whole context for a
    one-point decision, and when no reason unit, or every one, belongs to another point."""
    if not other_complaints:
        return context
    scored = _scored_units(context, complaint)
    if own := _best(scored):
        return " ".join(own)
    others = {unit for other in other_complaints for unit in _best(_scored_units(context, other))}
    rest = [unit for _, unit in scored if unit not in others]
    return " ".join(rest) if rest and others else context


def forget_readings() -> None:
    """Empty the caches of what sentences say. They are there for the decision being read (its
    Summary serves every point); emptied after each batch, they never carry a reading from one
    batch to the next, so a corpus read twice is not read faster the second time."""
    for cache in (*CUES.caches, sentence_facts, _read):
        cache.cache_clear()
