"""Publish a built site to a git branch (GitHub Pages and the like), as ghp-import does.

Only git plumbing is used, through a temporary index file: the site's files are
stored as blobs, written as one tree (with an empty ``.nojekyll`` so GitHub Pages
serves the files as they are), and committed on top of the branch's previous tip with
``git commit-tree``.  The user's work tree, index and checked-out branch are never
touched.  With a remote, the branch is then pushed there.

When the site is unchanged, no commit is made (the branch keeps its tip).  Commit
dates follow ``SOURCE_DATE_EPOCH`` when it is set; a repository without a configured
identity commits as "newsbrief <newsbrief@localhost>".
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import NewsbriefError
from .write import MARKER

NOJEKYLL = ".nojekyll"


@dataclass
class PublishResult:
    branch: str
    commit: str            # the branch tip after publishing
    created: bool          # False when the site was unchanged (no new commit)
    files: int
    remote: str | None = None
    pushed: bool = False


class Git:
    """Runs git in one repository with a fixed environment."""

    def __init__(self, repo: Path, env: dict[str, str] | None = None):
        self.repo = repo
        self.env = dict(os.environ if env is None else env)

    def run(self, *args: str, input: str | None = None, check: bool = True, env: dict | None = None) -> str:
        try:
            proc = subprocess.run(["git", *args], cwd=self.repo, input=input, capture_output=True, text=True,
                                  env={**self.env, **(env or {})}, check=False)
        except OSError as exc:
            raise NewsbriefError(f"cannot run git: {exc}") from None
        if check and proc.returncode != 0:
            raise NewsbriefError(f"git {args[0]} failed: {(proc.stderr or proc.stdout).strip()}")
        return proc.stdout.strip() if proc.returncode == 0 else ""

    def ok(self, *args: str) -> bool:
        return subprocess.run(["git", *args], cwd=self.repo, capture_output=True, env=self.env,
                              check=False).returncode == 0


def site_files(site_dir: Path) -> list[str]:
    """The site's files as sorted POSIX paths (the build's marker file left out)."""
    out = []
    for f in site_dir.rglob("*"):
        if f.is_file() and not f.is_symlink():
            rel = f.relative_to(site_dir).as_posix()
            if rel != MARKER:
                if "\n" in rel or "\t" in rel:
                    raise NewsbriefError(f"cannot publish a file whose name has a tab or newline: {rel!r}")
                out.append(rel)
    return sorted(out)


def publish(site_dir: str | Path, repo: str | Path = ".", branch: str = "gh-pages", remote: str | None = None,
            message: str | None = None, force: bool = False) -> PublishResult:
    """Commit the built site in ``site_dir`` as the whole content of ``branch`` (and push it to
    ``remote`` when given)."""
    site_dir = Path(site_dir).resolve()
    if not site_dir.is_dir() or not (site_dir / "index.html").is_file():
        raise NewsbriefError(f"no built site in {site_dir} (no index.html): run 'newsbrief build' first")
    git = Git(Path(repo).resolve())
    if not git.ok("rev-parse", "--git-dir"):
        raise NewsbriefError(f"{git.repo} is not in a git repository: run 'git init' (and add a remote) first")
    if not git.ok("check-ref-format", "--branch", branch):
        raise NewsbriefError(f"{branch!r} is not a valid branch name")
    ref = f"refs/heads/{branch}"
    if git.run("symbolic-ref", "-q", "HEAD", check=False) == ref:
        raise NewsbriefError(f"the branch {branch!r} is checked out here; switch to another branch before "
                             f"publishing to it")
    if remote is not None and not git.ok("remote", "get-url", remote):
        raise NewsbriefError(f"no git remote named {remote!r} (see 'git remote -v')")

    extra: dict[str, str] = {}
    if not git.ok("var", "GIT_COMMITTER_IDENT"):
        extra.update(GIT_AUTHOR_NAME="newsbrief", GIT_AUTHOR_EMAIL="newsbrief@localhost",
                     GIT_COMMITTER_NAME="newsbrief", GIT_COMMITTER_EMAIL="newsbrief@localhost")
    sde = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if sde.isdigit():
        extra.setdefault("GIT_AUTHOR_DATE", f"{sde} +0000")
        extra.setdefault("GIT_COMMITTER_DATE", f"{sde} +0000")

    files = site_files(site_dir)
    with tempfile.TemporaryDirectory(prefix="newsbrief-publish-") as tmp:
        index = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        shas = git.run("hash-object", "-w", "--no-filters", "--stdin-paths",
                       input="".join(str(site_dir / f) + "\n" for f in files)).split("\n") if files else []
        if len(shas) != len(files):
            raise NewsbriefError(f"git hash-object stored {len(shas)} of {len(files)} files")
        entries = [f"{_mode(site_dir / f)} {sha}\t{f}" for f, sha in zip(files, shas, strict=True)]
        if NOJEKYLL not in files:
            empty = git.run("hash-object", "-w", "--stdin", input="")
            entries.append(f"100644 {empty}\t{NOJEKYLL}")
        git.run("update-index", "--add", "--index-info", input="\n".join(entries) + "\n", env=index)
        tree = git.run("write-tree", env=index)

    local_tip = git.run("rev-parse", "--verify", "-q", f"{ref}^{{commit}}", check=False) or None
    parent = local_tip
    if parent is None and remote is not None:
        parent = git.run("rev-parse", "--verify", "-q", f"refs/remotes/{remote}/{branch}^{{commit}}",
                         check=False) or None
    created = parent is None or git.run("rev-parse", f"{parent}^{{tree}}") != tree
    commit = parent
    if created:
        head = git.run("rev-parse", "--short", "HEAD", check=False)
        msg = message or (f"Publish site with newsbrief {__version__}" + (f" from {head}" if head else ""))
        commit = git.run("commit-tree", tree, *(["-p", parent] if parent else []), "-m", msg, env=extra)
        git.run("update-ref", "-m", f"newsbrief publish: {msg.splitlines()[0]}", ref, commit, local_tip or "")
    assert commit is not None
    result = PublishResult(branch, commit, created, len(files) + (NOJEKYLL not in files), remote)
    if remote is not None:
        push = ["push", *(["--force"] if force else []), remote, f"{ref}:{ref}"]
        proc = subprocess.run(["git", *push], cwd=git.repo, capture_output=True, text=True, env=git.env,
                              check=False)
        if proc.returncode != 0:
            raise NewsbriefError(f"git push to {remote!r} failed: {proc.stderr.strip()} (the commit is on the "
                                 f"local branch {branch!r}; fetch and retry, or publish with --force)")
        result.pushed = True
    return result


def _mode(path: Path) -> str:
    return "100755" if os.access(path, os.X_OK) else "100644"
