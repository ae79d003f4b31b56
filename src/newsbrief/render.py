"""Stage 5 — render: Site + Jinja2 templates → pages (path, bytes).

The site's own ``templates/`` folder overrides the default theme file by file.
Templates autoescape and use StrictUndefined, so a mistake is an error, not a
blank or unsafe page.  Links are relative (``root`` + path), so the site works
from any subpath and straight from disk.

Beside the pages (``pages``), ``site_files`` gives what a publishable site also has,
each made by its own module from the same model: Atom feeds (feeds.py), the JSON API
(api.py), sitemap.xml and robots.txt (seo.py, which also makes the pages' JSON-LD).
charts.py draws the SVG pictures the templates embed; the search index is made after
writing, from the staged pages (search.py).

``outputs`` lists every file of the site with a **key** (keys.py): a hash of everything the
file is made from.  A build skips a file whose key is the one the previous build wrote it
under.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import jinja2
import markupsafe

from . import charts, keys, seo
from .api import Api, briefing_path
from .api import _dumps as api_dumps
from .errors import template_error
from .feeds import FeedWriter, speaker_feed_path, topic_feed_path
from .macros import escape_output as _escape_output
from .macros import twins_for
from .model import ArticlePage, Pager, Site, paginate

from .config import PACKAGE_DIR, default_theme_dir  # noqa: F401  (where the default theme is)


class _Template(jinja2.Template):
    """A template; the theme's own ``_macros.html`` lends its most used macros' Python twins
    (macros.py: the same text, faster) to the pages that import them."""

    @classmethod
    def _from_namespace(cls, environment, namespace, globals):
        # What ``{{ value }}`` prints: the escaped text, as a str (the compiled code's ``escape``
        # makes a Markup of it, only for it to be joined into the page's str)
        if namespace.get("escape") is markupsafe.escape:
            namespace["escape"] = _escape_output
        return super()._from_namespace(environment, namespace, globals)

    def make_module(self, vars=None, shared=False, locals=None):
        module = super().make_module(vars, shared, locals)
        if self.name == "_macros.html" and self.filename is not None \
                and Path(self.filename).resolve().parent == default_theme_dir().resolve():
            source = Path(self.filename).read_text(encoding="utf-8")
            for name, twin in twins_for(source, self.environment.filters).items():
                setattr(module, name, twin)
        return module


class _Environment(jinja2.Environment):
    """A template is parsed once per build: keys.TemplateDeps parses each template a page uses
    (to find what it reads and includes) before it is compiled, and compiling it takes that
    tree rather than parsing the text again."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._parsed: dict[tuple, object] = {}

    def parse(self, source, name=None, filename=None):
        tree = super().parse(source, name, filename)
        self._parsed[(name, filename, source)] = tree     # for the compiler, once
        return tree

    def _parse(self, source, name, filename):
        tree = self._parsed.pop((name, filename, source), None)
        return tree if tree is not None else super()._parse(source, name, filename)


def make_environment(site_templates: Path | None, compiled: Path | None = None) -> jinja2.Environment:
    """The Jinja environment: the site's templates over the theme's.  ``compiled``: a folder
    where compiled templates are kept between builds (the build cache)."""
    dirs = [d for d in (site_templates, default_theme_dir()) if d is not None and d.is_dir()]
    cache = None
    if compiled is not None:
        compiled.mkdir(parents=True, exist_ok=True)
        cache = jinja2.FileSystemBytecodeCache(str(compiled))
    env = _Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        bytecode_cache=cache,
        auto_reload=False,         # one build reads each template once (its key is made from that text)
        autoescape=jinja2.select_autoescape(["html", "xml", "htm"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.template_class = _Template
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


class Derived:
    """A template variable made only when its page is rendered (a chart), from ``source``: a
    page that is not made again (its key, which ``source`` is part of, did not change) never
    computes it."""

    def __init__(self, make: Callable[[], object], source: object):
        self._make = make
        self.source = source

    def make(self) -> object:
        if not hasattr(self, "value"):
            self.value = self._make()
        return self.value


@dataclass
class PageSpec:
    """One HTML page to render: its template, path, title and template variables (a
    ``Derived`` value is computed when the page is rendered)."""

    template: str
    path: str
    title: str
    kind: str = "website"          # Open Graph type: website | article | profile
    listed: bool = True            # in sitemap.xml (not the 404 and search pages)
    feed: str | None = None        # its own Atom feed, beside the site's
    ctx: dict = field(default_factory=dict)

    def variables(self) -> dict:
        return {k: v.make() if isinstance(v, Derived) else v for k, v in self.ctx.items()}


def _paged(title: str, pager: Pager) -> str:
    return title if pager.number == 1 else f"{title} — page {pager.number}"


def page_specs(site: Site, search: bool = True) -> list[PageSpec]:
    """Every HTML page of the site, in a fixed order.  The lists of briefings (all of them, a
    speaker's, a topic's) are split into pages of ``config.per_page`` (model.Pager)."""
    title, per_page = site.config.title, site.config.per_page
    specs = [PageSpec("index.html", "index.html", title, ctx={"matrix": Derived(lambda: charts.matrix(site), site)})]
    specs += [PageSpec("articles.html", p.path, _paged("Briefings", p), ctx={"pager": p})
              for p in paginate(site.articles, per_page, "articles/index.html")]
    specs += [PageSpec("article.html", a.path, a.title, kind="article", ctx={"article": a})
              for a in site.articles]
    specs.append(PageSpec("speakers.html", "speakers/index.html", "Speakers"))
    specs += [PageSpec("speaker.html", p.path, _paged(s.name, p), kind="profile", feed=speaker_feed_path(s.id),
                       ctx={"speaker": s, "pager": p})
              for s in site.speakers for p in paginate(s.articles, per_page, s.path)]
    specs.append(PageSpec("topics.html", "topics/index.html", "Topics"))
    specs += [PageSpec("topic.html", p.path, _paged(t.name, p), feed=topic_feed_path(t.id),
                       ctx={"topic": t, "pager": p,
                            "timeline": Derived(lambda t=t: charts.timeline(t), t) if p.number == 1 else None})
              for t in site.topics for p in paginate(t.articles, per_page, t.path)]
    specs.append(PageSpec("search.html", "search.html", "Search", listed=False, ctx={"search_enabled": search}))
    specs.append(PageSpec("404.html", "404.html", "Page not found", listed=False))
    return specs


def _jsonld(spec: PageSpec, site: Site, urls: seo.Urls) -> dict | None:
    """Structured data: NewsArticle, Person, or an ItemList on the pages that list things."""
    t = spec.template
    if t == "article.html":
        return seo.article_ld(spec.ctx["article"], site, urls)
    if t == "speaker.html":
        return seo.speaker_ld(spec.ctx["speaker"], site, urls, spec.ctx["pager"].items)
    if t == "index.html":
        items = [(a.title, a.path) for a in site.articles[:site.config.per_page]]
        return seo.item_list_ld("Latest briefings", items, urls)
    if t == "articles.html":
        return seo.item_list_ld("Briefings", [(a.title, a.path) for a in spec.ctx["pager"].items], urls)
    if t == "speakers.html":
        return seo.item_list_ld("Speakers", [(s.name, s.path) for s in site.speakers], urls)
    if t == "topics.html":
        return seo.item_list_ld("Topics", [(x.name, x.path) for x in site.topics], urls)
    if t == "topic.html":
        items = [(a.title, a.path) for a in spec.ctx["pager"].items]
        return seo.item_list_ld(f"Briefings on {spec.ctx['topic'].name}", items, urls)
    return None


def render_page(spec: PageSpec, site: Site, env: jinja2.Environment) -> str:
    """One page's HTML."""
    base = site.config.base_url
    # The 404 page is served at any depth, so its links use the base URL when there is one.
    root = (base or "") if spec.template == "404.html" else _root(spec.path)
    urls = seo.Urls(base, root)
    page = {"path": spec.path, "title": spec.title, "canonical": urls.full(spec.path) if spec.listed else None,
            "kind": spec.kind, "feed": spec.feed, "noindex": not spec.listed,
            "jsonld": _jsonld(spec, site, urls),
            "website_jsonld": seo.website_ld(site, urls) if spec.path == "index.html" else None}
    return env.get_template(spec.template).render(site=site, config=site.config, page=page, root=root,
                                                  **spec.variables())


def pages(site: Site, env: jinja2.Environment, search: bool = True) -> Iterator[tuple[str, str]]:
    """Every page of the site, as (relative path, HTML).  ``search``: whether a Pagefind index
    will be there (otherwise the search page says search is off)."""
    for spec in page_specs(site, search):
        yield spec.path, render_page(spec, site, env)


def site_files(site: Site) -> Iterator[tuple[str, str]]:
    """What sits beside the HTML: Atom feeds, the JSON API, robots.txt and (with an absolute
    base URL) sitemap.xml."""
    yield from FeedWriter(site).feeds()
    yield from Api(site).files()
    urls = seo.Urls(site.config.base_url)
    sitemap = seo.sitemap(site, urls, [s.path for s in page_specs(site) if s.listed])
    if sitemap is not None:
        yield "sitemap.xml", sitemap
    yield "robots.txt", seo.robots_txt(urls)


# --- every file with its key (incremental builds) ---------------------------------------------

@dataclass
class Output:
    """One file of the site: where it goes, the keys it is made under (keys.Keys: a coarse
    key, and a function giving the fine one, or None), how to make it."""

    path: str
    keys: tuple[str, Callable[[], str] | None]
    make: Callable[[], str | bytes]
    weight: int | Callable[[], int] = 1   # a rough relative cost (or how to tell it), to share the work
    article: ArticlePage | None = None   # made from this article's text: released afterwards
    template: str | None = None    # the page's template, if it is a page

    @property
    def key(self) -> str:
        return self.keys[0]

    @property
    def cost(self) -> int:
        """The weight, worked out when first asked for (only files that are made need it)."""
        if callable(self.weight):
            self.weight = self.weight()
        return self.weight

    def fine_key(self) -> str | None:
        return self.keys[1]() if self.keys[1] is not None else None

    def build(self) -> str | bytes:
        """Make the file; a template mistake becomes a NewsbriefError naming the template."""
        try:
            return self.make()
        except jinja2.TemplateError as exc:
            raise template_error(exc) from None
        finally:
            if self.article is not None:
                self.article.release()


def outputs(site: Site, env: jinja2.Environment, search: bool = True, salt: str = "",
            templates: dict | None = None, memo: dict | None = None, previous: dict | None = None) -> list[Output]:
    """Every file of the site but the static assets and the search index, each with its key.
    ``salt``: what else every file depends on (the code that makes it); ``templates``: what
    parsing templates found before (keys.TemplateDeps.known), updated; ``memo``: digests kept
    from the previous build (keys.Keys), replaced by this build's (filled in as keys are made);
    ``previous``: the previous build's files with their keys (cache.Previous.outputs), whose
    keys are carried over where what they follow from is unchanged (keys.CARRIED)."""
    k = keys.Keys(site, env, salt, templates, memo, previous)
    if memo is not None:
        memo.clear()
        memo.update(k.memo_out())

    def cost(articles) -> int:     # rendering time grows with the quotes a page lists
        return 1 + sum(len(a.quotes) for a in articles) // 10

    specs = page_specs(site, search)
    out: list[Output] = []
    for spec in specs:
        article = spec.ctx.get("article")
        pager = spec.ctx.get("pager")
        weight = 3 if article else (lambda items=pager.items: cost(items)) if pager \
            else (lambda: cost(site.articles) // 4 + 1)
        out.append(Output(spec.path, k.page(spec), lambda spec=spec: render_page(spec, site, env), weight, article,
                          spec.template))

    feeds = FeedWriter(site)
    out.append(Output("feed.xml", k.site_feed(), feeds.site_feed, 5))
    for t in site.topics:
        out.append(Output(topic_feed_path(t.id), k.topic_feed(t), lambda t=t: feeds.topic_feed(t), 2))
    for s in site.speakers:
        out.append(Output(speaker_feed_path(s.id), k.speaker_feed(s), lambda s=s: feeds.speaker_feed(s), 1))
    api = Api(site)
    out.append(Output("api/index.json", k.api_index(), lambda: api_dumps(api.index()),
                      lambda: cost(site.articles) // 20 + 1))
    for a in site.articles:
        path = briefing_path(a.slug)
        out.append(Output(path, k.api_briefing(a, path), lambda a=a: api_dumps(api.briefing(a)), 1, a))
    urls = seo.Urls(site.config.base_url)
    if urls.absolute:
        listed = [s.path for s in specs if s.listed]
        out.append(Output("sitemap.xml", k.whole("sitemap"), lambda: seo.sitemap(site, urls, listed),
                          1 + len(listed) // 500))
    out.append(Output("robots.txt", k.common_only("robots"), lambda: seo.robots_txt(urls)))
    return out


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
