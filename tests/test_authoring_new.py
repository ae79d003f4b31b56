"""newsbrief new: a new article file with front matter, its path printed, nothing overwritten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import main
from newsbrief.load import load_article
from newsbrief.scaffold import init_site, today


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def site(tmp_path) -> Path:
    init_site(tmp_path / "site")
    return tmp_path / "site"


def test_new_writes_the_article_and_prints_its_path(runner, site, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1718755200")          # 2024-06-19 00:00 UTC
    result = runner.invoke(main, ["new", "Council approves new cycle lanes", "--project", str(site)])
    assert result.exit_code == 0, result.output
    path = site / "content" / "articles" / "council-approves-new-cycle-lanes.md"
    assert path.is_file()
    assert Path(result.stdout.strip()).resolve() == path.resolve()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Council approves new cycle lanes\ndate: 2024-06-19\nsource: ''\n---\n")
    article = load_article(path)
    assert article.title == "Council approves new cycle lanes"
    assert article.date == dt.date(2024, 6, 19)
    assert article.source is None and not article.warnings


def test_new_uses_today_without_source_date_epoch(runner, site, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.date.today()
    result = runner.invoke(main, ["new", "Storm closes coast road", "--project", str(site)])
    assert result.exit_code == 0, result.output
    article = load_article(site / "content" / "articles" / "storm-closes-coast-road.md")
    assert before <= article.date <= dt.date.today()


def test_path_is_relative_to_the_current_folder(runner, site, monkeypatch):
    monkeypatch.chdir(site)
    result = runner.invoke(main, ["new", "Minister resigns"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(Path("content") / "articles" / "minister-resigns.md")


def test_an_existing_file_is_never_overwritten(runner, site):
    args = ["new", "Minister resigns", "--project", str(site)]
    assert runner.invoke(main, args).exit_code == 0
    path = site / "content" / "articles" / "minister-resigns.md"
    path.write_text("---\ntitle: Minister resigns\n---\nMy draft.\n", encoding="utf-8")
    again = runner.invoke(main, args)
    assert again.exit_code == 1
    assert "already exists" in again.stderr and str(path) in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.output
    assert path.read_text(encoding="utf-8") == "---\ntitle: Minister resigns\n---\nMy draft.\n"


def test_headline_with_quotes_and_colons_round_trips(runner, site):
    headline = 'Mayor: "We will not back down" on 5% fare rise'
    result = runner.invoke(main, ["new", headline, "--project", str(site)])
    assert result.exit_code == 0, result.output
    article = load_article(Path(site / "content" / "articles" / "mayor-we-will-not-back-down-on-5-fare-rise.md"))
    assert article.title == headline


@pytest.mark.parametrize("headline", ["¿¿!!", "   ", "Index"])
def test_a_headline_that_makes_no_usable_file_name(runner, site, headline):
    result = runner.invoke(main, ["new", headline, "--project", str(site)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_new_article_builds(runner, site, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    assert runner.invoke(main, ["new", "Harbour wall repairs begin", "--project", str(site)]).exit_code == 0
    result = runner.invoke(main, ["build", "--project", str(site)])
    assert result.exit_code == 0, result.output
    assert (site / "site" / "articles" / "harbour-wall-repairs-begin.html").is_file()


def test_a_folder_that_is_no_site_gets_a_warning(runner, tmp_path):
    result = runner.invoke(main, ["new", "Hello there", "--project", str(tmp_path)])
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "newsbrief init" in result.stderr


def test_project_must_exist(runner, tmp_path):
    result = runner.invoke(main, ["new", "Hello", "--project", str(tmp_path / "nope")])
    assert result.exit_code == 2


def test_bad_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    from newsbrief.errors import NewsbriefError
    with pytest.raises(NewsbriefError, match="SOURCE_DATE_EPOCH"):
        today()
