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
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jsonschema
import yaml

from .errors import NewsbriefError

KEY_ORDER = ["title", "date", "source", "url", "summary", "reviewed", "speakers", "quotes", "topics",
             "entities", "provenance"]


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads((resources.files("newsbrief") / "schema" / "briefing.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator():
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


def seal(briefing: dict) -> dict:
    """Record the content hash of what the extractor wrote."""
    briefing.setdefault("provenance", {})["content_hash"] = content_hash(briefing)
    return briefing


class _Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper, data):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dumps(briefing: dict) -> str:
    ordered = {k: briefing[k] for k in KEY_ORDER if k in briefing}
    ordered.update({k: v for k, v in briefing.items() if k not in ordered})
    return yaml.dump(ordered, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


def write_briefing(path: Path, briefing: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(dumps(briefing), encoding="utf-8")
    tmp.replace(path)


def load_briefing(path: str | Path) -> dict:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise NewsbriefError("not valid UTF-8", path) from None
    except OSError as exc:
        raise NewsbriefError(f"cannot read briefing: {exc.strerror or exc}", path) from None
    return loads(text, str(path))


def loads(text: str, path: str = "<briefing>") -> dict:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise NewsbriefError(f"invalid YAML: {problem}", path, mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise NewsbriefError("a briefing must be a YAML mapping (key: value)", path, 1)
    if isinstance(data.get("date"), (dt.date, dt.datetime)):
        data["date"] = data["date"].isoformat()[:10]
    validate(data, path, text)
    return data


def validate(data: dict, path: str = "<briefing>", text: str | None = None) -> None:
    """Raise NewsbriefError naming the file, the line and the offending key."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        _check_references(data, path, text)
        return
    err = errors[0]
    where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
    line = _line_of(text, list(err.absolute_path)) if text else None
    message = err.message
    if err.validator == "additionalProperties":
        message = f"unknown key: {message.split('(')[-1].rstrip(')')}"
    raise NewsbriefError(f"{where}: {message}", path, line)


def _check_references(data: dict, path: str, text: str | None) -> None:
    speaker_ids = {s["id"] for s in data.get("speakers", [])}
    topic_ids = {t["id"] for t in data.get("topics", [])}
    for i, q in enumerate(data.get("quotes", [])):
        if q.get("speaker") is not None and q["speaker"] not in speaker_ids:
            raise NewsbriefError(f"quotes/{i}/speaker: '{q['speaker']}' is not the id of a speaker in this briefing",
                                 path, _line_of(text, ["quotes", i, "speaker"]) if text else None)
        for t in q.get("topics", []):
            if t not in topic_ids:
                raise NewsbriefError(f"quotes/{i}/topics: '{t}' is not the id of a topic in this briefing",
                                     path, _line_of(text, ["quotes", i, "topics"]) if text else None)


def _line_of(text: str, keys: list) -> int | None:
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
