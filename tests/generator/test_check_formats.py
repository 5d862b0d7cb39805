"""`casereview check` reads every format a board publishes or keeps, and lists every file it skips."""

from __future__ import annotations

import base64
import io
import json
import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from generator.cli import main
from tests.anonymise.test_extract_sheet import cell, sheet_xml, xlsx

NAME = "Jayden Okafor"
NHS = "943 476 5919"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CASEREVIEW_BASELINE_KEY", raising=False)
    monkeypatch.chdir(tmp_path)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys, *argv: str) -> tuple[int, list[dict]]:
    code, out, _ = run_cli(capsys, "check", "--fast", "--format", "json", *argv)
    return code, json.loads(out)["findings"]


def _jpeg() -> bytes:
    exif = Image.Exif()
    exif[315] = NAME
    exif[270] = f"NHS number {NHS}"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (51.0, 30.0, 12.5), "W", (0.0, 7.0, 40.0)
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buf, "JPEG", exif=exif)
    return buf.getvalue()


FILES = {
    "report.html": (f"<html><body><h1>Review</h1><p>{NAME} was seen; NHS number {NHS}.</p></body></html>".encode(),
                    {"html:body"}),
    "plan.xlsx": (xlsx([("Actions", "visible", sheet_xml(f'<row r="7">{cell("A7", NAME)}{cell("B7", "NHS number " + NHS)}</row>'))]),
                  {"xl/worksheets/sheet1.xml"}),
    "plan.csv": (f"Action,Owner,Notes\n1,{NAME},NHS number {NHS}\n".encode(), {"csv"}),
    "photo.jpg": (_jpeg(), {"image:exif"}),
}


@pytest.mark.parametrize("filename", sorted(FILES))
def test_a_folder_holding_only_this_file_fails_with_name_and_nhs_number(capsys, tmp_path, filename) -> None:
    data, parts = FILES[filename]
    folder = tmp_path / "publish"
    folder.mkdir()
    (folder / filename).write_bytes(data)
    code, out, _ = run_cli(capsys, "check", "--fast", "--format", "json", str(folder))
    assert code == 1
    report = json.loads(out)
    assert report["summary"]["files"] == 1
    found = {(f["code"], f["location"]["part"]) for f in report["findings"]}
    for part in parts:
        assert any(code.startswith(("ANO101", "ANO304")) and p == part for code, p in found), found
        assert any(code in ("ANO106", "ANO304") and p == part for code, p in found), found
    assert "Okafor" not in out and NHS not in out


def test_gps_in_a_photo_is_an_error_naming_the_part(capsys, tmp_path) -> None:
    (tmp_path / "photo.jpg").write_bytes(_jpeg())
    code, findings = check_json(capsys, "photo.jpg")
    assert code == 1
    gps = [f for f in findings if f["code"] == "ANO932"]
    assert gps and gps[0]["location"]["part"] == "image:exif" and gps[0]["severity"] == "error"


def test_text_report_names_the_part_and_anchor_masked(capsys, tmp_path) -> None:
    (tmp_path / "plan.xlsx").write_bytes(FILES["plan.xlsx"][0])
    code, out, _ = run_cli(capsys, "check", "--fast", "plan.xlsx")
    assert code == 1
    assert "plan.xlsx[xl/worksheets/sheet1.xml]" in out
    assert "Okafor" not in out


def test_an_unknown_type_named_explicitly_is_ano901(capsys, tmp_path) -> None:
    (tmp_path / "notes.xyz").write_text(f"{NAME}\n", "utf-8")
    code, findings = check_json(capsys, "notes.xyz")
    assert code == 1
    assert [(f["code"], f["severity"], f["location"]["path"]) for f in findings] == [("ANO901", "error", "notes.xyz")]


def _folder_with_rtf(tmp_path: Path) -> Path:
    folder = tmp_path / "publish"
    folder.mkdir()
    (folder / "report.md").write_text("Child A lived with Mother.\n", "utf-8")
    (folder / "letter.rtf").write_text("{\\rtf1 " + NAME + "}", "utf-8")
    return folder


def test_a_skipped_rtf_is_listed_in_text_json_and_sarif(capsys, tmp_path, sarif_validator) -> None:
    folder = _folder_with_rtf(tmp_path)
    code, out, _ = run_cli(capsys, "check", "--fast", str(folder))
    assert code == 0
    assert "publish/letter.rtf: warning ANO930 file not inspected" in out
    code, findings = check_json(capsys, str(folder))
    assert code == 0
    assert [(f["code"], f["severity"], f["location"]["path"]) for f in findings] == [("ANO930", "warning", "publish/letter.rtf")]
    code, out, _ = run_cli(capsys, "check", "--fast", "--format", "sarif", str(folder))
    sarif = json.loads(out)
    sarif_validator.validate(sarif)
    results = sarif["runs"][0]["results"]
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in results] == [
        ("ANO930", "warning", "publish/letter.rtf")
    ]


def test_strict_makes_a_skipped_file_an_error(capsys, tmp_path) -> None:
    folder = _folder_with_rtf(tmp_path)
    code, findings = check_json(capsys, "--strict", str(folder))
    assert code == 1
    assert [(f["code"], f["severity"]) for f in findings] == [("ANO930", "error")]


def test_every_file_of_issue_9_is_read_refused_or_listed(capsys, tmp_path) -> None:
    from tests.anonymise.fixtures_builders import base_docx

    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "report.docm").write_bytes(base_docx(body=f"{NAME} lived with Mother."))
    (folder / "plan.csv").write_text(f"Owner\n{NAME}\n", "utf-8")
    (folder / "page.html").write_text(f"<p>{NAME}</p>", "utf-8")
    (folder / "letter.rtf").write_text("{\\rtf1 " + NAME + "}", "utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    (folder / "~$report.docx").write_bytes(b"\x0cJayden Okafor" + b"\x00" * 40)
    code, findings = check_json(capsys, str(folder))
    assert code == 1
    by_path: dict[str, set[str]] = {}
    for f in findings:
        by_path.setdefault(Path(f["location"]["path"]).name, set()).add(f["code"])
    assert "ANO101" in by_path["report.docm"]
    assert "ANO101" in by_path["plan.csv"]
    assert "ANO101" in by_path["page.html"]
    assert by_path["letter.rtf"] == {"ANO930"}
    assert by_path["old.doc"] == {"ANO931"}
    assert by_path["~$report.docx"] == {"ANO930"}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_finishes_and_links_out_of_the_folder_are_not_followed(capsys, tmp_path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(f"{NAME}\n", "utf-8")
    folder = tmp_path / "publish"
    (folder / "sub").mkdir(parents=True)
    (folder / "report.md").write_text("Child A lived with Mother.\n", "utf-8")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "sub" / "self").symlink_to(folder / "sub", target_is_directory=True)
    (folder / "escape").symlink_to(outside, target_is_directory=True)
    (folder / "escape.md").symlink_to(outside / "secret.md")
    (folder / "dangling.md").symlink_to(folder / "missing.md")
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(zip(("code", "findings"), check_json(capsys, str(folder)))))
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the walk did not finish"
    listed = {(Path(f["location"]["path"]).name, f["code"]) for f in result["findings"]}
    assert listed == {("loop", "ANO930"), ("self", "ANO930"), ("escape", "ANO930"), ("escape.md", "ANO930"),
                      ("dangling.md", "ANO930"), ("a", "ANO930"), ("b", "ANO930")}
    assert result["code"] == 0  # nothing outside the folder was read: no name found


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_to_a_folder_inside_the_walk_is_checked_once_under_its_first_name(capsys, tmp_path) -> None:
    """Subfolders are walked in name order; a link to a folder inside the walk leads to files already
    listed under their own path, so each file is checked once and named as first reached."""
    folder = tmp_path / "publish"
    (folder / "b-real" / "deep").mkdir(parents=True)
    (folder / "b-real" / "deep" / "r.md").write_text(f"{NAME} was seen.\n", "utf-8")
    (folder / "a-link").symlink_to(folder / "b-real", target_is_directory=True)
    (folder / "c.md").write_text(f"{NAME} again.\n", "utf-8")
    code, findings = check_json(capsys, str(folder))
    paths = [f["location"]["path"] for f in findings if f["code"].startswith("ANO1")]
    assert code == 1
    assert len({p for p in paths if p.endswith("r.md")}) == 1  # one file, one name, though reachable twice
    assert sorted({Path(p).name for p in paths}) == ["c.md", "r.md"]


def test_review_names_are_allowed_from_the_files_folder_and_two_above_only(tmp_path) -> None:
    from generator.commands.check import allowed_names

    deep = tmp_path / "one" / "two" / "three"
    deep.mkdir(parents=True)
    report = deep / "report.md"
    report.write_text("x", "utf-8")
    for folder, board in ((deep, "Here Board"), (deep.parent, "Up One Board"), (deep.parent.parent, "Up Two Board"),
                          (tmp_path, "Too Far Board")):
        (folder / "review.yaml").write_text(f"nation: england\ntype: lcspr\nboard: \"{board}\"\n", "utf-8")
    allow = allowed_names([report], None)
    assert {"Here Board", "Up One Board", "Up Two Board"} <= allow
    assert "Too Far Board" not in allow


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_a_folder_is_listed_not_opened(capsys, tmp_path) -> None:
    folder = tmp_path / "publish"
    folder.mkdir()
    os.mkfifo(folder / "pipe.md")
    code, findings = check_json(capsys, str(folder))
    assert [(f["code"], Path(f["location"]["path"]).name) for f in findings] == [("ANO930", "pipe.md")]


def test_legacy_office_document_in_a_walk_is_an_error(capsys, tmp_path) -> None:
    folder = tmp_path / "publish"
    folder.mkdir()
    (folder / "plan.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    code, findings = check_json(capsys, str(folder))
    assert code == 1 and [f["code"] for f in findings] == ["ANO931"]


def test_hidden_folders_and_caches_are_skipped_silently(capsys, tmp_path) -> None:
    folder = tmp_path / "publish"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "config").write_text(NAME, "utf-8")
    (folder / ".casereview-cache").mkdir()
    (folder / ".casereview-cache" / "x.bin").write_bytes(b"\x00")
    (folder / "Thumbs.db").write_bytes(b"\x00")
    (folder / "report.md").write_text("Child A.\n", "utf-8")
    code, findings = check_json(capsys, str(folder))
    assert (code, findings) == (0, [])


@pytest.mark.parametrize(
    ("filename", "data", "code"),
    [
        ("deep.html", ("<div>" * 50_000 + NAME + "</div>" * 50_000).encode(), "ANO921"),
        ("bomb.png", None, "ANO901"),
        ("macro.xlsm", xlsx(extra_parts={"xl/vbaProject.bin": b"\x00" * 64}), "ANO924"),
    ],
)
def test_hostile_files_end_in_a_finding(capsys, tmp_path, filename, data, code) -> None:
    if data is None:
        import struct
        import zlib

        def chunk(kind: bytes, body: bytes) -> bytes:
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

        data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 40_000, 40_000, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(b"\x00" * 100_000)) + chunk(b"IEND", b""))
    (tmp_path / filename).write_bytes(data)
    status, findings = check_json(capsys, filename)
    assert status == 1
    assert code in {f["code"] for f in findings}


def test_oversized_files_are_refused_before_they_are_read(capsys, tmp_path) -> None:
    with open(tmp_path / "huge.html", "wb") as fh:  # sparse: 41 MB on paper, nothing on disk
        fh.truncate(41 * 1024 * 1024)
    code, findings = check_json(capsys, "huge.html")
    assert code == 1 and [(f["code"], "larger than 40 MB" in f["message"]) for f in findings] == [("ANO901", True)]


def test_html_with_an_embedded_photo_reports_its_gps(capsys, tmp_path) -> None:
    encoded = base64.b64encode(_jpeg()).decode()
    (tmp_path / "page.html").write_text(f'<p>Child A</p><img alt="" src="data:image/jpeg;base64,{encoded}">', "utf-8")
    code, findings = check_json(capsys, "page.html")
    assert code == 1
    assert ("ANO932", "html:image=1:exif") in {(f["code"], f["location"]["part"]) for f in findings}


def test_check_help_shows_strict(capsys) -> None:
    assert main(["check", "--help"]) == 0
    assert "--strict" in capsys.readouterr().out
