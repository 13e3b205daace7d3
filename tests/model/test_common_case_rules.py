"""A person, a mentor and a pair test the common case of their rules at C
speed before going rule by rule: the problems are those of the rules one by
one, for values on both sides of every bound and text of every kind.
"""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import mentoring as m
from mentoring._checks import non_empty, types_known
from mentoring._problems import empty, out_of_range, problem
from mentoring.model._people import MAX_CAPACITY, MAX_EXPERIENCE_YEARS, MAX_GRADE

#: Ids and names: plain, blank, with a control character, a lone surrogate,
#: a non-breaking space (not printable, yet allowed).
IDS = st.one_of(
    st.sampled_from(["t1", "", " ", "\t", "a\nb", "a\x00", "\ud800", "Ana\u00a0B."]),
    st.text(max_size=4),
)
DAY = dt.date(2021, 9, 1)


def _around(high: int) -> st.SearchStrategy[int]:
    """Numbers on both sides of 0 and of *high*, and between."""
    edges = [-1, 0, 1, high - 1, high, high + 1]
    return st.sampled_from(edges) | st.integers(-2, high + 2)


def _problems(build) -> list[m.Problem]:
    """The problems of the class's own rules (its field types and text
    vouched for, as when from_json builds it)."""
    try:
        with types_known(printable=True):
            build()
    except m.ValidationError as err:
        return list(err.problems)
    return []


def _bounded(path: str, value: int, high: int) -> list[m.Problem]:
    if value < 0:
        return [out_of_range(path, value, low=0)]
    if value > high:
        return [out_of_range(path, value, high=high)]
    return []


def _person_problems(pid, name, years, grades) -> None:
    expected = [*non_empty("$.id", pid), *non_empty("$.name", name)]
    expected += _bounded("$.experience_years", years, MAX_EXPERIENCE_YEARS)
    expected += [
        out_of_range("$.grades", g, low=0, high=MAX_GRADE, what="a grade")
        for g in sorted(g for g in grades if not 0 <= g <= MAX_GRADE)
    ]
    found = _problems(
        lambda: m.Person(id=pid, name=name, experience_years=years, grades=grades)
    )
    assert found == expected


YEARS = _around(MAX_EXPERIENCE_YEARS)
GRADES = st.frozensets(_around(MAX_GRADE), max_size=4)


@given(IDS, IDS, YEARS, GRADES)
def test_a_person_has_the_problems_of_its_rules_one_by_one(pid, name, years, grades):
    _person_problems(pid, name, years, grades)


@given(YEARS, GRADES)
def test_a_person_with_a_plain_id_and_name_has_the_problems_of_its_numbers(
    years, grades
):
    _person_problems("t1", "Ana", years, grades)


@given(IDS, IDS)
def test_a_person_with_plain_numbers_has_the_problems_of_its_texts(pid, name):
    _person_problems(pid, name, 5, frozenset({1, MAX_GRADE}))


@given(
    _around(MAX_CAPACITY),
    st.frozensets(st.sampled_from(list(m.MentorFunction)), max_size=2),
)
def test_a_mentor_has_the_problems_of_its_rules_one_by_one(capacity, functions):
    expected = _bounded("$.capacity", capacity, MAX_CAPACITY)
    if not functions:
        expected.append(empty("$.functions"))
    person = m.Person(id="t1", name="Ana")
    found = _problems(
        lambda: m.Mentor(person=person, capacity=capacity, functions=functions)
    )
    assert found == expected


@given(IDS, IDS, IDS)
def test_a_pair_has_the_problems_of_its_rules_one_by_one(pid, mentor_id, mentee_id):
    expected = [
        *non_empty("$.id", pid),
        *non_empty("$.mentor_id", mentor_id),
        *non_empty("$.mentee_id", mentee_id),
    ]
    if mentor_id == mentee_id:
        expected.append(
            problem("$.mentee_id", "self", "a person cannot mentor themself")
        )
    found = _problems(
        lambda: m.Pair.propose(id=pid, mentor_id=mentor_id, mentee_id=mentee_id, on=DAY)
    )
    assert found == expected
