"""A base for components whose behaviour is a rule file: they serialise that file."""

from __future__ import annotations

import json
from pathlib import Path

from ombnlp.rules import load_rules


class RuleComponent:
    """Holds `self.rules` (a dict from `ombnlp/rules/<rules_name>.json`) and saves it with the pipeline.

    Subclasses compile what they need in `compile()`, which runs again after `from_disk`.
    """

    rules_name: str = ""

    def __init__(self, rules: dict | None = None):
        self.rules = rules if rules is not None else load_rules(self.rules_name)
        self.compile()

    def compile(self) -> None:
        raise NotImplementedError

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "rules.json").write_text(json.dumps(self.rules, indent=2, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()):
        self.rules = json.loads((Path(path) / "rules.json").read_text(encoding="utf-8"))
        self.compile()
        return self
