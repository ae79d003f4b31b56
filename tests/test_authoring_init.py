"""newsbrief init: a new site that builds straight away, and never at the expense of a file."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import parse_html
from newsbrief.cli import main
from newsbrief.load import load_article
from newsbrief.scaffold import SAMPLE_SLUG, init_site, skeleton

FILES = ["newsbrief.yaml", ".gitignore", f"content/articles/{SAMPLE_SLUG}.md", "content/topics.yaml",
         "templates/README.txt"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def no_search(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")     # these tests are about the content, not search


def test_init_writes_the_skeleton(runner, tmp_path):
    site = tmp_path / "my-briefings"
    result = runner.invoke(main, ["init", str(site)])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == sorted(FILES)
    assert sorted(skeleton()) == sorted(FILES)
    assert "created a newsbrief site" in result.stdout
    assert "newsbrief serve" in result.stdout                       # says what to do next
    readme = (site / "templates" / "README.txt").read_text(encoding="utf-8")
    assert "replaces the theme's" in readme and "base.html" in readme


def test_the_new_site_builds_straight_away(runner, tmp_path):
    site = tmp_path / "fresh"
    assert runner.invoke(main, ["init", str(site), "-q"]).exit_code == 0
    result = runner.invoke(main, ["build", "--project", str(site)])
    assert result.exit_code == 0, result.output
    assert "error" not in result.stderr.lower()
    page = parse_html((site / "site" / "articles" / f"{SAMPLE_SLUG}.html").read_text(encoding="utf-8"))
    assert page.find("h1").text == "Riverside library to stay open on Sundays after volunteers step in"
    who = page.section_of("speakers").text
    assert "Amira Haddad" in who and "Tom Ellery" in who
    assert len(page.section_of("key-quotes").find_all("blockquote")) >= 2
    topics = page.section_of("topics").text
    assert "Libraries" in topics                                     # from the site's own topics.yaml
    assert (site / "content" / "briefings" / f"{SAMPLE_SLUG}.yaml").is_file()


def test_sample_article_is_a_proper_article():
    article = load_article_text(skeleton()[f"content/articles/{SAMPLE_SLUG}.md"])
    assert article.date is not None and article.source and article.title
    assert not article.warnings
    assert sum(p.count('"') for p in article.paragraphs) >= 4          # a couple of quotes


def load_article_text(text: str):
    from newsbrief.load import parse_article
    return parse_article(text, f"{SAMPLE_SLUG}.md")


def test_init_creates_missing_parent_folders(runner, tmp_path):
    site = tmp_path / "a" / "b" / "site"
    assert runner.invoke(main, ["init", str(site)]).exit_code == 0
    assert (site / "newsbrief.yaml").is_file()


def test_init_in_an_empty_existing_folder(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    assert runner.invoke(main, ["init", str(tmp_path / "empty")]).exit_code == 0
    assert (tmp_path / "empty" / "newsbrief.yaml").is_file()


def test_a_folder_that_is_not_empty_is_refused(runner, tmp_path):
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 1
    assert "not empty" in result.stderr and "--force" in result.stderr
    assert "Traceback" not in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_force_adds_the_missing_files_and_keeps_the_others(runner, tmp_path):
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "newsbrief.yaml").write_text("title: My own title\n", encoding="utf-8")
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (articles / f"{SAMPLE_SLUG}.md").write_text("---\ntitle: Mine\n---\nMy text.\n", encoding="utf-8")
    result = runner.invoke(main, ["init", str(tmp_path), "--force", "--verbose"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert (tmp_path / "newsbrief.yaml").read_text(encoding="utf-8") == "title: My own title\n"
    assert (articles / f"{SAMPLE_SLUG}.md").read_text(encoding="utf-8") == "---\ntitle: Mine\n---\nMy text.\n"
    assert (tmp_path / "content" / "topics.yaml").is_file()
    assert (tmp_path / "templates" / "README.txt").is_file()
    assert "kept" in result.stderr and "newsbrief.yaml" in result.stderr


def test_force_twice_changes_nothing(tmp_path):
    first = init_site(tmp_path / "s")
    before = {p: p.read_bytes() for p in first.created}
    again = init_site(tmp_path / "s", force=True)
    assert again.created == [] and sorted(again.kept) == sorted(first.created)
    assert {p: p.read_bytes() for p in first.created} == before


def test_a_file_in_the_way_is_an_error(runner, tmp_path):
    target = tmp_path / "site.txt"
    target.write_text("x", encoding="utf-8")
    result = runner.invoke(main, ["init", str(target), "--force"])
    assert result.exit_code == 1
    assert str(target) in result.stderr and "not a folder" in result.stderr
    assert target.read_text(encoding="utf-8") == "x"


def test_quiet_prints_nothing(runner, tmp_path):
    result = runner.invoke(main, ["init", str(tmp_path / "q"), "--quiet"])
    assert result.exit_code == 0 and result.output == ""


def test_sample_loads_with_its_slug(tmp_path):
    init_site(tmp_path)
    article = load_article(tmp_path / "content" / "articles" / f"{SAMPLE_SLUG}.md")
    assert article.slug == SAMPLE_SLUG and article.format == "md"
