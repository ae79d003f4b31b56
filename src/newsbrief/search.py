"""Search with no server: Pagefind indexes the built pages into static files under pagefind/.

The pages say what to index (``data-pagefind-body`` on briefings, speakers and topics),
which filters a result has (``data-pagefind-filter="speaker"`` / ``"topic"``) and what
to show (``data-pagefind-meta``).  ``search.html`` loads Pagefind's own UI from the
generated ``pagefind/`` folder.

The indexer is the ``pagefind`` binary shipped by the ``pagefind[bin]`` package on PyPI
(or one on PATH).  Without it (or when it fails) the build still succeeds, with a
warning, and the search page says search is off.  ``NEWSBRIEF_PAGEFIND`` overrides the
binary: a path, or ``off`` to build without search.

**The index comes in shards**, so that a changed page means indexing a few pages again,
not the whole site.  Pagefind cannot update an index: each run indexes every page it is
given, in time and memory that grow with their number (a 5,000-article site took ~50 s
and 2.4 GB in one run).  So the indexed pages are split by a hash of their path into
``count`` shards of about ``search_shard_pages`` pages (a power of two, at most
``MAX_SHARDS``; the count is kept while the site grows or shrinks less than fourfold),
and each shard is its own Pagefind bundle: shard 0 in ``pagefind/`` (with Pagefind's UI
and search code), shard N in ``pagefind/NN/`` (its index files only).  The search page
reads ``pagefind/shards.json`` and has Pagefind's UI merge every shard into one search
(Pagefind's ``mergeIndex``: one result list ranked by score, filters merged).

A shard is keyed by its pages (path and SHA-256 of the bytes), the Pagefind version and
options; a build indexes again only the shards whose key changed and carries the others
over unchanged.  (Pagefind does not write its filter and metadata files in a stable
order, Pagefind/pagefind#638, so a shard indexed again from the same pages may differ in
those files; a shard whose key did not change keeps its files byte for byte.)

Which pages are indexed: those that carry ``data-pagefind-body``, or, when no page does,
every page (Pagefind's own rule).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

BUNDLE_DIR = "pagefind"
MANIFEST = f"{BUNDLE_DIR}/shards.json"
MAX_SHARDS = 64
TIMEOUT = 600
ARGS = ["--keep-index-url", "--silent"]
BODY_MARK = b"data-pagefind-body"
# what a merged shard needs: the rest (the UI, the search code and its WebAssembly) is
# loaded once, from shard 0 in pagefind/
SHARD_FILES = ("pagefind-entry.json",)
SHARD_SUFFIXES = (".pf_meta",)
SHARD_FOLDERS = ("index/", "filter/", "fragment/")


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


def version(binary: Path) -> str:
    """What the index depends on besides the pages: the indexer's version and options."""
    try:
        out = subprocess.run([str(binary), "--version"], capture_output=True, text=True,
                             timeout=60, check=False).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        out = "?"
    return f"{out}\0{' '.join(ARGS)}"


def off_warning() -> str:
    """Why there is no search index when ``find_pagefind`` found no indexer."""
    override = os.environ.get("NEWSBRIEF_PAGEFIND")
    why = (f"NEWSBRIEF_PAGEFIND={override!r} names no usable Pagefind binary" if override is not None
           else "the Pagefind indexer was not found (pip install 'pagefind[bin]')")
    return f"search is off: {why}; the site was built without a search index"


# --- which pages, in which shard ------------------------------------------------------------------

def indexed_pages(pages: dict[str, str], before: dict[str, str], marked_before: set[str], read
                  ) -> tuple[dict[str, str], set[str]]:
    """The pages Pagefind indexes, as {site path: SHA-256}, of ``pages`` (every HTML page, the
    same), and which of them carry ``data-pagefind-body``.  A page with the SHA-256 it had in
    the previous build (``before``) is marked as it was then (``marked_before``); any other
    is read (``read(path)`` gives its bytes)."""
    marked = set()
    for rel, sha in pages.items():
        if before.get(rel) == sha:
            if rel in marked_before:
                marked.add(rel)
        elif BODY_MARK in read(rel):
            marked.add(rel)
    if not marked:
        return dict(pages), marked
    return {rel: pages[rel] for rel in marked}, marked


def shard_count(pages: int, per_shard: int, previous: int | None = None) -> int:
    """How many shards for ``pages`` indexed pages: the previous count while it still gives
    between a quarter and four times ``per_shard`` pages a shard (so a growing site is not
    re-sharded at every article), else the power of two that gives at most ``per_shard``."""
    if previous and 1 <= previous <= MAX_SHARDS and previous & (previous - 1) == 0:
        low = per_shard / 4 if previous > 1 else 0
        high = per_shard * 4 if previous < MAX_SHARDS else float("inf")
        if low <= pages / previous <= high:
            return previous
    count = 1
    while count < MAX_SHARDS and pages > count * per_shard:
        count *= 2
    return count


def shard_of(rel: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(rel.encode("utf-8", "surrogatepass")).digest()[:8], "big") % count


def shard_dir(number: int) -> str:
    return BUNDLE_DIR if number == 0 else f"{BUNDLE_DIR}/{number:02d}"


class Shard(NamedTuple):
    number: int
    pages: tuple          # ((site path, sha256), ...) sorted
    key: str              # a hash of the pages, the indexer's version and options and the count


def plan(pages: dict[str, str], per_shard: int, indexer_version: str, previous_count: int | None = None
         ) -> tuple[int, list[Shard]]:
    """How many shards these indexed pages go in, and the shards that are not empty (none
    when there is no page).  Shard 0 holds the UI and the search code, so it is never empty:
    when the hash leaves it so, there is one shard."""
    if not pages:
        return 0, []
    count = shard_count(len(pages), per_shard, previous_count)
    groups: list[list] = [[] for _ in range(count)]
    for rel in pages:
        groups[shard_of(rel, count)].append(rel)
    if not groups[0]:
        count, groups = 1, [list(pages)]
    shards = []
    for number, rels in enumerate(groups):
        if not rels:
            continue
        members = tuple(sorted((rel, pages[rel]) for rel in rels))
        h = hashlib.sha256(f"{indexer_version}\0{count}\0{number}\0".encode())
        for rel, sha in members:
            h.update(rel.encode("utf-8", "surrogatepass") + b"\0" + bytes.fromhex(sha))
        shards.append(Shard(number, members, h.hexdigest()))
    return count, shards


def manifest(shards: list[Shard]) -> bytes:
    """``pagefind/shards.json``: the bundles the search page merges into shard 0's."""
    merge = [f"{s.number:02d}/" for s in shards if s.number]
    return (json.dumps({"merge": merge}, indent=1) + "\n").encode()


# --- running Pagefind ----------------------------------------------------------------------------

def index_shards(site_dir: Path, shards: list[Shard], binary: Path, jobs: int = 1):
    """Index each shard's pages of ``site_dir`` (up to ``jobs`` Pagefind runs at once).  Yields,
    as each run ends, (shard, its files as (site path, file to read) or None, a warning when it
    failed); the files are there until the next item is asked for."""
    from concurrent.futures import ThreadPoolExecutor

    if not shards:
        return
    with tempfile.TemporaryDirectory(prefix="newsbrief-pagefind-") as tmp:
        def run(shard: Shard):
            return shard, *_index_one(site_dir, shard, binary, Path(tmp) / str(shard.number))

        with ThreadPoolExecutor(max(1, min(jobs, len(shards)))) as pool:
            for shard, files, warning in pool.map(run, shards):
                yield shard, files, warning
                if files:
                    shutil.rmtree(Path(tmp) / str(shard.number), ignore_errors=True)


def _index_one(site_dir: Path, shard: Shard, binary: Path, work: Path
               ) -> tuple[list[tuple[str, Path]] | None, str | None]:
    pages, out = work / "site", work / "out"
    for rel, _ in shard.pages:            # the shard's pages, at their own paths (links, not copies)
        dest = pages / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site_dir / rel, dest)
        except OSError:
            shutil.copyfile(site_dir / rel, dest)
    cmd = [str(binary), "--site", str(pages), "--output-path", str(out), *ARGS]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"search is off: the Pagefind indexer could not run ({exc})"
    if proc.returncode != 0 or not out.is_dir():
        detail = (proc.stderr or proc.stdout or "").strip().splitlines()[-3:]
        return None, (f"search is off: the Pagefind indexer failed (exit {proc.returncode})"
                    + (": " + " / ".join(detail) if detail else ""))
    base = shard_dir(shard.number)
    got = []
    for f in sorted(out.rglob("*")):
        rel = f.relative_to(out).as_posix()
        if f.is_file() and (shard.number == 0 or rel in SHARD_FILES or rel.endswith(SHARD_SUFFIXES)
                            or rel.startswith(SHARD_FOLDERS)):
            got.append((f"{base}/{rel}", f))
    return got, None
