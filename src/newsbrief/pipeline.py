"""The build, one step per stage: load → extract → store → model → render → write.

Builds are incremental (cache.py keeps what the previous build read and made):

* **no-op**: when no input file changed (every article, briefing, template, the config, the
  topics and newsbrief's own code, by size and time) and the site is still exactly what the
  previous build wrote, nothing is done: the previous build's report is given again;
* **load, extract, store** only the articles whose file or briefing changed; the others come
  from the cache, as records (model.ArticleRecord), without reading their YAML again;
* **model**: always the whole site, from the records (it is cheap, and it is what says which
  pages a change reaches): its counts come from the records' tallies, and quotes are made only
  for the pages that read them (model.QuoteList);
* **render, write**: only the files whose key changed (render.outputs); the others are
  hard-linked from the previous site.

Extraction and rendering run in ``jobs`` processes (parallel.py), the default all cores;
the output does not depend on it.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from . import cache, parallel, yamlutil
from .config import Config, default_theme_dir
from .errors import NewsbriefError
from .load import Article, find_articles, load_article
from .write import SiteWriter, check_output_dir, marker_identity, output_lock

# Article slugs whose page would collide with one of the site's own pages (articles/index.html).
RESERVED_SLUGS = frozenset({"index"})
_PAGE_SLUG = re.compile(r"page-[0-9]+")      # articles/page-2.html is the list of all briefings, page 2


def is_reserved(slug: str) -> bool:
    """A slug the site itself uses for a page in articles/."""
    return slug in RESERVED_SLUGS or _PAGE_SLUG.fullmatch(slug) is not None

# ``progress(stage, done, total)``: called when a long stage starts (done=0) and as it advances
Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    articles: int = 0
    extracted: int = 0
    reused: int = 0
    kept_edited: int = 0
    pages: int = 0
    changed: int = 0      # files written (new or different bytes)
    unchanged: int = 0    # files carried over from the previous site
    rendered: int = 0     # files made again (written or, when their bytes came out the same, linked)
    noop: bool = False    # nothing had changed: the site was left as it was
    search_shards: int = 0     # shards of the search index (search.py)
    search_indexed: int = 0    # of them, indexed again by this build (the others carried over)
    warnings: list[str] = field(default_factory=list)
    errors: list[NewsbriefError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def extractor_fingerprint() -> str:
    """The extractor's fingerprint (extract.extractor_fingerprint), imported when first needed."""
    from .extract import extractor_fingerprint as fingerprint
    return fingerprint()


def load_taxonomy(config: Config):
    """The site's topics (content/topics.yaml) over the built-in defaults, and a hash of both."""
    from .extract.lexicon import load_lexicon
    from .extract.topics import Taxonomy

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


def briefing_for(article: Article, taxonomy, taxonomy_hash: str, project_dir: Path | None = None) -> dict:
    """Extract one article into a sealed briefing with its provenance."""
    from . import store
    from .extract import extract

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
            if is_reserved(article.slug):
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


# --- the build -----------------------------------------------------------------------------------

def build(config: Config, drafts: bool = False, strict: bool = False, log=None, jobs: int | None = None,
          progress: Progress | None = None) -> BuildReport:
    """Build the site described by ``config``; bad articles are reported and skipped unless ``strict``.
    ``jobs``: processes for extraction and rendering (default: every core)."""
    # The cached records and the model are a few objects per quote, all alive until the end:
    # Python's cyclic garbage collector would walk them over and over while they are made, for
    # nothing.  So it is off until the model is built, which is then frozen (left out of every
    # collection, and of the pages forked workers would otherwise copy); the same goes for the
    # keys of every file (render.outputs), frozen in turn; rendering makes garbage, so it is on
    # again from there.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(config, drafts, strict, jobs, progress, enabled)
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def _build(config: Config, drafts: bool, strict: bool, jobs: int | None, progress: Progress | None,
           collect: bool = True) -> BuildReport:
    report = BuildReport()
    t0 = time.perf_counter()
    jobs = max(1, jobs or parallel.available_cores())
    check_output_dir(config.output_dir, {"the content folder": config.content_dir,
                                         "the project folder": config.project_dir,
                                         "the articles folder": config.articles_dir,
                                         "the templates folder": config.templates_dir})
    with output_lock(config.output_dir):
        scan_ns = time.time_ns()
        previous = cache.Previous(config.output_dir)
        from .search import find_pagefind
        indexer = find_pagefind()
        articles = cache.article_files(config.articles_dir)
        files = cache.snapshot(config, default_theme_dir(), articles)
        settings = cache.settings_digest(config, drafts, indexer)
        report.timings["check"] = time.perf_counter() - t0

        # 0 nothing changed: the site is already what this build would make
        if _unchanged(previous, files, settings, config.output_dir, scan_ns, report):
            if strict and report.errors:
                raise report.errors[0]
            report.timings["total"] = time.perf_counter() - t0
            return report

        # 1–3 load, extract and store what is new or changed (edited briefings are kept)
        t1 = time.perf_counter()
        taxonomy, taxonomy_hash = load_taxonomy(config)
        env_key = (extractor_fingerprint(), taxonomy_hash, str(config.project_dir), drafts)
        pack = cache.DetailsPack(previous.dir, previous.state.get("pack"))
        context = _ScanContext(taxonomy, taxonomy_hash, config.project_dir, config.briefings_dir, drafts)
        scanned = _scan(articles, previous, env_key, context, jobs, progress, report.timings, files)
        accepted, scans = _resolve(scanned, drafts, pack, report)
        if strict and report.errors:
            raise report.errors[0]
        report.timings["load+extract"] = time.perf_counter() - t1

        # 4 model
        t2 = time.perf_counter()
        moved = pack.compact([s.details for s in accepted])
        if moved:
            accepted = [s._replace(details=moved[s.details]) for s in accepted]
        from .model import ArticleRecord, site_from_records
        site = site_from_records(config, [(ArticleRecord._make(s.record), None, None, _details_loader(pack, s))
                                          for s in accepted])
        report.articles = len(accepted)
        gc.freeze()
        report.timings["model"] = time.perf_counter() - t2

        # 5–6 render and write what changed; Pagefind indexes the staged pages
        t3 = time.perf_counter()
        with SiteWriter(config.output_dir, locked=True) as writer:
            keys, search, templates, memo = _render_and_write(config, site, indexer, previous, writer,
                                                              jobs, progress, report, collect)
            report.timings["render+write"] = time.perf_counter() - t3

            # 7 what the next build starts from (saved before the swap: a state that names a
            # site that never got swapped in does not match the site there, so it is not used)
            t5 = time.perf_counter()
            _save_cache(previous, pack, writer, scans, accepted, files, keys, report, scan_ns=scan_ns,
                        settings=settings, record_env=env_key, search=search, templates=templates,
                        memo=memo)
            report.timings["cache"] = time.perf_counter() - t5
        report.changed = writer.changed
        report.unchanged = writer.unchanged
    report.timings["total"] = time.perf_counter() - t0
    return report


def _unchanged(previous: cache.Previous, files: dict, settings: str, out: Path, scan_ns: int,
               report: BuildReport) -> bool:
    """The no-op build: True (with the previous report given again) when no input changed and
    the site folder still holds exactly the files the previous build left there."""
    if not previous or previous.state.get("settings") != settings:
        return False
    same, racy = previous.inputs_unchanged(files)
    if not same:
        return False
    from .write import site_intact
    outputs = {rel: cache.stamp(v) for rel, v in previous.outputs.items()}
    if not site_intact(out, outputs):
        return False
    if racy:   # checked by content this time: record them as seen now, so the next check is by time
        cache.save_state(previous.dir, dict(previous.state, scan_ns=scan_ns))
    saved = previous.state["report"]
    for k in ("articles", "extracted", "reused", "kept_edited", "pages"):
        setattr(report, k, saved[k])
    report.reused, report.extracted = saved["articles"], 0
    report.unchanged = len(outputs)
    report.noop = True
    report.warnings = list(saved["warnings"])
    report.errors = [NewsbriefError(*e) for e in saved["errors"]]
    return True


def _save_cache(previous: cache.Previous, pack: cache.DetailsPack, writer: SiteWriter, scans: list[Scan],
                accepted: list[Scan], files: dict, keys: dict, report: BuildReport, **state) -> None:
    """Save what this build read and made, for the next one (cache.py)."""
    pack.close()
    final = {s.path: s for s in accepted}
    records = {s.path: tuple(final.get(s.path, s)) for s in scans}
    # each article and briefing as it was when read (or written): a change made during the
    # build then shows as a change to the next one
    read = {s.path: s.article_sig for s in scans if s.article_sig}
    read.update({s.briefing: s.briefing_sig for s in accepted if s.briefing and s.briefing_sig})
    for s in accepted:
        if s.status == "extracted":       # written by this build: still what it wrote?
            sig = _recheck(s.briefing, s.briefing_sig)
            read[s.briefing] = sig
            records[s.path] = tuple(s._replace(briefing_sig=sig))       # None: scanned again next time
    inputs = cache.observe(files, read)
    inputs.update(read)
    state.update(site=marker_identity(writer.staging), pack=pack.name, inputs=inputs, report=_replayable(report),
                 outputs={rel: tuple(st) + keys.get(rel, (None, None)) for rel, st in writer.files.items()})
    cache.save(previous.dir, state, records, {pack.name}, previous.shards)


def _recheck(path: str, sig: tuple) -> tuple | None:
    """A briefing this build wrote, checked again by content as the build ends: its sig as seen
    now (so the next build can trust its time), or None when it is no longer what was written."""
    now = time.time_ns()
    st = _stat(path)
    if st is None or (st.st_size, st.st_mtime_ns) != tuple(sig[:2]) or cache.sha256_file(path) != sig[2]:
        return None
    return (*sig[:3], now)


def _replayable(report: BuildReport) -> dict:
    return {"articles": report.articles, "extracted": report.extracted, "reused": report.reused,
            "kept_edited": report.kept_edited, "pages": report.pages, "warnings": list(report.warnings),
            "errors": [(e.message, e.path, e.line) for e in report.errors]}


# --- 1–3: scanning articles ------------------------------------------------------------------------

class Scan(NamedTuple):
    """What loading one article file and finding its briefing gave (cached per article)."""

    path: str
    article_sig: tuple | None        # (size, mtime_ns, sha256) of the article file when read
    slug: str | None
    draft: bool
    warnings: tuple
    error: tuple | None              # (message, path, line) of what went wrong, if anything
    load_error: bool                 # the error is the article's own (else its briefing's)
    status: str | None               # extracted | reused | kept (None: not used for the site)
    kept_warning: str | None
    record: tuple | None             # model.ArticleRecord, as a plain tuple
    details: tuple | None            # where cache.DetailsPack keeps its body HTML and briefing
    briefing: str | None             # the briefing file it was made with
    briefing_sig: tuple | None       # (size, mtime_ns, sha256) of it then; None: there was none


@dataclass
class _ScanContext:
    taxonomy: object
    taxonomy_hash: str
    project_dir: Path
    briefings_dir: Path
    drafts: bool


def scan_article(path: str, ctx: _ScanContext, known: Scan | None = None) -> tuple[Scan, str | None, bytes | None]:
    """Load one article and find its briefing: the stored one when it is current or edited,
    else a new extraction.  Returns the Scan, the new briefing's YAML to store (None when the
    stored one stays) and the article's details for the cache.  Writes nothing.  ``known``:
    this article's previous Scan, when its briefing is as that scan found it (then a briefing
    the extractor wrote and nobody edited need not be read again to be replaced)."""
    from . import store
    from .model import ArticleRecord, safe_body_html

    try:
        st = os.stat(path)
    except OSError:
        st = None
    clock = _Clock()
    try:
        article = load_article(path)
    except NewsbriefError as err:
        sig = (st.st_size, st.st_mtime_ns, cache.sha256_file(path)) if st else None
        return Scan(path, sig, None, False, (), (err.message, err.path, err.line), True, None, None, None,
                    None, None, None), None, None
    clock("load")
    sig = (st.st_size, st.st_mtime_ns, article.source_hash) if st else None
    base = Scan(path, sig, article.slug, article.draft, tuple(article.warnings), None, False, None, None, None,
                None, None, None)
    if article.draft and not ctx.drafts:
        return base, None, None
    bpath = ctx.briefings_dir / f"{article.slug}.yaml"
    base = base._replace(briefing=str(bpath))
    existing = None
    if known is not None and known.slug == article.slug and known.status in ("reused", "extracted") \
            and known.briefing_sig and _still(bpath, known.briefing_sig):
        pass      # sealed by the extractor, unedited, and for another version of the article: replaced
    elif bpath.is_file():
        try:
            bst = os.stat(bpath)
            data = bpath.read_bytes()
        except OSError as exc:
            err = NewsbriefError(f"cannot read briefing: {exc.strerror or exc}", bpath)
            return base._replace(error=(err.message, err.path, err.line)), None, None
        base = base._replace(briefing_sig=(bst.st_size, bst.st_mtime_ns, hashlib.sha256(data).hexdigest()))
        try:
            existing = store.loads(yamlutil.decode(data, bpath), str(bpath), trust_sealed=True)
        except NewsbriefError as err:
            return base._replace(error=(err.message, err.path, err.line)), None, None
        clock("read briefing")
    text = None
    if existing is not None and store.is_protected(existing):
        b, status = existing, "kept"
        if (existing.get("provenance") or {}).get("source_hash") != article.source_hash:
            base = base._replace(kept_warning=f"{bpath}: edited by hand, so kept as it is, but its source "
                                              f"{article.path} has changed; run 'newsbrief extract --force "
                                              f"{article.path}' to start over")
    elif existing is not None and _is_current(existing, article, ctx.taxonomy_hash):
        b, status = existing, "reused"
    else:
        b = store.ordered(briefing_for(article, ctx.taxonomy, ctx.taxonomy_hash, ctx.project_dir))
        clock("extract")
        status, text = "extracted", store.dumps(b)
        clock("store")
    record = ArticleRecord.from_briefing(article, b)
    safe = safe_body_html(article)
    clock("body html")
    blob = cache.DetailsPack.encode(safe, b)
    clock("record")
    return base._replace(status=status, record=tuple(record)), text, blob


class _Clock:
    """CPU time per stage of scanning, summed in ``CPU`` (this process's; the build adds up its
    workers' into the report's timings as "cpu <stage>")."""

    def __init__(self):
        self.t = time.process_time()

    def __call__(self, stage: str) -> None:
        now = time.process_time()
        CPU[stage] = CPU.get(stage, 0.0) + now - self.t
        self.t = now


CPU: dict[str, float] = {}


def _still(path: Path, sig: tuple) -> bool:
    """Is the file still the one ``sig`` recorded (by size and time, and by content when its
    time cannot tell)?"""
    try:
        st = os.stat(path)
    except OSError:
        return False
    if (st.st_size, st.st_mtime_ns) != tuple(sig[:2]):
        return False
    return time.time_ns() - st.st_mtime_ns > cache.RACY_NS or cache.sha256_file(str(path)) == sig[2]


def _scan_chunk(chunk: list) -> tuple[list, dict[str, float]]:
    ctx = chunk[0]
    CPU.clear()
    return [scan_article(path, ctx, known) for path, known in chunk[1:]], dict(CPU)


SCAN_CHUNK = 24                 # articles per piece of extraction work
PARALLEL_RENDER_COST = 400      # less rendering than this (render.Output.cost) is done in-process
RENDER_CHUNK_COST = 300         # at most this much in one piece of rendering work (a few MB of pages)


def _scan(articles: list[tuple[str, os.stat_result]], previous: cache.Previous, env_key: tuple, ctx: _ScanContext,
          jobs: int, progress: Progress | None, timings: dict,
          seen: dict[str, os.stat_result | None] | None = None) -> Iterator[tuple[Scan, str | None, bytes | None]]:
    """Every article file, in order: its cached Scan when neither it nor its briefing changed,
    else a fresh one (made in ``jobs`` processes when there are many), as they come.  The CPU
    time of each stage of scanning goes to ``timings``.  ``seen``: the stat of the input files
    as this build found them (cache.snapshot), which spares a stat of each briefing."""
    seen = seen or {}
    known = previous.records(env_key)
    cached: list = [None] * len(articles)
    hints: dict[int, Scan | None] = {}
    todo = []
    for i, (path, st) in enumerate(articles):
        entry = known.pop(path, None)
        if entry is not None:
            s = Scan._make(entry)
            bst = (seen[s.briefing] if s.briefing in seen else _stat(s.briefing)) if s.briefing else None
            briefing_same = s.briefing is None or _same(previous, s.briefing, bst, s.briefing_sig)
            if briefing_same and _same(previous, path, st, s.article_sig):
                # stored by an earlier build: this one reuses it (as the files are now)
                cached[i] = s._replace(status="reused" if s.status == "extracted" else s.status,
                                       article_sig=_sig(st, s.article_sig),
                                       briefing_sig=_sig(bst, s.briefing_sig) if s.briefing_sig else None)
                continue
            hints[i] = s if briefing_same and s.briefing is not None else None
        todo.append(i)
    known.clear()
    chunks = [[ctx] + [(articles[i][0], hints.get(i)) for i in todo[k:k + SCAN_CHUNK]]
              for k in range(0, len(todo), SCAN_CHUNK)]
    results = parallel.run(_scan_chunk, chunks, jobs if len(todo) >= 2 * SCAN_CHUNK else 1)
    fresh: list = []
    done = 0
    if progress and todo:
        progress("Extracting", 0, len(todo))
    for i in range(len(articles)):
        if cached[i] is not None:
            yield cached[i], None, None
            cached[i] = None
            continue
        if not fresh:
            chunk, cpu = next(results)
            for stage, seconds in cpu.items():
                timings[f"cpu {stage}"] = timings.get(f"cpu {stage}", 0.0) + seconds
            fresh = list(reversed(chunk))
            done += len(fresh)
            if progress:
                progress("Extracting", done, len(todo))
        yield fresh.pop()


def _same(previous: cache.Previous, path: str, st: os.stat_result | None, sig: tuple | None) -> bool:
    """The file is as ``sig`` recorded it: by size and time, or else by content (a file saved
    again unchanged)."""
    if previous.unchanged(path, st, sig):
        return True
    return st is not None and sig is not None and st.st_size == sig[0] and cache.sha256_file(path) == sig[2]


def _sig(st: os.stat_result | None, sig: tuple) -> tuple:
    return (st.st_size, st.st_mtime_ns, sig[2]) if st is not None else sig


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _resolve(scanned: Iterator, drafts: bool, pack: cache.DetailsPack,
             report: BuildReport) -> tuple[list[Scan], list[Scan]]:
    """Decide which articles make the site, in file order (duplicate and reserved slugs are
    errors; drafts are left out unless asked for); store new briefings and details.  Returns
    the articles of the site and every Scan to cache (a Scan whose briefing this build wrote
    has ``status`` "extracted")."""
    from . import store

    load_errors, briefing_errors, load_warnings, kept_warnings = [], [], [], []
    slugs: dict[str, str] = {}
    accepted: list[Scan] = []
    keep: list[Scan] = []
    for s, text, blob in scanned:
        if s.load_error:
            load_errors.append(NewsbriefError(*s.error))
            keep.append(s)
            continue
        if s.slug in slugs:      # not cached: it is scanned again while its slug is taken
            load_errors.append(NewsbriefError(f"duplicate slug '{s.slug}' (also used by {slugs[s.slug]})", s.path))
            continue
        if is_reserved(s.slug):
            load_errors.append(NewsbriefError(f"the slug '{s.slug}' is used by the site itself; set another "
                                              "'slug:' in the front matter or rename the file", s.path))
            continue
        load_warnings.extend(s.warnings)
        if s.draft and not drafts:
            keep.append(s)
            continue
        slugs[s.slug] = s.path
        if s.error:
            briefing_errors.append(NewsbriefError(*s.error))
            keep.append(s)
            continue
        if text is not None:
            bpath = Path(s.briefing)
            store.write_briefing(bpath, text)
            st = bpath.stat()
            s = s._replace(briefing_sig=(st.st_size, st.st_mtime_ns,
                                         hashlib.sha256(text.encode("utf-8")).hexdigest()))
        if blob is not None:                 # scanned now (not from the cache)
            from .model import ArticleRecord
            s = s._replace(details=pack.add(blob),
                           record=tuple(ArticleRecord._make(s.record).shared(s.path)))
        if s.kept_warning:
            kept_warnings.append(s.kept_warning)
        report.extracted += s.status == "extracted"
        report.reused += s.status == "reused"
        report.kept_edited += s.status == "kept"
        keep.append(s)
        accepted.append(s)
    pack.flush()
    report.errors.extend(load_errors + briefing_errors)
    report.warnings.extend(load_warnings + kept_warnings)
    return accepted, keep


def _details_loader(pack: cache.DetailsPack, s: Scan):
    """Where an article page gets its body HTML and briefing: the cache, or (if that cannot be
    read back) the article and briefing files themselves."""
    def load() -> tuple[str, dict]:
        try:
            return pack.read(s.details)
        except ValueError:
            from . import store
            from .model import safe_body_html
            return safe_body_html(load_article(s.path)), store.load_briefing(s.briefing)
    return load


# --- 5–6: rendering and writing ----------------------------------------------------------------------

def _render_chunk(chunk: list) -> list:
    """Make each output of the chunk and put it in the writer's staging folder (in a forked
    worker): (index, file stamp, changed, its fine key) each, or an error.  Only these few
    values go back to the build's process, not the files."""
    outs, fine, writer = chunk[0], chunk[1], chunk[2]
    done = []
    for i in chunk[3:]:
        o = outs[i]
        try:
            data = o.build()
        except NewsbriefError as err:
            return [("error", err.message, err.path, err.line)]
        stamp, changed = writer.put(o.path, data, digest=o.path.endswith(".html"))
        done.append((i, stamp, changed, fine[o.path] if o.path in fine else o.fine_key()))
    return done


def _render_and_write(config: Config, site, indexer, previous: cache.Previous, writer: SiteWriter, jobs: int,
                      progress: Progress | None, report: BuildReport,
                      collect: bool = True) -> tuple[dict[str, str], str | None, dict, dict]:
    """Write the site into the writer's staging folder: each file whose key is the one the
    previous build wrote it under is carried over, the others are made (in ``jobs`` processes
    when there is much to do); then the search index.  Returns the key of each file and the
    search index's state (None: no index), what parsing the templates found and the digests to keep
    for the next build (keys.Keys.memo_out)."""
    tk = time.perf_counter()
    from .render import make_environment, outputs, page_specs, static_files

    env = make_environment(config.templates_dir, compiled=previous.dir / "templates")
    templates = dict(previous.state.get("templates", {}))
    memo = dict(previous.state.get("memo", {}))
    salt = cache.code_digest()
    report.timings["render setup"] = time.perf_counter() - tk
    tk = time.perf_counter()
    outs = outputs(site, env, search=indexer is not None, salt=salt, templates=templates, memo=memo,
                   previous=previous.outputs)
    report.timings["keys"] = time.perf_counter() - tk
    report.pages = sum(o.path.endswith(".html") for o in outs)
    for rel, data in static_files(config.templates_dir):
        writer.write(rel, data)
    todo = []
    fine: dict[str, str | None] = {}
    tc = time.perf_counter()
    fine_time = 0.0
    same: list[tuple[str, tuple]] = []               # (path, stamp) of the files to carry over
    index: dict[str, int] = {}
    was = previous.outputs
    for i, o in enumerate(outs):
        path = o.path
        writer.claim(path)
        before = was.get(path)
        if before is None:
            todo.append(i)
            continue
        if before[4] == o.key:                       # made from the same inputs
            fine[path] = before[5]
        else:                                        # the inputs changed: does what it shows?
            tf = time.perf_counter()
            fine[path] = o.fine_key()
            fine_time += time.perf_counter() - tf
            if fine[path] is None or fine[path] != before[5]:
                todo.append(i)
                continue
        same.append((path, before))
        index[path] = i
    todo += [index[path] for path in writer.carry_over(same)]      # (not as they were written)
    todo.sort()
    report.timings["fine keys"] = fine_time
    report.timings["carry over"] = time.perf_counter() - tc - fine_time
    report.rendered = len(todo)
    gc.freeze()              # the outputs and their keys live to the end: no collection need walk them
    if collect:
        gc.enable()
    if progress and todo:
        progress("Rendering", 0, len(todo))
    done = 0
    if jobs > 1 and parallel.can_fork() and sum(outs[i].cost for i in todo) >= PARALLEL_RENDER_COST:
        for name in sorted({outs[i].template for i in todo if outs[i].template}):
            env.get_template(name)           # compiled once, here, before the workers fork
        # chunks of about equal cost, none too big (a result is held until it is written)
        chunks = parallel.chunks_by_cost(todo, lambda i: outs[i].cost, jobs, most=RENDER_CHUNK_COST)
        for result in parallel.run(_render_chunk, [[outs, fine, writer] + c for c in chunks], jobs, ordered=False):
            for item in result:
                if item[0] == "error":
                    raise NewsbriefError(*item[1:])
                i, stamp, changed, fine[outs[i].path] = item
                writer.record(outs[i].path, stamp, changed)
            done += len(result)
            if progress:
                progress("Rendering", done, len(todo))
    else:
        for i in todo:                       # one at a time, each written as soon as it is made
            o = outs[i]
            writer.write(o.path, o.build(), claimed=True, digest=o.path.endswith(".html"))
            if o.path not in fine:
                fine[o.path] = o.fine_key()
            done += 1
            if progress and done % 64 == 0:
                progress("Rendering", done, len(todo))
        if progress and todo:
            progress("Rendering", done, len(todo))
    t4 = time.perf_counter()
    # (the indexer reads only the pages it is given, so what a reused spare holds beyond this
    # build's files goes after it: the files of the shards kept are found there as they are)
    search = _index_search(writer, indexer, previous, report, config.search_shard_pages, jobs)
    made = {o.path: (o.key, fine.get(o.path)) for o in outs}
    if search is None and indexer is not None:      # the indexer failed: the search page says search is off
        from .render import render_page
        spec = next(s for s in page_specs(site, search=False) if s.template == "search.html")
        writer.drop(spec.path)
        writer.write(spec.path, render_page(spec, site, env), digest=True)
        made[spec.path] = ("made without search", None)        # (so the next build makes it again)
    writer.prune()    # the staged site is now whole: what a reused spare held beyond it goes
    report.timings["search index"] = time.perf_counter() - t4
    return made, search, templates, memo


def _index_search(writer: SiteWriter, indexer, previous: cache.Previous, report: BuildReport, per_shard: int,
                  jobs: int) -> dict | None:
    """The search index, in shards (search.py): each shard whose pages are what they were in
    the previous build is carried over, the others are indexed again.  Returns what the next
    build needs to know of it (None: no index, with a warning saying why)."""
    from . import search

    if indexer is None:
        report.warnings.append(search.off_warning())
        return None
    was = previous.state.get("search") or {}
    pages = {rel: st.sha256 or hashlib.sha256((writer.staging / rel).read_bytes()).hexdigest()
             for rel, st in writer.files.items() if rel.endswith(".html")}
    # (what the previous build found marked is known only when it made an index)
    before = {rel: v[3] for rel, v in previous.outputs.items() if v[3] and rel.endswith(".html")} if was else {}
    indexed, marked = search.indexed_pages(pages, before, set(was.get("marked", ())),
                                           lambda rel: (writer.staging / rel).read_bytes())
    count, shards = search.plan(indexed, per_shard, search.version(indexer), was.get("count"))
    kept, todo = {}, []
    for shard in shards:
        files = _kept_shard(writer, previous, was.get("shards", {}).get(str(shard.number)), shard.key)
        if files is None:
            todo.append(shard)
        else:
            kept[shard.number] = files
    made: dict[int, list[str]] = {}
    with contextlib.closing(search.index_shards(writer.staging, todo, indexer, jobs)) as runs:
        for shard, files, warning in runs:
            if warning:       # no index rather than one that misses pages: take back what is written
                for rel in (rel for rels in made.values() for rel in rels):
                    writer.drop(rel)
                report.warnings.append(warning)
                return None
            for rel, path in files:       # written as each shard is done (not all held at once)
                writer.write(rel, path.read_bytes())
            made[shard.number] = [rel for rel, _ in files]
    state = {}
    for shard in shards:
        if shard.number in kept:
            for rel, stamp in kept[shard.number]:
                writer.claim(rel)
                if not writer.link_previous(rel, stamp):
                    raise NewsbriefError(f"the previous site changed during the build ({rel}); build again")
            rels = [rel for rel, _ in kept[shard.number]]
        else:
            rels = made[shard.number]
        state[str(shard.number)] = [shard.key, rels]
    writer.write(search.MANIFEST, search.manifest(shards))
    report.search_shards, report.search_indexed = len(shards), len(todo)
    return {"count": count, "shards": state, "marked": sorted(marked)}


def _kept_shard(writer: SiteWriter, previous: cache.Previous, was: list | None, key: str) -> list | None:
    """A shard of the previous build's search index made from the same pages (``key``), as
    (site path, stamp) of its files, when every file is still as it was written; else None."""
    from .write import FileStamp, still_written

    if not was or was[0] != key:
        return None
    files = []
    for rel in was[1]:
        v = previous.outputs.get(rel)
        if v is None or not still_written(writer.out / rel, stamp := FileStamp(*v[:4])):
            return None
        files.append((rel, stamp))
    return files


# --- one article at a time -----------------------------------------------------------------------------

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
    from . import store

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
