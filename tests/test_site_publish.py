"""Issue 5, point 6: ``newsbrief publish`` commits the built site to a git branch the way
ghp-import does (git plumbing on a temporary index, no checkout), adds .nojekyll, and pushes
to a remote — here a local bare repository."""

from __future__ import annotations

import subprocess

import pytest
from click.testing import CliRunner

from browser.fixture import build_site, make_project
from newsbrief.cli import main
from newsbrief.errors import NewsbriefError
from newsbrief.publish import publish


@pytest.fixture(autouse=True)
def isolated_git(tmp_path, monkeypatch):
    """No global or system git config (the user's identity, hooks or aliases) leaks in."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("GIT_CONFIG_GLOBAL", raising=False)
    for var in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL",
                "GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
                "SOURCE_DATE_EPOCH"):
        monkeypatch.delenv(var, raising=False)


def git(cwd, *args) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def repo(tmp_path):
    """A project in a git repository with a commit, a staged change and an untracked file,
    and a bare repository as its 'origin'."""
    project = make_project(tmp_path)
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(project, "init", "-q", "-b", "main")
    git(project, "config", "user.name", "Editor")
    git(project, "config", "user.email", "editor@example.org")
    (project / ".gitignore").write_text("/site/\n")
    git(project, "add", ".gitignore", "newsbrief.yaml", "content")
    git(project, "commit", "-q", "-m", "content")
    (project / "newsbrief.yaml").write_text((project / "newsbrief.yaml").read_text() + "# staged edit\n")
    git(project, "add", "newsbrief.yaml")
    (project / "notes.txt").write_text("untracked\n")
    git(project, "remote", "add", "origin", str(remote))
    build_site(project, project / "site")
    return project, remote


def state(project) -> tuple:
    return (git(project, "rev-parse", "HEAD"), git(project, "symbolic-ref", "HEAD"),
            git(project, "status", "--porcelain"), git(project, "diff", "--cached"),
            git(project, "ls-files", "-s"))


def test_publish_commits_the_site_to_the_branch_and_pushes_it(repo):
    project, remote = repo
    result = publish(project / "site", project, branch="gh-pages", remote="origin")
    assert result.created and result.pushed
    assert git(remote, "rev-parse", "gh-pages") == result.commit == git(project, "rev-parse", "gh-pages")
    tree = set(git(remote, "ls-tree", "-r", "--name-only", "gh-pages").splitlines())
    site = {p.relative_to(project / "site").as_posix() for p in (project / "site").rglob("*") if p.is_file()}
    assert tree == (site - {".newsbrief-site"}) | {".nojekyll"}
    assert {"index.html", "search.html", "feed.xml", "api/index.json", "pagefind/pagefind-ui.js"} <= tree
    assert git(remote, "show", "gh-pages:.nojekyll") == ""
    shown = subprocess.run(["git", "show", "gh-pages:articles/grid-upgrade.html"], cwd=remote, check=True,
                           capture_output=True).stdout
    assert shown == (project / "site" / "articles" / "grid-upgrade.html").read_bytes()
    assert git(remote, "log", "-1", "--format=%an <%ae>", "gh-pages") == "Editor <editor@example.org>"
    assert git(remote, "log", "-1", "--format=%s", "gh-pages").startswith("Publish site with newsbrief")
    assert git(remote, "rev-list", "--count", "gh-pages") == "1"     # an orphan branch: no project history


def test_publish_leaves_the_work_tree_index_and_branch_alone(repo):
    project, _ = repo
    before = state(project)
    publish(project / "site", project, branch="gh-pages")
    assert state(project) == before
    assert not (project / ".nojekyll").exists()


def test_an_unchanged_site_makes_no_new_commit_and_a_changed_one_builds_on_the_last(repo):
    project, remote = repo
    first = publish(project / "site", project, remote="origin")
    again = publish(project / "site", project, remote="origin")
    assert not again.created and again.commit == first.commit
    (project / "site" / "extra.txt").write_text("new\n")
    third = publish(project / "site", project, remote="origin", message="Evening edition")
    assert third.created
    assert git(remote, "rev-parse", "gh-pages^") == first.commit
    assert git(remote, "log", "-1", "--format=%s", "gh-pages") == "Evening edition"
    (project / "site" / "extra.txt").unlink()
    fourth = publish(project / "site", project, remote="origin")
    assert "extra.txt" not in git(remote, "ls-tree", "--name-only", fourth.commit)


def test_a_diverged_remote_needs_force(repo, tmp_path):
    project, remote = repo
    publish(project / "site", project, remote="origin")
    other = tmp_path / "other"
    git(tmp_path, "clone", "-q", "-b", "gh-pages", str(remote), str(other))
    (other / "elsewhere.txt").write_text("pushed by someone else\n")
    git(other, "add", "elsewhere.txt")
    git(other, "-c", "user.name=X", "-c", "user.email=x@example.org", "commit", "-q", "-m", "other")
    git(other, "push", "-q", "origin", "gh-pages")
    (project / "site" / "extra.txt").write_text("new\n")
    with pytest.raises(NewsbriefError, match="--force"):
        publish(project / "site", project, remote="origin")
    forced = publish(project / "site", project, remote="origin", force=True)
    assert git(remote, "rev-parse", "gh-pages") == forced.commit


def test_the_checked_out_branch_is_refused(repo):
    project, _ = repo
    with pytest.raises(NewsbriefError, match="checked out"):
        publish(project / "site", project, branch="main")


def test_errors_name_the_problem(repo, tmp_path):
    project, _ = repo
    with pytest.raises(NewsbriefError, match="not in a git repository"):
        elsewhere = tmp_path / "plain"
        elsewhere.mkdir()
        publish(project / "site", elsewhere)
    with pytest.raises(NewsbriefError, match="no built site"):
        publish(tmp_path / "nothing", project)
    with pytest.raises(NewsbriefError, match="no git remote named 'upstream'"):
        publish(project / "site", project, remote="upstream")
    with pytest.raises(NewsbriefError, match="not a valid branch name"):
        publish(project / "site", project, branch="bad..name")


def test_without_an_identity_it_commits_as_newsbrief_and_honours_source_date_epoch(repo, monkeypatch):
    project, remote = repo
    git(project, "config", "--unset", "user.name")
    git(project, "config", "--unset", "user.email")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712016000")     # 2024-04-02
    result = publish(project / "site", project, remote="origin", message="m")
    assert git(remote, "log", "-1", "--format=%an <%ae> %at %ct", result.commit) == \
        "newsbrief <newsbrief@localhost> 1712016000 1712016000"


def test_the_same_site_gives_the_same_commit(repo, tmp_path, monkeypatch):
    """With a fixed date and message, publishing is reproducible: same files, same commit id."""
    project, _ = repo
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712016000")
    one = publish(project / "site", project, branch="one", message="m")
    two = publish(project / "site", project, branch="two", message="m")
    assert one.commit == two.commit


def test_the_cli_builds_and_publishes(repo):
    project, remote = repo
    result = CliRunner().invoke(main, ["publish", "--project", str(project), "--remote", "origin",
                                       "--base-url", "https://example.org/briefs/", "-m", "From the CLI"])
    assert result.exit_code == 0, result.output
    assert "committed" in result.output and "pushed to origin" in result.output
    index = git(remote, "show", "gh-pages:index.html")
    assert '<link rel="canonical" href="https://example.org/briefs/index.html">' in index
    assert "sitemap.xml" in git(remote, "ls-tree", "--name-only", "gh-pages")
    again = CliRunner().invoke(main, ["publish", "--project", str(project), "--no-build", "--remote", "origin"])
    assert again.exit_code == 0 and "already holds this site" in again.output


def test_the_cli_reports_errors_without_a_traceback(tmp_path):
    project = make_project(tmp_path)
    result = CliRunner().invoke(main, ["publish", "--project", str(project)])
    assert result.exit_code == 1
    assert "not in a git repository" in result.output and "Traceback" not in result.output
