"""Reading YAML written by people: every problem is a NewsbriefError naming the file and line.

PyYAML raises more than ``YAMLError``: ``!!int x`` is a ValueError, ``!!timestamp x`` an
AttributeError.  The loader here turns each of those into an error at the node's line, keeps
dates as text (``2024-13-45`` is then reported by whoever reads the date, with its own
message, instead of failing inside PyYAML), and uses libyaml when it is installed.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import NewsbriefError

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader without implicit timestamps; a value that cannot be built is a YAML error."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
            raise yaml.constructor.ConstructorError(None, None, f"cannot read this value ({exc})",
                                                    node.start_mark) from None


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def loads(text: str, path: str | Path, first_line: int = 1, what: str = "invalid YAML"):
    """Parse ``text``; ``first_line`` is the file line where ``text`` starts (for front matter)."""
    try:
        return yaml.load(text, Loader=Loader)  # noqa: S506 (Loader is a SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = mark.line + first_line if mark is not None else None
        raise NewsbriefError(f"{what}: {problem}", path, line) from None
    except RecursionError:
        raise NewsbriefError(f"{what}: nested too deeply", path) from None


def read_text(path: Path, what: str = "file") -> str:
    """A UTF-8 text file's contents, or a NewsbriefError naming it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NewsbriefError(f"cannot read {what}: {exc.strerror or exc}", path) from None
    return decode(data, path)


def decode(data: bytes, path: str | Path) -> str:
    """Bytes read from a file as UTF-8 text (a byte-order mark dropped), or a NewsbriefError."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise NewsbriefError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                             "save the file as UTF-8", path, line) from None


def load_file(path: Path, what: str = "file"):
    """Read and parse a YAML file (config, topics, briefing)."""
    return loads(read_text(path, what), path)


def shares_nodes(data) -> bool:
    """True when the same list or mapping appears twice (YAML aliases): refused in briefings,
    where ``&a`` / ``*a`` would let a small file expand into an enormous page."""
    seen: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                return True
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)
    return False
