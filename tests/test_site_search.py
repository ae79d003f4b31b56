"""Issue 5, point 1: search with no server.  Pagefind (the binary from the ``pagefind[bin]``
package) indexes the staged pages; the pages carry Pagefind's markup; the build still
works, with a warning, when the indexer is missing or fails.  Searching in a browser is
tested in tests/browser/test_site_browser.py."""

from __future__ import annotations

import json
import os
import re
import stat

import pytest

from browser.fixture import build_site, make_project
from newsbrief import search


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("search")
    project = make_project(root)
    config, report = build_site(project, root / "out")
    return project, root / "out", report


def test_the_pagefind_binary_is_installed():
    binary = search.find_pagefind()
    assert binary is not None, ("the Pagefind binary is missing: it comes with newsbrief's dependency "
                                "'pagefind[bin]' (pip install -e '.[test]')")


def test_the_build_writes_a_pagefind_bundle(built):
    _, out, report = built
    assert not report.warnings, report.warnings
    for name in ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json"):
        assert (out / "pagefind" / name).is_file(), name
    entry = json.loads((out / "pagefind" / "pagefind-entry.json").read_text())
    # 5 briefings + 4 speakers + 3 topics; list pages, search and 404 are not indexed
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == 12


@pytest.mark.parametrize("page", ["articles/grid-upgrade.html", "speakers/maria-lopez.html", "topics/grid.html"])
def test_content_pages_mark_what_pagefind_indexes(built, page):
    html = (built[1] / page).read_text(encoding="utf-8")
    assert html.count("data-pagefind-body") == 1
    assert 'data-pagefind-filter="speaker"' in html
    assert 'data-pagefind-filter="topic"' in html


@pytest.mark.parametrize("page", ["index.html", "articles/index.html", "speakers/index.html", "topics/index.html",
                                  "search.html", "404.html"])
def test_list_pages_are_not_indexed(built, page):
    assert "data-pagefind-body" not in (built[1] / page).read_text(encoding="utf-8")


def test_article_filters_name_each_speaker_and_topic(built):
    html = (built[1] / "articles" / "grid-upgrade.html").read_text(encoding="utf-8")
    speakers = re.findall(r'data-pagefind-filter="speaker">([^<]+)<', html)
    topics = re.findall(r'data-pagefind-filter="topic">([^<]+)<', html)
    assert speakers == ["Maria Lopez", "Northwind Power"]
    assert topics == ["Power grid", "Energy prices"]
    assert 'data-pagefind-meta="date:2024-03-04"' in html


def test_the_search_page_loads_pagefinds_own_ui(built):
    html = (built[1] / "search.html").read_text(encoding="utf-8")
    assert '<link rel="stylesheet" href="pagefind/pagefind-ui.css">' in html
    assert '<script src="pagefind/pagefind-ui.js"></script>' in html
    assert '<script src="static/search.js"></script>' in html
    assert 'id="search"' in html
    assert "<noscript>" in html
    assert (built[1] / "static" / "search.js").is_file()


def test_every_page_links_to_search(built):
    for page in ("index.html", "articles/grid-upgrade.html", "404.html"):
        assert "search.html" in (built[1] / page).read_text(encoding="utf-8")


def test_without_pagefind_the_build_warns_and_the_search_page_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    _, report = build_site(make_project(tmp_path), tmp_path / "out")
    assert any("search is off" in w and "Pagefind" in w for w in report.warnings), report.warnings
    assert not (tmp_path / "out" / "pagefind").exists()
    html = (tmp_path / "out" / "search.html").read_text(encoding="utf-8")
    assert "Search is not available" in html and "<script src" not in html
    assert (tmp_path / "out" / "index.html").is_file()


def test_a_failing_indexer_is_a_warning_not_a_failed_build(tmp_path, monkeypatch):
    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'something broke' >&2\nexit 3\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", str(fake))
    _, report = build_site(make_project(tmp_path), tmp_path / "out")
    (warning,) = [w for w in report.warnings if "search is off" in w]
    assert "exit 3" in warning and "something broke" in warning
    assert (tmp_path / "out" / "articles" / "grid-upgrade.html").is_file()


def test_an_unchanged_site_keeps_its_index_byte_for_byte(tmp_path):
    project = make_project(tmp_path)
    out = tmp_path / "out"
    build_site(project, out)
    before = {p.relative_to(out): p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}
    _, report = build_site(project, out)
    after = {p.relative_to(out): p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}
    assert before == after
    assert report.changed == 0


def test_a_changed_page_is_indexed_again(tmp_path):
    project = make_project(tmp_path)
    out = tmp_path / "out"
    build_site(project, out)
    key = (out / "pagefind" / search.KEY_FILE).read_text()
    article = project / "content" / "articles" / "storm-outage.md"
    briefing = project / "content" / "briefings" / "storm-outage.yaml"
    article.write_text(article.read_text().replace("A spring storm", "A fierce spring storm"))
    from newsbrief.load import load_article
    text = briefing.read_text()
    old_hash = re.search(r"source_hash: (\S+)", text).group(1)
    briefing.write_text(text.replace(old_hash, load_article(article).source_hash))
    build_site(project, out)
    assert (out / "pagefind" / search.KEY_FILE).read_text() != key
    fragments = b"".join(p.read_bytes() for p in (out / "pagefind" / "fragment").iterdir())
    assert fragments     # re-indexed, not an empty bundle


def test_find_pagefind_honours_the_override(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", str(tmp_path / "missing"))
    assert search.find_pagefind() is None
    monkeypatch.delenv("NEWSBRIEF_PAGEFIND")
    assert search.find_pagefind() is not None and os.access(search.find_pagefind(), os.X_OK)
