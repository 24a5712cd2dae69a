"""Bad input never raises an unexplained exception."""

import pytest

import ombnlp
from tests import texts


@pytest.mark.parametrize("text", ["", "   \n\t  ", "The weather was fine and we walked to the shops."])
def test_not_a_decision(analyzer, text):
    with pytest.raises(ombnlp.NotADecisionError, match=r"\w"):
        analyzer.analyse(text)


def test_not_a_decision_is_an_ombnlp_error():
    assert issubclass(ombnlp.NotADecisionError, ombnlp.OmbnlpError)


def test_random_bytes(analyzer):
    noise = bytes(range(256)) * 20
    try:
        analyzer.analyse(noise.decode("utf-8", errors="replace"))
    except ombnlp.NotADecisionError:
        pass


def test_size_limit_is_a_clear_error():
    small = ombnlp.load(max_chars=1000)
    with pytest.raises(ombnlp.InputTooLargeError, match="limit"):
        small.analyse(texts.CURRENT * 5)


def test_five_megabytes_is_refused_by_default(analyzer):
    with pytest.raises(ombnlp.InputTooLargeError):
        analyzer.analyse(texts.CURRENT * (5_000_000 // len(texts.CURRENT)))


@pytest.mark.parametrize("text", [
    texts.CURRENT.split("The Ombudsman's final decision:")[0],  # only a header
    texts.CURRENT.replace("My assessment", "The complaint"),  # duplicated heading
    texts.CURRENT.split("The complaint")[0] + "Final decision\n- We will not investigate.\nThe complaint\n- A.",
    texts.CURRENT.replace("The complaint\n", ""),  # no complaint section
    "<html><head><script>alert(1)</script><style>p{}</style></head><body><p>"
    + texts.OLDER.replace("\n", "</p><p>") + "</p></body></html>",
    texts.OLDER.replace("\n", "\r\n"), texts.OLDER.replace("\n", "\r"),
    texts.CURRENT.replace(" ", "\u00a0"), texts.CURRENT.replace("'", "\u2019", 3),
    texts.CURRENT[:700], texts.many_points(30),
])
def test_odd_decisions_give_results(analyzer, text):
    decision = analyzer.analyse(text)
    assert isinstance(decision.to_dict(), dict)


def test_only_header_warns(analyzer):
    decision = analyzer.analyse(texts.CURRENT.split("The Ombudsman's final decision:")[0])
    assert decision.points == []
    assert any("complaint" in w for w in decision.warnings)


def test_line_endings_do_not_change_the_result(analyzer):
    plain = analyzer.analyse(texts.OLDER).to_dict()
    assert analyzer.analyse(texts.OLDER.replace("\n", "\r\n")).to_dict() == plain


def test_non_text_input_is_refused(analyzer):
    with pytest.raises(ombnlp.OmbnlpError, match="expected text"):
        analyzer.analyse(12345)
