"""Issue 5, point 2 (discovery): canonical URLs, Open Graph and Twitter meta, JSON-LD
(NewsArticle with a Quotation per quote, Person on speaker pages, ItemList on index pages),
sitemap.xml and robots.txt, and a 404 page that works from any depth."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from browser.fixture import build_site, make_project

BASE = "https://example.org/briefs/"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    root = tmp_path_factory.mktemp("seo")
    project = make_project(root)
    build_site(project, root / "relative")
    build_site(project, root / "absolute", base_url=BASE)
    build_site(project, root / "path", base_url="/briefs/")
    return root


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content")
        if tag == "link":
            self.links.append(a)


def head(path) -> Head:
    h = Head()
    h.feed(path.read_text(encoding="utf-8"))
    return h


def jsonld(path) -> list[dict]:
    html = path.read_text(encoding="utf-8")
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def all_pages(out):
    return sorted(p for p in out.rglob("*.html") if "pagefind" not in p.parts)


def test_article_pages_have_a_news_article_with_a_quotation_per_quote(sites):
    (ld,) = jsonld(sites / "absolute" / "articles" / "budget-energy-bill.html")
    assert ld["@context"] == "https://schema.org" and ld["@type"] == "NewsArticle"
    assert ld["headline"] == "Energy bill support extended in spring budget"
    assert ld["datePublished"] == "2024-03-18"
    assert ld["url"] == BASE + "articles/budget-energy-bill.html"
    assert ld["isBasedOn"] == "https://news.example.com/budget-energy-bill"
    assert ld["publisher"] == {"@type": "Organization", "name": "Daily Ledger"}
    quotes = ld["hasPart"]
    assert [q["@type"] for q in quotes] == ["Quotation", "Quotation"]
    assert quotes[0]["text"] == "Families should not have to choose between heating and eating,"
    assert quotes[0]["spokenByCharacter"] == quotes[0]["creator"] == {"@id": BASE + "speakers/maria-lopez.html"}
    who = node(ld, quotes[0]["spokenByCharacter"])
    assert who["@type"] == "Person" and who["name"] == "Maria Lopez"
    assert who["url"] == BASE + "speakers/maria-lopez.html"
    assert quotes[0]["url"] == BASE + "articles/budget-energy-bill.html#q1"
    assert node(ld, quotes[1]["spokenByCharacter"])["name"] == "José Ramos"
    assert [t["name"] for t in ld["about"]] == ["Energy prices"]
    assert [node(ld, t)["name"] for t in quotes[0]["about"]] == ["Energy prices"]


def node(ld: dict, ref: dict) -> dict:
    """The node a reference ({"@id": …}) names: each speaker and topic is described once."""
    (found,) = [n for n in ld.get("mentions", []) + ld.get("about", []) if n.get("@id") == ref["@id"]]
    return found


def test_each_speaker_and_topic_is_described_once_per_article(sites):
    (ld,) = jsonld(sites / "absolute" / "articles" / "budget-energy-bill.html")
    ids = [n["@id"] for n in ld["mentions"] + ld["about"]]
    assert len(ids) == len(set(ids))
    refs = [r for q in ld["hasPart"] for r in [q.get("creator"), q.get("spokenByCharacter"), *q.get("about", [])] if r]
    assert refs and all(list(r) == ["@id"] and r["@id"] in ids for r in refs)


def test_an_organisation_is_a_quotation_creator_but_not_a_spoken_by_character(sites):
    (ld,) = jsonld(sites / "absolute" / "articles" / "storm-outage.html")
    org = next(q for q in ld["hasPart"] if node(ld, q["creator"])["name"] == "Northwind Power")
    assert node(ld, org["creator"])["@type"] == "Organization"
    assert "spokenByCharacter" not in org


def test_speaker_pages_have_a_person(sites):
    (ld,) = jsonld(sites / "absolute" / "speakers" / "maria-lopez.html")
    assert ld["@type"] == "Person" and ld["name"] == "Maria Lopez"
    assert ld["jobTitle"] == "Energy Minister"
    assert ld["alternateName"] == ["Lopez"]
    assert [a["url"] for a in ld["subjectOf"]] == [BASE + "articles/climate-targets.html",
                                                  BASE + "articles/budget-energy-bill.html",
                                                  BASE + "articles/grid-upgrade.html"]
    (org,) = jsonld(sites / "absolute" / "speakers" / "northwind-power.html")
    assert org["@type"] == "Organization"


@pytest.mark.parametrize("page,count", [("index.html", 5), ("articles/index.html", 5), ("speakers/index.html", 4),
                                        ("topics/index.html", 3), ("topics/grid.html", 2)])
def test_index_pages_have_an_item_list(sites, page, count):
    lds = jsonld(sites / "absolute" / page)
    (lst,) = [d for d in lds if d["@type"] == "ItemList"]
    assert lst["numberOfItems"] == count == len(lst["itemListElement"])
    assert [i["position"] for i in lst["itemListElement"]] == list(range(1, count + 1))
    assert all(i["url"].startswith(BASE) for i in lst["itemListElement"])


def test_without_a_base_url_json_ld_urls_are_relative_to_the_page(sites):
    (ld,) = jsonld(sites / "relative" / "articles" / "grid-upgrade.html")
    assert ld["url"] == "../articles/grid-upgrade.html"
    assert node(ld, ld["hasPart"][0]["spokenByCharacter"])["url"] == "../speakers/maria-lopez.html"


def test_json_ld_cannot_be_closed_by_content(sites):
    html = (sites / "absolute" / "articles" / "undated-note.html").read_text(encoding="utf-8")
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        assert "<" not in block and ">" not in block
    (ld,) = jsonld(sites / "absolute" / "articles" / "undated-note.html")
    assert ld["headline"] == 'Notes on <script>alert("x")</script> & "odd" titles'
    assert "isBasedOn" not in ld      # the javascript: URL is dropped


def test_open_graph_and_twitter_meta(sites):
    h = head(sites / "absolute" / "articles" / "grid-upgrade.html")
    assert h.meta["og:type"] == "article"
    assert h.meta["og:title"] == "Minister unveils plan to rebuild the national grid"
    summary = "A ten-year programme will replace ageing transmission lines, Energy Minister Maria Lopez announced."
    assert h.meta["og:description"] == h.meta["description"] == h.meta["twitter:description"] == summary
    assert h.meta["og:url"] == BASE + "articles/grid-upgrade.html"
    assert h.meta["og:site_name"] == "Energy desk"
    assert h.meta["article:published_time"] == "2024-03-04"
    assert h.meta["twitter:card"] == "summary"
    assert h.meta["twitter:title"] == "Minister unveils plan to rebuild the national grid"
    assert head(sites / "absolute" / "speakers" / "priya-nair.html").meta["og:type"] == "profile"
    assert head(sites / "absolute" / "index.html").meta["og:type"] == "website"


def test_canonical_urls_only_with_an_absolute_base_url(sites):
    for page in all_pages(sites / "absolute"):
        rel = page.relative_to(sites / "absolute").as_posix()
        canon = [link["href"] for link in head(page).links if link.get("rel") == "canonical"]
        if rel in ("404.html", "search.html"):
            assert canon == [] and head(page).meta["robots"] == "noindex"
        else:
            assert canon == [BASE + rel]
    for variant in ("relative", "path"):
        for page in all_pages(sites / variant):
            h = head(page)
            assert not [link for link in h.links if link.get("rel") == "canonical"], page
            assert "og:url" not in h.meta


def test_sitemap_lists_every_public_page_with_absolute_urls(sites):
    out = sites / "absolute"
    root = ET.parse(out / "sitemap.xml").getroot()
    assert root.tag == f"{SM}urlset"
    locs = [u.find(f"{SM}loc").text for u in root.findall(f"{SM}url")]
    expected = ({BASE + p.relative_to(out).as_posix() for p in all_pages(out)}
                - {BASE + "404.html", BASE + "search.html"})
    assert set(locs) == expected and len(locs) == len(expected)
    lastmod = {u.find(f"{SM}loc").text: u.findtext(f"{SM}lastmod") for u in root.findall(f"{SM}url")}
    assert lastmod[BASE + "articles/grid-upgrade.html"] == "2024-03-04"
    assert lastmod[BASE + "speakers/maria-lopez.html"] == "2024-04-02"
    assert lastmod[BASE + "articles/undated-note.html"] is None


def test_robots_txt_points_to_the_sitemap_only_when_there_is_one(sites):
    assert (sites / "absolute" / "robots.txt").read_text() == (
        "User-agent: *\nAllow: /\nSitemap: https://example.org/briefs/sitemap.xml\n")
    for variant in ("relative", "path"):
        assert not (sites / variant / "sitemap.xml").exists()
        robots = (sites / variant / "robots.txt").read_text()
        assert "Sitemap:" not in robots and "User-agent: *" in robots


def test_404_uses_the_base_url_so_it_works_from_any_depth(sites):
    html = (sites / "absolute" / "404.html").read_text(encoding="utf-8")
    assert f'href="{BASE}static/style.css"' in html
    assert f'href="{BASE}index.html"' in html
    assert 'href="../' not in html
    html = (sites / "path" / "404.html").read_text(encoding="utf-8")
    assert 'href="/briefs/static/style.css"' in html and 'href="/briefs/articles/index.html"' in html


def test_website_json_ld_on_the_front_page(sites):
    lds = jsonld(sites / "absolute" / "index.html")
    site = next(d for d in lds if d["@type"] == "WebSite")
    assert site["name"] == "Energy desk" and site["url"] == BASE + "index.html"
