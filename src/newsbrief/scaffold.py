"""Authoring: a new site (``newsbrief init``) and a new article (``newsbrief new``).

``init_site`` writes a small project that ``newsbrief build`` turns into a site straight
away: settings, one sample article, the site's topics and an empty templates/ folder for
overrides.  It never deletes or overwrites anything: in a folder that is not empty it
only runs when asked (``force``), and then adds the files that are missing and keeps the
ones that are there.

``new_article`` writes ``content/articles/<slug>.md`` with front matter ready to fill in.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .config import CONFIG_NAME, Config
from .errors import NewsbriefError
from .load import slugify
from .pipeline import is_reserved

SAMPLE_SLUG = "riverside-library-sundays"

CONFIG_TEXT = """\
# Settings of this newsbrief site. Every setting is optional; see the README for all of them.
title: "My news briefings"
description: "Who said what, about which topics."
base_url: ""            # where the site will be served, e.g. https://example.org/briefs/
language: en
per_page: 20            # briefings per page of any list (front page, all briefings, a speaker, a topic)
content_dir: content    # articles/, topics.yaml and the briefings the build writes
output_dir: site        # the built site (replaced by every build)
templates_dir: templates  # your overrides of the default theme
"""

SAMPLE_ARTICLE = """\
---
title: Riverside library to stay open on Sundays after volunteers step in
date: 2024-09-14
source: The Riverside Courier
author: Newsbrief sample
topics: [Libraries]
---
The Riverside public library will keep its Sunday opening hours after more than forty
volunteers signed up to staff the front desk, the town council said on Friday.

The council had planned to close the library on Sundays from October to save money in
this year's budget, a proposal that drew a petition of more than 2,000 signatures.

"Sunday is the only day many families can come in together, and the volunteers have made
sure they still can," said Amira Haddad, the head librarian. "We will train every one of
them before the first shift."

Councillor Tom Ellery, who chairs the finance committee, said the saving would now come
from lower heating costs after the library's roof is insulated this winter.

"We listened to the people who use the building, and they found an answer we had not
thought of," Ellery said.

The volunteer rota starts on 6 October. Anyone who wants to join can ask at the front desk.
"""

TOPICS_TEXT = """\
# The site's topics, tried before newsbrief's built-in ones. A topic matches an article when
# its name or one of its keywords occurs in it (lower-case keywords match in any case).
- id: libraries
  name: Libraries
  description: Public libraries, their opening hours and their services.
  keywords: [library, libraries, librarian]

- id: council-budget
  name: Council budget
  description: What the town council spends, and where it saves.
  keywords: [budget, council tax, finance committee, saving]

- id: volunteering
  name: Volunteering
  keywords: [volunteer, volunteers, volunteering]
"""

TEMPLATES_README = """\
Your templates: overrides of newsbrief's default theme
======================================================

This folder is empty on purpose. Everything the site looks like comes from newsbrief's
default theme, except the files you put here: a file in this folder replaces the theme's
file with the same name, file by file, and every other file still comes from the theme.

  base.html      the frame of every page (head, header, navigation, footer)
  index.html     the front page
  article.html   a briefing's page          articles.html  the list of briefings
  speaker.html   a speaker's page           speakers.html  the list of speakers
  topic.html     a topic's page             topics.html    the list of topics
  search.html    the search page            404.html       the "page not found" page
  _macros.html   pieces the pages share (article cards, quotes, charts)
  static/        the stylesheet and other assets: static/style.css here replaces the theme's

To change one page, copy the theme's file here and edit the copy, for example
templates/base.html to change the header or the footer on every page. The theme's files
are in newsbrief's source, in its templates/ folder. A template can also extend the
theme's base.html ({% extends "base.html" %}) and fill its blocks.

Templates are Jinja2. Everything they print is escaped, and a variable that does not exist
is an error that names the template and line. The variables each page gets are described
in docs/templates.md of newsbrief's source.

Delete this file if you like; it is not used by the build.
"""

GITIGNORE_TEXT = """\
# The built site: made by 'newsbrief build', replaced by every build.
/site/
"""


@dataclass
class InitResult:
    root: Path
    created: list[Path] = field(default_factory=list)   # files written
    kept: list[Path] = field(default_factory=list)      # files already there, left as they were


def skeleton() -> dict[str, str]:
    """The files of a new site: relative path → text."""
    return {
        CONFIG_NAME: CONFIG_TEXT,
        ".gitignore": GITIGNORE_TEXT,
        f"content/articles/{SAMPLE_SLUG}.md": SAMPLE_ARTICLE,
        "content/topics.yaml": TOPICS_TEXT,
        "templates/README.txt": TEMPLATES_README,
    }


def init_site(root: str | Path, force: bool = False) -> InitResult:
    """Create a new site in ``root``.  A folder that is not empty is refused unless ``force``;
    even then, files that exist are kept as they are (nothing is deleted or overwritten)."""
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise NewsbriefError("exists and is not a folder", root)
    if root.is_dir() and any(root.iterdir()) and not force:
        raise NewsbriefError("the folder is not empty; choose a new or empty folder, or use --force to add "
                             "the missing files (existing files are kept as they are)", root)
    result = InitResult(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        for rel, text in skeleton().items():
            path = root / rel
            if path.exists() or path.is_symlink():
                result.kept.append(path)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8") as f:    # "x": never replace a file
                f.write(text)
            result.created.append(path)
    except OSError as exc:
        raise NewsbriefError(f"cannot create the site: {exc.strerror or exc}", getattr(exc, "filename", None)
                             or root) from None
    return result


def today() -> dt.date:
    """Today's date, or the date of SOURCE_DATE_EPOCH (UTC) when it is set, for reproducible output."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        except (ValueError, OverflowError, OSError):
            raise NewsbriefError(f"SOURCE_DATE_EPOCH must be a number of seconds since 1970, got {epoch!r}") \
                from None
    return dt.date.today()


def article_slug(headline: str) -> str:
    """The file name (without .md) for a headline; a NewsbriefError when none can be made."""
    slug = slugify(headline)
    if not slug:
        raise NewsbriefError(f"cannot make a file name from the headline {headline!r}: it needs some letters "
                             "or digits (a-z, 0-9)")
    if is_reserved(slug):
        raise NewsbriefError(f"the headline {headline!r} would make the file name '{slug}.md', which the site "
                             "uses for its own page; choose another headline")
    return slug


def front_matter(meta: dict) -> str:
    """YAML front matter between '---' lines, keys in the given order."""
    body = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10_000)
    return f"---\n{body}---\n"


NEW_BODY = "Replace this paragraph with the article's text.\n"


def new_article(config: Config, headline: str, date: dt.date | None = None) -> Path:
    """Write ``content/articles/<slug>.md`` for a new article and return its path; refuses to
    overwrite a file that exists."""
    headline = " ".join(headline.split())
    if not headline:
        raise NewsbriefError("the headline is empty")
    slug = article_slug(headline)
    path = config.articles_dir / f"{slug}.md"
    text = front_matter({"title": headline, "date": date or today(), "source": ""}) + "\n" + NEW_BODY
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        raise NewsbriefError("already exists; not overwritten (edit it, or choose another headline)",
                             path) from None
    except OSError as exc:
        raise NewsbriefError(f"cannot write the article: {exc.strerror or exc}", path) from None
    return path
