"""Command-line interface: parses arguments, calls one command module, prints, sets the exit code.

Heavy modules (spaCy, WeasyPrint, python-docx) are imported inside the commands so that
``casereview --help`` stays fast.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer

from generator import __version__

def _plain_argument_help() -> None:
    """Help shows arguments as ``REVIEW`` and ``PATH...``, not typer's ``{REVIEW}`` and ``<list[Path]>``
    (internal type names mean nothing to a reviewer)."""
    from typer import core

    argument = getattr(core, "TyperArgument", None)
    if argument is None or not hasattr(argument, "_usage_display_name"):
        return

    def usage_name(self: Any) -> str:
        name = self.display_name_raw
        name = name if self.required else f"[{name}]"
        return name if self.nargs == 1 or name.endswith("...") else name + "..."

    argument._usage_display_name = usage_name
    argument.display_type_rich = lambda self, ctx: None


_plain_argument_help()

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


FORMAT_OPT = typer.Option(Fmt.text, "--format", "-f", metavar="text|json|sarif|github", help="Report format.")
FAIL_ON_OPT = typer.Option(
    FailOn.error,
    "--fail-on",
    metavar="error|warning|never",
    help="Exit 1 when a finding is at or above this severity.",
)
SELECT_OPT = typer.Option(
    None,
    "--select",
    metavar="PREFIX",
    help="Only report codes with this prefix (repeatable), e.g. --select ANO1.",
)
IGNORE_OPT = typer.Option(
    None, "--ignore", metavar="PREFIX", help="Drop codes with this prefix (repeatable), e.g. --ignore VAL4."
)
OUTPUT_OPT = typer.Option(
    None,
    "--output",
    "-o",
    metavar="FILE",
    help="Write the report to this file instead of standard output (a one-line summary still goes to "
    "standard error). A FIFO or device such as /dev/null is written through; a folder is refused.",
)
SHOW_EVIDENCE_OPT = typer.Option(
    False,
    "--show-evidence",
    help="Show matched text, quoted values and file names unmasked (at your own desk, never in CI logs).",
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
    *,
    show_evidence: bool = False,
) -> int:
    """Filter, print (or write) the report and return the exit code.

    Paths holding an identifying word are masked unless ``show_evidence``. Text goes to standard
    output coloured on a terminal (plain when ``NO_COLOR`` is set or output is redirected); with
    ``-o FILE`` the report goes to the file and a one-line summary to standard error.
    """
    from generator.atomic import write_text
    from generator.display import mask_findings
    from generator.findings import exit_code
    from generator.findings import select as select_findings
    from generator.reporters import render_report
    from generator.reporters.text import summary_line

    kept = select_findings(findings, select, ignore)
    if not show_evidence:
        kept = mask_findings(kept)
    if output is not None:
        write_text(output, render_report(fmt.value, kept, files=files))
        typer.echo(f"casereview: {summary_line(kept, files=files)}; {fmt.value} report written to {output}", err=True)
    else:
        color = fmt is Fmt.text and _use_color(sys.stdout)
        sys.stdout.write(render_report(fmt.value, kept, files=files, color=color))
        sys.stdout.flush()
    return exit_code(kept, fail_on.value)


def _use_color(stream: object) -> bool:
    """Colour only on a terminal, never when NO_COLOR is set (https://no-color.org) or TERM=dumb."""
    import os

    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR") or os.environ.get("CLICOLOR_FORCE"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def _check_pair(nation: str, review_type: str) -> None:
    """Refuse an unknown NATION TYPE with a did-you-mean (``England`` -> ``england``, ``lcpsr`` -> ``lcspr``)."""
    from rapidfuzz import process

    from generator import schema
    from generator.errors import UserError

    pairs = schema.review_types()
    if (nation, review_type) in pairs:
        return
    nations = list(schema.NATIONS)
    hints: list[str] = []
    best_nation = nation
    if nation not in nations:
        match = process.extractOne(nation.lower(), nations, score_cutoff=60)
        if match:
            best_nation = match[0]
            hints.append(f"nation {nation!r}: did you mean {match[0]!r}?")
        else:
            hints.append(f"nation {nation!r} is not known; use one of: {', '.join(nations)}")
    types = [t for n, t in pairs if n == best_nation] or [t for _, t in pairs]
    if review_type not in types:
        match = process.extractOne(review_type.lower(), types, score_cutoff=60)
        if match:
            hints.append(f"type {review_type!r}: did you mean {match[0]!r}?")
        else:
            where = f" for {best_nation}" if best_nation in nations else ""
            hints.append(f"type {review_type!r} is not known{where}; use one of: {', '.join(types)}")
    raise UserError(
        f"{nation} {review_type} is not a review type: {'; '.join(hints)} "
        f"(valid NATION TYPE pairs: {schema.pairs_text()})"
    )


# --------------------------------------------------------------------------- new
@app.command(
    "new",
    epilog="Example:  casereview new england lcspr reviews/child-a",
)
def new_cmd(
    nation: str = typer.Argument(..., metavar="NATION", help="england | northern-ireland | scotland | wales"),
    review_type: str = typer.Argument(
        ..., metavar="TYPE", help="rapid-review | lcspr | national-cspr | cmr | learning-review | susr | cpr"
    ),
    directory: Path = typer.Argument(..., metavar="DIR", help="Folder to create (must not exist or be empty)."),
) -> None:
    """Scaffold a new review with every required section and its guidance."""
    from generator.commands.new import run

    _check_pair(nation, review_type)

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
    review: Path = typer.Argument(..., metavar="REVIEW", help="The review folder (holding review.yaml)."),
    show_evidence: bool = SHOW_EVIDENCE_OPT,
    fmt: Fmt = FORMAT_OPT,
    fail_on: FailOn = FAIL_ON_OPT,
    select: Optional[List[str]] = SELECT_OPT,
    ignore: Optional[List[str]] = IGNORE_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Check a review against its nation's schema and statutory rules."""
    from generator.commands.validate import run

    findings, files = run(review, show_evidence=show_evidence)
    raise typer.Exit(_emit(findings, files, fmt, fail_on, select, ignore, output, show_evidence=show_evidence))


# --------------------------------------------------------------------------- check
@app.command(
    "check",
    epilog="Examples:\n\n  casereview check samples/england-lcspr --key samples/england-lcspr/key.yaml\n\n"
    "  casereview check out/report.docx out/report.pdf --format sarif -o check.sarif\n\n"
    "  casereview check --fast drafts/*.md   (pre-commit: key file and patterns, no NER)\n\n"
    "  casereview check out/public --review reviews/child-a   (rendered files; the review's names allowed)\n\n"
    "  casereview check --strict publish/   (every file in the folder must be readable)\n\n"
    "  casereview check reviews/ --jobs 4 --format github   (four worker processes; annotations in a CI log)\n\n"
    "  casereview check scans/letter.pdf --ocr   (read scanned pages with Tesseract; exit 2 without it)",
)
def check_cmd(
    paths: List[Path] = typer.Argument(
        ..., metavar="PATH...",
        help="Review folders, .md/.txt/.yaml, .docx/.odt, .pdf, .html, .xlsx/.csv or image files.",
    ),
    key: Optional[Path] = typer.Option(
        None, "--key", metavar="FILE", help="Confidential key file (real identifiers)."
    ),
    fast: bool = typer.Option(False, "--fast", help="Key file and patterns only, no NER model."),
    show_evidence: bool = SHOW_EVIDENCE_OPT,
    baseline: Optional[Path] = typer.Option(
        None, "--baseline", metavar="FILE", help="Ignore findings recorded in this baseline file."
    ),
    write_baseline: Optional[Path] = typer.Option(
        None, "--write-baseline", metavar="FILE", help="Record the current findings as a baseline and exit 0."
    ),
    model: Optional[str] = typer.Option(
        None, "--model", metavar="NAME", help="spaCy pipeline to use (default: the bundled small English model)."
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the result cache."),
    jobs: Optional[int] = typer.Option(
        None,
        "--jobs",
        "-j",
        metavar="N",
        help="Check files in N worker processes (default: one per core, and for one file a second process loads the model meanwhile; 1: all in this process).",
    ),
    review: Optional[Path] = typer.Option(
        None,
        "--review",
        metavar="REVIEW",
        help="Allow the names this review declares (pseudonyms, reviewers, board) when checking "
        "rendered files outside it.",
    ),
    strict: bool = typer.Option(
        False, "--strict", help="A file a folder walk cannot read (ANO930: .rtf, .pptx, links...) is an error, not a warning."
    ),
    ocr: bool = typer.Option(
        False,
        "--ocr",
        help="Require OCR (Tesseract) of scanned PDF pages and pictures; exit 2 if it is not installed. "
        "Without --ocr it is used when installed, and a picture of text it cannot read fails the check.",
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
    from generator.errors import UserError

    if jobs is not None and jobs < 1:
        raise UserError(f"--jobs {jobs}: give 1 or more worker processes")

    if ocr:
        from anonymise.extract.pdf_ocr import available

        if not available():
            from generator.errors import UserError

            raise UserError("--ocr needs Tesseract: install it (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-cym) or leave out --ocr")
    opts = CheckOptions(
        salt=new_salt() if write_baseline is not None else None,
        key=key,
        fast=fast,
        show_evidence=show_evidence,
        baseline=baseline,
        model=model,
        use_cache=not no_cache,
        review=review,
        strict=strict,
        jobs=jobs,
        ocr=True if ocr else "auto",
    )
    findings, files = run(paths, opts)
    if write_baseline is not None:
        from generator.commands.check import write_baseline_file

        count = write_baseline_file(write_baseline, findings, opts.salt or "")
        typer.echo(f"baseline of {count} finding(s) written to {write_baseline}", err=True)
        raise typer.Exit(0)
    raise typer.Exit(_emit(findings, files, fmt, fail_on, select, ignore, output, show_evidence=show_evidence))


# --------------------------------------------------------------------------- anonymise
@app.command(
    "anonymise",
    epilog="Example:  casereview anonymise drafts/child-a --key secure/key.yaml --out pseudonymised/child-a",
)
def anonymise_cmd(
    review: Path = typer.Argument(..., metavar="REVIEW", help="The review folder to pseudonymise (never modified)."),
    key: Path = typer.Option(..., "--key", metavar="FILE", help="Confidential key file."),
    out: Path = typer.Option(..., "--out", metavar="DIR", help="Folder for the pseudonymised copy."),
    dob: DobStyle = typer.Option(
        DobStyle.age,
        "--dob",
        metavar="age|remove",
        help="Dates of birth become an age at the incident (age) or are removed (remove).",
    ),
    fmt: Fmt = FORMAT_OPT,
    fail_on: FailOn = FAIL_ON_OPT,
    select: Optional[List[str]] = SELECT_OPT,
    ignore: Optional[List[str]] = IGNORE_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Replace every key-file identifier with its pseudonym; write a change log without PII."""
    from generator.commands.anonymise import run

    findings, files = run(review, key, out, dob=dob.value)
    raise typer.Exit(_emit(findings, files, fmt, fail_on, select, ignore, output))


# --------------------------------------------------------------------------- render
@app.command(
    "render",
    epilog="Examples:\n\n  casereview render samples/england-lcspr --out out/draft\n\n"
    "  casereview render samples/wales-susr --out out/cy --edition public --lang cy --to pdf,html\n\n"
    "  casereview render samples/england-lcspr --out out/branded --reference-docx board-styles.docx",
)
def render_cmd(
    review: Path = typer.Argument(..., metavar="REVIEW", help="The review folder."),
    out: Path = typer.Option(..., "--out", metavar="DIR", help="Output folder."),
    to: str = typer.Option(
        "docx,pdf,html", "--to", metavar="FORMATS", help="Comma-separated formats: docx,pdf,html."
    ),
    edition: Edition = typer.Option(
        Edition.draft, "--edition", metavar="draft|public", help="draft (marked) or public."
    ),
    lang: Lang = typer.Option(Lang.en, "--lang", metavar="en|cy", help="en, or cy for the Welsh parallel text."),
    reference_docx: Optional[Path] = typer.Option(
        None, "--reference-docx", metavar="FILE",
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
    epilog="Examples:\n\n  casereview build samples/england-lcspr --out out/public\n\n"
    "  casereview build drafts/child-a --key secure/key.yaml --out publish/child-a --to docx,pdf",
)
def build_cmd(
    review: Path = typer.Argument(..., metavar="REVIEW", help="The review folder."),
    out: Path = typer.Option(..., "--out", metavar="DIR", help="Output folder (written only if every step passes)."),
    key: Optional[Path] = typer.Option(
        None, "--key", metavar="FILE", help="Key file (default: key.yaml in the review folder, if present)."
    ),
    lang: Optional[List[Lang]] = typer.Option(
        None,
        "--lang",
        metavar="en|cy",
        help="Languages to publish, repeatable (default: en, plus cy where Welsh sources exist).",
    ),
    to: str = typer.Option("docx,pdf,html", "--to", metavar="FORMATS", help="Comma-separated formats to publish: docx,pdf,html."),
    fmt: Fmt = FORMAT_OPT,
    fail_on: FailOn = FAIL_ON_OPT,
    select: Optional[List[str]] = SELECT_OPT,
    ignore: Optional[List[str]] = IGNORE_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Validate, pseudonymise, check and render the publishable edition (all or nothing).

    Every file written is checked before anything is published; --out is replaced as a whole.
    """
    from generator.commands.build import run

    findings, files = run(
        review, out, key, [lang_.value for lang_ in lang] if lang else None, fail_on=fail_on.value,
        formats=[t.strip() for t in to.split(",") if t.strip()],
    )
    code = _emit(findings, files, fmt, fail_on, select, ignore, output)
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
    review: Path = typer.Argument(..., metavar="REVIEW", help="The review folder."),
    fmt: DeadlineFmt = typer.Option(
        DeadlineFmt.text, "--format", "-f", metavar="text|json|ics", help="text, json or ics."
    ),
    today: Optional[str] = typer.Option(
        None, "--today", metavar="YYYY-MM-DD", help="Date to measure from (YYYY-MM-DD)."
    ),
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
    draft: Path = typer.Argument(..., metavar="DRAFT.docx", help="The Word draft (.docx)."),
    nation: str = typer.Option(
        ..., "--nation", metavar="NATION", help="england | northern-ireland | scotland | wales"
    ),
    review_type: str = typer.Option(
        ..., "--type", metavar="TYPE", help="The review TYPE (see `casereview new --help`)."
    ),
    out: Path = typer.Option(
        ..., "--out", metavar="DIR", help="Folder for the new review (must not exist or be empty)."
    ),
    fmt: Fmt = FORMAT_OPT,
    select: Optional[List[str]] = SELECT_OPT,
    ignore: Optional[List[str]] = IGNORE_OPT,
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Turn a Word draft into a review folder; report tracked changes and comments."""
    from generator.commands.importer import run

    _check_pair(nation, review_type)
    findings, files = run(draft, nation, review_type, out)
    _emit(findings, files, fmt, FailOn.never, select, ignore, output)
    typer.echo(f"imported into {out}; next: casereview validate {out}", err=True)


# --------------------------------------------------------------------------- portfolio
@app.command(
    "portfolio",
    epilog="Examples:\n\n  casereview portfolio samples/ --out out/portfolio\n\n"
    "  casereview portfolio reviews/ --out out/portfolio --since last-quarter/portfolio.json\n\n"
    "  casereview portfolio --merge north/portfolio.json south/portfolio.json --out out/all",
)
def portfolio_cmd(
    paths: List[Path] = typer.Argument(..., help="Review folders, folders of them (or portfolio.json files with --merge)."),
    out: Path = typer.Option(..., "--out", help="Folder for index.html, portfolio.json, CSV, XLSX and ICS."),
    since: Optional[Path] = typer.Option(None, "--since", help="An earlier portfolio.json: show what changed since."),
    merge: bool = typer.Option(False, "--merge", help="Join portfolio.json files made separately (one per year or region)."),
    today: Optional[str] = typer.Option(None, "--today", help="Date to measure from (YYYY-MM-DD; default today)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the number of cores)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Tag themes again even where the text is unchanged."),
) -> None:
    """A partnership's reviews at once: milestones, action plans and learning themes as a dashboard."""
    from generator.commands.portfolio import run

    data, files = run(paths, out, since=since, merge=merge, today=today, jobs=jobs, use_cache=not no_cache)
    s = data["summary"]
    typer.echo(f"casereview: {s['reviews']} review(s), {s['actions']} action(s) ({s['actions_overdue']} overdue, "
               f"{s['actions_due_soon']} due within 30 working days), {s['reviews_with_errors']} review(s) with "
               f"validation errors; wrote {len(files)} files to {out} (open {out / 'index.html'})", err=True)


# --------------------------------------------------------------------------- themes
class ThemesFmt(str, Enum):
    text = "text"
    json = "json"


@app.command(
    "themes",
    epilog="Examples:\n\n  casereview themes samples/wales-susr\n\n"
    "  casereview themes published/2025/*.pdf --format json -o themes-2025.json",
)
def themes_cmd(
    paths: List[Path] = typer.Argument(..., help="Review folders, published PDF/DOCX/ODT/HTML files, or folders of them."),
    fmt: ThemesFmt = typer.Option(ThemesFmt.text, "--format", "-f", help="text or json."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the number of cores)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Tag again even where the file is unchanged."),
    output: Optional[Path] = OUTPUT_OPT,
) -> None:
    """Learning themes of reviews and published reports, with the paragraphs that evidence them."""
    from generator.atomic import write_text
    from generator.commands.themes import render, run

    text = render(run(paths, jobs=jobs, use_cache=not no_cache), fmt.value)
    if output is not None:
        write_text(output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


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
        message = str(exc)
        if "--show-evidence" not in (argv if argv is not None else sys.argv[1:]):
            from generator.display import mask_paths_in

            message = mask_paths_in(message)  # a path the user gave may hold a name: no identifier in any message
        typer.echo(f"casereview: error: {message}", err=True)
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
        if "ModelNotAvailable" in names:  # an installation problem the user can fix, not a bug
            typer.echo(f"casereview: error: {exc}", err=True)
            return 2
        typer.echo(
            f"casereview: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in casereview; please report it with the command you ran.",
            err=True,
        )
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
