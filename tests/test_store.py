"""Stage 3 — store: briefing ⇄ YAML, schema validation, provenance and the edited rule."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import REPO_ROOT, SEED_SLUG
from newsbrief import store
from newsbrief.errors import NewsbriefError


def sample_briefing() -> dict:
    return {
        "title": "Ministers agree on chip plan",
        "date": "2024-03-05",
        "source": "The Example Times",
        "url": "https://example.org/chips",
        "summary": "Two governments agree.\nA second line: with a colon, and “quotes”.",
        "speakers": [
            {"id": "kurt-campbell", "name": "Kurt Campbell", "role": "US Deputy Secretary of State",
             "aliases": ["Campbell"], "kind": "person"},
            {"id": "general-atomics", "name": "General Atomics", "role": None, "aliases": [],
             "kind": "organization"},
        ],
        "quotes": [
            {"kind": "direct", "speaker": "kurt-campbell", "text": "We will build the factories,",
             "paragraph": 2, "topics": ["semiconductors"], "cue": "said",
             "continued": ["And we will staff them."]},
            {"kind": "indirect", "speaker": None, "text": "the deal was close", "paragraph": 3, "topics": []},
        ],
        "topics": [
            {"id": "semiconductors", "name": "Semiconductors", "description": None, "mentions": 3},
        ],
        "entities": {"people": ["Kurt Campbell"], "organizations": ["General Atomics"], "places": ["India"]},
        "provenance": {"source_path": "content/articles/chips.md", "source_hash": "ab" * 32,
                       "extractor": "0.1.0+abcdef", "taxonomy_hash": "0123456789abcdef"},
    }


# --- round trip ------------------------------------------------------------------------------

def test_round_trip_dumps_then_loads_is_equal():
    b = sample_briefing()
    assert store.loads(store.dumps(b), "x.yaml") == b


def test_dumps_writes_keys_in_reading_order():
    text = store.dumps(sample_briefing())
    top = [line.split(":")[0] for line in text.splitlines() if line and not line[0].isspace() and line[0] != "-"]
    assert top == ["title", "date", "source", "url", "summary", "speakers", "quotes", "topics", "entities",
                   "provenance"]


def test_seed_briefing_in_the_repo_is_valid_and_round_trips():
    path = REPO_ROOT / "content" / "briefings" / f"{SEED_SLUG}.yaml"
    b = store.load_briefing(path)
    assert store.loads(store.dumps(b)) == b


def test_write_then_load_briefing(tmp_path):
    path = tmp_path / "briefings" / "chips.yaml"
    store.write_briefing(path, sample_briefing())
    assert store.load_briefing(path) == sample_briefing()
    assert [p.name for p in path.parent.iterdir()] == ["chips.yaml"]   # no temporary file left behind


def test_an_unquoted_yaml_date_is_read_as_text():
    text = store.dumps(sample_briefing()).replace("date: '2024-03-05'", "date: 2024-03-05")
    assert "date: 2024-03-05\n" in text
    assert store.loads(text)["date"] == "2024-03-05"


# --- validation errors name the file, the line and the key ------------------------------------

def _error(text: str, path: str = "content/briefings/x.yaml") -> NewsbriefError:
    with pytest.raises(NewsbriefError) as info:
        store.loads(text, path)
    err = info.value
    assert err.path == path
    return err


def _line_of(text: str, needle: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in text")


def test_schema_error_names_file_line_and_key():
    b = sample_briefing()
    b["speakers"][1]["id"] = "General Atomics!"
    text = store.dumps(b)
    err = _error(text)
    assert "speakers/1/id" in err.message
    assert err.line == _line_of(text, "id: General Atomics!")
    assert str(err).startswith(f"content/briefings/x.yaml:{err.line}: speakers/1/id")


def test_wrong_type_names_the_line():
    b = sample_briefing()
    b["quotes"][1]["paragraph"] = "three"
    text = store.dumps(b)
    err = _error(text)
    assert "quotes/1/paragraph" in err.message
    assert err.line == _line_of(text, "paragraph: three")


def test_bad_kind_names_the_key():
    b = sample_briefing()
    b["quotes"][0]["kind"] = "paraphrase"
    text = store.dumps(b)
    err = _error(text)
    assert "quotes/0/kind" in err.message and "paraphrase" in err.message
    assert err.line == _line_of(text, "kind: paraphrase")


def test_missing_required_key_is_named():
    b = sample_briefing()
    del b["title"]
    err = _error(store.dumps(b))
    assert "title" in err.message


def test_unknown_key_is_an_error_naming_it():
    b = sample_briefing()
    b["speakers"][0]["nickname"] = "KC"
    text = store.dumps(b)
    err = _error(text)
    assert "unknown key" in err.message and "nickname" in err.message
    assert "speakers/0" in err.message
    assert err.line == _line_of(text, "nickname:")


@pytest.mark.parametrize("where", ["top", "speaker"])
def test_unknown_key_error_points_at_the_key_itself(where):
    b = sample_briefing()
    if where == "top":
        b["notes"] = "remember to check"
    else:
        b["speakers"][0]["nickname"] = "KC"
    text = store.dumps(b)
    err = _error(text)
    assert err.line == _line_of(text, "notes:" if where == "top" else "nickname:")


def test_unknown_top_level_key_is_an_error():
    b = sample_briefing()
    b["notes"] = "remember to check"
    err = _error(store.dumps(b))
    assert "unknown key" in err.message and "notes" in err.message


def test_quote_speaker_must_be_a_speaker_id():
    b = sample_briefing()
    b["quotes"][0]["speaker"] = "Kurt Campbell"
    text = store.dumps(b)
    err = _error(text)
    assert "quotes/0/speaker" in err.message and "Kurt Campbell" in err.message
    assert err.line == _line_of(text, "speaker: Kurt Campbell")


def test_quote_topics_must_be_topic_ids():
    b = sample_briefing()
    b["quotes"][0]["topics"] = ["chips"]
    err = _error(store.dumps(b))
    assert "quotes/0/topics" in err.message and "chips" in err.message


def test_invalid_yaml_names_the_line():
    text = store.dumps(sample_briefing()).replace("title: Ministers", "title: [Ministers", 1)
    err = _error(text)
    assert "invalid YAML" in err.message
    assert err.line is not None


def test_a_briefing_must_be_a_mapping():
    err = _error("- just\n- a list\n")
    assert err.line == 1


def test_load_briefing_names_the_file(tmp_path):
    path = tmp_path / "bad.yaml"
    b = sample_briefing()
    b["quotes"][0]["speaker"] = "nobody"
    path.write_text(store.dumps(b), encoding="utf-8")
    with pytest.raises(NewsbriefError) as info:
        store.load_briefing(path)
    assert str(info.value).startswith(f"{path}:")


def test_validate_accepts_the_sample():
    store.validate(sample_briefing())


# --- provenance: seal and is_edited ---------------------------------------------------------

def test_sealed_briefing_is_not_edited():
    b = store.seal(sample_briefing())
    assert b["provenance"]["content_hash"] == store.content_hash(b)
    assert not store.is_edited(b)


def test_sealed_briefing_stays_unedited_through_yaml():
    b = store.seal(sample_briefing())
    assert not store.is_edited(store.loads(store.dumps(b)))


@pytest.mark.parametrize("edit", [
    lambda b: b["quotes"][0].__setitem__("speaker", "general-atomics"),
    lambda b: b.__setitem__("title", "A better title"),
    lambda b: b["speakers"][0].__setitem__("role", None),
    lambda b: b["quotes"].pop(),
    lambda b: b["entities"]["places"].append("Japan"),
])
def test_any_content_change_marks_the_briefing_edited(edit):
    b = store.seal(sample_briefing())
    edit(b)
    assert store.is_edited(b)


def test_editing_the_yaml_text_marks_it_edited():
    text = store.dumps(store.seal(sample_briefing()))
    edited = text.replace("the deal was close", "the deal was very close")
    assert store.is_edited(store.loads(edited))


def test_provenance_changes_do_not_count_as_edits():
    b = store.seal(sample_briefing())
    b["provenance"]["source_path"] = "elsewhere.md"
    assert not store.is_edited(b)


def test_reviewed_true_counts_as_edited_even_when_the_hash_matches():
    b = sample_briefing()
    b["reviewed"] = True
    store.seal(b)
    assert store.is_edited(b)


def test_without_content_hash_a_briefing_is_not_edited():
    b = sample_briefing()
    assert "content_hash" not in b["provenance"]
    assert not store.is_edited(b)


# --- property: any valid briefing survives YAML -------------------------------------------------

_text = st.text(st.characters(codec="utf-8"), max_size=20)
_line = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=20)
_line1 = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=20)
_text1 = st.text(st.characters(codec="utf-8"), min_size=1, max_size=20)
_id = st.builds(lambda a, b: a + b, st.sampled_from("abcxyz0189"), st.text("abcxyz0189-", max_size=8))
_names = st.lists(_line, max_size=3)


@st.composite
def briefings(draw) -> dict:
    speaker_ids = draw(st.lists(_id, max_size=4, unique=True))
    topic_ids = draw(st.lists(_id, max_size=4, unique=True))
    speakers = [{
        "id": sid,
        "name": draw(_line1),
        "role": draw(st.none() | _line),
        "aliases": draw(_names),
        "kind": draw(st.sampled_from(["person", "organization"])),
    } for sid in speaker_ids]
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        q = {
            "kind": draw(st.sampled_from(["direct", "indirect"])),
            "speaker": draw(st.none() | st.sampled_from(speaker_ids)) if speaker_ids else None,
            "text": draw(_text1),
            "paragraph": draw(st.integers(1, 500)),
            "topics": draw(st.lists(st.sampled_from(topic_ids), unique=True)) if topic_ids else [],
        }
        if draw(st.booleans()):
            q["cue"] = draw(_line)
        if draw(st.booleans()):
            q["continued"] = draw(st.lists(_text, max_size=2))
        quotes.append(q)
    b = {
        "title": draw(_line1),
        "date": draw(st.none() | st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10)),
        "source": draw(st.none() | _line),
        "url": draw(st.none() | _line),
        "summary": draw(st.none() | _text),
        "speakers": speakers,
        "quotes": quotes,
        "topics": [{"id": tid, "name": draw(_line1), "description": draw(st.none() | _text),
                    "mentions": draw(st.integers(0, 99))} for tid in topic_ids],
        "entities": {k: draw(_names) for k in draw(st.sets(st.sampled_from(["people", "organizations", "places"])))},
        "provenance": {"source_path": draw(_line), "source_hash": draw(st.text("0123456789abcdef", max_size=64)),
                       "extractor": draw(_line)},
    }
    if draw(st.booleans()):
        b["reviewed"] = draw(st.booleans())
    if draw(st.booleans()):
        store.seal(b)
    return b


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefings())
def test_property_any_valid_briefing_round_trips_through_yaml(b):
    store.validate(b)                      # the generator only makes valid briefings
    original = copy.deepcopy(b)
    assert store.loads(store.dumps(b), "gen.yaml") == original
    assert store.is_edited(store.loads(store.dumps(b))) == store.is_edited(original)


@pytest.mark.parametrize("odd", ["\x85", "\u2028", "\u2029", "\r", "\t", "\ufeff"])
def test_unusual_line_breaks_survive_yaml(odd):
    # PyYAML alone writes U+0085 (NEL) raw in a single-quoted scalar and reads it back as a break
    b = sample_briefing()
    b["quotes"][0]["text"] = f"first{odd}second"
    b["title"] = f"A{odd}B\nC"
    back = store.loads(store.dumps(b))
    assert back["quotes"][0]["text"] == f"first{odd}second"
    assert back["title"] == f"A{odd}B\nC"


# --- what else a hand-edited briefing may get wrong ------------------------------------------------

def test_impossible_date_names_the_line():
    text = store.dumps(sample_briefing()).replace("'2024-03-05'", "'2024-02-30'")
    err = _error(text)
    assert "date" in err.message and "2024-02-30" in err.message
    assert err.line == _line_of(text, "date:")


def test_validation_errors_lists_every_problem_in_file_order():
    b = sample_briefing()
    b["quotes"][0]["speaker"] = "nobody"
    b["quotes"][1]["topics"] = ["nothing"]
    text = store.dumps(b)
    errors = store.validation_errors(store.parse(text, "x.yaml"), "x.yaml", text)
    assert [e.message.split(":")[0] for e in errors] == ["quotes/0/speaker", "quotes/1/topics"]
    assert [e.line for e in errors] == sorted(e.line for e in errors)


def test_yaml_anchors_and_aliases_are_refused():
    text = store.dumps(sample_briefing()).replace(
        "entities:\n  people:\n  - Kurt Campbell", "entities:\n  people: &who\n  - Kurt Campbell")
    text = text.replace("  places:\n  - India", "  places: *who")
    assert "*who" in text
    err = _error(text)
    assert "anchors" in err.message


def test_is_protected_covers_edited_reviewed_and_hand_written():
    sealed = store.seal(sample_briefing())
    assert not store.is_protected(sealed)
    edited = store.seal(sample_briefing())
    edited["title"] = "Edited"
    assert store.is_protected(edited)
    reviewed = store.seal(dict(sample_briefing(), reviewed=True))
    assert store.is_protected(reviewed)
    assert store.is_protected(sample_briefing())   # no content_hash: written by a person


@pytest.mark.parametrize("which", ["topics", "speakers"])
def test_ids_with_a_trailing_newline_are_refused(which):
    # '$' in the schema's id pattern also matches before a final newline in Python's re
    b = sample_briefing()
    b[which][0]["id"] += "\n"
    with pytest.raises(NewsbriefError):
        store.validate(b)


def test_a_sealed_briefing_is_trusted_only_while_it_is_as_the_extractor_wrote_it():
    sealed = store.seal(sample_briefing())
    text = store.dumps(sealed)
    assert store.loads(text, "x.yaml", trust_sealed=True) == sealed
    # an edit (here an invalid one) breaks the seal: the file is validated and the error named
    bad = text.replace("kind: direct", "kind: shouted", 1)
    assert bad != text
    with pytest.raises(NewsbriefError) as err:
        store.loads(bad, "x.yaml", trust_sealed=True)
    assert err.value.path == "x.yaml" and err.value.line
