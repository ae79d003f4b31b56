"""The command line, through click's CliRunner: what a user types and what they see."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from helpers import REPO_ROOT, SEED_SLUG, write_article
from newsbrief import __version__, store
from newsbrief.cli import main

BAD_ARTICLE = "---\ntitle: Bad date\ndate: next Tuesday\n---\nBody text.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lower().startswith("error")]


# --- build ---------------------------------------------------------------------------------------

def test_build_the_demo_copy(runner, demo_project):
    result = runner.invoke(main, ["build", "--project", str(demo_project)])
    assert result.exit_code == 0, result.output
    site = demo_project / "site"
    for rel in ("index.html", f"articles/{SEED_SLUG}.html", "speakers/index.html", "topics/index.html"):
        assert (site / rel).is_file(), rel
    assert (demo_project / "content" / "briefings" / f"{SEED_SLUG}.yaml").is_file()
    assert re.search(r"\b1 articles?\b", result.stdout)
    assert str(site) in result.stdout


def test_build_options_content_out_and_base_url(runner, demo_project, tmp_path):
    out = tmp_path / "public"
    result = runner.invoke(main, ["build", "--project", str(demo_project), "--content",
                                  str(demo_project / "content"), "--out", str(out), "--base-url",
                                  "https://example.org/briefs/"])
    assert result.exit_code == 0, result.output
    page = (out / "articles" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
    assert f'href="https://example.org/briefs/articles/{SEED_SLUG}.html"' in page
    assert not (demo_project / "site").exists()


def test_build_quiet_prints_nothing_on_success(runner, demo_project):
    result = runner.invoke(main, ["build", "--project", str(demo_project), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_drafts_are_built_only_with_drafts(runner, demo_project):
    write_article(demo_project / "content" / "articles", "draft-note.md",
                  "---\ntitle: Draft note\ndraft: true\n---\n“Not yet,” the editor said.\n")
    page = demo_project / "site" / "articles" / "draft-note.html"
    assert runner.invoke(main, ["build", "--project", str(demo_project), "-q"]).exit_code == 0
    assert not page.exists()
    assert runner.invoke(main, ["build", "--project", str(demo_project), "-q", "--drafts"]).exit_code == 0
    assert page.is_file()


def test_bad_article_is_reported_in_one_line_and_the_rest_is_built(runner, demo_project):
    bad = write_article(demo_project / "content" / "articles", "bad.md", BAD_ARTICLE)
    result = runner.invoke(main, ["build", "--project", str(demo_project)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert _error_lines(result.stderr) == [f"error: {bad}:3: front matter 'date' 'next Tuesday' is not a date "
                                           "(use YYYY-MM-DD)"]
    assert (demo_project / "site" / "articles" / f"{SEED_SLUG}.html").is_file()


def test_strict_stops_at_the_first_bad_article(runner, demo_project):
    bad = write_article(demo_project / "content" / "articles", "bad.md", BAD_ARTICLE)
    result = runner.invoke(main, ["build", "--project", str(demo_project), "--strict"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = _error_lines(result.stderr)
    assert len(lines) == 1 and lines[0].lower().startswith(f"error: {bad}:3: ".lower())
    assert not (demo_project / "site").exists()


def test_bad_config_is_one_line_naming_file_and_line(runner, demo_project):
    (demo_project / "newsbrief.yaml").write_text("title: T\nper_page: lots\n", encoding="utf-8")
    result = runner.invoke(main, ["build", "--project", str(demo_project)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = _error_lines(result.stderr)
    assert len(lines) == 1 and f"{demo_project / 'newsbrief.yaml'}:2: " in lines[0]


# --- extract -------------------------------------------------------------------------------------

def test_extract_prints_yaml_that_store_accepts(runner, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    result = runner.invoke(main, ["extract", f"content/articles/{SEED_SLUG}.txt"])
    assert result.exit_code == 0, result.output
    b = store.loads(result.stdout, "<stdout>")
    assert b["title"]
    assert b["provenance"]["source_path"].endswith(f"{SEED_SLUG}.txt")
    assert any(s["name"] == "Kurt Campbell" for s in b["speakers"])
    assert not store.is_edited(b)


def test_extract_out_writes_one_yaml_per_file(runner, demo_project, tmp_path):
    articles = demo_project / "content" / "articles"
    other = write_article(articles, "second-story.md",
                          "---\ntitle: Second\n---\n“It works,” Anna Smith, the minister, said.\n")
    out = tmp_path / "briefs"
    result = runner.invoke(main, ["extract", "--project", str(demo_project), "--out", str(out),
                                  str(articles / f"{SEED_SLUG}.txt"), str(other)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{SEED_SLUG}.yaml", "second-story.yaml"])
    for p in out.iterdir():
        store.load_briefing(p)
        assert str(p) in result.stdout


def test_extract_several_files_without_out_is_a_usage_error(runner, demo_project):
    f = demo_project / "content" / "articles" / f"{SEED_SLUG}.txt"
    result = runner.invoke(main, ["extract", str(f), str(f)])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_extract_bad_article_is_one_line_and_exit_1(runner, tmp_path):
    bad = write_article(tmp_path, "bad.md", BAD_ARTICLE)
    result = runner.invoke(main, ["extract", "--project", str(tmp_path), str(bad)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert _error_lines(result.stderr) == [f"error: {bad}:3: front matter 'date' 'next Tuesday' is not a date "
                                           "(use YYYY-MM-DD)"]


def test_extract_missing_file_is_one_line(runner, tmp_path):
    result = runner.invoke(main, ["extract", "--project", str(tmp_path), str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    lines = _error_lines(result.stderr)
    assert len(lines) == 1 and "nope.txt" in lines[0]


# --- briefings a person edited ----------------------------------------------------------------------

def _briefing_path(project):
    return project / "content" / "briefings" / f"{SEED_SLUG}.yaml"


def _edit_role(project, role: str) -> str:
    """Change Kurt Campbell's role in the stored briefing, as an editor would, and return the new text."""
    path = _briefing_path(project)
    b = store.load_briefing(path)
    next(s for s in b["speakers"] if s["name"] == "Kurt Campbell")["role"] = role
    store.write_briefing(path, b)
    return path.read_text(encoding="utf-8")


def test_an_edited_briefing_is_kept_and_shown(runner, demo_project):
    assert runner.invoke(main, ["build", "--project", str(demo_project), "-q"]).exit_code == 0
    edited = _edit_role(demo_project, "Deputy Secretary (edited)")
    result = runner.invoke(main, ["build", "--project", str(demo_project)])
    assert result.exit_code == 0, result.output
    assert "1 edited kept" in result.stdout
    assert _briefing_path(demo_project).read_text(encoding="utf-8") == edited
    page = (demo_project / "site" / "articles" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
    assert "Deputy Secretary (edited)" in page


def test_reviewed_true_protects_an_unchanged_briefing(runner, demo_project):
    assert runner.invoke(main, ["build", "--project", str(demo_project), "-q"]).exit_code == 0
    path = _briefing_path(demo_project)
    text = path.read_text(encoding="utf-8").replace("\nspeakers:", "\nreviewed: true\nspeakers:", 1)
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["build", "--project", str(demo_project)])
    assert result.exit_code == 0, result.output
    assert "1 edited kept" in result.stdout
    assert path.read_text(encoding="utf-8") == text


def test_extract_force_replaces_an_edited_briefing(runner, demo_project, monkeypatch):
    assert runner.invoke(main, ["build", "--project", str(demo_project), "-q"]).exit_code == 0
    _edit_role(demo_project, "Deputy Secretary (edited)")
    monkeypatch.chdir(demo_project)
    result = runner.invoke(main, ["extract", "--force", f"content/articles/{SEED_SLUG}.txt"])
    assert result.exit_code == 0, result.output
    assert "discarded" in result.stdout
    b = store.load_briefing(_briefing_path(demo_project))
    assert not store.is_edited(b)
    assert "Deputy Secretary (edited)" not in _briefing_path(demo_project).read_text(encoding="utf-8")


def test_invalid_stored_briefing_is_one_line_naming_file_and_line(runner, demo_project):
    assert runner.invoke(main, ["build", "--project", str(demo_project), "-q"]).exit_code == 0
    path = _briefing_path(demo_project)
    text = path.read_text(encoding="utf-8").replace("\nspeakers:", "\nnotes: check this\nspeakers:", 1)
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["build", "--project", str(demo_project)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = _error_lines(result.stderr)
    assert len(lines) == 1
    assert re.match(rf"error: {re.escape(str(path))}:\d+: .*unknown key.*notes", lines[0]), lines[0]


# --- check and publish ---------------------------------------------------------------------------------

def test_check_passes_on_the_built_demo(runner, demo_project):
    assert runner.invoke(main, ["build", "--project", str(demo_project), "-q"]).exit_code == 0
    result = runner.invoke(main, ["check", "--project", str(demo_project)])
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.stdout


def test_check_reports_a_quote_that_is_not_in_the_article(runner, demo_project):
    assert runner.invoke(main, ["build", "--project", str(demo_project), "-q"]).exit_code == 0
    path = _briefing_path(demo_project)
    b = store.load_briefing(path)
    b["quotes"][0]["text"] = "Words nobody said"
    store.write_briefing(path, b)
    result = runner.invoke(main, ["check", "--project", str(demo_project)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert any(str(path) in line for line in _error_lines(result.stderr))


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_publish_commits_the_site_to_a_branch(runner, demo_project):
    def git(*args):
        return subprocess.run(["git", *args], cwd=demo_project, check=True, capture_output=True, text=True).stdout

    git("init", "-q", "-b", "main")
    result = runner.invoke(main, ["publish", "--project", str(demo_project), "--branch", "gh-pages",
                                  "-m", "Test edition"])
    assert result.exit_code == 0, result.output
    assert "gh-pages" in result.stdout
    files = git("ls-tree", "-r", "--name-only", "gh-pages").split()
    assert "index.html" in files and f"articles/{SEED_SLUG}.html" in files
    assert git("log", "-1", "--format=%s", "gh-pages").strip() == "Test edition"
    again = runner.invoke(main, ["publish", "--project", str(demo_project), "--no-build"])
    assert again.exit_code == 0, again.output
    assert "already holds this site" in again.stdout


# --- help and docs -------------------------------------------------------------------------------

def _commands():
    return sorted(main.commands)


def test_there_are_commands():
    assert {"build", "extract"} <= set(_commands())


@pytest.mark.parametrize("command", [[]] + [[c] for c in sorted(main.commands)])
def test_every_help_has_an_examples_section(runner, command):
    result = runner.invoke(main, command + ["--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output
    examples = result.output.split("Examples:", 1)[1]
    assert "newsbrief " + (command[0] if command else "") in examples


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command):
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newsbrief {command}" in readme


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_option_of_every_command_is_in_the_readme(command):
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for param in main.commands[command].params:
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help":
                assert opt in readme, f"newsbrief {command} {opt} is not documented in README.md"


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output
