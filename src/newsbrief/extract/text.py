"""Low-level text handling for extraction: quotation marks, sentences and tokens.

Direct quotations are found first and masked in a *frame* of each paragraph: the
quote (marks included) is replaced by a placeholder of the same length, so offsets
in the frame are offsets in the paragraph, and the punctuation inside a quote can
never split a sentence or look like an attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPEN_PH, FILL_PH, CLOSE_PH = "\ue000", "\ue002", "\ue001"
PLACEHOLDER_RE = re.compile(f"{OPEN_PH}{FILL_PH}*{CLOSE_PH}")

DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“"}
DOUBLE_MARKS = set("“”\"«»„")
SINGLE_MARKS = set("‘’'")


@dataclass(slots=True)
class QuoteSpan:
    paragraph: int        # index of the paragraph
    start: int            # offset of the opening mark
    end: int              # offset just past the closing mark (or paragraph end when unclosed)
    text: str             # the words inside the marks, stripped
    closed: bool
    continues: bool = False   # continues a quotation left open in the previous paragraph


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quote_spans(paragraphs: list[str], style: str | None = None) -> list[QuoteSpan]:
    """All spans inside quotation marks, paragraph by paragraph.

    Double marks (curly, straight, guillemets) are the quotation marks when the article
    uses any; otherwise single marks are, with apostrophes inside and after words
    (don’t, the ’90s, the workers’ union) left alone.
    """
    uses_double = (style or primary_marks(paragraphs)) == "double"
    spans: list[QuoteSpan] = []
    open_left = False  # previous paragraph ended inside an unclosed quotation
    for pi, para in enumerate(paragraphs):
        found = _scan_double(para) if uses_double else _scan_single(para)
        para_spans = []
        for start, end, closed in found:
            inner_start = start + 1
            inner_end = end - 1 if closed else len(para)
            text = para[inner_start:inner_end].strip()
            if text:
                para_spans.append(QuoteSpan(pi, start, end, text, closed))
        if para_spans and open_left and para_spans[0].start == _first_non_space(para):
            para_spans[0].continues = True
        open_left = bool(para_spans) and not para_spans[-1].closed
        spans.extend(para_spans)
    return spans


# an opening mark at the start or after a space, bracket or dash; the mark is matched before the look back at
# what stands before it, so that the regex engine can skip ahead to the marks
_SINGLE_OPENER = re.compile(r"[‘'](?<![^\s(\[—–][‘'])(?=\w)")
_DOUBLE_OPENER = re.compile(r"[“«„]|\"(?<![^\s(\[—–]\")(?=\S)")


def primary_marks(paragraphs: list[str]) -> str:
    """'double' (“…”, "…", «…») or 'single' (British ‘…’): whichever opens more quotations."""
    text = "\n".join(paragraphs)
    if "‘" not in text and "'" not in text:
        return "double"
    singles = len(_SINGLE_OPENER.findall(text))
    doubles = len(_DOUBLE_OPENER.findall(text)) if singles else 0
    return "single" if singles > doubles else "double"


def _first_non_space(s: str) -> int:
    return len(s) - len(s.lstrip())


_DOUBLE_RE = re.compile("[“”\"«»„]")


def _scan_double(para: str) -> list[tuple[int, int, bool]]:
    out = []
    open_at, close_char = -1, ""
    for m in _DOUBLE_RE.finditer(para):
        i, ch = m.start(), m.group()
        if open_at < 0:
            if ch in DOUBLE_OPEN or ch == '"' or (ch == "”" and _opens(para, i)):
                open_at = i
                close_char = DOUBLE_OPEN.get(ch, '"' if ch == '"' else "”")
        elif ch == close_char or (close_char == "”" and ch == '"') or (close_char == '"' and ch == "”"):
            out.append((open_at, i + 1, True))
            open_at = -1
    if open_at >= 0:
        out.append((open_at, len(para), False))
    return out


def _opens(para: str, i: int) -> bool:
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


_AFTER_CLOSE = {"he", "she", "they", "it", "we", "i", "said", "says", "added", "told", "and", "or", "but"}
_ELISION = re.compile(r"[’']n[’']|[’'](?=\d0s)|(?<=\w)[’'](?=\w)")


def _scan_single(para: str) -> list[tuple[int, int, bool]]:
    """British-style quotes: ‘ or ' opens, ’ or ' closes; apostrophes are not marks."""
    out = []
    n = len(para)
    skip = set()
    for m in _ELISION.finditer(para):
        skip.update(range(m.start(), m.end()))
    open_at = -1
    for i, ch in enumerate(para):
        if ch not in SINGLE_MARKS or i in skip:
            continue
        before = para[i - 1] if i > 0 else " "
        after = para[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if ch in "‘'" and (before.isspace() or before in "([{—–-\"“") and (after.isalnum() or after in "“\"…"):
                open_at = i
        elif ch in "’'" and not before.isspace() and not _is_word(after):
            if before == "s" and after == " " and para[i + 2:i + 3].islower() and \
                    para[i + 2:].split(" ", 1)[0].strip(",.") not in _AFTER_CLOSE:
                continue  # the workers’ union
            out.append((open_at, i + 1, True))
            open_at = -1
    if open_at >= 0:
        out.append((open_at, n, False))
    return out


def mask(para: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with each quote span replaced by a same-length placeholder."""
    if not spans:
        return para
    parts, last = [], 0
    for s in spans:
        parts.append(para[last:s.start])
        width = s.end - s.start
        parts.append(OPEN_PH + FILL_PH * max(width - 2, 0) + (CLOSE_PH if width >= 2 else ""))
        last = s.end
    parts.append(para[last:])
    return "".join(parts)


# --- sentences ---
# group 1 is a run of . ! ? … (then closing marks), or a closing placeholder; written to open with one character
# class, which lets the regex engine skip ahead to the candidates quickly
_BOUNDARY = re.compile(r"([.!?…" + CLOSE_PH + r"](?:(?<=" + CLOSE_PH + r")|(?<=[.!?…])[.!?…]*[\"”’»)]*))(\s+)"
                       r"(?=[\"“‘«(\[A-Z0-9" + OPEN_PH + r"])")


def split_sentences(frame: str, abbreviations: frozenset[str], quote_ends: dict[int, str] | None = None) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in a frame.

    A placeholder ends a sentence only when its quotation ended with . ! or ?
    (``quote_ends`` maps a placeholder's end offset to its last inner character).
    """
    out, start = [], 0
    for m in _BOUNDARY.finditer(frame):
        punct = m.group(1)
        if punct == CLOSE_PH:
            last = (quote_ends or {}).get(m.end(1), "")
            if last not in ".!?…":
                continue
        elif punct.startswith("."):
            w = _word_before(frame, start, m.start(1))
            if w in abbreviations or (len(w) == 1 and w.isupper()) or _DOTTED_INITIALS.fullmatch(w):
                continue
        end = m.end(1)
        if frame[start:end].strip():
            out.append((start, end))
        start = m.end(2)
    if frame[start:].strip():
        out.append((start, len(frame.rstrip())))
    return out


_DOTTED_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _word_before(frame: str, lo: int, hi: int) -> str:
    """The run of word characters and dots that ends frame[lo:hi] (what ``[\\w.]+$`` finds in it)."""
    if hi > lo and frame[hi - 1] == "\n":
        hi -= 1  # "$" also matches before a final newline
    k = hi
    while k > lo and (frame[k - 1].isalnum() or frame[k - 1] in "._"):
        k -= 1
    return frame[k:hi]


# --- tokens ---
TOKEN_RE = re.compile(OPEN_PH + FILL_PH + "*" + CLOSE_PH + r"?|\w+(?:[’'\-.&]\w+)*[’']?|[^\w\s]")


_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|de|da|di|du|van|von|le|la|ul|ud|ben|abu)-[A-Z]")


@lru_cache(maxsize=65536)
def _is_cap(t: str) -> bool:
    return bool(t) and (t[0].isupper() or (len(t) > 1 and t[0].islower() and any(c.isupper() for c in t[1:3]))
                        or bool(_PARTICLE_NAME.match(t)))


class Token:
    """A word, a punctuation mark or a quote placeholder, with its offsets in the frame."""

    __slots__ = ("text", "start", "end", "lower", "is_quote")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.lower = text.lower()
        self.is_quote = text[:1] == OPEN_PH

    @property
    def is_cap(self) -> bool:
        return _is_cap(self.text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def split_words(text: str, pattern: re.Pattern) -> list[str]:
    """``pattern.findall(text)`` for a pattern whose matches never hold a space and take a run of
    letters between spaces whole: such runs need no regular expression (the hot path)."""
    out: list[str] = []
    for chunk in text.split():
        if chunk.isalpha():
            out.append(chunk)
        else:
            out += pattern.findall(chunk)
    return out


def token_texts(text: str) -> list[str]:
    """The texts of TOKEN_RE's matches."""
    return split_words(text, TOKEN_RE)


_new_token = object.__new__


def _token(text: str, start: int, end: int, lower: str) -> Token:
    """A Token built without the constructor's call overhead (tokenising is the extractor's hot loop)."""
    t = _new_token(Token)
    t.text, t.start, t.end, t.lower, t.is_quote = text, start, end, lower, text[0] == OPEN_PH
    return t


def tokenize(text: str, offset: int = 0, abbreviations: frozenset[str] = frozenset()) -> list[Token]:
    """Words, punctuation and quote placeholders; 'Inc.' and 'Dr.' keep their full stop."""
    words = token_texts(text)
    if not words:
        return []
    # a token never holds a space and lower-casing never looks across one, so one call lowers them all
    lowers = " ".join(words).lower().split(" ")
    toks: list[Token] = []
    append = toks.append
    find = text.find
    end = 0
    merge = bool(abbreviations) and "." in words
    for w, lo in zip(words, lowers):
        # only white space lies between tokens, so each starts where its text is next found
        start = find(w, end)
        end = start + len(w)
        if merge and w == "." and toks and toks[-1].end == start + offset and (
                toks[-1].text in abbreviations or _INITIALS.fullmatch(toks[-1].text)):
            prev = toks[-1]
            toks[-1] = _token(prev.text + ".", prev.start, end + offset, prev.lower + ".")
        else:   # (_token, inline)
            t = _new_token(Token)
            t.text, t.start, t.end, t.lower, t.is_quote = w, start + offset, end + offset, lo, w[0] == OPEN_PH
            append(t)
    return toks


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){0,3}")
DATELINE_RE = re.compile(r"^[A-Z][A-Z .’'/-]{2,40}?(?:,\s*(?:[A-Z]\.[A-Z]\.|[A-Z][A-Za-z]+\.?(?:\s+[A-Z][a-z]+)?)(?:\s+\d{1,2})?)?"
                         r"\s*(?:\([A-Za-z .]+\))?(?:\s+[-–—]+\s+|:\s+)")   # (round 34: "ERBIL, Kurdistan Region - ")


# "Takoradi, Nov. 25, GNA - …", "Accra, 3 March (AFP) — …": a title-case place, a date and an agency, then a dash
# ("DILI, 10 March 2026 (TATOLI) –": a place in capitals, the year too; round 37: a region after the place,
# "KINGSTOWN, St Vincent, Mar 12, CMC –", and in DATELINE_RE a state's abbreviation, "SAN JOSE, Calif. (AP) —")
DATED_DATELINE_RE = re.compile(r"^(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}|[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}),\s+"
                               r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?"
                               r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
                               r"(?:(?:,\s*[A-Z]{2,8}|\s*\([A-Za-z .]+\))?\s+[-–—]+\s+|\s*\([A-Z]{2,8}\)\s+(?=[A-Z“\"]))")
# (round 40: "Bhubaneswar, March 12 (IANS) The mass nesting …": a wire's acronym in brackets and no dash)
# "MÉRIDA, Yucatán (March 12, 2026).- …": a place in capitals (accents too), its region, the date in brackets, then
# ".-" or a dash (round 34)
BRACKET_DATE_DATELINE_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .’'/-]{2,40}?(?:,\s*[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:\s+[A-Z][a-z]+)?)?"
                                      r"\s*\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?),?\s+\d{4}\)"
                                      r"\s*\.?[-–—]+\s*")
# "(Business in Cameroon) - …": the agency alone in brackets, then a dash (round 34)
# ("Lomé (dpa) - …": a title-case place, accents too, before the agency)
AGENCY_DATELINE_RE = re.compile(r"^(?:(?!(?:The|A|An|In|On|At|For|Of)\b)[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ]+){0,2}\s*)?\([A-Za-z][A-Za-z .]{1,40}\)\s+[-–—]+\s+")
# "Doha: …": a title-case place and a colon (only a known place: see dateline_end)
PLACE_COLON_RE = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s+(?=[A-Z])")


def dateline_end(para: str, places=None) -> int:
    """'NAIROBI, Kenya (Reuters) - …', 'Takoradi, Nov. 25, GNA - …', 'Doha: …' (a place in ``places``): where the
    story starts after a dateline (0 when none)."""
    m = DATELINE_RE.match(para)
    if m is not None and sum(c.isupper() for c in m.group()) >= 3:
        return m.end()
    m = DATED_DATELINE_RE.match(para) or BRACKET_DATE_DATELINE_RE.match(para) or AGENCY_DATELINE_RE.match(para)
    if m is not None:
        return m.end()
    m = PLACE_COLON_RE.match(para) if places else None
    return m.end() if m is not None and m.group(1) in places else 0


@lru_cache(maxsize=65536)
def strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word
