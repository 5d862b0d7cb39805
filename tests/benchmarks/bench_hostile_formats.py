"""Benchmark: hostile HTML, XLSX, CSV and image files end in a finding, with time and peak memory per file.

    python tests/benchmarks/bench_hostile_formats.py

Builds each hostile file at full size (the tests use lowered limits to stay fast), extracts it in a
fresh subprocess and prints wall time, peak RSS and the problem reported. The quality bar (SPEC):
every hostile file finishes in under 60 s and 2 GB. Measured against an anchor in the same run (a
clean 20-page HTML report), since the machine is shared.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _xlsx(shared: bytes) -> bytes:
    sys.path.insert(0, str(REPO))
    from tests.anonymise.test_extract_sheet import xlsx

    base = xlsx()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr("xl/sharedStrings.xml", shared)
    return buf.getvalue()


def _sheet(cells: int) -> bytes:
    sys.path.insert(0, str(REPO))
    from tests.anonymise.test_extract_sheet import sheet_xml, xlsx

    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, cells + 1))
    return xlsx([("Actions", "visible", sheet_xml(rows))])


def cases() -> dict[str, bytes]:
    para = "<h2>Section</h2>" + "<p>Child A lived with Mother and Sibling 1; the health visitor visited twice.</p>" * 40
    return {
        "anchor: clean 20-page report.html": f"<html><body>{para * 20}</body></html>".encode(),
        "nesting 1,000,000 deep.html": b"<html><body>" + b"<div>" * 1_000_000 + b"x" + b"</div>" * 1_000_000 + b"</body></html>",
        "nesting 200,000 deep.html": b"<html><body>" + b"<div>" * 200_000 + b"x" + b"</div>" * 200_000 + b"</body></html>",
        "3 million elements.html": b"<html><body>" + b"<p>x</p>" * 3_000_000 + b"</body></html>",
        "450,000 elements.html": b"<html><body>" + b"<p>x</p>" * 450_000 + b"</body></html>",
        "zip bomb (1 GB of zeros).xlsx": _xlsx(b"\x00" * (1024 * 1024 * 1024)),
        "2 million shared strings.xlsx": _xlsx(b"<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
                                               + b"<si><t>x</t></si>" * 2_000_000 + b"</sst>"),
        "sheet of 600,000 cells.xlsx": _sheet(600_000),
        "png 60000x60000 (decompression bomb).png": b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(b"\x00" * (64 * 1024 * 1024), 9)) + _chunk(b"IEND", b""),
        "csv 19 MB single field.csv": b'"' + b"x" * (19 * 1024 * 1024) + b'"\n',
    }


CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from anonymise.extract import extract
start = time.perf_counter()
ex = extract(Path(sys.argv[1]))
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mb": int(hwm.split()[1]) / 1024,
                  "problems": [f"{p.code} {p.part}: {p.message[:70]}" for p in ex.problems][:2],
                  "chars": sum(len(p.text) for p in ex.parts)}))
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for label, data in cases().items():
            path = Path(tmp) / ("f" + label[label.rindex("."):])
            path.write_bytes(data)
            out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(REPO)], capture_output=True, text=True, timeout=300)
            result = json.loads(out.stdout) if out.returncode == 0 else {"error": out.stderr[-300:]}
            size = len(data) / 1024
            print(f"{label:45} {size:9.0f} KB  {result.get('seconds', 0):6.2f} s  {result.get('peak_mb', 0):7.0f} MB  "
                  f"{result.get('problems') or result.get('error') or 'no problem'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
