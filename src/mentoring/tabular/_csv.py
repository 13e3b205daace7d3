"""A programme as a folder of CSV files, one per table (private).

Files are UTF-8 with a byte order mark (so that Excel opens them as UTF-8),
comma-separated; a file saved by a spreadsheet with semicolons or tabs is
read too. Dates are written as ISO ``YYYY-MM-DD``; every cell that a
spreadsheet would take for a formula gets a ``'`` in front, taken off again
when read.
"""

import csv
import io
from pathlib import Path

from mentoring._files import write_bytes
from mentoring._problems import problem
from mentoring.errors import Problem, ValidationError
from mentoring.model import Program
from mentoring.tabular._cells import Cell, guard
from mentoring.tabular._layout import Grid, rows_of
from mentoring.tabular._schema import TABLES

__all__ = ["read_folder", "text_of", "write_folder"]

#: The largest CSV file read (bytes).
MAX_FILE_BYTES = 64 * 1024 * 1024
_BOM = "\ufeff"


def text_of(cell: Cell) -> str:
    """The text of a cell in a CSV file."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float):
        return repr(cell)
    if isinstance(cell, int):
        return str(cell)
    if hasattr(cell, "isoformat"):
        return cell.isoformat()
    return guard(cell)


def csv_text(headings: list[str], rows: list[list[Cell]]) -> str:
    """One table as CSV text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([guard(h) for h in headings])
    writer.writerows([text_of(c) for c in row] for row in rows)
    return out.getvalue()


def tables_text(program: Program, lang: str) -> dict[str, str]:
    """Every table of *program* as CSV text, by table name."""
    return {t.name: csv_text(h, rows) for t, h, rows in rows_of(program, lang)}


def write_folder(program: Program, folder: Path, lang: str) -> None:
    """Write one CSV file per table into *folder* (made if absent)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in tables_text(program, lang).items():
        write_bytes(folder / f"{name}.csv", (_BOM + text).encode("utf-8"))


def _delimiter(first_line: str) -> str:
    for mark in (",", "\t", ";"):
        if mark in first_line:
            return mark
    return ","


def grid_of(text: str, *, table: str, file: str) -> Grid:
    """The cells of one CSV text of *table*."""
    text = text.removeprefix(_BOM)
    first = text.split("\n", 1)[0]
    problems: list[Problem] = []
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    headings: tuple[Cell, ...] = ()
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(first), strict=True)
    try:
        for number, row in enumerate(reader, start=1):
            if number == 1:
                headings = tuple(row)
            else:
                rows.append((number, tuple(row)))
    except csv.Error as exc:
        where = f"{file}:{table}:{reader.line_num}"
        problems.append(problem(where, "format", f"malformed CSV: {exc}"))
    return Grid(
        table=table,
        file=file,
        sheet=table,
        headings=headings,
        rows=tuple(rows),
        problems=tuple(problems),
    )


def read_folder(folder: Path) -> tuple[list[Grid], list[Problem]]:
    """The grids of the CSV files in *folder* (a table without a file is
    empty; a file of no table is a problem).
    """
    if not folder.is_dir():
        raise ValidationError(
            [problem(str(folder), "file", "not a folder of CSV files")],
            subject="programme tables",
        )
    problems: list[Problem] = []
    grids: list[Grid] = []
    known = {t.name for t in TABLES}
    for path in sorted(folder.glob("*.csv")):
        name = path.stem
        if name not in known:
            problems.append(
                problem(
                    str(path),
                    "unknown_key",
                    "unknown table (the file is not read); the tables are "
                    + ", ".join(sorted(known)),
                )
            )
            continue
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                message = f"larger than {MAX_FILE_BYTES} bytes; not read"
                problems.append(problem(str(path), "range", message))
                continue
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            problems.append(problem(str(path), "file", f"cannot read: {exc.strerror}"))
            continue
        except UnicodeDecodeError as exc:
            message = (
                f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8"
            )
            problems.append(problem(str(path), "file", message))
            continue
        grids.append(grid_of(text, table=name, file=str(path)))
    return grids, problems
