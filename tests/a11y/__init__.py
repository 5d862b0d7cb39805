"""Accessibility checks in a real browser: axe-core (every rule, best practices included) and reflow.

``check(paths)`` runs ``check.mjs`` (Node, puppeteer-core driving the system's headless Chromium) over
HTML files and returns, per file, the axe violations and whether the page scrolls sideways at 320 px.
``.ci/run`` installs Chromium (Debian) and the Node packages (``npm ci`` here); outside CI a test
that needs them is skipped with the command to install them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
INSTALL = "apt-get install chromium nodejs npm && (cd tests/a11y && npm ci)"


def available() -> str | None:
    """Why the browser checks cannot run here, or None when they can."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not any(Path(p).exists() for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser")) and not os.environ.get("CHROMIUM"):
        return "Chromium is not installed"
    if not (HERE / "node_modules" / "puppeteer-core").is_dir() or not (HERE / "node_modules" / "axe-core").is_dir():
        return "the Node packages are not installed"
    return None


def require() -> None:
    """Skip the calling test (fail it in CI) when the browser checks cannot run."""
    why = available()
    if why is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{why}: .ci/run must install it ({INSTALL})")
    pytest.skip(f"{why} ({INSTALL})")


def check(paths: list[Path], widths: tuple[int, ...] = (1280, 320), screenshots: Path | None = None) -> dict[str, Any]:
    """axe violations and sideways overflow per HTML file (keys: the paths as given, as strings)."""
    require()
    cmd = ["node", str(HERE / "check.mjs"), "--widths", ",".join(map(str, widths))]
    if screenshots is not None:
        cmd += ["--screenshot", str(screenshots)]
    done = subprocess.run(cmd + [str(p) for p in paths], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise AssertionError(f"the browser check failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def problems(result: dict[str, Any]) -> list[str]:
    """Readable lines for every violation and every sideways overflow in a ``check`` result."""
    lines = []
    for path, res in result.items():
        for v in res["violations"]:
            lines.append(f"{path}: axe {v['id']} ({v['impact']}): {v['help']} at {', '.join(v['nodes'])}")
        for width, ov in res["overflow"].items():
            if ov["scrollWidth"] > ov["clientWidth"] + 1:
                lines.append(f"{path}: scrolls sideways at {width}px ({ov['scrollWidth']} > {ov['clientWidth']}): "
                             f"{', '.join(ov['offenders'])}")
        if res.get("blocked"):
            lines.append(f"{path}: tried to fetch {', '.join(res['blocked'][:3])}")
    return lines
