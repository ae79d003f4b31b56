"""Stage 3 — store: briefing ⇄ YAML, validated against ``schema/briefing.schema.json``.

The YAML is meant to be edited by people.  When the extractor writes a briefing it
records ``provenance.content_hash``, a hash of everything it wrote; a file whose
content no longer has that hash (or that says ``reviewed: true``) has been edited
and is never overwritten by a build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from . import yamlutil
from .errors import NewsbriefError

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
KEY_ORDER = ["title", "date", "source", "url", "summary", "reviewed", "speakers", "quotes", "topics",
             "entities", "provenance"]


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads((resources.files("newsbrief") / "schema" / "briefing.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator():
    import jsonschema   # imported on first use: a build that reuses every briefing never needs it

    cls = jsonschema.validators.validator_for(schema())
    return cls(schema())


def content_hash(briefing: dict) -> str:
    """A hash of the briefing without its provenance: changes when anyone edits the content."""
    body = {k: v for k, v in briefing.items() if k != "provenance"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def is_edited(briefing: dict) -> bool:
    """True when a person changed the briefing after the extractor wrote it (or marked it reviewed)."""
    if briefing.get("reviewed"):
        return True
    recorded = (briefing.get("provenance") or {}).get("content_hash")
    return recorded is not None and recorded != content_hash(briefing)


def is_protected(briefing: dict) -> bool:
    """True when a build must not overwrite the briefing: edited or reviewed (``is_edited``), or
    never sealed by the extractor at all (no ``provenance.content_hash``: written by hand)."""
    return is_edited(briefing) or not (briefing.get("provenance") or {}).get("content_hash")


def seal(briefing: dict) -> dict:
    """Record the content hash of what the extractor wrote."""
    briefing.setdefault("provenance", {})["content_hash"] = content_hash(briefing)
    return briefing


class _Representer:
    """PyYAML's safe representer with a direct path for the plain data a briefing is made of
    (dict, list, str): the same nodes, built without the generic dispatch.  Never writes
    aliases (``&a`` / ``*a``): a briefing that used them would be refused when read back."""

    def ignore_aliases(self, data) -> bool:
        return True

    def represent_data(self, data):
        kind = type(data)
        if kind is str:
            return _str_node(data)
        if kind is dict:
            rep = self.represent_data
            return yaml.MappingNode(_MAP, [(rep(k), rep(v)) for k, v in data.items()], flow_style=False)
        if kind is list:
            rep = self.represent_data
            return yaml.SequenceNode(_SEQ, [rep(v) for v in data], flow_style=False)
        return super().represent_data(data)

    def resolve(self, kind, value, implicit):
        # The tag a scalar would be read as, asked twice for every scalar: as a plain scalar
        # (implicit[0]) and as a quoted one.  A quoted scalar is always a string, and so is a
        # plain one whose first character starts no implicit type (bool, int, null …); the rest
        # is PyYAML's answer, remembered (a briefing repeats its keys and many values).
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)
        if not implicit[0] or (value and value[0] not in _IMPLICIT_FIRST and not _NO_FIRST_IS_SAFE):
            return _STR
        tag = self._resolved.get(value)
        if tag is None:
            if len(self._resolved) > 50_000:
                self._resolved.clear()
            tag = self._resolved[value] = super().resolve(kind, value, (True, False))
        return tag


_MAP, _SEQ, _STR = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:str"
# first characters of the plain scalars an implicit resolver may read as another type than str
# (the key None would be resolvers tried whatever the first character: then none is safe)
_IMPLICIT_FIRST = frozenset(yaml.SafeDumper.yaml_implicit_resolvers)
_NO_FIRST_IS_SAFE = None in _IMPLICIT_FIRST


def _str_node(data: str):
    # Line breaks other than \n (NEL, LS, PS) only survive in double quotes, where they are escaped.
    style = '"' if ("\x85" in data or "\u2028" in data or "\u2029" in data) else "|" if "\n" in data else None
    return yaml.ScalarNode(_STR, data, style=style)


def _str_representer(dumper, data):
    return _str_node(data)


# libyaml's emitter when PyYAML was built with it: the same text as the pure-Python one
# (tests/test_incremental_store.py compares them), four times faster.
class _PyDumper(_Representer, yaml.SafeDumper):
    _resolved: dict = {}


_Dumper = _PyDumper
if hasattr(yaml, "CSafeDumper"):
    class _Dumper(_Representer, yaml.CSafeDumper):  # type: ignore[no-redef]
        _resolved: dict = {}


_Dumper.add_representer(str, _str_representer)
_PyDumper.add_representer(str, _str_representer)


def ordered(briefing: dict) -> dict:
    """The briefing with its keys in file order (KEY_ORDER, then any others): as it reads back."""
    out = {k: briefing[k] for k in KEY_ORDER if k in briefing}
    out.update({k: v for k, v in briefing.items() if k not in out})
    return out


def dumps(briefing: dict, dumper=None) -> str:
    data = ordered(briefing)
    text = _dump(data, dumper or _Dumper)
    if dumper is None and _Dumper is not _PyDumper and ("\\" in text or text.endswith("\n...\n")):
        # Where libyaml writes differently from PyYAML, PyYAML writes: libyaml escapes characters
        # beyond U+FFFF ("\U0001F600"), folds a long double-quoted (escaped) value at other places,
        # and may end with "..." after a text that keeps its final line breaks ("|+").  Every such
        # text holds a backslash or ends so; the file then reads the same wherever it was written.
        text = _dump(data, _PyDumper)
    return text


def _dump(data: dict, dumper) -> str:
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


def write_briefing(path: Path, briefing: dict | str) -> None:
    """Write a briefing (or its YAML text, from ``dumps``) atomically: a temporary file, renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(briefing if isinstance(briefing, str) else dumps(briefing), encoding="utf-8")
    tmp.replace(path)


def load_briefing(path: str | Path) -> dict:
    path = Path(path)
    return loads(yamlutil.read_text(path, "briefing"), str(path))


def loads(text: str, path: str = "<briefing>", trust_sealed: bool = False) -> dict:
    """Parse and validate a briefing: a NewsbriefError names the file and line of the first problem.
    ``trust_sealed``: a briefing the extractor wrote and nobody has edited since (its content still
    has the hash it was sealed with) is not validated again — the extractor only writes valid
    briefings (tests/test_properties.py), and validating is most of the time reading takes."""
    data = parse(text, path)
    if not (trust_sealed and is_sealed_as_written(data)):
        validate(data, path, text)
    return data


def is_sealed_as_written(data: dict) -> bool:
    """True for a briefing exactly as the extractor sealed it: not reviewed, not edited."""
    p = data.get("provenance")
    return (isinstance(p, dict) and isinstance(p.get("content_hash"), str) and not data.get("reviewed")
            and p["content_hash"] == content_hash(data))


def parse(text: str, path: str = "<briefing>") -> dict:
    """Parse a briefing's YAML without validating it against the schema (``validation_errors`` does)."""
    data = yamlutil.loads(text, path)
    if not isinstance(data, dict):
        raise NewsbriefError("a briefing must be a YAML mapping (key: value)", path, 1)
    if yamlutil.shares_nodes(data):
        raise NewsbriefError("YAML anchors and aliases (&name, *name) are not allowed in a briefing; "
                             "write each value out", path)
    if isinstance(data.get("date"), (dt.date, dt.datetime)):
        data["date"] = data["date"].isoformat()[:10]
    return data


def validate(data: dict, path: str = "<briefing>", text: str | None = None) -> None:
    """Raise NewsbriefError naming the file, the line and the offending key (the first problem)."""
    errors = validation_errors(data, path, text)
    if errors:
        raise errors[0]


def validation_errors(data: dict, path: str = "<briefing>", text: str | None = None) -> list[NewsbriefError]:
    """Every problem with a briefing, in file order: schema errors first, then broken references
    (a quote's speaker or topic that the briefing does not define) and impossible dates."""
    errors = []
    for err in _validator().iter_errors(data):
        keys = list(err.absolute_path)
        where = "/".join(str(p) for p in keys) or "(top level)"
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            known = err.schema.get("properties", {})
            for key in (k for k in err.instance if k not in known):   # each unknown key, at its own line
                line = line_of(text, keys + [key]) if text else None
                errors.append(NewsbriefError(f"{where}: unknown key '{key}' (known: {', '.join(known)})",
                                             path, line))
            continue
        line = line_of(text, keys) if text else None
        errors.append(NewsbriefError(f"{where}: {err.message}", path, line))
    if errors:
        return sorted(errors, key=lambda e: (e.line or 0, e.message))
    return _reference_errors(data, path, text)


def _reference_errors(data: dict, path: str, text: str | None) -> list[NewsbriefError]:
    def line(*keys):
        return line_of(text, list(keys)) if text else None

    errors = []
    if data.get("date"):
        try:
            dt.date.fromisoformat(data["date"])
        except ValueError:
            errors.append(NewsbriefError(f"date: {data['date']!r} is not a real date (use YYYY-MM-DD)",
                                         path, line("date")))
    for group in ("speakers", "topics"):   # the schema's '$' lets a trailing newline through
        for i, item in enumerate(data.get(group, [])):
            if not _ID.fullmatch(item["id"]):
                errors.append(NewsbriefError(f"{group}/{i}/id: {item['id']!r} must be lower-case letters, digits "
                                             "and hyphens", path, line(group, i, "id")))
    speaker_ids = {s["id"] for s in data.get("speakers", [])}
    topic_ids = {t["id"] for t in data.get("topics", [])}
    for i, q in enumerate(data.get("quotes", [])):
        if q.get("speaker") is not None and q["speaker"] not in speaker_ids:
            errors.append(NewsbriefError(
                f"quotes/{i}/speaker: '{q['speaker']}' is not the id of a speaker in this briefing",
                path, line("quotes", i, "speaker")))
        for t in q.get("topics", []):
            if t not in topic_ids:
                errors.append(NewsbriefError(f"quotes/{i}/topics: '{t}' is not the id of a topic in this briefing",
                                             path, line("quotes", i, "topics")))
    return errors


def line_of(text: str, keys: list) -> int | None:
    """1-based line of the node at a JSON path, using the YAML node tree."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(key):
                    node, line = v, k.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line
