"""Turn the Markdown people write into safe HTML, and find mentions in it."""

import re

import nh3
from markdown_it import MarkdownIt

# Raw HTML is off, so anything that looks like a tag is shown as text; nh3 then
# keeps only this allow-list, whatever the Markdown parser produced.
ALLOWED_TAGS = {
    "p", "br", "strong", "em", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "hr",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"

# Direction overrides and isolates can reverse what others read; they are
# removed from the rendered text (the source keeps what was typed).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(
    ["table", "strikethrough"]
)


def render_markdown(source: str) -> str:
    """Return sanitised HTML for a post written in Markdown."""
    tokens = _markdown.parse(source)
    for token in tokens:
        # Post headings sit below the page's h1 and the post's h2.
        if token.type in {"heading_open", "heading_close"} and token.tag in {
            "h1",
            "h2",
        }:
            token.tag = "h3"
        for child in token.children or []:
            if child.type == "image":
                # Images would load from third parties: show their text instead.
                child.type, child.children = "text", None
    html = _markdown.renderer.render(tokens, _markdown.options, {})
    return nh3.clean(
        BIDI_CONTROLS.sub("", html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


def quote_markdown(*, author_name: str, body: str) -> str:
    """Return a Markdown quotation of a post, to start a reply with."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in body.splitlines())
    return f"> **{author_name}:**\n>\n{quoted}\n\n"


def find_mentions(source: str, names: list[str]) -> set[str]:
    """Return the names written as "@Name" in the source (longest match wins)."""
    found = set()
    candidates = sorted({n for n in names if n}, key=len, reverse=True)
    lowered = source.casefold()
    for match in re.finditer("@", source):
        start = match.end()
        for name in candidates:
            end = start + len(name)
            if lowered[start:end] == name.casefold() and (
                end == len(source) or not source[end].isalnum()
            ):
                found.add(name)
                break
    return found
