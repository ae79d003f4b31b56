"""The extractor's fast paths find exactly what the plain forms they replace find.

Each fast path is checked against the simple expression it stands for, on hand-picked cases and on
hypothesis-made text built from the characters and words that matter to it.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief.extract as extract_module
from newsbrief.extract import quotes, roles
from newsbrief.extract import text as text_module
from newsbrief.extract.entities import chunk_pattern, iter_chunks
from newsbrief.extract.lexicon import load_lexicon

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LEX = load_lexicon()

CHUNK_WORDS = ["iPhone", "McDonald", "abCd", "aBC", "aaB", "aaaB", "de", "Vries", "Local", "1897", "U.S.", "A/S",
               "of", "and", "the", "Xi", "eBay", "x", "ÉcoleNormale", "Łukasz", "a", "B.", "al-Assad", "’s", ",",
               "Ministry", "for", "Education", "“We", "said", "\n", "–"]
chunk_text = st.one_of(
    st.lists(st.sampled_from(CHUNK_WORDS), max_size=14).map(" ".join),
    st.lists(st.sampled_from(CHUNK_WORDS), max_size=14).map("".join),
    st.text(st.sampled_from("aAbBzZÉéŁiPMcD -’'.&/,\n1"), max_size=40),
)


def _spans(matches):
    return [(m.start(), m.end()) for m in matches]


def test_iter_chunks_examples():
    for text in ["", "The Ministry of Education said", "the iPhone maker", "abcDef", "aaaBc de Vries",
                 "US-India initiative on Critical and Emerging Technology (iCET)", "Machinists Local 1897 said"]:
        assert _spans(iter_chunks(text, LEX)) == _spans(chunk_pattern(LEX).finditer(text))


@SETTINGS
@given(chunk_text)
def test_iter_chunks_is_the_chunk_patterns_finditer(text):
    assert _spans(iter_chunks(text, LEX)) == _spans(chunk_pattern(LEX).finditer(text))


# roles._SENTENCE_END before the lookbehind that keeps a match from starting inside a word
_SENTENCE_END_PLAIN = re.compile(r"([\w’'.)-]*)[.!?][”\"’]?\s+(?=[“\"‘(]?[A-Z0-9])")
sentence_text = st.one_of(
    st.lists(st.sampled_from(["U.S.", "Dr.", "Mr", "x’s", "word", "A", "9", "(b)", "St.", ".", "!", "?", "’", "”",
                              "\"", "“", "‘", "-", "_", "é", " ", "  ", "\n"]), max_size=20).map("".join),
    st.text(st.sampled_from("ab.!?’'”\"“‘() \n-_ZA09é"), max_size=40),
)


@SETTINGS
@given(sentence_text)
def test_roles_sentence_end_finds_what_the_plain_pattern_finds(text):
    def found(pattern):
        return [(m.span(), m.group(1)) for m in pattern.finditer(text)]
    assert found(roles._SENTENCE_END) == found(_SENTENCE_END_PLAIN)


# text's opening-mark patterns as they were written first: the look back before the mark
_SINGLE_OPENER_PLAIN = re.compile(r"(?:^|(?<=[\s(\[—–]))[‘'](?=\w)")
_DOUBLE_OPENER_PLAIN = re.compile(r"[“«„]|(?:^|(?<=[\s(\[—–]))\"(?=\S)")
marks_text = st.text(st.sampled_from("ab ‘'’\"“”«„()[—–\n_9é."), max_size=40)


@SETTINGS
@given(marks_text)
def test_opener_patterns_find_what_the_plain_ones_find(text):
    assert text_module._SINGLE_OPENER.findall(text) == _SINGLE_OPENER_PLAIN.findall(text)
    assert text_module._DOUBLE_OPENER.findall(text) == _DOUBLE_OPENER_PLAIN.findall(text)


@SETTINGS
@given(sentence_text, st.integers(0, 45), st.integers(0, 45))
def test_sentence_starts_are_the_sentence_end_patterns_ends(text, lo, width):
    lo = min(lo, len(text))
    hi = lo + width
    plain = [m.end() for m in extract_module._SENTENCE_END.finditer(text, lo, hi)
             if m.group(1) not in LEX.abbreviations]
    assert extract_module._sentence_starts(text, lo, hi, LEX) == plain


NAME_POOL = ["Ann", "Anna", "Ann Lee", "Lee", "O’Neil", "Neil", "Al-Amin", "Amin", "Zoë", "Ann-Marie", "Marie", "Li",
             "Li Wei", "Wei"]


@SETTINGS
@given(st.lists(st.sampled_from(NAME_POOL), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(NAME_POOL + list(" -’'_.,9é")), max_size=15).map("".join))
def test_find_words_is_the_names_alternation(names, text):
    names = sorted(names, key=len, reverse=True)   # as roles._Reader orders them
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    assert roles.find_words(text, names) == [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


LABEL_PIECES = ["called", "CALLED", "Called", "so-called", "So-Called", "known as", "KNOWN", "described it as",
                "urged them to", "reading", "ſo-called", "\u212anown as", "cal\u0131ed", "\u0130nscribed", "ß", "Å",
                "the", "what", "“", "”", "’s", ",", ".", "-", " ", "  ", "\n"]


@SETTINGS
@given(st.lists(st.sampled_from(LABEL_PIECES), max_size=10).map(" ".join))
def test_the_labelling_prefilter_never_hides_a_label(text):
    found = LEX.labelling_re.search(text) is not None
    assert (quotes.may_be_labelled(text, LEX) and found) == found


@SETTINGS
@given(st.lists(st.sampled_from(LABEL_PIECES), max_size=10).map(" ".join))
def test_the_lazy_labelling_pattern_is_the_compiled_one(text):
    lazy = LEX.labelling_re
    compiled = re.compile(lazy.pattern, lazy.flags)
    assert _spans([lazy.search(text)] if lazy.search(text) else []) == \
        _spans([compiled.search(text)] if compiled.search(text) else [])
