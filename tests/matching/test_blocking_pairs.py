"""blocking_pairs() of the Matching that match() returns: the audit of a
stable, an optimal and a locked matching, and the arguments it refuses."""

import datetime as dt

import pytest

from mentoring.errors import ValidationError
from mentoring.matching import PairRef, blocking_pairs, match
from mentoring.model import Mentee, Mentor, Pair, Person

DAY = dt.date(2021, 9, 1)


def person(i, years, *subjects):
    return Person(id=i, name=i, experience_years=years, subjects=frozenset(subjects))


# m1 fits both mentees best; e1 gains more from m1 than e2 does.
MENTORS = [
    Mentor(person=person("m1", 8, "maths", "art")),
    Mentor(person=person("m2", 8, "art", "music")),
]
MENTEES = [
    Mentee(person=person("e1", 0, "maths", "art")),
    Mentee(person=person("e2", 2, "maths")),
]
PEOPLE = {"mentors": MENTORS, "mentees": MENTEES}


def problems(call):
    with pytest.raises(ValidationError) as err:
        call()
    return [(p.path, p.message, p.code) for p in err.value.problems]


def test_a_stable_matching_has_no_blocking_pair():
    for proposing in ("mentees", "mentors"):
        stable = match(MENTORS, MENTEES, proposing=proposing)
        assert blocking_pairs(stable, **PEOPLE) == []


def test_an_optimal_matching_may_trade_a_blocking_pair_for_the_total():
    optimal = match(MENTORS, MENTEES, method="optimal")
    stable = match(MENTORS, MENTEES)
    assert [(a.mentee_id, a.mentor_id) for a in optimal.assignments] == [
        ("e1", "m2"),
        ("e2", "m1"),
    ]
    assert optimal.total_score > stable.total_score
    # e1 would rather have m1, and m1 would rather have e1 than e2
    assert blocking_pairs(optimal, **PEOPLE) == [("e1", "m1")]
    # the mentors rank e2 first now, so m1 keeps e2 and nothing blocks
    assert blocking_pairs(optimal, **PEOPLE, priority={"e2": 1}) == []


def test_a_locked_pair_stays_as_it_is_and_takes_its_place():
    locked = match(
        MENTORS,
        MENTEES,
        method="optimal",
        locked=[PairRef(mentor_id="m2", mentee_id="e1")],
    )
    assert locked.assignments[0].locked
    assert blocking_pairs(locked, **PEOPLE) == []


def test_an_already_paired_mentee_is_left_out_of_the_audit():
    pair = Pair.propose(id="p1", mentor_id="m2", mentee_id="e1", on=DAY)
    result = match(MENTORS, MENTEES, method="optimal", existing=[pair])
    assert [u.mentee_id for u in result.unmatched] == ["e1"]
    assert blocking_pairs(result, **PEOPLE, existing=[pair]) == []


def test_the_people_must_be_those_the_matching_was_made_from():
    optimal = match(MENTORS, MENTEES, method="optimal")
    other = Mentor(person=person("m3", 1))
    assert problems(
        lambda: blocking_pairs(optimal, mentors=[MENTORS[0], other], mentees=MENTEES)
    ) == [
        ("$.mentors", "no mentor with id 'm3' in the matching", "unknown_id"),
        ("$.mentors", "mentor 'm2' of the matching is missing", "missing"),
    ]
    assert problems(
        lambda: blocking_pairs(optimal, mentors=MENTORS, mentees=MENTEES[:1])
    ) == [("$.mentees", "mentee 'e2' of the matching is missing", "missing")]
    assert problems(lambda: blocking_pairs(optimal, mentees=MENTEES)) == [
        ("$.mentors", "required argument is missing", "missing")
    ]


def test_the_pairs_and_rules_must_be_those_the_matching_was_made_with():
    optimal = match(MENTORS, MENTEES, method="optimal")
    pair = Pair.propose(id="p1", mentor_id="m2", mentee_id="e9", on=DAY)
    assert problems(lambda: blocking_pairs(optimal, **PEOPLE, existing=[pair])) == [
        (
            "$.existing",
            "mentor 'm2' holds 1 pending or open pair(s), the matching was made with 0",
            "conflict",
        ),
        (
            "$.existing",
            "the ids of the pairs differ from the matching's existing_pair_ids",
            "conflict",
        ),
    ]
    assert problems(
        lambda: blocking_pairs(optimal, **PEOPLE, allow=lambda m, _e: m.id != "m2")
    ) == [
        (
            "$.matching.assignments[0]",
            "the pair ('e1', 'm2') is not acceptable",
            "constraint",
        )
    ]


def test_a_matching_takes_no_scores():
    optimal = match(MENTORS, MENTEES, method="optimal")
    assert problems(lambda: blocking_pairs(optimal, {}, {}, **PEOPLE)) == [
        ("$.scores", "not used with a Matching", "rule"),
        ("$.capacities", "not used with a Matching", "rule"),
    ]
