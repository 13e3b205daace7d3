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
    assert info.value.problems[0].path == "$.history[1].status"


def test_a_pair_needs_two_people():
    with pytest.raises(m.ValidationError) as info:
        m.Pair.propose(id="p", mentor_id="a", mentee_id="a", on=DAY)
    assert info.value.problems[0].path == "$.mentee_id"
