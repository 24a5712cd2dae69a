"""Rules kept as data: JSON files beside this module, loaded once."""

import json
from functools import cache
from importlib import resources


@cache
def load_rules(name: str) -> dict:
    """Return the parsed JSON rule file `name` (without `.json`)."""
    text = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
