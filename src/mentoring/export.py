"""Snapshots and reports as rows, CSV, JSON rows and a text table, labelled
in English, Russian, Romanian or Kazakh (``lang=``, one of
:data:`~mentoring.labels.LANGS`). The text table writes numbers as the
language does (``1 234,5``, ``66,7 %``); the rows, CSV and JSON keep them
locale-independent.

:func:`rows` gives plain dicts keyed by stable English column names (the
members of :class:`~mentoring.indicators.Column`), ready for ``csv`` or
``pandas.DataFrame``; the titles and enum values in them are labelled in
*lang*. :func:`to_csv`, :func:`to_json_rows` and :func:`to_table` write
those rows. (A whole snapshot as a document that reads back is
:func:`mentoring.serialization.to_json`'s business.)

Above one organization (a snapshot of several merged, a report of such
snapshots) the rows are private by default: no ids, and a value resting on
fewer than :data:`~mentoring.indicators.SMALL_COUNT_THRESHOLD` people is
suppressed (an empty value, its numbers empty too, and ``suppressed`` set;
``<5`` in a text table). See :doc:`/explanation/privacy`.

>>> import datetime as dt
>>> from mentoring import AcademicYear, Mentor, Person, Program, indicators
>>> program = Program(id="p", title="2021-2022", organization="school-1",
...                   year=AcademicYear.starting(2021),
...                   mentors=(Mentor(person=Person(id="t1", name="A")),))
>>> snap = indicators.compute(program, on=dt.date(2021, 9, 1))
>>> row = next(r for r in rows(snap, lang="ru") if r["code"] == "2.2")
>>> row["indicator"], row["value"], row["unit"]
('Количество наставников из числа педагогов', 1, 'чел.')
"""

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from typing import cast

from mentoring._checks import expect, raise_if
from mentoring._files import csv_cell, csv_list
from mentoring._i18n import N_, tr
from mentoring._locale import lang_problems
from mentoring._problems import not_one_of, out_of_range, wrong_type
from mentoring.errors import Problem
from mentoring.indicators import (
    CATALOG,
    REPORT_COLUMNS,
    SMALL_COUNT_THRESHOLD,
    SNAPSHOT_COLUMNS,
    Catalog,
    Column,
    Comparison,
    Report,
    Snapshot,
    Unit,
    Value,
    is_small,
)
from mentoring.indicators import _display as display
from mentoring.labels import humanize, label

_C = Column

__all__ = [
    "rows",
    "to_csv",
    "to_json_rows",
    "to_table",
]


_TABLE_SNAPSHOT = (_C.CODE, _C.INDICATOR, _C.VALUE, _C.UNIT, _C.PROVENANCE)
_TABLE_REPORT = (
    _C.CODE,
    _C.INDICATOR,
    _C.START,
    _C.REVIEW,
    _C.DELTA,
    _C.GROWTH,
    _C.VERDICT,
    _C.TARGET,
    _C.ATTAINED,
)

Row = dict[str, object]


def _check(  # noqa: PLR0913
    function: str,
    data: object,
    lang: object,
    catalog: object,
    *,
    headers: object = "keys",
    columns: object = None,
    width: object = 60,
    suppress: object = None,
) -> None:
    """Refuse bad arguments of *function*, naming each at ``$.<argument>``."""
    problems: list[Problem] = []
    expect(problems, "$.data", data, Snapshot | Report)
    problems.extend(lang_problems(lang))
    expect(problems, "$.catalog", catalog, Catalog)
    if headers not in ("keys", "labels"):
        problems.append(not_one_of("$.headers", ("keys", "labels"), headers))
    if columns is not None:
        if not isinstance(columns, Iterable) or isinstance(columns, str | bytes):
            problems.append(wrong_type("$.columns", "a sequence of Column", columns))
        else:
            for i, c in enumerate(columns):
                expect(problems, f"$.columns[{i}]", c, Column)
    if expect(problems, "$.width", width, int) and cast("int", width) < 1:
        problems.append(out_of_range("$.width", width, low=1))
    if (
        suppress is not None
        and expect(problems, "$.suppress", suppress, int)
        and cast("int", suppress) < 0
    ):
        problems.append(out_of_range("$.suppress", suppress, low=0))
    raise_if(problems, f"arguments of {function}")


def _ordered(codes: Sequence[str], catalog: Catalog) -> list[str]:
    present = set(codes)
    known = [c for c in catalog.codes() if c in present]
    return known + sorted(present - set(known))


def _title(code: str, catalog: Catalog, lang: str) -> tuple[str, str]:
    ind = catalog.get(code)
    if ind is None:
        return "", humanize(code)
    return ind.group, ind.title(lang)


def _unit(code: str, catalog: Catalog) -> Unit | None:
    ind = catalog.get(code)
    return None if ind is None else ind.unit


def _suppression(data: Snapshot | Report, suppress: int | None) -> int:
    """The threshold below which values of *data* are suppressed."""
    if isinstance(data, Report):
        return data.suppressed_below
    if suppress is not None:
        return suppress
    return SMALL_COUNT_THRESHOLD if data.organizations > 1 else 0


def _snapshot_row(
    snap: Snapshot, v: Value, catalog: Catalog, lang: str, suppress: int
) -> Row:
    group, title = _title(v.code, catalog, lang)
    unit = _unit(v.code, catalog)
    hidden = is_small(v, suppress)
    # above one organization no id is handed on, pseudonymised or not
    private = snap.organizations > 1
    return {
        "on": snap.on,
        "organization": snap.organization,
        "district": snap.district,
        "region": snap.region,
        "code": v.code,
        "group": group,
        "indicator": title,
        "value": None if hidden else v.value,
        "unit": "" if unit is None else label(unit, lang),
        "kind": label(v.kind, lang),
        "provenance": label(v.provenance, lang),
        "numerator": None if hidden else v.numerator,
        "denominator": None if v.kind.is_count or hidden else v.denominator,
        "reported": v.reported,
        "missing": v.missing,
        "suppressed": hidden,
        "ids": None if v.ids_dropped or private else sorted(v.ids),
    }


def _report_row(report: Report, c: Comparison, catalog: Catalog, lang: str) -> Row:
    _, title = _title(c.code, catalog, lang)
    return {
        "start_on": report.start_on,
        "review_on": report.review_on,
        "organization": report.organization,
        "district": report.district,
        "region": report.region,
        "code": c.code,
        "group": c.group,
        "indicator": title,
        "unit": label(c.unit, lang),
        "direction": label(c.direction, lang),
        "start": c.start,
        "review": c.review,
        "delta": c.delta,
        "growth": c.growth,
        "verdict": label(c.verdict, lang),
        "target": c.target,
        "attained": c.attained,
        "suppressed": c.start_suppressed or c.review_suppressed,
    }


def rows(
    data: Snapshot | Report,
    *,
    lang: str = "en",
    catalog: Catalog = CATALOG,
    suppress: int | None = None,
) -> list[Row]:
    """One plain dict per indicator, in catalogue order (codes the catalogue
    lacks last, sorted). Keys are the
    :data:`~mentoring.indicators.SNAPSHOT_COLUMNS` or the
    :data:`~mentoring.indicators.REPORT_COLUMNS`; ``ids`` is a sorted list,
    or ``None`` when the ids were dropped or the snapshot is of several
    organizations. *suppress* is the threshold of small values for a
    snapshot (default: 5 above one organization, 0 for one; a report
    carries its own, see :func:`~mentoring.indicators.compare`).

    Raises:
        ~mentoring.errors.ValidationError: *data* is neither a snapshot nor a
            report, *lang* is not one of :data:`~mentoring.labels.LANGS`
            or *catalog* is not a :class:`~mentoring.indicators.Catalog`.

    .. versionadded:: 0.1.0
    """
    _check("rows", data, lang, catalog, suppress=suppress)
    return _rows(data, lang, catalog, suppress)


def _rows(
    data: Snapshot | Report, lang: str, catalog: Catalog, suppress: int | None = None
) -> list[Row]:
    if isinstance(data, Snapshot):
        by_code = {v.code: v for v in data.values}
        threshold = _suppression(data, suppress)
        return [
            _snapshot_row(data, by_code[code], catalog, lang, threshold)
            for code in _ordered(list(by_code), catalog)
        ]
    by_code_c = {c.code: c for c in data.comparisons}
    return [
        _report_row(data, by_code_c[code], catalog, lang)
        for code in _ordered(list(by_code_c), catalog)
    ]


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _columns(data: Snapshot | Report) -> tuple[Column, ...]:
    return SNAPSHOT_COLUMNS if isinstance(data, Snapshot) else REPORT_COLUMNS


def to_csv(
    data: Snapshot | Report,
    *,
    lang: str = "en",
    catalog: Catalog = CATALOG,
    headers: str = "keys",
    suppress: int | None = None,
) -> str:
    """The rows as CSV text. *headers* is ``"keys"`` (the stable column
    names) or ``"labels"`` (the column names in *lang*).

    Safe in a spreadsheet and read back exactly: the ids of a cell are a
    JSON array of strings (``["a b","c"]``); a text cell that begins with
    ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a
    leading ``'`` so that no formula runs (numbers are written as numbers).
    See :doc:`/how-to/serialization`.

    Raises:
        ~mentoring.errors.ValidationError: *headers* is neither ``"keys"`` nor
            ``"labels"``, or as for :func:`rows`.

    .. versionadded:: 0.1.0
    """
    _check("to_csv", data, lang, catalog, headers=headers, suppress=suppress)
    columns = _columns(data)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.value if headers == "keys" else label(c, lang) for c in columns])
    for row in _rows(data, lang, catalog, suppress):
        cells = []
        for c in columns:
            cell = row[c.value]
            if isinstance(cell, list):
                cell = csv_list(cell)
            cell = _plain(cell)
            cells.append("" if cell is None else csv_cell(cell))
        writer.writerow(cells)
    return out.getvalue()


def to_json_rows(
    data: Snapshot | Report,
    *,
    lang: str = "en",
    catalog: Catalog = CATALOG,
    suppress: int | None = None,
) -> str:
    """The rows as a JSON array of objects, one per indicator (dates as ISO
    strings, text as written, not escaped): a table for a spreadsheet or a
    dashboard, labelled in *lang*. It does not read back; the document of a
    whole snapshot that does is :func:`mentoring.serialization.to_json`.

    >>> import datetime as dt, json
    >>> from mentoring.indicators import Kind, Provenance, Snapshot, Value
    >>> v = Value(code="2.2", kind=Kind.STOCK, provenance=Provenance.COMPUTED,
    ...           numerator=3, ids=frozenset({"t1", "t2", "t3"}))
    >>> snap = Snapshot(on=dt.date(2022, 5, 31), values=(v,))
    >>> row = json.loads(to_json_rows(snap, lang="ro"))[0]
    >>> row["on"], row["indicator"], row["value"], row["ids"]
    ('2022-05-31', 'Mentori din rândul cadrelor didactice', 3, ['t1', 't2', 't3'])

    Raises:
        ~mentoring.errors.ValidationError: As for :func:`rows`.

    .. versionadded:: 0.1.0
    """
    _check("to_json_rows", data, lang, catalog, suppress=suppress)
    plain = [
        {key: _plain(value) for key, value in row.items()}
        for row in _rows(data, lang, catalog, suppress)
    ]
    return json.dumps(plain, ensure_ascii=False, indent=2)


def _yes(value: bool, lang: str) -> str:
    return tr(N_("yes"), lang) if value else tr(N_("no"), lang)


def _hidden(row: Row, column: Column, hide: tuple[bool, bool]) -> bool:
    """Whether the cell of *column* shows a suppressed value."""
    if column is _C.VALUE:
        return bool(row.get("suppressed"))
    if column is _C.START:
        return hide[0]
    if column is _C.REVIEW:
        return hide[1]
    return False


def _cell(  # noqa: PLR0911, PLR0913
    row: Row,
    column: Column,
    unit: Unit | None,
    lang: str,
    *,
    threshold: int,
    hide: tuple[bool, bool],
) -> str:
    value = row[column.value]
    code = str(row["code"])
    shown_unit = unit or Unit.ITEMS
    if column in (_C.VALUE, _C.START, _C.REVIEW, _C.TARGET):
        if column is _C.TARGET and value is None:
            return ""
        below = threshold if _hidden(row, column, hide) else 0
        number = value if isinstance(value, int | float) else None
        return display.value(number, shown_unit, code, lang, suppressed_below=below)
    if column is _C.DELTA:
        number = value if isinstance(value, int | float) else None
        return display.change(number, shown_unit, code, lang)
    if column is _C.GROWTH:
        number = value if isinstance(value, int | float) else None
        return display.growth(number, shown_unit, lang)
    if value is None:
        return ""
    if column is _C.ATTAINED or column is _C.SUPPRESSED:
        return _yes(bool(value), lang)
    if isinstance(value, list):
        return " ".join(value)
    return str(_plain(value))


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_table(
    data: Snapshot | Report,
    *,
    lang: str = "en",
    catalog: Catalog = CATALOG,
    columns: Sequence[Column] | None = None,
    width: int = 60,
) -> str:
    """A text table for a terminal, headers and values labelled in *lang*;
    shares are shown as percentages and titles clipped to *width* characters.

    Raises:
        ~mentoring.errors.ValidationError: *columns* is not a sequence of
            :class:`~mentoring.indicators.Column`, *width* is not an int >= 1,
            or as for :func:`rows`.

    .. versionadded:: 0.1.0
    """
    if isinstance(columns, Iterable) and not isinstance(columns, str | bytes):
        columns = tuple(columns)  # read a generator once
    _check("to_table", data, lang, catalog, columns=columns, width=width)
    chosen = columns or (
        _TABLE_SNAPSHOT if isinstance(data, Snapshot) else _TABLE_REPORT
    )
    body = []
    threshold = _suppression(data, None)
    hides = (
        {c.code: (c.start_suppressed, c.review_suppressed) for c in data.comparisons}
        if isinstance(data, Report)
        else {}
    )
    for row in _rows(data, lang, catalog):
        code = str(row["code"])
        unit = _unit(code, catalog)
        hide = hides.get(code, (False, False))
        body.append(
            [
                _clip(_cell(row, c, unit, lang, threshold=threshold, hide=hide), width)
                for c in chosen
            ]
        )
    head = [label(c, lang) for c in chosen]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(head)]
    right = {
        _C.VALUE,
        _C.START,
        _C.REVIEW,
        _C.DELTA,
        _C.GROWTH,
        _C.TARGET,
        _C.NUMERATOR,
        _C.DENOMINATOR,
        _C.REPORTED,
        _C.MISSING,
    }

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.rjust(w) if c in right else cell.ljust(w)
            for cell, w, c in zip(cells, widths, chosen, strict=True)
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(head), rule, *(line(r) for r in body)])
