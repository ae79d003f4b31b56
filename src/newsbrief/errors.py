"""One error type for everything a user can get wrong: it names the file and line."""

from __future__ import annotations

from pathlib import Path


class NewsbriefError(Exception):
    """A problem with the user's input, shown as a one-line message, never a traceback."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        return where + self.message
