"""Score rows computed when read (``ScoreRows``) against rows kept.

A large run does not keep every mentee's row of scores: the assignment step
reads a row each time it needs one and the scorer rebuilds it. The rows must
be the very floats the kept rows hold, and :func:`match` must give the same
matching either way (every method, ``min_score``, priorities, both proposing
sides, both refills of the stable method), ties and mentees with equal
profiles included.
"""

from array import array
from unittest import mock

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring import Mentee, Mentor, Person
from mentoring.matching import CompatibilityModel, _compatibility, _stable, match
from mentoring.matching._assignment import _Picked
from mentoring.matching._compatibility import (
    PartCache,
    compatibility,
    explain,
    score_rows,
)
from mentoring.matching._scorer import ScoreRows
from mentoring.matching._terms import plan_of
from mentoring.testing.strategies import compatibility_models, mentees, mentors

np = pytest.importorskip("numpy")  # rows are computed when read with numpy only

#: Floors that tie with the scores of the test people (0, halves, quarters).
FLOORS = st.none() | st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]) | st.floats(0, 1)


@st.composite
def runs(draw):
    """Mentors and mentees (a person may be both), some mentees cloned under
    new ids so that equal profiles tie, and a model naming them.
    """
    mentor_list = draw(st.lists(mentors(), max_size=6, unique_by=lambda m: m.id))
    ids = [m.id for m in mentor_list] or None
    mentee_list = draw(
        st.lists(
            mentees(mentor_ids=ids)
            | st.sampled_from(mentor_list or [None]).map(
                lambda m: m and Mentee(person=m.person)
            ),
            max_size=8,
        )
    )
    mentee_list = list({e.id: e for e in mentee_list if e is not None}.values())
    twins = (
        draw(st.lists(st.sampled_from(mentee_list), max_size=4)) if mentee_list else []
    )
    for k, twin in enumerate(twins):
        person = attrs.evolve(twin.person, id=f"twin-{k}")
        mentee_list.append(attrs.evolve(twin, person=person))
    model = None
    if draw(st.booleans()):
        # the people's ids when a mentee is not also a mentor; else ids of
        # nobody, and then no locked pair (it could not be made)
        named = bool(ids) and any(e.id not in ids for e in mentee_list)
        model = draw(
            compatibility_models(
                mentor_ids=ids, mentee_ids=[e.id for e in mentee_list] or None
            )
            if named
            else compatibility_models(mentor_ids=["nobody"], mentee_ids=["no one"])
        )
        if model.locked and not named:
            model = attrs.evolve(model, locked=())
    return mentor_list, mentee_list, model


def both_ways(mentors, mentees, *, numpy_refill, **options):
    """:func:`match` with every row kept, then with every row computed when
    read (*numpy_refill*: the stable method's numpy refills, even for short
    rows, or the pure-Python ones).
    """
    refill_from = 0 if numpy_refill else 10**9
    with mock.patch.object(_stable, "_NP_FROM", refill_from):
        with mock.patch.object(_compatibility, "_KEPT_UP_TO", 10**18):
            kept = match(mentors, mentees, **options)
        with mock.patch.object(_compatibility, "_KEPT_UP_TO", 0):
            computed = match(mentors, mentees, **options)
    return kept, computed


@pytest.mark.parametrize("numpy_refill", [False, True], ids=["python", "numpy"])
@settings(max_examples=60, deadline=None)
@given(
    run=runs(),
    method=st.sampled_from(["stable", "optimal", "greedy"]),
    proposing=st.sampled_from(["mentees", "mentors"]),
    min_score=FLOORS,
    by_request=st.booleans(),
)
def test_match_is_the_same_with_rows_computed_when_read(  # noqa: PLR0917
    numpy_refill, run, method, proposing, min_score, by_request
):
    mentors, mentees, model = run
    kept, computed = both_ways(
        mentors,
        mentees,
        numpy_refill=numpy_refill,
        model=model,
        method=method,
        proposing=proposing,
        min_score=min_score,
        priority="requested_on" if by_request else None,
        solver="python",
    )
    assert computed == kept


def test_nobody_to_match_is_the_same_with_rows_computed_when_read():
    for some, others in (([], []), ([], _people(3)[1]), (_people(3)[0], [])):
        kept, computed = both_ways(some, others, numpy_refill=True)
        assert computed == kept


def _people(n):
    return (
        [Mentor(person=Person(id=f"m{k}", name="M")) for k in range(n)],
        [Mentee(person=Person(id=f"e{k}", name="E")) for k in range(n)],
    )


@settings(max_examples=80, deadline=None)
@given(run=runs(), data=st.data())
def test_a_row_computed_when_read_is_the_row_kept(run, data):
    mentors, mentees, model = run
    model = model or CompatibilityModel.default()
    n = len(mentors)
    every = array("i", range(n))  # rows often share one candidates array
    some = st.sets(st.integers(0, n - 1)).map(sorted) if n else st.just([])
    candidates = [
        every if data.draw(st.booleans()) else array("i", data.draw(some))
        for _ in mentees
    ]
    kept = compatibility(model, mentors, mentees, candidates)
    computed = score_rows(model, mentors, mentees, candidates, kept=False)
    assert isinstance(computed, ScoreRows)
    assert len(computed) == len(kept)
    # the same bytes: the same floats, the sign of a zero included
    assert [r.tobytes() for r in computed] == [r.tobytes() for r in kept]
    assert [r.tobytes() for r in computed[::2]] == [r.tobytes() for r in kept[::2]]
    order = data.draw(st.permutations(range(len(mentees))))
    picked = _Picked(computed, order)
    assert [picked[u].tobytes() for u in range(len(order))] == [
        kept[i].tobytes() for i in order
    ]
    fewer = [array("i", c[::2]) for c in candidates]
    assert [r.tobytes() for r in computed.with_candidates(fewer)] == [
        r.tobytes() for r in compatibility(model, mentors, mentees, fewer)
    ]


@settings(max_examples=80, deadline=None)
@given(run=runs(), other=compatibility_models())
def test_an_explanation_from_the_shared_parts_is_the_one_built_alone(run, other):
    # pairs alike in what a criterion reads (equal profiles, the same choices
    # or last year's mentor) share its part; one cache serves two plans in turn
    mentors, mentees, model = run
    parts = PartCache()
    for plan in (plan_of(model or CompatibilityModel.default()), plan_of(other)):
        for mentee in mentees:
            for mentor in mentors:
                alone = explain(plan, mentor, mentee)
                assert explain(plan, mentor, mentee, parts) == alone
