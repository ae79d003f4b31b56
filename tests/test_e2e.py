"""End to end: the repo's demo content built through the library API, checked as a reader sees it.

The extractor is being improved, so only the facts the issue demands are asserted (who spoke, with
which role, the topics, the people named), never exact counts.  The stored briefings are left out of
the copy, so this checks what the current extractor makes of the seed article.
"""

from __future__ import annotations

import pytest

from helpers import SEED_SLUG, copy_demo, link_to, parse_html
from newsbrief import store
from newsbrief.config import load_config
from newsbrief.pipeline import build

ARTICLE = f"articles/{SEED_SLUG}.html"
CAMPBELL = "Kurt Campbell"
CAMPBELL_ROLE = "US Deputy Secretary of State"
CAMPBELL_DIRECT = "We are seeking to develop a much deeper and stronger technological relationship"
CAMPBELL_INDIRECT = "India and the US are both great powers"


def _build(project, out):
    config = load_config(project, content_dir=project / "content", output_dir=out)
    report = build(config)
    assert not report.errors, [str(e) for e in report.errors]
    return report


def _snapshot(out) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


class Demo:
    def __init__(self, root):
        self.project = copy_demo(root / "project", briefings=False)
        self.out = root / "site"
        self.report = _build(self.project, self.out)
        self.briefing = store.load_briefing(self.project / "content" / "briefings" / f"{SEED_SLUG}.yaml")

    def doc(self, rel):
        return parse_html((self.out / rel).read_text(encoding="utf-8"))

    def speaker(self, name):
        return next((s for s in self.briefing["speakers"] if s["name"] == name), None)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return Demo(tmp_path_factory.mktemp("e2e"))


# --- the briefing -------------------------------------------------------------------------------

def test_the_build_extracted_the_seed(demo):
    assert demo.report.articles == 1
    assert demo.report.extracted == 1
    assert not store.is_edited(demo.briefing)


def test_kurt_campbell_is_a_speaker_with_his_role(demo):
    s = demo.speaker(CAMPBELL)
    assert s is not None, [x["name"] for x in demo.briefing["speakers"]]
    assert s["role"] == CAMPBELL_ROLE


def test_kurt_campbell_has_direct_and_indirect_quotes(demo):
    sid = demo.speaker(CAMPBELL)["id"]
    mine = [q for q in demo.briefing["quotes"] if q["speaker"] == sid]
    assert any(q["kind"] == "direct" and q["text"].startswith(CAMPBELL_DIRECT) for q in mine)
    assert any(q["kind"] == "indirect" and q["text"].startswith(CAMPBELL_INDIRECT) for q in mine)


def test_sullivan_and_doval_are_named_people(demo):
    people = demo.briefing["entities"]["people"]
    assert "Jake Sullivan" in people
    assert "Ajit Doval" in people


def test_topics_icet_quad_and_defence_deals(demo):
    names = {t["id"]: t["name"] for t in demo.briefing["topics"]}
    assert names.get("icet") == "iCET"
    assert names.get("quad") == "Quad"
    assert names.get("defence-deals") == "Defence deals"


def test_organisations_are_named(demo):
    assert demo.briefing["entities"].get("organizations")


def test_places_are_named(demo):
    assert demo.briefing["entities"].get("places")


# --- the pages ----------------------------------------------------------------------------------

def test_index_lists_the_seed_briefing(demo):
    doc = demo.doc("index.html")
    assert ARTICLE in [a.attrs["href"] for a in doc.find_all("a", href=True)]
    assert demo.briefing["title"] in doc.text


def test_article_page_has_the_title(demo):
    doc = demo.doc(ARTICLE)
    assert doc.find("h1").text == demo.briefing["title"]
    assert demo.briefing["title"] in doc.find("title").text


def test_article_page_lists_kurt_campbell_with_his_role(demo):
    section = demo.doc(ARTICLE).section_of("speakers")
    assert section is not None
    entries = [li.text for li in section.find_all("li")]
    assert any(CAMPBELL in e and CAMPBELL_ROLE in e for e in entries), entries


def test_article_page_has_key_quotes_as_blockquotes(demo):
    section = demo.doc(ARTICLE).section_of("key-quotes")
    assert section is not None
    quotes = [b.text for b in section.find_all("blockquote")]
    assert any(CAMPBELL_DIRECT in q for q in quotes), quotes


def test_article_page_has_reported_statements(demo):
    section = demo.doc(ARTICLE).section_of("reported")
    assert section is not None
    assert CAMPBELL_INDIRECT in section.text


def test_article_page_links_the_topics(demo):
    section = demo.doc(ARTICLE).section_of("topics")
    assert section is not None
    linked = {a.text for a in section.find_all("a", href=True)}
    assert {"iCET", "Quad", "Defence deals"} <= linked


def test_article_page_marks_quotes_in_the_full_text(demo):
    section = demo.doc(ARTICLE).section_of("full-text")
    assert section is not None
    marks = [m for m in section.find_all("mark") if "quote" in m.classes and "id" in m.attrs]
    kinds = {k for m in marks for k in m.classes if k in ("direct", "indirect")}
    assert kinds == {"direct", "indirect"}
    assert any(CAMPBELL_DIRECT in m.text for m in marks)
    assert '<mark class="quote ' in (demo.out / ARTICLE).read_text(encoding="utf-8")


def test_speaker_page_lists_kurt_campbells_quotes(demo):
    href = link_to(demo.doc(ARTICLE), CAMPBELL)
    assert href is not None
    page = (demo.out / "articles" / href).resolve()
    assert page.is_file()
    doc = parse_html(page.read_text(encoding="utf-8"))
    assert doc.find("h1").text == CAMPBELL
    assert CAMPBELL_ROLE in doc.text
    assert CAMPBELL_DIRECT in doc.text
    assert CAMPBELL_INDIRECT in doc.text
    assert f"../{ARTICLE}" in [a.attrs["href"].split("#")[0] for a in doc.find_all("a", href=True)]


@pytest.mark.parametrize("topic", ["icet", "quad", "defence-deals"])
def test_topic_pages_exist_and_link_the_article(demo, topic):
    doc = demo.doc(f"topics/{topic}.html")
    assert f"../{ARTICLE}" in [a.attrs["href"].split("#")[0] for a in doc.find_all("a", href=True)]


def test_speaker_and_topic_indexes(demo):
    speakers = demo.doc("speakers/index.html")
    assert link_to(speakers, CAMPBELL) is not None
    topics = demo.doc("topics/index.html")
    for name in ("iCET", "Quad", "Defence deals"):
        assert link_to(topics, name) is not None, name


# --- reproducible builds ------------------------------------------------------------------------

def test_building_twice_gives_byte_identical_output(tmp_path):
    project = copy_demo(tmp_path / "project", briefings=False)
    out = tmp_path / "site"
    _build(project, out)
    first = _snapshot(out)
    briefing = (project / "content" / "briefings" / f"{SEED_SLUG}.yaml").read_bytes()
    report = _build(project, out)
    assert report.extracted == 0 and report.reused == 1
    assert _snapshot(out) == first
    assert (project / "content" / "briefings" / f"{SEED_SLUG}.yaml").read_bytes() == briefing


def test_a_clean_build_elsewhere_gives_the_same_site(demo, tmp_path):
    # Pagefind's own index files (pagefind/, when the optional indexer is installed) are not written in a
    # stable order by Pagefind itself (see newsbrief/search.py), so a clean build compares everything else.
    project = copy_demo(tmp_path / "elsewhere", briefings=False)
    out = tmp_path / "out"
    _build(project, out)

    def ours(snapshot):
        return {rel: data for rel, data in snapshot.items() if not rel.startswith("pagefind/")}

    assert ours(_snapshot(out)) == ours(_snapshot(demo.out))
