"""The library's trusted construction path: from_json skips re-checking the
field types its strict converter has just checked, and nothing else does.
"""

import copy
import json

import pytest

from mentoring import Person, Program
from mentoring._checks import types_known
from mentoring.errors import ValidationError
from mentoring.serialization import from_dict, from_json, to_json


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


def _problems_of(text: str) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as excinfo:
        from_json(Person, text)
    return [(p.path, p.code) for p in excinfo.value.problems]


@pytest.mark.parametrize("bad", ["a\\u0000b", "a\\nb", "\\u001b[31m", "a\\u0085"])
def test_text_that_is_not_printable_is_still_checked_after_a_decode(bad):
    # A name, and an item of a list of plain strings (read at C speed).
    assert _problems_of(f'{{"id": "p1", "name": "{bad}"}}') == [("$.name", "text")]
    assert _problems_of(
        f'{{"id": "p1", "name": "Ann", "subjects": ["maths", "{bad}"]}}'
    ) == [("$.subjects", "text")]
    # Strings before it are fine: the one after them is checked all the same.
    assert _problems_of(
        f'{{"id": "p1", "name": "Ann", "organization": "{bad}\\u0000"}}'
    ) == [("$.organization", "text")]


def test_printable_text_beyond_ascii_reads_back():
    person = Person(
        id="p1", name="Кобец\u00a0А.С.", subjects=frozenset({"математика", "ün"})
    )
    assert from_json(Person, to_json(person)) == person


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", '"' + "n" * 100_001 + '"', "text"),
        ("name", '"\\udc00"', "text"),
        ("experience_years", str(2**63), "limit"),
        ("grades", f"[1, {2**63}]", "limit"),
        ("subjects", '["a", "' + "s" * 100_001 + '"]', "text"),
    ],
)
def test_a_limit_broken_in_a_field_that_reads_is_reported_alone(field, value, code):
    """The limits are checked by the structuring itself (no walk of a
    document that reads): a broken one is still the only problem named."""
    fields = {"id": '"p1"', "name": '"Ann"', field: value, "extra": "1"}
    text = "{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}"
    found = _problems_of(text)
    assert [c for _, c in found] == [code]
    assert found[0][0].startswith(f"$.{field}")


def _program_document() -> dict[str, object]:
    from mentoring import samples

    return json.loads(to_json(samples.load("ru")))


def _problems_from_json(text: str) -> list[tuple[str, str, str]]:
    with pytest.raises(ValidationError) as excinfo:
        from_json(Program, text)
    return [(p.path, p.code, p.message) for p in excinfo.value.problems]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda doc: doc["pairs"][-1].update(mentor_id=5),
        lambda doc: doc["mentees"][-1]["person"].update(name="\u0000"),
        lambda doc: doc["mentors"][0].update(capacity=-1, extra=True),
        lambda doc: doc["pairs"].append(doc["pairs"][0]),
        lambda doc: doc["mentees"][1]["person"].update(
            id=doc["mentors"][0]["person"]["id"]
        ),
    ],
)
def test_a_document_that_fails_late_gets_the_problems_of_the_whole_document(spoil):
    """from_json drops each part of the parsed document once structured; a
    failure after that reads the text again: the problems are those
    from_dict finds in the same document, which it leaves as it was."""
    doc = _program_document()
    spoil(doc)
    text = json.dumps(doc)
    found = _problems_from_json(text)
    assert found
    kept = copy.deepcopy(doc)
    with pytest.raises(ValidationError) as excinfo:
        from_dict(Program, doc)
    assert found == [(p.path, p.code, p.message) for p in excinfo.value.problems]
    assert doc == kept


def test_a_programme_reads_back_whole_and_from_dict_leaves_the_document_as_it_was():
    doc = _program_document()
    kept = copy.deepcopy(doc)
    program = from_dict(Program, doc)
    assert doc == kept
    assert from_json(Program, json.dumps(doc)) == program
