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
A marker file proves the folder is ours: the writer refuses to replace a folder it did
not create.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import re
import shutil
import sys
from pathlib import Path, PurePosixPath

from .errors import NewsbriefError

try:
    import fcntl
except ImportError:  # Windows: no lock (builds of one site must not run at the same time)
    fcntl = None

MARKER = ".newsbrief-site"


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
    ``out``; an exception (or a kill) leaves ``out`` as it was."""

    def __init__(self, out: Path):
        self.out = out.resolve()
        self.staging = self.out.with_name(f".{self.out.name}.staging-{os.getpid()}")
        self.written: set[str] = set()
        self.changed = 0
        self.unchanged = 0
        self.recovered: list[Path] = []
        self._lock = None

    def __enter__(self) -> "SiteWriter":
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _locked(self.out.parent)
        self._lock.__enter__()
        try:
            self.recovered = recover(self.out)
            if self.out.exists() and not self.out.is_dir():
                raise NewsbriefError(f"the output path {self.out} exists and is not a folder")
            if self.out.is_dir() and any(self.out.iterdir()) and not (self.out / MARKER).is_file():
                raise NewsbriefError(f"refusing to replace {self.out}: it was not created by newsbrief "
                                     f"(no {MARKER} marker); empty it or choose another --out")
            self.staging.mkdir()
            (self.staging / MARKER).write_text("This folder is built by newsbrief; it is replaced on every build.\n")
        except BaseException:
            shutil.rmtree(self.staging, ignore_errors=True)
            self._lock.__exit__(None, None, None)
            raise
        return self

    def target(self, rel: str) -> Path:
        p = PurePosixPath(rel)
        if p.is_absolute() or ".." in p.parts or not p.parts or "\\" in rel:
            raise NewsbriefError(f"refusing to write outside the output folder: {rel!r}")
        return self.staging.joinpath(*p.parts)

    def write(self, rel: str, data: str | bytes) -> None:
        if rel in self.written:
            raise NewsbriefError(f"two pages want the same path {rel!r} (duplicate slug or id?)")
        self.written.add(rel)
        blob = data.encode("utf-8") if isinstance(data, str) else data
        dest = self.target(rel)
        dest.parent.mkdir(parents=True, exist_ok=True)
        old = self.out.joinpath(*PurePosixPath(rel).parts)
        try:
            if old.is_file() and old.stat().st_size == len(blob) and old.read_bytes() == blob:
                os.link(old, dest)
                self.unchanged += 1
                return
        except OSError:
            pass
        dest.write_bytes(blob)
        self.changed += 1

    def keep(self, rel_dir: str) -> None:
        """Carry a folder of the previous site over as it is (caches)."""
        src = self.out / rel_dir
        if src.is_dir():
            shutil.copytree(src, self.staging / rel_dir, copy_function=os.link, dirs_exist_ok=True)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is not None:
                shutil.rmtree(self.staging, ignore_errors=True)
                return
            self._swap()
        finally:
            self._lock.__exit__(None, None, None)

    def _swap(self) -> None:
        if not self.out.exists():
            self.staging.rename(self.out)
        elif _exchange(self.staging, self.out):
            shutil.rmtree(self.staging, ignore_errors=True)   # it now holds the previous site
        else:
            old = self.out.with_name(f".{self.out.name}.old-{os.getpid()}")
            self.out.rename(old)
            self.staging.rename(self.out)
            shutil.rmtree(old, ignore_errors=True)
