from ombnlp.reading import html_to_text, looks_like_html, normalise, read_input


def test_normalise_line_endings_and_spaces():
    assert normalise("a\r\nb\rc\u00a0d\u200be\t") == "a\nb\nc de"


def test_bytes_with_bad_utf8_are_read_with_replacement():
    assert read_input(b"The complaint\n\xff\xfe text") == "The complaint\n\ufffd\ufffd text"


def test_html_is_detected_only_for_markup():
    assert looks_like_html("<!doctype html><html><body>x</body></html>")
    assert not looks_like_html("Mr X said the council's <reply> was late")


def test_saved_page_keeps_article_and_header_values():
    page = """<html><head><style>p{color:red}</style><script>var x = "The complaint";</script></head>
    <body><nav>Home | Decisions</nav><div class="cookie-notice">We use cookies</div>
    <article id="article"><header><h1>Test Council (24 000 001)</h1></header>
    <div><span class="label">Category</span><span class="value">Housing &gt; Other</span></div>
    <div><span class="label">Decision date</span> <span class="value">01 Feb 2025</span></div>
    <h2>The complaint</h2><ol><li>Mr A complains <em>the Council</em> was slow.</li></ol></article>
    <footer>Contact us</footer></body></html>"""
    text = html_to_text(page)
    assert text.splitlines() == ["Test Council (24 000 001)", "Category : Housing > Other",
                                 "Decision date : 01 Feb 2025", "The complaint",
                                 "- Mr A complains the Council was slow."]


def test_page_without_article_falls_back_to_body():
    assert html_to_text("<html><body><p>The complaint</p><script>x()</script></body></html>") == "The complaint"
