"""Hypothesis strategies for decision-like texts: random section order, markers, noise, truncation."""

from hypothesis import strategies as st

HEADINGS = ["The Ombudsman's final decision:", "The complaint", "The Ombudsman\u2019s role and powers",
            "How I considered this complaint", "My assessment", "What I found", "Final decision",
            "Back to top", "Investigator's decision on behalf of the Ombudsman"]
MARKERS = ["- ", "a) ", "b) ", "  1. ", "      1. ", "    \u2022 ", "\u2022 ", ""]
SENTENCES = ["Mr X complains the Council:", "failed to reply to his letters;", "She wants an apology.",
             "There is not enough evidence of fault.", "This is because the complaint is late.",
             "On point a), the court is better placed.", "We could not add to the Council's response.",
             "Summary: We will not investigate this complaint.", "He also complains about noise; and delays.",
             "It is reasonable to appeal to the tribunal.", "Category : Housing > Other",
             "Decision date : 01 Jan 2024", "Test Council (24 000 001)", "Privacy settings"]

line = st.tuples(st.sampled_from(MARKERS), st.sampled_from(SENTENCES)).map("".join)
noise = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)
block = st.one_of(st.sampled_from(HEADINGS), line, line, line, noise)
separator = st.sampled_from(["\n", "\n\n", "\r\n", " "])


@st.composite
def decision_texts(draw) -> str:
    parts = draw(st.lists(block, min_size=1, max_size=40))
    text = "".join(part + draw(separator) for part in parts)
    cut = draw(st.integers(min_value=1, max_value=max(1, len(text))))
    return text[:cut] if draw(st.booleans()) else text
