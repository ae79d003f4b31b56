"""Issue 4.5 — no script from content reaches a page.

Script payloads go through every field a writer or editor controls — title, Markdown and
plain-text bodies, a quote the extractor finds, a speaker (in an edited briefing), a topic
(content/topics.yaml), source, url, summary, author and the site's own title — then every
HTML page is parsed and must have no <script> but the theme's own, no on* attribute and no
javascript: (or other script) URL.  JSON and XML outputs are checked too.
"""

from __future__ import annotations

import json
import posixpath
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief import store
from newsbrief.cli import main

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS = "javascript:alert(1)"
ALL = f"{SCRIPT} {IMG} {JS}"
# How a payload may hide in Markdown or HTML: raw tags, links, entities, odd case and spacing.
MD_BODY = f"""
{SCRIPT}

{IMG}

<svg onload="alert(1)"><circle r="1"/></svg> <iframe src="{JS}"></iframe>

<a href="{JS}">a raw link</a> and <a href=" JaVaScRiPt:alert(1)">another</a> and [a Markdown link]({JS})
and ![an image](javascript:alert(1)) and <form action="{JS}"><button formaction="{JS}">go</button></form>

<div style="background:url(javascript:alert(1))" onclick="alert(1)">styled</div>

“&lt;script&gt;alert(1)&lt;/script&gt; is our plan,” said Jane Doe, the transport minister.

“{IMG} and {JS} will not stop us,” said Jane Doe.
"""
TXT_BODY = f"""{SCRIPT} headline

The council met on Monday. {SCRIPT} {IMG} <a href="{JS}">link</a>

“{SCRIPT} {IMG} {JS} is the plan,” said Tom Smith, the opposition leader.
"""
BAD_URLS = [JS, " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "java\tscript:alert(1)"]
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
THEME_SCRIPT_DIRS = ("static/", "pagefind/")


def front_matter(url: str, slug: str) -> str:
    return (f"---\ntitle: '{ALL}'\nslug: {slug}\nsource: '{ALL}'\nurl: '{url}'\nsummary: '{ALL}'\n"
            f"author: '{ALL}'\ntopics: ['{ALL}', bridges]\ndate: 2024-05-01\n---\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("xss") / "project"
    articles = project / "content" / "articles"
    articles.mkdir(parents=True)
    for n, url in enumerate(BAD_URLS):
        (articles / f"md-{n}.md").write_text(front_matter(url, f"md-{n}") + MD_BODY, encoding="utf-8")
    (articles / "plain.txt").write_text(TXT_BODY, encoding="utf-8")
    (project / "content" / "topics.yaml").write_text(
        f"- id: bridges\n  name: '{ALL}'\n  description: '{ALL}'\n  keywords: [council, plan]\n", encoding="utf-8")
    (project / "newsbrief.yaml").write_text(f"title: '{ALL}'\ndescription: '{ALL}'\nauthor: '{ALL}'\n",
                                            encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["build", "--project", str(project)])
    assert result.exit_code == 0, result.output

    # The extractor really found the payload quotes (so they went through the quote path).
    quotes = [q["text"] for b in (project / "content" / "briefings").glob("*.yaml")
              for q in store.load_briefing(b)["quotes"]]
    assert any("<script>" in q for q in quotes), quotes
    assert any("onerror" in q for q in quotes), quotes

    # An editor puts the payload in a speaker's name, role and aliases, and in the entities.
    path = project / "content" / "briefings" / "md-0.yaml"
    b = store.load_briefing(path)
    assert b["speakers"], b
    for s in b["speakers"]:
        s.update(name=f"{ALL} {s['name']}", role=ALL, aliases=[ALL])
    b["entities"] = {"people": [ALL], "organizations": [ALL], "places": [ALL]}
    b["title"], b["url"], b["source"], b["summary"] = ALL, JS, ALL, ALL
    store.write_briefing(path, b)
    result = runner.invoke(main, ["build", "--project", str(project)])
    assert result.exit_code == 0, result.output
    assert "1 edited kept" in result.output
    return project / "site"


class _Audit(HTMLParser):
    """Collects what a browser would run: script elements, event handlers, script URLs."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.problems: list[str] = []
        self._script: dict | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        where = f"{self.page}:{self.getpos()[0]}"
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{where}: <{tag} {name}=...> event handler")
            if value is not None and name in ("href", "src", "action", "formaction", "xlink:href", "data",
                                              "poster", "background", "srcset", "style") and _scripty(value):
                self.problems.append(f"{where}: <{tag} {name}={value!r}> script URL")
        if tag in ("iframe", "object", "embed", "frame"):
            self.problems.append(f"{where}: <{tag}> element")
        if tag == "script":
            self._script = dict(attrs)
            self._script_text = []

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self._script is not None:
            self._script_text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            problem = _script_problem(self.page, self._script, "".join(self._script_text))
            if problem:
                self.problems.append(f"{self.page}:{self.getpos()[0]}: {problem}")
            self._script = None


def _scripty(value: str) -> bool:
    squashed = "".join(value.split()).lower()
    return any(s in squashed for s in SCRIPT_SCHEMES)


def _script_problem(page: str, attrs: dict, text: str) -> str | None:
    """None for the theme's own scripts: a file under static/ or pagefind/, or JSON-LD data."""
    src = attrs.get("src")
    if src is not None:
        if text.strip():
            return "<script src> with inline code"
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), src))
        return None if target.startswith(THEME_SCRIPT_DIRS) else f"<script src={src!r}> not a theme file"
    if attrs.get("type") in ("application/ld+json", "application/json"):
        if "<" in text:
            return "JSON in a <script> with a raw '<' (could close the element)"
        try:
            data = json.loads(text)
        except ValueError:
            return "<script type=json> that is not JSON"
        bad = [v for v in _strings(data) if _scripty(v) and v.strip().lower().startswith(SCRIPT_SCHEMES)]
        return f"script URL in JSON-LD: {bad[0]!r}" if bad else None
    return f"inline <script>: {text[:60]!r}"


def _strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def audit_html(text: str, page: str) -> list[str]:
    parser = _Audit(page)
    parser.feed(text)
    parser.close()
    return parser.problems


def files(site: Path, suffix: str) -> list[Path]:
    return sorted(p for p in site.rglob(f"*{suffix}") if "pagefind" not in p.relative_to(site).parts)


def test_the_payloads_reached_the_site_as_text(site):
    """The test is only worth something if the payloads are on the pages — shown, not run."""
    page = (site / "articles" / "md-1.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    speakers = (site / "speakers" / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in speakers
    topics = (site / "topics" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in topics


def test_no_page_runs_a_script_from_content(site):
    pages = files(site, ".html")
    assert len(pages) > 10
    problems = [p for page in pages
                for p in audit_html(page.read_text(encoding="utf-8"), page.relative_to(site).as_posix())]
    assert problems == []


def test_the_auditor_catches_what_it_should():
    assert audit_html(f"<p>{SCRIPT}</p>", "a.html")
    assert audit_html(f"<p>{IMG}</p>", "a.html")
    assert audit_html(f'<a href=" {JS}">x</a>', "a.html")
    assert audit_html('<script src="../evil.js"></script>', "a/b.html")
    assert audit_html('<script type="application/ld+json">{"a": "</script><script>alert(1)"}</script>', "a.html")
    assert not audit_html('<script src="../static/search.js"></script>', "a/b.html")
    assert not audit_html('<script type="application/ld+json">{"a": "\\u003cscript\\u003e"}</script>', "a.html")


def test_json_outputs_are_json_and_carry_no_script_urls(site):
    for path in files(site, ".json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        bad = [s for s in _strings(data) if s.strip().lower().replace("\t", "").startswith(SCRIPT_SCHEMES)]
        assert bad == [], path


def test_xml_outputs_are_well_formed_and_their_html_is_safe(site):
    for path in files(site, ".xml"):
        root = ET.parse(path).getroot()
        rel = path.relative_to(site).as_posix()
        for el in root.iter():
            local = el.tag.rsplit("}", 1)[-1]
            for name, value in el.attrib.items():
                assert not name.lower().startswith("on"), (rel, local, name)
                if name in ("href", "src", "uri"):
                    assert not _scripty(value), (rel, local, value)
            if local in ("link", "loc", "url") and el.text:
                assert not _scripty(el.text), (rel, local, el.text)
            atom = el.tag.startswith("{http://www.w3.org/2005/Atom}")
            as_html = el.get("type") in ("html", "xhtml") if atom else local in ("description", "encoded")
            if el.text and as_html:   # Atom text constructs are plain text unless type="html"
                assert audit_html(el.text, rel) == [], (rel, local, el.text[:200])


def test_check_finds_no_script_links_either(site):
    from newsbrief.check import CheckReport, check_links
    report = CheckReport()
    check_links(site, report)
    assert [str(e) for e in report.errors if "unsafe" in str(e)] == []
