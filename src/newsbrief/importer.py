"""Import saved news web pages (``newsbrief import``): a page → a Markdown article.

A page saved from a browser holds the article among navigation, adverts, cookie banners,
related links, comments and a footer.  trafilatura finds the article's body and its
metadata (from JSON-LD, Open Graph and other meta tags, and the byline) offline, from the
local HTML.  Before that, elements whose class or id names them as adverts, promotions,
consent banners, newsletters or sharing tools are removed, since some sites put those
inside the article's body.  The result is ``content/articles/<slug>.md`` with front
matter: title, date, author, source (the site's name) and url (the canonical address).
"""

from __future__ import annotations

import datetime as dt
import re
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NewsbriefError
from .load import slugify
from .pipeline import is_reserved
from .scaffold import front_matter

MIN_WORDS = 20          # less than this is no article (a page of menus, or an error page)

# Class and id words of the boilerplate removed before extraction ("ad-slot", "tribune-mid-ad",
# "cookie-banner", "newsletter-signup" …): the words are split at '-', '_' and spaces.
BOILERPLATE_WORDS = frozenset({
    "ad", "ads", "adsbygoogle", "advert", "adverts", "advertisement", "advertising", "dfp", "gpt",
    "sponsor", "sponsored", "promo", "promotion", "outbrain", "taboola",
    "cookie", "cookies", "consent", "gdpr", "cky", "cmp",
    "newsletter", "signup", "subscribe", "paywall", "donate",
    "share", "sharing", "social",
})
# Never removed, whatever their class says: they hold the article.
_KEEP_TAGS = frozenset({"html", "body", "main", "article"})
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)


@dataclass
class Page:
    """What a saved page gives: its article's metadata and body (Markdown)."""

    path: Path
    title: str | None
    date: dt.date | None
    author: str | None
    source: str | None
    url: str | None
    body: str
    warnings: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.body.split())

    @property
    def slug(self) -> str:
        return slugify(self.title or "") or slugify(self.path.stem) or "article"

    def markdown(self) -> str:
        """The article file: front matter, then the body."""
        meta = {"title": self.title, "date": self.date, "author": self.author, "source": self.source,
                "url": self.url}
        return front_matter({k: v for k, v in meta.items() if v}) + "\n" + self.body.rstrip() + "\n"


def read_page(path: str | Path) -> Page:
    """Extract the article of one saved web page; a NewsbriefError (naming the file) when the
    file is not HTML or holds no article text."""
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NewsbriefError(f"cannot read file: {exc.strerror or exc}", path) from None
    head = data[:4096].lstrip().lower()
    if not data.strip() or b"\x00" in data[:4096] or not (b"<" in head and re.search(
            rb"<(!doctype html|html|head|body|meta|title|article|div|p)\b", data[:65536], re.I)):
        raise NewsbriefError("not an HTML page (save the web page as HTML, 'Web page, complete' or "
                             "'HTML only')", path)
    tree = load_html(data)
    if tree is None:
        raise NewsbriefError("not an HTML page: it could not be parsed", path)

    meta = extract_metadata(deepcopy(tree))
    drop_boilerplate(tree)
    body = trafilatura.extract(tree, output_format="markdown", favor_precision=True, include_comments=False,
                               include_tables=False, include_images=False, include_links=False,
                               deduplicate=False, with_metadata=False) or ""
    title = _clean(meta.title)
    body = re.sub(r"\n{3,}", "\n\n", _drop_title_heading(body.strip(), title))
    page = Page(path, title, _date(meta.date), _clean(meta.author), _clean(meta.sitename),
                _clean(meta.url) or _saved_from(data), body)
    if not body or page.words < MIN_WORDS:
        found = f"only {page.words} words" if body else "nothing"
        raise NewsbriefError(f"no article text found in the page ({found} outside navigation, adverts and "
                             "footers)", path)
    if not page.title:
        page.warnings.append(f"{path}: no title found; the build will take one from the first paragraph")
    if not page.date:
        page.warnings.append(f"{path}: no publication date found; the article is undated")
    return page


def drop_boilerplate(tree) -> int:
    """Remove elements whose class or id words name adverts, promotions, consent banners,
    newsletters or share buttons.  Returns how many were removed."""
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _KEEP_TAGS:
            continue
        words = set(_WORD_SPLIT.split(f"{el.get('class') or ''} {el.get('id') or ''}".lower()))
        if words & BOILERPLATE_WORDS and not _holds_article(el):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()              # keeps the text that follows the element
    return len(doomed)


def _holds_article(el) -> bool:
    """A headline or several long paragraphs inside: the article's own container, keep it."""
    if el.find(".//h1") is not None:
        return True
    return sum(1 for p in el.iter("p") if len(p.text_content()) > 150) >= 3


def _clean(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _saved_from(data: bytes) -> str | None:
    """The address in a browser's '<!-- saved from url=(N)… -->' comment, if there is one."""
    m = _SAVED_FROM.search(data[:4096].decode("utf-8", "replace"))
    return m.group(1) if m else None


def _drop_title_heading(body: str, title: str | None) -> str:
    """trafilatura may start the body with the headline as '# …': the front matter has it."""
    first, _, rest = body.partition("\n")
    if title and first.startswith("#") and _norm(first.lstrip("#")) == _norm(title):
        return rest.lstrip("\n")
    return body


def _norm(text: str) -> str:
    return " ".join(re.sub(r"\\(.)", r"\1", text).split()).casefold()


@dataclass
class Imported:
    page: Page
    path: Path           # the article written


def import_page(page_path: str | Path, articles_dir: Path, force: bool = False,
                taken: set[Path] | None = None) -> Imported:
    """Read one saved page and write it as ``articles_dir/<slug>.md``.  An existing article is
    kept unless ``force``; ``taken``: the files this run already wrote (never overwritten)."""
    page = read_page(page_path)
    slug = page.slug
    if is_reserved(slug):
        slug = f"{slug}-article"
    target = articles_dir / f"{slug}.md"
    if taken is not None and target in taken:
        raise NewsbriefError(f"gives the same article file as a page imported before it in this run: {target}",
                             page.path)
    if target.exists() and not force:
        raise NewsbriefError(f"{target} already exists; not overwritten (use --force to replace it)", page.path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(page.markdown(), encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        raise NewsbriefError(f"cannot write the article: {exc.strerror or exc}", target) from None
    if taken is not None:
        taken.add(target)
    return Imported(page, target)
