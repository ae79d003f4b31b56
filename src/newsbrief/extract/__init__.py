"""Stage 2 — extract: Article → briefing (a plain dict, the contract stored as YAML).

Pure functions over the article's paragraphs, driven by the word lists in
``newsbrief/data/<lang>/``:

    text.py         quotation marks, sentences, tokens
    entities.py     people, organisations, places; acronym and appositive definitions
    attribution.py  speech verbs and their speakers
    quotes.py       real quotations vs scare quotes; reported clauses
    speakers.py     resolving names, surnames, he/she, titles and institutions
    topics.py       the taxonomy and its matches
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .. import __version__
from ..load import Article, slugify
from .attribution import (according_to, classify_np, described_noun, find_cues, make_subject, named_apposition, org_of_representative,
                          nesting_at_most, owner_role_then_name, plural_people, role_complement, role_phrase,
                          subject_after_with, subject_at_start)
from .entities import UNREAD, Mention, acronym_definitions, appositive_definitions, find_mentions, is_role_word, is_title_word, leading_honorific, person_noun
from .lexicon import Lexicon, load_lexicon
from .quotes import is_quotation, reported_clauses
from .roles import _former, _person_description, describe_roleless
from .roles import honorific_start as _honorific_start
from .speakers import Entity, Registry, is_bare_title, pos_of
from .text import (CLOSE_PH, OPEN_PH, QuoteSpan, dateline_end, find_quote_spans, mask,
                   primary_marks, split_sentences, strip_possessive, tokenize)
from .topics import Taxonomy, match_topics, quote_topics

EXTRACTOR_VERSION = "1"


@lru_cache(maxsize=1)
def extractor_fingerprint(lang: str = "en") -> str:
    """Changes whenever the extractor's code version or any of its data files change."""
    h = hashlib.sha256(f"{__version__}:{EXTRACTOR_VERSION}".encode())
    package = resources.files("newsbrief")
    # the rules are code and data: a change to either means every briefing is re-extracted
    for folder, suffix in ((package / "extract", ".py"), (package / "data" / lang, "")):
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if entry.is_file() and entry.name.endswith(suffix):
                h.update(entry.name.encode())
                h.update(entry.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


_DEFAULT_TAXONOMIES: dict[int, Taxonomy] = {}


def default_taxonomy(lex: Lexicon) -> Taxonomy:
    """The built-in topics alone (compiled once per lexicon)."""
    tax = _DEFAULT_TAXONOMIES.get(id(lex))
    if tax is None:
        tax = _DEFAULT_TAXONOMIES[id(lex)] = Taxonomy(None, lex.default_topics)
    return tax


@dataclass(slots=True)
class _Quote:
    kind: str
    paragraph: int
    start: int
    text: str
    speaker: Entity | None
    cue: str | None = None
    more: list[str] | None = None
    attributed: bool = False   # a cue in its own sentence names the speaker
    pending_role: str | None = None  # "the health secretary said": a role not yet matched to a name
    pending_body: str | None = None  # "the city corporation said" before "Sylhet City Corporation" is named
    pending_one: str | None = None   # "a senior official has said" before "X, the director of …, said" is named
    pending_pronoun: str | None = None  # "“Q,” she warned." before the one she is, "Dr X leads the study.", is named
    pending_kin: str | None = None   # "the young wrestler's father told …" before "X, whose son …," is named


def extract(article: Article, taxonomy: Taxonomy | None = None, lex: Lexicon | None = None) -> dict:
    """Extract a briefing from an article."""
    lex = lex or load_lexicon()
    if taxonomy is None:
        taxonomy = default_taxonomy(lex)
    paragraphs = article.paragraphs
    origin = None   # the article's paragraph of each paragraph read, when bullet lists were split
    if any(p[:2] in _BULLETS for p in paragraphs):
        paragraphs, origin = _split_bullets(paragraphs)
    registry = Registry(lex)
    spans = find_quote_spans(paragraphs)
    nicknames: dict[int, list[QuoteSpan]] = {}   # 'Robert “Bobby” Tanaka': a nickname inside a name
    for s in spans:
        if _is_nickname(s, paragraphs[s.paragraph]):
            nicknames.setdefault(s.paragraph, []).append(s)
    quotes = _find_quotes(paragraphs, spans, nicknames, registry, lex)
    if article.headline_in_body:
        quotes = _headline_quotes(article.title, paragraphs, registry, lex) + quotes

    definitions = {}
    for p in paragraphs:
        definitions.update({k: v for k, v in acronym_definitions(p).items() if k not in definitions})
        definitions.update({k: v for k, v in appositive_definitions(p).items() if k not in definitions})
    para_counts = [taxonomy.counts(p) for p in paragraphs]
    topics = match_topics(para_counts, taxonomy, article.topics, definitions)

    # a role in the text's words when no rule found one, from any mention of the speaker (roles.py)
    describe_roleless([q.speaker for q in quotes],
                      [_without_nicknames(p, nicknames.get(i, ())) for i, p in enumerate(paragraphs)],
                      article.title, registry, lex)
    speakers = _speakers(quotes, lex)
    ids = {id(e): s["id"] for e, s in speakers}
    quote_dicts = []
    for q in quotes:
        d = {
            "kind": q.kind,
            "speaker": ids.get(id(q.speaker)) if q.speaker is not None else None,
            "text": q.text,
            "paragraph": (origin[q.paragraph] if origin and q.paragraph >= 0 else q.paragraph) + 1,   # 0 is the headline
            "topics": quote_topics(" ".join([q.text] + (q.more or [])),
                                   para_counts[q.paragraph] if q.paragraph >= 0 else {}, topics, taxonomy)
            if q.paragraph < 0 or para_counts[q.paragraph] or q.more else [],
        }
        if q.cue:
            d["cue"] = q.cue
        if q.more:
            d["continued"] = q.more
        quote_dicts.append(d)

    return {
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "url": article.url,
        "summary": article.summary or _summary(paragraphs),
        "speakers": [s for _, s in speakers],
        "quotes": quote_dicts,
        "topics": topics,
        "entities": _entities(registry, definitions),
    }


_BULLETS = ("- ", "• ", "* ")
_BULLET_ITEM = re.compile(r"(?<=[.!?:”\"’])\s+[-•*]\s+(?=\S)")


def _split_bullets(paragraphs: list[str]) -> tuple[list[str], list[int]]:
    """'- “Q,” X said. - She said C.': a plain-text bullet list (its lines joined into one paragraph) is one
    paragraph per item, without the marks; also the article paragraph each comes from."""
    out, origin = [], []
    for n, p in enumerate(paragraphs):
        items = _BULLET_ITEM.split(p[2:].strip()) if p[:2] in _BULLETS else [p]
        for item in items if all(items) else [p]:
            out.append(item)
            origin.append(n)
    return out, origin


def _find_quotes(paragraphs: list[str], spans: list[QuoteSpan], nicknames: dict[int, list[QuoteSpan]],
                 registry: Registry, lex: Lexicon) -> list[_Quote]:
    by_para: dict[int, list[QuoteSpan]] = {}
    nicks = {id(n) for ns in nicknames.values() for n in ns}   # (the spans themselves: a list was searched per span)
    for s in spans:
        if id(s) not in nicks and is_quotation(s, paragraphs[s.paragraph], lex):
            by_para.setdefault(s.paragraph, []).append(s)

    out: list[_Quote] = []
    last_speaker: tuple[Entity, int] | None = None   # (speaker, paragraph)
    last_direct: Entity | None = None   # the last person quoted in their own words
    unattributed: list[_Quote] = []   # quote-only paragraph with no speaker yet: the next paragraph may name one
    open_quote: _Quote | None = None
    interviewee: Entity | None = None   # in a Q&A: the person quoted before the first interviewer question
    introduced: tuple[int, Entity] | None = None   # "…, she wrote:" closing a paragraph with no quotation
    for pi, para in enumerate(paragraphs):
        if para[:3] in ("by ", "By ", "BY ") and (_BYLINE.match(para) or len(para) < 120 and _BYLINE_DATED.match(para)) \
                or pi < 4 and _BYLINE_IN.match(para) or \
                pi < 2 and len(para) < 80 and _BYLINE_NAME.match(para) or para[-1:] == ")" and _is_caption(para, lex):
            continue  # "by Hendra Wibisono", "Marko Ilić in Brezovac": the writer, never a speaker or a he/she
        para_spans = by_para.get(pi, [])
        after_question = pi > 0 and paragraphs[pi - 1].endswith("?") and _is_question_paragraph(paragraphs[pi - 1])
        if after_question:
            # "Why did you join?" ¶ …: the interviewer asks, the interviewee answers (and is "he"/"she")
            if interviewee is None and last_direct is not None:
                interviewee = last_direct  # (not a source cited in between: "…, according to its distributor, X")
            elif interviewee is None and last_speaker is not None and last_speaker[0].kind == "person":
                interviewee = last_speaker[0]
            registry.set_subject(interviewee, pos_of(pi, 0))
        frame = mask(para, para_spans)
        names_para = para   # the paragraph as names are read in it
        if pi in nicknames:
            # 'Robert “Bobby” Tanaka': a nickname inside a name is read as if it were not there (blanked in lists of
            # characters: a copy of the paragraph per nickname was quadratic in a long one — fuzzing)
            frame_chars, name_chars = list(frame), list(names_para)
            for nick in nicknames[pi]:
                frame_chars[nick.start:nick.end] = name_chars[nick.start:nick.end] = " " * (nick.end - nick.start)
            frame, names_para = "".join(frame_chars), "".join(name_chars)
        if "’" in para:
            # "’Mamello Khoali", "’Malineo Tau": an apostrophe opening a (Sesotho) given name is read as a space
            for a in _NAME_APOSTROPHE.finditer(para):
                if frame[a.start()] == "’":   # (not inside a quotation, which the frame masks)
                    frame = frame[:a.start()] + " " + frame[a.start() + 1:]
                names_para = names_para[:a.start()] + " " + names_para[a.start() + 1:]
        cut = story_start = dateline_end(frame, lex.places if pi <= 3 else None)
        if cut:
            frame = " " * cut + frame[cut:]
        span_at = {s.start: s for s in para_spans}
        quote_ends = {s.end: s.text[-1:] if s.closed else "" for s in para_spans}
        mentions = find_mentions(pi, names_para, lex)
        m_index = 0
        direct: dict[int, _Quote] = {}   # span start -> quote
        cue_speakers: list[tuple[int, Entity]] = []  # (offset, speaker) of cues in this paragraph
        para_quotes: list[_Quote] = []

        waiting = [q for q in unattributed if q.paragraph == pi - 1]
        unattributed = []
        for s_index, (s_start, s_end) in enumerate(split_sentences(frame, lex.abbreviations, quote_ends)):
            sentence = frame[s_start:s_end]
            has_quote = OPEN_PH in sentence
            words = _lower_words(sentence)
            if not has_quote and lex.cue_words.isdisjoint(words):
                opener = None
                opening = _opening(frame, s_start, lex)
                pronoun = _PRONOUN_OPENER.match(frame, opening)    # "She describes …"
                while m_index < len(mentions) and mentions[m_index].start < s_end:
                    ent = _add(registry, mentions[m_index], names_para)
                    if opener is None and ent is not None and _possessor_of_next(para, mentions, m_index):
                        ent = None   # "Vale's sister, Ana Vale, sat …": the sentence is about Ana, not Vale
                    if opener is None and ent is not None and not pronoun and (ent.kind == "person" or (
                            ent.kind == "unknown" and mentions[m_index].start == opening
                            and _unknown_opener(frame, mentions, m_index, s_end, ent, registry))) and \
                            mentions[m_index].start <= max(opening, s_start + 60):
                        opener = ent  # "The Queensland premier, Natalie Corrigan, has just finished …"
                    m_index += 1
                if opener is None and pronoun:
                    opener = registry.resolve_pronoun(pronoun.group(1), pos_of(pi, s_start), pi)
                registry.set_subject(opener, pos_of(pi, s_start))
                if waiting and s_index == 0 and opener is not None and opener.kind == "person" and \
                        not pronoun and not _SIGN_OFF.match(para):
                    _credit(waiting, opener, pi)  # "“…”" ¶ "Marjorie Kettle delivers this line …"
                waiting = []
                continue  # no quotation and no speech verb: nothing is attributed here
            toks = tokenize(sentence, s_start, lex.abbreviations)
            # the registry knows everything mentioned before this sentence
            cues = find_cues(toks, lex)
            if len(cues) >= 2:
                cues = _trailing_cue_wins(cues, toks)
            acc = according_to(toks, lex) if "according" in words else None
            resolved = []
            for cue in cues:
                # mentions up to and including the speaker's own name
                subj_end = toks[cue.subject.end - 1].end if cue.subject.end - 1 < len(toks) else s_end
                while m_index < len(mentions) and mentions[m_index].start < s_start:
                    _add(registry, mentions[m_index], names_para)
                    m_index += 1
                for m in mentions[m_index:]:   # (in order of their start)
                    if m.start >= subj_end:
                        break
                    if cue.subject.char_start <= m.start:
                        _add(registry, m, names_para)
                if _press_question(cue, lex):
                    resolved.append((cue, None))   # probes round 5: "Journalists asked Minister X why C": no speaker
                    continue
                speaker = None
                if cue.subject.kind == "pronoun" and cue.subject.char_start > s_start:
                    speaker = _named_earlier(cue.subject.text, mentions, s_start, cue.subject.char_start, registry,
                                             frame, names_para)
                if speaker is None:
                    speaker = _resolve(cue.subject, registry, pos_of(pi, cue.subject.char_start), pi,
                                       body_hint=not cue.inverted and cue.verb_index + 1 < len(toks)
                                       and toks[cue.verb_index + 1].lower == "it")
                bare = speaker is not None and speaker.spoke == 0 and speaker.name == cue.subject.text[4:] \
                    and speaker.name in lex.business_nouns   # "the company" met as no more than itself
                if (speaker is None or bare) and cue.subject.kind == "institution" and cue.subject.text.startswith("the ") \
                        and cue.subject.char_start > s_start:
                    # "Muscat-based carrier Jabal Air will ground six jets, the airline said": with no body named
                    # before that answers, the one the reported clause names
                    for m in mentions[m_index:]:
                        if m.start >= cue.subject.char_start:
                            break
                        if m.start >= s_start and m.kind in ("organization", "unknown"):
                            _add(registry, m, names_para)
                    speaker = _resolve(cue.subject, registry, pos_of(pi, cue.subject.char_start), pi) or speaker
                if speaker is not None and speaker.kind == "person" and not speaker.role and \
                        cue.subject.kind == "pronoun" and cue.subject.text.endswith("-year-old"):
                    # "says the 64-year-old, who has been coxswain of the lifeboat": the epithet's post
                    speaker.role = _apposition_role(para, toks[cue.subject.end - 1].end, lex)
                elif speaker is not None and speaker.kind == "person" and not speaker.role and \
                        cue.subject.kind == "pronoun" and cue.subject.end - cue.subject.start == 3 and \
                        cue.subject.text.split()[1].endswith("-year-old") and is_role_word(toks[cue.subject.end - 1].text, lex):
                    speaker.role = toks[cue.subject.end - 1].text  # "the 41-year-old director says": the epithet's post
                if speaker is None and cue.subject.kind == "institution" and cue.subject.end - cue.subject.start == 2 \
                        and toks[cue.subject.start].lower == "the" \
                        and strip_possessive(toks[cue.subject.end - 1].lower) in lex.venue_nouns:
                    continue   # bodies round 2: "the museum said" with no museum named before is read as before: no cue
                resolved.append((cue, speaker))
                if speaker is not None and speaker.kind == "person":
                    registry.set_subject(speaker, pos_of(pi, cue.subject.char_start))  # "…, though he added"
            if waiting and s_index == 0:
                # "“…?”" ¶ "The question hangs … before Dale Ostrander, 84, answers it himself: “…”"
                named = [sp for c, sp in resolved if sp is not None and sp.kind == "person" and c.subject.kind == "name"]
                if len(named) == 1:
                    _credit(waiting, named[0], pi)
            waiting = []
            if not has_quote and s_end >= len(frame.rstrip()) and toks and toks[-1].text == ":":
                # "In a note titled “After the Exit”, she wrote:" ¶ "“…”": the cue introduces the next paragraph
                intro = [sp for c, sp in resolved if sp is not None and c.verb_index >= len(toks) - 5]
                if intro:
                    introduced = (pi, intro[-1])
            # direct quotes in this sentence: the nearest cue
            q_toks = [k for k, t in enumerate(toks) if t.is_quote] if has_quote else []
            for k in q_toks:
                span = span_at.get(toks[k].start)
                if span is None:
                    continue
                best = None
                for cue, speaker in resolved:
                    if cue.verb not in lex.speech_verbs and " " not in cue.verb and cue.verb not in lex.document_verbs:
                        continue
                    dist = abs(cue.verb_index - k)
                    if best is None or dist < best[0]:
                        best = (dist, cue, speaker)
                if best is not None and _press_question(best[1], lex) or _press_asks_after(para, span.end, lex):
                    continue   # '“Were you tempted?” one reporter asked.': the press's question, no one's quote
                q = _Quote("direct", pi, span.start, span.text, None)
                if best is not None and _ends_reported_clause(toks, k, q_toks, best[1], span, lex):
                    # "The ministry’s new price … is “simply below our cost,” said X": a partial quote that ends a
                    # reported clause before the cue makes the whole clause X's report
                    inner = para.rfind(span.text, span.start, span.end)
                    end = inner + len(span.text.rstrip(",.;:!? "))
                    at = max(s_start, story_start)
                    q = _Quote("indirect", pi, at, _clean_clause(para[at:end]), None)
                if best is not None:
                    q.speaker, q.cue, q.attributed = best[2], best[1].verb, True
                    if q.speaker is None and best[1].subject.kind == "role":
                        q.pending_role = best[1].subject.text
                    elif q.speaker is None and best[1].subject.kind == "generic":
                        q.pending_one = _one_post(best[1].subject.text, lex)
                        q.pending_kin = _kin_head(best[1].subject.text, lex)
                    elif q.speaker is None and best[1].subject.kind == "pronoun":
                        q.pending_pronoun = best[1].subject.text
                elif acc is not None:
                    q.speaker = _resolve(acc[0], registry, pos_of(pi, acc[0].char_start), pi)
                    q.cue, q.attributed = "according to", True
                if span.continues and open_quote is not None:
                    open_quote.more = (open_quote.more or []) + [span.text]
                    if open_quote.speaker is None and q.speaker is not None:
                        open_quote.speaker = q.speaker
                    if not span.closed:
                        continue
                    open_quote = None
                    continue
                direct[span.start] = q
                para_quotes.append(q)
                if not span.closed:
                    open_quote = q
            # reported speech
            reported: list[tuple[int, int]] = []
            turned_to = None
            order = resolved
            if len(resolved) >= 2 and _closing_cue(resolved[-1][0], toks) and resolved[-1][1] is not None \
                    and all(sp is None or sp.first_pos >= pos_of(pi, s_start) for _, sp in resolved[:-1]):
                # round 40: "He told troopers he had been following an app …, police said.": the closing cue's
                # clause is the whole sentence before it, and a verb inside it whose speaker is no one met before
                # reports nothing of its own ("He acknowledged that C, News.ro reported" stays his; "Infrared
                # photography revealed C, he said" is his)
                order = [resolved[-1]] + resolved[:-1]
            for cue, speaker in order:
                v_at = toks[cue.verb_index].start
                if any(a < v_at < b for a, b in reported):
                    continue  # "said his office had submitted every receipt": a verb inside the reported clause
                if _press_question(cue, lex):
                    continue  # "Journalists asked whether C": the press's question, no one's report
                for c_start, c_end in reported_clauses(cue, toks, frame, s_start, s_end, lex, para):
                    if c_start < story_start < c_end:
                        c_start = story_start   # "NAIROBI, Kenya (Reuters) - C, X said": the dateline is no part of C
                    reported.append((c_start, c_end))
                    if any(q.kind == "indirect" and q.start == c_start for q in para_quotes):
                        continue  # the same clause reached through two verbs
                    tail_q = span_at.get(c_end + 2) if para.startswith(", ", c_end) else None
                    if tail_q is not None and tail_q.closed and tail_q.text[:1].islower() and tail_q.end >= s_end - 1:
                        c_end = tail_q.end  # 'he would ask for the power himself, “as Venice has done.”'
                    other = _BUT_NAME.search(para, c_start, c_end)
                    other_ent = registry.find_name(other.group(1), kinds=("person",)) if other else None
                    if other_ent is not None and other_ent is not speaker:
                        # "X has suggested that C, but Khoali will not hear of it": the narrator turns to another
                        # person named before, who is then the he/she
                        c_end, turned_to = other.start(), other_ent
                    inside = [q for q in para_quotes if q.kind == "direct" and c_start <= q.start < c_end]
                    if inside:
                        # 'said the decision was “a pragmatic choice”': a partial quote belongs to its clause
                        para_quotes = [q for q in para_quotes if not any(q is i for i in inside)]
                        if open_quote is not None and any(open_quote is i for i in inside):
                            open_quote = None
                    para_quotes.append(_Quote("indirect", pi, c_start, _clean_clause(para[c_start:c_end]),
                                              speaker, cue.verb, attributed=True,
                                              pending_role=cue.subject.text if speaker is None and (
                                                  cue.subject.kind == "role" or cue.subject.kind == "generic"
                                                  and _ONE_OF_THE.fullmatch(cue.subject.text)) else None,
                                              pending_body=cue.subject.text if (speaker is None or pi <= 1) and
                                              cue.subject.kind == "institution" else None,
                                              pending_one=_one_post(cue.subject.text, lex) if speaker is None
                                              and cue.subject.kind == "generic" else None,
                                              pending_pronoun=cue.subject.text if speaker is None
                                              and cue.subject.kind == "pronoun" else None,
                                              pending_kin=_kin_head(cue.subject.text, lex) if speaker is None
                                              and cue.subject.kind == "generic" else None))
            if acc is not None and (not q_toks or not resolved and open_quote is None):
                subj, a_i, a_end = acc
                speaker = _resolve(subj, registry, pos_of(pi, subj.char_start), pi)
                lead = a_i == 0 or (a_i == 1 and toks[0].lower in ("but", "and", "yet", "however", "so"))
                if lead and a_end < len(toks) and toks[a_end].lower in ("who", "which"):
                    while a_end < len(toks) and toks[a_end].text != ",":
                        a_end += 1  # "According to a Commission official who briefed reporters …, C"
                if lead and a_end + 2 < len(toks) and toks[a_end].text == "(":
                    close = next((n for n in range(a_end + 1, min(len(toks), a_end + 6)) if toks[n].text == ")"), None)
                    if close is not None and close + 1 < len(toks) and toks[close + 1].text == ",":
                        a_end = close + 1  # "According to the Flood Forecasting and Warning Centre (FFWC), C"
                if lead and a_end < len(toks) and toks[a_end].text == ",":
                    if subj.char_start < toks[a_end].start:   # not "According to a filing, the company …"
                        a_end = _skip_apposition(toks, a_end, lex)
                    clause = (toks[a_end + 1].start, toks[-1].end if toks[-1].text not in ".!?" else toks[-1].start) \
                        if a_end + 1 < len(toks) else None
                elif a_i >= 2 and toks[a_i - 1].text == ",":
                    clause = (s_start, toks[a_i - 1].start)
                else:
                    clause = None
                if q_toks and clause:
                    # 'According to the ministry, the review is "at an advanced stage" and will …': partial quotes
                    # inside the clause belong to it (a quotation opening the clause or a sentence is X's own)
                    sent_q = [q for q in para_quotes if q.kind == "direct" and s_start <= q.start < s_end]
                    if sent_q and all(clause[0] < q.start and q.start + len(q.text) < clause[1] - 1
                                      and q.text[:1].islower() and not q.more for q in sent_q):
                        para_quotes = [q for q in para_quotes if not any(q is x for x in sent_q)]
                    else:
                        clause = None
                # "According to X, several owners had told him C": unnamed speakers inside X's clause are X's report
                unnamed = lead and clause and resolved and all(sp is None and c.subject.kind == "generic"
                                                               and c.verb_index > a_end for c, sp in resolved)
                if unnamed and len(frame[clause[0]:clause[1]].split()) >= 3:
                    para_quotes = [q for q in para_quotes if not (q.kind == "indirect" and q.speaker is None
                                                                  and clause[0] <= q.start < clause[1])]
                # "According to X, Oslo has asked the agency to act": a cue in the clause that reported nothing
                silent = lead and clause and resolved and all(c.verb_index > a_end for c, _ in resolved) and \
                    not any(clause[0] <= q.start < clause[1] for q in para_quotes)
                if clause and (not resolved or unnamed or silent or clause[1] <= toks[a_i].start and all(  # "C, according to
                        c.verb_index > a_end for c, _ in resolved)) and len(frame[clause[0]:clause[1]].split()) >= 3:
                    para_quotes.append(_Quote("indirect", pi, clause[0], _clean_clause(para[clause[0]:clause[1]]),
                                              speaker, "according to", attributed=True))
                    if lead and not resolved and speaker is not None and speaker.kind == "person":
                        # "According to X, C." ¶ "He acknowledged that …": the sentence is about X, who spoke
                        registry.set_subject(speaker, pos_of(pi, s_start))
                        speaker.last_spoke = pos_of(pi, toks[a_i].start)
            if not lex.adding_words.isdisjoint(words):
                # (an appeal that reports nothing, "X urged drivers to stay away, saying C", does not hide the
                # adding phrase after it)
                reporting = [c for c, _ in resolved if c.verb not in lex.appeal_verbs
                             or any(t.lower == "that" for t in toks[c.verb_index + 1:c.verb_index + 4])]
                first_cue = min([toks[c.verb_index].start for c in reporting]) if reporting else s_end
                m = lex.adding_re.search(frame, s_start, first_cue)
                if m and m.group()[:1] != "," and not m.group().rstrip(" ,:").lower().endswith("that") \
                        and not (frame[:m.start()].rstrip().endswith(CLOSE_PH)
                                 and para[:m.start()].rstrip()[:-1].endswith(",")):
                    # "a small but telling example": a bare participle adds a clause only after a comma (round 40:
                    # also one inside the quotation just closed, 'from “neutral,” saying in a note that C')
                    m = None
                subj = None
                if m:
                    before = next((n for n, t in enumerate(toks) if t.start >= m.start()), len(toks))
                    subj = subject_after_with(toks, before, lex) or subject_at_start(toks, lex)
                if subj is not None and subj.text.endswith(("’s", "'s")) and subj.kind in ("name", "institution"):
                    subj = owner_role_then_name(toks, subj, lex)  # "Madrid's sporting director, X, …, telling"
                if subj is not None and subj.kind == "name" and not _known_name(subj.text, registry):
                    subj = None  # "Turnout appeared on track …, adding": a capitalised word is no speaker
                if subj is not None and subj.kind == "role" and subj.end + 2 < len(toks) and \
                        not {"of", "for"}.isdisjoint((toks[subj.end - 1].lower, toks[subj.end].lower)):
                    subj = role_complement(toks, subj, lex)  # "Its director for sustainability, X, went further"
                if subj is not None and subj.kind == "role" and subj.end + 2 < len(toks) and \
                        toks[subj.end].text == ",":
                    subj = named_apposition(toks, subj, lex)  # "The airline's chief executive, Declan Moore, …"
                if subj is None and m and len(toks) > 5 and toks[0].lower in ("his", "her", "their") \
                        and toks[1].lower in lex.kin_nouns and toks[2].text == ",":
                    subj = make_subject(toks, 0, 2, "generic")   # "His son, X, disagreed, saying C" (below)
                if subj is not None and subj.kind == "generic" and subj.end + 2 < len(toks) and \
                        toks[subj.end].text == "," and strip_possessive(toks[subj.end - 1].lower) in lex.kin_nouns:
                    # attribution probes round 4: "His son, Gbenga Obasanjo, disagreed, saying C": the relative
                    # named between the commas (a relationship is no role)
                    named = named_apposition(toks, subj, lex)
                    if named is not subj:
                        named.role = None
                        subj = named
                if subj is not None and m.start() > subj.char_start:
                    rest = [t for t in toks if t.start >= m.end()]
                    k = next((n for n, t in enumerate(rest[:6]) if t.is_quote), None)
                    if k is not None and (k == 0 or rest[k - 1].text in ":,"):
                        # "X went further, writing on X: “Q”": the participle attributes the quotation
                        speaker = _resolve(subj, registry, pos_of(pi, subj.char_start), pi)
                        for q in para_quotes:
                            if q.kind == "direct" and q.start == rest[k].start and not q.attributed:
                                q.speaker, q.cue, q.attributed = speaker, m.group().strip(" ,:"), True
                    if m.group().strip(" ,:").lower() in lex.adding_to_listener and rest and not rest[0].is_quote:
                        k = next((n for n, t in enumerate(rest[:8]) if t.lower == "that"), None)
                        rest = rest[k + 1:] if k is not None and not any(
                            t.is_quote or t.text in ",;" for t in rest[:k]) else []
                    elif len(rest) > 2 and rest[0].lower == "only" and rest[1].lower == "that":
                        rest = rest[2:]   # "…, saying only that C": the clause after "that"
                    elif rest and rest[0].lower in ("in", "on", "at", "during", "through", "via"):
                        # "…, saying in a statement that C": the channel before "that" is no part of C
                        k = next((n for n, t in enumerate(rest[:8]) if t.lower == "that"), None)
                        if k is not None and k >= 2 and not any(t.is_quote or t.text in ",;" for t in rest[:k]):
                            rest = rest[k + 1:]
                    cut = next((n for n in range(1, len(rest) - 1) if rest[n].text in ",;" and
                                rest[n + 1].lower in ("but", "and", "while", "although", "though")
                                and not (n + 2 < len(rest) and rest[n + 2].lower == "that")), None)
                    if cut is not None:
                        rest = rest[:cut]  # "…, saying C, but governor X said …"
                    cut = next((n for n in range(1, len(rest)) if rest[n].is_quote and rest[n - 1].text in ",:"), None)
                    if cut is not None:
                        rest = rest[:cut - 1]  # "…, insisting that C, and added: “Q”"
                    # "…, telling Le Monde that A and that B": two reported clauses
                    and_that = next((n for n in range(3, len(rest) - 4) if rest[n].lower in ("and", "but")
                                     and rest[n + 1].lower == "that"), None)
                    tail, rest = (rest[and_that + 2:], rest[:and_that]) if and_that is not None else ([], rest)
                    if rest and not rest[0].is_quote and rest[0].lower not in ("to",):
                        end = rest[-1].end if rest[-1].text not in ".!?" else rest[-1].start
                        clause = para[rest[0].start:end]
                        if len(clause.split()) >= 3:
                            speaker = _resolve(subj, registry, pos_of(pi, subj.char_start), pi)
                            para_quotes = [q for q in para_quotes if not (q.kind == "direct" and
                                                                          rest[0].start < q.start < end)]
                            # "telling Y that C1 but that C2": two clauses
                            second = next((n for n in range(2, len(rest) - 2) if rest[n].lower in ("and", "but")
                                           and rest[n + 1].lower == "that"), None)
                            spans = [(rest[0].start, rest[second - (rest[second - 1].text == ",")].start),
                                     (rest[second + 2].start, end)] if second else [(rest[0].start, end)]
                            for c0, c1 in spans:
                                para_quotes.append(_Quote("indirect", pi, c0, _clean_clause(para[c0:c1]),
                                                          speaker, m.group().strip(" ,:"), attributed=True))
                            if speaker is not None:
                                registry.set_subject(speaker, pos_of(pi, s_start))
                                cue_speakers.append((m.start(), speaker))
                            if tail:
                                prev = para_quotes[-1]
                                end = tail[-1].end if tail[-1].text not in ".!?" else tail[-1].start
                                para_quotes = [q for q in para_quotes if not (q.kind == "direct" and
                                                                              tail[0].start < q.start < end)]
                                para_quotes.append(_Quote("indirect", pi, tail[0].start,
                                                          _clean_clause(para[tail[0].start:end]), prev.speaker,
                                                          prev.cue, attributed=True))
            for _, subject in resolved:
                if subject is not None and subject.kind == "person":
                    registry.set_subject(subject, pos_of(pi, s_start))
                    break
            if turned_to is not None:
                registry.set_subject(turned_to, pos_of(pi, s_start) + 1)
                turned_to = None
            for cue, speaker in resolved:
                if speaker is not None and _inside_others_report(para_quotes, toks[cue.verb_index].start, speaker):
                    continue   # round 43: "the BRE said the Litunga had accepted …" ¶ "It said": the Litunga said nothing
                if speaker is not None:
                    cue_speakers.append((toks[cue.verb_index].start, speaker))
                    speaker.last_spoke = pos_of(pi, toks[cue.verb_index].start)
                    speaker.spoke += 1
                elif cue.subject.kind == "generic" and not cue.subject.text.endswith("s") and \
                        cue.subject.text.split()[0].lower() in ("a", "an", "one", "the") \
                        and not _press_question(cue, lex):   # (probes round 5: "a reporter asked Governor X …")
                    # "A former officer, who asked not to be named, said …" ¶ "“…,” he said": that unnamed one
                    registry.unnamed_spoke = pos_of(pi, toks[cue.verb_index].start)
                    registry.unnamed_words = frozenset(frame[cue.subject.char_start:toks[cue.verb_index].start]
                                                       .lower().replace(",", " ").split())
            while m_index < len(mentions) and mentions[m_index].start < s_end:
                ent = _add(registry, mentions[m_index], names_para)
                if not resolved and not has_quote and ent is not None and ent.kind == "person" and \
                        mentions[m_index].start == _opening(frame, s_start, lex):
                    registry.set_subject(ent, pos_of(pi, s_start))  # "X will not say what …": still about X
                m_index += 1

        # direct quotes with no cue in their sentence
        heading = _NAME_COLON_QUOTE.match(para) if len(para_quotes) == 1 and not cue_speakers else None
        if heading and (heading.group(1).isupper() or heading.group(1).split()[0] in lex.common_caps):
            heading = None   # "WATCH: “…”", "Update: “…”": a label, not a name
        for q in para_quotes:
            if q.kind != "direct" or q.attributed:
                continue
            if heading:
                # live-blog heading 'Linden: "I'm not there yet"': the name before the colon said it
                q.speaker = registry.resolve_name(heading.group(1), pos_of(pi, 0), None)
            elif (colon := _NAME_THEN_COLON_IN.search(para, max(0, q.start - 90), q.start)) is not None \
                    and (named := _colon_person(colon.group(1), registry)) is not None:
                q.speaker = named   # probes round 3: "Owner Derek Vaughan was blunt: “No.”" inside one paragraph
            elif cue_speakers:
                q.speaker = min(cue_speakers, key=lambda a: abs(a[0] - q.start))[1]
            elif pos_of(pi, 0) <= registry.unnamed_spoke < pos_of(pi, q.start):
                pass   # round 42: "A ranger, who asked not to be named, said C. “Q,” the ranger said.": still that one
            elif after_question and interviewee is not None:
                q.speaker = interviewee   # an answer after an interviewer's question
            elif introduced is not None and introduced[0] == pi - 1 and not by_para.get(pi - 1):
                q.speaker = introduced[1]   # "…, she wrote:" ¶ "“…”": the quotation the cue introduced
            elif pi > 0 and paragraphs[pi - 1].endswith(":") and not by_para.get(pi - 1) \
                    and (colon := _NAME_THEN_COLON.search(paragraphs[pi - 1], max(0, len(paragraphs[pi - 1]) - 90))) \
                    and (named := registry.find_name(colon.group(1), kinds=("person",))) is not None:
                q.speaker = named   # "…, Azman was firm:" ¶ "“…”": the person named before the colon
            elif last_speaker is not None and (last_speaker[1] >= pi - 1 or (
                    last_speaker[1] == pi - 2 and paragraphs[pi - 1].rstrip().endswith(":")
                    and not by_para.get(pi - 1))):
                q.speaker = last_speaker[0]   # "Here's the key passage:" ¶ "“…”": still the last speaker
            elif registry.last_subject is not None and registry.last_subject_pos >= pos_of(pi - 1, 0):
                q.speaker = registry.last_subject  # "Mrs Tolley described the moment …" then the quote
            elif len(para_quotes) == 1 and para.strip().startswith(tuple("“\"'‘«")) and \
                    frame.strip().endswith(CLOSE_PH) and q.speaker is None:
                unattributed.append(q)  # a paragraph that is only a quote, with no one to give it to
        para_quotes.sort(key=lambda q: q.start)
        for q in para_quotes:
            if q.speaker is not None:
                last_speaker = (q.speaker, pi)
                if q.kind == "direct" and q.speaker.kind == "person":
                    last_direct = q.speaker
                q.speaker.last_spoke = max(q.speaker.last_spoke, pos_of(pi, q.start))
        out.extend(para_quotes)
    _lede_body_described_later(out, registry)
    _lede_kin_named_later(out, registry)
    # a role named before the person it belongs to: "the health secretary has admitted …"
    for q in out:
        if q.speaker is None and q.pending_role:
            # (round 40: never another post in a named body: "the president of the Mostar City Council" is not
            # the "Club president" quoted later)
            q.speaker = registry.resolve_role(q.pending_role, 10 ** 12, skip=lambda r, q=q: _other_post(
                q.pending_role, r, registry.lex))
            if q.speaker is None and (found := _lede_body(q, q.pending_role, out, registry)):
                q.speaker = found[0]   # "…, the telecommunications regulator said" (a body noun read as a role)
    for q in out:
        if q.speaker is None and q.pending_body:
            # "the city corporation said" before "Sylhet City Corporation" is named: the one body whose name
            # holds that noun
            if _RELATIVE_IN.search(q.pending_body) or described_noun(q.pending_body, registry.lex):
                # "…, the body that represents them has confirmed." ¶ "The X Committee, which …, said": the
                # first organisation quoted within the next two paragraphs
                nxt = next((o for o in out if o.speaker is not None and q.paragraph < o.paragraph <= q.paragraph + 2
                            and o.speaker.kind == "organization"), None)
                q.speaker = nxt.speaker if nxt is not None else None
                # bodies round 2: "The operator that has run the crossing … says C" ¶ "…, ending … service by local
                # operator X, the municipality said": the one body described with the same noun, quoted later
                noun = q.pending_body.split()[1].lower() if len(q.pending_body.split()) > 2 else ""
                same = {o.speaker.name: o.speaker for o in out if o.speaker is not None and o.speaker.kind == "organization"
                        and q.paragraph < o.paragraph and o.speaker.role
                        and o.speaker.role.split()[-1].lower() == noun}
                if len(same) == 1:
                    q.speaker = next(iter(same.values()))
                continue
            head = strip_possessive(q.pending_body.split()[-1]).lower()
            match = [e for e in registry.entities if e.kind == "organization" and head in e.name.lower().split()]
            fits = _bodies_with_adjuncts(q.pending_body, registry)
            if len(fits) > 1:
                fits = [e for e in fits if e.spoke > 0]   # (the one of them quoted)
            if len(fits) == 1:
                match = fits  # "the religious affairs ministry said" … "the Ministry of Religious Affairs and …"
            if not match:
                # "…, the union said." … "“…,” the union said" of "… Machinists Local 1897" named between: the one body
                # the same words stood for later
                said = q.pending_body.lower()
                match = [e for e in registry.entities if e.kind == "organization"
                         and any(a.lower() == said for a in e.aliases)][:2]
            if not match:
                # … or the body named in a title ("Sylhet City Corporation Chief Executive Officer X")
                names = {_body_in_title(e.role, head) for e in registry.entities if e.kind == "person" and e.role}
                names.discard(None)
                if len(names) == 1:
                    match = [registry.resolve_name(names.pop(), 10 ** 12, None, kind="organization")]
            if not match:
                # "The Hellenic Corporation … (HCAP) sold its stake …, the state holding company said": the body the
                # reported clause opens with
                opener = q.text[4:] if q.text.startswith(("The ", "the ")) else q.text
                acr = _OPENING_ACRONYM.match(opener)   # (its bracketed short name first: "… (HCAP) sold")
                bodies = [e for e in registry.entities if e.kind in ("organization", "unknown")]
                match = [e for e in bodies if acr is not None and acr.group(1) in [e.name] + e.aliases][:1] or \
                    [e for e in bodies if any(opener.startswith(n + " ") for n in [e.name] + e.aliases)][:1]
            if not match and q.paragraph <= 1 and head in registry.lex.business_nouns:
                # a standfirst's "The operator says …": the first company named after it that speaks
                later = [e for e in registry.entities if e.kind == "organization" and e.last_spoke >= 0
                         and e.first_pos > pos_of(q.paragraph, q.start) and e.name.split()[-1] in registry.lex.org_suffixes
                         and registry.lex.org_kinds.get(e.name, "company") == "company"]
                match = [min(later, key=lambda e: e.first_pos)] if later else []
            if not match:
                match = _lede_body(q, q.pending_body, out, registry)
            if len(match) == 1:
                q.speaker = match[0]
    one_of = out[0] if out and out[0].speaker is None and out[0].pending_role else None
    one_of = _ONE_OF_THE.fullmatch(one_of.pending_role) if one_of is not None else None
    if one_of is not None:
        # a lede's "…, one of the officers admitted at the inquest" ¶ … "prison officer X told the court": the one
        # person quoted later whose role has that noun
        noun, q = one_of.group(1)[:-1].lower(), out[0]
        found = [e for e in registry.entities if e.kind == "person" and e.spoke > 0 and e.role
                 and noun in e.role.lower().split() and e.first_pos > pos_of(q.paragraph, q.start)]
        if len(found) == 1:
            q.speaker = found[0]
    for n, q in enumerate(out):
        if q.speaker is None and q.pending_role and _ONE_OF_THE.fullmatch(q.pending_role):
            continue
        if q.speaker is None and q.pending_role:
            q.speaker = registry.resolve_role(q.pending_role, 10 ** 12, skip=lambda r, q=q: _other_post(
                q.pending_role, r, registry.lex))   # a title given by the rule below (round 40: not another post)
        if q.speaker is None and q.pending_role and q.paragraph >= 0:
            # "the energy secretary has announced …" ¶ "…, Naomi Haworth said": the lede's title is the
            # first person quoted within the next two paragraphs who has no title of their own
            nxt = next((o for o in out[n + 1:] if o.speaker is not None and o.paragraph > q.paragraph), None)
            if nxt is not None and nxt.paragraph <= q.paragraph + 2 and nxt.speaker.kind == "person" \
                    and (not nxt.speaker.role or (" " not in nxt.speaker.role
                                                  or _label_and_title(nxt.speaker.role, registry.lex))
                         and is_bare_title(nxt.speaker.role.split()[-1], registry.lex)
                         and not any(o.speaker is not None and o.paragraph == q.paragraph for o in out)) \
                    and nxt.speaker.first_pos > pos_of(q.paragraph, q.start):
                # (a one-word title before the name says nothing of the office: "Deputy X told …", when no one
                # else speaks in the title's paragraph)
                role = q.pending_role
                nxt.speaker.role = role[4:] if role.lower().startswith("the ") else role
                nxt.speaker.add_alias(role)
                q.speaker = nxt.speaker
            elif nxt is not None and q.paragraph <= 2 and (
                    nxt.paragraph == q.paragraph + 1
                    or nxt.paragraph == q.paragraph + 2 and not any(o.paragraph == q.paragraph + 1 for o in out)) \
                    and nxt.speaker.kind == "person" and nxt.speaker.role \
                    and pos_of(q.paragraph + 1, 0) <= nxt.speaker.first_pos < pos_of(q.paragraph + 2, 0) \
                    and not _other_post(q.pending_role, nxt.speaker.role, registry.lex):
                # a lede's "…, the head of X’s oral health service says." ¶ "Dr Y, director of oral health at X,
                # said …": the person the next paragraph introduces and quotes, with a title of their own (round
                # 35: or introduces there and quotes first in the paragraph after, no quote between: "…, the lead
                # author of a new study said." ¶ "X, a chemist at Y, and her team …" ¶ "“…,” X told Z.")
                nxt.speaker.add_alias(q.pending_role)
                q.speaker = nxt.speaker
    _lede_role_named_later(out, registry, paragraphs)
    _introduced_next(out, registry, paragraphs)
    _named_after_pronoun(out, registry)
    return out


_ROLE_FILLER = frozenset({"the", "a", "an", "of", "for", "at", "in", "and", "on", "its", "their", "his", "her"})


def _inside_others_report(para_quotes: list, at: int, speaker) -> bool:
    """A cue whose verb stands inside what another speaker is reported to have said ('the BRE said the Litunga had
    accepted the advice …'): its subject is spoken of, and did not speak."""
    return any(q.kind == "indirect" and q.speaker is not None and q.speaker is not speaker
               and q.start < at < q.start + len(q.text) for q in para_quotes)


def _role_stems(role: str) -> list[str]:
    """'the head of Busan’s police cyber unit' -> [head, busan, police, cyber, unit]; 'heads the agency’s …' -> [head,
    agency, …]: a role's content words, possessive and plural -s off."""
    out = []
    for w in role.lower().replace(",", " ").split():
        w = strip_possessive(w)
        if w in _ROLE_FILLER or not w.isalpha():
            continue
        out.append(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def _other_post(lede_role: str, role: str, lex: Lexicon) -> bool:
    """Lede round: 'the head of the university’s virology lab' and 'a paediatrician' / 'who heads the chemistry
    department': a lede's post in a named body (its last word a body noun or a part of one) and a person's role
    that shares no word with it but the post's head are two posts, so the lede's is not that person's."""
    words = lede_role.split()
    last = strip_possessive(words[-1]).lower()
    if last not in lex.company_nouns and last not in lex.subdivision_nouns or not any(
            w.lower() in ("of", "for") for w in words):
        return False
    of = next(k for k, w in enumerate(words) if w.lower() in ("of", "for"))
    rest = set(_role_stems(" ".join(words[of + 1:])))
    return not rest & set(_role_stems(role))


def _lede_role_named_later(out: list[_Quote], registry: Registry, paragraphs: list[str]) -> None:
    """Lede round: '…, the head of Busan’s police cyber investigation unit said Monday.' ¶ (a body's statement) ¶
    '“Q,” said Senior Superintendent X, who heads the agency’s cyber investigation unit.': a lede's role phrase no
    one holds is the one person introduced and quoted in the next three paragraphs whose own role has the phrase's
    head word and at least two more of its words — when no one is quoted before the lede and nothing in its paragraph
    keeps the source anonymous."""
    for n, q in enumerate(out):
        if q.paragraph < 0 or q.paragraph > 4:
            return
        if q.speaker is not None:
            return   # (someone was quoted before: no longer the lede)
        if not q.pending_role or _ONE_OF_THE.fullmatch(q.pending_role):
            continue
        words = q.pending_role.split()
        of = next((k for k, w in enumerate(words) if w.lower() in ("of", "for")), len(words))
        head = _role_stems(" ".join(words[:of]))
        stems = set(_role_stems(q.pending_role))
        if not head or len(stems) < 3 or any(w in paragraphs[q.paragraph].lower() for w in registry.lex.anonymity_words):
            continue
        at, until = pos_of(q.paragraph, q.start), pos_of(q.paragraph + 4, 0)
        found = [e for e in registry.entities if e.kind == "person" and e.role and at < e.first_pos < until
                 and any(o.speaker is e and o.paragraph <= q.paragraph + 3 for o in out)
                 and head[-1] in _role_stems(e.role) and len(stems & set(_role_stems(e.role))) >= 3]
        if len(found) == 1:
            found[0].add_alias(q.pending_role)
            for o in out[n:]:
                if o.speaker is None and o.pending_role == q.pending_role and o.paragraph == q.paragraph:
                    o.speaker = found[0]
        return


def _lede_body_described_later(out: list, registry: Registry) -> None:
    """bodies round 2: a standfirst's "Iceland’s national power company says C" … "Landsvirkjun, the state-owned
    power company, …, said": a body noun phrase with an owner and lower-case modifiers in the first two paragraphs
    is the one body the story later describes with the same head and one of the modifiers and quotes."""
    lex = registry.lex
    for q in out:
        if q.paragraph > 1 or not q.pending_body:
            continue
        words = q.pending_body.split()
        if len(words) < 3 or not (words[0].endswith(("’s", "'s")) and words[0][:1].isupper() or words[0].lower() == "the"):
            continue
        mods, head = words[1:-1], strip_possessive(words[-1]).lower()
        if head not in lex.company_nouns or not mods or not all(w.isalpha() and w.islower() for w in mods):
            continue
        at = pos_of(q.paragraph, q.start)
        found = [e for e in registry.entities if e.kind == "organization" and e.role and e.first_pos > at
                 and e.last_spoke > at and e.role.split()[-1].lower() == head
                 and not {m.lower() for m in mods}.isdisjoint(w.lower() for w in e.role.split()[:-1])]
        if len(found) == 1 and found[0] is not q.speaker:
            q.speaker = found[0]


def _named_after_pronoun(out: list[_Quote], registry: Registry) -> None:
    """Cataphora: '“Q,” she warned. Dr Aisha Khan leads the study.', 'He says C. Brendan Kelly leads the union.' —
    a he/she with no one of that gender named before is the first person of that gender named after it, in the
    same paragraph or the next."""
    gender_of = registry.lex.pronoun_gender
    for q in out:
        if q.speaker is not None or not q.pending_pronoun or q.paragraph < 0:
            continue
        gender = gender_of.get(q.pending_pronoun.lower())
        words = q.pending_pronoun.lower().split()
        epithet = gender is None and len(words) >= 2 and words[0] == "the"
        if epithet:
            gender = registry.lex.epithet_gender.get(words[1])   # bodies round 2: "The man says C" ¶ "John Barker, 54, …"
        if gender not in ("m", "f"):
            continue
        at = pos_of(q.paragraph, q.start)
        people = [e for e in registry.entities if e.kind == "person" and e.gender in ("u", gender)
                  or e.kind == "unknown" and registry._person_shaped(e)]   # (a name no list knows: 'Farida Aziz')
        # (an epithet's one is the next named: an unnamed one who speaks only further on is no other candidate)
        if any(e.first_pos < at for e in people) or registry.unnamed_spoke >= 0 and not (
                epithet and registry.unnamed_spoke >= pos_of(q.paragraph + 2, 0)):
            continue   # someone she can be was named before, or an unnamed one spoke: no guess
        later = [e for e in people if at < e.first_pos < pos_of(q.paragraph + 2, 0)]
        if later:
            q.speaker = min(later, key=lambda e: e.first_pos)
            if q.speaker.kind == "unknown":
                q.speaker.kind = "person"
            if q.speaker.gender == "u":
                q.speaker.gender = gender


def _one_post(subject: str, lex: Lexicon) -> str | None:
    """'a senior official', 'an official of the city administration': one holder of a post, not named (the post's
    head word), or None."""
    words = subject.split()
    if words[0].lower() not in ("a", "an") or len(words) < 2:
        return None
    head = next((strip_possessive(w).lower() for w in words[1:] if w.islower() and is_role_word(w, lex)), None)
    return head if head is not None and not head.endswith("s") else None


def _introduced_next(out: list[_Quote], registry: Registry, paragraphs: list[str]) -> None:
    """A lede's '…, a senior official has said.' ¶ 'Maj. Gen. X, the director of passports at …, said …': the one
    unnamed holder of a post is the person the next paragraph introduces with a post of their own and quotes —
    when no one is quoted before the lede, nothing in its paragraph keeps the source anonymous, and the post is
    any post for a head such as "official" (attribution.yaml: any_post_heads) or else one with the same head."""
    lex = registry.lex
    for n, q in enumerate(out):
        if q.speaker is not None or not q.pending_one or q.paragraph < 0:
            continue
        if any(o.speaker is not None for o in out[:n]) or q.paragraph > 4:
            return
        nxt = next((o for o in out[n + 1:] if o.speaker is not None and o.paragraph > q.paragraph), None)
        if nxt is None or nxt.paragraph != q.paragraph + 1:
            return
        ent = nxt.speaker
        if ent.kind != "person" or not ent.role or not pos_of(nxt.paragraph, 0) <= ent.first_pos < pos_of(nxt.paragraph + 1, 0):
            return
        if q.pending_one not in lex.any_post_heads and q.pending_one not in ent.role.lower().split():
            return
        if any(w in paragraphs[q.paragraph].lower() for w in lex.anonymity_words):
            return
        for o in out[:out.index(nxt)]:
            if o.speaker is None and o.pending_one and o.paragraph == q.paragraph:
                o.speaker = ent
        return


_OPENING_ACRONYM = re.compile(r"[A-Z][\w’' -]{0,80} \(([A-Z][A-Z0-9&-]{1,7})\) ")
_ONE_OF_THE = re.compile(r"[Oo]ne of the ([a-z]+s)")

# "…, Azman was firm:", "Ortiz was blunter:": a person, a short predicate and a colon ending the paragraph
_NAME_THEN_COLON = re.compile(r"(?:^|[,.;]\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:was|were|is|are|remained|"
                              r"sounded|seemed|put it)\b[^,.;:“”\"]{0,40}:$")
# the same inside a paragraph, right before the quotation: "Is it for sale? Owner X was blunt: “No.”"
_NAME_THEN_COLON_IN = re.compile(r"(?:^|[,.;?!]\s+)(?:[a-z][a-z-]+\s+){0,2}([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:was|were|is|are|"
                                 r"remained|sounded|seemed|put it)\b[^,.;:“”\"]{0,40}:\s*[“\"‘]?$")


def _colon_person(words: str, registry: Registry) -> Entity | None:
    """The person a capitalised run before 'was blunt:' names ('Owner Derek Vaughan': a title word may open it)."""
    parts = words.split()
    for k in range(len(parts)):
        named = registry.find_name(" ".join(parts[k:]), kinds=("person",))
        if named is not None:
            return named
    return None


_QUESTION_PARAGRAPH = re.compile(r"[A-Z][^“”\"‘’'?.!]{2,120}\?")


def _bodies_with_adjuncts(noun_phrase: str, registry: Registry) -> list[Entity]:
    """'the religious affairs ministry' … 'the Ministry of Religious Affairs and Interfaith Harmony': the bodies one of
    whose names holds the phrase's head and every lower-case word before it (an owner's possessive aside)."""
    words = noun_phrase.split()
    head = strip_possessive(words[-1]).lower()
    adjuncts = [w.lower() for w in words[:-1] if w.islower() and w.isalpha() and w.lower() not in _ARTICLES]
    if not adjuncts:
        return []
    return [e for e in registry.entities if e.kind == "organization" and any(
        head in ws and all(a in ws for a in adjuncts)
        for ws in (set(strip_possessive(w).lower() for w in n.split()) for n in [e.name] + e.aliases))]


_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _post_of_body(noun_phrase: str, lex: Lexicon) -> bool:
    """Roles probes round 5: 'The head of Singapore’s maritime authority': a post before 'of' heads the noun
    phrase, so it names a person, not the body at its end."""
    words = noun_phrase.split()
    of = next((n for n, w in enumerate(words) if n > 0 and w.lower() in ("of", "at", "for")), None)
    return of is not None and any(is_role_word(w, lex) for w in words[:of])


def _lede_body(q: _Quote, noun_phrase: str, out: list[_Quote], registry: Registry) -> list[Entity]:
    """A lede's '…, the telecommunications regulator said' ¶ '…, the National Communications Authority (ANC) said
    …': the first body named after it that speaks in the next two paragraphs, when its head is a body noun."""
    head = strip_possessive(noun_phrase.split()[-1]).lower()
    if q.paragraph > 1 and (q is not out[0] or q.paragraph > 4) or head not in registry.lex.company_nouns \
            or _RELATIVE_IN.search(noun_phrase) or _post_of_body(noun_phrase, registry.lex):
        return []   # (the story's first quote, after a byline and a date line, is its lede too)
    nxt = next((o for o in out if o.speaker is not None and q.paragraph < o.paragraph <= q.paragraph + 2
                and o.speaker.first_pos > pos_of(q.paragraph, q.start) and (o.speaker.kind == "organization" or (
                    o.speaker.kind in ("person", "unknown") and o.speaker.gender == "u" and not o.speaker.role
                    and len(o.speaker.tokens) >= 2))), None)
    if nxt is not None and nxt.speaker.kind != "organization":
        nxt.speaker.kind = "organization"   # "…, a campaign group said." ¶ "Title Deeds Now said …": the group
    return [nxt.speaker] if nxt is not None else []


def _is_caption(para: str, lex: Lexicon) -> bool:
    """'Omar Haddad pours a coffee (Photo by Jo Lee)': a paragraph closed by a picture credit is a caption."""
    credit = _CAPTION_CREDIT.search(para)
    return credit is not None and credit.group(1).lower() in lex.caption_credits


_CAPTION_CREDIT = re.compile(r"\(([A-Za-z]+(?: [a-z]+)?)(?: by | of |: ?|/)[^()]*\)$")


def _label_and_title(role: str, lex: Lexicon) -> bool:
    """'Labour MP', 'Akel MP': a party's or place's capitalised name and a one-word title, nothing of the office."""
    words = role.split()
    return len(words) == 2 and words[0][:1].isupper() and words[0].isalpha() and not is_role_word(words[0], lex) \
        and words[0].lower() not in lex.role_modifiers


def _press_question(cue, lex: Lexicon) -> bool:
    """'one reporter asked', 'Journalists asked whether …': a question from the press (`press_nouns`)."""
    if cue.verb not in ("asked", "asks", "ask", "wondered", "questioned"):
        return False
    words = cue.subject.text.lower().split()
    return bool(words) and words[-1] in lex.press_nouns


# '“…?” one reporter asked.', '“…?” asked a journalist.': the quotation's closing mark, then the press asking
_PRESS_ASKED = re.compile(r"[,.?!]?[”\"’]?\s+(?:(?:one|a|another|the|a local|a foreign)\s+)?([A-Za-z]+)\s+"
                          r"(?:asked|asks|wondered)\b|[,.?!]?[”\"’]?\s+(?:asked|asks|wondered)\s+"
                          r"(?:one|a|another|the)\s+([A-Za-z]+)\b")


def _press_asks_after(para: str, end: int, lex: Lexicon) -> bool:
    m = _PRESS_ASKED.match(para, end)
    return m is not None and (m.group(1) or m.group(2) or "").lower() in lex.press_nouns


def _trailing_cue_wins(cues: list, toks) -> list:
    """'The claim survives because Acme alleged that C, the judge said.': a cue that ends the sentence after a
    comma reports all before it, an embedded cue ('Acme alleged') included."""
    last = cues[-1]
    sub = last.subject
    end = last.verb_index + 1
    if last.inverted or sub.start < 2 or toks[sub.start - 1].text != "," or sub.kind not in ("role", "name", "pronoun") \
            or not (end == len(toks) or end == len(toks) - 1 and toks[end].text in ".!?") \
            or any(t.is_quote for t in toks):
        return cues
    earlier = [c for c in cues[:-1] if c.verb_index < sub.start - 1]
    if not earlier or any(c.subject.start == 0 or toks[c.subject.start - 1].text == "," or c.inverted
                          for c in earlier):
        return cues  # "X said C1, Y said": an attribution opens the sentence
    return [last]


def _is_question_paragraph(para: str) -> bool:
    """'Why did you join?': an interviewer's question standing as a paragraph (no quotation, no other sentence)."""
    return len(para) <= 120 and _QUESTION_PARAGRAPH.fullmatch(para.strip()) is not None


def _body_in_title(role: str, head: str) -> str | None:
    """The capitalised run of two or more words ending in ``head`` inside a title, or None."""
    words = role.split()
    for n, w in enumerate(words):
        if w.lower() == head and w[:1].isupper() and n >= 1:
            k = n
            while k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha():
                k -= 1
            return " ".join(words[k:n + 1]) if k < n else None
    return None


def _credit(quotes: list[_Quote], speaker: Entity, pi: int) -> None:
    """Give quotes left without a speaker to the person the next paragraph names first."""
    for q in quotes:
        q.speaker = speaker
    speaker.last_spoke = max(speaker.last_spoke, pos_of(pi, 0))


def _headline_quotes(headline: str, paragraphs: list[str], registry: Registry, lex: Lexicon) -> list[_Quote]:
    """A quotation in a headline that says who said it: 'Chancellor rules out rise: ‘Drivers have paid enough’'.

    The speaker is the headline's subject, resolved against everyone the article introduced.
    """
    spans = [s for s in find_quote_spans([headline], primary_marks([headline])) if s.closed]
    # "‘I Wanted the House to Breathe’: X on …": a title-case quotation opening the headline before a colon
    spans = [s for s in spans if (is_quotation(s, headline, lex) or s.start <= 1 and
                                  headline[s.end:s.end + 3].lstrip("’”\"'").startswith(":"))
             and len(s.text.split()) >= 3]
    if not spans:
        return []
    frame = mask(headline, spans)
    toks = tokenize(frame, 0, lex.abbreviations)
    end = 10 ** 12
    cues = find_cues(toks, lex)
    if cues and cues[0].subject.kind not in ("name", "role", "pronoun", "representative"):
        return []  # "…, study suggests": no one named says it
    subject = cues[0].subject if cues else subject_at_start(toks, lex)
    if subject is None and toks and toks[0].is_quote:
        # "‘We have to be braver’ – Haldane calls for …"
        k = 1
        while k < len(toks) and toks[k].text in "-–—:,":
            k += 1
        subject = subject_at_start(toks[k:], lex) if k > 1 else None
        base = k
    else:
        base = 0
    if subject is None:
        return []
    if not cues and subject.kind == "name" and subject.end - subject.start == 1 and subject.end < len(toks) \
            and plural_people(toks[subject.end].text, lex):
        return []   # "Stranded commuters ‘…’ as …": the headline's first word and a plural of people, no one named
    if not cues and subject.kind == "name" and all(t.lower in lex.kin_nouns or t.lower in ("and", "&")
                                                   for t in toks[base + subject.start:base + subject.end]):
        return []   # round 41: "‘We were lucky’: Father and son prospectors found …": relatives, no one named
    speaker = _resolve(subject, registry, end, len(paragraphs))
    if speaker is None:
        return []   # attribution probes round 5: "‘We are ready to grow’: league chief sets out …" with no chief named
    return [_Quote("direct", -1, s.start, s.text, speaker, cues[0].verb if cues else None, attributed=True)
            for s in spans]


def _known_name(text: str, registry: Registry) -> bool:
    """A name the article introduced, or one that looks like a person's or an organisation's."""
    name = registry.clean_name(text)
    words = name.split()
    return bool(words) and (registry.find_name(name) is not None or words[0] in registry.lex.first_names
                            or name in registry.lex.organizations or len(words) >= 2)


def _skip_apposition(toks, comma: int, lex: Lexicon) -> int:
    """'according to X, a nutritionist with Y, C': the index of the comma that ends the apposition."""
    k = comma + 1
    while k < len(toks) and toks[k].text not in ",;:" and not toks[k].is_quote:
        k += 1
    if k < len(toks) and toks[k].text == "," and 14 < k - comma <= 24 and toks[comma + 1].lower in ("who", "whose", "which"):
        return k   # round 42: "According to the Gazeta Wyborcza daily, which first reported a letter sent …, C"
    if k < len(toks) and toks[k].text == "," and k - comma <= 14:
        seg = toks[comma + 1:k]
        nxt = toks[k + 1:k + 5]
        if seg and seg[-1].text.isdigit() and nxt and nxt[0].text.isdigit() and toks[k].end == nxt[0].start:
            return comma  # "According to organisers, a record 210,000 spectators …": a number, not an apposition
        if seg and seg[-1].is_cap and nxt and nxt[0].is_cap and any(t.lower in ("and", "or") for t in nxt[1:4]):
            return comma  # "according to X, the flood in Sunamganj, Sylhet and Netrokona …": a list, not an apposition
        if len(seg) >= 2 and seg[0].lower in ("a", "an", "the") and (seg[1].text[:1].islower()
                                                                       or classify_np(seg[:4], lex) == "role"):
            return k
        if len(seg) >= 2 and seg[0].lower in ("who", "whose", "which"):
            return k  # attribution probes round 4: "According to Mr Tan, who has run the shop since 1982, C"
        head = next((n for n, t in enumerate(seg) if t.lower in ("at", "of", "for", "with", "in")), len(seg))
        if 1 <= head <= 3 and all(t.text.isalpha() and t.text.islower() for t in seg[:head]) \
                and is_role_word(seg[head - 1].text, lex):
            return k  # "According to X, chief economist at Kotak, C": a post with no article
    return comma


_WORDS = re.compile(r"[a-z]+")


def _lower_words(text: str) -> list[str]:
    """The runs of a-z in the lower-cased text; a run of ASCII letters between spaces is one run (a list: a
    sentence's few words are tested for membership faster than a set of them is built)."""
    return _WORDS.findall(text.lower())  # a run never crosses a space
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")


_PRONOUN_OPENER = re.compile(r"(He|She)\b")


def _opening(frame: str, s_start: int, lex: Lexicon) -> int:
    """Where the subject of a sentence starts (after 'But', 'Meanwhile,', an honorific: ``sentence_connectors`` and
    ``opening_honorifics`` in attribution.yaml)."""
    m = lex.sentence_opening_re.match(frame, s_start)
    return m.end() if m else s_start


def _add(registry: Registry, m: Mention, para: str) -> Entity | None:
    """Register a mention (a mention may be added more than once: its context is read the first time)."""
    if m.start >= 5 and para[m.start - 1:m.start] == " " and para[m.start - 2:m.start - 1].isdigit() \
            and m.name.isupper() and _CLOCK_BEFORE.search(para, max(0, m.start - 8), m.start):
        return None  # "19:05 JST", "10:30 GMT": a time zone, not a body
    first = not m.context_read
    titles: set[str] = set()
    kin = None
    h_start = -1   # where an honorific before the name starts (read once, on the first time)
    if not m.context_read:
        m.context_read = True
        if m.kind in ("person", "unknown") and (not m.role or is_bare_title(m.role, registry.lex)
                                                or para.endswith(", " + m.role + " ", 0, m.start)):
            start = h_start = _honorific_start(para, m.start, registry.lex)  # "minister Shri X", "the chairman, Barr. X,"
            rank = para[start:m.start].split()[:1] if start < m.start else m.role.split()[-1:] if m.role else []
            titles = {w.rstrip(".").lower() for w in rank if w[:1].isupper()}   # "Corporal X", "Dr X"
            role = None
            if m.role and para.endswith(m.role + " ", 0, start):
                # "The senator representing Ogun Central, Senator X,": a fuller role before the title
                p = start - len(m.role) - 1
                while (w := para[max(0, p - 12):p].rsplit(None, 1)) and w[-1] in registry.lex.honorifics \
                        and para[p - 1:p] == " ":
                    p -= len(w[-1]) + 1   # roles probes round 4: "The Speaker of …, Rt. Hon. Chief X,": past the styles
                role = _preceding_role(para, p, registry.lex)
                if role is None and m.role.endswith("."):
                    # "Its chair, Sen. X, …", "The bill’s author, state Rep. X, …": the role before an abbreviated
                    # title (and a lower-case word before it), read as if the name followed the comma
                    p = start - len(m.role) - 1
                    low = _LOWER_BEFORE_TITLE.search(para, max(0, p - 20), p)
                    cut = low.start() + 2 if low is not None else p if para.endswith(", ", 0, p) else None
                    role = _preceding_role(para[:cut] + para[start:], cut, registry.lex) if cut else None
                elif role and len(role.split()) <= len(m.role.split()):
                    role = None
            role = role or _preceding_role(para, start, registry.lex)
            if role is None and not m.role:
                role = _title_and_district_before(para, start, registry.lex)
            if role is None and not m.role:
                role = _title_acronym_before(para, start, registry.lex) or _lower_title_acronym_before(
                    para, start, registry.lex)
            if role is None and m.role and para.endswith(" " + m.role + " ", 0, start):
                # "regional police commander Commissioner X": the job in lower case before the rank
                role = _title_before(para, start - len(m.role) - 1, registry.lex)
            if role is None and m.role and para.endswith(") " + m.role + " ", 0, start):
                # round 41: "Opposition Law and Justice (PiS) MP X": the party and its acronym before a bare title
                party = _PARTY_ACRONYM_BEFORE.search(para, max(0, start - len(m.role) - 80), start - len(m.role) - 2)
                role = f"{party.group(1).strip()} ({party.group(2)}) {m.role}" if party else None
            if role is None and (low := _LOWER_WORDS_AFTER_COMMA.search(para, max(0, start - 40), start)):
                # roles round 2: "The coordinator of the programme, oceanographer X, said": the definite post
                # before the comma, not the lower-case trade just before the name
                role = _preceding_role(para, low.start(1), registry.lex)
            if role is None:
                role = _title_before(para, start, registry.lex)
                if role and para.endswith(", " + role + " ", 0, start):
                    # "Standing counsel for the DDA, advocate Neha Saluja,": the fuller role before the title
                    fuller = _preceding_role(para, start - len(role) - 1, registry.lex)
                    role = fuller if fuller and len(fuller.split()) > len(role.split()) else role
            m.role = role or m.role
            if m.gender == "u" and para.endswith(", ", 0, start):
                kin = _KIN_BEFORE.search(para, max(0, start - 40), start)
                g = registry.lex.role_word_gender.get(kin.group(1).lower()) if kin else None
                if g and (m.kind == "person" or _person_like(m, registry.lex)
                          or m.kind == "unknown" and m.name in registry.lex.first_names):
                    # "His wife, Wa Ode Nurlia, runs …"; "her husband, David, …": a given name alone is him
                    m.gender, m.kind = g, "person"
            if para.endswith(", ", 0, start):
                kin = _WORD_BEFORE_COMMA.search(para, max(0, start - 30), start)
                kin = kin.group(1) if kin and kin.group(1) in registry.lex.kin_nouns else None
    if m.kind in ("organization", "unknown") and para.startswith(" (", m.end):
        acr = _ACRONYM_AFTER.match(para, m.end)
        prior = registry.find_name(acr.group(1), kinds=("organization", "unknown")) if acr else None
        if prior is not None and prior.name == acr.group(1) and registry.find_name(m.name) is None:
            registry.spell_out(prior, m.name)  # "CCIB says" first, "the Cyber Crime Investigation Bureau (CCIB)" later
    if first and m.kind == "unknown" and _AGE_AFTER_NAME.match(para, m.end) and _person_like(m, registry.lex):
        m.kind = "person"   # round 41: "Mere Horomona, 74, has lived on Cook Street …": an age after a name
    desc = None
    if first and m.kind in ("organization", "unknown") and m.start > 2 and para[m.start - 2].islower():
        desc = _body_descriptor_before(para, m.start, registry.lex)  # "streaming service Arcstream": a body
        if desc:
            m.kind = "organization"
    if first and m.kind in ("organization", "unknown") and para.endswith(", ", 0, m.start) \
            and para.startswith(",", m.end) and m.name.split()[0] not in registry.lex.first_names \
            and leading_honorific(m.name, registry.lex) is None:
        # round 38: "Peru's environmental regulator, OEFA, has opened …", "The city's water utility, Northwater,":
        # a definite description ending in a body noun, set before the name between commas, describes a body
        desc = _body_description_before_comma(para, m.start, registry.lex)
        if desc:
            m.kind = "organization"
    if first and h_start < 0:
        h_start = _honorific_start(para, m.start, registry.lex)
    honorific = para[h_start:m.start].split()[:1] if first else []
    ent = registry.add_mention(m, honorific[0] if honorific else None)
    if ent is not None and titles and ent.kind in ("person", "unknown"):
        ent.titles |= titles
    if ent is not None and kin and ent.kind in ("person", "unknown") and ent.kin is None:
        ent.kin = kin   # "survived by a son, Joost de Wit": "Her son said" is him
    if ent is not None and first and ent.kind in ("person", "unknown") and ent.kin is None:
        ent.kin = _converse_kin(para, m.end, ent, registry.lex)   # "Wayne Cotterill and his son Ben": the father
        ent.kin_converse = ent.kin is not None
    if ent is not None and ent.kind in ("organization", "unknown"):
        acr = _ACRONYM_AFTER.match(para, m.end)
        if acr and (ent.kind == "organization" or acr.group(1)[0] == m.name[:1]):
            # "the Ministry of External Affairs (MEA)"; not a party tag after a name ("Chipiliro Ngwira (MCP)")
            registry.alias(ent, acr.group(1))
    if ent is not None and ent.kind == "organization" and not ent.role and para.startswith(", ", m.end):
        ent.role = _body_apposition(para, m.end, registry.lex)  # "Corliss Logistics, a Memphis-based carrier, said"
    if ent is not None and desc and ent.kind == "organization" and not ent.role:
        ent.role = desc
    if ent is not None and ent.kind in ("person", "unknown") and (not ent.role or _abbreviated(ent.role, registry.lex)
                                                                   or _rank_only(ent.role, m, para, registry.lex)):
        if m.apposition is UNREAD:
            m.apposition = _apposition_of(para, m, registry.lex)
        role = m.apposition or ent.role
        if not role and ent.first_pos == pos_of(m.paragraph, m.start) and _person_like(m, registry.lex) \
                and ent.kin is None:   # (roles probes round 4: "His wife, X, said": the sentence before is his)
            role = _role_sentence_before(para, m.start, registry)  # "The LTA's chief executive … . Mr X said"
        body = _described_as_body(m, ent, para, registry.lex) if role and role == m.apposition else None
        if body:
            ent.role, ent.kind = body, "organization"   # "Trafiku Urban, the municipally owned bus operator, said"
        elif role:
            ent.role = role
            ent.kind = "person"
        elif len(m.name.split()) <= 3 and m.name.split()[0] not in registry.lex.first_names \
                and para.startswith(", ", m.end) and (len(m.name.split()) == 1 or para.startswith((", one of ", ", the "), m.end)):
            # "Zoomdash, one of the country’s largest delivery platforms, said": a one-word name described as a
            # kind of body (the last word heads the phrase: no preposition before it)
            body = _body_apposition(para, m.end, registry.lex)
            if body and _singular(body.rsplit(" ", 1)[-1]) in registry.lex.company_nouns \
                    and not _PREPOSITION_IN.search(body.removeprefix("one of ")):
                ent.role, ent.kind = body, "organization"
    elif ent is not None and ent.kind == "person" and ent.role and ent.role == m.role \
            and (para.startswith(_TITLE_BEATING_APPOSITION, _past_age(para, m.end))
                 or _bare_post_after(para, m.end, registry.lex)) \
            and ent.first_pos == pos_of(m.paragraph, m.start):
        # "Greens MP Ellen Farquhar, the party’s environment spokesperson in the NSW upper house, said": the
        # apposition says more than the short title before the name
        if m.apposition is UNREAD:
            m.apposition = _apposition_of(para, m, registry.lex)
        # (the capitalised body's name before a rank says nothing of the post: "Royal Fiji Police Force Inspector")
        post = [w for w in ent.role.split() if not w[:1].isupper() or is_role_word(w, registry.lex)]
        if m.apposition and len(m.apposition.split()) > len(post) + 1 \
                and (any(is_role_word(w, registry.lex) for w in m.apposition.split())
                     or para.startswith(", who ", m.end)
                     # "Co-author X, a physicist at the University of Y," : an indefinite description of a person
                     or para.startswith((", a ", ", an "), _past_age(para, m.end))
                     and _person_description(m.apposition, registry.lex) is not None) \
                and (para.startswith(_ARTICLE_APPOSITION, m.end) or not _former(m.apposition)):
            # (the title before the name still names the person: "Board Member X, chair of …" … "the board
            # member said", roles round 2)
            ent.titles |= {strip_possessive(w).lower() for w in ent.role.split() if w.isalpha()}
            ent.role = m.apposition
    return ent


_AGE_TAG = re.compile(r", \d{1,3}(?=, )")


def _past_age(para: str, end: int) -> int:
    """'Another worker, X, 34, a driver from Y,': where the name's apposition starts, past an age tag."""
    age = _AGE_TAG.match(para, end)
    return age.end() if age else end


_DESCRIPTOR_STOP = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "with", "to",
                              "by", "for", "of", "and", "or", "from", "at", "in", "on", "as", "said", "says", "told"})


def _body_descriptor_before(para: str, start: int, lex: Lexicon) -> str | None:
    """'Chicago-based processor Acme Dairies', 'a deal with streaming service Arcstream': one to three lower-case
    words (or a '…-based' place) before a body's name, ending in a noun for a company, describe it."""
    last = para[para.rfind(" ", 0, start - 1) + 1:start - 1]
    if last not in lex.business_nouns and last not in lex.company_nouns and last[:-1] not in lex.company_nouns:
        return None   # (a quick look at the word before the name first)
    words = para[max(0, start - 60):start].split()
    if len(para) - len(para[:start].rstrip()) == 0 or not words or \
            _singular(words[-1]) not in lex.business_nouns and _singular(words[-1]) not in lex.company_nouns:
        return None
    k = len(words)
    while k > 0 and len(words) - k < 3 and words[k - 1].lower() not in _DESCRIPTOR_STOP and (
            words[k - 1].replace("-", "").isalpha() and words[k - 1].islower()
            or "-" in words[k - 1] and words[k - 1].rsplit("-", 1)[1] in lex.descriptor_compounds):
        k -= 1   # ("low-cost carrier", "Muscat-based", "State-owned")
        if "-" in words[k] and words[k][:1].isupper():
            while k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha() and len(words) - k < 6:
                k -= 1   # "New York Stock Exchange-listed refiner X": the compound's capitalised words
            break
    if k == len(words) or k > 0 and (words[k - 1] not in ("with", "by", "from", "for", "to", "and", "-", "–", "—")
                                     and not words[k - 1].endswith((".", ":", ";"))
                                     and not (words[k - 1] == "the" and k > 1 and words[k - 2] == "of")):
        return None   # "the company X", "the Berlin venture firm X": only after a preposition or opening the sentence
        # (or "of the": "chair of the disability charity X")
    return " ".join(words[k:])


_DESCRIPTION_BEFORE_COMMA = re.compile(
    r"(?:^|(?<=[.;:,] )|(?<=\bby )|(?<=\bfrom )|(?<=\bwith )|(?<=\band ))"
    r"((?:[Tt]he|[Ii]ts|[A-Z][\w.-]*(?:['’]s|s['’])) (?:[a-z][\w'’-]* |[A-Z][\w]*(?: [A-Z][\w]*)*-[a-z]+ ){0,3}([a-z]+)), $")


def _body_description_before_comma(para: str, start: int, lex: Lexicon) -> str | None:
    """'Peru's environmental regulator, OEFA,', 'The city's water utility, Northwater,': an article or an owner's
    possessive, up to three lower-case words (or a '…-based' compound) and a body noun, opening its clause before
    the name and a comma: the body's description (without the article), or None."""
    m = _DESCRIPTION_BEFORE_COMMA.search(para[:start], max(0, start - 80))
    if m is None or _singular(m.group(2)) not in lex.company_nouns and _singular(m.group(2)) not in lex.business_nouns:
        return None
    desc = m.group(1)
    return desc[4:] if desc.lower().startswith("the ") else desc


_ARTICLE_APPOSITION = ", the "  # a post ("the party’s spokesperson"), not a description ("a former diplomat")
# an apposition that says more than a title before the name: "the party’s spokesperson", "a spokesman for the
# police administration" (not "a former diplomat"), "who heads the growers' association"
_TITLE_BEATING_APPOSITION = (", the ", ", a ", ", an ", ", who ")


def _bare_post_after(para: str, end: int, lex: Lexicon) -> bool:
    """roles round 2: 'Board Member X, chair of the finance committee,', 'Highlands MSP X, Labour's transport
    spokeswoman,': an apposition with no article that opens with a lower-case post and its complement, or with a
    capitalised owner's possessive and a lower-case post."""
    m = _BARE_POST.match(para, end)
    if m is None:
        return False
    words = m.group(1).split()
    if words[0][:1].islower():
        return is_role_word(words[0], lex) and len(words) >= 2 and words[1] in ("of", "for", "at", "on")
    return all(w.isalpha() and w.islower() for w in words[1:]) and is_role_word(words[-1], lex)


# ", chair of the finance committee," / ", Labour's transport spokeswoman,"
_BARE_POST = re.compile(r", ((?:[a-z][\w-]*(?: [\w’'-]+){1,10})|(?:[A-Z][\w-]*[’']s(?: [a-z][\w-]*){1,4}))(?=[,.])")
_CLOCK_BEFORE = re.compile(r"\d[:.]\d\d $")
_LOWER_BEFORE_TITLE = re.compile(r", [a-z]+ $")
_WORD_BEFORE_COMMA = re.compile(r"\b([a-z]+), $")


def _kin_head(subject: str, lex) -> str | None:
    """'the young wrestler's father' -> 'father': a relative described by whose relative they are."""
    words = subject.split()
    return words[-1] if len(words) >= 2 and words[-1] in lex.kin_nouns else None


def _lede_kin_named_later(out: list, registry) -> None:
    """Leftovers round 2: a lede's '…, and the young wrestler's father told reporters C' is the one person the next
    two paragraphs introduce as that relative the other way round ('Tomasz Nowak, whose son Kacper …, said')."""
    for q in out:
        if q.speaker is None and q.pending_kin and q.paragraph <= 2:
            kin = _converse_kin_named(registry, q.pending_kin, pos_of(q.paragraph + 3, 0))
            if len(kin) == 1:
                q.speaker = kin[0]


def _converse_kin_named(registry, word: str, pos: int) -> list:
    """Leftovers round 2: the person the story made a relative the other way round ('Wayne Cotterill and his son
    Ben' … 'His father said'), named anywhere before (not only in the last two paragraphs)."""
    return [e for e in registry.entities if e.kin == word and e.kin_converse and e.first_pos < pos]


_KIN_AFTER_NAME = re.compile(r"(?:, \d{1,3},)? and (his|her) (\w+)\b|, whose (\w+)\b")


def _converse_kin(para: str, end: int, ent, lex) -> str | None:
    """Leftovers round 2: 'Wayne Cotterill, 63, and his son Ben', 'Tomasz Nowak, whose son Kacper …': the person
    named is the son's father (the mother, for a woman), so a later 'His father said' names him."""
    k = _KIN_AFTER_NAME.match(para, end)
    pair = lex.kin_converse.get(k.group(2) or k.group(3)) if k else None
    if not pair:
        return None
    g = "m" if k.group(1) == "his" else "f" if k.group(1) == "her" else ent.gender
    return pair[0] if g == "m" else pair[1] if g == "f" else None


_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:\w+\s+)?(\w+), $")


_LOWER_WORD_AFTER = re.compile(r"(?:, \d{1,3},)? [a-z]+\b(?![’'])")   # "Sione Vake, 42, is …" reads past the age


def _unknown_opener(frame: str, mentions: list, k: int, s_end: int, ent, registry: Registry) -> bool:
    """'Lusine Avetisyan watched the debate from the gallery.': a name no list knows, opening the sentence before a
    lower-case verb, with nobody else named in it, is whom the sentence is about (not "Island Thunder's trainer,
    X, …", "Mashonaland Eagles coach X …")."""
    m = mentions[k]
    if not _LOWER_WORD_AFTER.match(frame, m.end) or not registry._person_shaped(ent):
        return False
    return not any(mm.start < s_end and (mm.kind == "person" or _person_like(mm, registry.lex))
                   for mm in mentions[k + 1:])


_POSSESSOR_APPOSITION = re.compile(r"(?: [a-z][a-z-]*){1,3}, $")


def _possessor_of_next(para: str, mentions: list, k: int) -> bool:
    """'Vale's sister, Ana Vale, …': a name in the genitive before a short lower-case noun and a comma owns the
    person named next, who is what the sentence is about."""
    m = mentions[k]
    if not para[m.start:m.end].endswith(("'s", "’s")) or k + 1 >= len(mentions):
        return False
    return bool(_POSSESSOR_APPOSITION.fullmatch(para, m.end, mentions[k + 1].start))


def _person_like(m: Mention, lex: Lexicon) -> bool:
    """A person's name, or two or three capitalised words that name no known organisation ('Kellie Ostrowski')."""
    if m.kind == "person":
        return True
    words = m.name.split()
    return (m.kind == "unknown" and 2 <= len(words) <= 3 and m.name not in lex.organizations
            and not any(w in lex.org_suffixes or w in lex.org_prefixes or w.isupper() for w in words))


def _abbreviated(role: str, lex: Lexicon) -> bool:
    """'Sen.', 'Lt. Gen.': a title that says less than an apposition would; not 'Attorney General'."""
    return is_bare_title(role, lex) and any(w.endswith(".") or w.lower() in lex.abbreviations for w in role.split())


def _rank_only(role: str, m: Mention, para: str, lex: Lexicon) -> bool:
    """'Colonel', 'Professor' before a name that an apposition follows ('Colonel X, spokesperson for …,'): a bare
    title that says less than the apposition."""
    if not para.startswith(", ", m.end) or role != m.role or not role[:1].isupper() \
            or para.startswith(_ARTICLE_STARTS, m.end + 2) and not (
                para.startswith(("the ", "The "), m.end + 2) and " " not in role and role.lower() in lex.role_heads):
        return False   # (a one-word title gives way to a definite post: "Professor X, the vice-chancellor,")
    words = role.split()  # "Colonel", "Pol Maj Gen": ranks and titles only ("Alderman": a lower-case head as a title)
    return len(words) <= 4 and all(w.rstrip(".") in lex.abbreviations or is_role_word(w, lex)
                                   or w.lower() in lex.lower_role_heads for w in words)


_ARTICLE_STARTS = ("a ", "an ", "the ", "A ", "An ", "The ")  # "a former diplomat", "the front-runner": descriptions


_ONE_CAP_WORD = re.compile(r"[A-Z][a-z]+")
_AGE_AFTER_NAME = re.compile(r", (?:aged )?\d{1,2},")   # round 41: "X, 74, has lived …"
_LOWER_WORDS_AFTER_COMMA = re.compile(r", ((?:[a-z][\w-]*\s){1,2})$")
_CLOSED_BY_COMMA = re.compile(r"[^,.;]{1,60}?(?:,|\s[—–-]\s)")   # (round 40: or an aside between dashes)
_CLAUSE_BREAK = re.compile(r"[,;:.!?“”\"]\s")
# (not the full stops inside "U.N." or after it: "a spokesman for the U.N. secretary-general")
_APPOSITION_END = re.compile(r"[;:()“”\"]|,(?!\s*\d)|\.(?![A-Za-z])(?<!\.[A-Z]\.)")
_PARTY_TAG = re.compile(r", [RDI]-[A-Z][\w.’']*(?: [A-Z][\w.’']*){0,2}(?=,)")
_AGE_PAREN = re.compile(r" \((?:\d{1,3}(?:st|nd|rd|th)?|[A-Z]{1,5})\)(?=,)")   # "(58)", "Ald. X (45th)", "X (BJP)"
_HONORIFIC_WORD = re.compile(r"(\S+) ")
_POST_CLAUSE_END = re.compile(r"[.;:“”\"]|,(?!\s*\d)")
# "who heads the group and is a co-author", "who runs a company in Shuwaikh and supplies titles to …": a second
# predicate (a lower-case present-tense verb in -s after "and") is no part of the post
_AND_IS = re.compile(r" and (?:is|was|has|had|whose|who|[a-z]{3,}[^s\W]s(?= (?!(?:in|of|on|at|for|to|from|with|and|or|across)\b)[\w“‘]))\b ?")
_WHO_IS = re.compile(r"who (?:is|was|has been)(?: also| now| currently)? "
                     # roles probes round 5: "X, who was appointed chief executive of … last month,": the post taken
                     r"(?:(?:recently |newly |last year |this year )?(?:appointed|elected|promoted to|sworn in as|"
                     # (not an award: "who was named player of the match")
                     r"named(?! (?:the )?[a-z]+ of the (?:match|day|series|tournament|year|season|month))) )?")


# roles probes round 5: when a post was taken, after it ("appointed chief executive … last month", "… in 2019")
_TIME_TAIL = re.compile(r"\s(?:(?:last|this|earlier this|later that|the same|the following|next)\s"
                        r"(?:week|month|year|summer|spring|autumn|fall|winter|term)|since\s\d{4}|"
                        r"in\s(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)(?:\s\d{4})?)$")


# roles probes round 5: an age opening a role read before the name is no part of it (roles take no age)
_AGE_LEAD = re.compile(r"^(?:[Tt]he\s)?\d{1,3}-year-old\s(?=\S)")
# roles probes round 5: "One pharmacist, X, said": the count before an occupation is no part of it (not "one of …")
_ONE_LEAD = re.compile(r"^(?:One|one|Another|another)\s(?!of\b)(?=[a-z])")


def _preceding_role(para: str, start: int, lex: Lexicon) -> str | None:
    """'The shadow chancellor, Owen Tremlett, accused …' → the role before the name."""
    if not para.endswith(", ", 0, start):
        return None  # the name must stand between commas
    before = para[max(0, start - 160):start]
    hon = _HONORIFIC_WORD.match(para[start:start + 12])
    # "The panel’s ranking Democrat, Sen. X,": an abbreviated title says the name holds an office
    titled = hon is not None and hon.group(1).endswith(".") and _abbreviated(hon.group(1), lex)
    name_start = start + hon.end() if hon and (hon.group(1) in lex.honorifics or titled) else start
    q = start
    while not _CLOSED_BY_COMMA.match(para, name_start) and (h := _HONORIFIC_WORD.match(para, q, q + 14)) \
            and (h.group(1) in lex.honorifics or h.group(1) == "the" or is_title_word(h.group(1), lex)) and q - start < 30:
        q = h.end()   # roles probes round 4: "Rt. Hon. Chief X,", "Senator the Hon. X,": titles and styles
        name_start = q if _CLOSED_BY_COMMA.match(para, q) else name_start
    if not before.endswith(", ") or not _CLOSED_BY_COMMA.match(para, name_start):
        return None  # the name must stand between commas
    parts = _CLAUSE_BREAK.split(before[:-2])
    seg = parts[-1]
    if len(parts) >= 2 and before.endswith(f", {seg}, ") and (seg in lex.places or (
            _ONE_CAP_WORD.fullmatch(seg) and not is_role_word(seg, lex)
            and any(is_role_word(w, lex) for w in parts[-2].split()[-3:]))):
        seg = f"{parts[-2]}, {seg}"  # "a lecturer at Bayero University, Kano, Dr X,", "District Collector, Pune, X,"
    elif len(parts) >= 2 and " and " in seg and (_LAST_OF_NAME_LIST.fullmatch(seg) or _LIST_THEN_BODY.fullmatch(seg)) \
            and parts[-2][-1:].isalpha() \
            and parts[-2].rsplit(None, 1)[-1][:1].isupper() and before.endswith(f", {seg}, ") \
            and any(is_role_word(w, lex) for w in parts[-2].split()):
        # "The director in the Ministry of Health, Social Services and Housing, Dr X,": the body's name holds a list
        # ("The Assistant Minister for Trade, Industry and Tourism at the Ministry of Commerce, Hon. X,": a title's
        # remits listed, then its body)
        seg = f"{parts[-2]}, {seg}"
    at = max(seg.rfind(" the "), seg.rfind(" The "))
    own = _OWNER.search(seg)
    if own is not None and own.start() > max(at, 0):
        return _owned_role(seg[own.end():], lex)  # "with its secretary-general, Dr X,"
    if not seg[:1].isupper() and at < 0 and not seg.startswith(("a ", "an ")):
        return None  # "Reacting, a political analyst at X, Dr Y, said" is one
    toks = tokenize(seg)
    if not toks or toks[0].lower not in ("the", "a", "an") and not toks[0].text[:1].isupper():
        toks = []
    role = role_phrase(toks, lex) if toks else None
    if role is None and at > 0:
        role = role_phrase(tokenize(seg[at + 1:]), lex)  # "… between X and the UAE’s minister of state, Y"
    if role is None:
        pos = _POSSESSIVE_ROLE.search(seg)
        if pos is not None:
            role = _owned_role(pos.group(2), lex)  # "The deal was driven by Norbury’s chief executive, X,"
            role = f"{pos.group(1)} {role}" if role else None
    if role is not None and not titled and not any(is_role_word(w, lex) for w in role.split()) \
            and not (role.split()[-1].islower() and person_noun(role.split()[-1], lex)):
        # before a name only a real title counts: not "the partnership, Kurt Campbell,"; a person noun heads one
        # too (roles probes round 4: "The harbour master, Captain X,")
        return None
    return role.replace(" , ", ", ") if role else role


# round 43: "Joint Director of Health Services (JDHS), Dibrugarh, Dr X said": a capitalised title (its bracketed
# acronym dropped) and a one-word district, each closed by a comma, opening the sentence before the name
_TITLE_DISTRICT_BEFORE = re.compile(r"(?:^|(?<=[.!?”\"] ))((?:[A-Z][\w’'-]*|of|for|and|the)(?: (?:[A-Z][\w’'-]*|of|for|and|the)){0,7})"
                                    r"(?: \([A-Z][A-Za-z&-]{1,9}\))?, ([A-Z][a-z]+), $")


def _title_and_district_before(para: str, start: int, lex: Lexicon) -> str | None:
    """The title and district before a name that opens its clause without a comma after it (round 9's `Deputy
    Commissioner, Sangrur, X,` needed the name between commas)."""
    m = _TITLE_DISTRICT_BEFORE.search(para, max(0, start - 120), start)
    if m is None or m.end() != start:
        return None
    title, place = m.group(1), m.group(2)
    words = title.split()
    if words[0] in ("The", "the") or not words[-1][:1].isupper() or not any(is_role_word(w, lex) for w in words) \
            or is_role_word(place, lex) or place in lex.first_names and place not in lex.places:
        return None
    return f"{title}, {place}"


# "… by Norbury’s chief executive": a capitalised owner and the lower-case words that end the segment
_POSSESSIVE_ROLE = re.compile(r"(?<!\S)([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}[’']s)\s((?:[a-z][\w’'-]*\s?){1,6})$")
_OWNER = re.compile(r"\s(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?!.*\s(?:its|his|her|their|our|the)\s)")


def _owned_role(seg: str, lex: Lexicon) -> str | None:
    """'its secretary-general' → 'secretary-general'; 'her younger brother and producer' → 'producer' (the job,
    not the kinship, when only the last conjunct names one)."""
    toks = tokenize(seg)
    if not toks or len(toks) > 8 or not all(_PLAIN_WORD.fullmatch(t.text) and t.text.islower() for t in toks):
        return None
    if not any(is_role_word(t.text, lex) for t in toks):
        return None
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].lower == "and":
            if not any(is_role_word(t.text, lex) for t in toks[:k]):
                toks = toks[k + 1:]
            break
    return " ".join(t.text for t in toks) or None


_PLAIN_WORD = re.compile(r"[\w’'-]+")
_LIST_THEN_BODY = re.compile(r"[A-Z][\w’'-]*(?: (?:and|&|[A-Z][\w’'-]*))* (?:at|in|of) (?:the )?[A-Z][\w’'-]*"
                             r"(?: (?:and|&|of|the|[A-Z][\w’'-]*))*")
_LAST_OF_NAME_LIST = re.compile(r"[A-Z][\w’'-]*(?: (?:and|&|of|[A-Z][\w’'-]*))*")
_NOT_IN_TITLE = {"the", "a", "an", "and", "or", "but", "between", "by", "with", "to", "from", "said", "says", "told",
                 "that", "of", "for", "in", "on", "at", "as", "when", "while", "after", "before", "his", "her",
                 "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "who"}


_TITLE_ACRONYM_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*\s)(?:(?:[A-Z][\w’'-]*|of|for|to|and|the)\s){0,6})\(([A-Z]{2,6})\)\s$")


def _title_acronym_before(para: str, start: int, lex: Lexicon) -> str | None:
    """'Tahirpur Upazila Nirbahi Officer (UNO) Shirin Sultana': a capitalised title ending in a role word and
    its bracketed acronym right before the name."""
    if start < 6 or para[start - 2:start] != ") ":
        return None
    m = _TITLE_ACRONYM_BEFORE.search(para, max(0, start - 90), start)
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[0] in lex.common_caps:
        words = words[1:]
    link = next((n for n, w in enumerate(words) if w in ("of", "for", "to")), None)
    if words and link is None and any(w.islower() for w in words):
        return None
    if not words or not (is_role_word(words[-1], lex) or link is not None and link >= 1 and is_role_word(words[link - 1], lex)
                         and words[-1] not in ("of", "for", "to", "and", "the")):
        return None   # ("Member of Parliament (MP) X": a title with its complement)
    return f"{' '.join(words)} ({m.group(2)})"


_PARTY_ACRONYM_BEFORE = re.compile(r"(?:^|(?<=[\s,;:“”\"]))((?:[A-Z][\w’'-]*\s(?:(?:and|of|for|the)\s)?){1,6})\(([A-Z][A-Za-z]{1,6})\)$")
_WORDS_ACRONYM_BEFORE = re.compile(r"((?:[\w’'-]+\s){1,10})\(([A-Z]{2,6})\)\s$")


def _lower_title_acronym_before(para: str, start: int, lex: Lexicon) -> str | None:
    """Round 40: 'Matabeleland South provincial veterinary officer (PVO) Dr X', 'District medical officer (DMO)
    X': a title with lower-case words whose initials are the bracketed acronym, ending in a role word, and the
    capitalised words before it (a place), right before the name."""
    if start < 6 or para[start - 2:start] != ") ":
        return None
    m = _WORDS_ACRONYM_BEFORE.search(para, max(0, start - 120), start)
    if m is None:
        return None
    words, acronym = m.group(1).split(), m.group(2)
    k = len(acronym)
    tail = words[-k:]
    if len(words) < k or "".join(w[0] for w in tail).upper() != acronym or not any(w.islower() for w in tail) \
            or not is_role_word(tail[-1], lex):
        return None
    head: list[str] = []
    for w in reversed(words[:-k]):
        if not w[:1].isupper() or w.lower() in _NOT_IN_TITLE or not w[1:].replace("’", "").replace("'", "").isalpha():
            break
        head.insert(0, w)
    while head and head[0] in lex.common_caps:
        head = head[1:]
    return f"{' '.join(head + tail)} ({acronym})"


# names round: a lower-case title head with its lower-case 'of/for' complement right before a name
_HEAD_OF_BEFORE = re.compile(r"(?<![\w’'-])([a-z][\w-]*) (?:of|for) ((?:[a-z][\w-]*\s){1,3})$")


def _title_before(para: str, start: int, lex: Lexicon) -> str | None:
    """'talks between external affairs minister R.K. Bhandari and …' → 'external affairs minister'."""
    if start < 2 or para[start - 1] != " ":
        return None
    lo = max(0, start - 80)
    # (a match holds " of " or " for ": without one in the window, no search)
    m = _HEAD_OF_BEFORE.search(para, lo, start) if para.find(" of ", lo, start) >= 0 or \
        para.find(" for ", lo, start) >= 0 else None
    if m is not None and (m.group(1) in lex.role_heads or m.group(1) in lex.lower_role_heads) \
            and not any(w in _NOT_IN_TITLE or w in lex.role_heads for w in m.group(2).split()):
        # names round: "White House chief of staff X", "UNICEF director of emergency programmes X": the title
        # before the head, then the head's complement
        head = _title_before(para, m.end(1) + 1, lex)
        if head:
            return head + para[m.end(1):start].rstrip()
    lo = max(0, start - 60)
    last = para[lo:start].rsplit(None, 1)   # a quick look at the last word first
    if not last or not last[-1].islower() or (last[-1] not in lex.role_heads and last[-1] not in lex.lower_role_heads
                                              and not (last[-1].count("-") >= 2 and is_role_word(last[-1], lex))):
        return None   # ("attorney-at-law X": a head with its complement)
    words = para[lo:start].split()
    if lo > 0 and para[lo - 1].isalnum() and words:
        words = words[1:]  # the window began inside a word
    words = words[-5:]
    if not words or not words[-1].islower() or (words[-1] not in lex.role_heads and words[-1] not in lex.lower_role_heads
                                                and not (words[-1].count("-") >= 2 and is_role_word(words[-1], lex))):
        return None
    k = len(words) - 1
    lower_only = words[-1] in lex.lower_role_heads and words[-1] not in lex.role_heads  # "top seed X": only ranks and capitalised words before it
    while k > 0 and words[k - 1].lower() not in _NOT_IN_TITLE and _PLAIN_WORD.fullmatch(words[k - 1]):
        if lower_only and words[k - 1].islower() and words[k - 1] not in lex.rank_words \
                and words[k - 1] not in lex.role_modifiers:
            break  # "will meet top seed X" → "top seed", not "meet top seed"
        if words[k - 1].endswith("ed") and len(words[k - 1]) > 4 and words[k - 1] not in lex.person_descriptors \
                and words[k - 1] not in lex.role_modifiers:
            break  # "X praised goalkeeper Y" → "goalkeeper": a past tense is no part of a title ("retired" is)
        if k >= 3 and words[k - 1].islower() and words[k - 2].isupper() and words[k - 3].isupper() \
                and words[k - 1] not in lex.role_modifiers and words[k - 1] not in lex.person_descriptors:
            break  # "CORAL BAY gave trainer X" (a lede's capitals, then a verb) → "trainer"; not "AIADMK organising …"
        k -= 1  # "Northfield Rovers manager", "external affairs minister"
    while k < len(words) - 1 and _AGE_WORD_RE.fullmatch(words[k]):
        k += 1   # "21-year-old left-arm seamer X": the age is no part of the title
    return " ".join(words[k:])


_AGE_WORD_RE = re.compile(r"\d{1,3}-year-old")


_SENTENCE_END = re.compile(r"([\w’'.]+)[.!?][”\"’]?\s+(?=[A-Z“\"‘])")
# the same where a word starts: past the first match, every match starts so, and the regex engine need not read
# from each offset inside a word to the word's end
_SENTENCE_END_AT_WORD = re.compile(r"(?<![\w’'.])" + _SENTENCE_END.pattern)
# what may stand before the name in its sentence: "Speaking outside Parliament House, ", "In it, ", "Mr "
_NAME_LEAD = re.compile(r"(?:[A-Z][^,.;:!?“”\"]{0,60},\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?")
# the subject a sentence opens with: "The ", "On Tuesday afternoon, the "
_THE_LEAD = re.compile(r"(?:[A-Z][^,.;:!?“”\"]{0,40},\s+)?(?:[Tt]he\s+|(?=[A-Z][\w-]*[’']s\s))")  # or "Somerset’s "
_COMPLEMENT = {"of", "for", "at"}


def _sentence_starts(para: str, lo: int, hi: int, lex: Lexicon) -> list[int]:
    """Where each sentence after the first starts in para[lo:hi] (what ``_SENTENCE_END.finditer`` ends)."""
    first = _SENTENCE_END.match(para, lo, hi)   # (only a match at lo may start inside a word)
    ends = ([first] if first else []) + list(_SENTENCE_END_AT_WORD.finditer(para, first.end() if first else lo, hi))
    return [m.end() for m in ends if m.group(1) not in lex.abbreviations]


def _role_sentence_before(para: str, start: int, registry: Registry) -> str | None:
    """'The LTA’s chief executive was more direct. Mr Ravi Chandran said …': a sentence whose subject is a
    definite, qualified role ('the X’s ROLE', 'the ROLE of X') and that names nobody introduces the person
    named first in the next sentence."""
    lex = registry.lex
    starts = _sentence_starts(para, max(0, start - 500), start + 1, lex)
    if not starts or (_NAME_LEAD.fullmatch(para, starts[-1], start) is None
                      and not _reported_before_name(para, starts[-1], start, lex)
                      and _QUOTED_THEN_SAID.fullmatch(para, starts[-1], start) is None):
        return None
    s = starts[-1]
    ps = starts[-2] if len(starts) >= 2 else (0 if start - 500 <= 0 else -1)
    if ps < 0:
        return None
    lead = _THE_LEAD.match(para, ps, s)
    if lead is None:
        return None
    toks = tokenize(para[lead.end():s])
    head = -1
    for k, t in enumerate(toks[:7]):
        if not _PLAIN_WORD.fullmatch(t.text):
            break
        if is_role_word(t.text, lex):
            head = k
        elif head >= 0:
            break
    if head < 0:
        return None
    end = head + 1
    qualified = any(t.text.endswith(("’s", "'s")) for t in toks[:head])
    # "The housing secretary is expected to …": a noun before the head names one office (not "the former president")
    qualified = qualified or (head >= 1 and toks[head - 1].text.isalpha() and toks[head - 1].text.islower()
                              and toks[head - 1].lower not in lex.vague_role_modifiers
                              and not is_role_word(toks[head - 1].text, lex))
    if end + 1 < len(toks) and toks[end].lower in _COMPLEMENT:
        k = end + 1 + (toks[end + 1].lower == "the")
        caps = k
        while caps < len(toks) and (toks[caps].is_cap or toks[caps].lower in ("and", "of", "&") and caps > k):
            caps += 1
        if caps > k:
            end = caps - (toks[caps - 1].lower in ("and", "of", "&"))
        elif k < len(toks) and toks[k].text.islower() and _PLAIN_WORD.fullmatch(toks[k].text):
            end = k + 1  # "head of trust and safety"
            if end + 1 < len(toks) and toks[end].lower == "and" and toks[end + 1].text.islower():
                end += 2
        qualified = qualified or end > head + 1
    if not qualified or end >= len(toks) or not (toks[end].text == "," or toks[end].text.islower()):
        return None
    return " ".join(t.text for t in toks[:end])


def _reported_before_name(para: str, s: int, start: int, lex: Lexicon) -> bool:
    """'Gross margin would fall this year, Anders Holm said': a reported clause that names nobody, then the name
    and a speech verb."""
    if not para.endswith(", ", s, start) or any(c in _QUOTE_CHARS for c in para[s:start]):
        return False
    if any(w[:1].isupper() for w in para[s:start].split()[1:]):
        return False
    nxt = _NEXT_WORD.match(para, start)
    return nxt is not None and nxt.group(1) in lex.speech_verbs


_QUOTE_CHARS = frozenset("“”\"‘’")
# "“There is no point pretending …,” said ": a whole quotation, then the verb before the name
_QUOTED_THEN_SAID = re.compile(r"[“\"][^“”\"]+[”\"]\s(?:said|says|added)\s")
_NEXT_WORD = re.compile(r"\S+(?:\s\S+){0,3}?\s(said|says|told|added)\b")


def _until_clause(toks, lex: Lexicon | None = None) -> list:
    """Tokens up to the end of an apposition (a comma, a full stop, a verb)."""
    out = []
    for t in toks:
        if t.text in ",.;:()" or t.is_quote or (lex is not None and (
                t.lower in lex.speech_verbs or (t.lower in lex.auxiliaries and not t.is_cap))):
            break
        out.append(t)
    return out


def _body_apposition(para: str, end: int, lex: Lexicon) -> str | None:
    """'Zoomdash, one of the country’s largest delivery platforms, said' → what the body is: an indefinite noun
    phrase ('a …', 'one of …') of two to twelve words ending in a lower-case noun, closed by a comma, a full
    stop or a relative clause ('an hour later' is stopped by 'later' and is no description)."""
    toks = tokenize(para[end + 2:end + 160])
    if not toks or toks[0].lower not in ("a", "an", "one", "the"):
        return None
    if toks[0].lower == "one" and (len(toks) < 2 or toks[1].lower != "of"):
        return None
    words = _until_clause(toks, lex)
    k = next((n for n, t in enumerate(words) if t.lower in _RELATIVE_WORDS), len(words))
    words = words[:k]
    nxt = toks[len(words)] if len(toks) > len(words) else None
    if not 2 <= len(words) <= 12 or (nxt is not None and nxt.text not in (",", ".") and nxt.lower not in _RELATIVE_WORDS):
        return None
    last = words[-1].text
    if toks[0].lower == "the":
        # "Landsvirkjun, the state-owned power company,", "X, the Podgorica-based NGO,": a definite description
        # of two or more words ending in a noun for a body (no owner: "the party’s …" says whose it is)
        full = words
        conj = next((n for n, t in enumerate(words) if n >= 3 and t.lower == "and"), 0)
        if conj and _singular(words[conj - 1].lower) in lex.company_nouns:
            words = words[:conj]   # "the government’s investment company and Y’s largest shareholder": the first
            last = words[-1].text  # description says what the body is, the second stays with it
        owner = next((n for n, t in enumerate(words) if t.text.endswith(("’s", "'s"))), 0)
        if len(words) < 3 or _singular(last.lower()) not in lex.company_nouns or \
                any(t.text.endswith(("’s", "'s")) or t.is_cap and t.text.isalpha() for t in words[owner + 1:-1]) \
                or owner and not (len(words) - owner >= 3 and _singular(last.lower()) in lex.business_nouns):
            return None   # ("the Flemish government’s investment company": an owner, then a kind of business)
        return para[end + 2 + words[1].start:end + 2 + full[-1].end]
    if not (last.isalpha() and last.islower() or last.isupper() and last.lower() in lex.company_nouns) \
            or any(t.text.isdigit() for t in words):
        return None
    return para[end + 2 + words[0].start:end + 2 + words[-1].end]


def _closes_inverted_cue(para: str, end: int, stop: int) -> bool:
    """'…,” said Khaled Mrad, who heads the Syndicate of X.': the post clause closes the sentence of an inverted cue
    (a speech verb right before the name), so its full stop ends the post."""
    if not para.startswith(".", stop) or para[stop + 1:stop + 2] not in ("", " ", "\n"):
        return False
    lo = max(para.rfind(c, 0, end) for c in ",”\"")
    words = para[lo + 1:end].split()
    return bool(words) and words[0] in _INVERTED_CUE_VERBS


_INVERTED_CUE_VERBS = frozenset({"said", "says", "added", "adds", "told", "wrote", "writes", "explained"})


def _ends_reported_clause(toks, k: int, q_toks: list[int], cue, span, lex: Lexicon) -> bool:
    """'The new price, published on Monday, is “simply below our cost,” said X.': the one quotation of the sentence,
    closed, lower-case, continuing a clause of at least four words that opens the sentence, right before the cue
    ('said X' or 'X said')."""
    if q_toks != [k] or not span.closed or not span.text[:1].islower() or k < 4 or span.continues:
        return False
    prev = toks[k - 1]
    if not (prev.text.isalpha() and prev.text.islower()) or prev.lower in lex.speech_verbs \
            or prev.lower in ("called", "dubbed", "described", "as", "labelled", "labeled", "named", "termed"):
        return False   # 'X said “…”', 'what residents call “…”': no clause of the story's own
    n = k + 1
    if n < len(toks) and toks[n].text == ",":
        n += 1   # 'is “simply below our cost”, said X' (the comma outside the marks)
    elif not span.text.rstrip().endswith(","):
        return False
    after = cue.verb_index == n if cue.inverted else (cue.subject.start == n and cue.verb_index > k)
    return after and toks[0].is_cap and not any(t.text in ":;" for t in toks[:k])


def _described_as_body(m: Mention, ent, para: str, lex: Lexicon) -> str | None:
    """'Trafiku Urban, the municipally owned bus operator, said': a name that nothing shows to be a person (no
    given name, honorific, gender or title) described by a definite phrase ending in a noun for a body is that
    body; the description is its role."""
    words = m.name.split()
    if ent.kind == "organization" or m.role or ent.gender != "u" or words[0] in lex.first_names \
            or len(words) > 3 or not para.startswith(", the ", m.end):
        return None
    body = _body_apposition(para, m.end, lex)
    if not body or _singular(body.rsplit(" ", 1)[-1].lower()) not in lex.company_nouns or _PREPOSITION_IN.search(body):
        return None
    return body


_BUT_NAME = re.compile(r", (?:but|while|yet|whereas) ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?=[a-z])")
_NAME_APOSTROPHE = re.compile(r"(?:(?<=\s)|(?<=^))’(?=[A-Z][a-z]+ [A-Z][a-z])")
_NICKNAME = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?")
_CAP_WORD_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w’'.-]*\s$")


def _without_nicknames(para: str, nicknames) -> str:
    """The paragraph with each nickname inside a name taken out, with the space before it
    ('Dion “Sparks” Rampersad' -> 'Dion Rampersad'): the text the role reader reads."""
    for nick in reversed(nicknames):
        start = nick.start - 1 if para[nick.start - 1:nick.start] == " " else nick.start
        para = para[:start] + para[nick.end:]
    return para


def _is_nickname(span: QuoteSpan, para: str) -> bool:
    """'Robert “Bobby” Tanaka', 'Ana "La Flaca" Ruiz': one or two capitalised words in quotation marks between
    two capitalised words of a name."""
    return (span.closed and not span.continues and bool(_NICKNAME.fullmatch(span.text))
            and bool(_CAP_WORD_BEFORE.search(para, max(0, span.start - 40), span.start))
            and para[span.end:span.end + 1] == " " and para[span.end + 1:span.end + 2].isupper())


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_RELATIVE_IN = re.compile(r" (?:that|which|who) ")
_PREPOSITION_IN = re.compile(r"\b(?:of|for|at|with|in|from|on|to|by)\b")
_RELATIVE_WORDS = frozenset({"that", "which", "whose", "who", "where"})


# "According to (fire chief) X, …" opening a sentence: the words after the name's comma are the main clause
_LEADING_ACCORDING = re.compile(r"(?:^|[.!?:;”\"]\s+)(?:But |And )?According to [^,.;:!?“”\"]{0,60}$")


def _apposition_of(para: str, m: Mention, lex: Lexicon) -> str | None:
    """The apposition after a mention; none where a leading 'According to X,' is followed by the sentence's
    main clause ('According to X, the building collapsed after midnight.'), which no comma closes."""
    if _LEADING_ACCORDING.search(para, max(0, m.start - 80), m.start) and para.startswith(", ", m.end):
        stop = _APPOSITION_END.search(para, m.end + 2, m.end + 200)
        if stop is None or para[stop.start()] != ",":
            return None
    if m.role and _WHO_IS_ALSO.match(para, m.end):
        return None   # names round: "Agriculture Minister X, who is also deputy prime minister,": the title stays
    if m.role and _WHO_REPRESENTS.match(para, m.end):
        return None   # roles probes round 4: "Councilmember X, who represents the 2nd District,": the title stays
    return _apposition_role(para, m.end, lex)


_WHO_IS_ALSO = re.compile(r", who (?:is|was) also ")
_WHO_REPRESENTS = re.compile(r", who represents ")


@nesting_at_most(40)   # (fuzzing: "X, 41, 41, …" a thousand times raised RecursionError)
def _apposition_role(para: str, end: int, lex: Lexicon) -> str | None:
    """'Kurt Campbell, US Deputy Secretary of State, …' → the role after the name."""
    age = _AGE_PAREN.match(para, end)
    if age is not None:
        end = age.end()  # "Kamla Devi (58), a domestic worker"
    elif (paren := _ROLE_PAREN.match(para, end)) is not None:
        # roles round 2: "said Henrik Solberg (chief economist at Nordbank)": a post in brackets after the name
        toks = tokenize(paren.group(1), 0, lex.abbreviations)
        role = role_phrase(toks, lex)
        if role and len(role.split()) >= 2 and any(is_role_word(w, lex) for w in role.split()):
            return role.replace(" , ", ", ")
        return None
    elif (paren := _ROLE_PAREN_CAP.match(para, end)) is not None and (role := _capitalised_post(paren.group(1), lex)):
        return role   # roles probes round 5: "Noor Aziz (Managing Director of Aziz Holdings) said"
    elif (dash := _ROLE_DASHES.match(para, end)) is not None:
        # roles round 3: "Ron Miller — president of the fair board — said", "Dr X – head of oncology – said": a post
        # between dashes after the name (a lower-case description with a role word)
        toks = tokenize(dash.group(1), 0, lex.abbreviations)
        role = role_phrase(toks, lex)
        if role and any(is_role_word(w, lex) for w in role.split()):
            return role.replace(" , ", ", ")
        return None
    elif para.startswith("-", end + 3) and (tag := _PARTY_TAG.match(para, end)) is not None:
        end = tag.end()  # "Rep. Marisol Ortega, D-El Paso, who chairs …"
        if para.startswith(_ARTICLE_STARTS, end + 2):
            return None  # "Sen. X, R-Tenn., the committee's most vocal critic, …": a description, the title stays
    if not para.startswith(", ", end):
        return None
    if para.startswith("now ", end + 2) and para.startswith(("a ", "an ", "the "), end + 6):
        end += 4  # "X, now a commentator with FBC Sports,": the present post
    who = _WHO_IS.match(para, end + 2)
    if who is not None:
        # "Kylie Bradshaw, who is the alliance’s national campaign director, said": a relative clause that only
        # states a role ('who is not involved', 'who was seeking a second term' state none; round 40: nor does a
        # negated one, 'who is not related to the player')
        stop = _APPOSITION_END.search(para, who.end(), who.end() + 160)
        toks = tokenize(para[who.end():stop.start() if stop else who.end() + 160])
        role = role_phrase(toks, lex) if toks and toks[0].lower not in lex.auxiliaries and toks[0].lower not in ("no", "not") and not (
            toks[0].lower.endswith("ed") and not is_role_word(toks[0].text, lex)
            and toks[0].lower not in lex.role_modifiers) else None   # not "who was named player of the match"
        role = _TIME_TAIL.sub("", role) if role else role   # "… of the port authority last month"
        return role if role and any(is_role_word(w, lex) for w in role.split()) else None
    if para.startswith("who ", end + 2) and lex.post_verbs:
        verb = para[end + 6:end + 20].split(" ", 1)[0]
        stop = _POST_CLAUSE_END.search(para, end + 6, end + 200)
        clause = para[end + 6:stop.start()] if stop and para[stop.start()] == "," else ""
        if " as " in clause:
            # "X, who manages $2 billion as chief investment officer at Ege, argued": the post after "as" (also
            # after a verb that states a post itself: roles probes round 4, "manages" is one)
            role = role_phrase(tokenize(clause[clause.index(" as ") + 4:]), lex)
            if role and any(is_role_word(w, lex) for w in role.split()[:4]):
                return role
        if verb in lex.post_verbs:
            # "Ruth Obi, who chairs the residents' association, said": the post in the text's wording
            stop = _POST_CLAUSE_END.search(para, end + 6, end + 160)
            text = para[end + 6:stop.start()] if stop and (para[stop.start()] == "," or _AND_IS.search(
                para, end + 6, stop.start()) or _closes_inverted_cue(para, end, stop.start())) else ""
            text = _AND_IS.split(text, 1)[0]  # "who heads the group and is a co-author of the paper"
            return text if 2 <= len(text.split()) <= 16 else None
    stop = _APPOSITION_END.search(para, end + 2, end + 160)
    inner = []
    while stop is not None and para[stop.start()] == "," and _NAME_LIST_GOES_ON.match(para, stop.start()) \
            and para[para.rfind(" ", 0, stop.start()) + 1:stop.start()][:1].isupper():
        # "a researcher at the Institute of Russian, Eastern European and Central Asian Studies, said": a comma
        # inside a name that lists its remits
        inner.append(stop.start() - end - 2)
        stop = _APPOSITION_END.search(para, stop.end(), end + 200)
    if stop is not None and para[stop.start()] == "," and not inner \
            and _COORDINATED_MODIFIER.fullmatch(para, end + 2, stop.start()) \
            and para[stop.end():].lstrip()[:1].islower():
        # leftovers round 2: "X, a fly-in, fly-out electrician, said", "X, a senior, full-time analyst,": modifiers
        # joined by a comma before one head
        nxt = _APPOSITION_END.search(para, stop.end(), end + 200)
        head = para[stop.end():nxt.start() if nxt else end + 200].split()
        if nxt is not None and 1 <= len(head) <= 4 and head[-1].isalpha() and head[-1].islower() \
                and (is_role_word(head[-1], lex) or person_noun(head[-1], lex)):
            inner.append(stop.start() - end - 2)
            stop = nxt
    rest = para[end:stop.start() + 1 if stop else end + 160]
    toks = tokenize(rest[2:], 0, lex.abbreviations)   # ("the U.N. secretary-general": one token "U.N.")
    if inner:
        toks = [t for t in toks if not (t.text == "," and t.start in inner)]
    words = _until_clause(toks, lex)
    n = len(words)
    if 0 < n < len(toks) - 1 and toks[n].text == "," and toks[n - 1].text.isdigit() and toks[n + 1].text.isdigit() \
            and toks[n + 1].start == toks[n].end:
        return None  # "X, a record 12,500 runners took part": cut at a number's comma, no apposition
    if len(words) == 1 and words[0].text.isdigit() and len(toks) > 1 and toks[1].text == ",":
        return _apposition_role(para, end + 2 + toks[1].start, lex)  # "Sunita Rao, 45, a teacher"
    role = role_phrase(_until_clause(toks), lex) if words else None
    if role and _relation_only(role, lex):
        role = _post_after_relation(toks, lex) or role   # "X, a mother of two who works as a cleaner,"
    for at in inner if role else ():
        before, after = rest[2:2 + at].rsplit(" ", 1)[-1], rest[2 + at + 2:].split(" ", 1)[0]
        role = role.replace(f"{before} {after}", f"{before}, {after}", 1)  # the name's comma back
    return role




def _post_after_relation(toks: list, lex: Lexicon) -> str | None:
    """Roles probes round 5: 'X, a mother of two who works as a cleaner, said', '…, a father of three who is a
    night-shift nurse,': a relationship, then a relative clause that states an occupation: the occupation."""
    w = next((n for n, t in enumerate(toks) if t.lower == "who"), None)
    if w is None or w + 3 >= len(toks) or any(t.text in ",;:()" for t in toks[:w]):
        return None
    nxt = (toks[w + 1].lower, toks[w + 2].lower)
    if nxt not in (("works", "as"), ("serves", "as"), ("is", "a"), ("is", "an")):
        return None
    role = role_phrase(_until_clause(toks[w + 3:] if nxt[0] != "is" else toks[w + 2:]), lex)
    return role if role and any(is_role_word(x, lex) or person_noun(x, lex) for x in role.split()) \
        and not _relation_only(role, lex) else None


def _capitalised_post(inside: str, lex: Lexicon) -> str | None:
    """Roles probes round 5: a bracket after a name opening with a capitalised post of two words or more ('Managing
    Director of Aziz Holdings', 'CEO, Aziz Holdings'): the post (no party tag, age or acronym alone)."""
    toks = tokenize(inside, 0, lex.abbreviations)
    if not toks or not is_role_word(toks[0].text, lex) and not (len(toks) > 1 and is_role_word(toks[1].text, lex)):
        return None
    role = role_phrase(toks, lex)
    if role and role.split()[0].lower() in ("a", "an", "the"):
        return None
    if role and len(role.split()) >= 2 and any(is_role_word(w, lex) for w in role.split()[:3]):
        return role.replace(" , ", ", ")
    return None


_ROLE_PAREN_CAP = re.compile(r" \(([A-Z][^()]{2,80})\)")
# a lower-case description in brackets after a name: "Maria Kowalski (head of research at AgroData)"
_ROLE_PAREN = re.compile(r" \(([a-z][^()]{4,80})\)")
# "X — president of the fair board — said": a lower-case description between dashes after a name
_ROLE_DASHES = re.compile(r" ?[—–] ?((?:a|an|the|[a-z][\w’'-]*)\s[^—–.;:()“”\"!?]{3,100}?) ?[—–]")
_COORDINATED_MODIFIER = re.compile(r"(?:a|an) [a-z][\w-]*")
_NAME_LIST_GOES_ON = re.compile(r", (?:[A-Z][\w’'-]*\s){1,3}and [A-Z]")
# "By Hendra Wibisono and Jo Lee": a byline paragraph
_BYLINE = re.compile(r"(?:by|By|BY)\s+[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|&))*\s*$")
# "By Ana Souza 9 September 2027 • São Paulo, Brazil": a byline with its date line (and place)
_BYLINE_DATED = re.compile(r"(?:by|By|BY)\s+[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|&))*\s+"
                           r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\b")
# "Marko Ilić in Brezovac 03/18/2026": a byline with the writer's place (and a date), near the top
_BYLINE_IN = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s+in\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}"
                        r"(?:\s+[\d/.-]+|\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})?\s*$")
# "Jo Lee" or "Jo Lee, Political Correspondent": the writer's name alone on the first line (its title after a comma)
# ("Jo Lee 14 March 2026": the byline and the date line, which the loader joined)
_BYLINE_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}(?:,(?:\s+[A-Z][\w’'-]+){1,3})?"
                          r"(?:\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4})?\s*$")
# "— Sarah Kim": a live-blog author tag or sign-off line names the writer, never a speaker
_SIGN_OFF = re.compile(r"\s*[—–-]+\s*[A-Z][^\s.!?:,]*(?:\s+[A-Z][^\s.!?:,]*){0,3}\s*$")
# 'Linden: "I'm not there yet"': a heading that is a name, a colon and a quotation, nothing else
_NAME_COLON_QUOTE = re.compile(r"\s*([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}):\s*[\"“‘'][^\"“”]+[\"”’']\s*$")
_SPOKES_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def _named_earlier(pronoun: str, mentions: list[Mention], start: int, end: int, registry: Registry,
                   frame: str, para: str) -> Entity | None:
    """'Asked about it, Kwok was blunt: C, she said.': a he/she cue after the clause refers to the one person of
    that gender the same sentence has already named (outside quotation marks), not to someone before it."""
    gender = registry.lex.pronoun_gender.get(pronoun.lower())
    epithet = registry.lex.demonym_gender.get(pronoun[4:].lower()) if pronoun[:4].lower() == "the " else None
    if gender not in ("m", "f") and epithet is None:
        return None
    found = set()
    for m in mentions:
        if m.start >= end:
            break
        if m.start >= start and m.kind in ("person", "unknown") and frame[m.start:m.end] == para[m.start:m.end]:
            ent = _add(registry, m, para)
            if ent is not None and ent.kind == "person":
                found.add(ent)
    fitting = [e for e in found if e.gender == gender or epithet is not None and
               (epithet == "u" or e.gender in ("u", epithet))]   # "X …, and the Frenchman admitted": X
    return fitting[0] if len(fitting) == 1 and len(found) == 1 else None


_ROLES_OFFICE = re.compile(r"the ([a-z]+)[’']s office$")
_FOR_THE_NOUN = re.compile(r"\s(?:for|of|at)\s+(the\s+([a-z]+))$")


def _body_named_before(text: str, registry: Registry, pos: int) -> Entity | None:
    """'a spokesperson for the ministry' → the ministry the story named before ('the Ministry of Environment')."""
    the = _FOR_THE_NOUN.search(text)
    if the is None or the.group(2) not in registry.lex.company_nouns:
        return None
    ent = registry.resolve_institution(the.group(1), pos)
    if ent is None and the.group(2) in registry.lex.official_body_nouns:
        # "ESDC … said in a statement that C" ¶ "A spokesperson for the department said": the body that spoke
        # last, in this paragraph or the two before, when no body was named with the noun
        last = max(registry.entities, key=lambda e: e.last_spoke, default=None)
        if last is not None and last.kind == "organization" and last.last_spoke >= pos - 2 * pos_of(1, 0) \
                and last.spoke > 0:
            return last
    if ent is not None and ent.kind == "organization" and the.group(2) in registry.lex.business_nouns \
            and ent.name.lower() != the.group(2) and registry.lex.public_body_words.isdisjoint(ent.name.split()) \
            and not ent.name.isupper():   # (not a body known only by its initials: "JATAM had filed complaints")
        # round 38: "Granite Vale Homes …" ¶ "A spokesperson for the company said": a company's name need not hold
        # the noun (the business noun already picked the company the story is about, never a public body)
        return ent
    if ent is None or ent.name.lower() == the.group(2) or the.group(2) not in ent.name.lower().split():
        return None  # only a body the story named with that noun
    return ent


_ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")
_FOR_THE_TITLE = re.compile(r"\b(?:for|of) (the (?:[A-Z][\w-]*\s?){1,3})$")
_FOR_THE_ROLE = re.compile(r"\b(?:for|of) (the [a-z][\w-]*)$")


def _resolve(subject, registry: Registry, pos: int, paragraph: int, body_hint: bool = False) -> Entity | None:
    if subject.kind == "institution" and (_RELATIVE_IN.search(subject.text) or described_noun(subject.text, registry.lex)):
        return None   # "the body that represents them": a body not named yet (see the pending bodies in extract)
    if subject.via is not None:
        registry.resolve_name(subject.via[0], pos, subject.via[1])  # "through its spokesperson, SP X,"
    if subject.kind == "representative":
        org = org_of_representative(tokenize(subject.text, 0, registry.lex.abbreviations), registry.lex)
        ent = registry.resolve_name(org, pos, None, kind="organization") if org else None
        if org is None:
            ent = _body_named_before(subject.text, registry, pos)
        if ent is not None and not _SPOKES_WORDS.isdisjoint(subject.text.lower().split()):
            registry.spokes_body = (ent, pos)   # "A spokesperson for the City of Tulsa said" …
        return ent
    if subject.kind in ("name", "institution") and subject.text.startswith(("the ", "The ")) \
            and _ACRONYM_WORD.fullmatch(subject.text, 4):   # (round 43: also opening the sentence, "The JDHS said")
        ent = registry.resolve_title_acronym(subject.text[4:], pos)
        if ent is not None:
            return ent  # "the DC said": the Deputy Commissioner named before, not a place or body
    if subject.kind == "role" and " " not in subject.text and subject.text[:1].isupper():
        ent = registry.find_name(subject.text, kinds=("person",))
        if ent is not None and ent.name.split()[-1] == subject.text and ent.first_pos <= pos:
            return ent   # attribution probes round 5: "Lorna Bishop …" ¶ "“Q,” Bishop said": her surname, no title
    if subject.kind == "name" and subject.text.endswith(" office"):
        owner = _PERSONS_OFFICE.fullmatch(subject.text)
        ent = None
        if owner is not None:
            # probes round 5: "(Prime Minister) Christopher Luxon’s office said": the owner's name, a title before it
            words = owner.group(1).split()
            full = next((e for k in range(len(words) - 1) if (e := registry.find_name(" ".join(words[k:]),
                                                                                  kinds=("person",))) is not None), None)
            if full is not None:
                return full   # a full name (first met perhaps in this very subject)
            ent = registry.find_name(words[-1], kinds=("person",))
        if ent is not None and ent.first_pos <= pos:
            return ent  # "Biggs’s office said": the unnamed office of a person named before speaks for that person
    if subject.kind == "name":
        words = subject.text.split()
        # "the Prairie Ledger told …": a capitalised name after "the" is a body, not a person
        body = len(words) >= 2 and words[0].lower() == "the" and words[1] not in registry.lex.honorifics \
            and not is_role_word(words[1], registry.lex)
        if len(words) == 2 and body and words[1].lower() in registry.lex.company_nouns \
                and registry.find_name(words[1]) is None:
            # round 43: "According to the Delegation, C" after "the South West Regional Delegation of …": a body's
            # short form, capitalised, is the body named before with that word (as "the delegation" would be)
            ent = registry.resolve_institution(subject.text, pos)
            if ent is not None:
                return ent
        if body_hint and not body and len(words) >= 2 and subject.role is None \
                and not any(w in registry.lex.first_names or w in registry.lex.honorifics for w in words):
            # "Comhaltas Ceoltóirí Éireann said it was …": a name with no given name that speaks of itself as
            # "it" is a body (only when it is new or of unknown kind)
            known = registry.find_name(subject.text, kinds=("person", "organization"))
            body = known is None
        return registry.resolve_name(subject.text, pos, subject.role, kind="organization" if body else None)
    if subject.kind == "generic":
        # "IMD officials said": officials of a body already named speak for it
        words = subject.text.split()
        if words[-1] in registry.lex.kin_nouns:
            # "… survived by a son, Joost de Wit. Her son said …": the one relative of that kind named lately
            kin = [e for e in registry.entities if e.kin == words[-1] and e.first_pos < pos
                   and e.last_pos >= pos_of(paragraph - 2, 0)]
            if not kin:
                kin = _converse_kin_named(registry, words[-1], pos)
            if len(kin) == 1 and subject.role and not kin[0].role:
                kin[0].role = subject.role   # "His father, a retired boilermaker, said" (the father named before)
            return kin[0] if len(kin) == 1 else None
        office = _ROLES_OFFICE.search(subject.text) if subject.text.endswith(" office") else None
        if office is not None and not _SPOKES_WORDS.isdisjoint(w.lower() for w in words):
            # "A spokesperson for the governor’s office said": the governor named before, or else the office
            ent = registry.resolve_role("the " + office.group(1), pos)
            if ent is None or ent.kind != "person":
                ent = registry.resolve_name(office.group(0)[4:], pos, None, kind="organization")
            return ent
        caps = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
        title = _FOR_THE_TITLE.search(subject.text)
        if title is not None and not _SPOKES_WORDS.isdisjoint(w.lower() for w in words) \
                and is_role_word(words[-1], registry.lex):
            ent = registry.resolve_role(title.group(1), pos)  # "A spokesman for the Minister said": the minister
            if ent is not None and ent.kind == "person":
                return ent
        title = _FOR_THE_ROLE.search(subject.text)
        if title is not None and not _SPOKES_WORDS.isdisjoint(w.lower() for w in words) \
                and is_role_word(words[-1], registry.lex):
            ent = registry.resolve_role(title.group(1), pos)  # "A spokesperson for the organiser said": its holder
            if ent is not None:
                return ent
        if not caps and not _SPOKES_WORDS.isdisjoint(w.lower() for w in words):
            ent = _body_named_before(subject.text, registry, pos)
            if ent is None and len(words) >= 3 and words[-1].lower() in _SPOKES_WORDS:
                # "A central bank spokesperson said": the one body named before whose name holds those words
                body = {w.lower() for w in words[1:-1]}
                match = [e for e in registry.entities if e.kind in ("organization", "unknown") and e.first_pos <= pos
                         and body <= set(e.name.lower().split())]
                marks = registry.lex.noun_name_words.get(next(iter(body))) if len(body) == 1 and not match else None
                if marks:
                    # "A force spokesperson said": the one body named before with a word the noun stands for
                    match = [e for e in registry.entities if e.kind in ("organization", "unknown")
                             and e.first_pos <= pos and not marks.isdisjoint(e.name.split())]
                spoke = [e for e in match if e.last_spoke >= 0]
                if len(match) > 1 and len(spoke) == 1:
                    match = spoke   # round 34: of "Ministry of Water" and "Ministry of Water, Land and …", the one quoted
                ent = match[0] if len(match) == 1 and all(w.isalpha() for w in body) else None
            if ent is not None:
                registry.spokes_body = (ent, pos)
                return ent
        if caps:
            ent = registry.find_name(" ".join(caps), kinds=("organization",))
            if ent is None and words[-1].lower() in _SPOKES_WORDS:
                # "A Scottish government spokesperson said": the place's institution met in this sentence
                body = " ".join(w for w in words[:-1] if w.lower() not in ("the", "a", "an"))
                ent = registry.find_name(body, kinds=("organization",)) if body != " ".join(caps) else None
            if ent is not None:
                if words[-1].lower() in _SPOKES_WORDS:
                    registry.spokes_body = (ent, pos)
                return ent
        return None
    if subject.kind == "pronoun":
        ent = registry.resolve_pronoun(subject.text, pos, paragraph)
        if ent is not None and subject.role and ent.kind == "person" and not ent.role:
            ent.role = subject.role   # leftovers round 2: "As chairman of the board, he said C"
        return ent
    if subject.kind == "role":
        words = [w for w in subject.text.lower().split() if w not in ("the", "a", "an")]
        if subject.text.lower().startswith("the ") and words and words[-1] in registry.unnamed_words \
                and registry.unnamed_spoke >= pos_of(paragraph - 1, 0) and registry.unnamed_spoke < pos \
                and all(e.last_spoke < registry.unnamed_spoke for e in registry.entities):
            subject.kind = "generic"   # (no title to match later)
            # "A senior executive at a rival carrier, who asked not to be named, said …" "the executive said" (round
            # 40: also in the next paragraph, "A BAM coach who declined to be named said …" ¶ "“Q,” the coach said")
            return None
        ent = registry.resolve_role(subject.text, pos)
        if ent is None and len(words) == 1 and words[0] in _SPOKES_WORDS and registry.spokes_body is not None \
                and registry.spokes_body[1] >= pos_of(paragraph - 2, 0):
            ent = registry.spokes_body[0]   # … "C, the spokesperson said": the body whose spokesperson spoke
        office = _ROLES_OFFICE.search(subject.text.lower()) if ent is None and len(words) == 2 else None
        if office is not None and office.start() == 0:
            # "In a statement, the mayor’s office said": the office speaks (no holder named)
            ent = registry.resolve_name(subject.text[4:], pos, None, kind="organization")
        if ent is None and len(words) == 1 and words[0] in registry.lex.according_to_issued:
            # "X said in a statement …" ¶ "The statement noted that C": the body that spoke last, lately
            last = max(registry.entities, key=lambda e: e.last_spoke, default=None)
            if last is not None and last.kind == "organization" and last.last_spoke >= pos_of(paragraph - 2, 0):
                ent = last
        if ent is None and len(words) == 2 and subject.text.split()[-2] in registry.lex.place_adjectives:
            # "“C,” the Austrian MEP said": an epithet (nationality and post) for the person just named
            ent = registry.resolve_pronoun("the " + words[-1], pos, paragraph)
            if ent is not None and ent.last_pos < pos_of(paragraph - 1, 0):
                ent = None
        if ent is None and subject.text.lower().startswith("the ") and (len(words) == 1 or len(
                words) == 2 and words[0].endswith("ed") and words[0] not in registry.lex.role_modifiers):
            ent = _epithet_of_last_subject(registry, pos, paragraph)   # (round 40: also "the retired teacher")
        if ent is None and _team_epithet(subject.text, registry.lex):
            ent = _epithet_of_last_subject(registry, pos, paragraph, with_role=True)
        return ent
    if subject.kind == "institution":
        return registry.resolve_institution(subject.text, pos)
    if subject.kind == "body":
        ent = registry.resolve_name(subject.text, pos, None, kind="organization")
        if ent is not None and subject.role and not ent.role and ent.kind == "organization":
            ent.role = subject.role   # "X (XC), the regional regulator, which said" … "according to the regulator"
        if ent is not None and ent.kind == "person" and ent.last_spoke < 0 and ent.first_pos >= pos_of(paragraph, 0):
            ent.kind, ent.gender = "organization", "u"  # "River Watch Ghana, which says": a body, whatever its words
        return ent
    return None


def _team_epithet(text: str, lex: Lexicon) -> bool:
    """Round 43: 'The London Pulse defender', 'the Nkana forward': the, one to three capitalised words (a club or
    team) and a player's position (``team_positions`` in roles.yaml): the sports writer's epithet for the player the
    story is about."""
    words = text.split()
    return 3 <= len(words) <= 5 and words[0] in ("The", "the") and words[-1] in lex.team_positions \
        and all(w[:1].isupper() and w.isalpha() for w in words[1:-1])


def _epithet_of_last_subject(registry: Registry, pos: int, paragraph: int, with_role: bool = False) -> Entity | None:
    """'Neil Foster says C. “Q,” the farmer says.', 'Amit Verma said C. “Q,” the minister asserted.': a bare 'the
    ROLE' that no one named with it answers is an epithet for the person who was the subject just before (this or
    the last paragraph), when that person has no role of their own and no other person was named since (round 43,
    ``with_role``: a team's epithet, 'The London Pulse defender said', whatever the player's title)."""
    subj = registry.last_subject
    if subj is None or subj.kind != "person" or subj.role and not with_role \
            or registry.last_subject_pos < pos_of(paragraph - 1, 0) or registry.last_subject_pos >= pos:
        return None
    if any(e is not subj and e.kind == "person" and any(registry.last_subject_pos < m < pos for m in e.mentions)
           for e in registry.entities):
        return None
    return subj


def _closing_cue(cue, toks) -> bool:
    """'…, police said.', '…, the ministry said on Tuesday.': a cue set after a comma that ends the sentence."""
    s = cue.subject.start
    if cue.inverted or s < 4 or toks[s - 1].text != "," or toks[s - 2].is_quote:
        return False
    after = [t for t in toks[cue.verb_index + 1:] if t.text not in ".!?"]
    return len(after) <= 3 and not any(t.text in ",;:" or t.is_quote or t.lower == "that" for t in after)


_PERSONS_OFFICE = re.compile(r"((?:[A-Z][\w.-]+ ){0,4}[A-Z][\w-]+)[’']s? office")


def _clean_clause(text: str) -> str:
    text = text.strip().strip(",;:").strip()
    if len(text) > 2 and text[0] in "“\"" and text[-1] in "”\"" and not any(c in "“”\"" for c in text[1:-1]):
        text = text[1:-1].strip().rstrip(",;:")   # 'said that “every case is reviewed”': the quoted clause's words
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return text


def _speakers(quotes: list[_Quote], lex: Lexicon) -> list[tuple[Entity, dict]]:
    seen: dict[int, tuple[Entity, dict]] = {}
    used_ids: set[str] = set()
    for q in quotes:
        e = q.speaker
        if e is None or id(e) in seen:
            continue
        if e.kind in ("person", "unknown"):
            _title_complement_out_of_name(e, lex)   # (may find a body: the kind below is read after it)
            if e.role:
                e.role = _without_trailing_honorific(e.role, lex)
                e.role = _DURATION_END.sub("", e.role) or e.role   # "a librarian for 22 years" → "librarian"
                e.role = _TIME_TAIL.sub("", e.role) or e.role   # roles probes round 5: "… physio since 2015"
                e.role = _AGE_LEAD.sub("", e.role) or e.role   # "The 22-year-old striker X" → "striker"
                e.role = _ONE_LEAD.sub("", e.role) or e.role   # "One pharmacist, X, said" → "pharmacist"
                if _relation_only(e.role, lex):
                    e.role = None   # "the boy’s mother", "a resident of Madina": no role in the labelling conventions
        sid = slugify(e.name) or "speaker"
        base, n = sid, 2
        while sid in used_ids:
            sid, n = f"{base}-{n}", n + 1
        used_ids.add(sid)
        aliases = [a for a in e.aliases if a != e.name]
        seen[id(e)] = (e, {
            "id": sid,
            "name": e.name,
            "role": e.role,
            "aliases": aliases,
            "kind": "person" if e.kind in ("person", "unknown") else "organization",
        })
    return list(seen.values())


# roles probes round 4: how long a post has been held ends a role read from an apposition, and is no part of it
_DURATION_END = re.compile(r"(?<=\S) for (?:(?:more than|over|nearly|almost|about|some|the past|the last) )?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                           r"forty|fifty|several|many|a few) (?:years|decades|months)$")


def _relation_only(role: str, lex: Lexicon) -> bool:
    """'the boy’s mother', 'a mother of three', 'neighbour', 'a commuter from Croydon': a description whose head (the
    last word before 'of/from/in/at/for/with', past an owner) is a kin or residence word and that holds no role word
    says how the person is related or where they live, not what they are."""
    words = [w for w in role.split() if w.lower() not in ("a", "an", "the")]
    k = next((n for n, w in enumerate(words) if n > 0 and w in ("of", "from", "in", "at", "for", "with")), len(words))
    head = words[k - 1].lower() if k else ""
    return (head in lex.kin_nouns or head in lex.residence_nouns) and not any(is_role_word(w, lex) for w in words)


def _without_trailing_honorific(role: str, lex: Lexicon) -> str:
    """'Health Director-General Datuk', 'Its chairman Tan' (of 'Tan Sri'), 'Minister for X Smt': an honorific (or
    the first word of a two-word style) read into the end of a title before the name is no part of it."""
    words = role.split()
    while len(words) >= 2 and (words[-1] in lex.honorifics and not is_role_word(words[-1], lex)
                               or words[-1] in lex.style_openers):   # (not "Associate Professor")
        words.pop()
    return " ".join(words) if words else role   # ("Professor" alone is the title)


_COMPLEMENT_WORDS = frozenset({"of", "for", "to", "on", "in"})


def _title_complement_out_of_name(e: Entity, lex: Lexicon) -> None:
    """'of Agriculture Yohane Chiumia' (role 'Minister'): the end of a title that a reader left in front of a person's
    name goes back to the title — the name is its last two or three capitalised words, from a given name when there
    is one; a name opening with a lower-case word is never a person's."""
    words = e.name.split()
    if len(words) == 2 and words[0] in _COMPLEMENT_WORDS and words[1] in lex.places and e.role \
            and e.role[:1].isupper():
        # "the Office of the Attorney General of Switzerland said": a body's name cut at its last "of", no person
        e.name, e.role, e.kind = f"{e.role} {e.name}", None, "organization"
        return
    if len(words) < 3 or words[0] not in _COMPLEMENT_WORDS or not all(w[:1].isupper() for w in words[1:]):
        return
    first = next((k for k in range(1, len(words) - 1) if words[k] in lex.first_names), None)
    if first is None:
        first = max(1, len(words) - 2)
    complement = " ".join(words[:first])
    if e.role and first > 1 and not e.role.endswith(complement.partition(" ")[2]):
        e.role = f"{e.role} {complement}"   # ("Minister of State for Petroleum Resources" holds it already)
    e.aliases = [a for a in e.aliases if a != e.name]
    e.name = " ".join(words[first:])


def _entities(registry: Registry, definitions: dict[str, str]) -> dict:
    people, orgs, places = [], [], []
    for e in registry.entities:
        if e.kind == "person" or (e.kind == "unknown" and (e.spoke or e.role)):
            people.append(e.name)
        elif e.kind == "organization":
            orgs.append(e.name)
        elif e.kind == "place":
            places.append(e.name)
    for term in definitions:
        if term not in orgs and term not in places and term not in people:
            orgs.append(term)
    return {"people": _dedupe(people), "organizations": _dedupe(orgs), "places": _dedupe(places)}


def _dedupe(names: list[str]) -> list[str]:
    out, seen = [], set()
    for n in names:
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out


def _summary(paragraphs: list[str], max_words: int = 60) -> str:
    lead = paragraphs[0] if paragraphs else ""
    words = lead.split()
    if len(words) <= max_words:
        return lead
    return " ".join(words[:max_words]).rstrip(",;:") + "…"
