"""Issue 6 — what makes a rebuild after a small change fast stays exact: the caches and
shortcuts kept between builds never change what a build makes (tests/test_incremental_*.py
compare whole sites; these test each shortcut against what it replaces)."""

from __future__ import annotations

import copy
import marshal
import pickle
import random
import shutil
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from incremental_helpers import PEOPLE, assert_same_site, article_text, clean_build, edit, make_project, run, tree
from newsbrief import cache, keys, seo, store
from newsbrief.config import load_config
from newsbrief.load import load_article
from newsbrief.model import _date, build_site, card_fields


@pytest.fixture(autouse=True)
def _no_search(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab&<>\"'\n\r\t é")), max_size=30) | st.text(max_size=30))
def test_the_xml_escapes_are_the_standard_librarys(text):
    assert seo.xml_escape(text) == escape(text)
    assert seo.xml_quoteattr(text) == quoteattr(text)


# --- the records, in shards -------------------------------------------------------------------

def _state(project: Path) -> dict:
    return pickle.loads((cache.cache_dir(project / "site") / cache.STATE).read_bytes())


def test_an_edit_rewrites_only_the_records_shard_of_its_article(tmp_path):
    project = make_project(tmp_path / "project", n=12)
    assert not run(project).errors
    # (a briefing the build wrote is recorded with the time it was checked again; the next
    # build records it as reused, so it rewrites the shards of the articles it extracted)
    (project / "content" / "articles" / "story-00.md").write_bytes(
        (project / "content" / "articles" / "story-00.md").read_bytes())
    assert not run(project).noop
    before = _state(project)["records"]
    assert len(before) == cache.RECORD_SHARDS and sum(n is not None for n in before) > 1
    article = project / "content" / "articles" / "story-05.md"
    edit(article, "on time", "on time and on budget")
    assert run(project).extracted == 1
    after = _state(project)["records"]
    changed = [i for i in range(cache.RECORD_SHARDS) if before[i] != after[i]]
    assert changed == [cache.shard_of(str(article))]
    folder = cache.cache_dir(project / "site")
    assert {p.name for p in folder.glob("records-*.bin")} == {n for n in after if n}
    assert_same_site(tree(project / "site"), clean_build(project, tmp_path))


@pytest.mark.parametrize("damage", ["garbage", "missing", "not a dict", "old format"])
def test_a_damaged_or_old_records_shard_is_a_clean_start(tmp_path, damage):
    project = make_project(tmp_path / "project", n=8)
    assert not run(project).errors
    folder = cache.cache_dir(project / "site")
    state = _state(project)
    shard = folder / next(n for n in state["records"] if n)
    if damage == "garbage":
        shard.write_bytes(b"\x00garbage")
    elif damage == "missing":
        shard.unlink()
    elif damage == "not a dict":
        shard.write_bytes(marshal.dumps(["a", "list"]))
    else:      # a state of the format before the shards: one records file, by name
        state["records"] = shard.name
        (folder / cache.STATE).write_bytes(pickle.dumps(state))
    edit(project / "content" / "articles" / "story-02.md", "on time", "late")
    report = run(project)
    assert not report.errors and report.reused + report.extracted == 8
    assert_same_site(tree(project / "site"), clean_build(project, tmp_path))
    assert run(project).noop


# --- any sequence of edits, with lists of several pages --------------------------------------------

def _edit(project: Path, rng: random.Random, step: int, kind: str) -> None:
    """One edit of a kind that reaches what the caches of this build keep: a speaker's header on
    every page of their list (a quote added or taken away, a role), an article's card on lists,
    feeds and the API index (title, date, summary), articles added and removed."""
    articles = project / "content" / "articles"
    existing = sorted(articles.glob("*.md"))
    path = rng.choice(existing)
    text = path.read_text(encoding="utf-8")
    if kind == "quote":                      # one more (or one less) quote by the first speaker
        if "It was said again" in text:
            path.write_text(text.split("\n\n“It was said again")[0] + "\n", encoding="utf-8")
        else:
            who = text.split("said ", 1)[1].split(",")[0]
            path.write_text(text + f"\n“It was said again in step {step},” {who.split()[-1]} said.\n",
                            encoding="utf-8")
    elif kind == "role":
        name, role = rng.choice(PEOPLE)
        if role in text:
            path.write_text(text.replace(role, f"{role} of step {step}", 1), encoding="utf-8")
    elif kind == "title":
        path.write_text(text.replace("title: ", f"title: Step {step} of ", 1), encoding="utf-8")
    elif kind == "date" and "date: 2024-" in text:
        path.write_text(text.replace("date: 2024-", "date: 2023-", 1), encoding="utf-8")
    elif kind == "summary":
        path.write_text(text.replace("Officials met", f"Officials (step {step}) met", 1), encoding="utf-8")
    elif kind == "add":
        (articles / f"new-{step}.md").write_text(article_text(60 + step, rng, variant=step), encoding="utf-8")
    elif kind == "remove" and len(existing) > 4:
        path.unlink()


@settings(max_examples=6, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])  # (no shrinking:
@given(seed=st.integers(0, 10_000),
       kinds=st.lists(st.sampled_from(["quote", "role", "title", "date", "summary", "add", "remove"]),
                      min_size=2, max_size=4),
       jobs=st.sampled_from([1, 2]))                                                     # builds are slow)
def test_random_edits_on_paged_lists_give_what_a_clean_build_gives(tmp_path_factory, seed, kinds, jobs):
    root = tmp_path_factory.mktemp("paged")
    project = make_project(root / "project", n=10, seed=seed)
    edit(project / "newsbrief.yaml", 'title: "Incremental"', 'title: "Incremental"\nper_page: 2')
    assert not run(project, jobs=jobs).errors
    rng = random.Random(seed)
    for step, kind in enumerate(kinds):
        _edit(project, rng, step, kind)
        report = run(project, jobs=jobs)
        assert not report.errors, report.errors
        assert_same_site(tree(project / "site"), clean_build(project, root, jobs=1))
    assert run(project, jobs=jobs).noop
    shutil.rmtree(root, ignore_errors=True)


def test_a_records_card_covers_what_lists_feeds_and_the_api_index_show(tmp_path):
    """keys.Views and the API index's fine key hash the record's card (model.card_fields)
    instead of the fields keys.card and keys.entry_head name: every one of those fields that
    the record decides is in it (the others, the speakers' count and the topics' names, are the
    site's, and hashed beside it)."""
    project = make_project(tmp_path / "project", n=8)
    assert not run(project).errors
    config = load_config(project)
    items = [(load_article(p), store.load_briefing(config.briefings_dir / f"{p.stem}.yaml"))
             for p in sorted(config.articles_dir.glob("*.md"))]
    site = build_site(config, items)
    for a in site.articles:
        r = a._record
        slug, title, date, source, url, summary, author, topic_ids, quotes = card_fields(
            r.meta, r.title, r.date, r.source, r.url, r.summary, r.topics, r.quotes)
        shown = keys.card(a)
        assert shown[:5] == (slug, title, _date(date), source, summary) and shown[5] == quotes
        head = keys.entry_head(a)
        assert head[:5] == (slug, title, _date(date), author, summary)
        assert tuple(t for t, _ in head[5]) == topic_ids
        assert (a.url, len(a.quotes)) == (url, quotes)


@pytest.mark.parametrize("max_dots", [60, 2])      # a dot per briefing, or a bar per month
def test_a_topics_timeline_view_covers_its_chart(tmp_path, monkeypatch, max_dots):
    """keys.timeline_view stands for charts.timeline in a topic page's fine key: across edits
    of every kind that reach a timeline (a quote moved off or onto a topic, a date, a title, an
    article gone), two sites whose views of a topic are the same draw the same chart of it."""
    from newsbrief import charts
    monkeypatch.setattr(charts, "MAX_DOTS", max_dots)
    project = make_project(tmp_path / "project", n=12)
    assert not run(project).errors
    config = load_config(project)
    items = [(load_article(p), store.load_briefing(config.briefings_dir / f"{p.stem}.yaml"))
             for p in sorted(config.articles_dir.glob("*.md"))]

    def variant(k: int) -> list:
        out = [(a, copy.deepcopy(b)) for a, b in items]
        a, b = out[k % len(out)]
        if k % 6 == 1 and b["quotes"]:
            b["quotes"][0]["topics"] = []                        # a quote off its topics
        elif k % 6 == 2 and b["quotes"] and b.get("topics"):
            b["quotes"][-1]["topics"] = [t["id"] for t in b["topics"]]      # onto all of them
        elif k % 6 == 3:
            b["date"] = f"2023-0{1 + k % 9}-1{k % 10}"
        elif k % 6 == 4:
            b["title"] = f"Retitled {k}"
        elif k % 6 == 5:
            del out[k % len(out)]
        elif b["quotes"]:
            b["quotes"][0]["text"] = f"Reworded {k}"             # the chart stays, and so does the view
        return out

    seen: dict[tuple, tuple] = {}
    for k in range(40):
        site = build_site(config, variant(k))
        for t in site.topics:
            c = charts.timeline(t)
            chart = None if c is None else (str(c.svg), c.title, c.summary, c.header, c.rows)
            view = (keys.topic_identity(t), keys.timeline_view(t))
            assert seen.setdefault(view, chart) == chart, (k, t.id)
    assert len({repr(c) for c in seen.values()}) > 1 and len(seen) < 40 * len(site.topics)


# --- keys carried over by what they follow from (keys.CARRIED) ----------------------------------------

def _count_made_keys(monkeypatch) -> dict:
    """Count the pages whose key a build makes and those whose key it carries over (with
    CHECK_CARRIED on, as in every incremental test, a carried key is made too and compared)."""
    counts = {"made": [], "carried": []}
    make, carried = keys.Keys._page, keys.Keys._carried_page

    def counting_carried(self, spec):
        key = carried(self, spec)
        if spec.template in keys.CARRIED:
            counts["carried" if key is not None else "made"].append(spec.path)
        return key
    monkeypatch.setattr(keys.Keys, "_carried_page", counting_carried)
    assert keys.CHECK_CARRIED and make is not None
    return counts


def test_a_reworded_quote_carries_the_keys_of_every_other_article_speaker_and_topic(tmp_path, monkeypatch):
    project = make_project(tmp_path / "project", n=10)
    edit(project / "newsbrief.yaml", 'title: "Incremental"', 'title: "Incremental"\nper_page: 2')
    assert not run(project).errors
    counts = _count_made_keys(monkeypatch)
    article = project / "content" / "articles" / "story-04.md"
    edit(article, "on time", "on time and on budget")
    report = run(project)
    assert report.extracted == 1
    made, carried = set(counts["made"]), set(counts["carried"])
    # made: the article's page, and pages of its speakers and topics; the others are carried
    assert {p for p in made if p.startswith("articles/")} == {"articles/story-04.html"}
    assert {p for p in carried if p.startswith("articles/")} == {f"articles/story-{i:02d}.html" for i in range(10)
                                                                 if i != 4}
    assert {p.split("/")[0] for p in carried} == {"articles", "speakers", "topics"}
    assert_same_site(tree(project / "site"), clean_build(project, tmp_path))


@pytest.mark.parametrize("change", ["template", "per_page"])
def test_a_changed_template_or_setting_carries_no_key_it_reaches(tmp_path, monkeypatch, change):
    project = make_project(tmp_path / "project", n=6)
    assert not run(project).errors
    counts = _count_made_keys(monkeypatch)
    if change == "template":
        theme = Path(keys.__file__).resolve().parent.parent.parent / "templates"
        (project / "templates").mkdir()
        text = (theme / "article.html").read_text(encoding="utf-8")
        (project / "templates" / "article.html").write_text(text.replace("</article>", "<p>Mine.</p></article>", 1)
                                                          if "</article>" in text else text + "\n<!-- mine -->\n",
                                                          encoding="utf-8")
    else:
        edit(project / "newsbrief.yaml", 'title: "Incremental"', 'title: "Incremental"\nper_page: 3')
    assert not run(project).errors
    if change == "template":        # (a page of the site's own templates is always keyed afresh)
        assert {p for p in counts["made"] if p.startswith("articles/")} == {f"articles/story-{i:02d}.html"
                                                                              for i in range(6)}
        assert counts["carried"] and not [p for p in counts["carried"] if p.startswith("articles/")]
    else:
        assert counts["made"] and not counts["carried"]
    assert_same_site(tree(project / "site"), clean_build(project, tmp_path))


@pytest.mark.parametrize("damage", ["edited", "deleted", "replaced"])
def test_a_site_file_changed_by_hand_is_made_again_though_its_key_is_carried(tmp_path, monkeypatch, damage):
    project = make_project(tmp_path / "project", n=6)
    assert not run(project).errors
    edit(project / "content" / "articles" / "story-01.md", "on time", "in good time")
    assert not run(project).errors          # (the site now has a spare: the next build stages in it)
    counts = _count_made_keys(monkeypatch)
    page = project / "site" / "articles" / "story-03.html"
    api = project / "site" / "api" / "briefings" / "story-03.json"
    if damage == "edited":       # in place, the same inode (as an editor that keeps hard links does)
        with open(page, "r+b") as f:
            f.write(b"<!-- mine -->")
        with open(api, "r+b") as f:
            f.write(b"  ")
    elif damage == "deleted":
        page.unlink()
        api.unlink()
    else:
        page.with_name("x.tmp").write_bytes(b"mine")
        page.with_name("x.tmp").replace(page)
    edit(project / "content" / "articles" / "story-02.md", "on time", "in good time")
    report = run(project)
    assert "articles/story-03.html" in counts["carried"]
    assert report.rendered >= 2 if damage != "replaced" else report.rendered >= 1
    assert_same_site(tree(project / "site"), clean_build(project, tmp_path))
    assert run(project).noop
