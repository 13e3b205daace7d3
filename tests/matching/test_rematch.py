"""Matching again mid-year without moving existing pairs; balanced loads, a
yearly cap of new mentees, and the k-of-n rule."""

import datetime as dt

import pytest

from mentoring.calendar import AcademicYear
from mentoring.errors import ValidationError
from mentoring.matching import Constraint, ConstraintKind, at_least, rematch
from mentoring.model import Mentee, Mentor, Pair, PairStatus, Person, Program

DAY = dt.date(2021, 9, 1)


def person(pid, **kw):
    return Person(id=pid, name=pid, subjects=frozenset({"maths"}), **kw)


def school(pairs=(), capacities=(2, 2, 2)):
    mentors = tuple(
        Mentor(person=person(f"m{i}", experience_years=10 + i), capacity=c)
        for i, c in enumerate(capacities, start=1)
    )
    mentees = tuple(
        Mentee(person=person(f"e{i}"), requested_on=DAY + dt.timedelta(days=i))
        for i in range(1, 7)
    )
    return Program(
        id="p",
        title="p",
        organization="s",
        year=AcademicYear.starting(2021),
        mentors=mentors,
        mentees=mentees,
        pairs=tuple(pairs),
    )


def pair(pid, mentor, mentee, status=PairStatus.ACTIVE, on=DAY):
    made = Pair.propose(id=pid, mentor_id=mentor, mentee_id=mentee, on=on)
    if status is PairStatus.PROPOSED:
        return made
    made = made.activate(on=on)
    if status is PairStatus.DISSOLVED:
        made = made.dissolve(on=on + dt.timedelta(days=30))
    return made


def test_rematching_keeps_every_pair_and_never_returns_to_the_dissolved_mentor():
    pairs = [
        pair("p1", "m1", "e1"),
        pair("p2", "m1", "e2", PairStatus.DISSOLVED),
        pair("p3", "m2", "e3"),
    ]
    program = school(pairs, capacities=(2, 1, 1))
    result = rematch(program, ["e2"])
    # m1 has a place left but e2 dissolved with m1; m2 is full: m3
    assert [(a.mentee_id, a.mentor_id) for a in result.assignments] == [("e2", "m3")]
    again = rematch(program, ["e2"], rematch_dissolved=True)
    assert {a.mentee_id for a in again.assignments} == {"e2"}
    grown = program.add_pairs(result.to_pairs(on=DAY + dt.timedelta(days=40)))
    assert grown.problems() == ()
    assert {p.id: p.mentor_id for p in grown.pairs}["p1"] == "m1"


def test_those_waiting_longest_are_matched_first():
    program = school(capacities=(1, 0, 0))
    result = rematch(program, ["e5", "e2", "e4"])
    assert [a.mentee_id for a in result.assignments] == ["e2"]


def test_balanced_loads_leave_no_mentor_idle_while_another_holds_more():
    program = school(capacities=(3, 3, 3))
    plain = rematch(program, ["e1", "e2", "e3"])
    balanced = rematch(program, ["e1", "e2", "e3"], balanced=True)
    assert len(balanced.assignments) == len(plain.assignments) == 3
    assert sorted(load.assigned for load in balanced.utilization) == [1, 1, 1]
    assert {load.capacity for load in balanced.utilization} == {3}


def test_a_yearly_cap_limits_new_mentees_apart_from_capacity():
    earlier = [
        pair("p1", "m1", "e1", PairStatus.DISSOLVED),
        pair("p2", "m1", "e2", PairStatus.DISSOLVED),
    ]
    program = school(earlier, capacities=(5, 1, 1))
    result = rematch(program, ["e3", "e4", "e5"], yearly_cap=3)
    by_mentor = [a.mentor_id for a in result.assignments]
    assert by_mentor.count("m1") == 1  # two new mentees this year already


def test_a_pair_must_meet_k_of_n_rules():
    rule = at_least(
        2,
        Constraint(kind=ConstraintKind.SAME_SUBJECT),
        Constraint(kind=ConstraintKind.SAME_GRADES),
        Constraint(kind=ConstraintKind.SAME_DISTRICT),
    )
    mentor = Mentor(person=person("m", district="north", grades=frozenset({5})))
    near = Mentee(person=person("a", district="north"))
    grade = Mentee(person=person("b", district="south", grades=frozenset({5})))
    far = Mentee(person=person("c", district="south"))
    assert rule(mentor, near)
    assert rule(mentor, grade)
    assert not rule(mentor, far)
    with pytest.raises(ValidationError):
        at_least(4, Constraint(kind=ConstraintKind.SAME_SUBJECT))


def test_an_unknown_mentee_is_refused():
    with pytest.raises(ValidationError) as err:
        rematch(school(), ["ghost"])
    assert err.value.problems[0].path == "$.mentee_ids[0]"
