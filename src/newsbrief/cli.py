"""The command line: click commands that parse options, call the library and print."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, store
from .config import load_config
from .errors import NewsbriefError
from .pipeline import build as run_build
from .pipeline import extract_file


class Fail(click.ClickException):
    exit_code = 1


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
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)
    for e in report.errors:
        click.echo(f"error: {e}", err=True)
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
@click.option("--project", "project", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="Project folder (for the site's topics.yaml).")
def extract(files, out_dir, project):
    """Print the briefing YAML of an article (or write one per file with --out).

    \b
    Examples:
      newsbrief extract content/articles/us-india.txt
      newsbrief extract --out briefings/ articles/*.md
    """
    if len(files) > 1 and out_dir is None:
        raise click.UsageError("several files need --out DIR")
    failed = False
    try:
        config = load_config(project)
    except NewsbriefError as err:
        _fail(err)
    for f in files:
        try:
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


if __name__ == "__main__":
    main()
