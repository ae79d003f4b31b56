"""Issue 6 — what makes builds cheap must not change what they make: briefings written with
libyaml's emitter read and look exactly as with PyYAML's own; the site model holds an
article's text only while its pages are made."""

from __future__ import annotations

import string

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import store
from newsbrief.config import Config
from newsbrief.load import parse_article
from newsbrief.model import ArticleRecord, StoredArticle, build_site, site_from_records

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=160) | st.text(
    alphabet=string.ascii_letters + " ,.:;'\"“”’-#&*!?%@`|>{}[]\n\t", max_size=240)
SCALAR = st.none() | st.booleans() | st.integers(-10**6, 10**6) | TEXT


@pytest.mark.skipif(not hasattr(yaml, "CSafeDumper"), reason="PyYAML without libyaml")
@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({
    "title": TEXT, "date": st.none() | st.just("2024-05-01"), "summary": st.none() | TEXT,
    "speakers": st.lists(st.fixed_dictionaries({"id": st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True),
                                                "name": TEXT, "role": st.none() | TEXT,
                                                "aliases": st.lists(TEXT, max_size=3)}), max_size=3),
    "quotes": st.lists(st.fixed_dictionaries({"kind": st.sampled_from(["direct", "indirect"]), "text": TEXT,
                                              "paragraph": st.integers(1, 99), "topics": st.lists(TEXT, max_size=2),
                                              "cue": SCALAR}), max_size=4),
    "extra": st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), SCALAR, max_size=3),
}))
def test_libyaml_writes_briefings_exactly_as_pyyaml(briefing):
    fast = store.dumps(briefing)
    assert fast == store.dumps(briefing, dumper=store._PyDumper)
    assert yaml.safe_load(fast) == store.ordered(briefing)


LONG_TEXT = st.text(alphabet="ab \x7f\x01\t\n'\"\\:#-é😀\u00a0\ufeff", min_size=80, max_size=400) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=80, max_size=400)


@pytest.mark.skipif(not hasattr(yaml, "CSafeDumper"), reason="PyYAML without libyaml")
@settings(max_examples=300, deadline=None)
@given(st.lists(LONG_TEXT, min_size=1, max_size=3))
def test_long_values_libyaml_would_fold_otherwise_are_written_as_pyyaml_writes_them(texts):
    # A value past the line width in double quotes (it holds a control character such as DEL)
    # is folded at other places by libyaml than by PyYAML.
    briefing = {"title": "x", "quotes": [{"kind": "direct", "text": t} for t in texts]}
    assert store.dumps(briefing) == store.dumps(briefing, dumper=store._PyDumper)


def test_a_long_quote_with_a_control_character_is_the_same_file_either_way():
    briefing = {"title": "x", "quotes": [{"kind": "direct", "text": "a " * 60 + "\x7f" + " b" * 40}]}
    assert store.dumps(briefing) == store.dumps(briefing, dumper=store._PyDumper)


def _item(slug: str, text: str):
    article = parse_article(f"---\ntitle: {slug}\nslug: {slug}\n---\n{text}\n", f"{slug}.md")
    b = {"title": slug.title(), "speakers": [{"id": "ml", "name": "Maria Lopez", "kind": "person"}],
         "quotes": [{"kind": "direct", "speaker": "ml", "text": "We will build it,"}],
         "topics": [], "entities": {"people": ["Maria Lopez"]}, "provenance": {"source_hash": "x"}}
    return article, b


def test_a_page_built_from_records_loads_its_text_only_when_asked_and_lets_it_go():
    article, b = _item("bridge", "“We will build it,” said Maria Lopez.")
    loads = []

    def details():
        loads.append(1)
        return "<p>“We will build it,” said Maria Lopez.</p>", b

    record = ArticleRecord.from_briefing(article, b)
    site = site_from_records(Config(), [(record, None, None, details)])
    page = site.articles[0]
    assert loads == [] and page.speakers[0].name == "Maria Lopez" and page.quotes[0].text == "We will build it,"
    assert '<mark class="quote direct" id="q1" title="Maria Lopez">We will build it,</mark>' in page.body_html
    assert page.entities == {"people": ["Maria Lopez"]}
    assert len(loads) == 1                           # one read gives the text and the briefing
    page.release()
    assert page._body_html is None and page._briefing is None and page._safe_html is None
    assert page.entities == {"people": ["Maria Lopez"]} and len(loads) == 2     # read again when asked
    assert isinstance(page.article, StoredArticle) and page.article.author is None


def test_records_rebuild_the_same_site_as_briefings():
    items = [_item("one", "“We will build it,” said Maria Lopez."), _item("two", "Lopez spoke.")]
    direct = build_site(Config(), items)
    records = [(ArticleRecord.from_briefing(a, b).shared(), None, b, None) for a, b in items]
    again = site_from_records(Config(), records)
    assert [(a.slug, a.title, [q.text for q in a.quotes]) for a in direct.articles] == \
           [(a.slug, a.title, [q.text for q in a.quotes]) for a in again.articles]
    assert [(s.id, s.name, len(s.quotes)) for s in direct.speakers] == [(s.id, s.name, len(s.quotes))
                                                                         for s in again.speakers]
