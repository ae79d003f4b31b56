"""Issue 5, point 5: across articles, one person is one speaker page; a topic page lists its
articles by date and its quotes by speaker.  The model is fed hand-made briefings, so these
tests do not depend on what the extractor finds."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from newsbrief.config import Config
from newsbrief.load import parse_article
from newsbrief.model import build_site


def item(slug: str, speakers: list[dict], quotes: list[dict], topics: list[dict] | None = None,
         date: str | None = "2024-03-01"):
    article = parse_article(f"---\ntitle: {slug}\nslug: {slug}\n---\nBody of {slug}.\n", f"{slug}.md")
    briefing = {"title": slug.replace("-", " ").title(), "date": date, "speakers": speakers, "quotes": quotes,
                "topics": topics or [], "entities": {}, "provenance": {}}
    return article, briefing


def sp(id_, name, kind="person", role=None, aliases=()):
    return {"id": id_, "name": name, "kind": kind, "role": role, "aliases": list(aliases)}


def q(speaker, text, topics=(), kind="direct"):
    return {"kind": kind, "speaker": speaker, "text": text, "topics": list(topics)}


def speaker_named(site, name):
    found = [s for s in site.speakers if s.name == name]
    assert len(found) == 1, [s.name for s in site.speakers]
    return found[0]


def test_the_same_full_name_in_two_articles_is_one_speaker():
    site = build_site(Config(), [
        item("first", [sp("kc", "Kurt Campbell", role="Deputy Secretary of State")], [q("kc", "One.")]),
        item("second", [sp("kurt-campbell", "Kurt Campbell")], [q("kurt-campbell", "Two.")]),
    ])
    assert len(site.speakers) == 1
    s = site.speakers[0]
    assert s.path == "speakers/kurt-campbell.html"
    assert [a.slug for a in s.articles] == ["first", "second"]   # same date: by title
    assert sorted(x.text for x in s.quotes) == ["One.", "Two."]
    assert s.roles == ["Deputy Secretary of State"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_names_merge_whatever_the_order_of_the_articles(order):
    """A bare surname, a name without its accent and an alias all join the one person, and the
    result does not depend on which article comes first."""
    items = [
        item("a", [sp("lopez", "Lopez")], [q("lopez", "Bare surname.")]),
        item("b", [sp("maria-lopez", "María López", aliases=["Minister María López"]),
                   sp("ramos", "José Ramos")], [q("maria-lopez", "Full name."), q("ramos", "Accented.")]),
        item("c", [sp("ml", "Maria Lopez"), sp("jr", "Jose Ramos")], [q("ml", "No accent."), q("jr", "Plain.")]),
    ]
    site = build_site(Config(), [items[i] for i in order])
    names = sorted(s.name for s in site.speakers)
    assert len(names) == 2, names
    lopez = next(s for s in site.speakers if "lopez" in s.id)
    ramos = next(s for s in site.speakers if "ramos" in s.id)
    assert sorted(x.text for x in lopez.quotes) == ["Bare surname.", "Full name.", "No accent."]
    assert sorted(x.text for x in ramos.quotes) == ["Accented.", "Plain."]
    assert len(lopez.articles) == 3
    assert lopez.id != "lopez", "the page is named after the full name, not the bare surname"


def test_a_bare_surname_shared_by_two_people_is_not_guessed():
    site = build_site(Config(), [
        item("a", [sp("a", "Anna Smith")], [q("a", "A.")]),
        item("b", [sp("b", "John Smith")], [q("b", "B.")]),
        item("c", [sp("c", "Smith")], [q("c", "C.")]),
    ])
    assert sorted(s.name for s in site.speakers) == ["Anna Smith", "John Smith", "Smith"]


def test_an_organisation_is_not_merged_into_a_person_by_surname():
    site = build_site(Config(), [
        item("a", [sp("a", "Jane Reuters")], [q("a", "A.")]),
        item("b", [sp("b", "Reuters", kind="organization")], [q("b", "B.")]),
    ])
    assert sorted((s.name, s.kind) for s in site.speakers) == [("Jane Reuters", "person"),
                                                              ("Reuters", "organization")]


def test_roles_are_kept_once_whatever_their_case():
    site = build_site(Config(), [
        item("a", [sp("a", "Maria Lopez", role="Energy Minister")], [q("a", "A.")]),
        item("b", [sp("b", "Maria Lopez", role="energy minister")], [q("b", "B.")]),
    ])
    assert site.speakers[0].roles == ["Energy Minister"]


def test_each_article_maps_its_briefing_speakers_to_site_speakers():
    site = build_site(Config(), [
        item("a", [sp("x", "Maria Lopez")], [q("x", "A.")]),
        item("b", [sp("y", "Lopez")], [q("y", "B.")]),
    ])
    by_slug = {a.slug: a for a in site.articles}
    assert by_slug["a"].site_speaker_ids == {"x": "maria-lopez"}
    assert by_slug["b"].site_speaker_ids == {"y": "maria-lopez"}


def test_a_topic_lists_its_articles_newest_first_and_its_quotes_by_speaker():
    energy = {"id": "energy", "name": "Energy", "mentions": 1}
    site = build_site(Config(), [
        item("old", [sp("a", "Ann Lee"), sp("b", "Bo Chan")],
             [q("a", "Old A.", ["energy"]), q("b", "Old B.", ["energy"])], [energy], date="2024-01-05"),
        item("new", [sp("a", "Ann Lee")], [q("a", "New A.", ["energy"]), q("a", "Off topic.")], [energy],
             date="2024-02-10"),
        item("undated", [sp("c", "Cy Dee")], [q("c", "Undated C.", ["energy"]), q(None, "Nobody.", ["energy"])],
             [energy], date=None),
    ])
    topic = site.topics[0]
    assert [a.slug for a in topic.articles] == ["new", "old", "undated"]
    assert [a.date for a in topic.articles] == [dt.date(2024, 2, 10), dt.date(2024, 1, 5), None]
    groups = [(s.name if s else None, [x.text for x in quotes]) for s, quotes in topic.quotes_by_speaker]
    assert groups == [("Ann Lee", ["New A.", "Old A."]), ("Bo Chan", ["Old B."]), ("Cy Dee", ["Undated C."]),
                      (None, ["Nobody."])]
    ann = speaker_named(site, "Ann Lee")
    assert [t.id for t in ann.topics] == ["energy"]


def test_site_updated_is_the_newest_article_date():
    site = build_site(Config(), [item("a", [], [], date="2024-01-05"), item("b", [], [], date="2024-03-01"),
                                 item("c", [], [], date=None)])
    assert site.updated == dt.date(2024, 3, 1)
    assert build_site(Config(), [item("c", [], [], date=None)]).updated is None


# --- counts from the records' tallies, quotes made when read ----------------------------------------

def _counted_from_quotes(site) -> dict:
    """Every count the site model gives without making quotes, worked out from the quotes
    themselves (as the model did before it counted from the records' tallies)."""
    from collections import Counter

    by_speaker: dict = {s.id: [] for s in site.speakers}
    by_topic: dict = {t.id: [] for t in site.topics}
    for a in site.articles:
        for x in a.quotes:
            if x.speaker:
                by_speaker[x.speaker.id].append(x)
            for t in x.topics:
                by_topic[t.id].append(x)
    out = {}
    for s in site.speakers:
        made = by_speaker[s.id]
        topics: dict = {}
        for x in made:
            for t in x.topics:
                topics[t.id] = (topics.get(t.id, (0, t))[0] + 1, t)
        assert made == list(s.quotes)
        out[s.id] = (len(made), [t.id for _, t in sorted(topics.values(),
                                                           key=lambda c: (-c[0], c[1].name.lower(), c[1].id))])
    for t in site.topics:
        made = by_topic[t.id]
        assert made == list(t.quotes)
        groups: dict = {}
        for x in made:
            groups.setdefault(x.speaker.id if x.speaker else "", (x.speaker, []))[1].append(x)
        ordered = sorted(groups.values(), key=lambda g: (g[0] is None, -len(g[1]), g[0].name if g[0] else ""))
        out[t.id] = (len(made), [(s.id, len(qs)) for s, qs in ordered if s is not None],
                     Counter(id(x.article) for x in made))
    out["matrix"] = dict(Counter((s.id, t.id) for s in site.speakers for x in by_speaker[s.id] for t in x.topics))
    return out


def _counted(site) -> dict:
    out = {s.id: (len(s.quotes), [t.id for t in s.topics]) for s in site.speakers}
    out.update({t.id: (len(t.quotes), [(s.id, n) for s, n in t.speaker_counts], t.quotes_per_article())
                for t in site.topics})
    out["matrix"] = site.speaker_topic_counts()
    return out


def test_counts_come_from_the_records_and_agree_with_the_quotes():
    """A speaker's and a topic's quotes are counted (and ordered) from the articles' records,
    without making a quote: the same counts as the quotes themselves give, in the odd cases too
    (a quote naming a speaker or topic its article does not list, a topic named twice, two of
    an article's speakers who are one person on the site, unattributed quotes, ties)."""
    energy = {"id": "energy", "name": "Energy", "mentions": 1}
    trade = {"id": "trade", "name": "Trade", "mentions": 1}
    site = build_site(Config(), [
        item("a", [sp("x", "Maria Lopez"), sp("y", "Lopez"), sp("z", "Bo Chan")],
             [q("x", "One.", ["energy", "trade"]), q("y", "Two.", ["energy", "energy"]), q("z", "Three.", ["trade"]),
              q("ghost", "Unknown speaker.", ["energy"]), q("x", "Unknown topic.", ["sport"]),
              q(None, "Nobody.", ["trade"]), q("z", "No topic.")], [energy, trade], date="2024-02-01"),
        item("b", [sp("m", "Bo Chan"), sp("n", "Ann Lee")],
             [q("n", "Four.", ["trade"]), q("m", "Five.", ["trade"]), q("n", "Six.", ["energy"])],
             [trade, energy, trade], date="2024-03-01"),
        item("c", [sp("p", "Ann Lee")], [q("p", "Seven.", ["energy"])], [energy], date=None),
    ])
    counted = _counted(site)           # before any quote is made
    assert not any(a.quotes._items for a in site.articles)
    assert counted == _counted_from_quotes(site)
    assert [(s.name, len(s.quotes)) for s in site.speakers] == [("Ann Lee", 3), ("Bo Chan", 3), ("Maria Lopez", 3)]
    for who in (*site.speakers, *site.topics, *site.articles):
        assert len(who.quotes) == len(list(who.quotes))


def test_a_page_reads_only_the_quotes_of_its_own_articles():
    """Counting and ordering speakers and topics makes no quote; a speaker's page of articles
    makes the quotes of those articles only."""
    site = build_site(Config(), [item(f"s{i}", [sp("a", "Ann Lee")], [q("a", f"Quote {i}.")],
                                      date=f"2024-01-{i + 1:02d}") for i in range(5)])
    ann = site.speakers[0]
    assert len(ann.quotes) == 5 and not any(a.quotes._items for a in site.articles)
    assert [x.text for _, quotes in ann.quotes_by_article(ann.articles[:2]) for x in quotes] == ["Quote 4.", "Quote 3."]
    assert [a.slug for a in site.articles if a.quotes._items] == ["s4", "s3"]
