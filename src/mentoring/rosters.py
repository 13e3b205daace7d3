r"""Rosters of mentors and mentees from CSV and JSON files.

The edge between a spreadsheet and the model: rows in,
:class:`~mentoring.model.people.Mentor` and
:class:`~mentoring.model.people.Mentee` values out, or one
:class:`~mentoring.errors.ValidationError` that names **every** bad cell. A
problem in a CSV file is located by file, row and column
(``mentors.csv:row 3:capacity``; row 1 is the header, so rows count as a
spreadsheet shows them); a problem in a JSON file by file and path
(``mentees.json:$[2].person.grades``).

CSV columns (the header names them, in any order; only ``id`` and ``name``
are required; a list cell separates its items with ``;``):

====================  ==========================================================
column                meaning
====================  ==========================================================
id, name              the person's identifier and name (required)
organization          the school or organization identifier
district, region      where the person works
subjects              subjects taught (``mathematics;physics``)
grades                grades taught, integers 0-13 (``5;6;7``)
experience_years      whole years of experience (integer >= 0)
languages             languages spoken (``ru;kk``)
interests             free tags compared as given
preferred_delivery    ``offline``, ``online`` or ``blended``
origin                ``teacher``, ``graduate``, ``enterprise_employee``, ...
certifications        ``kind@YYYY-MM-DD`` items (``nis_level_1@2019-06-14``)
====================  ==========================================================

Mentors add ``capacity`` (integer >= 0, default 1), ``functions``
(``consultant;subject;parallel_colleague``, default ``consultant``) and
``level`` (``national``, ``regional`` or ``institutional``). Mentees add
``category`` (default ``young_specialist``), ``needs``,
``preferred_mentor_ids`` (in rank order), ``avoided_mentor_ids``,
``previous_mentor_id`` and ``requested_on`` (``YYYY-MM-DD``).

A JSON roster is a list of objects in the library's own form of a mentor or
a mentee (``mentoring schema Mentor`` prints it).

>>> text = "id,name,subjects,capacity\nt1,Ana Lungu,romanian;history,2\n"
>>> (mentor,) = parse_mentors_csv(text, source="mentors.csv")
>>> mentor.capacity, sorted(mentor.person.subjects)
(2, ['history', 'romanian'])
>>> try:
...     parse_mentors_csv("id,name,capacity\nt1,Ana,two\n", source="m.csv")
... except ValidationError as err:
...     print(err.problems[0])
expected an integer, got 'two' @ m.csv:row 2:capacity

.. versionadded:: 0.1.0
"""

import csv
import datetime as dt
import enum
import io
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from mentoring.errors import Problem, ValidationError
from mentoring.model.enums import (
    CertificationKind,
    DeliveryMode,
    MenteeCategory,
    MentorFunction,
    MentorLevel,
    MentorOrigin,
)
from mentoring.model.people import Certification, Mentee, Mentor, Person

__all__ = [
    "MENTEE_COLUMNS",
    "MENTOR_COLUMNS",
    "PERSON_COLUMNS",
    "parse_mentees_csv",
    "parse_mentees_json",
    "parse_mentors_csv",
    "parse_mentors_json",
    "read_mentees",
    "read_mentors",
]

#: The columns every roster may have (``id`` and ``name`` are required).
PERSON_COLUMNS = (
    "id",
    "name",
    "organization",
    "district",
    "region",
    "subjects",
    "grades",
    "experience_years",
    "languages",
    "interests",
    "preferred_delivery",
    "origin",
    "certifications",
)
#: The columns of a mentors' roster.
MENTOR_COLUMNS = (*PERSON_COLUMNS, "capacity", "functions", "level")
#: The columns of a mentees' roster.
MENTEE_COLUMNS = (
    *PERSON_COLUMNS,
    "category",
    "needs",
    "preferred_mentor_ids",
    "avoided_mentor_ids",
    "previous_mentor_id",
    "requested_on",
)
_REQUIRED = ("id", "name")

_E = TypeVar("_E", bound=enum.Enum)
_V = TypeVar("_V", Mentor, Mentee)


class _Row:
    """One CSV row being read: its cells, and the problems found so far."""

    def __init__(self, cells: dict[str, str], where: str) -> None:
        self.cells = cells
        self.where = where
        self.problems: list[Problem] = []

    def problem(self, column: str, message: str) -> None:
        self.problems.append(Problem(f"{self.where}:{column}", message))

    def text(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def items(self, column: str) -> list[str]:
        return [i.strip() for i in self.text(column).split(";") if i.strip()]

    def integer(self, column: str, default: int) -> int:
        raw = self.text(column)
        if not raw:
            return default
        if not re.fullmatch(r"[+-]?\d+", raw):
            self.problem(column, f"expected an integer, got {raw!r}")
            return default
        return int(raw)

    def integers(self, column: str) -> frozenset[int]:
        found = set()
        for item in self.items(column):
            if re.fullmatch(r"[+-]?\d+", item):
                found.add(int(item))
            else:
                self.problem(
                    column, f"expected integers separated by ';', got {item!r}"
                )
        return frozenset(found)

    def day(self, column: str, raw: str | None = None) -> dt.date | None:
        raw = self.text(column) if raw is None else raw
        if not raw:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                raise ValueError(raw)  # noqa: TRY301
            return dt.date.fromisoformat(raw)
        except ValueError:
            self.problem(column, f"expected a date YYYY-MM-DD, got {raw!r}")
            return None

    def member(
        self, column: str, enum_type: type[_E], raw: str | None = None
    ) -> _E | None:
        raw = self.text(column) if raw is None else raw
        if not raw:
            return None
        try:
            return enum_type(raw)
        except ValueError:
            known = ", ".join(str(m.value) for m in enum_type)
            self.problem(column, f"expected one of {known}; got {raw!r}")
            return None

    def members(self, column: str, enum_type: type[_E]) -> frozenset[_E]:
        found = (self.member(column, enum_type, raw) for raw in self.items(column))
        return frozenset(m for m in found if m is not None)


def _person(row: _Row) -> Person | None:
    certifications = []
    for item in row.items("certifications"):
        kind_text, _, on_text = item.partition("@")
        kind = row.member("certifications", CertificationKind, kind_text.strip())
        if not on_text.strip():
            row.problem("certifications", f"expected kind@YYYY-MM-DD, got {item!r}")
            continue
        on = row.day("certifications", on_text.strip())
        if kind is not None and on is not None:
            certifications.append(Certification(kind=kind, obtained_on=on))
    fields: dict[str, Any] = {
        "id": row.text("id"),
        "name": row.text("name"),
        "organization": row.text("organization"),
        "district": row.text("district"),
        "region": row.text("region"),
        "subjects": frozenset(row.items("subjects")),
        "grades": row.integers("grades"),
        "experience_years": row.integer("experience_years", 0),
        "languages": frozenset(row.items("languages")),
        "interests": frozenset(row.items("interests")),
        "preferred_delivery": row.member("preferred_delivery", DeliveryMode),
        "origin": row.member("origin", MentorOrigin) or MentorOrigin.TEACHER,
        "certifications": tuple(certifications),
    }
    for column in _REQUIRED:
        if not fields[column]:
            row.problem(column, "must not be empty")
    if row.problems:
        return None
    person: Person | None = _build(row, Person, fields, prefix="$.")
    return person


def _build(
    row: _Row, cls: Callable[..., _V | Person], fields: dict[str, Any], *, prefix: str
) -> Any:
    """Call *cls* and turn its problems into cell problems of *row*."""
    try:
        return cls(**fields)
    except ValidationError as err:
        for p in err.problems:
            column = _column_of(p.path.removeprefix(prefix))
            row.problem(column, p.message)
        return None


def _column_of(path: str) -> str:
    """``person.grades`` -> ``grades``; ``preferred_mentor_ids[1]`` -> its column."""
    name = path.removeprefix("$.").removeprefix("person.")
    return re.split(r"[.\[]", name, maxsplit=1)[0] or "id"


def _mentor(row: _Row) -> Mentor | None:
    person = _person(row)
    capacity = row.integer("capacity", 1)
    functions = row.members("functions", MentorFunction) or frozenset(
        {MentorFunction.CONSULTANT}
    )
    level = row.member("level", MentorLevel)
    if person is None or row.problems:
        return None
    built: Mentor | None = _build(
        row,
        Mentor,
        {
            "person": person,
            "capacity": capacity,
            "functions": functions,
            "level": level,
        },
        prefix="$.",
    )
    return built


def _mentee(row: _Row) -> Mentee | None:
    person = _person(row)
    category = row.member("category", MenteeCategory) or MenteeCategory.YOUNG_SPECIALIST
    requested_on = row.day("requested_on")
    previous = row.text("previous_mentor_id") or None
    if person is None or row.problems:
        return None
    built: Mentee | None = _build(
        row,
        Mentee,
        {
            "person": person,
            "category": category,
            "needs": frozenset(row.items("needs")),
            "preferred_mentor_ids": tuple(row.items("preferred_mentor_ids")),
            "avoided_mentor_ids": frozenset(row.items("avoided_mentor_ids")),
            "previous_mentor_id": previous,
            "requested_on": requested_on,
        },
        prefix="$.",
    )
    return built


def _header_problems(
    header: list[str], *, source: str, columns: Sequence[str]
) -> list[Problem]:
    if not header:
        return [Problem(f"{source}:row 1", "the file is empty; expected a header row")]
    known = ", ".join(columns)
    problems = [
        Problem(f"{source}:row 1:{c}", f"unknown column {c!r}; the columns are {known}")
        for c in header
        if c not in columns
    ]
    problems.extend(
        Problem(f"{source}:row 1", f"missing column {c!r}")
        for c in _REQUIRED
        if c not in header
    )
    return problems


def _parse_csv(
    text: str,
    *,
    source: str,
    columns: Sequence[str],
    build: Callable[[_Row], _V | None],
    what: str,
) -> tuple[_V, ...]:
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or ()]
    problems = _header_problems(header, source=source, columns=columns)
    if problems:
        raise ValidationError(problems, subject=f"{what} roster")
    reader.fieldnames = header
    values: list[_V] = []
    first_row: dict[str, int] = {}
    for number, cells in enumerate(reader, start=2):
        if None in cells:
            problems.append(
                Problem(
                    f"{source}:row {number}", "more cells than columns in the header"
                )
            )
            continue
        row = _Row({k: v or "" for k, v in cells.items()}, f"{source}:row {number}")
        if not any(v.strip() for v in row.cells.values()):
            continue
        value = build(row)
        ident = row.text("id")
        if ident and ident in first_row:
            row.problem(
                "id", f"duplicate id {ident!r} (first at row {first_row[ident]})"
            )
        elif ident:
            first_row[ident] = number
        problems.extend(row.problems)
        if value is not None and not row.problems:
            values.append(value)
    if problems:
        raise ValidationError(problems, subject=f"{what} roster")
    return tuple(values)


def _parse_json(text: str, cls: type[_V], *, source: str, what: str) -> tuple[_V, ...]:
    from mentoring import serialization

    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValidationError(
            [(f"{source}:$", f"malformed JSON: {exc}")], subject=f"{what} roster"
        ) from None
    if not isinstance(data, list):
        raise ValidationError(
            [(f"{source}:$", f"expected a list of {what}s, got {type(data).__name__}")],
            subject=f"{what} roster",
        )
    problems: list[Problem] = []
    values: list[_V] = []
    first: dict[str, int] = {}
    for i, item in enumerate(data):
        try:
            value = serialization.from_dict(cls, item)
        except ValidationError as err:
            problems.extend(p.under(f"{source}:$[{i}]") for p in err.problems)
            continue
        if value.id in first:
            problems.append(
                Problem(
                    f"{source}:$[{i}].person.id",
                    f"duplicate id {value.id!r} (first at $[{first[value.id]}])",
                )
            )
        else:
            first[value.id] = i
        values.append(value)
    if problems:
        raise ValidationError(problems, subject=f"{what} roster")
    return tuple(values)


def parse_mentors_csv(text: str, *, source: str = "mentors.csv") -> tuple[Mentor, ...]:
    """The mentors of a CSV roster, or a :class:`~mentoring.errors.ValidationError`
    naming the row and column of every problem.

    .. versionadded:: 0.1.0
    """
    return _parse_csv(
        text, source=source, columns=MENTOR_COLUMNS, build=_mentor, what="mentor"
    )


def parse_mentees_csv(text: str, *, source: str = "mentees.csv") -> tuple[Mentee, ...]:
    """The mentees of a CSV roster; see :func:`parse_mentors_csv`.

    .. versionadded:: 0.1.0
    """
    return _parse_csv(
        text, source=source, columns=MENTEE_COLUMNS, build=_mentee, what="mentee"
    )


def parse_mentors_json(
    text: str, *, source: str = "mentors.json"
) -> tuple[Mentor, ...]:
    """The mentors of a JSON roster (a list of mentors in the library's form),
    or a :class:`~mentoring.errors.ValidationError` naming the path of every
    problem.

    .. versionadded:: 0.1.0
    """
    return _parse_json(text, Mentor, source=source, what="mentor")


def parse_mentees_json(
    text: str, *, source: str = "mentees.json"
) -> tuple[Mentee, ...]:
    """The mentees of a JSON roster; see :func:`parse_mentors_json`.

    .. versionadded:: 0.1.0
    """
    return _parse_json(text, Mentee, source=source, what="mentee")


def _read(path: Path) -> tuple[str, bool]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            [(str(path), f"cannot read the file: {exc}")], subject="roster"
        ) from None
    return text, path.suffix.lower() == ".json"


def read_mentors(path: str) -> tuple[Mentor, ...]:
    """The mentors of the roster file at *path* (a string or a
    ``pathlib.Path``): JSON when its name ends in ``.json``, CSV otherwise.

    .. versionadded:: 0.1.0
    """
    file = Path(path)
    text, is_json = _read(file)
    if is_json:
        return parse_mentors_json(text, source=file.name)
    return parse_mentors_csv(text, source=file.name)


def read_mentees(path: str) -> tuple[Mentee, ...]:
    """The mentees of the roster file at *path*; see :func:`read_mentors`.

    .. versionadded:: 0.1.0
    """
    file = Path(path)
    text, is_json = _read(file)
    if is_json:
        return parse_mentees_json(text, source=file.name)
    return parse_mentees_csv(text, source=file.name)
