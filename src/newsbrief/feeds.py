"""Atom feeds (RFC 4287): the whole site, each topic and each speaker.

* ``feed.xml``                    the newest briefings
* ``feeds/topics/<id>.xml``       briefings on one topic, with the quotes on it
* ``feeds/speakers/<id>.xml``     briefings quoting one speaker, with their quotes

Dates never come from the clock: an entry is dated by its article, an undated
article by the site's newest article date, and a feed's ``updated`` is its newest
entry's date.  ``SOURCE_DATE_EPOCH`` (when set) caps them all, and dates everything
only when no article has a date (then 1970-01-01 without it).

With an absolute ``base_url`` the ids and links are absolute URLs; without one, links
are relative to the feed's own address (Atom allows IRI references) and ids are stable
``urn:uuid:`` names derived from the site title and the page path.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import uuid

from . import __version__
from .model import ArticlePage, Quote, Site, Speaker, Topic
from .seo import Urls
from .seo import xml_escape as escape
from .seo import xml_quoteattr as quoteattr

FEED_LIMIT = 50
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def source_date_epoch() -> dt.datetime | None:
    """SOURCE_DATE_EPOCH as a UTC datetime, or None when unset or not a number."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(raw), tz=dt.timezone.utc)


def stamp(date: dt.date | None) -> dt.datetime:
    """A date as a datetime for output: midnight UTC, capped by SOURCE_DATE_EPOCH;
    None → SOURCE_DATE_EPOCH, else 1970-01-01 (never the wall clock)."""
    sde = source_date_epoch()
    if date is None:
        return sde or EPOCH
    when = dt.datetime(date.year, date.month, date.day, tzinfo=dt.timezone.utc)
    return min(when, sde) if sde else when


def site_updated(site: Site) -> dt.datetime:
    """When the site last changed, as far as its content says: the newest article date."""
    return stamp(site.updated)


def _iso(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _t(text: str) -> str:
    return escape(_XML_INVALID.sub("", text))


def _a(text: str) -> str:
    return quoteattr(_XML_INVALID.sub("", text))


class FeedWriter:
    """Builds the Atom documents of one site."""

    def __init__(self, site: Site):
        self.site = site
        self.base = site.config.base_url
        self.namespace = uuid.uuid5(uuid.NAMESPACE_URL, "newsbrief:" + site.config.title)
        self._ids: dict[str, str] = {}           # page path -> its Atom id
        self._categories: dict[str, str] = {}    # topic id -> its <category> line (in many entries)
        # An article is in several feeds (the site's, its topics', its speakers'): what its entries
        # share is made once.  An entry's lines but its content, by (article, the feed's root):
        self._heads: dict[tuple[int, str], list[str]] = {}
        self._pieces: dict[int, str] = {}        # id of a quote (or article) -> its part of a content
        self._whens: dict[int, dt.datetime] = {}  # id of an article -> its date as a time

    def _urls(self, feed_path: str) -> Urls:
        return Urls(self.base, "../" * feed_path.count("/"))

    def _id(self, path: str) -> str:
        found = self._ids.get(path)
        if found is None:
            full = Urls(self.base).full(path)
            found = self._ids[path] = full or f"urn:uuid:{uuid.uuid5(self.namespace, path)}"
        return found

    def _category(self, t: Topic) -> str:
        found = self._categories.get(t.id)
        if found is None:
            found = self._categories[t.id] = f"    <category term={_a(t.id)} label={_a(t.name)}/>"
        return found

    def feeds(self) -> list[tuple[str, str]]:
        """Every feed of the site as (path, XML)."""
        out = [("feed.xml", self.site_feed())]
        out += [(topic_feed_path(t.id), self.topic_feed(t)) for t in self.site.topics]
        out += [(speaker_feed_path(s.id), self.speaker_feed(s)) for s in self.site.speakers]
        return out

    def site_feed(self) -> str:
        return self.feed("feed.xml", self.site.config.title, self.site.config.description, "index.html",
                         self.site.articles, lambda a: a.direct_quotes)

    def topic_feed(self, t: Topic) -> str:
        return self.feed(topic_feed_path(t.id), f"{t.name} · {self.site.config.title}",
                         t.description or f"Briefings about {t.name}", t.path, t.articles,
                         lambda a: a.quotes_on(t))

    def speaker_feed(self, s: Speaker) -> str:
        return self.feed(speaker_feed_path(s.id), f"{s.name} · {self.site.config.title}",
                         f"Briefings quoting {s.name}", s.path, s.articles,
                         lambda a: a.quotes_by(s))

    def feed(self, path: str, title: str, subtitle: str, page: str, articles: list[ArticlePage],
             quotes_of) -> str:
        urls = self._urls(path)
        articles = articles[:FEED_LIMIT]
        updated = max((self._when(a) for a in articles), default=site_updated(self.site))
        author = self.site.config.author or self.site.config.title
        lines = ['<?xml version="1.0" encoding="utf-8"?>',
                 f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={_a(self.site.config.language)}>',
                 f"  <title>{_t(title)}</title>",
                 f"  <subtitle>{_t(subtitle)}</subtitle>",
                 f"  <id>{_t(self._id(path))}</id>",
                 f"  <updated>{_iso(updated)}</updated>",
                 f'  <link rel="self" type="application/atom+xml" href={_a(urls.link(path))}/>',
                 f'  <link rel="alternate" type="text/html" href={_a(urls.link(page))}/>',
                 f"  <author><name>{_t(author)}</name></author>",
                 f'  <generator version="{__version__}">newsbrief</generator>']
        for a in articles:
            lines += self.entry(a, urls, quotes_of(a))
        lines.append("</feed>")
        return "\n".join(lines) + "\n"

    def _when(self, a: ArticlePage) -> dt.datetime:
        when = self._whens.get(id(a))
        if when is None:
            when = self._whens[id(a)] = stamp(a.date) if a.date else site_updated(self.site)
        return when

    def entry(self, a: ArticlePage, urls: Urls, quotes: list[Quote]) -> list[str]:
        head = self._heads.get((id(a), urls.root))
        if head is None:
            head = self._heads[(id(a), urls.root)] = self._entry_head(a, urls)
        return head + [f'    <content type="html">{self._content(a, quotes)}</content>', "  </entry>"]

    def _entry_head(self, a: ArticlePage, urls: Urls) -> list[str]:
        when = _iso(self._when(a))
        out = ["  <entry>",
               f"    <title>{_t(a.title)}</title>",
               f"    <id>{_t(self._id(a.path))}</id>",
               f'    <link rel="alternate" type="text/html" href={_a(urls.link(a.path))}/>',
               f"    <published>{when}</published>",
               f"    <updated>{when}</updated>"]
        if a.author:
            out.append(f"    <author><name>{_t(a.author)}</name></author>")
        out += [self._category(t) for t in a.topics]
        if a.summary:
            out.append(f"    <summary>{_t(a.summary)}</summary>")
        return out

    def _content(self, a: ArticlePage, quotes: list[Quote]) -> str:
        """``content_html`` escaped for the feed, from parts escaped once (escaping a text is
        escaping each of its parts)."""
        pieces = self._pieces
        parts = []
        if a.summary:
            summary = pieces.get(id(a))
            if summary is None:
                summary = pieces[id(a)] = _t(_summary_html(a))
            parts.append(summary)
        for q in quotes:
            piece = pieces.get(id(q))
            if piece is None:
                piece = pieces[id(q)] = _t(_quote_html(q))
            parts.append(piece)
        if not parts:
            return _t(_title_html(a))
        return "".join(parts)


def content_html(a: ArticlePage, quotes: list[Quote]) -> str:
    """The entry body: the summary and the quotes, as escaped HTML (no markup from content)."""
    parts = [_summary_html(a)] if a.summary else []
    parts += [_quote_html(q) for q in quotes]
    return "".join(parts) if parts else _title_html(a)


def _escape_html(s: str) -> str:
    return html.escape(s, quote=False)


def _summary_html(a: ArticlePage) -> str:
    return f"<p>{_escape_html(a.summary)}</p>"


def _title_html(a: ArticlePage) -> str:
    return f"<p>{_escape_html(a.title)}</p>"


def _quote_html(q: Quote) -> str:
    who = q.speaker.name if q.speaker else "Unattributed"
    body = f"<blockquote><p>{_escape_html(q.full_text)}</p></blockquote>" if q.kind == "direct" \
        else f"<p>{_escape_html(q.full_text)}</p>"
    return f"{body}<p>— {_escape_html(who)}</p>"


def topic_feed_path(topic_id: str) -> str:
    return f"feeds/topics/{topic_id}.xml"


def speaker_feed_path(speaker_id: str) -> str:
    return f"feeds/speakers/{speaker_id}.xml"
