"""A programme as rows of cells, and rows of cells as a programme (private).

Writing goes through the JSON form of :func:`mentoring.serialization.to_dict`;
reading builds that form from the cells and gives it to
:func:`mentoring.serialization.from_dict`, so the tables read exactly what a
programme document holds and check it the same way. Every problem found on
the way is moved to the cell it comes from: ``FILE:SHEET:ROW:COLUMN
(heading)``.
"""

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from mentoring import serialization
from mentoring._locale import LANGS
from mentoring._problems import duplicate, missing, problem, unknown_id
from mentoring.errors import Problem, ValidationError
from mentoring.model import Program
from mentoring.tabular._cells import Cell, date_hint, is_empty, parse, render
from mentoring.tabular._schema import TABLES, Column, Table, table
from mentoring.tabular._words import all_labels, column_label

__all__ = [
    "Grid",
    "assemble",
    "heading",
    "letter",
    "rows_of",
]

_HEADING = re.compile(r"^(.*?)\s*\(\s*([a-z][a-z0-9_]*)\s*\)\s*$", re.DOTALL)
_TOKEN = re.compile(r"\.([A-Za-z_]\w*)|\[(\d+)\]")


def letter(index: int) -> str:
    """The spreadsheet letter of the column *index* (0 is ``A``)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def heading(column: Column, lang: str) -> str:
    """The heading of *column* in *lang*, with its machine name alongside:
    ``Наставник (mentor_id)``.
    """
    return f"{column_label(column.label_key, lang)} ({column.name})"


# -- writing ------------------------------------------------------------------------


def _people(data: dict[str, Any]) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    if data.get("curator") is not None:
        found[data["curator"]["id"]] = data["curator"]
    for part in ("mentors", "mentees"):
        for record in data[part]:
            found.setdefault(record["person"]["id"], record["person"])
    return list(found.values())


def _records(
    data: dict[str, Any],
) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """The records of every table, each with its parent's id."""
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for t in TABLES:
        if t.name == "programme":
            out[t.name] = [("", data)]
        elif t.name == "people":
            out[t.name] = [("", p) for p in _people(data)]
        elif t.parent:
            out[t.name] = [
                (parent["id"], child)
                for _, parent in out[t.parent]
                for child in _at(parent, t.source)
            ]
        else:
            out[t.name] = [("", r) for r in _at(data, t.source)]
    return out


def _at(record: dict[str, Any], keys: Sequence[str]) -> Any:
    value: Any = record
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def rows_of(
    program: Program, lang: str
) -> list[tuple[Table, list[str], list[list[Cell]]]]:
    """Every table of *program*: its headings in *lang* and its rows of cells."""
    data = serialization.to_dict(program)
    records = _records(data)
    out = []
    for t in TABLES:
        rows = []
        for parent_id, record in records[t.name]:
            row: list[Cell] = []
            for c in t.columns:
                if c.key:
                    row.append(parent_id)
                    continue
                value = _at(record, c.keys)
                if isinstance(value, dict):
                    value = value["id"]  # a person, by id
                row.append(render(c, value, lang))
            rows.append(row)
        out.append((t, [heading(c, lang) for c in t.columns], rows))
    return out


# -- reading ------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Grid:
    """The cells of one table as a file holds them: *file* and *sheet* name
    the place in problems; *rows* are ``(row number, cells)``, the headings
    being row *heading_row*; *problems* were found by the file's reader.
    """

    table: str
    file: str
    sheet: str
    headings: tuple[Cell, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    heading_row: int = 1
    problems: tuple[Problem, ...] = ()


@attrs.frozen
class _Place:
    """Where one record came from: its row, and its columns' letters and
    headings by the keys of their value.
    """

    table: str
    prefix: str
    row: int
    cells: dict[tuple[str, ...], tuple[str, str]]

    def at(self, keys: tuple[str, ...] = ()) -> str:
        names = tuple(keys)
        while names:
            found = self.cells.get(names)
            if found is not None:
                return f"{self.prefix}:{self.row}:{found[0]} ({found[1]})"
            names = names[:-1]
        return f"{self.prefix}:{self.row}"


@attrs.define
class _Row:
    place: _Place
    record: dict[str, Any]
    ident: str
    parent: str
    values: dict[str, Any]  # by column name, as read


def _detect(headings: Iterable[Cell]) -> str:
    """The language the headings are written in (English if none matches)."""
    votes: Counter[str] = Counter()
    for cell in headings:
        found = _HEADING.match(str(cell or ""))
        if found is None:
            continue
        text, name = found.groups()
        key = _KEYS.get(name, name)
        for lang in LANGS:
            if text.casefold() == column_label(key, lang).casefold():
                votes[lang] += 1
    return votes.most_common(1)[0][0] if votes else "en"


#: The heading words of a machine name that has its own.
_KEYS = {c.name: c.label_key for t in TABLES for c in t.columns if c.word}


def _match(cell: Cell, t: Table) -> Column | None:
    text = str(cell).strip()
    found = _HEADING.match(text)
    if found is not None and t.column(found.group(2)) is not None:
        return t.column(found.group(2))
    folded = text.casefold()
    for c in t.columns:
        labels = all_labels(c.label_key)
        if folded == c.name or folded in (w.casefold() for w in labels):
            return c
    return None


def _suggest(text: str, t: Table, lang: str) -> str:
    names = {heading(c, lang): c for c in t.columns}
    names.update({c.name: c for c in t.columns})
    close = difflib.get_close_matches(text, list(names), n=1, cutoff=0.6)
    if close:
        return f"did you mean {heading(names[close[0]], lang)!r}?"
    return "the columns are " + ", ".join(c.name for c in t.columns)


class _Reader:
    """Collects the rows of every grid, and every problem on the way."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.problems: list[Problem] = []
        self.where: dict[str, _Place] = {}
        self.rows: dict[str, list[_Row]] = {t.name: [] for t in TABLES}
        self.absent: set[tuple[str, str]] = set()  # (table, column) not given
        self.no_programme = False

    def add(self, found: Problem) -> None:
        self.problems.append(found)

    # -- one grid --------------------------------------------------------------

    def grid(self, grid: Grid) -> None:
        t = table(grid.table)
        self.problems.extend(grid.problems)
        lang = _detect(grid.headings)
        prefix = f"{grid.file}:{grid.sheet}"
        columns: dict[int, Column] = {}
        seen: set[str] = set()
        for i, cell in enumerate(grid.headings):
            if is_empty(cell):
                continue
            where = f"{prefix}:{grid.heading_row}:{letter(i)} ({str(cell).strip()})"
            c = _match(cell, t)
            if c is None:
                hint = _suggest(str(cell).strip(), t, lang)
                self.add(
                    problem(
                        where,
                        "unknown_key",
                        f"unknown column (its cells are not read); {hint}",
                    )
                )
            elif c.name in seen:
                self.add(duplicate(where, c.name, what="column"))
            else:
                seen.add(c.name)
                columns[i] = c
        given = {c.name for c in columns.values()}
        for c in t.columns:
            if c.name not in given:
                self.absent.add((t.name, "_".join(c.keys) or c.name))
                if c.required and grid.rows:
                    self.add(
                        missing(
                            f"{prefix}:{grid.heading_row}",
                            what=f"column {heading(c, lang)!r}",
                        )
                    )
        cells = {
            c.keys or (c.name,): (letter(i), str(grid.headings[i]).strip())
            for i, c in columns.items()
        }
        for number, row in grid.rows:
            if all(is_empty(v) for v in row):
                continue
            place = _Place(t.name, prefix, number, cells)
            self.rows[t.name].append(self._row(t, place, columns, row, lang))

    def _row(
        self,
        t: Table,
        place: _Place,
        columns: dict[int, Column],
        row: Sequence[Cell],
        lang: str,
    ) -> _Row:
        record: dict[str, Any] = {}
        values: dict[str, Any] = {}
        for i, c in columns.items():
            cell = row[i] if i < len(row) else None
            if is_empty(cell):
                continue
            value, found = parse(c, cell, lang)
            if found is not None:
                where = place.at(c.keys or (c.name,))
                message = found.message
                if c.kind == "date" and found.code == "type":
                    message += f" (write it as {date_hint(lang)})"
                self.add(problem(where, found.code, message))
                continue
            values[c.name] = value
            if c.key:
                continue
            target = record
            for key in c.keys[:-1]:
                target = target.setdefault(key, {})
            target[c.keys[-1]] = value
        ident = values.get("id", values.get("person_id", ""))
        parent = values.get(t.key, "") if t.key else ""
        return _Row(place, record, str(ident), str(parent), values)

    # -- the programme ---------------------------------------------------------

    def build(self, source: str) -> dict[str, Any]:  # noqa: C901, PLR0912, PLR0915
        """The JSON form of the programme from the rows read."""
        main = self.rows["programme"]
        if not main:
            self.add(missing(source, what="the programme's row (sheet 'programme')"))
            self.no_programme = True
            data: dict[str, Any] = {}
        else:
            data = main[0].record
            self.where["$"] = main[0].place
            for extra in main[1:]:
                self.add(
                    problem(
                        extra.place.at(),
                        "rule",
                        "the programme sheet has one row; this one is not read",
                    )
                )
        year = data.setdefault("year", {})
        for part in ("terms", "holidays"):
            year[part] = []
            for j, row in enumerate(self.rows[part]):
                year[part].append(row.record)
                self.where[f"$.year.{part}[{j}]"] = row.place
        people: dict[str, _Row] = {}
        for row in self.rows["people"]:
            if row.ident in people:
                first = people[row.ident].place.at()
                found = duplicate(row.place.at(("id",)), row.ident)
                self.add(
                    problem(
                        found.path, found.code, f"{found.message} (first at {first})"
                    )
                )
            else:
                people[row.ident] = row
                row.record["certifications"] = []
        certificates: dict[str, list[_Row]] = {}
        for row in self.rows["certifications"]:
            if self._parent_known(row, "person_id", people):
                people[row.parent].record["certifications"].append(row.record)
                certificates.setdefault(row.parent, []).append(row)

        def person(path: str, row: _Row, column: str) -> dict[str, Any] | None:
            ident = row.values.get(column)
            if ident is None:
                return None
            found = people.get(ident)
            if found is None:
                self.add(
                    unknown_id(
                        row.place.at((column.removesuffix("_id"),)),
                        "person",
                        ident,
                        where="on the people sheet",
                    )
                )
                return None
            self.where[path] = found.place
            for k, cert in enumerate(certificates.get(ident, ())):
                self.where[f"{path}.certifications[{k}]"] = cert.place
            return found.record  # shared: reading never changes it

        if main:
            curator = person("$.curator", main[0], "curator_id")
            if curator is not None:
                data["curator"] = curator
        for part in ("mentors", "mentees"):
            data[part] = []
            for i, row in enumerate(self.rows[part]):
                self.where[f"$.{part}[{i}]"] = row.place
                who = person(f"$.{part}[{i}].person", row, "person_id")
                if who is not None:
                    row.record["person"] = who
                data[part].append(row.record)
        for t in TABLES:
            if t.parent or t.name in ("programme", "terms", "holidays", "people"):
                continue
            data[t.name] = []
            for i, row in enumerate(self.rows[t.name]):
                self.where[f"$.{t.name}[{i}]"] = row.place
                data[t.name].append(row.record)
        self._children(data)
        for row, record in zip(self.rows["pairs"], data["pairs"], strict=True):
            if not record.get("history") and row.ident:
                self.add(
                    problem(
                        row.place.at(("history",)),
                        "missing",
                        f"pair {row.ident!r} has no row on the pair history sheet"
                        " (its first status and date)",
                    )
                )
        self._references()
        return data

    def _parent_known(self, row: _Row, key: str, parents: dict[str, Any]) -> bool:
        if row.parent in parents:
            return True
        if key in row.values:
            kind = REFERENCE_NOUN.get(key, key)
            self.add(
                unknown_id(
                    row.place.at((key,)), kind, row.parent, where="in the workbook"
                )
            )
        return False

    def _children(self, data: dict[str, Any]) -> None:
        for t in TABLES:
            if not t.parent or t.parent == "people":
                continue
            parents: dict[str, tuple[int, dict[str, Any]]] = {}
            for i, record in enumerate(data[t.parent]):
                ident = record.get("id")
                if isinstance(ident, str):
                    parents.setdefault(ident, (i, record))
            counts: Counter[str] = Counter()
            for row in self.rows[t.name]:
                if not self._parent_known(row, t.key, parents):
                    continue
                i, record = parents[row.parent]
                part = t.source[-1]
                record.setdefault(part, []).append(row.record)
                j = counts[row.parent]
                counts[row.parent] += 1
                self.where[f"$.{t.parent}[{i}].{part}[{j}]"] = row.place

    def _references(self) -> None:
        if not self.strict:
            return  # the programme's own problems, not raised when lenient
        ids = {
            name: {r.ident for r in self.rows[name]}
            for name in ("people", "mentors", "mentees", "pairs", "plans")
        }
        for t in TABLES:
            for c in t.columns:
                target = c.reference
                if not target or c.key or (len(c.keys) == 1 and c.keys[0] in _PEOPLE):
                    continue
                for row in self.rows[t.name]:
                    value = row.values.get(c.name)
                    if value is None:
                        continue
                    for v in value if c.many else [value]:
                        if v not in ids[target]:
                            self.add(
                                unknown_id(
                                    row.place.at(c.keys),
                                    REFERENCE_NOUN.get(c.name, target),
                                    v,
                                    where=f"on the {target} sheet",
                                )
                            )

    # -- problems from the model, moved to their cells -------------------------

    def locate(self, found: Problem, source: str) -> Problem | None:
        """*found* (at a path of the JSON form) at the cell it comes from;
        None for a missing value of a column the sheet lacks (said once).
        """
        path = found.path
        tokens = [(m.group(1), m.group(2)) for m in _TOKEN.finditer(path)]
        for n in range(len(tokens), -1, -1):
            prefix = "$" + "".join(
                f".{name}" if name else f"[{index}]" for name, index in tokens[:n]
            )
            place = self.where.get(prefix)
            if place is not None:
                rest = tuple(name for name, _ in tokens[n:] if name)
                if (
                    found.code == "missing"
                    and (place.table, "_".join(rest)) in self.absent
                ):
                    return None
                return problem(place.at(rest), found.code, found.message)
        if self.no_programme and found.code == "missing":
            return None  # said once: the programme's row is missing
        return problem(f"{source}:{path}", found.code, found.message)


#: The fields that hold a person, read from the people sheet.
_PEOPLE = ("person", "curator")

#: How a problem names what a column refers to.
REFERENCE_NOUN = {
    "curator_id": "person",
    "person_id": "person",
    "mentor_id": "mentor",
    "mentee_id": "mentee",
    "mentee_ids": "mentee",
    "preferred_mentor_ids": "mentor",
    "avoided_mentor_ids": "mentor",
    "pair_id": "pair",
    "plan_id": "plan",
}


def _unique(own: Iterable[Problem], model: Iterable[Problem]) -> list[Problem]:
    """The problems found in the cells, then the model's, once each; a model
    problem at a cell that has one of the tables' already (a ``missing``,
    ``unknown_id``, ``type`` or ``empty``) is the same mistake seen again.
    """
    out: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for p in own:
        if (p.path, p.message) not in seen:
            seen.add((p.path, p.message))
            out.append(p)
    at = {p.path for p in out}
    for p in model:
        if (p.path, p.message) in seen:
            continue
        if p.path in at and p.code in ("missing", "unknown_id", "type", "empty"):
            continue
        seen.add((p.path, p.message))
        out.append(p)
    return out


def assemble(
    grids: Sequence[Grid],
    *,
    source: str,
    strict: bool = True,
    problems: Sequence[Problem] = (),
) -> Program:
    """The programme the *grids* hold, or a
    :class:`~mentoring.errors.ValidationError` naming every problem at its
    cell.
    """
    reader = _Reader(strict)
    reader.problems.extend(problems)
    for grid in grids:
        reader.grid(grid)
    data = reader.build(source)
    subject = f"programme tables {source}"
    program: Program | None = None
    model: list[Problem | None]
    try:
        program = serialization.from_dict(
            Program,
            {
                "format": serialization.PROGRAM_FORMAT,
                "version": serialization.PROGRAM_VERSION,
                **data,
            },
            strict=False,
        )
    except ValidationError as err:
        model = [reader.locate(p, source) for p in err.problems]
    else:
        model = [reader.locate(p, source) for p in program.problems()] if strict else []
    found = _unique(reader.problems, [p for p in model if p is not None])
    if found:
        raise ValidationError(found, subject=subject)
    assert program is not None  # noqa: S101 - no problem means it was built
    return program
