"""Cells to values and back (private).

Writing, a value of the JSON form of a record (:mod:`mentoring.serialization`)
becomes a cell: a date, a number, text; an allowed value its label in the
reader's language; a list its items joined with ``"; "``. Reading takes a
cell as a spreadsheet gives it (text, a number, a date, a bool) and returns
the value of the JSON form, or a problem in the words of the rest of the
library.
"""

import datetime as dt
import enum
import functools
import json
import math
import re
from typing import Any

from mentoring._locale import LANGS
from mentoring._problems import not_one_of, problem, wrong_type
from mentoring.errors import Problem
from mentoring.labels import label
from mentoring.tabular._schema import JSON, Column
from mentoring.tabular._words import BOOLEANS

__all__ = [
    "SEPARATOR",
    "Cell",
    "guard",
    "parse",
    "render",
    "unguard",
]

#: What a spreadsheet cell holds.
Cell = str | int | float | bool | dt.date | dt.datetime | None

#: A list cell that holds no item where the default holds some.
NONE = "-"
#: Between the items of a list cell.
SEPARATOR = "; "

#: The first characters that make a spreadsheet read a cell as a formula.
_TRIGGERS = re.compile(r"'*[=+\-@]")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_INTEGER = re.compile(r"[+-]?\d+")
_SERIAL = re.compile(r"[1-9]\d{4}")  # 1927-05-18 .. 2173-10-14 as day numbers
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_DAYS = (1, 2958465)  # 1900-01-01 .. 9999-12-31


def guard(text: str) -> str:
    """*text* with a ``'`` in front when a spreadsheet would take it for a
    formula (``=``, ``+``, ``-``, ``@``, or quotes before one of them).
    """
    return f"'{text}" if _TRIGGERS.match(text) else text


def unguard(text: str) -> str:
    """*text* without the ``'`` :func:`guard` put in front."""
    if text.startswith("'") and _TRIGGERS.match(text, 1):
        return text[1:]
    return text


def render(column: Column, value: Any, lang: str) -> Cell:
    """The cell of a JSON-form *value* of *column*, in *lang*."""
    if value is None:
        return None
    if column.many:
        if not value and column.filled_default:
            return NONE  # not the default: none at all
        items = [render_item(column, v, lang) for v in value]
        return SEPARATOR.join(str(i) for i in items)
    return render_item(column, value, lang)


def render_item(column: Column, value: Any, lang: str) -> Cell:
    """The cell of one item."""
    if column.enum is not None:
        return label(column.enum(value), lang)
    if column.kind == JSON:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if column.kind == "date":
        return dt.date.fromisoformat(value)
    if column.kind == "yes/no":
        yes, no = BOOLEANS.get(lang, BOOLEANS["en"])
        return yes if value else no
    return value  # type: ignore[no-any-return]


@functools.cache
def _choices(cls: type[enum.Enum], first: str) -> dict[str, Any]:
    """Every way to write a member of *cls*: its code, its label in *first*
    then in the other languages (the first language wins a tie).
    """
    found: dict[str, Any] = {}
    for member in cls:
        found.setdefault(str(member.value).casefold(), member.value)
    for lang in (first, *LANGS):
        for member in cls:
            found.setdefault(label(member, lang).casefold(), member.value)
    return found


@functools.cache
def _booleans() -> dict[str, bool]:
    found = {"true": True, "false": False, "1": True, "0": False}
    for yes, no in BOOLEANS.values():
        found[yes] = True
        found[no] = False
    return found


def is_empty(cell: Cell) -> bool:
    """Whether a cell holds nothing."""
    return cell is None or cell == ""


def parse(column: Column, cell: Cell, lang: str) -> tuple[Any, Problem | None]:
    """The JSON-form value of a non-empty *cell* of *column*, or a problem
    (at ``$``, to be placed by the caller).
    """
    if column.many:
        if not isinstance(cell, str):
            cell = _text(cell)
        cell = unguard(cell)
        if cell.strip() == NONE:
            return [], None
        values: list[Any] = []
        for raw in cell.split(";"):
            item = raw.strip()
            if not item:
                continue
            value, found = parse_item(column, item, lang)
            if found is not None:
                return None, found
            values.append(value)
        return values, None
    return parse_item(column, cell, lang)


def _text(cell: Cell) -> str:
    if isinstance(cell, bool):
        return str(cell).lower()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def parse_item(  # noqa: C901, PLR0911
    column: Column, cell: Cell, lang: str
) -> tuple[Any, Problem | None]:
    """The JSON-form value of one item."""
    if isinstance(cell, str):
        cell = unguard(cell)
    kind = column.kind
    if column.enum is not None:
        text = _text(cell).strip()
        choices = _choices(column.enum, lang)
        value = choices.get(text.casefold())
        if value is None:
            shown = [label(m, lang) for m in column.enum]
            return None, not_one_of("$", shown, text)
        return value, None
    if kind == "text":
        return _text(cell), None
    if kind == JSON:
        try:
            return json.loads(_text(cell)), None
        except ValueError as exc:
            return None, problem("$", "format", f"malformed JSON: {exc}")
    if kind == "integer":
        return _integer(cell)
    if kind == "number":
        return _number(cell)
    if kind == "date":
        return _date(cell, lang)
    if kind == "yes/no":
        if isinstance(cell, bool):
            return cell, None
        answer = _booleans().get(_text(cell).strip().casefold())
        if answer is None:
            yes, no = BOOLEANS.get(lang, BOOLEANS["en"])
            return None, not_one_of("$", (yes, no), cell)
        return answer, None
    return None, problem("$", "type", f"no cell of kind {kind}")  # pragma: no cover


def _integer(cell: Cell) -> tuple[Any, Problem | None]:
    if isinstance(cell, bool | dt.date):
        return None, wrong_type("$", "a whole number", cell)
    if isinstance(cell, int):
        return cell, None
    if isinstance(cell, float):
        if cell.is_integer():
            return int(cell), None
        return None, wrong_type("$", "a whole number", cell)
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if _INTEGER.fullmatch(text):
        return int(text), None  # a number stored as text
    return None, wrong_type("$", "a whole number", cell)


def _number(cell: Cell) -> tuple[Any, Problem | None]:
    if isinstance(cell, bool | dt.date):
        return None, wrong_type("$", "a number", cell)
    if isinstance(cell, int | float):
        if not math.isfinite(cell):
            return None, wrong_type("$", "a finite number", cell)
        return float(cell), None
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # 3,5 as Russian and Romanian write it
    try:
        number = float(text)
    except ValueError:
        return None, wrong_type("$", "a number", cell)
    if not math.isfinite(number) or not re.fullmatch(r"[+-]?[\d.eE+-]+", text):
        return None, wrong_type("$", "a number", cell)
    return number, None


def date_hint(lang: str) -> str:
    """How a date is written in *lang*, for messages."""
    return "YYYY-MM-DD" if lang == "en" else "DD.MM.YYYY"


def _date(cell: Cell, lang: str) -> tuple[Any, Problem | None]:  # noqa: PLR0911
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat(), None
    if isinstance(cell, dt.date):
        return cell.isoformat(), None
    if isinstance(cell, bool):
        return None, wrong_type("$", "a date", cell)
    if isinstance(cell, int | float):
        # An Excel serial day number that was not formatted as a date.
        if float(cell).is_integer() and _EXCEL_DAYS[0] <= cell <= _EXCEL_DAYS[1]:
            day = _EXCEL_EPOCH + dt.timedelta(days=int(cell))
            return day.isoformat(), None
        return None, wrong_type("$", "a date", cell)
    text = str(cell).strip()
    if _SERIAL.fullmatch(text):  # a day number saved as text
        return _date(int(text), lang)
    found = _ISO.fullmatch(text)
    if found:
        year, month, day_ = (int(g) for g in found.groups())
    else:
        found = _DOTTED.fullmatch(text)
        if found is None:
            hint = " or ".join(dict.fromkeys((date_hint(lang), "YYYY-MM-DD")))
            message = f"expected a date as {hint}, got {text!r}"
            return None, problem("$", "date", message)
        day_, month, year = (int(g) for g in found.groups())
    try:
        return dt.date(year, month, day_).isoformat(), None
    except ValueError:
        return None, problem("$", "date", f"{text!r} is not a calendar date")
