"""ombnlp: why the Local Government and Social Care Ombudsman disposed of each complaint point.

    >>> import ombnlp
    >>> decision = ombnlp.analyse(text)
    >>> [(p.id, p.reasons) for p in decision.points]
"""

from __future__ import annotations

from functools import lru_cache

from ombnlp.analyzer import Analyzer, build_pipeline, load
from ombnlp.document import Decision, Point
from ombnlp.errors import (InputTooLargeError, ModelError, ModelIntegrityError, NotADecisionError,
                           OmbnlpError, UntrustedModelError)
from ombnlp.labels import CORE_LABELS, LABELS

__version__ = "0.1.0"

__all__ = ["analyse", "load", "build_pipeline", "Analyzer", "Decision", "Point", "LABELS", "CORE_LABELS",
           "OmbnlpError", "NotADecisionError", "InputTooLargeError", "ModelError", "ModelIntegrityError",
           "UntrustedModelError"]


@lru_cache(maxsize=1)
def _default_analyzer() -> Analyzer:
    return load()


def analyse(text: str | bytes) -> Decision:
    """Analyse one decision with the shipped model (loaded once, on first use)."""
    return _default_analyzer().analyse(text)
