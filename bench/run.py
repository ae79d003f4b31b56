"""newsbrief benchmarks: extraction throughput, then build times beside Pelican.

Run through ``make bench`` (``BENCH_ARGS="--sizes 1000"`` to pass options) or
``.venv/bin/python bench/run.py --help``.  See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, NamedTuple

import corpus  # bench/corpus.py, beside this file

BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".cache"
RESULTS = BENCH / "results"

EXTRACT_ARTICLES = 300
EXTRACT_PASSES = 5
EXTRACT_TARGET = 500  # articles/s on one core

# newsbrief / Pelican, as the issue phrases its targets
TARGETS = [
    # (label, newsbrief scenario, Pelican scenario, at most)
    ("cold / Pelican cold", "cold", "cold", 0.5),
    ("no-op / Pelican cold", "noop", "cold", 0.1),
    ("one changed / Pelican cold", "changed", "cold", 0.2),
]
RSS_TARGET = 2.0

SCENARIOS = ("cold", "noop", "changed")

PELICANCONF = '''\
# Written by bench/run.py: one page per article, a paginated index, tag
# pages and an Atom feed, with Pelican's content cache on.
AUTHOR = "newsbrief bench"
SITENAME = "newsbrief bench"
SITEURL = "https://news.example"
RELATIVE_URLS = True
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10
# Pelican's minimal built-in theme: its default one, notmyidea, needs the
# category pages that are switched off below.
THEME = "simple"

ARTICLE_URL = "{slug}.html"
ARTICLE_SAVE_AS = "{slug}.html"
TAG_URL = "tag/{slug}.html"
TAG_SAVE_AS = "tag/{slug}.html"
TAGS_SAVE_AS = "tags.html"
# Nothing newsbrief does not make either: no category, author or archive pages.
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""

FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
'''


class BenchError(Exception):
    pass


# --------------------------------------------------------------------------
# Child processes
# --------------------------------------------------------------------------


class Run(NamedTuple):
    seconds: float      # wall clock
    rss_kb: int         # peak resident set of the child (or of its largest descendant)
    cpu_s: float        # user + system CPU of the child and the descendants it waited for


def run_child(cmd: list, cwd: Path | None, log: Path, env: dict | None = None) -> Run:
    """Run ``cmd`` (with ``env`` changes: a value of None unsets); return its Run.

    Output goes to ``log``; a non-zero exit raises BenchError with its tail.
    """
    full_env = dict(os.environ)
    for k, v in (env or {}).items():
        if v is None:
            full_env.pop(k, None)
        else:
            full_env[k] = v
    with open(log, "ab") as out:
        out.write(f"\n$ {' '.join(map(str, cmd))}  {env or ''}\n".encode())
        out.flush()
        start = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                env=full_env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
        raise BenchError(f"{cmd[0]} exited {proc.returncode}:\n" + "\n".join(tail))
    rss_kb = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return Run(seconds, rss_kb, usage.ru_utime + usage.ru_stime)


def count_pages(out_dir: Path) -> int:
    return sum(1 for _ in out_dir.rglob("*.html"))


class Site:
    """One tool's site: how to build it, wipe it for a cold build, and edit it."""

    def __init__(self, tool: str, cmd: list, cwd: Path | None, out_dir: Path,
                 wipe: list[Path], touch: Callable[[int], Path], log: Path, env: dict | None = None):
        self.tool, self.cmd, self.cwd, self.out_dir = tool, cmd, cwd, out_dir
        self.wipe, self.touch, self.log, self.env = wipe, touch, log, env

    def build(self) -> Run:
        return run_child(self.cmd, self.cwd, self.log, self.env)

    def clean(self) -> None:
        for path in self.wipe:
            shutil.rmtree(path, ignore_errors=True)


def measure(site: Site, n: int, repeat: int, scenarios: tuple[str, ...] = SCENARIOS) -> dict:
    """Cold, no-op and one-article-changed builds, ``repeat`` times each."""
    runs: dict[str, list[Run]] = {s: [] for s in scenarios}
    loads: list[float] = []
    for _ in range(repeat):
        site.clean()
        loads.append(os.getloadavg()[0])
        runs["cold"].append(site.build())
    pages = count_pages(site.out_dir)
    if pages == 0:
        raise BenchError(f"{site.tool} wrote no *.html files to {site.out_dir}")
    if "noop" in runs:
        for _ in range(repeat):
            loads.append(os.getloadavg()[0])
            runs["noop"].append(site.build())
    if "changed" in runs:
        for generation in range(1, repeat + 1):
            site.touch(generation)
            loads.append(os.getloadavg()[0])
            runs["changed"].append(site.build())

    result = {"tool": site.tool, "n": n, "pages": pages, "load_averages": loads}
    for scenario, done in runs.items():
        result[scenario] = {
            "median_s": statistics.median(r.seconds for r in done),
            "runs_s": [r.seconds for r in done],
            "median_cpu_s": statistics.median(r.cpu_s for r in done),
            "cpu_s": [r.cpu_s for r in done],
            "peak_rss_kb": max(r.rss_kb for r in done),
        }
    result["pages_per_s"] = pages / result["cold"]["median_s"]
    result["peak_rss_kb"] = max(result[s]["peak_rss_kb"] for s in runs)
    said = ", ".join(f"{LABELS[s]} {result[s]['median_s']:.2f}s (CPU {result[s]['median_cpu_s']:.2f}s)"
                     for s in runs)
    print(f"  {site.tool:22} N={n}: {said}, {pages} pages, peak RSS {result['peak_rss_kb'] / 1024:.0f} MB, "
          f"load {statistics.median(loads):.1f}", flush=True)
    return result


LABELS = {"cold": "cold", "noop": "no-op", "changed": "one changed"}


# --------------------------------------------------------------------------
# newsbrief
# --------------------------------------------------------------------------


def newsbrief_exe() -> Path:
    return Path(sys.executable).parent / "newsbrief"


def newsbrief_site(work: Path, n: int, seed: int, search: bool, jobs: int | None = None) -> Site:
    """newsbrief building its own copy of the corpus, with the Pagefind search index or without
    (``NEWSBRIEF_PAGEFIND=off``: then the build makes no index and warns that search is off)."""
    name = "newsbrief-search" if search else "newsbrief"
    content = work / name
    out = work / f"{name}-site"
    corpus.generate(content, n, seed=seed, flavour="newsbrief")
    cmd = [newsbrief_exe(), "build", "--content", content, "--out", out]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    return Site(
        tool="newsbrief, search" if search else "newsbrief, no search",
        cmd=cmd,
        cwd=work,
        out_dir=out,
        # a cold build: no briefings, no site, no build cache (beside the site)
        wipe=[content / "briefings", out, out.with_name(f".{out.name}.newsbrief-cache")],
        touch=lambda g: corpus.touch(content, g, seed=seed, flavour="newsbrief"),
        log=work / f"{name}.log",
        env={"NEWSBRIEF_PAGEFIND": None} if search else {"NEWSBRIEF_PAGEFIND": "off"},
    )


def compile_bytecode(package: Path) -> None:
    """Write the package's bytecode once, as a regular install does: an editable install in
    an environment with PYTHONDONTWRITEBYTECODE set would otherwise compile every module from
    source in every build, which is not what the build costs (Pelican's venv has its bytecode)."""
    import compileall
    compileall.compile_dir(str(package), quiet=1)


def pagefind_available() -> bool:
    env = {k: v for k, v in os.environ.items() if k != "NEWSBRIEF_PAGEFIND"}
    code = "from newsbrief.search import find_pagefind; raise SystemExit(find_pagefind() is None)"
    return subprocess.run([sys.executable, "-c", code], env=env).returncode == 0


def extraction(work: Path, seed: int) -> dict:
    """Articles/s of newsbrief.extract.extract, in-process, pinned to one core."""
    from newsbrief.extract import extract
    from newsbrief.load import parse_article

    paths = corpus.generate(work / "extract", EXTRACT_ARTICLES, seed=seed)
    texts = [(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    mean_words = statistics.mean(corpus.word_count(text) for text, _ in texts)
    articles = [parse_article(text, path) for text, path in texts]

    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if affinity:
        os.sched_setaffinity(0, {min(affinity)})
    try:
        rates = []
        for _ in range(EXTRACT_PASSES):
            start = time.perf_counter()
            for article in articles:
                extract(article)
            rates.append(len(articles) / (time.perf_counter() - start))
    finally:
        if affinity:
            os.sched_setaffinity(0, affinity)  # builds must get every core back

    result = {
        "articles": len(articles),
        "passes": EXTRACT_PASSES,
        "mean_words": mean_words,
        "rates_per_s": rates,
        "articles_per_s": statistics.median(rates),
        "target_per_s": EXTRACT_TARGET,
    }
    result["met"] = result["articles_per_s"] >= EXTRACT_TARGET
    return result


# --------------------------------------------------------------------------
# Pelican (in its own cached venv, never a project dependency)
# --------------------------------------------------------------------------


def pelican_venv() -> Path:
    venv = CACHE / f"pelican-py{sys.version_info.major}{sys.version_info.minor}"
    marker = venv / ".installed"
    if not marker.exists():
        print(f"Installing pelican and markdown into {venv} (once) ...", flush=True)
        for cmd in (
            [sys.executable, "-m", "venv", venv],
            [venv / "bin" / "python", "-m", "pip", "install", "--quiet",
             "--disable-pip-version-check", "pelican", "markdown"],
        ):
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                raise BenchError(f"could not install Pelican:\n{done.stdout}{done.stderr}")
        marker.touch()
    return venv


def pelican_version(venv: Path) -> str:
    out = subprocess.run([venv / "bin" / "pelican", "--version"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def pelican_site(work: Path, n: int, seed: int, venv: Path) -> Site:
    root = work / "pelican"
    content = root / "content"
    corpus.generate(content, n, seed=seed, flavour="pelican")
    (root / "pelicanconf.py").write_text(PELICANCONF, encoding="utf-8")
    return Site(
        tool="pelican",
        cmd=[venv / "bin" / "pelican", "content", "-o", "output", "-s", "pelicanconf.py"],
        cwd=root,
        out_dir=root / "output",
        wipe=[root / "output", root / "cache"],
        touch=lambda g: corpus.touch(content, g, seed=seed, flavour="pelican"),
        log=work / "pelican.log",
    )


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def ratios(nb: dict, pel: dict) -> list[dict]:
    rows = []
    for label, ours, theirs, target in TARGETS:
        a, b = nb[ours]["median_s"], pel[theirs]["median_s"]
        rows.append({"n": nb["n"], "tool": nb["tool"], "metric": label, "newsbrief": a, "pelican": b,
                     "ratio": a / b, "target": target, "met": a / b <= target})
    a, b = nb["peak_rss_kb"], pel["peak_rss_kb"]
    rows.append({"n": nb["n"], "tool": nb["tool"], "metric": "peak RSS / Pelican peak RSS", "newsbrief": a,
                 "pelican": b, "ratio": a / b, "target": RSS_TARGET, "met": a / b <= RSS_TARGET})
    return rows


def _cell(r: dict, scenario: str, key: str = "median_s") -> str:
    return f"{r[scenario][key]:.2f}" if scenario in r else "–"


def markdown(report: dict) -> str:
    lines = []
    ex = report.get("extraction")
    if ex:
        lines += [
            "## Extraction (one core)",
            "",
            f"{ex['articles_per_s']:.0f} articles/s (median of {ex['passes']} passes over "
            f"{ex['articles']} articles, mean {ex['mean_words']:.0f} words); "
            f"target ≥ {ex['target_per_s']}: {'met' if ex['met'] else 'NOT met'}",
            "",
        ]
    if report["builds"]:
        lines += [
            "## Builds",
            "",
            "Wall-clock medians in seconds, with the median CPU time (user + system, the child and "
            "its workers) in brackets; the load average is the median of the 1-minute load at the "
            "start of each run.",
            "",
            "| tool | N | cold s | no-op s | one changed s | pages | pages/s | peak RSS MB | load |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for r in report["builds"]:
            cells = " | ".join(f"{_cell(r, s)} ({_cell(r, s, 'median_cpu_s')})" if s in r else "–"
                               for s in SCENARIOS)
            lines.append(f"| {r['tool']} | {r['n']} | {cells} | {r['pages']} | {r['pages_per_s']:.0f} | "
                         f"{r['peak_rss_kb'] / 1024:.0f} | {statistics.median(r['load_averages']):.1f} |")
        lines.append("")
    if report["ratios"]:
        lines += [
            "## newsbrief / Pelican",
            "",
            "| N | newsbrief | compared | newsbrief | Pelican | ratio | target | met |",
            "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |",
        ]
        for r in report["ratios"]:
            if "RSS" in r["metric"]:
                a, b = f"{r['newsbrief'] / 1024:.0f} MB", f"{r['pelican'] / 1024:.0f} MB"
            else:
                a, b = f"{r['newsbrief']:.2f} s", f"{r['pelican']:.2f} s"
            lines.append(
                f"| {r['n']} | {r['tool'].removeprefix('newsbrief, ')} | {r['metric']} | {a} | {b} | "
                f"{r['ratio']:.2f}× | ≤ {r['target']}× | {'yes' if r['met'] else 'NO'} |"
            )
        lines.append("")
    return "\n".join(lines)


def parse_args(argv):
    ap = argparse.ArgumentParser(description="newsbrief benchmarks (see bench/README.md)")
    ap.add_argument("--sizes", default="1000,5000",
                    help="comma-separated corpus sizes (default: 1000,5000)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per scenario; the median is reported (default: 3)")
    ap.add_argument("--search", choices=("both", "on", "off"), default="both",
                    help="newsbrief with the Pagefind search index, without it, or both (default)")
    ap.add_argument("--jobs", type=int, help="newsbrief build --jobs (default: newsbrief's, every core)")
    ap.add_argument("--with-10k", action="store_true", help="also measure N=10000")
    ap.add_argument("--with-50k", action="store_true",
                    help="also build N=50000 once with newsbrief (no search, no Pelican): time and peak RSS")
    ap.add_argument("--skip-pelican", action="store_true", help="measure newsbrief only")
    ap.add_argument("--skip-newsbrief", action="store_true",
                    help="measure Pelican only (no extraction either)")
    ap.add_argument("--skip-extraction", action="store_true", help="no extraction throughput")
    ap.add_argument("--extract-only", action="store_true",
                    help="only the extraction throughput, no builds")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (default: 0)")
    args = ap.parse_args(argv)
    try:
        args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes must be comma-separated integers, got {args.sizes!r}")
    if args.with_10k and 10000 not in args.sizes:
        args.sizes.append(10000)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.skip_newsbrief and args.extract_only:
        ap.error("--extract-only measures newsbrief; it cannot be combined with --skip-newsbrief")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    report = {
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "load_average_at_start": os.getloadavg()},
        "args": {k: v for k, v in vars(args).items()},
        "versions": {},
        "extraction": None,
        "builds": [],
        "ratios": [],
    }
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1) / 2:
        print(f"Note: load average is {load:.1f} on {os.cpu_count()} CPUs; timings will be noisy.",
              flush=True)
    try:
        searches = []
        if not args.skip_newsbrief:
            if not newsbrief_exe().exists():
                raise BenchError(f"{newsbrief_exe()} not found: run `make build` first, "
                                 "or pass --skip-newsbrief")
            import newsbrief

            report["versions"]["newsbrief"] = newsbrief.__version__
            compile_bytecode(Path(newsbrief.__file__).parent)
            if not args.skip_extraction:
                print("Extraction throughput ...", flush=True)
                with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as tmp:
                    report["extraction"] = extraction(Path(tmp), args.seed)
            searches = {"both": [False, True], "on": [True], "off": [False]}[args.search]
            if True in searches and not pagefind_available():
                print("Note: no Pagefind binary, so newsbrief is measured without search only.", flush=True)
                searches = [False]
        if not args.extract_only:
            venv = None
            if not args.skip_pelican:
                venv = pelican_venv()
                report["versions"]["pelican"] = pelican_version(venv)
            for n in args.sizes:
                print(f"N={n} ...", flush=True)
                with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as tmp:
                    work = Path(tmp)
                    pel = None
                    if venv:
                        pel = measure(pelican_site(work, n, args.seed, venv), n, args.repeat)
                        report["builds"].append(pel)
                    for search in searches:
                        nb = measure(newsbrief_site(work, n, args.seed, search, args.jobs), n, args.repeat)
                        report["builds"].append(nb)
                        if pel:
                            report["ratios"] += ratios(nb, pel)
            if args.with_50k and not args.skip_newsbrief:
                print("N=50000, newsbrief once, without search ...", flush=True)
                with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as tmp:
                    site = newsbrief_site(Path(tmp), 50000, args.seed, False, args.jobs)
                    report["builds"].append(measure(site, 50000, 1))
    except BenchError as e:
        report["error"] = str(e)
        print(f"bench: {e}", file=sys.stderr)

    report["machine"]["load_average_at_end"] = os.getloadavg()
    # Whatever was measured is kept, even when a later step failed.
    RESULTS.mkdir(exist_ok=True)
    # (an extraction-only run does not replace the last full run's figures)
    out = RESULTS / ("extraction.json" if args.extract_only else "latest.json")
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print()
    print(markdown(report))
    print(f"Results written to {out}")
    return 1 if "error" in report else 0


if __name__ == "__main__":
    sys.exit(main())
