import os
from pathlib import Path

import pytest
import spacy

import ombnlp

CORPUS = Path(os.environ.get("OMBNLP_CORPUS", Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "train.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (set OMBNLP_CORPUS)")
    return CORPUS


@pytest.fixture(scope="session")
def analyzer() -> ombnlp.Analyzer:
    return ombnlp.load()


@pytest.fixture(scope="session")
def segmenter():
    """The rule-based components without the classifier: fast, and independent of any model."""
    nlp = spacy.blank("en")
    for name in ("ombnlp_sections", "ombnlp_header", "ombnlp_points"):
        nlp.add_pipe(name)
    return nlp
