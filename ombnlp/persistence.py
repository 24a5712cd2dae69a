"""Saving and loading trained classifiers, with the checks that make a pickle safe to load.

A joblib file is a pickle: loading it can run any code. So ombnlp only loads a model whose
sha256 matches its `meta.json`, and — unless the caller passes `trust=True` — only the shipped
model, whose hash is also pinned here (replacing both files is caught as well).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import joblib
import sklearn
import spacy

from ombnlp.errors import ModelError, ModelIntegrityError, UntrustedModelError

DEFAULT_MODEL = "lgsco-reasons"
MODEL_FILE = "model.joblib"
META_FILE = "meta.json"
# sha256 of the shipped model file; training/train.py prints the new value after retraining.
PINNED_SHA256 = {
    DEFAULT_MODEL: "eb3b21de453c0b6c745b32842b41887da000eeb916188639531482c643631562",
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def shipped_models_dir() -> Path:
    """Where the shipped models are: the installed `ombnlp_models` package, or `models/` in a checkout."""
    try:
        import ombnlp_models  # installed by `pip install .`
        return Path(ombnlp_models.__file__).parent
    except ImportError:
        return Path(__file__).resolve().parents[1] / "models"


def resolve(model: str | Path | None) -> tuple[Path, str | None]:
    """(folder, shipped name or None) for a model name, a folder, or None for the default."""
    if model is None or (isinstance(model, str) and model in PINNED_SHA256):
        name = model or DEFAULT_MODEL
        return shipped_models_dir() / name, name
    return Path(model), None


def save_model(classifier, folder: Path, meta: dict) -> dict:
    """Write the classifier and its metadata (versions and the file's sha256 added)."""
    folder.mkdir(parents=True, exist_ok=True)
    joblib.dump(classifier, folder / MODEL_FILE, compress=3)
    meta = {**meta, "sklearn_version": sklearn.__version__, "spacy_version": spacy.__version__,
            "sha256": sha256_of(folder / MODEL_FILE)}
    (folder / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return meta


def read_meta(folder: Path) -> dict:
    path = folder / META_FILE
    if not path.is_file():
        raise ModelError(f"no {META_FILE} in {folder}: not an ombnlp model folder")
    return json.loads(path.read_text(encoding="utf-8"))


def load_model(model: str | Path | None = None, *, trust: bool = False):
    """Load a classifier after checking its hash, its pinned hash if shipped, and versions."""
    folder, shipped = resolve(model)
    if shipped is None and not trust:
        raise UntrustedModelError(
            f"refusing to load {folder}: model files are pickles and can run code. "
            "Pass trust=True (CLI: --trust-model) only for models you made or trust.")
    meta = read_meta(folder)
    path = folder / MODEL_FILE
    if not path.is_file():
        raise ModelError(f"{path} is missing")
    actual = sha256_of(path)
    if actual != meta.get("sha256"):
        raise ModelIntegrityError(f"{path} has sha256 {actual}, but {META_FILE} says {meta.get('sha256')}: "
                                  "the file was changed or damaged")
    if shipped is not None and actual != PINNED_SHA256[shipped]:
        raise ModelIntegrityError(f"{path} is not the model shipped with this ombnlp version "
                                  f"(sha256 {actual}, expected {PINNED_SHA256[shipped]})")
    _check_versions(meta)
    return joblib.load(path)


def _check_versions(meta: dict) -> None:
    trained = meta.get("sklearn_version", "?")
    if trained.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(f"the model was trained with scikit-learn {trained} but {sklearn.__version__} "
                         f"is installed; install scikit-learn=={trained} or retrain the model")
