"""Topics: the site's taxonomy (content/topics.yaml) plus a built-in default, matched
by keyword; definitions found in the text ("… Technology (iCET)", "the Quad–an
alliance …") describe the topics they name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..load import slugify


@dataclass
class Topic:
    id: str
    name: str
    description: str | None = None
    keywords: list[str] = field(default_factory=list)
    requires_any: list[str] = field(default_factory=list)
    builtin: bool = False
    pattern: re.Pattern | None = None
    requires: re.Pattern | None = None

    def __post_init__(self):
        terms = [self.name] + list(self.keywords)
        self.pattern = _terms_re(terms)
        self.requires = _terms_re(self.requires_any) if self.requires_any else None

    def count(self, text: str, context: str | None = None) -> int:
        n = len(self.pattern.findall(text))
        if n and self.requires is not None and not self.requires.search(context if context is not None else text):
            return 0
        return n


def _terms_re(terms: list[str]) -> re.Pattern:
    """Lower-case terms match in any case; a term with capitals (an acronym, 'Quad') only as written."""
    sensitive = sorted({t for t in terms if t and t != t.lower()}, key=len, reverse=True)
    insensitive = sorted({t for t in terms if t and t == t.lower()}, key=len, reverse=True)
    parts = []
    if sensitive:
        parts.append("(?-i:" + "|".join(re.escape(t) for t in sensitive) + ")")
    if insensitive:
        parts.append("|".join(re.escape(t) for t in insensitive))
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


class Taxonomy:
    """The topics an article can be about, site topics first, then the built-in ones."""

    def __init__(self, site_topics: list[dict] | None = None, builtin: list[dict] | tuple = ()):
        self.topics: list[Topic] = []
        seen = set()
        for item, is_builtin in [(t, False) for t in (site_topics or [])] + [(t, True) for t in builtin]:
            topic = _topic_from(item, is_builtin)
            if topic.id in seen:
                continue
            seen.add(topic.id)
            self.topics.append(topic)
        self.by_id = {t.id: t for t in self.topics}

    def find(self, name: str) -> Topic | None:
        key = slugify(name)
        if key in self.by_id:
            return self.by_id[key]
        for t in self.topics:
            if t.name.lower() == name.lower() or name in t.keywords or name.lower() in t.keywords:
                return t
        return None


def _topic_from(item: dict, builtin: bool) -> Topic:
    name = str(item.get("name") or item.get("id"))
    keywords = [str(k) for k in (item.get("keywords") or [])] + [str(a) for a in (item.get("aliases") or [])]
    return Topic(
        id=str(item.get("id") or slugify(name)),
        name=name,
        description=item.get("description"),
        keywords=keywords,
        requires_any=[str(r) for r in (item.get("requires_any") or [])],
        builtin=builtin,
    )


BUILTIN_MIN_MENTIONS = 2  # a built-in topic must come up at least twice; a site topic once


def match_topics(paragraphs: list[str], taxonomy: Taxonomy, wanted: list[str],
                 definitions: dict[str, str]) -> list[dict]:
    """The article's topics with mention counts; front-matter topics always included."""
    text = "\n".join(paragraphs)
    out = []
    for topic in taxonomy.topics:
        n = sum(topic.count(p, text) for p in paragraphs)
        if n >= (BUILTIN_MIN_MENTIONS if topic.builtin else 1):
            out.append((topic, n))
    chosen = {t.id for t, _ in out}
    for name in wanted:
        topic = taxonomy.find(name)
        if topic is None:
            topic = Topic(id=slugify(name) or "topic", name=name)
        if topic.id not in chosen:
            out.append((topic, sum(topic.count(p, text) for p in paragraphs)))
            chosen.add(topic.id)
    result = []
    for topic, n in out:
        description = topic.description or _definition_for(topic, definitions)
        result.append({"id": topic.id, "name": topic.name, "description": description, "mentions": n})
    result.sort(key=lambda t: (-t["mentions"], t["name"].lower()))
    return result


def _definition_for(topic: Topic, definitions: dict[str, str]) -> str | None:
    for term, definition in definitions.items():
        if topic.pattern.fullmatch(term) or term.lower() == topic.name.lower():
            return definition
    return None


def quote_topics(text: str, context: str, topics: list[dict], taxonomy: Taxonomy) -> list[str]:
    out = []
    for t in topics:
        topic = taxonomy.by_id.get(t["id"])
        if topic is not None and topic.count(text, context):
            out.append(t["id"])
    return out
