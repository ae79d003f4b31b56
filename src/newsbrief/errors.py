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


def template_error(exc: Exception) -> NewsbriefError:
    """A Jinja2 error in a site's template as a NewsbriefError naming the template and line."""
    path = getattr(exc, "filename", None) or getattr(exc, "name", None)
    line = getattr(exc, "lineno", None)
    if path is None:  # a runtime error (an undefined name): Jinja's rewritten traceback names the template
        tb = exc.__traceback__
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename
            if filename.endswith((".html", ".xml", ".txt", ".j2", ".jinja")):
                path, line = filename, tb.tb_lineno
            tb = tb.tb_next
    message = getattr(exc, "message", None) or str(exc)
    return NewsbriefError(f"template error: {message}", path, line)
