"""Finds the complaint points and links each to the passage of the assessment that deals with it.

Following the annotation guideline: only an explicit enumeration in "The complaint" makes
several points (letters, list numbers or bullets after a lead-in ending in ":", or an inline
"complains ...: x; y" list). Bullets under a lead-in about what the complainant wants or the
impact on them are not points. Without an enumeration the whole section is one point "a",
unless the assessment enumerates points itself ("On point a)", "the second part of the complaint").
Patterns live in `rules/points.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ombnlp.components.rulebased import RuleComponent
from ombnlp.components.sections import SECTIONS
from ombnlp.components.spans import char_span, doc_text
from ombnlp.text import fold, lines, sentences

POINTS = "ombnlp_points"
POINT_ASSESSMENTS = "ombnlp_point_assessments"


def point_id(index: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa": ids in the order the points are listed."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


@dataclass(frozen=True)
class _Row:
    """One non-blank line of the complaint section, with its list marker taken apart."""
    start: int
    end: int
    indent: int
    kind: str | None  # "letter", "number", "bullet" or None
    marker: str  # the marker as written ("a)", "1.", "-", "•") or ""
    content: str  # the text after the marker
    content_start: int


@Language.factory("ombnlp_points", default_config={"rules": None})
def make_point_finder(nlp: Language, name: str, rules: dict | None) -> "PointFinder":
    return PointFinder(rules)


class PointFinder(RuleComponent):
    rules_name = "points"

    def compile(self) -> None:
        rules = self.rules
        self.item_marker = re.compile(rules["item_marker"])
        self.lead_in_end = re.compile(rules["lead_in_end"])
        self.not_a_point_lead_in = re.compile("|".join(rules["not_a_point_lead_in"]), re.I)
        self.inline_lead_in = re.compile(rules["inline_lead_in"], re.I)
        self.paragraph_start = re.compile(rules["paragraph_start"], re.I)
        self.extra_complaint = re.compile(rules["extra_complaint"], re.I)
        self.assessment_markers = [re.compile(p, re.I | re.M) for p in rules["assessment_markers"]]
        self.ordinal_markers = {re.compile(p, re.I): pid for p, pid in rules["ordinal_markers"].items()}

    def __call__(self, doc: Doc) -> Doc:
        if SECTIONS not in doc.spans:
            raise ValueError("ombnlp_points needs the 'ombnlp_sections' component before it")
        complaint = _first(doc, "complaint")
        assessments = [s for s in doc.spans[SECTIONS] if s.label_ == "assessment"]
        text = doc_text(doc)
        ranges = self.find_points(text, complaint.start_char, complaint.end_char) if complaint else []
        markers = self._assessment_markers(text, assessments)
        if len(ranges) == 1 and _is_enumeration(list(markers)):
            ranges = ranges * len(set(markers.keys()))
        points = [char_span(doc, text, start, end, point_id(i)) for i, (start, end) in enumerate(ranges)]
        doc.spans[POINTS] = [p for p in points if p is not None]
        doc.spans[POINT_ASSESSMENTS] = self._link(doc, text, doc.spans[POINTS], assessments, markers)
        return doc

    # --- the points of "The complaint" ---

    def find_points(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each point in text[start:end]: listed items, inline items, or all of it."""
        line_start = text.rfind("\n", 0, start) + 1  # keep the first line's indentation
        rows = [self._row(line) for line in lines(text, line_start, end) if line.stripped]
        items = self._listed_items(rows) or self._inline_items(text, start, end)
        if len(items) >= 2:
            return items
        return [(rows[0].content_start, rows[-1].end)] if rows else []

    def _row(self, line) -> _Row:
        match = self.item_marker.match(line.text)
        if not match:
            indent = len(line.text) - len(line.text.lstrip())
            return _Row(line.start, line.end, indent, None, "", line.text.strip(), line.start + indent)
        kind = next(k for k in ("letter", "number", "bullet") if match.group(k))
        return _Row(line.start, line.end, len(match.group("indent")), kind, match.group(kind).strip(),
                    line.text[match.end():].strip(), line.start + match.end())

    def _listed_items(self, rows: list[_Row]) -> list[tuple[int, int]]:
        items: list[tuple[int, int]] = []
        i = 0
        while i < len(rows):
            row = rows[i]
            if row.kind == "letter" and row.marker.strip("()").startswith("a"):
                run = self._letter_run(rows, i)
                items.extend((r.content_start, r.end) for r in run)
                i += max(len(run), 1)
            elif self._is_lead_in(row):
                run = self._items_after(rows, i)
                items.extend((r.content_start, r.end) for r in run)
                i += 1 + len(run)
                if run and i < len(rows) and self.extra_complaint.search(rows[i].content):
                    items.append((rows[i].content_start, rows[i].end))
                    i += 1
            else:
                i += 1
        return items

    def _is_lead_in(self, row: _Row) -> bool:
        if not self.lead_in_end.search(row.content):
            return False
        last_sentence = re.split(r"(?<=[.!?])\s+", row.content)[-1]
        return not self.not_a_point_lead_in.search(last_sentence)

    @staticmethod
    def _letter_run(rows: list[_Row], i: int) -> list[_Row]:
        run = []
        for row in rows[i:]:
            if row.kind != "letter" or row.marker.strip("()") != chr(ord("a") + len(run)):
                break
            run.append(row)
        return run if len(run) >= 2 else []

    def _items_after(self, rows: list[_Row], i: int) -> list[_Row]:
        lead, run = rows[i], []
        for row in rows[i + 1:]:
            if row.kind is None:
                break
            nested = row.indent > lead.indent or _shape(row) != _shape(lead)
            if not nested and (row.kind == "number" or self.paragraph_start.search(row.content)):
                break
            run.append(row)
        return run

    def _inline_items(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        for s_start, s_end in sentences(text, start, end):
            match = self.inline_lead_in.search(text, s_start, s_end)
            if match:
                return _split_items(text, match.start("items"), match.end("items"))
        return []

    # --- linking points to the assessment ---

    def _assessment_markers(self, text: str, assessments: list[Span]) -> dict[str, list[int]]:
        """Point id -> offsets of the lines in the assessment that introduce it."""
        found: dict[str, list[int]] = {}
        for section in assessments:
            for line in lines(text, section.start_char, section.end_char):
                for pid in self._ids_in(line.text):
                    found.setdefault(pid, []).append(line.start)
        return found

    def _ids_in(self, line: str) -> list[str]:
        ids = []
        for pattern in self.assessment_markers:
            for match in pattern.finditer(line):
                ids.extend(re.findall(r"([a-z])\)", match.group("ids")))
        for pattern, pid in self.ordinal_markers.items():
            if pattern.search(fold(line)):
                ids.append(pid)
        return list(dict.fromkeys(ids))

    def _link(self, doc: Doc, text: str, points, assessments: list[Span], markers: dict[str, list[int]]) -> list[Span]:
        if not assessments:
            return []
        if not markers:
            section = assessments[0]
            return [char_span(doc, text, section.start_char, section.end_char, p.label_) for p in points]
        # a passage runs to the next marker or to the end of its assessment section
        boundaries = sorted({o for offsets in markers.values() for o in offsets} | {s.end_char for s in assessments})
        linked = []
        for point in points:
            offsets = markers.get(point.label_)
            if not offsets:
                continue
            end = next(b for b in boundaries if b > offsets[-1])
            if span := char_span(doc, text, offsets[0], end, point.label_):
                linked.append(span)
        return linked


def _shape(row: _Row) -> str:
    """Numbers and letters are one shape whatever their value; each bullet sign is its own."""
    return row.marker if row.kind == "bullet" else str(row.kind)


def _first(doc: Doc, name: str) -> Span | None:
    return next((s for s in doc.spans[SECTIONS] if s.label_ == name), None)


def _is_enumeration(ids: list[str]) -> bool:
    """True when the assessment names points a, b, ... (at least two, none skipped)."""
    ordered = sorted(set(ids))
    return len(ordered) >= 2 and ordered == [point_id(i) for i in range(len(ordered))]


def _split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    items, pos = [], start
    for match in re.finditer(r";", text[start:end]):
        items.append((pos, start + match.start()))
        pos = start + match.end()
    items.append((pos, end))
    trimmed = []
    for s, e in items:
        chunk = text[s:e]
        lead = len(chunk) - len(re.sub(r"^\s*(?:and\b,?\s*)?", "", chunk))
        if e - (s + lead) > 2:
            trimmed.append((s + lead, e))
    return trimmed
