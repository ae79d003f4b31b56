"""The command line: click commands that parse options, call the library and print."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__, store
from .config import load_config
from .errors import NewsbriefError, template_error
from .pipeline import build as run_build
from .pipeline import extract_file, force_extract


class Fail(click.ClickException):
    """A fatal content error: 'Error: …' on one line (per-article problems print 'error: …'), exit 1."""

    exit_code = 1


def _print_problems(report, quiet: bool = False) -> None:
    """Warnings (unless --quiet) and errors of a build, one line each."""
    if not quiet:
        for w in report.warnings:
            click.echo(f"warning: {w}", err=True)
    for e in report.errors:
        click.echo(f"error: {e}", err=True)


def _fail(err: NewsbriefError) -> None:
    raise Fail(str(err))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsbrief")
def main() -> None:
    """newsbrief: turn news articles into briefings (who said what, about which
    topics) and publish them as a static website.

    \b
    Examples:
      newsbrief init my-briefings      # a new site, ready to build
      newsbrief new "Storm closes coast road"   # a new article
      newsbrief serve                  # build, serve and reload on every save
      newsbrief build                  # content/ -> site/
      newsbrief extract article.md     # print the briefing YAML
      newsbrief check                  # validate briefings, quotes and links
      newsbrief import saved/*.html    # saved news pages -> articles
      newsbrief publish --remote origin  # site/ -> gh-pages branch, pushed
    """


class _ProgressBar:
    """``click.progressbar`` on standard error for the long stages of a build (pipeline.Progress);
    shown only for stages with enough work to be worth watching."""

    MIN_ITEMS = 200

    def __init__(self):
        self.bar = None
        self.stage = None
        self.done = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage = stage
            if total >= self.MIN_ITEMS:
                self.bar = click.progressbar(length=total, label=stage.ljust(10), file=sys.stderr,
                                             show_eta=True, show_pos=True)
                self.bar.__enter__()
        if self.bar is not None and done > self.done:
            self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
        self.bar, self.stage, self.done = None, None, 0


# options several commands share
def _project_option(help: str = "Project folder holding newsbrief.yaml.", must_exist: bool = False):
    return click.option("--project", "project", type=click.Path(exists=must_exist, file_okay=False, path_type=Path),
                        default=".", show_default=True, help=help)


def _out_option(help: str):
    return click.option("--out", "output_dir", type=click.Path(file_okay=False, path_type=Path),
                        help=f"{help} Default from newsbrief.yaml, else site/.")


_CONTENT = click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
                        help="Content folder (articles/, topics.yaml, briefings/). Default from newsbrief.yaml, "
                             "else content/.")
_PROJECT = _project_option(must_exist=True)
_VERBOSE = click.option("-v", "--verbose", is_flag=True, help="Print more detail.")
_QUIET = click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings.")


def _is_template_error(err: Exception) -> bool:
    # Jinja2 is imported only by a build that renders: a no-op rebuild starts faster without it
    jinja2 = sys.modules.get("jinja2")
    return jinja2 is not None and isinstance(err, jinja2.TemplateError)


@main.command()
@_project_option()
@_CONTENT
@_out_option("Output folder for the site.")
@click.option("--base-url", help="Public URL or path the site is served from, e.g. https://example.org/briefs/.")
@click.option("--drafts", is_flag=True, help="Include articles marked draft: true.")
@click.option("--strict", is_flag=True, help="Fail on the first bad article instead of skipping it.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Processes for extraction and rendering. Default: one per CPU core.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def build(project, content_dir, output_dir, base_url, drafts, strict, jobs, quiet):
    """Extract what is new or changed and render the site.

    Only what changed is done again: articles whose file or briefing
    changed are extracted, pages whose content changed are rendered, and
    when nothing changed nothing is written. A long build shows a progress
    bar on a terminal.

    \b
    Examples:
      newsbrief build
      newsbrief build --out public --base-url https://example.org/briefs/
      newsbrief build --content ~/news/content --drafts
      newsbrief build --jobs 1
    """
    progress = _ProgressBar() if not quiet and sys.stderr.isatty() else None
    try:
        config = load_config(project, content_dir=content_dir, output_dir=output_dir, base_url=base_url)
        report = run_build(config, drafts=drafts, strict=strict, jobs=jobs, progress=progress)
    except NewsbriefError as err:
        _fail(err)
    except Exception as err:
        if not _is_template_error(err):
            raise
        _fail(template_error(err))   # a mistake in the site's own templates
    finally:
        if progress is not None:
            progress.close()
    _print_problems(report, quiet)
    if not quiet:
        click.echo(f"{report.articles} articles ({report.extracted} extracted, {report.reused} unchanged, "
                   f"{report.kept_edited} edited kept), {report.pages} pages, {report.changed} files written "
                   f"to {config.output_dir} in {report.timings['total']:.2f}s")
    if report.errors:
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write DIR/<file stem>.yaml for each file instead of printing.")
@click.option("--force", is_flag=True,
              help="Re-extract each FILE (an article of the project) and overwrite its stored briefing, "
                   "content/briefings/<slug>.yaml, even when it was edited by hand: start over.")
@_project_option("Project folder holding newsbrief.yaml (its topics, and with --force its briefings folder).")
def extract(files, out_dir, force, project):
    """Print the briefing YAML of an article (or write one per file with --out).

    Without --force nothing in the project changes: the briefing is printed
    (or written under --out DIR). With --force the project's stored briefing
    of each FILE is replaced by a fresh extraction, discarding any edits in
    it; the next build uses the new one.

    \b
    Examples:
      newsbrief extract content/articles/us-india-technology-ties.txt
      newsbrief extract --out briefings/ articles/*.md
      newsbrief extract --force content/articles/us-india-technology-ties.txt
    """
    if force and out_dir is not None:
        raise click.UsageError("--force writes the project's own briefings; it cannot be combined with --out")
    if len(files) > 1 and out_dir is None and not force:
        raise click.UsageError("several files need --out DIR (or --force)")
    failed = False
    try:
        config = load_config(project)
    except NewsbriefError as err:
        _fail(err)
    for f in files:
        try:
            if force:
                result = force_extract(f, config)
                note = " (your edits in it were discarded)" if result.replaced_edits else ""
                click.echo(f"{result.path}{note}")
                continue
            b = extract_file(f, config)
        except NewsbriefError as err:
            click.echo(f"error: {err}", err=True)
            failed = True
            continue
        if out_dir is None:
            click.echo(store.dumps(b), nl=False)
        else:
            target = out_dir / f"{f.stem}.yaml"
            store.write_briefing(target, b)
            click.echo(str(target))
    if failed:
        sys.exit(1)


@main.command()
@_project_option()
@_CONTENT
@_out_option("The built site whose links to check.")
def check(project, content_dir, output_dir):
    """Check articles, briefings and the built site; exit 1 on any error.

    Every briefing must match the schema, every quote (and its continued
    parts) must appear word for word in its source article, every quote's
    speaker and topics must exist, and every relative link and #fragment in
    the built site's pages must resolve. Nothing is written.

    \b
    Examples:
      newsbrief check
      newsbrief build && newsbrief check --out site
    """
    from .check import check as run_check
    try:
        config = load_config(project, content_dir=content_dir, output_dir=output_dir)
        report = run_check(config)
    except NewsbriefError as err:
        _fail(err)
    _print_problems(report)
    site = f", {report.pages} pages ({report.links} links)" if report.site_checked else ""
    errors = len(report.errors)
    click.echo(f"checked {report.articles} articles, {report.briefings} briefings ({report.quotes} quotes){site}: "
               f"{errors} error{'' if errors == 1 else 's'}, {len(report.warnings)} "
               f"warning{'' if len(report.warnings) == 1 else 's'}")
    if report.errors:
        sys.exit(1)


@main.command()
@click.option("--branch", default="gh-pages", show_default=True, help="Branch that receives the site.")
@click.option("--remote", help="Push the branch to this remote (e.g. origin) after committing.")
@click.option("-m", "--message", help="Commit message (default names the newsbrief version and HEAD).")
@_project_option("Project folder holding newsbrief.yaml (and inside the git repository).")
@_out_option("The site folder to publish.")
@click.option("--base-url", help="Public URL the site is served from, e.g. https://example.org/briefs/.")
@click.option("--no-build", is_flag=True, help="Publish the site folder as it is, without building first.")
@click.option("--force", is_flag=True, help="Force the push (replaces the remote branch's history).")
def publish(branch, remote, message, project, output_dir, base_url, no_build, force):
    """Build the site and commit it to a git branch (GitHub Pages style).

    The commit is made with git plumbing on a temporary index: your work
    tree, index and current branch are not touched. See docs/publishing.md.

    \b
    Examples:
      newsbrief publish --base-url https://me.github.io/briefs/ --remote origin
      newsbrief publish --branch pages --no-build -m "Morning edition"
    """
    from .publish import publish as run_publish
    try:
        config = load_config(project, output_dir=output_dir, base_url=base_url)
        if not no_build:
            report = run_build(config)
            _print_problems(report)
            if report.errors:
                raise NewsbriefError("the build reported errors; nothing was published")
        result = run_publish(config.output_dir, config.project_dir, branch=branch, remote=remote,
                             message=message, force=force)
    except NewsbriefError as err:
        _fail(err)
    what = f"committed {result.files} files to {branch} as {result.commit[:12]}" if result.created else \
        f"{branch} already holds this site ({result.commit[:12]})"
    click.echo(what + (f", pushed to {remote}" if result.pushed else ""))



# --- authoring: init, new, serve, import ---------------------------------------------------------

_STYLES = {"error": {"fg": "red", "bold": True}, "warning": {"fg": "yellow"}, "success": {"fg": "green"},
           "info": {}, "debug": {"dim": True}}


class Printer:
    """What the authoring commands print: errors and warnings on stderr, the rest on stdout;
    ``--quiet`` keeps only errors and warnings, ``--verbose`` adds details.  Colour only on a
    terminal (click.echo drops the styles elsewhere)."""

    def __init__(self, verbose: bool = False, quiet: bool = False):
        if verbose and quiet:
            raise click.UsageError("--verbose and --quiet cannot be used together")
        self.verbose, self.quiet = verbose, quiet

    def __call__(self, level: str, message: str) -> None:
        if level == "debug" and not self.verbose:
            return
        if level in ("info", "success", "debug") and self.quiet:
            return
        if level in ("error", "warning"):
            head = click.style(f"{level}:", **_STYLES[level])
            click.echo(f"{head} {message}", err=True)
        else:
            click.echo(click.style(message, **_STYLES[level]) if _STYLES[level] else message)


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True,
              help="Also in a folder that is not empty: add the missing files and keep every existing file "
                   "as it is (nothing is overwritten or deleted).")
@_VERBOSE
@_QUIET
def init(directory, force, verbose, quiet):
    """Create a new site in DIRECTORY, ready to build.

    It writes newsbrief.yaml (the settings), content/articles/ with a sample
    article, content/topics.yaml, and an empty templates/ folder for your
    overrides of the default theme (its README.txt says how). DIRECTORY is
    created if needed; a folder that is not empty is refused unless --force.

    \b
    Examples:
      newsbrief init my-briefings
      newsbrief init my-briefings && newsbrief build --project my-briefings
      newsbrief init . --force
    """
    from .scaffold import init_site
    say = Printer(verbose, quiet)
    try:
        result = init_site(directory, force=force)
    except NewsbriefError as err:
        _fail(err)
    for path in result.created:
        say("debug", f"created {_shown(path)}")
    for path in result.kept:
        say("warning" if verbose else "debug", f"kept {_shown(path)} as it was")
    where = _shown(result.root)
    kept = f", kept {len(result.kept)} existing" if result.kept else ""
    say("success", f"created a newsbrief site in {where} ({len(result.created)} files{kept})")
    go = "" if where == "." else f"cd {where} && "
    say("info", f"next: {go}newsbrief serve    (or: newsbrief build --project {where})")


@main.command(short_help="Start a new article and print its path.")
@click.argument("headline")
@_PROJECT
@_VERBOSE
@_QUIET
def new(headline, project, verbose, quiet):
    """Start a new article: write content/articles/<slug>.md and print its path.

    The file gets front matter with the HEADLINE as its title, today's date
    (or the date of SOURCE_DATE_EPOCH when it is set) and an empty source, and
    a paragraph to replace with the article's text. The slug is made from the
    headline. An existing file is never overwritten (exit status 1).

    \b
    Examples:
      newsbrief new "Council approves new cycle lanes"
      newsbrief new "Minister resigns" --project ~/news
      $EDITOR "$(newsbrief new 'Storm closes coast road')"
    """
    from .scaffold import new_article
    say = Printer(verbose, quiet)
    try:
        config = load_config(project)
        if config.config_path is None and not config.content_dir.is_dir():
            say("warning", f"{_shown(config.project_dir)} has no newsbrief.yaml and no content folder: is it a "
                           "newsbrief site? ('newsbrief init DIR' creates one)")
        path = new_article(config, headline)
    except NewsbriefError as err:
        _fail(err)
    if not quiet:
        click.echo(_shown(path))
    say("debug", "edit it, then run 'newsbrief build' (or keep 'newsbrief serve' running)")


@main.command(short_help="Serve the site, rebuild on change, reload open pages.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 to serve on; 0 picks a free port (the address is printed).")
@_PROJECT
@click.option("--drafts", is_flag=True, help="Include articles marked draft: true.")
@click.option("-v", "--verbose", is_flag=True, help="Also print every request and the folders watched.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the address, errors and warnings.")
def serve(port, project, drafts, verbose, quiet):
    """Build the site, serve it on 127.0.0.1 and rebuild it when you save.

    The content folder, the templates folder and newsbrief.yaml are watched;
    a change rebuilds the site (only what changed is re-extracted and
    rewritten) and open pages reload themselves. A build error is printed
    here and the last good site stays served. The site is built into a
    temporary folder: your output folder (site/) is not touched. Stop with
    Ctrl-C.

    \b
    Examples:
      newsbrief serve
      newsbrief serve --port 0 --project ~/news
      newsbrief serve --drafts --verbose
    """
    from .serve import DevServer
    say = Printer(verbose, quiet)
    server = DevServer(project, port=port, drafts=drafts, log=say)
    try:
        url = server.start()
    except NewsbriefError as err:
        _fail(err)
    click.echo(f"serving {click.style(url, bold=True)}  (Ctrl-C to stop)")
    server.run()
    say("info", "stopped")


@main.command("import", short_help="Turn saved news web pages into articles.")
@click.argument("pages", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@_PROJECT
@click.option("--force", is_flag=True, help="Replace an article file that already exists.")
@click.option("-v", "--verbose", is_flag=True, help="Also print each article's title, date, author and source.")
@_QUIET
def import_(pages, project, force, verbose, quiet):
    """Turn saved news web pages into articles: content/articles/<slug>.md.

    Each PAGE is an HTML file saved from a browser ("Save page as"). The
    article's text is kept, without the page's navigation, adverts, cookie
    banner, related links, comments and footer, and its title, author,
    publication date, canonical address and site name (as the source) go into
    the front matter. Nothing is fetched from the web. An article file that
    exists is kept unless --force. A page that is not HTML or holds no article
    is reported in one line and skipped (exit status 1).

    \b
    Examples:
      newsbrief import ~/Downloads/ferry-cuts.html
      newsbrief import saved/*.html --project ~/news
      newsbrief import page.html --force --verbose
    """
    from .importer import import_page
    say = Printer(verbose, quiet)
    try:
        config = load_config(project)
    except NewsbriefError as err:
        _fail(err)
    taken: set[Path] = set()
    done, failed, messages = [], [], []

    def one(page: Path) -> None:
        try:
            result = import_page(page, config.articles_dir, force=force, taken=taken)
        except NewsbriefError as err:
            failed.append(page)
            messages.append(("error", str(err)))
            return
        done.append(result)
        messages.extend(("warning", w) for w in result.page.warnings)
        messages.append(("info", _shown(result.path)))
        p = result.page
        messages.append(("debug", f"  {p.title or '(no title)'} · {p.date or 'undated'} · "
                                  f"{p.author or 'no author'} · {p.source or 'no source'} · {p.words} words"))

    if len(pages) > 1 and not quiet and sys.stderr.isatty():
        with click.progressbar(pages, label="importing", file=sys.stderr, show_pos=True,
                               item_show_func=lambda p: p.name if p else "") as bar:
            for page in bar:
                one(page)
    else:
        for page in pages:
            one(page)
            for level, message in messages:
                say(level, message)
            messages.clear()
    for level, message in messages:
        say(level, message)
    if len(pages) > 1 or failed:
        problems = f", {len(failed)} failed" if failed else ""
        say("success" if not failed else "info",
            f"imported {len(done)} of {len(pages)} pages into {_shown(config.articles_dir)}{problems}")
    if failed:
        sys.exit(1)


def run() -> None:
    """The ``newsbrief`` command (pyproject's script): ``main``, then an exit that does not free
    the process's objects one by one.  After a build of a large site that is millions of them,
    and Python's own teardown took ~0.3 s of a one-article rebuild of 5,000 articles; the
    operating system takes the memory back at once.  Exit handlers (``atexit``: worker pools,
    temporary folders) still run and the output is flushed, as on a normal exit.  Tests call
    ``main`` itself, which exits normally."""
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = stop.code
    if code is None:
        code = 0
    elif not isinstance(code, int):      # sys.exit("message"): printed, status 1, as Python does
        print(code, file=sys.stderr)
        code = 1
    import atexit
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):       # a closed pipe: nothing more can be said
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
