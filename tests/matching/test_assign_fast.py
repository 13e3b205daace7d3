"""The fast path of assign(): tables checked row by row at C speed, built into
the index form without a tuple per cell, and the choice of solver.

The index form and the problems are compared with what the definitions give
(every acceptable pair, in mentor id order; the cell-by-cell checks), so the
fast path can only be faster, never different.
"""

import math
import random
from contextlib import contextmanager
from decimal import Decimal
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.errors import MatchingError, ValidationError
from mentoring.matching import _assignment, assign
from mentoring.matching._assignment import prepared, table_problems

GOOD = st.sampled_from([0.0, -0.0, 0, 1, 0.25, 0.5, 0.5, 1.0, 5e-324])
BAD = st.sampled_from(
    [math.nan, math.inf, -math.inf, -0.1, 1.5, True, "0.5", None, 10**400, Decimal(1)]
)
MENTORS = ("m1", "m2", "m3", "m4")


@st.composite
def tables(draw, *, bad=False):
    rnd = random.Random(draw(st.integers(0, 2**16)))
    capacities = {j: draw(st.integers(0, 2)) for j in MENTORS}
    shared = [j for j in MENTORS if draw(st.booleans())]
    mentees = draw(st.lists(st.text("abcde", min_size=1, max_size=2), max_size=8))
    scores = {}
    for e in mentees:
        keys = (
            shared
            if draw(st.booleans())
            else [j for j in MENTORS if rnd.random() < 0.6]
        )
        keys = list(keys)
        if draw(st.booleans()):
            rnd.shuffle(keys)
        scores[e] = {j: draw(GOOD) for j in keys}
    mentor_scores = None
    if draw(st.booleans()):
        mentor_scores = {
            e: {j: draw(GOOD) for j in (row if draw(st.booleans()) else MENTORS)}
            for e, row in scores.items()
            if draw(st.integers(0, 5))
        }
    if bad and scores:
        table = mentor_scores if mentor_scores and draw(st.booleans()) else scores
        e = draw(st.sampled_from(sorted(table)))
        kind = draw(st.integers(0, 2))
        if kind == 0:
            table[e][draw(st.sampled_from([*MENTORS, "ghost", 7]))] = draw(BAD | GOOD)
        elif kind == 1:
            table[e] = draw(st.sampled_from([[0.5], (("m1", 0.5),), None]))
        else:
            table[draw(st.sampled_from(["ghost", 3, None]))] = {"m1": draw(GOOD | BAD)}
    return scores, capacities, mentor_scores


def reference(scores, capacities, mentor_scores):
    """The index form from the definition, as plain lists."""
    mentor_ids = sorted(capacities)
    rows = []
    for e in sorted(scores):
        other = scores[e] if mentor_scores is None else mentor_scores.get(e, {})
        ks = sorted(j for j in scores[e] if j in other)
        rows.append(
            (
                [mentor_ids.index(j) for j in ks],
                [repr(float(scores[e][j]) + 0.0) for j in ks],
                [repr(float(other[j]) + 0.0) for j in ks],
            )
        )
    return mentor_ids, rows


@contextmanager
def range_check(way):
    """A row's range checked in pure Python, or with numpy however short
    the row (a long row's way when numpy is loaded).
    """
    if way == "numpy":
        pytest.importorskip("numpy")
    shortest = 0 if way == "numpy" else 10**9
    with mock.patch.object(_assignment, "_NUMPY_FROM", shortest):
        yield


@pytest.mark.parametrize("way", ["python", "numpy"])
@settings(max_examples=150, deadline=None)
@given(tables())
def test_the_index_form_is_the_definitions(way, t):
    scores, capacities, mentor_scores = t
    with range_check(way):
        inst, problems = prepared(scores, capacities, mentor_scores, None)
    assert problems == []
    mentor_ids, rows = reference(scores, capacities, mentor_scores)
    assert list(inst.mentor_ids) == mentor_ids
    assert inst.mentee_ids == tuple(sorted(scores))
    msc = inst.mentor_scores or inst.scores
    got = [
        (list(c), list(map(repr, s)), list(map(repr, ms)))
        for c, s, ms in zip(inst.candidates, inst.scores, msc, strict=True)
    ]
    assert got == rows


@pytest.mark.parametrize("way", ["python", "numpy"])
@settings(max_examples=200, deadline=None)
@given(tables(bad=True), st.sampled_from([None, {"a": 1}, {"zz": 1.5}]))
def test_bad_tables_give_the_cell_by_cell_problems(way, t, priority):
    scores, capacities, mentor_scores = t
    with range_check(way):
        inst, problems = prepared(scores, capacities, mentor_scores, priority)
    assert problems == table_problems(scores, capacities, mentor_scores, priority)
    assert (inst is None) == bool(problems)


def test_rows_with_the_same_mentors_share_one_candidates_array():
    scores = {f"e{i}": {"m2": 0.5, "m1": 0.25, "m3": 1.0} for i in range(5)}
    scores["odd"] = {"m1": 0.5}
    inst, _ = prepared(scores, {"m1": 1, "m2": 1, "m3": 1}, None, None)
    assert len({id(c) for c in inst.candidates}) == 2
    assert list(inst.candidates[0]) == [0, 1, 2]
    assert list(inst.scores[0]) == [0.25, 0.5, 1.0]


@pytest.mark.parametrize("solver", ["auto", "python", "scipy"])
def test_every_solver_reaches_the_same_optimum(solver):
    rnd = random.Random(5)
    scores = {
        f"e{i}": {f"m{j}": round(rnd.random(), 2) for j in range(6)} for i in range(15)
    }
    capacities = {f"m{j}": 2 for j in range(6)}
    got = assign(scores, capacities, method="optimal", solver=solver)
    best = assign(scores, capacities, method="optimal", solver="python")
    assert len(got) == len(best) == 12
    total = sum(scores[e][j] for e, j in got.items())
    assert math.isclose(total, sum(scores[e][j] for e, j in best.items()))


def test_an_unknown_solver_is_a_validation_problem():
    with pytest.raises(ValidationError) as excinfo:
        assign({"a": {"m1": 0.5}}, {"m1": 1}, solver="fortran")
    assert [(p.path, p.code) for p in excinfo.value.problems] == [
        ("$.solver", "choice")
    ]


def test_asking_for_scipy_without_it_names_the_extra(monkeypatch):
    monkeypatch.setattr(_assignment, "_scipy_available", lambda: False)
    scores = {"a": {"m1": 0.5}}
    with pytest.raises(MatchingError, match=r"mentoring\[fast\]"):
        assign(scores, {"m1": 1}, method="optimal", solver="scipy")
    # auto falls back on pure Python; other methods never need scipy
    assert assign(scores, {"m1": 1}, method="optimal") == {"a": "m1"}
    assert assign(scores, {"m1": 1}, solver="scipy") == {"a": "m1"}


def test_match_takes_the_solver_too(monkeypatch):
    from mentoring import Mentee, Mentor, Person
    from mentoring.matching import match

    def person(pid):
        return Person(id=pid, name=pid, subjects=frozenset({"maths"}))

    mentors = [Mentor(person=person("m1"), capacity=1)]
    mentees = [Mentee(person=person("e1")), Mentee(person=person("e2"))]
    for solver in ("auto", "python", "scipy"):
        got = match(mentors, mentees, method="optimal", solver=solver)
        assert len(got.assignments) == 1
    with pytest.raises(ValidationError) as excinfo:
        match(mentors, mentees, solver="numpy")
    assert [p.path for p in excinfo.value.problems] == ["$.solver"]
    monkeypatch.setattr(_assignment, "_scipy_available", lambda: False)
    with pytest.raises(MatchingError, match=r"mentoring\[fast\]"):
        match(mentors, mentees, method="optimal", solver="scipy")
