"""Serve a site while you write it (``newsbrief serve``): build, serve, watch, rebuild, reload.

* The site is built into a private temporary folder (the project's own output folder, the
  one ``newsbrief build`` and ``publish`` use, is not touched) and served on 127.0.0.1 by
  ``http.server`` in a thread, under the path of the site's ``base_url`` when it has one.
* ``watchfiles`` watches the content folder, the templates folder and ``newsbrief.yaml``.
  A change rebuilds the site with ``pipeline.build``, which re-extracts only the articles
  that changed and rewrites only the files whose bytes changed.
* Open pages reload themselves: every HTML response gets a small script, added by the
  HTTP handler as the page is sent (the built files never contain it), that listens to a
  server-sent-events stream at ``/__newsbrief/events`` and reloads when a build changed
  the site.
* A failed build is reported in the terminal and the last good site stays served.  While
  the site builds without errors, rebuilds are strict: an article with a mistake in it
  fails the rebuild instead of silently dropping out of the site.
"""

from __future__ import annotations

import errno
import http.server
import queue
import secrets
import shutil
import signal
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import jinja2

from . import pipeline
from .config import CONFIG_NAME, Config, load_config
from .errors import NewsbriefError, template_error

EVENTS_PATH = "/__newsbrief/events"
HOST = "127.0.0.1"
PING_SECONDS = 15.0
RESCAN = "rescan"          # a change-queue entry: compare every watched file with the last build's view
RESCAN_AFTER = 0.5

# log(level, message): level is "info", "success", "warning", "error" or "debug".
Log = Callable[[str, str], None]


def _no_log(level: str, message: str) -> None:
    pass


RELOAD_SCRIPT = ('<script>/* added by newsbrief serve: reload when the site is rebuilt */'
                 '(function(){{if(!window.EventSource)return;var built="{stamp}";'
                 'var es=new EventSource("{events}");'
                 'es.addEventListener("build",function(e){{if(e.data!==built){{es.close();location.reload();}}}});'
                 '}})();</script>\n')


def inject_reload(html: bytes, stamp: str) -> bytes:
    """The page with the live-reload script before its last ``</body>`` (or at the end)."""
    script = RELOAD_SCRIPT.format(stamp=stamp, events=EVENTS_PATH).encode()
    at = html.lower().rfind(b"</body>")
    if at < 0:
        return html + script
    return html[:at] + script + html[at:]


NO_SITE_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>No site yet</title></head>
<body><h1>No site yet</h1><p>The site has not been built: see the terminal running
<code>newsbrief serve</code>. This page reloads when a build succeeds.</p></body></html>
"""


class LiveSite:
    """What the HTTP handler threads share with the builder: where the site is, the URL path
    it is served under, and a build stamp that changes whenever a build changed the site."""

    def __init__(self, out: Path, prefix: str = "/"):
        self.out = out
        self.prefix = prefix
        self.token = secrets.token_hex(4)
        self.version = 0
        self.closed = False
        self._cond = threading.Condition()

    @property
    def stamp(self) -> str:
        return f"{self.token}.{self.version}"

    def bump(self) -> None:
        with self._cond:
            self.version += 1
            self._cond.notify_all()

    def wait(self, seen: str | None, timeout: float) -> str:
        """The stamp once it differs from ``seen`` (at once if it does), or after ``timeout``."""
        with self._cond:
            self._cond.wait_for(lambda: self.stamp != seen or self.closed, timeout)
            return self.stamp

    def close(self) -> None:
        with self._cond:
            self.closed = True
            self._cond.notify_all()


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site under ``live.prefix``, adds the reload script to HTML, streams
    build stamps at EVENTS_PATH, and never lets a browser cache anything."""

    live: LiveSite
    log: Log = staticmethod(_no_log)
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".xml": "application/xml", ".json": "application/json",
                      ".svg": "image/svg+xml", ".js": "text/javascript", ".css": "text/css"}

    def log_message(self, format, *args) -> None:
        self.log("debug", f"{self.address_string()} {format % args}")

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def _respond(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        if path == EVENTS_PATH and not head:
            return self._events()
        prefix = self.live.prefix
        if not path.startswith(prefix):
            if path == "/" or prefix.startswith(path.rstrip("/") + "/"):
                return self._redirect(prefix)
            return self._not_found(head)
        parts = [p for p in path[len(prefix):].split("/") if p]
        if any(p in (".", "..") or "\\" in p or "\x00" in p for p in parts):
            return self._not_found(head)
        target = self.live.out.joinpath(*parts)
        if target.is_dir():
            if not path.endswith("/"):
                return self._redirect(quote(path) + "/")
            target = target / "index.html"
        try:
            data = target.read_bytes()
        except OSError:            # missing, or swapped away by a build this very moment
            return self._not_found(head)
        ctype = self.guess_type(str(target))
        self._send(200, ctype, data, head)

    def _send(self, status: int, ctype: str, data: bytes, head: bool) -> None:
        if ctype.startswith("text/html"):
            data = inject_reload(data, self.live.stamp)
        if ctype.startswith(("text/", "application/json", "application/xml", "image/svg")) and "charset" not in ctype:
            ctype += "; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_found(self, head: bool) -> None:
        page = self.live.out / "404.html"
        try:
            data = page.read_bytes()
        except OSError:
            data = NO_SITE_PAGE
        self._send(404, "text/html", data, head)

    def _events(self) -> None:
        """Server-sent events: the current build stamp at once, then each new one (and a
        comment line now and then, to notice a closed page)."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("X-Accel-Buffering", "no")
        self.end_headers()
        seen = None
        try:
            while not self.live.closed:
                stamp = self.live.wait(seen, PING_SECONDS)
                if self.live.closed:
                    break
                if stamp != seen:
                    self.wfile.write(f"event: build\ndata: {stamp}\n\n".encode())
                    seen = stamp
                else:
                    self.wfile.write(b": ping\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            pass


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


@dataclass
class Watched:
    """What a rebuild depends on: folders watched with their subfolders, and the project
    folder itself (not its subfolders), for newsbrief.yaml and folders that appear."""

    tree: list[Path]
    project: Path
    config: Path
    candidates: list[Path]      # content and templates folders, watched for once they exist
    briefings: Path


@dataclass
class DevServer:
    """``newsbrief serve`` as a library: ``start()``, then ``run()`` until Ctrl-C (or ``stop()``)."""

    project: Path
    port: int = 8000
    drafts: bool = False
    log: Log = _no_log
    host: str = HOST
    live: LiveSite | None = None
    builds: int = 0                   # builds that replaced the served site
    failures: int = 0                 # builds that failed (the previous site stayed)
    clean: bool = False               # the last build that replaced the site reported no errors
    _server: _HTTPServer | None = None
    _serving: bool = False
    _tmp: Path | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _changes: queue.Queue = field(default_factory=queue.Queue)
    _before: dict[str, tuple] = field(default_factory=dict)   # sources, as the last build started
    _after: dict[str, tuple] = field(default_factory=dict)    # briefings, as the last build ended
    _watch: Watched | None = None
    _warned: set[str] = field(default_factory=set)
    _watchers: list[tuple[threading.Thread, threading.Event]] = field(default_factory=list)
    _watching: tuple = ()

    # --- life cycle ---

    def start(self) -> str:
        """Build the site, start serving it, and return its URL."""
        self.project = Path(self.project).resolve()
        self._tmp = Path(tempfile.mkdtemp(prefix="newsbrief-serve-"))
        self.live = LiveSite(self._tmp / "site")
        config = self._config()
        if config is not None:
            self.live.prefix = _url_path(config.base_url)
        handler = type("ServeHandler", (Handler,), {"live": self.live, "log": staticmethod(self.log)})
        try:
            self._server = _HTTPServer((self.host, self.port), handler)
        except OSError as exc:
            shutil.rmtree(self._tmp, ignore_errors=True)
            if exc.errno == errno.EADDRINUSE:
                raise NewsbriefError(f"port {self.port} on {self.host} is already in use: choose another with "
                                     "--port, or --port 0 for any free port") from None
            raise NewsbriefError(f"cannot serve on {self.host}:{self.port}: {exc.strerror or exc}") from None
        try:
            self.rebuild(first=True)
            threading.Thread(target=self._server.serve_forever, name="newsbrief-http", daemon=True).start()
            self._serving = True
            self._restart_watchers(config)
        except BaseException:                  # Ctrl-C during the first build: leave nothing behind
            self.close()
            raise
        return self.url

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{self.live.prefix}"

    def run(self) -> None:
        """Rebuild on every change until Ctrl-C, SIGTERM or ``stop()``; then clean up."""
        restore = None
        if threading.current_thread() is threading.main_thread():
            restore = signal.signal(signal.SIGTERM, _interrupt)
        try:
            while not self._stop.is_set():
                try:
                    changes = self._changes.get(timeout=0.25)
                except queue.Empty:
                    continue
                time.sleep(0.05)                      # let a burst of saves arrive together
                while not self._changes.empty():
                    changes |= self._changes.get_nowait()
                changed = self.relevant(changes)
                if changed:
                    names = ", ".join(sorted(_short(p, self.project) for p in changed)[:3])
                    more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
                    self.log("info", f"changed: {names}{more}")
                    config = self.rebuild()
                    self._restart_watchers(config)
        except KeyboardInterrupt:
            pass
        finally:
            if restore is not None:
                signal.signal(signal.SIGTERM, restore)
            self.close()

    def stop(self) -> None:
        self._stop.set()

    def close(self) -> None:
        self._stop.set()
        for _, stop in self._watchers:
            stop.set()
        if self.live is not None:
            self.live.close()
        if self._server is not None:
            if self._serving:                   # shutdown() waits for serve_forever to return
                self._server.shutdown()
                self._serving = False
            self._server.server_close()
            self._server = None
        for thread, _ in self._watchers:
            thread.join(timeout=5)
        self._watchers = []
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    # --- building ---

    def _config(self) -> Config | None:
        try:
            return load_config(self.project, output_dir=self.live.out)
        except NewsbriefError as err:
            self.log("error", str(err))
            return None

    def rebuild(self, first: bool = False) -> Config | None:
        """Build the site; on success the served site is replaced and open pages reload.
        Returns the config used (None when it could not be read)."""
        started = time.perf_counter()
        config = self._config()
        self._watch = self.watched(config)
        self._before = self._snapshot_of(self._watch, briefings=False)
        try:
            if config is None:
                raise _Failed()
            report = pipeline.build(config, drafts=self.drafts, strict=self.clean and not first)
        except _Failed:
            report = None
        except NewsbriefError as err:
            self.log("error", str(err))
            report = None
        except jinja2.TemplateError as err:
            self.log("error", str(template_error(err)))
            report = None
        except Exception as exc:      # a bug must not stop the server: report it, keep serving
            self.log("error", f"the build failed unexpectedly: {type(exc).__name__}: {exc}")
            self.log("debug", traceback.format_exc())
            report = None
        self._after = self._snapshot_of(self._watch, briefings=True)
        if report is None:
            self.failures += 1
            what = "no site is served yet" if self.builds == 0 else "still serving the last good site"
            self.log("warning", f"build failed; {what}. Fix the problem and save again.")
            return config
        for w in report.warnings:
            if w not in self._warned:               # say it once, not again on every save
                self.log("warning", w)
        self._warned = set(report.warnings)
        for e in report.errors:
            self.log("error", str(e))
        self.builds += 1
        self.clean = not report.errors
        self.live.prefix = _url_path(config.base_url)
        if report.changed or first:
            self.live.bump()
        took = time.perf_counter() - started
        note = f", {len(report.errors)} skipped with errors" if report.errors else ""
        self.log("success" if self.clean else "warning",
                 f"built {report.articles} articles, {report.pages} pages ({report.changed} files changed"
                 f"{note}) in {took:.2f}s")
        return config

    # --- watching ---

    def watched(self, config: Config | None) -> Watched:
        cfg = config or Config(project_dir=self.project, content_dir=self.project / "content",
                               templates_dir=self.project / "templates")
        candidates = [cfg.content_dir.resolve(), cfg.templates_dir.resolve()]
        tree = [p for p in candidates if p.is_dir()]
        # a folder inside another watched one is watched already
        tree = [p for p in tree if not any(p != q and p.is_relative_to(q) for q in tree)]
        return Watched(tree, self.project, self.project / CONFIG_NAME, candidates, cfg.briefings_dir.resolve())

    def _restart_watchers(self, config: Config | None) -> None:
        import watchfiles

        w = self.watched(config)
        key = (tuple(w.tree), w.project)
        if key == self._watching and all(t.is_alive() for t, _ in self._watchers):
            return
        for _, stop in self._watchers:
            stop.set()
        self._watchers = []
        self._watching = key
        base_filter = watchfiles.DefaultFilter()
        top = {str(w.config)} | {str(p) for p in w.candidates}

        def in_project(change, path: str) -> bool:
            return path in top

        groups = [(w.tree, True, base_filter), ([w.project], False, in_project)]
        for paths, recursive, filt in groups:
            if not paths:
                continue
            stop = threading.Event()
            thread = threading.Thread(target=self._watch_loop, args=(paths, recursive, filt, stop),
                                      name="newsbrief-watch", daemon=True)
            thread.start()
            self._watchers.append((thread, stop))
        names = [_short(p, self.project) + "/" for p in w.tree] + [CONFIG_NAME]
        self.log("debug", f"watching {', '.join(names)}")
        # A watcher takes a moment to start: look once more, a little later, for changes made
        # between the start of the build and then.
        timer = threading.Timer(RESCAN_AFTER, lambda: self._changes.put({(RESCAN, "")}))
        timer.daemon = True
        timer.start()

    def _watch_loop(self, paths, recursive, filt, stop: threading.Event) -> None:
        import watchfiles

        try:
            for changes in watchfiles.watch(*paths, watch_filter=filt, recursive=recursive, stop_event=stop,
                                            rust_timeout=500, yield_on_timeout=False, raise_interrupt=False,
                                            debounce=1000, step=50):
                if stop.is_set():
                    break
                self._changes.put({(c, str(Path(p))) for c, p in changes})
        except Exception as exc:        # a folder removed under the watcher, or the OS refused
            if not stop.is_set():
                self.log("warning", f"stopped watching {', '.join(str(p) for p in paths)}: {exc}")

    def _snapshot_of(self, w: Watched, briefings: bool) -> dict[str, tuple]:
        """The signature of every watched file and folder: those under the briefings folder
        (``briefings``: the build writes them) or all the others (the build never writes them)."""
        snap = {}
        paths = [w.config, *w.candidates]
        for root in w.tree:
            paths.extend(root.rglob("*"))
        for p in paths:
            if p.is_relative_to(w.briefings) == briefings:
                sig = _signature(p)
                if sig is not None:
                    snap[str(p)] = sig
        return snap

    def relevant(self, changes: set) -> list[str]:
        """The changed paths that call for a rebuild.  A path counts when it differs from what
        the last build saw: the source files as they were when it started, the briefings as it
        left them (so its own writes do not count, while an edit made during a build does).
        Temporary files that came and went, and a folder's own updates, do not count."""
        if (RESCAN, "") in changes and self._watch is not None:
            changes = changes - {(RESCAN, "")}
            everything = {**self._snapshot_of(self._watch, briefings=False),
                          **self._snapshot_of(self._watch, briefings=True)}
            changes |= {(RESCAN, p) for p in {*everything, *self._before, *self._after}}
        out = []
        for _, path in changes:
            if not path:
                continue
            p = Path(path)
            if self._watch is not None and p.is_relative_to(self._watch.briefings):
                before = self._after.get(path)
            else:
                before = self._before.get(path)
            now = _signature(p)
            if now != before and now != ("dir",):
                out.append(path)
            elif now == ("dir",) and before is None:
                out.append(path)                            # a folder moved in, with its files
        return sorted(set(out))


def _signature(p: Path) -> tuple | None:
    try:
        st = p.stat()
    except OSError:
        return None
    return ("dir",) if p.is_dir() else (st.st_mtime_ns, st.st_size)


class _Failed(Exception):
    pass


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _url_path(base_url: str) -> str:
    """The URL path a site is served under: '/' or the path of its base_url ('/briefs/')."""
    path = urlsplit(base_url or "").path or "/"
    if not path.startswith("/"):
        path = "/" + path
    return path if path.endswith("/") else path + "/"


def _short(path, project: Path) -> str:
    p = Path(path)
    try:
        return p.relative_to(project).as_posix()
    except ValueError:
        return str(p)

