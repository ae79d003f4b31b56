"""The site as a reader meets it, in Chromium, served over HTTP under a subpath (/briefs/):
search finds a quote and leads to its article; filters narrow by speaker and topic; every
link works; no page logs an error; axe-core finds no accessibility violation; the 404 page
works from any depth.  Screenshots of the main pages go to test-artifacts/."""

from __future__ import annotations

import json
from urllib.parse import urldefrag, urljoin

import pytest

MAIN_PAGES = {
    "index": "index.html",
    "article": "articles/grid-upgrade.html",
    "speaker": "speakers/maria-lopez.html",
    "topic": "topics/energy-prices.html",
    "search": "search.html",
    "404": "no/such/deep/page.html",
}


RESULT = ".pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link"   # not sub-results


def search_for(page, text: str):
    page.fill(".pagefind-ui__search-input", text)
    page.wait_for_selector(RESULT)


def titles(page) -> list[str]:
    return page.locator(RESULT).all_inner_texts()


@pytest.mark.parametrize("variant", ["absolute", "relative"])
def test_searching_a_quote_leads_to_its_article(served, page, variant):
    base = served.absolute if variant == "absolute" else served.relative
    p = page.page
    p.goto(base + "search.html")
    search_for(p, "grandchildren will rely")
    assert titles(p)[0] == "Minister unveils plan to rebuild the national grid"
    p.locator(RESULT).first.click()
    p.wait_for_load_state()
    assert p.url == base + "articles/grid-upgrade.html"
    assert p.locator("h1").inner_text() == "Minister unveils plan to rebuild the national grid"
    assert "We are building the grid our grandchildren will rely on" in p.locator("main").inner_text()
    assert page.problems == []


def test_search_results_can_be_filtered_by_speaker_and_topic(served, page):
    p = page.page
    p.goto(served.absolute + "search.html?q=energy")
    p.wait_for_selector(RESULT)
    # Pagefind loads its filter index after the first results; on a busy machine that can take a while
    p.wait_for_selector("summary.pagefind-ui__filter-name", timeout=90_000)

    def stable(differs_from: list[str] | None = None) -> list[str]:
        """The result titles once they stop changing (Pagefind loads and filters results
        asynchronously, a few at a time), and differ from ``differs_from`` when given."""
        last, same = None, 0
        for _ in range(100):
            p.wait_for_timeout(100)
            now = titles(p)
            same = same + 1 if now == last else 0
            last = now
            if now and same >= 4 and (differs_from is None or now != differs_from):
                return now
        raise AssertionError(f"the results did not settle (last seen {last})")

    everything = stable()

    def settled(before: list[str]) -> list[str]:
        return stable(differs_from=before)

    def filtered(group: str, value: str) -> set[str]:
        p.locator("summary.pagefind-ui__filter-name", has_text=group).click()
        p.locator("label.pagefind-ui__filter-label", has_text=value).click()
        found = settled(everything)
        p.locator("label.pagefind-ui__filter-label", has_text=value).click()        # off again
        for _ in range(100):
            if titles(p) == everything:
                break
            p.wait_for_timeout(100)
        assert titles(p) == everything
        p.locator("summary.pagefind-ui__filter-name", has_text=group).click()
        return set(found)

    by_ramos = filtered("Speaker", "José Ramos")
    assert by_ramos == {"José Ramos", "Climate targets tighten as prices ease",
                        "Energy bill support extended in spring budget", "Energy prices"}
    on_grid = filtered("Topic", "Power grid")
    assert "Minister unveils plan to rebuild the national grid" in on_grid
    assert "Energy bill support extended in spring budget" not in on_grid
    assert page.problems == []


def test_a_speaker_is_found_by_name(served, page):
    p = page.page
    p.goto(served.absolute + "search.html?q=Priya%20Nair")
    p.wait_for_selector(RESULT)
    assert "Priya Nair" in titles(p)
    assert page.problems == []


def test_a_search_finds_pages_of_every_shard_of_the_index(served, page):
    """The absolute site's index is in four shards (conftest), merged in the browser: each
    indexed page is found by its title, whichever shard holds it."""
    import html
    import re

    from newsbrief import search

    indexed = {}
    for f in sorted(served.absolute_dir.rglob("*.html")):
        text = f.read_text(encoding="utf-8")
        if "data-pagefind-body" in text:
            h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S).group(1)
            indexed[f.relative_to(served.absolute_dir).as_posix()] = html.unescape(re.sub(r"<[^>]+>", "", h1)).strip()
    assert {search.shard_of(rel, 4) for rel in indexed} == {0, 1, 2, 3}
    p = page.page
    p.goto(served.absolute + "search.html")
    for rel, title in indexed.items():
        search_for(p, " ".join(title.split()[:2]))
        try:
            p.wait_for_function("t => [...document.querySelectorAll('.pagefind-ui__result-inner > "
                                ".pagefind-ui__result-title .pagefind-ui__result-link')].some(a => a.innerText === t)",
                                arg=title, timeout=15_000)
        except Exception:
            raise AssertionError((rel, title, titles(p)))
        link = p.locator(RESULT, has_text=title).first.get_attribute("href")
        assert link.endswith(rel), (rel, link)
    assert page.problems == []


def test_every_link_works_and_no_page_logs_an_error(served, page):
    """Visit every page reachable from the front page; fetch every other file linked."""
    p = page.page
    start = served.absolute + "index.html"
    queue, seen, files, anchors = [start], {start}, set(), []
    while queue:
        url = queue.pop(0)
        response = p.goto(url)
        assert response is not None and response.status == 200, url
        links = p.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        links += p.eval_on_selector_all("link[href]", "els => els.map(e => e.href)")
        for link in links:
            target, fragment = urldefrag(link)
            if not target.startswith(served.absolute):
                assert not target.startswith(served.origin), f"{url} links outside the site: {link}"
                continue
            if fragment:
                anchors.append((target, fragment, url))
            if target.endswith(".html") and target not in seen:
                seen.add(target)
                queue.append(target)
            elif not target.endswith(".html"):
                files.add(target)
    assert len(seen) == 17      # front page, 3 lists, 5 briefings, 4 speakers, 3 topics, search
    for f in sorted(files):
        r = p.request.get(f)
        assert r.status == 200, f
    for target, fragment, where in anchors:
        p.goto(target)
        assert p.locator(f"[id='{fragment}']").count() == 1, f"{where} links to a missing #{fragment} in {target}"
    assert page.problems == []


def expected_404(problems: list[str], url: str) -> list[str]:
    """Chromium logs the deliberate 404 of the page itself as a console error: leave that out."""
    return [m for m in problems if not (m.startswith("console: Failed to load resource") and m.endswith(f"({url})"))]


def test_the_404_page_works_from_any_depth(served, page):
    p = page.page
    missing = served.absolute + "no/such/deep/page.html"
    response = p.goto(missing)
    assert response.status == 404
    assert p.locator("h1").inner_text() == "Page not found"
    assert p.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "solid"
    p.locator("main a", has_text="front page").click()
    p.wait_for_load_state()
    assert p.url == served.absolute + "index.html"
    assert expected_404(page.problems, missing) == []


def test_feeds_and_api_are_served_from_the_subpath(served, page):
    p = page.page
    index = json.loads(p.request.get(served.absolute + "api/index.json").text())
    for article in index["articles"]:
        assert article["url"].startswith(served.absolute)
        assert p.request.get(article["url"]).status == 200
        assert p.request.get(article["briefing"]["url"]).status == 200
    feed = p.request.get(served.absolute + "feed.xml")
    assert feed.status == 200 and f'href="{served.absolute}articles/' in feed.text()
    robots = p.request.get(served.absolute + "robots.txt").text()
    assert f"Sitemap: {served.absolute}sitemap.xml" in robots
    assert p.request.get(served.absolute + "sitemap.xml").status == 200


@pytest.mark.parametrize("name", list(MAIN_PAGES))
def test_axe_finds_no_violations(served, page, axe_source, artifacts, name):
    p = page.page
    p.goto(served.absolute + MAIN_PAGES[name])
    if name == "search":
        search_for(p, "energy")
        p.locator("summary.pagefind-ui__filter-name", has_text="Speaker").click()
    _assert_axe_passes(p, axe_source, artifacts, name)
    assert expected_404(page.problems, served.absolute + MAIN_PAGES["404"]) == []


# pages of lists split in pages (the relative site is built with per_page 2)
PAGED_PAGES = {"topic-page-2": "topics/energy-prices/page-2.html", "speaker-page-2": "speakers/maria-lopez/page-2.html",
               "articles-page-2": "articles/page-2.html", "articles-page-1": "articles/index.html"}


@pytest.mark.parametrize("name", list(PAGED_PAGES))
def test_axe_finds_no_violations_on_paginated_pages(served, page, axe_source, artifacts, name):
    p = page.page
    p.goto(served.relative + PAGED_PAGES[name])
    assert p.locator('nav[aria-label="Pages"] [aria-current="page"]').count() == 1
    _assert_axe_passes(p, axe_source, artifacts, name)
    assert page.problems == []


def _assert_axe_passes(p, axe_source, artifacts, name):
    p.wait_for_load_state("networkidle")
    p.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
    p.add_script_tag(content=axe_source)
    result = p.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
    }""")
    (artifacts / f"axe-{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    assert result == [], json.dumps(result, indent=2)


def test_pages_have_a_usable_layout_on_a_phone(served, browser, artifacts):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2)
    p = context.new_page()
    try:
        for name in ("index", "article"):
            p.goto(served.absolute + MAIN_PAGES[name])
            overflow = p.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{name} scrolls sideways on a 375px screen"
            p.screenshot(path=str(artifacts / f"{name}-phone.png"), full_page=True)
    finally:
        context.close()


def test_links_resolve_against_the_subpath(served, page):
    """Every internal link of the relative build stays under /plain/briefs/."""
    p = page.page
    p.goto(served.relative + "articles/grid-upgrade.html")
    for link in p.eval_on_selector_all("a[href], link[href]", "els => els.map(e => e.href)"):
        if link.startswith(served.origin):
            assert link.startswith(served.relative), link
    assert urljoin(p.url, "../index.html") == served.relative + "index.html"
