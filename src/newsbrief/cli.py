"""The command line: click commands that parse options, call the library and print."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import jinja2

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
      newsbrief build                  # content/ -> site/
      newsbrief extract article.md     # print the briefing YAML
      newsbrief check                  # validate briefings, quotes and links
      newsbrief publish --remote origin  # site/ -> gh-pages branch, pushed
    """


@main.command()
@click.option("--project", "project", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="Project folder holding newsbrief.yaml.")
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Content folder (articles/, topics.yaml, briefings/). Default from newsbrief.yaml, else content/.")
@click.option("--out", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder for the site. Default from newsbrief.yaml, else site/.")
@click.option("--base-url", help="Public URL or path the site is served from, e.g. https://example.org/briefs/.")
@click.option("--drafts", is_flag=True, help="Include articles marked draft: true.")
@click.option("--strict", is_flag=True, help="Fail on the first bad article instead of skipping it.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def build(project, content_dir, output_dir, base_url, drafts, strict, quiet):
    """Extract what is new or changed and render the site.

    \b
    Examples:
      newsbrief build
      newsbrief build --out public --base-url https://example.org/briefs/
      newsbrief build --content ~/news/content --drafts
    """
    try:
        config = load_config(project, content_dir=content_dir, output_dir=output_dir, base_url=base_url)
        report = run_build(config, drafts=drafts, strict=strict)
    except NewsbriefError as err:
        _fail(err)
    except jinja2.TemplateError as err:   # a mistake in the site's own templates
        _fail(template_error(err))
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
@click.option("--project", "project", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="Project folder holding newsbrief.yaml (its topics, and with --force "
                                      "its briefings folder).")
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
@click.option("--project", "project", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="Project folder holding newsbrief.yaml.")
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Content folder (articles/, topics.yaml, briefings/). Default from newsbrief.yaml, else content/.")
@click.option("--out", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              help="The built site whose links to check. Default from newsbrief.yaml, else site/.")
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
@click.option("--project", "project", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="Project folder holding newsbrief.yaml (and inside the git repository).")
@click.option("--out", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              help="The site folder to publish. Default from newsbrief.yaml, else site/.")
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


if __name__ == "__main__":
    main()
