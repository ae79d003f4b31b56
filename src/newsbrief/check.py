"""``newsbrief check``: validate the content and the built site without writing anything.

* every article loads (the same rules as the build: encoding, front matter, dates, slugs);
* every briefing (``content/briefings/*.yaml``) matches the schema, and every quote's speaker
  and topics are defined in it — all problems, each with its file and line;
* every quote's text, and each ``continued`` part, appears verbatim in its source article
  (whitespace-normalised).  The source is the article with the briefing's slug, else the
  file named by ``provenance.source_path``;
* every relative ``href``/``src`` in the built site's HTML resolves to a file inside the
  site, and every ``#fragment`` to an element on that page.  External links (http, https,
  mailto, tel, data:image) are not followed; ``javascript:`` and other data: links are errors.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import store, yamlutil
from .config import Config
from .errors import NewsbriefError
from .load import Article, load_article
from .pipeline import load_articles, load_taxonomy

EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel", "data", "ftp", "sms"}
UNSAFE_SCHEMES = {"javascript", "vbscript"}


@dataclass
class CheckReport:
    articles: int = 0
    briefings: int = 0
    quotes: int = 0
    pages: int = 0
    links: int = 0
    site_checked: bool = False
    errors: list[NewsbriefError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check(config: Config, site_dir: Path | None = None) -> CheckReport:
    """Check the project's articles and briefings, and the links of the site in ``site_dir``
    (default: the configured output folder; skipped with a warning when it is not built)."""
    report = CheckReport()
    try:
        load_taxonomy(config)
    except NewsbriefError as err:
        report.errors.append(err)
    articles, errors, warnings = load_articles(config, drafts=True)
    report.articles = len(articles)
    report.errors.extend(errors)
    report.warnings.extend(warnings)
    check_briefings(config, {a.slug: a for a in articles}, report)
    site = site_dir or config.output_dir
    if site.is_dir():
        check_links(site, report, base_path=urlsplit(config.base_url).path)
    else:
        report.warnings.append(f"{_show(site)}: no built site here, so links were not checked "
                               "(run 'newsbrief build' first, or give --out)")
    return report


# --- briefings ----------------------------------------------------------------------------------

def normalise(text: str) -> str:
    return " ".join(text.split())


def check_briefings(config: Config, articles: dict[str, Article], report: CheckReport) -> None:
    folder = config.briefings_dir
    paths = sorted(p for p in folder.glob("*.yaml") if not p.name.startswith(".")) if folder.is_dir() else []
    seen = set()
    for path in paths:
        report.briefings += 1
        seen.add(path.stem)
        try:
            text = yamlutil.read_text(path, "briefing")
            data = store.parse(text, str(path))
        except NewsbriefError as err:
            report.errors.append(err)
            continue
        problems = store.validation_errors(data, str(path), text)
        report.errors.extend(problems)
        if problems:
            continue
        article = articles.get(path.stem) or _article_at(data, config)
        if article is None:
            report.warnings.append(f"{_show(path)}: no article with the slug '{path.stem}' (nor at its "
                                   "provenance.source_path): the build does not use this briefing")
            continue
        if store.is_protected(data) and (data["provenance"].get("source_hash") != article.source_hash):
            report.warnings.append(f"{_show(path)}: edited by hand, but its source {_show(Path(article.path))} "
                                   "has changed since; review it, or 'newsbrief extract --force' to start over")
        report.errors.extend(quote_errors(data, article, str(path), text))
        report.quotes += len(data.get("quotes") or [])
    for slug, article in sorted(articles.items()):
        if slug not in seen:
            report.warnings.append(f"{_show(Path(article.path))}: no briefing yet; 'newsbrief build' extracts it")


def quote_errors(briefing: dict, article: Article, path: str, text: str | None = None) -> list[NewsbriefError]:
    """A quote (or a continued part) that is not, word for word, in the article."""
    plain = normalise(article.text)
    raw = normalise(article.body)
    errors = []
    for i, q in enumerate(briefing.get("quotes") or []):
        parts = [("text", q["text"])] + [(f"continued/{n}", c) for n, c in enumerate(q.get("continued") or [])]
        for key, part in parts:
            needle = normalise(part)
            if needle and needle not in plain and needle not in raw:
                keys = ["quotes", i] + ([key] if key == "text" else ["continued", int(key.split("/")[1])])
                line = store.line_of(text, keys) if text else None
                errors.append(NewsbriefError(
                    f"quotes/{i}/{key}: not found word for word in {_show(Path(article.path))}: "
                    f"{_clip(part)!r}", path, line))
    return errors


def _article_at(briefing: dict, config: Config) -> Article | None:
    recorded = (briefing.get("provenance") or {}).get("source_path")
    if not recorded:
        return None
    p = Path(recorded)
    p = p if p.is_absolute() else config.project_dir / p
    if not p.is_file():
        return None
    try:
        return load_article(p)
    except NewsbriefError:
        return None


def _clip(text: str, n: int = 60) -> str:
    text = normalise(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def _show(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    absolute = Path(os.path.abspath(path))
    return str(absolute.relative_to(Path.cwd())) if absolute.is_relative_to(Path.cwd()) else str(absolute)


# --- links --------------------------------------------------------------------------------------

class _PageParser(HTMLParser):
    """The ids on a page and the (line, tag, attribute, url) of every href and src."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[int, str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in ("href", "src"):
                self.refs.append((self.getpos()[0], tag, name, value))

    handle_startendtag = handle_starttag


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def check_links(site: Path, report: CheckReport, base_path: str = "") -> None:
    """Every relative link of every HTML page under ``site`` must reach a file in the site."""
    site = site.resolve()
    report.site_checked = True
    pages = sorted(p for p in site.rglob("*.html")
                   if not any(part.startswith(".") for part in p.relative_to(site).parts))
    parsed: dict[Path, _PageParser] = {}

    def page(p: Path) -> _PageParser:
        if p not in parsed:
            parsed[p] = _parse(p)
        return parsed[p]

    for file in pages:
        report.pages += 1
        for line, tag, attr, url in page(file).refs:
            report.links += 1
            problem = _link_problem(site, file, url.strip(), base_path, page)
            if problem:
                report.errors.append(NewsbriefError(f"<{tag} {attr}={url!r}>: {problem}", _show(file), line))


def _link_problem(site: Path, file: Path, url: str, base_path: str, page) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in UNSAFE_SCHEMES or (scheme == "data" and not parts.path.lstrip().lower().startswith("image/")):
        return "unsafe link (script URL)"
    if scheme or parts.netloc:
        return None if scheme in EXTERNAL_SCHEMES or parts.netloc else f"unknown URL scheme '{scheme}'"
    path = unquote(parts.path)
    if not path:
        target = file
    else:
        if path.startswith("/"):
            rel = path
            if base_path and base_path != "/" and rel.startswith(base_path):
                rel = "/" + rel[len(base_path):]
            joined = posixpath.normpath(rel.lstrip("/") or ".")
        else:
            joined = posixpath.normpath(posixpath.join(file.parent.relative_to(site).as_posix(), path))
        if joined == ".." or joined.startswith("../"):
            return "leaves the site folder"
        target = site / joined
        if target.is_dir() or path.endswith("/"):
            target = target / "index.html"
        if not target.is_file():
            return f"broken link: {target.relative_to(site).as_posix()} does not exist"
    fragment = unquote(parts.fragment)
    if fragment and target.suffix == ".html" and fragment not in page(target).ids:
        where = "this page" if target == file else target.relative_to(site).as_posix()
        return f"no element with id '{fragment}' on {where}"
    return None
