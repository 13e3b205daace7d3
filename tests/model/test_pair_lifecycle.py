"""The pair lifecycle, exhaustively over the whole state table."""

import datetime as dt
import itertools

import pytest

import mentoring as m
from mentoring.model import TRANSITIONS

S = m.PairStatus
DAY = dt.date(2021, 9, 1)

#: The table the issue states: proposed -> active <-> paused -> completed | dissolved,
#: and a proposed pair may be declined (dissolved).
EXPECTED = {
    (S.PROPOSED, S.ACTIVE),
    (S.PROPOSED, S.DISSOLVED),
    (S.ACTIVE, S.PAUSED),
    (S.ACTIVE, S.COMPLETED),
    (S.ACTIVE, S.DISSOLVED),
    (S.PAUSED, S.ACTIVE),
    (S.PAUSED, S.COMPLETED),
    (S.PAUSED, S.DISSOLVED),
}

#: The shortest way to reach each state from a new proposed pair.
PATH = {
    S.PROPOSED: [],
    S.ACTIVE: [S.ACTIVE],
    S.PAUSED: [S.ACTIVE, S.PAUSED],
    S.COMPLETED: [S.ACTIVE, S.COMPLETED],
    S.DISSOLVED: [S.DISSOLVED],
}


def pair_in(state: m.PairStatus) -> m.Pair:
    pair = m.Pair.propose(id="p1", mentor_id="m1", mentee_id="e1", on=DAY)
    for i, step in enumerate(PATH[state], start=1):
        pair = pair.transition(step, on=DAY + dt.timedelta(days=i))
    assert pair.status is state
    return pair


def test_transition_table_is_the_documented_one():
    actual = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
    assert actual == EXPECTED


@pytest.mark.parametrize(("source", "target"), list(itertools.product(S, S)))
def test_every_transition_is_allowed_exactly_when_the_table_says(source, target):
    pair = pair_in(source)
    on = DAY + dt.timedelta(days=30)
    if (source, target) in EXPECTED:
        moved = pair.transition(target, on=on, reason="r", by="curator")
        assert moved.status is target
        assert moved.history[-1] == m.Transition(
            status=target, on=on, reason="r", by="curator"
        )
        assert pair.status is source  # the original value is unchanged
    else:
        with pytest.raises(m.TransitionError) as info:
            pair.transition(target, on=on)
        assert repr(source.value) in str(info.value)
        assert repr(target.value) in str(info.value)
        assert (info.value.source, info.value.target) == (source, target)


@pytest.mark.parametrize("state", [S.COMPLETED, S.DISSOLVED])
def test_terminal_states_are_final(state):
    pair = pair_in(state)
    assert state.is_terminal
    for target in S:
        with pytest.raises(m.TransitionError):
            pair.transition(target, on=DAY + dt.timedelta(days=40))


def test_named_methods_follow_the_lifecycle_and_record_dates():
    pair = m.Pair.propose(id="p1", mentor_id="m1", mentee_id="e1", on=DAY)
    pair = pair.activate(on=DAY + dt.timedelta(days=3))
    pair = pair.pause(on=DAY + dt.timedelta(days=10), reason="sick leave")
    pair = pair.resume(on=DAY + dt.timedelta(days=20))
    pair = pair.complete(on=DAY + dt.timedelta(days=300), by="curator")
    assert [t.status for t in pair.history] == [
        S.PROPOSED,
        S.ACTIVE,
        S.PAUSED,
        S.ACTIVE,
        S.COMPLETED,
    ]
    assert pair.started_on == DAY + dt.timedelta(days=3)
    assert pair.ended_on == DAY + dt.timedelta(days=300)
    assert pair.status_on(DAY + dt.timedelta(days=15)) is S.PAUSED
    assert pair.status_on(DAY - dt.timedelta(days=1)) is None


def test_dissolve_keeps_reason_and_who_ended_it():
    pair = pair_in(S.ACTIVE).dissolve(
        on=DAY + dt.timedelta(days=50), reason="mentor left the school", by="m1"
    )
    assert pair.status is S.DISSOLVED
    assert pair.history[-1].reason == "mentor left the school"
    assert pair.history[-1].by == "m1"


def test_a_transition_dated_before_the_last_one_is_refused():
    pair = pair_in(S.ACTIVE)
    with pytest.raises(m.ValidationError) as info:
        pair.pause(on=DAY - dt.timedelta(days=1))
    assert "before the last transition" in str(info.value)


def test_a_history_that_breaks_the_table_is_refused_at_construction():
    with pytest.raises(m.ValidationError) as info:
        m.Pair(
            id="p",
            mentor_id="a",
            mentee_id="b",
            history=(
                m.Transition(status=S.PROPOSED, on=DAY),
                m.Transition(status=S.COMPLETED, on=DAY),
            ),
        )
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.history[1].status", "rule")
    assert problem.message == "a pair cannot go from 'proposed' to 'completed'"


def test_a_history_starts_proposed_or_active():
    with pytest.raises(m.ValidationError) as info:
        m.Pair(
            id="p",
            mentor_id="a",
            mentee_id="b",
            history=(m.Transition(status=S.PAUSED, on=DAY),),
        )
    assert [(str(p), p.code) for p in info.value.problems] == [
        (
            "$.history[0].status: must be one of 'proposed', 'active'; got 'paused'",
            "choice",
        )
    ]
    with pytest.raises(m.ValidationError) as info:
        m.Pair(id="p", mentor_id="a", mentee_id="b", history=())
    assert [(str(p), p.code) for p in info.value.problems] == [
        ("$.history: must not be empty", "empty")
    ]


def test_a_pair_needs_two_people():
    with pytest.raises(m.ValidationError) as info:
        m.Pair.propose(id="p", mentor_id="a", mentee_id="a", on=DAY)
    (problem,) = info.value.problems
    assert (str(problem), problem.code) == (
        "$.mentee_id: a person cannot mentor themself",
        "self",
    )


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda: m.Person(id="t", name="T", experience_years=-1),
            [("$.experience_years: must be >= 0, got -1", "range")],
        ),
        (
            lambda: m.Person(id="t", name="T", grades=frozenset({15, 2, 14})),
            [
                ("$.grades: a grade must be within [0, 13], got 14", "range"),
                ("$.grades: a grade must be within [0, 13], got 15", "range"),
            ],
        ),
        (
            lambda: m.Mentor(person=m.Person(id="t", name="T"), capacity=-1),
            [("$.capacity: must be >= 0, got -1", "range")],
        ),
        (
            lambda: m.Mentor(person=m.Person(id="t", name="T"), functions=frozenset()),
            [("$.functions: must not be empty", "empty")],
        ),
        (
            lambda: m.Mentee(
                person=m.Person(id="e", name="E"),
                preferred_mentor_ids=("a", "a", "e"),
                avoided_mentor_ids=frozenset({"e"}),
            ),
            [
                ("$.preferred_mentor_ids[1]: duplicate mentor 'a'", "duplicate"),
                (
                    (
                        "$.preferred_mentor_ids[2]: mentor 'e' is both preferred"
                        " and avoided"
                    ),
                    "conflict",
                ),
                ("$.preferred_mentor_ids: a mentee cannot prefer themself", "self"),
            ],
        ),
        (
            lambda: m.Group(
                id="g",
                mentor_id="a",
                mentee_ids=frozenset(),
                formed_on=DAY,
                ended_on=DAY - dt.timedelta(days=1),
            ),
            [
                ("$.mentee_ids: must not be empty", "empty"),
                (
                    (
                        "$.ended_on: must not be before formed_on 2021-09-01,"
                        " got 2021-08-31"
                    ),
                    "order",
                ),
            ],
        ),
    ],
)
def test_people_and_groups_name_each_problem_with_its_code(make, expected):
    with pytest.raises(m.ValidationError) as info:
        make()
    assert [(str(p), p.code) for p in info.value.problems] == expected


def test_a_wrong_argument_to_a_transition_is_a_validation_error():
    pair = m.Pair.propose(id="p", mentor_id="a", mentee_id="b", on=DAY)
    with pytest.raises(m.ValidationError) as info:
        pair.activate(on="2021-09-02")
    assert info.value.subject == "arguments of Pair.activate"
    assert [(str(p), p.code) for p in info.value.problems] == [
        ("$.on: expected a date, got str '2021-09-02'", "type")
    ]
