"""Finds the sections of a decision ("The complaint", "My assessment", ...) by their headings.

Heading patterns live in `rules/sections.json`; a line that matches one whole is a heading.
Each section's body runs to the next heading. Text before the first heading is the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ombnlp.components.extensions import add_warning
from ombnlp.components.rulebased import RuleComponent
from ombnlp.components.spans import char_span, doc_text
from ombnlp.text import Line, fold, lines

SECTIONS = "ombnlp_sections"
HEADINGS = "ombnlp_headings"
MAX_HEADING_CHARS = 90
FOOTER = "footer"  # not a section: marks where the statement ends


@dataclass(frozen=True)
class _Start:
    heading: Line | None  # None for an inline "Summary: ..." line
    body: int  # offset where the section's text begins
    name: str

    @property
    def begin(self) -> int:
        return self.heading.start if self.heading else self.body


def _full(patterns: list[str]) -> re.Pattern:
    return re.compile("^(?:" + "|".join(patterns) + r")\s*$", re.I)


@Language.factory("ombnlp_sections", default_config={"rules": None})
def make_section_finder(nlp: Language, name: str, rules: dict | None) -> "SectionFinder":
    return SectionFinder(rules)


class SectionFinder(RuleComponent):
    rules_name = "sections"

    def compile(self) -> None:
        # one pattern, a named group per section: one search per line instead of one per section
        self.headings = _full([f"(?P<{name}>{'|'.join(patterns)})" for name, patterns in self.rules["headings"].items()])
        self.noise = _full(self.rules["noise"])
        self.footers = [fold(phrase) for phrase in self.rules["footers"]]
        self.header_start = re.compile("|".join(self.rules["header_start"]), re.I)
        self.inline_summary = re.compile(self.rules["inline_summary"], re.I)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        all_lines = lines(text)
        starts = self._section_starts(all_lines)
        sections, headings = [], []
        for start, following in zip(starts, starts[1:] + [None]):
            if start.name == FOOTER:
                continue
            body_end = self._trim_noise(text, start.body, following.begin if following else len(text))
            if start.heading is not None and (span := char_span(doc, text, start.heading.start, start.heading.end, start.name)):
                headings.append(span)
            if span := char_span(doc, text, start.body, body_end, start.name):
                sections.append(span)
        first = starts[0].begin if starts else len(text)
        header = self._header(doc, text, all_lines, first)
        opening = self._summary_fragment(doc, text, header, first, sections)
        doc.spans[SECTIONS] = [s for s in (header, opening) if s] + sections
        doc.spans[HEADINGS] = headings
        doc._.ombnlp_truncated = not any(s.name == FOOTER for s in starts) and not self._final_is_whole(text, sections)
        self._warn_missing(doc)
        return doc

    def heading_name(self, line: str) -> str | None:
        """The canonical section a line heads, or None."""
        folded = fold(line.strip())
        if not folded or len(folded) > MAX_HEADING_CHARS:
            return None
        match = self.headings.match(folded)
        return match.lastgroup if match else None

    def _line_name(self, line: str) -> str | None:
        """FOOTER, the section the line heads, or None; paragraphs are too long to be either."""
        stripped = line.strip()
        if not stripped or len(stripped) > MAX_HEADING_CHARS:
            return None
        return FOOTER if self.is_footer(stripped) else self.heading_name(stripped)

    def _section_starts(self, all_lines: list[Line]) -> list["_Start"]:
        """Where each section starts; "Summary: ..." lines start the summary at their text."""
        starts: list[_Start] = []
        for line in all_lines:
            name = self._line_name(line.text)
            if name is not None:
                starts.append(_Start(line, line.end, name))
            elif inline := self.inline_summary.match(line.text.strip()):
                text_start = line.start + (len(line.text) - len(line.text.lstrip())) + inline.start("text")
                heading_just_before = starts and starts[-1].name == "summary" and not self._has_text(
                    all_lines, starts[-1].body, line.start)
                if heading_just_before:
                    starts[-1] = _Start(starts[-1].heading, text_start, "summary")
                else:
                    starts.append(_Start(None, text_start, "summary"))
        return starts

    @staticmethod
    def _has_text(all_lines: list[Line], start: int, end: int) -> bool:
        return any(line.stripped for line in all_lines if start <= line.start < end)

    def _trim_noise(self, text: str, start: int, end: int) -> int:
        """Move `end` back over trailing noise lines ("Back to top", cookie text) and blanks."""
        for line in reversed(lines(text, start, end)):
            if line.stripped and not self.noise.match(fold(line.stripped)):
                return line.end
        return start

    def _header(self, doc: Doc, text: str, all_lines: list[Line], first_section: int):
        """The header block: from the authority (or mirror "Source ·") line to the first section."""
        begin = next((line.start for line in all_lines if line.end <= first_section
                      and self.header_start.search(fold(line.stripped))), None)
        if begin is None:
            return None
        return char_span(doc, text, begin, self._trim_noise(text, begin, first_section), "header")

    def is_footer(self, line: str) -> bool:
        """A closing line ("Investigator's decision on behalf of the Ombudsman"), even cut short."""
        folded = fold(line.strip())
        return len(folded) >= 5 and any(phrase.startswith(folded) for phrase in self.footers)

    def _summary_fragment(self, doc: Doc, text: str, header, first_section: int, sections: list[Span]):
        """Texts captured mid-summary open with its tail: text before "The complaint", no header."""
        if header is not None or not sections or sections[0].label_ != "complaint":
            return None
        if any(s.label_ == "summary" for s in sections) or not text[:first_section].strip():
            return None
        return char_span(doc, text, 0, self._trim_noise(text, 0, first_section), "summary")

    @staticmethod
    def _final_is_whole(text: str, sections: list[Span]) -> bool:
        """Without a footer, a Final decision whose text ends a sentence is taken as whole."""
        finals = [span for span in sections if span.label_ == "final_decision"]
        return bool(finals) and text[finals[-1].end_char - 1] in ".!?)\"'’”"

    def _warn_missing(self, doc: Doc) -> None:
        found = {span.label_ for span in doc.spans[SECTIONS]}
        for name in ("summary", "complaint"):
            if name not in found:
                add_warning(doc, f"no '{name}' section found")
        if doc._.ombnlp_truncated:
            add_warning(doc, "the text stops before the end of the decision (truncated)")
