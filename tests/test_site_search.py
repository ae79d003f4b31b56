"""Issue 5, point 1: search with no server.  Pagefind (the binary from the ``pagefind[bin]``
package) indexes the staged pages; the pages carry Pagefind's markup; the build still
works, with a warning, when the indexer is missing or fails.  Searching in a browser is
tested in tests/browser/test_site_browser.py."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    project = make_project(tmp_path)
    _, report = build_site(project, tmp_path / "out")
    (warning,) = [w for w in report.warnings if "search is off" in w]
    assert "exit 3" in warning and "something broke" in warning
    assert (tmp_path / "out" / "articles" / "grid-upgrade.html").is_file()
    html = (tmp_path / "out" / "search.html").read_text(encoding="utf-8")
    assert "Search is not available" in html and "pagefind-ui.js" not in html
    # and once the indexer works again, the next build brings search back
    monkeypatch.delenv("NEWSBRIEF_PAGEFIND")
    _, report = build_site(project, tmp_path / "out")
    assert report.search_shards == 1
    assert "pagefind-ui.js" in (tmp_path / "out" / "search.html").read_text(encoding="utf-8")


def test_a_shard_that_fails_leaves_no_index_at_all(tmp_path, monkeypatch):
    """One Pagefind run of four fails: the site gets no index rather than one that misses pages."""
    real = search.find_pagefind()
    fake = tmp_path / "pagefind"
    count = tmp_path / "runs"
    fake.write_text(f"#!/bin/sh\necho x >> {count}\n"
                    f"if [ \"$(wc -l < {count})\" -eq 3 ]; then echo 'disk full' >&2; exit 4; fi\n"
                    f"exec {real} \"$@\"\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", str(fake))
    out = tmp_path / "out"
    _, report = build_site(make_project(tmp_path), out, search_shard_pages=3)
    (warning,) = [w for w in report.warnings if "search is off" in w]
    assert "exit 4" in warning and "disk full" in warning
    assert not (out / "pagefind").exists()
    assert (out / "articles" / "grid-upgrade.html").is_file()
    assert "Search is not available" in (out / "search.html").read_text(encoding="utf-8")


def test_an_unchanged_site_keeps_its_index_byte_for_byte(tmp_path):
    project = make_project(tmp_path)
    out = tmp_path / "out"
    build_site(project, out)
    before = {p.relative_to(out): p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}
    _, report = build_site(project, out)
    after = {p.relative_to(out): p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}
    assert before == after
    assert report.changed == 0


def _bundle(out: Path) -> dict:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}


def _indexed_urls(out: Path) -> list[str]:
    """The page address of every fragment of every shard of the index."""
    urls = []
    for f in sorted((out / "pagefind").rglob("*.pf_fragment")):
        data = gzip.decompress(f.read_bytes())
        urls.append(json.loads(data[data.index(b"{"):])["url"])
    return sorted(urls)


def _fragments(out: Path) -> bytes:
    return b"".join(gzip.decompress(p.read_bytes()) for p in sorted((out / "pagefind").rglob("*.pf_fragment")))


def _shard_files(files: dict, n: int) -> dict:
    """The files of shard ``n``: pagefind/NN/…, or for shard 0 pagefind/… outside the others."""
    if n:
        return {k: v for k, v in files.items() if k.startswith(f"pagefind/{n:02d}/")}
    return {k: v for k, v in files.items() if not re.match(r"pagefind/\d\d/", k)}


def _reword(project: Path, name: str, old: str, new: str) -> None:
    """Change an article and seal its briefing to the new text (so the briefing is kept)."""
    from newsbrief.load import load_article
    article = project / "content" / "articles" / f"{name}.md"
    briefing = project / "content" / "briefings" / f"{name}.yaml"
    article.write_text(article.read_text().replace(old, new))
    text = briefing.read_text()
    old_hash = re.search(r"source_hash: (\S+)", text).group(1)
    briefing.write_text(text.replace(old_hash, load_article(article).source_hash))


def test_a_changed_page_is_indexed_again(tmp_path):
    project = make_project(tmp_path)
    out = tmp_path / "out"
    build_site(project, out)
    before = _bundle(out)
    _reword(project, "storm-outage", "A spring storm", "A fierce spring storm")
    _, report = build_site(project, out)
    assert (report.search_shards, report.search_indexed) == (1, 1)
    assert _bundle(out) != before
    assert b"fierce" in _fragments(out)


def test_the_index_in_shards_holds_every_page_once(tmp_path):
    """Four shards of about three pages: shard 0 in pagefind/ with Pagefind's UI and code, the
    others in pagefind/NN/ with their index files only, listed in pagefind/shards.json."""
    project = make_project(tmp_path)
    out = tmp_path / "out"
    build_site(project, tmp_path / "one")
    _, report = build_site(project, out, search_shard_pages=3)
    assert (report.search_shards, report.search_indexed) == (4, 4)
    assert json.loads((out / search.MANIFEST).read_text()) == {"merge": ["01/", "02/", "03/"]}
    assert _indexed_urls(out) == _indexed_urls(tmp_path / "one")
    assert len(_indexed_urls(out)) == 12
    for n in ("01", "02", "03"):
        shard = out / "pagefind" / n
        assert (shard / "pagefind-entry.json").is_file()
        assert not list(shard.glob("*.js")) and not list(shard.glob("wasm.*")), "merged shards carry no code"
    assert (out / "pagefind" / "pagefind.js").is_file() and (out / "pagefind" / "pagefind-ui.js").is_file()


def test_a_change_indexes_again_only_the_shards_of_the_changed_pages(tmp_path):
    project = make_project(tmp_path)
    out = tmp_path / "out"
    build_site(project, out, search_shard_pages=3)
    before = _bundle(out)
    _reword(project, "storm-outage", "A spring storm", "A fierce spring storm")
    _, report = build_site(project, out, search_shard_pages=3)
    after = _bundle(out)
    # the briefing page is the only indexed page whose bytes changed
    changed = {search.shard_of("articles/storm-outage.html", 4)}
    assert report.search_indexed == len(changed)
    for n in range(4):
        if n in changed:
            assert _shard_files(after, n) != _shard_files(before, n)
        else:
            assert _shard_files(after, n) == _shard_files(before, n), n
    # and the result is the index a clean build makes
    build_site(project, tmp_path / "clean", search_shard_pages=3)
    assert _indexed_urls(out) == _indexed_urls(tmp_path / "clean")
    assert b"fierce" in _fragments(out)


def test_search_turned_on_for_a_site_built_without_it_indexes_the_marked_pages(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    out = tmp_path / "out"
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    build_site(project, out)
    monkeypatch.delenv("NEWSBRIEF_PAGEFIND")
    build_site(project, out, search_shard_pages=3)
    build_site(project, tmp_path / "clean", search_shard_pages=3)
    assert _indexed_urls(out) == _indexed_urls(tmp_path / "clean")
    assert len(_indexed_urls(out)) == 12


def test_a_site_whose_pages_mark_no_body_has_every_page_indexed(tmp_path):
    """Pagefind's own rule: with no data-pagefind-body anywhere, whole pages are indexed."""
    project = make_project(tmp_path)
    themes = project / "templates"
    shutil.copytree(Path(__file__).resolve().parents[1] / "templates", themes)
    for t in themes.glob("*.html"):
        t.write_text(t.read_text().replace(" data-pagefind-body", ""))
    out = tmp_path / "out"
    build_site(project, out, templates_dir=themes)
    pages = sorted("/" + p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    assert _indexed_urls(out) == pages


@pytest.mark.parametrize("pages,per_shard,previous,count", [
    (0, 128, None, 1), (128, 128, None, 1), (129, 128, None, 2), (1437, 128, None, 16),
    (7000, 128, None, 64), (70000, 128, None, 64),
    (1437, 128, 8, 8), (1437, 128, 32, 32), (1437, 128, 4, 4), (1437, 128, 2, 16), (1437, 128, 64, 16),
    (100, 128, 1, 1), (600, 128, 1, 8), (70000, 128, 64, 64), (10, 128, 2, 1),
])
def test_how_many_shards(pages, per_shard, previous, count):
    assert search.shard_count(pages, per_shard, previous) == count


@given(st.lists(st.text(min_size=1, max_size=30), unique=True, max_size=300), st.integers(1, 50),
       st.one_of(st.none(), st.sampled_from([1, 2, 4, 8, 16, 64, 3, 0])))
def test_the_shards_hold_every_page_once_and_shard_0_is_never_empty(rels, per_shard, previous):
    pages = {rel: hashlib.sha256(rel.encode("utf-8", "surrogatepass")).hexdigest() for rel in rels}
    count, shards = search.plan(pages, per_shard, "v", previous)
    assert sorted(rel for s in shards for rel, _ in s.pages) == sorted(pages)
    if pages:
        assert shards[0].number == 0 and all(s.pages for s in shards)
        assert all(search.shard_of(rel, count) == s.number for s in shards for rel, _ in s.pages) or count == 1
        assert len({s.key for s in shards}) == len(shards)
    else:
        assert shards == []


def test_find_pagefind_honours_the_override(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", str(tmp_path / "missing"))
    assert search.find_pagefind() is None
    monkeypatch.delenv("NEWSBRIEF_PAGEFIND")
    assert search.find_pagefind() is not None and os.access(search.find_pagefind(), os.X_OK)


def _without_index(files: dict) -> dict:
    return {k: v for k, v in files.items() if not k.startswith("pagefind/") or k == search.MANIFEST}


@pytest.mark.parametrize("seed", [1, 2])
def test_any_sequence_of_edits_gives_the_index_a_clean_build_gives(tmp_path, seed):
    """Random edits of every kind (tests/test_incremental_builds.py), the index in shards: after
    each build the index holds exactly the pages, as they are, that a clean build's holds (Pagefind
    writes its other files in no stable order, so they are compared by what they index)."""
    import random

    from incremental_helpers import assert_same_site, make_project as make_site, run, tree
    from test_incremental_builds import _random_edit

    project = make_site(tmp_path / "project", n=8, seed=seed)
    assert not run(project, search_shard_pages=4).errors
    rng = random.Random(seed)
    for step in range(5):
        kind = _random_edit(project, rng, step)
        report = run(project, search_shard_pages=4)
        assert not [w for w in report.warnings if "search" in w], kind      # (a bad article is skipped)
        clean = tmp_path / f"clean-{step}"
        run(project, clean, search_shard_pages=4)
        site = project / "site"
        assert _fragments_by_page(site) == _fragments_by_page(clean), kind
        merged = json.loads((site / search.MANIFEST).read_text())["merge"]
        assert all((site / "pagefind" / m / "pagefind-entry.json").is_file() for m in merged)
        # (the shard count may differ: a growing or shrinking site keeps its count for a while)
        if json.loads((clean / search.MANIFEST).read_text())["merge"] == merged:
            assert_same_site(_without_index(tree(site)), _without_index(tree(clean)))


def _fragments_by_page(out: Path) -> dict[str, bytes]:
    found = {}
    for f in (out / "pagefind").rglob("*.pf_fragment"):
        data = gzip.decompress(f.read_bytes())
        url = json.loads(data[data.index(b"{"):])["url"]
        assert url not in found, f"{url} indexed twice"
        found[url] = data
    return found
