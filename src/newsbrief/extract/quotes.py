"""Quotes: which quoted spans are real quotations, and which clauses are reported speech."""

from __future__ import annotations

import re

from .attribution import ADVERBIAL_STARTS, Cue, classify_np, verb_at
from .lexicon import Lexicon
from .text import QuoteSpan, Token, strip_possessive

_END_PUNCT = tuple(",.!?…;:—–-")
_LISTENER_OBJECTS = {"reporters", "journalists", "lawmakers", "legislators", "parliament", "mps", "him", "her",
                     "them", "us", "me", "viewers", "listeners", "supporters", "delegates", "students",
                     "the", "a", "an", "news", "agency", "conference", "broadcaster", "radio", "television",
                     "newspaper", "channel", "crowd", "audience", "colleagues", "investors", "analysts",
                     "staff", "employees", "senators", "members", "committee", "court", "jury", "judge",
                     "press", "media", "local", "state", "national", "daily", "weekly", "cnn", "bbc"}


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_TIME_ADVERBS = {"yesterday", "today", "tonight", "overnight", "earlier", "later", "recently", "previously", "also",
                 "again", "late", "early", "afterwards", "afterward"} | _WEEKDAYS
_PERIODS = {"week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "time"} | _WEEKDAYS


def _skip_time(tail: list[Token], j: int) -> int:
    """Skip 'on Tuesday', 'last week', 'this month', 'earlier', 'on March 3' after a verb."""
    while j < len(tail):
        w = tail[j].lower
        nxt = tail[j + 1].lower if j + 1 < len(tail) else ""
        if w in _TIME_ADVERBS:
            j += 1
        elif w == "on" and (nxt in _WEEKDAYS or nxt in _MONTHS or nxt.isdigit()):
            j += 2
            if j < len(tail) and (nxt in _MONTHS and tail[j].lower.isdigit()
                                  or nxt.isdigit() and tail[j].lower in _MONTHS):
                j += 1   # round 34: "on March 10", "on 10 March": the whole date
        elif w in ("last", "this", "next") and nxt in _PERIODS:
            j += 2
        elif w in _MONTHS and nxt.isdigit():
            j += 2
        elif w == "the" and nxt == "same" and j + 2 < len(tail) and tail[j + 2].lower in _PERIODS | {"day"}:
            j += 3   # round 40: "said the same evening that C", "said the same day"
        elif w in _DAY_PARTS and j > 0 and (tail[j - 1].lower in _WEEKDAYS or tail[j - 1].lower in ("yesterday", "today")):
            j += 1   # round 40: "said Tuesday evening that C", "said on Monday night", "said yesterday afternoon"
        else:
            break
    return j


_DAY_PARTS = {"morning", "afternoon", "evening", "night"}
_PLAIN_SAY = {"said", "says", "say", "told", "tells", "added", "adds", "quoted as saying"}
_IRREGULAR_PAST = {"was", "were", "had", "did", "went", "came", "made", "took", "saw", "knew", "thought", "got",
                   "gave", "found", "became", "left", "felt", "brought", "began", "kept", "held", "wrote", "stood",
                   "heard", "meant", "met", "ran", "paid", "spoke", "led", "grew", "lost", "fell", "sent", "built",
                   "spent", "rose", "drove", "bought", "chose", "sought", "caught", "fought", "won", "needs", "remains",
                   "faces", "plans", "wants", "expects", "continues", "includes", "makes", "takes", "seems", "lacks"}


def _finite(word: str) -> bool:
    return word in _FINITE or word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


_LISTENER_PREPOSITIONS = frozenset({"in", "at", "on", "from", "near", "outside", "after", "during"})


def _after_listener_adjuncts(tail: list[Token]) -> int:
    """Round 33: 'told reporters in Hobart on Tuesday the company could not …', 'told the Times Colonist the counts
    don't …', 'told Rudaw English they supported …': the clause after a listener (and the places and days that
    follow it) whose verb is a negated auxiliary or a past tense in -ed; 0 where no such clause starts."""
    for k in range(1, min(len(tail), 10)):
        t, prev = tail[k], tail[k - 1]
        if prev.text in ",;:" or prev.is_quote or prev.lower == "that":
            return 0
        if not (t.lower in _CLAUSE_STARTS or t.is_cap) or prev.lower in DETS or (t.is_cap and prev.is_cap) \
                or prev.lower in _LISTENER_PREPOSITIONS:
            continue
        if any(w.lower in _FINITE or w.lower in _IRREGULAR_PAST or w.lower.endswith(("n't", "n’t"))
               or len(w.lower) > 4 and w.lower.endswith("ed") and not _adjective_ed(tail, n)
               for n, w in enumerate(tail[k + 1:k + 8], k + 1)):
            return k
    return 0


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it"})


def _clause_right_after(tail: list[Token]) -> bool:
    """Attribution probes round 5: 'warned rates would stay high', 'cautioned the recovery could stall': a bare or
    determined lower-case noun, then a modal or auxiliary — a clause with no listener before it."""
    for n in (1, 2):
        if n < len(tail) and tail[n].lower in _FINITE and all(t.text.isalpha() and t.text.islower() for t in tail[:n]) \
                and tail[0].lower not in _OBJECT_PRONOUNS and (n == 1 or tail[0].lower in DETS):
            return True
    return False


def _adjective_ed(toks: list[Token], k: int) -> bool:
    """'an unlicensed firearm', 'the proposed levy': an -ed word after a determiner is an adjective, no verb."""
    w = toks[k].lower
    return k > 0 and toks[k - 1].lower in DETS and w.endswith("ed") and w not in _FINITE and w not in _IRREGULAR_PAST


_FINITE = {"would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "should", "must", "can",
           "may", "might", "did", "does", "do", "shall", "cannot", "can’t", "can't", "won’t", "won't"}
DETS = {"the", "a", "an", "this", "that", "its", "his", "her", "their"}
_CLAUSE_STARTS = {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "there", "this", "his", "her",
                  "their", "its", "our", "no", "all", "some", "most", "many"}


def is_quotation(span: QuoteSpan, para: str, lex: Lexicon | None = None) -> bool:
    """A real quotation, not scare quotes or a quoted title."""
    text = span.text
    words = text.split()
    ends = text.endswith(_END_PUNCT) or not span.closed
    if span.continues:
        return True
    if text.endswith("?") and _WRITER_ASKS.match(para, span.end):
        return False  # '“Do you believe in ghosts?” I ask.': the interviewer's question
    if lex is not None and span.closed and (_is_label(span.start, para, lex, len(words))
                                            or _is_title(span, para, words, lex)
                                            or _after_appeal(span.start, para, lex)):
        return False
    whole_paragraph = span.start == len(para) - len(para.lstrip()) and span.end >= len(para.rstrip()) - 1
    if whole_paragraph and len(words) >= 2:
        return True
    if len(words) == 2 and lex is not None and span.closed and _after_speech_verb(span.start, para, lex):
        return True  # 'said “I’m sorry” as she was led away'
    if len(words) <= 2 and not ends:
        return False
    if not ends and len(words) <= 8 and _title_case(words):
        return False  # a quoted title: “The Lord of the Rings”
    if len(words) < 4 and not ends:
        return False
    if len(words) <= 3 and ends:
        # “No,” he said. — only when an attribution follows or precedes directly
        after = para[span.end: span.end + 40].lstrip()
        before = para[max(0, span.start - 40): span.start].rstrip()
        if not after and span.closed and text.endswith((".", "!", "?")) and text[:1].isupper() \
                and before.endswith((".", "!", "?")):
            return True  # '…,” he told AFP. “Eleven days.”': a quoted sentence of its own ends the paragraph
        said = _SAID_BEFORE.search(before)   # '“…,” he said. “So nobody asked.”': a split quote's second half
        return bool(after[:1].islower() or after[:1].isupper() and not after.startswith(("The ", "A ")) or before.endswith((":", ","))
                    or said is not None and lex is not None and said.group(1).lower() in lex.speech_verbs)
    return True


_WRITER_ASKS = re.compile(r"[”\"’']?\s+I\s+(?:ask|asked|wonder|wondered|venture|ventured)\b")
_SAID_BEFORE = re.compile(r"[”\"][^“”\"]{0,30}\b(\w+)\.$")
_COORDINATED = re.compile(r"[”\"],?\s+(?:and|or)\s+$")
_WORD_OR_MARK = re.compile(r"[\w’'-]+|[^\w\s]")
_PLAIN_WORDS = re.compile(r"[\w’'-]+")
_NEXT_PLAIN_WORD = re.compile(r"\s*([\w’'-]+)")
_SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we", "you", "it"}


def _is_label(start: int, para: str, lex: Lexicon, n_words: int) -> bool:
    """'what one magazine called "…"', 'described it as "A" and "B"': a label, not a quotation."""
    if n_words > 12:
        return False
    for _ in range(_MOST_COORDINATED):
        before = para[max(0, start - 150):start]
        co = _COORDINATED.search(before)
        if co is None:
            return may_be_labelled(before, lex) and lex.labelling_re.search(before) is not None
        # the second of two coordinated labels: look before the first
        close = start - len(before) + co.start()
        start = max(para.rfind(ch, 0, close) for ch in "“\"")
        if start < 0:
            return False
    return False


# fuzzing (second round): how many coordinated labels ('called it "A", "B" and "C"') are read back to the phrase
# before the first; the walk was a call inside a call ('" and "' 1500 times: RecursionError) and a long chain was
# walked again from each of its quotations (quadratic)
_MOST_COORDINATED = 12


_APPEAL_BEFORE = re.compile(r"\b(?:and|but)\s+([a-z]+)(?:\s+([a-z]+))?")
_CLAUSE_MARK = re.compile(r"[,.!?:;“”\"][^,.!?:;“”\"]*$")


def _after_appeal(start: int, para: str, lex: Lexicon) -> bool:
    """'said C and accused the government of signing "a blank cheque"': words quoted in the narrator's summary of
    an accusation or an appeal that ends a reported clause (appeal_verbs) are no quotation of their own."""
    if not lex.appeal_verbs:
        return False
    lo = max(0, start - 160)
    mark = _CLAUSE_MARK.search(para, lo, start)   # (the summary runs up to the quotation with no mark between)
    return any(m.group(1) in lex.appeal_verbs or m.group(2) is not None and f"{m.group(1)} {m.group(2)}" in lex.appeal_verbs
               for m in _APPEAL_BEFORE.finditer(para, mark.start() + 1 if mark else lo, start))


# the characters that a case-blind regular expression takes for an ASCII letter ("K" for k, "ſ" for s …)
_FOLD_TO_ASCII = ("\u212a", "\u0130", "\u0131", "\u017f")


def may_be_labelled(text: str, lex: Lexicon) -> bool:
    """False when no labelling phrase's first word stands in the text, so that labelling_re cannot match it
    (a quick look first: the case-blind pattern is slow, and most text before a quotation labels nothing)."""
    if not lex.labelling_firsts or any(c in text for c in _FOLD_TO_ASCII):
        return True
    low = text.lower()
    return any(w in low for w in lex.labelling_firsts)


def _after_speech_verb(start: int, para: str, lex: Lexicon) -> bool:
    prev = _WORD_OR_MARK.findall(para[max(0, start - 30):start])
    return bool(prev) and prev[-1].lower() in lex.speech_verbs and prev[-1].lower() not in lex.listener_verbs


def _is_title(span: QuoteSpan, para: str, words: list[str], lex: Lexicon) -> bool:
    """'her new film, "The Long Quiet," which premiered …': a title-case name with the comma inside."""
    prev = _PLAIN_WORDS.findall(para[max(0, span.start - 40):span.start].lower())
    work = bool(prev) and prev[-1] in lex.work_nouns
    if work and len(words) <= 14 and para[max(0, span.start - len(prev[-1]) - 1):span.start].lower().startswith(
            prev[-1]) and not span.text.endswith(_END_PUNCT):
        return True  # 'under the theme “Fire safety starts at home”': the work's name right after its noun
    owned = para[max(0, span.start - 4):span.start].rstrip().endswith(("’s", "'s", "s’", "s'"))
    appos = para[max(0, span.start - 5):span.start].rstrip().endswith(",")
    if len(words) > (14 if work or appos else 10 if owned else 6) or not span.text.endswith((",", ".")) \
            or not _title_case(words):
        return False   # (a longer title after an owner: 'the department’s “Loligo Stock Assessment Survey, …,”')
    if work:
        return True  # 'the novel "Salt and Silence,"', 'a single headline: "Thank You, Harlan."'
    nxt = _NEXT_PLAIN_WORD.match(para, span.end)
    if nxt is None:
        # round 35: 'according to the agency’s “Annual Data Report.”': an owned title closing the paragraph
        return owned and not para[span.end:].strip()
    w = nxt.group(1)
    # '"Ferryman," her 2016 drama', '"Iron Tide," makes': no attribution follows
    unattributed = w[:1].islower() and w.lower() not in _SUBJECT_PRONOUNS and w.lower() not in lex.speech_verbs \
        and w.lower() not in lex.cue_words
    before = para[max(0, span.start - 5):span.start].rstrip()
    if before.endswith(","):
        # round 35: 'Their paper, “Dust and Metal Exposure on the Coast,” was published …': a title-case name in
        # apposition to a noun (the word before the comma no speech verb) with no attribution after it
        noun = _PLAIN_WORDS.findall(para[max(0, span.start - 40):span.start])
        return unattributed and span.text.endswith(",") and bool(noun) and noun[-1][:1].islower() \
            and noun[-1].lower() not in lex.speech_verbs and noun[-1].lower() not in lex.cue_words
    if before.endswith(":"):
        return False  # 'he said, "Thank You."'
    return unattributed


# lower-case words of titles in other languages: “Casa de los Vientos”, “La Vie en rose”, “Der Himmel über Berlin”
_TITLE_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "des", "du", "le", "les", "en", "et",
                              "di", "da", "dei", "della", "il", "do", "dos", "das", "der", "den", "von", "van",
                              "und", "über"})


def _title_case(words: list[str]) -> bool:
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "or", "with", "from"}
    sig = [w for w in words if w.lower() not in small and w not in _TITLE_PARTICLES]
    return bool(sig) and all(w[:1].isupper() or not w[:1].isalpha() for w in sig)


def _described_from_comma(toks: list[Token], anchor: int, lex: Lexicon) -> int:
    """Round 35: 'C, the regional president of the X Union (XU) said', 'C, the bay’s biggest swimming group has said':
    the role's or body's head the subject reader kept, after an article (or an owner) and up to three lower-case
    modifiers that open the noun phrase right after a comma: where the noun phrase starts (else ``anchor``)."""
    a = anchor - 1
    while a > 0 and anchor - a <= 4 and toks[a].text != "," and (
            toks[a].lower in ("the", "a", "an") or strip_possessive(toks[a].text) != toks[a].text
            or toks[a].text.replace("-", "").isalpha() and toks[a].text.islower() and toks[a].lower not in lex.auxiliaries
            and toks[a].lower not in _NOT_IN_DESCRIPTION and toks[a].lower not in lex.speech_verbs):
        a -= 1
    if toks[a].text == "," and a + 1 < anchor and (toks[a + 1].lower in ("the", "a", "an")
                                                  or strip_possessive(toks[a + 1].text) != toks[a + 1].text):
        return a + 1
    return anchor


_NOT_IN_DESCRIPTION = frozenset({"and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "to", "as", "if",
                                 "when", "while", "because", "so", "then", "than", "he", "she", "it", "they", "we"})


def reported_clauses(cue: Cue, toks: list[Token], frame: str, s_start: int, s_end: int,
                     lex: Lexicon, para: str | None = None) -> list[tuple[int, int]]:
    """Character spans (in the frame) of the clauses a cue reports (``para``: the paragraph the frame masks,
    whose quoted words count towards a clause's length)."""
    verb_len = len(cue.verb.split())
    if cue.verb in ("asked", "asks", "wondered", "questioned") and not cue.inverted:
        rest = toks[cue.verb_index + verb_len:]
        if rest and rest[0].lower == "by":
            return []  # "asked by reporters whether …": the question is the reporters'
        if rest and (rest[0].lower in _WH_WORDS or rest[0].lower in ("whether", "if")) and cue.verb_index > 0 and \
                toks[cue.verb_index - 1].lower in ("was", "were", "is", "are", "been", "being"):
            return []  # "X was asked what he would do": the question was put to X
        return _reported_question(rest, frame, lex)
    if cue.verb not in lex.indirect_verbs and cue.verb not in lex.that_only_verbs and cue.complement is None:
        return []
    that_only = cue.verb in lex.that_only_verbs
    after = (cue.subject.end if cue.inverted else cue.verb_index + verb_len)
    if cue.complement is not None:
        after = cue.complement
    tail = toks[after:]
    while tail and tail[-1].text in ".!?;":
        tail = tail[:-1]
    out: list[tuple[int, int]] = []
    # round 43: "X warned against turning the festival into …": the verb's object, no clause (an adding phrase after
    # it still reports one: "warned against complacency, saying C")
    object_only = bool(tail) and tail[0].lower in lex.object_prepositions and not cue.inverted \
        and cue.complement is None

    before_start = None
    anchor = cue.verb_index if cue.inverted else (cue.subject.np_start if cue.subject.np_start is not None
                                                  else cue.subject.start)
    if anchor >= 3 and not cue.inverted and toks[anchor - 1].text != "," and cue.subject.kind in ("role", "institution"):
        anchor = _described_from_comma(toks, anchor, lex)
    if anchor >= 2 and toks[anchor - 1].text == ",":
        before_start = s_start
    if anchor >= 1 and not cue.inverted and toks[anchor - 1].lower in ("if", "unless"):
        return []   # "If it confirms the first result, the rider faces a ban": a condition, no report

    j = 0
    listener_only = False
    if cue.verb in lex.listener_verbs and not cue.inverted:
        that = next((n for n in range(min(len(tail), 13)) if tail[n].lower == "that"), None)
        if that is not None and that >= 2 and tail[that - 1].lower in ("and", "but"):
            that = None   # round 41: "told commissioners C1 but that C2": the first clause has no "that"
        if that is not None and not any(t.text in ",;:" or t.is_quote for t in tail[:that]):
            j = that  # "told a news conference in Dakar that C" / "warned that C"
        elif cue.verb not in lex.listener_first_verbs and _clause_right_after(tail):
            j = 0   # probes round 5: "warned rates would stay high": no listener, the clause itself
        else:
            # "told jurors she had …", "told AFP the four employees … were": skip the listener
            j = next((k for k in range(1, min(len(tail), 6))
                      if (tail[k].lower in _CLAUSE_STARTS or tail[k].is_cap) and not tail[k - 1].lower in DETS
                      and not (tail[k].is_cap and tail[k - 1].is_cap)  # not inside a name: "told Harlan County"
                      and not (tail[k].is_cap and tail[k - 1].lower in _LISTENER_PREPOSITIONS)  # "in Lisbon"
                      and any(t.lower in _FINITE for t in tail[k + 1:k + 8])), 0)
            if j == 0:
                j = _after_listener_adjuncts(tail)
            if j == 0 and before_start is not None and len(tail) <= 4 and \
                    not any(t.lower in _FINITE or t.text in ",;:" or t.is_quote for t in tail):
                j = len(tail)  # "C, the minister told reporters.": the clause before the cue
            elif j == 0:
                # "told an audience of business leaders in Coventry": no reported clause follows (but an adding
                # phrase may: "“Q,” she told supporters, adding that C")
                listener_only = True
    if j == 0 and cue.verb in lex.work_verbs and len(tail) > 2 and tail[0].lower in DETS and tail[0].lower != "that" and tail[1].lower in lex.work_nouns \
            and not cue.inverted:
        return []   # "When X wrote the song that made him famous, …": the verb's object is a work, no reported clause
    j = _skip_time(tail, j)  # "said on Tuesday (that) …", "said last week …"
    while j < len(tail) - 2 and tail[j].lower.endswith("ly") and tail[j].lower in lex.auxiliaries \
            and tail[j].lower not in ("only", "simply"):
        j += 1   # "said privately (that) …", "said publicly …": the manner of saying (not "said only that …")
        j = _skip_time(tail, j)   # ("has argued publicly for months that …")
    if j + 2 < len(tail) and tail[j].lower == "only" and tail[j + 1].lower == "that":
        j += 1   # "said only that C": the clause after "that"
    if j + 3 < len(tail) and tail[j].text == "," and tail[j + 2].text == "," and tail[j + 1].lower in lex.auxiliaries:
        j += 3   # "He said, however, that C": an adverb between commas, then the clause
    kind = None
    if j < len(tail) - 3 and tail[j].text == "," and before_start is not None and not cue.inverted \
            and (len(toks[:anchor - 1]) <= 8 or toks[0].lower in lex.subordinators) \
            and not lex.adding_re.match(frame, tail[j].start):
        # "Twice in the past five years, she says, the fog signal has failed": the clause follows
        j += 1
        kind = "after"
    elif j >= len(tail):
        kind = "before"
    if kind is not None:
        pass
    elif tail[j].lower == "that":
        # "said that C"; but in "said that was “rubbish”" the "that" is the clause's subject
        kind, j = "after", j + (0 if j + 1 < len(tail) and tail[j + 1].lower in _THAT_SUBJECT_VERBS else 1)
    elif tail[j].text == "," and j + 1 < len(tail) and tail[j + 1].is_quote and before_start is not None \
            and not cue.inverted and toks[0].lower in ADVERBIAL_STARTS \
            and not any(_finite(t.lower) for t in toks[:anchor - 1]):
        kind = None   # round 40: "In the statement, X said, “Q”": the quotation is what was said, the opening no clause
    elif tail[j].text == ",":
        kind = "before"
    elif quoted_subject(tail, j):
        kind = "after"  # 'said “dialogue, not strikes” was the way forward': the quoted words open the clause
    elif tail[j].is_quote or tail[j].text in ":":
        kind = None  # "X said: “Q”" is a direct quote, not reported speech
    elif tail[j].lower in ADVERBIAL_STARTS and not (j + 1 < len(tail) and tail[j + 1].lower in ("least", "most")):
        k = colon = None
        for n in range(j, min(len(tail), j + 14)):
            if tail[n].text in ",;:" or tail[n].is_quote:
                colon = tail[n].text == ":" or tail[n].is_quote
                break  # "said on Tuesday, warning that …" — the clause before is the reported one
            if tail[n].lower == "that":
                k = n
                break
            if tail[n].lower in ("it", "he", "she", "they", "we", "there") and n > j and \
                    any(t.lower in _FINITE for t in tail[n + 1:n + 3]):
                k = n - 1  # "said in May it would cut 4% of its workforce"
                break
        if k is not None and not any(t.is_quote for t in tail[j:k]):
            kind, j = "after", k + 1
        elif colon:
            kind = None  # "On Monday night, …, X wrote on Facebook: “Q”": the quotation is what was said
        else:
            kind = "before"
    elif tail[j].lower == "of" and not cue.inverted:
        # "X said of the plan that C" / "“Q,” X says of the glacier." / "X said of the plan: “Q”": what the words
        # were about, then the clause after its "that" or none
        k = next((n for n in range(j + 1, min(len(tail), j + 12)) if tail[n].lower == "that"
                  or tail[n].text in ",;:" or tail[n].is_quote), None)
        if k is not None and tail[k].lower == "that" and k + 1 < len(tail):
            kind, j = "after", k + 1
        else:
            kind = None
    else:
        kind = "after"

    if listener_only or object_only:
        kind = None
    needs_clause = that_only or cue.verb not in _PLAIN_SAY
    if kind == "after" and that_only and not (j > 0 and tail[j - 1].lower == "that") and j < len(tail) \
            and tail[j].lower in DETS and tail[j].lower != "that":
        comma = next((k for k in range(j, min(len(tail), j + 7)) if tail[k].text == ","), None)
        if comma is not None and tail[comma + 1:comma + 2] and tail[comma + 1].lower in ("which", "who") \
                and not any(_finite(t.lower) and not _adjective_ed(tail, k) for k, t in enumerate(tail[j:comma], j)):
            kind = None  # "accepted the offer, which it said was fair": the verb's object, then a relative clause
    if kind == "after" and needs_clause and not ((j > 0 and tail[j - 1].lower == "that") or
                                                 any(_finite(t.lower) and not _adjective_ed(tail, k)
                                                     for k, t in enumerate(tail[j:j + 7], j))):
        kind = None  # "reported revenue of $4.2 billion" is no reported speech; "warned prices would rise" is
    if kind == "before" and before_start is not None:
        end = toks[anchor - 1].start
        seg = toks[: anchor - 1]
        apposition = cue.inverted or (cue.subject.end < len(toks) and toks[cue.subject.end].text == ",")
        if seg and not (_has_quote(seg) and not _mid_clause_quotes(seg)) and not (apposition and _is_noun_phrase(seg, lex)) \
                and not (len(seg) > 2 and seg[0].lower == "according" and seg[1].lower == "to"):
            # ("According to X, lenders have agreed to …": an attribution of its own, never a reported clause)
            out.append((s_start, end))
    elif kind == "after" and j < len(tail):
        start = tail[j].start
        end = _clause_end(tail[j:], frame, lex, _that_quote(tail, j, para))
        rel = cue.verb_index - 1
        while rel > 0 and toks[rel].lower in lex.auxiliaries:
            rel -= 1
        if not cue.inverted and cue.subject.start >= 2 and toks[cue.subject.start - 1].lower == "which" \
                and toks[cue.subject.start - 2].text == ",":
            rel = cue.subject.start - 1   # "The levy, which the Ports Authority says is needed …, is due": the same
        if (cue.complement is not None or rel == cue.subject.start - 1) and rel > 0 \
                and toks[rel].lower in ("who", "which") and toks[rel - 1].text == ",":
            # "X, which says C, has called for …": the relative clause ends at the comma before the main verb
            stop = next((t.start for n, t in enumerate(tail[j:-1], j) if t.text == "," and t.start < end
                         and tail[n + 1].text.islower() and (tail[n + 1].lower in lex.auxiliaries
                                                              or tail[n + 1].lower in _FINITE)), None)
            end = stop if stop is not None else end
        # "said C1 but noted that C2": a second speech verb coordinated with the first
        split_that = False
        for n in range(j + 1, len(tail) - 1):
            if tail[n].start >= end:
                break
            if split_that and not (tail[n].lower in ("and", "but") and tail[n + 1].lower == "that"):
                continue   # after "… and that C2" only a further "and/but that" splits ("… and ruled out by …" no)
            if tail[n].lower in ("and", "but") and tail[n + 1].lower == "that" and n + 2 < len(tail) \
                    and not (tail[n + 2].lower in lex.auxiliaries and tail[n - 1].text != ","
                             and any(t.lower == "that" and t.start > start for t in tail[j + 1:n])):
                # (not a second relative clause: "a condition that develops slowly and that is treatable")
                out.append((start, tail[n].start))  # "… that C1 and that C2"
                start, end = tail[n + 2].start, _clause_end(tail[n + 2:], frame, lex, _that_quote(tail, n + 2, para))
                split_that = True
                continue   # attribution probes round 4: "… C1 and that C2, but that C3" (the scan goes on)
            found = verb_at(tail, n + 1, lex) if tail[n].lower in ("and", "but") else None
            if found is None and tail[n].lower in ("and", "but") and n + 3 < len(tail) \
                    and tail[n + 2].lower == "that" and tail[n + 1].text.islower() and tail[n + 1].text.endswith("ed"):
                # "said she backed the plan but feared that C2": a second verb of thought with its own "that"
                out.append((start, tail[n].start))
                start, end = tail[n + 3].start, _clause_end(tail[n + 3:], frame, lex)
                break
            after_verb = tail[n + 1 + found[1]:n + 9 + found[1]] if found else []
            stop = next((k for k, t in enumerate(after_verb) if t.text in ",;:" or t.is_quote), len(after_verb))
            if found and found[0] in lex.that_only_verbs and not any(t.lower == "that" for t in after_verb[:stop]):
                continue   # round 40: "said X had admitted A but denied using the sword": a verb of the clause's own
            if found and _told_the_speaker(tail, j, n + 1 + found[1]):
                continue   # round 43: "said a council officer had called and told her to move …"
            if found and (found[0] in lex.indirect_verbs or found[0] in lex.that_only_verbs):
                rest = n + 1 + found[1]
                if found[0] in lex.listener_verbs and rest < len(tail) and tail[rest].lower != "that":
                    # round 40: "said C1 and told residents that C2": the listener is no part of C2
                    rest = next((k for k in range(rest, min(len(tail) - 1, rest + 13)) if tail[k].lower == "that"
                                 and not any(t.text in ",;:" or t.is_quote for t in tail[rest:k])), rest)
                if rest < len(tail) and tail[rest].lower == "that":
                    rest += 1
                if rest < len(tail):
                    out.append((start, tail[n].start))
                    start, end = tail[rest].start, _clause_end(tail[rest:], frame, lex, _that_quote(tail, rest, para))
                break
        if end > start:
            out.append((start, end))
    # "…, adding that C"
    search_from = toks[after - 1].end if after - 1 < len(toks) else s_end
    m = lex.adding_re.search(frame, search_from, s_end) if not lex.adding_words.isdisjoint([t.lower for t in tail]) else None
    if m and m.group()[:1] != "," and not m.group().rstrip(" ,:").lower().endswith("that") \
            and not _BARE_SAYING_AFTER.fullmatch(frame, search_from, m.end()):
        m = None  # "a small but telling example": a bare participle adds a clause only after a comma
    if m and m.start() >= search_from and (not out or m.start() >= out[-1][0]):
        if out and out[-1][1] > m.start():
            out[-1] = (out[-1][0], m.start())
        rest = [t for t in tail if t.start >= m.end()]
        if m.group().strip(" ,:").lower() in lex.adding_to_listener and rest and not rest[0].is_quote:
            # "…, telling reporters that C": the clause starts after the listener
            k = next((n for n, t in enumerate(rest[:12]) if t.lower == "that"), None)
            if k is not None and not any(t.is_quote or t.text in ",;" for t in rest[:k]):
                rest = rest[k + 1:]
        that_q = bool(rest) and m.group().rstrip(" ,:").lower().endswith("that") and para is not None \
            and rest[0].is_quote and para[rest[0].end - 1:rest[0].end] in _CLOSING_MARKS   # ", adding that “Q”"
        if rest and (not rest[0].is_quote or quoted_subject(rest, 0) or that_q):
            end = _clause_end(rest, frame, lex, that_q)
            if end > m.end():
                out.append((rest[0].start, end))
    asked = bool(toks) and toks[0].lower == "asked"
    return [c for c in out if _clause_ok(frame[c[0]:c[1]], para[c[0]:c[1]] if para is not None else None)
            or asked and _ELLIPTIC_ANSWER.match(frame[c[0]:c[1]])]


# probes round 2: "wrote to the council saying C", "posted on Facebook saying C": a bare "saying" right after the
# cue and a short phrase of where or to whom (no comma) adds the clause, as ", saying C" does
_BARE_SAYING_AFTER = re.compile(r"\s+(?:to|on|in)\s+(?:[\w’'-]+\s+){1,4}saying\s+", re.I)


# "Asked whether the syndicate would attend, Mrad said it would, but …": a short answer to the fronted question
_ELLIPTIC_ANSWER = re.compile(r"(?:it|he|she|they|we|I|there) (?:would|will|was|were|had|has|did|could|can|is|are|"
                              r"might|may|should)(?: not|n’t|n't)?[,\s]*$")


_THAT_SUBJECT_VERBS = frozenset({"was", "is", "wasn’t", "wasn't", "isn’t", "isn't", "would", "wouldn’t", "wouldn't",
                                 "will", "won’t", "won't", "had", "has", "could", "should", "might", "meant", "seemed"})


def _told_the_speaker(tail: list[Token], j: int, k: int) -> bool:
    """Round 43: 'Mrs X said a council officer had called and told her to move …': 'and told her/him' (at k the
    pronoun) in a clause that opens with a subject of its own (a determiner at j) is what that subject did to the
    speaker, not a second report of the speaker's; not before 'that' or a noun ('told her staff')."""
    if k >= len(tail) or tail[k - 1].lower not in ("told", "tells") or tail[k].lower not in ("her", "him"):
        return False
    nxt = tail[k + 1].lower if k + 1 < len(tail) else ""
    if nxt == "that" or tail[k + 1:k + 2] and tail[k + 1].text.islower() and tail[k + 1].text.isalpha() \
            and nxt not in ("to", "the", "a", "an", "it", "he", "she", "they", "there", "this"):
        return False
    return j < len(tail) and tail[j].lower in ("a", "an", "the")


def _is_noun_phrase(toks: list[Token], lex: Lexicon) -> bool:
    """'The president of CENA' before ', X, told …' is an apposition, not reported speech."""
    if len(toks) > 8 or any(t.lower in _FINITE for t in toks):
        return False
    return classify_np(toks, lex) in ("role", "name", "representative", "institution")


_WH_WORDS = frozenset({"why", "how", "what", "when", "where"})
# "asked him why C", "asked the minister when C", "asked council officials how C": who was asked, before the question
_LISTENER_OPENERS = frozenset({"him", "her", "them", "me", "us", "the", "his", "their", "its", "council", "police",
                               "officials", "ministers", "reporters"})
_NOT_LISTENER = frozenset({"for", "to", "about", "after", "in", "on", "at", "by", "if", "whether", "and", "or", "not"})


def _reported_question(tail: list[Token], frame: str, lex: Lexicon) -> list[tuple[int, int]]:
    """'asked whether C1, and whether C2' → C1, C2 (a question put by the speaker)."""
    out = []
    k = next((n for n in range(1, min(len(tail) - 3, 5)) if tail[n].lower in _WH_WORDS), None)
    if k is not None and (tail[0].lower in _LISTENER_OPENERS or tail[0].is_cap) \
            and all(t.text.isalpha() and t.lower not in _NOT_LISTENER for t in tail[:k]):
        tail = tail[k:]   # attribution probes round 4: "asked council officials when C": the listener is no part
    if len(tail) > 3 and tail[0].lower in _WH_WORDS and not tail[1].is_quote:
        # "X asked why riders were being charged": the question keeps its wh-word
        c = (tail[0].start, _clause_end(tail, frame, lex))
        return [c] if _clause_ok(frame[c[0]:c[1]]) else []
    k = 0
    while k < len(tail):
        if tail[k].lower in ("whether", "if") and k + 1 < len(tail) and not tail[k + 1].is_quote:
            start = tail[k + 1].start
            end = _clause_end(tail[k + 1:], frame, lex)
            nxt = next((n for n in range(k + 1, len(tail)) if tail[n].lower in ("and", "or")
                        and n + 1 < len(tail) and tail[n + 1].lower in ("whether", "if", "how", "why", "what",
                                                                         "when", "who")), None)
            if nxt is not None and tail[nxt].start < end:
                end = tail[nxt - 1].start if tail[nxt - 1].text == "," else tail[nxt].start
                out.append((start, end))
                k = nxt + 1
                if tail[k].lower not in ("whether", "if"):
                    out.append((tail[k].start, _clause_end(tail[k:], frame, lex)))
                    break
                continue
            out.append((start, end))
            break
        if k > 3 or tail[k].text in ",.;:" or tail[k].is_quote:
            break
        k += 1
    return [c for c in out if _clause_ok(frame[c[0]:c[1]])]


def quoted_subject(toks: list[Token], i: int) -> bool:
    """'(adding that) “dialogue, not strike action” was the way forward': a quotation that a finite verb follows is
    the subject of a reported clause, which holds it (round 32), not a quotation standing for itself."""
    return toks[i].is_quote and i + 1 < len(toks) and toks[i + 1].lower in _FINITE


def _has_quote(toks: list[Token]) -> bool:
    return any(t.is_quote for t in toks)


def _mid_clause_quotes(seg: list[Token]) -> bool:
    """'Buyers are “running out of patience” after the bill stalled, a group said': each quotation sits between
    two lower-case words of the clause, so the clause is the story's report and the partial quote part of it."""
    return all(0 < n < len(seg) - 1 and seg[n - 1].text.isalpha() and seg[n - 1].text.islower()
               and seg[n + 1].text.isalpha() and seg[n + 1].text.islower()
               for n, t in enumerate(seg) if t.is_quote)


_CLAUSE_LINKS = frozenset({"but", "and", "while", "though", "although", "yet"})


def _that_quote(toks: list[Token], k: int, para: str | None) -> bool:
    """'said (only) that “every case is reviewed individually”', '… and that “nothing is final”': a closed quotation
    that is the whole complement of a reported "that" is reported speech, the clause it makes (round 32; the
    labelling conventions mark it indirect)."""
    return para is not None and k > 0 and toks[k].is_quote and toks[k - 1].lower == "that" \
        and para[toks[k].end - 1:toks[k].end] in _CLOSING_MARKS


_CLOSING_MARKS = frozenset("”\"’»")


def _clause_end(toks: list[Token], frame: str, lex: Lexicon, lead_quote: bool = False) -> int:
    """``lead_quote``: a quotation opening the clause is part of it (see _that_quote)."""
    end = toks[0].start
    for i, t in enumerate(toks):
        if t.is_quote and i > 0 and toks[i - 1].text in ":,":
            return toks[i - 1].start
        if t.is_quote and i == 0 and not lead_quote and not quoted_subject(toks, 0):
            return t.start
        if t.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to" and i > 0 and toks[i - 1].text == ",":
            return toks[i - 1].start
        if t.text == "," and i + 1 < len(toks) and toks[i + 1].lower in lex.speech_verbs and i > 0:
            return t.start  # "…, who says C, noted …": the relative clause ends at the comma
        if t.lower in ("and", "but") and i > 0 and i + 1 < len(toks) and (
                toks[i + 1].lower in lex.appeal_verbs
                or i + 2 < len(toks) and f"{toks[i + 1].lower} {toks[i + 2].lower}" in lex.appeal_verbs):
            return toks[i - 1].start if toks[i - 1].text == "," else t.start  # "C and urged members to …"
        if t.text == "," and i > 0 and i + 2 < len(toks) and toks[i + 1].lower in _CLAUSE_LINKS and \
                toks[i + 2].lower in ("he", "she"):
            return t.start  # "said C, but he urged …": the narrator goes on about the speaker
        if t.text == "," and i > 0 and i + 3 < len(toks) and toks[i + 1].lower in _CLAUSE_LINKS and \
                toks[i + 2].lower != "that" and any(toks[k].lower in lex.speech_verbs and all(x.text.isalpha() for x in toks[i + 2:k])
                    for k in range(i + 3, min(len(toks), i + 6))):
            return t.start  # "said C1, though several added that C2", "…, while the council insists C2": a new speaker
        if t.text == ";" and i > 0 and any(toks[k].lower in lex.speech_verbs and all(x.text.isalpha() for x in toks[i + 1:k])
                                           for k in range(i + 2, min(len(toks), i + 5))):
            return t.start  # "She said C1; he said C2": a new speaker after the semicolon
        if t.text in ",;" and i > 0 and _new_speaker_after(toks, i, lex):
            return t.start  # probes round 5: "While X said C1, councillor Y said C2", "…; her deputy, Y, said C2"
        if t.text == "," and i > 0 and i + 2 < len(toks) and toks[i + 1].lower in lex.narrator_participles and \
                toks[i + 2].lower != "that":
            return t.start  # "said C, blaming the delay on a fault": the narrator's gloss
        end = t.end
    return end


_NOT_TITLE_OPENERS = frozenset({"which", "who", "whom", "whose", "that", "where", "like", "a", "an", "the", "and",
                                 "or", "but", "so", "yet", "according", "to", "of", "in", "for", "with", "by"})


def _new_speaker_after(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Attribution probes round 5: after the comma or semicolon at ``i``, a new subject (lower-case words of a title,
    then a capitalised name, perhaps with an apposition between commas after a semicolon) and a speech verb that a
    clause follows: 'While Deputy Mayor X said the plan was sound, councillor Y said it was rushed', 'X said the
    school needed more teachers; her deputy, Y, said it needed more classrooms'."""
    caps = 0
    commas = 0
    for k in range(i + 1, min(len(toks) - 1, i + 10)):
        t = toks[k]
        if t.lower in lex.speech_verbs and k > i + 1:
            nxt = toks[k + 1]
            return caps >= 2 and commas in (0, 2) and not nxt.is_quote and nxt.text not in ",.;:!?"
        if t.text == "," and toks[i].text == ";":
            commas += 1
            continue
        if not t.text.isalpha() and not (t.is_cap and t.text.replace("-", "").replace("’", "").isalpha()):
            return False
        if t.is_cap:
            caps += 1
        elif k == i + 1 and t.lower in _CLAUSE_LINKS and toks[i].text == ",":
            continue   # "…, but her colleague Y said C2"
        elif caps or t.lower in lex.subordinators or t.lower in _NOT_TITLE_OPENERS:
            return False   # lower-case words of a title only before the name (not "…, which Mayor X said was …")
    return False


_BAD_START = re.compile(r"^(?:to|so|nothing|anything|something|yes|no|it|this|that|hello|goodbye|thanks)\b[\s.,]*$|^to\s", re.I)


_MARKS_ONLY = re.compile(r"[^\w\ue000-\ue002]+")   # a token of punctuation alone (quoted words are a placeholder)


def _clause_ok(text: str, words: str | None = None) -> bool:
    """``words``: the clause with its quotations unmasked (round 32: 'adding that sensors “don’t put a drop back
    in”' is a clause of eight words, not of two)."""
    text = text.strip()
    if text[:1] in (")", "]"):
        return False   # '(“…,” he said), spoke in favor': the bracket closes the cue, no clause follows
    if sum(1 for w in (words if words is not None else text).split() if not _MARKS_ONLY.fullmatch(w)) < 3:
        return False   # (fuzzing: 'said “ ” ,' is no clause of three words but of none, and its text was '')
    return not _BAD_START.match(text)
