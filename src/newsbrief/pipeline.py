"""The build, one step per stage: load → extract → store → model → render → write."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import store
from .config import Config
from .errors import NewsbriefError
from .extract import extract, extractor_fingerprint
from .extract.lexicon import load_lexicon
from .extract.topics import Taxonomy
from .load import Article, find_articles, load_article
from .model import build_site
from .render import make_environment, pages, static_files
from .write import SiteWriter, check_output_dir


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
        try:
            site_topics = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise NewsbriefError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path,
                                 mark.line + 1 if mark else None) from None
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


def briefing_for(article: Article, taxonomy: Taxonomy, taxonomy_hash: str) -> dict:
    """Extract one article into a sealed briefing with its provenance."""
    b = extract(article, taxonomy)
    b["provenance"] = {
        "source_path": article.path,
        "source_hash": article.source_hash,
        "extractor": extractor_fingerprint(),
        "taxonomy_hash": taxonomy_hash,
    }
    return store.seal(b)


def _is_current(b: dict, article: Article, taxonomy_hash: str) -> bool:
    p = b.get("provenance") or {}
    return (p.get("source_hash") == article.source_hash and p.get("extractor") == extractor_fingerprint()
            and p.get("taxonomy_hash") == taxonomy_hash)


def build(config: Config, drafts: bool = False, strict: bool = False, log=None) -> BuildReport:
    """Build the site described by ``config``; bad articles are reported and skipped unless ``strict``."""
    report = BuildReport()
    t0 = time.perf_counter()
    check_output_dir(config.output_dir, [config.content_dir, config.project_dir, config.articles_dir])
    taxonomy, taxonomy_hash = load_taxonomy(config)

    # 1 load
    articles: list[Article] = []
    slugs: dict[str, str] = {}
    for path in find_articles(config.articles_dir):
        try:
            article = load_article(path)
            if article.slug in slugs:
                raise NewsbriefError(f"duplicate slug '{article.slug}' (also used by {slugs[article.slug]})", path)
        except NewsbriefError as err:
            report.errors.append(err)
            continue
        report.warnings.extend(article.warnings)
        if article.draft and not drafts:
            continue
        slugs[article.slug] = str(path)
        articles.append(article)
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
        if existing is not None and store.is_edited(existing):
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
        b = briefing_for(article, taxonomy, taxonomy_hash)
        store.write_briefing(path, b)
        report.extracted += 1
        items.append((article, b))
    report.timings["extract"] = time.perf_counter() - t1

    # 4 model
    t2 = time.perf_counter()
    site = build_site(config, items)
    report.timings["model"] = time.perf_counter() - t2

    # 5–6 render and write
    t3 = time.perf_counter()
    env = make_environment(config.templates_dir)
    with SiteWriter(config.output_dir) as writer:
        for rel, data in static_files(config.templates_dir):
            writer.write(rel, data)
        for rel, html in pages(site, env):
            writer.write(rel, html)
            report.pages += 1
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
    return briefing_for(article, taxonomy, taxonomy_hash)
