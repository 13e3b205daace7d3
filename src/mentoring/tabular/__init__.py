"""A whole programme as tables: a folder of CSV files or one ``.xlsx``
workbook, and a blank workbook to fill.

One table per kind of record -- the programme and its year (``programme``,
``terms``, ``holidays``), ``people`` and their ``certifications``,
``mentors``, ``mentees``, ``pairs`` and their dated ``pair_history``,
``groups``, ``plans`` with ``plan_criteria``, ``plan_steps``,
``plan_activities``, ``plan_assessments`` and ``plan_duties``, ``events``,
``achievements``, ``measurements`` and ``surveys``. The columns are the
fields of the model (docs/reference/tabular-columns.md lists them), so a
field added to the model gets its column. A person is listed once on the
people sheet; mentors, mentees and the curator name them by id.

Headings are in the reader's language with the machine name alongside in
brackets (``Наставник (mentor_id)``): the name in brackets is what a reader
goes by, so a heading may be reworded or translated freely. Allowed values
are written in the reader's language (``Молодой специалист``) and read in
any language or as codes (``young_specialist``); yes/no the same way. Dates
are read as spreadsheet dates, as ``DD.MM.YYYY`` or as ``YYYY-MM-DD``;
numbers stored as text are read as numbers (``3,5`` too). A list cell
separates its items with ``;``.

Reading reports **every** problem at once, each at
``FILE:SHEET:ROW:COLUMN (heading)``: unknown columns (with the closest
heading), cells that do not parse, references to a record no sheet has (a
pair naming a mentee not on the mentees sheet), merged cells, hidden sheets,
formulas without a saved value, then the programme's own problems
(:meth:`~mentoring.model.Program.problems`). Empty rows are skipped.

>>> from mentoring import samples, tabular
>>> program = samples.load("ru")
>>> tables = tabular.to_tables(program, lang="ru")
>>> tables["mentors"][0][:3]
('Участник (person_id)', 'Число мест (capacity)', 'Функции (functions)')
>>> tabular.from_tables(tables) == program
True

Workbooks need the optional extra ``mentoring[xlsx]`` (``openpyxl``); a
workbook is never trusted: a macro-enabled one is refused, sizes are bounded
before it is opened (a zip bomb is refused) and formulas are never computed.
Every CSV cell that a spreadsheet would take for a formula (``=``, ``+``,
``-``, ``@``) is written with a ``'`` in front, taken off when read.

.. versionadded:: 0.1.0
"""

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from mentoring._checks import expect, raise_if
from mentoring._locale import lang_of, lang_problems
from mentoring._problems import problem
from mentoring.errors import Problem, ValidationError
from mentoring.model import Program
from mentoring.tabular import _csv, _xlsx
from mentoring.tabular._layout import Grid, assemble
from mentoring.tabular._schema import TABLES

__all__ = [
    "TABLE_NAMES",
    "from_tables",
    "read",
    "read_csv_folder",
    "read_xlsx",
    "to_tables",
    "write_csv_folder",
    "write_template",
    "write_xlsx",
]

#: The tables of a programme, in the order of the workbook.
TABLE_NAMES: tuple[str, ...] = tuple(t.name for t in TABLES)

_PathLike = str | os.PathLike[str]


def _arguments(
    name: str,
    *,
    program: object = None,
    path: object = None,
    lang: object = "en",
    strict: object = True,
) -> None:
    problems: list[Problem] = []
    if program is not None:
        expect(problems, "$.program", program, Program)
    if path is not None:
        expect(problems, "$.path", path, str | os.PathLike)
    problems.extend(lang_problems(lang))
    expect(problems, "$.strict", strict, bool)
    raise_if(problems, f"arguments of {name}")


def to_tables(
    program: Program, *, lang: str = "en"
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every table of *program* as rows of text, by table name; the first row
    holds the headings in *lang*. The text is what a CSV file holds.

    Raises:
        ~mentoring.errors.ValidationError: *program* is not a
            :class:`~mentoring.model.Program` or *lang* is not a known
            language.

    .. versionadded:: 0.1.0
    """
    _arguments("to_tables", program=program, lang=lang)
    from mentoring.tabular._layout import rows_of

    return {
        t.name: (
            tuple(headings),
            *(tuple(_csv.text_of(c) for c in row) for row in rows),
        )
        for t, headings, rows in rows_of(program, lang_of(lang))
    }


def from_tables(
    tables: Mapping[str, Sequence[Sequence[str]]],
    *,
    source: str = "tables",
    strict: bool = True,
) -> Program:
    """The programme that *tables* hold (as :func:`to_tables` gives them:
    by table name, the headings first).

    With *strict* (the default) the programme's own problems are refused
    too; without, a programme that can be built is returned as it is.

    Raises:
        ~mentoring.errors.ValidationError: every problem, at
            ``SOURCE:TABLE:ROW:COLUMN (heading)``.

    .. versionadded:: 0.1.0
    """
    _arguments("from_tables", strict=strict)
    problems: list[Problem] = []
    grids: list[Grid] = []
    for name, rows in tables.items():
        if name not in TABLE_NAMES:
            problems.append(problem(f"{source}:{name}", "unknown_key", "unknown table"))
            continue
        body = [list(r) for r in rows]
        grids.append(
            Grid(
                table=name,
                file=source,
                sheet=name,
                headings=tuple(body[0]) if body else (),
                rows=tuple((i, tuple(r)) for i, r in enumerate(body[1:], start=2)),
            )
        )
    return assemble(grids, source=source, strict=strict, problems=problems)


def write_csv_folder(program: Program, path: _PathLike, *, lang: str = "en") -> None:
    """Write *program* as one CSV file per table (``mentors.csv``, ...) into
    the folder *path* (made if absent), headings in *lang*.

    Raises:
        ~mentoring.errors.ValidationError: a wrong argument.

    .. versionadded:: 0.1.0
    """
    _arguments("write_csv_folder", program=program, path=path, lang=lang)
    _csv.write_folder(program, Path(path), lang_of(lang))


def read_csv_folder(path: _PathLike, *, strict: bool = True) -> Program:
    """The programme in the folder of CSV files *path* (as
    :func:`write_csv_folder` writes it; a missing file is an empty table).

    Raises:
        ~mentoring.errors.ValidationError: every problem, at
            ``FILE:TABLE:ROW:COLUMN (heading)``.

    .. versionadded:: 0.1.0
    """
    _arguments("read_csv_folder", path=path, strict=strict)
    grids, problems = _csv.read_folder(Path(path))
    return assemble(grids, source=str(path), strict=strict, problems=problems)


def write_xlsx(program: Program, path: _PathLike, *, lang: str = "en") -> None:
    """Write *program* as one ``.xlsx`` workbook, one sheet per table, with
    drop-down lists of the allowed values in *lang*. Needs ``mentoring[xlsx]``.

    Raises:
        ~mentoring.errors.ValidationError: a wrong argument, or openpyxl is
            not installed.

    .. versionadded:: 0.1.0
    """
    _arguments("write_xlsx", program=program, path=path, lang=lang)
    _xlsx.write_workbook(program, Path(path), lang_of(lang))


def write_template(path: _PathLike, *, lang: str = "en") -> None:
    """Write a blank workbook to fill: an instruction sheet, every sheet with
    its headings in *lang*, and drop-down lists for every enumerated column.
    Needs ``mentoring[xlsx]``.

    Raises:
        ~mentoring.errors.ValidationError: a wrong argument, or openpyxl is
            not installed.

    .. versionadded:: 0.1.0
    """
    _arguments("write_template", path=path, lang=lang)
    _xlsx.write_workbook(None, Path(path), lang_of(lang))


def read_xlsx(path: _PathLike, *, strict: bool = True) -> Program:
    """The programme in the workbook *path*. Needs ``mentoring[xlsx]``.

    Raises:
        ~mentoring.errors.ValidationError: every problem, at
            ``FILE:SHEET:ROW:COLUMN (heading)``; a refused file (macros, too
            large, not a workbook); openpyxl is not installed.

    .. versionadded:: 0.1.0
    """
    _arguments("read_xlsx", path=path, strict=strict)
    grids, problems = _xlsx.read_workbook(Path(path))
    return assemble(grids, source=str(path), strict=strict, problems=problems)


def read(path: _PathLike, *, strict: bool = True) -> Program:
    """The programme at *path*: a folder of CSV files or an ``.xlsx`` workbook.

    Raises:
        ~mentoring.errors.ValidationError: as :func:`read_csv_folder` and
            :func:`read_xlsx`; *path* is neither.

    .. versionadded:: 0.1.0
    """
    _arguments("read", path=path, strict=strict)
    where = Path(path)
    if where.is_dir():
        return read_csv_folder(where, strict=strict)
    if where.is_file():
        return read_xlsx(where, strict=strict)
    raise ValidationError(
        [problem(str(where), "file", "no such file or folder")],
        subject="programme tables",
    )
