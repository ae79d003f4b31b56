"""The build cache: what the previous build read and made, so that the next one redoes only
what changed.

It is a folder beside the output, ``.<site>.newsbrief-cache/`` (``site/`` →
``.site.newsbrief-cache/``), tied to the one site folder it describes: the state names the
build that made ``site/`` by its marker file (a new file in every build's staging folder), so
when ``site/`` is deleted, replaced, or copied elsewhere, the cache no longer matches it and
the next build starts clean.  (It is beside the site rather than in it so that publishing
the site never ships it, and so that the site itself stays byte-identical from build to
build: the cache records file times, which do differ.)

``state.pickle`` — one build's record:

* ``inputs``: every file the build read (articles, briefings, templates, config, topics,
  newsbrief's own code) with its size, modification time and SHA-256;
* ``settings``: a digest of everything else the output depends on (the configuration,
  ``--drafts``, ``SOURCE_DATE_EPOCH``, the search indexer, Python and library versions);
* ``outputs``: every file written to the site with its key (render.py) and how it was left
  (size, time, inode: write.FileStamp);
* the build's report (counts, warnings and errors), for a no-op build to give again;
* ``memo``: digests the next build's keys can reuse (keys.Keys: each speaker's and topic's
  header digest, by their whole view) and what the keys of the files of one article, speaker
  or topic followed from (keys.CARRIED: their link digest or whole view, and the digest of
  each page template), valid for the same code and settings only.

``records-<shard>-<n>.bin`` — per article, what scanning it gave: its load result, the
briefing status, the model record (model.ArticleRecord) and where its details are; the
articles are spread over ``RECORD_SHARDS`` files by a hash of their path, and a build writes
again only the files whose articles changed (the state names the file of each shard).

``details-<n>.pack`` — per article, its safe body HTML and its whole briefing (compressed),
appended as articles are scanned; read back when the article's own page is made.

``templates/`` — Jinja's compiled templates (jinja2.FileSystemBytecodeCache).

A file whose size and time are those recorded is taken as unchanged, except when its time is
within ``RACY_NS`` of the moment it was recorded (an edit in the same clock tick would not
change it): such a file is compared by its SHA-256, as git does with "racily clean" files.
(A build compares the briefings it wrote with what it wrote once more as it ends, and records
them as seen then, so that the next build need not read them again.)
Every file is written to a new name and renamed, and the state is written last, so a killed
build leaves the previous cache whole (at worst with an unused tail in a pack).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import sys
import time
import zlib
from pathlib import Path

from .write import FileStamp, marker_identity

CACHE_FORMAT = 5
RECORD_SHARDS = 64
RACY_NS = 2_000_000_000
STATE = "state.pickle"
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")   # as load.ARTICLE_SUFFIXES (not imported: load is slow)

Sig = tuple  # (size, mtime_ns, sha256 hex or None)


def cache_dir(out: Path) -> Path:
    out = Path(out).resolve()
    return out.with_name(f".{out.name}.newsbrief-cache")


def sha256_file(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None


# --- what is on disk now -------------------------------------------------------------------------

def article_files(articles_dir: Path) -> list[tuple[str, os.stat_result]]:
    """The article files under a folder with their stat, in ``load.find_articles`` order
    (same rules: article suffixes, hidden files and folders skipped, symlinks followed)."""
    found = []
    stack = [(str(articles_dir), ())]
    while stack:
        folder, parts = stack.pop()
        try:
            it = os.scandir(folder)
        except OSError:
            continue
        with it:
            for entry in it:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):    # as pathlib's rglob: no symlinked folders
                        stack.append((entry.path, parts + (entry.name,)))
                    elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES and entry.is_file():
                        found.append((parts + (entry.name,), entry.path, entry.stat()))
                except OSError:
                    continue
    found.sort(key=lambda f: f[0])
    return [(path, st) for _, path, st in found]


def _files_under(folder: Path, skip_dirs: tuple[str, ...] = ()) -> dict[str, os.stat_result]:
    out = {}
    stack = [str(folder)]
    while stack:
        d = stack.pop()
        try:
            it = os.scandir(d)
        except OSError:
            continue
        with it:
            for entry in it:
                try:
                    if entry.is_dir():
                        if entry.name not in skip_dirs:
                            stack.append(entry.path)
                    elif entry.is_file():
                        out[entry.path] = entry.stat()
                except OSError:
                    continue
    return out


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def snapshot(config, theme_dir: Path, articles: list[tuple[str, os.stat_result]]) -> dict[str, os.stat_result | None]:
    """Every file a build reads (``articles``: article_files), with its stat (None: the file is
    absent, which matters too)."""
    files: dict[str, os.stat_result | None] = dict(articles)
    try:
        with os.scandir(config.briefings_dir) as it:
            for entry in it:
                if entry.name.endswith(".yaml") and not entry.name.startswith(".") and entry.is_file():
                    files[entry.path] = entry.stat()
    except OSError:
        pass
    for d in (config.templates_dir, theme_dir):
        files.update(_files_under(d))
    files.update(_files_under(package_dir(), skip_dirs=("__pycache__",)))
    for p in (config.project_dir / "newsbrief.yaml", config.topics_file):
        try:
            files[str(p)] = os.stat(p)
        except OSError:
            files[str(p)] = None
    return files


LIBRARIES = ("jinja2", "markupsafe", "markdown", "nh3", "yaml", "jsonschema", "click")


def library_stamps() -> list[tuple]:
    """Each library the output depends on, by where it is installed and that file's size and
    time (a new version is new files; this spares importlib.metadata, slow to import)."""
    import importlib.util

    libs = []
    for name in LIBRARIES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec and spec.origin else ""
        try:
            st = os.stat(origin)
            libs.append((name, origin, st.st_size, st.st_mtime_ns))
        except OSError:
            libs.append((name, origin))
    return libs


def settings_digest(config, drafts: bool, indexer: Path | None) -> str:
    """Everything but files that the output depends on."""
    libs = library_stamps()
    pagefind = None
    if indexer is not None:
        try:
            st = os.stat(indexer)
            pagefind = (str(indexer), st.st_size, st.st_mtime_ns)
        except OSError:
            pagefind = (str(indexer),)
    parts = (CACHE_FORMAT, sys.version, sorted((k, repr(v)) for k, v in vars(config).items()), drafts,
             os.environ.get("SOURCE_DATE_EPOCH", ""), os.environ.get("NEWSBRIEF_PAGEFIND"), pagefind, libs)
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def code_digest() -> str:
    """A hash of newsbrief's own code and data and of the libraries that shape its output:
    a new version re-renders every page (the keys of render.outputs include it)."""
    h = hashlib.sha256()
    for path in sorted(_files_under(package_dir(), skip_dirs=("__pycache__",))):
        h.update(path.encode("utf-8", "surrogatepass") + b"\0")
        h.update(Path(path).read_bytes())
    h.update(repr(library_stamps()).encode("utf-8", "surrogatepass"))
    h.update(sys.version.encode())
    return h.hexdigest()


# --- the state of the previous build -------------------------------------------------------------

class Previous:
    """What the previous build of this site left in the cache (empty when there is none that
    matches the site folder as it is)."""

    def __init__(self, out: Path):
        self.out = Path(out).resolve()
        self.dir = cache_dir(self.out)
        self.state: dict = {}
        self.shards: dict[int, tuple[str, dict]] = {}     # records files read (``records``)
        try:
            with open(self.dir / STATE, "rb") as f:
                state = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
            return
        if isinstance(state, dict) and state.get("format") == CACHE_FORMAT \
                and state.get("python") == sys.version and state.get("site") == marker_identity(self.out) \
                and state.get("site") is not None:
            self.state = state

    def __bool__(self) -> bool:
        return bool(self.state)

    @property
    def outputs(self) -> dict[str, tuple]:
        """Site path → (size, mtime_ns, inode, sha256, coarse key, fine key) of every file the
        previous build left (keys.Keys; None for files without)."""
        return self.state.get("outputs", {})

    def _observed(self, sig: Sig) -> int:
        """When the file was last seen to be as ``sig`` says: when the previous build started,
        or later for a file it wrote and checked again at its end (a fourth item)."""
        return max(self.state.get("scan_ns", 0), sig[3] if len(sig) > 3 else 0)

    def unchanged(self, path: str, st: os.stat_result | None, sig: Sig | None) -> bool:
        """Is the file at ``path`` (now ``st``) still the one recorded as ``sig``?"""
        if st is None or sig is None:
            return st is None and sig is None
        if st.st_size != sig[0] or st.st_mtime_ns != sig[1]:
            return False
        if st.st_mtime_ns < self._observed(sig) - RACY_NS:
            return True
        return sig[2] is not None and sha256_file(path) == sig[2]

    def inputs_unchanged(self, files: dict[str, os.stat_result | None]) -> tuple[bool, bool]:
        """(every input is as recorded, some of them had to be compared by content)."""
        recorded = self.state.get("inputs", {})
        if recorded.keys() != files.keys():
            return False, False
        racy = False
        scan_ns = self.state.get("scan_ns", 0)
        for path, st in files.items():
            sig = recorded[path]
            if st is None or sig is None:
                if st is not sig:
                    return False, racy
                continue
            if st.st_size != sig[0] or st.st_mtime_ns != sig[1]:
                return False, racy
            if st.st_mtime_ns >= (scan_ns if len(sig) < 4 else self._observed(sig)) - RACY_NS:
                racy = True
                if sig[2] is None or sha256_file(path) != sig[2]:
                    return False, racy
        return True, racy

    def records(self, env_key: tuple) -> dict[str, tuple]:
        """The previous scan of every article (path → entry), when made with the same extractor,
        topics and options; else nothing (and nothing when any of its files cannot be read).
        The shards as read are kept in ``shards`` (for ``save`` to keep those that stay)."""
        names = self.state.get("records")
        self.shards = {}
        if not isinstance(names, list) or len(names) != RECORD_SHARDS or self.state.get("record_env") != env_key:
            return {}
        out: dict[str, tuple] = {}
        shards = {}
        for i, name in enumerate(names):
            if name is None:
                continue
            try:
                with open(self.dir / name, "rb") as f:
                    data = marshal.loads(f.read())     # (marshal.load reads a file object piece by piece)
            except (OSError, EOFError, ValueError, TypeError):
                return {}
            if not isinstance(data, dict):
                return {}
            shards[i] = (name, data)
            out.update(data)
        self.shards = shards
        return out


def observe(files: dict[str, os.stat_result | None], known: dict[str, Sig]) -> dict[str, Sig | None]:
    """The inputs as this build saw them (``files``: their stat when it started): (size, time,
    SHA-256) per file, the hash taken from ``known`` when this build has it already."""
    out: dict[str, Sig | None] = {}
    for path, st in files.items():
        if st is None:
            out[path] = None
            continue
        sig = known.get(path)
        if sig is not None and sig[0] == st.st_size and sig[1] == st.st_mtime_ns:
            out[path] = sig
        else:
            out[path] = (st.st_size, st.st_mtime_ns, sha256_file(path))
    return out


# --- article details: an append-only pack --------------------------------------------------------

class DetailsPack:
    """Per-article blobs (safe body HTML and the whole briefing), appended to one pack file;
    a reference is (pack name, offset, length).  When more than half a pack is no longer
    used, the live blobs are copied to a new pack (``compact``)."""

    def __init__(self, folder: Path, name: str | None):
        self.folder = folder
        self.name = name or "details-1.pack"
        self._append = None
        self._readers: dict[str, tuple[int, object]] = {}

    @staticmethod
    def encode(safe_html: str, briefing: dict) -> bytes:
        return zlib.compress(marshal.dumps((safe_html, briefing)), 1)

    def add(self, blob: bytes) -> tuple[str, int, int]:
        if self._append is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._append = open(self.folder / self.name, "ab")
        offset = self._append.tell()
        self._append.write(blob)
        return (self.name, offset, len(blob))

    def flush(self) -> None:
        if self._append is not None:
            self._append.flush()

    def close(self) -> None:
        if self._append is not None:
            self._append.close()
            self._append = None

    def read(self, ref: tuple[str, int, int]) -> tuple[str, dict]:
        """The (safe HTML, briefing) behind ``ref``; ValueError when it cannot be read back."""
        name, offset, length = ref
        pid = os.getpid()
        cached = self._readers.get(name)
        if cached is None or cached[0] != pid:      # a forked worker opens its own
            cached = self._readers[name] = (pid, open(self.folder / name, "rb"))
        try:
            data = os.pread(cached[1].fileno(), length, offset)
            value = marshal.loads(zlib.decompress(data))
        except (OSError, zlib.error, EOFError, ValueError, TypeError) as exc:
            raise ValueError(f"unreadable cache entry: {exc}") from None
        if not (isinstance(value, tuple) and len(value) == 2):
            raise ValueError("unreadable cache entry")
        return value

    def compact(self, refs: list[tuple[str, int, int]]) -> dict[tuple, tuple] | None:
        """When the live blobs take less than half the pack(s), copy them to a new pack and
        return old ref → new ref; None when not worth it."""
        self.flush()
        names = {r[0] for r in refs} | {self.name}
        total = 0
        for n in names:
            try:
                total += (self.folder / n).stat().st_size
            except OSError:
                pass
        live = sum(r[2] for r in refs)
        if total <= 2 * live + (1 << 20):
            return None
        number = int(self.name.split("-")[1].split(".")[0]) + 1
        new = DetailsPack(self.folder, f"details-{number}.pack")
        moved = {}
        for ref in sorted(set(refs), key=lambda r: (r[0], r[1])):
            name, offset, length = ref
            with open(self.folder / name, "rb") as f:
                moved[ref] = new.add(os.pread(f.fileno(), length, offset))
        new.close()
        self.close()
        self.name = new.name
        return moved


def shard_of(path: str) -> int:
    """Which records file an article's entry goes to."""
    return zlib.crc32(path.encode("utf-8", "surrogatepass")) % RECORD_SHARDS


def save(folder: Path, state: dict, records: dict, keep_packs: set[str],
         previous: dict[int, tuple[str, dict]] | None = None) -> None:
    """Write the records and then the state (each to a temporary name, then renamed), and
    remove what no longer belongs to the cache.  ``previous``: the shards the previous build
    left (Previous.shards), of which each that holds exactly the same entries is kept as it is."""
    folder.mkdir(parents=True, exist_ok=True)
    number = int(time.time_ns())
    shards: list[dict] = [{} for _ in range(RECORD_SHARDS)]
    for path, entry in records.items():
        shards[shard_of(path)][path] = entry
    names: list[str | None] = []
    for i, shard in enumerate(shards):
        before = (previous or {}).get(i)
        if not shard:
            names.append(None)
        elif before is not None and before[1] == shard and (folder / before[0]).is_file():
            names.append(before[0])
        else:
            name = f"records-{i}-{number}.bin"
            tmp = folder / f".{name}.tmp"
            with open(tmp, "wb") as f:
                f.write(marshal.dumps(shard))
            tmp.replace(folder / name)
            names.append(name)
    state = dict(state, records=names, format=CACHE_FORMAT, python=sys.version)
    tmp = folder / f".{STATE}.tmp"
    with open(tmp, "wb") as f:
        pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(folder / STATE)
    keep = set(names) | keep_packs | {STATE}
    for p in folder.iterdir():
        if p.name in keep or p.is_dir():
            continue
        if p.name.startswith(("records-", "details-", ".")):
            try:
                p.unlink()
            except OSError:
                pass


def save_state(folder: Path, state: dict) -> None:
    """Rewrite the state alone (a no-op build that re-verified racy files by content)."""
    tmp = folder / f".{STATE}.tmp"
    with open(tmp, "wb") as f:
        pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(folder / STATE)


def stamp(value: tuple) -> FileStamp:
    """The FileStamp part of an ``outputs`` entry."""
    return FileStamp(*value[:4])
