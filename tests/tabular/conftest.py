"""Workbooks made by a script, as a curator or a careless one would: the
blank template filled with the seed's Russian school, and a workbook with ten
kinds of mistake.
"""

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl

from mentoring import samples, tabular

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def fill_template(path: Path) -> None:
    """Fill the blank Russian template at *path* with the Russian school:
    values as a curator types them -- labels in Russian, dates as
    ``DD.MM.YYYY`` text or as spreadsheet dates, numbers as text.
    """
    tables = tabular.to_tables(samples.russian_school(), lang="ru")
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        name = next((n for n in tables if ws.title == _sheet_title(n)), None)
        if name is None:
            continue
        headings = [c.value for c in ws[1]]
        head, *rows = tables[name]
        for i, row in enumerate(rows, start=2):
            for text, value in zip(head, row, strict=True):
                if not value:
                    continue
                j = headings.index(text) + 1
                iso = _ISO.fullmatch(value)
                if iso and i % 2:
                    ws.cell(row=i, column=j, value=dt.date.fromisoformat(value))
                elif iso:
                    ws.cell(row=i, column=j, value=f"{iso[3]}.{iso[2]}.{iso[1]}")
                else:
                    ws.cell(row=i, column=j, value=value).data_type = "s"
    book.save(path)


def _sheet_title(name: str) -> str:
    from mentoring.tabular._words import sheet_label

    return sheet_label(name, "ru")


#: What the broken workbook gets wrong, one line each.
MISTAKES = (
    "an unknown column with a typo in its heading",
    "a pair naming a mentee who is not on the mentees sheet",
    "a date that is not a calendar date",
    "a number of places that is not a number",
    "merged cells",
    "a hidden sheet",
    "a formula without a saved value",
    "an allowed value that is not one",
    "a sheet of no table",
    "the same person twice on the people sheet",
)


def _find(ws: openpyxl.worksheet.worksheet.Worksheet, name: str) -> int:
    for cell in ws[1]:
        if str(cell.value).endswith(f"({name})"):
            return cell.column
    raise KeyError(name)


def broken_workbook(path: Path) -> None:
    """The Russian school's workbook with the ten :data:`MISTAKES`."""
    tabular.write_xlsx(samples.russian_school(), path, lang="ru")
    book = openpyxl.load_workbook(path)
    mentors = book["Наставники"]
    mentors.cell(row=1, column=5, value="Уровнь (levle)")
    mentors.cell(row=2, column=5, value="x")
    mentors.cell(row=3, column=_find(mentors, "capacity"), value="два")
    pairs = book["Пары"]
    pairs.cell(row=2, column=_find(pairs, "mentee_id"), value="ru-nobody")
    pairs.cell(row=3, column=_find(pairs, "approach"), value="Дистанционный")
    mentees = book["Наставляемые"]
    mentees.cell(row=2, column=_find(mentees, "requested_on"), value="31.02.2021")
    events = book["Мероприятия"]
    events.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    book["Анкеты"].sheet_state = "hidden"
    measurements = book["Измерения"]
    measurements.cell(row=2, column=_find(measurements, "value"), value="=B2*2")
    book.create_sheet("Лист1")["A1"] = "notes"
    people = book["Участники"]
    people.append([people.cell(row=2, column=j).value for j in range(1, 4)])
    book.save(path)


def with_saved_values(data: bytes, values: dict[str, str]) -> bytes:
    """The workbook *data* with a saved value for each formula *values* names
    (a spreadsheet saves one; openpyxl does not).
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            part = src.read(info.filename)
            for formula, value in values.items():
                part = part.replace(
                    f"<f>{formula}</f><v />".encode(),
                    f"<f>{formula}</f><v>{value}</v>".encode(),
                )
            dst.writestr(info, part)
    return out.getvalue()
