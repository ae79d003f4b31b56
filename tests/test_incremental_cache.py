"""Issue 6 — the build cache: beside the site it describes and tied to it, so deleting,
replacing or copying the site is a clean start; a damaged cache is rebuilt, never trusted;
a no-op build reports what the last build reported."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from incremental_helpers import assert_same_site, clean_build, make_project, run, tree
from newsbrief import cache
from newsbrief.errors import NewsbriefError
from newsbrief.write import MARKER


@pytest.fixture(autouse=True)
def _no_search(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")


@pytest.fixture
def project(tmp_path) -> Path:
    p = make_project(tmp_path / "project", n=6)
    run(p)
    return p


def outputs(project: Path) -> int:
    """How many files a build makes (the theme's static files are copied, not made)."""
    return len([rel for rel in cache.Previous(project / "site").outputs if not rel.startswith("static/")])


def test_the_cache_is_beside_the_site_not_in_it(project):
    site = project / "site"
    folder = cache.cache_dir(site)
    assert folder == project / ".site.newsbrief-cache" and (folder / cache.STATE).is_file()
    assert not [p for p in site.rglob("*") if "newsbrief-cache" in p.name or p.name == cache.STATE]
    assert sorted(p.name for p in project.iterdir()) == [".site.newsbrief-cache", "content", "newsbrief.yaml",
                                                          "site"]


def test_a_deleted_site_is_a_clean_start(project, tmp_path):
    shutil.rmtree(project / "site")
    report = run(project)
    assert not report.noop and report.rendered == outputs(project)
    assert_same_site(tree(project / "site"), clean_build(project, tmp_path))


def test_a_site_copied_elsewhere_builds_from_scratch_there(project, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(project / "site", copy)
    report = run(project, out=copy)
    assert not report.noop and report.rendered == outputs(project)
    assert tree(copy) == tree(project / "site")
    assert run(project).noop                          # the original site's cache is untouched


def test_a_site_that_was_never_swapped_in_is_not_trusted(project):
    """The state names the site by its marker: one left by a build killed before its swap
    describes a site that is not there."""
    marker = project / "site" / MARKER
    marker.write_bytes(marker.read_bytes())          # the same bytes, another file
    report = run(project)
    assert not report.noop and report.rendered == outputs(project)


def test_a_deleted_cache_is_a_clean_start(project, tmp_path):
    expected = tree(project / "site")
    shutil.rmtree(cache.cache_dir(project / "site"))
    report = run(project)
    assert not report.noop and report.reused == 6
    assert tree(project / "site") == expected
    assert run(project).noop


@pytest.mark.parametrize("damage", ["state", "records", "pack"])
def test_a_damaged_cache_is_not_believed(project, tmp_path, damage):
    folder = cache.cache_dir(project / "site")
    expected = tree(project / "site")
    if damage == "state":
        (folder / cache.STATE).write_bytes(b"not a pickle")
    elif damage == "records":
        next(folder.glob("records-*.bin")).write_bytes(b"\x00garbage")
    else:
        pack = next(folder.glob("details-*.pack"))
        pack.write_bytes(bytes(len(pack.read_bytes())))  # zeros: nothing decompresses
    (project / "newsbrief.yaml").write_text('title: "Incremental 2"\ndescription: "A test site."\n', encoding="utf-8")
    report = run(project)
    assert not report.errors
    assert_same_site(tree(project / "site"), clean_build(project, tmp_path))
    assert tree(project / "site") != expected


def test_a_stale_state_format_is_ignored(project):
    folder = cache.cache_dir(project / "site")
    state = pickle.loads((folder / cache.STATE).read_bytes())
    state["format"] = -1
    (folder / cache.STATE).write_bytes(pickle.dumps(state))
    report = run(project)
    assert not report.noop and report.rendered == outputs(project)


def test_a_no_op_build_reports_the_errors_again(project):
    bad = project / "content" / "articles" / "bad.md"
    bad.write_text("---\ndate: next Tuesday\n---\nText.\n", encoding="utf-8")
    first = run(project)
    assert [str(e) for e in first.errors] and "next Tuesday" in str(first.errors[0])
    again = run(project)
    assert again.noop
    assert [str(e) for e in again.errors] == [str(e) for e in first.errors]
    assert again.warnings == first.warnings
    with pytest.raises(NewsbriefError, match="next Tuesday"):
        run(project, strict=True)


def test_a_changed_option_is_not_a_no_op(project, monkeypatch):
    assert run(project).noop
    assert not run(project, drafts=True).noop
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert not run(project, drafts=True).noop
    assert run(project, drafts=True).noop


def test_old_cache_files_are_removed(project):
    folder = cache.cache_dir(project / "site")
    (project / "content" / "articles" / "story-01.md").unlink()
    run(project)
    named = {n for n in pickle.loads((folder / cache.STATE).read_bytes())["records"] if n}
    assert {p.name for p in folder.glob("records-*.bin")} == named
    assert not list(folder.glob(".*.tmp"))
