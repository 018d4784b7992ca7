"""Markdown becomes safe HTML; bad input stays inert."""

import re

import pytest

from exchange.rendering import (
    ALLOWED_TAGS,
    find_mentions,
    quote_markdown,
    render_markdown,
)


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[klick](javascript:alert(1))",
        "[klick](JaVaScRiPt:alert(1))",
        "[klick](data:text/html;base64,PHNjcmlwdD4=)",
        "![bild](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        "<svg onload=alert(1)>",
        "[x](vbscript:msgbox(1))",
    ],
)
def test_script_handlers_and_dangerous_urls_are_inert(source):
    html = render_markdown(source)
    tags = re.findall(r"<[a-z][^>]*>", html)
    for tag in tags:
        assert tag.split()[0].strip("<>") in ALLOWED_TAGS
        assert not re.search(r"\son\w+=", tag)
        assert not re.search(r'href="(?!https?:|mailto:)', tag)


def test_links_get_rel_and_only_safe_schemes():
    html = render_markdown("[a](https://example.org) [b](mailto:x@example.org)")
    assert html.count('rel="nofollow ugc noopener"') == 2
    assert 'href="https://example.org"' in html
    assert 'href="mailto:x@example.org"' in html


def test_formatting_survives_and_headings_sit_below_the_post_heading():
    html = render_markdown("# Titel\n\n**fett** *kursiv* ~~weg~~\n\n- eins\n- zwei")
    assert "<h3>Titel</h3>" in html
    assert "<h1" not in html
    assert "<strong>fett</strong>" in html
    assert "<em>kursiv</em>" in html
    assert "<s>weg</s>" in html
    assert "<li>eins</li>" in html


def test_broken_and_deeply_nested_markdown_renders_without_error():
    source = ">" * 500 + " [a *b](** `c" + "\n" + "- " * 300 + "x"
    html = render_markdown(source)
    assert isinstance(html, str)


def test_bidi_override_characters_are_removed_from_the_output():
    html = render_markdown("abc\u202edef\u2066ghi")
    assert "\u202e" not in html
    assert "\u2066" not in html
    assert "abcdefghi" in html


def test_images_show_their_text_instead_of_loading():
    assert render_markdown("![Ein Bild](https://tracker.example/x.png)").strip() == (
        "<p>Ein Bild</p>"
    )


def test_quote_prefixes_every_line():
    assert quote_markdown(author_name="Anna", body="eins\n\nzwei") == (
        "> **Anna:**\n>\n> eins\n>\n> zwei\n\n"
    )


def test_mentions_match_display_names_with_spaces_longest_first():
    names = ["Anna", "Anna Ansprech", "Bernd"]
    assert find_mentions("Danke @anna ansprech und @Bernd!", names) == {
        "Anna Ansprech",
        "Bernd",
    }
    assert find_mentions("mail@Bernd2", names) == set()
