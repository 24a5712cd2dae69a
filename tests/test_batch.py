"""Batch runs: one record out per record in, in order, errors kept, resumable."""

import json

import pytest

from ombnlp.batch import completed_records, run_batch
from ombnlp.cli import main
from ombnlp.errors import OmbnlpError
from tests import texts


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def records():
    return [{"id": "one", "text": texts.CURRENT}, {"id": "two", "text": ""}, {"id": "three", "html": "<p>hello</p>"},
            {"id": "four", "text": texts.OLDER}, {"id": "five"}, {"id": "six", "text": texts.MIRROR}]


def test_one_output_per_input_in_order(analyzer, tmp_path, records):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, records)
    counts = run_batch(analyzer, source, output, batch_size=2, progress=False)
    rows = read_jsonl(output)
    assert [r["id"] for r in rows] == ["one", "two", "three", "four", "five", "six"]
    assert [r["ok"] for r in rows] == [True, False, False, True, False, True]
    assert rows[1]["error"] == "NotADecisionError" and rows[1]["message"]
    assert rows[4]["error"] == "OmbnlpError" and "text" in rows[4]["message"]
    assert counts == {"ok": 3, "failed": 3, "skipped": 0}


def test_broken_json_line_becomes_an_error_record(analyzer, tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text('{"id": "a", "text": "x"}\n{not json\n', encoding="utf-8")
    run_batch(analyzer, source, output, progress=False)
    assert [r["id"] for r in read_jsonl(output)] == ["a", "line 2"]


def test_resume_after_a_crash_mid_line(analyzer, tmp_path, records):
    source, output, expected = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "expected.jsonl"
    write_jsonl(source, records)
    run_batch(analyzer, source, expected, progress=False)
    lines = expected.read_text(encoding="utf-8").splitlines(keepends=True)
    output.write_text("".join(lines[:3]) + lines[3][:40], encoding="utf-8")  # a crash while writing line 4
    assert completed_records(output) == ["one", "two", "three"]
    counts = run_batch(analyzer, source, output, resume=True, progress=False)
    assert counts["skipped"] == 3
    assert output.read_text(encoding="utf-8") == expected.read_text(encoding="utf-8")


def test_existing_output_needs_resume(analyzer, tmp_path, records):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, records)
    output.write_text('{"id": "one"}\n')
    with pytest.raises(OmbnlpError, match="--resume"):
        run_batch(analyzer, source, output, progress=False)


def test_resume_refuses_output_of_another_input(analyzer, tmp_path, records):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, records)
    output.write_text('{"id": "other"}\n')
    with pytest.raises(OmbnlpError, match="does not match"):
        run_batch(analyzer, source, output, resume=True, progress=False)


def test_folder_of_files(analyzer, tmp_path):
    folder = tmp_path / "decisions"
    folder.mkdir()
    (folder / "b.txt").write_text(texts.OLDER, encoding="utf-8")
    (folder / "a.html").write_text(f"<html><body><pre>{texts.CURRENT}</pre></body></html>", encoding="utf-8")
    (folder / "notes.md").write_text("ignored")
    run_batch(analyzer, folder, tmp_path / "out.jsonl", progress=False)
    rows = read_jsonl(tmp_path / "out.jsonl")
    assert [(r["id"], r["decision"]["reference"]) for r in rows] == [("a.html", "24 111 222"), ("b.txt", "17 333 444")]


def test_saved_dataset(analyzer, tmp_path):
    datasets = pytest.importorskip("datasets")
    datasets.Dataset.from_list([{"id": "x", "text": texts.OLDER}]).save_to_disk(str(tmp_path / "ds"))
    run_batch(analyzer, tmp_path / "ds", tmp_path / "out.jsonl", progress=False)
    assert read_jsonl(tmp_path / "out.jsonl")[0]["decision"]["reference"] == "17 333 444"


def test_cli_batch(tmp_path, records, capsys):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, records)
    assert main(["batch", str(source), "-o", str(output), "--no-progress"]) == 0
    assert len(read_jsonl(output)) == len(records)
    assert "3 analysed, 3 failed" in capsys.readouterr().err
