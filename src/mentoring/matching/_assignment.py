"""The third step of matching, assignment: who gets which mentor, given the
scores.

It knows nothing of people, only ids, scores in [0, 1] and capacities.
:class:`Instance` and :func:`solve` are the index-based form
:func:`mentoring.matching.match` calls; :func:`assign` is the public,
mapping-based form for integrators with their own scores.

Preferences (every method, every tie broken by id, never by chance):

* a mentee ranks acceptable mentors by score, higher first, then by mentor id;
* a mentor ranks acceptable mentees by priority, higher first, then by its own
  score of the pair (``mentor_scores``, by default the same scores), then by
  mentee id;
* a pair is acceptable when the mentee lists the mentor (and, when
  ``mentor_scores`` is given, the mentor lists the mentee there too).

The three methods:

* ``"stable"``: capacitated deferred acceptance; no blocking pair; the
  mentee-optimal stable matching (``proposing="mentees"``, the default) or the
  mentor-optimal one (``proposing="mentors"``).
* ``"optimal"``: lexicographically the most matched mentees, then the largest sum
  of priority tiers over the matched mentees (tiers are the distinct priority
  values ranked 0, 1, 2, ... from the lowest), then the largest total score.
  Exact; pure Python always, ``scipy`` when importable.
* ``"greedy"``: the best remaining pair first, in the order (priority, score)
  descending then mentee id, then mentor id, while the mentor has room. It reads
  ``scores`` only (``mentor_scores`` bounds acceptability but not the order).
"""

import json
import sys
from array import array
from collections.abc import Iterator, Mapping, Sequence
from itertools import repeat
from operator import add, gt
from typing import Literal, cast, get_args, overload

import attrs

from mentoring._checks import expect, raise_if
from mentoring._problems import (
    not_one_of,
    out_of_range,
    problem,
    unknown_id,
    wrong_type,
)
from mentoring.errors import MatchingError, Problem
from mentoring.matching import _optimal, _stable

__all__ = [
    "METHODS",
    "PROPOSING",
    "SOLVERS",
    "Instance",
    "Method",
    "Proposing",
    "Solver",
    "Table",
    "acceptable",
    "assign",
    "instance_of",
    "key",
    "prepared",
    "solve",
    "table_problems",
]

Method = Literal["stable", "optimal", "greedy"]
Proposing = Literal["mentees", "mentors"]
Solver = Literal["auto", "python", "scipy"]
METHODS: tuple[str, ...] = get_args(Method)
PROPOSING: tuple[str, ...] = get_args(Proposing)
SOLVERS: tuple[str, ...] = get_args(Solver)

#: Scores by mentee id, then mentor id.
Table = Mapping[str, Mapping[str, float]]


@attrs.frozen(eq=False)
class Instance:
    """An assignment problem in index form (internal, built for speed).

    ``candidates[i]`` (``array('i')``) lists the mentor indices acceptable to
    mentee ``i``, each once; ``scores[i]`` (``array('d')``) is parallel to it with
    values in [0, 1] (*scores* may compute a row each time it is read, as
    :class:`~mentoring.matching._scorer.ScoreRows` does: a solver reads a row
    once per use and keeps only what it needs); ``mentor_scores[i]``, when
    given, is the mentors' view of the same pairs. ``priority[i]``: higher is
    served first. Ids break every tie, so the order of the indices never
    changes the answer.
    """

    mentee_ids: tuple[str, ...]
    mentor_ids: tuple[str, ...]
    capacities: tuple[int, ...]
    candidates: tuple["array[int]", ...]
    scores: Sequence["array[float]"]
    mentor_scores: tuple["array[float]", ...] | None = None
    priority: tuple[int, ...] | None = None


def solve(
    inst: Instance,
    *,
    method: Method = "stable",
    proposing: Proposing = "mentees",
    solver: Solver = "auto",
    use_scipy: bool | None = None,
) -> list[int]:
    """Solve *inst*: for each mentee index, its mentor index or -1.

    *solver* matters only for ``"optimal"``: ``"auto"`` uses scipy when it can be
    imported, ``"scipy"`` requires it (a :class:`~mentoring.errors.MatchingError`
    naming ``mentoring[fast]`` without it), ``"python"`` keeps to pure Python.
    ``use_scipy`` (``True``/``False``) is the older spelling of the last two.
    """
    if use_scipy is not None:
        solver = "scipy" if use_scipy else "python"
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    if proposing not in PROPOSING:
        raise ValueError(f"unknown proposing side {proposing!r}")
    inner = _Internal(inst)
    if method == "optimal":
        res = _optimum(inner, solver=solver)
    else:
        mscores = inner.scores
        if method == "stable" and inst.mentor_scores is not None:
            mscores = [inst.mentor_scores[i] for i in inner.mentee_at]
        algo = (
            _stable.mentor_proposing
            if method == "stable" and proposing == "mentors"
            else _stable.mentee_proposing
        )
        res = algo(
            len(inst.mentor_ids),
            inner.caps,
            inner.cands,
            inner.scores,
            mscores,
            inner.tiers,
        )
    out = [-1] * len(inst.mentee_ids)
    for u, jj in enumerate(res):
        if jj >= 0:
            out[inner.mentee_at[u]] = inner.mentor_at[jj]
    return out


class _Internal:
    """*inst* renumbered for the solvers: a larger index is a smaller id (see
    :mod:`mentoring.matching._stable`).
    """

    def __init__(self, inst: Instance) -> None:
        by_id_e = sorted(range(len(inst.mentee_ids)), key=inst.mentee_ids.__getitem__)
        by_id_m = sorted(range(len(inst.mentor_ids)), key=inst.mentor_ids.__getitem__)
        self.mentee_at = by_id_e[::-1]  # internal u -> original i
        self.mentor_at = by_id_m[::-1]  # internal jj -> original j
        jj_of = [0] * len(inst.mentor_ids)
        for jj, j in enumerate(self.mentor_at):
            jj_of[j] = jj
        to_jj = jj_of.__getitem__
        memo: dict[int, array[int]] = {}  # rows often share one candidates array
        self.cands: list[array[int]] = []
        for i in self.mentee_at:
            row = inst.candidates[i]
            got = memo.get(id(row))
            if got is None:
                got = memo[id(row)] = array("i", map(to_jj, row))
            self.cands.append(got)
        self.scores: Sequence[array[float]] = (
            [inst.scores[i] for i in self.mentee_at]
            if isinstance(inst.scores, tuple | list)
            else _Picked(inst.scores, self.mentee_at)
        )
        self.caps = [inst.capacities[j] for j in self.mentor_at]
        tiers = _tiers(inst.priority)
        self.tiers = None if tiers is None else [tiers[i] for i in self.mentee_at]


class _Picked(Sequence["array[float]"]):
    """The rows of *rows* in the order *at* (``picked[u] = rows[at[u]]``),
    without reading them: rows computed when read stay so.
    """

    __slots__ = ("_at", "_rows")

    def __init__(self, rows: Sequence["array[float]"], at: Sequence[int]) -> None:
        self._rows = rows
        self._at = at

    def __len__(self) -> int:
        return len(self._at)

    @overload
    def __getitem__(self, u: int) -> "array[float]": ...

    @overload
    def __getitem__(self, u: slice) -> "list[array[float]]": ...

    def __getitem__(self, u: int | slice) -> "array[float] | list[array[float]]":
        if isinstance(u, slice):
            return [self._rows[i] for i in self._at[u]]
        return self._rows[self._at[u]]


def _tiers(priority: tuple[int, ...] | None) -> list[int] | None:
    """Dense ranks of the priorities (0 = lowest), or None if all are equal."""
    if priority is None:
        return None
    levels = sorted(set(priority))
    if len(levels) <= 1:
        return None
    rank = {p: t for t, p in enumerate(levels)}
    return [rank[p] for p in priority]


def _optimum(inner: _Internal, *, solver: Solver) -> list[int]:
    """The ``"optimal"`` method on the renumbered instance."""
    scores, caps, tiers = inner.scores, inner.caps, inner.tiers
    weights = scores
    if tiers is not None:
        # each tier step is worth more than any possible total score
        step = float(min(len(scores), sum(max(c, 0) for c in caps)) + 1)
        weights = [
            array("d", map(add, s, repeat(step * t)))
            for s, t in zip(scores, tiers, strict=True)
        ]
    use_scipy = solver == "scipy"
    if solver == "auto":
        use_scipy = _scipy_available()
    elif use_scipy and not _scipy_available():
        raise MatchingError(
            [
                problem(
                    "$.solver",
                    "rule",
                    "solver='scipy' needs scipy: pip install 'mentoring[fast]'",
                )
            ]
        )
    if use_scipy:
        return _optimal.scipy_assignment(len(caps), caps, inner.cands, weights)
    if not isinstance(weights, list):
        weights = list(weights)  # read many times: computed once here
    return _optimal.successive_shortest_paths(len(caps), caps, inner.cands, weights)


def _scipy_available() -> bool:
    try:
        import scipy.optimize  # noqa: F401
    except ImportError:
        return False
    return True


# -- the public, mapping-based face --------------------------------------------


def key(k: object) -> str:
    """*k* as it appears in a path: ``"e1"`` for a string, else its repr."""
    return json.dumps(k, ensure_ascii=False) if isinstance(k, str) else repr(k)


def _unit_problems(path: str, value: object) -> Iterator[Problem]:
    found: list[Problem] = []
    if not expect(found, path, value, float):
        yield from found
    elif not 0.0 <= cast("float", value) <= 1.0:
        yield out_of_range(path, value, low=0, high=1)


def _table_problems(
    name: str,
    table: object,
    capacities: Mapping[str, int] | None,
    mentees: Mapping[str, object] | None,
) -> Iterator[Problem]:
    if not isinstance(table, Mapping):
        yield wrong_type(f"$.{name}", "a mapping of mentee id to scores", table)
        return
    for e, row in table.items():
        yield from _row_problems(name, e, row, capacities, mentees)


def _row_problems(
    name: str,
    e: object,
    row: object,
    capacities: Mapping[str, int] | None,
    mentees: Mapping[str, object] | None,
) -> Iterator[Problem]:
    """The problems of one row of a score table, cell by cell."""
    path = f"$.{name}[{key(e)}]"
    found: list[Problem] = []
    if not expect(found, path, e, str):
        yield from found
    elif mentees is not None and e not in mentees:
        yield unknown_id(path, "mentee", e, where="in $.scores")
    if not isinstance(row, Mapping):
        yield wrong_type(path, "a mapping of mentor id to score", row)
        return
    for j, s in row.items():
        cell = f"{path}[{key(j)}]"
        found = []
        if not expect(found, cell, j, str):
            yield from found
        elif capacities is not None and j not in capacities:
            yield unknown_id(cell, "mentor", j, where="in $.capacities")
        yield from _unit_problems(cell, s)


def _capacity_problems(capacities: object) -> Iterator[Problem]:
    if not isinstance(capacities, Mapping):
        yield wrong_type(
            "$.capacities", "a mapping of mentor id to capacity", capacities
        )
        return
    for j, c in capacities.items():
        path = f"$.capacities[{key(j)}]"
        found: list[Problem] = []
        expect(found, path, j, str)
        if expect(found, path, c, int) and c < 0:
            found.append(out_of_range(path, c, low=0))
        yield from found


def _priority_problems(
    priority: object, scores: Mapping[str, object]
) -> Iterator[Problem]:
    if not isinstance(priority, Mapping):
        yield wrong_type("$.priority", "a mapping of mentee id to int", priority)
        return
    for e, p in priority.items():
        path = f"$.priority[{key(e)}]"
        found: list[Problem] = []
        if not expect(found, path, e, str):
            yield from found
        elif e not in scores:
            yield unknown_id(path, "mentee", e, where="in $.scores")
        found = []
        expect(found, path, p, int)
        yield from found


def table_problems(
    scores: object,
    capacities: object,
    mentor_scores: object,
    priority: object,
) -> list[Problem]:
    """Every problem of the tables :func:`assign` takes, with its path."""
    problems = list(_capacity_problems(capacities))
    caps = capacities if isinstance(capacities, Mapping) else None
    problems += _table_problems("scores", scores, caps, None)
    if mentor_scores is not None:
        known = scores if isinstance(scores, Mapping) else None
        problems += _table_problems("mentor_scores", mentor_scores, caps, known)
    if priority is not None and isinstance(scores, Mapping):
        problems += _priority_problems(priority, scores)
    return problems


def acceptable(
    scores: Table, mentor_scores: Table | None, mentee: str
) -> dict[str, tuple[float, float]]:
    """Mentor id -> (mentee's score, mentor's score) of the acceptable pairs."""
    row = scores[mentee]
    if mentor_scores is None:
        return {j: (float(s), float(s)) for j, s in row.items()}
    other = mentor_scores.get(mentee, {})
    return {j: (float(s), float(other[j])) for j, s in row.items() if j in other}


def instance_of(
    scores: Table,
    capacities: Mapping[str, int],
    mentor_scores: Table | None,
    priority: Mapping[str, int] | None,
) -> Instance:
    """The checked tables of :func:`assign` in index form."""
    return _Builder(capacities).instance(scores, mentor_scores, priority, {}, {})


# -- the fast path: checks at C speed, row by row --------------------------------

_NUMBERS = frozenset({float, int})
#: From this many scores, a row's range is checked with numpy when loaded.
_NUMPY_FROM = 64
_NEGATIVE_ZERO = array("d", [-0.0]).tobytes()


def _fast_row(row: object, known: object) -> "array[float] | None":
    """*row*'s scores as an array when the whole row is clearly right (a dict,
    every key a known mentor, every score a finite number in [0, 1]), checked
    at C speed; None when any of it is in doubt (the slow path then says why,
    cell by cell, or accepts the row).
    """
    if type(row) is not dict or not row.keys() <= known:  # type: ignore[operator]
        return None
    values = list(row.values())
    if not _NUMBERS.issuperset(map(type, values)):
        return None
    return _unit_scores(values)


def _unit_scores(values: list[float]) -> "array[float] | None":
    """*values* (floats and ints) as an array when each is in [0, 1], -0.0
    read as 0.0; None when one is not (or is NaN).
    """
    if not values:
        return array("d")
    np = sys.modules.get("numpy") if len(values) >= _NUMPY_FROM else None
    if np is None:
        low = min(values)
        # min and max skip a NaN that is not first; the sum of a NaN is a NaN
        if not (low >= 0.0 and max(values) <= 1.0 and sum(values) <= len(values)):
            return None
        got = array("d", values)
    else:
        # a long row's range at C speed once numpy is loaded (a small run
        # never loads it for this); a NaN makes min and max NaN
        try:
            got = array("d", values)
        except OverflowError:  # an int beyond every float: out of range
            return None
        as_floats = np.frombuffer(got, dtype=np.float64)
        low = float(as_floats.min())
        if not (low >= 0.0 and float(as_floats.max()) <= 1.0):
            return None
    if low == 0.0 and _NEGATIVE_ZERO in got.tobytes():
        got = _normal(got)
    return got


def _fast_table(
    name: str,
    table: Mapping[object, object],
    capacities: Mapping[str, int],
    mentees: Mapping[str, object] | None,
    problems: list[Problem],
) -> dict[str, "array[float]"]:
    """The rows of *table* that pass :func:`_fast_row`, by mentee id; the
    problems of the others, found by the slow path for that row only.
    """
    known = capacities.keys()
    fast: dict[str, array[float]] = {}
    for e, row in table.items():
        got = _fast_row(row, known) if type(e) is str else None
        if got is not None and (mentees is None or e in mentees):
            fast[cast("str", e)] = got
        else:
            problems.extend(_row_problems(name, e, row, capacities, mentees))
    return fast


class _Builder:
    """Checked tables into an :class:`Instance`: rows with the same mentors in
    the same order share one candidates array, and scores go from a dict's
    values to an array at C speed.
    """

    def __init__(self, capacities: Mapping[str, int]) -> None:
        self.mentor_ids = tuple(sorted(capacities))
        self.capacities = tuple(capacities[j] for j in self.mentor_ids)
        self.index = {j: k for k, j in enumerate(self.mentor_ids)}
        # keys of a row in its order -> (candidates, the order that sorts them)
        self.memo: dict[tuple[str, ...], tuple[array[int], list[int] | None]] = {}

    def candidates(
        self, keys: tuple[str, ...]
    ) -> tuple["array[int]", list[int] | None]:
        got = self.memo.get(keys)
        if got is None:
            idx = list(map(self.index.__getitem__, keys))
            order: list[int] | None = None
            if any(map(gt, idx, idx[1:])):
                order = sorted(range(len(idx)), key=idx.__getitem__)
                idx = [idx[p] for p in order]
            got = self.memo[keys] = (array("i", idx), order)
        return got

    def instance(
        self,
        scores: Table,
        mentor_scores: Table | None,
        priority: Mapping[str, int] | None,
        fast: dict[str, "array[float]"],
        fast_mentor: dict[str, "array[float]"],
    ) -> Instance:
        mentee_ids = tuple(sorted(scores))
        cands: list[array[int]] = []
        sc: list[array[float]] = []
        msc: list[array[float]] = []
        empty: dict[str, float] = {}
        for e in mentee_ids:
            row = scores[e]
            keys = tuple(row)
            values = fast.get(e)
            if values is None:
                values = _normal(array("d", map(float, row.values())))
            if mentor_scores is not None:
                other = mentor_scores.get(e, empty)
                theirs = fast_mentor.get(e)
                if theirs is None or tuple(other) != keys:
                    both = tuple(j for j in keys if j in other)
                    if both != keys:
                        values = array("d", map(float, map(row.__getitem__, both)))
                        values = _normal(values)
                        keys = both
                    theirs = array("d", map(float, map(other.__getitem__, keys)))
                    theirs = _normal(theirs)
                cand, order = self.candidates(keys)
                msc.append(_ordered(theirs, order))
            else:
                cand, order = self.candidates(keys)
            cands.append(cand)
            sc.append(_ordered(values, order))
        return Instance(
            mentee_ids=mentee_ids,
            mentor_ids=self.mentor_ids,
            capacities=self.capacities,
            candidates=tuple(cands),
            scores=tuple(sc),
            mentor_scores=tuple(msc) if mentor_scores is not None else None,
            priority=(
                tuple(priority.get(e, 0) for e in mentee_ids)
                if priority is not None
                else None
            ),
        )


def _normal(values: "array[float]") -> "array[float]":
    """*values* with ``-0.0`` turned into ``0.0``, so that float order is total
    here (the rows :func:`_fast_row` passes hold no ``-0.0``).
    """
    if values and min(values) == 0.0:
        values = array("d", map(add, values, repeat(0.0)))
    return values


def _ordered(values: "array[float]", order: list[int] | None) -> "array[float]":
    """*values* in the order of the candidates."""
    if order is None:
        return values
    return array("d", map(values.__getitem__, order))


def prepared(
    scores: object,
    capacities: object,
    mentor_scores: object,
    priority: object,
) -> tuple[Instance | None, list[Problem]]:
    """The tables of :func:`assign` checked and in index form, or None and every
    problem with its path (the same problems as :func:`table_problems`).
    """
    problems = list(_capacity_problems(capacities))
    if (
        problems
        or not isinstance(capacities, Mapping)
        or not isinstance(scores, Mapping)
        or not (mentor_scores is None or isinstance(mentor_scores, Mapping))
    ):
        return None, table_problems(scores, capacities, mentor_scores, priority)
    caps = cast("Mapping[str, int]", capacities)
    fast = _fast_table("scores", scores, caps, None, problems)
    fast_mentor: dict[str, array[float]] = {}
    if mentor_scores is not None:
        fast_mentor = _fast_table(
            "mentor_scores", mentor_scores, caps, scores, problems
        )
    if priority is not None:
        problems += _priority_problems(priority, scores)
    if problems:
        return None, problems
    return _Builder(caps).instance(
        cast("Table", scores),
        cast("Table | None", mentor_scores),
        cast("Mapping[str, int] | None", priority),
        fast,
        fast_mentor,
    ), []


def assign(  # noqa: PLR0913
    scores: Table,
    capacities: Mapping[str, int],
    *,
    method: Method = "stable",
    mentor_scores: Table | None = None,
    proposing: Proposing = "mentees",
    priority: Mapping[str, int] | None = None,
    solver: Solver = "auto",
) -> dict[str, str]:
    """Assign mentees to mentors from scores alone: the assignment step.

    Args:
        scores: ``{mentee_id: {mentor_id: score}}``, scores in [0, 1]. A mentor
            missing from a mentee's mapping is not acceptable to that mentee.
        capacities: ``{mentor_id: places}``, places >= 0.
        method: ``"stable"`` (no blocking pair), ``"optimal"`` (the most
            matched mentees, then the largest total score) or ``"greedy"``.
        mentor_scores: the mentors' view, same shape; for ``"stable"`` mentors
            rank mentees by it (default: by ``scores``). A pair missing here is
            not acceptable to the mentor.
        proposing: for ``"stable"``, ``"mentees"`` (the mentee-optimal stable
            matching) or ``"mentors"`` (the mentor-optimal one).
        priority: ``{mentee_id: int}``, default 0, higher first: for example
            mentees still waiting from an earlier round. See
            :doc:`/explanation/matching-methods` for what it means per method.
        solver: for ``"optimal"``, ``"auto"`` (scipy's
            ``linear_sum_assignment`` when scipy is installed, as with
            ``pip install 'mentoring[fast]'``, else pure Python), ``"scipy"``
            or ``"python"``. Both give an optimum of the same objective; on
            large instances scipy is much faster. The other methods ignore it.

    Returns:
        ``{mentee_id: mentor_id}`` for the matched mentees, in mentee id order.
        The answer never depends on the order of the mappings.

    Raises:
        ~mentoring.errors.ValidationError: listing every problem with its path,
            such as ``$.scores["e1"]["m3"]``; nothing is assigned.
        ~mentoring.errors.MatchingError: ``solver="scipy"`` with ``"optimal"``
            when scipy is not installed.

    >>> scores = {"ann": {"m1": 0.9, "m2": 0.4}, "bob": {"m1": 0.8}}
    >>> assign(scores, {"m1": 1, "m2": 1})
    {'ann': 'm1'}
    >>> assign(scores, {"m1": 1, "m2": 1}, method="optimal")
    {'ann': 'm2', 'bob': 'm1'}

    .. versionadded:: 0.1.0
    """
    inst, problems = prepared(scores, capacities, mentor_scores, priority)
    if method not in METHODS:
        problems.append(not_one_of("$.method", METHODS, method))
    if proposing not in PROPOSING:
        problems.append(not_one_of("$.proposing", PROPOSING, proposing))
    if solver not in SOLVERS:
        problems.append(not_one_of("$.solver", SOLVERS, solver))
    raise_if(problems, "assignment input")
    checked = cast("Instance", inst)
    res = solve(checked, method=method, proposing=proposing, solver=solver)
    ids, mentor_ids = checked.mentee_ids, checked.mentor_ids
    return {ids[i]: mentor_ids[j] for i, j in enumerate(res) if j >= 0}
