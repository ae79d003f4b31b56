"""Stage 4 — model: all briefings → one Site (articles, speakers and topics across
articles, with their URLs).  No Jinja here: templates get views of this model."""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass, field

import markdown
import nh3

from .config import Config
from .load import Article, slugify


@dataclass
class Quote:
    id: str                      # anchor on the article page, e.g. "q3"
    kind: str
    text: str
    continued: list[str]
    paragraph: int | None
    cue: str | None
    article: "ArticlePage"
    speaker: "Speaker | None" = None
    topics: list["Topic"] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        return " ".join([self.text] + self.continued)

    @property
    def path(self) -> str:
        return f"{self.article.path}#{self.id}"

    @property
    def id_num(self) -> int:
        return int(self.id[1:])


@dataclass
class ArticlePage:
    slug: str
    title: str
    date: dt.date | None
    source: str | None
    url: str | None
    summary: str | None
    briefing: dict
    article: Article
    quotes: list[Quote] = field(default_factory=list)
    speakers: list["Speaker"] = field(default_factory=list)
    topics: list["Topic"] = field(default_factory=list)
    roles: dict[str, str | None] = field(default_factory=dict)   # speaker id -> role in this article
    site_speaker_ids: dict[str, str] = field(default_factory=dict)  # briefing's speaker id -> site's
    body_html: str = ""

    @property
    def path(self) -> str:
        return f"articles/{self.slug}.html"

    @property
    def direct_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.kind == "direct"]

    @property
    def indirect_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.kind == "indirect"]

    @property
    def entities(self) -> dict:
        return self.briefing.get("entities") or {}


@dataclass
class Speaker:
    id: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    articles: list[ArticlePage] = field(default_factory=list)

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    @property
    def topics(self) -> list["Topic"]:
        """The topics this speaker's quotes are about, most quoted first."""
        counts: dict[str, tuple[int, Topic]] = {}
        for q in self.quotes:
            for t in q.topics:
                counts[t.id] = (counts.get(t.id, (0, t))[0] + 1, t)
        return [t for _, t in sorted(counts.values(), key=lambda c: (-c[0], c[1].name.lower(), c[1].id))]

    @property
    def path(self) -> str:
        return f"speakers/{self.id}.html"


@dataclass
class Topic:
    id: str
    name: str
    description: str | None
    articles: list[ArticlePage] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    mentions: int = 0

    @property
    def path(self) -> str:
        return f"topics/{self.id}.html"

    @property
    def quotes_by_speaker(self) -> list[tuple["Speaker | None", list[Quote]]]:
        groups: dict[str, tuple[Speaker | None, list[Quote]]] = {}
        for q in self.quotes:
            key = q.speaker.id if q.speaker else ""
            groups.setdefault(key, (q.speaker, []))[1].append(q)
        return sorted(groups.values(), key=lambda g: (g[0] is None, -len(g[1]), g[0].name if g[0] else ""))


@dataclass
class Site:
    config: Config
    articles: list[ArticlePage]
    speakers: list[Speaker]
    topics: list[Topic]

    @property
    def updated(self) -> dt.date | None:
        """The newest article date (what feeds and the API call 'updated'); None when all are undated."""
        return max((a.date for a in self.articles if a.date), default=None)

    def speaker_topic_counts(self) -> dict[tuple[str, str], int]:
        counts: dict[tuple[str, str], int] = {}
        for s in self.speakers:
            for q in s.quotes:
                for t in q.topics:
                    counts[(s.id, t.id)] = counts.get((s.id, t.id), 0) + 1
        return counts


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def sort_key(a: ArticlePage):
    """Newest first; undated articles after dated ones, by title."""
    return (a.date is None, -(a.date.toordinal() if a.date else 0), a.title.lower(), a.slug)


def build_site(config: Config, items: list[tuple[Article, dict]]) -> Site:
    """Merge per-article briefings into the site: one speaker page per person, one page per topic."""
    articles: list[ArticlePage] = []
    speakers: dict[str, Speaker] = {}
    by_key: dict[str, Speaker] = {}
    topics: dict[str, Topic] = {}
    used_ids: set[str] = set()

    def speaker_for(s: dict) -> Speaker:
        keys = [_norm(s["name"])] + [_norm(a) for a in s.get("aliases") or [] if len(a.split()) >= 2]
        for k in keys:
            if k in by_key:
                found = by_key[k]
                break
        else:
            found = None
            if len(s["name"].split()) == 1 and (s.get("kind") or "person") == "person":
                # a bare surname: the one person who has it
                cands = {id(v): v for k, v in by_key.items()
                         if k.split()[-1:] == [_norm(s["name"])] and v.kind == "person"}
                if len(cands) == 1:
                    found = next(iter(cands.values()))
        if found is None:
            sid = slugify(s["name"]) or "speaker"
            base, n = sid, 2
            while sid in used_ids:
                sid, n = f"{base}-{n}", n + 1
            used_ids.add(sid)
            found = speakers[sid] = Speaker(sid, s["name"], s.get("kind") or "person")
        elif len(s["name"]) > len(found.name) and _norm(s["name"]).endswith(_norm(found.name)):
            found.aliases.append(found.name)
            found.name = s["name"]
        for k in keys:
            by_key.setdefault(k, found)
        if s.get("role") and s["role"].casefold() not in {r.casefold() for r in found.roles}:
            found.roles.append(s["role"])
        for a in s.get("aliases") or []:
            if a not in found.aliases and a != found.name:
                found.aliases.append(a)
        return found

    # Full names first, so that a bare surname ("Campbell") in an earlier article still joins the
    # person named in full ("Kurt Campbell") in a later one: the result does not depend on file order.
    for _, b in items:
        for s in b.get("speakers") or []:
            if len(s["name"].split()) > 1:
                speaker_for(s)

    for article, b in items:
        page = ArticlePage(article.slug, b.get("title") or article.title, _date(b.get("date")),
                           b.get("source"), b.get("url"), b.get("summary"), b, article)
        local_speakers = {}
        for s in b.get("speakers") or []:
            sp = speaker_for(s)
            local_speakers[s["id"]] = sp
            page.site_speaker_ids[s["id"]] = sp.id
            page.roles[sp.id] = s.get("role")
            if page not in sp.articles:
                sp.articles.append(page)
            if sp not in page.speakers:
                page.speakers.append(sp)
        local_topics = {}
        for t in b.get("topics") or []:
            topic = topics.get(t["id"])
            if topic is None:
                topic = topics[t["id"]] = Topic(t["id"], t["name"], t.get("description"))
            elif not topic.description and t.get("description"):
                topic.description = t["description"]
            topic.mentions += t.get("mentions") or 0
            topic.articles.append(page)
            page.topics.append(topic)
            local_topics[t["id"]] = topic
        for i, q in enumerate(b.get("quotes") or [], 1):
            quote = Quote(f"q{i}", q["kind"], q["text"], list(q.get("continued") or []), q.get("paragraph"),
                          q.get("cue"), page, local_speakers.get(q.get("speaker")),
                          [local_topics[t] for t in q.get("topics") or [] if t in local_topics])
            page.quotes.append(quote)
            if quote.speaker:
                quote.speaker.quotes.append(quote)
            for t in quote.topics:
                t.quotes.append(quote)
        page.body_html = body_html(article, page.quotes)
        articles.append(page)

    articles.sort(key=sort_key)
    order = {a.slug: i for i, a in enumerate(articles)}
    for sp in speakers.values():
        sp.articles.sort(key=sort_key)
        sp.quotes.sort(key=lambda q: (order[q.article.slug], q.id_num))
    for t in topics.values():
        t.articles.sort(key=sort_key)
        t.quotes.sort(key=lambda q: (order[q.article.slug], q.id_num))
    speaker_list = sorted(speakers.values(), key=lambda s: (-len(s.quotes), s.name.lower()))
    topic_list = sorted(topics.values(), key=lambda t: (-len(t.articles), t.name.lower()))
    return Site(config, articles, speaker_list, topic_list)


def _date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


_MD = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")


def body_html(article: Article, quotes: list[Quote]) -> str:
    """The article's full text as safe HTML, each quote wrapped in a <mark> that links to it."""
    if article.format == "md":
        _MD.reset()
        raw = _MD.convert(article.body)
        if article.headline_in_body:
            raw = re.sub(r"^\s*<h1>.*?</h1>\s*", "", raw, count=1, flags=re.S)
        safe = nh3.clean(raw)
    else:
        safe = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in article.paragraphs)
    return mark_quotes(safe, quotes)


def mark_quotes(safe_html: str, quotes: list[Quote]) -> str:
    cursor = 0
    for q in quotes:
        for n, text in enumerate([q.text] + q.continued):
            needle = html.escape(text, quote=False)
            at = safe_html.find(needle, cursor)
            if at < 0:
                at = safe_html.find(needle)
                if at < 0 or at < cursor:
                    continue
            who = html.escape(q.speaker.name if q.speaker else "unattributed")
            anchor = f' id="{q.id}"' if n == 0 else ""
            open_tag = f'<mark class="quote {q.kind}"{anchor} title="{who}">'
            safe_html = safe_html[:at] + open_tag + needle + "</mark>" + safe_html[at + len(needle):]
            cursor = at + len(open_tag) + len(needle) + len("</mark>")
    return safe_html
