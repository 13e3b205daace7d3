"""The assignment step: who gets which mentor, given the scores.

This is the layer below :func:`mentoring.matching.match`: it knows nothing of
people, only ids, scores in [0, 1] and capacities. :class:`Instance` and
:func:`solve` are the internal, index-based form the scoring layer calls;
:func:`assign` and :func:`blocking_pairs` are the public, mapping-based form for
integrators with their own scoring.

Preferences (every method, every tie broken by id, never by chance):

* a mentee ranks acceptable mentors by score, higher first, then by mentor id;
* a mentor ranks acceptable mentees by priority, higher first, then by its own
  score of the pair (``mentor_scores``, by default the same scores), then by
  mentee id;
* a pair is acceptable when the mentee lists the mentor (and, when
  ``mentor_scores`` is given, the mentor lists the mentee there too).

Methods:
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
import math
from array import array
from collections.abc import Iterator, Mapping
from itertools import repeat
from operator import add
from typing import Literal, get_args

import attrs

from mentoring._problems import describe
from mentoring.errors import Problem, ValidationError
from mentoring.matching import _optimal, _stable

__all__ = ["Instance", "Method", "Proposing", "assign", "blocking_pairs", "solve"]

Method = Literal["stable", "optimal", "greedy"]
Proposing = Literal["mentees", "mentors"]


@attrs.frozen(eq=False)
class Instance:
    """An assignment problem in index form (internal, built for speed).

    ``candidates[i]`` (``array('i')``) lists the mentor indices acceptable to
    mentee ``i``, each once; ``scores[i]`` (``array('d')``) is parallel to it with
    values in [0, 1]; ``mentor_scores[i]``, when given, is the mentors' view of the
    same pairs. ``priority[i]``: higher is served first. Ids break every tie, so
    the order of the indices never changes the answer.
    """

    mentee_ids: tuple[str, ...]
    mentor_ids: tuple[str, ...]
    capacities: tuple[int, ...]
    candidates: tuple["array[int]", ...]
    scores: tuple["array[float]", ...]
    mentor_scores: tuple["array[float]", ...] | None = None
    priority: tuple[int, ...] | None = None


def _scipy_available() -> bool:
    try:
        import scipy.optimize  # noqa: F401
    except ImportError:
        return False
    return True


def _tiers(priority: tuple[int, ...] | None) -> list[int] | None:
    """Dense ranks of the priorities (0 = lowest), or None if all are equal."""
    if priority is None:
        return None
    levels = sorted(set(priority))
    if len(levels) <= 1:
        return None
    rank = {p: t for t, p in enumerate(levels)}
    return [rank[p] for p in priority]


def solve(  # noqa: C901, PLR0912
    inst: Instance,
    *,
    method: Method = "stable",
    proposing: Proposing = "mentees",
    use_scipy: bool | None = None,
) -> list[int]:
    """Solve *inst*: for each mentee index, its mentor index or -1.

    ``use_scipy`` matters only for ``"optimal"``: ``None`` uses scipy when it can
    be imported, ``True`` requires it, ``False`` keeps to pure Python.
    """
    n = len(inst.mentee_ids)
    m = len(inst.mentor_ids)
    if method not in get_args(Method):
        raise ValueError(f"unknown method {method!r}")
    if proposing not in get_args(Proposing):
        raise ValueError(f"unknown proposing side {proposing!r}")
    # internal numbering: a larger index is a smaller id (see _stable)
    by_id_e = sorted(range(n), key=inst.mentee_ids.__getitem__)
    by_id_m = sorted(range(m), key=inst.mentor_ids.__getitem__)
    mentee_at = by_id_e[::-1]  # internal u -> original i
    mentor_at = by_id_m[::-1]  # internal jj -> original j
    jj_of = [0] * m
    for jj, j in enumerate(mentor_at):
        jj_of[j] = jj
    to_jj = jj_of.__getitem__
    memo: dict[int, array[int]] = {}  # rows often share one candidates array
    cands = []
    for i in mentee_at:
        row = inst.candidates[i]
        got = memo.get(id(row))
        if got is None:
            got = memo[id(row)] = array("i", map(to_jj, row))
        cands.append(got)
    scores = [inst.scores[i] for i in mentee_at]
    caps = [inst.capacities[j] for j in mentor_at]
    tiers_orig = _tiers(inst.priority)
    tiers = [tiers_orig[i] for i in mentee_at] if tiers_orig is not None else None
    if method == "optimal":
        if tiers is not None:
            # each tier step is worth more than any possible total score
            step = float(min(n, sum(max(c, 0) for c in caps)) + 1)
            weights = [
                array("d", map(add, s, repeat(step * t)))
                for s, t in zip(scores, tiers, strict=True)
            ]
        else:
            weights = scores
        if use_scipy is None:
            use_scipy = _scipy_available()
        solver = (
            _optimal.scipy_assignment
            if use_scipy
            else _optimal.successive_shortest_paths
        )
        res = solver(m, caps, cands, weights)
    else:
        if method == "greedy" or inst.mentor_scores is None:
            mscores = scores
        else:
            mscores = [inst.mentor_scores[i] for i in mentee_at]
        algo = (
            _stable.mentor_proposing
            if method == "stable" and proposing == "mentors"
            else _stable.mentee_proposing
        )
        res = algo(m, caps, cands, scores, mscores, tiers)
    out = [-1] * n
    for u, jj in enumerate(res):
        if jj >= 0:
            out[mentee_at[u]] = mentor_at[jj]
    return out


# -- the public, mapping-based face --------------------------------------------


def _key(k: object) -> str:
    return json.dumps(k, ensure_ascii=False) if isinstance(k, str) else repr(k)


def _check_unit(path: str, value: object) -> Iterator[Problem]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield Problem(path, f"expected a score in [0, 1], got {describe(value)}")
    elif math.isnan(value):
        yield Problem(path, "expected a score in [0, 1], got NaN")
    elif not 0.0 <= value <= 1.0:
        yield Problem(path, f"expected a score in [0, 1], got {value!r}")


def _check_scores(
    name: str,
    table: object,
    capacities: Mapping[str, int] | None,
    mentees: Mapping[str, object] | None,
) -> Iterator[Problem]:
    root = f"$.{name}"
    if not isinstance(table, Mapping):
        yield Problem(
            root, f"expected a mapping of mentee id to scores, got {describe(table)}"
        )
        return
    for e, row in table.items():
        path = f"{root}[{_key(e)}]"
        if not isinstance(e, str):
            yield Problem(path, f"expected a mentee id (str), got {describe(e)}")
        elif mentees is not None and e not in mentees:
            yield Problem(path, f"mentee {e!r} is not in $.scores")
        if not isinstance(row, Mapping):
            yield Problem(
                path, f"expected a mapping of mentor id to score, got {describe(row)}"
            )
            continue
        for j, s in row.items():
            cell = f"{path}[{_key(j)}]"
            if not isinstance(j, str):
                yield Problem(cell, f"expected a mentor id (str), got {describe(j)}")
            elif capacities is not None and j not in capacities:
                yield Problem(cell, f"mentor {j!r} is not in $.capacities")
            yield from _check_unit(cell, s)


def _check_capacities(capacities: object) -> Iterator[Problem]:
    if not isinstance(capacities, Mapping):
        yield Problem(
            "$.capacities",
            f"expected a mapping of mentor id to capacity, got {describe(capacities)}",
        )
        return
    for j, c in capacities.items():
        path = f"$.capacities[{_key(j)}]"
        if not isinstance(j, str):
            yield Problem(path, f"expected a mentor id (str), got {describe(j)}")
        if isinstance(c, bool) or not isinstance(c, int):
            yield Problem(path, f"expected a capacity (int >= 0), got {describe(c)}")
        elif c < 0:
            yield Problem(path, f"expected a capacity >= 0, got {c}")


def _check_priority(
    priority: object, scores: Mapping[str, object]
) -> Iterator[Problem]:
    if not isinstance(priority, Mapping):
        yield Problem(
            "$.priority",
            f"expected a mapping of mentee id to int, got {describe(priority)}",
        )
        return
    for e, p in priority.items():
        path = f"$.priority[{_key(e)}]"
        if not isinstance(e, str):
            yield Problem(path, f"expected a mentee id (str), got {describe(e)}")
        elif e not in scores:
            yield Problem(path, f"mentee {e!r} is not in $.scores")
        if isinstance(p, bool) or not isinstance(p, int):
            yield Problem(path, f"expected a priority (int), got {describe(p)}")


def _validate(
    scores: object,
    capacities: object,
    mentor_scores: object,
    priority: object,
) -> list[Problem]:
    problems = list(_check_capacities(capacities))
    caps = capacities if isinstance(capacities, Mapping) else None
    problems += _check_scores("scores", scores, caps, None)
    if mentor_scores is not None:
        known = scores if isinstance(scores, Mapping) else None
        problems += _check_scores("mentor_scores", mentor_scores, caps, known)
    if priority is not None and isinstance(scores, Mapping):
        problems += _check_priority(priority, scores)
    return problems


def _acceptable(
    scores: Mapping[str, Mapping[str, float]],
    mentor_scores: Mapping[str, Mapping[str, float]] | None,
    mentee: str,
) -> dict[str, tuple[float, float]]:
    """Mentor id -> (mentee's score, mentor's score) of the acceptable pairs."""
    row = scores[mentee]
    if mentor_scores is None:
        return {j: (float(s), float(s)) for j, s in row.items()}
    other = mentor_scores.get(mentee, {})
    return {j: (float(s), float(other[j])) for j, s in row.items() if j in other}


def _instance(
    scores: Mapping[str, Mapping[str, float]],
    capacities: Mapping[str, int],
    mentor_scores: Mapping[str, Mapping[str, float]] | None,
    priority: Mapping[str, int] | None,
) -> Instance:
    mentee_ids = tuple(sorted(scores))
    mentor_ids = tuple(sorted(capacities))
    index = {j: k for k, j in enumerate(mentor_ids)}
    cands: list[array[int]] = []
    sc: list[array[float]] = []
    msc: list[array[float]] = []
    for e in mentee_ids:
        pairs = _acceptable(scores, mentor_scores, e)
        ordered = sorted(pairs)
        cands.append(array("i", [index[j] for j in ordered]))
        # + 0.0 turns -0.0 into 0.0, so that float order is total here
        sc.append(array("d", [pairs[j][0] + 0.0 for j in ordered]))
        msc.append(array("d", [pairs[j][1] + 0.0 for j in ordered]))
    return Instance(
        mentee_ids=mentee_ids,
        mentor_ids=mentor_ids,
        capacities=tuple(capacities[j] for j in mentor_ids),
        candidates=tuple(cands),
        scores=tuple(sc),
        mentor_scores=tuple(msc) if mentor_scores is not None else None,
        priority=(
            tuple(priority.get(e, 0) for e in mentee_ids)
            if priority is not None
            else None
        ),
    )


def assign(  # noqa: PLR0913
    scores: Mapping[str, Mapping[str, float]],
    capacities: Mapping[str, int],
    *,
    method: Method = "stable",
    mentor_scores: Mapping[str, Mapping[str, float]] | None = None,
    proposing: Proposing = "mentees",
    priority: Mapping[str, int] | None = None,
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

    Returns:
        ``{mentee_id: mentor_id}`` for the matched mentees, in mentee id order.
        The answer never depends on the order of the mappings.

    Raises:
        ~mentoring.errors.ValidationError: listing every problem with its path,
            such as ``$.scores["e1"]["m3"]``; nothing is assigned.

    >>> scores = {"ann": {"m1": 0.9, "m2": 0.4}, "bob": {"m1": 0.8}}
    >>> assign(scores, {"m1": 1, "m2": 1})
    {'ann': 'm1'}
    >>> assign(scores, {"m1": 1, "m2": 1}, method="optimal")
    {'ann': 'm2', 'bob': 'm1'}

    .. versionadded:: 0.1.0
    """
    problems = _validate(scores, capacities, mentor_scores, priority)
    if method not in get_args(Method):
        problems.append(
            Problem("$.method", f"expected one of {get_args(Method)}, got {method!r}")
        )
    if proposing not in get_args(Proposing):
        problems.append(
            Problem(
                "$.proposing",
                f"expected one of {get_args(Proposing)}, got {proposing!r}",
            )
        )
    if problems:
        raise ValidationError(problems, subject="assignment input")
    inst = _instance(scores, capacities, mentor_scores, priority)
    res = solve(inst, method=method, proposing=proposing)
    return {inst.mentee_ids[i]: inst.mentor_ids[j] for i, j in enumerate(res) if j >= 0}


def blocking_pairs(  # noqa: C901
    assignment: Mapping[str, str],
    scores: Mapping[str, Mapping[str, float]],
    capacities: Mapping[str, int],
    *,
    mentor_scores: Mapping[str, Mapping[str, float]] | None = None,
    priority: Mapping[str, int] | None = None,
) -> list[tuple[str, str]]:
    """The pairs that would rather be together than keep *assignment*.

    A mentee and a mentor block when the pair is acceptable, the mentee prefers
    the mentor to its current one (or has none), and the mentor has a free place
    or prefers the mentee to one it holds. Preferences are those of
    :func:`assign`: mentees by score then mentor id; mentors by priority, then
    their score, then mentee id. A matching is stable when this list is empty.
    Written from the definition, independently of the algorithms, to audit any
    matching.

    Returns:
        ``(mentee_id, mentor_id)`` pairs, sorted.

    Raises:
        ~mentoring.errors.ValidationError: bad scores or capacities (as in
            :func:`assign`), or an assignment naming an unknown mentee or mentor,
            an unacceptable pair or a mentor over capacity.

    >>> scores = {"ann": {"m1": 0.9}, "bob": {"m1": 0.8}}
    >>> blocking_pairs({"bob": "m1"}, scores, {"m1": 1})
    [('ann', 'm1')]

    .. versionadded:: 0.1.0
    """
    problems = _validate(scores, capacities, mentor_scores, priority)
    if not problems:
        problems += _check_assignment(assignment, scores, capacities, mentor_scores)
    if problems:
        raise ValidationError(problems, subject="assignment")
    prio = priority or {}
    held: dict[str, list[str]] = {j: [] for j in capacities}
    for e, j in assignment.items():
        held[j].append(e)
    acc = {e: _acceptable(scores, mentor_scores, e) for e in scores}

    def mentor_rank(e: str, j: str) -> tuple[int, float]:
        return (prio.get(e, 0), acc[e][j][1])

    def mentor_prefers(j: str, e: str, other: str) -> bool:
        a, b = mentor_rank(e, j), mentor_rank(other, j)
        return a > b or (a == b and e < other)

    out = []
    for e, pairs in acc.items():
        cur = assignment.get(e)
        for j, (s, _) in pairs.items():
            if j == cur:
                continue
            if cur is not None:
                s_cur = pairs[cur][0]
                if s < s_cur or (s == s_cur and j > cur):
                    continue
            if len(held[j]) < capacities[j] or any(
                mentor_prefers(j, e, other) for other in held[j]
            ):
                out.append((e, j))
    return sorted(out)


def _check_assignment(
    assignment: object,
    scores: Mapping[str, Mapping[str, float]],
    capacities: Mapping[str, int],
    mentor_scores: Mapping[str, Mapping[str, float]] | None,
) -> list[Problem]:
    if not isinstance(assignment, Mapping):
        return [
            Problem(
                "$.assignment",
                "expected a mapping of mentee id to mentor id, got "
                + describe(assignment),
            )
        ]
    problems = []
    load: dict[str, int] = {}
    for e, j in assignment.items():
        path = f"$.assignment[{_key(e)}]"
        if e not in scores:
            problems.append(Problem(path, f"mentee {e!r} is not in $.scores"))
        elif j not in capacities:
            problems.append(Problem(path, f"mentor {j!r} is not in $.capacities"))
        elif j not in _acceptable(scores, mentor_scores, e):
            problems.append(Problem(path, f"the pair ({e!r}, {j!r}) is not acceptable"))
        else:
            load[j] = load.get(j, 0) + 1
    problems.extend(
        Problem(
            f"$.capacities[{_key(j)}]",
            f"mentor {j!r} holds {load[j]} mentees, capacity {capacities[j]}",
        )
        for j in sorted(load)
        if load[j] > capacities[j]
    )
    return problems
