"""Stability: the pairs that would rather be together than keep a matching.

:func:`blocking_pairs` audits any matching, from the definition and apart
from the algorithms: the :class:`~mentoring.matching.Matching` that
:func:`~mentoring.matching.match` returns (with the people and options it
was made from), or an assignment made from scores alone.
"""

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import cast, overload

from mentoring._checks import raise_if
from mentoring._problems import missing, problem, unknown_id, wrong_type
from mentoring.errors import MatchingError, Problem, ValidationError
from mentoring.matching._assignment import (
    Instance,
    Table,
    acceptable,
    key,
    prepared,
)
from mentoring.matching._criteria import PairRef
from mentoring.matching._eligibility import Eligibility, Lock
from mentoring.matching._inputs import Priority, Run, run_of
from mentoring.matching._match import prepare
from mentoring.matching._result import Matching, UnmatchedReason
from mentoring.matching._rules import Allow
from mentoring.model._pairs import Pair
from mentoring.model._people import Mentee, Mentor

__all__ = ["blocking_pairs"]

_SUBJECT = "arguments of blocking_pairs"


@overload
def blocking_pairs(
    matching: Matching,
    *,
    mentors: Iterable[Mentor],
    mentees: Iterable[Mentee],
    existing: Iterable[Pair] = (),
    priority: Priority | None = None,
    allow: Allow | None = None,
    on: dt.date | None = None,
    rematch_dissolved: bool = False,
) -> list[tuple[str, str]]: ...


@overload
def blocking_pairs(
    matching: Mapping[str, str],
    scores: Table,
    capacities: Mapping[str, int],
    *,
    mentor_scores: Table | None = None,
    priority: Mapping[str, int] | None = None,
) -> list[tuple[str, str]]: ...


def blocking_pairs(  # noqa: PLR0913
    matching: Matching | Mapping[str, str],
    scores: Table | None = None,
    capacities: Mapping[str, int] | None = None,
    *,
    mentor_scores: Table | None = None,
    priority: Priority | None = None,
    mentors: Iterable[Mentor] | None = None,
    mentees: Iterable[Mentee] | None = None,
    existing: Iterable[Pair] = (),
    allow: Allow | None = None,
    on: dt.date | None = None,
    rematch_dissolved: bool = False,
) -> list[tuple[str, str]]:
    """The pairs that would rather be together than keep *matching*.

    A mentee and a mentor block when the pair is acceptable, the mentee
    prefers the mentor to its current one (or has none), and the mentor has
    a free place or prefers the mentee to one it holds. Mentees rank mentors
    by score then mentor id; mentors rank mentees by priority, then their
    score, then mentee id, as in :func:`~mentoring.matching.assign`. A
    matching is stable when the list is empty. Written from the definition,
    independently of the algorithms, to audit any matching.

    Two forms:

    * ``blocking_pairs(matching, mentors=..., mentees=..., existing=...,
      priority=..., allow=..., on=..., rematch_dissolved=...)``: a
      :class:`~mentoring.matching.Matching`, with the people and the options
      it was made from (the model, the function and the locked pairs come
      from the matching). The pairs audited are those the assignment step
      chose from: locked pairs and mentees with a pending or open pair of
      the function stay as they are, and each mentor offers the places left
      after them.
    * ``blocking_pairs(assignment, scores, capacities, mentor_scores=...,
      priority=...)``: ``{mentee_id: mentor_id}`` made from scores alone,
      with the tables of :func:`~mentoring.matching.assign`.

    Returns:
        ``(mentee_id, mentor_id)`` pairs, sorted.

    Raises:
        ~mentoring.errors.ValidationError: bad arguments, every problem with
            its path: for a matching, people or options that are not those
            it was made from (``$.mentors``, ``$.existing``, an assignment
            the hard constraints refuse at ``$.matching.assignments[2]``);
            for an assignment, bad scores or capacities (as in
            :func:`~mentoring.matching.assign`), an unknown mentee or mentor,
            an unacceptable pair or a mentor over capacity.

    A stable matching has no blocking pair; an optimal one may trade one
    for a higher total score:

    >>> from mentoring import Mentee, Mentor, Person
    >>> from mentoring.matching import match
    >>> def person(i, years, *subjects):
    ...     return Person(id=i, name=i, experience_years=years,
    ...                   subjects=frozenset(subjects))
    >>> mentors = [Mentor(person=person("m1", 8, "maths", "art")),
    ...            Mentor(person=person("m2", 8, "art", "music"))]
    >>> mentees = [Mentee(person=person("e1", 0, "maths", "art")),
    ...            Mentee(person=person("e2", 2, "maths"))]
    >>> stable = match(mentors, mentees)
    >>> blocking_pairs(stable, mentors=mentors, mentees=mentees)
    []
    >>> optimal = match(mentors, mentees, method="optimal")
    >>> [(a.mentee_id, a.mentor_id) for a in optimal.assignments]
    [('e1', 'm2'), ('e2', 'm1')]
    >>> blocking_pairs(optimal, mentors=mentors, mentees=mentees)
    [('e1', 'm1')]

    From scores alone:

    >>> scores = {"ann": {"m1": 0.9}, "bob": {"m1": 0.8}}
    >>> blocking_pairs({"bob": "m1"}, scores, {"m1": 1})
    [('ann', 'm1')]

    .. versionadded:: 0.1.0
    """
    if isinstance(matching, Matching):
        _refuse(
            "a Matching",
            scores=scores,
            capacities=capacities,
            mentor_scores=mentor_scores,
        )
        run = run_of(
            _required("mentors", mentors),
            _required("mentees", mentees),
            subject=_SUBJECT,
            model=matching.model,
            method=matching.method,
            function=matching.function,
            existing=existing,
            locked=(),
            priority=priority,
            proposing=matching.proposing,
            allow=allow,
            on=on,
            rematch_dissolved=rematch_dissolved,
        )
        return _of_matching(matching, run)
    _refuse(
        "an assignment",
        mentors=mentors,
        mentees=mentees,
        existing=None if existing == () else existing,
        allow=allow,
        on=on,
        rematch_dissolved=rematch_dissolved or None,
    )
    return _of_assignment(matching, scores, capacities, mentor_scores, priority)


def blocking(inst: Instance, chosen: Sequence[int]) -> list[tuple[str, str]]:
    """The blocking pairs of *chosen* (a mentor index or -1 per mentee) in
    *inst*, as ``(mentee_id, mentor_id)``, sorted.
    """
    mentee_ids, mentor_ids = inst.mentee_ids, inst.mentor_ids
    prio = inst.priority or (0,) * len(mentee_ids)
    scores = list(inst.scores)  # read many times: rows computed when read, once
    mscores = inst.mentor_scores or scores
    at = [{j: k for k, j in enumerate(row)} for row in inst.candidates]
    held: list[list[int]] = [[] for _ in mentor_ids]
    for i, j in enumerate(chosen):
        if j >= 0:
            held[j].append(i)

    def mentor_prefers(j: int, i: int, other: int) -> bool:
        a = (prio[i], mscores[i][at[i][j]])
        b = (prio[other], mscores[other][at[other][j]])
        return a > b or (a == b and mentee_ids[i] < mentee_ids[other])

    out = []
    for i, row in enumerate(inst.candidates):
        cur = chosen[i]
        for k, j in enumerate(row):
            if j == cur:
                continue
            s = scores[i][k]
            if cur >= 0:
                s_cur = scores[i][at[i][cur]]
                if s < s_cur or (s == s_cur and mentor_ids[j] > mentor_ids[cur]):
                    continue
            if len(held[j]) < inst.capacities[j] or any(
                mentor_prefers(j, i, other) for other in held[j]
            ):
                out.append((mentee_ids[i], mentor_ids[j]))
    return sorted(out)


def _refuse(form: str, **given: object) -> None:
    """A problem for each argument given that *form* does not use."""
    raise_if(
        (
            problem(f"$.{name}", "rule", f"not used with {form}")
            for name, value in given.items()
            if value is not None
        ),
        _SUBJECT,
    )


def _required(name: str, value: object) -> object:
    if value is None:
        raise_if([missing(f"$.{name}", "required argument")], _SUBJECT)
    return value


# -- a Matching ----------------------------------------------------------------------


def _of_matching(matching: Matching, run: Run) -> list[tuple[str, str]]:
    raise_if(_fit_problems(matching, run), _SUBJECT)
    locks = [
        Lock(
            f"$.matching.assignments[{k}]",
            PairRef(mentor_id=a.mentor_id, mentee_id=a.mentee_id),
            a.rule,
        )
        for k, a in enumerate(matching.assignments)
        if a.locked
    ]
    refused = [
        (u.mentee_id, u.reason)
        for u in matching.unmatched
        if u.code is UnmatchedReason.LOCK_REFUSED
    ]
    try:
        eligible, inst = prepare(run, locks, refused=refused)
    except MatchingError as err:
        raise ValidationError(err.problems, subject=_SUBJECT) from None
    problems: list[Problem] = []
    chosen = _chosen(matching, eligible, problems)
    raise_if(problems, _SUBJECT)
    return blocking(inst, chosen)


def _fit_problems(matching: Matching, run: Run) -> Iterator[Problem]:
    """Where the people and pairs given are not those *matching* was made
    from.
    """
    loads = {load.mentor_id: load for load in matching.utilization}
    yield from _same_people(
        "mentor", {m.id for m in run.mentors}, set(loads), "$.mentors"
    )
    for mentor in run.mentors:
        load = loads.get(mentor.id)
        if load is None:
            continue
        if mentor.capacity != load.capacity:
            yield problem(
                "$.mentors",
                "conflict",
                f"mentor {mentor.id!r} has capacity {mentor.capacity}, the"
                f" matching was made with {load.capacity}",
            )
        held = run.rules.held.get(mentor.id, 0)
        if held != load.held:
            yield problem(
                "$.existing",
                "conflict",
                f"mentor {mentor.id!r} holds {held} pending or open pair(s), the"
                f" matching was made with {load.held}",
            )
    placed = {a.mentee_id for a in matching.assignments}
    placed |= {u.mentee_id for u in matching.unmatched}
    yield from _same_people("mentee", {e.id for e in run.mentees}, placed, "$.mentees")
    if sorted({p.id for p in run.existing}) != list(matching.existing_pair_ids):
        yield problem(
            "$.existing",
            "conflict",
            "the ids of the pairs differ from the matching's existing_pair_ids",
        )


def _same_people(
    kind: str, given: set[str], made: set[str], path: str
) -> Iterator[Problem]:
    for person_id in sorted(given - made):
        yield unknown_id(path, kind, person_id, where="in the matching")
    for person_id in sorted(made - given):
        yield missing(path, f"{kind} {person_id!r} of the matching")


def _chosen(
    matching: Matching, eligible: Eligibility, problems: list[Problem]
) -> list[int]:
    """The assignment step's choice in *matching*: the pool position of each
    waiting mentee's mentor, or -1; a problem for each pair *eligible* does
    not allow and each mentor given more mentees than places.
    """
    pool = {m.id: j for j, m in enumerate(eligible.pool)}
    waiting = {e.id: u for u, e in enumerate(eligible.waiting)}
    chosen = [-1] * len(eligible.waiting)
    load = [0] * len(eligible.pool)
    for k, a in enumerate(matching.assignments):
        if a.locked:
            continue
        u = waiting.get(a.mentee_id)
        j = pool.get(a.mentor_id)
        if u is None or j is None or j not in eligible.candidates[u]:
            problems.append(
                problem(
                    f"$.matching.assignments[{k}]",
                    "constraint",
                    f"the pair ({a.mentee_id!r}, {a.mentor_id!r}) is not acceptable",
                )
            )
            continue
        chosen[u] = j
        load[j] += 1
    for j, mentor in enumerate(eligible.pool):
        places = eligible.places[mentor.id]
        if load[j] > places:
            problems.append(
                problem(
                    "$.matching",
                    "capacity",
                    f"mentor {mentor.id!r} holds {load[j]} mentees, {places}"
                    " place(s) left",
                )
            )
    return chosen


# -- an assignment from scores -------------------------------------------------------


def _of_assignment(
    assignment: Mapping[str, str],
    scores: object,
    capacities: object,
    mentor_scores: Table | None,
    priority: object,
) -> list[tuple[str, str]]:
    checked, problems = prepared(scores, capacities, mentor_scores, priority)
    raise_if(problems, _SUBJECT)
    table = cast("Table", scores)
    places = cast("Mapping[str, int]", capacities)
    found = _assignment_problems(assignment, table, places, mentor_scores)
    raise_if(found, _SUBJECT)
    inst = cast("Instance", checked)
    index = {j: k for k, j in enumerate(inst.mentor_ids)}
    chosen = [index[assignment[e]] if e in assignment else -1 for e in inst.mentee_ids]
    return blocking(inst, chosen)


def _assignment_problems(
    assignment: object,
    scores: Table,
    capacities: Mapping[str, int],
    mentor_scores: Table | None,
) -> list[Problem]:
    if not isinstance(assignment, Mapping):
        return [
            wrong_type(
                "$.matching",
                "a Matching or a mapping of mentee id to mentor id",
                assignment,
            )
        ]
    problems = []
    load: dict[str, int] = {}
    for e, j in assignment.items():
        path = f"$.matching[{key(e)}]"
        if e not in scores:
            problems.append(unknown_id(path, "mentee", e, where="in $.scores"))
        elif j not in capacities:
            problems.append(unknown_id(path, "mentor", j, where="in $.capacities"))
        elif j not in acceptable(scores, mentor_scores, e):
            problems.append(
                problem(
                    path, "constraint", f"the pair ({e!r}, {j!r}) is not acceptable"
                )
            )
        else:
            load[j] = load.get(j, 0) + 1
    problems.extend(
        problem(
            f"$.capacities[{key(j)}]",
            "capacity",
            f"mentor {j!r} holds {load[j]} mentees, capacity {capacities[j]}",
        )
        for j in sorted(load)
        if load[j] > capacities[j]
    )
    return problems
