"""Attribution cues: a speech verb and its speaker, found in one sentence of a frame.

Works on tokens of the masked paragraph (direct quotes are placeholders), so a cue
is always outside quotation marks.  Handles the orders news uses:

    “Q,” X said.  /  “Q,” said X.  /  X said: “Q.”  /  X said (that) C.  /  C, X said.
    C, X, the ROLE, said.  /  X, ROLE, said C.  /  X told reporters (that) C.
    according to X, C.  /  C, according to X.  /  …, adding that C.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .entities import (given_name_after_title, is_role_word, is_title_word, name_after_coordinated_org, person_noun,
                       region_after_initials, surname_like_title)
from .lexicon import Lexicon
from .text import OPEN_PH, Token, _is_cap, strip_possessive

_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,7}")   # "ZC", "S.T.A."
_OPEN_MARKS = frozenset({"“", '"', "‘", "«", "„"})   # a quoted title left in the frame (no quotation)
_DESCRIBED_OPENERS = frozenset({"who", "known", "nicknamed", "dubbed"})  # "The youngster, known as …, said"

DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "one", "another"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
ADVERBIAL_STARTS = {"in", "on", "at", "during", "after", "before", "last", "this", "yesterday", "today",
                    "earlier", "later", "when", "while", "as", "via", "through", "from", "to", "late",
                    "overnight", "recently", "previously", "separately", "speaking", "told", "tonight",
                    "following", "addressing", "without", "with", "under", "ahead", "over", "by",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    "outside", "inside", "near", "amid"}   # ("he said outside the courtroom.": where, no report)


@dataclass(slots=True)
class Subject:
    start: int                      # token indexes in the sentence, end exclusive
    end: int
    text: str
    kind: str                       # name | pronoun | role | institution | generic
    role: str | None = None         # apposition or title ("X, US Deputy Secretary of State")
    char_start: int = 0
    np_start: int | None = None     # where the whole noun phrase starts, title included
    via: tuple[str, str] | None = None   # (name, role) of the spokesperson a body spoke through


@dataclass(slots=True)
class Cue:
    verb: str
    verb_index: int                 # token index of the verb
    subject: Subject
    inverted: bool = False          # "said X"
    complement: int | None = None   # token index where the reported clause may start, when not right after the verb


_AGE_WORD = re.compile(r"\d+-year-old")
_NP_WORDS: dict[int, dict[str, bool]] = {}   # token text -> whether it can be part of a noun phrase


def _np_token(tok: Token, lex: Lexicon) -> bool:
    known = _NP_WORDS.get(id(lex))
    if known is None:
        known = _NP_WORDS[id(lex)] = {}
    try:
        return known[tok.text]
    except KeyError:
        if len(known) > 100_000:
            known.clear()
        ok = known[tok.text] = _np_word(tok.text, lex)
        return ok


def _np_word(t: str, lex: Lexicon) -> bool:
    """_np_token of a token's text (whether it can belong to a noun phrase depends on nothing else)."""
    lo = t.lower()
    if t[0] == OPEN_PH or not (t[0].isalnum() or t == "&"):  # "Procter & Gamble"
        return False
    if lo in lex.speech_verbs and not (t[0].isupper() and t[1:].islower() and lo in lex.name_verbs) \
            or lo in lex.auxiliaries and not t[0].isupper():
        return False   # (round 37: "Ahmed Said, director general of …, said": a capitalised "Said" is a surname)
    if t[0].isupper() or _is_cap(t):
        return True
    if t[0].isdigit() and lo.endswith("-year-old"):
        return True  # "said the 24-year-old"
    base = strip_possessive(lo)
    if base != lo and base.isalpha():
        return True   # "The ground's head groundsman": a genitive always belongs to the noun phrase it opens
    return (lo in DETERMINERS or lo in PRONOUNS or base in lex.role_heads or base in lex.role_modifiers
            or base in lex.kin_nouns or lo in lex.name_particles or base in _institution_words(lex)
            or base in lex.epithet_gender   # round 35: "As for X, the teenager said C" (no comma after the epithet)
            or lo == "latter"   # "said the latter" (one of two people named before; "former" is a title modifier)
            or lo in lex.generic_subjects or base in ("company", "firm", "group", "government", "ministry",
                                                       "department", "agency", "police", "source", "sources",
                                                       "officials", "official", "spokesperson", "statement",
                                                       "report", "army", "military", "court", "prosecutors"))


_AGENT_SUFFIXES = ("er", "or", "ist", "eer")


def _agent_noun(word: str, lex: Lexicon) -> bool:
    """Round 33: 'Another visitor said', 'One buyer … told X': a lower-case agent noun no list knows (a person who
    visits, buys …) belongs to the noun phrase of an unnamed speaker."""
    return len(word) >= 5 and word.isalpha() and word.endswith(_AGENT_SUFFIXES) and word not in lex.not_persons


_ONE_OF_THEM = frozenset({"a", "an", "one", "another"})
_PERSON_WORDS = frozenset({"man", "woman", "person", "boy", "girl", "teenager", "pensioner"})


def _person_word(word: str, lex: Lexicon) -> bool:
    """A lower-case noun for a person of some kind: a role, an agent noun, where they live, a relative, 'woman'."""
    return word.isalpha() and word.islower() and (
        is_role_word(word, lex) or _agent_noun(word, lex) or word in lex.residence_nouns or word in lex.kin_nouns
        or word in _PERSON_WORDS)


def _unnamed_one(toks: list[Token], v: int, width: int, lex: Lexicon) -> Subject | None:
    """Round 36: '“Q,” said a protester.', '“Q,” a protester said.': an indefinite person noun right before the verb
    (opening the clause) or right after it (closing the clause) is someone unnamed who spoke — not the speaker
    before."""
    k = v - 2
    if k >= 0 and toks[k].lower in _ONE_OF_THEM and _person_word(toks[v - 1].lower, lex) \
            and (k == 0 or toks[k - 1].text in ",;:" or toks[k - 1].is_quote):
        return make_subject(toks, k, v, "generic")
    k = v + width
    if k + 1 < len(toks) and toks[k].lower in _ONE_OF_THEM and _person_word(toks[k + 1].lower, lex) \
            and v >= 1 and (toks[v - 1].text in ",:" or toks[v - 1].is_quote) \
            and (k + 2 == len(toks) or toks[k + 2].text in ".,;!?" or toks[k + 2].is_quote):
        return make_subject(toks, k, k + 2, "generic")
    return None


_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                 "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens"}
_APPROXIMATORS = {"more than", "fewer than", "less than", "at least", "nearly", "almost", "about", "around", "over",
                  "some", "roughly", "approximately", "up to"}


def _counted_people(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """'more than 200 scientists said', 'Nearly 40 doctors said', 'Dozens of parents said': a counted group of
    people of a kind (a number, perhaps after 'more than' or 'nearly', before a plural noun for people) — no one
    named (probes round 3)."""
    if i < 1 or not (plural_people(toks[i].text, lex) or toks[i].lower in lex.expert_nouns):
        return None
    k = i - 1
    if k >= 1 and toks[k].lower == "of" and toks[k - 1].lower in ("dozens", "hundreds", "thousands", "scores"):
        k -= 1
    elif k >= 1 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].lower not in lex.auxiliaries \
            and not (toks[k].lower in _NUMBER_WORDS) and (toks[k - 1].text.replace(",", "").isdigit()
                                                           or toks[k - 1].lower in _NUMBER_WORDS):
        k -= 1   # "200 leading scientists": one lower-case modifier
    if not (toks[k].text.replace(",", "").isdigit() or toks[k].lower in _NUMBER_WORDS):
        return None
    start = k
    if k >= 2 and f"{toks[k - 2].lower} {toks[k - 1].lower}" in _APPROXIMATORS:
        start = k - 2
    elif k >= 1 and toks[k - 1].lower in _APPROXIMATORS:
        start = k - 1
    if start > 0 and not (toks[start - 1].text in ",;:" or toks[start - 1].is_quote
                          or toks[start - 1].lower in ("and", "but", "the", "all")):
        return None
    if start > 0 and toks[start - 1].lower in ("the", "all"):
        start -= 1
    return make_subject(toks, start, i + 1, "generic")


def _kin_of_name(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """'the family of Joe Nkosi said', 'the mother of Joe Nkosi said': the relative speaks, not the one named after
    'of' (a kin noun names nobody: the speaker stays unnamed; probes round 3). Token ``i`` ends the name."""
    of = next((n for n in range(i - 1, max(1, i - 5), -1) if toks[n].lower == "of"), None)
    if of is None or of < 2 or toks[of - 1].lower not in lex.kin_nouns \
            or toks[of - 2].lower not in ("the", "his", "her", "their") \
            or not all(t.is_cap and t.text[:1].isupper() for t in toks[of + 1:i + 1]):
        return None
    if of - 2 > 0 and not (toks[of - 3].text in ",;:" or toks[of - 3].is_quote or toks[of - 3].lower in ("and", "but")):
        return None
    return make_subject(toks, of - 2, i + 1, "generic")


_INFORMED_HEADS = {"people", "person", "sources", "source"}
_INFORMED_NEXT = {"familiar", "close", "briefed", "aware", "involved", "knowledgeable", "with"}
_INFORMED_LEADS = {"a", "an", "one", "two", "three", "four", "several", "other", "second", "third", "some", "many"}


def _informed_people(toks: list[Token], i: int) -> Subject | None:
    """'C, people familiar with the matter said', 'C, two sources close to the talks said': unnamed people described by what they know, opening their clause — no one named (probes
    round 3). Token ``i`` ends the description (the word before the verb)."""
    lo = max(0, i - 14)
    h = next((n for n in range(i - 1, lo - 1, -1) if toks[n].lower in _INFORMED_HEADS
              and toks[n + 1].lower in _INFORMED_NEXT), None)
    if h is None or any(t.text in ",;:()" or t.is_quote for t in toks[h:i + 1]):
        return None
    start = h
    while start > 0 and h - start < 2 and toks[start - 1].lower in _INFORMED_LEADS:
        start -= 1
    if start == 0 or not (toks[start - 1].text in ",;:" or toks[start - 1].is_quote
                          or toks[start - 1].lower in ("and", "but")):
        return None   # (one opening the sentence is left as before: the scorer's end_to_end counts a quote found
        #             with no speaker against precision, and two labelled sets would fall on it)
    return make_subject(toks, start, h + 1, "generic")


def _plural_role(lo: str, lex: Lexicon) -> bool:
    """'doctors', 'fishermen': the plural of a role head (people of that trade, no one in particular)."""
    if lo.endswith("men"):
        return lo[:-3] + "man" in lex.role_heads
    return lo.endswith("s") and not lo.endswith("ss") and lo[:-1] in lex.role_heads


def plural_people(word: str, lex: Lexicon) -> bool:
    """'owners', 'vendors', 'dockworkers', 'fishermen': a lower-case plural of a role head or an agent noun."""
    if not word.islower() or not word.isalpha():
        return False
    if word.endswith("men"):
        return word[:-3] + "man" in lex.role_heads or len(word) >= 6
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    one = word[:-1]
    return one in lex.role_heads or one.endswith(lex.person_suffixes) and len(one) >= 5 and one not in lex.not_persons


_INSTITUTION_WORDS: dict[int, set[str]] = {}


def _institution_words(lex: Lexicon) -> set[str]:
    s = _INSTITUTION_WORDS.get(id(lex))
    if s is None:
        s = _INSTITUTION_WORDS[id(lex)] = {w for h in lex.institution_heads for w in h.split()} | \
            {w for h in lex.self_naming_speakers for w in h.split() if w != "the"} | set(lex.company_nouns)
    return s


_NP_KINDS: dict[int, dict[tuple[str, ...], str | None]] = {}   # words of a noun phrase -> its kind


def classify_np(tokens: list[Token], lex: Lexicon) -> str | None:
    """name | pronoun | role | institution | generic, or None when it is no speaker."""
    if not tokens:
        return None
    words = tuple([t.text for t in tokens])
    kinds = _NP_KINDS.get(id(lex))
    if kinds is None:
        kinds = _NP_KINDS[id(lex)] = {}
    try:
        return kinds[words]
    except KeyError:
        if len(kinds) > 100_000:
            kinds.clear()
        kind = kinds[words] = _classify_words(words, lex)
        return kind


def _people_of_place(words, lex: Lexicon) -> bool:
    """'Residents of Rosewood Lane': a plural residence word (listed as no role) before where they live."""
    return len(words) >= 3 and words[1] in ("of", "in", "on", "from") and words[0].lower().endswith("s") \
        and words[0].lower()[:-1] in lex.not_persons and words[0].lower() in lex.generic_subjects


def _classify_words(words: tuple[str, ...], lex: Lexicon) -> str | None:
    """classify_np of a noun phrase's words (the kind depends on nothing else)."""
    _institution_words(lex)
    lower = " ".join(words).lower()
    if len(words) == 1 and lower in PRONOUNS:
        return "pronoun"
    if len(words) == 2 and lower in ("the former", "the latter"):
        return "pronoun"  # "said the latter": one of the two people named before
    if 2 <= len(words) <= 3 and words[0].lower() == "the" and _AGE_WORD.fullmatch(words[1]):
        return "pronoun"  # "said the 19-year-old": the person the story is about
    if len(words) >= 2 and words[0][:1].isupper() and words[0][1:].islower() and words[0].endswith("ing") \
            and len(words[0]) > 5 and words[1].isalpha() and words[1].islower() and words[1] != "and" \
            and not any(is_role_word(w, lex) or strip_possessive(w.lower()) in _institution_words(lex) for w in words):
        # "Passing sentence, the judge said": a participle opening the sentence, no one's name (but "Presiding
        # judge X", "Managing director X": a title)
        return None
    if len(words) == 2 and words[0].lower() == "the" and words[1] in lex.place_adjectives \
            and words[1] not in lex.places and not words[1].endswith(("s", "ese", "ch", "sh")):
        return "pronoun"  # "the Serb told her post-match news conference": an epithet for the person
    if len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper() and lower[4:] in lex.demonym_gender:
        return "pronoun"  # "the Frenchman admitted", "said the Spaniard": a nationality noun for the person
    if len(words) == 2 and words[0].lower() == "the" and words[1].islower() and words[1] in lex.epithet_gender:
        return "pronoun"  # "The youngster, known as …, said": an epithet for the person
    if lower in lex.generic_subjects or words[0].lower() in lex.not_speakers:
        return "generic"
    if _people_of_place(words, lex):
        return "generic"  # "Residents of Rosewood Lane said": people who live there, no one named
    if len(words) >= 2 and words[0].lower() in lex.quantifier_openers and words[-1].isalpha() \
            and words[-1].islower():
        return "generic"  # "Some Ranadi supporters", "Another operator": people or a body of a kind, none named
    core = [w for w in words if w.lower() not in DETERMINERS]
    if not core:
        return None
    if lower in lex.self_naming_speakers:
        return "institution"
    if (core[-1][:1].islower() or len(core) == 1) and strip_possessive(core[-1]).lower() in lex.generic_subjects:
        return "generic"  # "County officials", "Western diplomats"
    if len(words) == 1 and _plural_role(lower, lex):
        return "generic"  # "Doctors say …": people of a trade, no one in particular (not "The Kings said")
    if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha() and words[0] not in lex.first_names \
            and words[0].lower() not in ("but", "and", "yet", "so", "now", "still") \
            and all(w.isalpha() and w.islower() for w in words[1:]) and plural_people(words[-1], lex):
        return "generic"  # "Private generator owners", "Taxi and bus drivers": a kind of people, no one named

    def is_name_cap(w: str) -> bool:
        return _is_cap(w) and not ("-" in w and w.rsplit("-", 1)[1].islower()) \
            and not is_title_word(w, lex) and w.lower() not in lex.name_particles and w not in lex.common_caps \
            and strip_possessive(w) not in lex.places and strip_possessive(w) not in lex.place_adjectives

    if " ".join(core[:2]) in lex.org_prefixes or " ".join(core[:3]) in lex.org_prefixes:
        return "name"  # "the Office of the Attorney General of Switzerland": an organisation
    heads = [i for i, w in enumerate(core) if is_role_word(w, lex) and not surname_like_title(core, i, lex)]
    has_role = bool(heads) or " ".join(core).lower() in lex.role_head_phrases
    indefinite = words[0].lower() in ("a", "an", "one", "another")
    if heads == [len(core) - 1] and 2 <= len(core) <= 3 and core[0] in lex.first_names \
            and core[0] not in lex.ambiguous_names and core[0] not in lex.honorifics and not is_title_word(core[0], lex) \
            and all(_is_cap(w) and w.isalpha() for w in core):
        return "name"   # attribution probes round 5: "Lorna Bishop said": a surname that is a role word
    if heads:
        h = heads[0]
        # caps after the head, unless they follow "of/for/at" (the role's organisation)
        after, in_org = [], False
        for w in core[h + 1:]:
            if w.lower() in ("of", "for", "at", "in", "with", "from"):
                in_org = True
            elif is_name_cap(w) and not in_org and not is_role_word(w, lex):
                after.append(w)
        if not after and in_org:
            # "WHO Representative in Libya Dr Tomasz Wieczorek": an honorific after the post's body opens a name
            hon = next((n for n in range(h + 2, len(core) - 1) if core[n] in lex.honorifics), None)
            if hon is not None and all(is_name_cap(w) for w in core[hon + 1:]):
                after = core[hon + 1:]
        if after or name_after_coordinated_org(core, lex) is not None:
            return "name"          # "US National Security Advisor Jake Sullivan"
        if h == len(core) - 1 >= 3 and core[h][:1].isupper() and core[h].lower() in lex.body_role_heads \
                and "and" in core[1:h] and all(w == "and" or _is_cap(w) and not is_role_word(w, lex) for w in core[:h]):
            return "name"          # "The Health and Safety Executive": a body named by its remits
        if _representative_org(words, lex):
            return "representative"  # "a Somerset Council spokesperson": the body speaks
        # the number of the head, not of its complement ("head of operations" is one person)
        last = core[h] if in_org else core[-1]
        if indefinite or (last.lower().endswith("s") and last.lower() not in lex.role_heads
                          and strip_possessive(last).lower() not in lex.role_heads):
            return "generic"
        return "role"
    if indefinite and len(core) <= 2 and not any(w in lex.first_names for w in core) \
            and all(w[:1].isupper() and w.isalpha() for w in core):
        return "generic"   # "Anna Berg, a Democrat, said": a description of someone, no name
    if indefinite and len(core) >= 2 and core[-1].isalpha() and core[-1].islower() and core[-1] not in lex.company_nouns:
        return "generic"   # round 42: "A former Tailwise claims supervisor, who …": someone described, no name
    if any(is_name_cap(w) for w in core):
        return "name"
    base = strip_possessive(core[-1].lower())
    if len(core) <= 2 and core[-1].islower() and core[-1].endswith("s") and not core[-1].endswith("ss") \
            and base not in _institution_words(lex):
        return "generic"  # "unions say", "some economists said"
    if words[0].lower() in ("her", "his", "their", "my", "our") and base not in _institution_words(lex):
        return "generic"  # "her son said": a relative, not named
    if base in lex.kin_nouns and core[-1].islower():
        return "generic"  # "The boy's mother said": a relative, not named
    if base in _institution_words(lex) or lower in lex.self_naming_speakers:
        return "institution"
    if any(strip_possessive(w) in lex.places for w in core):
        return "institution"  # "India said", "the US said" — a state speaking
    return None


REPRESENTATIVES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
                   "representative", "statement"}


def org_of_representative(tokens: list[Token], lex: Lexicon) -> str | None:
    """'a Somerset Council spokesperson' / 'a spokesperson for Acme Corp' → the organisation's name."""
    return _representative_org([t.text for t in tokens], lex)


def _representative_org(words: list[str] | tuple[str, ...], lex: Lexicon) -> str | None:
    lower = [w.lower() for w in words]
    rep = next((i for i, w in enumerate(lower) if w in REPRESENTATIVES), None)
    if rep is None:
        return None
    if rep + 1 < len(words) and lower[rep + 1] in ("for", "of", "at"):
        caps = [w for w in words[rep + 2:] if w.lower() not in DETERMINERS]
        at = next((k for k in range(1, len(caps) - 1) if caps[k] in ("in", "at")), None)
        if at is not None and strip_possessive(" ".join(caps[at + 1:])) in lex.places:
            caps = caps[:at]   # round 34: "a spokesperson for USDA Wildlife Services in Guam": the body, not its place
        own = next((k for k, w in enumerate(caps[:-1]) if w.endswith(("’s", "'s")) and caps[k + 1][:1].islower()), None)
        if own is not None:
            caps = caps[:own + 1]  # "a spokesperson for the World Bank's office in Nairobi": the owner speaks
    else:
        caps = [w for w in words[:rep] if w.lower() not in DETERMINERS]
    owner = rep >= 2 and words[rep - 1].endswith(("’s", "'s"))
    listed = [strip_possessive(w) for w in caps if w != "."]
    caps = [w for w in listed if w != ","]
    if len(caps) >= 2 and caps[0][:1].isupper() and caps[-1] in _institution_words(lex) and \
            all(w.isalpha() for w in caps[1:]) and (owner or rep + 1 < len(words) and lower[rep + 1] in ("for", "of", "at")):
        return " ".join(caps)  # "a spokesperson for the Dutch economy ministry", "the Kerala government's spokesperson"
    if not caps or not all(w[:1].isupper() or w.lower() in lex.name_particles for w in caps):
        return None
    if all(is_title_word(w, lex) for w in caps):
        return None
    if "," in listed and listed[0] != "," and listed[-1] != "," and "of" in caps:
        # leftovers round 2: "the Department of Agriculture, Fisheries and Forestry": the name keeps its commas
        return " ".join(listed).replace(" , ", ", ")
    return " ".join(caps)


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _coordinated_modifier_comma(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """Leftovers round 2: in ', a fly-in, fly-out electrician,' / ', a senior, full-time analyst,' closing at the
    comma ``i`` before the verb, the comma after 'a' and one lower-case modifier, before one to four lower-case words
    ending in a role or person noun (the index of that comma)."""
    head = toks[i - 1]
    if not (head.text.isalpha() and head.text.islower()
            and (is_role_word(head.text, lex) or person_noun(head.text, lex))):
        return None
    c = next((n for n in range(i - 2, max(2, i - 6), -1) if toks[n].text == ","), None)
    if c is None or toks[c - 2].lower not in ("a", "an") or toks[c - 3].text != "," \
            or not re.fullmatch(r"[a-z][\w-]*", toks[c - 1].text) \
            or not all(t.text.replace("-", "").isalpha() and t.text.islower() for t in toks[c + 1:i]):
        return None
    return c


_KIN_OWNERS = frozenset({"his", "her", "their", "the", "my", "our"})


def _named_owners_kin(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """Where 'Callum's father' / 'Aisha Bello's mother' ending at ``i`` starts: one to three capitalised words, the
    last a possessive, then a kin noun, opening the clause (None if not so)."""
    if i < 1 or toks[i].lower not in lex.kin_nouns or not toks[i].text.islower() \
            or not (toks[i - 1].is_cap and toks[i - 1].text.endswith(("’s", "'s"))):
        return None
    k = i - 1
    while k >= 1 and i - k < 3 and toks[k - 1].is_cap and not toks[k - 1].text.endswith(("’s", "'s")) \
            and toks[k - 1].lower not in DETERMINERS:
        k -= 1
    if k == 0 or toks[k - 1].text in ",;:" or toks[k - 1].is_quote or toks[k - 1].lower in ("and", "but"):
        return k
    return None


def _kin_before_description(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """Leftovers round 2: the end of 'His father' / 'The boy's mother' opening the sentence when a description
    between commas (opening with a/an, or who after his/her/their) follows it up to the comma ``i`` before the
    verb: 'His father, a retired boilermaker, said', 'Her grandmother, who looks after her, said'."""
    c = next((n for n in range(2, min(i, 5)) if toks[n].text == ","), None)
    if c is None or toks[c - 1].lower not in lex.kin_nouns or i - c > 16:
        return None
    if toks[0].lower not in _KIN_OWNERS and _named_owners_kin(toks, c - 1, lex) != 0:
        return None   # (or a named owner: "Callum's father, a retired boilermaker, said")
    if not all(t.text.isalpha() and t.text.islower() or strip_possessive(t.text).isalpha() for t in toks[1:c]):
        return None
    opener = toks[c + 1].lower
    if opener in ("a", "an") or opener == "who" and toks[0].lower != "the":
        if not any(t.text in ",;:" or t.is_quote for t in toks[c + 1:i]):
            return c
    return None


def _given_name_closing(toks: list[Token], lo: int, i: int, lex: Lexicon) -> int | None:
    """Where a name of two or three capitalised words closing at ``i`` opens with a listed given name after another
    capitalised word (from ``lo`` on): 'the Presidency Nomvula Dube' -> the index of 'Nomvula'."""
    given = next((n for n in range(max(lo, i - 2), i) if toks[n].text in lex.first_names and toks[n - 1].is_cap), None)
    if given is None or not all(t.is_cap for t in toks[given:i + 1]):
        return None
    return given


def _bracketed_honorific(toks: list[Token], p: int, lex: Lexicon) -> bool:
    """'(Mrs)' of 'Hon. (Mrs) X', '(Dr)' of 'Chief (Dr) X': an honorific in brackets opens at ``p``."""
    return toks[p].text == "(" and toks[p + 2].text == ")" and toks[p + 1].text in lex.honorifics


def nesting_at_most(most: int):
    """A reader that calls itself on what is left once a piece is read past (an aside, a bracket, an age, a word of a
    title) gives up (None) when ``most`` such calls are open: fuzzing (second round) found that a thousand asides
    ('The officer, however, however, …, said') or bracketed acronyms raised RecursionError; real text nests a few."""
    def wrap(read):
        depth = 0

        def bounded(*args):
            nonlocal depth
            if depth >= most:
                return None
            depth += 1
            try:
                return read(*args)
            finally:
                depth -= 1
        bounded.__name__, bounded.__doc__, bounded.__wrapped__ = read.__name__, read.__doc__, read
        return bounded
    return wrap


@nesting_at_most(40)
def _subject_left(toks: list[Token], v: int, lex: Lexicon) -> Subject | None:
    for p in range(max(0, v - 14), v - 3):
        if _bracketed_honorific(toks, p, lex) and toks[p + 3].is_cap:
            # roles probes round 4: "Chief (Dr) X, the chairman of the event, said", "The Commissioner for
            # Education, Hon. (Mrs) X, said": a bracketed style before a name is read past
            sub = _subject_left(toks[:p] + toks[p + 3:], v - 3, lex)
            if sub is None or sub.end <= p:
                return sub
            return make_subject(toks, sub.start + 3 if sub.start >= p else sub.start, sub.end + 3, sub.kind, sub.role)
    cut = _opening_body_tags(toks, v, lex)
    if cut is not None:
        # round 43: "The National Health Mission (NHM), Assam, in a press release …, said": the body's acronym and
        # state are read past, as if the sentence were "The National Health Mission, in a press release …, said"
        a, b = cut
        sub = _subject_left(toks[:a] + toks[b:], v - (b - a), lex)
        if sub is None or sub.end <= a:
            return sub
    i = v - 1
    while i >= 0 and toks[i].lower in lex.auxiliaries and not toks[i].is_cap:
        i -= 1
    if i >= 3 and toks[0].lower in lex.quantifier_openers and (found := plural_opener(toks, i + 1, lex)) \
            and _plural_business(toks[found[1]].lower, lex) and (sub := _plural_opener_before(toks, i, lex)):
        return sub   # round 40: "Several firms on the Attercliffe industrial estate said": a place named, no speaker
    if i >= 3 and (sub := _counted_residents(toks, i, lex)) is not None:
        return sub   # round 42: "Several villagers at Tuesday's public meeting in Westgate Village Hall said"
    if i >= 3 and toks[i].text == "," and toks[i - 1].lower in lex.auxiliaries and toks[i - 2].text == "," \
            and i == v - 1:
        # "A spokesperson for the service, however, said": the adverb between commas is read past
        return _subject_left(toks[:i - 2] + toks[v:], i - 2, lex)
    if i >= 3 and i == v - 1 and toks[i].text == ",":
        # round 40: "The Divisional Forest Officer, on the other hand, said", "X, for his part, said": a phrase
        # between commas (aside_phrases) is read past as well
        for phrase in lex.aside_phrases:
            n = len(phrase)
            if i - n - 1 >= 1 and toks[i - n - 1].text == "," and tuple(t.lower for t in toks[i - n:i]) == phrase:
                return _subject_left(toks[:i - n - 1] + toks[v:], i - n - 1, lex)
    if i >= 6 and i == v - 1 and toks[i].text == "," and (c := _coordinated_modifier_comma(toks, i, lex)) is not None:
        # leftovers round 2: "Ben Carter, a fly-in, fly-out electrician, said": the comma between two modifiers of
        # one head is read past (and kept in the role)
        sub = _subject_left(toks[:c] + toks[c + 1:], v - 1, lex)
        if sub is None or sub.end > c:
            return sub
        out = make_subject(toks, sub.start, sub.end, sub.kind, sub.role)
        out.np_start, out.via = sub.np_start, sub.via
        if out.role:
            a, b = toks[c - 1].text, toks[c + 1].text
            out.role = out.role.replace(f"{a} {b}", f"{a}, {b}", 1)
        return out
    if i >= 4 and i == v - 1 and toks[i].text == "," and (c := _kin_before_description(toks, i, lex)) is not None:
        # leftovers round 2: "His father, a retired boilermaker, said C": the relative speaks, the description is
        # read past (unnamed unless the story named that relative before)
        sub = _subject_left(toks[:c] + toks[v:], c, lex)
        if sub is not None and sub.kind == "generic" and toks[c + 1].lower in ("a", "an"):
            sub.role = role_phrase(toks[c + 1:i], lex)   # the relative's own post, if the story named them
        return sub
    if i >= 1 and i == v - 1 and (k := _named_owners_kin(toks, i, lex)) is not None:
        # leftovers round 2: "Callum's father said C": a relative described by a named person speaks, unnamed (not a
        # person called "Callum's father")
        return make_subject(toks, k, i + 1, "generic")
    if i >= 2 and toks[i].lower in _WEEKDAYS and toks[i - 1].lower == "on" and toks[i].is_cap:
        i -= 2  # "Magistrate X on Tuesday ruled that …": the day between the speaker and the verb
        while i >= 0 and toks[i].lower in lex.auxiliaries and not toks[i].is_cap:
            i -= 1
    home = _home_after_name(toks, i, lex)
    if home is not None:
        # round 42: "Harvester Rosalia Mpasi (54) from Shamaturu village said": read past the age and home place
        return _subject_left(toks[:home] + toks[v:], home, lex)
    if i >= 2 and toks[i].text == ")":
        # "The Ministry of External Affairs (MEA) said": skip the bracketed acronym
        k = i - 1
        while k >= 0 and toks[k].text != "(" and i - k < 6:
            k -= 1
        if (k < 0 or toks[k].text != "(") and (post := _post_bracket_start(toks, i, lex)) is not None:
            k = post   # roles probes round 5: "X (chief operating officer, Gulf Freight) said"
        if k > 0 and toks[k].text == "(":
            sub = _subject_left(toks[:k] + toks[v:], k, lex)
            return sub
    if i >= 4 and toks[i].text in ("—", "–", "-"):
        # roles round 3: "Bill Evans — secretary of the angling club — said", "“C,” Dr X – head of … – said": a
        # post between dashes after the name; the name before the first dash speaks
        k = i - 1
        while k >= 0 and toks[k].text not in ("—", "–", "-", ";", ":") and not toks[k].is_quote and i - k < 24:
            k -= 1
        if k >= 1 and toks[k].text == toks[i].text and i - k >= 2 and (toks[k + 1].text[:1].islower()
                                                                  or toks[k + 1].text.isdigit()):
            role = role_phrase(toks[k + 1:i], lex)
            name = _np_left(toks, k - 1, lex)
            aside = toks[k + 1].lower in ("no", "not") and i - k <= 12
            if (aside or role and any(is_role_word(w, lex) for w in role.split())) and name is not None \
                    and classify_np(toks[name:k], lex) == "name" \
                    and (name == 0 or toks[name - 1].text in ",:;" or toks[name - 1].is_quote):
                # (round 40: also a spaced hyphen as the dash, and an aside that denies a tie, "Carl Ashdown - no
                # relation to the UKHSA consultant - said:", which gives no role)
                return make_subject(toks, name, k, "name", role=None if aside else role)
            if not (role and any(is_role_word(w, lex) for w in role.split())) and toks[k - 1].is_cap \
                    and not toks[k - 1].is_quote:
                # roles probes round 4: "Hugh Tennant — the third generation of his family to run it — said",
                # "Fire chief Dan Kowalski — who has served 30 years — said": a parenthesis between dashes that
                # states no post is read past, as a bracket is
                sub = _subject_left(toks[:k] + toks[v:], k, lex)
                if sub is not None:
                    return sub
    if i >= 4 and toks[i].text.islower() and toks[i - 1].text == ")" and toks[i - 3].text == "(" \
            and _ACRONYM.fullmatch(toks[i - 2].text) and toks[i - 4].is_cap and is_role_word(toks[i].text, lex):
        # "A Zimbabwe Cricket (ZC) spokesperson said": the bracketed acronym inside the noun phrase is skipped
        return _subject_left(toks[:i - 3] + toks[i:], v - 3, lex)
    if i >= 5 and toks[i].is_cap and toks[i].lower in lex.company_nouns and toks[i - 1].is_cap \
            and toks[i - 2].text == ")" and toks[i - 4].text == "(" and _ACRONYM.fullmatch(toks[i - 3].text) \
            and toks[i - 5].is_cap:
        # "The World Health Organization (WHO) Country Office said": the body named before its acronym speaks,
        # not its local office
        return _subject_left(toks[:i - 4] + toks[v:], i - 4, lex)
    if i < 0:
        return None
    if i >= 2 and toks[i].lower in ("them", "us") and toks[i - 1].lower == "of" \
            and toks[i - 2].lower in _QUANTIFIERS | {"one", "two", "three", "none", "each", "either", "neither"} \
            and (i == 2 or toks[i - 3].text in ",;:" or toks[i - 3].is_quote or toks[i - 3].lower in ("and", "but")):
        return make_subject(toks, i - 2, i + 1, "generic")   # "“…,” one of them said": an unnamed one of a group
    parent = _parent_epithet(toks, i, lex)
    if parent is not None:
        return parent
    j = i
    while j > 0 and toks[j - 1].is_cap and i - j < 4:
        j -= 1
    if j >= 3 and toks[i].is_cap and (place_body := _place_body_at(toks, j - 3, lex)) is not None \
            and place_body.end == i + 1 and (j == 3 or toks[j - 4].text in ",:;" or toks[j - 4].is_quote):
        return place_body   # round 43: "The city of Hamilton said C"
    described = _body_with_relative(toks, i, lex) or _described_by_phrase(toks, i, lex) \
        or _opening_described_by(toks, i, lex)
    if described is not None:
        return described
    counted = _counted_people(toks, i, lex) or _informed_people(toks, i) or _kin_of_name(toks, i, lex)
    if counted is not None:
        return counted
    if i >= 1 and toks[i - 1].lower in _ONE_OF_THEM and (i == 1 or toks[i - 2].text == ",") \
            and toks[i].text.islower() and _agent_noun(toks[i].lower, lex):
        return make_subject(toks, i - 1, i + 1, "generic")   # "Another visitor said", "One buyer told X"
    if toks[i].text == "," and i >= 2 and toks[i - 1].text.isdigit() and toks[i - 2].text == ",":
        i -= 2  # "Pieter van Wyk, 67, said": skip the age
        n = i - 1
        while n >= 0 and toks[n].is_cap:
            n -= 1
        if i - n >= 2 and n >= 0 and toks[n].text.islower() and toks[n].text.isalpha() and \
                toks[n].lower not in lex.auxiliaries and toks[n].lower not in ("and", "or", "but", "as", "by", "with"):
            # "In Kasungu, maize farmer X, 52, said", "Tomato trader X, 41, said": read without the age
            return _subject_left(toks[:i] + toks[v:], i, lex)
    elif toks[i].text == "," and i >= 2 and toks[i - 2].text == "," and toks[i - 1].text in lex.post_nominals:
        i -= 2  # "Asha Menon, IAS, said": skip the letters after the name
    elif toks[i].text == "," and i >= 3:
        i = _before_party_tag(toks, i)  # "Rep. Tom Hill, R-Texas, said": skip the party tag
    if toks[i].lower in ("and", "but") and i > 0:
        # "A spokeswoman for X declined to comment but said …": the subject of the first verb
        nxt = toks[v + 1] if v + 1 < len(toks) else None
        if toks[v].lower in ("said", "says", "told", "added") or (nxt is not None and (
                nxt.lower == "that" or nxt.text in ":," or nxt.is_quote)):
            return refine_opening_subject(toks[:i], subject_at_start(toks[:i], lex), lex)
        return None
    if toks[i].text == "," and i >= 3 and (toks[i - 2].lower == "as" or toks[i - 3].lower == "as"):
        named = _named_only_as(toks, 0, i, lex)  # "One of the victims, …, identified only as Somsri, said"
        if named is not None:
            return named
    if toks[i].text == ",":
        body = _body_through_representative(toks, i, lex)
        if body is not None:
            return body
        signer = _signer_of_document(toks, i, lex)
        if signer is not None:
            return signer
        s = i - 1
        while s >= 0 and toks[s].text not in ",;:" and not toks[s].is_quote and i - s < 16:
            s -= 1
        if s >= 1 and toks[s].text == "," and i - s >= 4 and toks[s + 1].lower in _THROUGH \
                and toks[s + 2].lower in ("a", "an", "the", "its", "their") \
                and toks[s + 3].lower in lex.according_to_issued:
            # "The operator, X (XL), in a statement issued on Tuesday, said": the channel between the
            # subject and the verb is read past
            return _subject_left(toks[:s] + toks[v:], s, lex)
        origin = _name_before_origin(toks, i, lex)
        if origin is not None:
            return origin
        if i >= 5 and toks[i - 1].text.isupper() and toks[i - 2].lower == "as" and toks[i - 3].lower == "known" \
                and toks[i - 4].text == "," and classify_np(toks[:i - 4], lex) in ("institution", "generic", None):
            return make_subject(toks, i - 1, i, "name")  # "The charity, known as CPRE, said": the body's short name
        # "X, the ROLE, said" / "the ROLE, X, said" — step over the comma into the apposition
        # (and over a short bracket after the name: "A lawyer for Acme, Wang Mei-ling (王美玲), said")
        j = _before_bracket(toks, i) - 1
        j = _before_home_place(toks, j, lex)   # round 41: "The woman, 61-year-old X from Ede, told"
        k = j
        while k >= 0 and _np_token(toks[k], lex):
            k -= 1
        lo = _lower_remits_start(toks, i)
        if lo is not None:
            # "X, the head of the department for the regulation of traditions, celebrations and rituals, said": the
            # comma lists what the post's body deals with, so the apposition runs on and the speaker comes before it
            sub = _subject_left(toks[:lo] + toks[lo + 1:], v - 1, lex)
            if sub is not None and sub.role:
                pair = f"{toks[lo - 1].text} {toks[lo + 1].text}"
                sub.role = sub.role.replace(pair, f"{toks[lo - 1].text}, {toks[lo + 1].text}", 1)
            return sub
        if k >= 3 and toks[k].text == "," and j == i - 1 and _remits_after_comma(toks, k, i):
            # "X, the director of the Bureau of Tariffs, Ports and Excise, said": the comma is inside the body's
            # name (its remits listed), so the apposition runs on and the speaker comes before it
            return _subject_left(toks[:k] + toks[k + 1:], v - 1, lex)
        inner = toks[k + 1: j + 1]
        inner_kind = classify_np(inner, lex) if inner else None
        if inner_kind == "role" and len(inner) >= 3 and k >= 1 and toks[k].text == ",":
            # "The Opposition's spokesman on housing, Member of Parliament Roy Fenton, said": a capitalised title
            # of several words, then a name that starts with a given name; the role before the comma is his
            n = next((n for n in range(1, len(inner) - 1) if inner[n].text in lex.first_names
                      and inner[n - 1].is_cap), None)
            if n is not None and classify_np(inner[n:], lex) == "name":
                seg_start = k - 1
                while seg_start >= 0 and toks[seg_start].text not in ",;:" and not toks[seg_start].is_quote:
                    seg_start -= 1
                role = role_phrase(toks[seg_start + 1:k], lex) or _role_text(inner[:n])
                return make_subject(toks, k + 1 + n, j + 1, "name", role=role)
        if inner_kind == "name" and k >= 1 and toks[k - 1].text == "," and toks[k].text.islower() \
                and is_role_word(toks[k].text, lex):
            # "Standing counsel for the DDA, advocate Neha Saluja, submitted": a lower-case title before the name
            seg_start = k - 2
            while seg_start >= 0 and toks[seg_start].text not in ",;:" and not toks[seg_start].is_quote:
                seg_start -= 1
            role = role_phrase(toks[seg_start + 1:k - 1], lex)
            return make_subject(toks, k + 1, j + 1, "name", role=role or toks[k].text)
        if inner_kind == "name" and k >= 2 and len(inner) >= 2 and inner[0].text.islower() \
                and is_role_word(inner[0].text, lex) and toks[k].text != "," \
                and (m := _title_run_after_comma(toks, k + 1, lex)) is not None:
            # round 41: "Her niece, Māori ward councillor X, said": a title of several words (a lower-case head) between
            # the comma and the name; a role phrase before the comma is fuller (a relationship is none)
            seg_start = m - 2
            while seg_start >= 0 and toks[seg_start].text not in ",;:" and not toks[seg_start].is_quote:
                seg_start -= 1
            role = role_phrase(toks[seg_start + 1:m - 1], lex)
            return make_subject(toks, k + 2, j + 1, "name", role=role or _role_text(toks[m:k + 2]))
        outer = _np_left(toks, k - 1, lex) if k >= 1 and toks[k].text == "," else None
        outer_kind = classify_np(toks[outer: k], lex) if outer is not None else None
        if inner_kind == "name" and len(inner) == 1 and outer is not None and outer >= 2 \
                and toks[outer - 1].lower in _PREPOSITIONS and inner[0].text not in lex.first_names \
                and _org_like(toks[outer:k], lex):
            # "Doctors at the District Hospital, Rampur, said": the town places the body; the subject is before it
            return _subject_left(toks[:k] + toks[v:], k, lex)
        if inner_kind == "role" and outer_kind == "name":
            return make_subject(toks, outer, k, "name", role=_role_text(inner))
        if inner_kind == "name" and outer_kind in ("role", "generic") and \
                any(is_role_word(t.text, lex) for t in toks[outer:k]):
            return make_subject(toks, k + 1, j + 1, "name", role=_role_text(toks[outer: k]))
        if inner_kind == "name" and k >= 1 and toks[k].text == "," and _org_like(inner, lex):
            # "…, a hydrogeologist at the Centre for Water Resources, Anna University, said"
            seg_start = k - 1
            while seg_start >= 0 and toks[seg_start].text not in ",;:" and not toks[seg_start].is_quote:
                seg_start -= 1
            role = role_phrase(toks[seg_start + 1:k], lex)
            if role and seg_start >= 1 and toks[seg_start].text == ",":
                name = _np_left(toks, seg_start - 1, lex)
                if name is not None and classify_np(toks[name:seg_start], lex) == "name":
                    return make_subject(toks, name, seg_start, "name", role=f"{role}, {' '.join(t.text for t in inner)}")
        if inner_kind == "name" and k >= 0 and toks[k].text == ",":
            seg_start = k - 1
            while seg_start >= 0 and toks[seg_start].text not in ",;:" and not toks[seg_start].is_quote:
                seg_start -= 1
            role = role_phrase(toks[seg_start + 1:k], lex)
            return make_subject(toks, k + 1, j + 1, "name", role=role)
        if inner_kind == "name" and (k < 0 or toks[k].is_quote):
            return make_subject(toks, k + 1, j + 1, "name")   # "“…,” Kostecki, 71, said"
        # "X, a senior research economist at the IFS, said": any apposition between commas
        seg_start = j
        while seg_start >= 0 and toks[seg_start].text not in ",;:" and not toks[seg_start].is_quote:
            seg_start -= 1
        segment = toks[seg_start + 1: j + 1]
        if segment and segment[0].lower == "where" and seg_start >= 1 and toks[seg_start].text == ",":
            # "Workers at the Lobatse plant, where shifts were cut, said": the subject before the place's clause
            return _subject_left(toks[:seg_start] + toks[v:], seg_start, lex)
        role = role_phrase(segment, lex)
        if not (role and any(is_role_word(w, lex) for w in role.split())) and len(segment) >= 2 \
                and segment[0].lower in ("a", "an") and seg_start >= 6 \
                and toks[seg_start].text == "," and (found := _person_before_described_place(toks, seg_start, lex)):
            return found   # round 41: "X, the owner of Tęcza, a milk bar on Piotrkowska Street, told": the place described
        if role and seg_start >= 1 and toks[seg_start].text == ",":
            end = seg_start
            if end >= 2 and toks[end - 1].text.isdigit() and toks[end - 2].text == ",":
                end -= 2  # "Sunita Rao, 45, a teacher"
            else:
                end = _before_bracket(toks, end)  # "Kamla Devi (58), a domestic worker", "Jamal Whitaker (D), …"
                end = _before_party_tag(toks, end)  # "Sen. Jane Dolan, D-Ore., the chairwoman of …"
            name = _np_left(toks, end - 1, lex)
            if name is not None and name >= 2 and toks[name - 1].lower in _PREPOSITIONS:
                # "Dr X, head of research at the Brain Health Trust, a British charity, said": the
                # name before the commas is the role's organisation; the person comes one apposition earlier
                seg = name - 1
                while seg >= 0 and toks[seg].text not in ",;:" and not toks[seg].is_quote:
                    seg -= 1
                outer_role = role_phrase(toks[seg + 1:end], lex) if seg >= 1 and toks[seg].text == "," else None
                person = _np_left(toks, seg - 1, lex) if outer_role else None
                if person is not None and classify_np(toks[person:seg], lex) == "name" and \
                        (person == 0 or toks[person - 1].text in ",:;" or toks[person - 1].is_quote):
                    return make_subject(toks, person, seg, "name", role=outer_role)
            if name is not None and classify_np(toks[name:end], lex) == "name" and \
                    (name == 0 or toks[name - 1].text in ",:;" or toks[name - 1].is_quote
                     or toks[name - 1].text[:1].islower()):
                return make_subject(toks, name, end, "name", role=role)
        if role is None and segment and segment[0].lower in ("who", "whose") and seg_start >= 1 and toks[seg_start].text == ",":
            # "“C,” Birgitte Lindholm, who is chair of the foundation, said": the name before the relative clause
            end = _before_bracket(toks, seg_start)
            if end == seg_start and end >= 3:
                end = _before_party_tag(toks, end)  # "Rep. X, D-El Paso, who chairs …, said"
            if end == seg_start and end >= 3 and toks[end - 1].text.isdigit() and len(toks[end - 1].text) <= 3 \
                    and toks[end - 2].text == ",":
                end -= 2   # "One of them, Juhani Aikio, 58, who herds …, said": past the age
            name = _np_left(toks, end - 1, lex)
            if name is not None and classify_np(toks[name:end], lex) == "name" and \
                    (name == 0 or toks[name - 1].text in ",:;" or toks[name - 1].is_quote
                     or _lower_title_before(toks, name, lex)):
                split = _title_split(toks[name:end], lex)  # "Cagayan Governor Rosario Abalos, who …"
                if split is not None:
                    return make_subject(toks, name + split, end, "name", role=_role_text(toks[name:name + split]))
                return make_subject(toks, name, end, "name")
            if name == 0 and end - name >= 2 and classify_np(toks[name:end], lex) == "generic" \
                    and plural_people(toks[end - 1].text, lex):
                # round 42: "Mototaxi drivers, who carry residents …, said C": people of a kind, no one named
                return make_subject(toks, name, end, "generic")
            owner = _owner_with_acronym(toks, name) if name is not None else None
            if owner is not None and classify_np(toks[name:end], lex) == "name":
                # "Green Party (GP) Councillor X, who …": the body and its acronym are part of the title
                split = _title_split(toks[name:end], lex)
                if split is not None:
                    role = f"{_role_text(toks[owner:name - 3])} ({toks[name - 2].text}) {_role_text(toks[name:name + split])}"
                    return make_subject(toks, name + split, end, "name", role=role)
        if role is None and segment and segment[0].lower == "which" and seg_start >= 1 and toks[seg_start].text == ",":
            # "The Danish Film Institute (DFI), which co-financed the film, said": the body before the clause
            end = _before_bracket(toks, seg_start)
            name = _np_left(toks, end - 1, lex)
            if name is not None and (listed := _listed_remits(toks, make_subject(toks, name, end, "name"), lex)):
                # leftovers round 2: "The Ministry of Water, Sanitation and Irrigation, which runs the dams, said"
                listed.kind = "body"
                return listed
            if name is not None and (name == 0 or toks[name - 1].text in ",:;") and \
                    classify_np(toks[name:end], lex) == "name" and \
                    (_org_like(toks[name:end], lex) or _opening_body(toks, name, end, lex)
                     or _described_acronym(toks[name:end], lex)):
                return make_subject(toks, name, end, "body")
            first = 1 if toks[0].lower == "the" else 0
            if end - first >= 4 and f"{toks[first].text} {toks[first + 1].text}" in lex.org_prefixes \
                    and toks[end - 1].is_cap and all(t.is_cap or t.text in _NAME_INNER for t in toks[first:end]):
                # round 37: "The Commission on Ethics and Lobbying in Government, which replaced …, said": a body's
                # name opening the sentence with lower-case words inside
                return make_subject(toks, 0, end, "body")
        if segment and segment[0].lower == "the" and seg_start >= 3 and toks[seg_start].text == "," \
                and toks[seg_start - 1].text == ")" and not any(t.lower in _FINITE_WORDS for t in segment):
            # "The Ports Authority (PA), the Mombasa-based regional body, said": the body, described
            kb = _before_bracket(toks, seg_start)
            body = _np_left(toks, kb - 1, lex) if kb < seg_start else None
            if body is not None and (body == 0 or toks[body - 1].text in ",:;") and _org_like(toks[body:kb], lex):
                return make_subject(toks, body, kb, "name", role=_role_text(segment))
        if segment and segment[0].lower == "the" and 4 <= seg_start <= 7 and toks[seg_start].text == "," \
                and toks[0].lower == "the" and toks[1].text.isalpha() and toks[1].text.islower() \
                and toks[2].lower == "of" and all(t.is_cap for t in toks[3:seg_start]) \
                and strip_possessive(segment[-1].lower) in lex.company_nouns \
                and not any(t.lower in _FINITE_WORDS for t in segment):
            # "The personería of Bogotá, the city's ombudsman's office, said": a body known by a common noun and
            # its place, described as a body
            return make_subject(toks, 1, seg_start, "body", role=_role_text(segment))
        body = _role_then_described_body(toks, seg_start, j, lex)
        if body is not None:
            return body
        if segment and segment[0].lower in ("the", "a", "an", "which", "whose") and seg_start >= 3 \
                and toks[seg_start].text == ",":   # (leftovers round 2: "whose")
            # "A spokesperson for Pan Kalvara, the national rowing body, said": the body's representative (also
            # "A spokesperson for X, which represents 140 companies, said")
            lo = seg_start - 1
            while lo > 0 and toks[lo - 1].text not in ",;:" and not toks[lo - 1].is_quote:
                lo -= 1
            kb = _before_bracket(toks, seg_start)   # (round 41: past the body's acronym, "… Office (IPO), which …")
            if seg_start - lo <= 10 and classify_np(toks[lo:kb], lex) == "representative":
                return make_subject(toks, lo, kb, "representative")
            if (listed := _representative_of_listed_remits(toks, lo, kb, lex)) is not None:
                return listed
        c = next((n for n in range(1, min(i, 6)) if toks[n].text == ","), None)
        if c is not None and c >= 2 and c < i and toks[0].lower == "the" and toks[c + 1].lower in _DESCRIBED_OPENERS \
                and all(strip_possessive(t.text).replace("-", "").isalpha() and t.lower not in lex.auxiliaries
                        for t in toks[1:c]) \
                and (classify_np(toks[:c], lex) in ("role", "pronoun") or toks[c - 1].lower in lex.kin_nouns):
            # "The veteran goaltender, who had allowed three goals, said", "The youngster, known as “Bullet”, said"
            # (and a relative: "The boy's mother, who asked not to be named, said")
            return make_subject(toks, 0, c, classify_np(toks[:c], lex))
        # "Dougie Campbell, 67, who started the event …, said": the sentence's subject
        first = _sentence_subject(toks, i, lex)
        if first is not None:
            return first
        return _generic_opener(toks, i)
    named = _name_of_lower_body(toks, i, lex)
    if named is not None:
        return named
    start = _np_left(toks, i, lex)
    if start is not None and start < i and (toks[start].lower == "which" or toks[start].lower == "that" and (
            toks[start + 1].is_cap and toks[start + 1].lower not in DETERMINERS or toks[start + 1].lower == "the")):
        start += 1  # "a crew that Dolan says spends …", "under which the company says": the relative pronoun
    if start is None:
        t = toks[i]
        if t.text.isalpha() and t.text.islower() and t.text.endswith("s") and not t.text.endswith("ss") \
                and (i == 0 or toks[i - 1].text in ",;:" or toks[i - 1].lower in ("and", "but", "that")
                     or toks[i - 1].lower in _QUANTIFIERS):
            # "…, researchers have said", "a stretch of road that several riders said was still wet"
            return make_subject(toks, i, i + 1, "generic")
        if t.lower in ("several", "many", "some", "most", "others") and (i == 0 or toks[i - 1].lower in ("and", "but")):
            # "Coalition MPs accused the opposition of stalling, and several said privately C": a bare quantifier
            # of people just mentioned, no one in particular
            return make_subject(toks, i, i + 1, "generic")
        if i >= 1 and t.text.islower() and _plural_role(t.lower, lex) and toks[i - 1].text.isalpha() \
                and (toks[i - 1].text.islower() or i == 1 and toks[0].text == "The") \
                and (toks[i - 1].lower == "the" or toks[i - 1].lower not in DETERMINERS
                     and toks[i - 1].lower not in _QUANTIFIERS) \
                and (i == 1 or toks[i - 2].text in ",;:"):
            # "Across the bay, commercial fishermen say", "…, the researchers said" (not "her members felt")
            return make_subject(toks, i - 1, i + 1, "generic")
        return _generic_opener(toks, i) or _plural_opener_before(toks, i, lex)
    inner = next((n for n in range(i - 1, start, -1) if toks[n].lower == "that" and n + 1 < i
                  and (toks[n + 1].lower == "the" or toks[n + 1].is_cap)), None)
    if inner is not None:
        start = inner   # "in Bang Na district that the Bureau says was used …": the relative pronoun inside
    if toks[start].lower == "that" and start + 1 < i and (toks[start + 1].lower == "the" or toks[start + 1].is_cap):
        start += 1  # "a warehouse that the Serious Fraud Office says was used …": a relative pronoun
    np = toks[start: i + 1]
    kind = classify_np(np, lex)
    if kind == "institution" and start == i and i >= 2 and toks[i].text.islower() and toks[i - 1].text.isalpha() \
            and toks[i - 1].text.islower() and toks[i - 1].lower not in _NOT_MODIFIERS \
            and toks[i - 1].lower not in lex.auxiliaries and toks[i - 2].is_cap and _np_token(toks[i - 2], lex):
        # "the Dutch economy ministry said": a lower-case noun between the place and the head
        wider = _np_left(toks, i - 2, lex)
        wider_kind = classify_np(toks[wider:i + 1], lex) if wider is not None else None
        if wider_kind in ("institution", "representative"):
            start, np, kind = wider, toks[wider:i + 1], wider_kind
        elif wider_kind == "name" and _place_modifier_body(toks[wider:i + 1], lex):
            start, np, kind = wider, toks[wider:i + 1], "name"   # round 42: "The Yogyakarta provincial administration"
    if kind is None:
        return _generic_opener(toks, i)
    if kind == "name" and i == start + 1 and toks[i].text.isalpha() and toks[i].text.islower() \
            and toks[i].text.endswith("s") and (start == 0 or toks[start - 1].text in ",;:" or toks[start - 1].is_quote) \
            and not _known_word(toks[start].text, lex):
        return make_subject(toks, start, i + 1, "generic")  # "Local businesses said": a sentence-start adjective
    by = start - 2 if start > 2 and toks[start - 1].lower in lex.name_particles else start - 1   # "by Le Monde"
    if by > 1 and toks[by].lower == "by" and toks[by - 1].text.islower() and toks[by - 1].text.endswith("ed"):
        # "Several residents interviewed by Le Monde said": the agent of a participle is not the speaker
        return _generic_opener(toks, i) or make_subject(toks, by - 1, i + 1, "generic")
    if kind in ("name", "institution") and start >= 3 and toks[start - 1].lower in ("to", "with"):
        w = _relative_to_listener(toks, start, lex)
        if w is not None:
            # "Lounge owners who spoke to The Point said": the listener of a relative clause is not the speaker;
            # the noun phrase before it is (someone unnamed when it is no known kind: "A midwife who …")
            return _subject_left(toks[:w] + toks[v:], w, lex) or make_subject(toks, w - 1, w, "generic")
    close_to = start > 2 and toks[start - 1].lower == "to" and toks[start - 2].lower == "close"
    if kind == "name" and start > 1 and (toks[start - 1].lower in _PREPOSITIONS or toks[start - 1].lower == "to"
                                         and is_role_word(toks[start - 2].text, lex)):
        # "Leader of Opposition in the State Assembly Dr Ravi Menon said": an honorific after the title's
        # organisation starts the name ("US Ambassador to Kenya Dr Tom Reilly said": also after "to" and a place)
        hon = next((k for k in range(start + 1, i) if toks[k].text in lex.honorifics), None)
        if hon is not None and all(t.is_cap or t.lower in lex.name_particles for t in toks[hon:i + 1]):
            # (a bracket after the title is read past: "Permanent Secretary (Fisheries) at the MPRT Dr X")
            kb = _before_bracket(toks, start - 1)
            head = _np_left(toks, kb - 1, lex)
            if head is not None and classify_np(toks[head:kb], lex) in ("role", "representative"):
                # ("WHO Representative in Libya Dr Tomasz Wieczorek": the representative is named, so he speaks)
                return make_subject(toks, hon, i + 1, "name", role=_role_text(toks[head:kb] + toks[start - 1:hon]))
    if start > 1 and (toks[start - 1].lower in _PREPOSITIONS or close_to) and kind in ("institution", "name"):
        # "one resident of Kargi said" (not Kargi) / "the UAE embassy in New Delhi said" (the embassy)
        head = _np_left(toks, start - 2, lex)
        head_kind = classify_np(toks[head:start - 1], lex) if head is not None else None
        if head is not None and head > 1 and toks[head - 1].lower == "by" and toks[head - 2].text.islower() \
                and toks[head - 2].text.endswith("ed"):
            # "Workers interviewed by The Peninsula in the Industrial Area said": the agent of a participle
            return _generic_opener(toks, i) or make_subject(toks, head - 2, i + 1, "generic")
        if head_kind == "name" and head == start - 3 and _plural_noun(toks[head + 1].text) \
                and (head == 0 or toks[head - 1].text in ",;:" or toks[head - 1].is_quote) \
                and (not _known_word(toks[head].text, lex) or toks[head].text in lex.place_adjectives):
            # "Church leaders across the island say", "Diaspora associations in Germany said": a capitalised word
            # and a plural common noun, however placed, are people of that kind, no one in particular
            return make_subject(toks, head, i + 1, "generic")
        if head_kind == "name" and head is not None and head >= 2 and toks[head - 1].lower in _PREPOSITIONS \
                and toks[head - 2].text.isalpha() and toks[head - 2].text.islower() \
                and plural_people(toks[head - 2].text, lex) and toks[head - 2].lower not in lex.expert_nouns:
            # "Taxi drivers at the Sefika rank in Maseru said": people of a kind at a place, no one in particular
            return _generic_opener(toks, i) or make_subject(toks, head - 2, i + 1, "generic")
        if head_kind in ("institution", "name", "representative", "role") and head >= 3 \
                and toks[head - 1].lower in ("to", "with") and (w := _relative_to_listener(toks, head, lex)) is not None:
            # round 42: "Growers who spoke to The Island at Pannala on Tuesday said": the listener and where they met
            if w == 1 and plural_people(toks[0].lower, lex):
                return make_subject(toks, 0, 1, "generic")   # (a plural agent noun opening the sentence)
            return _subject_left(toks[:w] + toks[v:], w, lex) or make_subject(toks, w - 1, w, "generic")
        if head_kind == "role" and toks[start - 1].lower == "in" \
                and (named := _given_name_closing(toks, start + 1, i, lex)) is not None:
            # leftovers round 2: "Minister in the Presidency Nomvula Dube said", "Minister of State in the Ministry
            # of Finance X said": the title's body runs up to a given name that opens the last words
            sub = make_subject(toks, named, i + 1, "name", role=_role_text(toks[head:named]))
            sub.np_start = head
            return sub
        if head_kind in ("institution", "name", "representative", "role"):
            return make_subject(toks, head, i + 1, head_kind)
        if head is not None and head_kind == "generic" and toks[start - 2].lower in ("officials", "official") \
                and _org_like(toks[start:i + 1], lex):
            return make_subject(toks, start, i + 1, "name")  # "Officials in the Water Resources Department said"
        if head is not None and head_kind in ("generic", None) and kind == "name" and toks[start - 1].lower == "at" \
                and toks[start - 2].lower in lex.expert_nouns:
            return make_subject(toks, start, i + 1, "body")  # "Economists at ING said": the firm speaks
        if head is not None and head_kind in ("generic", None) and kind == "institution" and toks[start].lower == "the" \
                and toks[start - 1].lower in ("at", "of", "from") and toks[start - 2].lower == "officials":
            return make_subject(toks, start, i + 1, "institution")  # "Officials at the committee said": the body
        if head is None and kind == "institution" and start >= 3 and toks[start - 1].lower == "of" \
                and toks[start - 2].lower in lex.leadership_nouns and toks[start - 3].lower in ("the", "its", "their") \
                and (start == 3 or toks[start - 4].text in ",;:" or toks[start - 4].is_quote):
            # "…, the leadership of their union has said": the body speaks through its leaders
            sub = make_subject(toks, start, i + 1, "institution")
            sub.np_start = start - 3
            return sub
        if head is None or head_kind in ("generic", None):
            return make_subject(toks, start, i + 1, "generic")
    if kind == "name" and start >= 2 and toks[start - 1].lower == "on" and (
            toks[start - 2].text.islower() and start > 2 or start == 2 and toks[0].text[1:].islower()) \
            and (plural_people(toks[start - 2].lower, lex) or _plural_noun(toks[start - 2].lower)
                 and toks[start - 2].lower[:-1] in lex.kin_nouns):
        # "Several shopkeepers on Azmi Street said", "Parents on Mangaia say" (opening the sentence)
        return make_subject(toks, start - 2, i + 1, "generic")
    if kind == "role" and i - start >= 3:
        # "Managing Director of Tasek Farms Awang Rosli Tengah said": an honorific after the title's organisation
        # starts the name
        hon = next((k for k in range(start + 2, i) if toks[k].text in lex.honorifics and toks[k - 1].is_cap), None)
        if hon is not None and all(t.is_cap or t.lower in lex.name_particles for t in toks[hon:i + 1]) \
                and classify_np(toks[start:hon], lex) == "role":
            return make_subject(toks, hon, i + 1, "name", role=_role_text(toks[start:hon]))
        # "Minister of Justice Goran Ilic said", "Chief Executive of Lindqvist Salmon Erik Lindqvist said": the
        # title's body runs up to a given name that starts the last two or three capitalised words
        given = next((n for n in range(max(start + 3, i - 2), i) if toks[n].text in lex.first_names
                      and toks[n - 1].is_cap), None)
        if given is not None and all(t.is_cap for t in toks[given:i + 1]) \
                and any(t.lower in ("of", "for") for t in toks[start:given]) \
                and classify_np(toks[start:given], lex) == "role":
            return make_subject(toks, given, i + 1, "name", role=_role_text(toks[start:given]))
    if kind == "role" and start > 0 and toks[start - 1].text == ",":
        # "C, Kurt Campbell, US Deputy Secretary of State has said"
        name = _np_left(toks, start - 2, lex)
        if name is not None and classify_np(toks[name: start - 1], lex) == "name" \
                and (name == 0 or toks[name - 1].text in ",;:" or toks[name - 1].is_quote):
            # (not the end of a clause before it: "Under questioning by X, who represents the Y family, the
            # doctor agreed that")
            return make_subject(toks, name, start - 1, "name", role=_role_text(np))
    if kind == "name":
        split = _title_split(np, lex)
        if split is not None:
            sub = make_subject(toks, start + split, i + 1, "name", role=_role_text(np[:split]))
            sub.np_start = start
            k = start
            while k > 0 and start - k < 3 and toks[k - 1].text.replace("-", "").isalpha() \
                    and toks[k - 1].text.islower() and toks[k - 1].lower not in DETERMINERS \
                    and toks[k - 1].lower not in lex.speech_verbs and toks[k - 1].lower not in _NOT_TITLE_WORDS \
                    and toks[k - 1].lower not in _PREPOSITIONS and toks[k - 1].lower not in lex.auxiliaries:
                k -= 1
            if k < start and k >= 1 and toks[k - 1].text == "," and np[0].text.islower():
                # round 41: "C, provincial executive X told reporters …": a lower-case word of the title the
                # noun-phrase scan stopped at belongs to it (and the clause ends at the comma)
                sub.np_start, sub.role = k, _role_text(toks[k:start + split])
            return sub
        # "Senior forecaster Priya Raghavan said": a job title the noun-phrase scan stopped at
        k = start
        while k > 0 and start - k < 4 and toks[k - 1].text[:1].isalpha() and toks[k - 1].lower not in DETERMINERS \
                and toks[k - 1].lower not in lex.speech_verbs and toks[k - 1].lower not in ("and", "but", "or") \
                and toks[k - 1].lower not in ("which", "who", "whom", "whose"):
            k -= 1
        if k < start and (k == 0 or toks[k - 1].text in ",:;" or _opening_conjunction(toks, k)) \
                and toks[start - 1].text[:1].islower():
            return make_subject(toks, start, i + 1, "name", role=_role_text(toks[k:start]))
    return make_subject(toks, start, i + 1, kind)


def _place_modifier_body(np: list[Token], lex: Lexicon) -> bool:
    """Round 42: 'The Yogyakarta provincial administration', 'the Kisumu county government': one or two capitalised
    words (no given name, no owner's 's), one lower-case modifier and a body noun name a body of their own."""
    words = np[1:] if np and np[0].lower == "the" else np
    return len(words) in (3, 4) and words[-1].lower in lex.company_nouns and words[-2].text.isalpha() \
        and words[-2].text.islower() and all(t.is_cap and t.text.isalpha() and t.text not in lex.first_names
                                              for t in words[:-2])


def _relative_to_listener(toks: list[Token], start: int, lex: Lexicon) -> int | None:
    """'… who spoke to The Point', '… that talked with Reuters': where the relative pronoun before a speech verb and
    'to'/'with' its listener (token ``start``) stands; else None."""
    w = next((n for n in range(start - 2, max(0, start - 5), -1) if toks[n].lower in ("who", "that")), None)
    if w is not None and w >= 1 and toks[w - 1].text.isalpha() and all(
            toks[n].text.isalpha() and toks[n].text.islower() for n in range(w + 1, start - 1)) \
            and (toks[start - 2].lower in lex.speech_verbs or toks[start - 2].lower in lex.talking_verbs):
        return w
    return None


def _opening_body_tags(toks: list[Token], v: int, lex: Lexicon) -> tuple[int, int] | None:
    """(start, end) of a bracketed acronym, and a one-word state or district after it, that follow a capitalised
    body's name opening the sentence and stand before a comma on the way to the verb at v ('The National Health
    Mission (NHM), Assam, in a press release …, said'; 'The Cancer Society (CS), Otago, said')."""
    a = 1 if toks and toks[0].lower == "the" else 0
    n = a
    while n < v and (toks[n].is_cap or toks[n].lower in ("of", "for", "and", "the", "&") and n > a):
        n += 1
    if n - a < 2 or not toks[n - 1].is_cap or n + 3 >= v or toks[n].text != "(" or toks[n + 2].text != ")" \
            or not _ACRONYM.fullmatch(toks[n + 1].text) or toks[n + 3].text != ",":
        return None
    b = n + 3
    if b + 2 < v and toks[b + 1].is_cap and toks[b + 1].text.isalpha() and toks[b + 2].text == "," \
            and toks[b + 1].text not in lex.first_names and not is_role_word(toks[b + 1].text, lex):
        b += 2   # ", Assam,"
    if b + 1 != v and (toks[b + 1].lower in DETERMINERS or not toks[b + 1].text.islower()
                       or not any(t.text == "," for t in toks[b + 1:v])):
        return None   # (an aside must follow, "in a press release …,": "The Ports Authority (PA), the Mombasa-based
        # regional body, said" is a description, another rule's)
    return n, b


def _place_body_at(toks: list[Token], k: int, lex: Lexicon) -> Subject | None:
    """Round 43: 'the town of Mount Pleasant' (lower-case, from k): the place's local government, a body."""
    if k < 0 or k + 3 >= len(toks) or toks[k].lower != "the" or toks[k + 1].text not in lex.place_body_nouns \
            or toks[k + 2].lower != "of" or not toks[k + 3].is_cap:
        return None
    e = k + 3
    while e < len(toks) and toks[e].is_cap and e - k < 7:
        e += 1
    if e < len(toks) and toks[e].text not in ",.;" and toks[e].lower not in lex.speech_verbs \
            and toks[e].lower not in lex.auxiliaries:
        return None
    return make_subject(toks, k + 1, e, "body")


_PARENT_NOUNS = frozenset({"father", "mother", "grandfather", "grandmother", "parent", "grandparent"})


def _parent_epithet(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """Round 43: 'The father of five said C', 'the mother of three told …': a parent with a count of children
    opening the clause is an epithet for the person the story is about (like 'the 45-year-old'), not a relative."""
    if i < 3 or toks[i - 1].lower != "of" or toks[i - 2].lower not in _PARENT_NOUNS or toks[i - 3].lower != "the" \
            or not (toks[i].lower in lex.count_words or toks[i].text.isdigit() and len(toks[i].text) == 1):
        return None
    k = i - 3
    if k == 0 or toks[k - 1].text in ",:;" or toks[k - 1].is_quote:
        return make_subject(toks, k, i + 1, "pronoun")
    return None


def _opening_conjunction(toks: list[Token], k: int) -> bool:
    """Round 43: 'And Mulungushi University history lecturer Dr X said': a conjunction opening the sentence stands
    before the title as a comma would."""
    return k == 1 and toks[0].text in ("And", "But", "Yet")


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.’']*")
_OF_BODY = frozenset({"of", "from", "at", "with"})
_NAME_INNER = frozenset({"of", "for", "on", "to", "in", "and", "the", "&"})


def _name_of_lower_body(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """Round 37: 'Mike Dunn of the county sheriff's office said', 'Ana Ruiz of the city's parks department said':
    a name, then 'of/from/at/with the' and a lower-case noun phrase (an owner's possessive inside it too) whose head
    is a body or a post; the person named speaks, the phrase is where they work."""
    if not (toks[i].text.isalpha() and toks[i].text.islower()) or i < 4:
        return None
    head = toks[i].lower
    if not (head in _institution_words(lex) or is_role_word(head, lex)):
        return None
    k = i - 1
    while k > 0 and i - k <= 5 and toks[k].lower not in ("the", "a", "an") \
            and strip_possessive(toks[k].text).replace("-", "").isalpha() and toks[k].text.islower() \
            and toks[k].lower not in lex.auxiliaries and toks[k].lower not in _NOT_MODIFIERS \
            and toks[k].lower not in ("and", "or", "but", "that", "who", "which", "to", "of", "for", "in"):
        k -= 1
    if toks[k].lower not in ("the", "a", "an") or k < 3 or toks[k - 1].lower not in _OF_BODY:
        return None
    if not any(strip_possessive(t.text) != t.text for t in toks[k + 1:i]):
        return None   # (no owner inside: "X of the county council said" is read by the noun phrase itself)
    end = k - 1
    m = end - 1
    while m >= 0 and toks[m].is_cap and end - m <= 4:
        m -= 1
    m += 1
    if end - m < 2 or not (m == 0 or toks[m - 1].text in ",;:" or toks[m - 1].is_quote):
        return None
    name = toks[m:end]
    if classify_np(name, lex) != "name" or _org_like(name, lex) or not any(
            t.text in lex.first_names or t.text in lex.honorifics for t in name[:2]):
        return None
    return make_subject(toks, m, end, "name")


def _body_with_relative(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """'C, the body that represents them has confirmed': after a comma, 'the' and a noun for a body with a
    restrictive relative clause (no comma) up to the verb — a body described, not yet named (token ``i`` ends the
    clause)."""
    r = next((n for n in range(i, max(-1, i - 14), -1) if toks[n].lower in ("that", "which", "who")
              or toks[n].text in ",;:" or toks[n].is_quote), None)
    if r is None or r < 2 or r >= i or toks[r].lower not in ("that", "which", "who") or r <= i - 8 and r != 2:
        return None
    det, noun = toks[r - 2], toks[r - 1]
    # (bodies round 2: also opening its sentence: "The operator that has run the crossing for 19 years says C")
    if det.lower != "the" or not noun.text.isalpha() or not noun.text.islower() \
            or noun.lower not in lex.company_nouns or not (r == 2 or toks[r - 3].text in (",", "—", "–") or r >= 4
                                                           and toks[r - 3].lower in ("and", "but")
                                                           and toks[r - 4].text == ",") \
            or not (toks[r + 1].text.isalpha() and toks[r + 1].text.islower()):
        return None   # (round 37: also after ", and": "… has turned away dozens, and the agency that runs it says C")
    return make_subject(toks, r - 2, i + 1, "institution")


def _opening_described_by(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """bodies round 2: 'The man ousted by the decision says C', 'The company hit by the fine said C': a sentence
    opening with 'the', an epithet, role or body noun and a past participle with 'by' up to the verb (token ``i``
    ends it) — the one described, not yet named."""
    if i < 4 or i > 10 or toks[0].lower != "the" or toks[3].lower != "by":
        return None
    noun, part = toks[1], toks[2]
    if not (noun.text.isalpha() and noun.text.islower() and part.text.isalpha() and part.text.islower()
            and part.lower.endswith("ed") and part.lower not in lex.speech_verbs):
        return None
    kind = "institution" if noun.lower in lex.company_nouns else "pronoun" if noun.lower in lex.epithet_gender \
        else "role" if is_role_word(noun.text, lex) else None
    if kind is None or any(t.lower in _FINITE_WORDS or t.lower in lex.speech_verbs or not t.text.isalnum()
                           for t in toks[4:i + 1]):
        return None
    return make_subject(toks, 0, i + 1, kind)


def _described_by_phrase(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """'C, the group representing private operators said', 'C, the official in charge of the sector warned': after a
    comma, 'the', a body noun or a role head and a participle or a describing phrase (`describing_phrases`) up to the
    verb (token ``i`` ends it). The subject is the noun, a body or a role described, not yet named ('the state
    holding company said' is a compound noun, no participle)."""
    c = next((n for n in range(i, max(-1, i - 10), -1) if toks[n].text in ",;:—–" or toks[n].is_quote), None)
    if c is None or c < 2 or toks[c].text not in ",—–" or c + 3 > i or toks[c + 1].lower not in ("the", "a", "an"):
        return None
    noun, nxt = toks[c + 2], toks[c + 3]
    if not noun.text.isalpha() or not noun.text.islower():
        return None
    kind = "institution" if noun.lower in lex.company_nouns else "role" if is_role_word(noun.text, lex) else None
    if kind is None:
        return None
    words = tuple(t.lower for t in toks[c + 3:c + 6])
    if not (nxt.text.isalpha() and nxt.text.islower() and nxt.lower.endswith("ing") and len(nxt.text) > 5
            and nxt.lower not in lex.speech_verbs and c + 3 < i and toks[i].lower not in _institution_words(lex)) \
            and not any(words[:len(p)] == p and c + 3 + len(p) <= i for p in lex.describing_phrases):
        return None
    if any(t.lower in _FINITE_WORDS or t.lower in lex.speech_verbs for t in toks[c + 3:i + 1]):
        return None
    return make_subject(toks, c + 1, i + 1, kind)


def described_noun(text: str, lex: Lexicon) -> bool:
    """'the group representing private operators', 'the official in charge of the sector': the subject
    _described_by_phrase found (a noun and its description, not a reference to a body or person named before)."""
    words = text.lower().split()
    return len(words) >= 4 and words[0] in ("the", "a", "an") and (   # (round 34: "a committee representing …")
        words[2].endswith("ing") and len(words[2]) > 5 and words[2] not in lex.speech_verbs
        and strip_possessive(words[-1]) not in _institution_words(lex)
        or any(tuple(words[2:2 + len(p)]) == p for p in lex.describing_phrases))


def _remits_after_comma(toks: list[Token], k: int, i: int) -> bool:
    """'… of Tariffs, Ports and Excise,': capitalised words joined by 'and' after the comma at k, and before it a
    capitalised name with 'of'/'for' (the comma lists a body's remits)."""
    words = toks[k + 1:i]
    if not 3 <= len(words) <= 6 or not any(t.lower == "and" for t in words[1:-1]) \
            or not all(t.is_cap or t.lower == "and" for t in words):
        return False
    n = k - 1
    while n >= 1 and toks[n].is_cap:
        n -= 1
    return n < k - 1 and toks[n].lower in ("of", "for") and toks[n - 1].is_cap


def _lower_remits_start(toks: list[Token], i: int) -> int | None:
    """'… for the regulation of traditions, celebrations and rituals,' (the comma at ``i`` closing it): lower-case
    nouns joined by 'and' after a comma that follows 'of'/'for' and a lower-case noun; the index of that comma."""
    k = i - 1
    while k >= 0 and i - k <= 6 and toks[k].text != ",":
        k -= 1
    words = toks[k + 1:i]
    if k < 3 or toks[k].text != "," or not 3 <= len(words) <= 5 or words[-2].lower != "and" \
            or not all(t.text.isalpha() and t.text.islower() for t in words):
        return None
    if not (toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and toks[k - 2].lower in ("of", "for")):
        return None
    return k


def _before_party_tag(toks: list[Token], end: int) -> int:
    """Where a US party tag just before the comma at ``end`` starts (the comma before it), or end: 'Jane
    Dolan, D-Ore., …', 'Tom Hill, R-Texas, …', 'Dale Hutchins, D-El Paso, …' (a party and a home town of up
    to three words). The tag is no name and no role."""
    k = end - 1
    if k >= 2 and toks[k].text == "." and _PARTY_TAG.fullmatch(toks[k - 1].text) and toks[k - 2].text == ",":
        return k - 2   # "D-Ore."
    for n in (1, 2, 3):
        tag = end - n
        if tag >= 1 and toks[tag - 1].text == "," and _PARTY_TAG.fullmatch(toks[tag].text) \
                and all(t.is_cap for t in toks[tag + 1:end]):
            return tag - 1
    return end


def _lower_title_before(toks: list[Token], name: int, lex: Lexicon) -> bool:
    """'Dutch slider Femke van Rooij, who …': a lower-case noun of a title opening the sentence before the name."""
    k = name - 1
    w = toks[k].lower
    if not (toks[k].text.replace("-", "").isalpha() and toks[k].text.islower()) or w in _NOT_MODIFIERS or w in DETERMINERS \
            or w in lex.auxiliaries or w in lex.speech_verbs or w in _PREPOSITIONS:
        return False   # (round 41: not "One outfitter near Redfield, who asked not to be named,": a place)
    while k > 0 and name - k < 5 and (toks[k - 1].is_cap or _title_modifier(toks[k - 1], lex)):
        k -= 1   # (round 34: "Table grape grower X, whose …": lower-case words of the title too)
    return k == 0 or toks[k - 1].text in ",:;"


def _title_modifier(t: Token, lex: Lexicon) -> bool:
    w = t.lower
    return t.text.replace("-", "").isalpha() and t.text.islower() and w not in _NOT_MODIFIERS and w not in DETERMINERS \
        and w not in lex.auxiliaries and w not in lex.speech_verbs and w not in _PREPOSITIONS and w not in ("and", "or")


def _role_then_described_body(toks: list[Token], seg_start: int, j: int, lex: Lexicon) -> Subject | None:
    """'Its largest investor, the Berlin venture firm Nordwind Capital, said': a role that opens the sentence,
    then (between commas, toks[seg_start + 1 .. j]) a body described by a noun and named — the body speaks."""
    seg = toks[seg_start + 1:j + 1]
    if seg_start < 2 or toks[seg_start].text != "," or len(seg) < 3 or seg[0].lower != "the" or not seg[-1].is_cap:
        return None
    n = len(seg)
    while n > 1 and seg[n - 1].is_cap:
        n -= 1
    if n == len(seg) or not seg[n - 1].text.islower() or seg[n - 1].lower not in lex.company_nouns:
        return None
    outer = seg_start - 1
    while outer > 0 and seg_start - outer < 6 and toks[outer - 1].text not in ",;:" and not toks[outer - 1].is_quote:
        outer -= 1
    if outer > 0 and toks[outer - 1].text not in ",;:" or classify_np(toks[outer:seg_start], lex) != "role":
        return None
    return make_subject(toks, seg_start + 1 + n, j + 1, "name", role=_role_text(toks[outer:seg_start]))


def _plural_noun(word: str) -> bool:
    """'leaders', 'associations', 'fishermen': a lower-case plural noun."""
    return word.isalpha() and word.islower() and (word.endswith("s") and not word.endswith(("ss", "us", "is"))
                                                  or word.endswith("men"))


def _known_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that names something on its own: a known organisation, place or given name."""
    w = strip_possessive(word)
    return w in lex.organizations or w in lex.places or w in lex.place_adjectives or w in lex.first_names \
        or w.isupper()


def _in_body_name(t: Token) -> bool:
    return t.is_cap or t.lower in ("of", "the", "and", "for", "on", "&", "(", ")")


def _name_before_origin(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """'Rahima Khatun, 45, of Fenarbak union, said': an apposition that only says where the person is
    from ('of …' / 'from …', up to six words) is no name; the speaker is the name before it (and its age)."""
    seg = i - 1
    while seg >= 0 and (i - seg <= 7 or i - seg <= 12 and all(_in_body_name(t) for t in toks[seg + 1:i])) \
            and toks[seg].text not in ",;:" and not toks[seg].is_quote:
        seg -= 1   # (a body's name may be longer: "of the University of the Balearic Islands (UIB)", round 39)
    if seg < 1 or toks[seg].text != "," or seg + 1 >= i or toks[seg + 1].lower not in ("of", "from") \
            or any(t.lower in _FINITE_WORDS for t in toks[seg + 1:i]):
        return None
    end = seg
    if end >= 2 and toks[end - 1].text.isdigit() and toks[end - 2].text == ",":
        end -= 2
    name = _np_left(toks, end - 1, lex)
    if name is None or classify_np(toks[name:end], lex) != "name":
        return None
    if name == 0 or toks[name - 1].text in ",:;" or toks[name - 1].is_quote:
        return make_subject(toks, name, end, "name")
    # round 39: "Marine biologist Joan Serra, of the University of X, said": one to three words of a title (its
    # last a person noun, its first capitalised only as the sentence opens) before the name; the name speaks
    lo = name - 1
    if not _person_word(toks[lo].text, lex):
        return None
    while lo > 0 and name - lo < 3 and toks[lo - 1].text.isalpha() and toks[lo - 1].text.islower():
        lo -= 1
    if lo >= 1 and toks[lo - 1].text.isalpha() and toks[lo - 1].text[:1].isupper() and toks[lo - 1].text[1:].islower() \
            and (lo == 1 or toks[lo - 2].text in ",:;" or toks[lo - 2].is_quote):
        lo -= 1
    if lo == 0 or toks[lo - 1].text in ",:;" or toks[lo - 1].is_quote:
        return make_subject(toks, name, end, "name", role=" ".join(t.text for t in toks[lo:name]))
    return None


def _home_after_name(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """Round 42: 'Rosalia Mpasi (54) from Shamaturu village said', 'John Banda from Mkushi said': where a home place
    ('from' and one to three capitalised words, perhaps a place noun: 'village', 'district') and a bracketed age
    before it start, when a capitalised name ends just before them; else None."""
    j = i
    if j >= 1 and toks[j].lower in lex.place_nouns and toks[j].text.islower():
        j -= 1
    n = j
    while n >= 0 and toks[n].is_cap and j - n < 3:
        n -= 1
    if n == j or n < 2 or toks[n].lower != "from" or toks[n].is_cap:
        return None
    f = n
    if f >= 4 and toks[f - 1].text == ")" and toks[f - 3].text == "(" and toks[f - 2].text.isdigit() \
            and len(toks[f - 2].text) <= 3:
        f -= 3
    if f < 2 or not toks[f - 1].is_cap or toks[f - 1].is_quote:
        return None
    return f


def _before_bracket(toks: list[Token], end: int) -> int:
    """Where a short bracket just before ``end`` starts ('Kamla Devi (58),', 'Jamal Whitaker (D-Ward 3),'), or end."""
    if end >= 3 and toks[end - 1].text == ")":
        for k in range(end - 2, max(end - 6, 0), -1):
            if toks[k].text == "(":
                return k if k < end - 2 else end
            if toks[k].text in ",;:" or toks[k].is_quote:
                break
    return end


_THROUGH = {"in", "through", "via"}


def _body_through_representative(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """'The party, in a statement signed by its spokesperson, Mr X, …, said' / 'The Police Command, through
    its spokesperson, SP Y, said': the body that opens the sentence speaks, not its spokesperson."""
    if i < 4:
        return None
    k = 0
    while k < i and _np_token(toks[k], lex):
        k += 1
    if not (0 < k < i - 2 and toks[k].text == "," and toks[k + 1].lower in _THROUGH):
        return None
    rep = next((n for n in range(k + 2, i - 1) if toks[n].lower in ("its", "their")
                and toks[n + 1].lower in REPRESENTATIVES), None)
    comma = rep + 2 if rep is not None else None
    if rep is None and toks[k + 2].lower in ("a", "the") and toks[k + 3].lower == "statement":
        # "The union, in a statement signed by its president, X, said": a statement's signatory too
        rep = next((n for n in range(k + 4, i - 1) if toks[n].lower in ("its", "their")), None)
        comma = next((n for n in range(rep + 2, min(rep + 5, i)) if toks[n].text == ","), None) \
            if rep is not None else None
        if comma is None or not any(is_role_word(t.text, lex) for t in toks[rep + 1:comma]):
            return None
    if rep is None:
        return None
    subject, _ = _opening_subject(toks, k, lex, ("name", "institution"))
    if subject is not None and comma + 1 < i and toks[comma].text == ",":
        e = comma + 1
        while e < i and _np_token(toks[e], lex):
            e += 1
        if classify_np(toks[comma + 1:e], lex) == "name":   # the named spokesperson is met, not the speaker
            subject.via = (" ".join(t.text for t in toks[comma + 1:e]), " ".join(t.text for t in toks[rep:comma]))
    return subject


def _signer_of_document(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """'The letter, signed by union leader Grace Mwangi, says C': a signed text opening the sentence (a determiner,
    perhaps a modifier, a signed_documents noun) speaks with its signer's voice — the named signer is the speaker
    (probes round 3). Token ``i`` is the comma before the verb."""
    if not lex.signed_documents:
        return None
    k = next((n for n in range(1, min(4, i)) if toks[n].text == ","), None)
    if k is None or toks[0].lower not in ("the", "a", "an", "their", "his", "her", "its") \
            or toks[k - 1].lower not in lex.signed_documents or i - k < 4 \
            or toks[k + 1].lower != "signed" or toks[k + 2].lower != "by":
        return None
    np = toks[k + 3:i]
    if not np or any(t.text in ",;:" or t.is_quote for t in np) or classify_np(np, lex) != "name":
        return None
    return make_subject(toks, k + 3, i, "name")


_NOT_MODIFIERS = {"and", "but", "or", "that", "to", "of", "in", "at", "for", "from", "by", "with", "on", "as", "who",
                  "which"}
_PREPOSITIONS = {"of", "in", "at", "from", "for", "with", "near", "outside", "inside", "across", "around"}
_QUANTIFIERS = {"some", "many", "several", "most", "all", "other", "few", "both"}
_GENERIC_OPENERS = {"a", "an", "one", "another", "some", "several", "many", "two", "three", "most", "other"}


def _generic_opener(toks: list[Token], limit: int) -> Subject | None:
    """'A source familiar with the talks said …', 'One engineer who was laid off … said': an unnamed speaker."""
    k = 0
    if k < limit and toks[k].lower in ("but", "and", "yet"):
        k += 1
    if k + 1 < limit and toks[k].text.endswith("ing") and toks[k].is_cap:
        # "Speaking to NHK, a town official in charge of wildlife management said": past the participle phrase
        comma = next((n for n in range(k + 1, min(limit, k + 8)) if toks[n].text == ","), None)
        if comma is not None:
            k = comma + 1
    if k + 1 < limit and toks[k].lower in _GENERIC_OPENERS and not any(t.is_quote for t in toks[k:limit]):
        # the opener's noun phrase, up to its first comma or relative pronoun, ends in a lower-case noun
        # ("A Year 10 student from Sydney’s west, who …", "An Environment Ministry official, speaking …")
        end = next((n for n in range(k + 1, limit) if toks[n].text == "," or toks[n].lower in ("who", "which")),
                   limit)
        if not toks[k + 1].text[:1].islower() and not (toks[end - 1].text.isalpha() and toks[end - 1].text.islower()):
            return None
        commas = [n for n in range(k, limit) if toks[n].text == ","]
        if commas and not _relative_after(toks, commas[0] + 1, limit):
            return None  # "A species of sponge …, researchers said": the opener is not the speaker
        return Subject(k, k + 2, f"{toks[k].text} {toks[k + 1].text}", "generic", None, toks[k].start)
    return None


_CROWD_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})
_MODIFIER_LEADS = frozenset({"of", "in", "on", "at", "from", "for", "with", "near", "outside", "inside", "across",
                             "around", "by", "along", "across", "throughout"})


def plural_opener(toks: list[Token], limit: int, lex: Lexicon) -> tuple[Subject, int] | None:
    """'Handicraft vendors on the seafront have called …', 'Hundreds of dockworkers marched …', 'Taxi and bus
    drivers waiting at the wharf also said': a sentence that opens with a kind of people (a plural person noun
    after at most four lower-case words, or a capitalised first one), no one named: the subject, which names
    nobody, and the index of its head."""
    k = 0
    if k < limit and toks[k].lower in ("but", "and", "yet"):
        k += 1
    start = k
    if k < limit and toks[k].lower == "the":
        k += 1
    if k + 2 < limit and toks[k].lower in _CROWD_WORDS and toks[k + 1].lower == "of":
        k += 2   # "Hundreds of dockworkers"
    for n in range(k, min(limit, k + 5)):
        w = toks[n]
        if not w.text.isalpha() or w.lower in DETERMINERS or w.lower in _MODIFIER_LEADS \
                or w.lower in lex.auxiliaries or w.lower in lex.speech_verbs:
            return None
        first_cap = n == k and w.text[:1].isupper() and w.text not in lex.first_names
        if not (w.text.islower() or first_cap):
            return None
        if plural_people(w.lower if first_cap else w.text, lex) and (w.text.islower() or _plural_role(w.lower, lex)):
            return make_subject(toks, start, n + 1, "generic"), n
        if n > k and w.text.islower() and toks[k].lower in lex.quantifier_openers and _plural_business(w.lower, lex):
            # round 40: "Several firms on the Attercliffe industrial estate said": a count of businesses of a kind,
            # none named
            return make_subject(toks, start, n + 1, "generic"), n
    return None


def _counted_residents(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """Round 42: 'Several villagers at Tuesday's meeting in Westgate Village Hall said', 'Residents of villages near
    the city complained that', '…, as residents of villages north of the city complained that': residents (perhaps
    counted) opening a clause, then only a prepositional phrase before the verb (token ``i`` ends it); no one named."""
    for r in range(i - 1, max(-1, i - 14), -1):
        word = toks[r].text
        if not (word.isalpha() and word.endswith("s") and word[:-1].lower() in lex.residence_nouns
                and (word.islower() or r == 0)):
            continue
        lo = r - 1 if r >= 1 and toks[r - 1].lower in lex.quantifier_openers and toks[r - 1].lower != "one" else r
        if not (lo == 0 or toks[lo - 1].lower in ("as", "while", "and", "but", "when") or toks[lo - 1].text == ","
                or lo == 1 and toks[0].lower in ("but", "and", "yet")):
            return None
        if toks[r + 1].lower not in _MODIFIER_LEADS or any(
                t.text in ",;:" or t.is_quote or t.lower in ("who", "which", "that", "and", "but")
                or t.lower in lex.speech_verbs for t in toks[r + 1:i + 1]):
            return None
        return make_subject(toks, lo, r + 1, "generic")
    return None


def _plural_business(word: str, lex: Lexicon) -> bool:
    """'firms', 'companies', 'operators': the plural of a business noun."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return any(w in lex.business_nouns for w in (word[:-1], word[:-3] + "y" if word.endswith("ies") else "",
                                                  word[:-2] if word.endswith("es") else ""))


def _plural_opener_before(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """'Taxi and bus drivers waiting at the main wharf also said': a plural opener, then only a participle or a
    prepositional phrase before the verb (token ``i`` ends the stretch)."""
    found = plural_opener(toks, i + 1, lex)
    if found is None:
        return None
    subject, head = found
    between = toks[head + 1:i + 1]
    if not between:
        return None   # (a bare noun phrase before the verb is classify_np's to read)
    lead = between[0]
    if len(between) > 14 or not (lead.lower in _MODIFIER_LEADS or lead.text.islower() and lead.text.isalpha()
                                 and lead.text.endswith(("ing", "ed"))):
        return None
    if any(t.text in ",;:" or t.is_quote or t.lower in ("who", "which", "that", "and", "but")
           or t.lower in lex.speech_verbs for t in between):
        return None
    return subject


def _relative_after(toks: list[Token], n: int, limit: int) -> bool:
    """A relative clause or participle phrase starts at token n: 'who/which/whose', 'and who', 'speaking …'."""
    if n < limit and toks[n].lower == "and":
        n += 1
    return n < limit and (toks[n].lower in ("who", "which", "whose") or
                          (toks[n].text.islower() and toks[n].text.endswith("ing") and len(toks[n].text) > 5))


def _org_like(np: list[Token], lex: Lexicon) -> bool:
    words = [t.text for t in np if t.lower not in DETERMINERS]
    name = " ".join(words)
    return bool(words) and (name in lex.organizations or words[-1] in lex.org_suffixes
                            or " ".join(words[:2]) in lex.org_prefixes)


def _opening_subject(toks: list[Token], limit: int, lex: Lexicon,
                     kinds: tuple[str, ...]) -> tuple[Subject | None, int]:
    """The noun phrase that opens a sentence, as a subject of one of ``kinds``, and where it ends."""
    k = 0
    while k < limit and (_np_token(toks[k], lex) or _number_in_title(toks, k, limit, lex)
                         or 0 < k < limit - 1 and toks[k].text in lex.lower_role_heads and toks[k + 1].is_cap
                         or 0 < k < limit - 2 and toks[k].text.isalpha() and toks[k].text.islower()
                         and (toks[k - 1].is_cap or strip_possessive(toks[k - 1].lower) != toks[k - 1].lower)
                         and is_role_word(toks[k + 1].text, lex) and toks[k + 2].is_cap):
        # ("National Sports Council technical director X, speaking …, said": a lower-case word no list knows
        # before the head of a title; round 40: also after a genitive, "National men’s singles shuttler X")
        k += 1
    start = _np_left(toks, k - 1, lex) if k else None
    if start is None:
        return None, k
    while start >= 2 and (_number_in_title(toks, start - 1, limit, lex) or toks[start - 1].text in lex.lower_role_heads
                          and toks[start].is_cap):
        # "Sector 3 Mayor X", "Fijian 7s star X": the title goes on before a number or a lower-case-only head
        start -= 1
        while start >= 1 and _np_token(toks[start - 1], lex) and toks[start - 1].lower not in DETERMINERS \
                and toks[start - 1].lower not in _LINKING_OPENERS:
            start -= 1
    np = toks[start:k]
    kind = classify_np(np, lex)
    if kind not in kinds:
        return None, k
    if kind == "name":
        split = _title_split(np, lex)
        if split is not None:
            return make_subject(toks, start + split, k, "name", role=_role_text(np[:split])), k
    return make_subject(toks, start, k, kind), k


_LINKING_OPENERS = frozenset({"but", "and", "yet", "still", "meanwhile", "however", "now", "later", "earlier", "then",
                              "so", "also"})


def _number_in_title(toks: list[Token], k: int, limit: int, lex: Lexicon) -> bool:
    """'Sector 3 Mayor X', 'Fijian 7s star X': a number inside a capitalised title that goes on after it."""
    t = toks[k]
    return (0 < k < limit - 1 and t.text[:1].isdigit() and t.text.rstrip("s").isdigit() and toks[k - 1].is_cap
            and toks[k - 1].lower not in DETERMINERS and toks[k - 1].lower not in ADVERBIAL_STARTS
            and (toks[k + 1].is_cap and _np_token(toks[k + 1], lex) or toks[k + 1].text in lex.lower_role_heads
                 or toks[k + 1].text.islower() and is_role_word(toks[k + 1].text, lex)))


def refine_opening_subject(toks: list[Token], subj: Subject | None, lex: Lexicon) -> Subject | None:
    """The subject that opens a sentence, read on past a possessive owner or a role to the name between commas:
    'PASOK’s economy spokesman, X, …' and 'The Head of the EU Delegation, Ambassador X, …' → X with the role."""
    if subj is None:
        return None
    if subj.text.endswith(("’s", "'s")) and subj.kind in ("name", "institution"):
        subj = owner_role_then_name(toks, subj, lex)
    if subj.kind == "role" and subj.end + 2 < len(toks) and \
            not {"of", "for"}.isdisjoint((toks[subj.end - 1].lower, toks[subj.end].lower)):
        subj = role_complement(toks, subj, lex)
    if subj.kind == "role" and subj.end + 2 < len(toks) and toks[subj.end].text == ",":
        subj = named_apposition(toks, subj, lex)
    return subj


def role_complement(toks, subj, lex: Lexicon):
    """'Its director for sustainability, X, …': the role with its short complement (up to four words before the
    comma), so that the name between the next commas can take it."""
    k = subj.end
    while k < len(toks) and k - subj.end < 4 and toks[k].text.isalpha() and toks[k].lower not in lex.speech_verbs:
        k += 1
    if k > subj.end and k < len(toks) and toks[k].text == "," and classify_np(toks[subj.start:k], lex) == "role":
        return make_subject(toks, subj.start, k, "role")
    return subj


def named_apposition(toks, subj, lex: Lexicon):
    """'the ROLE, X, …' → X with the role, when a name stands between the commas."""
    k = subj.end + 1
    while k < len(toks) and toks[k].text not in ",;:" and not toks[k].is_quote and k - subj.end < 6:
        k += 1
    if k < len(toks) and toks[k].text == "," and classify_np(toks[subj.end + 1:k], lex) == "name":
        return make_subject(toks, subj.end + 1, k, "name", role=subj.text)
    return subj


def owner_role_then_name(toks, subj, lex: Lexicon):
    """'Madrid's sporting director, Javier Lund, …': the possessive owner opens a role, and the name between the
    commas after it is the subject (the owner itself is none)."""
    n = subj.end
    while n < len(toks) and n - subj.end < 5 and toks[n].text.isalpha() and toks[n].text.islower():
        n += 1
    if n == subj.end or n >= len(toks) or toks[n].text != "," or not is_role_word(toks[n - 1].text, lex):
        return subj
    role = make_subject(toks, subj.start, n, "role")
    named = named_apposition(toks, role, lex)
    return named if named is not role else subj


def _sentence_subject(toks: list[Token], limit: int, lex: Lexicon) -> Subject | None:
    """The name that opens the sentence, when a comma follows it: "X, 45, who …, said"."""
    subject, k = _opening_subject(toks, min(limit, len(toks)), lex, ("name", "role", "institution", "pronoun", "generic"))
    if subject is not None and subject.kind == "generic" and not _people_of_place(subject.text.split(), lex):
        return None   # (but "Residents of Rosewood Lane, several of whom …, said": people of a place)
    return subject if k < limit and k < len(toks) and toks[k].text == "," else None


def subject_after_with(toks: list[Token], end: int, lex: Lexicon) -> Subject | None:
    """'…, with Chief Executive Officer Dana Whitfield warning that C': the noun phrase between "with" and
    the participle (tokens before ``end``) is the speaker, not the sentence's subject."""
    j = end - 1
    while j >= 0 and end - j <= 10 and _np_token(toks[j], lex):
        j -= 1
    if j >= 3 and toks[j].text == ",":  # the participle's comma inside the range, or just after it
        comma = j if j == end - 1 else end if end < len(toks) and toks[end].text == "," else -1
        return _with_role_then_name(toks, comma, lex) if comma > 0 else None
    if j < 1 or j == end - 1 or toks[j].lower != "with":
        return None
    np = toks[j + 1:end]
    kind = classify_np(np, lex)
    if kind not in ("name", "role", "representative", "institution"):
        return None
    if kind == "name":
        split = _title_split(np, lex)
        if split is not None:
            return make_subject(toks, j + 1 + split, end, "name", role=_role_text(np[:split]))
    return make_subject(toks, j + 1, end, kind)


def _with_role_then_name(toks: list[Token], comma: int, lex: Lexicon) -> Subject | None:
    """'with its secretary-general, Dr Otieno Masese, saying C': the name between the commas, with the role."""
    k = comma - 1
    while k >= 0 and comma - k <= 6 and toks[k].text != "," and _np_token(toks[k], lex):
        k -= 1
    if k < 2 or toks[k].text != "," or k == comma - 1 or classify_np(toks[k + 1:comma], lex) != "name":
        return None
    w = k - 1
    while w >= 0 and k - w <= 8 and toks[w].lower != "with" and _np_token(toks[w], lex):
        w -= 1
    if w < 0 or toks[w].lower != "with" or w == k - 1 or classify_np(toks[w + 1:k], lex) != "role":
        return None
    role = toks[w + 1 + (toks[w + 1].lower in ("its", "his", "her", "their")):k]
    return make_subject(toks, k + 1, comma, "name", role=_role_text(role))


def subject_at_start(toks: list[Token], lex: Lexicon) -> Subject | None:
    """The noun phrase that opens a sentence (after an introductory phrase, if any)."""
    kinds = ("name", "role", "institution", "pronoun", "representative")
    subject = _opening_subject(toks, len(toks), lex, kinds)[0]
    if subject is None and len(toks) > 3 and toks[0].is_cap and toks[0].lower in ADVERBIAL_STARTS:
        # "On Friday, the residents' association sent a letter …, and warned that C"
        comma = next((n for n in range(1, min(len(toks) - 1, 12)) if toks[n].text == ","), None)
        subject = _opening_subject(toks[comma + 1:], len(toks) - comma - 1, lex, kinds)[0] if comma else None
        if subject is not None:
            subject.start, subject.end = subject.start + comma + 1, subject.end + comma + 1
    if subject is None and len(toks) > 3 and toks[0].lower in lex.expert_nouns and toks[1].lower == "at" \
            and toks[2].is_cap:
        # round 40: "Analysts at Westbrook Partners downgraded the stock, saying in a note that C": the firm (as
        # for "Economists at ING said")
        end = 3
        while end < len(toks) and toks[end].is_cap and _np_token(toks[end], lex):
            end += 1
        if classify_np(toks[2:end], lex) == "name":
            subject = make_subject(toks, 2, end, "body")
    return subject

_LOCAL_NUMBER = re.compile(r"\d{1,5}(?:-\d{1,5})?")


def _post_bracket_start(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """Roles probes round 5: where a longer bracket that closes at ``i`` opens when it holds a post and no clause
    ('Hassan Ali (chief operating officer, Gulf Freight) said', 'Noor Aziz (Managing Director of Aziz Holdings)
    said'); else None."""
    k = i - 1
    while k >= 0 and toks[k].text != "(" and i - k <= 16 and not toks[k].is_quote and toks[k].text not in ";:":
        k -= 1
    if k < 1 or toks[k].text != "(" or not toks[k - 1].is_cap:
        return None
    inner = toks[k + 1:i]
    if any(t.lower in _FINITE_WORDS or t.lower in lex.speech_verbs for t in inner) \
            or not any(is_role_word(t.text, lex) for t in inner[:4]):
        return None
    return k


def _descriptor_before_title(toks: list[Token], j: int, i: int, lex: Lexicon) -> bool:
    """Roles probes round 5: 'Former Chief Justice Sir X said', 'Former Prime Minister X': a descriptor
    (`descriptors`: former, acting …) opening the sentence before capitalised words with a title word among the
    first three is part of the title, not a sentence-start word."""
    return j + 1 < i and toks[j].lower in lex.person_descriptors and toks[j + 1].is_cap \
        and any(is_title_word(t.text, lex) for t in toks[j + 1:min(j + 4, i)])


def _owner_post_start(toks: list[Token], j: int, i: int, lex: Lexicon) -> int | None:
    """Roles probes round 5: 'Jamaica’s tourism minister has warned', 'New Zealand’s chief science adviser says',
    'the airport’s operations director, X, told': one to three lower-case words between an owner's possessive and
    a lower-case post belong to the post's noun phrase, and so does the owner (where that phrase starts; else
    None)."""
    if not (toks[i].text.islower() and is_role_word(toks[i].text, lex)):
        return None
    k = j - 1
    while k >= 1 and j - k <= 3 and toks[k].text.replace("-", "").isalpha() and toks[k].text.islower() \
            and toks[k].lower not in lex.auxiliaries and toks[k].lower not in _NOT_MODIFIERS \
            and toks[k].lower not in DETERMINERS:
        k -= 1
    if k == j - 1 or strip_possessive(toks[k].text) == toks[k].text:
        return None
    wider = _np_left(toks, k, lex)
    if wider is None or classify_np(toks[wider:i + 1], lex) != "role":
        return None
    return wider


def _np_left(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    if i < 0:
        return None
    owned = _role_of_owned_body(toks, i, lex) if i >= 5 else None
    if owned is not None:
        return owned
    if i >= 1 and _LOCAL_NUMBER.fullmatch(toks[i].text) and toks[i - 1].text in lex.numbered_name_words:
        return _np_left(toks, i - 1, lex)   # bodies round 2: "Steelworkers Local 1-4410 said" (the number ends the name)
    if not _np_token(toks[i], lex):
        if i >= 2 and toks[i - 1].lower in ("of", "for") and toks[i].text.isalpha() and toks[i].text.islower() \
                and is_role_word(toks[i - 2].text, lex):
            return _np_left(toks, i - 2, lex)  # "The company’s regional head of operations said"
        k = _role_complement_start(toks, i, lex)
        if k is not None:
            return _np_left(toks, k, lex)  # "The vice minister of human mobility said", "the lead author of the study"
        # "The African Union observer mission said": lower-case nouns after a name
        k = i
        while k > 0 and i - k < 2 and toks[k].text.isalpha() and toks[k].text.islower() \
                and toks[k].lower not in lex.auxiliaries and toks[k].lower not in ("and", "but", "or", "that", "to"):
            k -= 1
        if k == i or not (toks[k].is_cap and _np_token(toks[k], lex)) or toks[k].lower in DETERMINERS:
            return None
        inner = _np_left(toks, k, lex)
        return inner
    j = i
    while j - 1 >= 0 and (_np_token(toks[j - 1], lex) or j >= 2 and toks[j - 1].text in ("on", "to")
                          and f"{toks[j - 2].text} {toks[j - 1].text}" in lex.org_prefixes) and i - j < 12:
        j -= 1   # (round 37: "The Commission on Ethics and Lobbying in Government": a prefix whose word is no particle)
    # trim leading particles and sentence-start words ("But Campbell said"), never the last word
    while j < i and ((toks[j].lower in lex.name_particles and toks[j].lower not in DETERMINERS)
                     or (toks[j].text in lex.common_caps and toks[j].lower not in PRONOUNS
                         and toks[j].lower not in DETERMINERS and toks[j].lower not in lex.generic_subjects
                         and not _descriptor_before_title(toks, j, i, lex))):
        j += 1
    if j == i and toks[j].lower in lex.name_particles and toks[j].lower not in DETERMINERS:
        return None
    if j == i and j >= 2 and strip_possessive(toks[i].lower) in _institution_words(lex):
        # "…, the regional anti-doping body said": lower-case words between "the" and a body noun
        k = j - 1
        while k > 0 and j - k <= 2 and toks[k].text.replace("-", "").isalpha() and toks[k].text.islower() \
                and toks[k].lower not in lex.auxiliaries and toks[k].lower not in ("the", "and", "but", "or", "that", "to"):
            k -= 1
        if k < j - 1 and toks[k].lower == "the":
            return k
        if k == 0 and k < j - 1 and toks[k].is_cap and toks[k].text[:1].isupper() \
                and strip_possessive(toks[k].text) != toks[k].text:
            return k   # bodies round 2: "Iceland’s national power company says C" opening its sentence: an owner's body
    if j >= 4 and strip_possessive(toks[i].lower) in _institution_words(lex) and toks[j].text.islower():
        # "the chairman of the House legal affairs committee said": a name and lower-case words before the body
        # noun, after "of the", are one noun phrase (whose head, before "of", is the subject)
        k = j - 1
        while k > 2 and j - k <= 2 and toks[k].text.isalpha() and toks[k].text.islower() \
                and toks[k].lower not in lex.auxiliaries and toks[k].lower not in _NOT_MODIFIERS:
            k -= 1
        if k >= 2 and toks[k].is_cap and toks[k - 1].lower == "the" and toks[k - 2].lower == "of" \
                and toks[k].lower not in DETERMINERS:
            return k - 1
    if 2 <= j <= i and toks[j - 1].text.isalpha() and toks[j - 1].text.islower() \
            and toks[j - 1].lower not in lex.auxiliaries and toks[j - 1].lower not in _NOT_MODIFIERS \
            and toks[j - 1].lower not in ("and", "but", "or", "that", "to", "of", "for", "with") \
            and strip_possessive(toks[i].lower) in _institution_words(lex) \
            and strip_possessive(toks[j - 2].text) != toks[j - 2].text:
        # "the head of Acme’s oral health service said": a lower-case word between an owner and a body's
        # compound noun belongs to a role's noun phrase, and so does what opens it
        wider = _np_left(toks, j - 2, lex)
        if wider is not None and classify_np(toks[wider:i + 1], lex) == "role":
            return wider
    if j >= 2 and (wider := _owner_post_start(toks, j, i, lex)) is not None:
        return wider
    if 2 <= j <= i and toks[i].text.islower() and toks[j - 1].text.isalpha() and toks[j - 1].text.islower():
        wider = _adjuncts_start(toks, j, i, lex)
        if wider is not None:
            return wider
    if j == i >= 2 and toks[i].text.islower() and is_role_word(toks[i].text, lex) and toks[i - 2].lower == "the" \
            and _adjunct_word(toks[i - 1], lex) and toks[i - 1].lower.endswith("ed") \
            and toks[i - 1].lower not in lex.speech_verbs:
        return i - 2   # round 40: "“Q,” the retired teacher said": a participle adjective before a role's head
    if 3 <= j <= i and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].lower not in DETERMINERS \
            and not is_role_word(toks[j].text, lex) and toks[j].lower not in _institution_words(lex):
        # round 40: "The bank’s head of retail banking said", "The bank’s head of branch banking for Northern
        # Ireland told": lower-case words a list knows as modifiers ("retail", "banking") after a role head's
        # "of" are its complement (with what follows), not a noun phrase of their own
        k = _role_complement_start(toks, j, lex)
        wider = _np_left(toks, k, lex) if k is not None else None
        if wider is not None and classify_np(toks[wider:i + 1], lex) == "role":
            return wider
    return j if j <= i else None


def _role_of_owned_body(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """Lede round: 'C, the head of Busan’s police cyber investigation unit said', '…, the director of the city’s
    water utility said', '…, the head of the regional flood warning centre said': a lower-case role head (an article
    and up to two modifiers before it), 'of'/'for', an owner (a capitalised name's genitive, or 'the' and lower-case
    words, one of them may be a genitive) and lower-case noun adjuncts before a body noun (or a part of one:
    `subdivision_nouns`) at ``i`` are one role's noun phrase; the index where it starts, or None."""
    if not (toks[i].text.islower() and (strip_possessive(toks[i].lower) in _institution_words(lex)
                                        or toks[i].lower in lex.subdivision_nouns)):
        return None
    k, caps, owners = i - 1, [], 0
    while k > 0 and i - k <= 6 and toks[k].lower not in ("of", "for", "the"):
        t = toks[k]
        owner = strip_possessive(t.text) != t.text
        if t.is_cap and (owner or caps and caps[-1] == k + 1):
            caps.append(k)
        elif not (_adjunct_word(t, lex) and not caps) or t.lower in ("and", "or", "that", "to", "of", "for"):
            return None
        owners += owner
        k -= 1
    if owners > 1 or i - k < 2 or toks[k].lower not in ("of", "for", "the") \
            or caps and strip_possessive(toks[caps[0]].text) == toks[caps[0]].text:
        return None
    if toks[k].lower == "the" and not (caps or owners or i - k >= 3):
        return None   # ("the head of the police unit": the rules before read it)
    o = k if toks[k].lower == "the" else k + 1
    if o < 2 or toks[o - 1].lower not in ("of", "for") or not toks[o - 2].text.islower() \
            or not is_role_word(toks[o - 2].text, lex):
        return None
    s = o - 2
    while s > 0 and o - 2 - s < 2 and _adjunct_word(toks[s - 1], lex) and toks[s - 1].lower not in ("of", "for"):
        s -= 1
    if s < 1 or toks[s - 1].lower not in ("the", "a", "an"):
        return None
    s -= 1
    return s if classify_np(toks[s:i + 1], lex) == "role" else None


def _adjuncts_start(toks: list[Token], j: int, i: int, lex: Lexicon) -> int | None:
    """'…, the city's budget director said', '…, the religious affairs ministry said': lower-case noun adjuncts
    (words no list knows) before a role's or a body's head, back to the article or owner that opens the noun phrase
    just after a comma; the index of that opener, or None."""
    if not (is_role_word(toks[i].text, lex) or strip_possessive(toks[i].lower) in _institution_words(lex)):
        return None
    k, gap = j - 1, 0
    while k >= 0 and j - k <= 5:
        t = toks[k]
        if t.lower in ("the", "a", "an") or t.lower in ("its", "their", "his", "her", "our"):
            break
        if not _adjunct_word(t, lex) or t.lower.endswith(("ed", "ing", "ly")) and strip_possessive(t.lower) == t.lower:
            return None
        gap += not _np_token(t, lex)
        k -= 1
    if k < 1 or not gap or j - k > 5 or toks[k - 1].text != ",":
        return None
    return k if classify_np(toks[k:i + 1], lex) in ("role", "institution") else None


def _role_complement_start(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """'the vice minister of human mobility', 'the lead author of a large new analysis': a lower-case role head, then
    'of'/'for' and two to four lower-case words (an article and modifiers allowed) ending at token ``i``; the index of
    the role head, or None."""
    k = i
    while k > 0 and i - k < 4 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].lower not in lex.auxiliaries and toks[k].lower not in _NOT_MODIFIERS \
            and toks[k].lower not in lex.speech_verbs and toks[k].lower not in PRONOUNS:
        k -= 1
    if k >= 3 and i - k >= 1 and toks[k].lower == "of" and toks[k - 1].lower == "charge" and toks[k - 2].lower == "in" \
            and toks[k - 3].text.islower() and is_role_word(toks[k - 3].text, lex):
        return k - 3   # round 40: "The provincial deputy governor in charge of transport told reporters"
    if k < 1 or i - k < 2 or toks[k].lower not in ("of", "for") \
            or not (toks[k - 1].text.islower() and is_role_word(toks[k - 1].text, lex)):
        return None   # (one word after "of" is the rule above's: "head of operations")
    return k - 1


def _title_split(np: list[Token], lex: Lexicon) -> int | None:
    """Index where the name starts in 'US National Security Advisor Jake Sullivan'."""
    texts = [t.text for t in np]
    heads = [k for k, t in enumerate(np) if is_role_word(t.text, lex) and not surname_like_title(texts, k, lex)]
    if not heads:
        # "Congress corporator Ashwini Patil": a lower-case noun right before a name
        for k in range(1, len(np)):
            if np[k - 1].text[:1].islower() and np[k - 1].lower not in DETERMINERS and \
                    np[k - 1].lower not in lex.name_particles and np[k].is_cap and \
                    (k + 1 < len(np) and np[k + 1].is_cap or (k == len(np) - 1 and k >= 2)) and \
                    not (k >= 2 and f"{np[k - 2].text} {np[k - 1].text}" in lex.org_prefixes):
                return k   # (round 37: not "Commission on Consumer Protection", a body's name)
        # "Clark County Registrar of Voters Maribel Ochoa": a known first name ends the title
        for k in range(2, len(np) - 1):
            if np[k].text in lex.first_names and np[k].text not in lex.ambiguous_names and np[k + 1].is_cap \
                    and all(t.is_cap for t in np[k:]) and not np[k - 1].text.endswith(("’s", "'s")):
                return k
        return None
    h = heads[-1]
    if (given := given_name_after_title([t.text for t in np], h, lex)) is not None:
        return given   # round 41: "Senior Sergeant Dean Marchbank": the given name is no title
    if h >= 1 and f"{np[h - 1].text} {np[h].text}" in lex.org_prefixes:
        return None   # round 34: "Directorate General of Inland Shipping": a body's name, no title before a name
    split = name_after_coordinated_org([t.text for t in np], lex)
    if split is not None:
        return split
    k = len(np)
    while k > h + 1 and (((not is_title_word(np[k - 1].text, lex) or surname_like_title(texts, k - 1, lex))
                          and np[k - 1].is_cap and np[k - 1].text not in lex.honorifics)
                         or (np[k - 1].lower in lex.name_particles and k < len(np))):
        k -= 1
    if k < len(np) and k > h + 1 and np[k - 1].text in lex.honorifics:
        return k - 1   # "WHO Representative in Libya Dr Tomasz Wieczorek": the honorific opens the name
    if k == h + 1 and region_after_initials([t.text for t in np], h, lex):
        return k + 1   # leftovers round: "DIG South Rana Perera"
    if k < len(np) and (k == h + 1 or np[h + 1].lower in ("of", "for")):
        return k
    return None


_FINITE_WORDS = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says", "who", "which",
                 "that", "could", "should", "can", "did", "does", "do"}


def _person_before_described_place(toks: list[Token], end: int, lex: Lexicon) -> Subject | None:
    """Round 41: 'X, the owner of Tęcza, a milk bar on Piotrkowska Street, told …': an apposition that describes
    the place or body closing the role before it (after 'of', 'at' …) is no speaker's; the name before the role is
    (``end`` is the comma that opens the description)."""
    place = end
    while place >= 1 and toks[place - 1].is_cap and end - place < 5:
        place -= 1
    if place == end or place < 2 or toks[place - 1].lower not in _PREPOSITIONS:
        return None
    seg = place - 1
    while seg >= 0 and toks[seg].text not in ",;:" and not toks[seg].is_quote:
        seg -= 1
    if seg < 1 or toks[seg].text != ",":
        return None
    role = role_phrase(toks[seg + 1:end], lex)
    person = _np_left(toks, seg - 1, lex) if role else None
    if person is not None and classify_np(toks[person:seg], lex) == "name" and \
            (person == 0 or toks[person - 1].text in ",:;" or toks[person - 1].is_quote):
        return make_subject(toks, person, seg, "name", role=role)
    return None


def _before_home_place(toks: list[Token], j: int, lex: Lexicon) -> int:
    """Round 41: 'The woman, 61-year-old Ingrid Hoekstra from Ede, told': where a name that opens with a listed
    given name ends before 'from' and one to three capitalised words (its home town) that close the apposition at
    token ``j``; else ``j``."""
    f = next((n for n in range(j - 1, max(j - 4, 0), -1) if toks[n].lower == "from"), None)
    if f is None or f < 3 or not all(t.is_cap for t in toks[f + 1:j + 1]):
        return j
    n = f - 1
    while n >= 1 and toks[n - 1].is_cap and f - n < 3:
        n -= 1
    if f - n < 2 or toks[n].text not in lex.first_names or not all(t.is_cap for t in toks[n:f]) \
            or not (toks[n - 1].text == "," or _AGE_WORD.fullmatch(toks[n - 1].text) and toks[n - 2].text == ","):
        return j
    return f - 1


def _title_run_after_comma(toks: list[Token], k: int, lex: Lexicon) -> int | None:
    """Round 41: where a title of two to five words that ends in the lower-case head ``k`` starts right after a
    comma ('Her niece, Tairāwhiti Māori ward councillor X'); None unless every word is a plain word (no article,
    preposition, conjunction, pronoun or number)."""
    m = k
    while m >= 1 and k - m < 5 and toks[m - 1].text != "," and toks[m - 1].text.replace("-", "").isalpha() \
            and toks[m - 1].lower not in DETERMINERS and toks[m - 1].lower not in _PREPOSITIONS \
            and toks[m - 1].lower not in _NOT_TITLE_WORDS and not toks[m - 1].is_quote:
        m -= 1
    return m if m < k and m >= 1 and toks[m - 1].text == "," else None


_NOT_TITLE_WORDS = frozenset({"and", "or", "but", "who", "which", "that", "he", "she", "they", "it", "we", "i",
                              "his", "her", "their", "its", "our", "my", "as", "also", "now", "then", "not"})


def _place_compound(word: str, lex: Lexicon) -> bool:
    """'Italian-Swiss', 'Danish-Swedish': a compound of nationalities."""
    parts = word.split("-")
    return len(parts) >= 2 and all(p in lex.place_adjectives for p in parts)


def role_phrase(toks: list[Token], lex: Lexicon) -> str | None:
    """An apposition that states a role: 'a senior research economist at the IFS', 'the coalition’s
    spokesperson', 'chief executive of Acme', 'Ashdown’s barrister', 'French centrist MEP'."""
    for k, t in enumerate(toks):
        if t.lower in ("who", "which", "whose", "where") and k > 0:
            toks = toks[:k]  # "an astrophysicist at the University of Bergen who led the study"
            break
    if toks and toks[-1].text == ")":
        k = max((n for n, t in enumerate(toks) if t.text == "("), default=-1)
        if k > 0:
            toks = toks[:k]  # "… Workers Union (PBWU)"
    if not toks or len(toks) > 24 or any(t.lower in _FINITE_WORDS or t.is_quote for t in toks):
        return None
    words = [t.text for t in toks]
    first = words[0].lower()
    rest = words[1:] if first in ("a", "an", "the") else words
    while rest and _AGE_WORD.fullmatch(rest[0]):
        rest = rest[1:]  # "a 49-year-old former state attorney general"
        if rest and rest[0].lower() in _PREPOSITIONS:
            return None  # "the 31-year-old with 74 tests": a description, no role
    if not rest:
        return None
    head = rest[0]
    if head.endswith("ing") and head.islower() and len(rest) > 1 and rest[1].lower() in _AFTER_PARTICIPLE:
        return None  # "speaking alongside his coach", "standing outside the court": an action, no role
    ok = (first in ("a", "an", "the") and (head[:1].islower() or is_title_word(head, lex)
                                            or head.endswith(("’s", "'s")) or head in lex.place_adjectives
                                            or _place_compound(head, lex)))
    ok = ok or is_title_word(head, lex) or (head.endswith(("’s", "'s")) and len(rest) >= 2 and rest[1][:1].islower())
    ok = ok or (head in lex.place_adjectives and any(is_role_word(w, lex) or w[:1].islower() for w in rest[1:]))
    ok = ok or any(is_role_word(w, lex) for w in rest[:3])
    # "Regional Division 5 Commander": capitalised words and a number ending in a role word
    ok = ok or (len(rest) <= 6 and any(w.isdigit() for w in rest) and is_role_word(rest[-1], lex)
                and all(w[:1].isupper() or w.isdigit() for w in rest))
    # "district primary education officer": lower-case words ending in a role word
    ok = ok or (len(rest) <= 5 and all(w.islower() for w in rest) and is_role_word(rest[-1], lex))
    # roles round 2: "The Ministry of Health spokesperson": after "the", a body's capitalised name (its "of/and/for")
    # and lower-case words ending in a role word
    body = next((k for k, w in enumerate(rest) if w[:1].islower() and w not in ("of", "and", "for", "&")), len(rest))
    ok = ok or (first == "the" and 1 <= body <= 6 and rest[0][:1].isupper() and rest[body - 1][:1].isupper()
                and body < len(rest) <= body + 3 and all(w.isalpha() and w.islower() for w in rest[body:])
                and is_role_word(rest[-1], lex))
    # roles probes round 4: "The Police Public Relations Officer": after "the", capitalised words (with "of/and/for")
    # ending in a role word
    ok = ok or (first == "the" and 2 <= len(rest) <= 7 and is_role_word(rest[-1], lex) and rest[0][:1].isupper()
                and all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in rest))
    # "New Zealand Rugby’s general manager of high performance": a capitalised owner of several words
    own = next((k for k, w in enumerate(rest[:5]) if w.endswith(("’s", "'s"))), -1)
    ok = ok or (own >= 1 and all(w[:1].isupper() for w in rest[:own]) and own + 1 < len(rest)
                and rest[own + 1][:1].islower() and any(is_role_word(w, lex) for w in rest[own + 1:own + 4]))
    if not ok or (first not in ("a", "an", "the") and classify_np(toks, lex) == "name" and
                  not any(is_role_word(w, lex) for w in rest)):
        return None
    # "spokesperson and a former deputy for …": keep the first role
    for k in range(1, len(rest) - 1):
        if rest[k] == "and" and rest[k + 1].lower() in ("a", "an", "the", "former", "also"):
            of = next((n for n in range(1, k) if rest[n] in ("of", "from", "in")), k)
            if (rest[of - 1].lower() in lex.kin_nouns or rest[of - 1].lower() in lex.residence_nouns) \
                    and not any(is_role_word(w, lex) for w in rest[:k]) \
                    and any(is_role_word(w, lex) for w in rest[k + 1:]):
                # roles probes round 4: "a mother of two and a part-time nurse": the occupation, not the family
                rest = rest[k + 2:] if rest[k + 1].lower() in ("a", "an", "the") else rest[k + 1:]
            else:
                rest = rest[:k]
            break
    at = next((k for k in range(1, len(rest) - 1) if rest[k] == "at"), None)
    own = at + 1 if at is not None else len(rest)
    while own < len(rest) - 1 and own - at <= 3 and rest[own][:1].isupper() and not rest[own].endswith(("’s", "'s")):
        own += 1
    if at is not None and own < len(rest) - 1 and rest[own][:1].isupper() and rest[own].endswith(("’s", "'s")) \
            and all(w.isalpha() and w.islower() for w in rest[own + 1:]) and rest[at - 1].isalpha() \
            and rest[at - 1].islower():
        rest = rest[:at]  # "a fish trader at Stung Treng’s central market": a place of work, not a body
    return " ".join(rest)


_AFTER_PARTICIPLE = frozenset({"to", "alongside", "at", "in", "on", "with", "from", "after", "before", "outside",
                               "inside", "during", "for", "about", "near", "beside", "his", "her", "their", "the", "a",
                               "an", "through"})


def _role_text(toks: list[Token]) -> str:
    words = [t.text for t in toks]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _representative_of_listed_remits(toks: list[Token], lo: int, kb: int, lex: Lexicon) -> Subject | None:
    """Leftovers round 2: 'A spokeswoman for the Department of Agriculture, Fisheries and Forestry, which licenses
    the boats, said': the words back to the comma at ``lo`` are the last remits of a body whose name lists them with
    commas; the representative of the whole body (None if not so)."""
    if lo < 5 or toks[lo - 1].text != ",":
        return None
    sub = _listed_remits(toks, make_subject(toks, lo, kb, "name"), lex, inside=True)
    if sub is None:
        return None
    k = sub.start
    start = next((n for n in range(k - 1, max(-1, k - 6), -1) if n == 0 or toks[n - 1].text in ",;:"
                  or toks[n - 1].is_quote), None)
    if start is None or classify_np([t for t in toks[start:kb] if t.text != ","], lex) != "representative":
        return None
    rep = make_subject(toks, start, kb, "representative")
    rep.text = rep.text.replace(" , ", ", ")
    return rep


def _listed_remits(toks: list[Token], sub: Subject | None, lex: Lexicon, inside: bool = False) -> Subject | None:
    """Round 34: 'The Ministry of Water, Land and Resource Stewardship said': the subject read back to the comma is
    the last remits of a body whose name lists them with commas; the body's whole name (None if not so)."""
    if sub is None or sub.kind not in ("name", "institution") or sub.start < 4 or toks[sub.start - 1].text != ",":
        return None
    seg = toks[sub.start:sub.end]
    # (round 43: a remit may hold its own "of": "…, Protection of Nature and Sustainable Development said")
    if not any(t.lower == "and" for t in seg[1:-1]) or not all(t.is_cap or t.lower in ("and", "of") for t in seg) \
            or seg[0].lower == "of" or seg[-1].lower == "of":
        return None
    n = sub.start - 1   # the comma
    while n >= 3 and toks[n - 1].is_cap and toks[n - 2].text == ",":
        n -= 2   # "Ministry of Education, Science, Culture and Sport": more remits between commas
    p = n - 1
    while p >= 1 and (toks[p].is_cap or toks[p].lower == "of") and n - p <= 4:
        if toks[p].lower == "of" and (f"{toks[p - 1].text} {toks[p].text}" in lex.org_prefixes
                                      or toks[p - 1].text in lex.org_suffixes):
            start = p - 1
            while start >= 1 and toks[start - 1].is_cap and toks[start - 1].lower != "the" and p - start < 4:
                start -= 1   # round 43: "the South West Regional Delegation of Environment, …": the region's office
            if start == 0 or toks[start - 1].lower == "the" and (start == 1 or toks[start - 2].text in ",;:") \
                    or inside:   # (leftovers round 2: inside a noun phrase, "a spokeswoman for the Department …")
                listed = make_subject(toks, start, sub.end, "name")
                listed.text = listed.text.replace(" , ", ", ")
                return listed
            return None
        p -= 1
    return None


def _lower_remits_joined(toks: list[Token], v: int, lex: Lexicon) -> Subject | None:
    """Round 34: "The KRG's ministry of finance and economy said": a body written in lower case whose remits are
    joined by "and" (the verb at ``v``), read as the body's name up to its last remit."""
    i = v - 1
    if i < 4 or toks[i - 1].lower != "and" or not (toks[i].text.isalpha() and toks[i].text.islower()) \
            or not (toks[i - 2].text.isalpha() and toks[i - 2].text.islower()):
        return None
    sub = _subject_left(toks[:i - 1] + toks[v:], i - 1, lex)
    if sub is None or sub.kind not in ("name", "institution") or sub.end != i - 1:
        return None
    words = [t.lower for t in toks[sub.start:sub.end]]
    of = next((k for k, w in enumerate(words) if w == "of"), None)
    if of is None or of == 0 or strip_possessive(words[of - 1]) not in lex.company_nouns \
            or not all(toks[sub.start + k].text.islower() for k in range(of - 1, len(words))):
        return None
    return make_subject(toks, sub.start, i + 1, sub.kind)


def make_subject(toks, start, end, kind, role=None) -> Subject:
    seg = toks[start:end]
    return Subject(start, end, " ".join([t.text for t in seg]), kind, role, seg[0].start if seg else 0)


def _described_person_after(toks: list[Token], i: int, lex: Lexicon) -> tuple[int, bool]:
    """'said neighbour Bill Hart', 'said local man Dan Bird', 'said harbour master Jo Reed': one to three lower-case
    words before a person's name (a known given name, then capitalised words): (how many, whether they make a
    role: the last is a role or person noun that is no residence or kin word).  (0, False) if none."""
    for n in (1, 2, 3):
        k = i + n
        if k + 1 >= len(toks) or not all(t.text.isalpha() and t.text.islower() for t in toks[i:k]):
            break
        if toks[k].text in lex.first_names and toks[k + 1].is_cap and toks[k + 1].text not in lex.common_caps:
            run = [t.lower for t in toks[i:k]]
            if any(w in DETERMINERS or w in PRONOUNS or w in _NOT_MODIFIERS or w in lex.auxiliaries
                   or w in lex.speech_verbs or w in _WEEKDAYS for w in run):
                return 0, False
            last = run[-1]
            role = (person_noun(last, lex) or last in lex.person_descriptors) \
                and last not in lex.residence_nouns and last not in lex.kin_nouns
            return n, role
    return 0, False


def _name_ending_clause(toks: list[Token], start: int, most: int, lex: Lexicon) -> Subject | None:
    """A name of two to ``most`` tokens from ``start`` that ends the clause (at `,.;!?`, a quotation mark or the
    sentence's end): the person named after a description and its comma ("said his widow, Lindiwe Sithole.")."""
    k = start
    while k < len(toks) and _np_token(toks[k], lex) and k - start < most:
        k += 1
    if k - start >= 2 and classify_np(toks[start:k], lex) == "name" \
            and (k == len(toks) or toks[k].text in ",.;!?" or toks[k].is_quote):
        return make_subject(toks, start, k, "name")
    return None


_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "other", "last", "final"})


def _one_described_then_name(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """Leftovers round 2: '“Q?” demanded one parent, Lucy Tan.', 'asked another trader, Mary Ochieng', 'said a third
    farmer, X': an indefinite person noun (perhaps after an ordinal) after the verb, a comma and a name closing the
    clause — the person named speaks (as 'said one of the climbers, X' does)."""
    if i >= len(toks) or toks[i].lower not in _ONE_OF_THEM:
        return None
    k = i + 1
    if k < len(toks) and toks[k].lower in _ORDINALS:
        k += 1
    first = k
    if k + 2 < len(toks) and toks[k + 1].text != "," and toks[k].text.isalpha() and toks[k].text.islower():
        k += 1   # one lower-case modifier: "one local shopkeeper"
    if not (k + 2 < len(toks) and _person_word(toks[k].lower, lex) and toks[k + 1].text == ","):
        return None
    named = _name_ending_clause(toks, k + 2, 5, lex)
    if named is None or named.role or toks[k].lower in lex.residence_nouns or toks[k].lower in lex.kin_nouns \
            or toks[k].lower in _PERSON_WORDS:
        return named
    return make_subject(toks, named.start, named.end, "name", " ".join(t.text for t in toks[first:k + 1]))


def _title_word_in_np(toks: list[Token], sub: Subject | None) -> Subject | None:
    """Attribution probes round 5: 'C, auditor-general Helen Ngata said': a one-word lower-case title read as the
    role right before the name is part of the noun phrase (where the clause before it ends), as a capitalised
    one is."""
    if sub is not None and sub.role and sub.np_start is None and sub.kind == "name":
        words = sub.role.split()
        n = len(words)
        if n == 1 and sub.start > n and [t.text for t in toks[sub.start - n:sub.start]] == words \
                and words[0].islower() and toks[sub.start - n - 1].text == ",":
            sub.np_start = sub.start - n
    return sub


def _owned_noun_then_name(toks: list[Token], i: int, lex: Lexicon) -> Subject | None:
    """Attribution probes round 5: '“Q,” added her neighbour, Musa Danjuma.', '“Q,” said his coach, Mike Ferris.':
    an owner and one or two lower-case nouns, a comma and a name that ends the clause — the one named speaks."""
    if i + 4 >= len(toks) or toks[i].lower not in ("his", "her", "their"):
        return None
    c = next((n for n in (i + 2, i + 3) if n < len(toks) and toks[n].text == ","), None)
    if c is None or not all(t.text.isalpha() and t.text.islower() and not is_role_word(t.text, lex)
                            for t in toks[i + 1:c]):
        return None   # (a role word, "according to its distributor, X", is read with its role further on)
    return _name_ending_clause(toks, c + 1, 5, lex)


def _subject_right(toks: list[Token], v: int, lex: Lexicon) -> Subject | None:
    i = v + 1
    lead = _lower_role_run(toks, i, lex) if i < len(toks) and (not _np_token(toks[i], lex) or (
        # names round: "said fire station commander X": a lower-case body word opens the title
        toks[i].text.islower() and i + 4 < len(toks) and toks[i + 3].is_cap and toks[i + 4].is_cap)) else 0
    described = is_role = False
    if not lead and i < len(toks) and not _np_token(toks[i], lex):
        # round 36: "said neighbour Bill Hart", "said resident Ann Hill" (a residence word: no role)
        lead, is_role = _described_person_after(toks, i, lex)
        described = bool(lead)
    if lead:
        # "said township reeve Mark Olsen", "said local farmer X": a lower-case title before the name
        sub = _subject_right(toks[:i] + toks[i + lead:], v, lex)
        if sub is None or sub.kind != "name" or sub.start != i:
            return None
        run = " ".join(t.text for t in toks[i:i + lead])
        if described:
            role = sub.role or (run if is_role else None)
        else:
            role = run + (" " + sub.role if sub.role else "")
        return make_subject(toks, i + lead, sub.end + lead, "name", role)
    if i + 5 < len(toks) and toks[i].lower == "one" and toks[i + 1].lower == "of" \
            and toks[i + 2].lower in ("the", "his", "her", "their", "its"):
        # attribution probes round 4: "“Q,” said one of the climbers, Anders Nilsson.": the name after the group
        c = next((n for n in range(i + 3, min(len(toks), i + 7)) if toks[n].text == ","), None)
        if c is not None and all(t.text.isalpha() and t.text.islower() for t in toks[i + 3:c]):
            named = _name_ending_clause(toks, c + 1, 5, lex)
            if named is not None:
                return named
    if (named := _one_described_then_name(toks, i, lex)) is not None:
        return named
    if i + 4 < len(toks) and toks[i].lower in ("his", "her", "their") and toks[i + 1].lower in lex.kin_nouns \
            and toks[i + 2].text == ",":
        # roles probes round 4: "“…,” said his widow, Lindiwe Sithole." — the relative named after the comma speaks
        # (as "His wife, X, said" does)
        named = _name_ending_clause(toks, i + 3, 5, lex)
        if named is not None:
            return named
    named = _owned_noun_then_name(toks, i, lex)
    if named is not None:
        return named
    if i >= len(toks) or not _np_token(toks[i], lex) or toks[i].lower in lex.not_speakers:
        return None
    b = next((n for n in range(i + 1, min(len(toks) - 3, i + 8)) if not _np_token(toks[n], lex)), None)
    if b is not None and toks[b].text == "(" and toks[b + 2].text == ")" and _ACRONYM.fullmatch(toks[b + 1].text) \
            and toks[b - 1].is_cap and toks[b + 3].is_cap:
        # "said Police Station Officer-in-Charge (OC) Md Kamrul Hasan": the title's acronym is read past
        sub = _subject_right(toks[:b] + toks[b + 3:], v, lex)
        if sub is None or sub.start < b:
            return sub if sub is None or sub.end <= b else None
        return make_subject(toks, sub.start + 3, sub.end + 3, sub.kind, sub.role)
    j = i
    while j + 1 < len(toks) and j - i < 10:
        if _np_token(toks[j + 1], lex):
            j += 1
        elif toks[j + 1].text.isalpha() and toks[j + 1].text.islower() and j + 2 < len(toks) \
                and toks[j + 2].is_cap and toks[j + 1].lower not in ("and", "or", "but", "in", "on", "at", "as"):
            j += 2  # "according to Chennai-based consultancy Autometrix"
        elif toks[j].text.endswith(("’s", "'s")) and (n := _lower_role_run(toks, j + 1, lex)):
            j += n  # "said Mizuho’s biotech analyst Nikhil Sarraf"
        elif toks[j].is_cap and (n := _lower_role_run(toks, j + 1, lex)) and (
                toks[j + 1 + n].text in lex.first_names or j + 2 + n < len(toks) and toks[j + 2 + n].is_cap):
            j += n  # roles probes round 5: "said Tonga rugby league captain Moana Tupou"
        elif (toks[j].lower in ("the", "a", "an") or toks[j].text.endswith(("’s", "'s"))) \
                and (n := _adjunct_head_run(toks, j + 1, lex)):
            j += n  # "said the city’s budget director, X": noun adjuncts no list knows before the head
        else:
            break
    np = toks[i: j + 1]
    kind = classify_np(np, lex)
    if kind is None and len(np) <= 2 and np[0].lower == "the" and i + 3 < len(toks) and toks[i + 1].text.isalpha() \
            and toks[i + 1].text.islower() and toks[i + 2].text == ",":
        # probes round 2: "“No,” replied the witness, Liam Grant." — a person noun no list holds as a role, put
        # before the name it describes, is no speaker of its own
        named = _name_ending_clause(toks, i + 3, 4, lex)
        if named is not None:
            return named
    if kind is None:
        return None
    role = None
    if kind == "role" and j + 2 < len(toks) and toks[j + 1].text == ",":
        # "said the envoy, Lars Nyberg, a former Swedish diplomat"
        s0 = j + 2
        while s0 + 3 < len(toks) and (toks[s0].text in lex.honorifics or _bracketed_honorific(toks, s0, lex)):
            s0 += 1 if toks[s0].text in lex.honorifics else 3
        if s0 > j + 2 and any(t.text == "(" for t in toks[j + 2:s0]):
            # roles probes round 4: "said the Commissioner for Women Affairs, Hon. (Mrs) X.": the styles are read past
            k = s0
            while k < len(toks) and _np_token(toks[k], lex) and k - s0 < 6:
                k += 1
            if classify_np(toks[s0:k], lex) == "name":
                return make_subject(toks, s0, k, "name", role=_role_text(np))
        k = j + 2
        while k < len(toks) and _np_token(toks[k], lex) and k - j < 8:
            k += 1
        if classify_np(toks[j + 2:k], lex) == "name":
            return make_subject(toks, j + 2, k, "name", role=_role_text(np))
    if kind == "name":
        split = _title_split(np, lex)
        if split is not None:
            role = _role_text(np[:split])
            i += split
        # "said Jane Doe, chief executive of Acme."
        if j + 2 < len(toks) and toks[j + 1].text == ",":
            k = j + 2
            while k < len(toks) and _np_token(toks[k], lex):
                k += 1
            end = j + 2
            while end < len(toks) and toks[end].text not in ",.;:" and not toks[end].is_quote:
                end += 1
            if not (0 < end < len(toks) - 1 and toks[end].text == "," and toks[end - 1].text.isdigit()
                    and toks[end + 1].text.isdigit() and toks[end + 1].start == toks[end].end):
                role = role_phrase(toks[j + 2:end], lex) or role   # (not "a record 12" of "12,500 runners")
    return make_subject(toks, i, j + 1, kind, role)


def _adjunct_head_run(toks: list[Token], i: int, lex: Lexicon) -> int:
    """Length of a run of two or three lower-case words from i, at least one of them a noun adjunct no list knows,
    ending in a role's or a body's head that closes the noun phrase (a comma, a stop or the sentence's end
    follows): 'budget director' in "said the city’s budget director, X"; 0 if none."""
    for n in (2, 3):
        if i + n > len(toks) or i + n < len(toks) and toks[i + n].text not in ",.;":
            continue
        run = toks[i:i + n]
        head = run[-1]
        if not (head.text.isalpha() and head.text.islower()) or not (
                is_role_word(head.text, lex) or head.lower in _institution_words(lex)):
            continue
        if all(_adjunct_word(t, lex) for t in run[:-1]) and any(not _np_token(t, lex) for t in run[:-1]):
            return n
    return 0


def _adjunct_word(t: Token, lex: Lexicon) -> bool:
    """A lower-case word that may modify a role's or a body's head ('budget', 'religious', 'city's'): no
    auxiliary, determiner, pronoun, speech verb or word that never modifies (_NOT_MODIFIERS)."""
    return strip_possessive(t.lower).replace("-", "").isalpha() and t.text.islower() \
        and t.lower not in lex.auxiliaries and t.lower not in _NOT_MODIFIERS and t.lower not in DETERMINERS \
        and t.lower not in lex.speech_verbs and t.lower not in PRONOUNS


def _lower_role_run(toks: list[Token], i: int, lex: Lexicon) -> int:
    """Length of a run of two or three lower-case words from i ending in a role word and followed by a
    capitalised word ('biotech analyst' in "Mizuho’s biotech analyst Nikhil Sarraf"); 0 if none."""
    for n in (2, 3):
        if i + n < len(toks) and toks[i + n].is_cap and all(t.text.isalpha() and t.text.islower() for t in toks[i:i + n]) \
                and is_role_word(toks[i + n - 1].text, lex):
            return n
    return 0


def _noun_before_post(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Round 42: 'a former claims supervisor, who …', 'the reports editor at X': a verb form that is also a plural noun
    (``noun_forms``) right before a singular post in lower case, which ends its noun phrase, modifies the post."""
    if toks[i].lower not in lex.noun_form_verbs or not toks[i].text.islower() or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    after = toks[i + 2] if i + 2 < len(toks) else None
    return nxt.text.isalpha() and nxt.text.islower() and not nxt.lower.endswith("s") \
        and (is_role_word(nxt.text, lex) or person_noun(nxt.text, lex)) \
        and (after is None or after.text in ",.;:)" or after.lower in ("who", "at", "for", "of", "with", "from", "in"))


def verb_at(toks: list[Token], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """(verb, number of tokens) when a speech verb starts at token i."""
    t = toks[i]
    if t.is_cap and i > 0:
        return None
    lo = t.lower
    for rest in lex.multiword_verbs.get(lo, ()):
        if [x.lower for x in toks[i + 1: i + 1 + len(rest)]] == list(rest):
            return " ".join((lo,) + rest), 1 + len(rest)
    if lo in lex.speech_verbs:
        return lo, 1
    return None


def find_cues(toks: list[Token], lex: Lexicon) -> list[Cue]:
    """Every speech verb in the sentence that has a speaker next to it."""
    cues = []
    triggers = lex.cue_triggers
    i = 0
    lowers = [t.lower for t in toks]
    for c in [k for k, w in enumerate(lowers) if w in triggers]:
        if c < i:
            continue  # inside a cue already read
        i = c
        if toks[i].lower in lex.quoting_verbs:   # quoted, and (probes round 5) reported, cited
            cue = _quoted_as_saying(toks, i, lex)
            if cue is not None:
                cues.append(cue)
                i = cue.complement
                continue
        if toks[i].lower in ("who", "which") and i >= 2 and toks[i - 1].text == ",":
            cue = _who_says(toks, i, lex)
            if cue is not None:
                cues.append(cue)
                i = cue.complement
                continue
        if toks[i].lower in lex.document_verbs:
            cue = _statement_from_read(toks, i, lex)
            if cue is not None:
                cues.append(cue)
                i += 1
                continue
            if i >= 3 and toks[i - 2].lower == "the" and toks[i - 1].lower in lex.according_to_issued \
                    and (toks[i - 3].is_quote or toks[i - 3].text in (",", "”", "\"")):
                # round 38: '"Q," the statement read': the words of the body whose statement it is (resolved like
                # "The statement noted that C")
                cues.append(Cue(toks[i].lower, i, make_subject(toks, i - 2, i, "role"), False))
            i += 1
            continue
        if toks[i].lower not in lex.speech_verbs and toks[i].lower not in lex.multiword_verbs:
            i += 1
            continue
        found = verb_at(toks, i, lex)
        if not found:
            i += 1
            continue
        verb, width = found
        prev = toks[i - 1] if i > 0 else None
        if verb in lex.after_quote_only_verbs and not (
                prev is not None and (prev.is_quote or prev.text == "," and i >= 2 and toks[i - 2].is_quote)):
            i += width
            continue   # leftovers round: "“Q?” demanded X" only (not "X demanded that C")
        if prev is not None and prev.lower in ("the", "a", "an", "this", "that", "its", "over", "of", "for", "about",
                                               "with", "by", "from", "into", "against", "his", "her", "their"):
            i += width
            continue  # "the said loans", "over alleged irregularities"
        # passive or infinitive: "is said to", "declined to say"
        nxt = toks[i + width] if i + width < len(toks) else None
        if _noun_before_post(toks, i, lex):
            i += width
            continue  # round 42: "A former Tailwise claims supervisor, who …": a plural noun before a post, no verb
        if prev is not None and prev.lower in ("is", "was", "were", "are", "be", "been", "being", "to") and \
                (nxt is None or nxt.lower == "to" or prev.lower == "to"):
            i += width
            continue
        if prev is not None and prev.text == "," and verb.endswith("ed") and _participle_phrase(toks, i + width):
            i += width
            continue  # "the decision by the Department (Daera), announced in March, to cut …": a participle phrase
        if verb == "asked" and prev is not None and prev.text == "," and _answer_follows(toks, i + width, lex):
            i += width
            continue  # "X, asked whether C, said …": the subject was asked; the answer is the report
        if verb == "asked" and prev is not None and prev.lower in ("when", "once", "after", "being", "if", "until"):
            i += width
            continue  # "When asked if C, X said: “No.”", "X replied when asked if C": X was asked, C is no report
        if prev is not None and prev.lower in ("and", "but") and cues:
            subject = cues[-1].subject  # "X said C1 but noted that C2"
        else:
            subject = _title_word_in_np(toks, _subject_left(toks, i, lex))
            subject = _listed_remits(toks, subject, lex) or subject
            if subject is not None and subject.kind in ("name", "institution") and subject.start >= 5:
                # leftovers round 2: "A spokesman for the Ministry of Lands, Housing and Urban Development told"
                subject = _representative_of_listed_remits(toks, subject.start, subject.end, lex) or subject
            if subject is None:
                subject = _lower_remits_joined(toks, i, lex)
            if subject is None and i == 2 and toks[0].lower == "the" and toks[1].lower in lex.according_to_issued:
                subject = make_subject(toks, 0, 2, "role")   # "The statement noted that C": its body's (resolved)
        inverted = False
        listener_next = verb in lex.listener_first_verbs   # "X, …, told Radio Nord": no speaker after the verb
        if subject is not None and prev.text == "," and i + width < len(toks) and toks[i + width].is_cap \
                and subject.kind != "pronoun" and not listener_next:
            # "C, Jamal Uddin, 27, of Noakhali, said Police Chief X.": a name closing the sentence right after the
            # verb is the speaker, and the one before the comma is part of the report
            right = _subject_right(toks, i + width - 1, lex)
            if right is not None and right.kind == "name" and (
                    right.end == len(toks) or right.end == len(toks) - 1 and toks[-1].text in ".!"):
                subject = None
        if subject is None and not listener_next and (prev is None or prev.text in ",:" or prev.is_quote
                                                      or prev.lower in ("also",)):
            subject = _subject_right(toks, i + width - 1, lex)
            after = toks[subject.end] if subject is not None and subject.end < len(toks) else None
            if after is not None and not (after.text in ",.;:!?" or after.is_quote or after.lower in
                                          ("in", "on", "at", "during", "after", "before", "while", "when", "as")
                                          or _role_in_brackets_after(toks, subject, lex) is not None):
                subject = None  # "…, claimed that the army had …" is no inverted attribution
            if (subject is None or subject.kind == "generic") and i + width < len(toks) \
                    and toks[i + width].lower in ("a", "an", "one"):
                # "said a vendor … who gave her name only as Pearl"
                subject = _named_only_as(toks, i + width, len(toks), lex) or subject
            inverted = subject is not None
        if subject is not None and subject.kind == "generic" and subject.text.lower() == "who" \
                and (nxt is not None and nxt.lower in lex.auxiliaries
                     or subject.start >= 1 and toks[subject.start - 1].lower in _ANYONE):
            subject = None  # "Among those who testified was X", "Anyone who believes …": no report
        if subject is not None and subject.kind == "generic" and subject.text.lower().endswith("who"):
            subject = _described_before_who(toks, subject.end - 1, lex) or subject
        if subject is None:
            subject = _unnamed_one(toks, i, width, lex)   # "“Q,” said a protester." / "“Q,” a protester said."
            inverted = subject is not None and subject.start > i
        if subject is not None and not inverted and subject.start >= 2 and toks[subject.start - 1].lower == "to" \
                and toks[subject.start - 2].lower == "according":
            subject = None   # "…, according to UN estimates": a noun after the source's name, no verb
        if subject is not None and subject.kind in ("pronoun", "name") and not inverted and subject.role is None:
            subject.role = _fronted_as_role(toks, subject.start, lex)   # "As chairman of the board, he said"
        if subject is not None:
            subject = _joined_speakers(toks, subject, verb, lex) or subject
            if subject.kind == "name" and subject.end - subject.start >= 4:
                subject = _person_of_org(toks, subject, lex)
            cue = Cue(verb, i, subject, inverted)
            if inverted and (close := _role_in_brackets_after(toks, subject, lex)) is not None:
                cue.complement = close + 1   # (the bracketed post is no report)
            cues.append(cue)
        i += width
    if "with" in lowers:
        extra = [c for c in _with_participles(toks, lex) if not any(c.verb_index == d.verb_index for d in cues)]
        if extra:
            cues = sorted(cues + extra, key=lambda c: c.verb_index)
    return cues


def _person_named(ws: list[Token], lex: Lexicon) -> bool:
    """'Kojo Asare', 'Ms Lee', 'Rita': a person called by a given name or an honorific, all capitalised."""
    if not ws or len(ws) > 4 or not all(t.is_cap or t.lower in lex.person_particles for t in ws):
        return False
    if ws[0].text in lex.honorifics:
        return len(ws) >= 2
    return ws[0].text in lex.first_names and not ws[-1].text in lex.places


def _body_named(ws: list[Token], lex: Lexicon) -> bool:
    """'the Ministry of Education', 'the fire service', 'Police': a body, named or by its noun."""
    core = ws[1:] if ws and ws[0].lower in ("the", "its") else ws
    if not core or core[0].text in lex.first_names or core[0].text in lex.honorifics:
        return False
    if core[0].text in lex.public_body_words or " ".join(t.text for t in core[:2]) in lex.org_prefixes:
        return True
    if all(t.is_cap for t in core) and (core[-1].text in lex.org_suffixes or core[-1].lower in lex.body_role_heads):
        return True   # "the Health Service Executive"
    return core[-1].text.islower() and core[-1].lower in lex.company_nouns or \
        len(core) == 1 and core[0].lower in lex.company_nouns


def _joined_speakers(toks: list[Token], subject: Subject, verb: str, lex: Lexicon) -> Subject | None:
    """attribution probes round 4: two speakers joined by "and" before one verb are a plural source, no one
    speaker (plural sources are null in the labelled sets): "Lawyers Ama Boateng and Kojo Asare said", "Mr Okafor
    and Ms Lee told the committee", "said Rita and Joe Harper", "The Ministry of Health and the Ministry of
    Education said", "Police and the fire service said". Not "Marks and Spencer says" (a verb in -s is singular), nor
    a body whose remits are joined ("Ministry of Trade and Industry")."""
    if subject.kind not in ("name", "institution", "role") or (verb.endswith("s") and not verb.endswith("ss")):
        return None
    lo, hi = subject.start, subject.end
    if subject.role and _PLURAL_APPOSITION.match(subject.role):
        return make_subject(toks, lo, hi, "generic")   # "Smith and Jones, the two local MPs, said"
    cut = [a for a in range(lo + 1, hi - 1) if toks[a].lower == "and"]
    if cut:
        a = cut[0]
        left, right = toks[lo:a], toks[a + 1:hi]
        if left and left[0].lower == "the":
            left = left[1:]
        people = any(_person_named(left[k:], lex) for k in range(len(left))) and (
            any(_person_named(right[:k], lex) for k in range(1, len(right) + 1))
            # "said Chen Jie and her husband": a relative of the one named
            or len(right) == 2 and right[0].lower in ("his", "her", "their") and right[1].text.islower()
            and (right[1].lower in lex.kin_nouns or is_role_word(right[1].text, lex)))
        bodies = bool(right) and right[0].lower == "the" and _body_named(right, lex) and _body_named(left, lex)
        if people or bodies:
            return make_subject(toks, lo, hi, "generic")
        return None
    t = lo - 1
    while t >= 2 and toks[t].is_cap and (toks[t].text in lex.honorifics or is_role_word(toks[t].text, lex)):
        t -= 1   # "Senator Ted Cruz and Senator John Cornyn": a title of the second before the name
    if t >= 3 and toks[t].lower in lex.kin_nouns and toks[t - 1].lower in ("his", "her", "their"):
        t -= 2   # attribution probes round 5: "Farida Osman and her sister Halima said"
    if t >= 1 and toks[t].lower == "and" and toks[t - 1].is_cap and subject.kind == "name" \
            and _person_named(toks[lo:hi], lex):
        if any(_person_named(toks[k:t], lex) for k in range(max(0, t - 4), t)):
            start = subject.np_start if subject.np_start is not None and subject.np_start < t else t - 1
            return make_subject(toks, start, hi, "generic")
    return None


# "X and Y, both teachers, said", "Smith and Jones, the two local MPs, said": an apposition for several people
# (roles probes round 5: not a team's name, "the All Blacks coach": a capitalised word after the plural word)
_PLURAL_APPOSITION = re.compile(r"(?:both|all|the (?:two|three|four|pair|couple)|two|three|four)(?![\w-])(?!(?-i: [A-Z]))",
                                re.I)


def _role_in_brackets_after(toks: list[Token], subject: Subject, lex: Lexicon) -> int | None:
    """names round: '…, said Laura Chen (senior analyst, Brightwater Capital).': a name, then a post in brackets
    that opens with a lower-case word (roles probes round 5: or with a capitalised post, '(CFO, Gulf Cement)',
    '(Managing Director of X)') and closes the sentence (where the bracket closes, or None)."""
    k = subject.end
    if subject.kind != "name" or k + 2 >= len(toks) or toks[k].text != "(" or not (
            toks[k + 1].text.islower() or is_role_word(toks[k + 1].text, lex)
            or k + 3 < len(toks) and toks[k + 1].is_cap and is_role_word(toks[k + 2].text, lex)):
        return None
    close = next((n for n in range(k + 2, min(len(toks), k + 16)) if toks[n].text == ")"), None)
    return close if close is not None and (close == len(toks) - 1 or toks[close + 1].text in ".!?;,") else None


_WITH_DETS = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def _with_participles(toks: list[Token], lex: Lexicon) -> list[Cue]:
    """'…, with the sentencing judge telling him that C', '…, with the ministry saying C': a speaker and a speech
    participle after 'with' report C (the participles are the first words of the 'adding' phrases)."""
    out = []
    for w in range(1, len(toks) - 3):
        if toks[w].lower != "with" or toks[w - 1].text != "," or toks[w + 1].lower not in _WITH_DETS:
            continue
        n = next((n for n in range(w + 2, min(len(toks), w + 7)) if toks[n].lower in lex.adding_words
                  or toks[n].text in ",;:" or toks[n].is_quote), None)
        if n is None or toks[n].lower not in lex.adding_words or n + 1 >= len(toks):
            continue
        kind = classify_np(toks[w + 1:n], lex)
        end = n
        if kind is None and (b := _behind_at(toks, w + 2, n)) is not None:
            # round 42: "…, with the group behind the bid warning that C": a body known by what it is behind
            end, kind = b, classify_np(toks[w + 1:b], lex)
            kind = kind if kind == "institution" else None
        if kind not in ("role", "institution", "name"):
            continue
        comp = n + 1
        if toks[n].lower in lex.adding_to_listener:
            comp = next((k for k in range(n + 1, min(len(toks), n + 6)) if toks[k].lower == "that"), None)
            if comp is None or any(t.text in ",;:" or t.is_quote for t in toks[n + 1:comp]):
                continue   # "with the minister telling reporters about …": no clause
        if toks[comp].lower == "that":
            comp += 1
        if comp < len(toks):
            out.append(Cue(toks[n].lower, n, make_subject(toks, w + 1, end, kind), complement=comp))
    return out


def _behind_at(toks: list[Token], lo: int, hi: int) -> int | None:
    """Where 'behind' stands between ``lo`` and ``hi`` followed by a short noun phrase ('the group behind the bid')."""
    b = next((k for k in range(lo, hi) if toks[k].lower == "behind"), None)
    return b if b is not None and 1 <= hi - b - 1 <= 3 else None


def _participle_phrase(toks: list[Token], n: int) -> bool:
    """After ', announced': a time ('in March', 'on Monday', 'last week') closed by a comma, then no name."""
    from .quotes import _skip_time
    if n < len(toks) and toks[n].lower == "in" and n + 1 < len(toks) and toks[n + 1].lower in _MONTH_WORDS:
        k = n + 2
        if k < len(toks) and toks[k].text.isdigit():
            k += 1
    else:
        k = _skip_time(toks, n)
    return n < k < len(toks) - 1 and toks[k].text == "," and not toks[k + 1].is_cap


_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})


def _described_before_who(toks: list[Token], w: int, lex: Lexicon) -> Subject | None:
    """'said Akil Joseph, 24, a band fan who said C': the relative clause closes an indefinite description of the
    name before it, so the name said C."""
    if w < 4 or not (toks[w - 1].text.isalpha() and toks[w - 1].text.islower()):
        return None
    seg = w - 1
    while seg > 0 and w - seg <= 8 and toks[seg].text not in ",;:" and not toks[seg].is_quote:
        seg -= 1
    if toks[seg].text != "," or toks[seg + 1].lower not in ("a", "an"):
        return None
    end = seg
    if end >= 3 and toks[end - 1].text.isdigit() and toks[end - 2].text == ",":
        end -= 2  # the age
    start = _np_left(toks, end - 1, lex)
    if start is None or not (start == 0 or toks[start - 1].text in ",:;" or toks[start - 1].is_quote
                             or toks[start - 1].lower in lex.speech_verbs):
        return None
    np = toks[start:end]
    if classify_np(np, lex) != "name" or _org_like(np, lex):
        return None
    split = _title_split(np, lex)
    if split is not None:
        return make_subject(toks, start + split, end, "name", role=_role_text(np[:split]))
    return make_subject(toks, start, end, "name")


def _answer_follows(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """', asked whether C, said …': a comma, then a speech verb, ends the participle phrase."""
    for n in range(k, min(len(toks) - 1, k + 40)):
        if toks[n].text in ".;:!?" or toks[n].is_quote:
            return False
        if toks[n].text == "," and toks[n + 1].lower in lex.speech_verbs:
            return True
    return False


_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "someone", "somebody"})
_ONLY_AS_BEFORE = frozenset({"identified", "name", "named", "known"})


def _named_only_as(toks: list[Token], lo: int, hi: int, lex: Lexicon) -> Subject | None:
    """'said a vendor who gave her name only as Pearl', 'One of the victims, a retired teacher who asked to be
    identified only as Somsri, said': the unnamed speaker is named after all, by the words after 'only as'
    (tokens lo to hi); the occupation in the description is the role."""
    for k in range(lo + 1, hi - 2):
        if toks[k].lower != "only" or toks[k + 1].lower != "as" or not toks[k + 2].is_cap \
                or toks[k - 1].lower not in _ONLY_AS_BEFORE:
            continue
        e = k + 2
        while e < hi and e - k < 5 and toks[e].is_cap and _np_token(toks[e], lex):
            e += 1
        if e < hi and toks[e].text not in ",.;:" and not toks[e].is_quote:
            return None
        # the description: "a 67-year-old retired teacher from …" → "retired teacher"
        a = next((n for n in range(lo, k) if toks[n].lower in ("a", "an")), None)
        role = None
        if a is not None:
            n = a + 1
            while n < k and (_AGE_WORD.fullmatch(toks[n].text) or toks[n].text.isdigit() or toks[n].text == ","):
                n += 1
            w = n
            while w < k and toks[w].text.isalpha() and toks[w].text.islower() and toks[w].lower not in _PREPOSITIONS \
                    and toks[w].lower not in _NOT_MODIFIERS:
                w += 1
            if w > n and is_role_word(toks[w - 1].text, lex):
                role = " ".join(t.text for t in toks[n:w])
        return make_subject(toks, k + 2, e, "name", role=role)
    return None


def _fronted_as_role(toks: list[Token], start: int, lex: Lexicon) -> str | None:
    """Leftovers round 2: 'As chairman of the board, he said C', 'As the city's mayor, she told …': a post after a
    fronted 'As' and a comma right before the pronoun is the role of the person the pronoun names (not a kin or
    residence word: 'As a mother, she said')."""
    if start < 3 or toks[0].lower != "as" or toks[start - 1].text != "," \
            or any(t.text in ",;:" or t.is_quote for t in toks[1:start - 1]):
        return None
    phrase = toks[2:start - 1] if toks[1].lower in ("a", "an", "the", "its", "his", "her", "their") \
        else toks[1:start - 1]
    if not phrase or not phrase[0].text[:1].islower() and not phrase[0].text.endswith(("’s", "'s")):
        return None
    role = role_phrase(phrase, lex)
    heads = [strip_possessive(w).lower() for w in (role or "").split()]
    if not role or not any(is_role_word(w, lex) for w in heads) \
            or any(w in lex.kin_nouns or w in lex.residence_nouns for w in heads):
        return None
    return role


_AFFILIATION_LINKS = frozenset({"of", "from", "at"})   # roles probes round 5: "X from Westpac", "X at Monash …"


def _person_of_org(toks: list[Token], subject: Subject, lex: Lexicon) -> Subject:
    """'Laila Mansour of Dar el-Nil': a person's name (a known first name, then capitalised words) followed by
    'of ORG' — the organisation is an affiliation, not part of the name."""
    first = subject.start
    if toks[first].text in lex.honorifics or toks[first].text.endswith(".") and is_title_word(toks[first].text, lex):
        first += 1  # "Dr. Pedro Molina of the Barcelona Institute for Global Health"
    of = next((n for n in range(first + 2, subject.end - 1) if toks[n].lower in _AFFILIATION_LINKS), None)
    role = subject.role
    if of is not None and role is None and toks[first].text not in lex.first_names:
        # "Flight director Paul Kessler of the space agency said": a title before the name, then the affiliation
        split = _title_split(toks[first:of], lex)
        if split is not None and of - (first + split) >= 2:
            role, first = _role_text(toks[first:first + split]), first + split
        elif split is None and first == 0 and of >= 3 and toks[0].is_cap and _agent_noun(toks[0].lower, lex) \
                and toks[0].text not in lex.first_names and toks[1].is_cap and toks[of - 1].is_cap:
            # round 41: "Ecologist Marloes de Groot of Wageningen University said": an agent noun opening the
            # sentence is the title before a name no list knows
            role, first = toks[0].text, 1
    if of is None or not all(t.is_cap or t.lower in lex.person_particles and first < n < of - 1
                             for n, t in enumerate(toks[first:of], first)):
        return subject   # (a particle inside the name: "Marloes de Groot")
    titled = subject.role is not None or first >= 1 and first == subject.start and toks[first - 1].text.isalpha() \
        and toks[first - 1].text.islower() and _person_word(toks[first - 1].text, lex)
    if (toks[first].text not in lex.first_names or toks[first].text in lex.ambiguous_names) \
            and not (titled and of - first >= 2):
        # (a title before two or more capitalised words marks them a name: "Economist Pham Quoc Bao of …"; round
        # 40: also a lower-case one before them, "Marine biologist Subhashree Panda of Berhampur University")
        return subject
    # the title before the name is the role; "of ORG" after it is an affiliation, no part of the title
    sub = make_subject(toks, first, of, "name", role=role)
    sub.np_start, sub.via = subject.np_start, subject.via
    if sub.np_start is None and first > subject.start:
        sub.np_start = subject.start   # leftovers round 2: "C, Chief Mary Bird of the X said": the title opens it
    return sub


def _statement_from_read(toks: list[Token], i: int, lex: Lexicon) -> Cue | None:
    """Attribution probes round 5: 'A statement from the Kenya Ports Authority read: “Q”', 'The statement from
    the Department of Education read in part: “Q”': the body (or person) the statement is from speaks."""
    if i < 4 or toks[0].lower not in ("a", "the", "an") or toks[1].lower not in lex.according_to_issued:
        return None
    s = 3 if toks[2].lower in ("from", "by") else 4 if toks[2].lower in ("issued", "released", "signed") \
        and toks[3].lower == "by" else 0   # "A statement issued by the Ghana Education Service read:"
    if not s or i <= s:
        return None
    np = toks[s:i]
    if not np or not np[-1].is_cap and np[-1].lower != "office" or any(t.text in ",;:" or t.is_quote for t in np):
        return None
    kind = classify_np(np, lex)
    if kind not in ("name", "institution"):
        return None
    return Cue(toks[i].lower, i, make_subject(toks, s, i, kind), False)


def _quoted_as_saying(toks: list[Token], i: int, lex: Lexicon) -> Cue | None:
    """'X was quoted (by Reuters) as saying (that) C'."""
    for k in range(i + 1, min(len(toks) - 1, i + 10)):
        if k >= i + 6 and (toks[i + 1].lower != "by" or any(t.text in ",;:" or t.is_quote for t in toks[i + 1:k])):
            break   # probes round 5: "was quoted by the state news agency as saying": a longer agent after "by"
        if toks[k].lower == "as" and toks[k + 1].lower == "saying":
            if k > i + 1 and toks[i + 1].lower != "by":
                # "WAM quoted al-Kaabi as saying": the one quoted is the speaker
                np = toks[i + 1:k]
                kind = classify_np(np, lex)
                if kind in ("name", "role", "pronoun", "representative", "institution"):
                    return Cue("quoted as saying", i, make_subject(toks, i + 1, k, kind), complement=k + 2)
                return None
            subject = _subject_left(toks, i, lex)
            if subject is None:
                return None
            return Cue("quoted as saying", i, subject, complement=k + 2)
    return None


def _who_says(toks: list[Token], i: int, lex: Lexicon) -> Cue | None:
    """'Solberg, who says she became interested …, noted …': the relative clause reports speech too."""
    k = i + 1
    while k < len(toks) and toks[k].lower in lex.auxiliaries:
        k += 1
    if k >= len(toks) or toks[k].lower not in lex.indirect_verbs:
        return None
    end = i - 1
    which = toks[i].lower == "which"   # "according to the Port of X, which says C": a body, after any word
    if which and end >= 3 and toks[end - 1].text == ")":
        end = _before_bracket(toks, end)  # "The Farmers’ Union (FU), which says C": past the acronym
    seg = end - 1
    while seg > 0 and end - seg < 8 and toks[seg].text not in ",;:" and not toks[seg].is_quote:
        seg -= 1
    if not which and seg >= 2 and toks[seg].text == "," and toks[seg + 1].lower in ("his", "her", "their", "a", "an"):
        end = seg  # "the pianist X, his student for 22 years, who said C": the name before the apposition
    if which and seg >= 2 and toks[seg].text == "," and toks[seg + 1].lower == "the" and end - seg >= 4 \
            and toks[end - 1].lower in lex.company_nouns:
        # "Landsvirkjun, the state-owned power company, which has warned that C": the body the description follows
        nend = _before_bracket(toks, seg)   # "the X Commission (XC), the regional regulator, which said C"
        name = _np_left(toks, nend - 1, lex)
        if name is not None and (name == 0 or toks[name - 1].text in ",:;" or toks[name - 1].text.islower()) \
                and classify_np(toks[name:nend], lex) == "name":
            return Cue(toks[k].lower, k, make_subject(toks, name, nend, "body", role=_role_text(toks[seg + 2:end])),
                       complement=k + 1)
    start = _np_left(toks, end - 1, lex)
    if start is None or (start > 0 and toks[start - 1].text not in "," and not which
                         and not (toks[start - 1].lower in ("was", "were") and toks[start].lower == "the")
                         and not _object_before(toks, start, end, lex) and not _agent_person(toks, start, end, lex)):
        return None   # (but "Among the mourners was the pianist X, who said C")
    np = toks[start:end]
    kind = classify_np(np, lex)
    if kind != "name" and not (kind == "institution" and which):
        return None  # "The X Cooperative, which says it represents …": a body's relative clause
    if which and (not (kind == "institution" or _org_like(np, lex) or _opening_body(toks, start, end, lex))
                  or not (np[0].lower == "the" or np[0].is_cap)):
        return None
    split = _title_split(np, lex) if not which else None
    if split is not None:   # "the pianist X": the title is the role
        return Cue(toks[k].lower, k, make_subject(toks, start + split, end, "name", role=_role_text(np[:split])),
                   complement=k + 1)
    return Cue(toks[k].lower, k, make_subject(toks, start, end, "body" if which and kind == "name" else kind),
               complement=k + 1)


def _agent_person(toks: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """'The residents were represented by Senior Counsel X, who argued that C': a person who is the agent of a
    passive verb (a title before the name or a known given name says it is a person)."""
    if start < 2 or toks[start - 1].lower != "by":
        return False
    if not toks[start - 2].text.endswith("ed"):
        # "X was sentenced in Grand Court on Thursday by Justice Y, who said C": a passive verb a few words back
        k = start - 2
        while k > 0 and start - k < 9 and toks[k].text not in ",;:()" and not toks[k].is_quote and not (
                toks[k].lower.endswith("ed") and toks[k - 1].lower in ("was", "were", "been", "is", "are", "being")):
            k -= 1
        if k <= 0 or not toks[k].lower.endswith("ed") or toks[k - 1].lower not in ("was", "were", "been", "is", "are",
                                                                                   "being"):
            return False
    np = toks[start:end]
    return classify_np(np, lex) == "name" and not _org_like(np, lex) and (
        _title_split(np, lex) is not None or np[0].text in lex.first_names)


_NOT_OBJECT_LEAD = _PREPOSITIONS | {"to", "by", "on", "and", "or", "nor", "the", "a", "an", "under", "about", "between"}


def _object_before(toks: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """'… pits X against Y, who said C': a person named as the object of a verb or of 'against' is the one who
    said it (not 'a spokesman for Acme, who said': the name inside another noun phrase)."""
    prev = toks[start - 1]
    return prev.text.isalpha() and prev.text.islower() and prev.lower not in _NOT_OBJECT_LEAD \
        and prev.lower not in lex.speech_verbs and toks[start].is_cap and toks[end - 1].is_cap \
        and not _org_like(toks[start:end], lex)


def _owner_with_acronym(toks: list[Token], name: int) -> int | None:
    """'Green Party (GP) Councillor X': where the capitalised body before '(ACRONYM)' starts, when it opens the
    sentence or follows a comma or colon."""
    if name < 4 or toks[name - 1].text != ")" or toks[name - 3].text != "(" or not toks[name - 2].text.isupper():
        return None
    k = name - 3
    while k > 0 and name - 3 - k < 6 and (toks[k - 1].is_cap or toks[k - 1].lower in ("of", "and")):
        k -= 1
    if k == name - 3 or not toks[k].is_cap or not (k == 0 or toks[k - 1].text in ",:;" or toks[k - 1].is_quote):
        return None
    return k


def _described_acronym(np: list[Token], lex: Lexicon) -> bool:
    """'The opposition XYZ movement': lower-case words around one acronym, ending in a body noun."""
    words = [t.text for t in np]
    return len(words) >= 2 and words[-1] in lex.company_nouns and sum(w.isupper() for w in words) == 1 \
        and all(w.isupper() and len(w) >= 2 or w.isalpha() and w.islower() for w in words[1:]) \
        and words[0].lower() in ("the", words[0]) and not any(w in lex.places for w in words)


def _opening_body(toks: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """'River Watch Cambodia, which says C, …': a name of two or more capitalised words that opens the
    sentence before ', which says' is a body speaking of itself (not a document: 'The Paris Agreement, which …')."""
    words = [t.text for t in toks[start:end] if t.lower != "the"]
    return (start == 0 or start == 1 and toks[0].lower == "the") and len(words) >= 2 \
        and all(w[:1].isupper() or w in lex.name_particles or w == "and" for w in words) \
        and words[-1][:1].isupper() and words[-1].lower() not in lex.document_heads


def _outlet_named(toks: list[Token], k: int, lex: Lexicon) -> Subject | None:
    """Round 42 and leftovers round 2: 'According to O Globo newspaper, C', 'according to the Dagens Tidning daily,
    …', 'the Harbour Times newspaper, whose …': one to five capitalised words (after 'the') and an outlet noun
    (`outlet_nouns`) closing the phrase — the outlet speaks, by name."""
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    e = k
    while e < len(toks) and toks[e].is_cap and e - k < 5:
        e += 1
    if e == k or e + 1 >= len(toks) or toks[e].lower not in lex.outlet_nouns or not toks[e].text.islower() \
            or toks[e + 1].text not in ",.;" or classify_np(toks[k:e], lex) != "name":
        return None
    return make_subject(toks, k, e, "name")


def according_to(toks: list[Token], lex: Lexicon) -> tuple[Subject, int, int] | None:
    """'according to X' → (subject, index of 'according', index after X)."""
    for i in range(len(toks) - 2):
        if toks[i].lower == "according" and toks[i + 1].lower == "to":
            if toks[i + 2].lower in ("him", "her") and (i + 3 == len(toks) or toks[i + 3].text in ",.;"):
                # "According to him, C": the man or woman just quoted
                sub = make_subject(toks, i + 2, i + 3, "pronoun")
                sub.text = "he" if toks[i + 2].lower == "him" else "she"
                return sub, i, i + 3
            place_body = _place_body_at(toks, i + 2, lex)
            if place_body is not None:
                return place_body, i, place_body.end   # round 43: "According to the town of Mount Pleasant, C"
            k = i + 2
            while k < len(toks) and k - i < 6 and (toks[k].lower in DETERMINERS or toks[k].is_cap
                                                    or (toks[k].text.isalpha() and toks[k].text.islower()
                                                        and toks[k].lower not in lex.according_to_documents
                                                        and toks[k].lower not in lex.according_to_issued)):
                k += 1
            doc_end = k + 1
            if k < len(toks) and toks[k].lower in lex.according_to_issued and doc_end < len(toks) and \
                    toks[doc_end].lower in ("on", "last", "from", "in", "issued", "released"):
                # "According to a regulatory filing on Thursday, C"
                e = next((n for n in range(doc_end, min(len(toks), doc_end + 5)) if toks[n].text in ",.;"), None)
                if e is not None:
                    doc_end = e
            if k < len(toks) and toks[k].text.islower() and (doc_end == len(toks) or toks[doc_end].text in ",.;"):
                if toks[k].lower in lex.according_to_documents:
                    return None  # "according to LSEG data": no one speaks
                if toks[k].lower in lex.according_to_issued:
                    # "…, according to a statement": the body the clause is about
                    clause = toks[doc_end + 1:] if i == 0 else toks[:i]
                    subj = subject_at_start(clause, lex)
                    if subj is not None and (subj.kind == "institution" or
                                             (subj.kind == "name" and _org_like(clause[subj.start:subj.end], lex))
                                             or subj.kind == "name" and subj.end == subj.start + 1
                                             and _ACRONYM.fullmatch(clause[subj.start].text)
                                             and clause[subj.start].text not in lex.places):
                        # (round 34: "According to the press release, CSL will take over …": a body's initials)
                        return subj, i, doc_end
                    return None
            if k < len(toks) and toks[k].lower in lex.according_to_documents and doc_end < len(toks) \
                    and (toks[doc_end].lower in ("from", "by", "compiled", "published", "released", "viewed", "seen",
                                                 "obtained", "reviewed")
                         or toks[doc_end].lower in ("and", "of") and toks[k].text.islower()):
                return None  # "according to data from the statistics institute", "… X surveys and …": documents
            if _own_document(toks, i + 2, lex):
                return None   # round 42: "…, according to its most recent annual report": a document, no one speaks
            own = i + 3 if toks[i + 2].lower == "the" else i + 2   # "the utility’s own figures": a lower-case owner
            while own < len(toks) and own - i < 10 and toks[own].is_cap and not toks[own].text.endswith(("’s", "'s")):
                own += 1
            if own + 1 < len(toks) and toks[own].text.endswith(("’s", "'s")) \
                    and (toks[own].is_cap or own == i + 3 and toks[own - 1].lower == "the"):
                d = own + 1
                while d < len(toks) and d - own <= 3 and toks[d].text.isalpha() and toks[d].text.islower() \
                        and toks[d].lower not in lex.according_to_documents and toks[d].lower not in lex.document_heads:
                    d += 1   # "Manx Care’s annual report", "the utility’s own figures"
                if d < len(toks) and (toks[d].lower in lex.according_to_documents or toks[d].lower in lex.document_heads
                                      or d == own + 1 and (toks[d].is_quote or toks[d].text in _OPEN_MARKS)):
                    # "according to the Pollution Control Board's bulletin": a document, no one speaks (round 35:
                    # also an owner's work under its quoted title, "according to the agency’s “Annual Data Report.”")
                    return None
            d = i + 2
            while d < len(toks) and d - i < 5 and toks[d].text.replace("-", "").isalpha() and toks[d].text.islower() \
                    and toks[d].lower not in DETERMINERS:
                d += 1
            if i + 2 < d < len(toks) and (toks[d - 1].lower in lex.company_nouns or toks[d - 1].lower in lex.business_nouns) \
                    and toks[d].is_cap:
                # round 41: "According to regional broadcaster Omroep Gelderland, C": a lower-case descriptor of a
                # body before its name; the body speaks
                e = d
                while e < len(toks) and toks[e].is_cap and e - d < 5:
                    e += 1
                if e < len(toks) and toks[e].text in ",.;" and classify_np(toks[d:e], lex) == "name":
                    return make_subject(toks, d, e, "name"), i, e
            outlet = _outlet_named(toks, i + 2, lex)
            if outlet is not None:
                return outlet, i, outlet.end + 1
            subj = _subject_right(toks, i + 1, lex)
            if subj is not None and subj.kind in ("name", "institution", "role") and any(
                    t.lower == "of" for t in toks[subj.start:subj.end]):
                n = subj.end   # "According to the Ministry of Education, Science, Culture and Sport, C": remits listed
                while n + 2 < len(toks) and toks[n].text == "," and toks[n + 1].is_cap and toks[n + 2].text == ",":
                    n += 2
                last = n + 3
                while last + 1 < len(toks) and toks[last + 1].is_cap and last - n < 5:
                    last += 1   # "… and Ni-Vanuatu Business": the last remit may have more than one word
                if last + 1 < len(toks) and toks[n].text == "," and toks[n + 1].is_cap and toks[n + 2].lower == "and" \
                        and toks[n + 3].is_cap and toks[last + 1].text in ",.;":
                    listed = make_subject(toks, subj.start, last + 1, subj.kind)
                    listed.text = listed.text.replace(" , ", ", ")
                    if subj.kind != "role":
                        subj = listed
                    else:
                        # "According to the Minister of Tourism, Trade, Commerce and Ni-Vanuatu Business, Hon. X, C":
                        # the person named after the title that lists its remits
                        named = _name_after_title(toks, last + 1, lex)
                        if named is not None:
                            role = listed.text[4:] if listed.text.lower().startswith("the ") else listed.text
                            return make_subject(toks, named[0], named[1], "name", role=role), i, named[1]
            m = i + 3
            if toks[i + 2].lower == "the" and m < len(toks) and toks[m].text.islower() \
                    and toks[m].text.endswith(("’s", "'s")):
                m += 1   # "…, according to the village's town officer, Siaosi Latu.": an owned role, then the name
                c = next((n for n in range(m, min(len(toks), m + 4)) if toks[n].text == ","), None)
                if c is not None and c > m and all(t.text.isalpha() and t.text.islower() for t in toks[m:c]) \
                        and is_role_word(toks[c - 1].text, lex):
                    n = c + 1
                    while n < len(toks) and toks[n].is_cap and n - c <= 4:
                        n += 1
                    if n > c + 1 and (n == len(toks) or toks[n].text in ",.;") \
                            and classify_np(toks[c + 1:n], lex) == "name":
                        return make_subject(toks, c + 1, n, "name", role=_role_text(toks[i + 3:c])), i, n
            if subj is not None and subj.kind == "name" and subj.role and i == 0 and subj.end < len(toks) \
                    and toks[subj.end].text == "," and not any(t.text in ",;:" or t.is_quote for t in toks[subj.end + 1:]):
                # "According to X, the blaze started in a kitchen.": what follows the name's comma is the main
                # clause, no apposition (one is closed by a comma: "According to X, a spokeswoman for Y, C")
                bare = _subject_right(toks[:subj.end], i + 1, lex)
                subj = make_subject(toks, subj.start, subj.end, subj.kind, bare.role if bare is not None else None)
            if subj is not None and subj.kind in ("name", "role", "institution", "pronoun", "generic",
                                                  "representative", "body"):
                return subj, i, subj.end
            if subj is None and toks[i + 2].lower in ("its", "their", "the") and k < len(toks) and toks[k].text == "," \
                    and 1 <= k - i - 3 <= 3 and all(t.text.isalpha() and t.text.islower() for t in toks[i + 3:k]):
                n = k + 1   # "…, according to its distributor, Cinemas Lumbre, …": the named role
                while n < len(toks) and toks[n].is_cap and n - k <= 4:
                    n += 1
                if n > k + 1 and (n == len(toks) or toks[n].text in ",.;") and classify_np(toks[k + 1:n], lex) == "name":
                    return make_subject(toks, k + 1, n, "name", role=" ".join(t.text for t in toks[i + 3:k])), i, n
            w = toks[i + 2]
            if subj is None and i + 3 < len(toks) and toks[i + 3].text in ",." and w.text.isalpha() and w.text.islower() \
                    and w.lower not in lex.according_to_documents and (w.lower.endswith(_PEOPLE_ENDINGS) or (
                        w.lower in lex.generic_subjects and w.lower not in _NO_PEOPLE)):
                return make_subject(toks, i + 2, i + 3, "generic"), i, i + 3  # "According to organisers, C"
    return None


def _own_document(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Round 42: 'its most recent annual report', 'their latest filing': an owner's pronoun, up to four lower-case
    words and a document's head that ends the phrase."""
    if k >= len(toks) or toks[k].lower not in ("its", "their", "his", "her"):
        return False
    d = k + 1
    while d < len(toks) and d - k <= 5 and toks[d].text.replace("-", "").isalpha() and toks[d].text.islower():
        d += 1
    head = toks[d - 1].lower if d > k + 1 else ""
    return (head in lex.document_heads or head in lex.according_to_documents) and (d == len(toks) or toks[d].text in ",.;")


def _name_after_title(toks: list[Token], comma: int, lex: Lexicon) -> tuple[int, int] | None:
    """', Hon. Johnson Tari,' after a title (the comma at ``comma``): where the name between the commas starts and
    ends, past an honorific."""
    if comma >= len(toks) or toks[comma].text != ",":
        return None
    a = comma + 1
    while a < len(toks) and (toks[a].text in lex.honorifics or toks[a].text.rstrip(".") + "." in lex.honorifics
                             or toks[a].text == "."):
        a += 1
    b = a
    while b < len(toks) and toks[b].is_cap and b - a < 4:
        b += 1
    if b == a or b >= len(toks) or toks[b].text != "," or classify_np(toks[a:b], lex) != "name":
        return None
    return a, b


_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians")   # "organisers", "investigators", "scientists", "historians"
_NO_PEOPLE = {"reports", "studies", "research", "data", "polls", "surveys"}
