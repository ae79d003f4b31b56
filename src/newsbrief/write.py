"""Stage 6 — write: pages → output folder.  The only code that writes there.

The site is written into a staging folder beside the output and swapped in at the
end, so a failed or killed build leaves the previous site whole.  Files whose bytes
did not change are hard-linked from the previous site (not rewritten); files that no
longer belong simply are not carried over.  A marker file proves the folder is ours:
the writer refuses to replace a folder it did not create.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

from .errors import NewsbriefError

MARKER = ".newsbrief-site"


def check_output_dir(out: Path, protected: list[Path]) -> None:
    """Refuse output folders that would destroy something: the content, the project, home, /."""
    out = out.resolve()
    home = Path.home().resolve()
    for p in protected + [home, Path(out.anchor)]:
        p = p.resolve()
        if out == p or p.is_relative_to(out):
            raise NewsbriefError(f"refusing to use {out} as the output folder: it is (or contains) {p}")
    if out.exists() and not out.is_dir():
        raise NewsbriefError(f"the output path {out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise NewsbriefError(f"refusing to replace {out}: it was not created by newsbrief "
                             f"(no {MARKER} marker); empty it or choose another --out")


class SiteWriter:
    """Context manager: ``with SiteWriter(out) as w: w.write(path, data)``."""

    def __init__(self, out: Path):
        self.out = out.resolve()
        self.staging = self.out.with_name(f".{self.out.name}.staging-{os.getpid()}")
        self.written: set[str] = set()
        self.changed = 0
        self.unchanged = 0

    def __enter__(self) -> "SiteWriter":
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if self.staging.exists():
            shutil.rmtree(self.staging)
        self.staging.mkdir()
        (self.staging / MARKER).write_text("This folder is built by newsbrief; it is replaced on every build.\n")
        return self

    def target(self, rel: str) -> Path:
        p = PurePosixPath(rel)
        if p.is_absolute() or ".." in p.parts or not p.parts:
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
        if exc_type is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            return
        old = self.out.with_name(f".{self.out.name}.old-{os.getpid()}")
        if self.out.exists():
            self.out.rename(old)
        self.staging.rename(self.out)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
