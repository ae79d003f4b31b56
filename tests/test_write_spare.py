"""The writer stages in the spare (the site before the present one) instead of a new folder.

Whatever the spare holds, the new site is exactly what the build wrote, and the live site is
never touched while the next one is staged: a changed page is a new file, never a write into an
inode the live site shares."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import write
from newsbrief.write import MARKER, SiteWriter


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build(out: Path, pages: dict[str, str]) -> SiteWriter:
    with SiteWriter(out) as w:
        for rel, text in pages.items():
            w.write(rel, text)
    return w


def test_the_replaced_site_becomes_the_spare_and_the_next_build_stages_in_it(tmp_path):
    out = tmp_path / "site"
    build(out, {"index.html": "one", "a/page.html": "a"})
    assert not (tmp_path / ".site.spare").exists()
    build(out, {"index.html": "two", "a/page.html": "a"})
    spare = tmp_path / ".site.spare"
    assert snapshot(spare) == {MARKER: snapshot(spare)[MARKER], "index.html": b"one", "a/page.html": b"a"}
    w = build(out, {"index.html": "three", "a/page.html": "a", "b.html": "b"})
    assert w._reused
    assert {k: v for k, v in snapshot(out).items() if k != MARKER} == {
        "index.html": b"three", "a/page.html": b"a", "b.html": b"b"}
    # the spare is now the second site, untouched by the third build's staging
    assert snapshot(spare)["index.html"] == b"two"
    assert (out / "a/page.html").stat().st_ino == (spare / "a/page.html").stat().st_ino


def test_staging_never_writes_into_a_file_the_live_site_shares(tmp_path):
    out = tmp_path / "site"
    build(out, {"p.html": "v1", "q.html": "same"})
    build(out, {"p.html": "v1", "q.html": "same"})      # spare and site now share p's and q's inode
    live = snapshot(out)
    w = SiteWriter(out)
    with w:
        w.write("p.html", "v2")
        w.write("q.html", "same")
        assert snapshot(out) == live                      # mid-build: the live site is as it was
    assert (out / "p.html").read_text() == "v2"
    assert (tmp_path / ".site.spare" / "p.html").read_text() == "v1"


def test_what_the_build_did_not_write_is_not_in_the_site(tmp_path):
    out = tmp_path / "site"
    build(out, {"keep.html": "k", "gone/deep/page.html": "g"})
    build(out, {"keep.html": "k", "gone/deep/page.html": "g"})
    (tmp_path / ".site.spare" / "stray.html").write_text("put there by someone")
    build(out, {"keep.html": "k"})
    assert set(snapshot(out)) == {MARKER, "keep.html"}
    assert not (out / "gone").exists()


def test_a_file_where_a_folder_goes_and_a_folder_where_a_file_goes(tmp_path):
    out = tmp_path / "site"
    build(out, {"x": "file", "y/z.html": "in a folder"})
    build(out, {"x": "file", "y/z.html": "in a folder"})
    build(out, {"x/inner.html": "now a folder", "y": "now a file"})
    assert {k: v for k, v in snapshot(out).items() if k != MARKER} == {"x/inner.html": b"now a folder",
                                                                     "y": b"now a file"}


def test_link_previous_reuses_the_spare_file_or_links_the_present_one(tmp_path):
    out = tmp_path / "site"
    w1 = build(out, {"a.html": "A", "b.html": "B"})
    w2 = SiteWriter(out)
    with w2:
        for rel in ("a.html", "b.html"):
            w2.claim(rel)
            assert w2.link_previous(rel, w1.files[rel])
    with SiteWriter(out) as w3:
        w3.claim("a.html")
        assert w3.link_previous("a.html", w2.files["a.html"])
        w3.write("b.html", "B2")
    assert {k: v for k, v in snapshot(out).items() if k != MARKER} == {"a.html": b"A", "b.html": b"B2"}


def test_a_spare_that_is_not_ours_is_left_alone(tmp_path):
    out = tmp_path / "site"
    build(out, {"index.html": "one"})
    foreign = tmp_path / ".site.spare"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    w = build(out, {"index.html": "two"})
    assert not w._reused
    assert (foreign / "notes.txt").read_text() == "mine"
    assert (out / "index.html").read_text() == "two"


def test_a_spare_without_a_site_is_removed(tmp_path):
    out = tmp_path / "site"
    build(out, {"index.html": "one"})
    build(out, {"index.html": "two"})
    shutil.rmtree(out)                                   # "delete the site folder": a clean start
    w = build(out, {"fresh.html": "f"})
    assert not w._reused
    assert set(snapshot(out)) == {MARKER, "fresh.html"}


@pytest.mark.parametrize("exchange", [True, False])
def test_both_swaps_keep_the_spare(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(write, "_exchange", lambda a, b: False)
    out = tmp_path / "site"
    for n in range(4):
        build(out, {"index.html": f"v{n}", "fixed.html": "same"})
        assert (out / "index.html").read_text() == f"v{n}"
    assert (tmp_path / ".site.spare" / "index.html").read_text() == "v2"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.spare", "site"]


_PATHS = st.sampled_from(["index.html", "a.html", "a/b.html", "a/c.html", "d/e/f.html", "g"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.dictionaries(_PATHS, st.sampled_from(["1", "2", "3"]), max_size=5), min_size=1, max_size=5))
def test_every_build_is_exactly_what_it_wrote(tmp_path_factory, editions):
    out = tmp_path_factory.mktemp("spare") / "site"
    for pages in editions:
        # a site never has a file and a folder at one path
        pages = {k: v for k, v in pages.items() if not any(o.startswith(k + "/") for o in pages)}
        build(out, pages)
        assert {k: v.decode() for k, v in snapshot(out).items() if k != MARKER} == pages


def test_a_link_in_the_spare_is_neither_written_through_nor_kept(tmp_path):
    out = tmp_path / "site"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "page.html").write_text("not the site's")
    build(out, {"index.html": "one"})
    build(out, {"index.html": "two"})
    spare = tmp_path / ".site.spare"
    (spare / "a").symlink_to(outside, target_is_directory=True)
    (spare / "b").symlink_to(outside, target_is_directory=True)
    build(out, {"index.html": "three", "a/page.html": "the site's"})
    assert (outside / "page.html").read_text() == "not the site's"
    assert not (out / "a").is_symlink() and (out / "a/page.html").read_text() == "the site's"
    assert not (out / "b").exists() and not (out / "b").is_symlink()
