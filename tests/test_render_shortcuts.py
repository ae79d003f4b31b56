"""render's shortcuts write exactly what the plain way writes: the Python twins of the theme's
most used macros (macros.py) what the macros of templates/_macros.html write (and stand in for
them only while that holds); mark_quotes what its first version wrote; a template parsed for its
keys compiles to what it compiles to when parsed again."""

from __future__ import annotations

import itertools

import jinja2
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import macros
from newsbrief.config import Config
from newsbrief.load import parse_article
from newsbrief.model import build_site
from newsbrief.render import default_theme_dir, make_environment

ROOTS = ["", "../", "../../", "https://example.org/a&b/"]
AWKWARD = ['Plain words.', 'A "quoted" <b>tag</b> & an ampersand', "It's 'single' — and ünïcode", "  spaced  "]


def _site():
    """Briefings with every case the macros distinguish: direct and reported quotes, with and
    without a speaker, with no, one and several topics; dated and undated articles, with and
    without source and summary; text that needs escaping."""
    items = []
    for n, (text, with_source, with_summary, dated) in enumerate(
            itertools.product(AWKWARD, (True, False), (True, False), (True, False))):
        slug = f"a-{n}"
        article = parse_article(f"---\ntitle: t\nslug: {slug}\n---\nBody.\n", f"{slug}.md")
        speakers = [{"id": "s1", "name": f"Ana <{n}> & Co", "kind": "person", "role": None, "aliases": []},
                    {"id": "s2", "name": "Ben O'Neil", "kind": "person", "role": "Mayor", "aliases": []}]
        topics = [{"id": "x", "name": "X & Y"}, {"id": "z", "name": "Zed <z>", "description": "d"}]
        quotes = [{"kind": kind, "speaker": who, "text": f"{text} {kind}", "continued": cont, "topics": tops}
                  for kind in ("direct", "indirect") for who in ("s1", "s2", None)
                  for tops, cont in ((["x"], []), ([], ["and more"]), (["x", "z"], []))]
        items.append((article, {"title": f"{text} {n}", "date": "2024-03-0%d" % (n % 9 + 1) if dated else None,
                                "source": f"The <Source> {n}" if with_source else None,
                                "summary": f"Summary & {text}" if with_summary else None,
                                "speakers": speakers, "quotes": quotes, "topics": topics,
                                "entities": {}, "provenance": {}}))
    return build_site(Config(), items)


def _jinja_macros(env: jinja2.Environment):
    """The theme's _macros.html as Jinja renders it (without the twins)."""
    return jinja2.Template.make_module(env.get_template("_macros.html"))


def test_every_twin_stands_in_for_the_theme_macros():
    env = make_environment(None)
    module = env.get_template("_macros.html").module
    source = (default_theme_dir() / "_macros.html").read_text(encoding="utf-8")
    assert set(macros.twins_for(source, env.filters)) == set(macros.TWINS), \
        "a macro of templates/_macros.html changed: update its twin in macros.py, then its digest in TWINS"
    for name in macros.TWINS:
        assert not isinstance(getattr(module, name), jinja2.runtime.Macro), name


def test_the_quote_block_twin_writes_what_the_macro_writes():
    env = make_environment(None)
    jinja_macro = _jinja_macros(env).quote_block
    twin = env.get_template("_macros.html").module.quote_block
    quotes = [q for a in _site().articles for q in a.quotes]
    assert len(quotes) > 500
    for q, root in itertools.product(quotes, ROOTS):
        for flags in itertools.product((True, False), repeat=2):
            assert twin(q, root, *flags) == jinja_macro(q, root, *flags), (q.id, root, flags)
        assert twin(q, root) == jinja_macro(q, root)
        assert twin(q, root, show_article=True) == jinja_macro(q, root, show_article=True)
        assert twin(q, root, show_speaker=False) == jinja_macro(q, root, show_speaker=False)


def test_the_article_card_twin_writes_what_the_macro_writes():
    env = make_environment(None)
    jinja_macro = _jinja_macros(env).article_card
    twin = env.get_template("_macros.html").module.article_card
    site = _site()
    assert any(a.date is None for a in site.articles) and any(a.source is None for a in site.articles)
    for a, root in itertools.product(site.articles, ROOTS):
        assert twin(a, root) == jinja_macro(a, root), (a.slug, root)


def test_a_site_that_overrides_the_macros_gets_its_own(tmp_path):
    theme = (default_theme_dir() / "_macros.html").read_text(encoding="utf-8")
    (tmp_path / "_macros.html").write_text(theme, encoding="utf-8")     # even an exact copy
    module = make_environment(tmp_path).get_template("_macros.html").module
    for name in macros.TWINS:
        assert isinstance(getattr(module, name), jinja2.runtime.Macro), name


def test_an_edited_macro_loses_its_twin():
    theme = (default_theme_dir() / "_macros.html").read_text(encoding="utf-8")
    edited = theme.replace('<figure class="quote {{ q.kind }}">', '<figure class="quote {{ q.kind }} mine">')
    assert edited != theme
    assert set(macros.twins_for(edited, make_environment(None).filters)) == set(macros.TWINS) - {"quote_block"}


# --- marking quotes in the body --------------------------------------------------------------------

def _mark_quotes_reference(safe_html: str, quotes) -> str:
    """mark_quotes as first written (the text edited in place, quote by quote)."""
    import html
    cursor = 0
    for q in quotes:
        for n, text in enumerate((q.text, *q.continued)):
            needle = html.escape(text, quote=False)
            at = safe_html.find(needle, cursor)
            if at < 0:
                at = safe_html.find(needle)
                if at < 0 or at < cursor:
                    continue
            who = html.escape(q.speaker.name if q.speaker else "unattributed")
            anchor = f' id="{q.id}"' if n == 0 else ""
            open_tag = f'<mark class="quote {q.kind}"{anchor} title="{who}">'
            safe_html = safe_html[:at] + open_tag + needle + "</mark>" + safe_html[at + len(needle):]
            cursor = at + len(open_tag) + len(needle) + len("</mark>")
    return safe_html


_words = st.sampled_from(["a", "b", "ab", "a b", "&", "<", "q", "mark", "", " ", "quote", '"'])


@settings(max_examples=400, deadline=None)
@given(st.lists(_words, max_size=30).map("".join),
       st.lists(st.tuples(_words, st.lists(_words, max_size=2), st.booleans(), st.sampled_from(["direct", "indirect"])),
                max_size=6))
def test_mark_quotes_marks_what_the_first_version_marked(body, parts):
    from types import SimpleNamespace
    from newsbrief.model import mark_quotes
    quotes = [SimpleNamespace(id=f"q{i}", kind=kind, text=text, continued=tuple(more),
                              speaker=SimpleNamespace(name="A <b> & 'c'") if named else None)
              for i, (text, more, named, kind) in enumerate(parts, 1)]
    assert mark_quotes(body, quotes) == _mark_quotes_reference(body, quotes)


# --- parsing each template once -------------------------------------------------------------------

def test_a_template_parsed_for_its_keys_compiles_to_the_same_code():
    from newsbrief.keys import TemplateDeps
    env = make_environment(None)
    names = env.list_templates(filter_func=lambda t: t.endswith(".html") and not t.startswith("static/"))
    deps = TemplateDeps(env, str(default_theme_dir()))
    for name in names:
        deps(name)
    plain = jinja2.Environment(loader=env.loader, autoescape=env.autoescape, undefined=env.undefined,
                               keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    plain.filters.update(env.filters)
    for name in names:
        source, filename, _ = env.loader.get_source(env, name)
        assert env.compile(source, name, filename, raw=True) == plain.compile(source, name, filename, raw=True), name
    assert not env._parsed                       # each tree used once, then let go


# --- what {{ value }} prints ------------------------------------------------------------------------

def test_printing_a_value_writes_what_markupsafe_escape_writes():
    import markupsafe
    from newsbrief import render

    class Html:
        def __html__(self):
            return "<b>safe</b>"

    for value in [*AWKWARD, "", markupsafe.Markup("<i>x</i> &amp;"), 3, 2.5, None, True, Html(), ["<a>"]]:
        assert render._escape_output(value) == str(markupsafe.escape(value)), value
    env = make_environment(None)
    assert env.from_string("{{ a }}{{ b }}").render(a="<&>", b=markupsafe.Markup("<br>")) == "&lt;&amp;&gt;<br>"
    assert all(t.root_render_func.__globals__["escape"] is render._escape_output
               for t in (env.get_template("base.html"), env.get_template("_macros.html")))
