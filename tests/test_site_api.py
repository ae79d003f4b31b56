"""Issue 5, point 3: a JSON API beside the HTML — api/index.json (articles, speakers, topics
with their URLs) and api/briefings/<slug>.json (the briefing)."""

from __future__ import annotations

import json

import pytest

from browser.fixture import build_site, make_project
from newsbrief import store

BASE = "https://example.org/briefs/"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    root = tmp_path_factory.mktemp("api")
    project = make_project(root)
    build_site(project, root / "relative")
    build_site(project, root / "absolute", base_url=BASE)
    return root


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_index_lists_articles_speakers_and_topics_with_urls(sites):
    out = sites / "absolute"
    index = load(out / "api" / "index.json")
    assert index["api_version"] == 1
    assert index["site"]["title"] == "Energy desk"
    assert index["site"]["updated"] == "2024-04-02T00:00:00Z"
    assert index["site"]["url"] == BASE + "index.html"
    assert [a["slug"] for a in index["articles"]] == ["climate-targets", "storm-outage", "budget-energy-bill",
                                                      "grid-upgrade", "undated-note"]
    grid = next(a for a in index["articles"] if a["slug"] == "grid-upgrade")
    assert grid["path"] == "articles/grid-upgrade.html" and grid["url"] == BASE + "articles/grid-upgrade.html"
    assert grid["briefing"] == {"path": "api/briefings/grid-upgrade.json",
                                "url": BASE + "api/briefings/grid-upgrade.json"}
    assert grid["date"] == "2024-03-04" and grid["quotes"] == 2
    assert grid["speakers"] == ["maria-lopez", "northwind-power"] and grid["topics"] == ["grid", "energy-prices"]
    lopez = next(s for s in index["speakers"] if s["id"] == "maria-lopez")
    assert lopez["articles"] == ["climate-targets", "budget-energy-bill", "grid-upgrade"]
    assert lopez["feed"]["path"] == "feeds/speakers/maria-lopez.xml"
    assert {t["id"] for t in index["topics"]} == {"grid", "energy-prices", "climate-policy"}
    # every path named in the index exists in the site
    for group in ("articles", "speakers", "topics"):
        for entry in index[group]:
            assert (out / entry["path"]).is_file(), entry["path"]


def test_without_a_base_url_urls_are_relative_to_the_site_root(sites):
    index = load(sites / "relative" / "api" / "index.json")
    assert all(a["url"] == a["path"] for a in index["articles"])
    assert index["site"]["base_url"] == ""


def test_each_briefing_is_published_and_valid_against_the_schema(sites):
    out = sites / "absolute"
    files = sorted(p.stem for p in (out / "api" / "briefings").glob("*.json"))
    assert files == ["budget-energy-bill", "climate-targets", "grid-upgrade", "storm-outage", "undated-note"]
    for slug in files:
        doc = load(out / "api" / "briefings" / f"{slug}.json")
        assert doc["slug"] == slug and doc["url"] == BASE + f"articles/{slug}.html"
        store.validate(doc["briefing"], slug)          # the briefing contract, unchanged


def test_briefing_maps_its_speakers_to_site_pages(sites):
    doc = load(sites / "absolute" / "api" / "briefings" / "budget-energy-bill.json")
    assert doc["site_speakers"] == {"lopez": "maria-lopez", "jose-ramos": "jose-ramos"}
    assert [q["text"] for q in doc["briefing"]["quotes"]][0].startswith("Families should not")


def test_no_build_machine_path_is_published(sites, tmp_path_factory):
    for path in (sites / "absolute" / "api").rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert str(sites) not in text and "/tmp/" not in text, path


def test_json_is_stable_text(sites):
    raw = (sites / "absolute" / "api" / "index.json").read_text(encoding="utf-8")
    assert raw.endswith("}\n") and "José Ramos" in raw        # UTF-8, not \\u escapes


def test_only_web_urls_from_front_matter_are_published(sites):
    index = load(sites / "absolute" / "api" / "index.json")
    note = next(a for a in index["articles"] if a["slug"] == "undated-note")
    assert note["original_url"] is None
    assert note["title"] == 'Notes on <script>alert("x")</script> & "odd" titles'    # data, kept as text
    doc = load(sites / "absolute" / "api" / "briefings" / "undated-note.json")
    assert doc["briefing"]["url"] is None
    for path in (sites / "absolute" / "api").rglob("*.json"):
        assert "javascript:" not in path.read_text(encoding="utf-8")
