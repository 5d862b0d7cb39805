"""Atomic writes: outputs appear whole or not at all, never clobbering a good file with a bad one."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` without ever damaging what is there.

    * absent or a regular file: written to a temporary file in the same folder, then renamed over
      ``path`` (readers see the old file or the new one, never half of either; a failed write leaves
      the old file untouched). An existing file keeps its permission bits.
    * a FIFO or a character device (``/dev/null``, a terminal), or any path that passes through
      ``/dev`` or ``/proc`` (``/dev/stdout``): written through, in place — replacing it would
      destroy the device or the pipe.
    * a symbolic link to a regular file: the link is kept and its target is replaced atomically.
    * a folder, a block device, a socket or a dangling link: refused with :class:`UserError` (exit 2).
    """
    path = Path(path)
    kind = output_kind(path)
    if kind == "through":
        with open(path, "wb") as fh:  # no O_CREAT race matters here: the node exists
            fh.write(data)
            fh.flush()
        return
    target = Path(os.path.realpath(path)) if kind == "link" else path
    _replace_atomically(target, data)


def output_kind(path: Path) -> str:
    """How :func:`write_bytes` treats ``path``: ``new``, ``file``, ``link``, ``through``; raises when refused."""
    from generator.errors import UserError

    try:
        lst = os.lstat(path)
    except FileNotFoundError:
        return "new"
    except OSError as exc:
        raise UserError(f"{path}: cannot write the output there ({exc.strerror})") from None
    if stat.S_ISREG(lst.st_mode):
        return "file"
    try:
        st = os.stat(path)
    except OSError:
        raise UserError(f"{path}: is a broken symbolic link; refusing to write the output through it") from None
    mode = st.st_mode
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return "through"
    if stat.S_ISDIR(mode):
        raise UserError(f"{path}: is a folder; give a file name for the output (e.g. {Path(path) / 'report.txt'})")
    if stat.S_ISREG(mode):  # a symbolic link to a regular file
        resolved = os.path.realpath(path)
        chain = f"{os.path.abspath(path)} {resolved}"
        if "/proc/" in chain or chain.startswith("/dev/"):
            return "through"  # /dev/stdout redirected to a file: the shell owns that file
        return "link"
    raise UserError(f"{path}: is not a regular file, FIFO or character device; refusing to write the output there")


def _replace_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        old_mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        old_mode = None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, old_mode if old_mode is not None else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with _suppress():
            os.unlink(tmp)
        raise


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text with the same rules as :func:`write_bytes`."""
    write_bytes(path, text.encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def staged_dir(final: Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``final``; on success its files are moved into ``final``.

    On any exception nothing is moved and the temporary folder is removed, so ``final`` keeps
    whatever it held before (all-or-nothing output for ``build`` and ``render``).
    """
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
    try:
        yield tmp
        final.mkdir(parents=True, exist_ok=True)
        for item in sorted(tmp.rglob("*")):
            if item.is_file():
                dest = final / item.relative_to(tmp)
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(item, dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return True
