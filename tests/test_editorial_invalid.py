"""Issue 4.3 — bad input gets a clear one-line error naming the file (and line), never a traceback.

Every folder under ``tests/fixtures/invalid/`` is a project that is wrong in one way; its
``expected.yaml`` holds the exit code and the exact line ``newsbrief build`` must print.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from newsbrief.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "invalid"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.yaml").is_file())
SUMMARY = re.compile(r"^\d+ articles \(")


@pytest.fixture(autouse=True)
def _no_search(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")


def expected(case: str) -> dict:
    return yaml.safe_load((FIXTURES / case / "expected.yaml").read_text(encoding="utf-8"))


def copy_case(case: str, tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / case, project, ignore=shutil.ignore_patterns("expected.yaml"))
    return project


def fill(message: str, project: Path) -> str:
    return (message.replace("{project}", str(project)).replace("{parent}", str(project.parent))
            .replace("{home}", str(Path.home().resolve())))


def test_there_are_fixtures_for_every_kind_of_bad_input():
    needed = {"invalid-utf8", "binary-file", "empty-file", "malformed-front-matter", "unparseable-date",
              "impossible-date", "duplicate-slug", "unknown-front-matter-key", "slug-leaves-output",
              "output-is-content", "output-is-project", "output-is-home", "output-not-ours"}
    assert needed <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_build_reports_bad_input_in_one_line(case, tmp_path):
    exp = expected(case)
    project = copy_case(case, tmp_path)
    result = CliRunner().invoke(main, ["build", "--project", str(project), *exp["args"]])

    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code == exp["exit_code"], result.output
    lines = result.output.splitlines()
    assert fill(exp["message"], project) in lines, result.output
    for line in lines:   # every message is one line: nothing but messages and the summary
        assert line.startswith(("error: ", "warning: ", "Error: ")) or SUMMARY.match(line), line
    leftovers = [p.name for p in project.parent.iterdir() if ".staging-" in p.name or ".old-" in p.name]
    assert leftovers == []
    if exp["message"].startswith("error: "):      # reported and skipped: the rest of the site is built
        assert (project / "site" / "index.html").is_file()


@pytest.mark.parametrize("case", [c for c in CASES if expected(c)["message"].startswith(("error: ", "warning: "))])
def test_check_reports_the_same_content_problems(case, tmp_path):
    exp = expected(case)
    project = copy_case(case, tmp_path)
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code == exp["exit_code"], result.output
    assert fill(exp["message"], project) in result.output.splitlines(), result.output
