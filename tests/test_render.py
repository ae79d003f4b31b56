"""Stage 5 — render: every built page works from disk, base_url only changes canonical links,
and whatever an article says is escaped."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest

from helpers import SEED_SLUG, build_demo, copy_demo, links, parse_html, write_article

BASE = "https://example.org/briefs/"


def html_pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def _ids(path: Path, cache: dict) -> set[str]:
    if path not in cache:
        doc = parse_html(path.read_text(encoding="utf-8"))
        cache[path] = {n.attrs["id"] for n in doc.iter() if "id" in n.attrs} | \
                      {n.attrs["name"] for n in doc.find_all("a", name=True)}
    return cache[path]


def broken_links(out: Path, skip_pages=()) -> list[str]:
    """Every href/src of every page that does not lead to a file in ``out`` when opened from disk
    (and every #fragment that names no element of its page)."""
    problems, id_cache = [], {}
    out = out.resolve()
    for page in html_pages(out):
        rel_page = page.relative_to(out).as_posix()
        if rel_page in skip_pages:
            continue
        doc = parse_html(page.read_text(encoding="utf-8"))
        for tag, attr, url in links(doc):
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto") or url.startswith("//"):
                continue
            where = f"{rel_page}: <{tag} {attr}={url!r}>"
            if parts.scheme:
                problems.append(f"{where}: unexpected scheme")
                continue
            if parts.path.startswith("/"):
                problems.append(f"{where}: absolute path does not work from disk")
                continue
            if parts.path:
                target = (page.parent / unquote(parts.path)).resolve()
            else:
                target = page
            if not target.is_relative_to(out):
                problems.append(f"{where}: leaves the output folder")
            elif not target.is_file():
                problems.append(f"{where}: no such file")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _ids(target, id_cache):
                problems.append(f"{where}: no element with id {parts.fragment!r}")
    return problems


# --- relative links ----------------------------------------------------------------------------

def test_the_demo_has_the_expected_pages(demo_site):
    out = demo_site.out
    for rel in ("index.html", "articles/index.html", f"articles/{SEED_SLUG}.html", "speakers/index.html",
                "topics/index.html", "topics/icet.html", "404.html", "static/style.css"):
        assert (out / rel).is_file(), rel


def test_every_link_in_every_page_resolves_to_a_file(demo_site):
    assert len(html_pages(demo_site.out)) >= 8
    assert broken_links(demo_site.out) == []


def test_pages_link_each_other_and_the_stylesheet_relatively(demo_site):
    doc = parse_html(demo_site.page(f"articles/{SEED_SLUG}.html"))
    hrefs = [url for _, _, url in links(doc)]
    assert "../static/style.css" in hrefs
    assert "../index.html" in hrefs
    assert not [u for u in hrefs if u.startswith("/")]


def test_without_base_url_there_are_no_canonical_links(demo_site):
    for page in html_pages(demo_site.out):
        doc = parse_html(page.read_text(encoding="utf-8"))
        assert doc.find("link", rel="canonical") is None, page


# --- base_url ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def base_url_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("base-url")
    return build_demo(copy_demo(root / "project"), root / "site", base_url=BASE)


def test_base_url_gives_canonical_links_with_that_prefix(base_url_site):
    out = base_url_site.out
    checked = 0
    for page in html_pages(out):
        rel = page.relative_to(out).as_posix()
        doc = parse_html(page.read_text(encoding="utf-8"))
        canonical = doc.find("link", rel="canonical")
        if rel in ("404.html", "search.html"):
            continue   # not meant to be indexed
        assert canonical is not None, rel
        assert canonical.attrs["href"] == BASE + rel
        checked += 1
    assert checked >= 8


def test_base_url_keeps_internal_links_relative(base_url_site):
    out = base_url_site.out
    for page in html_pages(out):
        rel = page.relative_to(out).as_posix()
        if rel == "404.html":
            continue
        doc = parse_html(page.read_text(encoding="utf-8"))
        for n in doc.iter():
            for attr in ("href", "src"):
                url = n.attrs.get(attr)
                if url is None or (n.tag == "link" and n.attrs.get("rel") in ("canonical", "alternate")):
                    continue
                assert not url.startswith(BASE) and not url.startswith("/"), (rel, n.tag, url)
    assert broken_links(out, skip_pages=("404.html",)) == []


def test_404_page_links_through_the_base_url(base_url_site):
    doc = parse_html(base_url_site.page("404.html"))
    site_links = [url for tag, _, url in links(doc) if tag == "a" and not url.startswith("#")]
    assert site_links
    assert all(url.startswith(BASE) for url in site_links), site_links


def test_base_url_path_gives_no_canonical_but_relative_links(tmp_path):
    site = build_demo(copy_demo(tmp_path / "project"), tmp_path / "site", base_url="/briefs/")
    doc = parse_html(site.page(f"articles/{SEED_SLUG}.html"))
    assert doc.find("link", rel="canonical") is None
    assert broken_links(site.out, skip_pages=("404.html",)) == []


# --- autoescape ----------------------------------------------------------------------------------

EVIL = "<script>alert(1)</script> & <b>bold</b>"


@pytest.fixture(scope="module")
def evil_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("evil")
    project = root / "project"
    write_article(project / "content" / "articles", "evil.md",
                  f"---\ntitle: '{EVIL}'\nsource: '<i>Src</i>'\nsummary: '<img src=x onerror=alert(2)>'\n"
                  "url: 'javascript:alert(3)'\ndate: 2024-05-01\n---\n"
                  "“We said <script>alert(4)</script>,” Anna Smith, the minister, said.\n")
    return build_demo(project, root / "site")


def test_title_with_script_is_escaped_on_the_article_page(evil_site):
    raw = evil_site.page("articles/evil.html")
    assert "<script>alert(1)" not in raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    doc = parse_html(raw)
    assert doc.find("h1").text == " ".join(EVIL.split())   # shown to the reader as written
    assert EVIL in doc.find("title").text


def test_no_page_gains_a_script_or_handler_from_content(evil_site):
    for page in html_pages(evil_site.out):
        raw = page.read_text(encoding="utf-8")
        for needle in ("<script>alert", "<b>bold", "<i>Src", "<img src=x", "javascript:alert"):
            assert needle not in raw, (page.name, needle)
        doc = parse_html(raw)
        for n in doc.iter():
            assert not any(a.startswith("on") for a in n.attrs), (page.name, n.tag, n.attrs)
            if n.tag == "script" and "src" not in n.attrs:
                assert n.attrs.get("type") == "application/ld+json", (page.name, n.attrs)
                json.loads(n.text)   # still one intact JSON value: the title did not break out


def test_escaped_title_appears_in_listings(evil_site):
    for rel in ("index.html", "articles/index.html"):
        raw = evil_site.page(rel)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw, rel


def test_output_paths_stay_inside_the_site(evil_site):
    out = evil_site.out.resolve()
    for p in out.rglob("*"):
        assert p.resolve().is_relative_to(out)
        assert PurePosixPath(p.relative_to(out).as_posix()).parts[0] != ".."
