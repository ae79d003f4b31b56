"""Stage 1 — load: a file (Markdown with optional YAML front matter, or plain text) → Article.

Plain text: paragraphs are separated by blank lines; a short first line without
closing punctuation is taken as the headline.  Markdown: the body is kept for
rendering, and a plain-text copy of each block is what the extractor reads.
A missing title is derived from the lead; a missing date stays ``None``
("undated") — nothing is invented.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlutil
from .errors import NewsbriefError

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
FRONT_MATTER_KEYS = {"title", "date", "source", "url", "topics", "slug", "draft", "author", "summary"}
_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_WS = re.compile(r"\s+")


@dataclass
class Article:
    """One source article, as read from disk; the input of extraction."""

    path: str
    slug: str
    title: str
    title_derived: bool
    date: dt.date | None
    source: str | None
    url: str | None
    author: str | None
    topics: list[str]
    draft: bool
    format: str  # "md" or "txt"
    body: str  # the body as written (Markdown or plain text), front matter removed
    paragraphs: list[str]  # plain text, whitespace-normalised: what the extractor reads
    source_hash: str
    summary: str | None = None
    headline_in_body: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def slugify(text: str, max_words: int = 12) -> str:
    """ASCII, lower-case, hyphen-separated; '' when nothing usable is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:max_words])


def load_article(path: str | Path) -> Article:
    """Read and parse one article file; every problem is a NewsbriefError naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NewsbriefError(f"cannot read file: {exc.strerror or exc}", path) from None
    return parse_article_bytes(data, str(path))


def parse_article_bytes(data: bytes, path: str) -> Article:
    if not data.strip():
        raise NewsbriefError("empty file: there is no article text", path)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise NewsbriefError("binary file (contains NUL bytes): expected UTF-8 text", path, line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise NewsbriefError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8",
            path, line) from None
    return parse_article(text, path, source_hash=hashlib.sha256(data).hexdigest())


def parse_article(text: str, path: str = "<string>", source_hash: str | None = None) -> Article:
    """Parse article text (already decoded) into an Article."""
    if source_hash is None:
        source_hash = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # a lone surrogate cannot come from a file; from the library API it becomes U+FFFD
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, body_line = _split_front_matter(text, path)
    warnings = [f"{path}:{_key_line(text, k) or 1}: unknown front-matter key '{k}' (ignored; known keys: "
                f"{', '.join(sorted(FRONT_MATTER_KEYS))})" for k in meta if k not in FRONT_MATTER_KEYS]
    suffix = Path(path).suffix.lower()
    fmt = "md" if suffix in (".md", ".markdown") else "txt"

    blocks = [b for b in (_BLANK_LINE.split(body)) if b.strip()]
    if fmt == "md":
        paragraphs = [p for p in (_markdown_block_text(b) for b in blocks) if p]
    else:
        paragraphs = [_WS.sub(" ", b).strip() for b in blocks]
    if not paragraphs:
        raise NewsbriefError("the article has no body text", path, body_line)

    title = _str_field(meta, "title", path, text)
    headline_in_body = False
    if not title and _looks_like_headline(paragraphs[0]) and len(paragraphs) > 1:
        title, paragraphs, headline_in_body = paragraphs[0].lstrip("# ").strip(), paragraphs[1:], True
    title_derived = not title
    if not title:
        title = derive_title(paragraphs[0])

    stem_slug = slugify(Path(path).stem) if path != "<string>" else ""
    slug = meta.get("slug")
    if slug is not None:
        slug = str(slug)
        if not _SLUG_RE.fullmatch(slug):
            raise NewsbriefError(
                f"front matter 'slug' {slug!r} is not allowed: use lower-case letters, digits and hyphens "
                "(it must not contain '/', '..' or spaces)", path, _key_line(text, "slug"))
    else:
        slug = stem_slug or slugify(title) or "article"

    return Article(
        path=path,
        slug=slug,
        title=title,
        title_derived=title_derived,
        date=_parse_date(meta.get("date"), path, _key_line(text, "date")),
        source=_str_field(meta, "source", path, text),
        url=_str_field(meta, "url", path, text),
        author=_str_field(meta, "author", path, text),
        topics=_str_list(meta.get("topics"), "topics", path, _key_line(text, "topics")),
        draft=_bool_field(meta, "draft", path, text),
        format=fmt,
        body=body,
        paragraphs=paragraphs,
        source_hash=source_hash,
        summary=_str_field(meta, "summary", path, text),
        headline_in_body=headline_in_body,
        warnings=warnings,
    )


def _split_front_matter(text: str, path: str) -> tuple[dict, str, int]:
    """Return (metadata, body, line number where the body starts)."""
    if not text.startswith("---"):
        return {}, text, 1
    first_nl = text.find("\n")
    if first_nl == -1 or text[:first_nl].strip() != "---":
        return {}, text, 1
    end = re.search(r"^(---|\.\.\.)[ \t]*$", text[first_nl + 1:], re.M)
    if end is None:
        raise NewsbriefError("front matter starts with '---' but has no closing '---' line", path, 1)
    raw = text[first_nl + 1: first_nl + 1 + end.start()]
    body = text[first_nl + 1 + end.end():]
    body_line = text[: first_nl + 1 + end.end()].count("\n") + 1
    meta = yamlutil.loads(raw, path, first_line=2, what="malformed front matter") if raw.strip() else {}
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise NewsbriefError("front matter must be a mapping of keys to values", path, 2)
    return {str(k): v for k, v in meta.items()}, body, body_line


def _key_line(text: str, key: str) -> int | None:
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text[: m.start()].count("\n") + 1 if m else None


def _str_field(meta: dict, key: str, path: str, text: str = "") -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list)):
        raise NewsbriefError(f"front matter '{key}' must be a single value, not a {type(value).__name__}", path,
                             _key_line(text, key))
    return str(value).strip() or None


def _bool_field(meta: dict, key: str, path: str, text: str = "") -> bool:
    value = meta.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise NewsbriefError(f"front matter '{key}' must be true or false, got {value!r}", path, _key_line(text, key))
    return value


def _str_list(value, key: str, path: str, line: int | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    raise NewsbriefError(f"front matter '{key}' must be a list of names", path, line)


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y")


def _parse_date(value, path: str, line: int | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise NewsbriefError(f"front matter 'date' {s!r} is not a date (use YYYY-MM-DD)", path, line)


def _looks_like_headline(paragraph: str) -> bool:
    """A short line that does not end like a sentence (a closing quote mark may end it)."""
    words = paragraph.split()
    end = paragraph.rstrip().rstrip("\"”’'»")
    return 0 < len(words) <= 20 and "\n" not in paragraph and end[-1:] not in ".!?:;,"


def derive_title(lead: str, max_words: int = 14) -> str:
    """A title from the lead: its first sentence, cut at a clause or word boundary."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", lead.strip(), maxsplit=1)[0]
    words = sentence.split()
    if len(words) <= max_words:
        return sentence.rstrip(".") or sentence   # a lead of only full stops keeps them
    cut = " ".join(words[:max_words])
    comma = cut.rfind(",")
    if comma > len(cut) // 2:
        cut = cut[:comma]
    return cut.rstrip(",;: ") + "…"


# --- Markdown → plain text (for extraction only; rendering uses the real Markdown library) ---
_MD_RULES = [          # (a character the pattern needs, pattern, replacement)
    ("<", re.compile(r"<!--.*?-->", re.S), ""),
    ("[", re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    ("[", re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    ("[", re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    ("<", re.compile(r"<[^>\n]+>"), ""),
    ("", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    ("*", re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),
    ("_", re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    ("`", re.compile(r"`([^`]*)`"), r"\1"),
]
_MD_LINE_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_MD_FENCE_OR_RULE = re.compile(r"^\s*(```|~~~|[-*_]{3,}\s*$)")


def _markdown_block_text(block: str) -> str:
    lines = []
    for line in block.split("\n"):
        if _MD_REFDEF.match(line) or _MD_FENCE_OR_RULE.match(line):
            continue
        prev = None
        while prev != line:
            prev, line = line, _MD_LINE_PREFIX.sub("", line)
        lines.append(line.rstrip("#").rstrip() if line.lstrip().startswith("#") else line)
    text = " ".join(lines)
    for needed, pattern, repl in _MD_RULES:
        if needed in text:
            text = pattern.sub(repl, text)
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\\", "")
    return _WS.sub(" ", text).strip()


def find_articles(articles_dir: Path) -> list[Path]:
    """Article files under a folder, in a stable order (hidden files skipped)."""
    if not articles_dir.is_dir():
        return []
    return sorted(
        p for p in articles_dir.rglob("*")
        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(articles_dir).parts)
    )
