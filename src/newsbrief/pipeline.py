"""The build, one step per stage: load → extract → store → model → render → write."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import search, store, yamlutil
from .config import Config
from .errors import NewsbriefError
from .extract import extract, extractor_fingerprint
from .extract.lexicon import load_lexicon
from .extract.topics import Taxonomy
from .load import Article, find_articles, load_article
from .model import build_site
from .render import make_environment, pages, site_files, static_files
from .write import SiteWriter, check_output_dir


# Article slugs whose page would collide with one of the site's own pages (articles/index.html).
RESERVED_SLUGS = frozenset({"index"})


@dataclass
class BuildReport:
    articles: int = 0
    extracted: int = 0
    reused: int = 0
    kept_edited: int = 0
    pages: int = 0
    changed: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[NewsbriefError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def load_taxonomy(config: Config) -> tuple[Taxonomy, str]:
    """The site's topics (content/topics.yaml) over the built-in defaults, and a hash of both."""
    site_topics = []
    path = config.topics_file
    if path.is_file():
        site_topics = yamlutil.load_file(path, "topics file") or []
        if isinstance(site_topics, dict) and "topics" in site_topics:
            site_topics = site_topics["topics"]
        if not isinstance(site_topics, list) or not all(isinstance(t, dict) and (t.get("id") or t.get("name"))
                                                        for t in site_topics):
            raise NewsbriefError("topics.yaml must be a list of topics, each with a 'name' (and optional "
                                 "'id', 'description', 'keywords')", path)
    lex = load_lexicon()
    digest = hashlib.sha256(json.dumps([site_topics, list(lex.default_topics)], sort_keys=True,
                                       default=str).encode()).hexdigest()[:16]
    return Taxonomy(site_topics, lex.default_topics), digest


def source_path(article: Article, project_dir: Path | None) -> str:
    """The article's path as recorded in provenance: relative to the project (so a briefing reads
    the same on every machine), absolute only for an article outside it."""
    path = Path(article.path).resolve()
    if project_dir is not None and path.is_relative_to(project_dir.resolve()):
        return path.relative_to(project_dir.resolve()).as_posix()
    return path.as_posix()


def briefing_for(article: Article, taxonomy: Taxonomy, taxonomy_hash: str, project_dir: Path | None = None) -> dict:
    """Extract one article into a sealed briefing with its provenance."""
    b = extract(article, taxonomy)
    b["provenance"] = {
        "source_path": source_path(article, project_dir),
        "source_hash": article.source_hash,
        "extractor": extractor_fingerprint(),
        "taxonomy_hash": taxonomy_hash,
    }
    return store.seal(b)


def _is_current(b: dict, article: Article, taxonomy_hash: str) -> bool:
    p = b.get("provenance") or {}
    return (p.get("source_hash") == article.source_hash and p.get("extractor") == extractor_fingerprint()
            and p.get("taxonomy_hash") == taxonomy_hash)


def load_articles(config: Config, drafts: bool = False) -> tuple[list[Article], list[NewsbriefError], list[str]]:
    """Every article of the site (drafts only when asked), with the errors of those that cannot
    be used (unreadable, malformed, duplicate or reserved slug) and the loader's warnings."""
    articles: list[Article] = []
    errors: list[NewsbriefError] = []
    warnings: list[str] = []
    slugs: dict[str, str] = {}
    for path in find_articles(config.articles_dir):
        try:
            article = load_article(path)
            if article.slug in slugs:
                raise NewsbriefError(f"duplicate slug '{article.slug}' (also used by {slugs[article.slug]})", path)
            if article.slug in RESERVED_SLUGS:
                raise NewsbriefError(f"the slug '{article.slug}' is used by the site itself; set another "
                                     "'slug:' in the front matter or rename the file", path)
        except NewsbriefError as err:
            errors.append(err)
            continue
        warnings.extend(article.warnings)
        if article.draft and not drafts:
            continue
        slugs[article.slug] = str(path)
        articles.append(article)
    return articles, errors, warnings


def build(config: Config, drafts: bool = False, strict: bool = False, log=None) -> BuildReport:
    """Build the site described by ``config``; bad articles are reported and skipped unless ``strict``."""
    report = BuildReport()
    t0 = time.perf_counter()
    check_output_dir(config.output_dir, {"the content folder": config.content_dir,
                                         "the project folder": config.project_dir,
                                         "the articles folder": config.articles_dir,
                                         "the templates folder": config.templates_dir})
    taxonomy, taxonomy_hash = load_taxonomy(config)

    # 1 load
    articles, errors, warnings = load_articles(config, drafts)
    report.errors.extend(errors)
    report.warnings.extend(warnings)
    if strict and report.errors:
        raise report.errors[0]
    report.articles = len(articles)
    report.timings["load"] = time.perf_counter() - t0

    # 2–3 extract and store (only what is new or changed; edited briefings are kept)
    t1 = time.perf_counter()
    items = []
    for article in articles:
        path = config.briefings_dir / f"{article.slug}.yaml"
        existing = None
        if path.is_file():
            try:
                existing = store.load_briefing(path)
            except NewsbriefError as err:
                report.errors.append(err)
                if strict:
                    raise
                continue
        if existing is not None and store.is_protected(existing):
            if (existing.get("provenance") or {}).get("source_hash") != article.source_hash:
                report.warnings.append(f"{path}: edited by hand, so kept as it is, but its source "
                                       f"{article.path} has changed; run 'newsbrief extract --force "
                                       f"{article.path}' to start over")
            report.kept_edited += 1
            items.append((article, existing))
            continue
        if existing is not None and _is_current(existing, article, taxonomy_hash):
            report.reused += 1
            items.append((article, existing))
            continue
        b = briefing_for(article, taxonomy, taxonomy_hash, config.project_dir)
        store.write_briefing(path, b)
        report.extracted += 1
        items.append((article, b))
    report.timings["extract"] = time.perf_counter() - t1

    # 4 model
    t2 = time.perf_counter()
    site = build_site(config, items)
    report.timings["model"] = time.perf_counter() - t2

    # 5–6 render and write: pages, then feeds, API, sitemap; Pagefind indexes the staged pages
    t3 = time.perf_counter()
    env = make_environment(config.templates_dir)
    indexer = search.find_pagefind()
    with SiteWriter(config.output_dir) as writer:
        for rel, data in static_files(config.templates_dir):
            writer.write(rel, data)
        for rel, html in pages(site, env, search=indexer is not None):
            writer.write(rel, html)
            report.pages += 1
        for rel, data in site_files(site):
            writer.write(rel, data)
        t4 = time.perf_counter()
        bundle, warning = search.index_site(writer.staging, indexer, previous_site=writer.out)
        for rel, data in bundle:
            writer.write(rel, data)
        report.warnings.extend([warning] if warning else [])
        report.timings["search index"] = time.perf_counter() - t4
    report.changed = writer.changed
    report.timings["render+write"] = time.perf_counter() - t3
    report.timings["total"] = time.perf_counter() - t0
    return report


def extract_file(path: str | Path, config: Config | None = None) -> dict:
    """Extract one article file into its briefing (the library call behind ``newsbrief extract``)."""
    from .config import load_config
    config = config or load_config(".")
    taxonomy, taxonomy_hash = load_taxonomy(config)
    article = load_article(path)
    return briefing_for(article, taxonomy, taxonomy_hash, config.project_dir)


@dataclass
class ForcedExtraction:
    path: Path            # the briefing written: content/briefings/<slug>.yaml
    briefing: dict
    replaced_edits: bool  # the file it replaced had been edited by hand (those edits are gone)


def force_extract(path: str | Path, config: Config) -> ForcedExtraction:
    """Re-extract one of the project's articles and overwrite its stored briefing, edited or not:
    the editor's deliberate "start over" (``newsbrief extract --force FILE``)."""
    path = Path(path)
    articles_dir = config.articles_dir.resolve()
    if not path.resolve().is_relative_to(articles_dir):
        raise NewsbriefError(f"not one of the project's articles (they are under {config.articles_dir}); "
                             "--force replaces the briefing the build uses, so it only takes those", path)
    article = load_article(path)
    target = config.briefings_dir / f"{article.slug}.yaml"
    replaced_edits = False
    if target.is_file():
        try:
            replaced_edits = store.is_protected(store.load_briefing(target))
        except NewsbriefError:
            replaced_edits = True    # unreadable or invalid: certainly not what the extractor wrote
    taxonomy, taxonomy_hash = load_taxonomy(config)
    b = briefing_for(article, taxonomy, taxonomy_hash, config.project_dir)
    store.write_briefing(target, b)
    return ForcedExtraction(target, b, replaced_edits)
