"""Site configuration (``newsbrief.yaml``): typed, validated, errors name the key."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlparse

from . import yamlutil
from .errors import NewsbriefError

CONFIG_NAME = "newsbrief.yaml"
PACKAGE_DIR = Path(__file__).resolve().parent


def default_theme_dir() -> Path:
    """The default theme: shipped inside the package, or the repository's templates/ in a checkout."""
    inside = PACKAGE_DIR / "theme"
    return inside if inside.is_dir() else PACKAGE_DIR.parent.parent / "templates"


@dataclass
class Config:
    """Settings of one site.  Paths are resolved against the project folder."""

    title: str = "News briefings"
    description: str = "Who said what, about which topics."
    base_url: str = ""
    language: str = "en"
    author: str | None = None
    content_dir: Path = Path("content")
    output_dir: Path = Path("site")
    templates_dir: Path = Path("templates")
    project_dir: Path = Path(".")
    per_page: int = 20
    search_shard_pages: int = 128    # about how many pages each shard of the search index holds
    config_path: Path | None = None
    extra: dict = field(default_factory=dict)

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def briefings_dir(self) -> Path:
        return self.content_dir / "briefings"

    @property
    def topics_file(self) -> Path:
        return self.content_dir / "topics.yaml"


_KEYS = {f.name for f in fields(Config)} - {"project_dir", "config_path", "extra"}


def load_config(project_dir: str | Path = ".", **overrides) -> Config:
    """Read ``newsbrief.yaml`` in the project folder (optional) and apply overrides (CLI options)."""
    project_dir = Path(project_dir).resolve()
    path = project_dir / CONFIG_NAME
    raw: dict = {}
    if path.is_file():
        raw = yamlutil.load_file(path, "config") or {}
        if not isinstance(raw, dict):
            raise NewsbriefError("the config must be a mapping of settings", path, 1)
    for key in raw:
        if key not in _KEYS:
            raise NewsbriefError(f"unknown setting '{key}' (known: {', '.join(sorted(_KEYS))})", path,
                                 _line(path, key))
    given = {k: v for k, v in overrides.items() if v is not None}
    cfg = Config(project_dir=project_dir, config_path=path if path.is_file() else None)
    for key, value in raw.items():
        setattr(cfg, key, _check(key, value, path))
    for key, value in given.items():
        setattr(cfg, key, _check(key, value, None))  # an option on the command line: no file to blame
    for key in ("content_dir", "output_dir", "templates_dir"):
        p = Path(getattr(cfg, key)).expanduser()
        setattr(cfg, key, p if p.is_absolute() else (project_dir / p))
    return cfg


def _check(key: str, value, path: Path | None):
    where = f"setting '{key}'" if path is not None else f"option --{key.replace('_', '-')}"
    if key in ("title", "description", "language", "author"):
        if value is not None and not isinstance(value, str):
            raise NewsbriefError(f"{where} must be text", path, _line(path, key))
        return value
    if key == "base_url":
        value = "" if value is None else str(value)
        if value:
            parsed = urlparse(value)
            if parsed.scheme not in ("http", "https") or not parsed.netloc:
                if not value.startswith("/"):
                    raise NewsbriefError(f"{where} must be an http(s) URL or a path starting with '/', "
                                         f"got {value!r}", path, _line(path, key))
            if not value.endswith("/"):
                value += "/"
        return value
    if key in ("per_page", "search_shard_pages"):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise NewsbriefError(f"{where} must be a whole number of at least 1", path, _line(path, key))
        return value
    if key in ("content_dir", "output_dir", "templates_dir"):
        if not isinstance(value, (str, Path)) or not str(value):
            raise NewsbriefError(f"{where} must be a folder path", path, _line(path, key))
        return Path(value)
    return value


def _line(path: Path | None, key: str) -> int | None:
    if path is None:
        return None
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(f"{key}:"):
                return n
    except OSError:
        pass
    return None
