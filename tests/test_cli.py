import json
from pathlib import Path

from ombnlp.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "decision-example.txt"


def test_analyse_prints_json_lines(capsys):
    assert main(["analyse", str(EXAMPLE)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["reference"] == "25 123 456" and len(record["points"]) == 3


def test_analyse_table(capsys):
    assert main(["analyse", str(EXAMPLE), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Northshire County Council (25 123 456)" in out and "court_matter" in out


def test_missing_file_is_one_line_without_traceback(capsys, tmp_path):
    assert main(["analyse", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err


def test_not_a_decision_file(capsys, tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("Dear Sir, thank you for your letter.")
    assert main(["analyse", str(path)]) == 2
    assert "not" in capsys.readouterr().err


def test_untrusted_model_is_refused(capsys, tmp_path):
    assert main(["analyse", str(EXAMPLE), "--model", str(tmp_path)]) == 2
    assert "--trust-model" in capsys.readouterr().err


def test_labels(capsys):
    assert main(["labels"]) == 0
    assert "court_matter" in capsys.readouterr().out
