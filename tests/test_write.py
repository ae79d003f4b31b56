"""Stage 6 — write: the output folder is replaced safely, and only by newsbrief."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import build_demo, copy_demo
from newsbrief.config import load_config
from newsbrief.errors import NewsbriefError
from newsbrief.pipeline import build
from newsbrief.write import MARKER, SiteWriter, check_output_dir


def _files(out: Path) -> dict[str, int]:
    """Relative path → inode of every file in the folder."""
    return {p.relative_to(out).as_posix(): p.stat().st_ino for p in sorted(out.rglob("*")) if p.is_file()}


def _write_site(out: Path, pages: dict[str, str]) -> None:
    with SiteWriter(out) as w:
        for rel, text in pages.items():
            w.write(rel, text)


# --- which folders may be replaced --------------------------------------------------------------

def test_refuses_to_replace_a_non_empty_folder_without_the_marker(demo_project):
    out = demo_project / "public"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    cfg = load_config(demo_project, output_dir=out)
    with pytest.raises(NewsbriefError, match="not created by newsbrief"):
        build(cfg)
    assert (out / "precious.txt").read_text() == "keep me"
    assert sorted(p.name for p in out.iterdir()) == ["precious.txt"]


def test_an_empty_folder_may_be_used(demo_project):
    out = demo_project / "public"
    out.mkdir()
    build(load_config(demo_project, output_dir=out))
    assert (out / "index.html").is_file()
    assert (out / MARKER).is_file()


def test_a_folder_built_by_newsbrief_is_replaced_and_stale_files_go(demo_project):
    out = demo_project / "public"
    cfg = load_config(demo_project, output_dir=out)
    build(cfg)
    (out / "articles" / "old-article.html").write_text("gone after the next build")
    build(cfg)
    assert not (out / "articles" / "old-article.html").exists()
    assert (out / "index.html").is_file()


@pytest.mark.parametrize("which", ["project", "content", "articles", "parent"])
def test_refuses_project_content_and_their_parents(demo_project, which):
    out = {"project": demo_project, "content": demo_project / "content",
           "articles": demo_project / "content" / "articles", "parent": demo_project.parent}[which]
    before = _files(demo_project)
    with pytest.raises(NewsbriefError, match="refusing"):
        build(load_config(demo_project, output_dir=out))
    assert _files(demo_project) == before


def test_refuses_home_and_the_filesystem_root(tmp_path):
    for out in (Path.home(), Path("/")):
        with pytest.raises(NewsbriefError, match="refusing"):
            check_output_dir(out, [tmp_path])


def test_refuses_an_output_path_that_is_a_file(tmp_path):
    f = tmp_path / "site"
    f.write_text("a file")
    with pytest.raises(NewsbriefError, match="not a folder"):
        check_output_dir(f, [tmp_path / "content"])


# --- what a second build does ---------------------------------------------------------------------

def test_unchanged_files_are_hard_linked_not_rewritten(tmp_path):
    site = build_demo(copy_demo(tmp_path / "project"), tmp_path / "site")
    first = _files(site.out)
    again = build_demo(site.project, site.out)
    second = _files(site.out)
    assert second.keys() == first.keys()
    rewritten = [rel for rel in first if first[rel] != second[rel] and rel != MARKER]
    assert rewritten == []
    assert again.report.changed == 0


def test_only_the_changed_page_is_rewritten(tmp_path):
    out = tmp_path / "site"
    _write_site(out, {"a.html": "A", "b/c.html": "C"})
    first = _files(out)
    _write_site(out, {"a.html": "A changed", "b/c.html": "C"})
    second = _files(out)
    assert second["b/c.html"] == first["b/c.html"]
    assert second["a.html"] != first["a.html"]
    assert (out / "a.html").read_text() == "A changed"


# --- what the writer refuses ----------------------------------------------------------------------

@pytest.mark.parametrize("rel", ["../escape.html", "articles/../../escape.html", "/etc/escape.html", ""])
def test_a_page_path_outside_the_folder_is_refused(tmp_path, rel):
    out = tmp_path / "site"
    with pytest.raises(NewsbriefError, match="outside the output folder"):
        _write_site(out, {"index.html": "ok", rel: "evil"})
    assert not (tmp_path / "escape.html").exists()
    assert not out.exists()                      # nothing half-written is left
    assert [p.name for p in tmp_path.iterdir()] == []


def test_a_duplicate_path_is_refused(tmp_path):
    out = tmp_path / "site"
    with pytest.raises(NewsbriefError, match="same path"):
        with SiteWriter(out) as w:
            w.write("articles/a.html", "one")
            w.write("articles/a.html", "two")


def test_a_failed_build_leaves_the_previous_site_whole(tmp_path):
    out = tmp_path / "site"
    _write_site(out, {"index.html": "v1", "articles/a.html": "A"})
    before = {rel: (out / rel).read_text() for rel in _files(out)}
    with pytest.raises(RuntimeError):
        with SiteWriter(out) as w:
            w.write("index.html", "v2")
            raise RuntimeError("template blew up")
    assert {rel: (out / rel).read_text() for rel in _files(out)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]   # no staging folder left behind
