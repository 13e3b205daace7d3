r"""Files the library writes, written safely (private).

A file is written to a temporary file beside its target, flushed to disk and
then moved over the target with :func:`os.replace`, so a failure (a full
disk, a text that cannot be encoded, an interrupt) leaves the previous file
intact and no partial file behind.

>>> import pathlib, tempfile
>>> target = pathlib.Path(tempfile.mkdtemp()) / "report.txt"
>>> write_text(target, "one line\n")
>>> target.read_text(encoding="utf-8")
'one line\n'
"""

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["write_bytes", "write_text"]


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write *data* to *path* whole or not at all."""
    target = Path(path)
    fd, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write *text* to *path* as UTF-8, whole or not at all (a text that
    cannot be encoded raises before anything is written).
    """
    write_bytes(path, text.encode("utf-8"))
