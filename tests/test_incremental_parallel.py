"""Issue 6 — parallel builds: extraction and rendering in several processes give the same
briefings and the same site, byte for byte, as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from incremental_helpers import assert_same_site, edit, make_project, run, tree
from newsbrief import parallel, pipeline
from newsbrief.errors import NewsbriefError

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="parallel builds need fork()")


@pytest.fixture(autouse=True)
def _small_work(monkeypatch):
    """Share even a small site between processes: tiny pieces of work, no minimum."""
    monkeypatch.setenv("NEWSBRIEF_PAGEFIND", "off")
    monkeypatch.setattr(pipeline, "SCAN_CHUNK", 2)
    monkeypatch.setattr(pipeline, "PARALLEL_RENDER_COST", 0)
    monkeypatch.setattr(pipeline, "RENDER_CHUNK_COST", 4)


def _briefings(project: Path) -> dict[str, bytes]:
    return tree(project / "content" / "briefings")


def test_two_processes_build_what_one_builds(tmp_path):
    one = make_project(tmp_path / "one", n=14)
    many = make_project(tmp_path / "many", n=14)
    seen = []
    r1 = run(one, jobs=1)
    r3 = run(many, jobs=3, progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert r1.extracted == r3.extracted == 14 and not r1.errors and not r3.errors
    assert _briefings(one) == {k: v.replace(b"/many/", b"/one/") for k, v in _briefings(many).items()}
    assert_same_site(tree(one / "site"), tree(many / "site"))
    # the progress callback saw both long stages through to the end
    assert ("Extracting", 14, 14) in seen
    rendering = [s for s in seen if s[0] == "Rendering"]
    assert rendering and rendering[-1][1] == rendering[-1][2] == r3.rendered


def test_an_incremental_parallel_build_matches_a_clean_serial_one(tmp_path):
    project = make_project(tmp_path / "project", n=12)
    run(project, jobs=2)
    edit(project / "content" / "articles" / "story-02.md", "on time", "before winter")
    (project / "content" / "articles" / "story-07.md").unlink()
    report = run(project, jobs=2)
    assert report.extracted == 1
    serial = tmp_path / "serial"
    shutil.copytree(project, serial, ignore=shutil.ignore_patterns("site"))
    run(serial, jobs=1)
    assert_same_site(tree(project / "site"), tree(serial / "site"))


def test_a_template_error_in_a_worker_names_the_template(tmp_path):
    project = make_project(tmp_path / "project", n=6)
    (project / "templates").mkdir()
    (project / "templates" / "speaker.html").write_text(
        '{% extends "base.html" %}{% block content %}{{ speaker.no_such_thing.x }}{% endblock %}', encoding="utf-8")
    with pytest.raises(NewsbriefError) as err:
        run(project, jobs=2)
    assert "template error" in str(err.value) and "speaker.html" in str(err.value)
    assert not (project / "site").exists()


def test_chunks_share_the_work_by_cost():
    costs = {i: c for i, c in enumerate([50, 1, 1, 1, 1, 1, 1, 1, 1, 1, 30, 1, 1])}
    chunks = parallel.chunks_by_cost(list(costs), costs.get, jobs=2, per_job=2, most=20)
    assert sorted(i for c in chunks for i in c) == sorted(costs)
    assert chunks[0] == [0] and chunks[1] == [10]           # the big ones first, alone
    assert all(sum(costs[i] for i in c) <= 20 for c in chunks[2:])


def test_results_come_back_in_order_and_a_failure_stops_the_run():
    chunks = [[i] for i in range(20)]
    assert list(parallel.run(lambda c: c[0] * 2, chunks, jobs=3)) == [i * 2 for i in range(20)]
    assert sorted(parallel.run(lambda c: c[0], chunks, jobs=3, ordered=False)) == list(range(20))

    def boom(c):
        if c[0] == 7:
            raise ValueError("seven")
        return c[0]

    with pytest.raises(ValueError, match="seven"):
        list(parallel.run(boom, chunks, jobs=2))
