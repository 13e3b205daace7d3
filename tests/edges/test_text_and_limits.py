"""Issue 11: text that is not Unicode, control characters, blank names, upper
bounds, deep nesting, huge numbers and strings: each refused with its path,
never a raw exception.
"""

import datetime as dt

import pytest

import mentoring as m
from mentoring import rosters, serialization
from mentoring.calendar import AcademicYear, Term
from mentoring.model import Mentor, Person


def problems_of(call):
    with pytest.raises(m.ValidationError) as info:
        call()
    return [(p.path, p.code) for p in info.value.problems]


def test_a_lone_surrogate_is_refused_in_json_escapes_and_in_bytes():
    escaped = '{"id": "a", "name": "\\ud800"}'
    assert problems_of(lambda: serialization.from_json(Person, escaped)) == [
        ("$.name", "text")
    ]
    raw = b'{"id": "a", "name": "\xed\xa0\x80"}'
    assert problems_of(lambda: serialization.from_json(Person, raw)) == [
        ("$", "format")
    ]


def test_a_lone_surrogate_is_refused_in_python_values_and_rosters():
    assert problems_of(lambda: Person(id="a", name="x\udc00")) == [("$.name", "text")]
    assert problems_of(
        lambda: Person(id="a", name="A", subjects=frozenset({"\ud83d"}))
    ) == [("$.subjects", "text")]
    text = '[{"person": {"id": "t1", "name": "\\udfff"}}]'
    assert problems_of(lambda: rosters.parse_mentors_json(text)) == [
        ("mentors.json:$[0].person.name", "text")
    ]


@pytest.mark.parametrize("bad", ["a\x00b", "a\nb", "\x1b[31m", "a\x85"])
def test_control_characters_are_refused_in_ids_and_names(bad):
    assert problems_of(lambda: Person(id=bad, name="A")) == [("$.id", "text")]
    assert problems_of(lambda: Person(id="a", name=bad)) == [("$.name", "text")]


def test_a_blank_name_is_refused():
    assert problems_of(lambda: Person(id="a", name=" \t")) == [("$.name", "empty")]
    assert problems_of(lambda: rosters.parse_mentors_csv("id,name\nt1,   \n")) == [
        ("mentors.csv:row 2:name", "empty")
    ]


def test_capacities_years_and_grades_have_upper_bounds():
    assert problems_of(
        lambda: Mentor(person=Person(id="a", name="A"), capacity=10**100)
    ) == [("$.capacity", "range")]
    assert problems_of(lambda: Person(id="a", name="A", experience_years=10**100)) == [
        ("$.experience_years", "range")
    ]
    assert problems_of(lambda: Person(id="a", name="A", grades=frozenset({14}))) == [
        ("$.grades", "range")
    ]


def test_huge_numbers_are_refused_early_with_their_path():
    doc = '{"person": {"id": "a", "name": "b"}, "capacity": ' + "9" * 5000 + "}"
    assert problems_of(lambda: serialization.from_json(Mentor, doc)) == [
        ("$.capacity", "limit")
    ]
    data = {"person": {"id": "a", "name": "b"}, "capacity": 10**5000}
    assert problems_of(lambda: serialization.from_dict(Mentor, data)) == [
        ("$.capacity", "limit")
    ]
    csv_text = "id,name,capacity\nt1,A," + "9" * 5000 + "\n"
    assert problems_of(lambda: rosters.parse_mentors_csv(csv_text)) == [
        ("mentors.csv:row 2:capacity", "limit")
    ]


def test_deep_nesting_is_refused_with_its_path():
    deep: list[object] = []
    inner = deep
    for _ in range(10_000):
        inner.append([])
        inner = inner[0]
    data = {"id": "a", "name": "b", "subjects": deep}
    ((path, code),) = problems_of(lambda: serialization.from_dict(Person, data))
    assert path.startswith("$.subjects[0][0]")
    assert code == "limit"
    text = "[" * 100_000 + "]" * 100_000
    assert problems_of(lambda: serialization.from_json(Person, text)) == [
        ("$", "limit")
    ]
    assert problems_of(lambda: rosters.parse_mentors_json(text)) == [
        ("mentors.json:$", "limit")
    ]


def test_a_huge_string_is_refused_and_never_quoted_whole():
    key = "k" * 10_000_000
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(Person, {"id": "a", "name": "b", key: 1})
    (found,) = info.value.problems
    assert found.code == "text"
    assert len(str(info.value)) < 300


def test_a_term_ending_on_the_last_day_there_is_is_a_problem_not_an_overflow():
    last = dt.date.max
    terms = (
        Term(name="a", start=dt.date(9999, 1, 1), end=last),
        Term(name="b", start=dt.date(9999, 6, 1), end=last),
    )
    assert problems_of(
        lambda: AcademicYear(start=dt.date(9999, 1, 1), end=last, terms=terms)
    ) == [("$.terms[1].start", "order")]
    data = {
        "start": "9999-01-01",
        "end": "9999-12-31",
        "terms": [serialization.to_dict(t) for t in terms],
    }
    assert problems_of(lambda: serialization.from_dict(AcademicYear, data)) == [
        ("$.terms[1].start", "order")
    ]
