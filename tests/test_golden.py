"""Golden briefing: what ``newsbrief extract`` makes of the seed article, committed and reviewed like code.

After a deliberate extractor change, refresh it and review the diff:

    .venv/bin/python -m pytest tests/test_golden.py --update-golden
    git diff tests/golden/

Provenance is not compared (the extractor fingerprint and content hash change with every data file
edit); its ``source_path`` is relative to the project, so the file reads the same on every machine.
"""

from __future__ import annotations

import difflib

import pytest
from click.testing import CliRunner

from helpers import REPO_ROOT, SEED_SLUG
from newsbrief import store
from newsbrief.cli import main
from newsbrief.config import load_config
from newsbrief.extract import extractor_fingerprint
from newsbrief.load import load_article
from newsbrief.pipeline import briefing_for, load_taxonomy

GOLDEN_DIR = REPO_ROOT / "tests" / "golden"
ARTICLE = f"content/articles/{SEED_SLUG}.txt"
REFRESH = ".venv/bin/python -m pytest tests/test_golden.py --update-golden"


def _without_provenance(b: dict) -> dict:
    return {k: v for k, v in b.items() if k != "provenance"}


def _extract_cli(monkeypatch) -> str:
    """Exactly what `newsbrief extract content/articles/<seed>.txt` prints in the repo."""
    monkeypatch.chdir(REPO_ROOT)
    result = CliRunner().invoke(main, ["extract", ARTICLE])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_golden_briefing_of_the_seed(monkeypatch, update_golden):
    golden = GOLDEN_DIR / f"{SEED_SLUG}.yaml"
    text = _extract_cli(monkeypatch)
    if update_golden:
        GOLDEN_DIR.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        pytest.skip(f"rewrote {golden.relative_to(REPO_ROOT)}; review it with git diff")
    assert golden.is_file(), f"no golden file yet: run {REFRESH}"
    expected = store.loads(golden.read_text(encoding="utf-8"), str(golden))
    actual = store.loads(text, "<newsbrief extract>")
    if _without_provenance(actual) != _without_provenance(expected):
        diff = "".join(difflib.unified_diff(
            store.dumps(_without_provenance(expected)).splitlines(keepends=True),
            store.dumps(_without_provenance(actual)).splitlines(keepends=True),
            "golden", "extract now"))
        pytest.fail(f"the extractor's briefing of {ARTICLE} changed; if that is intended, run {REFRESH} "
                    f"and review the diff:\n{diff}")


def test_golden_file_is_a_valid_briefing_of_the_current_article():
    golden = GOLDEN_DIR / f"{SEED_SLUG}.yaml"
    if not golden.is_file():
        pytest.skip(f"no golden file yet: run {REFRESH}")
    b = store.load_briefing(golden)
    assert b["provenance"]["source_path"] == ARTICLE, "source_path must be relative to the project"
    assert b["provenance"]["source_hash"] == load_article(REPO_ROOT / ARTICLE).source_hash, \
        f"{ARTICLE} changed since the golden file was written: run {REFRESH}"
    assert not store.is_edited(b), "the golden file must be what the extractor wrote, not edited by hand"


def test_stored_demo_briefing_that_looks_current_is_current():
    """content/briefings/<seed>.yaml is reused by `make build` when its provenance matches the current
    article, taxonomy and extractor fingerprint; then it must also match what the extractor makes now
    (otherwise the fingerprint missed an extractor change and the demo site is stale)."""
    stored_path = REPO_ROOT / "content" / "briefings" / f"{SEED_SLUG}.yaml"
    if not stored_path.is_file():
        pytest.skip("no stored briefing in the repo")
    stored = store.load_briefing(stored_path)
    if store.is_edited(stored) or not (stored.get("provenance") or {}).get("content_hash"):
        pytest.skip("the stored briefing was edited or written by hand: the build keeps it as it is")
    config = load_config(REPO_ROOT)
    taxonomy, taxonomy_hash = load_taxonomy(config)
    article = load_article(REPO_ROOT / ARTICLE)
    p = stored["provenance"]
    if (p.get("source_hash"), p.get("extractor"), p.get("taxonomy_hash")) != \
            (article.source_hash, extractor_fingerprint(), taxonomy_hash):
        pytest.skip("the stored briefing is out of date, so the next build re-extracts it")
    fresh = briefing_for(article, taxonomy, taxonomy_hash, config.project_dir)
    assert _without_provenance(stored) == _without_provenance(fresh), (
        "the extractor's output changed but its fingerprint did not: bump EXTRACTOR_VERSION in "
        "src/newsbrief/extract/__init__.py (or rebuild the demo briefing)")
