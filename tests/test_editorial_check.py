"""Issue 4.2 — ``newsbrief check`` validates briefings, quotes and the built site's links;
``build --strict`` fails on any error, a plain build skips the bad article and builds the rest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief import store
from newsbrief.check import check
from newsbrief.cli import main
from newsbrief.config import load_config

from helpers import copy_demo

BRIDGE = """---
title: Bridge plan
date: 2024-03-01
---
The city council approved the bridge plan on **Monday**.

“We will build the bridge by spring,” said Jane Doe, the transport minister. “It is a promise.”

Tom Smith, the opposition leader, said the budget was unrealistic.
"""


@pytest.fixture(autouse=True)
def _no_search(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")


@pytest.fixture
def project(tmp_path):
    p = tmp_path / "project"
    (p / "content" / "articles").mkdir(parents=True)
    (p / "content" / "articles" / "bridge.md").write_text(BRIDGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--project", str(p)])
    assert result.exit_code == 0, result.output
    # Pin the quotes (whatever the extractor finds today) and rebuild: the tests edit these.
    path = p / "content" / "briefings" / "bridge.yaml"
    b = store.load_briefing(path)
    b["speakers"] = [{"id": "jane-doe", "name": "Jane Doe", "role": "transport minister", "aliases": [],
                      "kind": "person"},
                     {"id": "tom-smith", "name": "Tom Smith", "role": "opposition leader", "aliases": [],
                      "kind": "person"}]
    b["quotes"] = [
        {"kind": "direct", "speaker": "jane-doe", "text": "We will build the bridge by spring,", "paragraph": 2,
         "topics": [], "cue": "said"},
        {"kind": "direct", "speaker": "jane-doe", "text": "It is a promise.", "paragraph": 2, "topics": []},
        {"kind": "indirect", "speaker": "tom-smith", "text": "the budget was unrealistic", "paragraph": 3,
         "topics": [], "cue": "said"},
    ]
    store.write_briefing(path, store.seal(b))
    result = CliRunner().invoke(main, ["build", "--project", str(p)])
    assert "1 unchanged" in result.output, result.output
    return p


def run_check(project: Path, *args: str):
    result = CliRunner().invoke(main, ["check", "--project", str(project), *args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


def errors(result) -> list[str]:
    return [line[len("error: "):] for line in result.output.splitlines() if line.startswith("error: ")]


def briefing(project: Path) -> Path:
    return project / "content" / "briefings" / "bridge.yaml"


def edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_fresh_project_checks_clean(project):
    result = run_check(project)
    assert result.exit_code == 0, result.output
    assert re.search(r"checked 1 articles, 1 briefings \(3 quotes\), \d+ pages \(\d+ links\): 0 errors", result.output)


def test_the_demo_project_checks_clean(tmp_path):
    project = copy_demo(tmp_path / "demo")
    assert CliRunner().invoke(main, ["build", "--project", str(project)]).exit_code == 0
    result = run_check(project)
    assert result.exit_code == 0, result.output


def test_schema_errors_name_file_and_line_and_all_are_reported(project):
    path = briefing(project)
    text = edit(path, "kind: direct", "kind: quoted")
    text = edit(path, "role: transport minister", "role: transport minister\n  age: 52")
    result = run_check(project)
    assert result.exit_code == 1
    errs = errors(result)
    assert f"{path}:{line_of(text, 'kind: quoted')}: quotes/0/kind: 'quoted' is not one of ['direct', 'indirect']" \
        in errs
    assert any(e.startswith(f"{path}:{line_of(text, 'age: 52')}: speakers/0: unknown key 'age'") for e in errs), errs


def test_a_quote_that_is_not_in_the_article_is_an_error(project):
    path = briefing(project)
    text = edit(path, "text: We will build the bridge by spring,", "text: We will build the tunnel by spring,")
    result = run_check(project)
    assert result.exit_code == 1
    line = line_of(text, "text: We will build the tunnel")
    assert errors(result) == [
        f"{path}:{line}: quotes/0/text: not found word for word in "
        f"{_rel(project / 'content' / 'articles' / 'bridge.md')}: "
        "'We will build the tunnel by spring,'"]


def test_quote_matching_ignores_whitespace_and_markdown_emphasis(project):
    path = briefing(project)
    b = store.load_briefing(path)
    b["quotes"][0]["text"] = "We  will build\nthe bridge   by spring,"
    b["quotes"][1]["continued"] = ["approved the bridge plan on Monday."]      # plain text of **Monday**
    b["quotes"][2]["continued"] = ["approved the bridge plan on **Monday**."]  # as written in the Markdown
    store.write_briefing(path, b)
    result = run_check(project, "--out", str(project / "nowhere"))
    assert result.exit_code == 0, result.output


def test_a_continued_part_that_is_not_in_the_article_is_an_error(project):
    path = briefing(project)
    b = store.load_briefing(path)
    b["quotes"][0]["continued"] = ["It is a promise.", "We will never raise taxes."]
    store.write_briefing(path, b)
    result = run_check(project)
    assert result.exit_code == 1
    [err] = errors(result)
    assert err.startswith(f"{path}:") and "quotes/0/continued/1: not found word for word" in err
    assert "We will never raise taxes." in err


def test_the_source_is_found_by_provenance_when_the_slug_differs(project):
    src = briefing(project)
    other = src.with_name("bridge-copy.yaml")
    src.rename(other)
    assert run_check(project, "--out", str(project / "nowhere")).exit_code == 0
    edit(other, "text: It is a promise.", "text: It is no promise.")
    result = run_check(project, "--out", str(project / "nowhere"))
    assert result.exit_code == 1
    assert "quotes/1/text: not found word for word" in result.output


def test_an_orphan_briefing_is_a_warning(project):
    (project / "content" / "articles" / "bridge.md").unlink()
    result = run_check(project, "--out", str(project / "nowhere"))
    assert result.exit_code == 0
    assert "no article with the slug 'bridge'" in result.output


def test_a_quote_whose_speaker_does_not_exist_is_an_error(project):
    path = briefing(project)
    text = edit(path, "speaker: jane-doe", "speaker: john-roe")
    result = run_check(project)
    assert result.exit_code == 1
    assert f"{path}:{line_of(text, 'speaker: john-roe')}: quotes/0/speaker: 'john-roe' is not the id of a speaker " \
           "in this briefing" in errors(result)


def test_a_quote_whose_topic_does_not_exist_is_an_error(project):
    path = briefing(project)
    text = edit(path, "  topics: []\n  cue: said", "  topics: [tunnels]\n  cue: said")
    result = run_check(project)
    assert result.exit_code == 1
    assert f"{path}:{line_of(text, 'topics: [tunnels]')}: quotes/0/topics: 'tunnels' is not the id of a topic " \
           "in this briefing" in errors(result)


def test_a_broken_article_is_an_error_of_check_too(project):
    bad = project / "content" / "articles" / "bad.md"
    bad.write_text("---\ndate: someday\n---\nBody.\n", encoding="utf-8")
    result = run_check(project)
    assert result.exit_code == 1
    assert f"{bad}:2: front matter 'date' 'someday' is not a date (use YYYY-MM-DD)" in errors(result)


def test_check_without_a_built_site_warns_and_checks_the_content(project):
    result = run_check(project, "--out", str(project / "not-built"))
    assert result.exit_code == 0
    assert "links were not checked" in result.output


# --- links in the built site ------------------------------------------------------------------------

def _rel(path: Path) -> str:
    """How check shows a path: relative to the working folder when inside it."""
    return str(path.relative_to(Path.cwd())) if path.is_relative_to(Path.cwd()) else str(path)


def add_page(project: Path, rel: str, body: str) -> Path:
    path = project / "site" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!DOCTYPE html>\n<html><body>\n{body}\n</body></html>\n", encoding="utf-8")
    return path


def test_a_broken_relative_link_names_page_and_line(project):
    page = add_page(project, "articles/extra.html", '<p id="top">x</p>\n<a href="../speakers/nobody.html">x</a>')
    result = run_check(project)
    assert result.exit_code == 1
    assert errors(result) == [f"{_rel(page)}:4: "
                              "<a href='../speakers/nobody.html'>: broken link: speakers/nobody.html does not exist"]


@pytest.mark.parametrize("html, problem", [
    ('<img src="../static/missing.png">', "broken link: static/missing.png does not exist"),
    ('<a href="#nowhere">x</a>', "no element with id 'nowhere' on this page"),
    ('<a href="bridge.html#q99">x</a>', "no element with id 'q99' on articles/bridge.html"),
    ('<a href="../../outside.html">x</a>', "leaves the site folder"),
    ('<a href="javascript:alert(1)">x</a>', "unsafe link (script URL)"),
    ('<a href=" java\tscript:alert(1)">x</a>', "unsafe link (script URL)"),
    ('<iframe src="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', "unsafe link (script URL)"),
    ('<link rel="stylesheet" href="/static/nope.css">', "broken link: static/nope.css does not exist"),
])
def test_link_problems(project, html, problem):
    page = add_page(project, "articles/extra.html", html)
    result = run_check(project)
    assert result.exit_code == 1
    assert [e.split(": ", 2)[-1] for e in errors(result)] == [problem], errors(result)
    assert errors(result)[0].startswith(f"{_rel(page)}:3: ")


@pytest.mark.parametrize("html", [
    '<a href="bridge.html#q1">x</a>',
    '<a href="../index.html">x</a>',
    '<a href="../articles/">x</a>',
    '<a href="bridge.html?ref=x">x</a>',
    '<a href="https://example.org/nope.html">x</a>',
    '<a href="//cdn.example.org/x.js">x</a>',
    '<a href="mailto:desk@example.org">x</a>',
    '<img src="data:image/png;base64,iVBORw0KGgo=">',
    '<a href="#">x</a>',
    '<a href="">x</a>',
    '<p id="here"></p><a href="#here">x</a>',
    '<a href="/articles/bridge.html">x</a>',
])
def test_links_that_are_fine(project, html):
    add_page(project, "articles/extra.html", html)
    result = run_check(project)
    assert result.exit_code == 0, result.output


def test_root_relative_links_honour_the_base_url_path(project):
    (project / "newsbrief.yaml").write_text("base_url: https://example.org/briefs/\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", "--project", str(project)]).exit_code == 0
    add_page(project, "articles/extra.html", '<a href="/briefs/articles/bridge.html">x</a>')
    assert run_check(project).exit_code == 0
    add_page(project, "articles/extra.html", '<a href="/briefs/articles/nope.html">x</a>')
    assert run_check(project).exit_code == 1


def test_check_is_a_library_call_that_writes_nothing(project):
    before = sorted((p.relative_to(project), p.stat().st_mtime_ns) for p in project.rglob("*"))
    report = check(load_config(project))
    assert not report.errors and report.site_checked and report.pages > 5 and report.links > 20
    assert sorted((p.relative_to(project), p.stat().st_mtime_ns) for p in project.rglob("*")) == before


# --- build --strict and the skip-and-continue build ---------------------------------------------------

def test_a_bad_article_is_reported_and_skipped_and_the_rest_is_built(project):
    bad = project / "content" / "articles" / "broken.md"
    bad.write_bytes(b"---\ntitle: [unclosed\n---\nBody.\n")
    result = CliRunner().invoke(main, ["build", "--project", str(project)])
    assert result.exit_code == 1
    assert f"error: {bad}:3: malformed front matter" in result.output
    assert (project / "site" / "articles" / "bridge.html").is_file()
    assert not (project / "site" / "articles" / "broken.html").exists()


def test_build_strict_fails_on_a_bad_article_and_keeps_the_previous_site(project):
    site = project / "site"
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    (project / "content" / "articles" / "bridge.md").write_text(BRIDGE.replace("Monday", "Tuesday"), encoding="utf-8")
    bad = project / "content" / "articles" / "broken.md"
    bad.write_bytes(b"\xff\xfe not text")
    result = CliRunner().invoke(main, ["build", "--strict", "--project", str(project)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {bad}:1: not valid UTF-8 (byte 0xff at offset 0); save the file as UTF-8"
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert "Monday" in (site / "articles" / "bridge.html").read_text(encoding="utf-8")


def test_build_strict_fails_on_an_invalid_briefing(project):
    edit(briefing(project), "kind: direct", "kind: quoted")
    result = CliRunner().invoke(main, ["build", "--strict", "--project", str(project)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {briefing(project)}:")
    assert "quotes/0/kind" in result.output
