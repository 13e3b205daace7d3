"""The library's trusted construction path: from_json skips re-checking the
field types its strict converter has just checked, and nothing else does.
"""

import pytest

from mentoring import Person
from mentoring._checks import types_known
from mentoring.errors import ValidationError
from mentoring.serialization import from_json, to_json


def test_public_constructors_check_types_before_and_after_a_decode():
    person = Person(id="p1", name="Ann", subjects=frozenset({"maths"}))
    assert from_json(Person, to_json(person)) == person
    with pytest.raises(ValidationError):
        from_json(Person, '{"id": "p1", "name": 3}')
    # a failed decode leaves nothing trusted behind
    with pytest.raises(ValidationError) as excinfo:
        Person(id="p1", name=3)  # type: ignore[arg-type]
    assert [p.path for p in excinfo.value.problems] == ["$.name"]


def test_invariants_still_run_on_the_trusted_path():
    with types_known(), pytest.raises(ValidationError) as excinfo:
        Person(id=" ", name="Ann")
    assert [p.code for p in excinfo.value.problems] == ["empty"]
    with pytest.raises(ValidationError) as excinfo:
        from_json(Person, '{"id": " ", "name": "Ann"}')
    assert "$.id" in [p.path for p in excinfo.value.problems]


def test_lists_of_plain_items_keep_their_problems():
    with pytest.raises(ValidationError) as excinfo:
        from_json(Person, '{"id": "p1", "name": "Ann", "subjects": ["a", "a", 3]}')
    assert [p.path for p in excinfo.value.problems] == [
        "$.subjects[1]",
        "$.subjects[2]",
    ]
