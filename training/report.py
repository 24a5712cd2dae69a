"""Render evaluation results as report.md, report.html (plots embedded) and metrics.json."""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.metrics import PrecisionRecallDisplay  # noqa: E402

from ombnlp.labels import LABELS  # noqa: E402


def write_report(results: dict, scores: np.ndarray, truth: np.ndarray, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    figures = {"confusion": _confusion(results["confusion"]), "precision_recall": _pr_curves(scores, truth),
               "reliability": _reliability(results["calibration"])}
    for name, png in figures.items():
        (out / f"{name}.png").write_bytes(png)
    markdown = render_markdown(results)
    (out / "report.md").write_text(markdown, encoding="utf-8")
    (out / "report.html").write_text(render_html(markdown, figures), encoding="utf-8")
    (out / "metrics.json").write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")


def _pct(value: float) -> str:
    return "n/a" if value != value else f"{100 * value:.1f}%"


def _interval(results: dict, name: str) -> str:
    low, high = results["intervals"].get(name, (float("nan"), float("nan")))
    return f"[{low:.3f}, {high:.3f}]"


def render_markdown(r: dict) -> str:
    h, seg, ev, cv = r["headline"], r["segmentation"], r["evidence"], r["cross_validation"]
    lines = [
        f"# Evaluation of `{r['meta'].get('name', r['model'])}` on the {r['split']} split",
        "",
        f"{r['points']} points with gold reasons in {r['decisions']} decisions; none of them was trained on. "
        "Intervals are 95% bootstrap intervals over decisions (1,000 resamples).",
        "",
        "## Headline",
        "",
        "| measure | pipeline | 95% interval | keyword rules | decision-level TF-IDF + LR |",
        "|---|---|---|---|---|",
    ]
    for name in ("micro_f1", "macro_f1_core", "macro_f1_all", "first_reason_accuracy"):
        lines.append(f"| {name} | {h[name]:.3f} | {_interval(r, name)} | {r['baselines']['keyword_rules'][name]:.3f} "
                     f"| {r['baselines']['decision_tfidf_lr'][name]:.3f} |")
    pooled = cv["pooled"]
    lines += ["", f"Cross-validation on the train split ({cv['folds']} grouped folds): micro-F1 "
              f"{cv['micro_f1_mean']:.3f} ± {cv['micro_f1_sd']:.3f} per fold. Pooled over the folds, on the "
              f"{pooled['points']} points as read at inference: micro-F1 {pooled['micro_f1']:.3f}, core macro-F1 "
              f"{pooled['macro_f1_core']:.3f}, first reason {pooled['first_reason_accuracy']:.3f}, evidence with "
              f"the annotated words {pooled['evidence_same_words']:.3f}.", "",
              "## Per label", "", "The last two columns: pooled cross-validation on the train split.", "",
              "| label | precision | recall | F1 | F1 95% interval | support | CV F1 | CV support |",
              "|---|---|---|---|---|---|---|---|"]
    for label, row in r["per_label"].items():
        cv_row = pooled["per_label"][label]
        lines.append(f"| {label} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} "
                     f"| {_interval(r, 'f1:' + label)} | {row['support']} | {cv_row['f1']:.3f} | {cv_row['support']} |")
    lines += ["", "## Evidence", "",
              f"- Labelled points that carry an evidence sentence: {_pct(ev['has_evidence'])}",
              f"- Evidence with the same words as the annotated sentence: {_pct(ev['same_words'])} of {ev['points']} points",
              "", "## Segmentation", "",
              f"- Point count exactly right, decisions whose complaint section is whole: {_pct(seg['point_count_exact'])} "
              f"(n={seg['n_whole']}); with several points: {_pct(seg['point_count_exact_several'])} (n={seg['n_several']})",
              f"- Complete decisions (n={seg['complete_decisions']}): summary {_pct(seg['found_summary'])}, complaint "
              f"{_pct(seg['found_complaint'])}, final decision {_pct(seg['found_final_decision'])}; assessment "
              f"{_pct(seg['found_assessment'])} of {seg['n_assessment_heading']} with an assessment heading",
              f"- Truncation flag agrees with the annotation: {_pct(seg['truncation_right'])}",
              "", "## Calibration", "",
              f"Expected calibration error over all (point, label) probabilities: {r['calibration']['ece']:.3f}.", ""]
    lines += _seed_lines(r.get("seed"))
    lines += ["## Worst errors", "", "Most confident wrong answers (complaint snippet, at most 60 characters).", "",
              "| decision | point | snippet | gold | predicted | score |", "|---|---|---|---|---|---|"]
    for e in r["worst_errors"]:
        snippet = e["snippet"].replace("|", "/")
        lines.append(f"| {e['ref']} | {e['point']} | {snippet} | {', '.join(e['gold'])} | "
                     f"{', '.join(e['predicted']) or '—'} | {e['score']:.3f} |")
    lines += ["", "## Figures", "", "![confusion](confusion.png)", "", "![precision-recall](precision_recall.png)", "",
              "![reliability](reliability.png)", ""]
    return "\n".join(lines)


def _seed_lines(seed: dict | None) -> list[str]:
    if not seed:
        return []
    right = sum(seed["first_reasons"].get(k) == v for k, v in seed["expected_first"].items())
    return ["## Seed decision", "",
            f"- Points found: {', '.join(seed['points'])} (expected {', '.join(seed['expected'])})",
            f"- First reason right on {right} of {len(seed['expected_first'])} points; court matter on e: "
            f"{'yes' if seed['court_matter_on_e'] else 'no'}", ""]


def render_html(markdown: str, figures: dict[str, bytes]) -> str:
    """One self-contained page: the markdown's tables as HTML, images inlined as base64."""
    body, table = [], []
    for line in markdown.split("\n"):
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            body.append(_table(table))
            table = []
        if line.startswith("!["):
            name = line[line.index("(") + 1:line.index(".png")]
            data = base64.b64encode(figures[name]).decode("ascii")
            body.append(f'<img alt="{name}" src="data:image/png;base64,{data}" style="max-width:100%">')
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            body.append(f"<h{level}>{html.escape(line.lstrip('# '))}</h{level}>")
        elif line.startswith("- "):
            body.append(f"<li>{html.escape(line[2:])}</li>")
        elif line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    if table:
        body.append(_table(table))
    style = "body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}" \
            "td,th{border:1px solid #ccc;padding:.2em .5em}"
    return f"<!doctype html><html><head><meta charset='utf-8'><title>ombnlp evaluation</title><style>{style}</style>" \
           f"</head><body>{''.join(body)}</body></html>\n"


def _table(rows: list[str]) -> str:
    cells = [[html.escape(c.strip()) for c in row.strip("|").split("|")] for row in rows if not set(row) <= set("|-")]
    head = "".join(f"<th>{c}</th>" for c in cells[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells[1:])
    return f"<table><tr>{head}</tr>{body}</table>"


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def _confusion(confusion: dict) -> bytes:
    matrix, labels = np.array(confusion["matrix"]), confusion["labels"]
    fig, ax = plt.subplots(figsize=(8, 7))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    for (i, j), value in np.ndenumerate(matrix):
        if value:
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8)
    ax.set_xlabel("predicted first reason")
    ax.set_ylabel("gold first reason")
    ax.set_title("Confusion matrix of the first reason")
    return _png(fig)


def _pr_curves(scores: np.ndarray, truth: np.ndarray) -> bytes:
    fig, ax = plt.subplots(figsize=(8, 6))
    for j, label in enumerate(LABELS):
        if truth[:, j].any():
            PrecisionRecallDisplay.from_predictions(truth[:, j], scores[:, j], name=label, ax=ax)
    ax.set_title("Precision-recall per label")
    return _png(fig)


def _reliability(calibration: dict) -> bytes:
    table = calibration["reliability"]
    fig, ax = plt.subplots(figsize=(6, 6))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect")
    ax.plot([b["confidence"] for b in table], [b["accuracy"] for b in table], marker="o", label="model")
    ax.set_xlabel("predicted probability")
    ax.set_ylabel("observed frequency")
    ax.set_title(f"Reliability diagram (ECE {calibration['ece']:.3f})")
    ax.legend()
    return _png(fig)
