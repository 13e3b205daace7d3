"""Issue 11: every problem at once, ``validate`` and ``compute`` agree, and a
change never swaps one problem for another.
"""

import datetime as dt

import attrs
import pytest

import mentoring as m
from mentoring import indicators, serialization
from mentoring.model import Person


def test_a_single_field_rule_is_reported_beside_a_siblings_type_error():
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(Person, {"id": "a", "name": 5, "grades": [99]})
    assert [(p.path, p.code) for p in info.value.problems] == [
        ("$.name", "type"),
        ("$.grades", "range"),
    ]


def test_cross_object_problems_are_reported_for_the_parts_that_read(document):
    document["mentors"][0]["capacity"] = "2"
    document["surplus"] = 1
    document["events"][0]["on"] = "2021-02-30"
    document["mentors"][1]["capacity"] = -1
    document["pairs"][1]["mentee_id"] = "ghost"
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Program, document)
    assert sorted((p.path, p.code) for p in info.value.problems) == [
        ("$.events[0].on", "date"),
        ("$.mentors[0].capacity", "type"),
        ("$.mentors[1].capacity", "range"),
        ("$.pairs[1].mentee_id", "unknown_id"),
        ("$.surplus", "unknown_key"),
    ]


def test_a_reference_into_a_collection_that_did_not_read_is_not_guessed(document):
    # mentors[0] does not read: a pair naming it must not be called dangling.
    document["mentors"][0]["capacity"] = "2"
    mentor_id = document["mentors"][0]["person"]["id"]
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Program, document)
    assert [p.path for p in info.value.problems] == ["$.mentors[0].capacity"]
    assert any(p["mentor_id"] == mentor_id for p in document["pairs"])


@pytest.mark.parametrize(
    ("measurement", "path"),
    [
        ({"indicator": "9.9.9", "value": 1}, "$.measurements[0].indicator"),
        ({"indicator": "2.1", "value": -3}, "$.measurements[0].value"),
        (
            {"indicator": "2.1", "value": 3, "organization": "elsewhere"},
            "$.measurements[0].organization",
        ),
    ],
)
def test_validate_refuses_what_compute_refuses(document, measurement, path):
    document["measurements"] = [{"on": "2021-10-01", **measurement}]
    loose = serialization.from_dict(m.Program, document, strict=False)
    assert [p.path for p in loose.problems()] == [path]
    with pytest.raises(m.ValidationError) as info:
        indicators.compute(loose, on=dt.date(2021, 12, 1))
    assert [p.path for p in info.value.problems] == [path]
    with pytest.raises(m.ValidationError):
        serialization.from_dict(m.Program, document)


def test_two_measurements_of_one_code_on_one_day_are_a_problem(document):
    one = {"indicator": "2.1", "value": 3, "on": "2021-10-01"}
    document["measurements"] = [one, {**one, "value": 4}]
    loose = serialization.from_dict(m.Program, document, strict=False)
    assert [(p.path, p.code) for p in loose.problems()] == [
        ("$.measurements[1].on", "duplicate")
    ]
    with pytest.raises(m.ValidationError) as info:
        indicators.compute(loose, on=dt.date(2021, 12, 1))
    assert [p.path for p in info.value.problems] == ["$.measurements[1].on"]


def test_a_change_may_not_swap_one_problem_for_another_at_the_same_place(document):
    program = serialization.from_dict(m.Program, document, strict=False)
    pair = next(p for p in program.pairs if p.is_open)
    mentee = program.mentee(pair.mentee_id)
    avoided = next(t.id for t in program.mentors if t.id != pair.mentor_id)
    program = attrs.evolve(
        program,
        mentees=tuple(
            attrs.evolve(e, avoided_mentor_ids=frozenset({avoided}))
            if e.id == mentee.id
            else e
            for e in program.mentees
        ),
        pairs=tuple(
            attrs.evolve(p, mentor_id="ghost") if p.id == pair.id else p
            for p in program.pairs
        ),
    )
    before = program.problems()
    assert [p.code for p in before] == ["unknown_id"]
    with pytest.raises(m.ValidationError) as info:
        program.replace_pair(attrs.evolve(pair, mentor_id=avoided))
    assert "conflict" in [p.code for p in info.value.problems]
    assert program.problems() == before  # the refused programme is as it was


def test_a_change_may_still_reduce_a_capacity_problem(document):
    program = serialization.from_dict(m.Program, document, strict=False)
    open_pairs = [p for p in program.pairs if p.is_open]
    mentor_id = open_pairs[0].mentor_id
    load = sum(1 for p in open_pairs if p.mentor_id == mentor_id)
    program = attrs.evolve(
        program,
        mentors=tuple(
            attrs.evolve(t, capacity=0) if t.id == mentor_id else t
            for t in program.mentors
        ),
    )
    assert any(p.code == "capacity" for p in program.problems())
    mine = next(p for p in open_pairs if p.mentor_id == mentor_id)
    changed = program.transition_pair(
        mine.id, m.PairStatus.DISSOLVED, on=dt.date(2022, 1, 10), reason="moved"
    )
    assert sum(1 for p in changed.open_pairs() if p.mentor_id == mentor_id) == load - 1


def test_wrong_argument_types_of_the_change_methods_are_validation_errors(document):
    program = serialization.from_dict(m.Program, document)
    pair_id = program.pairs[0].id
    with pytest.raises(m.ValidationError) as info:
        program.transition_pair(pair_id, m.PairStatus.PAUSED, on="2022-01-10")
    assert [p.path for p in info.value.problems] == ["$.on"]
    with pytest.raises(m.ValidationError) as info:
        program.transition_pairs(pair_id, m.PairStatus.PAUSED, on=dt.date(2022, 1, 10))
    assert [p.path for p in info.value.problems] == ["$.pair_ids"]
