"""Issue 4.6 — deterministic builds: the same input gives byte-identical output, wherever the
project lives, whatever Python's hash seed, whenever it is built (dates come from the content
or SOURCE_DATE_EPOCH, never the clock)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief import search
from newsbrief.cli import main

from helpers import copy_demo

MORE = {
    "budget.md": """---
title: Budget vote
date: 2024-05-01
source: Daily News
url: https://example.org/budget
topics: [Economy]
---
Parliament passed the **budget** on Tuesday.

“This budget protects families,” said Maria Lopez, the finance minister. “It is fair.”

John Smith, the opposition leader, said the budget was a missed chance. Lopez said she was confident.
""",
    "undated.txt": """Port deal signed

The port deal was signed after months of talks.

“Trade will double,” said Aisha Okafor, chief executive of the port authority.
""",
    "bridge.md": """---
title: Bridge plan
---
“We will build the bridge by spring,” said Maria Lopez. Critics said the plan was too expensive.
""",
}


def make_project(root: Path) -> Path:
    project = copy_demo(root)
    for name, text in MORE.items():
        (project / "content" / "articles" / name).write_text(text, encoding="utf-8")
    return project


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_tree(a: Path, b: Path, skip: tuple[str, ...] = ()) -> None:
    ta = {k: v for k, v in tree(a).items() if not k.startswith(skip)}
    tb = {k: v for k, v in tree(b).items() if not k.startswith(skip)}
    assert sorted(ta) == sorted(tb)
    differ = [k for k in ta if ta[k] != tb[k]]
    assert differ == [], f"{len(differ)} files differ, e.g. {differ[:5]}"


def subprocess_build(project: Path, out: Path, **env: str) -> None:
    full_env = {**os.environ, "NEWSBRIEF_PAGEFIND": "off", **env}
    done = subprocess.run([sys.executable, "-m", "newsbrief.cli", "build", "-q", "--project", str(project),
                           "--out", str(out)], capture_output=True, text=True, env=full_env)
    assert done.returncode == 0, done.stderr


def test_two_builds_into_different_folders_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = make_project(tmp_path / "project")
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--project", str(project), "--out", str(tmp_path / "one")]).exit_code == 0
    time.sleep(1.1)   # a build that stamped the clock anywhere would now differ
    assert runner.invoke(main, ["build", "--project", str(project), "--out", str(tmp_path / "two")]).exit_code == 0
    assert len(tree(tmp_path / "one")) > 20
    assert_same_tree(tmp_path / "one", tmp_path / "two")


def test_copies_of_a_project_build_identically_whatever_the_hash_seed(tmp_path):
    """Two copies in different places, extracted from scratch by separate processes with different
    PYTHONHASHSEEDs (set and dict order of strings), give the same briefings and the same site."""
    a = make_project(tmp_path / "a" / "project")
    b = make_project(tmp_path / "b" / "somewhere" / "else")
    for p in (a, b):
        shutil.rmtree(p / "content" / "briefings")
    subprocess_build(a, a / "site", PYTHONHASHSEED="1", SOURCE_DATE_EPOCH="1700000000")
    subprocess_build(b, b / "public", PYTHONHASHSEED="2", SOURCE_DATE_EPOCH="1700000000")
    assert_same_tree(a / "content" / "briefings", b / "content" / "briefings")
    assert_same_tree(a / "site", b / "public")


def test_source_date_epoch_is_the_only_clock(tmp_path):
    """An undated article's feed date is SOURCE_DATE_EPOCH when set; a different value changes
    only the files that show a date."""
    project = make_project(tmp_path / "project")
    subprocess_build(project, tmp_path / "one", SOURCE_DATE_EPOCH="1700000000")
    subprocess_build(project, tmp_path / "two", SOURCE_DATE_EPOCH="1700000000")
    assert_same_tree(tmp_path / "one", tmp_path / "two")
    feeds = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "one").rglob("*.xml"))
    assert "2023-11-14" in feeds   # 1700000000 = 2023-11-14T22:13:20Z
    subprocess_build(project, tmp_path / "three", SOURCE_DATE_EPOCH="1600000000")
    changed = [k for k, v in tree(tmp_path / "three").items() if tree(tmp_path / "one").get(k) != v]
    assert changed and all(k.endswith((".xml", ".json")) for k in changed), changed


def test_with_search_everything_but_the_pagefind_bundle_is_identical(tmp_path, monkeypatch):
    """Pagefind itself is not byte-stable across clean builds (upstream Pagefind/pagefind#638,
    see search.py), so its bundle is left out; every page and other file must match."""
    monkeypatch.delenv("NEWSBRIEF_PAGEFIND", raising=False)
    if search.find_pagefind() is None:
        pytest.skip("the Pagefind binary is not installed")
    project = make_project(tmp_path / "project")
    runner = CliRunner()
    for out in ("one", "two"):
        result = runner.invoke(main, ["build", "--project", str(project), "--out", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "one" / "pagefind").is_dir()
    assert_same_tree(tmp_path / "one", tmp_path / "two", skip=("pagefind/",))
