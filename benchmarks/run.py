"""Speed, start-up, memory and training-time benchmark; writes benchmarks/RESULTS.md.

    python benchmarks/run.py                       # the full run (about 15 minutes on 2 cores)
    python benchmarks/run.py --decisions 2000 --memory-records 2000 20000   # a quick look

Uses the shared corpus texts (OMBNLP_CORPUS, default ../shared/corpus), repeated to the sizes
asked for. Numbers are measured here, in one run, on this machine; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("OMBNLP_CORPUS", ROOT / ".." / "shared" / "corpus"))


def corpus_texts(n: int) -> list[str]:
    with open(CORPUS / "train.jsonl", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    return (texts * (n // len(texts) + 1))[:n]


def throughput(texts: list[str]) -> dict:
    import spacy

    import ombnlp

    tokenizer = spacy.blank("en")
    # the faster of two runs: the first also fills the vocabulary, which the analyzer has by the time it is timed
    timings = []
    for _ in range(2):
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in tokenizer.pipe(texts, batch_size=256))
        timings.append(time.perf_counter() - started)
    tokenizer_seconds = min(timings)
    analyzer = ombnlp.load()
    result = {"decisions": len(texts), "tokens": tokens,
              "tokenizer": {"seconds": tokenizer_seconds, "decisions_per_s": len(texts) / tokenizer_seconds,
                            "tokens_per_s": tokens / tokenizer_seconds}}
    result["components"] = component_seconds(analyzer, texts)
    for n_process in (1, 2):
        started = time.perf_counter()
        count = sum(1 for _ in analyzer.pipe(texts, batch_size=256, n_process=n_process))
        seconds = time.perf_counter() - started
        result[f"analysis_n_process_{n_process}"] = {
            "seconds": seconds, "decisions_per_s": count / seconds, "tokens_per_s": tokens / seconds,
            "ratio_to_tokenizer": tokenizer_seconds / seconds}
    return result


def component_seconds(analyzer, texts: list[str]) -> dict[str, float]:
    """Where one process spends its time: the pipeline run with one more component each time
    (the first row is the pipeline's tokenizer alone), in seconds over all `texts`."""
    nlp, names, seconds = analyzer.nlp, analyzer.nlp.pipe_names, {}
    for _ in nlp.pipe(texts[:200]):  # warm up: first calls compile patterns and fill caches
        pass
    previous = 0.0
    for i in range(len(names) + 1):
        with nlp.select_pipes(disable=names[i:]):
            elapsed = min(_timed_pipe(nlp, texts) for _ in range(2))
        seconds[names[i - 1] if i else "tokenizer"] = elapsed - previous
        previous = elapsed
    return seconds


def _timed_pipe(nlp, texts: list[str]) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - started


def _median_seconds(code: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def startup(repeats: int = 5) -> dict:
    bare = _median_seconds("import spacy, sklearn", repeats)
    ours = _median_seconds("import ombnlp; ombnlp.load()", repeats)
    return {"bare_import_s": bare, "import_and_load_s": ours, "ratio": ours / bare, "repeats": repeats}


PEAK_RSS = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); " \
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"


def batch_memory(records: int, folder: Path) -> dict:
    source, output = folder / f"in-{records}.jsonl", folder / f"out-{records}.jsonl"
    with open(source, "w", encoding="utf-8") as handle:
        for i, text in enumerate(corpus_texts(records)):
            handle.write(json.dumps({"id": i, "text": text}) + "\n")
    command = [sys.executable, "-m", "ombnlp.cli", "batch", str(source), "-o", str(output), "--no-progress"]
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", PEAK_RSS, *command], check=True, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    lines = sum(1 for _ in open(output, encoding="utf-8"))
    source.unlink()
    output.unlink()
    return {"records": records, "output_records": lines, "peak_rss_mb": int(run.stdout.split()[-1]) / 1024,
            "seconds": seconds}


def training_time(data: Path) -> dict:
    if not data.exists():
        return {"skipped": f"{data} not found: run training.prepare first"}
    from ombnlp.persistence import read_meta, resolve
    meta = read_meta(resolve(None)[0])
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "training.train", "--data", str(data), "--out", out,
                        "--params", json.dumps(meta["params"])], check=True, cwd=ROOT, capture_output=True)
        total = time.perf_counter() - started
        final = read_meta(Path(out))["timing_seconds"]["final_fit"]
    return {"final_fit_s": final, "final_fit_with_segmentation_s": total,
            "search_s_when_shipped_model_was_trained": meta["timing_seconds"]["search"], "params": meta["params"]}


def machine() -> dict:
    import sklearn
    import spacy
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "spacy": spacy.__version__,
            "scikit-learn": sklearn.__version__, "date": date.today().isoformat()}


def write_results(results: dict, path: Path) -> None:
    m, t, s = results["machine"], results["throughput"], results["startup"]
    one, two = t["analysis_n_process_1"], t["analysis_n_process_2"]
    lines = [
        "# Benchmark results", "",
        f"Measured {m['date']} by `python benchmarks/run.py` on {m['cores']} cores ({m['cpu']}), Python {m['python']}, "
        f"spaCy {m['spacy']}, scikit-learn {m['scikit-learn']}.", "",
        f"## Throughput ({t['decisions']:,} decisions, {t['tokens']:,} tokens: the corpus texts repeated)", "",
        "| run | decisions/s | tokens/s | ratio to tokenizer |", "|---|---|---|---|",
        f"| `spacy.blank('en').pipe` (tokenizer only) | {t['tokenizer']['decisions_per_s']:.0f} | {t['tokenizer']['tokens_per_s']:,.0f} | 1.00 |",
        f"| `Analyzer.pipe`, 1 process | {one['decisions_per_s']:.0f} | {one['tokens_per_s']:,.0f} | {one['ratio_to_tokenizer']:.2f} |",
        f"| `Analyzer.pipe`, n_process=2 | {two['decisions_per_s']:.0f} | {two['tokens_per_s']:,.0f} | {two['ratio_to_tokenizer']:.2f} |",
        "", "Where the single process spends its time (`nlp.select_pipes`, one more component per run; reading the",
        "input and building `Decision`s are the rest of `Analyzer.pipe`):", "",
        "| step | seconds | share |", "|---|---|---|",
    ]
    total = sum(t["components"].values())
    lines += [f"| {name} | {sec:.1f} | {sec / total:.0%} |" for name, sec in t["components"].items()]
    lines += [
        "", "## Start-up (median of 5 fresh interpreters)", "",
        f"- `import spacy, sklearn`: {s['bare_import_s']:.2f} s",
        f"- `import ombnlp; ombnlp.load()`: {s['import_and_load_s']:.2f} s ({s['ratio']:.2f} × the bare import)",
        "", "## Memory of `ombnlp batch`", "", "| records | peak RSS | seconds |", "|---|---|---|",
    ]
    lines += [f"| {r['records']:,} | {r['peak_rss_mb']:.0f} MB | {r['seconds']:.0f} |" for r in results["memory"]]
    tr = results["training"]
    lines += ["", "## Training on this machine", ""]
    if "skipped" in tr:
        lines.append(f"- skipped: {tr['skipped']}")
    else:
        lines += [f"- final fit of the shipped model's configuration {json.dumps(tr['params'])}: {tr['final_fit_s']:.1f} s "
                  f"({tr['final_fit_with_segmentation_s']:.1f} s with loading and segmenting the data)",
                  f"- hyperparameter search when the shipped model was trained: {tr['search_s_when_shipped_model_was_trained']:.0f} s"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--decisions", type=int, default=10_000)
    parser.add_argument("--memory-records", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "prepared")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = parser.parse_args(argv)
    results = {"machine": machine()}
    print("throughput ...", flush=True)
    results["throughput"] = throughput(corpus_texts(args.decisions))
    print("start-up ...", flush=True)
    results["startup"] = startup()
    results["memory"] = []
    with tempfile.TemporaryDirectory() as folder:
        for records in args.memory_records:
            print(f"batch memory, {records:,} records ...", flush=True)
            results["memory"].append(batch_memory(records, Path(folder)))
    print("training time ...", flush=True)
    results["training"] = training_time(args.data)
    write_results(results, args.out)
    print(args.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
