"""Stage 5 — render: Site + Jinja2 templates → pages (path, bytes).

The site's own ``templates/`` folder overrides the default theme file by file.
Templates autoescape and use StrictUndefined, so a mistake is an error, not a
blank or unsafe page.  Links are relative (``root`` + path), so the site works
from any subpath and straight from disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import jinja2

from .model import Site

PACKAGE_DIR = Path(__file__).resolve().parent


def default_theme_dir() -> Path:
    """The default theme: shipped inside the package, or the repository's templates/ in a checkout."""
    inside = PACKAGE_DIR / "theme"
    return inside if inside.is_dir() else PACKAGE_DIR.parent.parent / "templates"


def make_environment(site_templates: Path | None) -> jinja2.Environment:
    dirs = [d for d in (site_templates, default_theme_dir()) if d is not None and d.is_dir()]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        autoescape=jinja2.select_autoescape(["html", "xml", "htm"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["datefmt"] = datefmt
    env.filters["safe_url"] = safe_url
    env.filters["plural"] = lambda n, word, many=None: f"{n} {word if n == 1 else (many or word + 's')}"
    return env


def datefmt(value: dt.date | None, fmt: str = "long") -> str:
    if value is None:
        return "Undated"
    if fmt == "iso":
        return value.isoformat()
    return f"{value.day} {value.strftime('%B %Y')}"


def safe_url(url: str | None) -> str | None:
    """Only http(s) and relative URLs reach a page; anything else (javascript:, data:) is dropped."""
    if not url:
        return None
    url = url.strip()
    scheme = urlparse(url).scheme.lower()
    if scheme in ("http", "https") or (scheme == "" and not url.lower().startswith(("//", "javascript", "data"))):
        return url
    return None


def _root(path: str) -> str:
    return "../" * path.count("/")


def pages(site: Site, env: jinja2.Environment) -> Iterator[tuple[str, str]]:
    """Every page of the site, as (relative path, HTML)."""
    base = site.config.base_url

    def render(template: str, path: str, title: str, **ctx) -> tuple[str, str]:
        canonical = (base + path) if base.startswith(("http://", "https://")) else None
        page = {"path": path, "title": title, "canonical": canonical}
        return path, env.get_template(template).render(site=site, config=site.config, page=page,
                                                       root=_root(path), **ctx)

    yield render("index.html", "index.html", site.config.title)
    yield render("articles.html", "articles/index.html", "Briefings")
    for a in site.articles:
        yield render("article.html", a.path, a.title, article=a)
    yield render("speakers.html", "speakers/index.html", "Speakers")
    for s in site.speakers:
        yield render("speaker.html", s.path, s.name, speaker=s)
    yield render("topics.html", "topics/index.html", "Topics")
    for t in site.topics:
        yield render("topic.html", t.path, t.name, topic=t)
    yield render("404.html", "404.html", "Page not found")


def static_files(site_templates: Path | None) -> Iterator[tuple[str, bytes]]:
    """Theme assets under static/ (the site's own files win)."""
    seen = set()
    for d in (site_templates, default_theme_dir()):
        if d is None or not (d / "static").is_dir():
            continue
        for f in sorted((d / "static").rglob("*")):
            rel = "static/" + f.relative_to(d / "static").as_posix()
            if f.is_file() and rel not in seen:
                seen.add(rel)
                yield rel, f.read_bytes()
