"""Long lists of briefings are split into pages of ``per_page``: all briefings
(articles/index.html, articles/page-2.html …), a speaker's (speakers/<id>.html,
speakers/<id>/page-2.html …) and a topic's (topics/<id>.html, topics/<id>/page-2.html …).
Each page lists its own slice, links to the others, has its own canonical URL, title,
sitemap entry and JSON-LD, and only page 1 of a speaker or topic is indexed for search."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from browser.fixture import build_site, make_project
from helpers import REPO_ROOT, copy_demo, parse_html
from newsbrief.check import CheckReport, check_links
from newsbrief.load import load_article
from newsbrief.model import paginate

BASE = "https://example.org/briefs/"
EXTRA = 4          # more briefings by Maria Lopez on the power grid, beside the fixture's five


def add_grid_briefing(project: Path, i: int) -> None:
    """A briefing (hand-written, so no extractor is involved) quoting Maria Lopez on the grid."""
    slug, date = f"grid-note-{i}", f"2024-0{5 + i // 3}-{10 + i:02d}"
    article = project / "content" / "articles" / f"{slug}.md"
    quote = f"Grid works in region {i} are on schedule"
    article.write_text(f"---\ntitle: Grid note {i}\ndate: {date}\nsource: Daily Ledger\n---\n"
                       f"\"{quote},\" Energy Minister Maria Lopez said.\n", encoding="utf-8")
    (project / "content" / "briefings" / f"{slug}.yaml").write_text(f"""\
title: Grid note {i}
date: '{date}'
source: Daily Ledger
url: null
summary: Note {i} on the grid.
reviewed: true
speakers:
- {{id: maria-lopez, name: Maria Lopez, role: Energy Minister, aliases: [Lopez], kind: person}}
quotes:
- {{kind: direct, speaker: maria-lopez, text: '{quote},', paragraph: 1, topics: [grid], cue: said}}
topics:
- {{id: grid, name: Power grid, description: null, mentions: 1}}
entities: {{people: [Maria Lopez], organizations: [], places: []}}
provenance: {{source_path: {slug}.md, source_hash: {load_article(article).source_hash}, extractor: hand-written}}
""", encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory, monkeypatch_module) -> Path:
    root = tmp_path_factory.mktemp("paged")
    project = make_project(root)
    for i in range(1, EXTRA + 1):
        add_grid_briefing(project, i)
    build_site(project, root / "site", base_url=BASE, per_page=2)
    return root / "site"


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWSBRIEF_PAGEFIND", "off")
    yield mp
    mp.undo()


def doc(site: Path, rel: str):
    return parse_html((site / rel).read_text(encoding="utf-8"))


def pages_of(site: Path, first: str) -> list[str]:
    """Page 1 and every further page of a list, in order, as they are on disk."""
    stem = first.removesuffix("index.html") if first.endswith("/index.html") else first.removesuffix(".html") + "/"
    more = sorted(site.glob(f"{stem}page-*.html"), key=lambda p: int(re.findall(r"\d+", p.name)[0]))
    return [first] + [p.relative_to(site).as_posix() for p in more]


def card_links(site: Path, rel: str) -> list[str]:
    return [a.attrs["href"].rsplit("/", 1)[1] for card in doc(site, rel).find_all("article", class_="card")
            for a in card.find_all("a")]


def jsonld(site: Path, rel: str) -> list[dict]:
    html = (site / rel).read_text(encoding="utf-8")
    return [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def api_articles(site: Path) -> list[dict]:
    return json.loads((site / "api" / "index.json").read_text(encoding="utf-8"))["articles"]


LISTS = {"topic": ("topics/grid.html", 6), "speaker": ("speakers/maria-lopez.html", 7),
         "all": ("articles/index.html", 9)}


@pytest.mark.parametrize("kind", list(LISTS))
def test_every_page_of_a_list_exists_and_links_to_the_others(site, kind):
    first, n = LISTS[kind]
    pages = pages_of(site, first)
    assert len(pages) == (n + 1) // 2
    for number, rel in enumerate(pages, 1):
        page = doc(site, rel)
        (nav,) = page.find_all("nav", **{"aria-label": "Pages"})
        current = nav.find("a", **{"aria-current": "page"})
        assert current.text == str(number)
        links = {a.text: a.attrs for a in nav.find_all("a")}
        assert ("Previous page" in links) == (number > 1)
        assert ("Next page" in links) == (number < len(pages))
        if number > 1:
            assert links["Previous page"]["rel"] == "prev"
        for attrs in links.values():          # every pager link reaches a page of the same list
            target = (site / rel).parent.joinpath(attrs["href"]).resolve()
            assert target.relative_to(site.resolve()).as_posix() in pages
        head = (site / rel).read_text(encoding="utf-8").split("</head>")[0]
        assert ('<link rel="prev"' in head) == (number > 1) and ('<link rel="next"' in head) == (number < len(pages))


@pytest.mark.parametrize("kind", list(LISTS))
def test_every_briefing_is_on_exactly_one_page_newest_first(site, kind):
    first, n = LISTS[kind]
    seen, dates = [], []
    for rel in pages_of(site, first):
        page = doc(site, rel)
        if kind == "speaker":
            links = [s.find("h2").find("a").attrs["href"].rsplit("/", 1)[1] for s in page.find_all("section")]
        else:
            links = card_links(site, rel)
            dates += [t.attrs["datetime"] for c in page.find_all("article", class_="card") for t in c.find_all("time")]
        assert 1 <= len(links) <= 2, rel
        seen += links
    assert len(seen) == len(set(seen)) == n
    by_slug = {a["slug"]: a for a in api_articles(site)}
    expected = [a["slug"] for a in api_articles(site)                      # the API lists them newest first
                if kind == "all" or (kind == "topic" and "grid" in a["topics"])
                or (kind == "speaker" and "maria-lopez" in a["speakers"])]
    assert seen == [f"{s}.html" for s in expected] and set(by_slug) >= set(expected)
    assert dates == sorted(dates, reverse=True)


def test_topic_pages_show_the_quotes_of_their_own_briefings(site):
    for rel in pages_of(site, "topics/grid.html"):
        page = doc(site, rel)
        briefings = set(card_links(site, rel))
        said = page.by_id("t-quotes").parent
        quoted = {a.attrs["href"].rsplit("/", 1)[1].split("#")[0] for a in said.find_all("a")
                  if "#q" in a.attrs["href"]}
        assert quoted and quoted <= briefings, rel
        assert page.find("p", class_="meta").text.startswith("6 briefings · ")   # the whole topic, on every page


def test_page_one_of_a_topic_has_the_timeline_and_who_spoke(site):
    first, second = doc(site, "topics/grid.html"), doc(site, "topics/grid/page-2.html")
    assert first.by_id("t-timeline") is not None and second.by_id("t-timeline") is None
    who = first.by_id("t-who")
    assert who.text == "Who spoke on Power grid" and second.by_id("t-who") is None
    items = [li.text for li in who.parent.find("ul").find_all("li")]
    assert items[0] == "Maria Lopez 5 quotes"
    assert all(li.find("a") is not None for li in who.parent.find("ul").find_all("li"))
    assert not who.parent.find_all("figure")          # names and counts, no quotes


def test_later_pages_have_their_own_title_canonical_url_and_sitemap_entry(site):
    for rel, name in (("topics/grid/page-2.html", "Power grid"), ("speakers/maria-lopez/page-2.html", "Maria Lopez"),
                      ("articles/page-2.html", "Briefings")):
        html = (site / rel).read_text(encoding="utf-8")
        assert f"<title>{name} — page 2 · Energy desk</title>" in html
        assert f'<link rel="canonical" href="{BASE}{rel}">' in html
    locs = {e.text for e in ET.parse(site / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert {BASE + "topics/grid/page-3.html", BASE + "speakers/maria-lopez/page-4.html",
            BASE + "articles/page-5.html", BASE + "topics/grid.html"} <= locs


def test_json_ld_lists_only_the_pages_briefings(site):
    for rel in pages_of(site, "topics/grid.html") + pages_of(site, "articles/index.html"):
        (lst,) = [d for d in jsonld(site, rel) if d["@type"] == "ItemList"]
        assert [i["url"].rsplit("/", 1)[1] for i in lst["itemListElement"]] == card_links(site, rel)
        assert lst["numberOfItems"] == len(card_links(site, rel))
    (person,) = jsonld(site, "speakers/maria-lopez/page-2.html")
    sections = [s.find("h2").find("a").attrs["href"].rsplit("/", 1)[1]
                for s in doc(site, "speakers/maria-lopez/page-2.html").find_all("section")]
    assert [a["url"].rsplit("/", 1)[1] for a in person["subjectOf"]] == sections


def test_only_page_one_of_a_speaker_or_topic_is_indexed_for_search(site):
    for first in ("topics/grid.html", "speakers/maria-lopez.html"):
        pages = pages_of(site, first)
        assert (site / pages[0]).read_text(encoding="utf-8").count("data-pagefind-body") == 1
        for rel in pages[1:]:
            assert "data-pagefind-body" not in (site / rel).read_text(encoding="utf-8")


def test_newsbrief_check_finds_every_pager_link(site):
    report = CheckReport()
    check_links(site, report, base_path="/briefs/")
    assert report.errors == []


def test_a_list_that_fits_on_one_page_has_no_pager(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    from helpers import build_demo
    built = build_demo(copy_demo(tmp_path / "demo"), tmp_path / "site")
    assert built.report.articles == len(list((REPO_ROOT / "content" / "articles").iterdir()))
    for page in built.out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert 'aria-label="Pages"' not in html and '<link rel="next"' not in html, page
    assert not list(built.out.rglob("page-*.html"))


def test_the_pager_elides_the_middle_of_a_long_list():
    pagers = paginate(list(range(40)), 1, "topics/x.html")
    numbers = [[p and p[0] for p in pagers[n - 1].pages] for n in (1, 3, 5, 40)]
    assert numbers == [[1, 2, None, 40], [1, 2, 3, 4, None, 40], [1, None, 4, 5, 6, None, 40], [1, None, 39, 40]]
    assert pagers[4].path == "topics/x/page-5.html" and pagers[0].path == "topics/x.html"
    assert pagers[0].prev_path is None and pagers[39].next_path is None and pagers[1].prev_path == "topics/x.html"
    assert [p.number for p in paginate(list(range(7)), 7, "articles/index.html")] == [1]
    assert paginate(list(range(8)), 7, "articles/index.html")[1].path == "articles/page-2.html"
    assert paginate([], 20, "topics/x.html")[0].items == []


def test_an_article_slug_that_names_a_page_of_the_list_is_refused():
    from newsbrief.pipeline import is_reserved

    assert is_reserved("index") and is_reserved("page-2") and is_reserved("page-10")
    assert not is_reserved("page-two") and not is_reserved("front-page-2") and not is_reserved("pages-2")


def test_an_edit_deep_in_a_long_list_re_renders_only_the_pages_that_show_it(tmp_path, monkeypatch_module):
    """Rewording a quote in the first grid briefing (on a later page of the topic) re-renders that page and leaves the middle pages alone; giving it one more quote
    on the topic changes the count every page's header shows, so then every page is made
    again.  After each edit the site is the one a clean build makes."""
    from incremental_helpers import assert_same_site, clean_build, inodes, tree

    project = make_project(tmp_path)
    for i in range(1, EXTRA + 1):
        add_grid_briefing(project, i)
    out = tmp_path / "site"
    build_site(project, out, per_page=2)
    topic = pages_of(out, "topics/grid.html")
    assert len(topic) == 3
    before = tree(out)
    nodes = inodes(out)

    briefing = project / "content" / "briefings" / "grid-note-1.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("text: 'Grid works in region 1 are on schedule,'",
                                     "text: 'Grid works in region 1 are behind schedule,'"), encoding="utf-8")
    article = project / "content" / "articles" / "grid-note-1.md"
    article.write_text(article.read_text(encoding="utf-8").replace("on schedule", "behind schedule"),
                       encoding="utf-8")
    build_site(project, out, per_page=2)
    after = tree(out)
    holding = next(p for p in topic if "grid-note-1.html" in card_links(out, p))
    others = [p for p in topic[1:] if p != holding]
    assert holding != topic[0] and others
    assert after[holding] != before[holding]
    for p in others:                                    # not made again, not even rewritten
        assert after[p] == before[p] and inodes(out)[p] == nodes[p]
    assert_same_site(after, clean_build(project, tmp_path, per_page=2))

    text = briefing.read_text(encoding="utf-8")
    extra = "- {kind: indirect, speaker: maria-lopez, text: more grid works would follow, paragraph: 1, " \
            "topics: [grid], cue: said}\n"
    briefing.write_text(text.replace("topics:\n- {id: grid", extra + "topics:\n- {id: grid"), encoding="utf-8")
    build_site(project, out, per_page=2)
    again = tree(out)
    assert all(again[p] != after[p] for p in topic)     # "N quotes" on every page of the topic
    assert_same_site(again, clean_build(project, tmp_path, per_page=2))
