"""Batch runs over many decisions: one output record per input record, in order, resumable.

Inputs: JSON lines (`{"id": ..., "text": ...}` or `"html"`), a folder of .txt/.html files, or a
Hugging Face dataset saved with `save_to_disk` (columns `id` and `text`). Outputs: JSON lines,
`{"id", "ok": true, "decision"}` or `{"id", "ok": false, "error", "message"}`.

Each record is written as one `write` of a whole line and flushed; a crash can leave at most one
partial last line, which `--resume` detects, removes, and redoes.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from ombnlp.analyzer import Analyzer
from ombnlp.errors import OmbnlpError


@dataclass(frozen=True)
class Record:
    id: str
    text: str | None  # None when the input record itself is broken
    problem: str | None = None  # why the record could not be read


def read_records(source: Path) -> Iterator[Record]:
    """Stream the records of a JSON lines file, a folder of files, or a saved dataset."""
    if source.is_dir() and ((source / "dataset_info.json").exists() or (source / "dataset_dict.json").exists()):
        yield from _dataset_records(source)
    elif source.is_dir():
        for path in sorted(p for p in source.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm")):
            yield Record(path.name, path.read_bytes().decode("utf-8", errors="replace"))
    elif source.is_file():
        yield from _jsonl_records(source)
    else:
        raise OmbnlpError(f"{source}: no such file or folder")


def _jsonl_records(path: Path) -> Iterator[Record]:
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                yield Record(f"line {number}", None, f"not valid JSON: {error.msg}")
                continue
            if not isinstance(data, dict):
                yield Record(f"line {number}", None, "a record must be a JSON object")
                continue
            record_id = str(data.get("id", data.get("ref", f"line {number}")))
            text = data.get("text", data.get("html"))
            if not isinstance(text, str):
                yield Record(record_id, None, "the record has no 'text' (or 'html') string")
            else:
                yield Record(record_id, text)


def _dataset_records(folder: Path) -> Iterator[Record]:
    from datasets import DatasetDict, load_from_disk  # optional dependency, only for this input

    dataset = load_from_disk(str(folder))
    splits = dataset.values() if isinstance(dataset, DatasetDict) else [dataset]
    number = 0
    for split in splits:
        for row in split:
            number += 1
            yield Record(str(row.get("id", row.get("ref", number))), row.get("text"))


def completed_records(output: Path) -> list[str]:
    """Ids already written to `output`; a partial or broken last line is cut off the file."""
    if not output.exists():
        return []
    ids, good_bytes = [], 0
    with open(output, "rb") as handle:
        for raw in handle:
            try:
                ids.append(json.loads(raw)["id"])
            except (ValueError, KeyError, TypeError):
                break
            if not raw.endswith(b"\n"):
                ids.pop()
                break
            good_bytes += len(raw)
    with open(output, "r+b") as handle:
        handle.truncate(good_bytes)
    return ids


def run_batch(analyzer: Analyzer, source: Path, output: Path, *, resume: bool = False, batch_size: int = 64,
              n_process: int = 1, progress: bool = True) -> dict[str, int]:
    """Analyse every record of `source` into `output`. Returns counts of ok and failed records."""
    done = completed_records(output) if resume else []
    if output.exists() and not resume and output.stat().st_size:
        raise OmbnlpError(f"{output} exists; use --resume to continue it or choose another output")
    records = read_records(source)
    for expected in done:  # the output must be a prefix of this input, record for record
        record = next(records, None)
        if record is None or record.id != expected:
            raise OmbnlpError(f"{output} does not match {source}: record {expected!r} is not next in the input")
    counts = {"ok": 0, "failed": 0, "skipped": len(done)}
    with open(output, "a", encoding="utf-8") as handle, tqdm(desc="decisions", disable=not progress,
                                                           initial=len(done), unit=" dec") as bar:
        for n, (record, result) in enumerate(_analyse_stream(analyzer, records, batch_size, n_process), 1):
            ok = not isinstance(result, OmbnlpError)
            counts["ok" if ok else "failed"] += 1
            handle.write(json.dumps(_output(record, result), ensure_ascii=False) + "\n")
            bar.update()
            if n % batch_size == 0:
                handle.flush()
                os.fsync(handle.fileno())
    return counts


def _analyse_stream(analyzer: Analyzer, records: Iterator[Record], batch_size: int, n_process: int):
    """(record, Decision or error) in input order, through one spaCy `pipe` over the whole stream."""
    pending: deque[Record] = deque()

    def readable_texts():
        for record in records:
            pending.append(record)
            if record.problem is None:
                yield record.text

    for result in analyzer.pipe(readable_texts(), batch_size=batch_size, n_process=n_process, on_error="return"):
        while pending[0].problem is not None:
            broken = pending.popleft()
            yield broken, OmbnlpError(broken.problem)
        yield pending.popleft(), result
    for broken in pending:
        yield broken, OmbnlpError(broken.problem)


def _output(record: Record, result) -> dict:
    if isinstance(result, OmbnlpError):
        return {"id": record.id, "ok": False, "error": type(result).__name__, "message": str(result)}
    return {"id": record.id, "ok": True, "decision": result.to_dict()}
