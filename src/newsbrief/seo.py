"""Discovery: JSON-LD (schema.org), Open Graph / Twitter meta, sitemap.xml and robots.txt.

Everything here is plain data built from the site model; templates print it.  URLs come
from ``Urls``: absolute when the site has an absolute ``base_url``; otherwise rooted at
the base path, or relative to the page when there is no base URL at all.

Sitemaps must list absolute URLs, so ``sitemap.xml`` is written only when ``base_url``
is an absolute http(s) URL; ``robots.txt`` always exists and names the sitemap when
there is one (docs/publishing.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import ArticlePage, Quote, Site, Speaker, Topic


def xml_escape(text: str) -> str:
    """``&``, ``<`` and ``>`` escaped, as ``xml.sax.saxutils.escape`` does (which is not imported:
    it imports urllib.request, and with it much of the standard library, slowing every build)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def xml_quoteattr(text: str) -> str:
    """An attribute value escaped and quoted, as ``xml.sax.saxutils.quoteattr`` does."""
    data = xml_escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    return '"{}"'.format(data.replace('"', "&quot;"))

SCHEMA = "https://schema.org"


@dataclass(frozen=True)
class Urls:
    """Where a site path is published, for one page."""

    base_url: str          # config.base_url: "", "/briefs/" or "https://example.org/briefs/"
    root: str = ""         # "../" * depth of the page being rendered

    @property
    def absolute(self) -> bool:
        return self.base_url.startswith(("http://", "https://"))

    def full(self, path: str) -> str | None:
        """Absolute URL of a site path, or None when the base URL is not absolute."""
        return self.base_url + path if self.absolute else None

    def link(self, path: str) -> str:
        """Best URL for a site path from this page: absolute or rooted when known, else relative."""
        return (self.base_url or self.root) + path


def _person(s: Speaker, urls: Urls) -> dict:
    kind = "Organization" if s.kind == "organization" else "Person"
    d = {"@type": kind, "name": s.name, "url": urls.link(s.path)}
    if s.role and kind == "Person":
        d["jobTitle"] = s.role
    if s.aliases:
        d["alternateName"] = list(s.aliases)
    return d


def _ref(node: dict) -> dict:
    """A reference to a node described elsewhere in the same JSON-LD (by its ``@id``)."""
    return {"@id": node["@id"]}


def _quotation(q: Quote, urls: Urls, people: dict, topics: dict) -> dict:
    d = {"@type": "Quotation", "text": q.full_text, "url": urls.link(q.path)}
    if q.speaker is not None:
        who = people[q.speaker.id]
        d["creator"] = _ref(who)
        if who["@type"] == "Person":
            d["spokenByCharacter"] = _ref(who)
    if q.topics:
        d["about"] = [_ref(topics[t.id]) for t in q.topics]
    return d


def _topic_ref(t: Topic, urls: Urls) -> dict:
    return {"@type": "Thing", "name": t.name, "url": urls.link(t.path)}


def article_ld(a: ArticlePage, site: Site, urls: Urls) -> dict:
    """NewsArticle with one Quotation per quote.  Its speakers (``mentions``) and topics
    (``about``) are described once, with an ``@id`` (their page's URL); each Quotation names
    its speaker (``creator``, and ``spokenByCharacter`` for a person) and topics by that id."""
    d: dict = {"@context": SCHEMA, "@type": "NewsArticle", "headline": a.title,
               "url": urls.link(a.path), "mainEntityOfPage": urls.link(a.path),
               "inLanguage": site.config.language}
    if a.date:
        d["datePublished"] = a.date.isoformat()
    if a.summary:
        d["description"] = a.summary
    if a.source:
        d["publisher"] = {"@type": "Organization", "name": a.source}
    if a.author:
        d["author"] = {"@type": "Person", "name": a.author}
    if a.url and a.url.startswith(("http://", "https://")):
        d["isBasedOn"] = a.url
    topics = {t.id: {"@id": urls.link(t.path), **_topic_ref(t, urls)} for t in a.topics}
    for q in a.quotes:              # a quote's topic is one of the article's; should it not be, it is added
        for t in q.topics:
            if t.id not in topics:
                topics[t.id] = {"@id": urls.link(t.path), **_topic_ref(t, urls)}
    people = {s.id: {"@id": urls.link(s.path), **_person(s, urls)} for s in a.speakers}
    for q in a.quotes:
        if q.speaker is not None and q.speaker.id not in people:
            people[q.speaker.id] = {"@id": urls.link(q.speaker.path), **_person(q.speaker, urls)}
    if topics:
        d["about"] = list(topics.values())
    if people:
        d["mentions"] = list(people.values())
    if a.quotes:
        d["hasPart"] = [_quotation(q, urls, people, topics) for q in a.quotes]
    return d


def speaker_ld(s: Speaker, site: Site, urls: Urls, articles: list[ArticlePage] | None = None) -> dict:
    """Person (or Organization) with the briefings that quote them (``articles``: those of one
    page of the speaker's list)."""
    articles = s.articles if articles is None else articles
    d = {"@context": SCHEMA, **_person(s, urls)}
    d["mainEntityOfPage"] = urls.link(s.path)
    if articles:
        d["subjectOf"] = [{"@type": "NewsArticle", "headline": a.title, "url": urls.link(a.path)}
                          for a in articles]
    return d


def item_list_ld(name: str, items: list[tuple[str, str]], urls: Urls) -> dict:
    """ItemList of (name, site path) in page order."""
    return {"@context": SCHEMA, "@type": "ItemList", "name": name, "numberOfItems": len(items),
            "itemListElement": [{"@type": "ListItem", "position": i, "name": n, "url": urls.link(p)}
                                for i, (n, p) in enumerate(items, 1)]}


def website_ld(site: Site, urls: Urls) -> dict:
    d = {"@context": SCHEMA, "@type": "WebSite", "name": site.config.title,
         "description": site.config.description, "url": urls.link("index.html"),
         "inLanguage": site.config.language}
    return d


def sitemap(site: Site, urls: Urls, paths: list[str]) -> str | None:
    """sitemap.xml for the given page paths, or None when the base URL is not absolute."""
    if not urls.absolute:
        return None
    lastmod = {a.path: a.date for a in site.articles if a.date}
    for s in site.speakers:
        dates = [a.date for a in s.articles if a.date]
        if dates:
            lastmod[s.path] = max(dates)
    for t in site.topics:
        dates = [a.date for a in t.articles if a.date]
        if dates:
            lastmod[t.path] = max(dates)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p in paths:
        entry = f"  <url><loc>{xml_escape(urls.full(p))}</loc>"
        if p in lastmod:
            entry += f"<lastmod>{lastmod[p].isoformat()}</lastmod>"
        out.append(entry + "</url>")
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def robots_txt(urls: Urls) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if urls.absolute:
        lines.append(f"Sitemap: {urls.full('sitemap.xml')}")
    else:
        lines.append("# No sitemap: sitemaps need absolute URLs; build with --base-url https://… to get one.")
    return "\n".join(lines) + "\n"
