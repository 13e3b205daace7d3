r"""Rosters of mentors and mentees from CSV and JSON files.

The edge between a spreadsheet and the model: rows in,
:class:`~mentoring.model.Mentor` and
:class:`~mentoring.model.Mentee` values out, or one
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
``previous_mentor_id``, ``requested_on`` and ``hired_on`` (``YYYY-MM-DD``).

A CSV file whose header has no comma but semicolons (or tabs) is read as
semicolon- (or tab-) separated, as Excel saves it in Russian or Romanian
locales. A column the library does not know is reported (with the closest
known name) and its cells are not read, while the other cells of every row
are still checked; a duplicated column, a quote left open and a cell too long
for the ``csv`` module are each a problem with their row.

A JSON roster is a list of objects in the library's own form of a mentor or
a mentee (``mentoring schema Mentor`` prints it). Files are UTF-8, with or
without a byte order mark. An argument of the wrong type (``text=5``, a
mentor that is not a :class:`~mentoring.model.Mentor`) is a
:class:`~mentoring.errors.ValidationError` naming it, not a ``TypeError``.

With the mentors' roster given (``mentors=``), the ids of a mentee's
``preferred_mentor_ids`` and ``avoided_mentor_ids`` must be among its
mentors; ``previous_mentor_id`` is not checked, as last year's mentor may
have left this year's roster.

>>> text = "id,name,subjects,capacity\nt1,Ana Lungu,romanian;history,2\n"
>>> (mentor,) = parse_mentors_csv(text, source="mentors.csv")
>>> mentor.capacity, sorted(mentor.person.subjects)
(2, ['history', 'romanian'])
>>> try:
...     parse_mentors_csv("id,name,capacity\nt1,Ana,two\n", source="m.csv")
... except ValidationError as err:
...     print(err.problems[0])
m.csv:row 2:capacity: expected an int, got str 'two'

Every problem carries the ``code`` of its kind, as everywhere in the
library (``type`` here; ``date``, ``choice``, ``empty``, ``duplicate``,
``unknown_key``, ``unknown_id``, ``missing``, ``format``, ... elsewhere).

.. versionadded:: 0.1.0
"""

import csv
import datetime as dt
import difflib
import enum
import io
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from mentoring._checks import expect, raise_if, validated
from mentoring._files import read_bytes
from mentoring._problems import (
    duplicate,
    empty,
    missing,
    not_one_of,
    problem,
    unknown_id,
    wrong_type,
)
from mentoring.errors import Problem, ValidationError
from mentoring.model import (
    Certification,
    CertificationKind,
    DeliveryMode,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    MentorLevel,
    MentorOrigin,
    Person,
)

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
    "hired_on",
)
_REQUIRED = ("id", "name")
#: The mentee columns that must name mentors of the mentors' roster, when
#: it is given. ``previous_mentor_id`` is not among them: last year's mentor
#: may have left this year's roster.
_REFERENCE_COLUMNS = ("preferred_mentor_ids", "avoided_mentor_ids")

_E = TypeVar("_E", bound=enum.Enum)
_V = TypeVar("_V", Mentor, Mentee)


#: The most digits an integer cell may have (a 64-bit integer has 19).
_MAX_DIGITS = 18


def _too_many_digits(path: str, raw: str) -> Problem:
    digits = len(raw.lstrip("+-"))
    return problem(path, "limit", f"a number of {digits} digits is too large")


class _Row:
    """One CSV row being read: its cells, and the problems found so far."""

    def __init__(self, cells: dict[str, str], where: str) -> None:
        self.cells = cells
        self.where = where
        self.problems: list[Problem] = []

    def at(self, column: str) -> str:
        """The path of *column*'s cell: ``mentors.csv:row 3:capacity``."""
        return f"{self.where}:{column}"

    def add(self, found: Problem) -> None:
        self.problems.append(found)

    def text(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def items(self, column: str) -> list[str]:
        return [i.strip() for i in self.text(column).split(";") if i.strip()]

    def integer(self, column: str, default: int) -> int:
        raw = self.text(column)
        if not raw:
            return default
        if not re.fullmatch(r"[+-]?[0-9]+", raw):
            self.add(wrong_type(self.at(column), "an int", raw))
            return default
        if len(raw.lstrip("+-")) > _MAX_DIGITS:
            self.add(_too_many_digits(self.at(column), raw))
            return default
        return int(raw)

    def integers(self, column: str) -> frozenset[int]:
        found = set()
        for item in self.items(column):
            if re.fullmatch(r"[+-]?[0-9]+", item):
                if len(item.lstrip("+-")) > _MAX_DIGITS:
                    self.add(_too_many_digits(self.at(column), item))
                    continue
                found.add(int(item))
            else:
                self.add(wrong_type(self.at(column), "integers separated by ';'", item))
        return frozenset(found)

    def day(self, column: str, raw: str | None = None) -> dt.date | None:
        raw = self.text(column) if raw is None else raw
        if not raw:
            return None
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
            message = f"expected a date as YYYY-MM-DD, got {raw!r}"
            self.add(problem(self.at(column), "date", message))
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            message = f"{raw!r} is not a calendar date"
            self.add(problem(self.at(column), "date", message))
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
            self.add(not_one_of(self.at(column), enum_type, raw))
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
            message = f"expected kind@YYYY-MM-DD, got {item!r}"
            row.add(problem(row.at("certifications"), "format", message))
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
            row.add(empty(row.at(column)))
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
            row.add(p._replace(path=row.at(column)))
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


def _mentee_builder(
    mentor_ids: Collection[str] | None, mentors_source: str
) -> Callable[[_Row], Mentee | None]:
    """The builder of a mentee row; with *mentor_ids*, the ids a mentee
    prefers or avoids must be among them.
    """

    def build(row: _Row) -> Mentee | None:
        if mentor_ids is not None:
            for column in _REFERENCE_COLUMNS:
                for ident in row.items(column):
                    if ident not in mentor_ids:
                        row.add(
                            unknown_id(
                                row.at(column),
                                "mentor",
                                ident,
                                where=f"in {mentors_source}",
                            )
                        )
        return _mentee(row)

    return build


def _mentee(row: _Row) -> Mentee | None:
    person = _person(row)
    category = row.member("category", MenteeCategory) or MenteeCategory.YOUNG_SPECIALIST
    requested_on = row.day("requested_on")
    hired_on = row.day("hired_on")
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
            "hired_on": hired_on,
        },
        prefix="$.",
    )
    return built


def _duplicate_id(path: str, ident: str, first: str) -> Problem:
    """``duplicate id 'x' (first at row 2)``: the vocabulary's words, and
    where the id was first.
    """
    found = duplicate(path, ident)
    return problem(found.path, found.code, f"{found.message} (first at {first})")


def _delimiter(first_line: str) -> str:
    """The delimiter of a CSV file whose first line is *first_line*: a comma,
    or the semicolon or tab a spreadsheet in some locales saves with (Excel
    in Russian or Romanian saves ``;``) when the header has no comma.
    """
    if "," in first_line:
        return ","
    if "\t" in first_line:
        return "\t"
    if ";" in first_line:
        return ";"
    return ","


def _unknown_column(name: str, columns: Sequence[str]) -> str:
    close = difflib.get_close_matches(name, columns, n=1, cutoff=0.6)
    if close:
        hint = f"did you mean {close[0]!r}?"
    else:
        hint = f"the columns are {', '.join(columns)}"
    if ";" in name:
        hint += "; the header contains ';': save the file as comma-separated"
    return f"unknown column {name!r} (its cells are not read); {hint}"


def _header_problems(
    header: list[str], *, source: str, columns: Sequence[str]
) -> tuple[list[Problem], bool]:
    """The problems of a header, and whether the rows can still be read."""
    if not header or not any(header):
        message = "the file is empty; expected a header row"
        return [problem(f"{source}:row 1", "empty", message)], False
    problems: list[Problem] = []
    seen: set[str] = set()
    for c in header:
        if c in seen:
            problems.append(duplicate(f"{source}:row 1:{c}", c, what="column"))
        elif c not in columns:
            message = _unknown_column(c, columns)
            problems.append(problem(f"{source}:row 1:{c}", "unknown_key", message))
        seen.add(c)
    absent = [c for c in _REQUIRED if c not in header]
    problems.extend(missing(f"{source}:row 1", what=f"column {c!r}") for c in absent)
    return problems, not absent


def _line_ends(text: str) -> str:
    """*text* with classic Mac OS line ends (CR alone) read as line feeds."""
    if "\r" in text and "\n" not in text:
        return text.replace("\r", "\n")
    return text


def _parse_csv(
    text: str,
    *,
    source: str,
    columns: Sequence[str],
    build: Callable[[_Row], _V | None],
    what: str,
) -> tuple[_V, ...]:
    text = _line_ends(text.removeprefix("\ufeff"))
    delimiter = _delimiter(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    problems: list[Problem] = []
    values: list[_V] = []
    first_row: dict[str, int] = {}
    number = 0  # the last row read
    try:
        header = [h.strip() for h in next(reader, [])]
        number = 1
        problems, readable = _header_problems(header, source=source, columns=columns)
        if not readable:
            raise ValidationError(problems, subject=f"{what} roster")
        # The first of a duplicated column is read; an unknown one is not.
        wanted = {c: i for i, c in reversed(list(enumerate(header))) if c in columns}
        for number, cells in enumerate(reader, start=2):
            if len(cells) > len(header):
                problems.append(
                    problem(
                        f"{source}:row {number}",
                        "format",
                        "more cells than columns in the header",
                    )
                )
                continue
            row = _Row(
                {c: cells[i] for c, i in wanted.items() if i < len(cells)},
                f"{source}:row {number}",
            )
            if not any(v.strip() for v in row.cells.values()):
                continue
            value = build(row)
            ident = row.text("id")
            if ident and ident in first_row:
                row.add(_duplicate_id(row.at("id"), ident, f"row {first_row[ident]}"))
            elif ident:
                first_row[ident] = number
            problems.extend(row.problems)
            if value is not None and not row.problems:
                values.append(value)
    except csv.Error as exc:
        # An unterminated quote, a cell over the csv module's size limit:
        # the rows from here on cannot be told apart.
        problems.append(
            problem(
                f"{source}:row {number + 1}",
                "format",
                f"cannot read the rest of the file as CSV: {exc}"
                " (an unclosed quote, or a cell far too long?)",
            )
        )
    if problems:
        raise ValidationError(problems, subject=f"{what} roster")
    return tuple(values)


def _parse_json(
    text: str,
    cls: type[_V],
    *,
    source: str,
    what: str,
    references: Callable[[_V], Iterable[Problem]] | None = None,
) -> tuple[_V, ...]:
    from mentoring import serialization

    try:
        data = serialization._load_json(text.removeprefix("\ufeff"), f"{source}:$")  # noqa: SLF001
    except ValidationError as err:
        raise ValidationError(err.problems, subject=f"{what} roster") from None
    if not isinstance(data, list):
        raise ValidationError(
            [wrong_type(f"{source}:$", f"a list of {what}s", data)],
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
                _duplicate_id(
                    f"{source}:$[{i}].person.id", value.id, f"$[{first[value.id]}]"
                )
            )
        else:
            first[value.id] = i
        if references is not None:
            problems.extend(p.under(f"{source}:$[{i}]") for p in references(value))
        values.append(value)
    if problems:
        raise ValidationError(problems, subject=f"{what} roster")
    return tuple(values)


@validated
def parse_mentors_csv(text: str, *, source: str = "mentors.csv") -> tuple[Mentor, ...]:
    """The mentors of a CSV roster, or a :class:`~mentoring.errors.ValidationError`
    naming the row and column of every problem.

    .. versionadded:: 0.1.0
    """
    return _parse_csv(
        text, source=source, columns=MENTOR_COLUMNS, build=_mentor, what="mentor"
    )


@validated
def parse_mentees_csv(
    text: str,
    *,
    source: str = "mentees.csv",
    mentors: Iterable[Mentor] | None = None,
    mentors_source: str = "the mentors' roster",
) -> tuple[Mentee, ...]:
    r"""The mentees of a CSV roster; see :func:`parse_mentors_csv`.

    With *mentors* (the mentors' roster, read from *mentors_source*), every
    id in ``preferred_mentor_ids`` and ``avoided_mentor_ids`` must be one of
    theirs: a typo would otherwise drop the mentee's request silently.
    ``previous_mentor_id`` may name anyone (last year's mentor may have
    left this year's roster).

    >>> try:
    ...     parse_mentees_csv(
    ...         "id,name,preferred_mentor_ids\ne1,Bob,t-99\n",
    ...         mentors=(),
    ...         mentors_source="mentors.csv",
    ...     )
    ... except ValidationError as err:
    ...     print(err.problems[0])
    mentees.csv:row 2:preferred_mentor_ids: no mentor with id 't-99' in mentors.csv

    .. versionadded:: 0.1.0
    """
    ids = _mentor_ids(mentors, "parse_mentees_csv")
    return _parse_csv(
        text,
        source=source,
        columns=MENTEE_COLUMNS,
        build=_mentee_builder(ids, mentors_source),
        what="mentee",
    )


def _mentors_of(
    mentors: Iterable[Mentor] | None, function: str
) -> tuple[Mentor, ...] | None:
    """*mentors* as a tuple, each checked to be a mentor (the argument of
    *function*), or ``None``.
    """
    if mentors is None:
        return None
    listed = tuple(mentors)
    problems: list[Problem] = []
    for i, mentor in enumerate(listed):
        expect(problems, f"$.mentors[{i}]", mentor, Mentor)
    raise_if(problems, f"arguments of {function}")
    return listed


def _mentor_ids(
    mentors: Iterable[Mentor] | None, function: str
) -> frozenset[str] | None:
    """The ids of *mentors* (see :func:`_mentors_of`), or ``None``."""
    listed = _mentors_of(mentors, function)
    return None if listed is None else frozenset(m.id for m in listed)


def _json_references(
    ids: frozenset[str] | None, mentors_source: str
) -> Callable[[Mentee], Iterable[Problem]] | None:
    if ids is None:
        return None

    where = f"in {mentors_source}"

    def check(mentee: Mentee) -> Iterator[Problem]:
        for i, ident in enumerate(mentee.preferred_mentor_ids):
            if ident not in ids:
                path = f"$.preferred_mentor_ids[{i}]"
                yield unknown_id(path, "mentor", ident, where=where)
        for ident in sorted(mentee.avoided_mentor_ids):
            if ident not in ids:
                yield unknown_id("$.avoided_mentor_ids", "mentor", ident, where=where)

    return check


@validated
def parse_mentors_json(
    text: str, *, source: str = "mentors.json"
) -> tuple[Mentor, ...]:
    """The mentors of a JSON roster (a list of mentors in the library's form),
    or a :class:`~mentoring.errors.ValidationError` naming the path of every
    problem.

    .. versionadded:: 0.1.0
    """
    return _parse_json(text, Mentor, source=source, what="mentor")


@validated
def parse_mentees_json(
    text: str,
    *,
    source: str = "mentees.json",
    mentors: Iterable[Mentor] | None = None,
    mentors_source: str = "the mentors' roster",
) -> tuple[Mentee, ...]:
    """The mentees of a JSON roster; see :func:`parse_mentors_json`, and
    :func:`parse_mentees_csv` for *mentors*.

    .. versionadded:: 0.1.0
    """
    return _parse_json(
        text,
        Mentee,
        source=source,
        what="mentee",
        references=_json_references(
            _mentor_ids(mentors, "parse_mentees_json"), mentors_source
        ),
    )


def _read(path: Path) -> tuple[str, bool]:
    is_json = path.suffix.lower() == ".json"
    try:
        data = read_bytes(path)
    except OSError as exc:
        message = f"cannot read the file: {exc.strerror or exc}"
        raise ValidationError(
            [problem(str(path), "file", message)], subject="roster"
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"{path.name}:line {line}" if is_json else f"{path.name}:row {line}"
        message = (
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as"
            " UTF-8 (in Excel: Save As, 'CSV UTF-8')"
        )
        raise ValidationError(
            [problem(where, "format", message)], subject="roster"
        ) from None
    return text, is_json


@validated
def read_mentors(path: str | Path) -> tuple[Mentor, ...]:
    """The mentors of the roster file at *path* (a string or a
    ``pathlib.Path``): JSON when its name ends in ``.json``, CSV otherwise.
    The file is UTF-8, with or without a byte order mark.

    .. versionadded:: 0.1.0
    """
    file = Path(path)
    text, is_json = _read(file)
    if is_json:
        return parse_mentors_json(text, source=file.name)
    return parse_mentors_csv(text, source=file.name)


@validated
def read_mentees(
    path: str | Path,
    *,
    mentors: Iterable[Mentor] | None = None,
    mentors_source: str = "the mentors' roster",
) -> tuple[Mentee, ...]:
    """The mentees of the roster file at *path*; see :func:`read_mentors`,
    and :func:`parse_mentees_csv` for *mentors*.

    .. versionadded:: 0.1.0
    """
    mentors = _mentors_of(mentors, "read_mentees")
    file = Path(path)
    text, is_json = _read(file)
    if is_json:
        return parse_mentees_json(
            text, source=file.name, mentors=mentors, mentors_source=mentors_source
        )
    return parse_mentees_csv(
        text, source=file.name, mentors=mentors, mentors_source=mentors_source
    )
