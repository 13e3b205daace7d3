"""The arguments of the matching entry points, checked in the library's one
vocabulary: every problem at once, each with its path (``$.mentors[2]``).

:func:`run_of` turns the arguments of :func:`~mentoring.matching.match` into
a :class:`Run`, the checked input of the three steps.
"""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, TypeVar, cast

import attrs

from mentoring._checks import expect, raise_if
from mentoring._enums import MentorFunction
from mentoring._problems import duplicate, not_one_of, unknown_id, wrong_type
from mentoring.errors import Problem
from mentoring.matching._assignment import (
    METHODS,
    PROPOSING,
    SOLVERS,
    Method,
    Proposing,
    Solver,
)
from mentoring.matching._criteria import PairRef
from mentoring.matching._model import CompatibilityModel
from mentoring.matching._rules import Allow, Rules
from mentoring.model._pairs import Pair
from mentoring.model._people import Mentee, Mentor

__all__ = [
    "Priority",
    "Run",
    "choice",
    "items",
    "model_or_default",
    "option_problems",
    "people",
    "priority_problems",
    "run_of",
]

_P = TypeVar("_P", Mentor, Mentee)

#: Who goes first when places are short: mentee id -> int, or the longest
#: waiting (``"requested_on"``).
Priority = Mapping[str, int] | Literal["requested_on"]


@attrs.frozen(kw_only=True, eq=False)
class Run:
    """The checked input of one matching run: the people sorted by id, the
    model, the hard constraints of the run and how to assign.
    """

    mentors: tuple[Mentor, ...]
    mentees: tuple[Mentee, ...]
    model: CompatibilityModel
    rules: Rules
    existing: tuple[Pair, ...] = ()
    locked: tuple[PairRef, ...] = ()
    method: Method = "stable"
    proposing: Proposing = "mentees"
    priority: Priority | None = None
    solver: Solver = "auto"


def items(
    problems: list[Problem], name: str, value: object, kind: type
) -> tuple[object, ...]:
    """The items of the argument *name*, with a problem for the argument when
    it is not an iterable and one for each item not of *kind*.
    """
    if not expect(problems, f"$.{name}", value, Iterable[kind]):  # type: ignore[valid-type]
        return ()
    found = tuple(cast("Iterable[object]", value))
    for i, item in enumerate(found):
        expect(problems, f"$.{name}[{i}]", item, kind)
    return found


def people(
    problems: list[Problem], name: str, value: object, kind: type[_P]
) -> tuple[_P, ...]:
    """The mentors or mentees of the argument *name*, sorted by id, with a
    problem for each item of the wrong type and each id given twice.
    """
    seen: set[str] = set()
    found: list[_P] = []
    for i, item in enumerate(items(problems, name, value, kind)):
        if not isinstance(item, kind):
            continue
        if item.id in seen:
            problems.append(duplicate(f"$.{name}[{i}]", item.id))
        else:
            seen.add(item.id)
            found.append(item)
    return tuple(sorted(found, key=lambda p: p.id))


def choice(
    problems: list[Problem], name: str, value: object, choices: Sequence[str]
) -> None:
    """A problem when *value* is not one of *choices*."""
    if value not in choices:
        problems.append(not_one_of(f"$.{name}", choices, value))


def option_problems(  # noqa: PLR0913
    problems: list[Problem],
    *,
    model: object,
    function: object,
    on: object,
    allow: object = None,
    rematch_dissolved: object = False,
    function_optional: bool = False,
) -> None:
    """The options the entry points share (an entry point without *allow*
    or *rematch_dissolved* leaves them out).
    """
    expect(problems, "$.model", model, CompatibilityModel | None)
    expect(
        problems,
        "$.function",
        function,
        MentorFunction | None if function_optional else MentorFunction,
    )
    if allow is not None and not callable(allow):
        problems.append(wrong_type("$.allow", "a callable or None", allow))
    expect(problems, "$.on", on, dt.date | None)
    expect(problems, "$.rematch_dissolved", rematch_dissolved, bool)


def priority_problems(
    problems: list[Problem], priority: object, mentees: Sequence[Mentee]
) -> None:
    """The problems of a *priority* for *mentees*."""
    if priority is None or priority == "requested_on":
        return
    if not isinstance(priority, Mapping):
        problems.append(
            wrong_type(
                "$.priority",
                "a mapping of mentee id to int or 'requested_on'",
                priority,
            )
        )
        return
    known = {m.id for m in mentees}
    for key in sorted(priority, key=str):
        path = f"$.priority[{key!r}]"
        if key not in known:
            problems.append(unknown_id(path, "mentee", key))
        expect(problems, path, priority[key], int)


def model_or_default(
    problems: Iterable[Problem], subject: str, model: CompatibilityModel | None
) -> CompatibilityModel:
    """*model* (the default model when None), unless there are *problems*:
    then one :class:`~mentoring.errors.ValidationError` about *subject*.
    """
    raise_if(problems, subject)
    return CompatibilityModel.default() if model is None else model


def run_of(  # noqa: PLR0913
    mentors: object,
    mentees: object,
    *,
    subject: str,
    model: CompatibilityModel | None,
    method: object,
    function: MentorFunction,
    existing: object,
    locked: object,
    priority: object,
    proposing: object,
    allow: Allow | None,
    on: dt.date | None,
    rematch_dissolved: bool,
    solver: object = "auto",
) -> Run:
    """The arguments of :func:`~mentoring.matching.match` as a :class:`Run`;
    a :class:`~mentoring.errors.ValidationError` about *subject* naming every
    problem when they are wrong.
    """
    problems: list[Problem] = []
    mentor_list = people(problems, "mentors", mentors, Mentor)
    mentee_list = people(problems, "mentees", mentees, Mentee)
    existing_items = items(problems, "existing", existing, Pair)
    locked_items = items(problems, "locked", locked, PairRef)
    choice(problems, "method", method, METHODS)
    choice(problems, "proposing", proposing, PROPOSING)
    choice(problems, "solver", solver, SOLVERS)
    option_problems(
        problems,
        model=model,
        function=function,
        allow=allow,
        on=on,
        rematch_dissolved=rematch_dissolved,
    )
    priority_problems(problems, priority, mentee_list)
    checked = model_or_default(problems, subject, model)
    pairs = tuple(p for p in existing_items if isinstance(p, Pair))
    return Run(
        mentors=mentor_list,
        mentees=mentee_list,
        model=checked,
        rules=Rules(
            checked,
            function=function,
            on=on,
            allow=allow,
            existing=pairs,
            rematch_dissolved=rematch_dissolved,
        ),
        existing=pairs,
        locked=tuple(r for r in locked_items if isinstance(r, PairRef)),
        method=cast("Method", method),
        proposing=cast("Proposing", proposing),
        priority=cast("Priority | None", priority),
        solver=cast("Solver", solver),
    )
