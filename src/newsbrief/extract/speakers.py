"""Who is who: a registry of the people and organisations an article mentions,
and the resolution of a speaker reference (a name, a surname, "he", "the minister",
"the ministry") to one of them.

Rules, in order: a name or surname names the person introduced with it; he/she is
the most recent speaker of that gender (or, when none spoke lately, the most recent
person of that gender); a title-only reference is the person whose role shares its
head word; an institution noun is the most recent organisation of that kind.  A
reference that matches nobody stays unresolved — never a guess.
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass, field
from operator import attrgetter

from .entities import Mention, given_name_gender, is_role_word, leading_honorific
from .lexicon import Lexicon
from .text import strip_possessive

_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}


@dataclass(eq=False, slots=True)   # entities are compared by identity: two people may share a name
class Entity:
    kind: str                    # person | organization | place | unknown
    name: str
    gender: str = "u"
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    first_pos: int = 0
    last_pos: int = 0
    last_spoke: int = -1
    spoke: int = 0
    registry: "Registry | None" = field(default=None, repr=False, compare=False)
    order: int = 0
    titles: set[str] = field(default_factory=set)   # ranks and honorifics met before the name ("corporal", "dr")
    kin: str | None = None       # the relative the text introduced them as ("a son, Joost de Wit" -> "son")
    kin_converse: bool = False   # kin read the other way round ("X and his son Y" -> X is "father")
    mentions: list[int] = field(default_factory=list)   # where the text names them (for "the former", "the latter")

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)
            if self.registry is not None:
                self.registry.index_words(self, alias)


_BARE_TITLES: dict[int, dict[str, bool]] = {}   # role -> is_bare_title(role), per lexicon


def is_bare_title(role: str, lex: Lexicon) -> bool:
    """'Sen.', 'Lt. Gen.', 'Senator': a title with nothing said about the office (looked up once per role)."""
    known = _BARE_TITLES.get(id(lex))
    if known is None:
        known = _BARE_TITLES[id(lex)] = {}
    try:
        return known[role]
    except KeyError:
        if len(known) > 100_000:
            known.clear()
        words = role.split()
        bare = known[role] = len(words) <= 2 and all(w.rstrip(".") in lex.abbreviations or is_role_word(w, lex)
                                                     or w in lex.rank_prefixes and n < len(words) - 1
                                                     for n, w in enumerate(words))
        # (round 41: a capitalised rank prefix before the rank, "Senior Sergeant", `rank_prefixes`)
        return bare


_ORDER = attrgetter("order")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,7}")
_PLAIN_WORDS = re.compile(r"[\w’'-]+")
_CLEAN_NAMES: dict[int, dict[str, str]] = {}


def pos_of(paragraph: int, offset: int) -> int:
    return paragraph * 1_000_000 + offset


class Registry:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.entities: list[Entity] = []
        self._by_name: dict[str, Entity] = {}
        self._by_word: dict[str, list[Entity]] = {}   # each word of a name or alias -> the entities using it
        self.last_subject: Entity | None = None   # the person the latest sentence was about
        self.last_subject_pos = -1
        self.spokes_body: tuple[Entity, int] | None = None   # the body whose unnamed spokesperson spoke last
        self.unnamed_spoke = -1   # where an unnamed person ("A former officer … said") spoke last
        self.unnamed_words: frozenset[str] = frozenset()   # the words that described them ("a senior executive at …")
        self._clean = _CLEAN_NAMES.setdefault(id(lex), {})   # name -> clean_name(name), shared per lexicon

    def set_subject(self, ent: Entity | None, pos: int) -> None:
        if ent is not None and (ent.kind == "person" or ent.kind == "unknown" and self._person_shaped(ent)):
            # ("Lusine Avetisyan watched the debate …": a name no list knows opening a sentence may be the she next)
            self.last_subject, self.last_subject_pos = ent, pos

    def _person_shaped(self, e: Entity) -> bool:
        """Two or three capitalised words that no list knows as a body or a place ('Milena Jovanović')."""
        lex, words = self.lex, e.tokens
        return 2 <= len(words) <= 3 and e.name not in lex.organizations and not any(
            w in lex.org_suffixes or w in lex.org_prefixes or w.isupper() or w.lower() in lex.places
            or w in lex.places for w in words)

    # --- building ---
    def add_mention(self, m: Mention, honorific: str | None = None) -> Entity | None:
        if m.kind == "place":
            return self._get_or_add(m.name, "place", pos_of(m.paragraph, m.start))
        pos = pos_of(m.paragraph, m.start)
        # (round 40: the honorific the name was met with, "Dr Ashdown", tells two people of one surname apart)
        said_as = f"{honorific} {m.name}" if honorific in self.lex.honorifics else m.name
        ent = self.find_name(said_as, kinds=("person", "organization", "unknown"))
        if ent is None:
            if m.kind == "unknown" and len(m.name.split()) == 1:
                return None  # a lone capitalised word that names nobody known
            ent = self._get_or_add(m.name, m.kind, pos)
        else:
            self._upgrade(ent, m.name, m.kind)
        ent.last_pos = max(ent.last_pos, pos)
        ent.mentions.append(pos)
        if m.text != ent.name:
            ent.add_alias(m.text)
        if m.role and (not ent.role or is_bare_title(ent.role, self.lex)) and m.role != ent.role:
            ent.role = m.role if not ent.role or not is_bare_title(m.role, self.lex) else ent.role
            if ent.kind == "unknown":
                ent.kind = "person"
        if m.gender != "u" and ent.gender == "u":
            ent.gender = m.gender
        if ent.kind == "person" and ent.gender == "u":
            ent.gender = self._gender_of(ent)
        return ent

    def alias(self, ent: Entity, alias: str) -> None:
        ent.add_alias(alias)
        self._by_name.setdefault(alias, ent)
        if ent.kind == "unknown":
            ent.kind = "organization"

    def spell_out(self, ent: Entity, name: str) -> None:
        """An acronym met first ('CCIB') gets its full name; the acronym stays an alias."""
        ent.add_alias(ent.name)
        ent.name = name
        self._by_name[name] = ent
        self.index_words(ent, name)
        if ent.kind == "unknown":
            ent.kind = "organization"

    def _get_or_add(self, name: str, kind: str, pos: int) -> Entity:
        ent = self._by_name.get(name)
        if ent is None:
            ent = Entity(kind, name, first_pos=pos, last_pos=pos, registry=self, order=len(self.entities))
            self.entities.append(ent)
            self._by_name[name] = ent
            self.index_words(ent, name)
        return ent

    def index_words(self, ent: Entity, text: str) -> None:
        for w in text.split():
            bucket = self._by_word.setdefault(w, [])
            if ent not in bucket:
                # kept in the order the entities were met, so that a lookup need not sort a bucket
                if bucket and bucket[-1].order > ent.order:
                    insort(bucket, ent, key=_ORDER)
                else:
                    bucket.append(ent)

    def _upgrade(self, ent: Entity, name: str, kind: str) -> None:
        if ent.kind == "unknown" and kind in ("person", "organization"):
            ent.kind = kind
        if name == ent.name:
            return  # the same name: nothing fuller
        words, known = name.split(), ent.tokens
        if len(words) > len(known) and words[-len(known):] == known:
            # "Campbell" first, "Kurt Campbell" later: keep the fuller name
            self._by_name.pop(ent.name, None)
            ent.add_alias(ent.name)
            ent.name = name
            self._by_name[name] = ent
            self.index_words(ent, name)

    def _gender_of(self, ent: Entity) -> str:
        first = ent.tokens[0] if ent.tokens else ""
        g = given_name_gender(first, self.lex) or "u"
        if g == "u" and ent.role:
            for w in ent.role.lower().split():
                g = self.lex.role_word_gender.get(w, g)
        return g

    # --- looking up ---
    def find_name(self, name: str, kinds=("person", "organization", "unknown", "place")) -> Entity | None:
        said, hon = "u", None
        lead = leading_honorific(name, self.lex)
        if lead is not None:
            said = self.lex.honorifics[lead]   # "Mr Ashdown": a man
            hon = lead.rstrip(".").lower()
        name = self.clean_name(name)
        if not name:
            return None
        if hon is not None and " " not in name:
            # round 40: "Dr Ashdown" after "Dr Fiona Ashdown" and "Mr Carl Ashdown": the one met with that honorific
            titled = [e for e in self._by_word.get(name, ()) if e.kind in kinds and e.kind in ("person", "unknown")
                      and e.tokens and e.tokens[-1] == name and hon in e.titles]
            if len(titled) == 1:
                return titled[0]
            if not titled and (held := self._holder_of_post(hon, name)) is not None:
                return held   # round 42: "county councillor Anne Peart" … "Cllr Peart": Anne, not the farmer Alan
        ent = self._by_name.get(name)
        if ent is not None and ent.kind in kinds and (said == "u" or ent.gender in ("u", said)):
            return ent
        toks = name.split()
        firsts = self._by_word.get(toks[0], ())
        lasts = self._by_word.get(toks[-1], ()) if len(toks) > 1 else firsts
        if lasts is firsts or not lasts:
            candidates = firsts   # a bucket holds each entity once, in the order they were met
        elif not firsts:
            candidates = lasts
        else:
            candidates = sorted(set(firsts).union(lasts), key=_ORDER)
        if not candidates:
            return None  # no entity shares a word with this name
        best = short = paternal = middle = None
        for e in candidates:
            if e.kind not in kinds:
                continue
            if name in e.aliases and (said == "u" or e.gender in ("u", said)):
                return e
            et = e.tokens
            if e.kind == "organization" and len(toks) == 1 and len(et) > 1 and et[0] == toks[0] \
                    and toks[0] not in self.lex.org_prefixes and toks[0] not in self.lex.places:
                short = short or e  # "Aurelia" after "Aurelia Hearing A/S", "Sonova" after "Sonova Holding AG"
            if e.kind in ("person", "unknown") and len(toks) < len(et) and et[-len(toks):] == toks \
                    and (said == "u" or e.gender in ("u", said)):
                # surname: of two people sharing it, the one introduced first (round 40: of the gender an honorific
                # says, "Dr Fiona Ashdown" … "Carl Ashdown" … "Mr Ashdown said": Carl)
                best = best or e
            elif e.kind in ("person", "unknown") and len(toks) == 1 and et and et[0] == toks[0] and len(et) > 1:
                best = best or e                                                 # first name
            elif e.kind == "person" and 2 <= len(toks) < len(et) and et[:len(toks)] == toks \
                    and toks[0] in self.lex.first_names and toks[-1] in self.lex.first_names:
                best = best or e   # round 42: "Ana Paula Ribeiro dos Santos" … "Ana Paula, 47, told": a double given name
            elif e.kind in ("person", "unknown") and len(toks) == 1 and len(et) == 3 and et[1] == toks[0] \
                    and "-" in et[2] and et[2].split("-", 1)[1][:1].islower():
                best = best or e   # "Vivian Kwok Sze-man" … "Kwok said": an English name, the surname, the given name
            elif len(toks) > len(et) and toks[-len(et):] == et and e.kind in ("person", "unknown") \
                    and not any(t.endswith(",") for t in toks):   # (round 34: not the remits of a body's name)
                best = e                                                         # fuller name later
            elif e.kind == "person" and len(toks) == 1 and len(et) >= 3 and et[-2] == toks[0] \
                    and toks[0] not in self.lex.first_names and et[0] in self.lex.first_names:
                # "Ramón Antonio Peguero Almánzar" … "Peguero said": the first of two surnames (Spanish and
                # Portuguese names), when no one has it as the last
                paternal = paternal or e
            elif e.kind == "person" and len(toks) == 1 and len(et) == 3 and et[1] == toks[0]:
                middle = middle or e   # "Gen. Ayuel Majok Garang" … "Majok said": a name shortened to its middle word
        return best or short or paternal or middle

    def clean_name(self, name: str) -> str:
        """The name without honorific, 'the', post-nominals or possessive (looked up once per name)."""
        try:
            return self._clean[name]
        except KeyError:
            if len(self._clean) > 100_000:
                self._clean.clear()
            clean = self._clean[name] = self._clean_name(name)
            return clean

    def _clean_name(self, name: str) -> str:
        words = name.split()
        while words and words[0] in self.lex.honorifics:
            words = words[1:]
        while words and words[0].lower() in ("the",):
            words = words[1:]
        while len(words) > 1 and strip_possessive(words[-1]) in self.lex.post_nominals:
            words = words[:-1]
        if words:
            words[-1] = strip_possessive(words[-1])
        return " ".join(words)

    def resolve_name(self, text: str, pos: int, role: str | None, kind: str | None = None) -> Entity | None:
        """A named speaker: an entity already met, or a new person (or organisation)."""
        name = self.clean_name(text)
        if not name:
            return None
        words = name.split()
        if len(words) >= 2 and words[-1] in self.lex.company_nouns and sum(w.isupper() for w in words) == 1 \
                and all(w.isupper() and len(w) >= 2 or w.isalpha() and w.islower() for w in words):
            acr = next(w for w in words if w.isupper())
            if acr not in self.lex.places:
                # "the TASR newswire reported", "The opposition XYZ movement said": the acronym names the body, the
                # lower-case words describe it (not "the UAE embassy", a place's)
                ent = self.resolve_name(acr, pos, role, kind or "organization")
                if ent is not None:
                    ent.add_alias(name)
                return ent
        if len(words) >= 3 and words[0].endswith(("’s", "'s")) and strip_possessive(words[0]) in self.lex.places \
                and self.find_name(" ".join(words[1:]), kinds=("organization",)) is not None:
            # round 34: "Libya’s National Centre for Disease Control said": the body the story named, of that country
            return self.resolve_name(" ".join(words[1:]), pos, role, kind)
        where = name.split(" in ", 1)
        if len(where) == 2 and where[0].split()[-1] in self.lex.org_suffixes and where[1][:1].isupper() \
                and all(w[:1].isupper() for w in where[1].split()):
            # "St. Jude Medical Center in Dayton said": the body speaks; where it is stays an alias
            ent = self.resolve_name(where[0], pos, role, kind or "organization")
            if ent is not None:
                ent.add_alias(name)
            return ent
        ent = self.find_name(name, kinds=("person", "organization", "unknown", "place"))
        if ent is not None and ent.kind == "person" and " " not in name:
            ent = self._namesake_with_post(text, name, ent)
        hon = self.lex.honorifics[lead] if (lead := leading_honorific(text, self.lex)) else None
        if ent is not None and ent.kind == "person" and hon in ("m", "f") and ent.gender not in (hon, "u") \
                and ent.tokens and given_name_gender(ent.tokens[0], self.lex) == ent.gender \
                and ent.tokens[0] not in self.lex.ambiguous_names:
            # attribution probes round 4: "Peter Walsh … Sandra Walsh … Ms Walsh said": of two people sharing the
            # surname, the one whose given name is of the honorific's gender, when they have spoken before or were
            # introduced in the same paragraph ("Jacob Zulu and Thandi Zulu have farmed … . Mrs Zulu said")
            words_n = name.split()
            other = next((e for e in self.entities if e is not ent and e.kind == "person" and e.gender == hon
                          and len(e.tokens) > len(words_n) and e.tokens[-len(words_n):] == words_n
                          and given_name_gender(e.tokens[0], self.lex) == hon
                          and (e.spoke or e.first_pos // 1_000_000 == ent.first_pos // 1_000_000)), None)
            if other is not None:
                ent = other
        if ent is None and _ACRONYM.fullmatch(name):
            # "The Health and Safety Executive said …" ¶ "According to the HSE": the body named before by those
            # initials (its capitalised words)
            spelt = [e for e in self.entities if e.kind == "organization" and e.first_pos <= pos and len(e.tokens) >= 3
                     and "".join(w[0] for w in e.tokens if w[:1].isupper()) == name]
            if len(spelt) == 1:
                ent = spelt[0]
                ent.add_alias(name)
        if ent is None:
            kind = kind or ("organization" if (name in self.lex.organizations
                                               or name.split()[-1] in self.lex.org_suffixes
                                               or " ".join(name.split()[:2]) in self.lex.org_prefixes
                                               or name.split()[-1].islower()
                                               or _ACRONYM.fullmatch(name)) else "person")
            ent = self._get_or_add(self.lex.organizations.get(name, name), kind, pos)
            ent.gender = self._gender_of(ent) if kind == "person" else "u"
        else:
            if ent.kind == "unknown":
                ent.kind = kind or "person"
                ent.gender = self._gender_of(ent) if ent.kind == "person" else "u"
            if name != ent.name:
                ent.add_alias(name)
        if role and (not ent.role or (is_bare_title(ent.role, self.lex) and not is_bare_title(role, self.lex)
                                      and any(w.endswith(".") or w.lower() in self.lex.abbreviations
                                              for w in ent.role.split()))  # 'Sen.', not 'Attorney General'
                     or role.endswith(" and " + ent.role)     # 'CEO' met first, then 'co-founder and CEO'
                     # 'Legislator' met first, then the full title 'Green Party (GP) Legislator'
                     or role.endswith(") " + ent.role) and ent.role[:1].isupper()
                     or _descriptor_added(role, ent.role, self.lex)):
            ent.role = role
            if ent.gender == "u":
                ent.gender = self._gender_of(ent)
        ent.last_pos = max(ent.last_pos, pos)
        return ent

    def _namesake_with_post(self, text: str, name: str, ent: Entity) -> Entity:
        """Round 42: 'Hill farmer Alan Peart' … 'county councillor Anne Peart' … 'said Cllr Peart': an honorific that
        names a post (``title_nouns``: Cllr → councillor) picks, of people sharing the surname, the one holding it."""
        first = leading_honorific(text, self.lex)
        if first is None:
            return ent
        post = self.lex.title_nouns.get(first.rstrip(".").lower())
        if not post or (ent.role and post in ent.role.lower().split()):
            return ent
        return self._holder_of_post(first.rstrip(".").lower(), name) or ent

    def _holder_of_post(self, hon: str, name: str) -> Entity | None:
        """The one person with the surname ``name`` whose role holds the post the honorific ``hon`` names."""
        post = self.lex.title_nouns.get(hon)
        held = [e for e in self._by_word.get(name, ()) if e.kind == "person" and e.tokens and e.tokens[-1] == name
                and e.role and post in e.role.lower().split()] if post else []
        return held[0] if len(held) == 1 else None

    def _person_by_given_name(self, name: str) -> Entity | None:
        """Round 42: 'Wellington dos Santos, 29, …' … '“…,” Wellington said': a place's name that is the given name
        of the one person of the story introduced with it speaks as that person."""
        people = [e for e in self._by_word.get(name, ()) if e.kind == "person" and len(e.tokens) > 1
                  and e.tokens[0] == name]
        return people[0] if len(people) == 1 else None

    def resolve_pronoun(self, pronoun: str, pos: int, paragraph: int) -> Entity | None:
        if pronoun.lower() == "it":
            # "it said": the organisation that spoke or was named most recently, in this or the last paragraph
            orgs = [e for e in self.entities if e.kind == "organization" and e.first_pos < pos
                    and max(e.last_spoke, e.last_pos) >= pos_of(paragraph - 1, 0)]
            spoke = [e for e in orgs if pos_of(paragraph, 0) <= e.last_spoke < pos]
            if spoke:
                # "The ministry said … to the OPEC+ agreement. It said …": the body that spoke in this paragraph,
                # not one named in what it said
                return max(spoke, key=lambda e: e.last_spoke)
            last = max(self.entities, key=lambda e: e.last_spoke, default=None)
            if last is not None and last.kind == "organization" and pos_of(paragraph - 1, 0) <= last.last_spoke < pos \
                    and last.first_pos < pos:
                # round 37: "FIFA said C1 about the SVGFF's affairs." ¶ "It said C2": the body that spoke last, in the
                # paragraph before, with no one quoted since (not a body named in what it said)
                return last
            return max(orgs, key=lambda e: max(e.last_spoke, e.last_pos), default=None)
        if pronoun.lower() in ("the former", "the latter"):
            return self._one_of_two(pronoun.lower() == "the former", pos, paragraph)
        gender = self.lex.pronoun_gender.get(pronoun.lower())
        if gender is None and pronoun.lower().startswith("the ") and " of " in pronoun:
            # round 43: "the father of five": the parent noun's gender
            gender = self.lex.role_word_gender.get(pronoun.split()[1].lower(), "u")
        if gender is None and pronoun.lower().startswith("the "):
            gender = self.lex.demonym_gender.get(pronoun[4:].lower(), "u")  # "the 19-year-old", "the Frenchman"
        if pronoun.lower() == "they":
            # attribution probes round 4: "Police said C1." ¶ "They said C2": a body spoken of in the plural
            # (`plural_bodies`) that spoke last, in this or the last paragraph, with no one quoted since
            last = max(self.entities, key=lambda e: e.last_spoke, default=None)
            if last is not None and last.kind == "organization" and last.name.split()[-1].lower() in \
                    self.lex.plural_bodies and pos_of(paragraph - 1, 0) <= last.last_spoke < pos:
                return last
        if gender is None:
            return None   # "they", "we": never a guess

        def fits(e: Entity) -> bool:
            return e.kind == "person" and e.first_pos < pos and (gender == "u" or e.gender in ("u", gender))

        if gender in ("m", "f") and self.unnamed_spoke >= pos_of(paragraph - 1, 0) and \
                self.unnamed_spoke > self.last_subject_pos and \
                all(e.last_spoke < self.unnamed_spoke for e in self.entities if e.kind == "person"):
            return None   # "he said" after an unnamed speaker, with no one named speaking since: that unnamed one
        ent = self._pronoun_referent(fits, pos, paragraph)
        subj = self.last_subject
        if ent is None and gender in ("m", "f") and subj is not None and subj.kind == "person" \
                and subj.gender not in ("u", gender) and self.last_subject_pos >= pos_of(paragraph - 1, 0) \
                and self._gender_by_name_only(subj):
            # "Lam Sio Fong, 71, … . She says …", with no woman named before: the given-name list guessed wrong
            # (a family name first), and the text has told us
            subj.gender = gender
            return subj
        if ent is None:
            # "Milena Jovanović has grown raspberries … . Now, she says, …": a name of two or three capitalised
            # words that no list knows, named in this or the last paragraph, is the only one she can be
            lex = self.lex

            def person_shaped(e: Entity) -> bool:
                words = e.tokens
                return e.kind == "unknown" and e.first_pos < pos and e.last_pos >= pos_of(paragraph - 1, 0) \
                    and 2 <= len(words) <= 3 and e.name not in lex.organizations and not any(
                        w in lex.org_suffixes or w in lex.org_prefixes or w.isupper() or w.lower() in lex.places
                        or w in lex.places or w in lex.street_words for w in words)   # (round 41: not "Cook Street")
            cands = [e for e in self.entities if person_shaped(e)]
            if len(cands) == 1:
                ent = cands[0]
                ent.kind = "person"
        if ent is not None and ent.gender == "u" and gender in ("m", "f"):
            ent.gender = gender   # "Jo Sinclair … she said": the text has told us
        return ent

    def _one_of_two(self, former: bool, pos: int, paragraph: int) -> Entity | None:
        """'the former' / 'the latter': of the last two people named before (in this or the last paragraph), the
        one named first / second."""
        last = []
        for e in self.entities:
            before = [p for p in e.mentions if p < pos]
            if e.kind == "person" and before and before[-1] >= pos_of(paragraph - 1, 0):
                last.append((before[-1], e))
        if len(last) < 2:
            return None
        (_, first), (_, second) = sorted(last, key=lambda x: x[0])[-2:]
        return first if former else second

    def _gender_by_name_only(self, e: Entity) -> bool:
        """The gender was only the given-name list's guess: no honorific, no gendered role word told it."""
        lex = self.lex
        return bool(e.tokens) and given_name_gender(e.tokens[0], lex) == e.gender \
            and not any(lex.honorifics.get(t.capitalize(), "u") != "u" for t in e.titles) \
            and not (e.role and any(w in lex.role_word_gender for w in e.role.lower().split()))

    def _pronoun_referent(self, fits, pos: int, paragraph: int) -> Entity | None:
        subj = self.last_subject
        if subj is not None and self.last_subject_pos >= pos_of(paragraph - 1, 0) and subj.kind == "unknown":
            subj.kind = "person"   # "Lusine Avetisyan watched … . A structural engineer …, she said": the one she can be
            if not fits(subj):
                subj.kind = "unknown"
        if subj is not None and fits(subj) and self.last_subject_pos >= pos_of(paragraph - 1, 0):
            return subj  # "Gaikwad rejected the charge. He said …"
        speakers = [e for e in self.entities if fits(e) and e.last_spoke >= 0]
        recent_speaker = max(speakers, key=lambda e: e.last_spoke, default=None)
        if recent_speaker is not None and recent_speaker.last_spoke >= pos_of(paragraph - 1, 0):
            return recent_speaker
        people = [e for e in self.entities if fits(e) and e.last_pos < pos]
        recent_person = max(people, key=lambda e: e.last_pos, default=None)
        if recent_person is not None and recent_person.last_pos >= pos_of(paragraph - 1, 0):
            return recent_person
        return recent_speaker or recent_person

    def resolve_role(self, text: str, pos: int, skip=None) -> Entity | None:
        """'the Deputy US Secretary of State' → the person whose role it is (never one whose role ``skip``
        rejects)."""
        words = [strip_possessive(w).lower() for w in text.split() if w.lower() not in ("the", "a", "an")]
        heads = {w for w in words if is_role_word(w, self.lex)}
        if not heads:
            return None
        best, best_score = None, 0.0
        nouns = self.lex.title_nouns
        plain = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
        owned_mod = len(plain) >= 2 and plain[-2].endswith(("’s", "'s", "s’", "s'"))   # (an owner, no modifier)
        for e in self.entities:
            if e.kind not in ("person", "organization") or not e.role or e.first_pos > pos \
                    or skip is not None and skip(e.role):
                continue
            # (initials in brackets are a word of the role: "Member of Parliament (MP)" … "the MP said", round 39)
            role_words = {strip_possessive(w.strip("()")).lower() for w in e.role.split()}
            role_low = " " + " ".join(strip_possessive(w).lower() for w in e.role.split()) + " "
            for title, noun in nouns.items():   # "Justice X" … "the judge"; "chief executive" … "the CEO"
                if (title in role_words if " " not in title else " " + title + " " in role_low):
                    role_words |= set(noun.split())
            if heads & _SPOKES:
                role_words |= _SPOKES if role_words & _SPOKES else set()
            if e.titles and not heads <= role_words:
                # "prison officer Corporal X" … "the corporal said", "Pathologist Dr X" … "the doctor agreed": a
                # rank or honorific the name was met with names the post too
                role_words = role_words | e.titles | {n for t in e.titles for n in nouns.get(t, "").split()}
            if not heads <= role_words:
                # "Sen. Jane Dolan, the chairwoman of …" then "the senator said": the abbreviated title she was
                # named with begins the head word
                titles = {a.split()[0].rstrip(".").lower() for a in e.aliases if a.split()[0].endswith(".")}
                if not titles or not all(any(len(t) > 1 and h.startswith(t) for t in titles) for h in heads):
                    continue
                role_words = role_words | heads
            if owned_mod is False and _other_modifier(words, [strip_possessive(w).lower() for w in e.role.split()],
                                                      e.role.split(), self.lex):
                continue   # "the paper's first author" is not "the study's senior author"
            score = len(set(words) & role_words) / max(len(set(words)), 1)
            if score > best_score or (score == best_score and best is not None and e.last_pos > best.last_pos):
                best, best_score = e, score
        if best is None and heads <= self.lex.leader_words:
            best = self._leader_of(text, pos)
        if best is not None:
            best.add_alias(text)
            fuller = " ".join(w for w in text.split() if w.lower() not in ("the",))
            if best.role and len(fuller) > len(best.role) and best.role.lower() in fuller.lower() \
                    and not set(best.tokens) & set(fuller.split()):
                # "envoy" → "United Nations’ special envoy for Sudan" (never a title read with the name after it:
                # "Minister of Justice Goran Ilic")
                best.role = fuller
        return best

    def _leader_of(self, text: str, pos: int) -> Entity | None:
        """'the IRCCA head', 'the agency's chief' → the one person whose title names that body (its capitalised
        words) with a post that leads it ('IRCCA president')."""
        body = {strip_possessive(w) for w in text.split()[:-1] if w[:1].isupper() and w.lower() not in ("the", "a", "an")}
        if not body:
            return None
        found = [e for e in self.entities if e.kind == "person" and e.role and e.first_pos <= pos
                 and body <= {strip_possessive(w) for w in e.role.split()}
                 and not self.lex.top_posts.isdisjoint(w.lower() for w in e.role.split())]
        return found[0] if len(found) == 1 else None

    def resolve_title_acronym(self, acr: str, pos: int) -> Entity | None:
        """'the DC' → the person whose capitalised title ends in words with those initials ('Sunamganj Deputy
        Commissioner'); the run must end in a role word, so 'the FDA' never means a person 'of the Food and Drug
        Administration'. The latest such person wins."""
        best = None
        for e in self.entities:
            if e.kind != "person" or not e.role or e.first_pos > pos:
                continue
            caps = [w for w in _PLAIN_WORDS.findall(e.role) if w[:1].isupper()]
            n = len(acr)
            for k in range(len(caps) - n + 1):
                run = caps[k:k + n]
                if "".join(w[0] for w in run) == acr and (is_role_word(run[-1], self.lex) or any(
                        is_role_word(w, self.lex) for w in run[:2])):
                    # (round 43: or the post opens the run, "Joint Director of Health Services" … "the JDHS said")
                    if best is None or e.last_pos > best.last_pos:
                        best = e
                    break
        if best is not None:
            best.add_alias(f"the {acr}")
        return best

    def resolve_institution(self, text: str, pos: int) -> Entity | None:
        # "the Chicago-based company": a place-based modifier says nothing about which body it is
        words = [w for w in text.split() if w.lower() != "the" and not ("-" in w and w.rsplit("-", 1)[1].islower()
                                                                       and w[:1].isupper())]
        if not words:
            return None
        head = strip_possessive(words[-1]).lower()
        # (a bare "company" registered for this very phrase, that never spoke, is no body named before)
        orgs = [e for e in self.entities if e.kind == "organization" and e.first_pos <= pos
                and not (e.name == head and e.spoke == 0)]
        match = [e for e in orgs if head in e.name.lower().split()]
        if len(match) > 1 and any(e.last_spoke >= 0 for e in match):
            # round 34: "Libya's National Centre for Disease Control said C" … "Sebha Medical Centre" … "…, the
            # centre said": of the bodies named with the noun, one the story has quoted
            match = [e for e in match if e.last_spoke >= 0]
        if not match and len(words) == 1 and head in self.lex.company_nouns:
            # "the disability charity Coast Access …" ¶ "The charity said": the body the story described so
            match = [e for e in orgs if e.role and e.role.split()[-1].lower() == head]
        if not match and head in self.lex.business_nouns and len(words) == 1:
            # "the chipmaker said": the company the story is about, never a news agency or ministry
            match = [e for e in orgs if self.lex.org_kinds.get(e.name, "company") == "company"
                     and self.lex.public_body_words.isdisjoint(e.name.split())]   # (not "the Ministry of …")
            if any(e.last_spoke >= 0 for e in match):
                match = [e for e in match if e.last_spoke >= 0]  # the company the story quotes, not one merely mentioned
            elif len(match) != 1:
                # "Managing Director of Tasek Farms X said …" ¶ "The company said": the company (or a name of no
                # known kind) whose name the title of the person who spoke last holds
                last = max((e for e in self.entities if e.kind == "person" and e.role and e.first_pos < pos
                            and (e.last_spoke >= 0 or e.spoke > 0)), key=lambda e: max(e.last_spoke, e.last_pos),
                           default=None)
                held = [e for e in self.entities if last is not None and e.first_pos <= pos
                        and (e in match or e.kind == "unknown" or e.kind == "person" and len(e.tokens) == 1
                             and e.name not in self.lex.first_names and e is not last)
                        and e.name[:1].isupper()
                        and re.search(r"(?<!\w)" + re.escape(" ".join(e.name.split()[:2])) + r"(?!\w)", last.role)]
                if len(held) == 1:
                    match = held
                    held[0].kind = "organization"
            if not match:
                # "Keyfold, the Lisbon-based password manager …, has confirmed": a one-word name that is no given
                # name, typed a person by its apposition's role word, which has spoken already
                match = [e for e in self.entities if e.kind == "person" and len(e.tokens) == 1 and e.last_spoke >= 0
                         and e.first_pos <= pos and e.name not in self.lex.first_names and not e.aliases]
        elif not match and len(words) == 1 and head in self.lex.kind_nouns:
            kind = self.lex.kind_nouns[head]  # "the party said": the party named before
            match = [e for e in orgs if self.lex.org_kinds.get(e.name) == kind]
        elif not match and len(words) == 1 and head in self.lex.noun_name_words:
            marks = self.lex.noun_name_words[head]  # "the union said": the union named before by its members' trade
            match = [e for e in orgs if not marks.isdisjoint(e.name.split())]
        elif not match and len(words) == 1 and head in self.lex.official_body_nouns:
            # round 34: "The CTA board approved …" ¶ "The agency said C": with no body named with the noun, the public
            # body (a Ministry, Authority …) that spoke or was named last, in this paragraph or the one before
            para = pos // 1_000_000
            match = [e for e in orgs if e.first_pos < pos and max(e.last_spoke, e.last_pos) >= pos_of(para - 1, 0)
                     and (not self.lex.public_body_words.isdisjoint(e.name.split())
                          # round 38: "Peru's environmental regulator, OEFA," … "the agency said"
                          or e.role and e.role.split()[-1].lower() in self.lex.public_body_roles)]
            match = [max(match, key=lambda e: max(e.last_spoke, e.last_pos))] if match else []
        elif not match and len(words) == 1 and head in self.lex.any_org_nouns:
            match = [e for e in orgs if e.last_spoke >= 0] or orgs   # "the organisation said"
        if match:
            ent = max(match, key=lambda e: max(e.last_pos, e.last_spoke))
            ent.add_alias(text)
            return ent
        place = self.lex.places.get(strip_possessive(" ".join(words)))
        if place and len(words) == 1 and (named := self._person_by_given_name(words[0])) is not None:
            return named   # round 42: "Wellington dos Santos, 29, …" … "“…,” Wellington said": the person
        if place:
            return self._as_speaker(place, "organization", pos)
        nouns = [w for w in words if w.islower() and w in self.lex.company_nouns]
        if len(words) >= 2 and words[0][:1].isupper() and nouns:
            # "the Amsterdam municipality", "the UAE embassy in New Delhi"
            return self._as_speaker(" ".join(words), "organization", pos)
        if text.lower() in self.lex.self_naming_speakers:
            return self._as_speaker(" ".join(words), "organization", pos)
        if len(words) == 2 and text.startswith("The ") and words[0].isalpha() and words[0].islower() \
                and words[1].islower() and "the " + words[1] in self.lex.self_naming_speakers:
            # "The interior ministry said", opening its sentence with no ministry named before: the body, by the
            # modifier that tells which (not "Officials at the provincial ministry said": people of a body)
            return self._as_speaker(" ".join(words), "organization", pos)
        own = text.split()
        if len(own) >= 5 and own[0].lower() == "the" and own[1].isalpha() and own[1].islower() \
                and "the " + own[2] in self.lex.self_naming_speakers and own[3] == "of" \
                and all(w.islower() for w in own[4:]) and own[-1] in self.lex.company_nouns:
            # round 34: "the health ministry of the eastern-based government said": a body no name was given, which
            # the text tells apart by its remit and its government (its own words name it)
            return self._as_speaker(" ".join(own[1:]), "organization", pos)
        if len(own) == 2 and own[0][:1].isupper() and own[0][1:].islower() and own[0].isalpha() \
                and own[1] in self.lex.places and own[0] not in self.lex.places \
                and own[0] not in self.lex.place_adjectives and own[0] not in self.lex.first_names:
            # round 37: "Environment Canada said", "Sport England says": a capitalised common word before a country
            # names a public body (its remit and its state), which speaks under that name
            return self._as_speaker(" ".join(own), "organization", pos)
        return None

    def _as_speaker(self, name: str, kind: str, pos: int) -> Entity:
        ent = self._by_name.get(name)
        if ent is None:
            ent = self._get_or_add(name, kind, pos)
        return ent


def _descriptor_added(role: str, held: str, lex) -> bool:
    """Roles probes round 5: 'Retired teacher' met after 'teacher', 'Former Chief Justice' after 'Chief Justice': the
    same post with descriptors before it (`descriptors` in person_nouns.yaml: retired, former, veteran …; or a
    compound adjective, 'Nairobi-based lawyer')."""
    words, low = role.split(), held.lower()
    n = len(words) - len(held.split())
    return 1 <= n <= 2 and " ".join(words[n:]).lower() == low \
        and all(w.lower() in lex.person_descriptors or "-" in w.strip("-") for w in words[:n])


def _other_modifier(words: list[str], role_low: list[str], role_words: list[str], lex) -> bool:
    """'first author' against 'senior author': both put a different modifier (a rank or a descriptor, in lower
    case) right before the same head."""
    if len(words) < 2 or not words[-1] in role_low:
        return False
    h = len(role_low) - 1 - role_low[::-1].index(words[-1])
    mine, theirs = words[-2], role_low[h - 1] if h >= 1 else None
    ranks = lex.rank_words | lex.person_descriptors | lex.role_modifiers
    return theirs is not None and mine != theirs and role_words[h - 1].islower() and mine in ranks and theirs in ranks
