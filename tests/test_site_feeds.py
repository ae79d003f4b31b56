"""Issue 5, point 2: Atom feeds for the site, each topic and each speaker — valid (feedparser
reads them without complaint), dated by their articles (never the wall clock), with
absolute URLs when the site has an absolute base URL and relative ones otherwise."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser
import pytest

from browser.fixture import build_site, make_project

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "https://example.org/briefs/"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    root = tmp_path_factory.mktemp("feeds")
    project = make_project(root)
    build_site(project, root / "relative")
    build_site(project, root / "absolute", base_url=BASE)
    return root


def feed_files(out):
    return sorted([out / "feed.xml", *(out / "feeds").rglob("*.xml")])


def parse(path, location=None):
    headers = {"content-location": location} if location else None
    return feedparser.parse(path.read_bytes(), response_headers=headers)


def test_there_is_a_feed_for_the_site_each_topic_and_each_speaker(sites):
    out = sites / "absolute"
    assert (out / "feed.xml").is_file()
    topics = sorted(p.stem for p in (out / "feeds" / "topics").glob("*.xml"))
    speakers = sorted(p.stem for p in (out / "feeds" / "speakers").glob("*.xml"))
    assert topics == ["climate-policy", "energy-prices", "grid"]
    assert speakers == ["jose-ramos", "maria-lopez", "northwind-power", "priya-nair"]


@pytest.mark.parametrize("variant", ["absolute", "relative"])
def test_every_feed_is_valid_atom(sites, variant):
    for path in feed_files(sites / variant):
        d = parse(path)
        assert not d.bozo, (path, d.get("bozo_exception"))
        assert d.version == "atom10", path
        assert d.feed.title and d.feed.id and d.feed.updated, path
        assert d.feed.get("author"), path
        assert d.entries, path
        for e in d.entries:
            assert e.title and e.id and e.updated and e.link, (path, e)
        # RFC 4287: exactly one atom:id, title and updated per feed and entry
        root = ET.parse(path).getroot()
        for el in [root, *root.findall(f"{ATOM}entry")]:
            for tag in ("id", "title", "updated"):
                assert len(el.findall(f"{ATOM}{tag}")) == 1, (path, tag)


def test_feed_updated_is_the_newest_article_date_not_the_clock(sites):
    d = parse(sites / "absolute" / "feed.xml")
    assert d.feed.updated == "2024-04-02T00:00:00Z"
    grid = parse(sites / "absolute" / "feeds" / "topics" / "grid.xml")
    assert grid.feed.updated == "2024-04-02T00:00:00Z"
    lopez = parse(sites / "absolute" / "feeds" / "speakers" / "maria-lopez.xml")
    assert lopez.feed.updated == "2024-04-02T00:00:00Z"
    assert [e.updated[:10] for e in lopez.entries] == ["2024-04-02", "2024-03-18", "2024-03-04"]


def test_source_date_epoch_caps_feed_dates_and_dates_undated_entries(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710720000")     # 2024-03-18T00:00:00Z
    project = make_project(tmp_path)
    build_site(project, tmp_path / "out")
    d = parse(tmp_path / "out" / "feed.xml")
    assert d.feed.updated == "2024-03-18T00:00:00Z"
    by_title = {e.title: e.updated for e in d.entries}
    assert by_title["Climate targets tighten as prices ease"] == "2024-03-18T00:00:00Z"
    assert by_title["Minister unveils plan to rebuild the national grid"] == "2024-03-04T00:00:00Z"
    undated = [e for e in d.entries if e.title.startswith("Notes on")]
    assert undated[0].updated == "2024-03-18T00:00:00Z"


def test_undated_entries_take_the_newest_article_date(sites):
    d = parse(sites / "absolute" / "feed.xml")
    undated = [e for e in d.entries if e.title.startswith("Notes on")]
    assert undated[0].updated == "2024-04-02T00:00:00Z"
    # a topic feed whose only dated article is older still ends at its newest entry
    climate = parse(sites / "absolute" / "feeds" / "topics" / "climate-policy.xml")
    assert climate.feed.updated == max(e.updated for e in climate.entries) == "2024-04-02T00:00:00Z"


def test_with_no_dated_article_at_all_dates_are_the_epoch_or_source_date_epoch(tmp_path, monkeypatch):
    from newsbrief import feeds
    from newsbrief.config import Config
    from newsbrief.model import build_site as model
    site = model(Config(), [])
    assert feeds.site_updated(site).isoformat() == "1970-01-01T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert feeds.site_updated(site).isoformat() == "2023-11-14T22:13:20+00:00"
    xml = feeds.FeedWriter(site).feeds()[0][1]
    assert "<updated>2023-11-14T22:13:20Z</updated>" in xml


def test_with_an_absolute_base_url_ids_and_links_are_absolute(sites):
    d = parse(sites / "absolute" / "feeds" / "speakers" / "maria-lopez.xml")
    assert d.feed.id == BASE + "feeds/speakers/maria-lopez.xml"
    links = {link.rel: link.href for link in d.feed.links}
    assert links == {"self": BASE + "feeds/speakers/maria-lopez.xml", "alternate": BASE + "speakers/maria-lopez.html"}
    assert [e.link for e in d.entries] == [BASE + "articles/climate-targets.html",
                                          BASE + "articles/budget-energy-bill.html",
                                          BASE + "articles/grid-upgrade.html"]
    assert all(e.id == e.link for e in d.entries)


def test_without_a_base_url_links_resolve_against_the_feed_address(sites):
    where = "https://mirror.example.net/news/feeds/topics/grid.xml"
    d = parse(sites / "relative" / "feeds" / "topics" / "grid.xml", location=where)
    assert d.feed.link == "https://mirror.example.net/news/topics/grid.html"
    assert [e.link for e in d.entries] == ["https://mirror.example.net/news/articles/storm-outage.html",
                                          "https://mirror.example.net/news/articles/grid-upgrade.html"]
    assert d.feed.id.startswith("urn:uuid:") and all(e.id.startswith("urn:uuid:") for e in d.entries)


def test_entry_ids_are_stable_and_shared_between_feeds(sites):
    site_feed = {e.link.rsplit("/", 1)[-1]: e.id for e in parse(sites / "relative" / "feed.xml").entries}
    topic_feed = {e.link.rsplit("/", 1)[-1]: e.id for e in
                  parse(sites / "relative" / "feeds" / "topics" / "grid.xml").entries}
    for name, entry_id in topic_feed.items():
        assert site_feed[name] == entry_id


def test_topic_and_speaker_feeds_carry_only_their_quotes(sites):
    lopez = parse(sites / "absolute" / "feeds" / "speakers" / "maria-lopez.xml")
    budget = next(e for e in lopez.entries if e.link.endswith("budget-energy-bill.html"))
    body = budget.content[0].value
    assert "Families should not have to choose" in body
    assert "This is a relief" not in body           # José Ramos's quote in the same article
    grid = parse(sites / "absolute" / "feeds" / "topics" / "grid.xml")
    assert {t.term for e in grid.entries for t in e.tags} >= {"grid"}


def test_markup_from_content_stays_text_in_feeds(sites):
    path = sites / "absolute" / "feed.xml"
    raw = path.read_text(encoding="utf-8")
    assert "<script" not in raw and "<b>" not in raw
    d = parse(path)
    note = next(e for e in d.entries if e.title.startswith("Notes on"))
    assert note.title == 'Notes on <script>alert("x")</script> & "odd" titles'
    assert "&lt;b&gt;markup&lt;/b&gt;" in note.content[0].value     # escaped inside the HTML content
    assert "javascript:" not in raw


def test_pages_advertise_their_feeds(sites):
    out = sites / "relative"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/atom+xml" title="Energy desk (Atom)" href="feed.xml">' in index
    topic = (out / "topics" / "grid.html").read_text(encoding="utf-8")
    assert 'href="../feeds/topics/grid.xml"' in topic
    speaker = (out / "speakers" / "priya-nair.html").read_text(encoding="utf-8")
    assert 'href="../feeds/speakers/priya-nair.xml"' in speaker
