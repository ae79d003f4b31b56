"""Stage 4 — model: briefings of many articles → one site (speakers and topics across articles)."""

from __future__ import annotations

import datetime as dt

from newsbrief.config import load_config
from newsbrief.load import parse_article
from newsbrief.model import build_site, mark_quotes


def _article(slug: str, text: str, fmt: str = "txt", date: str | None = None):
    front = f"---\nslug: {slug}\n" + (f"date: {date}\n" if date else "") + "---\n"
    return parse_article(front + text, f"{slug}.{fmt}")


def _briefing(title: str, speakers=(), quotes=(), topics=(), date: str | None = None) -> dict:
    return {"title": title, "date": date, "speakers": list(speakers), "quotes": list(quotes),
            "topics": list(topics), "entities": {},
            "provenance": {"source_path": "x", "source_hash": "x", "extractor": "x"}}


def _site(tmp_path, items):
    return build_site(load_config(tmp_path), items)


CAMPBELL_TEXT = "“We will stay close,” Kurt Campbell, US Deputy Secretary of State, said.\n"


def test_speaker_with_the_same_name_in_two_articles_is_one_speaker(tmp_path):
    a1 = _article("one", CAMPBELL_TEXT)
    a2 = _article("two", "“Ties are strong,” Kurt Campbell said.\n")
    s = {"id": "kurt-campbell", "name": "Kurt Campbell", "role": "US Deputy Secretary of State",
         "aliases": ["Campbell"], "kind": "person"}
    b1 = _briefing("One", [s], [{"kind": "direct", "speaker": "kurt-campbell", "text": "We will stay close,"}])
    b2 = _briefing("Two", [dict(s, role=None, aliases=[])],
                   [{"kind": "direct", "speaker": "kurt-campbell", "text": "Ties are strong,"}])
    site = _site(tmp_path, [(a1, b1), (a2, b2)])
    assert [sp.name for sp in site.speakers] == ["Kurt Campbell"]
    sp = site.speakers[0]
    assert {a.slug for a in sp.articles} == {"one", "two"}
    assert {q.text for q in sp.quotes} == {"We will stay close,", "Ties are strong,"}
    assert sp.role == "US Deputy Secretary of State"
    assert sp.path == "speakers/kurt-campbell.html"


def test_speaker_merged_by_name_ignoring_case_and_accents(tmp_path):
    a1, a2 = _article("one", "Text one.\n"), _article("two", "Text two.\n")
    b1 = _briefing("One", [{"id": "jose", "name": "José Álvarez"}],
                   [{"kind": "indirect", "speaker": "jose", "text": "Text one"}])
    b2 = _briefing("Two", [{"id": "jose", "name": "jose alvarez"}],
                   [{"kind": "indirect", "speaker": "jose", "text": "Text two"}])
    site = _site(tmp_path, [(a1, b1), (a2, b2)])
    assert len(site.speakers) == 1
    assert len(site.speakers[0].quotes) == 2


def test_bare_surname_in_another_article_joins_the_one_speaker_with_that_surname(tmp_path):
    a1 = _article("one", CAMPBELL_TEXT, date="2024-01-02")
    a2 = _article("two", "“Ties are strong,” Campbell said.\n", date="2024-01-03")
    b1 = _briefing("One", [{"id": "kurt-campbell", "name": "Kurt Campbell", "aliases": ["Campbell"]}],
                   [{"kind": "direct", "speaker": "kurt-campbell", "text": "We will stay close,"}],
                   date="2024-01-02")
    b2 = _briefing("Two", [{"id": "campbell", "name": "Campbell"}],
                   [{"kind": "direct", "speaker": "campbell", "text": "Ties are strong,"}], date="2024-01-03")
    site = _site(tmp_path, [(a1, b1), (a2, b2)])
    assert [sp.name for sp in site.speakers] == ["Kurt Campbell"]
    assert [a.slug for a in site.speakers[0].articles] == ["two", "one"]   # newest first


def test_bare_surname_in_an_earlier_article_joins_the_full_name_in_a_later_one(tmp_path):
    a1, a2 = _article("one", "Text one.\n"), _article("two", "Text two.\n")
    b1 = _briefing("One", [{"id": "campbell", "name": "Campbell"}],
                   [{"kind": "indirect", "speaker": "campbell", "text": "Text one"}])
    b2 = _briefing("Two", [{"id": "kurt-campbell", "name": "Kurt Campbell"}],
                   [{"kind": "indirect", "speaker": "kurt-campbell", "text": "Text two"}])
    site = _site(tmp_path, [(a1, b1), (a2, b2)])
    assert [sp.name for sp in site.speakers] == ["Kurt Campbell"]
    assert {q.text for q in site.speakers[0].quotes} == {"Text one", "Text two"}


def test_shared_surname_of_two_people_is_not_merged(tmp_path):
    arts = [_article(s, f"Text {s}.\n") for s in ("one", "two", "three")]
    bs = [
        _briefing("One", [{"id": "a", "name": "Anna Smith"}], [{"kind": "indirect", "speaker": "a", "text": "x"}]),
        _briefing("Two", [{"id": "b", "name": "Bob Smith"}], [{"kind": "indirect", "speaker": "b", "text": "y"}]),
        _briefing("Three", [{"id": "s", "name": "Smith"}], [{"kind": "indirect", "speaker": "s", "text": "z"}]),
    ]
    site = _site(tmp_path, list(zip(arts, bs)))
    assert sorted(sp.name for sp in site.speakers) == ["Anna Smith", "Bob Smith", "Smith"]


def test_topics_list_articles_newest_first_and_undated_last(tmp_path):
    topic = {"id": "quad", "name": "Quad"}
    dates = {"old": "2023-05-01", "new": "2024-06-01", "undated": None, "mid": "2024-01-15"}
    items = [(_article(slug, f"About the Quad, {slug}.\n", date=d), _briefing(slug.title(), topics=[topic], date=d))
             for slug, d in dates.items()]
    site = _site(tmp_path, items)
    assert [t.id for t in site.topics] == ["quad"]
    assert [a.slug for a in site.topics[0].articles] == ["new", "mid", "old", "undated"]
    assert [a.slug for a in site.articles] == ["new", "mid", "old", "undated"]
    assert site.articles[0].date == dt.date(2024, 6, 1)
    assert site.articles[-1].date is None


def test_undated_articles_are_ordered_by_title(tmp_path):
    items = [(_article(s, "Text.\n"), _briefing(t)) for s, t in (("b", "Zebra"), ("a", "apple"), ("c", "Mango"))]
    assert [a.title for a in _site(tmp_path, items).articles] == ["apple", "Mango", "Zebra"]


def test_quote_topics_and_speaker_links(tmp_path):
    a = _article("one", CAMPBELL_TEXT)
    b = _briefing("One", [{"id": "kc", "name": "Kurt Campbell"}],
                  [{"kind": "direct", "speaker": "kc", "text": "We will stay close,", "topics": ["ties"]}],
                  [{"id": "ties", "name": "Ties", "description": "Bilateral ties."}])
    site = _site(tmp_path, [(a, b)])
    q = site.articles[0].quotes[0]
    assert q.speaker is site.speakers[0]
    assert q.topics == [site.topics[0]]
    assert q.path == "articles/one.html#q1"
    assert site.topics[0].quotes == [q]
    assert site.speaker_topic_counts() == {("kurt-campbell", "ties"): 1}


def test_mark_quotes_wraps_quote_text_in_the_body(tmp_path):
    a = _article("one", CAMPBELL_TEXT + "\nHe said ties were strong.\n")
    b = _briefing("One", [{"id": "kc", "name": "Kurt Campbell"}], [
        {"kind": "direct", "speaker": "kc", "text": "We will stay close,"},
        {"kind": "indirect", "speaker": "kc", "text": "ties were strong"},
    ])
    html = _site(tmp_path, [(a, b)]).articles[0].body_html
    assert '<mark class="quote direct" id="q1" title="Kurt Campbell">We will stay close,</mark>' in html
    assert '<mark class="quote indirect" id="q2" title="Kurt Campbell">ties were strong</mark>' in html


def test_mark_quotes_escapes_and_marks_continued_parts():
    class Q:   # the attributes mark_quotes reads
        id, kind, text, continued, speaker = "q1", "direct", "Fish & chips <now>,", ["and more"], None

    safe = "<p>“Fish &amp; chips &lt;now&gt;,” he said. “and more”</p>"
    out = mark_quotes(safe, [Q])
    assert '<mark class="quote direct" id="q1" title="unattributed">Fish &amp; chips &lt;now&gt;,</mark>' in out
    assert '<mark class="quote direct" title="unattributed">and more</mark>' in out


def test_mark_quotes_leaves_text_alone_when_the_quote_is_not_found():
    class Q:
        id, kind, text, continued, speaker = "q1", "direct", "never said", [], None

    assert mark_quotes("<p>Something else.</p>", [Q]) == "<p>Something else.</p>"


def test_markdown_raw_script_is_sanitised_away(tmp_path):
    text = ("Intro paragraph with **bold** text.\n\n<script>alert('x')</script>\n\n"
            '<p onclick="steal()">Click <a href="javascript:alert(1)">here</a>.</p>\n\n'
            '<img src="x" onerror="alert(2)">\n')
    a = _article("one", text, fmt="md")
    html = _site(tmp_path, [(a, _briefing("One"))]).articles[0].body_html
    assert "<strong>bold</strong>" in html
    lowered = html.lower()
    assert "<script" not in lowered
    assert "alert('x')" not in html
    assert "onclick" not in lowered and "onerror" not in lowered
    assert "javascript:" not in lowered


def test_plain_text_body_is_escaped(tmp_path):
    a = _article("one", "Tags like <script>alert(1)</script> stay text & are escaped.\n")
    html = _site(tmp_path, [(a, _briefing("One"))]).articles[0].body_html
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp; are escaped" in html
