"""Model files are pickles: only hashed, pinned or explicitly trusted ones are loaded."""

import json
import shutil

import pytest

import ombnlp
from ombnlp import persistence


@pytest.fixture
def model_copy(tmp_path):
    source, _ = persistence.resolve(None)
    target = tmp_path / "model"
    shutil.copytree(source, target)
    return target


def test_other_paths_need_trust(model_copy):
    with pytest.raises(ombnlp.UntrustedModelError, match="trust=True"):
        persistence.load_model(model_copy)
    assert persistence.load_model(model_copy, trust=True) is not None


def test_changed_model_file_is_caught(model_copy):
    with open(model_copy / "model.joblib", "ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(ombnlp.ModelIntegrityError, match="sha256"):
        persistence.load_model(model_copy, trust=True)


def test_replacing_both_files_is_caught_for_the_shipped_model(model_copy, monkeypatch):
    with open(model_copy / "model.joblib", "ab") as handle:
        handle.write(b"tampered")
    meta = json.loads((model_copy / "meta.json").read_text())
    meta["sha256"] = persistence.sha256_of(model_copy / "model.joblib")
    (model_copy / "meta.json").write_text(json.dumps(meta))
    monkeypatch.setattr(persistence, "shipped_models_dir", lambda: model_copy.parent)
    monkeypatch.setitem(persistence.PINNED_SHA256, "model", persistence.PINNED_SHA256[persistence.DEFAULT_MODEL])
    with pytest.raises(ombnlp.ModelIntegrityError, match="not the model shipped"):
        persistence.load_model("model")


def test_other_scikit_learn_version_is_explained(model_copy):
    meta = json.loads((model_copy / "meta.json").read_text())
    meta["sklearn_version"] = "0.1.0"
    (model_copy / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ombnlp.ModelError, match="scikit-learn 0.1.0"):
        persistence.load_model(model_copy, trust=True)


def test_missing_folder_is_explained(tmp_path):
    with pytest.raises(ombnlp.ModelError, match="not an ombnlp model folder"):
        persistence.load_model(tmp_path, trust=True)


def test_shipped_meta_describes_the_model():
    folder, _ = persistence.resolve(None)
    meta = persistence.read_meta(folder)
    assert meta["labels"] == list(ombnlp.LABELS)
    assert meta["sha256"] == persistence.PINNED_SHA256[persistence.DEFAULT_MODEL]
    assert {"sklearn_version", "spacy_version", "training_data_sha256"} <= set(meta)
    assert (folder / "model.joblib").stat().st_size < 10_000_000
