"""Matching again in the middle of a year, with the least disruption: a few
mentees need a new mentor (a dissolved pair, a new arrival) and every other
pair stays as it is. Also balanced loads, a yearly cap of new mentees per
mentor, and the "k of n" rule.
"""

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from mentoring._checks import expect, raise_if
from mentoring._enums import MentorFunction, PairStatus
from mentoring._problems import out_of_range, unknown_id
from mentoring.errors import Problem
from mentoring.matching._assignment import Method
from mentoring.matching._criteria import Constraint
from mentoring.matching._match import match
from mentoring.matching._model import CompatibilityModel
from mentoring.matching._result import Matching
from mentoring.matching._rules import Allow, Rules
from mentoring.model._people import Mentee, Mentor
from mentoring.model._program import Program

__all__ = ["at_least", "rematch"]

_SUBJECT = "arguments of rematch"


def rematch(  # noqa: PLR0913
    program: Program,
    mentee_ids: Iterable[str],
    *,
    model: CompatibilityModel | None = None,
    function: MentorFunction = MentorFunction.CONSULTANT,
    method: Method = "stable",
    on: dt.date | None = None,
    rematch_dissolved: bool = False,
    balanced: bool = False,
    yearly_cap: int | None = None,
    allow: Allow | None = None,
    min_score: float | None = None,
) -> Matching:
    """Match the mentees of *mentee_ids* again, into the places the
    programme's mentors have left, without moving any existing pair.

    Every pair of the programme stays as it is and holds its mentor's place;
    a mentee is never given a mentor whose pair with them was dissolved
    (unless *rematch_dissolved*); those waiting longest go first: since
    their last pair was dissolved, or since ``Mentee.requested_on``
    (then by id).

    Args:
        program: the programme as it stands.
        mentee_ids: the mentees who need a new mentor.
        model: the compatibility model (default: the default model).
        function: the mentor function matched for.
        method: as for :func:`~mentoring.matching.match`.
        on: count certifications obtained by this day only.
        rematch_dissolved: let a mentee be given a mentor they dissolved
            a pair with.
        balanced: spread the mentees over the mentors: no mentor gets more
            than the fewest pairs (held and new) that still matches as many
            mentees (no mentor idle while another holds three).
        yearly_cap: at most this many new mentees per mentor in the
            programme's year (the pairs proposed in the year count), apart
            from ``Mentor.capacity`` (the pairs held at once).
        allow: a custom hard rule (see :func:`at_least`).
        min_score: the floor of a proposed pair.

    Raises:
        ValidationError: bad input, an unknown mentee id, every problem with
            its path.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    if not expect(problems, "$.program", program, Program):
        raise_if(problems, _SUBJECT)
    ids = tuple(mentee_ids) if isinstance(mentee_ids, Iterable) else ()
    expect(problems, "$.mentee_ids", mentee_ids, Iterable[str])
    known = {m.id for m in program.mentees}
    problems.extend(
        unknown_id(f"$.mentee_ids[{i}]", "mentee", x)
        for i, x in enumerate(ids)
        if x not in known
    )
    expect(problems, "$.balanced", balanced, bool)
    if expect(problems, "$.yearly_cap", yearly_cap, int | None) and (
        yearly_cap is not None and yearly_cap < 0
    ):
        problems.append(out_of_range("$.yearly_cap", yearly_cap, low=0))
    raise_if(problems, _SUBJECT)
    wanted = sorted(set(ids))
    mentees = [program.mentee(i) for i in wanted]
    mentors = list(program.mentors)
    if yearly_cap is not None:
        mentors = _yearly(program, mentors, yearly_cap)

    def run(pool: Sequence[Mentor]) -> Matching:
        return match(
            pool,
            mentees,
            model=model,
            method=method,
            function=function,
            existing=program.pairs,
            priority=_waiting(program, mentees),
            allow=allow,
            on=on,
            rematch_dissolved=rematch_dissolved,
            min_score=min_score,
        )

    result = run(mentors)
    if not balanced or not result.assignments:
        return result
    held = Counter(p.mentor_id for p in program.pairs if not p.status.is_terminal)
    top = max((m.capacity for m in mentors), default=0)
    for level in range(1, top + 1):
        capped = [
            attrs.evolve(m, capacity=min(m.capacity, max(level, held[m.id])))
            for m in mentors
        ]
        spread = run(capped)
        if len(spread.assignments) >= len(result.assignments):
            return _with_capacities(spread, mentors)
    return result  # pragma: no cover - the last level is the plain run


def _with_capacities(result: Matching, mentors: Sequence[Mentor]) -> Matching:
    """*result* with each mentor's own capacity in its load, not the cap."""
    capacity = {m.id: m.capacity for m in mentors}
    return attrs.evolve(
        result,
        utilization=tuple(
            attrs.evolve(load, capacity=capacity[load.mentor_id])
            for load in result.utilization
        ),
    )


def _waiting(program: Program, mentees: Sequence[Mentee]) -> dict[str, int]:
    """Higher for the mentees waiting longest: since their last dissolved
    pair, or their request.
    """
    since: dict[str, dt.date] = {}
    for pair in program.pairs:
        if pair.status is PairStatus.DISSOLVED and pair.mentee_id in {
            m.id for m in mentees
        }:
            ended = pair.history[-1].on
            if pair.mentee_id not in since or ended > since[pair.mentee_id]:
                since[pair.mentee_id] = ended
    for m in mentees:
        if m.id not in since and m.requested_on is not None:
            since[m.id] = m.requested_on
    if not since:
        return {}
    latest = max(d.toordinal() for d in since.values())
    return {i: latest - d.toordinal() + 1 for i, d in since.items()}


def _yearly(program: Program, mentors: Sequence[Mentor], cap: int) -> list[Mentor]:
    """*mentors* with no more places than *cap* new mentees in the year
    allows, counting the pairs proposed in the programme's year.
    """
    year = program.year
    new = Counter(
        p.mentor_id for p in program.pairs if year.start <= p.history[0].on <= year.end
    )
    held = Counter(p.mentor_id for p in program.pairs if not p.status.is_terminal)
    return [
        attrs.evolve(m, capacity=min(m.capacity, held[m.id] + max(0, cap - new[m.id])))
        for m in mentors
    ]


def at_least(k: int, *constraints: Constraint) -> Allow:
    """A hard rule (for the ``allow`` argument of the matching functions)
    that a pair satisfies at least *k* of *constraints*: one state's
    induction rule asks for 2 of 3 of the same certification area, a close
    grade and a school close by.

    >>> from mentoring import Mentee, Mentor, Person
    >>> from mentoring.matching import Constraint, ConstraintKind, match
    >>> two_of_three = at_least(
    ...     2,
    ...     Constraint(kind=ConstraintKind.SAME_SUBJECT),
    ...     Constraint(kind=ConstraintKind.SAME_GRADES),
    ...     Constraint(kind=ConstraintKind.SAME_DISTRICT),
    ... )
    >>> def who(i, district):
    ...     return Person(id=i, name=i, subjects=frozenset({"maths"}),
    ...                   district=district)
    >>> m = Mentor(person=who("m", "north"))
    >>> [len(match([m], [Mentee(person=who(e, d))], allow=two_of_three).assignments)
    ...  for e, d in (("near", "north"), ("far", "south"))]
    [1, 0]

    Raises:
        ~mentoring.errors.ValidationError: *k* not from 0 to the number of
            constraints, or an argument not a
            :class:`~mentoring.matching.Constraint`.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    for i, c in enumerate(constraints):
        expect(problems, f"$.constraints[{i}]", c, Constraint)
    if expect(problems, "$.k", k, int) and not 0 <= k <= len(constraints):
        problems.append(out_of_range("$.k", k, low=0, high=len(constraints)))
    raise_if(problems, "arguments of at_least")
    checker = Rules(
        CompatibilityModel.default(),
        function=MentorFunction.CONSULTANT,
        on=None,
        allow=None,
        existing=(),
    )
    chosen = tuple(constraints)

    def allow(mentor: Mentor, mentee: Mentee) -> bool:
        met = sum(1 for c in chosen if _meets(checker, c, mentor, mentee))
        return met >= k

    return allow


def _meets(rules: Rules, c: Constraint, mentor: Mentor, mentee: Mentee) -> bool:
    if c.kind.value in ("required_certification", "required_level"):
        return rules.mentor_fault(mentor, c) is None
    if c.kind.value == "mentee_category":
        return mentee.category in c.categories
    return rules.pair_fault(c, mentor, mentee) is None
