"""The tables of a programme and their columns, derived from the model
(private).

Each table holds one kind of record; its columns are the record's attrs
fields, in order, so a field added to the model gets its column with no
change here. A field holding a tuple of records is a table of its own (a
pair's history, a plan's activities) whose rows name their parent in a key
column (``pair_id``, ``plan_id``); a field holding a person is the person's
id (``person_id``, ``curator_id``); the academic year is spread over the
programme's row (``year_start``, ``year_end``, ...).
"""

import datetime as dt
import enum
import types
import typing
from enum import Enum
from typing import Any

import attrs

from mentoring.calendar import AcademicYear, Holiday, Term
from mentoring.model import (
    Achievement,
    Activity,
    Assessment,
    Certification,
    Duty,
    Event,
    Group,
    Measurement,
    Mentee,
    Mentor,
    MentoringPlan,
    Pair,
    Person,
    PlanStep,
    Program,
    SuccessCriterion,
    SurveyResponse,
    Transition,
)

__all__ = ["KINDS", "REFERENCES", "TABLES", "Column", "Table", "table"]

#: The kinds of cell, by the Python type of the field.
KINDS: dict[Any, str] = {
    str: "text",
    int: "integer",
    float: "number",
    bool: "yes/no",
    dt.date: "date",
}

#: The kind of a cell holding a value's JSON form (a type with no cell of its
#: own, such as a list of records that is not a table).
JSON = "JSON"

#: Columns naming a record of another table (checked when read).
REFERENCES: dict[str, str] = {
    "curator_id": "people",
    "person_id": "people",
    "mentor_id": "mentors",
    "mentee_id": "mentees",
    "mentee_ids": "mentees",
    "preferred_mentor_ids": "mentors",
    "avoided_mentor_ids": "mentors",
    "pair_id": "pairs",
    "plan_id": "plans",
}


@attrs.frozen(kw_only=True)
class Column:
    """One column: its machine name, where its value sits in the record's
    JSON form (*keys*), its kind of cell and whether it is required.
    """

    name: str
    keys: tuple[str, ...]
    kind: str
    enum: type[Enum] | None = None
    many: bool = False
    unique: bool = False
    optional: bool = False
    required: bool = False
    key: bool = False  # the parent's id, not a field of the record
    word: str = ""  # the key of its heading's words, when not its name
    filled_default: bool = False  # a list whose default is not empty

    @property
    def label_key(self) -> str:
        """The key of the column's heading in the table of words."""
        return self.word or self.name

    @property
    def reference(self) -> str:
        """The table whose ids the column names, or ``""``."""
        return REFERENCES.get(self.name, "")

    @property
    def type_name(self) -> str:
        """What the reference page says of the column's values."""
        base = "choice" if self.enum is not None else self.kind
        if self.reference:
            base = f"id of {self.reference}"
        return f"list of {base} (separated by ;)" if self.many else base


@attrs.frozen(kw_only=True)
class Table:
    """One table: its record class, where its records sit (*source*: the keys
    from the parent's record to the list), the parent table and its key
    column, and the columns.
    """

    name: str
    cls: type
    source: tuple[str, ...]
    parent: str = ""
    key: str = ""
    columns: tuple[Column, ...] = ()

    def column(self, name: str) -> Column | None:
        """The column called *name*, if the table has it."""
        return next((c for c in self.columns if c.name == name), None)


def _unwrap(tp: Any) -> tuple[Any, bool]:
    """The type inside ``X | None``, and whether None is allowed."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return (args[0] if len(args) == 1 else tp), len(args) < len(typing.get_args(tp))
    return tp, False


def _scalar(tp: Any) -> tuple[str, type[enum.Enum] | None]:
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "choice", tp
    if tp in KINDS:
        return KINDS[tp], None
    return JSON, None  # any other type: its JSON form, as text


def _columns(
    cls: type, children: dict[str, str], prefix: tuple[str, ...] = ()
) -> list[Column]:
    """The columns of *cls*'s fields; *children* names the fields that are
    tables of their own.
    """
    hints = typing.get_type_hints(cls)
    out: list[Column] = []
    for field in attrs.fields(cls):
        if field.name in children:
            continue
        tp, optional = _unwrap(hints[field.name])
        keys = (*prefix, field.name)
        name = "_".join(keys)
        required = field.default is attrs.NOTHING
        origin = typing.get_origin(tp)
        item = typing.get_args(tp)[0] if origin in (tuple, frozenset) else None
        if item is not None and (attrs.has(item) or _scalar(item)[0] == JSON):
            # A list of records that is not a table of its own: one JSON cell.
            out.append(
                Column(
                    name=name,
                    keys=keys,
                    kind=JSON,
                    optional=optional,
                    required=required,
                )
            )
        elif origin in (tuple, frozenset):
            kind, choices = _scalar(item)
            out.append(
                Column(
                    name=name,
                    keys=keys,
                    kind=kind,
                    enum=choices,
                    many=True,
                    unique=origin is frozenset,
                    required=required,
                    filled_default=not required and bool(field.default),
                )
            )
        elif tp is Person:
            out.append(
                Column(
                    name=f"{name}_id",
                    keys=keys,
                    kind="text",
                    optional=optional,
                    required=required,
                )
            )
        elif attrs.has(tp):
            out += _columns(tp, children, keys)
        else:
            kind, choices = _scalar(tp)
            out.append(
                Column(
                    name=name,
                    keys=keys,
                    kind=kind,
                    enum=choices,
                    optional=optional,
                    required=required,
                )
            )
    return out


def _table(  # noqa: PLR0913
    name: str,
    cls: type,
    source: tuple[str, ...],
    *,
    parent: str = "",
    key: str = "",
    children: tuple[str, ...] = (),
) -> Table:
    columns = [
        attrs.evolve(c, word=_WORDS.get((name, c.name), ""))
        for c in _columns(cls, dict.fromkeys(children, ""))
    ]
    if key:
        columns.insert(
            0, Column(name=key, keys=(), kind="text", required=True, key=True)
        )
    return Table(
        name=name,
        cls=cls,
        source=source,
        parent=parent,
        key=key,
        columns=tuple(columns),
    )


def _program_columns() -> tuple[Column, ...]:
    children = (
        *("mentors", "mentees", "pairs", "groups", "plans", "events"),
        *("achievements", "measurements", "surveys", "terms", "holidays"),
    )
    return tuple(_columns(Program, dict.fromkeys(children, "")))


#: Headings that differ from the same column elsewhere.
_WORDS = {("terms", "name"): "term_name", ("holidays", "name"): "holiday_name"}

_PLAN_PARTS = ("criteria", "steps", "activities", "assessments", "duties")

#: Every table, parents before children, in the order of the workbook.
TABLES: tuple[Table, ...] = (
    Table(name="programme", cls=Program, source=(), columns=_program_columns()),
    _table("terms", Term, ("year", "terms")),
    _table("holidays", Holiday, ("year", "holidays")),
    _table("people", Person, (), children=("certifications",)),
    _table(
        "certifications",
        Certification,
        ("certifications",),
        parent="people",
        key="person_id",
    ),
    _table("mentors", Mentor, ("mentors",)),
    _table("mentees", Mentee, ("mentees",)),
    _table("pairs", Pair, ("pairs",), children=("history",)),
    _table("pair_history", Transition, ("history",), parent="pairs", key="pair_id"),
    _table("groups", Group, ("groups",)),
    _table("plans", MentoringPlan, ("plans",), children=_PLAN_PARTS),
    _table(
        "plan_criteria", SuccessCriterion, ("criteria",), parent="plans", key="plan_id"
    ),
    _table("plan_steps", PlanStep, ("steps",), parent="plans", key="plan_id"),
    _table("plan_activities", Activity, ("activities",), parent="plans", key="plan_id"),
    _table(
        "plan_assessments", Assessment, ("assessments",), parent="plans", key="plan_id"
    ),
    _table("plan_duties", Duty, ("duties",), parent="plans", key="plan_id"),
    _table("events", Event, ("events",)),
    _table("achievements", Achievement, ("achievements",)),
    _table("measurements", Measurement, ("measurements",)),
    _table("surveys", SurveyResponse, ("surveys",)),
)

_BY_NAME = {t.name: t for t in TABLES}

#: The classes the tables cover, to check that no field is left out.
COVERED = (AcademicYear,)


def table(name: str) -> Table:
    """The table called *name*."""
    return _BY_NAME[name]
