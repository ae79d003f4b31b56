"""A site's own templates/ overrides the default theme file by file: what is there wins, and
everything else still comes from the theme.  Also: docs/templates.md covers every variable
the pages get."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import REPO_ROOT, parse_html
from newsbrief.config import load_config
from newsbrief.pipeline import build
from newsbrief.render import default_theme_dir, make_environment, page_specs
from newsbrief.scaffold import SAMPLE_SLUG, init_site

THEME = default_theme_dir()


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    init_site(tmp_path / "site")
    return tmp_path / "site"


def _build(site: Path):
    config = load_config(site)
    report = build(config, strict=True)
    assert not report.errors
    return config.output_dir


def _page(out: Path, rel: str):
    return parse_html((out / rel).read_text(encoding="utf-8"))


def test_without_overrides_every_page_comes_from_the_theme(site):
    out = _build(site)
    for rel in ("index.html", f"articles/{SAMPLE_SLUG}.html", "speakers/index.html", "topics/index.html"):
        footer = _page(out, rel).find("footer")
        assert "Built with newsbrief" in footer.text, rel


def test_an_overridden_base_is_used_by_every_page_of_the_theme(site):
    theme_base = (THEME / "base.html").read_text(encoding="utf-8")
    mine = re.sub(r"<footer class=\"site-footer\">.*?</footer>",
                  '<footer class="site-footer"><p id="my-footer">The Riverside newsroom</p></footer>',
                  theme_base, flags=re.S)
    assert mine != theme_base
    (site / "templates" / "base.html").write_text(mine, encoding="utf-8")
    out = _build(site)
    for rel in ("index.html", "articles/index.html", f"articles/{SAMPLE_SLUG}.html", "speakers/index.html",
                "speakers/amira-haddad.html", "topics/index.html", "topics/libraries.html", "search.html",
                "404.html"):
        doc = _page(out, rel)
        assert doc.by_id("my-footer") is not None, rel
        assert "Built with newsbrief" not in doc.text, rel
        assert doc.find("main") is not None and doc.find("h1") is not None, rel   # the theme's content


def test_one_overridden_page_leaves_the_others_to_the_theme(site):
    (site / "templates" / "article.html").write_text(
        '{% extends "base.html" %}\n{% block content %}<h1 id="mine">{{ article.title }}</h1>'
        '<p class="who">{% for s in article.speakers %}{{ s.name }};{% endfor %}</p>{% endblock %}\n',
        encoding="utf-8")
    out = _build(site)
    article = _page(out, f"articles/{SAMPLE_SLUG}.html")
    assert article.by_id("mine").text == "Riverside library to stay open on Sundays after volunteers step in"
    assert article.find("p", class_="who").text == "Amira Haddad;Tom Ellery;"
    assert article.by_id("key-quotes") is None                         # the theme's article page is not used
    assert "Built with newsbrief" in article.find("footer").text        # but the theme's base is
    speaker = _page(out, "speakers/amira-haddad.html")                  # other pages: the theme's
    assert speaker.find("h1").text == "Amira Haddad" and speaker.find("figure", class_="quote direct")


def test_static_files_are_overridden_the_same_way(site):
    (site / "templates" / "static").mkdir()
    (site / "templates" / "static" / "style.css").write_text("body { color: teal }\n", encoding="utf-8")
    (site / "templates" / "static" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>\n",
                                                            encoding="utf-8")
    out = _build(site)
    assert (out / "static" / "style.css").read_text(encoding="utf-8") == "body { color: teal }\n"
    assert (out / "static" / "logo.svg").is_file()
    assert (out / "static" / "favicon.svg").read_bytes() == (THEME / "static" / "favicon.svg").read_bytes()


def test_the_loader_searches_the_site_first_then_the_theme(tmp_path):
    (tmp_path / "index.html").write_text("mine", encoding="utf-8")
    env = make_environment(tmp_path)
    assert Path(env.get_template("index.html").filename).parent == tmp_path
    assert Path(env.get_template("topic.html").filename).parent == THEME
    assert Path(make_environment(tmp_path / "missing").get_template("index.html").filename).parent == THEME


def test_an_error_in_an_override_names_the_template(site):
    from click.testing import CliRunner

    from newsbrief.cli import main

    (site / "templates" / "topic.html").write_text('{% extends "base.html" %}\n{% block content %}\n'
                                                   "{{ topic.no_such_thing }}\n{% endblock %}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--project", str(site)])
    assert result.exit_code == 1
    assert "topic.html" in result.stderr and "Traceback" not in result.output


# --- docs/templates.md ---------------------------------------------------------------------------

DOC = REPO_ROOT / "docs" / "templates.md"


def test_the_doc_names_every_template_and_its_variables():
    doc = DOC.read_text(encoding="utf-8")
    templates = sorted(p.name for p in THEME.glob("*.html"))
    for name in templates:
        assert f"`{name}`" in doc, name
    from newsbrief.charts import Chart
    from newsbrief.model import ArticlePage, Quote, Site, Speaker, Topic
    specs_ctx = {k for spec in _specs() for k in spec.ctx}
    for var in {"site", "config", "page", "root", "article", "speaker", "topic", "timeline"} | specs_ctx:
        assert f"`{var}`" in doc, var
    for cls in (Site, ArticlePage, Speaker, Topic, Quote, Chart):
        public = {n for n in vars(cls).get("__dataclass_fields__", {}) if not n.startswith("_")}
        public |= {n for n, v in vars(cls).items() if isinstance(v, property)}
        for name in public - {"article_page", "site_speaker_ids", "id_num"}:
            assert re.search(rf"`(\w+\.)?{name}`", doc), f"{cls.__name__}.{name}"
    for f in ("datefmt", "safe_url", "plural"):
        assert f"`{f}`" in doc, f


def _specs():
    from newsbrief.config import Config
    from newsbrief.model import build_site
    return page_specs(build_site(Config(), []))


def test_the_page_dict_keys_are_documented(site):
    """Render with a template that prints the keys of ``page``: each must be in the doc."""
    (site / "templates" / "404.html").write_text('{% extends "base.html" %}{% block content %}'
                                                 '<p id="keys">{{ page.keys()|sort|join(",") }}</p>'
                                                 '{% endblock %}', encoding="utf-8")
    out = _build(site)
    keys = _page(out, "404.html").by_id("keys").text.split(",")
    doc = DOC.read_text(encoding="utf-8")
    assert keys
    for key in keys:
        assert f"`page.{key}`" in doc, key
