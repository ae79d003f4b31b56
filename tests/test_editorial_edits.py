"""Issue 4.1 — edits survive: a briefing a person edited is never overwritten by a build;
``newsbrief extract --force FILE`` is the one deliberate way to start over."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief import pipeline, store
from newsbrief.cli import main
from newsbrief.config import load_config

BRIDGE = """---
title: Bridge plan
date: 2024-03-01
---
The city council approved the bridge plan on Monday.

“We will build the bridge by spring,” said Jane Doe, the transport minister. “It is a promise.”

Tom Smith, the opposition leader, said the budget was unrealistic.
"""

PARK = """---
title: Park reopens
date: 2024-03-02
---
The central park reopened after a year of works.

“Children finally have somewhere to play,” said Ann Lee, the parks director.
"""


@pytest.fixture(autouse=True)
def _no_search(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")


def make_project(root: Path, articles: dict[str, str]) -> Path:
    (root / "content" / "articles").mkdir(parents=True)
    for name, text in articles.items():
        (root / "content" / "articles" / name).write_text(text, encoding="utf-8")
    return root


def build(project: Path, *args: str):
    result = CliRunner().invoke(main, ["build", "--project", str(project), *args])
    assert "Traceback" not in result.output
    return result


def briefing_path(project: Path, slug: str) -> Path:
    return project / "content" / "briefings" / f"{slug}.yaml"


def edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


@pytest.fixture
def project(tmp_path):
    p = make_project(tmp_path / "project", {"bridge.md": BRIDGE, "park.md": PARK})
    assert build(p).exit_code == 0
    return p


def test_a_rebuild_reuses_every_briefing_and_rewrites_none(project):
    before = {p.name: p.read_bytes() for p in (project / "content" / "briefings").iterdir()}
    result = build(project)
    assert result.exit_code == 0
    assert "0 extracted, 2 unchanged, 0 edited kept" in result.output
    assert {p.name: p.read_bytes() for p in (project / "content" / "briefings").iterdir()} == before


def test_provenance_records_the_source_relative_to_the_project(project):
    b = store.load_briefing(briefing_path(project, "bridge"))
    assert b["provenance"]["source_path"] == "content/articles/bridge.md"


def test_an_edited_briefing_survives_a_rebuild(project):
    path = briefing_path(project, "bridge")
    edited = edit(path, "name: Jane Doe", "name: Jane A. Doe")
    result = build(project)
    assert result.exit_code == 0
    assert "1 edited kept" in result.output
    assert path.read_text(encoding="utf-8") == edited
    assert "Jane A. Doe" in (project / "site" / "articles" / "bridge.html").read_text(encoding="utf-8")


def test_an_edited_briefing_survives_a_changed_source_with_a_warning_naming_it(project):
    path = briefing_path(project, "bridge")
    edited = edit(path, "name: Jane Doe", "name: Jane A. Doe")
    article = project / "content" / "articles" / "bridge.md"
    article.write_text(BRIDGE.replace("on Monday", "on Tuesday"), encoding="utf-8")
    result = build(project)
    assert result.exit_code == 0
    assert path.read_text(encoding="utf-8") == edited
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert any(str(path) in w and "edited" in w and "extract --force" in w for w in warnings), warnings


def test_reviewed_true_protects_a_briefing_even_unchanged(project):
    path = briefing_path(project, "bridge")
    text = edit(path, "summary:", "reviewed: true\nsummary:")
    (project / "content" / "articles" / "bridge.md").write_text(BRIDGE + "\nOne more line.\n", encoding="utf-8")
    assert build(project).exit_code == 0
    assert path.read_text(encoding="utf-8") == text


def test_a_hand_written_briefing_without_content_hash_is_never_overwritten(project):
    path = briefing_path(project, "bridge")
    b = store.load_briefing(path)
    del b["provenance"]["content_hash"]
    store.write_briefing(path, b)
    text = path.read_text(encoding="utf-8")
    (project / "content" / "articles" / "bridge.md").write_text(BRIDGE + "\nOne more line.\n", encoding="utf-8")
    result = build(project)
    assert result.exit_code == 0
    assert path.read_text(encoding="utf-8") == text
    assert "edited" in result.output


def test_an_unedited_briefing_is_re_extracted_when_its_source_changes(project):
    path = briefing_path(project, "park")
    article = project / "content" / "articles" / "park.md"
    article.write_text(PARK.replace("Ann Lee", "Ann Leigh"), encoding="utf-8")
    result = build(project)
    assert "1 extracted, 1 unchanged" in result.output
    assert "Ann Leigh" in path.read_text(encoding="utf-8")


def test_a_new_extractor_re_extracts_unedited_briefings_only(project, monkeypatch):
    edited_path = briefing_path(project, "bridge")
    edited = edit(edited_path, "name: Jane Doe", "name: Jane A. Doe")
    monkeypatch.setattr(pipeline, "extractor_fingerprint", lambda: "9.9.9+test")
    result = build(project)
    assert result.exit_code == 0
    assert "1 extracted, 0 unchanged, 1 edited kept" in result.output
    assert edited_path.read_text(encoding="utf-8") == edited
    assert store.load_briefing(briefing_path(project, "park"))["provenance"]["extractor"] == "9.9.9+test"


def test_a_changed_taxonomy_re_extracts_unedited_briefings_only(project):
    edited_path = briefing_path(project, "bridge")
    edited = edit(edited_path, "name: Jane Doe", "name: Jane A. Doe")
    (project / "content" / "topics.yaml").write_text(
        "- id: parks\n  name: Parks\n  keywords: [park]\n", encoding="utf-8")
    result = build(project)
    assert "1 extracted, 0 unchanged, 1 edited kept" in result.output
    assert edited_path.read_text(encoding="utf-8") == edited
    park = store.load_briefing(briefing_path(project, "park"))
    assert "parks" in [t["id"] for t in park["topics"]]


def test_an_invalid_edit_is_reported_naming_file_and_line_and_kept(project):
    path = briefing_path(project, "bridge")
    text = edit(path, "kind: direct", "kind: quoted")
    result = build(project)
    assert result.exit_code == 1
    line = text[: text.index("kind: quoted")].count("\n") + 1
    assert f"error: {path}:{line}: quotes/0/kind:" in result.output
    assert path.read_text(encoding="utf-8") == text          # never "repaired" by overwriting
    assert (project / "site" / "articles" / "park.html").is_file()   # the rest of the site is built


# --- newsbrief extract [--force] ------------------------------------------------------------------

def test_extract_without_force_only_prints(project):
    path = briefing_path(project, "bridge")
    edited = edit(path, "name: Jane Doe", "name: Jane A. Doe")
    article = project / "content" / "articles" / "bridge.md"
    result = CliRunner().invoke(main, ["extract", "--project", str(project), str(article)])
    assert result.exit_code == 0
    assert store.loads(result.output)["speakers"][0]["name"] == "Jane Doe"
    assert path.read_text(encoding="utf-8") == edited


def test_extract_force_overwrites_an_edited_briefing_and_says_so(project):
    path = briefing_path(project, "bridge")
    edit(path, "name: Jane Doe", "name: Jane A. Doe")
    article = project / "content" / "articles" / "bridge.md"
    result = CliRunner().invoke(main, ["extract", "--force", "--project", str(project), str(article)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"{path} (your edits in it were discarded)"
    b = store.load_briefing(path)
    assert b["speakers"][0]["name"] == "Jane Doe"
    assert not store.is_protected(b)
    assert b["provenance"]["source_path"] == "content/articles/bridge.md"
    result = build(project)
    assert "0 extracted, 2 unchanged, 0 edited kept" in result.output


def test_extract_force_writes_a_missing_briefing(project):
    path = briefing_path(project, "park")
    path.unlink()
    article = project / "content" / "articles" / "park.md"
    result = CliRunner().invoke(main, ["extract", "--force", "--project", str(project), str(article)])
    assert result.exit_code == 0
    assert result.output.strip() == str(path)
    assert store.load_briefing(path)["title"] == "Park reopens"


def test_extract_force_uses_the_slug_from_front_matter(project):
    article = project / "content" / "articles" / "renamed.md"
    article.write_text(PARK.replace("title: Park reopens", "title: Park reopens\nslug: green-park"), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--force", "--project", str(project), str(article)])
    assert result.exit_code == 0
    assert briefing_path(project, "green-park").is_file()


def test_extract_force_refuses_a_file_outside_the_projects_articles(project, tmp_path):
    outside = tmp_path / "elsewhere.md"
    outside.write_text(PARK, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--force", "--project", str(project), str(outside)])
    assert result.exit_code == 1
    assert f"error: {outside}: not one of the project's articles" in result.output
    assert not briefing_path(project, "elsewhere").exists()


def test_extract_force_cannot_be_combined_with_out(project, tmp_path):
    article = project / "content" / "articles" / "park.md"
    result = CliRunner().invoke(main, ["extract", "--force", "--out", str(tmp_path / "x"), str(article)])
    assert result.exit_code == 2
    assert "--force" in result.output and "--out" in result.output


def test_extract_force_takes_several_files(project):
    arts = project / "content" / "articles"
    for slug in ("bridge", "park"):
        edit(briefing_path(project, slug), "summary:", "reviewed: true\nsummary:")
    result = CliRunner().invoke(main, ["extract", "--force", "--project", str(project),
                                       str(arts / "bridge.md"), str(arts / "park.md")])
    assert result.exit_code == 0
    assert len(result.output.strip().splitlines()) == 2
    assert not any(store.load_briefing(briefing_path(project, s)).get("reviewed") for s in ("bridge", "park"))


def test_extract_force_reports_a_bad_article_without_traceback(project):
    bad = project / "content" / "articles" / "bad.md"
    bad.write_bytes(b"caf\xe9\n")
    result = CliRunner().invoke(main, ["extract", "--force", "--project", str(project), str(bad)])
    assert result.exit_code == 1
    assert f"error: {bad}:1: not valid UTF-8" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_force_extract_is_a_library_call_too(project):
    config = load_config(project)
    path = briefing_path(project, "bridge")
    edit(path, "name: Jane Doe", "name: Jane A. Doe")
    done = pipeline.force_extract(project / "content" / "articles" / "bridge.md", config)
    assert done.path == path and done.replaced_edits
    again = pipeline.force_extract(project / "content" / "articles" / "bridge.md", config)
    assert not again.replaced_edits
