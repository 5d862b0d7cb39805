"""Command-line interface: parses arguments, calls one command module, prints, sets the exit code.

Heavy modules (spaCy, WeasyPrint, python-docx) are imported inside the commands so that
``casereview --help`` stays fast.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from generator import __version__

app = typer.Typer(
    name="casereview",
    help=(
        "Validate, anonymise and render UK child safeguarding case reviews "
        "(England CSPR, Northern Ireland CMR, Scotland learning review, Wales SUSR).\n\n"
        "Example:  casereview validate samples/england-lcspr"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Fmt(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


class DeadlineFmt(str, Enum):
    text = "text"
    json = "json"
    ics = "ics"


class Edition(str, Enum):
    draft = "draft"
    public = "public"


class DobStyle(str, Enum):
    age = "age"
    remove = "remove"


class Lang(str, Enum):
    en = "en"
    cy = "cy"


FORMAT_OPT = typer.Option(Fmt.text, "--format", "-f", help="Report format.")
FAIL_ON_OPT = typer.Option(
    FailOn.error, "--fail-on", help="Exit 1 when a finding is at or above this severity."
)
SELECT_OPT = typer.Option(
    None, "--select", help="Only report codes with this prefix (repeatable), e.g. --select ANO1."
)
IGNORE_OPT = typer.Option(
    None, "--ignore", help="Drop codes with this prefix (repeatable), e.g. --ignore VAL4."
)
OUTPUT_OPT = typer.Option(
    None, "--output", "-o", help="Write the report to this file instead of standard output."
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"casereview {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """casereview command-line tool."""


def _emit(
    findings: list,
    files: int,
    fmt: Fmt,
    fail_on: FailOn,
    select: Optional[List[str]],
    ignore: Optional[List[str]],
    output: Optional[Path],
) -> int:
    """Filter, print (or write) the report and return the exit code."""
    from generator.atomic import write_text
    from generator.findings import exit_code
    from generator.findings import select as select_findings
    from generator.reporters import render_report

    kept = select_findings(findings, select, ignore)
    text = render_report(fmt.value, kept, files=files)
    if output is not None:
        write_text(output, text)
    else:
        sys.stdout.write(text)
    return exit_code(kept, fail_on.value)


# --------------------------------------------------------------------------- new
@app.command(
    "new",
    epilog="Example:  casereview new england lcspr reviews/child-a",
)
def new_cmd(
    nation: str = typer.Argument(..., help="england | northern-ireland | scotland | wales"),
    review_type: str = typer.Argument(
        ..., metavar="TYPE", help="rapid-review | lcspr | national-cspr | cmr | learning-review | susr | cpr"
    ),
    directory: Path = typer.Argument(..., help="Folder to create (must not exist or be empty)."),
) -> None:
    """Scaffold a new review with every required section and its guidance."""
    from generator.commands.new import run

    created = run(nation, review_type, directory)
    typer.echo(f"created {created}")
    typer.echo(f"next: fill in {created / 'review.yaml'}, write the sections, then run")
    typer.echo(f"      casereview validate {created}")


# --------------------------------------------------------------------------- validate
@app.command(
    "validate",
    epilog="Examples:\n\n  casereview validate samples/england-lcspr\n\n"
    "  casereview validate my-review --format sarif -o validate.sarif",
)
def validate_cmd(
    review: Path = typer.Argument(..., help="The review folder (holding review.yaml)."),
    fmt: Fmt = FORMAT_OPT,
    fail_on: FailOn = FAIL_ON_OPT,
    select: Optional[List[str]] = SELECT_OPT,
    ignore: Optional[List[str]] = IGNORE_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Check a review against its nation's schema and statutory rules."""
    from generator.commands.validate import run

    findings, files = run(review)
    raise typer.Exit(_emit(findings, files, fmt, fail_on, select, ignore, output))


# --------------------------------------------------------------------------- check
@app.command(
    "check",
    epilog="Examples:\n\n  casereview check samples/england-lcspr --key samples/england-lcspr/key.yaml\n\n"
    "  casereview check out/report.docx out/report.pdf --format sarif -o check.sarif\n\n"
    "  casereview check --fast drafts/*.md   (pre-commit: key file and patterns, no NER)\n\n"
    "  casereview check out/public --review reviews/child-a   (rendered files; the review's names allowed)",
)
def check_cmd(
    paths: List[Path] = typer.Argument(..., help="Review folders, .md/.txt/.yaml, .docx or .pdf files."),
    key: Optional[Path] = typer.Option(None, "--key", help="Confidential key file (real identifiers)."),
    fast: bool = typer.Option(False, "--fast", help="Key file and patterns only, no NER model."),
    show_evidence: bool = typer.Option(
        False, "--show-evidence", help="Print the matched text unmasked (never in CI logs)."
    ),
    baseline: Optional[Path] = typer.Option(
        None, "--baseline", help="Ignore findings recorded in this baseline file."
    ),
    write_baseline: Optional[Path] = typer.Option(
        None, "--write-baseline", help="Record the current findings as a baseline and exit 0."
    ),
    model: Optional[str] = typer.Option(
        None, "--model", help="spaCy pipeline to use (default: the bundled small English model)."
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the result cache."),
    review: Optional[Path] = typer.Option(
        None,
        "--review",
        help="Allow the names this review declares (pseudonyms, reviewers, board) when checking "
        "rendered files outside it.",
    ),
    fmt: Fmt = FORMAT_OPT,
    fail_on: FailOn = FAIL_ON_OPT,
    select: Optional[List[str]] = SELECT_OPT,
    ignore: Optional[List[str]] = IGNORE_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Check drafts and final DOCX/PDF files for identifying information."""
    from generator.baseline import new_salt
    from generator.commands.check import CheckOptions, run

    opts = CheckOptions(
        salt=new_salt() if write_baseline is not None else None,
        key=key,
        fast=fast,
        show_evidence=show_evidence,
        baseline=baseline,
        model=model,
        use_cache=not no_cache,
        review=review,
    )
    findings, files = run(paths, opts)
    if write_baseline is not None:
        from generator.commands.check import write_baseline_file

        count = write_baseline_file(write_baseline, findings, opts.salt or "")
        typer.echo(f"baseline of {count} finding(s) written to {write_baseline}", err=True)
        raise typer.Exit(0)
    raise typer.Exit(_emit(findings, files, fmt, fail_on, select, ignore, output))


# --------------------------------------------------------------------------- anonymise
@app.command(
    "anonymise",
    epilog="Example:  casereview anonymise drafts/child-a --key secure/key.yaml --out pseudonymised/child-a",
)
def anonymise_cmd(
    review: Path = typer.Argument(..., help="The review folder to pseudonymise (never modified)."),
    key: Path = typer.Option(..., "--key", help="Confidential key file."),
    out: Path = typer.Option(..., "--out", help="Folder for the pseudonymised copy."),
    dob: DobStyle = typer.Option(
        DobStyle.age,
        "--dob",
        help="Dates of birth become an age at the incident (age) or are removed (remove).",
    ),
    fmt: Fmt = FORMAT_OPT,
    fail_on: FailOn = FAIL_ON_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Replace every key-file identifier with its pseudonym; write a change log without PII."""
    from generator.commands.anonymise import run

    findings, files = run(review, key, out, dob=dob.value)
    raise typer.Exit(_emit(findings, files, fmt, fail_on, None, None, output))


# --------------------------------------------------------------------------- render
@app.command(
    "render",
    epilog="Examples:\n\n  casereview render samples/england-lcspr --out out/draft\n\n"
    "  casereview render samples/wales-susr --out out/cy --edition public --lang cy --to pdf,html\n\n"
    "  casereview render samples/england-lcspr --out out/branded --reference-docx board-styles.docx",
)
def render_cmd(
    review: Path = typer.Argument(..., help="The review folder."),
    out: Path = typer.Option(..., "--out", help="Output folder."),
    to: str = typer.Option("docx,pdf,html", "--to", help="Comma-separated formats: docx,pdf,html."),
    edition: Edition = typer.Option(Edition.draft, "--edition", help="draft (marked) or public."),
    lang: Lang = typer.Option(Lang.en, "--lang", help="en, or cy for the Welsh parallel text."),
    reference_docx: Optional[Path] = typer.Option(
        None, "--reference-docx",
        help="A DOCX whose styles, fonts, colours and page setup brand the DOCX (pandoc's convention; "
        "default: the review's assets/reference.docx, else the house style)."),
) -> None:
    """Render DOCX, PDF/UA and HTML from a review."""
    from generator.commands.render import run

    written = run(review, out, [t.strip() for t in to.split(",") if t.strip()], edition.value, lang.value,
                  reference_docx=reference_docx)
    for path in written:
        typer.echo(f"wrote {path}")


# --------------------------------------------------------------------------- build
@app.command(
    "build",
    epilog="Example:  casereview build samples/england-lcspr --out out/public",
)
def build_cmd(
    review: Path = typer.Argument(..., help="The review folder."),
    out: Path = typer.Option(..., "--out", help="Output folder (written only if every step passes)."),
    key: Optional[Path] = typer.Option(
        None, "--key", help="Key file (default: key.yaml in the review folder, if present)."
    ),
    lang: Optional[List[Lang]] = typer.Option(
        None, "--lang", help="Languages to publish (default: en, plus cy where Welsh sources exist)."
    ),
    fmt: Fmt = FORMAT_OPT,
    fail_on: FailOn = FAIL_ON_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Validate, pseudonymise, check and render the publishable edition (all or nothing)."""
    from generator.commands.build import run

    findings, files = run(
        review, out, key, [lang_.value for lang_ in lang] if lang else None, fail_on=fail_on.value
    )
    code = _emit(findings, files, fmt, fail_on, None, None, output)
    if code == 0:
        typer.echo(f"casereview: built the public edition in {out} (see {out / 'build-manifest.json'})", err=True)
    else:
        typer.echo(f"casereview: build refused; nothing was written to {out}", err=True)
    raise typer.Exit(code)


# --------------------------------------------------------------------------- deadlines
@app.command(
    "deadlines",
    epilog="Examples:\n\n  casereview deadlines samples/england-lcspr\n\n"
    "  casereview deadlines samples/wales-susr --format ics -o susr.ics",
)
def deadlines_cmd(
    review: Path = typer.Argument(..., help="The review folder."),
    fmt: DeadlineFmt = typer.Option(DeadlineFmt.text, "--format", "-f", help="text, json or ics."),
    today: Optional[str] = typer.Option(None, "--today", help="Date to measure from (YYYY-MM-DD)."),
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """List statutory milestones and action-plan items, due or overdue."""
    from generator.atomic import write_bytes
    from generator.commands.deadlines import run

    data = run(review, fmt.value, today)
    if output is not None:
        write_bytes(output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


# --------------------------------------------------------------------------- import
@app.command(
    "import",
    epilog="Example:  casereview import draft.docx --nation england --type lcspr --out reviews/child-a",
)
def import_cmd(
    draft: Path = typer.Argument(..., help="The Word draft (.docx)."),
    nation: str = typer.Option(..., "--nation", help="england | northern-ireland | scotland | wales"),
    review_type: str = typer.Option(..., "--type", help="The review TYPE (see `casereview new --help`)."),
    out: Path = typer.Option(..., "--out", help="Folder for the new review (must not exist or be empty)."),
    fmt: Fmt = FORMAT_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Turn a Word draft into a review folder; report tracked changes and comments."""
    from generator.commands.importer import run

    findings, files = run(draft, nation, review_type, out)
    _emit(findings, files, fmt, FailOn.never, None, None, output)
    typer.echo(f"imported into {out}; next: casereview validate {out}", err=True)


def main(argv: Optional[List[str]] = None) -> int:
    """Entry point: run the app; print user errors once, without traceback."""
    from generator.errors import CaseReviewError

    try:
        # with standalone_mode=False click returns (not raises) the code of a typer.Exit
        rc = app(args=argv, prog_name="casereview", standalone_mode=False)
        if isinstance(rc, int):
            return rc
    except typer.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:  # pragma: no cover - click raises this for --help in some paths
        return int(exc.code or 0)
    except CaseReviewError as exc:
        typer.echo(f"casereview: error: {exc}", err=True)
        return getattr(exc, "exit_code", 2)
    except KeyboardInterrupt:
        typer.echo("casereview: interrupted", err=True)
        return 130
    except Exception as exc:  # click usage errors and the unexpected
        # typer may vendor its own click: recognise its exceptions by shape, not by import
        names = {cls.__name__ for cls in type(exc).__mro__}
        if "NoArgsIsHelpError" in names:
            ctx = getattr(exc, "ctx", None)
            typer.echo(ctx.get_help() if ctx is not None else str(exc))
            return 0
        if "ClickException" in names and hasattr(exc, "show"):
            exc.show()
            return 2
        if "Abort" in names:
            return 130
        typer.echo(
            f"casereview: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in casereview; please report it with the command you ran.",
            err=True,
        )
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
