"""Helpers shared by the tests: demo project copies, builds, and a small HTML reader."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_SLUG = "us-india-technology-ties"


def copy_demo(dest: Path, briefings: bool = True) -> Path:
    """Copy the repo's demo project (newsbrief.yaml and content/) into ``dest``; return ``dest``.

    ``briefings=False`` leaves out content/briefings/, so the build extracts every article afresh
    with the current extractor instead of reusing the stored briefings."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO_ROOT / "newsbrief.yaml", dest / "newsbrief.yaml")
    ignore = None if briefings else shutil.ignore_patterns("briefings")
    shutil.copytree(REPO_ROOT / "content", dest / "content", ignore=ignore)
    return dest


@dataclass
class BuiltSite:
    project: Path
    out: Path
    report: object

    def page(self, rel: str) -> str:
        return (self.out / rel).read_text(encoding="utf-8")


def build_demo(project: Path, out: Path, **overrides) -> BuiltSite:
    from newsbrief.config import load_config
    from newsbrief.pipeline import build

    config = load_config(project, content_dir=project / "content", output_dir=out, **overrides)
    report = build(config)
    assert not report.errors, [str(e) for e in report.errors]
    return BuiltSite(project, out, report)


def write_article(folder: Path, name: str, text: str) -> Path:
    """Write an article file (UTF-8) under ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- a small HTML reader (html.parser), enough to ask what a reader of the page sees ---

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict
    parent: "Node | None" = None

    def __post_init__(self):
        self.children: list = []   # Node or str

    def iter(self):
        """This node and every element below it, in document order."""
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, **attrs) -> list["Node"]:
        out = []
        for n in self.iter():
            if tag is not None and n.tag != tag:
                continue
            if all(_attr_matches(n.attrs.get(k.rstrip("_")), v) for k, v in attrs.items()):
                out.append(n)
        return out

    def find(self, tag: str | None = None, **attrs) -> "Node | None":
        found = self.find_all(tag, **attrs)
        return found[0] if found else None

    def by_id(self, id_: str) -> "Node | None":
        return self.find(id=id_)

    def section_of(self, heading_id: str) -> "Node | None":
        """The element that contains the heading with this id (its <section>)."""
        h = self.by_id(heading_id)
        return h.parent if h is not None else None

    @property
    def text(self) -> str:
        parts = []
        for c in self.children:
            parts.append(c if isinstance(c, str) else c.text)
        return " ".join(" ".join(parts).split())

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()


def _attr_matches(value, wanted) -> bool:
    if wanted is True:
        return value is not None
    if value is None:
        return False
    if callable(wanted):
        return bool(wanted(value))
    return value == wanted


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_html(text: str) -> Node:
    p = _TreeBuilder()
    p.feed(text)
    p.close()
    return p.root


def links(doc: Node) -> list[tuple[str, str, str]]:
    """(tag, attribute, url) of every href and src in the page."""
    out = []
    for n in doc.iter():
        for attr in ("href", "src"):
            if attr in n.attrs:
                out.append((n.tag, attr, n.attrs[attr]))
    return out


def link_to(doc: Node, text: str) -> str | None:
    """The href of the first link whose visible text is ``text``."""
    for a in doc.find_all("a", href=True):
        if a.text == text:
            return a.attrs["href"]
    return None
