"""Round trips through JSON are the identity, for every public type.

The values come from the project's own strategies (``st.from_type`` works for
every public type through the ``hypothesis`` entry point).
"""

import enum
import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mentoring as m
from mentoring import serialization


def public_types() -> list[type]:
    """Every attrs class re-exported from ``mentoring`` (and its submodules)."""
    import attrs

    found = {
        obj
        for name in m.__all__
        if isinstance(obj := getattr(m, name), type) and attrs.has(obj)
    }
    return sorted(found, key=lambda t: t.__name__)


TYPES = public_types()
SCHEMAS = {
    cls: jsonschema.Draft202012Validator(serialization.json_schema(cls))
    for cls in TYPES
}


def assert_plain_json(data: object) -> None:
    """Only JSON's own types: no enum members, tuples, sets or dates."""
    if isinstance(data, dict):
        for key, value in data.items():
            assert type(key) is str
            assert_plain_json(value)
    elif isinstance(data, list):
        for item in data:
            assert_plain_json(item)
    else:
        assert data is None or type(data) in (str, int, float, bool), repr(data)
        assert not isinstance(data, enum.Enum)


def test_every_public_type_is_covered():
    assert m.Program in TYPES
    assert m.Mentor in TYPES
    assert len(TYPES) >= 20


@pytest.mark.parametrize("cls", TYPES, ids=lambda c: c.__name__)
def test_json_round_trip_is_the_identity(cls):
    @settings(max_examples=60, deadline=None)
    @given(value=st.from_type(cls))
    def round_trip(value):
        data = serialization.to_dict(value)
        assert_plain_json(data)
        text = serialization.to_json(value)
        assert json.loads(text) == data
        assert serialization.from_json(cls, text) == value
        assert serialization.to_json(serialization.from_json(cls, text)) == text
        errors = list(SCHEMAS[cls].iter_errors(data))
        assert errors == [], errors[0].message if errors else ""

    round_trip()


@settings(max_examples=500, deadline=None)
@given(program=st.from_type(m.Program))
def test_programme_round_trip_over_500_examples(program):
    assert program.problems() == ()
    text = serialization.to_json(program)
    assert serialization.from_json(m.Program, text) == program
