"""Issue 5, point 4: pictures drawn at build time as static SVG with text alternatives — a
timeline on each topic page and a speaker × topic matrix on the front page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from browser.fixture import build_site, make_project
from newsbrief import charts
from newsbrief.config import Config
from newsbrief.load import parse_article
from newsbrief.model import build_site as build_model

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    root = tmp_path_factory.mktemp("charts")
    build_site(make_project(root), root / "out")
    return root / "out"


def svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", html, re.S)]


def check_accessible(svg: ET.Element) -> tuple[str, str]:
    """role=img, named by its <title> and described by its <desc>; nothing interactive or scripted."""
    assert svg.get("role") == "img"
    title = svg.find(f"{SVG}title")
    desc = svg.find(f"{SVG}desc")
    assert title is not None and desc is not None
    assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    for el in svg.iter():
        assert el.tag not in (f"{SVG}script", f"{SVG}a", f"{SVG}foreignObject"), el.tag
        assert not any(k.startswith("on") for k in el.attrib), el.attrib
    assert svg.get("viewBox")
    return title.text, desc.text


def test_front_page_has_the_speaker_topic_matrix_with_a_data_table(out):
    html = (out / "index.html").read_text(encoding="utf-8")
    (svg,) = svgs(html)
    title, desc = check_accessible(svg)
    assert title == "Who spoke about what"
    assert "Maria Lopez on Energy prices, with 2 quotes" in desc
    rows = [t.text for t in svg.iter(f"{SVG}text") if "row" in (t.get("class") or "")]
    cols = [t.text for t in svg.iter(f"{SVG}text") if "col" in (t.get("class") or "").split()]
    assert rows == ["Maria Lopez", "Northwind Power", "José Ramos", "Priya Nair"]
    assert cols == ["Energy prices", "Power grid", "Climate policy"]
    cells = [c.find(f"{SVG}title").text for c in svg.iter(f"{SVG}rect")]
    assert "Maria Lopez on Energy prices: 2 quotes" in cells and "José Ramos on Power grid: 0 quotes" in cells
    # the same numbers as a table, after the picture
    table = html[html.index("</svg>"):]
    assert "<details" in table and "<table" in table and "<caption>" in table
    assert re.search(r'<th scope="row"><a href="speakers/maria-lopez.html">Maria Lopez</a></th>'
                     r'<td class="num">2</td><td class="num">1</td><td class="num">1</td>', table)


def test_topic_pages_have_a_timeline_of_their_dated_articles(out):
    html = (out / "topics" / "energy-prices.html").read_text(encoding="utf-8")
    (svg,) = svgs(html)
    title, desc = check_accessible(svg)
    assert title == "Timeline of briefings on Energy prices"
    assert desc == "3 briefings on Energy prices between 4 March 2024 and 2 April 2024."
    dots = [c.find(f"{SVG}title").text for c in svg.iter(f"{SVG}circle")]
    assert dots == ["4 March 2024: Minister unveils plan to rebuild the national grid",
                    "18 March 2024: Energy bill support extended in spring budget",
                    "2 April 2024: Climate targets tighten as prices ease"]
    xs = [float(c.get("cx")) for c in svg.iter(f"{SVG}circle")]
    assert xs == sorted(xs) and xs[0] < xs[1] < xs[2]
    # 4 March → 18 March is 14 of 29 days: the middle dot sits near the middle
    assert 0.4 < (xs[1] - xs[0]) / (xs[2] - xs[0]) < 0.55


def test_a_timeline_says_what_it_leaves_out(out):
    html = (out / "topics" / "climate-policy.html").read_text(encoding="utf-8")
    (svg,) = svgs(html)
    _, desc = check_accessible(svg)
    assert desc == "1 briefing on Climate policy, dated 2 April 2024. 1 undated briefing is not shown."


def test_articles_on_the_same_day_are_stacked_not_hidden():
    def art(slug, date):
        return (parse_article(f"---\ntitle: {slug}\nslug: {slug}\n---\nText.\n", f"{slug}.md"),
                {"title": slug, "date": date, "speakers": [], "quotes": [], "entities": {}, "provenance": {},
                 "topics": [{"id": "t", "name": "T <&>"}]})
    site = build_model(Config(), [art("a", "2024-01-01"), art("b", "2024-01-01"), art("c", "2024-01-03")])
    chart = charts.timeline(site.topics[0])
    svg = ET.fromstring(str(chart.svg))
    points = [(c.get("cx"), c.get("cy")) for c in svg.iter(f"{SVG}circle")]
    assert len(set(points)) == 3 and points[0][0] == points[1][0]
    assert "The busiest day was 1 January 2024, with 2." in chart.summary
    assert svg.find(f"{SVG}title").text == "Timeline of briefings on T <&>"     # escaped, parsed back


def test_a_topic_with_many_briefings_is_counted_by_month():
    def art(n, date):
        return (parse_article(f"---\ntitle: A{n}\nslug: a{n}\n---\nText.\n", f"a{n}.md"),
                {"title": f"A{n}", "date": date, "speakers": [], "quotes": [], "entities": {}, "provenance": {},
                 "topics": [{"id": "t", "name": "T"}]})
    # 100 briefings: 70 in January 2024, none in February, 30 in March
    dates = [f"2024-01-{1 + n % 28:02d}" for n in range(70)] + [f"2024-03-{1 + n % 28:02d}" for n in range(30)]
    site = build_model(Config(), [art(n, d) for n, d in enumerate(dates)])
    chart = charts.timeline(site.topics[0])
    svg = ET.fromstring(str(chart.svg))
    assert not list(svg.iter(f"{SVG}circle"))
    bars = [r.find(f"{SVG}title").text for r in svg.iter(f"{SVG}rect")]
    assert bars == ["January 2024: 70 briefings", "March 2024: 30 briefings"]
    heights = [float(r.get("height")) for r in svg.iter(f"{SVG}rect")]
    assert heights[0] > heights[1] and abs(heights[0] / heights[1] - 70 / 30) < 0.01
    assert chart.summary == ("100 briefings on T between January 2024 and March 2024, counted by month. "
                             "The busiest month was January 2024, with 70.")
    assert chart.header == ["Month", "Briefings", "Quotes on this topic"]
    assert chart.rows == [["January 2024", 70, 0], ["March 2024", 30, 0]]


def test_no_chart_when_there_is_nothing_to_draw():
    site = build_model(Config(), [])
    assert charts.matrix(site) is None


def test_charts_are_deterministic(tmp_path, out):
    build_site(make_project(tmp_path), tmp_path / "again")
    for page in ("index.html", "topics/grid.html"):
        assert (out / page).read_bytes() == (tmp_path / "again" / page).read_bytes()
