"""Issue 6 — what makes a rebuild after a small change fast stays exact: the caches and
shortcuts kept between builds never change what a build makes (tests/test_incremental_*.py
compare whole sites; these test each shortcut against what it replaces)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import seo


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab&<>\"'\n\r\t é")), max_size=30) | st.text(max_size=30))
def test_the_xml_escapes_are_the_standard_librarys(text):
    assert seo.xml_escape(text) == escape(text)
    assert seo.xml_quoteattr(text) == quoteattr(text)
