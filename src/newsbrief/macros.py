"""Python twins of the default theme's most used macros: the same text, several times faster.

A site of 1,000 briefings calls ``quote_block`` about 65,000 times (each quote on its article
page, its speaker's page and each of its topics' pages) and ``article_card`` about 8,000 times;
in Jinja each call costs more than the rest of its page.  The theme's ``_macros.html`` stays
the markup's one source (it is what users read, copy and override); a twin here writes exactly
what its macro writes, in plain Python.

A twin stands in for its macro only

* in the theme's own ``_macros.html`` (a site that overrides ``_macros.html`` gets its own
  macros, rendered by Jinja), and
* while the macro's text is the one the twin was written from (``TWINS``: a digest of the text
  from ``{% macro`` to ``{% endmacro %}``).  Edit the macro and its twin steps aside: the pages
  stay right, only slower, and tests/test_render_shortcuts.py fails until the twin is brought up to
  date (it checks each twin against its macro on briefings with every case the macro tells apart).

The card twin of one build (one Jinja environment) also remembers what it made: an article's card
is the same on every list of the same depth.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from markupsafe import Markup, escape

try:
    from markupsafe._speedups import _escape_inner as _escape_str   # str -> escaped str, in C
except ImportError:                                                  # pragma: no cover
    def _escape_str(s: str) -> str:
        return str(escape(s))


def escape_output(value) -> str:
    """What ``{{ value }}`` prints in an autoescaped template: ``str(markupsafe.escape(value))``
    (render.py makes it the compiled templates' ``escape`` too)."""
    return _escape_str(value) if type(value) is str else str(escape(value))


def _markup(text: str) -> Markup:
    """``Markup(text)`` for a str (without Markup.__new__'s checks, which a str does not need)."""
    return str.__new__(Markup, text)


def _quote_block(filters: dict) -> Callable:
    # (Not remembered across pages: a quote's block is on its article's, its speaker's and its
    # topics' pages, but keeping every quote's markup for the whole build cost each worker ~45 MB
    # at 5,000 articles, for no time measured.  The links to its speaker and topics are: there
    # are few of them, each on many quotes.)
    links: dict[tuple[int, str], tuple[object, str]] = {}     # (id of a speaker or topic, root) -> it, its link

    def link(x, r: str, css: str, after: str = "") -> str:
        """The link to a speaker (class "speaker") or a topic (class "tag"), made once per page root."""
        known = links.get((id(x), r))
        if known is None or known[0] is not x:
            e = escape_output
            known = links[(id(x), r)] = (x, f'<a class="{css}" href="{r}{e(x.path)}">{e(x.name)}</a>{after}')
        return known[1]

    def quote_block(q, root, show_speaker=True, show_article=False) -> Markup:
        e = escape_output
        r, path = e(root), e(q.path)
        if q.kind == "direct":
            text = f'  <blockquote cite="{r}{path}"><p>{e(q.full_text)}</p></blockquote>\n'
        else:
            text = f'  <p class="reported">{e(q.full_text)}</p>\n'
        if not show_speaker:
            who = ""
        elif q.speaker:
            who = link(q.speaker, r, "speaker", " ")
        else:
            who = '<span class="speaker unknown">Unattributed</span> '
        if show_article:
            where, context = f'<span class="in">in <a href="{r}{path}">{e(q.article.title)}</a></span> ', ""
        else:
            where = ""
            context = f'<a class="src" href="{r}{path}" aria-label="Quote in context" data-pagefind-ignore>in context</a>'
        tags = ('<span class="tags">' + " ".join([link(t, r, "tag") for t in q.topics]) + "</span> ") if q.topics else ""
        return _markup(f'<figure class="quote {e(q.kind)}">\n{text}  <figcaption>\n{who}{where}{tags}{context}'
                       '  </figcaption>\n</figure>\n')

    return quote_block


def _article_card(filters: dict) -> Callable:
    datefmt, plural = filters["datefmt"], filters["plural"]
    made: dict[tuple[int, str], Markup] = {}    # an article's card is on several lists

    def article_card(a, root) -> Markup:
        key = (id(a), root)
        card = made.get(key)
        if card is None:
            card = made[key] = _card(a, root)
        return card

    def _card(a, root) -> Markup:
        e = escape_output
        out = ['<article class="card">\n  <h3><a href="', e(root), e(a.path), '">', e(a.title),
               '</a></h3>\n  <p class="meta">']
        if a.date:
            out += ['<time datetime="', e(datefmt(a.date, "iso")), '">', e(datefmt(a.date)), '</time>']
        else:
            out.append("Undated")
        if a.source:
            out += [" · ", e(a.source)]
        out += [" · ", e(plural(len(a.quotes), "quote")), " · ", e(plural(len(a.speakers), "speaker")), "</p>\n"]
        if a.summary:
            out += ["<p>", e(a.summary), "</p>"]
        out.append("</article>\n")
        return Markup("".join(out))

    return article_card


# macro name -> (digest of its text in the theme's _macros.html, its twin given the environment's filters)
TWINS: dict[str, tuple[str, Callable[[dict], Callable]]] = {
    "quote_block": ("d22a1607081e0ad8", _quote_block),
    "article_card": ("31a0a5544007c1fc", _article_card),
}

_MACRO = re.compile(r"\{% macro (\w+)\(.*?\{% endmacro %\}", re.S)


def macro_texts(source: str) -> dict[str, str]:
    """Each macro of a template's source, by name: its text from ``{% macro`` to ``{% endmacro %}``."""
    return {m.group(1): m.group(0) for m in _MACRO.finditer(source)}


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def twins_for(source: str, filters: dict) -> dict[str, Callable]:
    """The twins that can stand in for the macros of ``source`` (the theme's _macros.html)."""
    texts = macro_texts(source)
    return {name: make(filters) for name, (known, make) in TWINS.items()
            if name in texts and digest(texts[name]) == known}
