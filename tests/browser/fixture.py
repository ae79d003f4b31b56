"""A small, fixed site for the site-output tests: five articles with hand-written, reviewed
briefings (so the tests do not depend on what the extractor finds), built with the real
pipeline.  The same people appear under several spellings across articles ("Lopez" /
"Maria Lopez", "José Ramos" / "Jose Ramos"), two articles share a date, one is undated,
and one carries markup and a javascript: URL in its front matter."""

from __future__ import annotations

import shutil
from pathlib import Path

from newsbrief.config import Config, load_config
from newsbrief.load import load_article
from newsbrief.pipeline import BuildReport, build

CONTENT = Path(__file__).resolve().parent / "content"
CONFIG = ('title: "Energy desk"\n'
          'description: "Who said what about energy, in five briefings."\n'
          'author: "The energy desk"\n')


def make_project(where: Path) -> Path:
    """Copy the fixture content into ``where/project`` and seal the briefings to their articles."""
    project = where / "project"
    shutil.copytree(CONTENT, project / "content")
    for b in sorted((project / "content" / "briefings").glob("*.yaml")):
        article = project / "content" / "articles" / f"{b.stem}.md"
        digest = load_article(article).source_hash
        b.write_text(b.read_text(encoding="utf-8").replace("FILLED-IN-BY-THE-TEST", digest), encoding="utf-8")
    (project / "newsbrief.yaml").write_text(CONFIG, encoding="utf-8")
    return project


def build_site(project: Path, out: Path, base_url: str | None = None, **settings) -> tuple[Config, BuildReport]:
    config = load_config(project, output_dir=out, base_url=base_url, **settings)
    report = build(config, strict=True)
    assert not report.errors, report.errors
    return config, report
