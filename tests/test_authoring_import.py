"""newsbrief import: saved news web pages (tests/fixtures/pages/) → Markdown articles with the
right metadata, every paragraph and quote of the story, and none of the page around it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import main
from newsbrief.importer import drop_boilerplate, import_page, read_page
from newsbrief.load import load_article

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"

# Per page: the front matter expected, text that must be kept (paragraphs and quotes, word for
# word), and text from the page around the article that must be gone.
CASES = {
    "harbor-gazette-ferry.html": {
        "slug": "island-ferry-timetable-to-be-cut-by-a-third-operator-confirms",
        "meta": {"title": "Island ferry timetable to be cut by a third, operator confirms",
                 "date": dt.date(2024, 3, 12), "author": "Fiona MacLeod", "source": "The Harbor Gazette",
                 "url": "https://www.harborgazette.example.com/news/2024/03/12/island-ferry-timetable-cut"},
        "kept": [
            "The operator of the Mull Point ferry has confirmed that winter sailings will be cut",
            "“We cannot run a timetable with boats we do not have,” said Gordon Baird",
            "“Six sailings a day is what we can promise and keep, and a promise kept is worth more than a "
            "timetable on paper.”",
            "“My mother’s dialysis finishes at half past three, and by the time we reach the quay the boat has "
            "gone,” said Catriona Munro",
            "“We read about this at the same time as everyone else, and that is not how a lifeline service "
            "should be run,” Ms Ross said.",
            "The reduced timetable is due to run until the end of October",
        ],
        "gone": ["We use cookies", "Accept all", "Subscribe from £1 a week", "Obituaries", "ADVERTISEMENT",
                 "Winter sun breaks", "Hearing aids from Clearsound", "Compare energy tariffs",
                 "Related stories", "Harbour wall repairs to start", "Bus route 42", "Get the Gazette in your inbox",
                 "Share on Facebook", "© 2024 Harbor Gazette Media", "Privacy policy", "Contact the newsroom",
                 "Photo: Gazette staff"],
        "speakers": {"Gordon Baird", "Catriona Munro", "Elaine Ross"},
    },
    "metro-ledger-housing.html": {
        "slug": "city-council-approves-plan-for-4-000-homes-on-former-rail-yards",
        "meta": {"title": "City council approves plan for 4,000 homes on former rail yards",
                 "date": dt.date(2024, 5, 8), "author": "Daniel Okafor", "source": "Metro Ledger",
                 "url": "https://metroledger.example.org/city-hall/council-approves-rail-yards-housing-plan"},
        "kept": [
            "The city council voted 9-4 on Wednesday night to rezone the Eastside rail yards for housing",
            '"This is the largest piece of empty land inside the city limits, and tonight we decided it should '
            'be a neighborhood," said council member Rosa Delgado',
            '"Families who work here should be able to live here."',
            '"Nobody on this council has tried to get on the 8:05 train from Eastside," said council member '
            'Martin Hale',
            "Construction of the first 800 homes could begin next spring",
        ],
        "gone": ["Your privacy choices", "214 partners", "Storm watch in effect", "Crime & Courts", "Puzzles",
                 "unlimited digital access", "Refinance today", "Advertisement", "READ ALSO",
                 "Eastside station study finds", "You have read 3 of 5 free articles", "View 148 comments",
                 "Most Read", "Police arrest two", "RoofRight", "Advertise with us",
                 "Copyright © 2024 Metro Ledger Publishing"],
        "speakers": {"Rosa Delgado", "Martin Hale"},
    },
    "valley-tribune-water.html": {
        "slug": "hosepipe-ban-for-200-000-homes-as-reservoirs-fall-to-record-low",
        "meta": {"title": "Hosepipe ban for 200,000 homes as reservoirs fall to record low",
                 "date": dt.date(2024, 7, 23), "author": "Priya Nair", "source": "Valley Tribune",
                 "url": "https://valleytribune.example.net/news/environment/hosepipe-ban-reservoirs-record-low-2024"},
        "kept": [
            "A hosepipe ban will come into force on Friday for more than 200,000 homes",
            "“Nobody wants to ask customers to change how they live in the middle of summer, but the water in our "
            "reservoirs today is the water we will drink in September,” said Helen Carter",
            "“I have been buying in feed since the first week of June, and that is money you never get back,” "
            "Mr Whitfield said.",
            "“Leaks are not a natural disaster. The company has known where they are for years,” the trust said "
            "in a statement.",
            "The ban does not apply to watering with a can",
        ],
        "gone": ["We value your privacy", "Accept All", "Skip to content", "News from the Upland valleys",
                 "Letters to the Editor", "Search the Tribune", "Valley Motors", "Advertisement",
                 "Solar panels installed", "GreenRoof", "Share this", "The Tribune needs your support",
                 "Previous: Volunteers rescue trout", "12 thoughts on", "Fix the leaks first", "GardenerGeoff",
                 "Trending", "Kelby bypass", "Proudly published with WordPress", "Corrections"],
        "speakers": {"Helen Carter", "James Whitfield"},
    },
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def project(tmp_path) -> Path:
    (tmp_path / "newsbrief.yaml").write_text('title: "Imported news"\n', encoding="utf-8")
    return tmp_path


def _body(path: Path) -> str:
    """The article's body: the file without its front matter."""
    return path.read_text(encoding="utf-8").split("\n---\n", 1)[1]


@pytest.mark.parametrize("name", sorted(CASES))
def test_import_writes_the_article_with_its_metadata(runner, project, name):
    case = CASES[name]
    result = runner.invoke(main, ["import", str(PAGES / name), "--project", str(project)])
    assert result.exit_code == 0, result.output
    path = project / "content" / "articles" / f"{case['slug']}.md"
    assert result.stdout.strip() == str(path)
    assert result.stderr == ""
    article = load_article(path)
    assert not article.warnings
    for key, value in case["meta"].items():
        assert getattr(article, key) == value, key


@pytest.mark.parametrize("name", sorted(CASES))
def test_import_keeps_the_story_and_drops_the_page_around_it(project, name):
    case = CASES[name]
    path = import_page(PAGES / name, project / "content" / "articles").path
    body = _body(path)
    text = " ".join(load_article(path).paragraphs)
    for kept in case["kept"]:
        assert kept in text, kept
    for gone in case["gone"]:
        assert gone not in body, gone
    assert case["meta"]["title"] not in body          # the headline is in the front matter only
    assert "\n\n\n" not in body


@pytest.mark.parametrize("name", sorted(CASES))
def test_imported_articles_build_into_briefings_with_their_speakers(project, name, monkeypatch):
    """What the import is for: the build finds who said what in the imported text."""
    from newsbrief.config import load_config
    from newsbrief.pipeline import build
    from newsbrief.store import load_briefing

    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    case = CASES[name]
    import_page(PAGES / name, project / "content" / "articles")
    report = build(load_config(project), strict=True)
    assert not report.errors
    b = load_briefing(project / "content" / "briefings" / f"{case['slug']}.yaml")
    assert b["source"] == case["meta"]["source"] and b["url"] == case["meta"]["url"]
    names = {s["name"] for s in b["speakers"]}
    assert case["speakers"] <= names, names
    assert sum(q["kind"] == "direct" for q in b["quotes"]) >= 2


def test_several_pages_at_once_with_a_summary_and_no_progress_bar_off_a_terminal(runner, project):
    result = runner.invoke(main, ["import", *(str(PAGES / n) for n in sorted(CASES)), "--project", str(project)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (project / "content" / "articles").iterdir())
    assert written == sorted(f"{c['slug']}.md" for c in CASES.values())
    assert "imported 3 of 3 pages" in result.stdout
    assert "importing" not in result.output and "\r" not in result.output     # no progress bar when piped


def test_verbose_shows_the_metadata_and_quiet_shows_nothing(runner, project):
    page = str(PAGES / "metro-ledger-housing.html")
    verbose = runner.invoke(main, ["import", page, "--project", str(project), "--verbose"])
    assert verbose.exit_code == 0
    assert "Metro Ledger" in verbose.stdout and "2024-05-08" in verbose.stdout and "Daniel Okafor" in verbose.stdout
    quiet = runner.invoke(main, ["import", page, "--project", str(project), "--quiet", "--force"])
    assert quiet.exit_code == 0 and quiet.output == ""


def test_an_existing_article_is_kept_unless_force(runner, project):
    page = str(PAGES / "harbor-gazette-ferry.html")
    assert runner.invoke(main, ["import", page, "--project", str(project)]).exit_code == 0
    path = project / "content" / "articles" / f"{CASES['harbor-gazette-ferry.html']['slug']}.md"
    path.write_text("---\ntitle: Edited\n---\nMy edit.\n", encoding="utf-8")
    again = runner.invoke(main, ["import", page, "--project", str(project)])
    assert again.exit_code == 1
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert path.read_text(encoding="utf-8") == "---\ntitle: Edited\n---\nMy edit.\n"
    forced = runner.invoke(main, ["import", page, "--project", str(project), "--force"])
    assert forced.exit_code == 0, forced.output
    assert "Gordon Baird" in path.read_text(encoding="utf-8")


def test_the_same_page_twice_in_one_run_is_not_written_twice(runner, project):
    page = str(PAGES / "harbor-gazette-ferry.html")
    result = runner.invoke(main, ["import", page, page, "--project", str(project), "--force"])
    assert result.exit_code == 1
    assert "imported before it in this run" in result.stderr


NAV_ONLY = """<!DOCTYPE html><html><head><title>Home | Example News</title></head><body>
<div class="cookie-banner"><p>We use cookies. <button>Accept all</button></p></div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<footer><p>© 2024 Example News Ltd. All rights reserved.</p><p>Privacy policy | Terms</p></footer>
</body></html>"""

BAD_INPUTS = {
    "notes.html": ("Just some notes I typed, not a web page at all.\nSecond line.\n", "not an HTML page"),
    "photo.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not an HTML page"),
    "empty.html": ("", "not an HTML page"),
    "data.html": ('{"title": "JSON, not HTML"}', "not an HTML page"),
    "front-page.html": (NAV_ONLY, "no article text found"),
    "stub.html": ("<html><body><article><p>Too short to be news.</p></article></body></html>",
                  "no article text found"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_naming_the_file(runner, project, tmp_path, name):
    content, message = BAD_INPUTS[name]
    page = tmp_path / name
    page.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = runner.invoke(main, ["import", str(page), "--project", str(project)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {page}: ") and message in lines[0]
    assert "Traceback" not in result.output
    assert not (project / "content" / "articles").exists() or not any((project / "content" / "articles").iterdir())


def test_a_missing_page_is_an_error_and_the_others_are_still_imported(runner, project, tmp_path):
    missing = tmp_path / "gone.html"
    result = runner.invoke(main, ["import", str(missing), str(PAGES / "metro-ledger-housing.html"),
                                  "--project", str(project)])
    assert result.exit_code == 1
    assert f"error: {missing}: cannot read file" in result.stderr
    assert (project / "content" / "articles" / f"{CASES['metro-ledger-housing.html']['slug']}.md").is_file()
    assert "imported 1 of 2 pages" in result.stdout and "1 failed" in result.stdout


def test_no_url_but_a_saved_from_comment(tmp_path):
    """A page saved by a browser names its address in a comment; used when there is no canonical link."""
    html = (PAGES / "harbor-gazette-ferry.html").read_text(encoding="utf-8")
    for tag in ('<link rel="canonical"', '<meta property="og:url"', '"mainEntityOfPage"'):
        html = "\n".join(line for line in html.splitlines() if tag not in line)
    page = tmp_path / "saved.html"
    page.write_text(html, encoding="utf-8")
    assert read_page(page).url == "https://www.harborgazette.example.com/news/2024/03/12/island-ferry-timetable-cut"


def test_missing_metadata_is_a_warning_not_an_error(runner, project, tmp_path):
    page = tmp_path / "bare.html"
    paragraphs = "".join(f"<p>Paragraph {i} says that the harbour master inspected the quay walls and found "
                         f"them sound after the storm of the previous week.</p>" for i in range(4))
    page.write_text(f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    result = runner.invoke(main, ["import", str(page), "--project", str(project)])
    assert result.exit_code == 0, result.output
    assert "no publication date found" in result.stderr
    article = load_article(project / "content" / "articles" / "bare.md")
    assert article.date is None and "harbour master" in article.text


def test_boilerplate_cleaner_keeps_the_article_container():
    from lxml import html
    tree = html.fromstring('<html><body><div class="article-body share-enabled"><h1>T</h1><p>Text</p></div>'
                           '<div class="ad-slot"><p>Buy now</p></div>'
                           '<div class="headline-wrap">Kept</div></body></html>')
    assert drop_boilerplate(tree) == 1
    text = tree.text_content()
    assert "Text" in text and "Kept" in text and "Buy now" not in text
