"""A programme as one ``.xlsx`` workbook, through ``openpyxl`` (private).

Needs the optional extra ``mentoring[xlsx]``. The workbook has an instruction
sheet, one sheet per table and a hidden sheet of the allowed values that the
drop-down lists of the enumerated columns use.

Reading is defensive: the file's size and the sizes its zip directory
declares are checked before ``openpyxl`` opens it (a zip bomb is refused),
a macro-enabled workbook is refused, formulas are never evaluated (their
saved value is read; a formula without one is a problem), and every oddity
a person can fix (a merged cell, a hidden sheet, an error value, an unknown
sheet) is a problem at its cell.
"""

import datetime as dt
import difflib
import io
import warnings
import zipfile
from pathlib import Path
from typing import Any

from mentoring._files import write_bytes
from mentoring._i18n import N_, tr
from mentoring._problems import duplicate, problem
from mentoring.errors import Problem, ValidationError
from mentoring.labels import label
from mentoring.model import Program
from mentoring.tabular._cells import Cell, date_hint
from mentoring.tabular._layout import Grid, heading, letter, rows_of
from mentoring.tabular._schema import TABLES, Column, Table
from mentoring.tabular._words import BOOLEANS, all_labels, sheet_label

__all__ = [
    "INSTALL_HINT",
    "MAX_FILE_BYTES",
    "MAX_UNCOMPRESSED_BYTES",
    "read_workbook",
    "workbook_bytes",
    "write_workbook",
]

#: What to install when openpyxl is missing.
INSTALL_HINT = "pip install 'mentoring[xlsx]'"
#: The largest workbook file read.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: The most its parts may hold once uncompressed (a zip bomb holds more).
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
#: The most parts a workbook may have.
MAX_PARTS = 10_000
#: The highest compression ratio of a large part.
MAX_RATIO = 200
#: A part this large must not be compressed more than MAX_RATIO times.
_LARGE_PART = 1024 * 1024
#: Rows of a blank template that get the drop-down lists.
TEMPLATE_ROWS = 500

_MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlam", ".xlsb")
_SUBJECT = "programme workbook"

_INSTRUCTIONS = (
    N_("How to fill this workbook"),
    N_(
        "Each sheet is one kind of record: the programme (one row), people,"
        " mentors, mentees, pairs and their history, groups, plans with their"
        " criteria, steps, activities and assessments, events, achievements,"
        " measurements and surveys."
    ),
    N_(
        "Row 1 holds the headings; keep the name in brackets, it is how the"
        " column is recognised. Fill one record per row from row 2; leave"
        " unused sheets empty."
    ),
    N_(
        "People are listed once on the people sheet; the mentors and mentees"
        " sheets name them by their id, and pairs, groups and records name"
        " mentors, mentees and people by id."
    ),
    N_(
        "Choose allowed values from the drop-down lists; in a cell that holds"
        " several values, separate them with a semicolon (;)."
    ),
    N_(
        "Write dates as dates; do not merge cells, hide sheets or use"
        " formulas without a value."
    ),
    N_("A pair needs at least one row on the pair history sheet: its first status."),
)


def _openpyxl(path: object) -> Any:
    try:
        import openpyxl
    except ImportError:
        message = f"reading and writing .xlsx needs openpyxl: {INSTALL_HINT}"
        raise ValidationError(
            [problem(str(path), "file", message)], subject=_SUBJECT
        ) from None
    return openpyxl


# -- writing ------------------------------------------------------------------------


def _choices(column: Column, lang: str) -> list[str]:
    if column.enum is not None:
        return [label(m, lang) for m in column.enum]
    if column.kind == "yes/no":
        return list(BOOLEANS.get(lang, BOOLEANS["en"]))
    return []


def workbook_bytes(program: Program | None, lang: str) -> bytes:
    """The workbook of *program* (a blank template when None) in *lang*."""
    openpyxl = _openpyxl("workbook")
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    _guide(wb.active, lang)
    lists = wb.create_sheet(sheet_label("lists", lang))
    list_at: dict[str, str] = {}
    date_format = "YYYY-MM-DD" if date_hint(lang) == "YYYY-MM-DD" else "DD.MM.YYYY"
    if program is None:
        tables: list[tuple[Table, list[str], list[list[Cell]]]] = [
            (t, [heading(c, lang) for c in t.columns], []) for t in TABLES
        ]
    else:
        tables = rows_of(program, lang)
    for t, headings, rows in tables:
        ws = wb.create_sheet(sheet_label(t.name, lang))
        for j, text in enumerate(headings):
            cell = ws.cell(row=1, column=j + 1, value=text)
            cell.data_type = "s"
            cell.font = Font(bold=True)
            ws.column_dimensions[letter(j)].width = max(12, min(40, len(text) + 2))
        ws.freeze_panes = "A2"
        dates = {j for j, c in enumerate(t.columns) if c.kind == "date" and not c.many}
        for i, row in enumerate(rows, start=2):
            for j, value in enumerate(row):
                if value is None or value == "":
                    continue
                cell = ws.cell(row=i, column=j + 1, value=_exact(value))
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula
                elif j in dates:
                    cell.number_format = date_format
        _drop_downs(
            ws,
            t,
            lang,
            lists=lists,
            list_at=list_at,
            last=max(len(rows) + 1, TEMPLATE_ROWS),
        )
    lists.sheet_state = "hidden"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


#: The significant digits a workbook keeps of a number (as Excel does).
_EXACT_DIGITS = 15


def _exact(value: Cell) -> Cell:
    """*value*, or the text of a number with more digits than a workbook keeps
    (read back as the same number).
    """
    if isinstance(value, float) and _digits(value) > _EXACT_DIGITS:
        return repr(value)
    return value


def _digits(value: float) -> int:
    """The significant digits of the shortest text of *value*."""
    mantissa = repr(value).lower().split("e")[0].lstrip("-").replace(".", "")
    return len(mantissa.strip("0")) if mantissa.strip("0") else 1


def _drop_downs(  # noqa: PLR0913
    ws: Any, t: Table, lang: str, *, lists: Any, list_at: dict[str, str], last: int
) -> None:
    """Give every enumerated column of *ws* a drop-down list of its values
    (kept on the hidden sheet *lists*), down to row *last*.
    """
    from openpyxl.worksheet.datavalidation import DataValidation

    for j, c in enumerate(t.columns):
        values = _choices(c, lang)
        if not values:
            continue
        key = c.enum.__name__ if c.enum else c.kind
        if key not in list_at:
            col = letter(len(list_at))
            for r, v in enumerate(values, start=1):
                lists[f"{col}{r}"] = v
                lists[f"{col}{r}"].data_type = "s"
            list_at[key] = f"'{lists.title}'!${col}$1:${col}${len(values)}"
        rule = DataValidation(
            type="list", formula1=f"={list_at[key]}", allow_blank=True
        )
        rule.showErrorMessage = not c.many  # several values: a; b
        rule.add(f"{letter(j)}2:{letter(j)}{last}")
        ws.add_data_validation(rule)


def _guide(guide: Any, lang: str) -> None:
    """Fill the instruction sheet: how to fill the workbook, and the required
    columns of every sheet.
    """
    from openpyxl.styles import Alignment, Font

    guide.title = sheet_label("instructions", lang)
    guide.column_dimensions["A"].width = 40
    guide.column_dimensions["B"].width = 100
    for i, text in enumerate(_INSTRUCTIONS):
        cell = guide.cell(row=i + 1, column=1 if i == 0 else 2, value=tr(text, lang))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 0:
            cell.font = Font(bold=True)
    row_at = len(_INSTRUCTIONS) + 2
    for t in TABLES:
        title = guide.cell(row=row_at, column=1, value=sheet_label(t.name, lang))
        title.font = Font(bold=True)
        required = [heading(c, lang) for c in t.columns if c.required]
        guide.cell(row=row_at, column=2, value="; ".join(required) or "-")
        row_at += 1


def write_workbook(program: Program | None, path: Path, lang: str) -> None:
    """Write the workbook (whole or not at all)."""
    write_bytes(path, workbook_bytes(program, lang))


# -- reading ------------------------------------------------------------------------


def _refusal(path: Path, data: bytes) -> Problem | None:
    """Why the file must not be opened, if it must not."""
    where = str(path)
    if path.suffix.lower() in _MACRO_SUFFIXES:
        return problem(
            where,
            "file",
            "a macro-enabled workbook is refused; save it as .xlsx (without macros)",
        )
    if path.suffix.lower() == ".xls":
        return problem(where, "file", "an old .xls workbook; save it as .xlsx")
    if len(data) > MAX_FILE_BYTES:
        return problem(
            where, "range", f"the file is larger than {MAX_FILE_BYTES} bytes; not read"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return problem(where, "format", "not an .xlsx workbook (not a zip archive)")
    with archive:
        return _archive_refusal(where, archive)


def _archive_refusal(where: str, archive: zipfile.ZipFile) -> Problem | None:
    """Why the workbook's zip directory must not be opened: too many parts,
    too large uncompressed, compressed like a zip bomb, holding macros.
    """
    parts = archive.infolist()
    total = sum(p.file_size for p in parts)
    message = ""
    code = "range"
    if len(parts) > MAX_PARTS:
        message = f"more than {MAX_PARTS} parts; not read"
    elif total > MAX_UNCOMPRESSED_BYTES:
        message = (
            f"its parts hold {total} bytes uncompressed, more than"
            f" {MAX_UNCOMPRESSED_BYTES}; not read"
        )
    for p in parts:
        ratio = p.file_size // max(p.compress_size, 1)
        if not message and p.file_size > _LARGE_PART and ratio > MAX_RATIO:
            message = f"the part {p.filename} is compressed {ratio} times; not read"
        if "vbaproject" in p.filename.lower():
            message, code = "the workbook holds macros (vbaProject); refused", "file"
    if not message:
        try:
            types = archive.read("[Content_Types].xml")
        except KeyError:
            message, code = "not an .xlsx workbook (no content types)", "format"
        else:
            if b"macroEnabled" in types:
                message, code = "a macro-enabled workbook is refused", "file"
    return problem(where, code, message) if message else None


def _sheet_tables() -> dict[str, str]:
    found: dict[str, str] = {}
    for name in (*(t.name for t in TABLES), "instructions", "lists"):
        found[name.casefold()] = name
        for text in all_labels(name, sheet=True):
            found.setdefault(text.casefold(), name)
    return found


def _language(titles: list[str]) -> str:
    """The language most sheet titles are written in (English if none)."""
    votes = {
        lang: sum(
            1
            for n in _sheet_tables().values()
            for t in titles
            if t == sheet_label(n, lang)
        )
        for lang in ("en", "ru", "ro", "kk")
    }
    best = max(votes, key=lambda k: votes[k])
    return best if votes[best] else "en"


def _table_of(title: str) -> str | None:
    return _sheet_tables().get(title.strip().casefold())


def read_workbook(path: Path) -> tuple[list[Grid], list[Problem]]:  # noqa: C901
    """The grids of the workbook at *path*, and the problems of the workbook
    itself.
    """
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            [problem(where, "file", f"cannot read: {exc.strerror or exc}")],
            subject=_SUBJECT,
        ) from None
    refused = _refusal(path, data)
    if refused is not None:
        raise ValidationError([refused], subject=_SUBJECT)
    openpyxl = _openpyxl(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
        except Exception as exc:  # noqa: BLE001 - any failure is a problem
            raise ValidationError(
                [problem(where, "format", f"cannot read the workbook: {exc}")],
                subject=_SUBJECT,
            ) from None
    cached: list[Any] = []

    def saved_value(sheet: str, coordinate: str) -> Any:
        if not cached:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cached.append(openpyxl.load_workbook(io.BytesIO(data), data_only=True))
        return cached[0][sheet][coordinate].value

    problems: list[Problem] = []
    grids: list[Grid] = []
    seen: dict[str, str] = {}
    known = [t.name for t in TABLES]
    lang = _language(wb.sheetnames)
    for ws in wb.worksheets:
        name = _table_of(ws.title)
        here = f"{where}:{ws.title}"
        if name in ("instructions", "lists"):
            continue
        if name is None:
            titles = [sheet_label(n, lang) for n in known]
            close = difflib.get_close_matches(ws.title, titles, n=1)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else "the sheets are " + ", ".join(titles)
            )
            problems.append(
                problem(here, "unknown_key", f"unknown sheet (not read); {hint}")
            )
            continue
        if name in seen:
            problems.append(
                duplicate(here, name, what=f"sheet (first is {seen[name]!r}) of table")
            )
            continue
        seen[name] = ws.title
        if ws.sheet_state != "visible":
            problems.append(
                problem(
                    here,
                    "rule",
                    "a hidden sheet; show it (or delete it) so that what is read"
                    " can be seen",
                )
            )
        grids.append(_grid(ws, name, where, saved_value))
    return grids, problems


def _grid(ws: Any, name: str, file: str, saved_value: Any) -> Grid:  # noqa: C901
    prefix = f"{file}:{ws.title}"
    problems: list[Problem] = []
    for merged in ws.merged_cells.ranges:
        at = f"{prefix}:{merged.min_row}:{letter(merged.min_col - 1)}"
        problems.append(
            problem(
                at,
                "format",
                f"merged cells {merged.coord}; unmerge them and write the value in"
                " every cell",
            )
        )
    headings: tuple[Cell, ...] = ()
    rows: list[tuple[int, tuple[Cell, ...]]] = []

    def where_of(cell: Any) -> str:
        j = cell.column - 1
        text = str(headings[j]).strip() if j < len(headings) and headings[j] else ""
        where = f"{prefix}:{cell.row}:{cell.column_letter}"
        return f"{where} ({text})" if text and cell.row > 1 else where

    for row in ws.iter_rows():
        values: list[Cell] = []
        for cell in row:
            value = cell.value
            if cell.data_type == "f":
                value = saved_value(ws.title, cell.coordinate)
                if value is None:
                    problems.append(
                        problem(
                            where_of(cell),
                            "format",
                            "a formula without a saved value (formulas are not"
                            " computed); type the value, or open and save the file"
                            " in a spreadsheet",
                        )
                    )
            elif cell.data_type == "e":
                problems.append(
                    problem(
                        where_of(cell),
                        "format",
                        f"an error value {value!r}",
                    )
                )
                value = None
            if isinstance(value, dt.time | dt.timedelta):
                value = str(value)
            values.append(value)
        if not row:
            continue
        number = row[0].row
        if number == 1:
            headings = tuple(values)
        else:
            rows.append((number, tuple(values)))
    return Grid(
        table=name,
        file=file,
        sheet=ws.title,
        headings=headings,
        rows=tuple(rows),
        problems=tuple(problems),
    )
