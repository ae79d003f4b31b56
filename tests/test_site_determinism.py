"""Same input → byte-identical site: pages, feeds, API, sitemap, charts.

The one known exception is Pagefind's own filter and metadata files, which Pagefind writes
in an unstable order (upstream issue Pagefind/pagefind#638); newsbrief therefore keeps the
previous bundle when nothing Pagefind reads has changed, so a rebuild in place is identical
to the last byte (tests/test_site_search.py), and only two clean builds may differ there."""

from __future__ import annotations

import re

from browser.fixture import build_site, make_project

# pagefind-entry.json names the meta file's hash; filter and meta files carry hashes in their names
PAGEFIND_UNSTABLE = re.compile(r"^pagefind/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|filter/[^/]+\.pf_filter)$")


def files(out):
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_clean_builds_are_byte_identical(tmp_path):
    project = make_project(tmp_path)
    build_site(project, tmp_path / "one", base_url="https://example.org/briefs/")
    build_site(project, tmp_path / "two", base_url="https://example.org/briefs/")
    one, two = files(tmp_path / "one"), files(tmp_path / "two")
    stable_one = {k: v for k, v in one.items() if not PAGEFIND_UNSTABLE.match(k)}
    stable_two = {k: v for k, v in two.items() if not PAGEFIND_UNSTABLE.match(k)}
    assert sorted(stable_one) == sorted(stable_two)
    differing = [k for k in stable_one if stable_one[k] != stable_two[k]]
    assert differing == []
    assert len(stable_one) > 50     # pages, feeds, API, the Pagefind fragments and UI


def test_the_site_does_not_depend_on_where_the_project_lives(tmp_path):
    a = make_project(tmp_path / "a")
    b = make_project(tmp_path / "elsewhere" / "b")
    build_site(a, tmp_path / "a-out")
    build_site(b, tmp_path / "b-out")
    one, two = files(tmp_path / "a-out"), files(tmp_path / "b-out")
    for k in one:
        if not PAGEFIND_UNSTABLE.match(k):
            assert one[k] == two[k], k


def test_the_wall_clock_never_reaches_the_output(tmp_path, monkeypatch):
    """With SOURCE_DATE_EPOCH set far in the future (so it caps nothing), the output does not
    change with it, and the only dates in the output are the articles' own."""
    project = make_project(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "4102444800")    # 2100-01-01
    build_site(project, tmp_path / "future")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "4133980800")    # 2101-01-01
    build_site(project, tmp_path / "later")
    one, two = files(tmp_path / "future"), files(tmp_path / "later")
    changed = sorted(k for k in one if not PAGEFIND_UNSTABLE.match(k) and one[k] != two.get(k))
    assert changed == []
    years = set(re.findall(rb"\b(20\d\d|19\d\d|21\d\d)-\d\d-\d\d", b"".join(
        v for k, v in one.items() if k.endswith((".html", ".xml", ".json", ".txt")))))
    assert years == {b"2024"}, years
