"""Topics: the site's taxonomy (content/topics.yaml) plus a built-in default, matched
by keyword; definitions found in the text ("… Technology (iCET)", "the Quad–an
alliance …") describe the topics they name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..load import slugify


_WORD_RE = re.compile(r"\w[\w’'\-.&]*\w|\w")


_EDGE_MARKS = ",.;:!?“”\"‘’'()[]—–-…«»"   # no word character: a chunk's letters between them are its one word


def _words(text: str) -> list[str]:
    """The words of a text (``_WORD_RE.findall``): a chunk between spaces that is letters with marks around them
    ("said,", "“We", "years.”") is one word, those letters (the regex skips the marks and cannot end a word on
    one); other chunks go through the regex."""
    out: list[str] = []
    append, findall, edge = out.append, _WORD_RE.findall, _EDGE_MARKS
    for chunk in text.split():
        if chunk.isalpha():
            append(chunk)
        else:
            core = chunk.strip(edge)
            if core.isalpha():
                append(core)
            else:
                out += findall(chunk)
    return out


@dataclass
class Topic:
    id: str
    name: str
    description: str | None = None
    keywords: list[str] = field(default_factory=list)
    requires_any: list[str] = field(default_factory=list)
    builtin: bool = False

    @property
    def terms(self) -> list[str]:
        return [self.name] + list(self.keywords)


class Taxonomy:
    """The topics an article can be about, site topics first, then the built-in ones.

    Matching is a phrase matcher over words (one pass over the text for all topics):
    lower-case terms match in any case; a term with capitals (an acronym, "Quad")
    only as written.  A topic with ``requires_any`` counts only when one of those
    words also occurs in the context (the paragraph or article).
    """

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
        # first word (lower case) -> [(words, key, exact form or None)]
        self._index: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...] | None]]] = {}
        for t in self.topics:
            for term in t.terms:
                self._add(term, t.id)
            for word in t.requires_any:
                self._add(word, "requires:" + t.id)
        self._firsts = frozenset(self._index)
        # the same, for matching: first word -> (keys of the word alone in any case, (key, the word as written)
        # of the word alone in one case, [(length, following words -> [(key, exact form or None)])] of longer terms)
        self._terms: dict[str, tuple[list[str], list[tuple[str, str]], list[tuple[int, dict]]]] = {}
        for first, entries in self._index.items():
            keys, exact_keys, by_length = [], [], {}
            for phrase, key, exact in entries:
                if len(phrase) == 1 and exact is None:
                    keys.append(key)
                elif len(phrase) == 1:
                    exact_keys.append((key, exact[0]))
                else:
                    by_length.setdefault(len(phrase), {}).setdefault(phrase[1:], []).append((key, exact))
            self._terms[first] = (keys, exact_keys, list(by_length.items()))
        # the first two words of each longer term: where no pair of them stands in a text, no longer term does
        self._pairs = frozenset((first, phrase[1]) for first, entries in self._index.items()
                                for phrase, _, _ in entries if len(phrase) > 1)
        self._found: dict[str, Topic | None] = {}

    def _add(self, term: str, key: str) -> None:
        words = _words(term)
        if not words:
            return
        exact = tuple(words) if term != term.lower() else None
        entry = (tuple(w.lower() for w in words), key, exact)
        bucket = self._index.setdefault(words[0].lower(), [])
        if entry not in bucket:
            bucket.append(entry)

    def counts(self, text: str) -> dict[str, int]:
        """How often each topic's terms (and each topic's required words) occur in the text."""
        words = _words(text)
        if not words:
            return {}
        # a word never holds a space and lower-casing never looks across one: one call lowers them all
        lower = " ".join(words).lower().split(" ")
        hits = self._firsts.intersection(lower)
        if not hits:
            return {}
        out: dict[str, int] = {}
        terms = self._terms
        for w in hits:
            keys, exact_keys, _ = terms[w]
            if keys:
                n = lower.count(w)
                for key in keys:
                    out[key] = out.get(key, 0) + n
            for key, form in exact_keys:
                n = words.count(form)   # the form as written is also ``w`` lower-cased
                if n:
                    out[key] = out.get(key, 0) + n
        # longer terms: only where the first two words of one stand together
        index, last = lower.index, len(lower) - 1
        for first, second in self._pairs.intersection(zip(lower, lower[1:])):
            i = index(first)
            while True:
                if i < last and lower[i + 1] == second:
                    for n, by_rest in terms[first][2]:
                        found = by_rest.get(tuple(lower[i + 1:i + n]))
                        if found is None:
                            continue
                        for key, exact in found:
                            if exact is None or tuple(words[i:i + n]) == exact:
                                out[key] = out.get(key, 0) + 1
                try:
                    i = index(first, i + 1)
                except ValueError:
                    break
        return out

    def matches(self, text: str, context_counts: dict[str, int] | None = None) -> dict[str, int]:
        """Topic id -> mentions in ``text``, honouring requires_any against the context."""
        c = self.counts(text)
        return self.matches_counts(c, context_counts if context_counts is not None else c)

    def matches_counts(self, c: dict[str, int], ctx: dict[str, int]) -> dict[str, int]:
        out = {}
        for key, n in c.items():
            if key.startswith("requires:"):
                continue
            t = self.by_id[key]
            if t.requires_any and not ctx.get("requires:" + key):
                continue
            out[key] = n
        return out

    def find(self, name: str) -> Topic | None:
        """The topic a front-matter name refers to (looked up once per name)."""
        try:
            return self._found[name]
        except KeyError:
            topic = self._found[name] = self._find(name)
            return topic

    def _find(self, name: str) -> Topic | None:
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


def match_topics(paragraph_counts: list[dict[str, int]], taxonomy: Taxonomy, wanted: list[str],
                 definitions: dict[str, str]) -> list[dict]:
    """The article's topics with mention counts (from ``Taxonomy.counts`` of each paragraph);
    front-matter topics are always included."""
    total: dict[str, int] = {}
    for c in paragraph_counts:
        for k, n in c.items():
            total[k] = total.get(k, 0) + n
    found = taxonomy.matches_counts(total, total)
    out = [(t, found[t.id]) for t in taxonomy.topics
           if found.get(t.id, 0) >= (BUILTIN_MIN_MENTIONS if t.builtin else 1)]
    chosen = {t.id for t, _ in out}
    for name in wanted:
        topic = taxonomy.find(name)
        if topic is None:
            topic = Topic(id=slugify(name) or "topic", name=name)
        if topic.id not in chosen:
            out.append((topic, found.get(topic.id, 0)))
            chosen.add(topic.id)
    result = []
    for topic, n in out:
        description = topic.description or _definition_for(topic, definitions)
        result.append({"id": topic.id, "name": topic.name, "description": description, "mentions": n})
    result.sort(key=lambda t: (-t["mentions"], t["name"].lower()))
    return result


def _definition_for(topic: Topic, definitions: dict[str, str]) -> str | None:
    terms = {t for t in topic.terms}
    lowered = {t.lower() for t in topic.terms if t == t.lower()}
    for term, definition in definitions.items():
        if term in terms or term.lower() in lowered or term.lower() == topic.name.lower():
            return definition
    return None


def quote_topics(text: str, context_counts: dict[str, int], topics: list[dict], taxonomy: Taxonomy) -> list[str]:
    """The article topics a quote touches (required words may come from its paragraph)."""
    found = taxonomy.matches_counts(taxonomy.counts(text), context_counts)
    return [t["id"] for t in topics if found.get(t["id"])]
