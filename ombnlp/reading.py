"""Turn what users feed us (plain text, bytes, saved web pages) into one normalised text.

Normalising once, before spaCy sees the text, means every later offset refers to the same
string: line endings become "\\n", non-breaking and odd spaces become " ", control characters
go. Quotes are kept as written, because evidence sentences are quoted exactly.
"""

from __future__ import annotations

import re

_LOOKS_LIKE_HTML = re.compile(r"<\s*(!doctype|html|head|body|article|div|p|span|section)\b", re.I)
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]")
_BLOCK_TAGS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
               "article", "header", "footer", "dd", "dt", "ul", "ol", "table", "blockquote"]
_NOT_CONTENT = ["script", "style", "noscript", "nav", "form", "iframe", "svg", "button", "template"]
_COOKIE_HINT = re.compile(r"cookie|consent|privacy-banner|gdpr", re.I)


def read_input(data: str | bytes) -> str:
    """Return the normalised decision text of `data` (a text or a saved HTML page)."""
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    if not isinstance(data, str):
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    if looks_like_html(data):
        data = html_to_text(data)
    return normalise(data)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text[:2000]))


def normalise(text: str) -> str:
    """One line-ending convention, plain spaces, no invisible characters, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def html_to_text(html: str) -> str:
    """Extract the decision from a saved Ombudsman page (or any page, best effort).

    The site keeps the decision in `<article id="article">`; its metadata are elements with
    classes `label` and `value`, which become "Category : ..." lines as in the text layout.
    """
    from bs4 import BeautifulSoup  # imported here: most inputs are plain text, and start-up counts

    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(_NOT_CONTENT):
        tag.decompose()
    for tag in soup.find_all(_is_cookie_banner):
        tag.decompose()
    root = soup.find("article", id="article") or soup.find("article") or soup.find("main") or soup.body or soup
    _label_value_pairs_to_lines(root)
    for br in root.find_all("br"):
        br.replace_with("\n")
    for li in root.find_all("li"):
        li.insert(0, "- ")
    for block in root.find_all(_BLOCK_TAGS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in root.get_text().split("\n"))
    return "\n".join(line for line in lines if line)


def _is_cookie_banner(tag) -> bool:
    if tag.name in ("html", "body", "article", "main") or getattr(tag, "attrs", None) is None:
        return False
    names = " ".join([tag.get("id") or ""] + list(tag.get("class") or []))
    return bool(_COOKIE_HINT.search(names))


def _label_value_pairs_to_lines(root) -> None:
    for label in root.find_all(class_="label"):
        value = label.find_next(class_="value")
        if value is None:
            continue
        name = label.get_text(" ", strip=True).rstrip(":").strip()
        label.replace_with(_line_tag(f"{name} : {value.get_text(' ', strip=True)}"))
        value.decompose()


def _line_tag(text: str):
    """A `<p>` holding `text`, so that it becomes a line of its own."""
    from bs4 import BeautifulSoup

    tag = BeautifulSoup("", "lxml").new_tag("p")
    tag.string = text
    return tag
