"""Stage 4 — model: all briefings → one Site (articles, speakers and topics across
articles, with their URLs).  No Jinja here: templates get views of this model.

Each article enters the model as an ``ArticleRecord``: the few fields the site needs from
the article and its briefing, as plain tuples (cheap to cache and to load), with a digest of
everything the article's pages can show.  What only the article's own pages need (its full
text as HTML, its whole briefing) is not kept for every article: ``ArticlePage`` gets it on
demand (``body_html``, ``briefing``) and ``release()`` lets it go once the page is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .config import Config
from .errors import NewsbriefError
from .load import Article, load_article, slugify



class ArticleRecord(NamedTuple):
    """What the site model needs from one article and its briefing (plain values and tuples).

    ``speakers``: (id, name, kind, role, aliases); ``topics``: (id, name, description, mentions);
    ``quotes``: (kind, text, continued, paragraph, cue, speaker id, topic ids) — as in the briefing,
    with the same defaults ``build_site`` always applied.  ``digest`` hashes the article's fields
    and its whole briefing (the body by its source hash): two records with the same digest give
    the same pages.  ``card`` hashes the part of it that lists of briefings, feeds and the API
    index show (``card_fields``), so that they need not hash those fields again at every build.
    ``tally`` counts the quotes by speaker and topic (``quote_tally``): the site's counts are
    summed from it, so that a quote is made (``Quote``) only when something reads it."""

    meta: tuple          # the Article's fields but its body: see ARTICLE_META
    title: str
    date: str | None
    source: str | None
    url: str | None
    summary: str | None
    speakers: tuple
    topics: tuple
    quotes: tuple
    digest: str
    card: str
    tally: tuple

    @classmethod
    def from_briefing(cls, article: Article, b: dict) -> "ArticleRecord":
        meta = tuple(getattr(article, k) for k in ARTICLE_META)
        meta = meta[:4] + (meta[4].isoformat() if meta[4] else None,) + meta[5:8] + (tuple(meta[8]),) + meta[9:]
        date = b.get("date")
        if isinstance(date, (dt.date, dt.datetime)):
            date = date.isoformat()[:10]
        speakers = tuple((s["id"], s["name"], s.get("kind") or "person", s.get("role"), tuple(s.get("aliases") or ()))
                         for s in b.get("speakers") or ())
        topics = tuple((t["id"], t["name"], t.get("description"), t.get("mentions") or 0)
                       for t in b.get("topics") or ())
        quotes = tuple((q["kind"], q["text"], tuple(q.get("continued") or ()), q.get("paragraph"), q.get("cue"),
                        q.get("speaker"), tuple(q.get("topics") or ()))
                       for q in b.get("quotes") or ())
        digest = hashlib.sha256(json.dumps([meta, b], ensure_ascii=False, default=str).encode()).hexdigest()
        title, source, url, summary = b.get("title") or article.title, b.get("source"), b.get("url"), b.get("summary")
        card = hashlib.sha256(repr(card_fields(meta, title, date, source, url, summary, topics, quotes))
                              .encode("utf-8", "surrogatepass")).hexdigest()
        return cls(meta, title, date, source, url, summary, speakers, topics, quotes, digest, card,
                   quote_tally(speakers, topics, quotes))

    def article(self) -> Article:
        """The Article; its text (``body``, ``paragraphs``) is read from its file when first used."""
        fields = dict(zip(ARTICLE_META, self.meta))
        fields["date"] = dt.date.fromisoformat(fields["date"]) if fields["date"] else None
        fields["topics"] = list(fields["topics"])
        fields["warnings"] = []
        article = object.__new__(StoredArticle)
        article.__dict__.update(fields)
        return article

    @property
    def slug(self) -> str:
        return self.meta[1]

    def shared(self, path: str | None = None) -> "ArticleRecord":
        """The same record with the strings that recur across articles (speakers, topics, ids,
        sources) shared (``sys.intern``), so that thousands of records take less memory and
        a cache of them loads faster; ``path``: the string to use for the article's path."""
        i = sys.intern

        def s(x):
            return i(x) if type(x) is str else x

        meta = list(self.meta)
        if path is not None:
            meta[0] = path
        for k in (3, 4, 5, 7, 10):        # title_derived … format: source, author, date, format
            meta[k] = s(meta[k])
        meta[8] = tuple(s(t) for t in meta[8])
        return self._replace(
            meta=tuple(meta), date=s(self.date), source=s(self.source),
            speakers=tuple((i(a), i(b), i(c), s(d), tuple(s(x) for x in e)) for a, b, c, d, e in self.speakers),
            topics=tuple((i(a), i(b), s(c), d) for a, b, c, d in self.topics),
            quotes=tuple((i(k), t, tuple(c), p, s(cue), s(sp), tuple(s(x) for x in ts))
                         for k, t, c, p, cue, sp, ts in self.quotes),
            tally=tuple(tuple(tuple(s(x) for x in item) for item in part) for part in self.tally))


def quote_tally(speakers: tuple, topics: tuple, quotes: tuple) -> tuple:
    """The record's quotes counted as the site model counts them: ((speaker id, quotes), …) for
    each of its speakers, ((topic id, quotes), …) for each of its topics (a quote once per time
    it names the topic) and ((speaker id or None, topic id, quotes), …) for each speaker's
    (None: unattributed) quotes on each topic; each in the order of first appearance (as the
    site's lists of quotes are).  A speaker or topic that the record does not list does not
    count (nor is it on the quote)."""
    speaker_ids = {s[0] for s in speakers}
    topic_ids = {t[0] for t in topics}
    by_speaker: dict[str, int] = {}
    by_topic: dict[str, int] = {}
    pairs: dict[tuple, int] = {}
    for q in quotes:
        sid = q[5] if q[5] in speaker_ids else None
        if sid is not None:
            by_speaker[sid] = by_speaker.get(sid, 0) + 1
        for tid in q[6]:
            if tid in topic_ids:
                by_topic[tid] = by_topic.get(tid, 0) + 1
                pairs[sid, tid] = pairs.get((sid, tid), 0) + 1
    return (tuple(by_speaker.items()), tuple(by_topic.items()),
            tuple((sid, tid, n) for (sid, tid), n in pairs.items()))


def card_fields(meta: tuple, title, date, source, url, summary, topics: tuple, quotes: tuple) -> tuple:
    """What ``ArticleRecord.card`` covers: the article's slug, title, date, source, URL, summary
    and author, its topics' ids and its number of quotes (all an ArticlePage takes from its
    record alone; the names of topics and speakers are the site's, so they are not in it)."""
    return (meta[1], title, date, source, url, summary, meta[_AUTHOR], tuple(t[0] for t in topics), len(quotes))


class StoredArticle(Article):
    """An Article rebuilt from its record: the text is read from the file on first use (the
    site model does not keep every article's text in memory)."""

    def _text(self) -> tuple[str, list[str]]:
        text = self.__dict__.get("_loaded_text")
        if text is None:
            full = load_article(self.path)
            if full.source_hash != self.source_hash:
                raise NewsbriefError("the article changed while the site was being built; build again", self.path)
            text = self.__dict__["_loaded_text"] = (full.body, full.paragraphs)
        return text

    body = property(lambda self: self._text()[0])            # type: ignore[assignment]
    paragraphs = property(lambda self: self._text()[1])      # type: ignore[assignment]


ARTICLE_META = ("path", "slug", "title", "title_derived", "date", "source", "url", "author", "topics", "draft",
                "format", "source_hash", "summary", "headline_in_body")
_AUTHOR = ARTICLE_META.index("author")


class QuoteList(Sequence):
    """The quotes of an article, a speaker or a topic, made when first read (iterated or
    indexed); their number is known before, from the records' tallies (ArticleRecord.tally), so
    that counting them (``len``, ``|length`` in a template) makes none."""

    __slots__ = ("_count", "_make", "_items")

    def __init__(self, count: int, make: Callable[[], list["Quote"]]):
        self._count = count
        self._make = make
        self._items: list[Quote] | None = None

    def _list(self) -> list["Quote"]:
        if self._items is None:
            self._items = self._make()
            self._make = None
            if len(self._items) != self._count:
                raise AssertionError(f"{len(self._items)} quotes made, {self._count} counted")
        return self._items

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, i):
        return self._list()[i]

    def __iter__(self):
        return iter(self._list())

    def __eq__(self, other) -> bool:
        return self._list() == (other._list() if isinstance(other, QuoteList) else other)

    __hash__ = None     # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"QuoteList({self._count})"


def _no_quotes() -> QuoteList:
    return QuoteList(0, list)


@dataclass(slots=True)
class Quote:
    id: str                      # anchor on the article page, e.g. "q3"
    kind: str
    text: str
    continued: tuple[str, ...]
    paragraph: int | None
    cue: str | None
    article: "ArticlePage"
    speaker: "Speaker | None" = None
    topics: list["Topic"] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        return " ".join((self.text, *self.continued))

    @property
    def path(self) -> str:
        return f"{self.article.path}#{self.id}"

    @property
    def id_num(self) -> int:
        return int(self.id[1:])


@dataclass(slots=True)
class ArticlePage:
    slug: str
    title: str
    date: dt.date | None
    source: str | None
    url: str | None
    summary: str | None
    _record: ArticleRecord
    _article: Article | None     # None: made from the record when asked for (model built from the cache)
    quotes: Sequence[Quote] = field(default_factory=_no_quotes)     # QuoteList: made when read
    speakers: list["Speaker"] = field(default_factory=list)
    topics: list["Topic"] = field(default_factory=list)
    roles: dict[str, str | None] = field(default_factory=dict)   # speaker id -> role in this article
    site_speaker_ids: dict[str, str] = field(default_factory=dict)  # briefing's speaker id -> site's
    _speakers_by_id: dict[str, "Speaker"] = field(default_factory=dict, repr=False)   # briefing's id -> Speaker
    # (safe body HTML without marks, whole briefing): given, or loaded on demand by ``_details``
    _details: Callable[[], tuple[str, dict]] | None = field(default=None, repr=False)
    _briefing: dict | None = field(default=None, repr=False)
    _body_html: str | None = field(default=None, repr=False)
    _safe_html: str | None = field(default=None, repr=False)    # read with the briefing, until used

    @property
    def path(self) -> str:
        return f"articles/{self.slug}.html"

    @property
    def article(self) -> Article:
        """The article as loaded (from the cache: its text is read from the file when asked for)."""
        return self._article if self._article is not None else self._record.article()

    @property
    def briefing(self) -> dict:
        """The briefing as stored (loaded on demand when the model was built from records)."""
        if self._briefing is None:
            if self._details:
                safe, self._briefing = self._details()
                if self._body_html is None:       # one read gives both: the page wants the text too
                    self._safe_html = safe
            else:
                self._briefing = {}
        return self._briefing

    @property
    def author(self) -> str | None:
        """The article's author (``article.author``, without making the Article again)."""
        return self._article.author if self._article is not None else self._record.meta[_AUTHOR]

    @property
    def body_html(self) -> str:
        """The article's full text as safe HTML, each quote marked (made on first use)."""
        if self._body_html is None:
            if self._safe_html is not None:
                safe, self._safe_html = self._safe_html, None
            elif self._details:
                safe, briefing = self._details()
                if self._briefing is None:        # one read gives both: the page wants the briefing too
                    self._briefing = briefing
            else:
                safe = safe_body_html(self.article)
            self._body_html = mark_quotes(safe, self.quotes)
        return self._body_html

    def release(self) -> None:
        """Let go of the text and briefing once the article's own files are written."""
        self._body_html = self._safe_html = None
        if self._details is not None:
            self._briefing = None

    def _make_quotes(self) -> list[Quote]:
        """Its quotes, from its record (``quotes`` makes them when first read)."""
        rec = self._record
        speakers = self._speakers_by_id
        topics = {t.id: t for t in self.topics}
        qids = _quote_ids(len(rec.quotes))
        return [Quote(qids[i], kind, text, tuple(continued), paragraph, cue, self, speakers.get(speaker),
                      [topics[t] for t in qtopics if t in topics] if qtopics else [])
                for i, (kind, text, continued, paragraph, cue, speaker, qtopics) in enumerate(rec.quotes, 1)]

    def quotes_on(self, topic: "Topic") -> list[Quote]:
        """Its quotes about ``topic``."""
        out = []
        for q in self.quotes:
            for t in q.topics:
                if t is topic:
                    out.append(q)
                    break
        return out

    def quotes_by(self, speaker: "Speaker") -> list[Quote]:
        """Its quotes by ``speaker``."""
        return [q for q in self.quotes if q.speaker is speaker]

    @property
    def direct_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.kind == "direct"]

    @property
    def indirect_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.kind == "indirect"]

    @property
    def entities(self) -> dict:
        return self.briefing.get("entities") or {}


@dataclass(slots=True)
class Speaker:
    id: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    quotes: Sequence[Quote] = field(default_factory=_no_quotes)     # QuoteList: made when read
    articles: list[ArticlePage] = field(default_factory=list)
    # per topic id: [its quotes on the topic (a quote once per time it names it), the Topic]
    _topic_counts: dict[str, list] = field(default_factory=dict, repr=False)

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    @property
    def topics(self) -> list["Topic"]:
        """The topics this speaker's quotes are about, most quoted first."""
        return [t for _, t in sorted(self._topic_counts.values(), key=lambda c: (-c[0], c[1].name.lower(), c[1].id))]

    def _make_quotes(self) -> list[Quote]:
        """Its quotes, in the order of its articles (``quotes`` makes them when first read)."""
        return [q for a in self.articles for q in a.quotes_by(self)]

    @property
    def path(self) -> str:
        return f"speakers/{self.id}.html"

    def quotes_by_article(self, articles: list[ArticlePage] | None = None) -> list[tuple[ArticlePage, list[Quote]]]:
        """Each of the speaker's articles (or of ``articles``: one page of them) with the
        speaker's quotes in it, in order (what the speaker page lists)."""
        return [(a, a.quotes_by(self)) for a in (self.articles if articles is None else articles)]


@dataclass(slots=True)
class Topic:
    id: str
    name: str
    description: str | None
    articles: list[ArticlePage] = field(default_factory=list)
    quotes: Sequence[Quote] = field(default_factory=_no_quotes)     # QuoteList: made when read
    mentions: int = 0
    # per speaker (None: unattributed) quoted on it: [their quotes on it, the Speaker], in the
    # order of first appearance
    _speaker_tally: dict[str | None, list] = field(default_factory=dict, repr=False)
    _per_article: dict[int, int] = field(default_factory=dict, repr=False)   # its quotes in each article, by id()

    @property
    def path(self) -> str:
        return f"topics/{self.id}.html"

    @property
    def quotes_by_speaker(self) -> list[tuple["Speaker | None", list[Quote]]]:
        return _by_speaker(self.quotes)

    def quotes_by_speaker_in(self, articles: list[ArticlePage]) -> list[tuple["Speaker | None", list[Quote]]]:
        """``quotes_by_speaker`` of the quotes on the topic in ``articles`` (one page of them)."""
        return _by_speaker([q for a in articles for q in a.quotes_on(self)])

    def quotes_per_article(self) -> Counter:
        """How many of the topic's quotes each of its articles has, by the article's ``id()``."""
        return Counter(self._per_article)

    @property
    def speaker_counts(self) -> list[tuple["Speaker", int]]:
        """Every speaker quoted on the topic with their number of quotes on it, most first (as
        ``quotes_by_speaker`` groups them)."""
        return [(s, n) for n, s in sorted(self._speaker_tally.values(), key=lambda g: (g[1] is None, -g[0],
                                                                                      g[1].name if g[1] else ""))
                if s is not None]

    def _make_quotes(self) -> list[Quote]:
        """Its quotes, in the order of its articles (``quotes`` makes them when first read)."""
        seen: set[int] = set()
        out = []
        for a in self.articles:
            if id(a) not in seen:          # (an article that lists the topic twice has it once)
                seen.add(id(a))
                out += [q for q in a.quotes for t in q.topics if t is self]
        return out


def _by_speaker(quotes: list[Quote]) -> list[tuple["Speaker | None", list[Quote]]]:
    """Quotes grouped by speaker, the most quoted first, unattributed ones last."""
    groups: dict[str, tuple[Speaker | None, list[Quote]]] = {}
    for q in quotes:
        key = q.speaker.id if q.speaker else ""
        groups.setdefault(key, (q.speaker, []))[1].append(q)
    return sorted(groups.values(), key=lambda g: (g[0] is None, -len(g[1]), g[0].name if g[0] else ""))


@dataclass(frozen=True)
class Pager:
    """One page of a list of briefings split ``per_page`` a page: page 1 is at ``first_path``
    (``topics/x.html``, ``articles/index.html``), page n at ``topics/x/page-n.html``
    (``articles/page-n.html``)."""

    items: list            # this page's briefings
    number: int            # from 1
    count: int             # how many pages (at least 1)
    first_path: str

    def path_of(self, n: int) -> str:
        if n == 1:
            return self.first_path
        if self.first_path.endswith("/index.html"):
            return self.first_path[: -len("index.html")] + f"page-{n}.html"
        return self.first_path.removesuffix(".html") + f"/page-{n}.html"

    @property
    def path(self) -> str:
        return self.path_of(self.number)

    @property
    def prev_path(self) -> str | None:
        return self.path_of(self.number - 1) if self.number > 1 else None

    @property
    def next_path(self) -> str | None:
        return self.path_of(self.number + 1) if self.number < self.count else None

    @property
    def pages(self) -> list[tuple[int, str] | None]:
        """(number, path) of the pages to link to: all of them when there are few, else the first,
        the last and those around this one, with None for each gap (1 … 4 5 6 … 40)."""
        near = {1, self.count, self.number - 1, self.number, self.number + 1}
        shown = range(1, self.count + 1) if self.count <= 7 else sorted(n for n in near if 1 <= n <= self.count)
        out: list[tuple[int, str] | None] = []
        last = 0
        for n in shown:
            if n - last == 2:                 # a gap of one page: show the page, not "…"
                out.append((last + 1, self.path_of(last + 1)))
            elif n - last > 2:
                out.append(None)
            out.append((n, self.path_of(n)))
            last = n
        return out


def paginate(items: list, per_page: int, first_path: str) -> list[Pager]:
    """``items`` in pages of ``per_page``; one (empty) page when there are none."""
    count = max(1, -(-len(items) // per_page))
    return [Pager(items[i * per_page:(i + 1) * per_page], i + 1, count, first_path) for i in range(count)]


@dataclass
class Site:
    config: Config
    articles: list[ArticlePage]
    speakers: list[Speaker]
    topics: list[Topic]
    _updated: list = field(default_factory=list, repr=False)    # computed once: [date]

    @property
    def updated(self) -> dt.date | None:
        """The newest article date (what feeds and the API call 'updated'); None when all are undated."""
        if not self._updated:
            self._updated.append(max((a.date for a in self.articles if a.date), default=None))
        return self._updated[0]

    def speaker_topic_counts(self) -> dict[tuple[str, str], int]:
        """How many quotes of each speaker are on each topic, by (speaker id, topic id)."""
        return {(s.id, tid): c[0] for s in self.speakers for tid, c in s._topic_counts.items()}


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def sort_key(a: ArticlePage):
    """Newest first; undated articles after dated ones, by title."""
    return (a.date is None, -(a.date.toordinal() if a.date else 0), a.title.lower(), a.slug)


def build_site(config: Config, items: list[tuple[Article, dict]]) -> Site:
    """Merge per-article briefings into the site: one speaker page per person, one page per topic."""
    entries = [(ArticleRecord.from_briefing(article, b), article, b, None) for article, b in items]
    return site_from_records(config, entries)


def site_from_records(config: Config, entries: list[tuple[ArticleRecord, Article | None, dict | None,
                                                          Callable[[], tuple[str, dict]] | None]]) -> Site:
    """``build_site`` over records: each entry is (record, the Article or None to rebuild it without
    its text, the briefing or None, a loader of (safe body HTML, briefing) or None)."""
    articles: list[ArticlePage] = []
    speakers: dict[str, Speaker] = {}
    by_key: dict[str, Speaker] = {}
    topics: dict[str, Topic] = {}
    used_ids: set[str] = set()
    norm_cache: dict[str, str] = {}

    def norm(name: str) -> str:
        n = norm_cache.get(name)
        if n is None:
            n = norm_cache[name] = _norm(name)
        return n

    # A speaker tuple seen before resolves to the same Speaker and changes nothing more (its
    # keys, role and aliases are there already, and a name only ever grows into a longer one
    # that ends with it): most articles name people the others name too.
    resolved: dict[tuple, Speaker] = {}

    def speaker_for(s: tuple) -> Speaker:
        known = resolved.get(s[1:])
        if known is not None:
            return known
        found = resolved[s[1:]] = _resolve(s)
        return found

    def _resolve(s: tuple) -> Speaker:
        _, name, kind, role, aliases = s
        keys = [norm(name)] + [norm(a) for a in aliases if len(a.split()) >= 2]
        for k in keys:
            if k in by_key:
                found = by_key[k]
                break
        else:
            found = None
            if len(name.split()) == 1 and kind == "person":
                # a bare surname: the one person who has it
                cands = {id(v): v for k, v in by_key.items()
                         if k.split()[-1:] == [norm(name)] and v.kind == "person"}
                if len(cands) == 1:
                    found = next(iter(cands.values()))
        if found is None:
            sid = slugify(name) or "speaker"
            base, n = sid, 2
            while sid in used_ids:
                sid, n = f"{base}-{n}", n + 1
            used_ids.add(sid)
            found = speakers[sid] = Speaker(sid, name, kind)
        elif len(name) > len(found.name) and norm(name).endswith(norm(found.name)):
            found.aliases.append(found.name)
            found.name = name
        for k in keys:
            by_key.setdefault(k, found)
        if role and role.casefold() not in {r.casefold() for r in found.roles}:
            found.roles.append(role)
        for a in aliases:
            if a not in found.aliases and a != found.name:
                found.aliases.append(a)
        return found

    # Full names first, so that a bare surname ("Campbell") in an earlier article still joins the
    # person named in full ("Kurt Campbell") in a later one: the result does not depend on file order.
    for rec, *_ in entries:
        for s in rec.speakers:
            if len(s[1].split()) > 1:
                speaker_for(s)

    for rec, article, b, details in entries:
        page = ArticlePage(rec.slug, rec.title, _date(rec.date), rec.source, rec.url, rec.summary, rec,
                           article, _details=details, _briefing=b)
        local_speakers = page._speakers_by_id
        seen = set()
        for s in rec.speakers:
            sp = speaker_for(s)
            local_speakers[s[0]] = sp
            page.site_speaker_ids[s[0]] = sp.id
            page.roles[sp.id] = s[3]
            if id(sp) not in seen:           # (no two speakers of the site are equal)
                seen.add(id(sp))
                page.speakers.append(sp)
        for tid, name, description, mentions in rec.topics:
            topic = topics.get(tid)
            if topic is None:
                topic = topics[tid] = Topic(tid, name, description)
            elif not topic.description and description:
                topic.description = description
            topic.mentions += mentions
            page.topics.append(topic)
        page.quotes = QuoteList(len(rec.quotes), page._make_quotes)
        articles.append(page)

    # Newest first; each speaker's and topic's articles and quotes in that order (quotes in
    # article order, then as they come in the article).  The quotes are counted from the records'
    # tallies, and made only when read (QuoteList).
    articles.sort(key=sort_key)
    speaker_quotes: dict[str, int] = {}
    pairs: dict[tuple, int] = {}       # (speaker id or None, topic id): quotes, in order of first appearance
    for page in articles:
        for sp in page.speakers:
            sp.articles.append(page)
        for topic in page.topics:
            topic.articles.append(page)
        by_id = page._speakers_by_id
        speaker_tally, topic_tally, pair_tally = page._record.tally
        for sid, n in speaker_tally:
            who = by_id[sid].id
            speaker_quotes[who] = speaker_quotes.get(who, 0) + n
        for tid, n in topic_tally:
            topics[tid]._per_article[id(page)] = n
        for sid, tid, n in pair_tally:
            key = (by_id[sid].id if sid is not None else None, tid)
            pairs[key] = pairs.get(key, 0) + n
    for (who, tid), n in pairs.items():
        sp = speakers[who] if who is not None else None
        topics[tid]._speaker_tally[who] = [n, sp]
        if sp is not None:
            sp._topic_counts[tid] = [n, topics[tid]]
    for sp in speakers.values():
        sp.quotes = QuoteList(speaker_quotes.get(sp.id, 0), sp._make_quotes)
    for topic in topics.values():
        topic.quotes = QuoteList(sum(topic._per_article.values()), topic._make_quotes)
    speaker_list = sorted(speakers.values(), key=lambda s: (-len(s.quotes), s.name.lower()))
    topic_list = sorted(topics.values(), key=lambda t: (-len(t.articles), t.name.lower()))
    return Site(config, articles, speaker_list, topic_list)


_QUOTE_IDS = [f"q{i}" for i in range(200)]


def _quote_ids(n: int) -> list[str]:
    """Quote anchors, ``q1`` … ``qn`` at least, by number (one string each, shared by every article)."""
    while len(_QUOTE_IDS) <= n:
        _QUOTE_IDS.append(f"q{len(_QUOTE_IDS)}")
    return _QUOTE_IDS


def _date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


_MARKDOWN: dict[bool, object] = {}
# Characters (and the hard line break) that Markdown's inline patterns and Extra's inline
# syntax start with: code, escapes, links and images, footnotes, HTML and autolinks,
# entities, emphasis, attribute lists.
# (Markdown turns tabs into spaces and \r into \n, and drops \x02 and \x03, its placeholder marks.)
_INLINE_SYNTAX = re.compile(r"[`\\\[\]<>&*_{}\r\x02\x03]|(?:  |\t)[ \t]*\n")
# What can make a line anything but the text of a paragraph: an indent (code, a list's
# continuation), a heading, quote, list item, table, definition, fence or rule mark (or a
# heading's underline) at its start, white space (any) at its start or end, control characters.
_BLOCK_SYNTAX = re.compile(r"^[^\S\n]|^[#>+\-*|:~=]|^\d+[.)]|[^\S\n]$|[\x00-\x09\x0b-\x1f\x7f]", re.M)
_BLANK_LINES = re.compile(r"\n{2,}")


def plain_paragraphs_html(text: str) -> str | None:
    """Text with no Markdown syntax at all as HTML: its paragraphs in <p> elements (what Markdown
    makes of it); None for text with any syntax.  Such text has no <, > or &, so it cannot
    hold markup: the HTML is safe as it is (nh3 would only write a no-break space as &nbsp;)."""
    if _INLINE_SYNTAX.search(text) is not None or _BLOCK_SYNTAX.search(text) is not None:
        return None
    return "\n".join(f"<p>{block}</p>" for block in _BLANK_LINES.split(text.strip("\n")) if block)


def markdown_html(text: str) -> str:
    """Markdown (with Extra) to HTML, unsanitised.  Two shortcuts give exactly what the full
    conversion gives, faster (tested against it in tests/test_properties.py): text with no
    inline syntax skips the inline pass; text with no syntax at all — paragraphs of plain
    lines, as most news articles are — is its paragraphs in <p> elements."""
    plain = plain_paragraphs_html(text)
    return plain if plain is not None else _converted(text)


def _converted(text: str) -> str:
    """Markdown's conversion of ``text`` (skipping the inline pass when there is no inline syntax)."""
    import markdown

    inline = _INLINE_SYNTAX.search(text) is not None
    md = _MARKDOWN.get(inline)
    if md is None:
        md = _MARKDOWN[inline] = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        if not inline:
            md.treeprocessors.deregister("inline")
    md.reset()
    return md.convert(text)


def safe_body_html(article: Article) -> str:
    """The article's full text as safe HTML (Markdown rendered and sanitised, plain text escaped)."""
    if article.format == "md":
        plain = plain_paragraphs_html(article.body)
        if plain is not None and not article.headline_in_body:
            return plain.replace("\xa0", "&nbsp;")   # nothing to sanitise; written as nh3 writes it
        import nh3

        raw = plain if plain is not None else _converted(article.body)
        if article.headline_in_body:
            raw = re.sub(r"^\s*<h1>.*?</h1>\s*", "", raw, count=1, flags=re.S)
        return nh3.clean(raw)
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in article.paragraphs)


def body_html(article: Article, quotes: list[Quote]) -> str:
    """The article's full text as safe HTML, each quote wrapped in a <mark> that links to it."""
    return mark_quotes(safe_body_html(article), quotes)


def mark_quotes(safe_html: str, quotes: list[Quote]) -> str:
    """Each part of each quote wrapped in a <mark>, where it is next found in the text after the
    previous one (a part not found there is left unmarked)."""
    out = []
    pos = 0
    for q in quotes:
        for n, text in enumerate((q.text, *q.continued)):
            needle = html.escape(text, quote=False)
            at = safe_html.find(needle, pos)
            if at < 0:
                continue
            who = html.escape(q.speaker.name if q.speaker else "unattributed")
            anchor = f' id="{q.id}"' if n == 0 else ""
            out += [safe_html[pos:at], f'<mark class="quote {q.kind}"{anchor} title="{who}">', needle, "</mark>"]
            pos = at + len(needle)
    out.append(safe_html[pos:])
    return "".join(out)
