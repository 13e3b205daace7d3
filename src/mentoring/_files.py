r"""Files the library reads and writes, safely (private).

A file is written to a temporary file beside its target, flushed to disk and
then moved over the target with :func:`os.replace`, so a failure (a full
disk, a text that cannot be encoded, an interrupt) leaves the previous file
intact and no partial file behind.

A file is read only if it is a regular file (not ``/dev/zero``, a folder or
a pipe) no larger than :data:`MAX_INPUT_BYTES`; ``-`` reads standard input
(up to the same limit). A refusal is an :class:`OSError` whose
``strerror`` says why, as for a file that does not exist.

>>> import pathlib, tempfile
>>> target = pathlib.Path(tempfile.mkdtemp()) / "report.txt"
>>> write_text(target, "one line\n")
>>> target.read_text(encoding="utf-8")
'one line\n'
"""

import contextlib
import errno
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "MAX_INPUT_BYTES",
    "STDIO",
    "csv_cell",
    "csv_list",
    "read_bytes",
    "same_file",
    "write_bytes",
    "write_text",
]

#: The largest input file read, in bytes (64 MiB: far above any roster or
#: programme of a school network, far below what exhausts memory).
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: The name that means standard input (to read) or standard output (to write).
STDIO = "-"


#: What a spreadsheet may take for the start of a formula at a cell's start.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """*value* safe for a CSV cell opened in a spreadsheet: a text that
    begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading ``'`` (so ``=1+1`` is shown, not computed); anything else is
    returned as is (numbers stay numbers, a negative number included).

    >>> csv_cell("=HYPERLINK(1)"), csv_cell("-3"), csv_cell(-3), csv_cell("Ana")
    ("'=HYPERLINK(1)", "'-3", -3, 'Ana')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_list(items: Iterable[str]) -> str:
    """Ids in one CSV cell, so that they read back exactly: a JSON array of
    strings, sorted (``["a b","c"]``; ``[]`` for none). A space, a comma, a
    quote or a ``;`` in an id is kept, and ``json.loads`` reads the cell.

    >>> csv_list({"c", "a b"})
    '["a b","c"]'
    """
    return json.dumps(sorted(items), ensure_ascii=False, separators=(",", ":"))


def _too_large(limit: int) -> OSError:
    return OSError(
        errno.EFBIG, f"larger than the limit of {limit // (1024 * 1024)} MiB"
    )


def read_bytes(path: str | os.PathLike[str], *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file at *path* (``-``: standard input), at
    most *limit* of them.

    Raises:
        OSError: the file cannot be opened, is not a regular file, or is
            larger than *limit* (``strerror`` says which).
    """
    if os.fspath(path) == STDIO:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise _too_large(limit)
        return data
    with Path(path).open("rb") as stream:
        info = os.fstat(stream.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        if info.st_size > limit:
            raise _too_large(limit)
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large(limit)
    return data


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether *a* and *b* name the same file (``-`` is never a file)."""
    if STDIO in (os.fspath(a), os.fspath(b)):
        return False
    with contextlib.suppress(OSError):
        return Path(a).samefile(b)
    return Path(a).resolve() == Path(b).resolve()


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
