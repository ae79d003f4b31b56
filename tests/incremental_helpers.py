"""A small project whose articles share speakers and topics, edits of every kind, and a way
to compare an incremental build with a clean one (tests/test_incremental_*.py)."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

from newsbrief.cache import cache_dir
from newsbrief.config import load_config
from newsbrief.pipeline import build

PEOPLE = [("Maria Lopez", "the finance minister"), ("John Smith", "the opposition leader"),
          ("Aisha Okafor", "chief executive of the port authority"), ("Kenji Tanaka", "the mayor"),
          ("Olga Ivanova", "a union leader")]
THINGS = [("the budget", "economy"), ("the new bridge", "transport"), ("the hospital plan", "health"),
          ("fuel prices", "energy"), ("the school reform", "education"), ("the port deal", "trade")]

TOPICS = """\
- id: economy
  name: Economy
  description: Budgets, taxes and growth.
  keywords: [budget, taxes]
- id: transport
  name: Transport
  description: Roads, bridges and trains.
  keywords: [bridge, trains]
- id: health
  name: Health
  description: Hospitals and care.
  keywords: [hospital]
- id: energy
  name: Energy
  description: Fuel and power.
  keywords: [fuel, power]
- id: education
  name: Education
  description: Schools and teachers.
  keywords: [school, teachers]
- id: trade
  name: Trade
  description: Ports and deals.
  keywords: [port, deal]
"""


def article_text(i: int, rng: random.Random, variant: int = 0) -> str:
    """A short article quoting two of the people (one of them again later) on one or two things."""
    (a, role_a), (b, role_b) = rng.sample(PEOPLE, 2)
    (thing, topic), (other, _) = rng.sample(THINGS, 2)
    day = 1 + i % 27
    date = f"date: 2024-{1 + i % 12:02d}-{day:02d}\n" if i % 5 else ""      # every fifth is undated
    extra = f" It is change number {variant}." if variant else ""
    return (f"---\ntitle: Story {i} about {thing}\n{date}source: Daily News\n---\n"
            f"Officials met on Monday to discuss {thing} and {other} in district {i}.\n\n"
            f"“We will deliver {thing} on time,” said {a}, {role_a}.{extra}\n\n"
            f"{b}, {role_b}, said that {other} would cost less than expected.\n\n"
            f"“The plan for {other} is not enough,” {a.split()[1]} said.\n")


def make_project(root: Path, n: int = 10, seed: int = 3) -> Path:
    rng = random.Random(seed)
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    for i in range(n):
        (articles / f"story-{i:02d}.md").write_text(article_text(i, rng), encoding="utf-8")
    (root / "content" / "topics.yaml").write_text(TOPICS, encoding="utf-8")
    (root / "newsbrief.yaml").write_text('title: "Incremental"\ndescription: "A test site."\n', encoding="utf-8")
    return root


def tree(folder: Path) -> dict[str, bytes]:
    """Every file of a site, by its path in the site."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


BUILD_OPTIONS = ("drafts", "strict", "jobs", "progress")


def run(project: Path, out: Path | None = None, **kw):
    """Build the project (into ``out``, else its own output folder); ``kw``: build options
    (drafts, strict, jobs, progress) and settings given on the command line (base_url …)."""
    options = {k: v for k, v in kw.items() if k in BUILD_OPTIONS}
    settings = {k: v for k, v in kw.items() if k not in BUILD_OPTIONS}
    config = load_config(project, output_dir=out, **settings)
    return build(config, **options)


def clean_build(project: Path, scratch: Path, **kw) -> dict[str, bytes]:
    """The site a build with no previous site and no cache makes of the project as it is now."""
    out = scratch / "clean-site"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache_dir(out), ignore_errors=True)
    run(project, out, **kw)
    return tree(out)


def assert_same_site(incremental: dict[str, bytes], clean: dict[str, bytes]) -> None:
    assert sorted(incremental) == sorted(clean), (set(incremental) ^ set(clean))
    differ = [k for k in incremental if incremental[k] != clean[k]]
    assert differ == [], f"{len(differ)} files differ from a clean build, e.g. {differ[:5]}"


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def same_time(path: Path, mtime_ns: int) -> None:
    """Put a file's modification time back (an edit within the same clock tick)."""
    os.utime(path, ns=(mtime_ns, mtime_ns))
