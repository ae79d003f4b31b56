"""The role reader: a speaker no rule gave a role gets one from how the text describes them, at any mention.

The rules in ``__init__.py`` read a role where a cue's subject is registered (a title before the name, an
apposition after it). This module runs after attribution, so it never changes who said what. For each person
speaker with no role (or only a former one) it gathers candidates the way a reader does, from every mention of
the full name or the surname (and the headline), and takes the first by a fixed priority:

1. a description attached to the name: an apposition (``X, a Dutch hydrologist,``, ``X, 45, a teacher,``) or
   title-like words before it (``Brazilian midfielder X``, ``local farmer X``), or a description alone before
   it between commas (``Ms Y’s predecessor, X,``);
2. a predicate in the present: ``X is a Y``, ``X, who is a Y,``, ``X works/serves as a Y``;
3. a definite, qualified description opening the sentence before the one where the person is first named as a
   subject, with nobody named in between (``Germany’s economy minister was … . In a letter, X wrote``;
   ``Its operations manager in Loreto, who …, rejected … . ¶ “…,” X told reporters``);
4. a definite description opening the sentence after one the person is the subject of (``For 14 years, X
   couldn’t sign his name. The retired carpenter from Dayton, Ohio, has …``; ``The 21-year-old opener’s 143``);
5. an epithet for the person: ``the fourth seed`` opening a sentence about the person the sentence before was
   about, or ``the Brazilian midfielder`` (nationality or age) after the person's name in the same sentence.

A description's head is a role word (``roles.yaml``) or a person noun (``person_nouns.yaml``), never a kin or
residence word; spans keep the text's wording without the article, an age or a trailing clause. A description
whose words another speaker's role already holds is theirs, not this person's.
"""

from __future__ import annotations

import re

from .entities import is_role_word, is_title_word, person_noun
from .lexicon import Lexicon


def honorific_start(para: str, start: int, lex: Lexicon) -> int:
    """Where a name starts when an honorific stands before it ('Shri Vinayak Deshmukh'), or a glottal stop written
    as an apostrophe ('Its coach, 'Ofa Lani,')."""
    if start >= 2 and para[start - 1] in "'ʻ" and para[start - 2] == " ":
        start -= 1
    if para[start - 1:start] != " ":
        return start
    for n in range(3):   # roles probes round 4: a run of styles, "Rt. Hon. X", "Hon. (Mrs) X", "Rev. Dr. X"
        words = para[max(0, start - 12):start].rsplit(None, 1)   # (the last word is all that is read)
        if not words or not (words[-1] in lex.honorifics or words[-1][:1] == "(" and words[-1][-1:] == ")"
                             and words[-1][1:-1] in lex.honorifics or n and words[-1] == "the") \
                or para[start - 1:start] != " ":
            break
        start -= 1 + len(words[-1])
        if words[-1] == "the":
            break   # "Senator the Hon. X": the article of the style
    return start


_DESC_STOP = re.compile(r"[,.;:()“”\"!?]")
_DESC_OPEN = re.compile(r",\s(?:\d{1,3},\s)?|\s\(\d{1,3}\),\s")   # ", " or ", 45, " or " (45), "
_DESC_LIST = re.compile(r"(?:,\s[a-z]+(?:\s[a-z]+)?)*,?\sand\s[a-z]+(?:\s[a-z]+)?(?=[,.]|\swho\s|\ssaid\b)")
_DESC_CUT = frozenset({"who", "which", "that", "whose", "where", "when", "while"})
_DESC_HEAD_END = frozenset({"of", "for", "at", "with", "in", "from", "on", "to", "by", "near", "since", "during"})
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ary", "ish", "ese", "ian")
_DESC_OPENERS = frozenset({"the", "his", "her", "its", "their", "our", "my"})
_DESC_NOT_FIRST = _DESC_HEAD_END | _DESC_CUT | frozenset({"and", "or", "but", "as", "said", "says", "according",
                                                          "however", "too", "also", "meanwhile", "though"})


def _person_description(text: str, lex: Lexicon) -> str | None:
    """'a Dutch hydrologist', 'the company’s production manager', 'founder of Y', 'Ms Y’s predecessor': a noun
    phrase of at most twelve words that describes a person (its head, before any 'of'/'at'/'from', a lower-case
    person noun), without a leading 'a'/'an'; no age, date, place or body."""
    words = text.split()
    indefinite = bool(words) and words[0].lower() in ("a", "an")
    if indefinite:
        words = words[1:]
    if not 1 <= len(words) <= 12 or any(c.isdigit() for c in text):
        return None
    if words[:2] == ["one", "of"] and len(words) >= 4 and (words[2] in _DESC_OPENERS or words[2].endswith(_POSSESSIVE)) \
            and words[-1].endswith("s") and person_noun(words[-1][:-1], lex) \
            and not any(w in _DESC_HEAD_END for w in words[3:]):
        return " ".join(words)   # "one of the founding members", "one of its first engineers"
    first = words[0].rstrip(",")
    own = next((k for k, w in enumerate(words[:3]) if w.endswith(("’s", "'s", "s’", "s'"))), -1)
    if own >= 0 and all(w[:1].isupper() or w.lower() == "the" for w in words[:own + 1]):
        pass  # "Ms Haworth’s predecessor", "the UAE’s minister of state", "Its chief executive"
    elif first.lower() in _DESC_OPENERS:
        pass
    elif indefinite and 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words[:-1]) \
            and words[-1].islower() and person_noun(words[-1], lex):
        pass   # roles probes round 5: "a Form Four student", "a Kenya Power technician": capitalised modifiers
    elif not (first.islower() or person_noun(first, lex)) or first in _DESC_NOT_FIRST or not (
            first in lex.person_descriptors or first in lex.role_modifiers or person_noun(first, lex)
            or "-" in first or first.endswith(_ADJECTIVE_ENDINGS)):
        return None   # "founder of Y", "retired carpenter", "self-taught potter"; not "wept as …", "was a …"
    k = next((n for n, w in enumerate(words) if n > 0 and w in _DESC_HEAD_END), len(words))
    head = words[k - 1]
    if own >= 0 and k - 1 <= own or not (person_noun(head, lex) or head[:1].isupper() and is_role_word(head, lex)):
        return None   # (a capitalised title heads one too: "the Chairman of CMAN, Engr. X,")
    if words[0] == "The" and len(words) > 1 and words[1].endswith(_POSSESSIVE):
        words = words[1:]   # "The city’s own arborist, X," -> "city’s own arborist" (the sentence's article is no role)
    return _without_home_place(" ".join(words), lex)


def _without_home_place(role: str, lex: Lexicon) -> str:
    """'farmer from Bush Lot' -> 'farmer', 'nurse in Graz' -> 'nurse': where a private person comes from or works is
    no part of their occupation (a post's place stays: 'senator from Montana'; an employer stays: 'nurse at the
    Hospital Pasteur')."""
    words = role.split()
    w = next((n for n in range(1, len(words) - 1) if words[n] == "with"
              and (words[n + 1].isdigit() or words[n + 1] in lex.count_words)), None)
    if w is not None and any(person_noun(x, lex) for x in words[:w]):
        # "a lobsterman from Jonesport with two children at the school": a family, no part of the occupation
        words = words[:w]
        role = " ".join(words)
    k = next((n for n, w in enumerate(words) if n > 0 and w in ("from", "in")), -1)
    if k < 1 or not _bare_place(words[k + 1:], lex) or len(words) - k - 1 < 2 and words[k] == "from":
        return role   # (a one-word suburb stays: "a nurse from Marrickville", as heldout3 labels it; where a
        # private person works is a place too: "a vendor in Kariakoo market", "a nurse in Graz" -> "nurse")
    head = words[k - 1]
    if head.lower() in lex.constituency_posts or not person_noun(head, lex) \
            or any(w.endswith(_POSSESSIVE) or w[:1].isupper() for w in words[:k]):
        return role
    return " ".join(words[:k])


def _participle_at(words: list[str], lex: Lexicon) -> int | None:
    """Where a participle after a private person's occupation starts: 'a senior engineering manager travelling
    home to Y' -> 4 ('travelling'), the first lower-case '-ing' word right after a person noun and not before one
    ('engineering' after 'senior' and 'operating' in 'chief operating officer' are none). It says what they were doing, not what they are; a post's stays ('senator representing Ogun
    Central', `constituency_posts`) and so does one saying whom they work or act for ('a lawyer representing the
    cooperative', `role_participles`)."""
    for n in range(1, len(words)):
        w, head = words[n], words[n - 1]
        if w.endswith("ing") and w.isalpha() and w.islower() and person_noun(head, lex):
            if n + 1 < len(words) and person_noun(words[n + 1].rstrip(",;"), lex):
                continue   # "chief operating officer": a modifier of the head that follows (also before a comma)
            if head.lower() in lex.constituency_posts or w in lex.role_participles:
                return None
            return n
    return None


def _without_participle(role: str, lex: Lexicon) -> str:
    """'coffee picker travelling home to Y' -> 'coffee picker' (see _participle_at)."""
    words = role.split()
    k = _participle_at(words, lex)
    return role if k is None else " ".join(words[:k])


def _bare_place(words: list[str], lex: Lexicon) -> bool:
    """'Bush Lot', 'Mansa district', 'Maddur in Mandya district': capitalised place words (with 'in' and a
    lower-case place noun), no organisation word; round 40: a number after a capitalised word is part of the
    place ('Ward 9 in Insiza', 'Zone 3')."""
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() and w.strip("’'s") not in lex.org_suffixes or w == "in" or w in lex.place_nouns
               or w.isdigit() and n and words[n - 1][:1].isupper() for n, w in enumerate(words))


def _description_after(para: str, end: int, lex: Lexicon) -> str | None:
    """'X, a Dutch hydrologist, said', 'X, founder of Y.', 'X, a fiddler, teacher and collector,'."""
    m = _DESC_OPEN.match(para, end)
    if m is None:
        return None
    stop = _DESC_STOP.search(para, m.end(), m.end() + 160)
    if stop is None:
        return None
    words = para[m.end():stop.start()].split()
    cut = next((n for n, w in enumerate(words) if w in _DESC_CUT or w in lex.speech_verbs), None)
    part = _participle_at(words, lex)
    if part is not None and (cut is None or part < cut):
        cut = part   # "X, 29, a coffee picker travelling home to Y,": the participle says what they were doing
    if cut is not None:
        words = words[:cut]   # "X, a neurologist who was not involved", "X, a local farmer said"
    elif para[stop.start()] == ",":
        more = _DESC_LIST.match(para, stop.start())
        if more is not None:  # "a fiddler, teacher and collector"
            items = re.split(r",\s|\sand\s", more.group(0).lstrip(","))
            if all(person_noun(i.split()[-1], lex) for i in items if i.strip()):
                words += more.group(0).split()
                words = " ".join(words).replace(" ,", ",").split()
    elif para[stop.start()] != "." or not para[stop.start() + 1:stop.start() + 2] in ("", " ", "\n") \
            or words and len(words[-1]) <= 3 and words[-1][:1].isupper():
        return None   # "an official at the U.S." is cut by an abbreviation's full stop
    return _person_description(" ".join(words), lex) if words else None


# the owner of a description ("the group's treasurer", "its treasurer") and the lower-case words after it
_OWNED_TAIL = re.compile(r"(?<!\S)(?:the\s[a-z]+(?:’s|'s|s’|s')|its|his|her|their)\s((?:[a-z][\w-]*\s?){1,4})$")
_DESC_WORD = re.compile(r"[\w’'-]+|[^\w\s’'-]")


def _description_before(para: str, start: int, end: int, lex: Lexicon) -> str | None:
    """'Brazilian midfielder X', 'singer X', 'the Co Clare fiddler, teacher and collector X'; or
    'Ms Y’s predecessor, X, …' (a description alone before the name, between commas)."""
    start = honorific_start(para, start, lex)
    if para.endswith(", ", 0, start) and (para.startswith(". ", end) or para.endswith(".", end) and len(para) == end + 1):
        # "The idea came from the group's treasurer, Helen Yawa.": an owned description closing the sentence
        seg = para[max(0, para.rfind(", ", 0, start - 2)):start - 2]
        m = _OWNED_TAIL.search(seg)
        if m is not None:
            return _person_description(m.group(1), lex)
        return None
    if para.endswith(", ", 0, start) and para.startswith(",", end):
        lo = max((para.rfind(c, 0, start - 2) for c in ".;:“”\"!?"), default=-1)
        comma = para.rfind(",", 0, start - 2)
        lo = max(lo, comma) + 1
        seg = para[lo:start - 2].strip()
        if seg and (lo == 0 or para[lo - 1] in ".;:!?" or comma + 1 == lo):
            return _person_description(seg, lex)
        return None
    if not para.endswith(" ", 0, start) or not para[start - 2:start - 1].isalpha():
        return None   # the word right before the name, not the end of a sentence or a clause
    title = _title_with_complement_before(para, start, lex)
    if title:
        return title
    words = _DESC_WORD.findall(para, max(0, start - 120), start)
    if max(0, start - 120) > 0 and words:
        words = words[1:]
    if not words or not person_noun(words[-1], lex):
        return None
    k = len(words) - 1
    while k > 0 and len(words) - k < 8:
        w, prev = words[k - 1], words[k - 2] if k >= 2 else ""
        if w in (",", "and") and prev and person_noun(prev, lex):
            k -= 1   # "fiddler, teacher and collector"
        elif w.islower() and w not in _DESC_NOT_FIRST and w not in _DESC_OPENERS and (
                w in lex.person_descriptors or w in lex.role_modifiers or person_noun(w, lex)
                or "-" in w and w.replace("-", "").isalpha() and not _AGE_EPITHET.fullmatch(w)):
            k -= 1   # ("left-arm seamer", "off-spin bowler")
        elif w[:1].isupper() and w.isalpha() and w not in lex.common_caps:
            k -= 1   # "Brazilian midfielder", "Co Clare fiddler"
        else:
            break
    return " ".join(words[k:]).replace(" ,", ",")


_TITLE_LINKS = frozenset({"of", "in", "and", "for", "the", "&", "to", "on"})
# the word that opens a title's complement ("Minister of X", "Minister for X", "Ambassador to X", "Rapporteur on X")
_COMPLEMENT_LINKS = ("of", "for", "to", "on")


def _title_with_complement_before(para: str, start: int, lex: Lexicon) -> str | None:
    """'deputy minister of territorial administration and infrastructure X', 'But Leader of Opposition in
    Parliament Hon. X': a title whose head takes an 'of' complement, standing right before the name (from a
    clause's start or its first title word), in either case."""
    lo = max(para.rfind(c, 0, start) for c in ",.;:“”\"!?()—–")
    words = para[lo + 1:start].split()
    link = next((w for w in words if w in _COMPLEMENT_LINKS), None)
    if not 3 <= len(words) <= 14 or link is None:
        return None
    k = next((n for n, w in enumerate(words) if is_title_word(w.lower(), lex)), -1)
    if k < 0 or k > 1 or k == 1 and not (words[0][:1].isupper() and words[0].lower() in ("but", "and", "yet", "then")
                                         or words[0].isupper() and 2 <= len(words[0]) <= 5 or words[0] in lex.places):
        return None   # (only a conjunction, a body's initials or a country may stand before it: "But Leader of …",
        # "UN Special Rapporteur on …", "US Ambassador to Kenya X")
    of = words.index(link)
    if of <= k or not is_role_word(words[of - 1], lex) or not all(is_title_word(w.lower(), lex) for w in words[k:of]):
        return None
    rest = words[of + 1:]
    if not rest or rest[-1].lower() in _TITLE_LINKS or not all(
            w.lower() in _TITLE_LINKS or w.isalpha() and w.lower() not in lex.speech_verbs
            and w.lower() not in lex.auxiliaries and w.lower() not in _FUNCTION_WORDS for w in rest):
        return None
    return " ".join(words[k:] if k == 0 or words[0].lower() in ("but", "and", "yet", "then") else words)


def _extend_to_list(ent: Entity, paragraphs: list[str], lex: Lexicon) -> None:
    """A one-word role that is the first of a list of descriptions after the name gets the whole list."""
    for pi in range(max(0, ent.first_pos // 1_000_000), len(paragraphs)):
        para = paragraphs[pi]
        i = para.find(ent.name)
        if i >= 0:
            end = i + len(ent.name)
            if para.startswith(", ", end) and para.find(ent.role + ", ", end, end + 60) >= 0:
                desc = _description_after(para, end, lex)
                if desc and desc.startswith(ent.role + ", ") and " and " in desc:
                    ent.role = desc
            return


def describe_roleless(speakers: list, paragraphs: list[str], headline: str | None, registry, lex: Lexicon) -> None:
    """Give each person speaker no rule gave a role the best description the text has of them (see the module's
    docstring); a former post gives way to a present one attached to the name. Never for an organisation."""
    done: set[int] = set()
    reader = None
    for ent in speakers:
        if ent is None or ent.kind != "person" or id(ent) in done:
            continue
        done.add(id(ent))
        if ent.role:
            ent.role = _without_participle(_without_home_place(ent.role, lex), lex)
            if not any(is_role_word(w, lex) for w in ent.role.split()) or ent.role.split()[-1] in _COMPLEMENT_LINKS:
                # "… of economy and finance X": not "finance"; "US Ambassador to Kenya X": not "US Ambassador to";
                # "Representative to the Holy See X": not "Holy See"
                ent.role = _fuller_title(ent, paragraphs, lex) or ent.role
            elif " " not in ent.role and ent.role[:1].isupper():
                # roles probes round 4: "Vice-President for Africa and the Middle East X": a one-word title cut
                # from its complement gets it back
                ent.role = _fuller_title(ent, paragraphs, lex) or ent.role
            if " " not in ent.role and ent.role.islower():
                _extend_to_list(ent, paragraphs, lex)  # "X, a fiddler, teacher and collector": not just "fiddler"
            if not _former(ent.role):
                continue
        else:
            ent.role = _attached_at_introduction(ent, paragraphs, lex)
            if ent.role:
                continue
        if reader is None:
            reader = _Reader(paragraphs, headline, registry, lex)
        role = reader.role_of(ent)
        if role:
            ent.role = role


def _fuller_title(ent, paragraphs: list[str], lex: Lexicon) -> str | None:
    """The title with an 'of' complement before the first mention of the full name, when it ends in the role."""
    for pi in range(max(0, ent.first_pos // 1_000_000), len(paragraphs)):
        i = paragraphs[pi].find(ent.name)
        if i >= 0:
            title = _title_with_complement_before(paragraphs[pi], honorific_start(paragraphs[pi], i, lex), lex)
            return title if title and (title.endswith(" " + ent.role) or title.startswith(ent.role + " ")) else None
    return None


def _attached_at_introduction(ent, paragraphs: list[str], lex: Lexicon) -> str | None:
    """The description attached to the first three mentions of the full name ('X, a Dutch hydrologist,')."""
    name, seen = ent.name, 0
    for pi in range(max(0, ent.first_pos // 1_000_000), len(paragraphs)):
        para = paragraphs[pi]
        i = para.find(name)
        while i >= 0 and seen < 3:
            end = i + len(name)
            if not para[end:end + 1].isalnum() and not para[i - 1:i].isalnum():
                seen += 1
                role = _description_after(para, end, lex) or _description_before(para, i, end, lex)
                if role:
                    return role
            i = para.find(name, end)
        if seen >= 3:
            break
    return None


# quoted words are masked (same length) so that a quotation's sentences and names are not read as the story's
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|(?<![\w’'])‘[^‘]*?’(?![\w’'])")
# (the lookbehind lets a match start only where a word starts, as every match does: without it the engine tries
# each offset inside a word and reads to the word's end from each, quadratic in the word's length)
_SENTENCE_END = re.compile(r"(?<![\w’'.)-])([\w’'.)-]*)[.!?][”\"’]?\s+(?=[“\"‘(]?[A-Z0-9])")
_PHRASE_STOP = re.compile(r"[,;:()“”\"!?—–]|\.(?=\s|$)")
_AGE_EPITHET = re.compile(r"\d{1,3}-year-old")
_POSSESSIVE = ("’s", "'s", "s’", "s'")
_COMPLEMENT_WORDS = frozenset({"of", "for", "at", "in", "from", "on"})
_IN_COMPLEMENT = frozenset({"the", "and", "of", "&", "for"})
_PHRASE_CUT = _DESC_NOT_FIRST - {"of", "for", "at", "in", "from", "on"}
_FUNCTION_WORDS = frozenset({"a", "an", "the", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us",
                            "this", "these", "those", "after", "before", "than", "not", "no", "into", "over",
                            "about", "under", "if", "so", "then", "there", "here", "very", "more", "most"})
_OWNER_PRONOUNS = frozenset({"its", "his", "her", "their", "our"})
_PREDICATE = re.compile(r"(?:,\s\d{1,3},|\s\(\d{1,3}\))?(,\swho)?\s(?:is|has\sbeen|works\sas|serves\sas|has\sworked\sas|has\sserved\sas)"
                        r"(?:\s(?:also|now|currently|still))?\s")
# a second predicate after "and" ("… and chairs the council", "… and is also …"): no part of a description
_SECOND_PREDICATE = re.compile(r"is|was|has|had|[a-z]{3,}[^s\W]s")
_PRONOUN_PREDICATE = re.compile(r"(He|She)\s(?:is|works\sas|serves\sas|has\sworked\sas|has\sserved\sas)"
                                r"(?:\s(?:also|now|currently|still))?\s(?=an?\s|the\s[a-z]+[’']s\s)")


def _gender_fits(ent, pronoun: str) -> bool:
    """A he/she may stand for ent: its gender is unknown or the pronoun's."""
    g = getattr(ent, "gender", "u") or "u"
    return ent is not None and (g not in ("m", "f") or g == ("m" if pronoun == "He" else "f"))


_FRONTED_DESCRIPTION = re.compile(r"(An?\s)[a-z][^,;:.!?]{2,160},\s(?:he|she)\s")
_AGE_AFTER = re.compile(r",\s\d{1,3},|\s\(\d{1,3}\)")
_INVERTED_VERBS = frozenset({"said", "says", "added", "adds", "told", "wrote", "writes", "explained", "recalled"})


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"   # what \w matches


def find_words(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    r"""(start, end, name) of each of ``names`` standing as a word in text, left to right, the first of the names
    that stands at a place taken there: what ``re.finditer`` of ``(?<![\w’'-])(?:name1|name2|…)(?![\w-])`` finds.

    (The article's names change with each article: found with str.find, they need no regular expression
    compiled for each article.)
    """
    found = []   # (start, rank of the name, end)
    for rank, name in enumerate(names):
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (i == 0 or not (_is_word_char(text[i - 1]) or text[i - 1] in "’'-")) and \
                    (j == len(text) or not (_is_word_char(text[j]) or text[j] == "-")):
                found.append((i, rank, j))
            i = text.find(name, i + 1)
    out, pos = [], 0
    for start, rank, end in sorted(found):
        if start >= pos:   # (at one start, the first name in order comes first)
            out.append((start, end, names[rank]))
            pos = end
    return out


def _former(role: str) -> bool:
    return "former" in role.lower().split()


def _within(role: str, other: str) -> bool:
    """Every word of role stands in other ('minister' in 'former prime minister')."""
    return set(role.lower().split()) <= set(other.lower().split())


def _body_before_verb(comp: list[str], ended_by: str | None, lex: Lexicon) -> bool:
    """Roles probes round 5: 'The managing director of the state water corporation has apologised': a lower-case
    complement that ends in a body noun right before an auxiliary or a speech verb is the post's whole complement
    (not 'The company’s head of safety went further')."""
    return ended_by is not None and (ended_by in lex.auxiliaries or ended_by in lex.speech_verbs) \
        and len(comp) >= 3 and comp[-1] in lex.company_nouns


class _Reader:
    """The article read for descriptions of people: quotations masked, sentences split, people's names found."""

    def __init__(self, paragraphs: list[str], headline: str | None, registry, lex: Lexicon):
        self.paragraphs, self.headline, self.lex = paragraphs, headline or "", lex
        self.persons = [e for e in registry.entities if e.kind == "person"]
        owner: dict[str, object] = {}
        for e in self.persons + [e for e in registry.entities if e.kind == "unknown" and " " in e.name
                                 and e.name.split()[0] in lex.first_names]:   # ("Ellen Farquhar", not "Shepton Rocks")
            words = e.name.split()
            for n in {e.name, words[-1]} if len(words) > 1 else {e.name}:
                if len(n) >= 2 and n[:1].isupper():
                    owner[n] = e if owner.get(n, e) is e else None   # a surname two people share names neither
        self.owner = owner
        self.names = sorted(owner, key=len, reverse=True)   # the longest first: "Ellen Farquhar" before "Farquhar"
        self._cache: dict[int, tuple] = {}

    def text(self, pi: int) -> str:
        return self.headline if pi < 0 else self.paragraphs[pi]

    def read(self, pi: int) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, object]]]:
        """(masked text, sentence spans, person mentions) of a paragraph (-1: the headline)."""
        got = self._cache.get(pi)
        if got is None:
            masked = _QUOTED.sub(lambda m: m.group(0)[0] + "x" * (len(m.group(0)) - 2) + m.group(0)[-1], self.text(pi))
            spans, s = [], 0
            for m in _SENTENCE_END.finditer(masked):
                word = m.group(1)
                if word in self.lex.abbreviations or len(word) == 1 and word.isupper():
                    continue   # "Dr.", "J."
                spans.append((s, m.end()))
                s = m.end()
            spans.append((s, len(masked)))
            people = [(a, b, self.owner[name]) for a, b, name in find_words(masked, self.names)]
            got = self._cache[pi] = (masked, spans, people)
        return got

    def sentence_at(self, pi: int, pos: int) -> tuple[int, int, int]:
        """(index, start, end) of the sentence holding pos."""
        spans = self.read(pi)[1]
        for k, (s, e) in enumerate(spans):
            if pos < e:
                return k, s, e
        return len(spans) - 1, spans[-1][0], spans[-1][1]

    def people_in(self, pi: int, s: int, e: int) -> list[tuple[int, int, object]]:
        return [p for p in self.read(pi)[2] if s <= p[0] < e]

    def is_subject(self, pi: int, start: int) -> bool:
        """The name opens its sentence, follows an introductory phrase and a comma, or follows a quotation and
        its verb ('“…,” said X'): it is whom the sentence is about."""
        masked = self.read(pi)[0]
        k, s, _ = self.sentence_at(pi, start)
        lead = masked[s:honorific_start(masked, start, self.lex)].rstrip()
        words = lead.split()
        if words and words[-1].rstrip(".") in self.lex.abbreviations:
            lead = lead[:-len(words[-1])].rstrip()   # "Dr. X"
            words = words[:-1]
        return not lead or lead.endswith((",", "”", "\"", "’")) or words[-1] in _INVERTED_VERBS \
            and lead[:-len(words[-1])].rstrip().endswith((",", "”", "\"", "’"))

    def subject_of(self, pi: int, s: int, e: int):
        """The person a sentence is about: the first one named in subject position, else the first named."""
        people = [p for p in self.people_in(pi, s, e) if p[2] is not None and p[2].kind == "person"]
        for p in people:
            if self.is_subject(pi, p[0]):
                return p[2]
        return people[0][2] if people else None

    def sites(self, ent) -> list[tuple[int, int, int]]:
        """Where the text names ent (full name or surname): (paragraph, start, end), the headline last."""
        out = []
        for pi in list(range(len(self.paragraphs))) + [-1]:
            text = self.text(pi)
            if ent.name.split()[-1] not in text:
                continue
            out.extend((pi, a, b) for a, b, who in self.read(pi)[2] if who is ent)
        return out

    # --- the candidates, by priority ---------------------------------------------------------------------

    def role_of(self, ent) -> str | None:
        sites = self.sites(ent)
        if not sites:
            return None
        former = bool(ent.role)
        for pi, a, b in sites:
            text = self.text(pi)
            role = _description_after(text, b, self.lex) or _description_before(text, a, b, self.lex)
            if role and not _former(role) and self.free(role, ent) and not (former and _within(role, ent.role)):
                return role   # (not the former post itself, cut short: "former prime minister X" is no "minister")
        if not (ent.gender in ("m", "f") or ent.name.split()[0] in self.lex.first_names
                or any(_AGE_AFTER.match(self.text(pi), b) or honorific_start(self.text(pi), a, self.lex) < a
                       for pi, a, b in sites)):   # "X, 67,", "Dr. X"
            return None   # (what the story says around a name is read only for someone known to be a person)
        for pi, a, b in sites:
            role = self.predicate(pi, a, b)
            if role and self.free(role, ent):
                return role
        if former:
            return None   # a former post stated at the name outranks what the story says around it
        body = [site for site in sites if site[0] >= 0]
        if body and ent.first_pos >= 0 and getattr(ent, "kin", None) is None:
            # (roles probes round 4: not for someone introduced as a relative, "His wife, X, said": the
            # sentence before is about him)
            role = self.described_before(*body[0])
            if role and self.free(role, ent):
                return role
        for pi, a, b in body:
            role = self.described_next(pi, a)
            if role and self.free(role, ent):
                return role
        return self.epithet(ent)

    def free(self, role: str, ent) -> bool:
        """Not a description another person's role already holds (it is theirs: 'the minister' of Minister X)."""
        low = role.lower()
        head = low.split()[-1]
        for e in self.persons:
            if e is not ent and e.role and (low in e.role.lower() or " " not in low and e.role.lower().endswith(head)):
                return False
        return True

    def predicate(self, pi: int, a: int, b: int) -> str | None:
        """'X is a Y', 'X, who is a Y,', 'X works (has worked) as a Y': a present predicate of the name that describes a person."""
        masked = self.read(pi)[0]
        m = _PREDICATE.match(masked, b)
        if m is None or not m.group(1) and not self.is_subject(pi, a):
            return None
        return self.phrase(masked, m.end(), complement=True)

    def described_before(self, pi: int, a: int, b: int) -> str | None:
        """'Germany’s economy minister was … . In a letter, X wrote …': the sentence before the first mention (this
        paragraph or the two before) opens with a qualified definite description and nobody is named in
        between; the person is the subject of the sentence naming them."""
        if not self.is_subject(pi, a):
            return None
        k, s, _ = self.sentence_at(pi, a)
        if any(p[0] < a for p in self.people_in(pi, s, a) if self.is_subject(pi, p[0])):
            return None
        qi, spans = pi, self.read(pi)[1][:k]
        while qi >= max(0, pi - 2):
            for n in range(len(spans) - 1, -1, -1):
                s, e = spans[n]
                if self.people_in(qi, s, e):
                    return None
                role = self.opening_description(qi, s, e, qualified=True)
                if role:
                    return role
            qi -= 1
            if qi >= 0:
                spans = self.read(qi)[1]
        return None

    def described_next(self, pi: int, a: int) -> str | None:
        """'For 14 years, X couldn’t … . The retired carpenter from Dayton, Ohio, has …': the sentence after one
        whose only person and subject is X opens with a definite description."""
        if not self.is_subject(pi, a):
            return None
        k, s, e = self.sentence_at(pi, a)
        spans = self.read(pi)[1]
        if k + 1 >= len(spans) or len({id(p[2]) for p in self.people_in(pi, s, e)}) != 1:
            return None
        ns, ne = spans[k + 1]
        masked = self.read(pi)[0]
        fronted = _FRONTED_DESCRIPTION.match(masked, ns, ne)
        if fronted is not None:
            # "X watched from the gallery. A structural engineer who took part in …, she said …": a description
            # fronted before the pronoun that continues the sentence about X
            return self.phrase(masked, fronted.end(1), complement=True)
        pred = _PRONOUN_PREDICATE.match(masked, ns, ne)
        if pred is not None and _gender_fits(self.subject_of(pi, s, e), pred.group(1)):
            # roles probes round 4: "“…,” said X. She is a childcare worker in Manukau." / "He works as a cleaner
            # at the airport.": a present predicate of the pronoun for the person just named
            role = self.phrase(masked, pred.end(), complement=True)
            return _without_home_place(role, self.lex) if role else None
        if not masked.startswith("The ", ns):
            return None
        role = self.phrase(masked, ns + 4, complement=True, possessive_head=True)
        if role is None or any(w.endswith(_POSSESSIVE) for w in role.split()):
            return None   # "X said … . The company’s head of safety went further": someone else, X's colleague
        return role

    def opening_description(self, pi: int, s: int, e: int, qualified: bool) -> str | None:
        """The description a sentence opens with (after an introductory phrase): 'The founder of X, …',
        'Its operations manager in Loreto, who …', 'Germany’s economy minister was …'."""
        masked = self.read(pi)[0]
        pos = s
        m = re.match(r"[A-Z][^,.;:!?“”\"]{0,60},\s+", masked[s:e])
        if m is not None and not masked[s:s + 4] in ("The ", "Its ", "His ", "Her "):
            pos += m.end()
        first = masked[pos:pos + 12].split(" ", 1)[0]
        if first.lower() not in ("the", "its", "his", "her", "their") and not first.endswith(_POSSESSIVE):
            return None
        start = pos + len(first) + 1 if not first.endswith(_POSSESSIVE) else pos
        role = self.phrase(masked, start, complement=True)
        if role is None:
            return None
        words = role.split()
        owned = first.lower() in _OWNER_PRONOUNS or any(w.endswith(_POSSESSIVE) for w in words)
        complemented = any(w in _COMPLEMENT_WORDS for w in words[1:])
        modified = len(words) >= 2 and words[-2].islower() and words[-2] not in self.lex.vague_role_modifiers \
            and words[-2] not in self.lex.person_descriptors
        if qualified and not (owned or complemented or modified):
            return None
        return role

    def epithet(self, ent) -> str | None:
        """'The fourth seed, who …, said' after a sentence about X; '… to bring the Brazilian midfielder from
        Portugal' after X's name in the same sentence: a definite description standing for the person."""
        for pi in [-1] + list(range(len(self.paragraphs))):
            masked, spans, _ = self.read(pi)
            for m in re.finditer(r"(?<![\w’'])[Tt]he ", masked):
                full = self.phrase(masked, m.end(), complement=True)
                if full is None:
                    continue
                end = masked.find(full.split()[-1], m.end()) + len(full.split()[-1])
                if re.match(r",?\s+[A-Z]", masked[end:end + 4]) or masked.startswith(("’s", "'s"), end):
                    continue   # a title before a name ("the Brazilian midfielder Caio X", "The largest operator, PT X,")
                role = self.phrase(masked, m.end(), complement=False)
                if len([w for w in role.split() if not _AGE_EPITHET.fullmatch(w)]) < 2 \
                        or any(w.endswith(_POSSESSIVE) for w in role.split()):
                    continue   # a bare "the minister" may be anyone's; "the company’s director" introduces someone
                k, s, e = self.sentence_at(pi, m.start())
                if self.is_subject(pi, m.start()):
                    who = self.previous_subject(pi, k)
                else:
                    words = role.split()
                    if not any(w in self.lex.place_adjectives or _AGE_EPITHET.fullmatch(w) for w in words[:-1]):
                        continue
                    people = [p for p in self.people_in(pi, s, m.start()) if p[2] is not None and p[2].kind == "person"]
                    who = people[-1][2] if people and people[-1][2] is not people[0][2] else None
                if who is ent and self.free(role, ent):
                    return " ".join(w for w in role.split() if not _AGE_EPITHET.fullmatch(w))
        return None

    def previous_subject(self, pi: int, k: int):
        """Whom the nearest sentence before sentence k that names someone is about (this paragraph, the one
        before, the headline before the first)."""
        qi, spans = pi, self.read(pi)[1][:k]
        for _ in range(2):
            for s, e in reversed(spans):
                if self.people_in(qi, s, e):
                    return self.subject_of(qi, s, e)
            if qi < 0:
                return None
            qi -= 1
            spans = self.read(qi)[1]
        return None

    def phrase(self, text: str, pos: int, complement: bool, possessive_head: bool = False) -> str | None:
        """The description at pos: modifiers, a person noun heading them (the last such word of the run), and with
        complement a short 'of/for/at/in/from/on …' after it; no article, age or trailing clause."""
        stop = _PHRASE_STOP.search(text, pos, pos + 160)
        words = text[pos:stop.start() if stop else pos + 160].split()
        lex = self.lex
        if words and words[0].lower() in ("a", "an", "the"):
            words = words[1:]
        head, k = -1, 0
        while k < len(words) and k < 8:
            w = words[k]
            low = w.lower()
            if low in _PHRASE_CUT or low in lex.speech_verbs or low in lex.auxiliaries or low in _COMPLEMENT_WORDS \
                    or low in _FUNCTION_WORDS or head < 0 and k >= 5 or low.endswith("ed") and "-" not in low \
                    and low not in lex.person_descriptors and low not in lex.role_modifiers and not person_noun(w, lex):
                break   # (a verb or a function word ends the phrase: not "the club needed after it signed the …")
            if w.endswith(_POSSESSIVE):
                bare = w[:-2]
                if possessive_head and person_noun(bare, lex):
                    words[k], head = bare, k   # "The 21-year-old opener’s 143": the opener
                    break
                if k > 1 or (k == 1 and not words[0][:1].isupper()):
                    break
            elif person_noun(w, lex):
                head = k
            elif not (_AGE_EPITHET.fullmatch(w) or w.isalpha() or "-" in w) or head >= 0 and w[:1].isupper():
                break
            k += 1
        if head < 0:
            return None
        out = words[:head + 1]
        if complement and head + 1 < len(words) and head + 1 == k and (
                words[head + 1] in _COMPLEMENT_WORDS
                or words[head + 1] == "with" and words[head].lower() in lex.with_heads):
            # (roles round 3: "X is a volunteer with the festival": the body after "with" of a post held with one)
            comp, ended_by = [words[head + 1]], None
            for n, w in enumerate(words[head + 2:head + 8], head + 2):
                if w == "and" and n + 1 < len(words) and _SECOND_PREDICATE.fullmatch(words[n + 1]):
                    break   # roles probes round 4: "X is a cane farmer in Ba and chairs the growers’ council"
                if w.endswith(_POSSESSIVE):
                    return None   # "the secretary of state’s office": an owner, not a person
                if w[:1].isupper() or w in _IN_COMPLEMENT or (w.isalpha() and w.islower() and not w.endswith("ed")
                                                               and w not in lex.auxiliaries and w not in _PHRASE_CUT
                                                               and w not in lex.speech_verbs):
                    comp.append(w)
                else:
                    ended_by = w
                    break
            if (len(comp) < len(words) - head - 1 or stop is None) and not _body_before_verb(comp, ended_by, lex):
                # (lower-case words are the complement only when it runs to the clause's end: not "… safety went")
                last = max((n for n, w in enumerate(comp) if w[:1].isupper()), default=0)
                comp = comp[:last + 1]
            while comp and comp[-1] in _IN_COMPLEMENT:
                comp.pop()
            if len(comp) >= 2:
                out += comp
        out = [w for w in out if not _AGE_EPITHET.fullmatch(w)]
        if not out or out[0].lower() in _OWNER_PRONOUNS and len(out) == 1:
            return None
        if out[0].lower() in _OWNER_PRONOUNS:
            out = out[1:]
        first = out[0]
        if first[:1].isupper() and not first.endswith(_POSSESSIVE) and first not in lex.place_adjectives \
                and len(out) == 1:
            return None
        return " ".join(out)
