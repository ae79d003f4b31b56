"""newsbrief serve, without a browser: the HTTP side (the reload script added to HTML as it is
sent, never to the built files; the event stream; the base_url path; 404s), and the watching
side (a change rebuilds once, a failed build keeps the last good site, the config and new or
deleted articles count).  tests/browser/test_serve_reload.py watches a real page reload."""

from __future__ import annotations

import http.client
import os
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import main
from newsbrief.errors import NewsbriefError
from newsbrief.scaffold import SAMPLE_SLUG, init_site
from newsbrief.serve import EVENTS_PATH, DevServer, inject_reload

ARTICLE = f"articles/{SAMPLE_SLUG}.html"
WAIT = 15.0


def wait_for(condition, timeout: float = WAIT, what: str = "the condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


class Running:
    """A DevServer running in a thread, with what it logged."""

    def __init__(self, project: Path, **kw):
        self.logged: list[tuple[str, str]] = []
        self.server = DevServer(project, port=0, log=lambda level, msg: self.logged.append((level, msg)), **kw)
        self.url = self.server.start()
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def get(self, rel: str = "") -> tuple[int, dict, str]:
        try:
            with urllib.request.urlopen(self.url + rel, timeout=10) as r:
                return r.status, dict(r.headers), r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read().decode("utf-8")

    def lines(self, level: str) -> list[str]:
        return [m for lv, m in self.logged if lv == level]

    def stop(self):
        self.server.stop()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive()


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    init_site(tmp_path / "site")
    return tmp_path / "site"


@pytest.fixture
def running(project):
    r = Running(project)
    yield r
    r.stop()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _article(project: Path) -> Path:
    return project / "content" / "articles" / f"{SAMPLE_SLUG}.md"


# --- HTTP ----------------------------------------------------------------------------------------

def test_html_gets_the_reload_script_as_it_is_sent_and_the_built_file_does_not(running):
    status, headers, html = running.get(ARTICLE)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-store"
    assert html.count(EVENTS_PATH) == 1
    assert html.index(EVENTS_PATH) < html.rindex("</body>")
    built = (running.server.live.out / ARTICLE).read_text(encoding="utf-8")
    assert EVENTS_PATH not in built and "EventSource" not in built
    assert int(headers["Content-Length"]) == len(html.encode("utf-8"))
    _, css_headers, css = running.get("static/style.css")
    assert "EventSource" not in css and css_headers["Content-Type"].startswith("text/css")


def test_the_served_site_is_built_outside_the_project(running, project):
    assert running.get("index.html")[0] == 200
    assert not (project / "site").exists()
    assert not running.server.live.out.resolve().is_relative_to(project.resolve())


def test_folders_index_and_404(running):
    status, _, html = running.get("")
    assert status == 200 and "Riverside library" in html
    status, _, html = running.get("articles/")
    assert status == 200 and "Briefings" in html
    status, _, html = running.get("no/such/page.html")
    assert status == 404 and "Page not found" in html and EVENTS_PATH in html


def test_no_way_out_of_the_site(running):
    host, port = running.server._server.server_address[:2]
    for path in ("/../newsbrief.yaml", "/%2e%2e/%2e%2e/etc/passwd", "/articles/..%2f..%2fnewsbrief.yaml"):
        conn = http.client.HTTPConnection(host, port, timeout=10)
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read().decode("utf-8", "replace")
        conn.close()
        assert r.status == 404, path
        assert "title:" not in body and "root:" not in body


def test_event_stream_sends_the_build_stamp_at_once(running):
    host, port = running.server._server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.request("GET", EVENTS_PATH)
    r = conn.getresponse()
    assert r.status == 200 and r.getheader("Content-Type") == "text/event-stream"
    assert r.fp.readline() == b"event: build\n"
    assert r.fp.readline().decode().strip() == f"data: {running.server.live.stamp}"
    conn.close()


def test_inject_reload():
    assert inject_reload(b"<html><body><p>x</p></body></html>", "s.1").endswith(b"</script>\n</body></html>")
    assert b'var built="s.1"' in inject_reload(b"<p>no body</p>", "s.1")
    page = b"<body><pre>&lt;/body&gt;</pre></BODY>"
    assert inject_reload(page, "a").endswith(b"</script>\n</BODY>")


def test_base_url_path_is_served_under_its_path(project):
    (project / "newsbrief.yaml").write_text('title: "Briefs"\nbase_url: https://example.org/briefs/\n',
                                            encoding="utf-8")
    r = Running(project)
    try:
        assert r.url.endswith("/briefs/")
        host, port = r.server._server.server_address[:2]
        conn = http.client.HTTPConnection(host, port, timeout=10)
        conn.request("GET", "/")
        resp = conn.getresponse()
        assert resp.status == 302 and resp.getheader("Location") == "/briefs/"
        conn.close()
        assert r.get(ARTICLE)[0] == 200
    finally:
        r.stop()


def test_a_port_in_use_is_a_clear_error(project):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        with pytest.raises(NewsbriefError, match=f"port {port} .* in use"):
            DevServer(project, port=port).start()
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--project", str(project)])
        assert result.exit_code == 1
        assert "in use" in result.stderr and "--port 0" in result.stderr


def test_verbose_and_quiet_together_is_a_usage_error(project):
    result = CliRunner().invoke(main, ["serve", "--verbose", "--quiet", "--project", str(project)])
    assert result.exit_code == 2


# --- watching and rebuilding -------------------------------------------------------------------------

def test_an_edit_rebuilds_once_and_changes_the_stamp(running, project):
    stamp = running.server.live.stamp
    assert running.server.builds == 1
    _edit(_article(project), "more than forty", "more than sixty")
    wait_for(lambda: "more than sixty" in running.get(ARTICLE)[2], what="the rebuilt page")
    # the new files are swapped in just before the stamp moves on: wait for both
    wait_for(lambda: running.server.live.stamp != stamp, what="a new build stamp")
    assert running.server.builds == 2
    time.sleep(1.5)                 # the build's own briefing write must not trigger another build
    assert running.server.builds == 2, running.logged
    assert any("changed: content/articles/" in m for m in running.lines("info"))


def test_a_failed_build_keeps_the_last_good_site(running, project):
    good = running.get(ARTICLE)[2]
    stamp = running.server.live.stamp
    article = _article(project)
    _edit(article, "date: 2024-09-14", "date: next Tuesday")
    wait_for(lambda: running.server.failures == 1, what="the failed build")
    errors = running.lines("error")
    assert any(str(article) in e and "not a date" in e for e in errors), errors
    assert any("still serving the last good site" in w for w in running.lines("warning"))
    assert running.get(ARTICLE)[0] == 200
    assert running.get(ARTICLE)[2] == good
    assert running.server.live.stamp == stamp          # open pages are not reloaded
    _edit(article, "date: next Tuesday", "date: 2024-09-15")
    wait_for(lambda: "15 September 2024" in running.get(ARTICLE)[2], what="the fixed page")
    assert running.server.failures == 1


def test_a_broken_template_keeps_the_last_good_site(running, project):
    good = running.get("index.html")[2]
    (project / "templates" / "index.html").write_text("{% extends 'base.html' %}{% block content %}{{ oops(",
                                                      encoding="utf-8")
    wait_for(lambda: running.server.failures == 1, what="the failed build")
    assert any("index.html" in e for e in running.lines("error"))
    assert running.get("index.html")[2] == good
    (project / "templates" / "index.html").write_text(
        "{% extends 'base.html' %}{% block content %}<h1>My front page</h1>{% endblock %}", encoding="utf-8")
    wait_for(lambda: "My front page" in running.get("index.html")[2], what="the overridden front page")


def test_new_and_deleted_articles_and_the_config_count(running, project):
    new = project / "content" / "articles" / "harbour-wall.md"
    new.write_text("---\ntitle: Harbour wall repairs begin\ndate: 2024-10-01\n---\n"
                   "\"The wall will be safe by spring,\" said Ken Ward, the harbour master.\n", encoding="utf-8")
    wait_for(lambda: running.get("articles/harbour-wall.html")[0] == 200, what="the new article's page")
    new.unlink()
    wait_for(lambda: running.get("articles/harbour-wall.html")[0] == 404, what="the page to go")
    config = project / "newsbrief.yaml"
    tmp = project / ".newsbrief.yaml.swp"        # saved the way editors save: a new file renamed over it
    tmp.write_text(config.read_text(encoding="utf-8").replace("My news briefings", "Riverside briefings"),
                   encoding="utf-8")
    os.replace(tmp, config)
    wait_for(lambda: "Riverside briefings" in running.get("index.html")[2], what="the new title")


def test_a_change_made_while_the_watcher_starts_is_not_lost(project):
    """Edited during the first build, before the watcher runs: the later rescan finds it."""
    r = Running(project)
    try:
        assert r.server.builds == 1
        r.server._before[str(_article(project))] = (0, 0)      # as if the file changed after the build began
        r.server._changes.put({("rescan", "")})
        wait_for(lambda: r.server.builds == 2, what="the rebuild after the rescan")
    finally:
        r.stop()


def test_stop_removes_the_temporary_site(project):
    r = Running(project)
    out = r.server.live.out
    assert out.is_dir()
    r.stop()
    assert not out.exists()
