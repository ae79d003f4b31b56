"""Issue 4.4 — atomic output: the site is built beside the output and swapped in, so a failed
or killed build leaves the previous site whole; leftovers of killed builds are cleaned up by
the next build; ``build`` refuses output folders it must not replace."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief import store, write
from newsbrief.cli import main
from newsbrief.write import MARKER, SiteWriter

FIRST = ["Maria", "John", "Aisha", "Kenji", "Olga", "Pedro", "Fatima", "Liam", "Chen", "Amara"]
LAST = ["Lopez", "Smith", "Okafor", "Tanaka", "Ivanova", "Silva", "Haddad", "Murphy", "Wei", "Mensah"]
ROLES = ["finance minister", "mayor", "union leader", "chief executive", "health secretary"]
THINGS = ["the budget", "the new bridge", "the hospital plan", "fuel prices", "the school reform", "the port deal"]


@pytest.fixture(autouse=True)
def _no_search(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")


def write_corpus(articles: Path, n: int, seed: int = 7) -> None:
    """``n`` short articles, each with a direct and an indirect quote, from a seeded RNG."""
    rng = random.Random(seed)
    articles.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        thing = rng.choice(THINGS)
        paragraphs = [f"Officials met on Monday to discuss {thing} in district {i}.",
                      f"“We will deliver {thing} on time,” said {who}, the {rng.choice(ROLES)}.",
                      f"{who.split()[1]} said that {thing} would cost less than expected."]
        (articles / f"story-{i:03d}.md").write_text(
            f"---\ntitle: Story {i} about {thing}\ndate: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n---\n"
            + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def set_edition(articles: Path, edition: str) -> None:
    """Two versions of the content: a marker article that differs, and one article only in B."""
    (articles / "marker.md").write_text(
        f"---\ntitle: Edition {edition}\ndate: 2024-06-01\n---\nThis is edition {edition} of the site.\n",
        encoding="utf-8")
    extra = articles / "extra.md"
    if edition == "B":
        extra.write_text("---\ntitle: Only in B\n---\n“B is here,” said Olga Ivanova, the mayor.\n",
                         encoding="utf-8")
    elif extra.exists():
        extra.unlink()


def snapshot(site: Path) -> dict[str, str]:
    """Every file of the site (hidden ones too) with a hash of its bytes."""
    if not site.is_dir():
        return {}
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def leftovers(site: Path) -> list[str]:
    return sorted(p.name for p in site.parent.iterdir() if p.name.startswith(f".{site.name}.")
                  and (".staging-" in p.name or ".old-" in p.name))


def build_cmd(project: Path) -> list[str]:
    return [sys.executable, "-m", "newsbrief.cli", "build", "-q", "--project", str(project)]


def run_build(project: Path) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(build_cmd(project), capture_output=True, text=True, env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - t0


def test_a_killed_build_leaves_the_previous_site_or_the_new_one_whole(tmp_path):
    project = tmp_path / "project"
    articles = project / "content" / "articles"
    site = project / "site"
    write_corpus(articles, 200)

    set_edition(articles, "A")
    run_build(project)
    sites = {"A": snapshot(site)}
    set_edition(articles, "B")
    duration = run_build(project)
    sites["B"] = snapshot(site)
    assert sites["A"] != sites["B"] and "articles/extra.html" in sites["B"]
    assert sites["B"][MARKER] == sites["A"][MARKER]
    current = "B"

    rng = random.Random(20240604)
    outcomes = []
    for _ in range(8):
        target = "A" if current == "B" else "B"
        set_edition(articles, target)
        proc = subprocess.Popen(build_cmd(project), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(0.1, 1.1 * duration))
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        now = snapshot(site)
        whole = now in (sites[current], sites[target])
        assert whole, (f"after a kill the site is neither edition {current} nor {target}: "
                       f"{len(now)} files, {len(set(now.items()) ^ set(sites[target].items()))} differ from {target}")
        outcomes.append((proc.returncode, "new" if now == sites[target] else "previous"))
        if now == sites[target]:
            current = target
        for path in (project / "content" / "briefings").glob("*.yaml"):
            store.load_briefing(path)   # briefings are replaced atomically too: never half written

    print("kill outcomes (exit code, site):", outcomes)
    assert any(code == -signal.SIGKILL for code, _ in outcomes), outcomes
    assert any(state == "previous" for _, state in outcomes), outcomes

    target = "A" if current == "B" else "B"
    set_edition(articles, target)
    run_build(project)
    assert snapshot(site) == sites[target]
    assert leftovers(site) == []


def small_project(root: Path) -> Path:
    articles = root / "content" / "articles"
    write_corpus(articles, 3)
    set_edition(articles, "A")
    return root


def cli_build(project: Path, *args: str):
    result = CliRunner().invoke(main, ["build", "--project", str(project), *args])
    assert "Traceback" not in result.output
    return result


def test_leftovers_of_killed_builds_are_removed_by_the_next_build(tmp_path):
    project = small_project(tmp_path / "project")
    assert cli_build(project).exit_code == 0
    site = project / "site"
    stale_staging = site.with_name(".site.staging-999999")
    stale_old = site.with_name(".site.old-999998")
    empty_staging = site.with_name(".site.staging-5")
    for folder in (stale_staging, stale_old):
        (folder / "articles").mkdir(parents=True)
        (folder / MARKER).write_text("x")
        (folder / "articles" / "half.html").write_text("<p>half a page")
    empty_staging.mkdir()
    not_ours = site.with_name(".site.staging-7")          # the right name, but someone else's files
    not_ours.mkdir()
    (not_ours / "notes.txt").write_text("mine")
    other_name = site.with_name(".site.staging-notes")    # not a name the writer uses
    other_name.mkdir()

    assert cli_build(project).exit_code == 0
    assert not stale_staging.exists() and not stale_old.exists() and not empty_staging.exists()
    assert (not_ours / "notes.txt").read_text() == "mine"
    assert other_name.is_dir()


def test_a_build_killed_between_the_two_renames_gets_the_previous_site_back(tmp_path):
    """Where the atomic exchange is not available the swap is two renames; a kill between them
    leaves only .site.old-PID, which the next build (or write.recover) renames back first."""
    project = small_project(tmp_path / "project")
    assert cli_build(project).exit_code == 0
    site = project / "site"
    previous = snapshot(site)
    site.rename(site.with_name(".site.old-4242"))
    half = site.with_name(".site.staging-4242")
    half.mkdir()
    (half / MARKER).write_text("x")
    assert write.recover(site) == [half]
    assert snapshot(site) == previous
    assert leftovers(site) == []


def test_the_next_build_recovers_before_it_refuses_or_replaces(tmp_path):
    project = small_project(tmp_path / "project")
    assert cli_build(project).exit_code == 0
    site = project / "site"
    previous = snapshot(site)
    site.rename(site.with_name(".site.old-4242"))
    set_edition(project / "content" / "articles", "B")
    assert cli_build(project).exit_code == 0
    assert "articles/extra.html" in snapshot(site) and snapshot(site) != previous
    assert leftovers(site) == []


@pytest.mark.parametrize("exchange", [True, False])
def test_the_swap_replaces_the_whole_folder(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(write, "_exchange", lambda a, b: False)
    out = tmp_path / "site"
    with SiteWriter(out) as w:
        w.write("index.html", "one")
        w.write("old/page.html", "gone next time")
    with SiteWriter(out) as w:
        w.write("index.html", "two")
        w.write("new/page.html", "new")
    assert snapshot(out).keys() == {MARKER, "index.html", "new/page.html"}
    assert (out / "index.html").read_text() == "two"
    assert leftovers(out) == []


def test_an_error_inside_the_writer_leaves_the_previous_site(tmp_path):
    out = tmp_path / "site"
    with SiteWriter(out) as w:
        w.write("index.html", "one")
    before = snapshot(out)
    with pytest.raises(RuntimeError):
        with SiteWriter(out) as w:
            w.write("index.html", "two")
            raise RuntimeError("render failed")
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_failed_build_leaves_the_previous_site_whole(tmp_path):
    project = small_project(tmp_path / "project")
    assert cli_build(project).exit_code == 0
    site = project / "site"
    before = snapshot(site)
    (project / "templates").mkdir()
    (project / "templates" / "article.html").write_text("{% extends 'base.html' %}{% block content %}"
                                                       "{{ no_such_name.x }}{% endblock %}")
    set_edition(project / "content" / "articles", "B")
    result = cli_build(project)
    assert result.exit_code == 1 and "template error" in result.output
    assert snapshot(site) == before
    assert leftovers(site) == []


def test_writer_refuses_paths_that_leave_the_output(tmp_path):
    with SiteWriter(tmp_path / "site") as w:
        for rel in ("../escape.html", "/etc/passwd", "a/../../b.html", "", "a\\..\\b.html"):
            with pytest.raises(Exception, match="outside the output folder"):
                w.write(rel, "x")
    assert not (tmp_path / "escape.html").exists()


def test_writer_refuses_to_replace_a_folder_it_did_not_create(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work")
    with pytest.raises(Exception, match="not created by newsbrief"):
        with SiteWriter(out) as w:
            w.write("index.html", "x")
    assert (out / "thesis.tex").read_text() == "years of work"
    assert leftovers(out) == []


# --- refusals, through the CLI ----------------------------------------------------------------------

@pytest.mark.parametrize("out, reason", [
    ("content", "it is the content folder"),
    ("content/articles", "it is the articles folder"),
    (".", "it is the project folder"),
    ("..", "it contains the content folder"),
])
def test_build_refuses_output_folders_that_hold_the_project(tmp_path, out, reason):
    project = small_project(tmp_path / "project")
    before = snapshot(project)
    result = cli_build(project, "--out", str(project / out))
    assert result.exit_code == 1
    assert reason in result.output and result.output.startswith("Error: refusing to use ")
    assert snapshot(project) == before


def test_build_refuses_the_home_folder(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    (home / "letters.txt").write_text("private")
    monkeypatch.setenv("HOME", str(home))
    project = small_project(tmp_path / "project")
    result = cli_build(project, "--out", str(home))
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: refusing to use {home.resolve()} as the output folder: "
                                      "it is your home folder, which a build would replace")
    assert (home / "letters.txt").read_text() == "private"


def test_build_refuses_a_folder_without_the_marker_and_accepts_an_empty_one(tmp_path):
    project = small_project(tmp_path / "project")
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "index.html").write_text("hand-made")
    result = cli_build(project, "--out", str(theirs))
    assert result.exit_code == 1 and "not created by newsbrief" in result.output
    assert (theirs / "index.html").read_text() == "hand-made"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli_build(project, "--out", str(empty)).exit_code == 0
    assert (empty / MARKER).is_file() and (empty / "index.html").is_file()


def test_two_builds_at_once_both_finish_with_a_whole_site(tmp_path):
    project = small_project(tmp_path / "project")
    assert cli_build(project).exit_code == 0
    expected = snapshot(project / "site")
    procs = [subprocess.Popen(build_cmd(project), stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert snapshot(project / "site") == expected
    assert leftovers(project / "site") == []
