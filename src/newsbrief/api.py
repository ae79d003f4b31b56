"""A read-only JSON API beside the HTML, as static files.

* ``api/index.json``               the site: its articles, speakers and topics, with their URLs
* ``api/briefings/<slug>.json``    one article's briefing, as stored (docs/briefing-schema.md)

Every ``path`` is relative to the site root (``articles/x.html``); ``url`` is that path
joined to ``base_url``: absolute when the site has an absolute base URL, otherwise
relative to the site root too.  Only http(s) URLs from front matter are published.  Keys
keep a fixed order and the files end in a newline, so the same site gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from . import __version__
from .feeds import site_updated, speaker_feed_path, topic_feed_path
from .model import ArticlePage, Site

API_VERSION = 1


def _dumps(data) -> str:
    # compact: the C encoder (indented JSON would take Python's slow one), and smaller files
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_default) + "\n"


def _default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def briefing_path(slug: str) -> str:
    return f"api/briefings/{slug}.json"


class Api:
    def __init__(self, site: Site):
        self.site = site
        self.base = site.config.base_url

    def _link(self, path: str) -> dict:
        return {"path": path, "url": self.base + path}

    def files(self) -> list[tuple[str, str]]:
        out = [("api/index.json", _dumps(self.index()))]
        for a in self.site.articles:
            out.append((briefing_path(a.slug), _dumps(self.briefing(a))))
        return out

    def index(self) -> dict:
        s = self.site
        return {
            "api_version": API_VERSION,
            "generator": f"newsbrief {__version__}",
            "site": {"title": s.config.title, "description": s.config.description,
                     "language": s.config.language, "base_url": s.config.base_url,
                     "updated": site_updated(s).strftime("%Y-%m-%dT%H:%M:%SZ"),
                     **self._link("index.html"), "feed": self._link("feed.xml")},
            "articles": [{
                "slug": a.slug, "title": a.title, "date": a.date.isoformat() if a.date else None,
                "source": a.source, "original_url": web_url(a.url), "summary": a.summary,
                **self._link(a.path), "briefing": self._link(briefing_path(a.slug)),
                "speakers": [sp.id for sp in a.speakers], "topics": [t.id for t in a.topics],
                "quotes": len(a.quotes),
            } for a in s.articles],
            "speakers": [{
                "id": sp.id, "name": sp.name, "kind": sp.kind, "roles": list(sp.roles),
                "aliases": list(sp.aliases), **self._link(sp.path), "feed": self._link(speaker_feed_path(sp.id)),
                "articles": [a.slug for a in sp.articles], "quotes": len(sp.quotes),
            } for sp in s.speakers],
            "topics": [{
                "id": t.id, "name": t.name, "description": t.description, **self._link(t.path),
                "feed": self._link(topic_feed_path(t.id)),
                "articles": [a.slug for a in t.articles], "quotes": len(t.quotes),
            } for t in s.topics],
        }

    def briefing(self, a: ArticlePage) -> dict:
        """The stored briefing, plus ``site_speakers`` (briefing speaker id → the site's speaker id,
        which names the speaker page); the source file is named relative to the articles folder
        (never an absolute path of the build machine)."""
        b = {k: v for k, v in a.briefing.items() if k != "provenance"}
        if "url" in b:
            b["url"] = web_url(b["url"])
        prov = dict(a.briefing.get("provenance") or {})
        if "source_path" in prov:
            prov["source_path"] = _relative_source(prov["source_path"], self.site.config.articles_dir)
        b["provenance"] = prov
        return {"api_version": API_VERSION, "slug": a.slug, **self._link(a.path),
                "site_speakers": dict(a.site_speaker_ids), "briefing": b}


def web_url(url: str | None) -> str | None:
    """Only http(s) URLs are published (a javascript: or data: URL from front matter is not)."""
    return url if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")) else None


def _relative_source(source: str, articles_dir: Path) -> str:
    """A relative path as recorded; an absolute one relative to the articles folder, else its name."""
    p = Path(source)
    if not p.is_absolute():
        return p.as_posix()
    try:
        return p.relative_to(articles_dir.resolve()).as_posix()
    except ValueError:
        return p.name
