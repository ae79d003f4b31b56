"""newsbrief serve as an author uses it: the command runs on a copy of the small browser-test
site, Chromium opens an article page, the article file is edited on disk, and the open page
shows the change by itself (no reload from the test).  Then a broken edit: the page stays as
it was, and the terminal says why."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time

import pytest

from .fixture import make_project

ARTICLE = "articles/grid-upgrade.html"
START_TIMEOUT = 30


class ServeProcess:
    """``newsbrief serve --port 0`` in a subprocess, its output read line by line."""

    def __init__(self, project):
        env = {**os.environ, "NEWSBRIEF_PAGEFIND": "off", "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "serve", "--port", "0",
                                      "--project", str(project)], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, env=env)
        self.lines: list[str] = []
        self._q: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self.wait_for_line(r"serving (http://127\.0\.0\.1:\d+/)", START_TIMEOUT).group(1)

    def _read(self):
        for line in self.proc.stdout:
            self._q.put(line.rstrip("\n"))

    def wait_for_line(self, pattern: str, timeout: float = 15):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for line in self.lines:
                m = re.search(pattern, line)
                if m:
                    return m
            try:
                self.lines.append(self._q.get(timeout=0.1))
            except queue.Empty:
                if self.proc.poll() is not None and self._q.empty():
                    break
        raise AssertionError(f"serve never printed /{pattern}/; it printed:\n" + "\n".join(self.lines))

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            return self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


@pytest.fixture
def served_project(tmp_path):
    project = make_project(tmp_path)
    server = ServeProcess(project)
    yield project, server
    assert server.stop() == 0, "\n".join(server.lines)
    assert not (project / "site").exists()          # serve builds elsewhere: the project's site/ is untouched


def test_an_open_page_shows_an_edit_without_a_manual_reload(served_project, page):
    project, server = served_project
    p = page.page
    p.goto(server.url + ARTICLE)
    body = p.locator(".full-text .body")
    assert "supply chains" not in body.inner_text()
    p.evaluate("window.__stillTheSamePage = true")          # gone when the page reloads

    article = project / "content" / "articles" / "grid-upgrade.md"
    text = article.read_text(encoding="utf-8")
    edited = text.rstrip("\n") + "\n\nThe ministry said the cables would be bought from local supply chains.\n"
    article.write_text(edited, encoding="utf-8")

    p.wait_for_function("document.querySelector('.full-text .body').innerText.includes('local supply chains')",
                        timeout=15_000)
    assert p.evaluate("window.__stillTheSamePage === undefined")   # it reloaded by itself
    assert p.url == server.url + ARTICLE
    server.wait_for_line(r"changed: content/articles/grid-upgrade\.md")

    # A broken edit: the build fails, the terminal says why, and the page is left alone.
    p.evaluate("window.__stillTheSamePage = true")
    article.write_text(edited.replace("title:", "title: [unclosed", 1), encoding="utf-8")
    server.wait_for_line(r"grid-upgrade\.md.*(front matter|YAML)")
    server.wait_for_line(r"still serving the last good site")
    time.sleep(0.5)
    assert p.evaluate("window.__stillTheSamePage === true")
    assert "local supply chains" in body.inner_text()
    assert page.problems == []
