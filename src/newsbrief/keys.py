"""The key of each file of the site: a hash of everything it is made from.

A build makes a file again only when its key differs from the one the previous build wrote
it under (render.outputs, pipeline.py).  Missing a dependency here would leave a stale file,
so when unsure a key takes in more, never less; tests/test_incremental_*.py compare
incremental builds with clean ones after edits of every kind.

Every key starts from ``common``: newsbrief's code and libraries (``salt``) and the settings.
A page adds the text of every template it uses (its template and all it extends, includes
or imports: TemplateDeps) and its **view data**:

* an article page: the article's **link digest** — its record digest (the article and its
  whole briefing, model.ArticleRecord) with the site's ids for its speakers and what the
  site knows of each of its speakers (name, kind, roles, aliases) and topics (name,
  description).  That is everything any page can show about the article.
* the other pages of the default theme: exactly what their templates show (``THEME_VIEWS``:
  a topic page shows its articles' cards and the quotes on the topic, not the rest of each
  article, so rewording a quote on another topic leaves it alone).  These views mirror the
  theme's templates: a change to a template of the theme must come with a change here.
  A paginated list (model.Pager: all briefings, a speaker's, a topic's) shows one page of
  items: its view has the page's number, the number of pages and that page's items only, so
  an article added or moved re-renders the pages whose slice changed (and those that show
  the whole list's counts), not every page of the list.
* a page that uses a template of the site's own (which may read anything): its variables'
  link digests, and the whole site when any of its templates reads ``site``.

Hashing is a large part of a rebuild of a big site, so what many keys share is hashed once
and by what covers it: a record carries the digest of what lists show of it (its card,
model.card_fields); lists of link digests (64 hex digits each) are hashed joined, not by
``repr``; and a speaker's or topic's header digest is kept from build to build (``memo``), by
their whole view, which it follows from.

Most files of a site belong to one article, speaker or topic (``CARRIED``): an article's page
and API file, every page of a speaker's or topic's list.  Their keys follow from the code and
settings (``common``), the page's templates and that one article's link digest, or the
speaker's or topic's whole view (their identity and the link digest of each of their
articles, in order: that fixes how their list is paged and what each page holds).  So the
previous build's key of such a file is taken again, without making it, when none of these
changed (``memo["groups"]`` keeps them); a page whose templates may read anything (the site's
own, or one that reads ``site``) is always keyed afresh.  ``CHECK_CARRIED`` makes every key
anyway and fails on a carried key that differs from it (the tests turn it on).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

import jinja2
import jinja2.meta

from .model import ArticlePage, Pager, Quote, Site, Speaker, Topic


def h(*parts) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def config_digest(config) -> str:
    return h(sorted((k, repr(v)) for k, v in vars(config).items()))


def speaker_identity(s: Speaker) -> tuple:
    """What a page that links to a speaker can show of them."""
    return (s.id, s.name, s.kind, tuple(s.roles), tuple(s.aliases))


def topic_identity(t: Topic) -> tuple:
    """What a page that links to a topic can show of it."""
    return (t.id, t.name, t.description)


def card(a: ArticlePage) -> tuple:
    """What the theme's ``article_card`` (and a list of links) shows of an article."""
    return (a.slug, a.title, a.date, a.source, a.summary, len(a.quotes), len(a.speakers))


def joined(digests: list[str]) -> str:
    """One digest of a list of digests, in order: each is 64 hex digits, so their concatenation
    is unambiguous, and much cheaper to hash than their ``repr``."""
    return hashlib.sha256("".join(digests).encode("ascii")).hexdigest()


def _cards(articles) -> str:
    """One digest of the articles' record cards, in order."""
    return joined([a._record.card for a in articles])


def quote_view(q: Quote) -> tuple:
    """What the theme's ``quote_block`` shows of a quote, wherever it is."""
    return (q.article.slug, q.article.title, q.id, q.kind, q.full_text,
            (q.speaker.id, q.speaker.name) if q.speaker else None, tuple((t.id, t.name) for t in q.topics))


def entry_head(a: ArticlePage) -> tuple:
    """What an Atom entry shows of its article, whichever quotes it carries."""
    return (a.slug, a.title, a.date, a.author, a.summary, tuple((t.id, t.name) for t in a.topics))


def feed_quote(q: Quote) -> tuple:
    """What an Atom entry shows of a quote."""
    return (q.kind, q.full_text, q.speaker.name if q.speaker else None)


class Views:
    """The views of what many files show, each hashed once per build: a quote is on its
    speaker's page and its topics' pages, a card on several lists, an article in several feeds
    (a view of a file holds these digests, not the whole tuples)."""

    def __init__(self, header: Callable | None = None):
        self.header = header      # Keys._header: a header's digest, remembered from earlier builds
        self._quotes: dict[int, str] = {}
        self._heads: dict[int, str] = {}
        self._feed_quotes: dict[int, str] = {}
        self._speakers: dict[int, str] = {}

    def quote(self, q: Quote) -> str:
        d = self._quotes.get(id(q))
        if d is None:
            d = self._quotes[id(q)] = h(quote_view(q))
        return d

    def card(self, a: ArticlePage) -> str:
        """card(a), by what covers it: the record's card digest (model.card_fields, 64 hex
        digits) followed by the number of the article's speakers on the site.  (Not hashed
        again: the view of a list holds it as it is, and a list of 250 pages would otherwise
        hash every card of the site at every build.)"""
        return f"{a._record.card}{len(a.speakers)}"

    def entry(self, a: ArticlePage, quotes: list[Quote]) -> tuple:
        """What an Atom entry (feeds.py) shows of an article and the quotes it carries."""
        d = self._heads.get(id(a))
        if d is None:      # entry_head(a), by what covers it: the record's card and the site's topics
            d = self._heads[id(a)] = h("entry", a._record.card, [(t.id, t.name) for t in a.topics])
        fq = self._feed_quotes
        return (d, [fq.get(id(q)) or fq.setdefault(id(q), h(feed_quote(q))) for q in quotes])

    def speaker_header(self, s: Speaker) -> str:
        d = self._speakers.get(id(s))
        if d is None:
            d = self._speakers[id(s)] = self.header(s, speaker_header) if self.header else h(speaker_header(s))
        return d


def _index(site: Site, spec, v: Views) -> tuple:
    per_page = site.config.per_page
    return (len(site.articles), len(site.speakers), len(site.topics),
            [v.card(a) for a in site.articles[:per_page]],
            [(s.id, s.name, s.role, len(s.quotes)) for s in site.speakers[:15]],
            [(t.id, t.name, len(t.articles)) for t in site.topics],
            _chart(spec.variables()["matrix"]))


def _chart(c) -> tuple | None:
    return None if c is None else (str(c.svg), c.title, c.summary, c.header, c.rows)


def pager_view(p: Pager) -> tuple:
    """What the ``pager`` macro (and the head's prev/next links) shows: the rest follows from
    the page's path, which every key has."""
    return (p.number, p.count)


def speaker_header(s: Speaker) -> tuple:
    """What every page of a speaker's list shows of the whole speaker."""
    return (speaker_identity(s), len(s.quotes), len(s.articles), [(t.id, t.name) for t in s.topics])


def speaker_view(s: Speaker, p: Pager, v: Views) -> tuple:
    """The header (the whole speaker) and one page of per-article sections."""
    return (v.speaker_header(s), pager_view(p),
            [((a.slug, a.title, a.date, a.roles.get(s.id)), [v.quote(q) for q in quotes])
             for a, quotes in s.quotes_by_article(p.items)])


def topic_header(t: Topic) -> tuple:
    """What every page of a topic's list shows of the whole topic."""
    return (topic_identity(t), len(t.articles), len(t.quotes))


def topic_view(t: Topic, p: Pager, timeline, v: Views) -> tuple:
    """The header (the whole topic), one page of cards and their quotes on the topic; page 1
    also has the timeline (``timeline``: None when the page has none) and who spoke on the
    topic (the whole topic)."""
    first = p.number == 1
    return (topic_header(t), pager_view(p), [v.card(a) for a in p.items],
            [[v.quote(q) for q in quotes] for _, quotes in t.quotes_by_speaker_in(p.items)],
            [(s.id, s.name, n) for s, n in t.speaker_counts] if first else None,
            None if timeline is None else timeline_view(t))


def timeline_view(t: Topic) -> str:
    """What charts.timeline draws of a topic, by what it is drawn from rather than by drawing
    it (sorting and drawing thousands of briefings is most of a topic page's fine key): each
    of the topic's articles' slug, title and date (their records' cards cover them) and number
    of quotes on the topic, in the topic's order (the chart's order follows from these).  The
    topic's id and name are in its header."""
    on_topic = t.quotes_per_article()
    return h("timeline", _cards(t.articles), [on_topic[id(a)] for a in t.articles])


# What each page template of the default theme shows, beside ``page``, ``config`` and ``root``
# (and the structured data, drawn from the same objects).  Read with the templates in templates/.
THEME_VIEWS = {
    "index.html": _index,
    "articles.html": lambda site, spec, v: (len(site.articles), pager_view(spec.ctx["pager"]),
                                            [v.card(a) for a in spec.ctx["pager"].items]),
    "speakers.html": lambda site, spec, v: (len(site.articles),
                                            [(s.id, s.name, s.role, len(s.quotes), len(s.articles))
                                             for s in site.speakers]),
    "topics.html": lambda site, spec, v: [(t.id, t.name, t.description, len(t.articles), len(t.quotes))
                                          for t in site.topics],
    "speaker.html": lambda site, spec, v: speaker_view(spec.ctx["speaker"], spec.ctx["pager"], v),
    "topic.html": lambda site, spec, v: topic_view(spec.ctx["topic"], spec.ctx["pager"], spec.ctx["timeline"], v),
}

# templates whose page data (structured data) is drawn from the whole site, whatever they print
SITE_JSONLD = {"index.html", "articles.html", "speakers.html", "topics.html"}

# Page templates whose pages belong to one article, speaker or topic (the name it has in the
# page's ``ctx``): their keys are carried over while it and the templates are unchanged.
CARRIED = {"article.html": "article", "speaker.html": "speaker", "topic.html": "topic"}

CHECK_CARRIED = False     # make every carried key anyway, and fail when it differs (tests)

# Pages 2, 3 … of a speaker's or topic's list in the default theme show the whole speaker or
# topic only through its header (THEME_VIEWS above: page 1 shows more); the rest is the page's
# own slice, keyed by its pager.  Their coarse keys take the header instead of every article
# of the speaker or topic, so an article changed elsewhere in a long list re-renders page 1
# and the page that holds it, not every page.
LATER_PAGE_HEADERS = {"speaker.html": (Speaker, speaker_header), "topic.html": (Topic, topic_header)}


class TemplateDeps:
    """For each page template: a digest of the text of every template it uses, whether any of
    them reads ``site``, and whether any is the site's own (not the default theme's).
    ``known`` (source digest → what parsing it found) spares parsing templates again."""

    def __init__(self, env: jinja2.Environment, theme: str, known: dict | None = None):
        self.env = env
        self.theme = theme
        self.known = known if known is not None else {}
        self._files: dict[str, tuple[str, bool, bool, list]] = {}
        self._info: dict[str, tuple[str, bool, bool]] = {}

    def _file(self, name: str) -> tuple[str, bool, bool, list]:
        """(source digest, reads site, is the site's own, templates it names: None for any)."""
        if name not in self._files:
            source, filename, _ = self.env.loader.get_source(self.env, name)
            own = not (filename or "").startswith(self.theme + os.sep)
            digest = h(name, source)
            if digest not in self.known:
                ast = self.env.parse(source, name, filename)
                self.known[digest] = ("site" in jinja2.meta.find_undeclared_variables(ast),
                                      list(jinja2.meta.find_referenced_templates(ast)))
            uses_site, refs = self.known[digest]
            self._files[name] = (digest, uses_site, own, refs)
        return self._files[name]

    def __call__(self, name: str) -> tuple[str, bool, bool]:
        if name not in self._info:
            seen: dict[str, str] = {}
            uses_site = own = False
            todo = [name]
            while todo:
                n = todo.pop()
                if n in seen:
                    continue
                digest, reads_site, mine, refs = self._file(n)
                seen[n] = digest
                uses_site |= reads_site
                own |= mine
                for ref in refs:
                    if ref is None:       # a template named at run time: it could be any of them
                        todo.extend(self.env.list_templates(filter_func=lambda t: not t.startswith("static/")))
                        own = uses_site = True
                    else:
                        todo.append(ref)
            self._info[name] = (h(sorted(seen.items())), uses_site, own)
        return self._info[name]


class Keys:
    """The keys of one site's files.  Each file has a **coarse** key, cheap to compute and
    complete (it changes whenever anything the file is made from changes: the link digests
    of every article involved), and may have a **fine** one, computed only when the coarse
    key changed: exactly what the file shows.  A file whose coarse key is unchanged is
    unchanged; one whose coarse key changed but whose fine key did not is unchanged too (a
    quote reworded on another topic than the page's)."""

    def __init__(self, site: Site, env: jinja2.Environment, salt: str, templates: dict | None = None,
                 memo: dict | None = None, previous: dict | None = None):
        from .render import Derived, default_theme_dir

        self.site = site
        self._derived = Derived
        speakers = {id(s): h(speaker_identity(s)) for s in site.speakers}
        topics = {id(t): h(topic_identity(t)) for t in site.topics}
        # An article's link digest: its record's digest (which covers its speakers' local ids and
        # roles, and so its ``roles`` once the site ids are known), the site's ids for its speakers
        # (``site_speaker_ids`` is filled in the record's order), and the identity digests of its
        # speakers and topics (64 hex digits each: joined, unambiguous).
        self.links = {id(a): hashlib.sha256(
                          f"{a._record.digest}{tuple(a.site_speaker_ids.values())!r}"
                          f"{''.join([speakers[id(s)] for s in a.speakers])}|"
                          f"{''.join([topics[id(t)] for t in a.topics])}".encode("utf-8", "surrogatepass")).hexdigest()
                      for a in site.articles}
        self.site_digest = self._links(site.articles)   # the model follows from these
        self.common = h(salt, config_digest(site.config))
        self.dates = (os.environ.get("SOURCE_DATE_EPOCH", ""), site.updated)   # what feeds date undated things by
        self.deps = TemplateDeps(env, str(default_theme_dir()), templates)
        self._whole: dict = {}     # views of speakers and topics, by id
        self.views = Views(self._header)
        # The digest of a speaker's or topic's header (what every page of their list shows: a
        # speaker's counts its topics from all their quotes) follows from their whole view (their
        # identity and the link digest of every article of theirs, which _view hashes anyway):
        # ``memo`` keeps it from build to build (for the same code and settings).
        memo = memo if memo is not None else {}
        same = memo.get("common") == self.common
        self.memo: dict[tuple, str] = memo.get("headers", {}) if same else {}
        self.memo_used: dict[tuple, str] = {}
        # Carried keys (CARRIED): what the previous build's keys of such files followed from
        # (``was``: for the same code and settings only), the files' keys then (``previous``:
        # site path → (…, coarse key, fine key), cache.Previous.outputs), and the same for this
        # build (``groups``, filled in as keys are made): the digest of each page template, and
        # the link digest of each article, the whole view of each speaker and topic, by name.
        self.was: dict = (memo.get("groups") or {}) if same else {}
        self.previous = previous or {}
        self.groups: dict[str, dict] = {"templates": {}, "speaker": {}, "topic": {},
                                        "article": {a.slug: self.links[id(a)] for a in site.articles}}

    def _links(self, articles) -> str:
        """One digest of the link digests of ``articles``, in order."""
        links = self.links
        return joined([links[id(a)] for a in articles])

    def _view(self, value) -> str | None:
        if isinstance(value, self._derived):
            return self._view(value.source)
        if isinstance(value, ArticlePage):
            return self.links[id(value)]
        if isinstance(value, (Speaker, Topic)):      # the same for each page of their list: once
            view = self._whole.get(id(value))
            if view is None:
                ident = speaker_identity(value) if isinstance(value, Speaker) else topic_identity(value)
                view = self._whole[id(value)] = h(ident, self._links(value.articles))
            return view
        if isinstance(value, Pager):
            return h(value.number, value.count, value.first_path, self._links(value.items))
        if value is None or isinstance(value, (str, int, float, bool)):
            return repr(value)
        return None                # something else: keyed by the whole site

    def _header(self, value, header) -> str:
        key = ("header", id(value))
        d = self._whole.get(key)
        if d is None:
            whole = (header.__name__, self._view(value))
            d = self.memo.get(whole)
            if d is None:
                d = h(header(value))
            self._whole[key] = self.memo_used[whole] = d
        return d

    def memo_out(self) -> dict:
        """What to keep for the next build's ``memo``."""
        return {"common": self.common, "headers": self.memo_used, "groups": self.groups}

    def _carried(self, group: str, name: str, path: str) -> str | None:
        """The previous build's key of the file at ``path``, which belongs to the article,
        speaker or topic ``name`` (``group``), when that is as it was then (this build's view of
        it is in ``groups`` already); else None."""
        was = self.was.get(group)
        if was is None or was.get(name) != self.groups[group][name]:
            return None
        before = self.previous.get(path)
        return before[4] if before is not None else None

    def _carried_page(self, spec) -> str | None:
        """``_carried`` for a page of ``CARRIED``; None for any other page, or one whose templates
        may read anything."""
        group = CARRIED.get(spec.template)
        if group is None:
            return None
        templates, uses_site, own = self.deps(spec.template)
        if uses_site or own:
            return None
        value = spec.ctx[group]
        if group == "article":
            name = value.slug
        else:
            name = value.id
            view = self.groups[group][name] = self._view(value)
            header = LATER_PAGE_HEADERS[spec.template][1]
            known = self.memo.get((header.__name__, view))
            if known is not None:          # (kept for the next build: this one may not need it)
                self.memo_used[(header.__name__, view)] = known
        self.groups["templates"][spec.template] = templates
        if self.was.get("templates", {}).get(spec.template) != templates:
            return None
        return self._carried(group, name, spec.path)

    def page(self, spec) -> tuple[str, Callable[[], str] | None]:
        carried = self._carried_page(spec)
        if carried is not None and not CHECK_CARRIED:
            return carried, None       # (the file's fine key is the previous build's too)
        coarse, fine = self._page(spec)
        if carried is not None and carried != coarse:
            raise AssertionError(f"{spec.path}: the carried key is not the key")
        return coarse, fine

    def _page(self, spec) -> tuple[str, Callable[[], str] | None]:
        templates, uses_site, own = self.deps(spec.template)
        head = ("page", self.common, templates, spec.template, spec.path, spec.title, spec.kind, spec.listed,
                spec.feed)
        later = not own and spec.ctx.get("pager") is not None and spec.ctx["pager"].number > 1 \
            and LATER_PAGE_HEADERS.get(spec.template)
        if later:
            kind, header = later
            ctx = {k: self._header(v, header) if isinstance(v, kind) else self._view(v) for k, v in spec.ctx.items()}
        else:
            ctx = {k: self._view(v) for k, v in spec.ctx.items()}
        whole = uses_site or own or spec.template in SITE_JSONLD or None in ctx.values()
        coarse = h(*head, sorted(ctx.items()), self.site_digest if whole else None)
        theme_view = None if own else THEME_VIEWS.get(spec.template)
        if theme_view is None:
            return coarse, None
        return coarse, lambda: h(*head, theme_view(self.site, spec, self.views))

    def site_feed(self):
        articles = self.site.articles[:50]
        return (h("feed", self.common, self.dates, self._links(articles)),
                lambda: h("feed", self.common, self.dates, [self.views.entry(a, a.direct_quotes) for a in articles]))

    def topic_feed(self, t: Topic):
        articles = t.articles[:50]
        return (h("topic feed", self.common, self.dates, topic_identity(t), self._links(articles)),
                lambda: h("topic feed", self.common, self.dates, topic_identity(t),
                          [self.views.entry(a, a.quotes_on(t)) for a in articles]))

    def speaker_feed(self, s: Speaker):
        articles = s.articles[:50]
        return (h("speaker feed", self.common, self.dates, speaker_identity(s), self._links(articles)),
                lambda: h("speaker feed", self.common, self.dates, speaker_identity(s),
                          [self.views.entry(a, a.quotes_by(s)) for a in articles]))

    def api_index(self):
        site = self.site
        return (h("api", self.common, self.dates, self.site_digest),
                lambda: h("api", self.common, self.dates,
                          # each article's slug, title, date, source, URL, summary, topic ids and
                          # number of quotes (its record's card) and its speakers' ids on the site
                          [(a._record.card, [s.id for s in a.speakers]) for a in site.articles],
                          # each speaker's and topic's articles by slug (by card: it covers the slug)
                          [(speaker_identity(s), _cards(s.articles), len(s.quotes)) for s in site.speakers],
                          [(topic_identity(t), _cards(t.articles), len(t.quotes)) for t in site.topics]))

    def api_briefing(self, a: ArticlePage, path: str):
        carried = self._carried("article", a.slug, path)
        if carried is not None and not CHECK_CARRIED:
            return carried, None
        key = h("api briefing", self.common, self.links[id(a)])
        if carried is not None and carried != key:
            raise AssertionError(f"{path}: the carried key is not the key")
        return key, None

    def whole(self, what: str):
        return h(what, self.common, self.site_digest), None

    def common_only(self, what: str):
        return h(what, self.common), None
