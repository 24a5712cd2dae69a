"""Trained models shipped with ombnlp (installed as the `ombnlp_models` package).

Each folder holds `model.joblib`, `meta.json` and a model card `README.md`.
"""
