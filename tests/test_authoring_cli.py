"""The authoring commands' conventions: help with examples, --verbose/--quiet, exit codes
(0 success, 1 content errors, 2 usage), colour only on a terminal, and a progress bar only
when standard error is a terminal."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief import __version__
from newsbrief.cli import main

AUTHORING = ["init", "new", "serve", "import"]
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", AUTHORING)
def test_help_has_examples_of_the_command(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    examples = result.output.split("Examples:", 1)[1]
    assert examples.count(f"newsbrief {command}") >= 2


@pytest.mark.parametrize("command", AUTHORING)
def test_verbose_and_quiet_exist_and_exclude_each_other(runner, command, tmp_path):
    opts = {o for p in main.commands[command].params for o in p.opts}
    assert {"-v", "--verbose", "-q", "--quiet"} <= opts
    args = {"init": [str(tmp_path / "x")], "new": ["Headline", "--project", str(tmp_path)],
            "serve": ["--project", str(tmp_path)], "import": [str(PAGES / "metro-ledger-housing.html"),
                                                              "--project", str(tmp_path)]}[command]
    result = runner.invoke(main, [command, *args, "--verbose", "--quiet"])
    assert result.exit_code == 2
    assert "cannot be used together" in result.output
    assert not any(tmp_path.iterdir())                  # nothing was done


@pytest.mark.parametrize("args", [["init"], ["new"], ["import"], ["serve", "--port", "99999"],
                                  ["serve", "--nope"], ["new", "x", "--project", "/no/such/folder"]])
def test_usage_errors_exit_2(runner, args):
    assert runner.invoke(main, args).exit_code == 2


def test_no_colour_when_not_a_terminal_and_colour_when_forced(runner, tmp_path):
    bad = tmp_path / "notes.html"
    bad.write_text("plain text", encoding="utf-8")
    plain = runner.invoke(main, ["import", str(bad), "--project", str(tmp_path)])
    assert plain.exit_code == 1
    assert not ANSI.search(plain.output)
    coloured = runner.invoke(main, ["import", str(bad), "--project", str(tmp_path)], color=True)
    assert ANSI.search(coloured.stderr)
    assert ANSI.sub("", coloured.stderr) == plain.stderr


def _run_with_stderr_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run newsbrief with standard error on a pseudo-terminal and standard output on a pipe."""
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=secondary, stdin=subprocess.DEVNULL, env={**os.environ, "TERM": "xterm"})
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(primary, 4096)
        except OSError:                 # the pty closes when the process ends
            break
        if not data:
            break
        chunks.append(data)
    out = proc.stdout.read().decode()
    code = proc.wait(timeout=60)
    os.close(primary)
    return code, out, b"".join(chunks).decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_only(tmp_path):
    pages = [str(p) for p in sorted(PAGES.glob("*.html"))]
    code, out, terminal = _run_with_stderr_on_a_terminal(["import", *pages, "--project", str(tmp_path)], tmp_path)
    assert code == 0, terminal
    assert "importing" in terminal and f"{len(pages)}/{len(pages)}" in terminal
    assert "imported 3 of 3 pages" in out and "importing" not in out       # stdout is a pipe: no bar there
    (tmp_path / "again").mkdir()
    piped = subprocess.run([sys.executable, "-m", "newsbrief.cli", "import", *pages, "--project",
                            str(tmp_path / "again")], capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == "" and "\r" not in piped.stdout


def test_the_command_exits_with_its_status_and_all_its_output(tmp_path):
    """The installed command ends without Python's teardown (cli.run): what it printed still
    arrives whole through a pipe, and its exit status is the command's."""
    def newsbrief(*args):
        return subprocess.run([sys.executable, "-m", "newsbrief.cli", *args], cwd=tmp_path, capture_output=True,
                              text=True, timeout=120)

    made = newsbrief("init", "site")
    assert made.returncode == 0, made.stderr
    built = newsbrief("build", "--project", "site")
    assert built.returncode == 0, built.stderr
    assert re.search(r"^\d+ articles \(.*\), \d+ pages, \d+ files written to .* in [\d.]+s$", built.stdout, re.M)
    assert (tmp_path / "site" / "site" / "index.html").is_file()
    version = newsbrief("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"newsbrief, version {__version__}")
    unknown = newsbrief("nonsense")
    assert unknown.returncode == 2 and "No such command 'nonsense'" in unknown.stderr
    refused = newsbrief("build", "--project", "site", "--out", str(tmp_path / "site" / "content"))
    assert refused.returncode == 1 and refused.stderr.startswith("Error: refusing to use")
