"""Stage 1 — load: article files → Article."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import write_article
from newsbrief.errors import NewsbriefError
from newsbrief.load import find_articles, load_article, parse_article

MD_ARTICLE = """\
---
title: Ministers agree on chip plan
date: 2024-03-05
source: The Example Times
url: https://example.org/chips
topics: [semiconductors, trade]
slug: chip-plan
draft: true
author: A. Reporter
summary: Two governments agree to build chips together.
---
# Ministers agree on chip plan

The plan, the minister said, is **ambitious** and [fully funded](https://example.org/budget).

“We will build the factories,” she said.
"""


# --- front matter ---------------------------------------------------------------------------

def test_front_matter_keys_are_read():
    a = parse_article(MD_ARTICLE, "news/chips.md")
    assert a.title == "Ministers agree on chip plan"
    assert a.title_derived is False
    assert a.date == dt.date(2024, 3, 5)
    assert a.source == "The Example Times"
    assert a.url == "https://example.org/chips"
    assert a.topics == ["semiconductors", "trade"]
    assert a.slug == "chip-plan"
    assert a.draft is True
    assert a.author == "A. Reporter"
    assert a.summary == "Two governments agree to build chips together."
    assert a.format == "md"
    assert a.warnings == []


def test_markdown_body_is_kept_and_paragraphs_are_plain_text():
    a = parse_article(MD_ARTICLE, "news/chips.md")
    assert "**ambitious**" in a.body
    assert "The plan, the minister said, is ambitious and fully funded." in a.paragraphs
    assert "“We will build the factories,” she said." in a.paragraphs
    assert not any("**" in p or "](" in p for p in a.paragraphs)


def test_topics_may_be_a_comma_separated_string():
    a = parse_article("---\ntopics: trade, energy ,\n---\nBody text.\n", "x.md")
    assert a.topics == ["trade", "energy"]


def test_unknown_front_matter_key_is_a_warning_not_an_error():
    a = parse_article("---\ntitle: T\ncolour: blue\n---\nBody text.\n", "x.md")
    assert a.title == "T"
    assert any("colour" in w and "x.md" in w for w in a.warnings)


@pytest.mark.parametrize("raw, expected", [
    ("2024-03-05", dt.date(2024, 3, 5)),
    ("'2024-03-05'", dt.date(2024, 3, 5)),
    ("2024-03-05T10:30:00Z", dt.date(2024, 3, 5)),
    ("5 March 2024", dt.date(2024, 3, 5)),
    ("March 5, 2024", dt.date(2024, 3, 5)),
    ("2024/03/05", dt.date(2024, 3, 5)),
])
def test_dates_in_common_formats(raw, expected):
    assert parse_article(f"---\ndate: {raw}\n---\nBody text.\n", "x.md").date == expected


def test_missing_date_stays_none():
    assert parse_article("---\ntitle: T\n---\nBody text.\n", "x.md").date is None
    assert parse_article("Just a paragraph of text.\n", "x.txt").date is None


def test_crlf_line_endings_and_bom_are_accepted(tmp_path):
    p = tmp_path / "win.md"
    p.write_bytes("\ufeff---\r\ntitle: Windows\r\n---\r\nFirst para.\r\n\r\nSecond para.\r\n".encode("utf-8"))
    a = load_article(p)
    assert a.title == "Windows"
    assert a.paragraphs == ["First para.", "Second para."]


# --- plain text ------------------------------------------------------------------------------

def test_txt_paragraphs_split_on_blank_lines_and_rewrapped():
    text = "First paragraph,\nwrapped over   two lines.\n\n  \nSecond\tparagraph.\n\n\nThird one.\n"
    a = parse_article(text, "story.txt")
    assert a.format == "txt"
    assert a.paragraphs == ["First paragraph, wrapped over two lines.", "Second paragraph.", "Third one."]


def test_headline_detection_takes_a_short_unpunctuated_first_line():
    text = "US and India deepen technology ties\n\nThe two countries signed a pact on Monday.\n\nMore text.\n"
    a = parse_article(text, "story.txt")
    assert a.title == "US and India deepen technology ties"
    assert a.title_derived is False
    assert a.headline_in_body is True
    assert a.paragraphs[0] == "The two countries signed a pact on Monday."


def test_a_first_sentence_is_not_a_headline():
    text = "The two countries signed a pact on Monday.\n\nMore text.\n"
    a = parse_article(text, "story.txt")
    assert a.headline_in_body is False
    assert a.paragraphs[0] == "The two countries signed a pact on Monday."


def test_derived_title_is_the_first_sentence_of_the_lead():
    a = parse_article("The pact was signed. Officials cheered.\n\nMore text.\n", "story.txt")
    assert a.title_derived is True
    assert a.title == "The pact was signed"


def test_derived_title_of_a_long_lead_is_cut_with_an_ellipsis():
    lead = ("The US is concerned about India’s continuing relationship with Russia possibly affecting some "
            "elements of the growing partnership, an official said.")
    a = parse_article(lead + "\n\nMore.\n", "story.txt")
    assert a.title_derived is True
    assert a.title.endswith("…")
    assert lead.startswith(a.title.rstrip("…"))
    assert len(a.title.split()) <= 15


@pytest.mark.parametrize("body", [".", "...", "…", "!?"])
def test_punctuation_only_article_still_gets_a_title(body):
    a = parse_article(body + "\n", "x.txt")
    assert a.title.strip()


def test_slug_comes_from_the_file_name():
    assert parse_article("Body text.\n", "content/articles/Big News 2024.txt").slug == "big-news-2024"


def test_find_articles_lists_article_files_in_order_and_skips_hidden(tmp_path):
    for name in ("b.md", "a.txt", "c.markdown", "notes.rst", ".hidden.md", "sub/d.md", ".git/e.md"):
        write_article(tmp_path, name, "Body.\n") if "/" not in name else \
            write_article(tmp_path / name.split("/")[0], name.split("/")[1], "Body.\n")
    found = [p.relative_to(tmp_path).as_posix() for p in find_articles(tmp_path)]
    assert found == ["a.txt", "b.md", "c.markdown", "sub/d.md"]


# --- bad input: one NewsbriefError naming the file (and the line) ----------------------------

def _error_for(tmp_path, data: bytes, name: str = "bad.md") -> NewsbriefError:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(NewsbriefError) as info:
        load_article(p)
    err = info.value
    assert err.path == str(p)
    assert str(err).startswith(str(p) + ":")
    return err


def test_invalid_utf8_names_file_and_line(tmp_path):
    err = _error_for(tmp_path, "Line one.\nLine two caf".encode() + b"\xe9.\n")
    assert err.line == 2
    assert "UTF-8" in err.message


def test_nul_bytes_name_the_file_and_line(tmp_path):
    err = _error_for(tmp_path, b"Line one.\nLine\x00two.\n")
    assert "NUL" in err.message
    assert err.line == 2


@pytest.mark.parametrize("data", [b"", b"  \n\n\t\n"])
def test_empty_file_names_the_file(tmp_path, data):
    err = _error_for(tmp_path, data)
    assert "empty" in err.message


def test_front_matter_without_body_is_an_error(tmp_path):
    err = _error_for(tmp_path, b"---\ntitle: Only a title\n---\n\n")
    assert "no body" in err.message
    assert err.line in (3, 4)   # the closing '---' or the (empty) line after it


def test_unclosed_front_matter_names_line_1(tmp_path):
    err = _error_for(tmp_path, b"---\ntitle: Never closed\n\nBody text.\n")
    assert err.line == 1
    assert "closing" in err.message


def test_malformed_yaml_front_matter_names_the_line(tmp_path):
    data = b"---\ntitle: Fine\nsource: Fine too\ntopics: [a, b\nauthor: x\n---\nBody text.\n"
    err = _error_for(tmp_path, data)
    assert "malformed front matter" in err.message
    assert err.line in (5, 6)   # the line after the unclosed '[' where YAML notices the problem


def test_malformed_yaml_line_counts_the_opening_dashes(tmp_path):
    err = _error_for(tmp_path, b"---\ntitle: a\nbad: : :\n---\nBody.\n")
    assert err.line == 3


def test_front_matter_that_is_not_a_mapping(tmp_path):
    err = _error_for(tmp_path, b"---\n- just\n- a list\n---\nBody.\n")
    assert "mapping" in err.message


def test_bad_date_names_the_line(tmp_path):
    err = _error_for(tmp_path, b"---\ntitle: T\nsource: S\ndate: next Tuesday\n---\nBody.\n")
    assert err.line == 4
    assert "next Tuesday" in err.message


@pytest.mark.parametrize("slug", ["../escape", "a/b", "..", "Has Spaces", "UPPER", "-lead"])
def test_bad_slug_names_the_line(tmp_path, slug):
    err = _error_for(tmp_path, f"---\ntitle: T\nslug: '{slug}'\n---\nBody.\n".encode())
    assert err.line == 3
    assert "slug" in err.message


def test_slug_with_trailing_newline_is_refused(tmp_path):
    err = _error_for(tmp_path, b'---\ntitle: T\nslug: "abc\\n"\n---\nBody.\n')
    assert err.line == 3


def test_missing_file_is_a_newsbrief_error(tmp_path):
    with pytest.raises(NewsbriefError) as info:
        load_article(tmp_path / "nope.md")
    assert "nope.md" in str(info.value)
