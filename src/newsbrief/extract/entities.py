"""Named entities: people, organisations and places, found by rules and word lists.

A *chunk* is a run of capitalised words (with name particles such as "of" or
"bin" inside).  Each chunk is split into an optional title ("US National Security
Advisor") and a name, then classified with the gazetteers in ``data/<lang>/``:
places, organisations, organisation words, first names and honorifics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from .lexicon import Lexicon
from .text import _is_cap, strip_possessive

# a capital letter: ASCII, or an accented Latin one that starts a name ("Álvaro", "Örjan", "Łukasz", "Šimon")
_UP = "A-ZÀ-ÖØ-ÞĆČĐŁŚŠŽŹŻŘ"
_CAP = (r"(?:(?:[A-Z]\.){2,4}|[A-Z]/[A-Z]{1,2}\b|[" + _UP + r"][\w’'\-&]*\.?|[a-z]{1,2}[A-Z][\w’'\-]*)")  # "A/S"


_DAYS_MONTHS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                r"July|August|September|October|November|December)\b")
UNREAD = object()   # a mention's context not read yet


@dataclass(slots=True)
class Mention:
    paragraph: int
    start: int
    end: int
    text: str          # the name as written (title, honorific and possessive removed)
    kind: str          # person | organization | place | unknown
    name: str          # canonical name
    role: str | None = None
    gender: str = "u"
    # read from the paragraph when the mention is first registered (see extract._add)
    context_read: bool = False
    apposition: str | None | object = UNREAD


_CHUNK_START = rf"(?=[a-z]{{0,2}}+[{_UP}])"   # a capital, or one or two ASCII lower-case letters before one


def _chunk_body(lex: Lexicon) -> str:
    particles = "|".join(sorted((re.escape(p) for p in lex.name_particles), key=len, reverse=True))
    cap = _CAP
    if lex.numbered_name_words:   # "Machinists Local 1897": the number is part of the name
        numbered = "|".join(sorted((re.escape(w) for w in lex.numbered_name_words), key=len, reverse=True))
        cap = rf"(?:(?:{numbered})\s+\d{{1,5}}(?:-\d{{1,5}})?\b|{_CAP})"
    # round 37: an organisation prefix whose second word is no particle ("Commission on", "Committee to") joins the
    # capitalised words after it ("the Council on Foreign Relations"), never a day or month ("the Commission on Monday")
    joins = sorted((p for p in lex.org_prefixes if len(p.split()) == 2 and p.split()[1].islower()
                    and p.split()[1] not in lex.name_particles), key=len, reverse=True)
    if joins:
        units = "|".join(re.escape(p.split()[0]) + r"\s+" + re.escape(p.split()[1]) for p in joins)
        cap = rf"(?:(?:{units})(?=\s+(?!{_DAYS_MONTHS})[{_UP}])|{cap})"
    return rf"{cap}(?:\s+(?:(?:{particles})\s+)*{cap})*"


def _chunk_re(lex: Lexicon) -> re.Pattern:
    return re.compile(_CHUNK_START + _chunk_body(lex))


_cache: dict[int, re.Pattern] = {}
_body_cache: dict[int, re.Pattern] = {}
_CHUNK_CACHE: dict[int, dict[str, tuple]] = {}   # chunk text -> its mentions (offsets relative to the chunk)


def chunk_pattern(lex: Lexicon) -> re.Pattern:
    """A chunk: a run of capitalised words, with name particles inside."""
    pat = _cache.get(id(lex))
    if pat is None:
        pat = _cache[id(lex)] = _chunk_re(lex)
    return pat


def _chunk_body_pattern(lex: Lexicon) -> re.Pattern:
    """chunk_pattern without the lookahead that says where a chunk may start (for a start known to pass it)."""
    pat = _body_cache.get(id(lex))
    if pat is None:
        pat = _body_cache[id(lex)] = re.compile(_chunk_body(lex))
    return pat


_CAPITAL = re.compile(f"[{_UP}]")


def iter_chunks(para: str, lex: Lexicon):
    """The matches of ``chunk_pattern(lex).finditer(para)``, found faster.

    The pattern's lookahead lets a match start only at a capital or one or two ASCII lower-case letters before
    one ("iPhone"), but the regex engine tries it at every offset.  Here the capitals are found first (a plain
    character class, which the engine scans quickly) and the pattern is tried only where a match can start,
    in order; there the lookahead holds, so the pattern is tried without it.
    """
    match, capital = _chunk_body_pattern(lex).match, _CAPITAL.search
    pos = 0   # where the scan goes on: the end of the last match, or past a capital that starts none
    while (cap := capital(para, pos)) is not None:
        c = cap.start()
        m = None
        if c > pos and "a" <= para[c - 1] <= "z":
            if c - 1 > pos and "a" <= para[c - 2] <= "z":
                m = match(para, c - 2)
            if m is None:
                m = match(para, c - 1)
        if m is None:
            m = match(para, c)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = c + 1


@lru_cache(maxsize=65536)
def _base(word: str) -> str:
    return strip_possessive(word).lower().rstrip(".")


def given_name_gender(word: str, lex: Lexicon) -> str | None:
    """The gender of a given name; a hyphenated one not listed ('Mei-Lin', 'Anne-Sophie') takes that of its
    first listed part."""
    g = lex.first_names.get(word)
    if g is None and "-" in word:
        for part in word.split("-"):
            g = lex.first_names.get(part)
            if g is not None:
                break
    return g


def leading_honorific(name: str, lex: Lexicon) -> str | None:
    """'Dr Ashdown' → 'Dr', 'Cllr Peart' → 'Cllr': the honorific a name as written opens with, or None."""
    words = name.split(None, 1)
    return words[0] if words and words[0] in lex.honorifics else None


def given_name_after_title(texts: list[str], h: int, lex: Lexicon) -> int | None:
    """Round 41: 'Senior Sergeant Dean Marchbank', 'Professor Dean Smith': the last title word ``h`` is a listed
    given name after another title word and before one last capitalised word: the name starts there (the index
    returned), the title ends before it."""
    if h < 1 or h != len(texts) - 2 or texts[h] not in lex.first_names or not texts[h + 1][:1].isupper() \
            or not is_role_word(texts[h - 1], lex):
        return None
    return h


def _name_after_body_of(texts: list[str], lex: Lexicon) -> int | None:
    """Where the name starts in 'Ministry of Finance Kwesi Boateng': words opening with an organisation prefix
    ending in 'of' (`org_prefixes`), one or two capitalised words, then a listed given name and one or two
    capitalised words (None if not so)."""
    if len(texts) < 5 or texts[1] != "of" or f"{texts[0]} of" not in lex.org_prefixes:
        return None
    given = next((j for j in (3, 4) if j < len(texts) - 1 and texts[j] in lex.first_names
                  and texts[j] not in lex.ambiguous_names and 2 <= len(texts) - j <= 3), None)
    if given is None or not all(_is_cap(t) and t not in lex.first_names
                                for t in texts[2:given]) or not all(_is_cap(t) for t in texts[given:]):
        return None
    return given


def surname_like_title(texts: list[str], i: int, lex: Lexicon) -> bool:
    """Roles probes round 5: 'Ryan Bishop', 'Coach Ryan Bishop', 'Emma Judge', 'Helen Driver': a capitalised title
    word ``i`` that ends the words right after a listed given name (no title word itself) is the surname, not a
    post."""
    return (i == len(texts) - 1 or texts[i + 1] == "of") and i >= 1 and texts[i][:1].isupper() and texts[i][1:].islower() \
        and texts[i - 1] in lex.first_names and not is_title_word(texts[i - 1], lex) \
        and texts[i].lower() not in lex.body_role_heads and texts[i] not in lex.org_suffixes \
        and (i == 1 or texts[i - 2].lower() not in ("and", "of", "the", "&", "for"))   # not "Harbour and Marine …"


def region_after_initials(texts: list[str], h: int, lex: Lexicon) -> bool:
    """Leftovers round: 'DIG South Rana Perera': the title word ``h`` is a post in initials followed by a region
    (`region_words`), a listed given name and a surname: the region is the title's last word."""
    return len(texts) - h >= 4 and texts[h].isupper() and len(texts[h]) >= 2 \
        and texts[h + 1] in lex.region_words and texts[h + 2] in lex.first_names


def is_role_word(word: str, lex: Lexicon) -> bool:
    base = _base(word)
    return base in lex.role_heads or word in lex.lower_role_heads \
        or "-" in base and base.rsplit("-", 1)[1] in lex.role_heads and base[:1].isalpha() \
        or base.count("-") >= 2 and base.split("-", 2)[1] in ("at", "in") and base.split("-", 1)[0] in lex.role_heads
    # ("wicketkeeper-batter"; a head with its complement: "attorney-at-law", "editor-in-chief")


def person_noun(word: str, lex: Lexicon) -> bool:
    """'hydrologist', 'fiddler', 'midfielder', 'singer-songwriter': a lower-case noun naming a kind of person."""
    word = word.rsplit("-", 1)[-1]
    if word[:1].isupper() and word[1:].islower() and word.endswith(lex.proper_person_suffixes) and len(word) >= 9:
        return True   # "an Egyptologist": a person noun formed on a proper name
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return False
    return word not in lex.not_persons and (is_role_word(word, lex)
                                            or word.endswith(lex.person_suffixes) and len(word) >= 5)


def is_title_word(word: str, lex: Lexicon) -> bool:
    w = _base(word)
    return w in lex.role_heads or w in lex.role_modifiers


# (round 43: an item may hold its own "of", "Protection of Nature", and the last item may have two words, "and
# Sustainable Development said", when no capitalised word follows it)
_REMIT_LIST = re.compile(r"(?:, [A-Z][\w-]*(?: of [A-Z][\w-]*)?)+ and [A-Z][\w-]*(?: [A-Z][\w-]*)?(?![\w-])(?! [A-Z])")
# a capitalised title with an 'of' body whose remits are listed with commas, right before a chunk
# (a remit may have two or three words: "Minister of Public Health, Social Development and Labour X")
# (roles probes round 4: a title of two links, "Secretary of State for Foreign, Commonwealth and Development Affairs X")
_TITLE_LIST_BEFORE = re.compile(r"(?<![\w’'])((?:[A-Z][\w-]* of )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3} (?:of|for) [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
                                r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})*), $")


def name_after_coordinated_org(words, lex: Lexicon) -> int | None:
    """'Deputy Minister of Energy and Mines Bounlap Sisouvong': in a title whose organisation after 'of/for'
    joins two words with 'and', the word after 'and' ends the organisation and two or three capitalised
    words after it are the name (where it starts, or None)."""
    if "and" not in words:
        return None
    a = len(words) - 1 - list(reversed(words)).index("and")
    rest = words[a + 2:]
    given = next((j for j in range(1, len(rest) - 1) if rest[j] in lex.first_names and rest[j] not in lex.ambiguous_names
                  and _is_cap(rest[j]) and rest[0] not in lex.first_names), None)
    if given is not None and len(rest) - given <= 3 and a >= 3 and words[a + 1][:1].isupper() \
            and any(w in ("of", "for") for w in words[:a]) and any(is_role_word(w, lex) for w in words[:a]) \
            and all(_is_cap(w) and (not is_title_word(w, lex) or w.lower().endswith(lex.remit_endings))
                    and w not in lex.org_suffixes for w in rest[:given]):   # ("… and Development Affairs X")
        # "Minister for Health and Social Care Eleanor Briggs": the remit after 'and' has two words; the name
        # starts at the given name
        return a + 2 + given
    if not 2 <= len(rest) <= 3 or a < 3 or not words[a + 1][:1].isupper() or \
            not any(w in ("of", "for") for w in words[:a]) or not any(is_role_word(w, lex) for w in words[:a]):
        return None
    if all(_is_cap(w) and w.replace("-", "").isalpha() and not is_title_word(w, lex) and w not in lex.org_suffixes
           and w not in lex.places and w not in lex.common_caps for w in rest):
        return a + 2
    return None


def _remit_like(word: str, lex: Lexicon) -> bool:
    w = strip_possessive(word)
    return w.lower().endswith(lex.remit_endings) or w in lex.org_suffixes


def _mononym_after_remit(texts: list[str], lex: Lexicon) -> bool:
    """'BGN Deputy for Prevention and Supervision Sutrisno', 'Head of the Regional Disaster Management Agency
    Budiono': a title with an 'of/for' remit whose last word is a remit noun (or a body's last word), then one
    capitalised word that is no remit, title, place or common word: that word is a one-word name."""
    if len(texts) < 4 or not lex.remit_endings:
        return False
    f = next((j for j in range(1, len(texts) - 2) if texts[j] in ("of", "for")), None)
    if f is None or not any(is_role_word(t, lex) for t in texts[:f]) or not all(t[:1].isupper() for t in texts[:f]):
        return False
    last, prev = strip_possessive(texts[-1]), texts[-2]
    return (_remit_like(prev, lex) and prev[:1].isupper() and prev not in lex.first_names
            and len(last) >= 3 and last[:1].isupper() and not last.isupper() and last.replace("-", "").isalpha()
            and not _remit_like(last, lex) and not is_title_word(last, lex) and not place_of(last, lex)
            and last not in lex.common_caps and last not in lex.organizations and last.lower() not in lex.name_particles)


def place_of(word: str, lex: Lexicon) -> str | None:
    w = strip_possessive(word)
    return lex.places.get(w) or lex.place_adjectives.get(w)


_AMOUNT = re.compile(r"[A-Z]{1,4}\$?\d[\d.,]*")


def find_mentions(pi: int, para: str, lex: Lexicon) -> list[Mention]:
    """Every entity mention in one paragraph, in order."""
    out: list[Mention] = []
    cache = _CHUNK_CACHE.setdefault(id(lex), {})
    skip = -1
    # cheap tests, once per paragraph, that the per-chunk rules below would find nothing: a chunk after the
    # paragraph's first non-space character is no capitalised lede word; no "Shares in" / "stock of" means no listed
    # company before a name
    lede_end = len(para) - len(para.lstrip())
    shares = "hares " in para or "tock " in para
    for m in iter_chunks(para, lex):
        chunk, base = m.group(), m.start()
        if base < skip:
            continue
        words = chunk.split()
        remits = _REMIT_LIST.match(para, m.end()) if len(words) >= 3 and (words[1] in ("of", "for") and (
            words[0] in lex.org_suffixes or " ".join(words[:2]) in lex.org_prefixes) or _regional_body(words, lex)) \
            else None
        if remits is not None:
            # "the Ministry of Education, Science, Culture and Sport": a body whose name lists its remits
            name = para[base:remits.end()]
            out.append(Mention(pi, base, remits.end(), name, "organization", name, None, "u"))
            skip = remits.end()
            continue
        first = chunk.split(None, 1)[0]
        if base <= lede_end and _is_caps_lede(para, base, chunk, first, lex):
            # "WHEN Motlatsi Mohapi wrote …": a feature's lede word set in capitals is a common word, not a name's
            rest = chunk[len(first):].lstrip()
            base += len(chunk) - len(rest)
            chunk, first = rest, rest.split(None, 1)[0]
        if "-" in first and first.rsplit("-", 1)[1] in lex.descriptor_compounds:
            # "Muscat-based carrier Jabal Air", "the Sofia-based Center for …": a description, not a name
            rest = chunk[len(first):].lstrip()
            if not rest:
                continue
            base += len(chunk) - len(rest)
            chunk = rest
        listed = _TITLE_LIST_BEFORE.search(para, max(0, base - 160), base) if " and " in chunk[:40] else None
        if listed is not None:
            # "Minister of Education, Science, Culture and Sport Lilit Hovakimyan": the chunk ends a title whose body
            # lists its remits with commas; the name after it has the whole title as its role
            lead, texts = listed.group(1).replace(",", "").split(), chunk.split()
            split = name_after_coordinated_org(lead + texts, lex) if texts.count("and") == 1 else None
            if split is not None and split > len(lead):
                k = split - len(lead)
                rest = chunk[len(" ".join(texts[:k])) + 1:]
                title = listed.group(1) + ", " + " ".join(texts[:k])
                for x in _split_chunk(0, "", 0, rest, lex):
                    off = base + len(chunk) - len(rest)
                    out.append(Mention(pi, off + x.start, off + x.end, x.text, x.kind, x.name,
                                       title if x.kind in ("person", "unknown") and x.start == 0 else x.role, x.gender))
                continue
        given = next((j for j in (1, 2) if j + 1 < len(words) and words[j] in lex.first_names
                      and words[j] not in lex.ambiguous_names and _is_cap(words[j + 1])), None) \
            if len(words) >= 3 else None
        if given is not None and all(w not in lex.first_names and w not in lex.places and w.isalpha()
                                     and not is_title_word(w, lex) for w in words[:given]):
            link = _TITLE_LINK_BEFORE.search(para, max(0, base - 80), base)
            if link is not None and is_role_word(link.group(1), lex):
                # "UN Special Rapporteur on the Right to Food Michael Fakhri": the last words of a title's
                # complement, then a given name: they end the title, not in the name
                cut = len(" ".join(words[:given])) + 1
                base += cut
                chunk = chunk[cut:]
        found = cache.get(chunk)
        if found is None:
            if len(cache) > 100_000:
                cache.clear()
            # ("RM610", "XAF14.6": a currency's letters and an amount, no one's name)
            found = cache[chunk] = () if _AMOUNT.fullmatch(chunk) else tuple(
                (x.start, x.end, x.text, x.kind, x.name, x.role, x.gender) for x in _split_chunk(0, "", 0, chunk, lex))
        for a, b, text, kind, name, role, gender in found:
            if kind == "person" and role and text.startswith(("of ", "for ")) and a > 0 \
                    and _DEFINITE_BEFORE.search(para, 0, base) and not any(w in lex.first_names for w in text.split()):
                # "the Director of Port Takoradi": a definite title and its complement, no person's name
                sub = text.split(" ", 1)[1]
                at = base + a + len(text) - len(sub)
                out.extend(Mention(pi, at + x.start, at + x.end, x.text, x.kind, x.name, x.role, x.gender)
                           for x in _split_chunk(0, "", 0, sub, lex))
                continue
            if kind == "unknown" and shares and _SHARES_BEFORE.search(para, max(0, base + a - 12), base + a):
                kind = "organization"   # "Shares in Harlow Finch fell": a listed company
            out.append(Mention(pi, base + a, base + b, text, kind, name, role, gender))
    listed = [(x.start, x.end) for x in out if x.kind == "organization" and ", " in x.name]
    out.extend(x for x in _institutions(pi, para, lex) if not any(a <= x.start < b for a, b in listed))
    out.sort(key=_START)
    return out


def _regional_body(words: list[str], lex: Lexicon) -> bool:
    """Round 43: 'South West Regional Delegation of Environment, …': capitalised words before an organisation
    word and its 'of' (the region whose office it is) open a body's name whose remits may follow."""
    if words and words[0] in ("The", "the"):
        words = words[1:]
    k = next((n for n, w in enumerate(words) if w == "of"), None)
    return k is not None and 2 <= k <= 4 and k + 1 < len(words) and words[k - 1] in lex.org_suffixes \
        and all(w[:1].isupper() for w in words[:k]) and not any(w in lex.first_names for w in words[:k])


def _is_caps_lede(para: str, base: int, chunk: str, first: str, lex: Lexicon) -> bool:
    """'WHEN Motlatsi …', 'AFTER Dr Ruth …': a paragraph's first word in capitals, a common word (not a known body
    or place such as 'WHO' or 'US'), before a name in ordinary case."""
    words = chunk.split(None, 2)
    return (not para[:base].strip() and len(words) >= 2 and len(first) >= 2 and first.isupper() and first.isalpha()
            and first.capitalize() in lex.common_caps and first not in lex.organizations and first not in lex.places
            and words[1][:1].isupper() and not words[1].isupper())


_START = attrgetter("start")
_DEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:the|The)\s+$")
_NON_SPACE = re.compile(r"\S+")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_ACRONYM_OR_BRAND = re.compile(r"[A-Z][A-Z0-9\-&]{1,7}|[a-z][A-Z][A-Za-z]+")   # "NATO", "iCET"
_CAPITALISED = re.compile(r"[A-Z][\w\-’']*")


def _words_with_offsets(chunk: str, base: int) -> list[tuple[str, int]]:
    return [(w.group(), base + w.start()) for w in _NON_SPACE.finditer(chunk)]


def _split_chunk(pi: int, para: str, base: int, chunk: str, lex: Lexicon) -> list[Mention]:
    words = _words_with_offsets(chunk, base)
    # A full stop ends a sentence unless the word is an abbreviation or an initial.
    groups, cur = [], []
    for w, off in words:
        if w.endswith(".") and not _keeps_dot(w, lex):
            cur.append((w[:-1], off))
            groups.append(cur)
            cur = []
        else:
            cur.append((w, off))
    if cur:
        groups.append(cur)
    out = []
    for g in groups:
        out.extend(_classify_group(pi, para, g, lex))
    return out


def _keeps_dot(w: str, lex: Lexicon) -> bool:
    core = w[:-1]
    return core in lex.abbreviations or (len(core) == 1 and core.isupper()) or \
        bool(_DOTTED_INITIALS.fullmatch(core))  # "R.K." and "S.V." are initials


_LONG_GROUP = 64


def _long_group_parts(words: list) -> list[list]:
    """A group too long for one name cut into parts of at most ``_LONG_GROUP`` words, each at its last 'and' when it
    has one (the 'and' dropped, as a split there drops it)."""
    parts = []
    while len(words) > _LONG_GROUP:
        cut = max((k for k in range(1, _LONG_GROUP) if words[k][0] == "and"), default=None)
        parts.append(words[:cut] if cut is not None else words[:_LONG_GROUP])
        words = words[cut + 1:] if cut is not None else words[_LONG_GROUP:]
    return parts + [words] if words else parts


def _classify_group(pi, para, words, lex: Lexicon) -> list[Mention]:
    if len(words) > _LONG_GROUP:
        # fuzzing: no name runs to 64 capitalised words ('Ann Lee and Bo Xu and …' a thousand times, a paragraph in
        # capitals): each split ('and', 'of', a possessive) reads all the words after it again, so such a group
        # was quadratic and a call inside a call per 'and' (RecursionError); read in parts, it is linear
        return [x for part in _long_group_parts(words) for x in _classify_group(pi, para, part, lex)]
    # drop leading sentence-start words ("The", "But", "On") unless the whole thing is a known name
    full = " ".join(w for w, _ in words)
    if full in lex.organizations or strip_possessive(full) in lex.organizations:
        return [_mk(pi, words, "organization", lex.organizations.get(full) or lex.organizations[strip_possessive(full)])]
    while words and (words[0][0] in lex.common_caps or words[0][0].lower() in lex.name_particles):
        if len(words) >= 2 and words[0][0] in lex.first_names and words[1][0][:1].isupper() \
                and words[1][0] not in lex.common_caps:
            break  # "Jan Egeland": a first name that is also a common word
        if len(words) >= 3 and words[0][0] in lex.first_names and words[1][0] in lex.person_particles:
            break  # names round: "Jan de Vries": a given name, then a particle of the surname
        words = words[1:]
    while words and words[-1][0].lower() in lex.name_particles:
        words = words[:-1]
    if not words:
        return []
    # "State Assembly Dr Ravi Menon": an honorific after two or more words starts a name of its own
    # ("… in Parliament Hon. Kondwani Chirwa": after one word too, when it is no first name, honorific or title;
    # a place that is a first name too counts as a place: "Representative in Chad Dr Paul Meyer")
    hon = next((h for h in range(1, len(words) - 1) if words[h][0] in lex.honorifics
                and not is_title_word(words[h - 1][0], lex) and (h >= 2 or words[0][0] not in lex.first_names
                                                                 and words[0][0] not in lex.honorifics
                                                                 or words[0][0] in lex.places)), None)
    if hon is not None:
        return _classify_group(pi, para, words[:hon], lex) + _classify_name(pi, para, words[hon:], lex, None)
    if len(words) >= 3 and words[0][0].lower() in lex.residence_nouns and words[1][0] in lex.first_names:
        return _classify_name(pi, para, words[1:], lex, None)   # "Resident Martha Cole": where she lives, no name
    if len(words) >= 3 and words[0][0] in lex.places and words[0][0] not in lex.first_names \
            and words[1][0] in lex.first_names and words[1][0] not in lex.ambiguous_names:
        # "US Ambassador to Kenya Tom Reilly": a place, then a given name: the place ends the title, not in the name
        return _classify_group(pi, para, words[:1], lex) + _classify_name(pi, para, words[1:], lex, None)
    if len(words) >= 4 and f"{words[0][0]} {words[1][0]}" in lex.places and words[2][0] in lex.first_names \
            and words[2][0] not in lex.ambiguous_names:
        # roles probes round 4: "Vice-President for Africa and the Middle East Samira Haddad": a two-word place
        # ends the title, then the given name
        return _classify_group(pi, para, words[:2], lex) + _classify_name(pi, para, words[2:], lex, None)
    # split "Sullivan and Doval"; keep "Critical and Emerging Technology"
    texts = [w for w, _ in words]
    if _mononym_after_remit(texts, lex):
        # names round: "BGN Deputy for Prevention and Supervision Sutrisno": a one-word name after a title's remit
        return _classify_name(pi, para, words[-1:], lex, " ".join(texts[:-1]))
    if "and" in texts:
        i = texts.index("and")
        split = name_after_coordinated_org(texts, lex) if texts.count("and") == 1 else None
        if split is not None:   # "Deputy Minister of Energy and Mines Bounlap Sisouvong": the title, then the name
            return _classify_name(pi, para, words[split:], lex, " ".join(texts[:split]))
        left, right = words[:i], words[i + 1:]
        if _remits_joined(texts, i, lex):
            return [_mk(pi, words, "organization", strip_possessive(" ".join(texts)))]
        if not (right and right[-1][0] in lex.org_suffixes) and not _national_body(texts, i, lex):
            return _classify_group(pi, para, left, lex) + _classify_group(pi, para, right, lex)
        if not (right and right[-1][0] in lex.org_suffixes):
            return [_mk(pi, words, "organization", " ".join(texts))]   # "Fisheries and Oceans Canada"
    if (given := _name_after_body_of(texts, lex)) is not None:
        # leftovers round 2: "(Minister of State in the) Ministry of Finance Kwesi Boateng": a body's name, then a
        # listed given name opening the last two or three words — the body, then the person
        return _classify_group(pi, para, words[:given], lex) + _classify_name(pi, para, words[given:], lex, None)
    if "of" in texts:
        # "Chief Darlene Francis of Nme'juaq First Nation": a first name and a surname before 'of' are a person;
        # what follows is where they come from, not part of the name
        i = texts.index("of")
        h = max((j for j in range(i) if is_role_word(texts[j], lex)), default=-1)
        if any(texts[j] in lex.first_names and texts[j + 1][:1].isupper() for j in range(i - 1)) or \
                (h >= 0 and i - h - 1 >= 2 and not any(is_title_word(t, lex) for t in texts[h + 1:i])):
            # "Meteorologist Tahmina Rahman of the …": a title, then a name of two or more words, then 'of'
            return _classify_group(pi, para, words[:i], lex) + _classify_group(pi, para, words[i + 1:], lex)
    # a possessive ends a name: "India’s National Security Advisor Ajit Doval"
    out: list[Mention] = []
    title_words: list[tuple[str, int]] = []
    for i, (w, _) in enumerate(words[:-1]):
        if w.endswith(("’s", "'s")) and not is_title_word(w, lex):
            head = words[: i + 1]
            rest = words[i + 1:]
            texts = [strip_possessive(x) for x, _ in rest]
            if i == 0 and strip_possessive(w) in lex.places and len(rest) >= 2 \
                    and not any(is_role_word(x, lex) for x, _ in rest) and (
                    any(t in lex.org_suffixes for t in texts)
                    or any(" ".join(texts[k:k + 2]) in lex.org_prefixes for k in range(len(texts) - 1))):
                # round 34: "Libya’s National Centre for Disease Control": the country, then the body's own name
                return _classify_group(pi, para, [(strip_possessive(w), words[0][1])], lex) \
                    + _classify_group(pi, para, rest, lex)
            if rest and any(is_role_word(x, lex) for x, _ in rest):
                out.extend(_classify_name(pi, para, head, lex, None))
                title_words = head
                words = rest
                break
            if 2 <= len(rest) <= 3 and rest[0][0] in lex.first_names and rest[0][0] not in lex.ambiguous_names \
                    and all(_is_cap(x) for x, _ in rest) and not is_title_word(rest[0][0], lex):
                # "Aurora Motorsport's Thibault Marchand": the team's person, not a name with the team in it
                return out + _classify_group(pi, para, [(strip_possessive(w), o) for w, o in head], lex) \
                    + _classify_name(pi, para, rest, lex, None)
    # title before a name: the name is the trailing run of non-title words
    role = None
    texts = [w for w, _ in words]
    head_idx = max((i for i, (w, _) in enumerate(words) if is_role_word(w, lex)
                    and not surname_like_title(texts, i, lex)), default=-1)
    if head_idx >= 1 and f"{words[head_idx - 1][0]} {words[head_idx][0]}" in lex.org_prefixes:
        head_idx = -1   # round 34: "Directorate General of Inland Shipping": a body, "General" is no title here
    given_after_title = given_name_after_title([w for w, _ in words], head_idx, lex)
    if given_after_title is not None:
        head_idx = given_after_title - 1
    if head_idx < 0 and len(words) >= 3 and words[0][0].endswith("s") and words[0][0][:1].isupper() \
            and words[0][0][:-1].lower() in lex.role_heads and words[1][0] in lex.first_names:
        # "Justices Aaron Whitlock, Leah Sorensen and …": a plural title before the first of several names
        return out + _classify_name(pi, para, words[1:], lex, words[0][0][:-1])
    if head_idx < 0 and len(words) >= 2 and _kin_opener(para, words, lex):
        # attribution probes round 4: "Twins Ngozi and Chiamaka Okafor", "Brothers Rohan and …": a plural kin word opening
        # the sentence before a given name is no part of the name, and no role (relationships are no roles)
        return out + _classify_name(pi, para, words[1:], lex, None)
    if head_idx < 0 and len(words) >= 3 and _agent_noun_opener(para, words, lex):
        # "Woodcarver Willie Tabi, who …": an occupation no list knows, capitalised as the sentence's first word,
        # before a given name is a title
        return out + _classify_name(pi, para, words[1:], lex, words[0][0])
    if head_idx < 0 and len(words) >= 4 and _level_before_agent_noun(para, words, lex):
        # round 43: "City Agriculturist Edgardo Laput told …", "Provincial Veterinarian Romeo Dulay said": the level
        # of the office and the occupation are the title
        return out + _classify_name(pi, para, words[2:], lex, f"{words[0][0]} {words[1][0]}")
    if head_idx < 0:
        # leftovers round: "Sinn Féin TD Mary Walsh", "District Collector Anil Rao": a post that is a title only
        # after a capitalised word and before a listed given name and a surname ends the title
        t = next((j for j in range(1, len(words) - 2) if words[j][0].lower() in lex.titles_before_given_name
                  and _is_cap(words[j - 1][0]) and words[j + 1][0] in lex.first_names
                  and words[j + 1][0] not in lex.ambiguous_names and _is_cap(words[j + 2][0])), None)
        if t is not None and len(words) - t - 1 <= 3:
            return out + _classify_name(pi, para, words[t + 1:], lex, " ".join(w for w, _ in words[:t + 1]))
    if head_idx >= 0:
        k = len(words)
        while k > head_idx + 1 and (((not is_title_word(words[k - 1][0], lex) or surname_like_title(texts, k - 1, lex))
                                     and not place_of(words[k - 1][0], lex))
                                    or (words[k - 1][0] in lex.name_particles and k < len(words))):
            k -= 1
        k = given_after_title or k
        if k == head_idx + 1 and region_after_initials([w for w, _ in words], head_idx, lex):
            k += 1   # leftovers round: "DIG South Rana Perera"
        if k == head_idx + 1 and k < len(words) and words[k][0] in ("of", "for"):
            # "Member of Parliament Roy Fenton": the title's complement runs up to the given name
            k = next((n for n in range(k + 2, len(words) - 1) if words[n][0] in lex.first_names), k)
            if words[k][0] in ("of", "for") and len(words) == k + 2:
                return out + _places_in(pi, words, lex)  # "Minister of Industry, Trade and …": a title, no name
        if 3 <= len(words) - k <= 4 and k == head_idx + 1 and words[head_idx][0].endswith(("’s", "'s")) \
                and words[k][0] in lex.org_suffixes and words[k + 1][0] in lex.first_names \
                and words[k + 1][0] not in lex.ambiguous_names:
            k += 1   # leftovers round 2: "Prime Minister's Department Azlan Hashim": the owner's body ends the title
        name_words = words[k:]
        role_continues = k > head_idx + 1 and words[head_idx + 1][0].lower() in ("of", "for")
        if role_continues and len(name_words) >= 3 and name_words[0][0] not in lex.first_names:
            # roles probes round 4: "Chair of the Treasury Committee Harriet Baldwin": the capitalised words of the
            # complement's body before a given name end the title, not begin the name
            g = next((j for j in (1, 2) if j + 1 < len(name_words) and name_words[j][0] in lex.first_names
                      and name_words[j][0] not in lex.ambiguous_names and _is_cap(name_words[j + 1][0])
                      and all(x.isalpha() and x not in lex.first_names and x not in lex.honorifics
                              for x, _ in name_words[:j])), None)
            if g is not None:
                k += g
                name_words = words[k:]
        if role_continues and len(name_words) >= 2 and name_words[-1][0] in lex.org_suffixes:
            # "Director General of the Ethiopian Heritage Authority": the title's body, whole, and no person
            o = head_idx + 2
            while o < k and words[o][0].lower() in lex.name_particles:
                o += 1
            body = words[o:]
            return out + [_mk(pi, body, "organization", strip_possessive(" ".join(w for w, _ in body)))]
        if len(name_words) == 1 and name_words[0][0] in lex.org_suffixes and words[k - 1][0].endswith(("’s", "'s")):
            # round 40: "told the Star the Prime Minister's Office had …": the office of a post is a body, not a
            # person named "Office"
            j = k - 1
            while j >= 1 and words[j - 1][0][:1].isupper() and words[j - 1][0].lower() not in lex.name_particles:
                j -= 1
            return out + (_classify_group(pi, para, words[:j], lex) if j else []) \
                + [_mk(pi, words[j:], "organization", " ".join(w for w, _ in words[j:]))]
        if name_words and (k == head_idx + 1 or role_continues):
            role_words = title_words + words[:k]
            role = " ".join(w for w, _ in role_words)
            for w, off in words[:k]:
                p = place_of(w, lex)
                if p and w[0].isupper() and strip_possessive(w) in lex.places:
                    out.append(Mention(pi, off, off + len(w), strip_possessive(w), "place", p))
            words = name_words
        else:
            return out + _places_in(pi, words, lex)
    if not words:
        return out
    return out + _classify_name(pi, para, words, lex, role)


# a capitalised title head, then its complement's link words and capitalised words, right before a chunk
_TITLE_LINK_BEFORE = re.compile(r"(?<![\w’'])([A-Z][\w-]*) (?:of|for|to|on|in)(?: (?:the|[A-Z][\w-]*|of|to|for|and|on))* $")


def _kin_opener(para: str, words, lex: Lexicon) -> bool:
    """'Twins Ngozi …', 'Sisters Amy …': the sentence's first word is the plural of a kin noun (`kin_nouns`) and a
    given name follows (not 'Parent Jo Hartley', where the singular is a title)."""
    (w, off), (nxt, _) = words[0], words[1]
    lo = w.lower()
    before = para[:off].rstrip()
    return w[:1].isupper() and lo.endswith("s") and lo[:-1] in lex.kin_nouns \
        and w not in lex.first_names and nxt in lex.first_names and nxt not in lex.ambiguous_names \
        and (not before or before[-1] in ".!?:\"”")


def _agent_noun_opener(para: str, words, lex: Lexicon) -> bool:
    """'Woodcarver Willie Tabi': the sentence's first word is an agent noun (an -er/-ist/… ending, not in
    `not_persons`), no name, and a given name follows."""
    (w, off), (nxt, _) = words[0], words[1]
    lo = w.lower()
    before = para[:off].rstrip()
    return (lo.isalpha() and (len(lo) >= 6 and lo.endswith(lex.person_suffixes) and lo not in lex.not_persons
                              # attribution probes round 4: "Veteran Hamid Karimi recalled that C": a descriptor
                              # of a person (`descriptors` in person_nouns.yaml) used as the noun
                              or lo in lex.person_descriptors)
            and w not in lex.first_names and w not in lex.organizations and strip_possessive(w) not in lex.places
            and nxt in lex.first_names and nxt not in lex.ambiguous_names
            and (not before or before[-1] in ".!?:\"”"))


def _level_before_agent_noun(para: str, words, lex: Lexicon) -> bool:
    """'City Agriculturist Edgardo Laput': a capitalised word (the office's level, no given name) opening the
    sentence, then an agent noun no list knows, then a given name."""
    (w, off), (noun, _), (nxt, _) = words[0], words[1], words[2]
    lo = noun.lower()
    before = para[:off].rstrip()
    return w.isalpha() and w[1:].islower() and w not in lex.first_names and w not in lex.honorifics \
        and w not in lex.organizations and w not in ("The", "A", "An", "But", "And", "Yet") \
        and lo.isalpha() and len(lo) >= 6 and lo.endswith(lex.person_suffixes) and lo not in lex.not_persons \
        and noun not in lex.first_names and noun not in lex.organizations \
        and nxt in lex.first_names and nxt not in lex.ambiguous_names \
        and (not before or before[-1] in ".!?:\"”")


def _remits_joined(texts: list[str], i: int, lex: Lexicon) -> bool:
    """'Ministry of Trade and Industry', 'Idaho Department of Health and Welfare': a body named 'X of A and B',
    whose remits are joined by the 'and' at ``i`` (not two bodies: 'Bank of England and HSBC', 'Bank of England
    and Wales')."""
    of = next((j for j in range(1, i) if texts[j] == "of" and " ".join(texts[j - 1:j + 1]) in lex.org_prefixes), None)
    right = texts[i + 1:]
    return of is not None and 1 <= i - of - 1 <= 3 and 1 <= len(right) <= 3 \
        and all(t[:1].isupper() and not t.isupper() and t not in lex.places and t not in lex.first_names
                and t not in lex.org_suffixes for t in right) \
        and " ".join(right) not in lex.organizations and " ".join(right) not in lex.places


def _national_body(texts: list[str], i: int, lex: Lexicon) -> bool:
    """'Fisheries and Oceans Canada', 'Environment and Climate Change Canada': a department named by its remits
    and its country — two or more words after 'and' ending in a country, where neither side is itself a place
    or starts with a first name."""
    left, right = texts[:i], texts[i + 1:]
    return (len(right) >= 2 and right[-1] in lex.places and " ".join(right) not in lex.places
            and " ".join(left) not in lex.places and left[0] not in lex.first_names and right[0] not in lex.first_names
            and all(t[:1].isupper() for t in left + right))


def _places_in(pi, words, lex) -> list[Mention]:
    return [Mention(pi, off, off + len(w), strip_possessive(w), "place", lex.places[strip_possessive(w)])
            for w, off in words if strip_possessive(w) in lex.places]


def _mk(pi, words, kind, name, role=None, gender="u") -> Mention:
    start = words[0][1]
    end = words[-1][1] + len(words[-1][0])
    text = " ".join(w for w, _ in words)
    return Mention(pi, start, end, strip_possessive(text), kind, name, role, gender)


_SHARES_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]tock) (?:in|of) $")


def _classify_name(pi, para, words, lex: Lexicon, role) -> list[Mention]:
    gender, honorific = "u", False
    if len(words) >= 3 and words[0][0] == "the" and words[1][0] in lex.honorifics:
        words = words[1:]   # roles probes round 4: "Senator the Hon. X" (Caribbean and Australian styles)
    while words and words[0][0] in lex.honorifics:
        g = lex.honorifics[words[0][0]]
        gender = g if g != "u" else gender
        honorific = True
        words = words[1:]
    while len(words) > 1 and strip_possessive(words[-1][0]) in lex.post_nominals:
        words = words[:-1]  # "Alison Greaves KC"
        honorific = True
    if not words:
        return []
    texts = [w for w, _ in words]
    texts[-1] = strip_possessive(texts[-1])
    full = " ".join(texts)
    if full in lex.organizations:
        return [_mk(pi, words, "organization", lex.organizations[full], role)]
    if full in lex.places:
        return [_mk(pi, words, "place", lex.places[full])]
    if len(texts) >= 2 and texts[-1].replace("-", "").isdigit() and texts[-2] in lex.numbered_name_words:
        return [_mk(pi, words, "organization", full, role)]   # "Machinists Local 1897"
    if (len(texts) >= 2 and texts[-1] in lex.org_suffixes) or " ".join(texts[:2]) in lex.org_prefixes \
            or " ".join(texts[:3]) in lex.org_prefixes \
            or len(texts) >= 3 and " ".join(texts[-2:]) in lex.org_suffixes:   # "Bold Coast School District"
        return [_mk(pi, words, "organization", full, role)]
    if _state_body(texts, lex):
        return [_mk(pi, words, "organization", full, role)]
    if len(texts) == 1 and full in lex.place_adjectives:
        return []  # "Indian" alone is an adjective, not an entity
    first = texts[0]
    first_gender = given_name_gender(first, lex)
    if honorific or role and len(texts) <= 4:
        kind = "person"
    elif first_gender and len(texts) >= 2 and (first not in lex.ambiguous_names or len(texts) >= 2):
        kind = "person"
    elif len(texts) == 1 and _ACRONYM_OR_BRAND.fullmatch(full) \
            and full.lower() not in lex.role_heads:
        kind = "organization"
    elif 2 <= len(texts) <= 3 and all(t[:1].isupper() and t.replace("-", "").replace("’", "").replace("'", "").isalpha()
                                       for t in texts) and not any(place_of(t, lex) for t in texts):
        kind = "unknown"  # a person or organisation; context decides
    else:
        kind = "unknown"
    if gender == "u" and kind == "person" and first_gender in ("m", "f"):
        gender = first_gender
    return [_mk(pi, words, kind, full, role, gender)]


_STATE_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")   # "S.C.", "N.Y."


def _state_body(texts: list[str], lex: Lexicon) -> bool:
    """Round 43: 'S.C. Department of Transportation', 'Ohio Department of Natural Resources': a place (or a state's
    initials) before an organisation prefix ('Department of') names a body."""
    return len(texts) >= 4 and " ".join(texts[1:3]) in lex.org_prefixes and texts[2] in ("of", "for") \
        and (texts[0] in lex.places or texts[0] in lex.place_adjectives or bool(_STATE_INITIALS.fullmatch(texts[0])))


def _institutions(pi, para, lex: Lexicon) -> list[Mention]:
    """'Indian army', 'US government': a place (or its adjective) followed by an institution noun."""
    out = []
    for start, end, word, head in _institution_matches(para, lex):
        place = place_of(word, lex)
        if place:
            text = f"{strip_possessive(word)} {head}" if not word.endswith(("’s", "'s")) else None
            if text:
                out.append(Mention(pi, start, end, text, "organization", text))
    return out


_WORD_START = re.compile(r"[A-Z](?<!\w[A-Z])")   # institution_re's word: a capital not inside a word …
_WORD_MARKS = frozenset("_.’'-")                  # … and then word characters (\w), these


def _institution_matches(para: str, lex: Lexicon):
    r"""(start, end, word, head) of each match of ``lex.institution_re`` in ``para``, in linear time.

    The regex's word runs from a capital to the end of its run of word characters ([\w.’'-]), which the head must
    follow. Searched directly, a run not followed by a head is tried again from every capital in it ('A-B-C-…',
    'A.B.C.…'): n such capitals cost n² (30 000 characters of 'Smith-Jean-…' took seconds). So: from each head, back
    over the run before it (not past the previous match), to the run's first capital — the regex's leftmost match.
    A paragraph of a usual length is searched directly (faster there: the regex skips ahead to capitals)."""
    if len(para) <= 1000:
        for m in lex.institution_re.finditer(para):
            yield m.start(), m.end(), m.group(1), m.group(2)
        return
    pos = 0
    for head in lex.institution_head_re.finditer(para):
        end = i = head.start()
        while i > pos and (para[i - 1].isalnum() or para[i - 1] in _WORD_MARKS):
            i -= 1
        cap = _WORD_START.search(para, i, end) if i < end else None
        if cap is not None:
            yield cap.start(), head.end(), para[cap.start():end], head.group(1)
            pos = head.end()


# --- acronym and appositive definitions (used for topic descriptions and organisations) ---
_ACRONYM_RE = re.compile(r"\(([A-Za-z][A-Za-z0-9&\-]{1,9})\)")


def acronym_definitions(text: str) -> dict[str, str]:
    """'... Critical and Emerging Technology (iCET)' -> {'iCET': 'initiative on Critical and Emerging Technology'}.

    The Schwartz–Hearst rule: the shortest run of words before the parenthesis whose
    initials cover the acronym's letters in order; capitalised modifiers just before
    it are kept ("US-India initiative on …").
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_RE.finditer(text):
        acr = m.group(1)
        letters = [c.lower() for c in acr if c.isalpha()]
        if len(letters) < 2 or sum(c.isupper() for c in acr) < 1:
            continue
        # (the last words only: splitting all the text before each acronym was quadratic in a long one — fuzzing)
        words = text[: m.start()].rsplit(None, len(letters) + 6)[-(len(letters) + 6):]
        best = None
        for k in range(1, len(words) + 1):
            cand = words[-k:]
            if _covers(cand, letters):
                best = cand
                break
        if not best:
            continue
        k = len(best)
        window = words[:-k]
        while window and _CAPITALISED.fullmatch(window[-1]) and not window[-1].endswith(("’s", "'s")):
            best = [window.pop()] + best
        definition = " ".join(best).strip(" ,;:(")
        if acr not in out and len(definition) > len(acr):
            out[acr] = definition
    return out


def _covers(words: list[str], letters: list[str]) -> bool:
    if not words or not words[0] or words[0][0].lower() != letters[0]:
        return False
    text = " ".join(words).lower()
    i = len(text)
    for ch in reversed(letters[1:]):
        i = text.rfind(ch, 0, i)
        if i <= 0:
            return False
    return text[0] == letters[0]


_APPOSITIVE_RE = re.compile(   # (the lookaheads let the scan skip what cannot start a match)
    r"(?=[tA-Z])\b(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s*[–—]\s*((?:an?|the)\s+[^–—.;()]{3,160}?)\s*[–—]")
_BODY_NOUNS = (r"(?:alliance|grouping|group|bloc|pact|initiative|treaty|agreement|programme|program|scheme|coalition|"
               r"partnership|forum|organisation|organization|body|framework|network|project|company|firm)\b")
_APPOSITIVE_COMMA_RE = re.compile(
    r"(?=[tA-Z])\b(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}),\s+((?:an?)\s+" + _BODY_NOUNS + r"[^,.;()]{0,160}),")
# what every match of _APPOSITIVE_COMMA_RE holds: a quick test (it opens with a literal) before the full scan
_COMMA_BODY_NOUN = re.compile(r",\s+an?\s+" + _BODY_NOUNS)


def appositive_definitions(text: str) -> dict[str, str]:
    """'the Quad–an alliance between India, the US, Japan and Australia–' -> {'Quad': 'an alliance …'}."""
    out: dict[str, str] = {}
    dashes = "–" in text or "—" in text
    if not dashes and ", a" not in text:
        return out
    if dashes:   # (a match holds two dashes)
        for m in _APPOSITIVE_RE.finditer(text):
            out.setdefault(m.group(1), m.group(2).strip())
    if _COMMA_BODY_NOUN.search(text):
        for m in _APPOSITIVE_COMMA_RE.finditer(text):
            out.setdefault(m.group(1), m.group(2).strip())
    return out
