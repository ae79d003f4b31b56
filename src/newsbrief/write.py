"""Stage 6 — write: pages → output folder.  The only code that writes there.

The site is written into a staging folder beside the output (``.site.staging-<pid>``)
and swapped in at the end, so a failed or killed build leaves the previous site whole:

* on Linux the swap is one atomic ``renameat2(RENAME_EXCHANGE)``: at every instant the
  output folder is either the whole previous site or the whole new one;
* elsewhere it is two renames (output → ``.site.old-<pid>``, staging → output); a build
  killed between them leaves no output folder, and the next build puts the previous
  site back before doing anything else.

Leftovers of killed builds (staging and old folders) are removed when the next build
starts, under a lock on the output's parent folder, so two builds of the same site
never tread on each other.  Files whose bytes did not change are hard-linked from the
previous site (not rewritten); files that no longer belong simply are not carried over.

The site a build replaces is kept beside the output as the *spare* (``.site.spare``), and the
next build stages in it instead of in a new folder: most of its files are already hard links
to the present site's, so a build that changes a few pages of a large site makes a few links
instead of one per file, and deletes nothing but what changed.  Nothing in the spare is trusted:
each file of the new site is checked to be the very file of the present site it is meant to be
(same inode) or is written anew (after unlinking, never in place: the inode may be the live
site's), and whatever the build did not put there is removed before the swap.
A marker file proves the folder is ours: the writer refuses to replace a folder it did
not create.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from .errors import NewsbriefError

try:
    import fcntl
except ImportError:  # Windows: no lock (builds of one site must not run at the same time)
    fcntl = None

MARKER = ".newsbrief-site"
_STAT_AT = os.stat if os.stat in os.supports_dir_fd else None     # a stat by name in an open folder
_SIMPLE_REL = re.compile(r"(?!\.\.?(?:/|$))[^/\\]+(?:/(?!\.\.?(?:/|$))[^/\\]+)*")   # a/b.html: no ., .., //, \\


def check_output_dir(out: Path, protected: dict[str, Path] | list[Path]) -> None:
    """Refuse output folders that would destroy something: the content, the project, home, /
    (``protected`` maps a description, like "the content folder", to each folder to keep),
    and a non-empty folder that newsbrief did not create."""
    out = out.resolve()
    named = list(protected.items()) if isinstance(protected, dict) else [(str(p), p) for p in protected]
    named += [("your home folder", Path.home()), ("the root folder", Path(out.anchor))]
    keep = [(label, p.resolve()) for label, p in named]
    for label, p in keep:
        if out == p:
            raise NewsbriefError(f"refusing to use {out} as the output folder: it is {label}, "
                                 "which a build would replace")
    for label, p in keep:
        if p.is_relative_to(out):
            raise NewsbriefError(f"refusing to use {out} as the output folder: it contains {label} ({p}), "
                                 "which a build would replace")
    if out.exists() and not out.is_dir():
        raise NewsbriefError(f"the output path {out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise NewsbriefError(f"refusing to replace {out}: it was not created by newsbrief "
                             f"(no {MARKER} marker); empty it or choose another --out")


def _leftover_re(out: Path) -> re.Pattern:
    return re.compile(rf"^\.{re.escape(out.name)}\.(staging|old)-\d+$")


def _is_ours(folder: Path) -> bool:
    """A folder the writer made: it has the marker, or is empty (killed before writing it)."""
    try:
        return (folder / MARKER).is_file() or not any(folder.iterdir())
    except OSError:
        return False


def recover(out: Path) -> list[Path]:
    """Undo what a killed build left beside ``out``: put the previous site back if the build died
    between the two renames of a swap, then remove stale staging and old folders.  Returns
    the folders removed.  Call it only while holding the lock (SiteWriter does)."""
    out = out.resolve()
    if not out.parent.is_dir():
        return []
    pattern = _leftover_re(out)
    leftovers = sorted((p for p in out.parent.iterdir() if pattern.match(p.name) and p.is_dir() and _is_ours(p)),
                       key=lambda p: p.stat().st_mtime)
    if not out.exists():
        olds = [p for p in leftovers if ".old-" in p.name and (p / MARKER).is_file()]
        if olds:
            olds[-1].rename(out)
            leftovers.remove(olds[-1])
    for p in leftovers:
        shutil.rmtree(p, ignore_errors=True)
    return leftovers


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two folders (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import ctypes.util
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False   # old kernel or a file system without it: fall back to two renames
    raise OSError(err, os.strerror(err), str(b))


class FileStamp(NamedTuple):
    """A file of the site as the writer left it: what ``link_previous`` and ``site_intact`` check."""

    size: int
    mtime_ns: int
    ino: int
    sha256: str | None = None    # of the bytes, when known (HTML pages: the search index is keyed by them)


def stamp_of(st: os.stat_result, sha256: str | None = None) -> FileStamp:
    return FileStamp(st.st_size, st.st_mtime_ns, st.st_ino, sha256)


def _same_file(st: os.stat_result, expected: FileStamp) -> bool:
    return (st.st_size, st.st_mtime_ns, st.st_ino) == (expected.size, expected.mtime_ns, expected.ino)


def still_written(path: Path, expected: FileStamp) -> bool:
    """Is the file at ``path`` still the one ``expected`` describes (as ``link_previous`` checks)?"""
    try:
        return _same_file(os.stat(path), expected)
    except OSError:
        return False


def marker_identity(out: Path) -> tuple | None:
    """Which build made the site at ``out``: the marker file is new in every build's staging
    folder, so its inode and time name that build (None when there is no site)."""
    try:
        st = (out / MARKER).stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


def site_intact(out: Path, files: dict[str, FileStamp]) -> bool:
    """True when ``out`` holds exactly ``files`` (and the marker), each still the file the
    writer left there: nothing added, removed or rewritten since."""
    seen = 0
    stack = [("", str(out))]
    try:
        while stack:
            prefix, folder = stack.pop()
            with os.scandir(folder) as it:
                for entry in it:
                    rel = prefix + entry.name
                    if entry.is_dir(follow_symlinks=False):
                        stack.append((rel + "/", entry.path))
                        continue
                    if rel == MARKER:
                        continue
                    expected = files.get(rel)
                    if expected is None or not _same_file(entry.stat(follow_symlinks=False), expected):
                        return False
                    seen += 1
    except OSError:
        return False
    return seen == len(files)


@contextlib.contextmanager
def output_lock(out: Path):
    """Hold the lock on the output's parent folder, with what killed builds left undone: a
    build holds it from reading the previous site to swapping in the new one
    (``SiteWriter(out, locked=True)`` then writes under it)."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out.parent):
        recover(out)
        yield


@contextlib.contextmanager
def _locked(folder: Path):
    """Hold an exclusive lock on ``folder`` (the output's parent) while the site is written."""
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without locks: go on unlocked
        yield
    finally:
        os.close(fd)   # closing releases the lock


class SiteWriter:
    """Context manager: ``with SiteWriter(out) as w: w.write(path, data)``.

    Everything goes to ``w.staging``; leaving the block without an exception swaps it in as
    ``out``; an exception (or a kill) leaves ``out`` as it was.  ``locked=True``: the caller
    holds ``output_lock(out)`` already."""

    def __init__(self, out: Path, locked: bool = False):
        self.out = out.resolve()
        self.staging = self.out.with_name(f".{self.out.name}.staging-{os.getpid()}")
        self.written: set[str] = set()
        self.files: dict[str, FileStamp] = {}
        self.changed = 0
        self.unchanged = 0
        self.recovered: list[Path] = []
        self.identity: tuple | None = None    # marker_identity of the new site, once swapped in
        self._lock = contextlib.nullcontext() if locked else None
        self._dirs: set[str] = set()
        self._staging, self._out = str(self.staging), str(self.out)
        self.spare = self.out.with_name(f".{self.out.name}.spare")
        self._reused = False     # staging is the spare: files may be there already
        # in a reused spare: each folder's entries as found before the build put anything there
        # (name → inode of a file or link; None for a folder), read once per folder
        self._found: dict[str, dict[str, int | None]] = {}
        self._dev = -1           # the staging folder's device
        self._pruned = False

    def __enter__(self) -> "SiteWriter":
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if self._lock is None:
            self._lock = _locked(self.out.parent)
        self._lock.__enter__()
        try:
            self.recovered = recover(self.out)
            if self.out.exists() and not self.out.is_dir():
                raise NewsbriefError(f"the output path {self.out} exists and is not a folder")
            if self.out.is_dir() and any(self.out.iterdir()) and not (self.out / MARKER).is_file():
                raise NewsbriefError(f"refusing to replace {self.out}: it was not created by newsbrief "
                                     f"(no {MARKER} marker); empty it or choose another --out")
            self._reused = self._take_spare()
            if not self._reused:
                self.staging.mkdir()
            self._dev = os.stat(self.staging).st_dev
            marker = self.staging / MARKER
            marker.unlink(missing_ok=True)     # a new file: its identity names this build
            marker.write_text("This folder is built by newsbrief; it is replaced on every build.\n")
        except BaseException:
            shutil.rmtree(self.staging, ignore_errors=True)
            self._lock.__exit__(None, None, None)
            raise
        return self

    def _take_spare(self) -> bool:
        """Stage in the spare (the site before the present one) when there is one of ours and a
        present site it can share files with; a spare without a site to go with is removed."""
        spare = self.spare
        if not spare.is_dir() or not (spare / MARKER).is_file():
            return False        # none (or not ours: left alone)
        if self.out.is_dir():
            try:
                spare.rename(self.staging)
                return True
            except OSError:
                pass
        shutil.rmtree(spare, ignore_errors=True)
        return False

    def target(self, rel: str) -> Path:
        return Path(self._target(rel)[0])

    def _target(self, rel: str) -> tuple[str, str]:
        """(path in staging, path in the previous site) of a site path, as strings."""
        if not _SIMPLE_REL.fullmatch(rel):
            p = PurePosixPath(rel)
            if p.is_absolute() or ".." in p.parts or not p.parts or "\\" in rel:
                raise NewsbriefError(f"refusing to write outside the output folder: {rel!r}")
            rel = "/".join(p.parts)
        return f"{self._staging}/{rel}", f"{self._out}/{rel}"

    def claim(self, rel: str) -> None:
        """Reserve a path: a second page that wants it is an error (a URL clash)."""
        if rel in self.written:
            raise NewsbriefError(f"two pages want the same path {rel!r} (duplicate slug or id?)")
        self.written.add(rel)

    def _dest(self, rel: str) -> tuple[str, str]:
        dest, old = self._target(rel)
        self._folder(dest.rpartition("/")[0])
        return dest, old

    def _folder(self, folder: str) -> None:
        """Make a folder of the staged site (``folder``: its path), once."""
        if folder not in self._dirs:
            if self._reused:
                self._clear_way(folder)
            os.makedirs(folder, exist_ok=True)
            self._dirs.add(folder)

    def _clear_way(self, folder: str) -> None:
        """In a reused staging folder: remove what stands where ``folder`` and its parents go but is
        no real folder — a file, or a link (writing through a link could write outside the site)."""
        path = folder
        while len(path) > len(self._staging):
            if os.path.islink(path) or os.path.lexists(path) and not os.path.isdir(path):
                os.unlink(path)
            path = path.rpartition("/")[0]

    def _make_room(self, dest: str) -> None:
        """In a reused staging folder: nothing at ``dest`` any more (a file is unlinked, never
        written over: it may be a hard link to the live site's)."""
        try:
            os.unlink(dest)
        except FileNotFoundError:
            pass
        except (IsADirectoryError, PermissionError):
            shutil.rmtree(dest)

    def _link(self, old: str, dest: str, st: os.stat_result) -> None:
        """Make ``dest`` the previous site's file ``old`` (``st``: its stat), a hard link."""
        if self._reused:
            folder, _, name = dest.rpartition("/")
            found = self._found.get(folder)
            if found is None:
                found = self._found[folder] = self._entries(folder)
            if name not in found:           # nothing there when the folder was read (nor since:
                try:                        # each path is the build's only once)
                    os.link(old, dest)
                    return
                except FileExistsError:
                    pass
            elif found[name] == st.st_ino and st.st_dev == self._dev:
                return                      # it is already that very file
            try:
                d = os.lstat(dest)
            except FileNotFoundError:
                pass
            else:
                if (d.st_ino, d.st_dev) == (st.st_ino, st.st_dev):
                    return                        # it is already that very file
                self._make_room(dest)
        os.link(old, dest)

    @staticmethod
    def _entries(folder: str) -> dict[str, int | None]:
        """What a folder of the reused spare holds: name → inode (None for a folder)."""
        try:
            with os.scandir(folder) as it:
                return {e.name: None if e.is_dir(follow_symlinks=False) else e.inode() for e in it}
        except OSError:
            return {}

    def write(self, rel: str, data: str | bytes, claimed: bool = False, digest: bool = False) -> None:
        """Put a file in the site: hard-linked from the previous site when its bytes are the same,
        written otherwise.  ``digest``: record a hash of the bytes (``files[rel].sha256``)."""
        if not claimed:
            self.claim(rel)
        self.record(rel, *self.put(rel, data, digest))

    def put(self, rel: str, data: str | bytes, digest: bool = False) -> tuple[FileStamp, bool]:
        """The writing half of ``write``: put the file in staging and return its stamp and
        whether it changed, recording nothing (so a forked worker can do it: the build's
        process then ``record``s what the worker returns)."""
        blob = data.encode("utf-8") if isinstance(data, str) else data
        sha = hashlib.sha256(blob).hexdigest() if digest else None
        dest, old = self._dest(rel)
        try:
            st = os.stat(old)
            if st.st_size == len(blob):
                with open(old, "rb") as f:
                    same = f.read() == blob
                if same:
                    self._link(old, dest, st)
                    return stamp_of(st, sha), False
        except OSError:
            pass
        if self._reused:
            self._make_room(dest)
        with open(dest, "wb") as f:
            f.write(blob)
        return stamp_of(os.stat(dest), sha), True    # (stat after close: the last write may be then)

    def record(self, rel: str, stamp: FileStamp, changed: bool) -> None:
        """Record a file ``put`` in staging."""
        self.files[rel] = stamp
        if changed:
            self.changed += 1
        else:
            self.unchanged += 1

    def link_previous(self, rel: str, expected: FileStamp) -> bool:
        """Carry the previous site's file over unchanged, if it is still the one ``expected``
        describes (same size, time and inode as when it was written); False otherwise."""
        dest, old = self._dest(rel)
        try:
            st = os.stat(old)
            if not _same_file(st, expected):
                return False
            self._link(old, dest, st)
        except OSError:
            return False
        self.files[rel] = expected
        self.unchanged += 1
        return True

    def carry_over(self, files: list[tuple[str, tuple]]) -> list[str]:
        """``link_previous`` for many files at once, folder by folder (``files``: each one's site
        path and stamp, as a FileStamp or a tuple that starts as one does): the same check of
        each file (a stat, in its folder) and the same link, for less work per file.  Returns
        the paths of the files that could not be carried over."""
        folders: dict[str, list[tuple[str, str, tuple]]] = {}
        failed = []
        for rel, stamp in files:
            folder, _, name = rel.rpartition("/")
            if name in ("", ".", "..") or "\\" in name:
                failed.append(rel)
            else:
                folders.setdefault(folder, []).append((name, rel, stamp))
        for folder, entries in folders.items():
            if folder and not _SIMPLE_REL.fullmatch(folder) or _STAT_AT is None:    # (one at a time)
                failed += [rel for _, rel, stamp in entries if not self.link_previous(rel, FileStamp._make(stamp[:4]))]
                continue
            dest_dir, old_dir = (f"{self._staging}/{folder}", f"{self._out}/{folder}") if folder \
                else (self._staging, self._out)
            self._folder(dest_dir)
            try:
                fd = os.open(old_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            except OSError:
                failed += [rel for _, rel, _ in entries]
                continue
            found = self._found.get(dest_dir) if self._reused else None
            if found is None and self._reused:
                found = self._found[dest_dir] = self._entries(dest_dir)
            try:
                for name, rel, stamp in entries:
                    try:
                        st = _STAT_AT(name, dir_fd=fd)
                        if st.st_size != stamp[0] or st.st_mtime_ns != stamp[1] or st.st_ino != stamp[2]:
                            failed.append(rel)
                            continue
                        if found is None or found.get(name) != st.st_ino or st.st_dev != self._dev:
                            self._link(f"{old_dir}/{name}", f"{dest_dir}/{name}", st)
                    except OSError:
                        failed.append(rel)
                        continue
                    self.files[rel] = stamp if type(stamp) is FileStamp else FileStamp._make(stamp[:4])
                    self.unchanged += 1
            finally:
                os.close(fd)
        return failed

    def drop(self, rel: str) -> None:
        """Take a file this build put in staging out again (and the folders that leaves empty)."""
        self.files.pop(rel, None)
        self.written.discard(rel)
        dest = self._target(rel)[0]
        try:
            os.unlink(dest)
        except FileNotFoundError:
            pass
        folder = dest.rpartition("/")[0]
        while len(folder) > len(self._staging):
            try:
                os.rmdir(folder)               # only when empty
            except OSError:
                break
            self._dirs.discard(folder)
            folder = folder.rpartition("/")[0]

    def prune(self) -> None:
        """Remove from a reused staging folder every file this build did not put there, and the
        folders that leaves empty: call it once every file is written, before anything reads
        the staged site as a whole.  Done again by leaving the block."""
        if not self._reused or self._pruned:
            return
        self._pruned = True
        self._found.clear()      # what the folders held before: no longer so
        keep, root = self.files, self._staging
        for folder, dirs, names in os.walk(root, topdown=False):
            prefix = "" if folder == root else folder[len(root) + 1:] + "/"
            for name in dirs:
                if os.path.islink(f"{folder}/{name}"):
                    os.unlink(f"{folder}/{name}")   # a link to a folder: never the build's
            for name in names:
                rel = prefix + name
                if rel not in keep and rel != MARKER:
                    os.unlink(f"{folder}/{name}")
            if folder != root:
                try:
                    os.rmdir(folder)           # only when empty
                except OSError:
                    pass

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is not None:
                shutil.rmtree(self.staging, ignore_errors=True)
                return
            self.prune()
            identity = marker_identity(self.staging)
            self._swap()
            self.identity = identity
        finally:
            self._lock.__exit__(None, None, None)

    def _swap(self) -> None:
        if not self.out.exists():
            self.staging.rename(self.out)
        elif _exchange(self.staging, self.out):
            self._keep_spare(self.staging)   # it now holds the previous site
        else:
            old = self.out.with_name(f".{self.out.name}.old-{os.getpid()}")
            self.out.rename(old)
            self.staging.rename(self.out)
            self._keep_spare(old)

    def _keep_spare(self, previous: Path) -> None:
        """The replaced site becomes the spare the next build stages in."""
        try:
            if not self.spare.exists():
                previous.rename(self.spare)
                return
        except OSError:
            pass
        shutil.rmtree(previous, ignore_errors=True)
