"""Reports a person can act on: severity on every line, colour only on a terminal, a summary with -o,
paths usable from the current folder, no identifier in paths or quoted values, did-you-mean, --jobs."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import threading
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands import check as check_mod
from tests.anonymise.fixtures_builders import base_docx
from tests.conftest import SAMPLES

LEAKY = "# Report\n\n## Background\n\nChild A lived at 14 Elm Close, Cardiff CF10 1AA. NHS number 943 476 5919.\n"
ANSI = "\x1b["


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CASEREVIEW_BASELINE_KEY", raising=False)
    for var in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE"):
        monkeypatch.delenv(var, raising=False)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


# --------------------------------------------------------------------------- text, colour, summary
def test_every_text_line_names_severity_and_code_and_is_plain_when_not_a_terminal(capsys, tmp_path) -> None:
    path = write(tmp_path / "leaky.md", LEAKY)
    code, out, _ = run_cli(capsys, "check", "--fast", "-j1", str(path))
    assert code == 1 and ANSI not in out
    lines = out.splitlines()
    assert len(lines) >= 4
    for line in lines[:-1]:
        assert re.match(r"^\S+:\d+:\d+: (error|warning|note) [A-Z]{3}\d{3} ", line), line
    column = LEAKY.splitlines()[4].index("943") + 1
    assert f"leaky.md:5:{column}: error ANO106 " in out


def test_text_is_coloured_on_a_terminal_and_plain_with_no_color(capsys, tmp_path, monkeypatch) -> None:
    path = write(tmp_path / "leaky.md", LEAKY)
    monkeypatch.setenv("FORCE_COLOR", "1")  # stands in for a terminal
    _, coloured, _ = run_cli(capsys, "check", "--fast", "-j1", str(path))
    assert ANSI in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured).splitlines()[0].split(": ")[1].startswith("error ANO")
    monkeypatch.setenv("NO_COLOR", "1")
    _, plain, _ = run_cli(capsys, "check", "--fast", "-j1", str(path))
    assert ANSI not in plain
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain
    monkeypatch.delenv("NO_COLOR")
    _, as_json, _ = run_cli(capsys, "check", "--fast", "-j1", "--format", "json", str(path))
    assert ANSI not in as_json  # machine formats are never coloured


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_output_file_gets_the_report_and_stderr_a_summary(capsys, tmp_path, fmt: str) -> None:
    path = write(tmp_path / "leaky.md", LEAKY)
    report = tmp_path / "out" / f"x.{fmt}"
    code, out, err = run_cli(capsys, "check", "--fast", "-j1", "--format", fmt, "-o", str(report), str(path))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "1 file checked: 3 error(s), 0 warning(s)" in err and str(report) in err and fmt in err
    body = report.read_text("utf-8")
    assert "ANO106" in body
    if fmt in ("json", "sarif"):
        json.loads(body)


# --------------------------------------------------------------------------- paths
def test_paths_are_usable_from_another_folder(capsys, tmp_path, monkeypatch) -> None:
    review = tmp_path / "t1"
    shutil.copytree(SAMPLES / "england-lcspr", review)
    (review / "key.yaml").unlink()
    with (review / "report.md").open("a", encoding="utf-8") as fh:
        fh.write("\nHer NHS number is 943 476 5919.\n")
    text = (review / "review.yaml").read_text("utf-8")
    (review / "review.yaml").write_text(re.sub(r"(?m)^status: .*$", "status: maybe", text), "utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")

    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", "../t1")
    flagged = [line.split(":")[0] for line in out.splitlines()[:-1]]
    assert flagged and all(p == "../t1/report.md" for p in flagged), out
    assert (Path.cwd() / flagged[0]).is_file()

    _, out, _ = run_cli(capsys, "validate", "../t1")
    assert out.startswith("../t1/review.yaml:"), out
    assert (Path.cwd() / out.split(":")[0]).is_file()

    monkeypatch.chdir(tmp_path)
    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", "t1")
    assert out.splitlines()[0].startswith("t1/report.md:"), out
    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", str(review))  # absolute, yet below the cwd
    assert out.splitlines()[0].startswith("t1/report.md:"), out


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_a_name_in_a_file_name_is_masked_unless_show_evidence(capsys, tmp_path, monkeypatch, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "cases" / "cspr-final-jayden-okafor.md", LEAKY)
    code, out, err = run_cli(capsys, "check", "--fast", "-j1", "--format", fmt, "cases")
    assert code == 1
    shown = json.dumps(json.loads(out)["runs"][0]["results"]) if fmt == "sarif" else out  # not the rule docs
    assert "jayden" not in (shown + err).lower() and "okafor" not in (shown + err).lower()
    assert "cspr-final-j*****-o*****.md" in out
    _, shown, _ = run_cli(capsys, "check", "--fast", "-j1", "--show-evidence", "--format", fmt, "cases")
    assert "cspr-final-jayden-okafor.md" in shown


def test_a_name_in_a_folder_name_is_masked_in_validate(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SAMPLES / "england-lcspr", tmp_path / "reviews" / "grace-okafor")
    (tmp_path / "reviews" / "grace-okafor" / "report.md").unlink()
    _, out, _ = run_cli(capsys, "validate", "reviews/grace-okafor")
    assert "okafor" not in out.lower() and "reviews/g****-o*****/" in out


def test_quoted_review_yaml_values_are_masked_unless_show_evidence(capsys, tmp_path) -> None:
    review = tmp_path / "r"
    shutil.copytree(SAMPLES / "england-lcspr", review)
    text = (review / "review.yaml").read_text("utf-8")
    text = re.sub(r"(?m)^status: .*$", "status: Jayden Okafor", text)
    (review / "review.yaml").write_text(text, "utf-8")
    for fmt in ("text", "json", "sarif", "github"):
        code, out, err = run_cli(capsys, "validate", str(review), "--format", fmt)
        assert code == 1 and "VAL005" in out
        shown = json.dumps(json.loads(out)["runs"][0]["results"]) if fmt == "sarif" else out  # not the rule docs
        assert "Jayden" not in shown + err and "Okafor" not in shown + err, fmt
        assert "J***** O*****" in shown
    _, out, _ = run_cli(capsys, "validate", str(review), "--show-evidence")
    assert "'Jayden Okafor' is not allowed" in out
    # every review.yaml value is masked, harmless or not; the line and column still point at it
    text = re.sub(r"(?m)^status: .*$", "status: maybe", text)
    (review / "review.yaml").write_text(text, "utf-8")
    _, out, _ = run_cli(capsys, "validate", str(review))
    assert "'m****' is not allowed; use one of: draft" in out and re.search(r"review\.yaml:\d+:\d+: error VAL005", out)


def test_a_quoted_heading_is_masked_only_when_it_could_identify_someone(capsys, tmp_path) -> None:
    review = tmp_path / "r"
    shutil.copytree(SAMPLES / "england-lcspr", review)
    report = (review / "report.md").read_text("utf-8")
    extra = "\n## Jayden {#jayden-story}\n\nText.\n\n## Analysis again {#analysis}\n\nText.\n"
    (review / "report.md").write_text(report + extra, "utf-8")
    _, out, _ = run_cli(capsys, "validate", str(review), "--format", "json")
    messages = " ".join(f["message"] for f in json.loads(out)["findings"])
    assert "jayden" not in messages.lower() and "section id {#j*****-s****} is not a section" in messages, messages
    assert "section 'analysis' appears twice" in messages, messages
    _, out, _ = run_cli(capsys, "validate", str(review), "--show-evidence")
    assert "{#jayden-story}" in out


# --------------------------------------------------------------------------- where labels
def _docx_part(anchors, text="Jayden Okafor visited.\nThe school called.\n"):
    from anonymise.types import Extracted, TextPart

    return Extracted(parts=[TextPart("word/document.xml", "body", text, anchors)])


def test_docx_findings_name_the_paragraph_and_pdf_findings_the_page(capsys, tmp_path, monkeypatch, sarif_validator,
                                                                    report_validator) -> None:
    from anonymise.types import Extracted, TextPart

    docx = tmp_path / "report.docx"
    docx.write_bytes(base_docx())
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    fake = {
        docx.name: _docx_part(((0, "paragraph 1 “Jayden’s story”"), (23, "paragraph 2 “Background”"))),
        pdf.name: Extracted(parts=[TextPart("pdf:page=3", "body", "Contact 07700 900417 today.\n")]),
    }
    monkeypatch.setattr(check_mod, "_extract", lambda path, *a, **k: fake[path.name])
    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", "--no-cache", str(docx), str(pdf))
    assert "report.docx[word/document.xml] (paragraph 1 “J*****’s s****”): error ANO101" in out, out
    assert "report.pdf[pdf:page=3] (page 3): error ANO" in out, out
    assert "Jayden" not in out

    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", "--no-cache", "--format", "json", str(docx), str(pdf))
    data = json.loads(out)
    report_validator.validate(data)
    assert {f["location"].get("where") for f in data["findings"]} == {"paragraph 1 “J*****’s s****”", "page 3"}

    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", "--no-cache", "--format", "sarif", str(docx), str(pdf))
    sarif = json.loads(out)
    assert list(sarif_validator.iter_errors(sarif)) == []
    logical = [loc["logicalLocations"] for r in sarif["runs"][0]["results"] for loc in r["locations"]]
    assert {"name": "page 3", "fullyQualifiedName": "pdf:page=3/page 3", "kind": "element"} in logical[-1]

    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", "--no-cache", "--show-evidence", str(docx))
    assert "(paragraph 1 “Jayden’s story”)" in out


def test_text_files_keep_their_report_shape(capsys, tmp_path) -> None:
    path = write(tmp_path / "leaky.md", LEAKY)
    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", "--format", "json", str(path))
    assert all("where" not in f["location"] for f in json.loads(out)["findings"])


# --------------------------------------------------------------------------- jobs and cache
def test_jobs_2_gives_the_same_report_as_jobs_1(capsys, tmp_path) -> None:
    for i in range(7):
        body = LEAKY if i % 2 else "# Clean\n\nChild A met Mother in March 2022.\n"
        write(tmp_path / "r" / f"doc{i}.md", body + f"\nPhone 07700 90041{i}.\n")
    (tmp_path / "r" / "final.docx").write_bytes(base_docx("Child A saw Kwame Asante on 12 March 2023."))
    one = run_cli(capsys, "check", "--fast", "--no-cache", "-j", "1", "--format", "json", str(tmp_path / "r"))
    two = run_cli(capsys, "check", "--fast", "--no-cache", "-j", "2", "--format", "json", str(tmp_path / "r"))
    assert one == two
    assert json.loads(one[1])["summary"]["files"] == 8


def test_a_recheck_of_an_unchanged_docx_skips_extraction(capsys, tmp_path, monkeypatch) -> None:
    docx = tmp_path / "report.docx"
    docx.write_bytes(base_docx("Child A saw Kwame Asante at 14 Elm Close."))
    calls = []
    real = check_mod._extract
    monkeypatch.setattr(check_mod, "_extract", lambda path, *a, **k: calls.append(path) or real(path, *a, **k))
    first = run_cli(capsys, "check", "--fast", "-j1", str(docx))
    second = run_cli(capsys, "check", "--fast", "-j1", str(docx))
    assert first == second and len(calls) == 1
    blobs = "".join(p.read_text("utf-8") for p in (tmp_path / "cache").rglob("*.json"))
    assert "Elm Close" not in blobs and "report.docx" not in blobs
    docx.write_bytes(base_docx("Child A saw Kwame Asante at 15 Elm Close."))
    run_cli(capsys, "check", "--fast", "-j1", str(docx))
    assert len(calls) == 2


# --------------------------------------------------------------------------- -o never damages
def test_output_onto_a_fifo_writes_through(capsys, tmp_path) -> None:
    path = write(tmp_path / "leaky.md", LEAKY)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run_cli(capsys, "check", "--fast", "-j1", "--format", "json", "-o", str(fifo), str(path))
    reader.join(timeout=30)
    assert code == 1, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO is still a FIFO"
    assert json.loads(received[0])["summary"]["findings"] == 3


def test_output_onto_a_folder_is_refused_with_exit_2(capsys, tmp_path) -> None:
    path = write(tmp_path / "leaky.md", LEAKY)
    folder = tmp_path / "reports"
    write(folder / "keep.txt", "keep me")
    code, out, err = run_cli(capsys, "check", "--fast", "-j1", "-o", str(folder), str(path))
    assert code == 2 and "is a folder" in err and "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


def test_output_onto_dev_null_leaves_the_device_alone(capsys, tmp_path) -> None:
    from generator.atomic import output_kind

    null = Path("/dev/null")
    if not stat.S_ISCHR(os.stat(null).st_mode):  # pragma: no cover - a broken container
        pytest.skip("/dev/null is not a character device here")
    assert output_kind(null) == "through"
    path = write(tmp_path / "leaky.md", LEAKY)
    assert run_cli(capsys, "check", "--fast", "-j1", "-o", str(null), str(path))[0] == 1
    assert stat.S_ISCHR(os.stat(null).st_mode)
    assert not list(Path("/dev").glob(".null.*.tmp"))


def test_atomic_write_keeps_links_and_permissions_and_refuses_broken_links(tmp_path) -> None:
    from generator.atomic import write_text
    from generator.errors import UserError

    target = write(tmp_path / "real.txt", "old")
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_text(link, "new")
    assert link.is_symlink() and target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere" / "x")
    with pytest.raises(UserError, match="broken symbolic link"):
        write_text(dangling, "x")
    assert not (tmp_path / "nowhere").exists()


# --------------------------------------------------------------------------- help and arguments
@pytest.mark.parametrize("command", ["new", "validate", "check", "anonymise", "render", "build", "deadlines",
                                     "import"])
def test_help_shows_no_internal_type_names(capsys, command: str) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert not re.search(r"<[a-z]+(\[[A-Za-z]+\])?>|\{[A-Za-z.]+\}", out), out


@pytest.mark.parametrize("command", ["validate", "check", "anonymise", "build", "import"])
def test_every_reporting_command_takes_select_and_ignore(capsys, command: str) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "--select PREFIX" in out and "--ignore PREFIX" in out


@pytest.mark.parametrize(
    "argv,hints",
    [
        (["new", "England", "lcpsr"], ["did you mean 'england'", "did you mean 'lcspr'"]),
        (["new", "wales", "suss"], ["did you mean 'susr'"]),
        (["new", "narnia", "lcspr"], ["nation 'narnia' is not known"]),
    ],
)
def test_a_wrong_nation_or_type_gets_a_did_you_mean(capsys, tmp_path, argv, hints) -> None:
    code, out, err = run_cli(capsys, *argv, str(tmp_path / "x"))
    assert code == 2 and all(h in err for h in hints), err
    assert not (tmp_path / "x").exists()
    draft = tmp_path / "draft.docx"
    draft.write_bytes(base_docx())
    code, _, err = run_cli(capsys, "import", str(draft), "--nation", argv[1], "--type", argv[2],
                           "--out", str(tmp_path / "y"))
    assert code == 2 and all(h in err for h in hints), err


def test_an_error_message_masks_a_name_in_the_path_it_quotes(capsys, tmp_path) -> None:
    missing = str(tmp_path / "cspr-final-jayden-okafor.pdf")
    code, _, err = run_cli(capsys, "check", "--fast", missing)
    assert code == 2 and "no such file" in err and "jayden" not in err and "j*****-o*****.pdf" in err
    _, _, err = run_cli(capsys, "check", "--fast", "--show-evidence", missing)
    assert "cspr-final-jayden-okafor.pdf" in err


@pytest.mark.parametrize("field,wrong,right", [("nation", "England", "england"), ("type", "lcpsr", "lcspr")])
def test_a_wrong_nation_or_type_in_review_yaml_gets_a_did_you_mean(capsys, tmp_path, field, wrong, right) -> None:
    review = tmp_path / "r"
    shutil.copytree(SAMPLES / "england-lcspr", review)
    text = (review / "review.yaml").read_text("utf-8")
    (review / "review.yaml").write_text(re.sub(rf"(?m)^{field}: .*$", f"{field}: {wrong}", text), "utf-8")
    code, out, _ = run_cli(capsys, "validate", str(review))
    assert code == 1 and "VAL008" in out and f"did you mean '{right}'?" in out, out


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_a_suppression_reason_is_masked_where_it_could_identify(capsys, tmp_path, fmt: str) -> None:
    path = write(tmp_path / "r.md", '<!-- casereview: allow ANO111 reason="Okafor family line, public since 2019" -->\n'
                                    "Call 07700 900417 for help.\n")
    code, out, _ = run_cli(capsys, "check", "--fast", "-j1", "--format", fmt, str(path))
    assert code == 0 and "ANO111" in out
    shown = json.dumps(json.loads(out)["runs"][0]["results"]) if fmt == "sarif" else out  # not the rule docs
    assert "Okafor" not in shown and "2019" not in shown and "O***** family line, public since ****" in shown
    _, out, _ = run_cli(capsys, "check", "--fast", "-j1", "--show-evidence", str(path))
    assert "(suppressed: Okafor family line, public since 2019)" in out


def test_a_worker_that_dies_fails_its_file_closed_and_the_run_goes_on(capsys, tmp_path, monkeypatch) -> None:
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - the patch must reach workers
        pytest.skip("needs the fork start method")
    for i in range(4):
        write(tmp_path / "r" / f"doc{i}.md", LEAKY)
    write(tmp_path / "r" / "crash.md", "Anything.\n")
    real = check_mod._extract

    def extract(path, *a, **k):
        if path.name == "crash.md":
            os._exit(3)  # a reader killing its process, as a segfault on a hostile file would
        return real(path, *a, **k)

    monkeypatch.setattr(check_mod, "_extract", extract)
    code, out, err = run_cli(capsys, "check", "--fast", "--no-cache", "-j", "2", "--format", "json", str(tmp_path / "r"))
    assert code == 1, err
    data = json.loads(out)
    failed = [f for f in data["findings"] if f["code"] == "ANO901"]
    assert [f["location"]["path"].endswith("crash.md") for f in failed] == [True]
    assert sum(f["code"] == "ANO106" for f in data["findings"]) == 4  # every other file was checked


@pytest.mark.parametrize(
    "path,shown",
    [
        ("cases/cspr-final-jayden-okafor.pdf", "cases/cspr-final-j*****-o*****.pdf"),
        ("cases/JaydenOkafor_final.docx", "cases/J*****O*****_final.docx"),
        ("reviews/grace-okafor/report.md", "reviews/g****-o*****/report.md"),
        ("notes/nhs 943 476 5919.txt", "notes/nhs *** *** ****.txt"),
        ("samples/england-lcspr/review.yaml", "samples/england-lcspr/review.yaml"),
        ("out/CSPR-Report-v2.pdf", "out/CSPR-Report-v2.pdf"),
        ("drafts/minutes/actions.md", "drafts/minutes/actions.md"),
        ("../t1/executive-summary.cy.md", "../t1/executive-summary.cy.md"),
    ],
)
def test_mask_path_masks_identifying_words_only(path: str, shown: str) -> None:
    from generator.display import mask_path

    assert mask_path(path) == shown
