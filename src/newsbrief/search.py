"""Search with no server: Pagefind indexes the built pages into static files under pagefind/.

The pages say what to index (``data-pagefind-body`` on briefings, speakers and topics),
which filters a result has (``data-pagefind-filter="speaker"`` / ``"topic"``) and what
to show (``data-pagefind-meta``).  ``search.html`` loads Pagefind's own UI from the
generated ``pagefind/`` folder.

The indexer is the ``pagefind`` binary shipped by the ``pagefind[bin]`` package on PyPI
(or one on PATH).  It runs over the writer's staging folder, after every page is
written and before the folder is swapped in, and writes its bundle there, in
``pagefind/`` (``index_into``; the build then records those files like any other).
Without the binary (or when it fails) the build still succeeds, with a warning, and
the search page says search is off.

``NEWSBRIEF_PAGEFIND`` overrides the binary: a path, or ``off`` to build without search.

Pagefind does not write its filter and metadata files in a stable order (upstream
issue Pagefind/pagefind#638: a few small files differ between two runs over the same
pages).  So the bundle is keyed by a hash of everything Pagefind reads (the HTML pages,
its version and options; ``pages_key`` computes it from the hashes the build already
has): when the key matches the previous build's, the previous bundle is carried over
unchanged (hard-linked) instead of re-indexing.  Pagefind cannot update an index, so
any change to any page means indexing every page again.  Rebuilding an unchanged site
therefore gives byte-identical files; only a clean build into a new folder may differ
in those few Pagefind files.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

BUNDLE_DIR = "pagefind"
TIMEOUT = 600


def find_pagefind() -> Path | None:
    """The Pagefind binary, or None when there is none (or NEWSBRIEF_PAGEFIND=off)."""
    override = os.environ.get("NEWSBRIEF_PAGEFIND")
    if override is not None:
        if override.strip().lower() in ("", "off", "0", "no", "false"):
            return None
        p = Path(override)
        return p if p.is_file() and os.access(p, os.X_OK) else None
    for module in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            found = Path(__import__(module).get_executable())
        except (ImportError, FileNotFoundError, OSError):
            continue
        if found.is_file():
            return found
    on_path = shutil.which("pagefind_extended") or shutil.which("pagefind")
    return Path(on_path) if on_path else None


KEY_FILE = ".newsbrief-input"
ARGS = ["--keep-index-url", "--silent"]


def _version(binary: Path) -> str:
    try:
        return subprocess.run([str(binary), "--version"], capture_output=True, text=True,
                              timeout=60, check=False).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def input_key(site_dir: Path, binary: Path) -> str:
    """A hash of what Pagefind reads: every HTML page, its version and the options."""
    return pages_key(((f.relative_to(site_dir).as_posix(), hashlib.sha256(f.read_bytes()).hexdigest())
                      for f in site_dir.rglob("*.html")), binary)


def pages_key(pages, binary: Path) -> str:
    """``input_key`` from (site path, SHA-256 hex of the bytes) of every HTML page, for a
    build that knows them already (it wrote the pages)."""
    h = hashlib.sha256(f"{_version(binary)}\0{' '.join(ARGS)}\0".encode())
    for rel, sha in sorted(pages):
        h.update(rel.encode() + b"\0")
        h.update(bytes.fromhex(sha))
    return h.hexdigest()


def off_warning() -> str:
    """Why there is no search index when ``find_pagefind`` found no indexer."""
    override = os.environ.get("NEWSBRIEF_PAGEFIND")
    why = (f"NEWSBRIEF_PAGEFIND={override!r} names no usable Pagefind binary" if override is not None
           else "the Pagefind indexer was not found (pip install 'pagefind[bin]')")
    return f"search is off: {why}; the site was built without a search index"


def index_into(site_dir: Path, binary: Path, key: str) -> str | None:
    """Run Pagefind over the HTML in ``site_dir``, writing the bundle to ``site_dir/pagefind``
    (its own place by default) with ``key`` in it; a warning when it failed (and no bundle)."""
    out = site_dir / BUNDLE_DIR
    cmd = [str(binary), "--site", str(site_dir), "--output-path", str(out), *ARGS]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(out, ignore_errors=True)
        return f"search is off: the Pagefind indexer could not run ({exc})"
    if proc.returncode != 0 or not out.is_dir():
        shutil.rmtree(out, ignore_errors=True)
        detail = (proc.stderr or proc.stdout or "").strip().splitlines()[-3:]
        return (f"search is off: the Pagefind indexer failed (exit {proc.returncode})"
                + (": " + " / ".join(detail) if detail else ""))
    (out / KEY_FILE).write_text(key + "\n", encoding="utf-8")
    return None


def previous_bundle(previous_site: Path | None, key: str) -> list[tuple[str, bytes]] | None:
    """The previous build's bundle when it was made from the same input, else None."""
    if previous_site is None:
        return None
    bundle = previous_site / BUNDLE_DIR
    try:
        if (bundle / KEY_FILE).read_text(encoding="utf-8").strip() != key:
            return None
    except OSError:
        return None
    files = sorted(f for f in bundle.rglob("*") if f.is_file())
    return [(f"{BUNDLE_DIR}/{f.relative_to(bundle).as_posix()}", f.read_bytes()) for f in files]


def index_site(site_dir: Path, binary: Path | None, previous_site: Path | None = None
               ) -> tuple[list[tuple[str, bytes]], str | None]:
    """Run Pagefind over the HTML in ``site_dir`` (or reuse ``previous_site``'s bundle when
    nothing it reads has changed).

    Returns the bundle's files as (path under the site, bytes), sorted, and a warning
    (None when all went well).
    """
    if binary is None:
        return [], off_warning()
    key = input_key(site_dir, binary)
    reused = previous_bundle(previous_site, key)
    if reused is not None:
        return reused, None
    with tempfile.TemporaryDirectory(prefix="newsbrief-pagefind-") as tmp:
        out = Path(tmp) / BUNDLE_DIR
        cmd = [str(binary), "--site", str(site_dir), "--output-path", str(out), *ARGS]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return [], f"search is off: the Pagefind indexer could not run ({exc})"
        if proc.returncode != 0 or not out.is_dir():
            detail = (proc.stderr or proc.stdout or "").strip().splitlines()[-3:]
            return [], (f"search is off: the Pagefind indexer failed (exit {proc.returncode})"
                        + (": " + " / ".join(detail) if detail else ""))
        (out / KEY_FILE).write_text(key + "\n", encoding="utf-8")
        files = sorted(f for f in out.rglob("*") if f.is_file())
        return [(f"{BUNDLE_DIR}/{f.relative_to(out).as_posix()}", f.read_bytes()) for f in files], None
