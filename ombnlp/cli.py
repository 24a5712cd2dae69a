"""The `ombnlp` command: analyse single decisions, or batches of them.

    ombnlp analyse decision.txt [page.html ...] [--format jsonl|table]
    ombnlp batch decisions.jsonl -o results.jsonl [--resume]
    ombnlp labels

Errors are one readable line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ombnlp.analyzer import DEFAULT_MAX_CHARS, load
from ombnlp.batch import run_batch
from ombnlp.document import Decision
from ombnlp.errors import OmbnlpError
from ombnlp.labels import DESCRIPTIONS, LABELS

EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ombnlp", description="Why the Ombudsman disposed of each complaint point.")
    commands = parser.add_subparsers(dest="command", required=True)
    model_options = argparse.ArgumentParser(add_help=False)
    model_options.add_argument("--model", help="a model folder (default: the shipped model)")
    model_options.add_argument("--trust-model", action="store_true",
                               help="allow loading --model: model files are pickles and can run code")
    model_options.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="size limit per decision")

    analyse = commands.add_parser("analyse", parents=[model_options], help="analyse decision files (.txt or .html)")
    analyse.add_argument("files", nargs="+", type=Path)
    analyse.add_argument("--format", choices=["jsonl", "table"], default="jsonl")

    batch = commands.add_parser("batch", parents=[model_options],
                                help="analyse a JSON lines file, a folder of files, or a saved dataset")
    batch.add_argument("input", type=Path)
    batch.add_argument("-o", "--output", type=Path, required=True)
    batch.add_argument("--resume", action="store_true", help="continue an interrupted run")
    batch.add_argument("--batch-size", type=int, default=64)
    batch.add_argument("--n-process", type=int, default=1)
    batch.add_argument("--no-progress", action="store_true")

    commands.add_parser("labels", help="list the reason labels and what they mean")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "labels":
            for label in LABELS:
                print(f"{label:26} {DESCRIPTIONS[label]}")
            return 0
        analyzer = load(args.model, trust=args.trust_model, max_chars=args.max_chars)
        if args.command == "analyse":
            return _analyse_files(analyzer, args.files, args.format)
        counts = run_batch(analyzer, args.input, args.output, resume=args.resume, batch_size=args.batch_size,
                           n_process=args.n_process, progress=not args.no_progress)
        print(f"{counts['ok']} analysed, {counts['failed']} failed, {counts['skipped']} already done", file=sys.stderr)
        return 0
    except OmbnlpError as error:
        print(f"ombnlp: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("ombnlp: interrupted (a batch run can be continued with --resume)", file=sys.stderr)
        return 130


def _analyse_files(analyzer, files: list[Path], output_format: str) -> int:
    status = 0
    for path in files:
        try:
            if not path.is_file():
                raise OmbnlpError(f"no such file: {path}")
            decision = analyzer.analyse(path.read_bytes())
        except OmbnlpError as error:
            print(f"ombnlp: {path}: {error}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        if output_format == "jsonl":
            print(json.dumps({"file": str(path), **decision.to_dict()}, ensure_ascii=False))
        else:
            print(format_table(path, decision))
    return status


def format_table(path: Path, decision: Decision) -> str:
    """A plain table for people: one row per point."""
    title = f"{path}: {decision.authority or '?'} ({decision.reference or 'no reference'})"
    notes = [f"decision reasons: {', '.join(decision.reasons) or '—'}"]
    if decision.truncated:
        notes.append("text is truncated")
    rows = [("point", "reasons", "complaint")]
    rows += [(p.id, ", ".join(p.reasons) or "—", _shorten(p.complaint, 60)) for p in decision.points]
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    lines = [title, "; ".join(notes)]
    lines += [f"  {a:{widths[0]}}  {b:{widths[1]}}  {c}" for a, b, c in rows]
    lines += [f"  warning: {w}" for w in decision.warnings]
    return "\n".join(lines)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
