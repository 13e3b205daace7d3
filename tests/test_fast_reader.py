"""from_json's fast reader (one generated function per class) against the
converter's plain structuring: the same values for every document that
reads, and for every other the same problems, because it gives up and
lets the converter say what they are.
"""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mentoring as m
from mentoring import serialization
from mentoring.serialization import (
    _read_fast,
    _read_plainly,
    from_json,
    to_json,
)
from mentoring.testing import strategies as ms

from .fuzz._mutate import mutated
from .fuzz._seeds import programmes, small_values

SLOW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _plain(cls: type, text: str) -> tuple[object, list[tuple[str, str, str]]]:
    """The converter's reading of *text* (no cross-object checks): the value,
    or the problems.
    """
    try:
        return _read_plainly(cls, text, strict=False), []
    except m.ValidationError as err:
        return None, [(p.path, p.code, p.message) for p in err.problems]


def _problems(cls: type, text: str) -> list[tuple[str, str, str]]:
    try:
        from_json(cls, text)
    except m.ValidationError as err:
        return [(p.path, p.code, p.message) for p in err.problems]
    return []


def _plain_problems(cls: type, text: str) -> list[tuple[str, str, str]]:
    """The problems of *text* found without the fast reader."""
    try:
        _read_plainly(cls, text, strict=True)
    except m.ValidationError as err:
        return [(p.path, p.code, p.message) for p in err.problems]
    return []


@SLOW
@given(ms.programs(max_mentors=6, max_mentees=8))
def test_the_fast_reader_reads_every_programme_as_the_converter_does(program):
    # Mentors who are mentees too, people of several organizations, pairs
    # in every state, with plans and records: read fast, equal to both.
    text = to_json(program)
    fast = _read_fast(m.Program, text)
    assert fast is not None  # a valid document never falls back
    plain, problems = _plain(m.Program, text)
    assert problems == []
    assert fast == plain == program


@SLOW
@given(st.sampled_from(programmes()).flatmap(lambda doc: mutated(doc, 3)))
def test_a_spoilt_programme_reads_fast_only_when_it_reads_at_all(doc):
    text = json.dumps(doc, ensure_ascii=False)
    fast = _read_fast(m.Program, text)
    plain, problems = _plain(m.Program, text)
    assert (fast is None) == bool(problems)
    if fast is not None:
        assert fast == plain
    assert _problems(m.Program, text) == _plain_problems(m.Program, text)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(small_values()).flatmap(
        lambda pair: st.tuples(st.just(pair[0]), mutated(pair[1]))
    )
)
def test_a_spoilt_value_gets_the_converters_problems(case):
    cls, doc = case
    text = json.dumps(doc, ensure_ascii=False)
    fast = _read_fast(cls, text)
    plain, problems = _plain(cls, text)
    assert (fast is None) == bool(problems)
    if fast is not None:
        assert fast == plain
    assert _problems(cls, text) == _plain_problems(cls, text)


def _person(pid: str, grades: str) -> str:
    return f'{{"id": "{pid}", "name": "N {pid}", "grades": {grades}}}'


def test_equal_raw_values_of_other_types_are_not_shared():
    """A set read once is reused for the same raw items; ``true == 1`` must
    not let a second person's ``[true]`` pass as the first one's ``[1]``."""
    ok = json.loads(_person("a", "[1]"))
    doc = json.loads(
        to_json(m.Program(id="x", title="t", organization="o", year=_YEAR))
    )
    doc["mentors"] = [{"person": ok}]
    doc["mentees"] = [{"person": json.loads(_person("b", "[true]"))}]
    found = _problems(m.Program, json.dumps(doc))
    assert [(path, code) for path, code, _ in found] == [
        ("$.mentees[0].person.grades[0]", "type")
    ]


_YEAR = m.AcademicYear.starting(2024)


@pytest.mark.parametrize(
    ("text", "reads_fast"),
    [
        ('{"id": "p1", "name": "Ann: a colon in a text"}', True),
        ('{"id": "p1", "name": "Ann", "name": "Bob"}', False),
        ('{"id": "p1", "name": "a:b", "name": "Bob"}', False),
    ],
)
def test_a_key_given_twice_is_refused_even_beside_a_colon_in_a_text(text, reads_fast):
    assert (_read_fast(m.Person, text) is not None) == reads_fast
    if not reads_fast:
        assert [(p, c) for p, c, _ in _problems(m.Person, text)] == [
            ("$.name", "duplicate")
        ]


def test_a_document_with_fields_left_out_reads_fast_with_their_defaults(monkeypatch):
    def no_second_parse(*_: object, **__: object) -> None:
        raise AssertionError

    # the keys counted are those of the document, so no parse looks for a
    # key given twice
    monkeypatch.setattr(serialization, "_load_json", no_second_parse)
    person = _read_fast(m.Person, '{"id": "p1", "name": "Ann"}')
    assert person == m.Person(id="p1", name="Ann")
    mentor = _read_fast(m.Mentor, '{"person": {"id": "p1", "name": "Ann"}}')
    assert mentor == m.Mentor(person=person)


@pytest.mark.parametrize(
    "value", ["1e999", "-1e999", str(2**63), "NaN", "1" * 5000, "[]", "null"]
)
def test_numbers_json_would_take_leave_the_fast_reader(value):
    text = f'{{"id": "p1", "name": "Ann", "experience_years": {value}}}'
    assert _read_fast(m.Person, text) is None
    assert _problems(m.Person, text)
    survey = (
        '{"id": "s1", "person_id": "p1", "on": "2024-10-01", "review": "baseline",'
        ' "satisfaction": %s}'
    )
    assert _read_fast(m.SurveyResponse, survey % "3") is not None
    refused = bool(_plain_problems(m.SurveyResponse, survey % value))
    assert refused == (value != "null")  # an optional number may be null
    assert (_read_fast(m.SurveyResponse, survey % value) is None) == refused


def test_measurement_values_read_as_floats():
    text = to_json(
        m.Measurement(indicator="1.1", value=1.0, on=_YEAR.start, organization="o")
    ).replace("1.0", "1")
    value = _read_fast(m.Measurement, text)
    assert value is not None
    assert type(value.value) is float
    assert value == serialization.from_dict(m.Measurement, json.loads(text))


_SETS = st.one_of(
    st.tuples(
        st.just(frozenset[str]),
        st.frozensets(st.text(max_size=5) | st.sampled_from(list(m.MentorFunction))),
    ),
    st.tuples(st.just(frozenset[int]), st.frozensets(st.integers() | st.booleans())),
    st.tuples(
        st.just(frozenset[m.MentorFunction]),
        st.frozensets(st.sampled_from(list(m.MentorFunction))),
    ),
)


@given(_SETS)
def test_sets_are_written_in_the_order_of_the_sort_key(case):
    """to_json writes a set of plain str or int items without a key per
    item: the same list, in the same order, as with the sort key."""
    tp, items = case
    converter = serialization._CONVERTER
    handler = converter.get_unstructure_hook(tp.__args__[0])
    expected = sorted((handler(x) for x in items), key=serialization._sort_key)
    written = converter.unstructure(items, unstructure_as=tp)
    assert written == expected
    assert [type(x) for x in written] == [type(x) for x in expected]
    assert {type(x) for x in written} <= {str, int, bool}  # plain values only
