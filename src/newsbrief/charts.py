"""Pictures drawn at build time: static SVG, no JavaScript, each with a text alternative.

* ``timeline(topic)``: the dated briefings on a topic along a time axis (topic pages), a dot
  each, or a bar per month when there are more than ``MAX_DOTS`` (the page stays small).
* ``matrix(site)``: how often each speaker is quoted on each topic (front page).

Each function returns a ``Chart``: the inline ``<svg role="img">`` markup (with ``<title>``
and ``<desc>``) plus the rows of the data it shows, which the templates print as a
table beside it.  Colours come from the theme's CSS (``.chart`` classes), so the
pictures follow the light and dark schemes.  Output depends only on the site model:
the same site gives byte-identical SVG.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from markupsafe import Markup

from .model import Site, Topic

CHAR_W = 7.2          # rough width of one character at the chart's 12px font, for layout only
MAX_ROWS = 12         # speakers shown in the matrix
MAX_COLS = 10         # topics shown in the matrix
MAX_DOTS = 60         # a timeline with more dated briefings counts them by month instead


@dataclass
class Chart:
    svg: Markup
    title: str
    summary: str
    header: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)   # cells: str, int, or (text, path) for a link


def _x(text: str) -> str:
    return escape(str(text), quote=True)


def _num(v: float) -> str:
    """Coordinates with at most one decimal, so output is stable and short."""
    r = round(v, 1)
    return str(int(r)) if r == int(r) else str(r)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _long(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def _short(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


def timeline(topic: Topic, chart_id: str | None = None) -> Chart | None:
    """Dated briefings on ``topic`` as dots on a time axis; None when no briefing is dated."""
    dated = sorted((a for a in topic.articles if a.date), key=lambda a: (a.date, a.title.lower(), a.slug))
    if not dated:
        return None
    cid = chart_id or f"timeline-{topic.id}"
    undated = len(topic.articles) - len(dated)
    if len(dated) > MAX_DOTS:
        return _monthly_timeline(topic, dated, cid, undated)
    first, last = dated[0].date, dated[-1].date
    span = (last - first).days

    width, left, right, axis_y = 640, 24, 24, 70
    stack: dict[dt.date, int] = {}
    dots = []
    for a in dated:
        level = stack.get(a.date, 0)
        stack[a.date] = level + 1
        frac = 0.5 if span == 0 else (a.date - first).days / span
        x = left + frac * (width - left - right)
        dots.append((x, axis_y - 14 - level * 14, a))
    top = min(y for _, y, _ in dots) - 10
    height = axis_y + 30
    if top < 4:
        height += 4 - top
    shift = max(0.0, 4 - top)

    n = len(dated)
    title = f"Timeline of briefings on {topic.name}"
    plural = "s" if n != 1 else ""
    if span == 0:
        summary = f"{n} briefing{plural} on {topic.name}, dated {_long(first)}."
    else:
        summary = f"{n} briefing{plural} on {topic.name} between {_long(first)} and {_long(last)}."
        busiest = max(stack, key=lambda d: (stack[d], d))
        if stack[busiest] > 1:
            summary += f" The busiest day was {_long(busiest)}, with {stack[busiest]}."
    if undated:
        summary += f" {undated} undated briefing{'s are' if undated != 1 else ' is'} not shown."

    out = [f'<svg class="chart timeline" role="img" aria-labelledby="{cid}-title {cid}-desc" '
           f'viewBox="0 0 {width} {_num(height)}" width="{width}" height="{_num(height)}" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{cid}-title">{_x(title)}</title>',
           f'<desc id="{cid}-desc">{_x(summary)}</desc>',
           f'<g transform="translate(0 {_num(shift)})">' if shift else "<g>",
           f'<line class="axis" x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}"/>']
    ticks = [(first, left, "start")] if span else [(first, width / 2, "middle")]
    if span:
        ticks.append((last, width - right, "end"))
    for d, x, anchor in ticks:
        out.append(f'<line class="tick" x1="{_num(x)}" y1="{axis_y}" x2="{_num(x)}" y2="{axis_y + 5}"/>')
        out.append(f'<text x="{_num(x)}" y="{axis_y + 20}" text-anchor="{anchor}">{_x(_short(d))}</text>')
    for x, y, a in dots:
        out.append(f'<circle class="dot" cx="{_num(x)}" cy="{_num(y)}" r="6">'
                   f'<title>{_x(_long(a.date))}: {_x(a.title)}</title></circle>')
    out.append("</g></svg>")
    on_topic = topic.quotes_per_article()
    rows = [[_long(a.date), (a.title, a.path), on_topic[id(a)]] for a in dated]
    return Chart(Markup("\n".join(out)), title, summary, ["Date", "Briefing", "Quotes on this topic"], rows)


def _monthly_timeline(topic: Topic, dated: list, cid: str, undated: int) -> Chart:
    """The timeline of a topic with many briefings: one bar per month, as tall as the number of
    briefings that month (a dot each would grow without bound with the archive)."""
    def month(d: dt.date) -> int:
        return d.year * 12 + d.month - 1

    first, last = month(dated[0].date), month(dated[-1].date)
    count = [0] * (last - first + 1)
    quotes = [0] * (last - first + 1)
    for a in dated:
        count[month(a.date) - first] += 1
    for q in topic.quotes:
        if q.article.date:
            quotes[month(q.article.date) - first] += 1
    names = [dt.date(m // 12, m % 12 + 1, 1).strftime("%B %Y") for m in range(first, last + 1)]

    width, left, right, axis_y, tallest = 640, 24, 24, 90, 70
    step = (width - left - right) / len(count)
    most = max(count)
    n = len(dated)
    title = f"Timeline of briefings on {topic.name}"
    summary = f"{n} briefings on {topic.name} between {names[0]} and {names[-1]}, counted by month."
    busiest = max(range(len(count)), key=lambda i: (count[i], i))
    summary += f" The busiest month was {names[busiest]}, with {count[busiest]}."
    if undated:
        summary += f" {undated} undated briefing{'s are' if undated != 1 else ' is'} not shown."
    out = [f'<svg class="chart timeline" role="img" aria-labelledby="{cid}-title {cid}-desc" '
           f'viewBox="0 0 {width} {axis_y + 30}" width="{width}" height="{axis_y + 30}" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{cid}-title">{_x(title)}</title>',
           f'<desc id="{cid}-desc">{_x(summary)}</desc>',
           "<g>",
           f'<line class="axis" x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}"/>']
    for i, c in enumerate(count):
        if c:
            h = max(2.0, tallest * c / most)
            out.append(f'<rect class="bar" x="{_num(left + i * step + step * 0.1)}" y="{_num(axis_y - h)}" '
                       f'width="{_num(max(1.0, step * 0.8))}" height="{_num(h)}">'
                       f'<title>{_x(names[i])}: {c} briefing{"s" if c != 1 else ""}</title></rect>')
    ends = [(names[0], left, "start")] + ([(names[-1], width - right, "end")] if len(count) > 1 else [])
    for name, x, anchor in ends:
        out.append(f'<text x="{_num(x)}" y="{axis_y + 20}" text-anchor="{anchor}">{_x(name)}</text>')
    out.append("</g></svg>")
    rows = [[names[i], count[i], quotes[i]] for i in range(len(count)) if count[i]]
    return Chart(Markup("\n".join(out)), title, summary, ["Month", "Briefings", "Quotes on this topic"], rows)


def matrix(site: Site, chart_id: str = "speaker-topic-matrix") -> Chart | None:
    """Quote counts per speaker (rows) and topic (columns); None when no quote has a topic."""
    counts = site.speaker_topic_counts()
    if not counts:
        return None
    speaker_totals: dict[str, int] = {}
    topic_totals: dict[str, int] = {}
    for (sid, tid), c in counts.items():
        speaker_totals[sid] = speaker_totals.get(sid, 0) + c
        topic_totals[tid] = topic_totals.get(tid, 0) + c
    speakers = sorted((s for s in site.speakers if s.id in speaker_totals),
                      key=lambda s: (-speaker_totals[s.id], s.name.lower(), s.id))[:MAX_ROWS]
    topics = sorted((t for t in site.topics if t.id in topic_totals),
                    key=lambda t: (-topic_totals[t.id], t.name.lower(), t.id))[:MAX_COLS]
    hidden_s = len(speaker_totals) - len(speakers)
    hidden_t = len(topic_totals) - len(topics)
    top = max(counts.get((s.id, t.id), 0) for s in speakers for t in topics) or 1

    cell = 40
    names = [_clip(s.name, 28) for s in speakers]
    labels = [_clip(t.name, 24) for t in topics]
    left = int(max(len(n) for n in names) * CHAR_W) + 12
    head = int(max(len(t) for t in labels) * CHAR_W * 0.72) + 18   # labels run at -45°
    width = left + cell * len(topics) + head // 2 + 8
    height = head + cell * len(speakers) + 4

    best = max(((counts.get((s.id, t.id), 0), s, t) for s in speakers for t in topics),
               key=lambda c: (c[0], -speakers.index(c[1]), -topics.index(c[2])))
    title = "Who spoke about what"
    summary = (f"Number of quotes by each of the {len(speakers)} most quoted speakers (rows) on each of "
               f"the {len(topics)} most discussed topics (columns). The most frequent pairing is "
               f"{best[1].name} on {best[2].name}, with {best[0]} quote{'s' if best[0] != 1 else ''}.")
    if hidden_s or hidden_t:
        summary += " Speakers and topics with fewer quotes are left out."

    out = [f'<svg class="chart matrix" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
           f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{chart_id}-title">{_x(title)}</title>',
           f'<desc id="{chart_id}-desc">{_x(summary)}</desc>']
    for j, label in enumerate(labels):
        x = left + j * cell + cell / 2
        out.append(f'<text class="col" transform="translate({_num(x)} {head - 6}) rotate(-45)">{_x(label)}</text>')
    for i, (s, name) in enumerate(zip(speakers, names, strict=True)):
        y = head + i * cell
        out.append(f'<text class="row" x="{left - 8}" y="{_num(y + cell / 2 + 4)}" text-anchor="end">{_x(name)}</text>')
        for j, t in enumerate(topics):
            c = counts.get((s.id, t.id), 0)
            level = -(-c * 4 // top)   # 0 for none, else 1–4 by share of the largest count
            x = left + j * cell
            out.append(f'<rect class="cell l{level}" x="{x + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}">'
                       f'<title>{_x(s.name)} on {_x(t.name)}: {c} quote{"s" if c != 1 else ""}</title></rect>')
            if c:
                out.append(f'<text class="n l{level}" x="{_num(x + cell / 2)}" y="{_num(y + cell / 2 + 4)}" '
                           f'text-anchor="middle">{c}</text>')
    out.append("</svg>")
    rows = [[(s.name, s.path)] + [counts.get((s.id, t.id), 0) for t in topics] for s in speakers]
    header = ["Speaker"] + [t.name for t in topics]
    return Chart(Markup("\n".join(out)), title, summary, header, rows)
