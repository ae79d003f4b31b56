"""Issue 6 — incremental builds that stay correct: after any edit, a build in place gives the
same site, byte for byte, as a clean build of the project as it is now; files nothing
reaches are not made again; and a build with nothing changed does nothing."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from incremental_helpers import (THINGS, article_text, assert_same_site, clean_build, edit, inodes, make_project,
                                 run, same_time, tree)
from newsbrief import cache
from newsbrief.render import default_theme_dir


@pytest.fixture(autouse=True)
def _no_search(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def project(tmp_path) -> Path:
    p = make_project(tmp_path / "project")
    assert not run(p).errors
    return p


def changed_files(before: dict[str, int], site: Path) -> set[str]:
    """The files a build wrote or removed (a file carried over keeps its inode)."""
    after = inodes(site)
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


# --- nothing changed ----------------------------------------------------------------------------

def test_a_build_with_nothing_changed_does_nothing(project):
    site = project / "site"
    first = tree(site), inodes(site), {p: p.stat().st_mtime_ns for p in site.rglob("*")}
    report = run(project)
    assert report.noop and report.changed == 0 and report.rendered == 0 and report.extracted == 0
    assert (tree(site), inodes(site), {p: p.stat().st_mtime_ns for p in site.rglob("*")}) == first
    assert report.articles == 10 and report.pages == len([k for k in first[0] if k.endswith(".html")])
    assert any("search is off" in w for w in report.warnings)     # the same warnings, said again


def test_the_no_op_build_checks_the_site_as_well(project):
    site = project / "site"
    expected = tree(site)
    (site / "index.html").write_text("tampered", encoding="utf-8")
    (site / "stray.html").write_text("not ours", encoding="utf-8")
    (site / "articles" / "story-01.html").unlink()
    report = run(project)
    assert not report.noop
    assert tree(site) == expected


def test_an_article_saved_again_unchanged_renders_nothing(project):
    path = project / "content" / "articles" / "story-02.md"
    path.write_bytes(path.read_bytes())
    report = run(project)
    assert not report.noop and report.rendered == 0 and report.changed == 0 and report.extracted == 0


# --- each kind of edit ----------------------------------------------------------------------------

def test_a_reworded_quote_changes_its_pages_and_no_others(project, tmp_path):
    site = project / "site"
    article = project / "content" / "articles" / "story-03.md"
    speaker = article.read_text(encoding="utf-8").split("said ", 1)[1].split(",")[0]
    speaker_page = f"speakers/{speaker.lower().replace(' ', '-')}.html"
    assert (site / speaker_page).is_file()
    before, pages = inodes(site), tree(site)
    edit(article, "on time", "on time and on budget")
    report = run(project)
    assert report.extracted == 1 and report.reused == 9
    changed = changed_files(before, site)
    assert {"articles/story-03.html", "api/briefings/story-03.json", speaker_page} <= changed
    assert "on time and on budget" in (site / speaker_page).read_text(encoding="utf-8")
    untouched = {f"articles/story-{i:02d}.html" for i in range(10) if i != 3} | {"404.html", "search.html"}
    assert not changed & untouched
    assert report.rendered < len(pages) // 3
    assert_same_site(tree(site), clean_build(project, tmp_path))


def test_a_template_change_renders_the_pages_that_use_it(project, tmp_path):
    site = project / "site"
    before = inodes(site)
    theme = (default_theme_dir() / "article.html").read_text(encoding="utf-8")
    (project / "templates").mkdir()
    (project / "templates" / "article.html").write_text(
        theme.replace("<h1>{{ article.title }}</h1>", "<h1 class='mine'>{{ article.title }}</h1>"), encoding="utf-8")
    run(project)
    changed = changed_files(before, site)
    assert {f"articles/story-{i:02d}.html" for i in range(10)} <= changed
    assert "class='mine'" in (site / "articles" / "story-00.html").read_text(encoding="utf-8")
    assert not changed & {"index.html", "speakers/index.html", "topics/index.html", "feed.xml", "api/index.json"}
    assert_same_site(tree(site), clean_build(project, tmp_path))
    # and back to the theme's
    shutil.rmtree(project / "templates")
    run(project)
    assert "class='mine'" not in (site / "articles" / "story-00.html").read_text(encoding="utf-8")
    assert_same_site(tree(site), clean_build(project, tmp_path))


def test_an_edited_base_template_renders_every_page(project, tmp_path):
    site = project / "site"
    (project / "templates").mkdir()
    base = (default_theme_dir() / "base.html").read_text(encoding="utf-8")
    (project / "templates" / "base.html").write_text(base.replace("Built with newsbrief.", "Built by us."),
                                                     encoding="utf-8")
    run(project)
    for page in site.rglob("*.html"):
        assert "Built by us." in page.read_text(encoding="utf-8"), page
    assert_same_site(tree(site), clean_build(project, tmp_path))


def test_a_topic_description_reaches_every_page_that_shows_it(project, tmp_path):
    site = project / "site"
    edit(project / "content" / "topics.yaml", "Budgets, taxes and growth.", "Public money, in and out.")
    run(project)
    assert "Public money, in and out." in (site / "topics" / "economy.html").read_text(encoding="utf-8")
    assert "Public money, in and out." in (site / "topics" / "index.html").read_text(encoding="utf-8")
    assert_same_site(tree(site), clean_build(project, tmp_path))


def test_a_setting_changes_what_shows_it(project, tmp_path):
    site = project / "site"
    edit(project / "newsbrief.yaml", 'title: "Incremental"', 'title: "Renamed"')
    report = run(project)
    assert not report.noop
    assert all("Renamed" in p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert_same_site(tree(site), clean_build(project, tmp_path))
    report = run(project, base_url="https://example.org/x/")
    assert (site / "sitemap.xml").is_file()
    assert_same_site(tree(site), clean_build(project, tmp_path, base_url="https://example.org/x/"))


def test_a_briefing_edited_by_hand_reaches_the_speaker_everywhere(project, tmp_path):
    site = project / "site"
    briefing = project / "content" / "briefings" / "story-04.yaml"
    text = briefing.read_text(encoding="utf-8")
    name = text.split("name: ", 1)[1].split("\n", 1)[0]
    briefing.write_text(text.replace(f"name: {name}", f"name: {name} Jr"), encoding="utf-8")
    report = run(project)
    assert report.kept_edited == 1
    assert f"{name} Jr" in (site / "articles" / "story-04.html").read_text(encoding="utf-8")
    assert_same_site(tree(site), clean_build(project, tmp_path))


def test_a_quote_given_to_another_speaker_and_topic_moves_every_count_that_shows_it(project, tmp_path):
    """The site counts quotes from each article's tally (model.quote_tally): a quote moved to
    another speaker and topic by hand changes the counts on the pages that show them (both
    speakers' pages, both topics' pages, the lists of speakers and topics, the front page's
    matrix, the API index), and no other article's page."""
    site = project / "site"
    briefing = project / "content" / "briefings" / "story-04.yaml"
    text = briefing.read_text(encoding="utf-8")
    quotes = text.split("\nquotes:\n", 1)[1].split("\ntopics:\n", 1)[0].split("- kind: ")
    last = quotes[-1]                # "… speaker: A / text / paragraph / topics: - T / cue"
    speaker = last.split("speaker: ", 1)[1].split("\n", 1)[0]
    topic = last.split("topics:\n  - ", 1)[1].split("\n", 1)[0]
    others = [s.split("speaker: ", 1)[1].split("\n", 1)[0] for s in quotes[1:-1]]
    other_speaker = next(s for s in others if s != speaker)
    other_topic = next(t for t in ("economy", "transport", "health", "energy", "education", "trade")
                       if t != topic and f"- id: {t}\n" in text)
    moved = last.replace(f"speaker: {speaker}\n", f"speaker: {other_speaker}\n") \
                .replace(f"topics:\n  - {topic}\n", f"topics:\n  - {other_topic}\n")
    briefing.write_text(text.replace(last, moved), encoding="utf-8")
    before = inodes(site)
    report = run(project)
    assert report.kept_edited == 1
    changed = changed_files(before, site)
    assert {"index.html", "speakers/index.html", "topics/index.html", "api/index.json",
            f"speakers/{speaker}.html", f"speakers/{other_speaker}.html",
            f"topics/{topic}.html", f"topics/{other_topic}.html", "articles/story-04.html"} <= changed
    assert not changed & {f"articles/story-{i:02d}.html" for i in range(10) if i != 4}
    assert_same_site(tree(site), clean_build(project, tmp_path))


def test_articles_added_and_removed(project, tmp_path):
    site = project / "site"
    articles = project / "content" / "articles"
    (articles / "story-05.md").unlink()
    (articles / "story-99.md").write_text(article_text(99, random.Random(99)), encoding="utf-8")
    run(project)
    assert not (site / "articles" / "story-05.html").exists()
    assert (site / "articles" / "story-99.html").is_file()
    assert_same_site(tree(site), clean_build(project, tmp_path))


@pytest.fixture
def coarse_clock(monkeypatch):
    """A clock tick longer than any build here takes: the tests below put a file's time back
    to stand for an edit in the tick it was written or recorded, which they make after a build;
    with the real RACY_NS (2 s) a build that took longer than that on a loaded machine made
    that edit one that no clock could give (a time older than the file's recording by more
    than a tick), and the tests failed (so a file recorded more than a tick after its time is
    rightly trusted by its time)."""
    monkeypatch.setattr(cache, "RACY_NS", 3600 * 10**9)


def test_an_edit_in_the_same_clock_tick_is_not_missed(project, tmp_path, coarse_clock):
    """A file whose size and time are as recorded is compared by content when its time is too
    close to when it was recorded (an edit within the same tick would not show)."""
    article = project / "content" / "articles" / "story-06.md"
    article.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")   # a time close to the build
    run(project)
    mtime = article.stat().st_mtime_ns
    edit(article, "Officials met on Monday", "Officials met on Friday")   # the same length
    same_time(article, mtime)
    report = run(project)
    assert report.extracted == 1
    assert "Friday" in (project / "site" / "articles" / "story-06.html").read_text(encoding="utf-8")
    assert_same_site(tree(project / "site"), clean_build(project, tmp_path))


def test_a_briefing_edited_in_the_tick_it_was_written_is_not_missed(tmp_path, coarse_clock):
    project = make_project(tmp_path / "project", n=4)
    run(project)                                        # writes every briefing
    briefing = project / "content" / "briefings" / "story-02.yaml"
    mtime = briefing.stat().st_mtime_ns
    text = briefing.read_text(encoding="utf-8")
    role = text.split("role: ", 1)[1].split("\n", 1)[0]
    briefing.write_text(text.replace(f"role: {role}", "role: " + "x" * len(role), 1), encoding="utf-8")
    same_time(briefing, mtime)
    report = run(project)
    assert not report.noop and report.kept_edited == 1
    assert "x" * len(role) in (project / "site" / "articles" / "story-02.html").read_text(encoding="utf-8")


# --- paginated lists --------------------------------------------------------------------------------

def _budget_story(i: int, day: int) -> str:
    return (f"---\ntitle: Budget story {i}\ndate: 2024-03-{day:02d}\nsource: Daily News\n---\n"
            f"Officials met to discuss the budget in district {i}.\n\n"
            f"“We will deliver the budget number {i} on time,” said Maria Lopez, the finance minister.\n")


def _bridge_story(i: int) -> str:
    return (f"---\ntitle: Bridge story {i}\ndate: 2024-01-{i + 1:02d}\nsource: Daily News\n---\n"
            f"Engineers inspected the new bridge in district {i}.\n\n"
            f"“The bridge will open in spring,” said John Smith, the opposition leader.\n")


def test_an_article_that_moves_between_pages_renders_the_pages_it_leaves_and_joins(tmp_path):
    """per_page 2; seven budget stories (Economy, Maria Lopez) on four pages, dated the 3rd, 6th,
    … 21st.  Moving story 2 (page 3) between stories 4 and 5 changes pages 2 and 3 (and page 1's
    timeline) but not page 4 nor the pages of the bridge stories; adding stories shifts every
    page and adds page 5; removing five leaves two pages, and the others go."""
    project = make_project(tmp_path / "project", n=0)
    articles = project / "content" / "articles"
    for i in range(1, 8):
        (articles / f"budget-{i}.md").write_text(_budget_story(i, 3 * i), encoding="utf-8")
    for i in range(2):
        (articles / f"bridge-{i}.md").write_text(_bridge_story(i), encoding="utf-8")
    edit(project / "newsbrief.yaml", 'title: "Incremental"', 'title: "Incremental"\nper_page: 2')
    assert not run(project).errors
    site = project / "site"
    economy = ["topics/economy.html"] + [f"topics/economy/page-{n}.html" for n in (2, 3, 4)]
    speaker = ["speakers/maria-lopez.html"] + [f"speakers/maria-lopez/page-{n}.html" for n in (2, 3, 4)]
    assert all((site / p).is_file() for p in economy + speaker) and not (site / "topics/economy/page-5.html").exists()
    assert "budget-2.html" in (site / economy[2]).read_text(encoding="utf-8")
    others = {"topics/transport.html", "speakers/john-smith.html", "topics/index.html", "speakers/index.html"}
    assert all((site / p).is_file() for p in others)

    before = inodes(site)
    edit(articles / "budget-2.md", "date: 2024-03-06", "date: 2024-03-13")     # between stories 4 (12th) and 5 (15th)
    assert not run(project).errors
    changed = changed_files(before, site)
    assert {economy[1], economy[2], speaker[1], speaker[2]} <= changed
    assert not changed & ({economy[3], speaker[3]} | others)
    assert "budget-2.html" in (site / economy[1]).read_text(encoding="utf-8")
    assert_same_site(tree(site), clean_build(project, tmp_path))

    before = inodes(site)
    for i in (8, 9):
        (articles / f"budget-{i}.md").write_text(_budget_story(i, 20 + i), encoding="utf-8")
    assert not run(project).errors
    changed = changed_files(before, site)
    assert {*economy, "topics/economy/page-5.html", *speaker} <= changed
    assert not changed & {"topics/transport.html", "speakers/john-smith.html"}
    assert_same_site(tree(site), clean_build(project, tmp_path))

    for i in (1, 3, 5, 8, 9):                                   # four left: two pages
        (articles / f"budget-{i}.md").unlink()
    assert not run(project).errors
    assert (site / economy[1]).is_file() and not (site / economy[2]).exists() and not (site / speaker[2]).exists()
    assert_same_site(tree(site), clean_build(project, tmp_path))


# --- any sequence of edits --------------------------------------------------------------------------

def _random_edit(project: Path, rng: random.Random, step: int) -> str:
    articles = project / "content" / "articles"
    existing = sorted(articles.glob("*.md"))
    kind = rng.choice(["reword", "reword", "add", "remove", "retitle", "topic", "template", "briefing",
                       "setting", "date"])
    if kind == "reword" and existing:
        path = rng.choice(existing)
        edit(path, "on time", rng.choice(["on time again", "late", "on time, maybe", "soon"]))
    elif kind == "add":
        (articles / f"new-{step}.md").write_text(article_text(50 + step, rng, variant=step), encoding="utf-8")
    elif kind == "remove" and len(existing) > 3:
        rng.choice(existing).unlink()
    elif kind == "retitle" and existing:
        path = rng.choice(existing)
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("title: ", f"title: Update {step}: ", 1), encoding="utf-8")
    elif kind == "topic":
        topics = project / "content" / "topics.yaml"
        name = rng.choice(THINGS)[1]
        topics.write_text(topics.read_text(encoding="utf-8").replace(
            f"name: {name.title()}\n  description: ", f"name: {name.title()}\n  description: Step {step}. "),
            encoding="utf-8")
    elif kind == "template":
        folder = project / "templates"
        if folder.exists():
            shutil.rmtree(folder)
        else:
            folder.mkdir()
            name = rng.choice(["topic.html", "speaker.html", "_macros.html", "index.html"])
            theme = (default_theme_dir() / name).read_text(encoding="utf-8")
            (folder / name).write_text(theme.replace("</h1>", f" <small>v{step}</small></h1>", 1)
                                       if "</h1>" in theme else theme + f"{{# v{step} #}}\n", encoding="utf-8")
    elif kind == "briefing":
        briefings = sorted((project / "content" / "briefings").glob("*.yaml"))
        if briefings:
            path = rng.choice(briefings)
            text = path.read_text(encoding="utf-8")
            if "role: " in text:
                path.write_text(text.replace("role: ", f"role: step {step} ", 1), encoding="utf-8")
    elif kind == "setting":
        cfg = project / "newsbrief.yaml"
        cfg.write_text(cfg.read_text(encoding="utf-8") + f"per_page: {rng.randint(1, 5)}\n"
                       if "per_page" not in cfg.read_text(encoding="utf-8") else
                       'title: "Incremental"\ndescription: "A test site."\n', encoding="utf-8")
    elif kind == "date" and existing:
        path = rng.choice(existing)
        text = path.read_text(encoding="utf-8")
        if "date: " in text:
            path.write_text(text.replace("date: 2024-", "date: 2023-", 1), encoding="utf-8")
    return kind


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_sequence_of_edits_gives_the_site_a_clean_build_gives(tmp_path, seed):
    project = make_project(tmp_path / "project", n=8, seed=seed)
    run(project)
    rng = random.Random(seed)
    done = []
    for step in range(6):
        done.append(_random_edit(project, rng, step))
        if rng.random() < 0.3:
            time.sleep(0.01)
        report = run(project)
        assert not report.errors, report.errors
        assert_same_site(tree(project / "site"), clean_build(project, tmp_path))
        again = run(project)
        assert again.noop and again.changed == 0, done
